"""The moment of a story's event told two ways by two outlets (disc35): a vessel's sinking at two hours of one
day, a date with its clock whose weekday does not fit, a clock whose zone is written in title case."""

from __future__ import annotations

from ceksilang.extract.timex import find_dates
from ceksilang.model import Document, TimeExpr
from ceksilang.reconcile.discrepancies import detail_discrepancies
from tests.test_reconcile import _with_clock, make_doc, span


def _clock_items(docs: list[Document]) -> list:
    by_id = {d.id: d for d in docs}
    return [x for x in detail_discrepancies("s", docs, by_id, []) if "moment is given" in str(x.explanation)]


def test_a_vessel_sinking_told_ten_hours_apart_on_one_day_is_a_contradiction():
    a = _with_clock(make_doc("a", "Kapal motor (KM) Ladang Pertiwi 02 dilaporkan tenggelam di Selat Makassar pada "
                                  "Kamis (26/5/2022) sekitar pukul 03.30 Wita.", "Kompas", "2022-06-04"),
                    "Kamis (26/5/2022) sekitar pukul 03.30 Wita", "2022-05-26T03:30:00+08:00")
    b = _with_clock(make_doc("b", "Kapal motor itu tenggelam pada Kamis, 26 Mei 2022, pukul 13.00 WITA.", "Disway",
                             "2022-05-29"), "Kamis, 26 Mei 2022, pukul 13.00 WITA", "2022-05-26T13:00:00+08:00")
    (found,) = _clock_items([a, b])
    assert found.status == "contradiction" and found.docs == ["a", "b"]
    assert "03.30" in found.explanation and "13.00" in found.explanation


def test_people_drowning_hours_apart_are_two_moments_not_one_told_two_ways():
    # "tenggelam" told of people, not of a vessel: two children may drown at two hours of one day
    a = _with_clock(make_doc("a", "Seorang bocah tenggelam di Sungai Progo pada Minggu (15/6/2025) pukul 09.00 WIB.",
                             "Detik", "2025-06-15"), "Minggu (15/6/2025) pukul 09.00 WIB", "2025-06-15T09:00:00+07:00")
    b = _with_clock(make_doc("b", "Seorang bocah tenggelam di Sungai Progo pada Minggu (15/6/2025) pukul 15.30 WIB.",
                             "Kompas", "2025-06-15"), "Minggu (15/6/2025) pukul 15.30 WIB", "2025-06-15T15:30:00+07:00")
    assert _clock_items([a, b]) == []


def test_a_rescue_at_the_place_it_sank_is_not_the_sinking():
    a = _with_clock(make_doc("a", "KM Multi Prima tenggelam pukul 18.00 WITA, Kamis (22/11).", "Liputan6",
                             "2018-11-24"), "pukul 18.00 WITA", "2018-11-22T18:00:00+08:00")
    b = _with_clock(make_doc("b", "KM Cahaya Abadi tiba di lokasi tenggelamnya KM Multi Prima pada pukul 23.00 Wita.",
                             "Antara", "2018-11-24"), "pukul 23.00 Wita", "2018-11-22T23:00:00+08:00")
    assert _clock_items([a, b]) == []


def test_a_sinking_dated_with_a_slipped_weekday_is_still_compared_with_the_day_it_meant():
    # 23 November 2018 was a Friday: "Kamis (23/11)" meant Thursday 22 November, the others' day
    a = _with_clock(make_doc("a", "Kapal barang berawak 14 orang itu tenggelam, Kamis (23/11) pukul 20.05 Wita.",
                             "Banjarmasin Post", "2018-11-26"),
                    "Kamis (23/11) pukul 20.05 Wita", "2018-11-23T20:05:00+08:00")
    b = _with_clock(make_doc("b", "Kapal Motor (KM) Multi Prima I tenggelam pukul 18.00 WITA, Kamis (22/11).",
                             "Liputan6", "2018-11-24"), "pukul 18.00 WITA", "2018-11-22T18:00:00+08:00")
    b.dates.append(TimeExpr(doc="b", start=span(b, "Kamis (22/11)")[0], end=span(b, "Kamis (22/11)")[1],
                            text="Kamis (22/11)", value="2018-11-22", precision="day"))
    by_id = {"a": a, "b": b}
    items = detail_discrepancies("s", [a, b], by_id, [])
    # the hour told two ways, and the weekday slip read in a date written with its clock
    assert any("20.05" in x.explanation and "18.00" in x.explanation and x.status == "contradiction" for x in items)
    (slip,) = [x for x in items if x.status == "explained"]
    assert "Kamis (23/11) pukul 20.05 Wita" in slip.explanation and slip.docs == ["a", "b"]


def test_a_clock_zone_written_in_title_case_is_read_in_that_zone():
    (found,) = [t for t in find_dates("d", "Kapal berangkat pukul 14.00 Wita dari Makassar.", "2022-05-26")
                if t.precision == "minute"]
    assert found.value == "2022-05-26T14:00:00+08:00" and found.text.endswith("Wita")
    # the same moment told in WIB by another outlet is one moment, not two times an hour apart
    a = _with_clock(make_doc("a", "Kapal itu tenggelam di perairan Selat Makassar pukul 14.00 Wita.", "Tribun Timur",
                             "2022-05-26"), "pukul 14.00 Wita", "2022-05-26T14:00:00+08:00")
    b = _with_clock(make_doc("b", "Kapal itu tenggelam di perairan Selat Makassar pukul 13.00 WIB.", "Detik",
                             "2022-05-26"), "pukul 13.00 WIB", "2022-05-26T13:00:00+07:00")
    assert _clock_items([a, b]) == []


# disc44: the minute of an agency's time, and a running tally's readings


def _quake(doc_id: str, text: str, outlet: str, needle: str, value: str) -> Document:
    return _with_clock(make_doc(doc_id, text, outlet, "2024-03-22"), needle, value)


def test_a_hedged_minute_one_off_is_the_rounding_of_one_time():
    a = _quake("a", "Gempa tektonik itu terjadi pada pukul 15.52 WIB di Laut Jawa, timur laut Tuban.", "Detik",
               "pukul 15.52 WIB", "2024-03-22T15:52:00+07:00")
    b = _quake("b", "Gempa tektonik itu terjadi sekitar pukul 15.53 WIB di Laut Jawa, timur laut Tuban.", "Nusantara",
               "pukul 15.53 WIB", "2024-03-22T15:53:00+07:00")
    assert _clock_items([a, b]) == []
    # written to the minute by both with no hedge, one minute apart is still told
    c = _quake("c", "Gempa tektonik itu terjadi pada pukul 15.53 WIB di Laut Jawa, timur laut Tuban.", "Kompas",
               "pukul 15.53 WIB", "2024-03-22T15:53:00+07:00")
    (found,) = _clock_items([a, c])
    assert "15.52" in found.explanation and "15.53" in found.explanation


def test_a_time_to_the_second_covers_the_minute_it_rounds_to():
    a = _quake("a", "Gempa tektonik itu terjadi pada pukul 15.52.58 WIB di Laut Jawa, timur laut Tuban.", "Okezone",
               "pukul 15.52.58 WIB", "2024-03-22T15:52:58+07:00")
    b = _quake("b", "Gempa tektonik itu terjadi pada pukul 15.53 WIB di Laut Jawa, timur laut Tuban.", "Kompas",
               "pukul 15.53 WIB", "2024-03-22T15:53:00+07:00")
    assert _clock_items([a, b]) == []


def test_a_running_tally_read_at_two_times_is_no_moment_told_two_ways():
    a = _quake("a", "Hingga pukul 13.50 WIB, hasil monitoring BMKG menunjukkan adanya sembilan aktivitas gempa susulan.",
               "Konteks", "pukul 13.50 WIB", "2022-11-21T13:50:00+07:00")
    b = _quake("b", "Hingga pukul 14.00 WIB, hasil monitoring BMKG menunjukkan adanya 15 aktivitas gempa susulan.",
               "Tempo", "pukul 14.00 WIB", "2022-11-21T14:00:00+07:00")
    assert _clock_items([a, b]) == []
    # the end of one spell told two ways, with no count read at it, is still compared
    c = _quake("c", "Kontak tembak dengan kelompok bersenjata berlangsung hingga pukul 13.50 WIB di Distrik Ilaga.",
               "Detik", "pukul 13.50 WIB", "2022-11-21T13:50:00+07:00")
    d = _quake("d", "Kontak tembak dengan kelompok bersenjata berlangsung hingga pukul 14.20 WIB di Distrik Ilaga.",
               "Kompas", "pukul 14.20 WIB", "2022-11-21T14:20:00+07:00")
    (found,) = _clock_items([c, d])
    assert "13.50" in found.explanation and "14.20" in found.explanation


def test_a_quake_of_one_magnitude_told_hours_apart_on_one_day_is_a_contradiction():
    a = _quake("a", "Gempa dengan magnitudo 6,2 mengguncang Majene, Sulawesi Barat pada Jumat, 15 Januari 2021 pukul "
                    "01.28 WIB.", "Ujungjari", "pukul 01.28 WIB", "2021-01-15T01:28:00+07:00")
    b = _quake("b", "Gempa dengan magnitudo 6,2 mengguncang sekitar 6 kilometer timur laut Majene, Jumat (15/1/2021) "
                    "sekitar pukul 21.28 WIB mengakibatkan 3 orang tewas.", "Lintas NTT", "pukul 21.28 WIB",
               "2021-01-15T21:28:00+07:00")
    (found,) = _clock_items([a, b])
    assert found.status == "contradiction" and "01.28" in found.explanation and "21.28" in found.explanation


def test_two_quakes_of_two_magnitudes_on_one_day_are_two_moments():
    a = _quake("a", "Gempa pertama bermagnitudo 5,9 mengguncang Laut Jawa dekat Pulau Bawean pada pukul 11.22 WIB.",
               "Okezone", "pukul 11.22 WIB", "2024-03-22T11:22:00+07:00")
    b = _quake("b", "Gempa bermagnitudo 6,5 mengguncang Laut Jawa dekat Pulau Bawean pada pukul 15.52 WIB.",
               "Detik", "pukul 15.52 WIB", "2024-03-22T15:52:00+07:00")
    assert _clock_items([a, b]) == []
    # "7 SR" and "magnitudo 7,0" are one value
    c = _quake("c", "Gempa berkekuatan 7 SR mengguncang Lombok Utara, tepatnya pada pukul 18.46 WITA.", "NatGeo",
               "pukul 18.46 WITA", "2018-08-05T18:46:00+08:00")
    d = _quake("d", "Gempa magnitudo 7,0 itu mengguncang Lombok Utara pada pukul 18.46 WIB.", "Solotrust",
               "pukul 18.46 WIB", "2018-08-05T18:46:00+07:00")
    (found,) = _clock_items([c, d])
    assert "WITA" in found.explanation and "WIB" in found.explanation


def test_a_hedged_minute_three_off_is_the_rounding_of_one_time():
    # disc65: the Tebet fire, "sekira pukul 02.02 WIB" against "pukul 02.05 WIB": one time, hedged by one outlet
    a = _quake("a", "Kebakaran yang melanda sejumlah rumah di Kebon Baru, Tebet, terjadi sekira pukul 02.02 WIB.",
               "Okezone", "pukul 02.02 WIB", "2025-06-19T02:02:00+07:00")
    b = _quake("b", "Kebakaran yang melanda sejumlah rumah di Kebon Baru, Tebet, terjadi pukul 02.05 WIB.", "Kompas",
               "pukul 02.05 WIB", "2025-06-19T02:05:00+07:00")
    assert _clock_items([a, b]) == []
    # four minutes or more from a hedged minute is still a second time
    c = _quake("c", "Kebakaran yang melanda sejumlah rumah di Kebon Baru, Tebet, terjadi pukul 02.06 WIB.", "Detik",
               "pukul 02.06 WIB", "2025-06-19T02:06:00+07:00")
    (found,) = _clock_items([a, c])
    assert "02.02" in found.explanation and "02.06" in found.explanation
