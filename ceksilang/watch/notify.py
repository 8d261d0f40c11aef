"""Saying what changed: an Atom feed of the changes, and a signed webhook POST for a newsroom's chat tool.

The webhook body is JSON ``{"changes": [...]}``; the header ``X-Ceksilang-Signature`` carries
``sha256=<hex HMAC-SHA256 of the body bytes>`` under the shared secret, so the receiver can
check the message came from this watch (compare it in constant time, as ``verify_signature``
does). The secret comes from ``--webhook-secret`` or the ``CEKSILANG_WEBHOOK_SECRET`` variable.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from urllib.parse import quote
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from ceksilang.settings import DEFAULT, Settings
from ceksilang.watch.state import ChangeRecord

if TYPE_CHECKING:
    import httpx

SIGNATURE_HEADER = "X-Ceksilang-Signature"
SECRET_VARIABLE = "CEKSILANG_WEBHOOK_SECRET"


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, secret: str, header: str | None) -> bool:
    return header is not None and hmac.compare_digest(sign(body, secret), header)


def webhook_body(changes: Sequence[ChangeRecord]) -> bytes:
    return json.dumps({"changes": [c.to_dict() for c in changes]}, ensure_ascii=False, sort_keys=True).encode("utf-8")


def post_webhook(url: str, changes: Sequence[ChangeRecord], secret: str | None,
                 settings: Settings = DEFAULT, client: httpx.Client | None = None) -> str | None:
    """POST ``changes`` to ``url``; None when the receiver took them (2xx), else why not."""
    # imported here: the web app renders the Atom feed from this module and needs no HTTP client
    import httpx

    body = webhook_body(changes)
    headers = {"Content-Type": "application/json", "User-Agent": settings.user_agent}
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    own = client is None
    client = client or httpx.Client(timeout=settings.fetch_timeout, follow_redirects=False)
    try:
        response = client.post(url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        return f"webhook {url}: {type(exc).__name__}: {exc}"
    finally:
        if own:
            client.close()
    if not 200 <= response.status_code < 300:
        return f"webhook {url}: HTTP {response.status_code}"
    return None


def change_link(change: ChangeRecord, base: str) -> str:
    if change.doc_id:
        return f"{base}/documents/{quote(change.doc_id, safe='')}"
    if change.data.get("story"):
        return f"{base}/stories/{quote(str(change.data['story']), safe='')}"
    return f"{base}/changes"


def atom_feed(changes: Sequence[ChangeRecord], base: str, updated: str) -> str:
    """The changes (newest first) as an Atom 1.0 document; every text is escaped."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom">',
           "<title>ceksilang: what changed</title>",
           f"<id>{escape(base)}/changes</id>",
           f"<link rel=\"self\" href={quoteattr(base + '/changes.atom')}/>",
           f"<link href={quoteattr(base + '/changes')}/>",
           f"<updated>{escape(updated)}</updated>"]
    for c in changes:
        lines = [c.title]
        if c.kind == "edit":
            lines.append(f"before: {c.data.get('before') or '—'}")
            lines.append(f"after: {c.data.get('after') or '—'}")
        if c.kind == "new-story":
            lines.append(f"articles: {c.data.get('documents')}; outlets: {', '.join(c.data.get('outlets') or []) or '—'}")
        if c.kind in ("new-discrepancy", "changed-discrepancy"):
            lines.append(f"story: {c.data.get('story_label') or c.data.get('story')}")
            before = c.data.get("status_before")
            status = c.data.get("status")
            lines.append(f"{c.data.get('discrepancy_kind')}: {before} → {status}" if before and before != status
                         else f"{c.data.get('discrepancy_kind')}: {status}")
            if c.data.get("values_before") is not None and c.data.get("values_before") != c.data.get("values"):
                lines.append(f"before: {'; '.join(c.data['values_before'])}")
                lines.append(f"after: {'; '.join(c.data.get('values') or [])}")
        if c.data.get("url"):
            lines.append(f"page: {c.data['url']}")
        out += ["<entry>",
                f"<id>{escape(base)}/changes#{c.id}</id>",
                f"<title>{escape(f'[{c.kind}] {c.title}')}</title>",
                f"<updated>{escape(c.at)}</updated>",
                f"<link href={quoteattr(change_link(c, base))}/>",
                f"<content type=\"text\">{escape(chr(10).join(lines))}</content>",
                "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"
