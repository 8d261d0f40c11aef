"""The fresh check of discrepancy precision (tests/gold/coverage_check75, branch false75): eleven June-2025 events,
ten told by three outlets or more (one by two), annotated by hand (members, discrepancies, differences that are none) before
ceksilang ran on them, split by event (6 tune, 5 test) before the first run. The test half is held out: scored once
at the end of false75, totals only (docs/evaluation.md, "Issue 20, false75")."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from ceksilang.evaluate.coverage import evaluate_coverage, load_events

from .conftest import needs_corpus
from .gold_checks import gold_ids_elsewhere, named_article_ids

CHECK = Path(__file__).parent / "gold" / "coverage_check75"


def test_the_check_is_split_by_event_and_holds_what_was_annotated() -> None:
    events, errors = load_events(CHECK, "all")
    assert errors == []
    assert Counter(e.split for e in events) == {"tune": 6, "test": 5}
    assert sum(len(e.articles) for e in events) == 46
    assert sum(len(e.discrepancies) for e in events) == 12
    assert sum(len(e.not_discrepancies) for e in events) == 35
    for e in events:
        for d in e.discrepancies:
            assert len(set(d["articles"]) & set(e.article_ids())) == 2, e.event


def test_each_event_is_told_by_three_outlets_and_no_other_gold_names_its_articles() -> None:
    csv_path = needs_corpus("coverage", "coverage.csv")
    outlet = {r["id"]: r["outlet"] for r in csv.DictReader(open(csv_path, encoding="utf-8"))}
    events, _ = load_events(CHECK, "all")
    # the EAEU free-trade event is told by two outlets (Detik three times, Liputan6), a slip of the picking: its
    # third outlet's report was another event (Prabowo at the forum) and went to the distractors
    for e in events:
        wanted = 2 if e.event == "cov-2025-06-20-fta-indonesia-eaeu" else 3
        assert len({outlet[a] for a in e.article_ids()}) >= wanted, e.event
    named = named_article_ids(events)
    assert len(named) == len(set(named)) == 46 + sum(len(e.distractors) for e in events)
    # stories_check54 was annotated in the same minutes by another branch, independently (both golds committed at
    # 19:28 UTC before either was run); they share one tune event's three reports (the TransJabodetabek route of 10
    # June 2025). Any other shared article fails.
    check54 = set(re.findall(r"id-[0-9a-f]{12}", (CHECK.parent / "stories_check54" / "check.yaml").read_text(encoding="utf-8")))
    shared = set(named) & gold_ids_elsewhere(CHECK)
    assert len(shared) <= 3 and shared <= check54, sorted(shared)


def test_the_tune_half_raises_no_false_alarm() -> None:
    # main at 889c71f raised one: the housing minister's restarted "Kalau nggak kita nggak dengerin" told once by
    # another outlet was read as a negation left out (a contradiction); it is words changed, no more
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    result = evaluate_coverage(CHECK, corpus, split="tune")
    assert result["errors"] == [] and result["events"] == 6
    assert result["discrepancies"]["false_alarms"] == 0
