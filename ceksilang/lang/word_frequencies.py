"""The word counts of ``lang/id/word_frequencies.txt``, typed.

``load_word_frequencies()`` gives each word's count (keys lower-cased), the total, and the words
written capitalised more often than not (names). The file is built by
``python -m ceksilang.lang.build_word_frequencies``; its header says from what.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import LanguageDataError, data_path

FILE_NAME = "word_frequencies"


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


@lru_cache(maxsize=1)
def load_word_frequencies() -> WordFrequencies:
    path = data_path(FILE_NAME)
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


__all__ = ["WordFrequencies", "load_word_frequencies"]
