"""find_quantities' passes rewritten for speed (speed28) keep their answers: the product and malformed-grouping
scans that open on a digit, the share unit looked up only when a test needs it, the clause and claimant reads
matched in place, the estimate cue's clause, the restatement lookup, title case by word initials and the
currency markers sorted once."""

from __future__ import annotations

import pytest

from ceksilang.extract.numbers import parse_number
from ceksilang.extract.quantities import _clause, _clause_breaks, _is_title_case, find_quantities


def _read(text: str) -> list[tuple[str, float | None, str, str | None]]:
    return [(q.text, q.value, q.qualifier, q.unit) for q in find_quantities("t", text, language="id")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Polisi diberi waktu 1x24 jam untuk memeriksa tersangka.", [("1x24 jam", 24.0, "exact", "jam")]),
    ("Polisi diberi waktu 2 x 24 jam untuk memeriksa tersangka.", [("2 x 24 jam", 48.0, "exact", "jam")]),
])
def test_a_product_before_a_unit_of_time_is_one_figure(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Model A1x24 jam baru dirilis.",  # glued to a word before it: a model's code
    "Harga naik 1,5x24 jam kemudian.",  # a decimal part before the sign: no product of whole numbers
])
def test_a_product_glued_to_a_word_or_a_decimal_is_none(text: str) -> None:
    assert not any(q.value in (24.0, 36.0) and "x" in q.text for q in find_quantities("t", text, language="id"))


@pytest.mark.parametrize("text", [
    "Nilai transaksi 1.234.567.89 tercatat.",
    "Nilai transaksi (1.234.567.89) tercatat.",
])
def test_thousands_groups_closed_by_a_dot_and_two_digits_are_no_figure(text: str) -> None:
    assert _read(text) == []


def test_a_capitalised_word_glued_after_an_amount_is_the_next_item() -> None:
    assert _read("Harga emas Rp 1.018.500Emas 1 gram turun.")[0] == ("Rp 1.018.500", 1018500.0, "exact", "IDR")


@pytest.mark.parametrize(("text", "expected"), [
    # "ke" before a share is the level it went to, not an ordinal: the share unit, written as a word, says so
    ("Inflasi melonjak ke 68,25 persen pada Mei.", [("68,25 persen", 68.25, "exact", "persen")]),
    ("Inflasi melonjak ke 68,25% pada Mei.", [("68,25%", 68.25, "exact", "persen")]),
    ("Angka pengangguran naik ke 5 persen tahun ini.", [("5 persen", 5.0, "exact", "persen")]),
    # with no share unit after it, "ke 3" is an ordinal: read as such, after its unit of sequence
    ("Pencarian memasuki hari ke 3 pada Senin.", [("hari ke 3", 3.0, "exact", "hari")]),
])
def test_a_share_after_the_ordinal_marker_is_a_level(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Kerugian ditaksir mencapai Rp 5 miliar.", "approx"),
    ("Kerugian ditaksir, namun mencapai Rp 5 miliar.", "exact"),  # the estimate verb is in another clause
])
def test_an_estimate_verb_counts_only_in_the_figure_s_clause(text: str, qualifier: str) -> None:
    assert [q.qualifier for q in find_quantities("t", text, language="id")] == [qualifier]


@pytest.mark.parametrize(("text", "claimant"), [
    ("Menurut data BPBD Kabupaten Bogor, 12 orang tewas.", "BPBD Kabupaten Bogor"),
    ("Sebanyak 12 orang tewas, kata juru bicara polisi.", "juru bicara polisi"),
    ("Sebanyak 12 orang tewas, kata pihak berwenang.", "pihak berwenang"),
    ("BNPB pada Senin (4/11) mengatakan 30 rumah rusak.", "BNPB"),
])
def test_the_claimant_of_a_figure(text: str, claimant: str) -> None:
    assert [q.claimant for q in find_quantities("t", text, language="id")] == [claimant]


def test_the_place_of_a_figure_is_in_its_own_clause() -> None:
    text = "Di Jakarta, 5 orang tewas; di Bogor 3 orang luka."
    found = {q.text: q.place for q in find_quantities("t", text, language="id")}
    assert found["3 orang"] == "Bogor"
    sentence = (0, len(text))
    start = text.index("3 orang")
    clause = _clause(text, sentence, start, start + 7)
    assert text[clause[0]:clause[1]] == "di Bogor 3 orang luka."
    assert _clause(text, sentence, start, start + 7, _clause_breaks(text, sentence)) == clause
    first = text.index("5 orang")
    assert text[slice(*_clause(text, sentence, first, first + 7))] == "5 orang tewas"


@pytest.mark.parametrize(("line", "title"), [
    ("5 Fakta di Balik Kebakaran", True),
    ("Ini adalah kalimat biasa", False),
    ("Élan Über Straße", True),  # capitals outside ASCII
    ("COVID19 Naik Lagi", True),  # a digit ends a word
    ("Dua kata", False),  # too few words to tell
    ("ke-3 Hari Ini Besar", True),
])
def test_title_case_lines(line: str, title: bool) -> None:
    assert _is_title_case(line) is title


@pytest.mark.parametrize(("text", "value"), [
    ("Rp2,7 juta", 2_700_000.0),
    ("1,5 miliar dolar AS", 1_500_000_000.0),
    ("US$ 300", 300.0),
    ("Rp 10 T", 10_000_000_000_000.0),
    ("dua puluh lima", 25.0),
])
def test_parse_number_with_currency_markers(text: str, value: float) -> None:
    assert parse_number(text) == value
