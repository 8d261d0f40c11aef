"""The shared body of the hand-annotated quote checks (tests/test_quotes_check46.py, 46b, 47, 48, 50 to 54).

Each check is a gold file of quotes with their speakers, split by article in the gold (the odd
articles tune, the even ones test), and floors for each split. Its articles are either coverage.csv
rows (read through tests/test_quotes_coverage.py, which skips without ../shared) or stored web pages
kept outside the repo, in the JSON Lines file an environment variable names (read through
tests/page_checks.py, skipped when it is not set). Scored as tests/test_quotes_coverage.py scores:
found, exact full name as extracted and after linking, lenient.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from ceksilang.ingest.read import iter_inputs
from ceksilang.model import Document, RawDocument

from .gold_checks import gold_ids_elsewhere
from .page_checks import outside_path
from .test_quotes_coverage import analysed_raws, load_gold, speaker_scores
from .test_quotes_coverage import score as coverage_score


@dataclass(frozen=True)
class QuoteCheck:
    name: str  # "check46": how failures name the check
    gold: Path
    floors_tune: dict[str, float]
    floors_test: dict[str, float]
    min_quotes: int
    min_articles: int
    # the environment variable naming the page texts' JSON Lines file; None: coverage.csv articles
    texts_env: str | None = None
    unseen_elsewhere: bool = False  # no article of the gold is in another gold
    max_span_words: int | None = None  # the longest span a gold quote may give


def _texts(check: QuoteCheck) -> Path:
    assert check.texts_env is not None
    return outside_path(check.texts_env, f"the {check.name} page texts (a JSON Lines file of title, url, published, "
                        "outlet, text)")


@lru_cache(maxsize=2)
def _analysed(gold: Path, path: Path) -> tuple[dict[str, Document], dict[tuple[str, int], tuple[str, str | None]]]:
    wanted = {q["article"] for q in load_gold(gold)}
    raws = {item.url: item for item in iter_inputs([path])
            if isinstance(item, RawDocument) and item.url in wanted}
    assert set(raws) == wanted, f"pages missing from {path}: {sorted(wanted - set(raws))}"
    return analysed_raws(raws)


def score(check: QuoteCheck, split: str) -> tuple[dict[str, float], list[str]]:
    """The figures of ``split`` of the check's gold and one error line per quote not found or not exact."""
    if check.texts_env is None:
        return coverage_score(split, check.gold)
    docs, linked = _analysed(check.gold, _texts(check))
    return speaker_scores(docs, linked, [q for q in load_gold(check.gold) if q["split"] == split])


def assert_split_by_article(check: QuoteCheck) -> None:
    gold = load_gold(check.gold)
    articles = list(dict.fromkeys(q["article"] for q in gold))
    assert len(gold) >= check.min_quotes and len(articles) >= check.min_articles
    for q in gold:  # odd articles tune, even ones test, as written in the file
        assert q["split"] == ("tune" if articles.index(q["article"]) % 2 == 0 else "test"), q
        if check.max_span_words is not None:
            assert len(q["span"].split()) <= check.max_span_words, q
    if check.unseen_elsewhere:
        assert not set(articles) & gold_ids_elsewhere(check.gold)


def assert_tune_floors(check: QuoteCheck) -> None:
    tune, errors = score(check, "tune")
    print(f"tune: {tune}")
    print("\n".join(errors))
    for key, floor in check.floors_tune.items():
        assert tune[key] >= floor - 1e-9, f"{key} {tune[key]:.3f} < {floor:.3f} on the {check.name} tune quotes; " \
            "errors:\n" + "\n".join(errors)


def assert_test_floors(check: QuoteCheck) -> None:
    test, _ = score(check, "test")
    print(f"test: {test}")
    for key, floor in check.floors_test.items():
        assert test[key] >= floor - 1e-9, f"{key} {test[key]:.3f} < {floor:.3f} on the {check.name} test quotes"
