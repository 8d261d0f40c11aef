"""A tune set of small real coverage of the held-out's kind (tests/gold/coverage_tune6a): five
June 2025 events (13 articles, 9 distractors) annotated by hand before ceksilang was run on
them, all split tune: two- and three-article batches of short reports (a car ramming a police
escort, a stolen fire engine, the two sides of one firefight, a foiled motorbike theft, a mosque
caretaker's theft), each with same-day distractors on a nearby place or topic.

Measured first right after the gold was committed (branch cov6a, commit 963b7ae), all events in
one store (`ceksilang evaluate coverage tests/gold/coverage_tune6a --split tune`): stories F1
0.815 (P 0.688: a Depok drug courier presented by the same Polsek joined the theft, and a TPNPB
attack of 4 June in the same regency drew the 9 June firefight), figures 0.905 (38 of 42).
After the fixes of branch cov6a: figures 0.976 (41 of 42); stories F1 0.900 (P 1.000) with
the day rule (``StorySettings.names_join_day_gap=2``), which is off by default because it cost
recall on the held-out coverage test split, so stories stay 0.815 by default; each event alone
(`--alone`) the same. Branch grp9 turned the day rule on (a person the headlines name spares a
join dated apart) and added the kinds rule: stories F1 0.818 -> 0.900 (P 1.000 R 0.818), together
and alone; the day rule was switched off again at the merge (it cost held-out recall a second
time), which leaves 0.880 (P 0.786 R 1.000). The floors sit a little under."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import evaluate_coverage

from .conftest import needs_corpus
from .gold_checks import assert_articles_used_once, assert_event_gold, assert_figure_and_quote_spans_in_articles

GOLD = Path(__file__).parent / "gold" / "coverage_tune6a"

STORIES_F1_FLOOR = 0.86  # 0.880 with grp9's kinds and headline-body rules, the day rule off (P 0.786 R 1.000); 0.818 before
# 9 of 11 gold pairs: with the announcer rule (grp8) the TPNPB release on the firefight no longer
# joins the police's reports through the TPNPB claim about the Wamena workers (a distractor)
STORIES_RECALL_FLOOR = 0.8
FIGURES_FLOOR = 0.95  # 41 of 42 measured; 40 must stay right


def test_every_event_is_tune_and_the_counts_are_as_annotated() -> None:
    assert_event_gold(GOLD, "tune", events=5, articles=13, distractors=9, figures=42, quotes=60, discrepancies=7)


def test_no_article_is_named_twice_or_by_any_other_gold_file() -> None:
    assert_articles_used_once(GOLD, 22)


def test_every_span_is_in_its_article_and_every_article_is_from_june_2025() -> None:
    events, articles = assert_figure_and_quote_spans_in_articles(GOLD)
    for e in events:
        for a in e.articles:
            assert (articles[a.id].published or "").startswith("2025-06"), a.id


@pytest.mark.slow
def test_tune6a_stories_and_figures_stay_above_their_floors() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    result = evaluate_coverage(GOLD, corpus, split="tune")
    assert result["errors"] == [] and result["events"] == 5
    stories, figures = result["stories"], result["figures"]
    print(f"\ntune6a: stories P {stories['precision']} R {stories['recall']} F1 {stories['f1']}, "
          f"figures {figures['accuracy']} ({figures['right']} of {figures['gold']})")
    assert stories["f1"] >= STORIES_F1_FLOOR and stories["recall"] >= STORIES_RECALL_FLOOR
    assert figures["gold"] == 42 and figures["accuracy"] >= FIGURES_FLOOR


# 3 of 7 after branch disc7 (1 before): the clash time, the press-conference date; 2 since grp8,
# whose announcer rule keeps the TPNPB release out of the police reports' story
DISCREPANCIES_FOUND_FLOOR = 2


@pytest.mark.slow
def test_tune6a_discrepancies_stay_above_their_floor_with_no_false_alarm() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    disc = evaluate_coverage(GOLD, corpus, split="tune")["discrepancies"]
    print(f"\ntune6a: discrepancies P {disc['overall']['precision']} R {disc['overall']['recall']} "
          f"({disc['overall']['tp_gold']} of {disc['overall']['gold']}), false alarms {disc['false_alarms']}")
    assert disc["overall"]["gold"] == 7 and disc["overall"]["tp_gold"] >= DISCREPANCIES_FOUND_FLOOR
    assert disc["false_alarms"] == 0
