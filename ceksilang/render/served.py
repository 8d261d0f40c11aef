"""The briefing as ``ceksilang serve`` reads it: a SQLite file beside the store, keyed for pages.

``analyze`` (and ``watch``, and an upload through the web app) writes it from the same records as
briefing.json, so the server starts without building anything and answers each page with a few
indexed queries: one story, one document, one entity, a page of the story list. The file is
written under a temporary name and renamed over the old one: a server reading the old file keeps
a consistent view until it reopens.

Tables (every record is the briefing.json record, as JSON text):

* ``document`` (with its story, URL and the lower-cased outlet for the filter) and ``flat`` (its
  mentions, quotes, figures and dates, with a quote's speaker);
* ``story``, in order newest first (``pos``; an incremental update may leave gaps or go below 1),
  with the lower-cased entity names and outlets of its documents and its count of
  contradictions, and ``story_text``: an FTS5 index of its label, terms, titles and texts (the
  rowid is the story row's rowid, which an update of other stories leaves alone);
* ``claim`` (with the lower-cased claimant), ``claim_doc`` (the documents its evidence cites),
  ``discrepancy`` (in briefing order, with the story it belongs to) and ``claim_discrepancy``;
* ``timeline``, ``entity``, ``entity_mention`` (one row per mention), ``errors`` and ``meta``.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from ceksilang.render.json import FLATTENED, record_json

SCHEMA_VERSION = "2"  # 2: story_text keyed by the story rowid, not its position
FALLBACK_STORY_ID = "all"
FALLBACK_STORY_LABEL = "All documents (stories not computed)"
# a word as FTS5's unicode61 tokenizer cuts it: letters and digits (an underscore separates)
_WORD = re.compile(r"[^\W_]+")
_BATCH = 2000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE errors (seq INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE document (id TEXT PRIMARY KEY, story TEXT, url TEXT, published TEXT, outlet_key TEXT NOT NULL,
    record TEXT NOT NULL);
CREATE TABLE flat (seq INTEGER PRIMARY KEY, doc TEXT NOT NULL, kind TEXT NOT NULL, speaker TEXT,
    speaker_name_key TEXT, record TEXT NOT NULL);
CREATE TABLE story (id TEXT PRIMARY KEY, pos INTEGER, start TEXT, end TEXT, size INTEGER NOT NULL,
    names TEXT NOT NULL DEFAULT '', outlets TEXT NOT NULL DEFAULT '', disputes INTEGER NOT NULL DEFAULT 0,
    record TEXT NOT NULL);
CREATE TABLE claim (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, story TEXT NOT NULL, claimant_key TEXT,
    record TEXT NOT NULL);
CREATE TABLE claim_doc (doc TEXT NOT NULL, claim_seq INTEGER NOT NULL, PRIMARY KEY (doc, claim_seq)) WITHOUT ROWID;
CREATE TABLE discrepancy (seq INTEGER PRIMARY KEY, story TEXT NOT NULL, status TEXT, record TEXT NOT NULL);
CREATE TABLE claim_discrepancy (claim TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (claim, seq)) WITHOUT ROWID;
CREATE TABLE timeline (seq INTEGER PRIMARY KEY, story TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE entity (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, mentions INTEGER NOT NULL, names_key TEXT NOT NULL,
    record TEXT NOT NULL);
CREATE TABLE entity_mention (entity TEXT NOT NULL, doc TEXT NOT NULL, start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (entity, doc, start_char, end_char)) WITHOUT ROWID;
CREATE VIRTUAL TABLE story_text USING fts5(text, content='', detail='none');
"""

# built once the rows are in: faster than keeping them up to date row by row
_INDEXES = """
CREATE INDEX document_story ON document(story, published, id);
CREATE INDEX document_url ON document(url);
CREATE INDEX flat_doc ON flat(doc, seq);
CREATE INDEX flat_speaker ON flat(speaker) WHERE speaker IS NOT NULL;
CREATE UNIQUE INDEX story_pos ON story(pos);
CREATE INDEX claim_id ON claim(id);
CREATE INDEX claim_story ON claim(story, seq);
CREATE INDEX claim_claimant ON claim(claimant_key) WHERE claimant_key IS NOT NULL;
CREATE INDEX discrepancy_story ON discrepancy(story, seq);
CREATE INDEX timeline_story ON timeline(story, seq);
CREATE INDEX entity_mention_doc ON entity_mention(doc);
"""


def served_path(db_path: str | Path) -> Path:
    """Where the served briefing of the store at ``db_path`` lives: beside it."""
    db = Path(db_path)
    return db.with_name(f"{db.stem}-served.db")


def pages_path(db_path: str | Path) -> Path:
    """Where the pages rendered ahead for the store at ``db_path`` are kept (``web.prerender``):
    beside it. Here, not in the web package, so that a run can tell it has none without loading
    the web app (FastAPI and the rest: a few tenths of a second of CPU per ``analyze``)."""
    db = Path(db_path)
    return db.with_name(f"{db.stem}-pages.db")


def is_current(path: str | Path) -> bool:
    """True when ``path`` is a served briefing this version can read."""
    if not Path(path).is_file():
        return False
    try:
        with closing(sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == SCHEMA_VERSION


def _text(record: dict[str, Any] | str) -> str:
    return record if isinstance(record, str) else record_json(record)


def _record(record: dict[str, Any] | str) -> dict[str, Any]:
    return json.loads(record) if isinstance(record, str) else record


def names_key(entity: dict[str, Any]) -> str:
    return " | ".join([entity.get("name") or "", *(entity.get("aliases") or [])]).lower()


def _batched(rows: Iterable[tuple], size: int = _BATCH) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_served(sections: Iterable[tuple[str, Iterable[dict[str, Any] | str]]], path: str | Path,
                 generated: str = "", keep: Callable[[sqlite3.Connection], None] | None = None) -> Path:
    """Write the briefing given as briefing.json ``sections`` (name, records; a record may be its
    JSON text) to ``path``, replacing the file there at once when complete. ``keep`` adds tables
    of its own before the file replaces the old one (the story grouping's state,
    ``reconcile.incremental``)."""
    target = Path(path)
    # a name of this writer's own: analyze and a server may write the same store's at once
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.create_function("py_lower", 1, lower_text, deterministic=True)
        conn.executescript(_SCHEMA)
        conn.execute("BEGIN")
        for section, records in sections:
            write_section(conn, section, records)
        _finish(conn, generated)
        for statement in filter(str.strip, _INDEXES.split(";")):  # executescript would commit
            conn.execute(statement)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
        if keep is not None:
            keep(conn)
        conn.execute("ANALYZE")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, target)
    return target


# the row ``write_section`` makes of a document record given as JSON text: the same values as read from the
# parsed record (``py_lower`` lowers as Python does; a missing or null field is NULL, an outlet "")
_DOCUMENT_FROM_TEXT = (
    "INSERT OR REPLACE INTO document(id, url, published, outlet_key, record) VALUES (json_extract(?1, '$.id'),"
    " json_extract(?1, '$.url'), json_extract(?1, '$.published'), py_lower(COALESCE(json_extract(?1, '$.outlet'),"
    " '')), ?1)")


def write_section(conn: sqlite3.Connection, section: str, records: Iterable[dict[str, Any] | str]) -> None:
    if section == "documents":
        for batch in _batched(records):
            if all(isinstance(r, str) for r in batch):
                # records read back from the scratch tables as JSON text: SQLite takes the four fields from
                # the text, instead of Python parsing each whole document (its text and all) for them
                conn.executemany(_DOCUMENT_FROM_TEXT, [(r,) for r in batch])
                continue
            rows = []
            for r in batch:
                d = _record(r)
                rows.append((d["id"], d.get("url"), d.get("published"), (d.get("outlet") or "").lower(), _text(r)))
            conn.executemany("INSERT OR REPLACE INTO document(id, url, published, outlet_key, record)"
                             " VALUES (?, ?, ?, ?, ?)", rows)
    elif section in FLATTENED:
        # the bulk of a store: SQLite reads the few fields it needs from the JSON text itself
        sql = ("INSERT INTO flat(doc, kind, speaker, speaker_name_key, record) VALUES (json_extract(?1, '$.doc'), ?2,"
               " json_extract(?1, '$.speaker'), py_lower(json_extract(?1, '$.speaker_name')), ?1)"
               if section == "quotes" else
               "INSERT INTO flat(doc, kind, record) VALUES (json_extract(?1, '$.doc'), ?2, ?1)")
        for batch in _batched(records):
            conn.executemany(sql, [(_text(r), section) for r in batch])
    elif section == "errors":
        conn.executemany("INSERT INTO errors(record) VALUES (?)", ((_text(r),) for r in records))
    elif section == "entities":
        # rows gathered and written a batch at a time (one ``executemany`` per table per batch, in the
        # order the records come: an id written twice keeps its last row, a mention its first), not a
        # statement per entity
        entities: list[tuple] = []
        mentions: list[tuple] = []
        for seq, r in enumerate(records):
            e = _record(r)
            count = 0
            for m in e.get("mentions") or []:
                mentions.append((e["id"], m["doc"], m["start"], m["end"], m["text"]))
                count += 1
                if len(mentions) >= _BATCH:
                    _write_entities(conn, entities, mentions)
            entities.append((e["id"], seq, count, names_key(e), _text({**e, "mentions": []})))
            if len(entities) >= _BATCH:
                _write_entities(conn, entities, mentions)
        _write_entities(conn, entities, mentions)
    elif section == "stories":
        stories: list[tuple] = []
        for r in records:
            stories.append((_record(r), _text(r)))
            if len(stories) >= _BATCH:
                add_stories(conn, stories)
                stories = []
        add_stories(conn, stories)
    elif section == "claims":
        # each claim's row number given, not read back after its insert: the one SQLite would give a row
        # added to the table as it stands (one more than the largest), so a batch of claims and the rows
        # of the documents they cite go in with one ``executemany`` each
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM claim").fetchone()[0]
        for batch in _batched(records):
            claims, cited = [], []
            for r in batch:
                c = _record(r)
                seq += 1
                claims.append((seq, c["id"], c.get("story") or "", (c.get("claimant") or "").strip().lower() or None,
                               _text(r)))
                cited.extend((d, seq) for d in dict.fromkeys(ev["doc"] for ev in c.get("evidence") or []))
            conn.executemany("INSERT INTO claim(seq, id, story, claimant_key, record) VALUES (?, ?, ?, ?, ?)", claims)
            conn.executemany("INSERT OR IGNORE INTO claim_doc VALUES (?, ?)", cited)
    elif section == "discrepancies":
        # as the pages order them: highest score first (a stable sort of the briefing's order)
        rows = [(_record(r), r) for r in records]
        rows.sort(key=lambda item: -(item[0].get("score") or 0.0))
        # (numbered as the claims are; a discrepancy's story is looked up among the claims, which these
        # inserts leave alone)
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM discrepancy").fetchone()[0]
        for batch in _batched(rows):
            found, linked = [], []
            for x, r in batch:
                story = x.get("story") or _story_of_claims(conn, x) or ""
                seq += 1
                found.append((seq, story, x.get("status"), _text({**x, "story": story})))
                linked.extend((cid, seq) for cid in x.get("claims") or [])
            conn.executemany("INSERT INTO discrepancy(seq, story, status, record) VALUES (?, ?, ?, ?)", found)
            conn.executemany("INSERT OR IGNORE INTO claim_discrepancy VALUES (?, ?)", linked)
    elif section == "timeline":
        conn.executemany("INSERT INTO timeline(story, record) VALUES (?, ?)",
                         (((_record(r).get("story") or ""), _text(r)) for r in records))
    elif section == "stats":
        return
    else:
        raise ValueError(f"unknown briefing section {section!r}")


def add_story(conn: sqlite3.Connection, story: dict[str, Any], text: str) -> None:
    add_stories(conn, [(story, text)])


def add_stories(conn: sqlite3.Connection, stories: Sequence[tuple[dict[str, Any], str]]) -> None:
    """Write ``stories`` (each record with its JSON text), in order, and mark their documents as theirs."""
    conn.executemany("INSERT OR REPLACE INTO story(id, start, end, size, record) VALUES (?, ?, ?, ?, ?)",
                     [(s["id"], s.get("start"), s.get("end"), len(s.get("docs") or []), text) for s, text in stories])
    conn.executemany("UPDATE document SET story = ? WHERE id = ?",
                     [(s["id"], d) for s, _ in stories for d in s.get("docs") or []])


def _write_entities(conn: sqlite3.Connection, entities: list[tuple], mentions: list[tuple]) -> None:
    """Write the gathered mention and entity rows (the mentions first, as each entity's were before its
    row) and empty both lists."""
    if mentions:
        conn.executemany("INSERT OR IGNORE INTO entity_mention VALUES (?, ?, ?, ?, ?)", mentions)
        mentions.clear()
    if entities:
        conn.executemany("INSERT OR REPLACE INTO entity(id, seq, mentions, names_key, record) VALUES (?, ?, ?, ?, ?)",
                         entities)
        entities.clear()


def _story_of_claims(conn: sqlite3.Connection, x: dict[str, Any]) -> str | None:
    for cid in x.get("claims") or []:
        row = conn.execute("SELECT story FROM claim WHERE id = ? AND story != ''", (cid,)).fetchone()
        if row:
            return row[0]
    return None


def _finish(conn: sqlite3.Connection, generated: str) -> None:
    """Number the stories newest first and work out what the story list filters on."""
    computed = conn.execute("SELECT COUNT(*) FROM story").fetchone()[0] > 0
    if not computed and conn.execute("SELECT COUNT(*) FROM document").fetchone()[0]:
        dates = conn.execute("SELECT MIN(substr(published, 1, 10)), MAX(substr(published, 1, 10)) FROM document"
                             " WHERE published IS NOT NULL").fetchone()
        docs = [d for (d,) in conn.execute("SELECT id FROM document ORDER BY id")]
        story = {"id": FALLBACK_STORY_ID, "docs": docs, "label": FALLBACK_STORY_LABEL, "start": dates[0],
                 "end": dates[1], "terms": []}
        add_story(conn, story, _text(story))
    conn.execute("INSERT INTO meta VALUES ('stories_computed', ?)", ("1" if computed else "0",))
    conn.execute("INSERT INTO meta VALUES ('generated', ?)", (generated,))
    conn.execute("CREATE INDEX document_story_only ON document(story)")
    rank_stories(conn)
    story_filters(conn)
    index_story_text(conn)
    conn.execute("DROP INDEX document_story_only")


def rank_stories(conn: sqlite3.Connection) -> None:
    """Number the stories newest first (``pos``), every one of them."""
    conn.execute("UPDATE story SET pos = NULL")  # the unique index would see two stories at one place midway
    conn.execute(
        "UPDATE story SET pos = ranked.n FROM (SELECT id, ROW_NUMBER() OVER"
        " (ORDER BY COALESCE(end, start, '') DESC, id DESC) AS n FROM story) AS ranked WHERE ranked.id = story.id")


def story_filters(conn: sqlite3.Connection, only: str | None = None) -> None:
    """Work out what the story list filters on: the names a story's documents give (an entity's
    name and aliases, a quote's speaker) and their outlets, lower-cased (filtered by substring),
    and its count of contradictions; of every story, or of those whose ids are in the table
    ``only``."""
    among = "" if only is None else f" AND d.story IN (SELECT id FROM {only})"
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS story_name (story TEXT NOT NULL, name TEXT NOT NULL,"
                 " PRIMARY KEY (story, name)) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.story_name")
    if only is None:
        conn.execute("CREATE INDEX entity_mention_doc_tmp ON entity_mention(doc)")
    conn.execute("INSERT OR IGNORE INTO temp.story_name SELECT d.story, e.names_key FROM document d"
                 " JOIN entity_mention m ON m.doc = d.id JOIN entity e ON e.id = m.entity WHERE d.story IS NOT NULL"
                 + among)
    conn.execute("INSERT OR IGNORE INTO temp.story_name SELECT d.story, f.speaker_name_key FROM flat f"
                 " JOIN document d ON d.id = f.doc WHERE f.kind = 'quotes' AND f.speaker_name_key IS NOT NULL"
                 " AND d.story IS NOT NULL" + among)
    if only is None:
        conn.execute("DROP INDEX entity_mention_doc_tmp")
    conn.execute("UPDATE story SET names = COALESCE((SELECT group_concat(name, char(10)) FROM"
                 " (SELECT name FROM temp.story_name n WHERE n.story = story.id ORDER BY name)), ''),"
                 " outlets = COALESCE((SELECT group_concat(outlet_key, char(10)) FROM (SELECT DISTINCT outlet_key"
                 " FROM document d WHERE d.story = story.id ORDER BY outlet_key)), ''),"
                 " disputes = (SELECT COUNT(*) FROM discrepancy x WHERE x.story = story.id"
                 " AND x.status = 'contradiction')" + ("" if only is None else f" WHERE id IN (SELECT id FROM {only})"))
    conn.execute("DROP TABLE temp.story_name")


def story_search_text(conn: sqlite3.Connection, record: str) -> str:
    """The text a search reads of a story (its record): label and terms, then each of its
    documents' title and text, lower-cased."""
    story = json.loads(record)
    parts = [" ".join([story.get("label") or "", *(story.get("terms") or [])])]
    for (doc,) in conn.execute("SELECT record FROM document WHERE story = ?", (story["id"],)):
        d = json.loads(doc)
        parts.append(f"{d.get('title') or ''}\n{d.get('text') or ''}")
    return "\n".join(parts).lower()


def index_story_text(conn: sqlite3.Connection, only: str | None = None) -> None:
    """Add the search text of every story (or of those whose ids are in the table ``only``) to
    ``story_text``, under the story's rowid."""
    among = "" if only is None else f" WHERE id IN (SELECT id FROM {only})"
    for rowid, record in conn.cursor().execute(f"SELECT rowid, record FROM story{among}"):
        conn.execute("INSERT INTO story_text(rowid, text) VALUES (?, ?)", (rowid, story_search_text(conn, record)))


def unindex_story_text(conn: sqlite3.Connection, only: str) -> None:
    """Take the stories whose ids are in the table ``only`` out of ``story_text`` (a contentless
    index forgets a row given the text it indexed: read before the story's rows change)."""
    for rowid, record in conn.cursor().execute(f"SELECT rowid, record FROM story WHERE id IN (SELECT id FROM {only})"):
        conn.execute("INSERT INTO story_text(story_text, rowid, text) VALUES ('delete', ?, ?)",
                     (rowid, story_search_text(conn, record)))


def lower_text(value: Any) -> Any:
    # SQLite's lower() knows ASCII only; names and outlets are lowered as Python lowers a query
    return value.lower() if isinstance(value, str) else value


def search_expression(text: str) -> str | None:
    """The FTS5 query for a search box's ``text``: every word, as the start of a word (None: no word)."""
    words = _WORD.findall(text.lower())
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


__all__ = ["served_path", "pages_path", "write_served", "is_current", "search_expression", "story_filters", "index_story_text", "rank_stories",
           "write_section", "add_story", "add_stories", "names_key", "lower_text",
           "unindex_story_text", "story_search_text", "SCHEMA_VERSION", "FALLBACK_STORY_ID"]
