"""Whole per-document pipeline (read → clean → language → extract → store) on the real news corpus.

    .venv/bin/python bench/pipeline.py [--corpus ../shared/corpus] [--workers 1 2]

For each worker count: a fresh store, every article of the news CSVs ingested, documents per
second and peak memory (this process and its worker processes). Writes bench/results/pipeline.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ("news/cnn_labeled.csv", "news/fidelity_5outlets_2025_labeled.csv", "news/tempo.csv")

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from ceksilang.pipeline import ingest
from ceksilang.store import Store
paths, db, workers = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
with Store(db) as store:
    s = ingest(paths, store, {"text": "clean_text", "published": "date"}, workers=workers)
    t_ingest = time.perf_counter() - t0
    t1 = time.perf_counter()
    from ceksilang.pipeline import build_briefing
    briefing = build_briefing(store)
    t_brief = time.perf_counter() - t1
print(json.dumps({"read": s.read, "failed": s.failed, "ingest_seconds": round(t_ingest, 2),
                  "briefing_seconds": round(t_brief, 2), "stories": len(briefing.stories),
                  "discrepancies": len(briefing.discrepancies),
                  "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "peak_rss_mb_workers": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}))
"""


def run(corpus: Path, workers: int) -> dict:
    paths = [str(corpus / f) for f in FILES if (corpus / f).exists()]
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(paths), str(Path(tmp) / "s.db"), str(workers)],
                             check=True, capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["workers"] = workers
    result["docs_per_second_ingest"] = round(result["read"] / result["ingest_seconds"], 1)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    results = [run(Path(args.corpus), w) for w in args.workers]
    report = {"machine": platform.machine(), "cores": __import__("os").cpu_count(), "python": platform.python_version(),
              "date": time.strftime("%Y-%m-%d"), "runs": results}
    (HERE / "results" / "pipeline.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
