"""The disc64 check: who someone is (post, rank, age, origin, school) and the cause, told two ways by outlets of
one story (tests/gold/details_check64.yaml).

The stored pages' texts stay outside the repository ($CEKSILANG_DISC64_TEXTS); without them only the annotation's
shape is checked. ceksilang's figures on this check are in docs/evaluation.md ("Issue 20, disc64")."""

from __future__ import annotations

from collections import Counter

from .page_checks import (assert_events_of_three_articles, assert_spans_quoted_from_pages, read_gold,
                          stored_page_texts)

TEXTS_ENV = "CEKSILANG_DISC64_TEXTS"
WHO = {"role", "rank", "age", "origin"}
SLOTS = WHO | {"cause", "time", "day", "place", "name", "object"}


def _events() -> list[dict]:
    return read_gold("details_check64.yaml")["events"]


def test_events_are_split_before_running_and_each_has_three_outlets():
    assert_events_of_three_articles(_events(), min_events=8, min_per_split=3)


def test_flags_and_look_alikes_cover_who_someone_is_and_the_cause():
    flagged, alike = Counter(), Counter()
    for e in _events():
        arts = set(e["articles"])
        for d in e.get("discrepancies") or []:
            assert d["kind"] == "detail" and d["slot"] in SLOTS, e["event"]
            sides = [s["article"] for s in d["sides"]]
            assert len(set(sides)) == 2 and set(sides) | set(d.get("also") or []) <= arts, e["event"]
            assert len(d["values"]) == 2 and d["values"][0] != d["values"][1]
            assert all(len(s["span"].split()) <= 12 for s in d["sides"])
            flagged[d["slot"]] += 1
        for n in e.get("not_discrepancies") or []:
            assert len(set(n["articles"])) == 2 and set(n["articles"]) <= arts, e["event"]
            assert n["slot"] in SLOTS and n["why"]
            assert all(len(s.split()) <= 12 for s in n["spans"])
            alike[n["slot"]] += 1
    assert sum(flagged.values()) >= 20 and sum(alike.values()) >= 30
    assert sum(flagged[s] for s in WHO) >= 5 and flagged["cause"] >= 1
    assert sum(alike[s] for s in WHO) >= 15 and alike["cause"] >= 5


def test_every_span_is_an_exact_quote_of_its_stored_page():
    assert_spans_quoted_from_pages(_events(), stored_page_texts(TEXTS_ENV, None, "disc64"))
