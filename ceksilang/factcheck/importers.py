"""Fact-check archives -> ``FactCheck`` records, or an ``InputError`` naming the input and the reason.

Three formats, told apart by the file's content rather than trusted names alone:

- the TurnBackHoax export (``Label;Headline;Body;;;;``, ``;``-separated, mixed cp1252/UTF-8
  bytes: decoded line by line as the article readers do);
- ClaimReview JSON-LD (schema.org) as embedded in fact-check pages (``<script
  type="application/ld+json">``), as a JSON list of objects or one object, ``@graph`` included,
  and the ``claims`` list Google's Fact Check Tools API returns;
- a plain CSV with the columns ``claim,rating,url,published,publisher``;
- an .xlsx workbook (read with openpyxl): the plain columns, or TurnBackHoax's list of headlines
  and links (``Header``, ``Link``: "[SALAH] ..." with the page's address, whose path holds the
  publication date). Its items that check no claim ("[BERITA]", "[EDUKASI]": the
  ``not_checks`` of ``lang/*/ratings.yaml``) are left out.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from ceksilang.factcheck.ratings import checks_a_claim, normalise_rating
from ceksilang.factcheck.records import FactCheck
from ceksilang.ingest.read.decode import decode_bytes, drop_nuls, looks_binary
from ceksilang.model import InputError

MAX_FILE_BYTES = 256 * 1024 * 1024
TURNBACKHOAX = "TurnBackHoax"
# TurnBackHoax's Label column when the item names no category of its own: 0 hoax, 1 clarification
_TBH_LABELS = {"0": "HOAKS", "1": "KLARIFIKASI"}
# "[SALAH] ...", "[HOAKS] ..." at the start of a headline
_LEADING_TAG = re.compile(r"^\s*[\[(]\s*([^\])]{2,40}?)\s*[\])]\s*[:\-–]?\s*")
# "(KATEGORI): KLARIFIKASI ======", "KATEGORI Klarifikasi.", "Kategori : Hoax ===="
_CATEGORY = re.compile(r"\bKATEGORI\b\s*\)?\s*[:=]*\s*\(?\s*([^\W\d_][^=.\n:)(]{1,40}?)\s*(?:={2,}|[.)]|\bSUMBER\b|\bNARASI\b|$)",
                       re.IGNORECASE)
PLAIN_COLUMNS = ("claim", "rating", "url", "published", "publisher")
ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx workbook is a zip archive
# turnbackhoax.id/2019/05/01/salah-...: the date a page was published, in its address
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def import_file(path: str | Path) -> Iterator[FactCheck | InputError]:
    """Every fact-check in ``path``; a file or record that cannot be read is an ``InputError``."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield InputError(name, f"file too large for a fact-check archive ({size} bytes, limit {MAX_FILE_BYTES})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield InputError(name, "empty file")
        return
    suffix = path.suffix.lower()
    if not is_workbook(data, suffix) and looks_binary(data[:8192]):
        yield InputError(name, "not a text file (binary content): expected CSV, JSON, HTML or an .xlsx workbook")
        return
    yield from import_bytes(data, name, suffix)


def is_workbook(data: bytes, suffix: str = "") -> bool:
    return data.startswith(ZIP_MAGIC) or suffix == ".xlsx"


def import_bytes(data: bytes, name: str, suffix: str = "") -> Iterator[FactCheck | InputError]:
    """The records of one archive's bytes, its format told by its content (``suffix`` helps)."""
    head = data.lstrip()[:2048]
    if is_workbook(data, suffix):
        yield from read_workbook(data, name)
    elif head.startswith(b"Label;Headline;Body") or head.startswith(b"\xef\xbb\xbfLabel;Headline;Body"):
        yield from read_turnbackhoax(data, name)
    elif suffix in (".html", ".htm") or head[:1] == b"<":
        yield from read_claimreview_html(drop_nuls(decode_bytes(data)), name)
    elif suffix in (".json", ".jsonld") or head[:1] in (b"[", b"{"):
        yield from read_claimreview_json(drop_nuls(decode_bytes(data)), name)
    elif suffix in (".csv", ".tsv", ".txt") or b"," in head:
        yield from read_plain_csv(drop_nuls(decode_bytes(data)), name)
    else:
        yield InputError(name, "unknown fact-check format: expected the TurnBackHoax CSV, ClaimReview JSON-LD "
                               "(HTML or JSON) or a claim,rating,url,published,publisher CSV")


# --------------------------------------------------------------------------- TurnBackHoax


def turnbackhoax_label(headline: str, body: str, label_column: str) -> str:
    """The publisher's own label: a leading "[SALAH]" tag, else the body's KATEGORI, else the Label column."""
    tag = _LEADING_TAG.match(headline)
    if tag and normalise_rating(tag.group(1)) != "unproven":
        return tag.group(1).strip().upper()
    category = _CATEGORY.search(body)
    if category and normalise_rating(category.group(1)) != "unproven":
        return " ".join(category.group(1).split()).upper()
    return _TBH_LABELS.get(label_column.strip(), "")


def read_turnbackhoax(data: bytes, name: str) -> Iterator[FactCheck | InputError]:
    # line by line, as the readers decode: a record never spans two physical lines in this export
    text = "\n".join(drop_nuls(decode_bytes(line)) for line in data.split(b"\n"))
    rows = csv.reader(io.StringIO(text), delimiter=";")
    next(rows, None)
    for number, row in enumerate(rows, start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        where = f"{name}:{number}"
        if len(row) < 3:
            yield InputError(where, f"expected Label;Headline;Body, found {len(row)} column(s)")
            continue
        label_column, headline, body = row[0], row[1], row[2]
        claim = _LEADING_TAG.sub("", headline.strip(), count=1).strip().strip("“”\"")
        if not claim:
            yield InputError(where, "no headline: nothing to say which claim was checked")
            continue
        label = turnbackhoax_label(headline, body, label_column)
        yield FactCheck(claim=claim, rating=normalise_rating(label), label=label, publisher=TURNBACKHOAX,
                        text=" ".join(body.split()), source=where)


# --------------------------------------------------------------------------- ClaimReview


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if k}


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``node`` whose @type is ClaimReview, wherever it is nested."""
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        if "ClaimReview" in _types(node):
            yield node
            return
        for value in node.values():
            if isinstance(value, (list, dict)):
                yield from _walk(value)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("url") or value.get("@id") or "")
    if isinstance(value, list) and value:
        return _text(value[0])
    return ""


def _urls(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        url = item if isinstance(item, str) else (item.get("url") or item.get("@id")) if isinstance(item, dict) else None
        if isinstance(url, str) and url.strip():
            out.append(url.strip())
    return out


def iso_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a schema.org date or datetime, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    return None


def claimreview_record(node: dict[str, Any], where: str) -> FactCheck | InputError:
    """One ClaimReview object -> a record; the fields a reader needs are checked, not assumed."""
    claim = _text(node.get("claimReviewed"))
    item = node.get("itemReviewed") if isinstance(node.get("itemReviewed"), dict) else {}
    if not claim:
        claim = _text(item.get("name") or item.get("text") or "")
    if not claim:
        return InputError(where, "ClaimReview without claimReviewed: nothing to say which claim was checked")
    rating = node.get("reviewRating") if isinstance(node.get("reviewRating"), dict) else {}
    label = _text(rating.get("alternateName") or rating.get("name") or "")
    author = _text(node.get("author") or node.get("publisher") or "")
    url = _text(node.get("url") or "") or None
    appearances = _urls(item.get("appearance")) if item else []
    first = _urls(item.get("firstAppearance"))[:1] if item else []
    language = _text(node.get("inLanguage") or "")[:2].lower() or "id"
    return FactCheck(claim=claim, rating=normalise_rating(label), label=label, publisher=author or "unknown",
                     url=url, published=iso_date(node.get("datePublished")), text=_text(node.get("reviewBody") or ""),
                     appearances=appearances, first_appearance=first[0] if first else None,
                     language=language, source=where)


def _api_claims(data: Any, name: str) -> Iterator[FactCheck | InputError]:
    """Google Fact Check Tools API answers: {"claims": [{"text", "claimReview": [...]}, ...]}."""
    for i, claim in enumerate(data.get("claims") or []):
        if not isinstance(claim, dict):
            continue
        reviews = claim.get("claimReview")
        if not isinstance(reviews, list):
            yield InputError(f"{name}#claims[{i}]", "claimReview is not a list of reviews")
            continue
        for j, review in enumerate(reviews):
            where = f"{name}#claims[{i}].claimReview[{j}]"
            text = _text(claim.get("text"))
            if not text or not isinstance(review, dict):
                yield InputError(where, "claim without text")
                continue
            label = _text(review.get("textualRating"))
            yield FactCheck(claim=text, rating=normalise_rating(label), label=label,
                            publisher=_text(review.get("publisher")) or "unknown", url=_text(review.get("url")) or None,
                            published=iso_date(review.get("reviewDate")), text=_text(review.get("title")),
                            language=_text(review.get("languageCode"))[:2].lower() or "id", source=where)


def read_claimreview_json(text: str, name: str) -> Iterator[FactCheck | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(name, f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        return
    yield from _from_json(data, name)


def _from_json(data: Any, name: str) -> Iterator[FactCheck | InputError]:
    if isinstance(data, dict) and isinstance(data.get("claims"), list):
        yield from _api_claims(data, name)
        return
    found = 0
    for i, node in enumerate(_walk(data)):
        found += 1
        yield claimreview_record(node, f"{name}#{i}")
    if not found:
        yield InputError(name, "no ClaimReview object (schema.org @type ClaimReview) found")


def read_claimreview_html(text: str, name: str) -> Iterator[FactCheck | InputError]:
    try:
        tree = lxml_html.fromstring(text.encode("utf-8", "surrogatepass"))
    except (ValueError, TypeError, lxml_html.etree.ParserError) as exc:
        yield InputError(name, f"not readable as HTML: {exc}")
        return
    blocks: list[Any] = []
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            blocks.append(json.loads(script.text_content() or ""))
        except json.JSONDecodeError as exc:
            yield InputError(name, f"a JSON-LD block is not valid JSON: {exc.msg}")
    nodes = list(_walk(blocks))
    if not nodes:
        yield InputError(name, "no ClaimReview JSON-LD in the page")
        return
    for i, node in enumerate(nodes):
        yield claimreview_record(node, f"{name}#{i}")


# --------------------------------------------------------------------------- plain CSV


def read_plain_csv(text: str, name: str) -> Iterator[FactCheck | InputError]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in ("claim", "rating") if c not in header]
    if missing:
        yield InputError(name, f"CSV without the column(s) {', '.join(missing)}: expected {','.join(PLAIN_COLUMNS)}")
        return
    reader.fieldnames = header
    yield from _plain_records(enumerate(reader, start=2), name)


def _plain_records(rows: Iterable[tuple[int, dict[str, Any]]], name: str) -> Iterator[FactCheck | InputError]:
    """Records of the plain columns (claim, rating, url, published, publisher), each row numbered."""
    for number, row in rows:
        where = f"{name}:{number}"
        claim = " ".join((row.get("claim") or "").split())
        if not claim:
            yield InputError(where, "empty claim")
            continue
        label = (row.get("rating") or "").strip()
        published = (row.get("published") or "").strip()
        day = iso_date(published)
        if published and not day:
            yield InputError(where, f"published: {published!r} is not an ISO date (YYYY-MM-DD)")
            continue
        yield FactCheck(claim=claim, rating=normalise_rating(label), label=label,
                        publisher=(row.get("publisher") or "").strip() or "unknown",
                        url=(row.get("url") or "").strip() or None, published=day, source=where)


# --------------------------------------------------------------------------- workbooks


def read_workbook(data: bytes, name: str) -> Iterator[FactCheck | InputError]:
    """The first sheet of an .xlsx workbook: the plain columns, or TurnBackHoax's Header/Link list."""
    from openpyxl import load_workbook  # imported here: only a workbook needs it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zip, XML and its own errors for a file it cannot read
        yield InputError(name, f"not a readable .xlsx workbook ({type(exc).__name__}: {exc})")
        return
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        rows = sheet.iter_rows(values_only=True) if sheet is not None else iter(())
        header = [_cell(c).lower() for c in next(rows, ())]
        numbered = ((n, dict(zip(header, (_cell(c) for c in row)))) for n, row in enumerate(rows, start=2))
        if "header" in header and "link" in header:
            yield from _turnbackhoax_links(numbered, name)
        elif "claim" in header and "rating" in header:
            yield from _plain_records(numbered, name)
        else:
            yield InputError(name, "workbook without known columns: expected Header, Link (TurnBackHoax) or "
                                   f"{','.join(PLAIN_COLUMNS)}")
    finally:
        book.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _turnbackhoax_links(rows: Iterable[tuple[int, dict[str, str]]], name: str) -> Iterator[FactCheck | InputError]:
    for number, row in rows:
        headline, link = row.get("header", ""), row.get("link", "")
        if not headline and not link:
            continue
        where = f"{name}:{number}"
        tag = _LEADING_TAG.match(headline)
        label = tag.group(1).strip().upper() if tag else ""
        if not checks_a_claim(label):
            continue  # a news round-up or a lesson among the fact-checks
        claim = _LEADING_TAG.sub("", headline, count=1).strip().strip("“”\"")
        if not claim:
            yield InputError(where, "no headline: nothing to say which claim was checked")
            continue
        if link and not link.startswith(("http://", "https://")):
            yield InputError(where, f"Link {link[:80]!r} is not a web address")
            continue
        day = _URL_DATE.search(link)
        published = iso_date("-".join(day.groups())) if day else None
        yield FactCheck(claim=claim, rating=normalise_rating(label), label=label, publisher=TURNBACKHOAX,
                        url=link or None, published=published, source=where)


def import_files(paths: Iterable[str | Path]) -> Iterator[FactCheck | InputError]:
    for path in paths:
        yield from import_file(path)
