"""Request hardening for the web app: response headers, cross-site request checks, body limits.

* Every response carries a strict Content-Security-Policy (scripts and styles only from this
  server, no inline script), ``nosniff``, ``frame-ancestors 'none'`` and a same-origin referrer.
* Unsafe methods (POST, ...) are refused with 403 when the browser says they come from another
  site (``Origin``, or ``Referer`` when there is no Origin). Clients that send neither (curl,
  scripts) are let through: they cannot carry a victim's cookies across sites.
* HTML forms also carry a CSRF token: a random value in a ``SameSite=Strict`` cookie that must
  match the form's hidden field (double submit).
* Request bodies are limited by ``Content-Length`` before they are read, and while read.
* Accounts (``AccountsMiddleware``): when the server is shared, every request needs a session
  cookie and a role high enough for it; every write is recorded with who and when. Failed logins
  are throttled per client and per account (``LoginThrottle``).
"""

from __future__ import annotations

import hmac
import html
import json
import re
import secrets
import time
from typing import Any
from urllib.parse import quote, urlsplit

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ceksilang.web.accounts import LOCAL

CSRF_COOKIE = "ceksilang_csrf"
CSRF_FIELD = "csrf_token"
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,128}")  # what token_urlsafe makes
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class BodyTooLarge(Exception):
    pass


def _host_of(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return parts.netloc.lower() if parts.scheme in ("http", "https") and parts.netloc else None


def cross_site(headers: dict[str, str]) -> bool:
    """True when a browser tells us the request was made by a page of another origin."""
    host = (headers.get("host") or "").lower()
    origin = headers.get("origin")
    if origin is not None:
        return origin == "null" or _host_of(origin) != host
    referer = headers.get("referer")
    if referer:
        return _host_of(referer) != host
    return False


class SecurityMiddleware:
    """Pure ASGI middleware: security headers on every response, cross-site writes refused."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] in UNSAFE_METHODS:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            if cross_site(headers):
                await _plain_response(send, 403, b'{"detail":"cross-site request refused"}', b"application/json")
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                present = {k.lower() for k, _ in message["headers"]}
                message["headers"] = list(message["headers"]) + [h for h in SECURITY_HEADERS if h[0] not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _plain_response(send: Send, status: int, body: bytes, content_type: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_cookie(request: Request) -> str | None:
    """The client's CSRF cookie when it has the shape of our tokens (else ``None``: issue a new one).

    Cached pages put the token in unescaped, so anything else a cookie might hold is refused here.
    """
    value = request.cookies.get(CSRF_COOKIE)
    return value if value is not None and _TOKEN.fullmatch(value) else None


def csrf_ok(request: Request, submitted: str | None) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE)
    return bool(cookie and submitted) and hmac.compare_digest(cookie.encode(), str(submitted).encode())


def declared_length(request: Request) -> int | None:
    value = request.headers.get("content-length")
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return -1


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, or ``BodyTooLarge`` as soon as it passes ``limit`` bytes."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


# --------------------------------------------------------------------------- accounts

SESSION_COOKIE = "ceksilang_session"
PUBLIC_PATHS = frozenset({"/login", "/favicon.ico", "/lang/id", "/lang/en"})  # the login page has a language too
NO_AUDIT_PATHS = frozenset({"/login", "/logout"})  # the login handler records successful logins itself


class LoginThrottle:
    """Failed logins counted per key (a client address, an account name) over a sliding window.

    A key with ``limit`` failures in the last ``window`` seconds is refused until the oldest of
    them leaves the window. Kept in memory: a restart forgets it (Argon2 still makes each guess
    slow). At most ``max_keys`` keys are kept; the least recently failed are forgotten first.
    """

    def __init__(self, limit: int, window: float, max_keys: int = 50_000, clock: Any = None):
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self.clock = clock or time.monotonic
        self._failures: dict[str, list[float]] = {}

    def _recent(self, key: str) -> list[float]:
        now = self.clock()
        times = [t for t in self._failures.get(key, []) if now - t < self.window]
        if times:
            self._failures[key] = times
        else:
            self._failures.pop(key, None)
        return times

    def retry_after(self, key: str) -> float:
        """Seconds until ``key`` may try again (0 when it may now)."""
        times = self._recent(key)
        if len(times) < self.limit:
            return 0.0
        return max(0.0, self.window - (self.clock() - times[-self.limit]))

    def fail(self, key: str) -> None:
        times = self._recent(key)
        times.append(self.clock())
        self._failures.pop(key, None)
        self._failures[key] = times[-self.limit:]  # re-inserted: dict order is recency
        while len(self._failures) > self.max_keys:
            del self._failures[next(iter(self._failures))]

    def clear(self, key: str) -> None:
        self._failures.pop(key, None)


def _required_role(method: str, path: str) -> str:
    if path == "/admin" or path.startswith("/admin/"):
        return "admin"
    if method in UNSAFE_METHODS and path not in ("/login", "/logout"):
        return "editor"
    return "viewer"


class AccountsMiddleware:
    """Who is asking, what their role lets them do, and a record of every write.

    With ``require_login`` a request needs a session (pages redirect to ``/login``, the API
    answers 401), writes need an editor and ``/admin`` an admin (else 403). Without it (loopback
    use) every request acts as the ``local`` account, as before accounts existed. Either way the
    account is put in ``request.state.account`` and every write (an unsafe method) is recorded
    with who, when, what and the answer's status; a handler may add what it changed in
    ``request.state.audit_target``.
    """

    def __init__(self, app: ASGIApp, accounts: Any, require_login: bool):
        self.app = app
        self.accounts = accounts
        self.require_login = require_login
        self.local = LOCAL

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        account = self.local
        if self.require_login and path not in PUBLIC_PATHS and not path.startswith("/static/"):
            account = self.accounts.session(_cookie(scope, SESSION_COOKIE))
            if account is None:
                await _refuse_anonymous(scope, send)
                return
            needed = _required_role(method, path)
            if not account.can(needed):
                message = f"your role ({account.role}) cannot do this; it needs {needed} or above"
                if _is_api(path):
                    await _plain_response(send, 403, json.dumps({"detail": message}).encode(), b"application/json")
                else:  # a form on a page: answer with a page, not JSON
                    page = (f'<!doctype html><meta charset="utf-8"><title>403</title><h1>403</h1>'
                            f'<p class="error">{html.escape(message)}</p><p><a href="/">ceksilang</a></p>')
                    await _plain_response(send, 403, page.encode(), b"text/html; charset=utf-8")
                return
        state = scope.setdefault("state", {})
        state["account"] = account
        if method not in UNSAFE_METHODS or path in NO_AUDIT_PATHS:
            await self.app(scope, receive, send)
            return
        status = [0]

        async def send_noting_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            target = state.get("audit_target") or ""
            self.accounts.record(account.name, f"{method} {path}", str(target), status[0])


def _cookie(scope: Scope, name: str) -> str | None:
    for key, value in scope["headers"]:
        if key == b"cookie":
            for part in value.decode("latin-1").split(";"):
                k, _, v = part.strip().partition("=")
                if k == name and _TOKEN.fullmatch(v):
                    return v
    return None


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/") or path == "/openapi.json"


async def _refuse_anonymous(scope: Scope, send: Send) -> None:
    path = scope["path"]
    if scope["method"] == "GET" and not _is_api(path):
        query = scope.get("query_string", b"").decode("latin-1")
        target = quote(path + (f"?{query}" if query else ""), safe="")
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", f"/login?next={target}".encode("latin-1")),
                                (b"content-length", b"0"), *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": b""})
        return
    await _plain_response(send, 401, b'{"detail":"log in first (POST /login)"}', b"application/json")


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path on this site, never another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    if any(ord(c) < 32 for c in target):
        return "/"
    return target
