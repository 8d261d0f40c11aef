"""What a reprint changed: a copy's own figure, name, place or quoted words, shown as an ``edit``.

``derive.py`` marks a document ``derived_from`` an earlier one when most of its sentences are the
earlier one's, reworded at most. A fact-checker then wants to know what the copy did not keep: the
regional site that reprinted a wire report and wrote 151 dead where the wire had 153, or put another
name in a sentence it otherwise kept. Here each sentence of the copy is set beside the original's
sentence it keeps by the twin alignment that told the copy (``derive.twins``: the two share at least
``sentence_overlap`` of their word keys, figures left out, so a changed figure does not hide the pair; each
sentence used once), and the two are compared on what a reader checks:

* a figure: both sentences state as many figures, counting one thing (the same unit), and one of them
  has another value ("sekira 153 korban jiwa" / "sekitar 151 korban jiwa");
* a name or a place: one person (or one place) named in the original's sentence is not in the copy's,
  which names one other person (place) instead, not the same name spelt another way;
* quoted words: a quote of the original's sentence and the copy's quote there differ in words, not only
  in punctuation, case or spelling ("... kejadian di Itaewon semalam" cut from a quote): a word replaced, a
  stretch of ``min_quote_words`` or more left out or put in, or a negation word (``reconcile.yaml``
  ``negations``) left out or put in.

A sentence the copy added, a sentence it dropped and a figure it added or dropped are not edits of what
it kept: nothing is said of them. Each change is one discrepancy of kind ``edit`` (the kind a silent
edit of a published article has), with ``edit.copied_from`` naming the original and both sentences
given (``context_before`` the original's, ``context_after`` the copy's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from ceksilang.extract.entities import load_role_words
from ceksilang.model import Discrepancy, Document, Quantity, Quote
from ceksilang.reconcile.derive import DEFAULT_DERIVE_SETTINGS, Sentence, sentences_of, twins
from ceksilang.reconcile.words import reconcile_words
from ceksilang.render.explain import english, message
from ceksilang.text import split_sentences


@dataclass(frozen=True, slots=True)
class CopyEditSettings:
    sentence_overlap: float = DEFAULT_DERIVE_SETTINGS.sentence_overlap  # twins' Dice: derive's bar (one alignment)
    min_sentence_keys: int = 4  # shorter sentences (datelines, credits) are not compared
    spelt_alike: float = 80.0  # rapidfuzz ratio: two names or words this alike are one spelt two ways
    quote_kinds: tuple[str, ...] = ("direct", "partial")
    min_quote_words: int = 3  # a changed stretch of a quote shorter than this many words is not shown alone
    name_labels: tuple[str, ...] = ("PERSON",)
    place_labels: tuple[str, ...] = ("GPE", "LOC")


DEFAULT_COPY_EDIT_SETTINGS = CopyEditSettings()

# how strongly each change ranks among a story's items (a silent edit's figure or quote ranks with the
# contradictions: ``watch/state.py``); a place matters a little less than who and how many
SCORES = {"figure": 5.0, "quote": 5.0, "name": 5.0, "place": 4.0}

_WORD = re.compile(r"\w+")
# an editor's gloss in brackets inside a quote ("manut kersane Gusti Allah (ikut kehendaknya Tuhan)", "semalam
# (29/10)") is the outlet's, not the speaker's words: left out when quotes are compared
_EDITOR_GLOSS = re.compile(r"[(\[][^()\[\]]{1,80}[)\]]")


def kept_sentences(copy: Document, original: Document,
                   settings: CopyEditSettings = DEFAULT_COPY_EDIT_SETTINGS) -> list[tuple[Sentence, Sentence]]:
    """(original's sentence, copy's sentence) for each sentence of the copy that keeps one of the original's:
    derive's twin alignment (``derive.twins``, the one that told the copy), over all sentences of at least
    ``min_sentence_keys`` word keys, quoted ones too (a quote's changed words are shown), figures left out of
    the comparison so a changed figure does not hide the pair; in the copy's order."""
    def countable(doc: Document) -> list[Sentence]:
        return [s for s in sentences_of(doc.text) if len(s.words) >= settings.min_sentence_keys]

    ours, theirs = countable(copy), countable(original)
    matches = twins([s.words for s in ours], [s.words for s in theirs], settings.sentence_overlap)
    return [(theirs[j], c) for c, j in zip(ours, matches) if j is not None]


def _inside(items: Sequence, s: Sentence) -> list:
    return sorted((x for x in items if s.start <= x.start and x.end <= s.end), key=lambda x: x.start)


def _touching(items: Sequence[Quote], s: Sentence) -> list[Quote]:
    return sorted((x for x in items if x.start < s.end and s.start < x.end), key=lambda x: x.start)


def _value(q: Quantity) -> tuple[float | None, float | None, float | None]:
    return q.value, q.low, q.high


def _figure_changes(o_doc: Document, o: Sentence, c_doc: Document, c: Sentence) -> list[tuple[str, str]]:
    before, after = _inside(o_doc.quantities, o), _inside(c_doc.quantities, c)
    if not before or len(before) != len(after):
        return []  # a figure added or dropped: the copy's own choice of what to tell, not a changed figure
    out = []
    for a, b in zip(before, after):
        if (a.unit or "").casefold() != (b.unit or "").casefold():
            return []  # not the same things in the same order: no pairing to trust
        if _value(a) != _value(b) and _same_frame(o_doc, o, a.start, a.end, c_doc, c, b.start, b.end) \
                and not _written_in(_value(a), a.unit, c_doc) and not _written_in(_value(b), b.unit, o_doc):
            out.append((a.text, b.text))
    return out


def _written_in(value: tuple[float | None, float | None, float | None], unit: str | None, doc: Document) -> bool:
    """The other article states this figure too, counting the same unit: the two tell both values, and
    only which sentence carries which differs (one of many list rows, the next goal of a live report, a
    template filled for another route). A reprint that changed a figure no longer writes the old one."""
    unit = (unit or "").casefold()
    return any(_value(q) == value and (q.unit or "").casefold() == unit for q in doc.quantities)


def _spelt_alike(a: str, b: str, settings: CopyEditSettings) -> bool:
    a, b = a.casefold(), b.casefold()
    return a in b or b in a or fuzz.ratio(a, b) >= settings.spelt_alike


def _name_changes(o_doc: Document, o: Sentence, c_doc: Document, c: Sentence,
                  labels: tuple[str, ...], settings: CopyEditSettings) -> list[tuple[str, str]]:
    o_text, c_text = o_doc.text[o.start:o.end].casefold(), c_doc.text[c.start:c.end].casefold()
    before_at = {m.text: m for m in _inside(o_doc.mentions, o) if m.label in labels}
    after_at = {m.text: m for m in _inside(c_doc.mentions, c) if m.label in labels}
    before, after = set(before_at), set(after_at)
    # a name still written in the other sentence (found there or not) is kept, whatever the model read
    gone = [n for n in before if n.casefold() not in c_text]
    came = [n for n in after if n.casefold() not in o_text]
    if len(gone) != 1 or len(came) != 1:
        return []  # nothing replaced, or more than one name moved: no single swap to tell
    if _spelt_alike(gone[0], came[0], settings) or any(_spelt_alike(gone[0], n, settings) for n in after) \
            or any(_spelt_alike(came[0], n, settings) for n in before):
        return []
    if _an_office(gone[0]) or _an_office(came[0]):
        return []  # one names the person, the other the office ("kata Budi" / "kata Mendag"): no other person
    a, b = before_at[gone[0]], after_at[came[0]]
    if not _same_frame(o_doc, o, a.start, a.end, c_doc, c, b.start, b.end):
        return []
    return [(gone[0], came[0])]


def _an_office(name: str) -> bool:
    """The mention is an office's name or short form, not a person's ("Mendag", "Menteri Perdagangan"): a role
    head of ``lang/<lang>/roles.yaml`` or ``role_abbreviations.yaml``."""
    return tuple(name.lower().split()) in load_role_words().head_set


def _neighbours(doc: Document, s: Sentence, start: int, end: int) -> tuple[str | None, str | None]:
    """The word just before ``start`` and just after ``end`` within the sentence (None at its edges)."""
    before = _WORD.findall(doc.text[s.start:start])
    after = _WORD.findall(doc.text[end:s.end])
    return (before[-1].casefold() if before else None), (after[0].casefold() if after else None)


def _same_frame(o_doc: Document, o: Sentence, o_start: int, o_end: int,
                c_doc: Document, c: Sentence, c_start: int, c_end: int) -> bool:
    """The copy wrote its figure or name where the original had the other one: the word just before
    it or the word just after it is the same in both sentences. A sentence the copy rebuilt around
    other words ("waktu Korea Selatan" / "dari Seoul") swapped nothing: what it says is not set against
    the original piece by piece."""
    (ob, oa), (cb, ca) = _neighbours(o_doc, o, o_start, o_end), _neighbours(c_doc, c, c_start, c_end)
    return (ob is not None and ob == cb) or (oa is not None and oa == ca)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _quote_changes(o_doc: Document, o: Sentence, c_doc: Document, c: Sentence,
                   settings: CopyEditSettings) -> list[tuple[str, str, str, str]]:
    # a quote of two sentences that the copy made one (or the other way) is compared whole: the quotes
    # that reach into each sentence
    before = [q for q in _touching(o_doc.quotes, o) if q.kind in settings.quote_kinds]
    after = [q for q in _touching(c_doc.quotes, c) if q.kind in settings.quote_kinds]
    if len(before) != 1 or len(after) != 1:
        return []
    a, b = _words(_EDITOR_GLOSS.sub(" ", before[0].text)), _words(_EDITOR_GLOSS.sub(" ", after[0].text))
    o_words, c_words = f" {' '.join(_words(o_doc.text))} ", f" {' '.join(_words(c_doc.text))} "
    negations = reconcile_words().negations
    changed = False
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        old, new = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if old and new and (fuzz.ratio(old, new) >= settings.spelt_alike
                            or (" " not in old and " " not in new and (old in new or new in old))):
            continue  # one word spelt another way ("gak" / "nggak")
        if (old and not new and f" {old} " in c_words) or (new and not old and f" {new} " in o_words):
            continue  # the words are in the other article too: its quote was only cut into other pieces
        if max(i2 - i1, j2 - j1) >= settings.min_quote_words or (old and new) \
                or any(w in negations for w in (*a[i1:i2], *b[j1:j2])):
            changed = True  # a longer stretch, a word replaced, or a negation left out or put in
    if not changed:
        return []
    return [(_clean(before[0]), _clean(after[0]), _around(o_doc, o, before[0]), _around(c_doc, c, after[0]))]


def _around(doc: Document, s: Sentence, q: Quote) -> str:
    """The sentence with the whole of a quote that runs past it."""
    start, end = min(s.start, q.start), max(s.end, q.end)
    return " ".join(doc.text[start:end].split())


def _clean(q: Quote) -> str:
    return " ".join(q.text.split())


def _sentence_text(doc: Document, s: Sentence) -> str:
    return " ".join(doc.text[s.start:s.end].split())


def copy_changes(copy: Document, original: Document,
                 settings: CopyEditSettings = DEFAULT_COPY_EDIT_SETTINGS) -> list[dict[str, str]]:
    """What ``copy`` changed in the sentences it kept of ``original``: one dict per change, with
    ``field`` (figure | name | place | quote), ``before`` / ``after`` and both sentences."""
    out = []
    seen: set[tuple[str, str, str]] = set()
    for o, c in kept_sentences(copy, original, settings):
        found: list[tuple[str, tuple[str, ...]]] = [("figure", x) for x in _figure_changes(original, o, copy, c)]
        found += [("name", x) for x in _name_changes(original, o, copy, c, settings.name_labels, settings)]
        found += [("place", x) for x in _name_changes(original, o, copy, c, settings.place_labels, settings)]
        found += [("quote", x) for x in _quote_changes(original, o, copy, c, settings)]
        for field_name, (before, after, *context) in found:
            if (field_name, before, after) in seen:
                continue  # one quote of two sentences, kept in both
            seen.add((field_name, before, after))
            context_before, context_after = context or (_sentence_text(original, o), _sentence_text(copy, c))
            out.append({"field": field_name, "before": before, "after": after,
                        "context_before": context_before, "context_after": context_after})
    return out


def copy_edit_discrepancies(story_id: str | None, docs: Sequence[Document],
                            settings: CopyEditSettings = DEFAULT_COPY_EDIT_SETTINGS) -> list[Discrepancy]:
    """One ``edit`` discrepancy per change a copy (``derived_from``) made to what it kept of its original,
    for the copies of one story whose original is in the story too."""
    by_id = {d.id: d for d in docs}
    found = []
    for copy in docs:
        original = by_id.get(copy.derived_from or "")
        if original is None or copy.duplicate_of:
            continue
        for change in copy_changes(copy, original, settings):
            said = message("edit.copied", outlet=copy.outlet or message("outlet.none"),
                           original=original.outlet or message("outlet.none"),
                           field=message(f"field.{change['field']}"), before=change["before"], after=change["after"])
            data = {"doc": copy.id, "url": copy.url, "outlet": copy.outlet, **change,
                    "copied_from": {"doc": original.id, "url": original.url, "outlet": original.outlet},
                    "before_archive": None, "after_archive": None, "window": None}
            found.append(Discrepancy(kind="edit", docs=[original.id, copy.id], claims=[], status="contradiction",
                                     explanation=english(said), score=SCORES[change["field"]], story=story_id,
                                     edit=data, message=said))
    return found


__all__ = ["CopyEditSettings", "DEFAULT_COPY_EDIT_SETTINGS", "copy_changes", "copy_edit_discrepancies",
           "kept_sentences"]
