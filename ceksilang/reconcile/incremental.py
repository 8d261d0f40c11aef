"""Incremental reconciliation: new or edited articles update only the stories they touch, in
the served briefing (``render.served``), in one transaction.

``update_served_stories(store, served, doc_ids)``:

1. each article's duplicate fingerprint and story keys are worked out (an edited one's old
   ones are taken back first) and checked against the duplicate index kept in the served file
   (``grouping_state``); the key frequencies are updated;
2. when the articles come after every other document (what a feed brings), each is placed
   among the kept grouping states of the open stories it can find (``grouping_state``: the
   stories open at the end of the publication order, with their centroids, as a full run's
   single pass leaves them), as that pass would place it at its end; only the stories they
   join (and those these continue) are grouped again, from their documents' kept keys, so
   they come out with the IDF weights a full rebuild gives them, and their states are kept
   for the next round. Otherwise (an edit, an article dated before others) the stories still
   open on the earliest article's day (their last day within ``window_days`` of it, or
   undated) are grouped again with the articles, from their kept keys, exactly as a full
   run's single pass groups them (``stories.StoryIndex``, closing stories as the days move
   on). An Indonesian article that translates an English report of the last days joins its
   story, by the check a full run makes while it groups (``translation.CrossStoryTranslations``:
   ``_cross_story_originals``). A full run decides each earlier document among a superset of these stories, so
   grouping the subset again gives the same stories (but where a key shared by hundreds of
   stories hid one from the look-up), plus what the articles change: joining a story,
   starting one, or moving later documents (merges and splits);
3. only the stories whose documents changed are linked, compared and reconciled
   (``briefing.reconcile_story``) and written back to the store (a regrouped story whose label
   or terms alone moved gets its new record);
4. in the served file their rows are replaced -- story, documents and their mentions, quotes,
   figures and dates, claims (numbered through the briefing: the claims of later stories are
   numbered again), discrepancies, timeline, the entities their documents name (merged with
   what the entity had from other stories), the story list's filters and search text -- and
   the stories placed in the newest-first order.

The result is what a full rebuild of the same store writes (``served_contents`` compares two
files; ``tests/test_incremental.py``, ``bench/watch_update.py``) but for these gaps, which the
next full run sets right: the stories no article touched keep the label and terms the last full
run gave them, while a full rebuild weighs their keys with the IDF table one document moved
(every key's weight moves with the count of documents; where two of a story's keys weigh
nearly the same, their order flips: ``bench/watch_update.py`` counts them); a far-away story,
or the placing of an article among kept states weighed before the last rounds, could in
principle be grouped otherwise by the same drift; an entity keeps an alias a story stopped
giving it; and an article dated before documents that repeat it does not make them its copies.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ceksilang.model import InputError, Story
from ceksilang.reconcile.briefing import (ExtraDiscrepancies, MarkedJSON, _amended, document_features, first_pass,
                                          reconcile_story)
from ceksilang.reconcile.dedup import DuplicateIndex
from ceksilang.reconcile.grouping_state import (DEDUP_TABLE, count_keys, group_kept, has_grouping_state,
                                                has_story_states, keep_grouping_state, keep_story_states,
                                                kept_document, kept_index, kept_originals, kept_terms, newest_document,
                                                reopen_days, replace_story_states, story_states)
from ceksilang.reconcile.stories import DEFAULT_STORY_SETTINGS, order_key, publication_day
from ceksilang.reconcile.translation import CrossStoryTranslations
from ceksilang.reconcile.tables import StoryPart, claim_number, merge_entity_records, store_text
from ceksilang.render.json import FLATTENED, briefing_header
from ceksilang.render.served import (SCHEMA_VERSION, add_story, index_story_text, lower_text, names_key,
                                     rank_stories, story_filters, unindex_story_text, write_section)
from ceksilang.settings import DEFAULT, Settings


class NoGroupingState(Exception):
    """The served briefing was written without the grouping state (by an older version, or by
    ``serve`` from a briefing.json): a full run is needed once."""


@dataclass(slots=True)
class StoryUpdate:
    """What one incremental update did."""

    documents: list[str] = field(default_factory=list)  # the new or edited articles
    regrouped: int = 0  # stories grouped again (open on the articles' days)
    reconciled: list[str] = field(default_factory=list)  # stories whose records were made again
    reconciled_documents: int = 0  # their documents
    relabelled: list[str] = field(default_factory=list)  # stories whose label or terms alone moved
    removed: list[str] = field(default_factory=list)  # stories gone (merged into others, or split)
    renumbered_claims: int = 0  # claims of later stories given new numbers
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)


def _order_key(feat) -> tuple[int, str, str]:
    """A document's place in publication order from its features."""
    return order_key(kept_document(feat.id, feat.published, None, None))


def _connect(served: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(served), isolation_level=None, timeout=30.0)
    conn.create_function("py_lower", 1, lower_text, deterministic=True)
    return conn


def _ids_table(conn: sqlite3.Connection, name: str, ids: Iterable[str]) -> str:
    """A temporary table ``name`` of ``ids`` (for ``IN (SELECT id FROM ...)``)."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id TEXT PRIMARY KEY)")
    conn.execute(f"DELETE FROM temp.{name}")
    conn.executemany(f"INSERT OR IGNORE INTO temp.{name}(id) VALUES (?)", ((i,) for i in ids))
    return f"temp.{name}"


def _story_order(record: dict[str, Any]) -> tuple[bool, str, str]:
    """Where a story's claims go in the briefing's numbering (``BriefingTables._order_run``)."""
    return (record.get("start") is None, record.get("start") or "", record["id"])


def update_served_stories(store, served: str | Path, doc_ids: Sequence[str], settings: Settings = DEFAULT,
                          extra: ExtraDiscrepancies | None = None,
                          on_part: Callable[[StoryPart], None] | None = None) -> StoryUpdate:
    """Bring the served briefing at ``served`` up to date with the new or edited documents
    ``doc_ids`` of ``store`` (see the module's doc). ``extra`` adds discrepancies found outside
    reconciliation (silent edits) to the stories made again, ``on_part`` sees each of them.
    Raises ``NoGroupingState`` when the file keeps no grouping state."""
    started = time.perf_counter()
    update = StoryUpdate(documents=list(dict.fromkeys(doc_ids)))
    conn = _connect(served)
    try:
        if not has_grouping_state(conn):
            raise NoGroupingState(f"{served} keeps no story grouping state: run the full briefing once")
        index = DuplicateIndex(conn, settings, table=DEDUP_TABLE)  # before BEGIN: it creates its tables
        conn.execute("BEGIN IMMEDIATE")
        try:
            _update(conn, index, store, update, settings, extra, on_part)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    update.seconds = round(time.perf_counter() - started, 3)
    return update


def _update(conn: sqlite3.Connection, index: DuplicateIndex, store, update: StoryUpdate, settings: Settings,
            extra: ExtraDiscrepancies | None, on_part: Callable[[StoryPart], None] | None) -> None:
    raw = dict(store.get_raw_documents(update.documents))
    missing = [d for d in update.documents if d not in raw]
    if missing:
        raise KeyError(f"not in the store: {', '.join(missing[:5])}")
    # 1. their features, in place of what was kept of an edited one
    edited_stories = {s for (s,) in conn.execute(
        f"SELECT DISTINCT story FROM document WHERE story IS NOT NULL AND id IN (SELECT id FROM "
        f"{_ids_table(conn, 'update_doc', raw)})")}
    for doc_id in raw:
        row = conn.execute("SELECT original, terms FROM grouping_doc WHERE doc = ?", (doc_id,)).fetchone()
        if row is None:
            continue
        if row[0] is None:
            count_keys(conn, row[1], -1)
        conn.execute("DELETE FROM grouping_doc WHERE doc = ?", (doc_id,))
        for part in ("exact", "signature", "band"):
            conn.execute(f"DELETE FROM {DEDUP_TABLE}_{part} WHERE doc = ?", (doc_id,))
    failures: dict[str, str] = {}
    days: list[int | None] = []
    originals_before = kept_originals(conn)  # the edited documents' old versions out
    features = sorted((document_features(text, settings) for text in raw.values()), key=_order_key)
    for feat in features:
        if feat.error:
            failures[feat.id] = feat.error
        found = index.check_fingerprint(feat.id, feat.fingerprint)
        conn.execute("INSERT INTO grouping_doc VALUES (?, ?, ?, ?, ?)",
                     (feat.id, feat.published, *(found or (None, None)), feat.terms))
        if not found:
            count_keys(conn, feat.terms, 1)
        days.append(publication_day(feat.published))
    # 2. the stories the articles join (newest articles), or every story open on the earliest
    # day, grouped again with the articles
    if not has_story_states(conn):  # a file written before they were kept: once
        keep_story_states(conn)
    newest = newest_document(conn, leaving="temp.update_doc")
    # the articles that translate an English report of the last days join its story, as in a full run
    originals = _cross_story_originals(conn, store, features)
    if _crosses_small_batch(originals_before, kept_originals(conn)):
        # the small-batch join (``StorySettings.small_batch_docs``) is on for a store of few originals and off for
        # a larger one: crossing the bar, every story is grouped again, as a full rebuild groups the whole store
        # (at most the bar's number of originals on the smaller side, so a cheap round)
        stories_before = dict(conn.execute("SELECT id, record FROM story").fetchall())
    elif not edited_stories and features and (newest is None or newest < _order_key(features[0])):
        # what a feed brings: nothing was published after the articles, so only the stories
        # they join can change
        stories_before = _joined_stories(conn, features, originals)
    else:  # an edit, or an article dated before others: every story open on its day may move
        # (an original is at most ``across_max_days`` older than its translation: its story is among them)
        stories_before = _open_stories(conn, days, edited_stories, DEFAULT_STORY_SETTINGS.window_days)
    member_ids = [d for (d,) in conn.execute(
        f"SELECT id FROM document WHERE story IN (SELECT id FROM {_ids_table(conn, 'regrouped', stories_before)})")]
    update.regrouped = len(stories_before)
    regrouped, grouping = group_kept(conn, [*member_ids, *raw], {d: originals.get(d) for d in raw})
    # the regrouped stories open at the end are kept for the next round (all open ones when
    # every story open on the articles' day was regrouped)
    replace_story_states(conn, stories_before, grouping)
    # 3. the stories whose record or documents changed, reconciled again
    changed, relabelled = [], []
    for story in regrouped:
        record = store_text(story.to_dict())
        if record == stories_before.get(story.id) and not raw.keys() & set(story.docs):
            continue
        if story.id in stories_before and not raw.keys() & set(story.docs) and \
                json.loads(stories_before[story.id])["docs"] == story.docs:
            # the same documents: only the label and terms moved (the IDF weights did), and
            # reconciliation reads neither
            relabelled.append((story.id, record))
        else:
            changed.append(story)
    update.relabelled = [story_id for story_id, _ in relabelled]
    update.removed = sorted(set(stories_before) - {s.id for s in regrouped})
    parts = []
    for story in changed:
        marks = {d: (o, sim) for d, o, sim in conn.execute(
            f"SELECT doc, original, similarity FROM grouping_doc WHERE doc IN ({','.join('?' * len(story.docs))})",
            story.docs)}
        docs = [MarkedJSON(text, *marks.get(doc_id, (None, None))).parse()
                for doc_id, text in store.get_raw_documents(story.docs)]
        part = reconcile_story(story, docs)
        store.update_documents(part.documents, stored=part.stored)
        errors = [InputError(source=story.id, reason=f"document {d}: {failures[d]}") for d in story.docs
                  if d in failures]
        part.errors[:0] = errors
        part = _amended(part, extra)
        parts.append(part)
        update.errors.extend(part.errors)
        if on_part is not None:
            on_part(part)
    update.reconciled = [p.story.id for p in parts]
    update.reconciled_documents = sum(len(p.story.docs) for p in parts)
    # 4. their rows in the served briefing
    _replace_rows(conn, stories_before, parts, update)
    if relabelled:
        table = _ids_table(conn, "relabelled_story", update.relabelled)
        unindex_story_text(conn, table)
        conn.executemany("UPDATE story SET record = ? WHERE id = ?", [(r, i) for i, r in relabelled])
        index_story_text(conn, table)


def _crosses_small_batch(before: int, after: int) -> bool:
    """Whether a store of ``before`` originals and one of ``after`` fall on two sides of the small-batch bar
    (never when the join holds at any size, ``small_batch_any_size``: then no bar switches it)."""
    bar = DEFAULT_STORY_SETTINGS.small_batch_docs
    return (bar > 0 and not DEFAULT_STORY_SETTINGS.small_batch_any_size
            and (before <= bar) != (after <= bar))


def _open_stories(conn: sqlite3.Connection, days: list[int | None], also: set[str], window: int) -> dict[str, str]:
    """{story id: its record} of the stories a document of ``days`` may join or move: those whose
    last day is within the window of the earliest of ``days`` (of the latest day of all when
    one is undated), the undated ones, ``also``, and the stories they continue."""
    dated = [d for d in days if d is not None]
    if len(dated) < len(days) or not dated:
        last = conn.execute("SELECT MAX(end) FROM story").fetchone()[0]
        dated.append(publication_day(last) or date.today().toordinal())
    since = date.fromordinal(min(dated) - window).isoformat()
    found = dict(conn.execute("SELECT id, record FROM story WHERE end IS NULL OR end >= ?", (since,)).fetchall())
    # a case's story stays open longer (``case_window_days``): the kept states are those of the stories
    # open at the end (``replace_story_states``), a case's among them
    case_since = min(dated) - reopen_days()
    found.update(conn.execute("SELECT s.id, s.record FROM story s JOIN grouping_story g ON g.story = s.id"
                              " WHERE g.last_day >= ?", (case_since,)).fetchall())
    todo = list(also - found.keys())
    while todo:
        row = conn.execute("SELECT record FROM story WHERE id = ?", (todo.pop(),)).fetchone()
        if row:
            found[json.loads(row[0])["id"]] = row[0]
    for record in list(found.values()):  # a chapter of a story past max_story_docs starts from its centroid
        previous = json.loads(record).get("continues")
        while previous and previous not in found:
            row = conn.execute("SELECT record FROM story WHERE id = ?", (previous,)).fetchone()
            if not row:
                break
            found[previous] = row[0]
            previous = json.loads(row[0]).get("continues")
    return found


def _cross_story_originals(conn: sqlite3.Connection, store, features: list) -> dict[str, str]:
    """{article: the English original it translates} of the new or edited articles
    (``features``, in publication order), by the check a full run's pass makes while it groups
    (``translation.CrossStoryTranslations.see``): the kept English documents published within
    ``across_max_days`` before the earliest article, and the articles, are met in publication
    order, with the vectors the kept IDF table gives them."""
    dated = [day for feat in features if (day := publication_day(feat.published)) is not None]
    if not dated or not any(feat.language == "id" for feat in features):
        return {}
    translations = CrossStoryTranslations(store.get_documents)
    since = date.fromordinal(min(dated) - translations.rules.across_max_days - 1).isoformat()
    new = {feat.id for feat in features}
    kept = [(kept_document(doc_id, published, None, None), terms) for doc_id, published, terms in conn.execute(
        "SELECT g.doc, g.published, g.terms FROM grouping_doc g JOIN document d ON d.id = g.doc"
        " WHERE g.published >= ? AND g.original IS NULL AND json_extract(d.record, '$.language') = 'en'", (since,))
        if doc_id not in new]
    met = [(order_key(doc), doc.id, doc.published, "en", False, terms) for doc, terms in kept]
    met += [(_order_key(feat), feat.id, feat.published, feat.language,
             conn.execute("SELECT original IS NOT NULL FROM grouping_doc WHERE doc = ?", (feat.id,)).fetchone()[0] == 1,
             feat.terms) for feat in features]
    grouping = kept_index(conn)
    found = {}
    for _, doc_id, published, language, copy, terms in sorted(met, key=lambda m: m[0]):
        _, original = translations.see(doc_id, publication_day(published), language, copy,
                                       lambda terms=terms: grouping.vector(kept_terms(terms)))
        if original:
            found[doc_id] = original
    return found


def _joined_stories(conn: sqlite3.Connection, features: list, translated: dict[str, str]) -> dict[str, str]:
    """{story id: its record} of the kept stories the newest articles (``features``, in
    publication order, after every other document) join: each article is added to an index of
    the kept open stories it can find (through its look-up keys, or its original's story), as
    a full run's pass would add it at its end (a translation, in its original's story:
    ``translated``, {article: original}). With the stories those continue: each is
    grouped again whole from its documents' keys, so it comes out with the IDF weights a full
    rebuild gives it."""
    grouping = kept_index(conn)
    articles = []
    keys: set[str] = set()
    originals: set[str] = set()
    for feat in features:
        terms = kept_terms(feat.terms)
        keys.update(grouping.query_keys(terms))
        doc = kept_document(feat.id, *conn.execute("SELECT published, original, similarity FROM grouping_doc"
                                                   " WHERE doc = ?", (feat.id,)).fetchone())
        originals.update([doc.duplicate_of] if doc.duplicate_of else [])
        articles.append((doc, terms))
    originals.update(translated.values())  # a translation's original's story is joined whatever the keys
    stories_of_originals = [s for o in originals for (s,) in conn.execute(
        "SELECT story FROM document WHERE id = ? AND story IS NOT NULL", (o,))]
    days = [publication_day(doc.published) for doc, _ in articles]
    states = story_states(conn, keys, stories_of_originals, None if None in days else min(days))  # type: ignore[type-var]
    grouping.restore_states(states)
    kept = {state["id"] for state in states}
    placed: list[Story] = []
    current_day: int | None = None
    for (doc, terms), day in zip(articles, days):
        if day is not None and day != current_day:
            current_day = day
            placed += grouping.close_before(day)
        found = translated.get(doc.id)
        grouping.add(doc, terms, into=grouping.story_of(found) if found else None)
    new = {doc.id for doc, _ in articles}
    joined = set()
    for story in placed + grouping.stories():
        if new & set(story.docs):
            joined.update(s for s in (story.id, story.continues) if s in kept)
    found: dict[str, str] = {}
    todo = sorted(joined)
    while todo:  # a chapter of a story past max_story_docs starts from the centroid of the one it continues
        story_id = todo.pop()
        row = conn.execute("SELECT record FROM story WHERE id = ?", (story_id,)).fetchone()
        if row and story_id not in found:
            found[story_id] = row[0]
            previous = json.loads(row[0]).get("continues")
            todo += [previous] if previous else []
    return found


def _replace_rows(conn: sqlite3.Connection, before: dict[str, str], parts: list[StoryPart],
                  update: StoryUpdate) -> None:
    old = set(update.removed) | {p.story.id for p in parts if p.story.id in before}
    new_ids = [p.story.id for p in parts]
    old_table = _ids_table(conn, "old_story", old)
    docs = sorted({d for p in parts for d in p.story.docs} | {d for (d,) in conn.execute(
        f"SELECT id FROM document WHERE story IN (SELECT id FROM {old_table})")})
    doc_table = _ids_table(conn, "touched_doc", docs)
    unindex_story_text(conn, old_table)
    mentions_before = dict(conn.execute(f"SELECT entity, COUNT(*) FROM entity_mention WHERE doc IN"
                                        f" (SELECT id FROM {doc_table}) GROUP BY entity").fetchall())
    claim_ids = _renumber_claims(conn, before, old_table, parts, update)
    # the old rows of the stories and their documents
    for seq, record in conn.execute(f"SELECT seq, record FROM discrepancy WHERE story IN (SELECT id FROM {old_table})"
                                    ).fetchall():
        _unlink_claims(conn, seq, record)
    for table in ("discrepancy", "timeline"):
        conn.execute(f"DELETE FROM {table} WHERE story IN (SELECT id FROM {old_table})")
    kept_places = {i: (pos, key) for i, pos, key in conn.execute(
        f"SELECT id, pos, COALESCE(end, start, '') FROM story WHERE id IN (SELECT id FROM {old_table})")}
    conn.execute(f"DELETE FROM story WHERE id IN (SELECT id FROM {old_table})")
    conn.execute(f"DELETE FROM flat WHERE doc IN (SELECT id FROM {doc_table})")
    conn.execute(f"DELETE FROM entity_mention WHERE doc IN (SELECT id FROM {doc_table})")
    # the new ones, as a full run writes them (``render.served.write_section``)
    write_section(conn, "documents", [r[3] for p in parts for r in sorted(p.rows["document"])])
    for kind in FLATTENED:  # (kind, doc, seq, record): a kind's records by document, as briefing.json lists them
        write_section(conn, kind, [r[3] for r in sorted((r for p in parts for r in p.rows["flat"] if r[0] == kind),
                                                        key=lambda r: (r[1], r[2]))])
    for part in parts:
        add_story(conn, part.story.to_dict(), part.rows["story"][0][4])
    discrepancies, timeline = [], []
    for part in sorted(parts, key=lambda p: _story_order(p.story.to_dict())):
        for story_id, _, record in part.rows["discrepancy"]:
            x = json.loads(record)
            x["claims"] = [claim_ids.get((story_id, claim_number(c)), c) for c in x.get("claims") or []]
            discrepancies.append(x)
        # (story, its order: start, precision, text, record)
        timeline += [r[-1] for r in sorted(part.rows["timeline"], key=lambda r: r[1:-1])]
    write_section(conn, "discrepancies", discrepancies)
    write_section(conn, "timeline", timeline)
    _update_entities(conn, parts, mentions_before, doc_table)
    _place_stories(conn, new_ids, kept_places)
    new_table = _ids_table(conn, "new_story", new_ids)
    story_filters(conn, new_table)
    index_story_text(conn, new_table)
    conn.execute("DELETE FROM errors WHERE json_extract(record, '$.source') IN (SELECT id FROM temp.old_story)")
    conn.executemany("INSERT INTO errors(record) VALUES (?)", ((store_text(e.to_dict()),) for p in parts for e in p.errors))
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('generated', ?)", (briefing_header()["generated"],))
    # as a full run marks it (``render.served._finish``): a file begun on an empty store has stories now
    if conn.execute("SELECT 1 FROM story LIMIT 1").fetchone():
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('stories_computed', '1')")


def _renumber_claims(conn: sqlite3.Connection, before: dict[str, str], old_table: str, parts: list[StoryPart],
                     update: StoryUpdate) -> dict[tuple[str, int], str]:
    """Delete the claims of the stories made again and write theirs, numbered through the briefing
    in story order as a full run numbers them; the claims of later stories move by as many as the
    count changed (ids in their records and in their discrepancies). Returns the new id of each
    (story, number within the story) of ``parts``."""
    if not parts and not before:
        return {}
    orders = [_story_order(json.loads(before[s])) for (s,) in conn.execute(f"SELECT id FROM {old_table}")]
    orders += [_story_order(p.story.to_dict()) for p in parts]
    first = min(orders)
    # claims are numbered 1.. in story order: those of the stories before the first one touched
    # stay; everything from there on goes out, and comes back renumbered
    later = _ids_table(conn, "later_story", [s for (s,) in conn.execute(
        "SELECT id FROM story WHERE (start IS NULL, COALESCE(start, ''), id) >= (?, ?, ?)", first)])
    going = conn.execute(f"SELECT seq, story, record FROM claim WHERE story IN (SELECT id FROM {later})"
                         " ORDER BY seq").fetchall()
    kept = going[0][0] - 1 if going else (conn.execute("SELECT MAX(seq) FROM claim").fetchone()[0] or 0)
    for seq, _, record in going:  # claim_doc is keyed by document first: its rows are named one by one
        docs = dict.fromkeys(ev["doc"] for ev in json.loads(record).get("evidence") or [])
        conn.executemany("DELETE FROM claim_doc WHERE doc = ? AND claim_seq = ?", ((d, seq) for d in docs))
    conn.execute("DELETE FROM claim WHERE seq > ?", (kept,))
    dropped = {s for (s,) in conn.execute(f"SELECT id FROM {old_table}")}
    starts = dict(conn.execute(f"SELECT id, start FROM story WHERE id IN (SELECT id FROM {later})").fetchall())
    tail = [(seq, story, record, starts.get(story)) for seq, story, record in going if story not in dropped]
    blocks: list[tuple[tuple[bool, str, str], list[tuple[str, Any]]]] = []
    for story_id, group in _by_story(tail):
        blocks.append(((group[0][3] is None, group[0][3] or "", story_id), [("kept", json.loads(r[2])) for r in group]))
    for part in parts:
        claims = sorted(part.rows["claim"], key=lambda r: r[1])
        blocks.append((_story_order(part.story.to_dict()), [("new", (r[1], json.loads(r[2]))) for r in claims]))
    blocks.sort(key=lambda b: b[0])
    n = kept
    new_ids: dict[tuple[str, int], str] = {}
    moved: dict[str, dict[str, str]] = {}  # story -> {old id: new id} of kept claims that moved
    records = []
    for (_, _, story_id), claims in blocks:
        for kind, value in claims:
            n += 1
            if kind == "new":
                local, claim = value
                new_ids[(story_id, local)] = claim["id"] = f"claim:{n}"
            else:
                claim = value
                if claim["id"] != f"claim:{n}":
                    moved.setdefault(story_id, {})[claim["id"]] = f"claim:{n}"
                    claim["id"] = f"claim:{n}"
            records.append(claim)
    write_section(conn, "claims", records)
    update.renumbered_claims = sum(len(m) for m in moved.values())
    for story_id, renamed in moved.items():  # their discrepancies name them
        for seq, record in conn.execute("SELECT seq, record FROM discrepancy WHERE story = ?", (story_id,)).fetchall():
            x = json.loads(record)
            x["claims"] = [renamed.get(c, c) for c in x.get("claims") or []]
            _unlink_claims(conn, seq, record)
            conn.execute("UPDATE discrepancy SET record = ? WHERE seq = ?", (json.dumps(x, ensure_ascii=False), seq))
            conn.executemany("INSERT OR IGNORE INTO claim_discrepancy VALUES (?, ?)", ((c, seq) for c in x["claims"]))
    return new_ids


def _unlink_claims(conn: sqlite3.Connection, seq: int, record: str) -> None:
    """Drop the claim_discrepancy rows of the discrepancy ``seq`` (keyed by claim first: named one by one)."""
    conn.executemany("DELETE FROM claim_discrepancy WHERE claim = ? AND seq = ?",
                     ((c, seq) for c in json.loads(record).get("claims") or []))


def _by_story(rows: list[tuple]) -> list[tuple[str, list[tuple]]]:
    out: list[tuple[str, list[tuple]]] = []
    for row in rows:
        if out and out[-1][0] == row[1]:
            out[-1][1].append(row)
        else:
            out.append((row[1], [row]))
    return out


def _update_entities(conn: sqlite3.Connection, parts: list[StoryPart], mentions_before: dict[str, int],
                     doc_table: str) -> None:
    """The entities the touched documents (``doc_table``) name: mentions as the parts give them,
    each record merged with what it had from other stories, gone when no mention is left; the
    stories naming an entity whose names changed get their filters worked out again.
    ``mentions_before``: the mentions each had in those documents before."""
    contributions: dict[str, list[dict[str, Any]]] = {}
    for part in parts:
        conn.executemany("INSERT OR IGNORE INTO entity_mention VALUES (?, ?, ?, ?, ?)", part.rows["entity_mention"])
        for entity_id, _, record in part.rows["entity"]:
            contributions.setdefault(entity_id, []).append(json.loads(record))
    mentions_now = dict(conn.execute(f"SELECT entity, COUNT(*) FROM entity_mention WHERE doc IN"
                                     f" (SELECT id FROM {doc_table}) GROUP BY entity").fetchall())
    renamed = []
    next_seq = (conn.execute("SELECT MAX(seq) FROM entity").fetchone()[0] or 0) + 1
    for entity_id in sorted(mentions_before.keys() | mentions_now.keys() | contributions.keys()):
        row = conn.execute("SELECT seq, names_key, record, mentions FROM entity WHERE id = ?", (entity_id,)).fetchone()
        count = (row[3] if row else 0) - mentions_before.get(entity_id, 0) + mentions_now.get(entity_id, 0)
        if not count:
            conn.execute("DELETE FROM entity WHERE id = ?", (entity_id,))
            if row:
                renamed.append(entity_id)
            continue
        merged = merge_entity_records([*([json.loads(row[2])] if row else []), *contributions.get(entity_id, [])])
        merged["mentions"] = []
        key = names_key(merged)
        if row is None:
            seq, next_seq = next_seq, next_seq + 1
        else:
            seq = row[0]
            if row[1] != key:
                renamed.append(entity_id)
        conn.execute("INSERT OR REPLACE INTO entity(id, seq, mentions, names_key, record) VALUES (?, ?, ?, ?, ?)",
                     (entity_id, seq, count, key, json.dumps(merged, ensure_ascii=False)))
    if renamed:
        named = _ids_table(conn, "renamed_entity", renamed)
        stories = [s for (s,) in conn.execute(f"SELECT DISTINCT d.story FROM entity_mention m JOIN document d"
                                              f" ON d.id = m.doc WHERE m.entity IN (SELECT id FROM {named})")]
        story_filters(conn, _ids_table(conn, "renamed_story", stories))


def _place_stories(conn: sqlite3.Connection, new_ids: list[str], kept_places: dict[str, tuple[Any, str]]) -> None:
    """Put the stories written again in the newest-first order: a story whose newest-first key
    (last day, id) did not move takes its old place (``kept_places``: {id: (pos, key)}), one
    that moved goes between its neighbours (``pos`` is only ever ordered by: halfway between two
    places is a place); when there is no room left between them, the list is numbered again."""
    order = "(COALESCE(end, start, ''), id)"
    for story_id in new_ids:
        key = conn.execute("SELECT COALESCE(end, start, '') FROM story WHERE id = ?", (story_id,)).fetchone()[0]
        if story_id in kept_places and kept_places[story_id][1] == key:
            conn.execute("UPDATE story SET pos = ? WHERE id = ?", (kept_places[story_id][0], story_id))
    for story_id in new_ids:
        key = conn.execute("SELECT COALESCE(end, start, ''), pos FROM story WHERE id = ?", (story_id,)).fetchone()
        if key[1] is not None:
            continue
        newer = conn.execute(f"SELECT MAX(pos) FROM story WHERE pos IS NOT NULL AND {order} > (?, ?)",
                             (key[0], story_id)).fetchone()[0]
        older = conn.execute(f"SELECT MIN(pos) FROM story WHERE pos IS NOT NULL AND {order} < (?, ?)",
                             (key[0], story_id)).fetchone()[0]
        if newer is None or older is None:
            place = 1 if newer is None and older is None else (older - 1 if newer is None else newer + 1)
        else:
            place = (newer + older) / 2
            if not newer < place < older:
                rank_stories(conn)
                return
        conn.execute("UPDATE story SET pos = ? WHERE id = ?", (place, story_id))


# --------------------------------------------------------------------------- a file written without it


def keeps_grouping_state(served: str | Path) -> bool:
    """True when the served briefing at ``served`` is of this version and keeps the grouping
    state (``update_served_stories`` can update it)."""
    if not Path(served).is_file():
        return False
    try:
        with closing(sqlite3.connect(f"file:{Path(served).resolve()}?mode=ro", uri=True)) as conn:
            schema = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            return schema is not None and schema[0] == SCHEMA_VERSION and has_grouping_state(conn)
    except sqlite3.DatabaseError:
        return False


def keep_grouping_state_of(store, served: str | Path, settings: Settings = DEFAULT,
                           scratch: str | Path | None = None) -> None:
    """Give a served briefing written without the grouping state (an older version, a store
    analysed before) what ``update_served_stories`` needs, from one pass over the store's
    documents: no story is reconciled. Its search index is rebuilt when it is of schema 1."""
    scratch_path = Path(scratch) if scratch else Path(served).with_name(Path(served).name + ".first-pass.db")
    scratch_path.unlink(missing_ok=True)
    try:
        with sqlite3.connect(str(scratch_path), isolation_level=None) as first:
            first.execute("PRAGMA journal_mode=OFF")
            first.execute("PRAGMA synchronous=OFF")
            first_pass(first, (document_features(raw, settings) for raw in store.iter_in_publication_order(raw=True)),
                       settings)
        first.close()
        conn = _connect(served)
        try:
            schema = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if schema is None or schema[0] != SCHEMA_VERSION:
                conn.execute("BEGIN")
                conn.execute("DROP TABLE story_text")
                conn.execute("CREATE VIRTUAL TABLE story_text USING fts5(text, content='', detail='none')")
                index_story_text(conn)
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
                conn.execute("COMMIT")
            keep_grouping_state(conn, scratch_path, settings)
        finally:
            conn.close()
    finally:
        scratch_path.unlink(missing_ok=True)


# --------------------------------------------------------------------------- comparing two files

_CONTENTS = {
    "document": "SELECT id, story, url, published, outlet_key, record FROM document ORDER BY id",
    "flat": "SELECT doc, kind, speaker, speaker_name_key, record FROM flat ORDER BY doc, seq",
    "story": "SELECT id, start, end, size, names, outlets, disputes, record FROM story ORDER BY pos",
    "claim": "SELECT seq, id, story, claimant_key, record FROM claim ORDER BY seq",
    "claim_doc": "SELECT cd.doc, c.id FROM claim_doc cd JOIN claim c ON c.seq = cd.claim_seq ORDER BY cd.doc, c.id",
    "discrepancy": "SELECT story, status, record FROM discrepancy ORDER BY story, seq",
    "claim_discrepancy": "SELECT cx.claim, x.story, x.record FROM claim_discrepancy cx JOIN discrepancy x"
                         " ON x.seq = cx.seq ORDER BY cx.claim, x.story, x.record",
    "timeline": "SELECT story, record FROM timeline ORDER BY story, seq",
    "entity": "SELECT id, mentions, names_key, record FROM entity ORDER BY id",
    "entity_mention": "SELECT entity, doc, start_char, end_char, text FROM entity_mention"
                      " ORDER BY entity, doc, start_char, end_char",
    "errors": "SELECT record FROM errors ORDER BY record",
    "meta": "SELECT key, value FROM meta WHERE key IN ('schema', 'stories_computed') ORDER BY key",
}


def served_contents(served: str | Path) -> dict[str, str]:
    """A digest of each table of the served briefing at ``served`` as the pages read it (rows in
    the order they are shown: stories newest first, claims by number, a story's discrepancies
    and timeline in its order, a document's mentions, quotes, figures and dates in theirs), so
    that two files that would show the same pages compare equal however they were written."""
    out = {}
    with closing(sqlite3.connect(f"file:{Path(served).resolve()}?mode=ro", uri=True)) as conn:
        for table, sql in _CONTENTS.items():
            digest = hashlib.blake2b(digest_size=16)
            rows = 0
            for row in conn.execute(sql):
                digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n")
                rows += 1
            out[table] = f"{rows} rows {digest.hexdigest()}"
    return out


__all__ = ["update_served_stories", "StoryUpdate", "NoGroupingState", "keep_grouping_state_of", "keeps_grouping_state",
           "served_contents"]
