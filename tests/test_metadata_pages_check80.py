"""The meta80 check of what real news pages state about themselves: the outlet, the publication date (and time)
and the dateline place, annotated by hand from 140 stored pages of 93 sites (tests/gold/metadata_pages_check80.yaml),
split by outlet into a tune and a test half before ceksilang first ran on them.

The page texts are third-party and stay outside the repository ($CEKSILANG_META80_TEXTS: a JSON Lines file of url
and text); the shape of the annotation is checked always, the readings when that variable names the texts (else
those tests skip, saying so). The test half is printed as totals only. Figures: docs/evaluation.md ("meta80")."""

from __future__ import annotations

from collections import Counter

from ceksilang.evaluate.metadata_pages import same_outlet, same_place, score

from .page_checks import read_gold, stored_texts

TEXTS_ENV = "CEKSILANG_META80_TEXTS"


def _items() -> list[dict]:
    return read_gold("metadata_pages_check80.yaml")["items"]


def test_many_outlets_both_languages_split_by_outlet():
    items = _items()
    assert len(items) >= 140
    assert sum(i["lang"] == "en" for i in items) >= 30
    groups = Counter(i["group"] for i in items)
    assert len(groups) >= 40 and max(groups.values()) <= 5
    halves = {}
    for i in items:
        halves.setdefault(i["group"], set()).add(i["split"])
    assert all(len(s) == 1 for s in halves.values()), "an outlet is in one half only"
    assert len({i["url"] for i in items}) == len(items)


def test_annotations_are_short_and_dates_iso():
    for i in _items():
        assert i["outlet"] is None or len(i["outlet"]) <= 40, i["id"]
        assert i["place"] is None or len(i["place"].split()) <= 3, i["id"]
        if i["published"]:
            assert len(i["published"]) in (10, 16) and i["published"][4] == "-", i["id"]


def test_outlet_names_compare_as_a_reader_would():
    assert same_outlet("Bojonegoro.inews.id", "BOJONEGORO.INEWS.ID")
    assert same_outlet("Ap", "AP")
    assert not same_outlet("Kompas.com", "Tribunnews.com")
    assert not same_outlet(None, "Kompas.com")
    # mend60: one name inside another is another outlet
    assert not same_outlet("Kompas.com", "Kompas TV")
    assert not same_outlet("Detik.com", "detikFinance")
    assert not same_outlet("Tribunnews.com", "TribunnewsBogor.com")
    assert same_outlet("KOMPAS.com", "kompas.com")


def test_a_dateline_place_is_right_only_whole():
    # mend60: the whole place, case-blind; a longer place that starts with it is another one
    assert same_place("BANDUNG", "Bandung")
    assert not same_place("Bandung Barat", "Bandung")
    assert not same_place(None, "Bandung")


def test_tune_half_outlets_and_dates_read_from_the_pages():
    result = score(_items(), stored_texts(TEXTS_ENV, "meta80"), "tune")["totals"]
    assert result["missing_texts"] == 0
    # measured at meta80's end: outlet 20 of 30, date 11 of 13; one false outlet, one false date. mend60's scorer
    # compares whole canonical names: "VIVA.co.id" read where the page signs "VIVAnews" no longer counts (19)
    assert result["outlet"]["right"] >= 19 and result["outlet"]["false"] <= 1
    assert result["date"]["right"] >= 11 and result["date"]["false"] <= 1


def test_test_half_totals(capsys):
    result = score(_items(), stored_texts(TEXTS_ENV, "meta80"), "test")["totals"]
    with capsys.disabled():
        print("\nmeta80 test half (totals):", result)
    assert result["missing_texts"] == 0
    assert result["outlet"]["stated"] > 0 and result["date"]["stated"] > 0
