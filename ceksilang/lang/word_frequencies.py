"""The word counts of ``lang/id/word_frequencies.txt``, typed.

``load_word_frequencies()`` gives each word's count (keys lower-cased), the total, and the words
written capitalised more often than not (names). The file is built by
``python -m ceksilang.lang.build_word_frequencies``; its header says from what.

``$CEKSILANG_WORD_FREQUENCIES``, when set, names another counts file to read instead: an evaluation
on articles the shipped counts include (every non-gold article of the shared corpus) builds counts
that leave them out (``--leave-out-days``) and reads those, as a user's new story is read by counts
that never saw it. Such a run wants a fresh ``--out``: a store's documents were cleaned with the
counts of the run that stored them.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ceksilang.lang import LanguageDataError, data_path

FILE_NAME = "word_frequencies"
COUNTS_VARIABLE = "CEKSILANG_WORD_FREQUENCIES"


@dataclass(frozen=True, slots=True)
class WordFrequencies:
    counts: dict[str, int]  # lower-cased word -> occurrences
    names: frozenset[str]  # lower-cased words mostly written capitalised
    total: int

    def cost(self, word: str) -> float:
        """-log of the word's unigram probability (``word`` lower-cased and known)."""
        return self.cost_of_count(self.counts[word])

    def cost_of_count(self, count: int) -> float:
        """-log of the probability of a word seen ``count`` times."""
        return math.log(self.total / count)


def counts_path() -> Path:
    """The counts file read: ``$CEKSILANG_WORD_FREQUENCIES`` when set, else the shipped one."""
    chosen = os.environ.get(COUNTS_VARIABLE)
    if not chosen:
        return data_path(FILE_NAME)
    path = Path(chosen)
    if not path.is_file():
        raise LanguageDataError(f"${COUNTS_VARIABLE}: no such file: {path}")
    return path


@lru_cache(maxsize=1)
def load_word_frequencies() -> WordFrequencies:
    path = counts_path()
    counts: dict[str, int] = {}
    names: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        word, sep, count = line.partition("\t")
        if not sep or not count.isdigit() or not word:
            raise LanguageDataError(f"{path}:{number}: expected 'word<TAB>count', got {line!r}")
        key = word.lower()
        counts[key] = int(count)
        if word[0].isupper():
            names.add(key)
    if not counts:
        raise LanguageDataError(f"{path}: no words")
    return WordFrequencies(counts=counts, names=frozenset(names), total=sum(counts.values()))


__all__ = ["COUNTS_VARIABLE", "WordFrequencies", "counts_path", "load_word_frequencies"]
