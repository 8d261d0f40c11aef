"""One statement told by two outlets with a different value after the same preposition (disc69).

The reports are short sentences written for these tests; the people in them are set by hand where extraction and
linking would set them, so that each test checks the comparison alone.
"""

from __future__ import annotations

from ceksilang.model import Document, Mention, Source
from ceksilang.reconcile.argument_values import argument_value_conflicts, argument_values_words
from ceksilang.reconcile.discrepancies import _one_transliterated, detail_discrepancies
from ceksilang.reconcile.words import reconcile_words
from ceksilang.text import split_sentences

PEOPLE = {"Himawan Bahran": "person:himawan", "Syafiq Razan": "person:syafiq", "Budi Santoso": "person:budi"}


def report(doc_id: str, text: str, outlet: str, published: str = "2026-01-14") -> Document:
    d = Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, outlet=outlet, published=published,
                 language="id")
    d.sentences = split_sentences(text)
    for name, entity in PEOPLE.items():
        start = text.find(name)
        while start != -1:
            d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label="PERSON",
                                      entity=entity))
            start = text.find(name, start + len(name))
    d.mentions.sort(key=lambda m: m.start)
    return d


def items(*docs: Document) -> list:
    # the detail rules pass the site rule's transliteration test in; these tests ask the detail rules' way
    rw = reconcile_words()
    return argument_value_conflicts("s", list(docs), {d.id: d for d in docs}, rw,
                                    transliterated=lambda a, b: _one_transliterated(a, b, rw))


def test_one_finding_put_at_two_numbered_posts_is_one_item_naming_both():
    a = report("a", "Himawan Bahran akhirnya ditemukan selamat di Pos 5 oleh tim SAR.", "Kompas")
    b = report("b", "Himawan Bahran ditemukan dalam kondisi lemas di Pos 9 oleh relawan.", "Detik")
    found = items(a, b)
    assert len(found) == 1 and found[0].docs == ["a", "b"]
    assert "Pos 5" in found[0].explanation and "Pos 9" in found[0].explanation


def test_one_autopsy_at_two_named_hospitals_is_an_item_and_a_set_aside_hospital_is_not_its_value():
    a = report("a", "Jenazah pendaki itu akan diautopsi di Rumah Sakit Umum Daerah (RSUD) Bali Mandara.", "Tribun")
    b = report("b", "Jenazah pendaki itu akan diautopsi di RS Bhayangkara Denpasar alih-alih di RS Bhayangkara "
                    "Mataram.", "Antara")
    found = items(a, b)
    assert len(found) == 1
    assert "Bali Mandara" in found[0].explanation and "Bhayangkara Denpasar" in found[0].explanation
    assert "Mataram" not in found[0].explanation.split("(")[0]


def test_a_way_by_sea_and_by_land_is_an_item_but_two_legs_of_a_way_are_not():
    sea = report("a", "Jenazah pendaki itu diberangkatkan ke Bali melalui jalur laut.", "Tribun")
    land = report("b", "Jenazah pendaki itu akan diberangkatkan ke Bali melalui jalur darat.", "tvOne")
    assert len(items(sea, land)) == 1
    # the other outlet told both legs: the carry down the mountain by land and the crossing by sea
    legs = report("c", "Jenazah pendaki itu ditandu melalui jalur darat. Jenazah pendaki itu diberangkatkan ke Bali "
                       "melalui jalur laut.", "Mediaopini")
    assert items(land, legs) == []


def test_a_more_precise_name_a_spelling_and_a_place_of_another_act_are_no_item():
    wide = report("a", "Jenazah Syafiq Razan ditemukan di kawasan Watu Langgar oleh relawan.", "Kompas")
    precise = report("b", "Jenazah Syafiq Razan ditemukan di Batu Watu Langgar oleh relawan.", "Detik")
    assert items(wide, precise) == []
    one = report("c", "Jenazah Syafiq Razan akan diautopsi di RS. Bali Mandara besok.", "Tribun")
    other = report("d", "Jenazah Syafiq Razan akan diautopsi di RSUD Bali Mandara besok.", "Antara")
    assert items(one, other) == []
    village = report("e", "Syafiq Razan ditangkap polisi di Desa Wundubite pada pagi hari.", "Ikolom")
    regency = report("f", "Syafiq Razan ditangkap polisi di Kolaka Timur pada pagi hari.", "Tribun")
    assert items(village, regency) == []  # a village and a regency, of two levels: maybe one inside the other


def test_a_site_and_a_city_a_transliteration_or_an_earlier_meeting_are_no_item():
    site = report("a", "Budi Santoso diterima di Istana Constantine oleh Presiden.", "Detik")
    city = report("b", "Budi Santoso diterima di Saint Petersburg oleh Presiden.", "Times")
    assert items(site, city) == []
    other = report("c", "Budi Santoso diterima di Istana Konstantinovsky oleh Presiden.", "Kompas")
    assert items(site, other) == []
    earlier = report("d", "Budi Santoso pernah diterima di Istana Kremlin oleh Presiden.", "Antara")
    assert items(site, earlier) == []


def test_a_source_naming_the_other_value_as_a_destination_tells_a_body_that_moves():
    first = report("a", "Jenazah Syafiq Razan dievakuasi di Pos 5 lalu dibawa ke Pos 9.", "Kompas")
    later = report("b", "Jenazah Syafiq Razan dievakuasi di Pos 9 pada sore hari.", "Detik")
    assert items(first, later) == []


def test_two_people_each_with_their_own_value_are_no_item():
    a = report("a", "Himawan Bahran ditemukan selamat di Pos 5 oleh tim SAR.", "Kompas")
    b = report("b", "Syafiq Razan ditemukan tewas di Pos 9 oleh tim SAR.", "Detik")
    assert items(a, b) == []


def test_one_outlet_or_reports_far_apart_are_no_item():
    a = report("a", "Himawan Bahran ditemukan selamat di Pos 5 oleh tim SAR.", "Kompas")
    b = report("b", "Himawan Bahran ditemukan dalam kondisi lemas di Pos 9 oleh relawan.", "Kompas")
    assert items(a, b) == []
    later = report("c", "Himawan Bahran ditemukan dalam kondisi lemas di Pos 9 oleh relawan.", "Detik",
                   published="2026-01-20")
    assert items(a, later) == []


def test_the_comparison_runs_in_the_detail_rules_and_its_words_come_from_the_data():
    aw = argument_values_words()
    assert aw.enabled and aw.prepositions["di"] == "place" and aw.prepositions["melalui"] == "way"
    a = report("a", "Himawan Bahran akhirnya ditemukan selamat di Pos 5 oleh tim SAR.", "Kompas")
    b = report("b", "Himawan Bahran ditemukan dalam kondisi lemas di Pos 9 oleh relawan.", "Detik")
    found = detail_discrepancies("s", [a, b], {"a": a, "b": b}, [])
    assert any("Pos 5" in x.explanation and "Pos 9" in x.explanation for x in found)


def test_a_place_and_the_larger_place_the_gazetteer_puts_it_in_are_no_item():
    # a city and its province, a district and its city: one told more precisely, not two places
    pairs = [("diautopsi di Denpasar", "diautopsi di Bali"),
             ("ditangkap di Surabaya", "ditangkap di Jawa Timur"),
             ("diperiksa di Jakarta Selatan", "diperiksa di Kebayoran Baru")]
    for one, other in pairs:
        a = report("a", f"Himawan Bahran akhirnya {one} oleh polisi.", "Kompas")
        b = report("b", f"Himawan Bahran kemudian {other} oleh polisi.", "Detik")
        assert items(a, b) == [], (one, other)


def test_two_places_the_gazetteer_puts_apart_or_does_not_know_stay_an_item():
    for one, other in [("diautopsi di Denpasar", "diautopsi di Surabaya"),  # two cities, two provinces
                       ("ditangkap di Surabaya", "ditangkap di Bali"),  # a city outside the province named
                       ("diperiksa di Wundubite", "diperiksa di Karangsoka")]:  # neither known: as before
        a = report("a", f"Himawan Bahran akhirnya {one} oleh polisi.", "Kompas")
        b = report("b", f"Himawan Bahran kemudian {other} oleh polisi.", "Detik")
        assert len(items(a, b)) == 1, (one, other)


# disc74: a noun of the act (pe-an, per-an, ke-an) told against its verb, or against the same noun


def test_an_arrest_told_as_a_noun_against_its_verb_at_two_airports_is_one_item():
    noun = report("a", "Penangkapan Budi Santoso dilakukan di Bandara Juanda pada Kamis.", "Kompas")
    verb = report("b", "Budi Santoso ditangkap di Bandara Soekarno-Hatta pada Kamis.", "Detik")
    found = items(noun, verb)
    assert len(found) == 1 and found[0].docs == ["a", "b"]
    assert "Juanda" in found[0].explanation and "Soekarno-Hatta" in found[0].explanation


def test_one_crash_told_as_a_noun_by_both_on_two_roads_is_an_item():
    a = report("a", "Bus rombongan karyawan itu mengalami kecelakaan di Jalan Raya Boto, Desa Boto.", "Borneo")
    b = report("b", "Telah terjadi kecelakaan tragis bus rombongan karyawan di Jalan Raya Sukapura.", "HaiJogja")
    found = items(a, b)
    assert len(found) == 1 and "Boto" in found[0].explanation and "Sukapura" in found[0].explanation


def test_a_plain_noun_before_the_preposition_meets_the_other_report_s_verb():
    noun = report("a", "Evakuasi korban ke RSUD Ciawi berlangsung cepat.", "Tribun")
    verb = report("b", "Para korban langsung dievakuasi ke RS Azra.", "Detik")
    assert len(items(noun, verb)) == 1


def test_a_noun_of_another_act_an_office_a_more_precise_name_or_a_source_naming_both_is_no_item():
    arrest = report("a", "Penangkapan Budi Santoso dilakukan di Bandara Juanda.", "Kompas")
    check = report("b", "Pemeriksaan Budi Santoso dilakukan di Polda Jatim.", "Detik")
    assert items(arrest, check) == []  # two acts: an arrest and an examination
    office = report("c", "Kasus Budi Santoso kini ditangani kepolisian di Surabaya.", "Antara")
    other = report("d", "Keluarga Budi Santoso mendatangi kepolisian di Sidoarjo.", "Tempo")
    assert items(office, other) == []  # "kepolisian" names a body, not an act the two share
    short = report("e", "Penangkapan Budi Santoso berlangsung di Bandara Komodo.", "Kompas")
    longer = report("f", "Budi Santoso ditangkap di Bandara Internasional Komodo.", "Detik")
    assert items(short, longer) == []  # one airport told more fully
    both = report("g", "Budi Santoso ditangkap di Bandara Juanda, bukan di Bandara Soekarno-Hatta tempat ia transit."
                       " Ia sempat transit di Bandara Soekarno-Hatta.", "Tempo")
    assert items(arrest, both) == []  # the other report names both airports


# disc74: the object of a verb that takes one thing, a person's status after "sebagai"


def test_one_driver_driving_two_named_models_is_an_item_but_a_model_told_more_fully_is_not():
    a = report("a", "Budi Santoso saat itu mengendarai Grand Max dari arah Bekasi.", "Kompas")
    b = report("b", "Budi Santoso saat itu mengendarai Avanza dari arah Bekasi.", "Detik")
    found = items(a, b)
    assert len(found) == 1 and "Grand Max" in found[0].explanation and "Avanza" in found[0].explanation
    c = report("c", "Budi Santoso saat itu mengendarai Pajero Sport dari arah Bekasi.", "Tempo")
    d = report("d", "Budi Santoso saat itu mengendarai Pajero dari arah Bekasi.", "Antara")
    assert items(c, d) == []


def test_one_person_named_a_suspect_and_a_witness_is_an_item_two_people_are_not():
    a = report("a", "Polisi menetapkan Budi Santoso sebagai tersangka dalam kasus itu.", "Kompas")
    b = report("b", "Polisi menetapkan Budi Santoso sebagai saksi dalam kasus itu.", "Detik")
    found = items(a, b)
    assert len(found) == 1 and "tersangka" in found[0].explanation and "saksi" in found[0].explanation
    c = report("c", "Polisi menetapkan Himawan Bahran sebagai saksi dalam kasus itu.", "Tempo")
    assert items(a, c) == []  # two people, each with their own standing
    role = report("e", "Polisi menetapkan Budi Santoso sebagai Ketua RT dalam kasus itu.", "Antara")
    assert items(a, role) == []  # a name after "sebagai" is a role, not compared


def test_a_noun_naming_a_thing_further_back_is_not_the_act_a_restated_place_keeps_its_noun():
    trail = report("a", "Jasad korban ditemukan di area Pos 9 jalur pendakian Gunung Slamet, tepatnya di kawasan "
                        "Watu Langgar.", "Pemalang")
    world = report("b", "Peristiwa duka korban kembali menyelimuti dunia pendakian di Indonesia.", "Duta")
    assert items(trail, world) == []  # "jalur pendakian" names the trail, not the finding
    restated = report("c", "Telah terjadi kecelakaan tragis bus karyawan di jalur wisata menuju Gunung Bromo, "
                           "tepatnya di Jalan Raya Sukapura.", "HaiJogja")
    other = report("d", "Bus karyawan itu mengalami kecelakaan di Jalan Raya Boto.", "Borneo")
    found = items(restated, other)
    assert len(found) == 1 and "Sukapura" in found[0].explanation and "Boto" in found[0].explanation


def test_two_headlines_naming_a_fire_at_two_places_are_no_item():
    a = report("a", "Kebakaran di Pool Bus Bekas Jakbar, Asap Hitam Tebal Membubung", "Detik")
    b = report("b", "Kebakaran di Cengkareng Diduga Dipicu Pemotongan Rangka Bus untuk Dijual", "Kompas")
    assert items(a, b) == []  # title case: a value cannot be told from the words after it


def test_a_status_reached_days_later_or_told_as_reached_by_now_is_no_contradiction():
    # mend56: a witness questioned on the 12th is a suspect on the 14th: the story moved on
    a = report("a", "Budi Santoso diperiksa sebagai saksi oleh penyidik Polda Jatim.", "Kompas", "2026-01-12")
    later = report("b", "Budi Santoso diperiksa sebagai tersangka oleh penyidik Polda Jatim.", "Detik", "2026-01-14")
    assert items(a, later) == []
    # one day, the later stage told as reached by now ("kembali ..., kini sebagai ..."): no item
    now = report("c", "Budi Santoso kembali diperiksa, kini sebagai tersangka, oleh penyidik Polda Jatim.", "Detik",
                 "2026-01-12")
    assert items(a, now) == []
    # one day, no word of a later moment: an item, told as statuses, never as two names of one thing
    same_day = report("d", "Budi Santoso diperiksa sebagai tersangka oleh penyidik Polda Jatim.", "Detik", "2026-01-12")
    (found,) = items(a, same_day)
    assert "statuses or stages" in found.explanation and "one name written" not in found.explanation


def test_a_later_report_naming_an_earlier_stage_is_still_an_item():
    # mend57: a suspect on the 12th, "sebagai saksi" in a report of the 14th: the story did not move that way
    a = report("a", "Budi Santoso diperiksa sebagai tersangka oleh penyidik Polda Jatim.", "Kompas", "2026-01-12")
    later = report("b", "Budi Santoso diperiksa sebagai saksi oleh penyidik Polda Jatim.", "Detik", "2026-01-14")
    (found,) = items(a, later)
    assert "statuses or stages" in found.explanation


def test_a_status_item_reads_in_indonesian_as_statuses():
    from ceksilang.render.explain import explain

    a = report("a", "Budi Santoso diperiksa sebagai saksi oleh penyidik Polda Jatim.", "Kompas", "2026-01-12")
    b = report("b", "Budi Santoso diperiksa sebagai tersangka oleh penyidik Polda Jatim.", "Detik", "2026-01-12")
    (found,) = items(a, b)
    text = explain(found.message, "id")
    assert "status atau tahap" in text and "ejaan" not in text


def test_a_body_sentence_with_its_full_stop_is_no_headline_but_the_title_is():
    # mend56: names and a date make most words capitalised, yet a sentence ending with its full stop is the body's
    body = report("a", "Kecelakaan di Jalan Raya Boto, Desa Boto, Kabupaten Semarang, pada Senin (2/6).", "Kompas")
    other = report("b", "Bus karyawan itu mengalami kecelakaan di Jalan Raya Sukapura.", "Detik")
    found = items(body, other)
    assert len(found) == 1 and "Boto" in found[0].explanation and "Sukapura" in found[0].explanation
    # the document's title, even written with a full stop, is a headline
    titled = report("c", "Kecelakaan Bus di Jalan Raya Boto. Bus karyawan itu terguling pagi tadi.", "Tempo")
    assert len(items(titled, other)) == 1
    titled.title = "Kecelakaan Bus di Jalan Raya Boto"
    assert items(titled, other) == []


def test_a_status_item_does_not_say_the_two_cannot_hold_on_one_day():
    # mend57: a witness can be questioned and named a suspect on one day: the item says the outlets tell the
    # statuses differently, in both languages, not that both cannot hold
    from ceksilang.render.explain import explain

    a = report("a", "Budi Santoso diperiksa sebagai saksi oleh penyidik Polda Jatim.", "Kompas", "2026-01-12")
    b = report("b", "Budi Santoso diperiksa sebagai tersangka oleh penyidik Polda Jatim.", "Detik", "2026-01-12")
    (found,) = items(a, b)
    english, indonesian = explain(found.message, "en"), explain(found.message, "id")
    assert "differently" in english and "cannot" not in english
    assert "secara berbeda" in indonesian and "tidak mungkin" not in indonesian
