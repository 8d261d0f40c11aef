"""Hostile inputs: each one ends as a clear InputError (or a clean document) and the run goes on.

Time and memory of each case are measured by ``bench/fuzz.py --hostile`` in a subprocess, not
here: these tests assert behaviour only. Big files are sparse (``truncate``) where the point is
that they are refused by size, so they cost no disk and no time.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import lxml.html
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ceksilang.model import Briefing, Document, InputError, RawDocument, Source
from ceksilang.pipeline import ingest
from ceksilang.ingest.read import read_file
from ceksilang.ingest.read import warc as warc_reader
from ceksilang.render import write_briefing
from ceksilang.settings import Settings
from ceksilang.store import Store

PARAGRAPH = "Warga desa berkumpul di balai untuk membahas harga pupuk yang naik lagi minggu ini."
PAGE = f"<html><head><title>Harga pupuk</title></head><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
SMALL = Settings(max_record_bytes=1024 * 1024)


def _items(path: Path, settings: Settings = Settings()) -> list[RawDocument | InputError]:
    return list(read_file(path, settings=settings))


def _sparse(path: Path, head: bytes, size: int) -> Path:
    with open(path, "wb") as f:
        f.write(head)
        f.truncate(size)
    return path


def deeply_nested_html(levels: int) -> str:
    return "<html><body>" + "<div>" * levels + f"<p>{PARAGRAPH}</p>" + "</div>" * levels + "</body></html>"


def write_warc(path: Path, records: list[tuple[str, bytes, list[tuple[str, str]]]], gzip_records: bool = True) -> Path:
    """A WARC of HTML response records: (target URI, HTTP body, extra HTTP headers)."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip_records)
        for uri, body, headers in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), *headers], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return path


# --------------------------------------------------------------------------- nesting


def test_hostile_input_deeply_nested_html_is_refused_with_reason(tmp_path):
    path = tmp_path / "dalam.html"
    path.write_text(deeply_nested_html(100_000), encoding="utf-8")
    (item,) = _items(path)
    assert isinstance(item, InputError) and item.source == str(path)
    assert "levels deep" in item.reason


def test_hostile_input_moderately_nested_html_is_still_read(tmp_path):
    path = tmp_path / "sedang.html"
    path.write_text(deeply_nested_html(100), encoding="utf-8")
    (item,) = _items(path)
    assert isinstance(item, RawDocument) and PARAGRAPH in item.text


# --------------------------------------------------------------------------- size


@pytest.mark.parametrize(
    ("name", "head", "size", "reason"),
    [
        ("halaman.html", b"<html><body><p>", 12 * 1024 * 1024, "HTML page is 12 MB, over the 10 MB page limit"),
        ("halaman_besar.html", b"<html><body><p>", 50 * 1024 * 1024 + 1, "file is 50 MB, over the 50 MB limit"),
        ("satu_baris.txt", b"Harga pupuk naik ", 1024**3, "file is 1 GB, over the 50 MB limit"),
    ],
)
def test_hostile_input_oversized_file_is_refused_by_size_before_reading(tmp_path, name, head, size, reason):
    # the sparse body is NUL bytes: had the reader looked past the size, it would say "binary"
    path = _sparse(tmp_path / name, head, size)
    assert _items(path) == [InputError(str(path), reason)]


def test_hostile_input_csv_cell_over_record_limit_refuses_only_that_row(tmp_path):
    path = tmp_path / "sel_besar.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("id,text\n")
        f.write(f"a,{PARAGRAPH}\n")
        f.write("b,")
        chunk = "pupuk " * 100_000
        for _ in range(100 * 1024 * 1024 // len(chunk) + 1):  # a 100 MB cell, written in pieces
            f.write(chunk)
        f.write("\n")
        f.write(f"c,{PARAGRAPH}\n")
        f.write(f'd,"{PARAGRAPH}\n{PARAGRAPH}"\n')
    try:
        assert path.stat().st_size > 100 * 1024 * 1024
        items = _items(path)
    finally:
        path.unlink()
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "RawDocument", "RawDocument"]
    assert items[1].source == f"{path}#2" and "record limit" in items[1].reason
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["a", "c", "d"]
    assert items[3].text == f"{PARAGRAPH}\n{PARAGRAPH}"


def test_hostile_input_csv_oversized_line_inside_quoted_cell_refuses_the_whole_row(tmp_path):
    path = tmp_path / "kutip.csv"
    long_line = "pupuk " * 200_000  # 1.2 MB, over the 1 MB limit of SMALL
    path.write_text(f'id,text\na,"{PARAGRAPH}\n{long_line}\n{PARAGRAPH}"\nb,{PARAGRAPH}\n', encoding="utf-8")
    items = _items(path, SMALL)
    assert isinstance(items[0], InputError) and items[0].source == f"{path}#1"
    # no document keeps a cell with a line silently cut out of it
    assert all(isinstance(i, InputError) or i.text == PARAGRAPH for i in items)
    assert any(isinstance(i, RawDocument) and i.id == "b" for i in items)


# --------------------------------------------------------------------------- gzip bombs


def test_hostile_input_gzip_bomb_http_body_is_refused_and_next_record_read(tmp_path):
    bomb = gzip.compress(PAGE.encode().replace(b"</p>", b" " * (20 * 1024 * 1024) + b"</p>", 1), 9)
    path = write_warc(
        tmp_path / "bom.warc.gz",
        [("http://contoh.test/bom", bomb, [("Content-Encoding", "gzip")]), ("http://contoh.test/biasa", PAGE.encode(), [])],
    )
    assert path.stat().st_size < 1024 * 1024  # the point of a bomb: small on disk
    bad, good = _items(path, SMALL)
    assert isinstance(bad, InputError) and bad.source == f"{path}@http://contoh.test/bom"
    assert "record limit" in bad.reason
    assert isinstance(good, RawDocument) and good.id == "http://contoh.test/biasa"


def test_hostile_input_gzip_bomb_warc_record_over_the_inflate_cap_stops_the_archive(tmp_path, monkeypatch):
    monkeypatch.setattr(warc_reader, "MAX_INFLATED_RECORD_BYTES", 4 * 1024 * 1024)
    big = PAGE.encode().replace(b"</p>", b" " * (8 * 1024 * 1024) + b"</p>", 1)
    path = write_warc(tmp_path / "bom_rekaman.warc.gz", [("http://contoh.test/bom", big, []), ("http://contoh.test/biasa", PAGE.encode(), [])])
    (item,) = _items(path, SMALL)
    assert isinstance(item, InputError) and item.source == str(path)
    assert "gzip bomb" in item.reason and "after 0 records" in item.reason


# --------------------------------------------------------------------------- NUL bytes


def test_hostile_input_stray_nuls_are_dropped_from_text(tmp_path):
    path = tmp_path / "nul.txt"
    text = (PARAGRAPH + "\n") * 20
    path.write_bytes(text.encode().replace(b"balai", b"bal\x00ai", 3))
    (item,) = _items(path)
    assert isinstance(item, RawDocument) and "\x00" not in item.text
    assert item.text.strip() == text.strip()


@pytest.mark.parametrize("suffix", [".txt", ".html", ".csv", ".jsonl"])
def test_hostile_input_many_nuls_is_binary(tmp_path, suffix):
    path = tmp_path / f"biner{suffix}"
    path.write_bytes((PARAGRAPH.encode() + b"\x00" * 8) * 50)  # ~9% NULs
    (item,) = _items(path)
    assert isinstance(item, InputError) and item.reason.startswith("binary file")


def test_hostile_input_nul_in_a_csv_cell_is_dropped(tmp_path):
    path = tmp_path / "sel_nul.csv"
    path.write_bytes(b"id,text\na," + PARAGRAPH.encode().replace(b"desa", b"de\x00sa") + b"\n")
    (item,) = _items(path)
    assert isinstance(item, RawDocument) and item.text == PARAGRAPH


# --------------------------------------------------------------------------- the run goes on


def test_hostile_input_run_goes_on_past_every_hostile_file(tmp_path):
    folder = tmp_path / "masukan"
    folder.mkdir()
    (folder / "a_dalam.html").write_text(deeply_nested_html(100_000), encoding="utf-8")
    _sparse(folder / "b_besar.txt", b"Harga ", 1024**3)
    (folder / "c_biner.txt").write_bytes(b"\x00\x01\x02" * 1000)
    write_warc(folder / "d_bom.warc.gz", [("http://contoh.test/bom", gzip.compress(b" " * (3 * 1024 * 1024)), [("Content-Encoding", "gzip")])])
    (folder / "z_biasa.txt").write_text(PARAGRAPH + "\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        summary = ingest([folder], store, settings=SMALL, extract=False)
        assert summary.read == 1 and summary.failed == 4
        assert [d.source.path for d in store.iter_documents()] == [str(folder / "z_biasa.txt")]
        assert len(store.errors()) == 4


# --------------------------------------------------------------------------- rendering


RLO = "\u202e"
HOSTILE_TITLE = f"Harga {RLO}kupup<script>alert(1)</script> naik"


def _hostile_briefing() -> Briefing:
    text = f"{PARAGRAPH}\nKata {RLO}iskuR<b>tebal</b> di sini."
    doc = Document(id="rlo", source=Source("/masukan/rlo.txt"), text=text, title=HOSTILE_TITLE,
                   outlet=f"{RLO}moc.ratibak", author=f"<i>{RLO}Sasmita</i>")
    return Briefing(documents=[doc], errors=[InputError(f"/masukan/{RLO}lmth.exe.txt", "binary file, not text")])


def test_hostile_input_rlo_and_script_in_title_are_kept_in_json(tmp_path):
    write_briefing(_hostile_briefing(), tmp_path, formats=["json"])
    import json

    data = json.loads((tmp_path / "briefing.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["title"] == HOSTILE_TITLE  # the text is the text: kept as is
    assert data["errors"][0]["source"] == f"/masukan/{RLO}lmth.exe.txt"


def test_hostile_input_rlo_and_script_in_title_render_escaped(tmp_path):
    write_briefing(_hostile_briefing(), tmp_path, formats=["html", "md"])
    html = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    tree = lxml.html.document_fromstring(html)
    assert not tree.xpath("//script[contains(., 'alert')]") and not tree.xpath("//b | //i")
    assert "<script>alert" not in html and "<b>tebal" not in html
    # escaped, not dropped: the title reads back whole from the parsed page
    assert HOSTILE_TITLE in tree.text_content()
    # a tag's < is written &lt; (a lone > opens nothing and stays as written)
    assert "<script" not in md and "<i>" not in md and "&lt;script>alert(1)&lt;/script>" in md
    assert RLO in md


def test_hostile_input_rlo_in_html_is_isolated(tmp_path):
    # An unisolated U+202E reverses what follows it on the line (outlet, date): each untrusted
    # text holding one should sit in <bdi> or an element with dir=...
    write_briefing(_hostile_briefing(), tmp_path, formats=["html"])
    tree = lxml.html.document_fromstring((tmp_path / "briefing.html").read_text(encoding="utf-8"))
    holders = [el for el in tree.iter() if RLO in (el.text or "") or RLO in (el.tail or "")]
    assert holders
    for el in holders:
        owner = el if RLO in (el.text or "") else el.getparent()
        assert any(a.tag == "bdi" or a.get("dir") for a in [owner, *owner.iterancestors()])
