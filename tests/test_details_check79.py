"""The disc79 check: one sentence told by two outlets of one story that differ in one value (a weekday, a date, a role
word, a meeting's kind, a list of services), with the look-alikes a checker would not flag
(tests/gold/details_check79.yaml).

The coverage articles' texts stay outside the repository ($CEKSILANG_DISC79_TEXTS, default /work/eval_disc79/pages.jsonl);
without them only the annotation's shape is checked. ceksilang's figures on this check are in docs/evaluation.md
("Issue 20, disc79")."""

from __future__ import annotations

from collections import Counter

from .page_checks import read_gold, stored_pages

TEXTS_ENV = "CEKSILANG_DISC79_TEXTS"
DEFAULT_TEXTS = "/work/eval_disc79/pages.jsonl"
POSITIONS = {"place", "agent", "object", "code", "state", "name", "role"}
SLOTS = POSITIONS | {"age", "time", "count", "cause", "origin"}


def _events() -> list[dict]:
    return read_gold("details_check79.yaml")["events"]


def test_eight_events_split_by_event_each_told_by_three_outlets():
    events = _events()
    assert len(events) >= 8
    assert Counter(e["split"] for e in events) == {"tune": 4, "test": 4}
    seen: set[str] = set()
    for e in events:
        assert len(set(e["articles"])) >= 3, e["event"]
        assert not seen & set(e["articles"]), "an article belongs to one event"
        seen |= set(e["articles"])


def test_every_event_lists_four_look_alikes_and_flags_name_both_sides():
    flagged = alike = 0
    for e in _events():
        arts = set(e["articles"])
        assert len(e["not_discrepancies"]) >= 4, e["event"]
        for d in e["discrepancies"]:
            sides = [s["article"] for s in d["sides"]]
            assert d["kind"] in ("detail", "figure") and d["slot"] in SLOTS, e["event"]
            assert len(set(sides)) == 2 and set(sides) | set(d.get("also") or []) <= arts, e["event"]
            assert len(d["values"]) == 2 and d["values"][0] != d["values"][1]
            assert all(len(s["span"].split()) <= 12 for s in d["sides"])
            flagged += 1
        for n in e["not_discrepancies"]:
            assert len(set(n["articles"])) == 2 and set(n["articles"]) <= arts, e["event"]
            assert n["slot"] in SLOTS and n["why"]
            assert all(len(s.split()) <= 12 for s in n["spans"])
            alike += 1
    assert flagged >= 12 and alike >= 40


def test_every_span_is_an_exact_quote_of_its_stored_page():
    texts = {i: p["text"] for i, p in stored_pages(TEXTS_ENV, DEFAULT_TEXTS, "disc79").items()}
    for e in _events():
        for d in e["discrepancies"]:
            for s in d["sides"]:
                assert s["span"] in texts[s["article"]], (e["event"], s["span"])
        for n in e["not_discrepancies"]:
            for article, span in zip(n["articles"], n["spans"]):
                assert span in texts[article], (e["event"], span)
