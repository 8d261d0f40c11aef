"""Stories of same-beat batches from stored web pages where one case runs over weeks (tests/gold/stories_check50).

A fact-checker following a crime case reads its reports from the finding of the body to the arrest, the
reconstruction and the first day of the trial, months apart, as one story; another case tried in the same
court is another story. A club's or a national team's matches are one story each, and the previews before
kick-off are their own story. The texts are abridged stored pages kept outside the repository; the tests
skip unless $CEKSILANG_GRP35_TEXTS names the folder that holds one ``<batch>.jsonl`` per batch."""
from __future__ import annotations

from pathlib import Path

from .story_checks import StoryCheck

CHECK = StoryCheck(gold=Path(__file__).parent / "gold" / "stories_check50" / "check.yaml",
                   texts_env="CEKSILANG_GRP35_TEXTS")


def test_gold_is_well_formed():
    batches = CHECK.batches()
    assert {b["split"] for b in batches} == {"tune", "test"}
    urls = [a["url"] for b in batches for a in b["articles"]]
    assert len(urls) == len(set(urls)), "an article in two batches"
    for b in batches:
        assert 6 <= len(b["articles"]) <= 12
        assert len({a["story"] for a in b["articles"]}) >= 2, "a batch holds several happenings"



def _tune_batch(name: str) -> dict:
    (b,) = [b for b in CHECK.batches("tune") if b["batch"] == name]
    return b


def test_a_murder_case_over_four_months_is_one_story():
    """The tune batch of one case: the body found, the arrest, the reactions, the reconstruction and,
    four months later, the trial's first day, beside another case tried in the same court. Measured on
    branch grp35: main put the trial apart (recall 0.778); every pair is found, none wrong."""
    texts = CHECK.texts_dir()
    result = CHECK.score(_tune_batch("b1-mutilasi-pacet-2025"), texts)
    assert result["recall"] == 1.0 and result["precision"] == 1.0, result


def test_a_clubs_previews_are_kept_from_its_matches():
    """The tune batch of a club's three weeks: two matches, the previews of each, another club's match
    against the same opponent. Measured on branch grp35: main put each match with its previews
    (precision 0.474, 9 right of 19 pairs); with the previews apart 6 of 8 (one preview names the match
    day with no word of what is to come and joins the match)."""
    texts = CHECK.texts_dir()
    result = CHECK.score(_tune_batch("b2-persib-dec2025"), texts)
    assert result["precision"] >= 0.75, result

# --------------------------------------------------------------------------- invented reports
# Mock-ups written for these tests (no real case, club or outlet): what a user analysing one batch checks.

from ceksilang.evaluate.coverage import Article  # noqa: E402

from .story_checks import story_of  # noqa: E402


def test_a_trial_months_after_the_arrest_is_the_cases_story():
    # the suspect is named, never quoted: a suspect the text reads as speaking ("X mengakui ...") is not
    # taken as whom the case is about (left alone on branch grp35, docs/evaluation.md)
    found = Article(id="temuan", url="temuan", outlet="Kabar Lembah", published="2025-03-02",
                    title="Mayat Pria Ditemukan di Kebun Tebu Desa Sukamaju, Polisi Tangkap Rekannya",
                    text="Warga Desa Sukamaju, Kecamatan Lembah Hijau, menemukan mayat pria di kebun tebu pada Minggu "
                         "(2/3/2025). Korban bernama Wahyu Setiadi (31). Polisi menangkap rekan kerjanya, Darmawan "
                         "Pranoto (29), beberapa jam kemudian. Darmawan Pranoto diduga memukul korban dengan kayu "
                         "setelah cekcok soal utang. Kasat Reskrim Polres Lembah Hijau AKP Yusuf Hamdani mengatakan "
                         "tersangka dijerat pasal pembunuhan.")
    arrest = Article(id="tangkap", url="tangkap", outlet="Warta Lembah", published="2025-03-03",
                     title="Darmawan Pranoto Akui Bunuh Rekan Kerja di Kebun Tebu Sukamaju",
                     text="Polres Lembah Hijau menetapkan Darmawan Pranoto (29) sebagai tersangka pembunuhan rekan "
                          "kerjanya, Wahyu Setiadi (31), di kebun tebu Desa Sukamaju. Polisi menyita sebatang kayu "
                          "yang dipakai Darmawan Pranoto. "
                          "Motifnya utang sebesar Rp2 juta yang tak kunjung dibayar korban. Jenazah Wahyu Setiadi "
                          "sudah dimakamkan keluarganya.")
    trial = Article(id="sidang", url="sidang", outlet="Kabar Lembah", published="2025-06-24",
                    title="Sidang Perdana Pembunuhan di Kebun Tebu Sukamaju, Terdakwa Tak Ajukan Eksepsi",
                    text="Terdakwa Darmawan Pranoto (29) menjalani sidang perdana di Pengadilan Negeri Lembah Hijau, "
                         "Selasa (24/6/2025). Jaksa mendakwa Darmawan Pranoto membunuh Wahyu Setiadi di kebun tebu "
                         "Desa Sukamaju dengan sebatang kayu karena utang. Terdakwa tidak mengajukan eksepsi dan "
                         "sidang dilanjutkan pekan depan dengan pemeriksaan saksi.")
    other = Article(id="lain", url="lain", outlet="Warta Lembah", published="2025-06-24",
                    title="Pencuri Sapi di Desa Karangsari Divonis Dua Tahun Penjara",
                    text="Pengadilan Negeri Lembah Hijau memvonis Sutrisno Adi (45) dua tahun penjara karena mencuri "
                         "tiga ekor sapi milik warga Desa Karangsari, Selasa (24/6/2025). Hakim menyatakan terdakwa "
                         "terbukti mencuri pada malam hari.")
    story = story_of([found, arrest, trial, other])
    assert story["temuan"] == story["tangkap"] == story["sidang"]
    assert story["lain"] != story["sidang"]


def test_a_matchs_preview_is_not_the_matchs_story():
    preview = Article(id="jelang", url="jelang", outlet="Bola Lembah", published="2025-03-07",
                      title="Jelang Persikaya vs Sinar Timur, Pelatih Minta Pemain Fokus",
                      text="Persikaya akan menghadapi Sinar Timur dalam laga pekan ke-20 Liga Lembah di Stadion Gading "
                           "Raya, Sabtu (8/3/2025) malam. Pelatih Persikaya, Rendra Wiguna, meminta pemainnya fokus. "
                           "\"Sinar Timur tim yang kuat di lini tengah, kami harus disiplin,\" kata Rendra Wiguna "
                           "dalam konferensi pers pralaga, Jumat (7/3/2025).")
    report = Article(id="hasil", url="hasil", outlet="Warta Bola", published="2025-03-08",
                     title="Persikaya Tundukkan Sinar Timur 2-1 di Stadion Gading Raya",
                     text="Persikaya menang 2-1 atas Sinar Timur dalam laga pekan ke-20 Liga Lembah di Stadion Gading "
                          "Raya, Sabtu (8/3/2025) malam. Gol Persikaya dicetak Bayu Saputra menit ke-30 dan Dimas "
                          "Aryanto menit ke-77. Pelatih Persikaya, Rendra Wiguna, memuji kerja keras pemainnya.")
    story = story_of([preview, report])
    assert story["jelang"] != story["hasil"]


def test_a_verdict_and_the_appeal_ruling_months_later_are_two_stories():
    # mend49: two decisions of one case are two happenings with figures of their own (years of prison): the
    # case person alone does not join the appeal ruling to the verdict's story (``case_decision_words``)
    verdict = Article(id="vonis", url="vonis", outlet="Kabar Lembah", published="2025-07-15",
                      title="Darmawan Pranoto Divonis 15 Tahun Penjara atas Pembunuhan di Kebun Tebu",
                      text="Majelis hakim Pengadilan Negeri Lembah Hijau memvonis Darmawan Pranoto (29) 15 tahun "
                           "penjara, Selasa (15/7/2025). Darmawan Pranoto terbukti membunuh Wahyu Setiadi di kebun "
                           "tebu Desa Sukamaju dengan sebatang kayu karena utang. Jaksa sebelumnya menuntut 18 tahun.")
    verdict_next = Article(id="vonis2", url="vonis2", outlet="Warta Lembah", published="2025-07-15",
                           title="Hakim Vonis Darmawan Pranoto 15 Tahun, Keluarga Korban Kecewa",
                           text="Pengadilan Negeri Lembah Hijau menjatuhkan vonis 15 tahun penjara kepada Darmawan "
                                "Pranoto (29), pembunuh Wahyu Setiadi di kebun tebu Desa Sukamaju. Keluarga Wahyu "
                                "Setiadi menilai hukuman Darmawan Pranoto terlalu ringan.")
    appeal = Article(id="banding", url="banding", outlet="Kabar Lembah", published="2025-09-16",
                     title="Banding Ditolak, Hukuman Darmawan Pranoto Diperberat Jadi 18 Tahun",
                     text="Pengadilan Tinggi Lembah Raya menolak banding Darmawan Pranoto (29) dan memperberat "
                          "hukumannya menjadi 18 tahun penjara, Selasa (16/9/2025). Darmawan Pranoto sebelumnya "
                          "divonis 15 tahun karena membunuh Wahyu Setiadi di kebun tebu Desa Sukamaju.")
    story = story_of([verdict, verdict_next, appeal])
    assert story["vonis"] == story["vonis2"]
    assert story["banding"] != story["vonis"]
