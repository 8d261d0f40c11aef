"""The shared body of the hand-annotated figure checks (tests/test_figures_check46.py, 47, 48, _unseen) and of the
checks of figure pairs across outlets (tests/test_figure_pairs_check61.py, 67: ``numbers_in``, ``stored_texts``).

Each check is a figures-only gold of one article per event, split by article before the first run,
and floors for each half: "right" is value + qualifier + counted (the words next to the figure count),
"right_own" the same with what is counted taken only from what ceksilang says (its unit, subject and
measure). Its articles are rows of corpus files (the test skips without ../shared) or stored web pages
kept outside the repo, in the CSV an environment variable names (skipped when it is not set). Scored
with the coverage evaluator's figure matching.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import PAGES_ENV, evaluate_coverage, load_events
from ceksilang.extract.numbers import decimal_separator, number_words, parse_number

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


# The hand-annotated checks of figure pairs across outlets (tests/test_figure_pairs_check61.py, 67): spans quoted from
# stored pages kept outside the repository, each holding the value the annotator gave it.

def numbers_in(span: str, language: str = "id") -> set[float]:
    """The numbers a span writes: in digits with the language's separators ("1.489", "5,7"), times a scale word
    right after them ("Rp5,7 miliar", "Rp370 juta": numbers.yaml ``scales``), or in words read by ceksilang's number
    tables ("delapan", "tiga belas"), any run of up to three words."""
    table = number_words(language)
    decimal = decimal_separator(language)
    group = "." if decimal == "," else ","
    numbers: set[float] = set()
    digits = rf"(\d+(?:{re.escape(group)}\d{{3}})*(?:{re.escape(decimal)}\d+)?)(?:\s*([^\W\d_]+))?"
    for m in re.finditer(digits, span.lower()):
        value = float(m.group(1).replace(group, "").replace(decimal, "."))
        numbers.add(value)
        if m.group(2) in table.scales:
            numbers.add(round(value * table.scales[m.group(2)]))
    words = re.findall(r"[^\W\d_]+", span)
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            value = parse_number(" ".join(words[i:j]), language)
            if value is not None:
                numbers.add(float(value))
    return numbers


def stored_texts(env: str, check: str) -> dict[str, str]:
    """url -> text of a check's stored pages, from the JSON Lines file (or folder of them) the variable ``env`` names;
    skips, saying so, when it names none."""
    value = os.environ.get(env)
    if not value:
        pytest.skip(f"set ${env} to the {check} stored pages (JSON Lines of url and text, kept outside the repo)")
    path = Path(value)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path] if path.exists() else []
    if not files:
        pytest.skip(f"${env} names no JSON Lines file of the {check} stored pages ({path})")
    texts = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts[row["url"]] = row["text"]
    return texts
