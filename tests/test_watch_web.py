"""The web app over a watched store: /changes, its Atom feed, archived copies (inert), edits in the story.

The store is made by a real watch against a scripted site on loopback: one article whose figure
is changed between two readings, and one whose page carries a script and hostile markup.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import quote
from xml.etree import ElementTree

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from ceksilang.settings import DEFAULT  # noqa: E402
from ceksilang.store import Store  # noqa: E402
from ceksilang.web import create_app  # noqa: E402
from ceksilang.watch.loop import Watch  # noqa: E402
from tests.test_watch import FLOOD, FLOOD_EDITED, rss  # noqa: E402
from tests.watch_server import Reply, Site, article  # noqa: E402
from tests.live_server import CHROMIUM, launch_chromium, served  # noqa: E402

FAST = replace(DEFAULT, fetch_timeout=1.0, fetch_retries=1, fetch_backoff=0.01, fetch_host_interval=0.0)
HOSTILE = ["Warga <b>menolak</b> rencana pembangunan pabrik semen di kawasan karst Kabupaten Maros pada Rabu.",
           "“Kami tidak mau kehilangan sumber air,” kata Koordinator Aliansi Warga Maros Andi Baso Lolo."]


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    work = tmp_path_factory.mktemp("watch-web")
    site = Site().start()
    site.routes["/robots.txt"] = Reply(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    site.routes["/feed.xml"] = Reply(rss(site, ["/a", "/h"]), content_type="application/rss+xml")
    site.routes["/a"] = [Reply(article("Banjir di Gorontalo", FLOOD)), Reply(article("Banjir di Gorontalo", FLOOD_EDITED))]
    site.routes["/h"] = Reply(article("Warga Maros menolak pabrik", HOSTILE,
                                      extra="<script>document.title='pwned'</script>"))
    db = work / "out" / "ceksilang.db"
    with Store(db) as store:
        watch = Watch([site.url("/feed.xml")], store, work / "out", settings=FAST, formats=["json"])
        watch.run_round()
        watch.run_round(recheck_all=True)
    yield site, db
    site.stop()


@pytest.fixture(scope="module")
def client(watched):
    _, db = watched
    with TestClient(create_app(db, check_interval=-1)) as c:
        yield c


def test_changes_page_shows_the_silent_edit_with_before_and_after(client, watched):
    site, _ = watched
    html = client.get("/changes").text
    edit = re.search(r'<li class="change change-edit".*?</li>', html, re.S).group(0)
    # in the reader's language, Indonesian by default; the outlet and the figures as written
    assert "<h1>Yang berubah</h1>" in html and '<span class="dkind">suntingan</span>' in edit
    assert "Warta Uji mengubah angka dari “1.200 warga” menjadi “2.500 warga”" in edit
    assert "<dt>Sebelum <span" in edit and "<dt>Sesudah <span" in edit and ">salinan arsip</a>" in edit
    client.get("/lang/en")
    english = client.get("/changes").text
    assert "<h1>What changed</h1>" in english and "<dt>Before <span" in english
    assert "Warta Uji changed the figure from “1.200 warga” to “2.500 warga”" in english
    client.get("/lang/id")
    assert '<dd class="before">1.200 warga' in edit and '<dd class="after">2.500 warga' in edit
    hrefs = re.findall(r'href="(/archived/\d+/[^"]+)"', edit)
    assert len(hrefs) == 2
    assert "1.200 warga" in client.get(hrefs[0]).text and "2.500 warga" in client.get(hrefs[1]).text
    assert html.count('class="change change-new-document"') == 2


def test_changes_atom_feed_is_valid_atom(client):
    response = client.get("/changes.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert titles[0].startswith("[edit] Warta Uji changed the figure")
    assert sum(t.startswith("[new-document]") for t in titles) == 2
    assert any(t.startswith("[new-story]") for t in titles)
    content = root.find("a:entry/a:content", ns).text
    assert "before: 1.200 warga" in content and "after: 2.500 warga" in content


def test_archived_page_is_served_inert(client, watched):
    site, _ = watched
    doc = quote(site.url("/h"), safe="")
    as_text = client.get(f"/archived/0/{doc}")
    assert as_text.status_code == 200
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in as_text.text
    assert "<script>document.title" not in as_text.text
    page = client.get(f"/archived/0/{doc}?view=page")
    csp = page.headers["content-security-policy"]
    assert csp.startswith("sandbox;") and "default-src 'none'" in csp and "script-src" not in csp
    assert b"<script>document.title='pwned'</script>" in page.content  # the page as archived, never run
    assert client.get(f"/archived/5/{doc}").status_code == 404
    assert client.get("/archived/0/nothing").status_code == 404


def test_story_and_document_pages_link_the_edit_and_archived_copy(client, watched):
    site, _ = watched
    doc = client.get(f"/documents/{quote(site.url('/a'), safe='')}").text
    assert re.search(r'href="/archived/1/[^"]+">salinan arsip</a>', doc)  # Indonesian by default
    client.get("/lang/en")  # the reader's switch: the labels below are the English ones
    doc = client.get(f"/documents/{quote(site.url('/a'), safe='')}").text
    assert re.search(r'href="/archived/1/[^"]+">archived copy</a>', doc)  # the copy behind the current text
    story = re.search(r'href="(/stories/[^"]+)"', doc).group(1)
    page = client.get(story).text
    assert '<span class="dkind">edit</span>' in page and '<dd class="after">2.500 warga' in page


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs Chromium at {CHROMIUM}")
def test_changes_page_in_a_browser(watched):
    pytest.importorskip("uvicorn")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

    site, db = watched
    with served(create_app(db, check_interval=-1)) as base, sync_api.sync_playwright() as pw:
        browser = launch_chromium(pw)
        pg = browser.new_page()
        pg.goto(f"{base}/changes")
        edit = pg.locator("li.change-edit").first
        assert "1.200 warga" in edit.locator("dd.before").inner_text()
        assert "2.500 warga" in edit.locator("dd.after").inner_text()
        edit.locator("dd.before a").click()
        assert "1.200 warga" in pg.locator("pre.archived").inner_text()
        # the archived page as the outlet served it: its script is there and does not run
        pg.goto(f"{base}/archived/0/{quote(site.url('/h'), safe='')}?view=page")
        assert "menolak" in pg.content() and pg.title() == "Warga Maros menolak pabrik"
        browser.close()


def test_changes_page_links_a_new_story_to_its_page_in_the_readers_language(client):
    client.cookies.set("ceksilang_lang", "id")
    html = client.get("/changes").text
    story = re.search(r'<li class="change change-new-story".*?</li>', html, re.S).group(0)
    assert '<span class="dkind">peristiwa baru</span>' in story
    href = re.search(r'href="(/stories/[^"]+)"', story).group(1)
    assert client.get(href).status_code == 200
    client.cookies.set("ceksilang_lang", "en")
    try:
        assert '<span class="dkind">new story</span>' in client.get("/changes").text
    finally:
        client.cookies.clear()
