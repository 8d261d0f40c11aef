"""Property tests: every reader and the cleaner take arbitrary input without raising.

Readers get random bytes under every extension, and near-valid files (a CSV, JSON Lines, an
HTML page, a WARC) with random damage: whatever the bytes, a file yields at least one item,
each a RawDocument of that file with some text or an InputError naming it. The cleaner gets
random lines mixed with boilerplate-looking ones: every non-blank line ends up in the text or
in ``removed``, in order. ``bench/fuzz.py`` runs the same targets with many more examples.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ceksilang.ingest.clean import clean_document
from ceksilang.model import InputError, RawDocument, Source
from ceksilang.ingest.read import read_file
from ceksilang.settings import Settings
from ceksilang.text import normalise_space

# Small limits so that the size paths are fuzzed too.
FUZZ_SETTINGS = Settings(max_file_bytes=64 * 1024, max_record_bytes=4 * 1024, min_article_line_words=3)
SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".json", ".csv", ".tsv", ".warc", ".warc.gz", ""]
WORDS = ["harga", "beras", "naik", "kata", "menteri", "Jakarta", "“", "”", '"', ",", ";", "\t", "\n", "\r\n",
         "é", "\x93", "<p>", "</p>", "{", "}", "\\", "\x00", "\u202e", " "]


def read_all(data: bytes, suffix: str) -> tuple[Path, list[RawDocument | InputError]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"acak{suffix}"
        path.write_bytes(data)
        return path, list(read_file(path, settings=FUZZ_SETTINGS))


def check_items(path: Path, items: list[RawDocument | InputError]) -> None:
    assert items, "a file yields at least one item"
    for item in items:
        if isinstance(item, InputError):
            assert item.source == str(path) or item.source.startswith((f"{path}#", f"{path}@")), item
            assert item.reason.strip()
        else:
            assert isinstance(item, RawDocument)
            assert item.source.path == str(path)
            assert item.text.strip() and "\x00" not in item.text


# --------------------------------------------------------------------------- damage


@st.composite
def damaged(draw, blob: bytes) -> bytes:
    """``blob`` with a few random edits: flipped bytes, cuts, inserted bytes, truncation."""
    data = bytearray(blob)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[at:]
    return bytes(data)


cell = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)


@st.composite
def csv_files(draw) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=draw(st.sampled_from([",", ";", "\t", "|"])))
    header = draw(st.lists(st.sampled_from(["id", "text", "title", "date", "domain", "x", ""]), min_size=1, max_size=5))
    writer.writerow(header)
    for row in draw(st.lists(st.lists(cell, max_size=6), max_size=6)):
        writer.writerow(row)
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))
    blob = out.getvalue().encode(encoding, errors="replace")
    return draw(damaged(blob))


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | cell,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["text", "id", "title"]), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def jsonl_files(draw) -> bytes:
    records = draw(st.lists(st.dictionaries(st.sampled_from(["text", "id", "title", "published", "isi"]), json_value), max_size=6))
    if draw(st.booleans()):
        blob = "\n".join(json.dumps(r, ensure_ascii=draw(st.booleans())) for r in records).encode()
    else:
        blob = json.dumps(records).encode()
    return draw(damaged(blob))


@st.composite
def html_files(draw) -> bytes:
    tags = ["html", "head", "title", "body", "article", "div", "p", "script", "nav", "meta", "br", "table", "td"]
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(tags))
        parts.append(draw(st.sampled_from([f"<{tag}>", f"</{tag}>", f'<{tag} content="{draw(cell)}">', draw(cell)])))
    blob = "".join(parts).encode(draw(st.sampled_from(["utf-8", "cp1252"])), errors="replace")
    return draw(damaged(blob))


def _warc(bodies: list[bytes], gzip_records: bool) -> bytes:
    # fixed record ids and dates: hypothesis replays a failing example byte for byte, and a
    # random id changes the compressed length that the damage positions are drawn from
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records)
    for i, body in enumerate(bodies):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        headers = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{i:012d}>", "WARC-Date": "2025-03-03T00:00:00Z"}
        writer.write_record(writer.create_warc_record(f"http://contoh.test/{i}", "response", payload=io.BytesIO(body),
                                                      http_headers=http, warc_headers_dict=headers))
    return out.getvalue()


@st.composite
def warc_files(draw) -> tuple[bytes, str]:
    gz = draw(st.booleans())
    bodies = draw(st.lists(html_files(), max_size=3))
    return draw(damaged(_warc(bodies, gz))), ".warc.gz" if gz else ".warc"


# --------------------------------------------------------------------------- readers


FUZZ = hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_random_bytes_under_any_extension(data, suffix):
    check_items(*read_all(data, suffix))


@FUZZ
@given(data=csv_files(), suffix=st.sampled_from([".csv", ".tsv"]))
def test_fuzz_damaged_csv(data, suffix):
    check_items(*read_all(data, suffix))


@FUZZ
@given(data=jsonl_files(), suffix=st.sampled_from([".jsonl", ".json"]))
def test_fuzz_damaged_jsonl(data, suffix):
    check_items(*read_all(data, suffix))


@FUZZ
@given(data=html_files(), suffix=st.sampled_from([".html", ""]))
def test_fuzz_damaged_html(data, suffix):
    check_items(*read_all(data, suffix))


@FUZZ
@given(archive=warc_files())
def test_fuzz_damaged_warc(archive):
    check_items(*read_all(*archive))


# --------------------------------------------------------------------------- cleaner


BOILERPLATE_LIKE = [
    "Baca juga: Harga Beras Naik Lagi", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "(ant/abc)",
    "Editor: Rina", "Penulis: Dodi", "Simak video berikut ini", "- Judul Berita Lain Hari Ini",
    "Harga beras naik, kata menteri. (abc/def)", "Foto: Dokumentasi", "JAKARTA, KOMPAS.com - Harga beras naik.",
    "Harga beras naik di pasar induk pada Senin pagi.", "",
]
lines = st.lists(st.one_of(st.sampled_from(BOILERPLATE_LIKE), st.text(max_size=60)), max_size=15)


def account_for_text(raw_text: str, kept: list[str], removed: list[str]) -> None:
    """Every character of ``raw_text`` but whitespace is kept or removed, once, in order: the raw
    text is the kept text and the removed text interleaved (the cleaner puts back spaces a
    scraper lost and joins lines a page broke inside a sentence, so word and line boundaries
    may move; nothing is lost, added or reordered)."""
    raw = "".join(raw_text.split())
    k, r = "".join("".join(kept).split()), "".join("".join(removed).split())
    assert len(raw) == len(k) + len(r), "kept or removed text that is in no line, or a line not accounted for"
    reachable = {0}  # characters of the kept text used so far, for each prefix of the raw text
    for p, ch in enumerate(raw):
        following = {i + 1 for i in reachable if i < len(k) and k[i] == ch}
        following |= {i for i in reachable if 0 <= p - i < len(r) and r[p - i] == ch}
        assert following, f"character {p} ({ch!r}) of the raw text is neither kept nor removed in order"
        reachable = following
    assert len(k) in reachable


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=lines, title=st.none() | st.sampled_from(BOILERPLATE_LIKE))
def test_fuzz_cleaner_never_raises_and_accounts_for_every_line(lines, title):
    text = "\n".join(lines)
    doc = clean_document(RawDocument(id="acak", source=Source("/acak.txt"), text=text, format="text", title=title))
    kept = doc.text.split("\n") if doc.text else []
    account_for_text(text, kept, [r.text for r in doc.removed])


# --------------------------------------------------------------------------- found by bench/fuzz.py


def test_fuzz_found_csv_cell_of_only_nuls_is_a_row_without_text(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b'id,text\na,"\x00\n')
    (item,) = read_file(path, settings=FUZZ_SETTINGS)
    assert isinstance(item, InputError) and "row has no text" in item.reason


def test_fuzz_found_warc_response_without_target_uri_is_reported_without_a_python_error(tmp_path):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>isi</p>"
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
    path = tmp_path / "tanpa_uri.warc"
    path.write_bytes(record)
    (item,) = read_file(path, settings=FUZZ_SETTINGS)
    assert isinstance(item, InputError) and item.source == str(path)
    assert "cannot be parsed" in item.reason and "Error" not in item.reason
