"""Figures check of stop 51, branch fig42 (tests/gold/figures_check53.yaml): 260 figures in 15 stored public web
pages of 15 outlets no other gold names, where a figure is a row of a list or refers back to a figure or noun named
before it (election counts by party and candidate pair, medal tables, exports by country and province, flood
tallies by neighbourhood and district), annotated by hand (value, qualifier, what is counted) before ceksilang was
run on them. The whole check is the branch's test: every article is in the test half, read as totals once, at the
end of the branch. The pages' texts stay outside the repository: the scoring tests read them from the CSV named by
$CEKSILANG_FIG42_TEXTS (url, domain, title, date, clean_text) and skip when it is not set."""

from __future__ import annotations

from pathlib import Path

import pytest

from .figure_checks import FigureCheck, assert_floors, assert_spans_in_articles, assert_split_by_article

GOLD = Path(__file__).parent / "gold" / "figures_check53.yaml"

# Measured once at the end of branch fig42 (test, read as totals only): "right" is value + qualifier + counted (the
# words next to the figure count), "own" the same with what is counted taken only from what ceksilang says.
# Pinned two items below the branch's. Test: main 74a7e20 203 and 178 of 260, fig42 203 and 178.
CHECK = FigureCheck(name="figures_check53", gold=GOLD, tune=(0, 0), test=(15, 260),
                    floors_test={"right": 201, "right_own": 176},
                    corpus_files=(("coverage", "coverage.csv"),), sources=frozenset({"pages"}),
                    texts_env="CEKSILANG_FIG42_TEXTS", unseen_elsewhere=True)


def test_the_gold_is_one_event_per_article_all_test_and_named_by_no_other_gold() -> None:
    assert_split_by_article(CHECK)


def test_every_span_is_in_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_spans_in_articles(CHECK, monkeypatch)


def test_the_test_half_is_held(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_floors(CHECK, monkeypatch)
