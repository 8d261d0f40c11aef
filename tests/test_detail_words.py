"""Details told in words (issue 20): two outlets giving one event's slot two values that cannot
both hold — the part of the day, the vehicle, the cause, the room or kind of place, the weapon,
a named person's job or place on the road — with no number to compare."""

from __future__ import annotations

import pytest

from ceksilang.model import Discrepancy, Document, Entity, Source
from ceksilang.reconcile.discrepancies import detail_discrepancies
from ceksilang.text import split_sentences

_ENTITIES = [Entity(id="loc:tebet", name="Tebet", type="LOC"),
             Entity(id="per:budi", name="Budi Santoso", type="PERSON")]


def _doc(doc_id: str, text: str, outlet: str, published: str = "2025-06-19T10:00:00+07:00") -> Document:
    doc = Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, outlet=outlet, published=published)
    doc.sentences = split_sentences(text)
    return doc


def _details(a: str, b: str, day_b: str = "2025-06-19T12:00:00+07:00") -> list[Discrepancy]:
    docs = [_doc("a", a, "Detik"), _doc("b", b, "Kompas", day_b)]
    return [d for d in detail_discrepancies("s", docs, {d.id: d for d in docs}, _ENTITIES) if d.kind == "detail"]


@pytest.mark.parametrize("a, b, value_a, value_b", [
    ("Kebakaran melanda permukiman padat di Tebet, Jakarta Selatan, pada Kamis (19/6/2025) pagi.",
     "Kebakaran melanda permukiman padat di Tebet, Jakarta Selatan, pada Kamis (19/6/2025) malam.",
     "pagi", "malam"),
    ("Kebakaran rumah di Tebet diduga akibat korsleting listrik, kata petugas damkar.",
     "Kebakaran rumah di Tebet diduga akibat tabung gas bocor, kata petugas damkar.",
     "korsleting listrik", "tabung gas"),
    ("Budi Santoso tewas setelah sepeda motor yang dikendarainya ditabrak truk di Tebet.",
     "Budi Santoso tewas setelah sepeda motor yang dikendarainya ditabrak bus di Tebet.", "truk", "bus"),
    ("Api kebakaran di Tebet berasal dari dapur rumah warga, kata petugas.",
     "Api kebakaran di Tebet berasal dari kamar tidur rumah warga, kata petugas.", "dapur", "kamar tidur"),
    ("Jasad Budi Santoso ditemukan di sungai dekat permukiman warga Tebet oleh petugas.",
     "Jasad Budi Santoso ditemukan di sawah dekat permukiman warga Tebet oleh petugas.", "sungai", "sawah"),
    ("Budi Santoso, sopir angkot itu, terluka dalam kecelakaan di Tebet.",
     "Budi Santoso, penumpang angkot itu, terluka dalam kecelakaan di Tebet.", "sopir", "penumpang"),
    ("Korban, Budi Santoso (45), seorang petani, ditemukan tewas di rumahnya di Tebet.",
     "Korban, Budi Santoso (45), seorang nelayan, ditemukan tewas di rumahnya di Tebet.", "petani", "nelayan"),
])
def test_one_event_told_with_two_values_of_a_slot_in_words_is_a_contradiction(a, b, value_a, value_b):
    (found,) = _details(a, b)
    assert found.status == "contradiction" and found.docs == ["a", "b"]
    # the value as the slot reads it ("kamar tidur") or as the swapped word ("kamar")
    assert f"“{value_a}" in found.explanation and f"“{value_b.split()[0]}" in found.explanation


def test_a_weapon_swapped_in_one_sentence_is_told_once():
    # the word rule and the slot rule both see "pisau" / "celurit": one discrepancy, not two
    found = _details("Pelaku menyerang Budi Santoso menggunakan sebilah pisau di dekat pasar Tebet.",
                     "Pelaku menyerang Budi Santoso menggunakan sebilah celurit di dekat pasar Tebet.")
    assert len(found) == 1 and "pisau" in found[0].explanation and "celurit" in found[0].explanation


@pytest.mark.parametrize("a, b", [
    # one report telling both parts of the day tells a sequence (the fire, then the cooling down)
    ("Kebakaran melanda permukiman padat di Tebet pada Kamis malam. Api baru padam Jumat pagi.",
     "Kebakaran melanda permukiman padat di Tebet pada Jumat pagi."),
    # a word of the slot with no cue is not this event's detail: a curfew, a hospital, general advice
    ("Pemerintah Tebet memberlakukan jam malam bagi warga Tebet mulai pekan ini.",
     "Pemerintah Tebet memberlakukan jam pagi bagi warga Tebet mulai pekan ini."),
    ("Petugas damkar Tebet menyebut korsleting listrik sering jadi penyebab kebakaran.",
     "Warga Tebet diminta waspada, kebakaran sering terjadi karena kompor gas yang ditinggal."),
    # a job told of many next to a place name ("para petani di Tebet"), in two accounts of one
    # programme told in other words: no actor whose job it is
    ("Pemerintah kota menyalurkan bantuan pupuk kepada para petani di Tebet pekan ini.",
     "Bantuan pupuk dari pemerintah kota diterima para nelayan di Tebet pekan ini, kata lurah."),
    # groups listed as a programme's recipients are no one's job
    ("Pekerja hingga guru honorer di Tebet bisa mengecek nama penerima bantuan upah pekan ini.",
     "Pekerja/buruh di Tebet bisa mengecek nama penerima bantuan upah lewat aplikasi pekan ini."),
    # next parts of the day are one hour told two ways (or in another time zone)
    ("Tim voli Indonesia kalah dari Bahrain pada Jumat (20/6/2025) dini hari di Manama, kata pelatih tim Tebet.",
     "Tim voli Indonesia kalah dari Bahrain pada Kamis (19/6/2025) malam di Manama, kata pelatih tim Tebet."),
    # a part of the day that closes or opens a span tells how long something went on, not when the
    # moment happened: the derailment at midday, the evacuation still going on "until Saturday night"
    ("Kereta rel listrik anjlok di perlintasan Tebet pada Sabtu siang, kata petugas.",
     "Hingga Sabtu malam, evakuasi kereta rel listrik yang anjlok di perlintasan Tebet masih berlangsung, kata petugas."),
    # a box car is a truck
    ("Kereta rel listrik tertemper truk di perlintasan Tebet pada Jumat siang, kata petugas.",
     "Kereta rel listrik tertemper mobil box di perlintasan Tebet pada Jumat siang, kata petugas."),
    # paraphrases and headline verbs are never two values
    ("Budi Santoso jadi pengganti ketua panitia lomba di Tebet tahun ini.",
     "Budi Santoso capai posisi ketua panitia lomba selanjutnya di Tebet tahun ini."),
])
def test_sequences_uncued_words_and_paraphrases_are_no_detail(a, b):
    assert _details(a, b) == []


def test_two_values_of_an_unordered_slot_on_two_days_are_left_alone():
    # a later day's report may tell another night's event: not compared
    assert _details("Kebakaran melanda permukiman padat di Tebet, Jakarta Selatan, pada Kamis siang.",
                    "Kebakaran melanda permukiman padat di Tebet, Jakarta Selatan, pada Kamis malam.",
                    day_b="2025-06-21T12:00:00+07:00") == []


def test_an_event_detail_inside_a_quote_counts_and_a_legal_status_inside_one_does_not():
    # where a fire started is a detail whoever tells it, an official in a quote included
    found = _details("“Api kebakaran di Tebet berasal dari dapur rumah warga,” kata Kapolsek Tebet.",
                     "“Api kebakaran di Tebet berasal dari garasi rumah warga,” ujar Kapolsek Tebet.")
    assert len(found) == 1 and "“dapur”" in found[0].explanation and "“garasi”" in found[0].explanation
    # a verdict read out names "terdakwa" whatever the status the story tells: quotes stay out
    assert _details("Polisi Tebet memeriksa Budi Santoso sebagai saksi kasus korupsi dana desa Tebet.",
                    "“Menyatakan Budi Santoso sebagai terdakwa kasus korupsi dana desa Tebet,” kata hakim.") == []


def test_a_job_swapped_in_one_sentence_told_twice_is_a_detail_with_no_name_next_to_it():
    # the aligned sentence says the two words fill one slot: no name is needed beside them
    found = _details("Korban yang sehari-hari bekerja sebagai petani itu ditemukan tewas tertimbun longsor di Tebet.",
                     "Korban yang sehari-hari bekerja sebagai nelayan itu ditemukan tewas tertimbun longsor di Tebet.")
    assert len(found) == 1 and "“petani”" in found[0].explanation and "“nelayan”" in found[0].explanation
    # two days apart, as for the slot rule: no flag
    assert _details("Korban yang sehari-hari bekerja sebagai petani itu ditemukan tewas tertimbun longsor di Tebet.",
                    "Korban yang sehari-hari bekerja sebagai nelayan itu ditemukan tewas tertimbun longsor di Tebet.",
                    day_b="2025-06-22T12:00:00+07:00") == []
    # one value told by two of its words is no swap ("buruh" / "karyawan": one job)
    assert _details("Korban yang sehari-hari bekerja sebagai buruh itu ditemukan tewas tertimbun longsor di Tebet.",
                    "Korban yang sehari-hari bekerja sebagai karyawan itu ditemukan tewas tertimbun longsor di Tebet.") == []


# disc54: the grade of the road at a crash, uphill against downhill, told in different words
@pytest.mark.parametrize("a, b, item", [
    ("Bus yang membawa rombongan Budi Santoso terguling saat melaju di jalan menurun di kawasan Tebet.",
     "Bus rombongan Budi Santoso terguling di Tebet ketika melintasi jalan menanjak yang licin, kata polisi.", True),
    ("Truk yang dikemudikan Budi Santoso hilang kendali di turunan tajam kawasan Tebet lalu menabrak rumah.",
     "Truk Budi Santoso hilang kendali lalu menabrak rumah di Tebet setelah gagal melewati tanjakan curam.", True),
    # a count going down is no road ("jumlah kasus menurun"): no item
    ("Jumlah kecelakaan bus di Tebet yang melibatkan Budi Santoso dan rekan menurun tahun ini, kata polisi.",
     "Bus rombongan Budi Santoso terguling di Tebet ketika melintasi jalan menanjak tahun ini, kata polisi.", False),
])
def test_a_road_told_uphill_by_one_outlet_and_downhill_by_another_is_an_item(a, b, item):
    found = [d for d in _details(a, b) if "menanjak" in d.explanation or "tanjakan" in d.explanation]
    assert bool(found) is item
