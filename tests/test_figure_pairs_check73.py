"""The disc73 check of the parts of a toll across outlets: victims by age, sex, place or role, injured by severity,
houses by damage grade, people aboard by role, each told two ways, and their look-alikes (a part against its whole,
a part rising over days, two different parts) (tests/gold/figure_pairs_check73.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC73_TEXTS: a JSON Lines file with url
and text, or a folder of such files); the shape of the annotation is checked here always, its spans and values against
the texts when that variable names them (else that test skips, saying so). ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, disc73")."""

from __future__ import annotations

from .figure_checks import (assert_pair_events_split_by_event, assert_pair_spans_in_texts, assert_pairs_well_formed,
                            numbers_in)
from .page_checks import read_gold, stored_texts

TEXTS_ENV = "CEKSILANG_DISC73_TEXTS"


def _gold() -> dict:
    return read_gold("figure_pairs_check73.yaml")


def test_eight_events_of_three_outlets_or_more_split_by_event():
    assert_pair_events_split_by_event(_gold(), min_events=8)


def test_pairs_name_two_articles_of_their_event_with_values_and_short_spans():
    assert_pairs_well_formed(_gold(), two_articles=True)


def test_each_event_has_three_look_alikes_and_each_half_clashes_of_parts():
    gold = _gold()
    split = {e: v["split"] for e, v in gold["events"].items()}
    pairs = gold["pairs"]
    for event in gold["events"]:
        mine = [p for p in pairs if p["event"] == event]
        look_alikes = [p for p in mine if p.get("part") or p.get("kind") == "different_things"]
        assert len(look_alikes) >= 3, event
    for half in ("tune", "test"):
        mine = [p for p in pairs if split[p["event"]] == half]
        assert sum(p["status"] == "contradiction" and bool(p.get("of_part")) for p in mine) >= 3, half
        assert sum(bool(p.get("part")) for p in mine) >= 10, half
    for p in pairs:
        assert not p.get("of_part") or p["status"] == "contradiction", p["id"]


def test_numbers_in_a_span_are_read_in_digits_and_words():
    assert numbers_in("± 20 orang luka berat") >= {20}
    assert numbers_in("terdapat 1.362 unit rumah rusak") >= {1362}
    assert numbers_in("rusak berat di wilayah Kecamatan Cilawu sebanyak delapan unit") >= {8}


def test_spans_are_quoted_from_the_stored_texts_and_hold_their_value():
    assert_pair_spans_in_texts(_gold(), stored_texts(TEXTS_ENV, "disc73"))
