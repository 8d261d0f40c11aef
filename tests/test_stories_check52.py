"""Stories of small batches (6-8 reports, most of 150-300 words) analysed alone (tests/gold/stories_check52).

A fact-checker who pastes a handful of reports wants the reports of one happening in one story and the
same-kind happenings beside them (another market fire, another boat capsized, another regional head
arrested the same day) kept apart, in Indonesian and English alike. The texts are abridged stored pages
kept outside the repository; the tests that need them skip unless $CEKSILANG_GRP37_TEXTS names the folder
that holds one ``<batch>.jsonl`` per batch."""
from __future__ import annotations

from pathlib import Path

from .story_checks import StoryCheck

CHECK = StoryCheck(gold=Path(__file__).parent / "gold" / "stories_check52" / "check.yaml",
                   texts_env="CEKSILANG_GRP37_TEXTS")


def test_gold_is_well_formed():
    CHECK.assert_well_formed(articles=(6, 8), happenings=(2, None), batches=13)
    for b in CHECK.batches():
        labels = [a["story"] for a in b["articles"]]
        if not b["batch"].startswith("b13"):
            assert max(labels.count(x) for x in labels) >= 3, f"{b['batch']}: an event told by three reports"


def _tune_batch(name: str) -> dict:
    (b,) = [b for b in CHECK.batches("tune") if b["batch"] == name]
    return b


def test_one_market_fire_told_by_four_outlets_the_same_day_is_one_story():
    """The tune batch of a market fire (four short reports of one day, three other market fires).
    Measured on branch grp37: main left the fire in three stories (recall 1 of 6 pairs: cosines
    0.27-0.29, the market's name keyed apart by the tagger's spans); every pair found, none wrong."""
    texts = CHECK.texts_dir()
    result = CHECK.score(_tune_batch("b01-asemka-fire-2022"), texts)
    assert result["recall"] == 1.0 and result["precision"] == 1.0, result


def test_two_regional_heads_arrested_the_same_day_are_two_stories():
    """The tune batch of two arrests on one day announced by one spokesman (three reports each).
    Measured on branch grp37: main joined them through the spokesman, the agency and its building
    (precision 6 of 15 pairs); every pair found, none wrong."""
    texts = CHECK.texts_dir()
    result = CHECK.score(_tune_batch("b06-ott-pati-madiun-a"), texts)
    assert result["recall"] == 1.0 and result["precision"] == 1.0, result

# --------------------------------------------------------------------------- invented reports
# Mock-ups written for these tests (no real market, regent or outlet): what a user analysing a handful
# of reports checks.

from ceksilang.evaluate.coverage import Article  # noqa: E402

from .story_checks import story_of  # noqa: E402


def _invented_fire_batch() -> tuple[Article, Article, Article]:
    """A market fire's report, a trader's lament of the same fire, a warehouse fire elsewhere the same day."""
    fire = Article(id="api", url="api", outlet="Kabar Kota", published="2025-03-14",
                   title="Puluhan Kios di Pasar Lorongwaru Ludes Terbakar",
                   text="Puluhan kios di Pasar Lorongwaru, Kecamatan Sumberlembah, Kota Tirtajaya, ludes terbakar pada "
                        "Jumat (14/3/2025) sekitar pukul 10.15 WIB. Api diduga berasal dari korsleting listrik di salah "
                        "satu kios penjual pakaian. Pedagang berhamburan menyelamatkan barang dagangan. \"Sembilan unit "
                        "mobil pemadam kami kerahkan, api bisa dilokalisir setelah dua jam,\" kata Kepala Seksi Operasi "
                        "Damkar Kota Tirtajaya, Hendra Wiratama. Tidak ada korban jiwa dalam peristiwa itu. Kerugian "
                        "pedagang masih dihitung.")
    lament = Article(id="tangis", url="tangis", outlet="Warta Harian", published="2025-03-14",
                     title="Pedagang Menangis, Lapaknya di Pasar Lorongwaru Jadi Abu",
                     text="Suasana haru menyelimuti Pasar Lorongwaru, Sumberlembah, Jumat (14/3/2025) siang. Rahmawati "
                          "(47), pedagang sepatu, hanya bisa menangis melihat lapaknya tinggal abu. \"Semua habis, modal "
                          "saya di situ semua,\" ujarnya. Ia mengaku rugi sekitar Rp80 juta. Menurut Rahmawati, asap tebal "
                          "tiba-tiba muncul dari lorong tengah dan api cepat menjalar karena banyak bahan kain. Belasan "
                          "pedagang lain di deretan yang sama bernasib serupa dan kini menunggu bantuan pemerintah kota.")
    other = Article(id="gudang", url="gudang", outlet="Kabar Kota", published="2025-03-14",
                    title="Gudang Mebel di Desa Kalisari Terbakar",
                    text="Sebuah gudang mebel di Desa Kalisari, Kecamatan Gunungsepi, terbakar pada Jumat (14/3/2025) dini "
                         "hari. Petugas pemadam kebakaran mengerahkan empat unit mobil. Api diduga dari tungku pengering "
                         "kayu. \"Tidak ada korban jiwa, kerugian ditaksir ratusan juta rupiah,\" kata Kapolsek Gunungsepi, "
                         "Iptu Darmaji Saputro.")
    return fire, lament, other


def test_two_short_same_day_reports_of_one_market_fire_are_one_story():
    # the market's name is the evidence (a word no background count holds): the fire's report and a
    # trader's lament share it and the day, far fewer words (cosine about 0.24 on branch grp37, under
    # the threshold); a warehouse fire the same day elsewhere stays apart. Fails with small_batch_docs = 0.
    fire, lament, other = _invented_fire_batch()
    story = story_of([fire, lament, other])
    assert story["api"] == story["tangis"]
    assert story["gudang"] != story["api"]


def _other_news(n: int) -> list[Article]:
    """``n`` invented reports of the same day on other things (each a village's own occasion, no fire,
    no market), so the two fire reports stand in a day's intake rather than a handful."""
    syllables = ("ka", "lo", "mer", "su", "dan", "ri", "wa", "tum", "pe", "gal", "no", "bi")
    occasions = (("kirab hasil bumi", "gunungan sayur dan buah diarak keliling desa"),
                 ("lomba perahu naga", "dua puluh regu mendayung di waduk desa"),
                 ("vaksinasi ternak", "petugas menyuntik sapi dan kambing warga"),
                 ("turnamen voli antardusun", "delapan tim bertanding di lapangan desa"),
                 ("pelatihan membatik", "ibu-ibu belajar membatik tulis selama tiga hari"))
    out = []
    for i in range(n):
        village = (syllables[i % 12] + syllables[(i // 12 + 3) % 12] + syllables[(i * 7 + 5) % 12]).title()
        what, told = occasions[i % len(occasions)]
        out.append(Article(id=f"lain{i}", url=f"lain{i}", outlet=f"Kabar Desa {i % 4}", published="2025-03-14",
                           title=f"Warga Desa {village} Gelar {what.title()}",
                           text=f"Warga Desa {village} menggelar {what} pada Jumat (14/3/2025). Dalam acara itu {told}. "
                                f"\"Kami ingin kegiatan ini rutin setiap tahun,\" kata Kepala Desa {village}, "
                                f"{syllables[(i + 4) % 12].title()}{syllables[(i + 9) % 12]}. Sebanyak {120 + 7 * i} warga "
                                f"ikut serta hingga sore hari."))
    return out


def test_the_market_fire_reports_stay_one_story_in_a_day_of_forty_other_reports():
    # the join's evidence (the day, the market's rare name) is the same in a handful and in a day's
    # intake: with 40 other reports the batch is past ``small_batch_docs`` (30) and the two reports
    # still meet. Fails with small_batch_any_size = False (branch grp38).
    fire, lament, other = _invented_fire_batch()
    story = story_of([fire, lament, other, *_other_news(40)])
    assert story["api"] == story["tangis"]
    assert story["gudang"] != story["api"]
