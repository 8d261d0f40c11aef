"""Figures check of stop 50, branch fig40 (tests/gold/figures_check51.yaml): 249 figures in 20 stored public web
pages of 20 outlets no other gold names, ordinary reports (landslides, floods, bus and boat accidents, a drug raid
and a seizure, trade figures, medal tables), annotated by hand (value, qualifier, what is counted) before ceksilang
was run on them. The whole check is the branch's test: every article is in the test half, read as totals once, at
the end of the branch. The pages' texts stay outside the repository: the scoring tests read them from the CSV named
by $CEKSILANG_FIG40_TEXTS (url, domain, title, date, clean_text) and skip when it is not set."""

from __future__ import annotations

from pathlib import Path

import pytest

from .figure_checks import FigureCheck, assert_floors, assert_spans_in_articles, assert_split_by_article

GOLD = Path(__file__).parent / "gold" / "figures_check51.yaml"

# Measured once at the end of branch fig40 (test, read as totals only): "right" is value + qualifier + counted (the
# words next to the figure count), "own" the same with what is counted taken only from what ceksilang says.
# Pinned two items below the branch's. Test: main 0e00124 222 and 170 of 249, fig40 224 and 175.
CHECK = FigureCheck(name="figures_check51", gold=GOLD, tune=(0, 0), test=(20, 249),
                    floors_test={"right": 222, "right_own": 173},
                    corpus_files=(("coverage", "coverage.csv"),), sources=frozenset({"pages"}),
                    texts_env="CEKSILANG_FIG40_TEXTS", unseen_elsewhere=True)


def test_the_gold_is_one_event_per_article_all_test_and_named_by_no_other_gold() -> None:
    assert_split_by_article(CHECK)


def test_every_span_is_in_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_spans_in_articles(CHECK, monkeypatch)


def test_the_test_half_is_held(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_floors(CHECK, monkeypatch)
