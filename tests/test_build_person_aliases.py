"""The short-name list's build (ceksilang.lang.build_person_aliases) on invented text, and the shipped file."""

from __future__ import annotations

from ceksilang.lang.build_person_aliases import kept_pairs, pairings, render


def _kept(texts: list[str], min_articles: int = 2) -> list[tuple[str, str, int]]:
    pairs, counts = pairings(iter(texts))
    return kept_pairs(pairs, counts, min_articles)


def test_build_keeps_a_nickname_paired_with_a_full_name_in_enough_articles():
    texts = [
        "Menteri Perikanan Darmaji Sulistyo (Dasul) hadir di pelabuhan, kata pejabat itu.",
        "Darmaji Sulistyo yang akrab disapa Dasul meninjau tambak, kata warga.",
        "Dasul, sapaan akrab Darmaji Sulistyo, pulang ke kampung, kata kerabat.",
        "Warga menyambut Dasul di balai desa dengan meriah, ujar Dasul.",
    ]
    # the role before the full name is dropped; the three pairings are three articles
    assert _kept(texts) == [("Dasul", "Darmaji Sulistyo", 3)]


def test_build_leaves_out_a_pairing_of_too_few_articles_and_of_one_article_copied():
    text = "Darmaji Sulistyo (Dasul) hadir di pelabuhan, kata Dasul."
    assert _kept([text, text]) == []  # one text under two ids counts once
    assert _kept([text, text.replace("hadir", "datang")]) == [("Dasul", "Darmaji Sulistyo", 2)]


def test_build_leaves_out_bodies_places_and_a_given_name_that_opens_longer_names():
    texts = [
        # a body's name and its acronym, a region and its short form
        "Pemerintah Kota Wanasari (Pemkot) dan Wanasari Selatan (Wansel) bekerja, kata warga.",
        "Pemerintah Kota Wanasari (Pemkot) dan Wanasari Selatan (Wansel) bekerja lagi, kata warga.",
        # "Tono" is mostly written before a surname: a given name, no nickname of one person
        "Baskara Wiranata alias Tono datang, kata Tono Prasetyo dan Tono Wibisana kepada Tono Sasmita.",
        "Baskara Wiranata alias Tono pergi, kata Tono Prasetyo.",
    ]
    assert _kept(texts) == []


def test_build_leaves_out_a_pair_neither_of_whose_names_is_ever_quoted():
    # a school club's short name passes every word test, but nobody quotes "Rokara"; once somebody
    # does, the same pairings are kept
    texts = [
        "Warga melihat Wanara Jaladri (Rokara) di sekolah, kata guru.",
        "Murid mengikuti Wanara Jaladri (Rokara) ke masjid, kata warga.",
    ]
    assert _kept(texts) == []
    assert _kept([*texts, "Kami siap membantu, ujar Rokara."]) == [("Rokara", "Wanara Jaladri", 2)]


def test_build_joins_the_spellings_of_one_full_name():
    texts = [
        "Saefudin Karta atau Gus Karta hadir, kata warga.",
        "Syaefudin Karta atau Gus Karta hadir lagi, kata warga.",
        "Saefudin Karta atau Gus Karta datang, kata Gus Karta.",
    ]
    assert _kept(texts) == [("Gus Karta", "Saefudin Karta", 3)]


def test_person_aliases_file_is_the_build_of_the_corpus():
    from ceksilang.lang.build_person_aliases import OUT_PATH, articles, gold_urls
    from ceksilang.lang.build_word_frequencies import gold_ids

    from .conftest import needs_corpus

    corpus = needs_corpus("coverage")
    header = OUT_PATH.read_text(encoding="utf-8").splitlines()
    min_articles = int(next(line for line in header if "--min-articles" in line)
                       .split("--min-articles ")[1].split("`")[0])
    pairs, counts = pairings(articles(corpus.parent, gold_ids(), gold_urls()))
    assert render(kept_pairs(pairs, counts, min_articles), min_articles) == OUT_PATH.read_text(encoding="utf-8"), \
        "lang/id/person_aliases.txt is stale: rerun python -m ceksilang.lang.build_person_aliases"
