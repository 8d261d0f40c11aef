"""The whole job against spaCy's bare tokenizer, side by side on the same 2,000 real articles.

    .venv/bin/python bench/tokenizer_ratio.py [--corpus ../shared/corpus] [--n 2000] [--repeat 2]

The articles: every CNN Indonesia article of ``news/cnn_labeled.csv`` (original case), then the
five-outlet fidelity set (lower-cased) up to ``--n``, written once as JSON Lines. Then, in one
run, alternating so that both see the same machine:

- **baseline**: ``spacy.blank("id")`` with the ``sentencizer`` over the same texts (``nlp.pipe``),
  in a fresh process;
- **ceksilang**: ``ceksilang analyze FILE --out DIR --workers 1 --no-progress`` in a fresh
  process: read, clean, language, extraction, store, whole-store stages, the three outputs.

Both are single processes; each is timed by wall clock and by the CPU seconds of the process and
its children (``os.wait4``), the better of ``--repeat`` runs, and by its peak resident memory (the
largest of the runs). The CPU ratio is the one
to read on a shared machine: other jobs stretch the wall clock of both unevenly. Writes
bench/results/tokenizer_ratio.json.

``--reference COMMIT`` also runs the ``ceksilang`` package of that commit (``git archive``) in the
same rotation (every run starts in the temporary folder: ``python -m`` puts the current folder
first on ``sys.path``, so a run started in the checkout imported the checkout's package whatever
``PYTHONPATH`` said, and the "reference" runs before this fix timed the checkout again), over the same file, and checks that every run's briefing.json is byte-identical to
the reference's apart from the ``generated`` time: a speed-up must not change what the analysis
finds. Without it, the runs of this checkout are checked against each other.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
RESULTS = HERE / "results" / "tokenizer_ratio.json"

_BASELINE = r"""
import json, sys, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.blank("id")
nlp.add_pipe("sentencizer")
n = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))
print(n)
"""


def write_articles(corpus: Path, n: int, path: Path) -> int:
    csv.field_size_limit(1 << 26)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for rel in ("news/cnn_labeled.csv", "news/fidelity_5outlets_2025_labeled.csv"):
            with (corpus / rel).open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    if count >= n:
                        return count
                    out.write(json.dumps({"id": f"a{count}", "text": row["clean_text"], "title": row["title"],
                                          "url": row["url"], "outlet": row["domain"], "published": row["date"]},
                                         ensure_ascii=False) + "\n")
                    count += 1
    return count


def timed(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MiB) of one command run in ``cwd``.

    ``os.wait4`` gives the resource use of this one child (with the children it waited for), so
    the peak memory is the run's own: ``RUSAGE_CHILDREN``'s ``ru_maxrss`` is the largest of every
    child so far, and would report the first big run's peak for every run after it."""
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    _, _, usage = os.wait4(child.pid, 0)
    child.returncode = 0  # reaped by wait4 above; keeps Popen from waiting on a pid that is gone
    wall = time.perf_counter() - t0
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024  # Linux reports ru_maxrss in KiB


_GENERATED = re.compile(rb'^ "generated": "[^"]*",$', re.MULTILINE)


def briefing_bytes(out: Path) -> bytes:
    """briefing.json of a run with its ``generated`` time blanked (the one field that differs
    between two runs over the same input)."""
    path = out / "briefing.json"
    if not path.is_file():
        raise SystemExit(f"{out}: ceksilang analyze wrote no briefing.json")
    data, count = _GENERATED.subn(b' "generated": "",', path.read_bytes(), count=1)
    if count != 1:
        raise SystemExit(f"{path}: no generated time found where the header puts it")
    return data


def export_commit(commit: str, into: Path) -> Path:
    """The ``ceksilang`` package of ``commit``, unpacked under ``into`` (for PYTHONPATH)."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "ceksilang"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--reference", metavar="COMMIT",
                    help="also time this commit's package, and require the same briefing.json as its")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        articles = tmpdir / "articles.jsonl"
        n = write_articles(args.corpus, args.n, articles)
        baseline_script = tmpdir / "baseline.py"
        baseline_script.write_text(_BASELINE, encoding="utf-8")
        runs: dict[str, list[tuple[float, float, float]]] = {"baseline": [], "ceksilang": []}
        envs = {"ceksilang": {**os.environ, "PYTHONPATH": str(REPO)}}
        if args.reference:
            runs["reference"] = []
            envs["reference"] = {**os.environ, "PYTHONPATH": str(export_commit(args.reference, tmpdir / "ref"))}
        briefings: dict[str, list[bytes]] = {name: [] for name in envs}
        load_before = os.getloadavg()[0]
        for i in range(args.repeat):
            runs["baseline"].append(timed([sys.executable, str(baseline_script), str(articles)], cwd=tmpdir))
            for name, env in envs.items():
                out = tmpdir / f"{name}{i}"
                runs[name].append(timed([sys.executable, "-m", "ceksilang.cli", "analyze", str(articles),
                                         "--out", str(out), "--workers", "1", "--no-progress"], env=env,
                                        cwd=tmpdir))
                briefings[name].append(briefing_bytes(out))
                shutil.rmtree(out)
        expected = briefings["reference" if args.reference else "ceksilang"][0]
        identical = all(b == expected for found in briefings.values() for b in found)
    best = {name: (min(w for w, _, _ in r), min(c for _, c, _ in r), max(m for _, _, m in r))
            for name, r in runs.items()}
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": platform.machine(),
        "cores": os.cpu_count(),
        "articles": n,
        "runs": {name: [{"wall_seconds": round(w, 2), "cpu_seconds": round(c, 2), "peak_rss_mib": round(m, 1)}
                        for w, c, m in r]
                 for name, r in runs.items()},
        "best": {name: {"wall_seconds": round(w, 2), "cpu_seconds": round(c, 2),
                        "articles_per_second_wall": round(n / w, 1), "peak_rss_mib_largest_run": round(m, 1)}
                 for name, (w, c, m) in best.items()},
        "ratio_wall": round(best["ceksilang"][0] / best["baseline"][0], 2),
        "ratio_cpu": round(best["ceksilang"][1] / best["baseline"][1], 2),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "briefing_identical": identical,
        "briefing_compared_with": f"commit {args.reference}" if args.reference else "the other runs of this checkout",
    }
    if args.reference:
        result["ratio_cpu_reference"] = round(best["reference"][1] / best["baseline"][1], 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    if not identical:
        print("briefing.json differs between runs: the speed-up changed what the analysis finds", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
