"""Dates and times in Indonesian news text, resolved to ISO values.

``find_dates(doc_id, text, published)`` returns a ``TimeExpr`` per expression:

* absolute: "1 November 2024 10:29", "Selasa (12/11/2024)", "Kamis (31/10)", "Oktober 2024",
  "tahun 2024", "sejak 2013", "kuartal II 2021", "pukul 10.20 WIB";
* relative: "kemarin", "hari ini", "pada Rabu", "Minggu pekan lalu", "tiga bulan lalu",
  "pekan lalu" (a week), "tahun lalu";
* range: "8 hingga 13 Oktober", "antara tanggal 23 dan 28 Oktober", "Januari hingga Juni 2025";
* vague: "akhir Oktober" (part of a month), "awal bulan ini", "akhir tahun lalu" (part of a year).

Spans are found with regexes built once from ``lang/id/timex.yaml`` and parsed by hand: dateparser
is slow and finds dates in figures. How values are resolved (and why):

* A day and month without a year take the year that puts the date closest to the reference date
  (news reports the recent past and the near future).
* Deictic words (kemarin, pekan lalu, N bulan lalu, "Juni lalu") count from the publication date.
  Bare weekdays ("pada Rabu") and year-less dates are anaphoric: they count from the paragraph's
  own reference time, the last explicit day named earlier in the paragraph, else from the
  publication date. A bare weekday is the closest such day to a text reference (never after
  publication), or the most recent one on or before the publication date.
* Without a publication date the document's latest explicit full date is the anchor
  (``anchor="latest-explicit:..."``); with none either, relative expressions keep ``value=None``.
* Weeks run Sunday to Saturday, as on Indonesian calendars: "Minggu pekan lalu" said on Tuesday
  12 November 2024 is Sunday 3 November.
* A bare four-digit year is a date only after a time word ("sejak 2013", "tahun 2024"); alone it
  is a figure or part of a name ("Pilpres 2024"), and "Nomor 33 Tahun 2013" cites a regulation.
* A clock time alone ("pukul 10.20 WIB") takes the day named in its sentence, else the reference
  day; times default to WIB (+07:00).

Precisions: "minute", "day", "week", "part-of-month", "month", "part-of-year", "year". Quarters
and halves ("kuartal II", "semester pertama") are month ranges with precision "month".
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data
from ceksilang.model import TimeExpr
from ceksilang.text import case_blind_key, split_sentences, trie_regex
from ceksilang.extract.numbers import number_words, parse_number

__all__ = ["find_dates", "resolve_date", "month_name_id", "TimexWords", "timex_words"]

Value = str | dict[str, str] | None


# --------------------------------------------------------------------------- language data


@dataclass(frozen=True, slots=True)
class TimexWords:
    """``timex.yaml`` in the shape the finder uses (keys lower-cased unless noted)."""

    month_names: dict[int, str]  # month -> full name as written ("Januari")
    months: dict[str, int]  # every spelling -> month
    month_abbreviations: frozenset[str]
    weekdays: dict[str, int]  # name -> ISO weekday (Monday 0)
    ambiguous_weekday: str
    weekday_prefix: tuple[str, ...]
    date_prefix: tuple[str, ...]
    day_parts: tuple[str, ...]
    day_words: dict[str, int]
    units: dict[str, str]
    se_units: dict[str, str]
    directions: dict[str, int]
    current_words: tuple[str, ...]
    duration_markers: frozenset[str]
    vague_parts: dict[str, str]
    part_of_month_days: dict[str, tuple[int, int | None]]  # None = the month's last day
    part_of_year_months: dict[str, tuple[int, int]]
    periods: dict[str, int]  # case as written ("Q")
    period_numbers: dict[str, int]
    week_words: tuple[str, ...]
    last_word: str
    range_connectors: tuple[str, ...]
    range_between: str
    range_between_connector: str
    year_context: tuple[str, ...]
    year_count_nouns: frozenset[str]
    legal_number_words: tuple[str, ...]
    time_prefix: tuple[str, ...]
    time_zones: dict[str, str]  # case as written
    local_time: tuple[str, ...]
    default_offset: str
    week_starts: int
    told_day_words: frozenset[str] = frozenset()
    told_day_reach: int = 0


def _words(raw: object, key: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
        raise LanguageDataError(f"timex.yaml: {key} must be a list of strings")
    return tuple(w.lower() for w in raw)


def _end_day(raw: object) -> int | None:
    return None if raw == "end" else int(raw)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def timex_words() -> TimexWords:
    data = load_data("timex")
    try:
        month_names = {int(m): names[0] for m, names in data["months"].items()}
        months = {n.lower(): int(m) for m, names in data["months"].items() for n in names}
        abbreviations = frozenset(n.lower() for names in data["months"].values() for n in names[1:])
        weekdays = {n.lower(): int(d) for d, names in data["weekdays"].items() for n in names}
        return TimexWords(
            month_names=month_names,
            months=months,
            month_abbreviations=abbreviations,
            weekdays=weekdays,
            ambiguous_weekday=str(data["ambiguous_weekday"]).lower(),
            weekday_prefix=_words(data["weekday_prefix"], "weekday_prefix"),
            date_prefix=_words(data["date_prefix"], "date_prefix"),
            day_parts=_words(data["day_parts"], "day_parts"),
            day_words={str(k).lower(): int(v) for k, v in data["day_words"].items()},
            units={str(k).lower(): str(v) for k, v in data["units"].items()},
            se_units={str(k).lower(): str(v) for k, v in data["se_units"].items()},
            directions={str(k).lower(): int(v) for k, v in data["directions"].items()},
            current_words=_words(data["current_words"], "current_words"),
            duration_markers=frozenset(_words(data["duration_markers"], "duration_markers")),
            vague_parts={str(k).lower(): str(v) for k, v in data["vague_parts"].items()},
            part_of_month_days={k: (int(v[0]), _end_day(v[1])) for k, v in data["part_of_month_days"].items()},
            part_of_year_months={k: (int(v[0]), int(v[1])) for k, v in data["part_of_year_months"].items()},
            periods={str(k): int(v) for k, v in data["periods"].items()},
            period_numbers={str(k).lower(): int(v) for k, v in data["period_numbers"].items()},
            week_words=_words(data["week_words"], "week_words"),
            last_word=str(data["last_word"]).lower(),
            range_connectors=tuple(str(c).lower() for c in data["range_connectors"]),
            range_between=str(data["range_between"]).lower(),
            range_between_connector=str(data["range_between_connector"]).lower(),
            year_context=_words(data["year_context"], "year_context"),
            year_count_nouns=frozenset(_words(data["year_count_nouns"], "year_count_nouns")),
            legal_number_words=_words(data["legal_number_words"], "legal_number_words"),
            time_prefix=_words(data["time_prefix"], "time_prefix"),
            time_zones={str(k): str(v) for k, v in data["time_zones"].items()},
            local_time=_words(data["local_time"], "local_time"),
            default_offset=str(data["default_offset"]),
            week_starts=int(data["week_starts"]),
            told_day_words=frozenset(_words(data.get("told_day_words") or [], "told_day_words")),
            told_day_reach=int(data.get("told_day_reach", 0)),
        )
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise LanguageDataError(f"timex.yaml is malformed: {exc!r}") from exc


def month_name_id(month: int) -> str:
    """The Indonesian name of a month: ``month_name_id(8) == "Agustus"``."""
    return timex_words().month_names[month]


# --------------------------------------------------------------------------- patterns


def _alt(words: object, fold_case: bool = True) -> str:
    """A regex alternation of the words, longest first, spaces matching any whitespace, as a
    trie (``text.trie_regex``: the same matches, tried faster). ``fold_case`` for a pattern
    matched ignoring case, as all but the time zones are."""
    distinct = {str(w) for w in words}  # type: ignore[attr-defined]
    if not distinct:
        raise LanguageDataError("timex.yaml: an empty word list")
    return "(?:" + trie_regex(distinct, space=r"\s+", fold_case=fold_case) + ")"


def _opening(words: object, digits: bool = False) -> str:
    """A word start whose first character can open one of the words (or a digit): a cheap test
    that spares the regex engine trying a long alternation at every position."""
    chars = sorted({str(x)[0].lower() for x in words if str(x)})  # type: ignore[attr-defined]
    return rf"(?<!\w)(?=[{''.join(re.escape(c) for c in chars)}{chr(92) + 'd' if digits else ''}])"


@dataclass(frozen=True, slots=True)
class _Patterns:
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    day_month: re.Pattern[str]
    day_range: re.Pattern[str]
    month_range: re.Pattern[str]
    month: re.Pattern[str]
    year: re.Pattern[str]
    year_chain: re.Pattern[str]
    counted: re.Pattern[str]
    week_of_month: re.Pattern[str]
    unit: re.Pattern[str]
    day_word: re.Pattern[str]
    weekday: re.Pattern[str]
    vague: re.Pattern[str]
    period: re.Pattern[str]
    quarter_q: re.Pattern[str]
    time: re.Pattern[str]
    # disc55: a clock with no prefix word written with its zone ("sekitar 01.05 WIB", "pada sekira 19.50 WIB"):
    # the zone makes it a time, as it does after a date
    zoned_time: re.Pattern[str]
    legal_before: re.Pattern[str]
    word_before: re.Pattern[str]
    word_after: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    w = timex_words()
    nw = number_words()
    full_months = _alt(w.month_names.values())
    # an abbreviation may carry a dot, but a full name's dot ends the sentence
    any_month = rf"(?:{_alt(w.month_names.values())}|{_alt(w.month_abbreviations)}(?:\.(?=\s*\d))?)"
    weekday = _alt(w.weekdays)
    year = r"(?:19|20)\d\d(?!\d)"
    day = r"(?<![\w.,/-])[0-3]?\d(?!\d)"
    zones = _alt(w.time_zones, fold_case=False)  # matched with case: "WIB", not "wib"
    local = _alt(w.local_time)
    prefix = _alt(w.time_prefix)
    # A time after a date: a prefix word makes either separator a time; without one, only
    # "HH:MM" or "HH.MM <zone>" is (a bare "10.000" after a date is a figure).
    time_tail = (
        rf"(?:\s*,?\s*{prefix}\s*(?P<h1>[0-2]?\d)[.:](?P<n1>[0-5]\d)"
        rf"|\s+(?P<h2>[0-2]?\d):(?P<n2>[0-5]\d)(?::\d\d)?"
        rf"|\s+(?P<h3>[0-2]?\d)\.(?P<n3>[0-5]\d)(?=\s*(?-i:{zones})))(?!\d)"
        rf"(?:\s*(?P<tz>(?-i:{zones})|{local})(?!\w))?"
    )
    date_prefix = _alt(w.date_prefix)
    connectors = _alt(w.range_connectors)
    between = re.escape(w.range_between)
    and_word = re.escape(w.range_between_connector)
    directions = _alt(w.directions)
    units = _alt(w.units)
    digit_words = _alt([k for k, v in nw.digits.items() if v >= 1 and v == int(v)])
    se_numbers = _alt([k for k, v in nw.se_forms.items() if v <= 1000])
    number = (
        rf"(?:{digit_words}\s+(?:{re.escape(nw.teens)}|{re.escape(nw.tens)}(?:\s+{digit_words})?)"
        rf"|{se_numbers}|{digit_words}|(?<![\d.,])\d{{1,3}})"
    )
    periods_ci = _alt([p for p in w.periods if p.islower()])
    period_numbers = _alt(w.period_numbers)
    # "kuartal I dan II", "kuartal I-III 2024": the second number written like the first
    roman = _alt([n for n in w.period_numbers if set(n) <= set("ivx")])
    digits = _alt([n for n in w.period_numbers if n.isdigit()])
    ordinals = _alt([n for n in w.period_numbers if n.isalpha() and not set(n) <= set("ivx")])
    period_link = r"\s*(?:dan|-|–|hingga|sampai(?:\s+dengan)?|s\.d\.)\s*(?:" + periods_ci + r"\s+)?"
    period_pair = (
        rf"(?:(?P<nr>{roman})(?:{period_link}(?P<nr2>{roman}))?"
        rf"|(?P<nd>{digits})(?:{period_link}(?P<nd2>{digits}))?"
        rf"|(?P<nw>{ordinals})(?:{period_link}(?P<nw2>{ordinals}))?)(?!\w)"
    )
    # Patterns that open with optional words are slow to try at every position: start them only
    # at a word start whose first letter can open a weekday, "hari", "tanggal", "(" or a digit.
    initials = "".join(sorted({x[0] for x in (*w.weekdays, *w.weekday_prefix, *w.date_prefix)}))
    fast_start = rf"(?<![^\W\d_])(?=[{re.escape(initials)}(\d])"
    day_part = rf"(?:\s+{_alt(w.day_parts)}(?!\w))?"  # "Selasa pagi (8/1)"
    flags = re.IGNORECASE
    return _Patterns(
        numeric=re.compile(
            rf"{fast_start}(?:(?P<hari>{_alt(w.weekday_prefix)})\s+)?(?:(?P<wd>{weekday})(?!\w){day_part}\s*,?\s*)?"
            rf"(?P<open>\()?\s*(?P<d>{day})\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?!\d)"
            rf"(?:\s*(?P=sep)\s*(?P<y>\d{{4}}|\d{{2}})(?!\d))?\s*(?(open)\))(?![/\w])(?:{time_tail})?",
            flags,
        ),
        # (each whole-text pass names the characters it can open with right after its look-behind, as
        # ``fast_start`` does: the one gating scan, ``_passes_gate``, skips every other place at once)
        iso=re.compile(rf"(?<![\w/.-])(?=[\d])(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/-])"),
        day_month=re.compile(
            rf"{fast_start}(?:(?:(?P<hari>{_alt(w.weekday_prefix)})\s+)?(?P<wd>{weekday})(?!\w){day_part}"
            rf"\s*,?\s*(?P<open>\()?\s*)?"
            rf"(?:{date_prefix}\s+)?(?P<d>{day})\s+(?P<m>{any_month})(?:\s+(?P<y>{year}))?(?!\w)(?(open)\s*\))"
            rf"(?:{time_tail})?",
            flags,
        ),
        day_range=re.compile(
            rf"{_opening([w.range_between, *w.date_prefix], digits=True)}"
            rf"(?:(?P<between>{between})\s+)?(?:{date_prefix}\s+)?(?P<d1>{day})"
            rf"(?:\s+(?P<m1>{any_month})(?:\s+(?P<y1>{year}))?)?"
            rf"\s*(?P<conn>{connectors}|{and_word})\s*(?:{date_prefix}\s+)?"
            rf"(?P<d2>[0-3]?\d(?!\d))\s+(?P<m2>{any_month})(?:\s+(?P<y2>{year}))?(?!\w)",
            flags,
        ),
        month_range=re.compile(
            rf"{_opening([w.range_between, 'bulan', *w.month_names.values()])}"
            rf"(?:(?P<between>{between})\s+)?(?:bulan\s+)?(?P<m1>{full_months})(?:\s+(?P<y1>{year}))?"
            rf"\s*(?P<conn>{connectors}|{and_word})\s*"
            rf"(?:bulan\s+)?(?P<m2>{full_months})(?:\s+(?P<y2>{year}))?(?!\w)",
            flags,
        ),
        month=re.compile(
            rf"{_opening(['bulan', *w.months])}(?:(?P<bulan>bulan)\s+)?(?P<m>{any_month})(?:\s+(?P<y>{year}))?"
            rf"(?:\s+(?P<dir>{directions}))?(?!\w)",
            flags,
        ),
        year=re.compile(
            rf"{_opening(w.year_context)}(?P<ctx>{_alt(w.year_context)})\s+"
            rf"(?P<y1>{year})(?:\s*[-–/]\s*(?P<y2>{year}))?(?!\w|[.,]\d)",
            flags,
        ),
        year_chain=re.compile(rf"(?:\s*,?\s+(?:dan|atau|serta)\s+|\s*,\s*)(?P<y>{year})(?!\w|[.,]\d)", flags),
        counted=re.compile(
            rf"{_opening([*nw.digits, *nw.se_forms, *w.se_units], digits=True)}"
            rf"(?:(?P<n>{number})\s+(?P<u>{units})|(?P<se>{_alt(w.se_units)}))\s+(?P<dir>{directions})(?!\w)",
            flags,
        ),
        unit=re.compile(
            rf"{_opening(w.units)}(?P<u>{units})\s+(?:(?P<dir>{directions})|(?P<cur>{_alt(w.current_words)}))(?!\w)",
            flags,
        ),
        week_of_month=re.compile(
            rf"{_opening(w.week_words)}{_alt(w.week_words)}\s+"
            rf"(?:ke-?\s*)?(?P<n>{period_numbers}|{re.escape(w.last_word)})(?!\w)"
            rf"(?:\s+(?:(?:bulan\s+)?(?P<m>{full_months})(?:\s+(?P<y>{year}))?|bulan\s+(?P<dir>{directions})))?(?!\w)",
            flags,
        ),
        day_word=re.compile(rf"{_opening(w.day_words)}{_alt(w.day_words)}(?!\w)", flags),
        weekday=re.compile(
            rf"{_opening([*w.weekday_prefix, *w.weekdays])}(?:(?P<hari>{_alt(w.weekday_prefix)})\s+)?"
            rf"(?P<wd>{weekday})(?!\w)(?:\s+(?P<part>{_alt(w.day_parts)})(?!\w))?"
            rf"(?:\s+(?P<wk>pekan|minggu)\s+(?P<wdir>{directions})|\s+(?P<dir>{directions}))?(?!\w)",
            flags,
        ),
        vague=re.compile(
            rf"{_opening(w.vague_parts)}(?<!-)(?P<part>{_alt(w.vague_parts)})\s+(?:"
            rf"(?:bulan\s+)?(?P<m>{full_months})(?:\s+(?P<my>{year}))?"
            rf"|(?P<bulan>bulan)(?:\s+(?P<bdir>{directions}))?"
            rf"|(?P<tahun>tahun)(?:\s+(?P<ty>{year})|\s+(?P<tdir>{directions}))?"
            rf"|(?P<y>{year})"
            rf"|(?P<pekan>pekan|minggu)(?:\s+(?P<pdir>{directions}))?)(?!\w)",
            flags,
        ),
        period=re.compile(
            rf"{_opening([p for p in w.periods if p.islower()])}(?P<p>{periods_ci})\s*(?:ke-?\s*)?{period_pair}"
            rf"(?:(?:\s*[/-]\s*|\s+(?:tahun\s+)?)(?P<y>{year})|\s+tahun\s+(?P<dir>{directions}))?(?!\w)",
            flags,
        ),
        quarter_q=re.compile(rf"(?<!\w)(?=[Q])Q(?P<n>[1-4])(?:\s*[/-]?\s*(?P<y>{year}))?(?!\w)"),
        time=re.compile(
            rf"{_opening(w.time_prefix)}{prefix}\s*(?P<h>[0-2]?\d)[.:](?P<n>[0-5]\d)(?!\d)"
            rf"(?:\s*(?P<tz>(?-i:{zones})|{local})(?!\w))?",
            flags,
        ),
        zoned_time=re.compile(
            rf"(?<![\w.,/:-])(?=[\d])(?P<h>[0-2]?\d)[.:](?P<n>[0-5]\d)(?![\d.,]\d)\s*(?P<tz>(?-i:{zones}))(?!\w)", flags),
        legal_before=re.compile(rf"(?<!\w){_alt(w.legal_number_words)}\s*[\w./-]+\s*$", flags),
        word_before=re.compile(r"([\w'-]+)\W*$"),
        word_after=re.compile(r"^\s*([\w'-]+)"),
    )


# The passes that each read the whole text (``_Finder.run``), by their pattern's name in ``_Patterns``.
_TEXT_PASSES = ("numeric", "iso", "day_month", "day_range", "month_range", "month", "year", "counted", "unit",
                "day_word", "weekday", "vague", "period", "quarter_q", "week_of_month", "time", "zoned_time")
# Each of those patterns opens with a look-behind that refuses a letter before its start.
_NO_LETTER_BEFORE = ("(?<!\\w)", "(?<![^\\W\\d_])", "(?<![\\w")
_GROUP_NAME = re.compile(r"(?<!\\)\(\?(P<|P=|\()([^\W\d]\w*)")
_GROUP_NUMBER = re.compile(r"\\[1-9]|\(\?\(\d")
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<([^\W\d]\w*)>")
_GROUP_REFERENCE = re.compile(r"(?<!\\)\(\?(?:P=|\()([^\W\d]\w*)\)")


def _bracket_end(pattern: str, at: int) -> int:
    """The index just after the group or class that opens at ``pattern[at]`` ("(" or "["), or -1
    when it is not closed: escapes are skipped, and brackets inside a class do not nest."""
    depth, k, in_class = 0, at, False
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
                if pattern[at] == "[":
                    return k + 1
        elif c == "[":
            in_class = True
            if pattern[k + 1:k + 2] in ("^", "]"):
                k += 1  # "[^" negates, "[]" holds a "]": neither ends here
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return -1


def _opening_class(pattern: str) -> tuple[str, str | None, str]:
    """A whole-text pass's pattern cut into its opening look-behind, the class of characters its
    match can open with (the body of a ``(?=[...])`` right after the look-behind, as ``fast_start``
    writes it; None when there is none) and the rest."""
    behind_end = _bracket_end(pattern, 0)
    if behind_end < 0:
        return "", None, pattern
    behind, rest = pattern[:behind_end], pattern[behind_end:]
    if rest.startswith("(?=[") and rest[4:5] not in ("^", "]"):
        class_end = _bracket_end(rest, 3)
        if class_end > 0 and rest[class_end:class_end + 1] == ")":
            return behind, rest[4:class_end - 1], rest[class_end + 1:]
    return behind, None, rest


def _without_unused_captures(pattern: str) -> str:
    """``pattern`` with each named group that nothing refers back to made a plain group: a capture
    changes no match, but the regex engine saves and restores every group's place at each branch:
    the gate's 96 groups made plain (3 are referred back to) took its scan of the bench's 2,000
    articles from 1.04 to 0.86 s CPU."""
    used = set(_GROUP_REFERENCE.findall(pattern))
    return _NAMED_GROUP.sub(lambda m: m.group(0) if m.group(1) in used else "(?:", pattern)


@lru_cache(maxsize=1)
def _passes_gate() -> re.Pattern[str] | None:
    """One scan that finds every place where any of the whole-text passes matches: a zero-width
    look-ahead over all their patterns, behind one look-behind that every one of them implies (no
    letter before), so a place inside a word is refused at once. Each pass then tries its own
    pattern at those places only (``_Finder._pass``), which yields what its ``finditer`` over the
    text yields. None (each pass scans alone) when a pattern does not fit the form: no opening
    look-behind refusing a letter, or groups referred to by number (the group names are made
    distinct per pass).

    Three things make the one scan cheaper and find the same places: where every pass names the
    characters it opens with, a place whose character none names is refused before any pass is
    tried (one class test per alternative class, which the engine makes without entering it); in
    each pass that class is tested before its look-behind (two zero-width tests at one place, in
    the cheaper order); and captures nothing refers back to are plain groups
    (``_without_unused_captures``)."""
    p = _patterns()
    alternatives = []
    classes: list[str] = []
    every_pass_has_a_class = True
    for k, name in enumerate(_TEXT_PASSES):
        rx: re.Pattern[str] = getattr(p, name)
        if not rx.pattern.startswith(_NO_LETTER_BEFORE) or _GROUP_NUMBER.search(rx.pattern):
            return None
        behind, opening, rest = _opening_class(_without_unused_captures(rx.pattern))
        if opening is None:
            every_pass_has_a_class = False
            source = behind + rest
        else:
            source = f"(?=[{opening}]){behind}{rest}"
            if opening not in classes:
                classes.append(opening)
        source = _GROUP_NAME.sub(lambda m, k=k: f"(?{m.group(1)}g{k}_{m.group(2)}", source)
        case = "" if rx.flags & re.IGNORECASE else "-i"
        alternatives.append(f"(?{case}:{source})" if case else f"(?:{source})")
    # (a case-sensitive pass's class read without case is a wider test, never a narrower one)
    first = "(?=" + "|".join(f"[{c}]" for c in classes) + ")" if every_pass_has_a_class else ""
    try:
        return re.compile(r"(?<![^\W\d_])" + first + "(?=" + "|".join(alternatives) + ")", re.IGNORECASE)
    except re.error:
        return None


# --------------------------------------------------------------------------- calendar helpers


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + k
    return total // 12, total % 12 + 1


def _nearest_year(month: int, day: int | None, ref: date) -> int:
    """The year that puts month (and day) closest to ``ref``; ties go to the past."""
    best, best_gap = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = _safe_date(y, month, min(day or 15, _month_end(y, month)))
        if d is None:
            continue
        gap = abs((d - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _week_start(d: date, week_starts: int) -> date:
    return d - timedelta(days=(d.weekday() - week_starts) % 7)


def _iso_day(d: date) -> str:
    return d.isoformat()


def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _iso_minute(d: date, hour: int, minute: int, offset: str | None) -> str:
    return f"{d.isoformat()}T{hour:02d}:{minute:02d}:00{offset or ''}"


def _span(start: str, end: str) -> dict[str, str]:
    return {"from": start, "to": end}


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


# --------------------------------------------------------------------------- found expressions

# How an expression depends on the document: "none" needs nothing (a full date), "deictic" counts
# from the publication date (kemarin, pekan lalu), "anaphoric" from the paragraph's own reference
# time when it has one (pada Rabu, 31 Oktober).
Resolver = Callable[[date], Value]


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    precision: str
    reference: str  # "none" | "deictic" | "anaphoric"
    resolve: Resolver | None = None  # value from the reference date (None when reference == "none")
    value: Value = None  # the value when reference == "none"
    explicit_day: date | None = None  # a day written with its year: anchors what follows
    names_day: bool = False  # a single day (explicit or not): a text reference once resolved
    clock: tuple[int, int, str | None] | None = None  # a time alone: hour, minute, offset
    priority: int = 0
    day: date | None = None  # the single day it names, set while resolving
    weekday: int | None = None  # the weekday a year-less date writes with it ("Rabu (8/9)"), ISO Monday 0


def _clock(m: re.Match[str], w: TimexWords) -> tuple[int, int, str | None] | None:
    for h, n in (("h1", "n1"), ("h2", "n2"), ("h3", "n3"), ("h", "n")):
        if h in m.re.groupindex and m.group(h) is not None:
            hour, minute = int(m.group(h)), int(m.group(n))
            if hour > 23:
                return None
            tz = m.group("tz")
            if tz is None:
                offset: str | None = w.default_offset
            else:
                offset = w.time_zones.get(tz) or w.time_zones.get(tz.upper())  # None: local time
            return hour, minute, offset
    return None


def _day_value(d: date, clock: tuple[int, int, str | None] | None) -> Value:
    return _iso_minute(d, *clock) if clock else _iso_day(d)


class _Finder:
    """Candidate expressions of one text, before overlaps are settled."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.w = timex_words()
        self.p = _patterns()
        self.found: list[_Found] = []
        self._starts: list[int] | None = None  # where any whole-text pass matches (``_passes_gate``)

    def _pass(self, name: str) -> Iterator[re.Match[str]]:
        """The matches of pattern ``name`` over the text, as its ``finditer`` gives them: tried only
        where the gate found that some pass matches, each from the end of its previous match."""
        rx: re.Pattern[str] = getattr(self.p, name)
        gate = _passes_gate()
        if gate is None:
            yield from rx.finditer(self.text)
            return
        if self._starts is None:
            self._starts = [m.start() for m in gate.finditer(self.text)]
        text, at = self.text, 0
        for pos in self._starts:
            if pos < at:
                continue
            m = rx.match(text, pos)
            if m is None:
                continue
            if m.end() == m.start():  # an empty match: finditer's own stepping, from here on
                yield from rx.finditer(text, pos)
                return
            yield m
            at = m.end()

    # ---- context helpers

    def word_before(self, pos: int) -> str:
        m = self.p.word_before.search(self.text, max(0, pos - 40), pos)
        return case_blind_key(m.group(1)) if m else ""

    def word_after(self, pos: int) -> str:
        m = self.p.word_after.match(self.text[pos : pos + 40])
        return m.group(1) if m else ""

    def month_of(self, word: str) -> int:
        return self.w.months[case_blind_key(word).rstrip(".")]

    def is_abbreviation(self, word: str) -> bool:
        return word.lower().rstrip(".") in self.w.month_abbreviations

    def add(self, f: _Found) -> None:
        if f.start < f.end:
            self.found.append(f)

    # ---- day and month

    def day_date(self, start: int, end: int, day: int, month: int, year: int | None,
                 clock: tuple[int, int, str | None] | None, priority: int, weekday: int | None = None) -> None:
        precision = "minute" if clock else "day"
        if year is not None:
            d = _safe_date(year, month, day)
            if d is None:
                return
            self.add(_Found(start, end, "absolute", precision, "none", value=_day_value(d, clock),
                            explicit_day=d, names_day=True, priority=priority))
            return
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return

        def resolve(ref: date, day: int = day, month: int = month) -> Value:
            y = _nearest_year(month, day, ref)
            d = _safe_date(y, month, day)
            return _day_value(d, clock) if d else None

        self.add(_Found(start, end, "absolute", precision, "anaphoric", resolve=resolve,
                        names_day=True, priority=priority, weekday=weekday))

    def weekday_written(self, name: str | None, trusted: bool) -> int | None:
        """The ISO weekday a date writes before it, when the name is read as a weekday."""
        if name is None or not trusted:
            return None
        return self.w.weekdays.get(name.lower())

    def scan_numeric(self) -> None:
        for m in self._pass("numeric"):
            wd, opened, sep = m.group("wd"), m.group("open"), m.group("sep")
            year_text = m.group("y")
            if year_text is None and (wd is None or opened is None):
                continue  # "(2-1)", "4/5": a bare day/month needs a weekday and brackets
            if year_text is not None and len(year_text) == 2 and wd is None:
                continue
            if sep == "." and (year_text is None or len(year_text) != 4):
                continue
            if wd is not None and wd.lower() == self.w.ambiguous_weekday and not wd[0].isupper() and not opened:
                continue
            clock = _clock(m, self.w)
            start = m.start("hari") if m.group("hari") else (m.start("wd") if wd else m.start())
            end = m.end() if clock else self._end_before_time(m)
            self.day_date(start, end, int(m.group("d")), int(m.group("m")), _year_of(year_text), clock, 0,
                          self.weekday_written(wd, True))

    def _end_before_time(self, m: re.Match[str]) -> int:
        for g in ("h1", "h2", "h3"):
            if m.group(g) is not None:
                end = m.start(g)
                while end > m.start() and not self.text[end - 1].isalnum() and self.text[end - 1] != ")":
                    end -= 1
                # drop a trailing time prefix word ("pukul") left behind
                tail = self.p.word_before.search(self.text, m.start(), end)
                if tail and case_blind_key(tail.group(1)) in self.w.time_prefix:
                    end = tail.start(1)
                    while end > m.start() and self.text[end - 1] in " ,\t":
                        end -= 1
                return end
        return m.end()

    def scan_iso(self) -> None:
        for m in self._pass("iso"):
            self.day_date(m.start(), m.end(), int(m.group("d")), int(m.group("m")), int(m.group("y")), None, 0)

    def scan_day_month(self) -> None:
        for m in self._pass("day_month"):
            word = m.group("m")
            clock = _clock(m, self.w)
            start = m.start("hari") if m.group("hari") else (m.start("wd") if m.group("wd") else m.start())
            end = m.end() if clock else self._end_before_time(m)
            wd = m.group("wd")
            trusted = True
            if wd and wd.lower() == self.w.ambiguous_weekday and not wd[0].isupper() \
                    and not (m.group("hari") or m.group("open")):
                start = m.start("d")  # lower-case "minggu, 3 ..." is not trusted as Sunday
                trusted = False
            self.day_date(start, end, int(m.group("d")), self.month_of(word), _year_of(m.group("y")), clock, 0,
                          self.weekday_written(wd, trusted))

    def scan_day_range(self) -> None:
        w = self.w
        for m in self._pass("day_range"):
            conn = re.sub(r"\s+", " ", case_blind_key(m.group("conn")))
            if conn == w.range_between_connector and not m.group("between"):
                continue
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            m2 = self.month_of(m.group("m2"))
            m1 = self.month_of(m.group("m1")) if m.group("m1") else m2
            y2 = _year_of(m.group("y2"))
            y1 = _year_of(m.group("y1"))
            if m.group("m1") is None and d1 >= d2:
                continue
            if y1 is None and y2 is not None:
                y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
            if y1 is not None and y2 is not None:
                a, b = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
                if a is None or b is None or a > b:
                    continue
                self.add(_Found(m.start(), m.end(), "range", "day", "none", value=_span(_iso_day(a), _iso_day(b)),
                                priority=0))
                continue

            def resolve(ref: date, d1: int = d1, m1: int = m1, d2: int = d2, m2: int = m2) -> Value:
                y_end = _nearest_year(m2, d2, ref)
                y_start = y_end if (m1, d1) <= (m2, d2) else y_end - 1
                a, b = _safe_date(y_start, m1, d1), _safe_date(y_end, m2, d2)
                return _span(_iso_day(a), _iso_day(b)) if a and b else None

            self.add(_Found(m.start(), m.end(), "range", "day", "anaphoric", resolve=resolve, priority=0))

    def scan_month_range(self) -> None:
        w = self.w
        for m in self._pass("month_range"):
            conn = re.sub(r"\s+", " ", case_blind_key(m.group("conn")))
            if conn == w.range_between_connector and not m.group("between"):
                continue
            y1, y2 = _year_of(m.group("y1")), _year_of(m.group("y2"))
            if not m.group("m1")[0].isupper() and y1 is None and y2 is None:
                continue
            m1, m2 = self.month_of(m.group("m1")), self.month_of(m.group("m2"))
            if y1 is None and y2 is not None:
                y1 = y2 if m1 <= m2 else y2 - 1
            if y1 is not None and y2 is None:
                y2 = y1 if m1 <= m2 else y1 + 1
            if y1 is not None and y2 is not None:
                if (y1, m1) >= (y2, m2):
                    continue
                self.add(_Found(m.start(), m.end(), "range", "month", "none",
                                value=_span(_iso_month(y1, m1), _iso_month(y2, m2)), priority=0))
                continue
            if m1 == m2:
                continue

            def resolve(ref: date, m1: int = m1, m2: int = m2) -> Value:
                y_end = _nearest_year(m2, None, ref)
                y_start = y_end if m1 <= m2 else y_end - 1
                return _span(_iso_month(y_start, m1), _iso_month(y_end, m2))

            self.add(_Found(m.start(), m.end(), "range", "month", "anaphoric", resolve=resolve, priority=0))

    def scan_month(self) -> None:
        w = self.w
        for m in self._pass("month"):
            word, year_text, direction = m.group("m"), m.group("y"), m.group("dir")
            month = self.month_of(word)
            end = m.end()
            if self.is_abbreviation(word) and year_text is None:
                continue
            if year_text is not None:
                end = m.end("y")  # "September 2022 lalu": the year says it all
                self.add(_Found(m.start(), end, "absolute", "month", "none",
                                value=_iso_month(int(year_text), month), priority=1))
                continue
            step = w.directions[re.sub(r"\s+", " ", case_blind_key(direction))] if direction else None
            if direction is not None and direction.lower() == "lagi":
                step, end = None, m.end("m")
            if m.group("bulan") is None and step is None:
                before = self.word_before(m.start())
                if not word[0].isupper() and before not in w.year_context:
                    continue  # lower-case "mei" alone is too often a name
                after = self.word_after(m.end())
                if word[0].isupper() and after[:1].isupper() and after.lower() not in w.months \
                        and before not in w.year_context:
                    continue  # "April Jasmine": a name
            if step is None:
                def resolve(ref: date, month: int = month) -> Value:
                    return _iso_month(_nearest_year(month, None, ref), month)

                self.add(_Found(m.start(), end, "absolute", "month", "anaphoric", resolve=resolve, priority=1))
                continue

            def resolve_dir(ref: date, month: int = month, step: int = step) -> Value:
                if step < 0:
                    y = ref.year if month < ref.month else ref.year - 1
                elif step > 0:
                    y = ref.year if month > ref.month else ref.year + 1
                else:
                    y = ref.year
                return _iso_month(y, month)

            self.add(_Found(m.start(), end, "relative", "month", "deictic", resolve=resolve_dir, priority=1))

    def scan_year(self) -> None:
        w = self.w
        for m in self._pass("year"):
            ctx = re.sub(r"\s+", " ", case_blind_key(m.group("ctx")))
            after = self.text[m.end(): m.end() + 3]
            if after.startswith("-an"):
                continue  # "1990-an": a decade
            if self.word_after(m.end()).lower() in w.year_count_nouns:
                continue  # "hingga 2000 orang"
            if ctx.startswith("tahun") and self.p.legal_before.search(self.text, max(0, m.start() - 40), m.start()):
                continue  # "Nomor 33 Tahun 2013"
            start = m.start() if ctx.startswith("tahun") else m.start("y1")
            y1, y2 = int(m.group("y1")), m.group("y2")
            if y2 is not None:
                if int(y2) <= y1:
                    continue
                self.add(_Found(start, m.end(), "range", "year", "none", value=_span(str(y1), y2), priority=2))
            else:
                self.add(_Found(start, m.end(), "absolute", "year", "none", value=f"{y1:04d}", priority=2))
            # "pada 2018 dan 2019": the second year shares the first one's time word
            pos = m.end()
            while (chained := self.p.year_chain.match(self.text, pos)) is not None:
                if self.word_after(chained.end()).lower() in w.year_count_nouns:
                    break
                self.add(_Found(chained.start("y"), chained.end(), "absolute", "year", "none",
                                value=chained.group("y"), priority=2))
                pos = chained.end()

    # ---- relative

    def scan_counted(self) -> None:
        w = self.w
        for m in self._pass("counted"):
            direction = re.sub(r"\s+", " ", case_blind_key(m.group("dir")))
            step = w.directions[direction]
            if step == 0:
                continue  # "tiga hari ini" is not a date
            if self.word_before(m.start()) in w.duration_markers:
                continue  # "dalam tiga hari mendatang": a period, not a point
            if m.group("se"):
                unit, n = w.se_units[case_blind_key(m.group("se"))], 1.0
            else:
                unit = w.units[case_blind_key(m.group("u"))]
                n = parse_number(m.group("n"))
            if n is None or n != int(n) or n > 1000:
                continue
            k = int(n) * step
            self.add(_Found(m.start(), m.end(), "relative", unit, "deictic", resolve=_unit_resolver(unit, k, self.w),
                            names_day=unit == "day", priority=1))

    def scan_unit(self) -> None:
        w = self.w
        for m in self._pass("unit"):
            unit = w.units[case_blind_key(m.group("u"))]
            direction = re.sub(r"\s+", " ", case_blind_key(m.group("dir") or "ini"))
            if m.group("cur") and unit not in ("month", "year"):
                continue
            if direction == "lagi":
                continue
            step = w.directions[direction]
            if unit == "day" and step >= 0:
                continue  # "hari depan" is "the future"; "hari ini" is a day word
            if case_blind_key(m.group("u")) == w.ambiguous_weekday and m.group("u")[0].isupper() \
                    and self.word_before(m.start()) in ("hari",):
                continue
            self.add(_Found(m.start(), m.end(), "relative", unit, "deictic", resolve=_unit_resolver(unit, step, w),
                            priority=3))

    def scan_day_word(self) -> None:
        w = self.w
        for m in self._pass("day_word"):
            offset = w.day_words[re.sub(r"\s+", " ", case_blind_key(m.group(0)))]

            def resolve(ref: date, offset: int = offset) -> Value:
                return _iso_day(ref + timedelta(days=offset))

            self.add(_Found(m.start(), m.end(), "relative", "day", "deictic", resolve=resolve, priority=2))

    def scan_weekday(self) -> None:
        w = self.w
        for m in self._pass("weekday"):
            name = m.group("wd")
            weekday = w.weekdays[case_blind_key(name)]
            before = self.word_before(m.start())
            if before in ("setiap", "tiap", "saban", "per"):
                continue  # "setiap Senin": a habit, not a day
            hari = m.group("hari") is not None
            week_dir = m.group("wdir")
            direction = m.group("dir")
            end = m.end()
            if name.lower() == w.ambiguous_weekday and not hari:
                if not self._is_sunday(m, before):
                    continue
            if direction is not None and direction.lower() == "lagi":
                direction, end = None, (m.end("part") if m.group("part") else m.end("wd"))
            if week_dir is not None:
                step = w.directions[re.sub(r"\s+", " ", case_blind_key(week_dir))]
                if week_dir.lower() == "lagi":
                    continue
                resolve = _weekday_in_week(weekday, step, w.week_starts)
                self.add(_Found(m.start(), end, "relative", "day", "deictic", resolve=resolve, names_day=True,
                                priority=1))
            elif direction is not None:
                step = w.directions[re.sub(r"\s+", " ", case_blind_key(direction))]
                resolve = _weekday_step(weekday, step, w.week_starts)
                self.add(_Found(m.start(), end, "relative", "day", "deictic", resolve=resolve, names_day=True,
                                priority=1))
            else:
                self.add(_Found(m.start(), end, "relative", "day", "anaphoric-weekday",
                                resolve=_weekday_before(weekday), names_day=True, priority=1))

    def _is_sunday(self, m: re.Match[str], before: str) -> bool:
        """"Minggu" as Sunday rather than "week"."""
        name = m.group("wd")
        capital = name[0].isupper()
        if m.group("part") or m.group("wk"):
            return True
        if before in ("pada", "sejak", "hingga", "sampai", "mulai", "kemarin", "tanggal"):
            return capital or m.group("dir") is None
        if parse_number(before) is not None or before in ("beberapa", "se", "tiap", "setiap", "per", "berapa"):
            return False
        if m.group("dir") is not None:
            return False  # "Minggu lalu," at a sentence start: last week
        return capital

    def scan_vague(self) -> None:
        w = self.w
        for m in self._pass("vague"):
            part_word = case_blind_key(m.group("part"))
            part = w.vague_parts[part_word]
            if m.group("pekan"):
                if part != "late" or part_word == "akhir-akhir":
                    continue
                step = w.directions.get(re.sub(r"\s+", " ", (m.group("pdir") or "ini").lower()), 0)
                self.add(_Found(m.start(), m.end(), "vague", "day", "deictic",
                                resolve=_weekend(step, w.week_starts), priority=0))
                continue
            if part_word == "akhir-akhir" and not (m.group("tahun") or m.group("bulan")):
                continue
            months = w.part_of_year_months[part]
            days = w.part_of_month_days[part]
            if m.group("m"):
                month = self.month_of(m.group("m"))
                if m.group("my"):
                    y = int(m.group("my"))
                    self.add(_Found(m.start(), m.end(), "vague", "part-of-month", "none",
                                    value=_part_of_month(y, month, days), priority=0))
                else:
                    def resolve(ref: date, month: int = month, days: tuple = days) -> Value:
                        return _part_of_month(_nearest_year(month, None, ref), month, days)

                    self.add(_Found(m.start(), m.end(), "vague", "part-of-month", "anaphoric", resolve=resolve,
                                    priority=0))
            elif m.group("bulan"):
                step = w.directions.get(re.sub(r"\s+", " ", (m.group("bdir") or "ini").lower()), 0)
                if (m.group("bdir") or "").lower() == "lagi":
                    continue

                def resolve_b(ref: date, step: int = step, days: tuple = days) -> Value:
                    y, mo = _shift_month(ref.year, ref.month, step)
                    return _part_of_month(y, mo, days)

                self.add(_Found(m.start(), m.end(), "vague", "part-of-month", "deictic", resolve=resolve_b, priority=0))
            else:
                year_text = m.group("ty") or m.group("y")
                if year_text:
                    y = int(year_text)
                    self.add(_Found(m.start(), m.end(), "vague", "part-of-year", "none",
                                    value=_part_of_year(y, months), priority=0))
                    continue
                direction = (m.group("tdir") or "ini").lower()
                if direction == "lagi":
                    continue
                step = w.directions.get(re.sub(r"\s+", " ", direction), 0)

                def resolve_y(ref: date, step: int = step, months: tuple = months) -> Value:
                    return _part_of_year(ref.year + step, months)

                self.add(_Found(m.start(), m.end(), "vague", "part-of-year", "deictic", resolve=resolve_y, priority=0))

    def scan_period(self) -> None:
        w = self.w
        for m in self._pass("period"):
            word = case_blind_key(m.group("p"))
            size = w.periods.get(word)
            if size is None:
                continue
            first_text = m.group("nr") or m.group("nd") or m.group("nw")
            last_text = m.group("nr2") or m.group("nd2") or m.group("nw2") or first_text
            n, n2 = w.period_numbers.get(first_text.lower()), w.period_numbers.get(last_text.lower())
            if n is None or n2 is None or n2 < n or n2 * size > 12:
                continue
            if word == "paruh" and first_text.lower() not in ("pertama", "kedua"):
                continue
            self._add_period(m, size, n, n2, m.group("y"), m.group("dir"))
        for m in self._pass("quarter_q"):
            n = int(m.group("n"))
            self._add_period(m, w.periods.get("Q", 3), n, n, m.group("y"), None)

    def scan_week_of_month(self) -> None:
        w = self.w
        for m in self._pass("week_of_month"):
            word = case_blind_key(m.group("n"))
            n = -1 if word == w.last_word else w.period_numbers.get(word)
            if n is None or n > 5:
                continue
            if n < 0 and not (m.group("m") or m.group("dir")):
                continue  # "dalam beberapa pekan terakhir": the past weeks, a duration
            if m.group("m"):
                month = self.month_of(m.group("m"))
                if m.group("y"):
                    self.add(_Found(m.start(), m.end(), "vague", "week", "none",
                                    value=_week_of_month(int(m.group("y")), month, n), priority=0))
                    continue

                def resolve(ref: date, month: int = month, n: int = n) -> Value:
                    return _week_of_month(_nearest_year(month, None, ref), month, n)

                self.add(_Found(m.start(), m.end(), "vague", "week", "anaphoric", resolve=resolve, priority=0))
                continue
            step = w.directions.get(re.sub(r"\s+", " ", (m.group("dir") or "ini").lower()), 0)

            def resolve_d(ref: date, step: int = step, n: int = n) -> Value:
                return _week_of_month(*_shift_month(ref.year, ref.month, step), n)

            # without a month the week is of the month being talked about: the reference month
            reference = "deictic" if m.group("dir") else "anaphoric"
            self.add(_Found(m.start(), m.end(), "vague", "week", reference, resolve=resolve_d, priority=0))

    def _add_period(self, m: re.Match[str], size: int, n: int, n2: int, year_text: str | None,
                    direction: str | None) -> None:
        first, last = (n - 1) * size + 1, n2 * size
        if year_text:
            y = int(year_text)
            self.add(_Found(m.start(), m.end(), "absolute", "month", "none",
                            value=_span(_iso_month(y, first), _iso_month(y, last)), priority=0))
            return
        if direction is not None:
            if direction.lower() == "lagi":
                return
            step = self.w.directions[re.sub(r"\s+", " ", case_blind_key(direction))]

            def resolve_d(ref: date, step: int = step) -> Value:
                return _span(_iso_month(ref.year + step, first), _iso_month(ref.year + step, last))

            self.add(_Found(m.start(), m.end(), "relative", "month", "deictic", resolve=resolve_d, priority=0))
            return

        def resolve(ref: date) -> Value:
            return _span(_iso_month(ref.year, first), _iso_month(ref.year, last))

        self.add(_Found(m.start(), m.end(), "relative", "month", "anaphoric", resolve=resolve, priority=0))

    def scan_time(self) -> None:
        taken: list[tuple[int, int]] = []
        for m in self._pass("time"):
            clock = _clock(m, self.w)
            if clock is None:
                continue
            taken.append((m.start(), m.end()))
            self.add(_Found(m.start(), m.end(), "relative", "minute", "clock", clock=clock, priority=0))
        for m in self._pass("zoned_time"):
            clock = _clock(m, self.w)
            if clock is None or any(s <= m.start() < e for s, e in taken):
                continue
            self.add(_Found(m.start(), m.end(), "relative", "minute", "clock", clock=clock, priority=0))

    def run(self) -> list[_Found]:
        for scan in (self.scan_numeric, self.scan_iso, self.scan_day_month, self.scan_day_range,
                     self.scan_month_range, self.scan_month, self.scan_year, self.scan_counted, self.scan_unit,
                     self.scan_day_word, self.scan_weekday, self.scan_vague, self.scan_period,
                     self.scan_week_of_month, self.scan_time):
            scan()
        return self._drop_echoes(_settle(self.found))

    def _drop_echoes(self, found: list[_Found]) -> list[_Found]:
        """"Selasa (18/8) kemarin": a day word right after a named day repeats it."""
        kept: list[_Found] = []
        for f in found:
            if kept and f.reference == "deictic" and f.precision == "day" and not f.names_day \
                    and kept[-1].names_day and not self.text[kept[-1].end: f.start].strip():
                continue
            kept.append(f)
        return kept


def _settle(found: list[_Found]) -> list[_Found]:
    """Non-overlapping expressions, the longest first (ties: the more specific pattern)."""
    chosen: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.priority, f.start)):
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        chosen.append(f)
        taken.append((f.start, f.end))
    return sorted(chosen, key=lambda f: f.start)


# --------------------------------------------------------------------------- resolvers


def _unit_resolver(unit: str, k: int, w: TimexWords) -> Resolver:
    def resolve(ref: date) -> Value:
        if unit == "day":
            return _iso_day(ref + timedelta(days=k))
        if unit == "week":
            start = _week_start(ref, w.week_starts) + timedelta(weeks=k)
            return _span(_iso_day(start), _iso_day(start + timedelta(days=6)))
        if unit == "month":
            return _iso_month(*_shift_month(ref.year, ref.month, k))
        return f"{ref.year + k:04d}"

    return resolve


def _weekday_before(weekday: int) -> Resolver:
    """The most recent such weekday on or before the reference date (news is past tense)."""

    def resolve(ref: date) -> Value:
        return _iso_day(ref - timedelta(days=(ref.weekday() - weekday) % 7))

    return resolve


def _weekday_step(weekday: int, step: int, week_starts: int) -> Resolver:
    """"Rabu lalu" (strictly before), "Rabu ini" (this week), "Rabu depan" (strictly after)."""

    def resolve(ref: date) -> Value:
        if step < 0:
            back = (ref.weekday() - weekday) % 7 or 7
            return _iso_day(ref - timedelta(days=back))
        if step > 0:
            ahead = (weekday - ref.weekday()) % 7 or 7
            return _iso_day(ref + timedelta(days=ahead))
        start = _week_start(ref, week_starts)
        return _iso_day(start + timedelta(days=(weekday - week_starts) % 7))

    return resolve


def _weekday_in_week(weekday: int, step: int, week_starts: int) -> Resolver:
    """"Minggu pekan lalu": the weekday in the week ``step`` weeks from the reference week."""

    def resolve(ref: date) -> Value:
        start = _week_start(ref, week_starts) + timedelta(weeks=step)
        return _iso_day(start + timedelta(days=(weekday - week_starts) % 7))

    return resolve


def _weekend(step: int, week_starts: int) -> Resolver:
    """"akhir pekan lalu": the Saturday ending the week ``step`` weeks away and the Sunday after."""

    def resolve(ref: date) -> Value:
        start = _week_start(ref, week_starts) + timedelta(weeks=step)
        saturday = start + timedelta(days=(5 - week_starts) % 7)
        return _span(_iso_day(saturday), _iso_day(saturday + timedelta(days=1)))

    return resolve


def _part_of_month(year: int, month: int, days: tuple[int, int | None]) -> Value:
    last = days[1] if days[1] is not None else _month_end(year, month)
    last = min(last, _month_end(year, month))
    return _span(_iso_day(date(year, month, days[0])), _iso_day(date(year, month, last)))


def _week_of_month(year: int, month: int, n: int) -> Value:
    """Week ``n`` of a month as days 1-7, 8-14 ...; ``n == -1`` is the last seven days."""
    end = _month_end(year, month)
    first = end - 6 if n < 0 else (n - 1) * 7 + 1
    last = end if n < 0 else min(n * 7, end)
    if first > end:
        return None
    return _span(_iso_day(date(year, month, first)), _iso_day(date(year, month, last)))


def _part_of_year(year: int, months: tuple[int, int]) -> Value:
    return _span(_iso_month(year, months[0]), _iso_month(year, months[1]))


def _value_day(value: Value) -> date | None:
    """The day a single-day value names (a date or a date-time)."""
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


# --------------------------------------------------------------------------- public API


def _parse_published(published: str | date | datetime | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


_NEWLINE = re.compile("\n")


def find_dates(
    doc_id: str,
    text: str,
    published: str | None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[TimeExpr]:
    """Every date and time expression of ``text``, in order, resolved against ``published``
    (ISO date or date-time) or, without one, against the text's latest explicit full date."""
    found = _Finder(text).run()
    if not found:
        return []
    doc_anchor = _parse_published(published)
    anchor_label = f"published:{doc_anchor.isoformat()}" if doc_anchor else None
    if doc_anchor is None:
        explicit = [f.explicit_day for f in found if f.explicit_day is not None]
        if explicit:
            doc_anchor = max(explicit)
            anchor_label = f"latest-explicit:{doc_anchor.isoformat()}"

    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    paragraph_ref: dict[int, date] = {}
    out: list[TimeExpr] = []
    clocks: list[tuple[int, _Found]] = []
    for f in found:
        paragraph = bisect_right(line_starts, f.start) - 1
        text_ref = paragraph_ref.get(paragraph)
        value: Value = None
        anchor: str | None = None
        if f.reference == "none":
            value = f.value
        elif f.reference == "clock":
            clocks.append((len(out), f))
        elif f.reference in ("anaphoric", "anaphoric-weekday") and text_ref is not None:
            assert f.resolve is not None
            value = f.resolve(text_ref)
            if f.reference == "anaphoric-weekday":
                value = _nearest_weekday(text_ref, value, _parse_published(published))
            anchor = f"text:{text_ref.isoformat()}"
        elif doc_anchor is not None:
            assert f.resolve is not None
            value = f.resolve(doc_anchor)
            anchor = anchor_label
        if f.weekday is not None and doc_anchor is not None:
            value = _year_by_weekday(value, f.weekday, doc_anchor)
        if f.names_day and f.kind == "absolute":
            day = _value_day(value)
            if day is not None:
                paragraph_ref[paragraph] = day
        f.day = _value_day(value) if f.names_day else None
        out.append(TimeExpr(doc=doc_id, start=f.start, end=f.end, text=text[f.start:f.end], value=value,
                            precision=f.precision, anchor=anchor, kind=f.kind))

    _follow_appositions(found, out, text)
    if clocks:
        reference_at = _reference_before(found, _parse_published(published), _told_days(found, text))
        _attach_clocks(out, found, clocks, text, sentences, line_starts, paragraph_ref_at=reference_at,
                       doc_anchor=doc_anchor, anchor_label=anchor_label)
    return out


# A year-less date with a weekday ("Rabu (8/9)") read this close to the publication date is the
# recent day the report means even when the weekday does not fit it: a slip of the weekday or the
# number, which the text does not say how to mend ("Minggu (31/10)" on Monday 31 October).
WEEKDAY_SLIP_REACH_DAYS = 31
# ... and a year the weekday fits is taken only within this many days of the day read or of the
# publication: a weekday fits some year every few years, which tells nothing farther off.
WEEKDAY_YEAR_REACH_DAYS = 366


def _year_by_weekday(value: Value, weekday: int, published: date) -> Value:
    """The year of a year-less day and month written with a weekday. The year read from the
    reference (the nearest to it) stands when the weekday fits, and when the day is near the
    publication date (a slip). Farther off, the weekday tells the year: the year whose day falls
    on that weekday within a year of the publication, or first within a year of the day read when
    that day is itself farther off (read against a day its paragraph named). "Sabtu, 19 Oktober"
    in May 2025 is Saturday 19 October 2024, an old event; "Minggu (15/6)" in a June 2025 report,
    after a birth date of 2011 in its paragraph, is 15 June 2025. When no year fits, the date
    stays as read: the text slipped and no date is made up."""
    day = _value_day(value)
    if day is None or day.weekday() == weekday or abs((day - published).days) <= WEEKDAY_SLIP_REACH_DAYS:
        return value
    # a day read far from the publication (against a day the paragraph named) is first looked for
    # near that day: an old event told as one
    far = abs((day - published).days) > WEEKDAY_YEAR_REACH_DAYS
    for around in ((day, published) if far else (published,)):
        fitting = [d for y in (around.year - 1, around.year, around.year + 1)
                   if (d := _safe_date(y, day.month, day.day)) is not None and d.weekday() == weekday
                   and abs((d - around).days) <= WEEKDAY_YEAR_REACH_DAYS]
        if fitting:
            best = min(fitting, key=lambda d: (abs((d - around).days), d > around))
            assert isinstance(value, str)
            return best.isoformat() + value[10:]
    return value


def _follow_appositions(found: list[_Found], out: list[TimeExpr], text: str) -> None:
    """"hari ini, Kamis (25/1)": a day word followed by the day it names takes that day."""
    for i in range(len(found) - 1):
        f, g = found[i], found[i + 1]
        if f.reference != "deictic" or f.precision != "day" or f.names_day:
            continue
        if g.kind != "absolute" or g.day is None or text[f.end : g.start].strip(" ,") != "":
            continue
        if g.weekday is not None and g.day.weekday() != g.weekday:
            continue  # "kemarin, Minggu (31/10)" on Monday 31 October: the date slipped, the day word did not
        out[i].value = _iso_day(g.day)
        out[i].anchor = f"text:{g.day.isoformat()}"


def _nearest_weekday(ref: date, value: Value, published: date | None) -> Value:
    """A bare weekday after an explicit day in the same paragraph: the closest such day to it,
    never after publication."""
    day = _value_day(value)
    if day is None:
        return value
    ahead = day + timedelta(days=7)
    if (ahead - ref).days <= 3 and (published is None or ahead <= published):
        day = ahead
    return _iso_day(day)


# An earlier paragraph's day farther than this from the publication day is not the day of a
# later time of day: a birth date ("lahir 25 November 1995") or a law's date is named in passing.
CLOCK_DAY_REACH_DAYS = 31


_WORD = re.compile(r"[^\W\d_]+")


def _told_days(found: list[_Found], text: str) -> set[int]:
    """The ids of the days named right after a word of telling ("ujarnya, Selasa (10/6)"): the day
    someone told of the events (``told_day_words`` of timex.yaml)."""
    w = timex_words()
    if not w.told_day_words or w.told_day_reach <= 0:
        return set()
    told = set()
    for f in found:
        if f.day is None:
            continue
        window = text[max(0, f.start - 80):f.start]
        window = re.split(r"[.!?]\s|\n", window)[-1]  # within its own sentence (or line)
        before = _WORD.findall(window.lower())[-w.told_day_reach:]
        if w.told_day_words.intersection(before):
            told.add(id(f))
    return told


def _reference_before(found: list[_Found], published: date | None = None,
                      told: set[int] | None = None) -> Callable[[int, list[int]], date | None]:
    """The last day named before ``pos`` in its paragraph, else in an earlier paragraph (explicit
    days only). A time of day told without its day ("Peristiwa ini terjadi sekitar pukul 19.15
    WIB") is of the day the article last named: the lead names the event's day ("Rabu
    (8/1/2025) malam") and a later paragraph gives its hour; read against the publication day
    (the next morning) the hour moved to the wrong day and two outlets' times were never compared.
    A day of telling (``told``: "ditulis Jumat (19/5)") is taken only when the text named no day of
    the events before the time."""

    told_ids = told or set()

    def at(pos: int, line_starts: list[int]) -> date | None:
        paragraph = bisect_right(line_starts, pos) - 1
        # (in the paragraph, earlier) for days of the events, then for days of telling
        events: list[date | None] = [None, None]
        telling: list[date | None] = [None, None]
        for f in found:
            if f.start >= pos:
                break
            if f.kind == "absolute" and f.day is not None:
                kept = telling if id(f) in told_ids else events
                if bisect_right(line_starts, f.start) - 1 == paragraph:
                    kept[0] = f.day
                elif published is None or abs((f.day - published).days) <= CLOCK_DAY_REACH_DAYS:
                    kept[1] = f.day
        return events[0] or events[1] or telling[0] or telling[1]

    return at


def _attach_clocks(out: list[TimeExpr], found: list[_Found], clocks: list[tuple[int, _Found]], text: str,
                   sentences: list[tuple[int, int]] | None, line_starts: list[int],
                   paragraph_ref_at: Callable[[int, list[int]], date | None], doc_anchor: date | None,
                   anchor_label: str | None) -> None:
    """A time alone takes the day named in its sentence (a date, a weekday or a day word), else the
    paragraph's or document's day."""
    if sentences is None:
        sentences = split_sentences(text)
    # a day word of the sentence ("dipadamkan pada hari ini, sekitar pukul 16.00", "pukul 01.00 WIB
    # dini hari tadi") names the clock's day as a date does: the day it counts from publication
    days = {id(g): g.day for g in found if g.day is not None}
    for k, g in enumerate(found):
        if id(g) not in days and g.reference == "deictic" and g.precision == "day" and g.kind == "relative":
            day = _value_day(out[k].value)
            if day is not None:
                days[id(g)] = day
    for index, f in clocks:
        assert f.clock is not None
        sentence = next(((s, e) for s, e in sentences if s <= f.start < e), (f.start, f.end))
        same = [g for g in found if id(g) in days and sentence[0] <= g.start < sentence[1] and g is not f]
        same.sort(key=lambda g: (g.start > f.start, abs(g.start - f.start)))
        t = out[index]
        if same:
            g = same[0]
            t.value = _iso_minute(days[id(g)], *f.clock)
            partner = next(x for x in out if x.start == g.start and x.end == g.end)
            t.kind, t.anchor = partner.kind, partner.anchor
            continue
        ref = paragraph_ref_at(f.start, line_starts)
        if ref is not None:
            t.value, t.anchor = _iso_minute(ref, *f.clock), f"text:{ref.isoformat()}"
        elif doc_anchor is not None:
            t.value, t.anchor = _iso_minute(doc_anchor, *f.clock), anchor_label


def resolve_date(expression: str, anchor: date | datetime) -> TimeExpr | None:
    """The longest date expression in ``expression``, resolved as if published on ``anchor``:
    ``resolve_date("kemarin", date(2024, 11, 1)).value == "2024-10-31"``."""
    published = anchor.date().isoformat() if isinstance(anchor, datetime) else anchor.isoformat()
    found = find_dates("", expression, published)
    if not found:
        return None
    return max(found, key=lambda t: (t.end - t.start, -t.start))
