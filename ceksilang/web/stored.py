"""The served briefing (``render.served``) read back for the pages, a few indexed queries a page.

``StoredBriefing`` is one version of the file, opened read-only with one connection per thread.
A page asks for the records it shows -- a story with its documents, claims, discrepancies and
timeline; a document with the records its claims cite; an entity's first documents, quotes and
claims; a page of the story list -- and gets them as a small ``Snapshot`` (the same shape the
views were written against), so nothing the size of the store is held in memory.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ceksilang.render.served import search_expression
from ceksilang.web.snapshot import OTHER_VERSIONS, Snapshot, snapshot_of

# (document ids) -> their sentence spans, read from the store
SentencesOf = Callable[[Sequence[str]], Mapping[str, Sequence[Sequence[int]]]]
ENTITY_DOCUMENTS = 200  # the documents an entity page shows (as views.LIMIT)
EVIDENCE_PER_CLAIM = 20  # as Snapshot.claim_evidence's default
API_ENTITY_DOCUMENTS = 1000
_CHUNK = 500


class Count:
    """A number the templates read as a collection's size (``|length``, truthiness)."""

    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n


@dataclass(slots=True)
class Overview:
    """What the index page says of the whole store (the template's ``snap``)."""

    documents: Count
    stories: Count
    errors: Count
    stories_computed: bool


class StoredBriefing:
    """One version of the served briefing at ``path``, read-only."""

    def __init__(self, path: str | Path, version: int):
        self.path = Path(path)
        self.version = version
        self.uri = f"file:{self.path.resolve()}?mode=ro"
        self._local = threading.local()
        conn = self._conn()
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        self.generated = meta.get("generated", "")
        self.stories_computed = meta.get("stories_computed") == "1"
        self.overview = Overview(Count(conn.execute("SELECT COUNT(*) FROM document").fetchone()[0]),
                                 Count(conn.execute("SELECT COUNT(*) FROM story").fetchone()[0]),
                                 Count(conn.execute("SELECT COUNT(*) FROM errors").fetchone()[0]),
                                 self.stories_computed)

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(self.uri, uri=True, timeout=10.0, check_same_thread=False)
            conn.execute("PRAGMA query_only=ON")
        return conn

    def _records(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [json.loads(r) for (r,) in self._conn().execute(sql, params)]

    def _in_chunks(self, sql: str, ids: Sequence[str], extra: Sequence[Any] = ()) -> list[tuple]:
        """``sql`` with ``{}`` standing for a list of ``?``, run over ``ids`` a chunk at a time."""
        rows: list[tuple] = []
        for i in range(0, len(ids), _CHUNK):
            chunk = list(ids[i:i + _CHUNK])
            rows += self._conn().execute(sql.format(",".join("?" * len(chunk))), [*chunk, *extra]).fetchall()
        return rows

    # ----------------------------------------------------------------- the story list

    def search_stories(self, text: str = "", entity: str = "", outlet: str = "", date_from: str = "",
                       date_to: str = "", offset: int = 0, limit: int = 50) -> tuple[int, list[dict[str, Any]]]:
        """(how many stories match, the ``limit`` of them from ``offset``), newest first.

        ``text``: every word starts a word of the story (label, terms, titles, texts); ``entity``,
        ``outlet``: substrings of a name its documents give or of their outlets; ISO date bounds."""
        where, params = [], []
        text, entity, outlet = text.strip(), entity.strip().lower(), outlet.strip().lower()
        if text:
            expression = search_expression(text)
            if expression is None:
                return 0, []
            where.append("rowid IN (SELECT rowid FROM story_text WHERE story_text MATCH ?)")
            params.append(expression)
        if entity:
            where.append("instr(names, ?) > 0")
            params.append(entity)
        if outlet:
            where.append("instr(outlets, ?) > 0")
            params.append(outlet)
        # ISO dates compare as text once cut to the bound's length ("2024-11" vs "2024-11-02")
        if date_from:
            where.append("COALESCE(end, start, '') != '' AND substr(COALESCE(end, start), 1, ?) >= ?")
            params += [len(date_from), date_from]
        if date_to:
            where.append("COALESCE(start, end, '') != '' AND substr(COALESCE(start, end), 1, ?) <= ?")
            params += [len(date_to), date_to]
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        conn = self._conn()
        total = conn.execute(f"SELECT COUNT(*) FROM story{clause}", params).fetchone()[0] if where \
            else len(self.overview.stories)
        rows = conn.execute(f"SELECT record, disputes FROM story{clause} ORDER BY pos LIMIT ? OFFSET ?",
                            [*params, limit, offset]).fetchall()
        return total, [{**json.loads(r), "_disputes": n} for r, n in rows]

    # ----------------------------------------------------------------- single records

    def story(self, story_id: str) -> dict[str, Any] | None:
        row = self._conn().execute("SELECT record FROM story WHERE id = ?", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def story_of_doc(self, doc_id: str) -> str | None:
        row = self._conn().execute("SELECT story FROM document WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def has_document(self, doc_id: str) -> bool:
        return self._conn().execute("SELECT 1 FROM document WHERE id = ?", (doc_id,)).fetchone() is not None

    def missing_documents(self, doc_ids: Sequence[str]) -> list[str]:
        found = {r[0] for r in self._in_chunks("SELECT id FROM document WHERE id IN ({})", doc_ids)}
        return [d for d in doc_ids if d not in found]

    def document_id_by_url(self, url: str) -> str | None:
        row = self._conn().execute("SELECT id FROM document WHERE url = ? ORDER BY id LIMIT 1", (url,)).fetchone()
        return row[0] if row else None

    def documents_page(self, offset: int, limit: int, story: str = "") -> tuple[int, list[dict[str, Any]]]:
        """(how many, a page of document records with their story): all by id, or one story's."""
        conn = self._conn()
        if story:
            record = self.story(story)
            ids = list((record or {}).get("docs") or [])
            chosen = ids[offset: offset + limit]
            rows = {i: (r, s) for i, r, s in self._in_chunks("SELECT id, record, story FROM document WHERE id IN ({})",
                                                             chosen)}
            return len(ids), [{**json.loads(rows[d][0]), "story": rows[d][1]} for d in chosen if d in rows]
        rows = conn.execute("SELECT record, story FROM document ORDER BY id LIMIT ? OFFSET ?", (limit, offset))
        return len(self.overview.documents), [{**json.loads(r), "story": s} for r, s in rows]

    # ----------------------------------------------------------------- page subsets

    def subset(self, doc_ids: Iterable[str], story_ids: Iterable[str], claims: Sequence[dict[str, Any]] | None = None,
               quotes: Sequence[dict[str, Any]] | None = None, held: Iterable[str] | None = None,
               timeline: bool = True, texts: Iterable[str] | None = None,
               discrepancies: Sequence[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The records of ``doc_ids`` and ``story_ids`` in briefing.json's shape and order: the
        documents and what they hold, the entities they name (with their mentions in them), the
        stories with their claims, discrepancies and timeline. ``claims`` / ``quotes`` replace
        the stories' claims and the documents' quotes (an entity's page); ``held``: only these
        documents' mentions, quotes, figures, dates and entities (the others are cited only);
        ``timeline``: False leaves the stories' timeline out (a page that does not show it);
        ``texts``: only these documents with their text (the others are named or cited, not quoted);
        ``discrepancies``: the stories' discrepancies, already read."""
        docs = sorted(set(doc_ids))
        if texts is None:
            documents = self._in_chunks("SELECT id, record FROM document WHERE id IN ({})", docs)
        else:
            quoted = set(texts)
            documents = sorted(
                self._in_chunks("SELECT id, record FROM document WHERE id IN ({})", [d for d in docs if d in quoted])
                + self._in_chunks("SELECT id, json_remove(record, '$.text') FROM document WHERE id IN ({})",
                                  [d for d in docs if d not in quoted]))
        holding = docs if held is None else sorted(set(held))
        stories = list(dict.fromkeys(s for s in story_ids if s))
        flat: dict[str, list[dict[str, Any]]] = {"mentions": [], "quotes": [], "quantities": [], "dates": []}
        for _, _, kind, record in sorted(self._in_chunks("SELECT doc, seq, kind, record FROM flat WHERE doc IN ({})",
                                                         holding)):
            flat[kind].append(json.loads(record))
        if quotes is not None:
            flat["quotes"] = list(quotes)
        mentions: dict[str, list[dict[str, Any]]] = {}
        for entity, doc, start, end, text in sorted(self._in_chunks(
                "SELECT entity, doc, start_char, end_char, text FROM entity_mention WHERE doc IN ({})", holding)):
            mentions.setdefault(entity, []).append({"doc": doc, "start": start, "end": end, "text": text})
        entities = []
        # most mentioned first, ties by id: the order of briefing.json (and of ``seq`` in a file
        # written whole; an incremental update numbers a new entity after the others)
        for _, entity, record in sorted(self._in_chunks("SELECT -mentions, id, record FROM entity WHERE id IN ({})",
                                                        list(mentions))):
            entities.append({**json.loads(record), "mentions": mentions[entity]})
        by_story = "SELECT seq, record FROM {table} WHERE story IN ({{}})"
        if claims is None:
            claims = [json.loads(r) for _, r in sorted(self._in_chunks(by_story.format(table="claim"), stories))]
        return {
            "generated": self.generated,
            "documents": [json.loads(r) for _, r in sorted(documents)],
            "errors": [],
            "entities": entities,
            **flat,
            "stories": [json.loads(r) for _, r in sorted(self._in_chunks(
                "SELECT pos, record FROM story WHERE id IN ({})", stories), reverse=True)] if self.stories_computed
            else [],
            "claims": list(claims),
            "discrepancies": list(discrepancies) if discrepancies is not None else [
                json.loads(r) for _, r in sorted(self._in_chunks(by_story.format(table="discrepancy"), stories))],
            "timeline": [json.loads(r) for _, r in sorted(self._in_chunks(by_story.format(table="timeline"), stories))]
            if timeline else [],
        }

    def _snapshot(self, data: dict[str, Any], sentences: SentencesOf, stories: Sequence[str] = ()) -> Snapshot:
        if not self.stories_computed:  # the one fallback story, as the whole-store snapshot had it
            data["stories"] = []
        # the sentences of the documents it quotes (read without their text: named or cited only)
        snap = snapshot_of(data, sentences([d["id"] for d in data["documents"] if "text" in d]), self.version)
        if not self.stories_computed:
            for sid in stories:
                record = self.story(sid)
                if record is not None:
                    snap.stories.append(record)
                    snap.story_by_id[sid] = record
                    snap.story_of_doc.update((d, sid) for d in record.get("docs") or [] if d in snap.documents)
        return snap

    def story_snapshot(self, story_id: str, sentences: SentencesOf) -> Snapshot | None:
        """What a story's page shows: the story, all its documents and records."""
        story = self.story(story_id)
        if story is None:
            return None
        return self._snapshot(self.subset(story.get("docs") or [], [story_id]), sentences, [story_id])

    def document_snapshot(self, doc_id: str, sentences: SentencesOf, page: bool = False) -> Snapshot | None:
        """What a document's page shows: the document, its story's claims and discrepancies, and
        the other documents the claims naming it cite (their evidence is shown beside it).

        ``page``: as its page shows it -- no timeline, and the text of only the documents its
        claims' panels quote (the first ``OTHER_VERSIONS`` others of each); else the API's answer:
        with the story's timeline, and no other document's text (it shows only this one)."""
        story = self.story_of_doc(doc_id)
        if story is None and not self.has_document(doc_id):
            return None
        conn = self._conn()
        # the discrepancies of the claims citing it: their claims and documents are shown in its panels
        linked = [r[0] for r in conn.execute(
            "SELECT DISTINCT cx.seq FROM claim_doc cd JOIN claim c ON c.seq = cd.claim_seq"
            " JOIN claim_discrepancy cx ON cx.claim = c.id WHERE cd.doc = ?", (doc_id,))]
        if page:  # only its claims' discrepancies, each with its anchor on the story page (its rank there)
            ranks = {seq: n for n, (seq,) in enumerate(conn.execute(
                "SELECT seq FROM discrepancy WHERE story = ? ORDER BY seq", (story,)), 1)} if story else {}
            by_seq = {seq: json.loads(r) for seq, r in self._in_chunks(
                "SELECT seq, record FROM discrepancy WHERE seq IN ({})", linked)}
            for seq, x in by_seq.items():
                if seq in ranks:
                    x["anchor"] = f"d{ranks[seq]}"
        else:  # the story's (the API answer lists those naming the document)
            by_seq = {seq: json.loads(r) for seq, r in conn.execute(
                "SELECT seq, record FROM discrepancy WHERE story = ? ORDER BY seq", (story,))} if story else {}
            by_seq.update((seq, json.loads(r)) for seq, r in self._in_chunks(
                "SELECT seq, record FROM discrepancy WHERE seq IN ({})", [x for x in linked if x not in by_seq]))
        disputed = [by_seq[x] for x in linked if x in by_seq]
        other_ids = sorted({cid for x in disputed for cid in x.get("claims") or []})
        seqs = {r[0] for r in conn.execute("SELECT claim_seq FROM claim_doc WHERE doc = ?", (doc_id,))}
        seqs |= {r[0] for r in self._in_chunks("SELECT seq FROM claim WHERE id IN ({})", other_ids)}
        claims = [json.loads(r) for _, r in sorted(self._in_chunks("SELECT seq, record FROM claim WHERE seq IN ({})",
                                                                   sorted(seqs)))]
        cited = {ev["doc"] for c in claims for ev in c.get("evidence") or []}
        cited |= {d for x in disputed for d in x.get("docs") or []}
        cited.add(doc_id)
        quoted = {doc_id}
        if page:  # as Snapshot.claim_evidence picks them: the first of each claim's others that are served
            served = {r[0] for r in self._in_chunks("SELECT id FROM document WHERE id IN ({})", sorted(cited))}
            for c in claims:
                evidence = c.get("evidence") or []
                if not any(ev["doc"] == doc_id for ev in evidence):
                    continue
                others = [ev["doc"] for ev in evidence if ev["doc"] != doc_id and ev["doc"] in served]
                quoted.update(others[:OTHER_VERSIONS])
        story_discrepancies = [x for seq, x in sorted(by_seq.items()) if story and x.get("story") == story]
        data = self.subset(cited, [story] if story else [], claims=claims, held=[doc_id], timeline=not page,
                           texts=quoted, discrepancies=story_discrepancies)
        return self._snapshot(data, sentences, [story] if story else [])

    def compare_snapshot(self, doc_ids: Sequence[str], sentences: SentencesOf) -> Snapshot:
        stories = [r[0] for r in self._in_chunks("SELECT DISTINCT story FROM document WHERE id IN ({})", doc_ids)]
        return self._snapshot(self.subset(doc_ids, stories), sentences, stories)

    def entity_snapshot(self, entity_id: str, sentences: SentencesOf,
                        documents: int = ENTITY_DOCUMENTS) -> tuple[Snapshot, int] | None:
        """What an entity's page shows -- the first ``documents`` documents naming it, the quotes
        it is the speaker of and the claims its names make -- and its number of mentions."""
        conn = self._conn()
        row = conn.execute("SELECT record, mentions FROM entity WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        entity = json.loads(row[0])
        named = [d for (d,) in conn.execute("SELECT DISTINCT doc FROM entity_mention WHERE entity = ? ORDER BY doc"
                                            " LIMIT ?", (entity_id, documents))]
        quotes = self._records("SELECT record FROM flat WHERE speaker = ? AND kind = 'quotes' ORDER BY doc, seq LIMIT ?",
                               (entity_id, documents))
        names = sorted({n.strip().lower() for n in [entity.get("name") or "", *(entity.get("aliases") or [])]
                        if n.strip()})
        claims = [json.loads(r) for _, _, r in self._in_chunks(
            "SELECT claimant_key, seq, record FROM claim WHERE claimant_key IN ({}) ORDER BY claimant_key, seq LIMIT ?",
            names, [documents])]
        cited = {ev["doc"] for c in claims for ev in (c.get("evidence") or [])[:EVIDENCE_PER_CLAIM]}
        # the page quotes sentences of these documents: their text, not their mentions or figures
        data = self.subset({*named, *(q["doc"] for q in quotes), *cited}, [], claims=claims, quotes=quotes, held=[])
        # the entity itself, with its mentions in the documents shown (named in none of them: no mentions)
        data["entities"] = [e for e in data["entities"] if e["id"] != entity_id]
        refs = sorted(self._in_chunks("SELECT doc, start_char, end_char, text FROM entity_mention"
                                      " WHERE doc IN ({}) AND entity = ?", named, [entity_id]))
        data["entities"].append({**entity, "mentions": [{"doc": d, "start": s, "end": e, "text": t}
                                                        for d, s, e, t in refs]})
        return self._snapshot(data, sentences), row[1]

    def entity_stories(self, doc_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The stories of ``doc_ids``, by id."""
        ids = sorted({r[0] for r in self._in_chunks("SELECT story FROM document WHERE id IN ({})", doc_ids) if r[0]})
        return [json.loads(r) for _, r in sorted(self._in_chunks("SELECT id, record FROM story WHERE id IN ({})", ids))]

    def entity_documents(self, entity_id: str, limit: int = API_ENTITY_DOCUMENTS) -> tuple[int, list[str]]:
        """(how many documents name the entity, the first ``limit`` of them by id)."""
        conn = self._conn()
        total = conn.execute("SELECT COUNT(DISTINCT doc) FROM entity_mention WHERE entity = ?", (entity_id,)).fetchone()[0]
        docs = [d for (d,) in conn.execute("SELECT DISTINCT doc FROM entity_mention WHERE entity = ? ORDER BY doc"
                                           " LIMIT ?", (entity_id, limit))]
        return total, docs


__all__ = ["StoredBriefing", "Overview", "Count", "SentencesOf"]
