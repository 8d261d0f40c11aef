"""Polite fetching against a scripted site on loopback: robots.txt, retries, redirects, size, 304s, WARC."""

from __future__ import annotations

import gzip
from dataclasses import replace

import pytest

from ceksilang.settings import DEFAULT
from ceksilang.watch.archive import WarcArchive, read_archived
from ceksilang.watch.fetch import Fetcher, fetched_to_document, retry_after_seconds
from ceksilang.model import InputError, RawDocument
from tests.watch_server import Reply, Site, article

FAST = replace(DEFAULT, fetch_timeout=0.5, fetch_retries=2, fetch_backoff=0.01, fetch_host_interval=0.0,
               fetch_max_bytes=256 * 1024)
PAGE = article("Banjir di Gorontalo", ["Sebanyak 1.200 warga mengungsi akibat banjir yang melanda Kota Gorontalo, Senin.",
                                         "“Kami siap membantu warga,” kata Kepala BPBD Hendra Pakaya kepada wartawan."])


@pytest.fixture
def site():
    s = Site().start()
    s.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    yield s
    s.stop()


@pytest.fixture
def fetcher(tmp_path):
    sleeps: list[float] = []
    with WarcArchive(tmp_path / "archive") as archive, Fetcher(FAST, archive, sleep=sleeps.append) as f:
        f.sleeps = sleeps
        yield f


def test_fetch_reads_page_names_itself_and_archives_it_with_the_request_time(site, fetcher):
    site.routes["/a"] = Reply(PAGE, etag='"v1"')
    got = fetcher.fetch(site.url("/a"))
    assert got.error is None and got.status == 200 and got.body == PAGE and got.etag == '"v1"'
    assert all(ua.startswith("ceksilang/") for ua in site.user_agents)
    archived = read_archived(got.archive.warc, got.archive.offset)
    assert archived.body == PAGE and archived.status == 200 and archived.url == site.url("/a")
    assert archived.fetched_at[:19] == got.fetched_at[:19]
    doc = fetched_to_document(got, FAST)
    assert isinstance(doc, RawDocument) and doc.id == site.url("/a") and "1.200 warga" in doc.text
    assert doc.title == "Banjir di Gorontalo"


def test_conditional_request_downloads_nothing_when_unchanged(site, fetcher):
    site.routes["/a"] = Reply(PAGE, etag='"v1"')
    first = fetcher.fetch(site.url("/a"))
    again = fetcher.fetch(site.url("/a"), etag=first.etag)
    assert again.not_modified and again.body is None
    assert site.fetches("/a", 200) == 1 and site.fetches("/a", 304) == 1


def test_429_and_500_are_retried_with_backoff_honouring_retry_after(site, fetcher):
    site.routes["/a"] = [Reply(b"slow down", 429, "text/plain", {"Retry-After": "3"}),
                         Reply(b"oops", 500, "text/plain"), Reply(PAGE)]
    got = fetcher.fetch(site.url("/a"))
    assert got.error is None and got.body == PAGE
    assert fetcher.sleeps[0] == 3.0  # the server's wait, longer than the backoff
    assert fetcher.sleeps[1] == pytest.approx(0.02)  # backoff doubled on the second retry
    assert site.fetches("/a") == 3


def test_retries_end_with_an_error_naming_the_status(site, fetcher):
    site.routes["/a"] = Reply(b"down", 503, "text/plain")
    got = fetcher.fetch(site.url("/a"))
    assert got.error == "HTTP 503 Service Unavailable (3 attempts)"
    assert isinstance(fetched_to_document(got), InputError)


def test_retry_after_longer_than_allowed_is_not_waited_for(site, fetcher):
    site.routes["/a"] = Reply(b"", 429, "text/plain", {"Retry-After": "86400"})
    got = fetcher.fetch(site.url("/a"))
    assert "asks to wait 86400 s" in got.error and site.fetches("/a") == 1


def test_timeout_is_an_error_after_retries(site, fetcher):
    site.routes["/slow"] = Reply(PAGE, delay=1.0)
    got = fetcher.fetch(site.url("/slow"))
    assert got.error.startswith("timed out after 0.5 s") and got.body is None


def test_redirects_are_followed_and_loops_named(site, fetcher):
    site.routes["/old"] = Reply(b"", 301, headers={"Location": "/a"})
    site.routes["/a"] = Reply(PAGE)
    got = fetcher.fetch(site.url("/old"))
    assert got.body == PAGE and got.final_url == site.url("/a")
    site.routes["/x"] = Reply(b"", 302, headers={"Location": "/y"})
    site.routes["/y"] = Reply(b"", 302, headers={"Location": "/x"})
    assert fetcher.fetch(site.url("/x")).error.startswith("redirect loop")
    for i in range(10):
        site.routes[f"/r{i}"] = Reply(b"", 302, headers={"Location": f"/r{i + 1}"})
    assert fetcher.fetch(site.url("/r0")).error == "more than 5 redirects"


def test_robots_txt_disallow_is_obeyed_without_fetching(site, fetcher):
    site.routes["/private/a"] = Reply(PAGE)
    got = fetcher.fetch(site.url("/private/a"))
    assert "robots.txt" in got.error and "disallows" in got.error
    assert site.fetches("/private/a") == 0
    assert site.fetches("/robots.txt") == 1
    fetcher.fetch(site.url("/private/b"))
    assert site.fetches("/robots.txt") == 1  # read once per host


def test_oversize_page_is_abandoned_while_streaming(site, fetcher):
    sent = []

    def fifty_megabytes():
        chunk = b"<p>" + b"x" * 65533
        for _ in range(800):  # 50 MB if read to the end
            sent.append(len(chunk))
            yield chunk

    site.routes["/huge"] = Reply(fifty_megabytes)  # chunked: no Content-Length to refuse it early
    got = fetcher.fetch(site.url("/huge"))
    assert got.error == "the page is larger than 256 kB; not read past that" and got.body is None
    assert sum(sent) < 10 * 1024 * 1024  # the connection was dropped, not drained to the end
    site.routes["/declared"] = Reply(fifty_megabytes, length=800 * 65536)
    assert "larger than" in fetcher.fetch(site.url("/declared")).error


def test_not_html_and_not_a_url_are_errors(site, fetcher):
    site.routes["/a.pdf"] = Reply(b"%PDF-1.4", content_type="application/pdf")
    err = fetched_to_document(fetcher.fetch(site.url("/a.pdf")))
    assert err.reason == "not an HTML page (Content-Type application/pdf)"
    assert fetcher.fetch("ftp://example.org/x").error == "not an http(s) URL"


def test_host_pacing_waits_between_requests(site, tmp_path):
    sleeps: list[float] = []
    site.routes["/a"] = Reply(PAGE)
    with Fetcher(replace(FAST, fetch_host_interval=5.0), sleep=sleeps.append) as f:
        f.fetch(site.url("/a"))
        f.fetch(site.url("/a"))
    assert sleeps and all(4.0 < s <= 5.0 for s in sleeps)


def test_retry_after_http_date():
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=0) > 0
    assert retry_after_seconds("120") == 120.0 and retry_after_seconds("soon") is None


def test_archive_is_one_gzip_member_per_record(tmp_path):
    with WarcArchive(tmp_path) as archive:
        a = archive.write("http://x/a", "2026-12-04T10:00:00.000000Z", 200, "OK", [("Content-Type", "text/html")],
                          b"<p>one</p>", [("User-Agent", "ceksilang")])
        b = archive.write("http://x/b", "2026-12-04T10:00:01.000000Z", 200, "OK", [("Content-Encoding", "gzip")],
                          b"<p>two</p>", [])
    assert read_archived(b.warc, b.offset).body == b"<p>two</p>"
    assert read_archived(a.warc, a.offset).header("Content-Length") == "10"
    assert read_archived(b.warc, b.offset).header("Content-Encoding") is None  # the stored body is decoded
    assert gzip.open(a.warc).read().count(b"WARC-Type: request") == 2
