"""The shared body of the hand-annotated figure checks (tests/test_figures_check46.py, 47, 48, _unseen).

Each check is a figures-only gold of one article per event, split by article before the first run,
and floors for each half: "right" is value + qualifier + counted (the words next to the figure count),
"right_own" the same with what is counted taken only from what ceksilang says (its unit, subject and
measure). Its articles are rows of corpus files (the test skips without ../shared) or stored web pages
kept outside the repo, in the CSV an environment variable names (skipped when it is not set). Scored
with the coverage evaluator's figure matching.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import PAGES_ENV, evaluate_coverage, load_events

from .conftest import needs_corpus
from .gold_checks import assert_figure_spans_in_articles, assert_one_article_per_event_split, gold_ids_elsewhere


@dataclass(frozen=True)
class FigureCheck:
    name: str  # "figures_check46": how the printed line and failures name the check
    gold: Path
    tune: tuple[int, int]  # (articles, figures) of the tune half
    test: tuple[int, int]  # the same of the test half
    # the least of each half's scores by key ("right", "right_own": counts; "accuracy": a share); a half with
    # none is scored for its size only
    floors_tune: dict[str, float] = field(default_factory=dict)
    floors_test: dict[str, float] = field(default_factory=dict)
    # the corpus files its articles are read from (under ../shared/corpus), the first one the scoring's
    corpus_files: tuple[tuple[str, ...], ...] = (("coverage", "coverage.csv"),)
    sources: frozenset[str] = frozenset()  # the sources its articles name; empty: not checked
    texts_env: str | None = None  # the variable naming the stored pages' CSV; None: corpus articles only
    unseen_elsewhere: bool = False  # no article of the gold is in another gold


def use_pages(check: FigureCheck, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names the check's stored pages to the evaluator; skips without them. Nothing for a corpus-only check."""
    if check.texts_env is None:
        return
    named = os.environ.get(check.texts_env, "")
    if not named or not Path(named).is_file():
        pytest.skip(f"needs ${check.texts_env}: the CSV of the stored pages' texts (kept outside the repository)")
    monkeypatch.setenv(PAGES_ENV, named)


def assert_split_by_article(check: FigureCheck) -> None:
    events = assert_one_article_per_event_split(check.gold, tune=check.tune, test=check.test)
    if check.sources:
        assert {e.source for e in events} == check.sources
    if check.unseen_elsewhere:
        assert {e.articles[0].id for e in events}.isdisjoint(gold_ids_elsewhere(check.gold))


def assert_spans_in_articles(check: FigureCheck, monkeypatch: pytest.MonkeyPatch) -> None:
    use_pages(check, monkeypatch)
    for parts in check.corpus_files:
        needs_corpus(*parts)
    assert_figure_spans_in_articles(check.gold)


def assert_floors(check: FigureCheck, monkeypatch: pytest.MonkeyPatch) -> None:
    """Prints the tune half's figures and holds both halves to their floors."""
    use_pages(check, monkeypatch)
    corpus = needs_corpus(*check.corpus_files[0]).parents[1]
    for parts in check.corpus_files[1:]:
        needs_corpus(*parts)
    tune = evaluate_coverage(check.gold, corpus, split="tune")["figures"]
    print(f"\n{check.name}, tune: {tune['accuracy']} ({tune['right']} of {tune['gold']}); "
          f"own {tune['accuracy_own']} ({tune['right_own']})")
    assert tune["gold"] == check.tune[1]
    for key, floor in check.floors_tune.items():
        assert tune[key] >= floor, f"{key} {tune[key]} < {floor} on the {check.name} tune figures"
    test = evaluate_coverage(check.gold, corpus, split="test")["figures"]
    assert test["gold"] == check.test[1]
    for key, floor in check.floors_test.items():
        assert test[key] >= floor, f"{key} {test[key]} < {floor} on the {check.name} test figures"


def assert_unknown_source_is_an_error(tmp_path: Path) -> None:
    """An article naming a source the evaluator does not know is an error naming the source and the article."""
    bad = tmp_path / "figures.yaml"
    bad.write_text("articles: [{id: a, split: tune, source: blog}]\nfigures: []\n", encoding="utf-8")
    events, errors = load_events(bad)
    assert events == [] and len(errors) == 1 and "blog" in errors[0] and "a" in errors[0]
