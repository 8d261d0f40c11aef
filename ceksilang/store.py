"""The embedded store: one SQLite file holding every analysed document and every input error.

Each input (a file, a CSV/JSONL row, a WARC record) is identified by its source key
(``Source.key()``) and a digest of its raw text, so a re-run skips what it already has,
re-analyses an input whose content changed, and adds new inputs: the outputs are then
rendered from everything in the store. WAL mode and a busy timeout let two ``analyze``
processes write to one store at once.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ceksilang.model import Document, InputError

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source_key TEXT NOT NULL UNIQUE,
    digest TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    language TEXT,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_order ON documents(published, id);
CREATE TABLE IF NOT EXISTS errors (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
"""


def digest_text(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _rename_document(doc: Document, new_id: str) -> None:
    """Give ``doc`` a new id, and every span record that names it (mentions, quotes, ...)."""
    old = doc.id
    doc.id = new_id
    for records in (doc.mentions, doc.quotes, doc.quantities, doc.dates):
        for record in records:
            if getattr(record, "doc", None) == old:
                record.doc = new_id


class StoreError(RuntimeError):
    """The store file cannot be opened or is not a ceksilang store."""


class Store:
    """Documents and errors in SQLite. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=60.0, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=60000")
            self.conn.executescript(_SCHEMA)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable ceksilang store ({exc})") from exc
        self._digests_read: dict[str, str] = {}

    # -- context manager
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- documents
    def known_digest(self, source_key: str) -> str | None:
        row = self.conn.execute("SELECT digest FROM documents WHERE source_key = ?", (source_key,)).fetchone()
        return row[0] if row else None

    def id_taken(self, doc_id: str, source_key: str) -> bool:
        """True when another input already stored a document under ``doc_id``."""
        row = self.conn.execute("SELECT source_key FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None and row[0] != source_key

    def put_document(self, doc: Document, digest: str,
                     also: Callable[[sqlite3.Connection], None] | None = None) -> None:
        """Insert or replace the document of ``doc.source``; clears an earlier error of that input.
        ``also``: more writes (``doc.id`` is final by then) that must land in the same transaction."""
        key = doc.source.key()
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            # Checked again under the write lock: another process may have stored a different input
            # under this id since ingest looked, and ON CONFLICT(id) would then overwrite it.
            if self.id_taken(doc.id, key):
                base = doc.id
                _rename_document(doc, f"{base}~{digest[:8]}")
                if self.id_taken(doc.id, key):  # the same text under the same name in another folder
                    _rename_document(doc, f"{base}~{digest_text(key)[:8]}")
            data = json.dumps(doc.to_dict(), ensure_ascii=False)
            self.conn.execute("DELETE FROM documents WHERE source_key = ? AND id != ?", (key, doc.id))
            self.conn.execute(
                "INSERT INTO documents(id, source_key, digest, outlet, published, language, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET source_key=excluded.source_key, digest=excluded.digest,"
                " outlet=excluded.outlet, published=excluded.published, language=excluded.language,"
                " data=excluded.data",
                (doc.id, key, digest, doc.outlet, doc.published, doc.language, data),
            )
            self.conn.execute("DELETE FROM errors WHERE source = ?", (key,))
            if also is not None:
                also(self.conn)

    def update_documents(self, docs: Sequence[Document], stored: Sequence[str] | None = None) -> None:
        """Write back fields that whole-store stages set (duplicate_of, derived_from, entity ids);
        ``stored``: the documents' JSON when already serialised (by a pool worker)."""
        # Only rows still as iter_documents / get_documents read them: another process may have
        # stored a new version of an input meanwhile, and writing the old one back would lose it.
        read = self._digests_read
        # digests read by get_documents are dropped once written back (memory stays flat)
        digests = {d.id: read.pop(d.id, None) for d in docs}
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.executemany(
                "UPDATE documents SET data = ? WHERE id = ? AND (? IS NULL OR digest = ?)",
                [(data, d.id, digests[d.id], digests[d.id]) for d, data in zip(docs, stored or (
                    json.dumps(d.to_dict(), ensure_ascii=False) for d in docs))],
            )

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.from_dict(json.loads(row[0])) if row else None

    def iter_documents(self) -> Iterator[Document]:
        self._digests_read = {}
        for doc_id, digest, data in self.conn.execute("SELECT id, digest, data FROM documents ORDER BY id"):
            self._digests_read[doc_id] = digest
            yield Document.from_dict(json.loads(data))

    def iter_in_publication_order(self, raw: bool = False) -> Iterator[Document | str]:
        """Every document, earliest published first (undated last, then by id); ``raw``: as
        stored JSON text, for a process that parses it itself."""
        # Two queries on the (published, id) index rather than one ORDER BY that puts NULLs
        # last: that one makes SQLite sort every stored document's JSON in temporary files.
        # A cursor of its own: the whole-store stages write back between rows.
        for query in ("SELECT data FROM documents WHERE published IS NOT NULL ORDER BY published, id",
                      "SELECT data FROM documents WHERE published IS NULL ORDER BY id"):
            for (data,) in self.conn.cursor().execute(query):
                yield data if raw else Document.from_dict(json.loads(data))

    def get_documents(self, ids: Sequence[str]) -> list[Document]:
        """The documents of ``ids`` (those still stored), in that order."""
        return [Document.from_dict(json.loads(data)) for _, data in self.get_raw_documents(ids)]

    def get_raw_documents(self, ids: Sequence[str]) -> list[tuple[str, str]]:
        """(id, stored JSON) of the documents of ``ids`` (those still stored), in that order, unparsed."""
        found: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = list(ids[i:i + 500])
            rows = self.conn.execute(
                f"SELECT id, digest, data FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            for doc_id, digest, data in rows:
                self._digests_read[doc_id] = digest
                found[doc_id] = data
        return [(i, found[i]) for i in ids if i in found]

    def count_documents(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    # -- errors
    def put_error(self, error: InputError) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO errors(source, reason) VALUES (?, ?)"
                " ON CONFLICT(source) DO UPDATE SET reason=excluded.reason",
                (error.source, error.reason),
            )

    def errors(self) -> list[InputError]:
        rows = self.conn.execute("SELECT source, reason FROM errors ORDER BY source").fetchall()
        return [InputError(source=s, reason=r) for s, r in rows]

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]
