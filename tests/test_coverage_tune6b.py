"""The tune set of small real coverage from odd days of June 2025 (tests/gold/coverage_tune6b):
5 events (15 articles, 7 distractors) of the held-out's kind, annotated by hand before ceksilang
was run on them, every one split tune. It is tuned on; the floors pin the discrepancy figures
reached on branch cov6b so that a change elsewhere does not lose them unnoticed.

Measured all events in one store (`ceksilang evaluate coverage tests/gold/coverage_tune6b --split
tune`): before branch cov6b's fixes, discrepancies P 0.000 / R 0.000 (0 of 11 found, 2 flagged, no
false alarm); after them P 0.500 / R 0.091 (1 of 11: the hour of the Berbah robbery, 22.30
against 22.00; 2 flagged), no false alarm. Stories F1 0.710, figures 0.722, speakers 0.812 (unchanged by the
branch). The floors sit a little under."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import evaluate_coverage

from .conftest import needs_corpus
from .gold_checks import assert_articles_used_once, assert_event_gold, assert_figure_and_quote_spans_in_articles

GOLD = Path(__file__).parent / "gold" / "coverage_tune6b"

DISCREPANCY_FOUND_FLOOR = 3            # of 11 gold discrepancies (1 found on branch cov6b; 2 on main c77dc8e;
# 3 on branch disc21, whose site-phrase rule finds the claimed unit, "relawan Polsek Berbah" / "... Polsek Kalasan")
# 0.8 (4 of 5 flags right) on main ededd45 (stop 51's end); mend58 raised the floor from 0.3 to that less one more
# false flag (4 of 6)
DISCREPANCY_PRECISION_FLOOR = 0.65     # 1 of 2 flags right on branch cov6b; 1 of 3 since unglue2, whose
# splits joined more of the Gustiwiw reports: the two flags the gold does not list are a weekday slip
# ("Minggu (15/4)" against "Minggu (15/6/2025)") and a quote worded "Salah satu" / "Salah seorang",
# both differences the texts do show (read at the stop-30 merge; the gold is left as annotated)
FALSE_ALARMS_PER_STORY_CEILING = 0.2   # none measured; one over the 5 events is the most allowed


def test_every_event_is_tune_and_the_counts_are_as_annotated() -> None:
    assert_event_gold(GOLD, "tune", events=5, articles=15, distractors=7, figures=54, quotes=80,
                      discrepancies=11, not_discrepancies=21)


def test_no_article_is_named_twice_or_by_any_other_gold_file() -> None:
    assert_articles_used_once(GOLD, 22)


def test_every_span_is_in_its_article_and_every_event_starts_on_an_odd_day_of_june_2025() -> None:
    events, articles = assert_figure_and_quote_spans_in_articles(GOLD)
    for e in events:
        days = sorted((articles[a.id].published or "")[:10] for a in e.articles)
        assert days[0].startswith("2025-06") and int(days[0][8:10]) % 2 == 1, e.event


@pytest.mark.slow
def test_discrepancy_figures_stay_above_their_floors() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    result = evaluate_coverage(GOLD, corpus, split="tune")
    assert result["errors"] == [] and result["events"] == 5
    disc = result["discrepancies"]
    print(f"\ntune6b: discrepancies P {disc['overall']['precision']} R {disc['overall']['recall']} "
          f"({disc['overall']['tp_gold']} of {disc['overall']['gold']}), "
          f"false alarms/story {disc['false_alarms_per_story']}")
    assert disc["overall"]["gold"] == 11
    assert disc["overall"]["tp_gold"] >= DISCREPANCY_FOUND_FLOOR
    assert disc["overall"]["precision"] >= DISCREPANCY_PRECISION_FLOOR
    assert disc["false_alarms_per_story"] <= FALSE_ALARMS_PER_STORY_CEILING
