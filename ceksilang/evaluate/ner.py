"""Score extractors against gold annotations; today: NER against a CoNLL file.

Two stages can be scored: the tagger alone (``evaluate_ner(path)``: the CRF; for English the
vote of the CRF and two spaCy models), or the entities the extraction layer outputs
(``stage="pipeline"``): the tagger, then the gazetteer, the span clean-up
and the retyping rules of ``ceksilang_entities``. GPE counts as LOC there, as the corpora have
no GPE type.

Scores are exact-span precision / recall / F1 (a predicted entity counts only when its
start, end and type all match a gold one), per type and micro-averaged over the types the
model predicts. Gold types the model cannot predict (NER-UGM's QUANTITY, TIME) are counted
under ``unscored_types`` rather than silently lowering recall.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from ceksilang.extract.conll import LABELS, LABELS_EN, ConllFormatError, map_tags, native_tags, read_conll, spans


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 (percentages, 2 decimals) from counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def score_spans(gold: Iterable[list[str]], predicted: Iterable[list[str]],
                labels: Iterable[str] | None = None) -> dict[str, Any]:
    """Exact-span scores of predicted BIO sequences against gold ones, sentence by sentence.

    Returns ``{"precision", "recall", "f1", "per_type": {label: {...}}, ...counts}``; ``labels``
    limits the types scored (default: every type seen in gold or predictions).
    """
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError("gold and predicted sentences differ in length")
        g, p = spans(g_tags), spans(p_tags)
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    types = sorted(set(labels) if labels is not None else set(n_gold) | set(n_pred))
    per_type = {t: prf(tp[t], n_pred[t], n_gold[t]) for t in types}
    micro = prf(sum(tp[t] for t in types), sum(n_pred[t] for t in types), sum(n_gold[t] for t in types))
    return {**micro, "per_type": per_type}


def _pipeline_tags(sentences: list, model_path: str | Path | None, language: str = "id") -> list[list[str]]:
    """BIO tags of the extraction layer's mentions, on each sentence's own tokens."""
    from spacy.tokens import Doc

    from ceksilang.extract.pipeline import build_pipeline

    nlp = build_pipeline(())
    nlp.add_pipe("ceksilang_ner", config={"model": str(model_path) if model_path else None, "language": language})
    nlp.add_pipe("ceksilang_entities")
    tagged = []
    for sentence in sentences:
        words = [w for w, _ in sentence]
        # the gold tokens, one sentence: the model sees exactly what the CRF-only score sees
        doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words),
                  sent_starts=[True] + [False] * (len(words) - 1))
        doc._.sentences = [(0, len(doc.text))]
        doc._.language = language
        doc = nlp(doc)
        tags = ["O"] * len(words)
        for m in doc._.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            label = "LOC" if m.label == "GPE" and language != "en" else m.label
            tags[span.start] = "B-" + label
            for i in range(span.start + 1, span.end):
                tags[i] = "I-" + label
        tagged.append(tags)
    return tagged


def evaluate_ner(path: str | Path, model_path: str | Path | None = None,
                 stage: str = "model", language: str = "id") -> dict[str, Any]:
    """Tag the sentences of a CoNLL file (its own tokens) and score them against its tags.

    ``stage`` is ``"model"`` (the tagger alone: the CRF, for English the vote) or ``"pipeline"`` (the entities the extraction
    layer outputs). Keys: ``precision``, ``recall``, ``f1`` (micro over PERSON/ORG/LOC),
    ``per_type``, ``unscored_types`` (gold types outside our tag set, with entity counts),
    ``sentences``, ``tokens``, ``file``, ``model``, ``stage``, ``language``.

    ``language`` picks the model ("id" or "en") and the types scored: English adds GPE. Without
    ``model_path``, English is tagged as the pipeline tags it: the vote of the CRF and the spaCy
    models (``ceksilang.extract.ner.VoteTagger``); ``model`` then names all three.
    """
    from ceksilang.extract.ner import MODEL_PATHS, load_tagger

    if stage not in ("model", "pipeline"):
        raise ValueError(f"unknown stage {stage!r}: 'model' or 'pipeline'")
    sentences = read_conll(path)
    if not sentences:
        raise ConllFormatError(f"{path}: no tokens to score (an empty file?)")
    if language not in MODEL_PATHS:
        raise ValueError(f"no NER model for language {language!r}: one of {sorted(MODEL_PATHS)}")
    labels = LABELS_EN if language == "en" else LABELS
    gold = [map_tags([t for _, t in s]) for s in sentences]
    if language != "en":  # the Indonesian corpora have no GPE: it counts as LOC
        gold = [[t.replace("-GPE", "-LOC") for t in g] for g in gold]
    if stage == "pipeline":
        predicted = _pipeline_tags(sentences, model_path, language)
    else:
        tagger = load_tagger(model_path, language)
        predicted = tagger.tag_many([[w for w, _ in s] for s in sentences])
    scores = score_spans(gold, predicted, labels=labels)
    unscored: Counter[str] = Counter()
    for s in sentences:
        for _, _, label in spans(native_tags([t for _, t in s])):
            if map_tags([f"B-{label}"])[0] == "O":
                unscored[label] += 1
    scores.update({
        "unscored_types": dict(sorted(unscored.items())),
        "sentences": len(sentences),
        "tokens": sum(len(s) for s in sentences),
        "file": str(path),
        "model": load_tagger(model_path, language).describe(),
        "stage": stage,
        "language": language,
    })
    return scores


def format_ner_report(scores: dict[str, Any]) -> str:
    """A plain-text table of :func:`evaluate_ner`'s result."""
    lines = []
    if "file" in scores:
        what = "entities (pipeline)" if scores.get("stage") == "pipeline" else "NER"
        lines.append(f"{what} on {scores['file']} ({scores.get('sentences', '?')} sentences, "
                     f"{scores.get('tokens', '?')} tokens)")
    lines.append(f"{'type':<10}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}")
    rows = list(scores["per_type"].items()) + [("micro", scores)]
    for name, s in rows:
        lines.append(f"{name:<10}{s['precision']:>8.2f}{s['recall']:>8.2f}{s['f1']:>8.2f}"
                     f"{s.get('gold', 0):>7}{s.get('predicted', 0):>7}")
    if scores.get("unscored_types"):
        kinds = ", ".join(f"{k} {v}" for k, v in scores["unscored_types"].items())
        lines.append(f"not scored (types the model does not predict): {kinds}")
    return "\n".join(lines)


def scores_json(scores: dict[str, Any]) -> str:
    """One-line JSON of a score dict (the CLI prints it last with ``--json``)."""
    return json.dumps(scores, ensure_ascii=False, sort_keys=True)


def labelled_news_documents(path: str | Path) -> list:
    """The articles of a labelled news CSV (``clean_text``, ``title``, ``url``, ``domain``,
    ``date``) as documents ``fid0000``... in row order, for the story-grouping evaluation."""
    import csv

    from ceksilang.model import Document, Source

    path = Path(path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [
        Document(id=f"fid{i:04d}", source=Source(str(path), row=i + 1), text=r["clean_text"],
                 title=r["title"], url=r["url"], outlet=r["domain"], published=r["date"] or None)
        for i, r in enumerate(rows)
    ]
