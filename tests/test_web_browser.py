"""The web app in a real browser (headless Chromium through Playwright), over the demo corpus.

The server (uvicorn in a thread, on a free loopback port) serves a store built by the real
pipeline from ``examples/demo/`` minus one article; the test then walks what a fact-checker
does: search, open a story, open a discrepancy, follow it to the source sentence, click a
highlighted figure, compare two articles, and upload the held-back article to see it join its
story. Screenshots go to ``tests/artifacts/`` (gitignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.live_server import CHROMIUM, chromium_browser, served, watched_page

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "demo"
HELD_BACK = "04_suarapesisir_penyintas.txt"  # uploaded through the page during the test
ARTIFACTS = REPO / "tests" / "artifacts"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs Chromium at {CHROMIUM}"),
    pytest.mark.skipif(not (DEMO / HELD_BACK).exists(), reason="needs examples/demo"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from ceksilang.pipeline import ingest
    from ceksilang.store import Store
    from ceksilang.web import create_app

    work = tmp_path_factory.mktemp("web-browser")
    corpus = work / "demo"
    shutil.copytree(DEMO, corpus, ignore=shutil.ignore_patterns(HELD_BACK, "broken.jsonl"))
    db = work / "demo.db"
    with Store(db) as store:
        ingest([corpus], store)
    with served(create_app(db, check_interval=-1)) as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with chromium_browser() as browser, watched_page(browser, viewport={"width": 1280, "height": 900}) as pg:
        yield pg


def shot(pg, name: str) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"web_{name}.png"), full_page=False)


def test_web_browser_fact_checker_walkthrough(server, page):
    pg = page
    pg.goto(server + "/")
    assert pg.locator("ol.stories li.story").count() >= 1
    shot(pg, "01_index")

    # search by text: the flood story is found, a made-up word finds nothing
    pg.fill("form.search input[name=q]", "Bulumeta")
    pg.click("form.search button[type=submit]")
    assert "q=Bulumeta" in pg.url
    assert pg.locator("ol.stories li.story").count() >= 1
    pg.fill("form.search input[name=q]", "zzqxkata")
    pg.click("form.search button[type=submit]")
    assert pg.locator("ol.stories li.empty").count() == 1

    # open the story with the most articles (asked of the API, clicked on the page)
    stories = pg.request.get(server + "/api/stories?q=Bulumeta").json()["stories"]
    biggest = max(stories, key=lambda s: len(s["docs"]))
    assert len(biggest["docs"]) >= 2
    pg.goto(server + "/?q=Bulumeta")
    pg.locator("ol.stories li.story a.label", has_text=biggest["label"]).first.click()
    pg.wait_for_selector("h1")
    story_url = pg.url
    assert "/stories/" in story_url
    shot(pg, "02_story")

    # open a discrepancy (any group) and follow its evidence to the source sentence
    discrepancy = pg.locator("li.discrepancy:has(blockquote.ev a.src)").first
    assert discrepancy.count() == 1, "the demo story should show a discrepancy with evidence"
    discrepancy.locator("summary").first.click()
    link = discrepancy.locator("blockquote.ev a.src").first
    href = link.get_attribute("href")
    assert href and "#s-" in href
    shot(pg, "03_discrepancy")
    link.click()
    pg.wait_for_load_state()
    anchor = href.split("#", 1)[1]
    target = pg.locator(f"[id='{anchor}']")
    assert target.count() == 1
    assert pg.evaluate("() => document.querySelector(':target') && document.querySelector(':target').id") == anchor
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # the sentence is highlighted
    shot(pg, "04_source_sentence")

    # the evidence sentence carries the mark of a claim it is evidence for (the discrepancy compares
    # claims, and a claim's evidence is marked where it stands): clicking it opens the claim's panel
    claim_mark = target.locator("mark[data-claims]").first
    assert claim_mark.count() == 1, "the evidence sentence has no claim mark"
    claim_id = claim_mark.get_attribute("data-claims").split()[0]
    claim_mark.click()
    panel = pg.locator(f"[id='claim-{claim_id}']")
    assert panel.count() == 1
    assert panel.get_attribute("open") is not None
    assert "selected" in (panel.get_attribute("class") or "")
    # the discrepancies the claim is part of are shown once, below the claims, and open with it
    for ref in (panel.get_attribute("data-discrepancies") or "").split():
        assert pg.locator(f"details.disc[id='{ref}']").get_attribute("open") is not None
    shot(pg, "05_claim_panel")
    assert pg.locator("#text mark.m-entity").count() >= 1

    # compare two articles from the story's source list
    pg.goto(story_url)
    boxes = pg.locator("table.sources input[type=checkbox]")
    assert boxes.count() >= 2
    boxes.nth(0).check()
    boxes.nth(1).check()
    pg.click("form.compare-form button[type=submit]")
    pg.wait_for_selector("table.compare")
    assert "/compare?" in pg.url
    assert pg.locator("table.compare thead th").count() == 3
    assert pg.locator("table.compare tbody tr").count() >= 1
    shot(pg, "06_compare")

    # upload the held-back article: it joins the flood story
    pg.goto(server + "/#add")
    pg.set_input_files("form.upload input[type=file]", str(DEMO / HELD_BACK))
    pg.click("form.upload button[type=submit]")
    pg.wait_for_selector("#added", timeout=60_000)
    assert "/stories/" in pg.url and "added=" in pg.url
    assert pg.locator("table.sources tr.added").count() == 1
    assert pg.locator("table.sources tbody tr").count() >= 2  # it joined a story with other articles
    shot(pg, "07_uploaded")

    assert pg.errors == [], pg.errors  # no script error, no CSP violation


def test_no_page_fetches_anything_from_another_origin(server, page):
    """Every page a reader can reach from the index (stories with their charts, entities,
    documents, comparisons, /changes, /factchecks, the API docs) loads only from this server."""
    from urllib.parse import urldefrag, urlparse

    # a context of its own in the module's browser (one Playwright per thread)
    context = page.context.browser.new_context()
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url))
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    seen: set[str] = set()
    queue = [server + p for p in ("/", "/changes", "/factchecks", "/docs")]
    while queue and len(seen) < 40:
        url = urldefrag(queue.pop(0))[0]
        if url in seen:
            continue
        seen.add(url)
        pg.goto(url)
        for href in pg.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            target = urldefrag(href)[0]
            if target.startswith(server) and "/archived/" not in target and target not in seen:
                queue.append(target)
    context.close()
    kinds = {urlparse(u).path.split("/")[1] for u in seen}
    assert {"stories", "entities", "documents"} <= kinds, sorted(kinds)
    outside = [u for u in requested if not (u.startswith(server) or u.startswith(("data:", "about:")))]
    assert outside == []
