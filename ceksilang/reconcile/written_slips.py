"""Values one outlet wrote that cannot be right beside another outlet's (disc80, issue 20).

Two rules, each a ``detail`` item between independent sources of one story, published at most a few days apart:

- **a body spelt out two ways** (``body_name_conflicts``): a report spells out the letters in brackets with the
  capitalised words before them ("Direktur Tindak Pidana Perlindungan Perempuan dan Anak dan Pemberantasan
  Perdagangan Orang (PPA-PPO)") and another report spells out the same letters with other words ("Direktur
  Pelayanan Perempuan dan Anak, Pelayanan Perlindungan Orang (Dir PPA-PPO)"): one of them names the body wrongly.
  The spelling-out is read back from the bracket over capitalised words and joining words, from the first word
  opening with the first letter in the bracket (a role or a name before it is not the body's); a region's level
  word ends it (two offices of two places share their letters), and only the words whose initials spell the
  letters are compared (the words after them are one body's own name: "Rumah Sakit Umum Daerah Cibinong (RSUD)"). Never compared: one spelling-out inside the other
  (told more fully), words of one spelling written two ways, a source writing the other's words too.
- **a date that does not exist** (``date_slips``): "31 Juni 2025" (June has 30 days) where another source writes the
  same day of the month in the month next to it ("31 Juli 2025"): the outlet slipped on the month. ``explained``:
  the calendar says which reading holds.

Words are ``lang/<lang>/written_slips.yaml`` (one loader); month names are timex.yaml's.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.extract.entities import load_gazetteer
from ceksilang.extract.timex import timex_words
from ceksilang.lang import has_data, load_data, lower_words
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import detail_item, published_day, published_days_apart, shortened
from ceksilang.reconcile.sources import source_key
from ceksilang.reconcile.spellings import named_slot_words, one_word_two_spellings
from ceksilang.render.explain import message


@dataclass(frozen=True, slots=True)
class WrittenSlipsWords:
    """``written_slips.yaml`` (see the comments there)."""

    body_names_on: bool
    connectors: frozenset[str]
    function_words: frozenset[str]
    region_levels: frozenset[str]
    max_words: int
    min_content_words: int
    body_max_days_apart: int
    body_score: float
    date_max_days_apart: int
    date_score: float


@lru_cache(maxsize=4)
def written_slips_words(language: str = "id") -> WrittenSlipsWords | None:
    """``lang/<language>/written_slips.yaml`` read once; None for a language without it (nothing is read)."""
    if not has_data("written_slips", language):
        return None
    data = load_data("written_slips", language) or {}
    body, dates = data.get("body_names") or {}, data.get("date_slips") or {}
    return WrittenSlipsWords(bool(body.get("enabled", True)), lower_words(body.get("connectors")), lower_words(body.get("function_words")),
                             lower_words(body.get("region_levels")), int(body.get("max_words", 14)),
                             int(body.get("min_content_words", 2)), int(body.get("max_days_apart", 2)),
                             float(body.get("score", 2.75)), int(dates.get("max_days_apart", 2)),
                             float(dates.get("score", 2.5)))


def _sentence_at(d: Document, offset: int) -> str:
    """The sentence of ``d`` holding ``offset`` (the text around it when sentences were not split)."""
    for start, end in d.sentences:
        if start <= offset < end:
            return d.text[start:end]
    return d.text[max(0, offset - 120): offset + 120]


# ---------------------------------------------------------------- a body spelt out two ways

_BRACKET = re.compile(r"\(([^()\n]{2,40})\)")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]*[A-Z0-9]$")  # two capitals or more, digits and hyphens between
_TOKEN_BACK = re.compile(r"[A-Za-z][\w'’-]*|,|&")


@dataclass(slots=True)
class BodySpeltOut:
    """One report's spelling-out of the letters in a bracket."""

    doc: Document
    source: str
    key: str  # the bracket's letters, a role word before them left out ("Dir PPA-PPO" -> "PPA-PPO")
    written: str  # the spelling-out as written
    words: frozenset[str]  # its words of content, lower case
    sentence: str


def _bracket_key(inside: str) -> str | None:
    """The letters a bracket abbreviates: from its first word of two capitals or more to its end; None when it has
    none (an age, a date, "Persero")."""
    tokens = inside.split()
    first = next((i for i, t in enumerate(tokens) if _ACRONYM.match(t)), None)
    return None if first is None else " ".join(tokens[first:])


def _initials_start(run: list[str], key: str) -> int | None:
    """Where the words spelling out ``key``'s letters begin: the latest word from which the letters of the
    bracket's first word are, in order, initials of the capitalised words (each part of a hyphenated word its own),
    so that a dateline, a headline or a person before the body is left out ("II Pergerakan Indeks Harga Saham
    Gabungan (IHSG)" -> "Indeks Harga Saham Gabungan"); None when no word does (a syllable acronym, "Kemenhub", or
    letters that are not the words' before them)."""
    letters = [c for c in key.split()[0] if c.isalpha()]
    initials = [[part[0] for part in t.split("-") if part] if t[0].isupper() else [] for t in run]
    for start in range(len(run) - 1, -1, -1):
        if not initials[start] or initials[start][0] != letters[0]:
            continue
        flat, k = [c for word in initials[start:] for c in word], 0
        for c in flat:
            if k < len(letters) and c == letters[k]:
                k += 1
        if k == len(letters):
            return start
    return None


def _spelt_out(before: str, key: str, ww: WrittenSlipsWords) -> list[str] | None:
    """The words before a bracket that spell out ``key``: capitalised words and joining words back from the
    bracket, cut after a region's level word and before the first word opening with ``key``'s first letter."""
    tokens = _TOKEN_BACK.findall(before[-300:])
    run: list[str] = []
    for t in reversed(tokens):
        if len(run) >= ww.max_words or not (t[0].isupper() or t.lower() in ww.connectors):
            break
        run.append(t)
    run.reverse()
    level = next((i for i, t in enumerate(run) if t.lower() in ww.region_levels), None)
    if level is not None:
        run = run[:level]
    start = _initials_start(run, key)
    if start is None:
        return None
    run = run[start:]
    spelling = _letter_words(run, key)
    # the words after the last one giving a letter are the body's own name or its place ("Rumah Sakit Umum Daerah
    # Cibinong (RSUD)": one hospital of many): the spelling-out ends at the last letter's word
    return run[: spelling[-1] + 1] if spelling else None


def _letter_words(run: list[str], key: str) -> list[int]:
    """The indices of the words of ``run`` whose initials give the letters of ``key``'s first word, in order (each
    part of a hyphenated word its own; the first word fitting the next letter takes it)."""
    letters = [c for c in key.split()[0] if c.isalpha()]
    taken, k = [], 0
    for i, t in enumerate(run):
        if not t[:1].isupper():
            continue
        gave = False
        for part in t.split("-"):
            if part and k < len(letters) and part[0] == letters[k]:
                k, gave = k + 1, True
        if gave:
            taken.append(i)
    return taken if k == len(letters) else []


@lru_cache(maxsize=1)
def _place_names() -> frozenset[tuple[str, ...]]:
    """The gazetteer's places (countries, regions, cities, sites) as lower-case word tuples."""
    return frozenset(tuple(alias.lower().split()) for entry in load_gazetteer().entries
                     if entry.type in ("GPE", "LOC") for alias in entry.aliases)


PLACE_MAX_WORDS = 3  # words of a place name looked for in a spelling-out


def _content_words(run: list[str], ww: WrittenSlipsWords) -> frozenset[str]:
    """The words of a spelling-out that say what the body is: joining words, words of no content and a place's
    name left out ("Imigrasi dan Bea Cukai AS": the country says where the body is, a second outlet leaving it
    out tells the same body; ICE translated two ways on 2025-06-10 was told as two bodies without this)."""
    lowered = [t.lower() for t in run]
    places, places_at = _place_names(), set()
    for i in range(len(lowered)):
        for n in range(PLACE_MAX_WORDS, 0, -1):
            if tuple(lowered[i:i + n]) in places:
                places_at.update(range(i, i + n))
                break
    return frozenset(w for i, w in enumerate(lowered)
                     if i not in places_at and w not in ww.connectors and w not in ww.function_words)


def _bodies_spelt_out(d: Document, source: str, ww: WrittenSlipsWords) -> list[BodySpeltOut]:
    out = []
    for m in _BRACKET.finditer(d.text):
        key = _bracket_key(m.group(1))
        if key is None:
            continue
        run = _spelt_out(d.text[: m.start()].rstrip(), key, ww)
        if not run:
            continue
        # only the words whose initials spell the letters are compared: a word between them that gives no letter
        # is the body's own name too
        words = _content_words([run[i] for i in _letter_words(run, key)], ww)
        if len(words) < ww.min_content_words:
            continue
        written = " ".join(run).replace(" ,", ",")
        out.append(BodySpeltOut(d, source, key, written, words, _sentence_at(d, m.start())))
    return out


SHARED_OPENING_MIN = 5  # letters two forms of one word open alike with ("operating" / "operation")


def _one_word(a: str, b: str, nw) -> bool:
    """Two words of a spelling-out that are one word: spelt two ways, or two forms of it opening alike over most
    of the shorter ("Chief Operating Officer" / "Chief Operation Officer")."""
    if one_word_two_spellings(a, b, nw):
        return True
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return common >= SHARED_OPENING_MIN and common >= 0.7 * min(len(a), len(b))


def _told_otherwise(a: BodySpeltOut, b: BodySpeltOut, language: str) -> bool:
    """Two spellings-out of one bracket that name other bodies: neither inside the other, and words of each that
    are no spelling of a word of the other."""
    only_a, only_b = a.words - b.words, b.words - a.words
    if not only_a or not only_b:
        return False
    # two bodies whose letters are alike ("PP": Peraturan Pemerintah, Satuan Polisi Pamong Praja; "DPD": Dewan
    # Perwakilan Daerah, a party's Dewan Pimpinan Daerah) share half their words or fewer: one body told two ways
    # shares most of them
    if 2 * len(a.words & b.words) <= min(len(a.words), len(b.words)):
        return False
    nw = named_slot_words(language)
    glued_a, glued_b = (re.sub(r"[\W_]", "", x.written.lower()) for x in (a, b))
    if one_word_two_spellings(glued_a, glued_b, nw):  # words run together or split ("PemegangSahamTahunan")
        return False
    left_a = {x for x in only_a if not any(_one_word(x, y, nw) for y in only_b)}
    left_b = {y for y in only_b if not any(_one_word(x, y, nw) for x in only_a)}
    return bool(left_a) and bool(left_b)


def body_name_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                        language: str = "id") -> list[Discrepancy]:
    """One ``detail`` contradiction for each bracket's letters two independent sources spell out with other words
    (see the module's docstring); none where a source writes the other's spelling-out anywhere."""
    ww = written_slips_words(language)
    if ww is None or not ww.body_names_on:
        return []
    by_key: dict[str, list[BodySpeltOut]] = defaultdict(list)
    texts: dict[str, str] = defaultdict(str)
    for d in docs:
        if (d.language or language) != language:
            continue
        source = source_key(d, by_id)
        texts[source] += "\n" + d.text.lower()
        for r in _bodies_spelt_out(d, source, ww):
            by_key[r.key].append(r)
    out: list[Discrepancy] = []
    for key, readings in by_key.items():
        pair = next(((a, b) for i, a in enumerate(readings) for b in readings[i + 1:]
                     if a.source != b.source and _told_otherwise(a, b, language)
                     and (published_days_apart(a.doc, b.doc) or 0) <= ww.body_max_days_apart
                     and a.written.lower() not in texts[b.source] and b.written.lower() not in texts[a.source]),
                    None)
        if pair is None:
            continue
        a, b = pair
        explanation = message("detail.body_spelt_out", letters=key, outlet_a=a.doc.outlet or a.doc.id,
                              written_a=a.written, sentence_a=shortened(a.sentence), outlet_b=b.doc.outlet or b.doc.id,
                              written_b=b.written, sentence_b=shortened(b.sentence))
        out.append(detail_item(story, sorted({a.doc.id, b.doc.id}), explanation, ww.body_score))
    return out


# ---------------------------------------------------------------- a date that does not exist

_DAY_MONTH_YEAR = re.compile(r"(?<![\w/.-])(\d{1,2})\s+([A-Za-z]+)(?:\s+(\d{4}))?(?![\w-])")


@dataclass(slots=True)
class WrittenDate:
    doc: Document
    source: str
    day: int
    month: int
    year: int
    text: str
    sentence: str
    year_written: bool = True

    @property
    def exists(self) -> bool:
        # a date written without its year ("29 Februari tahun lalu") took the report's year only to be placed: it
        # is impossible only if no year has it (29 February is in every leap year)
        year = self.year if self.year_written else LEAP_YEAR
        return 1 <= self.day <= calendar.monthrange(year, self.month)[1]


LEAP_YEAR = 2024  # any leap year: the longest each month can be


def _written_dates(d: Document, source: str) -> list[WrittenDate]:
    """The dates ``d`` writes as day, month name and maybe year ("31 Juni 2025"); a date without its year takes the
    year the report was published
    (to find the month next to it; whether it exists is asked of every year, see ``WrittenDate.exists``)."""
    months = timex_words().months
    published = published_day(d)
    out = []
    for m in _DAY_MONTH_YEAR.finditer(d.text):
        month = months.get(m.group(2).lower())
        year = int(m.group(3)) if m.group(3) else (published.year if published else None)
        if month is None or year is None or not 1 <= int(m.group(1)) <= 31:
            continue
        out.append(WrittenDate(d, source, int(m.group(1)), month, year, m.group(0), _sentence_at(d, m.start()),
                               year_written=bool(m.group(3))))
    return out


def _next_month(a: WrittenDate, b: WrittenDate) -> bool:
    """``b`` is the same day of the month in the month before or after ``a``'s (within one year's turn)."""
    months_apart = abs((a.year * 12 + a.month) - (b.year * 12 + b.month))
    return a.day == b.day and months_apart == 1


def date_slips(story: str, docs: Sequence[Document], by_id: dict[str, Document],
               language: str = "id") -> list[Discrepancy]:
    """One ``detail`` item, explained, for each date a source writes that does not exist where another source
    writes the same day of the month in the month next to it (see the module's docstring)."""
    ww = written_slips_words(language)
    if ww is None:
        return []
    readings = [r for d in docs if (d.language or language) == language
                for r in _written_dates(d, source_key(d, by_id))]
    out: list[Discrepancy] = []
    told: set[tuple[str, str]] = set()
    for slip in readings:
        if slip.exists or (slip.doc.id, slip.text) in told:
            continue
        right = next((r for r in readings if r.source != slip.source and r.exists and _next_month(slip, r)
                      and (published_days_apart(r.doc, slip.doc) or 0) <= ww.date_max_days_apart), None)
        if right is None:
            continue
        told.add((slip.doc.id, slip.text))
        explanation = message("detail.date_slip", outlet_a=slip.doc.outlet or slip.doc.id, text_a=slip.text,
                              sentence_a=shortened(slip.sentence), outlet_b=right.doc.outlet or right.doc.id,
                              text_b=right.text, sentence_b=shortened(right.sentence))
        out.append(detail_item(story, sorted({slip.doc.id, right.doc.id}), explanation, ww.date_score,
                               status="explained"))
    return out


__all__ = ["BodySpeltOut", "WrittenDate", "WrittenSlipsWords", "body_name_conflicts", "date_slips",
           "written_slips_words"]
