"""A publisher's rating label -> one step of ceksilang's scale, from ``lang/<code>/ratings.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data

SCALE = ("false", "misleading", "missing_context", "true", "unproven")
FALLBACK = "unproven"
_LANGUAGES = ("id", "en")
_NOISE = re.compile(r"[\[\]()\"“”'’:=*]+|\bkategori\b|\brating\b|\bverdict\b|\bputusan\b", re.I)


@dataclass(frozen=True, slots=True)
class RatingTable:
    exact: dict[str, str]  # label -> step
    phrases: tuple[tuple[str, str], ...]  # (label, step), longest label first
    names: dict[str, dict[str, str]]  # language -> step -> display name
    not_checks: frozenset[str]  # labels of items that check no claim


@lru_cache(maxsize=1)
def rating_table() -> RatingTable:
    exact: dict[str, str] = {}
    names: dict[str, dict[str, str]] = {}
    not_checks: set[str] = set()
    for lang in _LANGUAGES:
        data = load_data("ratings", lang)
        try:
            if tuple(data["scale"]) != SCALE:
                raise LanguageDataError(f"ratings ({lang}): scale must be {list(SCALE)}")
            for step, labels in data["labels"].items():
                if step not in SCALE:
                    raise LanguageDataError(f"ratings ({lang}): unknown step {step!r}")
                for label in labels:
                    exact.setdefault(_clean(str(label)), step)
            names[lang] = {str(k): str(v) for k, v in data["names"].items()}
            not_checks.update(_clean(str(label)) for label in data.get("not_checks") or ())
        except (KeyError, TypeError, AttributeError) as exc:
            raise LanguageDataError(f"ratings ({lang}): malformed ({exc})") from exc
    phrases = tuple(sorted(exact.items(), key=lambda kv: -len(kv[0])))
    return RatingTable(exact=exact, phrases=phrases, names=names, not_checks=frozenset(not_checks))


def _clean(label: str) -> str:
    return " ".join(_NOISE.sub(" ", label.lower()).split())


def normalise_rating(label: str | None) -> str:
    """The scale step of a publisher's label: "[HOAKS]" -> false, "Missing Context" -> missing_context."""
    if not label:
        return FALLBACK
    table = rating_table()
    clean = _clean(label)
    if clean in table.exact:
        return table.exact[clean]
    padded = f" {clean} "
    for phrase, step in table.phrases:
        if f" {phrase} " in padded:
            return step
    return FALLBACK


def checks_a_claim(label: str | None) -> bool:
    """False for the label of an item that is no fact-check ("[BERITA]", "[EDUKASI]"): one whose
    label names none of the scale's steps and is, or contains, a ``not_checks`` entry."""
    if not label or normalise_rating(label) != FALLBACK:
        return True
    clean = _clean(label)
    padded = f" {clean.replace(',', ' ').replace('+', ' ')} "
    return not any(clean == x or f" {x} " in padded for x in rating_table().not_checks)


def rating_name(step: str, language: str = "id") -> str:
    """The display name of a step in ``language`` ("Salah" for false in Indonesian)."""
    names = rating_table().names
    return names.get(language, names["id"]).get(step, step)
