"""reconcile/spellings.py: one name written two ways, or two names (disc34)."""

import pytest

from ceksilang.reconcile.spellings import named_slot_words, near_names, one_name_two_spellings


@pytest.mark.parametrize("a, b", [
    ("Olih Komaridin", "Olih Kamarudin"),  # vowel slips
    ("Manggunsari", "Manggungsari"),  # a letter dropped
    ("Cirende", "Cireundeu"),  # Sundanese spellings
    ("Lifamatola", "Limafatola"),  # letters swapped
    ("Muhammad Arafah", "Muhamad Arafah"),  # a doubled letter
    ("Moh Amin", "Muhamad Amin"),  # an abbreviation
    ("M Sofyan", "Sofyan"),  # an initial, a name told less fully
    ("Goenawan", "Gunawan"),  # the old spelling
    ("Isayah Nur Sabila", "Isyah Nursabila"),  # glued words
    ("City Trans Utama", "CTU"),  # initials
])
def test_one_name_written_two_ways(a, b):
    assert one_name_two_spellings(a.lower().split(), b.lower().split(), named_slot_words())


@pytest.mark.parametrize("a, b", [
    ("Vitra Trans Utama", "Citra Trans Utama"),  # another first letter
    ("City Trans Utama", "Citra Trans Utama"),  # two letters added to a short word
    ("Manggungsari", "Manggungjaya"),  # another ending
    ("Mahmud", "Mahmuddin"),  # a longer name
    ("Kapolres", "Kapolsek"),
])
def test_two_names_that_cannot_be_one_are_near(a, b):
    nw = named_slot_words()
    assert not one_name_two_spellings(a.lower().split(), b.lower().split(), nw)
    assert near_names(a.lower().split(), b.lower().split(), nw)


def test_an_abbreviation_stands_for_its_own_name_only():
    assert not one_name_two_spellings(["mahmud"], ["muh"], named_slot_words())  # "Muh." is Muhammad's


def test_names_with_nothing_in_common_are_not_near():
    assert not near_names(["giri", "indah"], ["harapan", "jaya"], named_slot_words())
