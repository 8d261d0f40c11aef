"""Counts of the vehicles an accident involved, told in prose two ways by independent sources.

"menabrak empat mobil dan sembilan sepeda motor" / "melibatkan lima mobil dan sembilan sepeda motor":
no figure item compares them, as a vehicle is a figure's unit only with a state of people or damage
after it, and every kind of vehicle is one unit there ("dua mobil" and "lima sepeda motor" count
"kendaraan" alike). Here each kind is its own count (lang/id/reconcile.yaml ``vehicle_counts``), read
only in a sentence where a verb of the crash stands before the count ("menabrak", "melibatkan"), never
for the responders' vehicles ("dua truk derek", "tiga unit mobil pemadam"), and compared only between
reports published within ``max_days_apart`` days: the police update such counts over the next days.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.extract.numbers import parse_number
from ceksilang.lang import load_data, lower_words, word_tuples
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import listed_detail, one_sided, phrase_at, readings_by_source, told_apart

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class VehicleCountWords:
    """``vehicle_counts`` of reconcile.yaml: see the comments there."""

    kinds: tuple[tuple[tuple[str, ...], str], ...]  # (phrase, kind), longest phrase first
    counters: frozenset[str]  # "unit", "buah" between the number and the noun
    crash_verbs: tuple[tuple[str, ...], ...]
    verb_reach: int  # words from the verb to the count
    responders: frozenset[str]  # a word right after the noun that makes it a responder's vehicle
    clause_stops: frozenset[str]  # words that end the verb's reach ("sedangkan", "kemudian")
    max_days_apart: int
    min_gap: dict[str, int]  # a kind's values this far apart at least (the whole count: the culprit in or out)

    @property
    def kind_starts(self) -> frozenset[str]:
        """The first words of the kinds' phrases: a sentence with none of them counts no vehicle."""
        return _first_words(self.kinds)

    @property
    def verb_starts(self) -> frozenset[str]:
        """The first words of the crash verbs: a sentence with none of them has no count read."""
        return _first_words(tuple((v, "") for v in self.crash_verbs))


@lru_cache(maxsize=16)
def _first_words(phrases: tuple[tuple[tuple[str, ...], object], ...]) -> frozenset[str]:
    return frozenset(p[0] for p, _ in phrases if p)


@lru_cache(maxsize=4)
def vehicle_count_words(language: str = "id") -> VehicleCountWords:
    """``vehicle_counts`` of ``lang/<language>/reconcile.yaml`` read once: the kinds of vehicle, the crash
    verbs and the words that stop or void a count. Raises LanguageDataError when the language has no
    reconcile.yaml."""
    data = load_data("reconcile", language).get("vehicle_counts") or {}
    kinds = [(p, str(kind)) for kind, words in (data.get("kinds") or {}).items() for p in word_tuples(words)]
    return VehicleCountWords(tuple(sorted(kinds, key=lambda x: -len(x[0]))),
                             lower_words(data.get("counters")),
                             tuple(sorted(word_tuples(data.get("crash_verbs")), key=len, reverse=True)),
                             int(data.get("verb_reach", 8)),
                             lower_words(data.get("responders")),
                             lower_words(data.get("clause_stops")),
                             int(data.get("max_days_apart", 1)),
                             {str(k): int(v) for k, v in (data.get("min_gap") or {}).items()})


@dataclass(slots=True)
class VehicleCount:
    """One count of one kind of vehicle a source gives after a crash verb ("empat mobil": mobil 4)."""

    doc: Document
    source: str
    kind: str
    value: int
    written: str  # "empat mobil"
    sentence: str


def _count_value(word: str) -> int | None:
    """``word`` as a count of vehicles (a whole number from 1 to 999, in digits or words), else None."""
    value = parse_number(word)
    if value is None or value != int(value) or not 0 < value < 1000:
        return None
    return int(value)


def _after_crash_verb(low: list[str], at: int, vw: VehicleCountWords) -> bool:
    """A verb of the crash within ``verb_reach`` words before ``at``, no clause stop between: the
    count is of what the crash involved ("menabrak dua sepeda motor dan satu mobil"), not of the
    vehicles sent after it."""
    verbs = [(v, "") for v in vw.crash_verbs]
    for j in range(at - 1, max(-1, at - 1 - vw.verb_reach), -1):
        if low[j] in vw.clause_stops or low[j] in ".;:!?\"“”":
            return False
        if phrase_at(low, j, verbs):
            return True
    return False


def vehicle_counts(d: Document, source: str, vw: VehicleCountWords) -> list[VehicleCount]:
    """Each count of a kind of vehicle ``d`` gives right after a verb of the crash: "menabrak empat
    mobil dan sembilan sepeda motor" gives mobil 4 and motor 9."""
    out = []
    kind_starts, verb_starts = vw.kind_starts, vw.verb_starts
    for s, e in d.sentences:
        sentence = d.text[s:e]
        raw = _WORD.findall(sentence)
        low = [w.lower() for w in raw]
        present = set(low)
        # a count is read only before a kind's phrase and after a crash verb: a sentence without
        # the first word of both reads none, and is not parsed word by word for numbers
        if present.isdisjoint(kind_starts) or present.isdisjoint(verb_starts):
            continue
        for i, w in enumerate(low):
            k = i + 1
            while k < len(low) and low[k] in vw.counters:
                k += 1
            if k >= len(low) or low[k] not in kind_starts:
                continue
            value = _count_value(w)
            if value is None:
                continue
            found = phrase_at(low, k, vw.kinds)
            if found is None:
                continue
            phrase, kind = found
            end = k + len(phrase)
            if end < len(low) and low[end] in vw.responders:
                continue  # "dua truk derek", "tiga unit mobil pemadam": sent after the crash
            if not _after_crash_verb(low, i, vw):
                continue
            out.append(VehicleCount(d, source, kind, value, " ".join(raw[i:end]), sentence))
    return out


def vehicle_count_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                            language: str = "id") -> list[Discrepancy]:
    """One ``detail`` item per kind of vehicle whose count independent sources give differently in
    reports at most ``max_days_apart`` days apart: each count with its outlets. A source giving one
    kind two counts (the truck hit two motorcycles, the minibus a third) takes no side."""
    vw = vehicle_count_words(language)
    if not vw.kinds or not vw.crash_verbs:
        return []
    by_kind, _ = readings_by_source(docs, by_id, language, lambda d, source: vehicle_counts(d, source, vw),
                                    lambda c: c.kind)
    out = []
    for kind, counts in sorted(by_kind.items()):
        sided = one_sided(counts, lambda c: c.value)
        gap = vw.min_gap.get(kind, 1)
        told = told_apart(sided, lambda a, b: abs(a.value - b.value) >= gap, vw.max_days_apart)
        if not told:
            continue
        groups = [[c for c in told if c.value == value] for value in sorted({c.value for c in told})]
        out.append(listed_detail(story, groups, "detail.count_told", "written", "detail.vehicle_counts", "counts"))
    return out

