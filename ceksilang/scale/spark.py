"""The pipeline as an Apache Spark job: the package's own stage functions, spread over a cluster.

    ceksilang spark INPUT... --out DIR [--map text=clean_text,published=date] [--master local[*]]
    spark-submit ceksilang/scale/spark.py INPUT... --out DIR [...]

Stages (nothing is re-implemented here; each step calls the function the local run calls):

1. **read** -- the driver plans the files as ``iter_inputs`` does (same order, same ``~hash``
   stems for clashing file names). Each file is read by one task with the package's reader;
   a JSON Lines file over ``split_bytes`` is cut at line boundaries into byte ranges, each
   range read by one task through ``record_to_document`` (the reader's own row -> RawDocument
   function) with the line numbers the whole-file reader would give. Ids repeated across rows
   get ``~<hash of the source key>`` on every occurrence after the first in read order, as in
   ``iter_inputs``.
2. **analyse** -- ``pipeline.analyze_raw`` in ``mapPartitions`` (the spaCy pipeline and NER
   model load once per Python worker). An input that cannot be read or analysed becomes an
   ``InputError`` row of the ``errors`` table.
3. **blocks** -- Spark MLlib ``MinHashLSH`` over each document's set of content-word keys
   (``stories.content_terms``: stems without stopwords, and figures), ``approxSimilarityJoin``
   at Jaccard >= ``min_jaccard`` between documents published within ``window_days`` of each
   other (or undated), then connected components of those pairs: each component is a block.
4. **whole-set stages per block** -- the documents of a block go through
   ``pipeline.build_briefing`` (duplicates -> entity linking -> stories -> reconciliation, in
   whatever order the local run uses) over an in-memory stand-in for the store, and the
   block's ``briefing_to_dict`` records are the rows of the output tables.

Tables (Parquet, one folder each under ``--out``): ``documents``, ``entities``, ``mentions``,
``quotes``, ``quantities``, ``dates``, ``stories``, ``claims``, ``discrepancies``,
``timeline``, ``errors``. A row has the fields of the same record in briefing.json; fields
that are not a plain string / number / boolean / list of strings (``source``, ``removed``,
``value`` of a date or claim, ``evidence`` ...) hold JSON text (see ``json_columns``).
Entities that appear in several blocks are merged on their id (aliases, roles, metonyms and
mentions united).

How blocks relate to the local run. Every whole-set stage only ever relates documents that
share words: a near-duplicate shares most of its 3-shingles and a spun copy over a third of
them (so far more than ``min_jaccard`` of its content words); a story member has cosine >= 0.3 between its TF-IDF vector of the
same content keys and the story centroid, inside the story's time window; claims and
discrepancies are built within a story. So a block that holds whole stories gives the same
records as the local run. They can differ where

* a document joins a story through the centroid while sharing less than ``min_jaccard`` of
  its content words with every single member, or lies within ``window_days`` of the story's
  span but further than that from every member it is similar to (a story that drifts);
* MinHash LSH misses a pair above the threshold (with ``hash_tables`` tables a pair at
  Jaccard J is found with probability 1 - (1 - J)^tables, 98% at J = 0.12 with 30 tables;
  chains of several pairs usually connect the block anyway);
* entity linking merges one-word names and spelling variants of a person within a block
  only, so two blocks can keep "Anthony Blinken" and "Antony Blinken" apart where the local
  run merges them.

Story grouping weighs keys by IDF over the batch it is given; a block is not the batch the
local run gives it, so the job first collects each block's document frequencies (they add up
over blocks) and then runs every block with the summed table (``_story_frequencies``).

Claims are numbered per run (``claim:1`` ...): each block's claims are renumbered in the local
run's order (story order, then the order within the story) and discrepancies follow them.
On the five reference articles plus invented ones every table equals the local run's
(tests/test_spark.py); docs/spark.md has the measured agreement on real news and the sizing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import sys
import time
import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

# Absolute imports: spark-submit runs this file as a script, outside its package.
from ceksilang.model import (
    Claim, Discrepancy, Document, Entity, InputError, Mention, Quantity, Quote, RawDocument, Source, Story,
    TimeExpr, TimelineEvent, UsageError,
)
from ceksilang.settings import DEFAULT, Settings
from ceksilang.reconcile.disjoint_sets import DisjointSets
from ceksilang.reconcile.stories import publication_day

log = logging.getLogger(__name__)

TABLES = ("documents", "entities", "mentions", "quotes", "quantities", "dates", "stories", "claims",
          "discrepancies", "timeline", "errors")
_RECORD_CLASSES: dict[str, type] = {
    "documents": Document, "entities": Entity, "mentions": Mention, "quotes": Quote, "quantities": Quantity,
    "dates": TimeExpr, "stories": Story, "claims": Claim, "discrepancies": Discrepancy,
    "timeline": TimelineEvent, "errors": InputError,
}
# Document fields briefing.json moves to their own lists or leaves out.
_DOCUMENT_DROPPED = ("mentions", "quotes", "quantities", "dates", "sentences")


@dataclass(frozen=True, slots=True)
class SparkSettings:
    min_jaccard: float = 0.12  # content-word Jaccard that puts two documents in one block
    hash_tables: int = 30  # MinHashLSH tables: more finds more pairs near the threshold, at more cost
    num_features: int = 1 << 20  # HashingTF buckets for the content-word sets
    window_days: int | None = None  # None: the story grouping's own window
    split_bytes: int = 64 * 1024 * 1024  # a JSONL file over this is read by several tasks
    partitions: int | None = None  # analysis / block partitions (None: Spark's default parallelism)
    seed: int = 17


DEFAULT_SPARK = SparkSettings()


# --------------------------------------------------------------------------- read plan


@dataclass(frozen=True, slots=True)
class ReadTask:
    """One unit of reading: a whole file, or the byte range [start, end) of a JSONL file."""

    order: int  # file position in the run (the order iter_inputs reads in)
    path: str
    stem: str
    start: int = 0
    end: int | None = None  # None: the whole file, with the package's reader
    first_line: int = 1  # line number of the range's first line in its file


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", errors="surrogateescape")).hexdigest()[:8]


def _is_split_candidate(path: Path, settings: SparkSettings) -> bool:
    from ceksilang.ingest.read import detect_format

    try:
        if not path.is_file() or path.stat().st_size <= settings.split_bytes:
            return False
        with open(path, "rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        return False  # UTF-16 needs its BOM, a JSON array needs the whole file
    return detect_format(path, head) == "jsonl"


def line_boundaries(path: str | Path, chunk_bytes: int) -> list[tuple[int, int]]:
    """Byte ranges of about ``chunk_bytes`` that start at line starts and cover the file."""
    size = Path(path).stat().st_size
    cuts = [0]
    with open(path, "rb") as stream:
        while cuts[-1] + chunk_bytes < size:
            stream.seek(cuts[-1] + chunk_bytes)
            stream.readline()  # to the end of the line the cut fell in
            position = stream.tell()
            if position >= size:
                break
            cuts.append(position)
    cuts.append(size)
    return list(zip(cuts[:-1], cuts[1:]))


def plan_reads(paths: Sequence[str | Path], settings: SparkSettings = DEFAULT_SPARK) -> tuple[list[ReadTask], list[InputError]]:
    """The read tasks for ``paths`` (line offsets not yet known: see ``count_lines``) and the
    errors of the listing (folders with nothing in them, unlistable folders)."""
    from ceksilang.ingest.read import _plan, _stem

    tasks: list[ReadTask] = []
    errors: list[InputError] = []
    stems_used: set[str] = set()
    for order, path in enumerate(_plan(list(paths))):
        if isinstance(path, InputError):
            errors.append(path)
            continue
        stem = _stem(path)
        if stem in stems_used:  # as iter_inputs names a second file with the same stem
            stem = f"{stem}~{_short_hash(str(path))}"
        stems_used.add(stem)
        if _is_split_candidate(path, settings):
            for start, end in line_boundaries(path, settings.split_bytes):
                tasks.append(ReadTask(order, str(path), stem, start, end))
        else:
            tasks.append(ReadTask(order, str(path), stem))
    return tasks, errors


def count_newlines(path: str, start: int, end: int) -> int:
    count = 0
    with open(path, "rb") as stream:
        stream.seek(start)
        left = end - start
        while left > 0:
            block = stream.read(min(left, 1 << 22))
            if not block:
                break
            count += block.count(b"\n")
            left -= len(block)
    return count


def with_line_numbers(tasks: Sequence[ReadTask], newlines: Sequence[int]) -> list[ReadTask]:
    """``tasks`` with ``first_line`` set from the newline count of each range (in task order)."""
    out: list[ReadTask] = []
    line_of: dict[str, int] = {}
    for task, count in zip(tasks, newlines):
        if task.end is None:
            out.append(task)
            continue
        first = line_of.get(task.path, 1)
        out.append(ReadTask(task.order, task.path, task.stem, task.start, task.end, first))
        line_of[task.path] = first + count
    return out


class _Range:
    """A binary stream limited to [start, end) of a file (enough of a stream for iter_byte_lines)."""

    def __init__(self, stream, start: int, end: int):
        self.stream = stream
        self.stream.seek(start)
        self.left = end - start

    def readline(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        limit = self.left if size is None or size < 0 else min(size, self.left)
        line = self.stream.readline(limit)
        self.left -= len(line)
        return line


def _read_range(task: ReadTask, field_map: Mapping[str, str], settings: Settings) -> Iterator[RawDocument | InputError]:
    """The documents of one JSONL byte range, row by row as ``read_jsonl`` builds them.

    Differs from the whole-file reader only for a file with no text field at all: each line
    is then its own error instead of one error for the file.
    """
    from ceksilang.ingest.read.decode import decode_bytes, iter_byte_lines, size_text
    from ceksilang.ingest.read.tabular import ColumnResolver, _json_error, record_to_document

    path = Path(task.path)
    text_column = field_map.get("text", "text")
    with open(path, "rb") as stream:
        for offset, raw in iter_byte_lines(_Range(stream, task.start, task.end or 0), settings.max_record_bytes):
            number = task.first_line + offset - 1
            where = f"{path}#{number}"
            if raw is None:
                yield InputError(where, f"line is over the {size_text(settings.max_record_bytes)} record limit")
                continue
            line = decode_bytes(raw).strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, _json_error(exc))
                continue
            except RecursionError:
                yield InputError(where, "broken JSON: nested too deeply")
                continue
            if not isinstance(record, dict):
                yield InputError(where, f"record is a JSON {type(record).__name__}, not an object")
                continue
            resolver = ColumnResolver(record.keys(), field_map)
            yield record_to_document(record, resolver, path=path, stem=task.stem, row=number, fmt="jsonl",
                                     text_column=text_column)


def read_task(task: ReadTask, field_map: Mapping[str, str], settings: Settings = DEFAULT) -> Iterator[RawDocument | InputError]:
    """Everything one read task yields, exceptions turned into errors as the reader does."""
    from ceksilang.ingest.read import _guarded, _read

    path = Path(task.path)
    if task.end is None:
        return _guarded(path, _read(path, task.stem, dict(field_map), settings))
    return _guarded(path, _read_range(task, field_map, settings))


# --------------------------------------------------------------------------- per-document work


def _error_row(error: InputError, order: tuple[int, int, int]) -> tuple:
    return ("error", order, None, json.dumps(error.to_dict(), ensure_ascii=False))


def read_partition(tasks: Iterable[ReadTask], field_map: Mapping[str, str], settings: Settings = DEFAULT) -> Iterator[tuple]:
    """(kind, order, id, payload) rows: kind "raw" with the RawDocument's JSON, or "error"."""
    for task in tasks:
        for seq, item in enumerate(read_task(task, field_map, settings)):
            order = (task.order, task.start, seq)
            if isinstance(item, InputError):
                yield _error_row(item, order)
            else:
                yield ("raw", order, item.id, json.dumps(item.to_dict(), ensure_ascii=False))


def content_keys(doc: Document) -> list[str]:
    """The set a document is blocked on: its content-word keys, title included (sorted)."""
    try:
        from ceksilang.reconcile.stories import content_terms
    except ImportError:  # without story grouping, plain lower-case words
        import re

        def content_terms(text: str):  # type: ignore[no-redef]
            return ((w, w) for w in re.findall(r"\w{3,}", text.lower()))
    keys = {k for k, _ in content_terms(doc.text)}
    if doc.title:
        keys.update(k for k, _ in content_terms(doc.title))
    return sorted(keys)


def analyze_partition(rows: Iterable[tuple], renamed: Mapping[tuple, str], settings: Settings = DEFAULT) -> Iterator[tuple]:
    """("doc", order, id, document JSON, content keys, day) or ("error", ...) per raw row."""
    from ceksilang.pipeline import analyze_raw

    for kind, order, doc_id, payload in rows:
        if kind != "raw":
            yield (kind, order, doc_id, payload, None, None)
            continue
        data = json.loads(payload)
        raw = RawDocument.from_dict(data)
        raw.source = Source.from_dict(data["source"])
        raw.id = renamed.get(tuple(order), raw.id)
        try:
            doc = analyze_raw(raw, settings)
        except Exception as exc:  # one bad input must not lose the partition (as in ingest)
            log.exception("analysing %s failed", raw.source.key())
            err = InputError(source=raw.source.key(), reason=f"analysis failed: {type(exc).__name__}: {exc}")
            yield ("error", order, None, json.dumps(err.to_dict(), ensure_ascii=False), None, None)
            continue
        yield ("doc", order, doc.id, json.dumps(doc.to_dict(), ensure_ascii=False), content_keys(doc),
               publication_day(doc.published))


def repeated_id_renames(rows: Iterable[tuple[tuple, str, str]]) -> dict[tuple, str]:
    """order -> new id for every (order, id, source key) whose id an earlier row already has."""
    by_id: dict[str, list[tuple[tuple, str]]] = {}
    for order, doc_id, key in rows:
        by_id.setdefault(doc_id, []).append((tuple(order), key))
    renamed: dict[tuple, str] = {}
    for doc_id, found in by_id.items():
        for order, key in sorted(found)[1:]:
            renamed[order] = f"{doc_id}~{_short_hash(key)}"
    return renamed


# --------------------------------------------------------------------------- blocks


def connected_components(pairs: Iterable[tuple[int, int]]) -> dict[int, int]:
    """node -> smallest node of its component, for the nodes in ``pairs``."""
    components: DisjointSets[int] = DisjointSets()
    for a, b in pairs:
        ra, rb = components.find(a), components.find(b)
        components.join(min(ra, rb), max(ra, rb))  # the smaller root stays: it names the component
    return {x: components.find(x) for x in components}


class _FrequenciesCaptured(Exception):
    """Raised from inside ``briefing.iter_story_parts`` once the block's document frequencies are known."""

    def __init__(self, frequencies: Mapping[str, int], total: int):
        super().__init__("captured")
        self.frequencies, self.total = frequencies, total


class GlobalFrequencies(Mapping[str, int]):
    """Document frequencies of the whole run; a key not in the table occurs in one document.

    Only keys of two or more documents are shipped to executors (the rest are most of a
    vocabulary and all weigh the same).
    """

    def __init__(self, table: Mapping[str, int]):
        self.table = table

    def get(self, key: str, default: int | None = None) -> int:  # type: ignore[override]
        return self.table.get(key, 1)

    def __getitem__(self, key: str) -> int:
        return self.table.get(key, 1)

    def __iter__(self) -> Iterator[str]:
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)


@contextmanager
def _story_frequencies(capture: bool = False, idf: tuple[Mapping[str, int], int] | None = None):
    """Within the block, make the story grouping stop and report its batch frequencies
    (``capture``), or weigh with the whole run's (``idf``) instead of the block's.

    ``briefing.iter_story_parts`` builds its ``StoryIndex`` from the frequencies of the batch it is given;
    the local run's batch is every document, a block is a part of it, and document
    frequencies add up over parts. Swapping the index class is the one seam that keeps
    ``build_briefing`` the only description of the whole-set stages.
    """
    try:
        from ceksilang.reconcile import stories
    except ImportError:
        yield
        return
    real = stories.StoryIndex

    class CapturingIndex(real):  # type: ignore[misc, valid-type]
        def __init__(self, settings=stories.DEFAULT_STORY_SETTINGS, document_frequencies=None, total_documents=None):
            raise _FrequenciesCaptured(dict(document_frequencies or {}), int(total_documents or 0))

    class GlobalIndex(real):  # type: ignore[misc, valid-type]
        def __init__(self, settings=stories.DEFAULT_STORY_SETTINGS, document_frequencies=None, total_documents=None):
            if document_frequencies is not None and idf is not None:  # the batch table: use the run's
                document_frequencies, total_documents = GlobalFrequencies(idf[0]), idf[1]
            super().__init__(settings, document_frequencies=document_frequencies, total_documents=total_documents)

    stories.StoryIndex = CapturingIndex if capture else GlobalIndex
    try:
        yield
    finally:
        stories.StoryIndex = real


def block_frequencies(documents: Sequence[Document]) -> tuple[dict[str, int], int]:
    """The document frequencies and document count story grouping weighs this block with."""
    from ceksilang.reconcile.briefing import MemorySource
    from ceksilang.pipeline import build_briefing

    with _story_frequencies(capture=True):
        try:
            build_briefing(MemorySource(documents))
        except _FrequenciesCaptured as found:
            return dict(found.frequencies), found.total
    return {}, 0  # no story grouping in this version of the pipeline


def briefing_records(documents: Sequence[Document], idf: tuple[Mapping[str, int], int] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The briefing.json lists (minus errors) of one block, from the local run's whole-set stages.

    ``idf``: (document frequencies, documents) of the whole run for story grouping; without,
    the block's own.
    """
    from ceksilang.reconcile.briefing import MemorySource
    from ceksilang.pipeline import build_briefing
    from ceksilang.render.json import briefing_to_dict

    with _story_frequencies(idf=idf):
        data = briefing_to_dict(build_briefing(MemorySource(documents)))
    return {table: data.get(table) or [] for table in TABLES if table != "errors"}


def frequencies_partition(blocks: Iterable[tuple[int, Iterable[str]]]) -> Iterator[tuple[str, int]]:
    """(key, document frequency) of every block, and ("", documents) for the count."""
    for _, payloads in blocks:
        table, total = block_frequencies([Document.from_dict(json.loads(p)) for p in payloads])
        yield "", total
        yield from table.items()


def block_partition(blocks: Iterable[tuple[int, Iterable[str]]],
                    idf: tuple[Mapping[str, int], int] | None = None) -> Iterator[tuple[str, str, str]]:
    """(table, key, record JSON) for every record of every block.

    The key is the entity id for entities, and for claims the JSON of their place in the local
    run's numbering (story order, then the claim's number in its block); claim ids become
    ``<block>/<id>`` (in discrepancies too) until ``number_claims`` gives them their final ids.
    """
    from ceksilang.reconcile.tables import claim_number

    for block, payloads in blocks:
        docs = [Document.from_dict(json.loads(p)) for p in payloads]
        records = briefing_records(docs, idf)
        story_key = {s["id"]: [s.get("start") is None, s.get("start") or "", s["id"]] for s in records["stories"]}
        for table, rows in records.items():
            for record in rows:
                key = ""
                if table == "entities":
                    key = record.get("id", "")
                elif table == "claims":
                    key = json.dumps([*story_key.get(record["story"], [True, "", record["story"]]), claim_number(record["id"])])
                    record = {**record, "id": f"{block}/{record['id']}"}
                elif table == "discrepancies":
                    record = {**record, "claims": [f"{block}/{c}" for c in record.get("claims") or []]}
                yield table, key, json.dumps(record, ensure_ascii=False)


def number_claims(claims, discrepancies):
    """Claims numbered as one local run numbers them, and discrepancies pointing at those ids.

    ``claims`` is an RDD of (order key JSON, claim JSON), ``discrepancies`` of discrepancy JSON;
    returns two RDDs of record dicts.
    """
    numbered = claims.map(lambda kv: (tuple(json.loads(kv[0])), json.loads(kv[1]))).sortByKey().zipWithIndex()
    final = numbered.map(lambda pair: {**pair[0][1], "id": f"claim:{pair[1] + 1}"})
    renames = numbered.map(lambda pair: (pair[0][1]["id"], f"claim:{pair[1] + 1}"))
    disc = discrepancies.map(json.loads).zipWithUniqueId().map(lambda pair: (pair[1], pair[0]))
    refs = disc.flatMap(lambda kv: [(temp, (kv[0], pos)) for pos, temp in enumerate(kv[1].get("claims") or [])]) \
        .join(renames).map(lambda kv: (kv[1][0][0], (kv[1][0][1], kv[1][1]))).groupByKey()
    fixed = disc.leftOuterJoin(refs).map(lambda kv: _with_claim_ids(kv[1][0], kv[1][1]))
    return final, fixed


def _with_claim_ids(record: dict[str, Any], refs: Iterable[tuple[int, str]] | None) -> dict[str, Any]:
    if refs is None:
        return record
    return {**record, "claims": [claim_id for _, claim_id in sorted(refs)]}


def merge_entities(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """One entity from two blocks' records of the same id (lists united, first seen first)."""
    from ceksilang.reconcile.tables import merge_entity_records

    return merge_entity_records([a, b])


# --------------------------------------------------------------------------- table schemas


def _column_kind(hint: Any) -> str:
    """"string" | "long" | "double" | "boolean" | "strings" (list of str) | "json"."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1:
        hint = args[0]
    if hint is str:
        return "string"
    if hint is bool:
        return "boolean"
    if hint is int:
        return "long"
    if hint is float:
        return "double"
    if typing.get_origin(hint) is list and typing.get_args(hint) == (str,):
        return "strings"
    return "json"


def table_columns(table: str) -> list[tuple[str, str]]:
    """(column, kind) of a table, in the record's field order."""
    cls = _RECORD_CLASSES[table]
    hints = typing.get_type_hints(cls)
    skip = _DOCUMENT_DROPPED if table == "documents" else ()
    return [(f.name, _column_kind(hints[f.name])) for f in fields(cls)
            if not f.name.startswith("_") and f.name not in skip]


def json_columns(table: str) -> list[str]:
    """Columns of ``table`` that hold JSON text (load them with ``json.loads``)."""
    return [name for name, kind in table_columns(table) if kind == "json"]


def _spark_schema(table: str):
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "long": T.LongType(), "double": T.DoubleType(),
             "boolean": T.BooleanType(), "strings": T.ArrayType(T.StringType()), "json": T.StringType()}
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in table_columns(table)])


def to_row(table: str, record: Mapping[str, Any]) -> tuple:
    """A briefing.json record as a row of ``table``'s schema."""
    row = []
    for name, kind in table_columns(table):
        value = record.get(name)
        if value is None:
            row.append(None)
        elif kind == "json":
            row.append(json.dumps(value, ensure_ascii=False))
        elif kind == "double":
            row.append(float(value))
        elif kind == "long":
            row.append(int(value))
        else:
            row.append(value)
    return tuple(row)


def from_row(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The briefing.json record of a table row (JSON columns decoded)."""
    decoded = set(json_columns(table))
    return {name: (json.loads(row[name]) if name in decoded and row[name] is not None else
                   list(row[name]) if kind == "strings" and row[name] is not None else row[name])
            for name, kind in table_columns(table)}


# --------------------------------------------------------------------------- the job


@dataclass(slots=True)
class JobSummary:
    documents: int = 0
    errors: int = 0
    blocks: int = 0
    largest_block: int = 0
    pairs: int = 0
    tables: dict[str, int] | None = None
    seconds: dict[str, float] | None = None  # wall time of each stage

    def line(self) -> str:
        return (f"{self.documents} documents, {self.errors} errors; {self.pairs} similar pairs, "
                f"{self.blocks} blocks (largest {self.largest_block} documents)")


class _StageClock:
    def __init__(self, summary: JobSummary):
        self.summary = summary
        summary.seconds = {}
        self.last = time.perf_counter()

    def done(self, stage: str) -> None:
        now = time.perf_counter()
        self.summary.seconds[stage] = round(now - self.last, 2)  # type: ignore[index]
        log.info("stage %s: %.1f s", stage, now - self.last)
        self.last = now


def _window_days(settings: SparkSettings) -> int:
    if settings.window_days is not None:
        return settings.window_days
    try:
        from ceksilang.reconcile.stories import DEFAULT_STORY_SETTINGS
    except ImportError:
        return 7
    return DEFAULT_STORY_SETTINGS.window_days


def similar_pairs(spark, docs, settings: SparkSettings = DEFAULT_SPARK) -> list[tuple[int, int]]:
    """(uid, uid) pairs of documents at content-word Jaccard >= ``min_jaccard`` within the window.

    ``docs`` is an RDD of (uid, content keys, day).
    """
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    schema = T.StructType([T.StructField("uid", T.LongType()), T.StructField("keys", T.ArrayType(T.StringType())),
                           T.StructField("day", T.LongType())])
    frame = spark.createDataFrame(docs.filter(lambda r: len(r[1]) > 0), schema)  # MinHash needs a non-empty set
    hashed = HashingTF(inputCol="keys", outputCol="features", numFeatures=settings.num_features, binary=True).transform(frame)
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=settings.hash_tables, seed=settings.seed).fit(hashed)
    window = _window_days(settings)
    joined = model.approxSimilarityJoin(hashed, hashed, 1.0 - settings.min_jaccard, distCol="distance")
    a, b = F.col("datasetA"), F.col("datasetB")
    near = joined.where(a.uid < b.uid).where(
        a.day.isNull() | b.day.isNull() | (F.abs(a.day - b.day) <= window)
    ).select(a.uid.alias("a"), b.uid.alias("b"))
    return [(int(r.a), int(r.b)) for r in near.toLocalIterator()]


def run_job(
    spark,
    paths: Sequence[str | Path],
    out_dir: str | Path,
    field_map: Mapping[str, str] | None = None,
    settings: SparkSettings = DEFAULT_SPARK,
    pipeline_settings: Settings = DEFAULT,
) -> JobSummary:
    """Run the whole job on ``spark``; write one Parquet folder per table under ``out_dir``."""
    from pyspark import StorageLevel

    from ceksilang.ingest.read import check_field_map

    mapping = check_field_map(field_map)
    out = str(out_dir).rstrip("/")  # a string: Path would turn s3://bucket into s3:/bucket
    sc = spark.sparkContext
    parallelism = settings.partitions or sc.defaultParallelism
    summary = JobSummary(tables={})

    clock = _StageClock(summary)
    # 1. read
    tasks, listing_errors = plan_reads(paths, settings)
    ranged = [t for t in tasks if t.end is not None]
    if ranged:
        counts = sc.parallelize(ranged, min(len(ranged), parallelism * 4)) \
            .map(lambda t: count_newlines(t.path, t.start, t.end)).collect()
        by_range = dict(zip(ranged, counts))
        tasks = with_line_numbers(tasks, [by_range.get(t, 0) for t in tasks])
    read_rows = sc.parallelize(tasks, max(1, min(len(tasks), parallelism * 4))) \
        .mapPartitions(lambda part: read_partition(part, mapping, pipeline_settings)) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    ids = read_rows.filter(lambda r: r[0] == "raw") \
        .map(lambda r: (r[2], (r[1], json.loads(r[3])["source"]))) \
        .groupByKey().filter(lambda kv: len(kv[1]) > 1) \
        .flatMap(lambda kv: [(order, kv[0], _source_key(src)) for order, src in kv[1]]).collect()
    renamed = sc.broadcast(repeated_id_renames(ids))
    clock.done("read")

    # 2. analyse
    analysed = read_rows.repartition(parallelism) \
        .mapPartitions(lambda part: analyze_partition(part, renamed.value, pipeline_settings)) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    error_rows = [InputError.from_dict(json.loads(r[3])).to_dict()
                  for r in sorted(analysed.filter(lambda r: r[0] == "error").collect(), key=lambda r: tuple(r[1]))]
    error_rows = [e.to_dict() for e in listing_errors] + error_rows
    docs = analysed.filter(lambda r: r[0] == "doc").zipWithUniqueId() \
        .map(lambda pair: (pair[1], pair[0])).persist(StorageLevel.MEMORY_AND_DISK)
    read_rows.unpersist()
    clock.done("analyse")

    # 3. blocks
    pairs = similar_pairs(spark, docs.map(lambda kv: (kv[0], kv[1][4], kv[1][5])), settings)
    component = connected_components(pairs)
    block_of = sc.broadcast(component)
    summary.pairs = len(pairs)
    blocks = docs.map(lambda kv: (block_of.value.get(kv[0], kv[0]), kv[1][3])).groupByKey(parallelism) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    sizes = blocks.map(lambda kv: len(kv[1])).collect()
    summary.blocks, summary.largest_block, summary.documents = len(sizes), max(sizes, default=0), sum(sizes)
    clock.done("blocks")

    # 4. whole-set stages per block, stories weighed with the whole run's frequencies
    counted = dict(blocks.mapPartitions(frequencies_partition).reduceByKey(lambda a, b: a + b)
                   .filter(lambda kv: kv[0] == "" or kv[1] > 1).collect())
    total = counted.pop("", 0)
    idf = sc.broadcast((counted, total) if total else None)
    records = blocks.mapPartitions(lambda part: block_partition(part, idf.value)).persist(StorageLevel.MEMORY_AND_DISK)
    entities = records.filter(lambda r: r[0] == "entities") \
        .map(lambda r: (r[1], json.loads(r[2]))).reduceByKey(merge_entities) \
        .map(lambda kv: ("entities", kv[0], json.dumps(kv[1], ensure_ascii=False)))
    claims, discrepancies = number_claims(
        records.filter(lambda r: r[0] == "claims").map(lambda r: (r[1], r[2])),
        records.filter(lambda r: r[0] == "discrepancies").map(lambda r: r[2]),
    )
    others = records.filter(lambda r: r[0] not in ("entities", "claims", "discrepancies")).union(
        claims.map(lambda c: ("claims", "", json.dumps(c, ensure_ascii=False)))).union(
        discrepancies.map(lambda d: ("discrepancies", "", json.dumps(d, ensure_ascii=False))))
    # the unions add up partitions: fewer, fuller ones make the eleven writes cheaper
    table_rows = others.union(entities).coalesce(parallelism).persist(StorageLevel.MEMORY_AND_DISK)
    summary.tables = {t: 0 for t in TABLES} | dict(table_rows.map(lambda r: (r[0], 1)).countByKey())
    summary.tables["errors"] = len(error_rows)
    clock.done("stories")
    for table in TABLES:
        if table == "errors":
            rows = sc.parallelize([to_row("errors", e) for e in error_rows], 1)
        else:
            rows = table_rows.filter(lambda r, t=table: r[0] == t).map(lambda r, t=table: to_row(t, json.loads(r[2])))
        frame = spark.createDataFrame(rows, _spark_schema(table))
        frame.write.mode("overwrite").parquet(f"{out}/{table}")
    clock.done("write")
    summary.errors = len(error_rows)
    for rdd in (table_rows, records, blocks, docs, analysed):
        rdd.unpersist()
    idf.unpersist()
    block_of.unpersist()
    renamed.unpersist()
    return summary


def _source_key(source: Mapping[str, Any]) -> str:
    return Source.from_dict(dict(source)).key()


# --------------------------------------------------------------------------- entry point


def java_executable() -> str | None:
    """The ``java`` PySpark's launcher would start: ``$JAVA_HOME/bin/java`` when JAVA_HOME is set,
    else the one on PATH; None when there is none (a local session cannot start)."""
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = Path(home) / "bin" / "java"
        return str(candidate) if os.access(candidate, os.X_OK) and candidate.is_file() else None
    return shutil.which("java")


def spark_session(master: str | None = None, app_name: str = "ceksilang", conf: Mapping[str, str] | None = None):
    """A SparkSession; under spark-submit the master comes from it, else ``master`` or local[*]."""
    from pyspark.sql import SparkSession

    # executors must run this interpreter (the one with ceksilang installed) in local mode
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ceksilang spark",
                                description="Run the ceksilang pipeline on Apache Spark; write Parquet tables.")
    p.add_argument("paths", nargs="+", metavar="INPUT", help="files or folders (on a file system every executor sees)")
    p.add_argument("--out", required=True, metavar="DIR", help="one Parquet folder per table is written here")
    p.add_argument("--map", action="append", metavar="FIELD=COLUMN,...",
                   help="column names of CSV/JSONL inputs, e.g. text=clean_text,published=date (repeatable)")
    p.add_argument("--master", help="Spark master (default: from spark-submit, else local[*])")
    p.add_argument("--min-jaccard", type=float, default=DEFAULT_SPARK.min_jaccard,
                   help=f"content-word Jaccard that links two documents into one block (default {DEFAULT_SPARK.min_jaccard})")
    p.add_argument("--hash-tables", type=int, default=DEFAULT_SPARK.hash_tables, help="MinHashLSH tables")
    p.add_argument("--partitions", type=int, help="partitions for analysis and blocks (default: Spark's parallelism)")
    p.add_argument("--split-mb", type=int, default=DEFAULT_SPARK.split_bytes >> 20,
                   help="JSONL files over this many MB are read by several tasks")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """``ceksilang spark`` / ``spark-submit ceksilang/scale/spark.py``: 0 when every input was read, 1 if some were not."""
    from ceksilang.ingest.read.tabular import parse_field_map

    parser = _parser()
    args = parser.parse_args(argv)
    try:
        field_map = parse_field_map(args.map)
    except UsageError as exc:
        parser.error(str(exc))
    if not 0.0 < args.min_jaccard <= 1.0:
        parser.error("--min-jaccard must be in (0, 1]")
    settings = SparkSettings(min_jaccard=args.min_jaccard, hash_tables=args.hash_tables,
                             partitions=args.partitions, split_bytes=args.split_mb << 20)
    # under spark-submit the JVM is already up (it passes its gateway port); run directly, we start one
    if "PYSPARK_GATEWAY_PORT" not in os.environ and java_executable() is None:
        parser.error("needs Java (PySpark starts a JVM): set JAVA_HOME or put java on PATH")
    spark = spark_session(args.master)
    try:
        summary = run_job(spark, args.paths, args.out, field_map, settings)
    finally:
        spark.stop()
    print(summary.line())
    for table in TABLES:
        print(f"wrote {str(args.out).rstrip('/')}/{table} ({(summary.tables or {}).get(table, 0)} rows)")
    return 1 if summary.errors else 0


__all__ = ["run_job", "main", "java_executable", "spark_session", "SparkSettings", "plan_reads", "read_task",
           "line_boundaries", "connected_components", "briefing_records", "json_columns", "table_columns", "to_row", "from_row",
           "merge_entities", "TABLES"]


if __name__ == "__main__":  # spark-submit ceksilang/scale/spark.py ...
    # run through the installed module, so that the functions shipped to executors are
    # ceksilang.scale.spark's (importable there), not this script's
    from ceksilang.scale.spark import main as _main

    sys.exit(_main())
