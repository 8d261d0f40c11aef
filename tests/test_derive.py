"""Spun copies: sentence alignment after synonym normalisation, order-free."""

from __future__ import annotations

import pytest

from ceksilang.reconcile.dedup import jaccard
from ceksilang.reconcile.derive import DeriveSettings, aligned_share, mark_derived, sentence_keys, synonym_table
from ceksilang.model import Document, Source

# An invented original of eight sentences.
ORIGINAL = [
    "Pemerintah Zarnovia mengirim 3.000 tentara ke wilayah perbatasan utara pada Selasa pagi.",
    "Menteri Pertahanan Lukas Varen mengatakan pengerahan itu untuk menjaga keamanan warga desa.",
    "Tentara tersebut akan berjaga di sepanjang sungai Merla selama tiga bulan ke depan.",
    "Warga desa Koral mengaku khawatir karena serangan artileri terdengar setiap malam.",
    "Pemerintah juga meminta organisasi bantuan internasional membuka jalur logistik baru.",
    "Sejumlah pejabat daerah memastikan pasokan pangan untuk pengungsi masih mencukupi.",
    "Laporan terakhir menyebut 45 rumah rusak akibat serangan pekan lalu.",
    "Parlemen dijadwalkan membahas anggaran darurat untuk wilayah perbatasan bulan depan.",
]
# The same article spun: synonyms swapped, sentences reordered, one sentence added.
SPUN = [
    "Laporan terakhir menyebut 45 rumah rusak akibat gempuran pekan lalu.",
    "Pemerintah Zarnovia mengerahkan 3.000 prajurit ke kawasan perbatasan utara pada Selasa pagi.",
    "Warga desa Koral mengaku cemas karena gempuran artileri terdengar setiap malam.",
    "Menteri Pertahanan Lukas Varen menyatakan pengerahan itu untuk menjaga keamanan penduduk desa.",
    "Situasi di ibu kota sendiri dilaporkan tetap tenang sepanjang hari.",
    "Prajurit tersebut akan berjaga di sepanjang sungai Merla selama tiga bulan ke depan.",
    "Parlemen dijadwalkan membahas anggaran darurat untuk kawasan perbatasan bulan depan.",
    "Sejumlah petinggi daerah menjamin pasokan pangan untuk pengungsi masih mencukupi.",
    "Pemerintah juga mendesak organisasi dukungan internasional membuka jalur logistik baru.",
]
# An independent report of the same event, written from scratch.
INDEPENDENT = [
    "Ribuan personel militer Zarnovia tiba di dekat sungai Merla, menurut saksi mata.",
    "Kepala desa Koral meminta bantuan tenda karena banyak keluarga tidur di luar rumah.",
    "Seorang analis keamanan menilai langkah itu sebagai sinyal kepada negara tetangga.",
    "Konvoi truk pengangkut logistik terlihat melintas jalan provinsi sejak subuh.",
    "Kementerian Pertahanan belum merinci berapa lama operasi akan berlangsung.",
    "Harga beras di pasar setempat dilaporkan naik dua kali lipat dalam sepekan.",
]


def doc(doc_id: str, sentences: list[str], published: str | None = "2025-03-01", **kw) -> Document:
    return Document(id=doc_id, source=Source(f"{doc_id}.txt"), text="\n".join(sentences), published=published, **kw)


def test_derive_synonym_table_maps_groups_to_one_word():
    table = synonym_table()
    assert table["tentara"] == table["prajurit"] == table["pasukan"]
    assert table["mengatakan"] == table["menyatakan"]


def test_derive_spun_copy_evades_shingles():
    # the premise: word shingles alone would not catch this copy
    assert jaccard(" ".join(ORIGINAL), " ".join(SPUN)) < 0.35


def test_derive_spun_copy_is_detected():
    original, spun = doc("asli", ORIGINAL), doc("spin", SPUN, published="2025-03-02")
    assert mark_derived([spun, original]) == 1
    assert spun.derived_from == "asli" and original.derived_from is None
    assert spun.derived_similarity is not None and spun.derived_similarity >= 0.75


def test_derive_earlier_document_is_the_source_when_dates_tie():
    a, b = doc("a-asli", ORIGINAL), doc("b-spin", SPUN)
    mark_derived([b, a])
    assert b.derived_from == "a-asli"


def test_derive_independent_report_is_not_detected():
    original, other = doc("asli", ORIGINAL), doc("lain", INDEPENDENT)
    assert mark_derived([original, other]) == 0
    assert aligned_share(sentence_keys(other.text), sentence_keys(original.text)) < 0.3


def test_derive_same_template_other_figures_is_not_a_copy():
    # A daily price report reuses yesterday's sentences with new figures: not a spun copy.
    day1 = [
        "Harga emas batangan di butik Sarimas naik Rp12.000 menjadi Rp1.912.000 per gram pada Senin.",
        "Harga jual kembali emas batangan tercatat Rp1.760.000 per gram pada hari yang sama.",
        "Pembelian emas batangan dikenai pajak penghasilan sesuai ketentuan yang berlaku di butik.",
        "Emas batangan ukuran satu kilogram dijual seharga Rp1.852.600.000 di butik Sarimas.",
    ]
    day2 = [
        "Harga emas batangan di butik Sarimas naik Rp8.000 menjadi Rp1.920.000 per gram pada Selasa.",
        "Harga jual kembali emas batangan tercatat Rp1.768.000 per gram pada hari yang sama.",
        "Pembelian emas batangan dikenai pajak penghasilan sesuai ketentuan yang berlaku di butik.",
        "Emas batangan ukuran satu kilogram dijual seharga Rp1.860.600.000 di butik Sarimas.",
    ]
    a, b = doc("senin", day1, published="2025-03-03"), doc("selasa", day2, published="2025-03-04")
    assert mark_derived([a, b]) == 0


def test_derive_leaves_duplicates_alone_and_resets_marks():
    original = doc("asli", ORIGINAL)
    copy = doc("salinan", SPUN, published="2025-03-02", duplicate_of="asli")
    stale = doc("lain", INDEPENDENT, derived_from="asli", derived_similarity=0.9)
    assert mark_derived([original, copy, stale]) == 0
    assert copy.derived_from is None and stale.derived_from is None


def test_derive_old_look_alike_is_not_a_copy():
    original, spun = doc("asli", ORIGINAL), doc("spin", SPUN, published="2025-06-01")
    assert mark_derived([original, spun]) == 0
    assert mark_derived([original, spun], DeriveSettings(max_days_apart=365)) == 1


@pytest.mark.parametrize("restrict", [True, False])
def test_derive_stories_restrict_candidates(restrict):
    from ceksilang.model import Story

    original, spun = doc("asli", ORIGINAL), doc("spin", SPUN, published="2025-03-02")
    stories = [Story(id="s1", docs=["asli"], label=""), Story(id="s2", docs=["spin"], label="")]
    assert mark_derived([original, spun], stories=stories if restrict else None) == (0 if restrict else 1)


def test_derive_seeds_are_independent(seeds_dir):
    from ceksilang.ingest.clean import clean_document
    from ceksilang.ingest.read import iter_inputs

    seeds = [clean_document(raw) for raw in iter_inputs([seeds_dir])]
    assert mark_derived(seeds) == 0
    # most seeds are undated, so the date bar does not help: the alignment itself must stay low
    # (measured max 0.31: two outlets quote the same statements), well under min_share 0.6
    keys = [sentence_keys(d.text) for d in seeds]
    shares = [aligned_share(keys[i], keys[j]) for i in range(5) for j in range(5) if i != j]
    assert max(shares) < 0.45


# One press conference told by two newsrooms: the minister's words are the same in both (every reporter in the
# room writes them down), each newsroom's own sentences are its own. Invented texts.
SPOKEN = [
    "Kami sudah memeriksa seluruh gudang logistik di wilayah perbatasan utara sejak Senin pagi.",
    "Tidak ada pasokan pangan yang hilang dan semua pengiriman berjalan sesuai jadwal.",
    "Kami meminta warga tidak mempercayai kabar bohong soal kelangkaan beras di desa-desa.",
]
NARRATION_A = ["Menteri Logistik Zarnovia Lukas Varen membantah isu kelangkaan pangan di perbatasan.",
               "Varen berbicara kepada wartawan di kantornya, Rabu siang."]
NARRATION_B = ["Pemerintah Zarnovia menepis kabar hilangnya stok beras di sejumlah gudang.",
               "Hal itu disampaikan sang menteri dalam jumpa pers yang digelar usai rapat kabinet."]


def _reported(doc_id: str, narration: list[str], published: str) -> Document:
    from ceksilang.model import Quote

    parts, quotes, pos = [], [], 0
    lines = [narration[0], *(f'"{s}"' for s in SPOKEN), *narration[1:]]
    for line in lines:
        if line.startswith('"'):
            quotes.append(Quote(doc=doc_id, start=pos + 1, end=pos + len(line) - 1, text=line[1:-1], kind="direct"))
        parts.append(line)
        pos += len(line) + 1
    return Document(id=doc_id, source=Source(f"{doc_id}.txt"), text="\n".join(parts), published=published,
                    quotes=quotes)


def test_derive_two_reports_of_one_press_conference_are_not_copies():
    # the quoted sentences are three of five in each report: on main they made the later one a copy (0.6)
    a, b = _reported("warta", NARRATION_A, "2025-03-05"), _reported("kabar", NARRATION_B, "2025-03-05")
    assert mark_derived([a, b]) == 0
    assert a.derived_from is None and b.derived_from is None


def test_derive_a_reprint_with_the_same_quotes_is_still_a_copy():
    # a reprint keeps the newsroom's own sentences too: those, not the quotes, make it a copy
    a = _reported("warta", NARRATION_A + ORIGINAL[:4], "2025-03-05")
    b = _reported("salin", NARRATION_A + [SPUN[1], SPUN[3], SPUN[2]], "2025-03-06")
    assert mark_derived([a, b]) == 1
    assert b.derived_from == "warta"


# mend50b: quoted sentences count again when the outlets' own sentences align and the quotes keep one order
NARRATION_A_REWORDED = ["Menteri Logistik Zarnovia Lukas Varen menampik isu kelangkaan pangan di perbatasan.",
                        "Varen berbicara kepada para wartawan di kantornya, Rabu siang."]


def test_derive_a_lightly_reworded_reprint_of_a_quote_heavy_article_is_a_copy():
    # two own sentences around three quotes: on main the quotes left the count and the reprint fell under
    # min_sentences (a share of 0)
    a = _reported("warta", NARRATION_A, "2025-03-05")
    b = _reported("salin", NARRATION_A_REWORDED, "2025-03-06")
    assert mark_derived([a, b]) == 1
    assert b.derived_from == "warta" and b.derived_similarity == 1.0


def test_derive_the_same_quotes_in_one_order_do_not_make_a_copy_of_other_narration():
    # one press conference, the quotes word for word in one order, each newsroom's own sentences: no copy
    a = _reported("warta", NARRATION_A, "2025-03-05")
    b = _reported("kabar", NARRATION_B, "2025-03-05")
    c = _reported("salin", NARRATION_A_REWORDED, "2025-03-06")
    assert mark_derived([a, b, c]) == 1
    assert b.derived_from is None and c.derived_from == "warta"


def test_derive_quotes_in_another_order_are_no_evidence():
    from ceksilang.model import Quote

    a = _reported("warta", NARRATION_A, "2025-03-05")
    # the reworded reprint's quotes in reverse order: the outlets' own two sentences are too few alone
    lines = [NARRATION_A_REWORDED[0], *(f'"{s}"' for s in reversed(SPOKEN)), NARRATION_A_REWORDED[1]]
    quotes, pos = [], 0
    for line in lines:
        if line.startswith('"'):
            quotes.append(Quote(doc="acak", start=pos + 1, end=pos + len(line) - 1, text=line[1:-1], kind="direct"))
        pos += len(line) + 1
    b = Document(id="acak", source=Source("acak.txt"), text="\n".join(lines), published="2025-03-06", quotes=quotes)
    assert mark_derived([a, b]) == 0


_COUNTERPART_CODE = """
from ceksilang.reconcile.derive import sentence_keys, twins
keys = lambda text: sentence_keys(text)[0]
both = keys("Banjir merendam rumah warga Kampung Pulo di Jatinegara dan Bidaracina.")
east = keys("Banjir merendam rumah warga Kampung Pulo di Jatinegara.")
west = keys("Banjir merendam rumah warga Kampung Pulo di Bidaracina.")
print(twins([both], [east, west]), twins([both], [east, both, west]))
"""


def test_derive_counterpart_is_the_earliest_aligned_sentence_whatever_the_hash_seed():
    """A sentence as alike to two of the earlier document's sentences takes the first of them, and one with an
    identical sentence among three takes that one, in every run: the twins must not change with
    PYTHONHASHSEED."""
    import os
    import subprocess
    import sys
    seen = set()
    for seed in ("0", "1", "2", "3", "5", "8"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _COUNTERPART_CODE], capture_output=True, text=True,
                              check=True, env=env)
        seen.add(done.stdout.strip())
    assert seen == {"[0] [1]"}


# copy71: a partial reprint keeps a block of the original's sentences in its order and writes its own around it
OWN_LEAD = [
    "Kabar duka datang dari wilayah utara Zarnovia yang sepekan terakhir dilanda ketegangan.",
    "Banyak keluarga di kawasan itu memilih mengungsi ke rumah kerabat di kota terdekat.",
    "Sekolah-sekolah desa diliburkan sementara sampai situasi dinyatakan aman oleh aparat.",
    "Pedagang pasar mengeluhkan sepinya pembeli sejak kabar pengerahan pasukan beredar.",
]
OWN_TAIL = [
    "Redaksi akan terus memperbarui perkembangan situasi di perbatasan utara.",
    "Pembaca dapat mengirimkan informasi melalui kanal pengaduan resmi media ini.",
]


def test_derive_a_partial_reprint_keeping_a_block_in_order_is_a_copy():
    # four of the reprint's ten sentences are the original's first four, in order: a share of 0.4 (under
    # min_share 0.6, so not a copy on main), a block of four
    original = doc("asli", ORIGINAL)
    reprint = doc("regional", OWN_LEAD + ORIGINAL[:4] + OWN_TAIL, published="2025-03-02")
    assert mark_derived([original, reprint]) == 1
    assert reprint.derived_from == "asli" and reprint.derived_similarity == 0.4


def test_derive_shared_sentences_out_of_order_and_few_are_not_a_block():
    # three sentences in common with the original, but only two in a row in its order: a rewrite that borrows,
    # not a reprint of a block
    original = doc("asli", ORIGINAL)
    other = doc("lain", OWN_LEAD[:3] + [ORIGINAL[5], ORIGINAL[1], ORIGINAL[2]] + OWN_LEAD[3:] + OWN_TAIL,
                published="2025-03-02")
    assert mark_derived([original, other]) == 0


def test_derive_a_reprint_that_changed_a_figure_is_still_a_copy():
    # the figures are left out of the twins' comparison: a copy that wrote 3.500 soldiers and 54 houses where the
    # original had 3.000 and 45 keeps those sentences (main asked every figure of a sentence to be in its
    # counterpart: 2 of 4 aligned, no copy); two refilled of four twins is not "most": no template either
    kept = [ORIGINAL[0], ORIGINAL[1], ORIGINAL[5], ORIGINAL[6]]
    original = doc("asli", kept)
    changed = [s.replace("3.000", "3.500").replace("45 rumah", "54 rumah") for s in kept]
    reprint = doc("salin", changed, published="2025-03-02")
    assert mark_derived([original, reprint]) == 1
    assert reprint.derived_similarity == 1.0


def test_derive_a_word_for_word_reprint_that_updated_two_figures_is_a_copy_not_a_template():
    # mend55: twelve sentences reprinted word for word; the lead and one body sentence give an updated figure (2 of
    # the 3 twins that state figures): a reprint whose changed figures a checker wants to see, not one frame filled
    # twice (template siblings share the frame and little else)
    from ceksilang.reconcile.derive import copy_evidence, sentences_of

    body = ORIGINAL + ["Kantor berita setempat melaporkan jalan utama menuju perbatasan ditutup bagi kendaraan sipil.",
                       "Sekolah di desa sekitar sungai Merla diliburkan sampai situasi keamanan dinyatakan pulih.",
                       "Sebanyak 1.200 warga desa Koral mengungsi ke balai desa tetangga sejak kemarin malam.",
                       "Pemerintah menyiapkan dana ganti rugi Rp 750 miliar bagi warga yang rumahnya rusak."]
    updated = [s.replace("3.000", "3.500").replace("1.200", "1.450") for s in body]
    assert sum(a != b for a, b in zip(body, updated)) == 2
    evidence = copy_evidence(sentences_of("\n".join(updated)), sentences_of("\n".join(body)))
    assert not evidence.template and evidence.is_copy
    original, reprint = doc("asli", body), doc("salin", updated, published="2025-03-02", outlet="Kabar")
    assert mark_derived([original, reprint]) == 1 and reprint.derived_from == "asli"


def test_derive_one_frame_filled_with_other_figures_in_most_twins_is_a_template():
    from ceksilang.reconcile.derive import copy_evidence, sentences_of

    day1 = ["Harga beli emas batangan di butik Sarimas tercatat Rp1.912.000 per gram pada Senin pagi.",
            "Harga jual kembali emas batangan di butik Sarimas tercatat Rp1.760.000 per gram hari itu.",
            "Emas batangan ukuran satu kilogram di butik Sarimas dijual seharga Rp1.852.600.000 hari itu.",
            "Pembelian emas batangan di butik Sarimas dikenai pajak penghasilan sesuai ketentuan berlaku."]
    day2 = [s.replace("1.912.000", "1.920.000").replace("1.760.000", "1.768.000").replace("852.600", "860.600")
            .replace("Senin", "Selasa") for s in day1]
    evidence = copy_evidence(sentences_of("\n".join(day2)), sentences_of("\n".join(day1)))
    assert evidence.template and not evidence.is_copy and evidence.share == 1.0


# copy71: a credit line ties a retelling to the text it retells
def _credited(doc_id: str, sentences: list[str], outlet: str, published: str = "2025-03-02") -> Document:
    return Document(id=doc_id, source=Source(f"{doc_id}.txt"), text="\n".join(sentences), published=published,
                    outlet=outlet)


def test_derive_two_retellings_crediting_one_wire_are_copies_but_a_ministrys_site_is_a_source():
    # four of ten own sentences kept (0.4: under min_share, no block of three in a row); both write "dilansir
    # Antara": one wire's text retold twice. Crediting a ministry's site instead is quoting a source, not a reprint
    kept = [ORIGINAL[0], OWN_LEAD[0], ORIGINAL[2], OWN_LEAD[1], ORIGINAL[4], OWN_LEAD[2], ORIGINAL[6]]
    first = _credited("warta", ORIGINAL[:7] + ["Berita ini dilansir Antara pada Selasa siang."], "Warta", "2025-03-01")
    second = _credited("kabar", kept + OWN_TAIL + ["Seperti dilansir Antara, situasi masih dipantau."], "Kabar")
    assert mark_derived([first, second]) == 1
    assert second.derived_from == "warta"
    site = "Data itu dikutip dari laman resmi Kementerian Pertahanan Zarnovia."
    first = _credited("warta", ORIGINAL[:7] + [site], "Warta", "2025-03-01")
    second = _credited("kabar", kept + OWN_TAIL + [site], "Kabar")
    assert mark_derived([first, second]) == 0


def test_derive_a_retelling_crediting_the_earlier_outlet_is_its_copy():
    kept = [ORIGINAL[0], OWN_LEAD[0], ORIGINAL[2], OWN_LEAD[1], ORIGINAL[4], OWN_LEAD[2], ORIGINAL[6]]
    first = _credited("warta", ORIGINAL, "Warta.com", "2025-03-01")
    second = _credited("kabar", kept + OWN_TAIL + ["Hal itu dilansir dari Warta.com, Selasa."], "Kabar")
    assert mark_derived([first, second]) == 1 and second.derived_from == "warta"
    second.text = "\n".join(kept + OWN_TAIL)  # the same retelling without its credit: 0.4, not a copy
    assert mark_derived([first, second]) == 0


def test_derive_credit_names_are_outlets_not_platforms():
    from ceksilang.reconcile.derive import credited_outlets

    text = ("Hal itu dilansir dari Kompas.com. Foto itu dikutip dari akun Instagram @warga. Seperti dilansir Antara, "
            "Senin. Data dikutip dari laman resmi Kementerian Luar Negeri.")
    assert credited_outlets(_credited("a", [text], "Detik")) == {"kompas", "antara"}
    assert credited_outlets(_credited("a", [text], "Kompas")) == {"antara"}  # its own outlet is no credit


def test_derive_an_outlet_is_its_registered_name_not_its_sections_host():
    from ceksilang.reconcile.derive import _outlet_key

    # a section's host is its outlet's: news.detik.com is Detik, two outlets' "nasional." sections are two outlets
    assert _outlet_key("news.detik.com") == _outlet_key("Detik.com") == "detik"
    assert _outlet_key("nasional.kompas.com") == "kompas" and _outlet_key("nasional.sindonews.com") == "sindonews"
    assert _outlet_key("www.kontan.co.id") == "kontan" and _outlet_key("tribun-medan.com") == "tribunmedan"
    assert _outlet_key("m.liputan6.com") == "liputan6" and _outlet_key("KOMPAS.com") == "kompas"


def test_derive_two_reports_crediting_two_outlets_sections_are_not_one_credit():
    from ceksilang.reconcile.derive import credited_outlets

    a = _credited("a", ["Hal itu dilansir dari nasional.kompas.com, Selasa."], "Warta")
    b = _credited("b", ["Hal itu dilansir dari nasional.sindonews.com, Selasa."], "Kabar")
    assert credited_outlets(a) == {"kompas"} and credited_outlets(b) == {"sindonews"}


def test_derive_two_retellings_crediting_one_agencys_web_address_are_no_copies():
    from ceksilang.reconcile.derive import credited_outlets

    # a government or organisation site written as an address is a source both quote, as its name is
    kept = [ORIGINAL[0], OWN_LEAD[0], ORIGINAL[2], OWN_LEAD[1], ORIGINAL[4], OWN_LEAD[2], ORIGINAL[6]]
    for site in ("Data itu dikutip dari laman bmkg.go.id pada Selasa.", "Data itu dilansir dari ugm.ac.id, Selasa.",
                 "Data itu dilansir dari walhi.or.id, Selasa.", "Data itu dilansir dari tni.mil.id, Selasa."):
        first = _credited("warta", ORIGINAL[:7] + [site], "Warta", "2025-03-01")
        second = _credited("kabar", kept + OWN_TAIL + [site], "Kabar")
        assert credited_outlets(first) == frozenset(), site
        assert mark_derived([first, second]) == 0, site


def test_derive_a_short_credited_retelling_is_marked_its_copy():
    from ceksilang.model import Quote

    # two own sentences retold from Warta.com (neither word for word: no block) between two quotes, and a credit:
    # the rules call it a copy though its share (fewer than three own sentences) and its block are both none
    first = _credited("warta", ORIGINAL, "Warta.com", "2025-03-01")
    said = ['"Kami meminta semua warga desa tetap tenang dan tidak panik malam ini," kata Kepala Desa Koral.',
            '"Bantuan tenda dan selimut untuk pengungsi sudah kami kirim sejak kemarin sore," kata Kepala Desa Koral.']
    own = ["Pada Selasa pagi Pemerintah Zarnovia memberangkatkan 3.000 tentara menuju wilayah perbatasan utara negeri "
           "itu yang memanas sejak awal bulan.",
           "Menurut Menteri Pertahanan Lukas Varen, pengerahan pasukan bertujuan menjaga keamanan warga desa di sana "
           "dari ancaman milisi bersenjata."]
    second = _credited("kabar", [own[0], said[0], own[1], said[1], "Dilansir dari Warta.com."], "Kabar")
    for line in said:
        at = second.text.index(line)
        end = line.index('," ')
        second.quotes.append(Quote(doc="kabar", start=at + 1, end=at + end, text=line[1:end], kind="direct"))
    assert mark_derived([first, second]) == 1 and second.derived_from == "warta"


def test_derive_an_outlet_whose_name_starts_another_is_another_outlet():
    from ceksilang.reconcile.derive import credited_outlets

    # Kompasiana (a blog platform) is not Kompas, nor Bisnis Indonesia Bisnis; detik's channels are detik
    kompas = _credited("a", ["Hal itu dilansir dari Kompasiana.com, Selasa."], "Kompas")
    assert credited_outlets(kompas) == {"kompasiana"}
    bisnis = _credited("b", ["Data itu dikutip dari Bisnis Indonesia, Selasa."], "Warta")
    assert credited_outlets(bisnis, known={"bisnis"}) == frozenset()  # not the batch's Bisnis
    channel = _credited("c", ["Hal itu dilansir dari detikNews, Selasa."], "Detik")
    assert credited_outlets(channel, known={"detik"}) == frozenset()  # its own outlet's channel: no credit
    wire = _credited("d", ["Hal itu dikutip dari Yonhap News, Selasa."], "Warta")
    assert credited_outlets(wire) == {"yonhap"}  # a wire's name with "News" after it is still the wire
    assert credited_outlets(_credited("e", ["Hal itu dikutip dari antaranews.com, Selasa."], "Antara")) == frozenset()
    kept = [ORIGINAL[0], OWN_LEAD[0], ORIGINAL[2], OWN_LEAD[1], ORIGINAL[4], OWN_LEAD[2], ORIGINAL[6]]
    first = _credited("warta", ORIGINAL, "Kompas", "2025-03-01")
    second = _credited("kabar", kept + OWN_TAIL + ["Hal itu dilansir dari Kompasiana.com, Selasa."], "Kabar")
    assert mark_derived([first, second]) == 0  # crediting Kompasiana is no credit to Kompas's report


def test_derive_a_short_wire_name_is_a_credit_and_one_outlet_named_two_ways_is_one_outlet():
    from ceksilang.reconcile.derive import _one_outlet, credited_outlets

    assert credited_outlets(_credited("a", ["Hal itu dikutip dari AP, Selasa."], "Warta")) == {"ap"}
    assert credited_outlets(_credited("a", ["Hal itu dikutip dari XY, Selasa."], "Warta")) == frozenset()
    # the block rule's "one outlet" reads the outlet as credits do: Kompas and Kompas.com are one outlet
    assert _one_outlet(_credited("a", ["x"], "Kompas"), _credited("b", ["x"], "Kompas.com"))
    assert not _one_outlet(_credited("a", ["x"], "Kompas"), _credited("b", ["x"], "Kompasiana"))
    assert not _one_outlet(_credited("a", ["x"], ""), _credited("b", ["x"], ""))


def test_derive_each_wire_is_listed_once():
    import yaml

    from ceksilang.lang import LANG_DIR

    wires = yaml.safe_load((LANG_DIR / "id" / "credits.yaml").read_text(encoding="utf-8"))["wires"]
    assert len(wires) == len(set(wires))


# mend54: a credit ties two reports only when it names the other report's outlet or a wire both print
def test_derive_two_retellings_crediting_one_companys_site_are_no_copies():
    # both write "dikutip dari laman resmi hargaemas-zarnovia.com": a company's page both read (a price list),
    # not one outlet's text both reprint; four of ten own sentences kept, as the wire case above
    kept = [ORIGINAL[0], OWN_LEAD[0], ORIGINAL[2], OWN_LEAD[1], ORIGINAL[4], OWN_LEAD[2], ORIGINAL[6]]
    site = "Data itu dikutip dari laman resmi hargaemas-zarnovia.com pada Selasa pagi."
    first = _credited("warta", ORIGINAL[:7] + [site], "Warta", "2025-03-01")
    second = _credited("kabar", kept + OWN_TAIL + [site], "Kabar")
    assert mark_derived([first, second]) == 0 and second.derived_from is None
    # the same retelling crediting the earlier report's outlet by its address is its copy
    second = _credited("kabar", kept + OWN_TAIL + ["Data itu dikutip dari laman warta.com pada Selasa pagi."], "Kabar")
    assert mark_derived([first, second]) == 1 and second.derived_from == "warta"


def test_derive_two_outlets_writing_one_price_page_their_own_way_are_two_reports():
    # coverage.csv, 19 June 2025: Kompas and Tempo each write Logam Mulia's gold price page in their own sentences,
    # giving other figures in most sentences they share (the day before's fall Rp 8.000 / Rp 7.000, the tax
    # rates): two reports whose figures a checker compares, not a copy
    import csv

    from ceksilang.ingest.clean import clean_document
    from ceksilang.model import RawDocument

    from .conftest import needs_corpus

    path = needs_corpus("coverage", "coverage.csv")
    csv.field_size_limit(1 << 30)
    wanted = ("id-7d096728dafb", "id-d8c400b332c2")
    with path.open(encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f) if r["id"] in wanted}
    kompas, tempo = (clean_document(RawDocument(id=i, source=Source(i), text=rows[i]["text"], format="csv",
                                                 outlet=rows[i]["outlet"], published=rows[i]["published"]))
                     for i in wanted)
    assert (kompas.outlet, tempo.outlet) == ("Kompas", "Tempo")
    assert mark_derived([kompas, tempo]) == 0 and tempo.derived_from is None


def test_derive_two_price_pages_with_new_prices_and_the_rest_reworded_are_a_template():
    # mend57: three price lines refilled, one price unchanged, the three other sentences reworded: the refilled
    # lines count as kept word for word only by their words (figures are not among them); they are no evidence
    # of a reprint, and the pair is one frame filled twice
    from ceksilang.reconcile.derive import copy_evidence, sentences_of

    day1 = ["Harga beli emas batangan di butik Sarimas tercatat Rp1.912.000 per gram pada Senin pagi.",
            "Harga jual kembali emas batangan di butik Sarimas tercatat Rp1.760.000 per gram hari itu.",
            "Emas batangan ukuran satu kilogram di butik Sarimas dijual seharga Rp1.852.600.000 hari itu.",
            "Emas batangan ukuran setengah gram di butik Sarimas dijual seharga Rp1.006.000 hari itu.",
            "Pembelian emas batangan di butik Sarimas dikenai pajak penghasilan sesuai ketentuan yang berlaku.",
            "Pembeli yang memiliki NPWP dikenai tarif pajak lebih rendah daripada pembeli tanpa NPWP di butik.",
            "Setiap transaksi emas batangan di butik Sarimas wajib disertai bukti potong pajak penghasilan resmi."]
    day2 = [s.replace("1.912.000", "1.920.000").replace("1.760.000", "1.768.000").replace("852.600", "860.600")
            .replace("Senin", "Selasa") for s in day1[:4]]
    day2 += ["Setiap pembelian emas batangan di butik Sarimas dikenai pajak penghasilan sesuai ketentuan.",
             "Pembeli yang punya NPWP dikenai tarif pajak lebih rendah daripada pembeli tanpa NPWP.",
             "Tiap transaksi emas batangan di butik Sarimas harus disertai bukti potong pajak penghasilan."]
    evidence = copy_evidence(sentences_of("\n".join(day2)), sentences_of("\n".join(day1)))
    assert evidence.template and not evidence.is_copy
