"""Units of measure and conversions (lang/unit_conversions.yaml, read by ceksilang.lang.conversions)."""

from __future__ import annotations

import pytest

from ceksilang.lang import LanguageDataError
from ceksilang.lang import conversions
from ceksilang.lang.conversions import load_unit_conversions, rounding_step, same_after_conversion, unit_after


@pytest.mark.parametrize(("text", "measure", "name"), [
    (" miles north of the town", "length", "mile"),
    (" km di utara", "length", "kilometre"),
    (" feet high", "length", "foot"),
    (" degrees Fahrenheit on Sunday", "temperature", "fahrenheit"),
    ("°F.", "temperature", "fahrenheit"),
    ("C) in the shade", "temperature", "celsius"),
    (" derajat Celsius pada", "temperature", "celsius"),
    (" miles per hour near", "speed", "miles per hour"),
    (" km per jam di dekat", "speed", "kilometres per hour"),
    (" acres of forest", "area", "acre"),
    (" hektare hutan", "area", "hectare"),
    (" gallons of water", "volume", "gallon"),
    (" liter air", "volume", "litre"),
    (" pounds of rice", "mass", "pound"),
    (" Miles", "length", "mile"),  # lower-case forms match in any case
    (" m tall", "length", "metre"),
])
def test_conversions_unit_written_after_a_figure(text, measure, name):
    unit = unit_after(text)
    assert unit is not None and (unit.measure, unit.name) == (measure, name)


@pytest.mark.parametrize("text", [" foxes", " Foxes", " people", " orang", "", " million litres",
                                  " M untuk proyek itu", " T dari APBN"])  # Rp5 M, Rp2 T: miliar, triliun
def test_conversions_no_unit(text):
    assert unit_after(text) is None


@pytest.mark.parametrize(("value", "unit", "other", "other_unit", "same"), [
    (10, " miles", 16, " km", True),
    (10, " miles", 10, " km", False),
    (10, " miles", 20, " km", True),  # 16.09 km rounded to tens
    (12_000, " acres", 4_860, " hektare", True),
    (104, " degrees Fahrenheit", 40, " derajat Celsius", True),
    (104, " degrees Fahrenheit", 104, " derajat Celsius", False),
    (30_000, " gallons", 113_500, " liter", True),
    (8, " feet", 2.4, " meter", True),
    (8, " feet", 8, " meter", False),
    (200, " pounds", 91, " kg", True),
    (75, " mph", 120, " km/jam", True),
    (10, " miles", 16, " kg", False),  # two measures
    (16, " km", 16, " kilometer", False),  # one unit: no conversion
])
def test_conversions_same_after_conversion(value, unit, other, other_unit, same):
    assert same_after_conversion(value, unit_after(unit), other, unit_after(other_unit)) is same


@pytest.mark.parametrize(("value", "step"), [(16, 0.5), (4860, 5), (2.4, 0.05), (12_000, 500), (0, 0.5)])
def test_conversions_rounding_step(value, step):
    assert rounding_step(value) == pytest.approx(step)


def test_conversions_every_measure_has_its_base_unit():
    table = load_unit_conversions()
    measures = {u.measure for u in table.forms.values()}
    assert {"length", "area", "mass", "volume", "speed", "temperature"} <= measures
    for measure in measures:
        assert any(u.factor == 1 and u.offset == 0 for u in table.forms.values() if u.measure == measure)
    assert all(" ".join(f.split()) == f for f in table.forms)


def test_conversions_malformed_file_is_named(tmp_path, monkeypatch):
    bad = tmp_path / "unit_conversions.yaml"
    bad.write_text("relative_tolerance: 0.01\nmeasures:\n  length:\n    metre: {forms: [m]}\n", encoding="utf-8")
    monkeypatch.setattr(conversions, "FILE_PATH", bad)
    load_unit_conversions.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match="unit_conversions.yaml"):
            load_unit_conversions()
    finally:
        load_unit_conversions.cache_clear()
