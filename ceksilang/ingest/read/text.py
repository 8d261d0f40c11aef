"""Plain-text articles (``.txt``, ``.md``, no extension): the whole file is one article.

A file with more than 1% NUL bytes is binary and refused; a few stray NULs (a broken copy or
export) are dropped from the text, which is otherwise kept as is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ceksilang.model import InputError, RawDocument, Source
from ceksilang.ingest.read.decode import BINARY_SNIFF_BYTES, BINARY_NUL_RATIO, decode_bytes, drop_nuls, looks_binary, normalize_newlines

BINARY_REASON = "binary file, not text"


def bytes_to_text(data: bytes) -> str | None:
    """Decoded, newline-normalised text of a whole file, or None when the bytes are not text."""
    if looks_binary(data[:BINARY_SNIFF_BYTES]):
        return None
    text = decode_bytes(data)
    if text.count("\x00") > max(1, len(text) * BINARY_NUL_RATIO):  # binary past the sniffed head
        return None
    return normalize_newlines(drop_nuls(text))


def read_text(path: Path, doc_id: str, data: bytes) -> Iterator[RawDocument | InputError]:
    """One RawDocument with the file's text, id ``doc_id`` (the file stem)."""
    text = bytes_to_text(data)
    if text is None:
        yield InputError(str(path), BINARY_REASON)
        return
    if not text.strip():
        yield InputError(str(path), "empty file (only whitespace)")
        return
    yield RawDocument(id=doc_id, source=Source(str(path)), text=text, format="text")
