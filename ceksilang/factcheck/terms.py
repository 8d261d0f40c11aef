"""A claim as search terms: social-media spellings folded, stopwords dropped, words stemmed,
figures read as values, names kept apart.

A pasted claim ("guru2 sertifikasi siap2, tunjangan profesinya mau dihapus") and the
headline of the fact-check that addresses it ("Tunjangan Profesi Guru Dihapus") must meet on
the same keys, so both go through ``claim_terms``. Spellings come from ``lang/id/slang.yaml``,
stems and stopwords from the reconcile stage's rules (``lang/id/stem_affixes.yaml``,
``stopwords.txt``), scale words ("juta", "miliar") from ``lang/id/numbers.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data
from ceksilang.reconcile.derive import synonym_table
from ceksilang.extract.numbers import scale_words, token_value
from ceksilang.text import stem, stopwords

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*\d*")
_REDUPLICATED = re.compile(r"^([^\W\d_]{3,})2$")  # "guru2" is "guru-guru"
_CODE = re.compile(r"^([^\W\d_]+)(\d+)$")  # "JT120", "QG801": a code is written with or without a space
MIN_WORD = 3


@dataclass(frozen=True, slots=True)
class Colloquial:
    prefixes: tuple[tuple[str, str], ...]
    suffixes: tuple[tuple[str, str], ...]
    final_e_to_a: bool


@lru_cache(maxsize=1)
def colloquial_rules() -> Colloquial:
    data = load_data("slang").get("colloquial") or {}
    try:
        return Colloquial(tuple((str(a), str(b)) for a, b in data.get("prefixes") or ()),
                          tuple((str(a), str(b)) for a, b in data.get("suffixes") or ()),
                          bool(data.get("final_e_to_a")))
    except (TypeError, ValueError) as exc:
        raise LanguageDataError(f"slang.yaml: malformed colloquial rules ({exc})") from exc


@lru_cache(maxsize=1)
def synonyms() -> tuple[dict[str, str], tuple[str, ...]]:
    """(word or stem -> its group's head stem, multi-word members longest first): the news
    synonyms of ``lang/id/synonyms.yaml`` and the paraphrase groups of ``slang.yaml``."""
    table = dict(synonym_table())
    phrases: list[str] = []
    for group in load_data("slang").get("groups") or ():
        words = [" ".join(str(w).lower().split()) for w in group]
        head = stem(words[0].replace(" ", "_")) if " " not in words[0] else words[0].replace(" ", "_")
        for word in words:
            if " " in word:
                phrases.append(word)
                table[word.replace(" ", "_")] = head
            else:
                table[word] = head
                table.setdefault(stem(word), head)
    return table, tuple(sorted(phrases, key=len, reverse=True))


def colloquial_forms(word: str) -> list[str]:
    """Standard forms a chat spelling may stand for ("ngelarang" -> "larang", "bubarin" ->
    "bubarkan"), most likely first; the word itself is not included."""
    rules = colloquial_rules()
    bases = [word]
    for prefix, replacement in rules.prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_WORD:
            rest = word[len(prefix):]
            if replacement or prefix not in ("ng", "ny") or rest[:1] in "aiueo":
                bases.append(replacement + rest)
    out: list[str] = []
    for base in bases:
        forms = [base]
        for suffix, replacement in rules.suffixes:
            if base.endswith(suffix) and len(base) - len(suffix) >= MIN_WORD:
                forms.append(base[: -len(suffix)] + replacement)
        if rules.final_e_to_a:
            forms += [re.sub(r"e([^aiueo]+)$", r"a\1", f) for f in list(forms) if re.search(r"e[^aiueo]+$", f)]
        out.extend(f for f in forms if f != word and f not in out)
    return out


@lru_cache(maxsize=1)
def slang_table() -> dict[str, tuple[str, ...]]:
    data = load_data("slang")
    try:
        return {str(k).lower(): tuple(str(v).lower().split()) for k, v in data["words"].items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise LanguageDataError(f"slang.yaml: malformed ({exc})") from exc


@dataclass(frozen=True, slots=True)
class ClaimTerms:
    """The keys of one text, in order of first appearance, without repeats."""

    words: tuple[str, ...]  # stems (figures included, as their value)
    names: tuple[str, ...]  # stems of words written with a capital inside a sentence, or all caps
    figures: tuple[str, ...]  # values of figures, as digit strings ("13000000", "2019")
    surfaces: dict[str, str]  # key -> the word as first written


def _figure(token: str, scale: float | None) -> str | None:
    value, _ = token_value(token)
    if value is None:
        return None
    if scale:
        value *= scale
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", "_")


_SEGMENT = re.compile(r"[^.!?\n]+")
TITLE_CASE_SHARE = 0.5


def _tokens(text: str) -> list[tuple[str, bool]]:
    """(surface, written as a name) for each token. A capital marks a name only inside a
    sentence-case segment: in a title-case or all-caps headline every word has one."""
    out: list[tuple[str, bool]] = []
    for segment in _SEGMENT.finditer(text):
        tokens = _TOKEN.findall(segment.group(0))
        letters = [t for t in tokens if len(t) >= MIN_WORD and t[0].isalpha()]
        capitalised = sum(1 for t in letters if t[0].isupper())
        title_case = len(letters) >= 3 and capitalised / len(letters) > TITLE_CASE_SHARE
        for i, token in enumerate(tokens):
            out.append((token, not title_case and i > 0 and token[:1].isupper()))
    return out


def _words(text: str) -> list[tuple[str, str, bool]]:
    """(lower-case word, surface, written as a name) for each word and figure, slang folded."""
    slang = slang_table()
    out: list[tuple[str, str, bool]] = []
    for surface, as_name in _tokens(text):
        low = surface.lower()
        reduplicated = _REDUPLICATED.match(low)
        if reduplicated:
            low = reduplicated.group(1)
        code = _CODE.match(low)
        if code and not reduplicated:
            out.append((code.group(1), code.group(1), as_name))
            out.append((code.group(2), code.group(2), False))
            continue
        if "-" in low:
            parts = low.split("-")
            if len(set(parts)) == 1:  # "guru-guru"
                out.append((parts[0], surface.split("-")[0], as_name))
            else:
                out.extend((p, p, as_name) for p in parts if p)
            continue
        if low in slang:
            out.extend((w, surface, False) for w in slang[low])
            continue
        out.append((low, surface, as_name))
    return out


def _fold_phrases(tokens: list[tuple[str, str, bool]], phrases: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    """Multi-word synonyms ("tutup usia") joined into one token ("tutup_usia") before stemming."""
    if not phrases:
        return tokens
    lows = [t[0] for t in tokens]
    joined = " " + " ".join(lows) + " "
    if not any(f" {p} " in joined for p in phrases):
        return tokens
    out: list[tuple[str, str, bool]] = []
    i = 0
    while i < len(tokens):
        for phrase in phrases:
            parts = phrase.split()
            if lows[i: i + len(parts)] == parts:
                out.append(("_".join(parts), " ".join(t[1] for t in tokens[i: i + len(parts)]), False))
                i += len(parts)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def word_key(low: str) -> str:
    """The search key of one lower-case word: its stem, or its synonym group's head."""
    table, _ = synonyms()
    return table.get(low) or table.get(stem(low)) or stem(low)


def claim_terms(text: str) -> ClaimTerms:
    stops = stopwords()
    scales = scale_words()
    tokens = _fold_phrases(_words(text), synonyms()[1])
    words: dict[str, None] = {}
    names: dict[str, None] = {}
    figures: dict[str, None] = {}
    surfaces: dict[str, str] = {}
    skip = -1
    for i, (low, surface, as_name) in enumerate(tokens):
        if i == skip:  # the scale word of the figure before: part of its value
            continue
        if low[0].isdigit():
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            key = _figure(low, scales.get(nxt))
            if nxt in scales:
                skip = i + 1
            if key:
                words.setdefault(key)
                figures.setdefault(key)
                surfaces.setdefault(key, surface)
            continue
        if len(low) < MIN_WORD or low in stops:
            continue
        key = word_key(low)
        words.setdefault(key)
        surfaces.setdefault(key, surface)
        if as_name:
            names.setdefault(key)
    return ClaimTerms(tuple(words), tuple(names), tuple(figures), surfaces)
