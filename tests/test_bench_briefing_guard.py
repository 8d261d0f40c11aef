"""bench/briefing_guard.py: the guard passes only when it ran the analysis and every run matched."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "briefing_guard.py"


def _guard():
    sys.path.insert(0, str(_SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("bench_briefing_guard", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _expected(tmp_path: Path) -> Path:
    ref = tmp_path / "ref"
    ref.mkdir()
    (ref / "briefing.json").write_text('{\n "generated": "2026-01-01",\n "stories": []\n}\n', encoding="utf-8")
    return ref


@pytest.mark.parametrize("pairs", ["0", "-1"])
def test_briefing_guard_refuses_to_pass_without_a_run(tmp_path: Path, pairs: str, capsys) -> None:
    # mend63: "--pairs 0" ran nothing and still said the briefing was identical (exit 0)
    articles = tmp_path / "a.jsonl"
    articles.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        _guard().main([str(articles), "--expected", str(_expected(tmp_path)), "--pairs", pairs])
    assert stop.value.code == 2
    assert "--pairs" in capsys.readouterr().err

