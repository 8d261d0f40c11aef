"""Figures check of stop 49, branch fig39 (tests/gold/figures_check50.yaml): 224 figures in 20 stored public web
pages of 19 outlets no other gold names, chosen for breakdowns and lists (votes by party and candidate,
production, exports and village funds by province or country, damaged houses by village and grade, travellers by
origin and mode, flood counts by RT), annotated by hand (value, qualifier, what is counted) before ceksilang was
run on them and split by article before annotating. The pages' texts stay outside the repository: the scoring
tests read them from the CSV named by $CEKSILANG_FIG39_TEXTS (url, domain, title, date, clean_text) and skip when
it is not set."""

from __future__ import annotations

from pathlib import Path

import pytest

from .figure_checks import FigureCheck, assert_floors, assert_spans_in_articles, assert_split_by_article

GOLD = Path(__file__).parent / "gold" / "figures_check50.yaml"

# Measured at the end of branch fig39: "right" is value + qualifier + counted (the words next to the figure count),
# "own" the same with what is counted taken only from what ceksilang says. Pinned two items below each; raise them
# when the readings improve. Tune: main 1442b27 47 and 34 of 103, fig39 65 and 48.
# Test, read as totals only: main 82 and 64 of 121, fig39 88 and 66.
CHECK = FigureCheck(name="figures_check50", gold=GOLD, tune=(10, 103), test=(10, 121),
                    floors_tune={"right": 63, "right_own": 46}, floors_test={"right": 86, "right_own": 64},
                    corpus_files=(("coverage", "coverage.csv"),), sources=frozenset({"pages"}),
                    texts_env="CEKSILANG_FIG39_TEXTS", unseen_elsewhere=True)


def test_the_gold_is_one_event_per_article_split_by_article_and_named_by_no_other_gold() -> None:
    assert_split_by_article(CHECK)


def test_every_span_is_in_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_spans_in_articles(CHECK, monkeypatch)


def test_the_tune_half_is_printed_and_the_test_half_held(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_floors(CHECK, monkeypatch)
