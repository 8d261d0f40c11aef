"""parse_number: Indonesian digits, number words, scales and money markers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceksilang.extract.numbers import approximate_range, decimal_separator, number_words, parse_digits, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8.000", 8000),
        ("10.000", 10_000),
        ("1.000.000", 1_000_000),
        ("2,5 juta", 2_500_000),
        ("1,2 triliun", 1_200_000_000_000),
        ("3,5", 3.5),
        ("0,06", 0.06),
        ("12.000,75", 12_000.75),
        ("3.5", 3.5),
        ("1,234,567", 1_234_567),
        ("2024", 2024),
        ("0", 0),
        ("tujuh", 7),
        ("Tujuh", 7),
        ("sebelas", 11),
        ("dua belas", 12),
        ("dua puluh lima", 25),
        ("seratus", 100),
        ("seratus dua belas", 112),
        ("tiga ratus", 300),
        ("seribu", 1000),
        ("seribu dua ratus", 1200),
        ("dua ratus lima puluh ribu", 250_000),
        ("satu juta dua ratus ribu", 1_200_000),
        ("sepuluh ribu", 10_000),
        ("setengah juta", 500_000),
        # a half after a digit word adds to it: one and a half, two and a half million
        ("satu setengah", 1.5),
        ("dua setengah juta", 2_500_000),
        ("Rp tiga setengah miliar", 3_500_000_000),
        ("tiga puluh juta", 30_000_000),
        ("Rp2,7 juta", 2_700_000),
        ("Rp 425 juta", 425_000_000),
        ("Rp762 ribu", 762_000),
        ("Rp10 T", 10_000_000_000_000),
        ("US$ 1,5 miliar", 1_500_000_000),
        ("US$2,8 miliar", 2_800_000_000),
        ("1,5 miliar dolar AS", 1_500_000_000),
        ("250 ribu rupiah", 250_000),
        ("2,5jt", 2_500_000),
        ("5%", 5),
        ("-0,5", -0.5),
        ("minus 5,32", -5.32),
        ("  8.000  ", 8000),
        # stacked scales multiply: a thousand trillion, as national debt is reported
        ("Rp8 ribu triliun", 8_000_000_000_000_000),
        ("delapan ribu triliun", 8_000_000_000_000_000),
        ("11 ribu miliar", 11_000_000_000_000),
        # fig44: fractions written as words are the fraction itself
        ("sepertiga", 1 / 3),
        ("seperempat", 0.25),
        ("dua pertiga", 2 / 3),
        ("tiga perempat", 0.75),
        ("separuh", 0.5),
    ],
)
def test_numbers_parse_number_values(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "tentara", "ribu", "juta dua", "dua tiga", "puluh", "belas lima", "8.000 tentara",
     "G20", "ketiga", "Rp", "2,5 juta tentara", "abc123", "1.2.3", "satu dua tiga", "5 M", "2 juta juta",
     "2 triliun ribu"],
)
def test_numbers_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8.000", 8000), ("3,5", 3.5), ("1,234,567", 1_234_567), ("12", 12), ("x", None), ("1..2", None)],
)
def test_numbers_parse_digits(text: str, expected: float | None) -> None:
    assert parse_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ribuan", (1000, 9999)), ("puluhan", (10, 99)), ("puluhan ribu", (10_000, 99_999)),
     ("ratusan ribu", (100_000, 999_999)), ("jutaan", (1_000_000, 9_999_999)), ("tentara", None),
     ("ribuan tentara", None)],
)
def test_numbers_approximate_range(text: str, expected: tuple[float, float] | None) -> None:
    assert approximate_range(text) == expected


def test_numbers_data_loads_with_expected_shape() -> None:
    words = number_words()
    assert words.scales["juta"] == 1_000_000
    assert words.currency_prefix["Rp"] == "IDR"
    assert "no" in words.not_after_words  # YAML would read a bare `no` as False
    assert all(isinstance(w, str) for w in words.not_after_words | words.not_before_words)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_numbers_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float) and not math.isnan(value)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_numbers_thousands_separator_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}".replace(",", ".")) == n


@pytest.mark.parametrize(("text", "indonesian", "english"), [
    ("8,000", 8.0, 8000.0),          # one comma group: a decimal in Indonesian, thousands in English
    ("12,500.5", 12500.5, 12500.5),     # a comma group before a decimal point is English anywhere
    ("2.5", 2.5, 2.5),
    ("8.000", 8000.0, 8000.0),        # Indonesian thousands stay thousands
    ("1,234,567", 1234567.0, 1234567.0),
    ("3,75", 3.75, 3.75),
])
def test_numbers_parse_digits_by_decimal_mark(text: str, indonesian: float | None, english: float | None) -> None:
    assert parse_digits(text) == indonesian
    assert parse_digits(text, decimal=".") == english


def test_numbers_decimal_separator_per_language() -> None:
    assert decimal_separator("id") == "," and decimal_separator(None) == ","
    assert decimal_separator("en") == "."
    assert decimal_separator("ms") == ","  # no numbers file: read as Indonesian
