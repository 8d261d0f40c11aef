"""Figures check of stop 53, branch fig44 (tests/gold/figures_check55.yaml): 161 figures in 15 coverage.csv articles
(published 2025-06-04 .. 2025-06-08 or in 2025-04; no other gold names them) chosen where a figure's SCOPE or KIND is
easy to read wrong: tolls whose sentence names a hospital the people were taken to, counts of 1,000 and more among
four-digit numbers that are no counts (a Hijri year, number plates, a toll-road kilometre), fractions and shares
("separuh", "setengah tahun", "75% dari total proyek"), prices, ages, distances and heights. Annotated by hand (value,
qualifier, what is counted, and the place where the figure's sentence gives it) before ceksilang was run on them and
split by article before the first run: 8 articles tune (95 figures), 7 test (66)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import evaluate_coverage

from .conftest import needs_corpus
from .figure_checks import FigureCheck, assert_floors, assert_spans_in_articles, assert_split_by_article

GOLD = Path(__file__).parent / "gold" / "figures_check55.yaml"

# Measured on branch fig44 (the test half read as totals once, at the end): "right" is value + qualifier + counted,
# "own" the same with what is counted taken only from what ceksilang says. Tune: main 834a386 85 and 80 of 95, fig44
# 85 and 80 (places 2 of 2 on both); test, read once as totals: main 52 and 43 of 66, fig44 53 and 43 (found 57 -> 58
# of 66, places 3 of 5 on fig44; not-figures read with a value 2 of 7 on both). Floors pinned two below the branch's.
CHECK = FigureCheck(name="figures_check55", gold=GOLD, tune=(8, 95), test=(7, 66),
                    floors_tune={"right": 83, "right_own": 78}, floors_test={"right": 51, "right_own": 41},
                    corpus_files=(("coverage", "coverage.csv"),), sources=frozenset({"coverage"}),
                    unseen_elsewhere=True)


def test_the_gold_is_one_event_per_article_split_by_article_and_named_by_no_other_gold() -> None:
    assert_split_by_article(CHECK)


def test_every_span_is_in_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_spans_in_articles(CHECK, monkeypatch)


def test_both_halves_are_held(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_floors(CHECK, monkeypatch)


def test_the_care_place_rule_wins_on_the_coverage_tune_places(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule this check was built for (a hospital the counted were taken to is no place of the figure) must
    place more coverage tune figures right than the same code without it. (mend63: check55's tune half gives 2 of 2
    with the rule on and off, so a test on it could not fail; the coverage tune split has the cases: 412 against
    408 of 532 when measured.)"""
    import ceksilang.extract.quantities as quantities

    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    coverage = Path(__file__).parent / "gold" / "coverage"
    on = evaluate_coverage(coverage, corpus, split="tune")["figures"]
    monkeypatch.setattr(quantities, "_care_place", lambda name, qw: False)
    off = evaluate_coverage(coverage, corpus, split="tune")["figures"]
    assert on["placed"] == off["placed"]
    assert on["place_right"] > off["place_right"], (on["place_right"], off["place_right"])
