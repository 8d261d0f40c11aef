"""Figures check of stop 52, branch fig43 (tests/gold/figures_check54.yaml): 215 figures in 15 articles (10 of
coverage.csv no other gold names, 5 stored public web pages of 5 other outlets) chosen where the VALUE is hard to
read: counts written as words (also at a sentence's start), approximate plurals ("puluhan", "ratusan"), ranges,
approximations and bounds ("sekitar", "kurang lebih", "hampir", "N lebih", "maksimal", "setidaknya"), decimals and
thousands, amounts with scale words, a currency written "RP", a figure glued to the word before it, "Rp20-an miliar";
dates, clock times, years, ship names and ages among them are not figures. Annotated by hand (value, qualifier, what
is counted) before ceksilang was run on them and split by article before the first run: 7 articles tune (103
figures), 8 test (112). The pages' texts stay outside the repository: the scoring tests read them from the CSV named
by $CEKSILANG_FIG43_TEXTS (url, domain, title, date, clean_text) and skip when it is not set."""

from __future__ import annotations

from pathlib import Path

import pytest

from .figure_checks import FigureCheck, assert_floors, assert_spans_in_articles, assert_split_by_article

GOLD = Path(__file__).parent / "gold" / "figures_check54.yaml"

# Measured at the end of branch fig43 (the test half read as totals once): "right" is value + qualifier + counted (the
# words next to the figure count), "own" the same with what is counted taken only from what ceksilang says. Pinned two
# items below the branch's. Tune: main ededd45 92 and 69 of 103, fig43 92 and 69 (qualifiers 102 -> 103); test: main
# 76 and 66 of 112, fig43 76 and 66 (values 104, qualifiers 104, found 108 of 112 on both).
CHECK = FigureCheck(name="figures_check54", gold=GOLD, tune=(7, 103), test=(8, 112),
                    floors_tune={"right": 90, "right_own": 67}, floors_test={"right": 74, "right_own": 64},
                    corpus_files=(("coverage", "coverage.csv"),), sources=frozenset({"coverage", "pages"}),
                    texts_env="CEKSILANG_FIG43_TEXTS", unseen_elsewhere=True,
                    # stories_check55 (grp41, annotated the same hour for stories, not figures) holds it too
                    shared_with=frozenset({"id-02a4ad5b7bad"}))


def test_the_gold_is_one_event_per_article_split_by_article_and_named_by_no_other_gold() -> None:
    assert_split_by_article(CHECK)


def test_every_span_is_in_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_spans_in_articles(CHECK, monkeypatch)


def test_both_halves_are_held(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_floors(CHECK, monkeypatch)
