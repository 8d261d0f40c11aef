"""Figures check of stop 47 (tests/gold/figures_check47.yaml): 230 figures in 24 articles no other gold names (3
of coverage.csv, 11 of the lower-cased fidelity set, 10 of the CNN Indonesia set), drawn over the hard shapes
(money with scale words, per-unit prices, price lists, percentages, ranges, hedges, ages, terms), annotated by
hand (value, qualifier, what is counted) before ceksilang was run on them, split by article before the first run.
Scored with the coverage evaluator's figure matching; an article names its own corpus file (``source``)."""

from __future__ import annotations

from pathlib import Path

from ceksilang.evaluate.coverage import evaluate_coverage, load_events

from .conftest import needs_corpus
from .gold_checks import assert_figure_spans_in_articles, assert_one_article_per_event_split

GOLD = Path(__file__).parent / "gold" / "figures_check47.yaml"

# The test half's figures, measured once at the end of branch fig36: "right" is value + qualifier + counted (the
# words next to the figure count), "own" the same with what is counted taken only from what ceksilang says (its
# unit, subject and measure). Pinned two items below each; raise them when the readings improve.
# Measured once (branch fig36, commit bb5c932): right 41 of 73 (0.562), own 30 of 73 (0.411); main dbf2ef5 36 and 24.
# At the stop's end one test article, a held-out article of heldout_cnn.yaml, was dropped with its two figures
# (both read right): 39 of 71, own 29 of 71.
TEST_RIGHT_FLOOR = 37
TEST_OWN_FLOOR = 27
# The tune half at the end of branch fig36, 130 and 120 of 159 (main dbf2ef5: 97 and 83): pinned two items below.
TUNE_RIGHT_FLOOR = 128
TUNE_OWN_FLOOR = 118


def test_the_gold_is_one_event_per_article_split_by_article_over_three_sources() -> None:
    events = assert_one_article_per_event_split(GOLD, tune=(14, 159), test=(10, 71))
    assert {e.source for e in events} == {"coverage", "fidelity", "cnn"}


def test_every_span_is_in_its_article() -> None:
    needs_corpus("news", "cnn_labeled.csv")
    needs_corpus("news", "fidelity_5outlets_2025_labeled.csv")
    assert_figure_spans_in_articles(GOLD)


def test_an_article_naming_an_unknown_source_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "figures.yaml"
    bad.write_text("articles: [{id: a, split: tune, source: blog}]\nfigures: []\n", encoding="utf-8")
    events, errors = load_events(bad)
    assert events == [] and len(errors) == 1 and "blog" in errors[0] and "a" in errors[0]


def test_the_tune_half_is_printed_and_the_test_half_held() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    needs_corpus("news", "cnn_labeled.csv")
    tune = evaluate_coverage(GOLD, corpus, split="tune")["figures"]
    print(f"\nfigures_check47, tune: {tune['accuracy']} ({tune['right']} of {tune['gold']}); "
          f"own {tune['accuracy_own']} ({tune['right_own']})")
    assert tune["gold"] == 159
    assert tune["right"] >= TUNE_RIGHT_FLOOR and tune["right_own"] >= TUNE_OWN_FLOOR
    test = evaluate_coverage(GOLD, corpus, split="test")["figures"]
    assert test["gold"] == 71
    assert test["right"] >= TEST_RIGHT_FLOOR and test["right_own"] >= TEST_OWN_FLOOR
