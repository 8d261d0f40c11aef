"""Score the NER model on hand-annotated real pages whose text is not in the repository.

    python -m ceksilang.evaluate.ner_pages tests/gold/ner_en_pages.yaml --texts DIR [--lang en] [--pipeline]

The gold file lists, per page URL, its entities as written, one row per occurrence
(``[text, type]``), and no article text (the pages are third-party copyrighted text). To
score, put each page's text (the part the ``excerpt`` field names) in ``DIR`` as
``<page key>.txt``, where the key is the first 16 hex digits of the SHA-1 of the URL
(:func:`page_key`); pages without a text file are reported and skipped.

Matching is by entity string and type, as a multiset per page: a predicted ``("Kabul", LOC)``
counts once per gold occurrence of it. Without offsets in the gold, two occurrences of one
name are told apart only by count, which is exact-span scoring for every page where a name is
not found in one place and missed in another.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ceksilang.evaluate.ner import prf
from ceksilang.extract.conll import LABELS, LABELS_EN


def page_key(url: str) -> str:
    """The file stem a page's text is looked up by."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def load_pages(path: str | Path) -> list[dict[str, Any]]:
    """The gold pages: ``[{"url", "excerpt", "entities": [(text, type), ...]}, ...]``."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    pages = []
    for number, page in enumerate(data.get("pages") or [], start=1):
        rows = page.get("entities") or []
        if not page.get("url") or not all(isinstance(r, list) and len(r) == 2 for r in rows):
            raise ValueError(f"{path}: page {number} needs a url and [text, type] rows")
        pages.append({"url": str(page["url"]), "excerpt": str(page.get("excerpt", "")),
                      "entities": [(str(t), str(k)) for t, k in rows]})
    return pages


def predicted_entities(text: str, language: str, pipeline: bool) -> list[tuple[str, str]]:
    """(text, type) of each entity the model (or the whole extraction layer) finds in ``text``."""
    if pipeline:
        from ceksilang.extract.pipeline import extract_document
        from ceksilang.model import Document, Source

        document = extract_document(Document(id="page", source=Source("page"), text=text, language=language))
        return [(m.text, m.label) for m in document.mentions]
    from ceksilang.extract.ner import predict_mentions

    return [(m.text, m.label) for m in predict_mentions("page", text, language=language)]


def score_pages(gold_path: str | Path, texts: str | Path, language: str = "en",
                pipeline: bool = False) -> dict[str, Any]:
    """Micro precision / recall / F1 over the pages with a text file, per type and overall;
    ``untyped``: the same with the type ignored (the entity string alone)."""
    labels = LABELS_EN if language == "en" else LABELS
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    untyped = Counter()  # entity strings found regardless of type: tp, predicted, gold
    scored, missing = [], []
    for page in load_pages(gold_path):
        path = Path(texts) / f"{page_key(page['url'])}.txt"
        if not path.is_file():
            missing.append(page["url"])
            continue
        gold = Counter(page["entities"])
        predicted = Counter(predicted_entities(path.read_text(encoding="utf-8"), language, pipeline))
        for (_, label), n in gold.items():
            n_gold[label] += n
        for (_, label), n in predicted.items():
            n_pred[label] += n
        for (_, label), n in (gold & predicted).items():
            tp[label] += n
        gold_strings = Counter(s for s, _ in page["entities"])
        predicted_strings = Counter(s for (s, _), n in predicted.items() for _ in range(n))
        untyped["tp"] += sum((gold_strings & predicted_strings).values())
        untyped["predicted"] += sum(predicted_strings.values())
        untyped["gold"] += sum(gold_strings.values())
        scored.append(page["url"])
    types = [t for t in labels if n_gold[t] or n_pred[t]]
    micro = prf(sum(tp[t] for t in types), sum(n_pred[t] for t in types), sum(n_gold[t] for t in types))
    return {**micro, "per_type": {t: prf(tp[t], n_pred[t], n_gold[t]) for t in types},
            "untyped": prf(untyped["tp"], untyped["predicted"], untyped["gold"]),
            "pages_scored": len(scored), "pages_without_text": missing, "language": language,
            "stage": "pipeline" if pipeline else "model"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ceksilang.evaluate.ner_pages", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--texts", type=Path, required=True, help="folder of <page key>.txt files")
    ap.add_argument("--lang", default="en", choices=("id", "en"))
    ap.add_argument("--pipeline", action="store_true", help="score the extraction layer's entities")
    args = ap.parse_args(argv)
    scores = score_pages(args.gold, args.texts, args.lang, args.pipeline)
    print(json.dumps(scores, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
