"""What fetching and watching remember, in the store's own SQLite file (tables beside ``documents``).

* ``watch_pages``: every URL fetched or found in a feed: the document it became, its
  validators (ETag / Last-Modified), when it was first seen and last checked, how many of the
  scheduled re-checks are done. A URL is "known" once it has a row, so a watch killed at any
  point re-reads only what it had not finished: rows are written in the transaction that
  stores the document.
* ``archived``: every archived copy of a document (WARC file, record offset, request time),
  newest last: the current one backs the document, older ones back its edits.
* ``edits``: silent edits found by re-fetching (before/after, both archived copies, the window).
* ``changes``: what the ``/changes`` page, its Atom feed and the webhook report, in order.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

from ceksilang.model import Discrepancy, Document, Story
from ceksilang.watch.archive import ArchiveRef
from ceksilang.render.explain import date_arg, english, message
from ceksilang.watch.edits import Change, describe_message

SCHEMA = """
CREATE TABLE IF NOT EXISTS watch_pages (
    url TEXT PRIMARY KEY,
    doc_id TEXT,
    feed TEXT,
    etag TEXT,
    last_modified TEXT,
    first_seen TEXT NOT NULL,
    last_checked TEXT,
    checks_done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS archived (
    doc_id TEXT NOT NULL,
    url TEXT NOT NULL,
    warc TEXT NOT NULL,
    offset INTEGER NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (warc, offset)
);
CREATE INDEX IF NOT EXISTS archived_doc ON archived(doc_id, fetched_at);
CREATE TABLE IF NOT EXISTS edits (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    url TEXT NOT NULL,
    outlet TEXT,
    field TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    context_before TEXT NOT NULL,
    context_after TEXT NOT NULL,
    before_warc TEXT, before_offset INTEGER, before_at TEXT,
    after_warc TEXT, after_offset INTEGER, after_at TEXT
);
CREATE INDEX IF NOT EXISTS edits_doc ON edits(doc_id);
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    doc_id TEXT,
    title TEXT NOT NULL,
    data TEXT NOT NULL,
    notified INTEGER NOT NULL DEFAULT 0
);
"""


def ensure_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def has_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'edits'").fetchone()
    return row is not None


@dataclass(slots=True)
class PageState:
    url: str
    doc_id: str | None
    etag: str | None
    last_modified: str | None
    first_seen: str
    last_checked: str | None
    checks_done: int


def page_state(conn: sqlite3.Connection, url: str) -> PageState | None:
    row = conn.execute("SELECT url, doc_id, etag, last_modified, first_seen, last_checked, checks_done"
                       " FROM watch_pages WHERE url = ?", (url,)).fetchone()
    return PageState(*row) if row else None


def known_urls(conn: sqlite3.Connection, urls: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(urls), 500):
        chunk = list(urls[i:i + 500])
        found.update(r[0] for r in conn.execute(
            f"SELECT url FROM watch_pages WHERE url IN ({','.join('?' * len(chunk))})", chunk))
    return found


def _parse_time(value: str) -> datetime:
    return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)


def due_rechecks(conn: sqlite3.Connection, now: str, schedule_hours: Sequence[float]) -> list[str]:
    """URLs whose next scheduled re-check (hours after first seen) has come."""
    due = []
    moment = _parse_time(now)
    for url, first_seen, done in conn.execute(
            "SELECT url, first_seen, checks_done FROM watch_pages WHERE doc_id IS NOT NULL ORDER BY first_seen, url"):
        if done < len(schedule_hours) and _parse_time(first_seen) + timedelta(hours=schedule_hours[done]) <= moment:
            due.append(url)
    return due


def stored_urls(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT url FROM watch_pages WHERE doc_id IS NOT NULL ORDER BY first_seen, url")]


def current_archive(conn: sqlite3.Connection, doc_id: str) -> ArchiveRef | None:
    row = conn.execute("SELECT warc, offset, fetched_at FROM archived WHERE doc_id = ?"
                       " ORDER BY fetched_at DESC LIMIT 1", (doc_id,)).fetchone()
    return ArchiveRef(*row) if row else None


def archive_at(conn: sqlite3.Connection, doc_id: str, n: int) -> ArchiveRef | None:
    """The ``n``-th archived copy of ``doc_id`` (0: the first)."""
    row = conn.execute("SELECT warc, offset, fetched_at FROM archived WHERE doc_id = ?"
                       " ORDER BY fetched_at, warc, offset LIMIT 1 OFFSET ?", (doc_id, n)).fetchone()
    return ArchiveRef(*row) if row else None


def archive_number(conn: sqlite3.Connection, doc_id: str, ref: ArchiveRef) -> int:
    """The position of ``ref`` among the archived copies of ``doc_id`` (what ``archive_at`` takes)."""
    rows = conn.execute("SELECT warc, offset FROM archived WHERE doc_id = ? ORDER BY fetched_at, warc, offset",
                        (doc_id,)).fetchall()
    return rows.index((ref.warc, ref.offset))


# -- writes, each meant to run inside the caller's transaction


def record_page(conn: sqlite3.Connection, url: str, doc_id: str | None, fetched_at: str, etag: str | None,
                last_modified: str | None, feed: str | None = None, checked: bool = False) -> None:
    """Insert or update the page row; ``checked``: this fetch was one of the scheduled re-checks."""
    conn.execute(
        "INSERT INTO watch_pages(url, doc_id, feed, etag, last_modified, first_seen, last_checked)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(url) DO UPDATE SET doc_id = COALESCE(excluded.doc_id, doc_id),"
        " etag = COALESCE(excluded.etag, etag), last_modified = COALESCE(excluded.last_modified, last_modified),"
        " last_checked = excluded.last_checked, checks_done = checks_done + ?",
        (url, doc_id, feed, etag, last_modified, fetched_at, fetched_at, 1 if checked else 0))


def record_archive(conn: sqlite3.Connection, doc_id: str, url: str, ref: ArchiveRef) -> None:
    conn.execute("INSERT OR IGNORE INTO archived(doc_id, url, warc, offset, fetched_at) VALUES (?, ?, ?, ?, ?)",
                 (doc_id, url, ref.warc, ref.offset, ref.fetched_at))


def record_edit(conn: sqlite3.Connection, doc_id: str, url: str, outlet: str | None, change: Change,
                before: ArchiveRef | None, after: ArchiveRef | None) -> int:
    cur = conn.execute(
        "INSERT INTO edits(doc_id, url, outlet, field, before, after, context_before, context_after,"
        " before_warc, before_offset, before_at, after_warc, after_offset, after_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc_id, url, outlet, change.field, change.before, change.after, change.context_before,
         change.context_after, *(_ref(before)), *(_ref(after))))
    return int(cur.lastrowid)


def _ref(ref: ArchiveRef | None) -> tuple[Any, Any, Any]:
    return (ref.warc, ref.offset, ref.fetched_at) if ref else (None, None, None)


def record_change(conn: sqlite3.Connection, at: str, kind: str, title: str, data: dict[str, Any],
                  doc_id: str | None = None) -> None:
    conn.execute("INSERT INTO changes(at, kind, doc_id, title, data) VALUES (?, ?, ?, ?, ?)",
                 (at, kind, doc_id, title, json.dumps(data, ensure_ascii=False)))


# -- reading for the briefing, the web app and the webhook


@dataclass(slots=True)
class EditRecord:
    id: int
    doc_id: str
    url: str
    outlet: str | None
    field: str
    before: str
    after: str
    context_before: str
    context_after: str
    before_archive: ArchiveRef | None
    after_archive: ArchiveRef | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "doc": self.doc_id, "url": self.url, "outlet": self.outlet, "field": self.field,
            "before": self.before, "after": self.after,
            "context_before": self.context_before, "context_after": self.context_after,
            "before_archive": _ref_dict(self.before_archive), "after_archive": _ref_dict(self.after_archive),
            "window": {"from": self.before_archive.fetched_at if self.before_archive else None,
                       "to": self.after_archive.fetched_at if self.after_archive else None},
        }


def _ref_dict(ref: ArchiveRef | None) -> dict[str, Any] | None:
    return {"warc": ref.warc, "offset": ref.offset, "fetched_at": ref.fetched_at} if ref else None


def _edit(row: tuple) -> EditRecord:
    (eid, doc, url, outlet, fld, before, after, cb, ca, bw, bo, ba, aw, ao, aa) = row
    return EditRecord(eid, doc, url, outlet, fld, before, after, cb, ca,
                      ArchiveRef(bw, bo, ba) if bw else None, ArchiveRef(aw, ao, aa) if aw else None)


_EDIT_COLUMNS = ("id, doc_id, url, outlet, field, before, after, context_before, context_after,"
                 " before_warc, before_offset, before_at, after_warc, after_offset, after_at")


def edits_of(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[EditRecord]:
    if not has_tables(conn):
        return []
    out: list[EditRecord] = []
    for i in range(0, len(doc_ids), 500):
        chunk = list(doc_ids[i:i + 500])
        out.extend(_edit(r) for r in conn.execute(
            f"SELECT {_EDIT_COLUMNS} FROM edits WHERE doc_id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk))
    return out


def edit_by_id(conn: sqlite3.Connection, edit_id: int) -> EditRecord | None:
    row = conn.execute(f"SELECT {_EDIT_COLUMNS} FROM edits WHERE id = ?", (edit_id,)).fetchone()
    return _edit(row) if row else None


@dataclass(slots=True)
class ChangeRecord:
    id: int
    at: str
    kind: str  # "new-document" | "edit" | "new-story"
    doc_id: str | None
    title: str
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "kind": self.kind, "doc": self.doc_id, "title": self.title,
                **self.data}


def iter_changes(conn: sqlite3.Connection, limit: int = 200, after_id: int = 0) -> Iterator[ChangeRecord]:
    """Changes newest first (at most ``limit``, with an id above ``after_id``)."""
    if not has_tables(conn):
        return
    for cid, at, kind, doc, title, data in conn.execute(
            "SELECT id, at, kind, doc_id, title, data FROM changes WHERE id > ? ORDER BY id DESC LIMIT ?",
            (after_id, limit)):
        yield ChangeRecord(cid, at, kind, doc, title, json.loads(data))


def unnotified_changes(conn: sqlite3.Connection) -> list[ChangeRecord]:
    rows = conn.execute("SELECT id, at, kind, doc_id, title, data FROM changes WHERE notified = 0 ORDER BY id").fetchall()
    return [ChangeRecord(c, a, k, d, t, json.loads(x)) for c, a, k, d, t, x in rows]


def mark_notified(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    conn.executemany("UPDATE changes SET notified = 1 WHERE id = ?", [(i,) for i in ids])


# an outlet changing its own figure, quote or speaker is among the strongest findings a
# briefing has (ranked with the contradictions); a reworded headline less so
EDIT_SCORES = {"figure": 5.0, "quote": 5.0, "speaker": 5.0, "headline": 3.0}


def archive_href(conn: sqlite3.Connection, doc_id: str, ref: ArchiveRef | None) -> str | None:
    """The web app's address of an archived copy (``ceksilang serve``)."""
    if ref is None:
        return None
    try:
        n = archive_number(conn, doc_id, ref)
    except ValueError:
        return None
    return f"/archived/{n}/{quote(doc_id, safe='')}"


def edit_discrepancy(conn: sqlite3.Connection, record: EditRecord, story: str | None) -> Discrepancy:
    data = record.to_dict()
    data["before_href"] = archive_href(conn, record.doc_id, record.before_archive)
    data["after_href"] = archive_href(conn, record.doc_id, record.after_archive)
    window = data["window"]
    said = message("edit.window", edit=describe_message(Change(record.field, record.before, record.after), record.outlet),
                   start=date_arg(window["from"], "date.unknown"), end=date_arg(window["to"], "date.unknown"))
    return Discrepancy(kind="edit", docs=[record.doc_id], claims=[], status="evolving", explanation=english(said),
                       score=EDIT_SCORES.get(record.field, 3.0), story=story, edit=data, message=said)


def edit_discrepancies(conn: sqlite3.Connection) -> Callable[[Story, Sequence[Document]], Iterator[Discrepancy]]:
    """For the briefing: the silent edits of a story's documents, as discrepancies of kind ``edit``."""
    def extra(story: Story, documents: Sequence[Document]) -> Iterator[Discrepancy]:
        for record in edits_of(conn, [d.id for d in documents]):
            yield edit_discrepancy(conn, record, story.id)
    return extra
