"""Near-duplicate lookup cost as the stream grows: ``dedup.DuplicateIndex`` with its caps and without.

    .venv/bin/python bench/dedup.py [--corpus ../shared/corpus] [--n 200000] [--step 25000]

The stream is ``bench/scale.py``'s: real articles reprinted at 300 a day with 5% of words
changed, so each article has many copies that are similar (Jaccard about 0.6) without being
duplicates. The fingerprints (MinHash) are worked out first and not timed; then each variant
feeds them, in order, to an index in a scratch SQLite file as the briefing's first pass does.
Writes bench/results/dedup.json and dedup.md: microseconds per document over each step of
``--step`` documents, duplicates found, and the bytes read from the scratch file.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scale import RESULTS, article_pool, synthetic_stream  # noqa: E402

from ceksilang.reconcile.dedup import DuplicateIndex, fingerprint  # noqa: E402
from ceksilang.model import Document, Source  # noqa: E402
from ceksilang.settings import Settings  # noqa: E402

VARIANTS = {
    "capped (defaults)": Settings(),
    "uncapped": Settings(duplicate_bucket_max=10**9, duplicate_max_candidates=10**9),
}


def _read_bytes() -> int:
    with open("/proc/self/io") as fh:
        return int(fh.readline().split()[1])  # rchar


def run_variant(prints: list, settings: Settings, step: int, scratch: Path) -> dict:
    conn = sqlite3.connect(str(scratch), isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")  # as the briefing's scratch database
    conn.execute("PRAGMA synchronous=OFF")
    index = DuplicateIndex(conn, settings)
    conn.execute("BEGIN")
    per_step, duplicates = [], 0
    read0, start = _read_bytes(), time.perf_counter()
    last = start
    for i, (doc_id, found) in enumerate(prints, start=1):
        duplicates += index.check_fingerprint(doc_id, found) is not None
        if i % step == 0 or i == len(prints):
            now = time.perf_counter()
            per_step.append({"documents": i, "us_per_document": round((now - last) / (i - (len(per_step) * step)) * 1e6)})
            last = now
    conn.execute("COMMIT")
    conn.close()
    return {"seconds": round(time.perf_counter() - start, 1), "duplicates": duplicates,
            "read_mb": round((_read_bytes() - read0) / 2**20), "steps": per_step}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--step", type=int, default=25_000)
    args = ap.parse_args()
    pool = article_pool(Path(args.corpus))
    t0 = time.perf_counter()
    prints = []
    for record in synthetic_stream(args.n, pool):
        found = fingerprint(Document(id=record["id"], source=Source("bench"), text=record["text"]))
        if found is not None:
            prints.append((record["id"], found))
    fingerprint_seconds = time.perf_counter() - t0
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, settings in VARIANTS.items():
            results[name] = run_variant(prints, settings, args.step, Path(tmp) / "scratch.db")
            os.unlink(Path(tmp) / "scratch.db")
            print(name, json.dumps(results[name]), flush=True)
    report = {"documents": len(prints), "articles_in_pool": len(pool), "fingerprint_seconds": round(fingerprint_seconds, 1),
              "date": time.strftime("%Y-%m-%d"), "cores": os.cpu_count(), "variants": results}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "dedup.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Near-duplicate lookup cost as the stream grows",
        "",
        f"`bench/dedup.py --n {args.n}`: {len(prints):,} documents of the scale bench's stream "
        f"({len(pool)} articles reprinted with 5% of words changed), fed in order to `DuplicateIndex` "
        "in a scratch SQLite file. Microseconds per document over each step:",
        "",
        "| documents | " + " | ".join(VARIANTS) + " |",
        "|---:|" + "---:|" * len(VARIANTS),
    ]
    for row in range(len(results["uncapped"]["steps"])):
        cells = [f"{results[name]['steps'][row]['us_per_document']:,}" for name in VARIANTS]
        lines.append(f"| {results['uncapped']['steps'][row]['documents']:,} | " + " | ".join(cells) + " |")
    lines += ["", "| | " + " | ".join(VARIANTS) + " |", "|---|" + "---:|" * len(VARIANTS)]
    for key, label in (("seconds", "seconds"), ("duplicates", "duplicates found"), ("read_mb", "MB read from the scratch file")):
        lines.append(f"| {label} | " + " | ".join(f"{results[name][key]:,}" for name in VARIANTS) + " |")
    (RESULTS / "dedup.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
