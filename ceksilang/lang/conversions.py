"""Units of measure and their conversion factors (``lang/unit_conversions.yaml``), typed.

``unit_after(text)`` reads the unit written at the start of ``text`` (what follows a figure's
number: " miles north of", "°F.", " derajat Celsius"); ``same_after_conversion`` says whether a
figure in one unit is another figure in another unit of the same measure, within the rounding
of the converted one ("10 miles" / "16 km" yes, "10 miles" / "10 km" no). The factors belong to
no language, so the file sits beside the language folders and serves both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from ceksilang.lang import LANG_DIR, LanguageDataError, parse_yaml

FILE_PATH = LANG_DIR / "unit_conversions.yaml"


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit: a value in it is ``value * factor + offset`` in its measure's base unit."""

    measure: str
    name: str
    factor: float
    offset: float = 0.0

    def to_base(self, value: float) -> float:
        return value * self.factor + self.offset

    def from_base(self, value: float) -> float:
        return (value - self.offset) / self.factor


@dataclass(frozen=True, slots=True)
class UnitConversions:
    forms: dict[str, Unit]  # written form (lower case) -> unit
    pattern: re.Pattern[str]  # any form at the start of a text, longest first, ending at a word end
    relative_tolerance: float


@lru_cache(maxsize=1)
def load_unit_conversions() -> UnitConversions:
    """The file, typed; a malformed entry is named."""
    try:
        data = parse_yaml(FILE_PATH.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LanguageDataError(f"{FILE_PATH}: {exc}") from exc
    forms: dict[str, Unit] = {}
    try:
        for measure, units in data["measures"].items():
            for name, spec in units.items():
                unit = Unit(str(measure), str(name), float(spec["factor"]), float(spec.get("offset", 0.0)))
                if unit.factor <= 0:
                    raise ValueError(f"{measure}/{name}: the factor must be positive")
                for form in spec["forms"]:
                    key = " ".join(str(form).split())
                    if key in forms and forms[key] != unit:
                        raise ValueError(f"the form {key!r} is given to {forms[key].name} and {name}")
                    forms[key] = unit
        tolerance = float(data["relative_tolerance"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise LanguageDataError(f"{FILE_PATH}: malformed ({exc})") from exc
    pattern = re.compile(r"\s*(?:" + "|".join(_form_pattern(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![^\W\d_])")
    return UnitConversions(forms, pattern, tolerance)


def _exact_case(form: str) -> bool:
    """A form with capitals, or of one letter, is matched as written: "C" is Celsius in "40C",
    but "M" and "T" after an Indonesian sum are miliar and triliun, not metres and tonnes."""
    return form != form.lower() or len(form) == 1


def _form_pattern(form: str) -> str:
    words = r"\s+".join(re.escape(w) for w in form.split())
    return words if _exact_case(form) else f"(?i:{words})"


def unit_after(text: str) -> Unit | None:
    """The unit written at the start of ``text`` (spaces before it allowed), or None."""
    conversions = load_unit_conversions()
    found = conversions.pattern.match(text)
    if not found:
        return None
    written = " ".join(found.group(0).split())
    return conversions.forms.get(written) or conversions.forms.get(written.lower())


_LAST_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
UNIT_REACH = 30  # characters after a figure where its unit is written ("104 degrees Fahrenheit")


def figure_unit(figure_text: str, following: str) -> Unit | None:
    """The unit of measure written after a figure's number: ``figure_text`` is the figure as
    found ("about 10 miles", "95"), ``following`` the text right after it ("°F in the shade")."""
    numbers = list(_LAST_NUMBER.finditer(figure_text))
    if not numbers:
        return None
    return unit_after(figure_text[numbers[-1].end():] + following[:UNIT_REACH])


def in_unit(value: float, unit: Unit, other: Unit) -> float:
    """``value`` in ``unit`` converted into ``other`` (a unit of the same measure)."""
    if unit.measure != other.measure:
        raise ValueError(f"{unit.name} ({unit.measure}) cannot be converted into {other.name} ({other.measure})")
    return other.from_base(unit.to_base(value))


def rounding_step(value: float) -> float:
    """Half a unit of the last non-zero digit ``value`` is written with: 16 -> 0.5, 4860 -> 5,
    2.4 -> 0.05 (a figure in the thousands rounded to hundreds is read as rounded there)."""
    if value == 0:
        return 0.5
    if value != int(value):
        decimals = len(f"{abs(value):.6f}".rstrip("0").split(".")[1])
        return 0.5 * 10 ** -decimals
    whole = int(abs(value))
    zeros = len(str(whole)) - len(str(whole).rstrip("0"))
    return 0.5 * 10 ** zeros


def same_after_conversion(value: float, unit: Unit, other_value: float, other_unit: Unit) -> bool:
    """Whether ``value`` in ``unit`` is ``other_value`` in ``other_unit`` as a rounded
    conversion: the same measure, two units, and the converted value within the rounding of
    ``other_value`` as written (see ``relative_tolerance`` in the data file)."""
    if unit.measure != other_unit.measure or unit.name == other_unit.name:
        return False
    converted = in_unit(value, unit, other_unit)
    tolerance = rounding_step(other_value) + load_unit_conversions().relative_tolerance * abs(converted)
    return abs(converted - other_value) <= tolerance


__all__ = ["Unit", "UnitConversions", "load_unit_conversions", "unit_after", "figure_unit", "in_unit",
           "rounding_step", "same_after_conversion"]
