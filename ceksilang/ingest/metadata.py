"""Metadata an article carries in its own text: headline, outlet, author, publication date, dateline.

Used by ``clean`` when the container (HTML meta tags, CSV columns) gave none. The finders are
regexes from ``lang/id/metadata.yaml`` applied to a few known places (the first line, the header
zone, the lead paragraph, the footer zone), never to the whole text; ``parse_published`` turns a
date span that was found (or a container's date string) into ISO 8601 plus a precision. It parses
the common newsroom shapes itself and hands only odd spans to dateparser, which is slow as a finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from ceksilang.lang import LanguageDataError, load_data
from ceksilang.lang.word_frequencies import load_word_frequencies
from ceksilang.text import case_blind_key, normalise_space, normalise_space_within, split_sentences

# --------------------------------------------------------------------------- language data


@dataclass(frozen=True, slots=True)
class DatelineRule:
    pattern: re.Pattern[str]
    min_words: int = 0  # words the whole line needs when text follows the prefix
    max_place_words: int = 3
    in_line: re.Pattern[str] | None = None  # the pattern anywhere after a space, for clutter before it
    needs_outlet: bool = False
    bracket_brand: bool = False  # "PLACE (Brand):": a known or capitalised place, a brand in the bracket


@dataclass(frozen=True, slots=True)
class MetadataPatterns:
    """``lang/id/metadata.yaml``, compiled."""

    fragments: dict[str, str]
    header_lines: int
    footer_lines: int
    outlet_dateline_lines: int
    headline_max_words: int
    headline_max_chars: int
    bylines: tuple[re.Pattern[str], ...]
    bylines_below_headline: tuple[re.Pattern[str], ...]
    copyright_signatures: tuple[re.Pattern[str], ...]
    copyright_refused_words: frozenset[str]
    date_prefixes: tuple[re.Pattern[str], ...]
    author_lines: tuple[re.Pattern[str], ...]
    signatures: tuple[re.Pattern[str], ...]
    outlet_hints: tuple[re.Pattern[str], ...]
    datelines: tuple[DatelineRule, ...]
    in_line_chars: int
    outlets: dict[str, str]
    outlet_words: frozenset[str]
    outlet_word_heads: tuple[str, ...]
    outlet_word_tails: tuple[str, ...]
    outlet_word_min_rest: int
    months: dict[str, int]
    days: frozenset[str]
    time_words: tuple[str, ...]
    timezones: dict[str, str]
    default_utc_offset: str
    author_prefix: re.Pattern[str]
    date_line_tail: re.Pattern[str] | None = None  # "... 08:20 8:20": the time printed again


def expand_fragments(pattern: str, fragments: dict[str, str]) -> str:
    """Replace each ``{name}`` by its fragment (wrapped in a non-capturing group)."""
    for name, value in fragments.items():
        pattern = pattern.replace("{" + name + "}", f"(?:{value})")
    return pattern


def _compile(patterns: list[str], fragments: dict[str, str], where: str) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for p in patterns:
        try:
            compiled.append(re.compile(expand_fragments(p, fragments)))
        except re.error as exc:
            raise LanguageDataError(f"metadata.yaml {where}: bad pattern {p!r}: {exc}") from exc
    return tuple(compiled)


@lru_cache(maxsize=1)
def metadata_patterns() -> MetadataPatterns:
    data: dict[str, Any] = load_data("metadata")
    frags = {k: str(v) for k, v in data["fragments"].items()}
    # a month's name, any spelling of the months table (longest first, so "Agustus" is not read as "Agu")
    frags.setdefault("month", "(?i:" + "|".join(sorted(map(re.escape, map(str, data["months"])), key=len, reverse=True)) + ")")
    def in_line(pattern: str) -> re.Pattern[str]:
        # the same pattern, starting after any space instead of at the start of the line
        return re.compile(r"(?<=\s)" + expand_fragments(pattern.removeprefix("^"), frags))

    datelines = tuple(
        DatelineRule(
            pattern=re.compile(expand_fragments(d["pattern"], frags)),
            min_words=int(d.get("min_words", 0)),
            max_place_words=int(d.get("max_place_words", 3)),
            in_line=in_line(d["pattern"]) if d.get("in_line") else None,
            needs_outlet=bool(d.get("needs_outlet", False)),
            bracket_brand=bool(d.get("bracket_brand", False)),
        )
        for d in data["datelines"]
    )
    return MetadataPatterns(
        fragments=frags,
        header_lines=int(data["header_lines"]),
        footer_lines=int(data["footer_lines"]),
        outlet_dateline_lines=int(data.get("outlet_dateline_lines", data["header_lines"])),
        headline_max_words=int(data["headline_max_words"]),
        headline_max_chars=int(data["headline_max_chars"]),
        bylines=_compile(data["bylines"], frags, "bylines"),
        bylines_below_headline=_compile(data.get("bylines_below_headline") or [], frags, "bylines_below_headline"),
        copyright_signatures=_compile(data.get("copyright_signatures") or [], frags, "copyright_signatures"),
        copyright_refused_words=frozenset(str(w).lower() for w in data.get("copyright_refused_words") or []),
        date_prefixes=_compile(data.get("date_prefixes") or [], frags, "date_prefixes"),
        date_line_tail=_compile([data["date_line_tail"]], frags, "date_line_tail")[0] if data.get("date_line_tail") else None,
        author_lines=_compile(data["author_lines"], frags, "author_lines"),
        signatures=_compile(data["signatures"], frags, "signatures"),
        outlet_hints=_compile(data["outlet_hints"], frags, "outlet_hints"),
        datelines=datelines,
        in_line_chars=int(data.get("in_line_chars", 0)),
        outlets={str(k).lower(): str(v) for k, v in data["outlets"].items()},
        outlet_words=frozenset(str(w).lower() for w in data.get("outlet_words") or []),
        outlet_word_heads=tuple(str(w).lower() for w in (data.get("outlet_word_affixes") or {}).get("heads") or []),
        outlet_word_tails=tuple(str(w).lower() for w in (data.get("outlet_word_affixes") or {}).get("tails") or []),
        outlet_word_min_rest=int((data.get("outlet_word_affixes") or {}).get("min_rest", 3)),
        months={str(k).lower(): int(v) for k, v in data["months"].items()},
        days=frozenset(str(d).lower() for d in data["days"]),
        time_words=tuple(str(w).lower() for w in data["time_words"]),
        timezones={str(k).lower(): str(v) for k, v in data["timezones"].items()},
        default_utc_offset=str(data["default_utc_offset"]),
        author_prefix=re.compile(
            r"^(?:" + "|".join(re.escape(str(w)) for w in data["author_prefixes"]) + r")\b\s*:?\s*", re.IGNORECASE
        ),
    )


# --------------------------------------------------------------------------- publication dates

_WORD_DATE = re.compile(
    r"^(?:(?P<dayname>[A-Za-z']+),?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]+)\.?,?\s+(?P<y>\d{4})(?P<rest>.*)$"
)
_WORD_DATE_EN = re.compile(
    r"^(?:(?P<dayname>[A-Za-z']+),?\s+)?(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?P<rest>.*)$"
)
_NUM_YMD = re.compile(r"^(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?P<rest>.*)$")
_NUM_DMY = re.compile(r"^(?:(?P<dayname>[A-Za-z']+),?\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?P<rest>.*)$")
_MONTH_YEAR = re.compile(r"^(?P<mon>[A-Za-z]+)\.?\s+(?P<y>\d{4})$")
_YEAR = re.compile(r"^(?P<y>(?:19|20)\d{2})$")
_NUM_YM = re.compile(r"^(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])$")  # "2023-10": a month, as ISO writes it
# What may follow the date: a separator, "pukul", a time, AM/PM, a zone or an offset.
_TIME_TAIL = re.compile(
    r"^\s*(?:[,|/•·–—-]\s*)*(?:(?P<word>[A-Za-z]+)\s+)?"
    r"(?:T\s*)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
    r"(?:\s*(?P<zone>[A-Za-z]{1,4})(?P<zoneoff>[+-]\d{1,2}(?::?\d{2})?)?|\s*(?P<off>[+-]\d{2}:?\d{2}))?"
    r"\s*\)?\s*$"
)
_EMPTY_TAIL = re.compile(r"^[\s,|/•·–—)-]*$")
_OFFSET = re.compile(r"^([+-])(\d{1,2})(?::?(\d{2}))?$")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_HAS_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_HAS_SECONDS = re.compile(r"\b\d{1,2}:\d{2}:\d{2}\b")


def _format_offset(sign: str, hours: int, minutes: int) -> str | None:
    if hours > 14 or minutes > 59:
        return None
    return f"{sign}{hours:02d}:{minutes:02d}"


def _offset_of(zone: str | None, zoneoff: str | None, off: str | None) -> str | None:
    """The UTC offset a time's zone names, the default offset when none is written, None when unknown."""
    pats = metadata_patterns()
    if off:
        m = _OFFSET.match(off)
        return _format_offset(m.group(1), int(m.group(2)), int(m.group(3) or 0)) if m else None
    if zone:
        base = pats.timezones.get(zone.lower())
        if base is None:
            return None
        if zoneoff:  # "GMT+7"
            m = _OFFSET.match(zoneoff)
            return _format_offset(m.group(1), int(m.group(2)), int(m.group(3) or 0)) if m else None
        return base
    return pats.default_utc_offset


def _with_time(day: date, rest: str) -> tuple[str, str] | None:
    """Combine a parsed day with what followed it: nothing, or a time with an optional zone."""
    if _EMPTY_TAIL.match(rest):
        return day.isoformat(), "day"
    m = _TIME_TAIL.match(rest)
    if not m:
        return None
    if m.group("word") and case_blind_key(m.group("word")) not in metadata_patterns().time_words:
        return None
    hour, minute = int(m.group("H")), int(m.group("M"))
    second = int(m.group("S")) if m.group("S") else 0
    ampm = (m.group("ampm") or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    offset = _offset_of(m.group("zone"), m.group("zoneoff"), m.group("off"))
    if offset is None:
        return None
    stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{offset}"
    return stamp, ("second" if m.group("S") else "minute")


def _day(y: str, m: int | None, d: str) -> date | None:
    if m is None:
        return None
    try:
        return date(int(y), m, int(d))
    except ValueError:
        return None


def _known_dayname(name: str | None) -> bool:
    return name is None or name.lower() in metadata_patterns().days


def _parse_known_shapes(value: str) -> tuple[str, str] | None:
    months = metadata_patterns().months
    for rx in (_WORD_DATE, _WORD_DATE_EN):
        m = rx.match(value)
        if m and _known_dayname(m.group("dayname")):
            day = _day(m.group("y"), months.get(case_blind_key(m.group("mon"))), m.group("d"))
            if day:
                return _with_time(day, m.group("rest"))
    m = _NUM_YMD.match(value)
    if m:
        day = _day(m.group("y"), int(m.group("m")), m.group("d"))
        return _with_time(day, m.group("rest")) if day else None
    m = _NUM_DMY.match(value)
    if m and _known_dayname(m.group("dayname")):
        day = _day(m.group("y"), int(m.group("m")), m.group("d"))
        return _with_time(day, m.group("rest")) if day else None
    m = _MONTH_YEAR.match(value)
    if m and case_blind_key(m.group("mon")) in months:
        return f"{m.group('y')}-{months[case_blind_key(m.group('mon'))]:02d}", "month"
    m = _NUM_YM.match(value)
    if m:
        return f"{m.group('y')}-{m.group('m')}", "month"
    m = _YEAR.match(value)
    if m:
        return m.group("y"), "year"
    return None


@lru_cache(maxsize=1024)
def _parse_with_dateparser(value: str) -> tuple[str, str] | None:
    # Kept by value: the story pass reads the same dateline dates again (event readings, then the
    # timeline, each on its own span of the lead; 180 calls for 63 dates on the bench's 2,000
    # articles), and dateparser takes milliseconds a call. The answer is a tuple of strings.
    import dateparser  # slow to import; only odd shapes get here

    # A relative date ("2 jam lalu") has no meaning without an anchor: require a year.
    if not _HAS_YEAR.search(value):
        return None
    try:
        parsed = dateparser.parse(
            value,
            languages=["id", "en"],
            settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # dateparser raises assorted errors on odd input; an unparsable date is None
        return None
    if parsed is None:
        return None
    if not _HAS_TIME.search(value):
        return parsed.date().isoformat(), "day"
    precision = "second" if _HAS_SECONDS.search(value) else "minute"
    if parsed.tzinfo is None:
        stamp = parsed.strftime("%Y-%m-%dT%H:%M:%S") + metadata_patterns().default_utc_offset
    else:
        offset = parsed.utcoffset() or timedelta(0)
        total = int(offset.total_seconds() // 60)
        sign = "-" if total < 0 else "+"
        stamp = parsed.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    return stamp, precision


# "Senin (3/3/2025)", the shape of a date in a lead: the day name with the date in brackets
_BRACKETED_DATE = re.compile(r"^(?P<dayname>[A-Za-z']+)\s*\((?P<date>\d{1,2}/\d{1,2}/\d{4})\)")


_ISO_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?P<S>:\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$")


def parse_published(value: str) -> tuple[str, str] | None:
    """A publication date as ISO 8601 and its precision, or None when ``value`` is not one date.

    ``"1 November 2024 10:29"`` -> ``("2024-11-01T10:29:00+07:00", "minute")``;
    ``"2025-06-08"`` -> ``("2025-06-08", "day")``. A time without a zone is taken as WIB
    (the ``default_utc_offset`` of the language data).
    """
    if not isinstance(value, str):
        return None
    text = normalise_space(value)
    if not text or len(text) > 80:
        return None
    iso = _ISO_FULL.match(text)
    if iso:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed.isoformat(timespec="seconds"), ("second" if iso.group("S") else "minute")
    text = _BRACKETED_DATE.sub(r"\g<dayname>, \g<date>", text)
    found = _parse_known_shapes(text)
    if found is not None:
        return found
    return _parse_with_dateparser(text)


# --------------------------------------------------------------------------- line finders


_LOST_DOT = re.compile(r"(?<=\w)[ ,](?=(?i:com|co\.id)$)")


def canonical_outlet(name: str) -> str:
    """The usual spelling of an outlet name: table first, else all-capitals names title-cased."""
    name = _LOST_DOT.sub(".", name.strip().strip("-–—:,"))  # "Krjogja com" -> "Krjogja.com"
    known = metadata_patterns().outlets.get(name.lower())
    if known:
        return known
    head, dot, tail = name.partition(".")
    short = len(head.replace(" ", "")) <= 3
    # each word of a name in capitals: "WARTA LAWU" -> "Warta Lawu"; an abbreviation of three letters or fewer
    # stays as written ("SL", "NET")
    if head.isupper() and not short:
        return " ".join(w.capitalize() for w in head.split(" ")) + dot + tail.lower()
    if short and dot and domain_pattern().fullmatch(name):
        # a domain named by an abbreviation, one spelling however typed: "KBR.ID", "Kbr.id" -> "KBR.id"
        return head.upper() + dot + tail.lower()
    return name


@lru_cache(maxsize=1)
def domain_pattern() -> re.Pattern[str]:
    """The shape of an outlet written as a web domain ("Kompas.com", "Tribun-Papua.com"), compiled once."""
    return re.compile(expand_fragments("{domain}", metadata_patterns().fragments))


@lru_cache(maxsize=1)
def domain_end_pattern() -> re.Pattern[str]:
    """How a domain ends (".com", ".co.id", " com"): the fragment every ``domain_pattern`` match
    ends with, so a text it is found nowhere in holds no domain. Searching for it is cheap where
    scanning for whole domains is not (that pattern is tried from every letter of every word)."""
    return re.compile(expand_fragments("{domain_end}", metadata_patterns().fragments))


def outlet_name(name: str) -> str | None:
    """``name`` as an outlet (its usual spelling) when it is one: a domain ("Kabarku.id"), a known
    outlet ("Antara"), or a name with an outlet word in it ("KBS World Radio"); else None (a
    place or a person)."""
    pats = metadata_patterns()
    name = name.strip().strip("-–—:,")
    if not name:
        return None
    if domain_pattern().fullmatch(name) or name.lower() in pats.outlets:
        return canonical_outlet(name)
    words = name_words(name)
    # a known outlet with an edition or a place before or after it: "POSMETRO MEDAN", "Sleman IDN
    # Times"; not when the rest is part of the name ("KBS World Radio")
    for cut in range(1, len(words)):
        for part, rest in ((words[:cut], words[cut:]), (words[cut:], words[:cut])):
            if " ".join(part) in pats.outlets and not pats.outlet_words.intersection(rest):
                # a name written as one word is the outlet's own ("detikJatim"): kept as written
                return canonical_outlet(name) if " " not in name else pats.outlets[" ".join(part)]
    if any(word in pats.outlet_words for word in words):
        # an outlet word alone names no outlet ("News - 11 police arrested ...": a headline's rubric)
        return canonical_outlet(name) if len(words) > 1 else None
    # a name of one word with an outlet word glued into it ("TASLABNEWS"); not a longer phrase that holds
    # such a word ("Nanda Sagita Ginting TRIBUNJOGJA.COM": a reporter's name before the outlet's dateline);
    # written as a domain or with capitals past its first letter ("TASLABNEWS", "VIVAnews"), not as a word
    # capitalised at a sentence's start ("Wartawan", "Signpost"), and not a word of the language
    domain_end = domain_end_pattern().search(name)
    if " " not in name and len(words) == 1 + (domain_end is not None) \
            and _glued_outlet_word(words[0], pats) \
            and (domain_end is not None or any(map(str.isupper, name[1:]))) and not _a_word_of_the_language(words[0], pats):
        return canonical_outlet(name)
    return None


def _glued_outlet_word(word: str, pats: MetadataPatterns) -> bool:
    """A word that is an outlet word glued to the brand's other part ("taslabnews", "beritagambar")."""
    rest = pats.outlet_word_min_rest
    return (any(word.startswith(h) and len(word) - len(h) >= rest for h in pats.outlet_word_heads)
            or any(word.endswith(t) and len(word) - len(t) >= rest for t in pats.outlet_word_tails))


@lru_cache(maxsize=1)
def _affix_rests() -> frozenset[str]:
    """What may follow an outlet-word head in a word of the language, not a brand's other part ("warta"
    + "wan", "kabar" + "nya", "berita" + "kan"): stem_affixes.yaml's particles and suffixes, enclitics.yaml's
    pronoun enclitics and metadata.yaml's ``outlet_word_affixes.affix_rests``."""
    stems = load_data("stem_affixes")
    enclitics = load_data("enclitics")
    extra = (load_data("metadata").get("outlet_word_affixes") or {}).get("affix_rests") or []
    return frozenset(str(w).lower() for w in [*(stems.get("particles") or []), *(stems.get("suffixes") or []),
                                              *(enclitics.get("pronoun") or []), *extra])


def _a_word_of_the_language(word: str, pats: MetadataPatterns) -> bool:
    """Whether ``word`` (lower-cased), read as an outlet word glued to a brand, is a word of the language
    instead: an outlet-word head and an affix ("wartawan", "kabarnya"), or a word of the counts not mostly
    written capitalised ("kompos", "outpost", "sometimes"; a brand the counts hold is: "posmetro")."""
    rests = _affix_rests()
    if any(word.startswith(h) and word[len(h):] in rests for h in pats.outlet_word_heads):
        return True
    counts = load_word_frequencies()
    return word in counts.counts and word not in counts.names


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """The gazetteer's countries, regions and cities (lang/id/gazetteer.yaml, every alias, case-blind): a
    name after a place's comma that is one of these is the place's province or country ("Babulu, Kaltim
    -", "JAKARTA, Indonesia -"), not an outlet. (Its place sections read here; extract.entities reads the
    whole gazetteer, and imports this module.)"""
    data = load_data("gazetteer")
    names: set[str] = set()
    for section in ("countries", "regions", "cities"):
        for raw in data.get(section) or []:
            if isinstance(raw, dict):
                forms = [raw.get("name"), *(raw.get("aliases") or [])]
            else:
                forms = list(raw) if isinstance(raw, list) else [raw]
            names.update(case_blind_key(str(f)) for f in forms if f)
    return frozenset(names)


def _place_glued_to_domain(name: str) -> tuple[str, str] | None:
    """("KOTA", "Situs.co.id") for "KOTA-Situs.co.id": a place in capitals that the gazetteer knows, a hyphen,
    and a domain whose name is not in capitals ("POS-KUPANG.COM" and "Tribun-Papua.com" are one name each)."""
    head, hyphen, rest = name.partition("-")
    if not hyphen or not head.isupper() or not rest[:1].isupper() or rest.split(".")[0].isupper():
        return None
    known, _ = _bracket_places()
    if case_blind_key(head) not in known or not domain_pattern().fullmatch(rest):
        return None
    return head, rest


@lru_cache(maxsize=1)
def _bracket_places() -> tuple[frozenset[str], tuple[str, ...]]:
    """The places a bracket_brand dateline may open with when not in capitals: the gazetteer's countries,
    regions, cities and the places "within" them (case-blind), and the administrative words that name a
    place as one ("Kota Metro", "Kabupaten Contoh"), from metadata.yaml's ``bracket_place_heads``."""
    within = load_data("gazetteer").get("within") or {}
    names = set(_region_names())
    for members in within.values():
        names.update(case_blind_key(str(m)) for m in members or [])
    heads = tuple(str(h).lower() for h in load_data("metadata").get("bracket_place_heads") or [])
    return frozenset(names), heads


def _bracket_dateline(place: str | None, bracket: str | None) -> bool:
    """Whether "place (bracket):" is a dateline, not a speaker's label ("Sri Mulyani (Menkeu): ...") or a
    note ("Catatan (Redaksi): ..."): the place in capitals or a known place, and the bracket a brand (an
    outlet by ``outlet_name``, a word in capitals, or an outlet word alone: "BATUBARA (Berita):")."""
    if not place or not bracket:
        return False
    place, bracket = place.strip(), bracket.strip()
    known, heads = _bracket_places()
    words = place.split()
    # a place named with its administrative word ("Kota Lembah") is one by its name
    named = len(words) > 1 and words[0].lower() in heads
    if not (place.isupper() or named or case_blind_key(place) in known):
        return False
    pats = metadata_patterns()
    return (bracket.isupper() or outlet_name(bracket) is not None
            or bracket.lower() in pats.outlet_words or bracket.lower() in pats.outlet_word_heads)


_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")


def name_words(name: str) -> list[str]:
    """The lower-cased words of a name, a name written as one word split where its capitals
    start a word ("WartaPenaNews" -> warta, pena, news) and at hyphens ("POS-KUPANG")."""
    return re.findall(r"[^\W_]+", _CAMEL_JOIN.sub(" ", name).lower())


@dataclass(slots=True)
class Byline:
    """A header line naming the writer and/or the publication time."""

    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    precision: str | None = None


def match_byline(line: str, below_headline: bool = False) -> Byline | None:
    """The byline a header line is, or None: "Nama • 1 November 2024 10:29", a bare date line, ...
    ``below_headline``: the line comes after the headline, where a date and a name are a date line and its writer
    (``bylines_below_headline``); above it or alone they open a headline ("17 Agustus 2025 Memperingati Hari Apa")."""
    text = normalise_space_within(line, 120)
    if not text:
        return None
    dated_place: tuple[str, str] | None = None  # "Jakarta, 1 November 2024": a date line all the same
    pats = metadata_patterns()
    for rx in pats.bylines + (pats.bylines_below_headline if below_headline else ()):
        m = rx.match(text)
        if not m:
            continue
        groups = m.groupdict()
        outlet = canonical_outlet(groups["outlet"]) if groups.get("outlet") else None
        if groups.get("source"):
            outlet = outlet_name(groups["source"])
            if outlet is None:  # a place or a person: the next patterns say which
                if dated_place is None and groups.get("date"):
                    dated_place = parse_published(groups["date"])
                continue
        parsed = None
        if groups.get("date"):
            parsed = parse_published(groups["date"])
            if parsed is not None and _english_date_label(text):
                parsed = _english_line_date(groups["date"], parsed)
            if parsed is None:
                continue
        author = metadata_patterns().author_prefix.sub("", groups.get("author") or "").strip()
        return Byline(
            author=author or None,
            outlet=outlet,
            published=parsed[0] if parsed else None,
            precision=parsed[1] if parsed else None,
        )
    if len(text.split()) <= 10 and _HAS_YEAR.search(text):
        # "27 April 2024 - 08:20 8:20": a page may print the time again after the date line (on a
        # 12-hour clock); what is left once such a tail is cut is the date line
        untailed = metadata_patterns().date_line_tail.sub("", text) if metadata_patterns().date_line_tail else text
        parsed = parse_published(text) or (parse_published(untailed) if untailed != text else None) or dated_place
        if parsed:
            return Byline(published=parsed[0], precision=parsed[1])
    return None


@lru_cache(maxsize=1)
def _english_labels() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("metadata").get("english_date_labels") or [])


def _english_date_label(line: str) -> bool:
    """Whether the date line opens with an English site's label ("Posted ...", metadata.yaml
    ``english_date_labels``)."""
    first = re.match(r"[^\W\d_]+", line)
    return first is not None and first.group().lower() in _english_labels()


_ZONE_WRITTEN = re.compile(r"(?:(?<=\d)Z|[+-]\d{1,2}(?::?\d{2})?|\b[A-Za-z]{1,5})\s*$")
_AMBIGUOUS_NUMERIC = re.compile(r"(?:^|\s)(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-]\d{4}\b")


def _english_line_date(value: str, parsed: tuple[str, str]) -> tuple[str, str] | None:
    """What an English site's date line says, ``parsed`` read from ``value``: the day only when its time has
    no zone written (no WIB invented), None when an all-numeric date could be read either way ("03/04/2025")."""
    numeric = _AMBIGUOUS_NUMERIC.search(value)
    if numeric and int(numeric.group("a")) <= 12 and int(numeric.group("b")) <= 12 \
            and numeric.group("a") != numeric.group("b"):
        return None
    stamp, precision = parsed
    if precision not in ("minute", "second"):
        return parsed
    if not stamp.endswith(metadata_patterns().default_utc_offset):
        return parsed  # a zone was read ("2:24 am EDT" -> -04:00)
    zone = _ZONE_WRITTEN.search(value.strip())
    if zone and (zone.group().strip().lower() in metadata_patterns().timezones or zone.group()[:1] in "+-"):
        return parsed  # WIB, +07:00 written
    return stamp[:10], "day"


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    outlet: str | None
    end: int  # length of the prefix in the (space-normalised) line
    published: str | None = None  # a date in the dateline ("Merdeka.com, Senin (3/3/2025) -")
    precision: str | None = None


# the look-behind tried after the letter: the same matches, and the search skips to lower-case letters
_LOWER_WORD_START = re.compile(r"[a-z](?<![\w'’][a-z])")


@lru_cache(maxsize=64)
def match_dateline(line: str) -> Dateline | None:
    """The dateline prefix of a lead paragraph ("KYIV, KOMPAS.com - ", "Washington: "), or None.
    Cached: the clean stage asks it of the same header lines as the metadata does."""
    pats = metadata_patterns()
    text = normalise_space(line)
    if len(text) > 40 and not any(map(str.isupper, text)):
        # a lower-cased copy of an article ("jakarta (antara) - ..."): the patterns read capitals,
        # so they see each word capitalised (same offsets)
        text = _LOWER_WORD_START.sub(lambda m: m.group().upper(), text)
    for rule in pats.datelines:
        m = rule.pattern.match(text)
        found = _dateline_of(rule, m, text) if m else None
        if found is None and rule.in_line is not None:
            # after clutter: each place the pattern fits, leftmost first, until one names an outlet
            at = 0
            while found is None and (m := rule.in_line.search(text, at, pats.in_line_chars)):
                found = _dateline_of(rule, m, text)
                at = m.start() + 1
        if found is not None:
            return found
    return None


# Where a lead paragraph's dateline can be: a sentence starting later in the text is never
# tried (the rules are a dozen regexes; the timeline asks this of every dated sentence).
DATELINE_REACH = 600
DATELINE_MAX_PREFIX_WORDS = 8  # clutter + place + outlet: a longer prefix is a sentence, kept whole


def without_dateline(sentence: str, start: int = 0) -> str:
    """The sentence shown without the dateline that opens it ("BULUMETA, SuaraPesisir.com - Nurhayati
    ..." -> "Nurhayati ..."), for statements a briefing lists (the timeline, check-worthy claims);
    their evidence keeps the whole sentence. Only a dateline naming an outlet is cut, and only in a
    sentence starting within ``DATELINE_REACH`` characters of its text's start (``start``). What is
    left after a cut is space-normalised; an uncut sentence comes back as given. Either is text to show:
    no offset is taken into it (the evidence keeps the sentence's own start and end)."""
    if start > DATELINE_REACH:
        return sentence
    text = normalise_space(sentence)
    found = _opening_dateline(text, outlet_only=True)
    if found is None:
        return sentence
    if _cuts_a_hyphenated_word(text, found.end):
        return sentence  # "Liputan6.com, Jakarta Laga-laga pamungkas ...": the hyphen is the word's, not a dash
    rest = text[found.end:].lstrip(" -–—:,")
    return rest if len(rest.split()) >= 3 else sentence


def dateline_end(text: str, start: int = 0, end: int | None = None, *, outlet_only: bool = True) -> int:
    """Where the dateline opening ``text[start:end]`` ends in ``text`` as written, past the dash, colon,
    comma or spaces after it ("Jakarta, SERU.co.id – Menteri ..." -> where "Menteri" starts); ``start``
    when it opens none, or when it starts more than ``DATELINE_REACH`` characters into ``text``. With
    ``outlet_only`` (the default) only a dateline naming an outlet, of at most
    ``DATELINE_MAX_PREFIX_WORDS`` words, counts, as ``without_dateline`` cuts; without it any dateline
    ``match_dateline`` reads. The match is made on the space-normalised text and its words are found
    again in the text as written, so the offset holds however the text is spaced."""
    if start > DATELINE_REACH:
        return start
    lead = normalise_space(text[start:end])
    found = _opening_dateline(lead, outlet_only)
    if found is None:
        return start
    prefix = lead[:found.end].split()
    if not prefix:
        return start
    written = re.compile(r"\s*" + r"\s+".join(map(re.escape, prefix)) + r"[\s\-–—:,]*").match(
        text, start, len(text) if end is None else end)
    return written.end() if written else start


def _opening_dateline(lead: str, outlet_only: bool) -> Dateline | None:
    """The dateline opening ``lead`` (space-normalised), None without one; with ``outlet_only`` only one
    naming an outlet within ``DATELINE_MAX_PREFIX_WORDS`` words (a longer prefix is a sentence)."""
    found = match_dateline(lead)
    if found is None or not outlet_only:
        return found
    if not found.outlet or len(lead[:found.end].split()) > DATELINE_MAX_PREFIX_WORDS:
        return None
    return found


def _cuts_a_hyphenated_word(text: str, end: int) -> bool:
    """Whether a dateline read as ending at ``end`` ends on a hyphen inside a word: a letter before it and
    a lower-case letter after it ("Laga-laga", "Teka-teki", a reduplicated or compound word). A dateline's
    own dash glued to the lead opens a capitalised word ("Liputan6.com, Jakarta-Pemerintah ...")."""
    return (end >= 2 and text[end - 1] == "-" and text[end - 2].isalpha()
            and end < len(text) and text[end].islower())


def _dateline_of(rule: DatelineRule, m: re.Match[str], text: str) -> Dateline | None:
    groups = m.groupdict()
    place = groups.get("place")
    outlet = canonical_outlet(groups["outlet"]) if groups.get("outlet") else None
    if outlet and not place and groups.get("outlet"):
        place_first = _place_glued_to_domain(groups["outlet"])
        if place_first is not None:  # "KOTA-Situsberita.co.id -": the place, a hyphen, the outlet's domain
            place, outlet = place_first[0], canonical_outlet(place_first[1])
    if outlet and groups.get("place") and case_blind_key(groups["outlet"]) in _region_names():
        # "Babulu, Kaltim -", "SUBANG, West Java -", "ROTE, Kupang -": the place's province, country or city. A
        # short name in capitals before it is a regency as often as a brand: it is the outlet only with evidence,
        # the outlets table (the swap below) or the page naming it as a domain (extract_metadata)
        outlet = None
    if groups.get("source"):  # an outlet when it is one, else the place
        outlet = outlet_name(groups["source"])
        place = place if outlet or groups.get("place") else groups["source"]
    elif place and groups.get("outlet") and outlet_name(groups["outlet"]) is None and outlet_name(place):
        # "POS-KUPANG, KUPANG -", "WartaPenaNews, Malaysia -": the outlet wrote its name first
        place, outlet = groups["outlet"], outlet_name(place)
    if outlet and _an_outlet_word_alone(outlet):
        outlet = None  # "Medan (Harian) -", "Jakarta (Post) -": a rubric word, no outlet's name
    if rule.needs_outlet and not outlet:
        return None
    if place and not outlet and _an_outlet_word_alone(place):
        return None  # "News - 11 police ...": a rubric word opening a headline, no place
    if rule.bracket_brand and not _bracket_dateline(place, groups.get("outlet")):
        return None
    if place and len(place.split()) > rule.max_place_words:
        return None
    parsed = None
    if groups.get("date"):
        parsed = parse_published(groups["date"])
        if parsed is None:
            return None
    rest = text[m.end():].strip()
    if rest and len(text.split()) < rule.min_words:
        return None
    return Dateline(place=place.strip() if place else None, outlet=outlet, end=m.end(),
                    published=parsed[0] if parsed else None, precision=parsed[1] if parsed else None)


def _an_outlet_word_alone(name: str) -> bool:
    """Whether ``name`` is one of ``outlet_words`` and nothing else ("News", "Harian", "Post"), which the outlets
    table does not list as a name of its own."""
    words = name_words(name)
    pats = metadata_patterns()
    return len(words) == 1 and words[0] in pats.outlet_words and name.strip().lower() not in pats.outlets


_FINAL_PUNCT = ".;,:"
_QUOTES = "\"'“”‘’»«)]"


def ends_with_period(line: str) -> bool:
    """True when the last character, quotes and brackets aside, is sentence-final or list punctuation."""
    stripped = line.rstrip().rstrip(_QUOTES)
    return bool(stripped) and stripped[-1] in _FINAL_PUNCT


_STOP_BEFORE_BRACKET = re.compile(r"\.\s+\[")  # split_sentences does not break before "["


def _has_inner_full_stop(text: str) -> bool:
    """A full stop ending a sentence inside the line: a headline is one sentence ("Apa? Ini" is fine)."""
    spans = split_sentences(text)
    return any(ends_with_period(text[s:e]) for s, e in spans[:-1]) or bool(_STOP_BEFORE_BRACKET.search(text))


def looks_like_headline(line: str) -> bool:
    """A short line without a final full stop that is not a dateline sentence, byline or date."""
    pats = metadata_patterns()
    text = normalise_space_within(line, pats.headline_max_chars)
    if text is None:
        return False
    words = text.split()
    if not 2 <= len(words) <= pats.headline_max_words:
        return False
    if ends_with_period(text) or text[0] in "-•*·(|[" or _has_inner_full_stop(text):
        return False
    return match_dateline(text) is None and match_byline(text) is None


def _is_kicker(line: str) -> bool:
    """A rubric above the headline ("TRAVEL NEWS"): at most three words, all capitals."""
    words = line.split()
    return 1 <= len(words) <= 3 and line.isupper()


def headline_index(lines: list[str]) -> int | None:
    """Index in ``lines`` of the headline: the first non-blank line (after a rubric), if headline-like."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        return None
    first = nonblank[0]
    if _is_kicker(lines[first].strip()) and len(nonblank) > 1 and looks_like_headline(lines[nonblank[1]]):
        return nonblank[1]
    return first if looks_like_headline(lines[first]) else None


# --------------------------------------------------------------------------- the whole text


@dataclass(slots=True)
class TextMetadata:
    """What the article text says about itself; ``lines`` maps each found field to its line index."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str | None = None
    dateline: str | None = None
    lines: dict[str, int] = field(default_factory=dict)


def _is_body_line(text: str) -> bool:
    return len(text.split()) >= 10 and ends_with_period(text)


_CONTINUES_DATELINE = re.compile(r"^\s*[,\-–—]")
DATELINE_PIECE_WORDS = 4  # a dateline broken over lines: its first piece is this short at most


def _rejoin_datelines(lines: list[str], zone: int) -> list[str]:
    """``lines`` with a dateline the page's markup broke over two lines put back on the first
    ("JAKARTA, KOMPAS.com" / "- Kementerian ...", "JAKARTA" / ", KOMPAS.com -"): the second
    line starts with the comma or dash. The text itself is not changed, only what is matched."""
    out = list(lines)
    nonblank = [i for i, line in enumerate(out) if line.strip()][:zone]
    for here, after in zip(nonblank, nonblank[1:]):
        piece, rest = out[here].strip(), out[after].strip()
        if not piece or not 1 <= len(piece.split()) <= DATELINE_PIECE_WORDS or not _CONTINUES_DATELINE.match(rest):
            continue
        joined = piece + ("" if rest.startswith(",") else " ") + rest
        if match_dateline(joined):
            out[here], out[after] = joined, ""
            break
    return out


def _read_date_prefix(line: str, at: int, meta: TextMetadata) -> str:
    """``line`` without a labelled date opening it ("date 2026-01-01 ..."), which dates ``meta``
    when nothing did before; the line itself when it has none."""
    for rx in metadata_patterns().date_prefixes:
        m = rx.match(line)
        # the label's date is ISO: read strictly, never by dateparser's guesses ("2025-13-06")
        value = m.group("date") if m else ""
        parsed = (parse_published(value) if _ISO_FULL.match(value) else _parse_known_shapes(value)) if m else None
        if parsed:
            if meta.published is None:
                meta.published, meta.published_precision = parsed
                meta.lines["published"] = at
            return line[m.end():].strip()
    return line


def _copyright_outlet(line: str, at: int, lines: list[tuple[int, str]], text: str) -> tuple[str, int] | None:
    """The publisher a copyright line names ("Copyright © 2015 Media Contoh. All Rights Reserved."), with evidence
    that it is one: a domain, a name of the outlets table, or a name the page writes again on another line or as a
    domain. A notice or a credit ("All Rights Reserved", "Hak Cipta Dilindungi Undang-Undang", "Foto Istimewa":
    ``copyright_refused_words``) names nobody."""
    pats = metadata_patterns()
    for rx in pats.copyright_signatures:
        m = rx.match(line)
        if not m or not m.group("outlet"):
            continue
        name = m.group("outlet").strip()
        if pats.copyright_refused_words.intersection(name_words(name)):
            return None
        if domain_pattern().fullmatch(name) or name.lower() in pats.outlets:
            return canonical_outlet(name), at
        again = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
        if any(i != at and again.search(other) for i, other in lines) or _outlet_named_as_domain(name, text):
            return canonical_outlet(name), at
        return None
    return None


def _outlet_hint(lines: list[tuple[int, str]], hints: tuple[re.Pattern[str], ...]) -> tuple[str, int] | None:
    """The outlet the first hint names ("Artikel ini telah tayang di Kompas.com"), and its line: the
    search stops there, and is made only when no dateline, signature or byline named one."""
    for i, line in lines:
        for rx in hints:
            m = rx.search(line)
            if m:
                return canonical_outlet(m.group("outlet")), i
    return None


def _outlet_dateline(lines: list[tuple[int, str]], skip: int | None) -> tuple[int, Dateline] | None:
    """The first of ``lines`` (index, text) that opens with a dateline naming its outlet, and that
    dateline; a dateline naming only a place is not taken this far from the top, nor one whose outlet
    is not surely one (``_surely_an_outlet``: "Namun, Bupati Rudy – didampingi ..." is a body line)."""
    for i, line in lines:
        if i == skip:
            continue
        dateline = match_dateline(line)
        if dateline is not None and dateline.outlet and _surely_an_outlet(dateline.outlet, line[:dateline.end]):
            return i, dateline
    return None


def _surely_an_outlet(name: str, dateline: str) -> bool:
    """Whether ``name`` is an outlet by its shape or its words alone: a web domain, an outlet the data
    lists, a name holding one of ``outlet_words`` ("Kompas TV"), or a name the ``dateline`` (its text)
    writes in brackets, as wires sign ("JAKARTA, Indonesia (AP) -")."""
    pats = metadata_patterns()
    name = name.strip().strip("-–—:,()")
    return bool(domain_pattern().fullmatch(name) or name.lower() in pats.outlets
                or pats.outlet_words.intersection(name_words(name))
                or f"({name.casefold()})" in dateline.casefold())


@lru_cache(maxsize=1)
def _wire_signature_patterns() -> tuple[re.Pattern[str], ...]:
    pats = metadata_patterns()
    return _compile(load_data("metadata").get("wire_signatures") or [], pats.fragments, "wire_signatures")


def _wire_signature(last: tuple[int, str]) -> tuple[str, int] | None:
    """The wire closing the article's last line ("... said. — Reuters"), when the outlets table lists it."""
    i, line = last
    outlets = metadata_patterns().outlets
    for rx in _wire_signature_patterns():
        m = rx.search(line)
        if m and m.group("outlet").strip().lower() in outlets:
            return outlets[m.group("outlet").strip().lower()], i
    return None


def _name_key(name: str) -> str:
    """A name's letters and digits, lower-cased, a domain's "www." and ending taken off: "Contoh-rakyat.com" and
    "CONTOH RAKYAT" give one key."""
    low = name.strip().casefold().removeprefix("www.")
    end = domain_end_pattern().search(low)
    if end is not None and domain_pattern().fullmatch(name.strip().removeprefix("www.")):
        low = low[:end.start()]
    return "".join(re.findall(r"[a-z0-9]+", low))


def _outlet_named_as_domain(name: str, text: str) -> str | None:
    """``name`` (a dateline's name read as its place) as the outlet when the page names a web domain of that
    very name ("PIKIRAN CONTOH -" and "pikiran-contoh.com" in its text) and the gazetteer knows no such place."""
    key = _name_key(name)
    known, _ = _bracket_places()
    if len(key) < 3 or case_blind_key(name) in known:
        return None
    # each domain ending found, and the word it ends (cheap: the domain pattern is not tried from every letter)
    for end in domain_end_pattern().finditer(text):
        word = _WORD_BEFORE.search(text[max(0, end.start() - DOMAIN_NAME_REACH):end.start()])
        domain = (word.group() if word else "") + end.group()
        if domain_pattern().fullmatch(domain) and _name_key(domain) == key:
            return canonical_outlet(name)
    return None


_WORD_BEFORE = re.compile(r"[\w.-]+$")  # the letters, dots and hyphens right before a domain's ending
DOMAIN_NAME_REACH = 80  # characters looked at before a domain's ending for its name


@lru_cache(maxsize=1)
def _update_labels() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("metadata").get("update_labels") or [])


def _opens_with_update_label(line: str) -> bool:
    """Whether a date line is labelled as the page's update ("Diperbarui ...", "Updated ...")."""
    first = re.match(r"[^\W\d_]+", line)
    return first is not None and first.group().lower() in _update_labels()


PRECISION_RANK = {"year": 0, "month": 1, "day": 2, "minute": 3, "second": 4}


def _later_date_line_wins(line: str, later: tuple[str, str], earlier: tuple[str | None, str | None]) -> bool:
    """Whether a date ``line`` below the headline replaces the ``earlier`` date read above it (each a date and its
    precision): the one above was a site's bar dating the visit ("Thursday, 05 December 2019" over an August
    story), the one below the article's own. A site's bar gives the day only: a timed date above is the page's own
    and stays ("Senin, 3 Maret 2025 10:15 WIB" over "Minggu, 2 Maret 2025"); a line below less precise than a day
    never replaces it, nor an update line ("Diperbarui ..."), nor one giving the same day."""
    (stamp, precision), (earlier_stamp, earlier_precision) = later, earlier
    return (bool(earlier_stamp) and earlier_precision == "day"
            and PRECISION_RANK.get(precision, 0) >= PRECISION_RANK["day"]
            and stamp[:10] != earlier_stamp[:10] and not _opens_with_update_label(line))


@lru_cache(maxsize=1)
def _event_labels() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("metadata").get("event_labels") or [])


def _labelled_as_an_event(footer: list[tuple[int, str]], k: int) -> bool:
    """Whether the ``k``-th footer line is told as an event's time, not the page's: the line above it introduces it
    ("Lomba akan digelar pada:") or a line next to it opens with an event's label ("Lokasi: ...", "Jadwal ...",
    metadata.yaml ``event_labels``)."""
    above = footer[k - 1][1].rstrip() if k > 0 else ""
    if above.endswith(":"):
        return True
    for _, near in (footer[k - 1:k] + footer[k + 1:k + 2]):
        first = re.match(r"[^\W\d_]+", near)
        if first is not None and first.group().lower() in _event_labels():
            return True
    return False


def _footer_date_line(footer: list[tuple[int, str]]) -> tuple[int, Byline] | None:
    """The one date line of the footer zone that gives a clock time ("Rabu, 05 Nov 2014 13:30 WIB"), with its
    index; None when there is none, or several (a list of other articles' dates), or it is an update line, or the
    text labels it as an event's time (a schedule: ``_labelled_as_an_event``)."""
    found = []
    for k, (i, line) in enumerate(footer):
        if not (_HAS_TIME.search(line) and _HAS_YEAR.search(line)) or len(line.split()) > 10 \
                or _opens_with_update_label(line):
            continue
        if _labelled_as_an_event(footer, k):
            return None  # a schedule's time: the foot holds no page date
        byline = match_byline(line)
        if byline is not None and byline.published and byline.precision in ("minute", "second") \
                and not byline.author and not byline.outlet:
            found.append((i, byline))
    return found[0] if len(found) == 1 else None


def extract_metadata(text: str) -> TextMetadata:
    """Title, outlet, author, publication date and dateline found in an article's own text."""
    pats = metadata_patterns()
    lines = _rejoin_datelines(text.splitlines(), pats.header_lines)
    nonblank = [(i, normalise_space(line)) for i, line in enumerate(lines) if line.strip()]
    meta = TextMetadata()
    if not nonblank:
        return meta
    header = nonblank[: pats.header_lines]
    footer = nonblank[-pats.footer_lines:]

    title_at = headline_index(lines)
    if title_at is not None:
        meta.title = normalise_space(lines[title_at])
        meta.lines["title"] = title_at

    outlet_at: tuple[str, int] | None = None  # the best outlet so far and the line it came from
    byline_outlet: tuple[str, int] | None = None
    author_by_rank: dict[int, tuple[str, int]] = {}  # rank (lower wins) -> (author, line)

    # header zone: bylines, date lines, then the dateline of the lead paragraph
    after_title = next((i for i, _ in nonblank if title_at is not None and i > title_at), None)
    # a date read before any headline-like line may be the site's "today" bar above the article; a date line
    # after a headline-like line below it is then the article's own (``_later_date_line_wins``)
    dated_above_headline = False
    headline_seen = False
    for i, line in header:
        line = _read_date_prefix(line, i, meta)
        if i == title_at:
            headline_seen = True
        if not line or i == title_at:
            continue
        byline = match_byline(line, below_headline=headline_seen or (title_at is not None and i > title_at))
        if byline:
            if byline.author and 0 not in author_by_rank:
                author_by_rank[0] = (byline.author, i)
            if byline.published and meta.published is None:
                meta.published, meta.published_precision = byline.published, byline.precision
                meta.lines["published"] = i
                dated_above_headline = not headline_seen
            elif byline.published and dated_above_headline and headline_seen \
                    and _later_date_line_wins(line, (byline.published, byline.precision),
                                              (meta.published, meta.published_precision)):
                meta.published, meta.published_precision = byline.published, byline.precision
                meta.lines["published"] = i
                dated_above_headline = False
            if byline.outlet and byline_outlet is None:
                byline_outlet = (byline.outlet, i)
            continue
        dateline = match_dateline(line)
        if dateline:
            if dateline.place:
                meta.dateline = dateline.place
                meta.lines["dateline"] = i
            if dateline.outlet:
                outlet_at = (dateline.outlet, i)
            if dateline.published and meta.published is None:
                meta.published, meta.published_precision = dateline.published, dateline.precision
                meta.lines["published"] = i
            break
        if _is_body_line(line):
            if title_at is not None and i == after_title:
                continue  # a standfirst under the headline reads like a body line; the lead follows
            break  # the lead paragraph had no dateline; later lines are not leads
        if not headline_seen and (meta.published is None or dated_above_headline) and looks_like_headline(line):
            headline_seen = True  # asked only until a headline is seen, and not once a date below one is read

    if outlet_at is None and "dateline" not in meta.lines:
        # the lead's dateline below the header zone, or after a line that read like the lead (a
        # standfirst, a caption, a notice): the first line to open with an outlet's dateline
        late = _outlet_dateline(nonblank[: pats.outlet_dateline_lines], skip=title_at)
        if late is not None:
            i, dateline = late
            outlet_at = (dateline.outlet, i)
            if dateline.place:
                meta.dateline, meta.lines["dateline"] = dateline.place, i
            if dateline.published and meta.published is None:
                meta.published, meta.published_precision = dateline.published, dateline.precision
                meta.lines["published"] = i

    # lines naming the writer anywhere ("Penulis: ...", then "Editor: ...")
    for rank, rx in enumerate(pats.author_lines, start=1):
        for i, line in nonblank:
            m = rx.match(line)
            if m and rank not in author_by_rank:
                author_by_rank[rank] = (m.group("author").strip(), i)
                break

    # footer zone: signatures, last line first
    signature_outlet: tuple[str, int] | None = None
    sig_rank = len(pats.author_lines) + 1
    for i, line in reversed(footer):
        if _is_body_line(line):
            break  # a line above the article's last paragraph is a credit or a caption, not a signature
        for rx in pats.signatures:
            m = rx.match(line)
            if not m:
                continue
            groups = m.groupdict()
            if groups.get("outlet") and signature_outlet is None:
                signature_outlet = (canonical_outlet(groups["outlet"]), i)
            if groups.get("author") and sig_rank not in author_by_rank:
                author_by_rank[sig_rank] = (groups["author"].strip(), i)
            break
        else:
            if signature_outlet is None:
                signature_outlet = _copyright_outlet(line, i, nonblank, text)

    if meta.published is None and load_data("metadata").get("footer_date_line"):
        found = _footer_date_line(footer)
        if found is not None:
            i, byline = found
            meta.published, meta.published_precision = byline.published, byline.precision
            meta.lines["published"] = i

    if signature_outlet is None and footer:
        signature_outlet = _wire_signature(footer[-1])
    if outlet_at is None and meta.dateline and "dateline" in meta.lines:
        echoed = _outlet_named_as_domain(meta.dateline, text)
        if echoed is not None:
            # "CONTOH RAKYAT - ..." on a page that names contoh-rakyat.com: the dateline's name is the outlet's
            outlet_at, meta.dateline = (echoed, meta.lines["dateline"]), None
            del meta.lines["dateline"]

    outlet_at = outlet_at or signature_outlet or byline_outlet or _outlet_hint(nonblank, pats.outlet_hints)
    if outlet_at:
        meta.outlet, meta.lines["outlet"] = outlet_at
    if author_by_rank:
        meta.author, meta.lines["author"] = author_by_rank[min(author_by_rank)]
    return meta


__all__ = [
    "TextMetadata", "Byline", "Dateline", "extract_metadata", "parse_published", "match_byline",
    "match_dateline", "outlet_name", "looks_like_headline", "headline_index", "canonical_outlet", "metadata_patterns",
    "expand_fragments", "ends_with_period", "name_words", "without_dateline",
]
