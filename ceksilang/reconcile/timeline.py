"""The timeline of a story: what happened when, with the documents that report it.

Each resolved date in a document (a ``TimeExpr`` with a value) gives an event: the clause the
date belongs to. Events are ordered by the date of the happening (the TimeExpr's value), never
by when they were reported, which is kept apart in ``reported`` (the documents' ``published``).
Several documents reporting the same date and a similar clause merge into one event whose
sources accumulate. A date that is only a byline ("Nama Penulis • 1 November 2024 10:29") is
not an event.
"""

from __future__ import annotations

import json
from collections import defaultdict

import re
from collections.abc import Sequence

from ceksilang.ingest.metadata import without_dateline
from ceksilang.reconcile.sources import story_map
from ceksilang.reconcile.words import content_words
from ceksilang.model import Document, Evidence, Story, TimeExpr, TimelineEvent

# Two clauses about one date tell the same event when they share MERGE_MIN_SHARED content
# words and that many make MERGE_OVERLAP of the shorter one's words.
MERGE_MIN_SHARED = 3
MERGE_OVERLAP = 0.4
MIN_EVENT_WORDS = 4  # words a sentence needs besides its date to tell something
CLAUSE_MAX = 200  # a longer sentence is cut to the clauses around the date ...
CLAUSE_MIN = 60  # ... but not shorter than this
_PRECISION_ORDER = {"minute": 0, "day": 1, "part-of-month": 2, "week": 3, "month": 4, "year": 5}
_CLAUSE_BREAK = re.compile(r"[;:]\s|,\s|\s[-–—]\s")


def _start(value: str | dict[str, str]) -> str:
    return value.get("from", "") if isinstance(value, dict) else value


def _is_byline(doc: Document, t: TimeExpr, sentence: tuple[int, int]) -> bool:
    """The date is (nearly) all its sentence says: a byline or a date line."""
    rest = doc.text[sentence[0]:t.start] + " " + doc.text[t.end:sentence[1]]
    rest = re.sub(r"\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?", " ", rest)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) < MIN_EVENT_WORDS


def clause_around(text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """The sentence, or when it is long the clauses around ``start..end`` up to ``CLAUSE_MAX``."""
    s, e = sentence
    if e - s <= CLAUSE_MAX:
        return " ".join(text[s:e].split())
    # a date the sentence splitter cut ("Nov. 20" ends a sentence after "Nov.") reaches past
    # its sentence: the clause is sought for the part inside it
    start, end = min(max(start, s), e), min(max(end, s), e)
    cuts = [s] + [s + m.end() for m in _CLAUSE_BREAK.finditer(text[s:e])] + [e]
    left = max(c for c in cuts if c <= start)
    right = min(c for c in cuts if c >= end)
    while right - left < CLAUSE_MIN:
        wider_right = [c for c in cuts if c > right]
        wider_left = [c for c in cuts if c < left]
        if wider_right:
            right = wider_right[0]
        elif wider_left:
            left = wider_left[-1]
        else:
            break
    return " ".join(text[left:right].strip(" ,;:").split())


def _events_of(doc: Document, story: str | None) -> list[TimelineEvent]:
    out = []
    for t in doc.dates:
        if t.value is None:
            continue
        sentence = doc.sentence_at(t.start) or (t.start, t.end)
        if t.end > sentence[1]:  # the date runs on into the next sentence: the event is told in both
            sentence = (sentence[0], (doc.sentence_at(t.end - 1) or (t.start, t.end))[1])
        if _is_byline(doc, t, sentence):
            continue
        out.append(TimelineEvent(
            date=t.value, precision=t.precision,
            text=without_dateline(clause_around(doc.text, sentence, t.start, t.end), sentence[0]),
            story=story, sources=[Evidence(doc=doc.id, start=sentence[0], end=sentence[1], text=t.text)],
            reported=[doc.published] if doc.published else [],
        ))
    return out


class _Told:
    """An event of a bucket with the set of its text's content words, read the first time it is
    compared and kept: every later event of its story and date is compared with it, and reading
    the words again for each of those made the bucket's cost grow with its size squared."""

    __slots__ = ("event", "_words")

    def __init__(self, event: TimelineEvent) -> None:
        self.event = event
        self._words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = set(content_words(self.event.text))
        return self._words


def _same_event(a: _Told, b: _Told) -> bool:
    if a.event.date != b.event.date or a.event.story != b.event.story:
        return False
    wa, wb = a.words(), b.words()
    shared = len(wa & wb)
    return shared >= MERGE_MIN_SHARED and shared / min(len(wa), len(wb)) >= MERGE_OVERLAP


def build_timeline(docs: Sequence[Document], stories: Sequence[Story]) -> list[TimelineEvent]:
    """Events of every story ordered by the date they happened (earliest first)."""
    story_list, story_of = story_map(docs, stories)
    events: list[TimelineEvent] = []
    # only events of one story on one date can be the same event: compare within those buckets
    buckets: dict[tuple[str | None, str], list[_Told]] = defaultdict(list)
    for doc in docs:
        for ev in _events_of(doc, story_of.get(doc.id)):
            bucket = buckets[(ev.story, json.dumps(ev.date, sort_keys=True))]
            told = _Told(ev)
            same = next((e.event for e in bucket if _same_event(e, told)), None)
            if same is None:
                events.append(ev)
                bucket.append(told)
                continue
            known = {(s.doc, s.start) for s in same.sources}
            same.sources.extend(s for s in ev.sources if (s.doc, s.start) not in known)
            same.reported = sorted(set(same.reported) | set(ev.reported))
    events.sort(key=timeline_order)
    return events


def timeline_order(event: TimelineEvent) -> tuple[str, int, str]:
    """The timeline's sort key: when it happened, finer dates first, then the text."""
    return (_start(event.date), _PRECISION_ORDER.get(event.precision or "", 9), event.text)


__all__ = ["build_timeline", "clause_around", "timeline_order"]
