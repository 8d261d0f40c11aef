import json

import pytest

from ceksilang.cli import UsageError, main, parse_field_map


def test_parse_field_map():
    assert parse_field_map("text=clean_text, published=date") == {"text": "clean_text", "published": "date"}
    assert parse_field_map(None) == {}
    # a repeated --map adds up instead of keeping only the last one
    assert parse_field_map(["text=clean_text", "published=date"]) == {"text": "clean_text", "published": "date"}


@pytest.mark.parametrize("bad", ["text", "text=", "=x", "colour=red"])
def test_parse_field_map_rejects(bad):
    with pytest.raises(UsageError):
        parse_field_map(bad)


def test_bad_usage_exits_2(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["analyze", str(tmp_path), "--out", str(tmp_path / "o"), "--map", "nope"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["analyze"])
    assert exc.value.code == 2
    assert main([]) == 2


def test_analyze_repeated_map_options_add_up(tmp_path):
    csv = tmp_path / "feed.csv"
    csv.write_text("body,when\n\"Menteri Keuangan Sri Mulyani mengatakan inflasi terkendali.\",2024-11-12\n",
                   encoding="utf-8")
    out = tmp_path / "o"
    assert main(["analyze", str(csv), "--out", str(out), "--map", "text=body", "--map", "published=when",
                 "--no-progress", "--workers", "1", "--format", "json"]) == 0
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert briefing["errors"] == []
    assert [d["published"][:10] for d in briefing["documents"]] == ["2024-11-12"]


# --------------------------------------------------------------------------- evaluate: bad input is exit 2, one line


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("ceksilang: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def conll_file(tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text("Rina\tB-PERSON\nWulandari\tI-PERSON\ntiba\tO\n", encoding="utf-8")
    return path


def test_evaluate_ner_missing_or_unreadable_model_exits_2(conll_file, tmp_path, capsys):
    assert main(["evaluate", "ner", str(conll_file), "--model", str(tmp_path / "missing.crfsuite")]) == 2
    assert "--model" in _one_line_error(capsys)
    not_a_model = tmp_path / "notes.crfsuite"
    not_a_model.write_text("bukan model\n", encoding="utf-8")
    assert main(["evaluate", "ner", str(conll_file), "--model", str(not_a_model)]) == 2
    assert "not a CRF model" in _one_line_error(capsys)


@pytest.mark.parametrize(("content", "reason"), [
    ("Rapat dimulai pukul sembilan\nlalu ditutup siang\n", "is not a tag"),
    ("Rina\tB-PERSON\nsendirian\n", "without a tag"),
    (b"\x89PNG\r\n\x1a\n\xff\xfe", "not UTF-8"),
    ("", "no tokens"),
])
def test_evaluate_ner_file_that_is_not_conll_exits_2(tmp_path, capsys, content, reason):
    path = tmp_path / "input.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    assert main(["evaluate", "ner", str(path)]) == 2
    err = _one_line_error(capsys)
    assert "not a CoNLL file" in err and reason in err and str(path) in err


def test_evaluate_ner_scores_a_good_file(conll_file, capsys):
    assert main(["evaluate", "ner", str(conll_file), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert scores["sentences"] == 1 and scores["tokens"] == 3


# --------------------------------------------------------------------------- serve: an existing store only


@pytest.fixture
def serve_calls(monkeypatch):
    """Stands in for the server: records the store serve was asked to open, starts nothing."""
    pytest.importorskip("fastapi")
    import ceksilang.web

    calls = []
    monkeypatch.setattr(ceksilang.web, "serve", lambda db, host, port, **options: calls.append(str(db)))
    return calls


def test_serve_without_a_store_refuses_and_creates_nothing(tmp_path, monkeypatch, capsys, serve_calls):
    monkeypatch.chdir(tmp_path)
    assert main(["serve"]) == 2
    err = _one_line_error(capsys)
    assert "no store at out/ceksilang.db" in err and "ceksilang analyze" in err
    assert main(["serve", "--db", "elsewhere/kosong.db"]) == 2
    assert "no store at elsewhere/kosong.db" in _one_line_error(capsys)
    assert serve_calls == [] and list(tmp_path.iterdir()) == []


def test_serve_without_a_store_points_at_the_demo_store(tmp_path, monkeypatch, capsys, serve_calls):
    from ceksilang.store import Store

    monkeypatch.chdir(tmp_path)
    Store(tmp_path / "out" / "demo" / "ceksilang.db").close()
    assert main(["serve"]) == 2
    assert "ceksilang serve --db out/demo/ceksilang.db" in _one_line_error(capsys)
    assert not (tmp_path / "out" / "ceksilang.db").exists() and serve_calls == []
    assert main(["serve", "--db", "out/demo/ceksilang.db"]) == 0
    assert serve_calls == ["out/demo/ceksilang.db"]


def test_serve_a_file_that_is_not_a_store_exits_2(tmp_path, monkeypatch, capsys):
    pytest.importorskip("fastapi")
    uvicorn = pytest.importorskip("uvicorn")

    def must_not_start(*args, **kwargs):
        raise AssertionError("the server started over a file that is not a store")

    monkeypatch.setattr(uvicorn, "run", must_not_start)
    notes = tmp_path / "catatan.db"
    notes.write_text("bukan basis data " * 100, encoding="utf-8")
    assert main(["serve", "--db", str(notes)]) == 2
    assert "not a usable ceksilang store" in _one_line_error(capsys)
