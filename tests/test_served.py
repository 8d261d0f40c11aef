"""The served briefing's document rows: the same from a record's JSON text as from the parsed record."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from ceksilang.render.json import record_json
from ceksilang.render.served import write_section, write_served

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


def _claim(n: int, story: str, docs: list[str], claimant: str | None = None) -> dict:
    return {"id": f"claim:{n}", "story": story, "claimant": claimant,
            "evidence": [{"doc": d, "span": [0, 5]} for d in docs]}


def test_claims_and_discrepancies_written_in_batches_point_at_their_own_rows(tmp_path):
    # more claims than one batch holds, some citing a document twice; a discrepancy with no story of its own
    # takes its first claim's story. Each row's cited documents and claims point at that row's number
    claims = [_claim(n, f"story:{n % 7}", [f"d{n}", f"d{n + 1}", f"d{n}"], " Kapolres ") for n in range(1, 4502)]
    discrepancies = [{"claims": [f"claim:{n}", f"claim:{n + 1}"], "score": n % 5, "status": "contradiction"}
                     for n in range(1, 2301, 2)]
    path = write_served([("claims", claims), ("discrepancies", discrepancies)], tmp_path / "served.db")
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT seq, id, story, claimant_key FROM claim ORDER BY seq").fetchall()
        cited = conn.execute("SELECT c.id, d.doc FROM claim_doc d JOIN claim c ON c.seq = d.claim_seq"
                             " ORDER BY c.seq, d.doc").fetchall()
        linked = conn.execute("SELECT x.story, cd.claim, x.record FROM claim_discrepancy cd"
                              " JOIN discrepancy x ON x.seq = cd.seq ORDER BY x.seq, cd.claim").fetchall()
    assert [r[0] for r in rows] == list(range(1, 4502))
    assert rows[0][1:] == ("claim:1", "story:1", "kapolres") and rows[-1][1] == "claim:4501"
    assert cited == sorted(((f"claim:{n}", d) for n in range(1, 4502) for d in {f"d{n}", f"d{n + 1}"}),
                           key=lambda r: (int(r[0].split(":")[1]), r[1]))
    assert len(linked) == 2 * len(discrepancies)
    for story, claim, record in linked:
        x = json.loads(record)
        assert claim in x["claims"] and story == x["story"] == f"story:{int(x['claims'][0].split(':')[1]) % 7}"


def test_claims_added_to_a_served_file_continue_its_numbering(tmp_path):
    # an update (reconcile.incremental) writes claims into a file that holds some: they are numbered after
    # the largest there, and their documents point at those numbers
    path = write_served([("claims", [_claim(1, "story:a", ["d1"]), _claim(2, "story:a", ["d2"])])],
                        tmp_path / "served.db")
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("DELETE FROM claim WHERE seq = 1")
        write_section(conn, "claims", [record_json(_claim(3, "story:b", ["d3"]))])
        rows = conn.execute("SELECT c.seq, c.id, d.doc FROM claim c JOIN claim_doc d ON d.claim_seq = c.seq"
                            " ORDER BY c.seq").fetchall()
    assert rows == [(2, "claim:2", "d2"), (3, "claim:3", "d3")]


def test_entities_and_stories_in_batches_keep_the_last_record_of_an_id_and_the_first_mention(tmp_path):
    entities = [{"id": f"per:{i % 2500}", "name": f"Nama {i}",
                 "mentions": [{"doc": "d1", "start": i % 2500, "end": i % 2500 + 4, "text": f"m{i}"}]}
                for i in range(5000)]
    stories = [{"id": f"story:{i % 2100}", "docs": [f"d{i}"], "start": "2025-06-01", "label": str(i)}
               for i in range(4200)]
    documents = [{"id": f"d{i}", "text": "."} for i in range(4200)]
    path = write_served([("documents", documents), ("entities", entities), ("stories", stories)],
                        tmp_path / "served.db")
    with closing(sqlite3.connect(path)) as conn:
        kept = dict(conn.execute("SELECT id, json_extract(record, '$.name') FROM entity"))
        mention = dict(conn.execute("SELECT start_char, text FROM entity_mention"))
        labels = dict(conn.execute("SELECT id, json_extract(record, '$.label') FROM story"))
        story_of = dict(conn.execute("SELECT id, story FROM document"))
    assert len(kept) == 2500 and kept["per:7"] == "Nama 2507"  # the later record of the id
    assert len(mention) == 2500 and mention[7] == "m7"  # the first mention of a span
    assert len(labels) == 2100 and labels["story:5"] == "2105"
    assert story_of["d5"] == story_of["d2105"] == "story:5"
