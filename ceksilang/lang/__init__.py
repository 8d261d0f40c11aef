"""Language data: word lists, patterns and tables live in ``lang/<code>/`` files, never in code.

``load_data("speech_verbs")`` reads ``lang/id/speech_verbs.yaml`` (or ``.txt``: one entry per
line, ``#`` starts a comment). Each module that uses a file wraps it in one small typed loader,
so the file's shape is checked in one place.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).resolve().parent
DEFAULT_LANGUAGE = "id"


class LanguageDataError(ValueError):
    """A language data file is missing or malformed."""


def data_path(name: str, lang: str = DEFAULT_LANGUAGE) -> Path:
    for suffix in (".yaml", ".txt"):
        path = LANG_DIR / lang / f"{name}{suffix}"
        if path.exists():
            return path
    raise LanguageDataError(f"no language data file {name!r} for language {lang!r} in {LANG_DIR / lang}")


@lru_cache(maxsize=None)
def load_data(name: str, lang: str = DEFAULT_LANGUAGE) -> Any:
    """The parsed content of a data file: YAML as loaded, TXT as a tuple of non-empty lines."""
    path = data_path(name, lang)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".txt":
        lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
        return tuple(line for line in lines if line)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:  # pragma: no cover - caught by tests/lang
        raise LanguageDataError(f"{path}: {exc}") from exc


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """Indonesian function words (``lang/id/stopwords.txt``), lower case: the one reading of that
    file, as a set (asked for every word of every article by several stages)."""
    return frozenset(w.lower() for w in load_data("stopwords"))


def load_merged_data(name: str, languages: tuple[str, ...]) -> dict:
    """``lang/<code>/<name>.yaml`` of each of ``languages``, in order, their lists joined (the
    first file must exist; a later language without the file adds nothing): for data whose
    words do not collide across languages, so one finder serves all of them."""
    data = dict(load_data(name, languages[0]))
    for lang in languages[1:]:
        try:
            extra = load_data(name, lang)
        except LanguageDataError:
            continue
        for key, value in (extra or {}).items():
            if isinstance(value, list):
                data[key] = list(data.get(key) or []) + value
    return data


def load_merged_lines(name: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    """The lines of ``lang/<code>/<name>.txt`` of each of ``languages`` that has the file, in order."""
    lines: list[str] = []
    for lang in languages:
        try:
            lines.extend(load_data(name, lang))
        except LanguageDataError:
            continue
    return tuple(lines)


def available(lang: str = DEFAULT_LANGUAGE) -> list[str]:
    return sorted(p.stem for p in (LANG_DIR / lang).iterdir() if p.suffix in (".yaml", ".txt"))
