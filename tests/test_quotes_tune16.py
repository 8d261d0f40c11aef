"""Speakers of indirect quotes on a sixteenth tune set: tests/gold/quotes_tune16.yaml.

47 indirect quotes in 25 coverage.csv articles of 19 June 2025 drawn at random (seed 16) from articles
in no other gold, annotated by hand and committed before ceksilang ran on them (issue 20, branch
spk16: reported speech without quotation marks on unseen coverage). Every item is `split: tune`.
Scored exactly as tests/test_quotes_coverage.py does.

`pytest -s tests/test_quotes_tune16.py` prints the figures and the errors.
"""

from __future__ import annotations

from pathlib import Path

from .gold_checks import assert_quote_floors, gold_ids_elsewhere
from .test_quotes_coverage import load_gold, score

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_tune16.yaml"

# Main at f86f105: found 43, exact 33, after linking 35, lenient 41 of 47. Branch spk16: found 44,
# exact 37, after linking 37, lenient 43 (a body's bracketed short form out of its name, an epithet
# made definite, a role after a name and a comma, "Menurut <role>, AKP <name>,", a second name given
# through a person noun). Left: a body's acronym as written ("Kemenhub" for the gold's full name,
# linked right), a dateline run into the subject ("KRJOGJA.com Jakarta Pemerintah ("), an analyst
# named only later (Tasrul), a sentence cut at "PT.", "10Asia" read as no name, "Onih berharap"
# before an unclosed quote mark. Floors: the measured figure less two quotes. Branch spk38 (main
# 1455465: found 44, exact 40, after linking 39, lenient 43): after linking 40, lenient 44, the
# dateline no longer run into the subject's link (the quote finder's own name still holds it).
FLOORS = {"found": 0.89, "exact": 0.74, "exact_linked": 0.80, "lenient": 0.89}


def test_quotes_tune16_is_all_tune_and_unseen_elsewhere() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 40 and len({q["article"] for q in gold}) >= 15
    assert {q["split"] for q in gold} == {"tune"}
    assert {q["kind"] for q in gold} == {"indirect"}
    assert not {q["article"] for q in gold} & gold_ids_elsewhere(GOLD)


def test_quotes_tune16_floors() -> None:
    figures, errors = score("tune", GOLD)
    print(f"tune16: {figures}")
    print("\n".join(errors))
    assert_quote_floors(figures, errors, FLOORS, "sixteenth tune quotes")
