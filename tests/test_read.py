"""Tests of the read stage: every bad input the product promises to survive, and real corpora."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings as hsettings, strategies as st

from ceksilang.model import InputError, RawDocument
from ceksilang.ingest.read import detect_format, iter_inputs, list_input_files, read_file
from ceksilang.ingest.read.decode import decode_bytes, looks_binary
from ceksilang.settings import Settings

from .conftest import needs_corpus

NEWS_MAP = {"text": "clean_text", "published": "date"}

# Invented Indonesian sentences, long enough for trafilatura to take them as an article.
ARTICLE_PARAGRAPHS = [
    "Warga Desa Sukamaju menanam padi bersama di sawah pada Senin pagi setelah hujan reda.",
    "Kepala desa mengatakan panen raya diperkirakan jatuh pada bulan depan jika cuaca mendukung.",
    "Para petani berharap harga gabah tetap stabil sampai musim tanam berikutnya tiba di desa itu.",
]


def _page(title: str = "Petani Sukamaju Mulai Menanam", published: str = "2024/11/05 09:30:00") -> str:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    return (
        f"<html><head><title>{title}</title><meta property='og:title' content='{title}'>"
        f"<meta name='publishdate' content='{published}'><meta property='og:site_name' content='contohnews'>"
        f"</head><body><nav><a href='/'>Beranda</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _items(paths, field_map=None, settings=Settings()):
    return list(iter_inputs([str(p) for p in paths], field_map, settings))


def _docs(items):
    return [i for i in items if isinstance(i, RawDocument)]


def _errors(items):
    return [i for i in items if isinstance(i, InputError)]


# --------------------------------------------------------------------------- bad inputs


def test_read_empty_file(tmp_path):
    path = tmp_path / "kosong.txt"
    path.write_bytes(b"")
    items = _items([path])
    assert items == [InputError(str(path), "empty file")]


@pytest.mark.parametrize(
    "name, data",
    [
        ("gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        ("arsip.csv", b"PK\x03\x04" + b"\x00\x01\x02" * 100),
        ("data.jsonl", b'{"text": "a"}\n\x00\x00\x00'),
        ("tanpa_ekstensi", bytes(range(1, 32)) * 50),  # control bytes without a NUL
        ("halaman.html", b"<html>\x00\x00\x00</html>"),
    ],
)
def test_read_binary_file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    items = _items([path])
    assert len(items) == 1
    assert items[0].source == str(path)
    assert items[0].reason.startswith("binary file, not text")


def test_read_html_without_article(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Beranda</a></nav></body></html>")
    assert _items([path]) == [InputError(str(path), "no article text found")]


@pytest.mark.parametrize("name", ["besar.txt", "besar.html", "besar"])
def test_read_file_over_limit_refused_unread(tmp_path, name):
    import tracemalloc

    path = tmp_path / name
    with open(path, "wb") as f:
        f.write(b"Teks ")
        f.truncate(200 * 1024 * 1024)  # sparse: costs no disk and must not be read
    tracemalloc.start()
    try:
        items = _items([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert items == [InputError(str(path), "file is 200 MB, over the 50 MB limit")]
    assert peak < 5 * 1024 * 1024  # reading it, even once, would take 200 MB


@pytest.mark.parametrize(
    "data, expected",
    [
        # cp1252 only: curly quotes, ellipsis, e-acute
        (b"\x93Kami siap,\x94 kata Andi\x85 caf\xe9.\n", "“Kami siap,” kata Andi… café.\n"),
        # one UTF-8 line, one cp1252 line
        ("“Satu” — dua\n".encode() + b"\x93Tiga\x94 \x96 empat\n", "“Satu” — dua\n“Tiga” – empat\n"),
        # mixed within one line
        ("Rp 5 juta ‘kurang’ ".encode() + b"\x91lebih\x92\n", "Rp 5 juta ‘kurang’ ‘lebih’\n"),
        # BOM dropped, CRLF normalised
        (b"\xef\xbb\xbfBaris satu\r\nBaris dua\r\n", "Baris satu\nBaris dua\n"),
        ("Berita dalam UTF-16: Ã© tetap".encode("utf-16"), "Berita dalam UTF-16: Ã© tetap"),
        # a byte cp1252 leaves undefined falls back to latin-1
        (b"kode \x9d akhir", "kode \x9d akhir"),
    ],
)
def test_read_text_mixed_encoding_without_replacement(tmp_path, data, expected):
    path = tmp_path / "berita.txt"
    path.write_bytes(data)
    (doc,) = _items([path])
    assert isinstance(doc, RawDocument)
    assert doc.text == expected
    assert "\ufffd" not in doc.text
    assert (doc.id, doc.format, doc.source.path) == ("berita", "text", str(path))


def test_decode_bytes_keeps_real_replacement_characters():
    assert decode_bytes("a\ufffdb".encode()) == "a\ufffdb"


def test_read_csv_without_text_column(tmp_path):
    path = tmp_path / "tabel.csv"
    path.write_text("url,judul,isi\nhttps://contoh.id/1,Judul satu,Isi berita satu\n", encoding="utf-8")
    (error,) = _items([path])
    assert isinstance(error, InputError)
    assert error.source == str(path)
    assert "'text'" in error.reason
    assert "'url', 'judul', 'isi'" in error.reason


def test_read_csv_without_mapped_text_column_names_the_mapped_column(tmp_path):
    path = tmp_path / "tabel.csv"
    path.write_text("url,text\nhttps://contoh.id/1,Isi berita\n", encoding="utf-8")
    (error,) = _items([path], {"text": "clean_text"})
    assert "'clean_text'" in error.reason and "'url', 'text'" in error.reason


def test_read_jsonl_with_one_broken_line(tmp_path):
    path = tmp_path / "artikel.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Harga cabai naik di Pasar Minggu.", "outlet": "contoh.id"}),
        '{"id": "a2", "text": "Kalimat terpotong',
        "",
        json.dumps({"text": "Banjir surut di Kampung Melayu.", "published": "2024-11-05"}),
        json.dumps(["bukan", "objek"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items([path])
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "RawDocument", "InputError"]
    first, broken, second, not_object = items
    assert (first.id, first.outlet, first.source.row) == ("a1", "contoh.id", 1)
    assert broken.source == f"{path}#2" and broken.reason.startswith("broken JSON")
    assert (second.id, second.published, second.source.row) == ("artikel#4", "2024-11-05", 4)
    assert not_object.source == f"{path}#5" and "not an object" in not_object.reason


def test_read_jsonl_without_text_field_is_one_file_error(tmp_path):
    path = tmp_path / "pasangan.jsonl"
    path.write_text("".join(json.dumps({"premis": f"Kalimat {i}.", "label": "e"}) + "\n" for i in range(50)))
    (error,) = _items([path])
    assert error.source == str(path)
    assert "'text'" in error.reason and "'premis', 'label'" in error.reason


def test_read_jsonl_rows_without_text_before_good_rows_keep_their_order(tmp_path):
    path = tmp_path / "campur.jsonl"
    records = [{"judul": "Tanpa isi"}, {"text": "Isi pertama."}, {"judul": "Tanpa isi lagi"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    items = _items([path])
    assert [type(i).__name__ for i in items] == ["InputError", "RawDocument", "InputError"]
    assert [i.source if isinstance(i, InputError) else i.source.row for i in items] == [f"{path}#1", 2, f"{path}#3"]


def test_read_jsonl_line_over_record_limit(tmp_path):
    path = tmp_path / "besar.jsonl"
    big = json.dumps({"text": "kata " * 400})
    path.write_text(big + "\n" + json.dumps({"text": "Berita pendek."}) + "\n", encoding="utf-8")
    items = _items([path], settings=Settings(max_record_bytes=1000))
    assert isinstance(items[0], InputError) and "record limit" in items[0].reason
    assert items[0].source == f"{path}#1"
    assert isinstance(items[1], RawDocument) and items[1].text == "Berita pendek."


def test_read_json_array_file(tmp_path):
    path = tmp_path / "larik.json"
    path.write_text(json.dumps([{"text": "Satu berita."}, {"text": ""}]), encoding="utf-8")
    doc, error = _items([path])
    assert doc.id == "larik#1" and doc.format == "jsonl"
    assert error.source == f"{path}#2" and "no text" in error.reason


def _warc(path: Path, pages: list[tuple[str, str]], gzip: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for url, html in pages:
            writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=BytesIO(html.encode()), http_headers=headers)
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record("https://contoh.id/logo.png", "response", payload=BytesIO(b"\x89PNG"), http_headers=image)
        )


WARC_PAGES = [(f"https://contoh.id/berita/{i}", _page(title=f"Berita nomor {i}")) for i in range(3)]


@pytest.mark.parametrize("name, gzip", [("arsip.warc", False), ("arsip.warc.gz", True)])
def test_read_warc_html_responses(tmp_path, name, gzip):
    path = tmp_path / name
    _warc(path, WARC_PAGES, gzip)
    items = _items([path])
    assert [d.id for d in items] == [url for url, _ in WARC_PAGES]
    for doc, (url, _) in zip(items, WARC_PAGES):
        assert isinstance(doc, RawDocument)
        assert (doc.format, doc.source.record, doc.url) == ("warc", url, url)
        assert doc.title == f"Berita nomor {url[-1]}"
        assert ARTICLE_PARAGRAPHS[0] in doc.text
        assert doc.published == "2024/11/05 09:30:00"


@pytest.mark.parametrize("name, gzip", [("potong.warc", False), ("potong.warc.gz", True)])
def test_read_warc_truncated(tmp_path, name, gzip):
    whole = tmp_path / ("utuh" + name[len("potong"):])
    _warc(whole, WARC_PAGES, gzip)
    data = whole.read_bytes()
    # cut inside the second page's body: the first page survives, the file is reported
    second = data.find(b"Berita nomor 1</h1>") if not gzip else int(len(data) * 0.55)
    assert second > 0
    path = tmp_path / name
    path.write_bytes(data[:second])
    items = _items([path])
    assert isinstance(items[-1], InputError)
    assert items[-1].source == str(path) and "truncated or corrupt" in items[-1].reason
    docs = _docs(items)
    assert docs and docs[0].id == WARC_PAGES[0][0]
    assert len(docs) < len(WARC_PAGES)


def test_read_warc_without_html(tmp_path):
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "hanya_permintaan.warc"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        writer.write_record(writer.create_warc_record("https://contoh.id/", "request", payload=BytesIO(b"GET /\r\n\r\n")))
    (error,) = _items([path])
    assert "no HTML response records" in error.reason and "1 request" in error.reason


# --------------------------------------------------------------------------- unreadable paths


def test_read_missing_and_broken_symlink(tmp_path):
    link = tmp_path / "patah.txt"
    link.symlink_to(tmp_path / "tidak_ada.txt")
    missing = tmp_path / "hilang.txt"
    items = _items([link, missing])
    assert items[0].source == str(link) and "broken symbolic link" in items[0].reason
    assert items[1] == InputError(str(missing), "no such file or folder")


def test_read_fifo_is_not_opened(tmp_path):
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    (error,) = _items([fifo])  # opening a FIFO would block for ever
    assert "not a regular file" in error.reason


def _read_as_unprivileged(paths: list[Path]) -> list[tuple[str, str, str | None]]:
    """(kind, source, reason) of each item ``iter_inputs`` gives for ``paths``, read by a user who
    is not root: this process when it is not root, else a forked child that becomes ``nobody``
    (root reads a file whatever its mode, and CI runs the tests as root)."""
    def summary() -> list[tuple[str, str, str | None]]:
        return [(type(i).__name__, i.source if isinstance(i, InputError) else i.source.path,
                 getattr(i, "reason", None)) for i in _items(paths)]

    if os.geteuid() != 0:
        return summary()
    import pwd

    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the child: drop root for good, read, report through the pipe
        status = 0
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            payload = json.dumps(summary())
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails the test
            payload, status = json.dumps(f"child failed: {exc!r}"), 1
        with os.fdopen(write_end, "w", encoding="utf-8") as out:
            out.write(payload)
        os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        result = json.loads(pipe.read() or '"child wrote nothing"')
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0, result
    return [tuple(item) for item in result]


def test_read_permission_denied_and_the_run_goes_on():
    # a folder outside pytest's tmp_path, whose parents only root may enter
    folder = Path(tempfile.mkdtemp(prefix="ceksilang-perm-"))
    try:
        folder.chmod(0o755)
        secret = folder / "rahasia.txt"
        secret.write_text("Isi rahasia.", encoding="utf-8")
        secret.chmod(0)
        public = folder / "terbuka.txt"
        public.write_text("Isi terbuka untuk semua.", encoding="utf-8")
        public.chmod(0o644)
        items = _read_as_unprivileged([secret, public])
    finally:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    assert items[0] == ("InputError", str(secret), "permission denied (the file is not readable)")
    assert [kind for kind, _, _ in items[1:]] == ["RawDocument"]


def test_read_file_on_a_folder(tmp_path):
    (error,) = list(read_file(tmp_path))
    assert "is a folder" in error.reason


def test_read_empty_folder(tmp_path):
    (tmp_path / "kosong").mkdir()
    (error,) = _items([tmp_path / "kosong"])
    assert error.reason == "folder has no files to read"


def test_read_unknown_field_map_is_a_usage_error():
    with pytest.raises(ValueError, match="txt"):
        iter_inputs(["x.csv"], {"txt": "clean_text"})


# --------------------------------------------------------------------------- listing and ids


def test_list_input_files_recursive_sorted_hidden_skipped(tmp_path):
    for rel in ["b/2.txt", "b/1.txt", "z.txt", ".tersembunyi.txt", ".git/config", "b/c/3.html"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Isi.")
    listed = [p.relative_to(tmp_path).as_posix() for p in list_input_files([tmp_path])]
    assert listed == ["b/1.txt", "b/2.txt", "b/c/3.html", "z.txt"]
    # an explicit file given twice (directly and through its folder) is read once, first
    again = list_input_files([tmp_path / "z.txt", tmp_path])
    assert len(again) == 4 and again[0] == tmp_path / "z.txt"


def test_list_input_files_in_path_order_without_listing_the_tree(tmp_path):
    """Walked folder by folder, the order is still that of sorting every path."""
    rels = ["a/b.txt", "a-b.txt", "a.txt", "a/c/d.html", "a/c.txt", "Z.txt", "a/c/e/f.txt", "b/.x/y.txt"]
    for rel in rels:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Isi.")
    (tmp_path / "tautan").symlink_to(tmp_path / "a", target_is_directory=True)  # not followed
    listed = [p.relative_to(tmp_path) for p in list_input_files([tmp_path])]
    expected = sorted((Path(r) for r in rels if "/." not in r), key=lambda p: p.parts)
    assert listed == expected


def test_list_input_files_overlapping_arguments_read_once(tmp_path):
    for rel in ["a/1.txt", "a/sub/2.txt", "a/sub/3.txt", "b.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Isi.")
    a, sub = tmp_path / "a", tmp_path / "a" / "sub"
    names = lambda paths: [p.relative_to(tmp_path).as_posix() for p in list_input_files(paths)]  # noqa: E731
    assert names([sub, a]) == ["a/sub/2.txt", "a/sub/3.txt", "a/1.txt"]
    assert names([a, sub, a / "1.txt"]) == ["a/1.txt", "a/sub/2.txt", "a/sub/3.txt"]
    assert names([sub / "3.txt", a, tmp_path / "b.txt", tmp_path / "b.txt"]) == [
        "a/sub/3.txt", "a/1.txt", "a/sub/2.txt", "b.txt"]
    assert names([tmp_path / "hilang.txt"]) == ["hilang.txt"]  # kept: reading it says what is wrong


def test_read_ids_unique_when_stems_repeat(tmp_path):
    for folder in ("satu", "dua"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "berita.txt").write_text(f"Isi dari folder {folder}.")
        (tmp_path / folder / "tabel.csv").write_text("id,text\nX,Baris pertama.\n,Baris kedua.\n")
    docs = _docs(_items([tmp_path / "satu", tmp_path / "dua"]))
    ids = [d.id for d in docs]
    assert len(ids) == len(set(ids)) == 6
    assert ids[:3] == ["berita", "X", "tabel#2"]
    assert ids[3].startswith("berita~") and ids[5].startswith("tabel~") and ids[5].endswith("#2")
    assert ids[4].startswith("X~")
    # the same run again gives the same ids
    assert [d.id for d in _docs(_items([tmp_path / "satu", tmp_path / "dua"]))] == ids


@pytest.mark.parametrize(
    "head, expected",
    [
        (b"<!DOCTYPE html><html><body>", "html"),
        (b"  <html lang='id'>", "html"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        (b'{"text": "isi"}\n', "jsonl"),
        (b"Jakarta - Berita biasa.", "text"),
        (b"<3 bukan html", "text"),
    ],
)
def test_detect_format_sniffs_files_without_extension(tmp_path, head, expected):
    assert detect_format(tmp_path / "tanpa_ekstensi", head) == expected


def test_looks_binary_accepts_cp1252_text():
    assert not looks_binary("Harga naik “tajam” — café".encode("cp1252"))


# --------------------------------------------------------------------------- CSV details


def test_read_csv_rows_ids_and_row_errors(tmp_path):
    path = tmp_path / "kabar.csv"
    rows = [
        ["Domain", "Judul", "TEXT", "Date"],
        ["contoh.id", "Judul satu", "Isi satu,\ndengan dua baris", "2024-11-01"],
        ["contoh.id", "Judul dua", "   ", "2024-11-02"],
        [],
        ["lain.id", "Judul tiga", "Isi tiga", "2024-11-03"],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    items = _items([path], {"title": "judul"})
    first, empty, third = items
    assert (first.id, first.title, first.outlet, first.published) == ("kabar#1", "Judul satu", "contoh.id", "2024-11-01")
    assert first.text == "Isi satu,\ndengan dua baris" and first.source.row == 1
    assert empty.source == f"{path}#2" and "no text" in empty.reason
    assert (third.id, third.source.row) == ("kabar#3", 3)


def test_read_utf16_tsv_from_excel(tmp_path):
    path = tmp_path / "ekspor.tsv"
    path.write_bytes("id\ttext\r\nU1\t“Kutipan” dan café\r\n".encode("utf-16"))
    (doc,) = _items([path])
    assert (doc.id, doc.text) == ("U1", "“Kutipan” dan café")


def test_read_csv_header_only(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("id,text\n")
    (error,) = _items([path])
    assert "no data rows" in error.reason


def test_read_tsv_huge_field_allowed_up_to_record_limit(tmp_path):
    path = tmp_path / "panjang.tsv"
    long_text = "kata " * 40_000  # 200 kB: over csv's default 128 kB field limit
    path.write_text(f"id\ttext\nP1\t{long_text}\n", encoding="utf-8")
    (doc,) = _items([path])
    assert doc.id == "P1" and len(doc.text) == len(long_text.strip())


# --------------------------------------------------------------------------- real corpora


@pytest.mark.shared
def test_read_scrapping_csv_mixed_encoding():
    path = needs_corpus("hoax", "Scrapping.csv")
    raw = path.read_bytes()
    items = _items([path], {"text": "Body", "title": "Headline"})
    docs = _docs(items)
    with open(path, newline="", encoding="latin-1") as f:
        expected_rows = sum(1 for row in csv.reader(f, delimiter=";") if any(c.strip() for c in row)) - 1
    assert len(docs) == expected_rows and not _errors(items)
    assert not any("\ufffd" in d.text or "\ufffd" in (d.title or "") for d in docs)
    # every cp1252 punctuation byte of the file became its character, none was lost or doubled
    for byte, char in [(b"\x93", "“"), (b"\x94", "”"), (b"\x85", "…"), (b"\x92", "’"), (b"\x96", "–")]:
        assert raw.count(byte) > 0
        assert sum((d.text + (d.title or "")).count(char) for d in docs) == raw.count(byte), char


def _detik_expectations(path: Path) -> dict[str, str]:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(path.read_bytes())
    meta = {(m.get("property") or m.get("name") or "").lower(): m.get("content") for m in tree.iter("meta")}
    body = tree.xpath(
        "//*[contains(@class, 'detail__body-text') or contains(@class, 'itp_bodycontent')]//p | //article//p"
    )
    first_paragraph = next(" ".join(p.text_content().split()) for p in body if len(p.text_content().split()) >= 8)
    return {
        "title": meta["og:title"],
        "published": meta.get("dtk:publishdate") or meta["publishdate"],
        "outlet": meta["og:site_name"],
        "opening": " ".join(first_paragraph.split()[:8]),
    }


@pytest.mark.shared
def test_read_detik_pages():
    folder = needs_corpus("html")
    pages = sorted(folder.glob("*.html"))
    assert pages
    docs = _docs(_items(pages))
    assert len(docs) == len(pages)
    for path, doc in zip(pages, docs):
        expected = _detik_expectations(path)
        assert doc.id == path.stem and doc.format == "html"
        assert doc.title == expected["title"]
        assert doc.published == expected["published"]
        assert doc.outlet == expected["outlet"]
        assert doc.url and doc.url.startswith("https://") and "detik.com" in doc.url
        assert expected["opening"] in " ".join(doc.text[:600].split()), path.name
        assert "\n" in doc.text  # paragraphs stay on their own lines


@pytest.mark.shared
def test_read_news_csv_one_document_per_row():
    paths = [needs_corpus("news", "cnn_labeled.csv"), needs_corpus("news", "fidelity_5outlets_2025_labeled.csv")]
    rows = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            rows.extend(csv.DictReader(f))
    items = _items(paths, NEWS_MAP)
    docs = _docs(items)
    assert len(rows) == 2774
    assert len(docs) == len(rows) and not _errors(items)
    assert len({d.id for d in docs}) == len(docs)
    for row, doc in zip(rows, docs):
        assert doc.text == row["clean_text"].strip().replace("\r\n", "\n")
        assert (doc.published, doc.title, doc.url, doc.outlet) == (row["date"], row["title"], row["url"], row["domain"])


# --------------------------------------------------------------------------- property


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".jsonl", ".csv", ".html", ""]))
def test_read_arbitrary_bytes_never_raise(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"acak{suffix}"
        path.write_bytes(data)
        items = _items([path])
    assert items
    assert all(isinstance(i, (RawDocument, InputError)) for i in items)
    for item in _docs(items):
        assert item.text.strip()


@hsettings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300))
def test_decode_bytes_round_trips_utf8(text):
    assume(not text.startswith("\ufeff"))
    assert decode_bytes(text.encode("utf-8")) == text


# --------------------------------------------------------------------------- binary is never text

# What binary files start with: a text reader must refuse them whatever follows.
BINARY_HEADERS = [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    b"GIF89a\x01\x00\x01\x00",
    b"\xff\xfe",  # a UTF-16 byte order mark before random bytes
]
BINARY_SUFFIXES = [".txt", ".html", ".csv", ".jsonl", ".md", ""]
ASCII_WORDS = [b"harga", b"naik", b"the", b" ", b"\n", b"Jakarta", b", ", b"12", b"<p>", b'"text": ']
MANY = hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _no_document(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"acak{suffix}"
        path.write_bytes(data)
        items = _items([path])
    assert items and not _docs(items), f"{len(data)} random bytes{suffix} read as a document"


@st.composite
def random_with_ascii(draw):
    """Random bytes with ASCII words inserted, at most as many ASCII bytes as random ones."""
    data = bytearray(draw(st.binary(min_size=64, max_size=16384)))
    budget = draw(st.integers(0, len(data)))
    while budget > 0:
        word = draw(st.sampled_from(ASCII_WORDS))
        at = draw(st.integers(0, len(data)))
        data[at:at] = word
        budget -= len(word)
    return bytes(data)


@MANY
@given(data=st.binary(min_size=64, max_size=16384))
def test_random_bytes_are_never_text(data):
    assert looks_binary(data[:8192])


@MANY
@given(data=random_with_ascii())
def test_random_bytes_with_ascii_mixed_in_are_never_text(data):
    assert looks_binary(data[:8192])


@MANY
@given(header=st.sampled_from(BINARY_HEADERS), tail=st.binary(min_size=256, max_size=16384))
def test_binary_headers_are_never_text(header, tail):
    assert looks_binary((header + tail)[:8192])


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.one_of(st.binary(min_size=64, max_size=16384), random_with_ascii(),
                      st.builds(lambda h, t: h + t, st.sampled_from(BINARY_HEADERS), st.binary(min_size=256, max_size=16384))),
       suffix=st.sampled_from(BINARY_SUFFIXES))
def test_random_binary_files_never_become_documents(data, suffix):
    _no_document(data, suffix)


def test_utf16_text_with_its_bom_is_still_text(tmp_path):
    path = tmp_path / "ekspor.txt"
    path.write_bytes("Harga beras naik “tajam” di Jakarta, kata pedagang.\n".encode("utf-16"))
    (doc,) = _items([path])
    assert doc.text.startswith("Harga beras naik “tajam”")


@pytest.mark.parametrize("encode", ["utf-8", "cp1252", "mixed"])
@pytest.mark.shared
def test_seeds_in_utf8_cp1252_and_mixed_bytes_are_text(tmp_path, encode):
    for seed in sorted(needs_corpus("seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        if encode == "utf-8":
            data = text.encode("utf-8")
        elif encode == "cp1252":
            data = text.encode("cp1252", errors="ignore")
        else:  # one half saved by one program, the other by another
            half = len(text) // 2
            data = text[:half].encode("utf-8") + text[half:].encode("cp1252", errors="ignore")
        path = tmp_path / f"{seed.stem}-{encode}.txt"
        path.write_bytes(data)
        (doc,) = _items([path])
        assert isinstance(doc, RawDocument) and len(doc.text) > 0.9 * len(text.strip())


@pytest.mark.shared
def test_every_hoax_row_alone_is_text(tmp_path):
    # the rows of this file mix cp1252 and UTF-8 bytes: each body, saved as its own file, is text
    path = needs_corpus("hoax", "Scrapping.csv")
    with open(path, newline="", encoding="latin-1") as f:  # latin-1 keeps every byte as it was
        bodies = [row[2].encode("latin-1") for row in list(csv.reader(f, delimiter=";"))[1:]
                  if len(row) > 2 and row[2].strip()]
    assert len(bodies) > 1000
    refused = [i for i, body in enumerate(bodies) if looks_binary(body[:8192])]
    assert refused == []
    for i, body in enumerate(bodies[:200]):
        (tmp_path / f"hoax{i}.txt").write_bytes(body)
    items = _items([tmp_path])
    assert len(_docs(items)) == 200 and not _errors(items)
