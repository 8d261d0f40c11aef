"""The wrd81 check (tests/gold/quote_pairs_check81.yaml): one statement told by two outlets of coverage.csv, worded
differently (wording), told the same (same), given to two speakers (attribution), and look-alikes that are two
statements (distinct), annotated by hand before ceksilang ran on the articles and split by event.

What a reader of the check relies on: every article is a coverage.csv row of the helper's window (2018-12, 2019-01,
2025-07) that no other gold file names, every span is an exact quote of its article, and the halves share no event.
On the tune half, each event analysed as one batch, no wording or attribution item may join two statements a reader
tells apart or a statement told the same (measured 0 of 12 on main and on this branch), and the wording pairs found
may not fall below what was measured (0 of 6: three are indirect statements, which the wording rule does not compare,
one lies in two stories, one in a copy, one quote is not read; docs/evaluation.md, wrd81, gives the trace).
The test half is scored outside the suite, once (docs/evaluation.md)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml

from .conftest import needs_corpus

GOLD_DIR = Path(__file__).parent / "gold"
GOLD = GOLD_DIR / "quote_pairs_check81.yaml"
WINDOW = ("2018-12", "2019-01", "2025-07")
TUNE_WORDING_FOUND_FLOOR = 0  # measured 0 of 6 (main 35d948a8 and this branch)
TUNE_FALSE_ITEMS_CEILING = 0  # same or distinct pairs joined by a wording or attribution item: 0 of 12 measured
WORDS = re.compile(r"\w+")


def _gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


def _rows(ids: set[str]) -> dict[str, dict[str, str]]:
    path = needs_corpus("coverage", "coverage.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return {r["id"]: r for r in csv.DictReader(f) if r["id"] in ids}


def _event_of(gold: dict, pair: dict) -> str:
    return gold["statements"][pair["statement"]]["event"]


def test_halves_split_by_event_and_every_label_counted() -> None:
    gold = _gold()
    splits = {e: meta["split"] for e, meta in gold["events"].items()}
    assert set(splits.values()) == {"tune", "test"}
    labels: dict[tuple[str, str], int] = {}
    for p in gold["pairs"]:
        key = (splits[_event_of(gold, p)], p["label"])
        labels[key] = labels.get(key, 0) + 1
        if p["label"] == "distinct":
            assert p["other"] in gold["statements"] and p["other"] != p["statement"], p["id"]
        if p["label"] == "attribution":
            assert p["speaker_a"] != p["speaker_b"], p["id"]
    assert labels == {("tune", "wording"): 6, ("tune", "same"): 5, ("tune", "attribution"): 2, ("tune", "distinct"): 7,
                      ("test", "wording"): 7, ("test", "same"): 3, ("test", "distinct"): 6}


def test_every_article_is_of_the_window_and_named_by_no_other_gold_file() -> None:
    gold = _gold()
    ids = {i for by_key in gold["urls"].values() for i in by_key.values()}
    rows = _rows(ids)
    assert set(rows) == ids
    assert all(rows[i]["published"][:7] in WINDOW for i in ids)
    others = [p for p in GOLD_DIR.rglob("*") if p.is_file() and p != GOLD]
    for path in others:
        text = path.read_text(encoding="utf-8", errors="replace")
        named = {i for i in ids if i in text or rows[i]["url"] in text}
        assert not named, (path, named)


def test_every_span_is_an_exact_quote_of_its_article() -> None:
    gold = _gold()
    ids = {i for by_key in gold["urls"].values() for i in by_key.values()}
    texts = {i: re.sub(r"\s+", " ", r["text"]) for i, r in _rows(ids).items()}
    for p in gold["pairs"]:
        urls = gold["urls"][_event_of(gold, p)]
        assert p["span_a"] in texts[urls[p["a"]]], p["id"]
        assert p["span_b"] in texts[urls[p["b"]]], p["id"]


def _overlap(x: str, y: str) -> float:
    a, b = set(WORDS.findall(x.lower())), set(WORDS.findall(y.lower()))
    return len(a & b) / max(1, min(len(a), len(b)))


def _item_joins(item: dict, doc_a: str, doc_b: str, text_a: str, text_b: str) -> bool:
    """A wording or attribution item names both articles and tells the two readings (each side's words)."""
    if not {doc_a, doc_b} <= set(item["docs"]):
        return False
    if item["kind"] == "attribution":
        return _overlap(item["explanation"], text_a) >= 0.5 or _overlap(item["explanation"], text_b) >= 0.5
    readings = [(c["a"], c["b"]) for c in item.get("changes") or []]
    told = item["explanation"].replace("[", "").replace("]", "")
    return bool(readings) and _overlap(told, text_a) >= 0.6 and _overlap(told, text_b) >= 0.6


@pytest.mark.slow
def test_tune_half_wording_found_and_no_item_joins_what_a_reader_tells_apart() -> None:
    from ceksilang.evaluate.coverage import Article, analyse_articles

    gold = _gold()
    found = false = 0
    for event, meta in gold["events"].items():
        if meta["split"] != "tune":
            continue
        urls = gold["urls"][event]
        rows = _rows(set(urls.values()))
        briefing = analyse_articles([Article(id=i, text=r["text"], title=r["title"] or None, url=r["url"],
                                             published=r["published"] or None, outlet=r["outlet"] or None)
                                     for i, r in rows.items()])
        items = [d for d in briefing["discrepancies"] if d["kind"] in ("wording", "attribution")]
        for p in gold["pairs"]:
            if _event_of(gold, p) != event:
                continue
            joined = [d for d in items if _item_joins(d, urls[p["a"]], urls[p["b"]], p["span_a"], p["span_b"])]
            if p["label"] == "wording":
                found += any(d["kind"] == "wording" for d in joined)
            elif p["label"] in ("same", "distinct"):
                false += bool(joined)
    assert found >= TUNE_WORDING_FOUND_FLOOR
    assert false <= TUNE_FALSE_ITEMS_CEILING
