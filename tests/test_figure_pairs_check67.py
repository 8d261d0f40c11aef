"""The disc67 check of figure pairs across outlets: counts of one thing told two ways (people detained, personnel sent,
people aboard, sums of money) and their look-alikes (tests/gold/figure_pairs_check67.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC67_TEXTS: a JSON Lines file with url
and text, or a folder of such files); the shape of the annotation is checked here always, its spans and values against
the texts when that variable names them (else that test skips, saying so). ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, disc67")."""

from __future__ import annotations

from .figure_checks import (assert_pair_events_split_by_event, assert_pair_spans_in_texts, assert_pairs_well_formed,
                            numbers_in)
from .page_checks import read_gold, stored_texts

TEXTS_ENV = "CEKSILANG_DISC67_TEXTS"


def _gold() -> dict:
    return read_gold("figure_pairs_check67.yaml")


def test_ten_events_of_three_outlets_or_more_split_by_event():
    assert_pair_events_split_by_event(_gold())


def test_pairs_name_two_articles_of_their_event_with_values_and_short_spans():
    assert_pairs_well_formed(_gold(), two_articles=True)


def test_twenty_clashes_and_their_look_alikes_in_both_halves():
    gold = _gold()
    split = {e: v["split"] for e, v in gold["events"].items()}
    pairs = gold["pairs"]
    assert sum(p["status"] == "contradiction" for p in pairs) >= 20
    for half in ("tune", "test"):
        mine = [p for p in pairs if split[p["event"]] == half]
        assert sum(p["status"] == "contradiction" for p in mine) >= 8, half
        assert sum(p["status"] == "evolving" for p in mine) >= 2, half
        assert sum(bool(p.get("part")) for p in mine) >= 5, half


def test_numbers_in_a_span_are_read_in_digits_words_and_rupiah():
    assert numbers_in("Polisi menangkap 1.489 orang") >= {1489}
    assert numbers_in("KPK menyita Rp5,7 miliar") >= {5700000000}
    assert numbers_in("Uang tunai sejumlah Rp370 juta") >= {370000000}
    assert numbers_in("empat hingga lima warga") >= {4, 5}


def test_spans_are_quoted_from_the_stored_texts_and_hold_their_value():
    assert_pair_spans_in_texts(_gold(), stored_texts(TEXTS_ENV, "disc67"))
