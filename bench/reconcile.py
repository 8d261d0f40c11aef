"""Reconciliation cost against corpus size: duplicates → linking → stories → spun copies → reconcile.

    .venv/bin/python bench/reconcile.py [--sizes 1000 10000 100000] [--base 400]

Real articles (the news CSVs of ../shared/corpus) are analysed once (``--base`` of them); the
N-document corpora are made by replicating those analysed documents with new ids, publication
dates shifted by whole weeks and one figure changed, so the replicas form new stories instead
of collapsing into duplicates of the originals. Each N runs in a fresh process; the times of
each whole-store stage and the peak memory go to bench/results/reconcile.json, with the
log-log slope of total time against N.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import pickle
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
CSV = "news/cnn_labeled.csv"

_CHILD = r"""
import pickle, resource, sys, time, json
from ceksilang.reconcile.dedup import link_duplicates
from ceksilang.reconcile.link import link_entities
from ceksilang.reconcile.stories import group_stories
from ceksilang.reconcile.derive import mark_derived
from ceksilang.reconcile.story import reconcile
sys.path.insert(0, sys.argv[3])
from reconcile import replicate
base = pickle.load(open(sys.argv[1], "rb"))
docs = replicate(base, int(sys.argv[2]))
times = {}
t = time.perf_counter(); link_duplicates(docs); times["duplicates"] = time.perf_counter() - t
t = time.perf_counter(); link_entities(docs); times["link_first_pass"] = time.perf_counter() - t
t = time.perf_counter(); stories = group_stories(docs); times["stories"] = time.perf_counter() - t
story_of = {d: s.id for s in stories for d in s.docs}
t = time.perf_counter(); entities = link_entities(docs, story_of); times["link"] = time.perf_counter() - t
t = time.perf_counter(); mark_derived(docs, stories=stories); times["derived"] = time.perf_counter() - t
t = time.perf_counter(); result = reconcile(docs, entities, stories); times["reconcile"] = time.perf_counter() - t
print(json.dumps({"documents": len(docs), "stories": len(stories), "claims": len(result.claims),
                  "discrepancies": len(result.discrepancies),
                  "seconds": {k: round(v, 2) for k, v in times.items()},
                  "total_seconds": round(sum(times.values()), 2),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


_WORDS = __import__("re").compile(r"[a-z]{4,}")


def _respell(text: str, spans: list[tuple[int, int]], vocab: dict[int, list[str]], rng: random.Random) -> str:
    """Swap about a third of the lower-case words outside every span for other words of the same
    length: the offsets of mentions, quotes, figures and dates stay valid, and the replica is no
    longer a near-duplicate of its source."""
    chars = list(text)
    spans = sorted(spans)
    for m in _WORDS.finditer(text):
        if rng.random() > 0.35 or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        choices = vocab.get(len(m.group(0)))
        if choices:
            chars[m.start():m.end()] = rng.choice(choices)
    return "".join(chars)


def replicate(base: list, n: int) -> list:
    """``n`` documents from the analysed ``base``: copy k of a document is shifted by k weeks,
    with a third of its plain words respelled."""
    rng = random.Random(n)
    vocab: dict[int, list[str]] = {}
    for doc in base[:50]:
        for w in set(_WORDS.findall(doc.text)):
            vocab.setdefault(len(w), []).append(w)
    out = []
    k = 0
    while len(out) < n:
        for doc in base:
            if len(out) >= n:
                break
            d = copy.deepcopy(doc) if k else doc
            if k:
                d.id = f"{doc.id}~r{k}"
                spans = []
                for lst in (d.mentions, d.quotes, d.quantities, d.dates):
                    for item in lst:
                        item.doc = d.id
                        spans.append((item.start, item.end))
                d.text = _respell(d.text, spans, vocab, rng)
                if doc.published:
                    try:
                        d.published = (date.fromisoformat(doc.published[:10]) + timedelta(weeks=k)).isoformat()
                    except ValueError:
                        pass
                if d.quantities:  # one figure moves: replicas are new reports, not copies
                    q = rng.choice(d.quantities)
                    if q.value is not None:
                        q.value = q.value + k
            out.append(d)
        k += 1
    return out


def analysed_base(corpus: Path, count: int) -> list:
    from ceksilang.model import InputError
    from ceksilang.pipeline import analyze_raw
    from ceksilang.ingest.read import iter_inputs

    raws = [r for r in iter_inputs([corpus / CSV], {"text": "clean_text", "published": "date"})
            if not isinstance(r, InputError)][:count]
    return [analyze_raw(r) for r in raws]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--base", type=int, default=400)
    args = ap.parse_args()
    t = time.perf_counter()
    base = analysed_base(Path(args.corpus), args.base)
    print(f"analysed {len(base)} base articles in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "base.pkl"
        path.write_bytes(pickle.dumps(base))
        for n in args.sizes:
            out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(n), str(HERE)],
                                 check=True, capture_output=True, text=True)
            run = json.loads(out.stdout.strip().splitlines()[-1])
            print(json.dumps(run), file=sys.stderr)
            runs.append(run)
    slope = None
    if len(runs) >= 2:
        xs = [math.log(r["documents"]) for r in runs]
        ys = [math.log(max(r["total_seconds"], 1e-3)) for r in runs]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = round(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs), 3)
    report = {"base_articles": len(base), "runs": runs, "loglog_slope_total_time": slope,
              "date": time.strftime("%Y-%m-%d"), "load_average": list(__import__("os").getloadavg())}
    (HERE / "results" / "reconcile.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
