"""The name72 check: one person named two ways by outlets of one story (a letter changed, another word), and
look-alikes that are two people or one name told more fully (tests/gold/names_check72.yaml).

The stored pages' texts stay outside the repository ($CEKSILANG_NAME72_TEXTS); without them only the annotation's
shape is checked. ceksilang's figures on this check are in docs/evaluation.md ("Issue 20, name72")."""

from __future__ import annotations

from collections import Counter

from .page_checks import (assert_events_of_three_articles, assert_spans_quoted_from_pages, read_gold,
                          stored_page_texts)

TEXTS_ENV = "CEKSILANG_NAME72_TEXTS"
DEFAULT = "/work/eval_name72/pages.jsonl"


def _events() -> list[dict]:
    return read_gold("names_check72.yaml")["events"]


def test_events_are_split_before_running_and_each_has_three_outlets():
    assert_events_of_three_articles(_events(), min_events=8, min_per_split=4)


def test_flags_name_one_person_two_ways_and_every_event_has_look_alikes():
    statuses = Counter()
    for e in _events():
        arts = set(e["articles"])
        for f in e.get("flags") or []:
            assert f["status"] in ("explained", "contradiction") and f["why"], e["event"]
            a, b = f["sides"]
            assert a["article"] != b["article"], e["event"]
            assert {a["article"], b["article"]} | set(a.get("same") or []) | set(b.get("same") or []) <= arts
            assert len(f["values"]) == 2 and f["values"][0] != f["values"][1]
            for value, side in zip(f["values"], f["sides"]):
                assert value in side["span"] and len(side["span"].split()) <= 12
            statuses[f["status"]] += 1
        assert len(e.get("not_flags") or []) >= 3, e["event"]
        for n in e["not_flags"]:
            assert len(set(n["articles"])) == 2 and set(n["articles"]) <= arts, e["event"]
            assert n["why"] and all(len(s.split()) <= 12 for s in n["spans"])
    assert statuses["explained"] >= 10 and statuses["contradiction"] >= 5


def test_every_span_is_an_exact_quote_of_its_stored_page():
    assert_spans_quoted_from_pages(_events(), stored_page_texts(TEXTS_ENV, DEFAULT, "name72"), "flags", "not_flags")
