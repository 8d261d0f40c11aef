"""Language of a whole document: "id", "en", "ms" or "other" (lingua, embedded, offline).

lingua is loaded with a short list of languages, not all 75 (that costs ~1 GB): the three we
report plus a few that news text is often confused with, so that a Dutch or Tagalog page is
called "other" rather than forced into Indonesian. Two detectors share the work: low-accuracy
models of the whole list screen the text, and when Indonesian, Malay or English is among the
two likeliest (with confidence of at least 0.1), the full models of those three decide. Against the full models of the whole list
(measured in this repository), the labels agree on 2,812 of 2,812 news articles, 1,113 of 1,116
TurnBackHoax records and 2,995 of 3,000 single sentences, for ~75 MB instead of ~210 MB per
process. On short text lingua often calls Indonesian
Malay; Indonesian is the product's first language, so Malay must win clearly to be reported.

Most documents never reach lingua: a long text whose own words are plainly Indonesian (a fifth of
them Indonesian function words, hardly any English ones, an Indonesian spelling, no Malay one) is Indonesian
(``plainly_indonesian``); lingua decides the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

from ceksilang.lang import LanguageDataError, load_data, load_stopwords, lower_words

_REPORTED = {Language.INDONESIAN: "id", Language.ENGLISH: "en", Language.MALAY: "ms"}
_OTHERS = (Language.DUTCH, Language.TAGALOG, Language.JAVANESE if hasattr(Language, "JAVANESE") else None,
           Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.ARABIC,
           Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.RUSSIAN, Language.UKRAINIAN)
MALAY_MARGIN = 0.25  # Malay must beat Indonesian by this much confidence to be reported
SCREEN_MIN_CONFIDENCE = 0.1  # a reported language this likely on the screen gets the full models
MAX_CHARS = 4000  # the first few paragraphs decide; long texts cost time and add nothing
# The screen's answer stands, without the full models, when it names Indonesian or English with
# at least this confidence on at least CONFIDENT_MIN_CHARS of text. Measured against running the
# full models every time (this repository, 8,455 texts: the news tables, a quarter of the
# coverage corpus, TurnBackHoax records, IndoNLI premises, seeds and demo): 0 labels differ, and
# language detection takes 36% less CPU.
CONFIDENT_SCREEN = 0.9
CONFIDENT_MIN_CHARS = 400
# The words decide only on a sample this long: on shorter text lingua's own answer is unsure (it
# calls short Indonesian market reports Malay), and the words would overrule it too often. Measured
# on the bench's 2,000 documents and the coverage corpus's 9,284 (docs/evaluation.md, speed18):
# the words decide 8,876 of them (78% of the bench's characters, 90% of the corpus's) and agree with
# lingua except on 29 coverage pages, all Indonesian prose (prayers, hajj guides, sport, war news)
# that lingua called Malay; 13 Malaysian news pages are all left to lingua.
WORDS_DECIDE_MIN_CHARS = 1000
INDONESIAN_SHARE = 0.2  # at least this share of the words are Indonesian function words
ENGLISH_SHARE = 0.03  # at most this share are English ones (an English body under an Indonesian lead)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Indonesian function words, English function words that Indonesian text does not write too,
    and the Malay and Indonesian spellings of ``lang/id/language_words.yaml``."""
    data = load_data("language_words")
    for key in ("malay_spellings", "indonesian_spellings", "not_english_here"):
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            raise LanguageDataError(f"language_words: no list {key!r}")
    indonesian = load_stopwords()
    english = frozenset(w.lower() for w in load_data("stopwords", "en")) - indonesian - lower_words(data["not_english_here"])
    return indonesian, english, lower_words(data["malay_spellings"]), lower_words(data["indonesian_spellings"])


def plainly_indonesian(sample: str) -> bool:
    """Whether the words of ``sample`` (a document's first MAX_CHARS characters) make it Indonesian
    without asking lingua: long enough, a share of Indonesian function words, few English ones, an
    Indonesian spelling and no Malay one."""
    if len(sample) < WORDS_DECIDE_MIN_CHARS:
        return False
    words = _WORD.findall(sample.lower())
    if not words:
        return False
    indonesian, english, malay, own = _word_lists()
    if not malay.isdisjoint(words) or own.isdisjoint(words):
        return False
    total = len(words)
    if sum(1 for w in words if w in english) > ENGLISH_SHARE * total:
        return False
    return sum(1 for w in words if w in indonesian) >= INDONESIAN_SHARE * total


@lru_cache(maxsize=1)
def _screen():
    # Low-accuracy (trigram-only) models of every language on the list: ~15 MB, where the full
    # models take ~210 MB in every worker process. On whole articles they agree with the full
    # models; on short text they call about 1 Indonesian line in 14 Malay, so the three
    # reported languages are then told apart by ``_reported``.
    langs = list(_REPORTED) + [lang for lang in _OTHERS if lang is not None]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


@lru_cache(maxsize=1)
def _reported():
    # the full models of Indonesian, Malay and English only
    return LanguageDetectorBuilder.from_languages(*_REPORTED).build()


def detect_language(text: str, min_chars: int = 20) -> str | None:
    """"id" | "en" | "ms" | "other", or None when there is too little text to tell."""
    sample = text[:MAX_CHARS]
    if len(sample.strip()) < min_chars:
        return None
    if plainly_indonesian(sample):
        return "id"
    values = _screen().compute_language_confidence_values(sample)
    if not values:
        return None
    top = values[0]
    if (len(sample) >= CONFIDENT_MIN_CHARS and top.value >= CONFIDENT_SCREEN
            and top.language in (Language.INDONESIAN, Language.ENGLISH)):
        return _REPORTED[top.language]
    if any(v.language in _REPORTED and v.value >= SCREEN_MIN_CONFIDENCE for v in values[:2]):
        values = _reported().compute_language_confidence_values(sample)
    best = values[0]
    code = _REPORTED.get(best.language, "other")
    if code == "ms":
        indonesian = next((v.value for v in values if v.language == Language.INDONESIAN), 0.0)
        if best.value - indonesian < MALAY_MARGIN:
            return "id"
    return code
