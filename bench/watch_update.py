"""From a new article to its updated story: a full rebuild against the story cache (``StoryCache``).

    .venv/bin/python bench/watch_update.py [--sizes 10000] [--base 300] [--corpus ../shared/corpus]

For each size N, a store of N analysed documents is made as bench/reconcile.py makes its
corpora (``--base`` real CNN Indonesia articles analysed once, replicated with respelled words,
dates shifted by whole weeks and one figure moved); one more replica, dated in the last week, is
held back as "the new article". Then, each timed:

1. ``cold``: the briefing of the N documents, filling the story cache (what the first watch
   round costs), then once more (``second_run``: the documents as the first run wrote them back
   are what every later round reads, so this run fills the cache for them);
2. ``incremental``: the new article stored, the briefing written again with the cache: only the
   stories whose documents changed are reconciled (hits / misses counted);
3. ``full``: the same store, the briefing written with no cache (what every round cost before);

and briefing.json of 2 and 3 are compared (equal but for the generation time). The time to
analyse one new article (read, clean, extract) is measured on its own. Writes
bench/results/watch_update.json. The per-document passes (duplicates, story grouping, writing
briefing.json) still read the whole store: that, not reconciliation, is what an incremental
round costs now.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from reconcile import analysed_base, replicate  # noqa: E402

from ceksilang.pipeline import analyze_raw  # noqa: E402
from ceksilang.reconcile.briefing import StoryCache, write_store_briefing  # noqa: E402
from ceksilang.store import Store, digest_text  # noqa: E402
from ceksilang.model import RawDocument, Source  # noqa: E402


def _briefing(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("generated", None)
    return data


def run(size: int, base: list, work: Path) -> dict:
    docs = replicate(base, size + len(base))
    # the new article: the last replica of the last week, the rest before it in the store
    new, docs = docs[-1], docs[:size]
    for doc in (*docs, new):  # the replicas share their original's source: each needs its own row
        doc.source = Source(f"bench/{doc.id}")
    store_path = work / f"store-{size}.db"
    with Store(store_path) as store:
        for doc in docs:
            store.put_document(doc, digest_text(doc.text))
    out = {"documents": size}
    cache_path = work / f"cache-{size}.db"
    with Store(store_path) as store, StoryCache(cache_path) as cache:
        t = time.perf_counter()
        write_store_briefing(store, work / "cold", formats=("json",), cache=cache)
        out["cold_seconds"] = round(time.perf_counter() - t, 2)
        out["stories"] = cache.misses
        assert store.count_documents() == size
        # the second run reads the documents as the first wrote them back: it fills the cache
        # with the features and parts of that state, which every later round finds (steady state)
        t = time.perf_counter()
        write_store_briefing(store, work / "cold", formats=("json",), cache=cache)
        out["second_run_seconds"] = round(time.perf_counter() - t, 2)
        cache.hits = cache.misses = 0
        store.put_document(new, digest_text(new.text))
        t = time.perf_counter()
        write_store_briefing(store, work / "incremental", formats=("json",), cache=cache)
        out["incremental_seconds"] = round(time.perf_counter() - t, 2)
        out["incremental_hits"], out["incremental_misses"] = cache.hits, cache.misses
        t = time.perf_counter()
        write_store_briefing(store, work / "full", formats=("json",))
        out["full_seconds"] = round(time.perf_counter() - t, 2)
    out["equal_to_full_rebuild"] = _briefing(work / "incremental" / "briefing.json") == _briefing(work / "full" / "briefing.json")
    out["briefing_json_mb"] = round((work / "full" / "briefing.json").stat().st_size / 2**20, 1)
    out["cache_mb"] = round(cache_path.stat().st_size / 2**20, 1)
    out["store_mb"] = round(store_path.stat().st_size / 2**20, 1)
    for name in ("cold", "incremental", "full"):
        shutil.rmtree(work / name, ignore_errors=True)
    store_path.unlink()
    cache_path.unlink()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    ap.add_argument("--base", type=int, default=300)
    args = ap.parse_args()
    base = analysed_base(Path(args.corpus), args.base)
    sample = base[0]
    t = time.perf_counter()
    analyze_raw(RawDocument(id="one", source=Source("one"), text=sample.text, format="text", title=sample.title,
                            published=sample.published))
    one_article = round(time.perf_counter() - t, 3)
    rows = []
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
        for size in args.sizes:
            row = run(size, base, Path(tmp))
            print(json.dumps(row), flush=True)
            rows.append(row)
    result = {"machine": f"{os.uname().machine}, {os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d"),
              "base_articles": args.base, "analyse_one_article_seconds": one_article, "workers": 1,
              "load_average_end": os.getloadavg()[0],
              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1), "rows": rows}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "watch_update.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
