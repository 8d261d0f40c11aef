"""Figures check of stop 47 (tests/gold/figures_check47.yaml): 230 figures in 24 articles no other gold names (3
of coverage.csv, 11 of the lower-cased fidelity set, 10 of the CNN Indonesia set), drawn over the hard shapes
(money with scale words, per-unit prices, price lists, percentages, ranges, hedges, ages, terms), annotated by
hand (value, qualifier, what is counted) before ceksilang was run on them, split by article before the first run.
Scored with the coverage evaluator's figure matching; an article names its own corpus file (``source``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .figure_checks import (FigureCheck, assert_floors, assert_spans_in_articles, assert_split_by_article,
                            assert_unknown_source_is_an_error)

GOLD = Path(__file__).parent / "gold" / "figures_check47.yaml"

# The test half's figures, measured once at the end of branch fig36: "right" is value + qualifier + counted (the
# words next to the figure count), "own" the same with what is counted taken only from what ceksilang says (its
# unit, subject and measure). Pinned two items below each; raise them when the readings improve.
# Measured once (branch fig36, commit bb5c932): right 41 of 73 (0.562), own 30 of 73 (0.411); main dbf2ef5 36 and 24.
# At the stop's end one test article, a held-out article of heldout_cnn.yaml, was dropped with its two figures
# (both read right): 39 of 71, own 29 of 71.
# The tune half at the end of branch fig36, 130 and 120 of 159 (main dbf2ef5: 97 and 83): pinned two items below.
CHECK = FigureCheck(name="figures_check47", gold=GOLD, tune=(14, 159), test=(10, 71),
                    floors_tune={"right": 128, "right_own": 118}, floors_test={"right": 37, "right_own": 27},
                    corpus_files=(("coverage", "coverage.csv"), ("news", "cnn_labeled.csv"),
                                  ("news", "fidelity_5outlets_2025_labeled.csv")),
                    sources=frozenset({"coverage", "fidelity", "cnn"}))


def test_the_gold_is_one_event_per_article_split_by_article_over_three_sources() -> None:
    assert_split_by_article(CHECK)


def test_every_span_is_in_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_spans_in_articles(CHECK, monkeypatch)


def test_an_article_naming_an_unknown_source_is_an_error(tmp_path: Path) -> None:
    assert_unknown_source_is_an_error(tmp_path)


def test_the_tune_half_is_printed_and_the_test_half_held(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_floors(CHECK, monkeypatch)
