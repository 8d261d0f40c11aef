"""CPU of the figure pass (``reconcile.claims.figure_readings``) over every document of a store, with a hash of its
output, so that two packages can be compared run for run.

    PYTHONPATH=CHECKOUT .venv/bin/python bench/figure_pass.py STORE [--repeat 3] [--profile] [--sample]

``STORE`` is the ceksilang.db an ``analyze`` run of the bench's 2,000 articles wrote (its documents are read once,
then the pass runs ``--repeat`` times; the least CPU is printed, with every run's). Run it with main's package and a
branch's alternately (``PYTHONPATH`` chooses): the hashes must be equal, and only CPU seconds of runs made side by
side compare on a shared machine. ``--profile``: also the cProfile cumulative seconds of ``figure_readings`` (one
more pass, under the profiler). ``--sample``: also a 1 ms SIGPROF sampler's counts of the ceksilang functions on the
stack (inclusive, own), which spreads the pass's time with far less overhead than cProfile's.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import hashlib
import json
import pstats
import signal
import time
from types import FrameType

from ceksilang.reconcile.claims import EntityIndex, figure_readings, reconcile_words
from ceksilang.store import Store


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--sample", action="store_true")
    args = ap.parse_args(argv)
    with Store(args.store) as store:
        docs = list(store.iter_documents())
    rw = reconcile_words()

    def run() -> list:
        return [figure_readings(d, EntityIndex([]), {d.id: d}, rw) for d in docs]

    cpus = []
    readings: list = []
    for _ in range(args.repeat):
        t0 = time.process_time()
        readings = run()
        cpus.append(round(time.process_time() - t0, 3))
    result: dict[str, object] = {
        "documents": len(docs), "readings": sum(map(len, readings)), "cpu_seconds": min(cpus), "runs": cpus,
        "hash": hashlib.sha1(repr(readings).encode("utf-8", "surrogatepass")).hexdigest()[:12]}
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(run)
        stats = pstats.Stats(prof)
        result["cprofile_cumulative_figure_readings"] = round(
            next(v[3] for k, v in stats.stats.items() if k[2] == "figure_readings"), 3)  # type: ignore[attr-defined]
    if args.sample:
        inclusive: collections.Counter[str] = collections.Counter()
        own: collections.Counter[str] = collections.Counter()

        def tick(_sig: int, frame: FrameType | None) -> None:
            seen: set[str] = set()
            top = True
            while frame is not None:
                code = frame.f_code
                if "ceksilang" in code.co_filename:
                    key = f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}"
                    own[key] += top
                    top = False
                    if key not in seen:
                        inclusive[key] += 1
                        seen.add(key)
                frame = frame.f_back

        signal.signal(signal.SIGPROF, tick)
        signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
        run()
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        result["samples_inclusive_own"] = {k: [v, own[k]] for k, v in inclusive.most_common(30)}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
