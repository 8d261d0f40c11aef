"""The disc69 check: one statement told two ways by outlets of one story, the value in one argument position
differing (where someone was found or taken, which hospital, by which way, who arrested, which hull number), with the
look-alikes a checker would not flag (tests/gold/details_check69.yaml).

The stored pages' texts stay outside the repository ($CEKSILANG_DISC69_TEXTS, default /work/eval_disc69/pages.jsonl);
without them only the annotation's shape is checked. ceksilang's figures on this check are in docs/evaluation.md
("Issue 20, disc69")."""

from __future__ import annotations

from collections import Counter

from .page_checks import read_gold, stored_pages

TEXTS_ENV = "CEKSILANG_DISC69_TEXTS"
DEFAULT_TEXTS = "/work/eval_disc69/pages.jsonl"
ARGUMENT = {"place", "route", "agent", "code", "state", "object"}
SLOTS = ARGUMENT | {"age", "day", "time", "name", "origin", "role", "cause", "count"}


def _events() -> list[dict]:
    return read_gold("details_check69.yaml")["events"]


def test_events_are_split_before_running_and_each_has_three_outlets():
    events = _events()
    assert len(events) >= 8
    splits = Counter(e["split"] for e in events)
    assert splits["tune"] >= 3 and splits["test"] >= 3
    seen: set[str] = set()
    for e in events:
        assert len(set(e["articles"])) >= 3, e["event"]
        assert not seen & set(e["articles"]), "an article belongs to one event"
        seen |= set(e["articles"])


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
    texts = {i: p["text"] for i, p in stored_pages(TEXTS_ENV, DEFAULT_TEXTS, "disc69").items()}
    for e in _events():
        for d in e.get("discrepancies") or []:
            for s in d["sides"]:
                assert s["span"] in texts[s["article"]], (e["event"], s["span"])
        for n in e.get("not_discrepancies") or []:
            for article, span in zip(n["articles"], n["spans"]):
                assert span in texts[article], (e["event"], span)
