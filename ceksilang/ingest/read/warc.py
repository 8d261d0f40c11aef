"""Web archives (``.warc``, ``.warc.gz``): each HTML response record is read like an HTML page.

The record's ``WARC-Target-URI`` is the document id and ``Source.record``. Requests,
metadata, redirects, images and other non-HTML records are not articles: they are skipped
and counted in a debug log line. A truncated or corrupt archive yields the records read so
far, then one error naming the file and the problem.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from ceksilang.model import InputError, RawDocument, Source
from ceksilang.settings import Settings
from ceksilang.ingest.read.decode import size_text
from ceksilang.ingest.read.html import decode_html, extract_page, no_article_reason, page_to_document

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
# A record is skipped by streaming through it (memory stays flat); one that inflates past
# this is a gzip bomb, not an archived page: the archive is not read further.
MAX_INFLATED_RECORD_BYTES = 1 << 30


class _RecordTooLarge(Exception):
    pass


def _content_type(record) -> str:
    headers = record.http_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return (value or "").split(";", 1)[0].strip().lower()


def read_warc(path: Path, settings: Settings) -> Iterator[RawDocument | InputError]:
    """One RawDocument per HTML ``response`` record of the archive."""
    skipped: Counter[str] = Counter()
    records = 0
    with open(path, "rb") as stream:
        archive = ArchiveIterator(stream)
        end_of_last_record = 0
        while True:
            try:
                record = next(archive)
            except StopIteration:
                break
            except (AttributeError, TypeError, IndexError, KeyError, ValueError) as exc:
                # warcio trips over damaged headers (a response without WARC-Target-URI: AttributeError)
                log.debug("warcio failed on %s", path, exc_info=exc)
                yield InputError(str(path), f"WARC is truncated or corrupt after {records} records (the headers of record {records + 1} cannot be parsed)")
                return
            except Exception as exc:  # warcio raises several types for truncated/corrupt input
                yield InputError(str(path), f"WARC is truncated or corrupt after {records} records ({_describe(exc)})")
                return
            records += 1
            if record.rec_headers.get_header("Content-Length") is None:
                yield InputError(
                    str(path), f"WARC is truncated or corrupt after {records - 1} records (record {records} has no Content-Length)"
                )
                return
            try:
                item = _record_item(record, records, path, settings, skipped)
                missing = _drain(record)
                problem = f"record {records} ends {missing} bytes early"
            except _RecordTooLarge:
                yield InputError(
                    str(path),
                    f"record {records} inflates to over {size_text(MAX_INFLATED_RECORD_BYTES)} (a gzip bomb?); "
                    f"stopped reading this archive after {records - 1} records",
                )
                return
            except Exception as exc:  # zlib / parse errors inside a damaged record
                item, missing, problem = None, -1, _describe(exc)
            if missing:
                # The record is cut: its article (if any) is incomplete, so it is not yielded.
                yield InputError(str(path), f"WARC is truncated or corrupt after {records - 1} records ({problem})")
                return
            end_of_last_record = archive.get_record_offset() + archive.get_record_length()
            if item is not None:
                yield item
        # warcio ends quietly when a record's headers are cut off: what is left after the last
        # whole record must be nothing but the blank lines between records.
        stream.seek(end_of_last_record)
        tail = stream.read(1 << 16)
        if tail.strip(b"\r\n\t "):
            left = os.fstat(stream.fileno()).st_size - end_of_last_record
            yield InputError(
                str(path), f"WARC is truncated or corrupt after {records} records ({left} bytes after the last whole record cannot be read)"
            )
            return
    if skipped:
        log.debug("%s: skipped %d non-article records: %s", path, sum(skipped.values()), dict(skipped))
    if records == 0:
        yield InputError(str(path), "WARC has no records")
    elif records == sum(skipped.values()):
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(skipped.items()))
        yield InputError(str(path), f"WARC has no HTML response records (skipped {kinds})")


def _record_item(
    record, number: int, path: Path, settings: Settings, skipped: Counter[str]
) -> RawDocument | InputError | None:
    """The document (or error) of one record, None for a record that is not an article."""
    if record.rec_type != "response":
        skipped[record.rec_type or "unknown"] += 1
        return None
    content_type = _content_type(record)
    if content_type not in HTML_TYPES:
        skipped[f"response {content_type or 'without type'}"] += 1
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("WARC-Record-ID")
    uri = uri or f"record-{number}"
    where = f"{path}@{uri}"
    body = record.content_stream().read(settings.max_record_bytes + 1)
    if len(body) > settings.max_record_bytes:
        return InputError(where, f"record is over the {size_text(settings.max_record_bytes)} record limit")
    html = decode_html(body)
    page = extract_page(html, url=uri, min_line_words=settings.min_article_line_words)
    if page is None:
        return InputError(where, no_article_reason(html))
    return page_to_document(page, uri, Source(str(path), record=uri), "warc")


def _drain(record) -> int:
    """Read what is left of the record; the number of bytes its Content-Length promised but
    the file does not have (0 for a whole record)."""
    stream = record.raw_stream
    drained = 0
    while chunk := stream.read(1 << 16):
        drained += len(chunk)
        if drained > MAX_INFLATED_RECORD_BYTES:
            raise _RecordTooLarge
    return max(getattr(stream, "limit", 0) or 0, 0)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
