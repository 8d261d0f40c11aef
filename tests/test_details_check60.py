"""The disc60 check of details told two ways by outlets of one story (tests/gold/details_check60.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC60_TEXTS); the shape of the
annotation is checked here always, its spans against the texts when they are present. ceksilang's figures on
the check are in docs/evaluation.md ("Issue 20, disc60")."""

from __future__ import annotations

from .page_checks import (assert_events_of_three_articles, assert_spans_quoted_from_pages, read_gold,
                          stored_page_texts)

TEXTS_ENV = "CEKSILANG_DISC60_TEXTS"
SLOTS = {"time", "day", "place", "role", "rank", "age", "cause", "name", "object"}


def _events() -> list[dict]:
    return read_gold("details_check60.yaml")["events"]


def test_eight_events_of_three_articles_or_more_split_by_event():
    assert_events_of_three_articles(_events(), min_events=8)


def test_every_item_names_two_articles_of_its_event_a_slot_and_two_values():
    flagged = not_flagged = 0
    for e in _events():
        for d in e.get("discrepancies") or []:
            flagged += 1
            sides = [s["article"] for s in d["sides"]]
            assert len(set(sides)) == 2 and set(sides) <= set(e["articles"]), e["event"]
            assert set(d.get("also") or []) <= set(e["articles"])
            assert d["kind"] == "detail" and d["slot"] in SLOTS
            assert len(d["values"]) == 2 and d["values"][0] != d["values"][1]
            assert all(len(s["span"].split()) <= 12 for s in d["sides"])
        for n in e.get("not_discrepancies") or []:
            not_flagged += 1
            assert len(set(n["articles"])) == 2 and set(n["articles"]) <= set(e["articles"])
            assert n["slot"] in SLOTS and n["why"]
            assert all(len(s.split()) <= 12 for s in n["spans"])
    assert flagged >= 20 and not_flagged >= 15


def test_spans_are_quoted_exactly_from_the_stored_texts():
    assert_spans_quoted_from_pages(_events(), stored_page_texts(TEXTS_ENV, None, "disc60"))
