"""HTML pages: the article body and its metadata, through trafilatura.

trafilatura finds the body (paragraphs kept on their own lines, comments left out) and the
title, author, site name and URL. Its date is only a day; news sites put the minute in meta
tags (detik: ``publishdate`` / ``dtk:publishdate``; most others: ``article:published_time``),
so those tags are read first and trafilatura's date is the fallback. ``published`` keeps the
tag's value as written: the clean stage parses it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from lxml.html import HtmlElement

from ceksilang.model import InputError, RawDocument, Source
from ceksilang.settings import Settings
from ceksilang.ingest.read.decode import BINARY_SNIFF_BYTES, decode_bytes, drop_nuls, looks_binary, normalize_newlines

NO_ARTICLE_REASON = "no article text found"
# libxml2 drops whatever is nested deeper than this (its parser's limit, which also keeps a
# hostile page of 100,000 nested tags from exhausting the stack).
MAX_HTML_DEPTH = 255
TOO_DEEP_REASON = f"no article text found: the page nests tags over {MAX_HTML_DEPTH} levels deep, and deeper content cannot be parsed"

# Meta tags carrying the publication time, most specific first (name= or property= or itemprop=).
PUBLISHED_META = (
    "article:published_time",
    "dtk:publishdate",
    "publishdate",
    "pubdate",
    "publish-date",
    "datepublished",
    "og:published_time",
    "dc.date.issued",
    "date",
)
TITLE_META = ("og:title", "twitter:title")
OUTLET_META = ("og:site_name", "application-name")
AUTHOR_META = ("author", "dtk:author", "article:author")
URL_META = ("og:url",)

_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Declared charsets our UTF-8-then-cp1252 decoder already covers (or improves on).
_OWN_DECODER_CHARSETS = frozenset({"utf-8", "ascii", "latin-1", "iso8859-1", "cp1252"})


@dataclass(slots=True)
class Page:
    """What an HTML page yields: the article text and whatever metadata was found."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


def decode_html(data: bytes) -> str:
    """Text of an HTML page: its declared charset when that is not a UTF-8/latin family one,
    else our UTF-8-then-cp1252 decoder (pages that say utf-8 but carry cp1252 bytes exist)."""
    match = _CHARSET.search(data[:BINARY_SNIFF_BYTES])
    if match:
        try:
            declared = codecs.lookup(match.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            declared = None
        if declared and declared not in _OWN_DECODER_CHARSETS and not declared.startswith("utf-16"):
            return drop_nuls(data.decode(declared, errors="replace"))
    return drop_nuls(decode_bytes(data))


def _meta_values(tree: HtmlElement) -> dict[str, str]:
    """Lower-cased meta name/property/itemprop -> first non-empty content."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = (meta.get("content") or "").strip()
        if key and content:
            values.setdefault(key.strip().lower(), content)
    return values


def tree_depth(tree: HtmlElement) -> int:
    """The deepest element's depth (the root is 1), without recursion."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _load_html(html: str) -> HtmlElement | None:
    # trafilatura is imported on the first page, not with the readers: a run over CSV or JSON
    # Lines would pay its import (0.15 s of CPU) for nothing
    from trafilatura.utils import load_html

    return load_html(html)


def no_article_reason(html: str) -> str:
    """Why ``html`` has no article: too deeply nested to parse, or simply none found."""
    tree = _load_html(html)
    if tree is not None and tree_depth(tree) >= MAX_HTML_DEPTH:
        return TOO_DEEP_REASON
    return NO_ARTICLE_REASON


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if values.get(key):
            return values[key]
    return None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def extract_page(html: str, url: str | None = None, min_line_words: int = 6) -> Page | None:
    """The article in ``html``, or None when trafilatura finds no article text.

    trafilatura's fallbacks return a menu or a login form when a page has no article; a text
    without one line of ``min_line_words`` words is taken as no article.
    """
    import trafilatura

    tree = _load_html(html)
    if tree is None:
        return None
    meta = _meta_values(tree)
    extracted = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, with_metadata=True, include_images=False
    )
    if extracted is None:
        return None
    found = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = normalize_newlines(found.get("text") or "").strip()
    if not any(len(line.split()) >= min_line_words for line in text.splitlines()):
        return None
    return Page(
        text=text,
        title=_clean(found.get("title")) or _clean(_first(meta, TITLE_META)),
        author=_clean(found.get("author")) or _clean(_first(meta, AUTHOR_META)),
        published=_clean(_first(meta, PUBLISHED_META)) or _clean(found.get("date")),
        outlet=_clean(_first(meta, OUTLET_META)) or _clean(found.get("sitename")) or _clean(found.get("hostname")),
        url=_clean(found.get("url")) or _clean(_first(meta, URL_META)) or url,
    )


def page_to_document(page: Page, doc_id: str, source: Source, fmt: str) -> RawDocument:
    return RawDocument(
        id=doc_id,
        source=source,
        text=page.text,
        format=fmt,
        title=page.title,
        url=page.url,
        outlet=page.outlet,
        author=page.author,
        published=page.published,
    )


def read_html(path: Path, doc_id: str, data: bytes, settings: Settings) -> Iterator[RawDocument | InputError]:
    """One RawDocument for the article of an HTML file, id ``doc_id`` (the file stem)."""
    if looks_binary(data[:BINARY_SNIFF_BYTES]):
        yield InputError(str(path), "binary file, not text")
        return
    html = decode_html(data)
    page = extract_page(html, min_line_words=settings.min_article_line_words)
    if page is None:
        yield InputError(str(path), no_article_reason(html))
        return
    yield page_to_document(page, doc_id, Source(str(path)), "html")
