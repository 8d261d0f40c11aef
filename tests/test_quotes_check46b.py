"""Quote speakers in entertainment, lifestyle, regional and tabloid coverage: spk45's check,
tests/gold/quotes_check46b.yaml.

72 quotes in 18 stored web pages of 17 outlets (celebrity interviews told as questions and answers,
Instagram captions and comments by accounts, nicknames, lawyers and managers speaking for a client),
annotated by hand before ceksilang ran on them, split by article in the gold (odd articles tune,
even ones test). The page texts are not in the repo (they are third-party pages): the test reads
them from the JSON Lines file named by $CEKSILANG_SPK45_TEXTS and skips when it is not set. Scored as
tests/test_quotes_coverage.py scores: found, exact full name as extracted and after linking,
lenient.

`pytest -s tests/test_quotes_check46b.py` prints the figures and the tune errors.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest

from ceksilang.ingest.read import iter_inputs
from ceksilang.model import Document, RawDocument

from .test_quotes_coverage import analysed_raws, load_gold, speaker_scores

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_check46b.yaml"

# Tune split (38 quotes in 9 articles): main d37f0c0 found 37, exact 21, after linking 26, lenient 32;
# spk45 found 37, exact 35, after linking 31, lenient 36; spk48 (the honorific "Umi") after linking 35.
# Floors: the branch's figure less two quotes.
FLOORS_TUNE = {"found": 35 / 38, "exact": 33 / 38, "exact_linked": 33 / 38, "lenient": 34 / 38}
# Test split (34 quotes in 9 articles), read once at the end of spk45, totals only: main d37f0c0 and
# spk45 alike found 34, exact 27, after linking 24, lenient 28. Floors: that figure less two quotes;
# never tuned on.
FLOORS_TEST = {"found": 32 / 34, "exact": 25 / 34, "exact_linked": 22 / 34, "lenient": 26 / 34}


def _texts() -> Path:
    path = os.environ.get("CEKSILANG_SPK45_TEXTS")
    if not path or not Path(path).is_file():
        pytest.skip("the check46b page texts live outside the repo: set CEKSILANG_SPK45_TEXTS to their "
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


def test_quotes_check46b_split_by_article() -> None:
    gold = load_gold(GOLD)
    articles = list(dict.fromkeys(q["article"] for q in gold))
    assert len(gold) >= 70 and len(articles) >= 12
    for q in gold:
        assert q["split"] == ("tune" if articles.index(q["article"]) % 2 == 0 else "test"), q
        assert len(q["span"].split()) <= 12, q


def test_quotes_check46b_tune_split_floors() -> None:
    tune, errors = score("tune")
    print(f"tune: {tune}")
    print("\n".join(errors))
    for key, floor in FLOORS_TUNE.items():
        assert tune[key] >= floor - 1e-9, f"{key} {tune[key]:.3f} < {floor:.3f} on the check46b tune quotes; " \
            "errors:\n" + "\n".join(errors)


def test_quotes_check46b_test_split_floors() -> None:
    test, _ = score("test")
    print(f"test: {test}")
    for key, floor in FLOORS_TEST.items():
        assert test[key] >= floor - 1e-9, f"{key} {test[key]:.3f} < {floor:.3f} on the check46b test quotes"
