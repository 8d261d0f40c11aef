"""Numbers in news text: digits with each language's separators, number words and money markers.

``parse_number("2,5 juta") == 2_500_000``. Indonesian writes thousands with dots and decimals
with a comma ("8.000", "3,5"), so "1.500" is one thousand five hundred, not one and a half; a
dot followed by anything but groups of three digits ("3.5") is read as an English decimal.
The words ("dua puluh lima", "sebelas", "seribu") and markers ("Rp", "US$") are data in
``lang/id/numbers.yaml``; the quantity finder (``quantities.py``) reuses the same tables.
An English article's digits use the other decimal mark (``lang/en/numbers.yaml``): there
"8,000" is eight thousand, which Indonesian would read as eight. English number words have
the same shape in data ("twelve thousand", "twenty-five", "a dozen", "hundreds of"): the
parsers take a ``language`` and read that language's ``numbers.yaml`` (Indonesian when the
language has none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ceksilang.lang import DEFAULT_LANGUAGE, LanguageDataError, has_data, load_data

__all__ = ["NumberWords", "number_words", "decimal_separator", "parse_number", "parse_digits", "approximate_range",
           "data_language"]


@lru_cache(maxsize=None)
def data_language(name: str, language: str | None) -> str:
    """The language whose ``name`` data file serves text of ``language``: itself when it has
    that file, else Indonesian (also for ``None``: a document whose language is unknown)."""
    if not language or language == DEFAULT_LANGUAGE:
        return DEFAULT_LANGUAGE
    return language if has_data(name, language) else DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The tables of ``numbers.yaml`` in the shape the parsers use."""

    digits: dict[str, float]
    teens: str | None  # None: the language builds no number this way (English)
    tens: str | None
    hundreds: str | None
    se_forms: dict[str, float]
    scales: dict[str, float]
    scale_letters: dict[str, float]
    approximate: dict[str, tuple[float, float]]
    currency_prefix: dict[str, str]
    currency_suffix: dict[str, str]
    not_after_words: frozenset[str]
    not_before_words: frozenset[str]
    year_range: tuple[int, int]
    # factor words that multiply the digit word before them: "five hundred", "two dozen"
    multipliers: dict[str, float]
    # words that count as one only before a scale or multiplier: "a dozen", "a million"
    articles: frozenset[str]
    # characters that may join number words: "twenty-five", "ten-thousand"
    joiners: tuple[str, ...]
    # words allowed between an approximate plural and a scale: "tens of thousands"
    approximate_joiners: frozenset[str]
    # plural scales after an approximate plural: "hundreds of thousands"
    plural_scales: dict[str, float]
    # a duration that is itself the figure a story is about: a prison term ("16 tahun penjara",
    # "pidana penjara selama 16 tahun") or an age ("berusia 21 tahun"); the words after the
    # duration word, and the words shortly before the number, that mark one
    duration_figure_after: frozenset[str] = frozenset()
    duration_figure_before: frozenset[str] = frozenset()
    duration_window_after: frozenset[str] = frozenset()  # "5 tahun terakhir": a window, not a figure
    age_before: frozenset[str] = frozenset()  # of duration_figure_before, the words that make it an age
    age_nouns: frozenset[str] = frozenset()  # "usia": earlier in the clause, the duration is an age
    # fig34: a noun of a person right before the number makes the duration an age ("Pemain 24 tahun itu"), unless a
    # verb of becoming stands before the noun ("menjadi pelatih 3 tahun": a term)
    age_right_after: frozenset[str] = frozenset()
    age_right_after_not_after: frozenset[str] = frozenset()
    # the digits of a postcode: a bare number of that many digits after a place name, with no unit
    # after it ("Yogyakarta 55232"), is an address, not a figure; 0: none
    postcode_digits: int = 0
    # mend55: currency words after an amount that also name a unit of weight ("pound"): money only with a money
    # cue (or a scale: "50 juta pound") among the ``cue_reach`` words before the amount, and no weight cue there
    money_or_weight: frozenset[str] = frozenset()
    money_cues: frozenset[str] = frozenset()
    weight_cues: frozenset[str] = frozenset()
    cue_reach: int = 0
    # the unit of a bare number in brackets after a name ("Mbah Tupon (68)"), an age; None: the
    # language has no such convention
    bracketed_age_unit: str | None = None
    # the words right before a bare whole number that make it an age in bracketed_age_unit ("di usia 25")
    bare_age_before: frozenset[str] = frozenset()
    # the words an age in brackets after a name may carry: "Sisti (62 tahun)", "Budi (45 thn)"
    age_unit_words: tuple[str, ...] = ()
    # the words after "satu" (or after the noun it counts) that set the one against others, making
    # it a count: "satu lagi", "satu korban lainnya"
    one_against_others: frozenset[str] = frozenset()
    # words for a half that add one half to the digit word right before them: "satu setengah"
    # is one and a half, "dua setengah juta" two and a half million
    and_a_half: frozenset[str] = frozenset()
    # of the duration cues before a number, the legal terms that still mark a term over a hedge
    # ("pidana penjara paling lama 12 tahun")
    duration_through_hedge: frozenset[str] = frozenset()
    # the words of a duration ("detik", "hari"): any number right before one is a duration, never a bare figure
    duration_words: frozenset[str] = frozenset()
    # fig28: a length told in two units ("1 jam 49 menit", "36 menit 6 detik"): (larger unit, smaller unit, how many
    # of the smaller one the larger one holds); one figure, in the smaller unit
    compound_durations: tuple[tuple[str, str, int], ...] = ()
    # a term told in two units ("4 tahun 9 bulan"): (larger unit, smaller unit); one figure, in the smaller unit,
    # of term_factors[(larger, smaller)] smaller units a larger one
    term_parts: frozenset[tuple[str, str]] = frozenset()
    term_factors: tuple[tuple[str, str, int], ...] = ()
    # the words that open an item of a list of counts, making a "satu" after another count of its
    # sentence a count ("tiga orang, satu di bawah umur", "yang satu")
    one_in_a_list_after: frozenset[str] = frozenset()
    # counts glued to a prefix: "berempat" (together, people), "ketiga korban" (all of a group)
    together_prefix: str | None = None
    together_unit: str | None = None
    all_of_prefix: str | None = None
    all_of_from: int = 2  # the least number the all-of form counts
    all_of_not_after: frozenset[str] = frozenset()  # "pihak ketiga": a noun taking an ordinal
    all_of_joined_by: frozenset[str] = frozenset()  # "keempat dan kelima": joined to an ordinal, an ordinal
    together_from: int = 2  # the least number the together form counts
    # "USD 7,400": currencies whose amounts, in a text with a decimal comma, may still be written with a
    # thousands comma (one comma, exactly three digits after it, no scale word)
    comma_thousands_currencies: frozenset[str] = frozenset()
    one_prefix: str | None = None  # "seorang": se- + a classifier
    one_against_others_after: frozenset[str] = frozenset()  # "seorang pemotor lain": set against others
    one_counted_in_title: bool = False  # "sebuah rumah" in a headline and its text: a count of one
    # "1x24 jam": the signs of a product of two numbers
    multiplication_signs: tuple[str, ...] = ()
    # fig34: the era markers written after a year of another calendar ("1447 H", "400 SM"): as written for a
    # one-letter marker, lower-cased for the words (``year_era_markers``); such a year is no figure
    year_era_markers: frozenset[str] = frozenset()
    # fig34: a vehicle's plate ("AB 1648 AG"): (fewest, most) region capitals, (fewest, most) series capitals and
    # the most digits (``not_a_quantity.vehicle_plate``); None: the language has no such shape
    vehicle_plate: tuple[int, int, int, int, int] | None = None
    # fig44: a fraction written as one word, a complete number ("sepertiga" 1/3, "separuh" 0.5), and the word after
    # a digit word that divides it ("pertiga" of "dua pertiga": 3); built from numbers.yaml ``fractions``
    # fig44: words right before a year-like number that make it a count when a lower-case noun follows it
    year_count_openers: frozenset[str] = frozenset()
    # mend63: the counted nouns (beyond the unit table) such a count may name ("wisatawan", "paket")
    year_count_nouns: frozenset[str] = frozenset()
    fraction_words: dict[str, float] = field(default_factory=dict)
    fraction_divisors: dict[str, float] = field(default_factory=dict)
    # mend63: words after a fraction or half word that make the two an idiom ("separuh baya"; ``fractions.idiom_heads``)
    fraction_idiom_heads: frozenset[str] = frozenset()

    def currency_code(self, marker: str | None) -> str | None:
        """The currency a prefix marks, in any letter case ("Rp", "rp", "RP" in lower-cased copies)."""
        if not marker:
            return None
        code = self.currency_prefix.get(marker)
        if code is None:
            folded = marker.casefold()
            code = next((c for m, c in self.currency_prefix.items() if m.casefold() == folded), None)
        return code

    def suffix_currency_code(self, marker: str | None) -> str | None:
        """The currency a word after the amount names, in any letter case and spacing ("dolar AS",
        "dolar as" in lower-cased copies, "dolar  AS")."""
        if not marker:
            return None
        said = " ".join(marker.split())
        code = self.currency_suffix.get(said)
        if code is None:
            folded = said.casefold()
            code = next((c for m, c in self.currency_suffix.items() if " ".join(m.split()).casefold() == folded), None)
        return code

    def all_words(self) -> list[str]:
        """Every word that can be part of a spelled-out number, longest first (for regexes)."""
        words = {*self.digits, *self.se_forms, *self.scales, *self.multipliers, *self.articles,
                 *self.fraction_words, *self.fraction_divisors}
        words |= {w for w in (self.teens, self.tens, self.hundreds) if w}
        return sorted(words, key=len, reverse=True)

    def first_words(self) -> list[str]:
        """Words a spelled-out number can start with."""
        return [*self.digits, *self.se_forms, *self.articles, *self.fraction_words]


@lru_cache(maxsize=None)
def decimal_separator(language: str | None = None) -> str:
    """The decimal mark of ``language``'s figures ("," Indonesian, "." English), from its
    ``numbers.yaml``; a language without one reads figures as Indonesian."""
    try:
        data = load_data("numbers", language) if language else load_data("numbers")
    except LanguageDataError:
        data = load_data("numbers")
    mark = (data or {}).get("decimal_separator", ",")
    if mark not in (",", "."):
        raise LanguageDataError(f"numbers.yaml ({language}): decimal_separator must be ',' or '.', not {mark!r}")
    return mark


def _vehicle_plate(value: object) -> tuple[int, int, int, int, int] | None:
    """``not_a_quantity.vehicle_plate`` of numbers.yaml as (region fewest, most, series fewest, most, digits)."""
    if not isinstance(value, dict):
        return None
    (region_low, region_high), (series_low, series_high) = value["region_letters"], value["series_letters"]
    return int(region_low), int(region_high), int(series_low), int(series_high), int(value["digits"])


def _fractions(data: object) -> tuple[dict[str, float], dict[str, float]]:
    """(fraction words, divisor words) of numbers.yaml ``fractions``: each denominator word gives one_prefix + it
    (one over the denominator) and of_prefix + it (the digit word before it over the denominator)."""
    if not isinstance(data, dict):
        return {}, {}
    one, of = str(data.get("one_prefix") or ""), str(data.get("of_prefix") or "")
    denominators = {str(k).lower(): float(v) for k, v in (data.get("denominators") or {}).items()}
    whole = {str(k).lower(): float(v) for k, v in (data.get("words") or {}).items()}
    if one:
        whole.update({one + word: 1 / d for word, d in denominators.items()})
    return whole, ({of + word: d for word, d in denominators.items()} if of else {})


def _optional_word(value: object) -> str | None:
    return None if value is None else str(value)


def number_words(language: str | None = None) -> NumberWords:
    """The number tables of ``language`` (Indonesian when it has no ``numbers.yaml`` of its own)."""
    return _number_words(data_language("numbers", language))


@lru_cache(maxsize=None)
def _number_words(language: str) -> NumberWords:
    data = load_data("numbers", language)
    try:
        blocked = data["not_a_quantity"]
        low, high = blocked["year_range"]
        groups = data.get("group_counts") or {}
        together, all_of, one = (groups.get(form) or {} for form in ("together", "all_of", "one"))
        return NumberWords(
            digits={str(k): float(v) for k, v in data["digits"].items()},
            teens=_optional_word(data["teens"]),
            tens=_optional_word(data["tens"]),
            hundreds=_optional_word(data["hundreds"]),
            se_forms={str(k): float(v) for k, v in data["se_forms"].items()},
            scales={str(k): float(v) for k, v in data["scales"].items()},
            scale_letters={str(k): float(v) for k, v in data["scale_letters"].items()},
            approximate={str(k): (float(v[0]), float(v[1])) for k, v in data["approximate"].items()},
            currency_prefix={str(k): str(v) for k, v in data["currency_prefix"].items()},
            currency_suffix={str(k): str(v) for k, v in data["currency_suffix"].items()},
            not_after_words=frozenset(str(w).lower() for w in blocked["preceding_words"]),
            not_before_words=frozenset(str(w).lower() for w in blocked["following_words"]),
            year_range=(int(low), int(high)),
            multipliers={str(k).lower(): float(v) for k, v in (data.get("multipliers") or {}).items()},
            articles=frozenset(str(w).lower() for w in data.get("articles") or ()),
            joiners=tuple(str(j) for j in data.get("joiners") or ()),
            approximate_joiners=frozenset(str(w).lower() for w in data.get("approximate_joiners") or ()),
            plural_scales={str(k).lower(): float(v) for k, v in (data.get("plural_scales") or {}).items()},
            bracketed_age_unit=str(data["bracketed_age_unit"]) if data.get("bracketed_age_unit") else None,
            bare_age_before=frozenset(str(w).lower() for w in data.get("bare_age_before") or ()),
            age_unit_words=tuple(sorted({str(w).lower() for w in data.get("age_unit_words") or ()},
                                        key=lambda w: (-len(w), w))),
            duration_figure_after=frozenset(str(w).lower() for w in (data.get("duration_figures") or {}).get("after") or ()),
            duration_figure_before=frozenset(str(w).lower() for key in ("before", "age_before")
                                             for w in (data.get("duration_figures") or {}).get(key) or ()),
            age_before=frozenset(str(w).lower() for w in (data.get("duration_figures") or {}).get("age_before") or ()),
            age_nouns=frozenset(str(w).lower() for w in (data.get("duration_figures") or {}).get("age_nouns") or ()),
            age_right_after=frozenset(
                str(w).lower() for w in (data.get("duration_figures") or {}).get("age_right_after") or ()),
            age_right_after_not_after=frozenset(
                str(w).lower() for w in (data.get("duration_figures") or {}).get("age_right_after_not_after") or ()),
            duration_window_after=frozenset(str(w).lower() for w in (data.get("duration_figures") or {}).get("window_after") or ()),
            postcode_digits=int(blocked.get("postcode_digits") or 0),
            money_or_weight=frozenset(" ".join(str(w).lower().split())
                                      for w in (data.get("money_or_weight") or {}).get("words") or ()),
            money_cues=frozenset(str(w).lower() for w in (data.get("money_or_weight") or {}).get("money_cues") or ()),
            weight_cues=frozenset(str(w).lower() for w in (data.get("money_or_weight") or {}).get("weight_cues") or ()),
            cue_reach=int((data.get("money_or_weight") or {}).get("reach") or 0),
            one_against_others=frozenset(str(w).lower() for w in data.get("one_against_others") or ()),
            and_a_half=frozenset(str(w).lower() for w in data.get("and_a_half") or ()),
            duration_through_hedge=frozenset(
                str(w).lower() for w in (data.get("duration_figures") or {}).get("through_hedge") or ()),
            duration_words=frozenset(str(w).lower() for w in (data.get("duration_figures") or {}).get("words") or ()),
            compound_durations=tuple((str(big).lower(), str(small).lower(), int(n))
                                     for big, parts in ((data.get("duration_figures") or {}).get("compound") or {}).items()
                                     for small, n in (parts or {}).items()),
            term_parts=frozenset((str(big).lower(), str(small).lower())
                                 for big, smalls in ((data.get("duration_figures") or {}).get("term_parts") or {}).items()
                                 for small in smalls or ()),
            term_factors=tuple((str(big).lower(), str(small).lower(), int(n))
                               for big, smalls in ((data.get("duration_figures") or {}).get("term_parts") or {}).items()
                               for small, n in (smalls or {}).items()),
            one_in_a_list_after=frozenset(str(w).lower() for w in data.get("one_in_a_list_after") or ()),
            together_prefix=_optional_word(together.get("prefix")),
            together_unit=_optional_word(together.get("unit")),
            all_of_prefix=_optional_word(all_of.get("prefix")),
            all_of_from=int(all_of.get("from") or 2),
            all_of_not_after=frozenset(str(w).lower() for w in all_of.get("not_after") or ()),
            all_of_joined_by=frozenset(str(w).lower() for w in all_of.get("joined_by") or ()),
            together_from=int(together.get("from") or 2),
            comma_thousands_currencies=frozenset(str(c) for c in data.get("comma_thousands_currencies") or ()),
            one_prefix=_optional_word(one.get("prefix")),
            one_against_others_after=frozenset(str(w).lower() for w in one.get("against_others") or ()),
            one_counted_in_title=bool(one.get("counted_in_title")),
            multiplication_signs=tuple(str(w) for w in data.get("multiplication_signs") or ()),
            year_era_markers=frozenset(str(m) if len(str(m)) == 1 else str(m).lower()
                                       for m in data.get("year_era_markers") or ()),
            vehicle_plate=_vehicle_plate(blocked.get("vehicle_plate")),
            year_count_openers=frozenset(" ".join(str(w).lower().split()) for w in blocked.get("year_count_openers") or ()),
            year_count_nouns=frozenset(str(w).lower() for w in blocked.get("year_count_nouns") or ()),
            fraction_words=_fractions(data.get("fractions"))[0],
            fraction_divisors=_fractions(data.get("fractions"))[1],
            fraction_idiom_heads=frozenset(str(w).lower()
                                           for w in (data.get("fractions") or {}).get("idiom_heads") or ()),
        )
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise LanguageDataError(f"numbers.yaml ({language}): malformed ({exc!r})") from exc


# Digit figures, most specific first: Indonesian thousands ("1.234.567,8"), English thousands
# with at least two groups or a decimal part ("1,234,567", "12,500.5"), then a plain number
# with an optional decimal part.
DIGITS_PATTERN = (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+"
                  r"|\d+(?:[.,]\d+)?")
_INDONESIAN_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+")
_PLAIN = re.compile(r"\d+(?:[.,]\d+)?")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+|%|\S")


@lru_cache(maxsize=4096)
def parse_digits(text: str, decimal: str = ",") -> float | None:
    """A figure written in digits: "8.000" -> 8000, "3,5" -> 3.5, "1,234,567" -> 1234567.

    With ``decimal="."`` (an English article) one comma group is thousands too: "8,000" -> 8000.
    (Cached: the same few figures, "1", "2025", are read again and again.)
    """
    if decimal == "." and _COMMA_GROUPS.fullmatch(text):
        return float(text.replace(",", ""))
    if _INDONESIAN_THOUSANDS.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _ENGLISH_THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    if _PLAIN.fullmatch(text):
        return float(text.replace(",", "."))
    return None


# the currency markers of a NumberWords, longest first, sorted once: (the tables, prefixes, (suffix, " " + suffix
# lower-cased) pairs) by the tables' id (the tables are kept in the entry, so the id stays theirs)
_CURRENCY_MARKERS: dict[int, tuple[NumberWords, tuple[str, ...], tuple[tuple[str, str], ...]]] = {}


def _currency_markers(words: NumberWords) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    entry = _CURRENCY_MARKERS.get(id(words))
    if entry is None or entry[0] is not words:
        suffixes = tuple((m, " " + m.lower()) for m in sorted(words.currency_suffix, key=len, reverse=True))
        entry = (words, tuple(sorted(words.currency_prefix, key=len, reverse=True)), suffixes)
        _CURRENCY_MARKERS[id(words)] = entry
    return entry[1], entry[2]


def _strip_currency(text: str, words: NumberWords) -> str:
    prefixes, suffixes = _currency_markers(words)
    for marker in prefixes:
        if text.startswith(marker):
            return text[len(marker):].lstrip()
    lowered = text.lower()
    for marker, ending in suffixes:
        if lowered.endswith(ending):
            return text[: -len(marker) - 1].rstrip()
    return text


def _words_value(tokens: list[str], words: NumberWords, money: bool = False, decimal: str = ",") -> float | None:
    """Value of a token sequence such as ["dua", "puluh", "lima"] or ["2,5", "juta"].

    The one-letter scales ("M", "T") count only with ``money``: "Rp10 T" but not "5 M".
    """
    total = 0.0
    small = 0.0  # the part below the last scale word
    last_digit: float | None = None  # digit word that "puluh"/"ratus"/"belas" would multiply
    seen = False
    after_digits = False
    last_scale = float("inf")
    for index, raw in enumerate(tokens):
        tok = raw.lower()
        if tok in words.articles and not seen:
            # "a dozen", "a hundred", "a million": one, when a factor follows
            following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
            if following not in words.multipliers and following not in words.scales:
                return None
            small, last_digit, seen = 1.0, 1.0, True
        elif raw[0].isdigit():
            if seen:
                return None
            value = parse_digits(raw, decimal)
            if value is None:
                return None
            small, seen, after_digits, last_digit = value, True, True, None
        elif tok in words.and_a_half and last_digit is not None and not after_digits:
            small += 0.5  # "satu setengah": the half adds to the digit word before it
            last_digit = None
        elif tok in words.fraction_divisors and last_digit is not None and not after_digits and total == 0:
            # "dua pertiga": the digit word before it over the denominator (fig44)
            small = (small - last_digit) + last_digit / words.fraction_divisors[tok]
            last_digit = None
        elif tok in words.fraction_words and not seen:
            small, seen, last_digit = words.fraction_words[tok], True, None  # "sepertiga", "separuh" (fig44)
        elif tok in words.digits and not after_digits:
            if last_digit is not None:
                return None  # "dua tiga" is not a number
            small += words.digits[tok]
            last_digit, seen = words.digits[tok], True
        elif tok in words.se_forms and not after_digits:
            value = words.se_forms[tok]
            if value >= 1000:
                if value >= last_scale:
                    return None
                total += value
                last_scale = value
            else:
                small += value
            last_digit, seen = None, True
        elif tok in words.multipliers and not after_digits:
            if last_digit is None:
                return None
            small += last_digit * (words.multipliers[tok] - 1)
            last_digit = None
        elif tok in (words.teens, words.tens, words.hundreds) and not after_digits:
            if last_digit is None:
                return None
            factor = {words.teens: None, words.tens: 10, words.hundreds: 100}[tok]
            small += 10 if factor is None else last_digit * (factor - 1)
            last_digit = None
        elif tok in words.scales or (raw in words.scale_letters and after_digits and money):
            scale = words.scales.get(tok) or words.scale_letters[raw]
            if small == 0 and total > 0 and scale > last_scale:
                # stacked scales: "8 ribu triliun" is eight thousand trillion
                total *= scale
                last_scale = scale
                continue
            if small == 0 or scale >= last_scale:
                return None
            total += small * scale
            small, last_digit, last_scale = 0.0, None, scale
        else:
            return None
    return total + small if seen else None


def parse_number(text: str, language: str | None = None) -> float | None:
    """The value of a figure written in digits and/or ``language``'s words (default
    Indonesian), or None.

    Handles thousands dots, decimal commas, scale words ("1,2 triliun"), money markers
    ("Rp2,7 juta", "1,5 miliar dolar AS"), "%", spelled-out numbers ("dua puluh lima",
    "sebelas", "seribu") and a leading minus ("-0,5", "minus 2"). The money scales "M"/"T"
    count only after a currency marker ("Rp10 T"). Never raises.
    """
    if not isinstance(text, str):
        return None
    words = number_words(language)
    body = text.strip()
    if not body:
        return None
    for joiner in words.joiners:  # "twenty-five" reads as "twenty five"
        body = re.sub(rf"(?<=[^\W\d_]){re.escape(joiner)}(?=[^\W\d_])", " ", body)
    sign = 1.0
    if body.lower().startswith("minus "):
        sign, body = -1.0, body[6:].lstrip()
    elif body[0] in "-−":
        sign, body = -1.0, body[1:].lstrip()
    stripped = _strip_currency(body, words)
    money, body = stripped != body, stripped
    if body.endswith("%"):
        body = body[:-1].rstrip()
    tokens = _TOKEN.findall(body)
    if not tokens or "".join(tokens) != "".join(body.split()):
        return None
    value = _words_value(tokens, words, money, decimal_separator(language))
    return None if value is None else sign * value


def approximate_range(text: str, language: str | None = None) -> tuple[float, float] | None:
    """The range of an approximate plural, optionally scaled: "ribuan" -> (1000, 9999),
    "puluhan ribu" -> (10000, 99999), "tens of thousands" -> (10000, 99999); None when
    ``text`` is not one."""
    words = number_words(language)
    parts = [p for p in text.lower().split() if p not in words.approximate_joiners]
    if not parts or parts[0] not in words.approximate:
        return None
    low, high = words.approximate[parts[0]]
    for scale_word in parts[1:]:
        scale = words.scales.get(scale_word) or words.plural_scales.get(scale_word)
        if scale is None:
            return None
        low, high = low * scale, (high + 1) * scale - 1
    return low, high


@lru_cache(maxsize=1)
def scale_words() -> dict[str, float]:
    """Scale words after a figure ("juta", "miliar"), lower-cased, of the default language's number tables."""
    return {k.lower(): v for k, v in number_words().scales.items()}


def token_value(token: str) -> tuple[float | None, bool]:
    """(value, whether it has a non-zero decimal part) of a digit token written the Indonesian
    way ("1.916.000", "4,8"); (None, False) when it is not one number."""
    has_decimal = False
    if "," in token:
        whole, _, frac = token.rpartition(",")
        digits = whole.replace(".", "")
        has_decimal = bool(frac.strip("0"))
        text = f"{digits}.{frac}" if digits else f"0.{frac}"
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        text = token.replace(".", "")  # "1.916.000": dots group thousands
    else:
        text = token
    try:
        return float(text), has_decimal
    except ValueError:
        return None, False
