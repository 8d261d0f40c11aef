"""The whole-store stages, one story at a time, in memory that does not grow with the store.

    duplicates -> stories -> (per story) entity linking -> spun copies -> reconciliation

``iter_story_parts(source)`` reads the documents of a ``DocumentSource`` (the SQLite ``Store``,
or documents in memory) twice in publication order and once per story:

1. **duplicates and frequencies** -- each document is checked against the originals before it
   (``dedup.DuplicateIndex``, whose bands live in a scratch SQLite database), its story keys
   are counted (``stories.count_terms``) and kept in the scratch database, and the keys of
   every original are counted: the IDF table story grouping weighs with.
2. **stories** -- the kept keys go through ``stories.StoryIndex`` in the same order. When the
   publication day moves on, the stories no later document can join (``close_before``) are
   complete: their documents are loaded again by id, linked, compared and reconciled, and the
   story's records handed out as a ``StoryPart``. The index only ever holds one window of
   open stories. An undated document is fed once the stream has passed the day of the dated
   document most like it (``stories.undated_arrival_days``), before that day's stories close.
   An Indonesian document that translates an English one of the last ``across_max_days`` days
   joins the original's story whatever their similarity (``translation.CrossStoryTranslations``:
   only the English documents close to it are read and compared), so its ``translated_from``
   and what it changed are found when its story is reconciled.

Entity ids used for grouping come from linking each document on its own (the gazetteer's
aliases and the document's own names); the entities of the briefing come from linking the
documents of one story together, and an entity named in several stories is one record (the
parts are merged on the entity id by ``BriefingTables``).

A stage that raises on one story (linking, spun copies, reconciliation with its claims,
discrepancies and timeline) costs that story its records, not the briefing: the story and its
documents are written without them, and the briefing's ``errors`` name the story (its id,
``story:...``) and the reason. A document whose first-pass features cannot be worked out is
listed the same way and becomes a story of its own. With workers, a story whose worker fails is
reconciled the same way from the documents in the store.

``BriefingTables`` collects the parts in scratch SQLite tables and gives them back in the
briefing's order (stories by first day, claims numbered through the run in story order,
discrepancies by score, timeline by date): ``build_briefing`` turns them into a ``Briefing``
in memory (the web app, Spark blocks, tests), ``write_briefing_tables`` streams them to
briefing.json without holding them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import traceback
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from ceksilang.model import Briefing, Discrepancy, Document, Entity, InputError, Mention, MentionRef, Source, Story
from ceksilang.reconcile import stories as story_module
from ceksilang.reconcile.dedup import DuplicateIndex, fingerprint
from ceksilang.reconcile.grouping_state import keep_grouping_state
from ceksilang.reconcile.stories import count_terms, order_key
from ceksilang.reconcile.tables import BriefingTables, StoryPart, serialise_part, store_text
from ceksilang.reconcile.translation import CrossStoryTranslations
from ceksilang.render import Written, scratch_folder, write_briefing_tables
from ceksilang.render.json import briefing_header
from ceksilang.render.served import write_served
from ceksilang.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from ceksilang.reconcile.stories import StoryIndex

log = logging.getLogger(__name__)


class DocumentSource(Protocol):
    """What the whole-store stages read: ``Store`` and ``MemorySource`` implement it."""

    def iter_in_publication_order(self, raw: bool = False) -> Iterator[Document | str]:
        """Documents earliest first (undated last, then by id); ``raw``: as their JSON text."""

    def get_documents(self, ids: Sequence[str]) -> list[Document]: ...

    def update_documents(self, docs: Sequence[Document], stored: Sequence[str] | None = None) -> None:
        """Write back whole-store fields; ``stored``: the documents' JSON, when already made."""

    def errors(self) -> list[InputError]: ...


# (story, its documents) -> further discrepancies of that story
ExtraDiscrepancies = Callable[[Story, Sequence[Document]], Iterable[Discrepancy]]


class MemorySource:
    """Documents held in memory as a ``DocumentSource`` (tests, Spark blocks, small batches)."""

    def __init__(self, documents: Iterable[Document], errors: Iterable[InputError] = ()):
        self.documents = {d.id: d for d in documents}
        self._errors = list(errors)

    def iter_in_publication_order(self, raw: bool = False) -> Iterator[Document | str]:
        for doc in sorted(self.documents.values(), key=order_key):
            yield store_text(doc.to_dict()) if raw else doc

    def get_documents(self, ids: Sequence[str]) -> list[Document]:
        return [self.documents[i] for i in ids if i in self.documents]

    def update_documents(self, docs: Sequence[Document], stored: Sequence[str] | None = None) -> None:
        self.documents.update((d.id, d) for d in docs)

    def errors(self) -> list[InputError]:
        return list(self._errors)



def _link_alone(doc: Document) -> list[Entity]:
    """Entity ids for story grouping from the document on its own."""
    from ceksilang.reconcile.link import link_entities

    return link_entities([doc])


def linked_state(doc: Document, entities: Sequence[Entity], text_length: int) -> bytes:
    """What linking ``doc`` on its own set (``link.link_entities`` writes a mention's span, text,
    label and entity, a quote's speaker and its co-speakers' entities, and makes the entities),
    compressed: a story of this document alone is linked so too (``story_of`` only names the
    story's scope, and a scope of one document is the same whatever its name), so its story takes
    this instead of linking the document a second time (1,340 of the bench's 1,570 stories).
    ``text_length``: of the text linked, a check that the story's document is the one linked."""
    state = [text_length,
             [[m.start, m.end, m.text, m.label, m.entity] for m in doc.mentions],
             [[q.speaker, [c.entity for c in q.co_speakers]] for q in doc.quotes],
             # each entity's fields in order, its mentions as rows (``Record.to_dict`` walks every
             # value generically: this is most of the state's cost)
             [[e.id, e.name, e.type, e.aliases, e.roles, [[r.doc, r.start, r.end, r.text] for r in e.mentions],
               e.metonyms] for e in entities]]
    return zlib.compress(json.dumps(state, ensure_ascii=False).encode("utf-8", "surrogatepass"), 1)


def apply_linked_state(doc: Document, state: bytes) -> list[Entity] | None:
    """Set on ``doc`` what linking it alone set (``linked_state``) and give its entities; None
    (``doc`` untouched) when ``doc`` is not the document linked (its text, mentions or quotes
    differ in number or its mentions end elsewhere): the caller links it then."""
    text_length, mentions, quotes, entities = json.loads(zlib.decompress(state).decode("utf-8", "surrogatepass"))
    if (text_length != len(doc.text or "") or len(mentions) != len(doc.mentions) or len(quotes) != len(doc.quotes)
            or any(m.end != row[1] for m, row in zip(doc.mentions, mentions))
            or any(len(q.co_speakers) != len(row[1]) for q, row in zip(doc.quotes, quotes))):
        return None
    for m, (start, _, text, label, entity) in zip(doc.mentions, mentions):
        m.start, m.text, m.label, m.entity = start, text, label, entity
    for q, (speaker, co_entities) in zip(doc.quotes, quotes):
        q.speaker = speaker
        for co, entity in zip(q.co_speakers, co_entities):
            co.entity = entity
    return [Entity(id=eid, name=name, type=kind, aliases=aliases, roles=roles,
                   mentions=[MentionRef(*row) for row in refs], metonyms=metonyms)
            for eid, name, kind, aliases, roles, refs, metonyms in entities]


@dataclass(slots=True)
class DocumentFeatures:
    """What the first pass needs of a document, computed where the document is parsed."""

    id: str
    published: str | None
    fingerprint: tuple[str, Any] | None  # ``dedup.fingerprint``: (digest, MinHash values)
    terms: bytes  # the story keys and their surfaces, compressed JSON
    error: str | None = None  # why the features could not be worked out (the document stands alone)
    language: str | None = None  # a translation is looked for across stories by language
    linked: bytes | None = None  # ``linked_state`` of the document linked alone, when asked for


def document_features(doc: Document | str, settings: Settings = DEFAULT, keep_linked: bool = False) -> DocumentFeatures:
    """Duplicate fingerprint and story keys of one document (``doc``: a record or its JSON);
    ``keep_linked``: with what linking it alone set (``linked_state``), for its story when the
    story is of this document alone.

    When they cannot be worked out, the document gets no keys (it will be a story of its own)
    and ``error`` says why."""
    try:
        return _document_features(doc, settings, keep_linked)
    except Exception as exc:  # one document's bug must not end the briefing
        log.exception("story keys of a document failed")
        if isinstance(doc, str):
            try:
                doc_id, published = _id_and_date(json.loads(doc))
            except (ValueError, TypeError, KeyError):
                raise exc from None  # not a stored document at all: nothing to name
        else:
            doc_id, published = doc.id, doc.published
        empty = zlib.compress(json.dumps([{}, {}]).encode(), 1)
        return DocumentFeatures(id=doc_id, published=published, fingerprint=None, terms=empty,
                                error=f"story keys failed: {_failure(exc)}")


def _id_and_date(record: dict[str, Any]) -> tuple[str, str | None]:
    return str(record["id"]), record.get("published")


def _failure(exc: BaseException) -> str:
    """The exception and where it was raised, for a reader who files the bug."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (in {Path(frames[-1].filename).stem}.{frames[-1].name})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _document_features(doc: Document | str, settings: Settings, keep_linked: bool = False) -> DocumentFeatures:
    if isinstance(doc, str):
        doc = Document.from_dict(json.loads(doc))
    else:  # linking it alone sets fields of its mentions, quotes and co-speakers: a copy's, not the caller's
        doc = replace(doc, mentions=[replace(m) for m in doc.mentions],
                      quotes=[replace(q, co_speakers=[replace(c) for c in q.co_speakers]) for q in doc.quotes])
    found = fingerprint(doc, settings)
    entities = _link_alone(doc)
    terms = count_terms(doc)
    blob = zlib.compress(json.dumps([terms.counts, terms.surfaces]).encode(), 1)
    linked = linked_state(doc, entities, len(doc.text or "")) if keep_linked else None
    return DocumentFeatures(id=doc.id, published=doc.published, fingerprint=found, terms=blob, language=doc.language,
                            linked=linked)


def _features_batch(batch: list[Document | str], settings: Settings, keep_linked: bool = False) -> list[DocumentFeatures]:
    return [document_features(d, settings, keep_linked) for d in batch]


class StoryCache:
    """The reconciled records of each story from the last run, so that a run after a few new or
    edited articles reconciles only the stories they touch.

    A story's entry is keyed by everything ``reconcile_story`` reads: the story record and the
    full JSON of each of its documents (text, extracted records, duplicate marks). It is stored
    under the key of the documents *as written back* after reconciliation, which is what the next
    run reads from the store: a story none of whose documents changed finds its entry, and its
    parts are reused as they are (the documents are not written back again: they are unchanged).
    Anything else (a new document, an edited one, a story regrouped) misses and is reconciled.
    Entries not used by a run are dropped at its end (``prune``).
    """

    # Bump when reconciliation changes what it makes of the same input; docs/storycache.md says what
    # each version changed (a test checks that the newest row there is this version).
    VERSION = "53"

    def __init__(self, path: str | Path):
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        # a commit per entry, not synced: a crash may lose the last entries, which are then
        # worked out again (an entry is one statement: never half-written)
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("CREATE TABLE IF NOT EXISTS story_part (key TEXT PRIMARY KEY, stored BLOB NOT NULL,"
                          " rows BLOB NOT NULL)")
        # the first pass's features of each document, keyed by its stored JSON
        self.conn.execute("CREATE TABLE IF NOT EXISTS doc_features (key TEXT PRIMARY KEY, id TEXT NOT NULL,"
                          " published TEXT, digest TEXT, minhash BLOB, terms BLOB NOT NULL, language TEXT)")
        if "language" not in {row[1] for row in self.conn.execute("PRAGMA table_info(doc_features)")}:
            self.conn.execute("ALTER TABLE doc_features ADD COLUMN language TEXT")  # a cache written before
        self.used: set[str] = set()
        self.used_features: set[str] = set()
        self.hits = self.misses = 0

    @classmethod
    def key(cls, story: Story, docs: Sequence[MarkedJSON]) -> str:
        digest = hashlib.blake2b(digest_size=20)
        digest.update(cls.VERSION.encode())
        digest.update(json.dumps(story.to_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        for doc in docs:
            digest.update(b"\x00" + doc.json.encode("utf-8", "surrogatepass"))
            digest.update(json.dumps([doc.duplicate_of, doc.duplicate_similarity]).encode())
        return digest.hexdigest()

    def get(self, story: Story, docs: list[MarkedJSON]) -> StoryPart | None:
        """The story's part as the last run made it, when neither the story nor any of its
        documents changed since; its ``documents`` then carry their id and date only (the rows
        hold the records)."""
        key = self.key(story, docs)
        row = self.conn.execute("SELECT stored, rows FROM story_part WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        self.used.add(key)
        stored = json.loads(zlib.decompress(row[0]))
        rows = {table: [tuple(r) for r in values] for table, values in json.loads(zlib.decompress(row[1])).items()}
        documents = [Document(id=row[0], source=_NO_SOURCE, text="") for row in rows.get("document", [])]
        return StoryPart(story=story, documents=documents, stored=stored, rows=rows)

    def put(self, part: StoryPart) -> None:
        """Keep ``part`` under the key of its documents as written back (what the next run reads)."""
        key = self.key(part.story, [MarkedJSON(text, d.duplicate_of, d.duplicate_similarity)
                                    for text, d in zip(part.stored, part.documents)])
        self.used.add(key)
        self.conn.execute("INSERT OR REPLACE INTO story_part(key, stored, rows) VALUES (?, ?, ?)",
                          (key, zlib.compress(json.dumps(part.stored, ensure_ascii=False).encode("utf-8", "surrogatepass")),
                           zlib.compress(json.dumps(part.rows, ensure_ascii=False).encode("utf-8", "surrogatepass"))))

    def features(self, raw: str, settings: Settings) -> DocumentFeatures:
        """``document_features`` of a document's stored JSON, from the cache when it was seen before."""
        key = hashlib.blake2b(f"{self.VERSION}\x00{raw}".encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
        self.used_features.add(key)
        row = self.conn.execute("SELECT id, published, digest, minhash, terms, language FROM doc_features"
                                " WHERE key = ?", (key,)).fetchone()
        if row is not None:
            doc_id, published, digest, minhash, terms, language = row
            found = (digest, np.frombuffer(minhash, dtype=np.uint64)) if digest is not None else None
            return DocumentFeatures(id=doc_id, published=published, fingerprint=found, terms=terms, language=language)
        feat = document_features(raw, settings)
        if feat.error:  # not kept: the next run tries again and reports it again
            return feat
        digest, minhash = feat.fingerprint if feat.fingerprint is not None else (None, None)
        self.conn.execute("INSERT OR REPLACE INTO doc_features(key, id, published, digest, minhash, terms, language)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (key, feat.id, feat.published, digest,
                           None if minhash is None else np.asarray(minhash, dtype=np.uint64).tobytes(), feat.terms,
                           feat.language))
        return feat

    def prune(self) -> None:
        """Drop the entries this run did not use (stories that changed or are gone); the next run
        counts its hits and misses afresh."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS used_key (key TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM used_key")
        self.conn.executemany("INSERT OR IGNORE INTO used_key VALUES (?)", [(k,) for k in self.used])
        self.conn.execute("DELETE FROM story_part WHERE key NOT IN (SELECT key FROM used_key)")
        if self.used_features:
            self.conn.execute("DELETE FROM used_key")
            self.conn.executemany("INSERT OR IGNORE INTO used_key VALUES (?)", [(k,) for k in self.used_features])
            self.conn.execute("DELETE FROM doc_features WHERE key NOT IN (SELECT key FROM used_key)")
        self.used, self.used_features = set(), set()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> StoryCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_story_parts(source: DocumentSource, settings: Settings = DEFAULT,
                     scratch: str | Path = ":memory:", workers: int = 1,
                     cache: StoryCache | None = None) -> Iterator[StoryPart]:
    """Every story of ``source`` with its reconciled records, as soon as the story is complete.

    ``scratch``: the SQLite database for the duplicate index and kept keys (a file for a large
    store). With ``workers > 1`` the per-document features and the complete stories are
    worked out in a process pool; parts come out in the order one worker gives them.
    ``cache``: stories whose documents did not change since it was filled are not reconciled
    again (see ``StoryCache``).
    """
    if workers <= 1:
        if cache is not None:
            features = (cache.features(raw, settings) for raw in source.iter_in_publication_order(raw=True))
        else:
            # a source that keeps JSON (the store) hands it over as text: parsed once for the features
            # alone, it needs no copy of its mentions and quotes against linking (a Document given is
            # the caller's, and is copied)
            raw = getattr(source, "get_raw_documents", None) is not None
            features = (document_features(d, settings, keep_linked=True)
                        for d in source.iter_in_publication_order(raw=raw))
        if cache is None:
            for story, docs, errors, linked in _iter_complete_stories(source, features, settings, scratch):
                yield _written_back(_with_errors(reconcile_story(story, docs, linked), errors), source)
            return
        for story, marked, errors, _ in _iter_complete_stories(source, features, settings, scratch, raw=True):
            cached = None if errors else cache.get(story, marked)
            if cached is not None:
                yield cached
                continue
            part = _written_back(_with_errors(reconcile_story(story, [m.parse() for m in marked]), errors), source)
            if not part.errors:  # a failed story is tried again next run, not remembered
                cache.put(part)
            yield part
        return

    from collections import deque

    from ceksilang.scale.workers import WorkerPool

    # replaced now and then, like the analysis workers: nothing a worker keeps should last
    with WorkerPool(workers, settings.worker_max_batches) as pool:
        keep_linked = cache is None  # (a cached story is not reconciled; cached features keep no linking)

        def batch_result(sent: list[Document | str], future) -> list[DocumentFeatures]:
            try:
                return future.result()
            except Exception:  # the worker died: the batch is worked out here
                log.exception("story keys of a batch in a worker failed")
                return _features_batch(sent, settings, keep_linked)

        def features() -> Iterator[DocumentFeatures]:
            window: deque = deque()
            batch: list[Document | str] = []
            for doc in source.iter_in_publication_order(raw=True):
                batch.append(doc)
                if len(batch) >= 32:
                    window.append((batch, pool.submit(_features_batch, batch, settings, keep_linked)))
                    batch = []
                while len(window) > workers * 4:
                    yield from batch_result(*window.popleft())
            if batch:
                window.append((batch, pool.submit(_features_batch, batch, settings, keep_linked)))
            while window:
                yield from batch_result(*window.popleft())

        def result(story: Story, errors: list[InputError], future) -> StoryPart:
            try:
                part = future.result()
            except Exception as exc:  # the worker itself failed (or its result could not come back)
                log.exception("reconciling %s in a worker failed", story.id)
                part = reconcile_story(story, source.get_documents(story.docs))
                part.errors.insert(0, _story_error(story, "worker", exc))
            return _with_errors(part, errors)

        window: deque = deque()
        in_flight = 0  # documents of the stories in the window
        for story, docs, errors, linked in _iter_complete_stories(source, features(), settings, scratch,
                                                                  raw=cache is not None):
            if cache is not None:
                cached = None if errors else cache.get(story, docs)
                if cached is not None:
                    window.append((0, story, errors, cached))
                    continue
                docs = [m.parse() for m in docs]
            window.append((len(docs), story, errors, pool.submit(reconcile_story, story, docs, linked)))
            in_flight += len(docs)
            # a bounded window keeps memory flat: a few stories, or a few hundred documents, in
            # flight per worker
            while window and (len(window) > workers * 4 or in_flight > workers * IN_FLIGHT_DOCUMENTS):
                size, story_done, errors_done, future = window.popleft()
                in_flight -= size
                yield _finished(result, story_done, errors_done, future, source, cache)
        while window:
            _, story_done, errors_done, future = window.popleft()
            yield _finished(result, story_done, errors_done, future, source, cache)


def _finished(result: Callable[..., StoryPart], story: Story, errors: list[InputError], item: Any,
              source: DocumentSource, cache: StoryCache | None) -> StoryPart:
    """A part from the cache (as it is), or from the pool (a future: written back, and cached
    when its story did not fail)."""
    if isinstance(item, StoryPart):
        return item
    part = _written_back(result(story, errors, item), source)
    if cache is not None and not part.errors:
        cache.put(part)
    return part


def _with_errors(part: StoryPart, errors: list[InputError]) -> StoryPart:
    if errors:
        part.errors[:0] = errors
    return part


IN_FLIGHT_DOCUMENTS = 200  # per worker: parsed documents sent out and not yet written back


def _written_back(part: StoryPart, source: DocumentSource) -> StoryPart:
    source.update_documents(part.documents, stored=part.stored)
    return part


@dataclass(slots=True)
class MarkedJSON:
    """A document as stored (its JSON, unparsed) with this run's duplicate marks."""

    json: str
    duplicate_of: str | None
    duplicate_similarity: float | None

    def parse(self) -> Document:
        doc = Document.from_dict(json.loads(self.json))
        doc.duplicate_of, doc.duplicate_similarity = self.duplicate_of, self.duplicate_similarity
        return doc


def _raw_documents(source: DocumentSource, ids: Sequence[str]) -> list[tuple[str, str]]:
    """(id, stored JSON) of the documents of ``ids``: unparsed when the source can (the store)."""
    get_raw = getattr(source, "get_raw_documents", None)
    if get_raw is not None:
        return get_raw(ids)
    return [(d.id, store_text(d.to_dict())) for d in source.get_documents(ids)]


def first_pass(conn: sqlite3.Connection, features: Iterable[DocumentFeatures],
               settings: Settings = DEFAULT) -> tuple[dict[str, int], int, int]:
    """Duplicates and story-key frequencies of ``features`` (every document, in publication
    order), kept in ``conn``: ``duplicate`` (a copy and its original), ``arrival`` (each
    document's date and story keys, in order), ``failure`` (why a document's features failed),
    ``linked`` (what linking a document alone set, when its features kept it: ``linked_state``)
    and the duplicate index (``dedup_*``). Returns (document frequency of each key over the
    originals, originals, failures)."""
    conn.executescript("""
        DROP TABLE IF EXISTS duplicate;
        DROP TABLE IF EXISTS arrival;
        DROP TABLE IF EXISTS failure;
        CREATE TABLE failure (doc TEXT PRIMARY KEY, reason TEXT NOT NULL);
        CREATE TABLE duplicate (doc TEXT PRIMARY KEY, original TEXT NOT NULL, similarity REAL);
        CREATE TABLE arrival (seq INTEGER PRIMARY KEY, doc TEXT NOT NULL, published TEXT, terms BLOB NOT NULL,
                              language TEXT);
        DROP TABLE IF EXISTS linked;
        CREATE TABLE linked (doc TEXT PRIMARY KEY, state BLOB NOT NULL);
    """)
    index = DuplicateIndex(conn, settings, table="dedup")
    frequencies: dict[str, int] = {}
    originals = 0
    conn.execute("BEGIN")
    failed = 0
    for feat in features:
        if feat.error:
            conn.execute("INSERT OR REPLACE INTO failure VALUES (?, ?)", (feat.id, feat.error))
            failed += 1
        found = index.check_fingerprint(feat.id, feat.fingerprint)
        if found:
            conn.execute("INSERT OR REPLACE INTO duplicate VALUES (?, ?, ?)", (feat.id, *found))
        # the terms are kept for the second pass (a copy needs them when its original's
        # story has closed): counting them again would cost more than the disk
        conn.execute("INSERT INTO arrival(doc, published, terms, language) VALUES (?, ?, ?, ?)",
                     (feat.id, feat.published, feat.terms, feat.language))
        if feat.linked is not None:
            conn.execute("INSERT OR REPLACE INTO linked VALUES (?, ?)", (feat.id, feat.linked))
        if not found:
            originals += 1
            for key in json.loads(zlib.decompress(feat.terms))[0]:
                frequencies[key] = frequencies.get(key, 0) + 1
    conn.execute("COMMIT")
    return frequencies, originals, failed


def _iter_complete_stories(source: DocumentSource, features: Iterable[DocumentFeatures], settings: Settings,
                           scratch: str | Path, raw: bool = False
                           ) -> Iterator[tuple[Story, list[Any], list[InputError], bytes | None]]:
    """(story, its documents, errors of its documents' features, the ``linked_state`` of a story
    of one document whose features kept it) for every story, as soon as no later document can
    join it.

    ``features``: those of every document of ``source``, in publication order. ``raw``: the
    documents as ``MarkedJSON`` (parsed only when needed), not ``Document``s."""
    with closing(sqlite3.connect(str(scratch), isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        frequencies, originals, failed = first_pass(conn, features, settings)

        def marked(doc: Document) -> Document:
            row = conn.execute("SELECT original, similarity FROM duplicate WHERE doc = ?", (doc.id,)).fetchone()
            doc.duplicate_of, doc.duplicate_similarity = row if row else (None, None)
            return doc

        def mark_of(doc_id: str) -> tuple[str | None, float | None]:
            row = conn.execute("SELECT original, similarity FROM duplicate WHERE doc = ?", (doc_id,)).fetchone()
            return (row[0], row[1]) if row else (None, None)

        def part(story: Story) -> tuple[Story, list[Any], list[InputError], bytes | None]:
            errors = []
            if failed:  # only looked up when some document failed
                for doc_id in story.docs:
                    row = conn.execute("SELECT reason FROM failure WHERE doc = ?", (doc_id,)).fetchone()
                    if row:
                        errors.append(InputError(source=story.id, reason=f"document {doc_id}: {row[0]}"))
            linked = None
            if len(story.docs) == 1:
                row = conn.execute("SELECT state FROM linked WHERE doc = ?", (story.docs[0],)).fetchone()
                linked = row[0] if row else None
            if raw:
                found = _raw_documents(source, story.docs)
                return story, [MarkedJSON(text, *mark_of(doc_id)) for doc_id, text in found], errors, linked
            return story, [marked(d) for d in source.get_documents(story.docs)], errors, linked

        grouping = story_module.StoryIndex(document_frequencies=frequencies, total_documents=originals)
        # a translation joins its original's story (the English originals of the last days are
        # kept; only those close to an Indonesian document are read and compared)
        translations = CrossStoryTranslations(source.get_documents)
        current_day: int | None = None
        # undated documents placed on the day of the dated document most like them: fed once
        # the stream has passed that day, before the stories it leaves behind are closed
        placed = _undated_arrivals(conn, grouping)
        placed_ids = {row[0] for _, row in placed}
        # a cursor of its own: ``part`` queries the same connection while this one is read;
        # each document's duplicate mark comes with it (one query, not one per document)
        rows = conn.cursor().execute("SELECT a.doc, a.published, a.terms, a.language, d.original, d.similarity"
                                     " FROM arrival a LEFT JOIN duplicate d ON d.doc = a.doc ORDER BY a.seq")

        def feed(doc_id: str, published: str | None, blob: bytes, language: str | None,
                 original: str | None, similarity: float | None, within: tuple[int, int] | None = None) -> None:
            # what the index reads of a document: its id, date, original and terms; ``within``: the days a
            # report dated to its month or year only allows (it joins only a story with a day inside them)
            doc = Document(id=doc_id, source=_NO_SOURCE, text="", published=published)
            doc.duplicate_of, doc.duplicate_similarity = original, similarity
            counts, surfaces = json.loads(zlib.decompress(blob))
            terms = story_module.TermCounts(counts=Counter(counts), surfaces=surfaces)
            day = story_module.publication_day(published)
            vector, found = translations.see(doc_id, day, language, bool(original), lambda: grouping.vector(terms))
            grouping.add(doc, terms, vector=vector, into=grouping.story_of(found) if found else None,
                         within=within)

        # reports dated to the month or the year only ("2025-06") that no dated report placed: no day
        # of the month is theirs, so they are fed last, after the undated ones, not before the month's
        # first day (where their ISO text sorts them). By then the stream has closed the stories its
        # later days left behind, their month's among them; such a report joins only a story still open
        # with a day in its month, else it stands alone (never a story of another month still open)
        unplaced_spans: list[tuple[Any, ...]] = []
        for row in rows:
            if row[0] in placed_ids:
                continue
            day = story_module.publication_day(row[1])
            if day is None and story_module.published_span(row[1]) is not None:
                unplaced_spans.append(row)
                continue
            if placed and (day is None or day != current_day):
                while placed and (day is None or placed[0][0] < day):
                    feed(*placed.pop(0)[1])
            if day is not None and day != current_day:
                current_day = day
                for story in grouping.close_before(day):
                    yield part(story)
            feed(*row)
        for _, row in placed:
            feed(*row)
        for row in unplaced_spans:
            feed(*row, within=story_module.published_span(row[1]))
        if translations.compared:
            log.info("translations across stories: %d Indonesian documents compared, %d joined their original's"
                     " story", translations.compared, len(translations.found))
        for story in grouping.stories():
            yield part(story)


_NO_SOURCE = Source(path="")


def _undated_arrivals(conn: sqlite3.Connection, grouping: StoryIndex) -> list[tuple[int, tuple[Any, ...]]]:
    """The undated documents of the ``arrival`` table that ``stories.undated_arrival_days``
    places on a day, as (day, arrival row), by day and arrival order; none when the batch has no
    undated document or the setting is off (then nothing more is read)."""
    least = grouping.settings.undated_arrival_similarity
    if least <= 0:
        return []
    select = ("SELECT a.doc, a.published, a.terms, a.language, d.original, d.similarity"
              " FROM arrival a LEFT JOIN duplicate d ON d.doc = a.doc")
    # a report dated to the month or the year only ("2025-06", "2025": shorter than a day) is undated too
    undated = [row for row in conn.execute(f"{select} WHERE a.published IS NULL OR length(a.published) < 10"
                                           " ORDER BY a.seq")
               if story_module.publication_day(row[1]) is None]
    if not undated:
        return []

    def vector(blob: bytes) -> dict[str, float]:
        return vector_of(json.loads(zlib.decompress(blob)))

    def vector_of(decoded: list[Any]) -> dict[str, float]:
        counts, surfaces = decoded
        return grouping.vector(story_module.TermCounts(counts=Counter(counts), surfaces=surfaces))

    def dated() -> Iterator[tuple[int, dict[str, float]]]:
        # copies repeat their original's vector: read once
        for published, blob in conn.execute("SELECT a.published, a.terms FROM arrival a"
                                            " LEFT JOIN duplicate d ON d.doc = a.doc"
                                            " WHERE a.published <> '' AND d.original IS NULL"):
            day = story_module.publication_day(published)
            if day is not None:
                yield day, vector(blob)

    decoded = {row[0]: json.loads(zlib.decompress(row[2])) for row in undated}  # (counts, surfaces)
    named = {doc_id: story_module.evidence_days(terms[0]) for doc_id, terms in decoded.items()}
    spans = {row[0]: span for row in undated if (span := story_module.published_span(row[1])) is not None}
    days = story_module.undated_arrival_days(dated(), {doc_id: vector_of(terms) for doc_id, terms in decoded.items()},
                                             least, named, grouping.settings.window_days, spans)
    order = {row[0]: i for i, row in enumerate(undated)}
    return sorted(((days[row[0]], row) for row in undated if row[0] in days), key=lambda p: (p[0], order[p[1][0]]))


def reconcile_story(story: Story, docs: list[Document], linked: bytes | None = None) -> StoryPart:
    """Link, find spun copies in, and reconcile the documents of one story. ``linked``: what
    linking the story's one document alone set (``linked_state``), taken instead of linking it
    again.

    When a stage raises, the story comes back with its documents as extracted (what the failed
    stage had set on them undone), no entities, claims, discrepancies or timeline, and an error
    in ``errors`` naming the story, the stage and the exception."""
    saved = _whole_story_fields(docs)
    stage = ["linking"]
    try:
        return _reconcile_story(story, docs, stage, linked)
    except Exception as exc:  # one story's bug must not cost the other stories
        log.exception("reconciling %s failed in %s", story.id, stage[0])
        _restore(saved)
        part = StoryPart(story=story, documents=docs, errors=[_story_error(story, stage[0], exc)])
        part.stored, part.rows = serialise_part(part)
        return part


def _story_error(story: Story, stage: str, exc: BaseException) -> InputError:
    return InputError(source=story.id,
                      reason=f"{stage} failed: {_failure(exc)}; its {len(story.docs)} documents are listed "
                             "without entities, claims, discrepancies or timeline")


def _whole_story_fields(docs: list[Document]) -> list[tuple[Any, tuple]]:
    """What the story stages set on documents, mentions and quotes, to be put back on failure."""
    saved: list[tuple[Any, tuple]] = []
    for d in docs:
        saved.append((d, (d.derived_from, d.derived_similarity, d.translated_from)))
        saved.extend((m, (m.label, m.entity)) for m in d.mentions)
        saved.extend((q, (q.speaker, q.speaker_name, q.speaker_start, q.speaker_end, q.confidence)) for q in d.quotes)
    return saved


def _restore(saved: list[tuple[Any, tuple]]) -> None:
    # entity ids point at no entity now (the story has none, and a stored document may carry
    # a previous run's): cleared, everything else as it was before the stages ran
    for record, values in saved:
        if isinstance(record, Document):
            record.derived_from, record.derived_similarity, record.translated_from = values
        elif isinstance(record, Mention):
            record.label, record.entity = values[0], None
        else:
            record.speaker_name, record.speaker_start, record.speaker_end, record.confidence = values[1:]
            record.speaker = None
            for co in record.co_speakers:
                co.entity = None


def _reconcile_story(story: Story, docs: list[Document], stage: list[str], linked: bytes | None = None) -> StoryPart:
    from ceksilang.reconcile.derive import mark_derived
    from ceksilang.reconcile.link import link_entities
    from ceksilang.reconcile.story import reconcile

    story_of = {d.id: story.id for d in docs}
    extracted = [(m, m.label) for d in docs for m in d.mentions]
    entities = apply_linked_state(docs[0], linked) if linked is not None and len(docs) == 1 else None
    if entities is None:
        entities = link_entities(docs, story_of)
    stage[0] = "spun-copy detection"
    mark_derived(docs, stories=[story])
    stage[0] = "reconciliation (claims, discrepancies, timeline)"
    result = reconcile(docs, entities, [story])
    # Linking relabels a one-word name it resolves to a person of the story ("Austin", which the
    # model calls a place); reconciliation has used that. The store keeps the extracted label
    # (the entity's type carries the linked one): the next run's first pass links each document
    # alone again, and from relabelled mentions it gave other story keys to 3% of documents.
    for m, label in extracted:
        m.label = label
    stage[0] = "writing the story's records"
    part = StoryPart(story=story, documents=docs, entities=entities, claims=result.claims,
                     discrepancies=result.discrepancies, timeline=result.timeline)
    part.stored, part.rows = serialise_part(part)
    return part


def build_briefing(source: DocumentSource, settings: Settings = DEFAULT,
                   extra: ExtraDiscrepancies | None = None) -> Briefing:
    """Every whole-store stage over ``source``, collected into one ``Briefing`` in memory;
    ``extra`` adds discrepancies found outside reconciliation (silent edits) story by story."""
    documents: list[Document] = []
    story_errors: list[InputError] = []
    with BriefingTables() as tables:
        for part in iter_story_parts(source, settings):
            tables.add(_amended(part, extra))
            documents.extend(part.documents)
            story_errors.extend(part.errors)
        return tables.to_briefing(documents, [*source.errors(), *story_errors])


def _amended(part: StoryPart, extra: ExtraDiscrepancies | None) -> StoryPart:
    """``part`` with the discrepancies ``extra`` adds for its story (silent edits of its documents)."""
    if extra is None:
        return part
    found = list(extra(part.story, part.documents))
    if found:
        part.discrepancies.extend(found)
        if part.rows:
            part.rows["discrepancy"].extend((part.story.id, d.score, store_text(d.to_dict())) for d in found)
    return part


def _collect_parts(store, tables: BriefingTables, settings: Settings, scratch: Path, workers: int,
                   extra: ExtraDiscrepancies | None, cache: str | Path | StoryCache | None,
                   on_part: Callable[[StoryPart], None] | None = None) -> list[InputError]:
    """Every story of ``store`` reconciled into ``tables`` (reusing ``cache``'s unchanged stories),
    each shown to ``on_part`` once written; the errors of the stories whose stages failed."""
    story_errors: list[InputError] = []
    own = cache is not None and not isinstance(cache, StoryCache)
    story_cache = StoryCache(cache) if own else cache
    try:
        for part in iter_story_parts(store, settings, scratch=scratch / "dedup.db", workers=workers,
                                     cache=story_cache):
            part = _amended(part, extra)
            tables.add(part)
            if on_part is not None:
                on_part(part)
            story_errors.extend(part.errors)
        if story_cache is not None:
            story_cache.prune()
    finally:
        if own:
            story_cache.close()
    return story_errors


def write_store_briefing(store, out_dir: str | Path, formats: Iterable[str] = ("json", "md", "html"),
                         settings: Settings = DEFAULT, workers: int = 1,
                         annotate: Callable[[dict[str, Any]], None] | None = None,
                         extra: ExtraDiscrepancies | None = None,
                         cache: str | Path | StoryCache | None = None, served: str | Path | None = None,
                         on_part: Callable[[StoryPart], None] | None = None) -> Written:
    """Run the whole-store stages over ``store`` story by story and write the briefing to
    ``out_dir`` without holding it: the records go to scratch SQLite tables beside the output
    and are streamed from there into briefing.json; the pages show the largest stories when
    the store is past ``settings.render_max_stories`` / ``render_max_documents``. ``workers``:
    processes reconciling stories side by side; ``annotate`` adds to the pages' data (prior
    fact-checks) before they are rendered; ``extra`` adds discrepancies found outside
    reconciliation (silent edits). A story whose stages failed is in ``Written.story_errors`` as
    well as in the briefing's ``errors``. ``cache``: a SQLite file (or an open ``StoryCache``) of
    the stories' reconciled records kept between runs: only the stories new or edited articles
    touch are reconciled again. ``served``: where to write the briefing ``ceksilang serve``
    reads as well (``render.served``), with the story grouping's state (``grouping_state``) that
    ``incremental.update_served_stories`` updates it from. ``on_part`` sees each story's records as they are
    written (what ``watch`` compares with its last round)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with scratch_folder(out) as scratch:
        with BriefingTables(scratch / "tables.db") as tables:
            story_errors = _collect_parts(store, tables, settings, scratch, workers, extra, cache, on_part)
            errors = [*store.errors(), *story_errors]
            written = write_briefing_tables(tables, errors, out, formats, settings, annotate=annotate)
            if served is not None:
                write_served(tables.sections(errors, lazy=True), served, briefing_header()["generated"],
                             keep=lambda conn: keep_grouping_state(conn, scratch / "dedup.db", settings))
                written.paths.append(Path(served))
            written.story_errors = story_errors
            return written


def write_served_briefing(store, served: str | Path, settings: Settings = DEFAULT, workers: int = 1,
                          extra: ExtraDiscrepancies | None = None,
                          cache: str | Path | StoryCache | None = None,
                          on_part: Callable[[StoryPart], None] | None = None) -> Path:
    """Only the briefing ``ceksilang serve`` reads (``render.served``), at ``served``, with the
    story grouping's state, from the stages run story by story over ``store`` (``cache``,
    ``on_part``: see ``write_store_briefing``)."""
    target = Path(served)
    with scratch_folder(target.parent) as scratch:
        with BriefingTables(scratch / "tables.db") as tables:
            story_errors = _collect_parts(store, tables, settings, scratch, workers, extra, cache, on_part)
            return write_served(tables.sections([*store.errors(), *story_errors], lazy=True), target,
                                briefing_header()["generated"],
                                keep=lambda conn: keep_grouping_state(conn, scratch / "dedup.db", settings))


__all__ = ["DocumentSource", "MemorySource", "StoryCache", "iter_story_parts", "reconcile_story", "build_briefing",
           "write_store_briefing", "write_served_briefing"]
