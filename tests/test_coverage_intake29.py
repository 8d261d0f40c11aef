"""The whole-day intake gold (tests/gold/coverage_intake29): 7 June 2025 (tune) and 4 June 2025 (test),
each day's events and every same-day article sharing a headline name with them as distractors,
annotated by hand (stories only) before ceksilang was run on either day. It is scored inside the
whole day's intake (``evaluate coverage --intake``): every coverage.csv article of the day analysed,
pairs scored over the gold's own articles.

Measured on main fdecab1: tune day together in its intake P 1.000 R 1.000 (6 gold pairs, 33 articles),
alone P 0.857 R 1.000 F1 0.923 (a rider's move rumour joined his sprint win when the two were a batch
of their own); test day in its intake and alone 1.000 (15 gold pairs, 40 articles)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ceksilang.evaluate.coverage import evaluate_coverage, load_articles, load_events

from .conftest import needs_corpus
from .gold_checks import gold_ids_elsewhere, named_article_ids

GOLD = Path(__file__).parent / "gold" / "coverage_intake29"
DAY_OF_SPLIT = {"tune": "2025-06-07", "test": "2025-06-04"}


def test_each_split_is_one_day_with_the_annotated_counts() -> None:
    events, errors = load_events(GOLD, "all")
    assert errors == []
    by_split = Counter(e.split for e in events)
    assert by_split == {"tune": 11, "test": 8}
    counts = {s: (sum(len(e.articles) for e in events if e.split == s),
                  sum(len(e.distractors) for e in events if e.split == s)) for s in by_split}
    assert counts == {"tune": (17, 16), "test": (19, 21)}
    assert all(not (e.figures or e.quotes or e.discrepancies) for e in events)
    articles, missing = load_articles(events, needs_corpus())
    assert missing == []
    for e in events:
        for aid in [*e.article_ids(), *e.distractors]:
            assert articles[aid].published[:10] == DAY_OF_SPLIT[e.split], aid
            assert e.event.startswith(f"cov-{DAY_OF_SPLIT[e.split]}-")


# a whole day's gold takes every article of its events and distractors: three of them are figure-gold
# articles already (figures only, no story label), named here as they stand
IN_FIGURE_GOLDS = {"id-eb2dc5ee53a1": "figures_hard.yaml", "id-cf89e802a1a5": "figures_tune11.yaml",
                   "id-7c82a0703d5e": "figures_tune9.yaml"}


def test_no_article_is_named_twice_nor_by_another_story_gold() -> None:
    events, _ = load_events(GOLD, "all")
    named = named_article_ids(events)
    assert len(named) == len(set(named)) == 73
    assert set(named) & gold_ids_elsewhere(GOLD) == set(IN_FIGURE_GOLDS)
    for aid, name in IN_FIGURE_GOLDS.items():
        assert aid in (GOLD.parent / name).read_text(encoding="utf-8")


def test_tune_day_stories_inside_its_whole_intake() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    result = evaluate_coverage(GOLD, corpus, split="tune", intake=True)
    assert result["errors"] == [] and result["events"] == 11
    assert result["intake"]["context_articles"] > 90  # the rest of 7 June's coverage
    stories = result["stories"]
    print(f"\nintake29 tune day in its intake: stories P {stories['precision']} R {stories['recall']} F1 {stories['f1']}")
    assert stories["articles"] == 33 and stories["f1"] >= 0.95
