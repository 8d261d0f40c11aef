"""English figures: the same finder as Indonesian, reading lang/en/ (numbers, qualifiers, units)
when the document's language is English."""

from __future__ import annotations

import pytest

from ceksilang.extract.numbers import approximate_range, number_words, parse_number
from ceksilang.extract.quantities import find_quantities, unit_table
from ceksilang.lang import LANG_DIR


@pytest.mark.parametrize(("text", "expected"), [
    ("twelve thousand", 12_000),
    ("twenty-five", 25),
    ("ten-thousand", 10_000),
    ("a dozen", 12),
    ("two dozen", 24),
    ("five hundred", 500),
    ("one hundred", 100),
    ("two hundred thousand", 200_000),
    ("a million", 1_000_000),
    ("nineteen", 19),
    ("8,000", 8_000),
    ("1,234,567", 1_234_567),
    ("2.5 million", 2_500_000),
    ("$1.5 billion", 1_500_000_000),
    ("a", None),  # an article alone is no number
    ("dozen dozen", None),
])
def test_english_number_words(text, expected):
    assert parse_number(text, "en") == expected


def test_indonesian_numbers_unchanged_by_english_tables():
    assert parse_number("8,000") == 8  # Indonesian: a decimal comma
    assert parse_number("dua puluh lima") == 25
    assert parse_number("twelve thousand") is None  # English words are not Indonesian numbers


@pytest.mark.parametrize(("text", "expected"), [
    ("hundreds", (100, 999)),
    ("thousands", (1_000, 9_999)),
    ("tens of thousands", (10_000, 99_999)),
    ("hundreds of thousands", (100_000, 999_999)),
    ("dozens", (24, 99)),
])
def test_english_approximate_plurals(text, expected):
    assert approximate_range(text, "en") == expected


# (sentence, figure text, low, high, qualifier, unit): invented wire-style sentences
CASES = [
    ("North Korea has sent about 8,000 troops to the border, the minister said.",
     "about 8,000 troops", 8_000, 8_000, "approx", "tentara"),
    ("Up to 12,000 soldiers could be deployed by December.",
     "Up to 12,000 soldiers", None, 12_000, "at_most", "tentara"),
    ("As many as 2.5 million people were left without power.",
     "As many as 2.5 million people", None, 2_500_000, "at_most", "orang"),
    ("At least 237 people were killed in the quake.", "At least 237 people", 237, None, "at_least", "orang"),
    ("More than 4,500 people have fled their homes.", "More than 4,500 people", 4_500, None, "more_than", "orang"),
    # "nearly" is below the figure, as "hampir" is: less_than (tests/gold/coverage/FORMAT.md)
    ("Nearly 2,000 homes were damaged.", "Nearly 2,000 homes", None, 2_000, "less_than", "rumah"),
    ("Some twelve thousand soldiers crossed the river.", "Some twelve thousand soldiers", 12_000, 12_000, "approx", "tentara"),
    ("A dozen generals attended.", "A dozen generals", 12, 12, "exact", "jenderal"),
    ("Officials reported 33 dead.", "33 dead", 33, 33, "exact", "korban"),
    ("Fewer than 300 refugees arrived.", "Fewer than 300 refugees", None, 300, "less_than", "pengungsi"),
    ("Between 10,000 and 12,000 troops are in the region.", "Between 10,000 and 12,000 troops", 10_000, 12_000, "exact", "tentara"),
    ("Around 250 rescuers searched the mud.", "Around 250 rescuers", 250, 250, "approx", "rescuers"),
    ("Inflation rose 3.5 percent.", "3.5 percent", 3.5, 3.5, "exact", "persen"),
    ("The bank lent 40 million dollars.", "40 million dollars", 40_000_000, 40_000_000, "exact", "USD"),
    # a prison term is a figure, with the unit of "12 tahun penjara"
    ("The court sentenced him to 12 years in prison.", "12 years", 12, 12, "exact", "tahun"),
    ("Two aides were each sentenced to four years on Monday.", "four years", 4, 4, "exact", "tahun"),
]


@pytest.mark.parametrize(("sentence", "figure", "low", "high", "qualifier", "unit"), CASES)
def test_english_figures(sentence, figure, low, high, qualifier, unit):
    found = {q.text: q for q in find_quantities("en1", sentence, language="en")}
    assert figure in found, sorted(found)
    q = found[figure]
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, unit)


def test_english_approximate_plural_takes_its_unit_after_of():
    (q,) = find_quantities("en1", "Hundreds of people fled the fighting.", language="en")
    assert (q.text, q.low, q.high, q.qualifier, q.unit) == ("Hundreds", 100, 999, "approx", "orang")


@pytest.mark.parametrize("sentence", [
    "The 47-year-old resident waited on the roof.",  # an age
    "The rain lasted 24 hours.",  # a duration is a time expression
    "He was freed three years ago after a trial.",  # ... and so is a time counted back
    "They met on 5 March in the capital.",  # a date
    "A soldier was wounded.",  # an article is not a figure
])
def test_english_non_figures(sentence):
    assert find_quantities("en1", sentence, language="en") == []


def test_english_claimant_and_place():
    text = "About 3,000 troops are stationed in the Kursk region, the Pentagon said on Monday."
    (q,) = find_quantities("en1", text, language="en")
    assert (q.place, q.claimant) == ("Kursk", "Pentagon")


def test_english_and_indonesian_units_share_canonical_keys():
    english, indonesian = unit_table("en"), unit_table("id")
    assert english.lookup("troops") == indonesian.lookup("tentara") == "tentara"
    assert english.lookup("people") == indonesian.lookup("orang") == "orang"
    assert set(english.canonical.values()) - {"USD", "EUR", "GBP", "JPY", "CNY", "KRW", "IDR", "INR", "RUB", "UAH"} \
        <= set(indonesian.canonical.values())


def test_a_language_without_its_own_tables_reads_indonesian():
    assert number_words("ms") is number_words("id")
    assert unit_table("ms") is unit_table("id")


def test_word_lists_have_no_yaml_booleans():
    """A bare on / no / yes / off in a YAML list is read as a boolean, not the word (the Indonesian
    stopwords had "on" as True). Flags are mappings' values, so only list items are checked."""
    import yaml

    def list_items(node):
        if isinstance(node, dict):
            for value in node.values():
                yield from list_items(value)
        elif isinstance(node, list):
            for value in node:
                if isinstance(value, (dict, list)):
                    yield from list_items(value)
                else:
                    yield value

    for path in sorted(LANG_DIR.glob("*/*.yaml")):
        bad = [v for v in list_items(yaml.safe_load(path.read_text(encoding="utf-8"))) if isinstance(v, bool)]
        assert not bad, f"{path.parent.name}/{path.name}: quote on/no/yes/off in its lists"


@pytest.mark.parametrize(("sentence", "figure", "unit"), [
    ("The death toll from the flood in the hill district has risen to 17, officials said.", "17", "korban jiwa"),
    ("A car bomb exploded near the market, killing 12 and wounding dozens.", "12", "korban jiwa"),
    ("The number of evacuees rose to 4,500 on Monday.", "4,500", "pengungsi"),
    ("The number of missing stands at 9.", "9", "orang hilang"),
    # a figure between the phrase and the bare figure: the phrase is that figure's, not this one's
    ("The death toll rose to 12 and 40 were hurt.", "12", "korban jiwa"),
    ("The death toll rose to 12 and 40 were hurt.", "40", None),
])
def test_english_bare_figure_counts_what_its_subject_names(sentence, figure, unit):
    found = {q.text: q.unit for q in find_quantities("en1", sentence, language="en")}
    assert found[figure] == unit


def test_english_bare_figure_keeps_a_counted_noun_written_after_it():
    (q,) = find_quantities("en1", "The attack killed 17 soldiers.", language="en")
    assert (q.text, q.unit) == ("17 soldiers", "tentara")


def test_indonesian_figures_take_no_unit_from_english_subjects():
    (q,) = find_quantities("id1", "Death toll naik menjadi 17.", language="id")
    assert q.unit is None


# mend63: a year-like number is a count after "a total of" (or a count word) with a counted noun after it; "total"
# alone opens a year's figure ("The total 2024 budget", "Total 2024 revenue"), never a count of budgets
@pytest.mark.parametrize("text, value", [
    ("A total of 2000 households were evacuated.", 2000),
    ("At least 2000 people were evacuated.", 2000),
    ("The total 2024 budget was $5 billion.", None),
    ("Total 2024 revenue reached $3 billion.", None),
])
def test_year_like_count_in_english(text: str, value: int | None) -> None:
    values = {q.value for q in find_quantities("t", text, language="en")}
    if value is None:
        assert 2024.0 not in values
    else:
        assert float(value) in values
