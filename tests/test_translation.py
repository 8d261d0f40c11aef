"""Cross-lingual stories and translations (issue 17) on the hand-written pairs of
tests/gold/crosslingual, analysed once as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from ceksilang.cli import main
from ceksilang.evaluate.crosslingual import score
from ceksilang.model import Document
from ceksilang.reconcile.sources import source_key
from ceksilang.reconcile.stories import english_content_terms

GOLD = Path(__file__).resolve().parent / "gold" / "crosslingual"


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("crosslingual")
    assert main(["analyze", str(GOLD / "documents.jsonl"), "--out", str(out), "--no-progress"]) == 0
    return json.loads((out / "briefing.json").read_text(encoding="utf-8"))


def test_english_words_become_indonesian_keys_never_english_surfaces():
    keys = [k for k, _, _ in english_content_terms("Troops from North Korea: 4,500 soldiers.")]
    assert "#4500" in keys  # the English thousands comma, the Indonesian key of "4.500"
    assert {"korea", "utara"} <= set(keys)  # the place row of the word list
    assert "troops" not in keys and "soldiers" not in keys


def test_a_translation_is_tied_to_its_original_and_its_changed_qualifier_shown(briefing):
    docs = {d["id"]: d for d in briefing["documents"]}
    tr = docs["id-2-quake"]["translated_from"]
    assert tr["doc"] == "en-2-quake" and tr["share"] >= 0.5 and tr["changes"] >= 1
    (change,) = [c for d in briefing["discrepancies"] if d["kind"] == "translation"
                 for c in d["changes"] if c["doc_b"] == "id-2-quake"]
    assert change["meaning"] == "qualifier" and change["figure_a"].startswith("about 8,000")
    assert "about 8,000" in change["a"] and "8.000 rumah" in change["b"]
    # each aligned pair points at a sentence of each text
    en, idn = docs["en-2-quake"]["text"], docs["id-2-quake"]["text"]
    assert any("Tomas Reyan" in en[p["source"][0]:p["source"][1]] and "Tomas Reyan" in idn[p["translation"][0]:p["translation"][1]]
               for p in tr["pairs"])


def test_a_faithful_translation_is_one_source_with_its_original(briefing):
    docs = {d["id"]: d for d in briefing["documents"]}
    assert docs["id-1-port-fire"]["translated_from"]["doc"] == "en-1-port-fire"
    assert docs["id-1-port-fire"]["translated_from"]["changes"] == 0
    # the Indonesian report of its own on the same fire is no translation
    assert docs["id-1-port-fire-own"]["translated_from"] is None
    # one independent source: the translation's source is its original's outlet
    by_id = {i: Document.from_dict(docs[i]) for i in ("en-1-port-fire", "id-1-port-fire", "id-2-quake", "en-2-quake")}
    assert source_key(by_id["id-1-port-fire"], by_id) == source_key(by_id["en-1-port-fire"], by_id)
    # a translation that changed a figure is an account of its own
    assert source_key(by_id["id-2-quake"], by_id) != source_key(by_id["en-2-quake"], by_id)


def test_unrelated_english_reports_stay_apart_and_are_no_original(briefing):
    docs = {d["id"]: d for d in briefing["documents"]}
    for story in briefing["stories"]:
        if "en-x-chess" in story["docs"] or "en-x-satellite" in story["docs"]:
            assert len(story["docs"]) == 1
    assert not [d for d in docs.values() if (d.get("translated_from") or {}).get("doc", "").startswith("en-x")]


def test_tuning_part_scores_stay_at_their_measured_floor(briefing):
    # floors are what the tuning part measured at the commit that set them; the test part's
    # figures are reported in docs/crosslingual.md, never tuned on
    gold = yaml.safe_load((GOLD / "gold.yaml").read_text(encoding="utf-8"))
    tune = score(briefing, gold, "tune")
    # every tuning translation of 36: pair 64's, which the grouping alone leaves in a story of its
    # own, is found while grouping (``CrossStoryTranslations``) and joins its original's story
    # pairs 80-82 (branch xlgroup2) were written to share little wording: 80 and 81 are not found
    # as translations (46 of 48; with pairs 83-85 of branch xlgroup3, 49 of 51)
    assert tune["translations"]["precision"] == 1.0 and tune["translations"]["recall"] >= 0.958
    # the hard negatives of pairs 26-31 (other news of the same places and leaders, the same days)
    # had joined their pairs' stories on the names every report of those countries gives (0.76 /
    # 0.94 / 0.84); where an English report is compared, keys other than those names must make
    # part of the cosine (stories.py, ``min_own_similarity_english``): 0.94 / 0.94 / 0.94. Left:
    # the coffee festival in the landslide's town, and the fire's own report a day later.
    # Pairs 69-77 (branch xlchange) brought other news of a pair's town and day; a toll road near
    # Solok joined the quarry collapse there on place names alone (0.92 / 0.96 / 0.94) until
    # words had to make part of the cosine too (``min_word_similarity_english``): 0.96 / 0.96 / 0.96
    # Branch xlgroup2's eleven unrelated reports (the same agency, official, war or kind of event as
    # a pair, the same day) joined three pairs' stories (0.89 / 0.94 / 0.91) until a story and a
    # report compared across languages that each give counts and share none stay apart
    # (``english_counted_elsewhere``); a rendering sharing three counts or days joins from 0.2
    # (``english_evidence_join_weight``): 1.00 / 0.96 / 0.98
    # Branch xlgroup3's twelve unrelated reports and pairs 83-85: two Harbor Press reports of one
    # city joined on the outlet's name in their datelines, and a rendering went with the hospital
    # director's other news (0.91 / 0.94 / 0.93) until an English report's own outlet gave no key
    # (``english_own_outlet_apart``) and three counts and days in common outranked a closer cosine
    # (``english_evidence_first``): 1.00 / 0.96 / 0.98
    assert tune["story_grouping"]["precision"] >= 0.98 and tune["story_grouping"]["f1"] >= 0.98
    # every change of the tuning part, and nothing else (unit conversions are no change)
    # measured on the tuning part with pairs 60-64 (branch xchange2, pair 64's qualifier since
    # branch xtrans): the one miss is the speaker of pair 27 (its sentence is not aligned: the
    # word list lacks its words)
    # pairs 66-68 (branch xlgroup): a place before its kind or a time word, a district written
    # "Distrik Harven", the coast guard's act given to the navy
    # pairs 69-77 (branch xlchange): a report of fighting given as the minister's visit, an agency's
    # act given to another, soldiers for border police, who shot down whom turned round; near
    # dropped, a city's curfew given to its province, a ship's place swapped, north for south
    assert tune["changes"]["by_kind"] == {"actor": "9/9", "figure": "5/5", "negation": "7/7", "place": "11/11",
                                          "qualifier": "11/11", "speaker": "7/8"}
    # pair 82 (branch xlgroup2) brings two false alarms, left: "failing to check" rendered "tidak
    # memeriksa" (negation added) and "Kestrel Bank said" rendered "Pihak bank" (actor changed)
    assert tune["changes"]["false_alarms_per_pair"] <= 0.042


def test_a_rewrite_in_metric_units_is_found_and_unchanged_and_a_wrong_conversion_is_a_change(briefing):
    docs = {d["id"]: d for d in briefing["documents"]}
    # acres, miles, degrees Fahrenheit, gallons and feet given in hectares, km, Celsius, litres, metres
    assert docs["id-7-wildfire"]["translated_from"]["doc"] == "en-7-wildfire"
    assert docs["id-7-wildfire"]["translated_from"]["changes"] == 0
    changes = [c for d in briefing["discrepancies"] if d["kind"] == "translation"
               for c in d["changes"] if c["doc_b"] == "id-8-storm"]
    # "8 feet" → "2,4 meter" and "75 miles per hour" → "120 km per jam" are right; "10 miles" → "10 km" is not
    assert sorted((c["meaning"], c["figure_a"], c["figure_b"]) for c in changes) == [
        ("figure", "10 miles", "10 km"), ("qualifier", "up to 12,000 people", "12.000 orang")]


def test_a_changed_figure_in_a_sentence_between_aligned_ones_is_found(briefing):
    # "43 passengers" became "34 penumpang": the changed sentence shares fewer words with its
    # original, and is aligned through the order of its neighbours
    (change,) = [c for d in briefing["discrepancies"] if d["kind"] == "translation"
                 for c in d["changes"] if c["doc_b"] == "id-5-ferry"]
    assert change["meaning"] == "figure" and "43 passengers" in change["a"] and "34 penumpang" in change["b"]


# --------------------------------------------------------------------------- what a translation changed
# Short invented pairs: two faithful lead sentences (so the Indonesian text is found to translate
# the English one), then the sentence under test.

_LEAD_EN = ("Heavy rain flooded the coastal town of Marisol on Monday, the disaster agency said. "
            "Rescue teams evacuated 300 families from the river bank.")
_LEAD_ID = ("Hujan lebat membanjiri kota pesisir Marisol pada Senin, kata badan penanggulangan bencana. "
            "Tim penyelamat mengevakuasi 300 keluarga dari tepi sungai.")


def _changes(english: str, indonesian: str) -> list[str]:
    return [c["meaning"] for c in _change_records(english, indonesian)]


def _change_records(english: str, indonesian: str) -> list[dict]:
    from ceksilang.model import RawDocument, Source  # noqa: PLC0415 - whole extraction of each text
    from ceksilang.pipeline import analyze_raw  # noqa: PLC0415
    from ceksilang.reconcile.translation import find_translations  # noqa: PLC0415

    def read(doc_id: str, text: str, language: str, published: str) -> Document:
        return analyze_raw(RawDocument(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text,
                                       format="text", language=language, published=published))

    en = read("en", f"{_LEAD_EN} {english}", "en", "2026-06-01T10:00:00+00:00")
    idn = read("id", f"{_LEAD_ID} {indonesian}", "id", "2026-06-01T12:00:00+00:00")
    found = find_translations([en, idn])
    assert idn.translated_from and idn.translated_from["doc"] == "en"
    return [c for d in found for c in d.changes]


@pytest.mark.parametrize("english, indonesian, expected", [
    # a negation word inside a fixed phrase English renders without one is no negation
    ("Russia launched 40 drones at the town on Sunday night, officials said.",
     "Rusia meluncurkan 40 pesawat tanpa awak ke kota itu pada Minggu malam, kata pejabat.", []),
    ("It was not yet clear how many houses were damaged, officials said.",
     "Belum jelas berapa banyak rumah yang rusak, kata pejabat.", []),
    # ... but a real negation next to it still counts
    ("Russia did not launch 40 drones at the town on Sunday night, officials said.",
     "Rusia meluncurkan 40 pesawat tanpa awak ke kota itu pada Minggu malam, kata pejabat.", ["negation lost"]),
    # "as many as" is usually rendered "sebanyak"; "up to" dropped is a changed qualifier
    ("As many as 12,000 people have fled the region, officials said.",
     "Sebanyak 12.000 orang telah mengungsi dari wilayah itu, kata pejabat.", []),
    ("Up to 12,000 people have fled the region, officials said.",
     "12.000 orang telah mengungsi dari wilayah itu, kata pejabat.", ["qualifier"]),
    # the spokesperson's words given to the one they speak for
    ('"We are deeply concerned about the flood," said Stefan Dumont, spokesman for U.N. Secretary '
     'General Amara Okonkwo.', '"Kami sangat prihatin tentang banjir ini," kata Sekjen PBB Amara Okonkwo.',
     ["speaker changed"]),
    ('"We are deeply concerned about the flood," said Stefan Dumont, spokesman for U.N. Secretary '
     'General Amara Okonkwo.', '"Kami sangat prihatin tentang banjir ini," kata Stefan Dumont, juru bicara '
     'Sekjen PBB Amara Okonkwo.', []),
    # reported words turned into the speaker's own act
    ("Governor Lina Maro said 200 soldiers were in Marisol on Tuesday.",
     "Gubernur Lina Maro mengunjungi Marisol pada Selasa bersama 200 tentara.", ["actor changed"]),
    ("Governor Lina Maro said 200 soldiers were in Marisol on Tuesday.",
     "Gubernur Lina Maro mengatakan 200 tentara berada di Marisol pada Selasa.", []),
    # an English name qualifying a noun ("Indonesian flash flood") is no place that was replaced
    ("The Indonesian flash flood killed 17 people in the hills on Monday.",
     "Banjir bandang di Sulawesi menewaskan 17 orang di perbukitan pada Senin.", []),
    # another place named instead
    ("The aid convoy of 40 trucks reached Ostrel on Tuesday.",
     "Konvoi bantuan berisi 40 truk tiba di Varnesk pada Selasa.", ["place changed"]),
    ("The aid convoy of 40 trucks reached Ostrel on Tuesday.",
     "Konvoi bantuan berisi 40 truk tiba di Ostrel pada Selasa.", []),
    # a figure in another unit of its measure: the same figure when converted right
    ("The fire burned about 15 miles north of the town, where it reached 104 degrees Fahrenheit.",
     "Api membakar sekitar 24 km di utara kota, tempat suhu mencapai 40 derajat Celsius.", []),
    ("The convoy drove 10 miles (16 km) along the river road.",
     "Konvoi itu menempuh 16 km di sepanjang jalan sungai.", []),
    ("The truck carried 200 pounds of rice and 500 gallons of water.",
     "Truk itu membawa 91 kg beras dan 1.900 liter air.", []),
    ("The convoy drove 10 miles along the river road.",
     "Konvoi itu menempuh 10 km di sepanjang jalan sungai.", ["figure"]),
    ("The convoy drove 10 miles (16 km) along the river road.",
     "Konvoi itu menempuh 10 km di sepanjang jalan sungai.", ["figure"]),
    # a prison term is a figure in both languages: changed, or rendered alike
    ("A court sentenced the former mayor to 12 years in prison for bribery on Monday.",
     "Pengadilan menjatuhkan hukuman 15 tahun penjara kepada mantan wali kota itu atas suap pada Senin.",
     ["figure"]),
    ("A court sentenced the former mayor to 12 years in prison for bribery on Monday.",
     "Pengadilan menjatuhkan hukuman 12 tahun penjara kepada mantan wali kota itu atas suap pada Senin.", []),
    # two figures that count different things are not one figure changed: a sentence whose
    # halves went to two sentences, each keeping figures of its own
    ("The mud buried at least 23 houses in the village after two days of heavy rain, officials said.",
     "Lumpur menimbun sedikitnya 23 rumah di desa itu, kata pejabat. Hujan deras turun selama dua hari.", []),
    # a score written alike is the same figure, however each language reads it
    ("Marisol beat Ostrel 2-1 in the final on Sunday.",
     "Marisol mengalahkan Ostrel 2-1 di final pada Minggu.", []),
    # "cannot" negates as "tidak bisa" does
    ('"Heavy trucks cannot reach the village until the road is cleared," he said.',
     '"Truk berat tidak bisa mencapai desa itu sampai jalan dibersihkan," ujarnya.', []),
    ('"Heavy trucks can reach the village once the road is cleared," he said.',
     '"Truk berat tidak bisa mencapai desa itu sampai jalan dibersihkan," ujarnya.', ["negation added"]),
    # the measure between a qualifier and its figure ("hingga radius 2 km") keeps the qualifier
    ("Windows were shattered up to 2 km away from the blast.",
     "Kaca jendela pecah hingga radius 2 km dari ledakan.", []),
    ("Windows were shattered up to 2 km away from the blast.",
     "Kaca jendela pecah 2 km dari ledakan.", ["qualifier"]),
    # a sentence split in two: the negation kept in one half is kept
    ("The court struck down a law that let officials block websites without a court order, saying it "
     "violated free speech.",
     "Mahkamah membatalkan undang-undang yang memungkinkan pejabat memblokir situs tanpa perintah pengadilan. "
     "Mahkamah menilai aturan itu melanggar kebebasan berpendapat.", []),
    # "nyaris" is "nearly" as "hampir" is: the same qualifier
    ("Nearly 300 families were evacuated from the valley on Tuesday, officials said.",
     "Nyaris 300 keluarga dievakuasi dari lembah itu pada Selasa, kata pejabat.", []),
    # an English possessive is the same speaker as the body named after it in Indonesian
    ("Ostrel's foreign ministry said the troops were taking part in a scheduled exercise.",
     "Kementerian Luar Negeri Ostrel menyatakan pasukan tersebut mengikuti latihan terjadwal.", []),
    # the tail of a sentence split in two, left unaligned, keeps its negation; without it the
    # negation is lost
    ("The agency said another 120 families had left the town on Tuesday, a figure that could not be "
     "independently verified.",
     "Badan itu menyebut 120 keluarga lagi telah meninggalkan kota itu pada Selasa. Angka tersebut belum "
     "dapat diverifikasi secara independen.", []),
    ("The agency said another 120 families had left the town on Tuesday, a figure that could not be "
     "independently verified.",
     "Badan itu menyebut 120 keluarga lagi telah meninggalkan kota itu pada Selasa. Angka tersebut telah "
     "diverifikasi.", ["negation lost"]),
    # times of day are written in the 24-hour form in Indonesian: no figure changed
    ('"Please switch off air conditioners between 5 p.m. and 9 p.m.," the mayor said.',
     '"Matikan pendingin udara antara pukul 17.00 dan 21.00," kata wali kota.', []),
    # an English word that holds a negation, rendered with a negation word, is none added; an
    # English negation rendered by an Indonesian word that holds one is none lost
    ("The energy ministry declined to comment on the blackouts.",
     "Kementerian Energi tidak bersedia berkomentar soal pemadaman listrik.", []),
    ("Hospitals have yet to report any deaths from the heat.",
     "Rumah sakit belum melaporkan kematian akibat panas.", []),
    ("Nearly 8,000 households were without power on Monday.",
     "Hampir 8.000 rumah tangga mengalami pemadaman listrik pada Senin.", []),
    ("The energy ministry commented on the blackouts.",
     "Kementerian Energi tidak berkomentar soal pemadaman listrik.", ["negation added"]),
    # the country a rewrite adds after a city says where the city is, it names no other place
    ("The talks were held in Geneva on Monday, the ministry said.",
     "Perundingan itu digelar di Jenewa, Swiss, pada Senin, kata kementerian.", []),
    # a later sentence of background back on the same topic is compared with nothing; the
    # rendering itself with another figure is a change
    ("Temperatures reached 43 degrees Celsius in the town, the weather agency said. Schools will stay "
     "closed on Tuesday.",
     "Suhu di kota itu mencapai 43 derajat Celsius, kata badan cuaca. Sekolah tetap ditutup pada Selasa. "
     "Di negara tetangga, suhu di sejumlah kota pernah mencapai 37 derajat Celsius.", []),
    ("Temperatures reached 43 degrees Celsius in the town, the weather agency said. Schools will stay "
     "closed on Tuesday.",
     "Suhu di kota itu mencapai 37 derajat Celsius, kata badan cuaca. Sekolah tetap ditutup pada Selasa.",
     ["figure"]),
    # office titles and news verbs through the news word list: the signing sentence is aligned
    # to its rendering (not to the sentence naming the minister), and the signer replaced is seen
    ("The deal was signed in Marisol by Deputy Trade Minister Mira Tenn and ambassador Pavel Rusk, "
     "according to the ministry. Trade Minister Oren Dask said the two countries had also agreed to cut "
     "tariffs.",
     "Menurut kementerian, kesepakatan itu ditandatangani di Marisol oleh Menteri Perdagangan Oren Dask "
     "dan Duta Besar Pavel Rusk. Dask mengatakan kedua negara juga sepakat memangkas tarif.",
     ["actor changed"]),
    # an office acting in another's place: the ministry's delivery given to the president (the
    # ministry still named as the spokesman's, once), and a body's words given to another
    ("The health ministry sent 20 doctors to the town, ministry spokeswoman Lina Arvo said.",
     "Presiden mengirim 20 dokter ke kota itu, kata juru bicara Kementerian Kesehatan Lina Arvo.",
     ["actor changed"]),
    ("Two fishermen were missing after their boat sank, police said.",
     "Dua nelayan hilang setelah perahu mereka tenggelam, kata militer.", ["speaker changed"]),
    # the same offices in other words: a prime minister is no ministry, an official by title
    ("Prime Minister Dalen Ro visited the shelters, the government said.",
     "PM Dalen Ro mengunjungi tempat pengungsian, kata pemerintah.", []),
    # a place related another way: troops near a border said to have crossed it
    ("Army units were seen near the northern border on Sunday, witnesses said.",
     "Pasukan militer terlihat melintasi perbatasan utara pada Minggu, kata saksi.", ["place changed"]),
    ("The boat capsized near the island of Tevra, fishermen said.",
     "Perahu itu terbalik di dekat Pulau Tevra, kata nelayan.", []),
    # a place named instead of another after the same descriptor: "kota" renders "town", the
    # town is another; the same town with its province added is none
    ("The convoy stopped near the town of Orsk on Friday, officials said.",
     "Konvoi itu berhenti di dekat kota Velna pada Jumat, kata pejabat.", ["place changed"]),
    # a negation word written as a name (a province, a district) negates nothing
    ("Villagers were moved from Tak province to shelters in the town.",
     "Warga dipindahkan dari Provinsi Tak ke penampungan di kota itu.", []),
    # a negation counts when it negates what the other sentence renders: a clause of the
    # rewrite's own ("korban yang belum ditemukan") or one it drops ("although ... was not
    # immediately clear") turns no meaning around; the rendered verb negated does
    ("Rescue teams kept working through the rubble on Monday, the agency said.",
     "Tim penyelamat terus bekerja di reruntuhan pada Senin untuk mencari korban yang belum ditemukan, "
     "kata badan itu.", []),
    ("Rescue teams found the last victims in the rubble on Monday, the agency said.",
     "Tim penyelamat belum menemukan korban terakhir di reruntuhan pada Senin, kata badan itu.",
     ["negation added"]),
    ("Fresh clashes broke out in the border province on Sunday, although the number of dead was not "
     "immediately clear.",
     "Bentrokan baru pecah di provinsi perbatasan pada Minggu.", []),
    ("The minister said the government respected the ruling and would prepare a new bill.",
     "Menteri mengatakan pemerintah menghormati putusan itu, tetapi tidak akan menyiapkan rancangan "
     "undang-undang baru.", ["negation added"]),
    # "bukan pertama kalinya Marisol ..." negates the "first", not the name after it
    ("Marisol expelled two foreign diplomats on Tuesday, the ministry said.",
     "Marisol mengusir dua diplomat asing pada Selasa, kata kementerian. Ini bukan pertama kalinya "
     "Marisol mengusir diplomat asing.", []),
    # two sentences of the original merged in one: the negation is in the second
    ("The official was detained after a trip abroad in late July. He has not been seen in public since.",
     "Pejabat itu tidak pernah terlihat di depan publik sejak ditahan usai perjalanan ke luar negeri "
     "pada akhir Juli.", []),
    # "unlikely" holds a negation: "tidak mungkin" renders it
    ('Asked if there were still survivors, the governor said it was "unlikely".',
     'Ditanya apakah masih ada korban selamat, gubernur mengatakan hal itu "tidak mungkin".', []),
    # a capital standing for its government is who acts, no place a rewrite drops
    ("Marisol plans to build a new naval base, a move that could anger Beijing.",
     "Marisol berencana membangun pangkalan angkatan laut baru di Ostrel.", []),
    # a name before a time word names a place: the talks moved to another city
    ("Talks between the two sides will resume in Geneva next week, the minister said.",
     "Perundingan kedua pihak akan dilanjutkan di Wina pekan depan, kata menteri.", ["place changed"]),
    ("Talks between the two sides will resume in Geneva next week, the minister said.",
     "Perundingan kedua pihak akan dilanjutkan di Jenewa pekan depan, kata menteri.", []),
    # a name before the kind of place it is names that place; the rewrite's capitalised kind
    # ("Distrik") is no part of which district it names
    ("A fire destroyed a warehouse in the Lindmark district of Marisol on Saturday, officials said.",
     "Kebakaran menghanguskan sebuah gudang di Distrik Harven, Marisol, pada Sabtu, kata pejabat.",
     ["place changed"]),
    ("A fire destroyed a warehouse in the Lindmark district of Marisol on Saturday, officials said.",
     "Kebakaran menghanguskan sebuah gudang di Distrik Lindmark, Marisol, pada Sabtu, kata pejabat.", []),
    # the coast guard's act given to the navy; rendered as the coast guard it is no change
    ("The coast guard escorted three fuel tankers into the harbour on Sunday, officials said.",
     "Angkatan Laut mengawal tiga kapal tanker bahan bakar masuk ke pelabuhan pada Minggu, kata pejabat.",
     ["actor changed"]),
    ("The coast guard escorted three fuel tankers into the harbour on Sunday, officials said.",
     "Penjaga pantai mengawal tiga kapal tanker bahan bakar masuk ke pelabuhan pada Minggu, kata pejabat.",
     []),
    # (branch xlchange) reported words turned into the act of a speaker the tagger misses after a
    # long title: the name written in the sentence is enough
    ("Defence Minister Piotr Kessa said 300 soldiers were fighting inside Marisol on Tuesday.",
     "Menteri Pertahanan Ostrelia Piotr Kessa mengunjungi Marisol pada Selasa bersama 300 tentara.",
     ["actor changed"]),
    # an agency's act given to a ministry; the agency rendered is no change
    ("The aviation safety board grounded 12 planes of the airline on Friday, officials said.",
     "Kementerian Perhubungan melarang 12 pesawat maskapai itu terbang pada Jumat, kata pejabat.", ["actor changed"]),
    ("The aviation safety board grounded 12 planes of the airline on Friday, officials said.",
     "Dewan keselamatan penerbangan melarang 12 pesawat maskapai itu terbang pada Jumat, kata pejabat.", []),
    # border police turned into soldiers
    ("Two reporters were detained by border police near the dam on Friday, their newspaper said.",
     "Dua wartawan ditahan tentara di dekat bendungan pada Jumat, kata surat kabar mereka.", ["actor changed"]),
    # who did it to whom turned round; the same roles in the other word order, or a passive made
    # active, are no change
    ("Government troops repelled an attack by rebels on the town on Friday, officials said.",
     "Pemberontak memukul mundur serangan tentara pemerintah ke kota itu pada Jumat, kata pejabat.",
     ["actor changed"]),
    ("Government troops repelled an attack by rebels on the town on Friday, officials said.",
     "Tentara pemerintah memukul mundur serangan pemberontak ke kota itu pada Jumat, kata pejabat.", []),
    ("A former minister was questioned by police on Friday over the contract, officials said.",
     "Polisi memeriksa seorang mantan menteri pada Jumat terkait kontrak itu, kata pejabat.", []),
    # "near" a village rendered as in it; kept as "di dekat" it is no change
    ("Two rockets fell near the village of Brenno on Friday, officials said.",
     "Dua roket jatuh di desa Brenno pada Jumat, kata pejabat.", ["place changed"]),
    ("Two rockets fell near the village of Brenno on Friday, officials said.",
     "Dua roket jatuh di dekat desa Brenno pada Jumat, kata pejabat.", []),
    # the place of the original's other name: a bus that overturned near where it was going
    # put near where it came from; a town's closure given to its province
    ("A bus travelling from Orsk to Lemva overturned near Lemva on Friday, officials said.",
     "Sebuah bus yang melaju dari Orsk ke Lemva terguling di dekat Orsk pada Jumat, kata pejabat.",
     ["place changed"]),
    ("A bus travelling from Orsk to Lemva overturned near Lemva on Friday, officials said.",
     "Sebuah bus yang melaju dari Orsk ke Lemva terguling di dekat Lemva pada Jumat, kata pejabat.", []),
    ("Police closed the schools in the town of Pellis on Friday, the governor of Arvo province said.",
     "Polisi menutup sekolah-sekolah di Provinsi Arvo pada Jumat, kata Gubernur Arvo.", ["place changed"]),
    ("Police closed the schools in the town of Pellis on Friday, the governor of Arvo province said.",
     "Polisi menutup sekolah-sekolah di kota Pellis pada Jumat, kata Gubernur Provinsi Arvo.", []),
    # east for west; a direction inside a name rendered with it is none
    ("Floods cut roads in the east of the country on Friday, officials said.",
     "Banjir memutus jalan-jalan di wilayah barat negara itu pada Jumat, kata pejabat.", ["place changed"]),
    ("Floods cut roads in the east of the country on Friday, officials said.",
     "Banjir memutus jalan-jalan di wilayah timur negara itu pada Jumat, kata pejabat.", []),
    ("Marisol expelled two diplomats of North Korea on Friday, the ministry said.",
     "Marisol mengusir dua diplomat Korea Utara pada Jumat, kata kementerian.", []),
])
def test_translation_changes_flagged(english, indonesian, expected):
    assert _changes(english, indonesian) == expected


def test_a_name_of_common_words_rendered_is_not_the_place_named_instead():
    # "Stadion Nasional" renders "National Stadium"; Kelmar is the place named instead of Varnesk
    (change,) = _change_records("Marisol beat Ostrel in the final at the National Stadium in Varnesk on Sunday.",
                                "Marisol mengalahkan Ostrel di final di Stadion Nasional di Kelmar pada Minggu.")
    assert (change["meaning"], change["note"]) == ("place changed", "Varnesk → Kelmar")


def test_a_country_in_the_dateline_is_no_place_replaced():
    # "SEMARANG, Indonesia (Harbor Press) -" says where the report was filed from; a rewrite that
    # drops it and gives the town its province names no other place
    from ceksilang.model import RawDocument, Source  # noqa: PLC0415
    from ceksilang.pipeline import analyze_raw  # noqa: PLC0415
    from ceksilang.reconcile.translation import find_translations  # noqa: PLC0415

    en = analyze_raw(RawDocument(
        id="en", source=Source(path="en.txt"), format="text", language="en", published="2026-06-01T10:00:00+00:00",
        text=f"SEMARANG, Indonesia (Harbor Press) - Floods forced 2,000 people from their homes in Kudus on "
             f"Monday, officials said. {_LEAD_EN}"))
    idn = analyze_raw(RawDocument(
        id="id", source=Source(path="id.txt"), format="text", language="id", published="2026-06-01T12:00:00+00:00",
        text=f"Banjir memaksa 2.000 warga Kudus, Jawa Tengah, mengungsi pada Senin, kata pejabat. {_LEAD_ID}"))
    assert find_translations([en, idn]) == [] and idn.translated_from["doc"] == "en"


def test_a_pair_list_is_read_with_its_texts_and_its_errors_named(tmp_path):
    from ceksilang.evaluate.crosslingual import read_pair_list  # noqa: PLC0415

    (tmp_path / "en.txt").write_text("The convoy reached Ostrel on Tuesday.", encoding="utf-8")
    (tmp_path / "id.txt").write_text("Konvoi itu tiba di Ostrel pada Selasa.", encoding="utf-8")
    listing = tmp_path / "pairs.yaml"
    listing.write_text(yaml.safe_dump({
        "documents": [{"id": "e", "language": "en", "story": "s", "file": "en.txt", "published": "2026-06-02"},
                      {"id": "i", "language": "id", "story": "s", "file": "id.txt", "published": "2026-06-02"}],
        "pairs": [{"pair": 1, "english": "e", "indonesian": "i", "translated": True, "changes": []}]}), encoding="utf-8")
    records, gold = read_pair_list(listing)
    assert [r["id"] for r in records] == ["e", "i"] and records[1]["text"].startswith("Konvoi")
    assert gold["stories"] == {"e": "s", "i": "s"} and gold["pairs"][0]["split"] == "real"
    (tmp_path / "id.txt").unlink()
    with pytest.raises(ValueError, match=r"pairs\.yaml: document i: no text file"):
        read_pair_list(listing)


def test_an_unrelated_report_given_a_split_counts_in_that_split_only():
    gold = {"pairs": [{"pair": 1, "split": "tune", "english": "en-a", "indonesian": "id-a", "changes": []},
                      {"pair": 2, "split": "test", "english": "en-b", "indonesian": "id-b", "changes": []}],
            "stories": {"en-a": "a", "id-a": "a", "en-b": "b", "id-b": "b", "x-both": "x1", "x-test": "x2"},
            "unrelated_split": {"x-test": "test"}}
    # the test-only negative wrongly joins the test pair's story: the test part counts it, the
    # tune part does not hold it at all
    briefing = {"stories": [{"id": "s1", "docs": ["en-a", "id-a"]}, {"id": "s2", "docs": ["en-b", "id-b", "x-test"]},
                            {"id": "s3", "docs": ["x-both"]}],
                "documents": [], "discrepancies": []}
    tune, test = score(briefing, gold, "tune"), score(briefing, gold, "test")
    assert tune["documents"] == 3 and tune["story_grouping"]["precision"] == 1.0
    assert test["documents"] == 4 and test["story_grouping"]["precision"] == round(1 / 3, 4)
    assert score(briefing, gold)["documents"] == 6


def test_a_whole_report_wrapped_in_background_is_still_its_translation():
    # every English sentence rendered, in order, but the rewrite adds more sentences of its own
    # (local context, earlier floods) than it renders: its own aligned share is under a half
    english = ("The river rose 3 metres in six hours, the agency said. Police closed the bridge to Ostrel on "
               "Monday evening. Governor Lina Maro asked residents to stay away from the river bank.")
    indonesian = ("Sungai naik 3 meter dalam enam jam, kata badan itu. Polisi menutup jembatan ke Ostrel pada "
                  "Senin malam. Gubernur Lina Maro meminta warga menjauhi tepi sungai. "
                  "Wilayah itu dikenal sebagai lumbung padi provinsi. Banjir besar terakhir terjadi pada 2019. "
                  "Saat itu ribuan hektare sawah terendam. Pemerintah pusat kemudian membangun tanggul baru. "
                  "Pembangunan tanggul itu menelan biaya besar. Warga sempat memprotes lambatnya pembangunan.")
    assert _change_records(english, indonesian) == []


def test_an_original_the_grouping_left_in_another_story_is_still_found():
    from ceksilang.model import RawDocument, Source  # noqa: PLC0415 - whole extraction of each text
    from ceksilang.pipeline import analyze_raw  # noqa: PLC0415
    from ceksilang.reconcile.translation import find_translations_in  # noqa: PLC0415

    def read(doc_id: str, text: str, language: str, published: str) -> Document:
        return analyze_raw(RawDocument(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text,
                                       format="text", language=language, published=published))

    english = f"{_LEAD_EN} Police closed the bridge to Ostrel on Monday evening."
    indonesian = f"{_LEAD_ID} Polisi menutup jembatan ke Ostrel pada Senin malam."
    en = read("en", english, "en", "2026-06-01T10:00:00+00:00")
    idn = read("id", indonesian, "id", "2026-06-02T08:00:00+00:00")
    assert find_translations_in([("s-en", [en]), ("s-id", [idn])]) == {"s-en": [], "s-id": []}
    assert idn.translated_from and idn.translated_from["doc"] == "en"
    # an English report a week older is no original of a report in another story
    old = read("en-old", english, "en", "2026-05-25T10:00:00+00:00")
    find_translations_in([("s-en", [old]), ("s-id", [idn])])
    assert idn.translated_from is None


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d["documents"].append(dict(d["documents"][0])), r"document id 'e' is given twice"),
    (lambda d: d["documents"][0].update(language="english"), r"document e: language must be one of en, id"),
    (lambda d: d["pairs"][0].update(english="i", indonesian="e"), r"pair 1: 'english' must name an en document"),
    (lambda d: d["pairs"][0].update(changes=["qualifiers"]), r"pair 1: unknown change kind\(s\) \['qualifiers'\]"),
])
def test_a_pair_list_with_a_wrong_entry_is_refused_with_the_entry_named(tmp_path, edit, message):
    from ceksilang.evaluate.crosslingual import read_pair_list  # noqa: PLC0415

    (tmp_path / "en.txt").write_text("The convoy reached Ostrel on Tuesday.", encoding="utf-8")
    (tmp_path / "id.txt").write_text("Konvoi itu tiba di Ostrel pada Selasa.", encoding="utf-8")
    data = {"documents": [{"id": "e", "language": "en", "story": "s", "file": "en.txt"},
                          {"id": "i", "language": "id", "story": "s", "file": "id.txt"}],
            "pairs": [{"pair": 1, "english": "e", "indonesian": "i", "changes": []}]}
    edit(data)
    listing = tmp_path / "pairs.yaml"
    listing.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_pair_list(listing)


def test_an_unquoted_date_in_a_pair_list_reaches_the_record_as_iso_text(tmp_path):
    from ceksilang.evaluate.crosslingual import read_pair_list  # noqa: PLC0415

    (tmp_path / "en.txt").write_text("The convoy reached Ostrel on Tuesday.", encoding="utf-8")
    listing = tmp_path / "pairs.yaml"
    listing.write_text("documents:\n- {id: e, language: en, story: s, file: en.txt, published: 2023-02-24}\npairs: []\n",
                       encoding="utf-8")
    records, _ = read_pair_list(listing)
    assert records[0]["published"] == "2023-02-24"
    json.dumps(records)  # what analyse_pair_list writes: no date object left to trip it

# An invented wire report and an Indonesian rewrite of it a day later that wraps its five
# sentences in seven of local background (and drops "At least"): the story grouping alone leaves
# the two in two stories (cosine 0.37 x one day's decay), and the briefing reconciles one story
# at a time.
_MINE_EN = ("KORVEL, Norvakia (Harbor Press) - At least 9 miners were trapped after a tunnel of a copper mine "
            "flooded in northern Norvakia on Tuesday, the mining ministry said.\n\n"
            "Rescue teams pumped water from the shaft near the village of Astren overnight, ministry spokesman "
            "Pavel Droz told reporters.\n\n"
            "The mine had passed a safety inspection in March, Droz said.\n\n"
            "Families of the miners gathered at the gate of the mine.\n\n"
            "Engineers said an underground river had broken into the tunnel.")
_MINE_ID = ("Sembilan penambang terjebak setelah terowongan tambang tembaga kebanjiran di Norvakia utara pada "
            "Selasa (9/6/2026), kata kementerian pertambangan.\n\n"
            "Tim penyelamat memompa air dari lubang tambang di dekat Desa Astren sepanjang malam, kata juru "
            "bicara kementerian.\n\n"
            "Menurut juru bicara itu, tambang tersebut lolos pemeriksaan keselamatan pada Maret.\n\n"
            "Keluarga para penambang berkumpul di gerbang tambang.\n\n"
            "Para insinyur mengatakan sungai bawah tanah menerobos masuk ke terowongan.\n\n"
            "Wilayah utara negeri itu dikenal sebagai pusat industri logam sejak zaman kolonial.\n\n"
            "Ribuan warga desa sekitar menggantungkan hidup dari pekerjaan di perusahaan tambang.\n\n"
            "Serikat buruh berulang kali menuntut perbaikan upah dan jaminan kesehatan bagi pekerja.\n\n"
            "Harga tembaga dunia melonjak tahun lalu sehingga produksi digenjot siang dan malam.\n\n"
            "Pemerhati lingkungan menilai pengawasan pemerintah daerah terhadap perusahaan masih lemah.\n\n"
            "Sebagian besar hasil produksi dikirim lewat pelabuhan ke pabrik peleburan di luar negeri.\n\n"
            "Musim hujan tahun ini datang lebih awal dibandingkan tahun-tahun sebelumnya.")


def _mine_briefing(english_published: str, indonesian_published: str = "2026-06-10T09:00:00+07:00"):
    from ceksilang.model import RawDocument, Source  # noqa: PLC0415 - whole extraction of each text
    from ceksilang.pipeline import analyze_raw  # noqa: PLC0415
    from ceksilang.reconcile.briefing import MemorySource, build_briefing  # noqa: PLC0415

    def read(doc_id: str, text: str, language: str, published: str, title: str) -> Document:
        return analyze_raw(RawDocument(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, format="text",
                                       language=language, published=published, title=title))

    docs = [read("en-mine", _MINE_EN, "en", english_published, "Miners trapped in flooded Norvakia copper mine"),
            read("id-mine", _MINE_ID, "id", indonesian_published,
                 "Sembilan Penambang Terjebak di Tambang Tembaga Norvakia")]
    return build_briefing(MemorySource(docs))


def test_a_translation_the_grouping_left_apart_joins_its_originals_story_in_the_briefing():
    briefing = _mine_briefing("2026-06-09T07:00:00+00:00")
    assert [sorted(s.docs) for s in briefing.stories] == [["en-mine", "id-mine"]]
    docs = {d.id: d for d in briefing.documents}
    assert docs["id-mine"].translated_from["doc"] == "en-mine"
    assert docs["en-mine"].translated_from is None
    (change,) = [c for d in briefing.discrepancies if d.kind == "translation" for c in d.changes]
    assert change["meaning"] == "qualifier" and change["doc_a"] == "en-mine" and change["doc_b"] == "id-mine"
    assert "At least 9" in change["a"] and "Sembilan penambang" in change["b"]


def test_an_english_report_older_than_the_translation_window_is_neither_original_nor_joined():
    # the same texts, the English report published five days earlier: no translation is that late
    briefing = _mine_briefing("2026-06-05T07:00:00+00:00")
    assert sorted(sorted(s.docs) for s in briefing.stories) == [["en-mine"], ["id-mine"]]
    assert all(d.translated_from is None for d in briefing.documents)
    assert not [d for d in briefing.discrepancies if d.kind == "translation"]


def test_a_place_the_rewrite_names_elsewhere_is_not_replaced_by_a_vaguer_one():
    # "in Varnesk" rendered "di Ostrel" (the country) by a rewrite that names Varnesk further on
    # says where it happened less precisely, not somewhere else; a rewrite that never names
    # Varnesk again has the place replaced
    sentence_en = "A building collapsed in Varnesk on Sunday, killing six people, investigators said."
    tail_en = " The search in the old town of Varnesk went on overnight, firefighters said."
    tail_id = " Pencarian di kota tua Varnesk berlanjut sepanjang malam, kata petugas pemadam kebakaran."
    assert _changes(sentence_en + tail_en,
                    "Sebuah bangunan runtuh di Ostrel pada Minggu dan menewaskan enam orang, kata penyelidik."
                    + tail_id) == []
    assert _changes(sentence_en, "Sebuah bangunan runtuh di Kelmar pada Minggu dan menewaskan enam orang, "
                                 "kata penyelidik.") == ["place changed"]


def _headline_pair(english_body: str):
    from ceksilang.model import RawDocument, Source  # noqa: PLC0415 - whole extraction of each text
    from ceksilang.pipeline import analyze_raw  # noqa: PLC0415
    from ceksilang.reconcile.translation import find_translations  # noqa: PLC0415

    en = analyze_raw(RawDocument(id="en", source=Source(path="en.txt"), format="text", language="en",
                                 published="2026-06-01T10:00:00+00:00",
                                 text=f"31 dead in Marisol prison riot\n\n{english_body} {_LEAD_EN}"))
    idn = analyze_raw(RawDocument(id="id", source=Source(path="id.txt"), format="text", language="id",
                                  published="2026-06-01T12:00:00+00:00",
                                  text="Setidaknya 31 narapidana tewas dalam kerusuhan penjara di Marisol, kata "
                                       f"otoritas penjara. {_LEAD_ID}"))
    return [c["meaning"] for d in find_translations([en, idn]) for c in d.changes], idn


def test_a_headline_without_the_bodys_qualifier_is_no_changed_qualifier():
    # a headline drops "at least" by style: "31 dead" against the rewrite's "Setidaknya 31" is none;
    # the same exact figure in a sentence of the body is a qualifier added
    meanings, idn = _headline_pair("Prison authorities said inmates rioted on Sunday.")
    assert idn.translated_from and meanings == []
    meanings, _ = _headline_pair("Prison authorities said 31 inmates died in a riot on Sunday.")
    assert meanings == ["qualifier"]


def test_a_two_sentence_summary_of_a_reports_lead_is_no_translation():
    from ceksilang.model import RawDocument, Source  # noqa: PLC0415 - whole extraction of each text
    from ceksilang.pipeline import analyze_raw  # noqa: PLC0415
    from ceksilang.reconcile.translation import find_translations  # noqa: PLC0415

    en = analyze_raw(RawDocument(id="en", source=Source(path="en.txt"), format="text", language="en",
                                 published="2026-06-01T10:00:00+00:00", text=f"{_LEAD_EN} The river fell by "
                                 "the evening, and families began returning on Tuesday, officials said."))
    short = analyze_raw(RawDocument(id="id", source=Source(path="id.txt"), format="text", language="id",
                                    published="2026-06-01T12:00:00+00:00", text=_LEAD_ID))
    assert find_translations([en, short]) == [] and short.translated_from is None



def _read(doc_id: str, text: str, language: str, published: str, url: str | None = None) -> Document:
    from ceksilang.model import RawDocument, Source  # noqa: PLC0415 - whole extraction of each text
    from ceksilang.pipeline import analyze_raw  # noqa: PLC0415
    return analyze_raw(RawDocument(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, format="text",
                                   language=language, published=published, url=url))


@pytest.mark.parametrize(("text", "expected"), [
    ("Laporan media pemerintah, seperti dilansir Associated Press, Rabu (1/10/2025), menyebut hal itu.", {"AP"}),
    ("Hal itu disampaikan juru bicara, dikutip dari kantor berita AFP, Senin.", {"AFP"}),
    ("Reuters melaporkan bahwa kapal itu tenggelam.", {"Reuters"}),
    ("Dua jurnalis Reuters terluka dalam serangan itu.", set()),  # an outlet named, not cited
    ("Ia menyiapkan rap dan lagu baru, dilansir situs resminya.", set()),  # no outlet's name at all
    ("Peritel bernama X5 Group, mengutip laporan keuangannya, merugi.", set()),  # "bernama" (named) is no Bernama
])
def test_the_outlet_an_indonesian_report_cites_as_its_source_is_read(text, expected):
    from ceksilang.reconcile.translation import attributed_outlets  # noqa: PLC0415
    doc = Document(id="d", source=None, text=text, language="id")
    assert set(attributed_outlets(doc)) == expected


def test_an_english_reports_own_outlet_comes_from_its_dateline_or_domain():
    from ceksilang.reconcile.translation import own_outlet  # noqa: PLC0415
    dateline = Document(id="a", source=None, text="KABUL, Afghanistan (AP) - An official said 19 people were lashed.",
                        url="https://www.example-syndicator.com/x")
    assert own_outlet(dateline) == "AP"  # a wire's copy on another site
    assert own_outlet(Document(id="b", source=None, text="Fire broke out.", url="https://www.reuters.com/world/x")) == "Reuters"
    assert own_outlet(Document(id="c", source=None, text="Fire broke out.", url="https://newsbeep.com/1")) is None


def test_the_outlet_a_rewrite_cites_is_chosen_among_originals_that_align_alike_and_no_other():
    from ceksilang.reconcile.translation import original_across  # noqa: PLC0415
    other = _read("en-other", _MINE_EN, "en", "2026-06-09T07:00:00+00:00", "https://www.theguardian.com/world/mine")
    wire = _read("en-wire", _MINE_EN, "en", "2026-06-09T07:00:00+00:00", "https://apnews.com/article/mine")
    cited = _read("id-ap", _MINE_ID.replace("kata kementerian pertambangan.",
                                            "kata kementerian pertambangan, seperti dilansir Associated Press."),
                  "id", "2026-06-10T09:00:00+07:00")
    assert original_across(cited, [other, wire]) == "en-wire"
    # a rewrite citing another outlet (or none) keeps the best aligned original, the first of equals
    elsewhere = _read("id-afp", _MINE_ID.replace("kata kementerian pertambangan.",
                                                 "kata kementerian pertambangan, seperti dilansir AFP."),
                      "id", "2026-06-10T09:00:00+07:00")
    assert original_across(elsewhere, [other, wire]) == "en-other"
    plain = _read("id-plain", _MINE_ID, "id", "2026-06-10T09:00:00+07:00")
    assert original_across(plain, [other, wire]) == "en-other"


def test_a_cited_outlets_report_of_another_event_is_no_original():
    from ceksilang.reconcile.translation import original_across  # noqa: PLC0415
    other_event = _read("en-ap-other", "WASHINGTON (AP) - The Senate passed a budget bill on Tuesday after a long "
                        "debate. The vote was 52 to 48. Senators will return in July.",
                        "en", "2026-06-09T07:00:00+00:00", "https://apnews.com/article/budget")
    cited = _read("id-ap", _MINE_ID.replace("kata kementerian pertambangan.",
                                            "kata kementerian pertambangan, seperti dilansir Associated Press."),
                  "id", "2026-06-10T09:00:00+07:00")
    assert original_across(cited, [other_event]) is None


def test_while_grouping_a_report_citing_an_outlet_is_compared_with_that_outlets_reports_of_its_days():
    from ceksilang.reconcile.translation import CrossStoryTranslations  # noqa: PLC0415
    cites_ap = _MINE_ID.replace("kata kementerian pertambangan.",
                                "kata kementerian pertambangan, seperti dilansir Associated Press.")
    docs = {d.id: d for d in [
        _read("en-ap", _MINE_EN, "en", "2026-06-09T07:00:00+00:00", "https://apnews.com/article/mine"),
        _read("en-guardian", _MINE_EN, "en", "2026-06-09T07:00:00+00:00", "https://www.theguardian.com/world/mine"),
        _read("id-ap", cites_ap, "id", "2026-06-10T09:00:00+07:00"),
        _read("id-afp", cites_ap.replace("Associated Press", "AFP"), "id", "2026-06-10T09:00:00+07:00"),
        _read("id-plain", _MINE_ID, "id", "2026-06-10T09:00:00+07:00"),
    ]}
    day = 740000
    # story vectors sharing one weak key: a cosine under across_candidate_similarity, so the
    # story keys alone never make either English report a candidate
    weak = {"tambang": 0.05, "x": 0.99}
    for english_id in ("en-guardian", "en-ap"):
        cross = CrossStoryTranslations(lambda ids: [docs[i] for i in ids if i in docs])
        cross.add_original(english_id, day, {"tambang": 0.05, "y": 0.99})
        assert cross.original_of("id-plain", day + 1, weak) is None  # cites nothing
        assert cross.original_of("id-afp", day + 1, weak) is None  # cites another outlet
        expected = "en-ap" if english_id == "en-ap" else None  # only the outlet it cites
        assert cross.original_of("id-ap", day + 1, weak) == expected


def test_a_relation_of_several_words_dropped_is_quoted_up_to_its_place():
    # "close to" is one relation of two words: the note quotes it with the place it relates to
    (change,) = _change_records("Shells landed close to the town of Dubro on Monday, officials said.",
                                "Peluru menghantam kota Dubro pada Senin, kata pejabat.")
    assert change["meaning"] == "place changed"
    assert change["note"].startswith("close to the town of Dubro →")


# One invented ferry sinking: an English wire report, its faithful Indonesian translation, and four
# Indonesian reports of their own, short and dense with the same names and figures (two of them
# align 0.8 of their sentences to the wire, over min_share, without translating it).
_FERRY_EN = (
    "KERIM, Valdoria (Harbor Press) - A ferry carrying 212 passengers sank in the Kerim Strait on Tuesday, "
    "killing at least 31 people, the coast guard said. Rescuers pulled 164 survivors from the water and 17 "
    "people are still missing, coast guard spokesman Arlen Voss told reporters. The ferry Lorvan Star left "
    "the port of Dessa at 6 a.m. and capsized in heavy waves two hours later. Voss said the ship was "
    "overloaded and that its captain had ignored a storm warning. Navy divers will resume the search on "
    "Wednesday morning.")
_FERRY_TRANSLATION = (
    "Sebuah feri yang mengangkut 212 penumpang tenggelam di Selat Kerim pada Selasa, menewaskan sedikitnya 31 "
    "orang, kata penjaga pantai. Tim penyelamat menarik 164 korban selamat dari air dan 17 orang masih hilang, "
    "kata juru bicara penjaga pantai Arlen Voss kepada wartawan. Feri Lorvan Star meninggalkan pelabuhan Dessa "
    "pukul 06.00 dan terbalik diterjang ombak besar dua jam kemudian. Voss mengatakan kapal itu kelebihan muatan "
    "dan nakhodanya mengabaikan peringatan badai. Penyelam angkatan laut akan melanjutkan pencarian pada Rabu pagi.")
_FERRY_OWN = (
    "Feri Lorvan Star tenggelam di Selat Kerim, Valdoria, Selasa. Sedikitnya 31 penumpang tewas dalam musibah itu. "
    "Sebanyak 164 penumpang selamat, sementara 17 orang lainnya masih hilang. Kapal membawa 212 penumpang dari "
    "pelabuhan Dessa. Juru bicara penjaga pantai Arlen Voss menyebut kapal kelebihan muatan.",
    "Korban tewas tenggelamnya feri Lorvan Star di Selat Kerim bertambah menjadi 31 orang. Arlen Voss dari penjaga "
    "pantai Valdoria mengatakan 17 penumpang belum ditemukan. Feri berangkat dari Dessa dengan 212 penumpang. "
    "Ombak besar diduga membuat kapal terbalik. Keluarga korban menunggu kabar di pelabuhan.",
    "Penyelam angkatan laut Valdoria mencari 17 penumpang feri Lorvan Star yang hilang di Selat Kerim. Sebanyak 31 "
    "orang tewas dan 164 orang selamat. Nakhoda disebut mengabaikan peringatan badai, kata Arlen Voss. "
    "Pencarian dilanjutkan Rabu pagi. Pemerintah menyatakan hari berkabung.",
    "Tragedi feri di Selat Kerim: 212 penumpang, 31 tewas, 17 hilang. Feri Lorvan Star terbalik dua jam setelah "
    "meninggalkan Dessa pada Selasa pagi. Penjaga pantai menyebut kapal kelebihan muatan. Presiden Valdoria "
    "memerintahkan penyelidikan.")


def _ferry_story(own: tuple[str, ...]) -> list[Document]:
    from ceksilang.model import RawDocument, Source
    from ceksilang.pipeline import analyze_raw
    from ceksilang.reconcile.link import link_entities
    from ceksilang.reconcile.translation import find_translations

    texts = [("en", _FERRY_EN, "en"), ("tr", _FERRY_TRANSLATION, "id")]
    texts += [(f"own{i}", t, "id") for i, t in enumerate(own)]
    docs = [analyze_raw(RawDocument(id=i, source=Source(path="ferry"), text=t, format="text",
                                    published="2026-03-10", language=lang)) for i, t, lang in texts]
    link_entities(docs)
    find_translations(docs, "story:ferry")
    return docs


def test_reports_of_one_event_are_no_translations_of_its_wire_but_the_translation_is():
    docs = {d.id: d for d in _ferry_story(_FERRY_OWN)}
    assert docs["tr"].translated_from and docs["tr"].translated_from["doc"] == "en"
    # own0 and own2 align 0.8 of their sentences to the wire: the names and figures of the event
    assert [i for i in ("own0", "own1", "own2", "own3") if docs[i].translated_from] == []


def test_with_few_reports_of_the_event_the_share_alone_decides():
    # one report of its own is no background to measure against: the faithful translation is found
    # on its share (a dense report of its own may pass too then: the known limit of a small story)
    docs = {d.id: d for d in _ferry_story(_FERRY_OWN[:1])}
    assert docs["tr"].translated_from and docs["tr"].translated_from["doc"] == "en"
    assert docs["tr"].translated_from["share"] == 1.0


def test_the_whole_set_reconciles_without_an_error(briefing):
    # a story whose reconciliation raises is listed without entities, claims or translations: an
    # English and an Indonesian report's detail slots (values in each language's own words) once
    # crashed two stories here and lost their translations
    assert briefing["errors"] == []
