"""The third held-out set of real coverage (tests/gold/coverage_heldout3): 8 events (43 articles,
9 distractors) from June 2025 and January 2019 that no other gold file names, annotated by hand
from the texts before ceksilang was run on them, every one split test. Picked for hard cases: an
earthquake whose early and updated readings differ, a bomb threat whose details differ by outlet,
three court cases (a verdict, a prosecutor-witness dialogue, a land-mafia case whose detained count
rises over three days), a share-price and merger report, a market report with no contradiction,
a policy announcement, short articles, same-day distractors of the same kind, reprints and
regional datelines.

It is never tuned on. First measured at the start of stop 31 (main e6581db, all events in one store,
with the word counts rebuilt to leave these articles out): stories F1 0.934 (92 of 102 pairs; alone
0.901), figures 0.831 (128 of 154), speakers 0.729 (194 of 266), discrepancies P 0.111 / R 0.053 (1 of
19), false alarms 0.375 per story, outlet 28 of 28. At the end of stop 31 (04aa530): the same but
figures 0.838 (129) and discrepancy precision 0.125. The floors sit a little under: they catch a
regression on coverage no one has tuned to."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import evaluate_coverage

from .conftest import needs_corpus
from .gold_checks import (assert_articles_used_once, assert_event_gold, assert_figure_and_quote_spans_in_articles,
                          assert_held_out_floors)

GOLD = Path(__file__).parent / "gold" / "coverage_heldout3"

STORIES_F1_FLOOR = 0.90  # 0.934 measured
FIGURES_FLOOR = 0.83  # 0.838 (129 of 154) at stop 31; 0.844 (130) at stop 51's end
SPEAKERS_FLOOR = 0.78  # 0.729 (194 of 266) at stop 31; 0.793 (211) at stop 51's end: one gain in three kept
DISCREPANCY_RECALL_FLOOR = 0.15  # 1 of 19 at stop 31; 3 of 19 at stop 51's end: all three must stay found
# 5 over 8 events measured at stop 50's end (2 at stop 49's): the stop's statement-slot and name readers
# (disc69, name72) found 1 more gold item here and 3 more on the test split, and raised 3 false ones here;
# the bar is <= 1 a story. The ceiling holds the count where it is: one more false item fails
FALSE_ALARMS_PER_STORY_CEILING = 0.625
OUTLET_FLOOR = 27  # of 28 articles that name their outlet


def test_every_event_is_test_and_the_counts_are_as_annotated() -> None:
    assert_event_gold(GOLD, "test", events=8, articles=43, distractors=9, figures=154, quotes=266,
                      discrepancies=19, not_discrepancies=26)


def test_no_article_is_named_twice_or_by_any_other_gold_file() -> None:
    assert_articles_used_once(GOLD, 52)


def test_every_span_is_in_its_article_and_every_article_is_from_its_period() -> None:
    events, articles = assert_figure_and_quote_spans_in_articles(GOLD)
    for e in events:
        for aid in [*(a.id for a in e.articles), *e.distractors]:
            assert (articles[aid].published or "")[:7] in ("2019-01", "2025-06"), (e.event, aid)


@pytest.fixture(scope="module")
def together() -> dict:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    return evaluate_coverage(GOLD, corpus, split="test")


def test_heldout_scores_stay_above_their_floors(together: dict) -> None:
    assert_held_out_floors(together, "held-out 3", events=8, figures=154, quotes=266, discrepancies=19, outlets=28,
                           stories_f1=STORIES_F1_FLOOR, figures_floor=FIGURES_FLOOR,
                           speakers_floor=SPEAKERS_FLOOR, recall_floor=DISCREPANCY_RECALL_FLOOR,
                           false_alarms_ceiling=FALSE_ALARMS_PER_STORY_CEILING, outlet_floor=OUTLET_FLOOR)
