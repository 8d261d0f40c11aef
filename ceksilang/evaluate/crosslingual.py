"""Cross-lingual scores of a briefing against tests/gold/crosslingual/gold.yaml (issue 17).

``python -m ceksilang.evaluate.crosslingual BRIEFING_JSON GOLD_YAML [--split test]`` prints story
grouping pair P/R/F1 over the gold documents of the split (a pair's two documents plus the
unrelated reports), translation pairs found (precision / recall of ``translated_from``), and
changes flagged: recall over the gold changes whose kind ceksilang flags, by kind, and false
alarms per pair (flagged changes beyond the gold count of that pair).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ceksilang.reconcile.stories import pair_scores

_KIND_OF_MEANING = {"figure": "figure", "qualifier": "qualifier", "negation lost": "negation", "negation added": "negation",
                    "speaker changed": "speaker", "actor changed": "actor", "place changed": "place"}


def score(briefing: dict[str, Any], gold: dict[str, Any], split: str | None = None) -> dict[str, Any]:
    """The scores of one briefing on the gold pairs of ``split`` (all pairs when None)."""
    pairs = [p for p in gold["pairs"] if split is None or p["split"] == split]
    in_pairs = {p["english"] for p in pairs} | {p["indonesian"] for p in pairs}
    stories = gold["stories"]
    events = {stories[d] for d in in_pairs}
    # the split's documents: its pairs, and every other gold document (unrelated reports, own reports)
    members = {d for d, s in stories.items() if s in events or not any(s == stories[p["english"]] for p in gold["pairs"])}
    predicted = {d: s["id"] for s in briefing["stories"] for d in s["docs"] if d in members}
    grouping = pair_scores(predicted, {d: stories[d] for d in members})
    docs = {d["id"]: d for d in briefing["documents"]}
    found = {d: (docs[d].get("translated_from") or {}).get("doc") for d in members if d in docs}
    gold_links = {p["indonesian"]: p["english"] for p in pairs}
    tp = sum(1 for d, e in found.items() if e and gold_links.get(d) == e)
    fp = sum(1 for d, e in found.items() if e and gold_links.get(d) != e)
    fn = sum(1 for d, e in gold_links.items() if found.get(d) != e)
    flagged: dict[str, Counter[str]] = {}
    for disc in briefing["discrepancies"]:
        if disc["kind"] == "translation":
            for c in disc["changes"]:
                flagged.setdefault(c["doc_b"], Counter())[_KIND_OF_MEANING.get(c["meaning"], c["meaning"])] += 1
    hit = total = alarms = 0
    by_kind: dict[str, list[int]] = {}
    for p in pairs:
        want = Counter(p["changes"])
        got = flagged.get(p["indonesian"], Counter())
        for kind, n in want.items():
            k = by_kind.setdefault(kind, [0, 0])
            k[0] += min(n, got[kind])
            k[1] += n
            hit += min(n, got[kind])
            total += n
        alarms += sum(max(0, got[kind] - want[kind]) for kind in got)
    return {
        "split": split or "all", "pairs": len(pairs), "documents": len(members), "story_grouping": grouping,
        "translations": {"precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
                         "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0, "found": tp + fp, "gold": len(gold_links)},
        "changes": {"recall": round(hit / total, 3) if total else 1.0, "flagged_right": hit, "gold": total,
                    "by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
                    "false_alarms_per_pair": round(alarms / len(pairs), 3) if pairs else 0.0},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("briefing", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--split", choices=["tune", "test"])
    args = parser.parse_args(argv)
    briefing = json.loads(args.briefing.read_text(encoding="utf-8"))
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    print(json.dumps(score(briefing, gold, args.split), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
