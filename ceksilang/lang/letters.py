"""Letters typed as plain ones on another keyboard (``lang/letter_folds.yaml``), typed.

``plain_letters(text)`` is ``text`` lower-cased with its accents stripped (Unicode's decomposition) and the letters
the decomposition leaves whole written as the file says ("Martin Ødegaard" -> "martin odegaard"): what a reader
sees as one name typed two ways.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import yaml

from ceksilang.lang import LANG_DIR, LanguageDataError, parse_yaml

FILE_PATH = LANG_DIR / "letter_folds.yaml"


@lru_cache(maxsize=1)
def load_letter_folds() -> dict[int, str]:
    """The file as a ``str.translate`` table (each letter, lower case, to its plain letters); a malformed entry
    is named."""
    try:
        data = parse_yaml(FILE_PATH.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LanguageDataError(f"{FILE_PATH}: {exc}") from exc
    folds = (data or {}).get("folds") if isinstance(data, dict) else None
    if not isinstance(folds, dict) or not folds:
        raise LanguageDataError(f"{FILE_PATH}: expected a mapping 'folds' of letters")
    table: dict[int, str] = {}
    for letter, plain in folds.items():
        letter, plain = str(letter), str(plain)
        if len(letter) != 1 or letter != letter.lower() or not plain.isascii() or not plain.isalpha():
            raise LanguageDataError(f"{FILE_PATH}: {letter!r}: one lower-case letter to plain letters, not {plain!r}")
        table[ord(letter)] = plain
    return table


@lru_cache(maxsize=65536)
def plain_letters(text: str) -> str:
    """``text`` lower case, its accents stripped and its whole letters folded ("Łukasz" -> "lukasz")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(load_letter_folds())


__all__ = ["FILE_PATH", "load_letter_folds", "plain_letters"]
