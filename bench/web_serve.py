"""``ceksilang serve`` over a large store, served from the store: startup, memory and load.

    .venv/bin/python bench/web_serve.py build --dir /tmp/web-serve [--docs 100000] [--analysed 30000]
    .venv/bin/python bench/web_serve.py measure --dir /tmp/web-serve [--clients 50] [--duration 60]
    .venv/bin/python bench/web_serve.py replay --dir /tmp/web-serve [--requests 3000]

``build`` (once; the store lives outside the repository, ~1 GB at 100,000 documents):

1. the first ``--analysed`` articles of bench/scale.py's stream (real CNN Indonesia and Tempo
   articles, each copy with a new id, a publication date and 5 % of its words replaced) go
   through ``pipeline.ingest`` (read, clean, extract, store) with 2 workers;
2. the store is filled up to ``--docs`` documents by copying those analysed documents, round
   ``k`` with ids ``<id>~r<k>`` and dates ``k`` spans later (the whole pipeline over 100,000
   documents takes ~15 min of an idle 2-core machine; on a shared one it did not fit the time);
3. the whole-store stages run over all ``--docs`` documents story by story and write the
   served briefing beside the store (``reconcile.briefing.write_served_briefing``: duplicates,
   stories, linking, reconciliation -- what ``analyze`` writes with the briefing files).

``measure`` starts ``ceksilang serve`` (a subprocess, as a user runs it) and times it from the
process start to the first 200 on ``/``; then drives it with bench/web_load.py's load generator
(``--clients`` closed-loop keep-alive clients, its mix of story pages, document pages, the index
with and without a search, and API calls, with a tenth of entity pages added) and samples the server's resident memory every 0.1 s
(and reads its peak, VmHWM, at the end). Results: bench/results/web_serve.json.

``replay`` sends ``measure``'s first requests (``--requests``, same mix, seed and targets) one at a
time to the app in process and reports the CPU each page type costs: a figure that depends on the
code, not on the throughput the shared machine allowed (the more requests a run makes, the more of
them are answered from the page cache). Results: bench/results/web_serve_replay.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = Path(os.environ.get("CEKSILANG_SHARED", REPO.parent / "shared")) / "corpus"
sys.path.insert(0, str(HERE))

from scale import article_pool, write_jsonl  # noqa: E402
from web_load import (MIX, _cpu_seconds, _run_fast, _server_stack, drive, free_port, request_picker,  # noqa: E402
                      sample_targets, stop_server)

# web_load's mix (story 30 %, document 40 %, index 15 %, API 15 %) with a tenth of entity pages
SERVE_MIX = (*((kind, share * 0.9) for kind, share in MIX), ("entity", 0.1))


# --------------------------------------------------------------------------- build


def _shift(published: str | None, days: int) -> str | None:
    if not published or len(published) < 10:
        return published
    return (date.fromisoformat(published[:10]) + timedelta(days=days)).isoformat() + published[10:]


def fill_by_copies(db: Path, total: int) -> int:
    """Copy the store's documents (round k: ids ``<id>~r<k>``, dates k spans later) until it holds
    ``total``; returns how many were copied."""
    from ceksilang.model import Document
    from ceksilang.store import Store, _rename_document

    with Store(db) as store:
        originals = [r[0] for r in store.conn.execute("SELECT id FROM documents WHERE id NOT LIKE '%~r%' ORDER BY id")]
        first, last = store.conn.execute("SELECT MIN(published), MAX(published) FROM documents").fetchone()
        span = (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days + 1
        have = store.count_documents()
        copied, k = 0, 1
        while have < total:
            store.conn.execute("BEGIN")
            for doc_id in originals:
                if have >= total:
                    break
                new_id = f"{doc_id}~r{k}"
                row = store.conn.execute("SELECT source_key, digest, data FROM documents WHERE id = ?", (doc_id,)).fetchone()
                doc = Document.from_dict(json.loads(row[2]))
                _rename_document(doc, new_id)
                doc.published = _shift(doc.published, k * span)
                for t in doc.dates:  # the article's own dates move with it
                    if isinstance(t.value, str):
                        t.value = _shift(t.value, k * span)
                cur = store.conn.execute(
                    "INSERT OR IGNORE INTO documents(id, source_key, digest, outlet, published, language, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)", (new_id, f"{row[0]}#r{k}", row[1], doc.outlet, doc.published,
                                                      doc.language, json.dumps(doc.to_dict(), ensure_ascii=False)))
                have += cur.rowcount
                copied += cur.rowcount
            store.conn.execute("COMMIT")
            k += 1
    return copied


def build(folder: Path, docs: int, analysed: int, workers: int) -> dict:
    from ceksilang.pipeline import ingest, silent_edits_of
    from ceksilang.reconcile.briefing import write_served_briefing
    from ceksilang.render.served import served_path
    from ceksilang.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "ceksilang.db"
    report: dict = {"documents": docs, "analysed": analysed}
    stream = folder / f"stream-{analysed}.jsonl"
    if not db.exists():
        write_jsonl(stream, analysed, article_pool(CORPUS))
        t0 = time.perf_counter()
        with Store(db) as store:
            ingest([str(stream)], store, workers=workers)
        report["ingest_seconds"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    report["copied"] = fill_by_copies(db, docs)
    report["copy_seconds"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    with Store(db) as store:
        report["stored_documents"] = store.count_documents()
        write_served_briefing(store, served_path(db), workers=workers, extra=silent_edits_of(store))
    report["served_briefing_seconds"] = round(time.perf_counter() - t0, 1)
    report["store_mb"] = round(db.stat().st_size / 2**20)
    report["served_mb"] = round(served_path(db).stat().st_size / 2**20)
    (folder / "build.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return report


# --------------------------------------------------------------------------- measure


class MemorySampler:
    """The server's resident memory every ``every`` seconds (Linux /proc), and its peak."""

    def __init__(self, pid: int, every: float = 0.1):
        self.pid, self.every, self.peak_kb, self.samples = pid, every, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            rss = _status_kb(self.pid, "VmRSS")
            if rss is not None:
                self.peak_kb, self.samples = max(self.peak_kb, rss), self.samples + 1
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak_kb / 1024, 1)


def _status_kb(pid: int, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def wait_for_index(base: str, proc: subprocess.Popen, started: float, timeout: float) -> float:
    """Seconds from ``started`` (the process start) to the first 200 on ``/``."""
    while time.perf_counter() - started < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with status {proc.returncode}")
        try:
            with urllib.request.urlopen(base + "/", timeout=5) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.02)
    raise RuntimeError("the server did not come up in time")


def sample_entities(db: Path, n: int = 500, seed: int | None = None) -> list[str]:
    """``n`` entity ids of the served briefing, the most mentioned first half, the rest at random
    (``seed``: the same every time)."""
    import random
    import sqlite3

    from ceksilang.render.served import served_path

    with sqlite3.connect(f"file:{served_path(db)}?mode=ro", uri=True) as conn:
        top = [r[0] for r in conn.execute("SELECT id FROM entity ORDER BY mentions DESC LIMIT ?", (n // 2,))]
        if seed is None:
            rest = [r[0] for r in conn.execute("SELECT id FROM entity ORDER BY random() LIMIT ?", (n - len(top),))]
        else:
            chosen = set(top)
            others = [r[0] for r in conn.execute("SELECT id FROM entity ORDER BY id") if r[0] not in chosen]
            rest = random.Random(seed).sample(others, min(len(others), n - len(top)))
    return top + rest


def measure(folder: Path, clients: int, duration: float, out: Path) -> dict:
    db = folder / "ceksilang.db"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    # the console script ``ceksilang`` runs ``ceksilang.cli:main``
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from ceksilang.cli import main; sys.exit(main())",
                             "serve", "--db", str(db), "--port", str(port)],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        startup = wait_for_index(base, proc, started, 600)
        startup_cpu = _cpu_seconds(proc.pid)
        rss_after_start = round((_status_kb(proc.pid, "VmRSS") or 0) / 1024, 1)
        sampler = MemorySampler(proc.pid)
        load_before = os.getloadavg()
        result = _run_fast(drive(base, clients, duration, proc.pid, mix=SERVE_MIX, entities=sample_entities(db, seed=7)))
        load_after = os.getloadavg()
        peak_sampled = sampler.stop()
        hwm = round((_status_kb(proc.pid, "VmHWM") or 0) / 1024, 1)
    finally:
        stop_server(proc)
    built = json.loads((folder / "build.json").read_text()) if (folder / "build.json").exists() else {}
    goals = {
        "startup_under_2_s": startup < 2.0,
        "peak_rss_at_most_300_mb": hwm <= 300,
        "p99_under_200_ms": all(v["p99_ms"] < 200 and v["errors"] == 0 for v in result["per_type"].values()),
    }
    report = {
        "store": built, "clients": clients, "duration_seconds": duration, "prerendered_kept": kept_pages(folder),
        "server_startup_seconds": round(startup, 2), "server_startup_cpu_seconds": round(startup_cpu, 2),
        "server_rss_mb": {"after_start": rss_after_start, "peak_sampled_during_load": peak_sampled,
                          "peak_vmhwm": hwm},
        "load_average_1m": {"before": round(load_before[0], 2), "after": round(load_after[0], 2)},
        "server": _server_stack(), **result, "goals": goals,
        "python": platform.python_version(), "cpus": os.cpu_count(),
        "note": ("server and load generator share the machine (2 cores, shared with other jobs: see "
                 "load_average_1m); latency includes waiting for a core"),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return report


def kept_pages(folder: Path) -> dict:
    """The pages ``ceksilang prerender`` keeps beside the store (rows per kind, file size), if any."""
    import sqlite3

    path = folder / "ceksilang-pages.db"
    if not path.is_file():
        return {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT CASE WHEN lang = '' THEN 'api' ELSE substr(path, 2, instr(substr(path, 2), '/') - 1)"
                            " END, COUNT(*), SUM(length(body)) FROM page GROUP BY 1").fetchall()
    return {"rows": {k: n for k, n, _ in rows}, "body_mb": round(sum(b for _, _, b in rows) / 2**20, 1),
            "file_mb": round(path.stat().st_size / 2**20, 1)}


def replay(folder: Path, requests: int, out: Path) -> dict:
    """CPU per request and page type, independent of the machine's load and of the throughput:
    ``measure``'s first ``requests`` requests (same mix, same seed, same targets) sent one at a time
    to the app in this process (as ``serve`` runs it: page cache, worker threads, collector
    settings), each timed by the process's CPU clock. A request's CPU includes the in-process
    client's (``floor_ms``: the same client on ``/favicon.ico``, which does nothing)."""
    import asyncio
    import gc

    import httpx

    from ceksilang.web import app as web_app

    async def run() -> dict:
        app = web_app.create_app(folder / "ceksilang.db")
        async with app.router.lifespan_context(app), httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://serve",
                headers={"accept-encoding": "gzip"}, timeout=60.0) as client:
            stories, doc_ids, terms = await sample_targets(client)
            thresholds = getattr(web_app, "GC_THRESHOLDS", None)  # as serve() sets them (earlier versions did not)
            if thresholds:
                gc.freeze()
                gc.set_threshold(*thresholds)
            t0 = time.process_time()
            for _ in range(200):
                await client.get("/favicon.ico")
            floor = (time.process_time() - t0) / 200
            next_request = request_picker(stories, doc_ids, terms, sample_entities(folder / "ceksilang.db", seed=7),
                                          SERVE_MIX)
            cpu: dict[str, list[float]] = {}
            for _ in range(requests):
                kind, path = next_request()
                t0 = time.process_time()
                response = await client.get(path)
                cpu.setdefault(kind, []).append(time.process_time() - t0)
                if response.status_code != 200:
                    raise RuntimeError(f"{path}: {response.status_code}")
            pages = app.state.cache.pages
            ahead = getattr(app.state, "prerendered", None)  # pages rendered ahead (ceksilang prerender)
            return {"requests": requests, "floor_ms": round(floor * 1000, 2),
                    "prerendered": {"answers": ahead.hits if ahead else 0, "kept": kept_pages(folder)},
                    "cpu_ms_per_request": round(1000 * sum(map(sum, cpu.values())) / requests, 2),
                    "per_type_cpu_ms": {k: round(1000 * sum(v) / len(v), 2) for k, v in cpu.items()},
                    "page_cache": {"hits": pages.hits, "misses": pages.misses,
                                   "mb": round(pages.size_bytes / 2**20, 1)},
                    "load_average_1m": round(os.getloadavg()[0], 2)}

    report = asyncio.run(run())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("step", choices=("build", "measure", "replay"))
    ap.add_argument("--dir", type=Path, required=True, help="where the store is (outside the repository)")
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--analysed", type=int, default=30_000, help="documents through the pipeline; the rest copies")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--requests", type=int, default=3000, help="replay: how many of measure's requests")
    ap.add_argument("--out", type=Path, help="default: bench/results/web_serve.json (replay: web_serve_replay.json)")
    args = ap.parse_args(argv)
    if args.step == "build":
        print(json.dumps(build(args.dir, args.docs, args.analysed, args.workers), indent=1))
        return 0
    if args.step == "replay":
        out = args.out or HERE / "results" / "web_serve_replay.json"
        print(json.dumps(replay(args.dir, args.requests, out), indent=1))
        return 0
    args.out = args.out or HERE / "results" / "web_serve.json"
    report = measure(args.dir, args.clients, args.duration, args.out)
    print(json.dumps({k: v for k, v in report.items() if k not in ("per_type", "slowest")}, indent=1))
    for kind, row in report["per_type"].items():
        print(f"{kind:9s} n={row['requests']:6d} err={row['errors']} p50={row['p50_ms']} p95={row['p95_ms']}"
              f" p99={row['p99_ms']} ms")
    return 0 if all(report["goals"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
