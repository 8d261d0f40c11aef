"""The seeds' story page in a real browser (headless Chromium through Playwright): it opens on the
Guterres/Dujarric attribution and the parit/ranjau detail, and the keyboard moves between items
(j / k, ArrowDown / ArrowUp; Enter opens the focused item's evidence) under the app's CSP."""

from __future__ import annotations

import re

import pytest

from tests.conftest import needs_corpus
from tests.live_server import CHROMIUM, chromium_browser, served, watched_page

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs Chromium at {CHROMIUM}")]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    seeds = needs_corpus("seeds")
    from ceksilang.pipeline import ingest
    from ceksilang.store import Store
    from ceksilang.web import create_app

    db = tmp_path_factory.mktemp("triage-browser") / "seeds.db"
    with Store(db) as store:
        ingest([seeds], store)
    with served(create_app(db, check_interval=-1)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(server):
    with chromium_browser() as chromium:
        yield chromium


@pytest.fixture
def page(browser):
    with watched_page(browser, viewport={"width": 1280, "height": 900}) as pg:
        yield pg


def _focused_index(pg) -> int:
    return pg.evaluate("Array.prototype.indexOf.call(document.querySelectorAll('#triage li.triage-item'),"
                       " document.activeElement)")


def test_triage_browser_order_and_keyboard(server, page):
    pg = page
    pg.goto(server + "/")
    pg.locator("a.label").first.click()
    pg.wait_for_selector("#triage li.triage-item")
    items = pg.locator("#triage li.triage-item")
    first_two = [items.nth(i).inner_text() for i in range(2)]
    assert any("parit" in t and "ranjau" in t for t in first_two), first_two
    assert any("Guterres" in t and "Dujarric" in t for t in first_two), first_two
    # the tail is folded: its items are in the page but not shown until opened
    assert items.count() > 10 and not items.nth(items.count() - 1).is_visible()
    assert re.search(r"Lainnya \(\d+\)", pg.locator("#triage details.more > summary").inner_text())

    pg.locator("body").press("j")  # from nowhere: the first item
    assert _focused_index(pg) == 0
    pg.keyboard.press("j")
    assert _focused_index(pg) == 1
    pg.keyboard.press("ArrowDown")
    assert _focused_index(pg) == 2
    pg.keyboard.press("k")
    assert _focused_index(pg) == 1
    # Enter opens the focused difference's evidence
    focused = items.nth(1)
    assert focused.locator("details").first.evaluate("d => d.open") is False
    pg.keyboard.press("Enter")
    assert focused.locator("details").first.evaluate("d => d.open") is True
    assert focused.locator("blockquote.ev a.src").first.is_visible()
    # walking past the last visible item opens the fold
    visible = pg.locator("#triage > ol.triage > li.triage-item").count()
    for _ in range(visible - 1):
        pg.keyboard.press("j")
    assert _focused_index(pg) == visible
    assert pg.locator("#triage details.more").evaluate("d => d.open") is True
    assert pg.errors == []  # the script ran under the page's CSP: no violation, no error


def test_triage_browser_filter_form_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.goto(server + "/")
    pg.locator("a.label").first.click()
    pg.select_option("form.triage-filters select[name=speaker]", "Lloyd Austin")
    pg.click("form.triage-filters button[type=submit]")
    assert "speaker=Lloyd+Austin" in pg.url
    texts = pg.locator("#triage li.triage-item").all_inner_texts()
    assert texts and all("Lloyd Austin" in t for t in texts)
    context.close()
