"""Translations found, and what changed in them.

``find_translations(docs, story_id)`` takes the documents of one story (extracted and linked)
and gives the ``translation`` discrepancies; it sets ``translated_from`` on every Indonesian
document that translates or closely rewrites an English document of the story.

Sentences are compared on meaning, never on surface words: an English sentence's content
words become Indonesian stems through the bilingual word list (the story keys of
``reconcile.stories``), and both sides add their linked entities (``e:<id>``) and figures
(``#<value>``, "4,500" and "4.500" one key). Each Indonesian sentence is aligned to the English
sentence it shares most keys with (Dice), above thresholds kept as data in
``lang/id/translation.yaml``. The English document whose sentences cover the largest share of
an Indonesian document's sentences is its original when that share reaches ``min_share``.

For each aligned pair the figures, their qualifiers and the negation words are compared: a
figure whose value is not in the other sentence (a figure given in another unit of its
measure, "15 miles" → "24 km", is the same figure when the conversion is right within
rounding: ``lang/unit_conversions.yaml``), one read with another qualifier ("about 8,000" →
"8.000"), a negation lost or added (a negation word inside a fixed phrase English
renders without one, "pesawat tanpa awak" for "drones", is none; a sentence split in two is
read over both halves). Two leftover figures are one changed figure only when they count alike
("23 houses" and "dua hari" are two), and a score written alike ("2-1") is one figure. So are who speaks and who or
where the sentence is about: a quote given to another speaker (a spokesperson's words given to
the one they speak for), reported words turned into the speaker's act ("Blinken said troops
were in Kursk" → "Blinken mengunjungi Kursk"), a place or person named instead of another, an
office or body acting or speaking in another's place ("the ministry sent" → "Presiden
mengirimkan", "police said" → "kata militer") and a place related another way ("near the
border" → "melintasi perbatasan"; both as classes of words in ``lang/{en,id}/translation.yaml``).
A translation with no change counts as its
original's independent source (``reconcile.sources.root_of`` follows ``translated_from`` then).
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from heapq import nlargest
from statistics import median
from typing import Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from ceksilang.extract.quantities import quantity_words, unit_table
from ceksilang.extract.quotes import QUOTE_LANGUAGES
from ceksilang.lang import LanguageDataError, load_data, load_speech_verbs
from ceksilang.lang.conversions import Unit, figure_unit, same_after_conversion
from ceksilang.model import Discrepancy, Document, Mention, Quantity, Quote
from ceksilang.reconcile.stories import content_terms, document_terms, english_stopwords, indonesian_keys
from ceksilang.render.explain import MESSAGES, Message, message
from ceksilang.render.explain import english as english_text
from ceksilang.text import case_blind_key


@dataclass(frozen=True, slots=True)
class TranslationRules:
    negations: dict[str, frozenset[str]]  # language -> negation words
    min_similarity: float
    min_shared: int
    min_share: float
    # a rewrite padded with background: most of the original rendered, in enough sentences
    min_source_share: float
    min_source_pairs: int
    # an original in its own story: at least this many aligned pairs (a two-sentence summary
    # of a report's lead shares its topic, not its wording)
    min_pairs: int
    # an original in another story: published at most this many days before, this many pairs
    across_max_days: int
    across_min_pairs: int
    # while grouping (``CrossStoryTranslations``): the English documents compared with an
    # Indonesian one, those whose story-vector cosine with it reaches this, the closest few
    across_candidate_similarity: float
    across_candidates: int
    # an original among many reports of one event: its rendering (share x mean pair similarity)
    # must stand this far above the median rendering of the story's other Indonesian reports of
    # the same English report, when there are at least background_min_docs of them
    min_rendering_above_background: float
    background_min_docs: int
    attributed_margin: float
    across_attributed_candidates: int
    between_min_similarity: float
    between_min_shared: int
    # Indonesian fixed phrase with a negation word -> English renderings without one
    negation_compounds: dict[str, tuple[str, ...]]
    # English qualifier phrase opening a figure -> Indonesian words that render it
    qualifier_renderings: dict[str, tuple[str, ...]]
    # language -> words and phrases whose meaning holds a negation without a negation word
    implicit_negations: dict[str, tuple[str, ...]]
    # the words right after a negation word that say what it negates: a negation on one side
    # only is a change when one of them renders a word of the other sentence
    negation_scope: int
    negation_reach: int
    # language -> what marks a figure as a time of day: words right before it, words right
    # after it, and the shape of the figure itself
    clock_before: dict[str, tuple[str, ...]]
    clock_after: dict[str, tuple[str, ...]]
    clock_shape: dict[str, re.Pattern[str] | None]
    # the similarity of an aligned pair over its words (figures left out) from which what differs
    # between the two is a change; below it the two share a topic more than a wording
    change_min_similarity: float
    # language -> (phrase, class) of the offices and bodies that act, and of the relations to a
    # place ("near" / "across"), longest phrase first
    actor_words: dict[str, tuple[tuple[str, str], ...]]
    place_relations: dict[str, tuple[tuple[str, str], ...]]
    # English words right after a name that say when, not what the name qualifies: "in Geneva
    # next week" names a place, "Geneva talks" does not
    time_after_name: frozenset[str] = frozenset()
    # the classes of ``place_relations`` a rendering must keep: "near" a place rendered with no
    # relation of its class puts the thing in the place
    kept_relations: frozenset[str] = frozenset()
    # language -> (phrase, class) of the compass directions, longest phrase first
    place_directions: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # language -> the words after which a capitalised word names a place ("off Sorn", "di Sorn")
    place_name_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # language -> the words before the agent of a passive ("by", "oleh"), and the prefixes of a
    # passive verb the agent may follow with no such word ("ditahan tentara")
    passive_agent_words: dict[str, frozenset[str]] = field(default_factory=dict)
    passive_prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # language -> the auxiliaries of a passive verb ("were detained"), and the relative words
    # that open a clause describing a noun ("which were", "yang diluncurkan")
    passive_auxiliaries: dict[str, frozenset[str]] = field(default_factory=dict)
    relative_words: dict[str, frozenset[str]] = field(default_factory=dict)


def _phrase_classes(data: dict[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    """(phrase, class) of a ``class: [phrases]`` table, the longest phrase first."""
    pairs = {(str(w).lower(), str(c)) for c, words in (data.get(key) or {}).items() for w in words}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0].split()), -len(p[0]), p[0])))


@lru_cache(maxsize=1)
def translation_rules() -> TranslationRules:
    """``lang/id/translation.yaml`` and ``lang/en/translation.yaml``, typed."""
    indonesian, english = load_data("translation", "id"), load_data("translation", "en")
    both = (("id", indonesian), ("en", english))

    def words_of(key: str) -> dict[str, tuple[str, ...]]:
        """Each language's list ``key``, in lower case."""
        return {lang: tuple(str(w).lower() for w in data.get(key) or ()) for lang, data in both}

    def word_sets_of(key: str) -> dict[str, frozenset[str]]:
        return {lang: frozenset(words) for lang, words in words_of(key).items()}

    def classes_of(key: str) -> dict[str, tuple[tuple[str, str], ...]]:
        return {lang: _phrase_classes(data, key) for lang, data in both}

    try:
        return TranslationRules(
            negations={"id": frozenset(str(w).lower() for w in indonesian["negations"]),
                       "en": frozenset(str(w).lower() for w in english["negations"])},
            min_similarity=float(indonesian["min_similarity"]),
            min_shared=int(indonesian["min_shared"]),
            min_share=float(indonesian["min_share"]),
            min_source_share=float(indonesian["min_source_share"]),
            min_rendering_above_background=float(indonesian["min_rendering_above_background"]),
            background_min_docs=int(indonesian["background_min_docs"]),
            min_source_pairs=int(indonesian["min_source_pairs"]),
            min_pairs=int(indonesian["min_pairs"]),
            across_max_days=int(indonesian["across_max_days"]),
            across_min_pairs=int(indonesian["across_min_pairs"]),
            across_candidate_similarity=float(indonesian["across_candidate_similarity"]),
            across_candidates=int(indonesian["across_candidates"]),
            attributed_margin=float(indonesian["attributed_margin"]),
            across_attributed_candidates=int(indonesian["across_attributed_candidates"]),
            between_min_similarity=float(indonesian["between_min_similarity"]),
            between_min_shared=int(indonesian["between_min_shared"]),
            negation_compounds={str(k).lower(): tuple(str(v).lower() for v in vs)
                                for k, vs in (indonesian.get("negation_compounds") or {}).items()},
            qualifier_renderings={str(k).lower(): tuple(str(v).lower() for v in vs)
                                  for k, vs in (english.get("qualifier_renderings") or {}).items()},
            negation_scope=int(indonesian["negation_scope"]),
            negation_reach=int(indonesian["negation_reach"]),
            implicit_negations=words_of("implicit_negations"),
            clock_before=words_of("clock_before"),
            clock_after=words_of("clock_after"),
            clock_shape={lang: re.compile(str(data["clock_shape"])) if data.get("clock_shape") else None
                         for lang, data in both},
            change_min_similarity=float(indonesian["change_min_similarity"]),
            actor_words=classes_of("actor_words"),
            place_relations=classes_of("place_relations"),
            time_after_name=frozenset(str(w).lower() for w in english.get("time_after_name") or ()),
            kept_relations=frozenset(str(c) for c in english.get("kept_relations") or ()),
            place_directions=classes_of("place_directions"),
            place_name_cues=word_sets_of("place_name_cues"),
            passive_agent_words=word_sets_of("passive_agent_words"),
            passive_prefixes=words_of("passive_prefixes"),
            passive_auxiliaries=word_sets_of("passive_auxiliaries"),
            relative_words=word_sets_of("relative_words"),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise LanguageDataError(f"translation.yaml: malformed ({exc})") from exc


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    units: list[frozenset[str]]  # one per word, figure or entity: the keys any of which it may meet
    keys: frozenset[str]
    quantities: list[Quantity]
    quotes: list[Quote]
    mentions: list[Mention]


def _units(text: str, language: str | None) -> list[frozenset[str]]:
    # an English word's renderings come one after another, their weights summing to one: they
    # are one word that matches when any of them does, not several words
    units: list[frozenset[str]] = []
    current: set[str] = set()
    total = 0.0
    for key, _, weight in document_terms(text, language):
        current.add(key)
        total += weight
        if total >= 0.999:
            units.append(frozenset(current))
            current, total = set(), 0.0
    if current:
        units.append(frozenset(current))
    return list(dict.fromkeys(units))


def _sentences(doc: Document) -> list[_Sentence]:
    spans = doc.sentences or [(0, len(doc.text))]
    out = []
    for start, end in spans:
        units = _units(doc.text[start:end], doc.language)
        # an entity by its name only: one document's linker may call "Ostrel" a place and the
        # other's a person, and the name is what the two sentences share
        units += list(dict.fromkeys(frozenset([f"e:{m.entity.rpartition(':')[2]}"]) for m in doc.mentions
                                    if m.entity and start <= m.start < end))
        quantities = [q for q in doc.quantities if start <= q.start < end]
        # every figure counts here, small ones too ("43 passengers", "40 trucks"): story keys
        # drop them as too common across events, but inside one event they pin a sentence
        units += list(dict.fromkeys(frozenset([f"#{v:g}"]) for q in quantities for v in sorted(_values(q))))
        if units:
            quotes = [q for q in doc.quotes if start <= q.start < end]
            mentions = [m for m in doc.mentions if start <= m.start < end]
            out.append(_Sentence(start, end, units, frozenset(k for u in units for k in u), quantities,
                                 quotes, mentions))
    return out


def _dice(a: _Sentence, b: _Sentence) -> tuple[float, int]:
    """Dice over words: a word of ``a`` is shared when any of its keys is one of ``b``'s."""
    shared = min(sum(1 for u in a.units if u & b.keys), sum(1 for u in b.units if u & a.keys))
    return 2 * shared / (len(a.units) + len(b.units)), shared


def _word_similarity(source: _Sentence, renderings: Sequence[_Sentence]) -> float:
    """Dice over the words and names of a source sentence and its rendering (the halves of a
    split sentence together), figures left out: how far the two are worded alike whatever
    their figures say. A changed figure leaves it high; a sentence of background that shares a
    figure and a topic with the original, low."""
    def words(units: list[frozenset[str]]) -> list[frozenset[str]]:
        return [u for u in units if not all(k.startswith("#") for k in u)]

    a = words(source.units)
    b = [u for r in renderings for u in words(r.units)]
    if not a or not b:
        return 0.0
    a_keys, b_keys = frozenset(k for u in a for k in u), frozenset(k for u in b for k in u)
    shared = min(sum(1 for u in a if u & b_keys), sum(1 for u in b if u & a_keys))
    return 2 * shared / (len(a) + len(b))


def _renderings(pairs: list[tuple[_Sentence, _Sentence, float]],
                target: list[_Sentence]) -> dict[int, list[_Sentence]]:
    """Per source sentence (by ``id``), the target sentences that render it: the best aligned
    one and the aligned ones right next to it (a sentence split in two). A target sentence
    aligned to the same source sentence further away repeats its topic (background a rewrite
    added, a later paragraph coming back to the figure); it is in no list and is compared with
    nothing."""
    position = {id(t): i for i, t in enumerate(target)}
    by_source: dict[int, list[tuple[int, _Sentence, float]]] = {}
    for s, t, sim in pairs:
        by_source.setdefault(id(s), []).append((position[id(t)], t, sim))
    out: dict[int, list[_Sentence]] = {}
    for key, aligned in by_source.items():
        best = max(aligned, key=lambda x: x[2])[0]
        at = {i: t for i, t, _ in aligned}
        low = high = best
        while low - 1 in at:
            low -= 1
        while high + 1 in at:
            high += 1
        out[key] = [at[i] for i in range(low, high + 1)]
    return out


def _best(t: _Sentence, candidates: Sequence[tuple[int, _Sentence]], min_shared: int) -> tuple[int, float] | None:
    best, best_sim = None, 0.0
    for j, s in candidates:
        sim, shared = _dice(s, t)
        if shared >= min_shared and sim > best_sim:
            best, best_sim = j, sim
    return None if best is None else (best, best_sim)


def align(source: list[_Sentence], target: list[_Sentence],
          rules: TranslationRules) -> list[tuple[_Sentence, _Sentence, float]]:
    """(source sentence, target sentence, similarity) for each target sentence that has a
    source sentence close enough; a source sentence may serve several (a long sentence split).

    Two passes. First each target sentence on its own, with the strict thresholds. Then a
    translation keeps the order of its original: a target sentence left between two aligned
    ones is compared only with the source sentences between their counterparts, with looser
    thresholds (the sentence whose figure was changed shares fewer keys, and is the one that
    matters)."""
    indexed = list(enumerate(source))
    match: dict[int, tuple[int, float]] = {}
    for i, t in enumerate(target):
        found = _best(t, indexed, rules.min_shared)
        if found and found[1] >= rules.min_similarity:
            match[i] = found
    for i, t in enumerate(target):
        if i in match:
            continue
        before = [match[k][0] for k in match if k < i]
        after = [match[k][0] for k in match if k > i]
        low = max(before) + 1 if before else 0
        high = min(after) - 1 if after else len(source) - 1
        found = _best(t, [(j, s) for j, s in indexed if low <= j <= high], rules.between_min_shared)
        if found and found[1] >= rules.between_min_similarity:
            match[i] = found
    return [(source[j], target[i], sim) for i, (j, sim) in sorted(match.items())]


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _negated(text: str, language: str, rules: TranslationRules) -> bool:
    words = rules.negations.get(language, frozenset())
    for w in _WORD.findall(text.lower()):
        if w in words or (language == "en" and (w.endswith("n't") or w.endswith("n’t")) and "n't" in words):
            return True
    return False


def _implicitly_negated(text: str, language: str, rules: TranslationRules) -> bool:
    """A word or phrase whose meaning holds a negation without a negation word ("declined",
    "have yet to"; "gagal", "listrik padam"): the other language may render it with one."""
    lowered = text.lower()
    return any(_phrase_pattern(p).search(lowered) for p in rules.implicit_negations.get(language, ()))


def _negation_change(english: str, indonesian: str, rules: TranslationRules, following: str = "",
                     source_following: str = "") -> str | None:
    """"negation lost", "negation added" or None. A negation word on one side only is a change
    unless the other side says the same without one ("declined to comment" / "tidak bersedia
    berkomentar", "without power" / "listrik padam"). ``following``: the Indonesian sentences
    right after the rendering that are aligned to nothing, where the tail of a sentence split in
    two often goes ("..., a claim that could not be verified" → "... Klaim itu belum dapat
    diverifikasi."): a negation there is not lost. ``source_following``: the same on the
    original's side, its sentences right after the rendered one that nothing renders apart (two
    sentences merged in one: "... detained in late July. He has not been seen publicly since." →
    "... tidak pernah terlihat ... sejak akhir Juli"): a negation there is not added."""
    names = _names_in(english) | _names_in(indonesian)
    english, indonesian = _without_names(english, rules), _without_names(indonesian, rules)
    following = _without_names(following, rules)
    plain_en, plain_id = _without_rendered_compounds(english, indonesian, rules)
    en, id_ = _negated(plain_en, "en", rules), _negated(plain_id, "id", rules)
    if en and not id_ and not _implicitly_negated(plain_id, "id", rules):
        if following and _negated(_without_rendered_compounds(english, following, rules)[1], "id", rules):
            return None
        return "negation lost" if _negates_rendered(plain_en, "en", plain_id, "id", rules, names) else None
    if id_ and not en and not _implicitly_negated(plain_en, "en", rules):
        if source_following and _negated(_without_names(source_following, rules).lower(), "en", rules):
            return None
        return "negation added" if _negates_rendered(plain_id, "id", plain_en, "en", rules, names) else None
    return None


def _names_in(text: str) -> frozenset[str]:
    """The words written with a capital inside a sentence, lower-cased: names ("bukan pertama
    kalinya Rusia mengusir" negates no "Rusia")."""
    return frozenset(case_blind_key(m.group(1)) for m in _CAPITALISED.finditer(text)
                     if _SENTENCE_OPENING.search(text[:m.start()]) is None)


def _negation_scopes(text: str, language: str, rules: TranslationRules,
                     names: frozenset[str] = frozenset()) -> list[set[str]]:
    """For each negation word of ``text``, the keys of what it negates: the first
    ``negation_scope`` content words among the ``negation_reach`` words right after it ("not
    immediately clear", "tidak akan menyiapkan rancangan", "belum ditemukan"), inside its own
    clause; auxiliaries and other function words have no key and are passed over, and so are
    ``names``."""
    words = rules.negations.get(language, frozenset())
    scopes = []
    for clause in _CLAUSE_BREAK.split(text.lower()):
        scopes += _clause_scopes(_WORD.findall(clause), words, language, rules, names)
    return scopes


_CLAUSE_BREAK = re.compile(r"[,.;:!?()\"“”—–]")  # a negation negates inside its own clause


def _clause_scopes(tokens: list[str], words: frozenset[str], language: str, rules: TranslationRules,
                   names: frozenset[str]) -> list[set[str]]:
    scopes = []
    for i, w in enumerate(tokens):
        if not (w in words or (language == "en" and (w.endswith("n't") or w.endswith("n’t")) and "n't" in words)):
            continue
        keys: set[str] = set()
        taken = 0
        for nxt in tokens[i + 1:i + 1 + rules.negation_reach]:
            if taken == rules.negation_scope:
                break
            if nxt in names:
                continue
            found = {k for u in _units(nxt, language) for k in u}
            if found:
                keys |= found
                taken += 1
        scopes.append(keys)
    return scopes


def _negates_rendered(text: str, language: str, other: str, other_language: str, rules: TranslationRules,
                      names: frozenset[str] = frozenset()) -> bool:
    """A negation of ``text`` (on its side only) negates something ``other`` renders: a word it
    negates shares a key with ``other`` ("were not injured" / "terluka"). A negation of words the
    other sentence does not render at all belongs to a clause of its own ("..., although the
    exact number was not immediately clear" dropped by a rewrite; "Ini bukan pertama kalinya ..."
    added by one): no meaning of the other turned around. When nothing after it can be read (no
    key) it may be, and counts."""
    other_keys = {k for u in _units(other, other_language) for k in u}
    return any(not keys or keys & other_keys for keys in _negation_scopes(text, language, rules, names))


_CAPITALISED = re.compile(r"\b([A-Z][^\W\d_]*)")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\"“”(]\s*)$")


def _without_names(text: str, rules: TranslationRules) -> str:
    """``text`` less the negation words written with a capital inside a sentence: a name ("Tak
    province", "Provinsi Tak"), not a negation."""
    words = rules.negations["en"] | rules.negations["id"]

    def keep(m: re.Match[str]) -> str:
        opening = _SENTENCE_OPENING.search(text[:m.start()]) is not None
        return " " if case_blind_key(m.group(1)) in words and not opening else m.group(0)

    return _CAPITALISED.sub(keep, text)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)")


def _without_rendered_compounds(english: str, indonesian: str, rules: TranslationRules) -> tuple[str, str]:
    """Both sentences without the fixed phrases that hold a negation word on one side only
    ("pesawat tanpa awak" / "drones", "belum jelas" / "not yet clear"), when the other side has
    a rendering of the phrase: they say the same and neither negates."""
    en, id_ = english.lower(), indonesian.lower()
    for compound, renderings in rules.negation_compounds.items():
        pattern = _phrase_pattern(compound)
        if not pattern.search(id_):
            continue
        found = [r for r in renderings if _phrase_pattern(r).search(en)]
        if found:
            id_ = pattern.sub(" ", id_)
            for rendering in found:
                en = _phrase_pattern(rendering).sub(" ", en)
    return en, id_


QUALIFIER_REACH = 20  # characters before a figure where the words that qualify it stand


def _same_qualifier(source: Quantity, target: Quantity, source_text: str, target_text: str,
                    rules: TranslationRules) -> bool:
    """The qualifiers agree, or the English one is written with a phrase the Indonesian figure
    renders with one of its usual words ("as many as 12,000" → "sebanyak 12.000")."""
    if source.qualifier == target.qualifier:
        return True
    en = " ".join(source_text[max(0, source.start - QUALIFIER_REACH):source.end].lower().split())
    id_ = " ".join(target_text[max(0, target.start - QUALIFIER_REACH):target.end].lower().split())
    en_figure, id_figure = " ".join(source.text.lower().split()), " ".join(target.text.lower().split())
    return any(en.endswith(f"{phrase} {en_figure}") or en_figure.startswith(phrase + " ")
               for phrase, renderings in rules.qualifier_renderings.items()
               if any(id_.endswith(f"{r} {id_figure}") or id_figure.startswith(r + " ") for r in renderings))


def _clock_time(q: Quantity, text: str, language: str, rules: TranslationRules) -> bool:
    """The figure is a time of day ("5 p.m.", "pukul 17.00", "21.00"), not a count: the two
    languages write it differently (12- and 24-hour), and the timeline compares times."""
    shape = rules.clock_shape.get(language)
    if shape is not None and shape.match(q.text.strip()):
        return True
    before = " ".join(text[max(0, q.start - QUALIFIER_REACH):q.start].lower().split())
    after = " ".join(text[q.end:q.end + QUALIFIER_REACH].lower().split())
    return (any(re.search(rf"(?<!\w){re.escape(w)}$", before) for w in rules.clock_before.get(language, ()))
            or any(re.match(rf"{re.escape(w)}(?!\w)", after) for w in rules.clock_after.get(language, ())))


def _values(q: Quantity) -> set[float]:
    return {v for v in (q.value, q.low, q.high) if v is not None}


def _unit_of(q: Quantity, text: str) -> Unit | None:
    """The unit of measure written after the figure, when the conversion table knows it."""
    return figure_unit(q.text, text[q.end:])


def _converted(a: Quantity, a_unit: Unit | None, b: Quantity, b_unit: Unit | None) -> bool:
    """``b`` is ``a`` in another unit of the same measure, within rounding ("15 miles" / "24 km")."""
    if a_unit is None or b_unit is None or a.value is None or b.value is None:
        return False
    return same_after_conversion(a.value, a_unit, b.value, b_unit)


def _other_units(a_unit: Unit | None, b_unit: Unit | None) -> bool:
    """Two units of one measure: "10 miles" and "10 km" share a number, not a figure."""
    return a_unit is not None and b_unit is not None and a_unit.measure == b_unit.measure and a_unit.name != b_unit.name


def _without_restatements(quantities: list[Quantity], units: dict[int, Unit | None]) -> list[Quantity]:
    """The figures of one sentence less those that restate an earlier one in other units ("45 km
    (28 miles)"): the two are one figure, written twice."""
    kept: list[Quantity] = []
    for q in quantities:
        if not any(_converted(p, units[id(p)], q, units[id(q)]) or _converted(q, units[id(q)], p, units[id(p)])
                   for p in kept):
            kept.append(q)
    return kept


def _figure_changes(source: _Sentence, target: _Sentence, source_text: str, target_text: str,
                    rules: TranslationRules) -> list[tuple[str, Quantity | None, Quantity | None]]:
    """(what changed, source figure, target figure): a qualifier read another way on one value,
    or a value of one side the other does not have. A figure given in another unit ("15 miles"
    → "24 km", "104 degrees Fahrenheit" → "40 derajat Celsius") is the same figure when the
    conversion is right within rounding; the same number in another unit of the measure ("10
    miles" → "10 km") is a changed figure."""
    source_figures = [q for q in source.quantities if not _clock_time(q, source_text, "en", rules)]
    target_figures = [t for t in target.quantities if not _clock_time(t, target_text, "id", rules)]
    units = {id(q): _unit_of(q, source_text) for q in source_figures}
    units.update({id(t): _unit_of(t, target_text) for t in target_figures})
    changes: list[tuple[str, Quantity | None, Quantity | None]] = []
    unmatched_target = _without_restatements(target_figures, units)
    unmatched_source = []
    for q in _without_restatements(source_figures, units):
        match = next((t for t in unmatched_target
                      if _values(t) & _values(q) and not _other_units(units[id(q)], units[id(t)])), None)
        if match is None:
            unmatched_source.append(q)
            continue
        unmatched_target.remove(match)
        if not _same_qualifier(q, match, source_text, target_text, rules):
            changes.append(("qualifier", q, match))
    for q in list(unmatched_source):
        match = next((t for t in unmatched_target if _converted(q, units[id(q)], t, units[id(t)])), None)
        if match is None:
            continue
        unmatched_source.remove(q)
        unmatched_target.remove(match)
        # a converted figure is often rounded and said to be about that much: only a qualifier
        # other than "about" on the converted side is a change
        if match.qualifier != "approx" and not _same_qualifier(q, match, source_text, target_text, rules):
            changes.append(("qualifier", q, match))
    for q in unmatched_source:
        match = next((t for t in unmatched_target if _counts_alike(q, t, units)), None)
        if match is None:
            continue  # a figure the other sentence does not give: left out, not changed
        unmatched_target.remove(match)
        if not _written_alike(q, match):
            changes.append(("figure", q, match))
    return changes


@lru_cache(maxsize=1)
def _shared_units() -> frozenset[str]:
    """The units both languages' figure readers name alike (``lang/en/units.yaml``'s keys,
    which are the Indonesian units): "houses" and "rumah" are both ``rumah``."""
    return frozenset(unit_table("en").canonical.values())


def _counts_alike(a: Quantity, b: Quantity, units: dict[int, Unit | None]) -> bool:
    """``a`` and ``b`` may be one figure told two ways: they count the same thing, or one of
    them counts something the shared units do not know ("passengers" / "penumpang"). "23
    houses" and "dua hari" are two figures, not one changed: a sentence split in two gives
    each half figures of its own, and one reader may skip a figure the other reads."""
    if a.unit == b.unit:
        return True
    if a.unit is None or b.unit is None:
        return False  # a bare number and a counted thing: "2019" and "12 orang" are two figures
    unit_a, unit_b = units[id(a)], units[id(b)]
    if unit_a is not None and unit_b is not None:
        return unit_a.measure == unit_b.measure  # "10 miles" / "10 km": one measure
    shared = _shared_units()
    if a.unit in shared and b.unit in shared:
        return False
    # a thing the shared units do not know: the same thing when one names the other's rendering
    # ("passengers" / "penumpang"), two things else ("commuters" and "tahun")
    keys_a = {k for w in _WORD.findall(a.unit) for k in indonesian_keys(w)} | {k for k, _ in content_terms(a.unit)}
    return bool(keys_a & {k for k, _ in content_terms(b.unit)})


_WRITTEN_FIGURE = re.compile(r"\d+(?:\s*[-–/:]\s*\d+)+")


def _written_alike(a: Quantity, b: Quantity) -> bool:
    """Both figures are written with the same digits and separators, none of them a point or a
    comma (whose meaning differs between the languages): a score or a ratio ("2-1"), the same
    figure whatever each reader made of it (a range in one, a score in the other)."""
    written_a, written_b = _WRITTEN_FIGURE.search(a.text), _WRITTEN_FIGURE.search(b.text)
    return bool(written_a and written_b) and "".join(written_a.group(0).split()) == "".join(written_b.group(0).split())


def _figure_message(q: Quantity | None) -> Message:
    if q is None:
        return message("translation.none")
    key = f"qualifier.{q.qualifier}"
    return message("translation.figure_text", text=q.text, qualifier=message(key) if key in MESSAGES else q.qualifier)


# the change found -> the message saying it
_CHANGE_MESSAGES = {"figure": "translation.figure", "qualifier": "translation.qualifier",
                    "negation lost": "translation.negation_lost", "negation added": "translation.negation_added",
                    "speaker changed": "translation.speaker", "actor changed": "translation.actor",
                    "place changed": "translation.place"}
PLACE_LABELS = ("GPE", "LOC")
# Only people count as actors replaced: organisations are named differently across languages
# ("U.N." / "PBB", "the disaster agency" / "BNPB") more often than they are changed
ACTOR_LABELS = ("PERSON",)
# Two spellings of one name across the languages ("Geneva" / "Jenewa", "Kyiv" / "Kiev"): a
# name the other sentence lacks is not replaced when the other's new name is this close to it
SAME_NAME_SIMILARITY = 60


def _name_key(name: str | None) -> str:
    """A person's surname, a place's name: the part two languages write the same (an English
    possessive cut: "Norvakia's" foreign ministry is Norvakia's)."""
    words = _WORD.findall((name or "").lower())
    return re.sub(r"['’]s$", "", words[-1]) if words else ""


def _same_speaker(a: Quote, b: Quote) -> bool:
    """One speaker: one entity, one surname, or the Indonesian name translates the English one
    ("police" / "polisi", "the Defence Ministry" / "Kementerian Pertahanan")."""
    if a.speaker and b.speaker and a.speaker == b.speaker:
        return True
    key_a, key_b = _name_key(a.speaker_name), _name_key(b.speaker_name)
    if key_a and key_b and (key_a == key_b or key_a in _WORD.findall((b.speaker_name or "").lower())
                            or key_b in _WORD.findall((a.speaker_name or "").lower())):
        return True  # "Norvakia's foreign ministry" / "Kementerian Luar Negeri Norvakia"
    return _translated_name(b.speaker_name or "", _common_word_keys(a.speaker_name or ""))


def _named_in(q: Quote, text: str) -> bool:
    """The quote's speaker is named in ``text`` (the sentence itself), not found earlier: a
    speaker followed from a pronoun ("he said", "ujarnya") or from the quote before is each
    reader's own guess, and two guesses differing are no change the translation made."""
    key = _name_key(q.speaker_name)
    return bool(key) and key in _WORD.findall(text.lower())


def _speaker_change(source: _Sentence, target: _Sentence, source_text: str, target_text: str) -> Message | None:
    """What changed when the quotes of both sentences have speakers named in them and none of
    the translation's is one of the original's (None else)."""
    named_a = [q for q in source.quotes if q.speaker_name and _named_in(q, source_text)]
    named_b = [q for q in target.quotes if q.speaker_name and _named_in(q, target_text)]
    if not named_a or not named_b or any(_same_speaker(a, b) for a in named_a for b in named_b):
        return None
    a, b = named_a[0], named_b[0]
    if a.speaks_for and _name_key(a.speaks_for) == _name_key(b.speaker_name):
        return message("translation.change_spokesperson", before=a.speaker_name, principal=a.speaks_for,
                       after=b.speaker_name)
    return message("translation.change", before=a.speaker_name, after=b.speaker_name)


def _speech_turned_into_act(source: _Sentence, renderings: list[_Sentence], source_text: str,
                            target_text: str) -> Message | None:
    """"Blinken said troops were in Kursk" → "Blinken mengunjungi Kursk": the original reports
    the words of a speaker it names, the translation (both halves of a sentence split in two)
    names the speaker with no quote and no speech verb."""
    speakers = [q for q in source.quotes if q.speaker_name and _named_in(q, source_text)]
    if not speakers or any(r.quotes for r in renderings):
        return None
    target = _Sentence(0, 0, [], frozenset(), [], [], [m for r in renderings for m in r.mentions])
    verbs = load_speech_verbs(QUOTE_LANGUAGES)
    words = _WORD.findall(target_text.lower())
    if any(verbs.cue(w) for w in words) or any(p in target_text.lower() for p in verbs.according_to):
        return None
    named = {_name_key(m.text) for m in target.mentions if m.label == "PERSON"} | {_name_key(m.entity) for m in target.mentions}
    q = speakers[0]
    # the speaker's name written in the translation counts as well as one the tagger found:
    # a name after a long title ("Menteri Pertahanan Estmar Piet Lannor") is often missed
    if (_name_key(q.speaker_name) in named or _name_key(q.speaker_name) in words
            or (q.speaker and q.speaker in {m.entity for m in target.mentions})):
        return message("translation.change_act", speaker=q.speaker_name)
    return None


# "SEMARANG, Indonesia (Harbor Press) -", "JAKARTA, KOMPAS.com -": the place a report was filed
# from, in capitals, with its country and the outlet, before a dash
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]*[A-Z](?:,[^()\n–—-]{1,40})?(?:\s*\([^()\n]{1,40}\))?\s*[-–—]\s")


def _phrase_hits(text: str, table: tuple[tuple[str, str], ...]) -> list[tuple[str, int, int]]:
    """(class, start, end) of each phrase of ``table`` in ``text``, in order; a longer phrase
    is read first and its words are not read again ("perdana menteri" is no "menteri")."""
    lowered = text.lower()
    hits: list[tuple[str, int, int]] = []
    for phrase, cls in table:
        for m in _phrase_pattern(phrase).finditer(lowered):
            if not any(m.start() < e and s < m.end() for _, s, e in hits):
                hits.append((cls, m.start(), m.end()))
    return sorted(hits, key=lambda h: h[1])


def _actor_class_change(english: str, indonesian: str, rules: TranslationRules) -> tuple[str, Message] | None:
    """("actor changed" | "speaker changed", note) when the pair names one office or body fewer
    times and another more times: "the social affairs ministry sent" → "Presiden mengirimkan",
    "police said" → "kata militer" (a speaker: a speech verb next to the office). One class
    gone and one new, as with names: several is a sentence rewritten around others."""
    shift = _class_shift(_phrase_hits(english, rules.actor_words["en"]), _phrase_hits(indonesian, rules.actor_words["id"]))
    if shift is None:
        return None
    (_, start_a, end_a), (_, start_b, end_b) = shift
    meaning = "speaker changed" if _beside_speech(english, start_a, end_a) else "actor changed"
    return meaning, message("translation.change", before=english[start_a:end_a], after=indonesian[start_b:end_b])


def _class_shift(hits_a: list[tuple[str, int, int]],
                 hits_b: list[tuple[str, int, int]]) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """The first hit of the one class ``hits_b`` names fewer times than ``hits_a`` and of the one
    class it names more times; None unless exactly one class is each."""
    count_a, count_b = Counter(c for c, _, _ in hits_a), Counter(c for c, _, _ in hits_b)
    missing = [c for c in count_a if count_a[c] > count_b[c]]
    extra = [c for c in count_b if count_b[c] > count_a[c]]
    if len(missing) != 1 or len(extra) != 1:
        return None
    return next(h for h in hits_a if h[0] == missing[0]), next(h for h in hits_b if h[0] == extra[0])


def _beside_speech(text: str, start: int, end: int) -> bool:
    """A speech verb is the word right before the span or right after it ("said police",
    "police said", "kata kementerian"): the office there speaks, it does not act."""
    verbs = load_speech_verbs(QUOTE_LANGUAGES)
    around = (_WORD.findall(text[max(0, start - 15):start].lower())[-1:]
              + _WORD.findall(text[end:end + 15].lower())[:1])
    return any(verbs.cue(w) for w in around)


def _agent_of_passive(text: str, start: int, language: str, rules: TranslationRules) -> bool:
    """The office right after "by" / "oleh" or an Indonesian passive verb ("ditahan tentara"):
    it does the act, but the sentence's subject is what it acts on."""
    before = _WORD.findall(text[max(0, start - 25):start].lower())[-1:]
    if not before:
        return False
    word = before[0]
    # a prefix with a stem of PASSIVE_STEM letters at least: "ditahan", not "dia" or "dinas"
    return (word in rules.passive_agent_words.get(language, frozenset())
            or any(word.startswith(p) and len(word) >= len(p) + PASSIVE_STEM for p in rules.passive_prefixes.get(language, ())))


PASSIVE_STEM = 5  # letters after a passive prefix at least ("di" + "tahan")


def _roles_swapped(english: str, indonesian: str, rules: TranslationRules) -> Message | None:
    """"Korland's air defences shot down drones launched by rebels" → "Pemberontak menembak jatuh
    drone milik militer Korland": both sentences name the same acting offices and bodies (none
    of them speaking), but the first that acts in its own clause, not as the agent of a passive,
    is another one: who did it to whom was turned round."""
    def acting(text: str, language: str) -> list[tuple[frozenset[str], int, int]]:
        # offices side by side are one noun phrase, whose word order the languages reverse
        # ("government forces" / "pasukan pemerintah")
        groups: list[tuple[frozenset[str], int, int]] = []
        for cls, start, end in _phrase_hits(text, rules.actor_words[language]):
            if _beside_speech(text, start, end):
                continue
            if groups and not text[groups[-1][2]:start].strip(" '’s"):
                groups[-1] = (groups[-1][0] | {cls}, groups[-1][1], end)
            else:
                groups.append((frozenset([cls]), start, end))
        return groups

    def doer(text: str, language: str, groups: list[tuple[frozenset[str], int, int]]) -> tuple[frozenset[str], int, int] | None:
        agent = next((g for g in groups if _agent_of_passive(text, g[1], language, rules)
                      and _passive_main_clause(text, g[1], language, rules)), None)
        return agent or next((g for g in groups if not _agent_of_passive(text, g[1], language, rules)), None)

    groups_a, groups_b = acting(english, "en"), acting(indonesian, "id")
    classes = {c for g in groups_a for c in g[0]}
    if len(classes) < 2 or classes != {c for g in groups_b for c in g[0]}:
        return None
    doer_a, doer_b = doer(english, "en", groups_a), doer(indonesian, "id", groups_b)
    if doer_a is None or doer_b is None or doer_a[0] == doer_b[0]:
        return None
    return message("translation.change", before=english[doer_a[1]:doer_a[2]], after=indonesian[doer_b[1]:doer_b[2]])


def _passive_main_clause(text: str, agent_start: int, language: str, rules: TranslationRules) -> bool:
    """The agent at ``agent_start`` is that of the sentence's own passive verb ("were detained
    by border police", "dijatuhi hukuman ... oleh pengadilan"), not of a clause describing
    something ("drones launched by rebels", "drone yang diluncurkan pemberontak"): a passive
    marker (an auxiliary, or a verb of a passive prefix) stands before it with no relative word
    right before the marker."""
    words = [w.lower() for w in _WORD.findall(text[:agent_start])]
    auxiliaries = rules.passive_auxiliaries.get(language, frozenset())
    prefixes = rules.passive_prefixes.get(language, ())
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in auxiliaries or any(w.startswith(p) and len(w) >= len(p) + PASSIVE_STEM for p in prefixes):
            return i == 0 or words[i - 1] not in rules.relative_words.get(language, frozenset())
    return False


def _direction_change(english: str, indonesian: str, rules: TranslationRules) -> Message | None:
    """"in the north of Marenta" → "di wilayah selatan": one compass direction named fewer
    times and another more times (a direction inside a name is rendered with it: "North Korea"
    / "Korea Utara" is north on both sides)."""
    directions = rules.place_directions
    shift = _class_shift(_phrase_hits(english, directions.get("en", ())), _phrase_hits(indonesian, directions.get("id", ())))
    if shift is None:
        return None
    (_, start_a, end_a), (_, start_b, end_b) = shift
    return message("translation.change", before=english[start_a:end_a], after=indonesian[start_b:end_b])


RELATION_REACH = 3  # words after a relation ("near the Thai border") where the place it relates to is named


def _relation_change(english: str, indonesian: str, rules: TranslationRules) -> Message | None:
    """A note when the two sentences relate the same place differently: "troops were deployed
    near the Thai border" → "pasukan melintasi perbatasan Thailand" (near → across)."""
    def objects(text: str, end: int, keys_of) -> set[str]:
        return {k for w in _WORD.findall(text[end:])[:RELATION_REACH] for k in keys_of(w)}

    def english_keys(word: str) -> set[str]:
        return set(indonesian_keys(word)) if word.lower() not in english_stopwords() else set()

    def indonesian_word_keys(word: str) -> set[str]:
        return {k for k, _ in content_terms(word)}

    targets = [(cls, start, end, objects(indonesian, end, indonesian_word_keys))
               for cls, start, end in _phrase_hits(indonesian, rules.place_relations["id"])]
    for cls, start, end in _phrase_hits(english, rules.place_relations["en"]):
        place = objects(english, end, english_keys)
        related = [t for t in targets if t[3] & place]
        if related and not any(t[0] == cls for t in related):
            _, t_start, t_end, _ = related[0]
            after = " ".join(_WORD.findall(indonesian[t_start:])[:1 + RELATION_REACH])
            before = " ".join(_WORD.findall(english[start:])[:1 + RELATION_REACH])
            return message("translation.change", before=before, after=after)
    return None


OBJECT_REACH = 4  # words after a relation ("near the town of Dubro") where the name it relates to stands


def _relation_dropped(english: str, indonesian: str, rules: TranslationRules) -> Message | None:
    """"shells landed near the town of Dubro" → "peluru menghantam kota Dubro": the original
    puts something in a relation of ``kept_relations`` to a place the translation names with
    no relation of that class at all, so the thing is put in the place. The place is the first
    capitalised word within ``OBJECT_REACH`` words after the relation, or, with none, the first
    content word ("near the border" → "di perbatasan")."""
    kept = [h for h in _phrase_hits(english, rules.place_relations["en"]) if h[0] in rules.kept_relations]
    if not kept:
        return None
    target_classes = {c for c, _, _ in _phrase_hits(indonesian, rules.place_relations["id"])}
    target_words = _WORD.findall(indonesian.lower())
    target_keys = {k for k, _ in content_terms(indonesian)}
    for cls, start, end in kept:
        if cls in target_classes:
            continue
        clause = re.split(r"[,;.:()]", english[end:], maxsplit=1)[0]
        words = _WORD.findall(clause)[:OBJECT_REACH]
        name = next((w for w in words if w[:1].isupper()), None)
        if name is not None:
            found = name.lower() in target_words
        else:
            content = next((w for w in words if w.lower() not in english_stopwords()), None)
            found = bool(content) and bool(set(indonesian_keys(content)) & target_keys)
            name = content
        if found:
            # the relation's own words ("close to", "on the edge of"), then those up to the place
            relation_words = len(_WORD.findall(english[start:end]))
            before = " ".join(_WORD.findall(english[start:])[:relation_words + words.index(name) + 1])
            return message("translation.change", before=before, after=_words_before(indonesian, name))
    return None


def _words_before(text: str, word: str, n: int = 2) -> str:
    """``word`` as ``text`` writes it with the ``n`` words before it ("menghantam kota Dubro")."""
    words = _WORD.findall(text)
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lowered) if w == word.lower() or w.startswith(word.lower()[:4])), None)
    return " ".join(words[max(0, at - n):at + 1]) if at is not None else word


def _place_names(sentence: _Sentence, text: str, language: str, rules: TranslationRules) -> set[str]:
    """The keys of the places a sentence names in one word kept as written across languages:
    its place mentions of one proper word (not a capital standing for its government, not an
    English name qualifying a noun) and a capitalised word right after a word of
    ``place_name_cues`` or a kind of place ("off Sorn", "menuju Sorn", "kota Holst"). A place's
    name of several words is translated rather than kept ("South China Sea" / "Laut China
    Selatan") and compared by ``_names_replaced``; a person's name is no place."""
    keys = set()
    for m in sentence.mentions:
        proper = _proper_part(m.text, language).split()
        if (m.label in PLACE_LABELS and not m.metonym and len(proper) == 1
                and not (language == "en" and _attributive(m, text))):
            keys.add(_name_key(proper[0]))
    excluded = {_name_key(w) for m in sentence.mentions if m.label == "PERSON" for w in m.text.split()}
    cues = rules.place_name_cues.get(language, frozenset()) | quantity_words(language).place_region_words
    words = _WORD.findall(text[sentence.start:sentence.end])
    keys |= {w.lower() for prev, w, nxt in zip(words, words[1:], words[2:] + [""])
             if prev.lower() in cues and w[:1].isupper() and not nxt[:1].isupper()}
    return keys - excluded - {""}


def _place_named_instead(source: _Sentence, halves: list[_Sentence], english_text: str, indonesian_text: str,
                         rules: TranslationRules, elsewhere: frozenset[str]) -> Message | None:
    """"a ship sailing from Halvik to Sorn sank off Sorn" → "... tenggelam di lepas pantai
    Halvik", "a curfew in the city of Tarn, the governor of Velka province said" → "jam malam
    di Provinsi Velka ... kata Gubernur Velka": the two sentences name the same places but one
    fewer times and another of the original's more times — what happened is put in another
    place the original names. A place the translation drops from the sentence but names
    elsewhere is not gone (as in ``_names_replaced``); the dateline is left out."""
    def words_of(text: str, sentence: _Sentence, language: str) -> Counter[str]:
        # the sentence without its dateline, and without the names of several proper words (a
        # word of "South China Sea" is no naming of China)
        opening = _DATELINE.match(text, sentence.start)
        start = opening.end() if opening and opening.end() <= sentence.end else sentence.start
        chars = list(text[start:sentence.end])
        for m in sentence.mentions:
            if len(_proper_part(m.text, language).split()) > 1 and m.start >= start:
                chars[m.start - start:m.end - start] = " " * (m.end - m.start)
        return Counter(w.lower() for w in _WORD.findall("".join(chars)))

    words_a = words_of(english_text, source, "en")
    words_b = sum((words_of(indonesian_text, h, "id") for h in halves), Counter())
    english = english_text[source.start:source.end]
    indonesian = " ".join(indonesian_text[h.start:h.end] for h in halves)
    places = _place_names(source, english_text, "en", rules)
    for h in halves:
        places |= _place_names(h, indonesian_text, "id", rules)
    missing = [p for p in places if words_a[p] > words_b[p] and (words_b[p] or p not in elsewhere)]
    extra = [p for p in places if words_b[p] > words_a[p] and words_a[p]]
    if len(missing) != 1 or len(extra) != 1:
        return None
    return message("translation.change", before=_words_before(english, missing[0], 0),
                   after=_words_before(indonesian, extra[0], 0))


def _dateline(m: Mention, sentence: _Sentence, text: str) -> bool:
    """ "GENEVA (Meridian Wire) -": a place in capitals opening a report is where it was filed,
    and so is a country after it ("SEMARANG, Indonesia (Harbor Press) -")."""
    if m.text.isupper() and not text[sentence.start:m.start].strip():
        return True
    opening = _DATELINE.match(text, sentence.start)
    return bool(opening) and m.end <= opening.end()


_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def _attributive(m: Mention, text: str) -> bool:
    """ "Indonesian flash flood", "North Korean troops": an English name right before a
    lower-case content word qualifies it; it is not a place where something happens ("Ostrel on
    Tuesday" is: a function word follows; so is "the Lindmark district", whose noun is the kind
    of place it names, and "Geneva next week", a time word)."""
    nxt = _NEXT_WORD.match(text, m.end)
    if not nxt:
        return False
    word = nxt.group(1)
    return (word not in english_stopwords() and word not in quantity_words("en").place_region_words
            and word not in translation_rules().time_after_name)


def _names_replaced(source: _Sentence, target: _Sentence, source_text: str, target_text: str,
                    labels: tuple[str, ...], elsewhere: frozenset[str] = frozenset()) -> Message | None:
    """A note when the original names someone or somewhere (of ``labels``) the translation
    does not, and the translation names another one instead. ``elsewhere``: the keys of the
    names (of ``labels``) the whole translation gives; one of the original's names among them is
    not gone ("the building in Marseille" rendered "di Prancis" by a report that names Marseille
    two paragraphs on says where it happened, only less precisely there). A capital standing for
    its government ("tensions with Beijing") is who acts, not a place: places leave it out."""
    def wanted(m: Mention) -> bool:
        return m.label in labels and not (labels == PLACE_LABELS and m.metonym)

    def keys(ms: list[Mention]) -> set[str]:
        return {_name_key(m.text) for m in ms} | {_name_key(m.entity) for m in ms if m.entity}

    a_keys, b_keys = keys(source.mentions), keys(target.mentions)
    missing = [m for m in source.mentions if wanted(m) and not _dateline(m, source, source_text)
               and not (labels == PLACE_LABELS and _attributive(m, source_text))
               and _name_key(m.text) not in b_keys and not (m.entity and _name_key(m.entity) in b_keys)
               and _name_key(m.text) not in elsewhere and not (m.entity and _name_key(m.entity) in elsewhere)
               and not (_units(_proper_part(m.text, "en"), "en")
                        and any(u & target.keys for u in _units(_proper_part(m.text, "en"), "en")))]
    rendered = _common_word_keys(source_text[source.start:source.end])
    extra = [m for m in target.mentions if wanted(m) and not _dateline(m, target, target_text)
             and not (labels == PLACE_LABELS and _where_it_is(m, target.mentions, target_text))
             and _name_key(m.text) not in a_keys and not (m.entity and _name_key(m.entity) in a_keys)
             and not any(u & source.keys for u in _units(_proper_part(m.text, "id"), "id"))
             and not _translated_name(m.text, rendered)]
    # one name gone and one new: a name replaced; several gone and others new, a sentence
    # rewritten around other people or places (a merged paragraph), no one name changed
    if len(missing) != 1 or len(extra) != 1:
        return None
    a, b = missing[0], extra[0]
    if fuzz.ratio(_name_key(a.text), _name_key(b.text)) < SAME_NAME_SIMILARITY:
        return message("translation.change", before=a.text, after=b.text)
    return None


def _headline(sentence: _Sentence, doc: Document) -> bool:
    """The sentence is (part of) the document's headline."""
    if not doc.title:
        return False
    text = " ".join(doc.text[sentence.start:sentence.end].split())
    return bool(text) and sentence.start <= len(doc.title) and text in " ".join(doc.title.split())


def _proper_part(name: str, language: str = "id") -> str:
    """The capitalised words of a name ("Dravik" of "kota Dravik"): a lower-case descriptor a
    rewrite puts before a place ("kota", "desa") renders "town" or "village" in the original,
    and says nothing about which town; nor does one written capitalised as part of the name
    ("Distrik Harven" for "the Lindmark district": Harven is what is named). The whole name
    when nothing else is left."""
    words = [w for w in name.split() if w[:1].isupper()]
    kinds = quantity_words(language).place_region_words
    own = [w for w in words if w.lower() not in kinds]
    return " ".join(own or words) if words else name


def _where_it_is(m: Mention, mentions: list[Mention], text: str) -> bool:
    """ "Jenewa, Swiss", "Balikpapan, Kalimantan Timur": a place right after another place and
    a comma says where that one is; a rewrite adds it for its readers, naming no other place."""
    return any(p is not m and p.label in PLACE_LABELS and p.end <= m.start and text[p.end:m.start].strip() == ","
               for p in mentions)


def _common_word_keys(english: str) -> set[str]:
    """The Indonesian keys of every word of an English sentence, capitalised ones too: a name
    made of common words ("National Stadium") is translated, not kept as written."""
    return {k for w in _WORD.findall(english) for k in indonesian_keys(w)}


def _translated_name(name: str, rendered: set[str]) -> bool:
    """An Indonesian name every word of which renders a word of the original sentence:
    "Stadion Nasional" for "National Stadium" is the same place, not one named instead."""
    keys = [key for key, _ in content_terms(name)]
    return bool(keys) and all(k in rendered for k in keys)


def _renders(pairs: list[tuple[_Sentence, _Sentence, float]], source: list[_Sentence], share: float,
             rules: TranslationRules) -> bool:
    """The Indonesian document translates or rewrites the English one: most of its sentences
    are aligned, or it renders most of the original's sentences in enough of its own (a rewrite
    that adds paragraphs of local context and background around a whole wire report)."""
    if share >= rules.min_share:
        return True
    rendered = len({id(s) for s, _, _ in pairs})
    return bool(source) and len(pairs) >= rules.min_source_pairs and rendered / len(source) >= rules.min_source_share


@dataclass(frozen=True)
class SourceOutlets:
    """Outlets reports cite (``lang/id/metadata.yaml`` ``source_outlets``) and how a report
    names its source (``lang/id/translation.yaml``) or its own wire (``lang/en/translation.yaml``)."""

    names: re.Pattern[str]  # any alias as a whole word, as written or in capitals
    canonical: dict[str, str]  # alias (lower-cased; an all-capitals one as written) -> canonical
    domains: dict[str, str]  # domain -> canonical
    cues: re.Pattern[str]  # a cue before the outlet
    cues_after: re.Pattern[str]  # a cue after the outlet
    reach: int
    dateline: re.Pattern[str] | None
    dateline_chars: int


@lru_cache(maxsize=1)
def source_outlets() -> SourceOutlets:
    """The outlet names and attribution cues, compiled."""
    metadata = load_data("metadata", "id")
    indonesian, english = load_data("translation", "id"), load_data("translation", "en")
    try:
        canonical: dict[str, str] = {}
        domains: dict[str, str] = {}
        exact: list[str] = []
        for name, aliases in (metadata.get("source_outlets") or {}).items():
            for alias in [name, *aliases]:
                alias = str(alias)
                if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", alias):
                    domains[alias.lower()] = str(name)
                elif alias.isupper():  # "AP": only in capitals
                    canonical[alias] = str(name)
                    exact.append(re.escape(alias))
                else:  # as written or in capitals: "Bernama", never the word "bernama" (named)
                    canonical[alias.lower()] = str(name)
                    exact += [re.escape(alias), re.escape(alias.upper())]
        by_length = lambda xs: sorted(set(xs), key=len, reverse=True)  # noqa: E731
        names = re.compile(r"(?<![\w-])(?:" + "|".join(by_length(exact) or ["(?!)"]) + r")(?![\w-])")
        phrases = lambda key: re.compile(r"(?i)(?<!\w)(?:" + "|".join(  # noqa: E731
            re.escape(str(c)).replace(r"\ ", r"\s+") for c in sorted(indonesian.get(key) or ["(?!)"], key=len, reverse=True)) + r")(?!\w)")
        return SourceOutlets(names=names, canonical=canonical, domains=domains,
                             cues=phrases("attribution_cues"), cues_after=phrases("attribution_cues_after"),
                             reach=int(indonesian["attribution_reach"]),
                             dateline=re.compile(str(english["wire_dateline"])) if english.get("wire_dateline") else None,
                             dateline_chars=int(english.get("wire_dateline_chars") or 200))
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise LanguageDataError(f"source outlets: malformed ({exc})") from exc


def _outlet_name(table: SourceOutlets, written: str) -> str | None:
    """The canonical outlet a name as written stands for, or None."""
    written = " ".join(written.split())
    return table.canonical.get(written) or table.canonical.get(written.lower()) or _outlet_of_domain(table, written)


def _outlet_of_domain(table: SourceOutlets, host: str) -> str | None:
    host = host.lower().split(":")[0]
    while host:
        if host in table.domains:
            return table.domains[host]
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
    return None


def attributed_outlets(doc: Document) -> frozenset[str]:
    """The outlets an Indonesian report names as its source: an outlet's name at most
    ``attribution_reach`` words after a cue ("seperti dilansir Associated Press", "mengutip
    kantor berita AFP") or right before a cue of ``attribution_cues_after`` ("Reuters
    melaporkan"). An outlet named otherwise ("dua jurnalis Reuters terluka") is none."""
    table = source_outlets()
    found: set[str] = set()
    text = doc.text or ""
    for m in table.names.finditer(text):
        outlet = _outlet_name(table, m.group(0))
        if outlet is None:
            continue
        before = re.split(r"[.!?\n]", text[max(0, m.start() - 120):m.start()])[-1]
        cue = None
        for cue in table.cues.finditer(before):
            pass
        if cue is not None and len(before[cue.end():].split()) <= table.reach:
            found.add(outlet)
            continue
        after = re.split(r"[.!?\n]", text[m.end():m.end() + 60])[0]
        if table.cues_after.match(after.lstrip(" ,")):
            found.add(outlet)
    return frozenset(found)


def own_outlet(doc: Document) -> str | None:
    """The outlet (of ``source_outlets``) an English report is from: a wire dateline in its
    first lines ("KABUL, Afghanistan (AP) -"), its outlet field or its URL's domain. None
    when none says (a syndicated copy with no dateline)."""
    table = source_outlets()
    if table.dateline is not None:  # first: a wire's copy on another site keeps the wire's dateline
        m = table.dateline.search((doc.text or "")[:table.dateline_chars])
        if m and (name := _outlet_name(table, m.group("outlet"))):
            return name
    if doc.outlet and (name := _outlet_name(table, doc.outlet)):
        return name
    if doc.url and (name := _outlet_of_domain(table, urlsplit(doc.url).netloc)):
        return name
    return None


_Best = tuple[float, float, Document, list[tuple[_Sentence, _Sentence, float]]]


def _original_of(doc: Document, target: list[_Sentence], english: Sequence[Document],
                 sentences: dict[str, list[_Sentence]], rules: TranslationRules, min_pairs: int = 0,
                 aligned: Mapping[tuple[str, str], list[tuple[_Sentence, _Sentence, float]]] | None = None,
                 floors: Mapping[str, float] | None = None) -> _Best | None:
    """(share, mean similarity, original, aligned pairs) of the English document ``doc``
    renders best, or None. An English document with a floor in ``floors`` needs that rendering."""
    best: _Best | None = None
    attributed: _Best | None = None  # the best of the outlet doc names as its source
    sources = attributed_outlets(doc) if len(english) > 1 else frozenset()
    for original in english:
        if original.published and doc.published and original.published[:10] > doc.published[:10]:
            continue  # a translation is never older than its original
        if original.id not in sentences:
            sentences[original.id] = _sentences(original)
        source = sentences[original.id]
        pairs = aligned.get((doc.id, original.id)) if aligned else None
        pairs = align(source, target, rules) if pairs is None else pairs
        share = len(pairs) / len(target)
        mean = sum(p[2] for p in pairs) / len(pairs) if pairs else 0.0
        if floors and _rendering(pairs, target) < floors.get(original.id, 0.0):
            continue  # no more of it rendered than the story's other reports of the event render
        if len(pairs) >= min_pairs and _renders(pairs, source, share, rules):
            if best is None or (share, mean) > best[:2]:
                best = (share, mean, original, pairs)
            if sources and own_outlet(original) in sources and (attributed is None or (share, mean) > attributed[:2]):
                attributed = (share, mean, original, pairs)
    # the report says whose text it renders: that outlet's report, when it aligns nearly as well
    if attributed is not None and best is not None and attributed[0] >= best[0] - rules.attributed_margin:
        return attributed
    return best


def _within_days(original: Document, doc: Document, days: int) -> bool:
    """``original`` was published on ``doc``'s day or at most ``days`` before (both dated)."""
    if not original.published or not doc.published:
        return False
    try:
        gap = date.fromisoformat(doc.published[:10]) - date.fromisoformat(original.published[:10])
    except ValueError:
        return False
    return 0 <= gap.days <= days


def find_translations_in(stories: Sequence[tuple[str, Sequence[Document]]]) -> dict[str, list[Discrepancy]]:
    """``find_translations`` over every story (story id -> its ``translation`` discrepancies),
    then once more across them: an Indonesian document with no original in its own story is
    compared with the English documents of the other stories published within
    ``across_max_days`` before it, and is their translation with at least ``across_min_pairs``
    aligned pairs besides the usual share. The grouping may leave a rewrite apart from its
    original (a rewrite that adds local context shares fewer story keys); what it changed
    matters as much. (The briefing, which reconciles one story at a time, makes the same check
    while it groups: ``CrossStoryTranslations``.)"""
    rules = translation_rules()
    sentences: dict[str, list[_Sentence]] = {}
    found = {story_id: find_translations(docs, story_id, sentences) for story_id, docs in stories}
    english = [d for _, docs in stories for d in docs if d.language == "en"]
    if not english:
        return found
    for story_id, docs in stories:
        own = {d.id for d in docs}
        for doc in docs:
            if doc.language != "id" or doc.duplicate_of or doc.translated_from:
                continue
            candidates = _across_candidates(doc, [e for e in english if e.id not in own], rules)
            if candidates:
                found[story_id] += _translation_of(doc, candidates, sentences, rules, story_id, rules.across_min_pairs)
    return found


def _across_candidates(doc: Document, english: Sequence[Document], rules: TranslationRules) -> list[Document]:
    """The documents of ``english`` (other stories') ``doc`` may translate: published on its
    day or at most ``across_max_days`` before."""
    return [e for e in english if _within_days(e, doc, rules.across_max_days)]


def original_across(doc: Document, english: Sequence[Document],
                    sentences: dict[str, list[_Sentence]] | None = None) -> str | None:
    """The id of the document of ``english`` (none of them in ``doc``'s story) that the
    Indonesian ``doc`` translates by the check across stories of ``find_translations_in``
    (the same dates, pairs and share), or None. Nothing is set on ``doc``. ``sentences``: the
    English documents' sentences already read, by id (filled as read)."""
    rules = translation_rules()
    if doc.language != "id" or doc.duplicate_of:
        return None
    candidates = _across_candidates(doc, english, rules)
    target = _sentences(doc) if candidates else []
    if not target:
        return None
    best = _original_of(doc, target, candidates, {} if sentences is None else sentences, rules,
                        rules.across_min_pairs)
    return best[2].id if best else None


class CrossStoryTranslations:
    """Translations across stories found while the documents are grouped one at a time, in
    publication order (``reconcile.briefing``), so that a translation joins its original's
    story: the briefing reconciles one story at a time, and an original in another story is
    never compared there.

    Each dated English original is kept for ``across_max_days`` days with its story vector
    (``StoryIndex.vector``), findable through its top keys. An Indonesian document looks its
    candidates up through its own top keys: the English documents of those days whose cosine
    with it reaches ``across_candidate_similarity``, the ``across_candidates`` closest; only
    they are read (``load``: documents by id) and compared by ``original_across``.
    """

    INDEX_KEYS = 20  # an English document is findable through this many of its top keys
    QUERY_KEYS = 15  # an Indonesian document looks through this many of its own
    KEPT_DOCUMENTS = 256  # English documents kept read (and their sentences), the last compared
    ATTRIBUTED_LOOKS = 3  # English documents read per candidate of a report's source outlet looked for

    def __init__(self, load: Callable[[Sequence[str]], Sequence[Document]]):
        self.rules = translation_rules()
        self._load = load
        self._recent: deque[tuple[int, str]] = deque()  # (day, id) of the English documents kept
        self._vectors: dict[str, dict[str, float]] = {}
        self._postings: dict[str, list[str]] = {}
        self._read: OrderedDict[str, Document] = OrderedDict()
        self._sentences: dict[str, list[_Sentence]] = {}
        self._dropped = 0
        self._near: list[str] = []  # the kept English documents closest to the last one looked up, any cosine
        self.compared = 0  # Indonesian documents read and compared
        self.found: dict[str, str] = {}  # translation id -> original id

    def __bool__(self) -> bool:
        return bool(self._vectors)

    def _forget_before(self, day: int) -> None:
        limit = day - self.rules.across_max_days
        while self._recent and self._recent[0][0] < limit:
            _, doc_id = self._recent.popleft()
            self._vectors.pop(doc_id, None)
            self._sentences.pop(doc_id, None)
            self._read.pop(doc_id, None)
            self._dropped += 1
        if self._dropped > max(1000, 2 * len(self._vectors)):  # forgotten ones leave the postings now and then
            self._postings = {k: kept for k, ids in self._postings.items()
                              if (kept := [i for i in ids if i in self._vectors])}
            self._dropped = 0

    def add_original(self, doc_id: str, day: int | None, vector: Mapping[str, float]) -> None:
        """Keep the English document ``doc_id`` (grouped; not a copy) as a possible original."""
        if day is None:
            return
        self._forget_before(day)
        self._recent.append((day, doc_id))
        self._vectors[doc_id] = dict(vector)
        for key, _ in nlargest(self.INDEX_KEYS, vector.items(), key=lambda kv: kv[1]):
            self._postings.setdefault(key, []).append(doc_id)

    def candidates(self, day: int | None, vector: Mapping[str, float]) -> list[str]:
        """The kept English documents an Indonesian document of ``day`` with ``vector`` may
        translate, closest first. The closest ones sharing a top key at any cosine are kept
        too (``_near``): those ``original_of`` looks through for the outlet a report cites."""
        self._near = []
        if day is None:
            return []
        self._forget_before(day)
        if not self._vectors:
            return []
        seen: set[str] = set()
        for key, _ in nlargest(self.QUERY_KEYS, vector.items(), key=lambda kv: kv[1]):
            seen.update(i for i in self._postings.get(key, ()) if i in self._vectors)
        scored = [(sum(w * self._vectors[i].get(k, 0.0) for k, w in vector.items()), i) for i in seen]
        self._near = [i for _, i in nlargest(self.ATTRIBUTED_LOOKS * self.rules.across_attributed_candidates,
                                             [(s, i) for s, i in scored if s > 0])]
        scored = [(s, i) for s, i in scored if s >= self.rules.across_candidate_similarity]
        return [i for _, i in nlargest(self.rules.across_candidates, scored)]

    def see(self, doc_id: str, day: int | None, language: str | None, copy: bool,
            vector_of: Callable[[], Mapping[str, float]]) -> tuple[Mapping[str, float] | None, str | None]:
        """One document met in publication order, as grouping meets it (the full run's pass and
        the incremental update of a served briefing both call this): an Indonesian one is
        compared with the kept English originals, an English one is kept as a possible
        original. Returns its vector (``vector_of()``, worked out only when needed; None when
        the document is neither) and the id of the original it translates, or None. A copy, an
        undated document and one of another language are neither."""
        if copy or day is None or language not in ("en", "id") or (language == "id" and not self):
            return None, None
        vector = vector_of()
        if language == "en":
            self.add_original(doc_id, day, vector)
            return vector, None
        return vector, self.original_of(doc_id, day, vector)

    def original_of(self, doc_id: str, day: int | None, vector: Mapping[str, float]) -> str | None:
        """The id of the kept English document the Indonesian document ``doc_id`` (about to be
        grouped; not a copy) translates, or None."""
        ids = self.candidates(day, vector)
        if not ids and not self._near:
            return None
        missing = [i for i in ids if i not in self._read]
        loaded = {d.id: d for d in self._load([doc_id, *missing])}
        doc = loaded.get(doc_id)
        if doc is None:
            return None
        for i in missing:
            if i in loaded:
                self._read[i] = loaded[i]
        # a report naming its source outlet ("dilansir Reuters") is compared with that
        # outlet's reports of those days too, however few story keys it shares with them
        sources = attributed_outlets(doc)
        if sources:
            near = [i for i in self._near if i not in ids]
            more = [i for i in near if i not in self._read]
            for d in self._load(more) if more else ():
                self._read[d.id] = d
            ids = ids + [i for i in near if i in self._read and own_outlet(self._read[i]) in sources][
                :self.rules.across_attributed_candidates]
        if not ids:
            return None
        english = []
        for i in ids:
            if i in self._read:
                self._read.move_to_end(i)
                english.append(self._read[i])
        while len(self._read) > self.KEPT_DOCUMENTS:
            old, _ = self._read.popitem(last=False)
            self._sentences.pop(old, None)
        self.compared += 1
        found = original_across(doc, english, self._sentences)
        if found:
            self.found[doc_id] = found
        return found


def find_translations(docs: Sequence[Document], story_id: str | None = None,
                      sentences: dict[str, list[_Sentence]] | None = None) -> list[Discrepancy]:
    """Set ``translated_from`` on the Indonesian documents of one story that translate an
    English one, and give a ``translation`` discrepancy per change found in them.
    ``sentences``: the English documents' sentences already read, by id (filled as read)."""
    rules = translation_rules()
    english = [d for d in docs if d.language == "en"]
    for d in docs:
        d.translated_from = None
    if not english:
        return []
    sentences = {} if sentences is None else sentences
    indonesian = [d for d in docs if d.language == "id" and not d.duplicate_of]
    targets = {d.id: _sentences(d) for d in indonesian}
    aligned: dict[tuple[str, str], list[tuple[_Sentence, _Sentence, float]]] = {}
    floors = _background_floors(indonesian, targets, english, sentences, rules, aligned)
    found: list[Discrepancy] = []
    for doc in indonesian:
        found += _translation_of(doc, english, sentences, rules, story_id, rules.min_pairs,
                                 target=targets[doc.id], aligned=aligned, floors=floors.get(doc.id))
    return found


def _copy_root(doc: Document) -> str:
    """The report a spun copy was made from (itself when it is no copy): copies count once."""
    return doc.derived_from or doc.id


def _background_floors(indonesian: Sequence[Document], targets: Mapping[str, list[_Sentence]],
                       english: Sequence[Document], sentences: dict[str, list[_Sentence]],
                       rules: TranslationRules,
                       aligned: dict[tuple[str, str], list[tuple[_Sentence, _Sentence, float]]]
                       ) -> dict[str, dict[str, float]]:
    """Per Indonesian document, per English one: the rendering it must reach to translate it
    (``_rendering``), the median rendering of the story's other Indonesian reports of that
    English report plus ``min_rendering_above_background`` (reports of one event share its names
    and figures with every report of it; a translation stands out from them). Only where the
    story has at least ``background_min_docs`` other reports (copies of one another counted
    once); the pairs aligned on the way are kept in ``aligned``."""
    floors: dict[str, dict[str, float]] = {}
    if len({_copy_root(d) for d in indonesian}) <= rules.background_min_docs:
        return floors
    renderings: dict[str, dict[str, float]] = {}  # English id -> copy root -> best rendering among its copies
    for original in english:
        if original.id not in sentences:
            sentences[original.id] = _sentences(original)
        by_root = renderings.setdefault(original.id, {})
        for doc in indonesian:
            target = targets[doc.id]
            if not target:
                continue
            pairs = align(sentences[original.id], target, rules)
            aligned[(doc.id, original.id)] = pairs
            root = _copy_root(doc)
            by_root[root] = max(by_root.get(root, 0.0), _rendering(pairs, target))
    for doc in indonesian:
        root = _copy_root(doc)
        for original_id, by_root in renderings.items():
            others = [v for r, v in by_root.items() if r != root]
            if len(others) >= rules.background_min_docs:
                floors.setdefault(doc.id, {})[original_id] = median(others) + rules.min_rendering_above_background
    return floors


def _rendering(pairs: list[tuple[_Sentence, _Sentence, float]], target: list[_Sentence]) -> float:
    """How much of a document an English one renders, and how closely: the aligned pairs'
    similarities summed over the document's sentences (share x mean pair similarity)."""
    return sum(p[2] for p in pairs) / len(target) if target else 0.0


def _translation_of(doc: Document, english: Sequence[Document], sentences: dict[str, list[_Sentence]],
                    rules: TranslationRules, story_id: str | None, min_pairs: int = 0,
                    target: list[_Sentence] | None = None,
                    aligned: Mapping[tuple[str, str], list[tuple[_Sentence, _Sentence, float]]] | None = None,
                    floors: Mapping[str, float] | None = None) -> list[Discrepancy]:
    """Set ``doc.translated_from`` when it renders one of ``english``, and give the
    ``translation`` discrepancies of what it changed. ``target``, ``aligned``: its sentences and
    pairs already read; ``floors``: the rendering each English document needs (``_background_floors``)."""
    target = _sentences(doc) if target is None else target
    if not target:
        return []
    best = _original_of(doc, target, english, sentences, rules, min_pairs, aligned, floors)
    if best is None:
        return []
    found: list[Discrepancy] = []
    share, _, original, pairs = best
    changes: list[dict[str, Any]] = []
    figures: list[dict[str, Message]] = []  # per change: the figures before and after, as messages
    # a sentence split in two: its halves together render it (the negation of "a law that
    # allowed blocking sites without a court order, saying it violated..." is in one half)
    renderings = _renderings(pairs, target)
    rewrite_places = frozenset(k for m in doc.mentions if m.label in PLACE_LABELS and not m.metonym
                               for k in (_name_key(m.text), _name_key(m.entity) if m.entity else None) if k)
    aligned = {id(t) for _, t, _ in pairs}
    position = {id(t): i for i, t in enumerate(target)}
    source = sentences[original.id]
    source_aligned = {id(s) for s, _, _ in pairs}
    source_position = {id(s): i for i, s in enumerate(source)}
    for s, t, _ in pairs:
        halves = renderings[id(s)]
        if t not in halves or _word_similarity(s, halves) < rules.change_min_similarity:
            continue  # the topic again, or a pair worded apart: nothing to compare
        a, b = original.text[s.start:s.end].strip(), doc.text[t.start:t.end].strip()
        whole_b = " ".join(doc.text[h.start:h.end].strip() for h in halves)
        for what, qa, qb in _figure_changes(s, t, original.text, doc.text, rules):
            if what == "qualifier" and (_headline(s, original) or _headline(t, doc)):
                continue  # a headline drops "at least" and "about" by style: it says no other figure
            before, after = _figure_message(qa), _figure_message(qb)
            figures.append({"before": before, "after": after})
            changes.append({"doc_a": original.id, "doc_b": doc.id, "a": a, "b": b, "meaning": what,
                            "figure_a": qa.text if qa else None, "figure_b": qb.text if qb else None,
                            "note": f"{english_text(before)} → {english_text(after)}"})
        after = position[id(halves[-1])] + 1
        following = []
        while after < len(target) and id(target[after]) not in aligned:
            following.append(doc.text[target[after].start:target[after].end].strip())
            after += 1
        at = source_position[id(s)] + 1
        source_following = []
        while at < len(source) and id(source[at]) not in source_aligned:
            source_following.append(original.text[source[at].start:source[at].end].strip())
            at += 1
        negation = _negation_change(a, whole_b, rules, " ".join(following), " ".join(source_following))
        if negation and t is halves[0]:  # said once, on the first half
            figures.append({})
            changes.append({"doc_a": original.id, "doc_b": doc.id, "a": a, "b": b,
                            "meaning": negation, "figure_a": None, "figure_b": None, "note": ""})
        speaker = _speaker_change(s, t, a, b)
        act = None if speaker else _speech_turned_into_act(s, halves, a, whole_b) if t is halves[0] else None
        place = _names_replaced(s, t, original.text, doc.text, PLACE_LABELS, rewrite_places)
        actor = act or (None if speaker else _names_replaced(s, t, original.text, doc.text, ACTOR_LABELS))
        if t is halves[0]:  # read over both halves of a split sentence, said once
            place = (place or _relation_change(a, whole_b, rules) or _relation_dropped(a, whole_b, rules)
                     or _place_named_instead(s, halves, original.text, doc.text, rules, rewrite_places)
                     or _direction_change(a, whole_b, rules))
            office = None if speaker or actor else _actor_class_change(a, whole_b, rules)
            if office and office[0] == "speaker changed":
                speaker = office[1]
            elif office:
                actor = office[1]
            elif not (speaker or actor):
                actor = _roles_swapped(a, whole_b, rules)
        for meaning, note in (("speaker changed", speaker), ("actor changed", actor), ("place changed", place)):
            if note:
                figures.append({"change": note})
                changes.append({"doc_a": original.id, "doc_b": doc.id, "a": a, "b": b, "meaning": meaning,
                                "figure_a": None, "figure_b": None, "note": english_text(note)})
    doc.translated_from = {
        "doc": original.id,
        "share": round(share, 3),
        "pairs": [{"source": [s.start, s.end], "translation": [t.start, t.end], "similarity": round(sim, 3)}
                  for s, t, sim in pairs],
        "changes": len(changes),
    }
    for change, figure in zip(changes, figures):
        said = message(_CHANGE_MESSAGES[change["meaning"]], translation=doc.outlet or doc.id,
                       original=original.outlet or original.id, percent=round(100 * share), **figure,
                       a=change["a"], b=change["b"])
        found.append(Discrepancy(
            kind="translation", docs=[original.id, doc.id], claims=[], status="contradiction",
            explanation=english_text(said), message=said,
            score=0.7 if change["meaning"] == "qualifier" else 0.9, story=story_id, changes=[change]))
    return found


__all__ = ["TranslationRules", "translation_rules", "align", "find_translations", "find_translations_in",
           "original_across", "CrossStoryTranslations"]
