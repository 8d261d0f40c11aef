"""CPU seconds of everything ``analyze`` does after ingest, on a store ingested once.

    .venv/bin/python bench/post_ingest.py ARTICLES.jsonl --store STORE.db --out DIR [--profile FILE]

The first call ingests ``ARTICLES`` into ``STORE`` (kept); every call copies that store to a
temporary folder (the briefing writes documents back, and the next run must start from the
ingested state) and runs ``write_store_briefing`` on the copy with the arguments ``analyze``
passes, one worker. Prints the CPU seconds of that call (``time.process_time``); ``--profile``
writes a cProfile of it (timed by CPU, not the wall clock, so other jobs do not stretch it).
briefing.json lands in ``DIR`` to be compared between versions.
"""

from __future__ import annotations

import argparse
import cProfile
import shutil
import tempfile
import time
from pathlib import Path


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
    if not store_path.exists():
        with Store(store_path) as store:
            ingest([args.articles], store, workers=1)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "ceksilang.db"
        shutil.copy(store_path, db)
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
