"""The vehicles a crash involved, counted in prose two ways by independent outlets (disc38)."""

from __future__ import annotations

import pytest

from ceksilang.model import Document, Source
from ceksilang.reconcile.discrepancies import detail_discrepancies
from ceksilang.reconcile.prose_counts import vehicle_count_conflicts, vehicle_count_words, vehicle_counts
from ceksilang.text import split_sentences


def make_doc(doc_id: str, text: str, outlet: str, published: str = "2024-01-23") -> Document:
    doc = Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, outlet=outlet, published=published)
    doc.sentences = split_sentences(text)
    return doc


def counts_of(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in vehicle_counts(make_doc("a", text, "A"), "A", vehicle_count_words())]


def test_each_kind_of_vehicle_after_a_verb_of_the_crash_is_its_own_count():
    assert counts_of("Truk itu menabrak empat mobil dan sembilan sepeda motor yang berhenti.") == \
        [("mobil", 4), ("motor", 9)]
    assert counts_of("Kecelakaan melibatkan tiga unit mobil dan lima unit sepeda motor.") == [("mobil", 3), ("motor", 5)]
    assert counts_of("Truk menabrak empat kendaraan roda dua yang terparkir.") == [("motor", 4)]


@pytest.mark.parametrize("text", [
    "Polisi menurunkan dua truk derek untuk mengevakuasi truk yang menabrak warung.",  # no crash verb before
    "Tiga unit mobil pemadam kebakaran dikerahkan ke lokasi.",
    "Petugas menabrak dua unit mobil pemadam saat mundur.",  # a responder's vehicle
    "Ada tujuh mobil, motor juga tujuh, kata warga.",  # a count with no verb of the crash
    "Truk menabrak warung, kemudian dua mobil datang ke lokasi.",  # a clause stop between
])
def test_a_count_that_is_not_of_the_crash_is_not_read(text):
    assert counts_of(text) == []


def test_two_outlets_counting_the_cars_differently_make_one_detail():
    a = make_doc("a", "Satu truk boks menabrak lima mobil dan dua motor di Jalan Raya Puncak.", "Kompas")
    b = make_doc("b", "Kecelakaan tersebut melibatkan sembilan kendaraan yang terdiri dari enam mobil.", "Tribun")
    found = vehicle_count_conflicts("s", [a, b], {"a": a, "b": b})
    assert len(found) == 1 and found[0].kind == "detail" and found[0].status == "contradiction"
    assert found[0].docs == ["a", "b"] and "lima mobil" in found[0].explanation and "enam mobil" in found[0].explanation
    # called from the detail stage
    assert any("enam mobil" in d.explanation for d in detail_discrepancies("s", [a, b], {"a": a, "b": b}, []))


def test_agreeing_counts_days_apart_or_one_outlet_telling_two_are_no_detail():
    a = make_doc("a", "Truk menabrak empat mobil dan sembilan sepeda motor.", "Kompas")
    same = make_doc("b", "Truk itu menabrak empat mobil serta sembilan motor.", "Katadata")
    assert vehicle_count_conflicts("s", [a, same], {"a": a, "b": same}) == []
    # the police update the count two days later: not set against the first report
    later = make_doc("c", "Kecelakaan itu melibatkan tujuh mobil.", "Tribun", published="2024-01-25")
    assert vehicle_count_conflicts("s", [a, later], {"a": a, "c": later}) == []
    # the truck hit two motorcycles, the minibus a third: the outlet tells both counts and takes no side
    both = make_doc("d", "Truk menabrak dua motor serta mobil Grand Max. Kecelakaan melibatkan tiga sepeda motor.",
                    "kumparan")
    other = make_doc("e", "Sebuah truk menabrak tiga sepeda motor dan satu minibus.", "Republika")
    assert vehicle_count_conflicts("s", [both, other], {"d": both, "e": other}) == []


def test_the_whole_count_one_apart_is_the_culprit_counted_or_not():
    a = make_doc("a", "Insiden ini melibatkan 14 kendaraan.", "A")
    b = make_doc("b", "Kecelakaan beruntun itu melibatkan 13 kendaraan.", "B")
    assert vehicle_count_conflicts("s", [a, b], {"a": a, "b": b}) == []
