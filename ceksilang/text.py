"""Sentence boundaries over cleaned article text, as (start, end) character offsets.

spaCy's sentencizer glues a headline onto the next line and keeps an opening quote
after a full stop with the previous sentence; news text needs both the other way round,
so boundaries are found here and handed to spaCy as ``is_sent_start`` flags.
``opens_sentence(text, start)`` tells whether a word opens a sentence, reading back over
spaces, quote marks, an opening bracket and dashes only.

The word keys every stage matches Indonesian words by live here too: ``stem``, the light affix
normaliser over ``lang/id/stem_affixes.yaml`` (so "dikirim" and "pengiriman" meet), and
``stopwords``, the words that never identify an event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data, load_merged_lines, load_stopwords

OPEN_QUOTES = "\"“‘'«"
CLOSE_QUOTES = "\"”’'»"

# A candidate end: ., ! or ? (possibly repeated), optional closing quotes/brackets, then space.
_END = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]")
# a degree or title of short dotted parts ending at a full stop ("Subsp.G.E.H.", "Sp.P.D.", "M.Kes.")
_DOTTED_DEGREE = re.compile(r"(?<![\w.])(?:[^\W\d_]{1,5}\.){2,}$")


# Sentences are split the same way in every language: the abbreviation lists are joined
# ("Prof." of lang/id, "U.S." of lang/en; Indonesian text quotes English titles too).
ABBREVIATION_LANGUAGES = ("id", "en")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in load_merged_lines("abbreviations", ABBREVIATION_LANGUAGES))


# Python's re, told to ignore case, matches the Turkish dotless "ı", the dotted capital "İ" and the long "ſ" where a
# pattern has i or s, but str.lower() keeps them apart ("harı".lower() is no key "hari"; "İ".lower() gains a combining
# dot). A word a case-blind pattern matched is looked up in its table by this fold, so a page's odd letter is read as
# the letter it stands for instead of failing the document.
# The letters are Python's; what each stands for is read from lang/letter_folds.yaml (through plain_letters), the
# one place the plain letter of "ı" is kept (mend57).
_REGEX_CASE_TWINS = "ıſ"


@lru_cache(maxsize=1)
def _case_twins() -> dict[int, str | None]:
    from ceksilang.lang.letters import plain_letters  # noqa: PLC0415 - lang.letters reads yaml; text is imported early

    return str.maketrans({**{c: plain_letters(c) for c in _REGEX_CASE_TWINS}, "\u0307": None})


def case_blind_key(text: str) -> str:
    """Lower-case ``text`` the way a case-blind regex compares it (``ı``/``İ`` as i, ``ſ`` as s)."""
    low = text.lower()
    return low if low.isascii() else low.translate(_case_twins())


# a word holding one of those letters; the rest of the word decides whether it is a page's slip for
# the plain letter ("harı", "Selaſa") or a word of a language that writes it ("Kılıçdaroğlu", with ç and ğ)
_TWIN_WORD = re.compile(r"[^\W\d_]*[ıİſ][^\W\d_]*")
_PLAIN_TWINS = str.maketrans({"ı": "i", "İ": "I", "ſ": "s"})


def _plain_word(m: re.Match[str]) -> str:
    word = m.group()
    plain = word.translate(_PLAIN_TWINS)
    return plain if plain.isascii() else word


def plain_twin_letters(text: str) -> str:
    """``text`` with "ı", "İ" and "ſ" written as i, I and s inside words otherwise of plain Latin letters.

    One letter for one, so every offset stays where it was. Words with other letters beyond ASCII
    keep theirs: a Turkish name keeps its dotless i, and a reader never looks it up anyway.
    """
    if text.isascii():
        return text
    return _TWIN_WORD.sub(_plain_word, text)


def trie_regex(strings: Iterable[str], space: str | None = None, fold_case: bool = False) -> str:
    """One regex alternation of ``strings`` shaped as a character trie.

    It matches what a longest-first alternation (``a|b|...`` sorted by length) matches, and
    prefers the same string where several could match at one place: a longer continuation is
    tried before the end of a shorter string. Python's engine tries every branch of a flat
    alternation at each position; a trie tries one branch per character, so a long word list
    costs about as much as a short one. ``space`` is the regex written for a space (say
    ``r"\\s+"``); ``fold_case`` merges strings that differ only in letter case, for a pattern
    matched case-insensitively (else the trie could try "Jan" before "januari").
    """
    trie: dict = {}
    for s in strings:
        if fold_case and len(s.lower()) == len(s) and re.fullmatch(f"(?i:{re.escape(s)})", s.lower()):
            s = s.lower()
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [(space if space is not None and ch == " " else re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # longer continuations are tried first; the end of a shorter string is the fallback
        return f"(?:{body})?" if end else body

    return build(trie)


def phrases_by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` (word tuples) grouped by their first word, each group in the order of
    ``phrases``: a loop that takes the first phrase matching at a word tries only that group.
    An empty phrase has no first word and is left out (a caller must not rely on one)."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            groups.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in groups.items()}


def phrases_by_last_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` grouped by their last word, each group in the order of ``phrases``: a loop that
    takes the first phrase ending a run of words tries only the group of the run's last word. An
    empty phrase is left out, as in ``phrases_by_first_word``."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            groups.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(group) for last, group in groups.items()}


# The characters outside ASCII that ``re``, ignoring case, takes for an ASCII letter: "İ" and
# "ı" for "i", "ſ" for "s", the Kelvin sign for "k" (found by trying every code point)
_ASCII_LETTER_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_match_ignoring_case(text: str, phrases: Iterable[str], folded: str | None = None) -> bool:
    """False only when none of ``phrases`` can occur in ``text`` for a case-insensitive regex:
    a cheap test before a costly pattern that needs one of them. ``folded`` is ``text.lower()``
    when the caller has it. Exact for ASCII phrases; a phrase with other letters, or a text
    with a letter ``re`` folds onto ASCII, always gets True (the pattern decides)."""
    phrases = tuple(phrases)
    if not all(p.isascii() for p in phrases) or any(c in text for c in _ASCII_LETTER_LOOKALIKES):
        return True
    folded = text.lower() if folded is None else folded
    return any(p.lower() in folded for p in phrases)


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends a known abbreviation or an initial ("J.")."""
    # search a short window: an anchored "$" search from 0 rescans the whole text per dot
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if len(word) == 1 and word.isalpha():  # an initial: "Joko W. Widodo"
        return True
    if _DOTTED_INITIALS.fullmatch(word):  # initials: "G.S. Malik"
        return True
    return word in _abbreviations()


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _END.finditer(text, start, end):
        punct_end = m.end()
        first_dot = m.start()
        if text[first_dot] == "." and m.group(0) == "." and is_abbreviation(text, first_dot):
            continue
        if _DOTTED_DEGREE.search(text, max(start, first_dot - 24), first_dot + 1) and text[punct_end:punct_end + 3].lstrip()[:1] == "(":
            continue  # "Subsp.G.E.H. (K), FINASIM mengatakan": a doctor's titles go on after the stop
        # what follows the whitespace must look like a sentence start
        nxt = punct_end
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in OPEN_QUOTES or ch in "(-–—•"):
            continue
        if text[first_dot] == "." and first_dot > 0 and text[first_dot - 1].isdigit() and ch.isdigit():
            continue  # "pukul 10. 30" style glitches: keep together
        spans.append((cur, punct_end))
        cur = nxt
    if cur < end:
        spans.append((cur, end))
    return spans


_ASCII_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# the quotes and gazetteer stages ask this of the same document text, and a lower-cased text
# (the case that counts every letter) is counted again each time: the last few answers are kept
@lru_cache(maxsize=4)
def looks_lowercased(text: str) -> bool:
    """True for a text of some length with (almost) no capital letters: a lower-cased copy."""
    # the ASCII capitals alone (a count per letter, in C) are a lower bound of the capitals, and
    # the length an upper bound of the letters: enough to answer for an ordinary text
    if sum(map(text.count, _ASCII_CAPITALS)) >= len(text) * 0.002:
        return False
    # map over str methods: the same counts as a generator, several times faster on a long text
    letters = sum(map(str.isalpha, text))
    upper = sum(map(str.isupper, text))
    return letters > 200 and upper < letters * 0.002


_BEFORE_SENTENCE_WORD = frozenset(" \t" + OPEN_QUOTES + CLOSE_QUOTES + "(\u2014\u2013-")
_SENTENCE_ENDS = frozenset(".!?:\n")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: only spaces, quote marks (opening or
    closing: "... rusak.\u201d Rahmat"), an opening bracket and dashes stand between it and the
    text's start or a sentence's end (. ! ? : or a line break). Read back from the word, so the text
    before it is never copied."""
    j = start
    while j and text[j - 1] in _BEFORE_SENTENCE_WORD:
        j -= 1
    return not j or text[j - 1] in _SENTENCE_ENDS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``; a line break always ends a sentence.

    Spans are trimmed of surrounding whitespace and never empty.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        s, e = pos, pos + len(line)
        pos = e
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.extend(_split_line(text, s, e))
    return spans


def sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The sentence span containing ``offset`` (binary search over sorted spans)."""
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if offset < s:
            hi = mid - 1
        elif offset >= e:
            lo = mid + 1
        else:
            return spans[mid]
    return None


def normalise_space(text: str) -> str:
    # the same as ``re.sub(r"\s+", " ", text).strip()`` (``str.split`` and ``re``'s ``\s`` take the same
    # characters for white space), in a quarter of the time: it is asked of every line of every text
    return " ".join(text.split())


def normalise_space_within(text: str, limit: int) -> str | None:
    """``normalise_space(text)``, or None when that is longer than ``limit`` characters. A long text
    (a whole article on one line, asked whether it is a byline) is not normalised whole: the
    normalised form of a piece from its start is never longer than the whole one's, so once the
    piece's passes ``limit``, the whole one's does too."""
    if len(text) > 2 * limit + 2:
        head = normalise_space(text[: 2 * limit + 2])
        if len(head) > limit:
            return None
    text = normalise_space(text)
    return text if len(text) <= limit else None


_BRACKETABLE_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,15}$")


def abbreviates(short: str, name: str) -> bool:
    """``short`` is an abbreviation of the body ``name`` of two words or more: all capitals
    ("BPBD"), or a syllable short form whose letters run in order through the name from its first
    letter ("Dispar" for "Dinas Pariwisata", "Kemenkes" for "Kementerian Kesehatan")."""
    if not _BRACKETABLE_ABBREVIATION.match(short) or len(name.split()) < 2:
        return False
    if short.upper() == short:
        return True
    letters = iter(name.lower())
    return short[0].lower() == name[0].lower() and all(c in letters for c in short.lower())


def is_short_form_of(short: str, body: str) -> bool:
    """``short`` stands for the body ``body``: all capitals, the initials of its capitalised words
    ("ECB" of "European Central Bank", "BPBD"); mixed case, a syllable form ``abbreviates`` allows
    ("Kemlu" of "Kementerian Luar Negeri", "Disnakertrans")."""
    if short.isupper():
        return "".join(w[0] for w in body.split() if w[:1].isupper()) == short
    return abbreviates(short, body)


def spells_person_name(short: str, name: str) -> bool:
    """``short`` is a second name spelt from the person's ``name``: its letters run through the
    name's words in order, each piece the opening of one word ("Buwas" = Bu-di Was-eso, "Zulhas" =
    Zul-kifli Has-an, "Jokowi"), or it clips the opening of one word ("Ken" of "Kenneth", "Khotim" of
    "Khotimatul"). A nickname in capitals spells the initials ("BTP", "SBY"); a mixed-case one takes two
    letters at least from each word it uses. A word of the name itself is no second name of it."""
    letters = re.sub(r"[^\w]", "", short)
    words = [re.sub(r"[^\w]", "", w).lower() for w in name.split()]
    words = [w for w in words if w]
    if len(letters) < 2 or not words or letters.lower() in words:
        return False
    initials = letters.isupper()
    if not initials and len(letters) < 3:
        return False
    piece_min = 1 if initials else 2
    short_l = letters.lower()

    @lru_cache(maxsize=None)
    def runs(i: int, k: int) -> bool:
        # letters i.. spelt from words k..
        if i == len(short_l):
            return True
        for j in range(k, len(words)):
            word = words[j]
            longest = 1 if initials else len(word)
            for n in range(piece_min, min(longest, len(short_l) - i) + 1):
                if word[:n] != short_l[i:i + n]:
                    break
                if runs(i + n, j + 1):
                    return True
        return False

    return runs(0, 0)


def without_bracketed_abbreviation(name: str) -> str:
    """A body's name without the abbreviation it gives in brackets inside it: "Dinas Pariwisata
    (Dispar) Kabupaten Bantul" -> "Dinas Pariwisata Kabupaten Bantul" (the gold convention of
    tests/gold/coverage/FORMAT.md); a bracketed word that abbreviates nothing before it stays."""
    match = re.search(r"\s*\(([^()\s]+)\)", name)
    if match is None or not abbreviates(match.group(1), name[:match.start()]):
        return name
    return re.sub(r"\s+", " ", name[:match.start()] + " " + name[match.end():]).strip()


def told_from_to(text: str, old_start: int, old_end: int, new_start: int, from_words: Iterable[str],
                 to_words: Iterable[str]) -> bool:
    """Whether two values of ``text`` are told as a change from one to the other ("dari 5 menjadi 8
    gerbong"): one of ``from_words`` is the last word of the 16 characters before the old value, and
    the words between it and the new value are exactly one of ``to_words`` (lower case, as written
    in the data). The extractor (a bare old value's unit) and the claims (a measure lent between
    the two) ask this of their own word lists."""
    before = text[max(0, old_start - 16):old_start].lower().split()
    return bool(before) and before[-1] in from_words \
        and " ".join(text[old_end:new_start].lower().split()) in to_words


# --------------------------------------------------------------------------- word keys

# words that never identify an event (``lang/id/stopwords.txt``), read by the one loader
stopwords = load_stopwords


@dataclass(frozen=True, slots=True)
class AffixRules:
    min_stem: int
    particles: tuple[str, ...]
    suffixes: tuple[str, ...]
    prefixes: tuple[tuple[str, str, bool], ...]  # (prefix, replacement, only after a suffix)
    restored: dict[str, str] = field(default_factory=dict)  # prefix -> the root's first letter it dropped


@lru_cache(maxsize=1)
def affix_rules() -> AffixRules:
    """The light affix normaliser's rules (``lang/id/stem_affixes.yaml``)."""
    data = load_data("stem_affixes")
    try:
        return AffixRules(
            min_stem=int(data["min_stem"]),
            particles=tuple(data["particles"]),
            suffixes=tuple(data["suffixes"]),
            prefixes=tuple((str(p[0]), str(p[1]), len(p) > 2 and p[2] == "after_suffix") for p in data["prefixes"]),
            restored={str(k): str(v) for k, v in (data.get("restored_before_vowel") or {}).items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(f"stem_affixes: {exc}") from exc


_stem_cache: dict[str, str] = {}


def stem(word: str) -> str:
    """A matching key for an Indonesian word: at most one particle, suffix and prefix removed."""
    key = _stem_cache.get(word)
    if key is not None:
        return key
    rules = affix_rules()
    key = word
    for part in rules.particles:
        if key.endswith(part) and len(key) - len(part) >= rules.min_stem:
            key = key[: -len(part)]
            break
    had_suffix = False
    for suffix in rules.suffixes:
        if key.endswith(suffix) and len(key) - len(suffix) >= rules.min_stem:
            key = key[: -len(suffix)]
            had_suffix = True
            break
    for prefix, replacement, after_suffix in rules.prefixes:
        if after_suffix and not had_suffix:
            continue
        if key.startswith(prefix) and len(key) - len(prefix) + len(replacement) >= rules.min_stem:
            rest = key[len(prefix):]
            if prefix in rules.restored and rest[:1] in "aeiou" and len(rest) >= rules.min_stem:
                replacement = rules.restored[prefix]  # "penurunan" -> "turun", not "urun"
            key = replacement + rest
            break
    if len(_stem_cache) < 500_000:  # bounded: a stream of odd tokens must not grow memory forever
        _stem_cache[word] = key
    return key
