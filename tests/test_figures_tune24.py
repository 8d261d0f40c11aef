"""Figures of unseen coverage articles drawn for fig24 (tests/gold/figures_tune24.yaml, the tune part;
tests/gold/figures_check24.yaml, the test part): 150 figures of 24 coverage.csv articles of five topics
(accidents and crimes, courts and police, economy and markets, sports, politics) that no other gold file
names, annotated by hand before ceksilang was run on them, split by article before any tuning.
`pytest -s tests/test_figures_tune24.py` prints the tune score; the test part is scored only for its
floor (held out: never looked at item by item)."""

from __future__ import annotations

from pathlib import Path

from ceksilang.evaluate.coverage import evaluate_coverage, load_events

from .conftest import needs_corpus
from .gold_checks import assert_event_gold, assert_figure_spans_in_articles, gold_ids_elsewhere

TUNE = Path(__file__).parent / "gold" / "figures_tune24.yaml"
CHECK = Path(__file__).parent / "gold" / "figures_check24.yaml"

# Measured on branch fig24: main (ae1eaac) tune 0.753 (73 of 97), counted in what ceksilang says 0.505
# (49); after fig24's rules (an index's change takes the index its sentence names, technical levels and
# bare ranges are index levels, a bare number after "usia" is an age, "terisolasi", a change listed for
# several holders takes the holder at its place) 0.866 (84), own 0.742 (72). Pinned one figure below.
TUNE_FLOOR = 0.855
TUNE_OWN_FLOOR = 0.731
# The test part, measured once at the end of fig24 (totals only): main 0.623 (33 of 53; own 0.472), fig24
# 0.717 (38; own 0.642, 34). Pinned one figure below.
CHECK_FLOOR = 0.698


def test_the_parts_are_split_by_article_and_unseen_elsewhere() -> None:
    assert_event_gold(TUNE, "tune", events=16, figures=97, not_figures=3)
    assert_event_gold(CHECK, "test", events=8, figures=53, not_figures=3)
    tune = {e.articles[0].id for e in load_events(TUNE, "all")[0]}
    check = {e.articles[0].id for e in load_events(CHECK, "all")[0]}
    assert not tune & check
    assert not (tune | check) & (gold_ids_elsewhere(TUNE, siblings=("figures_check24.yaml",)))


def test_every_span_is_in_its_article() -> None:
    assert_figure_spans_in_articles(TUNE)
    assert_figure_spans_in_articles(CHECK)


def test_tune24_figures_printed_and_check24_held() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    tune = evaluate_coverage(TUNE, corpus, split="tune")["figures"]
    print(f"\nfigures tune24: {tune['accuracy']} ({tune['right']} of {tune['gold']}, found {tune['found']}); "
          f"own {tune['accuracy_own']} ({tune['right_own']})")
    assert tune["gold"] == 97
    assert tune["accuracy"] >= TUNE_FLOOR and tune["accuracy_own"] >= TUNE_OWN_FLOOR
    check = evaluate_coverage(CHECK, corpus, split="test")["figures"]
    assert check["gold"] == 53
    assert check["accuracy"] >= CHECK_FLOOR
