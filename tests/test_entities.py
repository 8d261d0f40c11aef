"""Gazetteer matching, merging with the model, roles and metonyms (ceksilang.extract.entities)."""

from __future__ import annotations

import pytest

from ceksilang.extract.entities import (
    _split_region_and_person,
    annotate_entities,
    attach_roles,
    load_gazetteer,
    load_name_types,
    load_role_words,
    lookup_alias,
    mark_metonyms,
    match_gazetteer,
    merge_mentions,
    names_someone_else,
    short_form_of,
)
from ceksilang.model import Mention


def _span(text: str, surface: str, label: str, occurrence: int = 0, origin: str = "model") -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(doc="d", start=start, end=start + len(surface), text=surface, label=label, origin=origin)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in match_gazetteer("d", text)]


# --------------------------------------------------------------------------- data integrity


def test_entities_gazetteer_loads_and_seats_point_at_entries():
    gaz = load_gazetteer()
    assert len([e for e in gaz.entries if e.type == "PERSON"]) >= 100
    assert len([e for e in gaz.entries if e.type == "GPE"]) >= 150
    for entry in gaz.entries:
        # a name with commas written unquoted in a YAML flow list splits into junk aliases
        assert not any(a.split()[0] in ("dan", "and") or len(a) < 2 for a in entry.aliases), entry
        if entry.stands_for:
            assert entry.stands_for in gaz.by_name


def test_entities_role_words_load():
    words = load_role_words()
    assert ("sekretaris", "jenderal") in words.heads
    assert "untuk" in words.connectors


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("AS", "Amerika Serikat"), ("Amerika", "Amerika Serikat"), ("USA", "Amerika Serikat"),
        ("Korut", "Korea Utara"), ("DPRK", "Korea Utara"), ("Republik Demokratik Rakyat Korea", "Korea Utara"),
        ("Republik Rakyat Demokratik Korea", "Korea Utara"), ("North Korea", "Korea Utara"),
        ("Korsel", "Korea Selatan"), ("Federasi Rusia", "Rusia"), ("RRT", "Tiongkok"), ("China", "Tiongkok"),
        ("UN", "Perserikatan Bangsa-Bangsa"), ("DK PBB", "Dewan Keamanan PBB"), ("UE", "Uni Eropa"),
        ("HUR", "Badan Intelijen Militer Ukraina"), ("Pentagon", "Departemen Pertahanan AS"),
        ("Zelenskyy", "Volodymyr Zelensky"), ("Kim Jong-un", "Kim Jong Un"), ("Jokowi", "Joko Widodo"),
        ("Kiev", "Kyiv"), ("Anthony Blinken", "Antony Blinken"),
    ],
)
def test_entities_lookup_alias(alias, canonical):
    entry = lookup_alias(alias)
    assert entry is not None and entry.name == canonical


def test_entities_lookup_alias_never_takes_lowercase_abbreviation():
    assert lookup_alias("as") is None
    assert lookup_alias("un") is None


# --------------------------------------------------------------------------- gazetteer matching


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pejabat AS tiba kemarin.", [("AS", "GPE")]),
        ("Harga naik, sama seperti as roda yang aus.", []),
        ("Sidang Dewan Keamanan PBB digelar.", [("Dewan Keamanan PBB", "ORG")]),
        ("Sidang DK PBB digelar lagi.", [("DK PBB", "ORG")]),
        ("Korut dan Korsel saling tuding.", [("Korut", "GPE"), ("Korsel", "GPE")]),
        ("Mereka tiba di Pyongyang.", [("Pyongyang", "GPE")]),
        ("Laporan Kyiv Independent menyebut hal itu.", [("Kyiv Independent", "ORG")]),
        ("Angin kencang di Semenanjung Korea.", [("Semenanjung Korea", "LOC")]),
        ("Hujan di antara dua kota.", []),
        ("Antara melaporkan banjir.", []),  # sentence-initial common word
        ("Menurut Antara, banjir surut.", [("Antara", "ORG")]),
        ("ASAP tebal menyelimuti kota.", []),  # whole words only
        ("Warga Amerika Serikat memilih.", [("Amerika Serikat", "GPE")]),
        ("KOREA UTARA MENEMBAKKAN RUDAL", [("KOREA UTARA", "GPE")]),
    ],
)
def test_entities_match_gazetteer(text, expected):
    assert _found(text) == expected


def test_entities_match_gazetteer_offsets_point_into_text():
    text = "Menlu AS bertemu Sekjen PBB di New York, sementara Kremlin diam."
    for m in match_gazetteer("d", text):
        assert text[m.start:m.end] == m.text


def test_entities_match_gazetteer_lowercased_article():
    text = ("pemerintah korea utara mengirim pasukan ke rusia menurut laporan. " * 10).strip()
    found = {m.text for m in match_gazetteer("d", text)}
    assert {"korea utara", "rusia"} <= found
    assert "as" not in found


# --------------------------------------------------------------------------- merging


def test_entities_merge_gazetteer_wins_on_type():
    text = "Pasukan dikirim ke Kursk dan Sungai Lumbu."
    model = [_span(text, "Kursk", "LOC"), _span(text, "Sungai Lumbu", "LOC")]
    merged = merge_mentions(model, match_gazetteer("d", text), text)
    assert [(m.text, m.label, m.origin) for m in merged] == [
        ("Kursk", "GPE", "gazetteer"), ("Sungai Lumbu", "LOC", "model")]


def test_entities_merge_trims_role_swallowed_into_person():
    text = "Kata Menteri Luar Negeri AS Budi Santoso kemarin."
    model = [_span(text, "Menteri Luar Negeri AS Budi Santoso", "PERSON")]
    merged = merge_mentions(model, match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [("AS", "GPE"), ("Budi Santoso", "PERSON")]


@pytest.mark.parametrize(("span", "organisation", "person"), [
    ("Kemenko Perekonomian Iskandar Simorangkir", "Kemenko Perekonomian", "Iskandar Simorangkir"),
    ("KPK Ali Fikri", "KPK", "Ali Fikri"),
])
def test_entities_merge_cuts_a_known_organisation_glued_before_a_name(span, organisation, person):
    text = f"Menurut {span} ekonomi tumbuh."
    merged = merge_mentions([_span(text, span, "PERSON")], match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [(organisation, "ORG"), (person, "PERSON")]


# spk35: a gazetteer person's short name inside the model's longer person span ("Prabowo" of
# Prabowo Subianto in "Antonius Yoga Prabowo") gave a namesake's quotes to the known person
@pytest.mark.parametrize(("text", "span", "person"), [
    ("Ketua DPW Partai Maju Antonius Yoga Prabowo mengatakan kader sudah siap.",
     "Antonius Yoga Prabowo", "Antonius Yoga Prabowo"),
    ("Pevoli putri Megawati Hangestri Pertiwi mencetak 30 poin.",
     "Megawati Hangestri Pertiwi", "Megawati Hangestri Pertiwi"),
    # a rank and a region before the name are left to the later rules, which cut them
    ("Kapolres Sukamaju AKBP Wiratmo Hadi Prabowo memimpin apel.",
     "Sukamaju AKBP Wiratmo Hadi Prabowo", "Wiratmo Hadi Prabowo"),
])
def test_entities_merge_a_longer_name_around_a_known_short_name_is_someone_else(text, span, person):
    merged = merge_mentions([_span(text, span, "PERSON")], match_gazetteer("d", text), text)
    assert person in [m.text for m in merged if m.label == "PERSON"]


@pytest.mark.parametrize(("text", "span", "known"), [
    # a headline written in capitals: "Cabut" is a verb (news writes "mencabut"), no name
    ("Baca juga: Prabowo Cabut Izin Tambang di Pulau Kecil", "Prabowo Cabut", "Prabowo"),
    # the known person under a fuller or misspelt name
    ("Menteri Nadiem Anwar Makarim hadir di sidang.", "Nadiem Anwar Makarim", "Nadiem"),
    ("Menteri ESDM Bahlil Lahaladia meninjau tambang.", "Bahlil Lahaladia", "Bahlil"),
    # a month after the name
    ("Sejak Prabowo April lalu berkunjung, jalan diperbaiki.", "Prabowo April", "Prabowo"),
])
def test_entities_merge_the_known_person_stands_when_the_longer_span_is_no_other_name(text, span, known):
    merged = merge_mentions([_span(text, span, "PERSON")], match_gazetteer("d", text), text)
    assert [(m.text, m.origin) for m in merged if m.label == "PERSON"] == [(known, "gazetteer")]


def test_entities_a_relative_sharing_a_known_persons_name_is_someone_else():
    assert names_someone_else("Macron", "Brigitte Macron")
    assert not names_someone_else("Macron", "Emmanuel Macron")
    assert not names_someone_else("Wiratmo", "Wiratmo Hadi")  # no known person: nothing to tell apart


def test_entities_merge_strips_trailing_punctuation():
    text = "Ia bertemu Rina Wulandari, lalu pulang."
    model = [Mention(doc="d", start=11, end=27, text="Rina Wulandari, ", label="PERSON")]
    merged = merge_mentions(model, [], text)
    assert [(m.text, text[m.start:m.end]) for m in merged] == [("Rina Wulandari", "Rina Wulandari")]


def test_entities_merge_keeps_longer_model_organisation():
    text = "Mahasiswa Universitas Indonesia berdemo."
    model = [_span(text, "Universitas Indonesia", "ORG")]
    merged = merge_mentions(model, match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [("Universitas Indonesia", "ORG")]


def test_entities_merge_splits_model_list_into_gazetteer_names():
    text = "Hubungan Korea Utara dan Rusia menguat."
    model = [_span(text, "Korea Utara dan Rusia", "LOC")]
    merged = merge_mentions(model, match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [("Korea Utara", "GPE"), ("Rusia", "GPE")]


def test_entities_merge_unknown_province_becomes_gpe():
    text = "Banjir melanda provinsi Lumbaria sejak pagi."
    merged = merge_mentions([_span(text, "Lumbaria", "LOC")], [], text)
    assert merged[0].label == "GPE"


@pytest.mark.parametrize("company", ["Kookmin Bank", "Marubeni Corporation", "Nissan Securities", "Bank Kookmin"])
def test_entities_merge_model_person_named_like_a_company_is_an_organisation(company):
    # spans the CRF tagged PERSON in CNN Indonesia economy articles
    text = f"Saham {company} naik tipis pada perdagangan Senin."
    merged = merge_mentions([_span(text, company, "PERSON")], match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [(company, "ORG")]


@pytest.mark.parametrize(("text", "tagged", "left"), [
    ("Nilai tukar Yuan China melemah terhadap dolar.", "Yuan China", [("China", "GPE")]),
    ("Harga emas naik menjelang Idul Fitri tahun ini.", "Idul Fitri", []),
    ("Mudik Lebaran dimulai pekan depan.", "Lebaran", []),
    ("Permintaan Hari Raya Iduladha mendorong harga sapi.", "Hari Raya Iduladha", []),
    ("Libur panjang Kenaikan Isa Almasih membuat tol padat.", "Kenaikan Isa Almasih", []),
    ("Umat Kristiani merayakan Jumat Agung di gereja.", "Jumat Agung", []),
    ("Peringatan Maulid Nabi digelar di masjid.", "Maulid Nabi", []),
])
def test_entities_merge_drops_currency_or_holiday_tagged_as_person(text, tagged, left):
    merged = merge_mentions([_span(text, tagged, "PERSON")], match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == left


@pytest.mark.parametrize("name", ["Won Sei-hoon", "Dong"])
def test_entities_merge_keeps_a_person_whose_name_starts_like_a_currency(name):
    text = f"Kepala intelijen {name} memberi keterangan."
    merged = merge_mentions([_span(text, name, "PERSON")], [], text)
    assert [(m.text, m.label) for m in merged] == [(name, "PERSON")]


@pytest.mark.parametrize(("text", "tagged", "label", "expected"), [
    ("South Korea's defence minister spoke.", "South Korea's", "PERSON", [("South Korea", "GPE")]),
    ("Ukraine’s intelligence disagreed.", "Ukraine’s", "ORG", [("Ukraine", "GPE")]),
    ("Blinken's remarks came later.", "Blinken's", "PERSON", [("Blinken", "PERSON")]),
    ("McDonald's opened a store.", "McDonald's", "ORG", [("McDonald's", "ORG")]),
])
def test_entities_merge_cuts_the_english_possessive(text, tagged, label, expected):
    merged = merge_mentions([_span(text, tagged, label)], match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == expected
    assert all(text[m.start:m.end] == m.text for m in merged)


def test_entities_name_types_load():
    words = load_name_types()
    assert "bank" in words.organisation_last_words and "yuan" in words.currencies
    assert ("hari", "raya") in words.holidays


def test_entities_merge_result_is_sorted_and_disjoint():
    text = "Presiden Rusia Vladimir Putin menerima Kim Jong Un di Moskow."
    model = [_span(text, "Presiden Rusia Vladimir Putin", "PERSON"), _span(text, "Kim Jong", "PERSON"),
             _span(text, "Moskow.", "LOC")]
    merged = merge_mentions(model, match_gazetteer("d", text), text)
    for a, b in zip(merged, merged[1:]):
        assert a.end <= b.start
    assert [m.text for m in merged] == ["Rusia", "Vladimir Putin", "Kim Jong Un", "Moskow"]


# --------------------------------------------------------------------------- roles


ROLE_CASES = [
    ("Menteri Luar Negeri AS Budi Santoso tiba kemarin.", "Budi Santoso", "Menteri Luar Negeri AS"),
    ("Hal itu disampaikan Sekretaris Jenderal NATO, Rudi Hartono, di Brussel.", "Rudi Hartono",
     "Sekretaris Jenderal NATO"),
    ("Presiden Ukraina Andri Kovalen menolak tawaran itu.", "Andri Kovalen", "Presiden Ukraina"),
    ("Duta Besar Korea Utara untuk PBB Kim Tae-ho berbicara.", "Kim Tae-ho", "Duta Besar Korea Utara untuk PBB"),
    ("Kepala BPBD Kabupaten Garut Asep Sunarya meninjau lokasi.", "Asep Sunarya", "Kepala BPBD Kabupaten Garut"),
    ("kata Juru Bicara Kementerian Luar Negeri AS, Tom Walker.", "Tom Walker",
     "Juru Bicara Kementerian Luar Negeri AS"),
    ("Menurut Paul Martin, juru bicara Sekjen PBB, situasi memburuk.", "Paul Martin", "juru bicara Sekjen PBB"),
    ("Rapat dipimpin Jack Olsen, Menteri Pertahanan AS.", "Jack Olsen", "Menteri Pertahanan AS"),
    ("Gubernur Jawa Barat Dedi Kurnia meresmikan jalan.", "Dedi Kurnia", "Gubernur Jawa Barat"),
    ("Ujar perdana menteri Jepang Taro Sato.", "Taro Sato", "perdana menteri Jepang"),
    ("Wali Kota Bandung Yana Mulyana hadir.", "Yana Mulyana", "Wali Kota Bandung"),
    ("Kapolri Jenderal Listyo Wibowo memberi arahan.", "Listyo Wibowo", "Kapolri Jenderal"),
    ("Ketua KPU Anwar Hamid membuka rapat.", "Anwar Hamid", "Ketua KPU"),
    ("Bupati Sleman Kustini Sri menyampaikan laporan.", "Kustini Sri", "Bupati Sleman"),
    ("Direktur Utama PLN Darmawan Putra menjelaskan.", "Darmawan Putra", "Direktur Utama PLN"),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLE_CASES)
def test_entities_attach_roles(text, name, role):
    mentions = merge_mentions([_span(text, name, "PERSON")], match_gazetteer("d", text), text)
    attach_roles(text, mentions)
    person = next(m for m in mentions if m.label == "PERSON")
    assert person.text == name
    assert person.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rina Wati mengatakan hal itu kepada wartawan.", "Rina Wati"),
        ("Selain Tono Sutono, Menteri Keuangan Sri Handayani juga hadir.", "Tono Sutono"),
        ("Kata Tono Sutono. Presiden menyetujui.", "Tono Sutono"),
        ("Presiden mengatakan Tono Sutono keliru.", "Tono Sutono"),
    ],
)
def test_entities_attach_roles_leaves_no_role(text, name):
    mentions = [_span(text, name, "PERSON")]
    if "Sri Handayani" in text:
        mentions.append(_span(text, "Sri Handayani", "PERSON"))
    attach_roles(text, mentions)
    assert mentions[0].role is None


def test_entities_attach_roles_enumeration_gives_each_its_own():
    text = "Presiden Joko Susilo dan Perdana Menteri Anwar Salleh bertemu."
    mentions = [_span(text, "Joko Susilo", "PERSON"), _span(text, "Anwar Salleh", "PERSON")]
    attach_roles(text, mentions)
    assert [m.role for m in mentions] == ["Presiden", "Perdana Menteri"]


# --------------------------------------------------------------------------- metonyms


@pytest.mark.parametrize(
    ("text", "surface", "metonym"),
    [
        ("Washington mengatakan sanksi akan diperluas.", "Washington", True),
        ("Warga khawatir dengan ancaman Pyongyang terhadap tetangganya.", "Pyongyang", True),
        ("Kremlin juga telah menyediakan bantuan.", "Kremlin", True),
        ("Delegasi itu tiba di Pyongyang pada Senin.", "Pyongyang", False),
        ("Pesawat terbang dari Moskow menuju Teheran.", "Moskow", False),
        ("Mereka berangkat ke Seoul.", "Seoul", False),
        ("Serangan drone menghantam ibu kota Kyiv.", "Kyiv", False),
        ("KYIV, Ukraina - Sirene berbunyi sepanjang malam.", "KYIV", False),
        ("Hubungan antara Moskow dan Beijing menguat.", "Moskow", True),
        ("Festival digelar di Pyongyang, Korea Utara.", "Pyongyang", False),
    ],
)
def test_entities_metonyms(text, surface, metonym):
    mentions = match_gazetteer("d", text)
    mark_metonyms(text, mentions)
    m = next(x for x in mentions if x.text == surface)
    assert m.metonym is metonym


def test_entities_metonym_only_for_seats():
    text = "Rusia membantah laporan itu."
    mentions = match_gazetteer("d", text)
    mark_metonyms(text, mentions)
    assert not any(m.metonym for m in mentions)


# --------------------------------------------------------------------------- all in one


def test_entities_annotate_entities_combines_model_and_gazetteer():
    text = "Menteri Luar Negeri AS Budi Santoso bertemu Hana Park di Seoul.\nWashington menyambut baik."
    model = [_span(text, "Menteri Luar Negeri AS Budi Santoso", "PERSON"), _span(text, "Hana Park", "PERSON")]
    mentions = annotate_entities("d", text, model)
    got = {(m.text, m.label, m.role, m.metonym) for m in mentions}
    assert ("Budi Santoso", "PERSON", "Menteri Luar Negeri AS", False) in got
    assert ("Hana Park", "PERSON", None, False) in got
    assert ("Seoul", "GPE", None, False) in got
    assert ("Washington", "GPE", None, True) in got
    for m in mentions:
        assert text[m.start:m.end] == m.text


# --------------------------------------------------------------------------- issue 20: glued regions, second names


@pytest.mark.parametrize(("text", "span", "label", "person"), [
    # after a regional role, the region is cut when the article uses the same words as a place
    ("Asisten Camat Pasir Putih Rahmanudin tiba. Anggota Polsek Pasir Putih berjaga.",
     "Pasir Putih Rahmanudin", "PERSON", "Rahmanudin"),
    ("Bupati Lembah Hijau Agus Salim hadir. Banjir merendam Kabupaten Lembah Hijau.",
     "Lembah Hijau Agus Salim", "PERSON", "Agus Salim"),
    # a rank ends whatever came before it
    ("Kapolres Tanah Merah AKBP Dodi Saputra memimpin apel.", "Tanah Merah AKBP Dodi Saputra", "PERSON",
     "Dodi Saputra"),
    # the model called the whole run a place: the region and the holder's name
    ("Bupati Lombok Barat Haerul Wirasin datang. Wisata di Lombok Barat ramai.", "Lombok Barat Haerul Wirasin",
     "LOC", "Haerul Wirasin"),
    # the rest of the body a role heads ("Kementerian Lingkungan Hidup dan Kehutanan" is known)
    ("Menteri Lingkungan Hidup Hanif Faisol Nurofiq meninjau lokasi.", "Hidup Hanif Faisol Nurofiq", "PERSON",
     "Hanif Faisol Nurofiq"),
    # an acronym or "&" inside the span belongs to a body's name
    ("Manajer Relation & CSR RU VI Dedi Kurniawan Saputra hadir.", "Relation & CSR RU VI Dedi Kurniawan Saputra",
     "PERSON", "Dedi Kurniawan Saputra"),
])
def test_entities_region_rank_or_body_glued_before_a_name_is_cut(text, span, label, person):
    merged = merge_mentions([_span(text, span, label)], match_gazetteer("d", text), text)
    assert person in [m.text for m in merged if m.label == "PERSON"]


@pytest.mark.parametrize(("text", "span"), [
    # no evidence that the first words are a place: the model's span stands
    ("Gubernur Khofifah Indar Parawansa meresmikan jembatan.", "Khofifah Indar Parawansa"),
    ("Menteri Keuangan Sri Mulyani Indrawati meninjau pasar.", "Sri Mulyani Indrawati"),
    # the first name after a role head elsewhere is not a place ("Gubernur Ahmad Luthfi")
    ("Gubernur Jawa Tengah Ahmad Luthfi meninjau jalan, kata Gubernur Ahmad Luthfi kemudian.", "Ahmad Luthfi"),
    ("Bupati Biak Numfor, Provinsi Papua, Markus O. Mansnembra hadir. Bupati Markus Mansnembra bicara.",
     "Markus O. Mansnembra"),
])
def test_entities_name_kept_without_place_evidence(text, span):
    merged = merge_mentions([_span(text, span, "PERSON")], match_gazetteer("d", text), text)
    assert span in [m.text for m in merged if m.label == "PERSON"]


def test_entities_region_cut_never_falls_inside_a_known_place():
    # "Jawa" is a known place, but so is "Jawa Tengah": the holder is the one word after it
    text = "Gubernur Jawa Tengah Rustriningsih membuka acara."
    merged = merge_mentions([_span(text, "Jawa Tengah Rustriningsih", "LOC")], match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [("Jawa Tengah", "GPE"), ("Rustriningsih", "PERSON")]


@pytest.mark.parametrize(("text", "span", "label", "name"), [
    ("PT Pertamina (Persero) menaikkan harga.", "PT Pertamina (Persero)", "ORG", "PT Pertamina (Persero)"),
    ("Saham PT Aneka Tambang (Persero) Tbk naik.", "PT Aneka Tambang (Persero)", "ORG",
     "PT Aneka Tambang (Persero)"),
    # a bracket that closes nothing inside the name is still cut off
    ("Harga di pasar [Pasar Baru] naik.", "Pasar Baru]", "LOC", "Pasar Baru"),
])
def test_entities_closing_bracket_kept_when_its_opener_is_in_the_name(text, span, label, name):
    merged = merge_mentions([_span(text, span, label)], [], text)
    assert [m.text for m in merged] == [name]


def test_entities_bracketed_short_name_is_split_from_the_model_span():
    text = "Wakil Ketua Umum PAN Zulkifli Hasan (Zulhas) hadir."
    merged = merge_mentions([_span(text, "Zulkifli Hasan (Zulhas", "PERSON")], match_gazetteer("d", text), text)
    people = [m.text for m in merged if m.label == "PERSON"]
    assert "Zulkifli Hasan" in people and "Zulhas" in people
    assert not any("(" in p for p in people)


def test_entities_a_body_span_stopping_inside_its_bracket_is_split_into_name_and_short_name() -> None:
    # the model leaves the ")" out of "Kementerian Kesehatan (Kemenkes)": both names are bodies,
    # neither carries the bracket; a bracket that closes inside a body's name stays (test above)
    text = "Kementerian Kesehatan (Kemenkes) mencatat kasus baru."
    merged = merge_mentions([_span(text, "Kementerian Kesehatan (Kemenkes", "ORG")], [], text)
    assert sorted((m.text, m.label) for m in merged) == [("Kemenkes", "ORG"), ("Kementerian Kesehatan", "ORG")]


@pytest.mark.parametrize(("text", "people", "short", "full"), [
    ("Zulkifli Hasan (Zulhas) hadir.", ["Zulkifli Hasan", "Zulhas"], "Zulhas", "Zulkifli Hasan"),
    ("Mualem, sapaan akrab Muzakir Manaf, hadir.", ["Muzakir Manaf"], "Mualem", "Muzakir Manaf"),
    ("Muzakir Manaf yang akrab disapa Mualem hadir.", ["Muzakir Manaf"], "Mualem", "Muzakir Manaf"),
    ("Haerul Warisin datang. Bupati Iron, sapaan akrabnya, bicara.", ["Haerul Warisin", "Iron"], "Iron",
     "Haerul Warisin"),
])
def test_entities_second_names_of_one_person(text, people, short, full):
    doc = annotate_entities("d", text, [_span(text, p, "PERSON") for p in people])
    from ceksilang.extract.entities import find_name_aliases  # noqa: PLC0415 - the function under test

    pairs = {(a.text, b.text) for a, b in find_name_aliases(text, doc)}
    assert (short, full) in pairs
    assert all(m.label == "PERSON" for m in doc if m.text in (short, full))


def test_entities_organisation_run_before_a_person_is_its_own_organisation():
    text = "Pusat Penanggulangan Disinformasi Ukraina Andriy Kovalenko mengatakan pasukan tiba."
    doc = annotate_entities("d", text, [_span(text, "Andriy Kovalenko", "PERSON")])
    assert ("Pusat Penanggulangan Disinformasi Ukraina", "ORG") in [(m.text, m.label) for m in doc]
    assert ("Andriy Kovalenko", "PERSON") in [(m.text, m.label) for m in doc]


def test_entities_apposition_role_belongs_to_the_first_name():
    text = "Stephane Dujarric, juru bicara Sekjen PBB Antonio Guterres, mengatakan hal itu."
    doc = annotate_entities("d", text, [_span(text, "Stephane Dujarric", "PERSON"),
                                        _span(text, "Antonio Guterres", "PERSON")])
    roles = {m.text: m.role for m in doc if m.label == "PERSON"}
    assert roles["Stephane Dujarric"].lower().startswith("juru bicara")
    assert roles["Antonio Guterres"] == "Sekjen PBB"


def test_a_name_prefix_belongs_to_the_name_after_it():
    from ceksilang.extract.entities import _with_name_prefix

    def extended(text: str, name: str) -> str:
        start = text.index(name)
        m = Mention(doc="d", start=start, end=start + len(name), text=name, label="PERSON", origin="model")
        return _with_name_prefix(m, text, ("Anak Agung", "Ida Bagus", "I", "Ni"), [m]).text

    assert extended("kata General Manager I Nyoman Oka Wirawa.", "Nyoman Oka Wirawa") == "I Nyoman Oka Wirawa"
    # a prefix may end inside the model's span
    assert extended("Group Head Anak Agung Ngurah Pranajaya berkata", "Agung Ngurah Pranajaya") == \
        "Anak Agung Ngurah Pranajaya"
    # as written only: "anak" (a child) and a prefix glued to another word are left alone
    assert extended("kata anak Agung Laksono", "Agung Laksono") == "Agung Laksono"
    assert extended("kata KAI Nyoman", "Nyoman") == "Nyoman"


def test_entities_merge_gives_a_first_name_glued_to_a_known_organisation_back_to_the_person():
    text = "Juru bicara Uni Eropa Marta Sirait mengatakan bantuan tiba."
    model = [_span(text, "Uni Eropa Marta", "ORG"), _span(text, "Sirait", "PERSON")]
    merged = merge_mentions(model, match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [("Uni Eropa", "ORG"), ("Marta Sirait", "PERSON")]


@pytest.mark.parametrize("span, person", [
    ("Seskab Arman Wiguna", "Arman Wiguna"),
    ("Kajari Darmawan Sitepu", "Darmawan Sitepu"),
])
def test_entities_merge_trims_an_office_short_form_before_a_name(span, person):
    text = f"Kata {span} kemarin."
    merged = merge_mentions([_span(text, span, "PERSON")], match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged if m.label == "PERSON"] == [(person, "PERSON")]


@pytest.mark.parametrize(("text", "spans", "person"), [
    # the model's organisation swallowed the "I" that opens the person's name
    ("Manajer Bandara Cabang Hilir I Ketut Sudarma mengatakan bandara ditutup.",
     [("Manajer Bandara Cabang Hilir I", "ORG"), ("Ketut Sudarma", "PERSON")], "I Ketut Sudarma"),
    # the model called the role and the name one organisation: the name starts at its prefix
    ("Kepala Humas Bandara Hilir Ida Bagus Made Suarta mengatakan penerbangan normal.",
     [("Kepala Humas Bandara Hilir Ida Bagus Made Suarta", "ORG")], "Ida Bagus Made Suarta"),
])
def test_entities_balinese_name_prefix_starts_the_person(text, spans, person):
    model = [_span(text, span, label) for span, label in spans]
    mentions = annotate_entities("d", text, model)
    assert person in [m.text for m in mentions if m.label == "PERSON"]


def test_entities_merge_cuts_words_glued_after_a_name():
    # the page ran "dilansir" and the outlet together; the name ends before them
    text = '"Tiga bandara ditutup," kata Wiratama dilansirKabarHilir.com, Rabu.'
    merged = merge_mentions([_span(text, "Wiratama dilansirKabarHilir.com", "PERSON")], [], text)
    assert [(m.text, m.label) for m in merged] == [("Wiratama", "PERSON")]


def test_entities_merge_body_ending_in_a_place_gives_back_the_name_it_ran_into():
    # the model ran "Dinas Kesehatan Bandar Lampung" on into the holder's first name and tagged
    # the rest of the name alone; the body ends with the known place, the holder's name is whole
    text = "Hal itu diungkap oleh Plt Kepala Dinas Kesehatan Bandar Lampung Desta Mega Sari."
    model = [_span(text, "Dinas Kesehatan Bandar Lampung Desta", "ORG"), _span(text, "Mega", "PERSON")]
    merged = merge_mentions(model, match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged if m.label in ("ORG", "PERSON")] == [
        ("Dinas Kesehatan Bandar Lampung", "ORG"), ("Desta Mega Sari", "PERSON")]


def test_entities_merge_a_description_opener_ends_no_name():
    text = "\"Dia gigih,\" kata Hendra Mantan pemain Persib ini."
    merged = merge_mentions([_span(text, "Hendra Mantan", "PERSON")], match_gazetteer("d", text), text)
    assert [(m.text, m.label, text[m.start:m.end]) for m in merged] == [("Hendra", "PERSON", "Hendra")]


@pytest.mark.parametrize(("before", "person"), [
    ("Dana itu belum jatuh tempo untuk dilunasi.Rahmat ", "Rahmat Budi Santoso"),
    ("Rapat digelar di Jakarta.Presiden ", "Budi Santoso"),  # a role glued after the full stop stays out
    ("Dana itu belum jatuh tempo untuk dilunasi. Mohamad ", "Mohamad Budi Santoso"),  # a space does not matter
    ("Wartawan ", "Budi Santoso"),  # a common noun opening the sentence stays out
    ("Rapat itu selesai. Namun ", "Budi Santoso"),  # and so does a function word
])
def test_entities_merge_gives_back_a_first_name_glued_after_a_full_stop(before, person):
    text = before + "Budi Santoso, sekretaris perusahaan, mencontohkan dua ruas."
    merged = merge_mentions([_span(text, "Budi Santoso", "PERSON")], match_gazetteer("d", text), text)
    assert [m.text for m in merged if m.label == "PERSON"] == [person]


@pytest.mark.parametrize(("text", "spans", "persons"), [
    # a speech verb opening the sentence is no first name
    ("Kapolsek Binsar Samosir membenarkan. Lanjut Binsar, keempat tersangka diamankan di rumah.",
     [("Binsar Samosir", 0), ("Lanjut Binsar", 0)], ["Binsar Samosir", "Binsar"]),
    # after a role, the words before a name the article also writes alone are the role's body or region
    ("CEO Shell Wael Sawan mengungkapkan bahwa pengiriman tertunda. \"Kami berhati-hati,\" kata Wael Sawan.",
     [("Shell Wael Sawan", 0), ("Wael Sawan", 1)], ["Wael Sawan", "Wael Sawan"]),
    ("Bupati Lembah Hijau Agus Salim meresmikan pasar. Agus Salim mengatakan pasar itu ramai.",
     [("Lembah Hijau Agus Salim", 0), ("Agus Salim", 1)], ["Agus Salim", "Agus Salim"]),
    # a name set off from the role by a comma is the name, whoever else the article names
    ("Ketua Fraksi PAN, Putri Zulkifli Hasan memberi apresiasi. Ayahnya, Zulkifli Hasan, hadir.",
     [("Putri Zulkifli Hasan", 0), ("Zulkifli Hasan", 1)], ["Putri Zulkifli Hasan", "Zulkifli Hasan"]),
    # a first name the model left out, which the article also uses alone for the person
    ("Wakil Ketua Komisi XII DPR RI, Putri Zulkifli Hasan memberi apresiasi. \"Kita jaga,\" ujar Putri dalam "
     "pernyataan tertulis.", [("Zulkifli Hasan", 0)], ["Putri Zulkifli Hasan"]),
    # ... of any letters: an apostrophe or a diacritic inside the first name
    ("Ketua panitia, Mu'ti Hidayat memberi apresiasi. \"Kita jaga,\" ujar Mu'ti dalam pernyataan "
     "tertulis.", [("Hidayat", 0)], ["Mu'ti Hidayat"]),
    ("Ketua yayasan itu, Désirée Kartika memberi apresiasi. \"Kita jaga,\" ujar Désirée dalam pernyataan "
     "tertulis.", [("Kartika", 0)], ["Désirée Kartika"]),
    # ... but a noun opening sentences is no first name
    ("Perdana Menteri Mahathir Mohamad bicara. Komentar Mahathir tampaknya ditujukan ke Beijing. Komentar "
     "terbaru Mahathir muncul kemarin.", [("Mahathir Mohamad", 0), ("Mahathir", 1), ("Mahathir", 2)],
     ["Mahathir Mohamad", "Mahathir", "Mahathir"]),
])
def test_entities_merge_puts_a_person_span_on_the_name_the_article_uses(text, spans, persons):
    merged = merge_mentions([_span(text, s, "PERSON", k) for s, k in spans], match_gazetteer("d", text), text)
    assert [m.text for m in merged if m.label == "PERSON"] == persons
    assert all(text[m.start:m.end] == m.text for m in merged)


@pytest.mark.parametrize(("text", "spans", "persons"), [
    # a regency the gazetteer lists (its "within" table) between a body and a one-word name
    ("Hal itu disampaikan Kasi Logistik BPBD Bojonegoro Wartono, Senin. Menurut dia, hujan deras.",
     [("Bojonegoro Wartono", 0)], ["Wartono"]),
    # a body's short name the article writes alone after a role head ("Dirut Tirtamulya"), glued
    # before a two-word name the model tagged alone
    ("Direktur Tirtamulya Hendra Gunawan mengecek pipa. Sebelumnya Dirut Tirtamulya menyurati warga. Pipa "
     "milik Tirtamulya bocor.", [("Hendra Gunawan", 0)], ["Hendra Gunawan"]),
    # ... also when the model tagged the body's word and the name as one person
    ("Direktur Tirtamulya Hendra Gunawan mengecek pipa. Sebelumnya Dirut Tirtamulya menyurati warga.",
     [("Tirtamulya Hendra Gunawan", 0)], ["Hendra Gunawan"]),
    # ... but a first name the article uses alone as a person stays the name's first word
    ("Direktur Operasional Andreas Hendra Gunawan mengecek pipa. \"Kami cek,\" kata Andreas dalam rapat.",
     [("Hendra Gunawan", 0), ("Andreas", 1)], ["Andreas Hendra Gunawan", "Andreas"]),
    # ... nor one the article names short after the role and cites alone ("Menurut Wiratma")
    ("Menteri Keuangan Wiratma Yudha Santosa memindahkan dana. Menurut Wiratma, dana itu aman. Sebelumnya "
     "Menteri Wiratma menyatakan sudah berbicara dengan bank.", [("Wiratma Yudha Santosa", 0)],
     ["Wiratma Yudha Santosa"]),
    # ... nor a name set off from its role by a comma, whose first word is also a place
    ("Menteri Pertahanan Israel, Israel Katz, memerintahkan militer. \"Hentikan,\" kata Katz.",
     [("Israel Katz", 0)], ["Israel Katz"]),
    # a naming tradition's word is never a post's place: "Andi" opens the name
    ("Bupati Bulukumba Andi Muchtar Ali Yusuf membuka acara.", [("Andi Muchtar Ali Yusuf", 0)],
     ["Andi Muchtar Ali Yusuf"]),
])
def test_entities_merge_cuts_the_post_s_place_or_body_from_a_holder_s_name(text, spans, persons):
    merged = merge_mentions([_span(text, s, "PERSON", k) for s, k in spans], match_gazetteer("d", text), text)
    assert [m.text for m in merged if m.label == "PERSON"] == persons
    assert all(text[m.start:m.end] == m.text for m in merged)


@pytest.mark.parametrize(("text", "span", "persons"), [
    # mend60: a place the gazetteer lists only inside another ("Bima") is also a given name: not cut after a post
    # that names no region, nor when the post's place is written right before it
    ("Wamendagri Bima Arya meninjau lokasi banjir.", "Bima Arya", ["Bima Arya"]),
    ("Wali Kota Bogor Bima Arya Sugiarto membuka acara.", "Bima Arya Sugiarto", ["Bima Arya Sugiarto"]),
    # guards: after a post or body that names its region the place is cut
    ("Bupati Bima Indah Dhamayanti Putri membuka acara.", "Bima Indah Dhamayanti Putri", ["Indah Dhamayanti Putri"]),
    ("Camat Setiabudi Agus Wibowo meninjau lokasi.", "Setiabudi Agus Wibowo", ["Agus Wibowo"]),
])
def test_entities_merge_keeps_a_given_name_that_is_also_a_listed_place(text, span, persons):
    merged = merge_mentions([_span(text, span, "PERSON")], match_gazetteer("d", text), text)
    assert [m.text for m in merged if m.label == "PERSON"] == persons


def test_capitalised_word_before_reads_ascii_text_as_the_ascii_patterns_did():
    """On ASCII text with no apostrophe the Unicode-aware word before a person is the one the ASCII
    patterns "(?:,|\\b[a-z]+) ([A-Z][a-z]+) $" and "[\\w.,)] ([A-Z][a-z]+) $" found."""
    import random
    import re

    from ceksilang.extract.entities import _capitalised_word_before

    strict = re.compile(r"(?:,|\b[a-z]+) ([A-Z][a-z]+) $")
    loose = re.compile(r"[\w.,)] ([A-Z][a-z]+) $")
    rng = random.Random(7)
    pieces = ["kata", "Budi", "UKM", ",", ".", ")", " ", "-", "2", "x", "Ab", "McD", "bU", "_"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + " "
        start = rng.randint(0, len(text) - 1)
        for pattern, after_any_word in ((strict, False), (loose, True)):
            found = pattern.search(text, start, len(text))
            assert _capitalised_word_before(text, start, len(text), after_any_word) == (
                found.group(1) if found else None), (text, start)


@pytest.mark.parametrize(("span", "name"), [
    # the acronym the text writes in brackets for a body, glued after the person's name
    ("Rina Kartika LPS", "Rina Kartika"),
    # an academic degree is no body of the text: it stays with the name
    ("Budi Santoso SH", "Budi Santoso SH"),
])
def test_merge_a_body_acronym_glued_after_a_name_is_not_the_name(span, name):
    text = (f"Kepala Divisi Lembaga Penjamin Simpanan (LPS), {span} mengatakan dana nasabah aman. "
            "Kuasa hukum Budi Santoso SH hadir.")
    merged = merge_mentions([_span(text, span, "PERSON")], [], text)
    assert [m.text for m in merged if m.label == "PERSON"] == [name]
    person = next(m for m in merged if m.label == "PERSON")
    assert text[person.start:person.end] == name


def test_merge_a_known_body_then_a_person_the_text_names_alone_is_two_mentions():
    """"Kejagung Rudi Hartanto" tagged ORG: the known body, then a person whose first name the
    text writes alone as a person ("Rudi menyebut")."""
    text = "Hal itu disampaikan Kapuspenkum Kejagung Rudi Hartanto kemarin. Rudi menyebut penyitaan berlanjut."
    model = [_span(text, "Kejagung Rudi Hartanto", "ORG"), _span(text, "Rudi", "PERSON", occurrence=1)]
    merged = merge_mentions(model, match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [("Kejagung", "ORG"), ("Rudi Hartanto", "PERSON"), ("Rudi", "PERSON")]


def test_merge_a_known_body_then_words_no_person_uses_stays_one_organisation():
    text = "Hal itu disampaikan Kejagung Bidang Pidana Khusus kemarin."
    merged = merge_mentions([_span(text, "Kejagung Bidang Pidana Khusus", "ORG")], match_gazetteer("d", text), text)
    assert [(m.text, m.label) for m in merged] == [("Kejagung Bidang Pidana Khusus", "ORG")]


@pytest.mark.parametrize(("word", "name", "short"), [
    ("Fadli", "Fadli Zon", True),  # one of its words
    ("Enggar", "Enggartiasto Lukita", True),  # the clipped start of one
    ("Kus", "Kuseryansyah", True),
    ("Praktikno", "Pratikno", True),  # misspelt by one letter, six letters or more
    ("Ku", "Kuseryansyah", False),  # two letters clip nothing
    ("Lukit", "Enggartiasto Lukita", False),  # a clipped form leaves two letters or more off
    ("Budi", "Ahmad Yani", False),
    ("Pramono", "Pratikno", False),  # not one letter off
    ("Adi", "Ali", False),  # a short name one letter off is another name
])
def test_entities_short_form_of(word, name, short):
    assert short_form_of(word, name) is short


def test_entities_merge_rank_inside_a_place_span_starts_the_person():
    """"Kasi Humas Polresta Bogor Kota Iptu Eko Agus" tagged one place, or cut by the model after
    "Eko": the words after the rank are the person's name, "Eko Agus"."""
    text = "Hal itu dijelaskan Kasi Humas Polresta Bogor Kota Iptu Eko Agus kepada wartawan."
    whole = merge_mentions([_span(text, "Kasi Humas Polresta Bogor Kota Iptu Eko Agus", "LOC")], [], text)
    cut = merge_mentions([_span(text, "Kasi Humas Polresta Bogor Kota Iptu Eko", "LOC"),
                          _span(text, "Agus", "PERSON")], [], text)
    for merged in (whole, cut):
        assert ("Eko Agus", "PERSON") in [(m.text, m.label) for m in merged]
        assert not any("Iptu" in m.text for m in merged if m.label == "PERSON")


def test_entities_merge_body_named_alone_and_person_named_alone_glued_are_split():
    text = ("Kasi Humas Polres Dompu Zuharis mengatakan tersangka ditahan. Polres Dompu masih memeriksa "
            "saksi, kata Zuharis.")
    model = [_span(text, "Polres Dompu Zuharis", "ORG"), _span(text, "Polres Dompu", "ORG", 1),
             _span(text, "Zuharis", "PERSON", 1)]
    merged = [(m.text, m.label) for m in merge_mentions(model, [], text)]
    assert merged[:2] == [("Polres Dompu", "ORG"), ("Zuharis", "PERSON")]


def test_entities_a_body_glued_before_a_full_name_tagged_only_by_its_first_word_is_split():
    # "Direktur Utama PT Sumber Makmur Arief Wicaksono Putra" read as one body: the article names the
    # body alone and tags "Arief" alone (the cue's short form), so the three words are the person
    text = ("PT Sumber Makmur membagikan hewan kurban. Direktur Utama PT Sumber Makmur Arief Wicaksono Putra "
            "mengatakan kurban itu wujud syukur. \"Semoga bermanfaat,\" ujar Arief.")
    model = [_span(text, "PT Sumber Makmur", "ORG"), _span(text, "PT Sumber Makmur Arief Wicaksono Putra", "ORG"),
             _span(text, "Arief", "PERSON", 1)]
    merged = [(m.text, m.label) for m in merge_mentions(model, [], text)]
    assert ("Arief Wicaksono Putra", "PERSON") in merged
    assert ("PT Sumber Makmur Arief Wicaksono Putra", "ORG") not in merged
    # a first word tagged alone that news writes in lower case ("Utama") is no first name
    common = ("Bank Sentosa membuka cabang. Direktur Bank Sentosa Utama Jaya mengatakan cabang itu baru. "
              "Kata Utama, cabang itu besar.")
    model = [_span(common, "Bank Sentosa", "ORG"), _span(common, "Bank Sentosa Utama Jaya", "ORG"),
             _span(common, "Utama", "PERSON", 1)]
    assert ("Utama Jaya", "PERSON") not in [(m.text, m.label) for m in merge_mentions(model, [], common)]


def test_entities_merge_administrative_place_before_a_first_name_is_cut():
    """"Kabupaten Temanggung Slamet" (PERSON) + "Eko Wantoro": the place goes, the name is whole."""
    text = "Ketua Fraksi DPRD Kabupaten Temanggung Slamet Eko Wantoro mengatakan ada kekurangan volume."
    model = [_span(text, "Kabupaten Temanggung Slamet", "PERSON"), _span(text, "Eko Wantoro", "PERSON")]
    persons = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert persons == ["Slamet Eko Wantoro"]


def test_entities_compound_role_head_is_cut_from_a_person_span():
    text = '"Mereka akan aman," kata Kadispar Bali I Wayan Sumarajaya, Selasa.'
    merged = merge_mentions([_span(text, "Kadispar Bali I Wayan Sumarajaya", "PERSON")], match_gazetteer("d", text), text)
    assert ("I Wayan Sumarajaya", "PERSON") in [(m.text, m.label) for m in merged]


def test_entities_name_before_a_bracketed_acronym_grows_to_the_words_it_spells():
    """Only "Papua Selatan" tagged before "(GPPS)": the body is every word the acronym spells."""
    text = "Kelompok Gerakan Pembebasan Papua Selatan (GPPS) menyatakan bertanggung jawab."
    model = [_span(text, "Papua Selatan", "GPE"), _span(text, "GPPS", "ORG")]
    found = [(m.text, m.label) for m in annotate_entities("d", text, model)]
    assert ("Gerakan Pembebasan Papua Selatan", "ORG") in found and ("Papua Selatan", "GPE") not in found


def test_entities_name_before_a_bracketed_acronym_spelling_other_words_stays():
    text = "Massa dari Papua Selatan (KNPB) menggelar aksi damai di Merauke."
    model = [_span(text, "Papua Selatan", "GPE")]
    assert ("Papua Selatan", "GPE") in [(m.text, m.label) for m in annotate_entities("d", text, model)]


def test_entities_member_noun_is_cut_from_a_body_tagged_person():
    text = "Jajaran Polsek Karangjati mengamankan tiga pemuda di jalan desa."
    merged = merge_mentions([_span(text, "Jajaran Polsek Karangjati", "PERSON")], [], text)
    assert "Jajaran Polsek Karangjati" not in [m.text for m in merged]


def test_entities_a_spelt_out_name_grows_over_the_lower_case_words_its_acronym_skips():
    """"Obat dan Makanan" tagged before "(BPOM)": "dan" (roles.yaml acronym_skips) spells no letter."""
    text = "Kepala Badan Pengawas Obat dan Makanan (BPOM) Taruna Ikrar hadir di Jakarta."
    model = [_span(text, "Obat dan Makanan", "ORG")]
    assert ("Badan Pengawas Obat dan Makanan", "ORG") in [(m.text, m.label) for m in annotate_entities("d", text, model)]


def test_entities_body_at_a_sentence_start_takes_the_one_word_tagged_a_person():
    # "Udara" tagged PERSON after "Direktorat Jenderal Perhubungan": the body's last word
    text = "Pesawat itu dialihkan. Direktorat Jenderal Perhubungan Udara mengatakan ada ancaman bom."
    doc = annotate_entities("d", text, [_span(text, "Udara", "PERSON")])
    assert ("Direktorat Jenderal Perhubungan Udara", "ORG") in [(m.text, m.label) for m in doc]
    assert all(m.label != "PERSON" for m in doc)


def test_entities_body_before_a_one_word_person_after_a_role_keeps_the_person():
    text = "Kepala Dinas Kesehatan Sutrisno mengatakan stok vaksin cukup."
    doc = annotate_entities("d", text, [_span(text, "Sutrisno", "PERSON")])
    assert ("Sutrisno", "PERSON") in [(m.text, m.label) for m in doc]


def test_entities_limited_ends_a_company_name():
    text = "Manajemen Sentosa International Limited membantah tuduhan itu."
    merged = merge_mentions([_span(text, "Manajemen Sentosa International Limited", "PERSON")], [], text)
    assert [m.label for m in merged] == ["ORG"]


def test_a_field_listed_inside_a_role_is_no_person() -> None:
    text = 'kata Menteri Pendidikan Tinggi, Sains, dan Teknologi, Rendra Saputra, di Jakarta.'
    at = text.index("Sains")
    model = [Mention("d", at, at + 5, "Sains", "PERSON"),
             Mention("d", text.index("Rendra"), text.index("Rendra") + 14, "Rendra Saputra", "PERSON")]
    kept = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert kept == ["Rendra Saputra"]


# --------------------------------------------------------------------------- issue 20, spk21: person names on unseen days
# Invented names and places; each class was seen on April 2025 coverage (docs/evaluation.md, spk21).

@pytest.mark.parametrize("text, span, name", [
    # a body that serves a region, written in mixed case, then its region, glued before the holder
    ("Kepala Dinkes Kabupaten Sukamaju Sutarmo mengatakan capaian program naik.",
     "Dinkes Kabupaten Sukamaju Sutarmo", "Sutarmo"),
    ("Ketua Kwarcab Sukamaju Rendra Wibisono mengatakan, tahun ini Kwarcab Sukamaju melantik 500 anggota.",
     "Kwarcab Sukamaju Rendra Wibisono", "Rendra Wibisono"),
    # the same after a role head and a regional body left outside the span
    ("Ketua Bawaslu Sukamaju Wartono mengatakan pengawasan berjalan. Audiensi Bawaslu Sukamaju dengan "
     "Bupati digelar Selasa.", "Sukamaju Wartono", "Wartono"),
    # a title written without its full stop
    ("Hasil pemeriksaan sudah keluar, ujar Dr Santorelli kepada wartawan di Roma.", "Dr Santorelli", "Santorelli"),
    ("Dokter Marco Santorelli memimpin tim medis sejak pekan lalu.", "Dokter Marco Santorelli", "Marco Santorelli"),
])
def test_entities_an_office_or_title_glued_before_a_name_is_cut(text: str, span: str, name: str) -> None:
    kept = [m.text for m in merge_mentions([_span(text, span, "PERSON")], [], text) if m.label == "PERSON"]
    assert name in kept and span not in kept


@pytest.mark.parametrize("text, span", [
    # no evidence that the word after the office is its region: the span stands
    ("Kepala Puskesmas Budi Santoso mengatakan jumlah pasien naik pekan ini.", "Budi Santoso"),
    ("Ketua Bawaslu Rahmat Bagja mengatakan pengawasan pemilu berjalan lancar.", "Rahmat Bagja"),
])
def test_entities_a_name_after_an_office_without_a_region_is_kept_whole(text: str, span: str) -> None:
    kept = [m.text for m in merge_mentions([_span(text, span, "PERSON")], [], text) if m.label == "PERSON"]
    assert kept == [span]


# --------------------------------------------------------------------------- issue 20: spk22
# A company or body glued before a person's name the article also writes alone (invented names).

@pytest.mark.parametrize("text, glued, name, extra", [
    # an acronym of a body, after the end of a role's words
    ("Deputi Bidang Neraca dan Jasa BPS Wiryanto menyampaikan data itu. Wiryanto menyebut harga beras naik.",
     "Jasa BPS Wiryanto", "Wiryanto", []),
    # a company word ("Sekuritas", "Consulting")
    ("Analis Cahaya Sekuritas Darmawan menilai saham bank murah. Darmawan menyarankan investor menunggu.",
     "Cahaya Sekuritas Darmawan", "Darmawan", []),
    # the short form the article gives in brackets after the body's name
    ("Badan Pangan Nasional (Bapanas) merilis peta rawan pangan. Datanya dirinci Bapanas Hadi Santoso "
     "kemarin. Hadi Santoso menyebut 68 daerah rentan.",
     "Bapanas Hadi Santoso", "Hadi Santoso", [("Badan Pangan Nasional", "ORG")]),
    # a company the article names with its legal form, written again without it
    ("PT Sawit Jaya Abadi Tbk membukukan laba. Menurut Sawit Jaya Abadi Andre Pratama, ekspor tumbuh. "
     "Andre Pratama menyebut harga sawit naik.",
     "Sawit Jaya Abadi Andre Pratama", "Andre Pratama", [("PT Sawit Jaya Abadi Tbk", "ORG")]),
])
def test_entities_a_company_or_body_glued_before_a_name_written_alone_is_cut(text, glued, name, extra) -> None:
    model = [_span(text, glued, "PERSON"), _span(text, name, "PERSON", occurrence=1)]
    model += [_span(text, surface, label) for surface, label in extra]
    kept = [m.text for m in merge_mentions(sorted(model, key=lambda m: m.start), [], text) if m.label == "PERSON"]
    assert kept == [name, name]


def test_entities_a_two_part_name_whose_last_part_is_written_alone_stays_whole() -> None:
    # "Indrawati" alone later is no sign that "Sri Mulyani" is a body: nothing marks it as one
    text = "Menteri Keuangan Sri Mulyani Indrawati membuka rapat. Indrawati meminta belanja dipercepat."
    model = [_span(text, "Sri Mulyani Indrawati", "PERSON"), _span(text, "Indrawati", "PERSON", occurrence=1)]
    kept = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert kept == ["Sri Mulyani Indrawati", "Indrawati"]


# --------------------------------------------------------------------------- issue 20: spk23
# A first name the model left out of a person's span after a capitalised word (a rank, a body's
# place), which the article then uses alone for that person (invented names).

@pytest.mark.parametrize(("text", "tagged", "alone", "full"), [
    # after a rank; the name used alone after the rank again
    ("Kasat Reskrim Polres Lembah Hijau, Kompol Bagas Darma Saputra, membenarkan penangkapan itu. "
     "Menurut Kompol Bagas, pelaku sudah ditahan sejak Senin.", "Darma Saputra", "Bagas", "Bagas Darma Saputra"),
    # after a body's place; the name used alone after a speech verb
    ("Kepala Dinkop UKM Sukamaju Rendra Adi Wibowo menyebut semua desa sudah mendaftar. \"Target kami "
     "akhir bulan,\" kata Rendra, Kamis.", "Adi Wibowo", "Rendra", "Rendra Adi Wibowo"),
])
def test_entities_a_first_name_left_out_after_a_capitalised_word_joins_the_name(text, tagged, alone, full) -> None:
    model = [_span(text, tagged, "PERSON"), _span(text, alone, "PERSON", occurrence=1)]
    kept = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert kept[0] == full


def test_entities_a_place_before_a_name_is_no_first_name_though_tagged_a_person_elsewhere() -> None:
    # "Sukamaju" is tagged a one-word person after "Kota" (no rank, no lower-case word): not a
    # first name of "Rendra Adi Wibowo"
    text = ("Pemerintah Kota Sukamaju menggelar rapat. Kepala Dinkop UKM Sukamaju Rendra Adi Wibowo "
            "menyebut semua desa sudah mendaftar.")
    model = [_span(text, "Sukamaju", "PERSON"), _span(text, "Rendra Adi Wibowo", "PERSON")]
    kept = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert kept == ["Sukamaju", "Rendra Adi Wibowo"]


def test_entities_a_company_word_before_a_name_is_no_first_name_though_tagged_a_person() -> None:
    # "Niagaraya" is tagged a person after a lower-case word, but it ends another name ("Kuis
    # Niagaraya") and a body opens with it ("PT Niagaraya"): not a first name of "Chandra Wiguna"
    text = ("Kuis Niagaraya diikuti 11 juta peserta, kata pengguna Niagaraya. CEO Niagaraya Chandra Wiguna "
            "menyebut rekor baru. \"Ini kuartal terbaik,\" ujar Chandra. PT Niagaraya tumbuh pesat.")
    model = [_span(text, "Kuis Niagaraya", "PERSON"), _span(text, "Niagaraya", "PERSON", occurrence=1),
             _span(text, "Chandra Wiguna", "PERSON"), _span(text, "Chandra", "PERSON", occurrence=1)]
    kept = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert "Chandra Wiguna" in kept and not any(k.endswith("Niagaraya Chandra Wiguna") for k in kept)


def test_entities_a_company_word_after_a_lower_case_word_and_a_body_word_is_no_first_name() -> None:
    # "oleh PT Niagaraya": the body opens after a lower-case word; "Niagaraya" is still the body's
    # word, not the first name of "Chandra Wiguna" (invented names)
    text = ("Layanan oleh PT Niagaraya tumbuh pesat, kata pengguna Niagaraya. CEO Niagaraya Chandra Wiguna "
            "menyebut rekor baru. \"Ini kuartal terbaik,\" ujar Chandra.")
    model = [_span(text, "Niagaraya", "PERSON", occurrence=1), _span(text, "Chandra Wiguna", "PERSON"),
             _span(text, "Chandra", "PERSON", occurrence=1)]
    kept = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert "Chandra Wiguna" in kept and not any(k.endswith("Niagaraya Chandra Wiguna") for k in kept)

def test_role_head_found_through_the_first_word_index_is_the_one_a_scan_of_every_head_finds():
    """``_head_at`` tries only the heads that start with the word (``heads_by_first``); on the
    shipped role words and fuzzed token runs it must answer what trying every head, longest
    first, answers (fails when a group is ordered shortest first or a head is left out)."""
    import random

    from ceksilang.extract.entities import _head_at, load_role_words

    words = load_role_words()

    def scan_every_head(tokens: list[str], i: int) -> int:
        if tokens[i].lower() not in words.head_words:
            return 1 if words.compound_head(tokens[i]) else 0
        for head in words.heads:
            if i + len(head) <= len(tokens) and all(tokens[i + k].lower() == head[k] for k in range(len(head))):
                return len(head)
        return 0

    rng = random.Random(8)
    vocabulary = sorted(words.head_words) + ["Budi", "Kadispar", "dan", "di", "Jakarta", "KEPALA", "Wakil"]
    heads = list(words.heads)
    multiword = [h for h in heads if len(h) > 1]
    assert multiword, "the role data should hold heads of several words"
    found = 0
    for _ in range(3000):
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(1, 6))]
        if rng.random() < 0.6:  # a real head (often one that a shorter head opens), cased at random
            head = list(rng.choice(multiword if rng.random() < 0.7 else heads))
            at = rng.randint(0, len(tokens))
            tokens[at:at] = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.5 else w
                             for w in head]
        for i in range(len(tokens)):
            expected = scan_every_head(tokens, i)
            assert _head_at(tokens, i, words) == expected, (tokens, i)
            found += expected > 1
    assert found > 500  # multi-word heads were there to be found


def test_entities_a_first_name_alone_after_a_lower_case_word_with_a_diacritic() -> None:
    from ceksilang.extract.entities import _used_alone_after, load_role_words
    text = "Hal itu dikatakan pemilik kafé Bayu, Senin."
    assert _used_alone_after(text, text.index("Bayu"), load_role_words(), tagged=True)


def test_entities_a_long_capitalised_word_cut_by_the_window_is_no_lower_case_word() -> None:
    # the word before "Bayu" is capitalised but longer than the window looked at: its tail is no
    # lower-case word of its own
    from ceksilang.extract.entities import _used_alone_after, load_role_words
    text = "Hal itu dikatakan Kesejahteraanmasyarakatperdesaan Bayu, Senin."
    assert not _used_alone_after(text, text.index("Bayu"), load_role_words(), tagged=True)


@pytest.mark.parametrize(("text", "found"), [
    ("Korban bernama Sisti Maristianti (62) ditemukan warga.", ["Sisti Maristianti"]),
    ("Korban bernama Sisti Maristianti (62 tahun) ditemukan warga.", ["Sisti Maristianti"]),
    # the short forms of the unit that numbers.yaml lists (age_unit_words) are an age too
    ("Korban bernama Sisti Maristianti (62 thn) ditemukan warga.", ["Sisti Maristianti"]),
    ("Korban bernama Sisti Maristianti, 62, ditemukan warga.", ["Sisti Maristianti"]),
    # a bracket of another unit is no age
    ("Korban bernama Sisti Maristianti (62 kg) ditemukan warga.", []),
])
def test_a_capitalised_run_followed_by_an_age_is_a_person(text, found):
    from ceksilang.extract.entities import _unseen_persons

    assert [m.text for m in _unseen_persons("d", text, [])] == found


def test_both_age_patterns_read_the_units_of_numbers_yaml():
    from ceksilang.extract import entities, quotes
    from ceksilang.extract.numbers import number_words

    units = number_words().age_unit_words
    assert {"tahun", "thn", "th"} <= set(units)
    for unit in units:
        assert entities._age_after().match(f" (45 {unit})")
        assert quotes._age_after().match(f" ( 45 {unit.title()} )")  # the quote finder reads any case


# --------------------------------------------------------------------------- issue 20: spk26
def test_entities_a_role_head_inside_a_span_ends_the_person_name() -> None:
    # "Wisnu Pratikno Manager Pusdalops Badan ..." tagged as one body: the person, then the body
    text = "Menurut Wisnu Pratikno Manager Pusdalops Badan Penanggulangan Bencana Daerah, air naik sejak sore."
    span = "Wisnu Pratikno Manager Pusdalops Badan Penanggulangan Bencana Daerah"
    kept = [(m.text, m.label) for m in merge_mentions([_span(text, span, "ORG")], [], text)]
    assert ("Wisnu Pratikno", "PERSON") in kept and (span, "ORG") not in kept


@pytest.mark.parametrize("text, span", [
    # a body's name that holds a role word after a body word is no person
    ("Menurut Bank Sukamaju Kepala Cabang Utama, kredit naik.", "Bank Sukamaju Kepala Cabang Utama"),
    # a role head that is also a given name
    ("Rapat dipimpin Andi Sitompul Raja Huta Sukamaju pada Senin.", "Andi Sitompul Raja Huta Sukamaju"),
])
def test_entities_a_span_whose_opening_words_are_no_name_is_not_cut_at_a_role(text: str, span: str) -> None:
    kept = [m.text for m in merge_mentions([_span(text, span, "ORG")], [], text)]
    assert span in kept


def test_entities_a_region_and_a_one_word_name_tagged_a_place_are_split_after_a_regional_role() -> None:
    text = "Banjir melanda Sukoharjo. Plt Bupati Sukoharjo Suparman meninjau lokasi di Sukoharjo."
    mentions = [_span(text, "Sukoharjo", "LOC"), _span(text, "Sukoharjo Suparman", "LOC")]
    kept = [(m.text, m.label) for m in merge_mentions(mentions, [], text)]
    assert ("Suparman", "PERSON") in kept and ("Sukoharjo Suparman", "LOC") not in kept


def test_entities_a_region_then_a_common_word_stays_a_place() -> None:
    # "Wali Kota Sukoharjo Baru": a common word after the region is no name
    text = "Sukoharjo ramai. Wali Kota Sukoharjo Baru meninjau lokasi."
    kept = [m.text for m in merge_mentions([_span(text, "Sukoharjo", "LOC"), _span(text, "Sukoharjo Baru", "LOC")], [], text)
            if m.label == "PERSON"]
    assert kept == []

# --------------------------------------------------------------------------- persons the model tags as places (spk25)


def test_entities_a_place_span_that_speaks_is_a_person_and_its_short_forms_follow() -> None:
    # the model tags an unseen name as a place: "X mengungkap ...", "ucap Darmaja," say it is a person
    text = ("Menteri Keuangan Darmaja Wiradi Kusuma mengungkap rencananya memindahkan dana. "
            "Karena itu, ucap Darmaja, kredit akan tumbuh. Secara keseluruhan Darmaja ingin ekonomi bergerak.")
    model = [_span(text, "Darmaja Wiradi Kusuma", "LOC"), _span(text, "Darmaja", "LOC", occurrence=1),
             _span(text, "Darmaja", "LOC", occurrence=2)]
    persons = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert persons == ["Darmaja Wiradi Kusuma", "Darmaja", "Darmaja"]


def test_entities_a_place_span_whose_short_form_is_tagged_a_person_is_a_person() -> None:
    text = ("Peneliti LPEM UI, Teuku Ardiansyah, menilai data itu janggal. "
            "\"Angka ini terendah,\" kata Ardiansyah kepada wartawan.")
    model = [_span(text, "Teuku Ardiansyah", "LOC"), _span(text, "Ardiansyah", "PERSON", occurrence=1)]
    persons = [m.text for m in merge_mentions(model, [], text) if m.label == "PERSON"]
    assert persons == ["Teuku Ardiansyah", "Ardiansyah"]


def test_entities_a_place_after_a_place_cue_or_with_a_common_word_stays_a_place() -> None:
    # "di Karangsari mengatakan": the place cue wins over the verb; "Jalan Sudarsono" holds a
    # common word, though the model tags "Sudarsono" a person elsewhere
    text = ("Warga di Karangsari mengatakan banjir surut. Rumah di Jalan Sudarsono rusak, "
            "kata Sudarsono kepada wartawan.")
    model = [_span(text, "Karangsari", "LOC"), _span(text, "Jalan Sudarsono", "LOC"),
             _span(text, "Sudarsono", "PERSON", occurrence=1)]
    labels = {m.text: m.label for m in merge_mentions(model, [], text)}
    assert labels["Karangsari"] in ("LOC", "GPE") and labels["Jalan Sudarsono"] in ("LOC", "GPE")


def test_entities_words_run_into_a_company_after_its_closing_legal_form_are_the_persons_first_names() -> None:
    # the model runs "PT ... Tbk" into the name after it: "Tbk" closes the company
    text = "Presiden Direktur PT Sinar Pagi Lestari Tbk Gandhi R. Wiranata mengatakan saham naik."
    model = [_span(text, "PT Sinar Pagi Lestari Tbk Gandhi R.", "ORG"), _span(text, "Wiranata", "PERSON")]
    labels = [(m.text, m.label) for m in merge_mentions(model, [], text) if m.label in ("ORG", "PERSON")]
    assert ("PT Sinar Pagi Lestari Tbk", "ORG") in labels and ("Gandhi R. Wiranata", "PERSON") in labels


def test_entities_a_common_word_after_a_closing_legal_form_stays_in_the_body() -> None:
    text = "Saham PT Sinar Pagi Tbk Utama naik, kata analis."
    model = [_span(text, "PT Sinar Pagi Tbk Utama", "ORG")]
    labels = [(m.text, m.label) for m in merge_mentions(model, [], text)]
    assert ("PT Sinar Pagi Tbk Utama", "ORG") in labels


def test_entities_a_place_that_opens_with_a_place_head_or_runs_after_of_stays_a_place() -> None:
    # "Bandara ..." names a building after a person; "Vice President of Logistik Niagaraya Anselmus
    # Wibisana" is a body run into a name: neither turns a person though a speech verb follows
    text = ("Bandara Husein Wiradiredja mengumumkan jadwal baru. Vice President of Logistik Niagaraya "
            "Anselmus Wibisana menilai tarif naik. \"Kami siap,\" kata Anselmus.")
    model = [_span(text, "Bandara Husein Wiradiredja", "LOC"),
             _span(text, "Logistik Niagaraya Anselmus Wibisana", "LOC"),
             _span(text, "Anselmus", "PERSON", occurrence=1)]
    labels = {m.text: m.label for m in merge_mentions(model, [], text)}
    assert labels.get("Bandara Husein Wiradiredja") != "PERSON"
    assert labels.get("Logistik Niagaraya Anselmus Wibisana") != "PERSON"


def test_entities_an_administrative_word_and_a_region_before_a_name_are_split_after_any_role() -> None:
    # "Kasatpol PP" heads no region by itself; "Kabupaten" + one word is the region, the rest the holder
    text = "Penertiban pedagang dilakukan. Plh Kasatpol PP Kabupaten Sukaraja Rahmat Anggana meninjau pasar."
    kept = [(m.text, m.label) for m in merge_mentions([_span(text, "Kabupaten Sukaraja Rahmat Anggana", "LOC")], [], text)]
    assert ("Rahmat Anggana", "PERSON") in kept and ("Kabupaten Sukaraja", "GPE") in kept


def test_entities_an_administrative_region_with_a_compass_word_stays_whole() -> None:
    # "Kabupaten Sukaraja Barat": a common word second is the region's; a one-word rest is no name here
    text = "Penertiban pedagang dilakukan. Plh Kasatpol PP Kabupaten Sukaraja Barat Rahmat Anggana meninjau pasar."
    kept = [(m.text, m.label) for m in merge_mentions([_span(text, "Kabupaten Sukaraja Barat Rahmat Anggana", "LOC")], [], text)]
    assert ("Rahmat Anggana", "PERSON") in kept and ("Kabupaten Sukaraja Barat", "GPE") in kept


@pytest.mark.parametrize("text, tagged, expected", [
    # a hyphenated given name the tokenizer split: the lower-case half belongs to the name
    ("Pelatih kepala Shin Tae-yong memuji kerja keras para pemain.", "Shin Tae", "Shin Tae-yong"),
    ("Presiden Korea Selatan Lee Jae-myung tiba di Jakarta pada Selasa.", "Lee Jae", "Lee Jae-myung"),
    # a particle or a doubled word after a hyphen is not part of the name
    ("Justru Budi Santoso-lah yang pertama melapor ke polisi.", "Budi Santoso", "Budi Santoso"),
    ("Warga mengusir Mpok Atiekdikejar-kejar hingga ke jalan raya.", "Mpok Atiekdikejar", "Mpok Atiekdikejar"),
    # a one-word name keeps its span: "Jokowi-nya" and the like are rare, a one-word tag is weak
    ("Pendukung Jokowi-Ma'ruf berkumpul di Solo.", "Jokowi", "Jokowi"),
])
def test_entities_merge_takes_the_hyphenated_half_of_a_given_name(text, tagged, expected):
    merged = merge_mentions([_span(text, tagged, "PERSON")], [], text)
    assert [m.text for m in merged if m.label == "PERSON"] == [expected]


def test_entities_office_head_before_a_term_by_last_word_equals_every_head_tried():
    """``_ends_with_head`` (only the heads ending with the run's last word) answers as trying every
    head of the table did, for every role head ending the run, every head cut by a word, and words
    that are no head; and ``office_term_before`` reads the docstring's cases. Fails when the index
    loses a head of several words, or a head matched at its first word only."""
    import random

    from ceksilang.extract.entities import _ends_with, _ends_with_head, load_role_words, office_term_before

    words = load_role_words()
    rng = random.Random(7)
    fillers = ["yang", "periode", "Jakarta", "kepala", "wakil", "dinas", "x", "2015"]
    runs = []
    for head in words.heads:
        before = [rng.choice(fillers).lower() for _ in range(rng.randrange(3))]
        runs.append([*before, *head])
        runs.append([*before, *head[1:]])  # the head without its first word: may or may not be a head
        runs.append([*before, *head, rng.choice(fillers).lower()])
    runs += [[w.lower() for w in rng.choices(fillers, k=rng.randrange(1, 6))] for _ in range(500)]
    for run in runs:
        for end in range(1, len(run) + 1):
            assert _ends_with_head(run, end, words) == bool(_ends_with(run[:end], words.heads)), (run, end)
    assert office_term_before("Menteri Perdagangan periode ", whole_years=False)
    assert office_term_before("Menteri Perdagangan ", whole_years=True)
    assert not office_term_before("Menteri Perdagangan ", whole_years=False)
    assert not office_term_before("ditemukan pada ", whole_years=True)


def test_entities_a_span_from_the_datelines_place_into_the_lead_starts_at_the_lead():
    # "Liputan6.com, LawumeraKementerian ..." is unglued with a space only; the model then reads the
    # dateline's place and the body opening the lead as one place, which a speaker would link to
    from ceksilang.extract.entities import merge_mentions  # noqa: PLC0415
    from ceksilang.model import Mention  # noqa: PLC0415

    text = "Liputan6.com, Lawumera Kementerian Sentosa memastikan stok beras aman pekan ini."
    start = text.index("Lawumera")
    end = text.index(" memastikan")
    merged = merge_mentions([Mention(doc="t", start=start, end=end, text=text[start:end], label="LOC")], [], text)
    assert [(m.text, text[m.start:m.end]) for m in merged] == [("Kementerian Sentosa", "Kementerian Sentosa")]
    # a span inside the lead is left as it is
    inside = text.index("Kementerian")
    kept = merge_mentions([Mention(doc="t", start=inside, end=end, text=text[inside:end], label="ORG")], [], text)
    assert [m.text for m in kept] == ["Kementerian Sentosa"]


def test_entities_a_dropped_given_name_after_a_rank_stays_in_the_name():
    # "Laksamana Muhammad Ardi Santoso" with "Ardi Santoso" later: "Muhammad" is the given name
    # writers leave out, not the region or body of the role before it
    text = ("Kepala Staf TNI Angkatan Laut (KSAL), Laksamana Muhammad Ardi Santoso melantik pejabat baru. "
            "Ardi Santoso berpesan agar amanah dijaga. \"Jaga kepercayaan ini,\" kata Ardi Santoso.")
    model = [_span(text, "Laksamana Muhammad Ardi Santoso", "PERSON"), _span(text, "Ardi Santoso", "PERSON", 1),
             _span(text, "Ardi Santoso", "PERSON", 2)]
    persons = [m.text for m in annotate_entities("d", text, model) if m.label == "PERSON"]
    assert persons[0] == "Muhammad Ardi Santoso"
    # a short form of it too ("Moh."); a region before the name is still cut
    short = text.replace("Muhammad", "Moh.")
    model = [_span(short, "Laksamana Moh. Ardi Santoso", "PERSON"), _span(short, "Ardi Santoso", "PERSON", 1)]
    assert [m.text for m in annotate_entities("d", short, model) if m.label == "PERSON"][0] == "Moh. Ardi Santoso"
    region = ("Bupati Lembah Hijau Agus Salim meresmikan pasar. Agus Salim mengatakan pasar itu baru. "
              "\"Silakan berbelanja,\" kata Agus Salim.")
    model = [_span(region, "Lembah Hijau Agus Salim", "PERSON"), _span(region, "Agus Salim", "PERSON", 1)]
    assert [m.text for m in annotate_entities("d", region, model) if m.label == "PERSON"][0] == "Agus Salim"


def test_entities_a_greeting_before_a_name_is_no_part_of_it():
    # a reply that greets its addressee ("Hai Rudi, ..."): the model takes the greeting into the name
    text = ("Rudi mengeluh di media sosial soal taksi daring. \"Hai Rudi, kami mohon maaf atas pengalaman ini,\" "
            "tulis akun resmi perusahaan itu.")
    model = [_span(text, "Rudi", "PERSON"), _span(text, "Hai Rudi", "PERSON")]
    persons = {m.text for m in annotate_entities("d", text, model) if m.label == "PERSON"}
    assert persons == {"Rudi"}


def test_entities_a_rank_that_names_its_force_is_cut_whole_before_the_name():
    # "Kombes Pol Darmawan Susilo": the model's span may start at "Pol", and another officer
    # written "Kombes Pol Hendra Wijaya" must not make "Pol" look like a first name used alone
    text = ("\"Kedua tersangka sudah kami tahan,\" kata Kabid Humas Polda Lembah, Kombes Pol Darmawan Susilo "
            "didampingi Dirreskrimum Polda Lembah, Kombes Pol Hendra Wijaya, Selasa. \"Kami masih memburu "
            "pelaku lain,\" ujar Kombes Pol Darmawan Susilo.")
    model = [_span(text, "Darmawan Susilo", "PERSON"), _span(text, "Pol Hendra Wijaya", "PERSON"),
             _span(text, "Darmawan Susilo", "PERSON", 1)]
    persons = [m.text for m in annotate_entities("d", text, model) if m.label == "PERSON"]
    assert persons == ["Darmawan Susilo", "Hendra Wijaya", "Darmawan Susilo"]


def test_entities_the_last_field_of_a_role_listed_with_dan_is_no_part_of_the_name():
    # "Kabid Penyelenggara Haji dan Umrah Sutrisno Hadi Wibowo": "Umrah" ends the role's fields
    text = "Kabid Penyelenggara Haji dan Umrah Sutrisno Hadi Wibowo menambahkan, layanan dibuka sejak pagi."
    model = [_span(text, "Umrah Sutrisno Hadi Wibowo", "PERSON")]
    assert [m.text for m in annotate_entities("d", text, model) if m.label == "PERSON"] == ["Sutrisno Hadi Wibowo"]
    # after a person's name, "dan" lists people: the next name is kept whole
    people = "Andi dan Bunga Citra Lestari hadir dalam acara itu."
    model = [_span(people, "Andi", "PERSON"), _span(people, "Bunga Citra Lestari", "PERSON")]
    assert [m.text for m in annotate_entities("d", people, model) if m.label == "PERSON"] == \
        ["Andi", "Bunga Citra Lestari"]
    # mend47: a one-word name that is a common word ("Cahaya", "Melati"), tagged a person, lists people too
    for people, first, second in (("Acara itu dipandu Cahaya dan Cinta Laura Kiehl.", "Cahaya", "Cinta Laura Kiehl"),
                                  ("Lagu itu dinyanyikan Melati dan Bunga Zainal Abidin.", "Melati",
                                   "Bunga Zainal Abidin")):
        model = [_span(people, first, "PERSON"), _span(people, second, "PERSON")]
        assert [m.text for m in annotate_entities("d", people, model) if m.label == "PERSON"] == [first, second]


def test_entities_a_body_the_article_names_is_cut_from_the_name_it_runs_into():
    # "Ketua Yayasan Pendidikan Nusa Harapan Widodo Santoso", with "Yayasan Pendidikan Nusa
    # Harapan" named as a body later: the body's last words are no part of the name
    text = ("Ketua Yayasan Pendidikan Nusa Harapan Widodo Santoso mengapresiasi panitia. Ia menegaskan "
            "Yayasan Pendidikan Nusa Harapan terus mendukung kegiatan itu.")
    model = [_span(text, "Yayasan Pendidikan", "ORG"), _span(text, "Nusa Harapan Widodo Santoso", "PERSON"),
             _span(text, "Yayasan Pendidikan Nusa Harapan", "ORG", 1)]
    assert [m.text for m in annotate_entities("d", text, model) if m.label == "PERSON"] == ["Widodo Santoso"]


def test_gazetteer_names_are_found_as_whole_words_with_their_opening_character_first() -> None:
    """The case-sensitive gazetteer pattern asks for the character before a name after the name's
    first character: the same places as a look-behind before it, found over texts that put names
    at the start, after letters, digits, hyphens, brackets and quote marks."""
    import re as _re

    from ceksilang.extract.entities import _gazetteer_regex, _opening_character_first, load_gazetteer
    from ceksilang.text import trie_regex

    pattern = _gazetteer_regex(False)
    assert not pattern.pattern.startswith("(?<!")
    names = sorted(set(load_gazetteer().exact_alias))[:400:7]
    looked_behind = _re.compile(r"(?<![\w])(?:" + trie_regex(names) + r")(?![\w])")
    first_character = _re.compile(_opening_character_first(set(names)) + r"(?![\w])")
    for before in ("", " ", "x", "9", "_", "-", "(", "“", "\n", "é"):
        for after in ("", " ", "x", ".", "-", "9"):
            text = " ".join(before + n + after for n in names) + " " + "".join(names)
            assert [m.span() for m in first_character.finditer(text)] == \
                [m.span() for m in looked_behind.finditer(text)]
    jakarta = "Jakarta" in load_gazetteer().exact_alias
    if jakarta:
        assert [m.group() for m in pattern.finditer("Jakarta, xJakarta 2Jakarta (Jakarta) Jakartanya")] == \
            ["Jakarta", "Jakarta"]


# --------------------------------------------------------------------------- name words after a rank


@pytest.mark.parametrize(("text", "tagged", "person"), [
    # the model leaves a long name's first word in the role after the rank (invented names)
    ("Kapolres Deli Serdang AKBP Fajar Rizki Akbar Siregar mengatakan dua pekerja tewas.",
     "Rizki Akbar Siregar", "Fajar Rizki Akbar Siregar"),
    # a title's initials between the rank and the name stay out of it
    ("Kapolres Langkat AKBP HM Fajar Rizki Akbar Siregar mengatakan dua pekerja tewas.",
     "Rizki Akbar Siregar", "Fajar Rizki Akbar Siregar"),
    # a rank of two words ("Kombes Pol", "Komisaris Polisi") is no name word
    ("Kabid Humas Polda Kalsel, Kombes Pol Mohammad Rifai, mengatakan tambang itu ditutup.",
     "Mohammad Rifai", "Mohammad Rifai"),
    ("Kepala Satlantas Polresta Cilacap Komisaris Polisi Nunung Farmadi mengatakan pikap itu terguling.",
     "Nunung Farmadi", "Nunung Farmadi"),
    # no rank before the words: a role's and a place's words are no name
    ("Kepala Dinas Kesehatan Kabupaten Sragen Udayanti Proborini mengatakan 59 siswa mual.",
     "Udayanti Proborini", "Udayanti Proborini"),
    # a rank that is also a common word ("kapten" of a team): the word after it names the team
    ("Kapten Persija Rizky Ridho mengatakan timnya siap.", "Rizky Ridho", "Rizky Ridho"),
    ("Kapten Timnas Jay Idzes mengatakan timnya siap.", "Jay Idzes", "Jay Idzes"),
    # a rank's branch word ("Kolonel Laut") is the rank's, not the name's
    ("Komandan Lanal Kolonel Laut Budi Santoso mengatakan kapal itu ditahan.", "Budi Santoso", "Budi Santoso"),
    ("Danlanal Kolonel Laut Budi Santoso mengatakan kapal itu ditahan.", "Santoso", "Budi Santoso"),
    # a title written as a word ("Hj", "Drs") stays out of the name, as initials do
    ("Kapolres AKBP Hj Siti Aminah mengatakan hal itu.", "Siti Aminah", "Siti Aminah"),
    ("Kapolres AKBP Drs Siti Aminah mengatakan hal itu.", "Siti Aminah", "Siti Aminah"),
    ("Kapolres AKBP Hj Ratna Siti Aminah mengatakan hal itu.", "Siti Aminah", "Ratna Siti Aminah"),
])
def test_entities_capitalised_words_between_a_rank_and_a_tagged_person_open_the_name(text, tagged, person):
    merged = merge_mentions([_span(text, tagged, "PERSON")], [], text)
    assert [m.text for m in merged if m.label == "PERSON"] == [person]


def test_region_ends_before_a_naming_tradition_word() -> None:
    # "Kadispar Bali I Wayan Suardika" tagged as one place: after a regional role the region is the
    # known place and the name opens with the Balinese "I", never "Bali I Wayan" and "Suardika"
    text = '"Semua wisatawan akan aman," kata Kadispar Bali I Wayan Suardika, seperti dikutip Antara.'
    start, end = text.index("Bali I"), text.index(", seperti")
    span = Mention(doc="t", start=start, end=end, text=text[start:end], label="LOC", origin="model")
    assert [(m.label, m.text) for m in _split_region_and_person(span, text, [])] == \
        [("GPE", "Bali"), ("PERSON", "I Wayan Suardika")]


@pytest.mark.parametrize("text, tagged, label, region, person", [
    ('"Berkas sudah lengkap," kata Kepala Pusat Penerangan Hukum Kejaksaan Agung Harli Siregar di Jakarta.',
     "Kejaksaan Agung Harli Siregar", "ORG", "Kejaksaan Agung", "Harli Siregar"),
    ('"Putusan sudah dikirim," ujar Juru Bicara Mahkamah Agung Yanto Sobandi kepada wartawan.',
     "Mahkamah Agung Yanto Sobandi", "ORG", "Mahkamah Agung", "Yanto Sobandi"),
])
def test_region_ending_in_a_naming_tradition_word_is_still_cut_when_it_is_a_known_body(
        text, tagged, label, region, person) -> None:
    # "Agung" also opens Balinese names, but "Kejaksaan Agung" is a body the gazetteer knows:
    # the word ends that body's name, and the holder's name after it stands alone
    start = text.index(tagged)
    span = Mention(doc="t", start=start, end=start + len(tagged), text=tagged, label=label, origin="model")
    assert [m.text for m in _split_region_and_person(span, text, [])] == [region, person]
    assert [m.label for m in _split_region_and_person(span, text, [])][1] == "PERSON"
