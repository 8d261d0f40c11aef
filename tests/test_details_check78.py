"""The disc78 check: one person named two ways across the reports of one story (initials against initials or a
name, an age), a count, a clock time or a part of the day told two ways, with the look-alikes a checker would not flag
(two people of one role with their own initials, initials that are a name's capitals, a part of the day that holds
the clock time) (tests/gold/details_check78.yaml).

The stored pages' texts stay outside the repository ($CEKSILANG_DISC78_TEXTS, default /work/eval_disc78/pages.jsonl);
without them only the annotation's shape is checked. ceksilang's figures on this check are in docs/evaluation.md
("Issue 20, disc78")."""

from __future__ import annotations

from collections import Counter

from .page_checks import read_gold, stored_pages

TEXTS_ENV = "CEKSILANG_DISC78_TEXTS"
DEFAULT_TEXTS = "/work/eval_disc78/pages.jsonl"
SLOTS = {"name", "age", "time", "date", "count", "cause", "role", "state", "place"}


def _events() -> list[dict]:
    return read_gold("details_check78.yaml")["events"]


def test_seven_events_split_by_event_each_told_by_three_outlets():
    events = _events()
    assert len(events) >= 7
    assert Counter(e["split"] for e in events) == {"tune": 3, "test": 4}
    seen: set[str] = set()
    for e in events:
        assert len(set(e["articles"])) >= 3, e["event"]
        assert not seen & set(e["articles"]), "an article belongs to one event"
        seen |= set(e["articles"])


def test_flags_name_both_sides_and_every_event_lists_four_look_alikes():
    flagged = alike = 0
    for e in _events():
        arts = set(e["articles"])
        assert len(e["not_discrepancies"]) >= 4, e["event"]
        for d in e["discrepancies"]:
            sides = [s["article"] for s in d["sides"]]
            assert d["kind"] in ("detail", "figure") and d["slot"] in SLOTS, e["event"]
            assert d["grade"] in ("explained", "contradiction"), e["event"]
            assert len(set(sides)) == 2 and set(sides) | set(d.get("also") or []) <= arts, e["event"]
            assert len(d["values"]) == 2 and d["values"][0] != d["values"][1]
            assert all(len(s["span"].split()) <= 12 for s in d["sides"])
            flagged += 1
        for n in e["not_discrepancies"]:
            assert len(set(n["articles"])) == 2 and set(n["articles"]) <= arts, e["event"]
            assert n["slot"] in SLOTS and n["why"]
            assert all(len(s.split()) <= 12 for s in n["spans"])
            alike += 1
    assert flagged >= 15 and alike >= 40


def test_the_check_holds_initials_told_two_ways_and_two_people_sharing_initials():
    """The shapes the task names are in the check: a person's initials differing between reports (flags) and two
    people of one story whose initials share letters (look-alikes)."""
    events = _events()
    initials = [d for e in events for d in e["discrepancies"] if d["slot"] == "name"]
    assert len(initials) >= 3
    two_people = [n for e in events for n in e["not_discrepancies"] if n["slot"] == "name" and "two" in n["why"]]
    assert len(two_people) >= 2


def test_every_span_is_an_exact_quote_of_its_stored_page():
    texts = {i: p["text"] for i, p in stored_pages(TEXTS_ENV, DEFAULT_TEXTS, "disc78").items()}
    for e in _events():
        for d in e["discrepancies"]:
            for s in d["sides"]:
                assert s["span"] in texts[s["article"]], (e["event"], s["span"])
        for n in e["not_discrepancies"]:
            for article, span in zip(n["articles"], n["spans"]):
                assert span in texts[article], (e["event"], span)
