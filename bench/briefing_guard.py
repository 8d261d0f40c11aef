"""A speed-up's guard: the same briefing.json as a kept reference, and the CPU seconds of both, side by side.

    .venv/bin/python bench/briefing_guard.py ARTICLES --expected REF_DIR [--reference COMMIT] [--pairs 2]

``ARTICLES`` is the bench's file (``bench/tokenizer_ratio.py`` writes it: CNN Indonesia, then the
fidelity set, 2,000 articles) or any input ``ceksilang analyze`` reads. ``REF_DIR`` holds the
briefing.json that the reference code wrote for it (an ``analyze --out REF_DIR`` run of that code,
kept once). Each run of this checkout (``ceksilang analyze ARTICLES --workers 1``, a fresh process
started outside the checkout) must give that briefing.json byte for byte, apart from the
``generated`` time; the guard exits 1 otherwise.

``--reference COMMIT`` also runs that commit's package (``git archive``) in the same rotation,
alternating with this checkout's, so that both see the same machine: the CPU seconds of each run
(user + system of the process, ``os.wait4``) are then comparable pair by pair on a shared machine,
where the wall clock is not. Prints one JSON object; ``--out FILE`` also writes it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from tokenizer_ratio import briefing_bytes, export_commit, timed  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", type=Path)
    ap.add_argument("--expected", type=Path, required=True, help="folder holding the reference's briefing.json")
    ap.add_argument("--reference", metavar="COMMIT", help="also time this commit's package, alternately")
    ap.add_argument("--pairs", type=int, default=1, help="runs of each package")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    if args.pairs < 1:  # (mend63) no run would make an empty, "identical" result
        ap.error("--pairs must be 1 or more: the guard passes only on runs it made")
    expected = briefing_bytes(args.expected)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        envs = {"current": {**os.environ, "PYTHONPATH": str(REPO)}}
        if args.reference:
            envs = {"reference": {**os.environ, "PYTHONPATH": str(export_commit(args.reference, tmpdir / "ref"))},
                    **envs}
        runs: dict[str, list[dict[str, float | bool]]] = {name: [] for name in envs}
        load_before = os.getloadavg()[0]
        for i in range(args.pairs):
            for name, env in envs.items():
                out = tmpdir / f"{name}{i}"
                wall, cpu, peak = timed([sys.executable, "-m", "ceksilang.cli", "analyze", str(args.articles.resolve()),
                                         "--out", str(out), "--workers", "1", "--no-progress"], env=env, cwd=tmpdir)
                runs[name].append({"cpu_seconds": round(cpu, 2), "wall_seconds": round(wall, 2),
                                   "peak_rss_mib": round(peak, 1), "identical": briefing_bytes(out) == expected})
                shutil.rmtree(out)
    result: dict[str, object] = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "articles": str(args.articles),
        "expected": str(args.expected),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "runs": runs,
        # (all() of no runs is True: a guard that ran nothing must not pass)
        "current_identical": bool(runs["current"]) and all(r["identical"] for r in runs["current"]),
    }
    if args.reference:
        result["reference"] = args.reference
        result["cpu_current_minus_reference_by_pair"] = [
            round(float(c["cpu_seconds"]) - float(r["cpu_seconds"]), 2)
            for r, c in zip(runs["reference"], runs["current"])]
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    if not result["current_identical"]:
        print("briefing.json differs from the expected one: the change altered what the analysis finds",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
