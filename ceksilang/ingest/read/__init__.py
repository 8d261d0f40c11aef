"""Read stage: files and folders in, ``RawDocument``s and ``InputError``s out.

Every input ends up either as a RawDocument or as an InputError that names it (the file,
``file#row`` for a CSV row or JSONL line, ``file@uri`` for a WARC record) with a reason a
person can act on; one bad input never stops the others and nothing is raised for bad
data. Each file yields at least one item.

Formats are chosen by extension, and by sniffing the first bytes when the extension is
missing or unknown:

=====================================  ==========  ====================================
extension                              format      one document per
=====================================  ==========  ====================================
``.txt`` ``.md`` ``.text``, none       text        file (id = file stem)
``.html`` ``.htm`` ``.xhtml``          html        file (id = file stem)
``.jsonl`` ``.ndjson`` ``.json``       jsonl       line (id = ``id`` field or ``stem#line``)
``.csv`` ``.tsv``                      csv         data row (id = ``id`` or ``stem#row``)
``.warc`` ``.warc.gz``                 warc        HTML response record (id = target URI)
=====================================  ==========  ====================================

Text files over ``settings.max_file_bytes`` and HTML pages over ``settings.max_record_bytes``
(a page is one record, as in a WARC) are refused from their size alone (they are never read);
JSONL, CSV and WARC are streamed and limited per record (``settings.max_record_bytes``): an
oversized row or record is refused and the rest of the file is read.

Ids are unique within one ``iter_inputs`` run: when two files in different folders share a
stem, the second one's stem becomes ``<stem>~<hash>`` (the first 8 hex digits of the SHA-1
of its path as given), and so do the row ids built on it (``<stem>~<hash>#<row>``). Any
other repeated id (two CSV rows with the same ``id`` value, the same URL archived twice)
gets ``~<hash>`` of its ``Source.key()`` the same way. Files are read in the order of
:func:`iter_input_files`, so the renaming is the same on every run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from ceksilang.model import InputError, RawDocument
from ceksilang.settings import DEFAULT, Settings
from ceksilang.ingest.read.decode import looks_binary, size_text
from ceksilang.ingest.read.html import read_html
from ceksilang.ingest.read.tabular import check_field_map, read_csv, read_jsonl
from ceksilang.ingest.read.text import read_text
from ceksilang.ingest.read.warc import read_warc

log = logging.getLogger(__name__)

__all__ = ["iter_inputs", "iter_input_files", "list_input_files", "read_file", "detect_format"]

EXTENSION_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".warc": "warc",
}
# Formats streamed record by record: only each record is size-limited, not the file.
STREAMED_FORMATS = frozenset({"jsonl", "csv", "warc"})
SNIFF_BYTES = 4096
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", errors="surrogateescape")).hexdigest()[:8]


def _stem(path: Path) -> str:
    name = path.name
    for double in (".warc.gz",):
        if name.lower().endswith(double):
            return name[: -len(double)]
    return path.stem


# --------------------------------------------------------------------------- listing


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name == "__MACOSX"


def _walk_sorted(folder: Path, skip: frozenset[str]) -> Iterator[Path | InputError]:
    """The files under ``folder`` in path order, hidden names and the paths in ``skip`` left
    out; an error for each folder that cannot be listed, where it would have been read.

    Only the names of the folders on the way down are held, not the whole tree's paths (about
    500 bytes a file as one sorted list: 500 MB for a million saved pages). Sorting each
    folder's names and going down into a subfolder where its name falls gives the same order
    as sorting every path.
    Symbolic links to folders are not followed (``os.walk``'s default, kept).
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(((e.name, e.is_dir(), e.is_symlink()) for e in listing if not _is_hidden(e.name)))
    except OSError as exc:
        yield InputError(str(exc.filename or folder), f"cannot list folder: {exc.strerror or exc}")
        return
    for name, is_dir, is_link in entries:
        path = folder / name
        if os.path.abspath(path) in skip:
            continue
        if not is_dir:
            yield path
        elif not is_link:
            yield from _walk_sorted(path, skip)


def _plan(paths: Sequence[str | Path]) -> Iterator[Path | InputError]:
    """Each file to read once, in order; an error for a folder with nothing in it.

    A file is read once however many arguments reach it: a later argument inside an earlier
    folder (or equal to an earlier argument) is skipped, and a later folder's walk leaves out
    the earlier arguments. Only the arguments are remembered, not the files.
    """
    given_before: list[str] = []
    for given in paths:
        path = Path(given)
        key = os.path.abspath(path)
        inside_earlier = any(key == before or key.startswith(before.rstrip(os.sep) + os.sep)
                             for before in given_before if before == key or os.path.isdir(before))
        if inside_earlier:
            continue
        if path.is_dir():
            listed = False
            for found in _walk_sorted(path, frozenset(given_before)):
                listed = True
                yield found
            if not listed:
                yield InputError(str(given), "folder has no files to read")
        else:
            yield path  # kept even when missing: reading it reports the problem
        given_before.append(key)


def iter_input_files(paths: Sequence[str | Path]) -> Iterator[Path]:
    """The files to read: arguments in the order given, each folder expanded recursively with
    its files sorted by path, hidden files and folders (``.name``) skipped, each file once.

    A path that does not exist is kept, so that reading it reports the problem.
    """
    return (p for p in _plan([paths] if isinstance(paths, (str, Path)) else paths) if isinstance(p, Path))


def list_input_files(paths: Sequence[str | Path]) -> list[Path]:
    """``iter_input_files`` as a list."""
    return list(iter_input_files(paths))


# --------------------------------------------------------------------------- format


def _sniff(head: bytes) -> str:
    """The format of a file without a known extension, from its first bytes."""
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return "binary"
        return "warc" if inner.startswith(b"WARC/") else "binary"
    if head.startswith(b"WARC/"):
        return "warc"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"<") and any(marker in lowered for marker in _HTML_MARKERS):
        return "html"
    if lowered.startswith(b"{"):
        return "jsonl"
    return "text"


def detect_format(path: Path, head: bytes | None = None) -> str:
    """``text`` | ``html`` | ``jsonl`` | ``csv`` | ``warc`` (or ``binary`` for an unknown compressed file).

    The extension decides; without a known one, the first bytes (``head``, read if not given).
    """
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    fmt = EXTENSION_FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    if head is None:
        with open(path, "rb") as stream:
            head = stream.read(SNIFF_BYTES)
    return _sniff(head)


# --------------------------------------------------------------------------- reading


def _unreadable(path: Path) -> InputError | None:
    """Why ``path`` cannot be read as a file, or None when it is a non-empty regular file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return InputError(str(path), f"broken symbolic link (its target {os.readlink(path)!r} does not exist)")
        return InputError(str(path), "no such file or folder")
    except PermissionError:
        return InputError(str(path), "permission denied (cannot look at the file)")
    except OSError as exc:
        return InputError(str(path), f"cannot read: {exc.strerror or exc}")
    if stat.S_ISDIR(info.st_mode):
        return InputError(str(path), "is a folder, not a file (pass it to iter_inputs to read the files in it)")
    if not stat.S_ISREG(info.st_mode):
        return InputError(str(path), "not a regular file (a device, pipe or socket)")
    if info.st_size == 0:
        return InputError(str(path), "empty file")
    if not os.access(path, os.R_OK):
        return InputError(str(path), "permission denied (the file is not readable)")
    return None


def _read(path: Path, stem: str, field_map: Mapping[str, str], settings: Settings) -> Iterator[RawDocument | InputError]:
    problem = _unreadable(path)
    if problem:
        yield problem
        return
    size = path.stat().st_size
    with open(path, "rb") as stream:
        head = stream.read(SNIFF_BYTES)
    fmt = detect_format(path, head)
    if fmt == "binary":
        yield InputError(str(path), "binary file, not text (compressed, and not a WARC)")
        return
    if fmt not in STREAMED_FORMATS and size > settings.max_file_bytes:
        yield InputError(str(path), f"file is {size_text(size)}, over the {size_text(settings.max_file_bytes)} limit")
        return
    if fmt == "html" and size > settings.max_record_bytes:
        # one page is one record, limited like a WARC record: parsing a 45 MB page took 75 s
        # and 1.4 GB of memory (docs/reliability.md), and no news page comes near 10 MB
        yield InputError(str(path), f"HTML page is {size_text(size)}, over the {size_text(settings.max_record_bytes)} page limit")
        return
    if fmt == "warc":
        yield from read_warc(path, settings)
        return
    if fmt in ("jsonl", "csv"):
        if looks_binary(head):
            yield InputError(str(path), "binary file, not text")
            return
        reader = read_csv if fmt == "csv" else read_jsonl
        yield from reader(path, stem, field_map, settings)
        return
    data = path.read_bytes()
    if fmt == "html":
        yield from read_html(path, stem, data, settings)
    else:
        yield from read_text(path, stem, data)


def _guarded(path: Path, items: Iterator[RawDocument | InputError]) -> Iterator[RawDocument | InputError]:
    """Turn any exception while reading ``path`` into an InputError, after what was read."""
    try:
        yield from items
    except PermissionError:
        yield InputError(str(path), "permission denied (the file is not readable)")
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug or a library choking on odd input: report, go on
        log.debug("reading %s failed", path, exc_info=True)
        yield InputError(str(path), f"could not be read ({type(exc).__name__}: {exc})")


def read_file(
    path: Path, field_map: Mapping[str, str] | None = None, settings: Settings = DEFAULT
) -> Iterator[RawDocument | InputError]:
    """The documents (or errors) of one file; ids are built on the file's stem as is."""
    path = Path(path)
    mapping = check_field_map(field_map)
    return _guarded(path, _read(path, _stem(path), mapping, settings))


def iter_inputs(
    paths: Sequence[str | Path], field_map: Mapping[str, str] | None = None, settings: Settings = DEFAULT,
    on_file: Callable[[Path], None] | None = None,
) -> Iterator[RawDocument | InputError]:
    """Every document (or error) of every file under ``paths``, with ids unique in the run.

    ``field_map`` renames fields for CSV/JSONL (``{"text": "clean_text"}``); an unknown field
    name in it raises ValueError at once (a usage error, not bad data). Nothing else raises.
    ``on_file`` is called with each file as its reading starts (a progress bar's hook).
    """
    mapping = check_field_map(field_map)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return _iter_inputs(list(paths), mapping, settings, on_file)


class _NamesGiven:
    """The file stems and document ids given out so far in one run, kept on disk.

    Sets of them grew with the input, by about 110 bytes a record: 131 MB of the reader's memory
    after a million records, the one thing in ``ingest``'s main process that grew. SQLite's
    private temporary database keeps a small page cache in memory and the rest in a file removed
    on close.
    """

    def __init__(self) -> None:
        # the generator using it may be resumed from another thread (a progress bar's)
        self._conn = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=OFF")
        self._conn.execute("CREATE TABLE given (kind TEXT, name TEXT, PRIMARY KEY (kind, name)) WITHOUT ROWID")

    def take(self, kind: str, name: str) -> bool:
        """Record ``name`` (a "stem" or an "id"); False when it was already given out."""
        return self._conn.execute("INSERT OR IGNORE INTO given VALUES (?, ?)", (kind, name)).rowcount == 1

    def close(self) -> None:
        self._conn.close()


def _iter_inputs(paths: list[str | Path], mapping: dict[str, str], settings: Settings,
                 on_file: Callable[[Path], None] | None) -> Iterator[RawDocument | InputError]:
    given = _NamesGiven()
    try:
        for path in _plan(paths):
            if isinstance(path, InputError):
                yield path
                continue
            if on_file:
                on_file(path)
            stem = _stem(path)
            if not given.take("stem", stem):
                stem = f"{stem}~{_short_hash(str(path))}"
                given.take("stem", stem)
            for item in _guarded(path, _read(path, stem, mapping, settings)):
                if isinstance(item, RawDocument) and not given.take("id", item.id):
                    item.id = f"{item.id}~{_short_hash(item.source.key())}"
                    given.take("id", item.id)
                yield item
    finally:
        given.close()
