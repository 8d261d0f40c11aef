"""The shape of the statement-pair checks (tests/gold/quote_pairs_check59.yaml, quote_pairs_check63.yaml): one
statement told by two outlets, annotated by hand before ceksilang ran on the pages (docs/evaluation.md, disc59 and
disc63, give ceksilang's figures on them; the pages' texts stay outside the repository). What a reader of a score
relies on: every pair names two different outlets of its statement's event, its label is one the scorer knows, a
wording pair says which words changed and whether the meaning did, spans are short quotes, and no event is in both
halves."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

GOLDS = sorted((Path(__file__).parent / "gold").glob("quote_pairs_check*.yaml"))
LABELS = {"wording", "attribution", "same"}


@pytest.fixture(params=GOLDS, ids=lambda p: p.stem)
def gold(request: pytest.FixtureRequest) -> dict:
    return yaml.safe_load(request.param.read_text(encoding="utf-8"))


def test_both_checks_are_found() -> None:
    assert {p.stem for p in GOLDS} >= {"quote_pairs_check59", "quote_pairs_check63"}


def test_events_are_split_and_every_pair_names_two_outlets_of_its_event(gold: dict) -> None:
    events, urls, statements = gold["events"], gold["urls"], gold["statements"]
    assert {e["split"] for e in events.values()} == {"tune", "test"}
    assert set(urls) == set(events)
    for sid, s in statements.items():
        assert s["event"] in events, sid
    for p in gold["pairs"]:
        event = statements[p["statement"]]["event"]
        assert p["a"] != p["b"] and {p["a"], p["b"]} <= set(urls[event]), p["id"]


def test_labels_are_known_and_wording_pairs_say_what_changed(gold: dict) -> None:
    ids = [p["id"] for p in gold["pairs"]]
    assert len(ids) == len(set(ids))
    for p in gold["pairs"]:
        assert p["label"] in LABELS, p["id"]
        if p["label"] == "wording":
            assert str(p.get("changed") or "").strip(), p["id"]
            assert p.get("meaning_changed") in (True, False, "yes", "no"), p["id"]


def test_spans_are_short_quotes(gold: dict) -> None:
    for p in gold["pairs"]:
        for side in ("span_a", "span_b"):
            span = p.get(side)
            if span is not None:
                assert 0 < len(str(span).split()) <= 12, (p["id"], side)
