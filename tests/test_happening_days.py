"""The day of one happening (a body found, an arrest, a departure, a fire) told two ways by two outlets (disc47)."""

from __future__ import annotations

import pytest

from ceksilang.extract.timex import find_dates
from ceksilang.model import Document
from ceksilang.reconcile.discrepancies import detail_discrepancies
from ceksilang.reconcile.happening_days import happening_day_conflicts, happening_day_words, happening_days
from ceksilang.reconcile.words import reconcile_words
from tests.test_prose_counts import make_doc


def dated(doc_id: str, text: str, outlet: str, published: str = "2025-06-18T09:00:00+07:00",
          title: str | None = None) -> Document:
    doc = make_doc(doc_id, text, outlet, published)
    doc.title = title
    doc.dates = find_dates(doc_id, text, published, doc.sentences)
    return doc


def day_items(*docs: Document) -> list:
    by_id = {d.id: d for d in docs}
    return happening_day_conflicts("s", list(docs), by_id)


def readings_of(text: str, published: str = "2025-06-18T09:00:00+07:00") -> list[tuple[str, str]]:
    d = dated("a", text, "A", published)
    return [(r.family, r.day.isoformat()) for r in happening_days(d, {"a": d}, happening_day_words(),
                                                                   reconcile_words())]


def test_one_body_found_on_two_days_by_two_outlets_is_a_detail():
    a = dated("a", "Mayat korban dihanyutkan ke sungai di Kecamatan Batang Anai sehingga ditemukan pada Senin (16/6).",
              "Detik", "2025-06-20T11:00:00+07:00", "Pemutilasi di Padang Pariaman Juga Bunuh 2 Wanita")
    b = dated("b", "Potongan tubuh korban ditemukan oleh warga di Nagari Kasang, Kecamatan Batang Anai pada Selasa, "
              "17 Juni 2025, sekitar pukul 10.30 WIB.", "Liputan6", "2025-06-20T11:20:00+07:00",
              "Fakta Kasus Mutilasi di Padang Pariaman")
    (found,) = day_items(a, b)
    assert found.docs == ["a", "b"] and found.status == "contradiction" and found.kind == "detail"
    assert "Senin (16/6)" in found.explanation and "Selasa, 17 Juni 2025" in found.explanation
    # it is one of the story's detail items
    assert any("Senin (16/6)" in d.explanation for d in detail_discrepancies("s", [a, b], {"a": a, "b": b}, []))


def test_a_relative_day_is_read_against_its_reports_publication():
    # Tuesday's "kemarin" is Monday: the same day as "Senin (12/4/2021)", no detail ...
    a = dated("a", "Kebakaran Pasar Inpres di Pasar Minggu, Jakarta Selatan, terjadi pada Senin (12/4/2021) malam.",
              "Bisnis", "2021-04-13T10:00:00+07:00")
    b = dated("b", "Kebakaran Pasar Inpres di Pasar Minggu, Jakarta Selatan, kemarin malam diduga akibat korsleting.",
              "VOI", "2021-04-13T12:00:00+07:00")
    assert readings_of(b.text, b.published) == [("fire", "2021-04-12")]
    assert day_items(a, b) == []
    # ... while Wednesday's "kemarin" is Tuesday, a day the other outlet does not give
    c = dated("c", b.text, "VOI", "2021-04-14T12:00:00+07:00")
    (found,) = day_items(a, c)
    assert "kemarin" in found.explanation


@pytest.mark.parametrize("first, second", [
    # a second find, the day after the first
    ("Potongan tubuh korban ditemukan warga di Nagari Kasang, Kecamatan Batang Anai pada Selasa, 17 Juni 2025.",
     "Keesokan harinya, Rabu (18/6), potongan kaki korban ditemukan di Nagari Ketaping, Kecamatan Batang Anai."),
    # two happenings of the story on two days: found on Monday, buried on Tuesday
    ("Jasad nelayan Junaidin Sardam ditemukan tim SAR di perairan Piru pada Senin (16/6/2025).",
     "Jasad nelayan Junaidin Sardam dimakamkan di Piru pada Selasa (17/6/2025)."),
    # the day someone told of the arrest
    ("Joko Sutoyo, ayah Farel Prayoga, ditangkap Satreskrim Polresta Banyuwangi pada Senin (16/6/2025).",
     "Joko Sutoyo, ayah Farel Prayoga, ditangkap Satreskrim Polresta Banyuwangi, kata Kasat Reskrim kepada "
     "wartawan, Selasa (17/6/2025)."),
    # a tally of many deaths on two days, a running count
    ("Sedikitnya 11 warga Gaza tewas dalam serangan Israel pada Senin (16/6/2025).",
     "Sedikitnya 44 warga Gaza tewas dalam serangan Israel pada Selasa (17/6/2025)."),
    # the day the missing man was reported to the police is not the day he went missing
    ("Kusnadi, mantan Ketua DPRD Jawa Timur, dikabarkan hilang sejak Minggu (15/6/2025).",
     "Kusnadi, mantan Ketua DPRD Jawa Timur, dilaporkan hilang ke polisi pada Selasa (17/6/2025) malam."),
    # a fire brigade's name is no fire
    ("Kepala Dinas Penanggulangan Kebakaran DKI Jakarta menyebut pasar itu terbakar pada Senin (16/6/2025).",
     "Humas Dinas Penanggulangan Kebakaran DKI Jakarta menilai pasar itu aman pada Selasa (17/6/2025)."),
])
def test_a_second_happening_a_day_of_telling_a_tally_or_a_report_is_no_day_detail(first, second):
    a = dated("a", first, "Detik")
    b = dated("b", second, "Liputan6")
    assert day_items(a, b) == []


def test_two_finds_with_nothing_shared_but_the_verb_are_two_happenings():
    a = dated("a", "Sesosok mayat pria ditemukan mengapung di Kali Angke, Jakarta Barat, pada Senin (16/6/2025).",
              "Detik")
    b = dated("b", "Polisi menemukan sabu seberat dua kilogram di Pelabuhan Tanjung Perak pada Selasa (17/6/2025).",
              "Kompas")
    assert day_items(a, b) == []


def test_a_source_dating_the_find_two_ways_takes_no_side():
    a = dated("a", "Mayat pria ditemukan di Kali Angke, Jakarta Barat, pada Senin (16/6/2025). Warga Kali Angke "
              "menyebut mayat pria itu ditemukan pada Selasa (17/6/2025).", "Detik")
    b = dated("b", "Mayat pria ditemukan di Kali Angke, Jakarta Barat, pada Selasa (17/6/2025).", "Kompas")
    assert day_items(a, b) == []


def test_the_day_last_seen_and_the_day_gone_missing_are_one_happening():
    a = dated("a", "Dalam surat laporan polisi, disebutkan bahwa Kusnadi terakhir kali terlihat pada 6 Juni 2025.",
              "Liputan6", "2025-06-09T19:00:00+07:00", "Mantan Ketua DPRD Jatim Kusnadi Hilang")
    b = dated("b", "Mantan Ketua DPRD Jawa Timur, Kusnadi, dilaporkan hilang oleh keluarganya sejak Rabu (4/6/2025), "
              "sudah ditemukan.", "Tribunnews", "2025-06-09T21:00:00+07:00", "Kusnadi Ditemukan Linglung di Jalan")
    # the find after the date does not take the day of the disappearance before it
    assert readings_of(b.text, b.published) == [("missing", "2025-06-04")]
    (found,) = day_items(a, b)
    assert "6 Juni 2025" in found.explanation and "Rabu (4/6/2025)" in found.explanation


def test_a_place_written_out_between_the_happening_and_its_day_does_not_push_the_day_out():
    # disc62: the words of place kind ("Jalan", "Kelurahan", "Kecamatan", "Kota") do not count to the reach
    text = ("Kebakaran melanda gudang di Jalan Kenanga, Kelurahan Sukamaju, Kecamatan Cibeunying, Kota Bandung, "
            "pada Sabtu (14/6/2025) malam.")
    assert readings_of(text) == [("fire", "2025-06-14")]
    # mend48c: ten words counted between them, twelve if a street's "Jalan" counted: the day is the fire's
    text = ("Kebakaran melanda gudang di simpang Jalan Kenanga dan Jalan Mawar, Kelurahan Sukamaju, Kecamatan "
            "Cibeunying, pada Sabtu (14/6/2025) malam.")
    assert readings_of(text) == [("fire", "2025-06-14")]
    # as many words that name no place push it out
    text = ("Kebakaran melanda gudang di dekat dua toko kecil yang ramai dan sempit itu pada Sabtu (14/6/2025) "
            "malam.")
    assert readings_of(text) == []


def test_a_dateline_before_the_happening_does_not_make_it_a_word_of_a_name():
    assert readings_of("BANDUNG - Kebakaran melanda Pasar Kosambi pada Senin (16/6/2025) dini hari.") == \
        [("fire", "2025-06-16")]
    # two capitals with no dash between are still a name's words
    assert readings_of("Dinas Pemadam Kebakaran Kota Bandung menyiagakan tiga mobil pada Senin (16/6/2025).") == []


@pytest.mark.parametrize("text, family, day", [
    ("Gudang peluru itu meledak pada Sabtu (14/6/2025) malam.", "explosion", "2025-06-14"),
    ("Tanah longsor menimbun tiga rumah warga pada Senin (16/6/2025) siang.", "landslide", "2025-06-16"),
    ("Bocah itu hanyut di Sungai Cikapundung pada Jumat (13/6/2025) sore.", "swept_away", "2025-06-13"),
])
def test_an_explosion_a_landslide_and_people_swept_away_are_dated_as_a_fire_is(text, family, day):
    assert readings_of(text) == [(family, day)]


def test_a_bare_weekday_with_a_part_of_day_is_the_latest_such_day_before_publication():
    # Saturday's report: "Jumat sore" is the day before
    assert readings_of("Kejadian siswa hanyut di Sungai Sempor terjadi pada Jumat sore.",
                       "2025-06-14T08:00:00+07:00") == [("swept_away", "2025-06-13")]



# disc65: a quake is a happening of its own, read on one clock whatever zone a report writes it in


def test_one_quake_dated_two_days_by_two_outlets_is_a_detail():
    a = dated("a", "Gempa bumi bermagnitudo 6,1 mengguncang perairan Halmahera Selatan pada Senin (16/6/2025) malam.",
              "Detik", "2025-06-17T08:00:00+07:00")
    b = dated("b", "Gempa bumi bermagnitudo 6,1 mengguncang perairan Halmahera Selatan pada Minggu (15/6/2025) malam.",
              "Kompas", "2025-06-17T09:00:00+07:00")
    assert [r[0] for r in readings_of(a.text)] == ["quake"]
    (found,) = day_items(a, b)
    assert {"a", "b"} <= set(found.docs)


def test_a_quake_past_midnight_in_wita_and_before_midnight_in_wib_is_one_day():
    a = dated("a", "Gempa bumi bermagnitudo 7,1 mengguncang perairan Halmahera Barat pada Jumat 15 November 2019 "
              "sekitar pukul 00.17 WITA.", "Tribun Manado", "2019-11-15T08:00:00+08:00")
    b = dated("b", "Gempa bumi bermagnitudo 7,1 mengguncang perairan Halmahera Barat pada Kamis (14/11/2019) pukul "
              "23.17 WIB.", "Liputan6", "2019-11-15T07:00:00+07:00")
    # the day as written, and the same moment's day on the WIB clock
    (r,) = happening_days(a, {"a": a}, happening_day_words(), reconcile_words())
    assert (r.family, r.day.isoformat()) == ("quake", "2019-11-15")
    assert sorted(x.isoformat() for x in r.days) == ["2019-11-14", "2019-11-15"]
    assert day_items(a, b) == []


def test_one_day_written_alike_is_no_item_when_only_one_report_gives_a_zoned_clock():
    # mend50b: Friday 00.17 WITA and another outlet's clock-less Friday are the same written day: no item, and no
    # message ever shows two equal written days as a disagreement
    a = dated("a", "Gempa bumi bermagnitudo 7,1 mengguncang perairan Halmahera Barat pada Jumat 15 November 2019 "
              "sekitar pukul 00.17 WITA.", "Tribun Manado", "2019-11-15T08:00:00+08:00")
    b = dated("b", "Gempa bumi bermagnitudo 7,1 mengguncang perairan Halmahera Barat pada Jumat (15/11/2019) dini "
              "hari.", "Kompas", "2019-11-15T09:00:00+07:00")
    assert day_items(a, b) == []
    # two days that are neither written alike nor one moment are still told
    c = dated("c", "Gempa bumi bermagnitudo 7,1 mengguncang perairan Halmahera Barat pada Rabu (13/11/2019) dini "
              "hari.", "Detik", "2019-11-15T09:00:00+07:00")
    (found,) = day_items(a, c)
    assert {"a", "c"} <= set(found.docs) and "Rabu (13/11/2019)" in found.explanation


def test_an_aftershock_is_no_reading_of_the_quake():
    assert readings_of("Gempa susulan bermagnitudo 5,0 mengguncang Halmahera Barat pada Jumat (15/11/2019).",
                       "2019-11-15T08:00:00+07:00") == []


# mend50b: a happening's noun governed by another noun, or after a word of "after", is not the happening's clause


def test_a_quake_governed_by_a_noun_or_after_a_word_of_after_gives_no_day_of_the_quake():
    quake = dated("q", "Gempa bumi bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin (21/11/2022) "
                  "siang.", "Kompas", "2022-11-22T10:00:00+07:00")
    later = ["Presiden Joko Widodo meninjau pengungsi gempa bumi di Kabupaten Cianjur, Jawa Barat, pada Selasa "
             "(22/11/2022).",
             "Jumlah korban gempa di Kabupaten Cianjur, Jawa Barat, bertambah pada Selasa (22/11/2022).",
             "Warga Kabupaten Cianjur, Jawa Barat, mengungsi setelah gempa pada Selasa (22/11/2022).",
             "Warga Kabupaten Cianjur, Jawa Barat, mengungsi usai terjadinya gempa bumi pada Selasa (22/11/2022)."]
    for k, text in enumerate(later):
        assert readings_of(text, "2022-11-22T18:00:00+07:00") == [], text
        other = dated(f"o{k}", text, f"Outlet{k}", "2022-11-22T18:00:00+07:00")
        assert day_items(quake, other) == [], text
    # the quake's own clause still dates it: another outlet giving Tuesday to the quake itself is told
    told = dated("t", "Gempa bumi bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Selasa (22/11/2022) "
                 "siang.", "Detik", "2022-11-22T18:00:00+07:00")
    (found,) = day_items(quake, told)
    assert {"q", "t"} <= set(found.docs)


def test_a_fires_victims_day_is_not_the_fires_but_a_victim_who_died_keeps_the_death():
    assert readings_of("Korban kebakaran di Pasar Kemiri dimakamkan pada Selasa (22/11/2022).",
                       "2022-11-22T18:00:00+07:00") == [("funeral", "2022-11-22")]
    assert readings_of("Jumlah korban kebakaran di Pasar Kemiri bertambah pada Selasa (22/11/2022).",
                       "2022-11-22T18:00:00+07:00") == []
    # "korban tewas" is a clause (the victim died), not a noun governing a noun
    assert readings_of("Seorang korban tewas di Pasar Kemiri pada Selasa (22/11/2022).",
                       "2022-11-22T18:00:00+07:00") == [("death", "2022-11-22")]
    assert readings_of("Kebakaran melanda Pasar Kemiri pada Selasa (22/11/2022) dini hari.",
                       "2022-11-22T18:00:00+07:00") == [("fire", "2022-11-22")]
    # a governed noun followed by its own verb is its own clause again
    assert readings_of("Warga kehilangan rumah setelah musibah kebakaran yang terjadi di Pasar Kemiri pada Jumat "
                       "(18/11/2022).", "2022-11-22T18:00:00+07:00") == [("fire", "2022-11-18")]


def test_an_english_quake_after_an_article_or_of_the_is_governed_as_an_indonesian_one_is():
    # mend50e: "after the earthquake" and "victims of the earthquake" date the clause's own verb, never the quake
    a = dated("a", "Residents of Cugenang saw their homes destroyed in the earthquake on Monday (21/11/2022).",
              "Jakarta Globe", "2022-11-23T09:00:00+07:00")
    b = dated("b", "Residents of Cugenang whose homes were destroyed fled after the earthquake on Tuesday "
              "(22/11/2022).", "Antara English", "2022-11-23T10:00:00+07:00")
    assert day_items(a, b) == []
    assert readings_of("Victims of the earthquake were moved to tents on Tuesday (22/11/2022).",
                       "2022-11-23T09:00:00+07:00") == []
    assert readings_of("Relief reached survivors of the fire in Sukamaju on Tuesday (22/11/2022).",
                       "2022-11-23T09:00:00+07:00") == []
    # the quake's own clause still dates it
    assert readings_of("The earthquake struck Cianjur on Monday (21/11/2022).",
                       "2022-11-23T09:00:00+07:00") == [("quake", "2022-11-21")]
