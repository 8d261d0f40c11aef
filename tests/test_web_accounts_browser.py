"""A shared desk in a real browser (headless Chromium through Playwright): the login page, the
language switch, a wrong password, a viewer refused an upload (403), logging out, and an editor
whose upload goes through. The server runs the app with accounts over the invented store of
test_web (stories from its fixed build, so no model is loaded).
"""

from __future__ import annotations


import pytest

from tests.live_server import CHROMIUM, chromium_browser, served

pytest.importorskip("fastapi")
pytest.importorskip("argon2")
pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs Chromium at {CHROMIUM}")]
PASSWORDS = {"vera": "viewer-pass-123", "edi": "editor-pass-123"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from argon2 import PasswordHasher

    from ceksilang.store import Store, digest_text
    from ceksilang.web import create_app
    from ceksilang.web.accounts import Accounts
    from tests.test_web import fast_ingest, fixed_build, invented_documents

    db = tmp_path_factory.mktemp("desk") / "desk.db"
    with Store(db) as store:
        for doc in invented_documents():
            store.put_document(doc, digest_text(doc.text))
    accounts = Accounts(db, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    accounts.add("vera", "viewer", PASSWORDS["vera"])
    accounts.add("edi", "editor", PASSWORDS["edi"])
    app = create_app(db, build=fixed_build, check_interval=-1, ingest=fast_ingest, require_login=True,
                     accounts=accounts)
    with served(app, start_timeout=30) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as b:
        yield b


def log_in(pg, server: str, name: str, password: str) -> None:
    pg.goto(server + "/login")
    pg.fill("input[name=name]", name)
    pg.fill("input[name=password]", password)
    pg.click("form.login button[type=submit]")


def test_browser_login_language_roles_and_logout(server, browser, tmp_path):
    context = browser.new_context()
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    outside: list[str] = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)

    # a stranger is sent to the login page, in Indonesian; the switch makes it English
    pg.goto(server + "/stories/story-bridge")
    assert "/login?next=" in pg.url
    assert pg.locator("html").get_attribute("lang") == "id" and pg.locator("h1").inner_text() == "Masuk"
    pg.click("nav.langs a[lang=en]")
    assert pg.locator("h1").inner_text() == "Log in" and "/login" in pg.url

    # a wrong password: refused, still on the login page, no session
    log_in(pg, server, "vera", "not-her-password")
    assert pg.locator("p.error").inner_text() == "Wrong name or password."
    assert not [c for c in context.cookies() if c["name"] == "ceksilang_session"]

    # the viewer reads, but the upload form is refused
    log_in(pg, server, "vera", PASSWORDS["vera"])
    session = next(c for c in context.cookies() if c["name"] == "ceksilang_session")
    assert session["httpOnly"] and session["sameSite"] == "Strict"
    pg.goto(server + "/")
    assert pg.locator("ol.stories li.story").count() == 2
    upload = tmp_path / "lebak.txt"
    upload.write_text("Jembatan Tanjung Lebak mulai diperbaiki pekan depan, kata Arif Wicaksana.", encoding="utf-8")
    pg.set_input_files("form.upload input[type=file]", str(upload))
    with pg.expect_response(lambda r: r.url.endswith("/add")) as answer:
        pg.click("form.upload button[type=submit]")
    assert answer.value.status == 403 and "viewer" in pg.locator("p.error").inner_text()

    # logging out ends the session: the pages ask for a login again
    pg.goto(server + "/logout")
    pg.click("form.logout button[type=submit]")
    assert "/login" in pg.url
    pg.goto(server + "/")
    assert "/login" in pg.url

    # the editor's upload goes through and joins its story
    log_in(pg, server, "edi", PASSWORDS["edi"])
    pg.goto(server + "/")
    pg.set_input_files("form.upload input[type=file]", str(upload))
    pg.click("form.upload button[type=submit]")
    assert "/stories/" in pg.url and "added=" in pg.url
    assert pg.locator("table.sources tr.added").count() == 1
    assert errors == [] and outside == []  # no script error, nothing fetched from another origin
    context.close()
