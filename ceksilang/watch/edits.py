"""Silent edits: what changed in substance between two readings of one article.

Only what a fact-checker would cite is compared, on the extracted records of the two versions,
never on the raw page: the headline, the figures (value, range, qualifier and what is counted),
the direct and partial quotes and who they are given to. Whitespace, advertisements, related
links, captions and other boilerplate never reach the extracted records (trafilatura and the
cleaner drop them), and a figure written differently ("8.000" / "8000") has the same value, so
none of them is an edit. Every change reported rests on a difference in the text itself: a
figure or quote that extraction reads differently from a sentence that is still there word for
word is not an edit, and neither is new material (a paragraph added with new figures or quotes is
an update, not an edit of what was said); a figure or quote added *into* an existing sentence is.

Changes are paired: a figure that disappeared and one that appeared with the same unit and
context are one changed figure; a quote that disappeared and a similar one that appeared are
one reworded quote; the same quote with a different speaker is a changed speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ceksilang.model import Document, Quantity, Quote
from ceksilang.render.explain import MESSAGES, Message, english, message

FIELDS = ("headline", "figure", "quote", "speaker")
# two quote versions at least this similar (rapidfuzz ratio, 0-100) are one quote reworded
QUOTE_PAIR_SIMILARITY = 60.0
# two sentences at least this similar (rapidfuzz ratio) are one sentence, edited
SAME_SENTENCE_SIMILARITY = 50.0
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
        if best is not None and fuzz.ratio(context, _sentence(after, best.start)) >= SAME_SENTENCE_SIMILARITY:
            came.remove(best)
            changes.append(Change("figure", _norm(q.text), _norm(best.text), context, _sentence(after, best.start)))
        elif not _still_written(context, after):
            changes.append(Change("figure", _norm(q.text), "", context, ""))
    for n in came:
        context = _sentence(after, n.start)
        if _rewritten(context, before):
            changes.append(Change("figure", "", _norm(n.text), _closest(context, before), context))
    return changes


def _still_written(sentence: str, doc: Document) -> bool:
    """The sentence is in ``doc`` word for word: whatever extraction made of it, the text did not change."""
    return bool(sentence) and sentence in _norm(doc.text)


def _sentences(doc: Document) -> list[str]:
    return [_norm(doc.text[s:e]) for s, e in doc.sentences]


def _closest(sentence: str, doc: Document) -> str:
    return max(_sentences(doc), key=lambda other: fuzz.ratio(sentence, other), default="")


def _rewritten(sentence: str, doc: Document) -> bool:
    """``sentence`` is a changed version of one in ``doc`` (not new material, not unchanged)."""
    if not sentence or _still_written(sentence, doc):
        return False
    closest = _closest(sentence, doc)
    return bool(closest) and fuzz.ratio(sentence, closest) >= SAME_SENTENCE_SIMILARITY


def _quoted(doc: Document) -> list[Quote]:
    return [q for q in doc.quotes if q.kind in ("direct", "partial") and _norm(q.text)]


def _quote_changes(before: Document, after: Document) -> list[Change]:
    old, new = _quoted(before), _quoted(after)
    new_by_text = {}
    for q in new:
        new_by_text.setdefault(_norm(q.text).casefold(), q)
    old_texts = {_norm(o.text).casefold() for o in old}
    changes: list[Change] = []
    gone = []
    for q in old:
        same = new_by_text.get(_norm(q.text).casefold())
        if same is None:
            gone.append(q)
            continue
        was, now = _norm(q.speaker_name), _norm(same.speaker_name)
        # both named and different: an unresolved speaker on one side is the resolver's doing
        # (a paragraph moved away from the name), not the outlet's
        if was and now and was.casefold() != now.casefold():
            changes.append(Change("speaker", was, now, _sentence(before, q.start), _sentence(after, same.start)))
    came = [q for q in new if _norm(q.text).casefold() not in old_texts]
    after_text = _norm(after.text)
    for q in gone:
        best = max(came, key=lambda n: fuzz.ratio(_norm(q.text), _norm(n.text)), default=None)
        if best is not None and fuzz.ratio(_norm(q.text), _norm(best.text)) >= QUOTE_PAIR_SIMILARITY:
            came.remove(best)
            changes.append(Change("quote", _norm(q.text), _norm(best.text), _sentence(before, q.start),
                                  _sentence(after, best.start)))
        elif _norm(q.text) not in after_text:  # still written: only its extraction differs
            changes.append(Change("quote", _norm(q.text), "", _sentence(before, q.start), ""))
    before_text = _norm(before.text)
    for n in came:
        context = _sentence(after, n.start)
        if _norm(n.text) not in before_text and _rewritten(context, before):
            changes.append(Change("quote", "", _norm(n.text), _closest(context, before), context))
    return changes


def content_changes(before: Document, after: Document) -> list[Change]:
    """The substantive changes from ``before`` to ``after`` (two extracted versions of one article)."""
    changes = []
    if _norm(before.title) != _norm(after.title) and (before.title or after.title):
        changes.append(Change("headline", _norm(before.title), _norm(after.title)))
    changes.extend(_figure_changes(before, after))
    changes.extend(_quote_changes(before, after))
    return changes


def describe_message(change: Change, outlet: str | None) -> Message:
    """What the outlet changed, as a message (``render/explain.py``) for the page's language."""
    who = outlet or message("outlet.none")
    field_name = message(f"field.{change.field}") if f"field.{change.field}" in MESSAGES else change.field
    if change.before and change.after:
        return message("edit.changed", outlet=who, field=field_name, before=change.before, after=change.after)
    if change.before:
        return message("edit.removed", outlet=who, field=field_name, before=change.before)
    return message("edit.added", outlet=who, field=field_name, after=change.after)


def describe(change: Change, outlet: str | None) -> str:
    """One sentence saying what the outlet changed (English, for the change log and webhooks)."""
    return english(describe_message(change, outlet))


__all__ = ["Change", "content_changes", "describe", "describe_message", "FIELDS"]
