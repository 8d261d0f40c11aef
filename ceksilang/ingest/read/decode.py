"""Bytes to text for every reader: UTF-8 first, cp1252 for the bytes that are not UTF-8.

Indonesian scraped corpora mix encodings: a file saved from Excel is cp1252, a row pasted
from a web page is UTF-8, and both end up in one CSV. Decoding the whole file with one
codec turns one half into mojibake or U+FFFD. Here every valid UTF-8 sequence is read as
UTF-8 and every byte that is not (``\\x93`` opening quote, ``\\xe9`` e-acute, ...) as cp1252,
so a file with mixed lines - or mixed bytes within a line - decodes without replacement
characters. The five bytes cp1252 leaves undefined fall back to latin-1 (their own code
point), so decoding never fails.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

ERROR_HANDLER = "ceksilang-cp1252"

# Byte -> character for the bytes UTF-8 rejects: cp1252 where defined, latin-1 otherwise.
_CP1252_OR_LATIN1 = tuple(
    bytes([b]).decode("cp1252", errors="strict") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
    for b in range(256)
)

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Control bytes that do not occur in text (tab, newlines, form feed and ESC do).
_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 11, 12, 13, 27} | {127}
BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_RATIO = 0.10
# A few stray NULs occur in scraped text (a bad copy, a broken export): over this share of
# the sniffed bytes the file is binary (UTF-16 without a BOM is ~50% NULs, a PNG ~10%).
BINARY_NUL_RATIO = 0.01


def size_text(n: int) -> str:
    """A byte count as people read it in an error message: "200 MB", "512 kB", "80 bytes"."""
    if n >= 1024 * 1024 * 1024:
        return f"{n / (1024 * 1024 * 1024):.3g} GB"
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.3g} MB"
    if n >= 1024:
        return f"{n / 1024:.3g} kB"
    return f"{n} bytes"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_CP1252_OR_LATIN1[b] for b in bad), exc.end


codecs.register_error(ERROR_HANDLER, _cp1252_fallback)


def decode_bytes(data: bytes) -> str:
    """Text of ``data``: UTF-8 where valid, cp1252 (then latin-1) byte by byte where not.

    A leading UTF-8 BOM is dropped; a UTF-16 BOM switches to UTF-16. Never raises and never
    produces U+FFFD for bytes that were not already U+FFFD in the input.
    """
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff")
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")  # the fast, common case
    except UnicodeDecodeError:
        return data.decode("utf-8", errors=ERROR_HANDLER)


_NEWLINES = re.compile(r"\r\n?")


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` to ``\\n``, so offsets do not depend on the platform that wrote the file."""
    return _NEWLINES.sub("\n", text)


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text: over 1% NUL bytes, or over 10% control bytes
    (NULs included). A few stray NULs in text are not binary: readers drop them.

    A UTF-16 file (which has NULs) is text when it starts with its BOM.
    """
    if not head or head.startswith(_UTF16_BOMS):
        return False
    if head.count(b"\x00") > max(1, len(head) * BINARY_NUL_RATIO):
        return True
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return controls / len(head) > BINARY_CONTROL_RATIO


def drop_nuls(text: str) -> str:
    """``text`` without NUL characters: they carry nothing and truncate text in C libraries
    (lxml stops a page at the first one)."""
    return text.replace("\x00", "") if "\x00" in text else text


def iter_byte_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line bytes) for each line of ``stream``, 1-based, newline kept.

    A line longer than ``limit`` bytes is not kept in memory: it is skipped to its end and
    yielded as ``None`` so the caller can report it and go on.
    """
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def iter_text_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, str | None]]:
    """(line number, decoded line) for each line of ``stream``; None for a line over ``limit``.

    UTF-8/cp1252 line by line, or UTF-16 when the stream starts with its BOM (Excel's
    "Unicode text" export is a UTF-16 TSV).
    """
    head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
    if head not in _UTF16_BOMS:
        for number, raw in iter_byte_lines(stream, limit):
            yield number, None if raw is None else decode_bytes(raw)
        return
    text = io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline="")
    number = 0
    while line := text.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            while (rest := text.readline(1 << 20)) and not rest.endswith("\n"):
                pass
            yield number, None
            continue
        yield number, line.lstrip("\ufeff") if number == 1 else line
