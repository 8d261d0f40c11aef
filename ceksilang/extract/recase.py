"""Capitals put back into a fully lower-cased article, for the stages that find names by them.

Some archives keep only a lower-cased copy of an article ("kata sugeng kepada wartawan").
The quote finder reads names by their capitals, so on such a copy it finds no speaker at all.
``restore_case`` gives a copy of the text, same length and same offsets, in which sentence
starts and the words of personal names are capitalised again. Names are learnt from where the
grammar of reported speech puts a speaker, never from a list of names:

* the phrase after a speech verb that follows a quote or a comma ("…," kata sugeng kepada …),
  and after "menurut" (menurut amran, …);
* the subject right before a meN-/ber- speech verb ("…, sugeng wahyudi menyampaikan").

In each such phrase the name is its tail of words that are no common word: not a function word,
role, place or organisation, weekday or month, speech verb, nor a word of Indonesian verb or
derived-noun shape. At least one word of that tail must also be absent from the word list of
``lang/id/translations_en.txt``, so a slot such as "kata warga" or "kata pengamat ekonomi"
learns no name. Every other occurrence of a learnt name is then grown over the neighbouring
words that are neither common nor in the word list ("menurut amran" finds "andi amran sulaiman"
in "(mentan) andi amran sulaiman memastikan"), and the words before a learnt name written in
brackets are its full form ("zulkifli hasan (zulhas)"). The role before a learnt name in a cue
phrase is capitalised as a cased text writes it ("kata Direktur Utama Perum Bulog Ahmad ..."),
ranks in capitals ("AKBP"), so the quote finder splits role and name as it does in cased text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ceksilang.extract.entities import load_name_types, load_role_words
from ceksilang.lang import load_data, load_stopwords
from ceksilang.lang.translations import load_translations
from ceksilang.text import case_blind_key, is_abbreviation

if TYPE_CHECKING:
    from ceksilang.extract.quotes import QuotePatterns
    from ceksilang.lang import SpeechVerbs

_WORD = re.compile(r"[^\W\d_]+(?:[\-'’][^\W\d_]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]['\"”’)]*\s+|\n\s*)['\"“‘(]*(?=\w)")
# Indonesian verb forms and derived nouns and adjectives: never a name in a lower-cased text
# (meN- as its sound rules allow, so "megawati" is no verb; di- only on longer words, as "dimas")
_COMMON_SHAPE = re.compile(
    r"^(?:me(?:ng[aeiougkh]|ny[aeiou]|m[aeioubpf]|n[aeioucdjtz]|[lmnrwy])[a-z]{2,}|(?:ber|ter)[a-z]{3,}"
    r"|di[a-z]{4,}|(?:peng|peny|pem|pen|per|pe|ke)[a-z]{2,}an|[a-z]{3,}(?:kan|nya|lah|kah))$")
_MAX_SLOT = 12  # words read around a speech verb for its speaker
_MAX_NAME = 4  # words in a learnt name


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    """Police and military ranks ("akbp", "kombes"): written between a role and a name."""
    return frozenset(w for rank in load_role_words().ranks for w in rank)


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Number words ("satu", "dua", "puluh", "ribu") of ``numbers.yaml``: never a name."""
    data = load_data("numbers")
    words = {str(w).lower() for key in ("digits", "se_forms", "scales") for w in (data.get(key) or {})}
    return frozenset(words | {str(data.get(key)).lower() for key in ("teens", "tens", "hundreds") if data.get(key)})


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Indonesian content words of the translation list (names are not in it)."""
    return frozenset(k for k in load_translations().words_to_english if " " not in k)


class _Words:
    def __init__(self, text: str) -> None:
        found = list(_WORD.finditer(text))
        self.text = text
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.lows = [case_blind_key(m.group()) for m in found]
        # "perum bulog", "pt aneka": the word after an organisation's first word names the
        # organisation wherever it stands, never a person
        first = load_name_types().organisation_first_words
        self.organisation = {self.lows[k + 1] for k in range(len(self.lows) - 1)
                             if self.lows[k] in first and self.joined(k, k + 1)} | first

    def joined(self, a: int, b: int) -> bool:
        """Words a and b (a < b, adjacent) are separated by one space only."""
        return self.text[self.ends[a]:self.starts[b]] == " "


def _common(word: str, w: _Words, verbs: SpeechVerbs, pat: QuotePatterns) -> bool:
    """A word that is never part of a personal name in a lower-cased text."""
    if len(word) < 3 or "-" in word or word in w.organisation or word in _ranks() or word in _number_words():
        return True
    if word in load_stopwords() or word in pat.role_words or word in pat.not_person_words \
            or word in pat.speaker_stop or word in pat.sentence_openers or word in pat.calendar_words \
            or word in pat.pronouns_person or word in pat.pronouns_group or word in pat.indefinite \
            or word in pat.definite or word in verbs.base or word in verbs.prefixed:
        return True
    return bool(_COMMON_SHAPE.match(word))


def _tail(w: _Words, idx: list[int], verbs: SpeechVerbs, pat: QuotePatterns) -> list[int]:
    """The name at the end of a speaker phrase: its last words that are no common word."""
    tail: list[int] = []
    for k in reversed(idx):
        if _common(w.lows[k], w, verbs, pat) or (tail and not w.joined(k, tail[-1])):
            break
        tail.append(k)
    tail.reverse()
    tail = tail[-_MAX_NAME:]
    lexicon = _lexicon()
    # "penjual beras haryanto": two dictionary words in a row describe the person; the name
    # follows them (one dictionary word may be a given name: "agung suganda")
    for i in range(len(tail) - 1, 0, -1):
        if w.lows[tail[i]] in lexicon and w.lows[tail[i - 1]] in lexicon:
            tail = tail[i + 1:]
            break
    return tail if any(w.lows[k] not in lexicon for k in tail) else []


def _role_joiner(w: _Words, phrase: list[int], j: int, pat: QuotePatterns) -> bool:
    """ "direktur jenderal peternakan dan kesehatan hewan …": "dan" inside a role after a cue."""
    return w.lows[j] in pat.role_name_joiners and bool(phrase) and w.lows[phrase[0]] in pat.role_words


def _apposition(w: _Words, phrase: list[int], j: int, pat: QuotePatterns) -> bool:
    """ "kata direktur pusat studi (puskepi), sofyano zakaria, …": after a role, a short form in
    brackets stays in the role and a comma sets off its holder."""
    gap = w.text[w.ends[j - 1]:w.starts[j]]
    return bool(phrase) and w.lows[phrase[0]] in pat.role_words and gap.strip() in (",", "),", "(", ")")


def _slots(w: _Words, verbs: SpeechVerbs, pat: QuotePatterns) -> list[list[int]]:
    """Word indexes of each phrase where the grammar puts a speaker."""
    slots: list[list[int]] = []
    n = len(w.lows)
    text = w.text
    for k, low in enumerate(w.lows):
        after_cue = low in verbs.according_to_speaker \
            or (low in verbs.base and k > 0 and any(c in text[w.ends[k - 1]:w.starts[k]] for c in ",\"”’"))
        if after_cue:
            phrase: list[int] = []
            j = k + 1
            while j < n and len(phrase) < _MAX_SLOT and (w.joined(j - 1, j) or _apposition(w, phrase, j, pat)) \
                    and (w.lows[j] not in pat.speaker_stop or _role_joiner(w, phrase, j, pat)):
                phrase.append(j)
                j += 1
            if phrase:
                slots.append(phrase)
        elif low in verbs.prefixed and k > 0:
            phrase = []
            j = k - 1
            # "direktur utama perum bulog, ahmad rizal ramdhani, menyampaikan": the comma that
            # closes an apposition stands before the verb
            comma = w.text[w.ends[j]:w.starts[k]] == ", "
            while j >= 0 and len(phrase) < _MAX_SLOT and (w.joined(j, j + 1) or (comma and j == k - 1)):
                phrase.append(j)
                j -= 1
            phrase.reverse()
            if phrase:
                slots.append(phrase)
    return slots


def _capitalise(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if i == start or chars[i - 1] in "-'’":
            chars[i] = chars[i].upper()


def restore_case(text: str, verbs: SpeechVerbs, pat: QuotePatterns) -> str:
    """``text`` with sentence starts and learnt personal names capitalised (same length)."""
    chars = list(text)
    for m in _SENTENCE_START.finditer(text):
        dot = m.start()
        if m.start() > 0 and text[dot] == "." and is_abbreviation(text, dot):
            continue
        chars[m.end()] = chars[m.end()].upper()
    w = _Words(text)
    lexicon = _lexicon()
    learnt: set[str] = set()
    role_words: list[int] = []
    ranks: list[int] = []
    for phrase in _slots(w, verbs, pat):
        tail = _tail(w, phrase, verbs, pat)
        for k in tail:
            learnt.add(w.lows[k])
        if tail:
            # "kata direktur jenderal … kementan agung suganda": the role before the name is
            # written in capitals too, as a cased text has it, joiners ("dan") aside
            lead = [k for k in phrase if k < tail[0]]
            first_role = next((i for i, k in enumerate(lead) if w.lows[k] in pat.role_words
                               or w.lows[k] in _ranks()), None)
            if first_role is not None:
                role_words += [k for k in lead[first_role:] if w.lows[k] not in load_stopwords()]
                # a rank is written in capitals ("AKBP"), which also keeps it out of the name
                ranks += [k for k in lead[first_role:] if w.lows[k] in _ranks()]
    if not learnt:
        return "".join(chars)
    n = len(w.lows)
    # "zulkifli hasan (zulhas)": the words before a learnt name in brackets are its full form
    for k in range(1, n):
        if w.lows[k] in learnt and w.text[w.ends[k - 1]:w.starts[k]].strip() == "(" \
                and w.text[w.ends[k]:w.ends[k] + 1] == ")":
            j = k - 1
            run: list[int] = []
            while j >= 0 and len(run) < _MAX_NAME and (not run or w.joined(j, run[-1])) \
                    and not _common(w.lows[j], w, verbs, pat) and w.lows[j] not in lexicon:
                run.append(j)
                j -= 1
            if len(run) >= 2:
                learnt.update(w.lows[i] for i in run)
    marked = [False] * n
    at: dict[str, list[int]] = {}
    for k, low in enumerate(w.lows):
        at.setdefault(low, []).append(k)

    def next_to_name(i: int) -> bool:
        return (i > 0 and w.joined(i - 1, i) and w.lows[i - 1] in learnt) or \
            (i + 1 < n and w.joined(i, i + 1) and w.lows[i + 1] in learnt)

    def rest_of_name(j: int) -> bool:
        """A neighbour that is no common word, no dictionary word, and never met in the text
        away from the name: a first or middle name ("andi" of "andi amran sulaiman"), not a
        word the dictionary lacks ("beras" of "kualitas beras ahmad rizal")."""
        low = w.lows[j]
        return low in learnt or (not _common(low, w, verbs, pat) and low not in lexicon
                                 and all(next_to_name(i) for i in at[low]))

    for k, low in enumerate(w.lows):
        if low not in learnt or marked[k]:
            continue
        a = b = k
        while a > 0 and b - a + 1 < _MAX_NAME and w.joined(a - 1, a) and rest_of_name(a - 1):
            a -= 1
        while b + 1 < n and b - a + 1 < _MAX_NAME and w.joined(b, b + 1) and rest_of_name(b + 1):
            b += 1
        for j in range(a, b + 1):
            marked[j] = True
    for k in role_words:
        marked[k] = True
    for k in range(n):
        if marked[k]:
            _capitalise(chars, w.starts[k], w.ends[k])
    for k in ranks:
        chars[w.starts[k]:w.ends[k]] = text[w.starts[k]:w.ends[k]].upper()
    return "".join(chars)


__all__ = ["restore_case"]
