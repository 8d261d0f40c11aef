"""The Indonesian-English translation list: its integrity, its attribution, and that it is
exactly what its build script makes from the shared lexicon."""

from __future__ import annotations

import pytest

from ceksilang.lang import LANG_DIR, LanguageDataError, load_data
from ceksilang.lang import translations as translations_module
from ceksilang.lang.build_translations import OUT_PATH, build
from ceksilang.lang.translations import KINDS, load_translations
from tests.conftest import needs_corpus

FILE = LANG_DIR / "id" / "translations_en.txt"


def test_translations_header_keeps_sources_and_licences():
    header = "".join(line for line in FILE.read_text(encoding="utf-8").splitlines(keepends=True) if line.startswith("#"))
    for needed in ("Wiktionary", "CC BY-SA", "Unicode License v3", "CLDR", "umpirsky/country-list", "MIT",
                   "python -m ceksilang.lang.build_translations"):
        assert needed in header, needed


def test_translations_rows_are_well_formed():
    rows = [line.split("\t") for line in load_data("translations_en", "id")]
    assert len(rows) > 10_000
    assert all(len(r) == 3 and all(f.strip() == f and f for f in r) for r in rows)
    assert {r[2] for r in rows} == set(KINDS)
    assert len({tuple(r) for r in rows}) == len(rows)  # no duplicate rows
    # a pair says something: a word spelt alike in both languages only from the team's news
    # list, where it is a rendering ("virus" is "virus"), not a Wiktionary loanword entry
    news = {tuple(line.split("\t")) for line in load_data("translations_news_en", "id")}
    assert all(r[0].lower() != r[1].lower() or (r[0], r[1]) in news for r in rows)
    assert ("virus", "virus", "word") in {tuple(r) for r in rows}


def test_translations_word_rows_hold_content_words_only():
    id_stop = set(load_data("stopwords", "id"))
    en_stop = set(load_data("stopwords", "en"))
    words = [line.split("\t") for line in load_data("translations_en", "id") if line.endswith("\tword")]
    assert not [r for r in words if r[0] in id_stop or r[1] in en_stop]
    assert all(r[0] == r[0].lower() and r[1] == r[1].lower() for r in words)


@pytest.mark.parametrize(("indonesian", "english"), [
    ("tentara", "troop"), ("pasukan", "troop"), ("gempa", "quake"), ("pengungsi", "refugee"),
    ("serangan", "attack"), ("presiden", "president"), ("perang", "war"),
    ("Korea Utara", "North Korea"), ("Amerika Serikat", "United States"), ("Rusia", "Russia"),
    # news vocabulary the Wiktionary list lacks, from the team's lang/id/translations_news_en.txt
    ("menteri", "minister"), ("juru bicara", "spokesman"), ("longsor", "landslide"), ("penumpang", "passengers"),
])
def test_translations_known_pairs_both_ways(indonesian, english):
    table = load_translations()
    assert english in table.english(indonesian)
    assert indonesian in table.indonesian(english)
    assert english in table.english(indonesian.upper())  # keys ignore case


def test_translations_unknown_word_gives_nothing():
    assert load_translations().english("qwertyuiop") == ()


def test_translations_bad_row_is_named(monkeypatch):
    monkeypatch.setattr(translations_module, "load_data",
                        lambda name, lang: ("tentara\ttroop\tword", "rusak\tbroken"))
    load_translations.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match=r"row 2 .*rusak"):
            load_translations()
    finally:
        load_translations.cache_clear()


def test_translations_file_is_what_the_script_builds():
    lexicon = needs_corpus("lexicon")
    assert build(lexicon) == OUT_PATH.read_text(encoding="utf-8"), \
        "lang/id/translations_en.txt is stale: rerun python -m ceksilang.lang.build_translations"
