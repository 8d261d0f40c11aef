"""Tests of the cleaner: gold on the seeds, a removal budget on real CNN text, rule tables on
invented lines, and properties (never raises, loses nothing)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from ceksilang.ingest.clean import boilerplate_data, clean_document, is_reported_speech, strip_boilerplate
from ceksilang.ingest.clean_shape import (
    mend_broken_lines,
    own_capitalised_words,
    restore_lost_spaces,
    split_glued_header,
    unglue_dateline_place,
)
from ceksilang.model import RawDocument, Source
from ceksilang.text import normalise_space

from .conftest import needs_corpus

GOLD = Path(__file__).resolve().parent / "gold" / "clean_seeds.yaml"
KNOWN_REASONS = {
    "related-link", "read-also", "promo", "social", "caption", "repeated-title", "signature",
    "editor-line", "byline", "advertisement", "separator", "masthead",
}


def _raw(text: str, **container) -> RawDocument:
    return RawDocument(id="d1", source=Source("invented.txt"), text=text, format=container.pop("format", "text"), **container)


def _gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- seeds (gold)


@pytest.mark.parametrize("stem", sorted(_gold()))
def test_clean_seed_gold(stem, seeds_dir):
    gold = _gold()[stem]
    path = seeds_dir / f"{stem}.txt"
    doc = clean_document(RawDocument(id=stem, source=Source(str(path)), text=path.read_text(encoding="utf-8"), format="text"))
    text = normalise_space(doc.text)
    removed = [normalise_space(r.text) for r in doc.removed]
    for piece in gold["removed"]:
        piece = normalise_space(piece)
        assert piece not in text, f"boilerplate left in text: {piece!r}"
        assert any(piece in r for r in removed), f"not recorded as removed: {piece!r}"
    for piece in gold["kept"]:
        assert normalise_space(piece) in text, f"article text lost: {piece!r}"
    assert {r.reason for r in doc.removed} == set(gold["reasons"])
    found = {key: getattr(doc, key) for key in gold["metadata"]}
    assert found == gold["metadata"]


def test_clean_seed_text_has_no_blank_or_padded_lines(seed_texts):
    for stem, raw in seed_texts.items():
        doc = clean_document(RawDocument(id=stem, source=Source(stem), text=raw, format="text"))
        lines = doc.text.split("\n")
        assert all(line and line == line.strip() for line in lines), stem


# --------------------------------------------------------------------------- real unseen text


def test_clean_cnn_removal_budget():
    """On 200 CNN articles: < 2 % of characters removed on average, and no line of reported speech
    ending in a full stop removed (except as a promo)."""
    path = needs_corpus("news", "cnn_labeled.csv")
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [row for _, row in zip(range(200), csv.DictReader(fh))]
    rates = []
    for n, row in enumerate(rows, start=1):
        text = row["clean_text"]
        doc = clean_document(RawDocument(id=str(n), source=Source(str(path), row=n), text=text, format="csv"))
        rates.append(sum(len(r.text) for r in doc.removed) / max(1, len(text.strip())))
        for r in doc.removed:
            assert r.reason == "promo" or not is_reported_speech(r.text), (n, r)
            assert r.reason in KNOWN_REASONS
    mean = sum(rates) / len(rates)
    print(f"CNN first {len(rows)}: mean removal {mean:.4%}, max {max(rates):.2%}")
    assert len(rows) == 200
    assert mean < 0.02


# --------------------------------------------------------------------------- rules, one by one

LEAD = "Pemerintah kota meresmikan jembatan baru di tepi sungai pada Senin pagi."
NEXT = "Warga menyambut peresmian itu dengan gembira, kata seorang pedagang."
# past the header zone, where "Penulis: ..." is a byline rather than an editor line
BODY = "\n".join([LEAD] + [f"Paragraf pengisi nomor {k} memuat keterangan tambahan." for k in range(1, 9)])


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Baca juga: Jembatan Lama Ditutup untuk Perbaikan", "read-also"),
        ("BACA JUGA: Wali Kota Tinjau Lokasi Banjir", "read-also"),
        ("Baca Juga", "read-also"),
        ("Baca selengkapnya: Rencana Tata Kota Tahun Depan", "read-also"),
        ("Simak juga: Daftar Jalan yang Ditutup Akhir Pekan", "read-also"),
        ("Lihat juga Video: Warga Menyeberang dengan Perahu", "read-also"),
        ("Artikel lain terkait jembatan, banjir, dan tata kota", "related-link"),
        ("Berita Terkait:", "related-link"),
        ("Tag: jembatan, sungai, wali kota", "related-link"),
        ("Jangan lupa ikuti kabar terbaru kami setiap hari", "promo"),
        ("Ikuti update berita pilihan di Google News", "promo"),
        ("Google News Contohsitus.com", "promo"),
        ("Download aplikasinya di sini", "promo"),
        ("Info lebih lengkap klik: contoh.id/daftar", "promo"),
        ("Untuk mendaftar klik di sini", "promo"),
        ("Viral!, ratusan kursi gratis untuk pendaftar pertama", "promo"),
        ("Ikuti terus update terkini di Aplikasi Contohsitus.com.", "promo"),
        ("Gabung di saluran WhatsApp kami untuk berita terkini.", "promo"),
        ("Simak Video \"Jembatan Baru Diresmikan\"", "promo"),
        # a promoted video's title after "Lihat Video" (its figures are not the article's)
        ("Lihat Video '31 Pesawat Tanker Bergerak ke Timur Tengah':", "promo"),
        ("ADVERTISEMENT", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("[Gambas:Video Contoh]", "advertisement"),
        ("Lihat postingan ini di Instagram", "social"),
        ("Jembatan baru terlihat dari udara. (AFP)", "caption"),
        ("Warga melintas di atas jembatan. (Foto: Dok. Pemkot)", "caption"),
        ("Petugas memeriksa tiang jembatan. (ANTARA FOTO/Nama Fotografer)", "caption"),
        ("Foto: Contoh/Nama Fotografer", "caption"),
        ("Ilustrasi jembatan gantung", "caption"),
        ("Editor: Budi Santoso", "editor-line"),
        ("Penulis: Siti Aminah", "editor-line"),
        ("Reporter: Andi Wijaya", "editor-line"),
        ("Catatan redaksi: judul artikel ini telah diubah.", "editor-line"),
        ("(abc/def)", "signature"),
        ("(ant/xyz)", "signature"),
        ("(contohsitus.co.id/Nama Penulis)", "signature"),
        ("(Siti A)", "signature"),
        ("Contohsitus.id", "signature"),
        ("Artikel ini telah tayang di Contohsitus dengan judul lain.", "signature"),
        ("-----", "separator"),
    ],
)
def test_strip_boilerplate_reason_table(line, reason):
    text, removed = strip_boilerplate(f"{BODY}\n{line}\n{NEXT}")
    assert [(r.text, r.reason) for r in removed] == [(normalise_space(line), reason)]
    assert text == f"{BODY}\n{NEXT}"


@pytest.mark.parametrize(
    "line",
    [
        "Peresmian Jembatan",  # an intertitle belongs to the article
        "Dampak bagi Pedagang",
        "Ia meminta warga mengikuti akun resmi pemerintah kota di Instagram.",
        "\"Silakan klik di sini untuk mendaftar,\" kata petugas itu kepada warga.",
        "Menurut dia, foto udara jembatan itu diambil oleh warga.",
        "Ilustrasi itu, ujarnya, menunjukkan rencana jembatan kedua yang lebih panjang dan lebar dari yang lama.",
        "- Jembatan itu dibangun selama dua tahun.",  # a bulleted list with full stops is article
        "Editor senior harian itu mengatakan jembatan tersebut megah.",
        "(Siti A) adalah nama samaran sumber yang ditemui di lokasi.",
        "Google News melaporkan lonjakan pencarian tentang jembatan itu, kata peneliti.",
        "Ilustrasi yang dibuat seniman kota itu kini dipamerkan di balai warga bersama karya lain.",
        "Lihat video itu, warga langsung berlari ke luar rumah menuju lapangan.",  # a sentence, not a promo
    ],
)
def test_strip_boilerplate_keeps_article_lines(line):
    text, removed = strip_boilerplate(f"{LEAD}\n{line}\n{NEXT}")
    assert removed == []
    assert text == f"{LEAD}\n{normalise_space(line)}\n{NEXT}"


@pytest.mark.parametrize(
    "line, kept, fragment, reason",
    [
        (f"{NEXT} (abc/def)", NEXT, "(abc/def)", "signature"),
        (f"{NEXT} Baca juga: Jembatan Lama Ditutup", NEXT, "Baca juga: Jembatan Lama Ditutup", "read-also"),
        (f"{NEXT} [Gambas:Video Contoh]", NEXT, "[Gambas:Video Contoh]", "advertisement"),
        (f"{NEXT} Download aplikasi Contoh di sini.", NEXT, "Download aplikasi Contoh di sini.", "promo"),
        (f"{NEXT} Editor: Budi Santoso", NEXT, "Editor: Budi Santoso", "editor-line"),
    ],
)
def test_strip_boilerplate_cuts_glued_tail(line, kept, fragment, reason):
    text, removed = strip_boilerplate(f"{LEAD}\n{line}")
    assert text == f"{LEAD}\n{kept}"
    assert [(r.text, r.reason) for r in removed] == [(fragment, reason)]


def test_strip_boilerplate_glued_pointer_with_article_text_after_it_stays():
    """A "Baca juga" sentence that ends in a full stop has article text glued after the headline:
    the headline goes, the sentence glued to it stays, starting at its subject ("Warga", a word
    the article writes elsewhere too)."""
    line = f"{NEXT} Baca juga: Jembatan Lama Ditutup Warga kemudian pulang ke rumah masing-masing."
    text, removed = strip_boilerplate(f"{LEAD}\n{line}")
    assert text == f"{LEAD}\n{NEXT}\nWarga kemudian pulang ke rumah masing-masing."
    assert [(r.text, r.reason) for r in removed] == [("Baca juga: Jembatan Lama Ditutup", "read-also")]


def test_strip_boilerplate_pointer_headline_inside_a_paragraph_goes():
    """A "Baca juga" headline ending in "?" between two sentences of one paragraph is removed, so
    none of its capitalised words is left before the quote that follows it."""
    line = (f"{NEXT} Baca Juga: Harga Cabai Naik Lagi, Apakah Petani Untung? "
            '"Kami akan memantau harga setiap hari," katanya.')
    text, removed = strip_boilerplate(f"{LEAD}\n{line}")
    assert text == f'{LEAD}\n{NEXT}\n"Kami akan memantau harga setiap hari," katanya.'
    assert [(r.text, r.reason) for r in removed] == [
        ("Baca Juga: Harga Cabai Naik Lagi, Apakah Petani Untung?", "read-also")]


def test_strip_boilerplate_pointer_headline_that_may_go_on_after_its_mark_stays():
    # "Meledak! Rombongan Penyanyi ...": capitalised words after the "!" may be more headline
    line = f"{NEXT} Baca Juga: Lagu Baru Meledak! Rombongan Penyanyi Dangdut Joget Bareng warga desa."
    text, removed = strip_boilerplate(f"{LEAD}\n{line}")
    assert removed == [] and text == f"{LEAD}\n{line}"


def test_strip_boilerplate_two_pointers_in_one_paragraph_both_go():
    line = (f"{NEXT} Baca Juga: Kapan Hujan Berhenti? Dan banjir surut sore hari. "
            "Baca juga: Jembatan Lama Ditutup Warga kemudian pulang ke rumah masing-masing.")
    text, removed = strip_boilerplate(f"{LEAD}\n{line}")
    assert text == f"{LEAD}\n{NEXT}\nDan banjir surut sore hari.\nWarga kemudian pulang ke rumah masing-masing."
    assert [r.text for r in removed] == ["Baca Juga: Kapan Hujan Berhenti?", "Baca juga: Jembatan Lama Ditutup"]


def test_strip_boilerplate_pointer_sentence_with_a_full_stop_inside_a_paragraph_stays():
    # a full stop ends article text, never a headline: the sentence may be the author's own
    line = f"{NEXT} Baca juga Laporan Tahunan Dinas Pertanian. Warga kemudian pulang ke rumah."
    text, removed = strip_boilerplate(f"{LEAD}\n{line}")
    assert removed == [] and text == f"{LEAD}\n{line}"


def test_strip_boilerplate_glued_pointer_without_a_known_subject_stays_whole():
    # "Sutrisno" could end the headline or open the sentence: nothing says which, nothing goes
    line = f"{NEXT} Baca juga: Jembatan Lama Ditutup Sutrisno kemudian pulang ke rumah masing-masing."
    text, removed = strip_boilerplate(f"{LEAD}\n{line}")
    assert removed == [] and text == f"{LEAD}\n{line}"


@pytest.mark.parametrize(("glued", "restored"), [
    ("belum jatuh tempo untuk dilunasi.Edwin Teintang, Direktur", "belum jatuh tempo untuk dilunasi. Edwin Teintang, Direktur"),
    ("kata dia, Selasa (29/1/2019).Reliance MI menggunakan", "kata dia, Selasa (29/1/2019). Reliance MI menggunakan"),
    ("Wali Kota Elke Kahr.“Perkembangan terakhir", "Wali Kota Elke Kahr. “Perkembangan terakhir"),
    ('kata Rutte."Dalam konteks ini', 'kata Rutte. "Dalam konteks ini'),
    ('"Sudah selesai."Kemudian ia pulang', '"Sudah selesai." Kemudian ia pulang'),  # the straight quote closes
    ("seperti dilansirReuters, Selasa", "seperti dilansir Reuters, Selasa"),
    ("makelar perkara,Zarof Ricar, divonis", "makelar perkara, Zarof Ricar, divonis"),
    ("kepada penyiar ORFbahwa para korban", "kepada penyiar ORF bahwa para korban"),
    # an acronym glued to a function word or a listed word, also with a figure's number before it
    ("terdapat 2WNIyang ditahan", "terdapat 2WNI yang ditahan"),
    ("KJRI LAkemudian mengimbau WNI", "KJRI LA kemudian mengimbau WNI"),
    ("MANTANpemain Persija Jakarta", "MANTAN pemain Persija Jakarta"),
    # left alone: an acronym's own short ending, and a capital that opens the next word
    ("laporan BUMNnya dan TNIan", "laporan BUMNnya dan TNIan"),
    ("Perkembangan AIDalam membentuk", "Perkembangan AIDalam membentuk"),
    # left alone: brands, initials, abbreviations, numbers, addresses
    ("Dilansir detikJateng, polemik itu", "Dilansir detikJateng, polemik itu"),
    ("pengguna macOS dan iPhone", "pengguna macOS dan iPhone"),
    ("H.Ahmad di Jl.Margo", "H.Ahmad di Jl.Margo"),
    ("naik 2,5 persen menjadi Rp1,5 juta", "naik 2,5 persen menjadi Rp1,5 juta"),
    ("lihat www.Contoh.Com atau nama@Contoh.Id", "lihat www.Contoh.Com atau nama@Contoh.Id"),
    ("KRJogja melaporkan", "KRJogja melaporkan"),
    # a closing bracket glued to the name after it (a link after a body's short form), a list's item
    ("Menteri Usaha Kecil (UKM)Budi Santosa membuka", "Menteri Usaha Kecil (UKM) Budi Santosa membuka"),
    ("a)Pendaftaran dibuka", "a) Pendaftaran dibuka"),
    # left alone: a lower-case word or a capital alone after the bracket
    ("harga (lama)turun dan f(x)Y", "harga (lama)turun dan f(x)Y"),
])
def test_clean_shape_restores_lost_spaces(glued, restored):
    assert restore_lost_spaces(glued) == restored


@pytest.mark.parametrize(("context", "glued", "restored"), [
    # the article writes "Ziudith" alone (in its headline) and "tampil" is a known word
    ("Michelle Ziudith Kecanduan Lagu Dangdut", "Michelle Ziudithtampil beda", "Michelle Ziudith tampil beda"),
    ("Pernikahan Al Ghazali", "JAKARTA - Al Ghazalidan Alyssa", "JAKARTA - Al Ghazali dan Alyssa"),
    # a known word is never cut ("Semen" alone does not make "Semen|tara"), nor a repeated name
    ("Semen Indonesia", "Sementara itu", "Sementara itu"),
    ("Joko Widodo (Jokowi) dan Jokowi", "kata Jokowi", "kata Jokowi"),
    # without the first part written alone, nothing to go on
    ("Judul Lain", "Michelle Ziudithtampil beda", "Michelle Ziudithtampil beda"),
])
def test_clean_shape_cuts_a_name_glued_to_a_word_on_the_articles_evidence(context, glued, restored):
    assert restore_lost_spaces(glued, own_capitalised_words(f"{context}\n{glued}")) == restored


@pytest.mark.parametrize(("lines", "mended"), [
    # a link's text on its own line inside a sentence, and the comma after it
    (["Laporan media lokal", "ORF", "yang mengutip polisi, seperti dilansir", "Reuters", ", Selasa, menyebut bahwa dua orang terluka."],
     ["Laporan media lokal ORF yang mengutip polisi, seperti dilansir Reuters, Selasa, menyebut bahwa dua orang terluka."]),
    # a line ending on a preposition goes on; a dateline broken around its dash is one line
    (["Belum ada laporan pengaduan ke", "Kejagung", "terkait hal itu.", "Wina", "-", "Penembakan terjadi di sekolah."],
     ["Belum ada laporan pengaduan ke Kejagung terkait hal itu.", "Wina - Penembakan terjadi di sekolah."]),
    # subheadings and finished sentences stay lines of their own
    (["Kalimat selesai.", "dan paragraf yang mulai kecil.", "Subjudul Tanpa Titik", "Paragraf baru dimulai."],
     ["Kalimat selesai.", "dan paragraf yang mulai kecil.", "Subjudul Tanpa Titik", "Paragraf baru dimulai."]),
])
def test_clean_shape_mends_lines_broken_inside_a_sentence(lines, mended):
    assert mend_broken_lines(lines) == mended


def test_clean_shape_mends_a_lower_cased_copy_only_after_an_open_end():
    # every line of a lower-cased copy starts lower-case: that alone says nothing
    long_line = "harga emas batangan produksi antam hari ini turun tipis dibanding kemarin " * 4 + "menurut data resmi"
    lines = ["harga emas turun hari ini", "jakarta - harga emas antam turun di", "level terendah.", long_line,
             "analis memperkirakan harga akan naik."]
    assert mend_broken_lines(lines, fixed=0) == [
        "harga emas turun hari ini", "jakarta - harga emas antam turun di level terendah.", long_line,
        "analis memperkirakan harga akan naik."]


@pytest.mark.parametrize(("line", "pieces"), [
    ("Laporan Reporter Tribun Jogja Nanda Sagita Ginting TRIBUNJOGJA.COM, GUNUNGKIDUL - Bupati Endah Subekti Kuntari mengatakan itu.",
     ["Laporan Reporter Tribun Jogja Nanda Sagita Ginting", "TRIBUNJOGJA.COM, GUNUNGKIDUL - Bupati Endah Subekti Kuntari mengatakan itu."]),
    # a dateline at the start, or clutter ending in punctuation before it: one line
    ("TRIBUNJOGJA.COM, KLATEN - Polres Klaten terus mendalami kasus itu.", ["TRIBUNJOGJA.COM, KLATEN - Polres Klaten terus mendalami kasus itu."]),
    ("Scan this QR or download app from: YOGYAKARTA, iNews.id - Ketua PP Muhammadiyah menyampaikan duka.",
     ["Scan this QR or download app from: YOGYAKARTA, iNews.id - Ketua PP Muhammadiyah menyampaikan duka."]),
])
def test_clean_shape_splits_a_byline_glued_before_the_dateline(line, pieces):
    assert split_glued_header(line) == pieces


@pytest.mark.parametrize(("line", "unglued"), [
    ("Liputan6.com, JakartaCEO Shell Wael Sawan mengungkapkan", "Liputan6.com, Jakarta CEO Shell Wael Sawan mengungkapkan"),
    ("JAKARTA-Al Ghazali dan Alyssa Daguise berencana", "JAKARTA - Al Ghazali dan Alyssa Daguise berencana"),
    ("JAKARTA - Michelle tampil", "JAKARTA - Michelle tampil"),
    ("Serpong-Kunciran sudah beroperasi", "Serpong-Kunciran sudah beroperasi"),
])
def test_clean_shape_unglues_a_dateline_from_the_lead(line, unglued):
    assert unglue_dateline_place(line) == unglued


def test_clean_document_puts_a_sentence_broken_around_links_back_together():
    raw = ("Judul Berita\nKejagung Buka Peluang\nAdapun hingga saat ini, kata dia, belum ada laporan pengaduan ke\n"
           "Kejagung\nterkait potensi pelanggaran di Raja Ampat.")
    doc = clean_document(RawDocument(id="r", source=Source(path="r.txt"), text=raw, format="text", title="Judul Berita"))
    assert doc.text.splitlines()[-1] == ("Adapun hingga saat ini, kata dia, belum ada laporan pengaduan ke Kejagung "
                                         "terkait potensi pelanggaran di Raja Ampat.")


def test_strip_boilerplate_related_headline_run():
    items = ["- Wali Kota Tinjau Jembatan Baru", "- Harga Tiket Kapal Naik Jelang Libur", "- 5 Fakta Sungai Terpanjang di Kota"]
    text, removed = strip_boilerplate("\n".join([LEAD, *items, NEXT]))
    assert text == f"{LEAD}\n{NEXT}"
    assert [r.reason for r in removed] == ["related-link"] * 3


def test_strip_boilerplate_keeps_a_list_of_people_named_by_age():
    # a bulleted list of the injured looks like related headlines (short, capitalised, no full
    # stop); the ages in brackets say it is the article's own list
    injured = ["- Rina Wulandari (20) – Temas", "- Budi Santoso (30 tahun) – Jember", "- Sari (60) – Dinoyo",
               "- Bayi Putri (20 bulan), Batu"]
    text, removed = strip_boilerplate("\n".join([LEAD, "Korban Luka-Luka", *injured, NEXT]))
    assert all(item in text.splitlines() for item in injured)
    assert removed == []
    # related headlines after a "Baca juga:" header go whatever they hold
    headed = "\n".join([LEAD, "Baca juga:", "- Kisah Sari (60) Bertahan di Atap Rumah", NEXT])
    assert [r.reason for r in strip_boilerplate(headed)[1]] == ["read-also", "related-link"]


def test_strip_boilerplate_single_bullet_needs_a_header():
    alone = "\n".join([LEAD, "- Wali Kota Tinjau Jembatan Baru", NEXT])
    assert strip_boilerplate(alone)[1] == []
    headed = "\n".join([LEAD, "Baca juga:", "- Wali Kota Tinjau Jembatan Baru", NEXT])
    assert [r.reason for r in strip_boilerplate(headed)[1]] == ["read-also", "related-link"]


def test_strip_boilerplate_repeated_title_and_byline():
    title = "Jembatan Baru Diresmikan Wali Kota"
    raw = "\n".join([title, "", title, "Nama Penulis • 3 Maret 2025 09:15", "", LEAD, NEXT])
    text, removed = strip_boilerplate(raw)
    assert text == "\n".join([title, LEAD, NEXT])
    assert [r.reason for r in removed] == ["repeated-title", "byline"]


def test_strip_boilerplate_keeps_a_headline_opening_with_a_date_and_drops_the_date_line_under_one():
    # mend62: a date and capitalised words on the first line are a headline, not a date line and its writer
    headline = "17 Agustus 2025 Memperingati Hari Apa"
    text, removed = strip_boilerplate("\n".join([headline, "", LEAD, NEXT]))
    assert text.splitlines()[0] == headline and removed == []
    title = "Jembatan Baru Diresmikan Wali Kota"
    text, removed = strip_boilerplate("\n".join([title, "18 November 2019 Budi Santoso", "", LEAD, NEXT]))
    assert text == "\n".join([title, LEAD, NEXT]) and [r.reason for r in removed] == ["byline"]


def test_strip_boilerplate_collapses_blank_lines_and_spaces():
    text, removed = strip_boilerplate(f"  {LEAD}   \n\n\n \t \n{NEXT}  \n\n")
    assert (text, removed) == (f"{LEAD}\n{NEXT}", [])


def test_strip_boilerplate_caption_credit_on_last_line_stays():
    """A credit at the end of the last paragraph is not a photo caption."""
    text, removed = strip_boilerplate(f"{LEAD}\nJembatan itu dibuka untuk umum mulai Selasa. (AFP)")
    assert "Jembatan itu dibuka untuk umum mulai Selasa." in text
    assert all(r.reason != "caption" for r in removed)


def test_boilerplate_data_integrity():
    data = boilerplate_data()
    assert data.rules
    assert {r.reason for r in data.rules} <= KNOWN_REASONS
    assert all(r.scope in ("line", "tail") for r in data.rules)


# --------------------------------------------------------------------------- clean_document


def test_clean_document_container_metadata_wins():
    raw = _raw(
        f"Nama Penulis • 3 Maret 2025 09:15\nBANDUNG, CONTOHSITUS.com - {LEAD}\n{NEXT}",
        format="html", title="Judul dari Wadah", url="https://contoh.id/a", outlet="Wadah", author="Penulis Wadah",
        published="2025/03/04 10:00:00",
    )
    doc = clean_document(raw)
    assert (doc.id, doc.source, doc.format, doc.url) == (raw.id, raw.source, "html", "https://contoh.id/a")
    assert (doc.title, doc.outlet, doc.author) == ("Judul dari Wadah", "Wadah", "Penulis Wadah")
    assert (doc.published, doc.published_precision) == ("2025-03-04T10:00:00+07:00", "second")
    assert doc.dateline == "BANDUNG"
    assert doc.language is None and doc.mentions == []


def test_clean_document_text_metadata_when_container_has_none():
    doc = clean_document(_raw(f"Judul Karangan Kami\nNama Penulis • 3 Maret 2025 09:15\nBANDUNG, CONTOHSITUS.com - {LEAD}\n{NEXT}"))
    assert doc.title == "Judul Karangan Kami"
    assert (doc.author, doc.outlet, doc.dateline) == ("Nama Penulis", "Contohsitus.com", "BANDUNG")
    assert (doc.published, doc.published_precision) == ("2025-03-03T09:15:00+07:00", "minute")
    assert doc.text.startswith("Judul Karangan Kami\nBANDUNG, CONTOHSITUS.com - ")
    assert [r.reason for r in doc.removed] == ["byline"]


def test_clean_document_unparsable_container_date_falls_back_to_text():
    doc = clean_document(_raw(f"Selasa, 4 Februari 2025 16:45 WITA\n{LEAD}", published="kemarin sore"))
    assert (doc.published, doc.published_precision) == ("2025-02-04T16:45:00+08:00", "minute")


# --------------------------------------------------------------------------- properties

_LINES = [
    LEAD, NEXT, "Baca juga: Judul Lain", "- Judul Satu Dua", "- Judul Tiga Empat", "(abc/def)", "Editor: Nama",
    f"{NEXT} (abc/def)", "ADVERTISEMENT", "Jembatan. (AFP)", "Peresmian Jembatan", "", "   ", "Contoh.id",
    "Nama Penulis • 3 Maret 2025 09:15", "Jakarta -", f"{NEXT} Download di sini", "Viral!, promo",
]
_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(_LINES), st.text(max_size=40)), max_size=12).map("\n".join),
)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_clean_document_never_raises_and_loses_nothing(text):
    doc = clean_document(_raw(text))
    kept_and_removed = doc.text.split() + [w for r in doc.removed for w in r.text.split()]
    # every character stays (lost spaces put back and broken lines joined move word boundaries)
    assert sorted("".join(kept_and_removed)) == sorted("".join(text.split()))
    assert all(r.reason in KNOWN_REASONS for r in doc.removed)
    assert "\n\n" not in doc.text and doc.text == doc.text.strip()


def test_strip_boilerplate_keeps_a_link_set_on_its_own_line_inside_a_sentence():
    # a lone "Reuters" line is an agency signature at the end of an article, but inside a sentence
    # it is the text of a link; a lone "-" between a dateline's place and the lead is its dash
    raw = (f"Wina\n-\nPenembakan terjadi di sekolah di kota Graz.\nLaporan media lokal\nORF\nyang mengutip polisi, "
           f"seperti dilansir\nReuters\n, Selasa (10/6/2025), menyebut bahwa dua orang terluka.\n{NEXT}\nReuters")
    text, removed = strip_boilerplate(raw, title="Judul")
    assert text.splitlines() == [
        "Wina - Penembakan terjadi di sekolah di kota Graz.",
        "Laporan media lokal ORF yang mengutip polisi, seperti dilansir Reuters, Selasa (10/6/2025), menyebut "
        "bahwa dua orang terluka.", NEXT]
    assert [(r.text, r.reason) for r in removed] == [("Reuters", "signature")]


@pytest.mark.parametrize("headline", [
    "Baca juga: Dokter Idap Fetish, Fantasi dengan Orang Tak Berdaya",
    "Baca juga: Terungkap! Dokter Idap Fetish, Fantasi dengan Orang Tak Berdaya",
])
def test_strip_boilerplate_glued_pointer_ends_at_a_connective(headline):
    """"... Orang Tak Berdaya Kemudian, kata Dirreskrimum, obat bius ...": a capitalised
    connective set off by a comma opens the article's sentence, also past a headline's "!"."""
    line = f"{NEXT} {headline} Kemudian, kata Dirreskrimum, obat bius itu dipakai untuk membius korban."
    text, removed = strip_boilerplate(f"{LEAD}\n{line}")
    assert text == f"{LEAD}\n{NEXT}\nKemudian, kata Dirreskrimum, obat bius itu dipakai untuk membius korban."
    assert [(r.text, r.reason) for r in removed] == [(headline, "read-also")]


def test_strip_boilerplate_cuts_a_page_marker_inside_a_flattened_paragraph() -> None:
    # issue 20, spk14: a page flattened to one paragraph keeps "SCROLL TO CONTINUE WITH CONTENT"
    # between two of its paragraphs; the marker goes and the words after it open a paragraph
    text = ('Judul\nPelaku menanyakan alamat, kata Darmawan, Rabu (11/6/2025). SCROLL TO CONTINUE WITH CONTENT '
            'Korban kemudian menanggapi pertanyaan pelaku.')
    kept, removed = strip_boilerplate(text, title="Judul")
    assert "SCROLL" not in kept
    assert "Rabu (11/6/2025).\nKorban kemudian" in kept
    assert [(r.text, r.reason) for r in removed] == [("SCROLL TO CONTINUE WITH CONTENT", "advertisement")]


def test_strip_boilerplate_keeps_the_words_of_a_marker_in_an_articles_own_case() -> None:
    text = 'Judul\nWarga diminta scroll to continue with content di laman itu sebelum membayar.'
    kept, _ = strip_boilerplate(text, title="Judul")
    assert "scroll to continue with content di laman itu" in kept


MASTHEAD = ("PT Badan Penerbit Harian Sinar Kota\nJl. Melati Raya No. 12 Kotabaru\nKotabaru 57123\n"
            "(0271) 654321\n[email\u00a0protected]")


def test_strip_boilerplate_removes_the_outlet_masthead_above_and_below_the_article():
    # the publisher, address, postal code, telephone, e-mail and copyright of the page: every
    # article of the outlet carries them, so its reports of other events met on their names and numbers
    body = "Banjir merendam 40 rumah di Desa Sukamaju pada Senin malam. Warga mengungsi ke balai desa. (Abc) Editor: Budi S"
    for text in (f"{MASTHEAD} SINARKOTA - {body}", f"{body} {MASTHEAD} \u00a92025 Sinar Media Digital"):
        kept, removed = strip_boilerplate(text, title="Banjir Rendam 40 Rumah di Sukamaju")
        assert "Banjir merendam 40 rumah di Desa Sukamaju" in kept
        for gone in ("Penerbit", "Melati", "57123", "654321", "protected", "Sinar Media", "Editor"):
            assert gone not in kept
        assert "masthead" in {r.reason for r in removed}


@pytest.mark.parametrize("line", [
    "Posko pengungsian dibuka di Jl. Melati Raya No. 12 Kotabaru sejak Senin.",
    "Jl. Melati Raya No. 12 Kotabaru menjadi lokasi posko pengungsian bagi warga yang rumahnya terendam.",
    "PT Gag Nikel",  # an intertitle naming a company is the article's
])
def test_strip_boilerplate_keeps_an_address_or_company_the_article_tells_of(line):
    kept, removed = strip_boilerplate(f"{LEAD}\n{line}\n{NEXT}")
    assert line in kept
    assert all(r.reason != "masthead" for r in removed)


# an invented fact-check desk's standing note, in the shapes the desks print under every piece
# (the scraper's glued words kept: "Kabarkita.compada", "Kabarkita.combergabung")
DESK_NOTE = (
    "Melawan hoaks sama dengan melawan kebodohan. Itu yang mendasari kami membuat Kanal Cek Fakta Kabarkita.compada 2019.\n"
    "Sejak 1 Maret 2019,Cek Fakta Kabarkita.combergabung dalam International Fact Checking Network(IFCN) dan menjadi "
    "partner Meta. Kami juga bagian dari inisiatifcekfakta.com. Kerja sama dengan pihak mana pun tak akan "
    "mempengaruhi independensi kami.\n"
    "Jika Anda memiliki informasi seputar hoaks yang ingin kami telusuri, silakan kirim ke email cekfakta@kabarkita.com.\n"
    "Ingin lebih cepat mendapat jawaban? Hubungi Chatbot WhatsApp Kabarkita Cek Fakta di 0812-0000-111.")


def test_strip_boilerplate_removes_a_fact_check_desks_standing_note():
    # left in, every piece of the desk shares the note's names (the network, the partner, the
    # chatbot): a desk's pieces of one day on unrelated hoaxes were one story through them
    body = "Beredar klaim bahwa bantuan subsidi upah 2025 bisa dicek lewat tautan di WhatsApp. Klaim itu tidak benar."
    kept, removed = strip_boilerplate(f"{body}\n{DESK_NOTE}", title="Cek Fakta: Tautan Cek BSU 2025 Palsu")
    assert body in kept
    for gone in ("IFCN", "Fact Checking", "Meta", "Chatbot", "independensi", "email", "0812"):
        assert gone not in kept
    assert {r.reason for r in removed} == {"promo"}


@pytest.mark.parametrize("line", [
    "Tim Cek Fakta Kabarkita.com menelusuri klaim itu dan menemukan foto tersebut diambil pada 2019.",
    "Sejak 2019, lembaga itu bergabung dengan jaringan pemeriksa fakta di Asia Tenggara.",
    "Warga yang memiliki informasi soal keberadaan pelaku diminta menghubungi polisi melalui WhatsApp.",
    "Menurut dia, tekanan itu tidak akan mempengaruhi putusan hakim.",
])
def test_strip_boilerplate_keeps_article_lines_about_fact_checks_and_contacts(line):
    kept, removed = strip_boilerplate(f"{LEAD}\n{line}\n{NEXT}")
    assert line in kept
    assert all(r.reason != "promo" for r in removed)


def test_pointer_markers_found_anywhere_in_a_line_are_compiled_once():
    import re

    from ceksilang.ingest.clean_shape import _unanchored

    markers = (re.compile(r"^Baca juga\s*:", re.IGNORECASE), re.compile(r"^Simak\b"))
    found = _unanchored(markers)
    assert found is _unanchored(markers)  # every line of every document asks: kept, not compiled again
    assert [p.pattern for p in found] == [r"Baca juga\s*:", r"Simak\b"]
    assert [p.flags for p in found] == [p.flags for p in markers]
    assert found[0].search("Harga naik. BACA JUGA: Pasar sepi") and not markers[0].search("Harga naik. Baca juga:")


_POINTER_LINES = [
    "Harga naik. Baca juga: Pasar sepi", "Harga naik. -- BACA JUGA: Pasar sepi", "»»» Simak juga berita lainnya",
    "Kata dia, baca:", "Ia membaca juga koran itu.", "Dibaca juga", "... lihat    selengkapnya di sini",
    "cekjuga", "cek juga", "(Baca: Judul)", "", "tanpa penunjuk apa pun", "!!!!baca juga",
]


@pytest.mark.parametrize("pattern,dropped", [
    (r"^\W{0,3}baca\s*:", r"baca\s*:"), (r"^\s*Simak\b", r"Simak\b"), (r"^[-–]?\s*lihat\b", r"\s*lihat\b"),
    (r"^.*?cek\s+juga", r"cek\s+juga"), (r"^\W{1,3}baca", r"\W{1,3}baca"), (r"^\W*+baca", r"\W*+baca"),
])
def test_pointer_markers_drop_an_opening_that_may_match_nothing(pattern, dropped):
    import re

    from ceksilang.ingest.clean_shape import _unanchored

    marker = re.compile(pattern, re.IGNORECASE)
    (found,) = _unanchored((marker,))
    assert found.pattern == dropped
    whole = re.compile(pattern.removeprefix("^"), re.IGNORECASE)
    for line in _POINTER_LINES:  # the marker is said to be in the same lines as before
        assert bool(found.search(line)) == bool(whole.search(line)), line


def test_the_shipped_pointer_markers_are_found_in_the_same_lines(corpus):
    import re

    from ceksilang.ingest.clean_shape import _unanchored

    markers = tuple(r.pattern for r in boilerplate_data().tail_rules if r.reason == "read-also")
    whole = [re.compile(p.pattern.removeprefix("^"), p.flags) for p in markers]
    csv.field_size_limit(10**9)
    with (corpus / "coverage" / "coverage.csv").open(encoding="utf-8", newline="") as f:
        texts = [row["text"] for k, row in enumerate(csv.DictReader(f)) if k % 10 == 3 and k < 3000]
    lines = [line for text in texts for line in text.splitlines()] + _POINTER_LINES
    assert any(any(p.search(line) for p in whole) for line in lines)  # some lines have a pointer
    for line in lines:
        assert any(p.search(line) for p in _unanchored(markers)) == any(p.search(line) for p in whole), line


@pytest.mark.parametrize("source,moved", [
    (r"(?<!\w)SCROLL TO x", r"SCROLL TO x(?<!\wSCROLL TO x)"),
    (r"(?<!\w)\[email\s*protected\]", r"\[email(?<!\w\[email)\s*protected\]"),
    (r"(?<=[.!?])\(ab", r"\(ab(?<=[.!?]\(ab)"),
    (r"(?<!\w)ab+c", r"a(?<!\wa)b+c"),  # a repeated character stays after the look-behind
    (r"(?<!\w)a{2}", r"(?<!\w)a{2}"), (r"(?<!\w)\d+", r"(?<!\w)\d+"), (r"(?<!\w)(?:ab)", r"(?<!\w)(?:ab)"),
    (r"abc", r"abc"),
])
def test_a_break_marker_opens_with_its_plain_characters(source, moved):
    import re

    from ceksilang.ingest.clean import literal_first

    assert literal_first(source) == moved
    lines = ["x SCROLL TO x", "xSCROLL TO x", "SCROLL TO x", "a [email protected] b", "a[email protected]",
             "kata.(ab) lain", "kata (ab)", "(ab", "abbbc abc xabc", "aa", "1a 2", "ab", "abc"]
    for line in lines:  # the same matches at the same places
        assert [m.span() for m in re.finditer(moved, line)] == [m.span() for m in re.finditer(source, line)], line


def test_the_shipped_break_markers_cut_the_same_lines(corpus):
    import re

    shipped = yaml.safe_load((Path(__file__).resolve().parents[1] / "ceksilang/lang/id/boilerplate.yaml")
                             .read_text(encoding="utf-8"))["inline_breaks"]
    breaks = boilerplate_data().inline_breaks
    assert [p.pattern for p in breaks] != shipped  # moved: each opens with its plain characters
    csv.field_size_limit(10**9)
    with (corpus / "coverage" / "coverage.csv").open(encoding="utf-8", newline="") as f:
        texts = [row["text"] for k, row in enumerate(csv.DictReader(f)) if k % 10 == 7 and k < 3000]
    lines = [line for text in texts for line in text.splitlines()]
    lines += ["pelaku. SCROLL TO CONTINUE WITH CONTENT Korban", "x[email protected]", "Wadil.(Fxh) Editor: Danar W"]
    for moved, source in zip(breaks, shipped):
        for line in lines:
            assert [m.span() for m in moved.finditer(line)] == [m.span() for m in re.finditer(source, line)], line


def test_strip_boilerplate_keeps_a_bulleted_breakdown_of_figures():
    # fig39: short bulleted rows holding a number are the article's own breakdown, not related headlines
    rows = ["- Dusun Krajan : 42 KK", "- Balita : 9 Orang", "- Lansia : 5 Orang", "- Sawah terendam 12 Ha"]
    text, removed = strip_boilerplate("\n".join([LEAD, "Data warga terdampak:", *rows, NEXT]))
    assert all(row in text.splitlines() for row in rows)
    assert removed == []
    # headlines with a number in them still go: they say something in more words
    items = ["- 5 Fakta Banjir Bandang yang Melanda Kota Malam Tadi", "- Harga Tiket Kapal Naik 20 Persen Jelang Libur"]
    assert [r.reason for r in strip_boilerplate("\n".join([LEAD, *items, NEXT]))[1]] == ["related-link"] * 2


@pytest.mark.parametrize("items", [
    ["- Timnas U-23 Lolos ke Final", "- Banjir Rendam Ratusan Rumah di Kota Bekasi Malam Ini"],  # short, one numbered
    ["- Pemilu 2024", "- Liga 1", "- Piala Dunia 2022", "- Nasional"],  # a menu: years and a league's number
    ["• Pilkada 2024", "• Gempa Cianjur", "• Liga 1"],  # tags
    ["- Kebakaran Pasar Senen, 10:30 WIB", "- Gempa M 5,2 Guncang Sukabumi"],  # a time, a magnitude then a verb
    ["- Kapal Tenggelam, 12 Hilang", "- Tol Cipali Macet 8 Km"],  # a number then a title-case word
])
def test_strip_boilerplate_removes_short_headlines_menus_and_tags_that_hold_a_number(items):
    # mend50d: a number in a short entry does not make it a row of figures: a row tells a value of a label
    removed = strip_boilerplate("\n".join([LEAD, *items, NEXT]))[1]
    assert [r.reason for r in removed] == ["related-link"] * len(items)


def test_strip_boilerplate_keeps_rows_of_figures_told_with_units_or_separators():
    rows = ["- Rt.07 Desa 123 KK", "- Jawa Barat 9,4 juta ton", "- Ibu Hamil : 2 Orang", "- PDIP = 25,3%"]
    text, removed = strip_boilerplate("\n".join([LEAD, "Rinciannya:", *rows, NEXT]))
    assert all(row in text.splitlines() for row in rows) and removed == []
