"""Figures of unseen articles (tests/gold/figures_unseen.yaml): 25 coverage articles that no other
gold file names, annotated by hand before ceksilang was run on them, split by article. Scored with
the coverage evaluator's own figure matching (``evaluate coverage`` given the file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import load_events

from .figure_checks import FigureCheck, assert_floors, assert_spans_in_articles, assert_split_by_article

GOLD = Path(__file__).parent / "gold" / "figures_unseen.yaml"

# The test part's figures score (value + qualifier + what is counted), measured once at the end of
# the branch that wrote the gold; pinned slightly below. Raise it when the extractor improves.
# Measured once (branch figures2, commit 8692da6): 0.833, 40 of 48.
CHECK = FigureCheck(name="figures_unseen", gold=GOLD, tune=(16, 77), test=(9, 48), floors_test={"accuracy": 0.81})


def test_the_gold_is_one_event_per_article_split_by_article() -> None:
    assert_split_by_article(CHECK)


def test_every_span_is_in_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_spans_in_articles(CHECK, monkeypatch)


def test_a_figures_file_naming_an_unlisted_article_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "figures.yaml"
    bad.write_text("articles: [{id: a, split: tune}]\nfigures: [{article: b, span: '3 orang', value: 3}]\n",
                   encoding="utf-8")
    events, errors = load_events(bad)
    assert events == [] and len(errors) == 1 and "figures.yaml" in errors[0] and "b" in errors[0]
    bad.write_text("articles: [{id: a, split: later}]\n", encoding="utf-8")
    assert "split must be tune or test" in load_events(bad)[1][0]


def test_unseen_figures_tune_printed_and_test_held(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_floors(CHECK, monkeypatch)
