"""Ingest benchmark: read + clean (+ language) in documents per second on the real news corpus.

    .venv/bin/python bench/ingest.py [--corpus ../shared/corpus] [--extract]

Writes bench/results/ingest.json. Extraction is off by default (issue: ingest + clean);
``--extract`` adds the spaCy extraction layer to measure the whole per-document pipeline.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
from pathlib import Path

from ceksilang.pipeline import analyze_raw
from ceksilang.ingest.read import iter_inputs
from ceksilang.model import InputError

HERE = Path(__file__).resolve().parent
FILES = ("news/cnn_labeled.csv", "news/fidelity_5outlets_2025_labeled.csv", "news/tempo.csv")


def run(corpus: Path, extract: bool) -> dict:
    paths = [corpus / f for f in FILES if (corpus / f).exists()]
    field_map = {"text": "clean_text", "published": "date"}
    t0 = time.perf_counter()
    raws = [r for r in iter_inputs(paths, field_map) if not isinstance(r, InputError)]
    t_read = time.perf_counter() - t0
    if extract:  # warm the model outside the timing: a long run pays it once
        analyze_raw(raws[0], extract=True)
    t1 = time.perf_counter()
    chars = 0
    for raw in raws:
        doc = analyze_raw(raw, extract=extract)
        chars += len(doc.text)
    t_clean = time.perf_counter() - t1
    total = t_read + t_clean
    return {
        "documents": len(raws),
        "characters": chars,
        "extract": extract,
        "read_seconds": round(t_read, 3),
        "process_seconds": round(t_clean, 3),
        "docs_per_second": round(len(raws) / total, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "workers": 1,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--extract", action="store_true")
    args = ap.parse_args()
    result = run(Path(args.corpus), args.extract)
    out = HERE / "results" / ("pipeline_1core.json" if args.extract else "ingest.json")
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
