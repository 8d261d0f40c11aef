"""Train the story pair model (ceksilang/data/story_pairs.json; ``ceksilang.reconcile.story_pairs``).

Each tune gold set is analysed together as one batch, as ``ceksilang evaluate coverage`` does, and every
comparison ``StoryIndex.add`` makes of a report with a candidate story is recorded with its features
(``story_pairs.PAIR_FEATURES``). A comparison is labelled 1 when the report's gold event is the event most of
the story's reports belong to (a distractor is its own event). A logistic regression (scikit-learn, class
weights balanced) is cross-validated by event (GroupKFold: no event in both folds), then fitted on all and
written as plain numbers with this command, the files it read and the scores.

Tune material only: tests/gold/coverage (split tune), coverage_tune6a/6b/9/12/14/16, coverage_check13/15/17,
stories_check56.yaml's tune batch. stories_check47..55 need stored-page texts that are not on this machine.

    PYTHONPATH=$PWD CEKSILANG_SHARED=/work/shared .venv/bin/python scripts/train_story_pairs.py [--out FILE] [--records FILE]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from ceksilang.evaluate.coverage import Article, _batch, analyse_articles, load_articles, load_events
from ceksilang.reconcile import story_pairs

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
COVERAGE_SETS = ("coverage", "coverage_tune6a", "coverage_tune6b", "coverage_tune9", "coverage_tune12",
                 "coverage_tune14", "coverage_tune16", "coverage_check13", "coverage_check15", "coverage_check17")
STORY_CHECKS = ("stories_check56.yaml",)


def corpus() -> Path:
    return Path(os.environ.get("CEKSILANG_SHARED", ROOT.parent / "shared")) / "corpus"


def tune_batches() -> list[tuple[str, list[Article], dict[str, str]]]:
    """(set name, its articles, article id -> gold label) for every tune set."""
    out = []
    for name in COVERAGE_SETS:
        split = "tune" if name == "coverage" else "all"
        events, _ = load_events(GOLD / name, split)
        articles, _ = load_articles(events, corpus())
        label: dict[str, str] = {}
        for e in events:
            for aid in e.article_ids():
                label[aid] = f"{name}:{e.event}"
            for aid in e.distractors:
                label.setdefault(aid, f"{name}:distractor:{aid}")
        batch = {a.id: a for e in events for a in _batch(e, articles)}
        out.append((name, list(batch.values()), label))
    ids_wanted = {}
    for name in STORY_CHECKS:
        gold = yaml.safe_load((GOLD / name).read_text(encoding="utf-8"))
        for b in gold["batches"]:
            if b["split"] == "tune":
                ids_wanted[f"{name}:{b['batch']}"] = {a["id"]: f"{name}:{a['story']}" for a in b["articles"]}
    if ids_wanted:
        wanted = set().union(*ids_wanted.values())
        csv.field_size_limit(sys.maxsize)
        with (corpus() / "coverage" / "coverage.csv").open(encoding="utf-8", newline="") as f:
            rows = {r["id"]: r for r in csv.DictReader(f) if r["id"] in wanted}
        for name, label in ids_wanted.items():
            arts = [Article(id=i, text=rows[i]["text"], title=rows[i]["title"] or None, url=rows[i]["url"],
                            published=rows[i]["published"] or None, outlet=rows[i]["outlet"] or None) for i in label]
            out.append((name, arts, label))
    return out


def record(batches) -> list[dict]:
    """Every comparison of every tune batch, labelled."""
    rows = []
    for name, arts, label in batches:
        with story_pairs.recording_pairs() as log:
            analyse_articles(arts)
        for doc, members, features in log:
            if doc not in label:
                continue
            known = [label[m] for m in members if m in label]
            if not known:
                continue
            story_label = Counter(known).most_common(1)[0][0]
            rows.append({"set": name, "doc": doc, "event": label[doc], "members": list(members),
                         "features": list(features), "same": int(label[doc] == story_label)})
        print(name, len(arts), "articles", sum(1 for r in rows if r["set"] == name), "comparisons", flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "ceksilang" / "data" / "story_pairs.json"))
    ap.add_argument("--records", help="a JSON file of recorded comparisons: read when it exists, else written")
    ap.add_argument("--threshold", type=float, default=0.3, help="the grouper's threshold, for the baseline's scores")
    args = ap.parse_args()
    if args.records and Path(args.records).is_file():
        rows = json.loads(Path(args.records).read_text(encoding="utf-8"))
    else:
        rows = record(tune_batches())
        if args.records:
            Path(args.records).write_text(json.dumps(rows), encoding="utf-8")
    X = np.array([r["features"] for r in rows], dtype=float)
    y = np.array([r["same"] for r in rows])
    groups = np.array([r["event"] for r in rows])
    means, scales = X.mean(axis=0), X.std(axis=0)
    scales[scales == 0] = 1.0
    Z = (X - means) / scales
    sim = X[:, list(story_pairs.PAIR_FEATURES).index("similarity")]
    prob = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(Z, y, groups):
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(Z[train], y[train])
        prob[test] = model.predict_proba(Z[test])[:, 1]

    def scores(pred) -> dict:
        tp = int((pred & (y == 1)).sum()); fp = int((pred & (y == 0)).sum()); fn = int((~pred & (y == 1)).sum())
        p = tp / (tp + fp) if tp + fp else 1.0; r = tp / (tp + fn) if tp + fn else 1.0
        return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
                "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}

    cv = {"threshold_alone": scores(sim >= args.threshold),
          **{f"model_cut_{c}": scores(prob >= c) for c in (0.5, 0.7, 0.8, 0.9)},
          **{f"gate_floor_0.15_cut_{c}": scores((sim >= args.threshold) | ((sim >= 0.15) & (prob >= c)))
             for c in (0.5, 0.7, 0.8, 0.9)}}
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(Z, y)
    out = {"features": list(story_pairs.PAIR_FEATURES), "means": means.round(6).tolist(),
           "scales": scales.round(6).tolist(), "weights": model.coef_[0].round(6).tolist(),
           "intercept": round(float(model.intercept_[0]), 6),
           "trained_on": list(COVERAGE_SETS[:1]) + ["(split tune)"] + list(COVERAGE_SETS[1:])
           + [f"{s} (tune batch)" for s in STORY_CHECKS],
           "comparisons": len(y), "same_event": int(y.sum()), "events": len(set(groups)),
           "command": "PYTHONPATH=$PWD CEKSILANG_SHARED=/work/shared .venv/bin/python scripts/train_story_pairs.py",
           "cross_validation": "GroupKFold(5) by gold event over the recorded comparisons", "cv_scores": cv}
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(cv, indent=1))
    print(dict(zip(story_pairs.PAIR_FEATURES, model.coef_[0].round(3))))


if __name__ == "__main__":
    main()
