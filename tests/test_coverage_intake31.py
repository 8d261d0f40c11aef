"""The intake tune gold of the Raja Ampat nickel polemic's first days (tests/gold/coverage_intake31):
seven reports of 6-8 June 2025 and four distractors, annotated by hand (stories only) before
ceksilang was run on those days. Scored inside the four days' intake (``evaluate coverage
--intake``: every coverage.csv article of 5-8 June analysed, the Ijen distractor being of 5 June;
pairs scored over the gold's own articles).

Measured on main d37f0c0: in its intake (466 other articles) and alone P 0.955 R 1.000 F1 0.977
(21 of 21 gold pairs, 22 system pairs: one pair of distractors in one story)."""

from __future__ import annotations

from pathlib import Path

from ceksilang.evaluate.coverage import evaluate_coverage, load_articles, load_events

from .conftest import needs_corpus
from .gold_checks import assert_articles_used_once

GOLD = Path(__file__).parent / "gold" / "coverage_intake31"
DAYS = {"2025-06-05", "2025-06-06", "2025-06-07", "2025-06-08"}


def test_the_gold_is_one_tune_event_of_four_days() -> None:
    events, errors = load_events(GOLD, "all")
    assert errors == []
    assert [(e.split, len(e.articles), len(e.distractors)) for e in events] == [("tune", 7, 4)]
    assert all(not (e.figures or e.quotes or e.discrepancies) for e in events)
    articles, missing = load_articles(events, needs_corpus())
    assert missing == []
    days = {articles[aid].published[:10] for e in events for aid in [*e.article_ids(), *e.distractors]}
    assert days <= DAYS and len(days) == 4


def test_no_article_is_named_twice_nor_by_another_story_gold() -> None:
    assert_articles_used_once(GOLD, 11)


def test_the_polemic_is_one_story_inside_its_days_intake() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    result = evaluate_coverage(GOLD, corpus, split="tune", intake=True)
    assert result["errors"] == [] and result["events"] == 1
    assert result["intake"]["context_articles"] > 400  # the rest of 5-8 June's coverage
    stories = result["stories"]
    print(f"\nintake31 in its intake: stories P {stories['precision']} R {stories['recall']}")
    assert stories["articles"] == 11 and stories["recall"] == 1.0 and stories["f1"] >= 0.95
