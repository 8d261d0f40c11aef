"""A scripted news site on loopback for the watch tests: http.server in a thread.

``site.routes[path]`` is a ``Reply`` or a list of them (served in turn, the last one repeated);
a reply with an ``etag`` answers a matching ``If-None-Match`` with 304. Every request is logged
in ``site.log`` as (method, path, status) so a test can check what was fetched and how often.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes | Callable[[], Iterator[bytes]] = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0.0  # seconds before answering (a timeout test)
    length: int | None = None  # declared Content-Length of a streamed body (None: chunked)


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Reply | list[Reply]] = {}
        self.log: list[tuple[str, str, int]] = []
        self.user_agents: list[str] = []
        self._served: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                site.user_agents.append(self.headers.get("User-Agent", ""))
                reply = site.next_reply(self.path)
                if reply is None:
                    self._send(404, b"not here", "text/plain", {})
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.etag and self.headers.get("If-None-Match") == reply.etag:
                    self._send(304, b"", None, {"ETag": reply.etag})
                    return
                headers = dict(reply.headers)
                if reply.etag:
                    headers["ETag"] = reply.etag
                if callable(reply.body):
                    site.log.append(("GET", self.path, reply.status))
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if reply.length is not None:
                        self.send_header("Content-Length", str(reply.length))
                    else:
                        self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    try:
                        for chunk in reply.body():
                            if reply.length is None:
                                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                            else:
                                self.wfile.write(chunk)
                        if reply.length is None:
                            self.wfile.write(b"0\r\n\r\n")
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                # logged before the reply goes out (``_send`` does): a client that has its answer
                # may count the site's fetches at once, before this thread would log after writing
                self._send(reply.status, reply.body, reply.content_type, headers)

            def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str], log: bool = True) -> None:
                if log:
                    site.log.append(("GET", self.path, status))
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def next_reply(self, path: str) -> Reply | None:
        route = self.routes.get(path)
        if route is None:
            return None
        if isinstance(route, Reply):
            return route
        n = self._served.get(path, 0)
        self._served[path] = n + 1
        return route[min(n, len(route) - 1)]

    def fetches(self, path: str, status: int | None = None) -> int:
        return sum(1 for _, p, s in self.log if p == path and (status is None or s == status))

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def article(title: str, paragraphs: list[str], extra: str = "", outlet: str = "Warta Uji") -> bytes:
    """An HTML news page with a title, a body of paragraphs and optional page furniture."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='{outlet}'>"
            f"<meta property='article:published_time' content='2026-12-01T08:00:00+07:00'></head>"
            f"<body><header><nav><a href='/'>Beranda</a></nav></header><article><h1>{title}</h1>{body}</article>"
            f"{extra}<footer>Hak cipta {outlet}</footer></body></html>").encode("utf-8")
