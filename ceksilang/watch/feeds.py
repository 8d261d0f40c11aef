"""Feeds: the article links of an RSS or Atom feed (feedparser) or a Google-News-style sitemap.

``feed_items(body, url)`` gives ``FeedItem``s in the feed's order, or raises ``FeedError`` with
the reason when the body is neither. A sitemap (``<urlset>`` of the sitemaps.org namespace) is
read with lxml without entities or network; its ``news:`` extension gives the title and the
publication date. A feed whose XML is broken still yields the items feedparser could recover;
only when none can be recovered is it an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import feedparser
from lxml import etree

from ceksilang.model import UsageError
from ceksilang.watch.fetch import is_url

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


class FeedError(ValueError):
    """A feed that yields no items, and why."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    title: str | None = None
    published: str | None = None


def _sitemap_items(root: etree._Element, base: str) -> list[FeedItem]:
    items = []
    for node in root.iter(f"{{{SITEMAP_NS}}}url"):
        loc = node.findtext(f"{{{SITEMAP_NS}}}loc")
        if not loc or not loc.strip():
            continue
        title = node.findtext(f".//{{{NEWS_NS}}}title")
        published = node.findtext(f".//{{{NEWS_NS}}}publication_date") or node.findtext(f"{{{SITEMAP_NS}}}lastmod")
        items.append(FeedItem(urljoin(base, loc.strip()), (title or "").strip() or None, (published or "").strip() or None))
    return items


def feed_items(body: bytes, url: str) -> list[FeedItem]:
    """The items of the feed or sitemap ``body`` fetched from ``url``."""
    head = body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
        try:
            root = etree.fromstring(body, parser)
        except etree.XMLSyntaxError as exc:
            raise FeedError(f"broken sitemap XML: {exc}") from None
        if root.tag == f"{{{SITEMAP_NS}}}sitemapindex":
            raise FeedError("a sitemap index, not a sitemap of articles: list its sitemaps in the feeds file instead")
        return _sitemap_items(root, url)
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        items.append(FeedItem(urljoin(url, link.strip()), (entry.get("title") or "").strip() or None,
                              entry.get("published") or entry.get("updated")))
    if not items:
        if parsed.get("bozo"):
            raise FeedError(f"broken feed XML: {parsed.get('bozo_exception')}")
        if not parsed.get("version"):
            raise FeedError("not an RSS or Atom feed, nor a sitemap")
    return items


def read_feeds_file(path: str | Path) -> list[str]:
    """The feed URLs of a feeds file: one a line; blank lines and ``#`` comments are skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the list of URLs ({exc})") from None
    urls, bad = [], []
    for number, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        (urls if is_url(line) else bad).append(line if is_url(line) else f"line {number}: {line[:80]}")
    if bad:
        raise UsageError(f"{path}: not http(s) URLs: {'; '.join(bad[:5])}")
    if not urls:
        raise UsageError(f"{path}: no URLs in it")
    return list(dict.fromkeys(urls))
