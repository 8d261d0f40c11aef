"""Check-worthiness ranking against hand labels (``tests/gold/checkworthy.yaml``): ROC AUC,
average precision and precision of the top 10, on one split."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ceksilang.factcheck.checkworthy import checkworthiness


def evaluate_checkworthy(gold_path: str | Path, split: str = "test") -> dict[str, Any]:
    data = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))
    rows = [r for r in data["sentences"] if split in ("all", r["split"])]
    scored = sorted(((checkworthiness(r["text"])[0], bool(r["worthy"]), i) for i, r in enumerate(rows)),
                    key=lambda t: (-t[0], t[2]))
    positives = [s for s, worthy, _ in scored if worthy]
    negatives = [s for s, worthy, _ in scored if not worthy]
    pairs = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    hits, precision_sum = 0, 0.0
    for rank, (_, worthy, _) in enumerate(scored, start=1):
        if worthy:
            hits += 1
            precision_sum += hits / rank
    top = scored[:10]
    return {
        "split": split,
        "sentences": len(rows),
        "worthy_share": len(positives) / len(rows) if rows else None,
        "roc_auc": pairs / (len(positives) * len(negatives)) if positives and negatives else None,
        "average_precision": precision_sum / len(positives) if positives else None,
        "precision_at_10": sum(w for _, w, _ in top) / len(top) if top else None,
    }
