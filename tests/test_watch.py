"""``ceksilang watch`` and ``analyze URL`` against a scripted news site on loopback: feeds, new items,
silent edits, cosmetic changes, failures in ``errors``, and the webhook."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ceksilang.cli import main
from ceksilang.render import render_markdown
from ceksilang.settings import DEFAULT
from ceksilang.store import Store
from ceksilang.watch import state as pages
from ceksilang.watch.archive import read_archived
from ceksilang.watch.feeds import FeedError, feed_items
from ceksilang.watch.loop import Watch, parse_interval
from ceksilang.watch.notify import SIGNATURE_HEADER, atom_feed, verify_signature
from tests.watch_server import Reply, Site, article

FAST = replace(DEFAULT, fetch_timeout=1.0, fetch_retries=1, fetch_backoff=0.01, fetch_host_interval=0.0)

FLOOD = ["Sebanyak 1.200 warga mengungsi akibat banjir yang melanda Kota Gorontalo pada Senin pagi.",
         "“Kami sudah menyiapkan tenda dan dapur umum untuk para pengungsi,” kata Kepala BPBD Hendra Pakaya."]
FLOOD_EDITED = ["Sebanyak 2.500 warga mengungsi akibat banjir yang melanda Kota Gorontalo pada Senin pagi.",
                "“Kami sudah menyiapkan tenda dan dapur umum untuk para pengungsi,” kata Kepala BPBD Hendra Pakaya."]
FIRE = ["Kebakaran melanda pasar tradisional di Kota Manado pada Selasa malam, menghanguskan 40 kios pedagang.",
        "“Api berasal dari korsleting listrik di salah satu kios,” ujar Kapolresta Manado Julianus Sinaga."]


def rss(site: Site, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>t{p}</title><link>{site.url(p)}</link></item>" for p in paths)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Warta</title>{items}</channel></rss>".encode()


def atom(site: Site, paths: list[str]) -> bytes:
    entries = "".join(f"<entry><title>t</title><id>{p}</id><link href='{site.url(p)}'/><updated>2026-12-01T00:00:00Z</updated></entry>"
                      for p in paths)
    return (f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>W</title><id>x</id>"
            f"<updated>2026-12-01T00:00:00Z</updated>{entries}</feed>").encode()


def sitemap(site: Site, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{site.url(p)}</loc><news:news><news:title>Judul</news:title>"
                   f"<news:publication_date>2026-12-01T08:00:00+07:00</news:publication_date></news:news></url>"
                   for p in paths)
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>").encode()


@pytest.fixture
def site():
    s = Site().start()
    s.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    yield s
    s.stop()


def test_feed_formats_give_their_links(site):
    paths = ["/a", "/b"]
    for body in (rss(site, paths), atom(site, paths), sitemap(site, paths)):
        assert [i.url for i in feed_items(body, site.url("/feed"))] == [site.url("/a"), site.url("/b")]
    assert feed_items(sitemap(site, ["/a"]), site.url("/s"))[0].published == "2026-12-01T08:00:00+07:00"
    with pytest.raises(FeedError, match="broken feed XML"):
        feed_items(b"<rss><channel><item><link>", site.url("/feed"))
    with pytest.raises(FeedError, match="broken sitemap XML"):
        feed_items(b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>x", site.url("/s"))


def test_interval():
    assert parse_interval("15m") == 900 and parse_interval("90") == 90 and parse_interval("1h") == 3600
    with pytest.raises(ValueError):
        parse_interval("soon")


def test_watch_rounds_fetch_new_items_once_and_put_failures_in_errors(site, tmp_path):
    site.routes["/feed.xml"] = [Reply(rss(site, ["/a", "/private/p", "/gone"]), content_type="application/rss+xml"),
                                Reply(rss(site, ["/b", "/a", "/private/p", "/gone"]), content_type="application/rss+xml")]
    site.routes["/atom.xml"] = Reply(atom(site, ["/a"]), content_type="application/atom+xml", etag='"f1"')
    site.routes["/broken.xml"] = Reply(b"<rss><channel><item><link>", content_type="application/rss+xml")
    site.routes["/a"] = Reply(article("Banjir di Gorontalo", FLOOD), etag='"a1"')
    site.routes["/b"] = Reply(article("Kebakaran Pasar di Manado", FIRE))
    with Store(tmp_path / "db.sqlite") as store:
        watch = Watch([site.url("/feed.xml"), site.url("/atom.xml"), site.url("/broken.xml")], store,
                      tmp_path / "out", settings=FAST)
        first = watch.run_round()
        assert (first.new, first.changed) == (1, 0)
        second = watch.run_round()
        assert (second.new, second.changed) == (1, 0)
        assert site.fetches("/a") == 1 and site.fetches("/b") == 1  # each article fetched once
        assert site.fetches("/atom.xml", 304) == 1  # the unchanged feed was not downloaded again
        assert site.fetches("/private/p") == 0
        reasons = {e.source: e.reason for e in store.errors()}
        assert "robots.txt" in reasons[site.url("/private/p")]
        assert reasons[site.url("/gone")] == "HTTP 404 Not Found"
        assert reasons[site.url("/broken.xml")].startswith("feed: broken feed XML")
        assert store.count_documents() == 2
        ref = pages.current_archive(store.conn, site.url("/a"))
        assert read_archived(ref.warc, ref.offset).body == article("Banjir di Gorontalo", FLOOD)
        kinds = [c.kind for c in pages.iter_changes(store.conn)]
        # the two articles, and the two stories the briefing found in them
        assert sorted(kinds) == ["new-document", "new-document", "new-story", "new-story"]
    briefing = json.loads((tmp_path / "out" / "briefing.json").read_text())
    assert {d["id"] for d in briefing["documents"]} == {site.url("/a"), site.url("/b")}


def test_recheck_finds_a_silent_edit_and_ignores_cosmetic_changes(site, tmp_path):
    site.routes["/feed.xml"] = Reply(rss(site, ["/a", "/b"]), content_type="application/rss+xml", etag='"f"')
    site.routes["/a"] = [Reply(article("Banjir di Gorontalo", FLOOD)),
                         Reply(article("Banjir di Gorontalo", FLOOD_EDITED))]
    site.routes["/b"] = [Reply(article("Kebakaran Pasar di Manado", FIRE)),
                         Reply(article("Kebakaran Pasar di Manado", FIRE,
                                       extra="<aside><h3>Baca juga</h3><a href='/x'>Harga cabai naik 20 persen</a></aside>"
                                             "<div class='ads'>Promo 50% hari ini</div>"))]
    with Store(tmp_path / "db.sqlite") as store:
        watch = Watch([site.url("/feed.xml")], store, tmp_path / "out", settings=FAST)
        watch.run_round()
        assert pages.due_rechecks(store.conn, "2099-01-01T00:00:00Z", FAST.recheck_after_hours) == \
            [site.url("/a"), site.url("/b")]
        again = watch.run_round(recheck_all=True)
        assert (again.changed, again.unchanged, again.edits) == (1, 1, 1)
        edits = pages.edits_of(store.conn, [site.url("/a"), site.url("/b")])
        assert [(e.doc_id, e.field, e.before, e.after) for e in edits] == [(site.url("/a"), "figure", "1.200 warga", "2.500 warga")]
        edit = edits[0]
        assert b"1.200 warga" in read_archived(edit.before_archive.warc, edit.before_archive.offset).body
        assert b"2.500 warga" in read_archived(edit.after_archive.warc, edit.after_archive.offset).body
        assert edit.before_archive.fetched_at < edit.after_archive.fetched_at
        # the re-check moved each page's schedule on by one step
        assert [pages.page_state(store.conn, site.url(p)).checks_done for p in ("/a", "/b")] == [1, 1]
        changes = list(pages.iter_changes(store.conn))
        assert changes[0].kind == "edit" and changes[0].data["before"] == "1.200 warga"
        feed = atom_feed(changes, "http://127.0.0.1:8000", "2026-12-04T00:00:00Z")
        assert "[edit] Warta Uji changed the figure from “1.200 warga” to “2.500 warga”" in feed
    briefing = json.loads((tmp_path / "out" / "briefing.json").read_text())
    found = [d for d in briefing["discrepancies"] if d["kind"] == "edit"]
    assert len(found) == 1 and found[0]["edit"]["before"] == "1.200 warga" and found[0]["edit"]["after"] == "2.500 warga"
    assert found[0]["edit"]["before_href"].startswith("/archived/0/") and found[0]["edit"]["after_href"].startswith("/archived/1/")
    assert all(d["edit"] is None for d in briefing["discrepancies"] if d["kind"] != "edit")
    # the pages write the kind and the sentence in their language (Indonesian by default); the
    # outlet and the figures as written are the data's
    md = (tmp_path / "out" / "briefing.md").read_text()
    assert "[suntingan] Warta Uji mengubah angka dari “1.200 warga” menjadi “2.500 warga”, antara " in md.replace("\\", "")
    assert "changed the figure" not in md
    md_en = render_markdown(briefing, "en")
    assert "[edit] Warta Uji changed the figure from “1.200 warga” to “2.500 warga”, between " in md_en.replace("\\", "")


def test_webhook_posts_signed_changes_once(site, tmp_path):
    received: list[tuple[bytes, str | None]] = []

    class Hook(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((body, self.headers.get(SIGNATURE_HEADER)))
            self.send_response(204)
            self.end_headers()

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    try:
        site.routes["/feed.xml"] = Reply(rss(site, ["/a"]), content_type="application/rss+xml")
        site.routes["/a"] = Reply(article("Banjir di Gorontalo", FLOOD))
        with Store(tmp_path / "db.sqlite") as store:
            watch = Watch([site.url("/feed.xml")], store, tmp_path / "out", settings=FAST,
                          webhook=f"http://127.0.0.1:{hook.server_address[1]}/hook", secret="s3cret", formats=["json"])
            watch.run_round()
            watch.run_round()
    finally:
        hook.shutdown()
        hook.server_close()
    assert len(received) == 1
    body, signature = received[0]
    assert verify_signature(body, "s3cret", signature) and not verify_signature(body, "other", signature)
    assert [c["kind"] for c in json.loads(body)["changes"]] == ["new-document", "new-story"]


def test_analyze_urls_from_the_command_line_and_a_list_file(site, tmp_path, capsys):
    site.routes["/a"] = Reply(article("Banjir di Gorontalo", FLOOD))
    site.routes["/b"] = Reply(article("Kebakaran Pasar di Manado", FIRE))
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# pages\n{site.url('/b')}\n{site.url('/missing')}\n")
    code = main(["analyze", site.url("/a"), "--urls", str(listing), "--out", str(tmp_path / "out"), "--format", "json"])
    assert code == 1  # one URL failed; the others are analysed
    err = capsys.readouterr().err
    assert f"error: {site.url('/missing')}: HTTP 404 Not Found" in err
    briefing = json.loads((tmp_path / "out" / "briefing.json").read_text())
    assert {d["id"] for d in briefing["documents"]} == {site.url("/a"), site.url("/b")}
    assert list((tmp_path / "out" / "archive").glob("*.warc.gz"))
    bad = tmp_path / "bad.txt"
    bad.write_text("not a url\n")
    assert main(["analyze", "--urls", str(bad), "--out", str(tmp_path / "o2")]) == 2


def test_watch_once_from_the_command_line(site, tmp_path, capsys):
    site.routes["/feed.xml"] = Reply(rss(site, ["/a", "/missing"]), content_type="application/rss+xml")
    site.routes["/a"] = Reply(article("Banjir di Gorontalo", FLOOD))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# one feed\n{site.url('/feed.xml')}\n")
    args = ["watch", str(feeds), "--once", "--pace", "0", "--out", str(tmp_path / "out"), "--format", "json"]
    assert main(args) == 1  # one item could not be fetched
    err = capsys.readouterr().err
    assert "round 1: 1 feeds, 1 new, 0 changed (0 edits), 0 unchanged, 1 failed" in err
    assert f"error: {site.url('/missing')}: HTTP 404 Not Found" in err
    assert main(args) == 1  # the failed item is tried again; the stored one is not fetched again
    assert site.fetches("/a") == 1 and site.fetches("/missing") == 2
    assert main(["watch", str(feeds), "--every", "soon", "--out", str(tmp_path / "out")]) == 2


FLOOD_OTHER = ["Banjir yang melanda Kota Gorontalo pada Senin pagi membuat 1.200 warga mengungsi ke tenda darurat.",
               "“Tenda dan dapur umum sudah kami siapkan bagi pengungsi,” kata Kepala BPBD Hendra Pakaya."]
FLOOD_HIGHER = ["Sedikitnya 3.400 warga Kota Gorontalo mengungsi setelah sungai meluap pada Senin pagi.",
                "Para pengungsi memadati gedung sekolah dan masjid di sekitar permukiman yang terendam."]


def test_changes_name_new_stories_and_new_or_changed_discrepancies(site, tmp_path):
    site.routes["/feed.xml"] = [
        Reply(rss(site, ["/a", "/b"]), content_type="application/rss+xml"),
        Reply(rss(site, ["/a", "/b", "/c"]), content_type="application/rss+xml"),
        Reply(rss(site, ["/a", "/b", "/c"]), content_type="application/rss+xml")]
    site.routes["/a"] = Reply(article("Banjir di Gorontalo", FLOOD))
    site.routes["/b"] = Reply(article("Ribuan Warga Gorontalo Mengungsi karena Banjir", FLOOD_OTHER, outlet="Kabar Sulawesi"))
    site.routes["/c"] = Reply(article("Banjir Gorontalo, Pengungsi Bertambah", FLOOD_HIGHER, outlet="Suara Teluk"))
    with Store(tmp_path / "db.sqlite") as store:
        watch = Watch([site.url("/feed.xml")], store, tmp_path / "out", settings=FAST, formats=["json"])
        watch.run_round()
        first = [c for c in pages.iter_changes(store.conn) if c.kind != "new-document"]
        # the story, and the two outlets' wording of Hendra Pakaya's direct quote ("untuk para pengungsi" /
        # "sudah kami siapkan bagi pengungsi"): since disc66 the second report is no copy of the first for
        # sharing the quote, so the quote's two wordings are compared
        assert sorted(c.kind for c in first) == ["new-discrepancy", "new-story"]
        story = next(c for c in first if c.kind == "new-story")
        wording = next(c for c in first if c.kind == "new-discrepancy")
        assert wording.data["discrepancy_kind"] == "wording" and wording.data["story"] == story.data["story"]
        assert story.data["documents"] == 2 and story.data["outlets"] == ["Kabar Sulawesi", "Warta Uji"]
        watch.run_round()
        second = [c for c in pages.iter_changes(store.conn)
                  if c.id > max(c.id for c in first) and c.kind != "new-document"]
        # the third outlet's higher count of evacuees is a figure discrepancy in the same story
        assert second and {c.kind for c in second} <= {"new-discrepancy", "changed-discrepancy"}
        figure = next(c for c in second if c.data["discrepancy_kind"] == "figure")
        assert figure.data["story"] == story.data["story"]
        assert site.url("/c") in (figure.data.get("docs") or figure.data.get("docs_added"))
        watch.run_round()  # nothing new: nothing said twice
        assert [c.id for c in pages.iter_changes(store.conn)][0] == max(c.id for c in second)
        feed = atom_feed(list(pages.iter_changes(store.conn)), "http://127.0.0.1:8000", "2026-12-04T00:00:00Z")
        assert "[new-story]" in feed and "/stories/" in feed


def test_a_discrepancy_is_the_same_across_rounds_when_its_subjects_overlap():
    from ceksilang.watch.story_changes import DiscrepancyDigest, StoryDigest, story_changes

    tolls = DiscrepancyDigest("figure", "evolving", ["korban meninggal"], ["a", "b"], ["12 orang", "14 orang"], "")
    before = StoryDigest("s1", "Banjir", ["a", "b"], ["X", "Y"], [tolls])
    grown = DiscrepancyDigest("figure", "contradiction", ["korban meninggal"], ["a", "b", "c"],
                              ["12 orang", "14 orang", "20 orang"], "")
    other = DiscrepancyDigest("attribution", "contradiction", ["“kami siap”"], ["a", "c"], ["kami siap"], "")
    after = StoryDigest("s1", "Banjir", ["a", "b", "c"], ["X", "Y", "Z"], [grown, other])
    changes = story_changes(before, after)
    assert [(c.kind, c.data["discrepancy_kind"]) for c in changes] == [
        ("changed-discrepancy", "figure"), ("new-discrepancy", "attribution")]
    assert changes[0].data["status_before"] == "evolving" and changes[0].data["docs_added"] == ["c"]
    assert story_changes(after, after) == []
    assert [c.kind for c in story_changes(None, before)] == ["new-story", "new-discrepancy"]


def test_rounds_update_the_served_stories_in_place_and_write_no_files_unless_asked(site, tmp_path):
    from ceksilang.pipeline import silent_edits_of
    from ceksilang.reconcile.briefing import write_served_briefing
    from ceksilang.reconcile.incremental import served_contents
    from ceksilang.render.served import served_path
    from ceksilang.web.stored import StoredBriefing

    site.routes["/feed.xml"] = [Reply(rss(site, ["/a"]), content_type="application/rss+xml"),
                                Reply(rss(site, ["/a", "/b"]), content_type="application/rss+xml")]
    site.routes["/a"] = [Reply(article("Banjir di Gorontalo", FLOOD)), Reply(article("Banjir di Gorontalo", FLOOD_EDITED))]
    site.routes["/b"] = Reply(article("Kebakaran Pasar di Manado", FIRE))
    with Store(tmp_path / "db.sqlite") as store:
        served = served_path(store.path)
        watch = Watch([site.url("/feed.xml")], store, None, settings=FAST)
        watch.run_round()  # the first round writes the served briefing whole
        first = served.stat().st_ino
        watch.run_round()  # a new article: its story added in place
        assert served.stat().st_ino == first and not (tmp_path / "out").exists()
        page = StoredBriefing(served, 1)
        assert len(page.overview.stories) == 2 and page.story_of_doc(site.url("/b")) is not None
        watch.run_round(recheck_all=True)  # a silent edit: its story made again with the edit
        assert served.stat().st_ino == first
        page = StoredBriefing(served, 2)
        story = page.story_of_doc(site.url("/a"))
        edits = [x for x in page.subset([], [story])["discrepancies"] if x["kind"] == "edit"]
        assert len(edits) == 1 and edits[0]["edit"]["after"] == "2.500 warga"
        assert sorted(c.kind for c in pages.iter_changes(store.conn) if c.kind.endswith("story")) == \
            ["new-story", "new-story"]
        write_served_briefing(store, tmp_path / "rebuilt.db", extra=silent_edits_of(store))
        assert served_contents(served) == served_contents(tmp_path / "rebuilt.db")
