"""The shared body of the hand-annotated figure checks (tests/test_figures_check46.py to 50) and of the
checks of figure pairs across outlets (tests/test_figure_pairs_check61.py, 67: ``numbers_in``).

Each check is a figures-only gold of one article per event, split by article before the first run,
and floors for each half: "right" is value + qualifier + counted (the words next to the figure count),
"right_own" the same with what is counted taken only from what ceksilang says (its unit, subject and
measure). Its articles are rows of corpus files (the test skips without ../shared) or stored web pages
kept outside the repo, in the CSV an environment variable names (read through tests/page_checks.py,
skipped when it is not set). Scored with the coverage evaluator's figure matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ceksilang.evaluate.coverage import PAGES_ENV, evaluate_coverage, load_events
from ceksilang.extract.numbers import decimal_separator, number_words, parse_number

from .conftest import needs_corpus
from .gold_checks import assert_figure_spans_in_articles, assert_one_article_per_event_split, gold_ids_elsewhere
from .page_checks import outside_path


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
    # articles another check built the same stop also holds (each annotated without seeing the other)
    shared_with: frozenset[str] = frozenset()


def use_pages(check: FigureCheck, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names the check's stored pages to the evaluator; skips without them. Nothing for a corpus-only check."""
    if check.texts_env is None:
        return
    path = outside_path(check.texts_env, f"the CSV of the {check.name} stored pages' texts")
    monkeypatch.setenv(PAGES_ENV, str(path))


def assert_split_by_article(check: FigureCheck) -> None:
    events = assert_one_article_per_event_split(check.gold, tune=check.tune, test=check.test)
    if check.sources:
        assert {e.source for e in events} == check.sources
    if check.unseen_elsewhere:
        ids = {e.articles[0].id for e in events}
        assert check.shared_with <= ids
        assert (ids - check.shared_with).isdisjoint(gold_ids_elsewhere(check.gold))


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
    if check.tune != (0, 0):  # a check that is all test (figures_check51) has no tune half to print
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

PAIR_STATUSES = {"contradiction", "evolving", "explained"}


def assert_pair_events_split_by_event(gold: dict, min_events: int = 10,
                                      halves: frozenset[str] = frozenset({"tune", "test"})) -> None:
    """``min_events`` events or more (ten unless told), of the ``halves`` (both unless told: a check that is all
    test passes ``{"test"}``), each told by three articles or more; no article in two events."""
    assert len(gold["events"]) >= min_events
    assert {e["split"] for e in gold["events"].values()} == set(halves)
    for event, docs in gold["urls"].items():
        assert event in gold["events"]
        assert len(docs) >= 3, event
    for event in gold["events"]:
        assert len(gold["urls"][event]) >= 3, event
    urls = [u for docs in gold["urls"].values() for u in docs.values()]
    assert len(urls) == len(set(urls)), "an article belongs to one event"


def assert_pairs_well_formed(gold: dict, *, two_articles: bool) -> None:
    """Each pair of a known status names articles of its event (two different ones when ``two_articles``), two
    values and spans of twelve words at most; a part set against its whole is explained, saying why; ids unique."""
    for p in gold["pairs"]:
        assert p["status"] in PAIR_STATUSES, p["id"]
        docs = gold["urls"][p["event"]]
        assert p["a"]["doc"] in docs and p["b"]["doc"] in docs, p["id"]
        if two_articles:
            assert p["a"]["doc"] != p["b"]["doc"], p["id"]
        assert p["a"]["value"] != p["b"]["value"], p["id"]
        for side in "ab":
            assert len(p[side]["span"].split()) <= 12, (p["id"], side)
        if p.get("part"):
            assert p["status"] == "explained" and p.get("why"), p["id"]
    ids = [p["id"] for p in gold["pairs"]]
    assert len(ids) == len(set(ids))


def assert_pair_spans_in_texts(gold: dict, texts: dict[str, str]) -> None:
    """Each side's span is quoted from its article's stored text (``texts``: url -> text) and writes its value."""
    for p in gold["pairs"]:
        for side in "ab":
            s = p[side]
            assert s["span"] in texts[gold["urls"][p["event"]][s["doc"]]], (p["id"], s["span"])
            assert s["value"] in numbers_in(s["span"]), (p["id"], side)

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
