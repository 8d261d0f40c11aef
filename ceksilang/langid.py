"""Language of a whole document: "id", "en", "ms" or "other" (lingua, embedded, offline).

lingua is loaded with a short list of languages, not all 75 (that costs ~1 GB): the three we
report plus a few that news text is often confused with, so that a Dutch or Tagalog page is
called "other" rather than forced into Indonesian. On short text lingua often calls Indonesian
Malay; Indonesian is the product's first language, so Malay must win clearly to be reported.
"""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

_REPORTED = {Language.INDONESIAN: "id", Language.ENGLISH: "en", Language.MALAY: "ms"}
_OTHERS = (Language.DUTCH, Language.TAGALOG, Language.JAVANESE if hasattr(Language, "JAVANESE") else None,
           Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.ARABIC,
           Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.RUSSIAN, Language.UKRAINIAN)
MALAY_MARGIN = 0.25  # Malay must beat Indonesian by this much confidence to be reported
MAX_CHARS = 4000  # the first few paragraphs decide; long texts cost time and add nothing


@lru_cache(maxsize=1)
def _detector():
    langs = list(_REPORTED) + [lang for lang in _OTHERS if lang is not None]
    # models load on first need, so Latin-script news never loads the Chinese, Arabic or
    # Cyrillic ones: preloading all cost ~0.6 s more CPU and ~175 MB more memory per process
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str, min_chars: int = 20) -> str | None:
    """"id" | "en" | "ms" | "other", or None when there is too little text to tell."""
    sample = text[:MAX_CHARS]
    if len(sample.strip()) < min_chars:
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None
    best = values[0]
    code = _REPORTED.get(best.language, "other")
    if code == "ms":
        indonesian = next((v.value for v in values if v.language == Language.INDONESIAN), 0.0)
        if best.value - indonesian < MALAY_MARGIN:
            return "id"
    return code
