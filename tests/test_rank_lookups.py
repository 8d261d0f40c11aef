"""Ranks looked up by their first word answer as a scan of every rank does.

roles.yaml has 580 ranks; the quote and name readers asked ``(word,) in ranks`` (a tuple's ``in``
compares with each) and scanned every rank for each word of a speaker's name (``bare_name``).
Both now ask only the ranks that start with the word (``phrases_starting``).
"""

from __future__ import annotations

import pytest

from ceksilang.extract.entities import load_role_words, one_word_rank, phrases_starting
from ceksilang.extract.quotes import _Resolver
from ceksilang.text import split_sentences

OTHER_WORDS = ("pemerintah", "budi", "kapolres", "", "pol", "tni", "jenderal", "kombes.", "akbp,", "Kombes")


def _words_to_ask() -> list[str]:
    ranks = load_role_words().ranks
    words = {w for rank in ranks for w in rank} | set(OTHER_WORDS)
    return sorted(words | {w.upper() for w in words} | {w.title() for w in words})


def test_one_word_rank_answers_as_tuple_membership() -> None:
    ranks = load_role_words().ranks
    answers = {w: one_word_rank(w, ranks) for w in _words_to_ask()}
    assert answers == {w: (w,) in ranks for w in answers}
    assert answers["akbp"] and not answers["pemerintah"]


@pytest.mark.parametrize("ranks", [
    (("kombes", "pol"), ("kombes",), ("akbp",), ("brigjen", "tni"), ("brigjen",)),
    (("kombes",), (), ("akbp",)),  # an empty phrase: the whole list is asked, as before
    (),
])
def test_one_word_rank_on_made_lists(ranks: tuple[tuple[str, ...], ...]) -> None:
    for word in ("kombes", "pol", "akbp", "brigjen", "tni", "budi", ""):
        assert one_word_rank(word, ranks) == ((word,) in ranks)


def test_phrases_starting_keeps_the_list_order_of_each_first_word() -> None:
    ranks = load_role_words().ranks
    for word in {r[0] for r in ranks} | set(OTHER_WORDS):
        assert list(phrases_starting(ranks, word)) == [r for r in ranks if r[0] == word]


# what main's scan of every rank gave (1455465), with the first-word look-up now
@pytest.mark.parametrize("name, bare", [
    ("Kombes Pol Budi Santoso", "Budi Santoso"),
    ("AKBP Rudi Hartono", "Rudi Hartono"),
    ("Iptu Chairil Umam", "Chairil Umam"),
    ("Brigjen TNI Ahmad Yani", "Ahmad Yani"),
    ("Kompol Dwi", "Dwi"),
    ("Kombes Budi", "Budi"),
    ("Aipda", "Aipda"),  # a rank alone is left as it is
    ("Presiden Prabowo Subianto", "Prabowo Subianto"),
    ("Budi Santoso", "Budi Santoso"),
])
def test_bare_name_cuts_ranks(name: str, bare: str) -> None:
    text = "Kapolres Metro Jakarta Selatan Kombes Pol Budi Santoso mengatakan hal itu. Iptu Chairil Umam juga hadir."
    resolver = _Resolver("d", text, split_sentences(text), [])
    assert resolver.bare_name(name) == bare
