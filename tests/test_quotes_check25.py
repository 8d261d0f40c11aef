"""Speakers on unseen text: spk25's CHECK set, tests/gold/quotes_check25.yaml.

24 quotes (direct and indirect) in the first three CHECK articles of docs/data/spk25_draw.txt (Tempo,
news/tempo.csv, in no other gold and no docs/data/spk*.txt or alias1_check.txt list), annotated by
hand and committed with quotes_tune25.yaml before ceksilang ran on them; run once at the end of
spk25, totals only (issue 20). Every item is `split: test`. Scored exactly as
tests/test_quotes_coverage.py does.
"""

from __future__ import annotations

from pathlib import Path

from .gold_checks import assert_quote_floors
from .test_quotes_coverage import load_gold, score
from .test_quotes_tune25 import urls_in_other_golds

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_check25.yaml"

FLOORS = {"found": 0.0, "exact": 0.0, "exact_linked": 0.0, "lenient": 0.0}


def test_quotes_check25_is_all_test_and_unseen_elsewhere() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 20 and len({q["article"] for q in gold}) >= 3
    assert {q["split"] for q in gold} == {"test"}
    assert urls_in_other_golds(GOLD) == set()


def test_quotes_check25_floors() -> None:
    figures, errors = score("test", GOLD)
    print(f"check25: {figures}")
    assert_quote_floors(figures, errors, FLOORS, "spk25 check quotes")
