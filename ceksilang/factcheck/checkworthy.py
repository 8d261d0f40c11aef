"""Check-worthiness: the sentences of the coverage ranked by how checkable they are.

A sentence a fact-checker would pick is specific and measurable (figures, units, statistics
verbs), about many people (the public, prices, taxes, a rule), and states rather than predicts,
advises, hopes or recounts personal experience. The cues and their weights are language data
(``lang/<code>/checkworthy.yaml``); the score is their sum, so each ranking can be explained by
the cues it lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data

_FIGURE = re.compile(r"(?<![\w/:.,])\d+(?:[.,]\d+)*(?![\w/:])")
_DATE_OR_TIME = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[%$]")


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    weight: float
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CheckworthyCues:
    figure_weight: float
    max_figures: int
    cues: tuple[Cue, ...]
    calendar_words: frozenset[str] = frozenset()


@dataclass(slots=True)
class RankedSentence:
    text: str
    score: float
    cues: list[str] = field(default_factory=list)
    index: int = 0  # position in the input


@lru_cache(maxsize=4)
def checkworthy_cues(language: str = "id") -> CheckworthyCues:
    data = load_data("checkworthy", language)
    try:
        cues = []
        figure_weight = 0.0
        for name, spec in data["cues"].items():
            if name == "figure":
                figure_weight = float(spec["weight"])
                continue
            cues.append(Cue(str(name), float(spec["weight"]), tuple(" ".join(str(w).lower().split()) for w in spec["words"])))
        calendar = frozenset(str(w).lower() for w in data.get("calendar_words") or ())
        return CheckworthyCues(figure_weight, int(data["max_figures"]), tuple(cues), calendar)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise LanguageDataError(f"checkworthy.yaml ({language}): malformed ({exc})") from exc


def _figures(text: str, calendar: frozenset[str]) -> int:
    cleaned = _DATE_OR_TIME.sub(" ", text)
    count = 0
    for m in _FIGURE.finditer(cleaned):
        if _YEAR.match(m.group(0)):
            continue
        before = cleaned[max(0, m.start() - 12): m.start()].lower().split()[-1:]
        after = cleaned[m.end(): m.end() + 12].lower().split()[:1]
        if any(w.strip(".,()") in calendar for w in before + after):
            continue
        count += 1
    return count


def checkworthiness(text: str, language: str = "id") -> tuple[float, list[str]]:
    """(score, the cues found) for one sentence; higher is more worth checking."""
    table = checkworthy_cues(language)
    padded = " " + " ".join(_WORD.findall(text.lower().replace("us$", "us$ "))) + " "
    padded = padded.replace(" us $ ", " us$ ")
    figures = min(_figures(text, table.calendar_words), table.max_figures)
    score = table.figure_weight * figures
    found = [f"figure×{figures}"] if figures else []
    for cue in table.cues:
        if any(f" {phrase} " in padded for phrase in cue.phrases):
            score += cue.weight
            found.append(cue.name)
    return score, found


def rank_sentences(sentences: Iterable[str], language: str = "id", limit: int | None = None) -> list[RankedSentence]:
    """The sentences, most worth checking first (ties keep their order)."""
    ranked = []
    for i, text in enumerate(sentences):
        score, cues = checkworthiness(text, language)
        ranked.append(RankedSentence(text=text, score=score, cues=cues, index=i))
    ranked.sort(key=lambda r: (-r.score, r.index))
    return ranked[:limit] if limit is not None else ranked
