import pytest

from ceksilang.cli import UsageError, main, parse_field_map


def test_parse_field_map():
    assert parse_field_map("text=clean_text, published=date") == {"text": "clean_text", "published": "date"}
    assert parse_field_map(None) == {}


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
