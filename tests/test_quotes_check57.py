"""Speakers written with a nickname or second name: spk57's check, tests/gold/quotes_check57.yaml.

55 direct quotes in 16 stored web pages of 14 outlets, picked where the speaker is written with a second
name in the cue ("kata Buwas", "ujar Zulhas", "kata Cak Imin", "ucap Emil", "kata Gus Ipul"), given by
"akrab disapa", "kerap disapa", "alias", "atau", a bracket, or never, sometimes with two nicknamed people in
one article. Annotated by hand before ceksilang ran on them, split by article in the gold (odd articles
tune, even ones test); spk57 read the whole check once, as totals, at the end of its branch. The page
texts are not in the repo (they are third-party pages): the test reads them from the JSON Lines file named
by $CEKSILANG_SPK57_TEXTS and skips when it is not set. Scored as tests/test_quotes_coverage.py scores:
found, exact full name as extracted and after linking, lenient.

`pytest -s tests/test_quotes_check57.py` prints the figures and the tune errors.
"""

from __future__ import annotations

from pathlib import Path

from .quote_checks import QuoteCheck, assert_split_by_article, assert_test_floors, assert_tune_floors

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_check57.yaml"

# Read once, at the end of spk57's branch (totals only), main 906e758 -> spk57:
# Tune split (29 quotes in 8 articles): found 29 / 29, exact 15 / 15, after linking 19 / 19, lenient 18 / 18.
# Test split (26 quotes in 8 articles): found 26 / 26, exact 10 -> 13, after linking 7 -> 10, lenient 10 -> 13.
# Floors: the branch's figure less two quotes.
FLOORS_TUNE = {"found": 27 / 29, "exact": 13 / 29, "exact_linked": 17 / 29, "lenient": 16 / 29}
FLOORS_TEST = {"found": 24 / 26, "exact": 11 / 26, "exact_linked": 8 / 26, "lenient": 11 / 26}

CHECK = QuoteCheck(name="check57", gold=GOLD, floors_tune=FLOORS_TUNE, floors_test=FLOORS_TEST,
                   min_quotes=50, min_articles=16, texts_env="CEKSILANG_SPK57_TEXTS", unseen_elsewhere=True,
                   max_span_words=12)


def test_quotes_check57_split_by_article() -> None:
    assert_split_by_article(CHECK)


def test_quotes_check57_tune_split_floors() -> None:
    assert_tune_floors(CHECK)


def test_quotes_check57_test_split_floors() -> None:
    assert_test_floors(CHECK)
