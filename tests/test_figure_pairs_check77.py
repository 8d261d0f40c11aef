"""The figcmp77 check of figure pairs across outlets: two outlets' figures for one count (told two ways, updated,
or one a bound or approximation of the other) and their look-alikes (a part against its whole, two different things
counted), over eight events none of the other golds hold (tests/gold/figure_pairs_check77.yaml). The whole check is
a test set: nothing in it was used to make a rule.

The article texts are stored pages kept outside the repository ($CEKSILANG_FIGCMP77_TEXTS: a JSON Lines file with url
and text, or a folder of such files); the shape of the annotation is checked here always, its spans and values against
the texts when that variable names them (else that test skips, saying so). ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, figcmp77")."""

from __future__ import annotations

from .figure_checks import (assert_pair_events_split_by_event, assert_pair_spans_in_texts, assert_pairs_well_formed,
                            numbers_in)
from .page_checks import read_gold, stored_texts

TEXTS_ENV = "CEKSILANG_FIGCMP77_TEXTS"


def _gold() -> dict:
    return read_gold("figure_pairs_check77.yaml")


def test_eight_events_of_three_outlets_or_more_all_held_out():
    assert_pair_events_split_by_event(_gold(), min_events=8, halves=frozenset({"test"}))


def test_pairs_name_two_articles_of_their_event_with_values_and_short_spans():
    assert_pairs_well_formed(_gold(), two_articles=True)


def test_thirty_pairs_of_one_count_and_fifteen_look_alikes():
    pairs = _gold()["pairs"]
    look_alike = [p for p in pairs if p.get("part") or p.get("kind") == "different_things"]
    one_count = [p for p in pairs if p not in look_alike]
    assert len(one_count) >= 30 and len(look_alike) >= 15
    assert sum(p["status"] == "contradiction" for p in one_count) >= 10
    assert all(p["status"] == "explained" for p in look_alike)


def test_numbers_in_a_span_are_read_in_digits_and_words():
    assert numbers_in("Diperkirakan sembilan orang meninggal dunia") >= {9}
    assert numbers_in("Kurang lebih 100 rumah rusak akibat ledakan itu") >= {100}


def test_spans_are_quoted_from_the_stored_texts_and_hold_their_value():
    assert_pair_spans_in_texts(_gold(), stored_texts(TEXTS_ENV, "figcmp77"))
