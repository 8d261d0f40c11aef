"""End to end: ``ceksilang analyze`` over real and demo inputs, as a user runs it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest

from ceksilang.cli import main
from ceksilang.pipeline import analyze

REPO = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((REPO / "ceksilang" / "schema" / "briefing.schema.json").read_text(encoding="utf-8"))


def _load(out: Path) -> dict:
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    return data


def _check_offsets(data: dict) -> None:
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for key in ("mentions", "quotes", "quantities", "dates"):
        for item in data[key]:
            assert texts[item["doc"]][item["start"]:item["end"]] == item["text"], (key, item)
    for ent in data["entities"]:
        for m in ent["mentions"]:
            assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]


def test_analyze_seeds_end_to_end(seeds_dir, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(seeds_dir), "--out", str(out), "--no-progress"]) == 0
    for name in ("briefing.json", "briefing.md", "briefing.html", "ceksilang.db"):
        assert (out / name).is_file()
    data = _load(out)
    assert sorted(d["id"] for d in data["documents"]) == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert data["errors"] == []
    _check_offsets(data)
    assert len(data["quotes"]) >= 15 and len(data["quantities"]) >= 10 and len(data["dates"]) >= 10
    # a second run adds nothing
    before = sqlite3.connect(out / "ceksilang.db").execute("select count(*) from documents").fetchone()[0]
    summary = analyze([seeds_dir], out)
    assert summary.read == 0 and summary.unchanged == 5 and summary.documents == before == 5


def test_analyze_adds_new_files_to_the_store(seeds_dir, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for p in seeds[:2]:
        (first / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    for p in seeds[2:]:
        (second / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert analyze([first], out).documents == 2
    summary = analyze([second], out)
    assert summary.read == 3 and summary.documents == 5
    assert len(_load(out)["documents"]) == 5


def test_analyze_demo_reports_the_broken_input_and_keeps_the_rest(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["analyze", str(REPO / "examples" / "demo"), "--out", str(out), "--no-progress"]) == 1
    data = _load(out)
    _check_offsets(data)
    assert [e["source"].rsplit("/", 1)[-1] for e in data["errors"]] == ["broken.jsonl#2"]
    assert len(data["documents"]) >= 8
    assert "1 failed" in capsys.readouterr().out


def test_briefing_html_escapes_article_text(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.txt").write_text(
        "Judul <b>tebal</b>\nWarga menulis <script>alert('x')</script> dan <img src=x onerror=alert(1)> di situs itu.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    analyze([src], out)
    page = (out / "briefing.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in page
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "<img" not in md


@pytest.mark.slow
def test_news_corpus_is_read_once(tmp_path):
    from tests.conftest import needs_corpus

    news = needs_corpus("news")
    files = [news / "cnn_labeled.csv", news / "fidelity_5outlets_2025_labeled.csv"]
    db = tmp_path / "store.db"
    from ceksilang.store import Store
    from ceksilang.pipeline import ingest

    with Store(db) as store:
        s1 = ingest(files, store, {"text": "clean_text", "published": "date"}, extract=False)
        assert s1.read + s1.failed == 866 + 1908 and s1.read >= 2770
        s2 = ingest(files, store, {"text": "clean_text", "published": "date"}, extract=False)
        assert s2.read == 0 and s2.unchanged == s1.read
        assert store.count_documents() == s1.read


def test_analyze_progress_counts_each_input_once(tmp_path, monkeypatch):
    """The progress bar ends at the number of inputs, each counted once, for a CSV of many rows too."""
    from rich.progress import Progress

    from ceksilang.ingest.read import list_input_files

    shown: list[tuple[int, int]] = []
    update = Progress.update

    def record(self, task_id, **fields):
        if "completed" in fields:
            shown.append((fields["completed"], self.tasks[0].total))
        return update(self, task_id, **fields)

    monkeypatch.setattr(Progress, "update", record)
    demo = REPO / "examples" / "demo"
    summary = analyze([demo], tmp_path / "out", progress=True, formats=("json",), workers=2)
    files = len(list_input_files([demo]))
    assert summary.read + summary.failed > files  # some inputs hold several documents
    assert [done for done, _ in shown] == list(range(1, files + 1))
    assert {total for _, total in shown} == {files}


def test_a_toll_written_after_its_state_is_set_against_another_outlets_toll(tmp_path: Path) -> None:
    # fig25 (mock-up reports written for this test): "hilang 14" in a tally is the missing, compared with
    # another outlet's "20 orang hilang" of the same day
    reports = [
        {"id": "m1", "outlet": "Kabar Satu", "url": "https://kabarsatu.example/banjir", "published": "2026-03-02",
         "title": "Banjir bandang terjang Lembah Hijau",
         "text": "Banjir bandang menerjang Kecamatan Lembah Hijau, Kabupaten Sukamaju, Minggu (1/3/2026) malam. "
                 "Kepala BPBD Sukamaju Andi Prasetyo mengatakan data sementara korban hingga Senin pagi tercatat "
                 "meninggal dunia 12, luka ringan 26 dan hilang 14."},
        {"id": "m2", "outlet": "Warta Dua", "url": "https://wartadua.example/banjir", "published": "2026-03-02",
         "title": "Korban banjir bandang Lembah Hijau bertambah",
         "text": "Banjir bandang yang menerjang Kecamatan Lembah Hijau, Kabupaten Sukamaju, Minggu (1/3/2026) malam "
                 "menelan korban jiwa. Hingga Senin pagi, warga mencatat sebanyak 12 orang meninggal dunia, "
                 "26 orang luka ringan dan 20 orang hilang."},
    ]
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in reports) + "\n", encoding="utf-8")
    analyze([src], tmp_path / "out", formats=("json",))
    briefing = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    missing = [d for d in briefing["discrepancies"] if d["kind"] == "figure" and "orang hilang" in d["explanation"]]
    assert missing and missing[0]["status"] == "contradiction"
    assert "14" in missing[0]["explanation"] and "20" in missing[0]["explanation"]
