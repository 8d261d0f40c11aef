"""Speakers of indirect quotes on the CHECK half of spk16: tests/gold/quotes_check16.yaml.

29 indirect quotes in 15 coverage.csv articles of 20 June 2025 drawn at random (seed 1616) from articles
in no other gold, annotated by hand and committed before main or the branch ran on them, never read
while fixing (issue 20, branch spk16). Every item is `split: tune` by format. Scored exactly as
tests/test_quotes_coverage.py does.

`pytest -s tests/test_quotes_check16.py` prints the figures and the errors.
"""

from __future__ import annotations

from pathlib import Path

from .gold_checks import assert_quote_floors, gold_ids_elsewhere
from .test_quotes_coverage import load_gold, score

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_check16.yaml"

# Main at f86f105 and branch spk16 alike: found 17, exact 11, after linking 15, lenient 15 of 29
# (offices, countries and news agencies as speakers, a study of war scenarios). Floors: less two quotes.
FLOORS = {"found": 0.51, "exact": 0.31, "exact_linked": 0.44, "lenient": 0.44}


def test_quotes_check16_is_all_tune_and_unseen_elsewhere() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 25 and len({q["article"] for q in gold}) >= 9
    assert {q["split"] for q in gold} == {"tune"}
    assert {q["kind"] for q in gold} == {"indirect"}
    assert not {q["article"] for q in gold} & gold_ids_elsewhere(GOLD)


def test_quotes_check16_floors() -> None:
    figures, errors = score("tune", GOLD)
    print(f"check16: {figures}")
    print("\n".join(errors))
    assert_quote_floors(figures, errors, FLOORS, "spk16 check quotes")
