"""The shape of the statement-pair checks (tests/gold/quote_pairs_check59.yaml, quote_pairs_check63.yaml,
quote_pairs_check70.yaml, quote_pairs_check76.yaml): one
statement told by two outlets, annotated by hand before ceksilang ran on the pages (docs/evaluation.md, disc59 and
disc63, give ceksilang's figures on them; the pages' texts stay outside the repository). What a reader of a score
relies on: every pair names two different outlets of its statement's event, its label is one the scorer knows, a
wording pair says which words changed and whether the meaning did, spans are short quotes, and no event is in both
halves (check70 and check76 are wholly test halves). With the page texts at hand ($CEKSILANG_DISC70_TEXTS,
$CEKSILANG_QUOTE76_TEXTS), every span of check70 and check76 is read in its page, so the annotation quotes what the
outlets printed. check76 adds the label 'distinct' (two statements that share words: no item may join them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from .page_checks import outside_path

GOLDS = sorted((Path(__file__).parent / "gold").glob("quote_pairs_check*.yaml"))
LABELS = {"wording", "attribution", "same", "distinct"}  # distinct: two statements (check76's look-alikes)


@pytest.fixture(params=GOLDS, ids=lambda p: p.stem)
def gold(request: pytest.FixtureRequest) -> dict:
    return yaml.safe_load(request.param.read_text(encoding="utf-8"))


def test_both_checks_are_found() -> None:
    assert {p.stem for p in GOLDS} >= {
        "quote_pairs_check59",
        "quote_pairs_check63",
        "quote_pairs_check70",
        "quote_pairs_check76",
    }


WHOLLY_TEST = {"quote_pairs_check70", "quote_pairs_check76"}  # checks with no tune half; every other has both halves


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_events_are_split_and_every_pair_names_two_outlets_of_its_event(path: Path) -> None:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    events, urls, statements = gold["events"], gold["urls"], gold["statements"]
    splits = {e["split"] for e in events.values()}
    assert splits == ({"test"} if path.stem in WHOLLY_TEST else {"tune", "test"}), path.stem
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


@pytest.mark.parametrize(
    ("stem", "variable"),
    [("quote_pairs_check70", "CEKSILANG_DISC70_TEXTS"), ("quote_pairs_check76", "CEKSILANG_QUOTE76_TEXTS")],
)
def test_spans_are_read_in_their_pages(stem: str, variable: str) -> None:
    path = outside_path(variable, f"{stem}'s page texts (a JSON Lines file of url and text)")
    gold = yaml.safe_load((Path(__file__).parent / "gold" / f"{stem}.yaml").read_text(encoding="utf-8"))
    texts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        texts[row["url"]] = re.sub(r"\s+", " ", row["text"])
    assert set(texts) == {u for by_key in gold["urls"].values() for u in by_key.values()}
    for p in gold["pairs"]:
        urls = gold["urls"][gold["statements"][p["statement"]]["event"]]
        assert p["span_a"] in texts[urls[p["a"]]], p["id"]
        assert p["span_b"] in texts[urls[p["b"]]], p["id"]
