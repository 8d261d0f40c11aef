"""The disc69 check: one statement told two ways by outlets of one story, the value in one argument position
differing (where someone was found or taken, which hospital, by which way, who arrested, which hull number), with the
look-alikes a checker would not flag (tests/gold/details_check69.yaml).

The stored pages' texts stay outside the repository ($CEKSILANG_DISC69_TEXTS, default /work/eval_disc69/pages.jsonl);
without them only the annotation's shape is checked. ceksilang's figures on this check are in docs/evaluation.md
("Issue 20, disc69")."""

from __future__ import annotations

from collections import Counter

from .page_checks import (assert_events_of_three_articles, assert_spans_quoted_from_pages, read_gold,
                          stored_page_texts)

TEXTS_ENV = "CEKSILANG_DISC69_TEXTS"
DEFAULT_TEXTS = "/work/eval_disc69/pages.jsonl"
ARGUMENT = {"place", "route", "agent", "code", "state", "object"}
SLOTS = ARGUMENT | {"age", "day", "time", "name", "origin", "role", "cause", "count"}


def _events() -> list[dict]:
    return read_gold("details_check69.yaml")["events"]


def test_events_are_split_before_running_and_each_has_three_outlets():
    assert_events_of_three_articles(_events(), min_events=8, min_per_split=3)


def test_flags_and_look_alikes_are_mostly_argument_values():
    flagged, alike = Counter(), Counter()
    for e in _events():
        arts = set(e["articles"])
        assert len(e.get("not_discrepancies") or []) >= 3, e["event"]
        for d in e.get("discrepancies") or []:
            assert d["kind"] in ("detail", "figure") and d["slot"] in SLOTS, e["event"]
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
    assert sum(flagged[s] for s in ARGUMENT) >= 10
    assert sum(alike[s] for s in ARGUMENT) >= 20


def test_every_span_is_an_exact_quote_of_its_stored_page():
    assert_spans_quoted_from_pages(_events(), stored_page_texts(TEXTS_ENV, DEFAULT_TEXTS, "disc69"))
