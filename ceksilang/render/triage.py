"""The order a story's differences are read in: what a fact-checker acts on first.

A story of many outlets has a handful of differences that matter (two speakers for one quote, a
detail told two ways) among dozens of single-outlet figures and quotes. ``triage`` puts them in
tiers by what the reconciler found (``Settings.triage_tiers``: contradictions, then differences
whose explanation is only a possibility to confirm, then wording changes, then differences
explained by scope, then what one outlet alone reports) and, within a tier, ranks them by

* checkability: the check-worthiness score (``factcheck.checkworthy``) of the sentences the item
  rests on, so a specific figure about many people comes before an opinion or a forecast;
* centrality: how much of the story talks about what the item is about, i.e. the share of the
  story's documents naming the entities of its figure subjects, speakers and places.

Ties keep the input order. Pure: the caller gives the items and the story's coverage, in the
shapes the briefing (``render.sections``) and the web app (``web.views``) already hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ceksilang.factcheck.checkworthy import checkworthiness, checkworthy_cues
from ceksilang.lang import LanguageDataError
from ceksilang.render.i18n import N_, gettext_for
from ceksilang.settings import DEFAULT, Settings

TIER_LABELS = {
    "contradiction": N_("Contradictions"),
    "to_confirm": N_("Differences to confirm"),
    "wording": N_("Wording changes"),
    "explained": N_("Explained differences"),
    "singleton": N_("One outlet only"),
}
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_LONGEST_NAME_WORDS = 6  # entity names longer than this many words are not looked for inside a text


@dataclass(frozen=True, slots=True)
class TriageItem:
    """One difference or single-outlet statement, as much as the ranking needs of it."""

    kind: str  # the discrepancy kind, or the claim kind of a single-outlet statement
    status: str  # the discrepancy status ("unconfirmed" for a single-outlet statement)
    sentences: tuple[str, ...]  # the sentences it rests on (its explanation when it has no evidence)
    about: tuple[str, ...] = ()  # figure subjects, speakers and places of its claims (or its explanation)
    docs: frozenset[str] = frozenset()
    language: str = "id"


@dataclass(frozen=True, slots=True)
class StoryCoverage:
    """Which of a story's documents name each entity: keyed by every lower-cased name and alias."""

    documents: int
    named_in: dict[tuple[str, ...], frozenset[str]]


@dataclass(frozen=True, slots=True)
class Ranked:
    index: int  # position of the item in the input
    tier: str
    checkability: float
    centrality: float
    score: float
    cues: tuple[str, ...] = ()


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def story_coverage(story_docs: Iterable[str], entities: Iterable[tuple[Iterable[str], Iterable[str]]]) -> StoryCoverage:
    """The coverage of a story from its documents and its entities as (names and aliases, documents
    naming it); documents outside the story do not count."""
    docs = frozenset(story_docs)
    named_in: dict[tuple[str, ...], frozenset[str]] = {}
    for names, mentioned in entities:
        inside = docs.intersection(mentioned)
        if not inside:
            continue
        for name in names:
            key = _words(name)
            if key and len(key) <= _LONGEST_NAME_WORDS and (len(key) > 1 or len(key[0]) >= 3):
                named_in[key] = named_in.get(key, frozenset()) | inside
    return StoryCoverage(len(docs), named_in)


def claims_about(claims: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    """What claims (briefing.json shapes) are about, for ``TriageItem.about``: figure subjects,
    speakers and places."""
    return tuple(str(v) for c in claims
                 for v in (c.get("subject"), c.get("claimant"), (c.get("scope") or {}).get("place")) if v)


def tier_of(kind: str, status: str, settings: Settings = DEFAULT) -> str:
    """The first rule of ``settings.triage_tiers`` matching the kind and the status."""
    for rule_kind, rule_status, tier in settings.triage_tiers:
        if rule_kind in ("*", kind) and rule_status in ("*", status):
            return tier
    return settings.triage_tier_order[-1]


def checkability(item: TriageItem) -> tuple[float, tuple[str, ...]]:
    """The check-worthiness of the most checkable sentence the item rests on, with its cues."""
    best: tuple[float, tuple[str, ...]] | None = None
    language = item.language if _has_cues(item.language) else "id"
    for sentence in item.sentences:
        score, cues = checkworthiness(sentence, language)
        if best is None or score > best[0]:
            best = (score, tuple(cues))
    return best or (0.0, ())


@lru_cache(maxsize=8)
def _has_cues(language: str) -> bool:
    """Whether ``lang/<language>/`` has check-worthiness cues; without them a sentence is read with
    the Indonesian ones (its figures still count, its words match none)."""
    try:
        checkworthy_cues(language)
    except LanguageDataError:
        return False
    return True


def centrality(item: TriageItem, coverage: StoryCoverage) -> float:
    """Mean share of the story's documents naming each entity the item is about; without a known
    entity, the share of the documents the item itself comes from."""
    if coverage.documents <= 0:
        return 0.0
    shares: dict[tuple[str, ...], float] = {}
    for text in item.about:
        words = _words(text)
        taken = [False] * len(words)  # longest names first: "Korea Utara" is not also "Korea"
        for size in range(min(_LONGEST_NAME_WORDS, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                key = words[start: start + size]
                if key in coverage.named_in and not any(taken[start: start + size]):
                    shares[key] = len(coverage.named_in[key]) / coverage.documents
                    taken[start: start + size] = [True] * size
    if shares:
        return sum(shares.values()) / len(shares)
    return min(1.0, len(item.docs) / coverage.documents)


def triage(items: Sequence[TriageItem], coverage: StoryCoverage, settings: Settings = DEFAULT) -> list[Ranked]:
    """The items in reading order: by tier, then most checkable and central first; ties keep their order."""
    order = {tier: i for i, tier in enumerate(settings.triage_tier_order)}
    ranked = []
    for i, item in enumerate(items):
        check, cues = checkability(item)
        central = centrality(item, coverage)
        score = check + settings.triage_centrality_weight * central
        ranked.append(Ranked(i, tier_of(item.kind, item.status, settings), check, central, round(score, 6), cues))
    ranked.sort(key=lambda r: (order.get(r.tier, len(order)), -r.score, r.index))
    return ranked


def fold(count: int, settings: Settings = DEFAULT) -> int:
    """How many of ``count`` ranked items to show before folding the rest: all of them when the
    fold would hide only a few."""
    visible = settings.triage_visible
    return count if count <= visible + settings.triage_min_folded - 1 else visible


def tier_label(tier: str, lang: str) -> str:
    """A tier as ``lang`` names it (the key itself when unknown)."""
    return gettext_for(lang)(TIER_LABELS[tier]) if tier in TIER_LABELS else tier
