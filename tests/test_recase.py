"""Tests of ceksilang.extract.recase and of quotes in lower-cased articles: names learnt from
where reported speech puts a speaker, capitals restored without moving any offset."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceksilang.extract.quotes import QUOTE_LANGUAGES, find_quotes, load_quote_patterns
from ceksilang.lang import load_speech_verbs
from ceksilang.extract.recase import restore_case
from ceksilang.text import looks_lowercased

# invented lower-cased articles; padding makes them long enough to count as lower-cased copies
PAD = " pasar tradisional di kota itu tetap ramai dikunjungi pembeli sejak pagi hari ini."


def _recased(text: str) -> str:
    return restore_case(text, load_speech_verbs(QUOTE_LANGUAGES), load_quote_patterns())


@pytest.mark.parametrize("text, capitalised, left_alone", [
    # after a cue: the name tail of the phrase, and the role before it in capitals as well
    ('"stok kami cukup sampai akhir tahun," kata kepala dinas pangan kota hilir budiarto sumampow.',
     ["Budiarto Sumampow", "Kepala Dinas Pangan Kota Hilir"], ["kami", "tahun"]),
    # "menurut X" teaches the surname; the full name is grown from another sentence
    ("wali kota hilir rusdianto purbaya meresmikan pasar itu. menurut rusdianto, pasar itu akan buka setiap hari.",
     ["Rusdianto Purbaya", "Menurut Rusdianto"], ["pasar itu akan"]),
    # the subject before a meN- speech verb
    ("ketua koperasi, wiratmoko sudarsih mengatakan harga gabah naik.",
     ["Wiratmoko Sudarsih"], ["harga gabah"]),
    # number words and a description of two dictionary words stand before the name
    ('"harganya turun," kata salah satu penjual ikan wardoyo di pasar.',
     ["Wardoyo"], ["satu", "penjual ikan"]),
    # the comma closing an apposition before the verb; a word met away from the name is no part of it
    ("stok beras di gudang cukup. kualitas beras winarto sasmita, ketua koperasi, menyampaikan bahwa "
     "stok aman. ketua koperasi, winarto sasmita, menyampaikan bahwa harga naik.",
     ["Winarto Sasmita"], ["beras Winarto"]),
    # a common word in the speaker slot is not a name
    ('"harganya naik lagi," kata warga pasar.', [], ["warga"]),
    # the word after an organisation's first word names the organisation, not a person
    ('"beras aman," ujar direktur perum logistik sugiharto wibisono.',
     ["Sugiharto Wibisono"], ["Logistik Sugiharto"]),
])
def test_recase_names_from_speech_slots(text, capitalised, left_alone):
    cased = _recased(text)
    assert len(cased) == len(text) and cased.lower() == text.lower()
    for part in capitalised:
        assert part in cased
    for part in left_alone:
        assert part in cased


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdeimnorstu ,.\"'", max_size=300))
def test_recase_keeps_length_and_letters(text):
    cased = _recased(text)
    assert len(cased) == len(text)
    assert cased.lower() == text.lower()


def test_quotes_lowercased_article_role_abbreviation_resolves_to_holder():
    text = ("menteri kesehatan (menkes) lestiani pramudita meninjau puskesmas hilir." + PAD +
            ' "vaksin untuk anak harus tiba pekan depan," kata menkes lestiani di puskesmas, senin.'
            ' ia menambahkan bahwa tenaga perawat akan dikirim besok.'
            ' "kami sudah siapkan anggarannya," ujarnya.')
    assert looks_lowercased(text)
    quotes = find_quotes("d", text)
    by_words = {q.text.split()[0]: q for q in quotes}
    assert by_words["vaksin"].speaker_name == "Lestiani Pramudita"
    assert by_words["kami"].speaker_name == "Lestiani Pramudita"
    assert any(q.kind == "indirect" and q.text.startswith("tenaga perawat") and q.speaker_name == "Lestiani Pramudita"
               for q in quotes)
    # the quote text is the article's own (lower-cased), not the recased copy
    assert all(q.text == text[q.start:q.end] for q in quotes)


@pytest.mark.parametrize("text", [
    'Kepala Kejaksaan Negeri Medan Darmawan Sitepu menahan dua tersangka. "Berkasnya lengkap," kata Kajari.',
    'kepala kejaksaan negeri hilir, darmawan sitepu mengatakan dua tersangka ditahan.' + PAD * 2 +
    ' "berkasnya lengkap," kata kajari saat ditemui di kantornya.',
])
def test_quotes_role_abbreviation_points_to_the_office_holder(text):
    quotes = find_quotes("d", text)
    q = next(q for q in quotes if q.text.lower().startswith("berkasnya"))
    assert q.speaker_name is not None and q.speaker_name.lower() == "darmawan sitepu"


@pytest.mark.parametrize("sentence, speaker", [
    # "Full Name (Alias)": the alias in the cue stands for the full name
    ('menteri koordinator bidang pangan hartono wiguna (harwi) meninjau pasar induk.' + PAD * 2 +
     ' "harga di sini masih wajar," ujar harwi saat meninjau pasar.', "Hartono Wiguna"),
    # a role with its short form in brackets, then the holder set off by commas
    ('"aturan itu bisa diulang," ujar direktur lembaga kajian pasar (lkp), sugiarto wasesa, selasa.' + PAD * 2,
     "Sugiarto Wasesa"),
    # a rank between the role and the name is no part of the name
    ('"stok aman sampai akhir tahun," kata akbp darsono di kantornya, jumat.' + PAD * 3, "Darsono"),
])
def test_quotes_lowercased_alias_apposition_and_rank(sentence, speaker):
    quotes = find_quotes("d", sentence)
    assert speaker in [q.speaker_name for q in quotes]


def test_quotes_deputy_minister_short_form_is_a_role():
    text = ('"petani muda harus berani ekspor," ujar wamentan sudarsono saat melepas ekspor.' + PAD * 3)
    assert "Sudarsono" in [q.speaker_name for q in find_quotes("d", text)]
