"""Hard quote speakers: spk56's check, tests/gold/quotes_check56.yaml.

77 direct quotes in 25 stored web pages of 23 outlets (police on thefts and frauds, officials on floods and
outbreaks, a fire brigade), picked where the speaker is hard to name: a role or a descriptive phrase in the cue
where the article names the person earlier, pronoun cues several sentences from the name, two people of one
body, another official named inside the quote or between the name and the cue, a name glued to degrees, an
alias in parentheses. Annotated by hand before ceksilang ran on them, split by article in the gold (odd
articles tune, even ones test); spk56 read the whole check once, as totals, at the end of its branch. The page
texts are not in the repo (they are third-party pages): the test reads them from the JSON Lines file named by
$CEKSILANG_SPK56_TEXTS and skips when it is not set. Scored as tests/test_quotes_coverage.py scores: found,
exact full name as extracted and after linking, lenient.

`pytest -s tests/test_quotes_check56.py` prints the figures and the tune errors.
"""

from __future__ import annotations

from pathlib import Path

from .quote_checks import QuoteCheck, assert_split_by_article, assert_test_floors, assert_tune_floors

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_check56.yaml"

# Read once, at the end of spk56's branch (totals only): main 889c71f -> spk56 (92f96f4), alike before and after.
# Tune split (40 quotes in 13 articles): found 40, exact 33, after linking 29, lenient 36.
# Test split (37 quotes in 12 articles): found 37, exact 32, after linking 34, lenient 35.
# Floors: the branch's figure less two quotes.
FLOORS_TUNE = {"found": 38 / 40, "exact": 31 / 40, "exact_linked": 27 / 40, "lenient": 34 / 40}
FLOORS_TEST = {"found": 35 / 37, "exact": 30 / 37, "exact_linked": 32 / 37, "lenient": 33 / 37}

CHECK = QuoteCheck(name="check56", gold=GOLD, floors_tune=FLOORS_TUNE, floors_test=FLOORS_TEST,
                   min_quotes=70, min_articles=18, texts_env="CEKSILANG_SPK56_TEXTS", unseen_elsewhere=True,
                   max_span_words=12)


def test_quotes_check56_split_by_article() -> None:
    assert_split_by_article(CHECK)


def test_quotes_check56_tune_split_floors() -> None:
    assert_tune_floors(CHECK)


def test_quotes_check56_test_split_floors() -> None:
    assert_test_floors(CHECK)
