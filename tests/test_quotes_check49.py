"""Speakers who are well-known people: spk49's check, tests/gold/quotes_check49.yaml.

64 quotes (44 direct, 20 indirect) in 10 coverage.csv articles from 4 outlets, used by no other
gold, annotated by hand before ceksilang ran on them (issue 20, stop 47: entity linking must not
rename a speaker with words no report of the story writes, as a gazetteer's canonical "Donald
Trump" for an article that only ever writes "Trump", or "Nadiem Makarim" for "Nadiem Anwar
Makarim"). Split by article, fixed in the gold before any run: the odd articles are tune, the even
ones test. Scored exactly as tests/test_quotes_coverage.py does.

`pytest -s tests/test_quotes_check49.py` prints the figures and the tune errors.
"""

from __future__ import annotations

from pathlib import Path

from .gold_checks import gold_ids_elsewhere
from .test_quotes_coverage import load_gold, score

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_check49.yaml"

# Tune split (33 quotes in 5 articles). Main 6ff8117, before any change: found 33, exact 20, after
# linking 25, lenient 32; spk49 the same (its one renamed speaker, Trump, is written "Donald Trump" by
# another article of the batch, so the canonical name is a name the story's reports write). Floors:
# the figure less two quotes.
FLOORS_TUNE = {"found": 31 / 33, "exact": 18 / 33, "exact_linked": 23 / 33, "lenient": 30 / 33}

# Test split (31 quotes in 5 articles), totals only, never tuned on: main found 31, exact 22, after
# linking 25, lenient 31; spk49 the same. Floors: the figure less two quotes.
FLOORS_TEST = {"found": 29 / 31, "exact": 20 / 31, "exact_linked": 23 / 31, "lenient": 29 / 31}


def test_quotes_check49_split_by_article_and_unseen_elsewhere() -> None:
    gold = load_gold(GOLD)
    articles = list(dict.fromkeys(q["article"] for q in gold))
    assert len(gold) >= 40 and len(articles) >= 8
    for q in gold:  # odd articles tune, even ones test, as written in the file
        assert q["split"] == ("tune" if articles.index(q["article"]) % 2 == 0 else "test"), q
    assert not set(articles) & gold_ids_elsewhere(GOLD)


def test_quotes_check49_tune_split_floors() -> None:
    tune, errors = score("tune", GOLD)
    print(f"tune: {tune}")
    print("\n".join(errors))
    for key, floor in FLOORS_TUNE.items():
        assert tune[key] >= floor - 1e-9, f"{key} {tune[key]:.3f} < {floor:.3f} on the check49 tune quotes; errors:\n" \
            + "\n".join(errors)


def test_quotes_check49_test_split_floors() -> None:
    test, _ = score("test", GOLD)
    print(f"test: {test}")
    for key, floor in FLOORS_TEST.items():
        assert test[key] >= floor - 1e-9, f"{key} {test[key]:.3f} < {floor:.3f} on the check49 test quotes"
