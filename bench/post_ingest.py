"""CPU seconds of everything ``analyze`` does after ingest, on a store ingested once.

    .venv/bin/python bench/post_ingest.py ARTICLES.jsonl --store STORE.db --out DIR [--profile FILE]

The first call ingests ``ARTICLES`` into ``STORE`` (kept, with a digest of the package's code and
data); a later call reuses it only when that digest is the current one, and ingests again
otherwise (what ingest stores changes with the code). Every call copies the store with SQLite's
backup API (the store is in WAL mode: pages still in ``STORE-wal`` are copied too) to a temporary
folder (the briefing writes documents back, and the next run must start from the ingested state)
and runs ``write_store_briefing`` on the copy with the arguments ``analyze`` passes, one worker. Prints the CPU seconds of that call (``time.process_time``); ``--profile``
writes a cProfile of it (timed by CPU, not the wall clock, so other jobs do not stretch it).
briefing.json lands in ``DIR`` to be compared between versions.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import sqlite3
import tempfile
import time
from contextlib import closing
from pathlib import Path

CODE_KEY = "bench_code_digest"  # the meta row of the store that says which code ingested it


def code_digest(package: Path | None = None) -> str:
    """A digest of every file of the ``ceksilang`` package (code, word data, models), by path and
    content: it changes whenever what ingest stores may change."""
    package = package or Path(__file__).resolve().parent.parent / "ceksilang"
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(package)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def _ingested_by(store_path: Path) -> str | None:
    """The code digest a store was ingested with (None: not recorded, or no store)."""
    if not store_path.exists():
        return None
    with closing(sqlite3.connect(store_path)) as conn:
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (CODE_KEY,)).fetchone()
        except sqlite3.DatabaseError:
            return None
    return row[0] if row else None


def _remove_store(store_path: Path) -> None:
    """The store and its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(store_path) + suffix).unlink(missing_ok=True)


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a store in WAL mode: SQLite's backup API reads the pages still in the
    ``-wal`` file too, which a copy of the ``.db`` file alone would miss."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("articles")
    p.add_argument("--store", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--profile")
    args = p.parse_args(argv)

    from ceksilang.factcheck.briefing import annotator_for
    from ceksilang.pipeline import ingest, silent_edits_of
    from ceksilang.reconcile.briefing import write_store_briefing
    from ceksilang.render.served import served_path
    from ceksilang.store import Store

    store_path = Path(args.store)
    digest = code_digest()
    if _ingested_by(store_path) != digest:
        _remove_store(store_path)  # ingested by other code (or by no known code): ingest again
        with Store(store_path) as store:
            ingest([args.articles], store, workers=1)
            store.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (CODE_KEY, digest))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "ceksilang.db"
        copy_store(store_path, db)
        with Store(db) as store:
            def run() -> None:
                write_store_briefing(store, args.out, formats=("json", "md", "html"), workers=1,
                                     annotate=annotator_for(db), extra=silent_edits_of(store),
                                     served=served_path(db))
            start = time.process_time()
            if args.profile:
                profiler = cProfile.Profile(time.process_time)
                profiler.runcall(run)
                profiler.dump_stats(args.profile)
            else:
                run()
            print(f"post-ingest CPU s: {time.process_time() - start:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
