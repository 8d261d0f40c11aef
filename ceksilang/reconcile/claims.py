"""Claims: what each document asserts (figures, quotes, events), aligned across documents.

A claim is one assertion with the documents that make it: "about 8,000 tentara of Korea Utara
in Kursk" said by Blinken in two outlets is one figure claim with two pieces of evidence.
Figures align on what is counted (canonical unit, whose they are, what happened to them) and
their value and scope; quotes align on fuzzy text; events on subject entity + verb + object.
An amount of money or a percentage measures what its sentence names ("suku bunga acuan di level
5,5%", "harga emas Antam anjlok Rp 6.000" is a fall of the price; ``amount_measures`` in
``reconcile.yaml``): two amounts are compared only when they measure the same thing.

Copies (``duplicate_of`` / ``derived_from``) and articles of one outlet count as one
independent source (``source_key``), so a spun copy never confirms its original.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date as calendar_day, timedelta
from functools import lru_cache
from itertools import chain, islice
from typing import Any, TypeVar

from rapidfuzz import fuzz

from ceksilang.extract.entities import load_gazetteer, lookup_alias, office_term_before
from ceksilang.lang.word_frequencies import load_word_frequencies
from ceksilang.extract.numbers import number_words, parse_number
from ceksilang.extract.quotes import (CONF_ADJACENT, CONF_PRONOUN, CONF_PRONOUN_FAR, CONF_ROLE, load_quote_patterns,
                                      pointer_headlines)
from ceksilang.extract.quantities import (calendar_words, is_age, quantity_words, restated_quantity,
                                         unit_of_clause_subject, unit_table)
from ceksilang.ingest.clean import is_pointer
from ceksilang.ingest.clean_shape import shape_data
from ceksilang.ingest.metadata import DATELINE_REACH, dateline_end
from ceksilang.lang import load_data, without_pronoun_enclitic
from ceksilang.lang.translations import load_translations
from ceksilang.model import Claim, Document, Entity, Evidence, Quantity, TimeExpr
from ceksilang.reconcile.detail_items import published_day
from ceksilang.reconcile.disjoint_sets import DisjointSets
from ceksilang.reconcile.happening_days import day_of, happening_day_words
from ceksilang.reconcile.sources import outlet_name, root_of, source_key, story_map
from ceksilang.reconcile.stories import KIND_PREFIX, event_kind_keys
from ceksilang.render.explain import figure_arg, figure_text
from ceksilang.text import case_blind_key, told_from_to, trie_regex
from ceksilang.reconcile.words import (WORD_PATTERN, AmountMeasureWords, CarriedMeasureWords, DescribedParts, IndexLevelWords, OnBoardWords,
                                        PeopleParts,
                                        ReconcileWords, StateCountWords, content_words, fold_synonyms, reconcile_words,
                                        words)

# Two normalised quote texts are one quote when token_set_ratio >= QUOTE_MATCH and
# token_sort_ratio >= QUOTE_SORT_MATCH. Measured on the seeds: the same UN statement in two
# translations scores 90 / 72; different quotes of one press conference at most 72 / 59.
QUOTE_MATCH = 80.0
QUOTE_SORT_MATCH = 65.0
QUOTE_MIN_WORDS = 4  # shorter quotes ("target yang sah") align by exact text only
# An outlet quoting only the opening or a stretch of a statement another quotes in full: the
# shorter reading (at least this many words) lies nearly whole inside the longer one
# (partial_ratio >= QUOTE_MATCH), which token_sort_ratio, penalising the length, does not see.
QUOTE_PART_MIN_WORDS = 6
APPROX_TOLERANCE = 0.05  # "sekitar 10.000" allows 9,500..10,500
ROUND_TOLERANCE = 0.02  # an unqualified round figure ("8.000") is not more exact than that


def normalise_quote(text: str) -> str:
    return " ".join(words(text))


R = TypeVar("R")
T = TypeVar("T")
_UNSET = object()


def _kept_for_last(build: Callable[[Any], T]) -> Callable[[Any], T]:
    """``build(words)`` kept for the last ``words`` object it was asked of, compared by identity.
    The loaded word lists (``reconcile_words()``, read once) are asked of again for every figure;
    an ``lru_cache`` would hash the whole tuple on each of those calls, which costs more than the
    look-up it saves."""
    last: list[Any] = [_UNSET, None]

    def cached(words: Any) -> T:
        if last[0] is not words:
            last[0], last[1] = words, build(words)
        return last[1]

    return cached


def greedy_clusters(readings: Iterable[R], same: Callable[[R, R], bool]) -> list[list[R]]:
    """Readings in order, each joining the first cluster whose first reading it matches."""
    clusters: list[list[R]] = []
    for r in readings:
        for cluster in clusters:
            if same(cluster[0], r):
                cluster.append(r)
                break
        else:
            clusters.append([r])
    return clusters


# --------------------------------------------------------------------------- entities


class EntityIndex:
    """Entity lookup by id and by any of its names, for claimants written as free text."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.by_id = {e.id: e for e in entities}
        # one dict lookup per word span of the (short) text, instead of one regex per name:
        # a store's entities number in the tens of thousands
        self._by_name: dict[str, Entity] = {}
        for e in sorted(entities, key=lambda e: e.id):
            for name in {e.name, *e.aliases}:
                if name and len(name) > 1:
                    self._by_name.setdefault(name, e)
        self._cache: dict[str, Entity | None] = {}

    def find_in(self, text: str | None) -> Entity | None:
        """The entity whose longest name occurs in ``text`` as whole words."""
        if not text:
            return None
        if text in self._cache:
            return self._cache[text]
        words = [(m.start(), m.end()) for m in WORD_PATTERN.finditer(text)][:40]
        best: tuple[int, int, Entity] | None = None  # (length, -start, entity)
        for i, (s, _) in enumerate(words):
            for _, e in words[i:]:
                ent = self._by_name.get(text[s:e])
                if ent is not None and (best is None or (e - s, -s) > best[:2]):
                    best = (e - s, -s, ent)
        found = best[2] if best else None
        self._cache[text] = found
        return found

    def name(self, entity_id: str | None) -> str | None:
        ent = self.by_id.get(entity_id or "")
        return ent.name if ent else None


# --------------------------------------------------------------------------- figures


@dataclass(slots=True)
class FigureReading:
    """One notable figure in one document, with the scope the rules compare."""

    doc: str
    quantity: Quantity
    unit: str
    owner: str | None  # entity id or lower-case name the counted things belong to
    owner_name: str | None
    measure: str | None
    place_key: str | None
    place_name: str | None
    total: bool
    window: str | None  # a period the count is limited to ("8 hingga 13 Oktober")
    date: str | None  # ISO day the figure was true / stated, when known
    claimant_key: str | None
    claimant_name: str | None
    low: float
    high: float
    source: str
    outlet: str
    published: str | None
    weight: float
    comparable: bool = True  # False for a general unit with no measure ("17 orang")
    # disc31: its owner names a part of the people ("dua warga negara Jepang", "97 wanita"): never lent to others
    owner_is_part: bool = False
    claim: str = ""
    carried: bool = False  # its unit or measure is a figure's before it ("Dari jumlah itu, 15 ...")
    # the first claim of the figure this one is, told in other words by other outlets ("6,5 persen upah
    # minimum provinsi" / "6,5 persen kenaikan rata-rata UMP"): ``figure_claims``; what confirms a claim
    same_figure: str = ""
    inclusive: bool = False  # a total naming what it takes in ("260 orang termasuk mahasiswa ... di darat")
    # disc40: a figure its report tells as an earlier one it replaces ("Sebelumnya kami melaporkan ada 130 korban")
    earlier: bool = False
    language: str | None = None  # its document's: whose number words read a vague amount ("puluhan")
    # disc53: a count of the people on board read from a verb of carrying or "di dalam <vehicle>": who was on the
    # vehicle when it crashed, a fixed property of the event (two values are two versions, never a rising count)
    on_board: bool = False
    # disc58: the day its report tells the happening happened, for a count of a happening's harm that is settled once
    # it is over (``moving_counts.settled``: the injured of a crash) told with no day of its own; ``settled`` when
    # every reading of its count has one, and its date is then that day (discrepancies.settled_readings)
    happening_day: str | None = None
    settled: bool = False

    @property
    def subject_key(self) -> tuple[str, str | None, str | None]:
        return (self.unit, self.owner, self.measure)


def _interval(q: Quantity) -> tuple[float, float] | None:
    """The interval of values the figure's text allows, with tolerance for approximations."""
    low = q.low if q.low is not None else q.value
    high = q.high if q.high is not None else q.value
    if q.qualifier in ("at_least", "more_than"):
        high = float("inf")
    if q.qualifier in ("at_most", "less_than"):
        low = 0.0
    if low is None or high is None:
        return None
    if q.qualifier == "approx":
        low, high = low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE)
    elif q.qualifier == "exact" and q.value is not None and q.value >= 1000 and q.value % 100 == 0:
        low, high = low * (1 - ROUND_TOLERANCE), high * (1 + ROUND_TOLERANCE)
    return (float(low), float(high))


@dataclass(frozen=True, slots=True)
class _ClausePatterns:
    """Where the clause around a figure ends, from reconcile.yaml's word lists."""

    breaks: re.Pattern[str]  # "," ";" ":" or a clause_breaks word ("dan", "sementara")
    contrasts: re.Pattern[str]  # a contrast_words word ("..., sementara empat orang")
    list_gap: re.Pattern[str]  # the gap before a figure listed after another ("..., dan ")


def _build_clause_patterns(rw: ReconcileWords) -> _ClausePatterns:
    def either(words: Sequence[str]) -> str:
        return "|".join(re.escape(w) for w in words) or "(?!)"

    return _ClausePatterns(
        breaks=re.compile(rf"[,;:]|\b(?:{either(rw.clause_breaks)})\b"),
        contrasts=re.compile(rf"\b(?:{either(rw.contrast_words)})\b"),
        list_gap=re.compile(rf"\s*(?:,|{either(rw.list_joiners)})\s*$"),
    )


_clause_patterns = _kept_for_last(_build_clause_patterns)


def _clause_start(before: str, rw: ReconcileWords) -> int:
    """Where the clause ending ``before`` starts: past its last clause break (a comma, a semicolon, a
    colon or a clause_breaks word), else 0."""
    return max((m.end() for m in _clause_patterns(rw).breaks.finditer(before)), default=0)
MEASURE_LOOKBACK = 120  # characters of the sentence before a figure searched last for its measure


def _build_measure_pattern(measures: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    # one alternation preferring the longest surface ("rusak berat" before "rusak"), compiled once,
    # as a trie: it is searched in every clause around every figure
    pattern = re.compile(r"(?<!\w)(?:" + trie_regex(s for s, _ in measures) + r")(?!\w)")
    return pattern, {s: c for s, c in reversed(measures)}


_measure_pattern = _kept_for_last(_build_measure_pattern)
_thing_measure_pattern = _kept_for_last(_build_measure_pattern)  # counted_things' measures, kept apart
_thing_measure_before_pattern = _kept_for_last(_build_measure_pattern)  # ... with the verbs read before only
_thing_pattern = _kept_for_last(_build_measure_pattern)  # counted_things' things


def _nearest_hit(window: str, found: tuple[re.Pattern[str], dict[str, str]], from_end: bool,
                 rw: ReconcileWords | None = None) -> tuple[str, int] | None:
    """The canonical form of the surface of ``found`` nearest the window's end (``from_end``) or
    start, the longer surface at a tie, and where that surface starts. With ``rw``, a state of people
    negated right before it ("5 pasien belum diperbolehkan pulang") is no state the figure is in."""
    pattern, canon = found
    best: tuple[int, int, str, int] | None = None
    for hit in pattern.finditer(window):
        surface = hit.group(0)
        if rw is not None and _negated_state(window, hit.start(), canon[surface], rw):
            continue
        dist = len(window) - hit.end() if from_end else hit.start()
        if best is None or (dist, -len(surface)) < best[:2]:
            best = (dist, -len(surface), canon[surface], hit.start())
    return (best[2], best[3]) if best else None


def _negated_state(window: str, start: int, measure: str, rw: ReconcileWords) -> bool:
    """Whether the state of people ``measure`` (``state_counts.states``), written at ``start`` of ``window``,
    has a negation (``negations``) as the word right before it: "belum diperbolehkan pulang", "tidak dirawat"
    say the people are not in that state."""
    if rw.state_counts is None or not rw.negations or measure not in {k for _, k in rw.state_counts.states}:
        return False
    before = window[:start].split()
    return bool(before) and before[-1].lower() in rw.negations


def _nearest_in(window: str, found: tuple[re.Pattern[str], dict[str, str]], from_end: bool,
                rw: ReconcileWords | None = None) -> str | None:
    hit = _nearest_hit(window, found, from_end, rw)
    return hit[0] if hit else None


def _nearest_measure(window: str, rw: ReconcileWords, from_end: bool) -> str | None:
    if not rw.measures:
        return None
    return _nearest_in(window, _measure_pattern(rw.measures), from_end, rw)


def _first_measure_after(window: str, rw: ReconcileWords) -> tuple[str, int] | None:
    """The canonical measure nearest the window's start (the longer surface at a tie) and where it starts."""
    return _nearest_hit(window, _measure_pattern(rw.measures), from_end=False, rw=rw) if rw.measures else None


def _former_state_before(between: str, rw: ReconcileWords) -> bool:
    """Whether a word of a state once had ("sempat", "pernah") stands between a figure and its state."""
    return bool(rw.former_state_words) and _whole_words_pattern(rw.former_state_words).search(between) is not None


def _own_measure(q: Quantity, rw: ReconcileWords) -> str | None:
    """A measure written in the figure itself ("lima jenazah") or its unit ("korban jiwa")."""
    return (_nearest_measure(q.text.lower(), rw, from_end=True)
            or (_nearest_measure(q.unit.lower(), rw, from_end=True) if q.unit else None))


_COMPOUND_WORDS = 2  # an Indonesian phrase's head and the noun right after it ("tarif pajak")


def _listed_measure_of(phrase: str, rw: ReconcileWords) -> str | None:
    """The canonical measure of the closed list an amount's phrase names as its head or the noun right
    after it ("tarif pajak" gives pajak; "laba setelah pajak" none: the tax is in a modifier of the
    profit, the head coming first)."""
    return _nearest_measure(" ".join(phrase.split()[:_COMPOUND_WORDS]), rw, from_end=False)


def _find_measure(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """What happened to the counted things: in the figure itself ("lima jenazah") or its unit
    ("korban jiwa" for a bare English "has risen to 17"), after it within its clause, before it
    within its clause, else earlier in the sentence."""
    own = _own_measure(q, rw)
    if own:
        return _grade_after(text, sent, q, own, rw)
    own = _state_right_before(text, sent, q, rw)
    if own:
        return own
    clause = _clause_patterns(rw)
    after = text[q.end:sent[1]]
    m = clause.breaks.search(after)
    after = after[: m.start()] if m else after
    after = after[:_breakdown_start(after, rw)]
    before_full = text[max(sent[0], q.start - MEASURE_LOOKBACK):q.start]
    breaks = list(clause.breaks.finditer(before_full))
    before = before_full[breaks[-1].end():] if breaks else before_full
    contrast = list(clause.contrasts.finditer(before_full))  # "..., sementara empat orang" starts afresh
    sentence_before = before_full[contrast[-1].end():] if contrast else before_full
    after_low = after.lower()
    found = _first_measure_after(after_low, rw)
    if found and found[0] in rw.severity_of and _another_grade_joined(text[q.end:sent[1]].lower(), found, rw):
        # "9 orang mengalami luka berat dan luka ringan": two grades told together are the general state
        return rw.severity_of[found[0]]
    if found:
        # "enam orang warga yang sempat dinyatakan hilang": they were missing and are not; the state is
        # none the figure counts now, and no other word of the sentence says which it is
        # (the measure's start is an offset into the lowered text: lowering may change a text's length)
        return (None if found[0] in rw.former_lasting_states and _former_state_before(after_low[:found[1]], rw)
                else found[0])
    # "Enam penumpang meninggal dan sembilan orang lainnya selamat": a figure naming itself as
    # the rest, or its own clause after a break, does not take the measure of the clause before
    near = set(words(after)[:2]) | set(words(before)[-2:])
    if near & rw.own_clause_words:
        # figcmp77: ... unless a verb of the state has it for its object right before it ("menewaskan empat
        # orang, melukai 11 orang lainnya"): that verb is the rest's own clause
        verb = _state_verb_right_before(before, rw)
        return verb[0] if verb else None
    return (_nearest_measure(before.lower(), rw, from_end=True)
            or (None if breaks and _opens_own_clause(breaks[-1].group(0), before, rw) else
                _nearest_measure(sentence_before.lower(), rw, from_end=True)))


def _state_verb_right_before(before: str, rw: ReconcileWords) -> tuple[str, int] | None:
    """The state of a verb of `measures` (a word opened by a verb prefix: "melukai", "menewaskan", "mencari") written
    right before a count, past the words that introduce a count (``state_counts.introducers``: "melukai sedikitnya 11
    orang lainnya"), and where in ``before`` that verb starts: the count is its object, the people the verb put in
    that state. None for any other word there (a noun of the state, "korban jiwa", or a state said of someone else
    before a break)."""
    introducers = rw.state_counts.introducers if rw.state_counts else frozenset()
    low = before.lower()
    end = len(low)
    for m in reversed(list(re.finditer(r"\w+(?:-\w+)*", low))):
        if low[m.end():end].strip():
            return None  # a mark or a bracket between: no word of the count's own clause
        if m.group(0) in introducers:
            end = m.start()
            continue
        if not rw.measures or not _looks_like_verb(m.group(0), rw):
            return None
        pattern, canon = _measure_pattern(rw.measures)
        hit = pattern.fullmatch(m.group(0))
        return (canon[hit.group(0)], m.start()) if hit else None
    return None


def _grade_after(text: str, sent: tuple[int, int], q: Quantity, own: str, rw: ReconcileWords) -> str:
    """disc53: a state closing the figure's own text whose grade is written right after it ("12 korban luka" +
    " berat", "20 korban luka" + " ringan"): the graded state (``severity_of``), not the general one, so the badly
    and the lightly injured of one report are two counts, not two values of one."""
    if not q.text.lower().rstrip().endswith(own):
        return own
    after = words(text[q.end:min(sent[1], q.end + 40)])
    for grade, general in rw.severity_of.items():
        rest = grade.split()[len(own.split()):]
        if general == own and grade.startswith(own + " ") and after[:len(rest)] == rest:
            return grade
    return own


STATE_BEFORE_REACH = 60  # characters before a count searched for the state written right before it


@lru_cache(maxsize=4)
def _state_before_pattern(sc: StateCountWords) -> re.Pattern[str]:
    """A state of people closing the text before a count, maybe with a colon or a link word after it."""
    states = trie_regex(s for s, _ in sc.states)
    links = "|".join(map(re.escape, sc.links_after_state))
    link = rf"(?:\s*:|\s+(?:{links}))?" if links else r"(?:\s*:)?"
    return re.compile(rf"(?<!\w)({states}){link}\s*$")


def _state_right_before(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """The state of people a count is written right after, as tallies and list lines write a toll
    ("korban hilang 26", "meninggal dunia 12 orang", "Meninggal: 12 orang", "luka berat 16 orang
    (dirawat)"): that state is what the count counts. None for a count of anything but people ("hilang
    4 hari", "yang hilang ada 2 laptop"), a year, a number in brackets (an age), or a bare number with a
    state of its own right after it ("2 Meninggal 1 Hilang": the 1 are the missing)."""
    sc = rw.state_counts
    if sc is None or not sc.states:
        return None
    if q.unit and rw.unit_aliases.get(q.unit.lower(), q.unit).lower() != sc.unit:
        return None
    in_bracket = q.start > 0 and text[q.start - 1] == "("
    a_year = q.unit is None and q.value is not None and q.value == int(q.value) and 1900 <= q.value <= 2100
    if in_bracket or a_year:
        return None
    m = _state_before_pattern(sc).search(text[max(sent[0], q.start - STATE_BEFORE_REACH):q.start].lower())
    if m is None:
        return None
    if q.unit is None:
        after = text[q.end:min(sent[1], q.end + 40)].lower().lstrip()
        if any(after == s or after.startswith(s) and not after[len(s)].isalnum() for s, _ in sc.states):
            return None
    return dict(sc.states)[m.group(1)]


def _another_grade_joined(after: str, found: tuple[str, int], rw: ReconcileWords) -> bool:
    """Whether the grade of a state a count takes ("luka berat") is joined to another grade of the
    same state right after it ("luka berat dan luka ringan", "luka berat maupun ringan")."""
    base = rw.severity_of[found[0]]
    m = _measure_pattern(rw.measures)[0].match(after, found[1])  # the surface written ("luka parah")
    if m is None or not rw.severity_joiners:
        return False
    joiner = "|".join(map(re.escape, rw.severity_joiners))
    nxt = re.match(rf"\s*,?\s*(?:{joiner})\s+(?:{re.escape(base)}\s+)?([^\W\d_]+)", after[m.end():])
    return bool(nxt) and f"{base} {nxt.group(1)}" in rw.severity_of and f"{base} {nxt.group(1)}" != found[0]


def _breakdown_start(after: str, rw: ReconcileWords) -> int:
    """Where the breakdown of a total opens in the text after it ("14 orang jadi korban dengan
    rincian 4 meninggal dunia"), else the text's end: the measures past it are its items'."""
    if not rw.breakdown_openers:
        return len(after)
    # the leftmost place any opener stands as a whole word: where the alternation first matches
    m = _whole_words_pattern(rw.breakdown_openers).search(after.lower())
    return m.start() if m else len(after)


@_kept_for_last  # asked for every figure: an ``lru_cache`` hashed the whole tuple of states each time
def _people_state_set(states: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(k for _, k in states)


def _people_states(rw: ReconcileWords) -> frozenset[str]:
    """The measures that are states of people (dead, injured, missing ...): the toll a spot's count
    is a part of. A price or a rise "di sini" is no part of anything."""
    return _people_state_set(rw.state_counts.states) if rw.state_counts else frozenset()


_BRACKET_GLOSS = re.compile(r"\(([A-Z]{2,6})\)")
SPOT_AFTER_WORDS = 8  # words after a count in which a word of here ("di sini") makes it a spot's


def _at_one_spot(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> bool:
    """Whether a count is told of one spot of an event ("kemudian di titik kedua satu korban
    meninggal", "Satu warga ditemukan meninggal di sini"): the spot before it in its clause (after
    the last comma or clause break), or a word of here after it in its clause."""
    if rw.one_spot is None:
        return False
    clause = _clause_patterns(rw)
    before = text[sent[0]:q.start]
    cut = _clause_start(before, rw)
    # the spot may open the sentence before a comma ("Di titik kedua, satu korban meninggal")
    lead = before[:cut] if re.fullmatch(r"\s*\S+(?:\s+\S+){1,3},\s*", before[:cut]) else ""
    after = text[q.end:sent[1]]
    m = clause.breaks.search(after)
    after = after[: m.start()] if m else after
    # a word of here far after the count, in a run-on sentence, is where something else happened
    after = " ".join(after.split()[:SPOT_AFTER_WORDS])
    spot = rw.one_spot
    if spot.search((lead + before[cut:]).lower()) or spot.search(after.lower()):
        return True
    # disc61: the spot may open the sentence as an adjunct of several clauses ("Di tempat kejadian perkara (TKP)
    # yang pertama, yakni Gereja X, jumlah korban meninggal sebanyak tujuh orang"): it is this count's when no
    # other number stands between them; a bracketed short form after a noun ("(TKP)") is read as the noun.
    # mend48b: only a spot that opens the sentence (nothing before it, or a phrase a spot preposition opens with no
    # break in it), with no clause-break word, semicolon or colon and no other happening between it and the count:
    # "Berbeda dengan tabrakan pertama ..., kecelakaan itu menewaskan 13 orang" counts the whole chain
    glossed = _BRACKET_GLOSS.sub(r"\1", before).lower()
    if rw.one_spot_glosses:
        # mend48c: the spot's gloss ("yakni perempatan Jalan A dan Jalan B,") up to its closing comma names the spot:
        # no clause break, happening or number of its own
        glossed = re.sub(_whole_words_pattern(rw.one_spot_glosses).pattern + r"[^,;:]*,", ",", glossed)
    last = None
    for last in spot.finditer(glossed):
        pass
    if last is None:
        return False
    head, between = glossed[:last.start()], glossed[last.end():]
    # mend48c: a sentence connective may lead in ("Sementara itu, di titik kedua, ..."): the connective and at most
    # one word after it before a comma, or the connective alone
    lead_in = re.fullmatch(r"[\W_]*([^\W\d_]+)(?:(?:\s+[^\W\d_]+)?\s*,)?\s*", head)
    if lead_in and lead_in.group(1) in shape_data().sentence_connectives:
        head = ""
    opener = re.match(r"[\W_]*([^\W\d_]+)", head)  # its first word, past a quote mark or a bracket
    if head.strip() and (opener is None or opener.group(1) not in rw.one_spot_openers or clause.breaks.search(head)):
        return False
    if ";" in between or ":" in between:
        return False
    if rw.clause_breaks and _whole_words_pattern(rw.clause_breaks).search(between):
        return False
    if rw.one_spot_happenings and _whole_words_pattern(rw.one_spot_happenings).search(between):
        return False
    return not any(_is_number_word(w.strip(".,;:()")) for w in between.split())


INCREMENT_BEFORE_WORDS = 4  # words of a count's clause before it in which "kembali", "tambahan" make it the day's finds
INCREMENT_AFTER_WORDS = 2  # words right after a count in which "lagi" does ("dua jenazah lagi")


def _is_increment(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> bool:
    """Whether a count is what a search found on top of the count before ("Tim SAR kembali menemukan
    dua jenazah", "mengevakuasi dua jenazah lagi"): the day's finds, not the toll another outlet gives.
    "Korban meninggal kembali bertambah menjadi 20 orang" is the toll: a toll word stands between."""
    if not rw.increment_before and not rw.increment_after:
        return False
    before = text[sent[0]:q.start]
    cut = _clause_start(before, rw)
    near = words(before[cut:])[-INCREMENT_BEFORE_WORDS:]
    for i, w in enumerate(near):
        # "bertambah dari 12 menjadi 15": "dari" right after the cue tells the toll before
        if w in rw.increment_before and not set(near[i + 1:]) & rw.increment_toll_words \
                and not set(near[i + 1:i + 2]) & rw.increment_toll_right_after:
            return True
    own = words(q.text)[1:]  # "dua jenazah lagi": the figure's own words after its number
    return bool(set(own + _first_words(text[q.end:sent[1]], INCREMENT_AFTER_WORDS)) & rw.increment_after)


def _identified_measure(text: str, sent: tuple[int, int], q: Quantity, measure: str | None,
                        rw: ReconcileWords) -> str | None:
    """The measure of bodies counted as identified ("total sudah 50 korban dari 67 kantong jenazah yang berhasil
    diketahui identitasnya", "Dua jenazah tambahan berhasil diidentifikasi"): a word of identification in the
    count's clause turns a death measure (``identified_counts.of``) into the identified one (the unidentified one
    after a negation: "dua jenazah yang belum teridentifikasi"). How far identification has got is no toll. None
    when the count measures anything else or its clause says nothing of identification."""
    if measure not in rw.identified_of or not rw.identified_measure:
        return None
    before = text[sent[0]:q.start]
    after = text[q.end:sent[1]]
    m = _clause_patterns(rw).breaks.search(after)
    clause = " ".join(words(before[_clause_start(before, rw):] + " " + (after[:m.start()] if m else after)))
    for w in rw.identified_words:
        at = f" {clause} ".find(f" {w} ")
        if at >= 0:
            negated = bool(set(clause[:at].split()[-2:]) & rw.negations)
            return (rw.unidentified_measure or rw.identified_measure) if negated else rw.identified_measure
    return None


def _counted_thing(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """What a figure of a thing-counting unit counts: the thing ending the figure ("20 bus", "50 unit
    bus"), the thing right after its classifier ("18 unit mobil damkar"), else, for a bare classifier,
    the thing named last before it in its sentence ("Bus yang terbakar ... sekitar 50 unit")."""
    ct = rw.counted_things
    if ct is None or not ct.things:
        return None
    things = _thing_pattern(ct.things)
    own = q.text.lower()
    hits = list(things[0].finditer(own))
    if hits and not own[hits[-1].end():].strip():
        return things[1][hits[-1].group(0)]
    after = text[q.end:min(sent[1], q.end + 40)].lower()
    first = things[0].match(after.lstrip())
    if first:
        return things[1][first.group(0)]
    if re.search(r"(?<!\w)unit\s*$", own):  # a bare classifier: the thing named before it
        return _nearest_in(text[sent[0]:q.start].lower(), things, from_end=True)
    return None


def _thing_measure(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """What happened to the counted things, in the figure's own clause: after it ("20 bus yang
    terbakar"), else before it ("mengerahkan 18 unit mobil"), the clause before stopping at a word
    of a whole ("20 bus yang terbakar dari sebanyak 104 bus": the 104 is not burnt)."""
    ct = rw.counted_things
    if ct is None or not ct.measures:
        return None
    found = _thing_measure_pattern(ct.measures)
    own = _nearest_in(q.text.lower(), found, from_end=True)
    if own:
        return own
    after = text[q.end:sent[1]]
    m = _clause_patterns(rw).breaks.search(after)
    after = after[: m.start()] if m else after
    hit = _nearest_in(after.lower(), found, from_end=False)
    if hit:
        return hit
    before = text[max(sent[0], q.start - MEASURE_LOOKBACK):q.start].lower()
    cuts = [b.end() for b in _clause_patterns(rw).breaks.finditer(before)]
    cuts += [w.end() for phrase in rw.part_of_whole for w in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", before)]
    clause_before = before[max(cuts, default=0):]
    hit = _nearest_in(clause_before, _thing_measure_before_pattern(ct.measures_before or ct.measures), from_end=True)
    if hit or clause_before.strip():
        return hit
    # "Bus menghajar 5 motor dan 7 mobil": a thing listed right after another shares its measure
    listed = _listed_after_thing(text, sent, q, rw)
    return _thing_measure(text, sent, listed, rw) if listed is not None else None


def _listed_after_thing(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> Quantity | None:
    """The figure of a counted thing a figure is listed right after ("5 motor dan 7 mobil": the
    "5 motor" before "7 mobil"), as a Quantity spanning it, else None."""
    ct = rw.counted_things
    gap = _clause_patterns(rw).list_gap.search(text[sent[0]:q.start])
    if ct is None or gap is None:
        return None
    head = text[sent[0]:sent[0] + gap.start()]
    thing = "|".join(re.escape(s) for s, _ in ct.things)
    m = re.search(rf"(?<!\w)([\d.,]+|[^\W\d_]+)\s+(?:unit\s+)?(?:{thing})$", head, re.IGNORECASE)
    if m is None or not (m.group(1)[0].isdigit() or _is_number_word(m.group(1))):
        return None
    return replace(q, start=sent[0] + m.start(), end=sent[0] + m.end(), text=m.group(0))


_GLUED_CASE = re.compile(r"[a-z]{2}[A-Z]|[A-Z]{2}[a-z]{2}")
_PHRASE_TOKEN = re.compile(r"\(?[^\W_]+(?:[-'&][^\W_]+)*\)?|[^\w\s]")
# fig41: the words of a noun phrase read back from an amount, where a slash between two words with no space
# joins them into one ("belanja Kementerian/Lembaga (K/L)", "pemerintah kabupaten/kota"): the two are one noun,
# and a lone slash would end the phrase at its last letters ("l"). Only for the phrase before the figure: after
# it a slash is a "per" ("Rp410.670/kapita/bulan")
_PHRASE_BEFORE_TOKEN = re.compile(r"\(?[^\W\d_]+(?:/[^\W\d_]+)+\)?|" + _PHRASE_TOKEN.pattern)


@lru_cache(maxsize=None)
def _ending_phrase(phrase: str) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """The last word of ``phrase`` (lower case), the pattern of the phrase ending a text, and of the
    phrase ending it glued to the word before ("hari inilebih murah": a space lost in extraction)."""
    body = re.escape(phrase).replace(r"\ ", r"\s+") + r"\s*$"
    return (phrase.split()[-1].lower() if phrase.split() else "", re.compile(r"(?<!\w)" + body, re.IGNORECASE),
            re.compile(r"(?<=[^\W\d_])" + body, re.IGNORECASE))


def _lengths_by_ending(keys: Iterable[str]) -> tuple[int, dict[str, tuple[int, ...]]]:
    """For a gate that asks whether a text's tail ends with one of ``keys`` (all non-empty): the shortest key's
    length ``k``, and for each ending of ``k`` characters the lengths of the keys that end so. Only those lengths
    can match a tail ending with it, so a tail's last ``k`` characters choose the few suffixes worth taking (a step
    back asked all fourteen lengths before); a tail shorter than ``k`` ends with no key, as before."""
    keys = list(keys)
    k = min((len(w) for w in keys), default=1)
    grouped: dict[str, set[int]] = {}
    for w in keys:
        grouped.setdefault(w[-k:], set()).add(len(w))
    return k, {end: tuple(sorted(ns)) for end, ns in grouped.items()}


@lru_cache(maxsize=64)
def _phrase_endings(phrases: tuple[str, ...]) -> tuple[tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...],
                                                        frozenset[str], tuple[int, ...],
                                                        tuple[int, dict[str, tuple[int, ...]]]]:
    """(phrase, last word, patterns) of each of ``phrases`` in order, the set of last words, and their
    lengths: the lengths are empty when a phrase has no word (it ends every window); last, the lengths
    by the last words' endings (``_lengths_by_ending``)."""
    entries = tuple((phrase, *_ending_phrase(phrase)) for phrase in phrases)
    last_words = frozenset(last for _, last, _, _ in entries)
    lengths = () if "" in last_words else tuple(sorted({len(w) for w in last_words}))
    return entries, last_words, lengths, _lengths_by_ending(last_words if lengths else ())


# ``_phrase_endings`` of the loaded word lists, by identity: ``_ends_with`` is asked of four lists
# for every step back from every figure, and the ``lru_cache`` hashed the whole tuple each time
_ENDINGS_BY_ID: dict[int, tuple[Sequence[str], Any]] = {}


def _endings_kept(phrases: Sequence[str]) -> Any:
    value = _phrase_endings(tuple(phrases))
    if isinstance(phrases, tuple):  # (kept with its value: its id names no other object meanwhile)
        if len(_ENDINGS_BY_ID) >= 64:
            _ENDINGS_BY_ID.clear()
        _ENDINGS_BY_ID[id(phrases)] = (phrases, value)
    return value


def _phrase_start(window: str, end: int, phrase: str) -> int | None:
    """Where ``phrase`` would start if it ended ``window`` (whose text ends at ``end``, white space
    after it), when that can be told without a search: None when it cannot.

    A match of an ending pattern holds the phrase's characters one for one, its spaces as runs of
    white space, then only white space: it starts at the character that has as many non-space
    characters from there to ``end`` as the phrase has. When the phrase is written with single
    spaces and the window's last ``len(phrase)`` characters hold that many and open with one of
    them, that is the place; a search from the window's start (the sentence before a figure,
    asked again for every step back) would find the match nowhere else."""
    start = end - len(phrase)
    if start < 0 or not phrase or window[start].isspace() or " ".join(phrase.split()) != phrase:
        return None
    if len("".join(window[start:end].split())) != len(phrase) - phrase.count(" "):
        return None
    return start


_GLUE_MIN = 3  # letters of a function word, and of a phrase, that a lost space may join ("ini"+"lebih")
_LETTERS_END = re.compile(r"[^\W\d_]+$")


def _ends_with(window: str, phrases: Sequence[str], glue_words: frozenset[str] = frozenset(),
               tail: str | None = None) -> re.Match[str] | None:
    """The match of the first of ``phrases`` (longest first) that ends ``window``; with ``glue_words``,
    also one glued to the word before when that word is one of them ("inilebih murah": "ini" then
    "lebih murah", two words a lost space joined)."""
    # Asked for every figure with every phrase of a list: a phrase whose last word does not end the
    # window cannot match, and that test is far cheaper than the search. ``tail``: the window
    # stripped on the right and lower-cased, when the caller has it.
    if tail is None:
        tail = window.rstrip().lower()
    hit = _ENDINGS_BY_ID.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        entries, last_words, lengths, (k, lengths_by_end) = hit[1]
    else:
        entries, last_words, lengths, (k, lengths_by_end) = _endings_kept(phrases)
    if lengths:
        for n in lengths_by_end.get(tail[-k:], ()):  # (only the lengths of last words ending as the tail does)
            if tail[-n:] in last_words:
                break
        else:
            return None  # no phrase's last word ends the window (the answer for most figures)
    end: int | None = None
    for phrase, last_word, pattern, glued in entries:  # longest first
        if not tail.endswith(last_word):
            continue
        if end is None:
            end = len(window.rstrip())
        start = _phrase_start(window, end, phrase)
        m = pattern.search(window) if start is None else pattern.match(window, start)
        if m:
            return m
        if glue_words and len(phrase) > _GLUE_MIN:
            g = glued.search(window) if start is None else glued.match(window, start)
            before = _LETTERS_END.search(window, 0, g.start()) if g else None
            if g and before and len(before.group(0)) >= _GLUE_MIN and case_blind_key(before.group(0)) in glue_words:
                return g
    return None


@lru_cache(maxsize=1)
def _min_stem() -> int:
    return int(load_data("stem_affixes").get("min_stem") or 4)


def _looks_like_verb(word: str, rw: ReconcileWords) -> bool:
    """A lower-case word of five letters or more opened by a verb prefix that leaves a root of a
    root's length: "diblokir", "berhasil"; not "bersih", "berat", "dinas" (the prefix would leave
    too little: those letters are the root's own)."""
    # (``startswith`` of the whole tuple first: most words open with no verb prefix, and only a word
    # that does has each prefix's leftover measured)
    return (len(word) >= 5 and word not in rw.not_verbs and word.startswith(rw.verb_prefixes)
            and any(word.startswith(p) and len(word) - len(p) >= _min_stem() for p in rw.verb_prefixes))


def _written_lower_case(word: str) -> bool:
    """True when news text writes ``word`` in lower case (its word count knows it, not as a name) and the
    gazetteer names nothing by it: a capitalised "Menerima" is the verb; "Meksiko", "Merauke" (names, though they
    open as verbs do) and "Mesuji" (never seen in lower case) are not."""
    freq = load_word_frequencies()
    low = word.lower()
    return low in freq.counts and low not in freq.names and lookup_alias(word) is None


def _is_title_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Calendar words, the vague parts of a month or year ("awal", "pertengahan") and the calendar units,
    bare or of one ("pekan", "sepekan"), lower case."""
    timex = load_data("timex")
    return calendar_words() | {str(w).lower() for key in ("vague_parts", "units", "se_units")
                               for w in timex.get(key) or {}}


def _phrase_words(tokens: list[str], rw: ReconcileWords, from_start: bool, head_of_relative: bool = False,
                  year_closes: bool = False) -> list[str]:
    """The words of a noun phrase read from ``tokens`` (backwards unless ``from_start``): it ends at
    punctuation, a number, a function word or a verb (a lower-case word with a verb prefix).
    ``year_closes``: a year ending ``tokens`` may close the phrase (a link or a relative clause stands
    between it and the amount); ``head_of_relative``: the phrase is the one a relative clause after it
    is about."""
    am = rw.amount_measures
    assert am is not None
    bare = tokens if from_start else _without_gloss(tokens)
    if bare is not tokens:
        # the phrase before the gloss, unless none is read there or only a word cut off by a function
        # word ("menengah ke bawah (lower-middle income)": the gloss names more than "bawah" does)
        before_gloss = _phrase_words(bare, rw, from_start, head_of_relative, year_closes)
        cut_short = (len(before_gloss) == 1 and len(bare) > 1
                     and bare[-2].strip("()").lower() in rw.stopwords)
        if before_gloss and not cut_short:
            return before_gloss
    if (year_closes and not from_start and len(tokens) > 1 and _YEAR.fullmatch(tokens[-1].strip("()"))
            and tokens[-2].lstrip("(")[:1].isalpha()):  # "Bantuan Subsidi Upah (BSU) 2025 [sebesar]" too
        # "perkiraan pertumbuhan ekonomi 2025 [menjadi]", "target KUR 2025 yang ditetapkan pemerintah
        # [sebesar]": a year closing the phrase names its period, the words before it are the measure.
        # Not a phrase of time ("sepanjang 2018 [senilai]"), nor one after a preposition right before the
        # link ("dalam rancangan APBN 2019 [tumbuh]": where, not what); the head of a relative clause is
        # what the amount measures whatever opens it ("dari target KUR 2025 yang ...")
        phrase = _phrase_words(tokens[:-1], rw, from_start=False)
        opener = tokens[-2 - len(phrase)].strip("()").lower() if len(tokens) > len(phrase) + 1 else ""
        if (phrase and phrase[0] not in am.time_openers and opener not in am.time_openers
                and (head_of_relative or opener not in am.adjunct_prepositions)
                and not all(w in _time_words() for w in phrase)):  # "awal Juni 2025" is a time, not a measure
            return phrase
        return []
    out: list[str] = []
    prev_word = ""  # the word read just before this one (the next one in the text when reading back)
    # in text not written all in capitals, a word in capitals ending a phrase read back is an abbreviation,
    # never a function word ("indeks dolar AS turun": Amerika Serikat, not "as"); read forwards, an index's
    # name still stops there ("indeks dolar AS ... ke level 96,415" is the level of "indeks dolar")
    # (asked only when a word in capitals is read: most phrases have none, and the test reads every token)
    mixed_case: bool | None = None if not from_start else False
    seq = tokens if from_start else tokens[::-1]
    for i, token in enumerate(seq):
        word = token.strip("()")
        low = word.lower()
        abbreviation = len(word) > 1 and word.isupper()
        if abbreviation and mixed_case is None:
            mixed_case = any(t[:1].isalpha() and not t.isupper() for t in tokens)
        abbreviation = abbreviation and bool(mixed_case)
        if not from_start and out and _LIST_MARKER.fullmatch(token):
            break  # "1) pemberlakuan tarif dasar [sebesar]": a list item's number opens the phrase
        # (a word of letters only, most of them, holds no digit: no letter is a digit, and the
        # character loop is left for the rest)
        if not word.isalpha() and any(c.isdigit() for c in word) and not from_start and not _alphanumeric_name(word):
            # "penjara paling lama 12 tahun atau pidana denda [paling banyak Rp5 miliar]": a term of time
            # before the joiner is the other side of an alternative (a term and an amount are never one
            # thing said twice), the words after the joiner are this one's phrase; else ("38 poin atau plus
            # [0,25 persen]", "US$2,0 miliar atau ekuivalen [Rp28,7 triliun]") the same amount said again
            if len(out) > 1 and out[-2] in am.joiners and out[-1] in _time_words():
                out = out[:-2]
                break
            if _size_of_named_thing(word, out, seq[i + 1] if i + 1 < len(seq) else "", am):
                out.append(low)  # fig41: "subsidi LPG 3 kg [mencapai]": a named thing's size is part of its name
                continue
            return []  # "200 gram Rp10.000": the words are the unit of the figure before, not a measure
        if len(out) >= am.reach_words or not word or not (word[0].isalpha()):
            break
        if low in am.joiners and out:
            out.append(low)
            continue
        if (not from_start and low in rw.stopwords and word[:1].isupper() and out
                and _is_title_word(prev_word) and len(out) < am.phrase_words):
            # "Laba Setelah Pajak sebesar ...": a function word capitalised inside a name is the name's
            out.append(low)
            prev_word = word
            continue
        if ((low in rw.stopwords and not abbreviation) or low in am.phrase_stops or _GLUED_CASE.search(word)
                or (word.islower() and _looks_like_verb(low, rw))):
            break  # a function word, a verb, or two words glued by a lost space ("menyebutBank")
        if (not from_start and word[:1].isupper() and word[1:].islower() and _looks_like_verb(low, rw)
                and _written_lower_case(word)  # (not a name: "Meksiko US$ 2 miliar", "Ternate Rp 5 miliar")
                and low not in am.extreme_links  # ("Terendah harga ayam berada di level ...": a superlative)
                and not (i + 1 < len(seq) and seq[i + 1].strip("()")[:1].isalpha())):
            break  # fig41: a verb capitalised as a sentence's or a list item's first word ("3. Menerima Gaji/Upah")
        prev_word = word
        out.append(low)
        if not from_start and token.startswith("(") and not token.endswith(")"):
            break  # "Rp 4,8 triliun (kurs Rp 16.424)": the bracket opens the phrase
    if not from_start:
        out.reverse()
    out = out[:am.phrase_words]
    while out and out[-1] in am.joiners:  # "suku bunga acuan atau [BI Rate]" cut after atau
        out.pop()
    while out and out[0] in am.joiners:
        out.pop(0)
    return out


_PLAIN_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _size_of_named_thing(word: str, read: list[str], before: str, am: AmountMeasureWords) -> bool:
    """True when the number ``word``, met reading a phrase back, is the size of a thing named right before it
    ("subsidi LPG 3 kg", "tabung Elpiji 12 kg"): only a unit of measure was read after it, and the word before it
    is written as a name (capitalised or in capitals, letters only). The phrase goes on through it; a number after
    a common noun ("200 gram Rp10.000", "sawah 3 hektare") still ends it."""
    name = before.strip("()")
    return (bool(_PLAIN_NUMBER.fullmatch(word)) and len(read) == 1 and read[0] in {u.lower() for u in am.measured_units}
            and name.isalpha() and name[:1].isupper())


_LIST_MARKER = re.compile(r"\d{1,2}\)")  # "1)": the number of a list item, its bracket closed only
GLOSS_TOKENS = 8  # tokens at most of a bracketed gloss ("(non-performing loan/NPL)")


def _without_gloss(tokens: list[str]) -> list[str]:
    """``tokens`` without a bracketed English gloss of two words or more ending them: "Nilai ekspor
    (free on board) [mencapai]", "Permintaan baja kasar (crude steel) [sebesar]" name what they measure
    before the bracket; the gloss only says it again in English. A bracketed word ("Dana pihak ketiga
    (DPK)", "kenaikan ( inflasi)": often the name itself), Indonesian words ("seporsi (bakso campur)")
    and a list item's number ("1)") are kept."""
    if not tokens or not tokens[-1].endswith(")") or tokens[-1].startswith("(") or _LIST_MARKER.fullmatch(tokens[-1]):
        return tokens
    for i in range(len(tokens) - 2, max(-1, len(tokens) - 1 - GLOSS_TOKENS), -1):
        token = tokens[i]
        if token.endswith(")"):
            return tokens  # another bracket closes first: not one gloss
        if token.startswith("("):
            inside = [t.strip("()").lower() for t in tokens[i:] if t.strip("()")[:1].isalpha()]
            return tokens[:i] if len(inside) > 1 and i > 0 and tokens[i - 1][:1].isalpha() and _in_english(inside) else tokens
    return tokens


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("stopwords", "en"))


def _in_english(words: list[str]) -> bool:
    """Whether ``words`` are an English gloss: one of them at least an English word of the translation
    list or an English function word, none an Indonesian word of the list ("free on board", "crude
    steel"; not "bakso campur", "merah keriting": a bracket in Indonesian may name the thing itself)."""
    tr = load_translations()
    if any(w in tr.words_to_english for w in words):
        return False
    return any(w in tr.words_to_indonesian or w in _english_stopwords() for w in words)


_NAME_WITH_DIGITS = re.compile(r"[A-Z][A-Za-z]+\d+[A-Za-z]*")


def _alphanumeric_name(word: str) -> bool:
    """True for a name written with digits after two letters or more, the first a capital ("LQ45", "IDX30",
    "MNC36"): a word of a phrase ("indeks LQ45 turun 1,28 persen"), not a figure; a currency marker glued
    to its amount ("Rp10") is none."""
    if not _NAME_WITH_DIGITS.fullmatch(word):
        return False
    return not any(word.lower().startswith(marker.lower()) for marker in number_words().currency_prefix)


# blank, or two words (the first kept): the only gaps that may be a rate
_BLANK_OR_TWO_WORDS = re.compile(r"\s*(?:(\S+)\s+\S+\s*)?")
# a rate glued to the amount by a sign ("Rp33.300/kg"): the sign, then one word
_GLUED_RATE = re.compile(r"\s*([^\w\s])[^\W\d_]+\s*")


def _only_rate_between(text: str, start: int, end: int, am: AmountMeasureWords) -> bool:
    """True when ``text[start:end]`` is blank or a rate ("per gram", "/kg") only: "Rp 6.000 per gram
    menjadi ...", "dari Rp33.300/kg menjadi Rp30.317/kg"."""
    # asked of the text from every earlier figure of the document: matched in place (not sliced
    # out, up to a whole article each time), and a third word already says no
    m = _BLANK_OR_TWO_WORDS.fullmatch(text, start, end)
    if m is not None:
        return m.group(1) is None or case_blind_key(m.group(1)) in am.per_words
    m = _GLUED_RATE.fullmatch(text, start, end)
    return m is not None and m.group(1) in am.per_words


RATE_GAP_REACH = 100  # characters before a figure read for the third word back


def _rate_gap_floor(text: str, end: int) -> int:
    """The least ``start`` for which ``_only_rate_between(text, start, end, ...)`` can hold: the end of
    the third word back from ``end`` (from there on, ``text[start:end]`` holds at most the last two
    words; from before it, three or more, or part of the third). 0 when that word does not end within
    the last ``RATE_GAP_REACH`` characters, or is not whole there (no bound)."""
    near = max(0, end - RATE_GAP_REACH)
    window = text[near:end]
    runs = window.split()  # split's white space is the regex's \s (str.isspace)
    if len(runs) < 4:  # a fourth word (or part of one) before the third: the third is whole
        return 0
    kept = window.rstrip()
    kept = kept[:len(kept) - len(runs[-1])].rstrip()
    kept = kept[:len(kept) - len(runs[-2])].rstrip()
    return near + len(kept)


@_kept_for_last
def _change_words(change_of: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """The change words of ``amount_measures.change_of`` (longest first) and the noun of each."""
    return tuple(w for w, _ in change_of), dict(change_of)


@_kept_for_last
def _subject_verbs(verb_nouns: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """The verbs of ``amount_measures.subject_verb_nouns`` (longest first) and the noun of each."""
    return tuple(w for w, _ in verb_nouns), dict(verb_nouns)


# The word lists ``_amount_measure_read`` asks at every step back from a figure, one bit each
_STEP_LEVEL, _STEP_LINK, _STEP_SUBJECT_VERB, _STEP_FROM, _STEP_CHANGE, _STEP_PERIOD = 1, 2, 4, 8, 16, 32


def _build_step_endings(am: AmountMeasureWords) -> tuple[tuple[int, dict[str, tuple[int, ...]]], dict[str, int], int]:
    """One index of the last words of the lists a step back asks (``_ends_with``'s gate for all of
    them at once): the last words' lengths by their endings (``_lengths_by_ending``), each last word with the bits
    of the lists holding it, and
    the bits of lists with a phrase of no word (their gate is always open). A list's gate opens where
    the window's lower-cased tail ends with one of its last words, so the bits gathered over the
    lengths are exactly the lists whose own gate would open."""
    lists = ((_STEP_LEVEL, am.level_links), (_STEP_LINK, am.links),
             (_STEP_SUBJECT_VERB, _subject_verbs(am.subject_verb_nouns)[0]), (_STEP_FROM, am.from_words),
             (_STEP_CHANGE, _change_words(am.change_of)[0]), (_STEP_PERIOD, am.period_adverbs))
    by_end: dict[str, int] = {}
    always = 0
    for bit, phrases in lists:
        _, last_words, lengths, _ = _phrase_endings(tuple(phrases))
        if phrases and not lengths:
            always |= bit
            continue
        for word in last_words:
            by_end[word] = by_end.get(word, 0) | bit
    return _lengths_by_ending(by_end), by_end, always


_step_endings = _kept_for_last(_build_step_endings)


def _measured_unit_phrase(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity],
                          rw: ReconcileWords, language: str | None = None) -> str | None:
    """The phrase a mass, a length or an area measures, read before it as an amount's is ("ketinggian air
    mencapai 1,5 meter": ketinggian air); None where that read says nothing of the thing measured (below)."""
    am, cm = rw.amount_measures, rw.carried_measure
    if am is None or cm is None or q.value == 0:
        return None  # ("mobil bekas nol kilometer": a zero is a state of the thing, no size of it)
    before = _last_letters(text, sent[0], q.start)
    word = before.group(0).lower() if before else None
    if word in cm.path_links:
        # ("menyisir sungai dari lokasi kejadian sejauh 1,5 kilometer": how far from a place; a path's own length,
        # after a path's preposition, is the count's noun reader's)
        return None
    read = _amount_measure_read(text, sent, q, others, rw, language)[0]
    words = read.split() if read else []
    while words and words[-1] in cm.next_noun_links:
        words.pop()  # "Kendaraan sepanjang 5,5 meter": the vehicle's length; the link is no part of the phrase
    if not words or (words[0] in am.per_words or words[0] in cm.next_noun_links
                     or words[0] in quantity_words(language).before
                     or any(words[0].endswith(s) for s in unit_table(language).not_unit_suffixes)):
        # a rate's "per" alone ("10 km setiap pagi" says how often), a link of size, a word of a bound ("maksimal
        # hingga 2025 akan ditingkatkan menjadi 10 juta ton"), a word with an enclitic ("Biasanya ... 700.000 ton")
        return None
    # "Pesawat jatuh dari ketinggian 3.000 meter": a noun right before the figure, which the amount's reader
    # passed over as a place or a source, is what the figure is of; the phrase further back is not
    # (a place right before it is a row's label, not a noun: "..., Jawa Barat 9,4 juta ton" is a row of the list's noun;
    # any other capitalised word is still a noun, as in a title written in capitals: "Pada Ketinggian 3.000 Meter")
    if (word and not _place_label_before(text, sent, q) and word not in words and word not in rw.stopwords and word not in cm.next_noun_links
            and word not in am.links and word not in am.level_links and not _looks_like_verb(word, rw)):
        return None
    return " ".join(words)


# what ends a clause read back from an amount: sentence punctuation, a quote mark, a dash set off by spaces (a
# dateline, "Jakarta - ...", or an aside)
_CLAUSE_BREAK = re.compile(r"[.;:!?\"\u201c\u201d\u2013\u2014]|\s-\s")


def _subject_across_adjuncts(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity],
                             rw: ReconcileWords) -> str | None:
    """fig38: what an amount measures when it is the value a link gives its clause ("... mencapai Rp415,55
    miliar") and the words right before the link name nothing: the noun phrase that opens the clause, read back
    past adjuncts set off by commas ("produksi ikan di Indramayu, pada tahun 2018, sampai bulan Oktober
    [mencapai]": produksi ikan), or the object of the clause's last active verb ("Dinas ... mencatat produksi
    atau pendaratan ikan di TPI dari bulan Januari sampai dengan Oktober 2018 [sebanyak]": produksi). Not past a
    clause break; None when another figure stands in the clause, when the clause opens with a word that opens no
    phrase ("jika", a coordinator) or with a name (a capitalised word inside the phrase)."""
    am = rw.amount_measures
    if am is None:
        return None
    window = text[sent[0]:q.start]
    link = _ends_with(window, am.links, rw.stopwords)
    if link is None:
        return None
    clause = window[:link.start()]
    clause = clause[max([0, *(b.end() for b in _CLAUSE_BREAK.finditer(clause))]):]
    opens = sent[0] + link.start() - len(clause)  # where the clause opens in the text
    if any(o is not q and opens <= o.start and o.end <= q.start for o in others):
        # ("total aset Rp 668,8 m lebih tinggi dibanding Mei 2024 yaitu Rp 650 m", "membayar 100 juta Pounds atau
        # setara Rp 2,1 triliun"): with another figure in the clause, the words after it are that figure's
        return None
    for segment in reversed(clause.split(",")):
        tokens = _PHRASE_TOKEN.findall(segment)
        if not tokens:
            return None
        if _sentence_connective(segment):
            return None  # "Menurutnya, pada tahun ini mencapai ...": a connective measures nothing
        first = tokens[0].strip("()").lower()
        if first in am.time_openers or first in am.adjunct_prepositions:
            continue  # a time or a place set off by commas: the subject is before it
        if first in am.phrase_stops or first in am.coordinators or first in rw.stopwords:
            return None
        verbs = [i for i, t in enumerate(tokens) if t.islower() and t not in am.adjunct_prepositions
                 and _looks_like_verb(t, rw) and t.startswith(am.active_prefixes)]
        rest = tokens[verbs[-1] + 1:] if verbs else tokens
        phrase = _phrase_words(rest, rw, from_start=True)
        said = [t.strip("()") for t in rest[:len(phrase)]]
        if not phrase or any(_is_title_word(w) for w in said[1:]) or (verbs and not said[0].islower()):
            return None  # a name ("Kapolres Berau"), not what is measured
        if rw.carried_measure and phrase[0] in rw.carried_measure.referring_nouns:
            return None
        return " ".join(phrase)
    return None


@lru_cache(maxsize=1)
def _sentence_connectives() -> frozenset[str]:
    """The connectives and sentence adverbs that open a sentence set off by a comma ("Menurutnya,",
    "Akibatnya,", "Selain itu,"): text_shape.yaml's sentence_connectives and quote_patterns.yaml's
    discourse and connective openers, lower case, words joined by one space."""
    patterns = load_quote_patterns()
    return frozenset(shape_data().sentence_connectives | patterns.discourse_openers
                     | {" ".join(words) for words in patterns.connective_openers})


def _sentence_connective(segment: str) -> bool:
    """Whether a comma-separated piece of a clause is only a sentence connective ("Sebelumnya")."""
    return " ".join(segment.strip(" \t\n\"'()").lower().split()) in _sentence_connectives()


def _amount_measure_read(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity],
                         rw: ReconcileWords, language: str | None = None) -> tuple[str | None, bool]:
    """What an amount or a percentage measures, read around it: the noun phrase before the words
    linking it to the figure, a change verb right before it ("turun Rp6.000": a fall), or the
    phrase after a word of purpose; None when the sentence names none. Second: True when only the
    price noun names it (money per unit of a good whose goods no phrase names)."""
    am = rw.amount_measures
    if am is None:
        return None, False
    # "US$ 152,5 miliar atau setara Rp 2.479 triliun": the amount said again measures what the first does
    restated = restated_quantity(text, q.start, [o for o in others if sent[0] <= o.start and o.end <= q.start],
                                 quantity_words(language))
    # (in brackets, also an amount of a currency the unit table does not know: "10 juta rupee (sekitar ...)")
    # ("250 miliar shekel atau sekira USD67,5 miliar": or of any currency the number words know)
    # ("turun 0,1 poin atau 0,01%", "Rp48 triliun atau 78,5% dari pagu", "83 juta jiwa atau setara 34 persen"):
    # a percentage saying again a figure of any unit measures what that figure does
    if restated is not None and (restated.unit in am.units or text[restated.end:q.start].strip() == "("
                                 or restated.unit in _currencies(language) or q.unit in am.share_units):
        measure, priced = _amount_measure_read(text, sent, restated, others, rw, language)
        # "dividen sebesar Rp 32,30 miliar atau Rp 3,69 per lembar saham": an amount for each unit after a
        # total is the total divided, not the total said again; it keeps its "per" unit, so a per-share
        # dividend meets only per-share dividends
        own_per = _per_unit(_tokens_after(text, sent, q), am)
        if own_per and measure and not _per_unit(_tokens_after(text, sent, restated), am):
            measure = f"{measure} per {own_per}"
        base = _share_base(text, sent, q, rw) if measure and measure.split()[0] not in change_nouns(rw) else None
        return (f"{measure} {base}" if measure and base else measure), priced
    pos = q.start
    change: str | None = None
    reached_level = skipped_figure = passed_link = False
    # fig36: a hedge read with its verb of level into the figure ("imbal hasil kembali naik hampir menyentuh 7
    # persen"): the figure is the level touched, not the rise
    lead = text[q.start:q.end]
    lead = lead[:next((i for i, c in enumerate(lead) if c.isdigit()), 0)]
    if lead and any(w in am.level_links for w in words(lead)):
        reached_level = True
    extreme: str | None = None  # "tertinggi" between the phrase and the amount: a record, kept in the measure
    change_words, change_noun = _change_words(am.change_of)
    subject_verbs, verb_noun = _subject_verbs(am.subject_verb_nouns)
    named_by_verb: str | None = None
    (end_k, end_lengths), lists_by_end, always_open = _step_endings(am)
    while pos > sent[0]:
        window = text[sent[0]:pos]
        tail = window.rstrip().lower()  # the same for the lists
        # the lists with a phrase whose last word ends the window: only they can match (most steps: none)
        ending = always_open
        for n in end_lengths.get(tail[-end_k:], ()):  # (the lengths of last words ending as the tail does)
            ending |= lists_by_end.get(tail[-n:], 0)
        m = _ends_with(window, am.level_links, rw.stopwords, tail) if ending & _STEP_LEVEL else None
        if m:
            reached_level = True
        elif ending & _STEP_LINK:
            m = _ends_with(window, am.links, rw.stopwords, tail)
        if m:
            pos = sent[0] + m.start()
            said = " ".join(case_blind_key(m.group(0)).split())
            if said in am.extreme_links and not reached_level and change is None:
                extreme = extreme or said
            if said in am.apposition_links and text[sent[0]:pos].rstrip().endswith(","):
                pos = sent[0] + len(text[sent[0]:pos].rstrip()) - 1  # ", yaitu": the comma goes with it
            passed_link = True
            continue
        # "iPhone 15 hanya dibandrol Rp 11,4 juta", "potensinya bernilai 80 persen": the verb names what the
        # amount is of the phrase before it (a change or a level read nearer says what it is instead)
        m = (_ends_with(window, subject_verbs, frozenset(), tail)
             if ending & _STEP_SUBJECT_VERB and subject_verbs and named_by_verb is None and change is None and not reached_level
             and not skipped_figure else None)
        if m:
            named_by_verb = verb_noun[" ".join(case_blind_key(m.group(0)).split())]
            pos = sent[0] + m.start()
            passed_link = True
            continue
        # "potongan diberikan sebesar 50 persen": a passive verb before a link is passed over as the link is
        verb = _last_letters(window) if passed_link and am.passive_prefixes else None
        if verb and verb.group(0).islower() and _looks_like_verb(verb.group(0), rw) and (
                verb.group(0).startswith(am.passive_prefixes)):
            pos = sent[0] + verb.start()
            continue
        # "garis kemiskinan dari semula US$ 6,85 menjadi US$ 8,30": the level reached is measured by the
        # phrase before the level it came from
        m = _ends_with(window, am.from_words, rw.stopwords, tail) if skipped_figure and ending & _STEP_FROM else None
        if m:
            pos = sent[0] + m.start()
            continue
        # fig41: "harga emas naik Rp3.000 dari Rp942 ribu per gram", "turun Rp7.000 menjadi Rp1.671.000 dari
        # sebelumnya Rp1.678.000": the level a change came from, written after the change's own figure or the
        # level it reached (of one unit), is a level of what the change's subject measures, not the change
        m = (_ends_with(window, am.from_words, rw.stopwords, tail)
             if not skipped_figure and not reached_level and change is None and ending & _STEP_FROM else None)
        if m:
            chained = _chain_figure_before(text, sent, sent[0] + m.start(), q, others, rw)
            if chained is not None:
                skipped_figure = True
                pos = chained.start
                continue
        m = _ends_with(window, change_words, rw.stopwords, tail) if ending & _STEP_CHANGE else None
        if m:
            if not reached_level and not skipped_figure and change is None:
                change = change_noun[" ".join(case_blind_key(m.group(0)).split())]
            pos = sent[0] + m.start()
            continue
        # "ikut melemah, turun ke level Rp 1.781.000": a change said again after a comma is one change
        # (a comma after an amount is not: "susut sebesar Rp 6.000, menjadi ...")
        # (a comma and white space end the window only where its stripped text ends with it)
        comma_at = len(window.rstrip()) - 1 if tail.endswith(",") else -1
        if comma_at >= 0 and _ends_with(window[:comma_at], change_words):
            pos = sent[0] + comma_at
            continue
        # "Pun cabai rawit hijau, naik menjadi Rp 40.000": a subject set off by a comma from its change or level
        if comma_at >= 0 and (change is not None or reached_level) and _subject_before_comma(window[:comma_at], rw):
            pos = sent[0] + comma_at
            continue
        # "turun Rp6.000 menjadi Rp1.937.000": the price the change led to; the phrase is before both
        # (a figure ending before the third word back from here has three words or more between: the
        # test is asked of every figure of the document)
        floor = _rate_gap_floor(text, pos)
        earlier = next((o for o in others if o is not q and floor <= o.end <= pos
                        and _only_rate_between(text, o.end, pos, am)), None)
        if earlier is not None and reached_level:
            skipped_figure = True
            pos = earlier.start
            continue
        # "IHSG secara mingguan juga tercatat melemah 1,59%": the period of a change is passed over (and kept, below)
        # when a subject stands before it ("Lalu secara year to date menguat", "dan secara enam bulanan masih
        # melemah": none, the period is all the clause says)
        m = (_ends_with(window, am.period_adverbs, rw.stopwords, tail)
             if am.period_adverbs and ending & _STEP_PERIOD else None)
        if m:
            word = _last_letters(window, 0, m.start())
            if word and case_blind_key(word.group(0)) not in rw.stopwords and case_blind_key(word.group(0)) not in (
                    am.subject_comma_openers | am.coordinators):
                pos = sent[0] + m.start()
                continue
        # "kurs tengah hari ini, Selasa (22/1/2019) di level Rp14.221", "turun pada 2019 menjadi 5,5 persen":
        # a time between the phrase and its link or change is passed over, as the time words of the links are
        at = _time_adjunct_start(window, rw)
        if at is not None:
            pos = sent[0] + at
            continue
        break
    if change is not None:
        # "kerugian mencapai USD364 juta, naik lebih dari 1.100%": a change said after a comma right after
        # another amount is a change of what that amount measures
        carried = _change_of_amount_before(text, sent, q, pos, others, rw, language)
        if carried:
            return f"{change} {carried}", False
        # "SOL naik 5,58 persen dalam sehari, tetapi melemah 2,92 persen sepekan": no subject of its own after
        # the coordinator, the change is of what the change before it in the sentence is of
        shared = _subject_of_change_before(text, sent, q, pos, others, rw, language)
        if shared:
            return f"{change} {shared}", False
    # (a year right before the amount, with no link between, is no period of a phrase: "Cara Cek Penerima
    # BSU 2025 Rp600 Ribu" is a title, "KUPEDES BRI 2025 Rp 1 Juta" a table's heading)
    tokens_before = _tokens_before(text[max(sent[0], pos - 200):pos], rw)
    phrase = _phrase_before(tokens_before, rw, year_closes=pos < q.start and bool(text[pos:q.start].strip()))
    bearer_noun = _noun_of_verb_before(tokens_before, phrase, am)
    if bearer_noun and change is None:
        phrase = [bearer_noun, *phrase]
    if phrase and change is None and not reached_level:
        # "Jawa Tengah dengan produksi sebesar 9,8 juta ton GKG, Jawa Barat 9,4 juta ton GKG": a row whose
        # label is only a name, listed right after an amount of its unit, is another row of that amount's list:
        # the name says which row, the list's noun what is counted
        row = _row_after_listed_amount(text, sent, pos, q, phrase, others, rw)
        # (rows of one list are written alike: a price "per kg" is no row of an amount with no "per")
        if row is not None and _per_unit(_tokens_after(text, sent, row), am) == _per_unit(_tokens_after(text, sent, q), am):
            shared, priced_shared = _amount_measure_read(text, sent, row, others, rw, language)
            # (a row before it labelled by a name only, whose list's noun was not found, lends nothing)
            # (nor does one whose reading names a place: "won Korea Selatan 0,05 persen, Jepang 0,03 persen" is each
            # currency's own row, not the won's)
            if shared and not _written_as_name(text, sent, shared.split()) \
                    and not _names_a_place(text, sent, shared.split()):
                return shared, priced_shared
    if not phrase and change is None and not reached_level:
        # "mencapai 60 persen dan sekitar 80 persen": a value listed after another shares its measure
        # ("susut Rp 6.000, menjadi Rp 1.781.000" is the level after a change, not a list)
        listed = _search_last_words(_clause_patterns(rw).list_gap, text, sent[0], pos)
        earlier = next((o for o in others if o is not q and listed and o.end == listed.start() and o.unit == q.unit),
                       None)
        if earlier is not None:
            shared, priced_shared = _amount_measure_read(text, sent, earlier, others, rw, language)
            # "di level tertinggi Rp 1.910 dan terendah Rp 1.885": the listed value's own extreme replaces the other's
            return (_with_extreme(shared, extreme, am) if shared and extreme else shared), priced_shared
    # the tokens after it, as many as are read: a phrase read forwards takes at most ``reach_words``
    # of them and stops at the next, after the one word of purpose; a rate reads three
    after = [t.group(0) for t in islice(_PHRASE_TOKEN.finditer(text, q.end, min(sent[1], q.end + 200)),
                                        max(am.reach_words + 2, 3))]
    # ("Pemerintah menggelontorkan Rp 12 miliar untuk perbaikan jalan": after a verb that names the amount, what
    # it is for says more than who spent it: dana perbaikan jalan)
    by_verb_for = bool(named_by_verb) and q.unit not in am.share_units
    if (not phrase or by_verb_for) and change is None and after and after[0].lower() in am.purpose:
        purpose_phrase = _phrase_words(after[1:], rw, from_start=True)
        if purpose_phrase and purpose_phrase[0] in am.purpose_not:
            purpose_phrase = []
        if purpose_phrase or not phrase:
            phrase = purpose_phrase
    demonstrative = _search_last_words(_DEMONSTRATIVE_END, text, sent[0], pos)
    if not phrase and demonstrative and rw.carried_measure and (
            case_blind_key(demonstrative.group(1)) in rw.carried_measure.demonstratives):
        # "Suku bunga itu tetap 5,75 persen": the phrase the demonstrative points at ("pekan ini" is a time)
        tokens = _PHRASE_TOKEN.findall(text[max(sent[0], demonstrative.start() - 200):demonstrative.start()])
        pointed = _phrase_words(tokens, rw, from_start=False)
        # "di kota-kota tersebut mencapai 90 persen", "disalurkan kepada usaha mikro tersebut sudah Rp130
        # miliar": a phrase after a preposition or a function word is where or to whom, not what
        before_phrase = tokens[-len(pointed) - 1].lower() if len(tokens) > len(pointed) else ""
        after_preposition = before_phrase in rw.place_prepositions or before_phrase in rw.stopwords
        phrase = ([] if not pointed or pointed[0] in am.purpose_not or after_preposition
                  or pointed[0] in rw.carried_measure.connectives else pointed)
    if not phrase and change is None and not reached_level:
        # "Pendaftaran: Rp250.000 Infak pengembangan: Rp18.000.000 ...": a list run into one line, each
        # amount after its own label
        phrase = _inline_label(text, sent, pos, q, others, rw)
    # "Arab Saudi menyumbang sekitar 17% pasokan minyak global", "Wanita menyumbang 53,98 persen dari total
    # populasi": a share after a verb that names it is still a share of the phrase after it, when one follows
    subject_phrase: list[str] = []
    if named_by_verb and q.unit in am.share_units:
        subject_phrase, phrase = phrase, []
    if not phrase and change is None and q.unit in am.share_units and after and (
            (after[0].lower() in counted_nouns() or after[0].lower() in am.share_nouns
             or (after[0].islower() and after[0] not in rw.negations and after[0] not in rw.negation_of
                 and after[0] not in rw.stopwords and after[0] not in am.phrase_stops))
            and after[0].lower() not in _time_words() and after[0].lower() not in am.share_not
            # ("2,4% year-on-year": a hyphened word of how it is counted)
            and after[0].lower().split("-")[0] not in am.share_not):
        # "40% orang tajir", "hampir 70% populasi di Kuwait", "75% spesies karang", "50 persen harganya": a
        # share of them (a function word, a negation or a verb after it names nothing it is a share of)
        phrase = _phrase_words(after, rw, from_start=True)
    share_of_whole = False
    if not phrase and change is None and q.unit in am.share_units and len(after) > 1 and (
            after[0].lower() in am.share_of_links and after[1][:1].isalpha()):
        # "menguasai sekitar 2,7 persen dari total pasokan bitcoin": a share of the phrase after "dari"
        phrase = _phrase_words(after[1:], rw, from_start=True)
        share_of_whole = bool(phrase)
    if named_by_verb and q.unit in am.share_units:
        if share_of_whole and subject_phrase:
            phrase = subject_phrase  # ("Wanita menyumbang 53,98 persen dari total populasi": the part, wanita)
        if phrase:
            named_by_verb = None
        else:
            phrase = subject_phrase
    if not phrase and change is None and q.unit in am.share_units and after:
        phrase = _poll_answer(after, rw)  # "63,7 persen yang menyatakan puas"
    if not phrase and change is None and not reached_level and after and q.unit not in am.share_units and (
            _names_money(after, language)):
        phrase = _phrase_words(after, rw, from_start=True)  # "Sebanyak Rp 2 triliun uang tunai": that money
    gap = _gap_between(text[max(sent[0], pos - 200):pos], am) if phrase else None
    if gap is not None and phrase[0] != gap:
        phrase = [gap, *phrase]
    per_unit = _per_unit(after, am)
    per = ["per", per_unit] if per_unit else []
    if not phrase and change is None and not reached_level:
        # ("Desa Amberi - Rp 878.849.000" under "Daftar Dana Desa 2025:"): a row's own label says which of the
        # list's amounts it is; the heading is what all of them are, and would give every row one measure
        phrase = _dash_row_label(text, sent, pos, q, others, rw)
    if not phrase and change is None and not reached_level:
        phrase = _list_heading_phrase(text, q.start, rw)
    if not phrase and change is None and not reached_level:
        phrase = _label_or_category(text[sent[0]:pos], q, rw)
    if named_by_verb in am.subject_verb_nouns_with_holder and not phrase:
        named_by_verb = None  # ("ia memperoleh US$ 14": a receipt of no one named)
    if named_by_verb and not (phrase and phrase[0].startswith(named_by_verb)):
        # ("Harganya dibanderol Rp16.000": the phrase is already the verb's noun)
        phrase = [named_by_verb, *phrase][:am.phrase_words]
    came_from = _ends_with(text[sent[0]:pos], am.from_words) is not None
    if not came_from:
        # fig36: "turun rp6.000 dari angka rp1.894.000": a noun of amount between the word of where it came from
        # and the amount is still the level it came from
        back = words(text[max(sent[0], q.start - 40):q.start])
        while back and back[-1] in rw.generic_measure_words:
            back.pop()
        came_from = bool(back) and back[-1] in am.from_words
    # fig36: ... or a change or level whose "per" unit is written after the amounts it is told with ("emas antam
    # melonjak rp 38.000 dari semula rp 1.858.000 menjadi rp 1.896.000 per gram": a rise of the price)
    # (only a change or a level reached: a bare amount before "dari semula ..." is a change whose way is not said)
    unit_of_chain = per_unit or (_per_unit_after_chain(text, sent, q, others, am)
                                 if q.unit in am.units and q.unit not in am.share_units
                                 and (change is not None or reached_level) else None)
    per_good = unit_of_chain in am.priced_per and bool(am.price_noun) and not came_from
    priced = not phrase and per_good
    if priced:  # "Rp12 ribu per kilogram": a price; "turun Rp 6.000 per gram": its fall
        phrase = [str(am.price_noun)]
    elif (per_good and q.unit in am.units and q.unit not in am.share_units
          and not any(w.startswith(str(am.price_noun)) or _names_money([w], language) for w in phrase)):
        # fig36: "emas antam melonjak ... menjadi Rp 1.896.000 per gram", "bawang merah dijual Rp38 ribu per
        # kilo": money for each unit of a good named before it is that good's price, not the good (a phrase with
        # a noun of money in it, "asumsi tarif listrik ... per kWh", "harganya", already says what); a noun of change that
        # opens the phrase stays first ("penurunan Rp 5.000 per gram" is a fall of the price)
        # (the level a change led to is the price, not the change: "mengalami penurunan rp 22.000 dari semula
        # rp 1.991.000 menjadi rp 1.969.000 per gram" is harga per gram, never set against the fall)
        # (a price of no good named then, which is never set against another)
        opens = 1 if phrase[0] in am.change_noun_forms or phrase[0] in _change_nouns(am) else 0
        priced = bool(opens and reached_level and len(phrase) == 1)
        phrase = ([str(am.price_noun), *phrase[opens:]] if opens and reached_level
                  else [*phrase[:opens], str(am.price_noun), *phrase[opens:]])
    if (not phrase and change is None and not came_from and am.price_noun and q.unit in am.units
            and q.unit not in am.share_units):
        weight = _amount_of_good_before(text, sent, q, others, am)
        if weight is not None:  # "2 gram Rp2,1 juta": the price of 2 grams
            phrase, priced = [str(am.price_noun), *weight.text.lower().split()], True
    if extreme and phrase:
        phrase = [*phrase, extreme]  # before the "per" unit, which comes after the phrase
    # (a change "terhadap dolar AS" or a contribution "terhadap PDB" a verb names is read as before: the base
    # only sets apart a level said as a share of two wholes)
    base = _share_base(text, sent, q, rw) if phrase and change is None and not named_by_verb else None
    phrase, period = _change_period(text, sent, q, phrase, rw) if change is not None else (phrase, [])
    return " ".join(([change] if change else []) + phrase + period + per + ([base] if base else [])) or None, priced


# a name of up to four capitalised words ending a window ("Jawa Barat ", "Sumatera Selatan ", "India ")
_NAME_AT_END = re.compile(r"(?:(?<![^\W_])[A-Z][\w'-]*\s+){0,3}(?<![^\W_])[A-Z][\w'-]*\s*$")


def _written_as_name(text: str, sent: tuple[int, int], phrase: list[str]) -> bool:
    """True when ``phrase`` is written in the sentence, and each time with every word capitalised (a name)."""
    if not phrase:
        return False
    sentence = text[sent[0]:sent[1]]
    found = list(re.finditer(r"(?<![^\W_])" + r"\s+".join(re.escape(w) for w in phrase) + r"(?![^\W_])",
                             sentence, re.IGNORECASE))
    # fig41: the first word of a sentence is capitalised as the sentence's, not as a name's ("Ekspor terbesar ke
    # China senilai ...": ekspor); only the words after it there say whether the phrase is written as a name
    opening = len(sentence) - len(sentence.lstrip(" \t\n\"'“‘(-"))
    written = [w for m in found for w in m.group(0).split()[1 if m.start() == opening else 0:]]
    return bool(found) and bool(written) and all(w[:1].isupper() for w in written)


def _tokens_before(window: str, rw: ReconcileWords) -> list[str]:
    """The tokens of the phrase read back from an amount, words joined by a slash kept as one ("Kementerian/Lembaga",
    "K/L"), unless a part is a function word or a joiner ("dan/atau": the alternative stays two words and a sign)."""
    tokens = _PHRASE_BEFORE_TOKEN.findall(window)
    if "/" not in window:
        return tokens  # no slash: every token is kept as found (most windows)
    am = rw.amount_measures
    joiners = am.joiners if am is not None else frozenset()
    out: list[str] = []
    for token in tokens:
        parts = token.strip("()").lower().split("/")
        if len(parts) > 1 and any(p in rw.stopwords or p in joiners for p in parts):
            out.extend(_PHRASE_TOKEN.findall(token))
        else:
            out.append(token)
    return out


def _chain_figure_before(text: str, sent: tuple[int, int], at: int, q: Quantity, others: Sequence[Quantity],
                         rw: ReconcileWords) -> Quantity | None:
    """The figure of ``q``'s unit ending right before the from-word at ``at`` (a rate such as "per gram" may stand
    between), when it is a change or a level reached: a change word or a level link among the three words before
    it ("naik Rp3.000 [dari]", "turun hingga Rp7.000 [dari]", "menjadi Rp1.671.000 [dari sebelumnya]"); None
    otherwise ("30 persen dari Rp 10 juta" is a share of a whole, not a level it came from)."""
    am = rw.amount_measures
    if am is None or q.unit is None:
        return None
    floor = _rate_gap_floor(text, at)
    before = next((o for o in others if o is not q and o.unit == q.unit and sent[0] <= o.start
                   and floor <= o.end <= at and _only_rate_between(text, o.end, at, am)), None)
    if before is None:
        return None
    change_words, _ = _change_words(am.change_of)
    tail = [w.lower() for w in words(text[sent[0]:before.start])[-5:]]
    # a change word, whole, among the three words before the figure; a level link, whole, among them with only an
    # amount's link words after it ("menjadi sebesar Rp 1.781.000"): a bare preposition of a link ("ke", "di") before
    # a place or a noun ("Bantuan ke Desa Sukamaju Rp 50 juta dari ...") says no level was reached
    if any(_phrase_ends_within(tail, w.split(), 3) for w in change_words):
        return before
    for link in am.level_links:
        phrase = link.split()
        if any(_only_links(tail[end:], am.links) for end in _phrase_ends(tail, phrase, 3)):
            return before
    return None


def _phrase_ends(tail: list[str], phrase: list[str], last: int) -> list[int]:
    """Where ``phrase`` (lower-case words), standing whole in ``tail``, ends, among its ``last`` words."""
    n = len(phrase)
    return [i for i in range(max(n, len(tail) - last + 1), len(tail) + 1) if tail[i - n:i] == phrase]


def _phrase_ends_within(tail: list[str], phrase: list[str], last: int) -> bool:
    """True when ``phrase`` (lower-case words) stands whole in ``tail`` and ends among its ``last`` words."""
    return bool(_phrase_ends(tail, phrase, last))


def _only_links(rest: list[str], links: Sequence[str]) -> bool:
    """True when ``rest`` is nothing but link words of an amount, each whole ("sebesar", "tercatat sebesar")."""
    while rest:
        link = next((w.split() for w in links if rest[:len(w.split())] == w.split()), None)
        if link is None:
            return False
        rest = rest[len(link):]
    return True


def _row_after_listed_amount(text: str, sent: tuple[int, int], pos: int, q: Quantity, phrase: list[str],
                             others: Sequence[Quantity], rw: ReconcileWords) -> Quantity | None:
    """The amount of ``q``'s unit listed right before ``q``'s label, when the phrase read for ``q`` is only that
    label and the label is a name ("..., Jawa Barat 9,4 juta ton", "... US$693,95 juta, India US$565,46 juta"):
    the row before, whose noun the row shares; None otherwise. Between the amount and the list's comma or joiner
    at most two words of the amount's own (its good: "ton GKG"), no figure and no sentence punctuation."""
    if q.unit is None:
        return None
    window = text[sent[0]:pos]
    label = _NAME_AT_END.search(window)
    if label is None or [w.lower() for w in label.group(0).split()] != [w.lower() for w in phrase]:
        return None
    # a place says which row; any other name may be the thing the row measures ("Afirmasi 30 persen", a quota's
    # kind; "Sungai Gendol 5 km", a river's own length)
    if not _gazetteer_place(" ".join(label.group(0).split())):
        return None
    gap = _clause_patterns(rw).list_gap.search(window[:label.start()])
    if gap is None:
        return None
    gap_at = sent[0] + gap.start()
    row = max((o for o in others if o is not q and o.unit == q.unit and sent[0] <= o.start and o.end <= gap_at),
              key=lambda o: o.end, default=None)
    if row is None:
        return None
    between = text[row.end:gap_at].rstrip().rstrip(",")  # (", dan": the comma goes with the joiner)
    if not re.fullmatch(r"[^\W\d_\s]*(?:\s+[^\W\d_]+){0,2}\s*", between):
        return None  # only words of the amount's own: no figure, no sign, no punctuation
    return row


def _place_label_before(text: str, sent: tuple[int, int], q: Quantity) -> bool:
    """True when the capitalised words right before ``q`` end in a gazetteer place as written ("..., Jawa Barat
    9,4 juta ton", "..., DKI Jakarta 12 persen"): a row's label."""
    label = _NAME_AT_END.search(text, sent[0], q.start)
    if label is None:
        return False
    words = label.group(0).split()
    for k in range(1, len(words) + 1):
        entry = lookup_alias(" ".join(words[-k:]))
        if entry is not None and entry.type in ("GPE", "LOC"):
            return True
    return False


def _names_a_place(text: str, sent: tuple[int, int], phrase: list[str]) -> bool:
    """True when a run of one to three of ``phrase``'s words, as the sentence writes it, names a gazetteer place
    ("won Korea Selatan", "dolar AS": an acronym is matched in its own case, by ``entities.lookup_alias``)."""
    sentence = text[sent[0]:sent[1]]
    for n in (1, 2, 3):
        for i in range(len(phrase) - n + 1):
            run = r"\s+".join(re.escape(w) for w in phrase[i:i + n])
            for m in re.finditer(r"(?<![^\W_])" + run + r"(?![^\W_])", sentence, re.IGNORECASE):
                entry = lookup_alias(" ".join(m.group(0).split()))
                if entry is not None and entry.type in ("GPE", "LOC"):
                    return True
    return False


def _gazetteer_place(name: str) -> bool:
    """True when ``name`` is a place of the gazetteer (a country, a region, a city: a GPE or a LOC entry)."""
    g = load_gazetteer()
    entry = g.exact_alias.get(name)
    return entry is not None and entry.type in ("GPE", "LOC")


def _change_period(text: str, sent: tuple[int, int], q: Quantity, phrase: list[str],
                   rw: ReconcileWords) -> tuple[list[str], list[str]]:
    """A change's phrase and the period it is taken over, said in its clause before it: "IHSG secara mingguan
    ... melemah 1,59%" gives (["ihsg"], ["mingguan"]); a phrase that is only words of the period is the period
    ("secara year to date menguat 0,39%": [], ["year", "to", "date"], never "date"). With no phrase, or no
    period, the phrase alone (an index named earlier, or a subject shared with a change before, is read later)."""
    am = rw.amount_measures
    assert am is not None
    if not am.period_adverbs or not phrase:
        return phrase, []
    found = None
    for found in _whole_words_pattern(am.period_adverbs).finditer(_clause_before(text, sent, q, rw)):
        pass
    words = found.group(0).split()[1:] if found else []  # the words after "secara"
    if not words:
        return phrase, []
    if all(w in words for w in phrase):
        return [], words
    # ("Sementara, secara tahunan IHSG melemah 2,13%": the phrase read holds the period already)
    return phrase, [] if any(w in phrase for w in words) else words


_LABEL_LINE = re.compile(r"^\W*([^\W\d][^:\n]{0,60}):\s*$")
_CATEGORY_BRACKET = re.compile(r"([^\W\d][\w-]*)\s*\(\s*$")


def _label_or_category(before: str, q: Quantity, rw: ReconcileWords) -> list[str]:
    """The label of a "label: amount" line ("Harga emas 5 gram: Rp 9.295.000", "Jumlah bantuan: Rp600.000")
    or, for a share, the category it is given in brackets after ("konsumen di Pulau Sumatra (20 persen)",
    "berburu (3,23%)"): its phrase; [] when ``before`` (the sentence up to the amount's links) is neither."""
    am = rw.amount_measures
    assert am is not None
    label = _LABEL_LINE.match(before)
    if label:
        words = _phrase_words(_PHRASE_TOKEN.findall(label.group(1)), rw, from_start=True)
        # ("R-1/TR 900 VA: Rp 1.352 per kWh": a code names a class, not what the amount is)
        return [] if words and _DIGIT.search(words[0]) else words
    if q.unit in am.share_units and _CATEGORY_BRACKET.search(before):
        tokens = _PHRASE_TOKEN.findall(before[max(0, len(before) - 200):].rstrip().removesuffix("(").rstrip())
        return _phrase_words(tokens, rw, from_start=False)
    return []


# a list row "3. Desa Amberi - Rp 878.849.000": maybe a bullet or the row's number, a label with no comma (a
# dateline "Liputan6.com, Jakarta -" has one), a dash with white space before it ("Gempol-Pasuruan" is one name)
_DASH_ROW = re.compile(r"^\W*(?:\d+[.)]\s+)?([^\W\d][^:\n,]{0,60}?)\s+[-\u2013\u2014]\s*$")
_ROW_TAIL_WORDS = 3  # words a row may hold after its amount ("per kg", "per bulan"): more is prose
_ROW_NUMBER_GAP = re.compile(r"\s*(?:\d+[.)])?\s*$")  # what may stand between a row's amount and the next row
_ROW_START = re.compile(r"[.!?](?=\s)|\n")  # where the text of a row before may start (the list's number ends)
_ROW_BACK = 120  # characters back where the row before starts


def _row_label(text: str, start: int, pos: int, end: int, stop: int) -> list[str] | None:
    """The label tokens of the row text[start:stop] whose amount spans pos..end; None when it is no row."""
    row = _DASH_ROW.match(text[start:pos])
    if row is None or len(_PHRASE_TOKEN.findall(text[end:stop])) > _ROW_TAIL_WORDS:
        return None
    return _PHRASE_TOKEN.findall(row.group(1))


# (text, amount start) -> the heading phrase of the rows an amount is the last of, of the one text kept: each
# row reads the heading through the row before it, so a list of 291 villages reads it 291 times, not 291^2
_ROW_HEADINGS: dict[int, tuple[str, ...]] = {}
_ROW_HEADINGS_OF: list[str] = []
_ROW_AMOUNTS: list[tuple[int, Quantity]] = []  # the text's figures by their end, read once per text


def _rows_heading(text: str, row_start: int, q: Quantity, others: Sequence[Quantity],
                  rw: ReconcileWords) -> tuple[str, ...]:
    """The phrase of the heading of a run of rows ("Daftar lengkap Dana Desa 2025:" over "1. Desa Awuliti -
    Rp 901.970.000 2. Desa Asaki - Rp 983.178.000 ..."): the first rows reach it as any list item does; a later
    row takes the heading of the row right before it (rows only between); () when there is none."""
    if not _ROW_HEADINGS_OF or _ROW_HEADINGS_OF[0] is not text:
        _ROW_HEADINGS.clear()
        _ROW_HEADINGS_OF[:] = [text]
        _ROW_AMOUNTS[:] = sorted(((o.end, o) for o in others), key=lambda pair: pair[0])
    # walk back row by row (a loop, not a recursion: a list may hold a thousand rows) to a row whose heading is
    # known or reached, then give every row passed that heading
    chain: list[int] = []
    heading: tuple[str, ...] = ()
    while True:
        if q.start in _ROW_HEADINGS:
            heading = _ROW_HEADINGS[q.start]
            break
        chain.append(q.start)
        heading = tuple(_list_heading_phrase(text, q.start, rw))
        last = None if heading else _row_before(text, row_start, q)
        if last is None:
            break
        q, row_start = last
    for start in chain:
        _ROW_HEADINGS[start] = heading
    return heading


def _row_before(text: str, row_start: int, q: Quantity) -> tuple[Quantity, int] | None:
    """The amount of the row right before the row starting at ``row_start`` (of the text's figures by their end,
    ``_ROW_AMOUNTS``) and where that row starts; None when more than a row number stands between, or the text
    before is no "Label - amount" row."""
    at = bisect_right(_ROW_AMOUNTS, row_start, key=lambda pair: pair[0])
    last = _ROW_AMOUNTS[at - 1][1] if at else None
    if last is None or last is q or row_start - last.end > _ROW_BACK or not _ROW_NUMBER_GAP.match(
            text[last.end:row_start]):
        return None
    starts = [m.end() for m in _ROW_START.finditer(text, max(0, last.start - _ROW_BACK), last.start)]
    last_start = starts[-1] if starts else max(0, last.start - _ROW_BACK)
    while last_start < last.start and text[last_start].isspace():
        last_start += 1
    if _row_label(text, last_start, last.start, last.end, row_start) is None:
        return None
    return last, last_start


def _dash_row_label(text: str, sent: tuple[int, int], pos: int, q: Quantity, others: Sequence[Quantity],
                    rw: ReconcileWords) -> list[str]:
    """What the amount of a list row "Label - amount" whose sentence is the row measures ("Desa Amberi - Rp
    878.849.000", "2. Cabai rawit - Rp 45.000 per kg"): the heading's phrase over the rows, if any, then the
    label ("dana desa amberi", a word the two share said once); [] when the sentence goes on past the amount as
    prose ("JAKARTA - Rp 5 triliun dana ... disalurkan": a dateline, not a label)."""
    tokens = _row_label(text, sent[0], pos, q.end, sent[1])
    if tokens is None:
        return []
    words = _phrase_words(tokens, rw, from_start=True)
    # ("Grandstand 2A - Rp 1,1 juta" names a class; "2025 - Rp 5 juta" or "Liputan6.com -" no label)
    if not words or _DIGIT.search(words[0]):
        return []
    heading = list(_rows_heading(text, sent[0], q, others, rw))
    if heading and heading[-1] == words[0]:
        heading = heading[:-1]  # ("dana desa" over "desa amberi")
    return heading + words


_LABEL_COLON_END = re.compile(r"\s*:\s*$")


def _inline_label(text: str, sent: tuple[int, int], pos: int, q: Quantity, others: Sequence[Quantity],
                  rw: ReconcileWords) -> list[str]:
    """The label right before an amount of a list run into one line: "Pendaftaran: Rp250.000 Infak
    pengembangan: Rp18.000.000" gives "infak pengembangan" for the second amount. The label runs from the
    amount or the colon before it to the colon right before this amount; [] when there is none, or when
    it holds a figure or more words than a phrase."""
    am = rw.amount_measures
    assert am is not None
    before = text[sent[0]:pos]
    colon = _LABEL_COLON_END.search(before)
    if colon is None:
        return []
    head = before[:colon.start()]
    bound = head.rfind(":") + 1
    earlier = [o.end - sent[0] for o in others if o is not q and sent[0] <= o.start and o.end <= pos]
    if earlier:
        bound = max(bound, max(earlier))
    label = head[bound:].strip()
    tokens = _PHRASE_TOKEN.findall(label)
    if not tokens or len(tokens) > am.phrase_words + 1 or not tokens[0][:1].isalpha() or _DIGIT.search(label):
        return []
    if any(not t[:1].isalnum() and t not in "()" for t in tokens) or tokens[0].lower() in am.list_class_labels:
        return []  # ("Golongan II: Rp 18.000": a class of the list heading's measure, read from the heading)
    return _phrase_words(tokens, rw, from_start=True)


def _poll_answer(after: list[str], rw: ReconcileWords) -> list[str]:
    """The verb of answering and the answer right after a share ("yang menyatakan sangat puas": menyatakan
    sangat puas), its negations and words of degree kept; [] when no verb of answering follows it."""
    am = rw.amount_measures
    assert am is not None
    words_after = [t.lower() for t in after]
    if words_after and words_after[0] in am.relative_markers:
        words_after = words_after[1:]
    if not words_after or words_after[0] not in am.answer_verbs:
        return []
    answer: list[str] = []
    for word in words_after[1:]:
        if not word[:1].isalpha() or len(answer) >= am.phrase_words - 1:
            break
        answer.append(word)
        if word not in am.answer_degrees and word not in rw.negations and word not in rw.negation_of:
            break  # the answer's own word ends it: "puas terhadap ..." is puas
    return [words_after[0], *answer] if answer else []


def _noun_of_verb_before(tokens: list[str], phrase: list[str], am: AmountMeasureWords) -> str | None:
    """The noun of what an amount is when ``phrase`` ends ``tokens`` right after a verb whose object bears
    the amount ("merugikan negara": kerugian); None else."""
    if not phrase or not am.object_verb_nouns or len(tokens) <= len(phrase):
        return None
    # only the last words can be read (the phrase and the verb before it, ``reach_words`` back at
    # most): the tokens reach 200 characters before the amount, and were all bared and lower-cased
    first = max(0, len(tokens) - len(phrase) - am.reach_words)
    low = [t.strip("()").lower() for t in tokens[first:]]
    # the phrase keeps its first words only: it may open further back than its length ("menyuap tiga
    # hakim Pengadilan Negeri Surabaya [Rp1 miliar]" is read "tiga hakim pengadilan negeri")
    for start in range(len(tokens) - len(phrase), max(0, len(tokens) - len(phrase) - am.reach_words), -1):
        at = start - first
        if low[at:at + len(phrase)] == phrase:
            return am.object_verb_nouns.get(low[at - 1]) if start > 0 else None
    return None


def _with_extreme(measure: str, extreme: str, am: AmountMeasureWords) -> str:
    """``measure`` with ``extreme`` as its only extreme word, before its "per" unit ("harga saham tertinggi",
    "terendah" -> "harga saham terendah"; "harga per gram" -> "harga terendah per gram")."""
    tokens = [w for w in measure.split() if w not in am.extreme_links]
    at = next((i for i, w in enumerate(tokens) if w in am.per_words), len(tokens))
    return " ".join([*tokens[:at], extreme, *tokens[at:]])


def _change_of_amount_before(text: str, sent: tuple[int, int], q: Quantity, pos: int, others: Sequence[Quantity],
                             rw: ReconcileWords, language: str | None) -> str | None:
    """What a change right after "<amount>," measures: the measure of that amount, its own change word
    left out ("laba Rp 2 triliun, naik 10%" is a rise of laba). None when no amount of money or percent
    ends right before the comma."""
    am = rw.amount_measures
    if am is None:
        return None
    before = text[sent[0]:pos].rstrip()
    # "produksi TBS mencapai 2,04 juta ton, atau turun 3,3%": a joiner of restatement after the comma, or
    # in its place, says the change is of that figure too, whatever its unit
    joined = re.search(r"(?<!\w)(\w+)$", before)
    restating = joined is not None and case_blind_key(joined.group(1)) in am.joiners
    if restating:
        before = before[:joined.start()].rstrip()
    if not before.endswith(",") and not restating:
        return None
    comma = sent[0] + len(before) - (1 if before.endswith(",") else 0)
    # "total aset USD 1,04 miliar (Rp17 triliun) atau naik 11%": the amount said again in brackets ends
    # right before the change as the amount itself would; it measures what that amount does
    earlier = next((o for o in others if o is not q and sent[0] <= o.start and o.end <= comma
                    and text[o.end:comma].strip() in ("", ")")), None)
    if earlier is None or (earlier.unit not in am.units and not restating):
        return None
    measure, _ = _amount_measure_read(text, sent, earlier, others, rw, language)
    words = (measure or "").split()
    nouns = change_nouns(rw)
    while words and words[0] in nouns:
        words.pop(0)
    return " ".join(words) or None


# a weekday and its date in brackets, with its day word or part of the day ("hari ini, Selasa (22/1/2019)",
# "Senin (9/6/2025) dini hari"): a time said between a phrase and its figure
@lru_cache(maxsize=1)
def _day_date_end() -> re.Pattern[str]:
    data = load_data("timex")
    days = [str(w) for names in (data.get("weekdays") or {}).values() for w in names]
    parts = [str(p) for p in data.get("day_parts") or []]
    prefix = [str(p) for p in data.get("weekday_prefix") or []]

    def either(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return re.compile(rf"(?:,\s*)?(?:\b(?:{either(prefix)})\s+)?\b(?:{either(days)})\s*"
                      rf"\(\s*\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?\s*\)"
                      rf"(?:\s+(?:{either(parts)}))?\s*$", re.IGNORECASE) if days else re.compile(r"(?!x)x")


def _subject_of_change_before(text: str, sent: tuple[int, int], q: Quantity, pos: int, others: Sequence[Quantity],
                              rw: ReconcileWords, language: str | None) -> str | None:
    """What the change before a coordinator is of, for a change right after the coordinator with no
    subject of its own: "SOL naik 5,58 persen dalam sehari, tetapi melemah 2,92 persen sepekan" gives "sol"
    for the fall. The nearest amount before the coordinator in the sentence must be read as a change."""
    am = rw.amount_measures
    if am is None or not am.subject_sharing_coordinators:
        return None
    window = text[sent[0]:pos]
    m = _ends_with(window, am.subject_sharing_coordinators, frozenset(), window.rstrip().lower())
    if m is None:
        return None
    at = sent[0] + m.start()
    before = [o for o in others if o is not q and sent[0] <= o.start and o.end <= at and o.unit in am.units]
    if not before:
        return None
    earlier = max(before, key=lambda o: o.start)
    measure, _ = _amount_measure_read(text, sent, earlier, others, rw, language)
    words = (measure or "").split()
    change_nouns_read = {noun for _, noun in am.change_of}
    if len(words) < 2 or words[0] not in change_nouns_read:
        return None
    return " ".join(words[1:])


def _subject_before_comma(window: str, rw: ReconcileWords) -> bool:
    """True when the clause ending ``window`` (from its last punctuation) is a noun phrase alone, or
    after one opener of ``subject_comma_openers``: "Pun cabai rawit hijau" is the subject of the change
    after its comma; "Menurut BPS" (a source), "Pada Senin (23/6)" (a time) or a clause with a verb are not."""
    am = rw.amount_measures
    if am is None:
        return False
    clause = re.split(r"[.;:!?,()\n]", window)[-1]
    tokens = _PHRASE_TOKEN.findall(clause)
    if not tokens or any(_DIGIT.search(t) for t in tokens):
        return False
    phrase = _phrase_words(tokens, rw, from_start=False)
    rest = tokens[:len(tokens) - len(phrase)]
    return bool(phrase) and (not rest or (len(rest) == 1 and rest[0].lower() in am.subject_comma_openers))


def _time_adjunct_start(window: str, rw: ReconcileWords) -> int | None:
    """Where a time ending ``window`` opens, when one does: a weekday with its bracketed date (a comma
    before it included: "hari ini, Selasa (22/1/2019)"), or a time opener with a year or calendar word
    ("pada 2019", "pada akhir Mei"); None else."""
    am = rw.amount_measures
    # (the date in brackets has its slash: a window whose last 60 characters hold none ends with no such day)
    near = max(0, len(window) - 60)
    m = _day_date_end().search(window, near) if window.find("/", near) >= 0 else None
    if m:
        return m.start()
    if am is None or not am.time_openers:
        return None
    tail_at = max(0, len(window) - 80)
    found = list(_PHRASE_TOKEN.finditer(window, tail_at))
    if found and tail_at and not window[tail_at - 1].isspace():
        found = found[1:]  # a word cut by the window's start is no word
    # the adjunct found must open with a time opener, and it opens among the last words ``_adjunct_start``
    # reads: with none of them a time opener there is no time to pass over (most steps back: none is)
    if am.time_openers.isdisjoint(t.group(0).strip("()").lower() for t in found[-_adjunct_reach(am):]):
        return None
    at = _adjunct_start([t.group(0) for t in found], rw)
    if at is None or found[at].group(0).strip("()").lower() not in am.time_openers:
        return None
    # (a comma before it stays: "data dari Coingecko, per 12 Juni 2025 tembus ..." names no phrase)
    return found[at].start()


def _gap_between(window: str, am: AmountMeasureWords) -> str | None:
    """The difference noun when ``window`` (the words before an amount's link) says the amount is
    the gap between two measures: "selisih antara harga emas dan harga buyback" ends with the
    second measure, after a difference noun and a joiner of the same clause. None else."""
    if not am.difference_nouns or not am.difference_joiners:
        return None
    clause = re.split(r"[.;:!?,]", window)[-1].lower()
    tokens = clause.split()
    for k, w in enumerate(tokens):
        if w in am.difference_nouns and any(j in tokens[k + 2:] for j in am.difference_joiners):
            return w
    return None


@lru_cache(maxsize=None)
def _currencies(language: str | None) -> frozenset[str]:
    """Every currency code the number words of ``language`` write before or after an amount."""
    nw = number_words(language)
    return frozenset(nw.currency_prefix.values()) | frozenset(nw.currency_suffix.values())


def _names_money(tokens: list[str], language: str | None) -> bool:
    """True when ``tokens`` open with a money noun of the unit table ("uang tunai", "dana hibah")."""
    money = unit_table(language or "id").money_subject_currency or {}
    first = [t.lower() for t in tokens[:2]]
    return bool(first) and (first[0] in money or " ".join(first) in money)


_LAST_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?=\s*$)")
_LETTER = re.compile(r"[^\W\d_]")
LAST_LETTERS_REACH = 64  # characters before the end a search for the last run of letters starts from


def _last_letters(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """``_LAST_WORD.search(text, start, end)``: the run of letters that ends ``text[start:end]`` before
    any white space, if one does. Asked at every step back from a figure, whose window is the sentence
    before it: a match can only be the letter run ending at the last character that is not white
    space, so when that character is no letter there is none, and a search started a little before it
    finds that run unless the run is longer (then the search from ``start`` is made)."""
    if end is None:
        end = len(text)
    last = end
    while last > start and text[last - 1].isspace():  # (``\s`` and ``isspace`` are the same characters)
        last -= 1
    if last == start or not _LETTER.match(text, last - 1):
        return None
    near = last - LAST_LETTERS_REACH
    if near > start:
        m = _LAST_WORD.search(text, near, end)
        if m is not None:
            return m
    return _LAST_WORD.search(text, start, end)
_DEMONSTRATIVE_END = re.compile(r"(?<=\w)\s+([^\W\d_]+)\s*$")
LAST_WORDS_REACH = 100  # characters before the end a search for the last word starts from


def _search_last_words(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern whose every match lies within the last word of
    ``text[start:end]``, the white space before it and any after it (``_ClausePatterns.list_gap``,
    ``_DEMONSTRATIVE_END``). When the last ``LAST_WORDS_REACH`` characters hold two words or more,
    such a match starts within them, and the search starts there: from ``start`` it would try
    every place of the sentence before a figure."""
    near = end - LAST_WORDS_REACH
    if near > start and len(text[near:end].split(None, 2)) >= 2:
        return pattern.search(text, near, end)
    return pattern.search(text, start, end)


_YEAR = re.compile(r"(?:19|20)\d\d")
_ROMAN_PERIOD = re.compile(r"I{1,3}|IV|VI{0,3}|IX|XI{0,2}")  # "kuartal III", "semester II": the period's number


def _adjunct_reach(am: AmountMeasureWords) -> int:
    """How many of the last tokens ``_adjunct_start`` reads: an adjunct opens among them or not at all."""
    return max(am.relative_words, 4) + 1


def _adjunct_start(tokens: list[str], rw: ReconcileWords) -> int | None:
    """Where an adjunct ending ``tokens`` opens, when one does: a time ("pada akhir Mei 2025"), a
    place ("di seluruh dunia") or a relative clause ("yang dilaporkan korban"). None else."""
    am = rw.amount_measures
    assert am is not None
    reach = _adjunct_reach(am)
    # every step back reads the words after it: each is bared and lower-cased once, not once a step
    first = max(0, len(tokens) - reach)
    bare = [t.strip("()").lower() for t in tokens[first:]]
    for i in range(len(tokens) - 1, first - 1, -1):
        word = bare[i - first]
        tail = bare[i - first + 1:]
        if not word or not (word[0].isalnum()):
            return None  # punctuation: an adjunct does not reach past it
        if not tail:
            continue
        if word in am.coordinators:
            return None  # "selama 4 tahun serta denda [sebesar]": the adjunct is of the phrase before "serta"
        # ("selama kuartal II hingga III tahun 2025": a period's number in Roman numerals is a time too)
        # (the numerals are read as written, upper case: "tail" is lowered)
        if word in am.time_openers and (any(t in calendar_words() or _YEAR.fullmatch(t) for t in tail)
                                        or any(_ROMAN_PERIOD.fullmatch(t.strip("()")) for t in tokens[i + 1:])):
            return i
        # (an adjunct ender in it opens a phrase of its own: "di Indonesia dengan kontribusi [46%]" is where,
        # then what)
        if (word in am.adjunct_prepositions and len(tail) <= am.adjunct_words and not any(_DIGIT.search(t) for t in tail)
                and not any(t in am.adjunct_enders for t in tail)):
            return i
        # ("pertumbuhan yang solid dengan total aset [mencapai]": an adjunct ender in the clause with words
        # after it opens the amount's own subject, so the relative clause is not passed over to the noun
        # before it; "uang yang setara dengan [Rp915 miliar]" ends with it and is passed over)
        if (word in am.relative_markers and len(tail) <= am.relative_words
                and not any(t in am.adjunct_enders for t in tail[:-1])):
            return i
    return None


def _phrase_before(tokens: list[str], rw: ReconcileWords, year_closes: bool = False) -> list[str]:
    """The noun phrase ending ``tokens``, read past a time, a place or a relative clause between it
    and the link ("dana yang telah diblokir [sebesar]" is dana; "kekayaan bersih di seluruh dunia
    [naik]" is kekayaan bersih), unless it is the object of an active verb ("Kejagung yang berhasil
    melakukan penyitaan [sebesar]": what was done is what the amount measures)."""
    near = _phrase_words(tokens, rw, from_start=False, year_closes=year_closes)
    if _object_of_active_verb(tokens, near, rw):
        return near
    rest = tokens
    relative = False
    for _ in range(3):  # "X di Jakarta pada Mei 2025 yang dilaporkan": each, from the link back
        at = _adjunct_start(rest, rw)
        if at is None:
            break
        relative = rest[at].strip("()").lower() in (rw.amount_measures.relative_markers if rw.amount_measures else ())
        rest = _without_links(rest[:at], rw)  # "Harga tertinggi berlaku [di Maluku Utara] sebesar ..."
        # "data BPS yang menyebut tingkat kemiskinan per September 2024 [sebesar]": past the time, the
        # phrase is the object of the clause's active verb, and the relative clause is not passed over
        phrase = _phrase_words(rest, rw, from_start=False, head_of_relative=relative, year_closes=True)
        if _object_of_active_verb(rest, phrase, rw):
            return phrase
    return (rest is not tokens and _phrase_words(rest, rw, from_start=False, head_of_relative=relative,
                                                 year_closes=True)) or near


def _without_links(tokens: list[str], rw: ReconcileWords) -> list[str]:
    """``tokens`` without the links ending them ("Harga tertinggi berlaku", once the place after it is
    passed over, is "Harga"): links before an adjunct join the phrase to the amount as links right
    before the amount do, and are passed over the same way (a superlative among them too)."""
    am = rw.amount_measures
    while am is not None and tokens:
        joined = " ".join(t.strip("()") for t in tokens)
        m = _ends_with(joined, am.links)
        n = len(joined[m.start():].split()) if m else 0
        if not 0 < n < len(tokens):
            break
        tokens = tokens[:-n]
    return tokens


def _object_of_active_verb(tokens: list[str], phrase: list[str], rw: ReconcileWords) -> bool:
    """True when ``phrase``, ending ``tokens``, comes right after an active verb (meN-): its object."""
    am = rw.amount_measures
    if not phrase or am is None or len(tokens) <= len(phrase):
        return False
    verb = tokens[-len(phrase) - 1].strip("()")
    # ("transaksi melalui e-channel [mencapai]": a preposition shaped as a verb says by what way, not what)
    return (verb.islower() and verb not in am.adjunct_prepositions and _looks_like_verb(verb, rw)
            and any(verb.startswith(p) for p in am.active_prefixes))


_PER_READ_TOKENS = 3  # "per troy ounce": the per word and a unit of up to two words


def _tokens_after(text: str, sent: tuple[int, int], q: Quantity) -> list[str]:
    """The first few phrase tokens after a figure in its sentence, enough to read a "per" unit."""
    return [t.group(0) for t in islice(_PHRASE_TOKEN.finditer(text, q.end, min(sent[1], q.end + 60)),
                                       _PER_READ_TOKENS)]


SHARE_BASE_WORDS = 2  # words of a share's base kept in its measure ("terhadap uu apbn")


def _share_base(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """The base a share is said against, after a word of ``share_base_links`` right after it: "0,09
    persen terhadap PDB" gives "terhadap pdb"; None for any other figure."""
    am = rw.amount_measures
    if am is None or not am.share_base_links or q.unit not in am.share_units:
        return None
    after = [t.group(0) for t in islice(_PHRASE_TOKEN.finditer(text, q.end, min(sent[1], q.end + 120)), 8)]
    for link in sorted(am.share_base_links, key=lambda w: -len(w.split())):
        n = len(link.split())
        if [w.lower() for w in after[:n]] == link.split():
            base = _phrase_words(after[n:], rw, from_start=True)[:SHARE_BASE_WORDS]
            return " ".join([link.split()[0], *base]) if base else None
    return None


_CHAIN_GAP = 40  # characters between two amounts told as one change ("rp 38.000 dari semula rp 1.858.000")


def _per_unit_after_chain(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity],
                          am: AmountMeasureWords) -> str | None:
    """fig36: the "per" unit of the last amount of the chain ``q`` opens, in its sentence: amounts of ``q``'s unit
    each after the one before with only words of where a change came from or went to between ("rp 38.000 dari
    semula rp 1.858.000 menjadi rp 1.896.000 per gram" gives "gram"); None when no amount follows so, or the last
    has no "per" unit."""
    joiners = set(am.from_words) | set(am.level_links)
    joiner_words = {w for j in joiners for w in j.split()}
    later = sorted((o for o in others if o is not q and o.unit == q.unit and q.end <= o.start < sent[1]),
                   key=lambda o: o.start)
    cur, hops = q, 0
    for o in later:
        if o.start - cur.end > _CHAIN_GAP:
            break
        if not all(w in joiner_words for w in words(text[cur.end:o.start])):
            break
        cur, hops = o, hops + 1
    if not hops:
        return None
    after = [t.group(0) for t in islice(_PHRASE_TOKEN.finditer(text, cur.end, min(sent[1], cur.end + 60)), 4)]
    return _per_unit(after, am)


def _change_nouns(am: AmountMeasureWords) -> frozenset[str]:
    """The nouns of change of ``amount_measures.changes`` ("kenaikan", "penurunan")."""
    return frozenset(noun for _, noun in am.change_of)


_WEIGHT_PRICE_GAP = 30  # characters an amount of a good may end before the money it costs


def _amount_of_good_before(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity],
                           am: AmountMeasureWords) -> Quantity | None:
    """fig36: the amount of a good (a unit of ``priced_per``: "2 gram", "1 kilogram") that ends right before the
    money ``q`` in its sentence, with only "=", ":", a comma-free run of ``weight_price_links`` or nothing between
    ("2 gram Rp2,1 juta", "1 gram = rp 1.819.000", "0,5 gram senilai Rp592,5 ribu"); None otherwise."""
    for o in others:
        if o is q or o.unit not in am.priced_per or not (max(sent[0], q.start - _WEIGHT_PRICE_GAP) <= o.end <= q.start):
            continue
        gap = text[o.end:q.start].replace("=", " ").replace(":", " ").lower().split()
        if all(w in am.weight_price_links for w in gap):
            return o
    return None


def _per_unit(after: list[str], am: AmountMeasureWords) -> str | None:
    """The unit an amount is given for each of, from the tokens after it: "per gram", "per troy
    ounce" (two words when the pair is a priced unit), "per kilogramnya" (a suffix the unit table
    says is no part of a unit is dropped)."""
    if len(after) < 2 or after[0].lower() not in am.per_words or not after[1][:1].isalpha():
        return None
    # ("Rp18 miliar per tahun)": a phrase token keeps the bracket that closes after it; the unit is the word)
    word = after[1].lower().rstrip(")")
    if len(after) > 2 and not after[1].endswith(")") and f"{word} {after[2].lower()}" in am.priced_per:
        return f"{word} {after[2].lower()}"
    for suffix in unit_table("id").not_unit_suffixes:
        if word.endswith(suffix) and word[:-len(suffix)] in am.priced_per:
            return word[:-len(suffix)]
    return word


_LIST_ITEM_MAX = 80  # characters of one "label: amount" part of a list
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")  # not the dot of "1.018.500"


def _list_heading_phrase(text: str, start: int, rw: ReconcileWords) -> list[str]:
    """The phrase of the heading of the list an amount is an item of: "Berikut rincian harga emas
    Antam hari ini: Emas 0,5 gram: Rp 1.018.500 ..." gives "harga emas antam hari". Only list items
    (short parts between colons, no sentence of prose) may stand between the heading and the amount."""
    am = rw.amount_measures
    if am is None or not am.list_openers or not am.list_reach:
        return []
    window = text[max(0, start - am.list_reach):start]
    sentence_ends: list[int] | None = None  # where each sentence of the window ends, read once
    # the colons from the last back, each with the text after it up to the next colon (or the amount)
    following_end = len(window)
    colon = window.rfind(":")
    while colon >= 0:
        following = window[colon + 1:following_end]
        following_end, colon_at = colon, colon
        colon = window.rfind(":", 0, colon)
        if len(following) > _LIST_ITEM_MAX:
            return []  # prose between the heading and the amount: not one list
        if sentence_ends is None:
            sentence_ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        # the last sentence end before the colon (one there ends before it: a colon is no space)
        before_colon = bisect_right(sentence_ends, colon_at)
        line_start = sentence_ends[before_colon - 1] if before_colon else 0
        phrase = _heading_phrase(" ".join(window[line_start:colon_at].split()), rw)
        if phrase is None:
            continue  # an item's label ("Emas 1 gram"): the heading is further back
        return list(phrase)
    return []


# heading -> its phrase (None: no list opener), of the one ReconcileWords kept (held, so its id is
# never another's): each item of a list reads the same heading, and lists recur across a run's
# articles (an outlet's daily price list)
_HEADING_PHRASES: dict[str, tuple[str, ...] | None] = {}
_HEADING_PHRASES_OF: list[ReconcileWords] = []
_HEADING_PHRASES_MAX = 50_000


def _heading_phrase(heading: str, rw: ReconcileWords) -> tuple[str, ...] | None:
    """The phrase of a list heading ("Berikut rincian harga emas Antam hari ini" gives "harga emas
    antam hari"), None when ``heading`` opens with no list opener (an item's label)."""
    if not _HEADING_PHRASES_OF or _HEADING_PHRASES_OF[0] is not rw:
        _HEADING_PHRASES.clear()
        _HEADING_PHRASES_OF[:] = [rw]
    try:
        return _HEADING_PHRASES[heading]
    except KeyError:
        pass
    am = rw.amount_measures
    assert am is not None
    low = heading.lower()
    opener = next((o for o in am.list_openers if low == o or low.startswith(o + " ")), None)
    phrase: tuple[str, ...] | None = None
    if opener is not None:
        rest = heading[len(opener):].split()
        while rest and rest[0].lower() in am.list_openers:  # "Berikut rincian harga ...", "Berikut daftar ..."
            rest = rest[1:]
        phrase = tuple(_phrase_words(_PHRASE_TOKEN.findall(" ".join(rest)), rw, from_start=True))
    if len(_HEADING_PHRASES) >= _HEADING_PHRASES_MAX:
        _HEADING_PHRASES.clear()
    _HEADING_PHRASES[heading] = phrase
    return phrase


def _opens_own_clause(break_word: str, before: str, rw: ReconcileWords) -> bool:
    """ "..., dan sembilan orang masih dicari": a figure right after "dan" / "serta" is the
    subject of a clause of its own, whose measure is after it, not in the clause before
    ("..., dan kini mencapai 17 orang" continues the clause before: its subject is elided)."""
    return break_word.lower() in rw.own_clause_joiners and len(words(before)) <= 1


_UNIT_FORMS_CACHE: dict[str, list[tuple[str, str]]] = {}


def _unit_forms() -> list[tuple[str, str]]:
    """(surface, canonical unit) from units.yaml, longest first."""
    if "id" not in _UNIT_FORMS_CACHE:
        table = load_data("units").get("units", {})
        forms = [(str(s).lower(), str(k)) for k, surfaces in table.items() for s in surfaces]
        _UNIT_FORMS_CACHE["id"] = sorted(forms, key=lambda p: -len(p[0]))
    return _UNIT_FORMS_CACHE["id"]


@lru_cache(maxsize=1)  # the unit forms are read once; the set was rebuilt for every figure
def counted_nouns() -> frozenset[str]:
    """Every one-word surface of a counted unit ("warga", "korban", "pasukan")."""
    return frozenset(surface for surface, _ in _unit_forms() if " " not in surface)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Every word of a unit's surface, and "dari" ("8.000 dari pasukan Korea Utara")."""
    return frozenset({w for surface, _ in _unit_forms() for w in surface.split()} | {"dari"})


def _borrowed_unit(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords,
                   sentences: Sequence[tuple[int, int]] = ()) -> str | None:
    """ "10.000 dari mereka" counts the nearest counted noun written before it in the sentence, or
    in the sentence before (of ``sentences``, in text order) when its own names none ("... 216
    narapidana kabur. Satu diantaranya tewas tertembak")."""
    follow = text[q.end:q.end + 30].lower().lstrip()
    if not any(follow.startswith(f) for f in rw.anaphoric_followers):
        return None
    own = _nearest_counted_noun(text[sent[0]:q.start].lower(), rw)
    if own is None:
        at = bisect_right([s for s, _ in sentences], sent[0] - 1) - 1
        if 0 <= at and sentences[at][1] <= sent[0]:
            return _nearest_counted_noun(text[sentences[at][0]:sentences[at][1]].lower(), rw)
    return own


def _nearest_counted_noun(before: str, rw: ReconcileWords) -> str | None:
    """The unit of the last counted noun of ``before`` that a figure claim may count."""
    best: tuple[int, str] | None = None
    for surface, canon in _unit_forms():
        # only a noun a figure claim may count: "dini hari tadi, 94 diantaranya" does not count days
        if rw.unit_aliases.get(canon.lower(), canon) not in rw.unit_weights:
            continue
        # a whole word: "ha" (hektare) is not the start of "hari"
        for hit in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", before):
            if best is None or hit.start() > best[0]:
                best = (hit.start(), canon)
    return best[1] if best else None


_CAP_NAME = re.compile(r"\s*\(?((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3})")


def _restated_measure(doc: Document, sent: tuple[int, int], q: Quantity, readings: Sequence[FigureReading],
                      rw: ReconcileWords) -> str | None:
    """The measure of the figure of this document's ``readings`` that ``q`` restates ("2.854,41 gram atau kurang
    lebih 2,8 Kg"), when that figure is of a unit that measures too; None else (fig44)."""
    earlier = [o for o in doc.quantities if sent[0] <= o.start and o.end <= q.start]
    restated = restated_quantity(doc.text, q.start, earlier, quantity_words(doc.language))
    if restated is None:
        return None
    reading = next((r for r in reversed(readings) if r.doc == doc.id and r.quantity.start == restated.start), None)
    # (the restated figure's unit measures too: "kg", or "gram", a unit said only of what it weighs)
    if reading is None or not reading.measure or not (reading.unit in rw.amount_measures.measured_units
                                                      or reading.unit in rw.claim_only_units):
        return None
    return reading.measure


def _fraction_written(q: Quantity, language: str | None) -> bool:
    """Whether a figure is a fraction written as words ("Sepertiga warga", "dua pertiga rumah"): a share of what it
    names, never a count of it, so it makes no claim to set against the counts of other reports (fig44). Only a
    share is: a count said with a fraction word ("seperempat juta warga", 250,000) makes its claim (mend63)."""
    nw = number_words(language)
    if not (nw.fraction_words or nw.fraction_divisors) or q.value is None or q.value >= 1:
        return False
    return any(w in nw.fraction_words or w in nw.fraction_divisors for w in q.text.lower().split())


def _owner_and_place(doc: Document, q: Quantity, rw: ReconcileWords, mentions_by_start: dict[int, Any]):
    """Whose the counted things are ("tentara Korea Utara") or where they are ("warga
    Kecamatan X"), from the name written right after the figure."""
    pos = q.end
    # skip the unit word when the figure's span stops before it ("8.000 dari pasukan Korea Utara")
    tail = doc.text[pos:pos + 80]
    # (the places in order: the figure's end, the next character, and after each white space of the first
    # 40 characters; read until the first that opens a name, which ends the loop)
    for probe in chain((pos, pos + 1), (pos + mm.end() for mm in _SPACE.finditer(tail, 0, 40))):
        ment = mentions_by_start.get(probe)
        if ment is not None:
            between = doc.text[pos:probe]
            # only the unit itself may stand between ("8.000 dari pasukan Korea Utara"),
            # not a preposition ("12.000 tentara ke Rusia" is where they go, not whose), nor
            # a line break: a headline's last figure and the dateline under it share no clause
            if set(words(between)) <= _unit_words() and not re.search(r"[,.;:\n]", between):
                name = ment.text
                if ment.label == "PERSON":
                    # "162 orang meninggal Ridwan Kamil mengatakan": a person opens the next
                    # clause; counted people or things are never a person's
                    break
                first = name.split()[0]
                if first in rw.place_words or (ment.label in ("GPE", "LOC") and _after_place_word(between, rw)):
                    return None, None, ment.entity or name.lower(), name
                return ment.entity or name.lower(), name, None, None
            break
    cap = _CAP_NAME.match(tail)
    lead = doc.text[pos:pos + cap.start(1)] if cap else ""
    if cap and len(words(lead)) == 0 and "\n" not in lead:
        name = cap.group(1)
        if name.split()[0] in rw.place_words:
            return None, None, _place_key(name, rw), name
    return None, None, None, None


@_kept_for_last
def _hyphen_whole_words(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases`` standing whole, neither a letter nor a hyphen on either side ("sebelumnya" is not in
    "sebelumnya-lah"), in one compiled pattern."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w-])")


@lru_cache(maxsize=1024)
def _hyphen_whole_word(phrase: str) -> re.Pattern[str]:
    """``phrase`` standing whole as ``_hyphen_whole_words`` reads it, compiled once: asked for each cue and
    break word of every figure's sentence, the pattern was built (escaped, formatted, looked up in ``re``'s
    cache) at each ask."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


@_kept_for_last
def _cue_openings(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Any cue's first space-free piece anywhere, one search for ``_told_as_earlier``'s gate."""
    return re.compile("|".join(re.escape(cue.split(" ")[0]) for cue in cues))


@_kept_for_last
def _cue_openings_ascii(cues: tuple[str, ...]) -> bool:
    """Whether every cue's first space-free piece is ASCII (the gate of ``_told_as_earlier`` then holds for any text)."""
    return all(cue.split(" ")[0].isascii() for cue in cues)


def _told_as_earlier(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> bool:
    """Whether a report tells a figure as an earlier one it replaces: a cue of ``earlier_cues`` before it in its
    sentence ("Sebelumnya kami melaporkan ada 130 korban jiwa", "meralat jumlah sebelumnya yang disebutkan mencapai
    174 orang") with no word of ``earlier_breaks`` between the cue and the figure ("dari awal diinformasikan 129
    orang, saat ini ... jumlahnya 125 orang": the 125 is the count now); or a word of ``earlier_to_words`` between
    it and the next number of its clause ("dilaporkan meninggal dunia 129 setelah ditelusuri di RS terkait menjadi
    meninggal dunia 125 orang")."""
    if not rw.earlier_cues:
        return False
    raw = text[sent[0]:q.start]
    # (a cue found in the words joined has its first space-free piece inside one word, and an ASCII text's
    # words are pieces of the text lower-cased: where no cue's first piece is in that, no cue is in the
    # words, and they are not made; most figures' sentences hold none)
    # (other text's words are lowered one by one; lower() maps each character alone but for the Greek final
    # sigma, which never gives an ASCII letter: an ASCII piece found in a word lowered is in the text lowered
    # too, so the same gate holds there when every cue's piece is ASCII: most sentences with curly quotes)
    gated = ((raw.isascii() or _cue_openings_ascii(rw.earlier_cues))
             and _cue_openings(rw.earlier_cues).search(raw.lower()) is None)
    before = "" if gated else " ".join(words(raw))
    # most figures' sentences hold no cue: one search of all of them first (it finds one wherever a
    # search per cue would), and the cues one by one only where one stands
    # (a cue or break word matches only where its letters stand: the substring test, in C, passes over
    # the phrases the words do not hold before any pattern runs; "sebelumnya" is in a good share of them)
    last = max((m.end() for cue in rw.earlier_cues if cue in before
                for m in _hyphen_whole_word(cue).finditer(before)), default=-1) \
        if any(cue in before for cue in rw.earlier_cues) else -1
    if last >= 0:
        rest = before[last:]
        if not any(b in rest and _hyphen_whole_word(b).search(rest) for b in rw.earlier_breaks):
            return True
    after = text[q.end:sent[1]]
    following = re.search(r"\d", after)
    gap = after[:following.start()] if following else ""
    return bool(following) and not re.search(r"[,.;:()\n]", gap) and bool(set(words(gap)) & rw.earlier_to_words)


def _people_part(doc: Document, q: Quantity, unit: str, rw: ReconcileWords,
                 in_state: bool = False, measure: str | None = None) -> tuple[str, str] | None:
    """(key, name) of the part of the people a count is narrowed to, by sex ("97 wanita", "56 orang berjenis
    kelamin pria") or by origin ("dua warga negara Jepang", "22 warga negara asing", "tiga di antaranya adalah
    warga negara Rusia"), written right after the count; or the origin told before it in its clause ("total
    warga negara asing yang meninggal berjumlah 26 orang") or as the country a bracketed count follows ("Iran
    (5 orang)"): ``people_parts`` of reconcile.yaml. None for a count of all of them. The part is read past the
    count's number, so a noun inside the figure's span ("97 wanita") counts."""
    pp = rw.people_parts
    if pp is None or unit not in pp.units:
        return None
    tokens = list(re.finditer(r"\S+", q.text))
    numbers = [t for t in tokens if _is_number_word(t.group().strip(".,;:()"))]
    if not numbers:
        return None
    start = q.start + numbers[-1].end()
    clause = re.split(r"[,.;:\n]", doc.text[start:start + 120], maxsplit=1)[0]
    rest = " ".join(clause.lower().split())
    sent = doc.sentence_at(q.start)
    # the count's own noun, a copula, "di antaranya": as many as stand there, the part looked for after each
    while True:
        part = _part_opening(rest, pp, after_count=True, sides=in_state)
        # "Polisi mengamankan dua pria": the people told by their sex, all of them; a part only when the sentence
        # counts the other sex too ("97 wanita dan 56 laki-laki")
        if part and (part[0] not in _group_keys(pp) or _other_group_counted(doc.text, sent, q, part[0], measure, rw)):
            return part
        step = next((w for w in pp.between if rest == w or rest.startswith(w + " ")), None)
        if step is None:
            break
        rest = rest[len(step):].lstrip()
    opening = doc.text[sent[0] if sent else max(0, q.start - 160):q.start]
    bracket = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*\(\s*$", opening)
    names = case_blind_key(bracket.group(1)).split() if bracket else []
    # "berkewarganegaraan Iran (5 orang), China (4 orang)": the country the bracketed count follows
    for i in range(len(names)):
        country = _country_name(" ".join(names[i:]))
        if country and len(country.split()) >= len(names) - i:
            return country.lower(), country
    # "total warga negara asing yang meninggal berjumlah 26 orang": the clause's people are of one origin; not
    # past another number ("39 orang merupakan WNI dan dua korban lain ...": the WNI are the 39)
    before = re.split(r"[,;:(\n]", opening)[-1].lower().split()
    numbered = [i for i, w in enumerate(before) if _is_number_word(w.strip(".,;:()"))]
    before = " ".join(before[numbered[-1] + 1:] if numbered else before)
    for i in range(len(before.split())):
        part = _part_opening(" ".join(before.split()[i:]), pp, after_count=False)
        if part:
            return part
    return None


def _group_keys(pp: PeopleParts) -> frozenset[str]:
    return frozenset(key for _, key in pp.groups)


GROUP_STATE_WORDS_BEFORE = 3  # words before the first of two groups' counts read for their state ("menewaskan 2 pria")
GROUP_STATE_WORDS_AFTER = 4  # words after the second group's word, in its clause, read for its state ("3 wanita luka")


def _other_group_counted(text: str, sent: tuple[int, int] | None, q: Quantity, key: str, measure: str | None,
                         rw: ReconcileWords) -> bool:
    """Whether a sentence counts people of another group than ``key`` of the same dimension (sex; age) too, in
    the same state: a number at most two words before a surface of another group ("97 wanita dan 56 laki-laki",
    "98 adalah perempuan dan 56 adalah laki-laki", "40 orang dewasa, 7 anak-anak"), and no state of people other
    than the count's own ``measure`` told from just before the first of the two counts to just after the second
    ("menewaskan 2 pria dan melukai 3 anak": the two counts are of two states, and of two dimensions)."""
    pp = rw.people_parts
    if sent is None or pp is None:
        return False
    dimension = pp.group_dimension.get(key)
    others = {sf for sf, k in pp.groups if k != key and " " not in sf and pp.group_dimension.get(k) == dimension}
    tokens = [(m.start() + sent[0], m.end() + sent[0], m.group().lower().strip(".,;:()\"'"))
              for m in re.finditer(r"\S+", text[sent[0]:sent[1]])]
    words_only = [t for _, _, t in tokens]
    states = _people_states(rw)
    found = _measure_pattern(rw.measures) if rw.measures else None
    for i, (start, end, t) in enumerate(tokens):
        if t not in others or not any(_is_number_word(w) for w in words_only[max(0, i - 3):i]):
            continue
        if any(" ".join(words_only[i:i + len(ng.split())]).startswith(ng) for ng in pp.not_groups):
            continue  # "12 anak buah kapal": the crew, no age
        if found is None:
            return True
        # the stretch from a few words before the first count to a few after the second group's word
        first = min(start, q.start)
        j = next(k for k, tok in enumerate(tokens) if tok[1] > first)
        lo = tokens[max(0, j - GROUP_STATE_WORDS_BEFORE)][0]
        hi = last = max(end, q.end)
        k = next((n for n, tok in enumerate(tokens) if tok[0] >= last), len(tokens))
        # mend48c: no further than the groups' clause: "5 laki-laki dan 3 perempuan, sedangkan 10 orang luka-luka"
        # tells the injured of another count
        for n in range(k, min(len(tokens), k + GROUP_STATE_WORDS_AFTER)):
            if re.search(r"[,;:.]", text[hi - 1:tokens[n][0]]) or tokens[n][2] in rw.clause_breaks:
                break
            hi = tokens[n][1]
        stretch = text[lo:hi].lower()
        told = {found[1].get(m.group(), m.group()) for m in found[0].finditer(stretch)} & states
        # the groups' state is the count's own, or the one state told when the count has no measure of its own
        # ("Sebanyak 5 pria dan 3 wanita tewas")
        if len(told) > 1 or (told and measure is not None and told != {measure}):
            continue
        return True
    return False


def _part_opening(text: str, pp: PeopleParts, after_count: bool, sides: bool = False) -> tuple[str, str] | None:
    """The part of the people a lower-cased text opens with: an origin phrase ("warga negara asing", "wni") or
    citizen words and a country ("warga negara (wn) afrika selatan"); right after a count, also a sex ("wanita")
    or an origin preposition and a country ("dari china")."""
    # disc61: a side of an event ("warga sipil", "anggota TNI", "pelaku") only right after the count: before it in
    # its clause it may be who reports or who caused the count ("Polisi mencatat 13 orang tewas"); and only of people
    # in a state (dead, injured, missing): "12.000 tentara ke Rusia" are soldiers sent, no side of a toll
    tables = (((pp.sides,) if sides else ()) + (pp.groups, pp.origins, tuple((u, "") for u in pp.unnamed_origins))
              if after_count else (pp.origins,))
    not_group = any(re.match(rf"{re.escape(ng)}(?![\w-])", text) for ng in pp.not_groups)
    for table in tables:
        if table is pp.groups and not_group:
            continue  # "anak buah kapal": the crew, no age group
        for sf, key in table:
            if re.match(rf"{re.escape(sf)}(?![\w-])", text):
                # shown as written: "WNI", "warga negara asing" (the key joins them: "indonesia", "asing")
                return key, sf.upper() if len(sf) <= 3 and " " not in sf else sf
    for cw in pp.citizen_words + (pp.origin_prepositions if after_count else ()):
        if re.match(rf"{re.escape(cw)}(?![\w-])", text):
            # "warga negara (WN) Afrika Selatan": a bracketed short form of the citizen words
            after = re.sub(r"^\([^)]{1,12}\)\s*", "", text[len(cw):].lstrip())
            country = _country_name(after)
            if country:
                return country.lower(), country
    if after_count and pp.bare_country_followers:
        # disc56: "4 pekerja Tiongkok dan 9 pekerja Indonesia": a country alone where the clause ends or a list
        # goes on
        ws = text.split()
        for n in (3, 2, 1):
            # the country must be all n words: "malaysia airlines" opens with "malaysia", but at n=2 the follower
            # read would be the word after "airlines"
            country = _country_of_words(ws[:n]) if len(ws) >= n else None
            if country and (len(ws) == n or ws[n] in pp.bare_country_followers):
                return country.lower(), country
    return None


def _country_name(text: str) -> str | None:
    """The country a lower-cased text opens with ("afrika selatan (afsel)" -> "Afrika Selatan", "china" ->
    "Tiongkok"), longest name first; None when it opens with none."""
    ws = text.split()
    for n in (3, 2, 1):
        country = _country_of_words(ws[:n]) if len(ws) >= n else None
        if country:
            return country
    return None


def _country_of_words(ws: Sequence[str]) -> str | None:
    """The country whose lower-cased name is exactly the words ``ws`` (marks around them set aside), else None."""
    return _country_names().get(" ".join(w.strip(".,;:()\"'") for w in ws))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-cased names of countries -> the name shown: every alias of the gazetteer's countries (one name per
    country: "china", "cina" -> "Tiongkok") and the CLDR place names of the translation list (which leave out the
    names both languages write alike: "Iran")."""

    names = {name: " ".join(w.capitalize() for w in name.split()) for name in load_translations().places_to_english}
    for raw in load_data("gazetteer").get("countries") or []:
        forms = [raw["name"], *(raw.get("aliases") or [])] if isinstance(raw, dict) else list(raw)
        for form in forms:
            names[str(form).lower()] = str(forms[0])
    return names


# "M Arif (31": capitalised words of a name right before an age's bracket (a comma after a capitalised word is
# as often a sentence's opening adverb: "Namun, dua tahun ...")
_NAME_BEFORE_AGE = re.compile(r"((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*)\s*\(\s*$")


def _person_before_age(doc: Document, q: Quantity) -> str | None:
    """The person whose age a bracketed or comma-set age is ("M Arif (31)", "Sinwar, 49 tahun"), by the person
    mention ending right before it, else, before a bracket, the capitalised words there; None when the age
    follows no name ("berusia 60 tahun")."""
    near = doc.text[max(0, q.start - 60):q.start]
    for m in doc.mentions:
        if m.label == "PERSON" and q.start - 4 <= m.end <= q.start and re.fullmatch(r"\s*[(,]\s*", doc.text[m.end:q.start]):
            return m.text
    found = _NAME_BEFORE_AGE.search(near)
    return found.group(1) if found else None


def _after_place_word(between: str, rw: ReconcileWords) -> bool:
    ws = between.split()
    return bool(ws) and ws[-1] in rw.place_words


def _place_key(name: str, rw: ReconcileWords) -> str:
    ws = [w for w in name.split() if w not in rw.place_words]
    return " ".join(ws).lower() or name.lower()


def _day_shift(doc: Document, q: Quantity, rw: ReconcileWords) -> int:
    """Days to move a figure's day by when a day word of ``figure_day_words`` comes before it in its
    sentence with no date between ("Sehari sebelumnya, harga juga terkoreksi Rp 7.000"; "pelemahan
    hari sebelumnya yang sudah turun Rp 8.000"): counted from the day the sentence is about. After a
    number or a quantifier ("beberapa hari sebelumnya") the words say no one day: no shift."""
    fd = rw.figure_day_words
    sent = doc.sentence_at(q.start)
    if fd is None or sent is None:
        return 0
    dated_from = max([t.end for t in doc.dates if sent[0] <= t.end <= q.start] or [sent[0]])
    before = doc.text[dated_from:q.start].lower()
    found = None
    for m in fd.pattern.finditer(before):
        found = m  # the last one before the figure
    if found is None:
        return 0
    previous = before[:found.start()].split()
    if previous and (previous[-1] in fd.not_after or previous[-1].isdigit()):
        return 0
    return fd.offsets[" ".join(found.group(0).split())]


def _published_iso(doc: Document) -> str | None:
    """The day (ISO) ``doc`` was published (``detail_items.published_day``: "20250601" is 1 June), or None when it
    is undated or dated to the month or the year only ("2025-06": no day of the month is its day)."""
    day = published_day(doc)
    return day.isoformat() if day else None


def _date_of(doc: Document, q: Quantity, rw: ReconcileWords | None = None) -> tuple[str | None, str | None]:
    """(window, point date) of a figure: a range it is limited to, or the day it was stated (moved by
    a day word before it: "sehari sebelumnya")."""
    rw = rw or reconcile_words()
    window, day = _stated_date_of(doc, q, rw)
    shift = _day_shift(doc, q, rw) if day else 0
    if shift:
        day = (calendar_day.fromisoformat(day) + timedelta(days=shift)).isoformat()
    return window, day


@dataclass(frozen=True, slots=True)
class _SettledCounts:
    """``moving_counts.settled`` of ``reconcile.yaml``: see the comments there."""

    measures: frozenset[str]
    lead_sentences: int
    reach_days: int
    still_going: re.Pattern[str] | None
    stopped: frozenset[str]  # words telling a search stopped or closed ("dihentikan", "ditutup")
    still_going_reach: int  # words either side of a still_going phrase read for a negation (before) or a stop word
    kinds: frozenset[str]  # event kinds (event_kinds.yaml) of happenings over at once
    lasting_kinds: frozenset[str]  # event kinds of happenings that go on (a quake's aftermath, a flood)
    moving_cues: frozenset[str]  # words in the figure's clause telling the count rose or was updated


@lru_cache(maxsize=4)
def _settled_counts(language: str = "id") -> _SettledCounts:
    data = (load_data("reconcile", language).get("moving_counts") or {}).get("settled") or {}
    phrases = sorted((str(p).lower() for p in data.get("still_going") or []), key=len, reverse=True)
    return _SettledCounts(frozenset(str(m) for m in data.get("measures") or []), int(data.get("lead_sentences", 0)),
                          int(data.get("reach_days", 0)),
                          re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)") if phrases else None,
                          frozenset(str(w).lower() for w in data.get("stopped") or []),
                          int(data.get("still_going_reach", 4)),
                          frozenset(str(k) for k in data.get("kinds") or []),
                          frozenset(str(k) for k in data.get("lasting_kinds") or []),
                          frozenset(str(w).lower() for w in data.get("moving_cues") or []))


def tells_search_going_on(doc: Document) -> bool:
    """Whether the report tells its happening still going on: a search, people still missing or buried
    (``moving_counts.settled.still_going``); its tolls are then counts still being made, not settled ones. Read in the
    report's own sentences (a pointer to another article, "Baca juga: ...", tells another report's news), and never
    where a negation stands within ``still_going_reach`` words before the phrase ("tidak ada korban hilang") or a word
    of ``stopped`` within that reach either side in its clause ("menghentikan pencarian", "pencarian telah ditutup")."""
    sc = _settled_counts()
    if sc.still_going is None:
        return False
    text = doc.text
    if not sc.still_going.search(text.lower()):
        return False  # most reports: no phrase at all
    negations = reconcile_words().negations
    for s, e in doc.sentences or [(0, len(text))]:
        sentence = text[s:e].lower()
        hits = list(sc.still_going.finditer(sentence))
        if not hits or is_pointer(text[s:e]):
            continue
        for m in hits:
            before = _clause_words(sentence[:m.start()])[-sc.still_going_reach:] if sc.still_going_reach else []
            after = _clause_words(sentence[m.end():], tail=False)[:sc.still_going_reach]
            if any(w in negations for w in before) or _stopped(before, sc, negations) or _stopped(after, sc, negations):
                continue
            return True
    return False


def _stopped(ws: list[str], sc: _SettledCounts, negations: frozenset[str]) -> bool:
    """Whether ``ws`` hold a word of ``stopped`` not right after a negation ("dihentikan", not "tidak dihentikan")."""
    return any(w in sc.stopped and not (i and ws[i - 1] in negations) for i, w in enumerate(ws))


def _clause_words(text: str, tail: bool = True) -> list[str]:
    """The words of ``text`` in the clause nearest the phrase: after its last clause mark (``tail``, the words before
    a phrase) or before its first (the words after)."""
    parts = re.split(r"[,;:()\"“”]", text)
    return words(parts[-1] if tail else parts[0])


def _over_at_once(doc: Document, sc: _SettledCounts) -> bool:
    """Whether the report's headline and lead (its first ``lead_sentences`` sentences) name a happening that is over
    at once (``settled.kinds``: a crash, a fire) and none that goes on (``settled.lasting_kinds``: a quake, a flood)."""
    lead_end = doc.sentences[min(sc.lead_sentences, len(doc.sentences)) - 1][1] if doc.sentences else len(doc.text)
    named = {k.removeprefix(KIND_PREFIX) for k in event_kind_keys(f"{doc.title or ''}. {doc.text[:lead_end]}")}
    return bool(named & sc.kinds) and not named & sc.lasting_kinds


# (document, its text, dates, publication) -> the day it tells its happening happened (None: tells none, or goes on)
_HAPPENING_DAY: list[Any] = [(), None]


def _happening_day(doc: Document, rw: ReconcileWords, sc: _SettledCounts) -> str | None:
    """The day a report tells its happening happened, when the happening is over in it: the first day written in its
    first ``lead_sentences`` sentences ("pada Rabu (8/1/2025) malam", "kemarin sore" as the date reader
    resolved it), no later than its publication day and at most ``reach_days`` before it, not a day of telling ("kata
    Kapolres, Kamis (9/1)"); past those sentences, a day told after an event cue ("terjadi pada Rabu, 8 Januari 2025"),
    else the one day the report names. None when it tells none, or tells of the happening still going on (a search)."""
    of = (doc, doc.text, doc.dates, doc.published)
    kept = _HAPPENING_DAY[0]
    if len(kept) == len(of) and all(a is b for a, b in zip(kept, of)):
        return _HAPPENING_DAY[1]
    answer = None
    published = published_day(doc)
    if published and sc.lead_sentences and not tells_search_going_on(doc):
        told = happening_day_words().told_words | rw.speech_words
        lead_end = doc.sentences[min(sc.lead_sentences, len(doc.sentences)) - 1][1] if doc.sentences else 0
        later: set[str] = set()  # the days past the lead, none of telling
        for t in sorted(doc.dates, key=lambda t: t.start):
            day = day_of(t) if t.kind != "vague" and not isinstance(t.value, dict) else None
            if day is None or not 0 <= (published - day).days <= sc.reach_days:
                continue
            sent = doc.sentence_at(t.start)
            before = words(doc.text[sent[0] if sent else max(0, t.start - 80):t.start])[-5:]
            told_then = any(w in told or (without_pronoun_enclitic(w) or w) in told for w in before)
            if t.start >= lead_end:
                # past the lead, a day told as when it happened ("Kecelakaan ini terjadi pada Rabu, 8 Januari 2025")
                if _after_event_cue(doc, t, rw):
                    answer = day.isoformat()
                    break
                if not told_then:
                    later.add(day.isoformat())
                continue
            if not told_then:
                answer = day.isoformat()
                break
        if answer is None and len(later) == 1:
            answer = later.pop()  # the one day the report names
    _HAPPENING_DAY[0], _HAPPENING_DAY[1] = of, answer
    return answer


def _settled_date(doc: Document, measure: str | None, date: str | None, window: str | None,
                  rw: ReconcileWords, clause: str = "") -> str | None:
    """disc58: the day a settled count of a happening's harm holds (``moving_counts.settled``): the happening's day
    its report tells, when the figure has no day of its own (its report's publication day), else None. None too when
    the happening goes on (a quake, a flood: only ``kinds`` over at once settle their harm) or when the figure's
    ``clause`` tells the count moving ("Jumlah korban luka bertambah menjadi 120 orang")."""
    sc = _settled_counts()  # the Indonesian file holds the English words too, as reconcile_words does
    if not measure or measure not in sc.measures or window or date is None or date != _published_iso(doc):
        return None
    if sc.moving_cues and set(words(clause.lower())) & sc.moving_cues:
        return None
    if not _over_at_once(doc, sc):
        return None
    return _happening_day(doc, rw, sc)


def _after_event_cue(doc: Document, t: TimeExpr, rw: ReconcileWords) -> bool:
    """Whether a date is told as when the event happened or a period began ("longsor yang terjadi pada
    Sabtu (9/1/2021)", "sejak Sabtu (09/1)"): a cue of ``figure_day_words.event_cues`` among the words
    right before it in its sentence."""
    fd = rw.figure_day_words
    if fd is None or not fd.event_cues:
        return False
    sent = doc.sentence_at(t.start)
    before = words(doc.text[sent[0] if sent else max(0, t.start - 80):t.start])
    return bool(set(before[-(fd.event_reach + 1):]) & fd.event_cues)


def _office_term(doc: Document, t: TimeExpr) -> bool:
    """Whether a date is the term of an office named right before it ("Menteri Perdagangan periode
    2015-2016"), in its sentence."""
    sent = doc.sentence_at(t.start)
    whole_years = t.precision == "year" or (isinstance(t.value, dict) and all(
        len(str(v)) == 4 for v in t.value.values()))
    return office_term_before(doc.text[sent[0] if sent else max(0, t.start - 160):t.start], whole_years)


# (document, its text, sentences, dates, publication time, word lists) -> {figure's time text: answer}
_STATED_DATES: list[Any] = [(), {}]


def _stated_date_of(doc: Document, q: Quantity, rw: ReconcileWords) -> tuple[str | None, str | None]:
    # the answer depends on the figure's time text alone, within its report: the figures of a report
    # told at one date ask the same, and each asked each of the report's dates about office terms and
    # event cues again; kept for the report asked about, checked by identity, and forgotten when
    # ``figure_readings`` starts on a report (or the same one again)
    of = (doc, doc.text, doc.sentences, doc.dates, doc.published, rw)
    kept = _STATED_DATES[0]
    if len(kept) != len(of) or any(a is not b for a, b in zip(kept, of)):
        _STATED_DATES[0], _STATED_DATES[1] = of, {}
    answers = _STATED_DATES[1]
    answer = answers.get(q.time)
    if answer is None:
        answer = answers[q.time] = _stated_date_of_time(doc, q.time, rw)
    return answer


def _stated_date_of_time(doc: Document, time: str | None, rw: ReconcileWords) -> tuple[str | None, str | None]:
    past: str | None = None
    if time:
        for t in doc.dates:
            if t.text == time or (time in t.text or t.text in time):
                if _office_term(doc, t):
                    break  # "denda Rp750 juta kepada mantan Menteri Perdagangan periode 2015-2016": the term
                if isinstance(t.value, dict) or t.kind == "range":
                    return t.text, None  # a period the figure covers ("sejak awal tahun", "8 hingga 13 Oktober")
                if isinstance(t.value, str) and len(t.value) in (4, 7) and doc.published \
                        and t.value[:4] < doc.published[:4]:
                    # a year or month before the report's year ("kecelakaan Korean Air di Guam tahun 1997
                    # yang menewaskan 225 orang"): a figure of that time, not of the report's day, unless
                    # a period or a day is told too ("akhir tahun 2024")
                    past = past or t.text
                    continue
                if _after_event_cue(doc, t, rw):
                    break  # the event's day: the figure is the report's
                if isinstance(t.value, str) and len(t.value) >= 10:
                    return None, t.value[:10]
    if past is not None:
        return past, None
    return None, _published_iso(doc)


_SCALE_IN_BRACKETS = re.compile(r"\s*\(\s*([^\W\d_]+)\s*\)")


def _with_carried_scale(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity]) -> Quantity:
    """A money amount written without its scale word: "hampir Rp5 miliar, ya Rp4,8 tepatnya"
    and "Rp 4,8 (miliar)" are 4.8 billion. The scale in brackets right after the figure, else
    the scale of the nearest amount of the same currency in the sentence whose value is of the
    same order once scaled (as a range's scale word carries to its other bound)."""
    currencies = set(number_words().currency_prefix.values()) | set(number_words().currency_suffix.values())
    if q.unit not in currencies or q.value is None or q.value >= 1000:
        return q
    scales = number_words().scales
    if any(w in scales for w in words(q.text)):
        return q
    scale = None
    bracket = _SCALE_IN_BRACKETS.match(text, q.end)
    if bracket and case_blind_key(bracket.group(1)) in scales:
        scale = scales[case_blind_key(bracket.group(1))]
    else:
        best: tuple[int, float] | None = None
        for o in others:
            if o is q or o.unit != q.unit or o.value is None or not (sent[0] <= o.start < sent[1]):
                continue
            own = [scales[w] for w in words(o.text) if w in scales]
            if not own:
                continue
            mantissa = o.value / own[-1]
            if 0.5 <= q.value / mantissa <= 2.0 if mantissa else False:
                dist = abs(o.start - q.start)
                if best is None or dist < best[0]:
                    best = (dist, own[-1])
        scale = best[1] if best else None
    if scale is None:
        return q
    return Quantity(doc=q.doc, start=q.start, end=q.end, text=q.text, value=q.value * scale,
                    low=None if q.low is None else q.low * scale, high=None if q.high is None else q.high * scale,
                    qualifier=q.qualifier, unit=q.unit, place=q.place, time=q.time, claimant=q.claimant)


SAID_BY_GAP = 3  # words at most between the one who speaks and the speech verb ("minggu lalu")


@_kept_for_last
def _any_word_of(lower_words: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern found in a lower-cased text wherever one of ``lower_words`` is a word of it (and
    wherever one is part of a word): a cheap test that none is. None when some word is not plain
    ASCII: lower-casing a whole text and lower-casing each word then agree only for ASCII words."""
    if not lower_words or not all(w.isascii() for w in lower_words):
        return None
    return re.compile(trie_regex(sorted(lower_words)))


def _said_by(doc: Document, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """The claimant of a figure the extractor left without one: "Pentagon minggu lalu
    mengatakan Korea Utara mengirim 10.000 tentara" — a person or body named shortly before a
    speech verb that comes before the figure in its sentence."""
    before = doc.text[sent[0]:q.start]
    low = before.lower()
    gate = _any_word_of(rw.speech_words)
    if gate is not None and gate.search(low) is None:
        return None  # no speech verb anywhere before the figure: its words are not read one by one
    # (an ASCII text lower-cased is its words lower-cased, at the same places: ``case_blind_key`` of each
    # word is the word of the lower-cased text, read without a call per word)
    verbs = ([m.start() for m in WORD_PATTERN.finditer(low) if m.group(0) in rw.speech_words] if before.isascii()
             else [m.start() for m in WORD_PATTERN.finditer(before) if case_blind_key(m.group(0)) in rw.speech_words])
    if not verbs:
        return None
    verb_at = sent[0] + verbs[-1]
    speakers = [m for m in doc.mentions if m.label in ("PERSON", "ORG") and sent[0] <= m.start and m.end <= verb_at]
    if not speakers:
        return None
    who = max(speakers, key=lambda m: m.end)
    if len(words(doc.text[who.end:verb_at])) > SAID_BY_GAP:
        return None
    return who.text


def _quoted_by(doc: Document, q: Quantity) -> str | None:
    """The speaker of the quote a figure stands in ("Hingga saat ini, data korban meninggal dunia 25 orang ...,"
    paparnya): the quote stage has found who "paparnya" is; the figure is theirs."""
    for quote in doc.quotes:
        if quote.start <= q.start and q.end <= quote.end and quote.speaker_name:
            return quote.speaker_name
    return None


def _claimants_carried(doc: Document) -> Callable[[tuple[int, int]], str | None]:
    """For ``doc``, the claimant a sentence opening with a source cue ("Berdasarkan laporan BPBD, 15 orang
    hanyut.") gave its figures, asked of the next sentence of its paragraph whose figure names no source of
    its own ("Empat orang telah ditemukan, namun 11 lainnya masih dicari."): the account goes on. The
    sentence starts and the claimants by position are read once per document and each sentence's answer
    is kept, so asking it of every figure stays linear in the article's length."""
    starts = [s for s, _ in doc.sentences]
    located = sorted(((x.start, x.claimant) for x in doc.quantities if x.claimant), key=lambda t: t[0])
    claimant_starts = [at for at, _ in located]
    cues = quantity_words(doc.language).claimant_before_source
    opens_with_cue = re.compile("|".join(rf"{re.escape(c.lower())}(?!\w)" for c in cues)) if cues else None
    answers: dict[int, str | None] = {}

    def carried(sent: tuple[int, int]) -> str | None:
        if sent[0] not in answers:
            answers[sent[0]] = _claimant_carried_to(sent)
        return answers[sent[0]]

    def _claimant_carried_to(sent: tuple[int, int]) -> str | None:
        i = bisect_right(starts, sent[0]) - 1
        if i < 1 or doc.sentences[i][0] != sent[0] or opens_with_cue is None:
            return None
        before = doc.sentences[i - 1]
        if "\n" in doc.text[before[1]:sent[0]]:
            return None  # a new paragraph
        opening = doc.text[before[0]:before[1]].lstrip(" \"'“‘(-–—").lower()
        if not opens_with_cue.match(opening):
            return None
        named = {who for _, who in located[bisect_left(claimant_starts, before[0]):
                                           bisect_left(claimant_starts, before[1])]}
        return named.pop() if len(named) == 1 else None

    return carried


def _is_whole_of_part(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> bool:
    """ "Tercatat 241 dari 242 penumpang dinyatakan tewas": a figure right after another number and
    a ``part_of_whole`` word is the whole the part is taken from, not a count of what happened."""
    if not rw.part_of_whole:
        return False
    before = " ".join(text[sent[0]:q.start].lower().split())
    # "4 orang meninggal dunia dari total 12 korban": after a phrase naming a total, the part's count a
    # few words before, in its clause ("1.500 siswa dari 7 sekolah" names no total: the 7 is no whole)
    dp = rw.described_parts
    for phrase in rw.part_of_whole:
        if before.endswith(" " + phrase):
            previous = before[:-len(phrase)].split()
            if not previous:
                return False
            reach = dp.whole_reach_words if dp and phrase in dp.total_phrases else 1
            for k, word in enumerate(reversed(previous[-reach:])):
                if k and word[-1:] in ",;:":
                    break  # another clause
                if _is_number_word(word.strip(".,;:()")):
                    return True
            return False
    return False


def _is_described_part(text: str, sent: tuple[int, int], q: Quantity, measure: str | None,
                       rw: ReconcileWords, unit: str) -> bool:
    """ "Dua dari empat korban meninggal merupakan ibu dan bayi", "menewaskan empat orang, satu
    diantaranya balita", "empat korban meninggal dunia, yakni dua warga Jember": some of a count,
    described, not a count of the state (``described_parts`` of reconcile.yaml). A part whose own
    state is written after it ("4 di antaranya meninggal dunia") is the count itself."""
    dp = rw.described_parts
    if dp is None:
        return False
    before = " ".join(text[sent[0]:q.start].lower().split())
    after_all = " ".join(text[q.end:sent[1]].lower().split())
    # the figure's own noun ("empat korban") stays with it; the part phrase follows
    part_end = None
    # "satu diantaranya" is some of an exact count told just before ("menewaskan empat orang, satu
    # diantaranya balita"); after a vague whole ("Dari ratusan orang yang ditangkap, dua di antaranya
    # adalah WNI") the part is the count the report is about
    exact_whole = any(_is_number_word(w.strip(".,;:()")) for w in before.split()[-dp.whole_reach_words * 2:])
    for phrase in dp.after_count if exact_whole else ():
        m = re.match(rf"(?:\S+\s+)?{re.escape(phrase)}(?!\w)", after_all)
        if m:
            part_end = m.end()
            break
    if part_end is None:
        for phrase in rw.part_of_whole:
            m = re.match(rf"(?:\S+\s+)?{re.escape(phrase)}\s+(\S+)", after_all)
            if m and _is_number_word(m.group(1).strip(".,;:()")):
                part_end = m.end()
                break
    # an item right after "yakni" counts people of the general unit ("dua warga Jember"); a list of kinds
    # ("antara lain 1 guru, 9 siswa") counts each kind, compared with other outlets' counts of that kind
    general = rw.state_counts is not None and unit == rw.state_counts.unit
    listed = (part_end is None and general
              and any(before.endswith(" " + o) or before == o for o in dp.list_openers))
    if part_end is None and not listed and _whole_told_first(before, dp):
        part_end = 0  # "Dari 42 korban luka ringan, 37 penumpang bus": the part right after the whole's comma
    if part_end is None and not listed:
        return False
    surfaces = [sf for sf, key in rw.measures if key == measure]
    # "menewaskan 101 dari 146 orang": the verb of the state governs the part itself, which is the count
    near = " ".join(before.split()[-2:])
    if part_end is not None and any(re.search(rf"(?<!\w){re.escape(sf)}$", near) for sf in surfaces):
        return False
    rest = after_all[part_end or 0:]
    cut = _clause_patterns(rw).breaks.search(rest)
    # the clause of the part: up to a break, but a copula may stand after "dan" ("Dua dari empat korban
    # meninggal dunia adalah Syafa dan ibunya")
    clause = rest[: cut.start()] if cut else rest
    clause_words = words(clause)
    if any(w in dp.copulas for w in clause_words):
        return True
    if listed:
        return True  # "yakni dua warga Jember": an item of a list naming who they are
    # the state borrowed from the whole before the part ("menewaskan empat orang, satu diantaranya balita")
    return not any(re.search(rf"(?<!\w){re.escape(sf)}(?!\w)", clause) for sf in surfaces)


def _whole_told_first(before: str, dp: DescribedParts) -> bool:
    """Whether the words of a sentence before a count (lower-cased, spaces folded) are a whole told first and
    closed by a comma: "dari 42 korban luka ringan," ("Dari 15 orang tersebut, ada"), at most one word before
    the opener and one link of ``whole_first_links`` after the comma."""
    head, comma, tail = before.rpartition(",")
    if not comma or (tail.strip() and " ".join(tail.split()) not in dp.whole_first_links):
        return False
    tokens = [t.strip("\"'“”‘’(") for t in head.split()]  # "\"Dari 10 orang korban meninggal, ...": a quote opens it
    for opener in dp.whole_first:
        n = len(opener.split())
        for start in (0, 1):
            if (" ".join(tokens[start:start + n]) == opener and len(tokens) > start + n + 1
                    and _is_number_word(tokens[start + n].strip(".,;:()")) and "," not in head):
                return True
    return False


_SPACE = re.compile(r"\s")
LAST_WORD_REACH = 60  # characters before an end read first for the last word


def _first_words(text: str, n: int) -> list[str]:
    """``words(text)[:n]``, reading no further than the n-th word."""
    return [case_blind_key(m.group(0)) for m in islice(WORD_PATTERN.finditer(text), n)]


def _last_word(text: str, start: int, end: int) -> list[str]:
    """``words(text[start:end])[-1:]``, read from the last ``LAST_WORD_REACH`` characters when a white
    space there comes before a word: a word holds no white space, so a scan from that space finds
    the words after it that a scan from ``start`` finds (the sentence before a figure, up to a
    whole paragraph, was split into words for its last one)."""
    near = end - LAST_WORD_REACH
    if near > start:
        space = _SPACE.search(text, near, end)
        if space is not None:
            found = WORD_PATTERN.findall(text, space.end(), end)
            if found:
                return [found[-1].lower()]
    return words(text[start:end])[-1:]


REMAINDER_LOOKBACK = 300  # characters before a figure searched for the count it is the rest of


def _is_remainder(text: str, sent: tuple[int, int], q: Quantity, measure: str | None, rw: ReconcileWords) -> bool:
    """ "241 ... tewas. ... 33 korban tewas lainnya berada di darat": a figure naming itself as the
    rest of a count told just before with the same measure is a part of that count, never the
    count another outlet gives. "18 orang meninggal, sementara tiga warga lainnya masih hilang"
    is the whole count of the missing (the others are the dead)."""
    if not measure or not rw.measures:
        return False
    after = text[q.end:sent[1]]
    cut = _clause_patterns(rw).breaks.search(after)
    after = after[: cut.start()] if cut else after
    near = set(words(q.text)[1:]) | set(_first_words(after, 2)) | set(_last_word(text, sent[0], q.start))
    if not near & rw.own_clause_words:
        return False
    pattern, canon = _measure_pattern(rw.measures)
    before = text[max(0, q.start - REMAINDER_LOOKBACK):q.start].lower()
    verb = _state_verb_right_before(before, rw)
    if verb and verb[0] == measure:
        # figcmp77: the verb whose object the count is ("melukai 11 orang lainnya") tells the count's own state,
        # not a count before it that this one is the rest of
        before = before[:verb[1]]
    return any(canon[hit.group(0)] == measure for hit in pattern.finditer(before))


_SHARE_GAP = re.compile(r"[\w()\s-]*")  # a count's noun phrase before its joiner: words and brackets only


def _share_of(text: str, sent: tuple[int, int], q: Quantity, quantities: Sequence[Quantity],
              rw: ReconcileWords) -> str | None:
    """ "80 persen atau 7.991.160 KPM", "7.991.960 Keluarga Penerima Manfaat (KPM) atau 80 persen":
    the share of a whole a count is given as, next to it in its sentence ("80 persen"), which
    says what it counts when no word does: another outlet's count given as the same share counts
    the same thing. None when no share stands next to the count."""
    sw = rw.share_equivalence
    if sw is None:
        return None
    for p in quantities:
        if p is q or p.value is None or not (sent[0] <= p.start and p.end <= sent[1]):
            continue
        if rw.unit_aliases.get((p.unit or "").lower(), p.unit) != sw.share_unit:
            continue
        if p.end <= q.start:
            joined = _share_joined(text[p.end:q.start], sw, 0)
        elif q.end <= p.start:
            joined = _share_joined(text[q.end:p.start], sw, sw.gap_words)
        else:
            continue
        if joined:
            return f"{p.value:g} {sw.share_unit}"
    return None


def _share_joined(between: str, sw: Any, gap_words: int) -> bool:
    """``between`` is a joiner ("atau"), optionally after at most ``gap_words`` words of the count's
    noun phrase and a comma, and followed by link words only ("atau sebanyak", "atau kepada")."""
    low = " " + " ".join(between.lower().split()) + " "
    for joiner in sw.joiners:
        at = low.find(f" {joiner} ")
        if at < 0:
            continue
        head, tail = low[:at].rstrip(" ,"), low[at + len(joiner) + 2:].strip()
        if not _SHARE_GAP.fullmatch(head) or any(c.isdigit() for c in head) or len(words(head)) > gap_words:
            return False
        while tail:
            link = next((x for x in sw.links if tail == x or tail.startswith(x + " ")), None)
            if link is None:
                return False
            tail = tail[len(link):].strip()
        return True
    return False


def vague_words(q: Quantity, language: str | None = None) -> str | None:
    """The words of a vague amount as written, its approximate plural and the scale or joiners after it
    ("puluhan", "puluhan ribu", "tens of thousands"): what the briefing shows instead of a range the words
    never said ("10-99"). None for any other figure."""
    if q.value is not None:
        return None  # "Rp 195 jutaan": a number written with the plural keeps its number
    nw = number_words(language)
    ws = words(q.text.lower())
    at = next((i for i, w in enumerate(ws) if w in nw.approximate), None)
    if at is None:
        return None
    end = at + 1
    while end < len(ws) and (ws[end] in nw.scales or ws[end] in nw.plural_scales or ws[end] in nw.approximate_joiners
                             or ws[end] in nw.approximate):
        end += 1
    while end > at + 1 and ws[end - 1] in nw.approximate_joiners:
        end -= 1
    return " ".join(ws[at:end])


def _is_vague(q: Quantity, language: str | None = None) -> bool:
    """An amount given by an approximate plural of the document's language ("ribuan", "puluhan
    ribu", "belasan"; "thousands", "tens of thousands")."""
    approximate = number_words(language).approximate
    return any(w in approximate for w in words(q.text))


@lru_cache(maxsize=128)  # some twenty word lists ask it in turn: eight kept made most asks a miss
def _whole_words_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases`` as a whole word, one compiled pattern: it finds a place where one of
    them stands exactly where a pattern per phrase would (the alternation backtracks to the next
    phrase when one fails at the word end)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


_PUNCTUATION_BREAK = re.compile(r"[,;:]")


def _clause_before(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str:
    """The lower-case text of a figure's clause before it: after the last comma, semicolon, colon or
    contrast word ("..., namun kami putuskan 6,5 persen")."""
    before = text[sent[0]:q.start].lower()
    patterns = _clause_patterns(rw)
    for pattern in (_PUNCTUATION_BREAK, patterns.contrasts):
        cut = None
        for cut in pattern.finditer(before):
            pass
        if cut is not None:
            before = before[cut.end():]
    return before


def _capacity(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity], rw: ReconcileWords) -> bool:
    """Whether a word of ``capacity_counts`` ("berkapasitas", "seharusnya diisi") stands earlier in the count's
    clause with no other count between them: the count is what a place holds, not who is in it."""
    if not rw.capacity_words or not rw.capacity_marker:
        return False
    before = _clause_before(text, sent, q, rw)
    found = None
    for found in _whole_words_pattern(rw.capacity_words).finditer(before):
        pass
    if found is None:
        return False
    word_at = q.start - len(before) + found.end()
    return not any(word_at <= o.start < q.start for o in others if o is not q)


def _proposed(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> bool:
    """Whether a word of ``proposed_amounts`` ("mengusulkan", "tuntutan") stands earlier in the amount's
    clause: the amount is proposed, demanded or targeted, not decided. The clause starts after the last
    comma, semicolon, colon or contrast word before the figure ("..., namun kami putuskan 6,5 persen");
    "dan" / "serta" join the demanded terms of one demand ("dituntut tujuh tahun penjara dan denda
    Rp600 juta"): only a comma-like break or a contrast ends the demand's reach."""
    if not rw.proposal_words or not rw.proposal_marker:
        return False
    return _whole_words_pattern(rw.proposal_words).search(_clause_before(text, sent, q, rw)) is not None


OLD_VALUE_REACH = 12  # words between "dulunya" and the old figure, and between it and "menjadi"


def _is_old_value(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity],
                  rw: ReconcileWords) -> bool:
    """True when the figure is the old value of a sentence that gives an old and a new one ("FUM
    minimum yang dulunya Rp 500 juta sekarang menjadi Rp 1 miliar"): a word of ``former`` before it
    with no figure between, then a word of ``current`` after it, then a figure of its unit."""
    if not rw.former_value_words or not rw.current_value_words:
        return False
    # fig30: "dari 11.100 menjadi 14.200 kasus": the old value of a change told from one value to the next
    following = [o for o in others if q.end <= o.start < sent[1]]
    if following and _from_value_to(text, q, min(following, key=lambda o: o.start), rw):
        return True
    before = text[sent[0]:q.start].lower()
    former = list(_whole_words_pattern(rw.former_value_words).finditer(before))
    if not former:
        return False
    gap = before[former[-1].end():]
    if _DIGIT.search(gap) or len(gap.split()) > OLD_VALUE_REACH:
        return False
    later = [o for o in others if q.end <= o.start < sent[1] and o.unit == q.unit]
    if not later:
        return False
    between = text[q.end:min(o.start for o in later)].lower()
    return (len(between.split()) <= OLD_VALUE_REACH
            and _whole_words_pattern(rw.current_value_words).search(between) is not None)


RESPECTIVE_REACH = 8  # words between "masing-masing" and the figures it spreads over, and after the last one
_LIST_JOINERS = re.compile(r"^\s*(?:,|dan|serta|and|,\s*dan|,\s*and)\s*$", re.IGNORECASE)


def _respective(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity],
                rw: ReconcileWords) -> tuple[str | None, str | None]:
    """How a word of ``respective_words`` spreads the figure over several holders: "list" when it
    is one of two or more figures of its unit listed together ("masing-masing turun 2,38% dan
    4,82%", "turun 1,08% dan 1,49% masing-masing"), "last" when it is the last of them, "each" when it stands alone for each holder
    ("hadiah masing-masing Rp 50 juta"), None when no such word reaches it; second, the word."""
    if not rw.respective_words:
        return None, None
    # the words are looked for before and after the figure's run, both within its sentence: a sentence
    # whose letters hold none of them (most) is answered before the run of figures is gathered
    sentence = text[min(sent[0], q.start):max(sent[1], q.end)].lower()
    if not any(w in sentence for w in rw.respective_words):
        return None, None
    pattern = _whole_words_pattern(rw.respective_words)
    run = _listed_run(text, sent, q, others)
    before = text[sent[0]:run[0].start].lower()
    said = list(pattern.finditer(before))
    near_before = bool(said) and not _DIGIT.search(before[said[-1].end():]) and (
        len(before[said[-1].end():].split()) <= RESPECTIVE_REACH)
    after = text[run[-1].end:sent[1]].lower()
    first_after = pattern.search(after)
    near_after = first_after is not None and len(after[:first_after.start()].split()) <= 1
    if not (near_before or near_after):
        return None, None
    word = said[-1].group(0) if near_before else first_after.group(0)
    if len(run) == 1:
        return "each", word
    return ("last" if q.start == run[-1].start else "list"), word


def _listed_run(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity]) -> list[Quantity]:
    """The run of figures of ``q``'s unit in its sentence joined only by a comma or "dan" that holds it
    ("turun 2,38% dan 4,82%"), in text order; ``[q]`` when it stands alone."""
    same_unit = sorted((o for o in others if sent[0] <= o.start and o.end <= sent[1] and o.unit == q.unit),
                       key=lambda o: o.start)
    run = [q]
    for step in (-1, 1):
        at = next((i for i, o in enumerate(same_unit) if o.start == q.start), None)
        if at is None:
            break
        i = at + step
        while 0 <= i < len(same_unit):
            a, b = (same_unit[i], run[0]) if step < 0 else (run[-1], same_unit[i])
            if not _LIST_JOINERS.match(text[a.end:b.start]):
                break
            run = [same_unit[i], *run] if step < 0 else [*run, same_unit[i]]
            i += step
    return run


# the joiners between holders listed before a respective word ("BBCA, BBRI dan TLKM masing-masing ...")
_HOLDER_JOINERS = re.compile(r"\s*,\s*(?:(?:dan|serta|and)\s+)?|\s+(?:dan|serta|and)\s+", re.IGNORECASE)


def _paired_holder(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity], measure: str | None,
                   rw: ReconcileWords) -> str | None:
    """The measure of a figure listed with others for as many holders, by its place in the list:
    "sektor pertanian dan konsumer masing-masing menguat 0,95% dan 0,36%" gives "kenaikan sektor
    pertanian" for 0,95% (the measure read for every figure names the last holder only). None for the
    last figure, when the holders are not written before the respective word, when fewer holders than
    figures are listed, or when the holder at that place is no noun phrase ("Indeks Nikkei 225")."""
    run = _listed_run(text, sent, q, others)
    at = next((i for i, o in enumerate(run) if o.start == q.start), None)
    am = rw.amount_measures
    if at is None or len(run) < 2 or at == len(run) - 1 or am is None or not rw.respective_words:
        return None
    # only a change ("penurunan", "pelemahan"), alone or of the last holder: "... masing-masing mencatat arus
    # masuk sebesar USD 39,2 juta, USD 20,7 juta" (what each holder's figure measures), "INDO29 dan INDO44,
    # harganya masing-masing ..." (a noun taking the holders up again) or no measure at all ("produk
    # pertanian AS, yang angkanya masing-masing ...": the holders are further back) are left as read
    forms = am.change_noun_forms
    first = (measure or "").split()[:1]
    if not first or (first[0] not in change_nouns(rw) and first[0] not in forms):
        return None
    if any(w not in change_nouns(rw) and w not in forms for w in words(measure)) and not _names_last_holder(
            text, sent, q, measure, rw):
        return None
    before = text[sent[0]:run[0].start]
    said = list(_whole_words_pattern(rw.respective_words).finditer(before.lower()))
    if not said:
        return None
    holders = before[:said[-1].start()].split()
    while holders and holders[-1].lower() in am.links:  # "... (TLKM) yang masing-masing"
        holders.pop()
    # (a comma closing the last holder leaves no holder after it: "energi dan industri yang bergerak negatif,")
    parts = [part for part in _HOLDER_JOINERS.split(" ".join(holders)) if part.strip()]
    if len(parts) < len(run):
        return None
    phrase = _phrase_words(_PHRASE_TOKEN.findall(parts[len(parts) - len(run) + at]), rw, from_start=False)
    if not phrase:
        return None
    return " ".join([first[0], *phrase])


_LISTED_FIGURES_AT_END = re.compile(r"(?:[-+]?\d[\d.,]*\s*%?\s*(?:,|\bdan\b|\bserta\b|\band\b)?\s*)+$",
                                    re.IGNORECASE)
_LAST_HOLDER_OPENER = re.compile(r"(?:,|\b(?:dan|serta|and))\s", re.IGNORECASE)


def _names_last_holder(text: str, sent: tuple[int, int], q: Quantity, measure: str | None,
                       rw: ReconcileWords) -> bool:
    """True when the words of the measure other than its change noun are all in the last holder the
    sentence lists before the figures ("BBRI dan PT Charoen Pokphand Indonesia Tbk. (CPIN) yang
    masing-masing turun 2,38% dan 4,82%": "penurunan cpin" names CPIN, whose fall is the last value).
    The last holder runs from the last "dan" or comma before the respective word, to it or to the
    figures; a change noun ("penurunan", "pelemahan") names no holder."""
    if not measure:
        return False
    forms = rw.amount_measures.change_noun_forms if rw.amount_measures else {}
    named = [w for w in words(measure) if w not in change_nouns(rw) and w not in forms]
    if not named:
        return False
    before = text[sent[0]:q.start]
    # the holders end at the respective word before the figures, or else where the figures start
    listed = _LISTED_FIGURES_AT_END.search(before)
    run_start = listed.start() if listed else len(before)
    said = [m for m in _whole_words_pattern(rw.respective_words).finditer(before.lower())
            if len(before[m.end():run_start].split()) <= RESPECTIVE_REACH]
    end = said[-1].start() if said and said[-1].start() < run_start else run_start
    # (from the sentence's start when no "dan" is in it: a split at "Tbk." leaves only the last holder)
    openers = list(_LAST_HOLDER_OPENER.finditer(before[:end]))
    holder = set(words(before[openers[-1].end() if openers else 0:end]))
    return all(w in holder for w in named)


def _names_an_institution(claimant: str | None, rw: ReconcileWords) -> bool:
    """ "Dinas Kesehatan Kabupaten X": the claimant is the body its head word opens, whole, not
    the place its name ends with."""
    if not claimant:
        return False
    return bool(rw.institution_heads) and _whole_words_pattern(tuple(rw.institution_heads)).match(claimant) is not None


TOTAL_BEFORE_CHARS = 60  # "Total jumlah meninggal sampai hari ini tercatat 260 orang"


_OPENS_FIGURE = re.compile(r"\s+(?:[^\W\d_]+\s+)?\d")  # " 18,3 juta", " sebanyak 120"


def _is_total(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> bool:
    """The figure is said to be a whole: a total word after it in its sentence, or before it in
    its clause (no comma or full stop between)."""
    if not rw.total_words:
        return False
    pattern = _whole_words_pattern(tuple(rw.total_words))
    clause = text[q.start:sent[1]].lower()[:120]
    before = text[max(sent[0], q.start - TOTAL_BEFORE_CHARS):q.start].lower()
    before = re.split(r"[,;:.]\s", before)[-1]
    # "80 persen atau 7.991.960 KPM ... 78 persen dari total 18,3 juta KPM": a total word after the
    # figure that opens another figure is that figure's whole, not this one's
    after = any(not _OPENS_FIGURE.match(clause, m.end()) for m in pattern.finditer(clause, len(q.text)))
    return after or pattern.search(before) is not None


def _anaphor_before(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> bool:
    """An anaphor before the figure in its sentence points back to a figure said before ("Dari
    jumlah itu, 15 ...")."""
    cm = rw.carried_measure
    return bool(cm and cm.anaphors and _whole_words_pattern(cm.anaphors).search(text[sent[0]:q.start].lower()))


def change_nouns(rw: ReconcileWords) -> frozenset[str]:
    """The nouns of ``amount_measures.changes`` ("kenaikan", "penurunan"): what a change measure opens with."""
    return _nouns_of_changes(rw.amount_measures.change_of) if rw.amount_measures else frozenset()


@_kept_for_last
def _nouns_of_changes(change_of: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(noun for _, noun in change_of)


def _names_nothing(measure: str | None, rw: ReconcileWords) -> bool:
    """A measure read that is only a referring noun ("nilainya", "angka itu", "kenaikan jumlahnya"):
    it says what is counted no more than a pronoun would."""
    cm = rw.carried_measure
    if cm is None or not measure:
        return False
    named = [w for w in measure.split() if w not in cm.demonstratives and w not in change_nouns(rw)]
    # fig42: a phrase opening with a whole word ("Total 6 triliun rupiah lebih", "total semuanya nilainya Rp2
    # triliun") names no more than a referring noun; after a noun ("nilai keseluruhan") the whole word only
    # qualifies it, and the phrase is read as before
    whole = bool(named) and named[0] in cm.whole_nouns
    return bool(named) and (" ".join(named) in cm.referring_nouns or all(w in cm.referring_nouns for w in named)
                            or (whole and all(w in cm.referring_nouns or w in cm.whole_nouns for w in named)))


def _refers_to_any_unit(measure: str | None, unit: str | None, rw: ReconcileWords) -> bool:
    """fig42: a share whose own phrase only refers back ("Jumlah tersebut setara 60 persen", "angka itu 12
    persen dari target") is a share of the figure the phrase points at, whatever that figure's unit: the nearest
    figure before, not only one in percent."""
    cm = rw.carried_measure
    return bool(cm and measure and unit in cm.relative_units and _names_nothing(measure, rw))


def _carried_from(doc: Document, sent: tuple[int, int], q: Quantity, unit: str | None,
                  earlier: Sequence[FigureReading], rw: ReconcileWords) -> FigureReading | None:
    """The figure a referring figure takes its unit and measure from: the nearest reading before it
    in its paragraph (of its unit, when it has one), at most ``sentences_back`` sentences back, with
    no sentence between opening another topic ("Sementara itu, ...")."""
    cm = rw.carried_measure
    if cm is None or not cm.sentences_back:
        return None
    starts = [s for s, _ in doc.sentences]
    here = bisect_right(starts, sent[0]) - 1
    shifts = _whole_words_pattern(cm.topic_shifts) if cm.topic_shifts else None
    for r in reversed(earlier):
        if r.quantity.start >= q.start:
            continue
        if "\n" in doc.text[r.quantity.end:q.start]:
            return None  # another paragraph
        there = bisect_right(starts, r.quantity.start) - 1
        if here - there > cm.sentences_back:
            return None
        if shifts and any(shifts.match(doc.text[starts[i]:starts[i] + 40].lower()) for i in range(there + 1, here + 1)
                          if 0 <= i < len(starts)):
            return None
        if r.carried:
            continue  # from the figure said first, not one that took its measure from it
        if unit is None or r.unit == unit:
            return r
    return None


def _whole_of_parts(doc: Document, sent: tuple[int, int], q: Quantity, unit: str | None,
                    earlier: Sequence[FigureReading], rw: ReconcileWords) -> tuple[FigureReading | None, str | None]:
    """fig42: a whole ("Total 6 triliun rupiah lebih", "Total semuanya ...") is the sum of the figures of its unit
    said before it within the reach a referring figure has (its paragraph, ``sentences_back`` sentences, no topic
    shift): it counts what they count together, in the order said ("dana hibah ... 6,4 triliun. ... dana bansos
    ... 10 miliar. Total ...": dana hibah dan dana bansos). A part with no measure, or more than three things,
    leaves it unread: the sum of things not named is no reading of any of them."""
    parts: list[FigureReading] = []
    rest = list(earlier)
    while True:
        nearest = _carried_from(doc, sent, q, unit, rest, rw)
        if nearest is None:
            break
        parts.append(nearest)
        rest = [r for r in rest if r.quantity.start < nearest.quantity.start]
    if not parts or any(not p.measure for p in parts):
        return None, None
    if len(parts) == 1 and not (q.value is not None and parts[0].quantity.value is not None
                                and math.isclose(q.value, parts[0].quantity.value, rel_tol=0.005)):
        # "Dana hibah Rp 6 triliun. Total Rp 10 triliun.": one figure before a larger total is one part of
        # it, the rest unnamed; the total is no reading of that one thing
        return None, None
    things: list[str] = []
    for p in reversed(parts):  # in the order the text says them
        if p.measure not in things:
            things.append(p.measure)
    if len(things) > 3:
        return None, None
    return parts[0], " dan ".join(things)


_BARE_NUMBER = re.compile(r"[\d.,]+")


def _counted_by_clause_head(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """What a count in a general unit counts when its clause opens with a count head: "Jumlah
    penumpang KM X tercatat 120 orang" counts penumpang. The phrase after the nearest head before the
    figure in its sentence, with no other figure and no clause break between."""
    cm = rw.carried_measure
    if cm is None or not cm.count_heads:
        return None
    window = text[sent[0]:q.start]
    heads = list(_whole_words_pattern(cm.count_heads).finditer(window.lower()))
    if not heads:
        return None
    rest = window[heads[-1].end():]
    if _DIGIT.search(rest) or re.search(r"[,;:]", rest):
        return None
    phrase = _phrase_words(_PHRASE_TOKEN.findall(rest), rw, from_start=True)
    return phrase[0] if phrase and phrase[0] not in cm.referring_nouns else None


_DIGIT = re.compile(r"\d")


@_kept_for_last
def _row_alternations(rw: ReconcileWords) -> tuple[str, str]:
    """The relative markers and the list joiners as regex alternations, joined once per word lists (their
    strings key ``_row_gap_patterns``' cache)."""
    am = rw.amount_measures
    relative = "|".join(re.escape(w) for w in (am.relative_markers if am else ())) or "(?!)"
    joiners = "|".join(re.escape(w) for w in rw.list_joiners) or "(?!)"
    return relative, joiners


def _state_taken_for_unit(q: Quantity, rw: ReconcileWords) -> Quantity:
    """A bare count whose state of people the extractor took for its unit ("5 orang meninggal, 3 luka berat dan 9
    luka ringan": "3 luka", unit "luka") as the bare count it is: the number alone, so the state is read after it as
    for "31 mengalami luka-luka" (``_state_count_unit``) and the grade with it ("luka berat", not "luka"). Without
    this the count had no unit of people, and one outlet's badly injured were never set against another's."""
    sc = rw.state_counts
    if sc is None or not q.unit:
        return q
    unit = q.unit.lower()
    if unit not in sc.state_openings:  # a state itself, or the opening of one ("luka" of "luka berat")
        return q
    at = q.text.lower().rfind(unit)
    number = q.text[:at].rstrip() if at > 0 else ""
    if not number or parse_number(number.split()[-1]) is None:
        return q
    return replace(q, text=number, end=q.start + len(number), unit=None)


def _counted_unit(unit: str | None, rw: ReconcileWords) -> bool:
    """Whether ``unit`` is a noun a figure claim may count (it has a weight, maybe through an alias)."""
    return bool(unit) and rw.unit_aliases.get(unit.lower(), unit) in rw.unit_weights


def _number_end(o: Quantity, state: str) -> int:
    """Where the number of ``o`` ends when the extractor took ``state`` for its unit ("150 rusak"), else its end."""
    if (o.unit or "").lower() != state:
        return o.end
    at = o.text.lower().rfind(state)
    return o.start + len(o.text[:at].rstrip()) if at > 0 else o.end


@lru_cache(maxsize=256)
def _row_gap_patterns(state: str, relative: str, joiners: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_row_noun_taken``'s two patterns for one state word, compiled once per state rather than at each amount
    read: the gap from one row's amount to the next (the state, maybe after "yang", and at most three words of its
    grade, then a comma or a joiner), and the state right after an amount."""
    gap = re.compile(rf"\s+(?:(?:{relative})\s+)?{re.escape(state)}(?:\s+[^\W\d_]+){{0,3}}?\s*(?:,\s*(?:(?:{joiners})\s+)?|(?:{joiners})\s+)",
                     re.IGNORECASE)
    state_after = re.compile(rf"\s+(?:(?:{relative})\s+)?{re.escape(state)}(?![^\W\d_])", re.IGNORECASE)
    return gap, state_after


def _row_noun_taken(text: str, sent: tuple[int, int], q: Quantity, others: Sequence[Quantity],
                    rw: ReconcileWords) -> Quantity:
    """disc73: a row of a list of grades that leaves out the list's noun ("ada 208 rumah yang rusak berat, 150 rusak
    sedang, 97 rusak ringan"; "di antaranya 228 rusak berat, 152 rusak sedang, ... dan 743 rumah rusak"), where the
    extractor took the state for the unit ("150 rusak"): the number alone, with the noun of the row of that list
    that writes one, so the grade is read after it as for that row. Rows are amounts of one sentence, each followed
    by the same state word (after a relative marker, "yang", at most) and set apart by a comma or a list joiner
    only; a unit that is a counted noun, or a list whose rows name no counted noun, is left as it was (a part of
    a whole never read is better than one counted as another thing)."""
    if not q.unit or _counted_unit(q.unit, rw):
        return q
    state = q.unit.lower()
    at = q.text.lower().rfind(state)
    number = q.text[:at].rstrip() if at > 0 else ""
    if not number or parse_number(number.split()[-1]) is None:
        return q
    relative, joiners = _row_alternations(rw)
    gap, state_after = _row_gap_patterns(state, relative, joiners)
    rows = sorted((o for o in others if sent[0] <= o.start and o.end <= sent[1]), key=lambda o: o.start)
    if q not in rows:
        return q
    i = rows.index(q)
    for step in (-1, 1):  # the nearest row with a noun, back along the list, then on along it
        j = i
        while 0 <= j + step < len(rows):
            a, b = (rows[j + step], rows[j]) if step < 0 else (rows[j], rows[j + step])
            if not gap.fullmatch(text, _number_end(a, state), b.start):
                break
            j += step
            if (_counted_unit(rows[j].unit, rw) and rows[j].unit.lower() in rows[j].text.lower()
                    and state_after.match(text, rows[j].end)):
                # the row with the noun is graded by the same state ("208 rumah yang rusak berat"): one list
                return replace(q, text=number, end=q.start + len(number), unit=rows[j].unit)
            if (rows[j].unit or "").lower() != state:
                break
    return q


def _state_count_unit(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """The unit of people (``state_counts.unit``) for a bare count that opens its clause and is written
    right before a state of people, maybe after a verb of undergoing or an adverb: "Dari sisa korban, 31
    mengalami luka-luka", "(13 meninggal di lokasi", "tiga selamat dan dua tertimbun". The state itself
    is the measure, read after the figure as for any count of people. None for a figure with a unit, a
    number inside a phrase ("Pasal 5 hilang", "pada 13 meninggal"), or a state not written right after."""
    sc = rw.state_counts
    if sc is None or q.unit:
        return None
    before = text[sent[0]:q.start].rstrip()
    tokens = _PHRASE_TOKEN.findall(before)
    while tokens and tokens[-1].lower() in sc.introducers:
        # fig40: "JAKARTA - Sebanyak 26 meninggal dunia": a word introducing the count stands after the opening
        tokens.pop()
        before = before[:before.lower().rfind(tokens[-1].lower()) + len(tokens[-1])] if tokens else ""
    if before and before[-1] not in ",;:(-\u2013\u2014" and not (tokens and tokens[-1].lower() in sc.openers):
        return None
    if len(tokens) > 1 and tokens[-1].lower() in sc.openers and _is_number_word(tokens[-2]):
        return None  # "pengendara roda dua dan tiga meninggal": the second of a list of numbers in a phrase
    after = " ".join(text[q.end:min(sent[1], q.end + 80)].lower().split())
    for words in (sc.between, sc.between, sc.through):  # fig40: two adverbs may stand there ("satu lagi masih")
        hit = next((w for w in words if after == w or after.startswith(w + " ")), None)
        if hit:
            after = after[len(hit):].lstrip()
    if any(after == s or after.startswith(s) and not after[len(s)].isalnum() for s, _ in sc.states):
        return sc.unit
    return None


def _is_number_word(token: str) -> bool:
    """A token that is a number: digits ("12", "1.500") or a spelled number ("tiga", "belas")."""
    nw = number_words()
    word = token.lower()
    return bool(_DIGIT.search(token)) or word in nw.digits or word in nw.se_forms or word in (nw.teens, nw.tens)


@_kept_for_last
def _links_by_length(links: tuple[str, ...]) -> tuple[tuple[int, ...], dict[str, int]]:
    """The word counts of ``links`` (each as ``len(link.split())``) and each link's place in them: what
    ``_link_ending`` needs to ask once per word count what it asked once per link."""
    return tuple(sorted({len(k.split()) for k in links})), {k: i for i, k in reversed(list(enumerate(links)))}


def _link_ending(tokens: list[str], links: tuple[str, ...]) -> str | None:
    """The first of ``links`` that the lower-cased last words of ``tokens`` spell (as many words as the
    link has, joined by a space), else None. Each word count's tail is joined and lower-cased once, not
    once for each link of that count (every count in a general unit asked it of every link)."""
    lengths, place = _links_by_length(links)
    found = [tail for tail in (" ".join(tokens[-n:]).lower() for n in lengths) if tail in place]
    return min(found, key=place.__getitem__) if found else None


def _noun_next_to_count(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords,
                        units: frozenset[str] = frozenset()) -> str | None:
    """What a count in a general unit counts when its noun is written right next to it and no measure
    word says more: the common noun right after the unit ("700 orang lulusan", "Dua orang penambang"),
    else the one right before the figure, across a link word only ("peserta sekitar 5 ribu orang",
    "tenaga kerja 30 orang", "pelaku berjumlah dua orang"). A name ("di Jakarta 5 orang"), a time
    ("hari ini 5 orang"), a verb ("menewaskan 5 orang") or a function word gives none. ``units``: units read so
    beside ``carried_measure.next_noun_units`` (the claim-only units of ``_claim_only_measure``)."""
    cm = rw.carried_measure
    unit = rw.unit_aliases.get((q.unit or "").lower(), q.unit or "")
    if cm is None or (unit.lower() not in cm.next_noun_units and unit not in units):
        return None
    after = _PHRASE_TOKEN.findall(text[q.end:min(sent[1], q.end + 60)])
    counts_people = rw.state_counts is not None and rw.unit_aliases.get(
        (q.unit or "").lower(), q.unit or "").lower() == rw.state_counts.unit.lower()
    role = _role_named_after(after, cm, rw) if counts_people else None
    if role:
        return role
    # after a classifier the next word only describes ("4 orang hadir", "5 orang positif"), the noun
    # after it is what is counted only when it names people ("700 orang lulusan", "dua orang warga")
    states_follow = (q.unit or "").lower() in unit_table("id").classifiers_before_states
    before = text[sent[0]:q.start]
    tokens = _PHRASE_TOKEN.findall(before)
    link = _link_ending(tokens, cm.next_noun_links)
    if link:
        tokens = tokens[:-len(link.split())]
    # fig35: the other nouns of people the quote patterns know ("tiga orang saksi", "satu orang pelaku", "dua orang
    # nelayan") name who is counted too, unless a verb of what is done to them stands before the count: the state
    # it leaves them in says what they are ("menangkap sembilan orang pelaku": ditangkap, as before)
    acted_on = bool(tokens) and tokens[-1].lower() in cm.action_states
    if (after and after[0].islower() and after[0] not in cm.not_counted_after
            and (not states_follow or after[0] in _person_nouns()
                 or (after[0] in _people_nouns() and not acted_on))):
        phrase = _phrase_words(after, rw, from_start=True)[:_COMPOUND_WORDS]
        if phrase and after[:len(phrase)] == phrase and _common_noun_phrase(phrase, cm, rw):
            if states_follow:
                return " ".join(phrase)
            goods = _goods_noun_at_start(phrase, cm, rw)  # "310 ton beras", not "64 km sekali charge"
            if goods:
                return goods
    if counts_people and tokens and _is_action_noun(tokens[-1].lower(), cm):
        # "Pencarian tiga korban lainnya": the people are searched for, so missing; an action that leaves
        # them in no state ("pemeriksaan 20 saksi", "kedatangan tiga orang") says nothing of what they are
        return cm.action_states.get(tokens[-1].lower())
    if link and cm.contents_verbs:
        # "plastik teh berisi sabu-sabu [seberat] 1.047 gram": the contents after the verb of holding are weighed
        held = max((i for i, w in enumerate(tokens) if w.lower() in cm.contents_verbs), default=-1)
        if 0 <= held < len(tokens) - 1 and len(tokens) - held - 1 <= _COMPOUND_WORDS:
            tokens = tokens[held + 1:]
    whole = _phrase_words(tokens, rw, from_start=False)
    opener = tokens[-len(whole) - 1].lower() if whole and len(tokens) > len(whole) else ""
    prepositions = rw.amount_measures.adjunct_prepositions if rw.amount_measures else frozenset()
    inner = next((i for i in range(len(whole) - 1, -1, -1) if whole[i] in prepositions), None)
    if inner is not None:  # "harus lewat jalan perkebunan [sejauh]": a preposition no stopword opens the phrase
        opener, whole = whole[inner], whole[inner + 1:]
    own_size = link in cm.size_links or (link in cm.path_links and opener in cm.path_prepositions)
    if opener in prepositions and not own_size and not _opens_breakdown(tokens[:len(tokens) - len(whole)], rw):
        return None  # "produksi baja dalam negeri 8 juta ton", "di Jakarta 5 orang": where, not what
    if opener in cm.predicate_markers:
        return None  # "bisa tumbuh hingga 3 meter": a predicate, not a noun
    phrase = whole[-_COMPOUND_WORDS:]
    if not phrase or tokens[-len(phrase):] != phrase and not (
            len(tokens) == len(phrase) and [tokens[0].lower(), *tokens[1:]] == phrase):
        return None  # a capital inside the text: a name, not a common noun (the sentence's first word may be one)
    return " ".join(phrase) if _common_noun_phrase(phrase, cm, rw) else None


def _size_noun_after_preposition(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """fig35: the size a length, an area or a mass is when a noun of size alone stands between a preposition (or
    "dengan") and the figure ("Gempa terjadi pada kedalaman 10 km", "dalam radius 3 km dari puncak", "dari jarak 1 kilometer"):
    that noun (``carried_measure.size_nouns``). The noun reader takes a phrase after a preposition for a place and
    the amount reader passes it over; one noun of size there is no place. None for a longer phrase ("Dengan
    perbedaan tinggi 19 cm": a difference) or no preposition before it."""
    cm = rw.carried_measure
    am = rw.amount_measures
    if cm is None or am is None or not cm.size_nouns:
        return None
    tokens = _PHRASE_TOKEN.findall(text[max(sent[0], q.start - 60):q.start])
    if len(tokens) < 2 or tokens[-1] != tokens[-1].lower() or tokens[-1] not in cm.size_nouns:
        return None
    # (or a word opening a phrase of its own: "dengan kedalaman 10 km", "dengan luas 2 hektare")
    return tokens[-1] if tokens[-2].lower() in am.adjunct_prepositions | am.adjunct_enders else None


def _size_named(text: str, sent: tuple[int, int], q: Quantity, measure: str | None, rw: ReconcileWords) -> str | None:
    """The size a length or an area measures (``_size_read``), under one name per size: a size noun opening the
    measure is written in its one form (``size_names``: "tinggi gelombang" and "gelombang setinggi 4 meter" are both
    "ketinggian gelombang"), so two outlets' readings of one size key alike."""
    measure = _size_read(text, sent, q, measure, rw)
    cm = rw.carried_measure
    if not measure or cm is None or not cm.size_names:
        return measure
    head, *rest = measure.split()
    return " ".join([cm.size_names.get(head, head), *rest])


def _size_read(text: str, sent: tuple[int, int], q: Quantity, measure: str | None, rw: ReconcileWords) -> str | None:
    """fig40: the size a length or an area measures when a word of size stands right before it: a size link names its
    size noun ("jurang sedalam 15 meter": kedalaman jurang, "posko yang berjarak 700 meter": jarak), a size noun
    written right before the phrase the figure measures, past link words, names itself ("tinggi muka air 150 cm":
    tinggi muka air). The size goes before the phrase read so far; ``measure`` unchanged when no such word is there,
    when the measure already holds it, or when the phrase read is not the one written right before the figure."""
    cm = rw.carried_measure
    if cm is None or not cm.size_link_nouns:
        return measure
    # (a capitalised word is a title's or a name's: "pada Ketinggian 3.000 Meter" is left as it was read)
    tokens = _PHRASE_TOKEN.findall(text[max(sent[0], q.start - 80):q.start])
    size = cm.size_link_nouns.get(tokens[-1]) if tokens else None
    if size is not None:
        said = [w.lower() for w in tokens[:-1]]
        if measure and said[-len(measure.split()):] != measure.split():
            # "masjid yang berjarak 2 kilometer": a measure read from elsewhere in the sentence is no phrase of the size
            return size
    else:
        link = _link_ending(tokens, cm.next_noun_links)
        if link:
            tokens = tokens[:-len(link.split())]
        said = measure.split() if measure else []
        if said:
            if tokens[-len(said):] != said:
                return measure
            tokens = tokens[:-len(said)]
        size = tokens[-1] if tokens and tokens[-1] in cm.size_nouns else None
        if size is None:
            return measure
    if measure and size in measure.split():
        return measure
    return f"{size} {measure}" if measure else size


def _opens_breakdown(tokens: list[str], rw: ReconcileWords) -> bool:
    """Whether ``tokens`` end with a word that opens a breakdown of kinds ("terdiri dari", "meliputi"): the noun
    after it is the first kind counted ("terdiri dari pleci 200 ekor"), not a place or a source after "dari"."""
    said = " ".join(tokens).lower()
    return any(said == b or said.endswith(" " + b) for b in rw.breakdown_openers)


def _claim_only_measure(text: str, sent: tuple[int, int], q: Quantity, unit: str, rw: ReconcileWords) -> str | None:
    """What a figure in a unit of no weight (``claim_only_units``) measures: a noun of ``nouns_after`` right after
    it ("5 tahun penjara"), else, for the other units, the noun written next to the count as ``_noun_next_to_count``
    reads it for a unit of mass or length ("logam mulia seberat 16,6 gram", "tinggi jok 790 mm"). None when no
    such noun is written there: the figure then makes no claim."""
    after = words(text[q.end:min(sent[1], q.end + 40)])
    for n in (2, 1):
        if len(after) >= n and " ".join(after[:n]) in rw.claim_nouns_after:
            return " ".join(after[:n])
    if unit in rw.nouns_after_only_units:
        return _penalty_noun_before(text, sent, q, rw)
    noun = _noun_next_to_count(text, sent, q, rw, units=rw.claim_only_units)
    # "Harga emas 10 gram: Rp 18.535.000": the weight is the gold's, the price is the amount's
    price = rw.amount_measures.price_noun if rw.amount_measures else None
    if noun and price and noun.split()[0] == price and len(noun.split()) > 1:
        noun = noun.split(maxsplit=1)[1]
    return noun


def _penalty_noun_before(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """fig30: a term in years or months whose penalty noun stands right before it ("hukuman penjara paling lama 10
    tahun", "pidana penjara maksimal 20 tahun", "kurungan selama 6 bulan"): that noun (one of the words read after
    a term, ``claim_nouns_after``), past the gap words of ``claim_nouns_before_gap``; None otherwise ("selama 5
    tahun terakhir", "berusia 24 tahun")."""
    before = words(text[max(sent[0], q.start - 40):q.start])
    while before and before[-1] in rw.claim_nouns_before_gap:
        before.pop()
    return before[-1] if before and before[-1] in rw.claim_nouns_after else None


def _role_named_after(after: list[str], cm: CarriedMeasureWords, rw: ReconcileWords) -> str | None:
    """The role a count of people is named by after it: a role marker right after the count ("menetapkan tiga
    orang sebagai tersangka") or closing a short relative clause ("3 orang yang diduga sebagai penanggung
    jawab", "13 orang yang saat ini dijadikan tersangka"); the common noun after the marker (or its run of
    markers, "ditetapkan sebagai"). None when a clause break, a number, a name or a function word of
    ``relative_not_between`` stands before the marker, or no common noun follows it."""
    if not cm.role_markers or not after:
        return None
    lowered = [w.lower() for w in after]
    start = 1 if lowered[0] in cm.relative_words else 0
    reach = cm.relative_reach if start else 0
    marker = next((i for i in range(start, min(len(lowered), start + reach + 1)) if lowered[i] in cm.role_markers), None)
    if marker is None:
        return None
    between = after[start:marker]
    if any(not w.isalpha() or not w.islower() or w in cm.relative_not_between for w in between):
        return None  # a comma, a number, a name or "dengan ... sebagai": another's role
    noun = marker
    while noun < len(lowered) and lowered[noun] in cm.role_markers:
        noun += 1
    words_after = after[noun:]
    if not words_after or not words_after[0].islower():
        return None
    if words_after[0] in _person_nouns():
        return words_after[0]  # a noun of people, even one whose letters open like a verb ("tersangka")
    phrase = _phrase_words(words_after, rw, from_start=True)[:_COMPOUND_WORDS]
    if not phrase or words_after[:len(phrase)] != phrase:
        return None
    return " ".join(phrase) if _common_noun_phrase(phrase, cm, rw) else None


def _on_board(text: str, sent: tuple[int, int], q: Quantity, unit: str, rw: ReconcileWords) -> str | None:
    """The measure of the people on board (``on_board.measure``) for a count of people written right after
    a verb of carrying ("KM Dewi Noor 1 mengangkut 15 penumpang", "bus membawa sekitar 46 orang",
    "berpenumpang 48 orang"): a verb that names passengers itself, a count of passengers, or a vehicle named
    before the verb in its sentence. None otherwise ("polisi membawa 2 orang": who was taken, not on board)."""
    ob, sc = rw.on_board, rw.state_counts
    if ob is None or sc is None:
        return None
    # disc53: people counted by who they are ("bus ... yang mengangkut 61 siswa", "mengangkut 39 karyawan") are on
    # board too when a vehicle is named before the verb (not "polisi mengangkut 12 tersangka")
    by_role = unit != sc.unit and (unit.lower() in _person_nouns() or unit.lower() in unit_table().possessed_nouns)
    if unit != sc.unit and not by_role:
        return None
    vehicles = _vehicle_words(rw.slot_of)
    if _inside_vehicle(text, sent, q, ob, vehicles) and _states_the_load(text, sent, q, unit, ob):
        return ob.measure
    before = " ".join(words(text[sent[0]:q.start]))
    trimmed = True
    while trimmed:  # "memuat sebanyak 48 penumpang", "membawa sedikitnya 15 orang"
        trimmed = False
        for w in ob.between:
            if before == w or before.endswith(" " + w):
                before, trimmed = before[:len(before) - len(w)].rstrip(), True
                break
    tokens = before.split()
    # disc50: the passengers named between the verb and the count ("bus itu membawa penumpang sekitar 40
    # orang"): the verb names them, as "berpenumpang" does
    noun_first = len(tokens) > 1 and tokens[-1] in ob.nouns and tokens[-2] in ob.verbs
    if noun_first:
        tokens = tokens[:-1]
    if not tokens or tokens[-1] not in ob.verbs:
        return None
    after = words(text[q.end:min(sent[1], q.end + 40)])
    if after and (after[0] in ob.parts_after or (after[0] in ob.nouns and after[1:2] and after[1] in ob.parts_after)):
        return None  # "mengangkut 207 penumpang laki-laki dan 235 perempuan": the men only
    noun_end = 1 if after and after[0] in ob.nouns else 0
    if after[noun_end:noun_end + 1] and after[noun_end] in ob.parts_joiners and after[noun_end + 1:noun_end + 2] \
            and parse_number(after[noun_end + 1]) is not None:
        return None  # "membawa 230 penumpang dan 12 awak kabin": the passengers, one part of those on board
    own_noun = (q.unit or "").lower() in ob.nouns or bool(set(words(q.text)) & ob.nouns)
    if tokens[-1] in ob.own_verbs or own_noun or noun_first:
        return ob.measure
    earlier = tokens[:-1]
    named = set(earlier) & vehicles or any(
        " ".join(earlier[i:i + len(v.split())]) == v for v in ob.vehicles for i in range(len(earlier)))
    return ob.measure if named else None


@_kept_for_last
def _vehicle_words(slot_of: dict[str, str]) -> set[str]:
    """The words of the detail slot of vehicles, gathered once per word list (only tested for membership)."""
    return {w for w, slot in slot_of.items() if slot == "vehicles"}


def _inside_vehicle(text: str, sent: tuple[int, int], q: Quantity, ob: OnBoardWords, vehicles: set[str]) -> bool:
    """disc53: whether the words right after a count of people say they are inside a vehicle ("ada 51 orang dalam
    bus", "50 orang penumpang di dalam bus", "50 penumpang yang berada di dalam bus itu"): the people's noun and
    ``inside_skip`` words passed over, then an ``inside`` word, then a vehicle (past ``inside_determiners``:
    "45 people were aboard the bus"). Not "20 orang di dalam rumah"."""
    if not ob.inside:
        return False
    after = words(text[q.end:min(sent[1], q.end + 80)])
    i = 0
    while i < len(after) and (after[i] in ob.nouns or after[i] in ob.inside_skip):
        i += 1
    rest = " ".join(after[i:])
    for w in ob.inside:
        if rest == w or rest.startswith(w + " "):
            following = rest[len(w):].split()
            while following and following[0] in ob.inside_determiners:  # "aboard the bus"
                following = following[1:]
            return bool(following) and (following[0] in vehicles or any(
                " ".join(following[:len(v.split())]) == v for v in ob.vehicles))
    return False


def _states_the_load(text: str, sent: tuple[int, int], q: Quantity, unit: str, ob: OnBoardWords) -> bool:
    """mend46: whether a count of people inside a vehicle is everyone on board: its clause opens with the count
    (past ``between`` words: "Sebanyak 48 orang di dalam bus") or with words ending in an ``inside_openers``
    word right before it ("Lurah itu bercerita ada 51 orang", "Dari 50 penumpang yang berada"), no
    ``inside_not_before`` word stands before it in the clause ("masih ada 5 penumpang", "ditemukan ada"), and
    the people are not victims (``inside_not_nouns``). Otherwise the count is some of those on board: "Polisi
    menemukan 5 orang di dalam mobil itu", "Ada 3 korban di dalam bus"."""
    after = words(text[q.end:min(sent[1], q.end + 20)])
    nouns = {unit.lower(), (q.unit or "").lower(), *words(q.text), *after[:1]}
    if nouns & ob.inside_not_nouns:
        return False
    clause = re.split(r"[,;:]", text[sent[0]:q.start])[-1]
    before = " ".join(words(clause))
    trimmed = True
    while trimmed:  # "sebanyak", "sekitar": qualifiers of the count
        trimmed = False
        for w in ob.between:
            if before == w or before.endswith(" " + w):
                before, trimmed = before[:len(before) - len(w)].rstrip(), True
                break
    if not before:
        return True
    opener = next((w for w in ob.inside_openers if before == w or before.endswith(" " + w)), None)
    if opener is None:
        return False
    return not set(before[:len(before) - len(opener)].split()) & ob.inside_not_before


def _is_action_noun(word: str, cm: CarriedMeasureWords) -> bool:
    """Whether ``word`` names an action: a listed borrowed one ("evakuasi") or a peN-an, pe-an or ke-an
    nominalisation with a root left between its affixes ("pencarian", "pemakaman", "kedatangan"), and not a
    noun of people, a place or an adverb of that shape ("perempuan", "kecamatan", "kemudian")."""
    if word in cm.not_action_nouns or word in _person_nouns():
        return False
    if word in cm.action_nouns or word in cm.action_states:
        return True
    suffix = cm.action_noun_suffix
    return bool(suffix) and word.isalpha() and word.endswith(suffix) and any(
        word.startswith(p) and len(word) - len(p) - len(suffix) >= cm.action_noun_min_root
        for p in cm.action_noun_prefixes)


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """The nouns the quote patterns know to name people: by role or group, by occupation ("nelayan",
    "dokter"), as members of a body ("petugas"), named by initials ("pengemudi AS"), or as a party of a
    case ("pelaku", "saksi", "tersangka", "korban")."""
    qp = load_quote_patterns()
    return (qp.person_nouns | qp.occupation_nouns | qp.member_nouns | qp.initials_person_words
            | frozenset(w for group in qp.case_parties for w in group))


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns of people, by role or group: the quote patterns' person nouns and the counted units' surfaces."""
    return load_quote_patterns().person_nouns | counted_nouns()


def _people_subject_of_count(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords,
                             language: str | None = None) -> str | None:
    """fig35: who a count of people in the general unit counts when its clause opens with a noun of people
    before a verb of total and nothing after the unit says it ("Korban sebanyak 12 orang", "Penumpang kapal
    berjumlah 20 orang", "Tersangka dalam kasus ini berjumlah tiga orang"): that noun, as quantities'
    ``unit_of_clause_subject`` reads a bare count's (units.yaml ``subject_counts``). None for a noun that is
    no noun of people, and for the general unit itself ("Warga yang mengungsi berjumlah 500 orang")."""
    people = rw.state_counts.unit.lower() if rw.state_counts else ""
    if not people or rw.unit_aliases.get((q.unit or "").lower(), (q.unit or "").lower()).lower() != people:
        return None
    noun = unit_of_clause_subject(text, sent, q.start, language)
    if not noun or noun.lower() == people:
        return None
    low = noun.lower()
    return low if (low in _people_nouns() or rw.unit_aliases.get(low, "").lower() == people) else None


def _common_noun_phrase(phrase: list[str], cm: CarriedMeasureWords, rw: ReconcileWords) -> bool:
    """Whether ``phrase`` may be a counted common noun: no time word, no word that is no counted thing
    or only refers back, no verb, and no unit opening it."""
    return (not any(w in _time_words() or w in cm.not_counted_after or w in cm.referring_nouns
                    or w in cm.predicate_markers or _looks_like_verb(w, rw) for w in phrase)
            and phrase[0] not in _unit_words())


def _goods_noun_at_start(phrase: list[str], cm: CarriedMeasureWords, rw: ReconcileWords) -> str | None:
    """The phrase after a unit of mass, length, area or volume when it opens with a noun of a thing
    so measured (``goods_nouns``, the ``goods_slots`` detail nouns, a noun of people), one word or two
    ("ton beras", "liter minyak bumi"); None for an adverb, a verb with no prefix, an adjective of size."""
    if len(phrase) > 1 and " ".join(phrase[:2]) in cm.goods_nouns:
        return " ".join(phrase[:2])
    head = phrase[0]
    if head in cm.goods_nouns or rw.slot_of.get(head) in cm.goods_slots or head in _person_nouns():
        return " ".join(phrase)
    return None


def _index_level(text: str, sent: tuple[int, int], q: Quantity, rw: ReconcileWords) -> str | None:
    """The name of the index a bare number is the level of: "IHSG ditutup menguat ke posisi 7.028"
    gives "ihsg", "indeks dolar AS ... ke level 96,415" gives "indeks dolar as"; the name nearest
    before the figure in its sentence, which must end with a word of level."""
    il, am = rw.index_levels, rw.amount_measures
    # a bare number or range only: "Indeks Harga Saham Gabungan ... ke level 6.950" is no rupiah amount,
    # though the extractor gives an amount after "harga" its currency unwritten ("bergerak di level
    # 6.418,72 - 6.464,53": the range it moved in)
    if (il is None or am is None or (q.value is None and (q.low is None or q.high is None))
            or not _BARE_LEVEL.fullmatch(q.text)):
        return None
    window = text[sent[0]:q.start]
    technical = _technical_level(window, il)
    if technical:
        return technical  # "support 7.120", "resistance di 7.191 dan 7.234"
    if _ends_with(window, am.level_links) is None:
        return None
    return _index_named_before(window, rw)


# a bare number, or a range of two ("7.050-7.090", "6.418,72 – 6.464,53"): a level an index stands or moves at
_BARE_LEVEL = re.compile(r"[\d.,]+(?:\s*[-\u2013]\s*[\d.,]+)?")


@_kept_for_last
def _technical_level_pattern(nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    """A technical level's noun ending the words before a bare number: up to two words after the noun
    ("support kuat"), a word of where ("berada di", "di level", "pada area"), and the levels listed
    before this one ("resistance di 7.191 dan", "7.100, 7.052 dan")."""
    if not nouns:
        return None
    either = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"(?<![^\W\d_])({either})(?:\s+[^\W\d_]+){{0,2}}?\s*(?:(?:berada\s+)?(?:di|pada)\s+)?"
                      rf"(?:(?:level|area|posisi|kisaran)\s+)?(?:[\d.,]+(?:\s*[-\u2013]\s*[\d.,]+)?\s*(?:,|dan)\s*)*$")


def _technical_level(window: str, il: IndexLevelWords) -> str | None:
    """The technical level's noun (index_levels ``level_nouns``) a bare number right after ``window``
    is the level of: "support 7.120", "level resistance 7.140-7.200", "support kuat berada di 7.100 dan
    7.052" give "support", "resistance", "support"."""
    pattern = _technical_level_pattern(il.level_nouns)
    lowered = window.lower()
    m = pattern.search(lowered, max(0, len(lowered) - 120)) if pattern else None
    if m is None:
        return None
    # "level support dan level resistance 7.120-7.330": one range for two levels (its low the support, its
    # high the resistance); no one noun is what it measures
    joined = re.search(r"(?<![^\W\d_])(\w+)\s+dan\s+(?:level\s+)?$", lowered[:m.start()])
    if (joined and joined.group(1) in il.level_nouns) or set(lowered[m.end(1):].split()) & set(il.level_nouns):
        return None  # (either noun first: "support dan resistance di 7.040-7.240")
    return m.group(1)


def _index_named_before(window: str, rw: ReconcileWords) -> str | None:
    """The index named nearest the end of ``window``: one of ``index_levels.names`` ("ihsg", "lq45")
    or a head word with the words of its phrase ("indeks dolar as"); None when none is."""
    il = rw.index_levels
    if il is None:
        return None
    best: tuple[int, str] | None = None
    for hit in _whole_words_pattern(il.names).finditer(window.lower()) if il.names else ():
        if best is None or hit.start() > best[0]:
            best = (hit.start(), hit.group(0))
    for hit in _whole_words_pattern(tuple(il.heads)).finditer(window.lower()) if il.heads else ():
        phrase = _phrase_words(_PHRASE_TOKEN.findall(window[hit.start():]), rw, from_start=True)
        if len(phrase) >= 2 and (best is None or hit.start() > best[0]):
            best = (hit.start(), " ".join(phrase))
    return best[1] if best else None


@_kept_for_last
def _change_word_end(change_of: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    """A change word ending the words before a figure, with a word of degree between ("naik tipis"), or
    with the same change said first in another unit ("turun 0,49% atau", "menguat 56,50 poin atau")."""
    if not change_of:
        return None
    either = "|".join(re.escape(w) for w, _ in change_of)
    return re.compile(rf"(?<![^\W\d_])({either})(?:\s+(?:tipis|tajam|sebesar|sekitar))?\s+"
                      rf"(?:[-+]?[\d.,]+\s*(?:%|persen|poin)\s+atau\s+)?$")


def _index_change(text: str, sent: tuple[int, int], q: Quantity, measure: str | None,
                  rw: ReconcileWords) -> str | None:
    """What a change in percent or points (``index_levels.change_units``) is of when its own phrase names
    only the change, or nothing: the index its sentence names before it ("IHSG mampu berakhir menguat
    0,04% atau 2,68 poin" gives "kenaikan ihsg" for both). None when the change already has a subject
    ("penurunan tlkm"), no change word comes right before it, or the sentence names no index."""
    il, am = rw.index_levels, rw.amount_measures
    if il is None or am is None or q.unit not in il.change_units:
        return None
    words = (measure or "").split()
    nouns = change_nouns(rw)
    if any(w not in nouns for w in words):
        return None
    window = text[sent[0]:q.start]
    change = words[0] if words else None
    if change is None:
        pattern = _change_word_end(am.change_of)
        m = pattern.search(window.lower(), max(0, len(window) - 80)) if pattern else None
        if m is None:
            return None
        change = dict(am.change_of)[m.group(1)]
        window = window[:m.start()]
    name = _index_named_before(window, rw)
    return f"{change} {name}" if name else None


def figure_readings(doc: Document, entities: EntityIndex, by_id: dict[str, Document],
                    rw: ReconcileWords | None = None) -> list[FigureReading]:
    """The notable figures of one document (a unit with a weight), with their scope."""
    rw = rw or reconcile_words()
    _STATED_DATES[0] = ()  # the report's stated dates are worked out afresh for each call (_stated_date_of)
    mentions_by_start = {m.start: m for m in doc.mentions}
    readings = []
    # "... Baca juga: Ekonomi Indonesia Cuma Tumbuh 4,87% di Kuartal I ...": another article's headline
    # left inside a paragraph; its figures are not this article's
    pointers = _read_also_headlines(doc.text)
    carried_claimant = _claimants_carried(doc)
    for q in doc.quantities:
        if any(a <= q.start and q.end <= b for a, b in pointers):
            continue  # ("... di Ujung Tanduk Satu orang tewas": a figure running out of it opens the next sentence)
        if _part_of_counted_whole(doc.text, q, doc.language):
            continue  # ("tiga dari lima jenazah ... di Dusun Ranteboro": a breakdown of the whole, never the count itself)
        sent = doc.sentence_at(q.start) or (max(0, q.start - 200), min(len(doc.text), q.end + 200))
        q = _state_taken_for_unit(q, rw)  # "5 orang meninggal, 3 luka berat dan 9 luka ringan"
        q = _row_noun_taken(doc.text, sent, q, doc.quantities, rw)  # "208 rumah rusak berat, 150 rusak sedang"
        unit = q.unit or _borrowed_unit(doc.text, sent, q, rw, doc.sentences)
        if (q.unit and q.unit.lower() not in q.text.lower()
                and rw.unit_aliases.get(q.unit.lower(), q.unit) not in rw.unit_weights):
            # fig26: a bare rest count whose noun comes after "di antaranya" ("satu diantaranya anak-anak") with no
            # weight names who some of the whole are: the reading stays the part of the whole it was ("lima orang"
            # dead), as when no noun followed
            unit = _borrowed_unit(doc.text, sent, q, rw, doc.sentences) or unit
        index = _index_level(doc.text, sent, q, rw)
        carried_from = None
        if unit is None and index is None and _anaphor_before(doc.text, sent, q, rw):
            # "Dari jumlah itu, 15 masih dicari": the count of the figure the clause points back to
            carried_from = _carried_from(doc, sent, q, None, readings, rw)
            unit = carried_from.unit if carried_from else None
        if index:
            unit = rw.index_levels.unit if rw.index_levels else None
        if unit is None:
            unit = _state_count_unit(doc.text, sent, q, rw)  # "31 mengalami luka-luka", "dua tertimbun"
        if unit is None and rw.state_counts and _state_right_before(doc.text, sent, q, rw):
            unit = rw.state_counts.unit  # "korban hilang 26", "Meninggal: 12"
        if unit is None:
            continue
        unit = rw.unit_aliases.get(unit.lower(), unit)
        thing = None
        thing_weight = None  # a counted thing's weight, where unit_weights gives the thing none
        carried_on_board = False  # a count of the people on board, read from the verb of carrying before it
        if rw.counted_things and unit in rw.counted_things.units:
            # "50 unit bus terbakar": the figure counts buses, compared only with buses that burnt
            thing = _counted_thing(doc.text, sent, q, rw)
            if thing is None:
                continue
            unit, thing_weight = thing, rw.counted_things.weight
        amount = rw.amount_measures is not None and unit in rw.amount_measures.units
        # an amount's own phrase ("denda sebesar Rp750 juta", "Laba Setelah Pajak sebesar ...") says what
        # it measures before a measure word of the clause around it ("pidana penjara", "pajak") does
        measure = index or (_thing_measure(doc.text, sent, q, rw) if thing else
                            _own_measure(q, rw) if amount else _find_measure(doc.text, sent, q, rw))
        # "3.000 warga mengungsi" counts pengungsi; "8.980 paket makanan ... untuk pengungsi" counts no people
        if measure in rw.measure_units and unit in rw.unit_weights:
            unit, measure = rw.measure_units[measure], None
        # a price whose goods are not named ("Rp 1.781.000 per gram" after "Harga buyback ... susut"): a
        # claim, never set against another price (which good's price it is, the sentence does not say)
        price_of_unnamed = False
        if measure is None and amount:
            measure, price_of_unnamed = _amount_measure_read(doc.text, sent, q, doc.quantities, rw, doc.language)
            # a measure of the closed list heading the phrase or right after its head still wins ("tarif
            # pajak" is pajak), not one further in a modifier ("laba setelah pajak" is laba)
            listed = _listed_measure_of(measure, rw) if measure and not price_of_unnamed else None
            if listed:
                measure = listed
            if measure is None and not index:
                measure = _find_measure(doc.text, sent, q, rw)
            if measure is None and not index:
                measure = _subject_across_adjuncts(doc.text, sent, q, doc.quantities, rw)  # fig38
        if not index and ((measure is None and (carried_from or _anaphor_before(doc.text, sent, q, rw)))
                          or _names_nothing(measure, rw)):
            # "Nilainya mencapai Rp3 juta": "nilainya" names nothing; the figure before it does
            change = measure.split()[0] if measure and measure.split()[0] in change_nouns(rw) else None
            cm_relative = rw.carried_measure.relative_units if rw.carried_measure else frozenset()
            # "Laba Rp 2,6 triliun. Angka tersebut tumbuh 21%": a change in percent is of the figure
            # before, whatever its unit
            any_unit = (change and unit in cm_relative) or _refers_to_any_unit(measure, unit, rw)
            cm = rw.carried_measure
            # "Total ...", "Total semuanya ...": a phrase opening with a whole word is the sum of what came before
            # ("Nilai totalnya ...": a whole word after a referring noun is a whole too)
            whole = bool(cm and measure and not carried_from and any(w in cm.whole_nouns for w in measure.split())
                         and (measure.split()[0] in cm.whole_nouns or _names_nothing(measure, rw)))
            whole_of = None
            if whole:
                carried_from, whole_of = _whole_of_parts(doc, sent, q, unit, readings, rw)
            else:
                carried_from = carried_from or _carried_from(doc, sent, q, None if any_unit else unit, readings, rw)
            if carried_from is not None and not carried_from.measure:
                carried_from = None  # nothing said of what it counts: nothing to carry
            taken = (whole_of or carried_from.measure) if carried_from else None
            if change and taken and taken.split()[0] == change:
                change = None  # the figure before is already the change ("0,2% dan 0,1%")
            measure = " ".join(x for x in (change, taken) if x) or None
            price_of_unnamed = False
        # "IHSG ... dibuka melemah 20,36 poin atau 0,29 persen": a change of the index the sentence names;
        # not a change listed for several holders ("Shanghai Composite dan CSI 300 masing-masing melemah
        # 0,89% dan 1,07%": the index named last is only one of them)
        index_change = None if index else _index_change(doc.text, sent, q, measure, rw)
        if index_change and _respective(doc.text, sent, q, doc.quantities, rw)[0] in ("list", "last"):
            index_change = None
        if index_change:
            measure = index_change
        if measure is None and unit in rw.needs_measure and unit not in (
                rw.amount_measures.units if rw.amount_measures else ()):
            measure = _counted_by_clause_head(doc.text, sent, q, rw)  # "Jumlah penumpang ... 120 orang"
            if measure is None:
                measure = _share_of(doc.text, sent, q, doc.quantities, rw)  # "80 persen atau 7.991.160 KPM"
            if measure is None:
                measure = _noun_next_to_count(doc.text, sent, q, rw)  # "700 orang lulusan", "peserta 5 ribu orang"
            if measure is None:
                measure = _people_subject_of_count(doc.text, sent, q, rw, doc.language)  # "Korban sebanyak 12 orang"
            if measure is None:
                measure = _on_board(doc.text, sent, q, unit, rw)  # "kapal yang mengangkut 15 penumpang"
                carried_on_board = measure is not None
                if carried_on_board and rw.state_counts and unit != rw.state_counts.unit:
                    unit = rw.state_counts.unit  # disc53: "mengangkut 61 siswa" are people on board, as "40 orang"
        if measure is None and not index and rw.amount_measures and unit in rw.amount_measures.measured_units:
            # fig44: "sabu seberat 2.854,41 gram atau kurang lebih 2,8 Kg": a mass or a length said again after a
            # word of restatement measures what the figure it restates does
            measure = _restated_measure(doc, sent, q, readings, rw)
        if measure is None and not index and rw.amount_measures and unit in rw.amount_measures.measured_units:
            # "ketinggian air mencapai 1,5 meter", "berat ... lebih dari 10 ton": a mass or a length that no
            # measure word names is of the phrase before it, read as an amount's is
            measure = _measured_unit_phrase(doc.text, sent, q, doc.quantities, rw, doc.language)
            if measure is None:
                measure = _size_noun_after_preposition(doc.text, sent, q, rw)  # "pada kedalaman 10 km"
            if measure is None:
                measure = _subject_across_adjuncts(doc.text, sent, q, doc.quantities, rw)  # fig38
        if not index and rw.carried_measure and unit in rw.carried_measure.size_units:
            measure = _size_named(doc.text, sent, q, measure, rw)  # fig40: "jurang sedalam 15 meter"
        # "Menaker mengusulkan kenaikan upah minimum sebesar 6 persen": the proposal, not the decided 6,5. A
        # measure that already says so ("target bank" of "Bank itu menargetkan Rp 9 triliun") keeps its words
        if (amount and measure != rw.age_measure and not (measure and measure.split()[0] in rw.unnamed_base_measures)
                and _proposed(doc.text, sent, q, rw)):
            measure = f"{rw.proposal_marker} {measure}" if measure else rw.proposal_marker
        # "berkapasitas 600 orang namun dihuni 2.072": the 600 is what the prison holds, never its inmates
        elif (not amount and measure != rw.age_measure
              and not any(w.startswith(rw.capacity_marker) for w in (measure or "").split())
              and _capacity(doc.text, sent, q, doc.quantities, rw)):
            measure = f"{rw.capacity_marker} {measure}" if measure else rw.capacity_marker
        # "Lima peserta terbaik mendapatkan hadiah masing-masing Rp50 juta": an amount for each, never a total
        # (it keeps "per <word>", so it meets only amounts for each: see discrepancies._per_part)
        respective, respective_word = _respective(doc.text, sent, q, doc.quantities, rw)
        if respective == "list":
            # "sektor pertanian dan konsumer masing-masing menguat 0,95% dan 0,36%": 0,95% is the first's
            measure = _paired_holder(doc.text, sent, q, doc.quantities, measure, rw) or measure
        per_words = rw.amount_measures.per_words if rw.amount_measures else frozenset()
        bare_measure = measure  # ("masing-masing dengan alokasi Rp93,5 miliar": still a bare relation)
        if respective == "each" and measure and not per_words & set(measure.split()):
            measure = f"{measure} per {respective_word}"
        measure = _identified_measure(doc.text, sent, q, measure, rw) or measure
        weight = rw.unit_weights.get(unit, thing_weight)
        claim_only = weight is None and unit in rw.claim_only_units and not index
        if claim_only:
            # "logam mulia seberat 16,6 gram", "paling lama 5 tahun penjara": said of what it measures, never compared
            measure = _claim_only_measure(doc.text, sent, q, unit, rw)
            if rw.carried_measure and unit in rw.carried_measure.size_units:
                measure = _size_named(doc.text, sent, q, measure, rw)  # fig40: "tinggi muka air 150 cm"
            weight = rw.claim_only_weight if measure else None
        # a change in a unit of no weight of its own ("poin") weighs as the index's level, and is a claim
        index_claim = bool(index_change) and weight is None
        if index_claim and rw.index_levels:
            weight = rw.unit_weights.get(rw.index_levels.unit)
        age = bool(rw.age_measure) and is_age(doc.text, q.start, q.end, q.unit, doc.language)
        if age:  # "YP (17)", "korban perempuan 25 tahun meninggal": an age, whatever happened to the person
            measure, weight = rw.age_measure, weight or rw.age_weight
        q = _with_carried_scale(doc.text, sent, q, doc.quantities)
        interval = _interval(q)
        if weight is None or interval is None or _fraction_written(q, doc.language):
            continue
        owner, owner_name, place_key, place_name = _owner_and_place(doc, q, rw, mentions_by_start)
        # "dua warga negara Jepang", "97 wanita": a part of the people, its own subject, never lent to the others
        part = _people_part(doc, q, unit, rw, in_state=measure in _people_states(rw), measure=measure)
        if part and owner and rw.people_parts and part[0] in {k for _, k in rw.people_parts.sides}:
            # "8.000 tentara Korea Utara tewas": whose soldiers they are is the subject; their side adds nothing
            part = None
        if part:
            # an origin named elsewhere ("dua orang warga negaranya") keys no part: a claim, never compared
            owner, owner_name = part if part[0] else (None, None)
            if place_name and place_name.lower() == owner:
                place_key = place_name = None  # "orang meninggal Thailand": the origin is no place of the count
        if age:
            # "M Arif (31) warga Jalan LA Sucipto": an age is the person's named before it; the name after
            # it is where they live or whom they work for
            owner_name = _person_before_age(doc, q)
            owner = owner_name.lower() if owner_name else None
        if q.place and not place_key:
            ent = entities.find_in(q.place)
            place_key = ent.id if ent else _place_key(q.place, rw)
            place_name = ent.name if ent else q.place
        if carried_on_board:
            # "berpenumpang 48 orang dari Kota Tarakan menuju Tanjung Selor": the people on board are counted on
            # the vehicle; the towns of its route are no scope of the count
            place_key = place_name = None
        if not q.claimant:
            said_by = _said_by(doc, sent, q, rw) or _quoted_by(doc, q) or carried_claimant(sent)
            if said_by:
                q = Quantity(doc=q.doc, start=q.start, end=q.end, text=q.text, value=q.value, low=q.low,
                             high=q.high, qualifier=q.qualifier, unit=q.unit, place=q.place, time=q.time,
                             claimant=said_by)
        claimant_ent = None if _names_an_institution(q.claimant, rw) else entities.find_in(q.claimant)
        window, date = _date_of(doc, q, rw)
        # (two plain calls each, no generator: asked of every figure)
        clause_start = max(doc.text.rfind(",", sent[0], q.start), doc.text.rfind(";", sent[0], q.start))
        clause_end = min((i for i in (doc.text.find(",", q.end, sent[1]), doc.text.find(";", q.end, sent[1]))
                          if i >= 0), default=sent[1])
        happening_day = _settled_date(doc, measure, date, window, rw,
                                      doc.text[max(sent[0], clause_start + 1):clause_end])
        # a count of people in a state: the toll's kind (the identified are counted as a toll is: "Dua jenazah
        # tambahan berhasil diidentifikasi" is the day's, not the total identified)
        people_state = measure in _people_states(rw) or bool(measure and measure in (rw.identified_measure,
                                                                                    rw.unidentified_measure))
        readings.append(FigureReading(
            doc=doc.id, quantity=q, unit=unit, owner=owner, owner_name=owner_name, measure=measure,
            owner_is_part=bool(part), on_board=carried_on_board,
            place_key=place_key, place_name=place_name, total=(total := _is_total(doc.text, sent, q, rw)),
            inclusive=total and bool(set(words(doc.text[q.end:sent[1]])) & rw.inclusive_words),
            earlier=_told_as_earlier(doc.text, sent, q, rw),
            window=window, date=date, happening_day=happening_day,
            claimant_key=claimant_ent.id if claimant_ent else (q.claimant.lower() if q.claimant else None),
            claimant_name=claimant_ent.name if claimant_ent else q.claimant,
            low=interval[0], high=interval[1], source=source_key(doc, by_id), outlet=outlet_name(doc),
            published=doc.published, weight=weight,
            # "ribuan lainnya", "puluhan warga": a vague amount is a claim, never compared
            # a carried unit or measure is read across sentences and an index level changes within a
            # day: each is a claim with its subject said, never set against another figure
            # "241 dari 242 penumpang tewas": the 242 is who was on board, not the dead; "33 korban
            # tewas lainnya": the rest of a count, not the count
            comparable=((bool(measure) or (unit not in rw.needs_measure and not thing)) and not _is_vague(q, doc.language) and not price_of_unnamed
                        and not age and carried_from is None and not index and not index_claim and not claim_only
                        and not _is_whole_of_part(doc.text, sent, q, rw)
                        and not (part and not part[0])
                        # "Dua dari empat korban meninggal merupakan ibu dan bayi": who some of them are
                        and not (people_state and _is_described_part(doc.text, sent, q, measure, rw, unit))
                        and not _is_remainder(doc.text, sent, q, measure, rw)
                        # "di titik kedua satu korban meninggal": a part of the toll, told of one spot
                        and not (people_state and _at_one_spot(doc.text, sent, q, rw))
                        # "Tim SAR kembali menemukan dua jenazah": the day's finds, not the toll
                        and not (people_state and _is_increment(doc.text, sent, q, rw))
                        # "yang dulunya Rp 500 juta sekarang menjadi Rp 1 miliar": the old value; "dari
                        # target Rp 3.621,3 triliun": a target of something the measure does not name
                        and not _is_old_value(doc.text, sent, q, doc.quantities, rw)
                        # "BBRI dan CPIN masing-masing turun 2,38% dan 4,82%": each figure is of its own
                        # holder; the measure ("penurunan cpin") names only the last one's
                        and (respective not in ("list", "last")
                             or (respective == "last" and _names_last_holder(doc.text, sent, q, measure, rw)))
                        and bare_measure not in rw.unnamed_base_measures),
            carried=carried_from is not None,
            language=doc.language,
        ))
    _measure_from_values(doc, readings, rw)
    _measure_joined_amounts(doc, readings, rw)
    return readings


@lru_cache(maxsize=4)
def _list_gap_pattern(list_joiners: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between two amounts of one list: a comma, a list joiner ("dan"), or both. Built once per
    word list: ``figure_readings`` runs for every document."""
    joiners = "|".join(re.escape(w) for w in list_joiners)
    return re.compile(rf"\s*(?:,\s*)?(?:(?:{joiners})\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _change_start_pattern(change_of: tuple[tuple[str, str], ...], from_words: tuple[str, ...],
                          former_words: tuple[str, ...]) -> re.Pattern[str]:
    """The words right before the value a change starts from ("turun dari", "dari sebelumnya"), at the end of
    the text searched. Built once per word list: ``figure_readings`` runs for every document."""
    changes = "|".join(re.escape(w) for w, _ in change_of)
    marker = "|".join(re.escape(w) for w in from_words)
    former = "|".join(re.escape(w) for w in former_words) or "(?!x)x"
    return re.compile(rf"(?:\b(?:{changes})(?:\s+(?:{marker}))|\b(?:{marker})\s+(?:{former}))\s*$", re.IGNORECASE)


def _measure_joined_amounts(doc: Document, readings: list[FigureReading], rw: ReconcileWords) -> None:
    """fig29: an amount with no measure joined right after another amount that has one ("uang pengganti sebesar
    Rp44 miliar dan 30.000 dolar AS") is a second part of the same sum: it takes that measure. Only the list joiners
    (``list_joiners``, or a comma) stand between; the comparability is left as it was (no measure, no comparison)."""
    am = rw.amount_measures
    if am is None or not rw.list_joiners:
        return
    joined = _list_gap_pattern(rw.list_joiners)
    by_end = {r.quantity.end: r for r in readings if r.measure and r.unit in am.units}
    for r in readings:
        q = r.quantity
        if r.measure or r.unit not in am.units:
            continue
        gap_start = max((e for e in by_end if e <= q.start and q.start - e <= 12), default=None)
        if gap_start is None:
            continue
        between = doc.text[gap_start:q.start]
        if between.strip() and joined.fullmatch(between) and by_end[gap_start].measure:
            r.measure = by_end[gap_start].measure


def _measure_from_values(doc: Document, readings: list[FigureReading], rw: ReconcileWords) -> None:
    """fig29: an amount or share with no measure that a change starts from ("suku bunga kredit turun dari 9,19%
    menjadi 9,18%", "mencapai Rp 35,61 triliun, meningkat dari Rp 32,45 triliun", "turun menjadi 5,34% dari
    sebelumnya 5,77%") is of what the change's other value in its clause measures: the nearest reading of its unit
    there with a measure (its change noun left out). Its comparability is left as it was (a claim, never compared:
    the old value is no contradiction of the new one). No measure crosses a contrast ("sementara impor turun dari")
    or a semicolon. fig30: a change told as "dari <old> menjadi <new>" with no word of change before it
    ("pengadaan atribut sekolah dimarkup dari Rp 99,5 juta menjadi Rp 156,7 juta", "bertambah dari 1.200 orang
    menjadi 1.500 orang") is the same frame: either value with no measure takes the other's, whatever its unit."""
    am = rw.amount_measures
    if am is None or not rw.from_value_words:
        return
    for old, new in _told_from_to(doc, readings, rw):
        if not old.measure and new.measure:
            old.measure = _without_change_nouns(new.measure, rw)
        elif not new.measure and old.measure:
            new.measure = _without_change_nouns(old.measure, rw)
    starts = _change_start_pattern(am.change_of, rw.from_value_words, rw.former_value_words)
    contrast = _whole_words_pattern(rw.contrast_words) if rw.contrast_words else None
    for r in readings:
        q = r.quantity
        if r.measure or r.unit not in am.units:
            continue
        sent = doc.sentence_at(q.start)
        if sent is None or not starts.search(doc.text[max(sent[0], q.start - 60):q.start]):
            continue
        partners = [o for o in readings if o is not r and o.measure and o.unit == r.unit
                    and sent[0] <= o.quantity.start < sent[1]]
        for o in sorted(partners, key=lambda o: abs(o.quantity.start - q.start)):
            a, b = sorted((o.quantity.end, q.start)) if o.quantity.start < q.start else sorted((q.end, o.quantity.start))
            between = doc.text[a:b]
            if ";" in between or (contrast and contrast.search(between.lower())):
                continue
            r.measure = _without_change_nouns(o.measure, rw)
            break


def _without_change_nouns(measure: str, rw: ReconcileWords) -> str | None:
    """A measure lent to the other value of a change, without the change's own noun before it ("kenaikan harga
    cabai" lends "harga cabai": the old value is the price, not a rise)."""
    nouns = change_nouns(rw)
    words_of = measure.split()
    while words_of and words_of[0] in nouns:
        words_of.pop(0)
    return " ".join(words_of) or None


def _from_value_to(text: str, old: Quantity, new: Quantity, rw: ReconcileWords) -> bool:
    """fig30: whether ``old`` and ``new`` are told as "dari <old> menjadi <new>": a word of ``from_value_words``
    right before the old value, only a word of ``current_value_words`` between the two, one unit."""
    return old.unit == new.unit and told_from_to(text, old.start, old.end, new.start, rw.from_value_words,
                                                 rw.current_value_words)


def _told_from_to(doc: Document, readings: list[FigureReading],
                  rw: ReconcileWords) -> list[tuple[FigureReading, FigureReading]]:
    """fig30: the pairs of readings told as "dari <old> menjadi <new>" (``_from_value_to``)."""
    by_start = sorted(readings, key=lambda r: r.quantity.start)
    return [(old, new) for old, new in zip(by_start, by_start[1:])
            if _from_value_to(doc.text, old.quantity, new.quantity, rw)]


# "... di Ujung Tanduk 3. Jumlahnya Mencapai ...": a numbered subheading of the article ends the headline
_LIST_NUMBER = re.compile(r"\s\d{1,2}\.\s")


_PART_OF_WHOLE = re.compile(r"\s+([^\W\d_]+)\s+([\d.,]*\d|[^\W\d_]+)\s")


def _part_of_counted_whole(text: str, q: Quantity, language: str | None) -> bool:
    """True for a count written as a part of a counted whole whose noun the unit table does not know ("tiga dari
    lima jenazah": fig33 reads the whole's noun for it): it says how many of them, never how many there are. A
    part in a known unit ("41 dari 42 penumpang dinyatakan tewas", "Dua dari lima korban meninggal") is read as
    before: the described parts' rules say when it is the toll itself."""
    m = _PART_OF_WHOLE.match(text, q.end)
    return bool(m) and q.unit is not None and q.unit.lower() not in q.text.lower() and (
        unit_table(language).lookup(q.unit) is None
        and m.group(1).lower() in quantity_words(language).partitive
        and parse_number(m.group(2), language) is not None)


def _read_also_headlines(text: str) -> list[tuple[int, int]]:
    """Where the headlines of "Baca juga:" pointers left inside paragraphs are (quotes.pointer_headlines),
    each cut before a numbered subheading the article's own text goes on with."""
    spans = []
    for start, end in pointer_headlines(text):
        numbered = _LIST_NUMBER.search(text, start, end)
        spans.append((start, numbered.start() if numbered else end))
    return spans


def _fill_owners(readings: list[FigureReading]) -> None:
    """A figure whose owner is not written ("8.000 tentara telah tiba") belongs to the owner
    most figures of that unit have in the story."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    names: dict[str, str] = {}
    age = reconcile_words().age_measure
    for r in readings:
        # "dua warga negara Jepang": the people's origin or sex names a part of them, not whose the others are
        if r.owner and not (age and r.measure == age) and not r.owner_is_part:
            counts[r.unit][r.owner] += 1
            names[r.owner] = r.owner_name or r.owner
    for r in readings:
        # an age is one person's: it never takes the owner other figures have
        if not r.owner and counts.get(r.unit) and not (age and r.measure == age):
            owner = max(counts[r.unit].items(), key=lambda kv: kv[1])[0]
            r.owner, r.owner_name = owner, names[owner]


def _fill_places(readings: list[FigureReading]) -> None:
    """A figure with no place takes the place of the same figure given elsewhere with one."""
    by_subject: dict[tuple, list[FigureReading]] = defaultdict(list)
    for r in readings:
        by_subject[r.subject_key].append(r)
    for group in by_subject.values():
        for r in group:
            if r.place_key:
                continue
            places = {(o.place_key, o.place_name, o.total) for o in group
                      if o.place_key and o.quantity.value == r.quantity.value and o.window == r.window}
            if len(places) == 1:
                r.place_key, r.place_name, r.total = next(iter(places))


def _merge_places(readings: list[FigureReading], rw: ReconcileWords) -> None:
    """Within a story, a place named with and without the word that opens place names ("Kota
    Graz" / "Graz") is one place: its figures share one scope, named the fuller way. When the story names the bare
    name in two kinds ("Kota Bandung", "Kabupaten Bandung"), they are two places and the bare
    name could be either: nothing is merged."""
    forms: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # bare name -> opening word -> (key, name)
    for r in readings:
        if r.place_key and r.place_name:
            ws = r.place_name.split()
            opening = ws[0] if len(ws) > 1 and ws[0] in rw.place_words else ""
            bare = " ".join(ws[1:] if opening else ws).lower()
            forms[bare].setdefault(opening, (r.place_key, r.place_name))
    target: dict[str, tuple[str, str]] = {}
    for kinds in forms.values():
        named = [k for k in kinds if k]
        if "" not in kinds or len(named) != 1:
            continue
        target[kinds[""][0]] = kinds[named[0]]  # "Graz" takes the fuller "Kota Graz"'s key and name
    for r in readings:
        if r.place_key in target:
            r.place_key, r.place_name = target[r.place_key]


def _merge_claimants(readings: list[FigureReading]) -> None:
    """Claimants are merged like speakers: within a story, a claimant written as the last
    words of exactly one fuller claimant name ("Ryder" / "Pat Ryder") is that claimant."""
    names = {r.claimant_key: r.claimant_name for r in readings if r.claimant_key and r.claimant_name}
    full = {k: n for k, n in names.items() if len(n.split()) > 1}
    for r in readings:
        if not r.claimant_name or r.claimant_key in full:
            continue
        tail = r.claimant_name.split()
        matches = {k for k, n in full.items() if n.split()[-len(tail):] == tail and n != r.claimant_name}
        if len(matches) == 1:
            key = matches.pop()
            r.claimant_key, r.claimant_name = key, full[key]


def figure_value(r: FigureReading) -> dict[str, Any]:
    """The figure of a reading as a message argument (``render/explain.py``): qualifier and value(s), and
    the words of a vague amount ("puluhan"), shown as written."""
    q = r.quantity
    return figure_arg({"qualifier": q.qualifier, "value": q.value, "low": q.low, "high": q.high,
                       "words": vague_words(q, r.language)})


def describe_figure(r: FigureReading) -> str:
    """"about 8,000", "up to 12,000", "5.4–5.8": the figure's value as the claim states it, in
    English (briefing.json's ``value.text``; pages write it in their language from the value)."""
    return figure_text(figure_value(r)["figure"], "en")


def figure_subject(r: FigureReading) -> str:
    parts = [r.unit]
    if r.measure:
        parts.append(r.measure)
    if r.owner_name:
        parts.append(r.owner_name)
    return " ".join(parts)


def _naming_words(measure: str | None, rw: ReconcileWords) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of a measure that name what is counted, and its "per" units ("per liter"): neither a
    stopword, a change noun ("kenaikan"), a generic word ("rata-rata", "harga") nor a number."""
    if not measure:
        return frozenset(), ()
    per = rw.amount_measures.per_words if rw.amount_measures else frozenset()
    tokens = words(measure)
    per_units = tuple(tokens[i + 1] for i, w in enumerate(tokens[:-1]) if w in per)
    changes = change_nouns(rw)
    named = frozenset(w for i, w in enumerate(tokens)
                      if w not in per and (i == 0 or tokens[i - 1] not in per) and len(w) > 1
                      and w not in rw.stopwords and w not in changes and w not in rw.generic_measure_words
                      and not any(ch.isdigit() for ch in w))
    return named, per_units


def _initials_in(word: str, measure: str | None) -> bool:
    """Whether ``word`` is the initials of a run of the measure's words ("ump" in "upah minimum
    provinsi"): an abbreviation one outlet writes for the words another spells out."""
    if not measure or not 2 <= len(word) <= 6 or not word.isalpha():
        return False
    return word in "".join(w[0] for w in words(measure))


def _measures_agree(a: FigureReading, b: FigureReading, rw: ReconcileWords) -> bool:
    """Two measures of one figure that name the same thing in other words: they share a naming word or
    one abbreviates the other's words, and any "per" unit is the same."""
    named_a, per_a = _naming_words(a.measure, rw)
    named_b, per_b = _naming_words(b.measure, rw)
    if (per_a and per_b and per_a != per_b) or not named_a or not named_b:
        return False
    return bool(named_a & named_b) or any(_initials_in(w, b.measure) for w in named_a) \
        or any(_initials_in(w, a.measure) for w in named_b)


def _same_figure_told_differently(groups: list[list[FigureReading]], rw: ReconcileWords) -> list[int]:
    """For each group, the index of the first group of the figure it tells: groups of one figure
    told across outlets whose words around it differ, that is the same value, unit,
    owner, qualifier, place and period, measures that agree (``_measures_agree``: "upah minimum provinsi
    ump" / "kenaikan rata-rata ump" / "rata-rata upah minimum nasional" for one "6,5 persen"), and no two
    different claimants. Without it the event's central figure, reported by every outlet, came out as
    one "only X reports" per outlet. The groups stay claims of their own: a figure discrepancy
    reads each outlet's claims as they were, only what confirms a claim changes."""
    def figure_of(group: list[FigureReading]) -> tuple:
        r = group[0]
        q = r.quantity
        return (r.unit, r.owner, q.value, q.low, q.high, _qualifier_key(q.qualifier), r.place_key, r.window)

    one_figure = DisjointSets(range(len(groups)))
    root = one_figure.find
    claimants = [{r.claimant_key for r in g if r.claimant_key} for g in groups]

    def claimants_agree(ri: int, rj: int) -> bool:
        return not (claimants[ri] and claimants[rj] and not claimants[ri] & claimants[rj])

    by_figure: dict[tuple, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        if g[0].comparable:
            by_figure[figure_of(g)].append(i)
    for members in by_figure.values():
        named = [i for i in members if _naming_words(groups[i][0].measure, rw)[0]]
        for x, i in enumerate(named):
            for j in named[x + 1:]:
                ri, rj = root(i), root(j)
                if ri != rj and claimants_agree(ri, rj) and _measures_agree(groups[i][0], groups[j][0], rw):
                    ri, rj = min(ri, rj), max(ri, rj)  # the first group stays the figure's
                    one_figure.join(ri, rj)
                    claimants[ri] |= claimants[rj]
        # a figure whose words name nothing ("Rp14.500 per liter", "14.500 rupiah") is the one named figure
        # of that value in the story when there is exactly one it can be: with two, it could be either
        for i in members:
            if i in named:
                continue
            per = _naming_words(groups[i][0].measure, rw)[1]
            fits = {root(j) for j in named
                    if not (per and (other := _naming_words(groups[j][0].measure, rw)[1]) and other != per)}
            fits = {r for r in fits if claimants_agree(r, root(i))}
            if len(fits) == 1 and len({root(j) for j in named}) == 1:
                target, own = sorted((fits.pop(), root(i)))
                one_figure.join(target, own)
                claimants[target] |= claimants[own]
    return [root(i) for i in range(len(groups))]


def _qualifier_key(qualifier: str) -> str:
    # "8.000 tentara" and "sekitar 8.000 tentara" in the same scope report one figure: an exact
    # figure is one of the values "about" allows, so they are one claim, not two that agree
    return "point" if qualifier in ("exact", "approx") else qualifier


def figure_claims(story: str, readings: list[FigureReading], counter: Iterable[int]) -> list[Claim]:
    """One claim per (subject, value, qualifier, scope): readings of it across documents merge.

    Exact and approximate readings of one value share a claim, which is approximate when any of
    its readings is.
    """
    _fill_owners(readings)
    # places are merged after the filling: a figure given in two places ("Sulawesi" and "Pulau
    # Sulawesi") stays without a place, rather than taking a place that only names the region
    _fill_places(readings)
    _merge_places(readings, reconcile_words())
    _merge_claimants(readings)
    groups: dict[tuple, list[FigureReading]] = defaultdict(list)
    for r in readings:
        q = r.quantity
        key = (r.subject_key, q.value, q.low, q.high, _qualifier_key(q.qualifier), r.place_key, r.window)
        groups[key].append(r)
    claims = []
    ids = iter(counter)
    figure_of_group = _same_figure_told_differently(list(groups.values()), reconcile_words())
    first_claim_of_figure: dict[int, str] = {}
    for k, group in enumerate(groups.values()):
        cid = f"claim:{next(ids)}"
        same_figure = first_claim_of_figure.setdefault(figure_of_group[k], cid)
        # the hedged reading speaks for the claim: "about 8,000" holds for every reading of it
        first = next((r for r in group if r.quantity.qualifier == "approx"), group[0])
        claimants = sorted({r.claimant_name for r in group if r.claimant_name})
        for r in group:
            r.claim = cid
            r.same_figure = same_figure
        claims.append(Claim(
            id=cid, story=story, kind="figure", subject=figure_subject(first),
            value={"value": first.quantity.value, "low": first.quantity.low, "high": first.quantity.high,
                   "qualifier": first.quantity.qualifier, "unit": first.unit, "text": describe_figure(first),
                   **({"words": words_of} if (words_of := vague_words(first.quantity, first.language)) else {})},
            claimant="; ".join(claimants) or None,
            docs=sorted({r.doc for r in group}),
            evidence=[Evidence(doc=r.doc, start=r.quantity.start, end=r.quantity.end, text=r.quantity.text)
                      for r in group],
            outlets=sorted({r.outlet for r in group}),
            scope={"place": first.place_name, "total": any(r.total for r in group), "time": first.window,
                   "unit": first.unit, "qualifier": first.quantity.qualifier, "measure": first.measure,
                   "owner": first.owner_name},
        ))
    return claims


# --------------------------------------------------------------------------- quotes


@dataclass(slots=True)
class QuoteReading:
    doc: str
    text: str
    norm: str
    speaker_key: str | None
    speaker_name: str | None
    start: int
    end: int
    source: str
    outlet: str
    claim: str = ""
    linked: bool = True  # its speaker is an entity of the text, not only words the quote rule read
    co_speakers: tuple[str, ...] = ()  # who say it jointly with the speaker, by entity name
    reported: bool = False  # an indirect quote: the outlet's own words for what was said
    speaker_at: int | None = None  # where the mention the speaker was resolved to starts
    by_pronoun: bool = False  # the speaker was found through a pronoun cue ("ujarnya"), not named at the quote
    # disc43: how weakly the speaker was found with no name at the quote: 0 named there; 1 a pronoun cue right
    # after its antecedent ("ujarnya"); 2 a guess further off: a pronoun whose antecedent is more than three
    # sentences back, an office ("cecar jaksa"), or a quote after the last speaker's with no cue
    unnamed_at_quote: int = 0
    # disc45: the day the words were said, as the report writes it after the quote ("..., kata Audrey, Rabu
    # (11/6/2025)"); None when the report writes no such day
    day_spoken: calendar_day | None = None


@dataclass(frozen=True, slots=True)
class _QuoteDayWords:
    """``quote_day`` of reconcile.yaml: see the comments there."""

    reach: int
    cited: frozenset[str]


@lru_cache(maxsize=4)
def _quote_day_words(language: str = "id") -> _QuoteDayWords:
    data = load_data("reconcile", language).get("quote_day") or {}
    return _QuoteDayWords(int(data.get("reach", 120)), frozenset(str(w).lower() for w in data.get("cited_words") or []))


def _day_spoken(doc: Document, end: int) -> calendar_day | None:
    """The day a quote ending at ``end`` was said, as its report writes it: one date of day precision
    written with a digit after the quote, in its sentence, at most ``quote_day.reach`` characters on and
    before any next quote. None when no such date is written, when two are, when a word of citing stands
    between ("dikutip Senin (9/6/2025)": the day the outlet quoted a video or another outlet, not the day
    the words were said), or when the date is after the report's publication (a day to come is what was
    said about, not when)."""
    qd = _quote_day_words()
    sentence = doc.sentence_at(max(end - 1, 0))
    if sentence is None:
        return None
    stop = min(sentence[1], end + qd.reach)
    stop = min([q.start for q in doc.quotes if end <= q.start < stop] + [stop])
    days: set[calendar_day] = set()
    for t in doc.dates:
        if not (end <= t.start < stop) or t.precision != "day" or not isinstance(t.value, str):
            continue
        if not re.search(r"\d", t.text):
            continue
        if qd.cited & set(words(doc.text[end:t.start])):
            return None
        try:
            days.add(calendar_day.fromisoformat(t.value[:10]))
        except ValueError:
            continue
    if len(days) != 1:
        return None
    day = days.pop()
    published = (doc.published or "")[:10]
    try:
        if published and day > calendar_day.fromisoformat(published):
            return None
    except ValueError:
        pass
    return day


def _unnamed_at_quote(confidence: float) -> int:
    """``QuoteReading.unnamed_at_quote`` from the quote reader's confidence, which says how it found the speaker."""
    if confidence in (CONF_PRONOUN_FAR, CONF_ROLE, CONF_ADJACENT):
        return 2
    return 1 if confidence == CONF_PRONOUN else 0


def quote_readings(doc: Document, entities: EntityIndex, by_id: dict[str, Document],
                   kinds: tuple[str, ...] = ("direct", "partial"), min_words: int = 0) -> list[QuoteReading]:
    """The quotes of ``kinds`` (direct and partial by default) with at least ``min_words`` words."""
    out = []
    for q in doc.quotes:
        if q.kind not in kinds or len(q.text.split()) < min_words:
            continue
        name = entities.name(q.speaker) or q.speaker_name
        key = q.speaker or (name.lower() if name else None)
        co = tuple(entities.name(c.entity) or c.name for c in q.co_speakers)
        out.append(QuoteReading(doc=doc.id, text=q.text, norm=normalise_quote(q.text), speaker_key=key,
                                speaker_name=name, start=q.start, end=q.end,
                                source=source_key(doc, by_id), outlet=outlet_name(doc),
                                linked=q.speaker is not None, co_speakers=co, reported=q.kind == "indirect",
                                speaker_at=q.speaker_start,
                                by_pronoun=q.confidence in (CONF_PRONOUN, CONF_PRONOUN_FAR),
                                unnamed_at_quote=_unnamed_at_quote(q.confidence),
                                day_spoken=_day_spoken(doc, q.end)))
    return out


def quotes_match(a: str, b: str, part: bool = True) -> bool:
    """Two normalised quote texts say the same thing (one may contain the other); with ``part``,
    one may also give only a stretch of the other."""
    if a == b:
        return True
    shorter = min(len(a.split()), len(b.split()))
    if shorter < QUOTE_MIN_WORDS or fuzz.token_set_ratio(a, b) < QUOTE_MATCH:
        return False
    if fuzz.token_sort_ratio(a, b) >= QUOTE_SORT_MATCH:
        return True
    return part and shorter >= QUOTE_PART_MIN_WORDS and fuzz.partial_ratio(a, b) >= QUOTE_MATCH


def quote_claims(story: str, readings: list[QuoteReading], counter: Iterable[int]) -> list[Claim]:
    """One claim per quote text and speaker; the same text given to two speakers is two claims
    (the attribution rule compares them)."""
    ids = iter(counter)
    clusters = greedy_clusters(
        readings, lambda head, r: head.speaker_key == r.speaker_key and quotes_match(head.norm, r.norm))
    claims = []
    for cluster in clusters:
        cid = f"claim:{next(ids)}"
        head = max(cluster, key=lambda r: len(r.text))
        for r in cluster:
            r.claim = cid
        # a joint statement: the others any outlet names with the speaker, in the order written
        joint = list(dict.fromkeys(c for r in cluster for c in r.co_speakers if c != head.speaker_name))
        claims.append(Claim(
            id=cid, story=story, kind="quote", subject=head.speaker_name or "unknown speaker",
            value=head.text, claimant=head.speaker_name, docs=sorted({r.doc for r in cluster}),
            evidence=[Evidence(doc=r.doc, start=r.start, end=r.end, text=r.text) for r in cluster],
            outlets=sorted({r.outlet for r in cluster}),
            scope={"co_speakers": joint} if joint else {},
        ))
    return claims


# --------------------------------------------------------------------------- events


@dataclass(slots=True)
class EventReading:
    doc: str
    subject: str  # entity id
    subject_name: str
    verb: str
    objects: frozenset[str]  # entity ids named after the verb
    start: int
    end: int
    text: str
    source: str
    outlet: str
    claim: str = ""


def event_readings(doc: Document, entities: EntityIndex, by_id: dict[str, Document],
                   rw: ReconcileWords | None = None) -> list[EventReading]:
    """A sentence opening with an entity that does an event verb soon after, with a date or a
    place in the sentence. Quoted speech is left to the quote claims."""
    rw = rw or reconcile_words()
    out = []
    # the linked mentions by start (a stable sort: mentions starting together keep the document's
    # order), so that each sentence takes its own by bisection instead of reading them all
    linked = sorted((m for m in doc.mentions if m.entity), key=lambda m: m.start)
    starts = [m.start for m in linked]
    for s, e in doc.sentences:
        sentence = doc.text[s:e]
        if any(ch in sentence for ch in "“”\""):
            continue
        last = bisect_left(starts, e)
        if bisect_left(starts, s, 0, last) == last:
            continue  # no linked name in the sentence: none after its dateline either (read no dateline)
        # a sentence none of whose words is an event verb has no reading (every verb is looked for among
        # its words below); the test of the letters, before the dateline's dozen patterns, leaves it
        if not _event_verb_letters(rw.event_verbs).search(sentence.lower()):
            continue
        # "Jakarta (DMS) – Presiden Prabowo Subianto resmi mengumumkan ...": the place and outlet of the
        # dateline are where the report was filed, never who did the event
        opening = _past_dateline(doc.text, s, e)
        ments = linked[bisect_left(starts, opening, 0, last):last]
        if not ments or len(words(doc.text[opening:ments[0].start])) > 2:
            continue
        subj = ments[0]
        # "Gubernur DKI Jakarta Pramono Anung menetapkan ...": a place or body naming a role's office,
        # the person holding it right after, is not who acts; the person is
        if (len(ments) > 1 and subj.label != "PERSON" and ments[1].label == "PERSON"
                and not doc.text[subj.end:ments[1].start].strip(" ,")):
            subj = ments[1]
        after = words(doc.text[subj.end:e])
        at = next((i for i, w in enumerate(after[: rw.event_window]) if w in rw.event_verbs), None)
        if at is None:
            continue
        verb = rw.synonym_of.get(after[at], after[at])
        if any(w in rw.negations for w in after[max(0, at - 2):at]):
            verb = f"tidak {verb}"  # a denied or not-yet event is a different claim
        has_date = any(s <= t.start < e and t.kind != "vague" for t in doc.dates)
        has_place = any(m.label in ("GPE", "LOC") for m in ments[1:])
        if not (has_date or has_place):
            continue
        objects = frozenset(m.entity for m in ments[1:] if m.entity and m.entity != subj.entity)
        out.append(EventReading(doc=doc.id, subject=subj.entity or "", subject_name=entities.name(subj.entity) or subj.text,
                                verb=verb, objects=objects, start=s, end=e,
                                text=sentence, source=source_key(doc, by_id), outlet=outlet_name(doc)))
    return out


@_kept_for_last
def _event_verb_letters(verbs: frozenset[str]) -> re.Pattern[str]:
    """Any of the event verbs (lower case) anywhere in a lower-cased text, whole word or not: a sentence it
    finds nothing in holds none of them as a word."""
    return re.compile("|".join(map(re.escape, sorted(verbs))) if verbs else r"(?!x)x")


def _past_dateline(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` goes on past the dateline opening it ("JAKARTA - ",
    "Liputan6.com, Jakarta "), any dateline ``dateline_end`` reads or a place in capitals and a dash;
    ``start`` without one."""
    opening = dateline_end(text, start, end, outlet_only=False)
    if opening > start or start > DATELINE_REACH:
        return opening
    bare = _BARE_DATELINE.match(text, start, end)  # "JAKARTA – Pemerintah ...": a place in capitals and a dash
    return bare.end() if bare else start


_BARE_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30}?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s+")


def event_claims(story: str, readings: list[EventReading], counter: Iterable[int]) -> list[Claim]:
    ids = iter(counter)
    clusters = greedy_clusters(readings, lambda head, r: head.subject == r.subject and head.verb == r.verb and bool(
        head.objects & r.objects or not (head.objects or r.objects)))
    claims = []
    for cluster in clusters:
        cid = f"claim:{next(ids)}"
        head = cluster[0]
        for r in cluster:
            r.claim = cid
        claims.append(Claim(
            id=cid, story=story, kind="event", subject=head.subject_name,
            value=f"{head.subject_name} {head.verb}: {head.text}", claimant=None,
            docs=sorted({r.doc for r in cluster}),
            evidence=[Evidence(doc=r.doc, start=r.start, end=r.end, text=r.text) for r in cluster],
            outlets=sorted({r.outlet for r in cluster}),
        ))
    return claims


def independent_sources(claim: Claim, by_id: dict[str, Document]) -> int:
    return len({source_key(by_id[d], by_id) for d in claim.docs if d in by_id})


__all__ = [
    "ReconcileWords", "reconcile_words", "fold_synonyms", "content_words", "normalise_quote", "root_of",
    "source_key", "story_map", "EntityIndex", "FigureReading", "figure_readings", "figure_claims",
    "describe_figure", "figure_value", "counted_nouns", "change_nouns", "QuoteReading", "quote_readings", "quotes_match", "quote_claims", "EventReading",
    "event_readings", "event_claims", "independent_sources",
]
