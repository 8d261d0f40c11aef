"""Silent edits: what changed in substance between two readings of one article.

Only what a fact-checker would cite is compared, on the extracted records of the two versions,
never on the raw page: the headline, the figures (value, range, qualifier and what is counted),
the direct and partial quotes and who they are given to. Whitespace, advertisements, related
links, captions and other boilerplate never reach the extracted records (trafilatura and the
cleaner drop them), and a figure written differently ("8.000" / "8000") has the same value, so
none of them is an edit. A paragraph added or removed that carries no figure or quote is not
one either.

Changes are paired: a figure that disappeared and one that appeared with the same unit and
context are one changed figure; a quote that disappeared and a similar one that appeared are
one reworded quote; the same quote with a different speaker is a changed speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ceksilang.model import Document, Quantity, Quote

FIELDS = ("headline", "figure", "quote", "speaker")
# two quote versions at least this similar (rapidfuzz ratio, 0-100) are one quote reworded
QUOTE_PAIR_SIMILARITY = 60.0
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Change:
    field: str  # one of FIELDS
    before: str
    after: str
    context_before: str = ""  # the sentence around it in each version
    context_after: str = ""


def _norm(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").translate(_QUOTE_MARKS)).strip()


def _sentence(doc: Document, start: int) -> str:
    span = doc.sentence_at(start)
    return _norm(doc.text[span[0]:span[1]]) if span else ""


def _figure_key(q: Quantity) -> tuple:
    return (q.value, q.low, q.high, q.qualifier, (q.unit or "").casefold())


def _figure_changes(before: Document, after: Document) -> list[Change]:
    old = {_figure_key(q): q for q in before.quantities}
    new = {_figure_key(q): q for q in after.quantities}
    gone = [old[k] for k in old if k not in new]
    came = [new[k] for k in new if k not in old]
    changes = []
    for q in gone:
        # the replacement: same unit, and the most similar sentence around it
        candidates = [n for n in came if (n.unit or "").casefold() == (q.unit or "").casefold()]
        context = _sentence(before, q.start)
        best = max(candidates, key=lambda n: fuzz.ratio(context, _sentence(after, n.start)), default=None)
        if best is not None and fuzz.ratio(context, _sentence(after, best.start)) >= 50:
            came.remove(best)
            changes.append(Change("figure", _norm(q.text), _norm(best.text), context, _sentence(after, best.start)))
        else:
            changes.append(Change("figure", _norm(q.text), "", context, ""))
    changes.extend(Change("figure", "", _norm(n.text), "", _sentence(after, n.start)) for n in came)
    return changes


def _quoted(doc: Document) -> list[Quote]:
    return [q for q in doc.quotes if q.kind in ("direct", "partial") and _norm(q.text)]


def _quote_changes(before: Document, after: Document) -> list[Change]:
    old, new = _quoted(before), _quoted(after)
    new_by_text = {}
    for q in new:
        new_by_text.setdefault(_norm(q.text).casefold(), q)
    changes: list[Change] = []
    gone = []
    matched: set[int] = set()
    for q in old:
        same = new_by_text.get(_norm(q.text).casefold())
        if same is None:
            gone.append(q)
            continue
        matched.add(id(same))
        was, now = _norm(q.speaker_name), _norm(same.speaker_name)
        if was.casefold() != now.casefold() and (was or now):
            changes.append(Change("speaker", was, now, _sentence(before, q.start), _sentence(after, same.start)))
    came = [q for q in new if id(q) not in matched and _norm(q.text).casefold() not in
            {_norm(o.text).casefold() for o in old}]
    for q in gone:
        best = max(came, key=lambda n: fuzz.ratio(_norm(q.text), _norm(n.text)), default=None)
        if best is not None and fuzz.ratio(_norm(q.text), _norm(best.text)) >= QUOTE_PAIR_SIMILARITY:
            came.remove(best)
            changes.append(Change("quote", _norm(q.text), _norm(best.text), _sentence(before, q.start),
                                  _sentence(after, best.start)))
        else:
            changes.append(Change("quote", _norm(q.text), "", _sentence(before, q.start), ""))
    changes.extend(Change("quote", "", _norm(n.text), "", _sentence(after, n.start)) for n in came)
    return changes


def content_changes(before: Document, after: Document) -> list[Change]:
    """The substantive changes from ``before`` to ``after`` (two extracted versions of one article)."""
    changes = []
    if _norm(before.title) != _norm(after.title) and (before.title or after.title):
        changes.append(Change("headline", _norm(before.title), _norm(after.title)))
    changes.extend(_figure_changes(before, after))
    changes.extend(_quote_changes(before, after))
    return changes


def describe(change: Change, outlet: str | None) -> str:
    """One sentence saying what the outlet changed."""
    who = outlet or "The outlet"
    if change.before and change.after:
        return f"{who} changed the {change.field} from “{change.before}” to “{change.after}”"
    if change.before:
        return f"{who} removed the {change.field} “{change.before}”"
    return f"{who} added the {change.field} “{change.after}”"


__all__ = ["Change", "content_changes", "describe", "FIELDS"]
