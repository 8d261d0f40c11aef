"""Figures of unseen articles (tests/gold/figures_unseen.yaml): 25 coverage articles that no other
gold file names, annotated by hand before ceksilang was run on them, split by article. Scored with
the coverage evaluator's own figure matching (``evaluate coverage`` given the file)."""

from __future__ import annotations

from pathlib import Path

from ceksilang.evaluate.coverage import evaluate_coverage, load_events

from .conftest import needs_corpus
from .gold_checks import assert_figure_spans_in_articles

GOLD = Path(__file__).parent / "gold" / "figures_unseen.yaml"

# The test part's figures score (value + qualifier + what is counted), measured once at the end of
# the branch that wrote the gold; pinned slightly below. Raise it when the extractor improves.
# Measured once (branch figures2, commit 8692da6): 0.833, 40 of 48.
TEST_FLOOR = 0.81


def test_the_gold_is_one_event_per_article_split_by_article() -> None:
    events, errors = load_events(GOLD, "all")
    assert errors == []
    assert len(events) == 25 and all(len(e.articles) == 1 for e in events)
    tune = [e for e in events if e.split == "tune"]
    test = [e for e in events if e.split == "test"]
    assert (len(tune), len(test)) == (16, 9)
    assert sum(len(e.figures) for e in events) == 125
    assert {e.articles[0].id for e in tune}.isdisjoint({e.articles[0].id for e in test})


def test_every_span_is_in_its_article() -> None:
    assert_figure_spans_in_articles(GOLD)


def test_a_figures_file_naming_an_unlisted_article_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "figures.yaml"
    bad.write_text("articles: [{id: a, split: tune}]\nfigures: [{article: b, span: '3 orang', value: 3}]\n",
                   encoding="utf-8")
    events, errors = load_events(bad)
    assert events == [] and len(errors) == 1 and "figures.yaml" in errors[0] and "b" in errors[0]
    bad.write_text("articles: [{id: a, split: later}]\n", encoding="utf-8")
    assert "split must be tune or test" in load_events(bad)[1][0]


def test_unseen_figures_tune_printed_and_test_held() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    tune = evaluate_coverage(GOLD, corpus, split="tune")["figures"]
    print(f"\nunseen figures, tune: {tune['accuracy']} ({tune['right']} of {tune['gold']}, found {tune['found']})")
    assert tune["gold"] == 77
    test = evaluate_coverage(GOLD, corpus, split="test")["figures"]
    print(f"unseen figures, test: {test['accuracy']} ({test['right']} of {test['gold']}, found {test['found']})")
    assert test["gold"] == 48
    assert test["accuracy"] >= TEST_FLOOR
