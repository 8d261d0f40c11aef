"""Scratch SQLite tables of the story parts, read back in the briefing's order.

``BriefingTables`` collects the ``StoryPart``s the whole-store driver (``briefing``) hands out
and gives them back one record at a time: stories by first day, claims numbered through the run
in story order, discrepancies by score, timeline by date, an entity's mentions row by row. The
renderers stream briefing.json from here and build the pages from a subset, so nothing the size
of the store is held in memory.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ceksilang.model import Briefing, Claim, Discrepancy, Document, Entity, InputError, Story, TimelineEvent
from ceksilang.reconcile.timeline import timeline_order
from ceksilang.render.json import FLATTENED, briefing_header, briefing_stats, document_record, record_json

@dataclass(slots=True)
class StoryPart:
    """The records one story contributes to the briefing (claim ids numbered within the story)."""

    story: Story
    documents: list[Document]
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    # serialised where the part was made (a pool worker): what the store and the tables write
    stored: list[str] = field(default_factory=list)  # each document's JSON, in ``documents`` order
    rows: dict[str, list[tuple]] = field(default_factory=dict)  # BriefingTables rows by table
    # a stage that failed on this story: its documents are still written, without the records
    # that stage would have made (``briefing.reconcile_story``)
    errors: list[InputError] = field(default_factory=list)



def serialise_part(part: StoryPart) -> tuple[list[str], dict[str, list[tuple]]]:
    """(each document's JSON for the store, the part's rows for ``BriefingTables``)."""
    story = part.story
    stored: list[str] = []
    rows: dict[str, list[tuple]] = {"document": [], "flat": []}
    for doc in part.documents:
        record = doc.to_dict()
        if list(record)[-len(_STORED_TAIL):] != list(_STORED_TAIL):  # (a record shaped otherwise: written whole)
            stored.append(store_text(record))
            for kind, records in document_record(record).items():
                rows["flat"].extend((kind, doc.id, i, store_text(r)) for i, r in enumerate(records))
            rows["document"].append((doc.id, story.id, bool(doc.duplicate_of), store_text(record)))
            continue
        sentences = record["sentences"]
        flat = document_record(record)
        texts = {kind: [store_text(r) for r in records] for kind, records in flat.items()}
        for kind, kind_texts in texts.items():
            rows["flat"].extend((kind, doc.id, i, t) for i, t in enumerate(kind_texts))
        briefing_text = store_text(record)
        rows["document"].append((doc.id, story.id, bool(doc.duplicate_of), briefing_text))
        stored.append(_whole_document_text(briefing_text, texts, sentences))
    rows["story"] = [(story.id, story.start is None, story.start or "", len(story.docs), store_text(story.to_dict()))]
    # an entity's mentions go to a table of their own, so that a name in most of a million
    # documents is read back a row at a time, never as one list (see BriefingTables)
    rows["entity"], rows["entity_mention"] = [], []
    for e in part.entities:
        record = e.to_dict()
        rows["entity_mention"].extend((e.id, m["doc"], m["start"], m["end"], m["text"]) for m in record["mentions"])
        record["mentions"] = []  # the key stays, in its place
        rows["entity"].append((e.id, len(e.mentions), store_text(record)))
    rows["claim"] = [(story.id, claim_number(cl.id), store_text(cl.to_dict())) for cl in part.claims]
    rows["discrepancy"] = [(story.id, d.score, store_text(d.to_dict())) for d in part.discrepancies]
    rows["timeline"] = [(story.id, *timeline_order(ev), store_text(ev.to_dict())) for ev in part.timeline]
    return stored, rows



# the last keys of ``Document.to_dict``: the flattened lists, then the internal sentences
_STORED_TAIL = (*FLATTENED, "sentences")


def _whole_document_text(briefing_text: str, texts: dict[str, list[str]], sentences: Any) -> str:
    """``store_text`` of a document's whole ``to_dict`` made from the texts already written of its
    parts: its briefing record's (every key but the last five, in order) and each flattened record's;
    only the sentence bounds are written here. The same text, as the encoder writes a dict as
    ``{"key": value, ...}`` and a list as ``[item, ...]`` (", " between items, ": " after a key)."""
    tail = [f"{record_json(kind)}: [{', '.join(texts[kind])}]" for kind in FLATTENED]
    tail.append(f"{record_json('sentences')}: {record_json(sentences)}")
    head = briefing_text[:-1]  # without its closing brace
    return f"{head}{', ' if head != '{' else ''}{', '.join(tail)}}}"


# --------------------------------------------------------------------------- collecting the parts

SECTIONS = ("documents", "errors", "entities", *FLATTENED, "stories", "claims", "discrepancies", "timeline")

_TABLES = """
CREATE TABLE IF NOT EXISTS part_story (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, undated INTEGER NOT NULL,
    start TEXT NOT NULL, size INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS part_story_order ON part_story(undated, start, id);
CREATE TABLE IF NOT EXISTS part_document (id TEXT PRIMARY KEY, story TEXT NOT NULL, duplicate INTEGER NOT NULL,
    record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS part_document_story ON part_document(story);
CREATE TABLE IF NOT EXISTS part_flat (kind TEXT NOT NULL, doc TEXT NOT NULL, seq INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS part_flat_order ON part_flat(kind, doc, seq);
CREATE TABLE IF NOT EXISTS part_entity (id TEXT NOT NULL, mentions INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS part_entity_id ON part_entity(id);
CREATE TABLE IF NOT EXISTS part_entity_mention (entity TEXT NOT NULL, doc TEXT NOT NULL, start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (entity, doc, start_char, end_char)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS part_claim (story TEXT NOT NULL, n INTEGER NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY (story, n));
CREATE TABLE IF NOT EXISTS part_discrepancy (seq INTEGER PRIMARY KEY, story TEXT NOT NULL, score REAL NOT NULL,
    record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS part_discrepancy_order ON part_discrepancy(score);
CREATE TABLE IF NOT EXISTS part_timeline (seq INTEGER PRIMARY KEY, story TEXT NOT NULL, start TEXT NOT NULL,
    precision INTEGER NOT NULL, text TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS part_timeline_order ON part_timeline(start, precision, text);
CREATE TABLE IF NOT EXISTS claim_number (story TEXT NOT NULL, n INTEGER NOT NULL, final INTEGER NOT NULL,
    PRIMARY KEY (story, n));
CREATE TABLE IF NOT EXISTS story_rank (id TEXT PRIMARY KEY, rank INTEGER NOT NULL);
"""


def claim_number(claim_id: str) -> int:
    """N of a claim id ``claim:N`` (0 when it has none)."""
    tail = claim_id.rpartition(":")[2]
    return int(tail) if tail.isdigit() else 0


def merge_entity_records(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One entity from the records of the same id in several stories (lists united, first
    seen first; the fullest name wins). ``records`` is read once, one at a time."""
    out: dict[str, Any] = {}
    united: dict[str, dict[str, None]] = {"aliases": {}, "roles": {}, "metonyms": {}}
    mentions: dict[tuple, dict[str, Any]] = {}
    for record in records:
        if not out:
            out = dict(record)
        elif len(record.get("name") or "") > len(out.get("name") or ""):
            out["name"] = record["name"]
        for key, seen in united.items():
            seen.update(dict.fromkeys(record.get(key) or ()))
        for m in record.get("mentions") or ():
            mentions.setdefault((m["doc"], m["start"], m["end"]), m)
    for key, seen in united.items():
        out[key] = list(seen)
    out["metonyms"] = sorted(out["metonyms"])
    out["mentions"] = [mentions[k] for k in sorted(mentions)]
    return out


# the scratch tables' inserts, by the ``StoryPart.rows`` key they take their rows from, in the order they are made
_INSERTS = {
    "story": "INSERT INTO part_story(id, undated, start, size, record) VALUES (?, ?, ?, ?, ?)",
    "flat": "INSERT INTO part_flat(kind, doc, seq, record) VALUES (?, ?, ?, ?)",
    "document": "INSERT OR REPLACE INTO part_document(id, story, duplicate, record) VALUES (?, ?, ?, ?)",
    "entity": "INSERT INTO part_entity(id, mentions, record) VALUES (?, ?, ?)",
    # a span already named by an earlier part keeps its first record, as merge_entity_records does
    "entity_mention": "INSERT OR IGNORE INTO part_entity_mention(entity, doc, start_char, end_char, text)"
                      " VALUES (?, ?, ?, ?, ?)",
    "claim": "INSERT OR REPLACE INTO part_claim(story, n, record) VALUES (?, ?, ?)",
    "discrepancy": "INSERT INTO part_discrepancy(story, score, record) VALUES (?, ?, ?)",
    "timeline": "INSERT INTO part_timeline(story, start, precision, text, record) VALUES (?, ?, ?, ?, ?)",
}
ADD_BATCH = 5000  # rows (documents, their flattened records, entity mentions) ``BriefingTables.add`` keeps before writing
ADD_BATCH_DOCUMENTS = 200  # ... and documents (each with its text), whichever comes first


class BriefingTables:
    """Story parts gathered in SQLite, read back in the briefing's order one record at a time."""

    def __init__(self, path: str | Path = ":memory:"):
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.executescript(_TABLES)
        self._ordered = False
        self._shown: dict[str, set[str]] = {}
        self._pending: dict[str, list[tuple]] = {table: [] for table in _INSERTS}
        self._pending_rows = 0

    def close(self) -> None:
        self._flush()
        self.conn.close()

    def __enter__(self) -> BriefingTables:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self._flush()  # (after a failure the scratch file is left as it was: it is read no more)
        self.conn.close()

    def add(self, part: StoryPart) -> None:
        """Keep ``part``'s rows to be written with those of the parts after it: in one transaction and
        one ``executemany`` per table for every ``ADD_BATCH`` rows (most parts are a story of one or
        two documents: a statement per table per part cost more than its rows), always before the
        tables are read."""
        rows = part.rows or serialise_part(part)[1]
        for table in _INSERTS:
            self._pending[table].extend(rows[table])
        self._pending_rows += len(rows["flat"]) + len(rows["document"]) + len(rows["entity_mention"])
        self._ordered = False
        if self._pending_rows >= ADD_BATCH or len(self._pending["document"]) >= ADD_BATCH_DOCUMENTS:
            self._flush()

    def _flush(self) -> None:
        """Write the rows ``add`` kept, in the order the parts came (the first of two rows of one
        document or mention to come is replaced or kept as a part at a time would have it)."""
        if not any(self._pending.values()):
            return
        c = self.conn
        c.execute("BEGIN")
        for table, sql in _INSERTS.items():
            if self._pending[table]:
                c.executemany(sql, self._pending[table])
                self._pending[table] = []
        c.execute("COMMIT")
        self._pending_rows = 0

    # -- the run's order: claims numbered through the run in story order, as one batch numbers
    # them; each story's rank, by which discrepancies and timeline events of equal keys keep
    # story order. Both are tables, not dicts: a million documents make 100,000 stories

    def _order_run(self) -> None:
        self._flush()
        if self._ordered:
            return
        c = self.conn
        c.execute("BEGIN")
        c.execute("DELETE FROM claim_number")
        c.execute(
            "INSERT INTO claim_number(story, n, final) SELECT pc.story, pc.n,"
            " ROW_NUMBER() OVER (ORDER BY ps.undated, ps.start, ps.id, pc.n)"
            " FROM part_claim pc JOIN part_story ps ON ps.id = pc.story"
        )
        c.execute("DELETE FROM story_rank")
        c.execute("INSERT OR REPLACE INTO story_rank(id, rank)"
                  " SELECT id, ROW_NUMBER() OVER (ORDER BY undated, start, id) - 1 FROM part_story")
        c.execute("COMMIT")
        self._ordered = True

    def _final_claim_id(self, story: str, claim_id: str) -> str:
        row = self.conn.execute("SELECT final FROM claim_number WHERE story = ? AND n = ?",
                                (story, claim_number(claim_id))).fetchone()
        return f"claim:{row[0]}" if row else claim_id

    # -- reading back

    def count(self, section: str) -> int:
        self._flush()
        table = {"documents": "part_document", "stories": "part_story", "claims": "part_claim",
                 "discrepancies": "part_discrepancy", "timeline": "part_timeline"}.get(section)
        if table:
            return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        if section == "entities":
            return self.conn.execute("SELECT COUNT(DISTINCT id) FROM part_entity").fetchone()[0]
        if section in FLATTENED:
            return self.conn.execute("SELECT COUNT(*) FROM part_flat WHERE kind = ?", (section,)).fetchone()[0]
        raise ValueError(f"unknown section {section!r}")

    def largest_stories(self, max_stories: int, max_documents: int) -> tuple[set[str], set[str]]:
        """(story ids, document ids) of the largest stories that fit both limits."""
        self._flush()
        stories: set[str] = set()
        docs: set[str] = set()
        rows = self.conn.execute("SELECT id, size FROM part_story ORDER BY size DESC, undated, start, id")
        for story_id, size in rows:
            if len(stories) >= max_stories:
                break
            if stories and len(docs) + size > max_documents:
                continue
            stories.add(story_id)
            docs.update(d for (d,) in self.conn.execute("SELECT id FROM part_document WHERE story = ?", (story_id,)))
        return stories, docs

    def duplicates(self) -> int:
        self._flush()
        return self.conn.execute("SELECT COUNT(*) FROM part_document WHERE duplicate").fetchone()[0]

    def iter_section(self, section: str, docs: set[str] | None = None,
                     stories: set[str] | None = None, lazy: bool = False) -> Iterator[dict[str, Any]]:
        """The records of one briefing.json list, in its order; ``docs`` / ``stories`` keep only
        the records of those documents or stories (a subset for rendering). ``lazy`` is for a
        writer that streams, as ``write_json_sections`` does: an entity's ``mentions`` is an
        iterator over its rows, to be read before the next record, and a record stored as it is
        written (a document, a story, a flattened mention, quote, figure or date, a timeline
        event, a claim with its final number put in its text) comes as its JSON text, a ``str``,
        not parsed only to be dumped again."""
        self._flush()
        c = self.conn
        load = _as_stored if lazy else json.loads
        # a page's subset is joined in SQL, so only the rows shown are read and sorted
        if docs is not None:
            self._set_shown("shown_doc", docs)
        if stories is not None:
            self._set_shown("shown_story", stories)
        in_stories = "" if stories is None else " JOIN shown_story ss ON ss.id = {}"
        if section == "documents":
            rows = c.execute("SELECT id, record FROM part_document ORDER BY id" if docs is None else
                             "SELECT p.id, p.record FROM part_document p JOIN shown_doc s ON s.id = p.id ORDER BY p.id")
            yield from (load(r) for _, r in rows)
        elif section in FLATTENED:
            rows = c.execute(
                "SELECT doc, record FROM part_flat WHERE kind = ? ORDER BY doc, seq" if docs is None else
                "SELECT p.doc, p.record FROM shown_doc s JOIN part_flat p ON p.kind = ? AND p.doc = s.id"
                " ORDER BY p.doc, p.seq", (section,))
            yield from (load(r) for _, r in rows)
        elif section == "stories":
            rows = c.execute("SELECT p.id, p.record FROM part_story p" + in_stories.format("p.id")
                             + " ORDER BY p.undated, p.start, p.id")
            yield from (load(r) for _, r in rows)
        elif section == "entities":
            yield from self._iter_entities(docs, lazy)
        elif section == "claims":
            self._order_run()
            # the final number comes with the row (a record's n is the number of its id), not
            # looked up again per claim as a discrepancy's claims are
            rows = c.execute(
                "SELECT pc.record, cn.final FROM part_claim pc JOIN claim_number cn ON cn.story = pc.story"
                " AND cn.n = pc.n" + in_stories.format("pc.story") + " ORDER BY cn.final")
            for record, final in rows:
                renumbered = _renumbered_claim_text(record, final) if lazy else None
                if renumbered is not None:
                    yield renumbered
                    continue
                claim = json.loads(record)
                claim["id"] = f"claim:{final}"
                yield claim
        elif section == "discrepancies":
            self._order_run()
            rows = c.execute("SELECT d.story, d.record FROM part_discrepancy d LEFT JOIN story_rank r ON r.id = d.story"
                             + in_stories.format("d.story") + " ORDER BY d.score DESC, COALESCE(r.rank, 0), d.seq")
            for story, record in rows:
                d = json.loads(record)
                d["claims"] = [self._final_claim_id(story, cid) for cid in d.get("claims") or []]
                yield d
        elif section == "timeline":
            self._order_run()
            rows = c.execute("SELECT t.story, t.record FROM part_timeline t LEFT JOIN story_rank r ON r.id = t.story"
                             + in_stories.format("t.story")
                             + " ORDER BY t.start, t.precision, t.text, COALESCE(r.rank, 0), t.seq")
            yield from (load(r) for _, r in rows)
        else:
            raise ValueError(f"unknown section {section!r}")

    def _set_shown(self, table: str, ids: set[str]) -> None:
        """The temporary ``table`` (shown_doc, shown_story) holds ``ids``, refilled only when
        they change."""
        if self._shown.get(table) == ids:
            return
        c = self.conn
        c.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY)")
        c.execute(f"DELETE FROM {table}")
        c.executemany(f"INSERT OR IGNORE INTO {table}(id) VALUES (?)", ((i,) for i in ids))
        self._shown[table] = set(ids)

    def _iter_shown_entities(self) -> Iterator[dict[str, Any]]:
        # the entities named in the shown documents, in the order of the whole list: one pass
        # over the mentions instead of one query per entity of the archive
        mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entity_id, doc, start, end, text in self.conn.execute(
                "SELECT m.entity, m.doc, m.start_char, m.end_char, m.text FROM part_entity_mention m"
                " JOIN shown_doc s ON s.id = m.doc ORDER BY m.entity, m.doc, m.start_char, m.end_char"):
            mentions[entity_id].append({"doc": doc, "start": start, "end": end, "text": text})
        totals = {e: self.conn.execute("SELECT SUM(mentions) FROM part_entity WHERE id = ?", (e,)).fetchone()[0]
                  for e in mentions}
        for entity_id in sorted(mentions, key=lambda e: (-(totals[e] or 0), e)):
            record = self._entity_record(entity_id)
            record["mentions"] = mentions[entity_id]
            yield record

    def _iter_entities(self, docs: set[str] | None, lazy: bool = False) -> Iterator[dict[str, Any]]:
        if docs is not None:
            yield from self._iter_shown_entities()
            return
        # most mentioned first, as one batch orders them; ties by id. The ids are read from a
        # cursor, not fetched: a million documents name hundreds of thousands of things
        order = self.conn.execute("SELECT id FROM part_entity GROUP BY id ORDER BY -SUM(mentions), id")
        for (entity_id,) in order:
            mentions: Iterable[dict[str, Any]] = self._entity_mentions(entity_id)
            if not lazy:
                mentions = list(mentions)
            record = self._entity_record(entity_id)
            record["mentions"] = mentions
            yield record

    def _entity_record(self, entity_id: str) -> dict[str, Any]:
        """The entity's records of every story, merged (its mentions are read apart)."""
        return merge_entity_records(json.loads(r) for (r,) in self.conn.execute(
            "SELECT record FROM part_entity WHERE id = ? ORDER BY rowid", (entity_id,)))

    def _entity_mentions(self, entity_id: str) -> Iterator[dict[str, Any]]:
        """The entity's mentions in (doc, start, end) order, one row at a time."""
        rows = self.conn.execute(
            "SELECT doc, start_char, end_char, text FROM part_entity_mention WHERE entity = ?"
            " ORDER BY doc, start_char, end_char", (entity_id,))
        for doc, start, end, text in rows:
            yield {"doc": doc, "start": start, "end": end, "text": text}

    def sections(self, errors: Sequence[InputError], docs: set[str] | None = None,
                 stories: set[str] | None = None, lazy: bool = False) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
        for section in SECTIONS:
            if section == "errors":
                yield section, (e.to_dict() for e in errors)
            else:
                yield section, self.iter_section(section, docs, stories, lazy)

    def stats(self, errors: int) -> dict[str, int]:
        return {"documents": self.count("documents"), "errors": errors, "duplicates": self.duplicates(),
                **{k: self.count(k) for k in FLATTENED}}

    def to_dict(self, errors: Sequence[InputError], docs: set[str] | None = None,
                stories: set[str] | None = None) -> dict[str, Any]:
        """briefing.json as a dict (of everything, or of the given documents and stories)."""
        data: dict[str, Any] = briefing_header()
        for section, records in self.sections(errors, docs, stories):
            data[section] = list(records)
        data["stats"] = briefing_stats(data)
        return data

    def to_briefing(self, documents: Iterable[Document], errors: Sequence[InputError]) -> Briefing:
        """The whole briefing in memory, as ``Briefing`` records (``documents``: the parts' own)."""
        return Briefing(
            documents=sorted(documents, key=lambda d: d.id),
            errors=list(errors),
            entities=[Entity.from_dict(r) for r in self.iter_section("entities")],
            stories=[Story.from_dict(r) for r in self.iter_section("stories")],
            claims=[Claim.from_dict(r) for r in self.iter_section("claims")],
            discrepancies=[Discrepancy.from_dict(r) for r in self.iter_section("discrepancies")],
            timeline=[TimelineEvent.from_dict(r) for r in self.iter_section("timeline")],
        )


def store_text(record: dict[str, Any]) -> str:
    # the text briefing.json holds for a record: a lazy read hands it to the writer as is
    return record_json(record)


def _as_stored(text: str) -> str:
    return text


# how ``record_json`` opens a claim's record (``Claim.to_dict`` puts the id first)
_CLAIM_ID_HEAD = re.compile(r'\{"id": "claim:\d+", ')


def _renumbered_claim_text(text: str, final: int) -> str | None:
    """A claim's stored JSON text with its id made ``claim:<final>``: the text ``record_json``
    gives the record so renumbered (only the first value changes), without parsing ~500 bytes
    and writing them again for each of the run's claims. None when the text does not open with
    its id."""
    head = _CLAIM_ID_HEAD.match(text)
    return None if head is None else f'{{"id": "claim:{final}", {text[head.end():]}'


__all__ = ["StoryPart", "BriefingTables", "serialise_part", "merge_entity_records", "claim_number", "SECTIONS", "FLATTENED"]
