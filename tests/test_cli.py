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
