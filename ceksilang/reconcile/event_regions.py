"""The district or regency where a one-place event happened, told two ways by independent sources.

"Kecelakaan terjadi di ..., Kecamatan Gunungsari, Kabupaten Sukamaju" / "... Kecamatan Cibening, Kabupaten
Sukamaju": a crash, a fire or a boat's sinking happens at one place, and two outlets naming two districts (or two
regencies, or two cities) for it disagree. An area is read after its level word (lang/id/reconcile.yaml
``event_regions``) only in a sentence that tells the event, and not after a word of someone's home, a hospital
or a body's office ("warga Kecamatan ...", "RSUD Kota ...", "Polres Kabupaten ..."). Areas are set against each
other only at one level (a district lies inside a regency: "Kecamatan Cisarua" and "Kabupaten Bogor" are one place
told more or less precisely), only when neither source names the other's area anywhere in its text (a report
naming both tells of both: a flood over two districts, a road on their border), and only between reports at
most ``max_days_apart`` days apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import load_data, lower_words, word_tuples
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import listed_detail, phrase_at, readings_by_source, told_apart
from ceksilang.reconcile.spellings import named_slot_words, one_name_two_spellings

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]")
_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$")


@dataclass(frozen=True, slots=True)
class EventRegionWords:
    """``event_regions`` of reconcile.yaml: see the comments there."""

    levels: tuple[tuple[tuple[str, ...], str], ...]  # (level word as written, lower case; level), longest first
    event_words: tuple[tuple[str, ...], ...]
    not_the_site: frozenset[str]  # a word before the area that makes it a home, a hospital, an office
    reach: int  # words before the level word looked at for them
    max_name_words: int
    max_days_apart: int


@lru_cache(maxsize=4)
def event_region_words(language: str = "id") -> EventRegionWords:
    """``event_regions`` of ``lang/<language>/reconcile.yaml`` read once: the level words of areas, the words
    of an event and the words that make an area someone's home or a body's office. Raises LanguageDataError
    when the language has no reconcile.yaml."""
    data = load_data("reconcile", language).get("event_regions") or {}
    levels = [(w, str(level)) for level, words in (data.get("levels") or {}).items() for w in word_tuples(words)]
    events = word_tuples(data.get("event_words"))
    return EventRegionWords(tuple(sorted(levels, key=lambda x: -len(x[0]))),
                            tuple(sorted(events, key=len, reverse=True)),
                            lower_words(data.get("not_the_site")),
                            int(data.get("reach", 5)), int(data.get("max_name_words", 3)),
                            int(data.get("max_days_apart", 1)))


@dataclass(slots=True)
class EventArea:
    """One area a source names as where its event happened, at one level ("Kecamatan Gunungsari": kecamatan
    "gunungsari")."""

    doc: Document
    source: str
    level: str
    name: tuple[str, ...]  # lower case words
    written: str
    sentence: str


def event_areas(d: Document, source: str, ew: EventRegionWords) -> list[EventArea]:
    """The areas ``d`` names as where its event happened: "terbalik di ..., Kecamatan Bintan Timur,
    Kabupaten Bintan" gives kecamatan "bintan timur" and kabupaten "bintan"."""
    out = []
    events = [(e, None) for e in ew.event_words]
    # phrases are tried only where their first word stands: most words of a text start none
    event_starts = frozenset(e[0] for e in ew.event_words if e)
    level_starts = frozenset(w[0] for w, _ in ew.levels if w)
    for s, e in d.sentences:
        sentence = d.text[s:e]
        raw = _WORD.findall(sentence)
        low = [w.lower() for w in raw]
        present = set(low)
        if present.isdisjoint(level_starts) or not any(
                low[j] in event_starts and phrase_at(low, j, events) for j in range(len(low))):
            continue
        for i in range(len(low)):
            if low[i] not in level_starts:
                continue
            found = phrase_at(low, i, ew.levels)
            if found is None or not raw[i][:1].isupper():
                continue  # "kota" in lower case is a town in general, not a city's name
            words, level = found
            if any(w in ew.not_the_site for w in low[max(0, i - ew.reach):i]):
                continue
            k = i + len(words)
            name: list[str] = []
            while k + len(name) < len(raw) and len(name) < ew.max_name_words:
                w = raw[k + len(name)]
                if not _NAME_WORD.match(w) or (low[k + len(name)] in level_starts
                                               and phrase_at(low, k + len(name), ew.levels)):
                    break
                name.append(w)
            if name:
                out.append(EventArea(d, source, level, tuple(w.lower() for w in name), " ".join(raw[i:k + len(name)]),
                                 sentence))
    return out


def _one_area(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One area written more or less fully or with a slip ("Cisarua" / "Casarua", "Tallo" / "Tallo
    Makassar")."""
    return set(a) <= set(b) or set(b) <= set(a) or one_name_two_spellings(list(a), list(b), named_slot_words())


@lru_cache(maxsize=1024)
def _area_pattern(name: tuple[str, ...]) -> re.Pattern[str]:
    """An area's name as whole words, any spacing, any case: built once per name, not per pair of areas. A name
    joined to another by a hyphen is a route's end, not the area named (disc49: "Tol Semarang-Batang" runs
    through Kendal too; a report placing the crash "di wilayah Kabupaten Kendal" does not name Batang as its
    place)."""
    return re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, name)) + r"(?![\w-])", re.IGNORECASE)


def _names_area(texts: list[str], name: tuple[str, ...]) -> bool:
    """Whether any of one source's ``texts`` names the area ``name`` anywhere (in a sentence of the event or not)."""
    pattern = _area_pattern(name)
    return any(pattern.search(t) for t in texts)


def event_region_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                           language: str = "id") -> list[Discrepancy]:
    """One ``detail`` item per level of area (district, regency, city) that independent sources give
    differently for the story's event: each area with its outlets."""
    ew = event_region_words(language)
    if not ew.levels or not ew.event_words:
        return []
    by_level, texts = readings_by_source(docs, by_id, language, lambda d, source: event_areas(d, source, ew),
                                         lambda a: a.level)
    out = []
    for level, areas in sorted(by_level.items()):
        told_by: dict[str, list[EventArea]] = defaultdict(list)
        for a in areas:
            told_by[a.source].append(a)
        # a source naming two areas of one level tells of both: no side
        sided = [a for a in areas if all(_one_area(a.name, b.name) for b in told_by[a.source])]

        def differ(a: EventArea, b: EventArea) -> bool:
            return not _one_area(a.name, b.name) and not _names_area(texts[a.source], b.name) \
                and not _names_area(texts[b.source], a.name)

        told = told_apart(sided, differ, ew.max_days_apart)
        if not told:
            continue
        groups: list[list[EventArea]] = []
        for a in told:
            group = next((g for g in groups if _one_area(g[0].name, a.name)), None)
            if group is None:
                groups.append([a])
            else:
                group.append(a)
        out.append(listed_detail(story, groups, "detail.region_told", "area", "detail.region", "areas"))
    return out
