"""The words of a market report (``market_moments`` of ``lang/<language>/reconcile.yaml``), read once.

A title or lead names a market ("IHSG", "rupiah", "bursa saham") and a moment of its trading day
("dibuka", "sesi I", "ditutup"): ``moment_of_lead`` says which moment a report's figures are of. The
discrepancies stage reads it to keep two moments' figures from being compared; the stories stage reads
it to key one trading day's readings of a market (``reconcile.stories.market_reading_keys``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import has_data, load_data


@dataclass(frozen=True, slots=True)
class MarketMoments:
    """``market_moments`` of ``reconcile.yaml``: the words that make a title or lead a market report's, and
    the moments of a trading day such a report says its figures are of."""

    markets: re.Pattern[str] | None
    moments: tuple[tuple[str, re.Pattern[str]], ...]
    first: tuple[str, ...]  # moments that win when a lead names two ("ditutup melemah pada sesi pertama")
    running: frozenset[str] = frozenset()  # moments a report gives the readings of its own minute after ("open")


@lru_cache(maxsize=4)
def market_moments(language: str = "id") -> MarketMoments:
    if not has_data("reconcile", language):  # a language with no reconcile data (English today) names no trading moment
        return MarketMoments(None, (), ())
    data = load_data("reconcile", language).get("market_moments") or {}

    def either(phrases: Iterable[str]) -> re.Pattern[str] | None:
        alternatives = "|".join(re.escape(str(p).lower()) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if alternatives else None

    moments = tuple((str(name), pattern) for name, words_ in (data.get("moments") or {}).items()
                    if (pattern := either(words_)) is not None)
    return MarketMoments(either(data.get("markets") or []), moments, tuple(str(m) for m in data.get("first") or []),
                         frozenset(str(m) for m in data.get("running") or []))


@lru_cache(maxsize=4096)
def moment_of_lead(title: str, lead: str, language: str = "id") -> str | None:
    """The moment of the trading day a market report is of, as its title says, else its lead
    ("IHSG Sesi I Turun ke Level 6.918": the midday break; "IHSG Ditutup di Zona Merah": the close)."""
    mm = market_moments(language)
    if mm.markets is None:
        return None
    for text in (title.lower(), lead.lower()):
        if not mm.markets.search(text):
            continue
        found = sorted((m.start(), name) for name, pattern in mm.moments for m in [pattern.search(text)] if m)
        if found:
            named = {name for _, name in found}
            return next((name for name in mm.first if name in named), found[0][1])
    return None


@lru_cache(maxsize=4096)
def names_a_market(title: str, lead: str, language: str = "id") -> bool:
    """Whether a report's title or lead names a market ("IHSG", "rupiah"): a market report, whose clock times
    and running figures are readings of the minute it was written unless it names a moment of trading."""
    mm = market_moments(language)
    return mm.markets is not None and any(mm.markets.search(text.lower()) for text in (title, lead))
