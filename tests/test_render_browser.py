"""briefing.html in headless Chromium: discrepancies shown, evidence links land on the sentence,
and article text with <script> or event handlers is displayed as text, never run."""

from pathlib import Path

import pytest

from ceksilang.render import write_briefing
from tests.live_server import CHROMIUM, launch_chromium
from tests.render_fixtures import hand_briefing

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (installed by .ci/run)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    with sync_api.sync_playwright() as pw:
        b = launch_chromium(pw)
        yield b
        b.close()


def test_briefing_html_in_chromium(browser, tmp_path):
    write_briefing(hand_briefing(), tmp_path, formats=["html"])
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((tmp_path / "briefing.html").as_uri())
    body = page.inner_text("body")
    assert "pertentangan" in body and "Dodi Hartono" in body and "Rina Sasmita" in body  # Indonesian labels by default
    assert "<script>window.__pwned = 1</script>" in body  # shown as text
    assert page.evaluate("typeof window.__pwned") == "undefined"  # never run
    assert dialogs == []
    assert page.locator("img").count() == 0
    assert all(u.startswith("file://") for u in requests)  # self-contained: nothing fetched
    # follow the discrepancy's evidence link to the source sentence
    link = page.locator("#s1-triage .ev a").first
    href = link.get_attribute("href")
    link.click()
    target = page.locator(href)
    assert target.inner_text().startswith("“Sebanyak 12 orang meninggal dunia")
    assert page.evaluate("location.hash") == href
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "briefing.png"), full_page=True)
    page.close()
