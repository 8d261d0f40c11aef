"""How cost grows with the number of articles: 1k, 10k, 100k, 1M documents.

    .venv/bin/python bench/scale.py [--corpus ../shared/corpus] [--budget-minutes 25]

The documents are real articles (CNN Indonesia and Tempo, original case) replicated as a
stream: each copy gets a new id, a publication date (``PER_DAY`` articles a day, in order) and
~``CHANGE_RATE`` of its words replaced by words of other articles, so copies are not exact
duplicates. Nothing holds the N documents in memory except what the measured stage keeps.

Stages, each run in a fresh subprocess so that its peak RSS is its own:

* ``ingest``  -- ``pipeline.ingest`` (read -> clean -> language -> extract -> store) over a
  JSONL file of the stream, with 1 and 2 workers. Per-document cost does not depend on N
  (streamed, store-backed), so it is measured at 1k and 10k and only extrapolated beyond.
* ``briefing`` -- ``pipeline.build_briefing`` over the stores ingest wrote (duplicates, entity
  linking, stories, reconciliation: everything that sees all documents at once).
* ``stories`` -- ``stories.StoryIndex`` with a fixed IDF table, fed the stream in publication
  order (exactly what ``group_stories`` does, without keeping the documents), on the text
  alone (no extraction, so no entity keys).

Writes bench/results/scale.csv (one row per stage / N / workers, ``measured`` true or false),
scale.png (log-log time and peak memory against N; extrapolated points hollow) and
scale.json (fitted slopes of log time and log memory against log N, and the goals).
Extrapolations use the slope fitted on the measured points of the same stage and say so.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
SOURCES = ("news/cnn_labeled.csv", "news/tempo.csv")
SIZES = (1_000, 10_000, 100_000, 1_000_000)
STAGES = ("ingest", "briefing", "stories")
CHANGE_RATE = 0.05  # share of words replaced in each copy
PER_DAY = 300  # articles a day: a national news volume
START = date(2024, 1, 1)
SEED = 20241101
_WORD = re.compile(r"\w+")


# --------------------------------------------------------------------------- the stream


def article_pool(corpus: Path) -> list[tuple[str, str]]:
    """(title, text) of the real articles the stream replicates (a few thousand: small)."""
    pool = []
    csv.field_size_limit(1 << 24)
    for name in SOURCES:
        path = corpus / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                text = (row.get("clean_text") or "").strip()
                if len(text) > 200:
                    pool.append(((row.get("title") or "").strip(), text))
    if not pool:
        raise SystemExit(f"no articles under {corpus}/news: this benchmark needs the shared corpus")
    return pool


def synthetic_stream(n: int, pool: list[tuple[str, str]], seed: int = SEED) -> Iterator[dict[str, str]]:
    """``n`` article records in publication order, the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    vocabulary = [w for _, text in pool[:300] for w in _WORD.findall(text) if len(w) > 3][:20_000]
    for i in range(n):
        title, text = pool[rng.randrange(len(pool))]
        words = text.split(" ")
        for _ in range(max(1, int(len(words) * CHANGE_RATE))):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        yield {"id": f"syn-{i:07d}", "title": title, "text": " ".join(words),
               "published": (START + timedelta(days=i // PER_DAY)).isoformat()}


def write_jsonl(path: Path, n: int, pool: list[tuple[str, str]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for record in synthetic_stream(n, pool):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- stages (child processes)

_INGEST = r"""
import json, resource, sys, time
from ceksilang.pipeline import ingest
from ceksilang.store import Store
path, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
with Store(db) as store:
    s = ingest([path], store, workers=workers)
seconds = time.perf_counter() - t0
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"documents": s.read, "failed": s.failed, "seconds": seconds, "peak_rss_mb": rss / 1024}))
"""

_BRIEFING = r"""
import json, resource, sys, time
from ceksilang.pipeline import build_briefing
from ceksilang.store import Store
t0 = time.perf_counter()
with Store(sys.argv[1]) as store:
    b = build_briefing(store)
seconds = time.perf_counter() - t0
print(json.dumps({"documents": len(b.documents), "stories": len(b.stories), "seconds": seconds,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_STORIES = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from collections import Counter
from scale import article_pool, synthetic_stream
from ceksilang.model import Document, Source
from ceksilang.stories import StoryIndex, count_terms
n, corpus = int(sys.argv[1]), Path(sys.argv[2])
pool = article_pool(corpus)
def docs():
    for r in synthetic_stream(n, pool):
        yield Document(id=r["id"], source=Source("bench"), text=r["text"], title=r["title"], published=r["published"])
t0 = time.perf_counter()
df = Counter()
for d in docs():  # pass 1: the batch's document frequencies, as group_stories counts them
    df.update(count_terms(d).counts.keys())
index = StoryIndex(document_frequencies=df, total_documents=n)
for d in docs():  # pass 2: in publication order
    index.add(d)
seconds = time.perf_counter() - t0
print(json.dumps({"documents": n, "stories": len(index), "seconds": seconds,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- fits and outputs


def previous_rows(path: Path, exclude: set[str]) -> list[dict]:
    """Measured rows of the stages not re-run, from an earlier scale.csv."""
    if not path.exists():
        return []
    kept = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["stage"] in exclude or row["measured"] != "True":
                continue
            kept.append({**row, "n": int(row["n"]), "workers": int(row["workers"]), "measured": True,
                         "seconds": float(row["seconds"]), "docs_per_s": float(row["docs_per_s"]),
                         "peak_rss_mb": float(row["peak_rss_mb"])})
    return kept


def fit_slope(points: list[tuple[int, float]]) -> tuple[float, float] | None:
    """(slope, intercept) of log y = slope * log N + intercept, least squares; None under 2 points."""
    pts = [(math.log(n), math.log(y)) for n, y in points if y > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    slope = sum((x - mx) * (y - my) for x, y in pts) / sxx
    return slope, my - slope * mx


def fit_affine(points: list[tuple[int, float]]) -> tuple[float, float]:
    """(a, b) of y = a + b * N, least squares, b at least 0."""
    mx = sum(n for n, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((n - mx) ** 2 for n, _ in points)
    b = max(0.0, sum((n - mx) * (y - my) for n, y in points) / sxx) if sxx else 0.0
    return my - b * mx, b


def extrapolate(rows: list[dict], stage: str, workers: int, n: int, per_doc_constant: bool) -> dict:
    measured = [r for r in rows if r["stage"] == stage and r["workers"] == workers and r["measured"]]
    if per_doc_constant:
        # streamed stage: time = N / measured rate (largest measured N), memory flat
        ref = max(measured, key=lambda r: r["n"])
        seconds = n / ref["docs_per_s"]
        # streamed, yet RSS grew a little between the measured sizes (caches, spaCy's string
        # store): carried forward as a line, the pessimistic reading
        base, per_doc = fit_affine([(r["n"], r["peak_rss_mb"]) for r in measured]) if len(measured) > 1 else (ref["peak_rss_mb"], 0.0)
        rss = base + per_doc * n
        basis = (f"time: N / {ref['docs_per_s']} docs/s measured at N={ref['n']}; "
                 f"memory: {base:.0f} MB + {per_doc * 1024:.2f} KB per document")
    else:
        t_fit = fit_slope([(r["n"], r["seconds"]) for r in measured])
        base, per_doc = fit_affine([(r["n"], r["peak_rss_mb"]) for r in measured])
        seconds = math.exp(t_fit[1]) * n ** t_fit[0]
        # memory is a baseline (interpreter, model, tables) plus what each document leaves
        # behind: a power law through a large baseline would understate the growth
        rss = base + per_doc * n
        basis = (f"time: power law fitted on measured N={sorted(r['n'] for r in measured)}; "
                 f"memory: {base:.0f} MB + {per_doc * 1024:.2f} KB per document")
    return {"stage": stage, "n": n, "workers": workers, "measured": False, "seconds": round(seconds, 1),
            "docs_per_s": round(n / seconds, 1), "peak_rss_mb": round(rss, 1), "stories": "", "note": basis}


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax_t, ax_m) = plt.subplots(1, 2, figsize=(11, 4.5))
    series = sorted({(r["stage"], r["workers"]) for r in rows})
    for i, (stage, workers) in enumerate(series):
        color = f"C{i}"
        label = stage if stage != "ingest" else f"ingest ({workers} worker{'s' if workers > 1 else ''})"
        pts = sorted((r for r in rows if r["stage"] == stage and r["workers"] == workers), key=lambda r: r["n"])
        for ax, key in ((ax_t, "seconds"), (ax_m, "peak_rss_mb")):
            ax.plot([r["n"] for r in pts], [r[key] for r in pts], "-", color=color, alpha=0.5)
            m = [r for r in pts if r["measured"]]
            e = [r for r in pts if not r["measured"]]
            ax.plot([r["n"] for r in m], [r[key] for r in m], "o", color=color, label=label)
            ax.plot([r["n"] for r in e], [r[key] for r in e], "o", mfc="none", color=color)
    ax_t.set(xscale="log", yscale="log", xlabel="documents N", ylabel="wall time (s)", title="time")
    ax_m.set(xscale="log", yscale="log", xlabel="documents N", ylabel="peak RSS (MB)", title="memory")
    ax_m.axhline(1024, color="grey", ls=":", lw=1)
    ax_m.text(1000, 1100, "1 GB goal", color="grey", fontsize=8)
    ax_t.legend(fontsize=8, title="filled: measured, hollow: extrapolated", title_fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--budget-minutes", type=float, default=25.0,
                    help="stop measuring larger N when the predicted time would pass this budget")
    ap.add_argument("--ingest-sizes", type=int, nargs="+", default=[1_000, 10_000])
    ap.add_argument("--story-sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--briefing-sizes", type=int, nargs="+", default=[250, 500, 1_000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stages", nargs="+", default=list(STAGES), choices=STAGES,
                    help="stages to measure; the measured rows of the others are kept from scale.csv")
    ap.add_argument("--replot", action="store_true",
                    help="measure nothing: redo the extrapolations, plot and fits from scale.csv")
    args = ap.parse_args()
    if args.replot:
        args.stages = []
    kept = previous_rows(RESULTS / "scale.csv", exclude=set(args.stages))
    previous = json.loads((RESULTS / "scale.json").read_text(encoding="utf-8")) if (RESULTS / "scale.json").exists() else {}
    # runs of stages measured again are replaced
    previous_runs = [r for r in previous.get("runs", []) if not set(r["stages"]) & set(args.stages)]
    corpus = Path(args.corpus)
    pool = article_pool(corpus)
    started = time.perf_counter()
    load_before = os.getloadavg()
    deadline = started + args.budget_minutes * 60
    rows: list[dict] = []

    def add(stage: str, n: int, workers: int, result: dict, note: str = "") -> None:
        rows.append({"stage": stage, "n": n, "workers": workers, "measured": True, "seconds": round(result["seconds"], 2),
                     "docs_per_s": round(n / result["seconds"], 1), "peak_rss_mb": round(result["peak_rss_mb"], 1),
                     "stories": result.get("stories", ""), "note": note})
        print(json.dumps(rows[-1]), flush=True)

    def fits(predicted_seconds: float) -> bool:
        return time.perf_counter() + predicted_seconds < deadline

    with tempfile.TemporaryDirectory() as tmp:
        ingest_sizes = set(args.ingest_sizes) if "ingest" in args.stages else set()
        briefing_sizes = set(args.briefing_sizes) if "briefing" in args.stages else set()
        for n in sorted(ingest_sizes | briefing_sizes):
            source = Path(tmp) / f"stream-{n}.jsonl"
            write_jsonl(source, n, pool)
            for workers in (args.workers if n in ingest_sizes else [1]):
                done = [r for r in rows if r["stage"] == "ingest" and r["workers"] == workers]
                if done and not fits(n / done[-1]["docs_per_s"]):
                    continue
                db = Path(tmp) / f"store-{n}-{workers}.db"
                result = _child(_INGEST, str(source), str(db), str(workers))
                if n in ingest_sizes:  # else only the store for the briefing stage
                    add("ingest", n, workers, result)
            stores = sorted(Path(tmp).glob(f"store-{n}-*.db"))
            if stores and n in briefing_sizes:
                done = [r for r in rows if r["stage"] == "briefing"]
                fit = fit_slope([(r["n"], r["seconds"]) for r in done]) if len(done) > 1 else None
                guess = math.exp(fit[1]) * n ** fit[0] if fit else (done[-1]["seconds"] * n / done[-1]["n"] if done else 0)
                if fits(guess):
                    add("briefing", n, 1, _child(_BRIEFING, str(stores[0])))
            source.unlink()
            for db in Path(tmp).glob(f"store-{n}-*"):
                db.unlink()
        for n in sorted(args.story_sizes if "stories" in args.stages else []):
            done = [r for r in rows if r["stage"] == "stories"]
            fit = fit_slope([(r["n"], r["seconds"]) for r in done]) if len(done) > 1 else None
            guess = math.exp(fit[1]) * n ** fit[0] if fit else (done[-1]["seconds"] * n / done[-1]["n"] if done else 0)
            if fits(guess):
                add("stories", n, 1, _child(_STORIES, str(n), str(corpus), str(HERE)))

    rows.extend(kept)
    worker_counts = sorted({r["workers"] for r in rows if r["stage"] == "ingest"})
    for stage, workers, constant in [("ingest", w, True) for w in worker_counts] + [("briefing", 1, False), ("stories", 1, False)]:
        measured = {r["n"] for r in rows if r["stage"] == stage and r["workers"] == workers and r["measured"]}
        if len(measured) < (1 if constant else 2):
            continue
        for n in SIZES:
            if n not in measured:
                rows.append(extrapolate(rows, stage, workers, n, constant))
    rows.sort(key=lambda r: (r["stage"], r["workers"], r["n"]))

    RESULTS.mkdir(exist_ok=True)
    with open(RESULTS / "scale.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["stage", "n", "workers", "measured", "seconds", "docs_per_s",
                                                "peak_rss_mb", "stories", "note"])
        writer.writeheader()
        writer.writerows(rows)
    plot(rows, RESULTS / "scale.png")

    slopes = {}
    for stage, workers in sorted({(r["stage"], r["workers"]) for r in rows}):
        measured = [r for r in rows if r["stage"] == stage and r["workers"] == workers and r["measured"]]
        t_fit = fit_slope([(r["n"], r["seconds"]) for r in measured])
        m_fit = fit_slope([(r["n"], r["peak_rss_mb"]) for r in measured])
        affine = fit_affine([(r["n"], r["peak_rss_mb"]) for r in measured]) if len(measured) > 1 else None
        slopes[f"{stage}/{workers}"] = {
            "measured_n": sorted(r["n"] for r in measured),
            "time_slope": round(t_fit[0], 3) if t_fit else None,  # d log(seconds) / d log(N)
            "memory_slope": round(m_fit[0], 3) if m_fit else None,  # d log(peak RSS) / d log(N)
            "memory_kb_per_document": round(affine[1] * 1024, 2) if affine else None,
        }
    best_ingest = max((r["docs_per_s"] for r in rows if r["stage"] == "ingest" and r["measured"]), default=None)
    peak = max((r["peak_rss_mb"] for r in rows if r["measured"]), default=None)
    report = {
        "machine": platform.machine(), "cores": os.cpu_count(), "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
        # the measuring runs behind scale.csv; the machine is shared: a load average above the
        # core count means the figures are pessimistic
        "runs": previous_runs + ([{
            "stages": list(args.stages), "minutes": round((time.perf_counter() - started) / 60, 1),
            "load_average_start_end": [round(load_before[0], 1), round(os.getloadavg()[0], 1)],
        }] if args.stages else []),
        "stream": {"sources": list(SOURCES), "articles_in_pool": len(pool), "change_rate": CHANGE_RATE,
                   "per_day": PER_DAY},
        "slopes": slopes,
        "goals": {
            "ingest_docs_per_s_best_measured": best_ingest, "ingest_goal": 100,
            "peak_rss_mb_measured_max": peak, "memory_goal_mb": 1024,
            "story_time_slope": slopes.get("stories/1", {}).get("time_slope"), "story_goal": "near-linear (slope ~1)",
        },
    }
    (RESULTS / "scale.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
