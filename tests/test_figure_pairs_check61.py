"""The disc61 check of figure pairs across outlets: real clashes and parts set against their whole
(tests/gold/figure_pairs_check61.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC61_TEXTS: a JSON Lines file with url
and text, or a folder of such files); the shape of the annotation is checked here always, its spans and values against
the texts when that variable names them (else that test skips, saying so). ceksilang's figures on the check are in docs/evaluation.md ("Issue 20, disc61")."""

from __future__ import annotations

from .figure_checks import (assert_pair_events_split_by_event, assert_pair_spans_in_texts, assert_pairs_well_formed,
                            numbers_in)
from .page_checks import read_gold, stored_texts

TEXTS_ENV = "CEKSILANG_DISC61_TEXTS"


def _gold() -> dict:
    return read_gold("figure_pairs_check61.yaml")


def test_ten_events_of_three_outlets_or_more_split_by_event():
    assert_pair_events_split_by_event(_gold())


def test_pairs_name_two_articles_of_their_event_with_values_and_short_spans():
    assert_pairs_well_formed(_gold(), two_articles=False)


def test_enough_clashes_and_parts_against_their_whole():
    pairs = _gold()["pairs"]
    assert sum(p["status"] == "contradiction" for p in pairs) >= 12
    assert sum(p["status"] != "contradiction" for p in pairs) >= 25
    assert sum(bool(p.get("part")) for p in pairs) >= 10


def test_numbers_in_a_span_are_read_in_digits_and_in_words():
    assert numbers_in("korban tewas mencapai tiga belas orang") >= {13}
    assert numbers_in("sebelas penumpang dan 6 kru") >= {11, 6}


def test_spans_are_quoted_from_the_stored_texts_and_hold_their_value():
    assert_pair_spans_in_texts(_gold(), stored_texts(TEXTS_ENV, "disc61"))
