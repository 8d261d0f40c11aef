"""The shape of a ``detail`` item and the few helpers every rule building one shares.

discrepancies.py and the rules split out of it (prose_counts, event_regions, person_details) all build
``detail`` items the same way: they live here, below all of them, so that each imports them at the top and
none needs another's module to be imported first (no import cycle).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date
from typing import Any, Protocol, TypeVar

from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.sources import source_key
from ceksilang.render.explain import Message, english, joined, message


def detail_item(story: str, docs: list[str], explanation: Message, score: float,
                status: str = "contradiction") -> Discrepancy:
    """A ``detail`` item: something of the event the outlets tell differently, said in words
    (``explanation``, shown in English and kept as a message to translate), pointing at the documents
    rather than at claims."""
    return Discrepancy(kind="detail", docs=docs, claims=[], status=status, explanation=english(explanation),
                       message=explanation, score=score, story=story)


def shortened(text: str, limit: int = 90) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters (with "…" when cut):
    the sentence an item quotes."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def published_day(d: Document) -> date | None:
    """The day ``d`` was published, or None when its date is missing or unreadable."""
    try:
        return date.fromisoformat((d.published or "")[:10])
    except ValueError:
        return None


def published_days_apart(a: Document, b: Document) -> int | None:
    """Whole days between the days two reports were published; None when either has no readable day."""
    da, db = published_day(a), published_day(b)
    return None if da is None or db is None else abs((da - db).days)


def phrase_at(tokens: list[str], k: int,
              phrases: Sequence[tuple[tuple[str, ...], Any]]) -> tuple[tuple[str, ...], Any] | None:
    """The first of ``phrases`` (word tuples, longest first) that ``tokens`` spell at ``k``, with its value."""
    # asked at every word of every sentence (causes read each sentence of each report): only the
    # phrases opening with the word at ``k`` can be spelled there, kept in their order, so the first
    # of them that is spelled is the first of all that is. A list may change between calls: it is
    # read whole as before
    if type(phrases) is tuple and 0 <= k < len(tokens):
        phrases = _by_first_word(phrases).get(tokens[k], ())
    return next(((p, v) for p, v in phrases if p and tuple(tokens[k:k + len(p)]) == p), None)


_BY_FIRST_WORD: dict[int, tuple[tuple, dict[str, tuple]]] = {}


def _by_first_word(phrases: tuple) -> dict[str, tuple]:
    """``phrases`` grouped by their first word, each group in their order; made once per tuple (the loaded
    word lists are asked again and again, and are compared by identity, not hashed whole at each ask)."""
    kept = _BY_FIRST_WORD.get(id(phrases))
    if kept is not None and kept[0] is phrases:
        return kept[1]
    groups: dict[str, list] = {}
    for p, v in phrases:
        if p:
            groups.setdefault(p[0], []).append((p, v))
    index = {first: tuple(group) for first, group in groups.items()}
    if len(_BY_FIRST_WORD) >= 256:
        _BY_FIRST_WORD.clear()
    _BY_FIRST_WORD[id(phrases)] = (phrases, index)
    return index


class Telling(Protocol):
    """A reading of one thing as one source tells it: what a detail item lists."""

    doc: Document
    source: str
    written: str
    sentence: str


Told = TypeVar("Told", bound=Telling)


def told_apart(readings: list[Told], differ: Callable[[Told, Told], bool], max_days_apart: int) -> list[Told]:
    """The readings that some reading of another source, in a report at most
    ``max_days_apart`` days from its own, tells differently (``differ``), in their order: the sides of a detail."""
    told: list[Told] = []
    for i, a in enumerate(readings):
        for b in readings[i + 1:]:
            if a.source == b.source or not differ(a, b):
                continue
            gap = published_days_apart(a.doc, b.doc)
            if gap is None or gap > max_days_apart:
                continue
            told.extend(x for x in (a, b) if x not in told)
    return told


class DayTelling(Protocol):
    """A reading of the day one thing happened, as one source tells it."""

    doc: Document
    source: str
    day: date
    text: str  # the date as written
    sentence: str


Dated = TypeVar("Dated", bound=DayTelling)


def one_sided(readings: Sequence[Told], value: Callable[[Told], Hashable]) -> list[Told]:
    """The readings whose source gives the thing one ``value`` only: a source telling it two ways (two days, two
    counts, two kinds of cause) tells of both and takes no side."""
    values_of: dict[str, set[Hashable]] = defaultdict(set)
    for r in readings:
        values_of[r.source].add(value(r))
    return [r for r in readings if len(values_of[r.source]) == 1]


def day_told_two_ways(story: str, group: list[Dated], fits: Callable[[Dated, Dated], bool],
                      belongs: Callable[[Dated, Dated, Dated], bool] = lambda r, a, b: True) -> Discrepancy | None:
    """One ``detail.occasion_day`` contradiction for ``group``, readings of one thing, when two sources each giving
    it one day give two days and ``fits`` the pair (close enough, one thing); a source giving two days takes no
    side. The item names the documents of the two days whose readings ``belongs`` to the pair."""
    sided = one_sided(group, lambda r: r.day)
    pair = next(((a, b) for i, a in enumerate(sided) for b in sided[i + 1:]
                 if a.source != b.source and a.day != b.day and fits(a, b)), None)
    if pair is None:
        return None
    a, b = sorted(pair, key=lambda r: r.day)
    explanation = message("detail.occasion_day", outlet_a=a.doc.outlet or a.doc.id, day_a=a.text,
                          sentence_a=shortened(a.sentence), outlet_b=b.doc.outlet or b.doc.id, day_b=b.text,
                          sentence_b=shortened(b.sentence))
    docs_of = sorted({r.doc.id for r in sided if r.day in (a.day, b.day) and (r is a or r is b or belongs(r, a, b))})
    return detail_item(story, docs_of, explanation, round(3.0 + 0.25 * len({r.source for r in sided}), 3))


def listed_detail(story: str, groups: list[list[Told]], line_key: str, line_arg: str, whole_key: str,
                  whole_arg: str) -> Discrepancy:
    """One ``detail`` contradiction listing each way a thing is told (``groups``: one group of readings per way)
    with its outlets: each group is one line (message ``line_key``, its first reading's ``written`` passed as
    ``line_arg``), the lines joined into message ``whole_key`` as ``whole_arg``. The score grows with the
    number of sources telling."""
    lines: list[Message] = []
    for group in groups:
        outlets = sorted({r.doc.outlet or r.doc.id for r in group})
        lines.append(message(line_key, outlets=", ".join(outlets), sentence=shortened(group[0].sentence),
                             **{line_arg: group[0].written}))
    told = [r for group in groups for r in group]
    explanation = message(whole_key, **{whole_arg: joined(lines, "; ")})
    return detail_item(story, sorted({r.doc.id for r in told}), explanation,
                       round(3.0 + 0.25 * len({r.source for r in told}), 3))


def readings_by_source(docs: Sequence[Document], by_id: dict[str, Document], language: str,
                       read: Callable[[Document, str], Iterable[Told]], key: Callable[[Told], Hashable]
                       ) -> tuple[dict[Hashable, list[Told]], dict[str, list[str]]]:
    """What each document of ``language`` tells (``read(doc, its source)``), grouped by ``key``, and each
    source's texts: a rule asks them whether a source names the other side anywhere. A document of another
    language is skipped: the words are one language's."""
    grouped: dict[Hashable, list[Told]] = defaultdict(list)
    texts: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if (d.language or language) != language:
            continue
        source = source_key(d, by_id)
        texts[source].append(d.text)
        for r in read(d, source):
            grouped[key(r)].append(r)
    return grouped, texts


__all__ = ["DayTelling", "Dated", "Telling", "Told", "day_told_two_ways", "detail_item", "listed_detail",
           "one_sided", "phrase_at", "published_day", "readings_by_source", "shortened", "told_apart"]
