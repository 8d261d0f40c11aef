"""The extraction stages' gates and once-per-clause reads give what reading everything gives.

A gate skips a clause where no pattern it guards can find anything (``quotes.may_report``: no speech
verb nor "menurut", so ``_indirect`` finds no one). These tests run the finders with each gate forced
open and compare every output field, on hand-made texts and (with /work/shared) on coverage.csv articles.
"""

from __future__ import annotations

import dataclasses
import random
from itertools import islice
from pathlib import Path

import pytest

from ceksilang.extract import quotes as quotes_module
from ceksilang.extract.quantities import find_quantities
from ceksilang.extract.quotes import (_Resolver, _report_word_gate, find_quotes, may_hold_quotes, may_report,
                                      report_word_fields)
from ceksilang.extract.timex import find_dates
from ceksilang.ingest.read import iter_inputs
from ceksilang.lang import load_speech_verbs, pronoun_enclitics
from ceksilang.model import RawDocument
from ceksilang.pipeline import analyze_raw

from .conftest import needs_corpus

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"

SPEECH_TEXTS = (
    "Menurut Kepala BPBD Sleman, Joko Supriyanto, air mulai surut sejak Senin pagi di tiga desa.",
    "Sebab, menurutnya, bantuan logistik belum sampai ke kampung di hulu sungai itu.",
    "Dalam satu bulan kata Joko, pihaknya bisa menyalurkan seribu paket sembako kepada warga.",
    "Harga cabai naik tajam di pasar induk pekan ini, kata pedagang Siti Aminah kepada wartawan.",
    "Bupati Gunawan mengatakan bahwa jembatan darurat selesai dibangun dalam dua hari ke depan.",
    "Hal itu diungkapkan oleh Plt Kepala Dinas Kesehatan Desti Mega Putri di kantornya, Selasa.",
    "Ia juga meminta warga untuk tetap tenang dan tidak mudah percaya kabar yang belum jelas.",
    "Presiden Joko Widodo (Jokowi) kata Mahfud sempat marah atas lambatnya penanganan bencana itu.",
    "Mira Tanaka, the mayor, said the dam held through the night despite the heavy rain upstream.",
    "Warga dievakuasi ke balai desa. Hingga kini belum ada laporan korban jiwa dari wilayah itu.",
    "“Kami sudah siap,” ujarnya. Petugas kata-kata mereka tidak jelas, katanya, karena hujan deras.",
)


def _fields(records: list) -> list[dict]:
    return [dataclasses.asdict(r) for r in records]


def _quotes_gate_open(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[dict], list[dict]]:
    gated = _fields(find_quotes("d", text))
    with monkeypatch.context() as m:
        m.setattr(quotes_module, "may_report", lambda r, s, e: True)
        opened = _fields(find_quotes("d", text))
    return gated, opened


def test_report_gate_matches_every_listed_word_in_any_case_and_with_enclitics() -> None:
    verbs = load_speech_verbs(quotes_module.QUOTE_LANGUAGES)
    gate = _report_word_gate(verbs)
    words = set().union(*report_word_fields(verbs))
    assert words
    for word in words:
        for form in (word, word.capitalize(), word.upper(), *(word + e for e in pronoun_enclitics())):
            assert gate.search(f"lalu, {form} Budi,"), form
            # a word inside another word is none ("dilakukan" holds "aku")
            assert not gate.search(f"x{form}x"), form


def test_may_report_only_where_a_speech_word_stands() -> None:
    text = "Warga dievakuasi ke balai desa dilakukan malam. Hujan turun, katanya, sejak sore."
    r = _Resolver("d", text, [(0, 48), (49, len(text))], [])
    assert not may_report(r, 0, 48)
    assert may_report(r, 49, len(text))


@pytest.mark.parametrize("text", SPEECH_TEXTS)
def test_quotes_the_same_with_the_report_gate_open(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated, opened = _quotes_gate_open(text, monkeypatch)
    assert gated == opened


def test_quotes_the_same_with_the_report_gate_open_on_the_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
    assert texts
    found = 0
    for text in texts:
        gated, opened = _quotes_gate_open(text, monkeypatch)
        assert gated == opened
        found += sum(q["kind"] == "indirect" for q in gated)
    assert found  # the demo reports words without quote marks: the gate had something to keep


def test_words_outside_quotes_equal_the_word_by_word_test() -> None:
    rng = random.Random(14)
    text = " ".join(rng.choice(["kata", "“Kami", "siap”", "Budi", "pergi", "'ya'", "ke", "pasar."]) for _ in range(400))
    r = _Resolver("d", text, [(0, len(text))], [])
    spans = sorted((a, a + rng.randint(1, 60)) for a in rng.sample(range(len(text)), 40))
    for quoted in ([], spans, spans[:3], [(0, len(text))]):
        r.quoted = list(quoted)
        for _ in range(300):
            a = rng.randrange(len(text))
            b = a + rng.randint(0, 200)
            expected = [k for k in r.words.between(a, b) if not r.in_quote(r.words.starts[k])]
            assert r.words_outside_quotes(a, b) == expected


def test_quantities_take_the_nearest_date_of_their_own_sentence() -> None:
    text = ("Pada Senin (3/3/2025) banjir merendam 120 rumah dan pada Selasa (4/3/2025) 300 rumah. "
            "Hingga Rabu, 5 Maret 2025, 40 warga mengungsi.")
    dates = find_dates("d", text, "2025-03-06")
    got = {q.text: q.time for q in find_quantities("d", text, dates=dates)}
    # the date starting nearest the figure, of its sentence only (Rabu is nearer 300 than Senin is)
    assert got["120 rumah"] == "Selasa (4/3/2025)"
    assert got["300 rumah"] == "Selasa (4/3/2025)"
    assert got["40 warga"] == "Rabu, 5 Maret 2025"


def test_quotes_the_same_with_the_report_gate_open_on_coverage_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """200 coverage.csv articles (every 40th row), cleaned as the pipeline cleans them."""
    path = needs_corpus("coverage", "coverage.csv")
    raws = [item for item in islice(iter_inputs([path]), 0, 8000, 40) if isinstance(item, RawDocument)]
    indirect = 0
    for raw in raws:
        text = analyze_raw(raw, extract=False).text
        gated, opened = _quotes_gate_open(text, monkeypatch)
        assert gated == opened, raw.url
        indirect += sum(q["kind"] == "indirect" for q in gated)
    assert indirect > 50


def _quotes_document_gate_open(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple, tuple]:
    """Quotes and speaker spans with ``may_hold_quotes`` as it is, then forced open (every text read)."""
    spans: dict = {}
    gated = (_fields(find_quotes("d", text, person_spans=spans)), spans)
    with monkeypatch.context() as m:
        m.setattr(quotes_module, "may_hold_quotes", lambda t: True)
        opened_spans: dict = {}
        opened = (_fields(find_quotes("d", text, person_spans=opened_spans)), opened_spans)
    return gated, opened


NO_SPEECH_TEXTS = (
    "Harga emas Antam naik Rp5.000 menjadi Rp1.950.000 per gram pada Senin pagi di Jakarta.",
    "banjir merendam 120 rumah di desa sukamaju. warga dievakuasi ke balai desa sejak senin malam.",
    "Pemerintah Kabupaten Sleman menyebutkan jalan itu ditutup tersebut hingga Jumat.",  # "sebut" inside words
    "Kurs rupiah melemah 0,3% ke Rp16.400 per dolar AS, menurut data Bloomberg pukul 09.00 WIB.",
    "harga cabai naik tajam, kata pedagang siti aminah kepada wartawan di pasar induk.",
    "Çiftçi Ahmet Yılmaz mengatakan panen gagal.",  # not ASCII: read after capitals are restored
    "Warga dievakuasi. ‘Kami takut,’ ujar Budi.",
)


def test_no_quotes_and_no_speaker_where_no_mark_nor_speech_word_stands() -> None:
    assert not may_hold_quotes("Harga emas Antam naik Rp5.000 per gram pada Senin pagi.")
    assert not may_hold_quotes("jalan itu ditutup tersebut hingga jumat.")  # "sebut" only inside a word
    assert may_hold_quotes("Jalan itu ditutup, kata Budi.")
    assert may_hold_quotes("Jalan itu “ditutup”.")
    assert may_hold_quotes("MENURUT Budi jalan itu ditutup.")
    assert find_quotes("d", "Harga emas Antam naik Rp5.000 per gram pada Senin pagi di Jakarta.") == []


@pytest.mark.parametrize("text", NO_SPEECH_TEXTS + SPEECH_TEXTS)
def test_quotes_the_same_with_the_document_gate_open(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated, opened = _quotes_document_gate_open(text, monkeypatch)
    assert gated == opened


def test_quotes_the_same_with_the_document_gate_open_on_coverage_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """200 coverage.csv articles (every 40th row from the 20th), and each lower-cased as archives keep some."""
    path = needs_corpus("coverage", "coverage.csv")
    raws = [item for item in islice(iter_inputs([path]), 20, 8000, 40) if isinstance(item, RawDocument)]
    for raw in raws:
        text = analyze_raw(raw, extract=False).text
        for variant in (text, text.lower()):
            gated, opened = _quotes_document_gate_open(variant, monkeypatch)
            assert gated == opened, raw.url
    assert len(raws) > 150
