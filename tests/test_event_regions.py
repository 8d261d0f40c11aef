"""The district, regency or city of a one-place event told two ways by independent outlets (disc38)."""

from __future__ import annotations

from ceksilang.model import Document
from ceksilang.reconcile.discrepancies import detail_discrepancies
from ceksilang.reconcile.event_regions import event_areas, event_region_conflicts, event_region_words
from tests.test_prose_counts import make_doc as a_report


def make_doc(doc_id: str, text: str, outlet: str, published: str = "2022-07-18") -> Document:
    return a_report(doc_id, text, outlet, published)


def areas_of(text: str) -> list[tuple[str, str]]:
    return [(a.level, a.written) for a in event_areas(make_doc("a", text, "A"), "A", event_region_words())]


def test_the_areas_of_the_event_are_read_by_level():
    assert areas_of("Kecelakaan terjadi di Jalan Raya Sukamaju, Kecamatan Gunungsari, Kabupaten Lebakmulya.") == \
        [("kecamatan", "Kecamatan Gunungsari"), ("kabupaten", "Kabupaten Lebakmulya")]


def test_a_home_a_hospital_a_body_or_a_direction_is_not_where_it_happened():
    assert areas_of("Korban kecelakaan itu warga Desa Kelong, Kecamatan Bintan Pesisir.") == []
    assert areas_of("Korban kecelakaan dibawa ke RSUD Kota Pematangsiantar.") == []
    assert areas_of("Petugas Damkarmat Kabupaten Gunungkidul mengevakuasi sapi yang terperosok.") == []
    assert areas_of("Truk yang menabrak itu melaju dari arah Kota Bekasi.") == []
    assert areas_of("Rapat terbatas digelar di Kabupaten Lebakmulya.") == []  # no event of one place told


def test_two_outlets_placing_one_crash_in_two_districts_make_one_detail():
    a = make_doc("a", "Kecelakaan truk tangki terjadi di Jalan Raya Sukamaju, Kecamatan Gunungsari.", "Kompas")
    b = make_doc("b", "Truk tangki menabrak antrean kendaraan di Kecamatan Cibening.", "Tempo")
    found = event_region_conflicts("s", [a, b], {"a": a, "b": b})
    assert len(found) == 1 and found[0].docs == ["a", "b"] and found[0].status == "contradiction"
    assert "Gunungsari" in found[0].explanation and "Cibening" in found[0].explanation
    assert any("Cibening" in d.explanation for d in detail_discrepancies("s", [a, b], {"a": a, "b": b}, []))


def test_one_area_written_two_ways_another_level_both_named_or_days_apart_are_no_detail():
    a = make_doc("a", "Tabrakan beruntun terjadi di Desa Tugu Utara, Kecamatan Cisarua, Kabupaten Bogor.", "A")
    slip = make_doc("b", "Soal tabrakan beruntun di Desa Tugu Utara, Kecamatan Casarua, Kabupaten Bogor itu.", "B")
    assert event_region_conflicts("s", [a, slip], {"a": a, "b": slip}) == []
    # a district inside the regency the other names: one place told more or less precisely
    wider = make_doc("c", "Kecelakaan itu terjadi di Kabupaten Bogor.", "C")
    assert event_region_conflicts("s", [a, wider], {"a": a, "c": wider}) == []
    # the other report names both districts: a flood over two, a road on their border
    both = make_doc("d", "Kebakaran terjadi di Kecamatan Megamendung. Api merambat dari arah Cisarua.", "D")
    assert event_region_conflicts("s", [a, both], {"a": a, "d": both}) == []
    later = make_doc("e", "Kecelakaan terjadi di Kecamatan Megamendung.", "E", published="2022-07-25")
    a_day = make_doc("f", "Kecelakaan terjadi di Kecamatan Cisarua.", "F")
    assert event_region_conflicts("s", [a_day, later], {"f": a_day, "e": later}) == []


def test_two_villages_of_one_crash_make_a_detail_a_village_and_its_hamlet_do_not():
    # disc49: a village (desa, kelurahan, nagari, gampong) is a level of its own
    a = make_doc("a", "Kecelakaan maut terjadi di Desa Sukamaju, Kecamatan Gunungsari.", "Kompas")
    b = make_doc("b", "Bus itu terguling di Desa Cibening, Kecamatan Gunungsari.", "Tempo")
    found = event_region_conflicts("s", [a, b], {"a": a, "b": b})
    assert len(found) == 1 and "Sukamaju" in found[0].explanation and "Cibening" in found[0].explanation
    # a kelurahan is a village of a town: the same level as a desa
    town = make_doc("c", "Kebakaran terjadi di Kelurahan Cibening.", "C")
    assert areas_of("Kebakaran terjadi di Kelurahan Cibening.") == [("desa", "Kelurahan Cibening")]
    assert len(event_region_conflicts("s", [a, town], {"a": a, "c": town})) == 1
    # a hamlet inside the village the other names: two levels, one place
    hamlet = make_doc("d", "Kecelakaan terjadi di Dusun Krajan, Desa Sukamaju.", "D")
    assert event_region_conflicts("s", [a, hamlet], {"a": a, "d": hamlet}) == []


def test_a_name_inside_a_routes_name_does_not_name_the_area():
    # disc49: "Tol Semarang-Batang" is a road through Kendal too: the report placing the crash in Kendal does
    # not tell of Batang
    a = make_doc("a", "Kecelakaan bus terjadi di Km 370 ruas Tol Semarang-Batang di wilayah Kabupaten Kendal.", "Tribun")
    b = make_doc("b", "Kecelakaan bus terjadi di Desa Ketanggan, Kecamatan Gringsing, Kabupaten Batang.", "Saibumi")
    found = event_region_conflicts("s", [a, b], {"a": a, "b": b})
    assert len(found) == 1 and "Kendal" in found[0].explanation and "Batang" in found[0].explanation
    # named as a place of its own, the area is still told by that report: no side
    named = make_doc("c", "Kecelakaan terjadi di wilayah Kabupaten Kendal, dekat perbatasan Batang.", "C")
    assert event_region_conflicts("s", [named, b], {"c": named, "b": b}) == []
