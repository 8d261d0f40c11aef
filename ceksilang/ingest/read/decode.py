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
import unicodedata
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
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)  # bytes.translate deletes these
BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_RATIO = 0.10
# A few stray NULs occur in scraped text (a bad copy, a broken export): over this share of
# the sniffed bytes the file is binary (UTF-16 without a BOM is ~50% NULs, a PNG ~10%).
BINARY_NUL_RATIO = 0.01
# Bytes text does not have: control bytes, and bytes UTF-8 rejects that cp1252 cannot read as
# text either (see ``implausible_share``). Real text stays under 1.5% (the mixed cp1252/UTF-8
# rows of the hoax corpus: 1.0% on the worst row, 0.4% on the worst 8 kB; accent-heavy
# Portuguese/French in latin-1: 1.3%); random bytes come to 20-36%, and still 7% when as many
# bytes of ASCII words are mixed into them. A control-byte ratio alone (10%) sat right at what
# random bytes give (10.5%): one random buffer in ten was read as text.
BINARY_IMPLAUSIBLE_RATIO = 0.04
# Characters a UTF-16 text does not have: unpaired surrogates, private use, unassigned, controls.
BINARY_UTF16_IMPLAUSIBLE_RATIO = 0.02


def _text_like(char: str) -> bool:
    return char.isalpha() or unicodedata.category(char)[0] in "PZ"


# cp1252's reading of each byte UTF-8 rejects, as the lone surrogate surrogateescape gives it,
# when that reading is a letter, punctuation or a space: "é", "“", "—" in a cp1252 file
_TEXT_LIKE_ESCAPES = frozenset(
    chr(0xDC00 + b) for b in range(0x80, 0x100)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) and _text_like(bytes([b]).decode("cp1252"))
)
_ESCAPED_RUN = re.compile("[\udc80-\udcff]+")


def implausible_share(data: bytes) -> float:
    """The share of ``data`` that no text has: control bytes (not whitespace or ESC), and bytes
    UTF-8 rejects unless each stands alone or in a pair and cp1252 reads it as a letter,
    punctuation or a space (a cp1252 "é" or curly quote between ASCII letters; "çõ" in
    latin-1 Portuguese). Runs of three or more such bytes, or any that read as a symbol or a
    C1 control, are what random bytes look like."""
    if not data:
        return 0.0
    bad = len(data.translate(None, _NOT_CONTROL))
    escaped = data.decode("utf-8", errors="surrogateescape")
    for run in _ESCAPED_RUN.findall(escaped):
        if len(run) > 2 or any(c not in _TEXT_LIKE_ESCAPES for c in run):
            bad += len(run)
    return bad / len(data)


def _utf16_looks_binary(data: bytes) -> bool:
    # random bytes after a UTF-16 BOM decode to a scatter of code points, many of them private
    # use, unassigned or unpaired surrogates, which text never has
    text = data[:len(data) - len(data) % 2].decode("utf-16", errors="surrogatepass").lstrip("\ufeff")
    if not text:
        return False
    odd = sum(1 for c in text if unicodedata.category(c) in ("Cs", "Co", "Cn")
              or (unicodedata.category(c) == "Cc" and c not in "\t\n\r\x0b\x0c\x1b"))
    return odd / len(text) > BINARY_UTF16_IMPLAUSIBLE_RATIO


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
    """True for bytes that are not text: over 1% NUL bytes, over 10% control bytes (NULs
    included), or over 4% bytes no text has (``implausible_share``; three at least). A few stray NULs in text
    are not binary: readers drop them.

    A UTF-16 file (which has NULs) is text when it starts with its BOM and its characters are
    ones text has.
    """
    if not head:
        return False
    if head.startswith(_UTF16_BOMS):
        return _utf16_looks_binary(head)
    if head.count(b"\x00") > max(1, len(head) * BINARY_NUL_RATIO):
        return True
    controls = len(head.translate(None, _NOT_CONTROL))
    if controls / len(head) > BINARY_CONTROL_RATIO:
        return True
    # two odd bytes in a short text are a typo, not a binary file (random 64 bytes have 7 or more)
    share = implausible_share(head)
    return share > BINARY_IMPLAUSIBLE_RATIO and share * len(head) > 2


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
