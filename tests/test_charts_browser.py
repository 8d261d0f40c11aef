"""The story charts in headless Chromium: the web app's story page and briefing.html show each
chart as an ``svg[role=img]`` followed by its table, markup in outlets, claimants and subjects
is shown as text and never run, and nothing is fetched from another origin."""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import quote
from pathlib import Path

import pytest

from ceksilang.model import Claim, Discrepancy, Document, Evidence, Source
from tests.live_server import CHROMIUM, chromium_browser, served

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("httpx")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

from tests.render_fixtures import HOSTILE as PAGE_HOSTILE, hand_briefing  # noqa: E402
from tests.test_web import HOSTILE, TEXT_X, fixed_build, invented_documents  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
BREAKOUT = '"><img src=x onerror=alert(5)>'

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs Chromium at {CHROMIUM}")]


def build_with_hostile_figure(store):
    """The invented bridge story of test_web, its hostile article joined to it with a figure
    whose subject, claimant and place are markup (its outlet already is)."""
    briefing = fixed_build(store)
    bridge = briefing.stories[0]
    bridge.docs.append("evil")
    briefing.stories = [s for s in briefing.stories if s.id != "story-evil"]
    start = TEXT_X.index(HOSTILE)
    briefing.claims.append(Claim("c6", bridge.id, "figure", f"korban luka {HOSTILE}",
                                 {"value": None, "low": 15, "high": 25, "qualifier": "approx", "unit": "orang"}, BREAKOUT,
                                 ["evil"], [Evidence("evil", start, start + len(HOSTILE))],
                                 ["<img src=x onerror=alert(1)>"], {"place": HOSTILE}))
    figure = next(x for x in briefing.discrepancies if x.kind == "figure")
    figure.claims.append("c6")
    return briefing


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as b:
        yield b


def watched_page(browser):
    """A page that records dialogs (an alert would be a payload running), requests and errors."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(15_000)
    page.dialogs, page.requests, page.errors = [], [], []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    return page


def test_charts_story_page_in_chromium(browser, tmp_path):
    from ceksilang.store import Store, digest_text
    from ceksilang.web import create_app

    db = tmp_path / "web.db"
    with Store(db) as store:
        for doc in invented_documents():
            store.put_document(doc, digest_text(doc.text))
    with served(create_app(db, build=build_with_hostile_figure, check_interval=-1)) as url:
        page = watched_page(browser)
        page.goto(url + "/stories/story-bridge")
        charts = page.locator("section#charts figure.chart > svg[role=img]")
        assert charts.count() == 2  # the disputed figure and the timeline
        tables = page.locator("section#charts figure.chart > svg[role=img] + table.chart-data")
        assert tables.count() == charts.count()  # each chart followed by its table
        # the chart is an image named by its title (the subject most of its claims give) and description
        named = page.get_by_role("img", name=re.compile(r"^korban luka: angka menurut media dan sumber klaim Angka "))
        assert named.count() == 1 and named.is_visible()
        table = tables.first
        assert "angka menurut media dan sumber klaim" in table.locator("caption").inner_text()
        rows = table.locator("tbody tr")
        assert rows.count() == 3  # 9 (kabarkota.id), 14 (Warta Rawa), about 15–25 (the hostile outlet)
        cells = table.inner_text()
        for shown in ("kabarkota.id", "Warta Rawa", "<img src=x onerror=alert(1)>", BREAKOUT, HOSTILE,
                      "sekitar 15–25 orang"):
            assert shown in cells
        # the payloads are in the chart as text (its tooltips and legend), never as elements
        svg_text = charts.first.evaluate("el => el.textContent")
        assert HOSTILE in svg_text and BREAKOUT in svg_text and "<img src=x onerror=alert(1)>" in svg_text
        assert page.locator("section#charts img, section#charts script").count() == 0
        assert charts.first.locator("g.mark-hollow-range rect").count() == 1  # about 15–25: a hollow bar
        assert page.dialogs == [] and page.errors == [], (page.dialogs, page.errors)
        assert page.requests and all(u.startswith(url + "/") for u in page.requests), page.requests
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("section#charts").screenshot(path=str(ARTIFACTS / "web_story_charts.png"))
        page.close()


def test_charts_briefing_html_in_chromium(browser, tmp_path):
    from ceksilang.render import write_briefing

    briefing = hand_briefing()
    extra = Document(id="x", source=Source("/in/x.txt"), text="Korban 20 orang.", title="X",
                     outlet=PAGE_HOSTILE, published="2025-03-05", language="id")
    c3 = next(c for c in briefing.claims if c.id == "c3")
    hostile = dataclasses.replace(c3, id="c9", value={"value": 20, "qualifier": "more_than", "unit": "orang"},
                                  claimant=PAGE_HOSTILE, docs=["x"], evidence=[Evidence("x", 7, 16)])
    briefing.documents.append(extra)
    briefing.stories[0].docs.append("x")
    briefing.claims.append(hostile)
    briefing.discrepancies.append(Discrepancy("figure", ["a", "b", "x"], ["c3", "c9"], "contradiction",
                                              "12 or more than 20.", 0.7, "s1"))
    write_briefing(briefing, tmp_path, formats=["html"])
    page = watched_page(browser)
    page.goto((tmp_path / "briefing.html").as_uri())
    chart = page.locator("figure.chart > svg[role=img]").first
    assert chart.is_visible()
    assert page.locator("figure.chart > svg[role=img] + table.chart-data caption").count() >= 1
    assert PAGE_HOSTILE in chart.evaluate("el => el.textContent")
    assert chart.locator("g.mark-arrow").count() == 1  # more than 20
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
    assert page.locator("figure.chart img, figure.chart script").count() == 0
    assert all(u.startswith("file://") for u in page.requests)  # self-contained: nothing fetched
    page.close()


def test_charts_seeds_story_shows_the_troop_estimates_in_indonesian(browser, seeds_dir, tmp_path):
    """What issue 19 asks: an Indonesian checker opens the seeds' story and sees the troop
    estimates as a chart by outlet and claimant, in Indonesian."""
    from ceksilang.pipeline import analyze
    from ceksilang.web import create_app

    out = tmp_path / "out"
    analyze([seeds_dir], out, workers=1, formats=("json",))
    with served(create_app(out / "ceksilang.db", check_interval=-1)) as url:
        page = watched_page(browser)
        story = page.request.get(url + "/api/stories").json()["stories"][0]
        page.goto(url + "/stories/" + quote(story["id"], safe=""))
        assert page.locator("section#charts h2").inner_text() == "Grafik"
        chart = page.get_by_role("img", name=re.compile(r"^tentara .*: angka menurut media dan sumber klaim"))
        assert chart.count() == 1 and chart.is_visible()
        legend = chart.locator("text.legend-series").evaluate_all("els => els.map(e => e.textContent)")
        assert any(t.startswith("Antony Blinken, di ") and "Metrotvnews.com" in t for t in legend), legend
        assert {"sekitar", "hingga / kurang dari", "lebih dari / sedikitnya"} <= set(
            chart.locator("text.legend-mark").evaluate_all("els => els.map(e => e.textContent)"))
        table = page.locator("section#charts figure.chart", has=chart).locator("table.chart-data")
        cells = table.inner_text()
        for shown in ("Terbit", "Media", "Menurut", "tanpa tanggal", "Kompas.com", "Vedant Patel",
                      "lebih dari 10.000 tentara", "NewsRoom.id", "Kyslytsya", "hingga 12.000 tentara"):
            assert shown in cells, shown
        assert page.dialogs == [] and page.errors == [], (page.dialogs, page.errors)
        assert all(u.startswith(url + "/") for u in page.requests), page.requests
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("section#charts").screenshot(path=str(ARTIFACTS / "web_seeds_charts.png"))
        page.close()
