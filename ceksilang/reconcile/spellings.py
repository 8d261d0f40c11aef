"""Two written names of one thing: one name written two ways, or two names (issue 20, disc34).

Outlets spell a victim's, a bus's or a village's name as they heard it: "Komaridin" / "Komarudin",
"Lifamatola" / "Limafatola", "Moh Amin" / "Amin", "Evelyn Calisca" / "Evelyn Calista". A checker
does not flag these. Two names that cannot be one ("Vitra Trans Utama" / "Citra Trans Utama",
"Desa Manggungsari" / "Desa Manggungjaya", "Mahmud" / "Mahmuddin") are what a checker flags. The
words for it (folds of one sound written two ways, abbreviations, slot cues) are ``named_slots`` of
``lang/<lang>/reconcile.yaml``, read once by ``named_slot_words``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ceksilang.lang import load_data, lower_words, word_tuples

VOWELS = frozenset("aeiou")
# the same letters in another order ("Lifamatola" / "Limafatola") is one name only in a word this long
# that opens with the same two letters: "Ardi" / "Adri", "Muhamad" / "Mahmud" are two names
SWAPPED_MIN_LETTERS = 6


@dataclass(frozen=True, slots=True)
class NamedSlotWords:
    """``named_slots`` of reconcile.yaml: see the comments there."""

    slots: tuple[tuple[tuple[str, ...], str], ...]  # (cue as words, its slot), longest first
    place_slots: frozenset[str]
    person_slots: frozenset[str]
    event_words: tuple[tuple[str, ...], ...]
    home_words: frozenset[str]
    home_reach: int
    between: tuple[tuple[str, ...], ...]  # longest first
    naming: tuple[tuple[str, ...], ...]  # "bernama": the name follows, whatever words stand before it
    max_name_words: int
    max_names: int
    near_ratio: float
    slip_cost: float
    folds: tuple[tuple[str, str], ...]  # longest first
    abbreviation_of: dict[str, str]  # short form -> the word it stands for


@lru_cache(maxsize=4)
def named_slot_words(language: str = "id") -> NamedSlotWords:
    data = load_data("reconcile", language).get("named_slots") or {}
    slots = [(cue, str(slot)) for slot, cues in (data.get("slots") or {}).items() for cue in word_tuples(cues)]
    abbreviation_of = {str(short).lower(): str(full).lower()
                       for full, shorts in (data.get("abbreviations") or {}).items() for short in shorts or []}
    folds = sorted(((str(a).lower(), str(b).lower()) for a, b in data.get("folds") or []), key=lambda f: -len(f[0]))
    return NamedSlotWords(tuple(sorted(slots, key=lambda x: -len(x[0]))),
                          frozenset(str(s) for s in data.get("place_slots") or []),
                          frozenset(str(s) for s in data.get("person_slots") or []),
                          tuple(sorted(word_tuples(data.get("event_words")), key=len, reverse=True)),
                          lower_words(data.get("home_words")),
                          int(data.get("home_reach", 4)),
                          tuple(sorted(word_tuples(data.get("between")), key=len, reverse=True)),
                          tuple(sorted(word_tuples(data.get("naming")), key=len, reverse=True)),
                          int(data.get("max_name_words", 4)), int(data.get("max_names", 3)),
                          float(data.get("near_ratio", 60)), float(data.get("slip_cost", 1.0)),
                          tuple(folds), abbreviation_of)


def folded(word: str, nw: NamedSlotWords) -> str:
    """``word`` (lower case) with one sound's old or foreign spellings folded ("oe" -> "u") and a
    doubled letter written once ("Muhammad" / "Muhamad"), as names are compared."""
    out, i = [], 0
    while i < len(word):
        fold = next(((a, b) for a, b in nw.folds if word.startswith(a, i)), None)
        if fold:
            out.append(fold[1])
            i += len(fold[0])
        else:
            out.append(word[i])
            i += 1
    once = "".join(out)
    return "".join(c for k, c in enumerate(once) if k == 0 or c != once[k - 1])


def _letter_cost(c: str) -> float:
    # a vowel, or an "h" that is not heard ("Inda" / "Indah"), is a slip of half a letter
    return 0.5 if c in VOWELS or c == "h" else 1.0


def _slip_cost(a: str, b: str) -> float:
    """Weighted edit distance of two folded words: a vowel or an "h" added, dropped or changed for
    another vowel costs 0.5, any other letter 1."""
    previous = [0.0]
    for c in b:
        previous.append(previous[-1] + _letter_cost(c))
    for ca in a:
        current = [previous[0] + _letter_cost(ca)]
        for j, cb in enumerate(b, 1):
            if ca == cb:
                change = 0.0
            elif ca in VOWELS and cb in VOWELS:
                change = 0.5
            else:
                change = 1.0
            current.append(min(previous[j - 1] + change, previous[j] + _letter_cost(ca),
                               current[j - 1] + _letter_cost(cb)))
        previous = current
    return previous[-1]


def one_word_two_spellings(a: str, b: str, nw: NamedSlotWords, slips: bool = True) -> bool:
    """Two words (lower case) of a name written as one: the same after folding, one an abbreviation
    of the other, one letter for a word it opens, a slip of at most ``slip_cost`` that keeps the first
    letter, or the same letters in another order but at most one vowel ("Lifmatola" / "Limafatola").
    No slips with ``slips`` off."""
    if a == b:
        return True
    if min(len(a), len(b)) == 1:  # an initial for the word it opens ("M. Sofyan")
        return a[0] == b[0]
    full_a, full_b = nw.abbreviation_of.get(a, a), nw.abbreviation_of.get(b, b)
    if full_a == full_b:
        return True
    fa, fb = folded(full_a, nw), folded(full_b, nw)
    if fa == fb:
        return True
    if not slips or not fa or not fb or fa[0] != fb[0]:
        return False
    if _slip_cost(fa, fb) <= nw.slip_cost:
        return True
    if min(len(fa), len(fb)) < SWAPPED_MIN_LETTERS or fa[:2] != fb[:2]:
        return False
    unmatched = list(((Counter(fa) - Counter(fb)) + (Counter(fb) - Counter(fa))).elements())
    return len(unmatched) <= 1 and all(c in VOWELS for c in unmatched)


def _initials(short: list[str], long: list[str]) -> bool:
    """One word of capitals spelling the first letters of the other name's words ("CTU" / "City
    Trans Utama")."""
    return len(short) == 1 and len(long) >= 2 and short[0] == "".join(w[0] for w in long)


def one_name_two_spellings(a: list[str], b: list[str], nw: NamedSlotWords) -> bool:
    """Whether two names (their words, lower case, honorifics already off) can be one name: each
    word of the shorter is one spelling of a word of the longer, in order, one of them a whole word
    and not an initial (a name told less fully: "Dedi Kurnia" / "Dedi Kurnia Ilahi"; a slip there only
    in words of ``SLIP_IN_PART_MIN_LETTERS``: "Lahat" is no slip of "Laut" in "Tanah Laut"), the words
    glued or parted ("Nur Sabila" / "Nursabila"), or one is the other's initials."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if _initials(short, long):
        return True
    k, whole = 0, False
    for w in short:
        while k < len(long) and not _part_of(w, long[k], len(short) == len(long), nw):
            k += 1
        if k == len(long):
            break
        whole = whole or min(len(w), len(long[k])) > 1
        k += 1
    else:
        if whole:
            return True
    # words glued or parted: only when the two names count their words differently ("Sinar Jaya" /
    # "Sinar Raya" glued would hide a changed word in a longer one)
    glued_a, glued_b = "".join(a), "".join(b)
    return len(a) != len(b) and min(len(glued_a), len(glued_b)) >= SWAPPED_MIN_LETTERS \
        and one_word_two_spellings(glued_a, glued_b, nw)


# a word of a name told less fully is matched with a slip only this long: shorter words slip into
# other words and other places too easily ("Lahat" / "Laut", "Badung" / "Bandung Barat", "Balung" /
# "Balong")
SLIP_IN_PART_MIN_LETTERS = 8


def _part_of(w: str, v: str, same_count: bool, nw: NamedSlotWords) -> bool:
    return one_word_two_spellings(w, v, nw, slips=same_count or min(len(w), len(v)) >= SLIP_IN_PART_MIN_LETTERS)


ROMAN_NUMERALS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"})


def near_names(a: list[str], b: list[str], nw: NamedSlotWords) -> bool:
    """Two names close enough that a reader takes them for one thing told two ways: words of a name
    in common, half the longer name's words or more ("City Trans Utama" / "Citra Trans Utama", "Dedi
    Kurnia" / "Dedi Santoso"; a ship's number "II" is no such word: "Jatra II" / "Julia II"), or letters
    alike (rapidfuzz ratio of the folded names at least ``near_ratio``)."""
    shared = {w for w in set(a) & set(b) if w.isalpha() and len(w) >= 3 and w not in ROMAN_NUMERALS}
    if shared and 2 * len(shared) >= max(len(a), len(b)):
        return True
    fa = " ".join(folded(w, nw) for w in a)
    fb = " ".join(folded(w, nw) for w in b)
    return fuzz.ratio(fa, fb) >= nw.near_ratio
