"""The pages ``ceksilang serve`` answers, rendered from one version of the served briefing.

One renderer for the app (a page nobody asked for yet, rendered at the request) and for
``ceksilang prerender`` (the same pages rendered ahead of the requests and kept beside the store,
``web.prerender``): what the two write must be the same bytes, so both call the functions here.
Also the readers of what the store itself keeps (article text, sentences, what ``watch`` archived)
and the page templates.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader

from ceksilang import __version__
from ceksilang.model import Document
from ceksilang.render import i18n
from ceksilang.render.explain import explain
from ceksilang.render.html import add_locale_filters
from ceksilang.render.locale import DEFAULT_LANG
from ceksilang.watch.archive import ArchivedResponse, read_archived
from ceksilang.watch.edits import Change, describe_message
from ceksilang.watch.state import ChangeRecord, archive_at, archive_href, current_archive, edit_by_id, has_tables, iter_changes
from ceksilang.web.factchecks import FactCheckService
from ceksilang.web.marks import render_marked
from ceksilang.web.snapshot import briefing_subset
from ceksilang.web.stored import StoredBriefing
from ceksilang.web.views import (TriageFilters, compare_url, doc_url, document_spans, entity_view, evidence_html,
                                 story_view, url_id)

log = logging.getLogger(__name__)


class DocumentReader:
    """Reads one document (with its mentions and dates) from the store, one connection per thread."""

    def __init__(self, db_path: Path):
        self.uri = f"file:{Path(db_path).resolve()}?mode=ro"
        self._local = threading.local()

    def get(self, doc_id: str) -> Document | None:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(self.uri, uri=True, timeout=10.0)
        row = conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.from_dict(json.loads(row[0])) if row else None

    def texts(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """Each document's text (SQLite reads it out of the JSON: not the spans a ``get`` parses)."""
        return dict(self._each(doc_ids, "$.text"))

    def sentences(self, doc_ids: Sequence[str]) -> dict[str, list[list[int]]]:
        """Each document's sentence spans, as analysis stored them (SQLite reads them out of the JSON;
        ``snapshot_of`` makes them tuples)."""
        return {d: json.loads(spans) for d, spans in self._each(doc_ids, "$.sentences") if spans}

    def _each(self, doc_ids: Sequence[str], field: str) -> Iterator[tuple[str, Any]]:
        """(id, ``field`` of its stored JSON) for each of ``doc_ids`` in the store."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(self.uri, uri=True, timeout=10.0)
        ids = list(doc_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            yield from conn.execute(f"SELECT id, json_extract(data, ?) FROM documents"
                                    f" WHERE id IN ({','.join('?' * len(chunk))})", [field, *chunk])


class WatchReader:
    """What ``ceksilang watch`` recorded (changes, archived copies), read-only, one connection per thread."""

    def __init__(self, db_path: Path):
        self.uri = f"file:{Path(db_path).resolve()}?mode=ro"
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(self.uri, uri=True, timeout=10.0)
        return conn

    def change_records(self, limit: int = 200) -> list[ChangeRecord]:
        return list(iter_changes(self._conn(), limit))

    def changes(self, limit: int = 200, lang: str = DEFAULT_LANG) -> list[dict[str, Any]]:
        """The newest changes; an edit's sentence in ``lang`` (the log keeps it in English)."""
        conn = self._conn()
        out = []
        for change in iter_changes(conn, limit):
            item = change.to_dict()
            data = change.data
            if change.kind == "edit" and data.get("field"):
                said = describe_message(Change(data["field"], data.get("before") or "", data.get("after") or ""),
                                        data.get("outlet"))
                item["title"] = explain(said, lang)
            if change.kind == "edit" and isinstance(change.data.get("edit"), int):
                record = edit_by_id(conn, change.data["edit"])
                if record is not None:
                    detail = record.to_dict()
                    detail["before_href"] = archive_href(conn, record.doc_id, record.before_archive)
                    detail["after_href"] = archive_href(conn, record.doc_id, record.after_archive)
                    item["edit_detail"] = detail
            out.append(item)
        return out

    def archived(self, doc_id: str, n: int) -> ArchivedResponse | None:
        conn = self._conn()
        if n < 0 or not has_tables(conn):
            return None
        ref = archive_at(conn, doc_id, n)
        if ref is None:
            return None
        try:
            return read_archived(ref.warc, ref.offset)
        except (OSError, ValueError) as exc:
            log.warning("archived copy %s@%s of %s cannot be read: %s", ref.warc, ref.offset, doc_id, exc)
            return None

    def current_href(self, doc_id: str) -> str | None:
        conn = self._conn()
        if not has_tables(conn):
            return None
        return archive_href(conn, doc_id, current_archive(conn, doc_id))



# --------------------------------------------------------------------------- templates


@lru_cache(maxsize=8)
def templates(accounts: bool = False, lang: str = DEFAULT_LANG) -> Environment:
    """The page templates; with ``accounts`` the header offers to log out; labels in ``lang``, and
    numbers and dates (filters ``number``, ``date``, ``when``, ``date_range``) as it writes them."""
    # the story charts' macro is briefing.html's (render/templates/_charts.html.j2): one copy for both
    env = Environment(loader=ChoiceLoader([PackageLoader("ceksilang.web", "templates"),
                                           PackageLoader("ceksilang.render", "templates")]), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["url_id"] = url_id
    add_locale_filters(env)
    i18n.install(env, lang)
    env.globals.update(doc_url=doc_url, compare_url=compare_url, version=__version__, accounts=accounts, lang=lang,
                       evidence_html=partial(evidence_html, lang=lang))
    return env


class PageRenderer:
    """Renders the cacheable pages and API answers of a served briefing (``None``: no such record).

    ``accounts``: the header offers to log out (a server with logins); ``request_path`` is the
    path the page was asked for (the language switch links back to it)."""

    def __init__(self, db_path: str | Path, accounts: bool = False, factchecks: FactCheckService | None = None):
        self.db_path = Path(db_path)
        self.accounts = accounts
        self.reader = DocumentReader(self.db_path)
        self.watch_reader = WatchReader(self.db_path)
        self.factchecks = factchecks or FactCheckService(self.db_path)

    def environment(self, lang: str) -> Environment:
        return templates(self.accounts, lang)

    def prior_checks(self, snap: Any, story_id: str) -> list[dict[str, Any]]:
        """The prior fact-checks a story's articles match (none read without a fact-check archive)."""
        if not self.factchecks.size():
            return []
        story = snap.story_by_id[story_id]
        ids = [d for d in story.get("docs", []) if d in snap.documents]
        texts = self.reader.texts(ids)
        documents = [{**snap.documents[d], "text": texts[d]} for d in ids if d in texts]
        return self.factchecks.story_checks(documents, story, snap.claims_by_story.get(story_id, []))

    def story_page(self, served: StoredBriefing, story_id: str, lang: str, request_path: str,
                   filters: TriageFilters | None = None) -> str | None:
        snap = served.story_snapshot(story_id, self.reader.sentences)
        if snap is None:
            return None
        view = story_view(snap, story_id, lang, filters or TriageFilters())
        return self.environment(lang).get_template("story.html.j2").render(
            view=view, snap=snap, csrf_token="", added="", request_path=request_path,
            prior_checks=self.prior_checks(snap, story_id))

    def document_page(self, served: StoredBriefing, doc_id: str, lang: str, request_path: str) -> str | None:
        snap = served.document_snapshot(doc_id, self.reader.sentences, page=True)
        doc = self.reader.get(doc_id) if snap is not None else None
        if doc is None:  # not in the served briefing, or removed from the store since it was written
            return None
        spans, panels, entities = document_spans(doc, snap, lang)
        story = snap.story_by_id.get(snap.story_of_doc.get(doc_id, ""))  # type: ignore[union-attr]  # not None here
        return self.environment(lang).get_template("document.html.j2").render(
            archived_href=self.watch_reader.current_href(doc_id),
            doc=doc, meta=snap.documents[doc_id], body=render_marked(doc.text, spans), panels=panels,  # type: ignore[union-attr]
            entities=entities, story=story, snap=snap, csrf_token="", request_path=request_path)

    def entity_page(self, served: StoredBriefing, entity_id: str, lang: str, request_path: str) -> str | None:
        found = served.entity_snapshot(entity_id, self.reader.sentences)
        view = entity_view(found[0], entity_id, lang) if found else None
        if view is None:
            return None
        view.total_mentions = found[1]  # all of them, not only those of the documents shown  # type: ignore[index]
        return self.environment(lang).get_template("entity.html.j2").render(
            view=view, snap=found[0], csrf_token="", request_path=request_path)  # type: ignore[index]

    def api_story(self, served: StoredBriefing, story_id: str) -> str | None:
        snap = served.story_snapshot(story_id, self.reader.sentences)
        if snap is None:
            return None
        docs = [d for d in snap.story_by_id[story_id].get("docs", []) if d in snap.documents]
        spans = {d: spans_of(self.reader.get(d)) for d in docs[:1000]}
        return compact_json(briefing_subset(snap, docs, [story_id], spans))

    def api_document(self, served: StoredBriefing, doc_id: str) -> str | None:
        snap = served.document_snapshot(doc_id, self.reader.sentences)
        doc = self.reader.get(doc_id) if snap is not None else None
        if doc is None:  # not in the served briefing, or removed from the store since it was written
            return None
        story = snap.story_of_doc.get(doc_id)  # type: ignore[union-attr]  # not None here
        return compact_json(briefing_subset(snap, [doc_id], [story] if story else [], {doc_id: spans_of(doc)}))  # type: ignore[arg-type]


def compact_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def spans_of(doc: Document | None) -> dict[str, list[dict[str, Any]]]:
    if doc is None:
        return {}
    return {"mentions": [m.to_dict() for m in doc.mentions], "dates": [t.to_dict() for t in doc.dates]}


__all__ = ["DocumentReader", "WatchReader", "PageRenderer", "templates", "compact_json", "spans_of"]
