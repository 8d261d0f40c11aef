"""What the detail checks (tests/gold/details_check74/78/79.yaml) share: events split by event, each told by three
outlets or more; flags that name both sides with two different values and short spans; look-alikes a checker would not
flag; every span an exact quote of its stored page or article (texts outside the repository, skipped without them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .page_checks import read_gold, stored_pages


@dataclass(frozen=True)
class DetailCheck:
    gold: str  # the file's name under tests/gold
    texts_env: str  # the variable naming the texts' JSON Lines
    default_texts: str
    name: str  # how stored_pages' skip message names the check
    slots: frozenset[str]
    split: dict[str, int]  # events by half
    min_flags: int
    graded: bool = False  # every flag says explained or contradiction
    min_look_alikes: int = 40


def events(check: DetailCheck) -> list[dict]:
    return read_gold(check.gold)["events"]


def assert_events_split_and_told_by_three(check: DetailCheck) -> None:
    found = events(check)
    assert len(found) >= sum(check.split.values())
    assert Counter(e["split"] for e in found) == check.split
    seen: set[str] = set()
    for e in found:
        assert len(set(e["articles"])) >= 3, e["event"]
        assert not seen & set(e["articles"]), "an article belongs to one event"
        seen |= set(e["articles"])


def assert_flags_and_look_alikes(check: DetailCheck) -> None:
    flagged = alike = 0
    for e in events(check):
        arts = set(e["articles"])
        assert len(e["not_discrepancies"]) >= 4, e["event"]
        for d in e["discrepancies"]:
            sides = [s["article"] for s in d["sides"]]
            assert d["kind"] in ("detail", "figure") and d["slot"] in check.slots, e["event"]
            if check.graded:
                assert d["grade"] in ("explained", "contradiction"), e["event"]
            assert len(set(sides)) == 2 and set(sides) | set(d.get("also") or []) <= arts, e["event"]
            assert len(d["values"]) == 2 and d["values"][0] != d["values"][1]
            assert all(len(s["span"].split()) <= 12 for s in d["sides"])
            flagged += 1
        for n in e["not_discrepancies"]:
            assert len(set(n["articles"])) == 2 and set(n["articles"]) <= arts, e["event"]
            assert n["slot"] in check.slots and n["why"]
            assert all(len(s.split()) <= 12 for s in n["spans"])
            alike += 1
    assert flagged >= check.min_flags and alike >= check.min_look_alikes


def assert_spans_quoted(check: DetailCheck) -> None:
    texts = {i: p["text"] for i, p in stored_pages(check.texts_env, check.default_texts, check.name).items()}
    for e in events(check):
        for d in e["discrepancies"]:
            for s in d["sides"]:
                assert s["span"] in texts[s["article"]], (e["event"], s["span"])
        for n in e["not_discrepancies"]:
            for article, span in zip(n["articles"], n["spans"]):
                assert span in texts[article], (e["event"], span)
