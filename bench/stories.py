"""Benchmark of story grouping: quality on the labelled fidelity sample, and speed at 1k-100k docs.

Quality: ``group_stories`` over the whole 1,908-article fidelity corpus, pairwise P/R/F1 over the
labelled sample (``tests/gold/stories_fidelity.yaml``), for a small grid of thresholds and
windows; the grid is chosen on the tune dates, the test dates are reported beside it.
Speed: the fidelity articles replicated with small random word changes and dates shifted by a
year per copy, grouped at N = 1k, 10k and (when the 10k rate says it fits in 3 minutes) 100k.

    .venv/bin/python bench/stories.py [--no-100k]

Writes bench/results/stories.json and stories.md.
"""

from __future__ import annotations

import json
import math
import random
import sys
import time
from dataclasses import asdict, replace
from datetime import date, timedelta
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ceksilang.evaluate.ner import labelled_news_documents  # noqa: E402
from ceksilang.model import Document  # noqa: E402
from ceksilang.reconcile.stories import DEFAULT_STORY_SETTINGS, StoryIndex, group_stories, pair_scores  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "news" / "fidelity_5outlets_2025_labeled.csv"
GOLD = REPO / "tests" / "gold" / "stories_fidelity.yaml"
OUT = REPO / "bench" / "results"


def gold_halves(docs: list[Document]) -> tuple[dict[str, str], dict[str, str]]:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    by_url = {d.url: d for d in docs}
    tune, test = {}, {}
    for a in gold["articles"]:
        d = by_url[a["url"]]
        (tune if d.published in gold["tune_dates"] else test)[d.id] = a["story"]
    return tune, test


def quality(docs: list[Document]) -> dict:
    tune, test = gold_halves(docs)
    grid = []
    for threshold in (0.25, 0.3, 0.35):
        for window in (3, 7):
            for decay in (1.0, 0.8):
                st = replace(DEFAULT_STORY_SETTINGS, threshold=threshold, window_days=window, day_decay=decay)
                stories = group_stories(docs, st)
                pred = {d: s.id for s in stories for d in s.docs}
                grid.append({"threshold": threshold, "window_days": window, "day_decay": decay,
                             "stories": len(stories), "tune": pair_scores(pred, tune), "test": pair_scores(pred, test)})
    stories = group_stories(docs)
    pred = {d: s.id for s in stories for d in s.docs}
    # the online path: one document at a time with running IDF, in publication order
    index = StoryIndex()
    for d in sorted(docs, key=lambda d: (d.published is None, d.published or "", d.id)):
        index.add(d)
    online = {d: s.id for s in index.stories() for d in s.docs}
    return {
        "sample": {"tune_articles": len(tune), "test_articles": len(test)},
        "default": {"settings": asdict(DEFAULT_STORY_SETTINGS), "stories": len(stories),
                    "tune": pair_scores(pred, tune), "test": pair_scores(pred, test)},
        "online_running_idf": {"tune": pair_scores(online, tune), "test": pair_scores(online, test)},
        "grid": grid,
    }


def replicate(docs: list[Document], n: int, seed: int = 7) -> list[Document]:
    """``n`` documents: copies of ``docs`` with ~5% of words swapped and dates a year apart per copy."""
    rng = random.Random(seed)
    vocab = [w for d in docs[:200] for w in d.text.split()][:20000]
    out = []
    for k in range(n):
        src = docs[k % len(docs)]
        copy_no = k // len(docs)
        words = src.text.split()
        for _ in range(max(1, len(words) // 20)):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        published = None
        if src.published:
            published = (date.fromisoformat(src.published[:10]) + timedelta(days=365 * copy_no)).isoformat()
        out.append(Document(id=f"r{k:06d}", source=src.source, text=" ".join(words), title=src.title,
                            published=published))
    return out


def timing(docs: list[Document], sizes: list[int], limit_s: float = 180.0) -> list[dict]:
    rows = []
    for n in sizes:
        if rows:
            last = rows[-1]
            expected = last["seconds"] * n / last["n"]
            if expected > limit_s:
                rows.append({"n": n, "skipped": f"expected {expected:.0f} s > {limit_s:.0f} s"})
                continue
        batch = replicate(docs, n)
        t0 = time.perf_counter()
        stories = group_stories(batch)
        seconds = time.perf_counter() - t0
        rows.append({"n": n, "seconds": round(seconds, 2), "docs_per_s": round(n / seconds, 1), "stories": len(stories)})
        print(rows[-1], flush=True)
    timed = [r for r in rows if "seconds" in r]
    if len(timed) >= 2:
        a, b = timed[0], timed[-1]
        slope = (math.log(b["seconds"]) - math.log(a["seconds"])) / (math.log(b["n"]) - math.log(a["n"]))
        rows.append({"loglog_slope": round(slope, 3), "between": [a["n"], b["n"]]})
    return rows


def markdown(result: dict) -> str:
    q = result["quality"]
    lines = ["# Story grouping benchmark", "",
             f"Labelled sample: {q['sample']['tune_articles']} tune + {q['sample']['test_articles']} test articles, "
             "grouped amid the whole 1,908-article fidelity corpus.", "",
             "| run | tune P | tune R | tune F1 | test P | test R | test F1 |", "|---|---|---|---|---|---|---|"]
    for name in ("default", "online_running_idf"):
        t, s = q[name]["tune"], q[name]["test"]
        lines.append(f"| {name} | {t['precision']} | {t['recall']} | {t['f1']} | {s['precision']} | {s['recall']} | {s['f1']} |")
    lines += ["", "Grid (threshold, window days, day decay):", "",
              "| th | win | decay | stories | tune F1 | test F1 |", "|---|---|---|---|---|---|"]
    for g in q["grid"]:
        lines.append(f"| {g['threshold']} | {g['window_days']} | {g['day_decay']} | {g['stories']} | {g['tune']['f1']} | {g['test']['f1']} |")
    lines += ["", "Speed (replicated fidelity articles):", "", "| N | seconds | docs/s | stories |", "|---|---|---|---|"]
    for r in result["timing"]:
        if "seconds" in r:
            lines.append(f"| {r['n']} | {r['seconds']} | {r['docs_per_s']} | {r['stories']} |")
        elif "skipped" in r:
            lines.append(f"| {r['n']} | skipped: {r['skipped']} | | |")
        else:
            lines.append(f"\nlog-log slope {r['loglog_slope']} between N={r['between'][0]} and N={r['between'][1]}")
    return "\n".join(lines) + "\n"


def main() -> None:
    docs = labelled_news_documents(CORPUS)
    sizes = [1000, 10000] if "--no-100k" in sys.argv else [1000, 10000, 100000]
    result = {"quality": quality(docs), "timing": timing(docs, sizes)}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "stories.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (OUT / "stories.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
