"""Names in a document: gazetteer matches merged with the statistical NER, roles, metonyms.

* ``match_gazetteer`` finds the names listed in ``lang/id/gazetteer.yaml`` with one compiled
  trie regex (abbreviations such as "AS" only as written, never the word "as").
* ``merge_mentions`` makes one non-overlapping list out of the model's and the gazetteer's
  mentions: the gazetteer wins on type and on boundaries, the model keeps the names the
  gazetteer does not know, after its typical boundary errors are fixed (a title swallowed
  into a PERSON span, punctuation at the edges).
* ``attach_roles`` fills ``Mention.role`` from the title written before a person's name
  ("Menteri Luar Negeri AS Antony Blinken") or after it as an apposition ("Lloyd Austin,
  Menteri Pertahanan AS"); the vocabulary is in ``lang/id/roles.yaml``. A body head's glued
  short form ("Kasatlantas", "Kalapas": roles.yaml ``body_head_prefixes`` and ``body_heads``)
  is a role, and ``body_head_spelt_out`` gives the office it stands for with the body written
  out. Capitalised words the model left between a rank and the name it tagged ("AKBP Fajar
  Rizki Akbar Siregar" tagged from "Rizki") open that name.
* ``mark_metonyms`` flags a capital or seat of power used as an actor ("Pyongyang
  membantah", "ancaman Kremlin") but not as a place ("di Pyongyang").
* ``annotate_entities`` runs all of the above; the extraction pipeline calls it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ceksilang.extract.numbers import number_words
from ceksilang.lang.letters import plain_letters
from ceksilang.ingest.metadata import dateline_end
from ceksilang.lang import (LanguageDataError, hyphen_particles, load_data, load_merged_data, load_merged_lines,
                            load_speech_verbs, load_stopwords)
from ceksilang.lang.translations import load_translations
from ceksilang.lang.word_frequencies import load_word_frequencies
from ceksilang.model import Mention
from ceksilang.text import (case_blind_key, ABBREVIATION_LANGUAGES, abbreviates, looks_lowercased, may_match_ignoring_case,
                            opens_sentence, phrases_by_first_word, phrases_by_last_word, trie_regex)

SECTION_TYPES: dict[str, str] = {
    "countries": "GPE",
    "regions": "GPE",
    "cities": "GPE",
    "seats": "ORG",
    "organisations": "ORG",
    "institutions": "ORG",
    "media": "ORG",
    "people": "PERSON",
    "places": "LOC",
}
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One real-world name: its canonical form, type, aliases, and what it can stand for."""

    name: str
    type: str  # PERSON | ORG | GPE | LOC
    aliases: tuple[str, ...]  # every form, the canonical name included
    stands_for: str | None = None  # canonical name of the government a seat stands for

    @property
    def id(self) -> str:
        return entity_id(self.type, self.name)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    by_name: dict[str, GazetteerEntry]  # canonical name -> entry
    exact_alias: dict[str, GazetteerEntry]  # alias exactly as written (and its variants)
    folded_alias: dict[str, GazetteerEntry]  # normalised alias (not for case-exact ones)
    common_words: frozenset[str]
    metonym_blockers: frozenset[str]
    gpe_cues: frozenset[str]
    # full names person_aliases.txt adds: they name their entry when a span is exactly one, but are not
    # searched in the text, where they would cut a longer name ("Putri Zulkifli Hasan")
    unsearched: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class RoleWords:
    heads: tuple[tuple[str, ...], ...]  # token sequences, lower case, longest first
    head_words: frozenset[str]
    inner: frozenset[str]
    connectors: frozenset[str]
    abbreviations: frozenset[str]
    not_in_role: frozenset[str]
    dotted_abbreviations: frozenset[str]  # "Jr", "dr", "Prof": a full stop that ends no sentence
    name_openers: frozenset[str] = frozenset()  # "Suami", "Warga": capitalised at a sentence start, not a name
    regional_heads: tuple[tuple[str, ...], ...] = ()  # "bupati", "kepala bpbd": a region follows them
    ranks: tuple[tuple[str, ...], ...] = ()  # "akbp", "kombes pol": between a role and the name
    place_cues: frozenset[str] = frozenset()  # "di", "polsek": a place or local body follows them
    relational_heads: tuple[tuple[str, ...], ...] = ()  # "juru bicara": held for a principal named after it
    role_bodies: tuple[tuple[tuple[str, ...], str], ...] = ()  # ("menteri",) -> "kementerian"
    # "kadis", "kasat": short forms of a head glued to a short form of the unit ("Kadispar", "Kasatreskrim")
    compound_head_prefixes: tuple[str, ...] = ()
    # "dan", "of": lower-case words inside a body's spelt-out name that its acronym skips
    acronym_skips: frozenset[str] = frozenset()
    # ``heads`` by their first word, each list in the order of ``heads`` (longest first): the
    # heads that can start at a word, so ``_head_at`` does not try every head of the table
    heads_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, hash=False, compare=False)
    # ``heads`` by their last word: whether a run of words ends with a head (``office_term_before``,
    # asked for every dated figure) tries only the heads that end with the run's last word
    heads_by_last: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, hash=False, compare=False)
    # ``heads`` as a set: whether a whole name is an office's ("Mendag"), asked once per copied name swap
    head_set: frozenset[tuple[str, ...]] = field(default=frozenset(), hash=False, compare=False)
    # "sains", "olahraga": the fields a ministry or office is named for, listed with commas inside
    # a role or a body's name ("Menteri Pendidikan Tinggi, Sains, dan Teknologi")
    portfolio_words: frozenset[str] = frozenset()
    # "dan", "serta": the word that closes such a comma list before its last part
    portfolio_list_closers: tuple[str, ...] = ()
    # "barat", "selatan": the second word of a region named after an administrative word
    # ("Kabupaten Bandung Barat"); any other second word may open the holder's name
    region_qualifiers: frozenset[str] = frozenset()
    # "hakim", "jaksa": titles held by a person, not an office with a portfolio or a region, so a
    # name follows them ("Hakim Ketua Teguh Harianto"; "Menteri Perindustrian Agus ..." has a field)
    personal_titles: frozenset[str] = frozenset()
    # "periode", "masa jabatan": a date right after an office and one of these is the holder's term
    # ("Menteri Perdagangan periode 2015-2016"), a former holder's, not the date of what the sentence tells
    term_words: tuple[tuple[str, ...], ...] = ()

    def compound_head(self, word: str) -> bool:
        """Whether ``word`` is a capitalised short form of a head glued to the short form of its
        unit ("Kadispar" = kadis + pariwisata, "Kasatlantas"): one word, a role head itself."""
        if not word[:1].isupper() or not word.isalpha() or word.isupper():
            return False
        low = word.lower()
        return any(low.startswith(p) and 2 <= len(low) - len(p) <= 8 for p in self.compound_head_prefixes)


@dataclass(frozen=True, slots=True)
class NameTypes:
    """Words that show a model's PERSON span is an organisation, a currency or a holiday."""

    organisation_last_words: frozenset[str]
    organisation_first_words: frozenset[str]
    currencies: frozenset[str]
    holidays: tuple[tuple[str, ...], ...]  # token sequences, lower case
    occasions: tuple[tuple[str, ...], ...] = ()  # "hari bhayangkara": a yearly occasion, no holiday; token sequences
    competitions: tuple[tuple[str, ...], ...] = ()  # "kualifikasi piala dunia", "rups": contests of many sides; token sequences
    competition_sides: tuple[tuple[str, ...], ...] = ()  # "timnas": the kind word before a side's country
    possessive_endings: tuple[str, ...] = ()  # longest first
    alias_cue_then_full: tuple[str, ...] = ()  # "sapaan akrab": "Mualem, sapaan akrab Muzakir Manaf"
    alias_full_then_cue: tuple[str, ...] = ()  # "akrab disapa": "Muzakir Manaf yang akrab disapa Mualem"
    alias_cue_refers_back: tuple[str, ...] = ()  # "sapaan akrabnya": the full name came before
    alias_full_or_addressed: frozenset[str] = frozenset()  # "atau": "Saifullah Yusuf atau Gus Ipul"
    name_prefixes: tuple[str, ...] = ()  # "I", "Anak Agung": part of the name before it, as written, longest first
    tradition_name_words: frozenset[str] = frozenset()  # "andi", "wayan": shared by many names, identify nobody
    description_openers: frozenset[str] = frozenset()  # "mantan": ends no name ("Razzi Mantan pemain ...")
    kinship_words: frozenset[str] = frozenset()  # "istri": a capitalised run right after it is a person
    regional_bodies: frozenset[str] = frozenset()  # "polda": the place right after it is part of the body's name
    given_name_heads: frozenset[str] = frozenset()  # "raja": a role head that is also a given name
    common_word_given_names: frozenset[str] = frozenset()  # "cut", "lalu": common words that open names
    # "akrab disapa", "nama panggung": the name right after one is a person's second name
    person_name_cues: tuple[str, ...] = ()
    # "pt", "tbk": a company's legal form, written or left out around its name
    legal_forms: frozenset[str] = frozenset()
    # "tbk", "(persero)": a legal form that closes a company's name
    closing_legal_forms: frozenset[str] = frozenset()
    # "bandara", "kabupaten": words that open the name of a place or building
    place_name_heads: frozenset[str] = frozenset()
    # the meN- prefix by a root's first letter, with the root letters it replaces: "c" -> ("men", 0)
    verb_prefix_forms: Mapping[str, tuple[str, int]] = field(default_factory=dict, hash=False, compare=False)

    def verb_form(self, root: str) -> str | None:
        """``root`` (lower case) with the meN- prefix ("cabut" -> "mencabut"), or None."""
        form = self.verb_prefix_forms.get(root[:1])
        return None if form is None else form[0] + root[form[1]:]


_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)  # linking and alias lookups ask for the same few thousand names again and again
def normalise_name(text: str) -> str:
    """Lower case, no diacritics (nor the letters a keyboard types plain: ``lang.letters``), hyphens and dots as
    spaces: "Kim Jong-un" -> "kim jong un", "Martin Ødegaard" -> "martin odegaard"."""
    text = plain_letters(text).replace("’", "'")
    text = re.sub(r"[-‐–.]", " ", text)
    return _SPACE.sub(" ", text).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(text).replace("'", "")).strip("-")


def entity_id(label: str, name: str) -> str:
    """A stable, readable id: "person:antony-blinken", "gpe:korea-utara"."""
    return f"{label.lower()}:{slug(name)}"


# kept by value: ``lookup_alias`` asks it of every phrase a reader weighs as a name (34,510 calls
# on the bench's 2,000 articles), each a scan of the phrase's letters
@lru_cache(maxsize=65_536)
def _is_case_exact(alias: str) -> bool:
    """Abbreviations and CamelCase names ("AS", "DK PBB", "McCarthy") match only as written."""
    if len(alias) <= 3:
        return True
    return any(any(c.isupper() for c in word[1:]) for word in alias.split())


def _case_variants(alias: str) -> set[str]:
    if _is_case_exact(alias):
        return {alias}
    title = " ".join(w[:1].upper() + w[1:] for w in alias.split(" "))
    return {alias, title, alias.upper()}


def _entry_from(raw: object, section: str) -> GazetteerEntry:
    if isinstance(raw, list) and raw and all(isinstance(a, str) for a in raw):
        name, aliases, label, stands_for = raw[0], raw, SECTION_TYPES[section], None
    elif isinstance(raw, dict) and isinstance(raw.get("name"), str):
        name = raw["name"]
        aliases = [name, *(raw.get("aliases") or [])]
        label = raw.get("type", SECTION_TYPES[section])
        stands_for = raw.get("stands_for")
    else:
        raise LanguageDataError(f"gazetteer.yaml: bad entry in {section}: {raw!r}")
    if label not in LABELS:
        raise LanguageDataError(f"gazetteer.yaml: {name}: unknown type {label!r}")
    return GazetteerEntry(name=name, type=label, aliases=tuple(dict.fromkeys(str(a) for a in aliases)),
                          stands_for=stands_for)


@lru_cache(maxsize=1)
def load_person_aliases() -> dict[str, tuple[str, ...]]:
    """``lang/id/person_aliases.txt``: a person's short name or nickname -> the full names news text
    pairs it with, most articles first ("Zulhas" -> ("Zulkifli Hasan",)). Built from unlabelled
    text by ``python -m ceksilang.lang.build_person_aliases``."""
    fulls: dict[str, list[str]] = {}
    for line in load_data("person_aliases"):
        short, sep, rest = line.partition("\t")
        full = rest.partition("\t")[0].strip()
        if not sep or not short.strip() or not full:
            raise LanguageDataError(f"person_aliases.txt: expected 'short<TAB>full<TAB>articles', got {line!r}")
        fulls.setdefault(short.strip(), []).append(full)
    return {short: tuple(names) for short, names in fulls.items()}


def _with_person_aliases(entries: list[GazetteerEntry]) -> tuple[list[GazetteerEntry], frozenset[str]]:
    """The gazetteer's entries with each short name of ``person_aliases.txt`` that stands for one full
    name only joined to that person: an alias of the person's entry, or a new person entry; and the
    full names so added. A short name the gazetteer already lists (for anyone) is left as it is."""
    listed = {alias for entry in entries for alias in entry.aliases}
    merged = list(entries)
    added: set[str] = set()
    for short, fulls in load_person_aliases().items():
        if len(fulls) != 1 or short in listed:
            continue
        full = fulls[0]
        at = next((i for i, e in enumerate(merged) if e.type == "PERSON" and full in e.aliases), None)
        if at is None:
            merged.append(GazetteerEntry(name=full, type="PERSON", aliases=(full, short), stands_for=None))
            added.add(full)
        else:
            entry = merged[at]
            merged[at] = GazetteerEntry(name=entry.name, type=entry.type, aliases=(*entry.aliases, short),
                                        stands_for=entry.stands_for)
        listed.update((full, short))
    return merged, frozenset(added)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """``lang/id/gazetteer.yaml`` as typed entries with alias indexes (cached), its people joined by
    the short names of ``person_aliases.txt``."""
    data = load_data("gazetteer")
    entries, unsearched = _with_person_aliases(
        [_entry_from(raw, section) for section in SECTION_TYPES for raw in data.get(section) or []])
    by_name: dict[str, GazetteerEntry] = {}
    for entry in entries:
        # the same name listed twice (a city also in "seats") keeps the first, fuller entry
        by_name.setdefault(entry.name, entry)
    exact: dict[str, GazetteerEntry] = {}
    folded: dict[str, GazetteerEntry] = {}
    for entry in by_name.values():
        for alias in entry.aliases:
            for variant in _case_variants(alias):
                exact.setdefault(variant, entry)
            if not _is_case_exact(alias):
                folded.setdefault(normalise_name(alias), entry)
    for entry in by_name.values():
        if entry.stands_for and entry.stands_for not in by_name:
            raise LanguageDataError(f"gazetteer.yaml: {entry.name} stands for unknown {entry.stands_for!r}")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return Gazetteer(
        entries=tuple(by_name.values()),
        by_name=by_name,
        exact_alias=exact,
        folded_alias=folded,
        common_words=frozenset(str(w) for w in data.get("common_words") or []),
        metonym_blockers=words("metonym_blockers"),
        gpe_cues=words("gpe_cues"),
        unsearched=unsearched,
    )


@lru_cache(maxsize=1)
def load_role_abbreviations() -> dict[str, str]:
    """``lang/id/role_abbreviations.yaml``: short forms of offices ("mentan", "kajari") -> the office."""
    data = load_data("role_abbreviations")
    if not isinstance(data, dict) or not all(isinstance(group, dict) for group in data.values()):
        raise LanguageDataError("role_abbreviations.yaml: each section must map a short form to an office")
    listed = {str(k).lower(): str(v).lower() for group in data.values() for k, v in group.items()}
    return _body_head_short_forms() | listed


def _body_head_short_forms() -> dict[str, str]:
    """The heads' short forms news glue to a regional body's name ("Kalapas" for the head of a Lapas,
    "Karutan", "Kadisdik"): each prefix of roles.yaml's ``body_head_prefixes`` before each of
    name_types.yaml's ``regional_bodies`` whose head holds that title (roles.yaml ``body_heads``: no
    "Kadprd", a DPRD has a ketua), standing for the head written out before the body ("kepala lapas"),
    so "ujar Kalapas" points to the person introduced as "Kepala Lapas ... X"."""
    return {short: f"{full} {body}" for short, (full, body, _) in _body_head_forms().items()}


@lru_cache(maxsize=1)
def _body_head_forms() -> dict[str, tuple[str, str, str]]:
    data = load_data("roles")
    prefixes = data.get("body_head_prefixes") or {}
    heads = data.get("body_heads") or {}
    regional = load_name_types().regional_bodies
    forms: dict[str, tuple[str, str, str]] = {}
    for short, full in prefixes.items():
        for body, spelt in (heads.get(full) or {}).items():
            body = str(body).lower()
            if body in regional:
                forms[f"{str(short).lower()}{body}"] = (str(full).lower(), body, str(spelt).lower())
    return forms


def body_head_spelt_out(short: str) -> str | None:
    """The office a body head's short form stands for with the body's name spelt out ("kalapas" -> "kepala
    lembaga pemasyarakatan"; roles.yaml ``body_heads``), None for any other word."""
    form = _body_head_forms().get(short.lower())
    return f"{form[0]} {form[2]}" if form is not None else None


@lru_cache(maxsize=1)
def load_role_words() -> RoleWords:
    """``lang/id/roles.yaml`` with ``lang/en/roles.yaml``'s lists joined: role heads, inner
    words, connectors (cached). One table serves both languages: their role words do not
    collide, and Indonesian articles quote English titles too. Every short form of
    ``role_abbreviations.yaml`` is a head as well ("Seskab Teddy")."""
    data = load_merged_data("roles", ("id", "en"))
    heads = sorted({tuple(str(h).lower().split()) for h in [*data["heads"], *load_role_abbreviations()]},
                   key=len, reverse=True)
    return RoleWords(
        heads=tuple(heads),
        head_words=frozenset(w for h in heads for w in h),
        heads_by_first=phrases_by_first_word(heads),
        heads_by_last=phrases_by_last_word(heads),
        head_set=frozenset(heads),
        inner=frozenset(str(w).lower() for w in data.get("inner") or []),
        connectors=frozenset(str(w).lower() for w in data.get("connectors") or []),
        abbreviations=frozenset(str(w) for w in data.get("abbreviations") or []),
        not_in_role=frozenset(str(w) for w in data.get("not_in_role") or []),
        dotted_abbreviations=frozenset(str(w).lower().rstrip(".")
                                       for w in load_merged_lines("abbreviations", ABBREVIATION_LANGUAGES)),
        name_openers=frozenset(str(w).lower() for w in data.get("name_openers") or []),
        regional_heads=_token_tuples([*(data.get("regional_heads") or []), *_body_head_short_forms()]),
        ranks=_ranks_with_corps(data.get("ranks"), data.get("rank_corps"), data.get("rank_forces")),
        place_cues=frozenset(str(w).lower() for w in data.get("place_cues") or []),
        relational_heads=_token_tuples(data.get("relational_heads")),
        role_bodies=tuple(sorted(((tuple(str(k).lower().split()), str(v).lower())
                                  for k, v in (data.get("role_bodies") or {}).items()),
                                 key=lambda kv: len(kv[0]), reverse=True)),
        compound_head_prefixes=tuple(str(w).lower() for w in data.get("compound_head_prefixes") or []),
        acronym_skips=frozenset(str(w).lower() for w in data.get("acronym_skips") or []),
        portfolio_words=frozenset(str(w).lower() for w in data.get("portfolio_words") or []),
        portfolio_list_closers=tuple(str(w).lower() for w in data.get("portfolio_list_closers") or []),
        region_qualifiers=frozenset(str(w).lower() for w in data.get("region_qualifiers") or []),
        personal_titles=frozenset(str(w).lower() for w in data.get("personal_titles") or []),
        term_words=_token_tuples(data.get("term_words")),
    )


OFFICE_FIELD_WORDS = 4  # capitalised words of an office's field or region between its head and its term
_YEAR = re.compile(r"(?:19|20)\d\d")
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _ends_with(lower: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> int:
    """The length of the longest of ``phrases`` that ``lower`` ends with, else 0."""
    return next((len(p) for p in phrases if len(p) <= len(lower) and tuple(lower[len(lower) - len(p):]) == p), 0)


def office_term_before(text_before: str, whole_years: bool, words: RoleWords | None = None) -> bool:
    """Whether a date right after ``text_before`` is the term of an office named just before it:
    a role head, at most ``OFFICE_FIELD_WORDS`` capitalised words of its field, then a term word
    ("Menteri Perdagangan periode 2015-2016", "masa jabatan"), or no term word when the date is
    years only (``whole_years``: "Mendag 2015-2016"; a day right after a name is when that person
    spoke). Such a date says when the holder held the office: it dates neither a figure nor an event."""
    words = words or load_role_words()
    if not text_before or re.search(r"[,;:()\[\]\"“”]\s*$", text_before):
        return False
    tokens = _TOKEN.findall(text_before[-160:])
    lower = [t.lower() for t in tokens]
    n = _ends_with(lower, words.term_words)
    if not n and not whole_years:
        return False
    end = len(tokens) - n
    for field in range(0, OFFICE_FIELD_WORDS + 1):
        i = end - field
        if i <= 0 or (field and not tokens[i][:1].isupper()):
            return False
        if _ends_with_head(lower, i, words) or words.compound_head(tokens[i - 1]):
            return True
    return False


def _ends_with_head(lower: Sequence[str], end: int, words: RoleWords) -> bool:
    """Whether the words ``lower[:end]`` end with a role head: only the heads ending with the word
    before ``end`` can (``heads_by_last``); the answer of ``_ends_with(lower[:end], words.heads)``."""
    for head in words.heads_by_last.get(lower[end - 1], ()) if end > 0 else ():
        n = len(head)
        if n <= end and tuple(lower[end - n:end]) == head:
            return True
    return False


def office_term_after(lower_after: Sequence[str], words: RoleWords | None = None) -> bool:
    """Whether the words right after a role (lower case) give its term, a term word or a year within
    ``OFFICE_FIELD_WORDS`` words ("menteri perdagangan periode 2015-2016"): a former holder."""
    words = words or load_role_words()
    near = list(lower_after[:OFFICE_FIELD_WORDS])
    return any(_YEAR.fullmatch(w) for w in near) or any(
        tuple(near[k:k + len(t)]) == t for t in words.term_words for k in range(len(near)))


def _ranks_with_corps(ranks: object, corps: object, forces: object) -> tuple[tuple[str, ...], ...]:
    """roles.yaml's ranks, and each rank that names no force of its own ("Kombes Pol", "Brigjen TNI")
    followed by a corps of ``rank_corps`` ("Kapten Cba"), longest first."""
    base = _token_tuples(ranks)
    corps_words = [c for (c,) in _token_tuples(corps)]
    force_words = {f for (f,) in _token_tuples(forces)}
    with_corps = [(*rank, c) for rank in base if rank[-1] not in force_words for c in corps_words]
    return tuple(sorted({*base, *with_corps}, key=len, reverse=True))


def _token_tuples(entries: object) -> tuple[tuple[str, ...], ...]:
    """Lower-case token sequences of a list of phrases, longest first."""
    if entries is None:
        return ()
    if not isinstance(entries, list):
        raise LanguageDataError(f"expected a list of phrases, got {type(entries).__name__}")
    return tuple(sorted({tuple(str(e).lower().split()) for e in entries if str(e).strip()}, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_name_types() -> NameTypes:
    """``lang/id/name_types.yaml``: the words that retype a model's PERSON span (cached)."""
    data = load_data("name_types")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return NameTypes(
        organisation_last_words=words("organisation_last_words"),
        organisation_first_words=words("organisation_first_words"),
        currencies=words("currencies"),
        holidays=tuple(tuple(str(h).lower().split()) for h in data.get("holidays") or []),
        occasions=tuple(tuple(str(h).lower().split()) for h in data.get("occasions") or []),
        competitions=tuple(tuple(str(h).lower().split()) for h in data.get("competitions") or []),
        competition_sides=tuple(tuple(str(h).lower().split()) for h in data.get("competition_sides") or []),
        possessive_endings=tuple(sorted((str(e) for e in data.get("possessive_endings") or []), key=len, reverse=True)),
        alias_cue_then_full=_phrases(data.get("alias_cue_then_full")),
        alias_full_then_cue=_phrases(data.get("alias_full_then_cue")),
        alias_cue_refers_back=_phrases(data.get("alias_cue_refers_back")),
        alias_full_or_addressed=words("alias_full_or_addressed"),
        name_prefixes=tuple(sorted({str(p) for p in data.get("name_prefixes") or []}, key=len, reverse=True)),
        tradition_name_words=words("tradition_name_words"),
        description_openers=words("description_openers"),
        kinship_words=words("kinship_words"),
        regional_bodies=words("regional_bodies"),
        given_name_heads=words("given_name_heads"),
        common_word_given_names=words("common_word_given_names"),
        person_name_cues=_phrases(data.get("person_name_cues")),
        legal_forms=words("legal_forms"),
        closing_legal_forms=words("closing_legal_forms"),
        place_name_heads=words("place_name_heads"),
        verb_prefix_forms=_verb_prefix_forms(data.get("verb_prefix_forms")),
    )


def _verb_prefix_forms(rows: object) -> dict[str, tuple[str, int]]:
    """``verb_prefix_forms`` rows as first letter -> (prefix, letters replaced)."""
    forms: dict[str, tuple[str, int]] = {}
    for row in rows or []:
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[0], list) and isinstance(row[2], int)):
            raise LanguageDataError(f"name_types.yaml: verb_prefix_forms: expected [letters, prefix, count], got {row!r}")
        for letter in row[0]:
            forms[str(letter).lower()] = (str(row[1]).lower(), row[2])
    return forms


def _phrases(entries: object) -> tuple[str, ...]:
    """Lower-case phrases, longest first (so "sapaan akrabnya" is tried before "sapaan")."""
    return tuple(" ".join(t) for t in _token_tuples(entries))


def no_name_word(word: str) -> bool:
    """A capitalised word that is no part of a person's name when it stands before one: a word
    news writes in lower case ("Pariwisata", "Sesaat", "Kepesertaan") or a role word ("Kepala"),
    unless it is also a given name or name particle (``common_word_given_names``: "Cut", "Lalu";
    ``given_name_heads``: "Raja"; ``tradition_name_words``: "Made", "Andi")."""
    low = word.lower()
    types = load_name_types()
    if not word[:1].isupper() or low in types.common_word_given_names or low in types.given_name_heads \
            or low in types.tradition_name_words:
        return False  # "Made Sudarsana": a Balinese birth-order name, whatever "made" is in English
    freq = load_word_frequencies()
    return (low in freq.counts and low not in freq.names) or low in load_role_words().head_words


def glued_body_length(words: Sequence[str], bodies: Collection[str] = ()) -> int:
    """How many opening words of a person's name are an organisation glued before it
    ("Tatadana Consulting Teja", "Jasa BPS Setianto", "Bapanas Sarwo Edhy"): the words up to the
    last one that marks a body -- an acronym of three or more capitals, a company or body word
    (``organisation_last_words``, ``organisation_first_words``), or the end of a run the
    gazetteer or the article (``bodies``) names as a body. 0 when no word does, when a word
    left after the cut is none of a name's, or when the name opens with a name particle ("I
    Gede", "Anak Agung"). The caller decides whether what is left is this person's name."""
    if len(words) < 2 or any(" ".join(words).startswith(p + " ") for p in load_name_types().name_prefixes):
        return 0
    types = load_name_types()
    company = types.organisation_last_words | types.organisation_first_words
    known = {b.lower() for b in bodies}

    def names_body(phrase: str) -> bool:
        entry = lookup_alias(phrase)
        return phrase.lower() in known or (entry is not None and entry.type == "ORG")

    cut = 0
    for i, word in enumerate(words[:-1]):
        acronym = word.isalpha() and word.isupper() and len(word) >= 3 and lookup_alias(word) is None
        if acronym or word.lower() in company or any(names_body(" ".join(words[j:i + 1])) for j in range(i + 1)):
            cut = i + 1
    rest = words[cut:]
    if not cut or not all(w[:1].isupper() and not w.isupper() and w.lower() not in company for w in rest):
        return 0
    return cut


def body_names_in(text: str, mentions: Sequence[Mention]) -> set[str]:
    """The bodies an article names: its ORG spans, a company's name without its legal form
    ("PT Sawit Jaya Abadi Tbk" -> "Sawit Jaya Abadi", as news writes it again), and the short
    forms it gives for them in brackets ("Badan Pangan Nasional (Bapanas)" -> "Bapanas"), which
    the model often leaves untagged where a person's name follows them."""
    legal = load_name_types().legal_forms
    names: set[str] = set()
    for m in mentions:
        if m.label != "ORG":
            continue
        names.add(m.text)
        words = m.text.split()
        while words and words[0].lower() in legal:
            words = words[1:]
        while words and words[-1].lower() in legal:
            words = words[:-1]
        if len(words) >= 2:
            names.add(" ".join(words))
        short = re.match(r"\s*\(([A-Z][A-Za-z]+)\)", text[m.end:m.end + 40])
        if short is not None and abbreviates(short.group(1), m.text):
            names.add(short.group(1))
    return names


def lookup_alias(text: str) -> GazetteerEntry | None:
    """The gazetteer entry a surface form names, if any ("Korut" -> Korea Utara)."""
    gaz = load_gazetteer()
    entry = gaz.exact_alias.get(text)
    if entry is None and not _is_case_exact(text):
        entry = gaz.folded_alias.get(normalise_name(text))
    return entry


# --------------------------------------------------------------------------- gazetteer matching


@lru_cache(maxsize=2)
def _gazetteer_regex(folded: bool) -> re.Pattern[str]:
    gaz = load_gazetteer()
    if folded:
        names = {
            alias.lower()
            for entry in gaz.entries
            for alias in entry.aliases
            if not _is_case_exact(alias) and alias not in gaz.common_words and alias not in gaz.unsearched
        }
        flags = re.IGNORECASE
    else:
        unsearched = {variant for alias in gaz.unsearched for variant in _case_variants(alias)}
        names = set(gaz.exact_alias) - unsearched
        if "" not in names:
            return re.compile(_opening_character_first(names) + r"(?![\w])")
        flags = 0
    return re.compile(r"(?<![\w])(?:" + trie_regex(names) + r")(?![\w])", flags)


def _opening_character_first(names: set[str]) -> str:
    r"""``(?<![\w])(?:<trie of names>)`` for a case-sensitive pattern, written so that ``re`` can skip
    to the characters that open a name: each of the trie's first branches starts with its character
    and asks the look-behind after it (``A(?<!\wA)...``), which is the same test of the character
    before. A pattern opening with a look-behind has no first character for ``re`` to look for, so
    it is tried at every position of the text. The branches keep the trie's order (sorted first
    characters, as ``trie_regex`` writes them), so the same name wins at each place. ``names`` holds
    no empty string (it would let the pattern match nothing)."""
    rests: dict[str, list[str]] = {}
    for name in names:
        rests.setdefault(name[0], []).append(name[1:])
    branches = [re.escape(first) + rf"(?<!\w{re.escape(first)})" + trie_regex(rests[first]) for first in sorted(rests)]
    return "(?:" + "|".join(branches) + ")"


def match_gazetteer(doc_id: str, text: str) -> list[Mention]:
    """Gazetteer names in ``text``, whole words, longest match first, non-overlapping."""
    gaz = load_gazetteer()
    folded = looks_lowercased(text)
    mentions: list[Mention] = []
    for m in _gazetteer_regex(folded).finditer(text):
        surface = m.group(0)
        if not surface:
            continue
        entry = gaz.exact_alias.get(surface) if not folded else lookup_alias(surface)
        if entry is None:
            continue
        if surface in gaz.common_words and opens_sentence(text, m.start()):
            continue
        mentions.append(Mention(doc=doc_id, start=m.start(), end=m.end(), text=surface,
                                label=entry.type, origin="gazetteer"))
    return mentions


# --------------------------------------------------------------------------- merging

_EDGE_JUNK = " \t\n\"“”‘’'«»()[]{},.;:!?–—-/|*"
_CLOSERS = {")": "(", "]": "["}  # closing bracket -> its opener
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")


def _strip_edges(m: Mention) -> Mention | None:
    text = m.text
    lead = len(text) - len(text.lstrip(_EDGE_JUNK))
    body = text.strip(_EDGE_JUNK)
    # a closing bracket whose opener is inside the name belongs to it: "PT Pertamina (Persero)"
    rest = text[lead + len(body):]
    if rest[:1] in _CLOSERS and body.count(_CLOSERS[rest[0]]) > body.count(rest[0]):
        body += rest[0]
    for ending in load_name_types().possessive_endings:
        stem = body[:-len(ending)]
        if body.endswith(ending) and stem[-1:].isalpha() and (m.label == "PERSON" or lookup_alias(stem)):
            body = stem  # "South Korea's" -> "South Korea"
            break
    # keep a final dot that belongs to an abbreviation or initial ("Jr.", "D.C.")
    if body and text[lead + len(body):].startswith(".") and re.search(r"(?:\b\w|Jr|Sr|\.\w)$", body):
        body += "."
    if not body or not any(c.isalpha() for c in body):
        return None
    if lead == 0 and len(body) == len(text):
        return m
    start = m.start + lead
    return Mention(doc=m.doc, start=start, end=start + len(body), text=body, label=m.label,
                   origin=m.origin, role=m.role, metonym=m.metonym, entity=m.entity)


def _head_at(tokens: Sequence[str], i: int, words: RoleWords) -> int:
    """Length (in tokens) of the role head starting at tokens[i], or 0."""
    low = tokens[i].lower()
    if low not in words.head_words:  # no head can start here; skips the scan
        return 1 if words.compound_head(tokens[i]) else 0
    # only the heads whose first word this is, longest first (the first word is matched already)
    for head in words.heads_by_first.get(low, ()):
        n = len(head)
        if i + n <= len(tokens) and all(tokens[i + k].lower() == head[k] for k in range(1, n)):
            return n
    return 0


_DASH = re.compile(r"\s[-–—]\s")


def _organisation_prefix(text: str) -> str | None:
    """The known organisation (up to 4 words) or acronym that opens ``text`` before a name of
    at least two capitalised words, or None."""
    words = text.split(" ")
    for n in range(min(4, len(words) - 2), 0, -1):
        rest = words[n:]
        if not rest[0][:1].isupper():
            continue
        prefix = " ".join(words[:n])
        entry = lookup_alias(prefix)
        acronym = n == 1 and len(prefix) > 1 and prefix.isupper() and prefix.isalpha()
        if (entry is not None and entry.type != "PERSON") or acronym:
            return prefix
    return None


@lru_cache(maxsize=1)
def _weekday_words() -> frozenset[str]:
    """Weekday names of ``timex.yaml``, lower case."""
    days = load_data("timex").get("weekdays") or {}
    return frozenset(str(w).lower() for spellings in days.values() for w in spellings)


# what follows a weekday (or a month) that dates the sentence: its date, in brackets or not
# (quotes.py stops its capitalised-run names at the same place)
DATE_AFTER_CALENDAR_WORD = re.compile(r"\s*,?\s*\(?\d")


def _trim_trailing_day(m: Mention, text: str | None) -> Mention:
    """"Gilang Ramadhan Selasa" before "(17/6/2025)" -> "Gilang Ramadhan": the comma before
    the day of the date was left out, and the model ran the day into the name."""
    if text is None or m.label != "PERSON" or " " not in m.text:
        return m
    head, last = m.text.rsplit(" ", 1)
    if (last.lower() not in _weekday_words() or not DATE_AFTER_CALENDAR_WORD.match(text, m.end)
            or " " not in head.strip()):
        return m
    return Mention(doc=m.doc, start=m.start, end=m.start + len(head), text=head, label=m.label, origin=m.origin,
                   role=m.role, metonym=m.metonym, entity=m.entity)


def _after_dateline(m: Mention, lead_at: int) -> Mention | None:
    """A model span that runs from the lead's dateline into the lead, cut where the lead starts:
    "Liputan6.com, JakartaKementerian Perdagangan (Kemendag) memastikan" is unglued with a space
    only, and the model reads "Jakarta Kementerian Perdagangan" as one place; the quote's speaker
    span then links to it. None when nothing of the span is left after the dateline. A span over
    the dateline's dash ("TRIBUNJAKARTA.COM - Sosok Adnan") is ``_trim_person_noise``'s, which reads
    the words after the dash as a person."""
    if not m.start < lead_at < m.end or _DASH.search(m.text, 0, lead_at - m.start):
        return m
    rest = m.text[lead_at - m.start:]
    start = lead_at + len(rest) - len(rest.lstrip())
    if not rest.strip():
        return None
    return Mention(doc=m.doc, start=start, end=m.end, text=rest.strip(), label=m.label, origin=m.origin,
                   role=m.role, metonym=m.metonym, entity=m.entity)


def _trim_person_noise(m: Mention) -> Mention:
    """"SuaraPesisir.com - Nurhayati" -> "Nurhayati"; "Suami Nurhayati" -> "Nurhayati"."""
    cut = 0
    dashes = list(_DASH.finditer(m.text))
    if dashes:
        cut = dashes[-1].end()
    openers = load_role_words().name_openers if (m.label == "PERSON" or dashes) else frozenset()
    while True:
        word = m.text[cut:].split(" ", 1)
        if len(word) == 2 and word[0].lower() in openers and word[1][:1].isupper():
            cut += len(word[0]) + 1
        else:
            break
    if m.label == "PERSON":
        # "Apindo Shinta W. Kamdani", "KPK Ali Fikri", "Bank Indonesia Perry Warjiyo": an
        # organisation's name or acronym glued before a person's name (the role word before it
        # was not in the span)
        while (prefix := _organisation_prefix(m.text[cut:])) is not None:
            cut += len(prefix) + 1
    end = len(m.text)
    if m.label == "PERSON":
        # "Wirawa dilansirCNNIndonesia.com": a lower-case word glued to capitals after the name
        # is the next words of the sentence, run together by the page
        glued = re.search(r" [a-z]+[A-Z]", m.text[cut:])
        if glued:
            end = cut + glued.start()
    if (cut == 0 and end == len(m.text)) or not m.text[cut:end].strip():
        return m
    return Mention(doc=m.doc, start=m.start + cut, end=m.start + end, text=m.text[cut:end],
                   label="PERSON" if dashes else m.label, origin=m.origin, role=m.role, metonym=m.metonym,
                   entity=m.entity)


def _trim_role_prefix(m: Mention) -> Mention:
    """"Menteri Luar Negeri AS Antony Blinken" tagged PERSON -> "Antony Blinken"."""
    words = load_role_words()
    spans = [(t.start(), t.end()) for t in _TOKEN.finditer(m.text)]
    tokens = [m.text[s:e] for s, e in spans]
    i = 0
    saw_head = False
    while i < len(tokens) - 1:
        n = _head_at(tokens, i, words)
        if n:
            saw_head = True
            i += n
            continue
        if not saw_head:
            break
        low = tokens[i].lower()
        if low in words.inner or low in words.connectors or tokens[i] in words.abbreviations or tokens[i] == ",":
            i += 1
            continue
        # a place or body named inside the title ("Korea Utara", "PBB")
        for n in (4, 3, 2, 1):
            if i + n < len(tokens):
                phrase = m.text[spans[i][0]:spans[i + n - 1][1]]
                entry = lookup_alias(phrase)
                if entry is not None and entry.type != "PERSON":
                    i += n
                    break
        else:
            break
    if not saw_head or i == 0 or i >= len(tokens):
        return m
    cut = spans[i][0]
    rest = m.text[cut:]
    if not rest[:1].isupper():
        return m
    return Mention(doc=m.doc, start=m.start + cut, end=m.end, text=rest, label=m.label, origin=m.origin,
                   role=m.role, metonym=m.metonym, entity=m.entity)


def _retype_person(m: Mention) -> Mention | None:
    """A model PERSON span that is an organisation becomes ORG; a currency or holiday is dropped.

    The CRF tags capitalised word pairs as people when the context looks like a name
    ("Kookmin Bank", "Yuan China", "Idul Fitri"); a one-word surname rule in linking would then
    attach them to real people of the story.
    """
    words = load_name_types()
    tokens = m.text.lower().split()
    if not tokens:
        return m
    if any(tuple(tokens[:len(h)]) == h for h in words.holidays):
        return None
    if degrees_only(m.text):
        return None  # "dr. Rudi Hadinata, M.Ked, Sp.OT": the model took a degree for a name
    if tokens[0] in words.currencies and len(tokens) >= 2:
        entry = lookup_alias(m.text.split(None, 1)[1])
        if entry is not None and entry.type in ("GPE", "LOC"):
            return None
    if len(tokens) >= 2 and (tokens[-1] in words.organisation_last_words
                             or tokens[0] in words.organisation_first_words):
        return Mention(doc=m.doc, start=m.start, end=m.end, text=m.text, label="ORG", origin=m.origin,
                       role=m.role, metonym=m.metonym, entity=m.entity)
    return m


def _split_bracket(m: Mention, text: str | None) -> list[Mention]:
    """"Zulkifli Hasan (Zulhas": a model PERSON span that ran into the short name in brackets after
    the name becomes the name and, when the bracket closes, the short name as a mention of its own
    (``find_name_aliases`` then ties the two). A body's span that stops inside its bracket
    ("Kementerian Kesehatan (Kemenkes", the model's tokens leave the ")" out) is cut the same way;
    one whose bracket closes inside it ("PT Pertamina (Persero)") is a name of its own and kept."""
    i = m.text.find("(")
    if i <= 0 or not m.text[:i].strip():
        return [m]
    if m.label != "PERSON" and m.text.count("(") <= m.text.count(")"):
        return [m]
    head = m.text[:i].rstrip()
    pieces = [Mention(doc=m.doc, start=m.start, end=m.start + len(head), text=head, label=m.label,
                      origin=m.origin, role=m.role, metonym=m.metonym, entity=m.entity)]
    inner_start = m.start + i + 1
    if text is not None and text[m.start:m.end] == m.text:
        close = text.find(")", inner_start, inner_start + 40)
        inner = text[inner_start:close] if close > inner_start else ""
        short = inner.strip()
        if short[:1].isupper() and len(short.split()) <= 2 and "(" not in short:
            s0 = inner_start + inner.index(short)
            pieces.append(Mention(doc=m.doc, start=s0, end=s0 + len(short), text=short, label=m.label,
                                  origin=m.origin))
    return pieces


_WORD_TOKEN = re.compile(r"[^\s()\[\],;:]+")


# id of a phrase list -> (the list, its phrases by first word in their order); the lists are the
# role words' tuples, loaded once, so an entry is built once per list
_PHRASES_BY_FIRST_WORD: dict[int, tuple[Sequence[tuple[str, ...]], dict[str, list[tuple[str, ...]]]]] = {}


def phrases_starting(phrases: Sequence[tuple[str, ...]], word: str) -> Sequence[tuple[str, ...]]:
    """The phrases that could start with ``word`` (lower case, no final dot), in list order."""
    entry = _PHRASES_BY_FIRST_WORD.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        if not all(phrases):  # an empty phrase matches anywhere: keep the list as it is
            return phrases
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            index.setdefault(phrase[0], []).append(phrase)
        if len(_PHRASES_BY_FIRST_WORD) >= 64:  # lists made on the fly must not pile up
            _PHRASES_BY_FIRST_WORD.clear()
        entry = _PHRASES_BY_FIRST_WORD[id(phrases)] = (phrases, index)
    return entry[1].get(word, ())


def one_word_rank(word: str, ranks: Sequence[tuple[str, ...]]) -> bool:
    """``(word,) in ranks`` for a lower-case ``word``, asked of the ranks that start with it: ``in``
    on the tuple compares with each of roles.yaml's 580 ranks, and the name and quote readers ask
    it of every capitalised word they weigh."""
    return (word,) in phrases_starting(ranks, word)


def _phrase_at(tokens: Sequence[str], i: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """Length of the first phrase of ``phrases`` (token tuples) that starts at tokens[i], or 0."""
    if i >= len(tokens):
        return 0
    # only the phrases whose first word is this token's can match: the rest are not tried
    for phrase in phrases_starting(phrases, tokens[i].lower().rstrip(".")):
        n = len(phrase)
        if i + n <= len(tokens) and all(tokens[i + k].lower().rstrip(".") == phrase[k] for k in range(n)):
            return n
    return 0


def rank_length(tokens: Sequence[str], i: int) -> int:
    """How many of ``tokens`` from ``i`` on are one rank of roles.yaml ("Kombes Pol" is 2,
    "AKBP" 1), or 0."""
    return _phrase_at(tokens, i, load_role_words().ranks)


def _regional_role_before(text: str, pos: int, words: RoleWords, any_role: bool = False,
                          region_unwritten: bool = False) -> bool:
    """True when a role that names its region ("Bupati", "Kepala BPBD", "Kapolres"), or with
    ``any_role`` any role ("Juru bicara"), stands right before ``pos``, with only capitalised
    words, acronyms, brackets or role words between. With ``region_unwritten`` the role has not
    written its region yet: no comma and no capitalised word but acronyms, ranks and role words
    between ("Bupati | Bima ..."; in "Kasat Lantas Polres Karang Anyar, Iptu | Bima Sakti" the
    region is Karang Anyar, so "Bima" after the rank is the holder's first name)."""
    window = text[max(0, pos - 100):pos]
    stop = max(window.rfind(c) for c in ("\n!?\"“”,;:" if region_unwritten else "\n!?\"“”"))
    dot = window.rfind(". ")
    window = window[max(stop, dot) + 1:]
    tokens = _WORD_TOKEN.findall(window)[-10:]
    bodies = load_name_types().regional_bodies
    for i in range(len(tokens)):
        n = _head_at(tokens, i, words) if any_role else _phrase_at(tokens, i, words.regional_heads)
        if not n:
            # "Kepala Dinkes", "Ketua Bawaslu", "Kepala Puskesmas": a role head over a body that
            # serves a region heads that region's office as "Kepala Dinas" does
            head = _head_at(tokens, i, words)
            n = head + 1 if head and i + head < len(tokens) and tokens[i + head].lower() in bodies else 0
        if not n:
            continue
        between = tokens[i + n:]
        if all((t.isupper() or _head_at([t], 0, words) if region_unwritten else t[:1].isupper())
               or t.lower() in words.inner or t.lower() in words.connectors
               or _phrase_at([t], 0, words.ranks) for t in between):
            return True
    return False


def _used_as_place(phrase: str, next_word: str, text: str, m: Mention, places: Sequence[Mention],
                   words: RoleWords) -> bool:
    """Whether the words that open a PERSON span name a place or local body: a gazetteer place or
    body, a place or organisation mention elsewhere that holds them, or the same words elsewhere in
    the text after a place word ("Polsek Johar Baru", "di Lembah Hijau") and not followed by the
    rest of the name."""
    entry = lookup_alias(phrase)
    if entry is not None and entry.type != "PERSON":
        return True
    opening = phrase.split()
    if len(opening) == 2 and opening[0].lower() in load_gazetteer().gpe_cues and opening[1][:1].isupper():
        return True  # "Kabupaten Temanggung", "Desa Sukamaju": an administrative word names a place
    pattern = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")
    for p in places:
        if p.label != "PERSON" and not (p.start < m.end and m.start < p.end) and pattern.search(p.text):
            return True
    # not role heads: a name follows those; a body that serves a region is followed by the region
    cues = words.place_cues | load_gazetteer().gpe_cues | load_name_types().regional_bodies
    for hit in pattern.finditer(text):
        if m.start <= hit.start() < m.end:
            continue
        after = text[hit.end():hit.end() + len(next_word) + 1].strip()
        if after.startswith(next_word):
            continue  # the whole name again, not the place alone
        before = re.findall(r"[\w.]+", text[max(0, hit.start() - 30):hit.start()])
        if before and before[-1].lower().rstrip(".") in cues:
            return True
    return False


def _last_word_of_body(person: Mention, run_start: int, text: str, mentions: list[Mention]) -> bool:
    """Whether a one-word PERSON span right after a body's name is the name's last word: the
    run opens a sentence or line (no role or title before it that a holder's name would follow),
    and no other PERSON span of the text holds the word."""
    if " " in person.text.strip() or not person.text[:1].isupper():
        return False
    before = text[:run_start].rstrip(" \t")
    if before and before[-1] not in ".!?\n\"”:":
        return False
    word = person.text.lower()
    return not any(m.label == "PERSON" and m is not person and word in m.text.lower().split() for m in mentions)


def _organisation_before_person(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Pusat Penanggulangan Disinformasi Ukraina Andriy Kovalenko": the capitalised run right
    before a person's name that opens with an organisation word (``organisation_first_words``,
    after any role head) is an organisation of its own; the places inside it ("Ukraina") are
    part of its name."""
    first_words = load_name_types().organisation_first_words
    words = load_role_words()
    out = list(mentions)
    for p in [m for m in mentions if m.label == "PERSON"]:
        window = text[max(0, p.start - 120):p.start]
        base = p.start - len(window)
        tokens = list(re.finditer(r"[\w.&'’-]+", window))
        run: list[re.Match[str]] = []
        for t in reversed(tokens):
            gap = window[t.end():run[0].start()] if run else window[t.end():]
            if gap not in (" ", "") or not (t.group()[:1].isupper() or case_blind_key(t.group()) in words.connectors):
                break
            run.insert(0, t)
        names = [t.group() for t in run]
        start = next((i for i, w in enumerate(names) if w.lower() in first_words), None)
        if start is None or len(names) - start < 2 or names[-1].lower() in words.connectors:
            continue
        if _phrase_at(names, len(names) - 1, words.ranks) or names[-1].isupper():
            continue  # "... Polri AKBP Nama": the run ends in a rank or acronym that the role keeps
        s0, e0 = base + run[start].start(), base + run[-1].end()
        if any(m.label == "PERSON" and m.start < e0 and s0 < m.end for m in out if m is not p):
            continue
        if start == 0 and _last_word_of_body(p, run[0].start() + base, text, mentions):
            # "Direktorat Jenderal Perhubungan Udara mengatakan": no role opens the run and the
            # one word tagged a person is named nowhere else as one; it ends the body's name
            e0 = p.end
        out = [m for m in out if not (s0 <= m.start and m.end <= e0)]
        out.append(Mention(doc=p.doc, start=s0, end=e0, text=text[s0:e0], label="ORG", origin="rule"))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


# A word news writes in lower case this often or more is no rare given name ("Utama", "Proyek",
# "Kacamata": 82); rarer ones may be ("Boyke": 11, lower-cased in the lower-case texts the counts
# also read).
COMMON_WORD_MIN_COUNT = 50


def _common_or_role_word(word: str) -> bool:
    low = word.lower()
    freq = load_word_frequencies()
    return low in load_role_words().head_words or (freq.counts.get(low, 0) >= COMMON_WORD_MIN_COUNT
                                                    and low not in freq.names)


def _person_after_closing_legal_form(text: str, mentions: list[Mention]) -> list[Mention]:
    """"PT Merdeka Gold Resources Tbk Boyke P." (ORG) + "Abidin" (PERSON): a legal form that
    closes a company's name ("Tbk", "(Persero)") ends the body; the capitalised words the model
    ran into it after that form, none a common or role word, are the first names of the person
    written right after them (or, with no person tagged there, a person of their own when two or
    more such words follow)."""
    closing = load_name_types().closing_legal_forms
    if not closing:
        return mentions
    out = list(mentions)
    for org in [m for m in mentions if m.label == "ORG" and m.origin != "gazetteer"]:
        words = list(re.finditer(r"\S+", org.text))
        cut = next((i for i, w in enumerate(words[:-1]) if case_blind_key(w.group()) in closing), None)
        if cut is None:
            continue
        rest = [w.group() for w in words[cut + 1:]]
        if not all(re.fullmatch(r"[A-Z]\.", w) or (w[:1].isupper() and not _common_or_role_word(w.rstrip(".,")))
                   for w in rest):  # an initial ("P.") is a name's word
            continue
        body_end = org.start + words[cut].end()
        name_start = org.start + words[cut + 1].start()
        after = next((m for m in out if m.label == "PERSON" and m.start == org.end + 1
                      and text[org.end:m.start] == " "), None)
        if after is None and len(rest) < 2:
            continue
        name_end = after.end if after is not None else org.end
        out = [m for m in out if m is not org and m is not after]
        out.append(Mention(doc=org.doc, start=org.start, end=body_end, text=text[org.start:body_end], label="ORG",
                           origin=org.origin))
        out.append(Mention(doc=org.doc, start=name_start, end=name_end, text=text[name_start:name_end],
                           label="PERSON", origin="rule"))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _body_with_its_region(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Polda" (ORG) + "Bali" (GPE): a body of the state named after the region it serves
    (``name_types.yaml`` regional_bodies) takes the place written right after it into its name,
    so "Polda Bali" and "Polda Metro Jaya" are two bodies, not one "Polda"."""
    bodies = load_name_types().regional_bodies
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and m.label in ("GPE", "LOC") \
                and text[prev.end:m.start] == " " and prev.text.split()[-1].lower() in bodies:
            out[-1] = Mention(doc=prev.doc, start=prev.start, end=m.end, text=text[prev.start:m.end], label="ORG",
                              origin="rule")
            continue
        out.append(m)
    return out


def _body_place_then_person(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Dinas Kesehatan Bandar Lampung Desti" (ORG) + "Mega" (PERSON) + "Putri": a body's name
    that ends in a known place and runs on into one or two capitalised words right before a person
    took the first words of that person's name. The body ends with the place; the words after it,
    the person and the capitalised words glued after them are the holder's name. The same holds
    for a place span ("Kabupaten Temanggung Totok" + "Nursetyanto") after a body's name."""
    words = load_role_words()
    cues = load_gazetteer().gpe_cues
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.label not in ("ORG", "LOC", "GPE") or m.origin == "gazetteer" or nxt is None \
                or nxt.label != "PERSON" or text[m.end:nxt.start] != " " or text[m.start:m.end] != m.text:
            out.append(m)
            i += 1
            continue
        spans = [(t.start(), t.end()) for t in _WORD_TOKEN.finditer(m.text)]
        tokens = [m.text[a:b] for a, b in spans]
        cut = None
        for k in (len(tokens) - 1, len(tokens) - 2):  # one or two name words after the place
            rest = tokens[k:]
            if k < 2 or not all(t[:1].isupper() and not t.isupper() and t.isalpha()
                                and t.lower() not in words.head_words for t in rest):
                continue
            if lookup_alias(" ".join(rest)) is not None:
                continue
            place = lookup_alias(tokens[k - 1])
            # "Kabupaten Temanggung Totok" + "Nursetyanto": an administrative word ("kabupaten")
            # and one word make a place the gazetteer need not know
            administrative = k == 2 and tokens[0].lower() in cues
            if (place is not None and place.type in ("GPE", "LOC")) or administrative:
                cut = k
                break
        if cut is None:
            out.append(m)
            i += 1
            continue
        body_end = m.start + spans[cut - 1][1]
        person_start = m.start + spans[cut][0]
        person_end = nxt.end
        for tail in re.finditer(r" ([A-Z][a-z]+)", text[person_end:person_end + 60]):
            if tail.start() != person_end - nxt.end or case_blind_key(tail.group(1)) in words.head_words:
                break
            person_end = nxt.end + tail.end()
        out.append(Mention(doc=m.doc, start=m.start, end=body_end, text=text[m.start:body_end], label=m.label,
                           origin=m.origin))
        out.append(Mention(doc=m.doc, start=person_start, end=person_end, text=text[person_start:person_end],
                           label="PERSON", origin="rule"))
        i += 2
    return out


def _person_after_rank(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Kasi Humas Polresta Bogor Kota Iptu Eko Agus" tagged as one place or body: a police or
    military rank (``roles.yaml`` ranks) is only ever written before a person's name, so the
    capitalised words after a rank inside a model's place or body span are a person, and the
    words before it their role and workplace. A person the model tagged right after the span
    ("... Iptu Eko" + "Agus") is the rest of the same name."""
    words = load_role_words()
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if m.label == "PERSON" or m.origin == "gazetteer" or text[m.start:m.end] != m.text:
            out.append(m)
            i += 1
            continue
        spans = [(t.start(), t.end()) for t in _WORD_TOKEN.finditer(m.text)]
        tokens = [m.text[a:b] for a, b in spans]
        cut = 0
        for k in range(len(tokens) - 1):
            n = _phrase_at(tokens, k, words.ranks)
            if n and k + n < len(tokens):
                cut = k + n
        rest = tokens[cut:]
        # "AKP I Nengah Jeffry": a one-letter word is part of a Balinese name; acronyms are not names
        if not cut or not all(t[:1].isupper() and t.isalpha() and not (t.isupper() and len(t) > 1) for t in rest) \
                or any(_phrase_at([t], 0, words.ranks) or t.lower() in words.head_words for t in rest):
            out.append(m)
            i += 1
            continue
        end = m.end
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.label == "PERSON" and text[m.end:nxt.start] == " " \
                and nxt.origin != "gazetteer" and nxt.text[:1].isupper():
            end, i = nxt.end, i + 1  # "Iptu Eko" + "Agus": one name the model cut in two
        # the rank's own words ("AKP", "Kombes Pol") belong to neither the body nor the name
        rank_first = next(k for k in range(cut) if _phrase_at(tokens, k, words.ranks) + k == cut)
        body_end = m.start + (spans[rank_first - 1][1] if rank_first else 0)
        if rank_first:
            out.append(Mention(doc=m.doc, start=m.start, end=body_end, text=text[m.start:body_end], label=m.label,
                               origin=m.origin))
        start = m.start + spans[cut][0]
        out.append(Mention(doc=m.doc, start=start, end=end, text=text[start:end], label="PERSON", origin="rule"))
        i += 1
    return out


def _person_after_named_body(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Kasi Humas Polres Dompu Zuharis" with "Polres Dompu Zuharis" tagged one body: a model's
    place or body span that is a body the article also names on its own ("Polres Dompu"), or
    that opens with a role or a noun introducing a person ("Pedagang Pasar Kartasura Suyamti"),
    and then one to three capitalised words the article tags as a person on their own elsewhere
    ("kata Zuharis") is that body and that person. Two or three such words whose first the article
    tags alone as a person ("Direktur Utama PT Pegadaian Damar Latri Setiawan ... ujar Damar") are
    a full name after the body as well: the model often tags only the short form a cue uses."""
    bodies = {m.text for m in mentions if m.label in ("ORG", "LOC", "GPE")}
    persons = {m.text for m in mentions if m.label == "PERSON"}
    words = load_role_words()

    def introduces(head: str) -> bool:
        # the article names the body alone, or the span opens with a role or a noun that
        # introduces a person ("Pedagang Pasar Kartasura Suyamti")
        first = head.split(" ")[0].lower()
        return head in bodies or first in words.head_words or first in words.name_openers
    def person_named(rest: list[str]) -> bool:
        # the words are a person the article tags alone, or a full name whose first word it tags
        # alone and that is no common or role word ("Utama", "Syariah")
        return " ".join(rest) in persons or (2 <= len(rest) <= 3 and rest[0] in persons
                                             and not _common_or_role_word(rest[0]))
    out: list[Mention] = []
    for m in mentions:
        if m.label == "PERSON" or m.origin == "gazetteer" or text[m.start:m.end] != m.text:
            out.append(m)
            continue
        parts = m.text.split(" ")
        cut = next((k for k in range(len(parts) - 1, max(0, len(parts) - 4), -1)
                    if introduces(" ".join(parts[:k])) and person_named(parts[k:])
                    and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in parts[k:])), None)
        if cut is None:
            out.append(m)
            continue
        head = " ".join(parts[:cut])
        start = m.start + len(head) + 1
        out.append(Mention(doc=m.doc, start=m.start, end=m.start + len(head), text=head, label=m.label,
                           origin=m.origin))
        out.append(Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end], label="PERSON", origin="rule"))
    return out


def _without_description_opener(m: Mention) -> Mention:
    """"Razzi Mantan" of "kata Razzi Mantan pemain Arema FC ini": a word that opens a description
    of someone ("mantan", "calon") ends no person's name; the model ran the name on into it."""
    words = m.text.split()
    if m.label != "PERSON" or len(words) < 2 or words[-1].lower() not in load_name_types().description_openers:
        return m
    kept = m.text[:len(m.text) - len(words[-1])].rstrip()
    return Mention(doc=m.doc, start=m.start, end=m.start + len(kept), text=kept, label=m.label, origin=m.origin)


_FIRST_NAME_AT_SENTENCE_START = re.compile(r"(?:^|\n|[a-z][.!?][\"”’)]?(?P<space>[ ]?))(?P<word>[A-Z][a-z]+) $")


def _with_glued_first_name(m: Mention, text: str) -> Mention:
    """"... belum jatuh tempo untuk dilunasi. Mohamad Agus Setiawan, Corporate Secretary": the
    model leaves a first name opening a sentence out of the person's span (more so when the
    scraper glued the full stop to it); the capitalised word opening the sentence right before
    the person is given back unless it is a role, an opener, a function word or a known alias."""
    if m.label != "PERSON" or m.origin == "gazetteer":
        return m
    first = _FIRST_NAME_AT_SENTENCE_START.search(text[max(0, m.start - 40):m.start])
    if first is None:
        return m
    word = first.group("word")
    words = load_role_words()
    if word.lower() in words.head_words or word.lower() in words.name_openers or lookup_alias(word) is not None \
            or word.lower() in load_stopwords():
        return m  # "Jakarta.Presiden Joko Widodo": a role; "Namun Agus": a function word
    if first.group("space") != "" and load_translations().english(word):
        return m  # "Wartawan Oleksandr Hrytsenko": a common noun (glued, "dilunasi.Rahmat" is a name)
    start = m.start - len(word) - 1
    return Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end], label=m.label, origin=m.origin)


def _split_region_and_person(m: Mention, text: str, places: Sequence[Mention]) -> list[Mention]:
    """"Bupati Lombok Timur Haerul Warisin" with the whole "Lombok Timur Haerul Warisin" tagged a
    place: after a regional role, a model place or body span whose opening words are a place
    (``_used_as_place``) and whose rest is two or more capitalised words is the region and the
    holder's name; one word is enough after a regional role and a place the gazetteer knows
    ("Gubernur Jawa Tengah Rustriningsih"). No cut falls inside a known name."""
    if m.label == "PERSON" or m.origin == "gazetteer" or text[m.start:m.end] != m.text:
        return [m]
    words = load_role_words()
    spans = [(t.start(), t.end()) for t in _WORD_TOKEN.finditer(m.text)]
    tokens = [m.text[a:b] for a, b in spans]
    if len(tokens) < 2:
        return [m]
    regional = _regional_role_before(text, m.start, words)
    if not regional and not _regional_role_before(text, m.start, words, any_role=True):
        return [m]
    if len(tokens) == 2:
        return _split_region_and_one_word_name(m, text, places, tokens, spans) if regional else [m]
    # a naming tradition's shared word ("I", "Ni", "Wayan", "Andi") opens a name and ends no place
    # the gazetteer does not know: "Bali I Wayan Sumarajaya" is Bali and I Wayan Sumarajaya, never
    # "Bali I Wayan" and Sumarajaya; "Kejaksaan Agung Harli Siregar" is still the body and the name
    tradition = load_name_types().tradition_name_words
    for k in range(min(3, len(tokens) - 1), 0, -1):
        rest = tokens[k:]
        if not all(t[:1].isupper() and (not t.isupper() or t.lower() in tradition) and t.isalpha() for t in rest):
            continue
        if lookup_alias(" ".join(rest)) is not None and lookup_alias(" ".join(rest)).type != "PERSON":
            continue
        phrase = m.text[:spans[k - 1][1]]
        known = _known_region(phrase)
        if tokens[k - 1].lower() in tradition and (known is None or known.type == "PERSON"):
            continue  # ...unless the words up to it are a known place or body ("Kejaksaan Agung")
        longer = lookup_alias(m.text[:spans[k][1]])
        if longer is not None and longer.type != "PERSON":
            continue  # "Jawa Tengah Rustriningsih": the cut would fall inside the place's name
        if len(rest) < 2 and (known is None or known.type == "PERSON" or not regional):
            continue  # a one-word name only after a regional role and a known place
        # after any role, a known place or body ("Juru bicara Pentagon Pat Ryder"); after a
        # regional role, also words the article uses as a place elsewhere
        if (known is not None and known.type != "PERSON") or (
                regional and _used_as_place(phrase, tokens[k], text, m, places, words)):
            cut = spans[k][0]
            label = known.type if known is not None and known.type in LABELS else m.label
            region = Mention(doc=m.doc, start=m.start, end=m.start + len(phrase), text=phrase, label=label,
                             origin=m.origin)
            person = Mention(doc=m.doc, start=m.start + cut, end=m.end, text=m.text[cut:], label="PERSON",
                             origin=m.origin)
            return [region, person]
    return [m]


@lru_cache(maxsize=1)
def _places_within() -> frozenset[str]:
    """Every place the gazetteer's ``within`` table names (provinces and the regencies and cities in
    them: "Bojonegoro", "Sleman"), in lower case: places the alias table need not list."""
    table = load_data("gazetteer").get("within") or {}
    if not isinstance(table, dict):
        raise LanguageDataError("gazetteer.yaml: 'within' must map a place to the places inside it")
    return frozenset(str(n).lower() for outer, inner in table.items() for n in (outer, *(inner or [])))


def _written_alone_after_role(word: str, next_word: str, text: str, m: Mention, mentions: Sequence[Mention],
                              words: RoleWords) -> bool:
    """Whether the article writes ``word`` elsewhere right after a role head or a place cue ("Dirut
    Bulog", "di Bulog") without ``next_word`` after it, and never alone as a person: tagged a person
    on its own, or next to a speech verb or a source word ("Menurut Purbaya", "Purbaya mengatakan"),
    as a holder named short after the role ("Menteri Purbaya") also is. Then it is the word of a
    post's body or place, not a given name."""
    cues = words.head_words | words.place_cues
    speech = load_speech_verbs()
    body_like = False
    for hit in re.finditer(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])", text):
        if m.start <= hit.start() < m.end or text[hit.end():].lstrip(" ").startswith(next_word):
            continue
        if any(p.label == "PERSON" and p.start <= hit.start() < p.end for p in mentions):
            if any(p.label == "PERSON" and p.start == hit.start() and p.end == hit.end() for p in mentions):
                return False
            continue
        before = re.findall(r"[\w.]+", text[max(0, hit.start() - 30):hit.start()])
        after = re.match(r"[ \t]+([\w\-]+)", text[hit.end():hit.end() + 30])
        if (before and (speech.cue(before[-1]) or speech.source_cue(before[-1]))) \
                or (after is not None and speech.cue(after.group(1))):
            return False
        if before and before[-1].lower().rstrip(".") in cues and text[hit.start() - 1:hit.start()] == " ":
            body_like = True
    return body_like


def _word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` with only blanks between, or ""."""
    before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, pos - 40):pos])
    return before.group(1) if before is not None else ""


def _place_written_before(text: str, pos: int) -> bool:
    """Whether the word right before ``pos`` (a space between) is a place the gazetteer knows, by its aliases or
    its ``within`` table ("Wali Kota Bogor | Bima Arya")."""
    word = _word_before(text, pos)
    if not word[:1].isupper():
        return False
    entry = lookup_alias(word)
    return (entry is not None and entry.type in ("GPE", "LOC")) or word.lower() in _places_within()


def _split_post_from_person(m: Mention, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """"Kasi Kesiapsiagaan BPBD Bojonegoro Suhadi" or "Direktur Bulog Budi Waseso (Buwas)" with the
    post's place or body and the holder's name tagged as one person: right after a role (only
    capitalised words, acronyms or ranks between, no comma before the span), the span's first word is the place or body of the
    post, not the holder's first name, when the gazetteer knows it as a place (its aliases or its
    ``within`` table; one name word after it is then enough) or the article writes it elsewhere alone
    right after a role head or a place cue (``_written_alone_after_role``; two or more name words must
    follow). A naming tradition's word ("Andi", "I") and a name the gazetteer knows whole stay. A place
    is not cut when a place is written right before it (the post's place given already: "Wali Kota Bogor
    Bima Arya"), nor a place only the ``within`` table lists (such names are often given names too:
    "Bima", "Setiabudi") unless the role before names its region ("Bupati Bima", "BPBD Bojonegoro")."""
    if m.label != "PERSON" or m.origin == "gazetteer" or text[m.start:m.end] != m.text:
        return [m]
    spans = [(t.start(), t.end()) for t in _WORD_TOKEN.finditer(m.text)]
    tokens = [m.text[a:b] for a, b in spans]
    if len(tokens) < 2:
        return [m]
    first, rest = tokens[0], tokens[1:]
    words = load_role_words()
    if not (first[:1].isupper() and first.isalpha()) or first.lower() in load_name_types().tradition_name_words \
            or first.lower() in words.head_words:
        return [m]
    if not all(t[:1].isupper() and t.isalpha() and not t.isupper() and not no_name_word(t) for t in rest):
        return [m]
    if lookup_alias(m.text) is not None or not _regional_role_before(text, m.start, words, any_role=True):
        return [m]
    if text[:m.start].rstrip(" \t").endswith(","):
        return [m]  # "Menteri Pertahanan Israel, Israel Katz": a name set off by a comma is written whole
    known = lookup_alias(first)
    if known is not None and known.type == "PERSON":
        return [m]
    listed = (known is not None and known.type in ("GPE", "LOC")) or first.lower() in _places_within()
    if listed and _place_written_before(text, m.start):
        return [m]  # "Wali Kota Bogor Bima Arya": the post's place is written already; the next word is the name's
    if listed and known is None and not (_regional_role_before(text, m.start, words, region_unwritten=True)
                                         or _word_before(text, m.start).lower() in load_name_types().regional_bodies):
        return [m]  # "Wamendagri Bima Arya": a place only the `within` table lists ("Bima", also a given name)
        #             is the post's place only after a post or body that names its region ("Bupati Bima ...")
    if not listed and (len(rest) < 2 or not _written_alone_after_role(first, rest[0], text, m, mentions, words)):
        return [m]
    label = "ORG" if not listed else (known.type if known is not None else "GPE")
    cut = spans[1][0]
    return [Mention(doc=m.doc, start=m.start, end=m.start + spans[0][1], text=first, label=label, origin="rule"),
            Mention(doc=m.doc, start=m.start + cut, end=m.end, text=m.text[cut:], label="PERSON", origin=m.origin)]


def _split_person_before_role(m: Mention) -> list[Mention]:
    """"Dino Andalananto Manager Pusdalops Badan ..." tagged as one body (or one person): a role
    head inside a model span, after two or more words of a name and before the body it heads,
    ends the person's name there; the name is a person, the words after the role the body. Not
    after a word news writes in lower case, an acronym, a body word or a known name of anything
    but a person ("Bank Jateng Kepala ..."), nor at a head that is also a given name ("Raja")."""
    if m.origin == "gazetteer" or m.label not in ("ORG", "PERSON", "LOC", "GPE"):
        return [m]
    words = load_role_words()
    types = load_name_types()
    spans = [(t.start(), t.end()) for t in _WORD_TOKEN.finditer(m.text)]
    tokens = [m.text[a:b] for a, b in spans]
    for k in range(2, len(tokens) - 1):
        n = _head_at(tokens, k, words)
        if not n or not tokens[k][:1].isupper() or tokens[k].lower() in types.given_name_heads:
            continue
        name = tokens[:k]
        if not all(t[:1].isupper() and t.isalpha() and not t.isupper() and not no_name_word(t)
                   and t.lower() not in types.organisation_first_words
                   and t.lower() not in types.organisation_last_words for t in name):
            return [m]
        entry = lookup_alias(" ".join(name))
        if entry is not None and entry.type != "PERSON":
            return [m]
        if k + n >= len(tokens):
            return [m]  # a role with no body after it: nothing shows the span is two things
        person = Mention(doc=m.doc, start=m.start, end=m.start + spans[k - 1][1], text=m.text[:spans[k - 1][1]],
                         label="PERSON", origin=m.origin)
        if m.label == "PERSON":
            return [person]  # the role and its body are the person's description
        body_at = spans[k + n][0]
        body = Mention(doc=m.doc, start=m.start + body_at, end=m.end, text=m.text[body_at:], label=m.label,
                       origin=m.origin)
        return [person, body]
    return [m]


def _known_region(phrase: str) -> GazetteerEntry | None:
    """The gazetteer's entry for a place phrase, also when an administrative word opens it
    ("Kabupaten Bogor", "Kota Batu": the gazetteer holds "Bogor", "Batu")."""
    known = lookup_alias(phrase)
    if known is not None:
        return known
    first, _, rest = phrase.partition(" ")
    if not rest or not first[:1].isupper() or first.lower() not in load_gazetteer().gpe_cues:
        return None
    inner = lookup_alias(rest)
    if inner is not None:
        return inner if inner.type in ("GPE", "LOC") else None
    region = rest.split()
    if len(region) == 1 or (len(region) == 2 and region[1].lower() in load_role_words().region_qualifiers):
        # "Kabupaten Cianjur", "Kabupaten Bandung Barat": an administrative word names a region of
        # one word, or of two whose second is a compass point or the like; a second proper word
        # may open the holder's name
        return GazetteerEntry(name=phrase, type="GPE", aliases=(phrase,), stands_for=None)
    return None


def _split_region_and_one_word_name(m: Mention, text: str, places: Sequence[Mention], tokens: list[str],
                                    spans: list[tuple[int, int]]) -> list[Mention]:
    """"Plt Bupati Sidoarjo Subandi" with "Sidoarjo Subandi" tagged a place: after a regional role,
    a two-word place span whose first word the article also names as a place on its own (or the
    gazetteer knows) and whose second word is neither a common word nor used as a place is the
    region and the holder's one-word name ("Kota Batu": "Batu" is a common word; "Jawa Tengah":
    the whole is a known place)."""
    region, name = tokens
    words = load_role_words()
    whole = lookup_alias(m.text)
    if whole is not None and whole.type != "PERSON":
        return [m]
    if not (name[:1].isupper() and not name.isupper() and name.isalpha()) or no_name_word(name):
        return [m]
    if region.lower() in load_gazetteer().gpe_cues or region.lower() in words.place_cues:
        return [m]  # "Kota Sleman", "Desa Sukamaju": an administrative word before the region
    known = lookup_alias(region)
    own_place = known is not None and known.type != "PERSON"
    if not own_place:
        own_place = any(p.label in ("GPE", "LOC") and p.text == region and not (p.start < m.end and m.start < p.end)
                        for p in places)
    if not own_place or _used_as_place(name, "", text, m, places, words):
        return [m]
    label = known.type if known is not None and known.type in LABELS else m.label
    cut = spans[1][0]
    return [Mention(doc=m.doc, start=m.start, end=m.start + spans[0][1], text=region, label=label, origin=m.origin),
            Mention(doc=m.doc, start=m.start + cut, end=m.end, text=m.text[cut:], label="PERSON", origin=m.origin)]


@lru_cache(maxsize=1)
def _body_names() -> tuple[str, ...]:
    """Every organisation name and alias of the gazetteer, lower case."""
    return tuple(a.lower() for e in load_gazetteer().entries if e.type == "ORG" for a in e.aliases)


def _body_words_in_name(text: str, m: Mention, tokens: list[str], spans: list[tuple[int, int]],
                        words: RoleWords) -> int:
    """How many opening words of a PERSON span finish the name of the body a role before it heads:
    "Menteri Lingkungan" + "Hidup Hanif Faisol Nurofiq", where "Kementerian Lingkungan Hidup ..."
    is a known body -> 1."""
    before = _WORD_TOKEN.findall(text[max(0, m.start - 80):m.start])[-8:]
    for i in range(len(before)):
        for head, body in words.role_bodies:
            n = len(head)
            if tuple(t.lower() for t in before[i:i + n]) != head:
                continue
            tail = before[i + n:]
            if not all(t[:1].isupper() for t in tail):
                continue
            for k in range(min(3, len(tokens) - 1), 0, -1):
                phrase = " ".join([body, *(t.lower() for t in tail), *(t.lower() for t in tokens[:k])])
                if any(name == phrase or name.startswith(phrase + " ") for name in _body_names()):
                    return k
    return 0


def _rank_tail_at_start(text: str, start: int, tokens: Sequence[str], words: RoleWords) -> int:
    """How many of a PERSON span's first ``tokens`` end a rank that begins before the span:
    "Kombes Pol Nanang Masbudhi" tagged "Pol Nanang Masbudhi" -> 1 ("Pol" is the rank's, not the
    name's), "Brigjen TNI (Purn) ..." likewise. 0 when no rank of roles.yaml straddles the start."""
    before = _WORD_TOKEN.findall(text[max(0, start - 40):start].split("\n")[-1])[-3:]
    for k in range(len(before), 0, -1):
        joined = [*before[-k:], *tokens]
        n = _phrase_at(joined, 0, words.ranks)
        if n > k and n - k < len(tokens):
            return n - k
    return 0


def _name_words_left(tokens: Sequence[str]) -> bool:
    """Every one of ``tokens`` can be a word of a person's name: capitalised letters, no acronym, no
    word news writes in lower case (``no_name_word``)."""
    return bool(tokens) and all(t[:1].isupper() and t.isalpha() and not t.isupper() and not no_name_word(t)
                                for t in tokens)


def _field_after_closer(text: str, start: int, tokens: Sequence[str], words: RoleWords,
                        mentions: Sequence[Mention] = ()) -> int:
    """How many opening words of a PERSON span are the last field of a role or body listed with
    "dan"/"serta" (roles.yaml ``portfolio_list_closers``) right before the span: "Kabid
    Penyelenggara Haji dan Umrah Jauhar Mustofa" tagged "Umrah Jauhar Mustofa" -> 1. The words cut
    are words news writes in lower case (``no_name_word``: "Umrah", "Pariwisata"), after such a
    capitalised word ("Haji") and the closer, and two or more name words are left; otherwise 0. A word
    before the closer that lies inside a PERSON mention of ``mentions`` ("Cahaya dan Cinta Laura Kiehl")
    lists people, however common a word it is."""
    lo = max(0, start - 60)
    before = re.search(r"(?<![\w-])([A-Z][\w-]*) (\w+) $", text[lo:start])
    if before is None or before.group(2).lower() not in words.portfolio_list_closers \
            or not no_name_word(before.group(1)):
        return 0  # "Andi dan Bunga Citra Lestari": a list of people, not the fields of a role
    at = lo + before.start(1)
    if any(p.label == "PERSON" and p.start <= at < p.end for p in mentions):
        return 0  # "Melati dan Bunga Zainal Abidin": the one-word name is a person's, the list is of people
    cut = 0
    while cut < len(tokens) - 2 and tokens[cut][:1].isupper() and no_name_word(tokens[cut]):
        cut += 1
    return cut if cut and _name_words_left(tokens[cut:]) else 0


def _article_body_straddling(text: str, m: Mention, tokens: Sequence[str], mentions: Sequence[Mention]) -> int:
    """How many opening words of a PERSON span end a body the article names elsewhere (an ORG
    mention) whose first words stand right before the span: "Ketua Yayasan Sasmita Jaya Pranoto"
    tagged "Sasmita Jaya Pranoto", with "Yayasan Sasmita Jaya" an organisation later -> 2. Name
    words must be left after the cut; otherwise 0."""
    bodies = {tuple(b.text.split()) for b in mentions if b.label == "ORG" and b.start != m.start}
    if not bodies:
        return 0
    before = _WORD_TOKEN.findall(text[max(0, m.start - 60):m.start].split("\n")[-1])[-4:]
    for k in range(len(tokens) - 1, 0, -1):
        for j in range(1, len(before) + 1):
            if (*before[-j:], *tokens[:k]) in bodies and _name_words_left(tokens[k:]):
                return k
    return 0


def _trim_glued_prefix(m: Mention, text: str, places: Sequence[Mention]) -> Mention:
    """A region, rank or body glued before a person's name in a model PERSON span:
    "Johar Baru Bahrullazi" after "Asisten Camat", "Padang Pariaman AKBP Ahmad Faisol Amir" after
    "Kapolres", "Relation & CSR RU VI Balongan Ely Chandra" -> the name alone.

    The region is cut only on evidence (``_used_as_place``), one to three words, longest first;
    without it the model's span stands."""
    if m.label != "PERSON" or text[m.start:m.end] != m.text:
        return m
    words = load_role_words()
    spans = [(t.start(), t.end()) for t in _WORD_TOKEN.finditer(m.text)]
    tokens = [m.text[a:b] for a, b in spans]
    if len(tokens) < 2 or all(t.isupper() for t in tokens):
        return m
    cut = _rank_tail_at_start(text, m.start, tokens, words)
    for i in range(len(tokens) - 1):  # a rank inside the span ends whatever came before it
        n = _phrase_at(tokens, i, words.ranks)
        if n and i + n < len(tokens):
            cut = i + n
    bodies = load_name_types().regional_bodies
    for i in range(cut, len(tokens) - 2):  # an acronym, a numeral or "&": a body's name, not a person's
        t = tokens[i]
        if t == "&" or (len(t) > 1 and t.isupper() and t.isalpha()):
            cut = i + 1
        elif i == cut and t.lower() in bodies:
            # "Dinkes Kabupaten Gunungkidul Ismono", "Kwarcab Karanganyar Kurniadi Maulato": a body
            # that serves a region, written in mixed case, opens the span; the region follows it
            cut = i + 1
    cut = max(cut, _body_words_in_name(text, m, tokens, spans, words),
              _field_after_closer(text, m.start, tokens, words, places), _article_body_straddling(text, m, tokens, places))
    administrative = tokens[0].lower() in load_gazetteer().gpe_cues  # "Kabupaten Temanggung Slamet"
    if cut or administrative or _regional_role_before(text, m.start, words):
        for k in range(min(3, len(tokens) - cut - 1), 0, -1):
            phrase = m.text[spans[cut][0]:spans[cut + k - 1][1]]
            if _used_as_place(phrase, tokens[cut + k], text, m, places, words):
                cut += k
                break
    if cut == 0 or cut >= len(tokens) or not tokens[cut][:1].isupper():
        return m
    offset = spans[cut][0]
    end = m.end
    if len(tokens) - cut == 1:
        # "Kabupaten Temanggung Slamet" + "Eko Wantoro mengatakan": the model ended the span after
        # the first name it took with the place; capitalised words right after it, before a
        # lower-case word, are the rest of the name
        glued = re.match(r"((?: [A-Z][a-z]+){1,2})(?= [a-z])", text[m.end:m.end + 40])
        if glued and not any(w.lower() in words.head_words or w.lower() in load_stopwords()
                             or lookup_alias(w) is not None for w in glued.group(1).split()):
            end = m.end + glued.end(1)
    return Mention(doc=m.doc, start=m.start + offset, end=end, text=text[m.start + offset:end], label=m.label,
                   origin=m.origin, role=m.role, metonym=m.metonym, entity=m.entity)


def _gpe_by_cue(text: str | None, m: Mention) -> bool:
    if text is None:
        return False
    before = text[max(0, m.start - 30):m.start].lower().split()
    cues = load_gazetteer().gpe_cues
    return bool(before) and (before[-1] in cues or " ".join(before[-2:]) in cues)


def _first_name_glued(m: Mention, inside: Sequence[Mention], model: list[Mention], text: str) -> bool:
    """"juru bicara Uni Eropa Paula Pinho" tagged ORG "Uni Eropa Paula" + PERSON "Pinho": an
    organisation that is a known name plus one capitalised word, right before a person, ends at
    the known name, and the word is the person's first name. Extends that person; True if so."""
    known = next((g for g in inside if g.start == m.start and g.label != "PERSON"), None)
    if known is None:
        return False
    rest = text[known.end:m.end]
    if not re.fullmatch(r" [A-Z][a-z]+", rest) or text[m.end:m.end + 1] != " ":
        return False
    person = next((p for p in model if p.label == "PERSON" and p.start == m.end + 1), None)
    if person is None:
        return False
    start = known.end + 1
    person.start, person.text = start, text[start:person.end]
    return True


def _person_after_known_body(m: Mention, inside: Sequence[Mention], model: list[Mention], text: str) -> Mention | None:
    """"Kapuspenkum Kejagung Harli Siregar" with "Kejagung Harli Siregar" tagged ORG: a known
    body's name followed by two or three capitalised words is the body and a person when the
    text writes the first of those words alone as a person elsewhere ("Harli menyebut"). The
    person's mention, or None."""
    known = next((g for g in inside if g.start == m.start and g.label != "PERSON"), None)
    if known is None:
        return None
    rest = text[known.end:m.end]
    if not re.fullmatch(r"(?: [A-Z][a-z]+){2,3}", rest):
        return None
    first = rest.split()[0]
    if not any(p.label == "PERSON" and p.text == first for p in model):
        return None
    return Mention(doc=m.doc, start=known.end + 1, end=m.end, text=rest[1:], label="PERSON", origin="rule")


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


# how alike a word must be to a word of a known person's names to be that word misspelt
# ("Lahaladia" for "Lahadalia", "Suboanto" for "Subianto")
_OWN_NAME_SIMILARITY = 0.75


def _one_of_own_names(word: str, own: Collection[str]) -> bool:
    """Whether ``word`` (lower case) is a word of a known person's names, one misspelt, one cut
    short ("Soekarno" of "Soekarnoputri") or one glued to the next word ("Makarimpun")."""
    return word in own or any(
        Levenshtein.normalized_similarity(word, w) >= _OWN_NAME_SIMILARITY
        or (len(word) >= 4 and w.startswith(word)) or (len(w) >= 4 and word.startswith(w)) for w in own)


def _own_name_words(entry: GazetteerEntry) -> set[str]:
    """The words of a known person's names, lower case."""
    return {w.lower() for alias in entry.aliases for w in _WORD.findall(alias)}


def names_someone_else(short: str, longer: str) -> bool:
    """Whether ``longer``, a name that holds ``short``, the gazetteer's name of a known person
    ("Macron"), adds a word that is none of that person's names ("Brigitte Macron", "Antonius
    Yoga Prabowo"): a namesake or a relative, whom a later "kata Macron" does not mean. False
    when the gazetteer knows no person by ``short``."""
    entry = lookup_alias(short)
    if entry is None or entry.type != "PERSON":
        return False
    own = _own_name_words(entry)
    return any(not _one_of_own_names(w.lower(), own) for w in _WORD.findall(longer)
               if w.lower() not in short.lower().split())


def another_name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name: no acronym, rank ("AKBP"), role
    word, form of address ("Pak"), weekday or month, word news writes in lower case, word glued to
    another (an inner capital: "PresidenDonald"), or verb of a capitalised headline ("Cabut": news
    writes "mencabut")."""
    from ceksilang.reconcile.words import reconcile_words  # its honorifics; extraction reads no other part

    low = word.lower()
    if not _WORD.fullmatch(word) or not word[:1].isupper() or any(c.isupper() for c in word[1:]) or len(word) < 3:
        return False
    words = load_role_words()
    if low in words.head_words or one_word_rank(low, words.ranks) or low in words.dotted_abbreviations \
            or low in reconcile_words().honorifics or low in _weekday_words() or low in _month_words() \
            or no_name_word(word):
        return False
    types = load_name_types()
    if low in types.organisation_first_words or low in types.organisation_last_words:
        return False
    verb = types.verb_form(low)
    freq = load_word_frequencies()
    return verb is None or verb not in freq.counts or verb in freq.names


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names of ``timex.yaml``, lower case."""
    months = load_data("timex").get("months") or {}
    return frozenset(str(w).lower() for spellings in months.values() for w in spellings)


def _another_person_around_alias(m: Mention, inside: Sequence[Mention]) -> bool:
    """"Ketua DPW PSI Antonius Yoga Prabowo", "Megawati Hangestri": a person span of the model's
    around the gazetteer's short name of a known person ("Prabowo" = Prabowo Subianto,
    "Megawati" = Megawati Soekarnoputri) names someone else when the words after the short name
    and the words right before it are name words (``another_name_word``; before them only a
    rank or a role, which later rules cut, may stand) and none is a word of the known person's
    names, misspelt, cut or glued to the next word ("Nadiem Anwar Makarim", "Bahlil Lahaladia",
    "Makarimpun" are the known person). Without this the gazetteer won and a namesake's quotes
    went to the president."""
    if len(inside) != 1 or inside[0].label != "PERSON":
        return False
    known = inside[0]
    entry = lookup_alias(known.text)
    if entry is None or entry.type != "PERSON":
        return False
    own = _own_name_words(entry)
    before = m.text[:known.start - m.start].split()
    after = m.text[known.end - m.start:].split()
    if any(_one_of_own_names(w.lower(), own) for w in before + after):
        return False
    if not all(another_name_word(w) for w in after):
        return False
    run = 0
    while run < len(before) and another_name_word(before[-1 - run]):
        run += 1
    if run < len(before):
        stop = before[-1 - run].lower()
        words = load_role_words()
        if not (one_word_rank(stop, words.ranks) or stop in words.head_words):
            return False
    return run > 0 or bool(after)


def _persons_tagged_as_places(pieces: list[Mention], text: str) -> list[Mention]:
    """The model's LOC or GPE spans that the article shows to be people become PERSON.

    The model tags a name it has not seen as a place often enough ("Menteri Keuangan Purbaya
    Yudhi Sadewa", "Peneliti LPEM UI, Teuku Riefky, mengatakan"); the quote finder then has no
    person to give the words to. Only a name-like span counts: two to four capitalised words,
    none a common or role word, not opening with a place name's head (``place_name_heads``:
    "Bandara Husein Sastranegara", "Kabupaten Temanggung" stay places), no word of a body the
    model tags in the article, no gazetteer entry for it or its words, no place cue or connector
    before it ("di", "dan", "of"). Such a span is a person when a speech verb follows it ("X
    mengungkap", "X, mengatakan") or a postposed speech verb comes right before it ("ucap X,"); or when the model
    tags some of its words a person elsewhere in the article ("Riefky" of "Teuku Riefky"). Its
    first and last words, where the model tags them a place alone ("Purbaya"), follow it. A
    one-word span alone never turns: bodies speak too ("Bulog menegaskan", "Botafogo").
    """
    verbs = load_speech_verbs()
    words = load_role_words()
    cues = words.place_cues | load_gazetteer().gpe_cues
    short_forms = [set(m.text.split()) for m in pieces if m.label == "PERSON" and m.text.split()]

    place_heads = load_name_types().place_name_heads
    # "Vice President of Logistic Tokopedia Anthony Wijaya": a body's word the span holds makes it
    # a run of body and name, which other rules take apart, not a person's name
    body_words = {w for m in pieces if m.label == "ORG" for w in m.text.split()}

    def name_like(m: Mention) -> bool:
        parts = m.text.split()
        return 2 <= len(parts) <= 4 and parts[0].lower() not in place_heads and lookup_alias(m.text) is None \
            and not body_words & set(parts) and all(
            w[:1].isupper() and not _common_or_role_word(w) and lookup_alias(w) is None for w in parts)

    def words_before(m: Mention) -> list[str]:
        return [w.lower() for w in _WORD.findall(text[max(0, m.start - 40):m.start])]

    def after_cue(m: Mention) -> bool:
        before = words_before(m)
        # "di Karangsari", "Komunitas Sepeda Lembah dan Kaliurang menilai", "Vice President of X"
        return bool(before) and (before[-1] in cues or " ".join(before[-2:]) in cues or before[-1] in words.connectors)

    def speaks(m: Mention) -> bool:
        before = words_before(m)
        after = _WORD.findall(text[m.end:m.end + 40])
        next_word = after[0].lower() if after else ""
        return (next_word in verbs.prefixed or next_word in verbs.with_that
                or (bool(before) and before[-1] in verbs.base and text[m.end:m.end + 1] in ",."))

    def shortened_as_person(m: Mention) -> bool:
        parts = set(m.text.split())
        return any(form <= parts and all(len(w) >= 3 for w in form) for form in short_forms)

    named = {m.text for m in pieces if m.label in ("LOC", "GPE") and name_like(m) and not after_cue(m)
             and (speaks(m) or shortened_as_person(m))}
    if not named:
        return pieces
    ends = {w for name in named for w in (name.split()[0], name.split()[-1])
            if len(w) >= 3 and not _common_or_role_word(w) and lookup_alias(w) is None}
    return [Mention(doc=m.doc, start=m.start, end=m.end, text=m.text, label="PERSON", origin=m.origin,
                    role=m.role, metonym=m.metonym, entity=m.entity)
            if m.label in ("LOC", "GPE") and (m.text in named or m.text in ends) else m
            for m in pieces]


def merge_mentions(model: list[Mention], gazetteer: list[Mention], text: str | None = None) -> list[Mention]:
    """One non-overlapping, sorted list of mentions from the model's and the gazetteer's.

    The gazetteer wins on type and boundaries wherever the two overlap, except where the
    model found a longer organisation or place name around a gazetteer name
    ("Universitas Indonesia" around "Indonesia"). With ``text``, an unknown place the model
    labelled LOC becomes GPE after an administrative word ("provinsi", "kabupaten").
    """
    cleaned: list[Mention] = []
    pieces = [piece for m in model if m.label in LABELS for piece in _split_bracket(m, text)]
    if text is not None:
        pieces = _persons_tagged_as_places(pieces, text)
        lead_at = dateline_end(text)
        if lead_at:
            pieces = [cut for m in pieces if (cut := _after_dateline(m, lead_at)) is not None]
    for m in pieces:
        stripped = _strip_edges(m)
        if stripped is None:
            continue
        stripped = _trim_person_noise(stripped)  # a dateline glued to a name
        stripped = _trim_trailing_day(stripped, text)
        if stripped.label == "PERSON":
            stripped = _trim_role_prefix(stripped)
        if stripped.label == "PERSON":
            stripped = _retype_person(stripped)
            if stripped is None:
                continue
        cleaned.append(stripped)

    gaz = sorted(gazetteer, key=lambda g: (g.start, -g.end))
    starts = [g.start for g in gaz]
    chosen_gaz = [True] * len(gaz)
    kept_model: list[Mention] = []

    for m in cleaned:
        lo = bisect.bisect_left(starts, m.start - 200)
        overlapping = [k for k in range(lo, len(gaz)) if gaz[k].start < m.end and gaz[k].end > m.start]
        if not overlapping:
            if m.label == "LOC" and _gpe_by_cue(text, m):
                m.label = "GPE"
            kept_model.append(m)
            continue
        inside = all(m.start <= gaz[k].start and gaz[k].end <= m.end for k in overlapping)
        strictly_longer = inside and any((gaz[k].start, gaz[k].end) != (m.start, m.end) for k in overlapping)
        is_list = " dan " in m.text or "," in m.text or "/" in m.text
        person_inside = any(gaz[k].label == "PERSON" for k in overlapping)
        keep_model = strictly_longer and not is_list and (
            (m.label in ("ORG", "LOC", "GPE") and not person_inside)
            or (m.label == "PERSON" and all(gaz[k].label != "PERSON" for k in overlapping))
            or (m.label == "PERSON" and _another_person_around_alias(m, [gaz[k] for k in overlapping]))
        )
        if keep_model and text is not None and m.label != "PERSON" \
                and _first_name_glued(m, [gaz[k] for k in overlapping], cleaned, text):
            continue  # the gazetteer's name stands; the person takes the word the model glued to it
        person_after = (_person_after_known_body(m, [gaz[k] for k in overlapping], cleaned, text)
                        if keep_model and text is not None and m.label == "ORG" else None)
        if person_after is not None:
            kept_model.append(person_after)  # the gazetteer's body stands, the person after it too
            continue
        if keep_model:
            for k in overlapping:
                chosen_gaz[k] = False
            kept_model.append(m)
        # otherwise the gazetteer's mention(s) stand and the model's is dropped

    merged = [g for g, keep in zip(gaz, chosen_gaz) if keep] + kept_model
    merged.sort(key=lambda x: (x.start, -x.end))
    result: list[Mention] = []
    for m in merged:  # model mentions may overlap each other: first, longest wins
        if result and m.start < result[-1].end:
            continue
        result.append(m)
    if text is not None:
        result = _body_with_its_region(text, result)
        result = _person_after_closing_legal_form(text, result)
        result = _organisation_before_person(text, result)
        result = _body_place_then_person(text, result)
        result = _person_after_rank(text, result)
        result = _person_after_named_body(text, result)
        result = [_with_glued_first_name(_without_description_opener(m), text) for m in result]
        result = [piece for m in result for piece in _split_region_and_person(m, text, result)]
        result = [piece for m in result for piece in _split_person_before_role(m)]
        result = [_trim_glued_prefix(m, text, result) if m.origin != "gazetteer" else m for m in result]
        # a trimmed name that took the rest of the name written after it ("Slamet" + "Eko Wantoro")
        # covers the person the model tagged there
        result = [m for i, m in enumerate(result)
                  if not (m.label == "PERSON" and i > 0 and result[i - 1].label == "PERSON"
                          and result[i - 1].start <= m.start and m.end <= result[i - 1].end)]
        result = [piece for m in result for piece in _split_post_from_person(m, text, result)]
        result = _trim_to_named_person(result, text)
        result = _with_first_name_used_alone(result, text)
        result = _with_name_words_after_rank(result, text)
        result = [_with_initials(m, text, result) for m in result]
        result = [_with_hyphenated_tail(m, text) for m in result]
        result = [_without_trailing_acronym(m, text, result) for m in result]
        result = _without_portfolio_persons(result, text)
    return result


@lru_cache(maxsize=1)
def _listed_parts() -> re.Pattern[str]:
    """A capitalised run, then capitalised parts set off by commas and closed by one of roles.yaml's
    portfolio_list_closers ("dan", "serta") and one more part: "Menteri Pendidikan Tinggi, Sains,
    dan Teknologi", "Dinas Pendidikan, Pemuda, dan Olahraga". Groups: the run, the comma parts,
    the closing part."""
    closers = "|".join(re.escape(w) for w in load_role_words().portfolio_list_closers) or r"(?!)"
    return re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){1,5})((?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})+),? "
                      rf"(?:{closers}) ([A-Z][\w-]*(?: [A-Z][\w-]*){{0,2}})")


def portfolio_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the fields a role or a body's name lists with commas ("Menteri Pendidikan
    Tinggi, Sains, dan Teknologi": from "Tinggi" to "Teknologi"): the run holds a role head or a
    body's first word, and the run's last word, every part after it and the closing part's first
    word are roles.yaml's portfolio_words, so a list of people ("Ketua Tim, Andi, Budi, dan
    Citra") is none. A field that is no portfolio word but a word news writes in lower case
    ("Pusat Data, Informasi dan Komunikasi Kebencanaan": "Data") belongs to the list when another
    part is a portfolio word."""
    words = load_role_words()
    bodies = load_name_types().organisation_first_words
    spans: list[tuple[int, int]] = []
    for m in _listed_parts().finditer(text):
        run = m.group(1).split()
        if not any(w.lower() in words.head_words or w.lower() in bodies for w in run):
            continue
        parts = [run[-1], *[p.strip() for p in m.group(2).split(",") if p.strip()], m.group(3).split()[0]]
        listed = [w for part in parts for w in part.split()]
        if any(w.lower() in words.portfolio_words for w in listed) \
                and all(w.lower() in words.portfolio_words or no_name_word(w) for w in listed):
            # the closing part may carry the region after its field ("... dan Olahraga DIY")
            spans.append((m.start(1) + len(m.group(1)) - len(run[-1]), m.end(3)))
    return spans


def field_after_head(text: str, start: int, name: str) -> bool:
    """"Menteri Usaha Mikro Kecil dan Menengah": capitalised words at ``start`` that are all
    roles.yaml's portfolio_words, right after a role head or a body's first word, name the field
    of the role or body, not a person."""
    words = load_role_words()
    before = text[max(0, start - 40):start].split()
    return bool(before) and bool(name.split()) \
        and (before[-1].lower() in words.head_words or before[-1].lower() in load_name_types().organisation_first_words) \
        and all(w.lower() in words.portfolio_words for w in name.split())


def _without_portfolio_persons(mentions: list[Mention], text: str) -> list[Mention]:
    """"Menteri Pendidikan Tinggi, Sains, dan Teknologi", "Menteri Usaha Mikro Kecil dan Menengah":
    a field listed inside a role, or named right after a role head or a body's first word, is no
    person, whatever the model tagged."""
    spans = portfolio_lists(text)
    return [m for m in mentions
            if not (m.label == "PERSON" and (any(a <= m.start and m.end <= b for a, b in spans)
                                              or field_after_head(text, m.start, m.text)))]


def _without_trailing_acronym(m: Mention, text: str, mentions: Sequence[Mention]) -> Mention:
    """"Ateng Hartono BPS mengatakan": a body's acronym glued after a person's name of at least
    two words is the body, not part of the name, when the text shows it is a body ("Badan Pusat
    Statistik (BPS)", a mention of it typed ORG)."""
    if m.label != "PERSON" or m.origin == "gazetteer":
        return m
    words = m.text.split(" ")
    last = words[-1]
    if len(words) < 3 or len(last) < 2 or not (last.isalpha() and last.isupper()):
        return m
    # the text's own evidence only: a known acronym may also be a degree ("MA", "SH") after a name
    body = f"({last})" in text or any(o.label == "ORG" and o.text == last for o in mentions)
    if not body or not all(w[:1].isupper() for w in words[:-1]):
        return m
    end = m.end - len(last) - 1
    return Mention(doc=m.doc, start=m.start, end=end, text=text[m.start:end], label=m.label, origin=m.origin,
                   role=m.role, metonym=m.metonym, entity=m.entity)


# a hyphen and a lower-case syllable glued to the end of a name, not followed by more of a word
_HYPHENATED_TAIL = re.compile(r"-([a-z]{2,6})(?![\w-])")


def _with_hyphenated_tail(m: Mention, text: str) -> Mention:
    """"Shin Tae-yong", "Lee Jae-myung", "Son Heung-min": the tokenizer splits a hyphenated given
    name and the tagger keeps "Shin Tae"; the lower-case half glued after a person's name of two
    words or more belongs to it. Not a particle ("-lah", "-nya") and not a doubling of the last
    word ("Ibu-ibu", "dikejar-kejar")."""
    if m.label != "PERSON" or " " not in m.text:
        return m
    tail = _HYPHENATED_TAIL.match(text, m.end)
    if tail is None:
        return m
    syllable = tail.group(1)
    # "Atiekdikejar-kejar", "XI.Orang-orang": a doubled word, whole or after a prefix, is no name
    if syllable in hyphen_particles() or m.text.rsplit(" ", 1)[-1].lower().endswith(syllable):
        return m
    end = tail.end()
    return Mention(doc=m.doc, start=m.start, end=end, text=text[m.start:end], label=m.label, origin=m.origin,
                   role=m.role, metonym=m.metonym, entity=m.entity)


# initials written before a name: "G.S. ", "G. S. ", "A.A. "
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,3})$")


def _with_initials(m: Mention, text: str, taken: Sequence[Mention]) -> Mention:
    """"Komisaris G.S. Malik" with only "Malik" tagged: the initials right before a person's
    name are part of it."""
    if m.label != "PERSON" or m.origin == "gazetteer":
        return m
    initials = _INITIALS_BEFORE.search(text, max(0, m.start - 12), m.start)
    if initials is None or not initials.group(1).endswith((". ", ".")) or text[m.start - 1:m.start] not in (" ", "."):
        return m
    start = initials.start(1)
    if any(o is not m and o.start < m.start and o.end > start for o in taken):
        return m
    return Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end], label=m.label, origin=m.origin)


# a word of letters, any script's ("José", "Muñoz"), an apostrophe inside it too ("Ma'ruf", "Mu'ti")
_LETTER_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
# a word inside a sentence, after a comma or another word, before ``$`` (the end of the search); the
# case of the words is checked after the match (``_capitalised_word_before``)
_WORD_BEFORE_PERSON = re.compile(rf"(?:,|(?<![\w'’])({_LETTER_WORD})) ({_LETTER_WORD}) $")
_WORD_AFTER_ANY_WORD = re.compile(rf"[\w.,)] ({_LETTER_WORD}) $")


def _capitalised_word(word: str) -> bool:
    """"Komang", "José", "Ma'ruf": a capital and then two or more characters, all lower-case letters
    (apostrophes aside); "UKM", "McDonald" and "K" are not."""
    rest = word[1:].replace("'", "").replace("’", "")
    return len(word) >= 2 and word[0].isupper() and rest.isalpha() and rest.islower()


def _capitalised_word_before(text: str, start: int, end: int, after_any_word: bool = False) -> str | None:
    """The capitalised word that ends right before ``end`` (a space between), searched from ``start``:
    inside a sentence, after a comma or a lower-case word (not opening a sentence, where any noun is
    capitalised: "Komentar Mahathir tampaknya ..."); with ``after_any_word``, right after any other
    word of the line ("Kompol Komang Yogi", "UKM Salatiga Bayu Joko")."""
    if after_any_word:
        found = _WORD_AFTER_ANY_WORD.search(text, start, end)
        word = found.group(1) if found else None
    else:
        found = _WORD_BEFORE_PERSON.search(text, start, end)
        if found is None or (found.group(1) is not None and not found.group(1).islower()):
            return None
        word = found.group(2)
    return word if word is not None and _capitalised_word(word) else None
# the word before a first name used alone: a comma, a lower-case word, or a rank or title ("kata
# Kompol Komang,", "kata Bayu,"); any letters, so "Café" or "Ustaz" with a diacritic is a word too
_CONTEXT_OF_NAME_ALONE = re.compile(r"(?:,|(?<![\w-])([^\W\d_]+)\.?) $")
# a word and the capitalised word after it ("PT Niagaraya"); the second word is only looked at, so that
# it may open the next pair ("oleh PT Niagaraya": "oleh PT", then "PT Niagaraya")
_WORD_THEN_CAPITALISED = re.compile(r"(?<![\w-])(\w+) (?=([A-Z]\w+))")


def _used_alone_after(text: str, word_start: int, words: RoleWords, tagged: bool) -> bool:
    """Whether the word at ``word_start`` is used as a first name alone: after a rank or a title
    ("kata Kompol Komang,"), or, when it is tagged a one-word person (``tagged``), after a comma
    or a lower-case word ("kata Bayu,")."""
    # searched inside the whole text (not a slice of it), so that a word cut by the window's start does
    # not look whole: the look-behind sees the letters before the window
    before = _CONTEXT_OF_NAME_ALONE.search(text, max(0, word_start - 30), word_start)
    if before is None:
        return False
    prev = before.group(1)
    if prev is not None and (one_word_rank(prev.lower(), words.ranks) or prev.lower() in words.dotted_abbreviations):
        return True
    return tagged and (prev is None or prev.islower())


# a title written between a rank and a name: a pilgrim's "H", "HM", "Hj", "H.M." (one to three
# capitals, dotted or not); none of the name's own words
_TITLE_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}|[A-Z][a-z]\.?")


def _rank_ends(tokens: Sequence[str]) -> bool:
    """Whether a rank of ``roles.yaml`` ("AKBP", "Kombes Pol", "Komisaris Polisi") ends ``tokens``."""
    return any(rank_length(tokens, k) == len(tokens) - k for k in range(max(0, len(tokens) - 4), len(tokens)))


def _after_rank_no_name_word(word: str, titles: Collection[str]) -> bool:
    """A capitalised word between a rank and a tagged name that is no opening of the name: a title
    or honorific ("Hj", "Drs": reconcile.yaml name_titles, honorifics) or a side's kind word
    ("Timnas": name_types.yaml competition_sides). Not the word counts' lower-case words
    (``no_name_word``): a rare name is in them too ("trunoyudo", six times in lower case)."""
    low = word.lower()
    return low in titles or (low,) in load_name_types().competition_sides


def _common_word_rank(tokens: Sequence[str]) -> bool:
    """Whether the rank ending ``tokens`` is one word that news also writes as a common word in
    lower case ("kapten" of a team, "mayor"): after it a capitalised word may name a team or unit
    ("Kapten Persija Rizky Ridho"), so no word is taken into the name. A rank of two words
    ("Kapten Inf", "Kolonel Laut") is a rank."""
    if len(tokens) >= 2 and rank_length(tokens, len(tokens) - 2) == 2:
        return False
    low = tokens[-1].lower()
    freq = load_word_frequencies()
    return low in freq.counts and low not in freq.names


def _with_name_words_after_rank(mentions: list[Mention], text: str) -> list[Mention]:
    """"Kapolres Deli Serdang AKBP Fajar Rizki Akbar Siregar" with "Rizki Akbar Siregar" tagged
    and "Fajar" left in the role: a police or military rank (``roles.yaml`` ranks) is only ever
    written before a person's name, so the capitalised words between a rank and the person the
    model tagged right after it are the opening of that person's name; a title's initials after
    the rank ("AKBP HM Reza ...") stay out of the name, and so does a title or honorific written
    as a word ("AKBP Hj Siti ...", ``_after_rank_no_name_word``). At most two such words, each a
    plain capitalised word that is no role, opener, function word, known place, title or side's
    kind word, with only spaces between them; the mention's role
    loses them. After a rank that is also a common word ("Kapten", ``_common_word_rank``) no word
    is taken: "Kapten Persija Rizky Ridho" is a team's captain."""
    from ceksilang.reconcile.words import reconcile_words  # its name titles ("Hj", "Drs")

    words = load_role_words()
    titles = reconcile_words().name_titles | reconcile_words().honorifics
    covered = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for m in mentions:
        if m.label != "PERSON" or m.origin == "gazetteer":
            out.append(m)
            continue
        before = text[max(0, m.start - 80):m.start]
        tokens = before.split(" ")
        if not tokens or tokens[-1] != "":
            out.append(m)
            continue
        tokens = tokens[:-1]  # the space right before the mention
        taken: list[str] = []
        while tokens and len(taken) < 2 and re.fullmatch(r"[A-Z][a-z]+", tokens[-1] or "") \
                and tokens[-1].lower() not in words.head_words and tokens[-1].lower() not in words.name_openers \
                and tokens[-1].lower() not in load_stopwords() and not _rank_ends(tokens) \
                and not _after_rank_no_name_word(tokens[-1], titles):
            known = lookup_alias(tokens[-1])
            if known is not None and known.type in ("GPE", "LOC", "ORG"):
                break
            taken.insert(0, tokens.pop())
        if not taken:
            out.append(m)
            continue
        if tokens and (_TITLE_INITIALS.fullmatch(tokens[-1]) or tokens[-1].lower().rstrip(".") in titles) \
                and not rank_length(tokens, len(tokens) - 1):
            tokens = tokens[:-1]  # "AKBP HM Reza Chairul", "AKBP Hj Siti ...": the title
        rank_words = [t for t in " ".join(tokens).split() if t]
        if not _rank_ends(rank_words) or _common_word_rank(rank_words):
            out.append(m)
            continue
        start = m.start - len(" ".join(taken)) - 1
        if any(s < m.start and e > start for s, e in covered):
            out.append(m)
            continue
        role = m.role
        if role and role.endswith(" ".join(taken)):
            role = role[:-len(" ".join(taken))].rstrip() or None
            if role and _TITLE_INITIALS.fullmatch(role.split()[-1]) and not rank_length(role.split(), len(role.split()) - 1):
                role = role.rsplit(None, 1)[0] if " " in role else None
        out.append(Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end], label=m.label,
                           origin=m.origin, role=role, metonym=m.metonym, entity=m.entity))
    return out


def _with_first_name_used_alone(mentions: list[Mention], text: str) -> list[Mention]:
    """"Wakil Ketua Komisi XII DPR RI, Putri Zulkifli Hasan memberikan ...", with only "Zulkifli
    Hasan" tagged (a known name): the capitalised word right before a person, inside a sentence,
    is their first name when the article also calls someone by that word alone inside a sentence
    ("ujar Putri dalam ..."), never followed by the person's name there. Roles, openers and
    function words stay out. After a capitalised word ("Kompol Komang Yogi Arya Wiguna", "Dinkop
    UKM Salatiga Bayu Joko Mulyono" with "Yogi Arya Wiguna", "Joko Mulyono" tagged) the word is
    taken only when it is tagged a one-word person elsewhere, after a comma, a lower-case word or
    a rank ("kata Kompol Komang", "kata Bayu"): that is how a first name is used alone."""
    words = load_role_words()
    covered = [(m.start, m.end) for m in mentions]
    alone_persons = {(m.start, m.end) for m in mentions if m.label == "PERSON" and " " not in m.text.strip()}
    # a body's word tagged a person somewhere ("Perum Jamkrindo"), or a word that ends another
    # name ("Kuis Shopee"), is no first name
    body_words = {w for m in mentions if m.label != "PERSON" for w in m.text.split()}
    body_words |= {w for m in mentions for w in m.text.split()[1:]}
    first_words = load_name_types().organisation_first_words
    body_words |= {after.group(2) for after in _WORD_THEN_CAPITALISED.finditer(text)
                   if case_blind_key(after.group(1)) in first_words}
    out: list[Mention] = []
    for m in mentions:
        word = _capitalised_word_before(text, max(0, m.start - 40), m.start) if m.label == "PERSON" else None
        loose = False
        if word is None and m.label == "PERSON" and m.origin != "gazetteer":
            word = _capitalised_word_before(text, max(0, m.start - 40), m.start, after_any_word=True)
            loose = word is not None
        word = word or ""
        start = m.start - len(word) - 1
        if not word or any(s < m.start and e > start for s, e in covered) \
                or word.lower() in words.head_words or word.lower() in words.name_openers \
                or word.lower() in load_stopwords() or lookup_alias(word) is not None \
                or _rank_tail_at_start(text, start, [word, *m.text.split()], words) \
                or (loose and (one_word_rank(word.lower(), words.ranks) or word.lower() in words.dotted_abbreviations
                               or no_name_word(word) or word in body_words)) \
                or _written_alone_after_role(word, m.text.split(" ")[0], text, m, mentions, words):
            # "Direktur Bulog Budi Waseso" beside "Dirut Bulog", "di Bulog": the post's body or place
            out.append(m)
            continue
        if loose and _given_name_after_title(text, start, word, m, mentions, words):
            out.append(Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end], label=m.label,
                               origin="rule"))
            continue
        first = m.text.split(" ")[0]
        # the word used alone may be tagged as a one-word person ("kata Ramdan dalam ..."), not
        # as part of a longer name
        alone = [a for a in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
                 if a.start() != start and not text[a.end():a.end() + len(first) + 1].strip().startswith(first)
                 and (_capitalised_word_before(text, max(0, a.start() - 40), a.start() + len(word) + 1)
                      or (loose and _used_alone_after(text, a.start(), words,
                                                      (a.start(), a.end()) in alone_persons)))
                 and not any(s <= a.start() < e and (s, e) != (a.start(), a.end()) for s, e in covered)]
        if alone:
            m = Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end], label=m.label, origin="rule")
        out.append(m)
    return out


# the word that ends a role before a name, and the space after it ("Hakim Ketua Teguh": "Ketua ")
_WORD_BEFORE_WORD = re.compile(rf"(?<![\w'’])({_LETTER_WORD}) $")


def _given_name_after_title(text: str, start: int, word: str, person: Mention, mentions: Sequence[Mention],
                            words: RoleWords) -> bool:
    """Whether ``word`` (at ``start``, right before ``person``) is the person's first name because it
    sits between a title and the name: "Hakim Ketua Teguh Harianto" with only "Harianto" tagged.
    The model leaves out a given name that is also a common word ("teguh": firm); the word counts
    still know it as a name (written capitalised more often than not), as they know a ministry's
    field ("Perindustrian"), so only a title held by a person (``personal_titles``: a judge, a
    prosecutor), not an office named for a field or a region ("Menteri Perindustrian", "Bupati
    Natuna"), and a word the article never uses as a place qualify. A common word listed as a given
    name (``common_word_given_names``: "Untung") qualifies too."""
    # the role's words right before the name (at most three: "Ketua Majelis Hakim", "Hakim Ketua")
    title: list[str] = []
    at = start
    while len(title) < 3 and (before := _WORD_BEFORE_WORD.search(text, max(0, at - 40), at)) is not None \
            and case_blind_key(before.group(1)) in words.head_words:
        title.append(case_blind_key(before.group(1)))
        at = before.start(1)
    if not any(w in words.personal_titles for w in title):
        return False
    if word.lower() not in load_word_frequencies().names and word.lower() not in load_name_types().common_word_given_names:
        return False
    if _regional_role_before(text, start, words):
        return False
    first = person.text.split(" ")[0]
    return not _used_as_place(word, first, text, person, mentions, words)


def _trim_to_named_person(mentions: list[Mention], text: str) -> list[Mention]:
    """Person spans that took in a word before the name, cut back to the name, on the article's
    own evidence: a speech verb opening the sentence ("Lanjut Binsar, keempat tersangka ...",
    "Diuraikan Binsar kronologis ...") is no first name; a company or body (``glued_body_length``)
    before a name the article also writes alone is no part of it; after a role, the words before
    a name the article also writes as a person on its own are the role's body or region ("CEO Shell Wael Sawan" with "kata Wael Sawan" later,
    "Bupati Lembah Hijau Agus Salim" with "Agus Salim")."""
    persons = {m.text for m in mentions if m.label == "PERSON" and " " in m.text}
    named_alone = {m.text for m in mentions if m.label == "PERSON"}
    bodies = body_names_in(text, mentions)
    words = load_role_words()
    speech_openers = _speech_openers()
    out: list[Mention] = []
    for m in mentions:
        tokens = m.text.split(" ")
        cut = 0
        if m.label != "PERSON" or m.origin == "gazetteer" or text[m.start:m.end] != m.text or len(tokens) < 2:
            pass
        elif (glued := glued_body_length(tokens, bodies)) and " ".join(tokens[glued:]) in named_alone:
            # "Jasa BPS Setianto" with "Setianto menyebut" later: a company or body glued before
            # a name the article writes alone, with or without a role before it
            cut = glued
        elif tokens[0][:1].isupper() and tokens[0].lower() in speech_openers:
            cut = 1
        elif len(tokens) >= 3 and not text[:m.start].rstrip().endswith(",") \
                and _regional_role_before(text, m.start, words, any_role=True):
            cut = next((k for k in range(1, len(tokens) - 1) if " ".join(tokens[k:]) in persons), 0)
            # "Marsekal Mohamad Tonny Harjono" with "Tonny Harjono" later: the article drops the
            # given name writers leave out (reconcile.yaml ``dropped_given_names``, in any of its
            # short forms), so it is the person's own first word, not the role's region
            while cut and _dropped_given_name(tokens[cut - 1]):
                cut -= 1
        if cut:
            offset = len(" ".join(tokens[:cut])) + 1
            m = Mention(doc=m.doc, start=m.start + offset, end=m.end, text=m.text[offset:], label=m.label,
                        origin=m.origin, role=m.role, metonym=m.metonym, entity=m.entity)
        out.append(m)
    return out


# --------------------------------------------------------------------------- roles


def _dropped_given_name(word: str) -> bool:
    """Whether ``word`` is a given name writers shorten or leave out ("Muhammad", "Moh.",
    "Mochamad"): reconcile.yaml's ``dropped_given_names`` and their short forms, which linking
    reads to join "Muhammad Yusrinal Fitriandi" and "Yusrinal Fitriandi"."""
    from ceksilang.reconcile.spellings import named_slot_words  # the short forms' one loader
    from ceksilang.reconcile.words import reconcile_words

    low = word.lower().rstrip(".")
    return named_slot_words().abbreviation_of.get(low, low) in reconcile_words().dropped_given_names


def _role_token_ok(tok: str, start: int, end: int, words: RoleWords, inside_mention: bool) -> bool:
    if inside_mention:
        return True
    if tok in words.not_in_role:
        return False
    low = tok.lower()
    if low in words.head_words or low in words.inner or low in words.connectors:
        return True
    if tok in words.abbreviations:
        return True
    return tok[:1].isupper()


def _clean_role(role: str, words: RoleWords) -> str:
    role = role.strip(" ,;:-–—.")
    parts = role.split()
    while parts and parts[-1].lower() in words.connectors:
        parts.pop()
    return " ".join(parts).strip(" ,;:-–—.")


def attach_roles(text: str, mentions: list[Mention], sentences: Sequence[tuple[int, int]] | None = None) -> None:
    """Fill ``role`` of each PERSON mention from the title written before or after it."""
    words = load_role_words()
    ordered = sorted(mentions, key=lambda m: m.start)
    cover: dict[int, Mention] = {}  # char offset -> non-person mention covering it (for lookups)
    persons = [m for m in ordered if m.label == "PERSON"]
    person_bounds = sorted((m.start, m.end) for m in persons)
    person_starts = frozenset(m.start for m in persons)
    for m in ordered:
        if m.label != "PERSON":
            for off in range(m.start, m.end):
                cover[off] = m

    sent_starts = [s for s, _ in sentences] if sentences else None

    def sentence_start(off: int) -> int:
        if sent_starts:
            k = bisect.bisect_right(sent_starts, off) - 1
            if k >= 0:
                return sent_starts[k]
        nl = text.rfind("\n", 0, off)
        return nl + 1

    def sentence_end(off: int) -> int:
        if sentences:
            k = bisect.bisect_right(sent_starts, off) - 1
            if k >= 0 and sentences[k][1] > off:
                return sentences[k][1]
        nl = text.find("\n", off)
        return len(text) if nl < 0 else nl

    def prev_person_end(off: int) -> int:
        k = bisect.bisect_left(person_bounds, (off, -1)) - 1
        return person_bounds[k][1] if k >= 0 else 0

    def next_person_start(off: int) -> int:
        k = bisect.bisect_right(person_bounds, (off, 10**12))
        return person_bounds[k][0] if k < len(person_bounds) else len(text)

    for p in persons:
        if p.role:
            continue
        role = _role_before(text, p, max(sentence_start(p.start), prev_person_end(p.start), p.start - 160),
                            cover, words)
        if not role:
            role = _role_after(text, p, min(sentence_end(p.end), next_person_start(p.end), p.end + 160),
                               cover, words, person_starts)
        if role:
            p.role = role


@lru_cache(maxsize=1)
def _speech_openers() -> frozenset[str]:
    """Speech verbs that open a sentence before the speaker's name ("Lanjut Binsar", "Diuraikan
    Binsar"): the base and passive forms of speech_verbs.yaml."""
    verbs = load_speech_verbs()
    return verbs.base | verbs.passive


@lru_cache(maxsize=1)
def _source_words() -> frozenset[str]:
    """The one-word "according to" cues of speech_verbs.yaml ("menurut"): a role set off by a
    comma after one of them names the source of a claim, not the title of the name that follows."""
    phrases = load_speech_verbs(("id", "en")).according_to
    return frozenset(p.strip() for p in phrases if " " not in p.strip())


def _role_before(text: str, p: Mention, lo: int, cover: dict[int, Mention], words: RoleWords) -> str | None:
    toks = [(t.group(0), t.start() + lo, t.end() + lo) for t in _TOKEN.finditer(text[lo:p.start])]
    if not toks:
        return None
    j = len(toks)
    if toks[-1][0] == ",":
        j -= 1
    run_end = j
    while j > 0:
        tok, s, e = toks[j - 1]
        if not re.match(r"\w", tok) and tok != "&":
            break
        if _ends_sentence(tok, words) and j < run_end:
            break  # "... kata Jokowi. Menteri Keuangan Sri Mulyani": the role starts after the dot
        if not _role_token_ok(tok, s, e, words, s in cover):
            break
        j -= 1
    if j == run_end or run_end - j > 14:
        return None
    if run_end < len(toks) and any(t[0].lower() in _source_words() for t in toks[max(0, j - 3):run_end]
                                   if t[1] > text.rfind(".", lo, toks[j][1])):
        return None  # "Menurut majelis hakim, Zarof Ricar tidak ...": the source, then the next clause
    run = [t[0] for t in toks[j:run_end]]
    # "Stephane Dujarric, juru bicara Sekjen PBB Antonio Guterres": a role opened right after
    # another person's name and a comma is that person's apposition; the name it ends on holds
    # only a second role inside it ("Sekjen PBB"), or none
    apposition = j > 0 and toks[j - 1][0] == "," and not text[lo:toks[j - 1][1]].strip()
    if apposition and _phrase_at(run, 0, words.relational_heads):
        heads = [i for i in range(1, len(run)) if _head_at(run, i, words)
                 and not any(_phrase_at(run, k, words.relational_heads) > i - k for k in range(i))]
        if not heads:
            return None
        run_heads = heads[-1:]
    else:
        run_heads = list(range(len(run)))
    for i in run_heads:
        n = _head_at(run, i, words)
        if n:
            start = toks[j + i][1]
            end = toks[run_end - 1][2]
            role = _clean_role(text[start:end], words)
            return role or None
    return None


def _role_after(text: str, p: Mention, hi: int, cover: dict[int, Mention], words: RoleWords,
                person_starts: frozenset[int] = frozenset()) -> str | None:
    rest = text[p.end:hi]
    m = re.match(r"\s*,\s*", rest)
    if not m:
        return None
    base = p.end + m.end()
    toks = [(t.group(0), t.start() + base, t.end() + base) for t in _TOKEN.finditer(text[base:hi])]
    run = [t[0] for t in toks]
    if not run or not _head_at(run, 0, words):
        return None
    j = 0
    while j < len(toks):
        tok, s, e = toks[j]
        if not re.match(r"\w", tok) and tok != "&":
            break
        if not _role_token_ok(tok, s, e, words, s in cover):
            break
        j += 1
        if j > 14:
            return None
        if _ends_sentence(tok, words):
            break
    if j == len(toks) and hi < len(text) and hi in person_starts and not _phrase_at(run, 0, words.relational_heads):
        # "Selain Jokowi, Menteri Keuangan Sri Mulyani": the title is the next person's; but
        # "Dujarric, juru bicara Sekjen PBB Antonio Guterres": a role held for the next person
        return None
    role = _clean_role(text[toks[0][1]:toks[j - 1][2]], words)
    return role or None


def _ends_sentence(tok: str, words: RoleWords) -> bool:
    """A token with a final full stop that is not an initial or abbreviation ("Turki.")."""
    if not tok.endswith(".") or len(tok) <= 2:
        return False
    return tok[:-1].lower() not in words.dotted_abbreviations


# --------------------------------------------------------------------------- metonyms


def mark_metonyms(text: str, mentions: list[Mention]) -> None:
    """Set ``metonym`` on capitals and seats of power used as actors, not as places."""
    gaz = load_gazetteer()
    for m in mentions:
        entry = lookup_alias(m.text)
        if entry is None or not entry.stands_for:
            continue
        m.metonym = _is_metonym(text, m, entry, gaz)


def _is_metonym(text: str, m: Mention, entry: GazetteerEntry, gaz: Gazetteer) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start:m.start]
    after = text[m.end:m.end + 60]
    # a dateline: "KYIV, ..." or "Jakarta - ..." at the start of a line
    if not before.strip() and re.match(r"\s*(?:,|\(|-|–|—)", after):
        return False
    prev_words = re.findall(r"[\w-]+", before.lower())[-2:]
    if prev_words and (prev_words[-1] in gaz.metonym_blockers or " ".join(prev_words) in gaz.metonym_blockers):
        return False
    # "Pyongyang, Korea Utara" names the place with its country
    spec = re.match(r"\s*,\s*([\w .'-]+)", after)
    if spec:
        target = gaz.by_name.get(entry.stands_for or "")
        tail = spec.group(1)
        if target is not None and any(tail.startswith(a) for a in target.aliases if len(a) > 2):
            return False
    return True


# --------------------------------------------------------------------------- second names


_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"


def _mention_or_new(mentions: Sequence[Mention], doc: str, start: int, end: int, text: str) -> Mention:
    """The mention that ends the capitalised run ``start:end`` ("Bupati Iron" -> the mention
    "Iron"), else a new PERSON mention (origin "rule") for the run without its role words."""
    for m in mentions:
        if m.end == end and start <= m.start:
            return m
    heads = load_role_words().head_words
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1 and case_blind_key(words[0].group()) in heads:
        words.pop(0)
    start += words[0].start()
    return Mention(doc=doc, start=start, end=end, text=text[start:end], label="PERSON", origin="rule")


@dataclass(frozen=True, slots=True)
class _AliasPatterns:
    """The alias cue regexes of ``name_types.yaml``, built once: escaping the cues and looking
    the patterns up in ``re``'s cache on every document cost more than matching them."""

    refers_back: re.Pattern[str] | None
    then_full: re.Pattern[str] | None
    full_then_cue: re.Pattern[str] | None
    # the cue phrases of each: a text with none of them skips that scan, which tries a name
    # run at every capital letter (most articles have no cue at all)
    refers_back_cues: tuple[str, ...]
    then_full_cues: tuple[str, ...]
    full_then_cue_cues: tuple[str, ...]


@lru_cache(maxsize=1)
def _alias_patterns() -> _AliasPatterns:
    types = load_name_types()

    def compiled(phrases: Sequence[str], pattern: str) -> re.Pattern[str] | None:
        if not phrases:
            return None
        return re.compile(pattern.replace("CUES", "(?i:" + "|".join(re.escape(c) for c in phrases) + ")"))

    separator = r"\s*[,\u2013\u2014-]?\s*"
    # "Saifullah Yusuf atau akrab disapa Gus Ipul": the joiner of ``alias_full_or_addressed`` may
    # open the cue after a full name; the cue still decides that the name after it is a second name
    joiners = "|".join(re.escape(j) for j in sorted(types.alias_full_or_addressed))
    joiner = rf"(?:(?i:{joiners})\s+)?" if joiners else ""
    return _AliasPatterns(
        compiled(types.alias_cue_refers_back, rf"({_NAME_RUN}){separator}CUES(?!\w)"),  # "Bupati Iron, sapaan akrabnya, ..."
        compiled(types.alias_cue_then_full, rf"({_NAME_RUN}){separator}CUES\s+(?=[A-Z])"),  # "Mualem, sapaan akrab Muzakir Manaf"
        compiled(types.alias_full_then_cue, rf"\s*,?\s*{joiner}CUES\s+({_NAME_RUN})"),  # "Muzakir Manaf yang akrab disapa Mualem"
        types.alias_cue_refers_back, types.alias_cue_then_full, types.alias_full_then_cue,
    )


def find_name_aliases(text: str, mentions: Sequence[Mention],
                      addressed: frozenset[str] = frozenset()) -> list[tuple[Mention, Mention]]:
    """(short, full) pairs: two names the text gives for one person or body.

    "Zulkifli Hasan (Zulhas)", "Badan Nasional Penanggulangan Bencana (BNPB)": a name, then one
    word or acronym in brackets (for a person, a name no longer than the full one: "Saifullah
    Yusuf (Gus Ipul)"); "Saifullah Yusuf atau Gus Ipul": a person's name, a cue of
    ``alias_full_or_addressed``, and a name opening with one of the forms of address
    ``addressed`` (lower case; the caller's, none by default); "Mualem, sapaan akrab Muzakir Manaf" and "Muzakir Manaf yang
    akrab disapa Mualem": the cues of ``name_types.yaml``; "Bupati Iron, sapaan akrabnya": the
    short name of the person named last before it. A name the cues point at that the model did
    not tag comes back as a new PERSON mention (origin "rule"); the caller decides whether to keep it.
    """
    patterns = _alias_patterns()
    ms = sorted(mentions, key=lambda m: m.start)
    doc = ms[0].doc if ms else ""
    starts = {m.start: m for m in ms}
    pairs: list[tuple[Mention, Mention]] = []
    or_cues = load_name_types().alias_full_or_addressed
    for i, m in enumerate(ms[:-1]):
        nxt = ms[i + 1]
        if nxt.label != m.label or m.label not in ("PERSON", "ORG") or len(m.text.split()) < 2:
            continue
        between = text[m.end:nxt.start]
        n_words = len(nxt.text.split())
        # a body's short name in brackets is one word (its acronym); a person's may be a name with
        # a form of address ("Saifullah Yusuf (Gus Ipul)"), never longer than the full name
        if between.strip() == "(" and text[nxt.end:nxt.end + 1] == ")" \
                and (n_words == 1 or (m.label == "PERSON" and n_words <= len(m.text.split()))):
            pairs.append((nxt, m))
        elif m.label == "PERSON" and addressed and between.strip().lower() in or_cues and between[:1].isspace() \
                and nxt.text.split()[0].lower().rstrip(".") in addressed:
            pairs.append((nxt, m))  # "Saifullah Yusuf atau Gus Ipul": "atau" and a form of address
    folded = text.lower()
    if patterns.refers_back and may_match_ignoring_case(text, patterns.refers_back_cues, folded):
        for hit in patterns.refers_back.finditer(text):
            earlier = [m for m in ms if m.label == "PERSON" and len(m.text.split()) >= 2 and m.end <= hit.start()]
            short = _mention_or_new(ms, doc, hit.start(1), hit.end(1), text)
            if earlier and earlier[-1].text != short.text:
                pairs.append((short, earlier[-1]))
    if patterns.then_full and may_match_ignoring_case(text, patterns.then_full_cues, folded):
        for hit in patterns.then_full.finditer(text):
            full = starts.get(hit.end())
            if full is not None and full.origin != "gazetteer" and len(full.text.split()) >= 2:
                pairs.append((_mention_or_new(ms, doc, hit.start(1), hit.end(1), text), full))
    if patterns.full_then_cue and may_match_ignoring_case(text, patterns.full_then_cue_cues, folded):
        for m in ms:
            if m.origin == "gazetteer" or len(m.text.split()) < 2:
                continue
            hit = patterns.full_then_cue.match(text[m.end:m.end + 80])
            if hit:
                a, b = m.end + hit.start(1), m.end + hit.end(1)
                pairs.append((_mention_or_new(ms, doc, a, b, text), m))
    return pairs


# --------------------------------------------------------------------------- all in one


def _with_name_prefix(m: Mention, text: str, prefixes: Sequence[str], taken: Sequence[Mention]) -> Mention:
    """A person's name with the prefix that belongs to it: "I Nyoman Oka Wirawa" for a model span
    "Nyoman Oka Wirawa", "Anak Agung Ngurah Pranajaya" for "Agung Ngurah Pranajaya" (a prefix may
    end inside the span). Prefixes match as written (capitals), at word boundaries."""
    first = re.match(r"\S+", m.text)
    # where a prefix may end: one space before the span, or after the span's first word
    ends = [(m.start - 1, m.start)] + ([(m.start + first.end(), m.start + first.end() + 1)] if first else [])
    for prefix in prefixes:
        for end, after in ends:
            start = end - len(prefix)
            if start < 0 or start >= m.start or text[start:end] != prefix or text[end:after] != " ":
                continue
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
                continue
            if any(o is not m and o.start < m.start and o.end > start for o in taken):
                continue  # the words belong to another mention
            return Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end], label=m.label,
                           origin=m.origin, role=m.role, metonym=m.metonym, entity=m.entity)
    return m


def _split_at_name_prefix(mentions: list[Mention], text: str, prefixes: Sequence[str]) -> list[Mention]:
    """Balinese names open with their prefix, so a model span that runs over it is cut there:
    ORG "General Manajer Airnav Cabang Kupang I" + PERSON "Nyoman Oka Wirawa" -> the person is
    "I Nyoman Oka Wirawa"; ORG "Corporate Secretary InJourney Airports Anak Agung Ngurah
    Pranajaya" -> ORG "Corporate Secretary InJourney Airports" + PERSON "Anak Agung Ngurah
    Pranajaya". Inside a span only prefixes of two words or more count ("I" is also a word)."""
    out: list[Mention] = []
    persons = {m.start: m for m in mentions if m.label == "PERSON"}
    replaced: set[int] = set()  # ids of the persons a longer span with their prefix replaces
    for m in mentions:
        if id(m) in replaced:
            continue
        if m.origin == "gazetteer" or m.label == "PERSON":
            out.append(m)
            continue
        cut: tuple[int, Mention] | None = None
        for prefix in prefixes:
            # the span ends with the prefix and a person follows: the prefix is the person's
            person = persons.get(m.end + 1)
            if person is not None and m.text.endswith(" " + prefix) and text[m.end:m.end + 1] == " ":
                start = m.end - len(prefix)
                cut = (start, Mention(doc=m.doc, start=start, end=person.end, text=text[start:person.end],
                                      label="PERSON", origin=person.origin, role=person.role))
                replaced.add(id(person))
                break
            if " " not in prefix:
                continue
            found = re.search(r"(?<=\s)" + re.escape(prefix) + r"((?: [A-Z][\w'’-]+){1,3})$", m.text)
            if found:
                start = m.start + found.start()
                cut = (start, Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end],
                                      label="PERSON", origin=m.origin))
                break
        if cut is None:
            out.append(m)
            continue
        start, person_mention = cut
        head = text[m.start:start].rstrip()
        if head:
            out.append(Mention(doc=m.doc, start=m.start, end=m.start + len(head), text=head, label=m.label,
                               origin=m.origin, role=m.role, metonym=m.metonym, entity=m.entity))
        out.append(person_mention)
    out.sort(key=lambda o: (o.start, -o.end))
    return out


# A capitalised run of 2-4 words (no all-capitals initials): "Sisti Maristianti", "Ni Made Ayu".
_CAPITALISED_RUN = re.compile(r"(?<![\w\-])[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){1,3}(?![\w\-])")
# An age right after a name: "Sisti Maristianti (62)", "(62 tahun)", "Budi, 45, ..."
@lru_cache(maxsize=1)
def _age_after() -> re.Pattern[str]:
    """An age right after a name, in brackets with or without its unit (numbers.yaml
    ``age_unit_words``, as written) or between commas."""
    units = "|".join(map(re.escape, number_words().age_unit_words))
    unit = rf"(?:[ \t]+(?:{units}))?" if units else ""
    return re.compile(rf"[ \t]*(?:\((\d{{1,3}}){unit}\)|,[ \t]*(\d{{1,3}})[ \t]*,)")
_MAX_AGE = 120


def _unseen_persons(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """Persons the model missed, by the shape news gives them: a capitalised run of 2-4 words
    followed by an age ("Sisti Maristianti (62)", "Budi Santoso, 45,") or right after a kinship
    word ("istri Budi Santoso"). Role words opening the run are left out ("Kepala Sisti ..." is
    Sisti ...); a run that overlaps a mention already found, or holds a gazetteer name, is not
    added: the model and the gazetteer know better what it is."""
    kinship = load_name_types().kinship_words
    heads = load_role_words().head_words
    starts = [m.start for m in mentions]
    added: list[Mention] = []
    for run in _CAPITALISED_RUN.finditer(text):
        start, end = run.span()
        age = _age_after().match(text, end)
        years = int(next(g for g in age.groups() if g)) if age else 0
        before = text[max(0, start - 40):start].split()
        by_kin = bool(before) and before[-1] in kinship
        if not (0 < years <= _MAX_AGE or by_kin):
            continue
        words = run.group().split()
        while words and (words[0].lower() in heads or words[0].lower() in kinship):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words.pop(0)
        if len(words) < 2 or (opens_sentence(text, start) and not 0 < years <= _MAX_AGE):
            continue
        i = bisect.bisect_left(starts, end)
        if any(m.start < end and start < m.end for m in mentions[max(0, i - 8):i]):
            continue
        if any(lookup_alias(w) is not None for w in words) or lookup_alias(" ".join(words)) is not None:
            continue
        added.append(Mention(doc=doc_id, start=start, end=end, text=text[start:end], label="PERSON",
                             origin="rule"))
    return added


# initials, then one capitalised word: "G.S. Malik", "A. Yani"
_INITIALLED_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}([A-Z][a-z]+)(?![\w-])")


def _initialled_persons(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """"Komisaris G.S. Malik, ..." the model missed: initials and a capitalised word are a person's
    name, unless the word is a known name ("D.I. Yogyakarta" is a place), a role or a function word."""
    if "." not in text:
        return []
    heads = load_role_words().head_words
    added: list[Mention] = []
    for hit in _INITIALLED_NAME.finditer(text):
        start, end = hit.span()
        word = hit.group(1)
        if word.lower() in heads or word.lower() in load_stopwords() or lookup_alias(word) is not None \
                or any(m.start < end and start < m.end for m in mentions):
            continue
        added.append(Mention(doc=doc_id, start=start, end=end, text=text[start:end], label="PERSON", origin="rule"))
    return added


# a capitalised word, one space, then two or three capitals ending there: "Suroto AP"
_TRAILING_INITIALS = re.compile(r"(?<![\w\-])([A-Z][a-z]{2,}) ([A-Z]{2,3})(?![\w\-.])")


@lru_cache(maxsize=1)
def _degrees() -> frozenset[str]:
    """Degrees written after a name ("SH", "MM"), letters only: never taken for initials."""
    raw = load_data("reconcile").get("degree_suffixes") or []
    return frozenset(str(d).replace(" ", "").lower() for d in raw)


def degree_shaped(word: str) -> bool:
    """"MH", "S.H.", "SSos", "MSi": a degree is written with dots, in capitals, or with a capital
    inside the word; "Se" or "Mm" as written is a name."""
    return word[:1].isupper() and ("." in word or word.isupper() or any(c.isupper() for c in word[1:]))


def degrees_only(text: str) -> bool:
    """"M.Ked", "M.Pd", "S.Sos.": words that are all degrees, written with a dot or in mixed case
    (two capitals alone, "SE", may be a person's initials)."""
    words = text.replace(",", " ").split()
    return bool(words) and ("." in text or not text.isupper()) \
        and all(degree_shaped(w) and w.replace(".", "").lower() in _degrees() for w in words)


def without_degrees(name: str) -> str:
    """A person's name as written, without the degrees that end it ("Wilson Bugner F Pasaribu SIK
    MH", "Agus Salim, S.H., M.Si."): degree-shaped words that reconcile.yaml's degree_suffixes
    list. The first word always stays."""
    words = name.split()
    while len(words) > 1:
        last = words[-1].strip(",")
        if not (degree_shaped(last) and last.replace(".", "").lower() in _degrees()):
            break
        words.pop()
    return " ".join(words).rstrip(",") if len(words) < len(name.split()) else name


def _persons_with_trailing_initials(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """"Perwira Piket Damkar, Suroto AP, memastikan ...": two or three capitals right after a
    person's name, before a comma or a lower-case word, are the person's initials, not a body
    (the model or the gazetteer may call them the news agency "AP"), when the text writes them
    nowhere else and the word before them is a person the text names alone elsewhere. The
    initials and the name become one PERSON mention; the acronym's mention is dropped."""
    persons = {m.text for m in mentions if m.label == "PERSON"}
    out = list(mentions)
    changed = False
    for hit in _TRAILING_INITIALS.finditer(text):
        word, initials = hit.group(1), hit.group(2)
        after = text[hit.end():hit.end() + 2]
        if initials.lower() in _degrees() or word not in persons \
                or not (after[:1] in (",", ".", ")", "\n", "") or (after[:1] == " " and after[1:2].islower())):
            continue
        if len(re.findall(rf"(?<![\w\-]){initials}(?![\w\-])", text)) != \
                len(re.findall(rf"(?<![\w\-]){word} {initials}(?![\w\-])", text)):
            continue  # the capitals stand alone elsewhere: a body ("kata Suroto kepada AP")
        start, end = hit.span()
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.label == "PERSON" and (m.start < start or m.end > end) for m in inside) \
                or any(m.label != "PERSON" and not (hit.start(2) <= m.start and m.end <= end) for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(doc=doc_id, start=start, end=end, text=text[start:end], label="PERSON", origin="rule"))
        changed = True
    return sorted(out, key=lambda m: (m.start, -m.end)) if changed else mentions


def short_form_of(word: str, name: str) -> bool:
    """Whether one written word can stand for the person named ``name`` (both normalised or both
    as written): one of its words ("Fadli" of "Fadli Zon"), the clipped start of one
    ("Enggar" of "Enggartiasto Lukita", "Kus" of "Kuseryansyah"), or one of six letters or more
    misspelt by one letter with the same first two ("Praktikno" of "Pratikno")."""
    word = word.lower()
    for w in name.lower().split():
        if w == word or (len(word) >= 3 and len(w) >= len(word) + 2 and w.startswith(word)):
            return True
        if len(word) >= 6 and w[:2] == word[:2] and Levenshtein.distance(w, word) == 1:
            return True
    return False


# an acronym in brackets right after a name: " (TPNPB)"
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z]{2,10})\)")


def _spelt_out_before_acronym(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Tentara Pembebasan Nasional Papua Barat (TPNPB)" with only "Papua Barat" tagged: a name
    before a bracketed acronym grows back over the capitalised words whose initials spell the
    acronym; the whole is the body the acronym names (one ORG), the place inside it no mention."""
    skips = load_role_words().acronym_skips
    out = list(mentions)
    for m in mentions:
        acronym = _BRACKETED_ACRONYM.match(text, m.end)
        if acronym is None or m.label == "PERSON":
            continue
        letters = acronym.group(1)
        words = list(re.finditer(r"[\w&\-]+", text[max(0, m.start - 200):m.end]))
        base = max(0, m.start - 200)
        initials, start = "", None
        for w in reversed(words):
            word = w.group()
            if word.lower() in skips:
                continue
            if not word[:1].isupper():
                break
            initials = word[0] + initials
            if not letters.endswith(initials):
                break
            if initials == letters:
                start = base + w.start()
                break
        if start is None or start >= m.start:
            continue
        if any(c in text[start:m.end] for c in ".,;:()\n\"“”"):
            continue
        grown = Mention(doc=m.doc, start=start, end=m.end, text=text[start:m.end], label="ORG", origin="rule",
                        role=m.role, metonym=False, entity=m.entity)
        out = [o for o in out if not (start <= o.start and o.end <= m.end)] + [grown]
    return sorted(out, key=lambda o: (o.start, -o.end))


def annotate_entities(doc_id: str, text: str, model_mentions: list[Mention],
                      sentences: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Gazetteer + model mentions merged, with roles and metonym flags: the document's mentions."""
    mentions = merge_mentions(model_mentions, match_gazetteer(doc_id, text), text)
    mentions = _spelt_out_before_acronym(text, mentions)
    prefixes = load_name_types().name_prefixes
    if prefixes:
        mentions = _split_at_name_prefix(mentions, text, prefixes)
        mentions = [_with_name_prefix(m, text, prefixes, mentions) if m.label == "PERSON" else m for m in mentions]
    added = False
    for short, full in find_name_aliases(text, mentions):
        if "PERSON" not in (short.label, full.label) or short.label == full.label:
            continue  # "Badan ... (BNPB)": one body's two names, nothing to relabel
        for m in (short, full):  # "Bonang, sapaan akrab Bonaventura Wijaya": both a person's names
            if m.origin == "gazetteer":
                continue
            m.label = "PERSON"
            if m.origin == "rule" and not any(o.start < m.end and m.start < o.end for o in mentions):
                mentions.append(m)
                added = True
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions = _persons_with_trailing_initials(doc_id, text, mentions)
    unseen = _unseen_persons(doc_id, text, mentions) + _initialled_persons(doc_id, text, mentions)
    if added or unseen:
        mentions = sorted(mentions + unseen, key=lambda m: (m.start, -m.end))
    attach_roles(text, mentions, sentences)
    mark_metonyms(text, mentions)
    return mentions


__all__ = [
    "DATE_AFTER_CALENDAR_WORD",
    "GazetteerEntry", "Gazetteer", "RoleWords", "NameTypes", "load_gazetteer", "load_role_words",
    "load_name_types", "load_role_abbreviations", "lookup_alias", "no_name_word",
    "normalise_name", "entity_id", "match_gazetteer", "merge_mentions", "attach_roles", "mark_metonyms",
    "names_someone_else",
    "annotate_entities", "find_name_aliases", "short_form_of", "phrases_starting", "one_word_rank",
]
