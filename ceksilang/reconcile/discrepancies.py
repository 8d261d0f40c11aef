"""Discrepancies: where the documents of a story disagree, and whether the disagreement is real.

Five kinds, each ranked by ``score`` and capped per story (``caps`` in ``reconcile.yaml``):

* ``figure``: figures counting the same thing differ. A difference is first explained by
  scope (place, "in total", a limited period), then by date (a toll rising day to day is
  ``evolving``; not a fixed property of one thing, a length, a vessel's capacity, the people
  aboard one vehicle: ``fixed_properties``), then by claimant; overlapping values ("about
  10,000" / "more than 10,000") are ``compatible``; only what nothing explains is a
  ``contradiction``.
* ``attribution``: the same quote given to different speakers; ``explained`` when one is
  the other's spokesperson (the roles say so), else a ``contradiction``.
* ``detail``: two outlets tell the same sentence with one word swapped for another value of
  the same slot (``detail_slots``: "ranjau" / "parit", "mobil" / "truk"; headline verbs,
  near-synonyms and paraphrases never count), or give a named thing incompatible states
  ("putus" vs "rusak ringan"), one moment two clock times ("api padam pukul 04.30" / "api
  berhasil dipadamkan pukul 04.45"), one person a role as its holder and as a former holder
  ("siswa" / "mantan siswa"), one flight or vehicle two numbers ("SV-5726" / "SV 5276"), or
  one actor two exclusive values of a slot with no number ("tersangka" / "terdakwa", "tak ada
  yang selamat" / "selamat": ``exclusive_slots.yaml``; a later value on a later day is
  ``evolving``).
* ``wording``: the same quote of the same speaker in two independent sources with words
  changed beyond punctuation and spelling (the changed words are listed in ``changes``); a
  ``contradiction`` when the change alters the meaning (a negation, a number, a name),
  ``explained`` when the speaker speaks another language (both can translate one statement),
  else ``compatible`` (same meaning, but a direct quote should be verbatim).
* ``singleton``: a notable claim only one independent source makes (``unconfirmed``).
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz

from ceksilang.reconcile.claims import (
    EventReading, FigureReading, QuoteReading, change_nouns, counted_nouns, figure_subject, figure_value,
    independent_sources, normalise_quote, quotes_match, tells_search_going_on,
)
from ceksilang.extract.entities import (_entry_from, load_name_types, load_role_abbreviations, load_role_words,
                                        lookup_alias, normalise_name, office_term_after)
from ceksilang.extract.numbers import number_words, parse_digits, parse_number
from ceksilang.extract.quantities import quantity_words, unit_table
from ceksilang.extract.quotes import load_quote_patterns
from ceksilang.extract.timex import timex_words
from ceksilang.lang import has_data, load_data, without_pronoun_enclitic
from ceksilang.lang.markets import market_moments as _market_moments, moment_of_lead as _moment_of_lead, names_a_market
from ceksilang.reconcile.detail_items import day_told_two_ways, detail_item, phrase_at, published_day, shortened
from ceksilang.reconcile.disjoint_sets import DisjointSets
from ceksilang.reconcile.causes import cause_conflicts
from ceksilang.reconcile.event_regions import event_region_conflicts
from ceksilang.reconcile.happening_days import happening_day_conflicts, happening_day_words, weekday_named
from ceksilang.reconcile.argument_values import argument_value_conflicts
from ceksilang.reconcile.same_happening import same_happening_conflicts
from ceksilang.reconcile.sources import root_of, source_key
from ceksilang.reconcile.name_variants import name_variant_conflicts
from ceksilang.reconcile.initials import AgeInBrackets, initials_conflicts, initials_letters, initials_words
from ceksilang.reconcile.person_details import one_person_named, person_role_conflicts, person_spans
from ceksilang.reconcile.prose_counts import vehicle_count_conflicts
from ceksilang.reconcile.spellings import NamedSlotWords, named_slot_words, near_names, one_name_two_spellings
from ceksilang.render.explain import Message, date_arg, english, figure_arg, joined, message
from ceksilang.reconcile.words import (WORD_PATTERN, ExclusiveSlots, ReconcileWords, content_words, exclusive_slots,
                                      fold_synonyms, reconcile_words, words)
from ceksilang.model import Claim, Discrepancy, Document, Entity, TimeExpr
from ceksilang.reconcile.stories import office_words, order_key
from ceksilang.reconcile.written_slips import body_name_conflicts, date_slips
from ceksilang.lang.word_frequencies import load_word_frequencies
from ceksilang.text import case_blind_key, split_sentences, stem

DETAIL_MIN_SHARED = 6  # content words two sentences must share to be "the same sentence"
DETAIL_MIN_OVERLAP = 0.55
SPUN_PAIR_SWAPS = 3  # this many swapped words between two documents marks a rewritten copy
CONTEXT_MATCHED = 2  # of the 3 words before a swapped word, how many must agree  # shared / content words of the shorter sentence
STATUS_WEIGHT = {"contradiction": 3.0, "evolving": 2.0, "explained": 1.5, "compatible": 1.0, "unconfirmed": 1.0}


def _overlap(a: FigureReading, b: FigureReading) -> bool:
    return a.low <= b.high and b.low <= a.high


def _floor_passed(earlier: FigureReading, later: FigureReading) -> bool:
    """An open floor ("sedikitnya delapan orang tewas") that a later figure passes ("10 orang
    tewas"): the values overlap, but the count has risen since the floor was given."""
    return earlier.high == float("inf") and later.low > earlier.low


def _scope_key(r: FigureReading, over_days: bool = False) -> tuple:
    # over days, "total korban meninggal 28 orang" naming no place is the toll as of its day, which the reports
    # of other days give as "korban meninggal 32 orang": one series, not another scope. On one day, "in total"
    # may set the whole against parts told without a place; and a total naming what it takes in ("260 orang
    # termasuk mahasiswa ... di darat") is a whole over days too, against "241 orang di dalam pesawat"
    # disc58: so is a settled count's (the injured of a crash over, dated by the happening's day): "total ... 8 korban
    # luka-luka" is the one count the other reports give without the word, not a whole of their parts
    return (r.place_key, r.window,
            r.total and not ((over_days or r.settled) and r.place_key is None and r.window is None and not r.inclusive))


def _scope_parts(r: FigureReading, over_days: bool = False) -> list[Message]:
    """Where and when a figure counts: "in Kursk", "in Rusia in total", "during <window>"."""
    parts: list[Message] = []
    if r.place_name:
        parts.append(message("scope.place_total" if r.total else "scope.place", place=r.place_name))
    elif r.total and _scope_key(r, over_days)[2]:
        parts.append(message("scope.total"))
    if r.window:
        parts.append(message("scope.window", window=r.window))
    return parts


def _scope_message(r: FigureReading, over_days: bool = False) -> dict | None:
    parts = _scope_parts(r, over_days)
    return joined(parts, " ") if parts else None


def _scope_text(r: FigureReading, over_days: bool = False) -> str:
    return " ".join(english(p) for p in _scope_parts(r, over_days))


def _subject(what: str, r: FigureReading, over_days: bool = False) -> str | Message:
    """The thing counted, with its scope when it has one."""
    scope = _scope_message(r, over_days)
    return message("figure.subject_scope", what=what, scope=scope) if scope else what


def _claimant(r: FigureReading) -> str | Message:
    return r.claimant_name or message("claimant.none")


def _point(r: FigureReading) -> Message:
    """One reading as a checker reads it: value, who says it, where and when."""
    if r.settled and r.published and r.published[:10] != r.date:
        # disc58: the count of the happening's day, told in a report printed later: both days, each as what it is
        return message("figure.point_settled", figure=figure_value(r), claimant=_claimant(r), outlet=r.outlet,
                       printed=date_arg(r.published[:10]), date=date_arg(r.date))
    if r.date:
        return message("figure.point_dated", figure=figure_value(r), claimant=_claimant(r), outlet=r.outlet,
                       date=date_arg(r.date))
    return message("figure.point", figure=figure_value(r), claimant=_claimant(r), outlet=r.outlet)


def _claim_lines(readings: list[FigureReading]) -> list[Message]:
    """One line per claim: its value, then its claimants, outlets and dates."""
    by_claim: dict[str, list[FigureReading]] = defaultdict(list)
    for r in readings:
        by_claim[r.claim].append(r)
    lines = []
    for rs in sorted(by_claim.values(), key=lambda rs: (min(r.date or "" for r in rs), rs[0].low)):
        who = sorted({x.claimant_name for x in rs if x.claimant_name}) or message("claimant.none")
        dates = [date_arg(d) for d in sorted({x.date for x in rs if x.date})]
        details = [who, sorted({x.outlet for x in rs})] + ([dates] if dates else [])
        lines.append(message("figure.line", figure=figure_value(rs[0]), details=joined(details, "; ")))
    return lines


def _reading_key(r: FigureReading) -> tuple:
    return (r.claim, r.claimant_key, r.date)


def _distinct(readings: list[FigureReading]) -> list[FigureReading]:
    """One reading per (claim, claimant, date): the same figure in two copies is said once."""
    seen: dict[tuple, FigureReading] = {}
    for r in sorted(readings, key=lambda r: (r.date or "", r.low, r.outlet)):
        seen.setdefault(_reading_key(r), r)
    return list(seen.values())


def _copies(readings: list[FigureReading]) -> dict[tuple, set[str]]:
    """Every document that gives each (claim, claimant, date): the figure said once by
    ``_distinct`` is still in all of them, and an item about it names them all."""
    out: dict[tuple, set[str]] = defaultdict(set)
    for r in readings:
        out[_reading_key(r)].add(r.doc)
    return out


def _same_claimant(a: FigureReading, b: FigureReading) -> bool:
    # an unnamed claimant may be the named one: only two different names explain a difference
    return not (a.claimant_key and b.claimant_key) or a.claimant_key == b.claimant_key


def _figure_item(story: str, status: str, readings: list[FigureReading], explanation: Message,
                 copies: dict[tuple, set[str]] | None = None) -> Discrepancy:
    sources = {r.source for r in readings}
    score = readings[0].weight * STATUS_WEIGHT[status] * (1 + len(sources) / 2)
    # the documents of the figures, with the copies of each that were said once (an outlet's
    # second article with the same figure is one of the articles that disagree)
    docs = {r.doc for r in readings} | {d for r in readings for d in (copies or {}).get(_reading_key(r), ())}
    return Discrepancy(kind="figure", docs=sorted(docs),
                       claims=sorted({r.claim for r in readings}, key=_claim_order), status=status,
                       explanation=english(explanation), score=round(score, 3), story=story, message=explanation)


def _claim_order(claim: str) -> tuple[int, str]:
    tail = claim.rsplit(":", 1)[-1]
    return (int(tail), claim) if tail.isdigit() else (0, claim)


def _series(readings: list[FigureReading]) -> dict:
    """Each claimant's figures in date order: "BNPB: 14 (…) → 103 (…); Pemprov: 162 (…)"."""
    by_claimant: dict[str, list[FigureReading]] = defaultdict(list)
    # within a day, in the order the reports came out (15 at 12:55, 12 in the night's report), not by value
    for r in sorted(readings, key=lambda r: (r.date or "", _published_minute(r) or "", r.low)):
        by_claimant[r.claimant_name or ""].append(r)
    lines = []
    # the unnamed claimant sorts as its English words did ("no claimant named")
    unnamed = english(message("claimant.none"))
    for who, rs in sorted(by_claimant.items(), key=lambda kv: (kv[1][0].date or "", kv[0] or unnamed)):
        steps = [message("figure.step", figure=figure_value(r), date=date_arg(r.date), outlet=r.outlet) for r in rs]
        lines.append(message("figure.series", claimant=_claimant(rs[0]), steps=joined(steps, " \u2192 ")))
    return joined(lines, "; ")


def _all_overlap(readings: list[FigureReading]) -> bool:
    return all(_overlap(a, b) for i, a in enumerate(readings) for b in readings[i + 1:])


def _reports_rising(readings: list[FigureReading]) -> bool:
    """True when one outlet's differing values of a day come from different articles, none of which
    gives two of them, and each later article (by publication minute) gives a higher value: the
    outlet's reports of a rising count, not a breakdown."""
    by_article: dict[str, list[FigureReading]] = defaultdict(list)
    for r in readings:
        by_article[r.doc].append(r)
    if not all(_all_overlap(rs) for rs in by_article.values()):
        return False
    for i, a in enumerate(readings):
        for b in readings[i + 1:]:
            if _overlap(a, b):
                continue
            minutes = (_published_minute(a), _published_minute(b))
            if a.doc == b.doc or None in minutes or minutes[0] == minutes[1]:
                return False
            earlier, later = sorted((a, b), key=_published_minute)
            if not earlier.high < later.low:
                return False
    return True


def _whole_counts(readings: list[FigureReading], given: list[FigureReading] | None = None) -> list[FigureReading]:
    """The readings of sources that give one value of a count on a day: a source giving several
    differing values of it (772 at one airport, 2,166 at another, 10,560 in all) is breaking it
    down by a scope the rules cannot read, and none of its parts contradicts another outlet. An
    outlet whose articles each give one value, higher in each later piece ("sembilan orang tewas" at
    18:27, "10 orang" in its next report), is reporting a rising count: its readings are kept.
    ``given``: every reading of the day before copies were said once (``_distinct``), so a source whose
    other value is another outlet's copy ("10 orang meninggal dunia ... 9 korban tewas sudah diserahkan ke
    pihak keluarga") still counts as giving two values."""
    by_source: dict[str, list[FigureReading]] = defaultdict(list)
    for r in given if given is not None else readings:
        by_source[r.source].append(r)
    whole = {source for source, rs in by_source.items() if _all_overlap(rs) or _reports_rising(rs)}
    # disc56: a source's count of people in a rising state given with its own parts ("12 orang tewas" and "tiga
    # korban luka berat yang masih dirawat" of them, 17 and 3 of the injured) tells its whole: the largest value,
    # when the others add up to no more than it and no other source gives one of those parts
    tops: dict[str, FigureReading] = {}
    for source, rs in by_source.items():
        if source not in whole:
            top = _whole_of_parts(rs, [r for r in (given if given is not None else readings) if r.source != source])
            if top is not None:
                tops[source] = top
    return [r for r in readings if r.source in whole or (r.source in tops and _overlap(r, tops[r.source]))]


def _whole_of_parts(rs: list[FigureReading], others: list[FigureReading]) -> FigureReading | None:
    """disc56: the reading of one source's day that holds its other values of the count: in one article, a count
    of people in a state that only rises (``moving_counts.rising``), its largest value told first and at least the
    sum of the values after it that differ from it, none of those told by another source (then they may be that
    source's scope the rules cannot read). None when the values are not a whole and its parts."""
    mc = _moving_counts()
    # of a state that rises (settled or not: a crash's injured and the 3 of them still in hospital are a whole and a part)
    if any(r.unit != mc.unit or r.measure not in mc.rising for r in rs) or any(r.high == float("inf") for r in rs):
        return None
    if len({r.doc for r in rs}) > 1:
        return None
    top = max(rs, key=lambda r: (r.low, r.high))
    parts = [r for r in rs if not _overlap(r, top)]
    if not parts or sum(r.high for r in parts) > top.low:
        return None
    # the whole is told first and its parts after it ("17 orang ... luka berat", then "masih ada tiga korban luka
    # berat yang dirawat di RSUD"); a list whose largest item comes later (772, 2,166, 10,560) is parts alone
    if any(p.quantity.start < top.quantity.start for p in parts):
        return None
    if any(_overlap(p, o) for p in parts for o in others):
        return None
    return top


def _rises(readings: list[FigureReading]) -> bool | None:
    """True when the figures only rise with the date, False when they only fall, None when
    they do both (overlapping values are no change, but for a floor a later figure passes)."""
    dated = [r for r in readings if r.date]
    up = down = False
    for a in dated:
        for b in dated:
            if a.date < b.date and not _overlap(a, b):
                up |= a.high < b.low
                down |= a.low > b.high
            elif a.date < b.date and _floor_passed(a, b):
                up = True
    if up and down:
        return None
    return up or not down


def _published_minute(r: FigureReading) -> str | None:
    """The reading's publication time to the minute ("2025-06-10T18:27"), None when only the day is known."""
    return r.published[:16] if r.published and len(r.published) >= 16 and r.published[10:11] == "T" else None


def _rises_through_the_day(readings: list[FigureReading]) -> bool:
    """True when the same day's differing figures only rise with their reports' publication
    times (8 dead at 17:45, 9 at 18:27, 10 at 20:36): early reports of a toll, not a clash. Every
    reading needs a time; a later lower figure, or two at one minute, is no rise."""
    return _moves_with_publication_time(readings, rising=True)


def _moves_with_publication_time(readings: list[FigureReading], rising: bool) -> bool:
    """Every two differing readings of other sources, in their publication times' order, rise
    (``rising``) or fall; each reading needs a time, and two at one minute are no move."""
    if any(_published_minute(r) is None for r in readings):
        return False
    for a in readings:
        for b in readings:
            if a.source == b.source or _overlap(a, b):
                continue
            earlier, later = sorted((a, b), key=_published_minute)
            moved = earlier.high < later.low if rising else earlier.low > later.high
            if _published_minute(earlier) == _published_minute(later) or not moved:
                return False
    return True


def _falls_on_the_way(readings: list[FigureReading], day: str, by_day: dict[str | None, list[FigureReading]]) -> bool:
    """True when the same day's differing figures only fall with their reports' publication times
    and lie between the figures of the nearest day before and the nearest day after (the missing:
    15 the day before, 15 at 12:55 and 12 in the night's report, 12 and 8 the next day): the count
    moving through the day as it does across days, not a clash. Every reading needs a time, and at
    least one neighbouring day must give figures."""
    return _moves_with_publication_time(readings, rising=False) and _between_the_days_around(readings, day, by_day)


def _between_the_days_around(readings: list[FigureReading], day: str,
                             by_day: dict[str | None, list[FigureReading]]) -> bool:
    """True when a day's falling figures lie between the figures of the nearest day before and the nearest day
    after, at least one of which gives figures: the count falling through the day as it does across days."""
    days = sorted(d for d in by_day if d)
    before = [d for d in days if d < day]
    after = [d for d in days if d > day]
    prev = by_day[before[-1]] if before else []
    nxt = by_day[after[0]] if after else []
    if not prev and not nxt:
        return False
    top = max(r.high for r in readings)
    bottom = min(r.low for r in readings)
    return all(r.low >= top for r in prev) and all(r.high <= bottom for r in nxt)


@dataclass(frozen=True, slots=True)
class _MovingCounts:
    """``moving_counts`` of ``reconcile.yaml``: which counts of people move during a day, and which way,
    and the words that say a figure is as of a moment of its day."""

    unit: str
    rising: frozenset[str]
    falling: frozenset[str]
    as_of_words: re.Pattern[str] | None  # an as-of word, then a few words, right before a clock time
    as_of_phrases: re.Pattern[str] | None
    one_statement_share: float
    one_statement_min_words: int
    # an as-of word, a few words, a part of the day ("hingga Senin pagi"), the part captured: two figures
    # as of the same part of one day are one moment, however their reports order
    as_of_part: re.Pattern[str] | None = None
    # disc53: the rising counts that never fall (the dead): a later lower figure is another version, not a revision
    never_falling: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def _moving_counts(language: str = "id") -> _MovingCounts:
    data = load_data("reconcile", language).get("moving_counts") or {}

    def either(phrases: Iterable[str]) -> str:
        return "|".join(re.escape(str(p).lower()) for p in sorted(phrases, key=len, reverse=True))

    reach = int(data.get("as_of_reach", 0))
    as_of = either(data.get("as_of_words") or [])
    phrases = either(data.get("as_of_phrases") or [])
    parts = either(data.get("as_of_parts_of_day") or [])
    if as_of and parts:  # "hingga Senin (21/7) sore": an as-of word, a few words, a part of the day
        phrases = "|".join(p for p in (phrases, rf"(?:{as_of})(?:\W+\w+){{0,{reach}}}?\W+(?:{parts})") if p)
    return _MovingCounts(
        str(data.get("unit") or ""), frozenset(str(m) for m in data.get("rising") or []),
        frozenset(str(m) for m in data.get("falling") or []),
        # the clock time follows at most ``reach`` words later: the text right before it ends this way
        re.compile(rf"(?<!\w)(?:{as_of})(?:\W+\w+){{0,{reach}}}\W*$") if as_of else None,
        re.compile(rf"(?<!\w)(?:{phrases})(?!\w)") if phrases else None,
        float(data.get("one_statement_share", 1.0)), int(data.get("one_statement_min_words", 1)),
        re.compile(rf"(?<!\w)(?:{as_of})(?:\W+\w+){{0,{reach}}}?\W+({parts})(?!\w)") if as_of and parts else None,
        frozenset(str(m) for m in data.get("never_falling") or []))


@dataclass(frozen=True, slots=True)
class _FixedProperties:
    """``fixed_properties`` of ``reconcile.yaml``: the measures that name a property one thing has once and for all
    (a depth, a length, an age), and the words that make such a measure a level that moves (a flood's depth); of
    those, the measures a thing may have changed (a shelter's capacity) and the words that tell such a change."""
    measures: tuple[tuple[str, ...], ...]
    running: frozenset[str]
    changeable: tuple[tuple[str, ...], ...] = ()
    change_words: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def _fixed_properties(language: str = "id") -> _FixedProperties:
    data = load_data("reconcile", language).get("fixed_properties") or {}
    return _FixedProperties(tuple(tuple(words(str(m))) for m in data.get("measures") or [] if words(str(m))),
                            frozenset(str(w).lower() for w in data.get("running") or []),
                            tuple(tuple(words(str(m))) for m in data.get("changeable") or [] if words(str(m))),
                            frozenset(str(w).lower() for w in data.get("change_words") or []))


def fixed_property(r: FigureReading) -> bool:
    """Whether the reading measures a fixed property of one thing ("panjang 56,5 meter", "kedalaman 84 km"): its
    values on two days are two versions of one value, never a figure that evolves (issue 20, item 5)."""
    fp = _fixed_properties()
    tokens = words(r.measure or "")
    if not tokens or any(t in fp.running for t in tokens):
        return False
    return any(tuple(tokens[:len(m)]) == m for m in fp.measures)


def _changeable(r: FigureReading) -> bool:
    tokens = tuple(words(r.measure or ""))
    return any(tokens[:len(m)] == m for m in _fixed_properties().changeable)


def _sentence_text(r: FigureReading, d: Document | None, before_figure: bool = False) -> str:
    sent = d.sentence_at(r.quantity.start) if d is not None else None
    if sent is None:
        return ""
    return d.text[sent[0]:r.quantity.start if before_figure else sent[1]]


def _sentence_words(r: FigureReading, d: Document | None, before_figure: bool = False) -> list[str]:
    return words(_sentence_text(r, d, before_figure))


_WRITTEN_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _vessel_prefixed(text: str, prefixes: frozenset[str]) -> bool:
    """Whether ``text`` writes one of ``prefixes`` as a vessel's: in capitals, before a capitalised name
    ("KM Sinar Bangun"), not before a number ("Km 12", a kilometre post)."""
    written = _WRITTEN_WORD.findall(text)
    return any(w.isupper() and w.lower() in prefixes and nxt[:1].isupper()
               for w, nxt in zip(written, written[1:]))


def _vehicle_named(text: str) -> bool:
    """Whether the text names a vehicle or vessel (``detail_slots.vehicles`` or ``on_board.vehicles``; one of
    ``on_board.name_prefixes`` only as a vessel's prefix, ``_vessel_prefixed``)."""
    rw = reconcile_words()
    tokens = words(text)
    if set(tokens) & {w for w, slot in rw.slot_of.items() if slot == "vehicles"}:
        return True
    ob = rw.on_board
    if not ob:
        return False
    joined = " " + " ".join(tokens) + " "
    if any(f" {v} " in joined for v in ob.vehicles if v not in ob.name_prefixes):
        return True
    return _vessel_prefixed(text, ob.name_prefixes)


def fixed_scope(readings: list[FigureReading], by_id: dict[str, Document]) -> bool:
    """Whether the readings of one scope measure a fixed property (``fixed_property`` of the first). A measure a thing
    may have changed (``fixed_properties.changeable``: a capacity) is fixed when a reading names a vehicle before its
    figure ("kapal feri dengan kapasitas 200 penumpang"), or when no reading's sentence tells a change
    (``change_words``: a shelter's "kapasitas ... kini 800 orang setelah tenda ditambah" is a capacity widened)."""
    if not readings or not fixed_property(readings[0]):
        return False
    if not _changeable(readings[0]):
        return True
    if any(_vehicle_named(_sentence_text(r, by_id.get(r.doc), before_figure=True)) for r in readings):
        return True
    change = _fixed_properties().change_words
    return not any(set(_sentence_words(r, by_id.get(r.doc))) & change for r in readings)


def carried_load(r: FigureReading, d: Document | None) -> bool:
    """disc67: whether the reading is a load a vehicle carried, told by a verb of carrying opening its measure
    (``on_board.verbs``: "Kapal itu juga berisi uang tunai sebesar Rp 30 miliar") with a vehicle named before the
    figure in its sentence (``detail_slots.vehicles`` or ``on_board.vehicles``: "kapal", "mobil", "KM"), in a unit
    other than people (the people on board are ``FigureReading.on_board``). What a vehicle had in it when it sank or
    crashed is one value of that moment, so two outlets' values on two days are two versions of it, not a load that
    grew. A verb of carrying with no vehicle ("rekening donasi telah diisi Rp 30 juta") is no such load."""
    rw = reconcile_words()
    tokens = words(r.measure or "")
    if not (rw.on_board and tokens and tokens[0] in rw.on_board.verbs and r.unit != _moving_counts().unit):
        return False
    return _vehicle_named(_sentence_text(r, d, before_figure=True))


def _falls_against_the_toll(readings: list[FigureReading]) -> bool:
    """disc53: whether a count that never falls (``moving_counts.never_falling``: the dead) is given lower on a later
    day by another source than one source gave it on an earlier day (11 dead on Saturday and 12 on Sunday by two
    outlets, 11 again on Monday): the outlets give two versions of the toll, a clash a checker flags, not a revision."""
    mc = _moving_counts()
    if not mc.never_falling or any(r.unit != mc.unit or r.measure not in mc.never_falling for r in readings):
        return False
    return any(a.date and b.date and a.date < b.date and a.source != b.source and b.high < a.low
               and not (a.high == float("inf") or b.high == float("inf"))
               for a in readings for b in readings)


def _count_direction(r: FigureReading, mc: _MovingCounts) -> int:
    """+1 when the reading counts people in a state that only rises during a day (the dead, the
    injured), -1 when it only falls (the missing, as they are found), 0 for any other figure."""
    if r.unit != mc.unit or not r.measure or r.settled:
        return 0  # disc58: a settled count of a happening over (the injured of a crash) moves in no way
    return 1 if r.measure in mc.rising else -1 if r.measure in mc.falling else 0


@dataclass(frozen=True, slots=True)
class _Moment:
    when: datetime
    as_of: bool  # the figure's own as-of time ("hingga pukul 03.00"), else its report's publication minute


def _as_of_sentences(r: FigureReading, d: Document) -> list[tuple[int, int]]:
    """The sentences that may say when the reading's figure is as of: its own, and the one before when its own
    opens with a word that takes its people from there ("... hingga Senin (21/7) sore, jumlah korban 580 orang.
    Dari jumlah tersebut sebanyak 575 orang selamat")."""
    sent = d.sentence_at(r.quantity.start)
    if sent is None:
        return []
    opening = " ".join(words(d.text[sent[0]:sent[1]])[:3])
    if not any(opening.startswith(f) for f in reconcile_words().anaphoric_followers):
        return [sent]
    before = [x for x in d.sentences if x[1] <= sent[0]]
    return [sent, before[-1]] if before else [sent]


def _as_of_moment(r: FigureReading, d: Document, mc: _MovingCounts) -> datetime | None:
    """The time of the reading's day its sentence says the figure is as of ("Hingga Jumat (14/11) pukul 03.00
    WIB, ... dua orang meninggal dunia"): a clock time right after an as-of word; None when there is none, or
    when the time is of another day (the event's evening before, a plan for tomorrow)."""
    if mc.as_of_words is None:
        return None
    for s, e in _as_of_sentences(r, d):
        for t in d.dates:
            if t.precision != "minute" or not isinstance(t.value, str) or not s <= t.start < e:
                continue
            if t.value[:10] != r.date or not mc.as_of_words.search(d.text[max(s, t.start - 80):t.start].lower()):
                continue
            try:
                return datetime.fromisoformat(t.value)
            except ValueError:
                continue
    return None


def _figure_moment(r: FigureReading, d: Document | None, mc: _MovingCounts) -> _Moment | None:
    """When the reading's figure was true: its own as-of time, else its report's publication minute."""
    when = _as_of_moment(r, d, mc) if d is not None else None
    if when is not None:
        return _Moment(when, True)
    minute = _published_minute(r)
    if minute is None or not r.published:
        return None
    try:
        published = datetime.fromisoformat(r.published)
    except ValueError:
        return None
    return _Moment(published.replace(second=0, microsecond=0), False)


def _as_of_part_of_day(r: FigureReading, d: Document | None, mc: _MovingCounts) -> str | None:
    """The part of the day the reading's sentence says its figure is as of ("hingga Senin pagi": "pagi"),
    or None."""
    if d is None or mc.as_of_part is None:
        return None
    for s, e in _as_of_sentences(r, d):
        found = mc.as_of_part.search(d.text[s:e].lower())
        if found:
            return found.group(1)
    return None


def _said_as_of_a_moment(r: FigureReading, d: Document | None, mc: _MovingCounts) -> bool:
    """The reading's sentence says its figure is as of a moment of the day: an as-of time, or words that
    call it the count so far ("sampai saat ini", "data sementara") or a count that has moved ("bertambah
    menjadi")."""
    if d is None:
        return False
    if _as_of_moment(r, d, mc) is not None:
        return True
    return mc.as_of_phrases is not None and any(mc.as_of_phrases.search(d.text[s:e].lower())
                                                for s, e in _as_of_sentences(r, d))


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """The words every tally of people shares ("korban", "meninggal", "dunia", "selamat", "orang"): the words of
    the measures and the units, which say nothing of whose statement a sentence tells."""
    rw = reconcile_words()
    found = {w for surface, canonical in rw.measures for w in words(f"{surface} {canonical}")}
    found |= {w for alias, unit in rw.unit_aliases.items() for w in words(f"{alias} {unit}")}
    return frozenset(found | set(rw.unit_weights))


def _statement_words(r: FigureReading, d: Document | None) -> set[str]:
    """The words of the reading's sentence less its numbers and the words of any tally: what two outlets telling
    one statement share ("total ada ... kata Muhadjir"), and two tallies of a count ("selamat 568 orang, meninggal
    dunia tiga orang" / "selamat 575 orang, meninggal dunia 3 orang") do not."""
    if d is None:
        return set()
    sent = d.sentence_at(r.quantity.start)
    if sent is None:
        return set()
    tally = _count_words()
    return {w for w in content_words(d.text[sent[0]:sent[1]]) if not _is_number(w) and w not in tally}


def _one_statement(a: FigureReading, b: FigureReading, by_id: dict[str, Document], mc: _MovingCounts) -> bool:
    """Two outlets tell one statement with two numbers ("Total ada 130 korban meninggal dunia," kata Muhadjir /
    "Total ada 187 ..."): the words of their sentences are the same but the number."""
    wa, wb = _statement_words(a, by_id.get(a.doc)), _statement_words(b, by_id.get(b.doc))
    shorter = min(len(wa), len(wb))
    return shorter >= mc.one_statement_min_words and len(wa & wb) >= mc.one_statement_share * shorter


def _wall_time(m: _Moment, other: _Moment) -> datetime:
    """A moment comparable with ``other``: a time naming no zone is read on the other's clock."""
    return m.when.replace(tzinfo=None) if m.when.tzinfo is None or other.when.tzinfo is None else m.when


def _moment_order(a: _Moment | None, b: _Moment | None) -> int | None:
    """-1 when ``a`` came first, 1 when ``b`` did, 0 for one moment, None when either is unknown."""
    if a is None or b is None:
        return None
    ta, tb = _wall_time(a, b), _wall_time(b, a)
    return (ta > tb) - (ta < tb)


def _span_message(minutes: int) -> Message:
    return message("span.hours", n=round(minutes / 60)) if minutes >= 90 else message("span.minutes", n=minutes)


def _moved_during_the_day(readings: list[FigureReading], subject: str | Message, on: Message,
                          by_id: dict[str, Document], given: list[FigureReading],
                          by_day: dict[str | None, list[FigureReading]]) -> Message | bool | None:
    """Whether one day's differing counts of people (same claimant or unnamed) are one count moving
    through the day: the evolving item's explanation when they are; False when they clash for sure (one
    moment for two counts, one statement told with two numbers); None when the rule does not apply (not a
    count that moves one way, a later count against the way), leaving the rules before it to decide.

    Each pair's moment is its figure's as-of time, else its report's publication minute. A pair in time order
    moved when the later figure lies on the count's way (the dead rise, the missing fall). A pair no moment
    orders moved when one of its figures is said as of a moment of the day ("hingga pukul 16.00", "sampai saat
    ini"): reports of one day with no hour, a checker's "developing count". A value is said as of a moment
    when any report of the day gives it so (``given``: every reading of the day, copies too): an outlet
    repeating BNPB's "2 orang meninggal" without BNPB's "hingga pukul 03.00" gives the same count.
    figcmp79: so did a pair whose two reports both tell the search still going on (people still missing or
    searched for): each gives the count as far as it had got that day, the dead still being found; the
    explanation then says so, not that a figure was said as of a moment."""
    mc = _moving_counts()
    direction = _count_direction(readings[0], mc)
    if direction == 0 or any(_count_direction(r, mc) != direction for r in readings):
        return None
    # a falling count (the missing) off the way of the days around it (12 tonight, 20 tomorrow) is left to
    # disc25's rule, which keeps it a contradiction; with no neighbouring day it has no way to be off
    day = readings[0].date
    neighbours = any(d and d != day for d in by_day)
    if direction < 0 and day and neighbours and not _between_the_days_around(readings, day, by_day):
        return None
    moments = {id(r): _figure_moment(r, by_id.get(r.doc), mc) for r in readings}
    parts = {id(r): _as_of_part_of_day(r, by_id.get(r.doc), mc) for r in readings}
    marked = [r for r in given if _said_as_of_a_moment(r, by_id.get(r.doc), mc)]

    def as_of_a_moment(r: FigureReading) -> bool:
        return any(m.low == r.low and m.high == r.high for m in marked)

    def searching(r: FigureReading) -> bool:
        d = by_id.get(r.doc)
        return d is not None and tells_search_going_on(d)

    ordered: list[tuple[FigureReading, FigureReading]] = []
    unordered = False
    by_search = by_moment = False  # what let the unordered pairs move: both reports searching / a moment said
    for i, a in enumerate(readings):
        for b in readings[i + 1:]:
            if a.source == b.source or _overlap(a, b) or not _same_claimant(a, b):
                continue
            order = _moment_order(moments[id(a)], moments[id(b)])
            if order == 0:
                return False  # one moment, two counts
            if order is not None:
                earlier, later = (a, b) if order < 0 else (b, a)
                if not (later.low > earlier.high if direction > 0 else later.high < earlier.low):
                    return None  # a later count against the way: the rules before decide
                ordered.append((earlier, later))
                continue
            if _one_statement(a, b, by_id, mc):
                return False
            if parts[id(a)] is not None and parts[id(a)] == parts[id(b)]:
                return False  # both as of the same part of the day ("hingga Senin pagi"): one moment, two counts
            if not (as_of_a_moment(a) or as_of_a_moment(b)):
                if not (searching(a) and searching(b)):
                    return None
                by_search = True
            else:
                by_moment = True
            unordered = True
    if not ordered and not unordered:
        return None
    # the timed figures in time order (wall clock), then the rest along the count's way
    in_order = sorted(readings, key=lambda r: (moments[id(r)] is None,
                                               moments[id(r)].when.replace(tzinfo=None) if moments[id(r)]
                                               else datetime.min, r.low * direction))
    points = []
    for r in in_order:
        m = moments[id(r)]
        if m is None:
            points.append(_point(r))
        else:
            moment = message("moment.as_of" if m.as_of else "moment.published", time=m.when.strftime("%H:%M"))
            points.append(message("figure.point_moment", figure=figure_value(r), claimant=_claimant(r),
                                  outlet=r.outlet, moment=moment))
    way = message("way.higher" if direction > 0 else "way.lower")
    if unordered:
        key = "figure.moves_while_searching" if by_search and not by_moment else "figure.moves_unordered"
        return message(key, subject=subject, day=on, figures=joined(points, "; "), way=way)
    gap = max(int((_wall_time(moments[id(lt)], moments[id(er)]) - _wall_time(moments[id(er)], moments[id(lt)]))
                  .total_seconds() // 60) for er, lt in ordered)
    return message("figure.moves_in_day", subject=subject, day=on, figures=joined(points, "; "), way=way,
                   span=_span_message(gap))


def _floors_passed_in_day(readings: list[FigureReading]) -> list[FigureReading]:
    """The readings of one day, from different sources and one claimant, in which a floor given
    earlier (by publication minute) is passed by a later figure; none when a reading has no minute."""
    out: list[FigureReading] = []
    for i, a in enumerate(readings):
        for b in readings[i + 1:]:
            if a.source == b.source or not _same_claimant(a, b):
                continue
            minutes = (_published_minute(a), _published_minute(b))
            if None in minutes or minutes[0] == minutes[1]:
                continue
            earlier, later = sorted((a, b), key=_published_minute)
            if _floor_passed(earlier, later):
                out.extend(x for x in (earlier, later) if x not in out)
    return out


def _lead_of(d: Document) -> str:
    return d.text[d.sentences[0][0]:d.sentences[0][1]] if d.sentences else d.text[:300]


def _markets_language(language: str | None) -> str:
    # English has market words of its own (none today); any other language, or none detected, reads Indonesian's
    return language if language in ("id", "en") else "id"


def _trading_moment(d: Document | None) -> str | None:
    if d is None:
        return None
    return _moment_of_lead(d.title or "", _lead_of(d), _markets_language(d.language))


def _market_report(d: Document | None) -> bool:
    return d is not None and names_a_market(d.title or "", _lead_of(d), _markets_language(d.language))


def _other_trading_moments(a: FigureReading, b: FigureReading, by_id: dict[str, Document]) -> bool:
    """Two market reports of one day that do not say they are of one moment of its trading: their index levels,
    turnovers and sector moves are two moments' figures (the midday break and the close; or a report that names
    no moment, written at whatever minute it was), neither a clash nor a count moving in a way a checker would
    flag (a tune gold's IHSG day lists none). Two reports of the same named moment that ends a stretch of trading
    (the close, the midday break) are compared; two of the opening are two minutes' readings (``running``)."""
    da, db = by_id.get(a.doc), by_id.get(b.doc)
    ma, mb = _trading_moment(da), _trading_moment(db)
    if ma is not None and ma == mb:
        return ma in _market_moments(_markets_language(da.language if da is not None else None)).running
    if ma is not None and mb is not None:
        return True
    return _market_report(da) and _market_report(db)


def settled_readings(group: list[FigureReading]) -> list[FigureReading]:
    """disc58: the readings of one count of a happening's harm that is settled once it is over (the injured of a crash),
    each dated by the day its report tells the happening happened, when every one of them has such a day
    (``FigureReading.happening_day``): a report printed the next day gives the first day's count, so two values are
    two versions of it, not a revision. Otherwise (a report with no such day, or one telling of a search still going
    on) the readings as they are, each dated by its own report."""
    if not group or any(r.happening_day is None for r in group):
        return group
    return [replace(r, date=r.happening_day, settled=True) for r in group]


def _subject_discrepancies(story: str, group: list[FigureReading], by_id: dict[str, Document]) -> list[Discrepancy]:
    """The discrepancies of one thing counted: per scope, same-day contradictions (same
    claimant), same-day disagreements between claimants, and the figure over time; across
    scopes, one item saying the scopes differ."""
    group = settled_readings(group)
    what = figure_subject(group[0])
    readings = _distinct(group)
    copies = _copies(group)
    out: list[Discrepancy] = []
    by_scope: dict[tuple, list[FigureReading]] = defaultdict(list)
    over_days = len({r.date for r in readings if r.date}) > 1
    for r in readings:
        by_scope[_scope_key(r, over_days)].append(r)
    given: dict[tuple, list[FigureReading]] = defaultdict(list)  # every reading of a scope and day, copies too
    for r in group:
        given[(_scope_key(r, over_days), r.date)].append(r)
    any_differ = False
    kept_by_scope: dict[tuple, list[FigureReading]] = {}  # each scope's readings less its sources' breakdowns
    for key, scope_readings in by_scope.items():
        subject = _subject(what, scope_readings[0], over_days)
        # a fixed property (a depth, a length, an age) never rises or falls with the days: its values clash
        # disc53: so is the number of people on board a vehicle, when a reading of the scope is told as carried
        # by it or inside it (the others count the same people: "jumlah penumpang sekitar 40 orang")
        # disc67: and so is a load told as carried by a vehicle (the cash a sunk ferry had in it), when a reading of
        # the scope is told so (another outlet's "uang tunai Rp35 miliar" is the same money)
        fixed = fixed_scope(scope_readings, by_id) or any(r.on_board or carried_load(r, by_id.get(r.doc))
                                                          for r in scope_readings)
        by_day: dict[str | None, list[FigureReading]] = defaultdict(list)
        for r in scope_readings:
            by_day[r.date].append(r)
        # a source's breakdown of a count on a day is neither a clash nor a step of its series
        by_day = {day: _whole_counts(rs, given[(key, day)]) for day, rs in by_day.items()}
        scope_readings = [r for rs in by_day.values() for r in rs]
        kept_by_scope[key] = scope_readings
        for day, day_readings in sorted(by_day.items(), key=lambda kv: kv[0] or ""):
            clash: list[FigureReading] = []
            between: list[FigureReading] = []
            for i, a in enumerate(day_readings):
                for b in day_readings[i + 1:]:
                    if a.source == b.source or _overlap(a, b) or _other_trading_moments(a, b, by_id):
                        continue
                    target = clash if _same_claimant(a, b) else between
                    target.extend(x for x in (a, b) if x not in target)
            on = message("day.on", date=date_arg(day)) if day else message("day.none")
            # the same claimant's floor passed by a later report of the day is a step of a rising
            # toll too ("sedikitnya delapan" at 17:45, "10" at 20:36)
            floors = _floors_passed_in_day(day_readings) if day else []
            steps = clash + [r for r in floors if r not in clash]
            # disc32: a count of people that moves one way during the day (the dead rise, the missing fall),
            # read with each figure's own as-of time; one moment for two counts is a clash whatever else says
            moving = _moved_during_the_day(steps, subject, on, by_id, given[(key, day)], by_day) if steps and day else None
            if isinstance(moving, dict):
                any_differ = True
                out.append(_figure_item(story, "evolving", steps, copies=copies, explanation=moving))
            # disc58: a settled count (the injured of a crash over, each dated by its happening's day) never rises
            # through the day: its reports' differing values are two versions
            elif moving is None and steps and day and not fixed and not all(r.settled for r in steps) and (
                    _rises_through_the_day(steps) or
                                                                    _falls_on_the_way(steps, day, by_day)):
                any_differ = True
                in_order = sorted(steps, key=lambda r: r.published or "")
                moved = "figure.rises_in_day" if in_order[0].low < in_order[-1].low else "figure.falls_in_day"
                out.append(_figure_item(story, "evolving", steps, copies=copies, explanation=message(
                    moved, subject=subject, day=on, figures=joined([_point(r) for r in in_order], "; "))))
            elif clash:
                any_differ = True
                out.append(_figure_item(story, "contradiction", clash, copies=copies, explanation=message(
                    "figure.contradiction", subject=subject, day=on, figures=joined([_point(r) for r in clash], "; "))))
            if between:
                any_differ = True
                # in the order of their English names, the unnamed claimant among them
                unnamed = english(message("claimant.none"))
                names = sorted({r.claimant_name or unnamed for r in between})
                claimants = [message("claimant.none") if n == unnamed else n for n in names]
                out.append(_figure_item(story, "explained", between, copies=copies, explanation=message(
                    "figure.claimant", subject=subject, day=on, figures=joined([_point(r) for r in between], "; "),
                    claimants=joined(claimants, " vs "))))
        dates = sorted({r.date for r in scope_readings if r.date})
        # a floor passed on a later day ("sedikitnya 20" on Monday, 34 on Tuesday) is a change too; a
        # price's change is each day's own (a fall of Rp 18.000 on Tuesday and of Rp 1.000 on Friday
        # are two days' moves, not one figure revised), so it is set against others of its day only
        changed = not _daily_change(group[0]) and len(dates) > 1 and any(
            a.date != b.date and (not _overlap(a, b) or (a.date < b.date and _floor_passed(a, b)))
            for a in scope_readings for b in scope_readings if a.date and b.date)
        if changed:
            any_differ = True
            rising = _rises(scope_readings)
            if fixed:
                out.append(_figure_item(story, "contradiction", scope_readings, copies=copies, explanation=message(
                    "figure.fixed_property", subject=subject, series=_series(scope_readings))))
            elif not rising and _falls_against_the_toll(scope_readings):  # up and down, or only down
                out.append(_figure_item(story, "contradiction", scope_readings, copies=copies, explanation=message(
                    "figure.toll_fell", subject=subject, series=_series(scope_readings))))
            elif rising is None:
                out.append(_figure_item(story, "explained", scope_readings, copies=copies, explanation=message(
                    "figure.revised", subject=subject, series=_series(scope_readings))))
            else:
                out.append(_figure_item(story, "evolving", scope_readings, copies=copies, explanation=message(
                    "figure.rises" if rising else "figure.falls", subject=subject, series=_series(scope_readings))))
    if len(by_scope) > 1:
        # two scopes differ when a figure of one agrees with no figure of the other ("about 50" and "20"
        # with no place said, "20" in the terminal), whichever figure of each comes first; the same
        # figures in both ("81" and "more than 580" with and without a period) do not
        scopes = list(by_scope.values())
        if over_days:
            # over days, a source's breakdown of a day (parts told with the day's whole) is set against no
            # other scope either: only each scope's readings its series is made of, less a source's part of
            # another scope's figure it gives that day ("telah menemukan 3 jenazah" at one place beside
            # "mencapai 21 orang" in the same report)
            kept = [r for rs in kept_by_scope.values() for r in rs]
            scopes = [[r for r in rs if not any(o.source == r.source and o.date == r.date and
                                                _scope_key(o, over_days) != _scope_key(r, over_days) and
                                                not _overlap(o, r) for o in kept)]
                      for rs in kept_by_scope.values()]
            scopes = [rs for rs in scopes if rs]
        # two named places (a district's 3,000 evacuees on Tuesday, the regency's 4,500 on Wednesday) differ by what
        # the text says they count, whatever the day; a place against figures naming none (the landslide's site, the
        # toll told without a place) may be the one count on another day, so over days only the days both give count
        def apart(ra: list[FigureReading], rb: list[FigureReading]) -> bool:
            by_day = over_days and (ra[0].place_key is None or rb[0].place_key is None)
            return _lone_figure(ra, rb, by_day) or _lone_figure(rb, ra, by_day)

        if any(apart(ra, rb) for i, ra in enumerate(scopes) for rb in scopes[i + 1:]):
            any_differ = True
            lines = [message("figure.scope_line", scope=_scope_message(rs[0], over_days) or message("scope.none"),
                             figures=_claim_lines(rs))
                     for rs in sorted(by_scope.values(), key=lambda rs: (_scope_text(rs[0], over_days), rs[0].low))]
            # "each figure counts another scope" is said only when it is so: a scope whose own figures differ (a
            # toll over days with no place said, beside a district's count) is explained in part, and says so
            within = any(not _all_overlap(rs) for rs in by_scope.values())
            out.append(_figure_item(story, "explained", readings, copies=copies, explanation=message(
                "figure.scope_and_more" if within else "figure.scope", what=what, scopes=joined(lines, "; "))))
    # "compatible" says the values overlap: only when every two sources' values do
    overlapping = all(_overlap(a, b) for i, a in enumerate(readings) for b in readings[i + 1:] if a.source != b.source)
    # the same value written alike by every source (one figure in two claims, claimed by a named
    # and an unnamed source) says nothing a reader needs
    if not any_differ and overlapping and len({r.claim for r in readings}) > 1 and _values_differ(readings):
        out.append(_figure_item(story, "compatible", readings, copies=copies, explanation=message(
            "figure.compatible", what=what, figures=_claim_lines(readings))))
    return out


def _daily_change(r: FigureReading) -> bool:
    """True when the reading is a change of a price ("penurunan harga emas per gram", "kenaikan harga
    cabai"): a move from one day's level to the next, which a later day's move does not revise."""
    rw = reconcile_words()
    am = rw.amount_measures
    tokens = words(r.measure or "")
    if am is None or not tokens or tokens[0] not in change_nouns(rw):
        return False
    return (bool(am.price_noun) and am.price_noun in tokens) or any(w in am.per_words for w in tokens)


def _lone_figure(ra: list[FigureReading], rb: list[FigureReading], over_days: bool = False) -> bool:
    """A figure of ``ra`` whose values no figure of ``rb`` allows. Over days, a dated figure is set only
    against ``rb``'s figures of its own day: a toll "in total" of 32 on Monday differs from no figure
    "with no scope" that rose to 28 on Saturday and 40 on Tuesday; a day neither scope shares says
    nothing of how the scopes differ; nor does the one source's own part of the day's whole ("Tim SAR
    kembali menemukan 3 jenazah" at one place, "mencapai 21 orang" in the same report)."""
    # who claims each figure: the named claimants of every reading of its claim (an outlet repeating the SAR
    # office's 13 in its own words names no one, but the figure is the office's)
    named: dict[str, set[str]] = defaultdict(set)
    for r in (*ra, *rb):
        if r.claimant_key:
            named[r.claim].add(r.claimant_key)

    def same_claimant(a: FigureReading, b: FigureReading) -> bool:
        keys_a, keys_b = named.get(a.claim, set()), named.get(b.claim, set())
        return not keys_a or not keys_b or bool(keys_a & keys_b)

    for a in ra:
        if a.date and over_days:
            # another source's figure of the day, unless the two are a count rising through the day (11 in
            # the morning's report, 13 at the site in the afternoon's) or two claimants' (BPBD's 11 and the
            # SAR office's 13: their claimants tell them apart, not a scope)
            same_day = [b for b in rb if b.date == a.date and b.source != a.source and same_claimant(a, b)
                        and not _rises_through_the_day([a, b])]
            if same_day and not any(_overlap(a, b) for b in same_day):
                return True
            # a figure beyond every value a series of the other scope went through (274 at the crash site on
            # Saturday; 241 and 260 with no place said): the series never counted it; one inside that span (13 at
            # the site on Monday; 11 to 40 with no place said over ten days) may be the series on another day
            # (a source's own part of its day's whole, "3 jenazah" found today beside "21 orang" in all, is neither)
            values = {(b.low, b.high) for b in rb}
            own_whole = any(b.source == a.source and b.date == a.date for b in rb)
            if len(values) > 1 and not own_whole and not any(_overlap(a, b) for b in rb) and (
                    a.high < min(lo for lo, _ in values) or a.low > max(hi for _, hi in values)):
                return True
        elif not any(_overlap(a, b) for b in rb):
            return True
    return False


def _values_differ(readings: list[FigureReading]) -> bool:
    """The readings give more than one value or qualifier ("7" / "at least 7", "Rp3,9 miliar" /
    "Rp3.905.409.473"), not the one figure each time."""
    return len({(r.low, r.high, r.quantity.qualifier) for r in readings}) > 1


MEASURE_MIN_WORDS = 2  # words (not a "per" unit) a measure needs to be joined with a fuller one


def _per_words() -> frozenset[str]:
    """The words that open an amount's "per" unit ("per", "setiap", "/")."""
    am = reconcile_words().amount_measures
    return am.per_words if am else frozenset()


def _per_part(measure: str, per: frozenset[str]) -> tuple[str, ...]:
    """The unit a measure is for each of ("per lembar" of "dividen tunai per lembar"), () for a total."""
    tokens = words(measure)
    return tuple(tokens[i + 1] for i, w in enumerate(tokens[:-1]) if w in per)


def _fuller_measures(keys: set[tuple]) -> dict[tuple, tuple]:
    """Each subject whose measure is said more briefly by another outlet, mapped to the fuller one:
    "gross national income gni" and "gross national income gni per kapita" are one measure, the
    words of one all in the other (same unit and owner). Only when the fuller measures nest in one
    another: a measure inside two measures that differ ("harga" in "harga emas" and "harga perak")
    may be either, so it stays apart."""
    rw = reconcile_words()
    per = rw.amount_measures.per_words if rw.amount_measures else frozenset()
    measure_words = {k: frozenset(words(k[2])) for k in keys if k[2]}
    out: dict[tuple, tuple] = {}
    for k, ws in measure_words.items():
        # one head noun ("harga", "harga per kg") is the measure of many things: it joins nothing
        tokens = words(k[2])
        named = [w for i, w in enumerate(tokens) if w not in per and (i == 0 or tokens[i - 1] not in per)
                 and w not in rw.stopwords]
        if len(named) < MEASURE_MIN_WORDS:
            continue
        # a record ("harga buyback tertinggi") is not the level its words without the extreme name
        extremes = rw.amount_measures.extreme_links if rw.amount_measures else frozenset()
        wider = [o for o, ow in measure_words.items() if o[:2] == k[:2] and ws < ow and not (ow - ws) & extremes]
        if not wider:
            continue
        widest = max(wider, key=lambda o: len(measure_words[o]))
        if all(measure_words[o] <= measure_words[widest] for o in wider):
            out[k] = widest
    return out


def _bare_changes(keys: set[tuple]) -> dict[tuple, tuple]:
    """Each subject that is a change of an amount naming no item, mapped to that change alone:
    "penurunan harga" ("Sehari sebelumnya, harga juga terkoreksi Rp 7.000") and "penurunan
    pelemahan per gram" ("pelemahan hari sebelumnya yang sudah turun Rp 8.000 per gram") are one
    story's fall of its price. A change that names its item ("penurunan harga buyback emas") keeps
    its measure, and a fall never meets a rise."""
    rw = reconcile_words()
    am = rw.amount_measures
    if am is None:
        return {}
    changes = change_nouns(rw)
    out: dict[tuple, tuple] = {}
    for k in keys:
        unit, _, measure = k
        if not measure or unit not in am.units:
            continue
        tokens = words(measure)
        if not tokens or tokens[0] not in changes:
            continue
        rest, after_per = [], False
        for w in tokens[1:]:
            if after_per:  # the unit a rate is per ("per gram") names no item
                after_per = False
                continue
            if w in am.per_words:
                after_per = True
                continue
            rest.append(w)
        direction = tokens[0]
        # "penurunan" alone says nothing of what fell: no join
        if rest and all(w == am.price_noun or am.change_noun_forms.get(w) == direction for w in rest):
            # keyed as the change of the price ("penurunan harga"), never as a bare "penurunan", which
            # says nothing of what fell
            out[k] = (unit, k[1], f"{direction} {am.price_noun}" if am.price_noun else direction)
    return out


def figure_discrepancies(story: str, readings: list[FigureReading], by_id: dict[str, Document]) -> list[Discrepancy]:
    """The figure discrepancies of each thing counted whose figures differ across independent
    sources: a contradiction lists only the figures that clash (same thing, scope, claimant
    and day); a count over days is one evolving series per scope, each claimant's figures in
    order; differences of scope or claimant are explained, each saying which."""
    if len({r.source for r in readings}) < 2:
        # every group compared below needs two sources (its corrections too): a story told by one
        # outlet (most stories: one report) has none, and its measures and places are not read
        return []
    by_subject: dict[tuple, list[FigureReading]] = defaultdict(list)
    comparable = [r for r in readings if r.comparable]
    fuller = _fuller_measures({r.subject_key for r in comparable})
    # a source giving a total and an amount for each unit of it ("dividen tunai Rp 32,30 miliar atau Rp 3,69 per
    # lembar saham") tells the two apart itself: the total is not the rate said briefly ("GNI" for "GNI per
    # kapita" in another outlet is)
    per = _per_words()
    keys_of_source: dict[str, set[tuple]] = defaultdict(set)
    for r in comparable:
        keys_of_source[r.source].add(r.subject_key)
    # an amount for each holder ("hadiah per masing-masing") is never another outlet's total said briefly
    respective = frozenset(reconcile_words().respective_words)
    fuller = {k: w for k, w in fuller.items()
              if _per_part(k[2], per) == _per_part(w[2], per)
              or (not any(k in ks and w in ks for ks in keys_of_source.values())
                  and not respective & set(_per_part(w[2], per)))}
    bare = _bare_changes({r.subject_key for r in comparable})
    # disc50: the event's own town or region, told from every figure of the story (a region's count with no measure,
    # "8 orang di Kabupaten Mekarsari", still names a second region of the event)
    event_places = _event_places(readings, [by_id[d].text.lower() for d in sorted({r.doc for r in readings})
                                            if d in by_id], reconcile_words())
    for r in comparable:
        by_subject[bare.get(r.subject_key) or fuller.get(r.subject_key, r.subject_key)].append(r)
    out = []
    for group in by_subject.values():
        if len({r.claim for r in group}) < 2 or len({r.source for r in group}) < 2:
            continue
        if not _counts_things(group[0]):
            out.extend(_subject_discrepancies(story, group, by_id))
            continue
        # disc40: a count its own report corrects downward is never set against the counts of its day; a figure
        # told after a cue but not corrected ("Sebelumnya, Korea Selatan juga mencatat kedatangan 1.500 tentara":
        # an earlier day's count) stays in the comparisons and the series over time
        corrections, corrected = _corrections_told(story, group)
        current = [r for r in group if id(r) not in corrected]
        if len({r.claim for r in current}) >= 2 and len({r.source for r in current}) >= 2:
            out.extend(_subject_discrepancies(story, _places_only_told_at(current, event_places), by_id))
        out.extend(corrections)
    return out


def _names_a_site(r: FigureReading, rw: ReconcileWords) -> bool:
    """Whether a figure's place is a site where counted people are taken, found or told of: a name opened by a head
    word of ``count_sites`` ("RSUD Cibabat", "Pelabuhan Gilimanuk", "Rumah Sakit Polri"), never a town or region."""
    name = " ".join((r.place_name or "").lower().split())
    return any(name == head or name.startswith(head + " ") for head in rw.count_sites)


def _counts_things(r: FigureReading) -> bool:
    """Whether a figure counts people or things, not an amount or a share: an amount told with a place is most often
    that place's own (a regency's minimum wage), and "sebelumnya" before a price is the day before's move ("Sebelumnya,
    harga emas turun Rp 8.000"), not an earlier report of the same figure."""
    am = reconcile_words().amount_measures
    return am is None or r.unit not in am.units


def _corrections_told(story: str, group: list[FigureReading]) -> tuple[list[Discrepancy], set[int]]:
    """One item for the earlier figures of one thing counted that their own reports correct downward ("Sebelumnya
    kami melaporkan ada 130 korban jiwa. Tapi setelah ... penghitungan ulang, ternyata korban tewas sebanyak 125
    jiwa"): each earlier figure above every count its report gives now for that day, shown beside those counts as
    the later correction. The outlets resolved it themselves, so it is explained, not a contradiction between them;
    an earlier figure below the count now is the count rising, which the series of the day shows. Also gives the
    ids of the readings corrected: they leave the comparisons of their day, every other reading stays in them."""
    current = [r for r in group if not r.earlier]
    corrected: list[FigureReading] = []
    later: list[FigureReading] = []
    for e in (r for r in group if r.earlier):
        now = [c for c in current if c.doc == e.doc] or [c for c in current if c.source == e.source and c.date == e.date]
        # the count now is the report's largest: the rest are its parts ("RSUD Teja Husada 13 korban jiwa")
        whole = max((c.high for c in now), default=None)
        if whole is not None and whole < e.low:
            corrected.append(e)
            later.extend(c for c in now if c.high == whole and c not in later)
    if not corrected:
        return [], set()

    def shown(readings: list[FigureReading]) -> list[Message]:
        # one line per value, claimant and outlet: a count told twice in one report (with and without its place) once
        once = {(r.low, r.high, r.claimant_key, r.outlet): r for r in sorted(readings, key=lambda r: r.published or "")}
        return [_point(r) for r in sorted(once.values(), key=lambda r: (r.published or "", r.low))]

    return [_figure_item(story, "explained", _distinct(corrected) + _distinct(later), copies=_copies(group),
                         explanation=message("figure.corrected", subject=figure_subject(group[0]),
                                             earlier=joined(shown(corrected), "; "), later=joined(shown(later), "; ")))], \
        {id(r) for r in corrected}


def _event_places(readings: list[FigureReading], report_texts: list[str], rw: ReconcileWords) -> frozenset[str]:
    """The place keys of the event's own town or region: a place of the story's figures whose name, without its head
    word ("Kabupaten"), at least ``event_place_counts.share`` of the story's reports name ("Sukamaju" in every report
    of a landslide there). When two places of one kind pass (floods in "Kabupaten Sukamaju" and "Kabupaten
    Mekarsari"), the event spans both and each is a part: neither is taken. When places of two administrative levels
    pass (``event_place_counts.levels``: the flood's district and the hamlet where some of its dead were found), only
    the widest is the event's. None for fewer than ``min_reports``."""
    if len(report_texts) < rw.event_place_min_reports:
        return frozenset()
    heads = {w.lower() for w in rw.place_words}
    keys: dict[str, set[str]] = defaultdict(set)
    kind_of: dict[str, str] = {}
    for r in readings:
        if not r.place_key or not r.place_name:
            continue
        ws = r.place_name.lower().split()
        name = " ".join(w for w in ws if w not in heads)
        if name:
            keys[name].add(r.place_key)
            kind_of.setdefault(name, ws[0] if ws[0] in heads else "")
    passing: dict[str, list[str]] = defaultdict(list)
    for name, kind in kind_of.items():
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)")
        if sum(1 for t in report_texts if pattern.search(t)) >= rw.event_place_share * len(report_texts):
            passing[kind].append(name)
    # the widest level named is the event's; a narrower level passing too is a part of it (a hamlet's dead)
    ranked = [rw.event_place_levels.index(kind) for kind in passing if kind in rw.event_place_levels]
    widest = min(ranked, default=None)
    return frozenset(k for kind, names in passing.items() if len(names) == 1
                     and (widest is None or kind not in rw.event_place_levels
                          or rw.event_place_levels.index(kind) == widest)
                     for k in keys[names[0]])


def _places_only_told_at(group: list[FigureReading], event_places: frozenset[str] | None = None) -> list[FigureReading]:
    """The readings of one thing counted, a place kept as a figure's scope only where a source shows it is a part.

    "41 jenazah ... di RSUD Kabupaten Tangerang", "data korban meninggal dari posko gabungan di Pelabuhan Gilimanuk,
    terkonfirmasi 7 orang", "20 bus di Pool Terminal Rawa Buaya": the place says where the counted people were taken,
    found or told of, not another population, and the count is the one every outlet gives. A place is another
    population when a source sets its figure beside a different figure of the same thing on the same day, with no
    place or another place ("29 korban luka dirujuk ke RSUD Morowali" beside "59 orang", "Jakarta Timur 7, Kabupaten
    Bogor 11"): only then does the place stay the figure's scope. Otherwise the figure joins the counts told with no
    place, so two outlets' different counts of one population are set against each other (a contradiction, or the
    claimants' difference) instead of being "explained" by the places they were told at. Counts of people and things
    only (``_counts_things``), and sites only (``_names_a_site``): an area ("Kursk" against "Rusia in total", "Los
    Angeles", "Kecamatan Pronojiwo") holds people of its own, except the event's own place for its victims
    (``event_places``, from ``_event_places``; its victims: ``event_place_counts.measures``)."""
    rw = reconcile_words()
    event = event_places or frozenset()
    parts: set[str] = {r.place_key for r in group if r.place_key and not _names_a_site(r, rw)
                       and not (r.place_key in event and r.measure in rw.event_place_measures)}
    for r in group:
        if r.place_key and r.place_key not in parts and any(
                o.source == r.source and o.date == r.date and o.place_key != r.place_key and not _overlap(o, r)
                for o in group):
            parts.add(r.place_key)
    return [replace(r, place_key=None, place_name=None) if r.place_key and r.place_key not in parts else r
            for r in group]


# --------------------------------------------------------------------------- attribution


def _expand_role(text: str, rw: ReconcileWords) -> set[str]:
    out: list[str] = []
    for w in words(text):
        out.extend(rw.role_abbreviations.get(w, w).split())
    return {w for w in out if w not in rw.stopwords}


def spokesperson_for(speaker: Entity | None, principal: Entity | None, rw: ReconcileWords | None = None) -> bool:
    """True when one of ``speaker``'s roles is a spokesperson of ``principal`` (by role or name):
    "juru bicara Sekjen PBB" speaks for the one whose role is "Sekretaris Jenderal PBB"."""
    rw = rw or reconcile_words()
    if speaker is None or principal is None:
        return False
    principal_words = set().union(*(_expand_role(t, rw) for t in [principal.name, *principal.aliases, *principal.roles]))
    for role in speaker.roles:
        low = role.lower()
        for cue in rw.spokesperson_roles:
            if cue in low:
                rest = _expand_role(low.split(cue, 1)[1], rw)
                if rest and rest <= principal_words:
                    return True
    return False


NESTED_NAME_MIN_WORDS = 2  # a surname alone inside a longer name may be another person
GLUED_STEM_MIN = 3  # "Kluivertmengungkapkan": a name word this long at least before a glued verb


def _unglued(name_words: list[str], rw: ReconcileWords) -> list[str]:
    """A name's words with a speech verb glued to its last word dropped: scrapers that lose the
    spaces around a link turn "Kluivert mengungkapkan" into "Kluivertmengungkapkan"."""
    if not name_words:
        return name_words
    last = name_words[-1]
    for verb in rw.speech_words:
        if len(last) - len(verb) >= GLUED_STEM_MIN and last.endswith(verb):
            return [*name_words[:-1], last[:-len(verb)]]
    return name_words


def _speaker_words(name: str | None, rw: ReconcileWords) -> list[str]:
    """A speaker's name as words compared across outlets: no case or diacritics, no glued verb."""
    return _unglued(words(normalise_name(name or "")), rw)


def _name_words(name: str | None, rw: ReconcileWords) -> list[str]:
    """A speaker's name words without the forms of address or titles opening it ("Dr Asif" is
    named "Asif") and without an office written in one word after it ("ujar Budi Arie Menkominfo
    tersebut" is Budi Arie's name and his office, ``office_words``), unless nothing else is left
    ("Ngarsa Dalem")."""
    ws = _speaker_words(name, rw)
    k = 0
    while k < len(ws) - 1 and ws[k] in rw.honorifics:
        k += 1
    end = len(ws)
    offices = office_words()
    while end > k + 1 and ws[end - 1] in offices:
        end -= 1
    return ws[k:end]


def _merge_nested_names(speakers: dict[str, list[QuoteReading]],
                        rw: ReconcileWords | None = None) -> dict[str, list[QuoteReading]]:
    """Speakers whose names nest ("Ngurah Pranajaya" in "PGS Corporate Secretary ... Anak Agung
    Ngurah Pranajaya"), end in the same two words ("GubernurAksarayMehmet Ali Kumbuzoğlu" /
    "Aksaray Mehmet Ali Kumbuzoglu") or are one name once a glued speech verb is dropped ("Patrick
    Kluivertmengungkapkan") are one person the entity links left apart: their readings join the
    fuller name's. A name of one word joins only the same name (a surname alone may be another person)."""
    rw = rw or reconcile_words()
    names = {key: _name_words(rs[0].speaker_name, rw) for key, rs in speakers.items()}
    order = {key: k for k, key in enumerate(speakers)}

    def inside(short: str, long: str) -> bool:
        s, t = names[short], names[long]
        if s == t and s:
            # one name the linker gave two entities ("Jajang" tagged a person in one text, a
            # place in the other): one speaker, however short the name
            return order[long] < order[short]
        if len(s) < NESTED_NAME_MIN_WORDS or len(s) > len(t):
            return False
        # the same name (it joins the first one seen), or the same last words after a title or
        # place glued to the first ("GubernurAksarayMehmet Ali Kumbuzoğlu" / "Aksaray Mehmet Ali
        # Kumbuzoglu"): both end in the shorter name's last words
        same_end = s[-NESTED_NAME_MIN_WORDS:] == t[-NESTED_NAME_MIN_WORDS:]
        if len(s) == len(t):
            return (s == t or same_end) and order[long] < order[short]
        return same_end or any(t[i:i + len(s)] == s for i in range(len(t) - len(s) + 1))

    # each name goes to the fullest name it is part of (first seen, when two are as full)
    owner = {key: key for key in speakers}
    raw = {key: rs[0].speaker_name or "" for key, rs in speakers.items()}
    for key in speakers:
        fuller = [k for k in speakers if k != key and (inside(key, k) or _initialled(raw[key], names[k], rw))]
        if fuller:
            owner[key] = max(fuller, key=lambda k: (len(names[k]), -order[k]))
    merged: dict[str, list[QuoteReading]] = {}
    for key, rs in speakers.items():  # in the order the speakers came
        merged.setdefault(owner[key], []).extend(rs)
    return merged


_ROMAN = re.compile(r"^[IVXLC]+$")  # a regnal number ("Sultan HB X"), no word of the name


def _initialled(short: str, full_words: list[str], rw: ReconcileWords) -> bool:
    """``short`` is the name ``full_words`` spell out with some words written as initials:
    "Sultan HB X" for "Sri Sultan Hamengku Buwono" (HB: Hamengku Buwono; X a regnal number).
    At least one word besides the initials must be the full name's, so "HB" alone joins nothing."""
    initials = plain = 0
    for token in short.split():
        if _ROMAN.match(token):
            continue
        if token.isupper() and 2 <= len(token) <= 4:
            n, letters = len(token), token.lower()
            if any("".join(w[0] for w in full_words[i:i + n]) == letters for i in range(len(full_words) - n + 1)):
                initials += 1
                continue
            return False
        if not set(words(normalise_name(token))) <= set(full_words):
            return False
        plain += 1
    return initials > 0 and plain > 0


GLUED_NAME_MIN = 5  # a one-word name this long found inside a glued word of another name is that name


def _name_part_of_other(heads: list[QuoteReading],
                        rw: ReconcileWords) -> tuple[QuoteReading, QuoteReading, bool] | None:
    """(short, full, last) when one speaker is named by one word of the other's name: its last
    ("Suyamto" / "Mokhamad Suyamto"), or another, since Indonesian names have no family name
    and a person goes by any of them ("Jeffry" / "I Nengah Jeffry Prana Widnyana", "Agung" /
    "Agung Nugroho"), or glued inside a word of it by a scraper ("RIHabiburokhmandalam").
    Perhaps one person, perhaps two sharing a name: neither can be told from the names, so it
    is no contradiction."""
    a, b = heads
    wa, wb = _name_words(a.speaker_name, rw), _name_words(b.speaker_name, rw)
    for short, full, ws, wf in ((a, b, wa, wb), (b, a, wb, wa)):
        if len(ws) != 1 or ws == wf:
            continue
        word = ws[0]
        if len(wf) > 1 and word in wf:
            return short, full, word == wf[-1]
        if len(word) >= GLUED_NAME_MIN and any(word in w and w != word for w in wf):
            return short, full, False
    return None


_GLUED_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "JaksaKPK": a scraper lost the space


def _office_words(name: str | None, rw: ReconcileWords) -> set[str] | None:
    """The words of a speaker named by an office ("Mendag", "jaksa", "JaksaKPK", "Menteri
    Budi"), short forms spelt out; None when the name does not open with a role word."""
    spaced = _GLUED_CAPITAL.sub(" ", name or "")
    tokens = words(spaced.lower())
    # a whole head opens it ("jaksa", "Mendag"), not a word of one ("Agung" of "Jaksa Agung")
    heads, lengths = _role_head_lookup()
    if not any(tuple(tokens[:n]) in heads for n in lengths):
        return None
    return _expand_office(spaced, rw)


@lru_cache(maxsize=1)
def _role_head_lookup() -> tuple[frozenset[tuple[str, ...]], tuple[int, ...]]:
    """The role heads as a set and their lengths: whether a name opens with a head is a look-up
    per length (a handful), not a comparison per head (hundreds), for every quote of a story."""
    heads = load_role_words().heads
    return frozenset(heads), tuple(sorted({len(h) for h in heads}))


def _office_of_other(heads: list[QuoteReading], entities: dict[str, Entity],
                     rw: ReconcileWords) -> tuple[QuoteReading, QuoteReading] | None:
    """(office, person) when one outlet names the speaker by an office the other outlet's speaker
    holds ("kata Mendag" / "kata Budi Santoso", Menteri Perdagangan; "kata jaksa" / "kata Wawan
    Yunarwanto", Jaksa KPK): one person named two ways."""
    a, b = heads
    for office, person in ((a, b), (b, a)):
        said = _office_words(office.speaker_name, rw)
        holder = entities.get(person.speaker_key or "")
        if not said or holder is None or not holder.roles:
            continue
        held = set().union(*(_expand_office(r, rw) for r in holder.roles))
        if said <= held | set(words((holder.name or "").lower())):
            return office, person
    return None


def _expand_office(role: str, rw: ReconcileWords) -> set[str]:
    """A role's words, its short forms spelt out ("Mendag" → menteri, perdagangan)."""
    abbreviations = load_role_abbreviations()
    return {w for t in words(role.lower()) for w in abbreviations.get(t, t).split() if w not in rw.stopwords}


def join_office_speakers(readings: list[QuoteReading], entities: dict[str, Entity],
                         rw: ReconcileWords | None = None) -> None:
    """A quote one source gives to an office ("ujar hakim") and another to the person holding it
    ("kata Rosihan Juhriah Rangkuti", the judge) is one person's: the office reading takes the
    person's speaker key, so the two readings make one quote claim whose wording is compared."""
    rw = rw or reconcile_words()
    offices = [r for r in readings if r.speaker_key and _office_words(r.speaker_name, rw)]
    for office in offices:
        for person in readings:
            if (person is office or not person.speaker_key or person.source == office.source
                    or person.speaker_key == office.speaker_key):
                continue
            if (quotes_match(office.norm, person.norm, part=False) and not _other_figures(office.text, person.text)
                    and _office_of_other([office, person], entities, rw) == (office, person)):
                office.speaker_key = person.speaker_key
                break


def _merge_shared_alias(speakers: dict[str, list[QuoteReading]],
                        entities: dict[str, Entity]) -> dict[str, list[QuoteReading]]:
    """Two person entities the texts call by one same name ("Cleberson", an alias of both
    "Umpan Cleberson" and "Cleberson Souza") are one speaker: the name each outlet wrote is the
    same, and the entity names differ only in what the linker glued to it."""
    aliases = {}
    for key in speakers:
        e = entities.get(key or "")
        if e is not None and e.type == "PERSON":
            aliases[key] = {a.casefold() for a in (e.aliases or [e.name]) if a}
    merged: dict[str, list[QuoteReading]] = {}
    for key, rs in speakers.items():  # in the order the speakers came
        owner = next((k for k in merged if key in aliases and k in aliases and aliases[k] & aliases[key]), key)
        merged.setdefault(owner, []).extend(rs)
    return merged


def _pairs_of(speakers: dict[str, list[QuoteReading]]) -> list[tuple[list[QuoteReading], list[QuoteReading]]]:
    """Each speaker's readings with the other speaker's, for two speakers."""
    first, second = speakers.values()
    return [(first, second), (second, first)]


def _entity_names(entity: Entity | None) -> set[str]:
    if entity is None:
        return set()
    return {a.casefold() for a in [entity.name, *(entity.aliases or [])] if a}


def _other_named_nearer(reading: QuoteReading, other: list[QuoteReading], entities: dict[str, Entity]) -> bool:
    """The text of ``reading`` names the other outlet's speaker after the mention its speaker was
    resolved to and before the quote: the cue ("ungkapnya", "tuturnya") points back past a
    nearer name, which may be the speaker the other outlet gives. Only a speaker found through
    a pronoun cue is judged: "kata X", "tulis @akun" name the speaker at the quote themselves."""
    if not reading.by_pronoun or reading.speaker_at is None or reading.speaker_at >= reading.start:
        return False
    names = set().union(*(_entity_names(entities.get(o.speaker_key or "")) for o in other))
    if not names:
        return False
    for entity in entities.values():
        if entity.id == reading.speaker_key or not (_entity_names(entity) & names):
            continue
        if any(m.doc == reading.doc and reading.speaker_at < m.start < reading.start for m in entity.mentions):
            return True
    return False


def _other_named_in_own_text(reading: QuoteReading, other: list[QuoteReading], entities: dict[str, Entity]) -> bool:
    """The reader guessed the speaker of ``reading`` with no name at its quote, and its own text names the
    speaker the other outlet gives: which of the two people around the quote the outlet gave the words to is
    in doubt, not known to differ. A guess is in doubt when it is weak (a pronoun whose antecedent is far
    back, an office "cecar jaksa", a quote after the last one with no cue: a court's questions and answers),
    or when the other outlet's speaker was guessed too ("ucap dia" / "ujarnya" of a buyer and a seller telling
    one deal). A pronoun right after its antecedent against a speaker named at the quote stays a disagreement
    (``_other_named_nearer`` judges that one), and so does a speaker named at the quote in both outlets."""
    if not reading.unnamed_at_quote:
        return False
    if reading.unnamed_at_quote < 2 and not all(o.unnamed_at_quote for o in other):
        return False
    names = set().union(*(_entity_names(entities.get(o.speaker_key or "")) for o in other))
    if not names:
        return False
    return any(entity.id != reading.speaker_key and _entity_names(entity) & names
               and any(m.doc == reading.doc for m in entity.mentions)
               for entity in entities.values())


def _addressed_only(reading: QuoteReading, rw: ReconcileWords) -> bool:
    """The speaker is named by a form of address alone ("Ngarsa Dalem", "Pak"), no name."""
    name = _speaker_words(reading.speaker_name, rw)
    return bool(name) and all(w in rw.honorifics for w in name)


_NO_ENTITY = Entity(id="", name="", type="")


def _one_body_abbreviated(heads: list[QuoteReading], rw: ReconcileWords) -> bool:
    """Two speaker names that are one body once the role abbreviations are written out, one
    nested in the other ("Kemlu Israel" / "Tel Aviv -Kementerian Luar Negeri Israel"): the same
    speaker, named short and long. An abbreviation must be there: two plain names nested are
    left to the name rules."""
    if len(heads) != 2:
        return False
    raw = [set(_speaker_words(h.speaker_name, rw)) for h in heads]
    if not any(w in rw.role_abbreviations for ws in raw for w in ws):
        return False
    a, b = sorted((_expand_role(h.speaker_name or "", rw) for h in heads), key=len)
    return len(a) >= 2 and a <= b


def _nicknamed(heads: list[QuoteReading], entities: dict[str, Entity], texts: dict[str, str]) -> bool:
    """Two people who are one by a text of the story: "Maruarar Sirait, atau biasa disapa Ara"
    names the minister and his nickname together (a cue of ``person_name_cues`` in
    ``name_types.yaml`` at most three words after the name: "Maruarar" is found in "Maruarar
    Sirait, atau biasa disapa Ara"), so "kata Ara" in one outlet
    and "kata Maruarar Sirait" in another give the quote to one person."""
    if len(heads) != 2 or not texts:
        return False
    people = [entities.get(h.speaker_key or "") for h in heads]
    if any(p is None or p.type != "PERSON" for p in people):
        return False
    cues = _nickname_cues(load_name_types().person_name_cues)
    if not cues:
        return False
    names = [tuple(sorted(_entity_names(p), key=len, reverse=True)) for p in people]
    for full, short in ((names[0], names[1]), (names[1], names[0])):
        if not full or not short:
            continue
        pattern = _nickname_pattern(full, short, cues)
        if any(pattern.search(t) for t in texts.values()):
            return True
    return False


# capitalised words a name run may hold between the two speakers' names ("Prabowo Raden Argo Yuwono")
NAME_RUN_BETWEEN = 2


def _one_name_run(heads: list[QuoteReading], entities: dict[str, Entity], texts: dict[str, str]) -> bool:
    """Two people who are one name in a text of the story: one speaker's name and the other's
    in one run of capitalised words, nothing but NAME_RUN_BETWEEN capitalised words between them
    ("Kombes Raden Prabowo Argo Yuwono"). A known person's name inside a longer name was linked
    to that person ("Prabowo" to Prabowo Subianto) while another outlet's "kata Argo" gave the
    same quote to Argo Yuwono: one speaker named in full, not two. Two people are never written
    as one name without a comma or "dan" between them."""
    if len(heads) != 2 or not texts:
        return False
    people = [entities.get(h.speaker_key or "") for h in heads]
    if any(p is None or p.type != "PERSON" for p in people):
        return False
    names = [_entity_names(p) | {(h.speaker_name or "").casefold()} - {""} for p, h in zip(people, heads)]
    if not all(names):
        return False
    alternations = ["|".join(re.escape(n) for n in sorted(ns, key=len, reverse=True)) for ns in names]
    between = rf"(?:[ ]+[A-Z][\w'’-]*){{0,{NAME_RUN_BETWEEN}}}[ ]+"
    patterns = [re.compile(rf"(?<![\w-])(?i:{first}){between}(?i:{second})(?![\w-])")
                for first, second in (alternations, alternations[::-1])]
    return any(p.search(t) for p in patterns for t in texts.values())


@lru_cache(maxsize=4)
def _nickname_cues(cues: tuple[str, ...]) -> str:
    """The name cues ("biasa disapa") as one alternation, longest first: built once per word data."""
    return "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))


@lru_cache(maxsize=256)
def _nickname_pattern(full: tuple[str, ...], short: tuple[str, ...], cues: str) -> re.Pattern[str]:
    """One of the names ``full``, at most three words, a name cue and one of the names ``short``:
    "Maruarar Sirait, atau biasa disapa Ara". Compiled once per pair of people (a story's
    attribution groups ask again for the same pair)."""
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in full)})(?:[\s,()-]+[\w.]+){{0,3}}?[\s,()-]+(?:{cues})\s+"
        rf"(?:{'|'.join(re.escape(n) for n in short)})(?!\w)", re.IGNORECASE)


def attribution_discrepancies(story: str, readings: list[QuoteReading], entities: dict[str, Entity],
                              rw: ReconcileWords | None = None,
                              texts: dict[str, str] | None = None,
                              one_person: list[list[QuoteReading]] | None = None) -> list[Discrepancy]:
    """The same (or nearly the same) quote given to different speakers by different sources.
    ``texts`` (document id to text, the story's) lets a second name given in one of them
    ("Maruarar Sirait, atau biasa disapa Ara") join two speakers into one. ``one_person``, when given,
    receives each quote whose speakers the names show to be one person ("Kaesang Pangarep" / "Mas
    Kaesang", a surname, a nickname, an office): one statement of one speaker, whose two wordings
    ``wording_discrepancies`` compares although the linker left the speakers apart."""
    rw = rw or reconcile_words()
    one_person = one_person if one_person is not None else []
    linked: DisjointSets[int] = DisjointSets()  # the readings' indexes, joined when one quote is given to two
    for i, a in enumerate(readings):
        for j in range(i + 1, len(readings)):
            b = readings[j]
            if not (a.speaker_key and b.speaker_key) or a.speaker_key == b.speaker_key:
                continue
            if a.source == b.source and not _copied_across_outlets(a, b):
                continue
            if _said_on_two_days(a, b):
                continue  # two people saying one line on two days (two briefings) are two statements
            if (a.co_speakers or b.co_speakers) and {a.speaker_name, *a.co_speakers} & {b.speaker_name, *b.co_speakers}:
                continue  # a joint statement named by another of its speakers ("kata B dan A"): no disagreement
            # the whole statement, not a stretch of it: a few words of one speaker inside another's
            # longer quote may be echoed, repeated by a spokesperson, or a slogan both use
            if ((quotes_match(a.norm, b.norm, part=False)
                 or (_two_other_people(a, b, entities) and _whole_sentences_of(a, b)))
                    and not _other_figures(a.text, b.text)):
                linked.join(i, j)
    out = []
    for group in ([readings[i] for i in members] for members in linked.groups(sorted(linked))):
        speakers: dict[str, list[QuoteReading]] = defaultdict(list)
        for r in group:
            speakers[r.speaker_key].append(r)
        speakers = _merge_shared_alias(speakers, entities)
        speakers = _merge_nested_names(speakers, rw)
        if len(speakers) < 2:  # one person named more and less fully: no disagreement
            one_person.append(group)
            continue
        heads = [rs[0] for rs in speakers.values()]
        if any(r.reported for r in group) and not all(
                (entities.get(h.speaker_key or "") or _NO_ENTITY).type == "PERSON" for h in heads):
            # "BI menilai ..." / "..., kata Ramdan": a body said to say what its official said, in
            # the outlet's own words, is how a statement is reported, not a disagreement
            continue
        if all(r.reported for r in group):
            # "Yassierli mengatakan bahwa rata-rata kenaikan ... 6,5 persen" / "Prabowo mengumumkan
            # bahwa kenaikan rata-rata ... 6,5 persen": two people each said, in each outlet's own
            # words, what both of them say; only a quote's own words, given to two people, disagree
            continue
        explained = all(
            any(spokesperson_for(entities.get(x.speaker_key), entities.get(y.speaker_key), rw)
                or spokesperson_for(entities.get(y.speaker_key), entities.get(x.speaker_key), rw)
                for y in heads if y is not x)
            for x in heads)
        said_by = joined([message("attribution.to", speaker=rs[0].speaker_name, outlets=sorted({r.outlet for r in rs}))
                          for rs in speakers.values()], "; ")
        if len(heads) == 2 and any(_other_named_nearer(r, rs_other, entities)
                                   or _other_named_in_own_text(r, rs_other, entities)
                                   for rs, rs_other in _pairs_of(speakers) for r in rs):
            # "kini Cleberson Souza antusias ... '...,' ungkapnya" read as the earlier speaker:
            # the text names the other outlet's speaker between the mention the cue was
            # resolved to and the quote, so the two outlets may well agree; our reading is in doubt
            continue
        name_part = _name_part_of_other(heads, rw) if len(heads) == 2 else None
        office = _office_of_other(heads, entities, rw) if len(heads) == 2 else None
        if office is not None:
            # "kata hakim" / "kata Rosihan Juhriah Rangkuti", the judge: one person named by the
            # office and by the name, both right; nothing for a checker to look at
            one_person.append(group)
            continue
        if _one_body_abbreviated(heads, rw):
            one_person.append(group)
            continue  # "Kemlu Israel" / "Kementerian Luar Negeri Israel": one body, two spellings
        if _nicknamed(heads, entities, texts or {}):
            one_person.append(group)
            continue  # "Maruarar Sirait" / "Ara", his nickname by the story's own text: one person
        if _one_name_run(heads, entities, texts or {}):
            one_person.append(group)
            continue  # "Kombes Raden Prabowo Argo Yuwono" read as "Prabowo" in one outlet: one person
        if len(heads) == 2 and _relays_other(speakers, entities, rw):
            continue  # "Dirinya menambahkan, padahal sudah dikatakan Menteri Perdagangan bahwa ...": a relay
        if len(heads) == 2 and _spelt_two_ways(speakers, entities, texts or {}, rw):
            one_person.append(group)
            continue  # "Almuzzammil menyampaikan ... Muzzamil menyebut ...": one man, his name spelt two ways
        if name_part is not None:
            one_person.append(group)  # "Budi" / "Budi Santoso": one man, named more and less fully
        if name_part is not None and len({r.source for r in group}) == 1:
            continue  # a rewritten copy naming the man by a part of his name ("Budi" / "Budi Santoso"): one man
        if name_part is not None:
            short, full, last = name_part
            status = "explained"
            explanation = message("attribution.surname" if last else "attribution.name_part",
                                  quote=shortened(group[0].text), attributions=said_by,
                                  short=short.speaker_name, full=full.speaker_name)
        elif len(heads) == 2 and not all(h.linked and not _addressed_only(h, rw) for h in heads):
            # "Gempa Pangandaran", "Murid Valentino Rossi", "Terpidana": a speaker the text names
            # by no person or body ceksilang could resolve is more often a misread than another
            # speaker; so is one named by a form of address alone ("Ngarsa Dalem", "Pak"): the
            # reader is told to check, not that the outlets disagree
            unresolved = next(h for h in heads if not h.linked or _addressed_only(h, rw))
            status = "explained"
            explanation = message("attribution.unresolved", quote=shortened(group[0].text), attributions=said_by,
                                  speaker=unresolved.speaker_name)
        elif explained and len(heads) == 2:
            a, b = heads
            spokes, principal = (a, b) if spokesperson_for(entities.get(a.speaker_key), entities.get(b.speaker_key), rw) else (b, a)
            status = "explained"
            explanation = message("attribution.spokesperson", quote=shortened(group[0].text), attributions=said_by,
                                  spokesperson=spokes.speaker_name, principal=principal.speaker_name)
        else:
            status = "contradiction"
            explanation = message("attribution.contradiction", quote=shortened(group[0].text), attributions=said_by)
        out.append(Discrepancy(kind="attribution", docs=sorted({r.doc for r in group}),
                               claims=sorted({r.claim for r in group}), status=status,
                               explanation=english(explanation), message=explanation,
                               score=4.0 * STATUS_WEIGHT[status] * (1 + len({r.source for r in group}) / 4),
                               story=story))
    return out


def _said_on_two_days(a: QuoteReading, b: QuoteReading) -> bool:
    """Both readings write the day their words were said, and the days differ: two occasions (a manager
    for a singer on Thursday, the singer himself on Friday), whose words are two statements even where
    they repeat each other, so who said them is not set against the other."""
    return a.day_spoken is not None and b.day_spoken is not None and a.day_spoken != b.day_spoken


def _copied_across_outlets(a: QuoteReading, b: QuoteReading) -> bool:
    """Two readings of one independent source published by two named outlets: one article is a
    rewritten copy of the other (``derived_from``), or both rewrite one press release. For figures and
    wording a copy adds no second account; for who said the words it does: KRJogja gives "Satgassus
    berusaha untuk memetakan masalah ..." to Hotman Tambunan, Detik's rewrite of the same release gives it
    to Yudi Purnomo, and a reader of either outlet is told another speaker. Two articles of one outlet
    stay one account (the outlet's own wording is compared nowhere). Both speakers must be named at the quote
    ("kata Hotman", "ujar Yudi"): a copy keeps the original's sentences, so a speaker found through a pronoun
    cue ("katanya") that differs between the two is one of them misread (Okezone's and Detik's copies of one
    release, "Sosiolog ... AB Widyanta ... '...,' katanya", read once as the farmer quoted before him)."""
    named = a.outlet != a.doc and b.outlet != b.doc  # an article with no outlet is named by its id
    return named and a.outlet.casefold() != b.outlet.casefold() and not (a.by_pronoun or b.by_pronoun)


def _relays_other(speakers: dict[str, list[QuoteReading]], entities: dict[str, Entity], rw: ReconcileWords) -> bool:
    """One speaker's reading of the quote is the outlet's own words (an indirect quote) that name the other
    speaker, by a name or an office the story gives him, as the one who said it: analyst Fernando Emas's
    "padahal sudah dikatakan Menteri Perdagangan bahwa pasokan benang filamen ... masih terbatas" against the
    minister's own words in another outlet. The analyst relays the minister; no outlet gives the minister's
    words to another man. A direct quote naming the other speaker stays compared: a quote about a person is
    a known way to misread its speaker."""
    for key, readings in speakers.items():
        other = next(k for k in speakers if k != key)
        entity = entities.get(other)
        if entity is None:
            continue
        names = {n.casefold() for n in [entity.name, *(entity.aliases or []), *(entity.roles or [])]
                 if n and len(n) >= 4 and n.casefold() not in rw.honorifics}
        if any(r.reported and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", r.text.casefold()) for n in names)
               for r in readings):
            return True
    return False


# a one-word speaker name and a word of the other speaker's name this alike (rapidfuzz ratio) are one name
# misspelt ("Muzzamil" / "Almuzzammil": 84), when the outlet's own text writes both
SPELT_TWO_WAYS = 80.0
SPELT_TWO_WAYS_MIN_LETTERS = 5


def _spelt_two_ways(speakers: dict[str, list[QuoteReading]], entities: dict[str, Entity], texts: dict[str, str],
                    rw: ReconcileWords) -> bool:
    """One speaker is named by one word that is a word of the other speaker's name spelt another way, and the
    article giving that speaker writes the other spelling too: Detik's "Almuzzammil menyampaikan ... Muzzamil
    menyebut ...", one man (PKS's Almuzzammil Yusuf) whose name the outlet spelt two ways, not two men given one
    quote. The other spelling must stand in the same article: two like names in two outlets stay two people."""
    for key, readings in speakers.items():
        other = entities.get(next(k for k in speakers if k != key))
        if other is None or other.type != "PERSON":
            continue
        short = _speaker_words(readings[0].speaker_name, rw)
        if len(short) != 1 or len(short[0]) < SPELT_TWO_WAYS_MIN_LETTERS:
            continue
        long_words = {w for n in [other.name, *(other.aliases or [])] if n for w in _speaker_words(n, rw)
                      if len(w) >= SPELT_TWO_WAYS_MIN_LETTERS and w != short[0]}
        alike = [w for w in long_words if fuzz.ratio(w, short[0]) >= SPELT_TWO_WAYS]
        for r in readings:
            written = set(words(texts.get(r.doc, "")))
            if any(w in written for w in alike):
                return True
    return False


# A quote that is one or more whole sentences of another outlet's longer quote is the same
# statement cut shorter ("Untuk jumlah korban akan terus kami update ..." and the same words
# followed by a second sentence): sentence-aligned, so a few words echoed inside another
# statement (what ``part=False`` above guards against) still do not count. This many words at least.
WHOLE_SENTENCE_MIN_WORDS = 8


def _two_other_people(a: QuoteReading, b: QuoteReading, entities: dict[str, Entity]) -> bool:
    """Both speakers are people named in full (two words or more) who share no name word and are
    not one spelling of each other. Checked on 2,815 unseen articles, the sentence-aligned match
    otherwise paired a name with its typo ("Trump" / "Tump"), with a misread name holding it
    ("Jane Aurora Nawilis" / "Finance Director Nawilis ..."), and a company with its officer,
    each shown as a contradiction."""
    names = []
    for r in (a, b):
        entity = entities.get(r.speaker_key or "")
        if entity is None or entity.type != "PERSON":
            return False
        name = words(entity.name or r.speaker_name or "")
        if len(name) < 2:
            return False
        names.append(name)
    if set(names[0]) & set(names[1]):
        return False
    return fuzz.ratio(" ".join(names[0]), " ".join(names[1])) < SAME_NAME_SPELLING


SAME_NAME_SPELLING = 80.0  # two names this alike (rapidfuzz ratio) are one name spelt two ways


def _whole_sentences_of(a: QuoteReading, b: QuoteReading) -> bool:
    """The shorter reading says the same as a run of whole sentences of the longer one."""
    short, long_ = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    if len(short.norm.split()) < WHOLE_SENTENCE_MIN_WORDS:
        return False
    norms = _sentence_norms(long_.text)
    if len(norms) < 2:
        return False
    for i in range(len(norms)):
        for j in range(i + 1, len(norms) + 1):
            if (i, j) == (0, len(norms)):
                break  # the whole longer quote: the plain comparison has answered
            run = " ".join(norms[i:j])
            if len(run) > 2 * len(short.norm):
                break
            if quotes_match(short.norm, run, part=False):
                return True
    return False


@lru_cache(maxsize=4096)
def _sentence_norms(text: str) -> tuple[str, ...]:
    """The sentences of a quote, each normalised as a reading's ``norm`` is: asked of one reading for every
    other reading of the story it is compared with, so read once per quote text."""
    return tuple(normalise_quote(text[s:e]) for s, e in split_sentences(text))


def _other_figures(a: str, b: str) -> bool:
    """Two like-worded quotes where one figure stands in the place of another are two
    statements: a prosecutor's demand and a judge's sentence both read "menjatuhkan pidana
    ... penjara selama ... tahun", with 20 years in the one and 16 in the other. A figure
    spelt another way ("tujuh" / "7") or told only in one quote is no other figure."""
    ta, tb = [t.lower() for t in _QUOTE_TOKEN.findall(a)], [t.lower() for t in _QUOTE_TOKEN.findall(b)]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=ta, b=tb, autojunk=False).get_opcodes():
        if tag != "replace":
            continue
        va, vb = _number_values(ta[i1:i2]), _number_values(tb[j1:j2])
        if va and vb and va != vb:
            return True
    return False


# --------------------------------------------------------------------------- retold accounts


@dataclass(frozen=True, slots=True)
class _RetoldSettings:
    """``retold_accounts`` of reconcile.yaml: see the comments there."""

    shared_details: int
    detail_cost: float
    share: float
    fillers: frozenset[str]
    without_office: bool = True


@lru_cache(maxsize=4)
def _retold_settings(language: str = "id") -> _RetoldSettings:
    data = load_data("reconcile", language).get("retold_accounts") or {}
    return _RetoldSettings(int(data.get("shared_details", 4)), float(data.get("detail_cost", 8.9)),
                           float(data.get("share", 0.5)),
                           frozenset(str(w).lower() for w in data.get("fillers") or []),
                           bool(data.get("without_office", True)))


def _account_stems(text: str, rw: ReconcileWords, settings: _RetoldSettings) -> dict[str, set[str]]:
    """Stem -> the words of ``text`` that have it, for its content words less fillers; a doubled
    word ("berdarah-darah", "luka-luka") counts by its first half."""
    out: dict[str, set[str]] = defaultdict(set)
    for w in content_words(text, rw):
        if w in settings.fillers or _is_number(w):
            continue
        head = w.split("-", 1)[0] if "-" in w else w
        if head in settings.fillers or len(head) < 3:
            continue
        out[stem(head)].add(w)
    return out


_STEM_SLACK = 1  # "pukul" / "pukuli": a stem one letter longer (a suffix the stemmer kept) is one stem


def _same_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and len(long) - len(short) <= _STEM_SLACK and long.startswith(short)


def _capitalised(text: str) -> set[str]:
    """Lower-cased words written capitalised past the first word of ``text``: names."""
    return {w.lower() for w in WORD_PATTERN.findall(text)[1:] if w[:1].isupper()}


def _shared_account(a: dict[str, set[str]], b: dict[str, set[str]], settings: _RetoldSettings,
                    names: set[str] = frozenset()) -> tuple[list[str], int]:
    """(the shared stems that are details, all shared stems) of two accounts' stems. Names
    (``names``, or words news mostly writes capitalised) are what the story is about, shared by
    every account of it ("Kualanamu", "Adelaide"): never a detail of one account."""
    frequencies = load_word_frequencies()
    details, shared = [], 0
    for sa, forms_a in a.items():
        sb = next((s for s in b if _same_stem(sa, s)), None)
        if sb is None:
            continue
        shared += 1
        forms = forms_a | b[sb]
        if any(f in names or f in frequencies.names for f in forms):
            continue
        # a detail is a word no commoner in news than the threshold, in its commoner form
        cost = min((frequencies.cost(f) for f in forms if f in frequencies.counts), default=math.inf)
        if cost >= settings.detail_cost:
            details.append(min(forms, key=len))
    return details, shared


def _named_in(reading: QuoteReading, other: QuoteReading, texts: dict[str, str], rw: ReconcileWords) -> bool:
    """The other speaker is named in this reading's article: the outlet knows both people, so
    two like accounts there are two witnesses, or one relaying the other, not one account."""
    text = texts.get(reading.doc, "")
    name = [w for w in _name_words(other.speaker_name, rw) if len(w) >= 3]
    low = set(words(text))
    return bool(name) and any(w in low for w in name)


def retold_account_discrepancies(story: str, readings: list[QuoteReading], entities: dict[str, Entity],
                                 texts: dict[str, str], rw: ReconcileWords | None = None,
                                 language: str = "id") -> list[Discrepancy]:
    """One account told in other words and given to two people by independent outlets: resident
    Yusuf's "Wajahnya ... berdarah-darah kayak bekas pukulan, terus perutnya diikat batu" in one
    outlet, witness Suhemi's "Ada batu yang terikat di pinggang mayat, terus pada area wajah ada
    darah seperti habis dipukuli" in another. Quotes with the same words are the attribution
    rule's; here the content stems must overlap (``retold_accounts`` settings) with at least a
    few details (uncommon words, no names: body parts, objects) in common. Only persons named by
    the text and holding no office count; a spokesperson and principal, one name part of the
    other, a joint statement, or two speakers one article names together (two witnesses, or one
    relaying the other) are left."""
    rw = rw or reconcile_words()
    settings = _retold_settings(language)
    if len({r.source for r in readings}) < 2:
        # every pair below needs two sources (``a.source == b.source`` is passed over): a story told by
        # one outlet (most stories: one report) has none, and its speakers' stems are not read
        return []
    # an office holder's account is the office's: two officials giving the same facts in their own
    # words ("rapat tersebut akan membahas giant sea wall") are both right, so only persons with
    # no office (residents, witnesses, victims) are compared
    people = [r for r in readings if r.speaker_key and r.linked and not _addressed_only(r, rw)
              and (entities.get(r.speaker_key) or _NO_ENTITY).type == "PERSON"
              and not (settings.without_office and (entities.get(r.speaker_key) or _NO_ENTITY).roles)]
    stems = [_account_stems(r.text, rw, settings) for r in people]
    pairs: dict[frozenset[str], tuple[QuoteReading, QuoteReading, list[str]]] = {}
    for i, a in enumerate(people):
        for j in range(i + 1, len(people)):
            b = people[j]
            if a.speaker_key == b.speaker_key or a.source == b.source or _said_on_two_days(a, b):
                continue
            if {a.speaker_name, *a.co_speakers} & {b.speaker_name, *b.co_speakers}:
                continue
            if quotes_match(a.norm, b.norm, part=False):
                continue  # the same words: the attribution rule's
            details, shared = _shared_account(stems[i], stems[j], settings, _capitalised(a.text) | _capitalised(b.text))
            sizes = len(stems[i]) + len(stems[j])
            if len(details) < settings.shared_details or not sizes or 2 * shared / sizes < settings.share:
                continue
            if _other_figures(a.text, b.text):
                continue
            heads = [a, b]
            if (_name_part_of_other(heads, rw) or _office_of_other(heads, entities, rw)
                    or spokesperson_for(entities.get(a.speaker_key), entities.get(b.speaker_key), rw)
                    or spokesperson_for(entities.get(b.speaker_key), entities.get(a.speaker_key), rw)):
                continue
            if any(_named_in(x, y, texts, rw) for x, y in ((a, b), (b, a))):
                continue
            key = frozenset((a.speaker_key, b.speaker_key))
            if key not in pairs or len(details) > len(pairs[key][2]):
                pairs[key] = (a, b, details)
    out = []
    for a, b, details in pairs.values():
        group = [a, b]
        said_by = joined([message("attribution.to", speaker=r.speaker_name, outlets=[r.outlet]) for r in group], "; ")
        explanation = message("attribution.retold", quote_a=shortened(a.text), quote_b=shortened(b.text),
                              attributions=said_by, details=", ".join(sorted(details)))
        out.append(Discrepancy(kind="attribution", docs=sorted({a.doc, b.doc}),
                               claims=sorted({r.claim for r in group if r.claim}), status="contradiction",
                               explanation=english(explanation), message=explanation,
                               score=4.0 * STATUS_WEIGHT["contradiction"] * (1 + 2 / 4), story=story))
    return out


# --------------------------------------------------------------------------- wording


WORDING_MIN_SAME = 0.6  # share of the common part's words two readings of one quote keep
# text in brackets inside a quote, nested in no other: an outlet's gloss ("mandatory (Sumbu Filosofi)")
_EDITOR_GLOSS = re.compile(r"[(\[][^()\[\]]{1,80}[)\]]")
# a number ("5,50", "10.000") or a word ("kerja-sama", "BDT.SUS"); a number glued to a word by a
# scraper or a house style ("USD4,3", "hakcipta2024", "Rp10.000") is two tokens, as another outlet
# may write it ("US$ 4,3", "HAKCIPTA 2024")
_QUOTE_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-.][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _foreign_bodies() -> frozenset[str]:
    """Canonical names whose mention in a role marks a speaker of another language: the
    gazetteer's countries but the home country, and the international bodies of reconcile.yaml."""
    rw = reconcile_words()
    countries = {_entry_from(raw, "countries").name for raw in load_data("gazetteer").get("countries") or []}
    return frozenset((countries - {rw.home_country}) | rw.international_bodies)


def speaks_another_language(speaker: Entity | None, rw: ReconcileWords | None = None) -> bool:
    """True when a role of ``speaker`` names a foreign country or an international body
    ("Sekretaris Jenderal PBB", "Menteri Luar Negeri AS"): their quotes reach Indonesian
    outlets translated."""
    if speaker is None:
        return False
    bodies = _foreign_bodies()
    for role in speaker.roles:
        tokens = role.split()
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + 6) + 1):
                entry = lookup_alias(" ".join(tokens[i:j]))
                if entry is not None and entry.name in bodies:
                    return True
    return False


@dataclass(frozen=True, slots=True)
class _SpeakerOrigin:
    """``speaker_origin`` of reconcile.yaml: see the comments there."""

    pattern: re.Pattern[str] | None  # one of the origin words, then up to three capitalised words
    reach: int
    words_between: int
    not_after: frozenset[str]  # words that make a country before a name a destination, not an origin


@lru_cache(maxsize=2)
def _speaker_origin(language: str = "id") -> _SpeakerOrigin:
    data = load_data("reconcile", language).get("speaker_origin") or {}
    origin = sorted((str(w) for w in data.get("words") or []), key=len, reverse=True)
    pattern = (re.compile(r"\b(?:" + "|".join(re.escape(w) for w in origin) + r")\s+((?:[A-Z][\w-]*\s*){1,3})")
               if origin else None)
    return _SpeakerOrigin(pattern, int(data.get("reach", 40)), int(data.get("words_between", 3)),
                          frozenset(str(w).lower() for w in data.get("not_after") or []))


def _names_a_foreign_country(words_after: str) -> bool:
    """The longest run of the capitalised words after an origin word that the gazetteer knows is a
    country other than the home country ("Belanda", "Korea Selatan"; not "Indonesia", not "Sleman")."""
    tokens = words_after.split()
    bodies = _foreign_bodies()
    for j in range(len(tokens), 0, -1):
        entry = lookup_alias(" ".join(tokens[:j]))
        if entry is not None:
            return entry.name in bodies
    return False


def _country_apposition(before: str, origin: _SpeakerOrigin) -> bool:
    """The words right before a name end in a foreign country and a comma: "legenda sepakbola Italia,
    Roberto Baggio", "Pelatih Timnas Jepang, Hajime Moriyasu". Not after a word of destination
    ("Dubes RI untuk Jepang, ..."): the person then serves there but is from home."""
    if not before.rstrip().endswith(","):
        return False
    tokens = before.rstrip()[:-1].split()
    bodies = _foreign_bodies()
    for k in range(min(3, len(tokens) - 1), 0, -1):
        entry = lookup_alias(" ".join(tokens[-k:]))
        if entry is not None and entry.name in bodies:
            return tokens[-k - 1].lower() not in origin.not_after
    return False


def _body_named_for_abroad(speaker: Entity) -> bool:
    """A body whose own name names a foreign country and not the home one ("Kementerian Luar Negeri
    Israel", "Kedutaan Besar Amerika Serikat"): it speaks another language whatever its roles say.
    "Kedutaan Besar Republik Indonesia di Jepang" names the home country and stays at home."""
    home = lookup_alias(reconcile_words().home_country)
    bodies = _foreign_bodies()
    named: set[str] = set()
    for name in (speaker.name, *speaker.aliases):
        tokens = name.split()
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + 3) + 1):
                entry = lookup_alias(" ".join(tokens[i:j]))
                if entry is not None:
                    named.add(entry.name)
    return bool(named & bodies) and (home is None or home.name not in named)


def described_from_abroad(speaker: Entity | None, texts: dict[str, str],
                          entities: dict[str, Entity] | None = None) -> bool:
    """True when the story's own text writes, beside a mention of ``speaker`` and in its sentence,
    that he is from another country ("pelatih asal Belanda, Patrick Kluivert", "legenda sepakbola
    Italia, Roberto Baggio"): a foreign coach or
    player of an Indonesian team has no role naming a foreign body, yet his words are translated.
    The phrase must be the speaker's own: no other person's mention lies between the two, so
    "kata Razzi ... gelandang asal Afghanistan, Omid" does not make Razzi a foreigner."""
    origin = _speaker_origin()
    if speaker is not None and speaker.type == "ORG":
        return _body_named_for_abroad(speaker)
    if speaker is None or speaker.type != "PERSON" or origin.pattern is None:
        return False
    others: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for e in (entities or {}).values():
        if e.type == "PERSON" and e.id != speaker.id:
            for m in e.mentions:
                if m.doc in texts:
                    others[m.doc].append((m.start, m.end))
    for m in speaker.mentions:
        text = texts.get(m.doc)
        if text is None:
            continue
        lo, hi = max(0, m.start - origin.reach), min(len(text), m.end + origin.reach)
        before = text[lo:m.start]
        if "\n" not in before and _country_apposition(re.split(r"[.!?]\s", before)[-1], origin):
            return True
        for found in origin.pattern.finditer(text, lo, hi):
            if not _names_a_foreign_country(found.group(1)):
                continue
            gap = (found.end(), m.start) if found.end() <= m.start else (m.end, found.start())
            if gap[0] > gap[1]:
                continue  # the phrase overlaps the mention itself
            between = text[gap[0]:gap[1]]
            if re.search(r"[.!?]\s|\n", between) or len(between.split()) > origin.words_between:
                continue  # another sentence, or a clause between: the phrase may tell of someone else
            if any(gap[0] <= s and e <= gap[1] for s, e in others[m.doc]):
                continue  # the phrase is another person's
            return True
    return False


@lru_cache(maxsize=1)
def _number_word_set() -> frozenset[str]:
    return frozenset(number_words().all_words())


def _is_number(token: str) -> bool:
    return any(ch.isdigit() for ch in token) or token.lower() in _number_word_set()


def _is_name(token: str, opens_sentence: bool, names: set[str]) -> bool:
    # written with a capital that does not open a sentence, or opening one as a word of a known
    # entity's name; a lower-case word ("wilayah kami") is never a name
    return token[:1].isupper() and (not opens_sentence or token.lower() in names)


def _sentence_openers(text: str) -> list[bool]:
    """For each token of ``text``: does it open the text or a sentence in it?"""
    out = []
    for m in _QUOTE_TOKEN.finditer(text):
        before = text[:m.start()].rstrip()
        out.append(not before or before[-1] in ".!?:\u201c\"")
    return out


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """``short`` is one capitalised abbreviation of ``long``: its letters are the initials of
    ``long``'s words ("BI" / "Bank Indonesia"), or the gazetteer gives both one entity."""
    if len(short) != 1 or len(long) < 2 or not short[0].isupper():
        return False
    if short[0].lower() == "".join(w[0] for w in long).lower():
        return True
    # "BPPTKG" / "Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologi": the
    # lower-case joining words of a body's name give no letter to its acronym
    capitals = [w for w in long if w[:1].isupper()]
    if len(capitals) >= 2 and short[0].lower() == "".join(w[0] for w in capitals).lower():
        return True
    a, b = lookup_alias(short[0]), lookup_alias(" ".join(long))
    return a is not None and b is not None and a.name == b.name


@lru_cache(maxsize=1)
def _currency_tokens() -> dict[str, str]:
    """Currency signs and codes as quote tokens, to their currency: "Rp" and "IDR" are IDR, "US"
    (of "US$") and "USD" are USD (numbers.yaml's currency prefixes and one-word suffixes)."""
    nw = number_words()
    out: dict[str, str] = {}
    for form, code in [*nw.currency_prefix.items(), *nw.currency_suffix.items()]:
        tokens = _QUOTE_TOKEN.findall(form)
        if len(tokens) == 1:
            out.setdefault(tokens[0].lower(), code)
    return out


CUT_CLAUSE_WORDS = 4  # words left out by one outlet that make a clause of their own, not a flipped word
_MISDECODED = re.compile(r"[\u00c0-\u00ff][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]+")


def _repaired(text: str) -> str:
    """The text with UTF-8 letters that a page read as cp1252 or Latin-1 put back ("Ä°ndonesia"
    -> "İndonesia"): a broken byte sequence in one outlet's copy is no change of the speaker's words."""
    def fix(m: re.Match[str]) -> str:
        for codec in ("cp1252", "latin-1"):
            try:
                return m.group().encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return m.group()
    return _MISDECODED.sub(fix, text)


ABBREVIATION_MIN_LETTERS = 2  # "km", "ha", "kg"; a one-letter "m" after a number may be a scale ("5 m" for miliar)


def _unit_written_short(short: str, long: str) -> bool:
    """``short`` is the unit word ``long`` written short: shorter, opening with its first letter, its letters
    following in ``long``'s order ("km" / "kilometer", "ha" / "hektare", "hektar" / "hektare"), and not ``long``'s
    opening with an ending left off ("tentara" / "tentaranya", "pound" / "pounds": the word with an enclitic or
    a plural, which the spelling rules judge). Case is ignored."""
    short, long = short.lower(), long.lower()
    if not (ABBREVIATION_MIN_LETTERS <= len(short) < len(long)) or short[0] != long[0] or not short.isalpha():
        return False
    if long.startswith(short):
        return False
    letters = iter(long)
    return all(ch in letters for ch in short)


def _is_sign(form: str) -> bool:
    """A unit's form holding a character that is no letter, digit, space or hyphen ("%", "°C", "m²")."""
    return any(not (ch.isalnum() or ch.isspace() or ch == "-") for ch in form)


@lru_cache(maxsize=4)
def _unit_spellings(language: str | None = None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The units of ``units.yaml`` that one outlet writes with a sign or short and another in full, each such form
    with the one word it stands for: a sign ("%" -> "persen", "°C" -> "derajat": a form holding a character that
    is no letter, digit or space) or an abbreviation of a one-word form of its unit ("km" -> "kilometer", "ha" ->
    "hektare"; ``_unit_written_short``). Two different words of one unit ("tentara" / "prajurit", "orang" / "jiwa") are
    no such pair: a synonym is a changed word. Returns a pattern matching such a form after a number, and the
    full word of each form (lower case, or as written when it has capitals)."""
    forms_of: dict[str, list[str]] = defaultdict(list)
    for form, unit in unit_table(language).canonical.items():
        forms_of[unit].append(form)
    full: dict[str, str] = {}
    for unit, forms in forms_of.items():
        words = sorted((f for f in forms if f.isalpha()), key=len, reverse=True)
        if not words:
            continue
        for form in forms:
            if " " in form:
                continue
            if _is_sign(form):
                full[form] = unit if unit.isalpha() else words[0]  # "%" -> "persen", "°C" -> "derajat"
            elif longer := [w for w in words if _unit_written_short(form, w)]:
                full[form] = longer[0]  # "km" -> "kilometer"
    if not full:
        return None, {}
    alternatives = [re.escape(f) if f != f.lower() else f"(?i:{re.escape(f)})" for f in sorted(full, key=len, reverse=True)]
    return re.compile(r"(?<=\d)(\s*)(%s)(?![^\W_])" % "|".join(alternatives)), full


@lru_cache(maxsize=4)
def _range_patterns(language: str | None = None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A range's separator between two numbers, as a sign or a word (``range_separators`` of quantity_qualifiers:
    "10-15", "10 - 15", "10 hingga 15", "10 sampai dengan 15", "10 s.d. 15"): the pattern of a range whose unit
    follows each bound ("10 persen-15 persen", once "10%-15%" has its sign written out), and of the separator
    alone between two numbers."""
    separators = sorted(quantity_words(language).range_separators, key=len, reverse=True)
    if not separators:
        return None
    sep = "(?i:%s)" % "|".join(re.escape(s) if not s.isalpha() else rf"(?<![^\W_]){re.escape(s)}(?![^\W_])"
                               for s in separators)
    return (re.compile(r"(\d)\s+([^\W\d_]+)\s*%s\s*(\d[\d.,]*)\s+\2(?![^\W_])" % sep),
            re.compile(r"(?<=\d)\s*%s\s*(?=\d)" % sep))


def _signs_written_out(text: str) -> str:
    """A quote with the signs and short forms a house style writes after a number put as one word each, so that
    two outlets' transcriptions of one spoken amount read alike: "10%" and "10 persen", "5 km" and "5 kilometer",
    "10-15" and "10 hingga 15" (every range separator between two numbers as one sign: the written range, not a
    word the speaker chose; a dash is no token, so a range word alone would read as a word left out), "10%-15%"
    and "10-15 persen" (the unit after both bounds is the range's unit, once)."""
    if not any(ch.isdigit() for ch in text):  # every form below follows a number; most quotes hold none
        return text
    pattern, full = _unit_spellings()
    if pattern is not None:
        text = pattern.sub(lambda m: " " + full.get(m.group(2), full.get(m.group(2).lower(), m.group(2))), text)
    ranges = _range_patterns()
    if ranges is not None:
        unit_after_both, separator = ranges
        text = unit_after_both.sub(r"\1 - \3 \2", text)
        text = separator.sub(" - ", text)
    return text


def _sign_only(before: list[str], after: list[str]) -> bool:
    """A currency sign or code one outlet writes before a spoken amount ("hampir 5 miliar" /
    "hampir Rp 5 miliar"): the transcription's convention, not the speaker's word."""
    added = before or after
    return not (before and after) and all(w.lower() in _currency_tokens() for w in added)


def _doubled(text: str, tokens: list[str], i1: int, i2: int, changed: list[str]) -> bool:
    """Words one outlet types twice in a row ("beberapa pemain pemain dan"): a typing slip,
    not words the speaker added. Written with a comma between ("lokasi, lokasi") it is the
    speaker's own repetition and stays a change."""
    n = i2 - i1
    if not changed or n > 2:
        return False
    lowered = [t.lower() for t in tokens]
    for lo, hi in ((i1 - n, i1), (i2, i2 + n)):
        if lo >= 0 and hi <= len(tokens) and lowered[lo:hi] == lowered[i1:i2]:
            phrase = " ".join(re.escape(t) for t in changed)
            if re.search(rf"(?<!\w){phrase}\s+{phrase}(?!\w)", text, re.IGNORECASE):
                return True
    return False


def _negation_kinds(negations: set[str], rw: ReconcileWords) -> set[str]:
    return {rw.negation_kind.get(w, "not") for w in negations}


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_value(token: str) -> int | None:
    """The value of an upper-case Roman numeral of two or more letters ("II", "IV", "XII"); None
    for any other token (a one-letter "I" or "V" is as often a word or an initial)."""
    if len(token) < 2 or any(ch not in _ROMAN_DIGITS for ch in token):
        return None
    total = 0
    for k, ch in enumerate(token):
        value = _ROMAN_DIGITS[ch]
        total += -value if k + 1 < len(token) and _ROMAN_DIGITS[token[k + 1]] > value else value
    return total if total > 0 else None


def _ordinal_value(token: str, rw: ReconcileWords) -> int | None:
    """The value of an ordinal word ("pertama" 1, "kedua" 2, "ke-3" 3); None for any other word."""
    word = token.lower()
    if word in rw.ordinal_words:
        return rw.ordinal_words[word]
    prefix = rw.ordinal_prefix
    if not prefix or not word.startswith(prefix) or len(word) <= len(prefix):
        return None
    rest = word[len(prefix):].lstrip("-")
    value = parse_digits(rest) if rest.isdigit() else parse_number(rest) if rest in _number_word_set() else None
    return int(value) if value is not None and float(value).is_integer() else None


def _one_ordinal(a: list[str], b: list[str], rw: ReconcileWords) -> bool:
    """One ordinal written as a Roman numeral and as a word ("semester II" / "semester kedua",
    "tahap ke-2", which the quote tokens split in two)."""
    def one_token(side: list[str]) -> list[str]:
        return ["".join(side)] if len(side) == 2 and side[0].lower() == rw.ordinal_prefix else side
    a, b = one_token(a), one_token(b)
    if len(a) != 1 or len(b) != 1:
        return False
    for x, y in ((a[0], b[0]), (b[0], a[0])):
        roman = _roman_value(x)
        if roman is not None and roman == _ordinal_value(y, rw):
            return True
    return False


RESTART_REACH = 2  # pronouns and fillers passed over back to the negation a restarted clause repeats


def _negation_restarted(text: str, matches: Sequence[re.Match[str]], i1: int, i2: int, rw: ReconcileWords) -> bool:
    """``tokens[i1:i2]`` (the words of ``matches``, ``_QUOTE_TOKEN``'s matches in ``text``), a change one
    reading has and the other has not, is one negation repeating the negation just before it, with at most
    ``RESTART_REACH`` personal pronouns (``pronoun_persons``) or quote fillers between ("nggak kita nggak
    dengerin", "tidak kami tidak dengar"): the speaker started the clause over. A word of its own between
    ("tidak tahu dan tidak peduli") makes the second a negation of its own, and so does a comma or a sentence
    end between the two ("Tidak, saya tidak tahu", "Bukan. Kami tidak menerima"): an answer, then a clause
    that negates again. A trailing off ("nggak... kita nggak") is still a restart."""
    tokens = [m.group() for m in matches]
    if i2 - i1 != 1 or not _negations([tokens[i1]], rw):
        return False
    skippable = {w for words, _ in _pronoun_persons() if len(words) == 1 for w in words} | set(rw.quote_fillers)
    k = i1 - 1
    while k >= 0 and i1 - 1 - k < RESTART_REACH and tokens[k].lower() in skippable:
        k -= 1
    if not (k >= 0 and k < i1 - 1 and _negations([tokens[k]], rw)):
        return False
    between = _TRAILING_OFF.sub(" ", text[matches[k].end():matches[i1].start()])
    return not _CLAUSE_END.search(between)


_TRAILING_OFF = re.compile(r"\.{2,}|\u2026")  # an ellipsis: the speaker trailing off, not a sentence ended


def _negations(tokens: list[str], rw: ReconcileWords) -> set[str]:
    """The negation words of ``tokens``, each spoken or short form as its written one."""
    folded = {rw.negation_of.get(w.lower(), w.lower()) for w in tokens}
    return folded & (rw.negations | set(rw.negation_of.values()))


@lru_cache(maxsize=4)
def _negation_idioms(language: str = "id") -> tuple[tuple[str, ...], ...]:
    """``negation_idioms`` of ``reconcile.yaml``, each as its lower-case words."""
    if not has_data("reconcile", language):
        return ()
    phrases = load_data("reconcile", language).get("negation_idioms") or []
    return tuple(tuple(str(p).lower().split()) for p in phrases)


_CLAUSE_END = re.compile(r"[,.;:!?]")


def _negations_said(text: str, tokens: list[str], i1: int, i2: int, cut: bool, rw: ReconcileWords) -> set[str]:
    """The negations of ``tokens[i1:i2]`` (a change in one reading of a quote) that negate something
    in it. Not counted: a negation inside a fixed phrase that negates nothing ("paling tidak sudah ada
    fisiknya", at least); and, in words one reading leaves out or adds, a negation its clause ends at
    (a comma or stop right after it, or the quote's end, fillers passed over): "Selama ini kita nggak,
    ya soal Gaza" breaks off and starts again, and "Ternyata tidak." answers a question; with it left
    out no word the other outlet quotes is negated or not."""
    lowered = [t.lower() for t in tokens]
    idioms = _negation_idioms()
    found: set[str] = set()
    ends: list[int] = []
    for k in range(i1, i2):
        neg = _negations([tokens[k]], rw)
        if not neg:
            continue
        in_idiom = any(lowered[k - at:k - at + len(p)] == list(p)
                       for p in idioms for at, w in enumerate(p) if w == lowered[k] and k - at >= 0)
        if in_idiom:
            continue
        if cut:
            ends = ends or [m.end() for m in _QUOTE_TOKEN.finditer(text)]
            if len(ends) != len(tokens):  # the tokens are not this text's: count every negation
                found |= neg
                continue
            nxt = next((j for j in range(k + 1, len(tokens)) if lowered[j] not in rw.quote_fillers), None)
            gap = text[ends[k]:ends[nxt] - len(tokens[nxt])] if nxt is not None else ""
            if nxt is None or _CLAUSE_END.search(gap):
                continue
        found |= neg
    return found


def _one_entity(a: list[str], b: list[str]) -> bool:
    """Two capitalised names the gazetteer gives one place or body ("Tiongkok" / "China")."""
    if not (a and b and a[0][:1].isupper() and b[0][:1].isupper()):
        return False
    x, y = lookup_alias(" ".join(a)), lookup_alias(" ".join(b))
    return x is not None and y is not None and x.name == y.name


def _same_spelling(a: list[str], b: list[str], rw: ReconcileWords) -> bool:
    """One word spelt two ways ("kerja sama" / "kerjasama", "Zelenskiy" / "Zelenskyy"), a name
    and its abbreviation ("BI" / "Bank Indonesia") or another of its names ("Tiongkok" /
    "China"), one currency ("US$" / "USD"), or one negation ("gak" / "nggak")."""
    currencies = _currency_tokens()
    ja = "".join(currencies.get(w.lower(), w) for w in a).lower().replace("-", "")
    jb = "".join(currencies.get(w.lower(), w) for w in b).lower().replace("-", "")
    if ja == jb or _abbreviates(a, b) or _abbreviates(b, a) or _one_entity(a, b):
        return True
    if (len(a) == 1 and len(b) == 1 and a[0].lower() in rw.negation_of.keys() | rw.negation_of.values()
            and rw.negation_of.get(a[0].lower(), a[0].lower()) == rw.negation_of.get(b[0].lower(), b[0].lower())):
        return True
    if len(a) != 1 or len(b) != 1 or _is_number(a[0]) or _is_number(b[0]):
        return False
    short, long = sorted((ja, jb), key=len)
    if any(long == prefix + short for prefix in rw.verb_prefixes):
        # "dijanji" / "janji": the word with a verb prefix is another form of it (here the passive,
        # who promises turned round), not a slip of spelling; a prefix dropped in speech
        # ("menumpang" / "numpang") is judged by _one_word_two_forms
        return False
    return min(len(ja), len(jb)) >= 4 and fuzz.ratio(ja, jb) >= rw.spelling_ratio


def _spoken_root(word: str, rw: ReconcileWords) -> set[str]:
    """The roots ``word`` may be said as with its active nasal prefix dropped ("mengetahui" ->
    "tahu", "mengirim" -> "kirim"), "-i" or "-kan" after the root taken off too."""
    out: set[str] = set()
    for prefix, letter in rw.spoken_prefix_drop:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            root = letter + word[len(prefix):]
            out.add(root)
            for suffix in rw.spoken_suffix_drop:
                if root.endswith(suffix) and len(root) - len(suffix) >= 3:
                    out.add(root[:-len(suffix)])
    return out


def _one_word_two_forms(a: list[str], b: list[str], rw: ReconcileWords) -> bool:
    """One word in two forms a quote may take: a listed variant spelling ("kaus" / "kaos"), "one"
    with its classifier ("satu" / "seorang"), or a verb with its nasal prefix dropped in speech
    ("mengetahu(i)" / "tahu")."""
    if len(a) != 1 or len(b) != 1:
        return False
    x, y = a[0].lower(), b[0].lower()
    if rw.word_variant_of.get(x, x) == rw.word_variant_of.get(y, y):
        return True
    return y in _spoken_root(x, rw) or x in _spoken_root(y, rw)


_SENTENCE_END = re.compile(r"[.?!]")


def _runs_over_sentence_end(text: str, tokens: Sequence[re.Match[str]], at: tuple[int, int]) -> bool:
    """Whether the quote tokens ``at`` (a start and end index into ``tokens``, ``_QUOTE_TOKEN``'s matches in
    ``text``) hold a sentence end between two of them."""
    i1, i2 = at
    return i2 - i1 >= 2 and i2 <= len(tokens) and any(
        _SENTENCE_END.search(text[tokens[k].end():tokens[k + 1].start()]) for k in range(i1, i2 - 1))


def _written_form(word: str, rw: ReconcileWords) -> str:
    """``word`` lower-cased and in its written form: a spoken or short negation as the written one
    ("nggak" -> "tidak"), a listed variant or spoken spelling as its group's first word ("tau" ->
    "tahu", "aja" -> "saja")."""
    lowered = word.lower()
    lowered = rw.negation_of.get(lowered, lowered)
    return rw.word_variant_of.get(lowered, lowered)


def _without_fillers(tokens: list[str], rw: ReconcileWords) -> list[str]:
    return [w for w in tokens if w.lower() not in rw.quote_fillers]


def _number_values(tokens: list[str]) -> list[float] | None:
    """The values of the number tokens ("5,50" -> 5.5, "lima" -> 5); None when one cannot be read."""
    out = []
    for t in tokens:
        if not _is_number(t):
            continue
        value = parse_digits(t) if any(ch.isdigit() for ch in t) else parse_number(t)
        if value is None:
            return None
        out.append(value)
    return sorted(out)


def _same_figure(a: list[str], b: list[str]) -> bool:
    """One figure written two ways: "5,50%" / "5,5 persen", "lima" / "5". The numbers have the
    same values and every other word is a unit word naming the same unit (a sign such as "%"
    is no token, so a unit on one side only is the sign spelt out on the other)."""
    va, vb = _number_values(a), _number_values(b)
    if not va or va != vb:
        return False
    units = unit_table()
    rest_a = [units.lookup(w) for w in a if not _is_number(w)]
    rest_b = [units.lookup(w) for w in b if not _is_number(w)]
    if None in rest_a or None in rest_b:
        return False
    return not rest_a or not rest_b or set(rest_a) == set(rest_b)


def _numbers_differ(before: list[str], after: list[str], numbers_a: list[str], numbers_b: list[str]) -> bool:
    """The numbers of a change name other values: "3" / "tiga" inside "dalam 3 KU" / "ada tiga
    KU" is one number written two ways beside other words, no number changed. Numbers that
    cannot be read are compared as written."""
    va, vb = _number_values(before), _number_values(after)
    if va is not None and vb is not None:
        return va != vb
    return numbers_a != numbers_b


STRETCH_GAP = 4  # words only one reading has between two runs both give: the longer reading's own sentence(s)
STRAY_ANCHOR_MAX = 2  # words of a run both give, cut off by such a gap at an edge: a word used twice ("kami")


def _lopsided(gap_a: int, gap_b: int) -> bool:
    """Words between two runs both readings give, as many on each side or not: "kami sudah minta ... naik. kami
    dijanji" against "kami janji" (16 words against 1) is a stretch one reading quotes and the other does not
    (when it runs over a sentence end, see ``_shared_stretch``)."""
    return max(gap_a, gap_b) >= STRETCH_GAP and max(gap_a, gap_b) > 2 * min(gap_a, gap_b) + 1


def _sentence_start_before(text: str, tokens: Sequence[re.Match[str]], lo: int, at: int) -> int:
    """The first token index in ``lo..at`` after which no sentence end stands before token ``at``: a window
    reaching back from ``at`` stops at the start of ``at``'s sentence."""
    for k in range(at - 1, lo - 1, -1):
        if _SENTENCE_END.search(text[tokens[k].end():tokens[k + 1].start()]):
            return k + 1
    return lo


def _sentence_end_after(text: str, tokens: Sequence[re.Match[str]], at: int, hi: int) -> int:
    """The last token index (exclusive) in ``at..hi`` before which no sentence end stands after token ``at - 1``."""
    for k in range(at - 1, hi - 1):
        if _SENTENCE_END.search(text[tokens[k].end():tokens[k + 1].start()]):
            return k + 1
    return hi


def _shared_stretch(la: list[str], lb: list[str], a: str, ma: Sequence[re.Match[str]],
                    b: str, mb: Sequence[re.Match[str]]) -> list[tuple[str, int, int, int, int]]:
    """The alignment of two readings of one quote over the stretch both give. A diff anchors a word the shorter
    reading opens with ("kami janji satu minggu ...") on its first use in the longer one, sentences before the
    shared part ("kami sudah minta dirjen ... naik. kami dijanji satu minggu ..."), and then judges the whole
    longer reading as changed. Here the runs both give are chained unless the words between them are far more on
    one side and run over a sentence end there (a sentence only one outlet quotes); a chain of at most ``STRAY_ANCHOR_MAX`` words at either end, cut off by a lopsided gap, is such a
    stray anchor, and the chains left are the shared stretch (a sentence one outlet leaves out inside the quote
    stays a change). Beyond it, the longer reading is cut to as many words as the shorter one has there (never past the sentence the stretch opens or ends), and the two are aligned
    again: the words right before and after the stretch are compared with each other, the rest of the longer
    reading is a part only one outlet quotes. Indices are the readings' own."""
    ops = difflib.SequenceMatcher(a=la, b=lb, autojunk=False).get_opcodes()
    runs = [op for op in ops if op[0] == "equal"]
    if len(runs) < 2:
        return ops
    chains: list[list[tuple[str, int, int, int, int]]] = [[runs[0]]]
    for run in runs[1:]:
        last = chains[-1][-1]
        gap_a, gap_b = run[1] - last[2], run[3] - last[4]
        # the longer side's own words run over a sentence end: sentences only that outlet quotes, not a clause
        # it words otherwise ("Bukan berarti kita sepakat untuk berpisah kita tidak menghargai" / "kita menghargai")
        longer_side = (a, ma, (last[2] - 1, run[1] + 1)) if gap_a > gap_b else (b, mb, (last[4] - 1, run[3] + 1))
        if _lopsided(gap_a, gap_b) and _runs_over_sentence_end(*longer_side):
            chains.append([run])
        else:
            chains[-1].append(run)
    size = [sum(r[2] - r[1] for r in c) for c in chains]
    first, last = 0, len(chains) - 1
    while first < last and size[first] <= STRAY_ANCHOR_MAX:
        first += 1
    while last > first and size[last] <= STRAY_ANCHOR_MAX:
        last -= 1
    if (first, last) == (0, len(chains) - 1):
        return ops
    (_, i_lo, _, j_lo, _), (_, _, i_hi, _, j_hi) = chains[first][0], chains[last][-1]
    # as many words before (after) the stretch on the longer side as the shorter side has there
    if i_lo > j_lo:
        a_lo, b_lo = _sentence_start_before(a, ma, i_lo - j_lo, i_lo), 0
    else:
        a_lo, b_lo = 0, _sentence_start_before(b, mb, j_lo - i_lo, j_lo)
    after_a, after_b = len(la) - i_hi, len(lb) - j_hi
    if after_a > after_b:
        a_hi, b_hi = _sentence_end_after(a, ma, i_hi, i_hi + after_b), len(lb)
    else:
        a_hi, b_hi = len(la), _sentence_end_after(b, mb, j_hi, j_hi + after_a)
    window = difflib.SequenceMatcher(a=la[a_lo:a_hi], b=lb[b_lo:b_hi], autojunk=False).get_opcodes()
    return [(tag, i1 + a_lo, i2 + a_lo, j1 + b_lo, j2 + b_lo) for tag, i1, i2, j1, j2 in window]


@dataclass(slots=True)
class WordChange:
    """Words of one reading replaced in another, with what the change touches."""

    before: list[str]
    after: list[str]
    meaning: str | None  # "negation" | "number" | "name" when the change alters the meaning


def wording_changes(a: str, b: str, rw: ReconcileWords | None = None,
                    names: set[str] | None = None) -> list[WordChange]:
    """Words changed between two readings of one quote, within the part both give (one
    reading quoting more or less of the statement is not a change), beyond punctuation,
    case and spelling."""
    rw = rw or reconcile_words()
    names = names or set()
    # words in brackets inside a quote are the outlet's gloss ("mandatory (Sumbu Filosofi)",
    # "tiga KU (Kelompok Umur)"), not the speaker's: a gloss one outlet adds changes no quote
    a, b = _EDITOR_GLOSS.sub(" ", a), _EDITOR_GLOSS.sub(" ", b)
    a, b = _repaired(a), _repaired(b)
    # a unit written as a sign or short, a range as a dash or a word: one spoken amount transcribed two ways
    a, b = _signs_written_out(a), _signs_written_out(b)
    # the matches kept for where each token stands (a changed run over a sentence end, below)
    ma, mb = list(_QUOTE_TOKEN.finditer(a)), list(_QUOTE_TOKEN.finditer(b))
    ta, tb = [m.group() for m in ma], [m.group() for m in mb]
    oa, ob = _sentence_openers(a), _sentence_openers(b)
    # aligned on each word's written form: a transcript's spoken spellings ("nggak ... tau" against
    # "enggak ... tahu") are no changed words, and left unfolded they pull the alignment apart so that
    # the words around them come out as one long replaced run
    la, lb = [_written_form(t, rw) for t in ta], [_written_form(t, rw) for t in tb]
    ops = _shared_stretch(la, lb, a, ma, b, mb)
    equal = [k for k, op in enumerate(ops) if op[0] == "equal"]
    if not equal:
        return []
    # over the part both give, most words must be the same: two outlets' paraphrases of one
    # interview are two statements, not one quote with words changed
    span_a = ops[equal[-1]][2] - ops[equal[0]][1]
    same = sum(op[2] - op[1] for op in ops if op[0] == "equal")
    if same < WORDING_MIN_SAME * span_a:
        return []
    changes = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        inside = equal[0] < k < equal[-1]
        before, after = ta[i1:i2], tb[j1:j2]
        # at either end, one reading quoting more is not a change; a short word swapped for
        # another at the very end or start is ("ke negara lain" / "ke negara Arkadia"), and so is the
        # number next to the part both give ("sebesar Rp5.729.87" / "sebesar Rp5.729.876. UMP
        # sebelumnya ..."): one reading stops there, but the number it gives is another
        at_a, at_b = (i1, i2), (j1, j2)  # where the words judged stand in each reading
        if not inside and not (tag == "replace" and i2 - i1 <= 2 and j2 - j1 <= 2):
            edge = 0 if k > equal[-1] else -1
            if not (tag == "replace" and _is_number(before[edge]) and _is_number(after[edge])
                    and _numbers_differ([before[edge]], [after[edge]], [before[edge].lower()], [after[edge].lower()])):
                continue
            before, after = [before[edge]], [after[edge]]
            at_a, at_b = (i1, i1 + 1) if edge == 0 else (i2 - 1, i2), (j1, j1 + 1) if edge == 0 else (j2 - 1, j2)
        # a filler added or left out ("pelaku kemudian mengaku") carries no fact; what is left of
        # the change is judged, and nothing left is no change
        kept_a, kept_b = _without_fillers(before, rw), _without_fillers(after, rw)
        if not kept_a and not kept_b:
            continue
        if (kept_a and kept_b and (len(kept_a), len(kept_b)) != (len(before), len(after))
                and (_same_spelling(kept_a, kept_b, rw) or _one_word_two_forms(kept_a, kept_b, rw))):
            continue
        if _same_spelling(before, after, rw) or _same_figure(before, after) or _one_word_two_forms(before, after, rw):
            continue
        if (_sign_only(before, after) or _one_ordinal(before, after, rw)
                or _doubled(a, ta, i1, i2, before) or _doubled(b, tb, j1, j2, after)):
            continue
        # "gak" / "nggak" / "tidak": one negation spoken or written another way; "tidak hanya" /
        # "juga bukan": one negation for another keeps the statement negated, no meaning changed.
        # A clause one outlet leaves out ("harganya belum bisa kita bocorkan") is a quote cut: a
        # negation inside it negates nothing the other outlet quotes
        # a longer side running over a sentence end ("nikah? Siapa yang nggak mau dirayakan" / "menikah") is
        # a sentence one outlet left out around a word it kept, a cut too, not a negation put in its place
        cut = not before or not after or _runs_over_sentence_end(*((a, ma, at_a) if len(before) > len(after) else (b, mb, at_b)))
        neg_a = _negations_said(a, ta, *at_a, cut, rw)
        neg_b = _negations_said(b, tb, *at_b, cut, rw)
        # "Kalau nggak kita nggak dengerin" / "Kalau enggak kita dengerin": a negation said again after a
        # pronoun is the speaker starting the clause over; one outlet writing it once negates the same words
        if neg_a and not after and _negation_restarted(a, ma, i1, i2, rw):
            neg_a = set()
        if neg_b and not before and _negation_restarted(b, mb, j1, j2, rw):
            neg_b = set()
        negation = (bool(neg_a) != bool(neg_b) and not (cut and len(before) + len(after) >= CUT_CLAUSE_WORDS)
                    or bool(neg_a and neg_b) and _negation_kinds(neg_a, rw) != _negation_kinds(neg_b, rw))
        numbers_a = sorted(w.lower() for w in before if _is_number(w))
        numbers_b = sorted(w.lower() for w in after if _is_number(w))
        # a form of address ("Pak", "Bu") is no name: "Pak" for "Menteri Koperasi" names no one else
        names_a = {w.lower() for k, w in enumerate(before, i1) if _is_name(w, oa[k], names)} - rw.honorifics
        names_b = {w.lower() for k, w in enumerate(after, j1) if _is_name(w, ob[k], names)} - rw.honorifics
        meaning = None
        if negation:
            meaning = "negation"
        elif numbers_a and numbers_b and _numbers_differ(before, after, numbers_a, numbers_b):
            meaning = "number"  # one number for another
        elif names_a and names_b and names_a != names_b and not _spelt_out(
                [w.lower() for w in before if w.lower() in names_a],
                [w.lower() for w in after if w.lower() in names_b], rw) and not _cut_short(
                [w for w in before if w.lower() in names_a], [w for w in after if w.lower() in names_b], a, b
                ) and not _joined_alike([w for w in before if w.lower() in names_a],
                                        [w for w in after if w.lower() in names_b]):
            meaning = "name"  # one name for another
        elif _persons_differ(before, after):
            meaning = "person"  # "yang bersangkutan" / "saya": who the words are about changed
        elif _voice_flipped(before, after, ta, i1, tb, j1, rw, (oa, ob, names)):
            meaning = "voice"  # "kami janji" / "kami dijanji": who promises and who is promised swapped
        # a subject dropped where two sentences were joined changes nothing; a word that says something
        # of its own (a negation, a number, a name: the meaning judged above) is never such a subject,
        # whatever the other reading said before it
        if (inside and meaning is None and not any(_is_number(w) for w in [*before, *after])
                and (_subject_elided(ta, oa, i1, i2, tb, ob, j1, j2) or _subject_elided(tb, ob, j1, j2, ta, oa, i1, i2))):
            continue
        changes.append(WordChange(before, after, meaning))
    return changes


def _joined_alike(names_a: list[str], names_b: list[str]) -> bool:
    """One name written in two words by one outlet and as one by the other ("Kemendikbud Ristek" /
    "Kemendikbudristek"): the name words of each side, in order and run together, are the same letters."""
    def joined(words: list[str]) -> str:
        return "".join(words).lower().replace("-", "")
    return bool(names_a and names_b) and joined(names_a) == joined(names_b)


@lru_cache(maxsize=4)
def _pronoun_persons(language: str = "id") -> tuple[tuple[tuple[str, ...], str], ...]:
    """``pronoun_persons`` of ``reconcile.yaml``: each pronoun (or pronoun phrase) as its lower-case words,
    with its grammatical person (first, second, third)."""
    if not has_data("reconcile", language):
        return ()
    data = load_data("reconcile", language).get("pronoun_persons") or {}
    out = [(tuple(str(w).lower().split()), str(person)) for person, words in data.items() for w in words or []]
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def _persons_of(tokens: list[str]) -> set[str]:
    """The grammatical persons of the pronouns among ``tokens`` (a phrase is matched as whole words)."""
    lowered = [t.lower() for t in tokens]
    found: set[str] = set()
    for words, person in _pronoun_persons():
        n = len(words)
        if any(tuple(lowered[k:k + n]) == words for k in range(len(lowered) - n + 1)):
            found.add(person)
    return found


def _persons_differ(before: list[str], after: list[str]) -> bool:
    """A pronoun of one person put in the place of one of another ("Presiden meminta agar yang bersangkutan
    segera meminta maaf" / "Presiden meminta saya untuk segera meminta maaf"): the quote now speaks of someone
    else. "Kita" / "Kami" (both the first person) is no such change."""
    pa, pb = _persons_of(before), _persons_of(after)
    return bool(pa and pb) and not (pa & pb)


@lru_cache(maxsize=4)
def _passive_prefixes(language: str = "id") -> tuple[str, ...]:
    """``passive_prefixes`` of ``reconcile.yaml`` (lower case): the prefix a verb takes in the passive ("di")."""
    if not has_data("reconcile", language):
        return ()
    return tuple(str(p).lower() for p in load_data("reconcile", language).get("passive_prefixes") or [])


PASSIVE_ROOT_MIN = 4  # letters a root needs after the passive prefix ("dijanji" -> "janji"; "dia" is no passive)
REQUEST_REACH = 3  # words before the changed word a request word ("jangan", "tolong") is looked for in


@lru_cache(maxsize=4)
def _request_words(language: str = "id") -> frozenset[str]:
    """``request_words`` of ``reconcile.yaml`` (lower case): words opening a request or a prohibition, after which
    the passive and the bare root ask the same thing ("Jangan dibuang" / "Jangan buang")."""
    if not has_data("reconcile", language):
        return frozenset()
    return frozenset(str(w).lower() for w in load_data("reconcile", language).get("request_words") or [])


DOER_SKIPS = 2  # words of tense, mood or negation passed over between a doer and its verb


@lru_cache(maxsize=4)
def _doer_skips(language: str = "id") -> frozenset[str]:
    """``doer_skips`` of ``reconcile.yaml`` (lower case): words of tense, mood or negation that stand between a doer
    and its verb ("kami sudah janji")."""
    if not has_data("reconcile", language):
        return frozenset()
    return frozenset(str(w).lower() for w in load_data("reconcile", language).get("doer_skips") or [])


@lru_cache(maxsize=4)
def _agent_nouns(language: str = "id") -> frozenset[str]:
    """Nouns that name people, who can do what a verb says: ``agent_nouns`` of ``reconcile.yaml`` (groups:
    "masyarakat", "pelaku") with the person and occupation nouns the quote reader knows ("warga", "dokter")."""
    own = frozenset(str(w).lower() for w in (load_data("reconcile", language).get("agent_nouns") or [])
                    ) if has_data("reconcile", language) else frozenset()
    pat = load_quote_patterns()
    return own | pat.person_nouns | pat.occupation_nouns


def _agent_before(tokens: list[str], k: int, openers: list[bool], names: set[str]) -> bool:
    """Whether the word right before ``tokens[k]`` reads as who does it: a one-word personal pronoun ("kami"), a
    noun of people (``_agent_nouns``: "warga", "pelaku") or a name ("Amran"), and no request word in the few words
    before ("Tolong kami dibantu" asks, whoever helps). A noun head of a thing ("Harga jual" / "Harga dijual") or a
    request word ("Jangan buang") is no doer."""
    # words of tense, mood or negation may stand between the doer and the verb ("Saya telah dikonfirmasi" / "Saya
    # telah konfirmasi", "kami tidak dijanji"): at most DOER_SKIPS of them are passed over
    at = k - 1
    while at > 0 and k - 1 - at < DOER_SKIPS and tokens[at].lower() in _doer_skips():
        at -= 1
    prev = tokens[at]
    pronouns = {words[0] for words, _ in _pronoun_persons() if len(words) == 1}
    if (prev.lower() not in pronouns and prev.lower() not in _agent_nouns()
            and not _is_name(prev, openers[at], names)):
        return False
    return not any(t.lower() in _request_words() for t in tokens[max(0, k - REQUEST_REACH):k])


def _voice_flipped(before: list[str], after: list[str], tokens_a: list[str], i1: int, tokens_b: list[str],
                   j1: int, rw: ReconcileWords, context: tuple[list[bool], list[bool], set[str]]) -> bool:
    """One word in the passive ("dijanji") where the other reading has its root in the active ("janji",
    "menjanjikan"), after the same word in both ("kami dijanji" / "kami janji"): who does it and who it is done
    to are swapped. That word must read as the doer (a personal pronoun or a name, no request word before it,
    ``_agent_before``): after a request word ("Jangan dibuang" / "Jangan buang") or a noun head ("Harga dijual" /
    "Harga jual") the two forms say the same. The passive with its doer before a bare root ("kita kelola" /
    "dikelola") is two words against one and is not this. ``context``: each side's sentence openers and the
    story's name words (lower case)."""
    if len(before) != 1 or len(after) != 1 or i1 == 0 or j1 == 0:
        return False
    if tokens_a[i1 - 1].lower() != tokens_b[j1 - 1].lower():
        return False
    oa, ob, names = context
    if not (_agent_before(tokens_a, i1, oa, names) and _agent_before(tokens_b, j1, ob, names)):
        return False
    x, y = before[0].lower(), after[0].lower()
    for passive, active in ((x, y), (y, x)):
        for prefix in _passive_prefixes():
            root = passive[len(prefix):]
            if (passive.startswith(prefix) and len(root) >= PASSIVE_ROOT_MIN and not active.startswith(prefix)
                    and (active == root or root in _spoken_root(active, rw))):
                return True
    return False


def _spelt_out(names_a: list[str], names_b: list[str], rw: ReconcileWords) -> bool:
    """Whether one side's name (its name words in order, lower case) is the other's initials, one
    word: "TNI" for "Tentara Nasional Indonesia", "RUU" for "Rancangan Undang-Undang" (a hyphened
    word's halves each give a letter). One outlet writes out the name the other writes short."""
    for short, long in ((names_a, names_b), (names_b, names_a)):
        if len(short) == 1 and long:
            spelt = " ".join(part for w in long for part in w.split("-") if part)
            if _initials_of(short[0], spelt, rw) or _initials_of_opening(short[0], spelt):
                return True
    return False


def _cut_short(names_a: list[str], names_b: list[str], text_a: str, text_b: str) -> bool:
    """One side's one name word is the other's written short with a stop, as a house style does: "St." for
    "Saint" ("St. Petersburg" / "Saint Petersburg"), "Jl." for "Jalan", "Kab." for "Kabupaten". Its letters open
    the long word and follow in its order; the stop after it in its own text is what says it was cut, so "Ali" /
    "Alwi" (no stop) stay two names."""
    for short, long_, text in ((names_a, names_b, text_a), (names_b, names_a, text_b)):
        if len(short) != 1 or len(long_) != 1:
            continue
        cut, full = short[0].lower(), long_[0].lower()
        if not 2 <= len(cut) < len(full) or cut[0] != full[0]:
            continue
        letters = iter(full)
        if all(ch in letters for ch in cut) and re.search(rf"(?<!\w){re.escape(short[0])}\.", text):
            return True
    return False


# A person's initials as police and immigration write them spell every name ("WCA" for Wallace
# Costa Alves); an outlet that writes the name out may leave the last one off ("Wallace Costa"):
# so many initials more than the name written out, at most
INITIALS_BEYOND_NAME = 1


def _initials_of_opening(short: str, long: str) -> bool:
    """``short`` (lower case, one word) spells the initials of ``long``'s two or more words and at
    most INITIALS_BEYOND_NAME more: "wca" / "wallace costa". Not a name's initials a letter short
    ("wc" / "wallace costa alves" is another's, or a typo)."""
    words_long = long.split()
    if len(words_long) < 2 or " " in short:
        return False
    initials = "".join(w[0] for w in words_long)
    return short.startswith(initials) and len(short) - len(initials) <= INITIALS_BEYOND_NAME


def _change_text(c: WordChange) -> Message:
    if not c.after:
        return message("wording.left_out", words=" ".join(c.before))
    if not c.before:
        return message("wording.added", words=" ".join(c.after))
    return message("wording.replaced", before=" ".join(c.before), after=" ".join(c.after))


def _marked(text: str, change_words: list[str]) -> str:
    """The quote with its changed words in [brackets], shortened around the first change."""
    marked = text
    first = None
    for w in change_words:
        m = re.search(rf"(?<!\w){re.escape(w)}(?!\w)", marked)
        if m:
            marked = marked[:m.start()] + "[" + w + "]" + marked[m.end():]
            first = m.start() if first is None else min(first, m.start())
    if first is not None and first > 40:
        marked = "…" + marked[marked.rfind(" ", 0, first - 30) + 1:]
    return shortened(marked, 140)


def _closest_reading(options: list[tuple[list[WordChange], QuoteReading]]) -> tuple[list[WordChange], QuoteReading]:
    """Of the other readings a quote could be set against, the one it differs from least: the fewest word
    changes, then the fewest changes of meaning (the reading nearest in wording is the one retold)."""
    return min(options, key=lambda o: (len(o[0]), sum(c.meaning is not None for c in o[0])))


def _changed_readings(group: list[QuoteReading], rw: ReconcileWords,
                      names: set[str] | None) -> list[tuple[QuoteReading, QuoteReading, list[WordChange]]]:
    """The readings of one quote claim that two independent sources word differently. A source
    giving several readings (a verdict's formula repeated with two terms) is matched reading by
    reading: each reading of the source with fewer is set against its closest reading in the
    other, so "16 tahun" is not compared with the other outlet's "3 tahun" of another sentence."""
    order = {id(r): k for k, r in enumerate(group)}
    by_source: dict[str, list[QuoteReading]] = defaultdict(list)
    for r in group:
        if all(r.norm != x.norm for x in by_source[r.source]):
            by_source[r.source].append(r)
    found: list[tuple[QuoteReading, QuoteReading, list[WordChange]]] = []
    seen_texts: set[tuple[str, str]] = set()
    sources = sorted(by_source, key=lambda s: order[id(by_source[s][0])])
    for i, first in enumerate(sources):
        for second in sources[i + 1:]:
            few, many = sorted((by_source[first], by_source[second]), key=len)
            for a in few:
                options = [(wording_changes(a.text, b.text, rw, names) if a.norm != b.norm else [], b) for b in many]
                changes, b = _closest_reading(options)
                x, y = sorted((a, b), key=lambda r: order[id(r)])
                # no day test here: an outlet publishing the next morning often dates a quote by its own day
                # ("ujar Syafrin, Selasa (10/6)" / "ujar Syafrin, Rabu (11/6)", the tune split's bus fire), and
                # one speaker's near-identical words are one statement however they are dated
                if not changes or (x.norm, y.norm) in seen_texts:
                    continue
                seen_texts.add((x.norm, y.norm))
                found.append((x, y, changes) if x is a else (x, y, wording_changes(x.text, y.text, rw, names)))
    return found


def _subject_elided(tokens: list[str], openers: list[bool], i1: int, i2: int,
                    other: list[str], other_openers: list[bool], j1: int, j2: int) -> bool:
    """One word only one reading has, opening a sentence there ("... B-2850-UFZ. Pelaku memakai kaus"),
    where the other reading runs on without a new sentence and has named the same word before
    ("Ciri-ciri pelaku menggunakan mobil ..., memakai kaos"): two sentences joined into one, the
    repeated subject dropped, no word of the speaker changed."""
    if i2 - i1 != 1 or j2 != j1 or j1 >= len(other) or not openers[i1] or other_openers[j1]:
        return False
    word = tokens[i1].lower()
    return any(t.lower() == word for t in other[:j1])


def _function_words_only(change: WordChange, rw: ReconcileWords) -> bool:
    """A change made of the language's empty function words alone (``empty_function_words`` of
    reconcile.yaml: "untuk", "yang", "itu"); a word of tense, modality, negation or quantity is not one."""
    changed = [w.lower() for w in [*change.before, *change.after]]
    return bool(changed) and change.meaning is None and all(w in rw.empty_function_words and w not in rw.negations
                                                            and w not in rw.negation_of for w in changed)


def _held_in_other_claims(claim: str, group: list[QuoteReading], readings: list[QuoteReading], rw: ReconcileWords,
                          names: set[str] | None) -> list[tuple[QuoteReading, QuoteReading, list[WordChange]]]:
    """A claim's readings set against readings of the same speaker put in another quote claim, by outlets the
    claim has no reading of, that hold them as a stretch of a longer quote. One outlet quoting in one run what
    another gives as two quotes ("kami sudah minta dirjen ... naik. kami dijanji satu minggu ..." / "kami sudah
    minta dirjen ... naik" and "kami janji satu minggu ..."): the long reading joins the claim of its first part
    only, and the second part, worded otherwise, was never set against it. Each reading of the claim is set
    against the closest of one outlet's readings that hold it, never against one that holds another."""
    sources = {r.source for r in group}
    speaker = group[0].speaker_key
    held: dict[str, list[QuoteReading]] = defaultdict(list)
    for r in readings:
        if r.claim and r.claim != claim and r.speaker_key == speaker and r.source not in sources:
            held[r.source].append(r)
    found: list[tuple[QuoteReading, QuoteReading, list[WordChange]]] = []
    for longer in held.values():
        for a in group:
            options = [(wording_changes(a.text, r.text, rw, names), r) for r in longer
                       if len(r.norm) > len(a.norm) and quotes_match(a.norm, r.norm)]
            if not options:
                continue
            changes, r = _closest_reading(options)
            if changes:
                found.append((a, r, changes))
    return found


def _one_person_other_claims(claim: str, group: list[QuoteReading],
                             one_person: Sequence[Sequence[QuoteReading]], rw: ReconcileWords,
                             names: set[str] | None) -> list[tuple[QuoteReading, QuoteReading, list[WordChange]]]:
    """A claim's readings set against the readings of one quote the attribution rule found given to one person
    under two names the linker left apart ("Kaesang Pangarep" / "Mas Kaesang"): those sit in another claim (a
    claim is one speaker's), so their wording was never compared. Each reading of the claim is set against the
    closest reading, of a source the claim has none of, in a claim that comes later (each two claims once)."""
    sources = {r.source for r in group}
    found: list[tuple[QuoteReading, QuoteReading, list[WordChange]]] = []
    for quote in one_person:
        if not any(r.claim == claim for r in quote):
            continue
        others: dict[str, list[QuoteReading]] = defaultdict(list)
        for r in quote:
            if r.claim and not r.reported and r.claim != claim and _claim_order(r.claim) > _claim_order(claim) \
                    and r.source not in sources:
                others[r.source].append(r)
        for a in (r for r in quote if r.claim == claim):
            for theirs in others.values():
                options = [(wording_changes(a.text, r.text, rw, names) if a.norm != r.norm else [], r) for r in theirs]
                changes, r = _closest_reading(options)
                if changes:
                    found.append((a, r, changes))
    return found


@dataclass(frozen=True, slots=True)
class _RetoldQuoteSettings:
    """``retold_quotes`` of reconcile.yaml: see the comments there."""

    min_shared: int
    share: float


@lru_cache(maxsize=4)
def _retold_quote_settings(language: str = "id") -> _RetoldQuoteSettings:
    data = load_data("reconcile", language).get("retold_quotes") or {}
    return _RetoldQuoteSettings(int(data.get("min_shared", 5)), float(data.get("share", 0.55)))


def _statement_stems(text: str, rw: ReconcileWords, fillers: frozenset[str]) -> list[str]:
    """The content words of a quote in their order, each by its stem (a number as written), fillers left out."""
    out = []
    for w in content_words(_signs_written_out(text), rw):
        head = w.split("-", 1)[0] if "-" in w else w
        if w in fillers or head in fillers:
            continue
        if _is_number(head):
            out.append(head)
        elif len(head) >= 3:
            out.append(stem(head))
    return out


def _stems_in_order(a: list[str], b: list[str]) -> tuple[int, int]:
    """How many stems ``a`` and ``b`` share in one order (their longest common subsequence), and the widest
    stretch, in stems, the shared ones span in either reading (first shared stem to last, as the earliest
    alignment takes them)."""
    n, m = len(a), len(b)
    after = [[0] * (m + 1) for _ in range(n + 1)]  # after[i][j]: shared in order by a[i:] and b[j:]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            after[i][j] = after[i + 1][j + 1] + 1 if _same_stem(a[i], b[j]) else max(after[i + 1][j], after[i][j + 1])
    i = j = 0
    at_a: list[int] = []
    at_b: list[int] = []
    while i < n and j < m:
        if _same_stem(a[i], b[j]) and after[i][j] == after[i + 1][j + 1] + 1:
            at_a.append(i)
            at_b.append(j)
            i, j = i + 1, j + 1
        elif after[i + 1][j] >= after[i][j + 1]:
            i += 1
        else:
            j += 1
    if not at_a:
        return 0, 0
    return len(at_a), max(at_a[-1] - at_a[0], at_b[-1] - at_b[0]) + 1


def _retold_in_other_claims(claim: str, group: list[QuoteReading], readings: list[QuoteReading],
                            rw: ReconcileWords, names: set[str] | None) -> list[tuple[QuoteReading, QuoteReading, list[WordChange]]]:
    """A claim's readings set against the same speaker's readings in a later claim, by outlets the claim has no
    reading of, that tell one statement in other words: the fuzzy match of the claims kept them apart ("Dan ini
    bukan yang pertama meninggal" / "Dan ini bukan kematian yang pertama"), their content words run in one order
    (``retold_quotes`` of reconcile.yaml). Each reading of the claim is set against the closest such reading of
    one outlet; each two claims are compared once."""
    settings = _retold_quote_settings()
    fillers = _retold_settings().fillers
    sources = {r.source for r in group}
    speaker = group[0].speaker_key
    if not speaker:
        return []
    later: dict[str, list[QuoteReading]] = defaultdict(list)
    for r in readings:
        if (r.claim and r.claim != claim and r.speaker_key == speaker and r.source not in sources
                and _claim_order(r.claim) > _claim_order(claim)):
            later[r.source].append(r)
    if not later:
        return []
    stems: dict[int, list[str]] = {}

    def stems_of(r: QuoteReading) -> list[str]:
        if id(r) not in stems:
            stems[id(r)] = _statement_stems(r.text, rw, fillers)
        return stems[id(r)]

    found: list[tuple[QuoteReading, QuoteReading, list[WordChange]]] = []
    for theirs in later.values():
        for a in group:
            sa = stems_of(a)
            options = []
            for r in theirs:
                sb = stems_of(r)
                shared, stretch = _stems_in_order(sa, sb) if sa and sb else (0, 0)
                # most of the shorter reading, and most of one stretch of the longer: words of one clause scattered
                # through a longer quote ("sekitar 10.000 tentara ... 8.000 ... Kursk" / "Sekitar 8.000 tentara ...
                # Kursk") are another clause's, not this statement retold
                if shared >= settings.min_shared and shared >= settings.share * max(min(len(sa), len(sb)), stretch):
                    options.append((wording_changes(a.text, r.text, rw, names), r))
            if not options:
                continue
            changes, r = _closest_reading(options)
            if changes:
                found.append((a, r, changes))
    return found


def wording_discrepancies(story: str, readings: list[QuoteReading], entities: dict[str, Entity],
                          rw: ReconcileWords | None = None, names: set[str] | None = None,
                          texts: dict[str, str] | None = None,
                          one_person: Sequence[Sequence[QuoteReading]] = ()) -> list[Discrepancy]:
    """One quote claim (same speaker, same statement) whose readings in two independent
    sources differ in words, not only in punctuation or spelling. ``texts`` (document id to text, the
    story's) lets the story's own words tell that the speaker is from abroad, so translated. ``one_person``
    (``attribution_discrepancies``'s) are quotes given to one person under two names, compared too."""
    rw = rw or reconcile_words()
    by_claim: dict[str, list[QuoteReading]] = defaultdict(list)
    for r in readings:
        if r.claim:
            by_claim[r.claim].append(r)
    out = []
    # one pair of readings is told once, whichever rule finds it and from which claim: a retold reading that also
    # holds the quote, or a longer reading held in an earlier claim (the held rule finds it from the later claim,
    # the retold rule from the earlier one, each reading in the other's place)
    seen_pairs: set[frozenset[int]] = set()
    for claim, group in by_claim.items():
        found = (_changed_readings(group, rw, names) + _held_in_other_claims(claim, group, readings, rw, names)
                 + _one_person_other_claims(claim, group, one_person, rw, names)
                 + _retold_in_other_claims(claim, group, readings, rw, names))
        found = [f for f in found if (pair := frozenset((id(f[0]), id(f[1])))) not in seen_pairs
                 and not seen_pairs.add(pair)]
        if not found:
            continue
        speaker = entities.get(group[0].speaker_key or "")
        speaker_name = group[0].speaker_name or message("speaker.none")
        meanings = sorted({c.meaning for _, _, cs in found for c in cs if c.meaning})
        translated = not meanings and (speaks_another_language(speaker, rw)
                                       or described_from_abroad(speaker, texts or {}, entities))
        if translated:
            # two translations of one foreign statement differ in the small words of the language they
            # are put in ("diharapkan untuk kembali" / "diharapkan kembali"); only a changed word that
            # says something ("mencegah" / "menghindari") is worth a reader's look
            found = [(a, b, kept) for a, b, cs in found
                     if (kept := [c for c in cs if not _function_words_only(c, rw)])]
            if not found:
                continue
        pairs = []
        change_list = []
        for a, b, cs in found:
            pairs.append(message("wording.pair", outlet_a=a.outlet, quote_a=_marked(a.text, [w for c in cs for w in c.before]),
                                 outlet_b=b.outlet, quote_b=_marked(b.text, [w for c in cs for w in c.after]),
                                 changes=joined([_change_text(c) for c in cs], "; ")))
            change_list.extend({"doc_a": a.doc, "doc_b": b.doc, "a": " ".join(c.before), "b": " ".join(c.after),
                                "meaning": c.meaning} for c in cs)
        said = {"speaker": speaker_name, "pairs": joined(pairs, "; ")}
        if meanings:
            status = "contradiction"
            explanation = message("wording.meaning", **said, meanings=[message(f"meaning.{m}") for m in meanings])
        elif translated:
            status = "explained"
            explanation = message("wording.translated", **said)
        else:
            status = "compatible"
            explanation = message("wording.verbatim", **said)
        # a reading held in another claim (``_held_in_other_claims``) brings its claim and its outlet into the
        # item: both claims are cited and every outlet compared counts
        other_claims = sorted({r.claim for a, b, _ in found for r in (a, b) if r.claim and r.claim != claim})
        sources = {r.source for r in group} | {r.source for a, b, _ in found for r in (a, b)}
        score = 2.0 * STATUS_WEIGHT[status] * (1 + len(sources) / 4)
        out.append(Discrepancy(kind="wording", docs=sorted({r.doc for a, b, _ in found for r in (a, b)}),
                               claims=[claim, *other_claims], status=status, explanation=english(explanation), score=round(score, 3),
                               story=story, changes=change_list, message=explanation))
    return out


# --------------------------------------------------------------------------- details


@dataclass(slots=True)
class _Sentence:
    doc: str
    start: int
    end: int
    text: str
    tokens: list[str]  # synonym-folded content words in order
    source: str
    outlet: str


def _sentences(docs: Sequence[Document], by_id: dict[str, Document], rw: ReconcileWords) -> list[_Sentence]:
    out = []
    for d in docs:
        for s, e in d.sentences:
            toks = content_words(d.text[s:e], rw)
            if len(toks) >= DETAIL_MIN_SHARED:
                out.append(_Sentence(d.id, s, e, d.text[s:e], toks, source_key(d, by_id), d.outlet or d.id))
    return out


def _is_detail_word(word: str, rw: ReconcileWords, names: set[str]) -> bool:
    if len(word) < 4 or not word.isalpha() or word in names:
        return False
    if word in rw.stopwords or word in rw.speech_words or word in rw.not_details:
        return False
    # a verb is a detail only as a value of a slot listed for verbs ("ditusuk" / "ditembak");
    # any other swapped verb is a paraphrase ("menggelar" / "memimpin")
    return word in rw.slot_of or not (len(word) >= 5 and word.startswith(rw.verb_prefixes))


def _exclusive_value(word: str) -> bool:
    return any(exclusive_slots(language).value(word) for language in ("id", "en"))


def _detail_slot_pair(pair: frozenset[str], rw: ReconcileWords) -> bool:
    """Two words of one slot of ``detail_slots`` (reconcile.yaml)."""
    slots = {rw.slot_of.get(w) for w in pair}
    return len(slots) == 1 and None not in slots


def _one_exclusive_value(a: list[str], i: int, b: list[str], j: int) -> bool:
    """Whether the phrases starting at ``a[i]`` and ``b[j]`` are two forms of one value."""
    for language in ("id", "en"):
        es = exclusive_slots(language)
        va, vb = es.form_at(a, i), es.form_at(b, j)
        if va and vb and va[:2] == vb[:2]:
            return True
    return False


def _exclusive_pair(wa: str, wb: str) -> bool:
    """Two words giving two values of one slot of ``exclusive_slots.yaml`` ("petani" / "nelayan",
    "dapur" / "kamar"): in one sentence told twice, the sentence itself says they fill one slot."""
    for language in ("id", "en"):
        es = exclusive_slots(language)
        va, vb = es.value(wa), es.value(wb)
        if va and vb and va[0] == vb[0] and va[1] != vb[1]:
            return True
    return False


def _swapped_words(a: list[str], b: list[str], rw: ReconcileWords,
                   names: set[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(details, all swaps): words that differ between two aligned sentences while the words
    before agree; details are the swaps of content nouns."""
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    ops = matcher.get_opcodes()
    matched_a = {i for tag, i1, i2, _, _ in ops if tag == "equal" for i in range(i1, i2)}
    matched_b = {j for tag, _, _, j1, j2 in ops if tag == "equal" for j in range(j1, j2)}
    counted = counted_nouns()
    found: list[tuple[str, str]] = []
    swaps: list[tuple[str, str]] = []  # every changed word, detail or wording
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or k == 0 or ops[k - 1][0] != "equal":
            continue
        # the context before agrees: 2 of the 3 words before are matched on both sides
        # (word order may differ: "operasi dasar infanteri" / "operasi infanteri dasar")
        if (len(matched_a & set(range(i1 - 3, i1))) < CONTEXT_MATCHED
                or len(matched_b & set(range(j1 - 3, j1))) < CONTEXT_MATCHED):
            continue
        at_end = i2 == len(a) or j2 == len(b)
        short = (i2 - i1) <= 2 and (j2 - j1) <= 2
        followed = k + 1 < len(ops) and ops[k + 1][0] == "equal"
        if not ((short and followed) or at_end):
            continue
        wa, wb = a[i1], b[j1]
        if wa == wb or wa in b or wb in a:  # moved, not changed
            continue
        if wa.startswith(wb) or wb.startswith(wa):  # "lain" / "lainnya": one word, two forms
            continue
        if _one_exclusive_value(a, i1, b, j1):  # "truk" / "mobil box": one vehicle, two forms
            continue
        slot = rw.slot_of.get(wa)
        same_slot = (bool(slot) and slot == rw.slot_of.get(wb)) or _exclusive_pair(wa, wb)
        if wa in counted and wb in counted and not same_slot:  # "empat warga" / "empat korban": the figures' business
            continue
        swaps.append((wa, wb))
        # two values of one slot (a mine or a trench), not any swapped word
        if same_slot and _is_detail_word(wa, rw, names) and _is_detail_word(wb, rw, names):
            found.append((wa, wb))
    return found, swaps


def _former_marker_slip(a: list[str], b: list[str], former: frozenset[str]) -> tuple[int, int] | None:
    """Where one of two aligned sentences puts a word of ``former`` ("eks", "mantan") before a
    role the other gives with the same word before and after it: "memeriksa dua eks staf khusus" /
    "memeriksa dua staf khusus". Returns (index of the marker in ``a``, index of the role in ``b``),
    or None. The words around the role must agree on both sides, so another person with the same
    title ("mantan Kapolri X" / "Kapolri Y") is no slip."""
    for k in range(len(a) - 1):
        if a[k] not in former or a[k + 1] in former:
            continue
        role = a[k + 1]
        before = a[k - 1] if k else None
        after = a[k + 2] if k + 2 < len(a) else None
        for m, w in enumerate(b):
            if w != role or (m and b[m - 1] in former):
                continue
            if (b[m - 1] if m else None) != before or (b[m + 1] if m + 1 < len(b) else None) != after:
                continue
            if before is None and after is None:  # a sentence of one word agrees with anything
                continue
            return k, m
    return None


def _former_marker_conflict(story: str, a: _Sentence, b: _Sentence, wa: list[str], wb: list[str],
                            former: frozenset[str], score: float) -> tuple[str, Discrepancy] | None:
    """A person's or group's status told two ways in one sentence two sources share: a current
    holder of a role in one, a former holder in the other (the identity rule reads this after a
    subject and a linking word only; here the sentences themselves say the role is one)."""
    for (x, y, wx, wy) in ((a, b, wa, wb), (b, a, wb, wa)):
        found = _former_marker_slip(wx, wy, former)
        if found is None or any(w in former for w in wy):
            continue
        k, m = found
        if office_term_after(wy[m + 1:]):
            continue  # "Menteri Perdagangan periode 2015-2016": a term that ended, a former holder too
        role = " ".join(wx[k + 1:k + 3])
        explanation = message("detail.former", outlet_a=x.outlet, role_a=" ".join(wx[k:k + 3]),
                              sentence_a=shortened(x.text), outlet_b=y.outlet, role_b=" ".join(wy[m:m + 2]),
                              sentence_b=shortened(y.text))
        return role, Discrepancy(kind="detail", docs=sorted({a.doc, b.doc}), claims=[], status="contradiction",
                                 explanation=english(explanation), message=explanation, score=round(score, 3),
                                 story=story)
    return None


DETAIL_MAX_SOURCES = 40  # independent accounts of a story compared sentence by sentence


def _first_accounts(docs: Sequence[Document], by_id: dict[str, Document]) -> list[Document]:
    """The documents whose sentences the detail rule compares: of a large story, those of its
    ``DETAIL_MAX_SOURCES`` earliest independent sources (copies and spun copies of a source
    share its key), because comparing every pair of sentences grows with the square of the
    story."""
    keys = {d.id: source_key(d, by_id) for d in docs}
    if len(set(keys.values())) <= DETAIL_MAX_SOURCES:
        return list(docs)
    kept: set[str] = set()
    for d in sorted(docs, key=order_key):
        if len(kept) >= DETAIL_MAX_SOURCES:
            break
        kept.add(keys[d.id])
    return [d for d in docs if keys[d.id] in kept]


def entity_name_words(entities: Sequence[Entity], rw: ReconcileWords | None = None) -> set[str]:
    """Words of every entity name: a swapped name is a different subject, not a detail."""
    rw = rw or reconcile_words()
    return {w for e in entities for n in [e.name, *e.aliases] for w in fold_synonyms(n, rw)}


def detail_discrepancies(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                         entities: Sequence[Entity], rw: ReconcileWords | None = None,
                         names: set[str] | None = None) -> list[Discrepancy]:
    rw = rw or reconcile_words()
    if names is None:  # callers looping over stories pass it in: it is the same for all
        names = entity_name_words(entities, rw)
    sents = _sentences(_first_accounts(docs, by_id), by_id, rw)
    sites = [_sites(s.text, rw) for s in sents]
    places: list[_PlaceSwap] = []
    by_pair: dict[tuple[str, str], list[tuple[Discrepancy, frozenset[str]]]] = defaultdict(list)
    swap_count: dict[tuple[str, str], int] = defaultdict(int)
    seen: set[tuple[str, str]] = set()
    # A story's many reports repeat sentences word for word; the alignment of a pair of token
    # lists is worked out once (an identical pair has nothing swapped).
    aligned: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[list, list]] = {}
    token_sets = [set(s.tokens) for s in sents]
    former = _identity_words().former
    former_told: dict[str, Discrepancy] = {}  # one item per role told with and without the marker
    plain: dict[int, list[str]] = {}

    def plain_words(k: int) -> list[str]:
        # every word, stopwords kept: "dua eks staf" needs the word before the marker
        if k not in plain:
            plain[k] = words(sents[k].text)
        return plain[k]

    for i, a in enumerate(sents):
        set_a = token_sets[i]
        key_a = tuple(a.tokens)
        for j in range(i + 1, len(sents)):
            b = sents[j]
            if a.source == b.source:
                continue
            set_b = token_sets[j]
            shared = set_a & set_b
            overlap = len(shared) / min(len(set_a), len(set_b))
            if len(shared) < DETAIL_MIN_SHARED or overlap < DETAIL_MIN_OVERLAP:
                continue
            if former:
                wa, wb = plain_words(i), plain_words(j)
                if former & (set(wa) | set(wb)):
                    slip = _former_marker_conflict(story, a, b, wa, wb, former,
                                                   3.0 * overlap + min(len(shared), 12) / 12)
                    if slip is not None and slip[0] not in former_told:
                        former_told[slip[0]] = slip[1]
            key_b = tuple(b.tokens)
            if key_a == key_b:
                continue
            if sites[i] and sites[j]:
                places.extend(_place_swaps(a, b, sites[i], sites[j], 3.0 * overlap + min(len(shared), 12) / 12, rw))
            found = aligned.get((key_a, key_b))
            if found is None:
                found = aligned[(key_a, key_b)] = _swapped_words(a.tokens, b.tokens, rw, names)
            details, swaps = found
            swap_count[tuple(sorted((a.doc, b.doc)))] += len(swaps)
            for wa, wb in details:
                key = tuple(sorted((wa, wb)))
                if key in seen:
                    continue
                seen.add(key)
                explanation = message("detail.word", outlet_a=a.outlet, word_a=wa, sentence_a=shortened(a.text),
                                      outlet_b=b.outlet, word_b=wb, sentence_b=shortened(b.text))
                score = 3.0 * overlap + min(len(shared), 12) / 12
                by_pair[tuple(sorted((a.doc, b.doc)))].append((Discrepancy(
                    kind="detail", docs=sorted({a.doc, b.doc}), claims=[], status="contradiction",
                    explanation=english(explanation), score=round(score, 3), story=story, message=explanation),
                    frozenset((wa, wb))))
    # A pair of documents with many swapped words is a rewritten copy (synonyms spun in), and
    # its swaps are wording, not facts.
    swaps = [x for pair, found in by_pair.items() if swap_count[pair] < SPUN_PAIR_SWAPS for x in found]
    # two values of an exclusive slot swapped in one sentence told twice are the slot rule's when
    # it reads them too: it knows a later day's value from a contradiction ("tersangka", then
    # "terdakwa"); "pisau" / "celurit" is told once, not twice
    slot_items = _slot_conflicts(story, docs, by_id, rw, names)
    by_docs: dict[tuple[str, ...], list[list[set[str]]]] = defaultdict(list)
    for d, surfaces in slot_items:
        by_docs[tuple(d.docs)].append([set(f.split()) for f in surfaces])

    def told_by_the_slot_rule(d: Discrepancy, pair: frozenset[str]) -> bool:
        # "dapur" / "kamar" swapped; "dapur" / "kamar tidur" the slot's forms
        return any(all(any(w in sw for sw in surface_words) for w in pair) for surface_words in by_docs[tuple(d.docs)])

    def other_days(d: Discrepancy, pair: frozenset[str]) -> bool:
        # a value of an exclusive slot read from the swap alone: two days apart, the later report
        # may tell a story that moved on, as the slot rule says
        if not all(_exclusive_value(w) for w in pair) or _detail_slot_pair(pair, rw):
            return False
        days = {(by_id[i].published or "")[:10] for i in d.docs if i in by_id}
        return len(days) > 1

    out = [d for d, pair in swaps if not told_by_the_slot_rule(d, pair) and not other_days(d, pair)]
    # a rewritten copy may swap synonyms, never the place where a thing happened
    out.extend(_place_discrepancies(story, places))
    out.extend(_unit_conflicts(story, sents, rw))
    out.extend(_state_conflicts(story, docs, by_id, rw))
    out.extend(d for d, _ in slot_items)
    out.extend(_clock_conflicts(story, docs, by_id, rw))
    identities = _identity_conflicts(story, docs, by_id)
    out.extend(identities)
    told_initials: set[frozenset[str]] = set()  # pairs of initials the identity-name rule told: one item a pair
    out.extend(_name_conflicts(story, docs, by_id, told_initials))
    out.extend(name_variant_conflicts(story, docs, by_id))
    out.extend(_named_slot_conflicts(story, docs, by_id, rw))
    out.extend(vehicle_count_conflicts(story, docs, by_id))
    out.extend(event_region_conflicts(story, docs, by_id))
    out.extend(d for d in cause_conflicts(story, docs, by_id) if not any(set(k) <= set(d.docs) for k in by_docs))
    out.extend(_age_conflicts(story, docs, by_id))
    out.extend(person_role_conflicts(story, docs, by_id))
    out.extend(initials_conflicts(story, docs, by_id, age_in_brackets(), told=told_initials))
    out.extend(_code_conflicts(story, docs, by_id))
    out.extend(_model_conflicts(story, docs, by_id))
    out.extend(_law_conflicts(story, docs, by_id))
    out.extend(match_moment_conflicts(story, docs, by_id))
    out.extend(_weekday_slips(story, docs, by_id))
    out.extend(_occasion_day_conflicts(story, docs, by_id, rw))
    out.extend(happening_day_conflicts(story, docs, by_id, rw, out))
    out.extend(same_happening_conflicts(story, docs, by_id, rw, out))  # off unless lang/id/same_happening.yaml says on
    out.extend(argument_value_conflicts(story, docs, by_id, rw, out,
                                        transliterated=lambda x, y: _one_transliterated(x, y, rw)))
    # the identity rule read the same status after its subject: one item, the identity rule's
    told = [set(d.docs) for d in identities]
    out.extend(d for d in former_told.values() if not any(set(d.docs) <= docs_of for docs_of in told))
    # last: the readers above take the items found before them as told, and these two must change none of theirs
    out.extend(date_slips(story, docs, by_id))
    out.extend(body_name_conflicts(story, docs, by_id))
    return out


@dataclass(slots=True)
class _DayReading:
    doc: Document
    source: str
    day: date
    named: int  # the ISO weekday the text names (Monday 0)
    text: str


def _day_readings(d: Document, by_id: dict[str, Document]) -> list[_DayReading]:
    """The dates of ``d`` written with their weekday ("Rabu (18/6/2025)"), with the weekday named; also a
    date written with its clock ("Kamis (23/11) pukul 20.05 Wita"): the clock does not make the weekday
    fit (disc35: such slips were never read, the moment of the event is most often told this way)."""
    out = []
    for t in d.dates:
        if t.precision not in ("day", "minute") or not isinstance(t.value, str):
            continue
        named = weekday_named(t)
        if named is None:
            continue
        try:
            day = date.fromisoformat(t.value[:10])
        except ValueError:
            continue
        out.append(_DayReading(d, source_key(d, by_id), day, named, t.text))
    return out


def _weekday_misfit(t: TimeExpr) -> bool:
    """A date expression whose weekday does not fit its date: one of the two is a slip."""
    named = weekday_named(t)
    if named is None or not isinstance(t.value, str):
        return False
    try:
        return date.fromisoformat(t.value[:10]).weekday() != named
    except ValueError:
        return False


def _corrects(right: _DayReading, slip: _DayReading) -> bool:
    """``right`` (a date that fits its weekday, from another source) tells the day ``slip`` meant:
    the same day with another weekday, the same weekday a day or two off ("Rabu (17/6/2025)" for
    Wednesday 18 June), or the same weekday and day of the month in another month of the year
    ("Kamis (24/3)" for Thursday 24 April, "Rabu (18/9/2025)" for 18 June), or the same weekday
    in the same month with one digit of the day mistyped. The same day and month
    in another year ("Rabu (4/6/2026)" for Wednesday 4 June 2025) is a misprinted year, which
    misleads no reader about the day, and is not told as a slip. The witness may be another report of the
    slip's own outlet (disc41): the calendar already says the slip is one, and the witness only tells which day
    was meant, which the outlet's other piece of the story tells as well as another outlet."""
    if right.doc.id == slip.doc.id:
        return False
    if right.day == slip.day:
        return True
    if right.named != slip.named:
        return False
    if (right.day.month, right.day.day) == (slip.day.month, slip.day.day):
        return False
    apart = abs((right.day - slip.day).days)
    return apart <= 3 or (right.day.day == slip.day.day and apart <= 366) or _one_digit_slip(right.day, slip.day)


def _one_digit_slip(a: date, b: date) -> bool:
    """The same month and year, and days of the month that differ in one digit written with two
    ("Jumat (26/6/2025)" for Friday 20 June): a mistyped digit, not another day the text meant."""
    if (a.year, a.month) != (b.year, b.month):
        return False
    return sum(x != y for x, y in zip(f"{a.day:02d}", f"{b.day:02d}")) == 1


def _year_misprinted(r: _DayReading) -> bool:
    """A date whose day and month are within a week of its report's publication but whose year is another
    ("Selasa (9/6/2026)" in a report of 9 June 2025): its year is a misprint, so a weekday that fits it says
    nothing of the day meant (disc41: such a date in the outlet's other report named a wrong day as meant)."""
    published = published_day(r.doc)
    if published is None or r.day.year == published.year:
        return False
    try:
        same_year = r.day.replace(year=published.year)
    except ValueError:  # 29 February
        return False
    return abs((same_year - published).days) <= 7


def _weekday_slips(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """A date whose weekday does not fit it ("Selasa (18/6/2025)": 18 June 2025 was a Wednesday)
    where another independent source writes the day it meant with a weekday that fits: an outlet
    slipped on the weekday, the day or the month. The slips meaning one day make one item (one
    date told several ways). Explained, not a contradiction: the calendar says which reading holds."""
    readings = [r for d in docs for r in _day_readings(d, by_id)]
    right = [r for r in readings if r.day.weekday() == r.named and not _year_misprinted(r)]
    meant: dict[date, tuple[_DayReading, list[_DayReading]]] = {}
    told: set[tuple[str, str]] = set()
    for slip in readings:
        if slip.day.weekday() == slip.named or (slip.doc.id, slip.text) in told:
            continue
        # another outlet's reading first: the witness named is an independent one whenever there is one
        fits = sorted((r for r in right if _corrects(r, slip)), key=lambda r: r.source == slip.source)
        if not fits:
            continue
        told.add((slip.doc.id, slip.text))
        meant.setdefault(fits[0].day, (fits[0], []))[1].append(slip)
    out: list[Discrepancy] = []
    for other, slips in meant.values():
        fitting = [r for r in right if r.day == other.day and all(r.doc.id != s.doc.id for s in slips)]
        told_slips = [message("detail.weekday_slip", outlet=s.doc.outlet or s.doc.id, text=s.text,
                              date=date_arg(s.day.isoformat())) for s in slips]
        if len(slips) == 1:
            slip = slips[0]
            # the outlet's own other report is the only witness: say so, "X writes ...; X writes ..." reads as one text
            key = "detail.weekday_own" if other.source == slip.source else "detail.weekday"
            explanation = message(key, outlet_a=slip.doc.outlet or slip.doc.id, text_a=slip.text,
                                  date=date_arg(slip.day.isoformat()), outlet_b=other.doc.outlet or other.doc.id,
                                  text_b=other.text)
        else:
            explanation = message("detail.weekdays", slips=joined(told_slips, "; "),
                                  outlet_b=other.doc.outlet or other.doc.id, text_b=other.text)
        out.append(detail_item(story, sorted({*(s.doc.id for s in slips), *(r.doc.id for r in fitting)}), explanation,
                                # scored by the other outlets that write the day: the slip's own outlet adds nothing
                                round(2.5 + 0.25 * len({r.source for r in fitting} - {s.source for s in slips}), 3),
                                status="explained"))
    return out


SITE_NAME_MAX_WORDS = 5  # capitalised words a site's name may run to after its head


@lru_cache(maxsize=4)
def _site_pattern(prepositions: frozenset[str], heads: tuple[str, ...],
                  locatives: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A site named after a preposition: "di Istana Merdeka" gives head "Istana", name "Merdeka";
    a word of position may stand between them ("di depan Istana Merdeka")."""
    preps = "|".join(re.escape(p) for p in sorted(prepositions, key=len, reverse=True))
    position = (r"(?:\s+(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in locatives) + r"))?"
                if locatives else "")
    alternatives = "|".join(re.escape(h) for h in heads)  # longest first
    name = r"(?:[A-Z][\w'’-]*|\d+)"
    # "more": the words a comma continues the name with ("di Stadion Panasonic, Suita"), its
    # town or its other name, which may be all another outlet calls it. A name runs to
    # SITE_NAME_MAX_WORDS words: cut shorter, "Stadion Utama Gelora Bung Karno" would be another
    # site than "Stadion Gelora Bung Karno"
    return re.compile(rf"(?<!\w)(?i:{preps}){position}\s+(?P<head>{alternatives})(?P<name>(?:\s+{name}){{1,{SITE_NAME_MAX_WORDS}}})"
                      rf"(?P<more>,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?")


def _sites(text: str, rw: ReconcileWords) -> dict[str, set[str]]:
    """The sites a sentence names after a preposition, by head word: {"Istana": {"merdeka"}}; a
    name a comma continues also whole ("Stadion Panasonic, Suita": "panasonic", "panasonic suita")."""
    if not rw.place_heads or not rw.place_prepositions:
        return {}
    found: dict[str, set[str]] = defaultdict(set)
    for m in _site_pattern(rw.place_prepositions, rw.place_heads, rw.place_locatives).finditer(text):
        head = case_blind_key(m.group("head"))
        found[head].add(" ".join(m.group("name").split()).lower())
        if m.group("more"):
            found[head].add(" ".join((m.group("name") + m.group("more").replace(",", " ")).split()).lower())
    return dict(found)


TRANSLITERATED_MIN = 6  # letters a shared opening needs before two names are one transliterated


def _folded(name: str, rw: ReconcileWords) -> str:
    """A name with the letters transliterations swap folded ("constantine" -> "konstantine")."""
    out, i = [], 0
    while i < len(name):
        for src, dst in rw.transliteration_folds:
            if name.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            out.append(name[i])
            i += 1
    return "".join(out)


def _one_transliterated(a: str, b: str, rw: ReconcileWords) -> bool:
    """One foreign name transliterated or translated two ways ("Konstantinovsky" / "Constantine"):
    folded, they open alike over most of the shorter one."""
    if not rw.transliteration_folds:
        return False
    fa, fb = _folded(a.replace(" ", ""), rw), _folded(b.replace(" ", ""), rw)
    shorter = min(len(fa), len(fb))
    common = 0
    while common < shorter and fa[common] == fb[common]:
        common += 1
    return common >= TRANSLITERATED_MIN and common >= rw.transliterated_stem * shorter


def _site_words(name: str, rw: ReconcileWords) -> list[str]:
    """A site's name (lower case) as words, a unit's spellings as one ("Km 13" / "Kilometer 13") and
    a place word that ends it left off: "Jalan Pulau Balang Km 13 Kelurahan" is a name cut at its
    length cap where the next place (the Kelurahan's name) begins."""
    units = unit_table().canonical
    out = [units.get(w, w) for w in name.split()]
    while len(out) > 1 and out[-1] in _lower_place_words(rw.place_words):
        out.pop()
    return out


@lru_cache(maxsize=4)
def _lower_place_words(place_words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in place_words)


def _same_site(a: str, b: str, rw: ReconcileWords) -> bool:
    """One site's name written two ways or more or less fully ("Kepresidenan" / "Kepresidenan
    Jakarta", "Dreierschützengasse" / "Dreierschutzengasse", "Konstantinovsky" / "Constantine")."""
    wa, wb = set(_site_words(a, rw)), set(_site_words(b, rw))
    if wa <= wb or wb <= wa or fuzz.ratio(a, b) >= rw.spelling_ratio or _one_transliterated(a, b, rw) \
            or _initials_of(a, b, rw) or _initials_of(b, a, rw):
        return True
    # a local name heard and written two ways, a place word before it or not: "Perairan Lifmatola" /
    # "Perairan Pulau Limafatola" (disc34); only a name this long, as a slip in a short one makes
    # another real place ("Badung" / "Bandung")
    place = _lower_place_words(rw.place_words)
    name_a, name_b = [w for w in a.split() if w not in place], [w for w in b.split() if w not in place]
    return min(len("".join(name_a)), len("".join(name_b))) >= SITE_SPELLING_MIN_LETTERS \
        and one_name_two_spellings(name_a, name_b, named_slot_words())


SITE_SPELLING_MIN_LETTERS = 8


def _initials_of(short: str, long: str, rw: ReconcileWords) -> bool:
    """``short`` (lower case) is one word spelling the initials of ``long``'s words, its joining
    words left out or not: "gbk" / "gelora bung karno" (a stadium "Stadion GBK" in one outlet,
    "Stadion Gelora Bung Karno" in another is one site)."""
    words_short, words_long = short.split(), long.split()
    if len(words_short) != 1 or len(words_long) < 2 or len(short) < 2:
        return False
    full = "".join(w[0] for w in words_long)
    content = "".join(w[0] for w in words_long if w not in rw.stopwords)
    return short in (full, content)


@dataclass(slots=True)
class _PlaceSwap:
    head: str  # the kind of site, lower case ("istana")
    tellings: list[tuple[_Sentence, str]]  # (sentence, its site as written)
    score: float


def _place_swaps(a: _Sentence, b: _Sentence, sites_a: dict[str, set[str]], sites_b: dict[str, set[str]],
                 score: float, rw: ReconcileWords) -> list[_PlaceSwap]:
    """Two tellings of one action (aligned sentences of two independent sources) at two sites
    of one kind: "rapat di Istana Merdeka" / "rapat di Istana Negara". A site the other
    sentence also names, in any spelling, is no swap (one lists two places). Nor is a sentence
    that names two sites of the kind itself: a way from one to the other ("dari rumahnya di Desa
    A menuju Desa B") or a list, where which of them the other sentence's one site answers is
    not told (disc64)."""
    out = []
    for head in sites_a.keys() & sites_b.keys():
        names_a, names_b = sites_a[head], sites_b[head]
        if any(_same_site(x, y, rw) for x in names_a for y in names_b):
            continue
        if not _one_site(names_a, rw) or not _one_site(names_b, rw):
            continue
        out.append(_PlaceSwap(head, [(a, _site_text(a.text, head, sorted(names_a)[0])),
                                     (b, _site_text(b.text, head, sorted(names_b)[0]))], score))
    return out


def _one_site(names: set[str], rw: ReconcileWords) -> bool:
    """Whether the names a sentence gives sites of one kind are all one site ("panasonic" and
    "panasonic suita" are; "hakambololi" and "wundubite" are two): every pair of them the same
    site. ``_same_site`` is not transitive ("kepresidenan" is both "kepresidenan jakarta" and
    "kepresidenan bogor", which are two), so comparing with one of them would make the answer
    hang on the set's order."""
    return all(_same_site(x, y, rw) for x, y in combinations(sorted(names), 2))


def _place_discrepancies(story: str, swaps: list[_PlaceSwap]) -> list[Discrepancy]:
    """One detail per kind of site told at different sites: every telling, each site once."""
    by_head: dict[str, list[_PlaceSwap]] = defaultdict(list)
    for swap in swaps:
        by_head[swap.head].append(swap)
    out = []
    for group in by_head.values():
        told: dict[str, tuple[_Sentence, str]] = {}
        for swap in group:
            for sentence, site in swap.tellings:
                told.setdefault(" ".join(site.lower().split()), (sentence, site))
        tellings = [message("detail.place_told", outlet=sentence.outlet, site=site, sentence=shortened(sentence.text))
                    for sentence, site in told.values()]
        explanation = message("detail.place", places=joined(tellings, "; "))
        docs = sorted({sentence.doc for swap in group for sentence, _ in swap.tellings})
        out.append(detail_item(story, docs, explanation, round(max(swap.score for swap in group), 3)))
    return out


UNIT_ANCHOR_WORDS = 4  # words told alike right before a site's head word: one phrase, not two mentions
UNIT_ANCHOR_CONTENT = 2  # of them, words that are no stopword ("mengaku sebagai anggota relawan")


@lru_cache(maxsize=4)
def _unit_site_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A site's head and its capitalised name, anywhere in a sentence ("Polsek Kalasan"): built
    once per word data, not for every sentence."""
    alternatives = "|".join(re.escape(h) for h in heads)  # longest first
    name = r"[A-Z][\w'’-]*"
    return re.compile(rf"(?<!\w)(?P<head>{alternatives})(?P<name>(?:\s+{name}){{1,{SITE_NAME_MAX_WORDS}}})")


def _words_before(text: str, spans: list[tuple[int, int]], at: int, count: int) -> list[str]:
    """The last ``count`` words of ``text[:at]``, as ``WORD_PATTERN.findall(text[:at])`` gives them,
    from the spans of the whole text's words (``spans``, in order): a sentence is tokenised once,
    not again for each site in it. A word running past ``at`` ("anti-" of "anti-Polsek") counts
    with its part before ``at``."""
    k = bisect.bisect_right(spans, (at, at))
    if k > 0 and spans[k - 1][1] > at:  # a word that starts before ``at`` and runs past it
        k -= 1
    out = [text[a:b] for a, b in spans[max(0, k - count):k]]
    if k < len(spans) and spans[k][0] < at:
        out.extend(WORD_PATTERN.findall(text, spans[k][0], at))
    return out[-count:]


def _names_other_site(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` names one of the sites ``names`` (lower case, words joined by one space) as
    whole words: "Berbah" is not named in "berbahaya"."""
    lowered = text.lower()
    return any(re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, n.split())) + r"(?!\w)", lowered)
               for n in names)


@dataclass(slots=True)
class _UnitTelling:
    sentence: _Sentence
    name: str  # the site's name, lower case ("kalasan")
    site: str  # head and name as the sentence writes them ("Polsek Kalasan")


def _unit_tellings(s: _Sentence, rw: ReconcileWords) -> dict[tuple[str, ...], list[_UnitTelling]]:
    """The sites a sentence names right after a run of ``UNIT_ANCHOR_WORDS`` lower-case words with
    no place preposition, keyed by those words and the head ("mengaku sebagai anggota relawan",
    "polsek"): a unit someone belongs to or claims, told in one phrase by both sentences whatever
    else they say."""
    if not rw.place_heads:
        return {}
    out: dict[tuple[str, ...], list[_UnitTelling]] = defaultdict(list)
    spans: list[tuple[int, int]] | None = None  # the sentence's words, found once (when a site is)
    for m in _unit_site_pattern(rw.place_heads).finditer(s.text):
        if spans is None:
            spans = [w.span() for w in WORD_PATTERN.finditer(s.text)]
        before = _words_before(s.text, spans, m.start(), UNIT_ANCHOR_WORDS)  # as written: the case tells a name
        if len(before) < UNIT_ANCHOR_WORDS:
            continue
        # words of a name ("Dinas Pendidikan Kota Medan" / "... Kota Pangkalpinang") make two bodies,
        # and a site after a preposition is where something happened, which the place rule reads
        # only in sentences that tell the whole action alike ("konferensi pers di Istana ...")
        if any(not w.islower() for w in before) or any(w in rw.place_prepositions for w in before):
            continue
        if sum(w not in rw.stopwords for w in before) < UNIT_ANCHOR_CONTENT:
            continue
        key = (*before, case_blind_key(m.group("head")))
        out[key].append(_UnitTelling(s, " ".join(m.group("name").split()).lower(),
                                     " ".join(m.group(0).split())))
    return out


def _unit_conflicts(story: str, sents: Sequence[_Sentence], rw: ReconcileWords) -> list[Discrepancy]:
    """One phrase of two independent sources ending in two sites of one kind: "mengaku sebagai
    anggota relawan Polsek Berbah" / "... Polsek Kalasan". Sentences that share fewer words than
    the place rule's alignment still tell one fact when the four words before the site agree. A
    sentence naming both sites (a list, a move from one to the other) takes no side; two names of
    one site (``_same_site``) are none."""
    by_key: dict[tuple[str, ...], list[_UnitTelling]] = defaultdict(list)
    for s in sents:
        for key, found in _unit_tellings(s, rw).items():
            by_key[key].extend(found)
    out = []
    for key, tellings in by_key.items():
        head = key[-1]
        names = {t.name for t in tellings}
        if len(names) < 2:
            continue
        # one telling per site and source, of sentences that name no other of the sites
        told: dict[tuple[str, str], _UnitTelling] = {}
        for t in tellings:
            if not _names_other_site(t.sentence.text, (other for other in names if other != t.name)):
                told.setdefault((t.name, t.sentence.source), t)
        if not any(s1 != s2 and not _same_site(n1, n2, rw) for n1, s1 in told for n2, s2 in told):
            continue
        conflicting = list(told.values())
        lines = [message("detail.place_told", outlet=t.sentence.outlet, site=t.site, sentence=shortened(t.sentence.text))
                 for t in conflicting]
        explanation = message("detail.unit", phrase=" ".join(key[:-1]), head=head, places=joined(lines, "; "))
        out.append(detail_item(story, sorted({t.sentence.doc for t in conflicting}), explanation, 3.0))
    return out


def _site_text(text: str, head: str, name: str) -> str:
    """The site as the sentence writes it."""
    pattern = r"[\s,]+".join(re.escape(w) for w in [*head.split(), *name.split()])
    m = re.search(pattern, text, flags=re.IGNORECASE)
    return m.group(0) if m else f"{head} {name}"


@dataclass(frozen=True, slots=True)
class _ClockSettings:
    """``clock_details`` of reconcile.yaml: see the comments there."""

    max_gap: int  # minutes
    span: int  # content words each side of a time
    need: int  # shared content words that make one moment
    hedged_round: tuple[tuple[int, int], ...]  # (round to these minutes, covers this many either side)
    moments: tuple[tuple[str, str], ...]  # (cue phrase, lower case, the moment it tells)
    hedges: tuple[str, ...]  # words before a time that say it is approximate
    # (kind of moment, phrase): a sentence with the phrase does not name that kind of moment
    # ("Peristiwa bermula ketika ...": the first step of the chronology, not the incident itself)
    blockers: tuple[tuple[str, str], ...] = ()
    # "Peristiwa naas tersebut terjadi pukul 06.00": an event noun made definite, or None
    event_anaphor: re.Pattern[str] | None = None
    # words right before a time that make it the end of a span ("hingga pukul 20.00"), lower case
    span_ends: tuple[str, ...] = ()
    # "Kecelakaan bus ... terjadi sekitar pukul 19.15": an event noun, then its verb of occurring, before
    # the time; such a sentence names the moment "occurred", compared up to occurred_max_gap minutes apart
    occurred: re.Pattern[str] | None = None
    occurred_max_gap: int = 0
    # "Bagus mendapatkan informasi hilangnya pesawat ... pada pukul 14.55", "seharusnya tiba pada pukul 15.15":
    # phrases before a time in its sentence that make it the time someone learned of the moment, or the time it
    # was planned for, not the time it happened (lower case)
    not_the_moment: tuple[str, ...] = ()
    # "api mulai berkobar pukul 01.45, dan berhasil dipadamkan pukul 03.00": what parts a sentence holding
    # several times into clauses, one time each, or None
    clause_break: re.Pattern[str] | None = None
    # kinds of moment a story's event has once (a vessel sinks once), each with what must go down for it (the
    # vessel: a pattern of its nouns): two times of one day for such a kind, each told of its subject, are one
    # moment told two ways however far apart
    whole_day: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # disc44: a quake's magnitude next to its words ("magnitudo 6,2", "M6,5", "7 SR"), the value in group "value"
    magnitude: re.Pattern[str] | None = None
    # disc55: phrases (lower case) naming a step of a story other than its happening itself: the departure before
    # it, the fire put out, the find, the arrival after it ("kereta ... berangkat dari Tugu pukul 13.45" against
    # "kereta ... mengalami kecelakaan ... pukul 13.20"): such a time is never the happening's
    stages: tuple[tuple[str, str], ...] = ()  # (cue, lower case; the step it names)
    # disc55: the main happening's phrase, of the story's family (happening_days), at most this many words before
    # a time in its clause makes the time the happening's ("kebakaran sejak pukul 00.45", "terbakar pada pukul
    # 00.45 WIB"); 0: off
    happening_reach: int = 0
    # disc65: the minutes either side a hedged time to the minute covers ("sekira pukul 02.02": ``hedged_minute_cover``)
    hedged_minute: int = 2


def _magnitude_pattern(before: Sequence[str], after: Sequence[str],
                       before_decimal: Sequence[str] = ()) -> re.Pattern[str] | None:
    """A magnitude value written after one of ``before`` (after one of ``before_decimal`` only with its decimal) or
    before one of ``after``; a marker all in capitals keeps its case, the others match in any case."""
    def alternation(markers: Sequence[str]) -> str:
        forms = [re.escape(str(m)) if str(m).upper() == str(m) else f"(?i:{re.escape(str(m))})"
                 for m in sorted(markers, key=lambda m: len(str(m)), reverse=True)]
        return "|".join(forms)
    value = r"\d{1,2}(?:[.,]\d{1,2})?"
    forms = []
    if before:
        forms.append(rf"(?<!\w)(?:{alternation(before)})\s*(?P<value>{value})(?![\d.,]\d)")
    if before_decimal:
        forms.append(rf"(?<!\w)(?:{alternation(before_decimal)})\s*(?P<value3>\d{{1,2}}[.,]\d{{1,2}})(?![\d.,]\d)")
    if after:
        forms.append(rf"(?<![\w.,])(?P<value2>{value})\s*(?:{alternation(after)})(?!\w)")
    return re.compile("|".join(forms)) if forms else None


def _magnitudes(text: str, settings: _ClockSettings) -> frozenset[float]:
    """The quake magnitudes a stretch gives ("magnitudo 7,9 ... menjadi M 7,5": both)."""
    if settings.magnitude is None:
        return frozenset()
    found = set()
    for m in settings.magnitude.finditer(text):
        value = next(v for v in m.groupdict().values() if v)
        found.add(float(value.replace(",", ".")))
    return frozenset(found)


def _event_anaphor_pattern(nouns: Sequence[str], demonstratives: Sequence[str]) -> re.Pattern[str] | None:
    """An event noun with a demonstrative at most two words after it ("kejadian itu", "peristiwa
    naas tersebut"): the sentence tells an event the text told before."""
    if not nouns or not demonstratives:
        return None
    alt = "|".join(re.escape(str(n).lower()) for n in sorted(nouns, key=len, reverse=True))
    dem = "|".join(re.escape(str(d).lower()) for d in sorted(demonstratives, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{dem})(?!\w)")


def _occurred_pattern(nouns: Sequence[str], verbs: Sequence[str], window: int,
                      verb_first: Sequence[str] = (), verb_first_window: int = 0) -> re.Pattern[str] | None:
    """An event noun with a verb of occurring at most ``window`` words after it ("kecelakaan bus
    rem blong ini terjadi"), or a verb of ``verb_first`` at most ``verb_first_window`` words before
    it ("sehingga terjadilah kecelakaan", "terjadi tabrakan beruntun"), matched on the text before a
    time."""
    if not nouns or not verbs:
        return None
    noun = "|".join(re.escape(str(n).lower()) for n in sorted(nouns, key=len, reverse=True))
    verb = "|".join(re.escape(str(v).lower()) for v in sorted(verbs, key=len, reverse=True))
    forms = [rf"(?<!\w)(?:{noun})(?!\w)(?:\s+\S+){{0,{window}}}?\s+(?:{verb})(?!\w)"]
    if verb_first:
        first = "|".join(re.escape(str(v).lower()) for v in sorted(verb_first, key=len, reverse=True))
        forms.append(rf"(?<!\w)(?:{first})(?:\s+\S+){{0,{verb_first_window}}}?\s+(?:{noun})(?!\w)")
    return re.compile("|".join(f"(?:{f})" for f in forms))


OCCURRED = "occurred"  # the kind of moment an event noun with its verb of occurring names
INCIDENT = "incident"  # the kind of moment "peristiwa", "kejadian" name (clock_details moments)


@lru_cache(maxsize=4)
def _clock_settings(language: str = "id") -> _ClockSettings:
    reconcile_data = load_data("reconcile", language)
    data = reconcile_data.get("clock_details") or {}
    demonstratives = (reconcile_data.get("carried_measure") or {}).get("demonstratives") or []
    moments = tuple((str(cue).lower(), str(moment)) for moment, cues in (data.get("moments") or {}).items()
                    for cue in cues or [])
    hedges = tuple(p for p, q in quantity_words(language).before.items() if q == "approx")
    rounds = tuple(sorted(((int(k), int(v)) for k, v in (data.get("hedged_round_minutes") or {}).items()),
                          reverse=True))
    blockers = tuple((str(moment), str(phrase).lower()) for moment, phrases in (data.get("moment_blockers") or {}).items()
                     for phrase in phrases or [])
    return _ClockSettings(int(data.get("max_gap_minutes", 0)), int(data.get("context_words", 6)),
                          int(data.get("shared_words", 2)), rounds, moments, hedges, blockers,
                          _event_anaphor_pattern(data.get("event_anaphors") or [], demonstratives),
                          tuple(str(w).lower() for w in data.get("span_end_markers") or []),
                          _occurred_pattern(data.get("occurred_nouns") or [], data.get("occurred_verbs") or [],
                                            int(data.get("occurred_window", 0)),
                                            data.get("occurred_verbs_first") or [],
                                            int(data.get("occurred_verb_first_window", 0))),
                          int(data.get("occurred_max_gap_minutes", 0)),
                          tuple(str(w).lower() for w in data.get("not_the_moment_markers") or []),
                          _clause_break_pattern(data.get("clause_breaks") or []),
                          tuple((str(kind), _subject_pattern(nouns or []))
                                for kind, nouns in (data.get("whole_day_moments") or {}).items()),
                          _magnitude_pattern((data.get("magnitude_markers") or {}).get("before") or [],
                                             (data.get("magnitude_markers") or {}).get("after") or [],
                                             (data.get("magnitude_markers") or {}).get("before_decimal") or []),
                          tuple((str(cue).lower(), str(step)) for step, cues in (data.get("stage_cues") or {}).items()
                                for cue in cues or []),
                          int(data.get("happening_reach_words", 0)),
                          int(data.get("hedged_minute_cover", MINUTE_ROUNDING_LEEWAY)))


def _subject_pattern(nouns: Sequence[str]) -> re.Pattern[str]:
    """The nouns of a moment's subject as whole words: in lower case matched in any case ("kapal",
    "Kapal"), written in capitals matched only so ("KM" the vessel, never "km" the kilometre)."""
    alternatives = [rf"(?<!\w){re.escape(n)}(?!\w)" if n.isupper() else rf"(?<!\w)(?i:{re.escape(n)})(?!\w)"
                    for n in sorted((str(n) for n in nouns), key=len, reverse=True)]
    return re.compile("|".join(alternatives) or r"(?!x)x")


def _clause_break_pattern(breaks: Sequence[str]) -> re.Pattern[str] | None:
    """Punctuation or a joining word between two clauses of a sentence (``clause_breaks``)."""
    if not breaks:
        return None
    alternatives = [re.escape(str(b)) if not str(b)[:1].isalnum() else rf"(?<!\w){re.escape(str(b))}(?!\w)"
                    for b in sorted(breaks, key=len, reverse=True)]
    return re.compile("(?i:" + "|".join(alternatives) + ")")


def _clause_of(d: Document, s: int, e: int, t: TimeExpr, times: Sequence[TimeExpr],
               settings: _ClockSettings) -> tuple[int, int] | None:
    """The clause of sentence ``d.text[s:e]`` that holds time ``t`` when the sentence holds other times
    (``times``): from the last clause break before ``t`` to the first after it. None when another time
    shares its clause, or when some time of the sentence has no word of its own in its clause: "antara
    pukul 04.00 dan pukul 04.20" is one range, not two clauses."""
    if settings.clause_break is None:
        return None
    breaks = list(settings.clause_break.finditer(d.text, s, e))
    clock_words = _clock_words()

    def bounds(x: TimeExpr) -> tuple[int, int]:
        start = max((m.end() for m in breaks if m.end() <= x.start), default=s)
        end = min((m.start() for m in breaks if m.start() >= x.end), default=e)
        return start, end

    for x in times:
        start, end = bounds(x)
        if any(o is not x and start <= o.start < end for o in times):
            return None
        own = d.text[start:x.start] + " " + d.text[x.end:end]
        if not any(w.isalpha() and w not in clock_words for w in words(own)):
            return None
    return bounds(t)


def _ends_a_span(before: str, settings: _ClockSettings) -> bool:
    """Whether the text right before a time closes a span with it ("... hingga pukul 20.00")."""
    lowered = before.lower().rstrip()
    return any(re.search(rf"(?<!\w){re.escape(w)}$", lowered) for w in settings.span_ends)


@lru_cache(maxsize=1)
def _clock_words() -> frozenset[str]:
    """Words that only say a time is coming or what zone it is in ("pukul", "WIB"): shared by
    any two clock times, so never evidence that two sentences tell one moment."""
    data = load_data("timex")
    found = {str(w).lower().rstrip(".") for w in data.get("time_prefix") or []}
    found |= {str(z).lower() for z in data.get("time_zones") or {}}
    found |= {w for phrase in data.get("local_time") or [] for w in str(phrase).lower().split()}
    return frozenset(found)


@dataclass(slots=True)
class _ClockReading:
    doc: Document
    source: str
    day: str | None
    minutes: int  # minutes past midnight on the clock it is written in
    utc: int  # minutes past midnight UTC (may fall outside 0-1439), in the zone the time names or the default one
    zoned: bool  # the time names its zone ("pukul 18.35 WITA")
    text: str  # the time as written
    sentence: str
    context: frozenset[str]  # content words on both sides of the time, in its sentence
    moments: frozenset[str] = frozenset()  # the kinds of moment its sentence names ("fire_out")
    leeway: int = 0  # minutes either side a hedged round time covers ("sekitar pukul 14.00")
    day_stated: bool = True  # its sentence writes a day; else the day was carried from before
    span_end: bool = False  # the time closes a span ("hingga pukul 12.00"): when a count or a spell stopped
    once: frozenset[str] = frozenset()  # kinds named of their subject that the story's event has once (disc35)
    # disc43: the context words that are words of place names (GPE, LOC) in its stretch: a story's places are in
    # every report's sentences, so two sentences sharing only them may tell two moments (a ship leaving port for
    # Banggai Laut at 16.00, the fire off Banggai Laut at 17.00); a named subject ("KA Parahyangan") still tells one
    places: frozenset[str] = frozenset()
    # disc44: the time closes a span and its clause gives a count ("Hingga pukul 13.50 WIB, ... sembilan aktivitas
    # gempa susulan"): the moment a running tally was read, not a moment of the event
    tally: bool = False
    magnitudes: frozenset[float] = frozenset()  # disc44: the quake magnitudes its stretch gives
    lead: tuple[str, ...] = ()  # disc55: the words of its stretch before the time, lower case
    stage: frozenset[str] = frozenset()  # disc55: the steps other than the happening its stretch names (``stage_cues``)


def _holds_a_count(text: str) -> bool:
    """Whether a stretch (its times and dates blanked) gives a number, in digits or in words."""
    return any(_is_number(w) for w in words(text))


def _place_words_in(d: Document, start: int, end: int) -> frozenset[str]:
    """The words of the place names (GPE, LOC mentions) of ``d`` between ``start`` and ``end``, lower-cased as
    context words are."""
    return frozenset(w.lower() for m in d.mentions if m.label in ("GPE", "LOC") and start <= m.start < end
                     for w in re.findall(r"[^\W\d_]+", m.text))


@lru_cache(maxsize=4)
def _hyphen_words(language: str = "id") -> tuple[frozenset[str], frozenset[str]]:
    """(reduplicated words whose sense is not their half's, hyphened prefixes) of ``clock_details.hyphened``."""
    data = ((load_data("reconcile", language).get("clock_details") or {}).get("hyphened") or {})
    return (frozenset(str(w).lower() for w in data.get("own_sense") or []),
            frozenset(str(w).lower().rstrip("-") for w in data.get("prefixes") or []))


def _hyphened_holds(token: str, word: str, first: bool) -> bool:
    """Whether a hyphened ``token`` holds ``word`` (a phrase's first or last word) as itself: a plural by
    reduplication ("ledakan-ledakan" holds "ledakan") unless its sense is its own ("tiba-tiba", suddenly, is no
    arrival); or, for a phrase's first word, the word after a hyphened prefix ("pasca-kebakaran")."""
    if token == word:
        return True
    own_sense, prefixes = _hyphen_words()
    parts = token.split("-")
    if len(parts) == 2 and parts[0] == parts[1] == word:
        return token not in own_sense
    return first and len(parts) == 2 and parts[0] in prefixes and parts[1] == word


def _has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` stands whole in ``text``: no letter joined to it; a word joined by a hyphen only where the
    hyphened word holds the phrase's word as itself (``_hyphened_holds``)."""
    phrase_words = phrase.split() or [phrase]
    first, last = phrase_words[0], phrase_words[-1]
    for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
        head = re.search(r"[\w-]*$", text[:m.start()]).group(0) + first  # type: ignore[union-attr]
        tail = last + re.match(r"[\w-]*", text[m.end():]).group(0)  # type: ignore[union-attr]
        if " " not in phrase and head != first and tail != last:
            continue  # a one-word phrase hyphened on both sides ("pasca-ledakan-ledakan"): none of the forms
        if (head == first or _hyphened_holds(head.strip("-"), first, True)) and (
                tail == last or _hyphened_holds(tail.strip("-"), last, False)):
            return True
    return False


def _moments_named(lowered: str, settings: _ClockSettings) -> frozenset[str]:
    """The kinds of moment a (lower-cased) sentence names by their cue words, less those its
    blockers rule out."""
    blocked = {moment for moment, phrase in settings.blockers if _has_phrase(lowered, phrase)}
    return frozenset(moment for cue, moment in settings.moments if moment not in blocked and _has_phrase(lowered, cue))


# disc44: a gap below this many minutes is the rounding of one minute: an agency's time to the second ("15.52.58 WIB")
# is written 15.52 by one outlet and 15.53 by another, and "sekitar pukul 15.53" says itself it is not exact
MINUTE_ROUNDING_LEEWAY = 2


def _leeway(d: Document, start: int, sentence_start: int, minutes: int, settings: _ClockSettings,
            written: str = "") -> int:
    """The minutes either side a time covers: a hedge on a round hour, "kurang lebih pukul 14.00", covers
    13.30-14.30; a hedged precise time ("sekira pukul 02.02") covers three minutes either side, as a time rounded
    to five minutes does (``hedged_minute_cover``, disc65); one ``written`` to the second ("15.52.58") covers the
    minute it rounds (disc44); an unhedged time to the minute covers none."""
    to_the_second = re.search(r"\d{1,2}[.:]\d{2}[.:]\d{2}", written) is not None
    before = d.text[max(sentence_start, start - 30):start].lower()
    if not any(re.search(rf"(?<!\w){re.escape(h)}\s*$", before) for h in settings.hedges):
        return MINUTE_ROUNDING_LEEWAY if to_the_second else 0
    return next((cover for unit, cover in settings.hedged_round if minutes % unit == 0), settings.hedged_minute)


def _names_a_zone(text: str) -> bool:
    """Does a time expression write its time zone ("pukul 18.35 WITA")?"""
    zones = {str(z).lower() for z in load_data("timex").get("time_zones") or {}}
    return any(w in zones for w in words(text))


def _names_a_day(text: str) -> bool:
    """Does a time expression write its day ("Kamis (19/6) pukul 02.05", "24 Juni pukul 14.00")?"""
    tw = timex_words()
    return bool(re.search(r"\d{1,2}/\d{1,2}", text)) or any(w in tw.weekdays or w in tw.months for w in words(text))


def _sentence_before(d: Document, start: int) -> tuple[int, int] | None:
    """The sentence that ends last before ``start``."""
    before = [(s, e) for s, e in d.sentences if e <= start]
    return max(before, key=lambda se: se[1]) if before else None


def _told_before(d: Document, s: int, t_start: int, settings: _ClockSettings,
                 rw: ReconcileWords) -> tuple[list[str], frozenset[str]]:
    """When the words before a time point back at an event ("Peristiwa naas tersebut terjadi
    pukul 06.00"), the content words and kinds of moment of the sentence before, which told it;
    else nothing."""
    if settings.event_anaphor is None or not settings.event_anaphor.search(d.text[s:t_start].lower()):
        return [], frozenset()
    prev = _sentence_before(d, s)
    if prev is None:
        return [], frozenset()
    chars = list(d.text[prev[0]:prev[1]])
    for o in d.dates:  # its times and dates are not the words of its moment
        if prev[0] <= o.start < prev[1]:
            chars[o.start - prev[0]:o.end - prev[0]] = " " * (min(o.end, prev[1]) - o.start)
    text = "".join(chars)
    clock_words = _clock_words()
    told = [w for w in content_words(text, rw) if w.isalpha() and w not in clock_words]
    lowered = text.lower()
    return told, _moments_named(lowered, settings)


def _clock_readings(d: Document, by_id: dict[str, Document], rw: ReconcileWords,
                    settings: _ClockSettings) -> list[_ClockReading]:
    span = settings.span
    out = []
    minute_times = [t for t in d.dates if t.precision == "minute" and isinstance(t.value, str)]
    for t in minute_times:
        m = re.search(r"T(\d{2}):(\d{2})(?::\d{2})?(?:([+-])(\d{2}):?(\d{2}))?", t.value)
        sent = d.sentence_at(t.start)
        if not m or sent is None:
            continue
        s, e = sent
        in_sentence = [o for o in minute_times if s <= o.start < e]
        lo, hi = _stretch_of_time(t, in_sentence, s, e)
        # a sentence with two times ("berangkat 07.30, tiba 10.55") tells two moments: each time is
        # read in the words between it and the time before (time13) held to its own clause (disc33:
        # "kebakaran sekitar pukul 01.45, api mulai padam sekitar pukul 04.00": the fire out at 04.00);
        # a sentence whose clauses cannot part its times (a range "antara 04.00 dan 04.20") gives none.
        # A clause naming no kind of moment is still read by its words (KA Parahyangan's 04.27 / 04.47):
        # on disc33's check that gave the same gold items, on time13's it finds the train's hour
        quoted = (s, e)
        in_clause = len(in_sentence) > 1
        if in_clause:
            clause = _clause_of(d, s, e, t, in_sentence, settings)
            if clause is None:
                continue
            lo, hi = max(lo, clause[0]), min(hi, clause[1])
            quoted = clause  # the checker is shown the clause of this time, not its neighbour's
        # the words of the moment, not of its time: every time expression of the sentence blanked
        chars = list(d.text[s:e])
        for o in d.dates:
            if s <= o.start < e:
                chars[o.start - s:o.end - s] = " " * (min(o.end, e) - o.start)
        blanked = "".join(chars)
        clock_words = _clock_words()
        # disc60: the words of a place name do not use up the window: "longsor terjadi di Dusun Bojong Kondang,
        # Desa Cihanjuang, Kecamatan Cimanggung, Kabupaten Sumedang pada Sabtu (9/1/2021) sekitar pukul 16.45"
        # kept only the place's six words, which two reports' matching leaves out (shared places), and lost the
        # happening. Every word is kept; only those outside place names count to ``span``
        named_places = _place_words_in(d, lo, hi)
        before = _window([w for w in content_words(blanked[lo - s:t.start - s], rw)
                          if w.isalpha() and w not in clock_words], span, named_places, from_end=True)
        after = _window([w for w in content_words(blanked[t.end - s:hi - s], rw)
                         if w.isalpha() and w not in clock_words], span, named_places, from_end=False)
        minutes = int(m.group(1)) * 60 + int(m.group(2))
        # also on one clock for every zone: "17.35 WIB" and "18.35 WITA" are one moment
        offset = (int(m.group(4)) * 60 + int(m.group(5))) * (-1 if m.group(3) == "-" else 1) if m.group(3) else 0
        utc = minutes - offset
        lowered = d.text[lo:hi].lower()
        if _running_market_time(lowered, d.language, _market_report(d)):
            continue
        moments = _moments_named(lowered, settings)
        told_words, told_moments = _told_before(d, s, t.start, settings, rw)
        before, moments = told_words + before, moments | told_moments
        places = _place_words_in(d, lo, hi)
        told_in = _sentence_before(d, s) if told_words else None
        if told_in is not None:
            places |= _place_words_in(d, *told_in)  # "Peristiwa itu terjadi ..." takes its words from there
        if settings.occurred is not None and settings.occurred.search(d.text[lo:t.start].lower()):
            moments = moments | {OCCURRED}
        span_end = _ends_a_span(d.text[s:t.start], settings)
        if span_end:
            moments = frozenset()  # the time the named moment ended, not the moment
        if any(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", d.text[s:t.start].lower())
               for phrase in settings.not_the_moment):
            continue  # when someone was told of the moment, or when it was due: no time of the moment itself
        day_stated = any(s <= o.start < e and o.precision == "day" for o in d.dates) or _names_a_day(t.text)
        # "tenggelam, Kamis (23/11) pukul 20.05" on Thursday 22 November: a day whose weekday does not fit
        # is in doubt, so its clock is compared with a clock of the next or previous day (disc35)
        day_stated = day_stated and not _weekday_misfit(t)
        once = frozenset(kind for kind, subject in settings.whole_day
                         if kind in moments and subject.search(d.text, lo, hi))
        out.append(_ClockReading(d, source_key(d, by_id), t.value[:10] if len(t.value) >= 10 else None,
                                 minutes, utc, _names_a_zone(t.text), t.text, d.text[quoted[0]:quoted[1]], frozenset(before + after) - rw.not_details,
                                 moments, _leeway(d, t.start, s, minutes, settings, t.text), day_stated, span_end, once,
                                 places, span_end and _holds_a_count(blanked[lo - s:hi - s]),
                                 _magnitudes(d.text[lo:hi], settings), _lead_words(d, blanked, s, lo, t.start),
                                 frozenset(step for cue, step in settings.stages if _has_phrase(lowered, cue))))
    return out


def _window(ws: Sequence[str], span: int, places: frozenset[str], from_end: bool) -> list[str]:
    """The last (``from_end``) or first words of ``ws`` holding ``span`` words that are not words of ``places``
    (disc60): a place's name between a happening and its time is kept but does not push the happening out."""
    order = list(reversed(ws)) if from_end else list(ws)
    out, counted = [], 0
    for w in order:
        if counted >= span:
            break
        out.append(w)
        counted += w.lower() not in places
    return list(reversed(out)) if from_end else out


def _lead_words(d: Document, blanked: str, s: int, lo: int, end: int) -> tuple[str, ...]:
    """The words of a time's stretch before it, lower case, less the words of its place names (GPE, LOC
    mentions; disc60), so that a reach of words back from the time counts the happening's words, not a place's."""
    chars = list(blanked[lo - s:end - s])
    for m in d.mentions:
        if m.label in ("GPE", "LOC") and lo <= m.start < end:
            a, b = m.start - lo, min(m.end, end) - lo
            chars[a:b] = " " * (b - a)
    return tuple(words("".join(chars)))


def _story_happening(docs: Sequence[Document]) -> tuple[tuple[str, ...], ...]:
    """The phrases of the happening a story is about (disc55): the family of ``happening_days`` whose phrases the
    most of its reports' titles name, at least two and at least half of them (the first listed on a tie); none
    when no family is named so."""
    hw = happening_day_words()
    titles = [words(d.title or "") for d in docs]
    best, best_n = None, 0
    for family in sorted(hw.rank, key=hw.rank.get):
        phrases = [p for p, f in hw.phrases if f == family]
        n = sum(1 for t in titles if any(tuple(t[k:k + len(p)]) == p for p in phrases for k in range(len(t))))
        if n > best_n:
            best, best_n = family, n
    if best is None or best_n < 2 or 2 * best_n < len(titles):
        return ()
    return tuple(p for p, f in hw.phrases if f == best)


def _tells_the_happening(r: _ClockReading, phrases: Sequence[tuple[str, ...]], reach: int) -> bool:
    """A reading naming no step of the story (``stage_cues``) whose words right before its time hold the story's
    happening ("Kilang ... kebakaran sejak pukul 00.45", "terbakar dan meledak pada ... sekitar 01.05 WIB"): the time
    of the happening itself."""
    if reach <= 0 or r.stage or r.span_end:
        return False
    lead = r.lead[-reach:]
    # disc62: a repetition of it ("longsor susulan terjadi pada pukul 19.30") is another moment, as happening_days
    # reads it (``repeated``): its time is not the happening's
    repeated = happening_day_words().repeated
    if any(tuple(lead[k:k + len(p)]) == p for p in repeated for k in range(len(lead))):
        return False
    return any(tuple(lead[k:k + len(p)]) == p for p in phrases for k in range(len(lead)))


def _running_market_time(lowered: str, language: str | None, market_report: bool = False) -> bool:
    """A clock time of a market's running prices ("pukul 09.02 WIB, IHSG bergerak di posisi 7.098,75", "Pada
    pukul 09.38 WIB, IHSG anjlok 1,12%"): a trading day's reports each give the index where it stood at the
    minute they were written, so two outlets' times there are two readings of one series, never one moment
    told two ways. A time named as a moment of trading ("dibuka", "ditutup", "sesi I") is still compared:
    ``market_moments`` of reconcile.yaml, the words the figure items read market reports by. In a market
    report (``market_report``: its title or lead names a market) the clause need not name the market again
    ("Kemudian, langsung turun ke zona merah dan mencapai level 7.097,19 per pukul 09.05 WIB")."""
    mm = _market_moments(_markets_language(language))
    return mm.markets is not None and (market_report or mm.markets.search(lowered) is not None) \
        and not any(pattern.search(lowered) for _, pattern in mm.moments)


def _stretch_of_time(t: TimeExpr, in_sentence: Sequence[TimeExpr], start: int, end: int) -> tuple[int, int]:
    """The stretch of its sentence that tells the moment of time ``t``. A sentence telling several
    times ("Api muncul pukul 20.10 dan berhasil dipadamkan pukul 02.00", "KA Bogowonto melintas pukul
    02.10, disusul KA Parahyangan pukul 04.47") tells a moment per time, each told before its time:
    a time takes the words after the time before it, and the words after it only when it is the
    sentence's last. A time alone in its sentence takes the whole sentence."""
    ordered = sorted(in_sentence, key=lambda o: o.start)
    k = next(i for i, o in enumerate(ordered) if o is t)
    lo = ordered[k - 1].end if k > 0 else start
    hi = t.end if k + 1 < len(ordered) else end
    return lo, hi


def _clock_gap(a: _ClockReading, b: _ClockReading) -> int:
    """Minutes between two times. Two that name their zones are compared on one clock, two that
    name none on the clock they are written in; when only one names its zone, the other's zone
    is unknown (the default zone, or the local one of a place in another zone), and the smaller
    of the two gaps is taken."""
    local, utc = abs(a.minutes - b.minutes), abs(a.utc - b.utc)
    if a.zoned and b.zoned:
        return utc
    if not a.zoned and not b.zoned:
        return local
    return min(local, utc)


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 0


def _clock_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                     rw: ReconcileWords) -> list[Discrepancy]:
    """One moment given two clock times by two independent sources: "api padam pukul 04.30 WIB"
    against "api padam pukul 04.45 WIB". The two sentences must tell the same moment (content
    words around the time in common, or the same kind of moment named: ``moments`` in
    reconcile.yaml) and the times must be close, beyond what a hedge on a round hour covers;
    far-apart times with the same words are more often two moments (a first and a second body
    found) than one."""
    settings = _clock_settings()
    if settings.max_gap <= 0:
        return []
    readings = [r for d in docs for r in _clock_readings(d, by_id, rw, settings)]
    happening = _story_happening(docs) if settings.happening_reach > 0 else ()
    for r in readings:
        if happening and _tells_the_happening(r, happening, settings.happening_reach):
            r.moments = r.moments | {OCCURRED}
    of_doc: dict[str, list[_ClockReading]] = defaultdict(list)
    for r in readings:
        of_doc[r.doc.id].append(r)
    times_of: dict[str, set[int]] = defaultdict(set)
    moment_times: dict[tuple[str, str], set[int]] = defaultdict(set)
    for r in readings:
        times_of[r.doc.id].add(r.minutes)
        for m in r.moments:
            moment_times[(r.doc.id, m)].add(r.minutes)
    # a report naming one kind of moment at two times ("pengalihan pendaratan" at 10.17, "mendarat"
    # at 10.55) does not say which is the moment: its cue words tell nothing there
    for r in readings:
        r.moments = frozenset(m for m in r.moments if len(moment_times[(r.doc.id, m)]) == 1)
        r.once = r.once & r.moments
    pairs: list[tuple[_ClockReading, _ClockReading, frozenset[str], frozenset[str]]] = []
    for i, a in enumerate(readings):
        for b in readings[i + 1:]:
            gap = _clock_gap(a, b)
            # a hedged round time covers the minutes short of half its unit: the half-unit mark
            # itself ("sekitar pukul 22.00" against "sekitar pukul 22.30") is the next round time,
            # which a writer who meant it would have written
            # the moment an event happened (both sentences say it "terjadi") may be told further apart
            one_shock = _one_shock(a, b)
            limit = WHOLE_DAY_MINUTES if one_shock else _clock_limit(a, b, settings)
            if a.source == b.source or gap == 0 or gap < max(a.leeway, b.leeway) or gap > limit:
                continue
            # the end of a span ("167 gempa hingga pukul 12.00") is another kind of time than a moment
            # ("gempa terjadi pukul 11.22"), even in sentences sharing their words
            if a.span_end != b.span_end:
                continue
            # two readings of a running tally ("hingga pukul 13.50 ... sembilan gempa susulan" / "hingga pukul
            # 14.00 ... 15 gempa susulan") were taken at two moments, each outlet quoting the update it had (disc44)
            if a.tally and b.tally:
                continue
            # a report giving both times tells two moments (the pilot's decision at 10.17, the
            # landing at 10.55), so neither clashes with another report's
            # (one clock written in two zones, "18.46 WIB" / "18.46 WITA", is no pair of times a report gives:
            # each report gives its own only, an hour apart; disc44)
            if a.minutes != b.minutes and (b.minutes in times_of[a.doc.id] or a.minutes in times_of[b.doc.id]):
                continue
            # disc55: on one clock too: a report giving "pukul 11.06 WIB" gives "12.06 WITA" of another's
            if any(_clock_gap(x, b) == 0 for x in of_doc[a.doc.id]) or any(_clock_gap(x, a) == 0 for x in of_doc[b.doc.id]):
                continue
            # disc55: the happening itself against a step before or after it (the train's departure, the fire put
            # out): two moments, whatever words the two sentences share
            if _happening_and_stage(a, b) or _happening_and_stage(b, a):
                continue
            # disc55: two steps of two kinds (the departure, a call for help) are two moments too
            if a.stage and b.stage and not a.stage & b.stage:
                continue
            if a.day and b.day and a.day != b.day and (a.day_stated and b.day_stated or _days_apart(a.day, b.day) > 1):
                continue
            shared = a.context & b.context
            moments = a.moments & b.moments
            if gap > settings.max_gap and not (one_shock or _far_apart_one_moment(a, b, gap, settings)):
                continue  # only the moment of the event itself is compared that far apart
            if one_shock:
                moments = moments | {QUAKE_SHOCK}
            if len(shared - (a.places & b.places)) >= settings.need or moments:
                pairs.append((a, b, shared, moments))
    out: list[Discrepancy] = []
    told: set[frozenset[str]] = set()
    # a named moment clashing across three or more reports (a crash at 18.00 in one, 18.45 in two others)
    # is one item listing every time with its outlets, not one item per two of them
    grouped = _moment_groups(pairs)
    in_groups: set[int] = set()
    for group in grouped:
        out.append(_clock_group_item(story, group, readings))
        in_groups.update(id(r) for r in group)
    # the pair telling the moment in the most words in common first: it stands for the moment
    for a, b, shared, moments in sorted(pairs, key=lambda p: (-len(p[3]), -len(p[2]))):
        if id(a) in in_groups or id(b) in in_groups:
            # a time of the listed moment against one that names no moment: the same moment told
            # again (the list flags it) or another one (the bus stopping, not the crash): no item
            continue
        key = frozenset(shared) | {f"moment:{m}" for m in moments}
        if any(key <= k or k <= key for k in told):  # one moment, flagged once
            continue
        told.add(key)
        first, second = sorted((a, b), key=lambda r: r.minutes)
        explanation = message("detail.clock", outlet_a=first.doc.outlet or first.doc.id, time_a=first.text,
                              sentence_a=shortened(first.sentence), outlet_b=second.doc.outlet or second.doc.id,
                              time_b=second.text, sentence_b=shortened(second.sentence))
        out.append(detail_item(story, sorted({a.doc.id, b.doc.id}), explanation, round(3.0 + 0.25 * len(shared), 3)))
    return out


def _happening_and_stage(a: _ClockReading, b: _ClockReading) -> bool:
    """``a`` tells the happening itself (its event "terjadi", or the incident named, and no step) and ``b`` a step
    of the story other than it, naming no kind of moment ``a`` names."""
    happening = {OCCURRED, INCIDENT}
    return bool(a.moments & happening) and not a.stage and bool(b.stage) and not (b.moments & happening) \
        and not (a.moments & b.moments)


WHOLE_DAY_MINUTES = 24 * 60
QUAKE_SHOCK = "quake_shock"  # the moment of one shock, named by its magnitude (disc44)


def _one_shock(a: _ClockReading, b: _ClockReading) -> bool:
    """Two times each told of a shock of one magnitude, and of no other, on one day: one quake's moment (disc44).
    A stretch giving two magnitudes (a first reading and its update, a foreshock beside its mainshock) names none."""
    return len(a.magnitudes) == 1 and a.magnitudes == b.magnitudes


def _clock_limit(a: _ClockReading, b: _ClockReading, settings: _ClockSettings) -> int:
    """The most minutes apart two readings may be and still tell one moment: a kind the story's event has
    once (``whole_day_moments``: the vessel sinking) over the whole day, the event's "terjadi" up to
    ``occurred_max_gap``, any other kind up to ``max_gap``."""
    both = a.moments & b.moments
    if a.once & b.once:
        return WHOLE_DAY_MINUTES
    if OCCURRED in both:
        return max(settings.max_gap, settings.occurred_max_gap)
    return settings.max_gap


def _far_apart_one_moment(a: _ClockReading, b: _ClockReading, gap: int, settings: _ClockSettings) -> bool:
    """Two times more than ``max_gap`` apart still tell one moment: both say the event "terjadi", or both
    tell of its subject a kind the event has once ("KM Ladang Pertiwi tenggelam ... pukul 13.30" / "Kapal
    motor itu tenggelam ... pukul 03.30"); two people drowning hours apart in one story stay two moments."""
    if OCCURRED in a.moments & b.moments and gap <= max(settings.max_gap, settings.occurred_max_gap):
        return True
    return bool(a.once & b.once)


CLOCK_GROUP_MIN_READINGS = 3  # a moment clashing across this many reports is one listed item


def _moment_groups(pairs: Sequence[tuple[_ClockReading, _ClockReading, frozenset[str], frozenset[str]]]
                   ) -> list[list[_ClockReading]]:
    """The readings joined by clashing pairs that name one kind of moment, each group holding at
    least ``CLOCK_GROUP_MIN_READINGS`` readings: one moment told two or more ways by several reports."""
    by_id: dict[int, _ClockReading] = {}
    one_moment: DisjointSets[int] = DisjointSets()
    for a, b, _, moments in pairs:
        if not moments:
            continue
        for r in (a, b):
            by_id.setdefault(id(r), r)
        one_moment.join(id(a), id(b))
    groups = ([by_id[i] for i in members] for members in one_moment.groups())
    return [rs for rs in groups if len(rs) >= CLOCK_GROUP_MIN_READINGS]


def _clock_group_item(story: str, group: list[_ClockReading], readings: Sequence[_ClockReading]) -> Discrepancy:
    """One item for a moment told at several times: each time with the outlets giving it, also
    those that agree with one of the times (same moment named, same minute, same day)."""
    moments = frozenset().union(*(r.moments for r in group))
    days = {r.day for r in group if r.day}
    in_group = {id(r) for r in group}
    agreeing = [r for r in readings if id(r) not in in_group and r.moments & moments
                and r.minutes in {g.minutes for g in group} and (not r.day or r.day in days)]
    by_time: dict[int, list[_ClockReading]] = defaultdict(list)
    for r in [*group, *agreeing]:
        by_time[r.minutes].append(r)
    times = []
    for minutes in sorted(by_time):
        rs = by_time[minutes]
        outlets = sorted({r.doc.outlet or r.doc.id for r in rs})
        times.append(message("detail.clock_told", time=rs[0].text, outlets=", ".join(outlets)))
    explanation = message("detail.clock_many", times=joined(times, "; "))
    # scored by how many reports tell the moment, as a pair is by the words its two sentences share
    by_docs = sorted({r.doc.id for r in [*group, *agreeing]})
    return detail_item(story, by_docs, explanation, round(3.0 + 0.25 * len(by_docs), 3))


@dataclass(frozen=True, slots=True)
class _IdentityWords:
    """``identity_details`` of reconcile.yaml: see the comments there."""

    window: int
    subjects: tuple[tuple[tuple[str, ...], str], ...]  # (subject phrase as words, its group), longest first
    links: frozenset[str]
    former: frozenset[str]
    roles: tuple[tuple[tuple[str, ...], int], ...]  # (role phrase as words, its family), longest first
    breaks: frozenset[str] = frozenset()
    plural: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def _identity_words(language: str = "id") -> _IdentityWords:
    data = load_data("reconcile", language).get("identity_details") or {}
    subjects = [(tuple(words(str(p))), str(group)) for group, phrases in (data.get("subjects") or {}).items()
                for p in phrases or []]
    roles = [(tuple(words(str(p))), k) for k, family in enumerate(data.get("roles") or []) for p in family or []]
    return _IdentityWords(int(data.get("window", 12)), tuple(sorted(subjects, key=lambda x: -len(x[0]))),
                          frozenset(str(w).lower() for w in data.get("links") or []),
                          frozenset(str(w).lower() for w in data.get("former") or []),
                          tuple(sorted(roles, key=lambda x: -len(x[0]))),
                          frozenset(str(w).lower() for w in data.get("breaks") or []),
                          frozenset(str(w).lower() for w in data.get("plural_markers") or []))


@dataclass(slots=True)
class _IdentityReading:
    doc: Document
    source: str
    group: str  # who: "perpetrator"
    subject: str  # as written: "tersangka penembak"
    family: int  # which role
    former: bool  # "mantan siswa"
    role: str  # as written: "mantan siswa"
    sentence: str


def _identity_readings(d: Document, source: str, iw: _IdentityWords) -> list[_IdentityReading]:
    """The roles a document gives a story's one-of-a-kind people: "pelaku ... yang merupakan mantan
    murid sekolah tersebut" gives the perpetrator the role "murid", as a former holder."""
    out = []
    # a subject phrase starts with one of these words: every other token is passed over at once,
    # not tried against every subject phrase
    subject_starts = {p[0] for p, _ in iw.subjects if p}
    for s, e in d.sentences:
        sentence = d.text[s:e]
        tokens = words(sentence)
        i = -1
        while i + 1 < len(tokens):
            i += 1
            if tokens[i] not in subject_starts:
                continue
            subject = phrase_at(tokens, i, iw.subjects)
            if subject is None:
                continue
            phrase, group = subject
            plural = i and (tokens[i - 1] in iw.plural or _is_number(tokens[i - 1]))
            i += len(phrase) - 1  # "terduga pelaku" is one subject, not "pelaku" again
            if plural:
                continue
            end = min(len(tokens), i + 1 + iw.window)
            for j in range(i + 1, end):
                if tokens[j] in iw.breaks:
                    break
                if tokens[j] not in iw.links:
                    continue
                k = j + 1
                while k < end and tokens[k] in iw.links:  # "sebagai seorang"
                    k += 1
                former = k < end and tokens[k] in iw.former
                at = k + 1 if former else k
                role = phrase_at(tokens, at, iw.roles)
                if role is not None:
                    written = " ".join(tokens[k:at + len(role[0])])
                    out.append(_IdentityReading(d, source, group, " ".join(phrase), role[1], former, written,
                                                sentence))
                    break
    return out


def _identity_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """One person given one role as its current holder by one independent source and as a former
    holder by another: "seorang siswa sekolah tersebut" / "mantan siswa"."""
    iw = _identity_words()
    if not iw.subjects or not iw.roles:
        return []
    readings = [r for d in docs for r in _identity_readings(d, source_key(d, by_id), iw)]
    by_slot: dict[tuple[str, int], list[_IdentityReading]] = defaultdict(list)
    for r in readings:
        by_slot[(r.group, r.family)].append(r)
    out = []
    for group in by_slot.values():
        said: dict[str, set[bool]] = defaultdict(set)
        for r in group:
            said[r.source].add(r.former)
        # a source giving both is no side of the disagreement
        sides = {flag: [r for r in group if said[r.source] == {flag}] for flag in (False, True)}
        if not sides[False] or not sides[True]:
            continue
        a, b = sides[False][0], sides[True][0]
        explanation = message("detail.identity", subject_a=a.subject, outlet_a=a.doc.outlet or a.doc.id, role_a=a.role,
                              sentence_a=shortened(a.sentence), outlet_b=b.doc.outlet or b.doc.id, role_b=b.role,
                              sentence_b=shortened(b.sentence))
        docs_of = sorted({r.doc.id for r in sides[False] + sides[True]})
        out.append(detail_item(story, docs_of, explanation, round(3.5 + 0.25 * len({r.source for r in group}), 3)))
    return out


@dataclass(frozen=True, slots=True)
class _OccasionSettings:
    """``occasion_days`` of reconcile.yaml: see the comments there."""

    reach: int
    reach_before: int
    max_days_apart: int
    shared_words: int
    occasions: tuple[tuple[tuple[str, ...], str], ...]  # (phrase as words, its kind), longest first
    told_words: frozenset[str]  # a date right after one of these is the day of telling
    told_reach: int
    lean_below: int  # a sentence with fewer words of its own borrows the previous sentence's
    recurring: frozenset[str] = frozenset()  # kinds held again and again (a press conference), not once


@lru_cache(maxsize=4)
def _occasion_settings(language: str = "id") -> _OccasionSettings:
    data = load_data("reconcile", language).get("occasion_days") or {}
    phrases = [(tuple(words(str(p))), str(kind)) for kind, ps in (data.get("occasions") or {}).items()
               for p in ps or []]
    return _OccasionSettings(int(data.get("reach", 8)), int(data.get("reach_before", 4)),
                             int(data.get("max_days_apart", 3)), int(data.get("shared_words", 2)),
                             tuple(sorted((p for p in phrases if p[0]), key=lambda x: -len(x[0]))),
                             frozenset(str(w).lower() for w in data.get("told_day_words") or []),
                             int(data.get("told_day_reach", 0)), int(data.get("lean_on_previous_below", 0)),
                             frozenset(str(k) for k in data.get("recurring") or []))


@dataclass(slots=True)
class _OccasionReading:
    doc: Document
    source: str
    kind: str  # "cabinet_meeting"
    day: date
    text: str  # the date as written
    sentence: str
    others: frozenset[str]  # the sentence's content words outside the occasion and the date


def _occasion_readings(d: Document, by_id: dict[str, Document], os_: _OccasionSettings,
                       rw: ReconcileWords) -> list[_OccasionReading]:
    """The occasions ``d`` dates: one occasion phrase and one day written with a digit, close to each
    other in one sentence; never a day written right after a word of telling ("ujarnya, Selasa")."""
    tw = timex_words()
    out = []
    starts = {p[0] for p, _ in os_.occasions}
    previous = ""
    for s, e in d.sentences:
        previous, sentence_before = d.text[s:e], previous
        days = []
        for t in d.dates:
            if not (s <= t.start < e) or t.precision != "day" or not isinstance(t.value, str):
                continue
            if not re.search(r"\d", t.text):
                continue
            try:
                day = date.fromisoformat(t.value[:10])
            except ValueError:
                continue
            first = words(t.text)[:2]
            if first and first[0] in tw.weekday_prefix:
                first = first[1:]
            # a weekday that does not fit the date: the weekday rule's
            slip = bool(first) and first[0] in tw.weekdays and tw.weekdays[first[0]] != day.weekday()
            days.append((t, day, slip))
        if len(days) != 1 or days[0][2]:
            continue
        (t, day, _), = days
        sentence = d.text[s:e]
        before, after = words(d.text[s:t.start]), words(d.text[t.end:e])
        # "..., kata Kapolres kepada wartawan, Selasa (17/6)": the day the account was given
        told_by = before[-os_.told_reach:] if os_.told_reach else []
        if any(w in rw.speech_words or w in os_.told_words for w in told_by):
            continue
        date_words = set(words(t.text))
        # (near enough to the date, the occasion's kind, its words) of every occasion phrase
        found = []
        for side, ws in (("before", before), ("after", after)):
            for k, w in enumerate(ws):
                hit = phrase_at(ws, k, os_.occasions) if w in starts else None
                if hit is None:
                    continue
                gap = len(ws) - (k + len(hit[0])) if side == "before" else k
                found.append((gap <= (os_.reach if side == "before" else os_.reach_before), hit[1], hit[0]))
        if len({kind for _, kind, _ in found}) != 1 or not any(near for near, _, _ in found):
            continue
        kind = found[0][1]
        phrase_words = {w for _, _, phrase in found for w in phrase}
        others = frozenset(w for w in content_words(sentence, rw) if w not in phrase_words and w not in date_words
                           and not w.isdigit())
        if len(others) < os_.lean_below:
            others |= {w for w in content_words(sentence_before, rw) if not w.isdigit()}
        out.append(_OccasionReading(d, source_key(d, by_id), kind, day, t.text, sentence, others))
    return out


def _two_held_on_their_days(a: _OccasionReading, b: _OccasionReading, os_: _OccasionSettings) -> bool:
    """Two readings of an occasion held again and again (a press conference, a plenary) each dated the day
    its own report was published: each report tells that day's occasion (the police's briefing on Monday,
    another on Tuesday), two occasions, not one given two days."""
    if a.kind not in os_.recurring:
        return False
    return all((r.doc.published or "")[:10] == r.day.isoformat() for r in (a, b))


def _occasion_day_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                            rw: ReconcileWords) -> list[Discrepancy]:
    """One formal occasion, or one moment of an incident (a death, an arrest), dated two days by two
    independent sources: "rapat terbatas ... Senin 9 Juni 2025" / "rapat terbatas ... 10 Juni 2025"."""
    os_ = _occasion_settings()
    if not os_.occasions:
        return []
    readings = [r for d in docs for r in _occasion_readings(d, by_id, os_, rw)]
    by_kind: dict[str, list[_OccasionReading]] = defaultdict(list)
    for r in readings:
        by_kind[r.kind].append(r)
    out = []
    for group in by_kind.values():
        item = day_told_two_ways(story, group, lambda a, b: not _two_held_on_their_days(a, b, os_)
                                 and abs((a.day - b.day).days) <= os_.max_days_apart
                                 and len(a.others & b.others) >= os_.shared_words)
        if item is not None:
            out.append(item)
    return out


@dataclass(frozen=True, slots=True)
class _NameWords:
    """``identity_names`` of reconcile.yaml: see the comments there."""

    reach: int
    named: frozenset[str]
    initials: frozenset[str]
    arrest_verbs: tuple[tuple[str, ...], ...]
    other_people: frozenset[str]


@lru_cache(maxsize=4)
def _naming_words(language: str = "id") -> _NameWords:
    data = load_data("reconcile", language).get("identity_names") or {}

    def lower(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return _NameWords(int(data.get("reach", 3)), lower("named"), initials_words(language).cues,
                      tuple(tuple(words(str(v))) for v in data.get("arrest_verbs") or []),
                      lower("other_people") | initials_words(language).relations)


_TOKEN = re.compile(r"[\w'.-]+|[^\w\s]")


@lru_cache(maxsize=2)
def _initials_token(language: str = "id") -> re.Pattern[str]:
    """A token that is initials ("SS", "M.R."): the initials reader's shape (initials.yaml ``max_letters``)."""
    return re.compile(rf"^{initials_letters(1, language)}$")


@dataclass(slots=True)
class _NameReading:
    doc: Document
    source: str
    subject: str  # "terduga pelaku", or the naming word when the arrest tells who
    written: str  # "bernama Maruddin", "berinisial SS"
    letters: tuple[str, ...]  # the initials, or the first letters of the name's words
    name_words: tuple[str, ...]  # the name's words, lower case (empty for initials)
    sentence: str


def _name_readings(d: Document, source: str, iw: _IdentityWords, nw: _NameWords) -> list[_NameReading]:
    """The names and initials a document gives a story's perpetrator."""
    out = []
    subject_starts = {p[0] for p, _ in iw.subjects if p}
    for s, e in d.sentences:
        sentence = d.text[s:e]
        raw = _TOKEN.findall(sentence)
        low = [t.lower() for t in raw]
        # whether the sentence tells of an arrest: asked only of a sentence that gives initials
        # (most give none), where its scan of every verb at every word was most of the cost
        arrest: bool | None = None
        for i, t in enumerate(low):
            if t not in nw.named and t not in nw.initials:
                continue
            before = low[max(0, i - nw.reach - 3):i]
            subject, plural = None, False
            for k in range(len(before)):
                found = phrase_at(before, k, iw.subjects) if before[k] in subject_starts else None
                if found and found[1] == "perpetrator" and k + len(found[0]) >= len(before) - nw.reach:
                    # "kedua pelaku berinisial AS dan BT": several people
                    plural = bool(k and (before[k - 1] in iw.plural or _is_number(before[k - 1])))
                    subject = " ".join(found[0])
                    break
            if plural:
                continue
            near = low[max(0, i - nw.reach - 3):i]
            if any(w in nw.other_people or (without_pronoun_enclitic(w) or "") in nw.other_people for w in near):
                continue  # "bersama temannya berinisial JH": someone else
            if t in nw.initials:
                if subject is None:
                    if arrest is None:
                        arrest = any(tuple(low[k:k + len(v)]) == v for v in nw.arrest_verbs for k in range(len(low)))
                    if not arrest:
                        continue
                if i + 1 >= len(raw) or not _initials_token().match(raw[i + 1]):
                    continue
                rest = [w for w in raw[i + 2:i + 9] if w not in "()" and not w.isdigit()]
                if len(rest) >= 2 and rest[0] in (",", "dan", "and") and _initials_token().match(rest[1]):
                    continue  # "berinisial AAP (22), KR (18), dan QAC (16)": several people
                letters = tuple(c for c in raw[i + 1] if c.isalpha())
                if len(letters) < 2:
                    continue
                out.append(_NameReading(d, source, subject or t, f"{raw[i]} {raw[i + 1]}", letters, (), sentence))
            elif subject is not None:
                name = []
                for w in raw[i + 1:i + 5]:
                    if not w[:1].isupper() or not w[:1].isalpha() or _initials_token().match(w):
                        break
                    name.append(w.rstrip("."))  # "bernama Kusmawati." ends the sentence
                if name:
                    out.append(_NameReading(d, source, subject, f"{raw[i]} {' '.join(name)}",
                                            tuple(w[0].upper() for w in name), tuple(w.lower() for w in name),
                                            sentence))
    return out


def _one_person(a: _NameReading, b: _NameReading) -> bool:
    """Whether two namings can be one person: initials with a letter that opens a word of the
    name, two names sharing a word or an initial, two sets of initials sharing a letter."""
    if a.name_words and b.name_words:
        return bool(set(a.name_words) & set(b.name_words)) or bool(set(a.letters) & set(b.letters))
    return bool(set(a.letters) & set(b.letters))


def _name_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                    told: set[frozenset[str]] | None = None) -> list[Discrepancy]:
    """One perpetrator named by independent sources with names or initials that cannot be one
    person: "terduga pelaku bernama Maruddin" / "sopir ... berinisial SS (41) ... ditangkap". Each pair of
    initials it tells goes into ``told``, so the initials reader's role rule does not tell it again."""
    iw, nw = _identity_words(), _naming_words()
    if not iw.subjects or not (nw.named or nw.initials):
        return []
    by_source: dict[str, list[_NameReading]] = defaultdict(list)
    for d in docs:
        for r in _name_readings(d, source_key(d, by_id), iw, nw):
            by_source[r.source].append(r)
    people: list[_NameReading] = []  # one reading per person the story names
    sides: list[_NameReading] = []
    for readings in by_source.values():
        if any(not _one_person(a, b) for a in readings for b in readings):
            continue  # a source naming two people tells several
        sides.append(readings[0])
    for r in (x for rs in by_source.values() for x in rs):
        if all(not _one_person(r, p) for p in people):
            people.append(r)
    if len(people) != 2:
        return []
    out = []
    for i, a in enumerate(sides):
        b = next((b for b in sides[i + 1:] if not _one_person(a, b)), None)
        if b is None:
            continue
        explanation = message("detail.identity", subject_a=a.subject, outlet_a=a.doc.outlet or a.doc.id,
                              role_a=a.written, sentence_a=shortened(a.sentence), outlet_b=b.doc.outlet or b.doc.id,
                              role_b=b.written, sentence_b=shortened(b.sentence))
        docs_of = sorted({r.doc.id for rs in by_source.values() for r in rs})
        out.append(detail_item(story, docs_of, explanation, round(3.5 + 0.25 * len(sides), 3)))
        if told is not None and not a.name_words and not b.name_words:
            told.add(frozenset(("".join(a.letters), "".join(b.letters))))
        break
    return out


@dataclass(slots=True)
class _SlotName:
    doc: Document
    source: str
    slot: str  # "vehicle", "driver", "village" ...
    name: tuple[str, ...]  # its words, lower case, honorifics off
    written: str  # as the text writes it: "City Trans Utama"
    sentence: str


_NAME_WORD = re.compile(r"^(?:[A-Z][a-z'’-]+\.?|[A-Z]{2,5})$")  # "Komarudin", "Moh.", "CTU"; never "B" of a plate


def _slot_names(d: Document, source: str, nw: NamedSlotWords, rw: ReconcileWords) -> list[_SlotName]:
    """The names ``d`` gives a story's one-of-a-kind things: a capitalised run right after a slot's
    cue ("bus pariwisata City Trans Utama", "sopir bernama Dedi Kurnia", "Desa Manggungsari"), a
    place only in a sentence that tells the event and not after a word of someone's home."""
    out = []
    starts = {cue[0] for cue, _ in nw.slots}
    stops = {w.lower() for w in rw.place_words}
    people = [(m.start, m.end) for m in d.mentions if m.label == "PERSON"]
    for s, e in d.sentences:
        sentence = d.text[s:e]
        raw = _TOKEN.findall(sentence)
        if _headline(raw, rw):
            continue  # "Baca Juga: Pengemudi BMW Jadi Tersangka": every word capitalised, none a name
        low = [t.lower() for t in raw]
        event: bool | None = None  # asked only of a sentence with a place cue
        i = 0
        while i < len(low):
            found = phrase_at(low, i, nw.slots) if low[i] in starts else None
            if found is None:
                i += 1
                continue
            cue, slot = found
            cue_at = i
            before = raw[i - 1] if i else ""
            if before[:1].isdigit() or (i and raw[i][:1].isupper() and not raw[i].isupper()
                                        and (before[:1].isupper() or before in ("and", "dan", "&"))):
                # "10 km" is a distance; "Mitra Pengemudi Grab", "Truck and Bus Corporation": the cue
                # word inside a longer capitalised name ("KM" and "PO", always capitals, are still cues)
                i += 1
                continue
            k = i + len(cue)
            while True:  # "kapal speedboat SB ...", "dikemudikan oleh ...", "sopir bus bernama ..."
                more = phrase_at(low, k, [(c, v) for c, v in nw.slots if v == slot]) \
                    or phrase_at(low, k, [(b, None) for b in nw.between])
                if more is None and slot in nw.person_slots:
                    named = next((j for j in range(k, min(k + 3, len(low)))
                                  if phrase_at(low, j, [(b, None) for b in nw.naming])), None)
                    if named is None:
                        break
                    k = named + len(phrase_at(low, named, [(b, None) for b in nw.naming])[0])
                    continue
                if more is None:
                    break
                k += len(more[0])
            while k < len(raw) and low[k].rstrip(".") in rw.honorifics:
                k += 1
            name: list[str] = []
            while k + len(name) < len(raw) and len(name) < nw.max_name_words:
                w = raw[k + len(name)]
                if not _NAME_WORD.match(w) or w.lower() in stops or w.lower() in starts:
                    break
                after = raw[k + len(name) + 1] if k + len(name) + 1 < len(raw) else ""
                if len(w) <= 2 and after[:1].isdigit():
                    break  # "Rp 245.000", a plate's "DB 1242 CH": no word of a name
                name.append(w)
            i = max(i + 1, k)
            if not name or (len(name) == 1 and name[0].isupper()):
                continue  # nothing named, or initials alone: they agree with any name they spell
            end = k + len(name)
            if end + 1 < len(raw) and raw[end] in "-–" and raw[end + 1][:1].isupper():
                continue  # a route ("kapal Baubau - Ternate"), two places, no name
            if slot in nw.place_slots:
                if event is None:
                    event = any(phrase_at(low, j, [(p, None) for p in nw.event_words]) for j in range(len(low)))
                home = low[max(0, cue_at - nw.home_reach):cue_at]  # "warga Desa ...", "asal Desa ..."
                if not event or any(w in nw.home_words for w in home):
                    continue
            if slot in nw.person_slots and people:
                at = s + sentence.find(name[0], sum(len(t) for t in raw[:k]))
                if not any(a <= at < b for a, b in people):
                    continue  # "pengemudi Grab", "pengemudi Ojol": a person's slot holds a person's name
            words_ = tuple(w.rstrip(".").lower() for w in name)
            out.append(_SlotName(d, source, slot, words_, " ".join(w.rstrip(".") for w in name), sentence))
    return out


def _headline(tokens: list[str], rw: ReconcileWords) -> bool:
    """A headline quoted in the text ("Baca juga: Kapal Pesiar Bawa Ribuan Turis", "Video: Pemudik
    Ditemukan Meninggal di dalam Bus Tujuan Medan"): every word of four letters or more capitalised
    but function words, its verbs too, where a sentence has a verb in lower case ("Kecelakaan terjadi
    di Kampung Cibeber, Desa Sukamaju")."""
    long_words = [t for t in tokens if len(t) >= 4 and t[0].isalpha()]
    capitalised = [t for t in long_words if t[0].isupper()]
    return len(capitalised) >= 3 and all(t[0].isupper() or t in rw.stopwords for t in long_words)


def _named_slot_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                          rw: ReconcileWords) -> list[Discrepancy]:
    """One thing of the story named by independent sources with two names that cannot be one name
    written two ways: "bus Vitra Trans Utama" / "bus City Trans Utama", "Desa Manggungsari" / "Desa
    Manggungjaya". A spelling slip, an abbreviation, initials or a name told less fully is one name
    (``spellings.one_name_two_spellings``); only names near enough to be taken for one are set
    against each other. A source naming two (its own readings, or both names anywhere in its text)
    tells two things."""
    nw = named_slot_words()
    if not nw.slots:
        return []
    by_slot: dict[str, list[_SlotName]] = defaultdict(list)
    for d in docs:
        for r in _slot_names(d, source_key(d, by_id), nw, rw):
            by_slot[r.slot].append(r)
    out = []
    for readings in by_slot.values():
        clusters: DisjointSets[int] = DisjointSets(range(len(readings)))
        for i, a in enumerate(readings):
            for j in range(i + 1, len(readings)):
                if one_name_two_spellings(list(a.name), list(readings[j].name), nw):
                    clusters.join(i, j)
        groups: dict[int, list[_SlotName]] = defaultdict(list)
        for i, r in enumerate(readings):
            groups[clusters.find(i)].append(r)
        if not 2 <= len(groups) <= nw.max_names:
            continue
        of_source: dict[str, set[int]] = defaultdict(set)
        for root, group in groups.items():
            for r in group:
                of_source[r.source].add(root)
        texts: dict[str, list[str]] = defaultdict(list)
        for d in docs:
            texts[source_key(d, by_id)].append(d.text)
        sided = {root: [r for r in group if len(of_source[r.source]) == 1] for root, group in groups.items()}
        named_in = {root: {r.written for r in group} for root, group in groups.items()}

        def names_both(source: str, x: int, y: int) -> bool:
            return any(any(n in t for n in named_in[x]) and any(n in t for n in named_in[y]) for t in texts[source])

        roots = sorted((r for r in sided if sided[r]), key=lambda r: -len({x.source for x in sided[r]}))
        told = set()
        for i, x in enumerate(roots):
            for y in roots[i + 1:]:
                a, b = sided[x][0], sided[y][0]
                if not near_names(list(a.name), list(b.name), nw):
                    continue
                if any(names_both(r.source, x, y) for r in sided[x] + sided[y]):
                    continue
                told |= {x, y}
        if not told:
            continue
        lines = []
        for root in (r for r in roots if r in told):
            # the group's name as most of its reports write it
            written = Counter(r.written for r in sided[root]).most_common(1)[0][0]
            first = next(r for r in sided[root] if r.written == written)
            outlets = sorted({r.doc.outlet or r.doc.id for r in sided[root]})
            lines.append(message("detail.named_told", outlets=", ".join(outlets), name=written,
                                 sentence=shortened(first.sentence)))
        explanation = message("detail.named", names=joined(lines, "; "))
        docs_of = sorted({r.doc.id for root in told for r in sided[root]})
        sources = {r.source for root in told for r in sided[root]}
        out.append(detail_item(story, docs_of, explanation, round(3.0 + 0.25 * len(sources), 3)))
    return out


@dataclass(frozen=True, slots=True)
class _AgeSettings:
    """``age_details`` of reconcile.yaml: see the comments there."""

    pattern: re.Pattern[str] | None  # "(27)", "(27 tahun)"
    low: int
    high: int
    # right after a person's name: ", 44," / ", 38 tahun" / "berusia 38 tahun" (disc29)
    after_name: re.Pattern[str] | None = None
    # disc54: a word before the name -> (its kind, its value): "korban" -> ("side", "victim")
    marks: dict[str, tuple[str, str]] = field(default_factory=dict)
    marks_reach: int = 4
    aged_after_days: int = 180


@lru_cache(maxsize=4)
def _age_settings(language: str = "id") -> _AgeSettings:
    data = load_data("reconcile", language).get("age_details") or {}
    if not data:
        return _AgeSettings(None, 0, 0)
    units = "|".join(re.escape(str(u)) for u in sorted(data.get("units") or [], key=len, reverse=True))
    unit = rf"(?:\s*(?:{units}))?" if units else ""
    age_words = "|".join(re.escape(str(w)) for w in sorted(data.get("age_words") or [], key=len, reverse=True))
    after_name = None
    if units:
        # ", 44," and ", 38 tahun" (a bare number needs a break after it: ", 44 orang" is a count), or a word
        # of age before the number ("berusia 38 tahun", ", usia 40 tahun")
        forms = [rf",\s*(?P<bare>\d{{1,3}})(?:\s*(?:{units})\b|\s*(?=[,;.)]))"]
        if age_words:
            forms.append(rf",?\s*(?:yang\s+)?(?:{age_words})\s+(?P<worded>\d{{1,3}})\s*(?:{units})\b")
        after_name = re.compile("(?:" + "|".join(forms) + ")", re.IGNORECASE)  # matched where a name ends
    marks = {str(w).lower(): (str(kind), str(value)) for kind, values in (data.get("marks") or {}).items()
             for value, words in (values or {}).items() for w in words or []}
    return _AgeSettings(re.compile(rf"\(\s*(\d{{1,3}}){unit}\s*\)", re.IGNORECASE),
                        int(data.get("min", 1)), int(data.get("max", 110)), after_name, marks,
                        int(data.get("marks_reach", 4)), int(data.get("aged_after_days", 180)))


@lru_cache(maxsize=4)
def age_in_brackets(language: str = "id") -> AgeInBrackets:
    """The age reader's age in brackets ("(27)", "(27 tahun)") and the ages it believes, for the initials reader."""
    settings = _age_settings(language)
    return AgeInBrackets(settings.pattern, settings.low, settings.high)


@dataclass(slots=True)
class _AgeReading:
    doc: Document
    source: str
    name: str  # as written: "MR", "Kusnadi"
    name_words: frozenset[str]  # lower case
    initials: bool
    age: int
    written: str  # "MR (27)"
    sentence: str
    marks: dict[str, str] = field(default_factory=dict)  # what the words before the name make the person


_MARK_WORD = re.compile(r"[^\W\d_][\w-]*")


def _marks_before(d: Document, start: int, settings: _AgeSettings) -> dict[str, str]:
    """What the words right before a name (within its sentence) say of the person: a victim or an
    offender, a man or a woman. The nearest word of each kind counts ("korban dibunuh pelaku AS": an
    offender)."""
    if not settings.marks:
        return {}
    sent = d.sentence_at(start)
    words = _MARK_WORD.findall(d.text[sent[0] if sent else max(0, start - 120):start])[-settings.marks_reach:]
    out: dict[str, str] = {}
    for w in reversed(words):
        low = w.lower()
        found = settings.marks.get(low) or settings.marks.get(without_pronoun_enclitic(low) or low)
        if found is not None:
            out.setdefault(found[0], found[1])
    return out


def _two_people(a: _AgeReading, b: _AgeReading) -> bool:
    """Whether the words before the two namings make them two people: a victim and an offender, a
    man and a woman."""
    return any(kind in b.marks and b.marks[kind] != value for kind, value in a.marks.items())


def _grown_older(a: _AgeReading, b: _AgeReading, settings: _AgeSettings) -> bool:
    """Whether the later report's higher age is the person grown older between two reports published
    far apart: higher by no more than the whole years between them, rounded up."""
    days = [published_day(a.doc), published_day(b.doc)]
    if None in days:
        return False
    (early_day, early), (late_day, late) = sorted(zip(days, (a.age, b.age)))
    apart = (late_day - early_day).days
    return apart >= settings.aged_after_days and 0 < late - early <= -(-apart // 365)


@lru_cache(maxsize=2)
def _age_initials(language: str = "id") -> re.Pattern[str]:
    """Initials of two letters or more ending the text before an age in brackets: the initials reader's shape."""
    return re.compile(rf"(?<![\w.])({initials_letters(2, language)})\s*$")


def _sentence_around(d: Document, start: int, end: int) -> str:
    """The sentence holding ``start``, or the text 80 characters either side of ``start``..``end``
    when the document has no sentence there: what an age reading quotes."""
    sent = d.sentence_at(start)
    return d.text[sent[0]:sent[1]] if sent else d.text[max(0, start - 80):end + 80]


def _age_readings(d: Document, source: str, settings: _AgeSettings) -> list[_AgeReading]:
    """The ages a document gives people by name or initials: "RR (19)", "Kusnadi (67 tahun)"."""
    if settings.pattern is None:
        return []
    # every place the text writes a name the tagger found once ("Slamet" tagged, "mekanik Slamet (20)"
    # missed): disc37
    persons = person_spans(d)
    out = []
    for m in settings.pattern.finditer(d.text):
        age = int(m.group(1))
        if not settings.low <= age <= settings.high:
            continue
        before = d.text[max(0, m.start() - 80):m.start()]
        gap = len(before) - len(before.rstrip())
        if gap > 1:
            continue
        # a PERSON name ending right before the bracket, else initials
        mention = next((p for p in persons if m.start() - gap - 1 <= p.end <= m.start() and p.end > p.start), None)
        if mention is not None:
            name, initials, start = d.text[mention.start:mention.end].strip(), False, mention.start
        else:
            found = _age_initials().search(before)
            if found is None:
                continue
            start = m.start() - len(before) + found.start(1)
            if any(p.label != "PERSON" and p.start <= start < p.end for p in d.mentions):
                continue  # a body's or a place's acronym ("RSUD (3)"), tagged as such: no one's initials
            name, initials = found.group(1), True
        letters_only = name.replace(".", "")
        name_words = frozenset(w.lower() for w in (letters_only.split() if not initials else [letters_only]))
        if not name_words:
            continue
        out.append(_AgeReading(d, source, name, name_words, initials, age, f"{name} {m.group(0)}",
                               _sentence_around(d, m.start(), m.end()), _marks_before(d, start, settings)))
    if settings.after_name is not None:
        for mention in persons:
            m = settings.after_name.match(d.text, mention.end)
            if m is None:
                continue
            age = int(m.group("bare") or m.group("worded"))
            if not settings.low <= age <= settings.high:
                continue
            name = d.text[mention.start:mention.end].strip()
            name_words = frozenset(w.lower() for w in name.replace(".", "").split())
            out.append(_AgeReading(d, source, name, name_words, False, age, f"{name}{m.group(0).rstrip(',;.')}",
                                   _sentence_around(d, mention.start, m.end()),
                                   _marks_before(d, mention.start, settings)))
    return out


def _one_named(a: _AgeReading, b: _AgeReading) -> bool:
    """Two namings of one person: the same initials, initials that are the first letters of the
    other's name in order ("MR" / "Marpuah Rahayu"), or one name's words all in the other."""
    if a.initials and b.initials:
        return a.name_words == b.name_words
    if a.initials or b.initials:
        short, full = (a, b) if a.initials else (b, a)
        opening = "".join(w[0] for w in full.name.lower().split() if w[:1].isalpha())
        return next(iter(short.name_words)) == opening
    # a name spelt two ways is one person too ("Selamet, 21 tahun" / "Slamet (20)"): disc37
    return a.name_words <= b.name_words or b.name_words <= a.name_words \
        or one_person_named(a.name.replace(".", " ").lower().split(), b.name.replace(".", " ").lower().split())


def _age_readings_by_source(docs: Sequence[Document], by_id: dict[str, Document]) -> dict[str, list[_AgeReading]]:
    """The ages the story's Indonesian reports give people, by independent source."""
    settings = _age_settings()
    by_source: dict[str, list[_AgeReading]] = defaultdict(list)
    if settings.pattern is None:
        return by_source
    for d in docs:
        if d.language not in (None, "id"):
            continue
        for r in _age_readings(d, source_key(d, by_id), settings):
            by_source[r.source].append(r)
    return by_source


def _age_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """One person given two ages by two independent sources: "MR (27)" / "MR (37)". Two namings the
    words before them make two people ("korban AS" / "pelaku AS") and a person grown older between
    reports a year apart are no item (disc54)."""
    settings = _age_settings()
    by_source = _age_readings_by_source(docs, by_id)
    # a source giving one person two ages is no side: two people share the initials or the name
    sides = {src: [r for r in rs if all(o.age == r.age for o in rs if _one_named(o, r))]
             for src, rs in by_source.items()}
    out: list[Discrepancy] = []
    # one item per person and pair of ages: "M Syafii (48)" and "Syafii (48)" against "Mochammad
    # Syafii, 45" is one disagreement told by three sources
    told: list[tuple[_AgeReading, frozenset[int]]] = []
    sources = sorted(sides)
    for i, sa in enumerate(sources):
        for sb in sources[i + 1:]:
            for a in sides[sa]:
                for b in sides[sb]:
                    if a.age == b.age or not _one_named(a, b) or _two_people(a, b) \
                            or _grown_older(a, b, settings):
                        continue
                    ages = frozenset((a.age, b.age))
                    if any(ages == t_ages and (_one_named(a, t) or _one_named(b, t)) for t, t_ages in told):
                        continue
                    told.append((a, ages))
                    first, second = sorted((a, b), key=lambda r: order_key(r.doc))
                    explanation = message("detail.age", outlet_a=first.doc.outlet or first.doc.id,
                                          written_a=first.written, sentence_a=shortened(first.sentence),
                                          outlet_b=second.doc.outlet or second.doc.id, written_b=second.written,
                                          sentence_b=shortened(second.sentence))
                    docs_of = sorted({r.doc.id for r in [*by_source[sa], *by_source[sb]]
                                      if r.age in (a.age, b.age) and (_one_named(r, a) or _one_named(r, b))})
                    out.append(detail_item(story, docs_of, explanation, 3.75))
    return out


# a code: two or three capitals and two to five digits ("SV-5726"); a kilometre point is written
# "Km 93" as well as "KM 93", and may carry metres after a plus ("KM 93+200")
_CODE = re.compile(r"(?<![\w-])(?P<letters>[A-Z]{2,3}|Km)[- ]?(?P<digits>\d{2,5})(?:\+\d{1,3})?(?![\w-])")
# an Indonesian vehicle plate: a region's one or two capitals, one to four digits, one to three
# capitals ("B 1076 PVC", "DK 7942 GB", "D-7976-AD")
_PLATE = re.compile(r"(?<![\w-])(?P<region>[A-Z]{1,2})[- ]?(?P<digits>\d{1,4})[- ]?(?P<series>[A-Z]{1,3})(?![\w-])")


@dataclass(frozen=True, slots=True)
class _CodeSettings:
    """``code_details`` of reconcile.yaml: see the comments there."""

    span: int  # words before a code searched for a cue
    min_ratio: int  # least similarity of one code written two ways
    cues: tuple[tuple[str, ...], ...]  # lower-case word tuples
    point_letters: frozenset[str] = frozenset()  # the letters of a road's kilometre point ("KM")
    point_cues: tuple[tuple[str, ...], ...] = ()
    after_span: int = 0  # words after a road point searched for a road named after it
    point_cues_after: tuple[tuple[str, ...], ...] = ()
    plate_cues: tuple[tuple[str, ...], ...] = ()  # words naming a vehicle's plate ("nopol", "pelat nomor")
    plate_label: str = ""  # what an item calls a plate


@lru_cache(maxsize=4)
def _code_settings(language: str = "id") -> _CodeSettings:
    data = load_data("reconcile", language).get("code_details") or {}

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(words(str(c))) for c in data.get(key) or [])

    return _CodeSettings(int(data.get("cue_words", 4)), int(data.get("min_ratio", 70)), phrases("cues"),
                         frozenset(str(x).upper() for x in data.get("point_letters") or []),
                         phrases("point_cues"), int(data.get("after_words", 0)), phrases("point_cues_after"),
                         phrases("plate_cues"), str(data.get("plate_label") or ""))


def _cue_in(ws: list[str], cues: tuple[tuple[str, ...], ...]) -> str | None:
    return next((" ".join(c) for c in cues for k in range(len(ws) - len(c) + 1)
                 if c and tuple(ws[k:k + len(c)]) == c), None)


def _codes(d: Document, cs: _CodeSettings) -> dict[str, tuple[str, str]]:
    """The codes a document gives a flight, train, vehicle or road point: {"SV5726": ("SV-5726", "pesawat")}."""
    out: dict[str, tuple[str, str]] = {}
    # "KT 8534" in "truk KT 8534 AJ" is the front of a plate, never a code of its own
    plates = {m.start() for m in _PLATE.finditer(d.text)}
    for m in _CODE.finditer(d.text):
        if m.start() in plates:
            continue
        sent = d.sentence_at(m.start())
        start, end = sent if sent else (0, len(d.text))
        letters = m.group("letters").upper()
        before = words(d.text[start:m.start()])[-cs.span:]
        if letters in cs.point_letters:
            cue = _cue_in(before, cs.point_cues)
            if cue is None and cs.after_span:
                cue = _cue_in(words(d.text[m.end():max(end, m.end())])[:cs.after_span], cs.point_cues_after)
        elif m.group("letters") == "Km":  # a kilometre point's spelling, never another code's
            continue
        else:
            cue = _cue_in(before, cs.cues)
        if cue is not None:
            out.setdefault(letters + m.group("digits"), (m.group(0), cue))
    if cs.plate_cues:
        for m in _PLATE.finditer(d.text):
            sent = d.sentence_at(m.start())
            before = words(d.text[sent[0] if sent else 0:m.start()])[-cs.span:]
            cue = _cue_in(before, cs.plate_cues)
            if cue is not None:
                out.setdefault(m.group("region") + m.group("digits") + m.group("series"),
                               (m.group(0), cs.plate_label or cue))
    return out


_DESIGNATED = re.compile(r"(?P<letters>[A-Z]{2,3})(?P<digits>\d+)")


def _one_designator(a: str, b: str) -> bool:
    """One flight under its two designators: the same number after the airline's two-letter code and
    its three-letter call sign ("SJ182" / "SJY182", "GA404" / "GIA404"): the same first letter and the
    same digits. A plate or a road point has other parts, and does not match."""
    ma, mb = _DESIGNATED.fullmatch(a), _DESIGNATED.fullmatch(b)
    return (ma is not None and mb is not None and ma.group("digits") == mb.group("digits")
            and ma.group("letters")[0] == mb.group("letters")[0] and ma.group("letters") != mb.group("letters")
            and "KM" not in (ma.group("letters"), mb.group("letters")))


def _one_slip(a: str, b: str) -> bool:
    """Two digit strings one slip of the pen apart: one digit changed, added or dropped, or two
    next to each other swapped ("58" / "57", "113" / "13", "58" / "85")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        apart = [k for k in range(len(a)) if a[k] != b[k]]
        return len(apart) == 1 or (len(apart) == 2 and apart[1] == apart[0] + 1
                                   and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:k] + longer[k + 1:] == shorter for k in range(len(longer)))


def _code_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """One flight's (train's, vehicle's) number written differently by independent sources:
    "SI-576" / "SV-5726" / "SV 5276"."""
    cs = _code_settings()
    if not cs.cues:
        return []
    given = {d.id: _codes(d, cs) for d in docs}
    points = tuple(sorted(cs.point_letters))

    def similar(a: str, b: str) -> bool:
        # a road's kilometre point is its digits: two of them are one point written two ways only
        # one slip apart ("KM 58" / "KM 85"); "KM 47" / "KM 70" share a digit and are two points
        # (where a contraflow began, another year's crash), which the ratio of short codes calls alike
        if a.startswith(points) and b.startswith(points):
            return _one_slip(re.sub(r"\D", "", a), re.sub(r"\D", "", b))
        return fuzz.ratio(a, b) >= cs.min_ratio

    # one flight's number under the airline's code and its call sign is one number, told the same way:
    # each telling is kept under the shorter form
    keys = sorted({c for codes in given.values() for c in codes}, key=lambda c: (len(c), c))
    same_as = {c: next((k for k in keys if len(k) < len(c) and _one_designator(k, c)), c) for c in keys}
    given = {doc: {same_as[c]: told for c, told in reversed(list(codes.items()))} for doc, codes in given.items()}
    # a report giving two similar codes lists two things: none of its codes takes part
    listing = {doc for doc, codes in given.items() if any(similar(a, b) for a in codes for b in codes if a < b)}
    told: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        if d.id not in listing:
            for code in given[d.id]:
                told[code].append(d)
    sources = {code: {source_key(d, by_id) for d in ds} for code, ds in told.items()}
    # codes joined into groups of one number written two ways, told by different sources
    codes = sorted(told)
    one_number = DisjointSets(codes)
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            if similar(a, b) and len(sources[a] | sources[b]) > 1:
                one_number.join(a, b)
    out = []
    for group in one_number.groups():
        if len(group) < 2:
            continue
        group.sort(key=lambda c: min(order_key(d) for d in told[c]))
        first = told[group[0]][0]
        tellings = [message("detail.code_told", outlets=sorted({d.outlet or d.id for d in told[c]}),
                            code=given[told[c][0].id][c][0]) for c in group]
        explanation = message("detail.code", thing=given[first.id][group[0]][1], codes=joined(tellings, "; "))
        out.append(detail_item(story, sorted({d.id for c in group for d in told[c]}), explanation,
                                round(3.5 + 0.25 * len(set().union(*(sources[c] for c in group))), 3)))
    return out


# --------------------------------------------------------------------------- typed values: models, law articles

# a model code: an optional letter or two glued to it ("A320", "B737"), two or three digits, a variant
# after a hyphen ("737-500", "72-600") and a MAX generation ("737 MAX 8")
_MODEL = re.compile(r"(?<![\w.,-])(?P<prefix>[A-Z]{1,2})?(?P<base>\d{2,3})(?:-(?P<variant>\d{1,3}))?"
                    r"(?:\s?(?P<max>MAX)\s?(?P<generation>\d{1,2}))?(?![\w-]|[.,]\d)")


@dataclass(frozen=True, slots=True)
class _ModelSettings:
    """``model_details`` of reconcile.yaml: see the comments there."""

    makers: tuple[tuple[str, ...], ...]  # as written, capitalised
    type_cues: tuple[tuple[str, ...], ...]  # lower case
    things: frozenset[str]
    span: int


@lru_cache(maxsize=4)
def _model_settings(language: str = "id") -> _ModelSettings:
    data = load_data("reconcile", language).get("model_details") or {}
    return _ModelSettings(tuple(tuple(str(m).split()) for m in data.get("makers") or []),
                          tuple(tuple(words(str(c))) for c in data.get("type_cues") or []),
                          frozenset(str(t).lower() for t in data.get("things") or []), int(data.get("cue_words", 3)))


def _model_key(m: re.Match[str]) -> str:
    """A model as compared: the digits and variant, a glued maker's letter dropped ("B737-500" is "737-500")."""
    key = m.group("base") + (f"-{m.group('variant')}" if m.group("variant") else "")
    return key + (f" MAX {m.group('generation')}" if m.group("max") else "")


def _models(d: Document, ms: _ModelSettings) -> dict[str, str]:
    """The aircraft models a document names: {"737-500": "Boeing 737-500"}. A model is read after a maker's
    name ("Boeing 737-500", "Airbus A320"); a model with a variant also after a word of type ("seri klasik
    733-500") or a word for the aircraft ("pesawat B737-500") among the few words before it."""
    out: dict[str, str] = {}
    if not ms.makers:
        return out
    for m in _MODEL.finditer(d.text):
        sent = d.sentence_at(m.start())
        start = sent[0] if sent else max(0, m.start() - 200)
        before_raw = d.text[start:m.start()].split()
        if not any(w.lower().strip(".,()") in ms.things for w in d.text[start:(sent[1] if sent else m.end())].split()):
            continue  # no aircraft named in its sentence: a year, a law's number, a figure
        maker = next((" ".join(mk) for mk in ms.makers if tuple(before_raw[-len(mk):]) == mk), None)
        if maker is None:
            if not m.group("variant"):
                continue
            before = words(d.text[start:m.start()])[-ms.span:]
            if _cue_in(before, ms.type_cues) is None and not (m.group("prefix") and set(before) & ms.things):
                continue
        out.setdefault(_model_key(m), " ".join(x for x in (maker, m.group(0)) if x))
    return out


def _one_model(a: str, b: str) -> bool:
    """One model told more or less fully: "737" and "737-500"."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-") or a.startswith(b + " ") or b.startswith(a + " ")


def _model_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """One aircraft given two models by independent sources: "Boeing 737-500" / "seri klasik 733-500",
    "Boeing 787-800" / "Boeing 737-800". A source naming two models names two aircraft (a history of
    crashes, a fleet) and takes no side."""
    ms = _model_settings()
    given = {d.id: _models(d, ms) for d in docs}  # a maker's name and a model code read alike in any language
    told: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        models = given.get(d.id) or {}
        if all(_one_model(a, b) for a in models for b in models):
            for key in models:
                told[key].append(d)
    sources = {key: {source_key(d, by_id) for d in ds} for key, ds in told.items()}
    keys = sorted(told, key=lambda k: min(order_key(d) for d in told[k]))
    # a model told less fully ("737") is shown under the fuller one it fits ("737-500")
    apart = [k for k in keys if not any(k != o and _one_model(k, o) and len(o) > len(k) for o in keys)]
    makers = {k: {" ".join(mk) for d in told[k] for mk in ms.makers if given[d.id][k].startswith(" ".join(mk) + " ")}
              for k in apart}

    def rivals(a: str, b: str) -> bool:
        # two makers named are two aircraft (a Boeing that hit an ATR); a code with no maker may be either
        return (a != b and not _one_model(a, b) and len(sources[a] | sources[b]) > 1
                and (not makers[a] or not makers[b] or bool(makers[a] & makers[b])))

    apart = [k for k in apart if any(rivals(k, o) for o in apart)]
    if len(apart) < 2:
        return []
    tellings = [message("detail.model_told", outlets=sorted({d.outlet or d.id for d in told[k]}),
                        model=given[told[k][0].id][k]) for k in apart]
    explanation = message("detail.model", models=joined(tellings, "; "))
    docs_of = sorted({d.id for k in keys for d in told[k]})
    return [detail_item(story, docs_of, explanation,
                         round(3.5 + 0.25 * len(set().union(*(sources[k] for k in keys))), 3))]


@dataclass(frozen=True, slots=True)
class _LawSettings:
    """``law_details`` of reconcile.yaml: see the comments there."""

    article: re.Pattern[str] | None  # "Pasal 340", and the articles listed after it
    statutes: tuple[tuple[tuple[str, ...], str], ...]  # (words as written, lower case; the statute's key)
    numbered: tuple[tuple[str, ...], ...]  # words opening a statute named by its number ("UU Nomor 31 Tahun 1999")
    window: int
    accessory: dict[str, frozenset[str]]
    max_days: int
    names: dict[str, str]  # a statute's key -> its first form, as an item names it
    charge_cues: tuple[tuple[str, ...], ...] = ()  # lower case: "dijerat", "didakwa melanggar"
    charge_window: int = 0


@lru_cache(maxsize=4)
def _law_settings(language: str = "id") -> _LawSettings:
    data = load_data("reconcile", language).get("law_details") or {}
    if not data:
        return _LawSettings(None, (), (), 0, {}, 0, {})
    heads = "|".join(re.escape(str(h)) for h in data.get("article_words") or [])
    joiners = "|".join(re.escape(str(j)) for j in sorted(data.get("joiners") or [], key=len, reverse=True))
    one = r"\d{1,4}[A-Z]?(?:\s*ayat\s*\(?\d{1,2}\)?)?(?:\s*huruf\s*[a-z])?(?:\s*ke-?\d)?"
    pattern = re.compile(rf"\b(?:{heads})\s+{one}(?:\s*(?:,|{joiners})\s*(?:(?:{heads})\s+)?{one})*")
    statutes = []
    for key, forms in (data.get("statutes") or {}).items():
        statutes.extend((tuple(words(str(f))), str(key)) for f in forms)
    statutes.sort(key=lambda s: -len(s[0]))
    return _LawSettings(pattern, tuple(statutes), tuple(tuple(words(str(n))) for n in data.get("numbered") or []),
                        int(data.get("statute_window", 6)),
                        {str(k): frozenset(str(a) for a in v) for k, v in (data.get("accessory") or {}).items()},
                        int(data.get("max_days_apart", 2)),
                        {str(k): str(v[0]) for k, v in (data.get("statutes") or {}).items() if v},
                        tuple(tuple(words(str(c))) for c in data.get("charge_cues") or []),
                        int(data.get("charge_window", 8)))


_ARTICLE_NUMBER = re.compile(r"(?<![\w(-])(\d{1,4}[A-Z]?)(?![\w)])")


def _statute_after(ws: list[str], ls: _LawSettings) -> str | None:
    """The statute named right after a run of articles: "KUHP", "UU Tipikor", "UU Nomor 31 Tahun 1999"."""
    for k in range(min(len(ws), ls.window)):
        for form, key in ls.statutes:
            if tuple(ws[k:k + len(form)]) == form:
                return key
        for opener in ls.numbered:
            if tuple(ws[k:k + len(opener)]) == opener:
                rest = ws[k + len(opener):k + len(opener) + 4]
                digits = [w for w in rest if w.isdigit()]
                # one statute however its name is opened ("UU Nomor 35 Tahun 2009", "Undang-Undang No. 35 ...")
                return f"uu {'/'.join(digits[:2])}" if rest[:1] and rest[0].isdigit() else None
    return None


def _law_articles(d: Document, ls: _LawSettings) -> dict[str, dict[str, str]]:
    """The articles of each statute a document cites: {"kuhp": {"340": "Pasal 340 subsider Pasal 338"}}."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    if ls.article is None:
        return out
    for m in ls.article.finditer(d.text):
        statute = _statute_after(words(d.text[m.end():m.end() + 120]), ls)
        if statute is None:
            continue
        sent = d.sentence_at(m.start())
        before = words(d.text[sent[0] if sent else max(0, m.start() - 200):m.start()])[-ls.charge_window:]
        if ls.charge_cues and _cue_in(before, ls.charge_cues) is None:
            continue  # an article cited for what a law says (a rule, a lawsuit against it), not someone's charge
        run = re.sub(r"ayat\s*\(?\d{1,2}\)?|huruf\s*[a-z]\b|ke-?\d", " ", m.group(0))
        for number in _ARTICLE_NUMBER.findall(run):
            out[statute].setdefault(number, " ".join(m.group(0).split()))
    return out


def _law_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """One charge cited under different articles of one statute by independent sources: "Pasal 3 UU
    Tipikor" / "Pasal 2 ayat (1) UU Tipikor". Articles that only join another (participation, a
    continued act: `accessory`) are left out; sources sharing any other article agree ("Pasal 340
    subsider Pasal 338" and "Pasal 340"); reports published days apart may follow a case whose
    articles changed."""
    ls = _law_settings()
    if ls.article is None:
        return []
    cited = {d.id: _law_articles(d, ls) for d in docs if d.language in (None, "id")}
    out: list[Discrepancy] = []
    statutes = sorted({s for c in cited.values() for s in c})
    for statute in statutes:
        extra = ls.accessory.get(statute, frozenset())
        tellers = [d for d in docs if set(cited.get(d.id, {}).get(statute, {})) - extra]
        main = {d.id: frozenset(cited[d.id][statute]) - extra for d in tellers}
        pairs = [(a, b) for i, a in enumerate(tellers) for b in tellers[i + 1:]
                 if source_key(a, by_id) != source_key(b, by_id) and not main[a.id] & main[b.id]
                 and _days_apart((a.published or "")[:10], (b.published or "")[:10]) <= ls.max_days]
        if not pairs:
            continue
        involved = {d.id for pair in pairs for d in pair}
        groups: dict[frozenset[str], list[Document]] = defaultdict(list)
        for d in tellers:
            if d.id in involved:
                groups[main[d.id]].append(d)
        ordered = sorted(groups.items(), key=lambda g: min(order_key(d) for d in g[1]))
        tellings = [message("detail.law_told", outlets=sorted({d.outlet or d.id for d in ds}),
                            articles=cited[ds[0].id][statute][sorted(arts)[0]]) for arts, ds in ordered]
        explanation = message("detail.law", statute=ls.names.get(statute, statute), articles=joined(tellings, "; "))
        n_sources = len({source_key(d, by_id) for ds in groups.values() for d in ds})
        out.append(detail_item(story, sorted(involved), explanation, round(3.5 + 0.25 * n_sources, 3)))
    return out


@dataclass(frozen=True, slots=True)
class _MatchMomentSettings:
    """``match_moments`` of reconcile.yaml: see the comments there."""

    minute: re.Pattern[str] | None  # "menit ke-32", "menit 45"
    marked: re.Pattern[str] | None  # "(32’)", "(32’, 57’)"
    actions: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]  # (action, its phrases as words)
    near_misses: tuple[tuple[str, ...], ...]
    max_gap: int
    max_days: int
    scored: frozenset[str] = frozenset()  # actions a match's score counts (goals)


@lru_cache(maxsize=4)
def _match_moment_settings(language: str = "id") -> _MatchMomentSettings:
    data = load_data("reconcile", language).get("match_moments") or {}
    if not data:
        return _MatchMomentSettings(None, None, (), (), 0, 0)
    minute_words = "|".join(re.escape(str(w)) for w in data.get("minute_words") or [])
    ordinals = "|".join(re.escape(str(w)) for w in data.get("ordinal_prefixes") or [])
    marks = "".join(re.escape(str(m)) for m in data.get("minute_marks") or [])
    minute = (re.compile(rf"\b(?:{minute_words})\s+(?:(?:{ordinals})[\s-]?)?(\d{{1,3}})(?!\s*[+\d])(?![.,]\d)",
                         re.IGNORECASE) if minute_words else None)
    one = rf"\d{{1,3}}\s*[{marks}]" if marks else None
    marked = re.compile(rf"\(\s*{one}(?:\s*,\s*{one})*\s*\)") if one else None
    actions = tuple((str(action), tuple(tuple(words(str(p))) for p in phrases or []))
                    for action, phrases in (data.get("actions") or {}).items())
    near = tuple(tuple(words(str(p))) for p in data.get("near_misses") or [])
    return _MatchMomentSettings(minute, marked, actions, near, int(data.get("max_gap_minutes", 10)),
                                int(data.get("max_days_apart", 1)), frozenset(map(str, data.get("scored") or [])))


# a match score "2-0", "0 - 4": not part of a longer dashed run (a date "25-3-2025", a formation "3-4-2-1")
_SCORE = re.compile(r"(?<![\w-])(\d{1,2})\s?-\s?(\d{1,2})(?![\d-])")


def _score_total(d: Document) -> int | None:
    """The goals of the match a report is about: the total of the score it writes most often
    (title and text; a running score "unggul 1-0" is written less often than the final one), the
    larger on a tie."""
    totals = Counter(int(a) + int(b) for a, b in _SCORE.findall(f"{d.title or ''}\n{d.text}"))
    if not totals:
        return None
    return max(totals, key=lambda t: (totals[t], t))


@dataclass(frozen=True, slots=True)
class _MinuteReading:
    doc: Document
    source: str
    action: str
    minute: int
    written: str  # "menit ke-35", "(34’)"
    actor: str | None = None  # the person named right before the minute: "Koki Ogawa (34’)", "Justin Hubner, menit ke-35"


def _has_words(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return n > 0 and any(tuple(tokens[i:i + n]) == phrase for i in range(len(tokens) - n + 1))


_ACTOR_GAP = re.compile(r"\s*,?\s*$")


def _actor_before(d: Document, at: int) -> str | None:
    """The person whose name ends right before a minute, with at most a comma between: the one
    who did the action in "Koki Ogawa (34’)" and "Justin Hubner, menit ke-35"."""
    gap = _ACTOR_GAP.search(d.text[max(0, at - 3):at])
    end = at - (len(gap.group(0)) if gap else 0)
    person = next((m for m in d.mentions if m.label == "PERSON" and end - 1 <= m.end <= end and m.end > m.start), None)
    return d.text[person.start:person.end].strip() if person is not None else None


def _minute_readings(d: Document, source: str, ms: _MatchMomentSettings) -> list[_MinuteReading]:
    """The minutes of a match a document gives one kind of action (a goal, a card): a minute
    written in a sentence naming exactly one kind of action and no near miss ("nyaris mencetak gol
    pada menit ke-20" is a chance, not a goal)."""
    found: list[tuple[int, int, str, str | None]] = []  # (offset, minute, as written, actor)
    if ms.minute is not None:
        found.extend((m.start(), int(m.group(1)), m.group(0), _actor_before(d, m.start()))
                     for m in ms.minute.finditer(d.text))
    if ms.marked is not None:
        for m in ms.marked.finditer(d.text):
            # in "(32’, 57’)" both minutes are the named person's
            actor = _actor_before(d, m.start())
            found.extend((m.start(), int(n.group(0)), f"({n.group(0)}’)", actor)
                         for n in re.finditer(r"\d{1,3}", m.group(0)))
    out = []
    for at, minute, written, actor in found:
        if not 0 < minute <= 130:
            continue
        span = d.sentence_at(at)
        tokens = words(d.text[span[0]:span[1]] if span else d.text[max(0, at - 150):at + 150])
        if any(_has_words(tokens, p) for p in ms.near_misses):
            continue
        kinds = {action for action, phrases in ms.actions if any(_has_words(tokens, p) for p in phrases)}
        if len(kinds) == 1:
            out.append(_MinuteReading(d, source, kinds.pop(), minute, written.strip(), actor))
    return out


def _one_actor(a: str, b: str) -> bool:
    """Two namings of one person: a word in common, allowing a slip ("Sugwara" / "Yukinari Sugawara",
    "Mareslino" / "Marselino")."""
    return any(fuzz.ratio(x, y) >= SAME_NAME_SPELLING for x in words(a) for y in words(b))


def match_moment_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """One action of a match (the first goal, the second card) given two minutes by two independent
    sources: "Justin Hubner (35’)" against "Koki Ogawa (34’)". The n-th action of a kind in one
    source is compared only with the n-th in another, and only when the two give that kind the same
    number of minutes (a report naming two of three goals would pair the wrong ones), every pair
    within ``max_gap_minutes`` (farther apart, the lists tell other actions) and the reports
    published at most ``max_days_apart`` days apart (two matches of one team in a story)."""
    ms = _match_moment_settings()
    if not ms.actions:
        return []
    told: dict[tuple[str, str], dict[int, _MinuteReading]] = {}  # (document, action) -> minute -> reading
    for d in docs:
        if d.language not in (None, "id"):
            continue
        by_action: dict[str, dict[int, _MinuteReading]] = defaultdict(dict)
        for r in _minute_readings(d, source_key(d, by_id), ms):
            kept = by_action[r.action].get(r.minute)
            if kept is None or kept.actor is None and r.actor is not None:
                by_action[r.action][r.minute] = r  # the telling that names who did it stands for the minute
        for action, minutes in by_action.items():
            # a report giving fewer goal minutes than its score counts tells some goals only, and
            # its n-th minute need not be the match's n-th goal
            if action in ms.scored and _score_total(d) != len(minutes):
                continue
            told[(d.id, action)] = minutes
    out: list[Discrepancy] = []
    for action in sorted({a for _, a in told}):
        # each report's list apart (an outlet may report two matches of one team), compared only
        # with the reports of other sources (a copy repeats its source's minutes)
        sources = sorted(s for s, a in told if a == action)
        listed = {s: [told[(s, action)][m] for m in sorted(told[(s, action)])] for s in sources}
        # the pairs of reports telling one match's actions of this kind, joined into matches (a story
        # may hold two matches of one team: each is its own item)
        compared: list[tuple[str, str]] = []
        match_of = DisjointSets(sources)
        for i, sa in enumerate(sources):
            for sb in sources[i + 1:]:
                ra, rb = listed[sa], listed[sb]
                if len(ra) != len(rb) or ra[0].source == rb[0].source:
                    continue
                # an undated report is compared (no day to tell the matches apart)
                if _days_apart((ra[0].doc.published or "")[:10], (rb[0].doc.published or "")[:10]) > ms.max_days:
                    continue
                if any(abs(a.minute - b.minute) > ms.max_gap for a, b in zip(ra, rb)):
                    continue
                compared.append((sa, sb))
                match_of.join(sa, sb)
        for match in sorted({match_of.find(s) for s in sources}):
            pairs = [(sa, sb) for sa, sb in compared if match_of.find(sa) == match]
            out.extend(_one_match_items(story, action, [(listed[sa], listed[sb]) for sa, sb in pairs]))
    return out


def _one_match_items(story: str, action: str,
                     pairs: list[tuple[list[_MinuteReading], list[_MinuteReading]]]) -> list[Discrepancy]:
    """The items of one match: the positions whose minutes differ between two compared sources (one
    item), and each position given to two people (an item each)."""
    # per position in the match, the minutes told there: minute -> readings
    differing: dict[int, dict[int, list[_MinuteReading]]] = defaultdict(lambda: defaultdict(list))
    # per position, the people it is given to: the actor's name -> readings
    other_actor: dict[int, dict[str, list[_MinuteReading]]] = defaultdict(lambda: defaultdict(list))
    for ra, rb in pairs:
        for k, (a, b) in enumerate(zip(ra, rb)):
            if a.minute != b.minute:
                for r in (a, b):
                    if r not in differing[k][r.minute]:
                        differing[k][r.minute].append(r)
            if a.actor and b.actor and not _one_actor(a.actor, b.actor):
                for r in (a, b):
                    if r not in other_actor[k][r.actor]:
                        other_actor[k][r.actor].append(r)
    out: list[Discrepancy] = []
    for k in sorted(other_actor):
        tellings = [message("detail.match_minute_told", written=f"{actor} {rs[0].written}",
                            outlets=sorted({r.doc.outlet or r.doc.id for r in rs}))
                    for actor, rs in sorted(other_actor[k].items())]
        explanation = message("detail.match_actor", action=action, number=k + 1, actors=joined(tellings, "; "))
        out.append(detail_item(story, sorted({r.doc.id for rs in other_actor[k].values() for r in rs}), explanation,
                                4.0))
    if differing:
        moments = []
        for k in sorted(differing):
            tellings = [message("detail.match_minute_told", written=rs[0].written,
                                outlets=sorted({r.doc.outlet or r.doc.id for r in rs}))
                        for _, rs in sorted(differing[k].items())]
            moments.append(message("detail.match_minute_at", number=k + 1, minutes=joined(tellings, ", ")))
        explanation = message("detail.match_minutes", action=action, moments=joined(moments, "; "))
        docs_of = sorted({r.doc.id for by_minute in differing.values() for rs in by_minute.values() for r in rs})
        out.append(detail_item(story, docs_of, explanation, round(3.5 + 0.25 * len(differing), 3)))
    return out

def _state_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                     rw: ReconcileWords) -> list[Discrepancy]:
    """A named thing ("Jembatan X") in incompatible states in two independent sources."""
    things = "|".join(re.escape(t) for t in rw.state_things)
    pattern = re.compile(rf"\b((?:{things})(?:\s+[A-Z][\w-]*){{1,3}})")
    clause_end = re.compile("|".join([r"[.;]", *(rf"\b{re.escape(w)}\b" for w in rw.state_clause_ends)]))
    seen: dict[str, dict[str, list[tuple[Document, int, int, str]]]] = defaultdict(lambda: defaultdict(list))
    for d in docs:
        for s, e in d.sentences:
            sentence = d.text[s:e]
            for m in pattern.finditer(sentence):
                clause = sentence[m.end(): m.end() + 90].lower()
                cut = clause_end.search(clause)
                clause = clause[: cut.start()] if cut else clause
                for surface, state in rw.state_of:
                    if re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", clause):
                        seen[m.group(1)][state].append((d, s, e, surface))
                        break
    out = []
    for thing, states in seen.items():
        if len(states) < 2:
            continue
        (s1, r1), (s2, r2) = sorted(states.items(), key=lambda kv: -len(kv[1]))[:2]
        src1 = {source_key(d, by_id) for d, *_ in r1}
        src2 = {source_key(d, by_id) for d, *_ in r2}
        if src1 == src2 and len(src1) == 1:
            continue
        o1 = sorted({d.outlet or d.id for d, *_ in r1})
        o2 = sorted({d.outlet or d.id for d, *_ in r2})
        explanation = message("detail.state", thing=thing, state_a=r1[0][3], outlets_a=o1, state_b=r2[0][3],
                              outlets_b=o2)
        out.append(detail_item(story, sorted({d.id for d, *_ in r1 + r2}), explanation, 4.0 + 0.5 * len(src1 | src2)))
    return out


@dataclass(slots=True)
class _SlotReading:
    doc: Document
    source: str
    sentence: str
    slot: str
    value: str
    surface: str
    words: set[str]  # the sentence's content words, the slot's values left out
    actors: frozenset[str]  # name words next to the value (slots with an actor_reach)
    dated: date | None = None  # the latest day the sentence itself gives (a month or a year: its last day)


_QUOTE_OPENERS = "“\""
_QUOTE_CLOSERS = "”\""


def _inside_quote(sentence: str, at: int) -> bool:
    """Whether position ``at`` of a sentence is inside a direct quote: a quote tells a speaker's
    words at the time ("terdakwa" in a verdict read out), which the wording rule compares."""
    before = sentence[:at]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


def _slot_values(sentence: str, es: ExclusiveSlots, negations: frozenset[str],
                 names: set[str]) -> list[tuple[str, str, str, frozenset[str]]]:
    """(slot, value, surface, actor words) of each exclusive value a sentence tells, longest
    surface first ("tidak ada yang selamat" before "selamat"): not a capitalised word inside the
    sentence (a name: "Direktur Penuntutan"), not one right after a negation, not one inside a
    quote (unless the slot is ``quoted``); for a slot with cues, only after a cue; for a slot with
    an actor, only next to a name; never right after a word of its ``not_after`` ("para petani")."""
    matches = list(WORD_PATTERN.finditer(sentence))
    tokens = [m.group() for m in matches]
    lower = [t.lower() for t in tokens]
    out = []
    k = 0
    while k < len(tokens):
        found = es.form_at(lower, k)
        if found is None:
            k += 1
            continue
        slot, value, n = found
        raw = tokens[k]
        cued = slot not in es.cues or bool(es.cues[slot] & set(lower[max(0, k - es.cue_reach[slot]):k]))
        if slot in es.not_after and es.not_after[slot] & set(lower[max(0, k - 2):k]):
            cued = False  # "para petani": many people's job, not one actor's
        reach = es.actor_reach.get(slot)
        near = range(max(0, k - reach), k + n + reach) if reach else range(0)
        if reach and slot in es.actor_after:
            after = k + n
            while after < min(len(tokens), k + n + reach) and not re.search(
                    r"[,;:(]", sentence[matches[after - 1].end():matches[after].start()]):
                after += 1
            near = range(k + n, after)
        actors = frozenset(lower[i] for i in near if i < len(tokens) and lower[i] in names and tokens[i][:1].isupper())
        if cued and (actors or not reach) and not (
                (k > 0 and raw[:1].isupper() and slot not in es.capitalised)
                or any(t in negations for t in lower[max(0, k - es.negation_reach):k])
                or (slot not in es.quoted and _inside_quote(sentence, matches[k].start()))):
            out.append((slot, value, " ".join(lower[k:k + n]), actors))
        k += n
    return out


PAST_STEP_DAYS = 7  # a status dated this much before the other report's day is a step the case has passed


def _latest_day_told(d: Document, start: int, end: int) -> date | None:
    """The latest day a sentence's own dates give, a month or a year read as its last day
    ("ditetapkan sebagai tersangka pada Oktober 2024": 31 October 2024), else None."""
    days = []
    for t in d.dates:
        if not (start <= t.start < end) or not isinstance(t.value, str):
            continue
        m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", t.value)
        if not m:
            continue
        year, month = int(m.group(1)), int(m.group(2) or 12)
        try:
            if m.group(3):
                day = date(year, month, int(m.group(3)))
            else:  # the first day of the next month, less one
                day = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        except ValueError:
            continue
        days.append(day)
    return max(days, default=None)


def _past_step(earlier: _SlotReading, later: _SlotReading) -> bool:
    """Whether the reading with the earlier value of an ordered slot tells a step the case has
    passed: its sentence dates it ``PAST_STEP_DAYS`` or more before the day of the other reading (its
    sentence's day, else its report's), or before its own report's day ("Tom Lembong ditetapkan
    sebagai tersangka pada Oktober 2024" in a report of his verdict): background, not his status now."""
    if earlier.dated is None:
        return False
    for d, dated in ((later.doc, later.dated), (earlier.doc, None)):
        ref = dated or published_day(d)
        if ref is not None and (ref - earlier.dated).days >= PAST_STEP_DAYS:
            return True
    return False


def _slot_readings(d: Document, by_id: dict[str, Document], rw: ReconcileWords, es: ExclusiveSlots,
                   names: set[str]) -> tuple[list[_SlotReading], dict[str, set[str]]]:
    """The sentences of a document telling one value of a slot, and every value the document
    tells of each slot (a document telling two values of a slot tells a sequence)."""
    told: dict[str, set[str]] = defaultdict(set)
    readings = []
    before = ""
    for s, e in d.sentences:
        sentence = d.text[s:e]
        found = {(slot, value): (form, actors)
                 for slot, value, form, actors in reversed(_slot_values(sentence, es, rw.negations, names))}
        if found:
            # the actor is often named in the sentence before ("Sutikno mengatakan uang tersebut
            # ...". "Penyitaan tersebut dilakukan pada tingkat penuntutan ...")
            content = {w for w in content_words(before + " " + sentence, rw) if not es.value(w)}
            source = source_key(d, by_id)
            dated = _latest_day_told(d, s, e)
            for (slot, value), (form, actors) in found.items():
                told[slot].add(value)
                readings.append(_SlotReading(d, source, sentence, slot, value, form, content, actors, dated))
        before = sentence
    return readings, told


def _slot_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document], rw: ReconcileWords,
                    names: set[str]) -> list[tuple[Discrepancy, frozenset[str]]]:
    """One fact told by two independent sources with two values of a slot whose values exclude
    each other (``exclusive_slots.yaml``: "tersangka" / "terdakwa", "penyidikan" /
    "penuntutan"): sentences sharing a named actor and other words. Told on one day, a
    contradiction; a later report with a value later in the slot's order, evolving; a later
    report with an earlier value (background told again) is left alone. Each item comes with
    the two surface forms it compares."""
    readings: dict[str, list[_SlotReading]] = defaultdict(list)
    told: dict[str, dict[str, set[str]]] = {}
    for d in _first_accounts(docs, by_id):
        es = exclusive_slots("en" if d.language == "en" else "id")
        found, told[d.id] = _slot_readings(d, by_id, rw, es, names)
        for r in found:
            readings[r.slot].append(r)
    best: dict[tuple[str, frozenset[str]], tuple[float, _SlotReading, _SlotReading]] = {}
    for slot, rs in readings.items():
        for i, a in enumerate(rs):
            for b in rs[i + 1:]:
                if a.value == b.value or root_of(a.doc, by_id) is root_of(b.doc, by_id):
                    continue
                # a document telling both values tells a sequence or two actors, not one value
                if a.value in told[b.doc.id][slot] or b.value in told[a.doc.id][slot]:
                    continue
                if (a.doc.language == "en") != (b.doc.language == "en"):
                    continue  # each language's slot values are its own words ("ditahan", "detained"): not one scale
                es = exclusive_slots("en" if a.doc.language == "en" else "id")
                if slot in es.actor_reach and not a.actors & b.actors:  # two people's statuses
                    continue
                if es.agree(slot, a.value, b.value):  # "dini hari" / "pagi": one hour told two ways
                    continue
                if slot not in es.unordered:
                    lo, hi = sorted((a, b), key=lambda r: es.rank[(slot, r.value)])
                    if _past_step(lo, hi):
                        continue
                shared = a.words & b.words
                if (len(shared) < es.min_shared or not shared & names
                        or len(shared) / max(1, min(len(a.words), len(b.words))) < es.min_overlap):
                    continue
                score = 3.0 * len(shared) / min(len(a.words), len(b.words)) + min(len(shared), 12) / 12
                key = (slot, frozenset((a.value, b.value)))
                if key not in best or score > best[key][0]:
                    best[key] = (score, a, b)
    out = []
    for (slot, _), (score, a, b) in best.items():
        a, b = sorted((a, b), key=lambda r: order_key(r.doc))
        day_a, day_b = (a.doc.published or "")[:10], (b.doc.published or "")[:10]
        es = exclusive_slots("en" if a.doc.language == "en" else "id")
        # one outlet's later article updates its own account: evolving, never a contradiction
        if (day_a and day_b and day_a != day_b) or a.source == b.source:
            if slot in es.unordered or es.rank[(slot, b.value)] < es.rank[(slot, a.value)]:
                continue
            status = "evolving"
            explanation = message("detail.slot_later", outlet_a=a.doc.outlet or a.doc.id, value_a=a.surface,
                                  date_a=date_arg(day_a), sentence_a=shortened(a.sentence),
                                  outlet_b=b.doc.outlet or b.doc.id, value_b=b.surface, date_b=date_arg(day_b),
                                  sentence_b=shortened(b.sentence))
        else:
            status = "contradiction"
            explanation = message("detail.slot", outlet_a=a.doc.outlet or a.doc.id, value_a=a.surface,
                                  sentence_a=shortened(a.sentence), outlet_b=b.doc.outlet or b.doc.id,
                                  value_b=b.surface, sentence_b=shortened(b.sentence))
        out.append((Discrepancy(kind="detail", docs=sorted({a.doc.id, b.doc.id}), claims=[], status=status,
                                explanation=english(explanation), message=explanation, score=round(score, 3),
                                story=story), frozenset((a.surface, b.surface))))
    return out


# --------------------------------------------------------------------------- singletons


def singleton_discrepancies(story: str, claims: Sequence[Claim], figure_readings: list[FigureReading],
                            event_readings: list[EventReading], covered: set[str],
                            by_id: dict[str, Document]) -> list[Discrepancy]:
    """Notable claims one independent source makes alone: figures with a claimant, events."""
    weight_of = {r.claim: r.weight for r in figure_readings}
    vague = {r.claim for r in figure_readings if not r.comparable}
    # a figure other outlets give with other words around it ("6,5 persen upah minimum provinsi" /
    # "kenaikan rata-rata UMP nasional sebesar 6,5%") is confirmed by them: ``FigureReading.same_figure``
    figure_of = {r.claim: r.same_figure or r.claim for r in figure_readings}
    sources_of_figure: dict[str, set[str]] = defaultdict(set)
    for r in figure_readings:
        sources_of_figure[figure_of[r.claim]].add(r.source)
    out = []
    for c in claims:
        if c.id in covered or c.id in vague or c.kind == "quote" or independent_sources(c, by_id) != 1:
            continue
        if c.kind == "figure":
            if not c.claimant or len(sources_of_figure[figure_of.get(c.id, c.id)]) > 1:
                continue
            score = weight_of.get(c.id, 1.0) * (1.3 if c.scope.get("place") else 1.0)
            said = {"n": len(c.outlets), "outlets": list(c.outlets), "figure": figure_arg(c.value),
                    "subject": c.subject, "claimant": c.claimant}
            explanation = (message("singleton.figure_place", **said, place=c.scope["place"]) if c.scope.get("place")
                           else message("singleton.figure", **said))
        else:
            score = 1.0
            explanation = message("singleton.event", n=len(c.outlets), outlets=list(c.outlets),
                                  claim=shortened(c.value, 140))
        out.append(Discrepancy(kind="singleton", docs=list(c.docs), claims=[c.id], status="unconfirmed",
                               explanation=english(explanation), score=round(score, 3), story=story,
                               message=explanation))
    return out


def rank_and_cap(discrepancies: list[Discrepancy], caps: dict[str, int],
                 subject_of: Callable[[Discrepancy], str | None] | None = None, extra: int = 0) -> list[Discrepancy]:
    """Highest score first within each kind, at most ``caps[kind]`` (plus ``extra``, for a story told
    by many sources) per story and kind. With ``subject_of`` (what a figure item counts), an item
    about a thing already kept (the same toll "over time" after its contradiction) comes after the
    first item of every other thing: more things flagged in the same room."""
    ranked = sorted(discrepancies, key=lambda d: -d.score)
    if subject_of is not None:
        seen: set[tuple[str | None, str, str]] = set()
        first: list[Discrepancy] = []
        later: list[Discrepancy] = []
        for d in ranked:
            subject = subject_of(d)
            key = (d.story, d.kind, subject) if subject else None
            if key is not None and key in seen:
                later.append(d)
                continue
            if key is not None:
                seen.add(key)
            first.append(d)
        ranked = first + later
    kept: list[Discrepancy] = []
    counts: dict[tuple[str | None, str], int] = defaultdict(int)
    for d in ranked:
        key = (d.story, d.kind)
        if counts[key] >= caps.get(d.kind, 3) + extra:
            continue
        counts[key] += 1
        kept.append(d)
    # in score order, as before, whichever pass kept them
    return sorted(kept, key=lambda d: -d.score)


__all__ = ["figure_discrepancies", "attribution_discrepancies", "retold_account_discrepancies", "spokesperson_for", "detail_discrepancies",
           "wording_discrepancies", "wording_changes", "speaks_another_language", "WordChange",
           "singleton_discrepancies", "rank_and_cap"]
