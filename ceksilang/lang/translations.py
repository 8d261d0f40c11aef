"""The Indonesian-English translation list (``lang/id/translations_en.txt``), typed.

``load_translations()`` gives both directions, keys lower-cased: ``to_english["tentara"]`` is
``("airman", "seaman", "troop")``, ``to_indonesian["north korea"]`` is ``("Korea Utara",)``.
Word rows (content words, from Wiktionary) and place rows (country, region and city names,
from CLDR) are kept apart, as they are matched differently: words one token at a time,
places as whole names. The file is built by ``python -m ceksilang.lang.build_translations``;
its header carries the sources' attribution and licences.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data

KINDS = ("word", "place")
FILE_NAME = "translations_en"


@dataclass(frozen=True, slots=True)
class Translations:
    """Both directions of the list, per kind; keys lower-cased, values as written."""

    words_to_english: dict[str, tuple[str, ...]]
    words_to_indonesian: dict[str, tuple[str, ...]]
    places_to_english: dict[str, tuple[str, ...]]
    places_to_indonesian: dict[str, tuple[str, ...]]

    def english(self, indonesian: str) -> tuple[str, ...]:
        """English renderings of an Indonesian word or place name (empty when unknown)."""
        key = indonesian.lower()
        return self.places_to_english.get(key, ()) + self.words_to_english.get(key, ())

    def indonesian(self, english: str) -> tuple[str, ...]:
        """Indonesian renderings of an English word or place name (empty when unknown)."""
        key = english.lower()
        return self.places_to_indonesian.get(key, ()) + self.words_to_indonesian.get(key, ())


def _add(table: dict[str, list[str]], key: str, value: str) -> None:
    values = table.setdefault(key.lower(), [])
    if value not in values:
        values.append(value)


@lru_cache(maxsize=1)
def load_translations() -> Translations:
    """The list, read once; raises ``LanguageDataError`` naming the bad line."""
    tables: dict[str, dict[str, list[str]]] = {
        "words_to_english": {}, "words_to_indonesian": {}, "places_to_english": {}, "places_to_indonesian": {},
    }
    for number, line in enumerate(load_data(FILE_NAME, "id"), start=1):
        fields = line.split("\t")
        if len(fields) != 3 or not all(fields):
            raise LanguageDataError(f"{FILE_NAME}.txt: row {number} is not 'indonesian<TAB>english<TAB>kind': {line!r}")
        indonesian, english, kind = fields
        if kind not in KINDS:
            raise LanguageDataError(f"{FILE_NAME}.txt: row {number} has kind {kind!r}, not one of {KINDS}")
        plural = "words" if kind == "word" else "places"
        _add(tables[f"{plural}_to_english"], indonesian, english)
        _add(tables[f"{plural}_to_indonesian"], english, indonesian)
    return Translations(**{name: {k: tuple(v) for k, v in table.items()} for name, table in tables.items()})


__all__ = ["KINDS", "Translations", "load_translations"]
