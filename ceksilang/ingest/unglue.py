"""Split words a scraper glued together where no case change or punctuation shows the joint.

Extraction from HTML drops the space between inline elements: "Polres Siakmenyatakan",
"mencatatkanlabasetelah pajak", "untuktake", "BaruChristopher Luxonresignatau". A glued word
is no known word, so it hides a speaker, a figure's measure or a detail. ``clean_shape`` splits
what the shape of the text shows (a stop or comma glued, a speech verb before a capital); this
step splits what only the vocabulary shows, the way the well-known unigram word segmentation
does: among the ways to cut a word into two or three known words, the most probable one (the
least sum of -log frequency, counts from ``lang/id/word_frequencies.txt``).

No installed library does this with our own counts (the venv has no word-segmentation package),
so the small search is written here; with at most three parts it is a double loop, not a full
dynamic program over the sentence.

A false split costs more than a miss, so a word is only cut when all of these hold
(limits in ``lang/id/word_split.yaml``):

* the article reads as Indonesian (its Indonesian function words outnumber its English ones):
  English compounds ("countermeasures") are real words the counts may lack;
* the word is long, letters only, not part of an address, e-mail, hashtag, handle or number,
  and has no run of capitals (acronyms and brands such as "ORFbahwa" are ``clean_shape``'s);
* the glued form is unseen (below the list's cap), and it is not a known root with Indonesian
  affixes ("dibangunkannya" stays);
* every part is long enough and frequent; the parts after the first are common words, never a
  name (so a name is never cut into name + name); the first part of a capitalised word may be a
  name the article itself writes alone ("Nausan" of "Nausanberjarak");
* a lower->upper case change inside a word ("BaruChristopher") is a joint only when both sides
  are known words or the article's own names, and the whole is no known word ("YouTube" stays),
  or a known one far rarer than either side whose second side the article writes alone: the
  counts come from scraped pages too, which glue "JakartaPramono" again and again.

Spaces are only inserted, never other characters changed: the cleaned text is what every later
offset points into, and the clean stage reports only removed text, not rewritten spans.

The same counts and affix rules tell linking whether a capitalised word opening a sentence is a
derived common word rather than a name: ``abstract_noun`` (a confix of ``word_split.yaml``'s
``abstract_noun_confixes`` round a known root: "Keengganan", "Penolakan").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ceksilang.ingest.clean_shape import own_capitalised_words, shape_data
from ceksilang.lang import LanguageDataError, load_data, load_speech_verbs, load_stopwords
from ceksilang.lang.word_frequencies import WordFrequencies, load_word_frequencies


@dataclass(frozen=True, slots=True)
class SplitRules:
    min_letters: int
    min_part_letters: int
    min_part_count: int
    max_parts: int
    name_ending_min_names: int
    prefixes: tuple[str, ...]
    restored: dict[str, tuple[str, ...]]
    suffixes: tuple[str, ...]
    particles: tuple[str, ...]
    bound_forms: tuple[str, ...]
    never_clause_final: frozenset[str] = frozenset()
    whole_words: frozenset[str] = frozenset()  # compounds written as one word ("bilamana")
    name_glued_tails: frozenset[str] = frozenset()  # words glued after a name ("Sugiarto|yang")
    name_head_min_letters: int = 4
    known_glue_side_ratio: float = 0.0  # 0: a camel-case word of the counts is never cut
    abstract_noun_confixes: tuple[tuple[str, str], ...] = ()  # ("ke", "an"): "keengganan"
    # mend50e: {"pe": "lmnrwy"}: the sounds a root may open with right after a bare prefix ("pelarian"), where
    # another root takes the nasal form ("pembangunan", not "pe" + "bangun")
    bare_prefix_initials: dict[str, tuple[str, ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def split_rules() -> SplitRules:
    data: dict[str, Any] = load_data("word_split")
    try:
        rules = SplitRules(
            min_letters=int(data["min_letters"]),
            min_part_letters=int(data["min_part_letters"]),
            min_part_count=int(data["min_part_count"]),
            max_parts=int(data["max_parts"]),
            name_ending_min_names=int(data["name_ending_min_names"]),
            prefixes=tuple(str(p) for p in data["prefixes"]),
            restored={str(k): tuple(str(c) for c in v) for k, v in (data.get("restored_before_vowel") or {}).items()},
            suffixes=tuple(str(s) for s in data["suffixes"]),
            particles=tuple(str(p) for p in data["particles"]),
            bound_forms=tuple(str(b) for b in data["bound_forms"]),
            never_clause_final=frozenset(str(w).lower() for w in data.get("never_clause_final") or []),
            whole_words=frozenset(str(w).lower() for w in data.get("whole_words") or []),
            name_glued_tails=frozenset(str(w).lower() for w in data.get("name_glued_tails") or [])
            | load_speech_verbs().prefixed,
            name_head_min_letters=int(data.get("name_head_min_letters", 4)),
            known_glue_side_ratio=float(data.get("known_glue_side_ratio", 0)),
            abstract_noun_confixes=tuple((str(p), str(s)) for p, s in data.get("abstract_noun_confixes") or []),
            bare_prefix_initials={str(k): tuple(str(c) for c in v)
                                  for k, v in (data.get("bare_prefix_initials") or {}).items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(f"word_split.yaml: {exc!r}") from exc
    if rules.max_parts not in (2, 3) or rules.min_part_letters < 1:
        raise LanguageDataError("word_split.yaml: max_parts must be 2 or 3, min_part_letters at least 1")
    return rules


@lru_cache(maxsize=1)
def _english_function_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("stopwords", "en"))


# a chunk between spaces that is an address, e-mail, hashtag or handle: left whole
_ADDRESS = re.compile(r"[@#]|://|www\.|\.(?:com|co|id|net|org)\b", re.IGNORECASE)
_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# a letter run glued to one of these goes with it as one token: "Ma'ruf", "anak-anak", "Rp5juta", "e.g"
_JOINERS = "'’-._/&\\0123456789"


def reads_indonesian(text: str, sample_chars: int = 2000) -> bool:
    """More of the words of the text's first ``sample_chars`` are Indonesian function words than
    English ones (a cheap guard; the language stage decides the document's language)."""
    words = text[:sample_chars].lower().split()
    indonesian, english = load_stopwords(), _english_function_words()
    return sum(1 for w in words if w in indonesian) >= sum(1 for w in words if w in english)


def abstract_noun(word: str) -> bool:
    """A word shaped as an abstract noun, a confix of ``split_rules`` round a known root
    ("Keengganan": ke- + enggan + -an, "Penolakan": peN- + tolak + -an), that no name list of the
    word counts holds: a noun opening a sentence, never a given name."""
    low = word.lower()
    freq = load_word_frequencies()
    if low in freq.names:
        return False
    rules = split_rules()
    if low in freq.counts:  # a common word of the counts: any affixed reading on a known root
        return any(low.startswith(prefix) and low.endswith(suffix) and len(low) - len(prefix) - len(suffix) >= 3
                   for prefix, suffix in rules.abstract_noun_confixes) and _has_affixed_root(low)
    # a word the counts do not hold (a rare given name may be one): the confix's own root is known, or some affixed
    # reading stands on a known word that is no name ("Pebrian" is pe- + "brian", a name, and no confix of a root)
    return any(low.startswith(prefix) and low.endswith(suffix) and len(low) - len(prefix) - len(suffix) >= 3
               and (_confix_root(low, prefix, suffix, freq, rules) or _affixed_root(low, _common_words(), rules))
               for prefix, suffix in rules.abstract_noun_confixes)


@lru_cache(maxsize=1)
def _common_words() -> WordFrequencies:
    """The word counts without the words mostly written capitalised (names)."""
    freq = load_word_frequencies()
    return WordFrequencies(counts={w: n for w, n in freq.counts.items() if w not in freq.names}, names=freq.names,
                           total=freq.total)


def _confix_root(low: str, confix_prefix: str, suffix: str, freq: WordFrequencies, rules: SplitRules) -> bool:
    """Whether what a confix holds in ``low`` is a known root (mend50e): "penolakan" is peN- + tolak +
    -an; "pebrian" is no pe- + "bri" + -an, since a root opening with "b" takes "pem-", so a given name
    ("Pebrian", "Petrian", "Perdian") whose letters happen to end in an affixed form is no abstract noun. The
    prefix is the confix's or one of ``prefixes`` opening with it ("pe": pe-, pem-, pen-, peng-, peny-, per-)."""
    counts = freq.counts
    for prefix in {confix_prefix, *(p for p in rules.prefixes if p.startswith(confix_prefix))}:
        if not low.startswith(prefix):
            continue
        root = low[len(prefix):len(low) - len(suffix)]
        if len(root) < 3:
            continue
        initials = rules.bare_prefix_initials.get(prefix)
        if initials is not None and not root.startswith(initials):
            continue
        restored = [c + root for c in rules.restored.get(prefix, ())] if root[0] in "aeiou" else []
        # the root as is in the counts, or with affixes of its own ("penyelidikan": selidik, seen as "menyelidiki")
        if any(r in counts or _has_affixed_root(r) for r in (root, *restored)):
            return True
    return False


@lru_cache(maxsize=65536)  # bounded: asked of every unknown long word and of every part tried
def _has_affixed_root(word: str) -> bool:
    """``word`` (lower-case) is a known root with a prefix, suffix and/or particle."""
    return _affixed_root(word, load_word_frequencies(), split_rules())


def _affixed_root(word: str, freq: WordFrequencies, rules: SplitRules) -> bool:
    counts = freq.counts
    for bound in rules.bound_forms:
        if word.startswith(bound) and len(word) - len(bound) >= 3:
            rest = word[len(bound):]
            if rest in counts or (bound != rest[:len(bound)] and _affixed_root(rest, freq, rules)):
                return True
    stems = {word}
    for particle in rules.particles:
        if word.endswith(particle) and len(word) > len(particle) + 2:
            stems.add(word[: -len(particle)])
    for stem in list(stems):
        for suffix in rules.suffixes:
            if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
                stems.add(stem[: -len(suffix)])
    for stem in stems:
        if stem != word and stem in counts:
            return True
        for prefix in rules.prefixes:
            if not stem.startswith(prefix) or len(stem) - len(prefix) < 3:
                continue
            rest = stem[len(prefix):]
            if rest in counts:
                return True
            if rest[0] in "aeiou" and any(c + rest in counts for c in rules.restored.get(prefix, ())):
                return True
    return False


def _part_cost(part: str, freq: WordFrequencies, rules: SplitRules, name_ok: bool) -> float | None:
    """The cost of ``part`` (lower-case) as one word of a split, or None when it cannot be one:
    too short or rare, a suffix or particle ("lepasliar|kan"), or a name where none may stand."""
    if len(part) < rules.min_part_letters or part in rules.suffixes or part in rules.particles:
        return None
    count = freq.counts.get(part, 0)
    if count < rules.min_part_count or (not name_ok and part in freq.names):
        return None
    return freq.cost(part)


def _indonesian(part: str, freq: WordFrequencies, rules: SplitRules) -> bool:
    """``part`` (lower-case) is an Indonesian word: a function word, a word of the translation
    list, or a known root with Indonesian affixes."""
    data = shape_data()
    return part in data.known_words or part in data.content_words or _has_affixed_root(part)


def best_split(word: str, own_words: Counter[str] | None = None) -> list[str] | None:
    """The most probable cut of ``word`` (no inner capitals) into 2..max_parts known words, as
    written, or None when the word stays whole. The first part of a capitalised word is a name
    (of the counts, or one the article writes alone); at least one part is Indonesian, so an
    English compound ("drawstring", "rollout") stays whole."""
    rules = split_rules()
    freq = load_word_frequencies()
    lower = word.lower()
    n = len(lower)
    if n < rules.min_letters or lower in freq.counts or _has_affixed_root(lower):
        return None
    min_part = rules.min_part_letters
    capitalised = word[0].isupper()
    tail_costs: dict[str, float | None] = {}

    def tail_cost(part: str) -> float | None:
        if part not in tail_costs:
            tail_costs[part] = _part_cost(part, freq, rules, name_ok=False)
        return tail_costs[part]

    candidates: list[tuple[float, list[int], bool]] = []
    for i in range(min_part, n - min_part + 1):
        head = lower[:i]
        strict_tail = False
        if capitalised:
            if own_words and own_words.get(word[:i], 0) > 0:  # a name the article writes alone
                head_cost: float | None = freq.cost_of_count(max(rules.min_part_count, freq.counts.get(head, 0)))
            else:
                head_cost = _part_cost(head, freq, rules, name_ok=True) if head in freq.names else None
                # a name of the counts only: what follows it must be a word that never goes
                # into a name, a function word or an affixed verb ("Bieber|dikenal", "Bogor|saat",
                # not "Las|arus" of "Lasarus")
                strict_tail = True
        else:
            head_cost = _part_cost(head, freq, rules, name_ok=False)
        if head_cost is None:
            continue
        rest_cost = tail_cost(lower[i:])
        if rest_cost is not None:
            candidates.append((head_cost + rest_cost, [i], strict_tail))
        if rules.max_parts < 3:
            continue
        for j in range(i + min_part, n - min_part + 1):
            middle, last = tail_cost(lower[i:j]), tail_cost(lower[j:])
            if middle is not None and last is not None:
                candidates.append((head_cost + middle + last, [i, j], strict_tail))
    for _, inner, strict in sorted(candidates):
        cuts = [0, *inner, n]
        parts = [lower[a:b] for a, b in zip(cuts, cuts[1:])]
        if strict and (not all(_function_or_affixed(p, freq, rules) for p in parts[1:])
                       or _ends_names("".join(parts[1:])) >= rules.name_ending_min_names):
            continue
        if len(parts) > 2 and any(a + b in freq.counts or _has_affixed_root(a + b) for a, b in zip(parts, parts[1:])):
            continue  # two parts that are one word: "fisik|awan|dari" is "fisikawan dari"
        if any(_indonesian(p, freq, rules) for p in parts):
            return [word[a:b] for a, b in zip(cuts, cuts[1:])]
    return None


@lru_cache(maxsize=65536)  # bounded; a lower-case word's split needs no article evidence
def _best_split_lower(word: str) -> tuple[str, ...] | None:
    split = best_split(word)
    return tuple(split) if split else None


def _function_or_affixed(part: str, freq: WordFrequencies, rules: SplitRules) -> bool:
    return part in shape_data().known_words or _has_affixed_root(part)


@lru_cache(maxsize=4096)
def _ends_names(tail: str) -> int:
    """How many names of the counts end in ``tail`` after at least three letters of their own."""
    return sum(1 for name in load_word_frequencies().names if name.endswith(tail) and len(name) - len(tail) >= 3)


def split_name_before_tail(word: str, own_words: Counter[str] | None = None) -> str | None:
    """``word`` (capitalised, no inner capital) as a person's name and the word the scraper glued
    after it ("Sugiarto yang", "Supriatna mengimbau"), or None. The head is a name of the counts,
    however rare, or one the article writes alone; the tail is one of word_split.yaml's
    ``name_glued_tails`` or a prefixed speech verb. The longest such tail is taken."""
    rules = split_rules()
    freq = load_word_frequencies()
    lower = word.lower()
    for cut in range(rules.name_head_min_letters, len(lower) - rules.min_part_letters + 1):
        tail = lower[cut:]
        if tail not in rules.name_glued_tails:
            continue
        head = word[:cut]
        if head.lower() in freq.names or (own_words and own_words.get(head, 0) > 0):
            return f"{head} {word[cut:]}"
    return None


def _camel_side(piece: str, freq: WordFrequencies, own_words: Counter[str] | None, rules: SplitRules) -> bool:
    """``piece`` of a word with an inner capital is a word on its own: an Indonesian word or a
    name ("Baru|Christopher"), not the English half of a brand ("Flight|Aware", "Net|Blocks")."""
    lower = piece.lower()
    if own_words and own_words.get(piece, 0) > 0:
        return True
    return lower in freq.counts and (lower in freq.names or _indonesian(lower, freq, rules))


def _counted_glue(word: str, freq: WordFrequencies, own_words: Counter[str] | None, rules: SplitRules) -> str | None:
    """``word`` with a space at its inner capital when the counts hold the glued form only
    because one outlet's pages glue the same two words again and again ("JakartaPramono": a
    dateline or link before a name), else None. The counts are built from the same scraped
    text, so a glued form can reach them; a real compound is far more frequent than either
    side allows for: each side must be at least ``known_glue_side_ratio`` times as frequent as
    the whole, be a word or name on its own, and the article must write the second side alone
    (the name it goes on to use: "Pramono mengatakan"). A brand such as "AirAsia" passes when
    the article writes it once only; "YouTube" and "TikTok" have sides that are no words."""
    if not rules.known_glue_side_ratio or not own_words or own_words.get(word, 0) > 1:
        return None
    pieces = _CAMEL_JOINT.split(word)
    if len(pieces) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in pieces):
        return None
    head, tail = pieces
    whole = freq.counts.get(word.lower(), 0)
    if own_words.get(tail, 0) == 0 or any(
            freq.counts.get(p.lower(), 0) < rules.known_glue_side_ratio * whole
            or not _camel_side(p, freq, own_words, rules) for p in pieces):
        return None
    return f"{head} {tail}"


def split_glued_word(word: str, own_words: Counter[str] | None = None) -> str:
    """``word`` (letters only) with spaces where the scraper lost them, or as it is."""
    freq = load_word_frequencies()
    rules = split_rules()
    if word.lower() in freq.counts and (glue := _counted_glue(word, freq, own_words, rules)):
        return glue
    if len(word) < rules.min_letters or word.lower() in freq.counts or word.lower() in rules.whole_words:
        return word
    if own_words and own_words.get(word, 0) > 1:
        return word  # a name the article repeats ("Kotabaru"), not a one-off slip of the scraper
    pieces = _CAMEL_JOINT.split(word)
    if any(len(p) > 1 and not p[1:].islower() for p in pieces):
        return word  # a run of capitals: an acronym, left to clean_shape
    if len(pieces) > 1 and not pieces[0][0].isupper():
        # "menggelarKonferensi", "berbasisAndroid": a lower-case Indonesian word glued before a
        # capitalised word or name is a lost space; a brand's head is short ("iPhone") or the
        # whole brand is a known form ("detikJateng" is in the counts, so it returned above)
        head = pieces[0]
        if (len(pieces) == 2 and len(head) >= rules.min_part_letters + 1
                and freq.counts.get(head, 0) >= rules.min_part_count and head not in freq.names
                and _indonesian(head, freq, rules) and _camel_side(pieces[1], freq, own_words, rules)):
            return f"{head} {pieces[1]}"
        return word
    if len(pieces) == 1 and word.islower():
        split = _best_split_lower(word)
        return " ".join(split) if split else word
    out = []
    for piece in pieces:
        if len(pieces) > 1 and len(piece) >= rules.min_part_letters and _camel_side(piece, freq, own_words, rules):
            out.append(piece)
            continue
        split = best_split(piece, own_words)
        if not split and piece[:1].isupper() and (name_split := split_name_before_tail(piece, own_words)):
            split = [name_split]
        if split:
            out.append(" ".join(split))
        elif len(pieces) > 1:
            return word  # a side that is no word: a name or brand written in mixed case
        else:
            out.append(piece)
    return " ".join(out)


@lru_cache(maxsize=4)
def _long_letter_run(min_letters: int) -> re.Pattern[str]:
    return re.compile(rf"\b[^\W\d_]{{{min_letters},}}\b")


def unglue_words(text: str, title: str | None = None) -> str:
    """``text`` with glued words split (see the module's doc). The capitalised words the
    article (with its ``title``) writes alone are the evidence for a name's end ("Nausan")."""
    if not text or not reads_indonesian(text):
        return text
    counts = load_word_frequencies().counts
    # each distinct unknown long word is weighed once; most articles have none to split
    # (and each word with an inner capital: the counts may hold a glue one outlet repeats)
    unknown = {w for w in set(_long_letter_run(split_rules().min_letters).findall(text))
               if w.lower() not in counts or _CAMEL_JOINT.search(w)}
    if not unknown:
        return text
    own_words = own_capitalised_words(f"{title or ''}\n{text}")
    splits = {w: split for w in unknown if (split := split_glued_word(w, own_words)) != w}
    # a cut ending in a word that never closes a clause ("guna", "dan") is wrong wherever the
    # article writes the whole word before a stop or comma: "Prof Henry Indraguna, angkat bicara"
    closing = split_rules().never_clause_final
    splits = {w: split for w, split in splits.items()
              if split.rsplit(" ", 1)[-1].lower() not in closing
              or not re.search(r"(?<![^\W\d_])" + re.escape(w) + r"\s*[,.;!?)]", text)}
    # a capitalised word written before a colon is a label or a listed name ("Malayang: segar
    # pedas"), not a name with the verb or "yang" glued after it
    splits = {w: split for w, split in splits.items()
              if split != split_name_before_tail(w, own_words)
              or not re.search(r"(?<![^\W\d_])" + re.escape(w) + r"\s*:", text)}
    if not splits:
        return text
    out: list[str] = []
    last = 0
    whole_word = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, splits)) + r")(?![^\W\d_])")
    for run in whole_word.finditer(text):
        s, e = run.span()
        if (s > 0 and text[s - 1] in _JOINERS) or (e < len(text) and text[e] in _JOINERS):
            continue
        start, end = s, e  # the chunk between spaces it is part of: an address, e-mail, tag?
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if _ADDRESS.search(text, start, end):
            continue
        out += [text[last:s], splits[run.group()]]
        last = e
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


__all__ = ["unglue_words", "split_glued_word", "split_name_before_tail", "best_split", "reads_indonesian", "split_rules", "SplitRules"]
