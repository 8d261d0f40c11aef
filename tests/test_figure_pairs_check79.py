"""The figcmp79 check of figure pairs across outlets: two outlets' figures for one count (a toll that moves over
days, a same-day clash of two bodies, a bound) and their look-alikes (a district's count or a subgroup against the
whole, two different things counted), over eight events none of the other golds hold
(tests/gold/figure_pairs_check79.yaml). The whole check is a test set: nothing in it was used to make a rule.

The article texts are stored pages kept outside the repository ($CEKSILANG_FIGCMP79_TEXTS: a JSON Lines file with url
and text, or a folder of such files); the shape of the annotation is checked here always, its spans and values against
the texts when that variable names them (else that test skips, saying so). ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, figcmp79")."""

from __future__ import annotations

from .figure_checks import (assert_pair_events_split_by_event, assert_pair_spans_in_texts, assert_pairs_well_formed,
                            numbers_in)
from .page_checks import read_gold, stored_texts

TEXTS_ENV = "CEKSILANG_FIGCMP79_TEXTS"


def _gold() -> dict:
    return read_gold("figure_pairs_check79.yaml")


def test_eight_events_of_three_outlets_or_more_all_held_out():
    assert_pair_events_split_by_event(_gold(), min_events=8, halves=frozenset({"test"}))


def test_pairs_name_two_articles_of_their_event_with_values_and_short_spans():
    assert_pairs_well_formed(_gold(), two_articles=True)


def test_fifty_pairs_with_updates_clashes_and_look_alikes():
    pairs = _gold()["pairs"]
    look_alike = [p for p in pairs if p.get("part") or p.get("kind") == "different_things"]
    one_count = [p for p in pairs if p not in look_alike]
    assert len(pairs) >= 50
    assert sum(p["status"] == "evolving" for p in one_count) >= 20
    assert sum(p["status"] == "contradiction" for p in one_count) >= 10
    assert len(look_alike) >= 15 and all(p["status"] == "explained" for p in look_alike)


def test_numbers_in_a_span_are_read_in_digits_and_words():
    assert numbers_in("Sembilan orang meninggal dunia") >= {9}
    assert numbers_in("Tercatat sudah 9.691 orang korban banjir Sentani mengungsi") >= {9691}


def test_spans_are_quoted_from_the_stored_texts_and_hold_their_value():
    assert_pair_spans_in_texts(_gold(), stored_texts(TEXTS_ENV, "figcmp79"))
