"""The helpers every ``detail`` rule shares: which readings are sides, and how an item quotes them."""

from __future__ import annotations

from dataclasses import dataclass

from ceksilang.model import Document, Source
from ceksilang.reconcile.detail_items import (listed_detail, phrase_at, published_day, published_days_apart, shortened,
                                              told_apart)


def make_doc(doc_id: str, outlet: str, published: str) -> Document:
    return Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), text="", outlet=outlet, published=published)


@dataclass
class Reading:
    doc: Document
    source: str
    written: str
    sentence: str


def reading(doc_id: str, outlet: str, written: str, published: str = "2025-06-17") -> Reading:
    return Reading(make_doc(doc_id, outlet, published), outlet, written, f"Truk menabrak {written}.")


def differ(a: Reading, b: Reading) -> bool:
    return a.written != b.written


def test_two_sources_telling_a_thing_two_ways_on_one_day_are_both_sides():
    a, b = reading("a", "Kompas", "empat mobil"), reading("b", "Detik", "lima mobil")
    assert told_apart([a, b], differ, max_days_apart=1) == [a, b]


def test_one_source_or_reports_days_apart_are_no_sides():
    a, b = reading("a", "Kompas", "empat mobil"), reading("b", "Kompas", "lima mobil")
    assert told_apart([a, b], differ, max_days_apart=1) == []  # one outlet's own update
    late = reading("c", "Detik", "lima mobil", published="2025-06-20")
    assert told_apart([a, late], differ, max_days_apart=1) == []  # the police updated the count since
    undated = reading("d", "Detik", "lima mobil", published="")
    assert told_apart([a, undated], differ, max_days_apart=1) == []


def test_a_listed_detail_names_each_way_with_its_outlets():
    a, b, c = reading("a", "Kompas", "empat mobil"), reading("b", "Detik", "lima mobil"), \
        reading("c", "Tempo", "lima mobil")
    item = listed_detail("s1", [[a], [b, c]], "detail.count_told", "written", "detail.vehicle_counts", "counts")
    assert item.kind == "detail" and item.status == "contradiction" and item.story == "s1"
    assert item.docs == ["a", "b", "c"]
    assert "Kompas" in item.explanation and "Detik, Tempo" in item.explanation
    assert item.score == 3.75  # three sources tell it


def test_a_long_sentence_is_cut_at_a_word_with_a_mark():
    sentence = "Kecelakaan beruntun itu melibatkan empat mobil dan sembilan sepeda motor di jalan raya " \
               "yang menurun tajam menjelang jembatan"
    short = shortened(sentence, limit=40)
    assert len(short) <= 40 and short.endswith("…") and sentence.startswith(short[:-1])
    assert shortened("  dua\nmobil  ") == "dua mobil"


def test_a_phrase_is_found_where_the_tokens_spell_it():
    phrases = [(("sepeda", "motor"), "motor"), (("mobil",), "mobil")]
    tokens = ["lima", "sepeda", "motor", "dan", "mobil"]
    assert phrase_at(tokens, 1, phrases) == (("sepeda", "motor"), "motor")
    assert phrase_at(tokens, 4, phrases) == (("mobil",), "mobil")
    assert phrase_at(tokens, 0, phrases) is None


def test_a_word_list_given_as_a_tuple_finds_what_the_list_finds():
    """The loaded word lists are tuples, looked up by their first word: the longest phrase that is spelled
    at a place still wins, a phrase sharing only its first word is passed over, and an index past
    the tokens finds nothing."""
    phrases = ((("kebakaran", "hutan", "lahan"), "karhutla"), (("kebakaran", "hutan"), "hutan"),
               (("kebakaran",), "api"), (("banjir", "bandang"), "bandang"), ((), "kosong"))
    tokens = ["kebakaran", "hutan", "dan", "banjir", "rob", "kebakaran", "hutan", "lahan", "kebakaran"]
    for k in range(-1, len(tokens) + 2):
        assert phrase_at(tokens, k, phrases) == phrase_at(tokens, k, list(phrases))
    assert phrase_at(tokens, 0, phrases) == (("kebakaran", "hutan"), "hutan")
    assert phrase_at(tokens, 5, phrases) == (("kebakaran", "hutan", "lahan"), "karhutla")
    assert phrase_at(tokens, 8, phrases) == (("kebakaran",), "api")
    assert phrase_at(tokens, 3, phrases) is None  # "banjir rob", not "banjir bandang"


def test_a_missing_or_broken_date_is_no_day():
    assert str(published_day(make_doc("a", "A", "2025-06-17T08:00:00+07:00"))) == "2025-06-17"
    assert published_day(make_doc("a", "A", "kemarin")) is None


def test_reports_are_whole_days_apart_either_way_and_an_undated_one_is_none():
    monday, thursday = make_doc("a", "A", "2025-06-16T23:50:00+07:00"), make_doc("b", "B", "2025-06-19T00:10:00+07:00")
    assert published_days_apart(monday, thursday) == published_days_apart(thursday, monday) == 3
    assert published_days_apart(monday, make_doc("c", "C", "kemarin")) is None
