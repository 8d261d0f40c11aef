"""The name72 check: one person named two ways by outlets of one story (a letter changed, another word), and
look-alikes that are two people or one name told more fully (tests/gold/names_check72.yaml).

The stored pages' texts stay outside the repository ($CEKSILANG_NAME72_TEXTS); without them only the annotation's
shape is checked. ceksilang's figures on this check are in docs/evaluation.md ("Issue 20, name72")."""

from __future__ import annotations

from collections import Counter

from .page_checks import read_gold, stored_pages

TEXTS_ENV = "CEKSILANG_NAME72_TEXTS"
DEFAULT = "/work/eval_name72/pages.jsonl"


def _events() -> list[dict]:
    return read_gold("names_check72.yaml")["events"]


def test_events_are_split_before_running_and_each_has_three_outlets():
    events = _events()
    assert len(events) >= 8
    splits = Counter(e["split"] for e in events)
    assert splits["tune"] >= 4 and splits["test"] >= 4
    seen: set[str] = set()
    for e in events:
        assert len(set(e["articles"])) >= 3, e["event"]
        assert not seen & set(e["articles"]), "an article belongs to one event"
        seen |= set(e["articles"])


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
    texts = {i: p["text"] for i, p in stored_pages(TEXTS_ENV, DEFAULT, "name72").items()}
    for e in _events():
        for f in e.get("flags") or []:
            for s in f["sides"]:
                assert s["span"] in texts[s["article"]], (e["event"], s["span"])
        for n in e.get("not_flags") or []:
            for article, span in zip(n["articles"], n["spans"]):
                assert span in texts[article], (e["event"], span)
