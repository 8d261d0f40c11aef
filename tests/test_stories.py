"""Stories: grouping documents that report one developing event."""

from __future__ import annotations

from collections import Counter
import json
import re

import pytest
import yaml

from ceksilang.evaluate.ner import labelled_news_documents
from ceksilang.model import Document, Mention, Quantity, Quote, Source, TimeExpr
from ceksilang.reconcile.stories import (
    EVIDENCE_PREFIX,
    speaking_places,
    background_idf,
    StoryIndex,
    StorySettings,
    content_terms,
    count_terms,
    distinct_names,
    document_frequencies,
    english_content_terms,
    event_kind_keys,
    event_day,
    evidence_weight,
    group_stories,
    market_reading_keys,
    pair_scores,
    place_entity_key,
    place_name_key,
    title_name_keys,
    publication_day,
    service_headline,
    undated_arrival_days,
)
from ceksilang.text import stem, stopwords
from tests.conftest import REPO, needs_corpus

GOLD = REPO / "tests" / "gold" / "stories_fidelity.yaml"
# Floors pinned from bench/results/stories.json (measured: tune F1 0.888, test F1 0.828). Only raise.
FLOOR_TUNE_F1 = 0.85
FLOOR_TEST_F1 = 0.78
FLOOR_TEST_PRECISION = 0.9


def doc(doc_id: str, text: str, title: str | None = None, published: str | None = "2025-03-01",
        **kw) -> Document:
    return Document(id=doc_id, source=Source(f"{doc_id}.txt"), text=text, title=title, published=published, **kw)


# Invented articles: two events on the same day, each reported by differently worded outlets.
FLOOD = [
    ("banjir-a", "Banjir merendam ratusan rumah di Kabupaten Lumajang",
     "Banjir bandang merendam 420 rumah warga di Kabupaten Lumajang setelah sungai Bondoyudo meluap. "
     "Badan Penanggulangan Bencana Daerah mengevakuasi warga ke balai desa. Hujan deras turun sejak sore."),
    ("banjir-b", "BPBD evakuasi warga Lumajang akibat banjir bandang",
     "Sungai Bondoyudo meluap dan banjir bandang merendam 420 rumah di Lumajang. "
     "Petugas BPBD mengevakuasi ratusan warga ke balai desa terdekat. Warga diminta waspada banjir susulan."),
    ("banjir-c", "Ratusan rumah terendam banjir di Lumajang",
     "Ratusan rumah di Lumajang terendam banjir bandang setelah hujan deras membuat sungai Bondoyudo meluap. "
     "BPBD mencatat 420 rumah terdampak dan warga mengungsi ke balai desa."),
]
TRAIN = [
    ("kereta-a", "Kereta cepat tambah jadwal perjalanan saat libur sekolah",
     "Operator kereta cepat menambah 12 jadwal perjalanan selama libur sekolah. "
     "Tiket tambahan dijual melalui aplikasi mulai pekan depan. Penumpang diperkirakan naik 30 persen."),
    ("kereta-b", "Jadwal kereta cepat ditambah selama libur sekolah",
     "Selama libur sekolah, operator kereta cepat menambah 12 perjalanan. "
     "Penjualan tiket tambahan dibuka lewat aplikasi. Lonjakan penumpang diperkirakan 30 persen."),
]


def invented_docs() -> list[Document]:
    return [doc(i, text, title) for i, title, text in FLOOD + TRAIN]


# --------------------------------------------------------------------------- language data


def test_stories_stopwords_are_lower_case_and_unique():
    words = stopwords()
    assert "yang" in words and "dan" in words
    assert all(w == w.lower() and " " not in w for w in words)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("dikirim", "kiriman"), True),
        (("menyerang", "diserang", "serangan"), True),
        (("pasukan", "pasukannya"), True),
        (("perang", "serang"), False),
        (("naik", "menaikkan"), True),
        # meN-/peN- drop the t or p of the root before a vowel: the key gets it back
        (("turun", "menurunkan", "penurunan"), True),
        (("padam", "memadamkan", "pemadaman"), True),
        (("tumpang", "penumpang"), True),
        (("pemadaman", "adam"), False),
    ],
)
def test_stories_stem_joins_inflected_forms(words, same):
    assert (len({stem(w) for w in words}) == 1) is same


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("harganya Rp1.916.000 per gram", "#1916000"),
        ("harganya Rp1,916 juta per gram", "#1916000"),
        ("inflasi 1,65 persen", "#1.65"),
        # a headline's one-letter scale after a currency is the body's scale word
        ("Kejagung Sita Rp 11,8 T di Kasus CPO", "#11800000000000"),
        ("laba Rp5,2 M", "#5200000000"),
        ("laba US$ 2,5 M", "#2500000000"),
    ],
)
def test_stories_content_terms_normalises_figures(text, key):
    assert key in {k for k, _ in content_terms(text)}


def test_stories_a_scale_letter_without_a_currency_is_no_scale():
    keys = {k for k, _ in content_terms("Pasal 39 Ayat 1 huruf A, unit 7 M di lantai 12 T")}
    assert not any(k.startswith("#") for k in keys)


@pytest.mark.parametrize(
    ("indonesian", "english"),
    [
        ("menghanguskan 4.860 hektare hutan", "burned 12,000 acres of forest"),
        ("mengangkut 113.500 liter air", "carried 30,000 gallons of water"),
        ("asap membubung setinggi 6.100 meter", "smoke rose to 20,000 feet"),
    ],
)
def test_stories_a_measurement_is_keyed_by_its_measure_in_either_unit(indonesian, english):
    # a rewrite in metric units meets its original on the figure as well as on its words
    id_keys = {k for k, _ in content_terms(indonesian) if k.startswith("#")}
    en_keys = {k for k, _, _ in english_content_terms(english) if k.startswith("#")}
    assert id_keys and id_keys == en_keys


def test_stories_a_shared_figure_alone_joins_no_story():
    fled = doc("fled", "Sebanyak 12.000 orang mengungsi dari pertempuran di wilayah Varnesk, kata badan pengungsi. "
                       "Mereka membutuhkan tempat berlindung dan air bersih.", "12.000 orang mengungsi dari Varnesk")
    moved = doc("moved", "Badai Belna membanjiri jalan raya pesisir Port Aven dan 12.000 orang dipindahkan ke "
                         "tempat penampungan. Angin kencang merobohkan pohon.", "Badai Belna: 12.000 orang dipindahkan")
    assert sorted(sorted(s.docs) for s in group_stories([fled, moved])) == [["fled"], ["moved"]]


def test_stories_content_terms_skip_years_small_counts_and_stopwords():
    keys = {k for k, _ in content_terms("Pada tahun 2025 ada 12 orang yang datang dan pergi")}
    assert not any(k.startswith("#") for k in keys)
    assert "yang" not in keys and "dan" not in keys


def test_stories_a_year_of_another_calendar_is_no_figure_but_an_amount_is():
    # mock-up sentences: "1447 H" is the Islamic year, "1.447 jemaah" a count
    keys = {k for k, _ in content_terms("Malam 1 Muharram 1447 H, tahun baru 1446 Hijriah telah lewat; "
                                        "abad ke-5 SM. Sebanyak 1.447 jemaah hadir, Rp 5 M terkumpul")}
    assert "#1447" in keys and "#5000000000" in keys  # the count and the money letter "M" (miliar)
    assert "#1446" not in keys
    assert not {k for k, _ in content_terms("pada 1 Muharram 1447 H")} & {"#1447"}


def test_stories_words_with_no_latin_letter_are_no_keys():
    arabic = "اللَّهُمَّ أَنْتَ الأَبَدِيُّ الْقَدِيمُ"
    mojibake = arabic.encode("utf-8").decode("cp1252", errors="replace")  # the scraper's misreading of it
    keys = {k for k, _ in content_terms(f"Bacaan doa {arabic} {mojibake} artinya ampunan, École")}
    assert keys == {"baca", "doa", "arti", "ampun", "école"}  # an accented Latin word stays a word


def _new_year_explainers(verse: str) -> list[Document]:
    """Two explainers of one Islamic new year (mock-ups): a prayer text and a list of greetings, both
    quoting a verse and writing the year "1447 H" again and again: no event in common."""
    prayer = doc("doa", f"Umat muslim membaca doa akhir tahun menjelang 1 Muharram 1447 H. Berikut bacaannya: {verse} "
                 "Doa ini dibaca setelah salat Asar pada hari terakhir bulan Zulhijah. Doa awal tahun dibaca setelah "
                 f"Magrib. Bacaan doa awal tahun 1447 H: {verse} Semoga amalan kita diterima.",
                 "Doa Akhir dan Awal Tahun Baru Islam 1447 H, Bacaan Arab dan Artinya", "2025-06-25")
    greetings = doc("ucapan", f"Tahun Baru Islam 1447 H jatuh pada Jumat. Kirimkan ucapan selamat kepada keluarga dan "
                    f"sahabat. {verse} Selamat tahun baru 1447 H, semoga tahun ini membawa berkah. Mohon maaf lahir "
                    "dan batin, semoga rezeki kita lancar. Selamat menyambut tahun baru 1447 Hijriah bersama "
                    "keluarga tercinta.", "50 Ucapan Selamat Tahun Baru Islam 1447 H untuk Keluarga dan Sahabat",
                    "2025-06-25")
    return [prayer, greetings]


@pytest.mark.parametrize("scraped", ["arabic", "mojibake"])
def test_stories_two_explainers_of_one_islamic_new_year_stay_apart(scraped):
    verse = "اللَّهُمَّ أَنْتَ الأَبَدِيُّ الْقَدِيمُ الأَوَّلُ وَعَلَى فَضْلِكَ الْعَظِيمِ وَجُودِكَ الْمُعَوَّلِ"
    if scraped == "mojibake":
        verse = verse.encode("utf-8").decode("cp1252", errors="replace")
    assert sorted(sorted(s.docs) for s in group_stories(_new_year_explainers(verse))) == [["doa"], ["ucapan"]]


def test_stories_two_reports_of_one_new_year_procession_still_join():
    # mock-ups: one event (a town's 1 Muharram procession) told by two outlets, the year in both
    a = doc("kirab-a", "Ribuan warga Karangrejo mengikuti kirab pusaka malam 1 Muharram 1447 H di alun-alun, Kamis "
            "malam. Kirab dimulai dari pendapa kabupaten dan diikuti abdi dalem membawa tombak pusaka. Bupati "
            "Karangrejo Suwondo melepas rombongan kirab.", "Ribuan Warga Ikuti Kirab Pusaka Malam 1 Muharram di "
            "Karangrejo", "2025-06-26")
    b = doc("kirab-b", "Kirab pusaka malam 1 Muharram 1447 H di Karangrejo menyedot ribuan warga. Rombongan abdi "
            "dalem membawa tombak pusaka dari pendapa kabupaten menuju alun-alun. Bupati Suwondo melepas kirab "
            "pada Kamis malam.", "Kirab Pusaka 1 Muharram 1447 H Karangrejo Dipadati Warga", "2025-06-26")
    assert [sorted(s.docs) for s in group_stories([a, b])] == [["kirab-a", "kirab-b"]]


# --------------------------------------------------------------------------- grouping


def test_stories_group_invented_events():
    stories = group_stories(invented_docs())
    groups = sorted(sorted(s.docs) for s in stories)
    assert groups == [["banjir-a", "banjir-b", "banjir-c"], ["kereta-a", "kereta-b"]]
    flood = next(s for s in stories if "banjir-a" in s.docs)
    assert flood.id == "story:banjir-a"
    assert flood.start == flood.end == "2025-03-01"
    assert "lumajang" in flood.label.lower()
    assert flood.terms


def test_stories_ids_and_order_follow_publication():
    docs = invented_docs()
    docs[2].published = "2025-02-28T08:00:00+07:00"  # banjir-c published first
    stories = group_stories(list(reversed(docs)))
    flood = next(s for s in stories if "banjir-a" in s.docs)
    assert flood.id == "story:banjir-c"
    assert flood.docs[0] == "banjir-c" and flood.start == "2025-02-28" and flood.end == "2025-03-01"


def test_stories_window_separates_the_same_words_months_apart():
    a = doc("a", FLOOD[0][2], FLOOD[0][1], published="2025-01-10")
    b = doc("b", FLOOD[1][2], FLOOD[1][1], published="2025-05-10")
    assert len(group_stories([a, b], StorySettings(window_days=7))) == 2
    assert len(group_stories([a, b], StorySettings(window_days=200, day_decay=1.0))) == 1


def test_stories_undated_documents_compare_with_all_and_go_last():
    a = doc("a", FLOOD[0][2], FLOOD[0][1], published="2025-01-10")
    b = doc("b", FLOOD[1][2], FLOOD[1][1], published=None)
    [story] = group_stories([b, a])
    assert story.docs == ["a", "b"] and story.start == story.end == "2025-01-10"


def test_stories_duplicate_joins_its_original():
    docs = invented_docs()
    copy = doc("salinan", "Teks apa pun yang lain sama sekali tentang pertandingan sepak bola.",
               published="2025-03-02", duplicate_of="kereta-a")
    stories = group_stories(docs + [copy])
    assert next(s for s in stories if "salinan" in s.docs).id == "story:kereta-a"


def test_stories_linked_entities_pull_documents_together():
    # Without shared words beyond the entity, the linked id is what joins them.
    def with_entity(doc_id: str, text: str) -> Document:
        d = doc(doc_id, text)
        start = text.index("Zarnovia")
        d.mentions = [Mention(doc=doc_id, start=start, end=start + 8, text="Zarnovia", label="GPE",
                              entity="gpe:zarnovia")]
        return d

    a = with_entity("a", "Zarnovia menutup perbatasan utara pagi ini.")
    b = with_entity("b", "Pemerintah Zarnovia mengumumkan penutupan perbatasan.")
    assert len(group_stories([a, b], StorySettings(threshold=0.3))) == 1


def test_stories_index_is_online_and_stable():
    index = StoryIndex()  # running IDF
    ids = [index.add(d) for d in invented_docs()]
    assert ids[:3] == ["story:banjir-a"] * 3
    assert ids[3:] == ["story:kereta-a"] * 2
    assert index.add(invented_docs()[0]) == "story:banjir-a"  # adding again is a no-op
    assert len(index.stories()) == 2 and index.story_of("kereta-b") == "story:kereta-a"


@pytest.mark.parametrize("kept_after", [1, 2, 3, 4])
def test_stories_open_states_restored_in_a_new_index_group_the_rest_alike(kept_after):
    """An index stopped after some documents, its open stories kept as JSON and restored in a
    new index, groups the rest as one index fed every document does: same stories, members,
    labels and terms."""
    docs = invented_docs()
    docs[3:3] = [doc("banjir-d", "Banjir Lumajang surut, warga mulai kembali ke rumah dari balai desa setelah BPBD "
                                 "menyatakan sungai Bondoyudo aman.", "Banjir di Lumajang mulai surut",
                     published="2025-03-02"),
                 doc("kebakaran-a", "Kebakaran melanda pasar tradisional di Kota Malang dan menghanguskan 80 kios "
                                    "pedagang.", "Pasar di Malang terbakar", published="2025-03-02")]
    for d in docs[5:]:
        d.published = "2025-03-02"
    frequencies = document_frequencies(docs)
    whole = StoryIndex(document_frequencies=frequencies, total_documents=len(docs))
    for d in docs:
        whole.add(d)
    first = StoryIndex(document_frequencies=frequencies, total_documents=len(docs))
    for d in docs[:kept_after]:
        first.add(d)
    kept = json.loads(json.dumps(first.open_states()))
    assert {s["id"] for s in kept} == {s.id for s in first.stories()}
    resumed = StoryIndex(document_frequencies=frequencies, total_documents=len(docs))
    resumed.restore_states(kept)
    for d in docs[kept_after:]:
        resumed.add(d)
    assert [s.to_dict() for s in resumed.stories()] == [s.to_dict() for s in whole.stories()]
    assert len(whole.stories()) == 3


# --------------------------------------------------------------------------- scoring


def test_stories_pair_scores():
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert pair_scores({"a": 1, "b": 1, "c": 2, "d": 2}, gold)["f1"] == 1.0
    merged = pair_scores({k: 1 for k in gold}, gold)
    assert merged["recall"] == 1.0 and merged["precision"] == pytest.approx(2 / 6, abs=1e-3)
    split = pair_scores({}, gold)
    assert split["recall"] == 0.0 and split["f1"] == 0.0


# --------------------------------------------------------------------------- real text


def test_stories_gold_file_is_consistent():
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    urls = [a["url"] for a in gold["articles"]]
    assert len(urls) == len(set(urls)) >= 150
    assert not set(gold["tune_dates"]) & set(gold["test_dates"])


@pytest.mark.slow
def test_stories_fidelity_pairwise_floors():
    path = needs_corpus("news", "fidelity_5outlets_2025_labeled.csv")
    docs = labelled_news_documents(path)
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    by_url = {d.url: d for d in docs}
    tune = {by_url[a["url"]].id: a["story"] for a in gold["articles"] if by_url[a["url"]].published in gold["tune_dates"]}
    test = {by_url[a["url"]].id: a["story"] for a in gold["articles"] if by_url[a["url"]].published in gold["test_dates"]}
    assert len(tune) > 80 and len(test) > 80
    stories = group_stories(docs)  # the whole corpus: the sample is grouped amid everything else
    predicted = {d: s.id for s in stories for d in s.docs}
    tune_scores, test_scores = pair_scores(predicted, tune), pair_scores(predicted, test)
    print("stories fidelity tune", tune_scores, "test", test_scores)
    assert tune_scores["f1"] >= FLOOR_TUNE_F1
    assert test_scores["f1"] >= FLOOR_TEST_F1
    assert test_scores["precision"] >= FLOOR_TEST_PRECISION


def test_stories_seeds_form_one_story(seeds_dir):
    from ceksilang.ingest.clean import clean_document
    from ceksilang.ingest.read import iter_inputs

    seeds = [clean_document(raw) for raw in iter_inputs([seeds_dir])]
    assert len(seeds) == 5
    seed_ids = {d.id for d in seeds}
    alone = group_stories(seeds)
    assert len(alone) == 1
    # amid a year of unrelated economy news, the seeds still form one story, and only they do
    fidelity = labelled_news_documents(needs_corpus("news", "fidelity_5outlets_2025_labeled.csv"))
    stories = group_stories(seeds + fidelity)
    holding = [s for s in stories if seed_ids & set(s.docs)]
    assert len(holding) == 1 and set(holding[0].docs) == seed_ids


def _with_entities(doc_id: str, text: str, names: list[str], published: str) -> Document:
    d = doc(doc_id, text, published=published)
    for name in names:
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label="GPE",
                                  entity="gpe:" + name.lower()))
    return d


def test_stories_follow_up_days_later_joins_through_shared_rare_names():
    first = _with_entities(
        "a", "Banjir bandang melanda Desa Kalora dan Desa Wusumi di Kecamatan Tembaru. "
             "Sebanyak 12 warga meninggal dan puluhan rumah hanyut terbawa arus.",
        ["Kalora", "Wusumi", "Tembaru"], "2025-03-03")
    follow_up = _with_entities(
        "b", "Tim gabungan menemukan satu korban lagi di Kalora. Pencarian di Wusumi dan Tembaru "
             "diperpanjang tiga hari karena cuaca membaik.",
        ["Kalora", "Wusumi", "Tembaru"], "2025-03-08")
    other = _with_entities(
        "c", "Harga cabai di pasar induk naik tajam menjelang Lebaran menurut pedagang.",
        [], "2025-03-08")
    stories = group_stories([first, follow_up, other])
    assert sorted(sorted(s.docs) for s in stories) == [["a", "b"], ["c"]]
    # without shared names, five days apart, the same follow-up words would not be enough
    plain = [doc("a", first.text, published="2025-03-03"), doc("b", follow_up.text, published="2025-03-08")]
    assert len(group_stories(plain)) == 2


def _city_listicle(doc_id: str, title: str, text: str) -> Document:
    """A leisure listicle of one city (mock-up) naming its province, its city and a regency, as NER tags them."""
    d = doc(doc_id, text, title=title, published="2025-06-25")
    for name, label, entity in (("Daerah Istimewa Yogyakarta", "GPE", "gpe:daerah-istimewa-yogyakarta"),
                                ("Yogyakarta", "GPE", "gpe:yogyakarta"), ("Kabupaten Sleman", "LOC", "loc:kabupaten-sleman")):
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label=label, entity=entity))
    return d


def test_stories_two_listicles_sharing_only_wide_areas_stay_apart_in_a_small_batch():
    sambal = _city_listicle(
        "sambal", "7 Warung Sambal Terpedas di Jogja",
        "Daerah Istimewa Yogyakarta punya banyak warung sambal. Di Kabupaten Sleman, warung sambal bawang buka sejak "
        "pagi dengan lalapan segar. Warung kedua di pusat Yogyakarta menyajikan sambal terasi dan ikan goreng. Harganya "
        "ramah di kantong mahasiswa. Pemiliknya mengulek cabai rawit setiap subuh, menambahkan tomat, garam, gula jawa "
        "dan jeruk limau. Pembeli antre membawa piring sendiri. Tempe mendoan, terong goreng dan sayur asem melengkapi "
        "menu makan siang.")
    coffee = _city_listicle(
        "kopi", "Kafe Kopi Tersembunyi di Jogja yang Wajib Dicoba",
        "Kafe kopi baru bermunculan di Daerah Istimewa Yogyakarta. Satu kafe di Kabupaten Sleman menyeduh biji arabika "
        "dari lereng Merapi. Kafe lain di tengah kota Yogyakarta menawarkan ruang kerja yang tenang dan kue buatan "
        "sendiri. Barista menggiling biji sangrai ringan untuk seduhan manual, espresso dan latte susu oat. Interiornya "
        "memakai kayu jati bekas, lampu temaram dan rak buku. Pengunjung betah menulis skripsi sambil mendengar musik jazz.")
    assert sorted(sorted(s.docs) for s in group_stories([sambal, coffee])) == [["kopi"], ["sambal"]]
    loose = StorySettings(names_join_beyond_areas=False)
    assert [sorted(s.docs) for s in group_stories([sambal, coffee], loose)] == [["kopi", "sambal"]]


# Five invented villages of one flood, named by every report of it (the team, its nickname and its
# stadium of a week's match previews play the same part in real coverage).
FLOOD_VILLAGES = ["Kalora", "Wusumi", "Tembaru", "Lampasio", "Ogotua"]
FLOOD_LINES = ["Banjir bandang melanda {0} dan {1} di Kecamatan {2} sejak dini hari.",
               "Air sungai meluap hingga {3} dan {4}, puluhan rumah hanyut terbawa arus.",
               "Tim penyelamat mengevakuasi warga ke tenda pengungsian di balai desa.",
               "Petugas mencatat korban meninggal dan hilang masih dicari tim gabungan.",
               "Hujan deras mengguyur wilayah itu selama dua hari berturut-turut."]


def _flood_report(n: int) -> Document:
    """The n-th outlet's report of the flood: the same sentences in its own order."""
    lines = FLOOD_LINES[n % 5:] + FLOOD_LINES[:n % 5]
    text = " ".join(line.format(*FLOOD_VILLAGES) for line in lines) + f" Laporan ke-{n} dari posko banjir."
    return _with_entities(f"flood{n:02d}", text, FLOOD_VILLAGES, "2025-03-03")


def _kite_festival() -> Document:
    """Other news of the same villages the same day, in words of its own."""
    return _with_entities(
        "kites",
        "Festival layang-layang digelar di Kalora. Peserta dari Wusumi, Tembaru, Lampasio dan Ogotua "
        "menerbangkan layangan raksasa berbentuk naga. Panitia menyiapkan hadiah sepeda motor bagi juara lomba. "
        "Pedagang kuliner menjajakan jagung bakar, sate kerang dan es dawet di sepanjang pantai. Penonton memadati "
        "tribun bambu sejak siang, anak-anak bersorak setiap kali layangan menukik. Juri menilai keindahan warna, "
        "kestabilan terbang dan kreativitas bentuk. Tahun depan panitia berencana mengundang peserta mancanegara.",
        FLOOD_VILLAGES, "2025-03-03")


def test_stories_other_news_of_a_big_storys_names_does_not_join_it_through_the_names_alone():
    flood = [_flood_report(n) for n in range(12)]
    stories = group_stories(flood + [_kite_festival()])
    assert sorted(sorted(s.docs) for s in stories) == [sorted(d.id for d in flood), ["kites"]]
    # the names path alone joined it before the rule: twelve reports' villages are all it shares
    loose = StorySettings(names_join_most_reports=0)
    assert [len(s.docs) for s in group_stories(flood + [_kite_festival()], loose)] == [13]


def _report(doc_id: str, title: str, text: str, names: list[str], published: str = "2025-03-03") -> Document:
    d = doc(doc_id, text, title=title, published=published)
    for name in names:
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label="GPE",
                                  entity="gpe:" + name.lower().replace(" ", "-")))
    return d


def test_stories_differing_figures_never_split_one_event():
    # two short reports of one flood on one day, written differently, sharing the regency and
    # the district, whose every figure differs (evacuees, houses, fields, losses): the figures'
    # weight once pushed them into two stories
    a = _report("a", "Banjir Bandang Terjang Tanah Lawu",
                "Banjir bandang menerjang Kecamatan Bulumeta di Tanah Lawu pada Senin setelah Sungai Koroleme "
                "meluap. Sebanyak 1.250 warga "
                "mengungsi, 2.310 rumah terendam, 4.100 hektare sawah rusak, kerugian Rp 4,8 miliar, bantuan "
                "Rp 1,2 miliar. Tim menyalurkan 12.500 paket, 3.750 selimut, 8.900 liter air dan 6.400 masker.",
                ["Kecamatan Bulumeta", "Tanah Lawu", "Sungai Koroleme"])
    b = _report("b", "Ribuan Warga Bulumeta Mengungsi",
                "Pemerintah Tanah Lawu mencatat 3.400 penduduk Kecamatan Bulumeta mengungsi akibat luapan Sungai "
                "Koroleme, "
                "2.870 rumah tergenang, 5.600 hektare lahan terdampak dan kerugian mencapai Rp 7,25 miliar. "
                "Relawan membagikan 15.200 paket, 4.150 selimut, 9.300 liter air bersih dan 7.750 masker.",
                ["Tanah Lawu", "Kecamatan Bulumeta", "Sungai Koroleme"])
    others = [doc(f"o{i}", f"Harga komoditas {w} di pasar induk bergerak {i} persen menurut pedagang setempat.",
                  title=f"Harga {w} hari ini", published="2025-03-03")
              for i, w in enumerate(["cabai", "bawang", "beras", "gula", "minyak", "telur", "daging", "ayam"])]
    stories = group_stories([a, b, *others])
    assert any({"a", "b"} <= set(s.docs) for s in stories), [s.docs for s in stories]
    # the commodity reports, sharing no name with the flood, stay out of it
    flood = next(s for s in stories if "a" in s.docs)
    assert set(flood.docs) == {"a", "b"}


def test_stories_a_small_batch_of_one_event_groups_like_a_large_one():
    # five reports of one eruption from different angles (airports, flights, aid): in a batch of
    # five, the volcano's names are in every document, which must not make them "common"
    names = ["Gunung Lewotana", "Flores Barat", "Bandara Wai Oti"]
    texts = [
        ("e1", "Gunung Lewotana Erupsi Lagi", "Gunung Lewotana di Flores Barat kembali erupsi dengan kolom abu "
         "setinggi 9.000 meter. Bandara Wai Oti ditutup sementara."),
        ("e2", "Bandara Wai Oti Ditutup", "Abu vulkanik Gunung Lewotana membuat Bandara Wai Oti di Flores Barat "
         "tidak beroperasi hingga Kamis."),
        ("e3", "Penerbangan ke Flores Dibatalkan", "Maskapai membatalkan 24 penerbangan karena abu Gunung Lewotana; "
         "Bandara Wai Oti di Flores Barat masih ditutup."),
        ("e4", "Bantuan untuk Warga Flores Barat", "Kementerian Sosial menyalurkan bantuan Rp 2,1 miliar bagi warga "
         "Flores Barat terdampak erupsi Gunung Lewotana, kata petugas di Bandara Wai Oti."),
        ("e5", "Status Gunung Lewotana Tetap Awas", "Badan Geologi mempertahankan status Awas Gunung Lewotana di "
         "Flores Barat; aktivitas Bandara Wai Oti menunggu evaluasi."),
    ]
    docs = [_report(i, t, x, names) for i, t, x in texts]
    assert len(group_stories(docs)) == 1


@pytest.mark.xfail(strict=True, reason=(
    "known limit: the bar for a story joined through three or four shared names is 0.2, chosen on the "
    "real-coverage and cross-lingual tuning sets together; this invented festival clears it (0.3 kept it "
    "apart but split real coverage of one event)"))
def test_stories_shared_place_names_alone_do_not_join_other_news_days_later():
    # a town's festival two days after a landslide near it shares the province, the town and
    # the capital, and little else: other news of the same places, not a follow-up
    slide = _with_entities(
        "a", "Tanah longsor menimbun 23 rumah di desa dekat Marsk, Rovana. Sebanyak 11 warga hilang "
             "dan tim penyelamat menggali lumpur dengan tangan kosong; jalan dari Sanvik terputus. Hujan deras "
             "mengguyur lereng selama dua hari sebelum longsoran turun menjelang fajar. Empat korban luka patah "
             "tulang dibawa ke rumah sakit, dan 400 pengungsi ditampung di sekolah. Alat berat belum bisa masuk.",
        ["Marsk", "Rovana", "Sanvik"], "2025-03-03")
    festival = _with_entities(
        "b", "Festival kopi tahunan di Marsk dibuka dan menarik ribuan pengunjung. Petani dari Rovana "
             "memamerkan biji kopi, dan panitia menyediakan bus gratis dari Sanvik. Harga kopi arabika naik hampir "
             "30 persen dalam dua tahun karena permintaan pembeli luar negeri. Lomba meracik kopi dan pasar "
             "kerajinan tangan ramai dikunjungi keluarga.",
        ["Marsk", "Rovana", "Sanvik"], "2025-03-05")
    assert sorted(sorted(s.docs) for s in group_stories([slide, festival])) == [["a"], ["b"]]


def _gaza_reports() -> list[Document]:
    # one day in Gaza: a strike on a school and an aid convoy, both naming Gaza, Israel, Rafah,
    # Khan Younis and Egypt (names the gazetteer lists: every report of the week names them),
    # and a follow-up of the strike naming its own spokesman and school
    common = ["Gaza", "Israel", "Rafah", "Khan Younis", "Mesir"]
    strike = _report("strike", "Serangan Israel Hantam Sekolah Al-Huda di Khan Younis",
                     "Serangan udara Israel menghantam Sekolah Al-Huda yang menampung pengungsi di Khan Younis, "
                     "Gaza, dan menewaskan 17 orang, kata juru bicara pertahanan sipil Mahmoud Basal. Warga yang "
                     "mengungsi dari Rafah tidur di ruang kelas. Mediator dari Mesir berupaya memulihkan gencatan.",
                     common + ["Sekolah Al-Huda", "Mahmoud Basal"], "2026-07-10")
    aid = _report("aid", "Israel Buka Kembali Perlintasan, 85 Truk Bantuan Masuk Gaza",
                  "Israel membuka kembali perlintasan ke Gaza selatan dan 85 truk berisi tepung, obat dan bahan "
                  "bakar masuk. Bantuan dibongkar di gudang Khan Younis dan Rafah, sementara Mesir menutup "
                  "perlintasan di perbatasannya bagi barang dagangan.",
                  common, "2026-07-10")
    follow_up = _report("follow", "Korban Tewas di Sekolah Al-Huda Bertambah",
                        "Juru bicara pertahanan sipil Mahmoud Basal mengatakan korban tewas di Sekolah Al-Huda, "
                        "Khan Younis, bertambah menjadi 21 orang. Israel menyebut sasarannya pos komando di Gaza.",
                        ["Mahmoud Basal", "Sekolah Al-Huda", "Khan Younis", "Israel", "Gaza"], "2026-07-11")
    return [strike, aid, follow_up]


# the common-names rule, off by default: it cost held-out real Indonesian coverage (0.977 ->
# 0.941) and a real English/Indonesian pair (docs/crosslingual.md)
COMMON_NAMES_RULE = StorySettings(min_own_similarity=0.1, min_own_shared_names=1)


def test_stories_common_names_alone_never_join_two_events_with_the_rule_on():
    # the aid convoy shares Gaza, Israel, Rafah, Khan Younis and Egypt with the strike, and
    # nothing of its own; the follow-up names the strike's spokesman and school
    stories = group_stories(_gaza_reports(), COMMON_NAMES_RULE)
    assert sorted(sorted(s.docs) for s in stories) == [["aid"], ["follow", "strike"]]


def test_stories_common_names_join_the_aid_convoy_by_default():
    # without the rule, every name counts as the event's own: the aid convoy joins the strike
    stories = group_stories(_gaza_reports())
    assert any({"aid", "strike"} <= set(s.docs) for s in stories), [s.docs for s in stories]


def _counts(d: Document, *texts: str) -> Document:
    for text in texts:
        start = d.text.index(text)
        d.quantities.append(Quantity(doc=d.id, start=start, end=start + len(text), text=text,
                                     value=float(text.split()[0]), unit="orang"))
    return d


def test_stories_a_report_of_the_events_counts_joins_on_common_names_with_the_rule_on():
    # a short report in words of its own (no word the strike's report uses but the names the
    # gazetteer lists) that gives the strike's two counts: the counts survive any rewording or
    # translation, so it joins; without them it is other news of Gaza and stays apart
    strike, aid, _ = _gaza_reports()
    strike.text += " Sebanyak 40 orang terluka."
    _counts(strike, "17 orang", "40 orang")

    def brief(with_counts: bool) -> Document:
        d = _report("brief", "Kabar dari Gaza",
                    "Di Khan Younis, Gaza, 17 orang meninggal dan 40 orang dirawat, menurut data yang dihimpun "
                    "dari Rafah. Israel dan Mesir belum berkomentar.",
                    ["Khan Younis", "Gaza", "Rafah", "Israel", "Mesir"], "2026-07-10")
        return _counts(d, "17 orang", "40 orang") if with_counts else d

    joined = group_stories([strike, aid, brief(with_counts=True)], COMMON_NAMES_RULE)
    assert sorted(sorted(s.docs) for s in joined) == [["aid"], ["brief", "strike"]]
    apart = group_stories([strike, aid, brief(with_counts=False)], COMMON_NAMES_RULE)
    assert sorted(sorted(s.docs) for s in apart) == [["aid"], ["brief"], ["strike"]]


def test_stories_event_evidence_keys_are_counts_and_days_other_than_publication():
    d = doc("e", "Pada Selasa 23 rumah rusak; Kamis ini 3 hingga 5 warga dirawat.", published="2026-07-16")
    d.quantities = [Quantity(doc="e", start=0, end=1, text="23 rumah", value=23.0, unit="rumah"),
                    Quantity(doc="e", start=0, end=1, text="3 hingga 5 warga", value=None, low=3.0, high=5.0)]
    d.dates = [TimeExpr(doc="e", start=0, end=1, text="Selasa", value="2026-07-14", precision="day"),
               TimeExpr(doc="e", start=0, end=1, text="Kamis ini", value="2026-07-16", precision="day"),
               TimeExpr(doc="e", start=0, end=1, text="Juli", value="2026-07", precision="month")]
    evidence = {k for k in count_terms(d).counts if k.startswith(EVIDENCE_PREFIX)}
    # the day it was published and a month are every report's of those days
    assert evidence == {"=n:23", "=n:3", "=n:5", "=d:2026-07-14"}
    # small counts are met by chance: "3" and "5" weigh half a day's or "23"'s
    assert evidence_weight({"=n:3", "=n:5"}) == 1.0 < evidence_weight({"=n:23", "=d:2026-07-14"}) == 2.0


def test_stories_english_terms_of_several_words_before_their_words():
    # "civil" alone is civil law's "perdata"; the civil defence is "pertahanan sipil"
    keys = [k for k, _, _ in english_content_terms("the civil defence said")]
    assert "sipil" in keys and "perdata" not in keys


# --------------------------------------------------------------------------- whom a report is about


def _court_report(doc_id: str, title: str, text: str, people: dict[str, str], published: str = "2025-03-04",
                  amounts: tuple[float, ...] = ()) -> Document:
    """An invented report naming ``people`` (name as written -> entity id) as linking would."""
    d = doc(doc_id, text, title=title, published=published)
    for name, entity in people.items():
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label="PERSON",
                                  entity=entity))
    d.quantities = [Quantity(doc=doc_id, start=0, end=1, text=str(v), value=v, unit="IDR") for v in amounts]
    return d


JUDGE = {"Sekar Palupi": "person:sekar-palupi"}
# two verdicts read by one judge in one court on one day, in one bribery case: the court's words
# are all shared, the defendants are not
VERDICT_HARUN = [
    _court_report(f"harun-{i}", title, text, {"Harun Wiraguna": "person:harun-wiraguna", **JUDGE})
    for i, (title, text) in enumerate([
        ("Harun Wiraguna Divonis 12 Tahun Penjara",
         "Majelis hakim Pengadilan Tipikor Jakarta yang dipimpin Sekar Palupi menjatuhkan vonis 12 tahun penjara "
         "kepada Harun Wiraguna. Hakim menyatakan Harun terbukti menerima suap untuk mengatur putusan perkara. "
         "Harun juga dihukum membayar denda dan uang pengganti. Jaksa menyatakan pikir-pikir atas vonis hakim."),
        ("Vonis Harun Wiraguna, Hakim: Terdakwa Serakah",
         "Hakim Sekar Palupi menyebut Harun Wiraguna serakah saat membacakan putusan di Pengadilan Tipikor Jakarta. "
         "Harun divonis 12 tahun penjara dan denda. Menurut hakim, Harun menerima suap dari pihak berperkara "
         "sehingga putusan pengadilan dapat diatur. Jaksa belum menentukan sikap atas vonis itu."),
        ("Eks Panitera Harun Wiraguna Dihukum 12 Tahun",
         "Pengadilan Tipikor Jakarta menghukum Harun Wiraguna 12 tahun penjara dan denda. Majelis hakim yang "
         "diketuai Sekar Palupi menilai Harun terbukti menerima suap pengurusan perkara. Harun menyatakan pikir-pikir, "
         "begitu pula jaksa penuntut umum atas vonis hakim tersebut."),
    ])]
VERDICT_RATNA = [
    _court_report(f"ratna-{i}", title, text, {"Ratna Kusumadewi": "person:ratna-kusumadewi", **JUDGE})
    for i, (title, text) in enumerate([
        ("Ratna Kusumadewi Divonis 3 Tahun Penjara",
         "Majelis hakim Pengadilan Tipikor Jakarta yang dipimpin Sekar Palupi menjatuhkan vonis 3 tahun penjara "
         "kepada Ratna Kusumadewi. Hakim menyatakan Ratna terbukti memberi suap untuk mengatur putusan perkara "
         "anaknya. Ratna juga dihukum membayar denda. Jaksa menyatakan pikir-pikir atas vonis hakim."),
        ("Alasan Hakim Vonis Ratna Kusumadewi 3 Tahun",
         "Hakim Sekar Palupi membacakan putusan Ratna Kusumadewi di Pengadilan Tipikor Jakarta. Ratna divonis "
         "3 tahun penjara dan denda. Menurut hakim, Ratna memberi suap kepada hakim agar putusan perkara anaknya "
         "dapat diatur. Jaksa belum menentukan sikap atas vonis itu."),
    ])]


PRINCIPAL = StorySettings(principal_mentions=3.0)  # the rule is off by default (see StorySettings)


def test_stories_two_verdicts_of_one_court_about_different_people_are_two_stories():
    docs = [VERDICT_HARUN[0], VERDICT_RATNA[0], VERDICT_HARUN[1], VERDICT_RATNA[1], VERDICT_HARUN[2]]
    for hour, d in enumerate(docs):
        d.published = f"2025-03-04T1{hour}:00"
    grouped = {frozenset(s.docs) for s in group_stories(docs, PRINCIPAL)}
    assert grouped == {frozenset(d.id for d in VERDICT_HARUN), frozenset(d.id for d in VERDICT_RATNA)}
    # by default the headlines tell them apart: each names its defendant, whom the other never names
    assert {frozenset(s.docs) for s in group_stories(docs)} == grouped
    # with the headline rules off, the court's words alone put them together
    assert len(group_stories(docs, StorySettings(title_names=False, headline_people_apart=False))) == 1
    # the headline people alone keep them apart too (grp12's rule as it was: documents of no known
    # outlet are held apart only with the outlet condition off, and the court's words, "vonis",
    # "suap", would let them join): each headline names its defendant
    apart = StorySettings(title_names=False, headline_people_apart=True, headline_people_same_outlet=False,
                          headline_people_words=0.0)
    assert {frozenset(s.docs) for s in group_stories(docs, apart)} == grouped


SEIZURE = _court_report(
    "sita", "Kejaksaan Sita Rp 11,8 Triliun dari Korporasi Sawit",
    "Kejaksaan Agung menyita uang Rp 11,8 triliun dari korporasi sawit terdakwa perkara ekspor minyak goreng. "
    "Juru bicara Harli Wibowo mengatakan uang sitaan disimpan di rekening penampungan. Harli menyebut penyitaan "
    "dilakukan di tingkat kasasi. Menurut Harli, korporasi menyerahkan uang itu kepada penyidik.",
    {"Harli Wibowo": "person:harli-wibowo"}, amounts=(11.8e12,))
REACTION = _court_report(
    "reaksi", "DPR Apresiasi Kejaksaan Sita Rp 11,8 Triliun",
    "Anggota DPR Bambang Sutrisno mengapresiasi Kejaksaan Agung yang menyita uang Rp 11,8 triliun dari korporasi "
    "sawit dalam perkara ekspor minyak goreng. Bambang meminta uang sitaan dikembalikan ke kas negara. "
    "Bambang menilai penyitaan kasasi itu langkah tegas penyidik kejaksaan.",
    {"Bambang Sutrisno": "person:bambang-sutrisno"}, published="2025-03-04T18:00", amounts=(11.8e12,))


def test_stories_a_reaction_quoting_someone_else_joins_on_the_events_exact_amount():
    SEIZURE.published = "2025-03-04T10:00"
    assert len(group_stories([SEIZURE, REACTION], PRINCIPAL)) == 1
    # without the exact amount as evidence, the lawmaker's piece is about someone else
    assert len(group_stories([SEIZURE, REACTION], StorySettings(principal_mentions=3.0, exact_count_digits=0))) == 2


# --------------------------------------------------------------------------- second names as keys


def _named(doc_id: str, text: str, names: list[tuple[str, str]]) -> Document:
    """An invented report with the PERSON/ORG mentions ``names`` (as written, label), linked alone
    as the first pass links it."""
    from ceksilang.reconcile.link import link_entities  # noqa: PLC0415 - the first pass's linker

    d = doc(doc_id, text, published="2025-03-04")
    at = 0
    for name, label in names:
        start = text.index(name, at)
        at = start + len(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=at, text=name, label=label))
    link_entities([d])
    return d


def test_second_name_in_brackets_keys_a_report_like_one_giving_only_the_second_name():
    # one report gives the full name and a two-word second name, another only the second name:
    # linked alone, the first names the person by the full name, so both need the second
    # name's key to share the person
    both = _named("both", "Ketua Paguyuban Rendra Wicaksana Putra (Gus Rendra) menemui warga. "
                  "Gus Rendra meminta warga tenang.",
                  [("Rendra Wicaksana Putra", "PERSON"), ("Gus Rendra", "PERSON"), ("Gus Rendra", "PERSON")])
    only = _named("only", "Gus Rendra kembali menemui warga di balai desa.", [("Gus Rendra", "PERSON")])
    both_keys = {k for k in count_terms(both).counts if k.startswith("e:")}
    only_keys = {k for k in count_terms(only).counts if k.startswith("e:")}
    assert {m.entity for m in both.mentions} == {"person:rendra-wicaksana-putra"}
    assert "e:person:rendra-wicaksana-putra" in both_keys
    assert only_keys <= both_keys
    # a name given once, with no second name, adds no other key
    plain = _named("plain", "Rendra Wicaksana Putra menemui warga.", [("Rendra Wicaksana Putra", "PERSON")])
    assert {k for k in count_terms(plain).counts if k.startswith("e:")} == {"e:person:rendra-wicaksana-putra"}


# --------------------------------------------------------------------------- names the headlines give


def test_title_names_are_headline_words_the_body_writes_as_names():
    title = "Kebakaran Rumah di Tebet, Warga Jeddah-Jakarta Mengungsi"
    text = ("Kebakaran melanda rumah warga di Tebet, Jakarta Selatan. Api di Tebet padam setelah dua jam. "
            "Penumpang rute Jeddah-Jakarta ikut membantu warga. Rumah itu terbakar habis.\n"
            "kebakaran tebet jakarta rumah")  # a tag line writes names in lower case too
    keys = title_name_keys(title, text)
    # "Kebakaran", "Rumah" and "Warga" are capitalised in the headline only
    assert set(keys) == {"@tebet", "@jeddah", "@jakarta"}
    # a word the body writes in lower case as often as capitalised is no name
    assert title_name_keys("Harga Emas Naik", "Harga emas naik. Kata Emas di sini, emas di sana.") == []
    # nor one the body only capitalises at the start of a sentence
    assert title_name_keys("Banjir Susulan", "Banjir susulan datang. Susulan itu merendam desa.") == []


def test_title_names_are_whole_words_whatever_their_letters():
    # a name with a letter outside ASCII is found as one whole word, capitalised or not
    title = "Thomas Müller Pensiun dari Timnas"
    text = "Gelandang Thomas Müller resmi pensiun. Kata Müller, ia lelah. Pelatih memuji Müller dan Thomas."
    assert title_name_keys(title, text) == ["@thomas", "@müller"]
    assert title_name_keys(title, text.replace("memuji Müller", "memuji müller, müller")) == ["@thomas"]
    # "Tebet" inside "Tebetan" is no "Tebet"; a lower-case "tebet" in a file name counts against it
    assert title_name_keys("Banjir Tebet", "Banjir di Tebet. Warga Tebet mengungsi. Foto: tebet.jpg") == ["@tebet"]
    assert title_name_keys("Banjir Tebet", "Banjir di Tebet. Warga Tebetan mengungsi. tebet tebet") == []


def _runs_indexed(text: str, word: str) -> list[tuple[int, str]]:
    """The whole words of ``text`` that are ``word`` whatever its case, read from every run of
    letters (the way ``_LetterRuns`` indexed every body before it skipped the runs of ASCII texts)."""
    same = re.compile(re.escape(word), re.IGNORECASE)
    return [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", text)
            if m.group().lower() == word.lower() or (not m.group().isascii() and len(m.group()) == len(word)
                                                     and same.fullmatch(m.group()))]


@pytest.mark.parametrize("text", [
    "Banjir di Tebet. Warga Tebetan mengungsi. tebet-tebet, TEBET; “Tebet” (tebet) 2tebet tebet2 _tebet tebet_",
    "tebet",
    "Tebet Tebet",
    "ana anana ana, Ana. banana",
    "Warga Tebet — “kata Tebet,” ujar Müller di Tebet.",  # letters outside ASCII: runs indexed
    "Tebet ² Tebet½ Ⅻ Tebet",  # numerals that are letters to the regular expressions
    "Jalan \u212aota di kota Kota",  # a Kelvin sign, case-blind a "k"
    "",
])
def test_letter_runs_find_the_whole_words_every_run_would(text):
    from ceksilang.reconcile.stories import _LetterRuns
    runs = _LetterRuns(text)
    for word in ("Tebet", "tebet", "ana", "Kota", "Müller", "banana", "b"):
        assert sorted(runs.occurrences(word)) == _runs_indexed(text, word), word


def test_no_character_but_a_letter_lower_cases_to_ascii_or_to_more_than_one():
    # what lets ``_LetterRuns`` search an ASCII word in the lower case of a text with no letter
    # outside ASCII: the lower case keeps every place, and only letters become ASCII letters
    import sys
    letter = re.compile(r"[^\W\d_]")
    odd = [hex(cp) for cp in range(0x80, sys.maxunicode + 1)
           if not letter.match(chr(cp)) and (len(chr(cp).lower()) != 1 or chr(cp).lower().isascii())]
    assert odd == []


def _fire(doc_id: str, title: str, text: str, hour: int) -> Document:
    return doc(doc_id, text, title, published=f"2025-03-04T{hour:02d}:00")


# one city, one day, two fires told in the same words: the district is what differs
FIRE_TEBET = [
    _fire("tebet-a", "Kebakaran Rumah di Tebet, Satu Orang Tewas",
          "Kebakaran melanda permukiman padat di Kelurahan Kebon Baru, Tebet, Jakarta Selatan, Rabu pagi. "
          "Petugas pemadam kebakaran mengerahkan 15 unit mobil pemadam. Api di Tebet padam setelah dua jam. "
          "Seorang warga tewas dan puluhan warga mengungsi ke musala.", 8),
    _fire("tebet-b", "Satu Orang Tewas dalam Kebakaran di Tebet",
          "Petugas pemadam kebakaran memadamkan api yang membakar rumah warga di Tebet, Jakarta Selatan. "
          "Kebakaran di permukiman padat Tebet itu menewaskan seorang warga. Warga yang rumahnya terbakar "
          "mengungsi ke musala. Penyebab kebakaran masih diselidiki.", 9),
]
FIRE_PALMERAH = _fire(
    "palmerah", "Kebakaran Rumah di Palmerah, Warga Mengungsi",
    "Kebakaran melanda permukiman padat di Palmerah, Jakarta Barat, Rabu pagi. Petugas pemadam kebakaran "
    "mengerahkan mobil pemadam dan api di Palmerah padam setelah dua jam. Puluhan warga yang rumahnya "
    "terbakar mengungsi ke musala. Penyebab kebakaran masih diselidiki.", 10)
FIRE_TEBET_LATER = _fire(
    "tebet-c", "Wali Kota Munjirin Kunjungi Korban Kebakaran",
    "Wali Kota Jakarta Selatan Munjirin mengunjungi warga korban kebakaran di Kebon Baru, Tebet. Rumah "
    "warga di permukiman padat itu terbakar habis dan keluarga mengungsi ke musala. Menurut Munjirin, "
    "petugas pemadam kebakaran masih menyelidiki penyebab kebakaran.", 11)


def test_stories_two_fires_of_one_city_and_day_are_two_stories():
    docs = [*FIRE_TEBET, FIRE_PALMERAH]
    assert {frozenset(s.docs) for s in group_stories(docs)} == {frozenset({"tebet-a", "tebet-b"}),
                                                                 frozenset({"palmerah"})}
    # without the headline names, the same words put the two fires together
    assert len(group_stories(docs, StorySettings(title_names=False))) == 1


def test_stories_a_report_whose_headline_names_something_else_joins_when_its_body_names_the_event():
    # the mayor is named in no headline of the story, but the body names Tebet: one fire
    assert "@munjirin" in title_name_keys(FIRE_TEBET_LATER.title, FIRE_TEBET_LATER.text)
    assert "@tebet" not in title_name_keys(FIRE_TEBET_LATER.title, FIRE_TEBET_LATER.text)
    grouped = {frozenset(s.docs) for s in group_stories([*FIRE_TEBET, FIRE_PALMERAH, FIRE_TEBET_LATER])}
    assert frozenset({"tebet-a", "tebet-b", "tebet-c"}) in grouped


def test_stories_open_states_are_the_same_whatever_the_hash_seed():
    # the served file keeps these states; two runs of one commit must write the same bytes,
    # though Python orders a set of strings by a seed of its own per process
    import os
    import subprocess
    import sys
    script = ("import json; from tests.test_stories import FIRE_TEBET, FIRE_PALMERAH, FIRE_TEBET_LATER; "
              "from ceksilang.reconcile.stories import StoryIndex; index = StoryIndex(); "
              "[index.add(d) for d in (*FIRE_TEBET, FIRE_PALMERAH, FIRE_TEBET_LATER)]; "
              "print(json.dumps(index.open_states()))")
    written = {subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in range(6)}
    assert len(written) == 1
    assert any(state["title_counts"] for state in json.loads(written.pop()))


def test_stories_headline_names_survive_open_states():
    index = StoryIndex()
    for d in FIRE_TEBET:
        index.add(d)
    restored = StoryIndex()
    restored.restore_states(json.loads(json.dumps(index.open_states())))
    assert restored.story_of("tebet-a") == restored.story_of("tebet-b")
    sid = restored.add(FIRE_PALMERAH)
    assert sid != restored.story_of("tebet-a")


# one fire: two reports head it by the city ("Jakbar"), a third by the district their text names
FIRE_POOL = [
    _fire("pool-a", "Kebakaran di Pool Bus Bekas Jakbar, Asap Hitam Membubung",
          "Kebakaran melanda pool bus bekas di Cengkareng, Jakbar, Selasa siang. Asap hitam membubung dari "
          "pool bus di Jakbar itu. Petugas pemadam kebakaran mengerahkan 20 unit mobil pemadam ke Cengkareng. "
          "Api diduga berasal dari percikan las saat rangka bus dipotong.", 12),
    _fire("pool-b", "Pool Bus Bekas di Jakbar Terbakar Dipicu Percikan Las",
          "Puluhan bangkai bus di pool bus bekas Cengkareng, Jakbar, terbakar. Menurut petugas pemadam "
          "kebakaran Jakbar, api berasal dari percikan las saat pekerja memotong rangka bus. Asap hitam "
          "membubung tinggi dari pool bus di Cengkareng.", 13),
]
FIRE_POOL_DISTRICT = _fire(
    "pool-c", "Bangkai Bus Terbakar di Cengkareng, Diduga akibat Percikan Las",
    "Puluhan bangkai bus terbakar di sebuah pool bus bekas di Cengkareng, Jakarta Barat. Petugas pemadam "
    "kebakaran menduga api berasal dari percikan las saat pekerja memotong rangka bus di Cengkareng. Asap "
    "hitam membubung dari pool bus itu.", 14)


def test_stories_a_report_headed_by_a_place_the_storys_text_names_joins_it():
    # the story's headlines say "Jakbar", which the third report never writes; but the district
    # heading it is in the story's words: the same fire
    assert title_name_keys(FIRE_POOL_DISTRICT.title, FIRE_POOL_DISTRICT.text) == ["@cengkareng"]
    assert len(group_stories([*FIRE_POOL, FIRE_POOL_DISTRICT])) == 1


def test_title_names_leave_out_number_words():
    assert title_name_keys("Empat Member BTS Rampung Wamil",
                           "Empat member BTS rampung wamil. Kabar itu, kata agensi, membuat Empat member "
                           "BTS senang. BTS akan tampil lagi.") == ["@bts"]


def test_stories_an_english_report_carries_no_headline_names():
    english = doc("en", "A fire hit homes in Tebet, South Jakarta. Firefighters said the fire in Tebet was "
                        "put out after two hours.", "Fire in Tebet kills one", language="en")
    indonesian = doc("id", "Kebakaran melanda rumah di Tebet, Jakarta Selatan. Api di Tebet padam setelah dua jam.",
                     "Kebakaran di Tebet Tewaskan Satu Orang")
    assert not any(k.startswith("@") for k in count_terms(english).counts)
    assert "@tebet" in count_terms(indonesian).counts


def _dated(d: Document, *days: str) -> Document:
    d.dates = [TimeExpr(doc=d.id, start=0, end=1, text=day, value=day, precision="day") for day in days]
    return d


def _two_cases_of_one_police_station(theft_day: str, courier_day: str) -> list[Document]:
    # invented: one Polsek and its chief present a theft and a drug courier the same day; the
    # reports share the city, the station and the chief, and each dates its own case
    names = ["Marenda", "Polsek Sukaraja", "Rizal Hakim"]
    theft = _report("theft", "Penjaga Masjid di Marenda Curi Uang Kas",
                    "Kapolsek Sukaraja Rizal Hakim mengatakan penjaga masjid di Marenda mencuri uang kas "
                    "masjid dari lemari pengurus pada tengah malam. Uang curian dipakai membeli telepon genggam, "
                    "parfum dan dompet, lalu menginap dua malam di hotel. Rekaman kamera pengawas dan keterangan "
                    "saksi membawa petugas Polsek Sukaraja kepadanya, dan ia dijerat pasal pencurian. Pengurus "
                    "takmir berharap kotak amal kini disimpan di brankas berkunci ganda setelah kejadian itu.",
                    names, "2025-06-20")
    courier = _report("courier", "Pria di Marenda Jadi Kurir Narkoba",
                      "Seorang pria pengangguran di Marenda ditangkap ketika mengantar paket sabu untuk seorang "
                      "bandar, kata Kapolsek Sukaraja Rizal Hakim. Ia mengaku dibayar ratusan ribu rupiah sekali "
                      "antar karena uang belanja dari istrinya kurang. Polsek Sukaraja menyita timbangan digital, "
                      "plastik klip dan sepeda motor dari rumah kontrakannya. Penyidik masih memburu pemasok "
                      "yang memesan pengiriman melalui aplikasi pesan singkat dari luar pulau.",
                      names, "2025-06-20")
    return [_dated(theft, theft_day), _dated(courier, courier_day)]


# the day rule, on by default since grp9 (a person the headlines name spares the join)
# (kinds off: the theft and the courier differ in kind too)
DAY_RULE = StorySettings(names_join_day_gap=2, kinds_apart=False)


def test_stories_two_cases_one_station_announces_are_two_stories_when_dated_apart():
    reports = _two_cases_of_one_police_station("2025-06-13", "2025-05-30")
    assert sorted(sorted(s.docs) for s in group_stories(reports, DAY_RULE)) == [["courier"], ["theft"]]
    # it is the days and the kinds that part them: with both rules off the three shared names join them
    assert len(group_stories(_two_cases_of_one_police_station("2025-06-13", "2025-05-30"), NO_GRP9_RULES)) == 1


def test_stories_shared_names_still_join_reports_dated_to_one_event_or_next_day():
    # the incident at night and the arrest the next day are one event's days
    assert len(group_stories(_two_cases_of_one_police_station("2025-06-13", "2025-06-14"), DAY_RULE)) == 1


# the announcer rule off: what the grouping did before it
NO_ANNOUNCER_RULE = StorySettings(announcer_names_apart=False, kinds_apart=False)


def _typed_report(doc_id: str, title: str, text: str, names: dict[str, str], speaker: str | None,
                  published: str = "2025-06-20") -> Document:
    """A report whose ``names`` (as written -> entity id) are linked, quoting ``speaker`` (an entity id)."""
    d = doc(doc_id, text, title=title, published=published)
    for name, entity in names.items():
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name,
                                  label=entity.split(":")[0].upper(), entity=entity))
    if speaker:
        d.quotes.append(Quote(doc=doc_id, start=0, end=10, text=text[:10], kind="indirect", speaker=speaker))
    return d


def _announced_by_one_station(second_names: dict[str, str]) -> list[Document]:
    # invented: a Polsek in Depok and its chief, quoted in both, present a theft and then a
    # second report sharing the city, the station and the chief (and ``second_names``)
    station = {"Depok": "gpe:depok", "Polsek Sukaraja": "org:polsek-sukaraja", "Rizal Hakim": "person:rizal-hakim"}
    theft = _typed_report(
        "theft", "Penjaga Masjid di Depok Curi Uang Kas",
        "Kapolsek Sukaraja Rizal Hakim mengatakan penjaga masjid Al Ikhlas di Depok mencuri uang kas masjid "
        "dari lemari pengurus pada tengah malam. Uang curian dipakai membeli telepon genggam, parfum dan "
        "dompet, lalu menginap dua malam di hotel. Rekaman kamera pengawas dan keterangan saksi membawa "
        "petugas Polsek Sukaraja kepadanya, dan ia dijerat pasal pencurian. Pengurus takmir berharap kotak "
        "amal kini disimpan di brankas berkunci ganda setelah kejadian itu.",
        {**station, "Al Ikhlas": "loc:al-ikhlas"}, "person:rizal-hakim")
    second = _typed_report(
        "second", "Pria di Depok Jadi Kurir Narkoba",
        "Seorang pria pengangguran di Depok ditangkap ketika mengantar paket sabu untuk seorang bandar, kata "
        "Kapolsek Sukaraja Rizal Hakim. Ia mengaku dibayar ratusan ribu rupiah sekali antar karena uang belanja "
        "dari istrinya kurang. Polsek Sukaraja menyita timbangan digital, plastik klip dan sepeda motor dari "
        "rumah kontrakannya. Penyidik masih memburu pemasok yang memesan pengiriman melalui aplikasi pesan "
        "singkat dari luar pulau." + "".join(f" {name} disebut dalam berkas." for name in second_names),
        {**station, **second_names}, "person:rizal-hakim")
    return [theft, second]


def test_stories_names_of_whoever_announces_do_not_join_two_cases():
    # the city (a name the gazetteer lists), the station and its quoted chief are all the two
    # reports share: with the rule on they are two stories
    reports = _announced_by_one_station({})
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["second"], ["theft"]]
    # with the rule off the three shared rare names join them
    assert len(group_stories(_announced_by_one_station({}), NO_ANNOUNCER_RULE)) == 1


def test_stories_a_shared_place_of_the_event_still_joins_with_the_announcer_rule():
    # the second report names the mosque too: a name of the event itself, so the join stands
    reports = _announced_by_one_station({"Al Ikhlas": "loc:al-ikhlas"})
    assert len(group_stories(reports)) == 1


# --------------------------------------------------------------------------- place kind words, outlets


@pytest.mark.parametrize("entity, key", [
    # the recogniser types "Kampung Pugima" GPE (its kind word is the cue) and "Pugima" LOC
    ("gpe:kampung-pugima", "place:pugima"),
    ("loc:pugima", "place:pugima"),
    ("loc:kabupaten-jayawijaya", "place:jayawijaya"),
    ("gpe:negara-bagian-texas", "place:texas"),
    ("gpe:kabupaten", "place:kabupaten"),  # only a kind word: nothing left to name the place
    ("org:polres-jayawijaya", "org:polres-jayawijaya"),  # not a place: its name is its own
    ("person:desa-kusuma", "person:desa-kusuma"),
])
def test_stories_place_keys_leave_out_the_administrative_kind_word(entity, key):
    assert place_entity_key(entity) == key


def test_stories_unlinked_place_names_leave_out_the_kind_word():
    assert place_name_key("kelurahan cipayung") == place_name_key("cipayung") == "cipayung"


def _firefight(doc_id: str, text: str, places: list[tuple[str, str]], published: str) -> Document:
    d = doc(doc_id, text, published=published)
    for name, entity in places:
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label="LOC",
                                  entity=entity))
    return d


def test_stories_one_village_written_with_and_without_its_kind_word_is_one_shared_name():
    # invented: the police's and the armed group's accounts of one firefight; one writes
    # "Kampung Wemuna", the other "Wemuna"; the linker keeps two ids
    police = _firefight("police", "Polisi menyebut kontak tembak terjadi di Kampung Wemuna, Distrik Alesa, "
                                  "Kabupaten Toraki pada pagi hari.",
                        [("Kampung Wemuna", "gpe:kampung-wemuna"), ("Distrik Alesa", "gpe:distrik-alesa"),
                         ("Kabupaten Toraki", "loc:kabupaten-toraki")], "2025-06-10")
    group = _firefight("group", "Juru bicara kelompok itu mengklaim anggotanya bertahan di Wemuna, Alesa, "
                                "wilayah Toraki, sepanjang hari.",
                       [("Wemuna", "loc:wemuna"), ("Alesa", "loc:alesa"), ("Toraki", "loc:toraki")], "2025-06-10")
    on = StorySettings(place_kind_keys=True)  # off by default (see StorySettings)
    keys = {k for k in count_terms(police, on).counts if k.startswith("e:")}
    assert keys == {k for k in count_terms(group, on).counts if k.startswith("e:")} == {
        "e:place:wemuna", "e:place:alesa", "e:place:toraki"}
    # by default the kind word stays in the key, and the two accounts key the village twice
    assert {k for k in count_terms(police).counts if k.startswith("e:")} != \
        {k for k in count_terms(group).counts if k.startswith("e:")}


def test_stories_an_outlets_own_name_is_no_key_of_its_articles():
    text = ("Tribun-Papua.com, Wamena - Harga beras di pasar Wamena naik. Tribun-Papua.com mencatat "
            "pedagang menaikkan harga sejak Senin.")
    d = doc("a", text)
    start = text.index("Tribun-Papua.com")
    d.mentions.append(Mention(doc="a", start=start, end=start + 16, text="Tribun-Papua.com", label="ORG",
                              entity="org:tribun-papua-com"))
    counts = count_terms(d).counts
    assert not any("tribun" in k for k in counts)
    assert counts[stem("harga")] >= 2 and "wamena" in counts  # the rest of the text is read as before


def test_stories_two_articles_of_one_outlet_do_not_join_on_its_name():
    # invented: the outlet's dateline and its name as an entity are all the two reports share
    def report(doc_id: str, body: str) -> Document:
        text = f"Kabarku.id - {body} Kabarku.id - Kabarku.id"
        d = doc(doc_id, text, published="2025-06-10")
        for i in range(3):
            start = text.index("Kabarku.id", text.index("Kabarku.id") + 1 if i else 0)
            d.mentions.append(Mention(doc=doc_id, start=start, end=start + 10, text="Kabarku.id", label="ORG",
                                      entity="org:kabarku-id"))
        return d
    market = report("market", "Harga cabai rawit di pasar induk naik tajam menjelang Lebaran.")
    ferry = report("ferry", "Kapal penyeberangan tertunda karena gelombang tinggi di perairan selatan.")
    assert len(group_stories([market, ferry])) == 2


def _about_people(doc_id: str, text: str, names: list[tuple[str, str]], published: str) -> Document:
    d = doc(doc_id, text, published=published)
    for name, entity in names:
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name,
                                  label=entity.split(":")[0].upper(), entity=entity))
    return d


def _singer_reports(second_name: str) -> list[Document]:
    # invented: two reports of one singer's death, days apart, telling different sides; one
    # linker keyed him by his full name, the other by the last two words of it
    first = _about_people(
        "family", "Penyanyi Raka Danu Prasetyo meninggal di rumah sakit Cimahi. Ibunya, Wulan Sari, "
                  "bercerita anaknya sempat mengeluh pusing sebelum dibawa ke dokter.",
        [("Raka Danu Prasetyo", "person:raka-danu-prasetyo"), ("Cimahi", "gpe:cimahi"),
         ("Wulan Sari", "person:wulan-sari")], "2025-06-15")
    second = _about_people(
        "work", f"Lagu terakhir {second_name} menjadi lagu tema sebuah film. Rekan duetnya mengenang "
                "proses rekaman di Cimahi bersama Wulan Sari yang menemani.",
        [(second_name, "person:" + second_name.lower().replace(" ", "-")), ("Cimahi", "gpe:cimahi"),
         ("Wulan Sari", "person:wulan-sari")], "2025-06-18")
    return [first, second]


def test_stories_a_person_keyed_by_part_of_the_full_name_is_a_shared_name():
    on = StorySettings(person_name_parts=True)  # off by default (see StorySettings)
    assert len(group_stories(_singer_reports("Danu Prasetyo"), on)) == 1
    # a first name alone is shared by many people: it does not count
    assert len(group_stories(_singer_reports("Raka"), on)) == 2
    # with the rule off, the two keys of one person are two names
    assert len(group_stories(_singer_reports("Danu Prasetyo"))) == 2


# --------------------------------------------------------------------------- kinds, days, headlines (grp9)

# every grp9 rule off: what the grouping did before them
NO_GRP9_RULES = StorySettings(kinds_apart=False, names_join_day_gap=0, headline_bodies_own=False)

# invented: one Polres and its spokesman announce a crash and a theft of one district the same day
_ONE_DISTRICT = {"Kabupaten Wiratama": "gpe:kabupaten-wiratama", "Sukorejo": "loc:sukorejo",
                 "Karanglo": "loc:karanglo", "Jalan Raya Wiratama": "loc:jalan-raya-wiratama",
                 "Polres Wiratama": "org:polres-wiratama", "Budi Santosa": "person:budi-santosa"}


def _crash_and_theft() -> list[Document]:
    crash = _typed_report(
        "crash", "Ambulans Tabrak Pemotor di Karanglo",
        "Kasi Humas Polres Wiratama Budi Santosa mengatakan ambulans yang melaju dari arah selatan menabrak "
        "seorang pemotor di simpang empat Karanglo, Sukorejo, Kabupaten Wiratama, pukul 09.30 WIB. Lampu lalu "
        "lintas tidak menyala sehingga kedua kendaraan sama-sama masuk persimpangan di Jalan Raya Wiratama. "
        "Pemotor mengalami luka lecet di kaki dan dibawa ke puskesmas, sedangkan sopir ambulans tidak terluka. "
        "Bagian depan ambulans penyok dan spion motor patah; petugas unit lalu lintas mengukur bekas rem dan "
        "memeriksa rekaman kamera toko di sudut perempatan. Sopir diminta menyerahkan surat izin mengemudi. "
        "Arus kendaraan sempat tersendat hampir setengah jam sampai derek datang menyingkirkan bangkai motor.",
        _ONE_DISTRICT, "person:budi-santosa")
    theft = _typed_report(
        "theft", "Maling Sangkar Burung Tepergok Warga di Sukorejo",
        "Seorang pria tepergok mengambil sangkar burung dari teras rumah warga di Karanglo, Sukorejo, "
        "Kabupaten Wiratama, dini hari. Warga yang terbangun mengejarnya hingga Jalan Raya Wiratama. Kasi Humas "
        "Polres Wiratama Budi Santosa menyebut pemilik rumah memilih berdamai setelah sangkar dikembalikan, "
        "sehingga perkara itu tidak dilanjutkan ke penyidikan. Burung kenari di dalam sangkar itu ditaksir "
        "bernilai jutaan rupiah karena pernah menjuarai lomba kicau. Ketua RT meminta warga memasang gembok "
        "pada pagar dan bergiliran meronda setiap malam. Pria itu mengaku menganggur sejak pabrik tempatnya "
        "bekerja tutup dan berniat menjual kenari tersebut di pasar hewan.",
        _ONE_DISTRICT, "person:budi-santosa")
    return [crash, theft]


def test_event_kind_keys_read_the_incident_a_headline_names():
    assert event_kind_keys("Ambulans Tabrak Pemotor di Karanglo") == ["%road_crash"]
    assert event_kind_keys("Maling Sangkar Burung Tepergok Warga di Sukorejo") == ["%theft"]
    # a court's confiscation is no theft, and a verdict names no incident
    assert event_kind_keys("Uang Rp915 Miliar Milik Terdakwa Dirampas untuk Negara") == []
    assert "%road_crash" not in count_terms(doc("en", "An ambulance hit a rider.", "Ambulance crash",
                                                language="en")).counts


def test_stories_a_crash_and_a_theft_of_one_district_are_two_stories():
    # the reports share the district's places, the Polres and its spokesman, nothing of what happened
    assert sorted(sorted(s.docs) for s in group_stories(_crash_and_theft())) == [["crash"], ["theft"]]
    # without the rule the shared places join them
    assert len(group_stories(_crash_and_theft(), NO_GRP9_RULES)) == 1


def test_distinct_names_count_initials_and_kind_words_once():
    keys = {"e:org:tpnpb", "e:org:tentara-pembebasan-nasional-papua-barat", "e:loc:jayawijaya",
            "e:loc:kabupaten-jayawijaya", "e:person:egianus-kogoya", "e:org:kkb"}
    assert len(distinct_names(keys)) == 4  # TPNPB and Jayawijaya are keyed twice; KKB initials nothing here


def _steps_of_one_case(second_title: str) -> list[Document]:
    # invented: a village head questioned, then missing a summons five days later
    names = {"Sutrisno Wibowo": "person:sutrisno-wibowo", "Marenda": "loc:marenda",
             "Kejari Marenda": "org:kejari-marenda", "Desa Lorok": "loc:desa-lorok"}
    first = _typed_report(
        "questioned", "Kejari Marenda Periksa Sutrisno Wibowo soal Dana Desa",
        "Penyidik Kejari Marenda memeriksa Kepala Desa Lorok Sutrisno Wibowo selama enam jam terkait "
        "penggunaan dana desa tahun anggaran 2023 di Marenda. Pemeriksaan berlangsung sejak pagi dan "
        "penyidik meminta dokumen pertanggungjawaban proyek jalan desa.", names, None, "2025-06-02")
    second = _typed_report(
        "summons", second_title,
        "Sutrisno Wibowo tidak memenuhi panggilan kedua Kejari Marenda tanpa keterangan. Kuasa hukumnya "
        "menyebut kliennya sakit, namun surat dokter belum diserahkan. Kejaksaan akan melayangkan panggilan "
        "ketiga pekan depan dan mempertimbangkan upaya paksa bila ia kembali absen dari Desa Lorok.",
        names, None, "2025-06-07")
    return [_dated(first, "2025-06-01"), _dated(second, "2025-06-06")]


def test_stories_steps_of_one_case_dated_apart_join_when_headlines_name_the_person():
    # the day rule is off by default (it cost held-out recall); this is what it does when on
    reports = _steps_of_one_case("Sutrisno Wibowo Mangkir dari Panggilan Kedua")
    assert len(group_stories(reports, StorySettings(names_join_day_gap=2))) == 1
    # the days alone would part them (the later report at the case's village, ``later_report_place_days``,
    # joins them another way: off here, to see this rule alone)
    spared_off = StorySettings(names_join_day_gap=2, day_gap_spares_headline_person=False, later_report_place_days=0)
    assert len(group_stories(_steps_of_one_case("Sutrisno Wibowo Mangkir dari Panggilan Kedua"), spared_off)) == 2


def _preview_and_launch() -> list[Document]:
    # invented: a ministry's programme announced the day before its launch; the reports share
    # only bodies (the programme by its full name and initials, the ministry, the city's office)
    names = {"Sistem Pangan Terpadu Nusantara": "org:sistem-pangan-terpadu-nusantara", "SPTN": "org:sptn",
             "Kementerian Pertanian": "org:kementerian-pertanian",
             "Dinas Pertanian Balikota": "org:dinas-pertanian-balikota"}
    preview = _typed_report(
        "preview", "Sistem Pangan Terpadu Nusantara Segera Diluncurkan",
        "Kementerian Pertanian akan meluncurkan Sistem Pangan Terpadu Nusantara (SPTN) di Balikota besok. "
        "Sistem Pangan Terpadu Nusantara mencatat stok gabah, harga pupuk dan jadwal tanam setiap kecamatan "
        "dalam satu aplikasi, kata juru bicara kementerian. Uji coba sudah berjalan bersama Dinas Pertanian "
        "Balikota dan dua provinsi lain.",
        names, None, "2025-06-24")
    launch = _typed_report(
        "launch", "SPTN Resmi Dirilis, Petani Sambut Baik",
        "Acara di halaman Dinas Pertanian Balikota dihadiri ratusan penyuluh dan kelompok tani. Menteri dari "
        "Kementerian Pertanian menekan tombol sirene sebagai tanda peresmian SPTN, disambut tepuk tangan. "
        "Seorang penanam cabai berharap Sistem Pangan Terpadu Nusantara membuat subsidi tidak lagi terlambat "
        "saat musim hujan. Usai acara, rombongan meninjau gudang beras milik koperasi desa dan berdialog "
        "dengan para pedagang pasar induk tentang ongkos angkut dari pelabuhan. Hujan deras sempat mengguyur "
        "lapangan sehingga tamu berteduh di tenda.",
        names, None, "2025-06-25")
    return [preview, launch]


def test_stories_a_body_both_headlines_name_is_the_events_own():
    assert len(group_stories(_preview_and_launch())) == 1
    # read as announcers, the bodies alone would not join them
    assert len(group_stories(_preview_and_launch(), StorySettings(headline_bodies_own=False))) == 2

def _outlet_word_counts_scanning_every_text(text: str) -> Counter:
    """What ``_outlet_word_counts`` counted before texts without a domain ending were skipped."""
    from ceksilang.ingest.metadata import domain_pattern
    from ceksilang.reconcile.stories import content_terms

    found: Counter = Counter()
    for match in domain_pattern().finditer(text):
        found.update(key for key, _ in content_terms(match.group(0)))
    return found


def test_stories_outlet_words_are_those_of_a_scan_of_the_whole_text():
    # fuzzed texts of domains, near-domains and prose (seeded): the skip of texts without a
    # domain ending must never lose a domain a scan of the whole text finds
    import random

    from ceksilang.reconcile.stories import _outlet_word_counts

    pieces = ["Kompas.com", "KRJOGJA,com", "Krjogja com", "tribun-papua.co.id", "REPUBLIKA.CO.ID", "TEMPO.CO",
              "detik.comx", "a.b.c.id.", "x.my.id", "Ömer.com", "kota", "Jakarta", "-", ".", ",", " ", "\n",
              "com", "co.id", "Rp1.000", "3.000", "situs.web.id,", "warga", "ID", "berita.news"]
    rng = random.Random(15)
    texts = ["Tribun-Papua.com, Wamena - Banjir merendam 30 rumah.", "Banjir merendam 30 rumah di Wamena."]
    texts += ["".join(rng.choice(pieces) + rng.choice(["", " ", ". "]) for _ in range(rng.randint(1, 30)))
              for _ in range(3000)]
    with_domains = 0
    for text in texts:
        expected = _outlet_word_counts_scanning_every_text(text)
        with_domains += bool(expected)
        assert _outlet_word_counts(text) == expected, text
    assert with_domains > 500  # the fuzz reaches both branches
    assert _outlet_word_counts(texts[0]) == Counter({"tribun-papua": 1}) and not _outlet_word_counts(texts[1])


# --------------------------------------------------------------------------- second names (grp10)


def _musician_report(doc_id: str, text: str, names: list[tuple[str, str, str]]) -> Document:
    """An invented report with the mentions ``names`` (as written, label, entity id) as the model
    typed and linking keyed them."""
    d = doc(doc_id, text, title="Musisi Meninggal Dunia", published="2025-03-04")
    at = 0
    for name, label, entity in names:
        start = text.index(name, at)
        at = start + len(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=at, text=name, label=label, entity=entity))
    return d


def test_a_stage_name_typed_a_place_is_keyed_as_a_person_too():
    text = ("Dimas Arwan Saputro, musisi yang dikenal dengan nama panggung Lestiyo, meninggal dunia. "
            "Kabar kepergian Lestiyo mengejutkan penggemarnya di Karangwaru.")
    d = _musician_report("stage-a", text, [("Dimas Arwan Saputro", "PERSON", "person:dimas-arwan-saputro"),
                                           ("Lestiyo", "LOC", "loc:lestiyo"), ("Lestiyo", "LOC", "loc:lestiyo"),
                                           ("Karangwaru", "LOC", "loc:karangwaru")])
    counts = count_terms(d).counts
    # the report that writes the cue shares the person key with one whose model typed the name a
    # person, and keeps the place key a report giving no cue has
    assert counts["e:person:lestiyo"] == 2 and counts["e:loc:lestiyo"] == 2
    # a place named without a cue stays a place only
    assert "e:person:karangwaru" not in counts and counts["e:loc:karangwaru"] == 1
    off = count_terms(d, StorySettings(person_second_names=False)).counts
    assert "e:person:lestiyo" not in off


def test_a_person_span_over_an_alias_cue_gives_the_second_name_as_a_person():
    # the cue glued to the word before it, as scraped text leaves it
    text = "Musisi Dimas Arwan Saputroalias Lestiyo diketahui sempat mengeluh pusing."
    d = _musician_report("stage-b", text, [("Dimas Arwan Saputroalias Lestiyo", "PERSON",
                                            "person:dimas-arwan-saputroalias-lestiyo")])
    counts = count_terms(d).counts
    assert counts["e:person:lestiyo"] == 1
    # a name that merely ends in the cue's letters after a capital is no cue
    plain = _musician_report("stage-c", "Kata Dalias Putra kepada wartawan.",
                             [("Dalias Putra", "PERSON", "person:dalias-putra")])
    assert "e:person:putra" not in count_terms(plain).counts


def _gun_reports(place: str, entity: str | None) -> list[Document]:
    """Three invented reports of one incident on one road: the first tells the act, the second
    the police hunt (close to the first only through the road), the third both. ``entity``: the
    road's entity id as linking keyed it (None: not keyed at all)."""
    texts = [
        ("gun-a", f"Sopir Todongkan Pistol di {place}",
         f"Seorang sopir menodongkan pistol ke pengendara lain di {place} setelah cekcok di jalur cepat. "
         "Video aksi koboi itu viral di media sosial."),
        ("gun-b", f"Polisi Buru Pemilik Senjata Api di {place}",
         f"Polisi memburu pemilik senjata api di {place}. Kapolres Marwati Suroso meminta warga yang "
         "mengenali pelaku segera melapor karena identitasnya masih didalami penyidik."),
        ("gun-c", f"Sopir Todong Pistol di {place} Diburu Polisi",
         f"Sopir yang menodongkan pistol ke pengendara lain di {place} setelah cekcok di jalur cepat diburu "
         "polisi. Video aksi koboi itu viral. Kapolres Marwati Suroso mengatakan identitas pemilik senjata "
         "api itu didalami penyidik dan meminta warga melapor."),
    ]
    out = []
    for hour, (doc_id, title, text) in enumerate(texts, start=7):
        d = doc(doc_id, text, title=title, published=f"2025-03-03 0{hour}:00")
        names = [(place, "LOC", entity)] if entity else []
        if "Marwati Suroso" in text:
            names.append(("Marwati Suroso", "PERSON", "person:marwati-suroso"))
        for name, label, ent in names:
            start = text.index(name)
            d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label=label,
                                      entity=ent))
        out.append(d)
    return out


def test_a_report_close_to_two_stories_of_one_event_makes_them_one():
    reports = _gun_reports("Tol Kalimaru", "loc:tol-kalimaru")
    # the hunt report arrives below the threshold of the act's story and starts a second one;
    # the third report is close to both and bridges them
    apart = group_stories(reports, StorySettings(bridge_similarity=0.0))
    assert sorted(sorted(s.docs) for s in apart) == [["gun-a"], ["gun-b", "gun-c"]]
    together = group_stories(reports, StorySettings(bridge_similarity=0.45))
    assert [sorted(s.docs) for s in together] == [["gun-a", "gun-b", "gun-c"]]
    assert StorySettings().bridge_similarity == 0.45  # on by default


@pytest.mark.parametrize("place, entity", [
    ("Tol Kalimaru", None),  # the headline word is no name the reports share
    ("Teheran", "gpe:teheran"),  # a name the gazetteer lists: every report of a country heads with it
])
def test_two_stories_stay_apart_when_no_headline_name_of_the_event_bridges_them(place, entity):
    reports = _gun_reports(place, entity)
    apart = sorted(sorted(s.docs) for s in group_stories(reports, StorySettings(bridge_similarity=0.0)))
    assert apart == [["gun-a"], ["gun-b", "gun-c"]]
    assert sorted(sorted(s.docs) for s in group_stories(reports, StorySettings(bridge_similarity=0.45))) == apart


def _dated_gun_reports(days: tuple[str, str, str]) -> list[Document]:
    """``_gun_reports`` whose third report tells the hunt in the Kapolres's words (close to the hunt's
    story, further from the act's), each report dating its event to its day of ``days``."""
    reports = _gun_reports("Tol Kalimaru", "loc:tol-kalimaru")
    hunt = reports[2]
    hunt.title = "Kapolres Buru Pemilik Senjata di Tol Kalimaru"
    hunt.text = ("Polisi memburu sopir yang menodongkan pistol di Tol Kalimaru. Kapolres Marwati Suroso mengatakan "
                 "identitas pemilik senjata api itu didalami penyidik dan meminta warga melapor.")
    hunt.mentions = []
    for name, label, entity in (("Tol Kalimaru", "LOC", "loc:tol-kalimaru"),
                                ("Marwati Suroso", "PERSON", "person:marwati-suroso")):
        start = hunt.text.index(name)
        hunt.mentions.append(Mention(doc=hunt.id, start=start, end=start + len(name), text=name, label=label,
                                     entity=entity))
    for report, day in zip(reports, days):
        report.dates = [TimeExpr(doc=report.id, start=0, end=1, text="Senin", value=day, precision="day")]
    return reports


def test_a_report_of_one_days_event_bridges_two_stories_of_that_day_below_the_usual_bridge():
    one_day = _dated_gun_reports(("2025-03-03", "2025-03-03", "2025-03-03"))
    # the hunt report reaches the act's story at a cosine under ``bridge_similarity``: without the
    # same-day bar the event stays in two stories (and without the small-batch join, which joins the
    # three on their day and the road's rare name itself: ``small_batch_docs``, grp37)
    apart = group_stories(one_day, StorySettings(bridge_similarity_same_event_day=0.0, small_batch_docs=0))
    assert sorted(sorted(s.docs) for s in apart) == [["gun-a"], ["gun-b", "gun-c"]]
    together = group_stories(one_day, StorySettings(bridge_similarity_same_event_day=0.3))
    assert [sorted(s.docs) for s in together] == [["gun-a", "gun-b", "gun-c"]]
    assert StorySettings().bridge_similarity_same_event_day == 0.3  # on by default
    # the act dated to the day before: two days' events, the usual bar holds and they stay apart
    two_days = _dated_gun_reports(("2025-03-02", "2025-03-03", "2025-03-03"))
    assert sorted(sorted(s.docs) for s in group_stories(two_days)) == [["gun-a"], ["gun-b", "gun-c"]]


def _club_report(doc_id: str, title: str, text: str, hour: int, outlet: str = "Kabar Kota") -> Document:
    """An invented report on one football club's news of one day, its people and the club linked
    (one regional outlet's unless ``outlet`` says another)."""
    d = doc(doc_id, text, title=title, published=f"2025-03-03 {hour:02d}:00", outlet=outlet)
    for name, label, ent in [("Bambang Wiratmoko", "PERSON", "person:bambang-wiratmoko"),
                             ("Hendra Saputro", "PERSON", "person:hendra-saputro"),
                             ("Dimas Anggoro", "PERSON", "person:dimas-anggoro"),
                             ("Rudy Hartono", "PERSON", "person:rudy-hartono"),
                             ("Persikota", "ORG", "org:persikota")]:
        at = text.find(name)
        if at >= 0:
            d.mentions.append(Mention(doc=doc_id, start=at, end=at + len(name), text=name, label=label, entity=ent))
    return d


COACH_REPORTS = [
    ("coach-a", "Nasib Pelatih Bambang Wiratmoko di Persikota Belum Jelas",
     "Nasib pelatih Bambang Wiratmoko di Persikota belum jelas menjelang musim baru. Manajer Persikota "
     "Hendra Saputro mengatakan kontrak Bambang masih dibahas manajemen klub. Bambang mengaku pasrah "
     "menunggu keputusan manajemen Persikota untuk musim baru."),
    ("coach-b", "Manajer Persikota soal Nasib Bambang: Kontrak Aman",
     "Manajer Persikota Hendra Saputro memastikan kontrak pelatih Bambang Wiratmoko aman untuk musim baru. "
     "Bambang akan menjadi asisten pelatih dan direktur akademi Persikota. Hendra menyebut manajemen klub "
     "sudah sepakat soal nasib Bambang."),
]
PLAYER_REPORT = (
    "player", "Dimas Anggoro Diperpanjang Persikota untuk Musim Baru",
    "Persikota memperpanjang kontrak Dimas Anggoro untuk musim baru. Manajer Persikota Hendra Saputro "
    "mengatakan Dimas tampil konsisten bersama klub musim lalu. Dimas mengaku senang bertahan di Persikota "
    "dan siap bersaing di musim baru.")


def test_a_club_report_headed_by_another_person_starts_its_own_story():
    # the club, its manager and the season's words are shared; the headlines name whom each is about
    reports = [_club_report(i, t, x, h) for h, (i, t, x) in enumerate([*COACH_REPORTS, PLAYER_REPORT], start=7)]
    joined = sorted(sorted(s.docs) for s in group_stories(reports, StorySettings(headline_people_apart=False)))
    assert joined == [["coach-a", "coach-b", "player"]]
    apart = sorted(sorted(s.docs) for s in group_stories(reports, StorySettings(headline_people_apart=True)))
    assert apart == [["coach-a", "coach-b"], ["player"]]


def test_a_follow_up_headed_by_someone_else_that_tells_of_the_story_person_joins():
    # an agent speaks about the coach's contract: the headline names the agent, the text the coach
    agent = ("agent", "Agen Rudy Hartono Bicara Kontrak Pelatih Persikota",
             "Agen Rudy Hartono menyebut kontrak Bambang Wiratmoko di Persikota aman untuk musim baru. "
             "Menurut Rudy, Bambang sudah bertemu manajer Hendra Saputro. Bambang akan menjadi asisten "
             "pelatih musim baru.")
    reports = [_club_report(i, t, x, h) for h, (i, t, x) in enumerate([*COACH_REPORTS, agent], start=7)]
    together = StorySettings(headline_people_apart=True)
    assert sorted(sorted(s.docs) for s in group_stories(reports, together)) == [["agent", "coach-a", "coach-b"]]



# One match told by three outlets: a preview headed by the coach, then the result headed by the
# scorer and by the other side's scorer. The club, its coach and the season's words are shared
# as in the club's other news of the day.
MATCH_REPORTS = [
    ("preview", "Bambang Wiratmoko Siapkan Persikota Hadapi Persiba di Laga Pembuka",
     "Pelatih Bambang Wiratmoko menyiapkan Persikota menghadapi Persiba pada laga pembuka di stadion "
     "kandang. Bambang meminta pemain menekan sejak babak pertama dan mencetak gol cepat. Bambang "
     "menyebut laga pembuka menentukan semangat tim.", "Kabar Kota"),
    ("scorer", "Gol Dimas Anggoro Bawa Persikota Tahan Imbang Persiba",
     "Gol Dimas Anggoro pada babak kedua membawa Persikota menahan imbang Persiba 1-1 pada laga pembuka "
     "di stadion kandang. Persiba lebih dulu mencetak gol pada babak pertama. Pelatih Bambang Wiratmoko "
     "puas dengan hasil imbang laga pembuka.", "Warta Bola"),
    ("result", "Rudy Hartono Cetak Gol, Persiba Bawa Pulang Satu Poin dari Laga Pembuka",
     "Rudy Hartono mencetak gol babak pertama untuk Persiba, tetapi Persikota menyamakan skor pada babak "
     "kedua lewat gol Dimas Anggoro. Laga pembuka di stadion kandang berakhir imbang 1-1. Pelatih Bambang "
     "menyebut timnya menekan sepanjang laga.", "Sport Harian"),
]


def test_one_outlets_club_report_headed_by_another_person_starts_its_own_story_by_default():
    # one outlet's coach story and its piece on a player's contract: the club, its manager and
    # "kontrak", "musim baru" are shared, the headlines name whom each is about
    reports = [_club_report(i, t, x, h) for h, (i, t, x) in enumerate([*COACH_REPORTS, PLAYER_REPORT], start=7)]
    assert StorySettings().headline_people_apart and StorySettings().headline_people_same_outlet
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["coach-a", "coach-b"], ["player"]]


def test_another_outlets_report_headed_by_another_person_may_join():
    # the same player piece from an outlet that has no report in the coach's story is not held
    # apart by the headline rule: the words decide, as they did before it
    player = _club_report(*PLAYER_REPORT, 9, outlet="Warta Bola")
    reports = [_club_report(i, t, x, h) for h, (i, t, x) in enumerate(COACH_REPORTS, start=7)] + [player]
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["coach-a", "coach-b", "player"]]
    # with the outlet condition off, grp12's rule holds it apart whatever its outlet
    apart = StorySettings(headline_people_same_outlet=False)
    assert sorted(sorted(s.docs) for s in group_stories(reports, apart)) == [["coach-a", "coach-b"], ["player"]]


def test_a_match_told_by_three_outlets_under_different_headline_people_stays_one_story():
    reports = [_club_report(i, t, x, h, o) for h, (i, t, x, o) in enumerate(MATCH_REPORTS, start=7)]
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["preview", "result", "scorer"]]
    # grp12's rule alone (neither the outlet condition nor the shared event words) splits the match
    alone = StorySettings(headline_people_same_outlet=False, headline_people_words=0.0)
    assert len(group_stories(reports, alone)) > 1


# --------------------------------------------------------------------------- grp14: small batches


def _placed_report(doc_id: str, title: str, text: str, names: list[tuple[str, str]], published: str,
                   outlet: str = "Kabar Kota") -> Document:
    d = doc(doc_id, text, title=title, published=published, outlet=outlet)
    for name, label in names:
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label=label,
                                  entity=f"{label.lower()}:" + name.lower().replace(" ", "-")))
    return d


# One occasion kept in two towns the same morning: the words and the occasion's name are shared,
# the town in each headline is not (invented, as the Hari Bhayangkara car-free days of 22 June 2025).
OCCASION_IN_TWO_TOWNS = [
    ("tanjungraya", "Hari Pramuka ke-64, Polres Tanjungraya Buka Layanan Gratis di Car Free Day",
     "Polres Tanjungraya membuka layanan gratis di car free day Alun-alun Tanjungraya untuk menyambut Hari "
     "Pramuka ke-64. Warga Tanjungraya bisa memperpanjang SIM, membuat SKCK dan memeriksa kesehatan tanpa "
     "biaya. Kapolres Tanjungraya mengatakan layanan gratis itu wujud kedekatan polisi dengan masyarakat. "
     "Ratusan warga Tanjungraya antre sejak pagi di stan pelayanan.", "Tanjungraya", "2025-03-03 09:00"),
    ("sungaiwangi", "Sambut Hari Pramuka ke-64, Polres Sungaiwangi Gelar Layanan Gratis di CFD",
     "Polres Sungaiwangi menggelar layanan gratis di car free day Jalan Merdeka Sungaiwangi menyambut Hari "
     "Pramuka ke-64. Masyarakat Sungaiwangi dapat memperpanjang SIM, membuat SKCK dan memeriksa kesehatan "
     "tanpa biaya. Kapolres Sungaiwangi menyebut pelayanan gratis itu bentuk kedekatan polisi dengan warga. "
     "Warga Sungaiwangi memadati stan layanan sejak pagi.", "Sungaiwangi", "2025-03-03 11:00"),
]


def test_one_occasion_in_two_towns_is_two_stories_with_the_headline_places_rule():
    # the rule is off by default (it cost held-out recall: real events headed by two places);
    # this is what it does when on
    reports = [_placed_report(i, t, x, [(town, "GPE")], p) for i, t, x, town, p in OCCASION_IN_TWO_TOWNS]
    on = StorySettings(headline_places_apart=True)
    assert sorted(sorted(s.docs) for s in group_stories(reports, on)) == [["sungaiwangi"], ["tanjungraya"]]
    # without it, and with the occasion's name and the body's kind word read as headline names (as
    # before grp23), the shared words join them
    assert not StorySettings().headline_places_apart
    as_before = StorySettings(title_names_skip_occasions=False, title_names_skip_body_kinds=False)
    assert sorted(sorted(s.docs) for s in group_stories(reports, as_before)) == [["sungaiwangi", "tanjungraya"]]
    # by default "Hari Pramuka" and "Polres" name no subject: each headline names its own town, which the
    # other report never writes, and the headline-name rule holds them apart
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["sungaiwangi"], ["tanjungraya"]]


def test_one_event_headed_by_its_village_and_by_its_district_stays_one_story_with_the_rule_on():
    # each text writes the other's headline place: the same flood
    names = [("Kalora", "GPE"), ("Tembaru", "GPE")]
    village = _placed_report(
        "village", "Banjir Bandang Rendam Ratusan Rumah di Kalora",
        "Banjir bandang merendam ratusan rumah di Desa Kalora, Kecamatan Tembaru, setelah sungai meluap. "
        "Warga Kalora mengungsi ke balai desa dan petugas membuka dapur umum.", names, "2025-03-03 09:00")
    district = _placed_report(
        "district", "Ratusan Rumah di Tembaru Terendam Banjir Bandang",
        "Ratusan rumah di Kecamatan Tembaru terendam banjir bandang setelah sungai meluap. Desa Kalora paling "
        "parah dan warganya mengungsi ke balai desa, tempat petugas membuka dapur umum.",
        [("Tembaru", "GPE"), ("Kalora", "GPE")], "2025-03-03 11:00")
    on = StorySettings(headline_places_apart=True)
    assert sorted(sorted(s.docs) for s in group_stories([village, district], on)) == [["district", "village"]]


# One visit to a rice depot told by one outlet in two pieces, each headed by its own newsmaker: the
# agency head's piece never names the president, both tell the depot's stock in the same words (invented,
# as a president's depot visit and the agency head's remarks there, 10 January 2019).
DEPOT_VISIT = [
    ("kepala", "Wiryo: Stok Beras di Gudang Cukup hingga Juli",
     "Kepala badan logistik Wiryo memastikan stok beras di gudang cukup hingga Juli. Wiryo menyampaikan hal itu "
     "di gudang beras Sukamaju pada Kamis pagi. Stok beras di gudang mencapai ratusan ribu ton dan penyerapan "
     "gabah petani terus berjalan. Harga beras di pasar dijaga agar petani dan pembeli sama-sama untung. "
     "Pemerintah tidak akan mengimpor beras selama stok di gudang cukup.",
     [("Wiryo", "PERSON"), ("Sukamaju", "GPE")], "2025-03-03 10:00"),
    ("presiden", "Presiden Hartono Pastikan Stok Beras Aman",
     "Presiden Hartono meninjau gudang beras di Sukamaju pada Kamis pagi untuk memastikan stok beras aman. Stok "
     "beras di gudang mencapai ratusan ribu ton dan penyerapan gabah petani terus berjalan. Hartono meminta "
     "harga beras di pasar dijaga agar petani dan pembeli sama-sama untung. Pemerintah tidak akan mengimpor "
     "beras selama stok di gudang cukup.",
     [("Hartono", "PERSON"), ("Sukamaju", "GPE")], "2025-03-03 11:00"),
]


def _depot_reports(second_outlet: str) -> list[Document]:
    return [_placed_report(i, t, x, names, p, outlet="Kabar Kota" if i == "kepala" else second_outlet)
            for i, t, x, names, p in DEPOT_VISIT]


def test_one_outlets_two_pieces_of_one_visit_headed_by_two_newsmakers_join_with_the_words_bar():
    # off by default: the headline names hold the pieces apart (the president is never named in the
    # agency head's piece)
    assert StorySettings().title_names_words == 0.0
    assert sorted(sorted(s.docs) for s in group_stories(_depot_reports("Kabar Kota"))) == [["kepala"], ["presiden"]]
    on = StorySettings(title_names_words=0.15)
    assert sorted(sorted(s.docs) for s in group_stories(_depot_reports("Kabar Kota"), on)) == [["kepala", "presiden"]]
    # another outlet's piece gets no such leave: the headline rule holds as before
    assert sorted(sorted(s.docs) for s in group_stories(_depot_reports("Warta Lain"), on)) == [["kepala"], ["presiden"]]


# A mosque's news and an explainer on the mosque: the names are shared, no word of what happened is.
MOSQUE_NAMES = [("Masjid Al Falah", "ORG"), ("Sukamaju", "GPE"), ("Tanjungraya", "GPE")]
MOSQUE_NEWS = (
    "blokir", "Kanal Video Masjid Al Falah Sukamaju Diblokir Platform",
    "Kanal video Masjid Al Falah di Kampung Sukamaju, Kota Tanjungraya, diblokir platform karena dituding "
    "melanggar aturan. Pengurus masjid membantah tudingan itu dan mengajukan banding kepada platform. Konten "
    "terakhir yang diunggah berupa kajian tentang bantuan kemanusiaan. Ketua takmir menyebut pemblokiran "
    "terjadi tanpa peringatan dan ribuan pelanggan kehilangan akses siaran langsung. Pengelola media sosial "
    "mengunggah tangkapan layar pemberitahuan pemblokiran dan meminta pengikut bersabar. Pakar hukum siber "
    "menilai aturan moderasi konten sering keliru menandai ceramah sebagai ekstremisme. Pengurus berencana "
    "memindahkan arsip video ke situs sendiri bila banding ditolak.")
MOSQUE_HISTORY = (
    "sejarah", "Sejarah Masjid Al Falah Sukamaju dan Keunikannya",
    "Masjid Al Falah berdiri di Kampung Sukamaju, Kota Tanjungraya, sejak 1967. Bangunannya bercat hijau dengan "
    "menara kayu setinggi dua puluh meter. Setiap pekan ribuan jemaah datang untuk salat dan studi banding "
    "tentang pengelolaan kas. Halaman parkirnya luas sehingga bus rombongan peziarah sering singgah di sana. "
    "Di sekelilingnya berdiri deretan warung makan, toko buku dan penginapan sederhana milik warga. Arsitek "
    "pertamanya meniru gaya rumah panggung dengan tiang jati dan atap limasan bertingkat tiga. Pada bulan puasa "
    "dapur umum menyiapkan takjil gratis, sementara perpustakaan kecil buka hingga malam.")


def test_one_outlets_explainer_sharing_only_a_bodys_names_does_not_join_its_news():
    reports = [_placed_report(i, t, x, MOSQUE_NAMES, f"2025-03-03 {h}:00")
               for h, (i, t, x) in zip((9, 11), (MOSQUE_NEWS, MOSQUE_HISTORY))]
    assert StorySettings().names_join_min_words > 0 and StorySettings().names_join_same_outlet
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["blokir"], ["sejarah"]]
    # without the words bar the three shared names join them
    off = StorySettings(names_join_min_words=0.0)
    assert sorted(sorted(s.docs) for s in group_stories(reports, off)) == [["blokir", "sejarah"]]


def test_another_outlets_report_sharing_only_names_still_joins_through_them():
    # another outlet may tell one event in other words: the bar holds within one outlet's pieces
    news = _placed_report(*MOSQUE_NEWS, MOSQUE_NAMES, "2025-03-03 09:00", outlet="Kabar Kota")
    other = _placed_report(*MOSQUE_HISTORY, MOSQUE_NAMES, "2025-03-03 11:00", outlet="Warta Pagi")
    assert sorted(sorted(s.docs) for s in group_stories([news, other])) == [["blokir", "sejarah"]]
    # every outlet alike: the bar parts them
    everywhere = StorySettings(names_join_same_outlet=False)
    assert sorted(sorted(s.docs) for s in group_stories([news, other], everywhere)) == [["blokir"], ["sejarah"]]


def test_background_counts_weigh_a_rare_name_over_a_common_word():
    # "warga" is written in most reports of the corpus, the regency in few; a word the counts
    # never saw (an invented town) is the rarest of all
    assert background_idf("warga") < background_idf("Pacitan") < background_idf("Tanjungraya")
    assert background_idf("Polres Pacitan") == background_idf("Pacitan")  # a name: its rarest word
    assert background_idf("") == 0.0


def _pair_cosine(reports: list[Document], settings: StorySettings) -> float:
    index = StoryIndex(settings, document_frequencies=document_frequencies(reports, settings),
                       total_documents=len(reports))
    first, second = (index.vector(count_terms(d, settings)) for d in reports[:2])
    return sum(w * second.get(k, 0.0) for k, w in first.items())


def test_background_idf_makes_two_towns_reports_of_one_occasion_less_alike_than_one_floods():
    # two reports alone: the batch's own counts say nothing of which words are rare, so the
    # occasion's words ("layanan", "gratis", "warga") weigh as much as the towns; with the
    # background counts the towns weigh more. Off by default (on coverage_tune12 it split a
    # wedding's report, and the occasion's pair still passes the threshold: 0.66 -> 0.40)
    towns = [_placed_report(i, t, x, [(town, "GPE")], p) for i, t, x, town, p in OCCASION_IN_TWO_TOWNS]
    flood = [doc(i, text, title=title) for i, title, text in FLOOD]
    on, off = StorySettings(background_idf_weight=1.0), StorySettings()
    assert off.background_idf_weight == 0.0
    assert _pair_cosine(towns, off) > 0.6 and _pair_cosine(flood, off) < 0.7
    assert _pair_cosine(towns, on) < 0.45 < _pair_cosine(flood, on)


def test_one_event_in_a_small_batch_stays_one_story_with_background_idf():
    reports = [doc(i, text, title=title, published="2025-03-01") for i, title, text in FLOOD]
    on = StorySettings(background_idf_weight=1.0)
    assert sorted(sorted(s.docs) for s in group_stories(reports, on)) == [["banjir-a", "banjir-b", "banjir-c"]]

def test_event_kind_keys_are_those_of_trying_every_form_of_every_kind():
    """``event_kind_keys`` tries only the forms whose first key the headline holds; the kinds,
    in their order, must be those of trying every form of every kind, on headlines made of the
    forms' own words (whole, cut short, mixed, reversed) and other words."""
    import random

    from ceksilang.reconcile.stories import KIND_PREFIX, content_terms, event_kind_keys, event_kinds

    kinds = event_kinds()

    def by_every_form(title: str) -> list[str]:
        words = {k for k, _ in content_terms(title)}
        return [f"{KIND_PREFIX}{kind}" for kind, forms in kinds if any(all(k in words for k in f) for f in forms)]

    rng = random.Random(11)
    vocabulary = [w for _, forms in kinds for f in forms for w in f] + ["Presiden", "Jakarta", "Warga"]
    found = 0
    for _ in range(1500):
        title = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 7)))
        expected = by_every_form(title)
        found += bool(expected)
        assert event_kind_keys(title) == expected, title
    for kind, forms in kinds:
        for form in forms:
            title = " ".join(form)
            assert f"{KIND_PREFIX}{kind}" in event_kind_keys(title)
            assert event_kind_keys(" ".join(reversed(form))) == by_every_form(" ".join(reversed(form)))
    assert found > 500


# --------------------------------------------------------------------------- grp16: running news of one day

# One index through one trading day, told by two outlets (invented, as the IHSG of 19 June 2025): the
# closing report repeats the opening level, every other figure has moved.
INDEX_OPENING = (
    "opening", "Indeks Saham Nusantara Dibuka Melemah ke 7.107",
    "Indeks Saham Nusantara (ISN) dibuka melemah ke level 7.107 pada perdagangan pagi ini. "
    "Pada pukul 09.30, indeks turun 0,84 persen ke 7.045 dan 312 saham melemah, 118 saham menguat. "
    "Analis menyebut tekanan jual investor asing masih membayangi bursa di tengah ketegangan geopolitik. "
    "Nilai transaksi pagi mencapai Rp 2,1 triliun. Indeks LQ45 turun 1,4 persen ke 741 dan sektor energi "
    "merosot 2,3 persen.", "2025-03-03 09:40", "Kabar Pasar")
INDEX_CLOSING_TEXT = (
    "Indeks Saham Nusantara (ISN) ditutup anjlok 1,96 persen atau 139 poin ke 6.968 sore ini, "
    "setelah dibuka di 7.107. Sepanjang hari indeks bergerak di rentang 6.941 hingga 7.115. Sebanyak 455 saham "
    "turun, 160 saham naik dan 198 saham stagnan. Frekuensi perdagangan tercatat 1,2 juta kali dengan nilai "
    "Rp 11,4 triliun dan volume 19,8 miliar lembar.")


def _index_reports(closing_text: str = INDEX_CLOSING_TEXT, closing_day: str = "2025-03-03") -> list[Document]:
    closing = ("closing", "Indeks Saham Nusantara Ditutup Anjlok 1,96 Persen", closing_text,
               f"{closing_day} 16:40", "Warta Bursa")
    return [doc(i, text, title=title, published=published, outlet=outlet)
            for i, title, text, published, outlet in (INDEX_OPENING, closing)]


def _grouped(docs: list[Document], settings: StorySettings = StorySettings()) -> list[list[str]]:
    return sorted(sorted(s.docs) for s in group_stories(docs, settings))


# grp16's rule alone: grp26's market readings (on by default) would join these reports whatever the figures
ON = StorySettings(same_day_figures_apart_never=True, market_readings_together=False)
BOTH_OFF = StorySettings(market_readings_together=False)


def test_an_index_opening_and_closing_the_same_day_is_one_story():
    # the figures moved (cosine under the threshold), the words did not, and the opening level is in both
    assert _grouped(_index_reports(), ON) == [["closing", "opening"]]
    # without the rule (off by default: see StorySettings) and without grp26's readings the moved figures part them
    assert not StorySettings().same_day_figures_apart_never
    assert _grouped(_index_reports(), BOTH_OFF) == [["closing"], ["opening"]]
    # by default the two readings of the index's one trading day are one story (``market_readings_together``)
    assert _grouped(_index_reports()) == [["closing", "opening"]]
    assert _grouped(_index_reports(closing_day="2025-03-04")) == [["closing"], ["opening"]]


def test_the_next_days_closing_stays_apart_from_an_opening():
    # the same words a day later: another trading day, and the figures still part it
    assert _grouped(_index_reports(closing_day="2025-03-04"), ON) == [["closing"], ["opening"]]


def test_a_same_day_report_that_shares_no_figure_stays_apart():
    # without the opening level the closing report agrees with the story on no figure: the rule does not hold
    text = INDEX_CLOSING_TEXT.replace(", setelah dibuka di 7.107", "")
    assert "7.107" not in text
    assert _grouped(_index_reports(closing_text=text), ON) == [["closing"], ["opening"]]


# Mock-ups (invented, grp18): a province's free school-bus decision, reported by three outlets on
# 3 March; a football final seven weeks later; two undated scraped pages, one of the bus decision
# and one of a market fire.
SCHOOL_BUS = [
    ("bus-a", "Gubernur Sulawesi Tengah Gratiskan Bus Sekolah Mulai April",
     "Gubernur Sulawesi Tengah Rusdi Mastura memutuskan bus sekolah gratis bagi pelajar SMA dan SMK mulai "
     "April. Keputusan itu diambil setelah rapat dengan Dinas Perhubungan di Palu. Sebanyak 45 armada bus "
     "sekolah melayani rute pinggiran kota dan desa terpencil."),
    ("bus-b", "Pelajar Sulteng Naik Bus Sekolah Gratis Mulai April",
     "Pelajar SMA dan SMK di Sulawesi Tengah bisa naik bus sekolah gratis mulai April, kata Gubernur Rusdi "
     "Mastura di Palu. Dinas Perhubungan menyiapkan 45 armada bus sekolah untuk rute pinggiran dan desa "
     "terpencil."),
    ("bus-c", "Rusdi Mastura Putuskan Bus Sekolah Gratis untuk Pelajar",
     "Bus sekolah gratis untuk pelajar SMA dan SMK Sulawesi Tengah berlaku mulai April. Gubernur Rusdi "
     "Mastura menyebut 45 armada bus sekolah Dinas Perhubungan akan menjangkau desa terpencil dan "
     "pinggiran kota Palu."),
]
FINAL = [
    ("final-a", "Persib Juara Piala Presiden Usai Tundukkan Persija",
     "Persib Bandung menjuarai Piala Presiden setelah menang 2-1 atas Persija Jakarta di Stadion Gelora "
     "Bandung Lautan Api. Gol kemenangan dicetak pada menit akhir babak kedua."),
    ("final-b", "Persija Takluk di Final, Persib Angkat Trofi Piala Presiden",
     "Persija Jakarta kalah 1-2 dari Persib Bandung pada final Piala Presiden di Stadion Gelora Bandung "
     "Lautan Api. Persib mengangkat trofi di depan puluhan ribu penonton."),
]
UNDATED_BUS = ("bus-undated", "Bus Sekolah Gratis bagi Pelajar SMA dan SMK Sulteng",
               "Gubernur Sulawesi Tengah Rusdi Mastura menggratiskan bus sekolah bagi pelajar SMA dan SMK mulai "
               "April. Dinas Perhubungan mengoperasikan 45 armada bus sekolah ke desa terpencil dan pinggiran "
               "Palu.")
UNDATED_FIRE = ("fire-undated", "Kebakaran Hanguskan Puluhan Kios Pasar Inpres Manonda",
                "Api menghanguskan puluhan kios di Pasar Inpres Manonda pada dini hari. Pedagang pakaian dan "
                "sembako kehilangan barang dagangan; petugas pemadam kebakaran memadamkan api setelah tiga jam.")


def _bus_and_final_reports() -> list[Document]:
    return ([doc(i, text, title, "2025-03-03") for i, title, text in SCHOOL_BUS]
            + [doc(i, text, title, "2025-04-20") for i, title, text in FINAL]
            + [doc(i, text, title, None) for i, title, text in (UNDATED_BUS, UNDATED_FIRE)])


def test_stories_an_undated_report_of_an_earlier_dated_event_joins_its_story_in_the_stream():
    from ceksilang.reconcile.briefing import MemorySource, iter_story_parts

    # the stream closes the bus story when the final's day arrives, long before the undated
    # pages (last in publication order) are read: the undated bus report must still join it
    stories = sorted(sorted(part.story.docs) for part in iter_story_parts(MemorySource(_bus_and_final_reports())))
    assert ["bus-a", "bus-b", "bus-c", "bus-undated"] in stories
    # an undated report of another event joins neither
    assert ["fire-undated"] in stories
    assert ["final-a", "final-b"] in stories


def test_stories_undated_arrival_days_take_the_day_of_the_closest_dated_report():
    reports = _bus_and_final_reports()
    index = StoryIndex(document_frequencies=document_frequencies(reports), total_documents=len(reports))
    vectors = {d.id: index.vector(count_terms(d)) for d in reports}
    dated = [(publication_day(d.published), vectors[d.id]) for d in reports if d.published]
    undated = {d.id: vectors[d.id] for d in reports if not d.published}
    days = undated_arrival_days(dated, undated, 0.3)
    assert days == {"bus-undated": publication_day("2025-03-03")}  # the fire page meets no dated report
    # a page that dates its own days far from the closest dated report's is not placed there
    # (a forecast "hari ini" of another month is like every forecast of its region)
    far = {"bus-undated": [publication_day("2025-05-22")]}
    assert undated_arrival_days(dated, undated, 0.3, far, window=7) == {}
    near = {"bus-undated": [publication_day("2025-03-01")]}
    assert undated_arrival_days(dated, undated, 0.3, near, window=7) == {"bus-undated": publication_day("2025-03-03")}


# Mock-up (invented, grp18): a ministry's follow-up five days after the decision it explains,
# dating the decision to its day ("Senin (3/3)") and told in its words.
BUS_FOLLOW_UP = ("bus-follow", "Dinas Perhubungan Sulteng Jelaskan Rute Bus Sekolah Gratis",
                 "Dinas Perhubungan Sulawesi Tengah menjelaskan rute bus sekolah gratis bagi pelajar SMA dan SMK "
                 "yang diputuskan Gubernur Rusdi Mastura pada Senin (3/3). Sebanyak 45 armada bus sekolah "
                 "melayani desa terpencil dan pinggiran kota Palu mulai April, dengan jadwal pagi dan siang.")


def _bus_with_follow_up() -> list[Document]:
    i, title, text = BUS_FOLLOW_UP
    return [doc(j, t, h, "2025-03-03") for j, h, t in SCHOOL_BUS] + [_dated(doc(i, text, title, "2025-03-08"),
                                                                          "2025-03-03")]


def test_stories_a_follow_up_dating_the_storys_event_joins_it_days_later():
    assert len(group_stories(_bus_with_follow_up())) == 1
    # without the rule the five days' decay parts it from the decision's story
    assert len(group_stories(_bus_with_follow_up(), StorySettings(follow_up_similarity=0.0))) == 2


def test_title_names_leave_out_an_occasions_name_and_a_regional_bodys_kind_word():
    text = ("Dalam rangka Hari Raya Idul Adha, Polres Tanjungraya membagikan hewan kurban bersama Sinar Agro. "
            "Kapolres Tanjungraya mengatakan Sinar Agro menyumbang dua sapi untuk warga.")
    keys = title_name_keys("Hari Raya Idul Adha, Polres Tanjungraya dan Sinar Agro Bagikan Kurban", text,
                           skip_occasions=True, skip_body_kinds=True)  # the body kinds ship off: asked for here
    assert {"@tanjungraya", "@sinar", "@agro"} <= set(keys)
    assert not {"@hari", "@raya", "@idul", "@adha", "@polres"} & set(keys)
    # as before when both are off
    before = title_name_keys("Hari Raya Idul Adha, Polres Tanjungraya dan Sinar Agro Bagikan Kurban", text,
                             skip_occasions=False, skip_body_kinds=False)
    assert {"@idul", "@adha", "@polres"} <= set(before)
    # a person's name that shares one word with an occasion stays ("Adha" alone is no occasion)
    assert "@adha" in title_name_keys("Adha Santoso Pimpin Rapat", "Kepala dinas Adha Santoso memimpin rapat. Adha "
                                      "Santoso meminta laporan.")


# Two companies' sacrifice of one Idul Adha, told the same day in the same words (invented, as the
# kurban pieces of 10 June 2025): each headline names its company and the occasion.
KURBAN_OF_TWO_COMPANIES = [
    ("sinar", "Rayakan Iduladha, Sinar Agro Salurkan 120 Hewan Kurban ke Masyarakat",
     "Sinar Agro menyalurkan 120 hewan kurban kepada masyarakat dalam rangka Iduladha 1446 Hijriah. Hewan kurban "
     "berupa sapi dan kambing dibagikan kepada warga di sekitar pabrik dan kantor Sinar Agro. Direktur Sinar Agro "
     "Bambang Wiryo mengatakan penyaluran hewan kurban merupakan wujud kepedulian perusahaan kepada masyarakat "
     "di momen Iduladha. Daging kurban dibagikan kepada warga yang membutuhkan.", "2025-03-03 10:00"),
    ("mitra", "Peringati Iduladha, Bank Mitra Bagikan 80 Hewan Kurban untuk Masyarakat",
     "Bank Mitra membagikan 80 hewan kurban kepada masyarakat dalam rangka Iduladha 1446 Hijriah. Hewan kurban "
     "berupa sapi dan kambing disalurkan kepada warga di sekitar kantor cabang Bank Mitra. Direktur Bank Mitra "
     "Sari Lestari mengatakan pembagian hewan kurban merupakan wujud kepedulian perusahaan kepada masyarakat di "
     "momen Iduladha. Daging kurban dibagikan kepada warga yang membutuhkan.", "2025-03-03 11:00"),
]


def test_two_companies_sacrifice_of_one_occasion_is_two_stories():
    reports = [doc(i, x, title=t, published=p, language="id", outlet="Kabar Kota" if i == "sinar" else "Warta Lain")
               for i, t, x, p in KURBAN_OF_TWO_COMPANIES]
    assert StorySettings().title_names_skip_occasions
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["mitra"], ["sinar"]]
    # with the occasion's name read as a headline name (as before grp23), the headlines share it and the
    # same words join the two companies
    as_before = StorySettings(title_names_skip_occasions=False)
    assert sorted(sorted(s.docs) for s in group_stories(reports, as_before)) == [["mitra", "sinar"]]


# Two towns' stands of one Sunday morning (invented, as tune14's Hari Bhayangkara stands): one body's report
# capitalises a program's verb ("Hadirkan Polisi"), so its headline's "Hadirkan" reads as a name; the other
# town's report writes "hadir" in lower case.
STANDS_OF_TWO_TOWNS = [
    ("tanjungraya", "Polres Tanjungraya Hadirkan Layanan Gratis untuk Warga di Alun-alun",
     "Polres Tanjungraya membuka layanan gratis di alun-alun Tanjungraya pada Minggu pagi. Lewat program Hadirkan "
     "Polisi di Tengah Warga, warga Tanjungraya bisa memperpanjang SIM, membuat SKCK dan memeriksa kesehatan tanpa "
     "biaya. Kapolres Tanjungraya menyebut program Hadirkan Polisi itu wujud kedekatan polisi dengan masyarakat. "
     "Ratusan warga Tanjungraya antre sejak pagi di stan pelayanan.", "2025-03-03 09:00", "Kabar Kota"),
    ("sungaiwangi", "Polres Sungaiwangi Buka Layanan Gratis untuk Warga di Alun-alun",
     "Polres Sungaiwangi membuka layanan gratis di alun-alun Sungaiwangi pada Minggu pagi. Warga Sungaiwangi bisa "
     "memperpanjang SIM, membuat SKCK dan memeriksa kesehatan tanpa biaya. Kapolres Sungaiwangi yang hadir di "
     "lokasi menyebut pelayanan gratis itu wujud kedekatan polisi dengan warga. Ratusan warga Sungaiwangi antre "
     "sejak pagi di stan layanan.", "2025-03-03 11:00", "Warta Lain"),
]


def test_a_story_headline_name_written_in_lower_case_names_nothing_with_the_setting_on():
    reports = [doc(i, x, title=t, published=p, language="id", outlet=o) for i, t, x, p, o in STANDS_OF_TWO_TOWNS]
    assert "@hadir" in title_name_keys(STANDS_OF_TWO_TOWNS[0][1], STANDS_OF_TWO_TOWNS[0][2])
    # off by default: "hadir" in the other town's text counts as naming the story's headline name
    assert not StorySettings().title_names_written_as_names
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["sungaiwangi", "tanjungraya"]]
    on = StorySettings(title_names_written_as_names=True)
    assert sorted(sorted(s.docs) for s in group_stories(reports, on)) == [["sungaiwangi"], ["tanjungraya"]]


def test_title_names_leave_out_offices_written_in_one_word():
    text = ("Menteri Ketenagakerjaan (Menaker) Yassierli berharap keputusan Presiden Prabowo Subianto dipahami. "
            "Menaker Yassierli mengatakan Presiden sudah mendengar buruh.")
    keys = title_name_keys("Menaker Yassierli Minta Buruh Pahami Keputusan Presiden", text)
    assert "@yassierli" in keys
    assert not {"@menaker", "@taker", "@presiden"} & set(keys)


# Mock-up (invented, grp19): one club's two home matches four days apart. The reports share the
# club, its coach, the stadium, the league and most words; the second match's reports recall the
# first defeat. Each report dates its match ("Jumat (7/3)", "Selasa (11/3)") and heads with the
# counterpart (Bintang Timur, Rajawali Selatan).
SERIES_FIRST = [
    ("first-a", "Persada FC Kalah 0-3 dari Bintang Timur di Stadion Giriwangi",
     "Persada FC kalah 0-3 dari Bintang Timur pada pekan ke-20 Liga Nusantara di Stadion Giriwangi, Jumat (7/3). "
     "Pelatih Persada FC Hendra Sasmita mengakui timnya kalah di lini tengah. Gol Bintang Timur dicetak "
     "Yoga Pranata pada menit ke-12, ke-40 dan ke-77. Penonton di Stadion Giriwangi pulang dengan kecewa.",
     "2025-03-07"),
    ("first-b", "Bintang Timur Bungkam Persada FC Tiga Gol Tanpa Balas",
     "Bintang Timur menang 3-0 atas tuan rumah Persada FC di Stadion Giriwangi pada Jumat (7/3) malam. "
     "Yoga Pranata mencetak tiga gol untuk Bintang Timur. Pelatih Hendra Sasmita menyebut Persada FC "
     "tampil buruk di babak kedua. Persada FC tertahan di papan tengah klasemen Liga Nusantara.",
     "2025-03-07"),
    ("first-c", "Hasil Liga Nusantara: Persada FC Dihajar Bintang Timur",
     "Persada FC dihajar Bintang Timur dengan skor 0-3 di Stadion Giriwangi, Jumat (7/3). Hattrick Yoga "
     "Pranata membuat pelatih Hendra Sasmita harus memutar otak sebelum laga berikutnya di Liga Nusantara. "
     "Persada FC kini mengoleksi 28 poin.", "2025-03-08"),
]
SERIES_SECOND = [
    ("second-a", "Persada FC Bangkit, Tekuk Rajawali Selatan 2-1",
     "Persada FC menang 2-1 atas Rajawali Selatan pada pekan ke-21 Liga Nusantara di Stadion Giriwangi, "
     "Selasa (11/3). Setelah kalah dari Bintang Timur, pelatih Hendra Sasmita mengubah lini tengah. Gol "
     "Persada FC dicetak Dimas Arya pada menit ke-30 dan ke-65. Penonton di Stadion Giriwangi bersorak.",
     "2025-03-11"),
    ("second-b", "Dua Gol Dimas Arya Antar Persada FC Kalahkan Rajawali Selatan",
     "Dimas Arya mencetak dua gol saat Persada FC mengalahkan Rajawali Selatan 2-1 di Stadion Giriwangi pada "
     "Selasa (11/3) malam. Pelatih Hendra Sasmita menyebut kekalahan dari Bintang Timur sudah dievaluasi. "
     "Persada FC naik ke papan atas klasemen Liga Nusantara.", "2025-03-11"),
]


def _series(*groups: list[tuple[str, str, str, str]]) -> list[Document]:
    # each report dates its match: the day in its text, as the date extractor would give it
    out = []
    for group in groups:
        for i, title, text, published in group:
            match_day = "2025-03-07" if i.startswith("first") else "2025-03-11"
            out.append(_dated(doc(i, text, title, published), match_day))
    return out


# grp19's series rule ships off (it split check13's and tune14's multi-day events and the seeds'
# developing story); these tests switch it on
SERIES_ON = StorySettings(series_day_gap=2)


def test_stories_series_rule_ships_off():
    assert StorySettings().series_day_gap == 0


def test_stories_two_matches_of_one_club_days_apart_are_two_stories():
    stories = sorted(sorted(s.docs) for s in group_stories(_series(SERIES_FIRST, SERIES_SECOND), SERIES_ON))
    assert stories == [["first-a", "first-b", "first-c"], ["second-a", "second-b"]]
    # without the rule the second match's reports join the first's story on the club, coach and stadium
    merged = group_stories(_series(SERIES_FIRST, SERIES_SECOND), StorySettings(series_day_gap=0))
    assert len(merged) == 1


def test_stories_a_report_dating_the_storys_match_days_later_stays_with_it():
    # invented: the coach's reaction three days on, headed by a player, dating the defeat: it
    # follows the first match, whatever day it names first
    reaction = _dated(doc("first-d", "Kapten Persada FC Rizki Anwar meminta maaf kepada pendukung pada Senin (10/3) atas "
                                     "kekalahan 0-3 dari Bintang Timur di Stadion Giriwangi pada Jumat (7/3). Rizki Anwar "
                                     "menyebut pelatih Hendra Sasmita sudah mengevaluasi tim. Yoga Pranata mencetak tiga "
                                     "gol di laga itu.",
                          "Kapten Persada FC Rizki Anwar Minta Maaf Usai Kalah dari Bintang Timur", "2025-03-10"),
                      "2025-03-10", "2025-03-07")
    stories = group_stories([*_series(SERIES_FIRST), reaction], SERIES_ON)
    assert sorted(sorted(s.docs) for s in stories) == [["first-a", "first-b", "first-c", "first-d"]]


def test_event_day_is_the_first_day_named_up_to_publication():
    preview = _dated(doc("p", "Persada FC menjamu Rajawali Selatan Selasa (11/3) setelah kalah Jumat (7/3).",
                         "Persada FC Siap Hadapi Rajawali Selatan", "2025-03-09"), "2025-03-11", "2025-03-07")
    assert event_day(preview) == publication_day("2025-03-07")  # the next match is ahead: not its event
    undated_text = doc("q", "Persada FC berlatih.", "Persada FC Berlatih", "2025-03-09")
    assert event_day(undated_text) is None


# Mock-up (invented, grp21): one outlet's pieces on a state visit's two days. The pieces share the
# visitor, the host, the visit's words and most names; each dates its own stop (Wednesday's dinner at
# the palace, Thursday's temple visit) and heads with what it tells.
VISIT_DAY_ONE = ("visit-palace", "Presiden Valdoria Teodor Marek Kagumi Lukisan Sukarno di Istana Merdeka",
                 "Presiden Valdoria Teodor Marek dan istrinya Alena Marek disambut Presiden Prabowo Subianto di "
                 "Istana Merdeka, Jakarta, Rabu (28/5). Dalam kunjungan kenegaraan itu Teodor Marek bertanya "
                 "tentang lukisan Sukarno di ruang kerja Prabowo. Prabowo menjawab lukisan itu presiden "
                 "pertama Indonesia. Kunjungan kenegaraan Presiden Valdoria berlangsung tiga hari.",
                 "2025-05-28", "2025-05-28")
VISIT_DAY_TWO = ("visit-temple", "Prabowo Sopiri Teodor Marek dengan Mobil Listrik di Candi Borobudur",
                 "Presiden Prabowo Subianto menyopiri Presiden Valdoria Teodor Marek dan istrinya Alena Marek "
                 "dengan mobil listrik di Candi Borobudur, Magelang, Kamis (29/5). Kunjungan kenegaraan "
                 "Presiden Valdoria berlanjut ke Jawa Tengah. Teodor Marek dan Prabowo berjalan di pelataran "
                 "candi sebelum berbincang dengan para pemandu.", "2025-05-29", "2025-05-29")


def _visit_piece(piece: tuple[str, str, str, str, str], outlet: str = "Warta Satu",
                 doc_id: str | None = None) -> Document:
    i, title, text, published, day = piece
    return _dated(doc(doc_id or i, text, title, published, outlet=outlet), day)


# grp21's same-outlet gap ships off (it split one outlet's next-day pieces of developing events on
# check13 and tune6a); these tests switch it on
SAME_OUTLET_SERIES_ON = StorySettings(series_day_gap_same_outlet=1)


def test_stories_same_outlet_series_rule_ships_off():
    assert StorySettings().series_day_gap_same_outlet == 0


def test_stories_one_outlets_pieces_on_two_days_of_a_visit_are_two_stories():
    pieces = [_visit_piece(VISIT_DAY_ONE), _visit_piece(VISIT_DAY_TWO)]
    assert len(group_stories(pieces, SAME_OUTLET_SERIES_ON)) == 2
    # without the rule the Thursday stop joins Wednesday's on the visitor, the host and the visit's words
    assert len(group_stories(pieces)) == 1


def test_stories_another_outlets_report_a_day_apart_still_joins():
    # another outlet's Thursday piece is held apart only by ``series_day_gap`` (off): a desk's
    # report a day later is most often the same event dated its own way
    pieces = [_visit_piece(VISIT_DAY_ONE), _visit_piece(VISIT_DAY_TWO, outlet="Kabar Dua")]
    assert len(group_stories(pieces, SAME_OUTLET_SERIES_ON)) == 1


def test_stories_one_outlets_follow_up_dating_the_first_day_stays_with_it():
    # invented: the same outlet's Thursday piece about Wednesday's palace visit dates it ("Rabu (28/5)")
    follow_up = _dated(doc("visit-palace-2", "Lukisan Sukarno yang ditanyakan Presiden Valdoria Teodor Marek di Istana "
                           "Merdeka, Jakarta, pada Rabu (28/5) ternyata karya Basuki Abdullah. Prabowo Subianto "
                           "menjelaskan lukisan itu kepada Teodor Marek dan Alena Marek saat kunjungan kenegaraan.",
                           "Basuki Abdullah Pelukis Potret Sukarno yang Ditanya Teodor Marek", "2025-05-29",
                           outlet="Warta Satu"), "2025-05-29", "2025-05-28")
    stories = group_stories([_visit_piece(VISIT_DAY_ONE), follow_up], SAME_OUTLET_SERIES_ON)
    assert sorted(sorted(s.docs) for s in stories) == [["visit-palace", "visit-palace-2"]]


def test_stories_a_story_other_outlets_tell_too_takes_the_outlets_next_day_piece():
    # the rule reads one outlet's own thread only: once another outlet reports Wednesday's stop,
    # the story is a shared event, and the first outlet's Thursday piece joins it as before
    other_desk = _visit_piece(VISIT_DAY_ONE, outlet="Kabar Dua", doc_id="visit-palace-b")
    pieces = [_visit_piece(VISIT_DAY_ONE), other_desk, _visit_piece(VISIT_DAY_TWO)]
    assert len(group_stories(pieces, SAME_OUTLET_SERIES_ON)) == 1
    # the same two pieces with only the first outlet's report of Wednesday: two stories
    assert len(group_stories([pieces[0], pieces[2]], SAME_OUTLET_SERIES_ON)) == 2


# --------------------------------------------------------------------------- where a speaker spoke


def _doorstop_reports() -> list[Document]:
    """Invented: a governor opens a village hall at Talang Rejo, then answers reporters there on
    new bus routes; the second report names the village only where he spoke."""
    hall = _typed_report(
        "hall", "Gubernur Resmikan Balai Warga di Talang Rejo",
        "Gubernur Arif Santoso meresmikan balai warga RW 04 di Talang Rejo, Sukamaju. Ia meminta balai itu "
        "dipakai warga tanpa pungutan biaya untuk rapat, posyandu dan latihan tari anak-anak. Tanah balai "
        "seluas tiga ribu meter persegi disumbangkan seorang warga sejak lama.",
        {"Arif Santoso": "person:arif-santoso", "Talang Rejo": "loc:talang-rejo", "Sukamaju": "loc:sukamaju"},
        "person:arif-santoso")
    said = ('"Dari terminal utara dan dari stasiun timur ke Pasar Lama, semua trayeknya akan kita buka," '
            "ujar Arif Santoso di kawasan Talang Rejo, Sukamaju, Jumat (20/6/2025).")
    routes = doc("routes", "Pemerintah provinsi akan membuka trayek bus baru menuju Pasar Lama untuk menghidupkan "
                 "kembali pusat belanja tua itu. " + said + " Survei kebutuhan penumpang menjadi dasar "
                 "penambahan armada tahun ini. Dinas perhubungan menyiapkan dua puluh bus listrik berpendingin "
                 "dengan tarif murah bagi pelajar dan lansia. Halte baru dibangun di sepanjang jalan protokol "
                 "menjelang akhir tahun.", title="Gubernur Akan Buka Trayek Bus ke Pasar Lama",
                 published="2025-06-20")
    start = routes.text.index(said)
    end = start + said.index('," ujar')
    routes.quotes.append(Quote(doc="routes", start=start + 1, end=end, text=routes.text[start + 1:end],
                               kind="direct", speaker="person:arif-santoso"))
    for name, entity in (("Pasar Lama", "loc:pasar-lama"), ("Arif Santoso", "person:arif-santoso"),
                         ("Talang Rejo", "loc:talang-rejo"), ("Sukamaju", "loc:sukamaju")):
        at = routes.text.index(name, start if name != "Pasar Lama" else 0)
        routes.mentions.append(Mention(doc="routes", start=at, end=at + len(name), text=name,
                                       label=entity.split(":")[0].upper(), entity=entity))
    return [hall, routes]


def test_speaking_places_are_the_places_named_only_where_a_speaker_spoke():
    hall, routes = _doorstop_reports()
    assert speaking_places(routes) == {"e:loc:talang-rejo", "e:loc:sukamaju"}
    assert speaking_places(hall) == set()  # no quote: the hall's village is its event's


def test_speaking_places_read_the_documents_own_language_data():
    _, routes = _doorstop_reports()
    # English's speech-verb data names no preposition of where a speaker stood: nothing is read
    # even where the Indonesian shape stands in the text
    routes.language = "en"
    assert speaking_places(routes) == set()
    # a language with no data file of its own is read with Indonesian's, as the grouping reads it
    routes.language = "ms"
    assert speaking_places(routes) == {"e:loc:talang-rejo", "e:loc:sukamaju"}


def test_a_governors_doorstop_answers_are_not_joined_through_the_place_he_spoke():
    # the speaker and the place he stood are all the two reports share: two stories
    assert sorted(sorted(s.docs) for s in group_stories(_doorstop_reports())) == [["hall"], ["routes"]]
    # with the rule off, the person and the two places join them through shared rare names
    off = StorySettings(speaking_places_apart=False)
    assert len(group_stories(_doorstop_reports(), off)) == 1


def test_title_names_leave_out_a_contests_name_and_a_sides_kind_word():
    text = ("Timnas Tanjungraya menang 2-1 atas Timnas Kalimaya di Kualifikasi Piala Dunia 2026 Zona Asia. "
            "Hasil itu membawa Tanjungraya ke puncak Grup C Kualifikasi Piala Dunia.")
    keys = title_name_keys("Kualifikasi Piala Dunia: Timnas Tanjungraya Kalahkan Kalimaya", text)
    assert {"@tanjungraya", "@kalimaya"} <= set(keys)
    assert not {"@kualifikasi", "@piala", "@dunia", "@timnas"} & set(keys)
    # the contest's words are kept apart for the headline-people rule, which reads them as the report's own subject
    contests: list[str] = []
    title_name_keys("Kualifikasi Piala Dunia: Timnas Tanjungraya Kalahkan Kalimaya", text, contests=contests)
    assert set(contests) == {"@kualifikasi", "@piala", "@dunia", "@timnas"}
    before = title_name_keys("Kualifikasi Piala Dunia: Timnas Tanjungraya Kalahkan Kalimaya", text,
                             skip_competitions=False)
    assert {"@kualifikasi", "@piala", "@dunia", "@timnas"} <= set(before)
    # a company's shareholder meeting is every company's: the company's name stays
    assert title_name_keys("Sinar Agro Gelar RUPS Hari Ini", "Sinar Agro menggelar RUPS hari ini. Agenda "
                           "RUPS Sinar Agro membahas dividen.") == ["@sinar", "@agro"]


# Two matches of one qualifying round told the same evening (invented, as the round of 10 June 2025): every
# headline names the contest; the reports of one match never write the other match's sides.
TWO_MATCHES_OF_ONE_ROUND = [
    ("tr-a", "Hasil Kualifikasi Piala Dunia 2026: Timnas Tanjungraya Hajar Kalimaya 4-0",
     "Timnas Tanjungraya menang 4-0 atas Kalimaya pada laga terakhir Grup C Kualifikasi Piala Dunia 2026 Zona Asia "
     "di Stadion Utama, Selasa malam. Gol dicetak pada babak pertama dan babak kedua. Pelatih Tanjungraya Budi "
     "Harsono puas dengan permainan timnya. Tanjungraya finis di puncak klasemen Grup C, Kalimaya di posisi keempat. "
     "Klasemen akhir grup menentukan tim yang lolos ke putaran keempat.", "Kabar Bola", "2025-03-04 20:00"),
    ("tr-b", "Kualifikasi Piala Dunia 2026: Tanjungraya Libas Kalimaya Empat Gol",
     "Tanjungraya melibas Kalimaya 4-0 dalam laga pamungkas Grup C Kualifikasi Piala Dunia 2026 Zona Asia di Stadion "
     "Utama, Selasa malam. Empat gol tercipta di babak pertama dan babak kedua. Budi Harsono, pelatih Tanjungraya, "
     "memuji pemainnya. Kalimaya tetap finis keempat klasemen Grup C dan lolos ke putaran keempat.",
     "Warta Olahraga", "2025-03-04 20:30"),
    ("bv-a", "Hasil Kualifikasi Piala Dunia 2026: Timnas Selarang Menang Tipis atas Moravia",
     "Timnas Selarang menang tipis 1-0 atas Moravia pada laga terakhir Grup C Kualifikasi Piala Dunia 2026 Zona Asia "
     "di Stadion Kota Selarang, Selasa malam. Gol tunggal dicetak lewat penalti pada babak kedua. Hasil ini membuat "
     "Moravia finis di dasar klasemen Grup C. Klasemen akhir grup menentukan tim yang lolos ke putaran keempat.",
     "Sport Harian", "2025-03-04 21:00"),
]


def test_two_matches_of_one_round_are_two_stories():
    reports = [doc(i, x, title=t, published=p, language="id", outlet=o) for i, t, x, o, p in TWO_MATCHES_OF_ONE_ROUND]
    assert StorySettings().title_names_skip_competitions
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["bv-a"], ["tr-a", "tr-b"]]
    # with the contest's name read as a headline name (as before grp25), the headlines share it and the
    # round's words join the two matches
    as_before = StorySettings(title_names_skip_competitions=False)
    assert sorted(sorted(s.docs) for s in group_stories(reports, as_before)) == [["bv-a", "tr-a", "tr-b"]]


# Invented market reports of one trading day: the index read at its opening, at the midday break and at
# its close by three outlets (each reading its own figures), and the currency's close the same afternoon.
ONE_TRADING_DAY = [
    ("idx-open", "IHSG Dibuka Melemah ke Level 7.132",
     "Indeks Harga Saham Gabungan (IHSG) dibuka melemah pada perdagangan pagi ini. IHSG berada di level 7.132,32, "
     "turun 23,52 poin atau 0,33 persen. Sebanyak 180 saham menguat, 210 saham melemah dan 190 saham stagnan. "
     "Nilai transaksi pagi ini mencapai Rp 1,2 triliun.", "Kabar Pasar", "2025-03-05 09:20"),
    ("idx-noon", "IHSG Sesi I Turun ke Level 7.112",
     "Pada perdagangan sesi pertama, IHSG ditutup turun 0,61 persen atau 43,62 poin ke level 7.112. Total volume "
     "saham yang diperdagangkan sebanyak 10,41 miliar saham dengan nilai transaksi Rp 5,8 triliun. Sebanyak 240 "
     "saham melemah, 260 saham menguat.", "Warta Bursa", "2025-03-05 12:35"),
    ("idx-close", "IHSG Ditutup di Zona Merah, Melemah ke Level 7.107",
     "Indeks Harga Saham Gabungan (IHSG) ditutup melemah ke level 7.107,78 atau turun 48,06 poin pada penutupan "
     "pasar hari ini. Volume perdagangan mencapai 20,51 miliar saham dengan nilai transaksi Rp 11,3 triliun. "
     "Sektor energi memimpin pelemahan.", "Harian Ekonomi", "2025-03-05 16:45"),
    ("fx-close", "Rupiah Ditutup Melemah ke Rp 16.312 per Dolar AS",
     "Nilai tukar rupiah ditutup melemah 23 poin ke level Rp 16.312 per dolar AS di pasar spot sore ini. Pelemahan "
     "rupiah dipicu penguatan dolar AS setelah rilis data tenaga kerja Amerika Serikat. Analis memperkirakan "
     "rupiah bergerak di kisaran Rp 16.280 sampai Rp 16.350 besok.", "Harian Ekonomi", "2025-03-05 16:50"),
]


def test_market_reading_keys_name_the_market_and_its_trading_day():
    noon = doc("idx-noon", ONE_TRADING_DAY[1][2], title=ONE_TRADING_DAY[1][1], published="2025-03-05 12:35", language="id")
    assert "$ihsg:2025-03-05" in count_terms(noon).counts
    assert "$ihsg:2025-03-05" in market_reading_keys(noon, ["@ihsg"])
    # a stock's news that names the index but no moment of its trading day is no reading
    stock = doc("stock", "Saham PT Sinar Bahari menguat 7 persen di tengah pelemahan IHSG hari ini. Investor asing "
                "membeli saham itu setelah kabar kontrak baru.", title="Saham Sinar Bahari Menguat saat IHSG Melemah",
                published="2025-03-05 14:00", language="id")
    assert not [k for k in count_terms(stock).counts if k.startswith("$")]
    assert not [k for k in count_terms(noon, StorySettings(market_readings_together=False)).counts if k.startswith("$")]


def test_one_trading_days_index_readings_are_one_story():
    reports = [doc(i, x, title=t, published=p, language="id", outlet=o) for i, t, x, o, p in ONE_TRADING_DAY]
    assert StorySettings().market_readings_together
    assert sorted(sorted(s.docs) for s in group_stories(reports)) == [["fx-close"], ["idx-close", "idx-noon", "idx-open"]]
    # without the readings' keys, each reading's own figures hold the reports apart
    as_before = StorySettings(market_readings_together=False)
    assert len([s for s in group_stories(reports, as_before) if "fx-close" not in s.docs]) > 1


def _occasion_positions_every_phrase(tokens, occasions=True, body_kinds=True, competitions=False):
    """``occasion_headline_words`` as it read before speed24: every phrase tried at every position."""
    from ceksilang.extract.entities import load_name_types
    types = load_name_types()
    lowered = [t.lower() for t in tokens]
    out: set[int] = set()
    phrases = ((*types.holidays, *types.occasions) if occasions else ()) + (
        (*types.competitions, *types.competition_sides) if competitions else ())
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(lowered) - n + 1):
            if tuple(lowered[i:i + n]) == phrase:
                out.update(range(i, i + n))
    if body_kinds:
        out.update(i for i, w in enumerate(lowered) if w in types.regional_bodies)
    return frozenset(out)


_FLAG_SETS = [(o, b, c) for o in (True, False) for b in (True, False) for c in (True, False)]


def _headline_tokens(title: str) -> list[str]:
    from ceksilang.reconcile.stories import _TOKEN
    return [m.group(0) for m in _TOKEN.finditer(title)]


def test_occasion_words_of_a_headline_are_found_as_every_phrase_read_at_every_word_finds_them():
    from ceksilang.reconcile.stories import occasion_headline_words
    titles = ["Polres Dumai Gelar Upacara Hari Bhayangkara ke-79 di Hari Raya Idul Adha",
              "Kualifikasi Piala Dunia: Timnas China Kalah, Piala Dunia Antarklub Tetap Jalan",
              "Hari Guru Nasional dan Hari Guru",  # one phrase inside a longer one, and alone
              "Jelang Hari Raya",  # the phrase the headline ends on
              "Jelang Hari",  # a phrase cut by the headline's end marks nothing
              "HUT Bhayangkara HUT Bhayangkara", "hari raya idul fitri 1 Syawal", "Tahun Baru Imlek di Polda Metro",
              "", "Hari", "Timnas"]
    marked = 0
    for title in titles:
        tokens = _headline_tokens(title)
        for flags in _FLAG_SETS:
            got = occasion_headline_words(tokens, *flags)
            assert got == _occasion_positions_every_phrase(tokens, *flags), (title, flags)
            marked += len(got)
    assert marked > 40
    # what a user of the grouping sees: the occasion's words are passed over, the place is a name
    tokens = _headline_tokens("Polres Dumai Gelar Upacara Hari Bhayangkara")
    assert occasion_headline_words(tokens) == frozenset({0, 4, 5})
    assert occasion_headline_words(_headline_tokens("Jelang Hari"), body_kinds=False) == frozenset()


def test_occasion_words_follow_a_reloaded_name_types_file(monkeypatch):
    from dataclasses import replace

    from ceksilang.extract.entities import load_name_types
    from ceksilang.reconcile import stories
    tokens = _headline_tokens("Festival Layang Putih di Hari Raya")
    assert stories.occasion_headline_words(tokens, body_kinds=False) == frozenset({4, 5})
    other = replace(load_name_types(), holidays=(("festival", "layang", "putih"), ()), occasions=())
    monkeypatch.setattr(stories, "load_name_types", lambda: other)
    assert stories.occasion_headline_words(tokens, body_kinds=False) == frozenset({0, 1, 2})


def test_occasion_words_of_the_coverage_headlines_are_those_every_phrase_read_finds():
    import csv
    path = needs_corpus("coverage", "coverage.csv")
    from ceksilang.reconcile.stories import occasion_headline_words
    csv.field_size_limit(1 << 26)
    with path.open(encoding="utf-8", newline="") as fh:
        titles = [row["title"] for row in csv.DictReader(fh)]
    marked = 0
    for title in titles:
        tokens = _headline_tokens(title or "")
        for flags in _FLAG_SETS:
            got = occasion_headline_words(tokens, *flags)
            assert got == _occasion_positions_every_phrase(tokens, *flags), (title, flags)
            marked += bool(got)
    assert len(titles) > 9000 and marked > 1000

def _rescue_reports(asked_in: tuple[str, ...] = ("kapal", "helikopter", "pelabuhan")) -> list[Document]:
    """A lawmaker's demand published first; the minister's order after it, in words of its own;
    three reports of the order that tell the demand's words too (those of ``asked_in``: and whose)."""
    def asked(doc_id: str) -> str:
        return ", seperti diminta anggota dewan" if doc_id in asked_in else ""
    return [
        doc("tuntutan", "Anggota dewan meminta pemerintah mengirim kapal untuk mengevakuasi nelayan Maluku yang "
                        "terjebak badai.", "Dewan minta kapal untuk nelayan Maluku", published="2025-03-01T07:00:00"),
        doc("perintah", "Menteri memerintahkan tim gabungan menjemput awak perahu yang hilang kontak sejak Senin di "
                        "Laut Banda. Basarnas menyiapkan helikopter dan penyelam.",
            "Menteri perintahkan penjemputan awak perahu di Laut Banda", published="2025-03-01T09:00:00"),
        doc("kapal", "Menteri memerintahkan tim gabungan menjemput awak perahu di Laut Banda. Pemerintah mengirim "
                     f"kapal untuk mengevakuasi nelayan Maluku yang terjebak badai{asked('kapal')}.",
            "Kapal dikirim jemput awak perahu di Laut Banda", published="2025-03-01T10:00:00"),
        doc("helikopter", "Tim gabungan menjemput awak perahu di Laut Banda. Nelayan Maluku yang terjebak badai "
                          f"dievakuasi dengan kapal yang dikirim pemerintah{asked('helikopter')}.",
            "Helikopter dan kapal jemput awak perahu Laut Banda", published="2025-03-01T11:00:00"),
        doc("pelabuhan", "Awak perahu yang dijemput tim gabungan dari Laut Banda tiba di pelabuhan. Kapal pemerintah "
                         f"juga mengevakuasi nelayan Maluku yang terjebak badai{asked('pelabuhan')}.",
            "Awak perahu dari Laut Banda tiba di pelabuhan", published="2025-03-01T12:00:00"),
    ]


def test_stories_a_first_report_joins_the_story_of_the_reports_after_it():
    """The demand meets nothing when it comes, nor the order's first report when that comes; the
    three reports after it are close enough to the demand's story but closer to the order's and
    join that. Offered again at the end, the demand meets the order's story, which now holds its
    words, and joins it."""
    off = group_stories(_rescue_reports(), StorySettings(reoffer_lone_reports=False))
    assert sorted(sorted(s.docs) for s in off) == [["helikopter", "kapal", "pelabuhan", "perintah"], ["tuntutan"]]
    [story] = group_stories(_rescue_reports())
    assert sorted(story.docs) == ["helikopter", "kapal", "pelabuhan", "perintah", "tuntutan"]
    assert story.docs[0] == "tuntutan" and story.start == "2025-03-01"


def test_stories_a_lone_report_stays_apart_unless_later_reports_came_close_to_it():
    """Told without whose demand it was, no later report comes close to the demand, and it is not
    offered again; told so by two later reports only, two are not enough
    (``reoffer_least_passed``); a lone report of other news stays as it was."""
    for asked_in in [(), ("helikopter", "pelabuhan")]:
        groups = sorted(sorted(s.docs) for s in group_stories(_rescue_reports(asked_in)))
        assert groups == [["helikopter", "kapal", "pelabuhan", "perintah"], ["tuntutan"]], asked_in
    docs = _rescue_reports()[1:] + [doc(i, text, title, published="2025-03-01T12:00:00") for i, title, text in TRAIN]
    groups = sorted(sorted(s.docs) for s in group_stories(docs))
    assert groups == [["helikopter", "kapal", "pelabuhan", "perintah"], ["kereta-a", "kereta-b"]]


# Invented (grp33): a feast's official date announced by the ministry, told by two outlets, beside two
# service pieces of the same feast published the same evening: a fasting schedule and an intention text,
# each citing the ministry's date. The service pieces tell no happening of their own.
FEAST = [
    ("isbat-a", "Kemenag Tetapkan Idul Adha Jatuh pada Kamis 29 Juni",
     "Kementerian Agama menetapkan Idul Adha jatuh pada Kamis, 29 Juni, setelah sidang isbat di Jakarta, "
     "Minggu (18/6). Wakil Menteri Agama Zainut Tauhid mengatakan hilal tidak terlihat di 99 titik "
     "pemantauan sehingga 1 Zulhijah jatuh pada Selasa, 20 Juni."),
    ("isbat-b", "Hasil Sidang Isbat: Idul Adha Kamis 29 Juni",
     "Sidang isbat Kementerian Agama di Jakarta, Minggu (18/6), memutuskan 1 Zulhijah jatuh pada Selasa, "
     "20 Juni, dan Idul Adha pada Kamis, 29 Juni. Zainut Tauhid menyebut hilal belum terlihat di 99 titik."),
    ("jadwal", "Jadwal Puasa Arafah dan Tarwiyah Sebelum Idul Adha",
     "Pemerintah menetapkan Idul Adha jatuh pada Kamis, 29 Juni, setelah sidang isbat Kementerian Agama, "
     "Minggu (18/6). Puasa Tarwiyah jatuh pada Selasa, 27 Juni, dan puasa Arafah pada Rabu, 28 Juni. "
     "Puasa Arafah dianjurkan bagi umat Islam yang tidak berhaji."),
    ("niat", "Niat Puasa Arafah Latin dan Artinya",
     "Puasa Arafah dilaksanakan pada 9 Zulhijah. Sidang isbat Kementerian Agama menetapkan Idul Adha pada "
     "Kamis, 29 Juni, sehingga puasa Arafah jatuh pada Rabu, 28 Juni. Berikut niat puasa Arafah: Nawaitu "
     "shauma arafata sunnatan lillahi ta'ala. Artinya: saya niat puasa sunah Arafah karena Allah ta'ala."),
]


def test_service_pieces_of_a_feast_stay_apart_from_its_official_date_and_from_each_other():
    reports = [doc(i, text, title, published="2023-06-18", language="id", outlet=f"outlet-{i}") for i, title, text in FEAST]
    assert StorySettings().service_pieces_apart
    assert _grouped(reports) == [["isbat-a", "isbat-b"], ["jadwal"], ["niat"]]
    # without the rule the schedule and the intention text are put with the ministry's date or each other
    assert _grouped(reports, StorySettings(service_pieces_apart=False)) != [["isbat-a", "isbat-b"], ["jadwal"], ["niat"]]


def test_a_schedule_of_news_is_no_service_piece():
    assert service_headline("Niat Puasa Arafah Latin dan Artinya")
    assert service_headline("Kapan Puasa 1 Muharram 2025? Ini Jadwal Versi Pemerintah")
    assert service_headline("Persib vs Persis: Nonton BRI Liga 1 Pekan ke-34 di Vidio")
    assert not service_headline("Jadwal Kereta Cepat Ditambah selama Libur Sekolah")
    assert not service_headline("12 Orang Meninggal Akibat Banjir Lahar Dingin di Agam")


def test_a_service_piece_kept_between_runs_groups_the_rest_as_one_run_would():
    # the intention text alone in a first run, kept, then the rest added to a new index: the run
    # that goes on from the kept state must group like the one that never stopped
    reports = {i: doc(i, text, title, published="2023-06-18", language="id", outlet=f"outlet-{i}")
               for i, title, text in FEAST}
    whole = StoryIndex()
    whole.add(reports["niat"])
    resumed = StoryIndex()
    resumed.restore_states(json.loads(json.dumps(whole.open_states())))
    for name in ("isbat-a", "isbat-b", "jadwal"):
        whole.add(reports[name])
        resumed.add(reports[name])
    for name in ("isbat-a", "isbat-b", "jadwal"):
        assert (resumed.story_of(name) == resumed.story_of("niat")) == (whole.story_of(name) == whole.story_of("niat"))
    assert resumed.story_of("isbat-a") != resumed.story_of("niat")


def test_a_state_kept_before_services_were_counted_loads_as_news():
    index = StoryIndex()
    index.add(doc("niat", FEAST[3][2], FEAST[3][1], published="2023-06-18", language="id", outlet="o"))
    kept = json.loads(json.dumps(index.open_states()))
    for state in kept:
        state.pop("services")
    restored = StoryIndex()
    restored.restore_states(kept)
    assert restored.story_of("niat") == index.story_of("niat")


def test_a_service_form_whose_headline_goes_on_to_tell_a_happening_is_news():
    # mend47b: the opening words of a service piece ("Doa", "Rekomendasi", "Syarat", "Berapa ...?") head news too
    # when the headline goes on with a predicate of its own: a passive at its end, or a verb of happening
    assert not service_headline("Doa Bersama bagi Korban Banjir Bandang Demak Digelar")
    assert not service_headline("Syarat Usia Calon Kepala Daerah Diubah MA")
    assert not service_headline("Ucapan Menteri soal Pupuk Subsidi Tuai Protes Petani")
    assert not service_headline("Berapa Korban Tewas Longsor Banjarnegara?")
    assert not service_headline("Kumpulan Suporter Bentrok dengan Aparat di Stadion")
    # a passive that describes the form's thing, or one after a modifier, is no predicate
    assert service_headline("Doa agar Diberi Kesehatan dan Umur Panjang")
    assert service_headline("Cara Membuat Rendang Paling Dicari")
    assert service_headline("Syarat Daftar CPNS 2025 yang Harus Disiapkan")
    assert service_headline("Niat Puasa Arafah Latin dan Artinya")


# Invented reports: one city's fire service tells two fires of the same afternoon in the same words
# (the same officer, units sent, main fire out, cooling done); each headline names the city and the
# fire's own place. Then a second outlet's report of the first fire, headed by the city and the street.
CITY_FIRES = [
    ("api-a", "Gudang Toko Elektronik di Kenari Surabaya Terbakar",
     "SURABAYA - Kebakaran melanda gudang toko elektronik di Jalan Kenari, Kecamatan Genteng, Kota Surabaya, "
     "Rabu (4/3/2026) siang. Kepala Bidang Pemadaman Dinas Pemadam Kebakaran Kota Surabaya Budi Santosa "
     "mengatakan laporan diterima pukul 10.05 WIB. Sebanyak 12 unit pemadam dikerahkan ke lokasi. "
     "Api pokok padam pukul 10.40 WIB dan pembasahan selesai pukul 11.30 WIB. Tidak ada korban jiwa."),
    ("api-b", "Rumah Susun Pandan Surabaya Kebakaran, Tiga Kamar Hangus",
     "SURABAYA - Kebakaran melanda rumah susun di Jalan Pandan, Kecamatan Simokerto, Kota Surabaya, "
     "Rabu (4/3/2026) sore. Kepala Bidang Pemadaman Dinas Pemadam Kebakaran Kota Surabaya Budi Santosa "
     "mengatakan laporan diterima pukul 15.50 WIB. Sebanyak 9 unit pemadam dikerahkan ke lokasi. "
     "Api pokok padam pukul 16.25 WIB dan pembasahan selesai pukul 17.10 WIB. Tiga kamar di lantai tiga hangus."),
]
CITY_FIRE_OTHER_OUTLET = (
    "api-c", "Gudang di Jalan Kenari Surabaya Terbakar, 12 Unit Damkar Diterjunkan",
    "Gudang sebuah toko elektronik di Jalan Kenari, Genteng, Surabaya terbakar pada Rabu (4/3/2026) siang. "
    "Budi Santosa dari Dinas Pemadam Kebakaran Kota Surabaya menyebut 12 unit pemadam dikerahkan dan api "
    "pokok padam pukul 10.40 WIB. Gudang seluas 20 x 25 meter itu terbakar di bagian belakang.")


def _city_fire_stories(with_other_outlet: bool = False, **settings) -> list[list[str]]:
    """The stories (their article ids) the whole pipeline makes of the invented fire reports."""
    import ceksilang.reconcile.stories as stories_module
    from ceksilang.evaluate.coverage import Article, analyse_articles

    rows = CITY_FIRES + ([CITY_FIRE_OTHER_OUTLET] if with_other_outlet else [])
    articles = [Article(id=i, text=text, title=title, url=f"https://{'lain' if i == 'api-c' else 'kotaapi'}.example/{i}",
                        published="2026-03-04", outlet="lain.example" if i == "api-c" else "kotaapi.example")
                for i, title, text in rows]
    saved = {k: getattr(stories_module.DEFAULT_STORY_SETTINGS, k) for k in settings}
    try:
        for k, v in settings.items():
            object.__setattr__(stories_module.DEFAULT_STORY_SETTINGS, k, v)
        briefing = analyse_articles(articles)
    finally:
        for k, v in saved.items():
            object.__setattr__(stories_module.DEFAULT_STORY_SETTINGS, k, v)
    return [s["docs"] for s in briefing.get("stories") or []]


def _together(stories: list[list[str]], a: str, b: str) -> bool:
    return any(a in s and b in s for s in stories)


def test_stories_two_fires_of_one_city_and_day_headed_by_the_city_stay_apart():
    """A user reading one city's fires of a day expects one story per fire: the city both headlines
    name is the beat's place, the street and the building each names tell the fires apart."""
    assert not _together(_city_fire_stories(), "api-a", "api-b")
    # with the city counted as a shared headline name the two fires are one story
    assert _together(_city_fire_stories(title_names_skip_shared_areas=False), "api-a", "api-b")


def test_stories_another_outlets_report_of_the_same_fire_headed_by_the_city_joins_it():
    """The rule must not part one fire's reports: another outlet's report of the first fire, headed
    by the city and the street, joins that fire's story. (Known gap, branch grp34: once it has
    joined, the second fire is put in the same story again.)"""
    stories = _city_fire_stories(with_other_outlet=True)
    assert _together(stories, "api-a", "api-c")


# mend48b: the case and preview counts of a story (whom its reports name by full name, the days
# they name ahead or report) go with it wherever its other counts go: kept between runs, into the
# story a bridge merges it into, and into its next chapter.

def _case_story(index: StoryIndex, sid: str, person: str, reports: int) -> None:
    from ceksilang.reconcile.stories import _StoryState
    day = publication_day("2025-03-02")
    st = _StoryState(id=sid, members=[((0, "2025-03-02", f"{sid}-{i}"), f"{sid}-{i}") for i in range(reports)],
                     centroid={"mayat": 1.0}, norm=1.0, word_norm=1.0, first_day=day, last_day=day,
                     absorbed=reports)
    st.people[person] = reports
    st.ahead[day + 1] = 1
    st.reported[day] = reports
    index._stories[sid] = st


def test_a_case_story_kept_between_runs_is_still_about_its_person():
    index = StoryIndex()
    _case_story(index, "story:kebun", "e:person:wahyu-setiadi", 2)
    assert index._story_case_people(index._stories["story:kebun"]) == {"e:person:wahyu-setiadi"}
    restored = StoryIndex()
    restored.restore_states(json.loads(json.dumps(index.open_states())))
    st = restored._stories["story:kebun"]
    assert restored._story_case_people(st) == {"e:person:wahyu-setiadi"}
    day = publication_day("2025-03-02")
    assert st.ahead == {day + 1: 1} and st.reported == {day: 2}
    assert restored.open_states() == index.open_states()


def test_a_state_kept_before_case_counts_loads_with_none():
    index = StoryIndex()
    _case_story(index, "story:kebun", "e:person:wahyu-setiadi", 2)
    kept = json.loads(json.dumps(index.open_states()))
    for state in kept:
        for key in ("people", "ahead", "reported"):
            state.pop(key)
    restored = StoryIndex()
    restored.restore_states(kept)
    assert restored._story_case_people(restored._stories["story:kebun"]) == set()


def test_a_merged_story_keeps_the_case_counts_of_both():
    index = StoryIndex()
    _case_story(index, "story:a", "e:person:wahyu-setiadi", 1)
    _case_story(index, "story:b", "e:person:wahyu-setiadi", 1)
    into = index._stories["story:a"]
    # one report each: no case person yet (two reports must name them)
    assert index._story_case_people(into) == set()
    index._merge(into, [index._stories["story:b"]])
    assert into.absorbed == 2 and into.people["e:person:wahyu-setiadi"] == 2
    assert index._story_case_people(into) == {"e:person:wahyu-setiadi"}
    assert into.reported[publication_day("2025-03-02")] == 2


def test_a_next_chapter_keeps_the_case_counts():
    index = StoryIndex(settings=StorySettings(max_story_docs=2))
    _case_story(index, "story:kebun", "e:person:wahyu-setiadi", 2)
    nxt = index._next_chapter(index._stories["story:kebun"], doc("sidang", "Sidang perdana.", published="2025-06-24"))
    assert nxt.people == {"e:person:wahyu-setiadi": 2} and nxt.absorbed == 2
    assert index._story_case_people(nxt) == {"e:person:wahyu-setiadi"}


def _match_day_doc(text: str, published: str, day_text: str, value: str) -> Document:
    d = doc("laga", text, published=published, language="id")
    start = text.index(day_text)
    d.dates = [TimeExpr(doc="laga", start=start, end=start + len(day_text), text=day_text, value=value,
                        precision="day")]
    return d


def test_a_day_before_publication_is_reported_whatever_the_sentence_says_is_coming():
    from ceksilang.reconcile.stories import ahead_and_reported_days
    text = ("Persib yang akan menjamu Persija pekan depan menang 2-1 atas PSM dalam laga Sabtu (20/12/2025) "
            "malam. Gol kemenangan dicetak pada menit akhir.")
    ahead, reported = ahead_and_reported_days(_match_day_doc(text, "2025-12-21", "Sabtu (20/12/2025)", "2025-12-20"))
    assert ahead == set()
    assert reported == publication_day("2025-12-20")
    # the same words in a preview published before that day still name it ahead
    ahead, reported = ahead_and_reported_days(_match_day_doc(text, "2025-12-19", "Sabtu (20/12/2025)", "2025-12-20"))
    assert ahead == {publication_day("2025-12-20")} and reported is None
    # and a match "akan" be played the day the preview is published is ahead too
    today = "Persib akan menjamu Persija dalam laga Minggu (21/12/2025) malam. Tiket sudah habis."
    ahead, _ = ahead_and_reported_days(_match_day_doc(today, "2025-12-21", "Minggu (21/12/2025)", "2025-12-21"))
    assert ahead == {publication_day("2025-12-21")}


def test_an_akan_of_the_sentence_before_does_not_make_a_match_day_ahead():
    from ceksilang.reconcile.stories import ahead_and_reported_days
    text = ("Pelatih mengatakan timnya akan berbenah.\n\nPersib menang 2-1 atas PSM dalam laga Minggu (21/12/2025) "
            "malam!  Laga berikutnya menghadapi Persija.")
    ahead, reported = ahead_and_reported_days(_match_day_doc(text, "2025-12-21", "Minggu (21/12/2025)", "2025-12-21"))
    assert ahead == set() and reported == publication_day("2025-12-21")


@pytest.mark.parametrize("title, decision", [
    # mend49: a headline telling a court's decision on a case
    ("Ronaldo Divonis 20 Tahun Penjara", True),
    ("Banding Terdakwa Pembunuhan Ditolak Pengadilan Tinggi", True),
    ("Hakim Bacakan Putusan Kasasi Mantan Bupati", True),
    # mend48c: the decision words as written, no affix folding: another verb sharing their stem is no decision
    ("Polisi Bandingkan Sidik Jari Tersangka", False),
    ("KPK Putuskan Tahan Tersangka", False),
    ("Tersangka Mutilasi Putus Asa", False),
    # ... and an appeal filed or to be filed is no decision yet
    ("Jaksa Ajukan Banding", False),
    ("Kuasa Hukum Akan Mengajukan Kasasi", False),
])
def test_a_decision_headline_is_told_by_its_words_as_written(title, decision):
    from ceksilang.reconcile.stories import decision_headline
    assert decision_headline(title) is decision


def test_stories_small_batch_place_words_leave_out_kind_words_and_read_one_kind_place_keys():
    """The small-batch join needs a rare word of a place's own name in common: an English kind word
    ("subdistrict", "intersection") is rare only because the background counts are Indonesian, and a
    place keyed under one kind (``e:place:``, ``place_kind_keys``) is a place too."""
    from ceksilang.reconcile.stories import _rare_place_words
    least = StorySettings().small_batch_place_idf
    assert _rare_place_words(["e:loc:cugenang-subdistrict"], least) == {"cugenang"}
    assert _rare_place_words(["e:fac:kalimaru-intersection", "e:loc:hamlet", "e:gpe:municipality"],
                             least) == {"kalimaru"}
    assert _rare_place_words(["e:fac:penitentiary", "e:loc:cemetery", "e:loc:junction"], least) == set()
    assert _rare_place_words(["e:place:cugenang"], least) == {"cugenang"}
    assert _rare_place_words(["e:person:cugenang"], least) == set()


# --------------------------------------------------------------------------- a listed city's count in a large batch
# Invented reports (no real airline, airport or official): a bomb threat to a pilgrims' flight and, the next day, the
# police tracing the sender, written in other words; they share the airport where the plane landed, the city of the
# airport that got the threat and the city it landed in; and a day's city news naming the same two cities.

def _named_by_kind(doc_id: str, title: str, text: str, names: list[tuple[str, str]], published: str) -> Document:
    d = doc(doc_id, text, title=title, published=published)
    for name, label in names:
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label=label,
                                  entity=f"{label.lower()}:" + name.lower().replace(" ", "-")))
    return d


def _threat_and_its_sender() -> list[Document]:
    threat = _named_by_kind(
        "ancaman", "Pesawat Jemaah Haji Mendarat Darurat Usai Ancaman Bom",
        "Pesawat maskapai Lintas Samudra yang membawa jemaah haji kloter tujuh mendarat darurat di Kualasela, Medan, "
        "setelah petugas bandara di Jakarta menerima surel ancaman bom. Seluruh penumpang diturunkan dan diperiksa. "
        "Kepala Bandara Wiratno Sasmito mengatakan tidak ditemukan bahan peledak di kabin.",
        [("Kualasela", "LOC"), ("Medan", "GPE"), ("Jakarta", "GPE"), ("Wiratno Sasmito", "PERSON")], "2025-03-03")
    sender = _named_by_kind(
        "pengirim", "Polisi Buru Pengirim Surel Teror ke Maskapai",
        "Polisi menelusuri alamat surel yang mengirim teror kepada Lintas Samudra. Menurut penyidik di Jakarta, "
        "pesan dikirim dari luar negeri. Anggota dewan meminta kasus ini tidak dianggap remeh karena menyangkut "
        "keselamatan jemaah, dan pengirimnya dijerat undang-undang penerbangan. Penumpang yang tertahan di Kualasela "
        "dan Medan sudah melanjutkan perjalanan.",
        [("Kualasela", "LOC"), ("Jakarta", "GPE"), ("Medan", "GPE")], "2025-03-04")
    return [threat, sender]


def _city_news(n: int) -> list[Document]:
    topics = ["pasar murah", "perbaikan jalan", "festival kuliner", "vaksinasi anak", "lomba lari", "banjir rob",
              "pameran buku", "razia parkir", "konser amal", "donor darah"]
    return [_named_by_kind(f"kota{i}", f"Warga Antusias Ikuti {topics[i % 10].title()} Pekan Ini",
                           f"Pemerintah kota menggelar {topics[i % 10]} di kelurahan nomor {i + 3} di Jakarta dan Medan "
                           f"pekan ini. Kegiatan {topics[i % 10]} ini diikuti ratusan warga dari berbagai kecamatan.",
                           [("Jakarta", "GPE"), ("Medan", "GPE")], "2025-03-03")
            for i in range(n)]


LISTED_ANY_COUNT = StorySettings(rare_names_listed_any_count=True)


def test_stories_a_listed_city_counts_alike_in_a_handful_and_in_a_days_intake_with_the_option():
    # the next day's report shares the airport and the two cities with the threat (three rare names, under the
    # cosine threshold after a day's decay); with 30 other reports naming both cities, the batch names them in more
    # than ``rare_entity_df`` documents. With rare_names_listed_any_count the two stay one story at both sizes
    # (grp41: a bomb-threat report of stories_check53 joined alone, split among the checks' 296 tune reports).
    for others in (0, 30):
        docs = _threat_and_its_sender() + _city_news(others)
        story = {d: s.id for s in group_stories(docs, LISTED_ANY_COUNT) for d in s.docs}
        assert story["ancaman"] == story["pengirim"]
        assert all(story[f"kota{i}"] != story["ancaman"] for i in range(others))


def test_stories_a_listed_citys_count_in_the_batch_decides_by_default():
    # off by default (an unseen day's war angles met through the countries they name): the batch's count decides,
    # so the pair is one story in a handful and two in a day naming the cities thirty times
    story = {d: s.id for s in group_stories(_threat_and_its_sender()) for d in s.docs}
    assert story["ancaman"] == story["pengirim"]
    story = {d: s.id for s in group_stories(_threat_and_its_sender() + _city_news(30)) for d in s.docs}
    assert story["ancaman"] != story["pengirim"]


@pytest.mark.parametrize("settings", [StorySettings(), LISTED_ANY_COUNT])
def test_stories_a_listed_city_still_never_joins_alone(settings):
    # the cities alone are no evidence of one event whatever the batch: a city report sharing only the two cities
    # with the threat stays apart, in a handful as in a day
    for others in (1, 30):
        docs = _threat_and_its_sender()[:1] + _city_news(others)
        story = {d: s.id for s in group_stories(docs, settings) for d in s.docs}
        assert story["kota0"] != story["ancaman"]


# ------------------------------------------------------------------ next day's report of one happening (grp43)

def _club_releases() -> list[Document]:
    # invented: one club's releases told on two days, the second day's report a list in other words
    first = doc("klub-1", "Klub Tirta Bahari melepas pemain senior Rendra Sasongko menjelang musim baru. Manajemen "
                "Tirta Bahari berterima kasih atas pengabdian Rendra selama delapan musim. Pelatih menyebut skuad "
                "akan dirombak.", "Tirta Bahari Resmi Berpisah dengan Rendra Sasongko", published="2025-03-03")
    second = doc("klub-2", "Manajemen Tirta Bahari mengumumkan daftar pemain yang dilepas menjelang musim baru, "
                 "termasuk Rendra Sasongko dan dua bek tengah. Tirta Bahari merombak skuad dan menanti pemain baru. "
                 "Pelatih menyiapkan latihan.", "Daftar Pemain Dilepas Tirta Bahari Jelang Musim Baru",
                 published="2025-03-04")
    return [first, second]


def _market_days() -> list[Document]:
    # invented: one market's chilli price on two days, each report dating its reading to its own day
    first = _dated(doc("harga-1", "Harga cabai rawit di Pasar Lambaro naik menjadi Rp 78.000 per kilogram. Pedagang "
                       "Pasar Lambaro menyebut pasokan dari petani berkurang. Harga bawang merah Rp 41.000 per "
                       "kilogram.", "Harga Cabai di Pasar Lambaro Hari Ini", published="2025-03-03"), "2025-03-03")
    second = _dated(doc("harga-2", "Harga cabai rawit di Pasar Lambaro turun menjadi Rp 65.000 per kilogram. Pedagang "
                        "Pasar Lambaro menyebut pasokan dari petani bertambah. Harga bawang merah Rp 38.000 per "
                        "kilogram.", "Harga Cabai di Pasar Lambaro Hari Ini", published="2025-03-04"), "2025-03-04")
    return [first, second]


def test_stories_next_days_report_sharing_a_headline_name_is_compared_without_the_decay():
    """A strong day's decay (0.3) parts the club's two days' reports with the rule off (the default: it joined a
    celebrity's many days' pieces on unseen days); with it on (one day), the second day's report, over the
    threshold and headed by the club's name as the first, joins."""
    off = StorySettings(day_decay=0.3)
    on = StorySettings(day_decay=0.3, next_day_headline_days=1)
    assert off.next_day_headline_days == 0
    assert len(group_stories(_club_releases(), off)) == 2
    assert len(group_stories(_club_releases(), on)) == 1


def test_stories_next_days_report_two_days_later_keeps_the_decay():
    docs = _club_releases()
    docs[1].published = "2025-03-06"
    assert len(group_stories(docs, StorySettings(day_decay=0.3, next_day_headline_days=1))) == 2


def test_stories_a_series_next_occasion_dated_to_its_own_day_keeps_the_decay():
    """Today's price list of the market read yesterday shares the headline's names and most words, but dates its
    reading to another day than the story's: the next occasion of a series, not the next report of one
    happening. Undated, the rule would have joined them."""
    dated = _market_days()
    assert len(group_stories(dated, StorySettings(day_decay=0.3, next_day_headline_days=1))) == 2
    undated = _market_days()
    for d in undated:
        d.dates = []
    assert len(group_stories(undated, StorySettings(day_decay=0.3, next_day_headline_days=1))) == 1
    assert len(group_stories(undated, StorySettings(day_decay=0.3))) == 2
