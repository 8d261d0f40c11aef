"""Tests of ceksilang.extract.quotes: a table of invented sentences per pattern, property tests,
and the evaluation gate on hand-annotated real articles (tests/gold/quotes_*.yaml)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from ceksilang.extract.quotes import QUOTE_LANGUAGES, find_quotes, load_quote_patterns, speaker_mentions
from ceksilang.lang import load_speech_verbs
from ceksilang.model import Mention, Quote

from .conftest import needs_corpus

GOLD = Path(__file__).resolve().parent / "gold"

# Floors pinned a little under the measured figures (CNN: 103 quotes, recall 1.00, speaker
# 1.00; seeds: 38 quotes, recall 0.92, speaker 0.97); raise them when the extractor improves,
# never lower them. The CNN sample was also the development set: expect less on unseen text.
FLOORS = {
    "cnn": {"recall": 0.97, "speaker": 0.95},
    "seeds": {"recall": 0.89, "speaker": 0.94},
}


def _quote_at(quotes: list[Quote], text: str, words: str) -> Quote:
    pos = text.index(words)
    found = sorted((q for q in quotes if q.start <= pos < q.end), key=lambda q: q.kind == "indirect")
    assert found, f"no quote covers {words!r}: {[(q.kind, q.text) for q in quotes]}"
    return found[0]


def _capitalised_mentions(doc: str, text: str) -> list[Mention]:
    """A stand-in for NER: runs of capitalised words after a title, labelled PERSON."""
    out = []
    for m in re.finditer(r"\b(?:Menteri|Presiden|Senior|Bupati) ([A-Z][a-z]+(?: [A-Z][a-z]+)*)", text):
        out.append(Mention(doc, m.start(1), m.end(1), m.group(1), "PERSON"))
    return out


# --------------------------------------------------------------------------- patterns

# (text, words inside the quote that identify it, kind, expected speaker_name, cue)
CASES = [
    # cue after the quote
    ('"Harga beras akan turun bulan depan," kata Rudi Hartono.',
     "Harga beras", "direct", "Rudi Hartono", "kata"),
    ("“Kami siap membantu warga,” ujar Bupati Dewi Lestari di pendopo.",
     "Kami siap", "direct", "Dewi Lestari", "ujar"),
    ('"Jembatan itu ditutup sementara," kata Menteri Pekerjaan Umum Anton Sudirman pada konferensi pers.',
     "Jembatan itu", "direct", "Anton Sudirman", "kata"),
    ('"Bantuan sudah dikirim ke lokasi," kata Sinta Maharani, juru bicara Kementerian Sosial.',
     "Bantuan sudah", "direct", "Sinta Maharani", "kata"),
    ('"Ekspor naik tajam," tutur Kepala BPS Bambang Widjaja.',
     "Ekspor naik", "direct", "Bambang Widjaja", "tutur"),
    # a short name after the cue gets the fullest form in the document
    ('Menteri Perdagangan Yohanes Sitompul meninjau pasar. "Stok gula aman," lanjut Sitompul.',
     "Stok gula", "direct", "Yohanes Sitompul", "lanjut"),
    ('"Itu hanya isu," Yohanes menanggapi.', "Itu hanya", "direct", "Yohanes", "menanggapi"),
    # -nya form: the last speaker, not the nearest name
    ('"Panen raya dimulai pekan ini," kata Ahmad Fauzi. Laporan itu sejalan dengan data Bulog. '
     '"Gudang di Karawang sudah penuh," ujarnya.',
     "Gudang di", "direct", "Ahmad Fauzi", "ujarnya"),
    # -nya form: the subject of the sentence before
    ('"Tarif tidak berubah," kata Rina Kusuma. Sementara itu, Hendra Wijaya menyatakan bahwa '
     'pemerintah akan mengkaji ulang. "Kajian selesai bulan depan," ucapnya.',
     "Kajian selesai", "direct", "Hendra Wijaya", "ucapnya"),
    # cue before the quote
    ('Dalam rapat itu, Siregar menyebutkan, "Kami tidak akan menaikkan harga tiket kereta."',
     "Kami tidak", "direct", "Siregar", "menyebutkan"),
    ("Berbicara di Surabaya, Lukas dari Papua mengatakan: “Jalan ke kampung kami masih rusak berat.”",
     "Jalan ke", "direct", "Lukas", "mengatakan"),
    ("Gubernur Maluku, Markus Latuconsina, menegaskan, “Semua sekolah dibuka kembali besok pagi.”",
     "Semua sekolah", "direct", "Markus Latuconsina", "menegaskan"),
    ('Sutrisno Bachir mengatakan: "Pabrik baru itu menyerap seribu pekerja." '
     'Dia kemudian menambahkan: "Sebagian besar dari desa sekitar."',
     "Sebagian besar", "direct", "Sutrisno Bachir", "menambahkan"),
    # partial quotes: the subject of the speech verb, the first one when two speak
    ('Hasan Basri dan Menteri Keuangan Lidia Tan mengatakan kebijakan itu "tidak bisa ditawar" lagi.',
     "tidak bisa", "partial", "Hasan Basri", "mengatakan"),
    ('Pasokan itu, yang menurut Wulan Sari "cukup sampai Lebaran", sudah tiba di gudang.',
     "cukup sampai", "partial", "Wulan Sari", "menurut"),
    # single quotes with a speech verb attached are quotes
    ("‘Kami menolak tuduhan itu,’ kata Agus Salim kepada wartawan.",
     "Kami menolak", "direct", "Agus Salim", "kata"),
    # nobody named: a group, an indefinite role, or no cue at all
    ('"Setuju," sahut para peserta rapat.', "Setuju", "direct", None, "sahut"),
    ('"Kami belum menerima laporan resmi," kata seorang pejabat di kantor itu.',
     "Kami belum", "direct", None, "kata"),
    ('Hujan turun sejak pagi. "Air sudah masuk ke rumah-rumah warga."',
     "Air sudah", "direct", None, None),
    # a verb that reports speech only before a comma or "bahwa"; "bilang" after its subject
    ("Gubernur Rahmat Hidayat melanjutkan, stok pangan di semua gudang masih cukup.",
     "stok pangan", "indirect", "Rahmat Hidayat", "melanjutkan"),
    ("Rahmat Hidayat bilang, stok pangan di semua gudang masih cukup.",
     "stok pangan", "indirect", "Rahmat Hidayat", "bilang"),
]


@pytest.mark.parametrize("text, words, kind, speaker, cue", CASES)
def test_quotes_pattern_table(text, words, kind, speaker, cue):
    quotes = find_quotes("d", text)
    q = _quote_at(quotes, text, words)
    assert q.kind == kind
    assert q.speaker_name == speaker
    assert q.cue == cue
    assert text[q.start:q.end] == q.text
    if speaker is not None:
        assert speaker.split()[-1] in text[q.speaker_start:q.speaker_end]


def test_quotes_confidence_follows_how_the_speaker_was_found():
    text = ('"Kami menunggu hasil audit," kata Rahmat Hidayat. Pekerjaan itu dimulai Senin. '
            '"Audit selesai Juni," katanya.')
    named, pronoun = find_quotes("d", text)
    assert named.confidence >= 0.9
    assert 0.6 <= pronoun.confidence < named.confidence
    # a pronoun points at the antecedent's span
    assert text[pronoun.speaker_start:pronoun.speaker_end] == "Rahmat Hidayat"


def test_quotes_scare_quotes_are_not_quotes():
    text = "Pengamat menyebut langkah itu sebagai 'lompatan besar' bagi industri. Program \"Desa Cerdas\" diluncurkan."
    assert [q for q in find_quotes("d", text) if q.kind != "indirect"] == []


def test_quotes_unclosed_quote_runs_to_end_of_paragraph_and_continues():
    text = ('“Pembangunan bendungan itu tertunda dua tahun karena lahan.\n'
            '“Kini pembebasan lahan sudah selesai,” kata Yusuf Kalla.\n')
    quotes = [q for q in find_quotes("d", text) if q.kind == "direct"]
    assert [q.text for q in quotes] == [
        "Pembangunan bendungan itu tertunda dua tahun karena lahan.",
        "Kini pembebasan lahan sudah selesai",
    ]
    assert all(q.speaker_name == "Yusuf Kalla" for q in quotes)


def test_quotes_quote_spanning_sentences_is_one_quote():
    text = '"Harga naik. Stok menipis. Kami minta pemerintah turun tangan," kata Mira Lestari.'
    (q,) = find_quotes("d", text)
    assert q.text.startswith("Harga naik.") and q.text.endswith("turun tangan")
    assert q.speaker_name == "Mira Lestari"


@pytest.mark.parametrize("text, speaker, clause_start", [
    ("Darmawan Saputra mengatakan bahwa produksi padi tahun ini meningkat tajam.",
     "Darmawan Saputra", "produksi padi"),
    ("Menurut Fitri Handayani, kenaikan tarif akan ditunda sampai akhir tahun.",
     "Fitri Handayani", "kenaikan tarif"),
    ("Bendungan itu akan selesai pada Desember mendatang, kata Joni Iskandar.",
     "Joni Iskandar", "Bendungan itu"),
    ("Pemerintah daerah menegaskan jalan tol itu dibuka untuk umum pekan depan.",
     "Pemerintah", "jalan tol"),
])
def test_quotes_indirect_speech(text, speaker, clause_start):
    quotes = [q for q in find_quotes("d", text) if q.kind == "indirect"]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker_name is not None and speaker.split()[-1] in q.speaker_name
    assert q.text.startswith(clause_start)


def test_quotes_indirect_without_a_speaker_is_not_reported():
    assert find_quotes("d", "Para ahli mengatakan bahwa cuaca ekstrem akan berlanjut hingga Maret.") == []


def test_quotes_use_given_mentions_for_speaker_spans():
    text = '"Inflasi masih terkendali," kata Ekonom Senior Bagus Pramono dalam diskusi.'
    mentions = _capitalised_mentions("d", text)
    assert mentions, "the stand-in NER found nothing"
    (q,) = find_quotes("d", text, mentions=mentions)
    assert (q.speaker_start, q.speaker_end) == (mentions[0].start, mentions[0].end)
    assert q.speaker_name == mentions[0].text


def test_quotes_language_data_has_the_keys_other_stages_read():
    verbs = load_speech_verbs(QUOTE_LANGUAGES)
    assert {"kata", "ujar", "tambah"} <= verbs.base
    assert {"mengatakan", "menyatakan"} <= verbs.prefixed
    assert "menurut" in verbs.according_to
    assert verbs.cue("tambahnya") == ("tambah", True)
    pat = load_quote_patterns()
    assert {"dia", "ia", "beliau"} <= pat.pronouns_person
    assert ("juru", "bicara") in pat.roles
    # mend47: the words of name lists and short names are data, not code
    assert {"dan", "serta"} <= pat.coordinators and "atau" in pat.full_or_short_joiners


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab AB.,:;\n"“”‘’\'kataujarnyaDiaMenurut ')), max_size=200))
def test_quotes_never_raise_and_spans_match_on_quote_heavy_text(text):
    for q in find_quotes("d", text):
        assert text[q.start:q.end] == q.text and q.start < q.end
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_quotes_never_raise_on_any_string(text):
    for q in find_quotes("d", text):
        assert text[q.start:q.end] == q.text


# --------------------------------------------------------------------------- evaluation gate


def _same_speaker(pred: str | None, gold: str | None, also: list[str]) -> bool:
    """Surname (last word) match allowed, and a small typo in it ("Siprmisa")."""
    if gold is None or pred is None:
        return gold is None and pred is None
    p = pred.lower().split()
    for name in [gold, *also]:
        g = name.lower().split()
        if set(p) <= set(g) or set(g) <= set(p) or fuzz.ratio(p[-1], g[-1]) >= 85:
            return True
    return False


def _locate(text: str, words: str) -> int:
    """Offset of the gold quote's first words, preferring an occurrence right after a quote mark."""
    hits = [m.start() for m in re.finditer(re.escape(words), text)]
    assert hits, f"gold quote start not in the text: {words!r}"
    after_mark = [h for h in hits if text[:h].rstrip()[-1:] in "\"“‘'"]
    return (after_mark or hits)[0]


def score(docs: list[tuple[str, list[dict]]]) -> dict[str, float]:
    gold_n = found = right = 0
    for text, gold in docs:
        quotes = [q for q in find_quotes("d", text) if q.kind != "indirect"]
        for g in gold:
            pos = _locate(text, g["quote_start"])
            gold_n += 1
            hit = [q for q in quotes if q.start <= pos < q.end]
            if hit:
                found += 1
                right += _same_speaker(hit[0].speaker_name, g["speaker"], g.get("also", []))
    return {"quotes": gold_n, "recall": found / gold_n, "speaker": right / max(found, 1)}


def _cnn_docs() -> list[tuple[str, list[dict]]]:
    path = needs_corpus("news", "cnn_labeled.csv")
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8", newline="") as fh:
        texts = {r["url"]: r["clean_text"] for r in csv.DictReader(fh)}
    gold = yaml.safe_load((GOLD / "quotes_cnn.yaml").read_text(encoding="utf-8"))
    return [(texts[e["url"]], e["quotes"]) for e in gold]


def _seed_docs() -> list[tuple[str, list[dict]]]:
    seeds = needs_corpus("seeds")
    gold = yaml.safe_load((GOLD / "quotes_seeds.yaml").read_text(encoding="utf-8"))
    return [((seeds / f"{e['doc']}.txt").read_text(encoding="utf-8"), e["quotes"]) for e in gold]


@pytest.mark.parametrize("name, load", [("cnn", _cnn_docs), ("seeds", _seed_docs)])
def test_quotes_gold_speaker_accuracy_and_recall(name, load):
    docs = load()
    result = score(docs)
    print(f"\nquotes gold {name}: {len(docs)} articles, {result['quotes']} quotes, "
          f"recall {result['recall']:.3f}, speaker accuracy {result['speaker']:.3f}")
    assert result["recall"] >= FLOORS[name]["recall"]
    assert result["speaker"] >= FLOORS[name]["speaker"]


def test_quotes_seed_speakers_the_product_promises(seed_texts):
    """The attributions named in the product brief, checked one by one."""
    def speaker(stem_prefix: str, words: str) -> str | None:
        text = next(t for s, t in seed_texts.items() if s.startswith(stem_prefix))
        return _quote_at(find_quotes("d", text), text, words).speaker_name

    assert speaker("000", "Sekretaris Jenderal prihatin") == "Antonio Guterres"
    assert "Blinken" in speaker("000", "Pasukan Korea Utara pertama dikirim")
    assert speaker("004", "Sekretaris Jenderal sangat khawatir") == "Stephane Dujarric"
    assert speaker("004", "Segala sesuatu harus dilakukan") == "Antonio Guterres"
    assert speaker("002", "Bahkan jika semua") == "Vasily Nebenzya"
    assert speaker("002", "Membangun interoperabilitas") == "Sergiy Kyslytsya"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We will rebuild the bridge," said Hendra Pakaya, the agency head.', "Hendra Pakaya"),
        ('"The water rose in minutes," Rina Sasmita told reporters on Monday.', "Rina Sasmita"),
        ('"Nobody warned us," she said.', None),  # a pronoun with no speaker before it: no guess
    ],
)
def test_quotes_english_cues(text, speaker):
    (q,) = [q for q in find_quotes("en", text) if q.kind == "direct"]
    assert q.speaker_name == speaker
    assert text[q.start:q.end] == q.text


def test_quotes_english_words_do_not_change_indonesian_cues():
    verbs = load_speech_verbs(QUOTE_LANGUAGES)
    assert verbs.cue("said") == ("said", False) and verbs.cue("katanya") == ("kata", True)


# --------------------------------------------------------------------------- issue 20: speakers on unseen coverage
# Whole-pipeline cases (the real NER, entity rules and quote finder), one general rule each;
# the names and places are invented or swapped so no case repeats a gold article.

def _analysed(text: str):
    from ceksilang.model import RawDocument, Source  # noqa: PLC0415 - only these tests read raw text
    from ceksilang.pipeline import analyze_raw  # noqa: PLC0415

    return analyze_raw(RawDocument(id="t", source=Source(path="t.txt"), text=text, format="text"))


@pytest.mark.parametrize("text, words, speaker", [
    # role + region + name: the region is cut on evidence (a known place, Kabupaten X elsewhere,
    # a rank, the same words after "Polsek"/"di" elsewhere)
    ("Banjir melanda Kabupaten Lembah Hijau sejak Senin. \"Kami sudah mengevakuasi 120 warga,\" kata "
     "Bupati Lembah Hijau Agus Salim kepada wartawan.", "Kami sudah mengevakuasi", "Agus Salim"),
    ("Asisten Camat Pasir Putih Rahmanudin menjelaskan bahwa rumah tersebut roboh pada sore hari. "
     "Personel Polsek Pasir Putih sudah berada di lokasi.", "rumah tersebut roboh", "Rahmanudin"),
    ("Kapolres Tanah Merah AKBP Dodi Kurniawan Saputra mengatakan pelaku sudah ditahan sejak kemarin.",
     "pelaku sudah ditahan", "Dodi Kurniawan Saputra"),
    ("Wali Kota Sungai Raya Hendri Gunawan meninjau lokasi. Warga di Sungai Raya mengungsi. "
     "\"Kami dirikan dapur umum,\" ujar Hendri.", "Kami dirikan", "Hendri Gunawan"),
    # a role without a region keeps the whole name
    ("Gubernur Khofifah Indar Parawansa mengatakan jembatan itu dibuka untuk umum mulai pekan depan.",
     "jembatan itu dibuka", "Khofifah Indar Parawansa"),
    ("Gubernur Jawa Tengah Siti Rahmawati meninjau jalan. \"Jalan harus selesai bulan ini,\" ujar Gubernur "
     "Siti Rahmawati di Semarang.", "Jalan harus selesai", "Siti Rahmawati"),
    # a second name in brackets or with "sapaan akrab" is the same person
    ("Wakil Ketua Umum PAN Zulkifli Hasan (Zulhas) hadir di Jakarta. \"Kami siap mendukung,\" kata Zulhas.",
     "Kami siap mendukung", "Zulkifli Hasan"),
    ("Bonang, sapaan akrab Bonaventura Wijaya, menegaskan pihaknya akan membangun dermaga baru. "
     "\"Sudah kami anggarkan,\" ujar Bonang.", "Sudah kami anggarkan", "Bonaventura Wijaya"),
    # a role's short form in brackets stands for its holder
    ("Menteri Dalam Negeri (Mendagri) Tito Karnavian hadir di Istana. Mendagri mengatakan pemerintah "
     "memutuskan empat pulau masuk wilayah Aceh.", "pemerintah memutuskan", "Tito Karnavian"),
    # a spokesperson is the speaker, not the principal
    ("Juru bicara Sekjen PBB Stephane Dujarric mengatakan Guterres prihatin atas laporan itu. Juru bicara "
     "itu mengatakan segala sesuatu harus dilakukan untuk mencegah eskalasi.", "segala sesuatu harus",
     "Stephane Dujarric"),
    ("Stephane Dujarric, juru bicara Sekjen PBB Antonio Guterres, mengatakan sang sekjen sangat prihatin "
     "atas serangan itu.", "sang sekjen sangat prihatin", "Stephane Dujarric"),
    # a time adverb between the subject and the speech verb
    ("Pentagon minggu lalu mengatakan Korea Utara mengirim 10.000 tentara ke Rusia.", "Korea Utara mengirim",
     "Pentagon"),
    # an organisation before the name, a rank or title before an appositive name
    ("Pusat Penanggulangan Disinformasi Ukraina Andriy Kovalenko mengatakan pasukan itu sudah tiba di Kursk.",
     "pasukan itu sudah tiba", "Andriy Kovalenko"),
    ("\"Kami terus berpatroli,\" ujar Kasat Lantas Polres Karang Anyar, Iptu Bima Sakti dalam keterangannya.",
     "Kami terus berpatroli", "Bima Sakti"),
    # "hal itu" opens what was said unless a setting follows it
    ("Ketua PBNU Gus Gudfan mengatakan hal itu murni atas nama pribadi, bukan mewakili organisasi.",
     "murni atas nama pribadi", "Gus Gudfan"),
    # the full name is the one introduced before, not a longer form met only later
    ("Ketua Dewan Pakar Partai Golkar Agung Laksono hadir. \"Pemilih kami solid,\" kata Agung. Artikel ini "
     "telah tayang dengan judul \"Pemilih Pilih Prabowo, Agung Laksono Anggap Sudah Bagus\".",
     "Pemilih kami solid", "Agung Laksono"),
    # a cue set off by commas, a date set off by commas, "memastikan bahwa"
    ("Hendra Pakaya meninjau lokasi longsor. Namun, kata Hendra, pencarian korban akan dilanjutkan besok pagi.",
     "pencarian korban akan", "Hendra Pakaya"),
    ("Camat Sukamaju Rina Wulandari, Kamis (19/6/2025), menjelaskan bantuan akan disalurkan pekan depan.",
     "bantuan akan disalurkan", "Rina Wulandari"),
    ("Menteri Luar Negeri Retno Marsudi memastikan bahwa semua warga negara Indonesia dalam keadaan aman.",
     "semua warga negara", "Retno Marsudi"),
    # "Menurut laporan ..." names no one; the rest of the sentence reports someone's words, after "bahwa"
    ("Menurut laporan media Kyiv Independent, Kepala Departemen Anti-Disinformasi Ukraina, Andrii Kovalenko, "
     "mengumumkan pada 4 November pagi bahwa pasukan Ukraina menyerang tentara Korea Utara.",
     "pasukan Ukraina menyerang", "Andrii Kovalenko"),
])
def test_speaker_on_real_coverage_patterns(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


@pytest.mark.parametrize("text, words", [
    # narration about a statement, not what was said
    ("Blinken menyampaikan pernyataan tersebut dalam sebuah konferensi pers di Washington bersama Austin.",
     "pernyataan tersebut"),
    ("Bupati menyampaikan terima kasih kepada seluruh relawan yang membantu evakuasi warga.", "terima kasih"),
    ("Blinken mengatakan hal itu saat konferensi pers di Washington bersama Austin.", "hal itu saat"),
    # quote marks around no word
    ("Kedua menteri bertemu dalam format \"2+2\" di Seoul pada pekan lalu.", "2+2"),
    # "memastikan" without "bahwa" is an act
    ("Polisi memastikan keamanan di lokasi kejadian tetap terjaga selama perayaan.", "keamanan di lokasi"),
])
def test_not_a_quote(text: str, words: str) -> None:
    doc = _analysed(text)
    pos = doc.text.index(words)
    assert not [q for q in doc.quotes if q.start <= pos < q.end]


@pytest.mark.parametrize("text", [
    "Januari-Maret mencatat kenaikan penjualan sebesar 20 persen dibanding periode yang sama tahun lalu.",
    "\"Penjualan naik dua kali lipat,\" kata Senin-Rabu pekan ini.",
    "Maret mengatakan harga beras naik di semua pasar induk.",
])
def test_months_dates_and_numbers_are_never_speakers(text: str) -> None:
    doc = _analysed(text)
    assert all(q.speaker_name is None or not re.search(r"Januari|Maret|Senin|Rabu", q.speaker_name)
               for q in doc.quotes)


@pytest.mark.parametrize("text, principal", [
    ("Juru bicara Sekjen PBB Stephane Dujarric mengatakan semua pihak harus menahan diri.", "Sekjen PBB"),
    ("Stephane Dujarric, juru bicara Sekjen PBB Antonio Guterres, mengatakan sang sekjen sangat prihatin.",
     "Antonio Guterres"),
    ("Sekretaris Jenderal PBB Antonio Guterres prihatin. Juru bicaranya, Stephane Dujarric, mengatakan bahwa "
     "semua pihak harus menahan diri. \"Kami mendesak gencatan senjata,\" kata juru bicara itu.",
     "Antonio Guterres"),
])
def test_spokesperson_speaks_for_principal(text: str, principal: str) -> None:
    doc = _analysed(text)
    spoken = [q for q in doc.quotes if q.speaker_name == "Stephane Dujarric"]
    assert spoken and all(q.speaks_for == principal for q in spoken)


def test_quotes_act_verb_without_comma_is_no_quote():
    # "melanjutkan pencarian" names an act: only "melanjutkan," or "melanjutkan bahwa" reports words
    text = "Tim gabungan Rahmat Hidayat melanjutkan pencarian korban di sungai sejak pagi tadi."
    assert not [q for q in find_quotes("d", text) if q.kind == "indirect"]


def test_quotes_body_speaks_under_its_whole_name_and_keeps_the_focus():
    # the mention covers only "DKI Jakarta"; the body is the whole capitalised name, and the
    # "-nya" cue after it goes on with that body
    text = ('Api melanda rumah warga di Kebon Baru. "Satu orang meninggal," ucap Pusat Siaga '
            'Damkar DKI Jakarta saat dikonfirmasi. "Pemadaman selesai pukul empat," ucapnya.')
    start = text.index("DKI Jakarta")
    mentions = [Mention("d", start, start + len("DKI Jakarta"), "DKI Jakarta", "GPE")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert [q.speaker_name for q in quotes] == ["Pusat Siaga Damkar DKI Jakarta"] * 2



def test_quotes_pronoun_with_adverb_after_quote():
    text = ('Bupati Santoso Wiryo mengatakan, "Jalan itu selesai bulan depan." '
            '"Kami tambah dua jembatan," dia kembali menegaskan.')
    quotes = find_quotes("d", text)
    q = next(q for q in quotes if q.text.startswith("Kami"))
    assert q.speaker_name == "Santoso Wiryo"


@pytest.mark.parametrize("text, speaker", [
    # one capitalised word after a role and before "dan": the role's field, not a person
    ("Direktur Operasional dan Pelayanan Publik Perum Logistik Mardiono Sasmito menambahkan bahwa stok beras di gudang tetap aman.",
     "Mardiono Sasmito"),
    # the word after "Perum" names the organisation
    ('"Stok aman," kata Direktur Utama Perum Logistik Mardiono Sasmito.', "Mardiono Sasmito"),
])
def test_quotes_role_and_organisation_words_are_not_names(text, speaker):
    quotes = find_quotes("d", text)
    assert quotes and quotes[0].speaker_name == speaker


def test_quotes_prosecutor_demand_is_not_the_defendants_and_a_bare_role_speaks():
    # "jaksa menuntut terdakwa X": the role before the verb is not X's title, so "kata jaksa"
    # must not resolve to the defendant named in the demand
    text = ('Dalam sidang itu jaksa menuntut terdakwa Hartono Wijaya dengan pidana lima tahun. '
            '"Terdakwa terbukti menerima suap," ujar jaksa saat membacakan tuntutan.')
    q = next(q for q in find_quotes("d", text) if q.text.startswith("Terdakwa terbukti"))
    assert q.speaker_name == "jaksa"  # the bare role, as written: the article names no prosecutor


def test_quotes_pronoun_cue_is_not_the_person_the_quote_names():
    # "ucapnya" after a quote that names Sutarjo in the third person is not Sutarjo: the focus
    # moved to him in the narration, but the quote goes on with the last speaker
    text = ('"Saya siap membantu keluarga itu," kata Wiranto Susilo. '
            'Rumahnya tidak jauh dari balai desa. Jalan ke sana rusak. Warga sering mengeluh. '
            'Hujan turun sejak pagi. Sutarjo datang esok harinya mengantar surat tanah. '
            '"Surat milik Sutarjo lalu saya serahkan kepada notaris," ucapnya.')
    q = next(q for q in find_quotes("d", text) if q.text.startswith("Surat milik"))
    assert q.speaker_name == "Wiranto Susilo"


def test_quotes_a_described_person_does_not_take_the_pronoun_cue():
    # "X adalah ..." describes X; the "ucapnya" after it goes on with the person who spoke
    text = ('"Saya yang menyarankan laporan itu," kata Wiranto Susilo. '
            'Rumahnya tidak jauh dari balai desa. Jalan ke sana rusak. Warga sering mengeluh. '
            'Hujan turun sejak pagi. Hartono Basuki adalah notaris yang dipilih keluarga itu. '
            '"Saya juga ikut dilaporkan," ucapnya.')
    q = next(q for q in find_quotes("d", text) if q.text.startswith("Saya juga"))
    assert q.speaker_name == "Wiranto Susilo"


def test_quotes_anaphoric_body_resolves_to_the_organisation_or_nobody():
    text = ("Badan Pusat Statistik (BPS) merilis data inflasi pada Senin. "
            "Lembaga ini mencatat inflasi tahunan mencapai 2,5 persen pada Mei 2025.")
    start = text.index("Badan Pusat Statistik")
    mentions = [Mention("d", start, start + 21, "Badan Pusat Statistik", "ORG"),
                Mention("d", text.index("BPS"), text.index("BPS") + 3, "BPS", "ORG")]
    q = next(q for q in find_quotes("d", text, mentions=mentions) if q.text.startswith("inflasi"))
    assert q.speaker_name == "Badan Pusat Statistik"
    # with no organisation named before, no speaker at all: never the noun "Lembaga"
    alone = "Hujan turun di kota itu sejak pagi. Lembaga ini mencatat curah hujan mencapai 80 milimeter."
    assert all(q.speaker_name != "Lembaga" for q in find_quotes("d", alone))


def test_quotes_definite_person_noun_is_the_person_in_focus():
    text = ('Sarwono Adi, juru bicara polisi, mengatakan ada 300 penumpang di pesawat itu. '
            '"Semua selamat," kata Sarwono. Perwira menengah polri itu menyebut pesawat mendarat '
            'darurat setelah ada ancaman bom.')
    q = next(q for q in find_quotes("d", text) if q.text.startswith("pesawat mendarat"))
    assert q.speaker_name == "Sarwono Adi"


@pytest.mark.parametrize("text, words, speaker", [
    # "menurut" set off by commas after a short opening
    ("Sebab, menurut Rahmat Hidayat, harga gabah sudah turun sejak pekan lalu.", "harga gabah", "Rahmat Hidayat"),
    # a role made definite with no holder named by it is the person in focus
    ("Kapolda Hilir Irjen Sarwono Adi mengatakan ada 300 penumpang. Jenderal bintang dua itu "
     "menyebut pihaknya lebih dulu mengamankan para penumpang.", "lebih dulu", "Sarwono Adi"),
])
def test_quotes_menurut_mid_sentence_and_definite_role(text, words, speaker):
    start = text.index("Sarwono Adi") if "Sarwono Adi" in text else None
    mentions = [Mention("d", start, start + 11, "Sarwono Adi", "PERSON")] if start is not None else []
    q = _quote_at(find_quotes("d", text, mentions=mentions), text, words)
    assert q.speaker_name == speaker


# --------------------------------------------------------------------------- English speakers with titles
# The whole extraction of an English document (English NER, role words of lang/en/roles.yaml,
# reporting verbs of lang/en/speech_verbs.yaml); invented names.

def _english_quotes(text: str) -> list[Quote]:
    from ceksilang.extract.pipeline import extract_document  # noqa: PLC0415 - runs the NER model
    from ceksilang.model import Document  # noqa: PLC0415

    return extract_document(Document(id="en", source="en.txt", text=text, language="en")).quotes


@pytest.mark.parametrize("text, words, kind, speaker", [
    # titles and the country before the name, the verb after it
    ('"This is a dangerous escalation," U.S. Secretary of State Martin Ellery said on Wednesday.',
     "This is a dangerous", "direct", "Martin Ellery"),
    ('"We will respond," Defense Secretary Paul Ardent told reporters at the Pentagon.',
     "We will respond", "direct", "Paul Ardent"),
    # a role set off by commas, and a short lower-case description before the name
    ('"They need shelter," the spokesman, Pieter Vandam, told reporters in Geneva.',
     "They need shelter", "direct", "Pieter Vandam"),
    ('"We are searching with two ships," navy spokesman Arvid Solberg said.',
     "We are searching", "direct", "Arvid Solberg"),
    # a role that names the one the speaker serves, then the speaker set off by commas; and the
    # speaker first, the role set off by commas after
    ('"The dam held overnight," a spokesman for Water Minister Tana Riel, Oskar Brin, told reporters.',
     "The dam held", "direct", "Oskar Brin"),
    ('"The dam held overnight," Oskar Brin, a spokesman for Water Minister Tana Riel, told reporters.',
     "The dam held", "direct", "Oskar Brin"),
    # a weekday after the verb is no speaker: no name, no quote
    ("The agency said on Saturday it had sent trucks of aid to the border town.", None, None, None),
    # reported speech without quote marks after an English verb, "that" and the audience skipped
    ("NATO Secretary General Karel Vosmaer told reporters that the deployment was a grave escalation.",
     "the deployment was", "indirect", "Karel Vosmaer"),
    ("Foreign Minister Anna Kowalczyk said the troops had crossed the border at night.",
     "the troops had crossed", "indirect", "Anna Kowalczyk"),
])
def test_quotes_english_speaker_behind_a_title(text, words, kind, speaker):
    quotes = _english_quotes(text)
    if words is None:
        assert [q.speaker_name for q in quotes if q.speaker_name] == []
        return
    q = _quote_at(quotes, text, words)
    assert (q.kind, q.speaker_name) == (kind, speaker)


def test_quotes_english_spokesperson_speaks_for_the_principal():
    # "U.N." ends no sentence (lang/en/abbreviations.txt), so the role runs on to the principal
    text = ('"We are deeply concerned," said Stefan Dumont, spokesman for U.N. Secretary General '
            'Amara Okonkwo.')
    (q,) = _english_quotes(text)
    assert (q.speaker_name, q.speaks_for) == ("Stefan Dumont", "Amara Okonkwo")


# --------------------------------------------------------------------------- issue 20: speaker classes, stop 2
# One table row per class fixed from the tune split of tests/gold/coverage; names, places and
# wording are invented or swapped so no row repeats a gold article.

@pytest.mark.parametrize("text, words, speaker", [
    # a lower-case authority as the whole subject, or after a cue, speaks as written
    ("Dalam unggahan di X, polisi mengatakan mereka telah mengevakuasi semua murid dari gedung itu.",
     "mereka telah mengevakuasi", "polisi"),
    ("Kepolisian setempat mengatakan penyisiran masih berlangsung di sekitar pasar induk.",
     "penyisiran masih berlangsung", "Kepolisian setempat"),
    ("\"Jalur evakuasi sudah dibuka sejak pagi,\" kata polisi setempat.", "Jalur evakuasi", "polisi setempat"),
    # "pihak X": the body named before whose name opens with X
    ("Warga itu didatangi petugas yang mengaku dari Bank Sejahtera Makmur. Saat itu, pihak bank "
     "mengatakan rumah tersebut sudah menjadi jaminan kredit.", "rumah tersebut sudah", "Bank Sejahtera Makmur"),
    # the source a report, an outlet or an account belongs to
    ("\"Operasi di kawasan itu telah berakhir dan pasukan khusus dikerahkan,\" ungkap laporan Al Arabiya.",
     "Operasi di kawasan", "Al Arabiya"),
    ("\"Pelatih itu menangis setelah timnya menang adu penalti di final,\" dilansir dari The Athletic, "
     "Senin (9/6/2025).", "Pelatih itu menangis", "The Athletic"),
    ("Akun resmi Badan Gizi Nasional membagikan foto kegiatan itu. \"Program ini diharapkan menjangkau "
     "seluruh sekolah,\" tulis @badan.gizinasional.", "Program ini diharapkan", "Badan Gizi Nasional"),
    # a rank before the role, the body it heads, then the person set off by commas
    ("\"Sebanyak 14 penerbangan dibatalkan karena abu vulkanik,\" kata PGS General Manager Bandara "
     "Internasional Sultan Hasanuddin, Wahyu Pratama, Rabu (18/6/2025).", "Sebanyak 14 penerbangan", "Wahyu Pratama"),
    # a named person written in lower case by a typo after the cue
    ("\"Suku bunga acuan tetap 5,5 persen,\" ungkap Gubernur BI Darmin Lubis. \"Suku bunga deposit "
     "facility juga tetap,\" lanjut darmin.", "Suku bunga deposit", "Darmin Lubis"),
    # "bahwa" a few words after a that-verb ("via media sosial X")
    ("Pada pukul 11.30, polisi mengabarkan via media sosial X bahwa gedung sekolah telah dikosongkan.",
     "gedung sekolah telah", "polisi"),
    # a that-verb reports a clause without "bahwa" when an aspect or modal word follows its object
    ("Menteri Pertanian Sulaiman Hakim memastikan harga telur di tingkat peternak segera kembali normal "
     "pekan depan.", "harga telur di tingkat", "Sulaiman Hakim"),
    # the sentence before a quote glued to it (no space after the full stop) is read on its own
    ("Menteri Dalam Negeri (Mendagri), Bima Arya menyebutkan rapat itu akan membahas tanggul laut."
     "“Saya diundang rapat soal tanggul laut,” kata Bima kepada wartawan.", "rapat itu akan membahas",
     "Bima Arya"),
    # "..., menurut X." closing the sentence; "menurut X," after a longer opening clause
    ("Korban terdiri atas enam perempuan dan tiga laki-laki, menurut Menteri Dalam Negeri Markus Wagner.",
     "Korban terdiri atas", "Markus Wagner"),
    ("Karena potongan tanah tersebut tak memiliki akses jalan, menurut Sutrisno, ayahnya memberikan "
     "tanah seluas 90 meter persegi.", "ayahnya memberikan tanah", "Sutrisno"),
    # the body named right before the verb, after words that describe it
    ("Penyiar publik Austria ORF melaporkan bahwa pelaku, yang diyakini bekas murid, menembak di dua kelas.",
     "pelaku, yang diyakini", "ORF"),
    # a speech verb deep in a sentence a glued-on headline made long: a short subject after the
    # last comma, "bahwa" after the verb
    ("Baca juga: Warga Desa Sukamaju Siapkan Bantuan Hukum untuk Korban Mafia Tanah di Kabupaten Sleman "
     "Lebih lanjut, Suparja menyebut bahwa kantor pertanahan tidak tahu ada masalah di desa.",
     "kantor pertanahan tidak tahu", "Suparja"),
    # a passive speech verb opening the sentence: the agent after "oleh", else the person in focus
    ("Direktur Utama Perum Bulog Rizal Ramadhan menyampaikan bahwa beras diperiksa berkala. Dikatakan, "
     "pengujian laboratorium terakhir menunjukkan beras masih memenuhi syarat.", "pengujian laboratorium",
     "Rizal Ramadhan"),
    ("Gempa terjadi pukul 10.00 WIB. Disebutkan juga oleh BMKG dalam laporannya bahwa gempa tidak "
     "berpotensi tsunami.", "gempa tidak berpotensi", "BMKG"),
    ("\"Pelaku sudah kami amankan,\" kata Kapolres Pidie AKBP Hendra Gunawan. Dijelaskan Iptu Fauzan Akbar, "
     "aksi itu berujung nahas bagi kedua pelaku.", "aksi itu berujung", "Fauzan Akbar"),
    # a manner phrase between the apposition and the verb is no subject
    ("Rizal Ramadhan, direktur utama Perum Bulog, secara tegas menyatakan bahwa beras yang disalurkan "
     "selalu layak konsumsi.", "beras yang disalurkan", "Rizal Ramadhan"),
    # "Ia" opening a sentence goes on with the subject of the sentence just before it, not with
    # the official who spoke a few sentences earlier
    ("\"Kami akan mendampingi beliau sampai selesai,\" ujar Kepala Dinas Sosial Heru Santoso. "
     "Sebelumnya, Sutarno Wiryo (70) menjadi korban mafia tanah. Ia mengaku tidak tahu ada proses balik nama "
     "tanah tersebut.", "tidak tahu ada proses", "Sutarno Wiryo"),
    # full stops glued to the next word end sentences the splitter missed
    ("Kepala Basarnas Gunungkidul, Sulis Harjanto menjelaskan pencarian dilakukan dengan perahu. Korban "
     "ditemukan meninggal di pinggir pantai, ungkapnya.Koordinator SAR Wilayah II, Marjono meminta wisatawan "
     "berhati-hati.", "Korban ditemukan meninggal", "Sulis Harjanto"),
    ("Mereka yang tewas termasuk pelaku.“Operasi telah berakhir dan pasukan khusus dikerahkan ke daerah "
     "itu,” ungkap laporan Sky News.Ambulans juga dikerahkan.", "Operasi telah berakhir", "Sky News"),
])
def test_speaker_classes_from_the_tune_split(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


def test_person_pronoun_is_not_the_body_that_spoke_before():
    # "Dia" after a body's post goes with the person who is the subject just before, not the body
    text = ("\"Tanggul ini diharapkan mencegah banjir rob,\" tulis Sekretariat Kabinet dalam unggahannya."
            "\nSebelum rapat, Menteri Dalam Negeri Bima Arya juga membagikan "
            "informasi itu kepada awak media. Dia menyebutkan, bahwa Presiden akan memimpin rapat tentang tanggul.")
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, "Presiden akan memimpin").speaker_name == "Bima Arya"


def test_source_of_a_clause_is_not_the_title_of_the_next_name():
    # "Menurut majelis hakim, Zarof ...": "majelis hakim" is who says it, not Zarof's title, so a
    # later "hakim menyebut" is the judge named before, never the defendant
    text = ("\"Terdakwa terbukti bersalah,\" kata Ketua Majelis Hakim Rahmat Santoso di Pengadilan Tipikor, "
            "Rabu (18/6/2025).\nMenurut majelis hakim, Hendra Wijaya tidak bisa membuktikan asal hartanya.\n"
            "Sebab, hakim menyebut, pelaku korupsi harus melakukan pembuktian terbalik.")
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, "pelaku korupsi harus").speaker_name == "Rahmat Santoso"


def test_a_quote_repeated_in_the_lead_takes_the_speaker_of_its_copy():
    text = ("\"Bulog berkomitmen memastikan beras yang sampai ke masyarakat selalu layak konsumsi,\" "
            "JAKARTA - Perum Bulog memastikan stok beras aman.\n\"Bulog berkomitmen memastikan beras yang sampai "
            "ke masyarakat selalu layak konsumsi,\" kata Direktur Utama Perum Bulog Rizal Ramadhan di Jakarta.")
    quotes = [q for q in _analysed(text).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Rizal Ramadhan", "Rizal Ramadhan"]
    assert quotes[0].confidence < quotes[1].confidence


def test_opener_before_a_short_form_is_not_part_of_the_speaker():
    # the whole capitalised subject is a body's name ("Direktorat Jenderal ..."), but never with the
    # sentence opener before it: "Namun Mendagri" is the Mendagri introduced before
    text = ("Menteri Dalam Negeri (Mendagri) Bima Arya memutuskan empat pulau masuk wilayah Sumut.\n"
            "Namun Mendagri mengatakan pemerintah memutuskan empat pulau itu masuk wilayah Aceh.")
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, "pemerintah memutuskan empat").speaker_name == "Bima Arya"


@pytest.mark.parametrize("text, words, speaker", [
    # "keluhnya", "tukasnya" close a quote like "katanya" (speech_verbs.yaml)
    ("Banjir merendam Desa Sukamaju sejak pagi.\nSarmin, seorang pedagang sayur di pasar desa, mengaku "
     "omzetnya anjlok saat banjir datang.\n“Biasanya bisa dapat lima juta per bulan. Sekarang sepi,” keluhnya.",
     "Biasanya bisa dapat", "Sarmin"),
    ("Kepala Dinas Sosial Heru Santoso meminta warga tetap tenang.\n“Petugas kami tetap siaga di "
     "lokasi pengungsian,” tukasnya.", "Petugas kami tetap siaga", "Heru Santoso"),
    # academic degrees written after the name are not the speaker ("Budi Rahardjo, S.H, M.H menyampaikan")
    ("Kepala Balai Latihan Kerja Sleman, Budi Rahardjo, S.H, M.H menyampaikan pelatihan itu digelar "
     "untuk warga desa. \"Harapan kami, peserta bisa membuka usaha sendiri,\" ungkapnya.",
     "pelatihan itu digelar", "Budi Rahardjo"),
    ("Kepala Balai Latihan Kerja Sleman, Budi Rahardjo, S.H, M.H menyampaikan pelatihan itu digelar "
     "untuk warga desa. \"Harapan kami, peserta bisa membuka usaha sendiri,\" ungkapnya.",
     "Harapan kami, peserta", "Budi Rahardjo"),
    # the agent of a passive speech verb ("diungkap oleh X") is who a later "ujarnya" stands for,
    # not the body that spoke before
    ("Dinas Kesehatan (Diskes) Bandar Lampung menyatakan belum ditemukan kasus Covid-19.\nHal itu "
     "diungkap oleh Plt Kepala Dinas Kesehatan Bandar Lampung Rina Ayu Lestari.\n\"Kami sudah "
     "menindaklanjuti edaran tersebut,\" ujarnya.", "Kami sudah menindaklanjuti", "Rina Ayu Lestari"),
    # "Polisi mengatakan" between an officer's quotes: the noun speaks as a body, and a later
    # "tuturnya" goes on with the officer
    ("\"Kami sudah menangkap pelaku,\" kata Kapolsek Sukamaju Kompol Hendra Wijaya, Jumat (20/6/2025).\n"
     "Polisi mengatakan, kedua pelaku beraksi lebih dari satu kali.\n\"Tidak hanya gula, jagung juga "
     "pernah diambil,\" tuturnya.", "Tidak hanya gula", "Hendra Wijaya"),
    # ... but with no person talking just before, the noun stays in focus for the quote after it
    ("Wali Kota Linz Maria Huber mengonfirmasi sembilan orang tewas. Penyiar publik ORF melaporkan "
     "bahwa pelaku menembak di dua kelas. Polisi kriminal telah meluncurkan penyelidikan.\nDalam sebuah "
     "posting di X, polisi mengatakan mereka telah mengevakuasi semua siswa.\n\"Situasi aman. Tidak ada "
     "bahaya lebih lanjut,\" demikian bunyi pesan tersebut.", "Tidak ada bahaya", "polisi"),
    # "X, seorang pedagang ..., mengaku ...": the name before the indefinite apposition speaks
    ("\"Lalu lintas jadi macet total,\" ungkap Ahmad Zaini (37), warga Desa Sukamaju.\nSarno, seorang "
     "pedagang buah di Desa Sukamaju, mengaku omzetnya anjlok saat banjir datang.\n\"Biasanya bisa "
     "dapat lima juta,\" keluhnya.", "Biasanya bisa dapat", "Sarno"),
    ("\"Lalu lintas jadi macet total,\" ungkap Ahmad Zaini (37), warga Desa Sukamaju.\nSarno, seorang "
     "pedagang buah di Desa Sukamaju, mengaku omzetnya anjlok saat banjir datang.\n\"Biasanya bisa "
     "dapat lima juta,\" keluhnya.", "omzetnya anjlok", "Sarno"),
    # "Menurut <role>, <holder> , ...": the holder set off after the role is the source
    ("Dinas Sosial Sleman membuka posko bantuan. Menurut Kepala Dinas Sosial dan Pemberdayaan Sleman, "
     "Hartono Wibisono , posko ini dibuka untuk warga terdampak banjir.", "posko ini dibuka",
     "Hartono Wibisono"),
    # "menurutnya" / "menurut X" inside the opening with no comma after it
    ("Gubernur Sulawesi Utara Yulius Selvanus mengatakan, ekspor itu langkah penting.\nYulius memberikan "
     "apresiasi kepada pengelola pelabuhan.\nHal ini menurutnya dapat memangkas biaya logistik daerah.",
     "dapat memangkas biaya", "Yulius Selvanus"),
    ("\"IHSG akan bergerak mendatar,\" kata analis pasar modal Hendra Wirawan dalam riset pagi. "
     "Untuk perdagangan hari ini, menurut Hendra saham-saham berbasis CPO, logam dan energi menarik untuk "
     "dibeli.", "saham-saham berbasis CPO", "Hendra Wirawan"),
])
def test_speaker_classes_from_unseen_coverage_tune(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


def test_unknown_name_called_a_place_after_a_role_is_its_holder():
    # the model tags "Tunggak Santosa" a place; set off by commas after the role's place, with
    # degrees after it, it is the holder who speaks (and "ungkapnya" goes on with them), never
    # the "H" of "M.H"
    text = ("Kepala BBPPMT Yogyakarta, Tunggak Santosa, S.H, M.H menyampaikan pelatihan barista dilakukan "
            "sebagai upaya mendukung masyarakat. \"Harapan kami, nantinya mereka bisa membuka usaha,\" ungkapnya.")
    mentions = [Mention("d", text.index(w), text.index(w) + len(w), w, label)
                for w, label in (("BBPPMT", "ORG"), ("Yogyakarta", "GPE"), ("Tunggak Santosa", "LOC"))]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "pelatihan barista").speaker_name == "Tunggak Santosa"
    assert _quote_at(quotes, text, "Harapan kami").speaker_name == "Tunggak Santosa"


def test_a_description_opener_ends_no_name():
    # a missing full stop let the model run "Hendra" on into "Mantan pemain Persib ..."
    text = ("Manajer Persikas Hendra Saputra memuji pemainnya. \"Dia gigih untuk kembali,\" kata Hendra "
            "Mantan pemain Persib Bandung ini diharapkan tetap konsisten.")
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, "Dia gigih").speaker_name == "Hendra Saputra"


# --------------------------------------------------------------------------- issue 20, second round
# Text shape (ingest/clean_shape.py) and the speaker rules it made visible, through the whole
# pipeline; invented names and places.

@pytest.mark.parametrize("text, words, speaker", [
    # a body that spoke does not outrank the person the sentence before the cue opens with, whose
    # first name the model leaves out at the sentence start
    ("PT Tirta Sejahtera (TRST) mengklaim sebagian ruas belum jatuh tempo untuk dilunasi. Mohamad Agus "
     "Wiratmo, Corporate Secretary Tirta Sejahtera mencontohkan ruas Cikupa yang masih dibangun. “Untuk "
     "ruas baru sedang dihitung nilainya,” ujarnya kepada wartawan.", "Untuk ruas baru", "Mohamad Agus Wiratmo"),
    # a speech verb opening a sentence ("Lanjut Binsar,") is no first name
    ("Kapolsek Tebing, Akp Binsar Samosir yang dikonfirmasi, Selasa (10/6) membenarkan penangkapan itu.\n"
     "“Atas laporan tersebut kita tindak lanjuti,” ujar Binsar.\nLanjut Binsar, keempat tersangka diamankan "
     "di sebuah rumah di Kelurahan Pamak.\n“Dari hasil penangkapan ditemukan satu unit kabel,” tambah Binsar.",
     "Dari hasil penangkapan", "Binsar Samosir"),
    # the dateline's place glued to the role opening the lead; the role's body before the name
    ("Liputan6.com, JakartaCEO Sentosa Hadi Kurniawan mengungkapkan bahwa penyaluran kredit melambat.\n"
     "\"Permintaan turun sejak Maret,\" kata Hadi Kurniawan.", "penyaluran kredit melambat", "Hadi Kurniawan"),
    # the dateline's place glued to a body opening the lead, unglued with a space only: no part of
    # the body's name
    ("Liputan6.com, LawumeraKementerian Perdagangan (Kemendag) memastikan banyak produk lokal sudah "
     "bersertifikat ramah lingkungan.", "banyak produk lokal sudah", "Kementerian Perdagangan"),
    # a sentence the page broke before a lower-case continuation is read as one
    ("Banjir melanda Desa Sukamaju sejak Senin.\nKepala Pelaksana BPBD Sukamaju Rudi Hartono menyebut\n"
     "evakuasi warga sudah selesai pada malam hari.", "evakuasi warga sudah selesai", "Rudi Hartono"),
    # a capitalised role set off by commas after a name is its apposition, even when the model
    # tagged the role's body a person
    ("PT Sentosa Manajer Investasi menargetkan tiga produk tahun ini. Rudy Hartanto, Direktur Utama Sentosa "
     "Manager Investasi, mengatakan produk itu tertunda karena urusan pajak.", "produk itu tertunda",
     "Rudy Hartanto"),
    # "kata Kapolres": the person introduced with that role, not a name inside the quote
    ("Kapolres Temanggung AKBP Rully Thomas mengatakan layanan itu wujud kepedulian Polres. \"Kegiatan ini "
     "dilaksanakan di Poliklinik dengan sasaran Driver Ojol,“ kata Kapolres, Selasa (17/6).",
     "Kegiatan ini dilaksanakan", "Rully Thomas"),
    # a cue set off by commas after a longer opening phrase
    ("Kapolsek Sukamaju AKP Darmono Siregar membenarkan penangkapan itu. Dari pemeriksaan keempat tersangka, "
     "tambah Darmono, perbuatan pelaku dilakukan lantaran motif ekonomi.", "perbuatan pelaku dilakukan",
     "Darmono Siregar"),
    # a passive speech verb with its agent right after it and no comma: the words start after the name
    ("Kapolsek Sukamaju AKP Darmono Siregar membenarkan penangkapan itu. Diuraikan Darmono kronologis kejadian "
     "berawal pada hari Rabu, 5 Juni 2024 sekitar pukul 11.00 WIB.", "kronologis kejadian berawal",
     "Darmono Siregar"),
    # asides set off by commas (the relaying outlet, the day) do not make the subject long; the
    # body a relative clause describes heads it
    ("Penembakan terjadi di sebuah sekolah di Linz.\nLaporan media lokal ORF yang mengutip kepolisian "
     "setempat, seperti dilansir Reuters, Selasa (10/6/2025), menyebut bahwa beberapa orang mengalami luka "
     "serius.", "beberapa orang mengalami", "ORF"),
])
def test_speaker_classes_from_fresh_coverage_tune(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # after the cue: an occupation made definite is the person in focus, not a name inside a
    # description of them said before
    ("JAKARTA - Rizky Febian dan Mahalini berencana liburan ke Jepang bulan depan.\n"
     "\"Rencananya kami ke Kyoto,\" ujarnya di Jakarta, Kamis.\n"
     "Putra sulung Sule dan Lina Jubaedah itu mengaku memilih Kyoto karena suasananya yang tenang.\n"
     "\"Kalau ke Tokyo kan sudah biasa,\" ujar penyanyi 26 tahun tersebut.",
     "Kalau ke Tokyo", "Rizky Febian"),
    # in the subject: the names inside the description are its complement, not the speaker
    ("JAKARTA - Rizky Febian dan Mahalini berencana liburan ke Jepang bulan depan.\n"
     "\"Rencananya kami ke Kyoto,\" ujarnya di Jakarta, Kamis.\n"
     "Putra sulung Sule dan Lina Jubaedah itu mengaku memilih Kyoto karena suasananya yang tenang.",
     "memilih Kyoto karena", "Rizky Febian"),
    # a noun that introduced someone as a role points back to them, not to whoever spoke last
    ("Politikus PDIP Budi Santoso menilai rancangan itu terburu-buru. Menteri Hukum Andi Wijaya "
     "membantah tudingan tersebut. \"Rancangan ini sudah dibahas dua tahun,\" kata Andi. "
     "\"Tidak ada yang terburu-buru di sini,\" ungkap politikus PDIP tersebut.",
     "Tidak ada yang terburu-buru", "Budi Santoso"),
])
def test_definite_description_speaks_for_a_named_person(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a name the model missed, shown a person by the age after it
    ("Kepala SD Harapan Jaya, Lestari Wulandari (58), menyebut bahwa buku referensi masih kurang. "
     "\"Kami mulai dari kelas satu dulu,\" ujarnya.", "Kami mulai dari kelas satu", "Lestari Wulandari"),
    ("Pedagang sayur di Pasar Minggu, Sutrisno Hadi, 45, mengatakan harga cabai naik dua kali lipat.",
     "harga cabai naik", "Sutrisno Hadi"),
])
def test_unseen_person_by_age_is_a_speaker_mention(text: str, words: str, speaker: str) -> None:
    from ceksilang.extract.entities import annotate_entities  # noqa: PLC0415

    # no model mentions: what the pipeline has when the NER misses the name (issue 20,
    # "Sisti Maristianti (62)"); the person must still be a mention the quote's speaker spans
    mentions = annotate_entities("t", text, [])
    persons = {m.text: m for m in mentions if m.label == "PERSON"}
    assert speaker in persons
    quote = _quote_at(find_quotes("t", text, mentions=mentions), text, words)
    assert quote.speaker_name == speaker
    assert (quote.speaker_start, quote.speaker_end) == (persons[speaker].start, persons[speaker].end)


def test_person_after_kinship_word_is_a_person_but_not_the_speaker() -> None:
    from ceksilang.extract.entities import annotate_entities  # noqa: PLC0415

    text = ("Rumah itu terbakar pada Selasa malam. \"Kami sempat menyelamatkan dokumen,\" kata istri "
            "Darmaji Kusumo kepada wartawan.")
    mentions = annotate_entities("t", text, [])
    assert [m.text for m in mentions if m.label == "PERSON"] == ["Darmaji Kusumo"]
    # his wife speaks, unnamed: no speaker rather than the wrong one
    assert _quote_at(find_quotes("t", text, mentions=mentions), text, "Kami sempat").speaker_name is None


@pytest.mark.parametrize("text, words, speaker", [
    # a joint subject described by a relative clause, deep in a sentence: its first person speaks
    # (joint subjects keep the first person, at the shared confidence)
    ("Pernyataan terbaru Anwar itu muncul ketika Menteri Perdagangan Jepang Kenji Tanaka dan juru bicara "
     "kementerian luar negeri Hiroshi Sato yang sedang berkunjung ke Kuala Lumpur menyebut perundingan "
     "tarif masih berlangsung.", "perundingan tarif masih berlangsung", "Kenji Tanaka"),
    ("Kabar itu beredar saat Gubernur Jawa Tengah Slamet Riyadi yang baru kembali dari Jakarta menyebut "
     "anggaran perbaikan jalan sudah cair pekan lalu.", "anggaran perbaikan jalan sudah cair", "Slamet Riyadi"),
])
def test_relative_clause_subject_deep_in_sentence_speaks(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    quote = _quote_at(doc.quotes, doc.text, words)
    assert quote.speaker_name == speaker and quote.kind == "indirect"


def test_relative_clause_about_a_body_is_not_a_person_subject() -> None:
    # the clause describes a body, not a person: no quote is made up for a deep verb
    doc = _analysed("Kabar itu beredar saat rombongan Kementerian Perhubungan yang baru kembali dari lokasi "
                    "kejadian dan para wartawan di sekitar pelabuhan menyebut kapal itu sudah diperbaiki.")
    assert all(q.speaker_name is None or "Kementerian" not in q.speaker_name for q in doc.quotes)


# --------------------------------------------------------------------------- issue 20: speakers on hard coverage
# The classes of tests/gold/quotes_coverage_hard.yaml's tune quotes, one general rule each;
# names, places and wording invented.

@pytest.mark.parametrize("text, words, speaker", [
    # a body of the state takes its region into its name; "pihak kepolisian" is that body
    ("Polda Sulawesi Barat menangkap dua pria di pelabuhan. Pihak kepolisian mengatakan kedua pria itu "
     "hendak menyeberang ke Kalimantan.", "kedua pria itu hendak", "Polda Sulawesi Barat"),
    # a role's short form used as a name is the person introduced with that role
    ("Menteri Perdagangan Rudi Hartono meninjau Pasar Beringharjo, Jumat. Menurut Mendag, harga beras di "
     "pasar itu sudah stabil sejak pekan lalu.", "harga beras di", "Rudi Hartono"),
    # title-only parts set off by commas before the name: the name is the subject
    ("JAKARTA - Praktisi dan Pengamat Hukum, Prof Santoso Wibowo, angkat bicara soal sengketa lahan itu.\n"
     "Ia menilai, gugatan terhadap pemerintah daerah itu tidak berdasar.", "gugatan terhadap", "Santoso Wibowo"),
    # "ada X" brings a person in; so does the person right after a di- verb
    ("Di antara warga itu, ada Rina Marlina, pedagang sayur yang datang bersama suaminya Joko Susilo. Ia "
     "mengaku senang bisa bertemu langsung dengan Presiden Prabowo.", "senang bisa bertemu", "Rina Marlina"),
    ("Presiden Prabowo menyapa warga di depan hotel. Kebahagiaan juga dirasakan Wulan Sari, mahasiswa asal "
     "Medan. Ia mengaku senang bisa berjabat tangan dengan Presiden.", "senang bisa berjabat", "Wulan Sari"),
    # the cue sentence of a long quote keeps its speaker in focus for the quote paragraphs after it
    ("Polisi menangkap tiga tersangka.\n\"Mereka kabur dengan sepeda motor. Kemudian mereka berganti mobil di "
     "Tabanan,\" kata Kepala Polda Bali Inspektur Jenderal Made Suarta.\n\"Seorang pria ditangkap di "
     "bandara.\"\n\"Dua orang lainnya berhasil kami bawa kembali dari Kamboja.\"", "Dua orang lainnya",
     "Made Suarta"),
    # a person set off by ", yang" before a speech verb speaks the partial quote of that clause
    ("Daniel Moore, staf pers menteri, mengundurkan diri pekan lalu. Menteri Anna Berg mengatakan ia tidak "
     "mengetahui pengaduan terhadap Moore, yang mengatakan dalam sebuah pernyataan bahwa ia \"sedang "
     "mengalami tekanan berat\" saat itu.", "sedang mengalami tekanan", "Daniel Moore"),
    # a clause opened by a subordinator in which another person reports is theirs
    ("Perdana Menteri Mark Olsen menyerukan peninjauan ulang setelah kepala polisi Richard Hale mengatakan "
     "bahwa pihak berwenang sudah mengetahui kasus itu sejak Juli.", "pihak berwenang sudah", "Richard Hale"),
    # a comma after the verb opens the reported words, whatever noun follows
    ("Kuasa hukum tergugat, Bambang Irawan, hadir di persidangan. Dia menekankan, permohonan intervensi "
     "akan memperjelas kedudukan para pihak.", "permohonan intervensi akan", "Bambang Irawan"),
    # "Hal itu diungkapkan olehnya ..." makes the sentence before it the agent's words
    ("Ketua Umum IMI Slamet Riyadi menerima panitia kontes di Jakarta.\nKontes modifikasi menunjukkan bahwa "
     "modifikasi bukan sekadar hobi, tetapi bagian dari jati diri bangsa. Hal itu diungkapkan olehnya saat "
     "menerima panitia kontes, hari ini.", "bukan sekadar hobi", "Slamet Riyadi"),
    # a short form in brackets after a body's name is that body, never the person in focus
    ("Dinas Kesehatan (Diskes) Kota Lembah menyatakan belum ada kasus baru. Hal itu diungkap oleh Kepala "
     "Dinas Kesehatan Kota Lembah Ratna Dewi.\n\"Kami minta masyarakat tetap tenang,\" ujarnya.\nDiskes "
     "telah menyiapkan tenaga kesehatan di setiap puskesmas.\n\"Petugas kesehatan terus kami bekali,\" "
     "tukasnya.", "Petugas kesehatan terus", "Ratna Dewi"),
    # "ulas", "ceritanya" close a quote
    ("\"Kegiatan pengenalan sekolah tetap kami laksanakan,\" ulas Devi Anggraini, kepala sekolah itu.",
     "Kegiatan pengenalan", "Devi Anggraini"),
])
def test_quotes_hard_coverage_speaker_classes(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    pos = doc.text.find(words)
    hits = [q for q in doc.quotes if q.start <= pos < q.end]
    assert hits, f"no quote holds {words!r}: {[(q.text, q.speaker_name) for q in doc.quotes]}"
    assert hits[0].speaker_name == speaker, [(q.text, q.speaker_name) for q in doc.quotes]


def test_entities_body_of_the_state_takes_its_region() -> None:
    doc = _analysed("Polda Sulawesi Barat dan Polres Mamuju menggelar patroli bersama di Kota Mamuju.")
    bodies = {m.text for m in doc.mentions if m.label == "ORG"}
    assert "Polda Sulawesi Barat" in bodies and "Polda" not in bodies


@pytest.mark.parametrize("text, words", [
    # "Hal ini dikatakan X" opening a paragraph tells nothing of the paragraph before it (here a
    # scraped page joined two stories)
    ("Pengadilan London menjatuhkan vonis kepada Zhenhao pekan lalu. Zhenhao ditemukan membius korbannya "
     "sebelum menyerang mereka.\nHal ini dikatakan Menteri Pertahanan Israel Katz setelah rudal menghantam "
     "sebuah rumah sakit.", "membius korbannya"),
])
def test_quotes_hard_coverage_no_speaker_across_paragraphs(text: str, words: str) -> None:
    doc = _analysed(text)
    pos = doc.text.find(words)
    assert not [q for q in doc.quotes if q.start <= pos < q.end and q.speaker_name]


def test_quotes_list_before_a_name_is_no_title() -> None:
    # a list set off by commas ("di Spotify, YouTube, Apple Music, dan TikTok") is no title before
    # a name: the person who has been speaking stays in focus
    doc = _analysed("Rapper muda Rafi Akbar merilis album baru.\n\"Aku belajar dari banyak rapper,\" ujar Rafi.\n"
                    "Semua lagunya sudah tersedia di Spotify, YouTube, Apple Music, dan TikTok Inspirasi Musik "
                    "Rafi datang dari berbagai arah.\n\"Aku membaca banyak buku tentang rap,\" tuturnya.")
    pos = doc.text.find("Aku membaca")
    assert [q.speaker_name for q in doc.quotes if q.start <= pos < q.end] == ["Rafi Akbar"]


@pytest.mark.parametrize("text, words, speaker", [
    # initials before a surname the model may miss are part of the name; "Dr." ends no speaker phrase
    ("\"Belum ada korban yang ditemukan,\" kata Kepala Kepolisian Kota Lembang, Komisaris R.K. Santosa, "
     "kepada wartawan.", "Belum ada korban", "R.K. Santosa"),
    ("\"Pasien dalam kondisi stabil,\" kata Dr. Wulan Prasetyani kepada wartawan di Bandung.",
     "Pasien dalam kondisi", "Wulan Prasetyani"),
    # whom it was said to ("ke ...") is not the speaker
    ("\"Anda berhak mengajukan banding,\" kata Hendra Wiratama ke Dimas Saputra usai sidang.",
     "berhak mengajukan banding", "Hendra Wiratama"),
    # one capitalised word after "di" is a place, and the role before it is the speaker
    ("Menteri Perdagangan Ratna Kusumawati meninjau pasar pagi ini. \"Harga beras mulai turun,\" kata Mendag "
     "di Kantornya. Mendag juga mengatakan, pasokan dari daerah sudah lancar.", "pasokan dari daerah",
     "Ratna Kusumawati"),
    # "menurut X," after an opening of two comma-separated parts
    ("Sementara itu, bila hanya memakai data BPS, menurut Larasati Ningrum, angka pengangguran terlalu "
     "rendah untuk kota ini.", "angka pengangguran terlalu", "Larasati Ningrum"),
    # a future marker right after "memastikan" opens a promise the subject reports
    ("Menteri Pertanian Hasan Basri meninjau gudang di Cirebon. Hasan Basri memastikan akan menambah stok "
     "pupuk untuk petani bulan depan.", "menambah stok pupuk", "Hasan Basri"),
    # a request after "meminta" and the addressee ("untuk" + a verb phrase, "agar" + a clause)
    ("Bupati Agus Salim meninjau pengungsian di Cirebon. Ia meminta warga, terutama lansia, untuk tetap "
     "tinggal di posko sampai air surut.", "tinggal di posko", "Agus Salim"),
    ("Kepala BPBD Rahmat Hidayat meminta agar warga bantaran sungai segera mengungsi ke tempat aman.",
     "warga bantaran sungai segera", "Rahmat Hidayat"),
    # an opener set off by a comma names no one: the speech verb after a long role is not "deep"
    ("Menteri Sosial Budi Hartanto hadir. Pada kesempatan yang sama, Kepala Subdirektorat Data Sosial "
     "Lembaga Statistik Daerah (LSD), Rina Kartika LSD mengatakan lembaganya terus memperbarui data "
     "penerima bantuan setiap bulan.", "terus memperbarui data", "Rina Kartika"),
])
def test_quotes_unseen_coverage_speaker_classes(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    pos = doc.text.find(words)
    hits = [q for q in doc.quotes if q.start <= pos < q.end]
    assert hits, f"no quote holds {words!r}: {[(q.text, q.speaker_name) for q in doc.quotes]}"
    assert hits[0].speaker_name == speaker, [(q.text, q.speaker_name) for q in doc.quotes]


@pytest.mark.parametrize("text", [
    "Kepala Desa Agus Salim meminta uang untuk pembangunan jembatan desa kepada pemerintah provinsi.",
    "Penyidik Rahmat Hidayat meminta keterangan saksi untuk mendalami kasus tersebut.",
    "Petani Agus Salim meminta untuk dibantu memperbaiki saluran irigasi.",
])
def test_quotes_meminta_without_a_request_after_the_addressee_is_no_quote(text: str) -> None:
    # asking for a thing, for a purpose, or with no addressee names an act, not reported words
    assert _analysed(text).quotes == []


def test_quotes_pronoun_after_a_body_goes_to_the_spokesperson() -> None:
    # "pungkasnya" after a sentence whose subject is a body stands for the person quoted before it
    doc = _analysed(
        "Kepala Biro Komunikasi OJK, Sekar Ayuningtyas mengatakan kredit tumbuh stabil.\n"
        "\"Rasio kredit macet masih terjaga,\" kata Sekar dalam keterangan tertulis.\n"
        "Ke depan, OJK memandang pertumbuhan kredit akan tetap kuat sepanjang tahun.\n"
        "\"Kami terus memperkuat pengawasan bank daerah,\" pungkasnya.")
    pos = doc.text.find("memperkuat pengawasan")
    hits = [q for q in doc.quotes if q.start <= pos < q.end]
    assert hits and hits[0].speaker_name == "Sekar Ayuningtyas", [(q.text, q.speaker_name) for q in doc.quotes]


def test_quotes_a_speech_act_too_short_to_quote_still_puts_its_speaker_in_focus() -> None:
    doc = _analysed(
        "Direktur Celios Rahmat Hidayat menilai harga pangan naik.\n"
        "\"Harga pangan masih terlalu tinggi bagi warga miskin,\" ucap Rahmat Hidayat.\n"
        "Ekonom dari Universitas Indonesia Sinta Maharani juga menyampaikan keprihatinan serupa.\n"
        "Dia menilai bantuan pangan belum menjangkau seluruh keluarga miskin di desa.")
    pos = doc.text.find("bantuan pangan belum")
    hits = [q for q in doc.quotes if q.start <= pos < q.end]
    assert hits and hits[0].speaker_name == "Sinta Maharani", [(q.text, q.speaker_name) for q in doc.quotes]


def test_quotes_surname_the_model_calls_a_place_takes_the_full_name_given_before() -> None:
    # issue 20 (spk5): the model tags a later surname alone as a place ("papar Kluivert" LOC); the
    # quote names the person by the full name the article gave first, not by the surname
    text = ("Pelatih tim nasional, Rendra Waluyo, memuji lawannya pada laga Selasa.\n"
            "\"Mereka bermain sangat terorganisir,\" papar Waluyo.")
    mentions = [Mention("d", text.index(w), text.index(w) + len(w), w, label)
                for w, label in (("Rendra Waluyo", "PERSON"),)]
    at = text.rindex("Waluyo")
    mentions.append(Mention("d", at, at + len("Waluyo"), "Waluyo", "LOC"))
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Mereka bermain").speaker_name == "Rendra Waluyo"


def test_quotes_a_place_the_gazetteer_knows_is_not_read_as_a_surname() -> None:
    # "Jakarta" closing a person's name elsewhere stays a place: no person is made of it
    text = ("Ketua panitia Budi Jakarta hadir.\n\"Acara berjalan lancar,\" kata Jakarta.")
    mentions = [Mention("d", text.index("Budi Jakarta"), text.index("Budi Jakarta") + 12, "Budi Jakarta", "PERSON"),
                Mention("d", text.rindex("Jakarta"), text.rindex("Jakarta") + 7, "Jakarta", "GPE")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Acara berjalan").speaker_name != "Budi Jakarta"


@pytest.mark.parametrize("run, speaker", [
    ("Iptu Chairil Hakim", "Chairil Hakim"),  # a rank glued into the model's span
    ("Presiden Dimas Prasetyo", "Dimas Prasetyo"),  # a one-word role head
    ("Alhasil Delia Kurnia", "Delia Kurnia"),  # a connective opening the sentence
    ("Sosok Adnan Saputra", "Adnan Saputra"),  # a noun for a person
    ("Raja Juli Antoni", "Raja Juli Antoni"),  # a head that is also a given name stays
    ("Putri Anne Lestari", "Putri Anne Lestari"),  # so does a kinship word
    ("Tepatnya Wisnu Aditama", "Wisnu Aditama"),  # issue 20 (spk18): a common word opening the sentence
    ("Alasan Bima Saputra", "Bima Saputra"),
    ("Cut Nyak Rahmi", "Cut Nyak Rahmi"),  # a given name that is also a common word stays
])
def test_quotes_words_before_a_name_that_are_not_a_name_are_cut(run: str, speaker: str) -> None:
    # issue 20 (spk5): the speaker is named by the bare full name, not with the words the model
    # glued before it
    text = f"{run} mengatakan harga beras akan turun bulan depan di seluruh pasar."
    mentions = [Mention("d", 0, len(run), run, "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "harga beras").speaker_name == speaker


def test_quotes_a_person_noun_before_a_place_is_kept() -> None:
    # "Warga Tanzania": what is left after the noun is a place, so nothing is cut
    text = "Warga Tanzania mengatakan harga beras akan turun bulan depan di seluruh pasar. Tanzania menolak."
    mentions = [Mention("d", 0, 14, "Warga Tanzania", "PERSON"),
                Mention("d", text.rindex("Tanzania"), text.rindex("Tanzania") + 8, "Tanzania", "GPE")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "harga beras").speaker_name == "Warga Tanzania"


def test_quotes_a_sentence_opener_mid_sentence_is_part_of_the_name() -> None:
    # "Oh" opens sentences ("Oh, ..."), but after a comma it is a name's first word ("Oh In Taek")
    text = "\"Target kami tercapai,\" ujar Direktur Utama Bank Sentosa, Oh In Taek. Rapat ditutup."
    run = "Oh In Taek"
    mentions = [Mention("d", text.index(run), text.index(run) + len(run), run, "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Target kami").speaker_name == "Oh In Taek"


def test_quotes_a_body_the_text_names_alone_is_cut_from_before_a_full_name() -> None:
    # issue 20 (spk5): "Gaikindo" is tagged a body elsewhere in the article; glued before a full name
    # by the model it is not part of the speaker's name. A one-word name keeps it (nothing to cut to).
    text = ("Gaikindo mencatat penjualan mobil turun. Ketua Umum Gaikindo Yohannes Nangoi mengatakan "
            "pasar mobil sedang lesu di seluruh daerah.")
    run = "Gaikindo Yohannes Nangoi"
    mentions = [Mention("d", 0, 8, "Gaikindo", "ORG"),
                Mention("d", text.index(run), text.index(run) + len(run), run, "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "pasar mobil").speaker_name == "Yohannes Nangoi"


@pytest.mark.parametrize("text, speaker", [
    # a function word opening the sentence is glued to the name by the model: cut
    ("Bukan Patricia Gouw mengatakan harga tiket sudah naik sejak bulan lalu.", "Patricia Gouw"),
    # "Bukan" written capitalised mid-sentence ("kata Bukan"): a name there, so kept
    ("Bukan Patricia Gouw mengatakan harga tiket sudah naik sejak bulan lalu. Itu kata Bukan kemarin.",
     "Bukan Patricia Gouw"),
])
def test_quotes_a_function_word_glued_before_a_name_is_cut_unless_it_is_a_name(text: str, speaker: str) -> None:
    run = " ".join(text.split()[:3])
    mentions = [Mention("d", 0, len(run), run, "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "harga tiket").speaker_name == speaker


def test_quotes_a_person_noun_before_a_body_is_kept() -> None:
    # "Pemain Juventus": what is left is a body the text names alone, so nothing is cut
    text = "Pemain Juventus mengatakan laga itu berat sekali bagi tim. Juventus kalah."
    mentions = [Mention("d", 0, 15, "Pemain Juventus", "PERSON"),
                Mention("d", text.rindex("Juventus"), text.rindex("Juventus") + 8, "Juventus", "ORG")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "laga itu").speaker_name == "Pemain Juventus"


def test_quotes_a_rank_before_a_one_word_name_is_cut() -> None:
    # "Kompol Rismanto": a rank, not a noun, so a one-word name is left even if never written alone
    text = "Kompol Rismanto mengatakan pelaku sudah ditangkap pada Senin malam di rumahnya."
    mentions = [Mention("d", 0, 15, "Kompol Rismanto", "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "pelaku sudah").speaker_name == "Rismanto"


def _speaker_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    persons: dict[tuple[int, int], str] = {}
    quotes = find_quotes("d", text, mentions=mentions, person_spans=persons)
    return speaker_mentions("d", text, mentions, quotes, persons)


def test_quotes_a_speaker_the_model_missed_becomes_a_person_mention() -> None:
    # issue 20 (linking): no entity to link the quotes to when the model missed the person
    text = ("Ketua Umum Asosiasi Fintech Pendanaan Bersama Indonesia Kuseryansyah mengatakan bunga "
            "pinjaman akan turun tahun ini. Menurut Kus, penyelenggara harus transparan.")
    found = {(m.text, m.label, m.origin) for m in _speaker_mentions(text, [])}
    assert {("Kuseryansyah", "PERSON", "rule"), ("Kus", "PERSON", "rule")} <= found


@pytest.mark.parametrize("text", [
    "Polres Siak mengatakan bahwa para tersangka sudah ditahan sejak Senin.",  # a body, not a person
    "Dia mengatakan bahwa harga beras akan turun bulan depan.",  # a pronoun with no one before it
    # a common noun opening the sentence, written capitalised only there
    "Penggemar menilai wajah keduanya seolah berasal dari cetakan yang sama.",
])
def test_quotes_a_body_or_no_one_never_becomes_a_person_mention(text: str) -> None:
    assert [m for m in _speaker_mentions(text, []) if m.label == "PERSON"] == []


@pytest.mark.parametrize(("text", "run", "label", "person", "body"), [
    ("Presiden Direktur BCA Jahja Setiatmadja mengatakan bahwa bank akan menambah modal.",
     "BCA Jahja Setiatmadja", "ORG", "Jahja Setiatmadja", ("BCA", "ORG")),
    # after a role word before the run; an initial inside the name stays in it
    ("Kepala ekonom BCA David E. Sumual mengatakan bahwa inflasi akan turun bulan depan.",
     "BCA David E. Sumual", "ORG", "David E. Sumual", ("BCA", "ORG")),
    ("Menurut ekonom Universitas Indonesia Rofikoh Rokhim, inflasi akan turun bulan depan.",
     "Universitas Indonesia Rofikoh Rokhim", "ORG", "Rofikoh Rokhim", ("Universitas Indonesia", "ORG")),
    ("Juru bicara Kementerian Luar Negeri China Guo Jiakun mengatakan bahwa Beijing menolak tuduhan itu.",
     "China Guo Jiakun", "PERSON", "Guo Jiakun", ("China", "GPE")),
    # a role glued to the name is no body: it is cut, and no mention is made of it
    ("Presiden Joko Widodo mengatakan bahwa harga beras akan turun.",
     "Presiden Joko Widodo", "PERSON", "Joko Widodo", None),
])
def test_quotes_a_workplace_run_into_the_speakers_name_is_cut_off_the_person(text, run, label, person, body) -> None:
    start = text.index(run)
    out = _speaker_mentions(text, [Mention("d", start, start + len(run), run, label)])
    assert [(m.text, m.label) for m in out if m.label == "PERSON"] == [(person, "PERSON")]
    assert all(text[m.start:m.end] == m.text for m in out)
    assert [(m.text, m.label) for m in out if m.label != "PERSON"] == ([body] if body else [])


def test_quotes_a_mention_that_is_the_speakers_name_is_left_alone() -> None:
    text = "Menteri Keuangan Sri Mulyani Indrawati mengatakan bahwa defisit tetap terjaga."
    start = text.index("Sri Mulyani Indrawati")
    mentions = [Mention("d", start, start + 21, "Sri Mulyani Indrawati", "PERSON")]
    assert _speaker_mentions(text, mentions) == mentions


@pytest.mark.parametrize("text, name, read", [
    # the finder may name the speaker without a first word; the model's fuller mention stays
    ("Kepala BPS Amalia Adininggar Widyasanti mengatakan bahwa angka kemiskinan turun.",
     "Amalia Adininggar Widyasanti", "Adininggar Widyasanti"),
    # "Anak Agung" is part of a Balinese name, though "anak" alone is no person's word
    ("General Manager Bandara Anak Agung Ngurah Pranajaya mengatakan bahwa bandara aman.",
     "Anak Agung Ngurah Pranajaya", "Agung Ngurah Pranajaya"),
])
def test_quotes_the_first_words_of_a_speakers_name_are_not_cut_off(text: str, name: str, read: str) -> None:
    start, end = text.index(name), text.index(name) + len(name)
    mentions = [Mention("d", start, end, name, "PERSON")]
    quotes = [Quote(doc="d", start=60, end=80, text=text[60:80], kind="indirect",
                    speaker_name=read, speaker_start=start, speaker_end=end)]
    assert speaker_mentions("d", text, mentions, quotes, {(start, end): name}) == mentions


def test_quotes_a_speaker_in_a_lower_cased_text_becomes_a_mention_in_the_texts_own_form() -> None:
    # the fidelity reports are lower-cased: the finder restores capitals to read the name; the
    # mention keeps the text's form so its span and text agree
    text = ("jakarta - menteri pertanian andi amran sulaiman memastikan harga ayam hidup akan kembali normal "
            "dalam seminggu. \"kami sudah minta dirjen pkh turun tangan,\" kata amran di jakarta, jumat. "
            "menurut amran, peternak kecil tidak boleh dibiarkan merugi.")
    persons = {m.text for m in _speaker_mentions(text, []) if m.label == "PERSON"}
    assert persons == {"andi amran sulaiman", "amran"}


# --------------------------------------------------------------------------- issue 20, spkx2

def _org(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention("d", at, at + len(name), name, "ORG")


@pytest.mark.parametrize("text, orgs, words, speaker", [
    # a body noun made definite after the cue: the body named before with that noun, past the
    # sentences of a long quote and past a short form of another name
    ("Kementerian Luar Negeri Nordia mengatakan kapal itu ditahan. Kemlu Nordia juga merilis video. "
     '"Semua awak aman. Mereka diberi makan. Kapal dibawa ke pelabuhan," kata kementerian tersebut di X.',
     ["Kementerian Luar Negeri Nordia", "Kemlu Nordia"], "Semua awak aman", "Kementerian Luar Negeri Nordia"),
    ("Kapal itu dikelola Koalisi Laut Bebas (KLB), sebuah organisasi nirlaba. "
     '"Kapal itu dinaiki secara tidak sah," kata koalisi itu dalam sebuah pernyataan.',
     ["Koalisi Laut Bebas", "KLB"], "dinaiki secara", "Koalisi Laut Bebas"),
    # the bare noun after the cue: the body of that kind named before
    ("Kementerian Luar Negeri Nordia kemudian mengonfirmasi penahanan itu. "
     '"Kapal itu menuju pantai kami," tulis kementerian di X.',
     ["Kementerian Luar Negeri Nordia"], "menuju pantai", "Kementerian Luar Negeri Nordia"),
    # "demikian pernyataan X", then "imbuh pernyataan tersebut": the statement's source both times
    ('"Para penumpang telah tiba di bandara," demikian pernyataan Kementerian Luar Negeri Nordia. '
     '"Mereka yang menolak akan dibawa ke pengadilan," imbuh pernyataan tersebut.',
     ["Kementerian Luar Negeri Nordia"], "Mereka yang menolak", "Kementerian Luar Negeri Nordia"),
    # "demikian tulis akun tersebut": the account named by its handle sentences before
    ("Video itu diunggah akun Instagram @info.tol. Rekaman diambil dari dasbor mobil. Pengemudi lalu "
     "kabur. Polisi belum memberi keterangan. "
     '"Sopir itu mengejar sambil menodongkan pistol," demikian tulis akun tersebut, dikutip Senin.',
     [], "menodongkan pistol", "@info.tol"),
])
def test_quotes_definite_body_and_source_after_the_cue(text, orgs, words, speaker):
    q = _quote_at(find_quotes("d", text, mentions=[_org(text, o) for o in orgs]), text, words)
    assert q.speaker_name == speaker


@pytest.mark.parametrize("text, orgs, words", [
    # no body named with the noun and none that spoke: nobody, never the last body merely named
    ("Direktorat Jenderal Udara menerima laporan pada Selasa pagi. Pesawat dialihkan ke Bandara "
     "Internasional Kualanamu. Sebelumnya, pesawat itu berangkat dari Jeddah. Cuaca sempat buruk. "
     "Penerbangan itu membawa 442 penumpang, kata badan tersebut.",
     ["Direktorat Jenderal Udara", "Bandara Internasional Kualanamu"], "membawa 442"),
    # a company made definite after the cue, with no body named with that noun: nobody, never
    # the director quoted just before
    ('"Kami memperkuat layanan aset digital," kata Direktur Bank Sentosa Rina Marlina. Platform ini '
     "memberi bank cara yang lebih cepat untuk memasuki pasar kripto, kata perusahaan tersebut.",
     [], "memberi bank cara"),
    # several accounts named before "tulis unggahan itu": which one is not known, so nobody
    ("Akun utama @masjidraya, juga @remajamasjid dan @kampungramadan, diblokir. "
     '"Telah diblokir secara sepihak oleh platform," tulis unggahan itu.', [], "diblokir secara sepihak"),
    # "imbuh pernyataan tersebut" with no account and no speaker before: nobody
    ('Hujan turun sejak pagi. "Jalan ditutup sementara," imbuh pernyataan tersebut.', [], "Jalan ditutup"),
])
def test_quotes_definite_body_or_source_with_no_antecedent_is_nobody(text, orgs, words):
    quotes = find_quotes("d", text, mentions=[_org(text, o) for o in orgs])
    assert all(q.speaker_name in (None, "Direktorat Jenderal Udara") for q in quotes
               if q.start <= text.index(words) < q.end)
    assert all(q.speaker_name != "Bandara Internasional Kualanamu" for q in quotes)


def test_clean_glued_read_also_headline_ends_before_a_pronoun():
    # "Baca juga: <headline>" glued to the next sentence, which opens with "Dia": the headline is
    # set apart and removed, so no word of it is read as the speaker of the next "ucapnya"
    from ceksilang.ingest.clean import clean_document
    from ceksilang.model import RawDocument, Source

    raw = ("JAKARTA - Sebanyak 20 bus terbakar di Terminal Rawa Buaya, Selasa (10/6/2025). Kepala Dinas "
           "Perhubungan Jakarta Syafrin Liputo mengaku belum dapat menaksir kerugian. \"Total 20 bus yang "
           "terbakar,\" ujar Syafrin, Rabu (11/6/2025). Baca juga: Kuburan Bangkai Bus Kota di Bogor Terbakar "
           "Hebat Dia belum dapat memperkirakan kerugian. \u201cKami belum tahu nilainya,\u201d ucapnya.")
    doc = clean_document(RawDocument(id="d", source=Source(path="d"), text=raw, format="text"))
    assert "Kuburan Bangkai" not in doc.text
    assert "Dia belum dapat memperkirakan kerugian" in doc.text
    q = _quote_at(find_quotes("d", doc.text), doc.text, "Kami belum tahu")
    assert q.speaker_name != "Kuburan Bangkai Bus Kota"


def _speaker_at(doc, words: str) -> str | None:
    pos = doc.text.find(words)
    hits = [q for q in doc.quotes if q.start <= pos < q.end]
    assert hits, [(q.text, q.speaker_name) for q in doc.quotes]
    return hits[0].speaker_name


def test_quotes_trailing_initials_stay_with_the_name_for_later_cues() -> None:
    # "Suroto AP": the capitals after the name are initials (not the news agency), so the short
    # form and the "-nya" cues after it take the whole name
    doc = _analysed(
        "Perwira Piket Pemadam Kebakaran, Suroto AP, memastikan bahwa bus yang terbakar merupakan bus bekas.\n"
        "Suroto menambahkan, sekitar 50 unit bus bekas ludes dilalap api dalam peristiwa tersebut.\n"
        "\"Bus yang terbakar kira-kira ada sekitar 50 unit,\" ucapnya.")
    assert _speaker_at(doc, "kira-kira ada sekitar") == "Suroto AP"
    assert "AP" not in [m.text for m in doc.mentions if m.label == "ORG"]


def test_quotes_capitals_written_alone_elsewhere_are_a_body_not_initials() -> None:
    # the same capitals standing alone elsewhere in the text are the agency, not initials
    doc = _analysed(
        "Juru bicara kepolisian, Suroto AP, memastikan bahwa bus yang terbakar merupakan bus bekas.\n"
        "Suroto menambahkan, sekitar 50 unit bus bekas ludes dilalap api dalam peristiwa tersebut, "
        "seperti dilaporkan AP.\n"
        "\"Bus yang terbakar kira-kira ada sekitar 50 unit,\" ucapnya.")
    assert "Suroto AP" not in [m.text for m in doc.mentions if m.label == "PERSON"]


def test_quotes_an_event_reported_to_the_police_is_no_speech() -> None:
    # "melaporkan kejadian tersebut ke Polres": the victim files a report, the officer goes on
    doc = _analysed(
        "\"Tidak ada CCTV di lokasi kejadian,\" kata Kabid Humas Polda Jabar Kombes Pol Hendra Rochmawan.\n"
        "Korban bernama Muhammad Diaz Alfikar sudah melaporkan kejadian tersebut ke Polres Purwakarta.\n"
        "\"Kami masih melakukan pencarian terhadap terduga pelaku,\" tegasnya.")
    assert _speaker_at(doc, "masih melakukan pencarian") == "Hendra Rochmawan"
    assert not [q for q in doc.quotes if q.text.startswith("kejadian tersebut")]


def test_quotes_an_event_noun_opening_what_was_said_is_still_a_quote() -> None:
    # without a recipient after it, the event noun opens the reported words
    doc = _analysed("Kapolres Purwakarta AKBP Hendra Rochmawan mengatakan kasus tersebut masih diselidiki "
                    "oleh penyidik.")
    assert _speaker_at(doc, "masih diselidiki") == "Hendra Rochmawan"


def test_quotes_a_body_after_a_person_of_another_body_keeps_its_cue() -> None:
    # Rima Hassan is a member of the European Parliament: "tulisnya" after "Kementerian Luar
    # Negeri mengatakan" is the ministry's, not hers
    doc = _analysed(
        "Di antara awak kapal terdapat Rima Hassan, anggota Parlemen Eropa asal Prancis.\n"
        "\"Awak kapal ditangkap oleh tentara Israel di perairan internasional,\" tulis Hassan di X.\n"
        "Kementerian Luar Negeri mengatakan bahwa kapal itu akan dibawa ke pelabuhan. "
        "\"Bantuan yang ada di kapal akan ditransfer melalui saluran kemanusiaan,\" tulisnya.")
    assert _speaker_at(doc, "ditransfer melalui") == "Kementerian Luar Negeri"


def test_quotes_a_body_after_its_own_spokesperson_gives_the_cue_to_the_spokesperson() -> None:
    # the spokesperson's title names the body: the "-nya" cue stays with the person
    doc = _analysed(
        "Kepala Biro Komunikasi Kementerian Luar Negeri, Sekar Ayuningtyas mengatakan kapal itu aman.\n"
        "\"Semua awak dalam keadaan baik,\" kata Sekar dalam keterangan tertulis.\n"
        "Kementerian Luar Negeri mengatakan bahwa kapal itu akan dibawa ke pelabuhan. "
        "\"Kami terus memantau keadaan para awak,\" pungkasnya.")
    assert _speaker_at(doc, "terus memantau") == "Sekar Ayuningtyas"


def test_quotes_a_body_named_by_a_common_noun_leaves_the_cue_with_the_officer() -> None:
    # "Polisi mengatakan" between an officer's quotes: a noun shares no word with his title, and
    # the "-nya" cue stays with him
    doc = _analysed(
        "\"Kami sudah menangkap dua pelaku,\" kata Kapolsek Ciwandan Kompol Andi Suherman kepada wartawan.\n"
        "Polisi mengatakan, kedua pelaku melakukan aksinya lebih dari satu kali.\n"
        "\"Kami akan dalami lagi jaringan para pelaku,\" tuturnya.")
    assert _speaker_at(doc, "dalami lagi") == "Andi Suherman"


def test_quotes_a_relational_head_before_a_name_is_the_holder_speaking() -> None:
    # "kuasa hukum Fariz RM menyampaikan": the lawyer named before speaks for Fariz RM
    doc = _analysed(
        "Musisi Fariz RM kembali menjalani sidang kasus narkoba di Pengadilan Negeri Jakarta Selatan.\n"
        "\"Agenda hari ini pembuktian dari saksi-saksi jaksa,\" ungkap Griffinly Mewoh, kuasa hukum Fariz RM, "
        "saat ditemui wartawan.\n"
        "Namun, kuasa hukum Fariz RM menyampaikan keberatan terhadap keterangan saksi-saksi dari kepolisian.")
    assert _speaker_at(doc, "keberatan terhadap keterangan") == "Griffinly Mewoh"


def test_quotes_purpose_or_negated_speech_verb_reports_nothing():
    """"dengan tujuan untuk mengklarifikasi maksud ...": an aim; "tidak mengakui ...": a denial.
    Neither is a quote, and the "-nya" cue after the officer's next quote stays his."""
    text = ("Kapolsek Gambiran AKP Badrodin Hidayat mengatakan peristiwa itu terjadi pada Sabtu malam. "
            "Keesokan harinya, Sari bertemu dengan korban dengan tujuan untuk mengklarifikasi maksud dari komentar itu. "
            "Tersangka Joko tidak mengakui perbuatannya di depan para penyidik polres. "
            '"Pelaku datang dan langsung menyerang korban," ujarnya.')
    mentions = [Mention("d", text.index(n), text.index(n) + len(n), n, "PERSON")
                for n in ("Badrodin Hidayat", "Sari", "Joko")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert not [q for q in quotes if "mengklarifikasi" in q.text or "maksud dari" in q.text]
    assert not [q for q in quotes if "perbuatannya" in q.text]
    assert _quote_at(quotes, text, "Pelaku datang").speaker_name == "Badrodin Hidayat"


def test_quotes_description_before_a_full_name_after_the_cue():
    """"jelas pemilik warung Riadi Putra": two lower-case words describe the person named after them."""
    text = '"Kejadiannya sangat cepat," jelas pemilik warung Riadi Putra.'
    mentions = [Mention("d", text.index("Riadi Putra"), text.index("Riadi Putra") + 11, "Riadi Putra", "PERSON")]
    (q,) = find_quotes("d", text, mentions=mentions)
    assert q.speaker_name == "Riadi Putra"


def test_quotes_nya_after_a_quote_about_someone_goes_on_with_the_talker():
    """Two sentences about the suspect, then a quote that calls him "dia": "ujarnya" is still the
    village head's, not the suspect's."""
    text = ('Lurah Sempur Andri Junizar mengatakan, Saeful merupakan pedagang asongan. '
            '"Jadi, dia bukan warga sini. Dia cuman pedagang di lapangan. Itu juga dia disuruh orang lagi," kata Andri. '
            'Saeful sudah berjualan di lapangan itu cukup lama. Ia pun sering mondar mandir di kawasan itu. '
            '"Dia sudah biasa mondar mandir. Malah kadang ikut mandi di masjid," ujarnya.')
    mentions = [Mention("d", m.start(), m.end(), m.group(), "PERSON")
                for m in re.finditer(r"Andri Junizar|Saeful|Andri(?! Junizar)", text)]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Dia sudah biasa").speaker_name == "Andri Junizar"


# --------------------------------------------------------------------------- issue 20: small-event tune golds (spk7)

def test_quotes_a_case_party_alone_speaks_as_the_person_named_for_it():
    """"Tersangka mengaku ...", "jawab pelaku": the suspect the article names by initials."""
    text = ('Polisi menangkap seorang pemuda berinisial DS (21) di Bekasi. Kapolsek Tambun AKP Hendra Wijaya '
            'mengatakan penangkapan tersangka DS berawal dari laporan warga. '
            'Tersangka mengaku sudah tiga bulan bekerja sebagai penjaga gudang.\n'
            '"Uangnya dipakai untuk apa?" tanya Hendra kepada pelaku.\n'
            '"Buat bayar utang," jawab pelaku.')
    mentions = [Mention("d", text.index("Hendra Wijaya"), text.index("Hendra Wijaya") + 13, "Hendra Wijaya", "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "sudah tiga bulan").speaker_name == "DS"
    assert _quote_at(quotes, text, "Buat bayar utang").speaker_name == "DS"


def test_quotes_a_case_party_with_several_named_keeps_the_noun():
    text = ('Polisi menangkap pelaku berinisial AR (22), KW (19), dan TS (17) di Sleman. '
            'Pelaku mengaku sudah tiga kali beraksi di jalan itu.')
    (q,) = find_quotes("d", text)
    assert q.speaker_name == "Pelaku"  # the noun stays: no one of the three is the one who spoke


def test_quotes_relation_then_person_set_off_after_the_cue() -> None:
    # "ujar anak X, Y": the relation describes Y, who speaks
    doc = _analysed('Warga Desa Sukamaju, Darmawan, dilaporkan hilang sejak Rabu.\n'
                    '"Bapak tidak boleh bepergian jauh," ujar anak Darmawan, Rendra Saputra kepada wartawan.')
    assert _speaker_at(doc, "tidak boleh bepergian") == "Rendra Saputra"


def test_quotes_glued_directorate_head_then_the_officer_after_a_comma() -> None:
    doc = _analysed('"Tersangka membuat akun palsu di media sosial," ujar Direskrimsus polda Lampung, '
                    'Kombes Arif Setiawan, Senin (16/6/2025).')
    assert _speaker_at(doc, "membuat akun palsu") == "Arif Setiawan"


def test_quotes_members_named_before_their_body_are_the_body() -> None:
    doc = _analysed('Korban mendatangi Polsek Karangjati untuk memastikan kabar itu. '
                    'Petugas Polsek Karangjati menyatakan tidak pernah menyita barang milik korban.')
    assert _speaker_at(doc, "tidak pernah menyita") == "Polsek Karangjati"


def test_quotes_uncued_paragraph_takes_the_cue_of_the_next_paragraph():
    text = ('Rustam memutuskan pulang ke kampung halamannya.\n'
            '“Saya sudah lama tinggal sendirian di rumah itu."\n'
            '"Saya pikir lebih baik pulang ke kampung,” ujarnya.')
    mentions = [Mention("d", 0, 6, "Rustam", "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "sudah lama tinggal").speaker_name == "Rustam"


def test_quotes_uncued_paragraph_after_narration_stays_unattributed():
    # the next paragraph is narration, not a quote: no cue to borrow
    text = ('Rustam memutuskan pulang ke kampung halamannya.\n'
            '“Saya sudah lama tinggal sendirian di rumah itu."\n'
            'Warga lain mengaku tidak tahu. "Kami tidak kenal," ujar Sari.')
    mentions = [Mention("d", 0, 6, "Rustam", "PERSON"),
                Mention("d", text.index("Sari"), text.index("Sari") + 4, "Sari", "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "sudah lama tinggal").speaker_name is None
    assert _quote_at(quotes, text, "Kami tidak kenal").speaker_name == "Sari"


def _quotes_with_persons(text: str, persons: str) -> list[Quote]:
    """The quotes of ``text`` with every match of the pattern ``persons`` tagged a person."""
    return find_quotes("d", text, mentions=[Mention("d", m.start(), m.end(), m.group(), "PERSON")
                                            for m in re.finditer(persons, text)])


def test_quotes_a_run_of_uncued_paragraphs_takes_the_cue_that_closes_it():
    # three paragraphs, each closed, the cue given once at the end of the last: every one is the
    # cue's speaker's; narration between a quote and the next cue keeps that cue's speaker away
    text = ('Anggota DPR Bagas Wiratmaja menanggapi hadiah itu.\n'
            'Hadiah itu berupa jam tangan mewah.\n'
            'Jamuan digelar di kediaman presiden.\n'
            'Apresiasi pemerintah pun harus merata.\n'
            '"Penghargaan harus diatur dalam peraturan pemerintah."\n'
            '"Pemerintah harus punya skema yang adil dan terukur."\n'
            '"Agar semua atlet termotivasi," kata Bagas kepada wartawan.\n'
            'Warga lain mengaku tidak tahu.\n'
            '"Kami belum mendengar kabar itu."\n'
            'Hadiah itu diberikan Jumat lalu.\n'
            '"Kami senang sekali," ujar Sari.')
    quotes = _quotes_with_persons(text, r"Bagas Wiratmaja|Bagas(?! Wiratmaja)|Sari")
    assert _quote_at(quotes, text, "Penghargaan harus diatur").speaker_name == "Bagas Wiratmaja"
    assert _quote_at(quotes, text, "Pemerintah harus punya").speaker_name == "Bagas Wiratmaja"
    assert _quote_at(quotes, text, "Kami belum mendengar").speaker_name != "Sari"


def test_quotes_a_described_speaker_with_a_relative_clause_is_the_one_in_focus():
    # "ujar pelatih yang karib disapa Didi ini": a person noun, a clause about it, and the
    # determiner closing the cue point back as "pelatih ini" does; the names inside the clause
    # (a nickname, a past feat's athletes) never speak
    text = ('Kabid Pembinaan Prestasi Wiratama Sukmono mengakui hasil tim masih jauh dari harapan.\n'
            '"Evaluasinya masih menjadi pekerjaan rumah," kata Wiratama.\n'
            '"Masih banyak yang belum sinkron," ujar pelatih yang karib disapa Didi ini.\n'
            '"Kami menekankan disiplin," ucap pelatih yang pernah mengantarkan Rina Pertiwi meraih emas ini.')
    quotes = _quotes_with_persons(text, r"Wiratama Sukmono|Wiratama(?! Sukmono)|Didi|Rina Pertiwi")
    assert _quote_at(quotes, text, "belum sinkron").speaker_name == "Wiratama Sukmono"
    assert _quote_at(quotes, text, "menekankan disiplin").speaker_name == "Wiratama Sukmono"


def test_quotes_a_determiner_inside_the_relative_clause_makes_no_description():
    # "ujar warga yang membawa poster bertuliskan nama orang itu": "itu" belongs to "orang", and a
    # comma or more words follow it, so the cue names no one (an indefinite "warga")
    text = ('Kapolsek Sukamaju Ahmad Fauzi memantau aksi itu.\n'
            '"Kami tidak mau diam," ujar warga yang membawa poster bertuliskan nama orang itu sambil berteriak.')
    assert _quote_at(_quotes_with_persons(text, r"Ahmad Fauzi"), text, "tidak mau diam").speaker_name is None


def test_quotes_nya_answer_after_a_question_is_the_answerers():
    text = ('Kapolsek Medan Baru Kompol Yusuf Harahap menghadirkan tersangka AF dalam jumpa pers.\n'
            '"Kenapa kamu mencuri?" kata Yusuf kepada tersangka.\n'
            '"Butuh uang, Pak," jawab AF.\n'
            '"Untuk apa uangnya?" tanya Yusuf.\n'
            '"Untuk makan sehari-hari," ucapnya.')
    mentions = [Mention("d", m.start(), m.end(), m.group(), "PERSON")
                for m in re.finditer(r"Yusuf Harahap|Yusuf(?! Harahap)|AF", text)]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Untuk makan").speaker_name == "AF"
    assert _quote_at(quotes, text, "Untuk apa uangnya").speaker_name == "Yusuf Harahap"


def test_quotes_bracketed_short_form_of_a_body_is_not_the_person_after_it():
    text = ('Kelompok Gerakan Rakyat Merdeka Selatan (GRMS) Komando Wilayah Timur Andreas Wonda '
            'terlibat kontak senjata. GRMS mengklaim tidak melakukan perlawanan saat itu.')
    mentions = [Mention("d", text.index("Andreas Wonda"), text.index("Andreas Wonda") + 13, "Andreas Wonda", "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    # the body its short form names speaks, not the person named after the bracket
    assert _quote_at(quotes, text, "tidak melakukan perlawanan").speaker_name == "GRMS"


def test_quotes_a_common_word_tagged_person_at_a_sentence_start_is_no_speaker():
    """"Sempat ..." tagged PERSON: an adverb the model took for a name is no one in focus."""
    text = ('SURYAJAYA.COM, LEMBAH HIJAU - Sempat menggegerkan publik karena dikabarkan hilang, Mantan Bupati '
            'Lembah Hijau, Darsono, ternyata sedang berobat ke Madura.\n'
            'Hal itu disampaikan Darsono saat mendatangi Polsek Lembah Hijau, Senin (9/6/2025).\n'
            'Politisi Partai Hijau itu menegaskan bahwa dirinya tidak diculik atau mengalami hal berbahaya lain.')
    mentions = [Mention("d", text.index("Sempat"), text.index("Sempat") + 6, "Sempat", "PERSON"),
                Mention("d", text.index("Partai Hijau"), text.index("Partai Hijau") + 12, "Partai Hijau", "ORG")] + [
        Mention("d", m.start(), m.end(), "Darsono", "PERSON") for m in re.finditer("Darsono", text)]
    quotes = find_quotes("d", text, mentions=mentions)
    assert "Sempat" not in [q.speaker_name for q in quotes]


def test_quotes_a_first_person_paragraph_that_lost_its_opening_mark():
    text = ('Komandan regu pemadam, Sutan Harahap, mengatakan petugas langsung bergerak ke lokasi.\n'
            'Kami sedang berjaga di pos, tiba-tiba ada laporan warga, lalu kami langsung ke lokasi kejadian," '
            'ucap Sutan.')
    mentions = [Mention("d", m.start(), m.end(), m.group(), "PERSON")
                for m in re.finditer(r"Sutan Harahap|Sutan(?! Harahap)", text)]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "sedang berjaga di pos").speaker_name == "Sutan Harahap"


def test_quotes_narration_that_lost_a_mark_is_no_quote():
    # the paragraph reports someone's speech itself: the stray closing mark opens no quote from its start
    text = ('Dalam sambutannya, Kepala Dinas Kebudayaan, Rahmat Hidayat, menyampaikan bahwa kampung itu harus '
            'dijaga. Kegiatan seperti ini akan terus kami dukung sebagai bentuk komitmen,” tegasnya.')
    name = text.index("Rahmat Hidayat")
    mentions = [Mention("d", name, name + 14, "Rahmat Hidayat", "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert not [q for q in quotes if q.kind == "direct" and "Dalam sambutannya" in q.text]


def test_quotes_long_role_comma_then_a_name_tagged_place_speaks():
    text = ('Warga setempat, Rusdi, mengungkapkan mayat itu dilihat pada Senin siang.\n'
            'Sementara itu, Komandan Regu Pemadam Kebakaran Sektor Cilincing Suku Dinas Penanggulangan '
            'Kebakaran dan Penyelamatan Jakarta Utara, Marbun Silalahi mengatakan, petugas menerima '
            'laporan dan langsung bergerak ke lokasi.')
    mentions = [Mention("d", text.index("Rusdi"), text.index("Rusdi") + 5, "Rusdi", "PERSON"),
                Mention("d", text.index("Jakarta Utara"), text.index("Jakarta Utara") + 13, "Jakarta Utara", "LOC"),
                Mention("d", text.index("Marbun Silalahi"), text.index("Marbun Silalahi") + 15, "Marbun Silalahi",
                        "LOC")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "petugas menerima laporan").speaker_name == "Marbun Silalahi"


# --------------------------------------------------------------------------- issue 20: coverage tune leftovers (spk8)

def _people(text: str, *names: str) -> list[Mention]:
    return [Mention("d", m.start(), m.end(), m.group(), "PERSON")
            for n in names for m in re.finditer(re.escape(n) + r"(?![\w])", text)]


def test_quotes_menandaskan_closes_a_quote() -> None:
    text = ('Gubernur itu meminta warga tetap tenang.\n'
            '"Kami akan menambah pompa di titik banjir," Rendra Saputra menandaskan.')
    quotes = find_quotes("d", text, mentions=_people(text, "Rendra Saputra"))
    assert _quote_at(quotes, text, "menambah pompa").speaker_name == "Rendra Saputra"


def test_quotes_the_judge_alone_is_the_one_judge_the_article_names() -> None:
    # the judge is named only after the quote, as the verdict is read out
    text = ('"Terdakwa terbukti bersalah," ujar hakim di ruang sidang.\n'
            'Putusan dibacakan ketua majelis hakim Darmawan Sitompul. Terdakwa divonis tiga tahun.')
    quotes = find_quotes("d", text, mentions=_people(text, "Darmawan Sitompul"))
    assert _quote_at(quotes, text, "terbukti bersalah").speaker_name == "Darmawan Sitompul"


def test_quotes_the_judge_alone_with_two_judges_named_stays_the_noun() -> None:
    text = ('"Terdakwa terbukti bersalah," ujar hakim di ruang sidang.\n'
            'Sidang dipimpin hakim Darmawan Sitompul dan hakim Rina Marlina.')
    quotes = find_quotes("d", text, mentions=_people(text, "Darmawan Sitompul", "Rina Marlina"))
    assert _quote_at(quotes, text, "terbukti bersalah").speaker_name not in ("Darmawan Sitompul", "Rina Marlina")


def test_quotes_a_one_word_speaker_is_the_company_the_text_names_with_group() -> None:
    text = ('Sentosa Group membantah tuduhan itu pada Senin. Sentosa mengatakan dana tersebut akan '
            'dikembalikan jika pengadilan membebaskan perusahaan.')
    quotes = find_quotes("d", text, mentions=[_org(text, "Sentosa Group"), *_people(text, "Sentosa")[1:]])
    assert _quote_at(quotes, text, "akan dikembalikan").speaker_name == "Sentosa Group"


# --------------------------------------------------------------------------- issue 20: unseen pre-June coverage (spk9)

def test_quotes_menurutnya_with_no_comma_reports_the_words_after_it() -> None:
    text = ('"Kasus ini masih kami dalami," ujar Kasi Humas Polres Lembah Hijau Iptu Darsono.\n'
            'Menurutnya saat ini kedua kendaraan sudah diamankan di Mapolres sebagai barang bukti.')
    quotes = find_quotes("d", text, mentions=_people(text, "Darsono"))
    q = _quote_at(quotes, text, "kedua kendaraan sudah diamankan")
    assert q.speaker_name == "Darsono"
    assert q.text.startswith("saat ini kedua kendaraan")


def test_quotes_a_suspect_owning_up_to_a_deed_is_no_speaker_for_a_later_nya() -> None:
    text = ('Kuasa hukum yayasan, Rendra Saputra, menegaskan tidak ada pengurus yang terlibat.\n'
            '"Semua terjadi di antara santri," kata Rendra.\n'
            'KDR mengakui perbuatan itu dan kabar tersebut tersebar di kalangan santri lain.\n'
            '"Aksi spontan itulah yang akhirnya memicu gesekan," tegasnya.')
    quotes = find_quotes("d", text, mentions=_people(text, "Rendra Saputra", "Rendra", "KDR"))
    assert not any("perbuatan itu" in q.text for q in quotes)
    assert _quote_at(quotes, text, "Aksi spontan").speaker_name == "Rendra Saputra"


def test_quotes_owning_up_to_a_deed_that_goes_on_as_a_clause_stays_a_report() -> None:
    text = 'Rendra Saputra mengakui tindakan itu salah dan meminta maaf kepada warga desa.'
    quotes = find_quotes("d", text, mentions=_people(text, "Rendra Saputra"))
    assert _quote_at(quotes, text, "tindakan itu salah").speaker_name == "Rendra Saputra"


def test_quotes_titles_and_degrees_are_no_part_of_the_speaker_name() -> None:
    text = ('Kapolres Lembah Hijau, AKBP Dr Rendra Bonar F Siregar SIK MH menyampaikan apresiasi kepada '
            'personel. "Ini hasil kerja keras bersama," ujar AKBP Dr Rendra, Kamis (15/5).\n'
            '"Kelainan ini bisa diobati sejak dini," tutur dr. Sinta Maharani, M.Ked, Sp.OT, dokter spesialis.')
    mentions = _people(text, "Rendra Bonar F Siregar SIK MH", "Sinta Maharani")
    mentions.append(Mention("d", text.index("M.Ked"), text.index("M.Ked") + 5, "M.Ked", "PERSON"))
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "hasil kerja keras").speaker_name == "Rendra Bonar F Siregar"
    assert _quote_at(quotes, text, "bisa diobati").speaker_name == "Sinta Maharani"


@pytest.mark.parametrize("text, words, name", [
    # a doctor's specialist titles between the name and the verb (invented names): the titles'
    # stops end no sentence, and the titles name no one
    ("Dokter spesialis penyakit dalam, dr. Sinta Maharani, Sp.P.D, Subsp.G.E.H. (K), FINASIM mengatakan "
     "penyakit itu bisa dicegah sejak dini.", "penyakit itu bisa dicegah", "Sinta Maharani"),
    ("Ahli gizi klinik, dr. Rendra Siregar, M.Kes., Sp.GK menjelaskan bahwa sarapan tetap penting bagi anak.",
     "sarapan tetap penting", "Rendra Siregar"),
    ("Dokter anak, dr. Wulan Pratiwi, Sp.A(K), mengatakan imunisasi tidak boleh ditunda orang tua.",
     "imunisasi tidak boleh ditunda", "Wulan Pratiwi"),
    ("Dokter rehabilitasi medik, dr. Wulan Pratiwi, Sp.KFR, AIFO-K., menjelaskan bahwa memasak melatih otak lansia.",
     "memasak melatih otak", "Wulan Pratiwi"),
])
def test_quotes_a_doctors_titles_after_the_name_are_not_the_speaker(text, words, name) -> None:
    quotes = find_quotes("d", text, mentions=_people(text, name))
    assert _quote_at(quotes, text, words).speaker_name == name


def test_quotes_the_words_after_menurut_begin_after_the_sources_degrees() -> None:
    text = "Menurut ahli gizi, dr. Sinta Maharani, Sp.GK., sarapan tetap penting bagi anak sekolah."
    quotes = find_quotes("d", text, mentions=_people(text, "Sinta Maharani"))
    quote = _quote_at(quotes, text, "sarapan tetap penting")
    assert quote.speaker_name == "Sinta Maharani" and quote.text.startswith("sarapan")


def test_quotes_a_role_body_after_the_head_is_no_name() -> None:
    text = ('Menurut Ketua Panitia, Fauzan Rahmadi, peringatan tahun ini diawali pawai keliling kampung.')
    quotes = find_quotes("d", text, mentions=_people(text, "Fauzan Rahmadi"))
    assert _quote_at(quotes, text, "diawali pawai").speaker_name == "Fauzan Rahmadi"


def test_quotes_a_roles_list_of_fields_is_the_role_and_the_name_after_it_speaks() -> None:
    text = ('Program itu dibuka pada Senin (9/6/2025).\n'
            '"Program ini dirancang untuk semua kampus," kata Menteri Pendidikan Tinggi, Sains, dan '
            'Teknologi, Rendra Saputra, di Jakarta.')
    sains = text.index("Sains")
    mentions = [Mention("d", sains, sains + 5, "Sains", "PERSON"), *_people(text, "Rendra Saputra")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "dirancang untuk").speaker_name == "Rendra Saputra"


def test_quotes_a_list_of_people_after_a_role_is_no_list_of_fields() -> None:
    text = '"Kami menolak usulan itu," kata Ketua Tim, Andi Wijaya, Budi Santoso, dan Citra Lestari.'
    quotes = find_quotes("d", text, mentions=_people(text, "Andi Wijaya", "Budi Santoso", "Citra Lestari"))
    assert _quote_at(quotes, text, "menolak usulan").speaker_name == "Andi Wijaya"


def test_quotes_a_roles_field_with_no_commas_is_no_name() -> None:
    text = ('Menteri Usaha Mikro Kecil dan Menengah (UMKM) Rendra Saputra membeberkan keuntungan pengemudi '
            'ojek masuk kategori UMKM. Menurutnya ada sejumlah insentif yang didapatkan apabila menjadi UMKM.')
    quotes = find_quotes("d", text, mentions=_people(text, "Rendra Saputra"))
    assert _quote_at(quotes, text, "sejumlah insentif").speaker_name == "Rendra Saputra"


def test_quotes_pilgrim_and_nursing_titles_are_no_part_of_the_speaker_name() -> None:
    text = ('Ketua panitia, Hj Sinta Maharani SAg MPd, membuka acara.\n'
            '"Kegiatan ini digelar rutin setiap tahun," ujar Hj Sinta Maharani.')
    quotes = find_quotes("d", text, mentions=_people(text, "Hj Sinta Maharani SAg MPd", "Hj Sinta Maharani"))
    assert _quote_at(quotes, text, "digelar rutin").speaker_name == "Sinta Maharani"


def test_quotes_a_rank_before_a_short_name_still_finds_the_full_name() -> None:
    text = ('Kapolresta Lembah Hijau melalui Kapolsek Darussalam, Iptu Rendra Saputra mengatakan, ketiga '
            'pelaku diamankan di sebuah rumah.\n'
            '"Pengungkapan ini tidak sampai sehari," jelas Iptu Rendra dalam keterangannya, Jumat (6/6/2025).')
    quotes = find_quotes("d", text, mentions=_people(text, "Rendra Saputra"))
    assert _quote_at(quotes, text, "tidak sampai sehari").speaker_name == "Rendra Saputra"


def test_quotes_a_party_office_or_degree_made_definite_is_the_person_in_focus() -> None:
    text = ('Pimpinan MPR Rendra Saputra mengapresiasi langkah pemerintah.\n'
            '"Kami berterima kasih," ujar Rendra dalam keterangannya.\n'
            'Doktor Ilmu Politik UI ini mengatakan menjaga hutan harus menjadi komitmen bersama.\n'
            'Lebih lanjut, Waketum PAN ini menambahkan, keputusan itu merupakan langkah strategis.')
    quotes = find_quotes("d", text, mentions=_people(text, "Rendra Saputra", "Rendra"))
    assert _quote_at(quotes, text, "menjaga hutan").speaker_name == "Rendra Saputra"
    assert _quote_at(quotes, text, "langkah strategis").speaker_name == "Rendra Saputra"


def test_quotes_ujarnya_after_a_person_brought_in_as_subject_is_that_person() -> None:
    text = ('Analis Argus, Rendra Saputra, menjelaskan, pihaknya khawatir permintaan melemah.\n'
            'Kemudian, analis Baird, Budi Santoso, juga menurunkan peringkat saham itu.\n'
            '"Insiden itu menggambarkan risiko politik," ujarnya.')
    quotes = find_quotes("d", text, mentions=_people(text, "Rendra Saputra", "Budi Santoso"))
    assert _quote_at(quotes, text, "risiko politik").speaker_name == "Budi Santoso"
    assert _quote_at(quotes, text, "permintaan melemah").speaker_name == "Rendra Saputra"


def test_quotes_ujarnya_after_a_victim_named_in_passing_stays_with_the_officer() -> None:
    text = ('"Pelaku memakai topi," ujar Kabid Humas Polda Jabar Kombes Pol Rendra Saputra.\n'
            'Korban bernama Budi Santoso sudah melaporkan kejadian tersebut ke Polres Purwakarta.\n'
            '"Kami masih melakukan pencarian terhadap terduga pelaku," tegasnya.')
    quotes = find_quotes("d", text, mentions=_people(text, "Rendra Saputra", "Budi Santoso"))
    assert _quote_at(quotes, text, "masih melakukan pencarian").speaker_name == "Rendra Saputra"


# --------------------------------------------------------------------------- issue 20 (spk12): bodies as speakers

@pytest.mark.parametrize(("text", "body", "place"), [
    # a body the model read only as the place inside its name
    ("Militer Filipina mengatakan bahwa dua kapal asing memasuki perairan mereka pagi ini.",
     "Militer Filipina", "Filipina"),
    # a body the model missed altogether
    ("Koalisi Nelayan Pesisir Utara menyatakan bahwa hasil tangkapan turun separuh sejak Mei.",
     "Koalisi Nelayan Pesisir Utara", None),
])
def test_quotes_a_speaking_body_the_model_missed_becomes_an_org_mention(text: str, body: str,
                                                                       place: str | None) -> None:
    mentions = []
    if place:
        start = text.index(place)
        mentions = [Mention("d", start, start + len(place), place, "GPE", origin="gazetteer")]
    out = _speaker_mentions(text, mentions)
    assert [(m.text, m.label, m.origin) for m in out] == [(body, "ORG", "rule")]


def test_quotes_a_government_named_by_its_leader_speaks_as_the_body() -> None:
    text = "Pemerintah Marcos menyatakan bahwa patroli akan terus berlanjut hingga akhir bulan."
    start = text.index("Marcos")
    mentions = [Mention("d", start, start + 6, "Marcos", "PERSON", origin="gazetteer")]
    persons: dict[tuple[int, int], str] = {}
    quotes = find_quotes("d", text, mentions=mentions, person_spans=persons)
    assert _quote_at(quotes, text, "patroli akan").speaker_name == "Pemerintah Marcos"
    out = speaker_mentions("d", text, mentions, quotes, persons)
    assert [(m.text, m.label) for m in out] == [("Pemerintah Marcos", "ORG")]


def test_quotes_a_body_named_with_dan_before_its_short_form_is_one_speaker() -> None:
    # "dan" inside a body's name whose bracketed short form spells the whole run: not a second
    # speaker, and the speaker is not cut at the last word ("Perdagangan")
    text = ("Dinas Perindustrian dan Perdagangan (Disperindag) Kota Malang mengungkap harga cabai naik "
            "sepertiga sejak Mei.")
    quotes = find_quotes("d", text)
    assert _quote_at(quotes, text, "harga cabai").speaker_name == "Dinas Perindustrian dan Perdagangan Kota Malang"


# --------------------------------------------------------------------------- issue 20 (spk13): initials are no body

@pytest.mark.parametrize(("text", "speaker"), [
    # a suspect named by initials after the party noun
    ("Polisi menangkap tersangka DUL di rumahnya pada Senin malam.\n"
     "\"Saya menyesal dan meminta maaf kepada keluarga korban,\" tegas DUL.", "DUL"),
    # a governor called by his nickname, said so elsewhere in the text
    ("Pernyataan itu dilontarkan KDM, sapaan akrab Gubernur Jawa Barat, kepada wartawan.\n"
     "\"Anggaran daerah harus dipakai untuk jalan desa lebih dulu,\" tegas KDM.", "KDM"),
    # a leaker's account named after a person word
    ("Bocoran itu datang dari tipster DCS lewat unggahan di Weibo.\n"
     "DCS mengklaim bahwa baterainya lebih besar dari generasi sebelumnya.", "DCS"),
    # initials with an age in brackets
    ("Petugas menyita 37 botol miras dari tangan TRS (23) di Bantul.\n"
     "\"Botol itu saya beli dari teman,\" kata TRS.", "TRS"),
])
def test_quotes_a_persons_initials_never_become_an_org_mention(text: str, speaker: str) -> None:
    persons: dict[tuple[int, int], str] = {}
    quotes = find_quotes("d", text, mentions=[], person_spans=persons)
    assert any(q.speaker_name == speaker for q in quotes)
    out = speaker_mentions("d", text, [], quotes, persons)
    assert not [m for m in out if m.text == speaker and m.label == "ORG"]


def test_quotes_a_body_acronym_still_becomes_an_org_mention() -> None:
    # the guard: a body's short form with no person word, age or nickname near any of its uses
    text = ("Hujan deras sejak pagi merendam tiga kecamatan di Kabupaten Garut.\n"
            "BPBD menyatakan bahwa 120 rumah terendam dan warga mulai mengungsi.")
    out = _speaker_mentions(text, [])
    assert ("BPBD", "ORG", "rule") in [(m.text, m.label, m.origin) for m in out]


def test_quotes_initials_of_a_person_named_in_full_are_no_body() -> None:
    # "KDM": Kang Dedi Mulyadi, named in full earlier; no word near the initials says so
    text = ("Gubernur Jawa Barat, Dedi Mulyadi dalam arahannya mengingatkan pentingnya tata kelola.\n"
            "\"Audit harus terus dilakukan pada sektor perencanaan,\" tegas KDM.")
    start = text.index("Dedi Mulyadi")
    mentions = [Mention("d", start, start + 12, "Dedi Mulyadi", "PERSON", origin="gazetteer")]
    persons: dict[tuple[int, int], str] = {}
    quotes = find_quotes("d", text, mentions=mentions, person_spans=persons)
    assert _quote_at(quotes, text, "Audit harus").speaker_name == "KDM"
    out = speaker_mentions("d", text, mentions, quotes, persons)
    assert not [m for m in out if m.text == "KDM" and m.label == "ORG"]


# --------------------------------------------------------------------------- issue 20: spk14 (outlets that disagree)
# Invented sentences of each class found where two outlets carry one quote with two speakers.

def test_quotes_a_page_marker_inside_a_flattened_paragraph_opens_a_sentence() -> None:
    # "SCROLL TO CONTINUE WITH CONTENT Korban kemudian ...": without the cut, "Korban" ran on
    # from the marker's capitals as a name and took the spokesman's later "ujarnya"
    doc = _analysed('Kasi Humas Polres Lembah Hijau, AKP Darmawan Saputra mengatakan, kejadian bermula saat korban '
                    'pulang dari pasar, Kamis (5/6). "Pelaku ini menghentikan motor korban dan menanyakan alamat," '
                    'kata Darmawan kepada wartawan, Rabu (11/6/2025). SCROLL TO CONTINUE WITH CONTENT Korban kemudian '
                    'menanggapi pertanyaan pelaku. Namun, tiba-tiba pelaku merampas tas korban. "Pelaku langsung '
                    'kabur ke arah utara dengan motornya," ujarnya.')
    assert "SCROLL" not in doc.text
    assert _speaker_at(doc, "langsung kabur") in ("Darmawan Saputra", "Darmawan")


def test_quotes_a_question_closing_a_speakers_own_quote_is_no_exchange_on_a_flattened_page() -> None:
    # narration of several sentences between the quotes on one line: the question is the new
    # speaker's own, so the "-nya" cue after it stays with them
    doc = _analysed('"Komitmen saya, pertandingan harus aman," kata Bupati Lembah Hijau Hartono Wibisono. '
                    'Hartono berharap kedua tim bisa rukun. "Semoga semua bisa rukun," tutupnya. Terkait berbagi '
                    'stadion itu, Direktur Persis Lembah, Gilang Ramadhan pasrah. Pihaknya menyerahkan hal itu ke '
                    'pemerintah daerah. "Kami sekarang di Liga 2. Kalau keduanya di Liga 1, kandangnya bagaimana?," '
                    'ujar Gilang saat dihubungi wartawan, Selasa (10/6). "Itu nanti terserah pemerintah kabupaten," '
                    'jelasnya.')
    assert _speaker_at(doc, "terserah pemerintah") == "Gilang Ramadhan"


def test_quotes_an_exchange_of_question_and_answer_still_goes_to_the_answerer() -> None:
    # the guard: cue-only gaps between the quotes, on one line, are still an exchange
    text = ('Kapolsek Medan Baru Kompol Yusuf Harahap menghadirkan tersangka AF dalam jumpa pers. '
            '"Kenapa kamu mencuri?" kata Yusuf kepada tersangka. "Butuh uang, Pak," jawab AF. '
            '"Untuk apa uangnya?" tanya Yusuf. "Untuk makan sehari-hari," ucapnya.')
    mentions = [Mention("d", m.start(), m.end(), m.group(), "PERSON")
                for m in re.finditer(r"Yusuf Harahap|Yusuf(?! Harahap)|AF", text)]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Untuk makan").speaker_name == "AF"


def test_quotes_menurutnya_after_an_officer_brought_in_with_a_rank() -> None:
    # a rank is an office: the officer the sentence before brings in is meant, not the one quoted earlier
    doc = _analysed('"Kami menangkap pelaku di rumahnya," tutur Kapolres Lembah Hijau AKBP Andi Wirawan. '
                    'Pelaku masih diperiksa penyidik.\nKabid Humas Polda Jawa Tengah (Jateng) Kombes Pol Bagus '
                    'Santosa mengurai secara lengkap kronologinya. Menurutnya, pelapor sedang berada di perjalanan '
                    'menuju Ciamis saat diancam.')
    assert _speaker_at(doc, "pelapor sedang berada") == "Bagus Santosa"


def test_quotes_a_name_run_into_the_day_of_its_date() -> None:
    # "Gilang Ramadhan Selasa (17/6/2025)": the comma before the day was left out
    doc = _analysed('Persis Lembah mengamankan kontrak pemain mudanya. "Kami mengamankan jasanya dengan kontrak '
                    'selama tiga tahun," ungkap Direktur Utama Persis Lembah, Gilang Ramadhan Selasa (17/6/2025).')
    assert _speaker_at(doc, "mengamankan jasanya") == "Gilang Ramadhan"


def test_quotes_passive_agent_after_a_role_with_a_bracketed_short_form() -> None:
    # "oleh Ketua Panitia Penyelenggara (Panpel) Persis, Wendy Pratama": the brackets cut the
    # role; its last word is no person, the model's person after the comma is the agent
    doc = _analysed('Persis Lembah menggelar audiensi dengan pengelola stadion. Hal ini disampaikan oleh Ketua '
                    'Panitia Penyelenggara (Panpel) Persis, Wendy Pratama. Dia mengatakan manajemen menggelar '
                    'pertemuan dengan UPT Stadion Lembah pada hari ini.')
    assert _speaker_at(doc, "manajemen menggelar") == "Wendy Pratama"


# --------------------------------------------------------------------------- issue 20: spk15 (all quotes, unseen days)
# Invented sentences of each class found in a random draw of quotes on unseen days.

def test_quotes_a_pointer_headline_run_into_the_next_sentence_names_no_speaker() -> None:
    # "Baca Juga: <headline>" left inside a flattened paragraph: its capitalised words ("Warga
    # Lembah Rayakan") were the subject the later "-nya" cue went to
    doc = _analysed('Rektor Universitas Lembah Hijau, Prof Sukardi Wibowo membuka acara itu pada Sabtu (24/5). '
                    'Acara diikuti mahasiswa, guru, dan lainnya. Baca Juga: Tiga Pemuda Aniaya Warga di Pasar Lama '
                    'pedagang sayur Darmanto Wiryo menuturkan, pasar itu ramai sejak pagi. "Pembeli datang dari '
                    'banyak desa, kami senang sekali," tandasnya.')
    assert _speaker_at(doc, "Pembeli datang") == "Darmanto Wiryo"


def test_quotes_a_pointer_headline_before_a_role_and_name_keeps_the_name() -> None:
    # the guard: the role set off by a comma before the name that speaks is the sentence's own
    doc = _analysed('Lomba itu diikuti 300 siswa dari 20 sekolah. Baca Juga: Persika Lembah Maju ke Final Liga 4 '
                    'Nasional Kepala Dinas Pendidikan Lembah, Sugeng Prayitno kepada wartawan di Yogya, Minggu '
                    '(25/5/2025) mengatakan, lomba berjalan lancar. "Semua peserta tertib dan juri bekerja baik," '
                    'katanya.')
    assert _speaker_at(doc, "Semua peserta tertib") == "Sugeng Prayitno"


def test_quotes_a_related_headline_line_is_not_a_speakers_fullest_name() -> None:
    # a related article's headline inside the body, tagged as one long name, outgrew the name the
    # article's sentences give; the guard: the name in the prose is the full one
    text = ('Aktor Bima Santoso hadir di acara itu bersama istrinya, Jumat (6/6/2025).\n'
            'Video Bima Santoso Masih Tak Percaya Bisa Menikahi Rina Lestari\n'
            'Bima Santoso tersenyum mendengar jawaban istrinya. "Dia memang sibuk sekali," kata Bima.')
    mentions = [Mention("d", m.start(), m.end(), m.group(), "PERSON") for m in re.finditer(
        r"Video Bima Santoso Masih Tak Percaya Bisa Menikahi Rina Lestari|Bima Santoso(?! Masih)|Bima(?! Santoso)",
        text)]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Dia memang sibuk").speaker_name == "Bima Santoso"


# --------------------------------------------------------------------------- issue 20: spk17 (direct quotes, unseen days)
# Invented sentences of each class found in a random draw of direct quotes on an unseen day.

@pytest.mark.parametrize("text, words, speaker", [
    # an occupation in lower case, then the person's full name, after the cue: set off by a
    # comma, or right before it
    ('Warga resah setelah video itu beredar.\n"Menangkap pengunggah video tidak menyelesaikan masalah," ungkap '
     'pegiat lingkungan hidup, Rendra Wahyu Saputra saat dihubungi, Senin (9/6/2025).',
     "Menangkap pengunggah", "Rendra Wahyu Saputra"),
    ('Studi itu terbit pekan lalu.\n"Sepertiga dari kita berada di antara keduanya," kata psikolog Danira '
     'Alamsyah, PhD seperti dikutip dari laman kampusnya.', "Sepertiga dari", "Danira Alamsyah"),
    # verbs of speech after a closing mark that were not read as cues
    ('Pelatih itu menilai kebugaran pemain menurun.\n"Pemain harus cukup tidur dan makan teratur," catat '
     'Dr. Yulia Hartanti.', "Pemain harus", "Yulia Hartanti"),
    ('Warga berdatangan ke lapangan sejak pagi.\n"Baru kali ini saya lihat kaus seramai ini," celetuk Bambang '
     'Sutejo, pedagang di lapangan itu.', "Baru kali ini", "Bambang Sutejo"),
    ('Almarhum dikenal ramah di kampungnya.\n"Setiap tahun beliau selalu menyembelih kurban sendiri," kenang '
     'Ilham Fauzi.', "Setiap tahun", "Ilham Fauzi"),
    # "ujar dia" after a quote whose opening the speaker's name and verb introduce
    ('Acara itu digelar di aula kantor. Direktur Utama Lembah Kirim, Hadi Purnomo Santoso, menyampaikan, '
     '"Semangat berbagi harus dijaga setiap tahun," ujar dia. Setelah itu acara ditutup.',
     "Semangat berbagi", "Hadi Purnomo Santoso"),
    ('Acara itu digelar di aula kantor. Direktur JNE, Hadi Purnomo Santoso, menyampaikan, “Semangat berbagi '
     'harus dijaga,” ujar dia. Rina Kartika Sari, Direktur Utama TIKI mengatakan, “Kami ikut berbagi tahun '
     'ini,” ujar dia.', "Kami ikut berbagi", "Rina Kartika Sari"),
    # an office made definite with its place or team: its holder, not the place or team
    ('Seorang pemuda ditemukan tewas di Kecamatan Ingin Jaya. Kapolsek Ingin Jaya, Iptu Rahmat Hidayat '
     'mengatakan, korban ditemukan warga. "Korban sudah dibawa ke rumah sakit," jelas Iptu Rahmat. Kapolsek '
     'Ingin Jaya itu mengatakan, korban diduga jatuh dari motor. "Jenazah sudah dibawa pulang," pungkasnya.',
     "Jenazah sudah", "Rahmat Hidayat"),
    ('Cristiano Ronaldo belum memutuskan masa depannya. Kontraknya berakhir pada 30 Juni. Kapten Portugal '
     'tersebut mengatakan bahwa ia didekati banyak klub. "Tidak ada yang berubah," ujarnya singkat.',
     "Tidak ada yang berubah", "Cristiano Ronaldo"),
])
def test_quotes_direct_speakers_named_around_the_quote(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # guards: a relation or a crowd before a name is someone else's ("istri Joko Susilo"), a
    # role made definite that the holder's name introduced, a full name inside a definite subject
    ('"Kami akan terus mendukung," sahut pendukung Anies Baswedan di lokasi.', "Kami akan terus", None),
    ('Warga Desa Lembah menolak tambang. "Kami tidak mau kehilangan sawah," kata istri Joko Susilo kepada '
     'wartawan.', "Kami tidak mau", None),
    ('Ketua DPRD Sleman Sutrisno Adi membuka rapat. "Rapat ini penting untuk warga," kata Ketua DPRD Sleman '
     'itu.', "Rapat ini penting", "Sutrisno Adi"),
    ('Wakil Presiden Gibran Rakabuming Raka meninjau Bendungan Mbay. Direktur Operasi II Waskita Karya Dhetik '
     'Ariyanto yang turut mendampingi Wapres tersebut menyatakan, perseroan berkomitmen menyelesaikan '
     'bendungan tepat waktu.', "perseroan berkomitmen", "Dhetik Ariyanto"),
])
def test_quotes_descriptions_that_name_someone_else_stay_so(text: str, words: str, speaker: str | None) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


def test_quotes_an_occupation_taken_into_a_name_is_no_part_of_the_speakers_name() -> None:
    # the entity finder tagged "sutradara Kim Dong Suk" whole; "Kim" alone tagged a body elsewhere
    # must not cut the name further
    text = ('Kim Entertainment merilis serial itu. Pada konferensi pers, sutradara Kim Dong Suk hadir. '
            '"Serial ini tamat di musim ketiga," jelasnya.')
    mentions = [Mention("d", text.index("sutradara"), text.index(" hadir"), "sutradara Kim Dong Suk", "PERSON"),
                Mention("d", 0, 3, "Kim", "ORG")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Serial ini tamat").speaker_name == "Kim Dong Suk"


@pytest.mark.parametrize("noun", ["Aktor", "Pelatih", "Penyanyi"])
def test_quotes_a_person_noun_that_is_also_an_occupation_before_one_name_is_cut(noun: str) -> None:
    # "Aktor Reza" tagged whole, "Reza" a person elsewhere: the speaker is Reza, as for any person
    # noun ("Sosok Adnan"); an occupation is cut without going further only before a longer name
    text = (f'Reza datang lebih awal. Pada jumpa pers, {noun} Reza hadir. '
            '"Kami akan bangkit," jelasnya.')
    start = text.index(f"{noun} Reza")
    mentions = [Mention("d", start, start + len(noun) + 5, f"{noun} Reza", "PERSON"),
                Mention("d", 0, 4, "Reza", "PERSON")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Kami akan bangkit").speaker_name == "Reza"


def test_quotes_a_capitalised_person_noun_before_a_body_and_a_name_is_a_title() -> None:
    # "Pelatih Timnas Garuda Patrick Wiranata" tagged whole, "Timnas Garuda" a body elsewhere: the
    # title and the team are cut, as before the occupation rule; a lower-case occupation
    # ("sutradara Kim Dong Suk") is the writer's description and is cut alone
    text = ('Timnas Garuda berlatih di Jakarta. Pelatih Timnas Garuda Patrick Wiranata memimpin latihan. '
            '"Kami siap bertanding," ujarnya.')
    start = text.index("Pelatih Timnas")
    mentions = [Mention("d", start, text.index(" memimpin"), "Pelatih Timnas Garuda Patrick Wiranata", "PERSON"),
                Mention("d", 0, 13, "Timnas Garuda", "ORG")]
    quotes = find_quotes("d", text, mentions=mentions)
    assert _quote_at(quotes, text, "Kami siap bertanding").speaker_name == "Patrick Wiranata"


@pytest.mark.parametrize("text, words, speaker", [
    # those who speak for a body, in lower case, then the body's name after the cue
    ('Jumlah WNI di wilayah itu terus bertambah.\n"Data ini belum mencakup semua WNI," terang pihak KBRI Tokyo, '
     'dilansir dari laman resmi Kementerian Luar Negeri.', "Data ini belum", "KBRI Tokyo"),
    ('Pasar saham melemah sepanjang pekan.\n"Investor masih menunggu data inflasi," kata tim riset Lembah '
     'Sekuritas, dikutip Sabtu (7/6/2025).', "Investor masih", "Lembah Sekuritas"),
    ('Klub mengumumkan pelatih baru.\n"Terima kasih atas dedikasinya," tulis ofisial Persiba Balikpapan.',
     "Terima kasih atas", "Persiba Balikpapan"),
])
def test_quotes_those_who_speak_for_a_body_give_the_body(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker

# --------------------------------------------------------------------------- issue 20: spk16 (indirect speech, unseen days)
# Invented sentences of each class found among the indirect quotes of an unseen day (19 June 2025).

@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a body opening the sentence with its short form in brackets: the name stops before the bracket
    ("Lembaga Riset Lembah Hijau (LRLH) menegaskan bahwa harga pangan naik sejak awal bulan.",
     "harga pangan naik", "Lembaga Riset Lembah Hijau"),
    ("Kementerian Kelautan (KKP) mengungkap jumlah kapal asing yang ditangkap naik tahun ini.",
     "jumlah kapal asing", "Kementerian Kelautan"),
])
def test_quotes_a_body_named_with_its_bracketed_short_form_speaks_without_the_bracket(
        text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


def test_quotes_a_closed_bracket_inside_a_body_name_stays() -> None:
    # the guard: "(Persero)" closes inside the name and is part of it
    doc = _analysed("PT Pupuk Lembah (Persero) menyatakan bahwa stok pupuk aman sampai akhir tahun.")
    assert _speaker_at(doc, "stok pupuk aman") == "PT Pupuk Lembah (Persero)"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # what a public figure is known for, made definite, stands for the person in focus: the
    # film or band named inside says what, not who
    ('"Bukan aku yang mulai," kata Rina Kartika sambil tertawa.\nBintang film Rumah Kosong itu menegaskan '
     "hubungan mereka tak lebih dari rekan kerja.", "hubungan mereka tak lebih", "Rina Kartika"),
    ("Bayu Pratama menggelar resepsi di Lembah. Bayu Pratama mengatakan semua konsep datang darinya. "
     "Pentolan Band Senja 19 itu juga menuturkan acara ini bakal menjadi yang termegah.",
     "acara ini bakal menjadi", "Bayu Pratama"),
])
def test_quotes_an_epithet_made_definite_is_the_person_in_focus(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a company officer's title after the name and a comma, running to the verb: the name speaks
    ("Mobil listrik itu dijual mulai bulan depan.\nHendra Wijaya, VP Marketing of Lembah Motor Indonesia "
     "menjelaskan mobil itu bisa menempuh 500 kilometer sekali isi.", "mobil itu bisa menempuh", "Hendra Wijaya"),
    ("Acara itu menjadi kolaborasi pertama. Sementara, Darmaji Santoso, Ketua Umum Komunitas Sepeda Lembah dan "
     "Kaliurang menilai, kolaborasi tersebut membawa energi positif.", "kolaborasi tersebut membawa", "Darmaji Santoso"),
])
def test_quotes_a_role_after_the_name_and_a_comma_is_the_names(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


def test_quotes_a_role_after_a_clause_ending_in_a_name_is_not_that_name() -> None:
    # the guard: the name closes a clause of its own; the role is the subject
    doc = _analysed("Usai bertemu Presiden Bima Santoso, Menteri Keuangan Lembah mengatakan anggaran masih aman.")
    assert _speaker_at(doc, "anggaran masih aman") != "Bima Santoso"


def test_quotes_menurut_a_role_then_its_holder_with_a_rank() -> None:
    # "Menurut <role (short form)> <unit>, AKP <Name>, ...": the holder is set off after the role
    doc = _analysed("Dua nelayan tewas setelah perahu terguling.\nMenurut Kepala Satuan Polisi Air dan Laut "
                    "(Kasat Polairud) Polres Lembah Hijau, AKP Nandar Wijaya, perahu itu berangkat sekitar pukul "
                    "06.00 WIB.")
    assert _speaker_at(doc, "perahu itu berangkat") == "Nandar Wijaya"


def test_quotes_a_date_opening_the_subject_segment_is_no_subject() -> None:
    # "Dilansir dari <outlet>, Kamis (19/6/2025) <Body> menyatakan": the date was read as the subject
    doc = _analysed("Maskapai itu memangkas jadwal.\nDilansir dari Harian Lembah, Kamis (19/6/2025) Lembah Air "
                    "menyatakan pihaknya akan memangkas penerbangan internasional hingga 15 persen.")
    assert _speaker_at(doc, "pihaknya akan memangkas") == "Lembah Air"


def test_quotes_a_second_name_given_through_a_person_noun_is_the_full_names() -> None:
    # "kata pria yang akrab disapa Zulhas": no full name stands before the cue, the person noun
    # does; the second name is the last person named in full before it
    doc = _analysed("Menteri Pangan Zulkarnain Hasibuan mengatakan keputusan ini berlaku untuk semua jenis "
                    "sapi.\n\"Sekarang kita buka lebar impor sapi,\" kata pria yang akrab disapa Zulhib, Kamis "
                    "(19/6/2025).\nZulhib menjelaskan, impor sapi hidup ini akan memberikan nilai tambah.")
    assert _speaker_at(doc, "impor sapi hidup ini") == "Zulkarnain Hasibuan"


def test_quotes_a_name_that_is_a_month_opening_the_subject_is_still_a_name() -> None:
    # the guard: "Juli Oktarina" opens the segment with a month's word and no date after it
    doc = _analysed("Pendapatan perseroan turun pada kuartal pertama. Direktur Lembah Energi, Juli Oktarina "
                    "menuturkan, penurunan pendapatan terjadi akibat fluktuasi harga batu bara.")
    assert _speaker_at(doc, "penurunan pendapatan terjadi") == "Juli Oktarina"


def test_quotes_a_headline_opening_with_a_speech_verb_before_a_capitalised_pronoun_is_no_cue() -> None:
    # "Catat Tanggalnya" closes a flattened "Baca Juga" headline; "Ia menyatakan" opens the
    # sentence after it: "Ia" is the person in focus, not a name after the verb "catat"
    text = ('Sunardi mengatakan jalan itu rusak sejak lima tahun lalu. "Usulan resmi sudah berulang kali," '
            'sambungnya. Baca Juga: Pasar Malam Kembali Digelar, Jajanan Khas Bisa Dinikmati Pengunjung, '
            'Catat Tanggalnya Ia menyatakan, aksi penanaman pohon pisang merupakan kepedulian warga.')
    assert _quote_at(find_quotes("d", text), text, "aksi penanaman pohon").speaker_name == "Sunardi"

# --------------------------------------------------------------------------- issue 20, spk19: indirect speech not found

@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an apposition naming no person, set off by commas between the name and the verb
    ("Talk show itu diikuti 500 mahasiswa. Ratna Wulandari, Community Program Specialist Bank Lembah, menilai "
     "salah satu tantangan generasi muda bukan sekadar menghasilkan uang.", "salah satu tantangan", "Ratna Wulandari"),
    ("Talk show itu diikuti 500 mahasiswa. Ratna Wulandari, Community Program Specialist Bank Lembah, mengatakan "
     "bahwa generasi muda perlu belajar mengelola uang sejak dini.", "generasi muda perlu", "Ratna Wulandari"),
    # the rest of a sentence after a source that names no one: "kata X," set off after it
    ("Kasat Reskrim Polres Lembah, Kompol Darto Wibisono, membenarkan penangkapan itu. Menurut pengakuan "
     "tersangka, kata Kompol Darto, Budi sudah dua bulan aktif bermain judi daring.", "Budi sudah dua bulan",
     "Darto Wibisono"),
    # "menurutnya" with no comma after it, after an opening clause longer than 40 characters
    ("Kepala Dinas Koperasi Lembah Bayu Santosa meninjau kelurahan. Untuk mempercepat proses pembuatan badan "
     "hukum koperasi, menurutnya dinas bekerja sama dengan enam notaris.", "dinas bekerja sama", "Bayu Santosa"),
    # a "Baca Juga" headline glued to a sentence that opens with "Menurut <Name>,"
    ("Para guru besar menyampaikan keprihatinan. Baca Juga: Kementerian Usul Pembentukan Tim Lintas Kementerian "
     "Susun Rencana Terpadu Menurut Prof Darmono, pelaksanaan yang berjalan selama ini dirasa nyaman.",
     "pelaksanaan yang berjalan", "Darmono"),
])
def test_quotes_indirect_speech_in_frames_that_were_not_read(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


def test_quotes_media_opening_the_reported_words_is_no_audience() -> None:
    # "menjelaskan media sosial memiliki ...": "media" opens the reported clause; "kepada wartawan
    # bahwa" is still skipped as who was told
    doc = _analysed("Peneliti itu, Heri Pratomo, hadir dalam diskusi. Heri menjelaskan media sosial memiliki "
                    "peranan signifikan dalam sistem politik demokrasi.\nHeri mengatakan kepada wartawan bahwa "
                    "hoaks politik paling banyak beredar.")
    starts = [doc.text[q.start:q.end] for q in doc.quotes]
    assert any(s.startswith("media sosial memiliki") for s in starts), starts
    assert any(s.startswith("hoaks politik") for s in starts), starts


def test_quotes_a_clause_ending_in_a_name_set_off_before_the_verb_is_not_that_name() -> None:
    # the guard: the name closes a clause of its own; the words set off after it are the subject
    doc = _analysed("Usai bertemu Presiden Bima Santoso, tim ekonomi Partai Lembah, mengatakan anggaran masih aman.")
    assert all(q.speaker_name != "Bima Santoso" for q in doc.quotes)


# --------------------------------------------------------------------------- issue 20, spk21
# Whole-pipeline cases of classes seen on April 2025 coverage; invented names and places.

@pytest.mark.parametrize("text, words, speaker", [
    # "Kasi" (kepala seksi) heads a role: the holder after the comma and a rank speaks
    ("\"Pelaku sudah kami tangkap di rumahnya,\" kata Kasi Humas Polres Sukamaju, AKP Wayan Sudarsa saat "
     "dihubungi wartawan, Sabtu (22/3).", "Pelaku sudah kami tangkap", "Wayan Sudarsa"),
    # a setting made definite ("pada kesempatan ini") after a titled name is no office made definite
    ("Pembicara tamu, Lestari Handayani, hadir di kampus. Rektor Budi Hartono lalu memberi sambutan. \"Kampus "
     "harus terbuka,\" kata Budi. Profesor Lestari pada kesempatan ini mengungkapkan bahwa komunikasi politik "
     "memiliki beberapa prinsip dasar.", "komunikasi politik memiliki", "Lestari Handayani"),
])
def test_quotes_person_speakers_behind_roles_and_titles(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


def test_quotes_a_cue_after_a_source_brought_in_by_occupation_goes_to_that_source() -> None:
    # "Setali tiga uang, petani lainnya, Musito, ...": the next person the article turns to, set
    # off after an occupation, takes the "-nya" cue, not the farmer quoted before
    text = ("Salah satu petani di Sukamaju, Eko, mengaku senang dengan penyerapan gabah. \"Petani sangat "
            "terbantu karena pembayaran lancar,\" ungkapnya. Setali tiga uang, petani lainnya, Darsono, tidak "
            "ragu berterima kasih kepada pemerintah. \"Hasil penjualan gabah kami pakai untuk mengolah tanah "
            "kembali,\" pungkasnya.")
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, "Hasil penjualan gabah").speaker_name == "Darsono"
    assert _quote_at(doc.quotes, doc.text, "Petani sangat terbantu").speaker_name == "Eko"


def test_quotes_a_subject_pronoun_does_not_go_to_a_subject_the_text_never_lets_speak() -> None:
    # "Ia menegaskan" after a sentence about the victim goes on with the lawyer who has been talking
    text = ("Direktur LBH Sukamaju, Rendra Wibisono, menyatakan keprihatinannya atas peristiwa yang menimpa "
            "Mbah Karto. Mbah Karto kehilangan 1.655 meter persegi tanahnya karena sejumlah pihak memanipulasi "
            "ketidaktahuannya. Ia menegaskan bahwa LBH Sukamaju berharap Mbah Karto mendapatkan keadilan.")
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, "LBH Sukamaju berharap").speaker_name == "Rendra Wibisono"

# --------------------------------------------------------------------------- issue 20: spk20 (bodies by their fullest name)
# Invented sentences of the classes found among body speakers on the tune golds and unseen days.

@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the place the article writes after the body's name elsewhere
    ("Departemen Kehakiman AS membuka penyelidikan baru. Departemen Kehakiman juga menyatakan "
     "bahwa dua perusahaan itu melanggar sanksi.", "dua perusahaan itu", "Departemen Kehakiman AS"),
    # a short form opening the name, spelt out with the same place elsewhere
    ("Kementerian Luar Negeri Jepang mengonfirmasi penangkapan itu. \"Semua penumpang dalam keadaan "
     "baik,\" tulis Kemlu Jepang di platform X.", "Semua penumpang", "Kementerian Luar Negeri Jepang"),
    # capitals standing for a body the article spells out before them in brackets
    ("Menurut data China Association of Automobile Manufacturers (CAAM), penjualan mobil turun. "
     "CAAM memprediksi kondisi pasar tahun depan tidak akan jauh berbeda.", "kondisi pasar",
     "China Association of Automobile Manufacturers"),
    # a syllable short form alone, after the lead spelt the body out without brackets
    ("Kementerian Pariwisata RI mencatat kunjungan naik. Selain itu, Kemenpar juga "
     "mengingatkan pentingnya menjaga kebersihan pantai.", "pentingnya menjaga", "Kementerian Pariwisata RI"),
    # the model's span holding the short form in brackets gives the name without them
    ("Bursa Efek Lembah (BEL) membuka perdagangan pagi ini. BEL juga mencatat 171 saham menguat.",
     "171 saham menguat", "Bursa Efek Lembah"),
    # a role noun the article writes in full before its initials
    ("Sidang dilanjutkan setelah jaksa penuntut umum (JPU) membacakan tuntutan. \"Kami akan "
     "pikir-pikir,\" jawab jaksa.", "Kami akan", "jaksa penuntut umum"),
])
def test_quotes_a_body_written_short_speaks_by_the_fullest_name_its_article_writes(
        text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # two places after the name: which one is meant is not known, the name stays as written
    ("Kementerian Luar Negeri Jepang dan Kementerian Luar Negeri Korea Selatan bertemu. Kementerian "
     "Luar Negeri menyatakan pertemuan berjalan baik.", "pertemuan berjalan", "Kementerian Luar Negeri"),
    # a place that opens a person's name is no place of the body
    ("Menteri Pertahanan Israel Katz memerintahkan militer bersiaga. Kantor Kejaksaan menyatakan "
     "bahwa berkas perkara sudah lengkap. Ia bertemu Kantor Kejaksaan Israel Katz kemarin.",
     "berkas perkara", "Kantor Kejaksaan"),
    # one word that opens a body's name is not its short form: "Pemerintah" stays as written
    ("Pemerintah Kabupaten Bantul menggelar festival. Pemerintah menyatakan bahwa jumlah kunjungan naik.",
     "jumlah kunjungan naik", "Pemerintah"),
])
def test_quotes_a_body_with_no_one_fuller_form_keeps_its_name(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


# --------------------------------------------------------------------------- issue 20: spk22
# A company or body glued before a person's name the article also writes alone (invented names).

@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Menurut Perencana Keuangan dari Mitra Consulting Sasmita kenaikan harga emas belakangan ini wajar. "
     "\"Investor lari ke emas dan harganya naik,\" ujar Sasmita. Namun, Sasmita mengatakan sebaiknya "
     "masyarakat tak buru-buru membeli.", "Investor lari ke emas", "Sasmita"),
    ("Inflasi Oktober tercatat 0,12 persen. \"Harga beras turun di banyak kota,\" ungkap Deputi Bidang "
     "Neraca dan Jasa BPS Wiryanto dalam konferensi pers. Wiryanto menyebut cabai ikut turun.",
     "Harga beras turun", "Wiryanto"),
])
def test_quotes_a_speaker_is_named_without_the_company_glued_before_the_name(text: str, words: str,
                                                                             speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


# --------------------------------------------------------------------------- issue 20: spk23
# A one-word speaker name whose full name the article wrote before in a span not read as a person
# (the model's place or body span; the short form tagged a person; invented names).

def test_quotes_a_first_name_speaker_takes_the_full_name_written_in_another_span() -> None:
    text = ("Wakil Presiden Logistik Niagaraya Anselmus Wibisana menilai kenaikan tarif wajar. "
            "\"Kami akan mencari formula terbaik,\" kata Anselmus kepada wartawan.")
    pos = text.index("Logistik Niagaraya Anselmus Wibisana")
    mentions = [Mention("d", pos, pos + len("Logistik Niagaraya Anselmus Wibisana"),
                        "Logistik Niagaraya Anselmus Wibisana", "LOC")]
    alone = text.rindex("Anselmus")
    mentions.append(Mention("d", alone, alone + len("Anselmus"), "Anselmus", "PERSON"))
    quote = _quote_at(find_quotes("d", text, mentions=mentions), text, "Kami akan mencari")
    assert quote.speaker_name == "Anselmus Wibisana"


def test_quotes_a_first_name_two_full_names_open_keeps_its_name() -> None:
    # two people of the article share the first name: no full name is chosen
    text = ("Logistik Niagaraya Anselmus Wibisana dan Pelatih Anselmus Tarigan hadir. "
            "\"Kami akan mencari formula terbaik,\" kata Anselmus kepada wartawan.")
    mentions = []
    for surface in ("Logistik Niagaraya Anselmus Wibisana", "Pelatih Anselmus Tarigan"):
        pos = text.index(surface)
        mentions.append(Mention("d", pos, pos + len(surface), surface, "ORG"))
    alone = text.rindex("Anselmus")
    mentions.append(Mention("d", alone, alone + len("Anselmus"), "Anselmus", "PERSON"))
    quote = _quote_at(find_quotes("d", text, mentions=mentions), text, "Kami akan mencari")
    assert quote.speaker_name == "Anselmus"


@pytest.mark.parametrize("body", ["Yayasan Anselmus Wibisana", "Universitas Anselmus Wibisana"])
def test_quotes_a_first_name_speaker_takes_no_name_from_a_body_named_after_someone(body: str) -> None:
    # a foundation or a university named after a person is no full name of the speaker "Anselmus"
    text = f"Gedung {body} dipakai warga. \"Kami kewalahan,\" ujar Anselmus kepada wartawan."
    pos = text.index(body)
    alone = text.rindex("Anselmus")
    mentions = [Mention("d", pos, pos + len(body), body, "ORG"),
                Mention("d", alone, alone + len("Anselmus"), "Anselmus", "PERSON")]
    quote = _quote_at(find_quotes("d", text, mentions=mentions), text, "Kami kewalahan")
    assert quote.speaker_name == "Anselmus"

def test_pointer_headlines_skipped_for_a_lower_case_text_are_those_a_full_scan_finds():
    """``pointer_headlines`` returns nothing at once for a text with no capital letter; on
    fuzzed texts (markers in lower case, in capitals, one capital in a lower-cased copy) the
    answer must be the full scan's (fails when the gate skips a text that has a capital)."""
    import random

    from ceksilang.extract.quotes import pointer_headlines

    rng = random.Random(23)
    words = ["baca juga:", "Baca juga:", "BACA JUGA:", "simak juga", "lihat pula", "harga", "naik", "di", "dan",
             "Presiden", "Prabowo", "mengatakan", "\n", "cek", "baca:", "Kota", "ſimak", "İni"]
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.5:
            text = text.lower()
        # the full scan: a capital and a space in front (no marker; a marker after a space
        # counts as at the start), the spans moved back by their length
        expected = [(a - 2, b - 2) for a, b in pointer_headlines("Q " + text)]
        assert pointer_headlines(text) == expected, text
        found += bool(expected)
    assert found > 100  # pointers were there to be found


def test_quotes_a_first_name_takes_no_full_name_from_a_span_that_runs_on_past_it() -> None:
    # the run-in line's span goes on past "Marlin Supu Payu" ("Tinjau Pasar"): the name's end is not known
    from ceksilang.extract.quotes import _Name, _Resolver
    from ceksilang.model import Mention
    text = 'Baca Juga: AKP Marlin Supu Payu Tinjau Pasar. "Kami siap," ujar AKP Marlin.'
    word_at = text.rindex("Marlin")
    for span, expected in [("AKP Marlin Supu Payu", "Marlin Supu Payu"), ("AKP Marlin Supu Payu Tinjau Pasar", None)]:
        start = text.index(span)
        resolver = _Resolver("d", text, [(0, len(text))],
                             [Mention(doc="d", start=start, end=start + len(span), text=span, label="ORG", origin="model")])
        assert resolver.first_name_in_other_span(_Name(word_at, word_at + 6, "Marlin", True)) == expected


# --------------------------------------------------------------------------- issue 20: spk26 (office titles around names)
@pytest.mark.parametrize("text, words, speaker", [
    # an acting-office prefix with its full stop, then a role holding a comma list of fields
    ("Longsor menutup jalan di Kecamatan Sukamaju. \"Alat berat sudah dikirim sejak pagi,\" kata Plt. Kepala "
     "Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Rendra Wibisono, dalam keterangan tertulis, Jumat.",
     "Alat berat sudah dikirim", "Rendra Wibisono"),
    # "Kasie", a spelling of "Kasi" (kepala seksi), then the name after a comma
    ("Longsor menutup jalan di Kecamatan Sukamaju. \"Kami masih mendata rumah rusak,\" ujar Kasie Kedaruratan "
     "dan Logistik BPBD Kabupaten Sukamaju, Hendra Wiratmaja pada Kamis (4/12).",
     "Kami masih mendata rumah", "Hendra Wiratmaja"),
    # an office ("Humas") standing before its holder, whom the model may call a place
    ("Tim SAR mencari pemancing yang hanyut di Sungai Cikaret. \"Pencarian dilanjutkan besok pagi,\" kata Humas "
     "dan Protokoler Basarnas Sukamaju, Wirawan, Senin (3/10).", "Pencarian dilanjutkan besok", "Wirawan"),
    # an acting prefix before a regional role, the region, then a one-word name
    ("Banjir melanda Sidoarjo sejak Selasa. \"Kami siapkan dapur umum,\" kata Plt Bupati Sidoarjo Subandi "
     "di Sidoarjo, Rabu.", "Kami siapkan dapur umum", "Subandi"),
    # a name, then its role without a comma, in one span: the later first name is that person
    # a unit's office ("Kanit"), its unit and body, a rank, then the name, with no comma
    ("Polisi menangkap dua pelaku pencurian kabel. \"Pelaku sudah beraksi selama dua bulan,\" kata Kanit Resmob "
     "Polres Sukamaju Ipda Fauzan Bernadhyl Yaumi, Rabu (14/5).", "Pelaku sudah beraksi", "Fauzan Bernadhyl Yaumi"),
    ("Berdasarkan keterangan dari Wisnu Pratikno Manager Pusdalops Badan Penanggulangan Bencana Daerah "
     "(BPBD) Kabupaten Sukamaju, air naik sejak sore. \"Air naik cepat sekali,\" kata Wisnu.",
     "Air naik cepat sekali", "Wisnu Pratikno"),
])
def test_quotes_an_office_title_around_a_name_leaves_the_name_as_speaker(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker

# --------------------------------------------------------------- descriptions for the last person who spoke (spk25)


def _persons_and_bodies(text: str, persons: tuple[str, ...], bodies: tuple[str, ...]) -> list[Mention]:
    found = []
    for surface, label in [*((p, "PERSON") for p in persons), *((b, "ORG") for b in bodies)]:
        for m in re.finditer(re.escape(surface), text):
            found.append(Mention("d", m.start(), m.end(), surface, label))
    return sorted(found, key=lambda m: m.start)


def test_quotes_an_occupation_with_its_workplace_made_definite_is_the_person_who_spoke_last() -> None:
    # a body spoke in between: the description is still a person, the economist quoted before
    text = ("Ekonom Universitas Sukamaju Rahmat Wijaya menyatakan pemerintah harus berhati-hati. "
            "Pada Juli lalu Bank Sentral sempat mengungkap ada kecenderungan bank menahan kredit. "
            "Pengajar di Fakultas Ekonomi Universitas Sukamaju itu menyatakan risiko lainnya adalah tata kelola.")
    mentions = _persons_and_bodies(text, ("Rahmat Wijaya",), ("Universitas Sukamaju", "Bank Sentral",
                                                             "Fakultas Ekonomi Universitas Sukamaju"))
    quote = _quote_at(find_quotes("d", text, mentions=mentions), text, "risiko lainnya adalah tata kelola")
    assert quote.speaker_name == "Rahmat Wijaya"


def test_quotes_a_former_office_made_definite_after_a_quote_is_the_person_in_focus() -> None:
    text = ("Menteri Keuangan Darmaja Wiradi menjelaskan rencananya. \"Bank tidak akan mendiamkan uang itu, "
            "ada biayanya,\" kata bekas Ketua Dewan Komisioner LPS itu.")
    mentions = _persons_and_bodies(text, ("Darmaja Wiradi",), ("LPS",))
    quote = _quote_at(find_quotes("d", text, mentions=mentions), text, "Bank tidak akan mendiamkan")
    assert quote.speaker_name == "Darmaja Wiradi"


def test_quotes_a_spokesperson_made_definite_keeps_the_body_in_focus() -> None:
    # an office ("Juru bicara tersebut") may stand for its body: not the last person who spoke
    text = ("Donald Hartono menyatakan perang harus berhenti. \"Situasi ini gawat,\" kata juru bicara "
            "kementerian luar negeri Korut. Juru bicara tersebut mengatakan tindakan itu mendorong bencana.")
    mentions = _persons_and_bodies(text, ("Donald Hartono",), ())
    quote = _quote_at(find_quotes("d", text, mentions=mentions), text, "tindakan itu mendorong bencana")
    assert quote.speaker_name != "Donald Hartono"


# --------------------------------------------------------------------------- issue 20: spk27 (one official speaking through another)
@pytest.mark.parametrize("text, words, speaker, speaks_for", [
    # a principal, "melalui", a deputy's role and name set off by commas; the next paragraph's "katanya"
    ("Sebuah bus terguling di jalan menurun di Kota Wonosari, Minggu malam. Kapolres Wonosari, AKBP Bagus Santoso "
     "Wirawan melalui Wakapolres Wonosari, Kompol Rudi Hartanto kepada jurnalis pada Senin (3/3) mengatakan, sopir "
     "bus diduga kehilangan kendali.\n\n\"Remnya blong saat turunan,\" katanya.",
     "Remnya blong", "Rudi Hartanto", "Bagus Santoso Wirawan"),
    # ... and the reported words of that long sentence, whose subject after "melalui" is short
    ("Sebuah bus terguling di jalan menurun di Kota Wonosari, Minggu malam. Kapolres Wonosari, AKBP Bagus Santoso "
     "Wirawan melalui Wakapolres Wonosari, Kompol Rudi Hartanto kepada jurnalis pada Senin (3/3) mengatakan, sopir "
     "bus diduga kehilangan kendali.", "sopir bus diduga", "Rudi Hartanto", "Bagus Santoso Wirawan"),
    # no comma anywhere: rank, name, "melalui", an office, a rank and the name, then the verb
    ("Kapolda Sumbawa Irjen Budi Santosa melalui Kabid Humas Kombes Arif Rahman mengatakan penyelidikan masih "
     "berjalan.", "penyelidikan masih", "Arif Rahman", "Budi Santosa"),
    # after the verb that follows a quote
    ("Dua pencuri ditangkap. \"Pelaku sudah kami tahan,\" kata Kapolres Sukamaju AKBP Bagus Wirawan melalui Kasi "
     "Humas Iptu Rudi Hartanto, Senin.", "Pelaku sudah kami tahan", "Rudi Hartanto", "Bagus Wirawan"),
    # degrees after the principal's name; the holder's own degrees and a second officer after "bersama"
    ("Dua pencuri motor ditangkap warga. \"Pelaku masuk lewat jendela,\" sebut Kapolres Sukamaju, AKBP Bagus "
     "Wirawan SIK MH melalui Kasat Reskrim Iptu Rudi Hartanto SH bersama Kasi Humas Ipda Made Surya SH, Minggu.",
     "Pelaku masuk lewat", "Rudi Hartanto", "Bagus Wirawan"),
    # the subject already read right (the holder set off by commas): only whom they speak for is added
    ("Bupati Sukamaju Ratna Dewi melalui Kepala Dinas Kesehatan Sukamaju, Yusuf Permana, mengatakan bahwa 40 warga "
     "dirawat.", "40 warga dirawat", "Yusuf Permana", "Ratna Dewi"),
])
def test_quotes_the_holder_named_after_melalui_speaks_for_the_name_before(
        text: str, words: str, speaker: str, speaks_for: str) -> None:
    quote = _quote_at(_analysed(text).quotes, text, words)
    assert (quote.speaker_name, quote.speaks_for) == (speaker, speaks_for)


@pytest.mark.parametrize("text, words, speaker", [
    ("Dua pencuri ditangkap. \"Pelaku sudah kami tahan,\" kata Kapolres Sukamaju AKBP Bagus Wirawan melalui pesan "
     "singkat, Senin.", "Pelaku sudah kami tahan", "Bagus Wirawan"),
    ("Gubernur Lembah Hijau Agus Salim menanggapi banjir itu. \"Kami akan membangun tanggul baru,\" kata Agus "
     "melalui keterangan tertulis, Rabu (5/3).", "Kami akan membangun", "Agus Salim"),
])
def test_quotes_a_channel_after_melalui_leaves_the_speaker(text: str, words: str, speaker: str) -> None:
    quote = _quote_at(_analysed(text).quotes, text, words)
    assert (quote.speaker_name, quote.speaks_for) == (speaker, None)


@pytest.mark.parametrize("text, words, speaker", [
    # a company director's comma list of portfolio words
    ("Kereta baru itu dikirim bulan depan. \"Kami siap mengirim dua rangkaian,\" kata Direktur Niaga, Teknologi dan "
     "Pengembangan PT Kereta Nusantara, Gita Maharani Putri, di Madiun, Kamis.", "Kami siap mengirim", "Gita Maharani Putri"),
    # an acting title, an office, an administrative word and a region, then the name with no comma
    ("Penertiban pedagang dilakukan pagi ini. \"Kami sudah memberi peringatan tiga kali,\" kata Plh Kasatpol PP "
     "Kabupaten Cianjur Rahmat Anggana kepada wartawan, Jumat.", "Kami sudah memberi", "Rahmat Anggana"),
])
def test_quotes_a_whole_office_title_before_the_name_is_not_the_speaker(text: str, words: str, speaker: str) -> None:
    assert _quote_at(_analysed(text).quotes, text, words).speaker_name == speaker


def test_quotes_a_role_span_ending_in_a_rank_and_a_name_after_melalui_gives_the_holder() -> None:
    # the model reads the whole "Kasat Reskrim Iptu ... SH" as one body: the words after the rank are the holder
    from ceksilang.extract.quotes import _Resolver
    text = "Kapolres Sukamaju, AKBP Bagus Wirawan SIK MH melalui Kasat Reskrim Iptu Rudi Hartanto SH bersama warga."
    mentions = [Mention(doc="d", start=text.index("Bagus"), end=text.index(" SIK"), text="Bagus Wirawan", label="PERSON",
                        origin="model"),
                Mention(doc="d", start=text.index("Kasat"), end=text.index(" bersama"),
                        text="Kasat Reskrim Iptu Rudi Hartanto SH", label="ORG", origin="model")]
    found = _Resolver("d", text, [(0, len(text))], mentions).find_intermediaries()
    assert [(p.text, h.text) for p, h in found.values()] == [("Bagus Wirawan", "Rudi Hartanto")]


# a given name that is also a common word ("teguh": firm) between a title and the surname: the model
# tags only the surname; the name is whole, and the first name alone later is the same person
# (mock-up sentences, invented names)
@pytest.mark.parametrize("text, words, speaker", [
    ("Majelis hakim menjatuhkan vonis delapan tahun penjara kepada terdakwa Rahmat Saputra, Rabu (3/4/2024). "
     "\"Menyatakan terdakwa terbukti secara sah dan meyakinkan bersalah,\" kata Hakim Ketua Teguh Harianto saat "
     "membacakan putusan.", "Menyatakan terdakwa", "Teguh Harianto"),
    ("Majelis hakim menjatuhkan vonis delapan tahun penjara kepada terdakwa Rahmat Saputra, Rabu (3/4/2024). "
     "\"Menyatakan terdakwa terbukti secara sah dan meyakinkan bersalah,\" kata Hakim Ketua Teguh Harianto saat "
     "membacakan putusan. Usai sidang, kuasa hukum terdakwa, Andreas Simanjuntak, mengatakan pihaknya masih "
     "pikir-pikir. \"Terdakwa tidak menunjukkan penyesalan,\" kata Hakim Teguh.", "Terdakwa tidak menunjukkan",
     "Teguh Harianto"),
])
def test_quotes_a_given_name_that_is_a_common_word_stays_between_a_title_and_the_surname(
        text: str, words: str, speaker: str) -> None:
    assert _quote_at(_analysed(text).quotes, text, words).speaker_name == speaker


def test_quotes_a_ministry_field_after_the_title_is_no_first_name() -> None:
    # "Perindustrian" is written capitalised as a name is, but it is the minister's field
    text = "\"Harga bahan baku naik,\" kata Menteri Perindustrian Agus Gumiwang Kartasasmita di Jakarta, Senin."
    assert _quote_at(_analysed(text).quotes, text, "Harga bahan").speaker_name == "Agus Gumiwang Kartasasmita"


def test_quotes_the_word_after_a_regional_title_stays_the_region() -> None:
    # "Bupati Sentosa": a regent's title names his region; "Sentosa" is written capitalised, yet no first name
    text = ("Banjir merendam empat desa. \"Kami sudah mendirikan dapur umum,\" kata Bupati Sentosa Agus Salim kepada "
            "wartawan. Warga Sentosa mengungsi ke balai desa.")
    assert _quote_at(_analysed(text).quotes, text, "Kami sudah").speaker_name == "Agus Salim"


# a reported clause with the cue and the speaker inside it, after the clause's subject (mock-up sentences)
@pytest.mark.parametrize("text, words, speaker", [
    ("Menko Polhukam Rahmat Hidayat menggelar jumpa pers di kantornya, Selasa (9/8/2022) malam. Sehingga pada malam "
     "ini Kapolri kata Rahmat, berhasil mengungkap pelaku utama kasus itu.", "berhasil mengungkap", "Rahmat Hidayat"),
    ("Menko Polhukam Rahmat Hidayat menggelar jumpa pers di kantornya, Selasa (9/8/2022) malam. Di sisi lain, Presiden "
     "Budi Santoso kata Rahmat sempat marah terkait kasus yang berlarut-larut.", "sempat marah", "Rahmat Hidayat"),
])
def test_quotes_a_cue_inside_the_clause_after_its_subject_gives_the_speaker(text: str, words: str, speaker: str) -> None:
    quote = _quote_at(_analysed(text).quotes, text, words)
    assert (quote.kind, quote.speaker_name) == ("indirect", speaker)


def test_quotes_a_cue_word_inside_a_sentence_with_no_name_after_it_is_no_speech() -> None:
    # "kata demi kata" after the subject: no person follows the word, nobody is quoted
    text = "Di ruang sidang, Hakim Budi Santoso kata demi kata membacakan putusan setebal 300 halaman itu."
    assert _analysed(text).quotes == []


@pytest.mark.parametrize("text, words, speaker", [
    # a long title with "yang juga" before the holder's name, after an opening set off by a comma
    ("Mengenai hal ini, Menteri Koordinator Bidang Politik Hukum dan Keamanan (Menko Polhukam) yang juga Ketua "
     "Kompolnas Rahmat Hidayat mengatakan pemerintah mengapresiasi kerja tim khusus kepolisian.",
     "pemerintah mengapresiasi", "Rahmat Hidayat"),
    # a lead's dateline naming the outlet before a long title
    ("Jakarta, SUARANUSA.co.id – Menteri Koordinator Bidang Politik Hukum dan Keamanan (Menko Polhukam) Rahmat "
     "Hidayat mengatakan, motif pelaku hanya bisa didengar oleh orang dewasa. Menurutnya, motif tersebut sensitif.",
     "motif pelaku", "Rahmat Hidayat"),
    # a comma right after "Dikatakannya" sets off no agent: the person in focus speaks
    ("Menko Polhukam Rahmat Hidayat mengungkap hal mengejutkan soal mantan Kadiv Propam Irjen Budi Santoso. "
     "Dikatakannya, Budi memiliki kelompok yang diibaratkan kerajaan di internal Mabes Polri.",
     "memiliki kelompok", "Rahmat Hidayat"),
    # a post on a social network
    ("Kuasa hukum korban ikut buka suara. Melalui akun Twitternya, Sinta Maharani mencuit bahwa putusan pengadilan "
     "itu jauh dari kelaziman.", "jauh dari kelaziman", "Sinta Maharani"),
])
def test_quotes_reported_words_after_a_long_subject_a_dateline_or_a_passive_cue(text: str, words: str, speaker: str) -> None:
    assert _quote_at(_analysed(text).quotes, text, words).speaker_name == speaker


# Mock-up sentences (invented names and offices), after the shapes of the stored pages of issue 20's spk29 check.
_VOICE_BEFORE = ("Ketua Asosiasi Gula Nasional, Dedi Kurniawan, mengakui pasokan memang cukup. "
                 "\"Kami tidak melihat kelangkaan,\" ujarnya.\n")


@pytest.mark.parametrize("text, words, speaker", [
    # a criticism that "muncul dari" a person brought in with an office, then a chain of "Ia ..."
    (_VOICE_BEFORE + "Namun, kritik muncul dari Anggota Komisi VI DPR, Sarwono Wibisono. Ia kecewa karena "
     "pemerintah tidak membuka data impor. Ia menilai, kebijakan ini berbeda dari tahun sebelumnya.",
     "kebijakan ini berbeda", "Sarwono Wibisono"),
    # "Hal senada juga disampaikan <occupation> <name>." then a direct quote with "katanya"
    (_VOICE_BEFORE + "Hal senada juga disampaikan pelatih Indonesia Rahmat Hidayat.\n"
     "\"Secara permainan kami tidak kalah jauh,\" katanya.", "Secara permainan", "Rahmat Hidayat"),
    # "Pujian juga datang dari <title> <name>." then "Ia mengatakan ..."
    (_VOICE_BEFORE + "Pujian juga datang dari Gubernur Jawa Tengah Bambang Sutrisno. Ia mengatakan pasokan gula di "
     "daerahnya aman hingga akhir tahun.", "pasokan gula di", "Bambang Sutrisno"),
])
def test_quotes_a_person_brought_in_as_a_voice_takes_the_pronoun_cues_after(text: str, words: str,
                                                                            speaker: str) -> None:
    quote = _quote_at(_analysed(text).quotes, text, words)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize("middle", [
    # the passive verb is followed by "kepada": the one told, not a voice
    "Usulan itu disampaikan kepada Menteri Pertanian Wahyu Saputra pekan lalu.",
    # the passive verb inside a "yang" clause about a statement: not the sentence's predicate
    "Pernyataan yang disampaikan Menteri Pertanian Wahyu Saputra pekan lalu belum berubah.",
])
def test_quotes_a_person_told_or_named_in_a_clause_does_not_take_the_cue(middle: str) -> None:
    text = ("Ketua Asosiasi Petani Tebu, Rudi Hartanto, meminta harga gula dinaikkan. \"Petani sudah lama merugi,\" "
            "ujar Rudi di Jakarta, Senin.\n" + middle + "\n\"Kami masih menunggu jawaban,\" katanya.")
    quote = _quote_at(_analysed(text).quotes, text, "Kami masih menunggu")
    assert quote.speaker_name == "Rudi Hartanto"


def test_quotes_a_pronoun_sentence_after_a_newly_introduced_subject_keeps_them_in_focus() -> None:
    # mock-up: a new person opens a sentence with their office, a sentence of "Ia ..." follows, then "ujarnya"
    text = ("Koordinator aksi, Budi Santoso, menyebut seleksi itu sarat kepentingan. \"Kami mempertanyakan proses "
            "seleksi,\" lanjutnya.\nKetua Yayasan Amal Kota Banjar, Wahyu Saputra dalam pertemuan tersebut "
            "mengapresiasi aspirasi massa. Ia tampak tenang menerima massa. \"Kami tidak tahu bagaimana prosesnya,\" "
            "ujarnya.")
    assert _quote_at(_analysed(text).quotes, text, "Kami tidak tahu").speaker_name == "Wahyu Saputra"
    assert _quote_at(_analysed(text).quotes, text, "Kami mempertanyakan").speaker_name == "Budi Santoso"


# --------------------------------------------------------------------------- a judge as the subject
# Mock-up sentences (written for this test, issue 20, branch spk30): a court report names the
# presiding judge once and then writes "Hakim menyatakan ..." / "Majelis hakim ... menyatakan ...".

_VERDICT = ('Budi Hartanto divonis 12 tahun penjara. "Terdakwa terbukti bersalah," ujar ketua majelis '
            'hakim Wahyu Pratama Sitorus di Pengadilan Tipikor. ')


@pytest.mark.parametrize("sentence", [
    "Hakim menyatakan Budi bersalah menerima suap dari kontraktor jalan tol.",
    "Majelis hakim juga menyatakan Budi bersalah menerima suap dari kontraktor jalan tol.",
])
def test_quotes_judge_noun_as_subject_is_the_judge_the_article_names(sentence):
    text = _VERDICT + sentence
    q = _quote_at(find_quotes("d", text), text, "Budi bersalah menerima")
    assert q.kind == "indirect"
    assert q.speaker_name == "Wahyu Pratama Sitorus"


def test_quotes_judge_noun_as_subject_is_the_judge_named_later():
    # the article names the judge only after the sentence
    text = ("Budi Hartanto divonis 12 tahun penjara. Hakim menyatakan Budi bersalah menerima suap dari "
            "kontraktor jalan tol. Hal itu disampaikan ketua majelis hakim Wahyu Pratama Sitorus dalam sidang.")
    q = _quote_at(find_quotes("d", text), text, "Budi bersalah menerima")
    assert q.speaker_name == "Wahyu Pratama Sitorus"


def test_quotes_judge_noun_as_subject_without_a_named_judge_names_nobody():
    text = "Budi Hartanto divonis 12 tahun penjara. Hakim menyatakan Budi bersalah menerima suap."
    assert all(q.speaker_name is None or "Hakim" not in q.speaker_name for q in find_quotes("d", text))


def test_quotes_judge_noun_as_subject_goes_on_with_the_judge_just_quoted():
    # a member judge quoted right before reads this part of the verdict
    text = (_VERDICT + '"Aset itu tidak pernah dilaporkan," kata hakim anggota Rina Maharani Lubis. '
            "Hakim berpendapat aset Budi itu merupakan hasil pengaturan proyek.")
    q = _quote_at(find_quotes("d", text), text, "aset Budi itu")
    assert q.speaker_name == "Rina Maharani Lubis"


# --------------------------------------------------------------------------- English attribution (stop 37)
# "he said" / "she said" after a quote goes on with the person in focus, as "ujarnya" does; "," the
# agency said" names the body after its article; a quote of several sentences looks for the one person
# named before its first sentence. Names and places invented.

@pytest.mark.parametrize("text, words, speaker", [
    ("Harbour chief Rina Sasmita toured the flooded port on Monday.\n\n"
     "\u201cThe water rose in minutes,\u201d she said.", "The water rose", "Rina Sasmita"),
    # a person brought in with a role as the subject right before the quote takes it from the talker
    ("Governor Tomas Reyan said the dam would hold. Spokeswoman Ana Pereira of the water board disagreed.\n\n"
     "\u201cThe spillway is cracked,\u201d she said.", "The spillway", "Ana Pereira"),
    ("The only survivor was a 41-year-old teacher, Marco Delfin.\n\n"
     "\u201cThere was a loud noise. I got up and ran. There was smoke everywhere,\u201d he told reporters.",
     "There was a loud noise", "Marco Delfin"),
    ("Flights resumed on Tuesday. \"The runway was inspected twice,\" the DGCA said.",
     "The runway was inspected", "DGCA"),
])
def test_quotes_english_pronoun_and_body_cues(text, words, speaker):
    doc = _analysed(text)
    (q,) = [q for q in doc.quotes if q.kind == "direct" and q.text.startswith(words)]
    assert q.speaker_name == speaker


def test_quotes_english_he_said_with_no_one_named_before_is_no_guess():
    doc = _analysed("Heavy rain fell all night.\n\n\u201cNobody warned us,\u201d he said.")
    (q,) = [q for q in doc.quotes if q.kind == "direct"]
    assert q.speaker_name is None

# --------------------------------------------------------------------------- issue 20, spk31
# Indirect quotes that were not found (unseen check of spk31, 30 coverage.csv articles): a body
# with its short form in brackets as the subject, a negated clause after "memastikan", a request
# with no marker, a message ("berpesan"), a comma-opened clause holding "bahwa", "Menurut
# pengakuan X". Invented names and places.

@pytest.mark.parametrize("text, words, speaker", [
    ("Rencana itu menuai kritik. Gabungan Produsen Kopi Putih Indonesia (GAPKOPI) menilai kebijakan tersebut "
     "tidak memiliki dasar hukum yang kuat.", "kebijakan tersebut tidak memiliki", "Gabungan Produsen Kopi Putih Indonesia"),
    ("Pendaftaran murid baru sudah ditutup. Kepala Dinas Pendidikan Kota Sukamaju, Budi Santoso memastikan "
     "tidak akan ada kursi tambahan dalam penerimaan murid baru.", "tidak akan ada kursi tambahan", "Budi Santoso"),
    ("Budi Santoso menjadi kepala dinas sejak 2023. Oleh karena itu, dia meminta masyarakat tidak mudah "
     "percaya pada oknum yang menjanjikan kursi.", "tidak mudah percaya pada oknum", "Budi Santoso"),
    ("Rudi Hartono hadir dalam rapat warga. Dia pun berpesan kepada warga agar tidak mudah termakan berita "
     "bohong di media sosial.", "tidak mudah termakan berita", "Rudi Hartono"),
    ("Warga melapor ke polisi. Menurut pengakuan Siti Aminah, dirinya tergiur karena dijanjikan sejumlah "
     "uang oleh seorang perempuan.", "dirinya tergiur karena", "Siti Aminah"),
])
def test_quotes_indirect_speech_of_frames_spk31_read(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


def test_quotes_a_comma_after_the_verb_opens_the_words_before_a_later_bahwa() -> None:
    # "berpendapat, alasan bahwa ...": the "bahwa" is inside the reported words, not their start
    doc = _analysed("Pengamat energi Rudi Hartono berpendapat, alasan bahwa perusahaan sudah melakukan reklamasi "
                    "tidak cukup mencegah kerusakan lingkungan.")
    q = _quote_at(doc.quotes, doc.text, "tidak cukup mencegah")
    assert doc.text[q.start:q.end].startswith("alasan bahwa perusahaan"), doc.text[q.start:q.end]


@pytest.mark.parametrize("text", [
    # an aim: checking that nothing was left, not words reported
    "Petugas Budi Santoso memeriksa kabin pesawat untuk memastikan tidak ada barang yang tertinggal.",
    # a role with its office's short form before the verb: the holder, not the office, would speak
    "Menteri Perdagangan dan Perindustrian (Mendag) menyatakan harga beras akan turun pekan depan.",
])
def test_quotes_spk31_frames_leave_aims_and_offices_alone(text: str) -> None:
    doc = _analysed(text)
    assert all(q.speaker_name not in ("Budi Santoso", "Menteri Perdagangan dan Perindustrian") for q in doc.quotes), \
        [(q.text, q.speaker_name) for q in doc.quotes]


@pytest.mark.parametrize("text, words, speaker", [
    ("Kapolsek Sukamaju, Iptu Budi Santoso, membenarkan bahwa unggahan tersebut merupakan postingan korban.",
     "unggahan tersebut merupakan", "Budi Santoso"),
    ("Rudi Hartono hadir di seminar itu. Ia mencontohkan, tidak ada perusahaan besar yang memiliki sepuluh ajudan.",
     "tidak ada perusahaan besar", "Rudi Hartono"),
    ("Siti Aminah lulus dari kampus itu tahun lalu. Siti bercerita bahwa keinginannya masuk kampus itu sudah ada "
     "sejak kecil.", "keinginannya masuk kampus", "Siti Aminah"),
])
def test_quotes_verbs_of_telling_before_bahwa_or_a_comma_report_words(text: str, words: str, speaker: str) -> None:
    # "membenarkan bahwa", "mencontohkan,", "bercerita bahwa": speech verbs when "bahwa" or a comma follows
    assert _speaker_at(_analysed(text), words) == speaker


def test_quotes_a_verb_of_telling_with_a_plain_object_reports_nothing() -> None:
    # "membenarkan kejadian tersebut": an act confirmed, no words reported
    doc = _analysed("Kapolsek Sukamaju, Iptu Budi Santoso, membenarkan kejadian tersebut.")
    assert not [q for q in doc.quotes if q.kind == "indirect"], [(q.text, q.speaker_name) for q in doc.quotes]

# --------------------------------------------------------------- spk32: a rank of two words, a first name the model left out
@pytest.mark.parametrize("text, words, speaker", [
    # a two-word rank ("Kombes Pol") between the role's comma and the holder: the region the model
    # tagged a person ("Sukamaju") is not the speaker
    ("Polisi menangkap dua pelaku pencurian kabel. \"Kami masih mendalami kasus ini,\" kata Kapolres "
     "Sukamaju, Kombes Pol Edy Wirasetyo, Senin (9/6/2025).", "Kami masih mendalami kasus", "Edy Wirasetyo"),
    ("Polisi menangkap dua pelaku pencurian kabel. \"Kami masih mendalami kasus ini,\" kata Kapolres "
     "Sukamaju, Brigjen Pol Hadi Wirasetyo, Senin (9/6/2025).", "Kami masih mendalami kasus", "Hadi Wirasetyo"),
    # one-word ranks as before
    ("Polisi menangkap dua pelaku pencurian kabel. \"Kami masih mendalami kasus ini,\" kata Kapolres "
     "Sukamaju, AKBP Novita Eka Sari, Senin (9/6/2025).", "Kami masih mendalami kasus", "Novita Eka Sari"),
])
def test_quotes_a_rank_of_two_words_after_the_roles_comma_leads_to_the_holder(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


def test_quotes_english_group_after_a_capitalised_modifier_is_no_named_speaker():
    doc = _analysed("Health officials have confirmed 120 cholera cases in the north of Marenta, the ministry said "
                    "on Wednesday.")
    assert all(q.speaker_name != "Health" for q in doc.quotes)


# --------------------------------------------------------------------------- English speakers (spk33)
# Found on unseen English pages (press freedom, protests, elections, layoffs, house fires); names,
# places and outlets invented. Each case failed before: a verb of telling gave its audience as the
# speaker, a possessive or a family name gave the named person, "she said" went to a man.

@pytest.mark.parametrize("text, words, speaker", [
    # the name after "told" is who was told; the speaker is the verb's subject
    ("The board closed the plant on Friday. A spokesperson for Velora Foods told Harbor Times: "
     "\u201cWe remain focused on our workers and have nothing to announce.\u201d",
     "We remain focused", "Velora Foods"),
    ("Flooding hit the town on Monday. A resident, Omar Saleh, 41, told Reuters the water came fast.\n\n"
     "\u201cWe lost everything in one night,\u201d he said.", "We lost everything", "Omar Saleh"),
    # a print replica writes each double mark as two single ones
    ("Jane Colby, a firefighter, arrived first on Thursday.\n\n"
     "\u2018\u2018The roof was already gone when we got there,\u2019\u2019 she said.",
     "The roof was already gone", "Jane Colby"),
    # "according to X" before a quote in its sentence names the speaker
    ("According to Pedro Alves, a police spokesperson, the march stopped when \u201ca group of vandals "
     "began throwing stones at officers.\u201d", "a group of vandals", "Pedro Alves"),
    # "the minister" / "the father": the person introduced with that role
    ("Minister Anna Berg visited the site on Monday. Police chief Tom Hale arrived later and spoke to "
     "residents. \u201cIt is worse than we feared,\u201d the minister said.", "It is worse", "Anna Berg"),
    ("Tom Hale, the father of the boy, spoke to reporters. Police chief Ana Ruiz arrived. "
     "\u201cHe was a good boy,\u201d the father said.", "He was a good boy", "Tom Hale"),
    # "she said" after a man's words: the last person named who may be a woman
    ("Tom Hale said the road was closed. \u201cWe are ready for the storm,\u201d he said. Ana Silva "
     "watched from her porch. \u201cI saw the water rise all night,\u201d she said.",
     "I saw the water", "Ana Silva"),
    ("Mrs Kent lost her home on Monday. Her neighbour Bill Short, 60, helped carry the furniture out. "
     "\u201cI have nothing left now,\u201d she said.", "I have nothing left", "Mrs Kent"),
    # a gendered noun after a possessive is someone else's: no evidence against "he"
    ("Tom Reed, whose wife died in the fire, spoke on Monday. \u201cWe lost everything,\u201d he said.",
     "We lost everything", "Tom Reed"),
    # "the <name> <noun> tweeted": the body the noun makes of the name
    ("Talks broke down on Monday. \u201cAnyone may leave the square by any route,\u201d the Lisbon "
     "prefecture tweeted.", "Anyone may leave", "Lisbon prefecture"),
    # a participle's subject is the sentence's
    ("Lina Ortiz heads the firm. She sent out an internal memo Wednesday saying the company has "
     "\u201chard decisions to make\u201d this year.", "hard decisions to make", "Lina Ortiz"),
])
def test_quotes_english_speakers_spk33(text, words, speaker):
    doc = _analysed(text)
    (q,) = [q for q in doc.quotes if q.text.startswith(words)]
    assert q.speaker_name == speaker


@pytest.mark.parametrize("text, words", [
    # "X's wife": someone the text does not name, not X
    ("Tom Reed\u2019s wife had just got out of the shower when she heard a bang.\n\n"
     "\u201cI thought someone was banging on the door,\u201d she said.", "I thought someone"),
    # "The Lees": a family by its plural surname, not the one Lee named before
    ("Ann Lee lives nearby. The Lees, who used to look after their neighbour, said he was in his 70s. "
     "\u201cWe knew he was in there.\u201d", "We knew he was"),
    # "a police source told AFP", "a 24-year-old woman wondered": no one named, and "she said" after
    # it is hers, not the body or person quoted before
    ("\u201cAnyone may leave the square,\u201d Mayor Tom Hale said. \u201cThe march is not approved,"
     "\u201d a police source told AFP.", "The march is not"),
    ("\u201cAnyone may leave the square,\u201d Mayor Tom Hale said. \u201cIt's crazy,\u201d a "
     "24-year-old woman wondered. \u201cWe are peaceful,\u201d she said.", "We are peaceful"),
])
def test_quotes_english_unnamed_subject_is_no_named_speaker(text, words):
    doc = _analysed(text)
    (q,) = [q for q in doc.quotes if q.text.startswith(words)]
    assert q.speaker_name is None


def test_quotes_english_subject_set_off_by_commas_is_not_the_reported_words():
    # "X, the mayor, said ...": the words after the verb are reported, the subject speaks
    doc = _analysed("Rain fell all week. Mira Tanaka, the mayor, said the dam held through the night.")
    (q,) = [q for q in doc.quotes if q.kind == "indirect"]
    assert (q.text, q.speaker_name) == ("the dam held through the night", "Mira Tanaka")

# --------------------------------------------------------------- spk34: advice, a platform before its owner, a title, a company made definite
def _speaker_in_text(text: str, words: str) -> str | None:
    """The speaker's name of the quote that holds ``words`` in ``text`` analysed whole."""
    doc = _analysed(text)
    return _quote_at(doc.quotes, doc.text, words).speaker_name


@pytest.mark.parametrize("text, words, speaker", [
    # a verb of advice with no marker and no addressee: what follows is the advice, reported
    ("Guru Besar Gizi Universitas Lembah Hijau, Profesor Darsono Wiryo, berbagi cara sehat. Darsono "
     "menganjurkan metode merebus atau mengukus untuk mengurangi kadar lemak.", "metode merebus", "Darsono Wiryo"),
    ("Guru Besar Gizi Universitas Lembah Hijau, Profesor Darsono Wiryo, berbagi cara sehat. Untuk membantu "
     "pencernaan, ia merekomendasikan minum air hangat di pagi hari.", "minum air hangat", "Darsono Wiryo"),
    # "untuk" and a verb right after it: advice too (a request verb needs an addressee first)
    ("Guru Besar Gizi Universitas Lembah Hijau, Profesor Darsono Wiryo, berbagi cara sehat. \"Porsi itu "
     "penting,\" kata Darsono. Ketua Umum Perhimpunan Gizi Sukamaju ini menyarankan untuk memilih bagian "
     "daging yang rendah lemak.", "memilih bagian daging", "Darsono Wiryo"),
])
def test_quotes_the_words_after_a_verb_of_advice_are_reported(text: str, words: str, speaker: str) -> None:
    assert _speaker_in_text(text, words) == speaker


def test_quotes_a_verb_of_advice_before_a_name_reports_nothing() -> None:
    # a person recommended for a post is no advice given in words
    doc = _analysed("Rapat pleno itu berlangsung tertutup. Panitia seleksi merekomendasikan Budi Wirasetyo "
                    "sebagai calon direktur utama perusahaan daerah.")
    assert not any("Budi Wirasetyo sebagai" in q.text for q in doc.quotes)


@pytest.mark.parametrize("text, words, speaker", [
    # the platform carries the owner's words: the owner speaks, not the platform
    ("Dinas Kesehatan Sukamaju merilis data baru. \"Faktanya, ada 270 remaja yang terjangkit,\" mengutip "
     "Instagram Dinkes Sukamaju, Kamis (19/6/2025).", "Faktanya, ada 270", "Dinkes Sukamaju"),
    ("Video itu beredar luas. \"Hati-hati bila orang ini berkeliaran di kampung anda,\" tulis akun Facebook "
     "info warga lembah, Kamis (12/6/2025).", "Hati-hati bila", "info warga lembah"),
    ("Jalan ditutup sementara. \"Kami memohon maaf atas ketidaknyamanan ini,\" tulis akun X TMC Polda "
     "Lembah Hijau.", "Kami memohon maaf", "TMC Polda Lembah Hijau"),
])
def test_quotes_a_platform_before_an_account_leaves_the_owner_as_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker_in_text(text, words) == speaker


def test_quotes_a_title_before_the_name_is_not_the_speaker() -> None:
    # "Eng." (an engineer's title) is no name, whether the model tags it or the fallback reads it
    assert _speaker_in_text("\"Pemantauan waktu nyata membantu kami,\" kata juru bicara Klaster Sehat, Eng. Khalid "
                       "Al-Farouqi.", "Pemantauan waktu") == "Khalid Al-Farouqi"


@pytest.mark.parametrize("text, speaker", [
    # "perusahaan itu" after a company written with its legal form is that company
    ("PT Wira Angkasa Tbk menunda penerbangan ke Jeddah. \"Keselamatan penumpang yang utama,\" tulis "
     "perusahaan itu dalam keterangannya.", "PT Wira Angkasa Tbk"),
    # a company named without it stays unresolved: no guess
    ("Wiraplay memangkas karyawan. \"Kami harus efisien,\" kata perusahaan itu.", None),
])
def test_quotes_a_company_noun_made_definite_after_the_cue_is_the_company_named_before(text: str, speaker: str | None) -> None:
    doc = _analysed(text)
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert quote.speaker_name == speaker


def test_quotes_a_given_name_that_spells_a_title_stays_in_the_name() -> None:
    # "Eng" with no full stop is a given name ("Eng Hian"), not the engineer's title
    assert _speaker_in_text("\"Ada dua permasalahan berbeda di sektor ganda,\" kata pelatih Eng Wirasetyo.",
                       "Ada dua permasalahan") == "Eng Wirasetyo"


@pytest.mark.parametrize("text, words, speaker", [
    # a spokesperson the text does not name: the body spoken for speaks (FORMAT.md, bodies as speakers)
    ("Kapal itu sudah pergi. Juru bicara Kementerian Luar Negeri Sukamaju mengatakan kapal itu keluar dari "
     "perairan mereka.", "kapal itu keluar", "Kementerian Luar Negeri Sukamaju"),
    ("Pelaku diburu sejak pekan lalu. Jubir Polda Lembah Hijau juga menyebut pelaku sudah ditangkap sejak "
     "Senin.", "pelaku sudah ditangkap", "Polda Lembah Hijau"),
    # the spokesperson named before for that body speaks
    ("\"Kami memantau,\" kata juru bicara Kementerian Luar Negeri Sukamaju, Budi Wirasetyo. Juru bicara "
     "Kementerian Luar Negeri Sukamaju mengatakan kapal itu keluar dari perairan mereka.", "kapal itu keluar",
     "Budi Wirasetyo"),
])
def test_quotes_an_unnamed_spokesperson_of_a_body_gives_the_body_or_the_one_named_before(
        text: str, words: str, speaker: str) -> None:
    assert _speaker_in_text(text, words) == speaker


# (text, the fallback's capitalised runs as (start, end, text, person)): what main read before
# _fallback_names asked each word's capital once (calendar word after a name, sentence openers,
# particles, a numbered unit, a role's field before "dan", a locative, a pronoun ending a run)
_FALLBACK_CASES = [
    ("ungkap Direktur Utama PSS, Gusti Randa Selasa (17/6/2025) di Sleman.",
     [(7, 25, "Direktur Utama PSS", False), (27, 38, "Gusti Randa", True), (39, 45, "Selasa", False),
      (61, 67, "Sleman", False)]),
    ("Aris, seorang pedagang buah di Pasar Kranggan, mengaku rugi. Densus 88 menangkap Abu Bakar bin Yusuf.",
     [(0, 4, "Aris", True), (31, 36, "Pasar", False), (37, 45, "Kranggan", True), (81, 94, "Abu Bakar bin", False),
      (95, 100, "Yusuf", True)]),
    ("Direktur Operasional dan Pelayanan Publik Bank Jateng Ahmad Rizal menjelaskan hal itu kata Mensos di Kantornya.",
     [(0, 8, "Direktur", False), (25, 53, "Pelayanan Publik Bank Jateng", False), (54, 65, "Ahmad Rizal", True),
      (91, 97, "Mensos", False), (101, 110, "Kantornya", False)]),
    ("Institute for Development of Economics and Finance (Indef) menilai Perum Bulog Ahmad Rizal Dia mengatakan hal lain.",
     [(0, 50, "Institute for Development of Economics and Finance", False), (52, 57, "Indef", False),
      (67, 78, "Perum Bulog", False), (79, 90, "Ahmad Rizal", True), (91, 94, "Dia", True)]),
]


@pytest.mark.parametrize("text,expected", _FALLBACK_CASES)
def test_fallback_names_split_capitalised_runs_as_before(text, expected):
    from ceksilang.extract.quotes import _fallback_names, _words

    names = _fallback_names(text, _words(text), load_quote_patterns(), load_speech_verbs(QUOTE_LANGUAGES))
    assert [(n.start, n.end, n.text, n.person) for n in names] == expected

# spk35: a namesake or relative of a known person is not that person
def test_quotes_a_namesake_of_a_known_person_keeps_their_own_name() -> None:
    # "Prabowo" (the gazetteer's Prabowo Subianto) ends the party official's longer name
    text = ("Ketua DPW PSI Jawa Tengah Bonifasius Adi Prabowo mengatakan para kader terlibat dalam perdebatan. "
            "\"Kami ketemu kemarin, masih hangat,\" tuturnya saat dihubungi Senin (9/6/2025).")
    assert _speaker_in_text(text, "Kami ketemu") == "Bonifasius Adi Prabowo"
    assert _speaker_in_text(text, "para kader terlibat") == "Bonifasius Adi Prabowo"


def test_quotes_a_relative_named_in_full_does_not_take_the_known_persons_short_name() -> None:
    # guard: "tanya Macron" after "Brigitte Macron" is still the president the gazetteer knows,
    # now that her longer name is kept as someone else's
    text = ("Presiden mempersilakan Macron dan Ibu Negara Prancis, Brigitte Macron, masuk ke ruang kerjanya. "
            "\"Ini lukisan siapa?\" tanya Macron.")
    assert _speaker_in_text(text, "Ini lukisan") == "Macron"


# spk35: a plain cue inside a sentence's opening with no comma before it
@pytest.mark.parametrize("text, words, speaker", [
    ("Rudi Hartono menjelaskan usaha itu dimulai pada 2021. Dalam sebulan kata Rudi, pihaknya bisa memproduksi "
     "sekitar 30 ribu botol sirup.", "pihaknya bisa memproduksi", "Rudi Hartono"),
    ("Sinta Dewi menjelaskan aturan baru itu. Pemerintah kata dia, sudah menargetkan semua lahan tercatat tahun ini.",
     "sudah menargetkan semua lahan", "Sinta Dewi"),
])
def test_quotes_a_cue_inside_the_opening_reports_the_words_after_its_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker_in_text(text, words) == speaker


@pytest.mark.parametrize("text, words", [
    # "kata" as a noun after a number
    ("Nama ini tersusun dari dua kata Sanskerta, yakni kata untuk gunung dan kata untuk rumah.", "yakni kata"),
    # a cue after another cue closing a quote: what follows the comma is the channel, not words
    ("\"Kolom abu condong ke arah timur,\" kata jelas Rudi, dalam keterangan tertulis, di Jakarta, Kamis (19/6/2025).",
     "dalam keterangan tertulis"),
])
def test_quotes_a_noun_or_a_second_cue_before_the_cue_reports_nothing(text: str, words: str) -> None:
    doc = _analysed(text)
    assert not any(words in q.text for q in doc.quotes)


def test_quotes_a_nya_cue_after_a_body_spoke_goes_to_the_official_brought_in_after_it():
    # the body speaks in the lead, its official is brought in by a passive verb, then "ujarnya":
    # the cue stands for a person, the official, not the body
    text = ("Kementerian Pelabuhan (Kemenpel) menyatakan, ketegangan di perairan utara belum mengganggu "
            "perdagangan laut.\nHal itu dikonfirmasi langsung oleh Direktur Jenderal Pelayaran Kemenpel, "
            "Rudi Hartanto. \"Belum, belum sampai mengganggu,\" ujarnya saat ditemui di Lawumera, Rabu "
            "(18/6/2025).\nMenurut dia, kondisi pelabuhan relatif masih normal.")
    doc = _analysed(text)
    assert _speaker_at(doc, "Belum, belum") == "Rudi Hartanto"
    assert _speaker_at(doc, "ketegangan di perairan") == "Kementerian Pelabuhan"
    # two officials brought in: no one guess for the cue, the body keeps it as before
    two = text.replace("Kemenpel, Rudi Hartanto.", "Kemenpel, Rudi Hartanto, dan Kepala Biro Humas Kemenpel, "
                       "Sari Wulandari.")
    assert _speaker_at(_analysed(two), "Belum, belum") != "Rudi Hartanto"


def test_quotes_a_nya_cue_after_one_tagged_person_is_theirs_past_a_bodys_capitals() -> None:
    # no one is in focus yet (the subject comes after an adverbial opening); the sentence before
    # the cue names one person the model tags, and an alliance's and a council's capitals the
    # fallback finder reads as person-like runs: those runs are no rival to the tagged person
    text = ("Pemerintah tengah berpacu dengan waktu untuk mewujudkan target eliminasi malaria pada tahun 2030.\n"
            "Dalam forum tersebut, Presiden ke-6 RI, Bambang Sutrisno Wibowo (BSW), yang hadir sebagai Penasihat "
            "Khusus Asia Pacific Leaders Malaria Alliance (APLMA) dan anggota Dewan Eliminasi Malaria Global, "
            "menyatakan optimisme terhadap capaian Indonesia sejauh ini.\n"
            "“Sekitar 79 persen wilayah Indonesia saat ini telah bebas malaria. Prestasi ini hasil kerja keras "
            "para tenaga kesehatan,” ujarnya.\nNamun tantangan besar masih tersisa di kawasan timur.")
    assert _speaker_at(_analysed(text), "Sekitar 79 persen") == "Bambang Sutrisno Wibowo"


def test_quotes_one_person_described_then_named_after_a_comma_speaks() -> None:
    # "ujar salah satu sopir jip, <name>": the indefinite description is set off by a comma from
    # the name of the one it describes; a day after the comma names no one, and a group
    # ("sejumlah warga") stays unnamed as before
    doc = _analysed(
        "Ranjau paku ditemukan di kawasan Lautan Pasir pada Minggu pagi.\n"
        "\"Ini ada satu unit jip wisata jadi korban, bannya bocor kena paku,\" ujar salah satu sopir jip, "
        "Budi Santoso.\n"
        "\"Kami takut kalau ini terus terjadi,\" kata seorang warga, Rabu (4/6/2025).\n"
        "\"Kami minta polisi mengusut,\" kata sejumlah warga, Ani Lestari dan Budi Santoso.")
    assert _speaker_at(doc, "Ini ada satu unit") == "Budi Santoso"
    assert _speaker_at(doc, "Kami takut kalau") is None
    assert _speaker_at(doc, "Kami minta polisi") is None


def test_quotes_a_company_run_into_the_analyst_after_it_is_cut_at_its_closing_word():
    # "ujar CEO Nusantara Wealth Management Bima Wicaksana": the model takes the firm and the
    # analyst for one person; the speaker is the name after the firm's closing word, even though
    # the article never writes that name alone. A closing word with one word after it cuts nothing.
    text = ('Saham teknologi melemah sepanjang pekan.\n'
            '"Investor masih menunggu data inflasi," ujar CEO Nusantara Wealth Management Bima Wicaksana.\n'
            '"Kami tetap optimistis," kata analis Sentosa Sekuritas Lintang.')
    quotes = _quotes_with_persons(text, r"Nusantara Wealth Management Bima Wicaksana|Sentosa Sekuritas Lintang")
    assert _quote_at(quotes, text, "Investor masih menunggu").speaker_name == "Bima Wicaksana"
    assert _quote_at(quotes, text, "Kami tetap optimistis").speaker_name != "Lintang"


# --------------------------------------------------------------------------- spk43 (issue 20, stop 46)

def _tagged(text: str, *spans: tuple[str, str]) -> list[Mention]:
    """Mentions as a tagger might give them: (words, label) at their first place in ``text``."""
    return [Mention("d", text.index(w), text.index(w) + len(w), w, label) for w, label in spans]


def test_description_after_name_and_age_then_places_is_the_names_apposition() -> None:
    # the tagger called the district a person; the last segment before the verb is a place
    text = ("Harga sapi turun tahun ini. Bagus Santoso (61), pedagang sapi di Kalurahan Sumberagung, "
            "Kapanewon Moyudan, Sleman, mengaku penjualan sapi tahun ini menurun tajam.")
    mentions = _tagged(text, ("Bagus Santoso", "PERSON"), ("Kalurahan Sumberagung", "LOC"),
                       ("Kapanewon Moyudan", "PERSON"), ("Sleman", "LOC"))
    q = _quote_at(find_quotes("d", text, mentions=mentions), text, "penjualan sapi")
    assert q.speaker_name == "Bagus Santoso"


def test_initial_of_the_speaker_inside_the_quote_does_not_make_it_someone_elses() -> None:
    # "A" of "Dewi A. Lestari" is an initial: "SLB A Citeureup" in the quote names no speaker
    text = ("Ketua komisi, Dewi A. Lestari, datang ke sekolah. Dewi menegaskan bahwa komisi akan terus "
            "mengawal hak pendidikan anak.\n“Anak-anak di SLB A Citeureup akan tetap belajar seperti biasa,” "
            "tandasnya.")
    mentions = _tagged(text, ("Dewi A. Lestari", "PERSON"))
    q = _quote_at(find_quotes("d", text, mentions=mentions), text, "Anak-anak di SLB")
    assert q.speaker_name == "Dewi A. Lestari"


def test_request_verb_after_a_long_dateline_reports_the_request() -> None:
    text = ("https://jogja.times.co.id/ TIMES JOGJA, JAKARTA – Dokter spesialis anak lulusan Universitas "
            "Airlangga Maria Wulandari menyarankan orang tua untuk mengenalkan musik kepada anak sejak dini. "
            "Ia datang ke Jakarta.")
    q = _quote_at(find_quotes("d", text), text, "mengenalkan musik")
    assert q.kind == "indirect" and q.speaker_name == "Maria Wulandari"


def test_quote_with_no_cue_after_narration_goes_on_with_the_last_speaker() -> None:
    # a statement of three sentences, then two sentences of the writer's own
    text = ("“Kami melatih karyawan sejak awal. Mereka belajar cepat. Semua sudah terbiasa,” jelas Prita Wibowo.\n"
            "Para pekerja itu dinilai lebih tekun. "
            "Soal kekuatan fisik, para pekerja itu umumnya memiliki ketahanan yang baik.\n"
            "“Kekuatan dan tenaga mereka luar biasa, anak saya bisa melukis enam jam tanpa henti.”")
    q = _quote_at(find_quotes("d", text), text, "Kekuatan dan tenaga")
    assert q.speaker_name == "Prita Wibowo"


def test_quote_with_no_cue_is_nobodys_when_narration_names_someone_else() -> None:
    text = ("“Kami melatih karyawan sejak awal. Mereka belajar cepat. Semua sudah terbiasa,” jelas Prita Wibowo.\n"
            "Para pekerja itu dinilai lebih tekun. "
            "Sementara itu, Budi Santoso hadir di acara itu bersama keluarganya.\n"
            "“Kekuatan dan tenaga mereka luar biasa, anak saya bisa melukis enam jam tanpa henti.”")
    q = _quote_at(find_quotes("d", text), text, "Kekuatan dan tenaga")
    assert q.speaker_name != "Prita Wibowo"


def test_quote_closed_by_a_verb_no_list_holds_is_not_the_last_speakers() -> None:
    text = ("“Banyak yang lebih royal,” jawab Lisa Marlina.\n"
            "Namun saat ditanya soal sosok itu, ia memilih diam.\n"
            "“Siapa sih orangnya, terkenal?” cecar Rey.")
    q = _quote_at(find_quotes("d", text), text, "Siapa sih")
    assert q.speaker_name != "Lisa Marlina"


def test_quote_closed_by_a_verb_no_list_holds_and_the_same_speaker_stays_theirs() -> None:
    text = ("“Kader adalah ujung tombak,” ujar Dante Wibisono.\n"
            "Dalam kunjungan itu, Dante memberikan apresiasi kepada para kader.\n"
            "“Mereka bekerja senyap, turun langsung ke masyarakat,” puji Dante kepada para kader.")
    q = _quote_at(find_quotes("d", text), text, "Mereka bekerja senyap")
    assert q.speaker_name == "Dante Wibisono"


def test_quote_with_no_cue_followed_by_other_words_is_not_the_last_speakers() -> None:
    # the words after the closing mark say whose they are ("bunyi ... surat"): not the last speaker's
    text = ("“Kami menolak surat itu. Warga sudah sepakat. Kami akan bertahan,” jelas Anton Wibisono.\n"
            "Dalam surat yang dibagikan Anton, tertulis permintaan pengosongan bangunan.\n"
            "“Apabila sampai batas waktu tidak melakukan pengosongan, maka akan dilakukan penertiban,” "
            "bunyi salah satu poin dalam surat tersebut.")
    q = _quote_at(find_quotes("d", text), text, "Apabila sampai batas")
    assert q.speaker_name != "Anton Wibisono"


# --------------------------------------------------------------------------- issue 20, spk44
# A comma-closed quote whose cue is a verb no list holds, of a speech verb's shape, ending its clause; a quote
# with no cue a little further on in the same run; invented names.

@pytest.mark.parametrize("closing, speaker", [
    ("Fajar Hidayat mempertegas.", "Fajar Hidayat"),  # the name, then the verb
    ("dipertegas Fajar Hidayat kepada wartawan.", "Fajar Hidayat"),  # a di- verb, then the name
    ("ia membeberkan.", "Fajar Hidayat"),  # a pronoun, then the verb
    ("Rudi Hartono membeli roti di pasar.", None),  # a verb with an object: no cue, no speaker
    ("Rudi Hartono tersenyum.", None),  # no meN-, ber- or di- shape
])
def test_comma_closed_quote_with_an_unlisted_verb_of_speech_shape(closing: str, speaker: str | None) -> None:
    text = ("Fajar Hidayat datang ke kantor polisi pada Senin.\n"
            f"“Kami minta kasus ini diusut sampai tuntas,” {closing}\n")
    q = _quote_at(_quotes_with_persons(text, r"Fajar Hidayat|Rudi Hartono"), text, "Kami minta")
    assert q.speaker_name == speaker


def test_quote_with_no_cue_three_sentences_on_keeps_the_speaker_until_someone_else_is_named() -> None:
    said = "“Saya tidak tahu kenapa bisa begini, semua terjadi begitu cepat,” kata Lukas Tarigan.\n"
    narration = ("Usai kejadian itu, ia sempat dimintai ganti rugi. "
                 "Namun ia menyampaikan dirinya pun tak menginginkan kecelakaan. "
                 "Akibat kejadian ini, ia pun terancam diminta ganti rugi.\n")
    quote = "“Saya juga bukan kriminal, ini kecelakaan lalu lintas.”"
    text = said + narration + quote
    assert _quote_at(_quotes_with_persons(text, r"Lukas Tarigan"), text, "bukan kriminal").speaker_name == "Lukas Tarigan"
    other = said + narration.replace("ia sempat dimintai", "Rahmat Hidayat meminta") + quote
    q = _quote_at(_quotes_with_persons(other, r"Lukas Tarigan|Rahmat Hidayat"), other, "bukan kriminal")
    assert q.speaker_name != "Lukas Tarigan"


def test_comma_closed_quote_with_an_unlisted_verb_after_a_pronoun_or_a_role() -> None:
    opening = "Kapolres Bantul AKBP Fajar Hidayat datang pada Senin. Ia memeriksa lokasi.\n“Kami minta kasus ini diusut,” "
    for closing in ("dia mempertegas.", "Kapolres mempertegas."):
        text = opening + closing
        q = _quote_at(_quotes_with_persons(text, r"Fajar Hidayat"), text, "Kami minta")
        assert q.speaker_name == "Fajar Hidayat", closing


def test_a_common_word_opening_a_line_is_no_part_of_the_speakers_full_name() -> None:
    # "Selebriti Rara Kirana" at a line's start: the model took the capitalised common word in
    text = ("BANDUNG - Selebriti Rara Kirana membagikan kabar bahagia.\n"
            "“Aku senang sekali bisa kembali syuting,” ujar Rara Kirana.\n"
            "“Tapi aku masih capek,” ucap Rara.")
    quotes = _quotes_with_persons(text, r"Selebriti Rara Kirana|Rara Kirana|Rara(?= Kirana| ?\.)")
    assert _quote_at(quotes, text, "Aku senang").speaker_name == "Rara Kirana"
    assert _quote_at(quotes, text, "masih capek").speaker_name == "Rara Kirana"
    # a given name opening the line stays part of the name
    given = text.replace("Selebriti Rara Kirana", "Putri Rara Kirana")
    quotes = _quotes_with_persons(given, r"Putri Rara Kirana|Rara Kirana|Rara(?= Kirana| ?\.)")
    assert _quote_at(quotes, given, "Aku senang").speaker_name == "Putri Rara Kirana"


def test_a_nickname_after_an_occupation_is_the_person_named_before() -> None:
    text = ("Kedekatan Sinta Maharani dan Bayu Prasetyo sudah lama terjalin. Desainer yang karib disapa "
            "Ipang tersebut hobi memberi hadiah.\n“Dia sudah seperti adik saya,” kata Ipang.")
    q = _quote_at(_quotes_with_persons(text, r"Sinta Maharani|Bayu Prasetyo|Ipang"), text, "seperti adik")
    assert q.speaker_name == "Bayu Prasetyo"


def test_a_greeting_quoted_with_sapa_has_its_speaker() -> None:
    text = "Ibunda sang penyanyi muncul lewat panggilan video.\n“Selamat ulang tahun, Nak,” sapa Wulan Sari kepada putranya."
    q = _quote_at(_quotes_with_persons(text, r"Wulan Sari"), text, "Selamat ulang tahun")
    assert q.speaker_name == "Wulan Sari"


def test_a_subject_who_gives_an_account_after_a_relative_clause_speaks_next() -> None:
    text = ("“Ibu adalah sosok yang kuat,” ujar Raka Pratama.\n"
            "Tak ketinggalan, Dimas Saputra yang dikenal pendiam pun turut memberi pengakuan.\n"
            "“Ibu selalu tahu kalau aku sedih,” ujarnya.")
    q = _quote_at(_quotes_with_persons(text, r"Raka Pratama|Dimas Saputra"), text, "selalu tahu")
    assert q.speaker_name == "Dimas Saputra"


@pytest.mark.parametrize("text, words, speaker", [
    # a rank that names its force ("Kombes Pol"): cut whole, also where another officer with the
    # same rank makes "Pol" look like a first name used alone
    ("Polisi menangkap dua tersangka penipuan di Kota Lembah. \"Kedua tersangka sudah kami tahan,\" kata Kabid "
     "Humas Polda Lembah, Kombes Pol Darmawan Susilo didampingi Dirreskrimum Polda Lembah, Kombes Pol Hendra "
     "Wijaya, Selasa. \"Kami masih memburu pelaku lain,\" ujar Kombes Pol Darmawan Susilo.",
     "memburu pelaku lain", "Darmawan Susilo"),
    # the fields of a role listed with "dan" before the name: the person after them speaks
    ("Jemaah mulai berangkat pekan depan. Kabid Penyelenggara Haji dan Umrah Sutrisno Hadi Wibowo menambahkan, "
     "layanan keberangkatan dibuka sejak pagi.", "layanan keberangkatan", "Sutrisno Hadi Wibowo"),
    ("Seminar digelar di Bogor pada Kamis. Dekan Fakultas Ilmu Komputer dan MIPA Hendra Wijaya Kusuma menekankan "
     "seminar ini merupakan bagian dari komitmen kampus.", "bagian dari komitmen", "Hendra Wijaya Kusuma"),
    # two people joined by "dan": the first speaks, as before
    ("Banjir melanda desa itu. Camat Sukamaju Ahmad Fauzi dan Kapolsek Sukamaju Budi Santoso mengatakan warga "
     "sudah dievakuasi.", "warga sudah dievakuasi", "Ahmad Fauzi"),
])
def test_speaker_after_a_rank_or_the_fields_of_a_role_is_the_person_named(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


def test_a_connective_opening_a_sentence_is_no_part_of_the_speakers_full_name() -> None:
    # "Pasalnya" opens sentences so often that the word counts hold it capitalised: still no name
    text = ("Rara Kirana membantah kabar itu.\nPasalnya Rara Kirana dan Bima Sakti sudah lama berteman.\n"
            "“Kami cuma sahabat,” ujar Rara Kirana.")
    quotes = _quotes_with_persons(text, r"Pasalnya Rara Kirana|Rara Kirana|Bima Sakti")
    assert _quote_at(quotes, text, "cuma sahabat").speaker_name == "Rara Kirana"


def test_a_lawyer_named_with_selaku_speaks_and_a_later_cue_by_the_role_is_the_lawyer() -> None:
    text = ("Penyanyi Sinta Maharani melapor ke polisi.\n"
            "“Masih diproses,” kata Fajar Nugroho selaku pengacara Sinta Maharani dan Bayu Prasetyo di kantornya.\n"
            "“Klien kami dirugikan,” jelas pengacara Sinta Maharani dan Bayu Prasetyo.\n"
            "“Kami tunggu hasilnya,” kata pengacara sang biduan.")
    quotes = _quotes_with_persons(text, r"Sinta Maharani|Bayu Prasetyo|Fajar Nugroho")
    for words in ("Masih diproses", "Klien kami", "Kami tunggu"):
        assert _quote_at(quotes, text, words).speaker_name == "Fajar Nugroho", words


def test_a_lawyer_introduced_role_first_is_the_one_who_speaks_for_the_client() -> None:
    # mend47: "Kuasa hukum Budi Santoso hadir": the role stands right before the lawyer's own name, no
    # client's name between, so a later cue by the role for another client is the lawyer's
    text = ("Penyanyi Sinta Maharani melapor ke polisi.\n"
            "Kuasa hukum Budi Santoso hadir di kantor polisi.\n"
            "Kuasa hukum Sinta Maharani mengatakan, “Klien kami dirugikan.”")
    q = _quote_at(_quotes_with_persons(text, r"Sinta Maharani|Budi Santoso"), text, "Klien kami")
    assert q.speaker_name == "Budi Santoso"
    # the clients listed after the role with "serta" (a coordinator of the language data) are clients
    text = ("Penyanyi Sinta Maharani melapor ke polisi.\n"
            "Fajar Nugroho selaku pengacara Sinta Maharani hadir di kantor polisi.\n"
            "Pengacara Sinta Maharani serta Bayu Prasetyo itu menunggu.\n"
            "“Klien kami dirugikan,” jelas pengacara Bayu Prasetyo.")
    q = _quote_at(_quotes_with_persons(text, r"Sinta Maharani|Bayu Prasetyo|Fajar Nugroho"), text, "Klien kami")
    assert q.speaker_name == "Fajar Nugroho"
    # lower-case words after the role are no list of clients: the text is read word by word, each word one
    # way (the pattern before backtracked for minutes over "keluarga korban kecelakaan ..."), and a person
    # merely present is not made the lawyer
    text = ("Pengacara keluarga korban kecelakaan menyebut 12 saksi. " * 30 + "Budi Santoso hadir.\n"
            "“Klien kami dirugikan,” jelas pengacara Sinta Maharani.")
    q = _quote_at(_quotes_with_persons(text, r"Sinta Maharani|Budi Santoso"), text, "Klien kami")
    assert q.speaker_name != "Budi Santoso"
    # a spokesperson of another principal is not the holder looked for: the one named after the role is
    text = ("“Kami siap mengevakuasi warga,” kata juru bicara pemerintah Thailand, Budi Hartono, kepada wartawan.\n"
            "“Saat ini, beberapa warga telah dievakuasi,” kata juru bicara Kementerian Luar Negeri Cina, Sinta Maharani.")
    quotes = _quotes_with_persons(text, r"Budi Hartono|Sinta Maharani")
    assert _quote_at(quotes, text, "Kami siap").speaker_name == "Budi Hartono"
    assert _quote_at(quotes, text, "Saat ini").speaker_name == "Sinta Maharani"


def test_a_nickname_clipped_from_the_first_name_is_the_full_name() -> None:
    # "Junot" of "Herjunot": a short name made of the end of the given name
    text = "Aktris Setiawati Lukito hadir di acara itu.\n“Saya senang,” kata Wati."
    q = _quote_at(_quotes_with_persons(text, r"Setiawati Lukito|Wati"), text, "Saya senang")
    assert q.speaker_name == "Setiawati Lukito"
    # the full name the model missed, given with "atau"; two plain names around "atau" stay two people
    text = "Penyanyi Kartini Ayu Lestari atau Tini hadir.\n“Aku kaget,” kata Tini."
    assert _quote_at(_quotes_with_persons(text, r"Tini"), text, "Aku kaget").speaker_name == "Kartini Ayu Lestari"
    text = "Pilihannya Budi Santoso atau Andi.\n“Aku kaget,” kata Andi."
    assert _quote_at(_quotes_with_persons(text, r"Budi Santoso|Andi"), text, "Aku kaget").speaker_name == "Andi"


def test_quotes_role_cue_finds_the_holder_after_the_posts_place():
    # "Kapolres Sorong, AKBP Dimas Haryanto": "Sorong", the place of the post, tagged a person, is
    # part of the role; "ujar Kapolres" later is Dimas Haryanto, not the place (nor the dateline)
    text = ('Warta Sorong – Kapolres Sorong, AKBP Dimas Haryanto menegaskan, sembilan orang sudah ditahan.\n'
            '"Mereka kami tetapkan sebagai tersangka karena menyerang petugas," ujar Kapolres kepada wartawan.')
    quotes = _quotes_with_persons(text, r"Warta Sorong|Sorong(?=,)|Dimas Haryanto")
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == ["Dimas Haryanto"]


def test_quotes_lawyer_of_a_named_client_with_no_lawyer_named_is_nobody():
    # "ujar pengacara Budi Santoso": someone speaks for Budi Santoso; with no lawyer named, the
    # quote has no named speaker, and above all not the client
    text = ('Majelis hakim menjatuhkan vonis satu tahun kepada Budi Santoso.\n'
            '"Kami akan membahasnya dulu dengan klien kami," ujar pengacara Budi Santoso di ruang sidang.')
    quotes = _quotes_with_persons(text, r"Budi Santoso")
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker_name is None


def test_quotes_name_then_a_description_naming_another_person():
    # "ujar Siti Aminah (48) ibu kandung Rudi Hartono": the name the cue opens with speaks; the
    # person inside the lower-case description after it is who she is to, not the speaker
    text = ('Sidang itu dihadiri keluarga para terdakwa.\n'
            '"Saya lega sekali, anak saya bisa pulang," ujar Siti Aminah (48) ibu kandung Rudi Hartono seusai sidang.')
    quotes = _quotes_with_persons(text, r"Siti Aminah|Rudi Hartono")
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == ["Siti Aminah"]


def test_person_like_answers_the_same_from_its_memo_and_for_other_patterns() -> None:
    """``_person_like`` keeps its answers by word for the patterns it was given: asked again, or
    asked after another patterns object, it answers what the reading itself answers."""
    from dataclasses import replace as dc_replace

    from ceksilang.extract.entities import load_role_words
    from ceksilang.extract.quotes import _person_like, _person_like_uncached

    pat = load_quote_patterns()
    ranks = load_role_words().ranks
    words = ["Ahmad", "AS", "Direktur", "Polisi", "Senin", "Pengaturan", "Ipda", "Sinta", "2025", "K3"]
    first = [_person_like(w, pat) for w in words]
    assert first == [_person_like(w, pat) for w in words] == [_person_like_uncached(w, pat, ranks) for w in words]
    assert first[0] and not first[1] and not first[4] and not first[8]
    # a patterns object that calls "Ahmad" a role word: its own answer, not the memo's
    other = dc_replace(pat, role_words=pat.role_words | {"ahmad"})
    assert not _person_like("Ahmad", other)
    assert _person_like("Ahmad", pat)


@pytest.mark.parametrize("text, word, alone", [
    ("Salah satu warga, kata dia, salah paham.", "salah", True),
    ("Salah Prediksi Apri menjelaskan.", "salah", False),          # only capitalised
    ("Kesalahan itu diakui.", "salah", False),                      # inside a longer word
    ("Ia salah-salah menjawab.", "salah", False),                   # inside a hyphened word
    ("Itu -salah katanya.", "salah", False),                        # a hyphen before it
    ("salah", "salah", True),                                       # the whole text
])
def test_written_alone_reads_a_word_of_its_own_in_its_case(text: str, word: str, alone: bool) -> None:
    from ceksilang.extract.quotes import _Resolver

    r = _Resolver("d", text, [(0, len(text))], [])
    assert r.written_alone(word) is alone
    assert r.written_alone(word) is alone  # asked again: the kept answer


@pytest.mark.parametrize("text, persons, speaker", [
    # a name first met right after a relational role is the role's holder: the usual way to name them
    ('Istana menanggapi kritik itu, Senin.\n"Presiden sudah menerima laporannya," kata Juru Bicara Rina Kusuma '
     'kepada wartawan.', r"Rina Kusuma", "Rina Kusuma"),
    ('Istana menanggapi kritik itu, Senin.\n"Presiden sudah menerima laporannya," kata jubir Rina Kusuma '
     'kepada wartawan.', r"Rina Kusuma", "Rina Kusuma"),
    ('Sidang kembali digelar.\n"Kami akan mengajukan banding," ujar pengacara Dedi Gunawan Siregar di ruang sidang.',
     r"Dedi Gunawan Siregar", "Dedi Gunawan Siregar"),
    # the holder introduced with the role before, then named with it again, still speaks
    ('Juru Bicara Rina Kusuma menanggapi kritik itu, Senin.\n"Presiden sudah menerima laporannya," kata Juru '
     'Bicara Rina Kusuma kepada wartawan.', r"Rina Kusuma", "Rina Kusuma"),
    # a one-word company after the role: its spokesperson speaks for it, the company's name stands
    ('Perusahaan itu menanggapi tudingan tersebut.\n"Kami sudah menghapus akun-akun itu," kata Juru Bicara Lumora '
     'kepada wartawan.', r"Lumora", "Lumora"),
])
def test_quotes_a_name_first_met_after_a_relational_role_is_its_holder(text, persons, speaker):
    quotes = _quotes_with_persons(text, persons)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == [speaker]


@pytest.mark.parametrize("text, persons, speaker", [
    # a list of officials: the earlier one is no place of the next one's post, whose role word opens a new official
    ('Presiden Arya Wicaksono, Menteri Keuangan Lestari Handayani menghadiri rapat itu.\n"Anggaran kita aman," '
     'ujar Presiden kepada wartawan.', r"Arya Wicaksono|Lestari Handayani", "Arya Wicaksono"),
    ('Hadir Ketua Andi Saputra, Sekretaris Bayu Pratama.\n"Kami siap," ujar Ketua.', r"Andi Saputra|Bayu Pratama",
     "Andi Saputra"),
    # a place after a head a region follows, tagged a person, is still the post's place
    ('Kapolres Tanjung Selor, AKBP Rudi Hermawan menegaskan, lima orang diperiksa.\n"Kami masih mendalami," '
     'ujar Kapolres kepada wartawan.', r"Tanjung Selor|Rudi Hermawan", "Rudi Hermawan"),
    # ... and the rank spelled out before its bracketed abbreviation opens no new official
    ('Kapolres Tanjung Selor, Ajun Komisaris Besar Polisi (AKBP) Rudi Hermawan menegaskan, lima orang diperiksa.\n'
     '"Kami masih mendalami," ujar Kapolres kepada wartawan.', r"Tanjung Selor|Rudi Hermawan", "Rudi Hermawan"),
])
def test_quotes_an_official_listed_before_another_is_no_place_of_the_post(text, persons, speaker):
    quotes = _quotes_with_persons(text, persons)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == [speaker]


def test_quotes_a_shared_naming_word_in_the_quote_names_nobody():
    # Bugis "Andi", Balinese "Wayan" open many people's names: a quote that names "Andi Rahmat
    # Saleh" is still the words of "Andi Baso Amir", in focus, when his pronoun cue follows it
    text = ('Bupati Sinjai Andi Baso Amir membuka pasar murah di alun-alun, Senin.\n'
            '"Pasar ini kami gelar bersama Andi Rahmat Saleh untuk warga," ujarnya.\n'
            'Gubernur Bali I Wayan Sudarsana meresmikan pasar, Selasa.\n'
            '"Pasar ini dibangun ketika I Wayan Gede Santika masih menjabat," katanya.')
    quotes = _quotes_with_persons(text, r"Andi Baso Amir|Andi Rahmat Saleh|I Wayan Sudarsana|I Wayan Gede Santika")
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == ["Andi Baso Amir", "I Wayan Sudarsana"]


def test_quotes_a_quote_naming_the_person_in_focus_is_still_not_theirs():
    # the person's own words still count: "... Andi Baso ..." names Andi Baso Amir, so his pronoun
    # cue does not make it his (the shared word alone would not, the others do)
    text = ('Bupati Sinjai Andi Baso Amir membuka pasar murah di alun-alun, Senin.\n'
            '"Pasar ini gagasan Pak Baso Amir sejak lama," ujarnya.')
    quotes = _quotes_with_persons(text, r"Andi Baso Amir|Baso Amir(?=\s+sejak)")
    direct = [q for q in quotes if q.kind == "direct"]
    # no one else is in focus: the quote is left with no speaker rather than given to another
    assert [q.speaker_name for q in direct] == [None]


def test_quotes_an_office_in_the_name_written_is_no_word_of_the_person():
    # mend48b: the words of the name as written ("Bupati Sinjai Andi Baso Amir") go through the same
    # filter as the full name's: another regent ("Bupati Gowa") named in the quote does not make
    # the pronoun cue someone else's
    text = ('Bupati Sinjai Andi Baso Amir membuka pasar murah di alun-alun, Senin.\n'
            '"Pasar ini kami gelar bersama Bupati Gowa untuk warga," ujarnya.')
    quotes = _quotes_with_persons(text, r"Bupati Sinjai Andi Baso Amir")
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker_name is not None
    # the mention marked here holds the office's place ("Sinjai"), which the name shown keeps
    assert direct[0].speaker_name.endswith("Andi Baso Amir")


def test_quotes_acehnese_teungku_is_a_title_not_the_speaker():
    # "Tgk." (Teungku) is a form of address: "jelas Tgk. H. Ir. Rahmat Fadli, S.T." is Rahmat
    # Fadli's, not "Tgk"'s, and "Tgk Misbah Yunus" is shown without the title
    text = ('Para ulama menjumpai wali kota pada Jumat pagi.\n'
            '"Tujuan kami adalah silaturahmi," jelas Tgk. H. Ir. Rahmat Fadli, S.T. selaku sekretaris.\n'
            '"Ceramah dipusatkan di masjid agung," kata Kepala Dinas Syariat Islam, Tgk Misbah Yunus.')
    quotes = _quotes_with_persons(text, r"Tgk(?=\.)|H\. Ir|Rahmat Fadli|Tgk Misbah Yunus")
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == ["Rahmat Fadli", "Misbah Yunus"]


def test_quotes_a_relative_clause_after_the_subject_does_not_give_the_speaker():
    # "Budi Santoso, S.P., yang merupakan kerabat Bupati Joko Hartono, mengungkapkan ...": the
    # clause says who Budi is; the person inside it is not the subject, nor the "ujarnya" after
    text = ('Perbincangan itu digelar di kediaman warga, Ahad.\n'
            'Budi Santoso, S.P., yang merupakan kerabat Bupati Joko Hartono, mengungkapkan bahwa keluarga '
            'saling mengingatkan.\n'
            '"Kami tidak terlepas untuk saling mengingatkan," ujarnya.')
    quotes = _quotes_with_persons(text, r"Budi Santoso|Joko Hartono")
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == ["Budi Santoso"]

# A "-nya" cue after narration that brings in a new person (issue 20, spk52): the article has turned
# to that person; a name in passing (a partner, a related headline) leaves the cue with the talker.
@pytest.mark.parametrize("text, words, speaker", [
    # brought in with a description set off after the name, no office
    ('Warga menolak rencana penggusuran itu. "Kami sudah tinggal di sini sejak kecil," kata Siti Marlina.\n'
     'Namun, Bambang Irawan, yang membuka bengkel di ujung gang, tetap membayar sewa. Meski kontraknya '
     'habis, Bambang menolak pindah.\n"Ini bukan soal uang, ini rumah kami," ujarnya.',
     "Ini bukan soal uang", "Bambang Irawan"),
    # brought in by the passive of a telling verb
    ('"Program ini membuka jalan bagi kami," ucap Rudi Hartono.\nHal serupa juga dikisahkan Dewi '
     'Anggraini, perempuan berusia 30 tahun. Ia kini bekerja sebagai kasir.\n"Saya sudah berpenghasilan '
     'sendiri," ujarnya.', "Saya sudah berpenghasilan", "Dewi Anggraini"),
    # a partner named in passing at the end of a sentence is not whom the cue stands for
    ('Penyanyi Andika Pratama mengaku sudah punya kekasih. Kekasihnya juga berasal dari dunia musik, '
     'Nadia Lestari.\n"Sudah pacaran tujuh bulan," ujarnya.', "Sudah pacaran", "Andika Pratama"),
])
def test_quotes_a_nya_cue_after_a_newcomer_goes_to_the_newcomer(text: str, words: str, speaker: str) -> None:
    doc = _analysed(text)
    assert _quote_at(doc.quotes, doc.text, words).speaker_name == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a head's short form glued to a regional body's name ("Kalapas": kepala lapas) is a role that a
    # place follows (here one the article writes after "Lapas" too), not part of the name
    ("Dua warga binaan Lapas Sukamaju kabur saat salat Jumat. \"Mereka kabur lewat gorong-gorong,\" kata "
     "Kalapas Sukamaju Hendrawan Saputro saat dikonfirmasi.",
     "Mereka kabur lewat", "Hendrawan Saputro"),
    # and the short form alone points to the person introduced with the office written out
    ("Kepala Lapas Kelas IIB Tanjung Harapan, Bambang Wicaksono mengakui petugas lalai.\n"
     "\"Penjaga pos menara tidak ada di tempat,\" ujar Kalapas kepada wartawan.",
     "Penjaga pos menara", "Bambang Wicaksono"),
])
def test_quotes_body_head_short_form_is_a_role(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the short form points to the person introduced with the body's name spelt out as well
    ("Kepala Lembaga Pemasyarakatan Kelas IIB Tanjung Harapan, Bambang Wicaksono mengakui petugas lalai.\n"
     "\"Penjaga pos menara tidak ada di tempat,\" ujar Kalapas kepada wartawan.",
     "Penjaga pos menara", "Bambang Wicaksono"),
    ("Kepala Rumah Tahanan Kelas IIA Sukamaju, Dedi Kurniawan memastikan semua tahanan aman.\n"
     "\"Kami sudah menambah petugas jaga,\" kata Karutan saat ditemui.",
     "Kami sudah menambah", "Dedi Kurniawan"),
    ("Kepala Dinas Pariwisata Bali, Tjokorda Bagus Pemayun meninjau pantai itu.\n"
     "\"Pantai tetap dibuka untuk wisatawan,\" ujar Kadispar kepada wartawan.",
     "Pantai tetap dibuka", "Tjokorda Bagus Pemayun"),
])
def test_quotes_body_head_short_form_points_to_the_office_spelt_out(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


def test_no_kepala_short_form_for_bodies_whose_heads_have_other_titles() -> None:
    # a DPRD has a ketua, a Pemkab a bupati, a Kodim a dandim, a Kejari a kajari: no "Kadprd", "Kapemkab",
    # "Kakodim", "Kakejari"; the heads of a Lapas, a Rutan and a Dinas Pariwisata are "kepala"
    from ceksilang.extract.entities import load_role_abbreviations
    short = load_role_abbreviations()
    assert not {"kadprd", "kapemkab", "kakodim", "kakejari"} & set(short)
    assert {"kalapas", "karutan", "kadispar"} <= set(short)


@pytest.mark.parametrize("text, words, speaker", [
    # the cue gives a surname; the article wrote a given name before it that the person span may
    # leave out, after a known place: the speaker is the fullest form written
    ("Menteri Intelijen Iran Esmail Khatib kemudian mengatakan bahwa dokumen itu asli.\n"
     "\"Dokumen itu akan segera dipublikasikan,\" kata Khatib kepada wartawan.",
     "Dokumen itu akan", "Esmail Khatib"),
    # a given name in the cue, the rest of the name written after it with no-break spaces
    ("Pengacara Deni Paulus Pandie mengatakan kliennya, Cucu\u00a0Purnamasari\u00a0Zulaiha, menjadi korban "
     "penipuan.\nMenurut Cucu, tas itu dibeli pada Mei.\n"
     "\"Saya minta berliannya dikembalikan,\" kata Cucu kepada wartawan.",
     "Saya minta berliannya", "Cucu Purnamasari Zulaiha"),
])
def test_quotes_speaker_is_the_fullest_form_the_article_writes(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a place the gazetteer does not know, between a role's short form and the name
    ("Dua narapidana kabur dari Lapas Sarolangun pada Selasa siang.\n"
     "\"Keduanya kabur lewat pagar belakang,\" kata Kalapas Sarolangun Junaidi Rison saat dikonfirmasi.",
     "Keduanya kabur lewat", "Junaidi Rison"),
    # the place a role names stands between the role and the name: no word of the name
    ("Hujan deras merendam permukiman warga di Kabupaten Wajo sejak Kamis.\n"
     "\"Tim masih berjaga di lokasi,\" ujar Kepala BPBD Wajo Syamsul Bahri.",
     "Tim masih berjaga", "Syamsul Bahri"),
])
def test_quotes_fullest_form_takes_no_place_a_role_names(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


def test_two_quotes_by_one_short_name_get_the_same_names_in_either_order(monkeypatch):
    # "Toha" speaks twice: once where the entity finder read a person ("kata Toha" inside its person span), once
    # where it read no one; the article writes "Muhammad Toha" but no person span holds that name. The quote the
    # finder read as a person's takes the full name, the other keeps "Toha", whichever of the two comes first
    from types import SimpleNamespace

    from ceksilang.extract import quotes as qmod
    from ceksilang.model import Quote

    monkeypatch.setattr(qmod, "_fullest_written", lambda r, name: "Muhammad Toha" if name == "Toha" else name)
    r = SimpleNamespace(mentions=[], person_spans={(100, 104)}, body_texts=[])

    def said(start: int) -> Quote:
        return Quote(doc="d", start=start, end=start + 20, text="kami siap", kind="direct", speaker_name="Toha",
                     speaker_start=start + 30, speaker_end=start + 34)

    names = []
    for order in ((70, 200), (200, 70)):
        quotes = [said(start) for start in order]
        qmod._names_written_in_full(r, quotes)
        names.append({q.start: q.speaker_name for q in quotes})
    assert names[0] == names[1] == {70: "Muhammad Toha", 200: "Toha"}


@pytest.mark.parametrize("text, words, speaker", [
    # after the cue: who stood beside the speaker is named after "didampingi"
    ("Kapolres Tanah Merah AKBP Oloan Sitompul mengatakan kedua pelaku ditangkap Senin malam.\n"
     "\"Keduanya kami tangkap saat membawa kabel curian,\" ujar Kapolres didampingi Kasat Reskrim AKP Dedi Kurnia.",
     "Keduanya kami tangkap", "Oloan Sitompul"),
    # before the verb: the subject ends where its companions begin, set off by commas or not
    ("Kapolres Tanah Merah AKBP Oloan Sitompul memimpin konferensi pers.\n"
     "Kapolres didampingi Kasat Reskrim AKP Dedi Kurnia menjelaskan, \"Keduanya kami tangkap di gudang.\"",
     "Keduanya kami tangkap", "Oloan Sitompul"),
    ("Di Lembah Hijau, Bupati Hendri Gunawan, didampingi Kepala Dinas Kesehatan Cahya Purnama, menyampaikan "
     "bahwa vaksinasi dimulai pekan depan.\n\"Kami siapkan seribu dosis,\" tuturnya.",
     "Kami siapkan", "Hendri Gunawan"),
    # mend55: "didampingi" opening the sentence, its companion set off by a comma or not: only the companion's
    # phrase is left out, the name that runs to the verb speaks
    ("Didampingi istrinya, Presiden Hendri Gunawan mengatakan, \"Kami siapkan seribu dosis untuk warga.\"",
     "Kami siapkan", "Hendri Gunawan"),
    ("Didampingi istrinya Presiden Hendri Gunawan mengatakan, \"Kami siapkan seribu dosis untuk warga.\"",
     "Kami siapkan", "Hendri Gunawan"),
    ("Didampingi Kepala Dinas Kesehatan Cahya Purnama Bupati Hendri Gunawan mengatakan, \"Kami siapkan seribu "
     "dosis untuk warga.\"", "Kami siapkan", "Hendri Gunawan"),
])
def test_quotes_a_companion_after_didampingi_is_not_the_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker



# --------------------------------------------------------------------------- issue 20, spk57: whose nickname it is

def test_quotes_a_nickname_goes_to_the_person_whose_name_it_spells() -> None:
    # "pria yang kerap disapa Bumas" after two people named in full: the nickname is spelt from the
    # first one's words (Bu-di Mas-ito), not the last one named before it
    doc = _analysed("Kepala Badan Pangan Budi Masito bertemu Gubernur Lembah Hijau Andreas Sitompul di Medan, "
                    "Kamis (19/6/2025).\n\"Stok beras kita aman sampai akhir tahun,\" kata pria yang akrab "
                    "disapa Bumas itu.\nBumas menambahkan, gudang di Medan akan ditambah dua unit.")
    assert _speaker_at(doc, "gudang di Medan") == "Budi Masito"


def test_quotes_a_nickname_clipping_a_one_word_name_is_that_person() -> None:
    # "bocah yang biasa disapa Ken" clips "Kenneth", a one-word name, though an official was named in
    # full after him
    doc = _analysed("Kenneth ikut lomba lari di Lembah Hijau bersama ayahnya. Bupati Lembah Hijau Dedi "
                    "Sumantri membuka lomba itu.\n\"Aku mau juara,\" kata bocah yang biasa disapa Ken itu.\n"
                    "Ken menambahkan, ia berlatih setiap pagi sebelum sekolah.")
    assert _speaker_at(doc, "ia berlatih setiap pagi") == "Kenneth"


def test_quotes_a_nickname_two_people_spell_goes_to_the_nearest() -> None:
    # both "Budi Waskito" and "Bunga Wastuti" spell "Buwas": the nearest before the cue is meant
    doc = _analysed("Budi Waskito meninggalkan jabatannya tahun lalu. Penggantinya, Bunga Wastuti, meninjau "
                    "gudang di Medan, Kamis (19/6/2025).\n\"Stok beras kita aman,\" kata perempuan yang akrab "
                    "disapa Buwas itu.\nBuwas menambahkan, gudang di Medan akan ditambah dua unit.")
    assert _speaker_at(doc, "akan ditambah dua unit") == "Bunga Wastuti"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the name, then its role with no comma: the role ends the name, and the later "katanya" is his
    ("Timnas Lembah U-16 menang 2-0 atas Malaysia, Sabtu (21/6/2025).\nFahkri Husaini Pelatih Timnas Lembah U-16 "
     "mengatakan, anak-anak asuhnya bermain disiplin. \"Kami bermain sabar dan menunggu peluang,\" katanya.",
     "Kami bermain sabar", "Fahkri Husaini"),
    ("Timnas Lembah U-16 menang 2-0 atas Malaysia, Sabtu (21/6/2025).\nBudiman Santoso Pelatih Timnas Lembah U-16 "
     "mengatakan, anak-anak asuhnya bermain disiplin. \"Kami bermain sabar dan menunggu peluang,\" katanya.",
     "Kami bermain sabar", "Budiman Santoso"),
    # a name word that only opens a role ("putra mahkota") is no role: the name stays whole
    ("Kapolsek Nusa Lembah AKP Ida Bagus Putra Sumerta mengatakan pelaku sudah ditangkap. \"Kami langsung "
     "melakukan olah TKP,\" ujarnya.", "Kami langsung melakukan", "Ida Bagus Putra Sumerta"),
])
def test_quotes_a_role_after_a_name_with_no_comma_ends_the_name(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the name after "bernama" is the person; the body or place before it only describes them
    ("Harga bitcoin naik tajam pekan ini.\nSementara itu, trader lain dari Bybit bernama Christiaan mengatakan "
     "bahwa batas kenaikan berikutnya adalah USD 3.150.", "batas kenaikan berikutnya", "Christiaan"),
    ("Harga beras naik di pasar. Seorang pedagang dari Pasar Lembah bernama Hartono Wijaya mengatakan bahwa "
     "pasokan dari Jawa berkurang sejak pekan lalu.", "pasokan dari Jawa", "Hartono Wijaya"),
])
def test_quotes_the_name_after_bernama_is_the_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # "ujar Kapolres <place>": the place is the post's, the speaker its holder, introduced before
    ("Polisi menangkap dua pencuri kabel di Sleman, Rabu. Kapolres Sleman AKBP Gatot Wirawan mengatakan pelaku "
     "sudah lama diincar.\n\"Pelaku kami jerat dengan pasal pencurian,\" ujar Kapolres Sleman.",
     "Pelaku kami jerat", "Gatot Wirawan"),
    # a short form of the role ("Kalak": kepala pelaksana) whose holder was introduced with the long form
    ("Banjir merendam 40 rumah di Desa Sukamaju. Kepala Pelaksana BPBD Kabupaten Garut, Sumarno Hadi, menyebut air "
     "mulai surut.\n\"Warga sudah kembali ke rumah masing-masing,\" kata Kalak BPBD.",
     "Warga sudah kembali", "Sumarno Hadi"),
    # the holder introduced after the quote
    ("Jalan desa rusak parah. Warga mengadu kepada kepala desa.\n\"Kami sudah mengusulkan perbaikan,\" kata Kades "
     "Mekarsari.\nKepala Desa Mekarsari, Suratno, mengatakan usulan itu dikirim sejak tahun lalu.",
     "Kami sudah mengusulkan", "Suratno"),
])
def test_quotes_a_role_in_the_cue_is_its_holder_introduced_in_the_article(text: str, words: str, speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


@pytest.mark.parametrize("text, words, not_speaker", [
    # two people introduced with the role: the role names neither
    ("Banjir melanda dua kabupaten. Kepala Pelaksana BPBD Garut, Sumarno Hadi, menyebut air mulai surut. Kepala "
     "Pelaksana BPBD Tasikmalaya, Joko Prasetyo, menyebut hal serupa.\n\"Warga sudah kembali ke rumah masing-masing,\" "
     "kata Kalak BPBD.", "Warga sudah kembali", {"Sumarno Hadi", "Joko Prasetyo"}),
    # the role of another place than the one a holder was introduced with
    ("Polisi menangkap dua pencuri kabel di Sleman, Rabu. Kapolres Sleman AKBP Gatot Wirawan mengatakan pelaku sudah "
     "lama diincar.\nDi tempat lain, polisi juga menangkap penadah.\n\"Penadah kami jerat dengan pasal penadahan,\" "
     "ujar Kapolres Bantul.", "Penadah kami jerat", {"Gatot Wirawan"}),
])
def test_quotes_a_role_with_two_holders_or_another_place_names_no_one_introduced(text: str, words: str,
                                                                                  not_speaker: set[str]) -> None:
    assert _speaker_at(_analysed(text), words) not in not_speaker


def test_quotes_a_role_two_people_hold_before_the_verb_stays_the_speaker() -> None:
    # two judges introduced, then "Hakim menyebut": the role names neither, but the words are still the
    # judge's (mend57: the quote was dropped with no speaker)
    doc = _analysed("Sidang putusan digelar di PN Medan, Senin. Hakim ketua Budi Santoso dan hakim anggota Rina "
                    "Marlina membacakan putusan bergantian.\nHakim menyebut terdakwa terbukti bersalah melakukan "
                    "korupsi dana desa.")
    assert _speaker_at(doc, "terbukti bersalah") == "Hakim"


@pytest.mark.parametrize("text,words,speaker", [
    # "<full name> atau akrab disapa <second name>": the joiner "atau" opens the nickname cue; a later
    # cue naming the second name gives the full one (issue 20, spk60)
    ("Menteri Perikanan Samsul Hadiwijaya atau akrab disapa Gus Samsul meninjau pelabuhan, Sabtu (3/5/2025).\n"
     "\"Kapal nelayan harus diperbaiki sebelum musim angin,\" tambah Gus Samsul.",
     "Kapal nelayan harus diperbaiki", "Samsul Hadiwijaya"),
    ("Pelawak Teguh Mulyono Saputro atau yang akrab disapa Tegmul meninggal dunia.\n\"Saya masih ingat "
     "lawakannya di radio,\" kata rekannya, Andi Prasetyo.\n\"Aku memulai dari nol,\" kata Tegmul dalam sebuah "
     "diskusi, Minggu (9/3/2025).", "Aku memulai dari nol", "Teguh Mulyono Saputro"),
])
def test_quotes_a_second_name_after_atau_and_a_nickname_cue_is_the_full_names(text: str, words: str,
                                                                              speaker: str) -> None:
    assert _speaker_at(_analysed(text), words) == speaker


def test_quotes_two_plain_names_around_atau_stay_two_people() -> None:
    # the guard: no nickname cue and no form of address after "atau": two people, not one
    doc = _analysed("Tiket bisa dibeli lewat Budi Santoso atau Rahmat Hidayat di kantor desa.\n"
                    "\"Tiket tinggal sedikit,\" kata Rahmat Hidayat.")
    assert _speaker_at(doc, "Tiket tinggal sedikit") == "Rahmat Hidayat"


def test_quotes_a_cue_verb_whose_name_was_dropped_is_the_person_in_focus() -> None:
    # ",” ujar, Rabu (28/5/2025).": no name after the verb (a comma, then the day): the verb stands as
    # "ujarnya" would, not as no speaker, and the day is no speaker (issue 20, spk60)
    doc = _analysed("Kepala Bidang Haji Kanwil Kemenag Daerah Istimewa Yogyakarta Darmono Saputro mengatakan, jemaah "
                    "yang tertunda bisa berangkat tahun depan. “Kalau tabungan tidak ditarik, bisa ikut tahun depan,” "
                    "ujar, Rabu (28/5/2025).\nDarmono juga mengatakan kuota diisi jemaah cadangan.")
    assert _speaker_at(doc, "Kalau tabungan tidak ditarik") == "Darmono Saputro"


def test_quotes_a_cue_verb_with_its_name_after_a_comma_free_gap_keeps_that_name() -> None:
    # the guard: the name follows the verb with no comma between
    doc = _analysed("Darmono Saputro mengatakan, jemaah yang tertunda bisa berangkat tahun depan. “Kuota diisi "
                    "cadangan,” ujar Rahmat Hidayat, Rabu (28/5/2025).")
    assert _speaker_at(doc, "Kuota diisi cadangan") == "Rahmat Hidayat"


def test_quotes_a_cue_verb_then_a_comma_then_a_name_keeps_that_name() -> None:
    # the guard: ",” jelas, Anton usai audiensi": the comma sets off the name, which was not dropped
    doc = _analysed("Perwakilan warga, Rahmat Hidayat, mengatakan warga akan bertahan. “Kami melaporkan arogansi "
                    "perusahaan itu,” jelas, Anton Wibisono usai audiensi, Jumat (25/4).")
    assert _speaker_at(doc, "Kami melaporkan arogansi") == "Anton Wibisono"
# speed83: a speaker's name is looked up in the text by its words, without compiling a pattern per name;
# the places are those the pattern built of the words finds
def _name_places_by_pattern(text: str, words: list[str]) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w\-])" + r"[ \t\u00a0]+".join(re.escape(w) for w in words) + r"(?![\w\-])")
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text, name, places", [
    ("Menteri Esmail Khatib berkata. Khatib menambahkan", "Khatib", [(15, 21), (31, 37)]),
    ("Esmail  Khatib dan Esmail\u00a0Khatib", "Esmail Khatib", [(0, 14), (19, 32)]),
    ("Khatibi, Al-Khatib, Khatib-nya, _Khatib", "Khatib", []),
    ("Esmail\nKhatib", "Esmail Khatib", []),
    ("Toha Toha Toha", "Toha Toha", [(0, 9)]),
    ("", "Toha", []),
])
def test_quotes_name_places_table(text, name, places):
    from ceksilang.extract.quotes import _name_places
    assert _name_places(text, name.split()) == places == _name_places_by_pattern(text, name.split())


_NAME_ALPHABET = st.sampled_from(list("ab AB-_\t\u00a0\n.é1"))


@given(st.text(_NAME_ALPHABET, max_size=40), st.lists(st.text(st.sampled_from(list("abAé-")), min_size=1, max_size=3),
                                                     min_size=1, max_size=3))
@settings(max_examples=400)
def test_quotes_name_places_equal_the_pattern(text, words):
    from ceksilang.extract.quotes import _name_places
    assert _name_places(text, words) == _name_places_by_pattern(text, words)


# speed83: the names before a bracketed short form are searched only in the stretch before each short form;
# the matches are those of the pattern over the whole text
@pytest.mark.parametrize("text, shorts", [
    ("Dinas Kesehatan (Diskes) Bandar Lampung. Lalu Diskes menyiapkan", ["Diskes"]),
    ("kata Badan Pusat Statistik (BPS), dan Bank Indonesia (BI) serta Kementerian Keuangan (Kemenkeu).", ["BPS", "Kemenkeu"]),
    ("Satu Dua Tiga Empat Lima Enam Tujuh (STE) di (17/6/2025) dan AB&C Group (ABC)", ["STE", "ABC"]),
    ("tanpa kurung sama sekali", []),
])
def test_quotes_names_then_short_forms_table(text, shorts):
    from ceksilang.extract.quotes import _NAME_THEN_SHORT, _names_then_short_forms
    found = _names_then_short_forms(text)
    assert [m.group(2) for m in found] == shorts
    assert [m.span() for m in found] == [m.span() for m in _NAME_THEN_SHORT.finditer(text)]


@given(st.lists(st.sampled_from(list("Aa Bb(),.&-\nIKP") + ["(BPS)", "(Kemlu)", " Dinas "]), max_size=30).map("".join))
@settings(max_examples=400)
def test_quotes_names_then_short_forms_equal_the_whole_scan(text):
    from ceksilang.extract.quotes import _NAME_THEN_SHORT, _names_then_short_forms
    assert [(m.span(), m.groups()) for m in _names_then_short_forms(text)] == \
        [(m.span(), m.groups()) for m in _NAME_THEN_SHORT.finditer(text)]
