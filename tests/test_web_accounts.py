"""Accounts for a shared desk, through FastAPI's TestClient over the invented store of test_web.

Login and logout, wrong passwords, the throttle per client and per account, roles (a viewer
refused a write), CSRF and cross-site checks still in force behind a login, the record of who
wrote what, the command line that manages users, and ``serve`` refusing to share a store that
has no accounts.
"""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("argon2")

from argon2 import PasswordHasher  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from ceksilang.cli import main  # noqa: E402
from ceksilang.web import create_app  # noqa: E402
from ceksilang.web.accounts import AccountError, Accounts  # noqa: E402
from ceksilang.web.app import is_loopback  # noqa: E402
from ceksilang.web.security import SESSION_COOKIE, LoginThrottle, safe_next  # noqa: E402
from tests.test_web import db, fast_ingest, fixed_build  # noqa: E402,F401  (db is a fixture)

# cheap parameters: these tests check the logic, not Argon2's cost (the CLI test uses the defaults)
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORDS = {"vera": "viewer-pass-123", "edi": "editor-pass-123", "ada": "admin-pass-1234"}
ARTICLE = {"text": "Jembatan Tanjung Lebak mulai diperbaiki pekan depan, kata Arif Wicaksana."}


@pytest.fixture
def accounts(db: Path) -> Accounts:
    acc = Accounts(db, hasher=FAST_HASHER)
    acc.add("vera", "viewer", PASSWORDS["vera"])
    acc.add("edi", "editor", PASSWORDS["edi"])
    acc.add("ada", "admin", PASSWORDS["ada"])
    return acc


def make_app(db: Path, accounts: Accounts, limits=(20, 5, 900.0)):
    return create_app(db, build=fixed_build, check_interval=-1, ingest=fast_ingest, max_upload_bytes=64 * 1024,
                      require_login=True, accounts=accounts, login_limits=limits)


def make_client(db: Path, accounts: Accounts, limits=(20, 5, 900.0), **kwargs) -> TestClient:
    return TestClient(make_app(db, accounts, limits), follow_redirects=False, **kwargs)


@pytest.fixture
def shared(db: Path, accounts: Accounts) -> TestClient:
    with make_client(db, accounts) as c:
        yield c


def form_token(client: TestClient, path: str = "/login") -> str:
    page = client.get(path)
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def log_in(client: TestClient, name: str, password: str | None = None, next_path: str = "/"):
    return client.post("/login", data={"csrf_token": form_token(client), "name": name,
                                       "password": PASSWORDS.get(name, "") if password is None else password,
                                       "next": next_path})


# --------------------------------------------------------------------------- login and logout


def test_accounts_anonymous_pages_redirect_to_login_and_api_answers_401(shared):
    page = shared.get("/stories/story-bridge?x=1")
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2Fstories%2Fstory-bridge%3Fx%3D1"
    assert page.headers["content-security-policy"]  # the refusal carries the security headers
    assert shared.get("/api/stories").status_code == 401
    assert shared.post("/api/documents", json=ARTICLE).status_code == 401
    assert shared.get("/login").status_code == 200
    assert shared.get("/static/style.css").status_code == 200
    assert "Tanjung Lebak" not in shared.get("/login").text  # the login page shows no data


def test_accounts_login_opens_a_session_cookie_and_logout_ends_it(shared, db):
    answer = log_in(shared, "vera", next_path="/stories/story-bridge")
    assert answer.status_code == 303 and answer.headers["location"] == "/stories/story-bridge"
    cookie = next(v for k, v in answer.headers.multi_items() if k == "set-cookie" and SESSION_COOKIE in v)
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie  # plain http here: a Secure cookie would never be sent back
    token = shared.cookies.get(SESSION_COOKIE)
    with sqlite3.connect(db) as conn:  # the store keeps only a hash of the token
        stored = [r[0] for r in conn.execute("SELECT token_hash FROM sessions")]
    assert len(stored) == 1 and token not in stored[0]

    story = shared.get("/stories/story-bridge")
    assert story.status_code == 200 and "Tanjung Lebak" in story.text and 'href="/logout"' in story.text
    assert shared.get("/api/stories").status_code == 200

    out = shared.post("/logout", data={"csrf_token": form_token(shared, "/logout")})
    assert out.status_code == 303 and out.headers["location"] == "/login"
    shared.cookies.set(SESSION_COOKIE, token)  # even a kept copy of the cookie no longer works
    assert shared.get("/").status_code == 303
    assert shared.get("/api/stories").status_code == 401


def test_accounts_session_cookie_is_secure_over_https(db, accounts):
    with make_client(db, accounts, base_url="https://testserver") as client:
        answer = log_in(client, "edi")
        cookie = next(v for k, v in answer.headers.multi_items() if k == "set-cookie" and SESSION_COOKIE in v)
        assert "Secure" in cookie


def test_accounts_wrong_password_or_name_is_refused_the_same_way(shared):
    wrong_password = log_in(shared, "edi", "not-the-password")
    unknown_name = log_in(shared, "nobody", "not-the-password")
    for answer in (wrong_password, unknown_name):
        assert answer.status_code == 401
        assert "Nama atau kata sandi salah." in answer.text
        assert SESSION_COOKIE not in answer.headers.get("set-cookie", "")
    assert shared.get("/").status_code == 303


@pytest.mark.parametrize("target, expected", [
    ("/documents/kota-1", "/documents/kota-1"), ("//evil.example/x", "/"), ("https://evil.example", "/"),
    ("/\\evil.example", "/"), ("", "/"), ("/a\r\nSet-Cookie: x=1", "/"),
])
def test_accounts_login_never_redirects_to_another_site(target, expected):
    assert safe_next(target) == expected


def test_accounts_removing_a_user_ends_their_sessions(shared, accounts):
    assert log_in(shared, "edi").status_code == 303
    assert shared.get("/").status_code == 200
    accounts.remove("edi")
    assert shared.get("/").status_code == 303


# --------------------------------------------------------------------------- throttle


def test_accounts_login_is_throttled_per_account(db, accounts):
    app = make_app(db, accounts, limits=(100, 3, 900.0))
    with TestClient(app, follow_redirects=False) as attacker, \
            TestClient(app, follow_redirects=False, client=("10.0.0.9", 4000)) as other:
        for _ in range(3):
            assert log_in(attacker, "edi", "guess-guess-guess").status_code == 401
        refused = log_in(attacker, "edi")  # even the right password, while the account is locked
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
        assert "Terlalu banyak" in refused.text  # the login page speaks Indonesian by default
        assert log_in(other, "edi").status_code == 429  # from another address too
        assert log_in(attacker, "vera").status_code == 303  # other accounts are not locked


def test_accounts_login_is_throttled_per_client(db, accounts):
    app = make_app(db, accounts, limits=(4, 100, 900.0))
    with TestClient(app, follow_redirects=False) as attacker, \
            TestClient(app, follow_redirects=False, client=("10.0.0.7", 4000)) as colleague:
        for name in ("ada", "bob", "cici", "dodi"):
            assert log_in(attacker, name, "guess-guess-guess").status_code == 401
        assert log_in(attacker, "vera").status_code == 429  # spraying names from one address stops too
        assert log_in(colleague, "vera").status_code == 303  # a colleague elsewhere still logs in


def test_accounts_throttle_forgets_failures_after_the_window():
    now = [1000.0]
    throttle = LoginThrottle(limit=2, window=60.0, clock=lambda: now[0])
    throttle.fail("k")
    now[0] += 30
    throttle.fail("k")
    assert throttle.retry_after("k") == pytest.approx(30.0)
    now[0] += 31
    assert throttle.retry_after("k") == 0.0


def test_accounts_throttle_memory_is_bounded():
    throttle = LoginThrottle(limit=3, window=60.0, max_keys=100)
    for i in range(1000):
        throttle.fail(f"client-{i}")
    assert len(throttle._failures) == 100


# --------------------------------------------------------------------------- roles, CSRF, audit


def test_accounts_viewer_is_refused_every_write(shared):
    log_in(shared, "vera")
    assert shared.get("/stories/story-bridge").status_code == 200
    api = shared.post("/api/documents", json=ARTICLE)
    assert api.status_code == 403 and "viewer" in api.json()["detail"]
    files = {"file": ("lebak.txt", ARTICLE["text"].encode(), "text/plain")}
    page = shared.post("/add", files=files, data={"csrf_token": form_token(shared, "/")})
    assert page.status_code == 403
    assert shared.get("/api/stories").json()["total"] == 2  # nothing was added


def test_accounts_editor_writes_and_each_write_is_recorded(shared, accounts):
    log_in(shared, "edi")
    added = shared.post("/api/documents", json=ARTICLE)
    assert added.status_code == 201
    doc_id = added.json()["documents"][0]["id"]
    last = accounts.log(1)[0]
    assert (last["user"], last["action"], last["target"], last["status"]) == ("edi", "POST /api/documents", doc_id, 201)
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", last["at"])
    assert [r["action"] for r in accounts.log(user="edi")] == ["POST /api/documents", "login"]


def test_accounts_only_admins_reach_admin_pages(shared):
    log_in(shared, "edi")
    assert shared.get("/admin/users").status_code == 403


def test_accounts_csrf_and_cross_site_checks_still_apply(shared):
    assert shared.post("/login", data={"name": "edi", "password": PASSWORDS["edi"]}).status_code == 403  # no token
    log_in(shared, "edi")
    files = {"file": ("lebak.txt", ARTICLE["text"].encode(), "text/plain")}
    assert shared.post("/add", files=files, data={"csrf_token": "wrong-token-wrong-token"}).status_code == 403
    cross = shared.post("/api/documents", json=ARTICLE, headers={"origin": "https://evil.example"})
    assert cross.status_code == 403
    assert shared.post("/logout", data={}).status_code == 403  # no token: still logged in
    assert shared.get("/").status_code == 200


def test_accounts_loopback_use_needs_no_login_and_records_writes_as_local(db):
    app = create_app(db, build=fixed_build, check_interval=-1, ingest=fast_ingest)
    with TestClient(app) as client:
        assert client.get("/").status_code == 200
        assert 'href="/logout"' not in client.get("/").text
        assert client.post("/api/documents", json=ARTICLE).status_code == 201
    last = Accounts(db, hasher=FAST_HASHER).log(1)[0]
    assert (last["user"], last["action"], last["status"]) == ("local", "POST /api/documents", 201)


# --------------------------------------------------------------------------- users and serve


def test_accounts_refuse_bad_users(accounts):
    with pytest.raises(AccountError, match="exists"):
        accounts.add("edi", "editor", "another-password")
    with pytest.raises(AccountError, match="role"):
        accounts.add("budi", "owner", "long-enough-password")
    with pytest.raises(AccountError, match="at least"):
        accounts.add("budi", "viewer", "short")
    with pytest.raises(AccountError, match="user name"):
        accounts.add("<b>", "viewer", "long-enough-password")


def test_cli_users_add_list_remove(tmp_path, monkeypatch, capsys):
    store = str(tmp_path / "desk.db")
    monkeypatch.setattr("sys.stdin", io.StringIO("kata-sandi-yang-panjang\n"))
    assert main(["users", "add", "siti", "--role", "editor", "--db", store]) == 0
    with sqlite3.connect(store) as conn:
        hashed = conn.execute("SELECT password_hash FROM users WHERE name = 'siti'").fetchone()[0]
    assert hashed.startswith("$argon2id$") and "kata-sandi" not in hashed
    assert Accounts(store).verify("siti", "kata-sandi-yang-panjang").role == "editor"
    assert main(["users", "list", "--db", store]) == 0
    assert "siti\teditor" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("pendek\n"))
    assert main(["users", "add", "budi", "--role", "viewer", "--db", store]) == 2
    assert "at least" in capsys.readouterr().err
    assert main(["users", "remove", "siti", "--db", store]) == 0
    assert main(["users", "remove", "siti", "--db", store]) == 2
    assert "no such user" in capsys.readouterr().err
    assert main(["users", "log", "--db", store]) == 0
    assert "users remove\tsiti" in capsys.readouterr().out


def test_serve_refuses_to_share_a_store_without_accounts(tmp_path, monkeypatch, capsys):
    started = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: started.append(k))
    store = str(tmp_path / "desk.db")
    from ceksilang.store import Store

    Store(store).close()  # serve opens a store analyze made; it never creates one
    assert main(["serve", "--host", "0.0.0.0", "--db", store]) == 2
    assert "needs accounts" in capsys.readouterr().err and not started
    assert main(["serve", "--accounts", "--db", store]) == 2 and not started
    assert main(["serve", "--db", store]) == 0 and started  # loopback: as simple as before
    monkeypatch.setattr("sys.stdin", io.StringIO("kata-sandi-yang-panjang\n"))
    main(["users", "add", "ada", "--role", "admin", "--db", store])
    assert main(["serve", "--host", "0.0.0.0", "--db", store]) == 0 and len(started) == 2


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.0.0.2", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.5", False), ("desk.example", False),
])
def test_serve_knows_loopback_addresses(host, loopback):
    assert is_loopback(host) is loopback


def test_accounts_check_at_most_two_passwords_at_once(accounts):
    # each Argon2 check takes 64 MiB: a burst of logins must not take that per server thread
    import threading
    import time

    running, most = [0], [0]
    lock = threading.Lock()
    real_verify = accounts.hasher.verify

    def slow_verify(stored, password):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        return real_verify(stored, password)

    accounts.hasher = type("Slow", (), {"verify": staticmethod(slow_verify),
                                        "check_needs_rehash": staticmethod(lambda h: False),
                                        "hash": staticmethod(FAST_HASHER.hash)})()
    threads = [threading.Thread(target=accounts.verify, args=("edi", PASSWORDS["edi"])) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] == 2
