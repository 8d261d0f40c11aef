"""The disc67 check of figure pairs across outlets: counts of one thing told two ways (people detained, personnel sent,
people aboard, sums of money) and their look-alikes (tests/gold/figure_pairs_check67.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC67_TEXTS: a JSON Lines file with url
and text, or a folder of such files); the shape of the annotation is checked here always, its spans and values against
the texts when that variable names them (else that test skips, saying so). ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, disc67")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .figure_checks import numbers_in, stored_texts

GOLD = Path(__file__).parent / "gold" / "figure_pairs_check67.yaml"
TEXTS_ENV = "CEKSILANG_DISC67_TEXTS"
STATUSES = {"contradiction", "evolving", "explained"}


def _gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


def test_ten_events_of_three_outlets_or_more_split_by_event():
    gold = _gold()
    assert len(gold["events"]) >= 10
    assert {e["split"] for e in gold["events"].values()} == {"tune", "test"}
    for event, docs in gold["urls"].items():
        assert event in gold["events"]
        assert len(docs) >= 3, event
    urls = [u for docs in gold["urls"].values() for u in docs.values()]
    assert len(urls) == len(set(urls)), "an article belongs to one event"


def test_pairs_name_two_articles_of_their_event_with_values_and_short_spans():
    gold = _gold()
    for p in gold["pairs"]:
        assert p["status"] in STATUSES, p["id"]
        docs = gold["urls"][p["event"]]
        assert p["a"]["doc"] in docs and p["b"]["doc"] in docs, p["id"]
        assert p["a"]["doc"] != p["b"]["doc"], p["id"]
        assert p["a"]["value"] != p["b"]["value"], p["id"]
        for side in "ab":
            assert len(p[side]["span"].split()) <= 12, (p["id"], side)
        if p.get("part"):
            assert p["status"] == "explained" and p.get("why"), p["id"]
    ids = [p["id"] for p in gold["pairs"]]
    assert len(ids) == len(set(ids))


def test_twenty_clashes_and_their_look_alikes_in_both_halves():
    gold = _gold()
    split = {e: v["split"] for e, v in gold["events"].items()}
    pairs = gold["pairs"]
    assert sum(p["status"] == "contradiction" for p in pairs) >= 20
    for half in ("tune", "test"):
        mine = [p for p in pairs if split[p["event"]] == half]
        assert sum(p["status"] == "contradiction" for p in mine) >= 8, half
        assert sum(p["status"] == "evolving" for p in mine) >= 2, half
        assert sum(bool(p.get("part")) for p in mine) >= 5, half


def test_numbers_in_a_span_are_read_in_digits_words_and_rupiah():
    assert numbers_in("Polisi menangkap 1.489 orang") >= {1489}
    assert numbers_in("KPK menyita Rp5,7 miliar") >= {5700000000}
    assert numbers_in("Uang tunai sejumlah Rp370 juta") >= {370000000}
    assert numbers_in("empat hingga lima warga") >= {4, 5}


def test_spans_are_quoted_from_the_stored_texts_and_hold_their_value():
    texts = stored_texts(TEXTS_ENV, "disc67")
    gold = _gold()
    for p in gold["pairs"]:
        for side in "ab":
            s = p[side]
            assert s["span"] in texts[gold["urls"][p["event"]][s["doc"]]], (p["id"], s["span"])
            assert s["value"] in numbers_in(s["span"]), (p["id"], side)
