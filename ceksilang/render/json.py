"""briefing.json: the documented, schema-validated shape (see docs/briefing-json.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from ceksilang import __version__
from ceksilang.model import Briefing

# Per-document lists that briefing.json flattens to top-level lists.
FLATTENED = ("mentions", "quotes", "quantities", "dates")
_INTERNAL = ("sentences",)


def briefing_header() -> dict[str, Any]:
    """The fields briefing.json opens with."""
    return {"version": __version__, "generated": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def document_record(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Take a document's ``to_dict()`` apart in place: its per-document lists (``FLATTENED``) are
    removed and returned, and internal fields dropped; what is left is its briefing.json record."""
    for key in _INTERNAL:
        record.pop(key, None)
    return {key: record.pop(key) for key in FLATTENED}


def briefing_stats(data: dict[str, Any]) -> dict[str, int]:
    """The ``stats`` of a briefing.json dict, counted from its lists."""
    return {
        "documents": len(data["documents"]),
        "errors": len(data["errors"]),
        "duplicates": sum(1 for d in data["documents"] if d.get("duplicate_of")),
        **{k: len(data[k]) for k in FLATTENED},
    }


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    documents = []
    flat: dict[str, list[dict[str, Any]]] = {k: [] for k in FLATTENED}
    for doc in sorted(briefing.documents, key=lambda d: d.id):
        d = doc.to_dict()
        for key, records in document_record(d).items():
            flat[key].extend(records)
        documents.append(d)
    data = {
        **briefing_header(),
        "documents": documents,
        "errors": [e.to_dict() for e in briefing.errors],
        "entities": [e.to_dict() for e in briefing.entities],
        **flat,
        "stories": [s.to_dict() for s in briefing.stories],
        "claims": [c.to_dict() for c in briefing.claims],
        "discrepancies": [x.to_dict() for x in briefing.discrepancies],
        "timeline": [t.to_dict() for t in briefing.timeline],
    }
    data["stats"] = briefing_stats(data)
    return data


# one encoder for every record: json.dumps with any option builds a new JSONEncoder per call,
# and the briefing's records are written (and stored in the scratch tables) by the hundred thousand
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False)
# JSONEncoder.encode builds its C encoder again on every call: built once here, the same text in
# two thirds of the time. It keeps no circular-reference marks (a record is a tree: dicts and lists
# from ``to_dict``), so a failed call leaves nothing behind for the next one.
_C_ENCODER = (json.encoder.c_make_encoder(None, _RECORD_ENCODER.default, json.encoder.encode_basestring, None,
                                          ": ", ", ", False, False, True)
              if json.encoder.c_make_encoder is not None else None)


def record_json(record: Any) -> str:
    """The JSON text briefing.json holds for a value: ``json.dumps(record, ensure_ascii=False)``."""
    if _C_ENCODER is None:
        return _RECORD_ENCODER.encode(record)
    return "".join(_C_ENCODER(record, 0))


def write_json_sections(header: dict[str, Any], sections: Iterable[tuple[str, Iterable[dict[str, Any]]]],
                        stats: dict[str, Any], path: str | Path) -> None:
    """briefing.json written one record at a time (one record a line), never held whole. A
    record's value may be an iterator (an entity's mentions): it is written as a list item by
    item, so a name found in a million documents is not held either. A record given as a ``str``
    is its JSON text already (``BriefingTables.iter_section(lazy=True)``) and is written as is."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("{\n")
        for key, value in header.items():
            fh.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        for name, records in sections:
            fh.write(f" {json.dumps(name)}: [")
            sep = "\n  "
            for record in records:
                fh.write(sep)
                _write_record(fh, record)
                sep = ",\n  "
            fh.write("\n ],\n" if sep != "\n  " else "],\n")
        fh.write(f' "stats": {json.dumps(stats)}\n}}\n')


def _write_record(fh: TextIO, record: dict[str, Any] | str) -> None:
    # the same text as json.dumps(record, ensure_ascii=False), iterators written as lists
    if isinstance(record, str):
        fh.write(record)
        return
    if not any(isinstance(v, Iterator) for v in record.values()):
        fh.write(record_json(record))
        return
    sep = "{"
    for key, value in record.items():
        fh.write(f"{sep}{record_json(key)}: ")
        if isinstance(value, Iterator):
            item_sep = "["
            for item in value:
                fh.write(item_sep)
                fh.write(record_json(item))
                item_sep = ", "
            fh.write("[]" if item_sep == "[" else "]")
        else:
            fh.write(record_json(value))
        sep = ", "
    fh.write("}")


def write_json(data: dict[str, Any], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
