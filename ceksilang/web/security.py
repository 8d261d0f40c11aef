"""Request hardening for the web app: response headers, cross-site request checks, body limits.

* Every response carries a strict Content-Security-Policy (scripts and styles only from this
  server, no inline script), ``nosniff``, ``frame-ancestors 'none'`` and a same-origin referrer.
* Unsafe methods (POST, ...) are refused with 403 when the browser says they come from another
  site (``Origin``, or ``Referer`` when there is no Origin). Clients that send neither (curl,
  scripts) are let through: they cannot carry a victim's cookies across sites.
* HTML forms also carry a CSRF token: a random value in a ``SameSite=Strict`` cookie that must
  match the form's hidden field (double submit).
* Request bodies are limited by ``Content-Length`` before they are read, and while read.
"""

from __future__ import annotations

import hmac
import re
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
