"""The web app's fact-check search box and verdict marking (FastAPI TestClient, invented store)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from ceksilang.cli import main  # noqa: E402
from ceksilang.factcheck.archive import FactCheckArchive  # noqa: E402
from ceksilang.factcheck.claimreview import validate_claimreview  # noqa: E402
from ceksilang.factcheck.records import FactCheck  # noqa: E402
from ceksilang.web.app import create_app  # noqa: E402
from tests.test_web import db, fast_ingest, fixed_build  # noqa: E402,F401  (db: the invented store fixture)


@pytest.fixture
def client(db_with_checks: Path) -> TestClient:
    app = create_app(db_with_checks, build=fixed_build, check_interval=-1, ingest=fast_ingest)
    with TestClient(app) as c:
        yield c


@pytest.fixture
def db_with_checks(db: Path) -> Path:
    with FactCheckArchive(db) as archive:
        archive.add([
            FactCheck("Jembatan Tanjung Lebak Ambruk karena Disabotase", "false", "SALAH", "TurnBackHoax",
                      url="https://turnbackhoax.example/jembatan", published="2025-02-06"),
            FactCheck("Air <script>alert(1)</script> Rebusan Sirsak Sembuhkan Kanker", "false", "HOAKS", "TurnBackHoax",
                      url="javascript:alert(1)"),
        ])
    return db


def _token(client: TestClient) -> str:
    page = client.get("/factchecks")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def test_search_box_shows_a_verdict_badge_for_a_paraphrase(client):
    page = client.get("/factchecks", params={"q": "katanya jembatan tanjung lebak ambruk gara2 disabotase"})
    assert page.status_code == 200
    assert "Checked before" in page.text and "TurnBackHoax: SALAH" in page.text
    assert 'href="https://turnbackhoax.example/jembatan"' in page.text


def test_search_box_says_plainly_when_nothing_matches(client):
    page = client.get("/factchecks", params={"q": "harga cabai rawit naik dua kali lipat di pasar induk"})
    assert "No prior fact-check matches this claim." in page.text


def test_untrusted_fact_check_text_and_urls_are_not_markup(client):
    page = client.get("/factchecks", params={"q": "air rebusan sirsak sembuhkan kanker"})
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text
    assert 'href="javascript:' not in page.text


def test_api_match_returns_ranked_matches(client):
    answer = client.get("/api/factchecks/match", params={"q": "jembatan tanjung lebak disabotase"}).json()
    assert answer["verdict"] is True
    assert answer["matches"][0]["url"] == "https://turnbackhoax.example/jembatan"


def test_marking_a_verdict_needs_the_csrf_token_and_exports_as_claimreview(client, db_with_checks, capsys):
    form = {"claim": "Jembatan ambruk karena sabotase", "rating": "false", "label": "SALAH",
            "explanation": "Polisi menyebut penyebabnya gerusan air.", "author": "Tim Cek Fakta",
            "appearances": "https://fb.example/p/9 https://x.example/s/2", "url": "https://cek.example/jembatan"}
    refused = client.post("/factchecks/verdicts", data=form)
    assert refused.status_code == 403
    saved = client.post("/factchecks/verdicts", data={**form, "csrf_token": _token(client)}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].startswith("/factchecks?marked=")
    bad = client.post("/factchecks/verdicts", data={**form, "rating": "sort of", "csrf_token": _token(client)})
    assert bad.status_code == 422 and "the rating must be one of" in bad.text
    assert main(["export", "claimreview", "--db", str(db_with_checks)]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert validate_claimreview(item) == []
    assert item["itemReviewed"]["firstAppearance"]["url"] == "https://fb.example/p/9"


def test_story_page_lists_the_prior_checks_relevant_to_it(client):
    page = client.get("/stories/story-bridge")
    assert page.status_code == 200
    section = page.text.split('id="prior-checks"', 1)[1].split("</section>", 1)[0]
    assert "TurnBackHoax: SALAH, 2025-02-06" in section and "Sirsak" not in section
