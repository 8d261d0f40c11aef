"""The whole job on the real news corpus: read → clean → language → extract → store, then the briefing.

    .venv/bin/python bench/pipeline.py [--corpus ../shared/corpus] [--workers 1 2]
    .venv/bin/python bench/pipeline.py --profile 500

For each worker count: a fresh store, every article of the news CSVs ingested and the briefing
written as ``ceksilang analyze`` writes it; documents per second, the ingest / briefing split and
peak memory (this process, and its largest worker process). Writes bench/results/pipeline.json.
The machine is shared, so wall time is noisy: CPU seconds and the load average are recorded next
to it.

``--profile N``: CPU time per stage (no profiler) and a cProfile top-15 (by own CPU time) of
``analyze_raw`` + ``Store.put_document`` over the first N CNN articles, after a warm-up on a few
others, printed as Markdown (the tables of bench/results/profile.md).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
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
from ceksilang.reconcile.briefing import write_store_briefing
from ceksilang.store import Store

def main():
    paths, db, workers = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    t0 = time.perf_counter()
    c0 = time.process_time()
    with Store(db) as store:
        s = ingest(paths, store, {"text": "clean_text", "published": "date"}, workers=workers)
        t_ingest = time.perf_counter() - t0
        cpu_main = time.process_time() - c0
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_workers = children.ru_utime + children.ru_stime
        t1 = time.perf_counter()
        written = write_store_briefing(store, Path(db).parent / "out", workers=workers)
        t_brief = time.perf_counter() - t1
    data = json.loads((Path(db).parent / "out" / "briefing.json").read_text(encoding="utf-8"))
    print(json.dumps({"read": s.read, "failed": s.failed, "ingest_seconds": round(t_ingest, 2),
                      "ingest_cpu_seconds_main": round(cpu_main, 2), "ingest_cpu_seconds_workers": round(cpu_workers, 2),
                      "briefing_seconds": round(t_brief, 2), "stories": written.stories,
                      "discrepancies": len(data["discrepancies"]),
                      "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                      "peak_rss_mb_workers": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}))

if __name__ == "__main__":
    main()
"""


def run(corpus: Path, workers: int) -> dict:
    paths = [str(corpus / f) for f in FILES if (corpus / f).exists()]
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        # a file, not -c: the worker processes re-import the main module
        child = Path(tmp) / "child.py"
        child.write_text(_CHILD, encoding="utf-8")
        out = subprocess.run([sys.executable, str(child), json.dumps(paths), str(Path(tmp) / "s.db"), str(workers)],
                             check=True, capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["workers"] = workers
    result["docs_per_second_ingest"] = round(result["read"] / result["ingest_seconds"], 1)
    # the whole job as `ceksilang analyze` runs it: ingest, then the streamed briefing
    result["docs_per_second_whole"] = round(result["read"] / (result["ingest_seconds"] + result["briefing_seconds"]), 1)
    cpu = result["ingest_cpu_seconds_main"] + result["ingest_cpu_seconds_workers"]
    result["cpu_ms_per_doc_ingest"] = round(1000 * cpu / max(result["read"], 1), 2)
    result["load_average_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]  # before, after
    return result


def _cnn_raws(corpus: Path, n: int) -> list:
    from ceksilang.model import RawDocument
    from ceksilang.ingest.read import iter_inputs

    raws = []
    for item in iter_inputs([corpus / "news" / "cnn_labeled.csv"], field_map={"text": "clean_text", "published": "date"}):
        if isinstance(item, RawDocument):
            raws.append(item)
            if len(raws) >= n:
                break
    return raws


def profile(corpus: Path, n: int, top: int = 15) -> str:
    """Markdown: CPU ms per document by stage, then the cProfile top ``top`` by own time."""
    from ceksilang.ingest.clean import clean_document
    from ceksilang.extract.pipeline import _fill, _make_doc, default_pipeline
    from ceksilang.ingest.langid import detect_language
    from ceksilang.pipeline import analyze_raw
    from ceksilang.store import Store, digest_text

    warm, raws = _cnn_raws(corpus, n + 20)[n:], _cnn_raws(corpus, n)
    nlp = default_pipeline()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
        for raw in warm:  # loads every model and word list
            store.put_document(analyze_raw(raw), digest_text(raw.text))
        # per stage, no profiler: what each costs at full speed
        stages: dict[str, float] = {}

        def timed(name, fn, *args):
            t = time.process_time()
            out = fn(*args)
            stages[name] = stages.get(name, 0.0) + time.process_time() - t
            return out

        c0 = time.process_time()
        for raw in raws:
            digest = timed("digest", digest_text, raw.text)
            doc = timed("clean", clean_document, raw)
            doc.language = timed("language", detect_language, doc.text)
            sdoc = timed("spaCy make_doc", _make_doc, nlp, doc)
            for name, proc in nlp.pipeline:
                sdoc = timed(name, proc, sdoc)
            timed("fill", _fill, doc, sdoc)
            timed("store put_document", store.put_document, doc, digest)
        cpu = time.process_time() - c0
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for raw in raws:
            store.put_document(analyze_raw(raw), digest_text(raw.text))
        profiler.disable()
    lines = [f"{len(raws)} CNN articles, load average {os.getloadavg()[0]:.2f}: "
             f"{1000 * cpu / len(raws):.2f} CPU ms per article without profiler", "",
             "| stage | CPU ms/article |", "|---|---:|"]
    lines += [f"| {k} | {1000 * v / len(raws):.2f} |" for k, v in sorted(stages.items(), key=lambda kv: -kv[1])]
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = stats.total_tt
    lines += ["", f"cProfile (CPU clock, {total:.2f} s in all, {1000 * total / len(raws):.1f} ms/article "
              "with profiler overhead), top by own time:", "",
              "| own s | cumulative s | calls | function |", "|---:|---:|---:|---|"]
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]
    for (file, line, fn), (_cc, calls, own, cum, _callers) in rows:
        where = file.split("site-packages/")[-1].split("ceksilang/")[-1] if file != "~" else ""
        lines.append(f"| {own:.2f} | {cum:.2f} | {calls} | `{where}:{line}({fn})` |" if where else
                     f"| {own:.2f} | {cum:.2f} | {calls} | `{fn}` |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--profile", type=int, metavar="N", help="print the per-stage and cProfile tables over N articles")
    args = ap.parse_args()
    if args.profile:
        print(profile(Path(args.corpus), args.profile))
        return
    results = [run(Path(args.corpus), w) for w in args.workers]
    report = {"machine": platform.machine(), "cores": __import__("os").cpu_count(), "python": platform.python_version(),
              "date": time.strftime("%Y-%m-%d"), "runs": results}
    (HERE / "results" / "pipeline.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
