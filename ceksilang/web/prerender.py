"""Pages rendered ahead of the requests: ``ceksilang prerender`` and the table ``serve`` reads them from.

A first render costs 2-20 ms of CPU (a document 8 ms, a story 13 ms, an entity 20 ms on a
100,000-document store); 50 readers asking for pages nobody asked for before queue behind that on
one core. So the pages are rendered before anyone asks, and kept gzip-compressed in
``<store>-pages.db`` beside the store: one row per page (its path as ``url_id`` writes it, and the
interface language; ``""`` for the API), tagged with what it was rendered from (``source``).

The served briefing is replaced as a whole at every write (``render.served``), so the pages live
in their own file and outlive it: after a rewrite only the pages whose inputs changed are rendered
again. What a page is rendered from is summed up in ``source``, a hash of

* the renderer: ceksilang's version and the files of ``web/`` and ``render/`` (code, templates,
  translations): another version renders every page again;
* the story the page belongs to: a digest of all its records in the served briefing (the story,
  its documents with their text, mentions, quotes, figures and dates, the entities those name, its
  claims, discrepancies and timeline) and of its documents as the store keeps them (sentences);
  ``story_digest`` keeps them for the served briefing named in ``meta`` (``served_build``: its
  file's inode, time and size);
* what else it shows: the document's archived copy (``watch``), the size of the fact-check archive
  (a story's prior checks), the served briefing itself for an entity page (it gathers documents
  from every story) and for the API answers (they carry its ``generated`` time).

``serve`` answers from a row only when its ``source`` is what the current served briefing gives
(one query reads the row, the story's digest and the served build together, so a concurrent
``prerender`` never mixes two versions); otherwise it renders the page as before. Rows are tagged
per page, so a row can be stale but is never served stale.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from starlette.datastructures import URL

from ceksilang import __version__
from ceksilang.model import UsageError
from ceksilang.render.locale import DEFAULT_LANG, check_lang
from ceksilang.render.served import is_current, pages_path, served_path
from ceksilang.web.pagecache import compress
from ceksilang.web.pages import PageRenderer
from ceksilang.web.stored import StoredBriefing
from ceksilang.web.views import url_id

log = logging.getLogger(__name__)

API = ""  # the language of an API answer's row: the API has none
KINDS = ("stories", "entities", "documents", "api")
_COMMIT_EVERY = 200  # rows: a reader sees rendered pages soon, and a stopped run keeps what it did
_RENDERED_FROM = ("web", "render")  # the packages whose files render the pages

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_digest (story TEXT PRIMARY KEY, digest TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS page (path TEXT NOT NULL, lang TEXT NOT NULL, source TEXT NOT NULL, body BLOB NOT NULL,
    PRIMARY KEY (path, lang)) WITHOUT ROWID;
"""


def served_build(path: str | Path) -> str | None:
    """Which served briefing file is at ``path`` (it is replaced, never changed in place)."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return f"{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}"


@lru_cache(maxsize=1)
def renderer_fingerprint() -> str:
    """ceksilang's version and a hash of every file under ``web/`` and ``render/`` that renders pages."""
    root = Path(__file__).resolve().parent.parent
    sha = hashlib.sha256(__version__.encode())
    for package in _RENDERED_FROM:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".j2", ".mo", ".js", ".css", ".json", ".svg"):
                sha.update(str(path.relative_to(root)).encode())
                sha.update(path.read_bytes())
    return sha.hexdigest()


def page_source(kind: str, request_path: str, lang: str, accounts: bool, *inputs: str) -> str:
    """The tag of a page: a hash of the renderer and of everything the page is rendered from."""
    parts = [renderer_fingerprint(), kind, request_path, lang, "accounts" if accounts else "", *inputs]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=4096)
def request_path(url_path: str) -> str:
    """The path a request for ``url_path`` shows its page under (``Request.url.path``: decoded, so
    ``/documents/a%231`` is ``/documents/a``): the page links to it, so it is part of the page."""
    from urllib.parse import unquote

    return URL(f"http://host{unquote(url_path)}").path


# --------------------------------------------------------------------------- what each story is rendered from


def story_digests(served: sqlite3.Connection, store: sqlite3.Connection) -> dict[str, str]:
    """A digest of each story's records (see the module's docstring), read in one pass over each
    table: the same records in the same order give the same digest."""
    story_of: dict[str, str] = {}
    sums: dict[str, Any] = {}

    def feed(story: str | None, *parts: Any) -> None:
        if story is None:
            return
        sha = sums.get(story)
        if sha is None:
            sha = sums[story] = hashlib.sha1()
        for part in parts:
            sha.update(str(part).encode("utf-8", "surrogatepass"))
            sha.update(b"\x1f")

    for story, record in served.execute("SELECT id, record FROM story"):
        feed(story, "story", record)
    for doc, story, record in served.execute("SELECT id, story, record FROM document ORDER BY id"):
        if story is not None:
            story_of[doc] = story
            feed(story, "document", doc, record)
    for doc, kind, record in served.execute("SELECT doc, kind, record FROM flat ORDER BY seq"):
        feed(story_of.get(doc), kind, record)
    entities = {e: hashlib.sha1(f"{r}\x1f{n}".encode("utf-8", "surrogatepass")).hexdigest()
                for e, r, n in served.execute("SELECT id, record, mentions FROM entity")}
    for entity, doc, start, end, text in served.execute(
            "SELECT entity, doc, start_char, end_char, text FROM entity_mention"):
        feed(story_of.get(doc), entity, entities.get(entity), doc, start, end, text)
    for table in ("claim", "discrepancy", "timeline"):
        for story, record in served.execute(f"SELECT story, record FROM {table} ORDER BY seq"):
            feed(story, table, record)
    for doc, data in store.execute("SELECT id, data FROM documents"):
        feed(story_of.get(doc), "stored", doc, data)
    return {story: sha.hexdigest() for story, sha in sums.items()}


# --------------------------------------------------------------------------- reading a page (serve)


class Prerendered:
    """The pages rendered ahead for the store at ``db_path``, read-only, one connection per thread."""

    def __init__(self, db_path: str | Path, accounts: bool = False):
        self.path = pages_path(db_path)
        self.accounts = accounts
        self.uri = f"file:{self.path.resolve()}?mode=ro"
        self._local = threading.local()
        self.hits = 0

    def _conn(self) -> sqlite3.Connection | None:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if not self.path.is_file():  # not rendered ahead (yet): every page is rendered live
                return None
            try:
                conn = sqlite3.connect(self.uri, uri=True, timeout=5.0, check_same_thread=False)
                conn.execute("SELECT 1 FROM page LIMIT 0")
            except sqlite3.Error:
                return None
            self._local.conn = conn
        return conn

    def body(self, build: str | None, kind: str, url_path: str, lang: str, story: str | None,
             *inputs: str) -> bytes | None:
        """The gzip body rendered ahead for ``url_path`` in ``lang`` when it is current: rendered
        from the served briefing ``build`` and, for a story's page, the story's records as they are
        now (``story``; ``None``: the whole served briefing is its input), with ``inputs``."""
        conn = self._conn()
        if conn is None or build is None:
            return None
        try:  # one statement: the row, the story's digest and the served build are of one commit
            row = conn.execute(
                "SELECT (SELECT value FROM meta WHERE key = 'served_build'),"
                " (SELECT digest FROM story_digest WHERE story = ?), source, body FROM page"
                " WHERE path = ? AND lang = ?", (story or "", url_path, lang)).fetchone()
        except sqlite3.Error:
            return None
        if row is None or row[0] != build:
            return None
        digest = build if story is None else row[1]
        if digest is None or row[2] != page_source(kind, request_path(url_path), lang, self.accounts, digest, *inputs):
            return None
        self.hits += 1
        return row[3]


# --------------------------------------------------------------------------- rendering them (prerender)


@dataclass(slots=True)
class PrerenderSummary:
    rendered: dict[str, int] = field(default_factory=dict)
    current: int = 0  # rows already current: not rendered again
    removed: int = 0  # rows of pages that are gone
    digests_seconds: float = 0.0
    cpu_seconds: float = 0.0
    wall_seconds: float = 0.0

    @property
    def total_rendered(self) -> int:
        return sum(self.rendered.values())


def prerender(db_path: str | Path, lang: str = DEFAULT_LANG, accounts: bool = False,
              kinds: tuple[str, ...] = KINDS, progress: Callable[[str, int], None] | None = None) -> PrerenderSummary:
    """Render, for the store at ``db_path``, each page whose inputs changed since its row was
    written (all of them the first time) into ``<store>-pages.db``: story, entity and document
    pages in ``lang`` and the API's story and document answers. A second run renders nothing."""
    check_lang(lang)
    started, cpu_started = time.perf_counter(), time.process_time()
    db = Path(db_path)
    served_file = served_path(db)
    if not db.is_file() or not is_current(served_file):
        raise UsageError(f"{db}: no store with a served briefing beside it (run 'ceksilang analyze' first)")
    build = served_build(served_file)
    summary = PrerenderSummary()
    out = sqlite3.connect(str(pages_path(db)), timeout=30.0, isolation_level=None)
    try:
        out.execute("PRAGMA journal_mode=WAL")
        out.executescript(_SCHEMA)
        served = StoredBriefing(served_file, 0)
        ids = served._conn()  # the file as it was when ``build`` was taken: a replacement is not read
        if served_build(served_file) != build:
            raise UsageError(f"{served_file} was replaced while opening it; run prerender again")
        kept = out.execute("SELECT value FROM meta WHERE key = 'served_build'").fetchone()
        if kept is None or kept[0] != build:
            t0 = time.perf_counter()
            store = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True, timeout=30.0)
            try:
                digests = story_digests(ids, store)
            finally:
                store.close()
            out.execute("BEGIN IMMEDIATE")
            out.execute("DELETE FROM story_digest")
            out.executemany("INSERT INTO story_digest VALUES (?, ?)", digests.items())
            out.execute("INSERT OR REPLACE INTO meta VALUES ('served_build', ?)", (build,))
            out.execute("COMMIT")
            summary.digests_seconds = time.perf_counter() - t0
        digest_of = dict(out.execute("SELECT story, digest FROM story_digest"))
        renderer = PageRenderer(db, accounts)
        seen: set[tuple[str, str]] = set()
        batch: list[tuple[str, str, str, bytes | None]] = []  # written together: the lock is held briefly
        for kind, url_path, page_lang, inputs, render in _pages(served, renderer, ids, lang, kinds, digest_of, build):
            seen.add((url_path, page_lang))
            source = page_source(kind, request_path(url_path), page_lang, accounts, *inputs)
            row = out.execute("SELECT source FROM page WHERE path = ? AND lang = ?", (url_path, page_lang)).fetchone()
            if row is not None and row[0] == source:
                summary.current += 1
                continue
            page = render(request_path(url_path))
            batch.append((url_path, page_lang, source, None if page is None else compress(page)))
            if page is not None:
                summary.rendered[kind] = summary.rendered.get(kind, 0) + 1
            if len(batch) >= _COMMIT_EVERY:
                _write(out, batch)
                if progress is not None:
                    progress(kind, summary.total_rendered)
        _write(out, batch)
        langs = (lang, API) if "api" in kinds else (lang,)
        gone = [key for lg in langs for key in out.execute("SELECT path, lang FROM page WHERE lang = ?", (lg,))
                if key not in seen and _kind_of(key[0], key[1]) in kinds]
        if gone:
            out.execute("BEGIN IMMEDIATE")
            out.executemany("DELETE FROM page WHERE path = ? AND lang = ?", gone)
            out.execute("COMMIT")
        summary.removed = len(gone)
    finally:
        out.close()
    summary.cpu_seconds = time.process_time() - cpu_started
    summary.wall_seconds = time.perf_counter() - started
    return summary


def _write(out: sqlite3.Connection, batch: list[tuple[str, str, str, bytes | None]]) -> None:
    """Write the rendered pages of ``batch`` (``None``: the page is gone) in one transaction; empties it."""
    if not batch:
        return
    out.execute("BEGIN IMMEDIATE")
    out.executemany("DELETE FROM page WHERE path = ? AND lang = ?", [(p, lg) for p, lg, _, b in batch if b is None])
    out.executemany("INSERT OR REPLACE INTO page VALUES (?, ?, ?, ?)", [row for row in batch if row[3] is not None])
    out.execute("COMMIT")
    batch.clear()


def _kind_of(url_path: str, lang: str) -> str:
    if lang == API:
        return "api"
    return {"/stories/": "stories", "/entities/": "entities", "/documents/": "documents"}.get(
        url_path[:url_path.index("/", 1) + 1] if url_path.count("/") > 1 else url_path, "")


PageToRender = tuple[str, str, str, tuple[str, ...], Callable[[str], str | None]]


def _pages(served: StoredBriefing, renderer: PageRenderer, ids: sqlite3.Connection, lang: str,
           kinds: tuple[str, ...], digest_of: dict[str, str], build: str) -> Iterator[PageToRender]:
    """(kind, path, language, inputs, render) of every page to keep, the most asked for first.
    Ids are read a chunk at a time: a page is rendered and written before the next is read."""

    def each(sql: str) -> Iterator[tuple[Any, ...]]:
        last: Any = ""
        while True:
            rows = ids.execute(sql, (last,)).fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1][0]

    checks = str(renderer.factchecks.size())
    if "stories" in kinds:
        for (story,) in each("SELECT id FROM story WHERE id > ? ORDER BY id LIMIT 1000"):
            if story in digest_of:
                yield ("story", f"/stories/{url_id(story)}", lang, (digest_of[story], checks),
                       lambda path, s=story: renderer.story_page(served, s, lang, path))
    if "entities" in kinds:
        for (entity,) in each("SELECT id FROM entity WHERE id > ? ORDER BY id LIMIT 1000"):
            yield ("entity", f"/entities/{url_id(entity)}", lang, (build,),
                   lambda path, e=entity: renderer.entity_page(served, e, lang, path))
    documents = "SELECT id, story FROM document WHERE id > ? AND story IS NOT NULL ORDER BY id LIMIT 1000"
    if "documents" in kinds:
        for doc, story in each(documents):
            if story in digest_of:
                archived = renderer.watch_reader.current_href(doc) or ""
                yield ("document", f"/documents/{url_id(doc)}", lang, (digest_of[story], archived),
                       lambda path, d=doc: renderer.document_page(served, d, lang, path))
    if "api" in kinds:
        for (story,) in each("SELECT id FROM story WHERE id > ? ORDER BY id LIMIT 1000"):
            if story in digest_of:
                yield ("api-story", f"/api/stories/{url_id(story)}", API, (digest_of[story], served.generated),
                       lambda path, s=story: renderer.api_story(served, s))
        for doc, story in each(documents):
            if story in digest_of:
                yield ("api-document", f"/api/documents/{url_id(doc)}", API, (digest_of[story], served.generated),
                       lambda path, d=doc: renderer.api_document(served, d))


def prerender_if_kept(db_path: str | Path, lang: str = DEFAULT_LANG) -> PrerenderSummary | None:
    """After the served briefing is written again: render the pages that changed, when the store's
    pages are rendered ahead (``ceksilang prerender`` ran once); a store without them is left so."""
    if not pages_path(db_path).is_file():
        return None
    summary = prerender(db_path, lang)
    log.info("prerendered %d pages (%d current) in %.1f s", summary.total_rendered, summary.current,
             summary.wall_seconds)
    return summary


__all__ = ["Prerendered", "PrerenderSummary", "prerender", "prerender_if_kept", "pages_path", "page_source",
           "served_build", "story_digests", "KINDS"]
