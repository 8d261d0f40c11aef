"""Memory and time of writing the outputs from the briefing's scratch tables, against N.

    .venv/bin/python bench/briefing_write.py [--sizes 10000 100000 1000000] [--compare-sizes 10000 100000]

``bench/scale.py`` measures the whole job; this isolates its last step, the one that went past
1 GB in the 1M run: ``write_briefing_tables`` reading the scratch tables back into
briefing.json, briefing.md and briefing.html. Building real tables for a million documents
takes hours, so the tables for N documents are N / ``--base`` copies of the story parts of
one real analysis of ``--base`` articles of scale.py's stream, each copy's documents and
stories renamed. Entities keep their ids: as in an archive, the most-named entity's mentions
grow with N (it is what the step used to hold whole). Each N is measured in a fresh process;
``--compare-sizes`` also measures, at those N, briefing.json written with each entity's
mentions as one list (the behaviour before the mentions were streamed). Results go to
bench/results/briefing_write.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

from scale import _TREE_RSS, _child, article_pool, write_jsonl  # noqa: E402

# the story parts' rows, table by table, with the columns a copy renames (documents and
# stories: every id the stream gives starts with "syn-", and story ids contain their first
# document's); SQLite assigns the copies' own seq
_COPIED = {
    "part_story": ("id, undated, start, size, record", "{id}, undated, start, size, {record}"),
    "part_document": ("id, story, duplicate, record", "{id}, {story}, duplicate, {record}"),
    "part_flat": ("kind, doc, seq, record", "kind, {doc}, seq, {record}"),
    "part_entity": ("id, mentions, record", "id, mentions, record"),
    "part_entity_mention": ("entity, doc, start_char, end_char, text", "entity, {doc}, start_char, end_char, text"),
    "part_claim": ("story, n, record", "{story}, n, {record}"),
    "part_discrepancy": ("story, score, record", "{story}, score, {record}"),
    "part_timeline": ("story, start, precision, text, record", "{story}, start, precision, text, {record}"),
}

_MEASURE = _TREE_RSS + r"""
import json, sys, time
from pathlib import Path
from ceksilang.reconcile.tables import BriefingTables
from ceksilang.render import write_briefing_tables
from ceksilang.render.json import briefing_header, write_json_sections

tables_path, out, mode = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
peak = TreePeak(every=0.05)
seconds, peaks = {}, {}
with BriefingTables(tables_path) as tables:
    for fmt in ("json", "md", "html") if mode == "streamed" else ("json",):
        peak.peak_kb = 0  # each output's own peak
        t0 = time.perf_counter()
        if mode == "streamed":
            write_briefing_tables(tables, [], out, (fmt,))
        else:  # each entity's mentions held as one list, as before they were streamed
            write_json_sections(briefing_header(), tables.sections([], lazy=False), tables.stats(0),
                                out / "briefing.json")
        seconds[fmt], peaks[fmt] = round(time.perf_counter() - t0, 1), round(peak.peak_kb / 1024, 1)
    largest = tables.conn.execute(
        "SELECT COUNT(*) FROM part_entity_mention GROUP BY entity ORDER BY 1 DESC LIMIT 1").fetchone()[0]
    counts = {s: tables.count(s) for s in ("documents", "stories", "entities", "mentions", "claims")}
print(json.dumps({"seconds": seconds, "peak_rss_mb": peaks, "largest_entity_mentions": largest, "counts": counts,
                  "sizes_mb": {p.name: round(p.stat().st_size / 2**20) for p in out.iterdir()}}))
"""


def build_base(corpus: Path, base: int, work: Path) -> Path:
    """Scratch tables of one real analysis of ``base`` articles of the scale stream."""
    from ceksilang.reconcile.briefing import iter_story_parts
    from ceksilang.reconcile.tables import BriefingTables
    from ceksilang.pipeline import ingest
    from ceksilang.store import Store

    source = work / "base.jsonl"
    write_jsonl(source, base, article_pool(corpus))
    path = work / "base-tables.db"
    with Store(work / "base.db") as store:
        ingest([str(source)], store, workers=2)
        with BriefingTables(path) as tables:
            for part in iter_story_parts(store, scratch=work / "dedup.db", workers=2):
                tables.add(part)
    return path


def replicate(base: Path, copies: int, path: Path) -> None:
    """``copies`` renamed copies of the base tables' rows in a new scratch-table file."""
    from ceksilang.reconcile.tables import BriefingTables

    BriefingTables(path).close()  # the schema, with its indexes
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("ATTACH DATABASE ? AS base", (str(base),))
    for k in range(copies):
        renamed = {col: f"replace({col}, 'syn-', 'r{k}-syn-')" for col in ("id", "story", "doc", "record")}
        conn.execute("BEGIN")
        for table, (columns, values) in _COPIED.items():
            conn.execute(f"INSERT INTO main.{table}({columns}) SELECT {values.format(**renamed)} FROM base.{table}")
        conn.execute("COMMIT")
    conn.close()


def measure(tables: Path, out: Path, mode: str) -> dict:
    out.mkdir()
    try:
        return _child(_MEASURE, str(tables), str(out), mode)
    finally:
        shutil.rmtree(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--base", type=int, default=2_000, help="articles analysed for real")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--compare-sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--work", help="folder for the tables (default: a temporary one); needs ~20 GB at 1M")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        work = Path(tmp)
        t = time.perf_counter()
        base = build_base(Path(args.corpus), args.base, work)
        print(f"base of {args.base} articles analysed in {time.perf_counter() - t:.0f} s", flush=True)
        for n in sorted(set(args.sizes) | set(args.compare_sizes)):
            tables = work / f"tables-{n}.db"
            t = time.perf_counter()
            replicate(base, max(1, n // args.base), tables)
            built = time.perf_counter() - t
            modes = ["streamed"] + (["as one list"] if n in args.compare_sizes else [])
            for mode in modes:
                result = measure(tables, work / "out", mode)
                rows.append({"n": n, "mode": mode, "tables_mb": round(tables.stat().st_size / 2**20),
                             "build_seconds": round(built, 1), "seconds": result["seconds"],
                             "peak_rss_mb": result["peak_rss_mb"],
                             "largest_entity_mentions": result["largest_entity_mentions"],
                             "counts": result["counts"], "sizes_mb": result["sizes_mb"]})
                print(json.dumps(rows[-1]), flush=True)
            tables.unlink()
    RESULTS.mkdir(exist_ok=True)
    report = {"machine": platform.machine(), "cores": os.cpu_count(), "python": platform.python_version(),
              "date": time.strftime("%Y-%m-%d"), "base_articles": args.base, "load_average_end": os.getloadavg()[0],
              "rows": rows}
    (RESULTS / "briefing_write.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
