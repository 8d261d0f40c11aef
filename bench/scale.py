"""How cost grows with the number of articles: 1k, 10k, 100k, 1M documents.

    .venv/bin/python bench/scale.py [--corpus ../shared/corpus] [--budget-minutes 25]

The documents are real articles (CNN Indonesia and Tempo, original case) replicated as a
stream: each copy gets a new id, a publication date (``PER_DAY`` articles a day, in order) and
~``CHANGE_RATE`` of its words replaced by words of other articles, so copies are not exact
duplicates. Nothing holds the N documents in memory except what the measured stage keeps.

Stages, each run in a fresh subprocess; peak memory is the largest sum of resident memory of
the process and its worker processes at one moment (sampled from /proc every 0.2 s):

* ``pipeline`` -- the whole job as ``ceksilang analyze`` runs it: ``pipeline.ingest`` (read ->
  clean -> language -> extract -> store) over a JSONL file of the stream, then
  ``render.write_store_briefing`` (duplicates -> stories -> per story: linking, spun copies,
  reconciliation -> briefing.json, .md, .html streamed from scratch tables), with 2 workers
  (all cores here). The note gives the split between ingest and briefing.
* ``stories`` -- ``stories.StoryIndex`` with a fixed IDF table, fed the stream in publication
  order and handing out complete stories (``close_before``) as the pipeline does, on the text
  alone (no extraction, so no entity keys): story grouping up to 1M documents.

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
STAGES = ("pipeline", "stories")
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

# Peak memory of a process *and its workers*: ru_maxrss gives one process's peak (or the largest
# child's), not their sum at one moment, so a thread samples /proc for the whole process tree.
_TREE_RSS = r"""
import os, threading, time

def _tree_rss_kb(root):
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total

class TreePeak:
    def __init__(self, every=0.2):
        self.peak_kb, self.every, self._stop = 0, every, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
    def _run(self):
        me = os.getpid()
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(me))
            self._stop.wait(self.every)
    def stop(self):
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024
"""

_PIPELINE = _TREE_RSS + r"""
import json, sys
from ceksilang.pipeline import ingest
from ceksilang.reconcile.briefing import write_store_briefing
from ceksilang.store import Store

def main():
    path, out, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    peak = TreePeak()
    t0 = time.perf_counter()
    with Store(out + "/ceksilang.db") as store:
        s = ingest([path], store, workers=workers)
        t1 = time.perf_counter()
        w = write_store_briefing(store, out, workers=workers)
    t2 = time.perf_counter()
    print(json.dumps({"documents": s.read, "failed": s.failed, "stories": w.stories, "seconds": t2 - t0,
                      "ingest_seconds": t1 - t0, "briefing_seconds": t2 - t1, "peak_rss_mb": peak.stop()}))

if __name__ == "__main__":
    main()
"""

_STORIES = _TREE_RSS + r"""
import json, sys
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from collections import Counter
from scale import article_pool, synthetic_stream
from ceksilang.model import Document, Source
from ceksilang.reconcile.stories import StoryIndex, count_terms, publication_day
n, corpus = int(sys.argv[1]), Path(sys.argv[2])
pool = article_pool(corpus)
def docs():
    for r in synthetic_stream(n, pool):
        yield Document(id=r["id"], source=Source("bench"), text=r["text"], title=r["title"], published=r["published"])
peak = TreePeak()
t0 = time.perf_counter()
df = Counter()
for d in docs():  # pass 1: the batch's document frequencies, as the pipeline counts them
    df.update(count_terms(d).counts.keys())
index = StoryIndex(document_frequencies=df, total_documents=n)
stories, day = 0, None
for d in docs():  # pass 2: in publication order, complete stories handed out as the pipeline does
    today = publication_day(d.published)
    if today != day:
        day = today
        stories += len(index.close_before(today))
    index.add(d)
stories += len(index.stories())
seconds = time.perf_counter() - t0
print(json.dumps({"documents": n, "stories": stories, "seconds": seconds, "peak_rss_mb": peak.stop(),
                  "vocabulary": len(df)}))
"""


def _child(code: str, *args: str) -> dict:
    # a file, not -c: the pipeline's worker processes re-import the main module
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(code)
    try:
        out = subprocess.run([sys.executable, fh.name, *args], check=True, capture_output=True, text=True)
    finally:
        os.unlink(fh.name)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- fits and outputs


def previous_rows(path: Path, exclude: set[tuple[str, int]]) -> list[dict]:
    """Measured rows of the (stage, N) pairs not re-run, from an earlier scale.csv."""
    if not path.exists():
        return []
    kept = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if (row["stage"], int(row["n"])) in exclude or row["stage"] not in STAGES or row["measured"] != "True":
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
        # streamed, yet RSS grew a little between the measured sizes: carried forward as a
        # line, the pessimistic reading
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
        label = f"{stage} ({workers} worker{'s' if workers > 1 else ''})"
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
    ap.add_argument("--pipeline-sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--story-sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--workers", type=int, nargs="+", default=[2])
    ap.add_argument("--stages", nargs="+", default=list(STAGES), choices=STAGES,
                    help="stages to measure; measured rows of the stages and sizes not re-run are kept from scale.csv")
    ap.add_argument("--replot", action="store_true",
                    help="measure nothing: redo the extrapolations, plot and fits from scale.csv")
    args = ap.parse_args()
    if args.replot:
        args.stages = []
    rerun = {("pipeline", n) for n in args.pipeline_sizes if "pipeline" in args.stages}
    rerun |= {("stories", n) for n in args.story_sizes if "stories" in args.stages}
    kept = previous_rows(RESULTS / "scale.csv", exclude=rerun)
    previous = json.loads((RESULTS / "scale.json").read_text(encoding="utf-8")) if (RESULTS / "scale.json").exists() else {}
    # every earlier run behind a kept row stays listed (runs of stages since removed are dropped)
    previous_runs = [r for r in previous.get("runs", []) if set(r["stages"]) <= set(STAGES)]
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

    def guess(stage: str, workers: int, n: int) -> float:
        done = [r for r in rows if r["stage"] == stage and r["workers"] == workers]
        fit = fit_slope([(r["n"], r["seconds"]) for r in done]) if len(done) > 1 else None
        return math.exp(fit[1]) * n ** fit[0] if fit else (done[-1]["seconds"] * n / done[-1]["n"] if done else 0)

    def fits(predicted_seconds: float) -> bool:
        return time.perf_counter() + predicted_seconds < deadline

    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.pipeline_sizes if "pipeline" in args.stages else []):
            source = Path(tmp) / f"stream-{n}.jsonl"
            write_jsonl(source, n, pool)
            for workers in args.workers:
                if not fits(guess("pipeline", workers, n)):
                    continue
                out = Path(tmp) / f"out-{n}-{workers}"
                out.mkdir()
                result = _child(_PIPELINE, str(source), str(out), str(workers))
                sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
                add("pipeline", n, workers, result,
                    note=(f"ingest {result['ingest_seconds']:.1f} s, briefing {result['briefing_seconds']:.1f} s; "
                          f"store {sizes.get('ceksilang.db', 0) / 2**20:.0f} MB, "
                          f"briefing.json {sizes.get('briefing.json', 0) / 2**20:.0f} MB"))
                for path in sorted(out.iterdir(), reverse=True):
                    path.unlink() if path.is_file() else None
            source.unlink()
        for n in sorted(args.story_sizes if "stories" in args.stages else []):
            if fits(guess("stories", 1, n)):
                result = _child(_STORIES, str(n), str(corpus), str(HERE))
                add("stories", n, 1, result, note=f"vocabulary {result['vocabulary']} keys")

    rows.extend(kept)
    for stage, workers in sorted({(r["stage"], r["workers"]) for r in rows}):
        measured = {r["n"] for r in rows if r["stage"] == stage and r["workers"] == workers and r["measured"]}
        if len(measured) < 2:
            continue
        for n in SIZES:
            if n not in measured:
                # the pipeline streams: its cost per document is the rate at the largest N measured
                # (a power law through the start-up-bound 1k point would flatter it)
                rows.append(extrapolate(rows, stage, workers, n, per_doc_constant=stage == "pipeline"))
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
    pipeline_rates = [r["docs_per_s"] for r in rows if r["stage"] == "pipeline" and r["measured"]]
    peak = max((r["peak_rss_mb"] for r in rows if r["measured"]), default=None)
    report = {
        "machine": platform.machine(), "cores": os.cpu_count(), "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
        # the measuring runs behind scale.csv; the machine is shared: a load average above the
        # core count means the figures are pessimistic
        "runs": previous_runs + ([{
            "stages": list(args.stages), "sizes": sorted({n for _, n in rerun}), "minutes": round((time.perf_counter() - started) / 60, 1),
            "load_average_start_end": [round(load_before[0], 1), round(os.getloadavg()[0], 1)],
        }] if args.stages else []),
        "stream": {"sources": list(SOURCES), "articles_in_pool": len(pool), "change_rate": CHANGE_RATE,
                   "per_day": PER_DAY},
        "slopes": slopes,
        "goals": {
            "pipeline_docs_per_s_measured_min": min(pipeline_rates, default=None), "pipeline_goal": 100,
            "peak_rss_mb_measured_max": peak, "memory_goal_mb": 1024,
            "story_time_slope": slopes.get("stories/1", {}).get("time_slope"), "story_goal": "near-linear (slope ~1)",
        },
    }
    (RESULTS / "scale.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
