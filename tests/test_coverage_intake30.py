"""The big-story whole-day gold (tests/gold/coverage_intake30): 9 June 2025, the day the Raja Ampat
nickel polemic had 15 reports, annotated by hand (stories only) before ceksilang was run on the day.
Scored inside the whole day's intake (``evaluate coverage --intake``: all 1,088 coverage.csv articles
of 9 June analysed, pairs scored over the gold's own articles).

Measured on main c3c574d: tune part in its intake and alone P 1.000 R 1.000 (12 gold pairs, 11
articles). Test part, read once: in its intake P 0.592 R 0.339 (42 of 124 gold pairs, 71 system
pairs), alone P 0.721 R 1.000 (172 system pairs). The test part is not asserted: it is a measure,
not a target (nothing was tuned on it)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ceksilang.evaluate.coverage import evaluate_coverage, load_articles, load_events

from .conftest import needs_corpus
from .gold_checks import assert_articles_used_once

GOLD = Path(__file__).parent / "gold" / "coverage_intake30"
DAY = "2025-06-09"


def test_the_gold_is_one_day_with_the_annotated_counts() -> None:
    events, errors = load_events(GOLD, "all")
    assert errors == []
    assert Counter(e.split for e in events) == {"test": 4, "tune": 3}
    counts = {s: (sum(len(e.articles) for e in events if e.split == s),
                  sum(len(e.distractors) for e in events if e.split == s)) for s in ("test", "tune")}
    assert counts == {"test": (27, 6), "tune": (9, 2)}
    # the big event: one story of 15 reports from one day
    assert max(len(e.articles) for e in events) == 15
    assert all(not (e.figures or e.quotes or e.discrepancies) for e in events)
    articles, missing = load_articles(events, needs_corpus())
    assert missing == []
    for e in events:
        assert e.event.startswith(f"cov-{DAY}-")
        for aid in [*e.article_ids(), *e.distractors]:
            assert articles[aid].published[:10] == DAY, aid


def test_no_article_is_named_twice_nor_by_another_story_gold() -> None:
    assert_articles_used_once(GOLD, 44)


def test_tune_part_stories_inside_the_big_day_intake() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    result = evaluate_coverage(GOLD, corpus, split="tune", intake=True)
    assert result["errors"] == [] and result["events"] == 3
    assert result["intake"]["context_articles"] > 1000  # the rest of 9 June's coverage
    stories = result["stories"]
    print(f"\nintake30 tune part in its intake: stories P {stories['precision']} R {stories['recall']}")
    assert stories["articles"] == 11 and stories["f1"] >= 0.95
