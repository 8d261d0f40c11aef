"""The served briefing's document rows: the same from a record's JSON text as from the parsed record."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from ceksilang.render.json import record_json
from ceksilang.render.served import write_served

RECORDS = [
    {"id": "a1", "url": "https://kompas.example/a1", "published": "2025-06-17T08:00:00+07:00", "outlet": "Kompas",
     "title": "Banjir", "text": "Banjir merendam \"ratusan\" rumah.\nWarga mengungsi."},
    {"id": "b2", "url": None, "published": None, "outlet": None, "text": "Tanpa sumber."},
    {"id": "c3", "outlet": "", "text": "Tanpa URL dan tanggal."},  # keys missing altogether
    {"id": "d4", "url": "https://x.example/ü", "published": "2025-06", "outlet": "İstanbul ÖZEL Haber",
     "text": "Türkçe \u2028 satır, emoji 😀, tanda kutip “ini”."},  # Python lowers İ to two characters
    {"id": "e5", "url": "https://e.example/5", "published": "2025-06-17", "outlet": "CNN Indonesia",
     "nested": {"id": "not this", "outlet": "Not This"}, "text": "..."},
]


def _document_rows(tmp_path, records, name):
    path = write_served([("documents", records)], tmp_path / f"{name}.db")
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, url, published, outlet_key, record FROM document ORDER BY id").fetchall()


def test_document_rows_from_json_text_equal_those_from_parsed_records(tmp_path):
    texts = [record_json(r) for r in RECORDS]
    from_text = _document_rows(tmp_path, texts, "text")
    from_parsed = _document_rows(tmp_path, [dict(r) for r in RECORDS], "parsed")
    assert from_text == from_parsed
    by_id = {row[0]: row for row in from_text}
    assert by_id["d4"][3] == "İstanbul ÖZEL Haber".lower()  # as Python lowers it, not SQLite's ASCII lower()
    assert by_id["b2"][1:4] == (None, None, "") and by_id["c3"][1:4] == (None, None, "")
    assert by_id["e5"][3] == "cnn indonesia"  # the top-level field, not a nested one


def test_a_batch_mixing_text_and_parsed_records_is_written_in_order(tmp_path):
    # a later record of the same id replaces the earlier one, as before
    mixed = [record_json(RECORDS[0]), {**RECORDS[0], "outlet": "Kompas TV"}, record_json(RECORDS[1])]
    rows = _document_rows(tmp_path, mixed, "mixed")
    assert [(r[0], r[3]) for r in rows] == [("a1", "kompas tv"), ("b2", "")]
