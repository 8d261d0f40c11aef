"""The fresh check set of real coverage (tests/gold/coverage_check13): 7 events of 11-12 and 20-23
June 2025 (43 articles from 7 outlets, 14 distractors), annotated by hand from the texts before
ceksilang was run on them and read a second time by another annotator (8 figures and 1 discrepancy
added, nothing changed), every one split test. It scores stories, figures and discrepancies; quotes
are not annotated, so no speaker score is kept.

Helpers ran it once each at the end of their branches in stop 32 (totals only). Measured on main after stop
32's first merges (4d9e780, all events in one store): stories F1 0.950 (114 of 126 pairs), figures 0.762
(93 of 122), discrepancies P 0.250 / R 0.045 (1 of 22), false alarms 0 per story, outlet 18 of 18. The floors sit a little under: they catch
a regression on coverage no one has tuned to."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import evaluate_coverage

from .conftest import needs_corpus
from .gold_checks import (assert_articles_used_once, assert_event_gold, assert_figure_and_quote_spans_in_articles,
                          assert_held_out_floors)

GOLD = Path(__file__).parent / "gold" / "coverage_check13"

STORIES_F1_FLOOR = 0.92  # 0.950 measured
FIGURES_FLOOR = 0.74  # 0.762 (93 of 122) measured
DISCREPANCY_RECALL_FLOOR = 0.04  # 1 of 22 measured: it must stay found
FALSE_ALARMS_PER_STORY_CEILING = 0.3  # 0 over 7 events measured
OUTLET_FLOOR = 17  # of 18 articles that name their outlet


def test_every_event_is_test_and_the_counts_are_as_annotated() -> None:
    assert_event_gold(GOLD, "test", events=7, articles=43, distractors=14, figures=122, quotes=0,
                      discrepancies=22, not_discrepancies=27)


def test_no_article_is_named_twice_or_by_any_other_gold_file() -> None:
    assert_articles_used_once(GOLD, 57)


def test_every_span_is_in_its_article_and_every_article_is_from_june_2025() -> None:
    events, articles = assert_figure_and_quote_spans_in_articles(GOLD)
    for e in events:
        for aid in [*(a.id for a in e.articles), *e.distractors]:
            assert (articles[aid].published or "")[:7] == "2025-06", (e.event, aid)


@pytest.fixture(scope="module")
def together() -> dict:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    return evaluate_coverage(GOLD, corpus, split="test")


def test_check_scores_stay_above_their_floors(together: dict) -> None:
    assert_held_out_floors(together, "check 13", events=7, figures=122, quotes=0, discrepancies=22, outlets=18,
                           stories_f1=STORIES_F1_FLOOR, figures_floor=FIGURES_FLOOR, speakers_floor=None,
                           recall_floor=DISCREPANCY_RECALL_FLOOR,
                           false_alarms_ceiling=FALSE_ALARMS_PER_STORY_CEILING, outlet_floor=OUTLET_FLOOR)
