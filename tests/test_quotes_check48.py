"""Quote speakers in entertainment, lifestyle and tabloid coverage: spk48's check,
tests/gold/quotes_check48.yaml.

107 quotes in 29 stored web pages of 21 outlets (Instagram and TikTok posts and comments, nicknames,
talk shows told as questions and answers, lawyers speaking for a client, unnamed netizens whose words
must not go to a named person), annotated by hand before ceksilang ran on them, split by article in
the gold (odd articles tune, even ones test). The page texts are not in the repo (they are third-party
pages): the test reads them from the JSON Lines file named by $CEKSILANG_SPK48_TEXTS and skips when it
is not set. Scored as tests/test_quotes_coverage.py scores: found, exact full name as extracted and
after linking, lenient.

`pytest -s tests/test_quotes_check48.py` prints the figures and the tune errors.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest

from ceksilang.ingest.read import iter_inputs
from ceksilang.model import Document, RawDocument

from .test_quotes_coverage import analysed_raws, load_gold, speaker_scores

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_check48.yaml"

# Tune split (47 quotes in 15 articles): main dbf2ef5 found 47, exact 24, after linking 32, lenient 39;
# spk48 found 47, exact 40, after linking 41, lenient 43. Floors: the branch's figure less two quotes.
FLOORS_TUNE = {"found": 45 / 47, "exact": 38 / 47, "exact_linked": 39 / 47, "lenient": 41 / 47}
# Test split (60 quotes in 14 articles), read once at the end of spk48, totals only: main dbf2ef5 found 54,
# exact 33, after linking 39, lenient 50; spk48 found 54, exact 34, after linking 40, lenient 50. Floors:
# the branch's figure less two quotes; never tuned on.
FLOORS_TEST = {"found": 52 / 60, "exact": 32 / 60, "exact_linked": 38 / 60, "lenient": 48 / 60}


def _texts() -> Path:
    path = os.environ.get("CEKSILANG_SPK48_TEXTS")
    if not path or not Path(path).is_file():
        pytest.skip("the check48 page texts live outside the repo: set CEKSILANG_SPK48_TEXTS to their "
                    "JSON Lines file (title, url, published, outlet, text)")
    return Path(path)


@lru_cache(maxsize=1)
def _analysed(path: Path) -> tuple[dict[str, Document], dict[tuple[str, int], str]]:
    wanted = {q["article"] for q in load_gold(GOLD)}
    raws = {item.url: item for item in iter_inputs([path])
            if isinstance(item, RawDocument) and item.url in wanted}
    assert set(raws) == wanted, f"pages missing from {path}: {sorted(wanted - set(raws))}"
    return analysed_raws(raws)


def score(split: str) -> tuple[dict[str, float], list[str]]:
    docs, linked = _analysed(_texts())
    return speaker_scores(docs, linked, [q for q in load_gold(GOLD) if q["split"] == split])


def test_quotes_check48_split_by_article() -> None:
    gold = load_gold(GOLD)
    articles = list(dict.fromkeys(q["article"] for q in gold))
    assert len(gold) >= 100 and len(articles) >= 20
    for q in gold:
        assert q["split"] == ("tune" if articles.index(q["article"]) % 2 == 0 else "test"), q
        assert len(q["span"].split()) <= 12, q


def test_quotes_check48_tune_split_floors() -> None:
    tune, errors = score("tune")
    print(f"tune: {tune}")
    print("\n".join(errors))
    for key, floor in FLOORS_TUNE.items():
        assert tune[key] >= floor - 1e-9, f"{key} {tune[key]:.3f} < {floor:.3f} on the check48 tune quotes; " \
            "errors:\n" + "\n".join(errors)


def test_quotes_check48_test_split_floors() -> None:
    test, _ = score("test")
    print(f"test: {test}")
    for key, floor in FLOORS_TEST.items():
        assert test[key] >= floor - 1e-9, f"{key} {test[key]:.3f} < {floor:.3f} on the check48 test quotes"
