"""Translations found, and what changed in them.

``find_translations(docs, story_id)`` takes the documents of one story (extracted and linked)
and gives the ``translation`` discrepancies; it sets ``translated_from`` on every Indonesian
document that translates or closely rewrites an English document of the story.

Sentences are compared on meaning, never on surface words: an English sentence's content
words become Indonesian stems through the bilingual word list (the story keys of
``reconcile.stories``), and both sides add their linked entities (``e:<id>``) and figures
(``#<value>``, "4,500" and "4.500" one key). Each Indonesian sentence is aligned to the English
sentence it shares most keys with (Dice), above thresholds kept as data in
``lang/id/translation.yaml``. The English document whose sentences cover the largest share of
an Indonesian document's sentences is its original when that share reaches ``min_share``.

For each aligned pair the figures, their qualifiers and the negation words are compared: a
figure whose value is not in the other sentence, one read with another qualifier ("about
8,000" → "8.000"), a negation lost or added. A translation with no change counts as its
original's independent source (``reconcile.sources.root_of`` follows ``translated_from`` then).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ceksilang.lang import LanguageDataError, load_data
from ceksilang.model import Discrepancy, Document, Quantity
from ceksilang.reconcile.stories import document_terms
from ceksilang.render.explain import MESSAGES, Message, message
from ceksilang.render.explain import english as english_text


@dataclass(frozen=True, slots=True)
class TranslationRules:
    negations: dict[str, frozenset[str]]  # language -> negation words
    min_similarity: float
    min_shared: int
    min_share: float
    between_min_similarity: float
    between_min_shared: int


@lru_cache(maxsize=1)
def translation_rules() -> TranslationRules:
    """``lang/id/translation.yaml`` and ``lang/en/translation.yaml``, typed."""
    indonesian, english = load_data("translation", "id"), load_data("translation", "en")
    try:
        return TranslationRules(
            negations={"id": frozenset(str(w).lower() for w in indonesian["negations"]),
                       "en": frozenset(str(w).lower() for w in english["negations"])},
            min_similarity=float(indonesian["min_similarity"]),
            min_shared=int(indonesian["min_shared"]),
            min_share=float(indonesian["min_share"]),
            between_min_similarity=float(indonesian["between_min_similarity"]),
            between_min_shared=int(indonesian["between_min_shared"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(f"translation.yaml: malformed ({exc})") from exc


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    units: list[frozenset[str]]  # one per word, figure or entity: the keys any of which it may meet
    keys: frozenset[str]
    quantities: list[Quantity]


def _units(text: str, language: str | None) -> list[frozenset[str]]:
    # an English word's renderings come one after another, their weights summing to one: they
    # are one word that matches when any of them does, not several words
    units: list[frozenset[str]] = []
    current: set[str] = set()
    total = 0.0
    for key, _, weight in document_terms(text, language):
        current.add(key)
        total += weight
        if total >= 0.999:
            units.append(frozenset(current))
            current, total = set(), 0.0
    if current:
        units.append(frozenset(current))
    return list(dict.fromkeys(units))


def _sentences(doc: Document) -> list[_Sentence]:
    spans = doc.sentences or [(0, len(doc.text))]
    out = []
    for start, end in spans:
        units = _units(doc.text[start:end], doc.language)
        # an entity by its name only: one document's linker may call "Ostrel" a place and the
        # other's a person, and the name is what the two sentences share
        units += list(dict.fromkeys(frozenset([f"e:{m.entity.rpartition(':')[2]}"]) for m in doc.mentions
                                    if m.entity and start <= m.start < end))
        quantities = [q for q in doc.quantities if start <= q.start < end]
        # every figure counts here, small ones too ("43 passengers", "40 trucks"): story keys
        # drop them as too common across events, but inside one event they pin a sentence
        units += list(dict.fromkeys(frozenset([f"#{v:g}"]) for q in quantities for v in sorted(_values(q))))
        if units:
            out.append(_Sentence(start, end, units, frozenset(k for u in units for k in u), quantities))
    return out


def _dice(a: _Sentence, b: _Sentence) -> tuple[float, int]:
    """Dice over words: a word of ``a`` is shared when any of its keys is one of ``b``'s."""
    shared = min(sum(1 for u in a.units if u & b.keys), sum(1 for u in b.units if u & a.keys))
    return 2 * shared / (len(a.units) + len(b.units)), shared


def _best(t: _Sentence, candidates: Sequence[tuple[int, _Sentence]], min_shared: int) -> tuple[int, float] | None:
    best, best_sim = None, 0.0
    for j, s in candidates:
        sim, shared = _dice(s, t)
        if shared >= min_shared and sim > best_sim:
            best, best_sim = j, sim
    return None if best is None else (best, best_sim)


def align(source: list[_Sentence], target: list[_Sentence],
          rules: TranslationRules) -> list[tuple[_Sentence, _Sentence, float]]:
    """(source sentence, target sentence, similarity) for each target sentence that has a
    source sentence close enough; a source sentence may serve several (a long sentence split).

    Two passes. First each target sentence on its own, with the strict thresholds. Then a
    translation keeps the order of its original: a target sentence left between two aligned
    ones is compared only with the source sentences between their counterparts, with looser
    thresholds (the sentence whose figure was changed shares fewer keys, and is the one that
    matters)."""
    indexed = list(enumerate(source))
    match: dict[int, tuple[int, float]] = {}
    for i, t in enumerate(target):
        found = _best(t, indexed, rules.min_shared)
        if found and found[1] >= rules.min_similarity:
            match[i] = found
    for i, t in enumerate(target):
        if i in match:
            continue
        before = [match[k][0] for k in match if k < i]
        after = [match[k][0] for k in match if k > i]
        low = max(before) + 1 if before else 0
        high = min(after) - 1 if after else len(source) - 1
        found = _best(t, [(j, s) for j, s in indexed if low <= j <= high], rules.between_min_shared)
        if found and found[1] >= rules.between_min_similarity:
            match[i] = found
    return [(source[j], target[i], sim) for i, (j, sim) in sorted(match.items())]


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _negated(text: str, language: str, rules: TranslationRules) -> bool:
    words = rules.negations.get(language, frozenset())
    for w in _WORD.findall(text.lower()):
        if w in words or (language == "en" and (w.endswith("n't") or w.endswith("n’t")) and "n't" in words):
            return True
    return False


def _values(q: Quantity) -> set[float]:
    return {v for v in (q.value, q.low, q.high) if v is not None}


def _figure_changes(source: _Sentence, target: _Sentence) -> list[tuple[str, Quantity | None, Quantity | None]]:
    """(what changed, source figure, target figure): a qualifier read another way on one value,
    or a value of one side the other does not have."""
    changes: list[tuple[str, Quantity | None, Quantity | None]] = []
    unmatched_target = list(target.quantities)
    unmatched_source = []
    for q in source.quantities:
        match = next((t for t in unmatched_target if _values(t) & _values(q)), None)
        if match is None:
            unmatched_source.append(q)
            continue
        unmatched_target.remove(match)
        if match.qualifier != q.qualifier:
            changes.append(("qualifier", q, match))
    for q, t in zip(unmatched_source, unmatched_target):
        changes.append(("figure", q, t))
    return changes


def _figure_message(q: Quantity | None) -> Message:
    if q is None:
        return message("translation.none")
    key = f"qualifier.{q.qualifier}"
    return message("translation.figure_text", text=q.text, qualifier=message(key) if key in MESSAGES else q.qualifier)


# the change found -> the message saying it
_CHANGE_MESSAGES = {"figure": "translation.figure", "qualifier": "translation.qualifier",
                    "negation lost": "translation.negation_lost", "negation added": "translation.negation_added"}


def find_translations(docs: Sequence[Document], story_id: str | None = None) -> list[Discrepancy]:
    """Set ``translated_from`` on the Indonesian documents of one story that translate an
    English one, and give a ``translation`` discrepancy per change found in them."""
    rules = translation_rules()
    english = [d for d in docs if d.language == "en"]
    for d in docs:
        d.translated_from = None
    if not english:
        return []
    english_sentences = {d.id: _sentences(d) for d in english}
    found: list[Discrepancy] = []
    for doc in docs:
        if doc.language != "id" or doc.duplicate_of:
            continue
        target = _sentences(doc)
        if not target:
            continue
        best: tuple[float, float, Document, list[tuple[_Sentence, _Sentence, float]]] | None = None
        for original in english:
            if original.published and doc.published and original.published[:10] > doc.published[:10]:
                continue  # a translation is never older than its original
            pairs = align(english_sentences[original.id], target, rules)
            share = len(pairs) / len(target)
            mean = sum(p[2] for p in pairs) / len(pairs) if pairs else 0.0
            if share >= rules.min_share and (best is None or (share, mean) > best[:2]):
                best = (share, mean, original, pairs)
        if best is None:
            continue
        share, _, original, pairs = best
        changes: list[dict[str, Any]] = []
        figures: list[dict[str, Message]] = []  # per change: the figures before and after, as messages
        for s, t, _ in pairs:
            a, b = original.text[s.start:s.end].strip(), doc.text[t.start:t.end].strip()
            for what, qa, qb in _figure_changes(s, t):
                before, after = _figure_message(qa), _figure_message(qb)
                figures.append({"before": before, "after": after})
                changes.append({"doc_a": original.id, "doc_b": doc.id, "a": a, "b": b, "meaning": what,
                                "figure_a": qa.text if qa else None, "figure_b": qb.text if qb else None,
                                "note": f"{english_text(before)} → {english_text(after)}"})
            lost, added = _negated(a, "en", rules), _negated(b, "id", rules)
            if lost != added:
                figures.append({})
                changes.append({"doc_a": original.id, "doc_b": doc.id, "a": a, "b": b,
                                "meaning": "negation lost" if lost else "negation added",
                                "figure_a": None, "figure_b": None, "note": ""})
        doc.translated_from = {
            "doc": original.id,
            "share": round(share, 3),
            "pairs": [{"source": [s.start, s.end], "translation": [t.start, t.end], "similarity": round(sim, 3)}
                      for s, t, sim in pairs],
            "changes": len(changes),
        }
        for change, figure in zip(changes, figures):
            said = message(_CHANGE_MESSAGES[change["meaning"]], translation=doc.outlet or doc.id,
                           original=original.outlet or original.id, percent=round(100 * share), **figure,
                           a=change["a"], b=change["b"])
            found.append(Discrepancy(
                kind="translation", docs=[original.id, doc.id], claims=[], status="contradiction",
                explanation=english_text(said), message=said,
                score=0.7 if change["meaning"] == "qualifier" else 0.9, story=story_id, changes=[change]))
    return found


__all__ = ["TranslationRules", "translation_rules", "align", "find_translations"]
