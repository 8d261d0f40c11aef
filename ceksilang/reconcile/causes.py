"""The cause of one happening told two ways by independent sources.

"Kebakaran diduga akibat korsleting listrik" / "api berasal dari puntung rokok": a fire, a crash or a blast has
one cause, and two outlets stating causes of two different kinds (lang/id/reconcile.yaml ``event_causes``:
electrical, a cigarette, a gas stove, worn brakes, a sleepy driver ...) disagree on it. A cause is read only in a
sentence that names the happening and a cue of cause ("penyebab", "akibat", "dipicu"), within a few words of
the cue. A hedge ("diduga", "dugaan sementara") does not stop it: an outlet's first account is what readers take
away. A report takes no side when it names causes of two kinds (a list of possible causes), when its cause
sentence adds a factor to others ("salah satu penyebab", "selain itu"), or when the cause is denied ("bukan
karena korsleting"); two sources disagree only when neither names the other's cause anywhere (a report that tells
of a first guess and then of the finding tells of both), and only in reports at most ``max_days_apart`` days
apart (a later investigation replacing a first guess is a story moving on, not two accounts).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import load_data, word_tuples
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import listed_detail, one_sided, phrase_at, readings_by_source, told_apart

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")


@dataclass(frozen=True, slots=True)
class EventCauseWords:
    """``event_causes`` of reconcile.yaml: see the comments there."""

    happenings: tuple[tuple[tuple[str, ...], str], ...]  # (phrase, kind of happening), longest first
    cues: tuple[tuple[tuple[str, ...], None], ...]
    families: tuple[tuple[tuple[str, ...], str], ...]  # (phrase, family of cause), longest first
    negations: frozenset[str]
    additive: tuple[tuple[tuple[str, ...], None], ...]
    generic: tuple[tuple[tuple[str, ...], None], ...]
    reach: int
    max_days_apart: int


def _longest_first(pairs: list[tuple[tuple[str, ...], object]]) -> tuple:
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=4)
def event_cause_words(language: str = "id") -> EventCauseWords:
    """``event_causes`` of ``lang/<language>/reconcile.yaml`` read once. Raises LanguageDataError when the
    language has no reconcile.yaml."""
    data = load_data("reconcile", language).get("event_causes") or {}
    happenings = [(w, str(kind)) for kind, ws in (data.get("happenings") or {}).items() for w in word_tuples(ws)]
    families = [(w, str(kind)) for kind, ws in (data.get("families") or {}).items() for w in word_tuples(ws)]
    return EventCauseWords(_longest_first(happenings), _longest_first([(w, None) for w in word_tuples(data.get("cues"))]),
                           _longest_first(families), frozenset(w for t in word_tuples(data.get("negations")) for w in t),
                           _longest_first([(w, None) for w in word_tuples(data.get("additive"))]),
                           _longest_first([(w, None) for w in word_tuples(data.get("generic"))]),
                           int(data.get("reach", 10)), int(data.get("max_days_apart", 1)))


@dataclass(slots=True)
class CauseTelling:
    """One cause a source states for its happening ("korsleting listrik" for a fire: family "electrical")."""

    doc: Document
    source: str
    happening: str
    family: str
    written: str
    sentence: str


def _found(tokens: list[str], phrases: tuple) -> list[tuple[int, int, object]]:
    """(start, end, value) of each of ``phrases`` spelled in ``tokens``, the longest at a place, none overlapping."""
    out, k = [], 0
    while k < len(tokens):
        hit = phrase_at(tokens, k, phrases)
        if hit is None:
            k += 1
            continue
        out.append((k, k + len(hit[0]), hit[1]))
        k += len(hit[0])
    return out


def stated_causes(d: Document, source: str, cw: EventCauseWords) -> list[CauseTelling]:
    """The causes ``d`` states for a happening, one per sentence and kind of happening; none from a sentence
    that adds a factor to others, tells what often causes such happenings, names causes of two families, or denies
    the cause it names."""
    out = []
    for s, e in d.sentences:
        sentence = d.text[s:e]
        raw = _WORD.findall(sentence)
        low = [w.lower() for w in raw]
        cues = _found(low, cw.cues)
        if not cues:
            continue
        kinds = {kind for _, _, kind in _found(low, cw.happenings)}
        if len(kinds) != 1 or _found(low, cw.additive) or _found(low, cw.generic):
            continue  # a fire caused by a crash, one factor of several, what often causes fires: no cause of this one
        near = []
        for start, end, family in _found(low, cw.families):
            if not any(start - cw.reach <= c_end and c_start <= end + cw.reach for c_start, c_end, _ in cues):
                continue
            if any(w in cw.negations for w in low[max(0, start - 3):start]):
                continue  # "bukan karena korsleting": the cause denied
            near.append((start, end, family))
        if len({f for _, _, f in near}) != 1:
            continue
        start, end, family = near[0]
        out.append(CauseTelling(d, source, next(iter(kinds)), str(family), " ".join(raw[start:end]), sentence))
    return out


@lru_cache(maxsize=256)
def _family_pattern(phrases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """Any of a family's phrases as whole words, any spacing, any case."""
    return re.compile("|".join(r"(?<!\w)" + r"\s+".join(map(re.escape, p)) + r"(?!\w)" for p in phrases),
                      re.IGNORECASE)


def cause_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                    language: str = "id") -> list[Discrepancy]:
    """One ``detail`` item per kind of happening whose cause independent sources state as two kinds of cause:
    each cause with its outlets."""
    cw = event_cause_words(language)
    if not cw.cues or not cw.families or not cw.happenings:
        return []
    phrases_of: dict[str, tuple[tuple[str, ...], ...]] = defaultdict(tuple)
    for phrase, family in cw.families:
        phrases_of[family] += (phrase,)
    by_kind, texts = readings_by_source(docs, by_id, language, lambda d, source: stated_causes(d, source, cw),
                                        lambda t: t.happening)
    out = []
    for kind, tellings in sorted(by_kind.items()):
        # a source stating two kinds of cause for one happening tells of both: no side
        sided = one_sided(tellings, lambda t: t.family)

        def names(source: str, family: str) -> bool:
            pattern = _family_pattern(phrases_of[family])
            return any(pattern.search(text) for text in texts[source])

        def differ(a: CauseTelling, b: CauseTelling) -> bool:
            return a.family != b.family and not names(a.source, b.family) and not names(b.source, a.family)

        told = told_apart(sided, differ, cw.max_days_apart)
        if not told:
            continue
        groups: dict[str, list[CauseTelling]] = defaultdict(list)
        for t in told:
            groups[t.family].append(t)
        out.append(listed_detail(story, list(groups.values()), "detail.cause_told", "cause", "detail.cause", "causes"))
    return out


__all__ = ["CauseTelling", "EventCauseWords", "cause_conflicts", "event_cause_words", "stated_causes"]
