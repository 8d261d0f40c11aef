"""Claim matching: FTS5 BM25 candidates, re-ranked on what a checker would look at.

A claim pasted from WhatsApp rarely shares its wording with the fact-check that addresses it:
words are shortened, names respelled, figures written another way. The candidates come from
BM25 over stemmed keys (query keys the archive does not know are first mapped to the nearest
key it does, with rapidfuzz); each is then scored 0..1 on

- how much of the claim's weight (idf) the fact-check's claim covers, and its explanation;
- how much of the fact-check's claim the query covers (a short query must not match every long
  headline that contains one of its words);
- fuzzy word overlap (rapidfuzz ratio per word, for what stemming and spelling leave apart);
- shared names and figures, and figures that disagree.

A match at or over ``threshold`` is shown as a verdict; below it, at most as "related".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ceksilang.factcheck.archive import Candidate, FactCheckArchive
from ceksilang.factcheck.records import Match
from ceksilang.factcheck.terms import claim_terms

FUZZY_MIN = 80.0


@dataclass(frozen=True, slots=True)
class MatchSettings:
    candidates: int = 40
    w_claim: float = 0.35  # query weight covered by the fact-check's claim
    w_any: float = 0.25  # ... by its claim or explanation
    w_back: float = 0.15  # the fact-check claim's weight covered by the query
    w_fuzzy: float = 0.10
    w_names: float = 0.10
    w_figures: float = 0.05
    figure_conflict: float = 0.10
    threshold: float = 0.45


DEFAULT_MATCH_SETTINGS = MatchSettings()


@dataclass(slots=True)
class QueryTerms:
    words: tuple[str, ...]
    figures: frozenset[str]
    weights: dict[str, float]
    surfaces: dict[str, str]


def query_terms(archive: FactCheckArchive, text: str) -> QueryTerms:
    terms = claim_terms(text)
    words: list[str] = []
    surfaces: dict[str, str] = {}
    for word in terms.words:
        known = archive.known_spelling(word) or word
        if known not in surfaces:
            words.append(known)
            surfaces[known] = terms.surfaces.get(word, word)
    weights = {w: archive.idf(w) for w in words}
    return QueryTerms(tuple(words), frozenset(terms.figures), weights, surfaces)


def _features(q: QueryTerms, c: Candidate, archive: FactCheckArchive) -> dict[str, float]:
    total = sum(q.weights.values()) or 1.0
    claim = set(c.claim_terms)
    anywhere = claim | set(c.text_terms)
    in_claim = [w for w in q.words if w in claim]
    in_any = [w for w in q.words if w in anywhere]
    claim_weight = sum(archive.idf(t) for t in claim) or 1.0
    fuzzy = 0.0
    missing = [w for w in q.words if w not in anywhere and not w[0].isdigit()]
    if missing and anywhere:
        pool = [t for t in anywhere if not t[0].isdigit()]
        for word in missing:
            best = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
            if best:
                fuzzy += q.weights[word] * best[1] / 100.0
    names = set(c.names)
    shared_names = [w for w in q.words if w in names]
    figures = set(c.figures)
    shared_figures = [f for f in q.figures if f in figures]
    conflict = 1.0 if q.figures and figures and not shared_figures else 0.0
    return {
        "claim": sum(q.weights[w] for w in in_claim) / total,
        "any": sum(q.weights[w] for w in in_any) / total,
        "back": sum(archive.idf(w) for w in in_claim) / claim_weight,
        "fuzzy": fuzzy / total,
        "names": sum(q.weights[w] for w in shared_names) / total,
        "figures": 1.0 if shared_figures else 0.0,
        "conflict": conflict,
    }


def score(features: dict[str, float], s: MatchSettings) -> float:
    value = (s.w_claim * features["claim"] + s.w_any * features["any"] + s.w_back * features["back"]
             + s.w_fuzzy * features["fuzzy"] + s.w_names * features["names"] + s.w_figures * features["figures"]
             - s.figure_conflict * features["conflict"])
    return max(0.0, min(1.0, value))


def match_claim(archive: FactCheckArchive, text: str, limit: int = 5,
                settings: MatchSettings = DEFAULT_MATCH_SETTINGS) -> list[Match]:
    """The prior fact-checks that address ``text``, best first (at most ``limit``); each says
    whether it is strong enough to show as a verdict and what it shares with ``text``."""
    q = query_terms(archive, text)
    if not q.words:
        return []
    ranked: list[tuple[float, Candidate]] = []
    for candidate in archive.candidates(q.words, settings.candidates):
        ranked.append((score(_features(q, candidate, archive), settings), candidate))
    ranked.sort(key=lambda pair: (-pair[0], -pair[1].bm25, pair[1].check_id))
    out = []
    for value, c in ranked[:limit]:
        anywhere = set(c.claim_terms) | set(c.text_terms)
        names, figures = set(c.names), set(c.figures)
        out.append(Match(
            check=c.check, check_id=c.check_id, score=value, verdict=value >= settings.threshold,
            shared_words=[q.surfaces[w] for w in q.words if w in anywhere and w not in names and w not in figures],
            shared_names=[q.surfaces[w] for w in q.words if w in names],
            shared_figures=[q.surfaces[w] for w in q.words if w in figures and w in q.figures]))
    return out


def features_for(archive: FactCheckArchive, text: str, settings: MatchSettings = DEFAULT_MATCH_SETTINGS
                 ) -> list[tuple[str, dict[str, float]]]:
    """(fact-check id, features) of every candidate: what the evaluation tunes the weights on."""
    q = query_terms(archive, text)
    if not q.words:
        return []
    return [(c.check_id, _features(q, c, archive)) for c in archive.candidates(q.words, settings.candidates)]


def verdicts_only(matches: Sequence[Match]) -> list[Match]:
    return [m for m in matches if m.verdict]
