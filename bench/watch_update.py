"""From a new article to its updated story in the served briefing ``ceksilang serve`` shows.

    .venv/bin/python bench/watch_update.py [--sizes 10000] [--base 300] [--corpus ../shared/corpus]
    .venv/bin/python bench/watch_update.py --store-dir /tmp/inc100k   # a store built by bench/web_serve.py
    .venv/bin/python bench/watch_update.py --files [--sizes ...]       # the briefing files (StoryCache)

Served (the default): for each size N, a store of N analysed documents is made as
bench/reconcile.py makes its corpora (``--base`` real CNN Indonesia articles analysed once,
replicated with respelled words, dates shifted by whole weeks and one figure moved); of N + 1
replicas the newest is held back as "the new article" (what a feed brings). Then:

1. ``full``: the served briefing written whole with the grouping state (what the first watch
   round costs), then once more from the documents as the first run wrote them back (what every
   later round reads; the story cache makes it short);
2. ``incremental``: the new article stored, ``update_served_stories`` (the stories open on its
   day grouped again, those that changed reconciled and their rows replaced in the file);
3. ``rebuild``: the served briefing of the same store written whole again, with no cache, and
   compared with 2 table by table (``served_contents``: equal or not).

``--store-dir``: a store and its served briefing built elsewhere (bench/web_serve.py build, 100k
documents): the grouping state is added to the served file in one pass over the store
(``keep_grouping_state_of``, timed), then one new article -- a respelled copy of the newest
document, the same day -- is stored and the update timed. Its full rebuild (37 minutes on this
machine) is not run: equality is shown at the sizes above. A file kept before the open stories'
grouping states were gets them first (``keep_story_states``, timed); a second new article is
then timed as well (``second_*``: what a running watch pays, its language data loaded).

``--files``: the earlier measurement, briefing.json written with and without the story cache.

The replicas are respelled from a word list whose order follows Python's hash seed: set
``PYTHONHASHSEED`` to compare two versions on the same corpus.

Times are CPU seconds of this process (the machine is shared) and wall seconds. Writes
bench/results/watch_update.json (the served rows; ``files_rows`` kept from the files mode).
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
from ceksilang.reconcile.briefing import StoryCache, write_served_briefing, write_store_briefing  # noqa: E402
from ceksilang.reconcile.grouping_state import has_story_states, keep_story_states  # noqa: E402
from ceksilang.reconcile.incremental import keep_grouping_state_of, served_contents, update_served_stories  # noqa: E402
from ceksilang.store import Store, digest_text  # noqa: E402
from ceksilang.model import Document, RawDocument, Source  # noqa: E402
from ceksilang.render.served import served_path  # noqa: E402
from ceksilang.reconcile.stories import order_key  # noqa: E402


def _briefing(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("generated", None)
    return data


class Timer:
    """CPU and wall seconds of what runs inside it."""

    def __enter__(self) -> "Timer":
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cpu = round(time.process_time() - self.cpu, 2)
        self.wall = round(time.perf_counter() - self.wall, 2)


def _mb(path: Path) -> float:
    return round(path.stat().st_size / 2**20, 1)


def _timed_update(store: Store, served: Path, new: Document, out: dict, prefix: str = "") -> None:
    store.put_document(new, digest_text(new.text))
    with Timer() as t:
        update = update_served_stories(store, served, [new.id])
    figures = dict(incremental_cpu_seconds=t.cpu, incremental_seconds=t.wall, regrouped_stories=update.regrouped,
                   reconciled_stories=len(update.reconciled), reconciled_documents=update.reconciled_documents,
                   relabelled_stories=len(update.relabelled),
                   removed_stories=len(update.removed), renumbered_claims=update.renumbered_claims)
    out.update({prefix + k: v for k, v in figures.items()})


def run_served(size: int, base: list, work: Path) -> dict:
    pool = replicate(base, size + len(base))[:size + 1]
    # the new article is the newest one, as a feed brings it: no document of the store comes after it
    new = max(pool, key=order_key)
    docs = [d for d in pool if d is not new]
    for doc in (*docs, new):
        doc.source = Source(f"bench/{doc.id}")
    store_path = work / f"store-{size}.db"
    served, rebuilt = served_path(store_path), work / f"rebuilt-{size}.db"
    with Store(store_path) as store:
        for doc in docs:
            store.put_document(doc, digest_text(doc.text))
    out: dict = {"documents": size, "new_article_published": new.published}
    with Store(store_path) as store, StoryCache(work / f"cache-{size}.db") as cache:
        with Timer() as t:
            write_served_briefing(store, served, cache=cache)
        out["full_cpu_seconds"], out["full_seconds"] = t.cpu, t.wall
        write_served_briefing(store, served, cache=cache)  # from the documents as written back
        out["stories"] = _count(served, "story")
        _timed_update(store, served, new, out)
        with Timer() as t:
            write_served_briefing(store, rebuilt)
        out["rebuild_cpu_seconds"], out["rebuild_seconds"] = t.cpu, t.wall
    mine, theirs = served_contents(served), served_contents(rebuilt)
    out["equal_to_full_rebuild"] = mine == theirs
    out["tables_differing"] = sorted(k for k in mine if mine[k] != theirs[k])
    if "story" in out["tables_differing"]:
        out["stories_differing"] = _story_differences(served, rebuilt)
    out["served_mb"], out["store_mb"] = _mb(served), _mb(store_path)
    for path in work.glob(f"*-{size}*"):
        path.unlink()
    return out


def _story_differences(served: Path, rebuilt: Path) -> dict:
    """How many story rows differ, and in which fields of the record (the IDF weights of a far
    story move by a hair with one more document: its terms may come in another order)."""
    import sqlite3
    from contextlib import closing

    def rows(path: Path) -> dict:
        with closing(sqlite3.connect(path)) as conn:
            return {i: (json.loads(r), n, o, x) for i, r, n, o, x in conn.execute(
                "SELECT id, record, names, outlets, disputes FROM story")}

    mine, theirs = rows(served), rows(rebuilt)
    differing = [i for i in theirs if mine.get(i) != theirs[i]]
    fields = sorted({k for i in differing if i in mine for k in theirs[i][0]
                     if mine[i][0].get(k) != theirs[i][0].get(k)} |
                    {"names/outlets/disputes" for i in differing if i in mine and mine[i][1:] != theirs[i][1:]})
    same_terms = all(i in mine and sorted(mine[i][0]["terms"]) == sorted(theirs[i][0]["terms"]) for i in differing)
    return {"count": len(differing), "of": len(theirs), "missing": len(set(theirs) - set(mine)),
            "fields": fields, "same_terms_in_another_order": same_terms}


def _count(served: Path, table: str) -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(served)) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def run_store_dir(folder: Path) -> dict:
    """The update of a store built elsewhere (see the module's doc)."""
    store_path = folder / "ceksilang.db"
    served = served_path(store_path)
    out: dict = {"store_dir": str(folder)}
    with Store(store_path) as store:
        out["documents"] = store.count_documents()
        out["stories"] = _count(served, "story")
        import sqlite3
        from contextlib import closing

        with closing(sqlite3.connect(served)) as conn:
            kept = conn.execute("SELECT 1 FROM meta WHERE key = 'grouping_originals'").fetchone()
        if not kept:
            with Timer() as t:
                keep_grouping_state_of(store, served)
            out["adopt_cpu_seconds"], out["adopt_seconds"] = t.cpu, t.wall
        with closing(sqlite3.connect(served, isolation_level=None)) as conn:
            if not has_story_states(conn):  # a file kept before the open stories' states were
                with Timer() as t:
                    conn.execute("BEGIN")
                    keep_story_states(conn)
                    conn.execute("COMMIT")
                out["keep_story_states_cpu_seconds"], out["keep_story_states_seconds"] = t.cpu, t.wall
        newest_id, data = store.conn.execute(
            "SELECT id, data FROM documents ORDER BY json_extract(data, '$.published') DESC, id DESC LIMIT 1").fetchone()
        newest = Document.from_dict(json.loads(data))
        # respelled copies of the newest document, the same day: new reports of its event; the
        # second one is what a running watch pays (its language data already loaded)
        for prefix, (suffix, copy) in zip(("", "second_"), (("new", 1), ("next", 2))):
            new = replicate([newest], copy + 1)[copy]
            new.id, new.published = f"{newest_id}~{suffix}", newest.published
            new.source = Source(f"bench/{new.id}")
            for lst in (new.mentions, new.quotes, new.quantities, new.dates):
                for item in lst:
                    item.doc = new.id
            _timed_update(store, served, new, out, prefix)
    out["served_mb"], out["store_mb"] = _mb(served), _mb(store_path)
    return out


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
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000])
    ap.add_argument("--base", type=int, default=300)
    ap.add_argument("--store-dir", action="append", default=[], help="a store built by bench/web_serve.py build")
    ap.add_argument("--files", action="store_true", help="briefing.json with and without the story cache")
    args = ap.parse_args()
    results = HERE / "results" / "watch_update.json"
    result = json.loads(results.read_text()) if results.exists() else {}
    if "rows" in result and "files_rows" not in result:  # the files mode's rows, from before the served mode
        result["files_rows"] = result.pop("rows")
    rows = []
    if args.sizes:
        base = analysed_base(Path(args.corpus), args.base)
        sample = base[0]
        t = time.perf_counter()
        analyze_raw(RawDocument(id="one", source=Source("one"), text=sample.text, format="text", title=sample.title,
                                published=sample.published))
        result["analyse_one_article_seconds"] = round(time.perf_counter() - t, 3)
        with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
            for size in args.sizes:
                row = (run if args.files else run_served)(size, base, Path(tmp))
                print(json.dumps(row), flush=True)
                rows.append(row)
    for folder in args.store_dir:
        row = run_store_dir(Path(folder))
        print(json.dumps(row), flush=True)
        rows.append(row)
    key = "files_rows" if args.files else "rows"
    if results.exists():  # read again: another run may have written its rows meanwhile
        result = {**json.loads(results.read_text()), **{k: v for k, v in result.items() if k not in ("rows", "files_rows")}}
    done = {r["documents"] for r in rows}
    result[key] = sorted([r for r in result.get(key, []) if r["documents"] not in done] + rows,
                         key=lambda r: r["documents"])
    result.update({"machine": f"{os.uname().machine}, {os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d"),
                   "base_articles": args.base, "workers": 1, "load_average_end": os.getloadavg()[0],
                   "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})
    results.parent.mkdir(exist_ok=True)
    results.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
