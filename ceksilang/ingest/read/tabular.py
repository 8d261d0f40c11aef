"""One article per row: CSV/TSV files and JSON Lines, streamed row by row.

A row's fields are found by name: ``id``, ``text``, and optionally ``title``, ``url``,
``outlet``, ``author``, ``published``, ``language``. A ``field_map`` renames them to the
file's own columns (``{"text": "clean_text", "published": "date"}``, CLI
``--map text=clean_text,published=date``). Column names match case-insensitively. Without
a mapping, ``outlet`` falls back to a ``domain`` column and ``published`` to a ``date``
column, the names scraped news tables use.

A row's id is its ``id`` field, else ``<stem>#<row>`` (row 1-based over data rows for CSV,
the line number for JSONL). A row without text is an error for that row only; a file with
no text column at all is one error for the file. Rows are decoded with the mixed
UTF-8/cp1252 decoder and each record is limited to ``settings.max_record_bytes``.
"""

from __future__ import annotations

import csv
import itertools
import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ceksilang.model import InputError, RawDocument, Source, UsageError
from ceksilang.settings import Settings
from ceksilang.ingest.read.decode import decode_bytes, drop_nuls, iter_text_lines, normalize_newlines, size_text

log = logging.getLogger(__name__)

FIELDS = ("id", "text", "title", "url", "outlet", "author", "published", "language")
# Used only when neither the field's own name nor a mapping is present.
FALLBACK_COLUMNS = {"outlet": "domain", "published": "date"}
CSV_DELIMITERS = ",;\t|"


def parse_field_map(value: str | Sequence[str] | None) -> dict[str, str]:
    """``"text=clean_text,published=date"`` -> ``{"text": "clean_text", "published": "date"}``.

    A list is the values of a repeated ``--map``; they add up, a later pair winning for a field.
    """
    if not value:
        return {}
    values = [value] if isinstance(value, str) else list(value)
    mapping = {}
    for part in (p for v in values for p in v.split(",")):
        ours, sep, theirs = part.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not ours or not theirs:
            raise UsageError(f"--map expects FIELD=COLUMN pairs separated by commas, got {part!r}")
        if ours not in FIELDS:
            raise UsageError(f"--map: unknown field {ours!r}; fields are {', '.join(FIELDS)}")
        mapping[ours] = theirs
    return mapping


def check_field_map(field_map: Mapping[str, str] | None) -> dict[str, str]:
    """The mapping as a plain dict; ValueError for a field name we do not have (a usage error)."""
    mapping = dict(field_map or {})
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ValueError(f"unknown field(s) in the field map: {', '.join(unknown)} (known: {', '.join(FIELDS)})")
    empty = sorted(k for k, v in mapping.items() if not str(v).strip())
    if empty:
        raise ValueError(f"field map gives no column for: {', '.join(empty)}")
    return mapping



class ColumnResolver:
    """Our field name -> the key to look up in a row, resolved once per header."""

    def __init__(self, columns: Iterable[str], field_map: Mapping[str, str]):
        by_lower: dict[str, str] = {}
        for column in columns:
            by_lower.setdefault(column.strip().lower(), column)
        self.columns = by_lower
        self.keys: dict[str, str] = {}
        self.missing_mapped: list[str] = []
        for name in FIELDS:
            wanted = field_map.get(name, name)
            key = by_lower.get(wanted.strip().lower())
            if key is None and name in field_map:
                self.missing_mapped.append(f"{name}={wanted}")
            elif key is None and name in FALLBACK_COLUMNS:
                key = by_lower.get(FALLBACK_COLUMNS[name])
            if key is not None:
                self.keys[name] = key


def _value(record: Mapping[str, Any], key: str | None) -> Any:
    return record.get(key) if key is not None else None


def _optional(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    value = " ".join(str(value).split())
    return value or None


def record_to_document(
    record: Mapping[str, Any],
    resolver: ColumnResolver,
    *,
    path: Path,
    stem: str,
    row: int,
    fmt: str,
    text_column: str,
) -> RawDocument | InputError:
    """A RawDocument for one row/line, or the reason it has none."""
    where = f"{path}#{row}"
    text = _value(record, resolver.keys.get("text"))
    if text is not None and not isinstance(text, str):
        if isinstance(text, (int, float)) and not isinstance(text, bool):
            text = str(text)
        else:
            return InputError(where, f"field {text_column!r} is a {type(text).__name__}, not text")
    if text is not None:
        text = drop_nuls(text)  # before the emptiness check: a cell of NULs has no text
    if text is None or not text.strip():
        return InputError(where, f"row has no text (field {text_column!r} is missing or empty)")
    doc_id = _optional(_value(record, resolver.keys.get("id"))) or f"{stem}#{row}"
    return RawDocument(
        id=doc_id,
        source=Source(str(path), row=row),
        text=normalize_newlines(text).strip(),
        format=fmt,
        title=_optional(_value(record, resolver.keys.get("title"))),
        url=_optional(_value(record, resolver.keys.get("url"))),
        outlet=_optional(_value(record, resolver.keys.get("outlet"))),
        author=_optional(_value(record, resolver.keys.get("author"))),
        published=_optional(_value(record, resolver.keys.get("published"))),
        language=_optional(_value(record, resolver.keys.get("language"))),
    )


# --------------------------------------------------------------------------- JSON Lines

# Records read before concluding that a JSONL file has no text field at all (one file-level
# error instead of one per line, as for a CSV without the column).
MISSING_TEXT_SAMPLE = 20


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"broken JSON: {exc.msg} (column {exc.colno})"


def read_jsonl(
    path: Path, stem: str, field_map: Mapping[str, str], settings: Settings
) -> Iterator[RawDocument | InputError]:
    """One RawDocument per JSON object line; a ``.json`` file holding one array is read too."""
    with open(path, "rb") as stream:
        head = stream.read(4096)
        stream.seek(0)
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            records = _json_array_records(path, settings, stream)
        else:
            records = _jsonl_records(path, settings, stream)
        yield from _records_to_documents(path, stem, field_map, records)


def _records_to_documents(
    path: Path, stem: str, field_map: Mapping[str, str], records: Iterator[InputError | tuple[int, Any]]
) -> Iterator[RawDocument | InputError]:
    text_column = field_map.get("text", "text")
    held: list[InputError] = []  # errors kept back until a record shows the text field exists
    without_text: list[str] = []
    fields_seen: dict[str, None] = {}
    text_seen = False
    count = 0
    for item in records:
        count += 1
        if isinstance(item, InputError):
            if text_seen:
                yield item
            else:
                held.append(item)
            continue
        number, record = item
        where = f"{path}#{number}"
        if not isinstance(record, dict):
            error = InputError(where, f"record is a JSON {type(record).__name__}, not an object")
            if text_seen:
                yield error
            else:
                held.append(error)
            continue
        resolver = ColumnResolver(record.keys(), field_map)
        if not text_seen and "text" not in resolver.keys:
            held.append(InputError(where, f"row has no text (field {text_column!r} is missing or empty)"))
            without_text.append(where)
            fields_seen.update(dict.fromkeys(record.keys()))
            if len(without_text) >= MISSING_TEXT_SAMPLE:
                break
            continue
        if not text_seen:
            text_seen = True
            yield from held
            held.clear()
        yield record_to_document(record, resolver, path=path, stem=stem, row=number, fmt="jsonl", text_column=text_column)
    if without_text and not text_seen:
        shown = ", ".join(repr(f) for f in fields_seen) or "none"
        yield InputError(
            str(path),
            f"no text field {text_column!r} in the first {len(without_text)} records (fields: {shown}); "
            "name the text field with --map text=<field>",
        )
        return
    yield from held
    if not count:
        yield InputError(str(path), "no JSON records in file (only blank lines)")


def _jsonl_records(path: Path, settings: Settings, stream) -> Iterator[InputError | tuple[int, Any]]:
    for number, line in iter_text_lines(stream, settings.max_record_bytes):
        where = f"{path}#{number}"
        if line is None:
            yield InputError(where, f"line is over the {size_text(settings.max_record_bytes)} record limit")
            continue
        line = line.strip()
        if not line:
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, _json_error(exc))
        except RecursionError:
            yield InputError(where, "broken JSON: nested too deeply")


def _json_array_records(path: Path, settings: Settings, stream) -> Iterator[InputError | tuple[int, Any]]:
    # A whole-file array cannot be streamed with the standard library: limit it like a page.
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        yield InputError(str(path), f"JSON array file is {size_text(size)}, over the {size_text(settings.max_file_bytes)} limit; "
                         "write it as JSON Lines (one object per line) to read it")
        return
    try:
        records = json.loads(decode_bytes(stream.read()))
    except json.JSONDecodeError as exc:
        yield InputError(str(path), f"{_json_error(exc)} on line {exc.lineno}")
        return
    except RecursionError:
        yield InputError(str(path), "broken JSON: nested too deeply")
        return
    if not records:
        yield InputError(str(path), "JSON array is empty")
        return
    yield from enumerate(records, start=1)


# --------------------------------------------------------------------------- CSV


def _decoded_lines(stream, limit: int, oversized: list[int]) -> Iterator[str]:
    """The lines of ``stream``; a line over ``limit`` becomes an empty line (never held in
    memory) and its number is appended to ``oversized`` so the row spanning it is refused."""
    for number, line in iter_text_lines(stream, limit):
        if line is None:
            oversized.append(number)
            yield "\n"
            continue
        yield line


def sniff_delimiter(header: str, suffix: str) -> str:
    """The delimiter: tab for .tsv, else the most frequent of , ; tab | in the header line."""
    if suffix == ".tsv":
        return "\t"
    counts = {d: header.count(d) for d in CSV_DELIMITERS}
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(
    path: Path, stem: str, field_map: Mapping[str, str], settings: Settings
) -> Iterator[RawDocument | InputError]:
    """One RawDocument per data row of a CSV/TSV file (header row first)."""
    # field_size_limit is process-wide: only ever raise it.
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_record_bytes))
    text_column = field_map.get("text", "text")
    row = 0
    oversized: list[int] = []
    with open(path, "rb") as stream:
        lines = _decoded_lines(stream, settings.max_record_bytes, oversized)
        try:
            first = next(lines, None)
            if oversized:
                yield InputError(str(path), f"the header line is over the {size_text(settings.max_record_bytes)} record limit")
                return
            if first is None or not first.strip():
                yield InputError(str(path), "no header row (the first line is empty)")
                return
            first = first.lstrip("\ufeff")
            delimiter = sniff_delimiter(first, path.suffix.lower())
            reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
            header = [c.strip() for c in next(reader)]
            resolver = ColumnResolver(header, field_map)
            if "text" not in resolver.keys:
                shown = ", ".join(repr(c) for c in header if c) or "none"
                yield InputError(
                    str(path),
                    f"no text column {text_column!r} (columns: {shown}); name the text column with "
                    f"--map text=<column>",
                )
                return
            if resolver.missing_mapped:
                log.warning("%s: mapped column(s) not in the header: %s", path, ", ".join(resolver.missing_mapped))
            positions = {column: i for i, column in reversed(list(enumerate(header)))}
            last_line = reader.line_num
            for cells in reader:
                last_line = reader.line_num
                cut = [n for n in oversized if n <= last_line]  # lines are read in order
                del oversized[: len(cut)]
                if cut:
                    # the row lost a line to the limit: refuse it whole rather than keep part of it
                    row += 1
                    yield InputError(
                        f"{path}#{row}",
                        f"row is over the {size_text(settings.max_record_bytes)} record limit (line {cut[0]})",
                    )
                    continue
                if not cells or all(not c.strip() for c in cells):
                    continue  # blank line, not a data row
                row += 1
                record = {column: cells[i] for column, i in positions.items() if i < len(cells)}
                yield record_to_document(
                    record, resolver, path=path, stem=stem, row=row, fmt="csv", text_column=text_column
                )
        except csv.Error as exc:
            yield InputError(f"{path}#{row + 1}", f"CSV cannot be parsed here ({exc}); stopped reading this file here")
            return
    if row == 0:
        yield InputError(str(path), "CSV has a header but no data rows")
