"""The whole job at one N in two processes: ingest, then the briefing, each measured alone.

    .venv/bin/python bench/phases.py --size 1000000 --work /big/disk [--keep]

``bench/scale.py`` runs the whole job in one process, which at 1M takes about 2.7 hours and
is lost whole if anything stops it. This runs the same two calls, ``pipeline.ingest`` and then
``render.write_store_briefing`` (2 workers), each in a fresh process over the same store, with
the same tree sampler (the process and its workers, every 0.2 s). ``--briefing-only`` runs the
briefing again over the store an earlier ``--keep`` run left in ``--work``.

Is the sum of the two the one-process job? The main process of ``ceksilang analyze`` ends the
ingest with what a fresh process starts with (per-process samples of the 1M runs: 95 MB at the
end of the ingest, 93-98 MB at the start of the briefing), so the job's peak is the larger of
the two peaks, and its time their sum. Results go to bench/results/phases.json (``--results``).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

from scale import _TREE_RSS, _child, article_pool, write_jsonl  # noqa: E402

_PHASE = _TREE_RSS + r"""
import json, sys
from ceksilang.store import Store

def main():
    phase, source, out = sys.argv[1], sys.argv[2], sys.argv[3]
    peak = TreePeak()
    t0 = time.perf_counter()
    with Store(out + "/ceksilang.db") as store:
        if phase == "ingest":
            from ceksilang.pipeline import ingest
            s = ingest([source], store, workers=2)
            result = {"documents": s.read, "failed": s.failed}
        else:
            from ceksilang.reconcile.briefing import write_store_briefing
            w = write_store_briefing(store, out, workers=2)
            result = {"documents": w.documents, "stories": w.stories}
    result.update(phase=phase, seconds=round(time.perf_counter() - t0, 1), peak_rss_mb=round(peak.stop(), 1))
    print(json.dumps(result), flush=True)

if __name__ == "__main__":
    main()
"""


def run_phases(size: int, corpus: Path, work: Path, briefing_only: bool = False) -> dict:
    source, out = work / "stream.jsonl", work / "out"
    results: dict = {"n": size}
    if not briefing_only:
        write_jsonl(source, size, article_pool(corpus))
        out.mkdir(parents=True, exist_ok=True)
        results["ingest"] = _child(_PHASE, "ingest", str(source), str(out))
        print(json.dumps(results["ingest"]), flush=True)
    results["briefing"] = _child(_PHASE, "briefing", str(source), str(out))
    print(json.dumps(results["briefing"]), flush=True)
    results["sizes_mb"] = {p.name: round(p.stat().st_size / 2**20) for p in out.iterdir() if p.is_file()}
    if "ingest" in results:
        seconds = results["ingest"]["seconds"] + results["briefing"]["seconds"]
        results["whole_job"] = {"seconds": round(seconds, 1), "docs_per_s": round(size / seconds, 1),
                                "peak_rss_mb": max(results["ingest"]["peak_rss_mb"],
                                                   results["briefing"]["peak_rss_mb"])}
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--work", help="folder for the stream, store and outputs (about 45 GB at 1M)")
    ap.add_argument("--briefing-only", action="store_true", help="re-run the briefing over --work's kept store")
    ap.add_argument("--keep", action="store_true", help="keep the store and outputs in --work")
    ap.add_argument("--results", default=str(RESULTS / "phases.json"), help="where the JSON goes")
    args = ap.parse_args()
    if args.briefing_only and not args.work:
        ap.error("--briefing-only needs --work, where an earlier run kept its store")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="ceksilang-phases-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = run_phases(args.size, Path(args.corpus), work, args.briefing_only)
    finally:
        if not args.keep and not args.briefing_only:
            shutil.rmtree(work / "out", ignore_errors=True)
            (work / "stream.jsonl").unlink(missing_ok=True)
    results.update(date=time.strftime("%Y-%m-%d"), machine=f"{platform.machine()}, {platform.python_version()}")
    Path(args.results).parent.mkdir(parents=True, exist_ok=True)
    Path(args.results).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results.get("whole_job", results["briefing"])))


if __name__ == "__main__":
    main()
