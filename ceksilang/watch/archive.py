"""Evidence: every HTTP response ceksilang reads is kept in a WARC file, with the time it was asked for.

One process writes one file (``ceksilang-<UTC time>-<pid>.warc.gz`` in the archive folder), one
gzip member per record, so a record can be read back from its byte offset alone and a file cut
short by a crash loses only its last, unreferenced record. Each response record is followed by
the request that produced it (``WARC-Concurrent-To`` ties them); ``WARC-Date`` is the time the
request was sent, not the time the body finished arriving.

The body is stored as the application received it: httpx has already undone any
``Content-Encoding``, so that header is dropped and ``Content-Length`` is the stored length
(what a replay needs to show the page).
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# headers describing the bytes on the wire, which are not the bytes we store
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


@dataclass(frozen=True, slots=True)
class ArchiveRef:
    """Where one archived response is: the WARC file (a path) and the record's byte offset."""

    warc: str
    offset: int
    fetched_at: str  # ISO 8601 UTC, when the request was sent


@dataclass(slots=True)
class ArchivedResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class WarcArchive:
    """Appends request/response pairs to this process's WARC file in ``folder``."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        self.path = self.folder / f"ceksilang-{stamp}-{os.getpid()}.warc.gz"
        self._stream: io.BufferedWriter | None = None
        self._lock = threading.Lock()

    def write(self, url: str, fetched_at: str, status: int, reason: str, headers: list[tuple[str, str]],
              body: bytes, request_headers: list[tuple[str, str]]) -> ArchiveRef:
        """Archive one exchange; the returned reference is durable once this returns (flushed and synced)."""
        with self._lock:
            if self._stream is None:
                self._stream = open(self.path, "ab")
            writer = WARCWriter(self._stream, gzip=True)
            kept = [(k, v) for k, v in headers if k.lower() not in _WIRE_HEADERS]
            kept.append(("Content-Length", str(len(body))))
            http = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
            warc_date = fetched_at[:19] + "Z"  # WARC/1.0 dates are to the second; the store keeps the microseconds
            response = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                 warc_headers_dict={"WARC-Date": warc_date})
            path = url.split("://", 1)[-1]
            target = "/" + path.split("/", 1)[1] if "/" in path else "/"
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", request_headers, is_http_request=True),
                warc_headers_dict={"WARC-Date": warc_date,
                                   "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")})
            self._stream.seek(0, os.SEEK_END)
            offset = self._stream.tell()
            writer.write_record(response)
            writer.write_record(request)
            self._stream.flush()
            os.fsync(self._stream.fileno())
            return ArchiveRef(str(self.path), offset, fetched_at)

    def close(self) -> None:
        with self._lock:
            if self._stream is not None:
                self._stream.close()
                self._stream = None

    def __enter__(self) -> WarcArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_archived(warc: str | Path, offset: int, max_bytes: int = 50 * 1024 * 1024) -> ArchivedResponse:
    """The response record at ``offset`` of ``warc``; OSError / ValueError when it is not there."""
    with open(warc, "rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)), None)
        if record is None or record.rec_type != "response" or record.http_headers is None:
            raise ValueError(f"{warc}@{offset}: no archived response there")
        body = record.content_stream().read(max_bytes)
        status_line = record.http_headers.get_statuscode() or "0"
        return ArchivedResponse(
            url=record.rec_headers.get_header("WARC-Target-URI") or "",
            status=int(status_line) if status_line.isdigit() else 0,
            headers=list(record.http_headers.headers),
            body=body,
            fetched_at=record.rec_headers.get_header("WARC-Date") or "",
        )
