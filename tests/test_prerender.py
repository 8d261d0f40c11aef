"""Pages rendered ahead (``ceksilang prerender``): the same bytes as a live render, served only while
current, rendered again only where their inputs changed (also after a watch round)."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from ceksilang.cli import main  # noqa: E402
from ceksilang.store import Store  # noqa: E402
from ceksilang.watch.loop import Watch  # noqa: E402
from ceksilang.web import create_app  # noqa: E402
from ceksilang.web.prerender import pages_path, prerender  # noqa: E402
from tests.test_watch import FLOOD, FLOOD_EDITED, rss  # noqa: E402
from tests.test_watch_web import FAST, HOSTILE  # noqa: E402
from tests.test_web import db as invented_db, fast_ingest, fixed_build  # noqa: E402,F401
from tests.watch_server import Reply, Site, article  # noqa: E402

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"


def rows(db: Path) -> list[tuple[str, str, str, bytes]]:
    with sqlite3.connect(pages_path(db)) as conn:
        return conn.execute("SELECT path, lang, source, body FROM page ORDER BY path, lang").fetchall()


def fetch(db: Path, paths: list[tuple[str, str]]) -> tuple[dict[tuple[str, str], bytes], int]:
    """Each (path, language) as a fresh server answers it, and how many came from the pages rendered ahead."""
    with TestClient(create_app(db, check_interval=-1)) as client:
        found = {}
        for path, lang in paths:
            if lang:
                client.cookies.set("ceksilang_lang", lang)
            found[(path, lang)] = client.get(path).content
        return found, client.app.state.prerendered.hits


def live(db: Path, paths: list[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    """The same, every page rendered at the request: the pages rendered ahead moved aside meanwhile."""
    kept = pages_path(db).with_name("aside.db")
    shutil.move(pages_path(db), kept)
    try:
        return fetch(db, paths)[0]
    finally:
        shutil.move(kept, pages_path(db))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("prerender-demo")
    assert main(["analyze", str(DEMO), "--out", str(out), "--no-progress"]) in (0, 1)  # broken.jsonl: status 1
    return out / "ceksilang.db"


def test_prerendered_pages_are_the_live_pages_byte_for_byte(demo):
    first = prerender(demo, "id")
    english = prerender(demo, "en")
    assert first.rendered["document"] >= 8 and first.rendered["story"] >= 1 and first.rendered["entity"] >= 20
    assert english.rendered.get("api-document", 0) == 0  # the API has no language: already current
    kept = rows(demo)
    paths = [(p, lang) for p, lang, _, _ in kept]
    assert any("%3A" in p for p, _ in paths)  # a story id ('story:01_...') is one path segment, percent-encoded
    rendered_live = live(demo, paths)
    for path, lang, _, body in kept:
        assert gzip.decompress(body) == rendered_live[(path, lang)], (path, lang)
    served, hits = fetch(demo, paths)
    assert hits == len(kept)  # every page came from the table
    assert served == rendered_live
    again = prerender(demo, "id")
    assert again.total_rendered == 0 and again.current == first.total_rendered  # idempotent


def test_a_page_whose_inputs_changed_is_rendered_live_until_rendered_again(demo):
    prerender(demo, "id")
    story = next(p for p, lang, _, _ in rows(demo) if p.startswith("/stories/"))
    document = next(p for p, lang, _, _ in rows(demo) if p.startswith("/documents/"))
    with sqlite3.connect(pages_path(demo)) as conn:  # the story's records changed since its page was rendered
        conn.execute("UPDATE story_digest SET digest = 'changed'")
    pages = [(story, "id"), (document, "id")]
    served, hits = fetch(demo, pages)
    assert hits == 0 and served == live(demo, pages)
    with sqlite3.connect(pages_path(demo)) as conn:  # another served briefing: its digests are read again
        conn.execute("UPDATE meta SET value = 'another' WHERE key = 'served_build'")
    redone = prerender(demo, "id")
    # the same records give the same digests: every page is current again, none rendered
    assert redone.total_rendered == 0 and redone.digests_seconds > 0
    assert fetch(demo, pages)[1] == 2


def test_prerendered_pages_escape_hostile_text(invented_db):
    with TestClient(create_app(invented_db, build=fixed_build, check_interval=-1, ingest=fast_ingest)):
        pass  # the app writes the served briefing of the invented store once
    prerender(invented_db, "en")
    page = dict(((p, lang), b) for p, lang, _, b in rows(invented_db))[("/documents/evil", "en")]
    html = gzip.decompress(page).decode()
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img src=x" not in html


@pytest.fixture
def site():
    site = Site().start()
    site.routes["/robots.txt"] = Reply(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    site.routes["/feed.xml"] = Reply(rss(site, ["/a", "/h"]), content_type="application/rss+xml")
    site.routes["/a"] = [Reply(article("Banjir di Gorontalo", FLOOD)), Reply(article("Banjir di Gorontalo", FLOOD_EDITED))]
    site.routes["/h"] = Reply(article("Warga Maros menolak pabrik", HOSTILE))
    yield site
    site.stop()


def test_a_watch_round_that_changes_a_story_renders_its_pages_again(site, tmp_path):
    db = tmp_path / "out" / "ceksilang.db"
    edited, other = (f"/documents/{quote(site.url(p), safe='')}" for p in ("/a", "/h"))
    with Store(db) as store:
        watch = Watch([site.url("/feed.xml")], store, tmp_path / "out", settings=FAST, formats=["json"])
        watch.run_round()
        prerender(db, "id")
        before = {(p, lang): (source, body) for p, lang, source, body in rows(db)}
        shutil.copy(pages_path(db), tmp_path / "round1-pages.db")
        watch.run_round(recheck_all=True)  # /a's figure changed: its story is written again
    after = {(p, lang): (source, body) for p, lang, source, body in rows(db)}
    # the round rendered the edited article's page again, and left the other story's as it was
    assert after[(edited, "id")][0] != before[(edited, "id")][0]
    assert "2.500 warga" in gzip.decompress(after[(edited, "id")][1]).decode()
    # the other article was read again too (recheck): rendered again only if what it shows changed
    assert gzip.decompress(after[(other, "id")][1]) == gzip.decompress(before[(other, "id")][1]) or \
        after[(other, "id")][0] != before[(other, "id")][0]
    assert prerender(db, "id").total_rendered == 0
    pages = [(edited, "id"), (other, "id")]
    served, hits = fetch(db, pages)
    assert hits == 2 and served == live(db, pages)
    # the pages of round 1 kept (a prerender that has not run since): never served for the new briefing
    shutil.copy(tmp_path / "round1-pages.db", pages_path(db))
    Path(f"{pages_path(db)}-wal").unlink(missing_ok=True)
    Path(f"{pages_path(db)}-shm").unlink(missing_ok=True)
    served, hits = fetch(db, pages)
    assert hits == 0 and "2.500 warga" in served[(edited, "id")].decode()
    # nor with the new briefing's digests in place but the old rows (a prerender half-way): both
    # articles were read again, and what their pages are rendered from changed
    assert prerender(db, "id", kinds=()).total_rendered == 0  # digests only
    served, hits = fetch(db, pages)
    assert hits == 0 and served == live(db, pages)


def test_cli_prerender_reports_what_it_rendered(demo, tmp_path, capsys):
    assert main(["prerender", "--db", str(demo), "--lang", "en", "--only", "stories"]) == 0
    assert "already current" in capsys.readouterr().out
    assert main(["prerender", "--db", str(demo), "--only", "charts"]) == 2
    assert "--only: charts" in capsys.readouterr().err
    assert main(["prerender", "--db", str(tmp_path / "none.db")]) == 2  # no store: says so, renders nothing
    assert "no store with a served briefing" in capsys.readouterr().err


def test_analyze_again_renders_the_kept_pages_again(demo, capsys):
    prerender(demo, "id")
    out = demo.parent
    assert main(["analyze", str(DEMO), "--out", str(out), "--no-progress"]) in (0, 1)
    assert "pages ahead" in capsys.readouterr().out  # the served briefing was written again: so were its pages
    served, hits = fetch(demo, [(p, lang) for p, lang, _, _ in rows(demo) if lang == "id"])
    assert hits == len(served)
