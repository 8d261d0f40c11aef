"""The main job: read -> clean -> extract per input, then link -> reconcile -> render over the store.

``analyze_raw`` is the per-input part (a pure function of one ``RawDocument``, so it can run in
a process pool or on a cluster); ``analyze`` drives it over paths, keeps results in the store
and renders the briefing from everything stored.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ceksilang.ingest.clean import clean_document
from ceksilang.reconcile.briefing import DocumentSource, write_served_briefing, write_store_briefing
from ceksilang.reconcile.briefing import build_briefing as build_store_briefing
from ceksilang.ingest.langid import detect_language
from ceksilang.model import Briefing, Document, InputError, RawDocument
from ceksilang.ingest.read import iter_input_files, iter_inputs
from ceksilang.settings import DEFAULT, Settings
from ceksilang.render.served import served_path
from ceksilang.store import Store, digest_text

if TYPE_CHECKING:  # only for hints: fetching needs the watch extra, imported where used
    from ceksilang.reconcile.briefing import ExtraDiscrepancies
    from ceksilang.watch.fetch import Fetcher

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    """What one ``analyze`` run did (the one-line summary the CLI prints)."""

    read: int = 0  # inputs read into documents in this run (new or changed)
    unchanged: int = 0  # inputs already in the store with the same content
    failed: int = 0  # inputs of this run that could not be read
    failed_stories: int = 0  # stories written without their records because a stage failed on them
    duplicates: int = 0  # documents in the store marked as duplicates of another
    documents: int = 0  # documents in the store after the run
    errors: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.read} read, {self.unchanged} already stored, {self.duplicates} duplicates, "
            f"{self.failed} failed; {self.documents} documents in the store"
            + (f"; {self.failed_stories} stories could not be reconciled" if self.failed_stories else "")
        )


def analyze_raw(raw: RawDocument, settings: Settings = DEFAULT, extract: bool = True) -> Document:
    """Clean one raw input, detect its language and run extraction on it."""
    doc = clean_document(raw)
    doc.language = raw.language or detect_language(doc.text, settings.min_chars_for_language)
    if extract:
        from ceksilang.extract.pipeline import extract_document

        extract_document(doc)
    return doc


def _analyze_batch(batch: list[RawDocument], settings: Settings, extract: bool) -> list[Document | InputError]:
    """Analyse a batch in a worker; a failure on one input becomes that input's error."""
    out: list[Document | InputError] = []
    for raw in batch:
        try:
            out.append(analyze_raw(raw, settings, extract=extract))
        except Exception as exc:  # a bug on one input must not lose the others
            log.exception("analysing %s failed", raw.source.key())
            out.append(InputError(source=raw.source.key(), reason=f"analysis failed: {type(exc).__name__}: {exc}"))
    return out


def _warm_worker(extract: bool) -> None:
    # load the models once per worker process, not once per batch
    detect_language("warm up the language detector with a sentence")
    if extract:
        from ceksilang.extract.pipeline import default_pipeline

        default_pipeline()


def _batches(items: Iterable[RawDocument | InputError], size: int) -> Iterator[list[RawDocument | InputError]]:
    batch: list[RawDocument | InputError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


SMALL_JOB_BYTES = 2 * 1024 * 1024


def default_workers(paths: Sequence[str | Path] | None = None) -> int:
    """All cores, except for a small job, where starting worker processes (each loading the
    models, ~2 s) costs more than it saves."""
    cores = max(1, os.cpu_count() or 1)
    if paths is not None:
        total = 0
        for path in iter_input_files(paths):
            try:
                total += path.stat().st_size
            except OSError:
                continue
            if total > SMALL_JOB_BYTES:
                return cores
        return 1
    return cores


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    field_map: Mapping[str, str] | None = None,
    settings: Settings = DEFAULT,
    on_file: Callable[[Path], None] | None = None,
    extract: bool = True,
    workers: int = 1,
    batch_size: int = 16,
    summary: RunSummary | None = None,
) -> RunSummary:
    """Read every input under ``paths`` into ``store``; skip inputs already stored unchanged.

    With ``workers > 1`` the per-document work (``analyze_raw``) runs in a process pool; reading,
    the store and the order results are written in stay in this process, so the store ends up
    the same as with one worker.
    """
    # a caller-owned summary still holds the counts when the run is interrupted
    summary = RunSummary() if summary is None else summary
    pending: dict[str, str] = {}  # source key -> digest of inputs sent for analysis

    def triage(batch: list[RawDocument | InputError]) -> list[RawDocument]:
        todo = []
        for item in batch:
            if isinstance(item, InputError):
                store.put_error(item)
                summary.failed += 1
                summary.errors.append(item)
                continue
            key = item.source.key()
            digest = digest_text(item.text)
            if store.known_digest(key) == digest or pending.get(key) == digest:
                summary.unchanged += 1
                continue
            if store.id_taken(item.id, key):
                item.id = f"{item.id}~{digest[:8]}"
            pending[key] = digest
            todo.append(item)
        return todo

    def commit(raws: list[RawDocument], results: list[Document | InputError]) -> None:
        for raw, result in zip(raws, results):
            key = raw.source.key()
            if isinstance(result, InputError):
                store.put_error(result)
                summary.failed += 1
                summary.errors.append(result)
            else:
                store.put_document(result, pending[key])
                summary.read += 1
            pending.pop(key, None)

    batches = _batches(iter_inputs(paths, field_map=field_map, settings=settings, on_file=on_file), batch_size)
    if workers <= 1:
        for batch in batches:
            todo = triage(batch)
            if todo:
                commit(todo, _analyze_batch(todo, settings, extract))
        return summary

    from collections import deque

    from ceksilang.scale.workers import WorkerPool

    def result(raws: list[RawDocument], fut) -> list[Document | InputError]:
        try:
            return fut.result()
        except Exception:  # the worker died (killed, out of memory): the batch is analysed here
            log.exception("a worker analysing %d inputs failed", len(raws))
            return _analyze_batch(raws, settings, extract)

    with WorkerPool(workers, settings.worker_max_batches, initializer=_warm_worker, initargs=(extract,)) as pool:
        window: deque = deque()
        for batch in batches:
            todo = triage(batch)
            if todo:
                window.append((todo, pool.submit(_analyze_batch, todo, settings, extract)))
            # a bounded window keeps memory flat however large the input is
            while len(window) > workers * 3:
                raws, fut = window.popleft()
                commit(raws, result(raws, fut))
        while window:
            raws, fut = window.popleft()
            commit(raws, result(raws, fut))
    return summary


def build_briefing(store: DocumentSource, settings: Settings = DEFAULT) -> Briefing:
    """Whole-store stages (duplicates, stories, entity linking, spun copies, reconciliation) over
    ``store``, collected in memory; ``analyze`` streams the same stages to disk instead. Silent
    edits found by fetching (``ceksilang.watch``) join their stories as discrepancies."""
    return build_store_briefing(store, settings, extra=silent_edits_of(store))


def silent_edits_of(store: object) -> ExtraDiscrepancies | None:
    """The silent-edit discrepancies of a SQLite store, None for any other document source."""
    conn = getattr(store, "conn", None)
    if conn is None:
        return None
    from ceksilang.watch.state import edit_discrepancies, has_tables

    return edit_discrepancies(conn) if has_tables(conn) else None


# --------------------------------------------------------------------------- fetched pages

FETCH_OUTCOMES = ("new", "changed", "unchanged", "not-modified", "failed")


def ingest_url(url: str, store: Store, fetcher: Fetcher, settings: Settings = DEFAULT, summary: RunSummary | None = None,
               feed: str | None = None, recheck: bool = False, extract: bool = True) -> str:
    """Fetch ``url`` (conditionally when it was fetched before), read it as an HTML file is read,
    analyse it and store it with its archived copy; a re-fetched page whose figures, quotes,
    speakers or headline changed records a silent edit. Returns one of ``FETCH_OUTCOMES``.

    Everything one page adds (document, page state, archived copy, edits, changes) is written in
    one transaction: a run killed at any point leaves either all of it or none of it."""
    from ceksilang.watch.archive import utc_now
    from ceksilang.watch.edits import content_changes, describe
    from ceksilang.watch.fetch import fetched_to_document
    from ceksilang.watch import state as pages

    summary = RunSummary() if summary is None else summary
    conn = store.conn
    pages.ensure_tables(conn)
    known = pages.page_state(conn, url)
    stored = known is not None and known.doc_id is not None
    fetched = fetcher.fetch(url, known.etag if stored else None, known.last_modified if stored else None)
    now = fetched.fetched_at or utc_now()
    if fetched.not_modified and stored:
        with conn:
            pages.record_page(conn, url, None, now, None, None, checked=recheck)
        summary.unchanged += 1
        return "not-modified"
    item = fetched_to_document(fetched, settings)
    if isinstance(item, InputError):
        store.put_error(item)
        summary.failed += 1
        summary.errors.append(item)
        return "failed"
    digest = digest_text(item.text)
    if stored and store.known_digest(url) == digest:
        # the page's bytes changed but not its article (ads, related links, markup): not an edit
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            pages.record_page(conn, url, known.doc_id, now, fetched.etag, fetched.last_modified, checked=recheck)
            if fetched.archive:
                pages.record_archive(conn, known.doc_id, url, fetched.archive)
        summary.unchanged += 1
        return "unchanged"
    if store.id_taken(item.id, url):
        item.id = f"{item.id}~{digest[:8]}"
    try:
        doc = analyze_raw(item, settings, extract=extract)
    except Exception as exc:  # a bug on one page must not stop the others
        log.exception("analysing %s failed", url)
        error = InputError(url, f"analysis failed: {type(exc).__name__}: {exc}")
        store.put_error(error)
        summary.failed += 1
        summary.errors.append(error)
        return "failed"
    before = store.get_document(known.doc_id) if stored else None
    before_copy = pages.current_archive(conn, known.doc_id) if stored else None
    changes = content_changes(before, doc) if before is not None else []

    def record(c) -> None:
        pages.record_page(c, url, doc.id, now, fetched.etag, fetched.last_modified, feed=feed, checked=recheck)
        if fetched.archive:
            pages.record_archive(c, doc.id, url, fetched.archive)
        for change in changes:
            edit_id = pages.record_edit(c, doc.id, url, doc.outlet, change, before_copy, fetched.archive)
            pages.record_change(c, now, "edit", describe(change, doc.outlet),
                                {"edit": edit_id, "url": url, "outlet": doc.outlet, "field": change.field,
                                 "before": change.before, "after": change.after,
                                 "window": {"from": before_copy.fetched_at if before_copy else None, "to": now}},
                                doc_id=doc.id)
        if before is None:
            pages.record_change(c, now, "new-document", doc.title or url,
                                {"url": url, "outlet": doc.outlet, "published": doc.published, "feed": feed},
                                doc_id=doc.id)

    store.put_document(doc, digest, also=record)
    summary.read += 1
    return "new" if before is None else "changed"


def ingest_urls(urls: Sequence[str], store: Store, archive_dir: str | Path, settings: Settings = DEFAULT,
                summary: RunSummary | None = None, extract: bool = True) -> RunSummary:
    """Fetch and store every URL of ``urls`` (see ``ingest_url``), archiving into ``archive_dir``."""
    from ceksilang.watch.archive import WarcArchive
    from ceksilang.watch.fetch import Fetcher

    summary = RunSummary() if summary is None else summary
    with WarcArchive(Path(archive_dir).resolve()) as archive, Fetcher(settings, archive) as fetcher:
        for url in dict.fromkeys(urls):
            ingest_url(url, store, fetcher, settings, summary, extract=extract)
    return summary


def analyze(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    db_path: str | Path | None = None,
    field_map: Mapping[str, str] | None = None,
    settings: Settings = DEFAULT,
    progress: bool = False,
    formats: Iterable[str] = ("json", "md", "html"),
    workers: int = 1,
    urls: Sequence[str] = (),
) -> RunSummary:
    """Ingest ``paths`` and fetch ``urls`` (archived under ``archive/`` beside the store) into the
    store, and write the briefing of the whole store to ``out_dir``."""
    from ceksilang.factcheck.briefing import annotator_for

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = Path(db_path) if db_path else out / "ceksilang.db"
    summary = RunSummary()
    with Store(db) as store:
        try:
            if progress:
                _ingest_with_progress(paths, store, field_map, settings, workers, summary=summary)
            else:
                ingest(paths, store, field_map, settings, workers=workers, summary=summary)
            if urls:
                ingest_urls(urls, store, db.parent / "archive", settings, summary)
            written = write_store_briefing(store, out, formats=formats, settings=settings, workers=workers,
                                           annotate=annotator_for(db), extra=silent_edits_of(store),
                                           served=served_path(db))
            summary.documents, summary.duplicates = written.documents, written.duplicates
            summary.outputs = written.paths
            summary.errors.extend(written.story_errors)
            summary.failed_stories = len(written.story_errors)
        except KeyboardInterrupt:
            # every write is its own transaction: an open one was rolled back, the rest is kept
            raise Interrupted(summary) from None
    return summary


def story_cache_path(db_path: str | Path) -> Path:
    """The cache of reconciled stories the web app keeps beside the store (``StoryCache``)."""
    db = Path(db_path)
    return db.with_name(f"{db.stem}-stories.db")


def update_served(db_path: str | Path, settings: Settings = DEFAULT, workers: int = 1) -> Path:
    """Write the briefing ``ceksilang serve`` reads (``render.served``) beside the store at
    ``db_path``, story by story; the stories no new or edited article touched since the last
    time are taken from a cache beside the store, not reconciled again."""

    with Store(db_path) as store:
        return write_served_briefing(store, served_path(db_path), settings, workers=workers,
                                     extra=silent_edits_of(store), cache=story_cache_path(db_path))


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during ``analyze``; ``summary`` counts what was stored before it."""

    def __init__(self, summary: RunSummary):
        super().__init__(f"interrupted: {summary.read} inputs stored, re-run to resume")
        self.summary = summary


def _ingest_with_progress(paths, store, field_map, settings, workers: int = 1, summary: RunSummary | None = None) -> RunSummary:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    total = sum(1 for _ in iter_input_files(paths))  # counted, not listed: a list of a million paths is 500 MB
    done = 0
    with Progress(
        TextColumn("[bold]analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[current]}"), transient=True,
    ) as bar:
        task = bar.add_task("inputs", total=total, current="")

        # counted as each file starts being read: analysis is a few batches behind at most
        def advance(path: Path) -> None:
            nonlocal done
            done += 1
            bar.update(task, completed=min(done, total), current=path.name[:40])

        return ingest(paths, store, field_map, settings, on_file=advance, workers=workers, summary=summary)
