"""Polite HTTP fetching: robots.txt, a per-host pace, retries, bounded redirects and size, conditional GETs.

``Fetcher.fetch(url, etag, last_modified)`` gives a ``Fetched``: the body (or none on a 304: the
page did not change and nothing was downloaded), the validators to send next time, the archived
copy, or ``error`` with a reason a person can act on. It never raises for a bad URL or a bad
server. What it does, in order, for every hop of a redirect chain:

* robots.txt of the host is read once per ``Fetcher`` (401/403: the whole host is off limits;
  other 4xx: no rules; unreachable or 5xx: the host is not fetched this time, as RFC 9309 says);
* requests to one host are spaced ``settings.fetch_host_interval`` seconds apart;
* 429 and 5xx answers, timeouts and dropped connections are retried ``settings.fetch_retries``
  times, waiting ``fetch_backoff`` seconds doubled each time, or the server's ``Retry-After``
  when that is longer (up to ``fetch_max_wait``);
* the body is streamed and abandoned past ``settings.fetch_max_bytes`` (a declared
  ``Content-Length`` over it is refused before reading);
* redirects are followed by hand, at most ``fetch_max_redirects``, and a loop is named as one;
* every response read is written to the WARC archive (``archive``), with the request time.
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ceksilang.ingest.read.decode import size_text
from ceksilang.ingest.read.html import decode_html, extract_page, no_article_reason, page_to_document
from ceksilang.model import InputError, RawDocument, Source
from ceksilang.settings import DEFAULT, Settings
from ceksilang.watch.archive import ArchiveRef, WarcArchive, utc_now

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(slots=True)
class Fetched:
    """The outcome of fetching one URL."""

    url: str  # as asked
    final_url: str | None = None  # after redirects
    status: int = 0  # the last HTTP status read (0: none)
    body: bytes | None = None
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    archive: ArchiveRef | None = None
    fetched_at: str = ""
    error: str | None = None
    location: str | None = None  # of a redirect

    @property
    def not_modified(self) -> bool:
        return self.status == 304 and self.error is None


def is_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), "", "", ""))


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Fetcher:
    """Fetches pages politely (see the module docstring). Use as a context manager or call ``close()``."""

    def __init__(self, settings: Settings = DEFAULT, archive: WarcArchive | None = None,
                 client: httpx.Client | None = None, sleep: Callable[[float], None] = time.sleep):
        self.settings = settings
        self.archive = archive
        self.sleep = sleep
        timeout = httpx.Timeout(settings.fetch_timeout)
        self.client = client or httpx.Client(timeout=timeout, follow_redirects=False,
                                             headers={"User-Agent": settings.user_agent})
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()

    # -- context manager
    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- politeness
    def _pace(self, origin: str) -> None:
        with self._lock:
            last = self._last_request.get(origin)
            wait = 0.0 if last is None else last + self.settings.fetch_host_interval - time.monotonic()
            if wait > 0:
                self.sleep(wait)
            self._last_request[origin] = time.monotonic()

    def robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids ``url`` to us, or None when it may be fetched."""
        origin = _origin(url)
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._read_robots(origin)
            self._robots[origin] = rules
        if isinstance(rules, str):
            return rules
        if not rules.can_fetch(self.settings.user_agent, url):
            return f"robots.txt of {origin} disallows it"
        return None

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        self._pace(origin)
        try:
            response = self.client.get(origin + "/robots.txt")
        except httpx.HTTPError as exc:
            return f"robots.txt of {origin} could not be read ({type(exc).__name__}); not fetched this time"
        if response.status_code in (401, 403):
            return f"robots.txt of {origin} answers {response.status_code}: the site is off limits"
        if response.status_code >= 500:
            return f"robots.txt of {origin} answers {response.status_code}; not fetched this time"
        if response.status_code >= 400:
            parser.parse([])  # no robots.txt: no rules
        else:
            parser.parse(response.content[:512 * 1024].decode("utf-8", "replace").splitlines())
        return parser

    # -- fetching
    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` (conditionally, when validators are given), following redirects."""
        result = Fetched(url=url)
        if not is_url(url):
            result.error = "not an http(s) URL"
            return result
        seen = {url}
        current = url
        for _ in range(self.settings.fetch_max_redirects + 1):
            refusal = self.robots_refusal(current)
            if refusal:
                result.error = refusal
                return result
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            self._get(current, headers, result)
            if result.error or result.status not in _REDIRECTS:
                return result
            location = result.location
            if not location:
                result.error = f"HTTP {result.status} redirect without a Location"
                return result
            nxt = urljoin(current, location)
            if nxt in seen:
                result.error = f"redirect loop: {nxt} again after {len(seen)} hops"
                return result
            if not is_url(nxt):
                result.error = f"redirect to a non-http(s) address: {nxt[:200]}"
                return result
            seen.add(nxt)
            current = nxt
            etag = last_modified = None  # validators belong to the page asked for
        result.error = f"more than {self.settings.fetch_max_redirects} redirects"
        return result

    def _get(self, url: str, headers: dict[str, str], result: Fetched) -> None:
        """One hop, with retries; fills ``result``."""
        s = self.settings
        origin = _origin(url)
        attempts = s.fetch_retries + 1
        for attempt in range(attempts):
            self._pace(origin)
            result.fetched_at = utc_now()
            try:
                asked = self._exchange(url, headers, result)
                wait = None if asked is None else max(asked, s.fetch_backoff * 2 ** attempt)
            except httpx.TimeoutException:
                wait, result.error = s.fetch_backoff * 2 ** attempt, f"timed out after {s.fetch_timeout:g} s"
            except httpx.HTTPError as exc:
                wait, result.error = s.fetch_backoff * 2 ** attempt, f"connection failed: {type(exc).__name__}: {exc}"
            if wait is None:
                return
            if attempt + 1 >= attempts:
                result.error = (result.error or f"HTTP {result.status}") + f" ({attempts} attempts)"
                return
            if wait > s.fetch_max_wait:
                result.error = f"{result.error or f'HTTP {result.status}'}; the server asks to wait {wait:.0f} s"
                return
            log.info("retrying %s in %.2f s (%s)", url, wait, result.error or result.status)
            self.sleep(wait)
            result.error = None

    def _exchange(self, url: str, headers: dict[str, str], result: Fetched) -> float | None:
        """Send one request and read the answer: None when done, else a retry is due (the seconds the
        server's Retry-After asks for, 0 when it says nothing)."""
        s = self.settings
        request = self.client.build_request("GET", url, headers=headers)
        response = self.client.send(request, stream=True)
        try:
            result.status = response.status_code
            result.final_url = str(response.url)
            result.content_type = (response.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
            declared = response.headers.get("content-length")
            body = bytearray()
            too_large = declared is not None and declared.isdigit() and int(declared) > s.fetch_max_bytes
            if not too_large:
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > s.fetch_max_bytes:
                        too_large = True
                        break
        finally:
            response.close()
        if too_large:
            result.error = f"the page is larger than {size_text(s.fetch_max_bytes)}; not read past that"
            return None
        if self.archive is not None:
            result.archive = self.archive.write(url, result.fetched_at, response.status_code, response.reason_phrase,
                                                list(response.headers.items()), bytes(body),
                                                list(request.headers.items()))
        status = response.status_code
        result.location = response.headers.get("location")
        if status == 429 or status >= 500:
            result.error = f"HTTP {status} {response.reason_phrase}".strip()
            return retry_after_seconds(response.headers.get("retry-after")) or 0.0
        if status in _REDIRECTS or status == 304:
            return None
        if status >= 400:
            result.error = f"HTTP {status} {response.reason_phrase}".strip()
            return None
        result.body = bytes(body)
        result.etag = response.headers.get("etag")
        result.last_modified = response.headers.get("last-modified")
        return None


def fetched_to_document(fetched: Fetched, settings: Settings = DEFAULT) -> RawDocument | InputError:
    """The article of a fetched page, read as an HTML file is (trafilatura); its id and source are the URL asked for."""
    if fetched.error:
        return InputError(fetched.url, fetched.error)
    if fetched.body is None:
        return InputError(fetched.url, f"HTTP {fetched.status}: no page to read")
    if fetched.content_type and fetched.content_type not in HTML_TYPES:
        return InputError(fetched.url, f"not an HTML page (Content-Type {fetched.content_type})")
    html = decode_html(fetched.body)
    page = extract_page(html, url=fetched.final_url or fetched.url, min_line_words=settings.min_article_line_words)
    if page is None:
        return InputError(fetched.url, no_article_reason(html))
    return page_to_document(page, fetched.url, Source(fetched.url), "html")


__all__ = ["Fetcher", "Fetched", "fetched_to_document", "is_url", "retry_after_seconds", "HTML_TYPES"]
