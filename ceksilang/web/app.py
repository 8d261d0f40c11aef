"""``ceksilang serve``: the store as a web app (server-rendered pages) and a REST API.

Every page is answered from the served briefing ``analyze`` writes beside the store
(``render.served``): a few indexed SQLite queries fetch the records one page shows
(``web.stored``), so the app starts without building anything and its memory does not grow with
the store. The served briefing is written again after an upload, and when another process
changes the store (checked at most every ``check_interval`` seconds, in the background while the
old one keeps serving). Story, document and API answers are rendered once per version and kept
gzip-compressed in a byte-bounded cache (``pagecache``); the index is kept per query with a
placeholder for the CSRF token.

Pages: ``/`` stories and search, ``/stories/{id}``, ``/documents/{id}``, ``/entities/{id}``,
``/compare?docs=a,b``, ``/changes`` (and ``/changes.atom``: what ``ceksilang watch`` found),
``/archived/{n}/{id}`` (the n-th archived copy of a fetched article, as text, or inert with ``?view=page``); API under ``/api`` (see ``docs/web.md``); ``/openapi.json`` and a
self-hosted ``/docs`` page (FastAPI's default docs page needs a CDN, and there is no network).
"""

from __future__ import annotations

import gc
import hashlib
import ipaddress
import json
import logging
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from anyio import to_thread
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ceksilang import __version__
from ceksilang.model import Briefing, Document, UsageError
from ceksilang.render import i18n
from ceksilang.render.i18n import N_
from ceksilang.render.locale import DEFAULT_LANG, LANGUAGES, check_lang
from ceksilang.store import Store
from ceksilang.factcheck.ratings import SCALE as FACTCHECK_SCALE
from ceksilang.ingest.read.html import decode_html
from ceksilang.watch.notify import atom_feed
from ceksilang.web import security
from ceksilang.web.factchecks import FactCheckService
from ceksilang.web.accounts import Accounts
from ceksilang.web.pagecache import DEFAULT_BUDGET_BYTES, PageCache, gzip_response
from ceksilang.reconcile.tables import SECTIONS
from ceksilang.render.json import briefing_to_dict
from ceksilang.render.served import is_current, served_path, write_served
from ceksilang.web.pages import PageRenderer, compact_json
from ceksilang.web.prerender import API, Prerendered, prerender_if_kept, served_build
from ceksilang.web.stored import API_ENTITY_DOCUMENTS, StoredBriefing
from ceksilang.web.views import TriageFilters, compare_view, doc_url, story_view, translation_view, url_id

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
UPLOAD_TYPES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv"}
PAGE_SIZE = 50
WORKER_THREADS = 2
GC_THRESHOLDS = (20_000, 20, 10)  # Python's default is (700, 10, 10): see serve()
LANG_COOKIE = "ceksilang_lang"
LOGIN_LIMITS = (20, 5, 900.0)  # failed logins per client, per account, in 15 minutes
MAX_COMPARE = 6
MAX_FILTER_CHARS = 200  # a story page filter value past this is cut: no name or outlet is longer, and it is in a cache key
_ISO_BOUND = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_CLIENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
STATIC_DIR = Path(__file__).resolve().parent / "static"
# an archived page is shown inert: no script, no request anywhere, sandboxed to an opaque origin
ARCHIVE_CSP = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
               "form-action 'none'; frame-ancestors 'none'")

BuildBriefing = Callable[[Store], Briefing]


# --------------------------------------------------------------------------- the served briefing


class BriefingCache:
    """The current version of the served briefing (``render.served``) and the pages rendered from it.

    ``analyze`` writes the served briefing beside the store; the app opens it and never builds
    the briefing at start. A store without one (written by an older version, or only ingested) gets
    it once, story by story, at start. It is written again after an upload, and when another
    process changes the store (checked at most every ``check_interval`` seconds, in the background
    while the old version keeps serving); a served briefing replaced by another process (analyze,
    watch) is opened at the next check. ``build``: the briefing in memory instead (tests, small
    callers); the default reconciles only the stories new or edited articles touch.
    """

    def __init__(self, db_path: Path, build: BuildBriefing | None = None, check_interval: float = 2.0,
                 page_cache_bytes: int = DEFAULT_BUDGET_BYTES):
        self.db_path = Path(db_path)
        self.path = served_path(self.db_path)
        self.build = build
        self.check_interval = check_interval
        self._current: StoredBriefing | None = None
        self._version = 0
        self._build_lock = threading.Lock()
        self._watch_lock = threading.Lock()
        self._watch: sqlite3.Connection | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._file: tuple[int, int, int] | None = None
        self._last_check = 0.0
        self._rebuilding = False
        self.pages = PageCache(page_cache_bytes)  # rendered answers of the current version
        self.file_build: str | None = None  # which served briefing file is current (``prerender.served_build``)
        # run after this process wrote the served briefing: the app renders the pages that changed
        # ahead again (when the store keeps pages rendered ahead)
        self.after_write: Callable[[], Any] | None = None

    def current(self) -> StoredBriefing:
        served = self._current
        if served is None:
            return self.open()
        now = time.monotonic()
        if self.check_interval >= 0 and now - self._last_check >= self.check_interval and not self._rebuilding:
            self._last_check = now
            if self._file_id() != self._file:
                with self._build_lock:
                    if self._file_id() != self._file and is_current(self.path):
                        self._use_file()
            elif self._read_fingerprint() != self._fingerprint:
                self._rebuilding = True
                threading.Thread(target=self._background_refresh, name="ceksilang-rebuild", daemon=True).start()
        return self._current  # type: ignore[return-value]  # set by open

    def open(self) -> StoredBriefing:
        """The served briefing as it is on disk; written once first when the store has none."""
        with self._build_lock:
            if self._current is not None:
                return self._current
            if not is_current(self.path) or self.build is not None:
                if self.build is None:
                    log.warning("%s has no served briefing (written by 'ceksilang analyze' since version 0.x, or "
                                "by an older version): writing it now, story by story, once", self.db_path)
                self._write()
            return self._use_file()

    def _background_refresh(self) -> None:
        try:
            self.refresh()
        except Exception:  # keep serving the old version; the next check retries
            log.exception("writing the served briefing failed")
        finally:
            self._rebuilding = False

    def refresh(self) -> StoredBriefing:
        """Write the served briefing from the store now and make it current."""
        with self._build_lock:
            self._write()
            return self._use_file()

    def _write(self) -> None:
        started = time.perf_counter()
        if self.build is not None:
            with Store(self.db_path) as store:
                data = briefing_to_dict(self.build(store))
            write_served(((section, data[section]) for section in SECTIONS), self.path, data.get("generated", ""))
        else:
            from ceksilang.pipeline import update_served

            update_served(self.db_path)
        log.info("served briefing written in %.1f s", time.perf_counter() - started)
        if self.after_write is not None:
            self.after_write()

    def _use_file(self) -> StoredBriefing:
        self._version += 1
        self._fingerprint = self._read_fingerprint()
        self._file = self._file_id()
        self.file_build = served_build(self.path)
        self._current = StoredBriefing(self.path, self._version)
        self.pages.clear()
        log.info("served briefing v%d: %d documents, %d stories", self._version,
                 len(self._current.overview.documents), len(self._current.overview.stories))
        return self._current

    def _file_id(self) -> tuple[int, int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _read_fingerprint(self) -> tuple[Any, ...]:
        # data_version changes when another connection commits; counts catch what it misses
        with self._watch_lock:
            if self._watch is None:
                self._watch = sqlite3.connect(str(self.db_path), check_same_thread=False, timeout=5.0)
            row = self._watch.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT max(rowid) FROM documents),"
                " (SELECT count(*) FROM errors)").fetchone()
            return (*row, self._watch.execute("PRAGMA data_version").fetchone()[0])

    def cached_body(self, key: tuple[Any, ...], render: Callable[[], str | bytes | None]) -> bytes | None:
        """The gzip body under ``key`` (whose second item is the served version), rendered once."""
        return self.pages.get_or_render(key, render)

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None


# --------------------------------------------------------------------------- adding articles


class UploadRefused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(slots=True)
class AddResult:
    documents: list[str] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    unchanged: int = 0


def safe_upload_name(filename: str | None) -> str:
    """The client's file name reduced to a harmless base name with an accepted extension."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, ext = base.rpartition(".")
    ext = f".{ext.lower()}" if dot else ""
    if ext not in UPLOAD_TYPES:
        raise UploadRefused(415, f"unsupported file type {ext or '(none)'!r}; accepted: {', '.join(sorted(UPLOAD_TYPES))}")
    stem = _SAFE_NAME.sub("_", stem).strip("._-")[:80] or "upload"
    return stem + ext


class Library:
    """Adds articles to the store (through the same ``ingest`` as ``ceksilang analyze``)."""

    def __init__(self, db_path: Path, cache: BriefingCache, ingest: Callable[..., Any] | None = None):
        self.db_path = Path(db_path)
        self.upload_dir = self.db_path.parent / f"{self.db_path.stem}-uploads"
        self.cache = cache
        self._ingest = ingest
        self._lock = threading.Lock()

    def add_file(self, filename: str | None, content: bytes) -> AddResult:
        name = safe_upload_name(filename)
        if not content.strip():
            raise UploadRefused(400, "the file is empty")
        return self._add(name, content)

    def add_text(self, text: str, title: str | None = None, outlet: str | None = None,
                 published: str | None = None, url: str | None = None, author: str | None = None,
                 doc_id: str | None = None) -> AddResult:
        if not (text or "").strip():
            raise UploadRefused(400, "the article text is empty")
        if doc_id is not None and not _CLIENT_ID.match(doc_id):
            raise UploadRefused(400, "id: 1-100 characters of letters, digits, '.', '_' or '-'")
        fields = {"title": title, "outlet": outlet, "published": published, "url": url, "author": author}
        record = {k: v.strip() for k, v in fields.items() if isinstance(v, str) and v.strip()}
        record["text"] = text
        digest = hashlib.sha256(json.dumps(record, sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest()
        record["id"] = doc_id or f"web-{digest[:12]}"
        line = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"
        return self._add(f"{record['id']}.jsonl", line)

    def _add(self, name: str, content: bytes) -> AddResult:
        from ceksilang.pipeline import ingest

        folder = self.upload_dir / hashlib.sha256(content).hexdigest()[:16]
        path = (folder / name).resolve()
        if self.upload_dir.resolve() not in path.parents:  # never write outside the upload folder
            raise UploadRefused(400, "bad file name")
        with self._lock:
            folder.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                path.write_bytes(content)
            with Store(self.db_path) as store:
                summary = (self._ingest or ingest)([str(path)], store)
                key = str(path)
                rows = store.conn.execute(
                    "SELECT id FROM documents WHERE source_key = ? OR substr(source_key, 1, ?) = ? ORDER BY rowid",
                    (key, len(key) + 1, key + "#")).fetchall()
            result = AddResult([r[0] for r in rows], [e.to_dict() for e in summary.errors], summary.unchanged)
            if summary.read:  # the new article's story is reconciled again, the others reused
                self.cache.refresh()
        return result


# --------------------------------------------------------------------------- templates


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _split_docs(values: list[str]) -> list[str]:
    ids = []
    for value in values:
        ids += [unquote(v).strip() for v in value.split(",")]
    return list(dict.fromkeys(i for i in ids if i))


# --------------------------------------------------------------------------- the app


def create_app(db_path: str | Path, build: BuildBriefing | None = None, check_interval: float = 2.0,
               max_upload_bytes: int = MAX_UPLOAD_BYTES, ingest: Callable[..., Any] | None = None,
               page_cache_bytes: int = DEFAULT_BUDGET_BYTES, require_login: bool = False,
               accounts: Accounts | None = None, login_limits: tuple[int, int, float] = LOGIN_LIMITS,
               lang: str = DEFAULT_LANG) -> FastAPI:
    """The web app over the existing store at ``db_path`` (FileNotFoundError when there is none:
    an app over a store made empty by mistake would show nothing and say nothing).

    ``page_cache_bytes`` bounds the rendered answers kept per snapshot (gzip-compressed sizes).
    ``require_login``: every page needs an account (a shared server); else everyone acts as the
    ``local`` account, as on a loopback address. ``login_limits``: failed logins allowed per
    client, per account, and the window in seconds. ``lang``: the pages' language for a reader who
    has not chosen one with the switch (labels, and numbers and dates: "id" 12.000, 1 November 2024;
    "en" 12,000, November 1, 2024); the API keeps English keys, numbers and ISO dates.
    """
    db = Path(db_path)
    if not db.is_file():
        raise FileNotFoundError(f"no store at {db}: the web app opens a store made by analyze, it does not create one")
    Store(db).close()  # once for writing (WAL on, any table a newer version adds) before the read-only readers
    check_lang(lang)
    accounts = accounts or Accounts(db)
    per_client = security.LoginThrottle(login_limits[0], login_limits[2])
    per_account = security.LoginThrottle(login_limits[1], login_limits[2])

    def environment(page_lang: str) -> Environment:  # the header knows whether there is a login
        return renderer.environment(page_lang)

    def lang_of(request: Request) -> str:
        """The reader's choice (the switch in the header sets a cookie), else the server's ``lang``."""
        chosen = request.cookies.get(LANG_COOKIE)
        return chosen if chosen in LANGUAGES else lang
    cache = BriefingCache(db, build, check_interval, page_cache_bytes)
    # where the CSRF token goes in a cached index page; random, so no article text holds it
    token_placeholder = f"csrf-placeholder-{secrets.token_hex(16)}"
    factchecks = FactCheckService(db)
    renderer = PageRenderer(db, require_login, factchecks)
    reader, watch_reader = renderer.reader, renderer.watch_reader
    prerendered = Prerendered(db, require_login)  # pages rendered ahead (``ceksilang prerender``)
    cache.after_write = lambda: prerender_if_kept(db, lang)
    library = Library(db, cache, ingest)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # pages are read and rendered in worker threads, each with its own SQLite connections and
        # their page caches and the records of the page being built: rendering holds the GIL, so a
        # few threads keep the core busy, and forty (anyio's default) cost memory
        to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        cache.current()  # open the served briefing (written once if the store has none) before the first request
        yield
        cache.close()
        factchecks.close()

    app = FastAPI(title="ceksilang", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  openapi_url="/openapi.json",
                  description="Stories, documents and entities of a ceksilang store, in the briefing.json shapes.")
    app.state.cache, app.state.library, app.state.accounts = cache, library, accounts
    app.state.prerendered = prerendered
    app.add_middleware(security.AccountsMiddleware, accounts=accounts, require_login=require_login)
    app.add_middleware(security.SecurityMiddleware)  # outermost: its headers go on the refusals too
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    async def cached(key: tuple[Any, ...], build: Callable[[], str | bytes | None],
                     ahead: Callable[[], bytes | None] | None = None) -> bytes | None:
        """The gzip body under ``key``: from the page cache, else rendered ahead when that is
        current (``ahead``), else rendered (off the event loop); kept in the page cache."""
        body = cache.pages.get(key)
        if body is None and ahead is not None:
            body = ahead()
            if body is not None:
                cache.pages.put(key, body)
        return body if body is not None else await _in_thread(cache.cached_body, key, build)

    def served_build_of(served: StoredBriefing) -> str | None:
        return cache.file_build if served is cache._current else None

    def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        token = security.csrf_cookie(request) or security.new_csrf_token()
        html = environment(lang_of(request)).get_template(template).render(
            csrf_token=token, request_path=request.url.path, **context)
        response = HTMLResponse(html, status_code=status)
        if request.cookies.get(security.CSRF_COOKIE) != token:
            response.set_cookie(security.CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    def error(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        # a fixed message is shown in the reader's language; one with details from the request stays as is
        message = i18n.gettext_for(lang_of(request))(message) if message else message
        return render(request, "error.html.j2", status=status, status_code=status, message=message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = N_("Nothing here.")
        return error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)
        return error(request, 400, "Bad request: " + "; ".join(str(e.get("msg")) for e in exc.errors()))

    @app.exception_handler(UploadRefused)
    async def upload_refused(request: Request, exc: UploadRefused) -> Response:
        return error(request, exc.status, exc.message)

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index(request: Request, q: str = "", entity: str = "", outlet: str = "",
                    date_from: str = Query("", alias="from"), date_to: str = Query("", alias="to"),
                    page: int = Query(1, ge=1, le=100_000)) -> Response:
        served = cache.current()
        page_lang = lang_of(request)
        key = ("index", served.version, q, entity, outlet, date_from, date_to, page, page_lang)
        body = cache.pages.get(key)
        if body is None:
            body = (await _in_thread(render_index, served, q, entity, outlet, date_from, date_to, page,
                                     page_lang)).encode("utf-8")
            cache.pages.put(key, body)  # plain, not gzip: the page will hold the client's token
        token = security.csrf_cookie(request)  # only a well-formed token: it goes in unescaped
        fresh = token is None
        if token is None:
            token = security.new_csrf_token()
        response = HTMLResponse(body.replace(token_placeholder.encode("ascii"), token.encode("ascii")))
        if fresh:
            response.set_cookie(security.CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    def render_index(served: StoredBriefing, q: str, entity: str, outlet: str, date_from: str, date_to: str,
                     page: int, page_lang: str) -> str:
        notes = []
        bounds = []
        for label, value in (("from", date_from), ("to", date_to)):
            value = value.strip()
            if value and not _ISO_BOUND.match(value):
                notes.append(f"'{label}' must be a date like 2024-11-02 (or 2024-11, 2024); ignored.")
                value = ""
            bounds.append(value)
        total, shown = served.search_stories(q, entity, outlet, *bounds, offset=(page - 1) * PAGE_SIZE,
                                             limit=PAGE_SIZE)
        pages = max(1, -(-total // PAGE_SIZE))
        disputes = {s["id"]: s.pop("_disputes") for s in shown}
        return environment(page_lang).get_template("index.html.j2").render(
            csrf_token=token_placeholder, request_path="/", snap=served.overview, stories=shown, total=total, page=page,
            pages=pages, disputes=disputes, notes=notes,
            query={"q": q, "entity": entity, "outlet": outlet, "from": bounds[0], "to": bounds[1]},
            max_upload_mb=max_upload_bytes // (1024 * 1024), upload_types=sorted(UPLOAD_TYPES))

    @app.get("/stories/{story_id:path}", response_class=HTMLResponse, include_in_schema=False)
    async def story_page(request: Request, story_id: str, added: str = "", kind: str = "", status: str = "",
                         outlet: str = "", speaker: str = "") -> Response:
        served = cache.current()
        page_lang = lang_of(request)
        # the triage filters; a value this story does not have gives an empty list with a note
        filters = TriageFilters(*(v.strip()[:MAX_FILTER_CHARS] for v in (kind, status, outlet, speaker)))
        # the archive's size is in the key: importing fact-checks changes the page, not the served
        # briefing; the filters are too: each filtered list is its own page
        key = ("story", served.version, story_id, page_lang, factchecks.size(), *filters.values().values())
        if added:  # the one uncached variant: a banner naming the article just added
            snap = await _in_thread(served.story_snapshot, story_id, reader.sentences)
            if snap is None:
                return error(request, 404, N_("No such story."))
            view = story_view(snap, story_id, page_lang, filters)
            return render(request, "story.html.j2", view=view, snap=snap, added=added,
                          prior_checks=renderer.prior_checks(snap, story_id))
        path = request.url.path
        body = await cached(key, lambda: renderer.story_page(served, story_id, page_lang, path, filters),
                            None if filters.active() else lambda: prerendered.body(
                                served_build_of(served), "story", f"/stories/{url_id(story_id)}", page_lang, story_id,
                                str(factchecks.size())))
        if body is None:
            return error(request, 404, N_("No such story."))
        return gzip_response(request, body, "text/html")

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    async def document_page(request: Request, doc_id: str) -> Response:
        served = cache.current()
        page_lang = lang_of(request)

        path = request.url.path

        def ahead() -> bytes | None:
            story = served.story_of_doc(doc_id)
            if story is None:
                return None
            return prerendered.body(served_build_of(served), "document", f"/documents/{url_id(doc_id)}", page_lang,
                                    story, watch_reader.current_href(doc_id) or "")

        body = await cached(("document", served.version, doc_id, page_lang),
                            lambda: renderer.document_page(served, doc_id, page_lang, path), ahead)
        if body is None:
            return error(request, 404, N_("No such document."))
        return gzip_response(request, body, "text/html")

    @app.get("/entities/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    async def entity_page(request: Request, entity_id: str) -> Response:
        served = cache.current()
        page_lang = lang_of(request)

        path = request.url.path
        body = await cached(("entity", served.version, entity_id, page_lang),
                            lambda: renderer.entity_page(served, entity_id, page_lang, path),
                            lambda: prerendered.body(served_build_of(served), "entity", f"/entities/{url_id(entity_id)}",
                                                     page_lang, None))
        if body is None:
            return error(request, 404, N_("No such entity."))
        return gzip_response(request, body, "text/html")

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    async def compare_page(request: Request, docs: list[str] = Query(default=[])) -> Response:
        served = cache.current()
        ids = _split_docs(docs)
        missing = served.missing_documents(ids[:MAX_COMPARE + 1])
        if missing:
            return error(request, 404, f"No such document: {missing[0]}")
        if not 2 <= len(ids) <= MAX_COMPARE:
            return error(request, 400, f"Choose between 2 and {MAX_COMPARE} documents to compare.")
        snap = await _in_thread(served.compare_snapshot, ids, reader.sentences)
        rows = compare_view(snap, ids, lang_of(request))
        return render(request, "compare.html.j2", columns=[snap.documents[d] for d in ids], rows=rows, snap=snap,
                      translation=translation_view(snap, ids))

    @app.post("/add", include_in_schema=False)
    async def add_from_page(request: Request) -> Response:
        length = security.declared_length(request)
        if length is None or length < 0:
            return error(request, 411, N_("The upload must declare its length (Content-Length)."))
        if length > max_upload_bytes + 64 * 1024:
            return error(request, 413, f"Too large: the limit is {max_upload_bytes // (1024 * 1024)} MB.")
        form = await request.form(max_files=1, max_fields=20)
        if not security.csrf_ok(request, form.get(security.CSRF_FIELD)):  # type: ignore[arg-type]
            return error(request, 403, N_("The form has expired or came from another site; reload the page and retry."))
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str) and upload.filename:
            content = await upload.read(max_upload_bytes + 1)
            if len(content) > max_upload_bytes:
                return error(request, 413, f"Too large: the limit is {max_upload_bytes // (1024 * 1024)} MB.")
            result = await _in_thread(library.add_file, upload.filename, content)
        else:
            text = form.get("text")
            result = await _in_thread(library.add_text, text if isinstance(text, str) else "",
                                      _field(form, "title"), _field(form, "outlet"), _field(form, "published"))
        request.state.audit_target = ",".join(result.documents)
        if not result.documents:
            reasons = "; ".join(e["reason"] for e in result.errors) or "nothing could be read"
            return error(request, 422, f"The article could not be added: {reasons}")
        first = result.documents[0]
        story = cache.current().story_of_doc(first)
        target = f"/stories/{url_id(story)}?added={url_id(first)}" if story else doc_url(first)
        return RedirectResponse(target, status_code=303)

    def document_by_url(url: str) -> Document | None:
        doc_id = cache.current().document_id_by_url(url)
        return reader.get(doc_id) if doc_id else None

    @app.get("/factchecks", response_class=HTMLResponse, include_in_schema=False)
    async def factcheck_page(request: Request, q: str = "", marked: str = "") -> Response:
        result = await _in_thread(factchecks.search, q, document_by_url)
        verdicts = await _in_thread(factchecks.verdicts)
        return render(request, "factchecks.html.j2", result=result, verdicts=verdicts[-20:], marked=marked,
                      ratings=FACTCHECK_SCALE, problems=[], form={})

    @app.post("/factchecks/verdicts", include_in_schema=False)
    async def mark_verdict(request: Request) -> Response:
        length = security.declared_length(request)
        if length is None or length < 0 or length > 64 * 1024:
            return error(request, 413, "The verdict form is too large (limit 64 kB) or declares no length.")
        form = await request.form(max_files=0, max_fields=20)
        if not security.csrf_ok(request, form.get(security.CSRF_FIELD)):  # type: ignore[arg-type]
            return error(request, 403, N_("The form has expired or came from another site; reload the page and retry."))
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        verdict_id, problems = await _in_thread(factchecks.add_verdict, fields)
        if problems:
            result = await _in_thread(factchecks.search, "", None)
            verdicts = await _in_thread(factchecks.verdicts)
            return render(request, "factchecks.html.j2", status=422, result=result, verdicts=verdicts[-20:], marked="",
                          ratings=FACTCHECK_SCALE, problems=problems, form=fields)
        return RedirectResponse(f"/factchecks?marked={verdict_id}", status_code=303)

    @app.get("/api/factchecks/match", summary="Prior fact-checks that address a claim, ranked")
    async def api_factcheck_match(q: str = Query(..., max_length=2000), limit: int = Query(5, ge=1, le=20)) -> JSONResponse:
        result = await _in_thread(factchecks.search, q, None)
        return JSONResponse({"query": result.query, "verdict": bool(result.verdicts),
                             "matches": [m.to_dict() for m in result.matches[:limit]]})

    # ------------------------------------------------------------------ accounts

    def session_cookie(request: Request, response: Response, token: str) -> None:
        # Secure when the browser reached us over https (directly, or through a proxy whose
        # X-Forwarded-Proto uvicorn trusts): the cookie then never travels in clear text
        response.set_cookie(security.SESSION_COOKIE, token, max_age=int(accounts.session_seconds), path="/",
                            httponly=True, samesite="strict", secure=request.url.scheme == "https")

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    async def login_page(request: Request, next_path: str = Query("/", alias="next")) -> Response:
        return render(request, "login.html.j2", next=security.safe_next(next_path), message="", name="")

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=10)
        target = security.safe_next(_field(form, "next"))
        if not security.csrf_ok(request, form.get(security.CSRF_FIELD)):  # type: ignore[arg-type]
            return render(request, "login.html.j2", status=403, next=target, name="",
                          message=N_("The form has expired; reload the page and retry."))
        name = (_field(form, "name") or "").strip()
        password = form.get("password")
        password = password if isinstance(password, str) else ""
        client = request.client.host if request.client else "unknown"
        wait = max(per_client.retry_after(client), per_account.retry_after(name.lower()))
        if wait > 0:
            response = render(request, "login.html.j2", status=429, next=target, name=name,
                              message=N_("Too many failed logins; try again later."))
            response.headers["Retry-After"] = str(int(wait) + 1)
            return response
        account = await run_in_threadpool(accounts.verify, name, password)
        if account is None:
            per_client.fail(client)
            per_account.fail(name.lower())
            return render(request, "login.html.j2", status=401, next=target, name=name,
                          message=N_("Wrong name or password."))
        per_account.clear(name.lower())
        accounts.close_session(request.cookies.get(security.SESSION_COOKIE))  # never keep a token set before login
        token = accounts.open_session(account)
        accounts.record(account.name, "login", client, 303)
        response = RedirectResponse(target, status_code=303)
        session_cookie(request, response, token)
        return response

    @app.get("/logout", response_class=HTMLResponse, include_in_schema=False)
    async def logout_page(request: Request) -> Response:
        return render(request, "logout.html.j2", account=request.state.account)

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=5)
        if not security.csrf_ok(request, form.get(security.CSRF_FIELD)):  # type: ignore[arg-type]
            return error(request, 403, N_("The form has expired or came from another site; reload the page and retry."))
        token = request.cookies.get(security.SESSION_COOKIE)
        account = accounts.session(token)
        accounts.close_session(token)
        if account is not None:
            accounts.record(account.name, "logout", "", 303)
        response = RedirectResponse("/login" if require_login else "/", status_code=303)
        response.delete_cookie(security.SESSION_COOKIE, path="/", httponly=True, samesite="strict")
        return response

    @app.get("/lang/{code}", include_in_schema=False)
    async def choose_language(code: str, next_path: str = Query("/", alias="next")) -> Response:
        """The language switch: remembered in a cookie for a year, then back to the page."""
        if code not in LANGUAGES:
            return JSONResponse({"detail": f"language {code!r}: choose from {', '.join(LANGUAGES)}"}, status_code=404)
        response = RedirectResponse(security.safe_next(next_path), status_code=303)
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 24 * 3600, path="/", httponly=True, samesite="lax")
        return response

    # ------------------------------------------------------------------ watch: changes and archived copies

    @app.get("/changes", response_class=HTMLResponse, include_in_schema=False)
    async def changes_page(request: Request) -> Response:
        return render(request, "changes.html.j2", changes=watch_reader.changes(lang=lang_of(request)))

    @app.get("/changes.atom", include_in_schema=False)
    async def changes_feed(request: Request) -> Response:
        changes = watch_reader.change_records()
        base = str(request.base_url).rstrip("/")
        updated = changes[0].at if changes else "1970-01-01T00:00:00Z"
        return Response(atom_feed(changes, base, updated), media_type="application/atom+xml")

    @app.get("/archived/{n}/{doc_id:path}", include_in_schema=False)
    async def archived_copy(request: Request, n: int, doc_id: str, view: str = "text") -> Response:
        found = watch_reader.archived(doc_id, n)
        if found is None:
            return error(request, 404, "No such archived copy.")
        if view == "page":
            # the page as the outlet served it, inert: no script runs, nothing is loaded from
            # anywhere, forms and plugins are off, and the sandbox gives it an opaque origin
            headers = {"Content-Security-Policy": ARCHIVE_CSP, "X-Content-Type-Options": "nosniff",
                       "Content-Disposition": "inline"}
            ctype = (found.header("Content-Type") or "text/html").split(";", 1)[0].strip().lower()
            if ctype not in ("text/html", "application/xhtml+xml", "text/plain"):
                ctype = "text/plain"
            return Response(found.body, media_type=ctype, headers=headers)
        base = f"/archived/{n}/{url_id(doc_id)}"
        return render(request, "archived.html.j2", url=found.url, fetched_at=found.fetched_at, status=found.status,
                      text=decode_html(found.body), raw_href=f"{base}?view=page",
                      doc_href=doc_url(doc_id) if cache.current().has_document(doc_id) else None)

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:  # browsers ask for it; answer instead of logging a 404
        return Response(status_code=204)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs(request: Request) -> Response:
        return render(request, "apidocs.html.j2", spec=app.openapi())

    # ------------------------------------------------------------------ API

    @app.get("/api/stories", summary="Stories, newest first, filtered like the index page")
    async def api_stories(request: Request, q: str = "", entity: str = "", outlet: str = "",
                          date_from: str = Query("", alias="from"), date_to: str = Query("", alias="to"),
                          page: int = Query(1, ge=1, le=100_000),
                          per_page: int = Query(PAGE_SIZE, ge=1, le=500)) -> Response:
        served = cache.current()

        def build_body() -> str:
            bounds = [v if _ISO_BOUND.match(v) else "" for v in (date_from.strip(), date_to.strip())]
            total, found = served.search_stories(q, entity, outlet, *bounds, offset=(page - 1) * per_page,
                                                 limit=per_page)
            for story in found:
                del story["_disputes"]
            return compact_json({"total": total, "page": page, "per_page": per_page, "computed": served.stories_computed,
                          "stories": found})

        key = ("api-stories", served.version, q, entity, outlet, date_from, date_to, page, per_page)
        body = await cached(key, build_body)
        return gzip_response(request, body, "application/json")  # type: ignore[arg-type]  # never None

    @app.get("/api/stories/{story_id:path}", summary="One story as a briefing.json subset")
    async def api_story(request: Request, story_id: str) -> Response:
        served = cache.current()

        body = await cached(("api-story", served.version, story_id), lambda: renderer.api_story(served, story_id),
                            lambda: prerendered.body(served_build_of(served), "api-story",
                                                     f"/api/stories/{url_id(story_id)}", API, story_id, served.generated))
        if body is None:
            return JSONResponse({"detail": "No such story."}, status_code=404)
        return gzip_response(request, body, "application/json")  # type: ignore[arg-type]  # never None

    @app.get("/api/documents", summary="Documents (metadata and text), paged")
    async def api_documents(page: int = Query(1, ge=1, le=100_000), per_page: int = Query(PAGE_SIZE, ge=1, le=500),
                            story: str = "") -> dict[str, Any]:
        total, documents = await run_in_threadpool(cache.current().documents_page, (page - 1) * per_page, per_page,
                                                   story)
        return {"total": total, "page": page, "per_page": per_page, "documents": documents}

    @app.get("/api/documents/{doc_id:path}", summary="One document as a briefing.json subset")
    async def api_document(request: Request, doc_id: str) -> Response:
        served = cache.current()

        def ahead() -> bytes | None:
            story = served.story_of_doc(doc_id)
            if story is None:
                return None
            return prerendered.body(served_build_of(served), "api-document", f"/api/documents/{url_id(doc_id)}", API,
                                    story, served.generated)

        body = await cached(("api-document", served.version, doc_id), lambda: renderer.api_document(served, doc_id),
                            ahead)
        if body is None:
            return JSONResponse({"detail": "No such document."}, status_code=404)
        return gzip_response(request, body, "application/json")

    @app.get("/api/entities/{entity_id:path}", summary="One entity: its mentions, quotes and claims")
    async def api_entity(entity_id: str) -> Response:
        served = cache.current()
        found = await run_in_threadpool(served.entity_snapshot, entity_id, reader.sentences, API_ENTITY_DOCUMENTS)
        if found is None:
            return JSONResponse({"detail": "No such entity."}, status_code=404)
        snap, total_mentions = found
        ent = snap.entity_dict(entity_id)
        names = {n.strip().lower() for n in [ent.get("name") or "", *(ent.get("aliases") or [])] if n.strip()}  # type: ignore[union-attr]
        claims = [c for n in sorted(names) for c in snap.claims_by_claimant.get(n, [])]
        total_documents, docs = served.entity_documents(entity_id)
        stories = served.entity_stories(docs) if served.stories_computed else []
        # an entity named across a large store: its first documents (by id), and how many there are
        return JSONResponse({"entity": ent, "quotes": snap.quotes_by_speaker.get(entity_id, []), "claims": claims,
                             "documents": docs, "stories": stories, "total_documents": total_documents,
                             "total_mentions": total_mentions})

    @app.post("/api/documents", status_code=201, summary="Add an article: JSON {title, outlet, published, text} or a multipart file",
              responses={201: {"description": "Added (or already stored)"}, 413: {"description": "Too large"},
                         415: {"description": "Unsupported type"}, 422: {"description": "Could not be read"}})
    async def api_add(request: Request) -> Response:
        length = security.declared_length(request)
        if length is not None and length > max_upload_bytes + 64 * 1024:
            return JSONResponse({"detail": f"too large: the limit is {max_upload_bytes} bytes"}, status_code=413)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/json":
            try:
                body = await security.read_limited(request, max_upload_bytes)
            except security.BodyTooLarge:
                return JSONResponse({"detail": f"too large: the limit is {max_upload_bytes} bytes"}, status_code=413)
            try:
                payload = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                return JSONResponse({"detail": "the body is not valid JSON"}, status_code=400)
            if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
                return JSONResponse({"detail": "expected a JSON object with a string 'text'"}, status_code=400)
            args = {k: payload.get(k) if isinstance(payload.get(k), str) else None
                    for k in ("title", "outlet", "published", "url", "author")}
            doc_id = payload.get("id") if isinstance(payload.get("id"), str) else None
            result = await _in_thread(library.add_text, payload["text"], doc_id=doc_id, **args)
        elif ctype == "multipart/form-data":
            if length is None or length < 0:
                return JSONResponse({"detail": "a multipart upload must declare its Content-Length"}, status_code=411)
            form = await request.form(max_files=1, max_fields=10)
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                return JSONResponse({"detail": "expected a 'file' part"}, status_code=400)
            content = await upload.read(max_upload_bytes + 1)
            if len(content) > max_upload_bytes:
                return JSONResponse({"detail": f"too large: the limit is {max_upload_bytes} bytes"}, status_code=413)
            result = await _in_thread(library.add_file, upload.filename, content)
        else:
            return JSONResponse({"detail": "send application/json or multipart/form-data"}, status_code=415)
        request.state.audit_target = ",".join(result.documents)
        if not result.documents:
            return JSONResponse({"detail": "nothing could be read", "errors": result.errors}, status_code=422)
        served = cache.current()
        added = [{"id": d, "story": served.story_of_doc(d), "url": doc_url(d)} for d in result.documents]
        status = 201 if result.unchanged < len(result.documents) else 200
        return JSONResponse({"documents": added, "errors": result.errors, "unchanged": result.unchanged},
                            status_code=status, headers={"Location": f"/api/documents/{url_id(result.documents[0])}"})

    return app


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg")), "type": str(e.get("type"))} for e in exc.errors()]


def _field(form: Any, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) and value.strip() else None


async def _in_thread(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn`` in the thread pool: a page read from SQLite must not hold up the event loop."""
    return await run_in_threadpool(fn, *args, **kwargs)


# Idle keep-alive connections are closed after this long. It must exceed the clients' own idle
# expiry (httpx: 5 s, the same as uvicorn's default): with equal timers a client reuses a
# connection at the moment the server closes it, and the request fails with a ReadError.
KEEP_ALIVE_SECONDS = 75


def uvicorn_options() -> dict[str, Any]:
    """How ``serve`` runs uvicorn (also used by bench/web_load.py, so the bench measures the same)."""
    return {"timeout_keep_alive": KEEP_ALIVE_SECONDS, "http": "auto", "loop": "auto"}


def is_loopback(host: str) -> bool:
    """True when ``host`` is an address only this machine can reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, require_login: bool | None = None,
          lang: str = DEFAULT_LANG) -> None:
    """Run the app with uvicorn until interrupted (httptools and uvloop when installed).

    On any address but loopback (or with ``require_login``) every page needs an account; with no
    account in the store it refuses to start (``UsageError``) rather than serve without a login.
    """
    import uvicorn

    if require_login is None:
        require_login = not is_loopback(host)
    Store(db_path).close()  # a file that is not a store fails here (StoreError), before the accounts open it
    accounts = Accounts(db_path)
    if require_login and accounts.count() == 0:
        why = f"serving on {host}" if not is_loopback(host) else "--accounts"
        raise UsageError(f"{why} needs accounts and {db_path} has none; add one with "
                         f"'ceksilang users add NAME --role admin --db {db_path}'")
    app = create_app(db_path, require_login=require_login, accounts=accounts, lang=lang)
    # a page allocates tens of thousands of short-lived records (JSON, views): the collector's
    # passes were a tenth of the server's CPU, mostly scanning what start-up made and never frees
    # (modules, the app). Keep those out of its scans, and let it run less often.
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    uvicorn.run(app, host=host, port=port, log_level="info", **uvicorn_options())
