"""The tune set of one event's several stories, 19 June 2025 (tests/gold/coverage_tune16): seven events
covered by three or four outlets each (40 articles) with 17 same-topic distractors, annotated by hand
(stories only) before ceksilang was run on them, every one split tune. Score it together and ``--alone``.

Measured (`ceksilang evaluate coverage tests/gold/coverage_tune16 --split tune [--alone]`): stories
together P 0.794 R 0.762 F1 0.778, alone P 0.763 R 0.733 F1 0.747 on main 2816ce6 (24 and 27 gold pairs
split, 14 of them one trading day's index reports whose figures moved); together P 0.802 R 0.881 F1
0.840, alone P 0.790 R 0.822 F1 0.806 with branch grp16's ``same_day_figures_apart_never``, which ships
off (it made only wrong joins on unseen days). The floors sit a little under the default's scores."""

from __future__ import annotations

from pathlib import Path

from ceksilang.evaluate.coverage import evaluate_coverage

from .conftest import needs_corpus
from .gold_checks import assert_alone_stories_floor, assert_articles_used_once, assert_event_gold

GOLD = Path(__file__).parent / "gold" / "coverage_tune16"

# 0.906 together and alone on main ededd45 (stop 51's end: 96 of 101 gold pairs, 111 system pairs); mend58 raised
# both floors from 0.76 / 0.73 to that less two articles joined to a story of five (0.865)
STORIES_F1_TOGETHER_FLOOR = 0.86  # 0.778 by default; 0.840 with grp16's rule (off)
STORIES_F1_ALONE_FLOOR = 0.86  # 0.747 by default; 0.806 with grp16's rule (off)


def test_every_event_is_tune_and_the_counts_are_as_annotated() -> None:
    assert_event_gold(GOLD, "tune", events=7, articles=40, distractors=17, figures=0, quotes=0,
                      discrepancies=0, not_discrepancies=0)


def test_no_article_is_named_twice_or_by_another_gold_file() -> None:
    assert_articles_used_once(GOLD, 57)


def test_tune16_stories_together_stay_above_their_floor() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    result = evaluate_coverage(GOLD, corpus, split="tune")
    assert result["errors"] == [] and result["events"] == 7
    stories = result["stories"]
    print(f"\ntune16 together: stories P {stories['precision']} R {stories['recall']} F1 {stories['f1']}")
    assert stories["articles"] == 57 and stories["f1"] >= STORIES_F1_TOGETHER_FLOOR


def test_tune16_stories_alone_stay_above_their_floor() -> None:
    assert_alone_stories_floor(GOLD, "tune16", events=7, articles=57, floor=STORIES_F1_ALONE_FLOOR)
