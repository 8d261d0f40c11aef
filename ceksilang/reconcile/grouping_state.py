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
  signatures of the originals and their LSH bands);
* ``grouping_story``: the stories still open at the end of the publication order, as the
  grouping index holds them (``StoryIndex.open_states``: members, centroid, norms, surfaces,
  entities), and ``grouping_story_key`` the keys each can be found through. A new article that
  comes after every other document is compared with these, as a full run's pass would compare
  it at its end, and only the story it joins is grouped again from its documents' keys.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from ceksilang.model import Document, Source, Story
from ceksilang.reconcile.dedup import DuplicateIndex
from ceksilang.reconcile.stories import (DEFAULT_STORY_SETTINGS, StoryIndex, TermCounts, full_name_people,
                                        may_hold_case_people, order_key, publication_day)
from ceksilang.settings import DEFAULT, Settings

DEDUP_TABLE = "grouping_dedup"
ORIGINALS_KEY = "grouping_originals"
STATES_KEY = "grouping_story_states"

GROUPING_SCHEMA = """
CREATE TABLE IF NOT EXISTS grouping_doc (doc TEXT PRIMARY KEY, published TEXT, original TEXT, similarity REAL,
    terms BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS grouping_df (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
"""
# added to files written before they were kept: statements run one by one (inside a transaction)
STORY_STATE_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS grouping_story (story TEXT PRIMARY KEY, last_day INTEGER, state BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS grouping_story_key (key TEXT NOT NULL, story TEXT NOT NULL,"
    " PRIMARY KEY (key, story)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS grouping_story_key_story ON grouping_story_key(story)",
    # the newest document, found without reading them all (``newest_document``)
    "CREATE INDEX IF NOT EXISTS grouping_doc_order ON grouping_doc(published, doc)",
)


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
        keep_story_states(conn)
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


# --------------------------------------------------------------------------- the open stories

_NO_SOURCE = Source(path="")  # what grouping reads of a document is its id, date, original and keys


def kept_terms(blob: bytes) -> TermCounts:
    counts, surfaces = json.loads(zlib.decompress(blob))
    return TermCounts(counts=Counter(counts), surfaces=surfaces)


def kept_index(conn: sqlite3.Connection) -> StoryIndex:
    """A grouping index weighing keys with the kept IDF table."""
    return StoryIndex(document_frequencies=KeptFrequencies(conn), total_documents=kept_originals(conn))


def kept_document(doc_id: str, published: str | None, original: str | None, similarity: float | None) -> Document:
    """What the grouping index reads of a document: its id, date and original."""
    doc = Document(id=doc_id, source=_NO_SOURCE, text="", published=published)
    doc.duplicate_of, doc.duplicate_similarity = original, similarity
    return doc


def kept_translations(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> dict[str, str]:
    """{document: the original it translates} of those of ``doc_ids`` the served briefing
    records one for (``translated_from``: the original is always in the document's story)."""
    ids, out = list(doc_ids), {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(conn.execute(f"SELECT id, json_extract(record, '$.translated_from.doc') FROM document WHERE id IN"
                                f" ({','.join('?' * len(chunk))}) AND json_extract(record, '$.translated_from.doc')"
                                f" IS NOT NULL", chunk).fetchall())
    return out


def group_kept(conn: sqlite3.Connection, doc_ids: list[str],
               originals: Mapping[str, str | None] | None = None) -> tuple[list[Story], StoryIndex]:
    """The stories of ``doc_ids`` (from their kept keys and marks), grouped as a full run's pass
    groups them: in publication order, with the kept IDF table, closing stories day by day;
    and the index, holding the stories still open at the end. A translation joins the story of
    its original, as the full run's pass put it there (``translation.CrossStoryTranslations``):
    the one the served briefing records (``kept_translations``), or the one ``originals`` gives
    (the check made for new articles; None: none)."""
    rows = []
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i:i + 500]
        rows += conn.execute(f"SELECT doc, published, original, similarity, terms FROM grouping_doc"
                             f" WHERE doc IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    translated = {**kept_translations(conn, doc_ids), **(originals or {})}
    docs = sorted(((kept_document(*row[:4]), row[4]) for row in rows), key=lambda item: order_key(item[0]))
    grouping = kept_index(conn)
    out: list[Story] = []
    current_day: int | None = None
    for doc, blob in docs:
        day = publication_day(doc.published)
        if day is not None and day != current_day:
            current_day = day
            out += grouping.close_before(day)
        found = translated.get(doc.id)
        grouping.add(doc, kept_terms(blob), into=grouping.story_of(found) if found else None)
    return out + grouping.stories(), grouping


def has_story_states(conn: sqlite3.Connection) -> bool:
    """True when the open stories' grouping states are kept (files written before keep none)."""
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (STATES_KEY,)).fetchone() is not None


def newest_document(conn: sqlite3.Connection, leaving: str | None = None) -> tuple[int, str, str] | None:
    """The publication order key (``stories.order_key``) of the newest kept document, leaving
    out the ids in the table ``leaving``."""
    outside = f" AND doc NOT IN (SELECT id FROM {leaving})" if leaving else ""
    row = conn.execute(f"SELECT MAX(doc) FROM grouping_doc WHERE (published IS NULL OR published = ''){outside}"
                       ).fetchone()
    if row[0] is not None:
        return (1, "", row[0])
    row = conn.execute(f"SELECT published, doc FROM grouping_doc WHERE published > ''{outside}"
                       " ORDER BY published DESC, doc DESC LIMIT 1").fetchone()
    return (0, row[0], row[1]) if row else None


def reopen_days() -> int:
    """How many days before a document a kept story may still be open to it: ``window_days``, or
    ``case_window_days`` for a case's story (which kept states are, ``replace_story_states`` decides)."""
    return max(DEFAULT_STORY_SETTINGS.window_days, DEFAULT_STORY_SETTINGS.case_window_days)


def keep_story_states(conn: sqlite3.Connection) -> None:
    """Keep the grouping states of the stories open at the end of the publication order: those
    whose last day is within the window of the newest story's (or undated), grouped again from
    their documents' kept keys with the stories they continue (a chapter starts from the
    centroid of the one it continues). Reads the served ``story`` and ``document`` rows."""
    for statement in STORY_STATE_SCHEMA:
        conn.execute(statement)
    last = publication_day(conn.execute("SELECT MAX(end) FROM story").fetchone()[0])
    since = date.fromordinal(last - reopen_days()).isoformat() if last else ""
    found = dict(conn.execute("SELECT id, json_extract(record, '$.continues') FROM story"
                              " WHERE end IS NULL OR end >= ?", (since,)).fetchall())
    if last:
        # mend48c: past the stories' window only a case's story stays open (``keeps_state``): the others are not
        # grouped again, whose reports name no person in two of them
        window = date.fromordinal(last - DEFAULT_STORY_SETTINGS.window_days).isoformat()
        for story_id in [s for (s,) in conn.execute("SELECT id FROM story WHERE end < ? AND end >= ?",
                                                    (window, since))]:
            if not _may_be_case_story(conn, story_id):
                del found[story_id]
    todo = [c for c in found.values() if c]
    while todo:
        story_id = todo.pop()
        if story_id in found:
            continue
        row = conn.execute("SELECT json_extract(record, '$.continues') FROM story WHERE id = ?", (story_id,)).fetchone()
        if row:
            found[story_id] = row[0]
            todo += [row[0]] if row[0] else []
    table = "temp.state_story"
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS state_story (id TEXT PRIMARY KEY)")
    conn.execute(f"DELETE FROM {table}")
    conn.executemany(f"INSERT INTO {table}(id) VALUES (?)", ((s,) for s in found))
    docs = [d for (d,) in conn.execute(f"SELECT id FROM document WHERE story IN (SELECT id FROM {table})")]
    _, grouping = group_kept(conn, docs)
    conn.execute("DELETE FROM grouping_story")
    conn.execute("DELETE FROM grouping_story_key")
    replace_story_states(conn, [], grouping)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", (STATES_KEY,))


def _may_be_case_story(conn: sqlite3.Connection, story_id: str) -> bool:
    """Whether a served story's documents, by their kept keys, may make a case's story
    (``stories.may_hold_case_people``)."""
    people: Counter[str] = Counter()
    for (blob,) in conn.execute("SELECT terms FROM grouping_doc WHERE doc IN (SELECT id FROM document WHERE story = ?)",
                                (story_id,)):
        people.update(full_name_people(kept_terms(blob)).keys())
    return may_hold_case_people(people, DEFAULT_STORY_SETTINGS)


def replace_story_states(conn: sqlite3.Connection, gone: Iterable[str], grouping: StoryIndex) -> None:
    """Drop the kept states of the stories ``gone`` and keep those of the stories open in
    ``grouping``; the states of stories no later document can join any more (their last day
    is out of the window of the newest one's) go."""
    conn.executemany("DELETE FROM grouping_story WHERE story = ?", ((s,) for s in gone))
    conn.executemany("DELETE FROM grouping_story_key WHERE story = ?", ((s,) for s in gone))
    for state in grouping.open_states():
        conn.execute("INSERT OR REPLACE INTO grouping_story VALUES (?, ?, ?)",
                     (state["id"], state["last_day"], zlib.compress(json.dumps(state).encode("utf-8"))))
        conn.execute("DELETE FROM grouping_story_key WHERE story = ?", (state["id"],))
        conn.executemany("INSERT INTO grouping_story_key VALUES (?, ?)", ((k, state["id"]) for k in state["posted"]))
    newest = conn.execute("SELECT MAX(last_day) FROM grouping_story").fetchone()[0]
    if newest is not None:
        # past the window, a case's story stays open longer (``keeps_state``, as ``close_before`` decides)
        closed = [s for s, blob in conn.execute("SELECT story, state FROM grouping_story WHERE last_day < ?",
                                                (newest - DEFAULT_STORY_SETTINGS.window_days,))
                  if not grouping.keeps_state(json.loads(zlib.decompress(blob)), newest)]
        conn.executemany("DELETE FROM grouping_story WHERE story = ?", ((s,) for s in closed))
        conn.executemany("DELETE FROM grouping_story_key WHERE story = ?", ((s,) for s in closed))


def story_states(conn: sqlite3.Connection, keys: Iterable[str], stories: Iterable[str],
                 since_day: int | None) -> list[dict[str, Any]]:
    """The kept states of the stories found through one of ``keys`` or named in ``stories``,
    open on ``since_day`` (their last day within the window of it; every one when None)."""
    keys, stories = list(keys), list(stories)
    found = {s for (s,) in conn.execute(f"SELECT DISTINCT story FROM grouping_story_key WHERE key IN"
                                        f" ({','.join('?' * len(keys))})", keys)} if keys else set()
    found.update(stories)
    if not found:
        return []
    ids = sorted(found)
    limit = -1 if since_day is None else since_day - reopen_days()
    out = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out += [json.loads(zlib.decompress(blob)) for (blob,) in conn.execute(
            f"SELECT state FROM grouping_story WHERE story IN ({','.join('?' * len(chunk))})"
            f" AND (last_day IS NULL OR last_day >= ?)", [*chunk, limit])]
    return out


__all__ = ["keep_grouping_state", "has_grouping_state", "kept_originals", "count_keys", "KeptFrequencies",
           "DEDUP_TABLE", "GROUPING_SCHEMA", "group_kept", "kept_translations",
           "kept_index", "kept_document", "kept_terms",
           "has_story_states", "keep_story_states", "reopen_days", "replace_story_states", "story_states", "newest_document"]
