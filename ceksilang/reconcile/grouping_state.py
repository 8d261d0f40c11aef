"""What story grouping knew at the end of a full run, kept in the served briefing's file.

A full run (``briefing.write_store_briefing`` / ``write_served_briefing``) reads every document
once for its duplicate fingerprint and story keys (``briefing.first_pass``). Those are kept beside
the served records, so that a later round over a few new or edited articles
(``reconcile.incremental``) finds their duplicates and their stories without reading the store
again:

* ``grouping_doc``: each document's date, its original when it is a copy, and its story keys
  (the compressed counts and surfaces ``stories.count_terms`` made);
* ``grouping_df``: how many originals carry each key, and ``meta.grouping_originals`` how many
  originals there are (the IDF table grouping weighs keys with);
* ``grouping_dedup_*``: the duplicate index (``dedup.DuplicateIndex``: exact digests, MinHash
  signatures of the originals and their LSH bands).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path

from ceksilang.reconcile.dedup import DuplicateIndex
from ceksilang.settings import DEFAULT, Settings

DEDUP_TABLE = "grouping_dedup"
ORIGINALS_KEY = "grouping_originals"

GROUPING_SCHEMA = """
CREATE TABLE IF NOT EXISTS grouping_doc (doc TEXT PRIMARY KEY, published TEXT, original TEXT, similarity REAL,
    terms BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS grouping_df (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
"""


def keep_grouping_state(conn: sqlite3.Connection, scratch: str | Path, settings: Settings = DEFAULT) -> None:
    """Copy what ``briefing.first_pass`` left in the database at ``scratch`` into ``conn`` (the
    served briefing being written), with the key frequencies worked out again from the kept keys."""
    conn.executescript(GROUPING_SCHEMA)
    DuplicateIndex(conn, settings, table=DEDUP_TABLE)  # its tables
    conn.execute("ATTACH DATABASE ? AS first_pass", (str(scratch),))
    try:
        conn.execute("BEGIN")
        for table in ("grouping_doc", "grouping_df", f"{DEDUP_TABLE}_exact", f"{DEDUP_TABLE}_signature",
                      f"{DEDUP_TABLE}_band"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("INSERT OR REPLACE INTO grouping_doc SELECT a.doc, a.published, d.original, d.similarity, a.terms"
                     " FROM first_pass.arrival a LEFT JOIN first_pass.duplicate d ON d.doc = a.doc ORDER BY a.seq")
        for part in ("exact", "signature", "band"):
            conn.execute(f"INSERT INTO {DEDUP_TABLE}_{part} SELECT * FROM first_pass.dedup_{part}")
        frequencies: Counter[str] = Counter()
        originals = 0
        for (terms,) in conn.execute("SELECT terms FROM grouping_doc WHERE original IS NULL"):
            frequencies.update(json.loads(zlib.decompress(terms))[0].keys())
            originals += 1
        conn.executemany("INSERT INTO grouping_df(key, n) VALUES (?, ?)", frequencies.items())
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (ORIGINALS_KEY, str(originals)))
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE first_pass")


def has_grouping_state(conn: sqlite3.Connection) -> bool:
    """True when the served briefing open in ``conn`` keeps the grouping state."""
    try:
        return conn.execute("SELECT 1 FROM meta WHERE key = ?", (ORIGINALS_KEY,)).fetchone() is not None
    except sqlite3.DatabaseError:
        return False


def kept_originals(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT value FROM meta WHERE key = ?", (ORIGINALS_KEY,)).fetchone()[0])


def count_keys(conn: sqlite3.Connection, terms: bytes, step: int) -> None:
    """Add ``step`` (1 or -1) to the frequency of each key of ``terms`` and to the originals."""
    keys = list(json.loads(zlib.decompress(terms))[0])
    conn.executemany("INSERT INTO grouping_df(key, n) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET n = n + ?",
                     [(k, step, step) for k in keys])
    if step < 0:
        conn.execute("DELETE FROM grouping_df WHERE n <= 0")
    conn.execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + ? AS TEXT) WHERE key = ?",
                 (step, ORIGINALS_KEY))


class KeptFrequencies(Mapping[str, int]):
    """The kept key frequencies as the mapping ``stories.StoryIndex`` reads its IDF from: each
    key looked up once, when a document being grouped carries it."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._seen: dict[str, int] = {}

    def __getitem__(self, key: str) -> int:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        if key not in self._seen:
            row = self.conn.execute("SELECT n FROM grouping_df WHERE key = ?", (key,)).fetchone()
            self._seen[key] = row[0] if row else 0
        return self._seen[key] or default

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self.conn.execute("SELECT key FROM grouping_df"))

    def __len__(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM grouping_df").fetchone()[0]


__all__ = ["keep_grouping_state", "has_grouping_state", "kept_originals", "count_keys", "KeptFrequencies",
           "DEDUP_TABLE", "GROUPING_SCHEMA"]
