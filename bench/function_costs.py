"""CPU cost of the functions the tokenizer-ratio work changed, against a reference commit.

    .venv/bin/python bench/function_costs.py --reference COMMIT [--corpus ../shared/corpus] [--n 2000] [--repeat 2]

The whole-job bench (``bench/tokenizer_ratio.py``) cannot show a saving of a few percent on a
shared machine: its runs move by more than that with the load. This bench times the functions
themselves, over the same 2,000 articles: ``ceksilang analyze`` stores them once (this checkout),
then the reference's package (``git archive COMMIT ceksilang``) and this checkout's, each in a
fresh process, alternately, read the stored documents and time each function over all of them
(CPU seconds, ``time.process_time``). The output of every call is hashed: the bench fails unless
both packages give the same. Writes bench/results/function_costs.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from tokenizer_ratio import DEFAULT_CORPUS, export_commit, write_articles  # noqa: E402

RESULTS = HERE / "results" / "function_costs.json"
ALIAS_PASSES = 3  # passes of find_name_aliases timed (a run calls it 4 times per document: extraction, linking)


def _measure(store_path: str) -> dict[str, dict[str, object]]:
    """In the child: {function: {"cpu_seconds", "hash"}} over every stored document."""
    from ceksilang.extract.entities import find_name_aliases
    from ceksilang.extract.ner import predict_mentions
    from ceksilang.extract.quantities import find_quantities
    from ceksilang.extract.quotes import find_quotes
    from ceksilang.extract.timex import find_dates
    from ceksilang.reconcile.claims import EntityIndex, figure_readings
    from ceksilang.reconcile.words import words
    from ceksilang.render.json import record_json
    from ceksilang.store import Store
    from ceksilang.text import normalise_space

    with Store(store_path) as store:
        docs = list(store.iter_documents())
    calls = {
        "find_quantities": lambda d: find_quantities(d.id, d.text, None, d.mentions, d.dates, d.language),
        "find_quotes": lambda d: find_quotes(d.id, d.text, None, d.mentions),
        "find_dates": lambda d: find_dates(d.id, d.text, d.published),
        f"find_name_aliases x{ALIAS_PASSES}": lambda d: [find_name_aliases(d.text, d.mentions) for _ in range(ALIAS_PASSES)],
        "Document.to_dict": lambda d: d.to_dict(),
        # the CRF over the document's sentences (features, crfsuite), with the tokenizer's share
        "predict_mentions": lambda d: predict_mentions(d.id, d.text, language=d.language or "id"),
        "normalise_space (every line)": lambda d: [normalise_space(line) for line in d.text.splitlines()],
        "record_json (document record)": lambda d: record_json(d.to_dict()),
        # reconciliation's largest function (speed10), with no entities: the reads around each figure
        "figure_readings": lambda d: figure_readings(d, EntityIndex([]), {d.id: d}),
        "words (every line)": lambda d: [words(line) for line in d.text.splitlines()],
    }
    out = {}
    for name, call in calls.items():
        results = []
        t0 = time.process_time()
        for d in docs:
            results.append(call(d))
        cpu = time.process_time() - t0
        digest = hashlib.sha1(repr(results).encode("utf-8", "surrogatepass")).hexdigest()
        out[name] = {"cpu_seconds": round(cpu, 3), "hash": digest}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", metavar="COMMIT", required=True)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--child", metavar="STORE", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_measure(args.child)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        articles = tmpdir / "articles.jsonl"
        n = write_articles(args.corpus, args.n, articles)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        subprocess.run([sys.executable, "-m", "ceksilang.cli", "analyze", str(articles), "--out", str(tmpdir / "run"),
                        "--workers", "1", "--no-progress"], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        store = tmpdir / "run" / "ceksilang.db"
        envs = {"reference": {**os.environ, "PYTHONPATH": str(export_commit(args.reference, tmpdir / "ref"))},
                "current": env}
        runs: dict[str, list[dict[str, dict[str, object]]]] = {name: [] for name in envs}
        for _ in range(args.repeat):
            for name, child_env in envs.items():
                done = subprocess.run([sys.executable, __file__, "--reference", args.reference, "--child", str(store)],
                                      check=True, env=child_env, capture_output=True, text=True)
                runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    functions = list(runs["current"][0])
    identical = all(r[f]["hash"] == runs["reference"][0][f]["hash"] for rs in runs.values() for r in rs for f in functions)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "articles": n,
        "reference": args.reference,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpu_seconds_best": {f: {name: min(r[f]["cpu_seconds"] for r in rs) for name, rs in runs.items()}
                             for f in functions},
        "cpu_seconds_runs": {f: {name: [r[f]["cpu_seconds"] for r in rs] for name, rs in runs.items()}
                             for f in functions},
        "outputs_identical": identical,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    if not identical:
        print("a function's output differs from the reference's", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
