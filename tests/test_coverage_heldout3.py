"""The third held-out set of real coverage (tests/gold/coverage_heldout3): 8 events (43 articles,
9 distractors) from June 2025 and January 2019 that no other gold file names, annotated by hand
from the texts before ceksilang was run on them, every one split test. Picked for hard cases: an
earthquake whose early and updated readings differ, a bomb threat whose details differ by outlet,
three court cases (a verdict, a prosecutor-witness dialogue, a land-mafia case whose detained count
rises over three days), a share-price and merger report, a market report with no contradiction,
a policy announcement, short articles, same-day distractors of the same kind, reprints and
regional datelines.

It is never tuned on. Only its structure is checked here; the score floors are set by the lead
after the first measured run (see tests/gold/coverage_heldout3/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .gold_checks import assert_articles_used_once, assert_event_gold, assert_figure_and_quote_spans_in_articles

GOLD = Path(__file__).parent / "gold" / "coverage_heldout3"


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


@pytest.mark.skip(reason="floors are set by the lead after the first measured run of this held-out set")
def test_heldout_scores_stay_above_their_floors() -> None:
    """Stories F1, figures, speakers, discrepancy recall and false alarms against floors set a
    little under the first measured run, as tests/test_coverage_heldout2.py does."""
