"""Claim matching: FTS5 BM25 candidates, re-ranked on what a checker would look at.

A claim pasted from WhatsApp rarely shares its wording with the fact-check that addresses it:
words are shortened, names respelled, figures written another way. The candidates come from
BM25 over stemmed keys (query keys the archive does not know are first mapped to the nearest
key it does, with rapidfuzz); each is then scored 0..1 on

- how much of the claim's weight (idf) the fact-check's claim covers, and its explanation;
- how much of the fact-check's claim the query covers (a short query must not match every long
  headline that contains one of its words);
- fuzzy word overlap (rapidfuzz ratio per word, for what stemming and spelling leave apart);
- shared names and figures, and figures that disagree;
- the BM25 score against the best candidate's, and how much of the query the archive knows.

A logistic model turns these into a probability; a match at or over ``threshold`` is shown as
a verdict, below it at most as "related".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ceksilang.factcheck.archive import Candidate, FactCheckArchive
from ceksilang.factcheck.records import Match
from ceksilang.factcheck.terms import claim_terms, colloquial_forms, word_key

FUZZY_MIN = 80.0
MAX_SEARCH_KEYS = 8
COMMON_SHARE = 0.2  # a key in more of the archive than this is not searched by,
MAX_POSTINGS = 2000  # nor one in more fact-checks than this: SQLite scores every row a key is in
INFORMATION_FULL = 20.0  # shared idf (nats) that counts as fully identifying
FEATURES = ("claim", "any", "back", "fuzzy", "names", "figures", "conflict", "known", "bm25", "ratio", "rest", "information",
            "unmatched", "rest_claim", "back_rest")


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """The re-ranker: a logistic model over ``FEATURES`` (weights fitted on the tune split of the
    gold queries by ``python -m ceksilang.train.match_weights``), and the probability at or over
    which a match is shown as a verdict."""

    candidates: int = 40
    weights: tuple[float, ...] = (0.8972, 1.073, 1.5326, 0.1835, 0.4531, 0.3619, -0.48, 0.1361, 2.8433, 1.2957, 0.9586, 2.2681,
                                  -0.5347, 0.7892, 1.3941)
    bias: float = -8.2668
    threshold: float = 0.676


DEFAULT_MATCH_SETTINGS = MatchSettings()


@dataclass(slots=True)
class QueryTerms:
    words: tuple[str, ...]
    figures: frozenset[str]
    weights: dict[str, float]  # idf of each word the archive knows; 0 for the others
    surfaces: dict[str, str]
    unknown_weight: float  # what the words the archive does not know would weigh


def query_terms(archive: FactCheckArchive, text: str) -> QueryTerms:
    terms = claim_terms(text)
    words: list[str] = []
    surfaces: dict[str, str] = {}
    for word in terms.words:
        surface = terms.surfaces.get(word, word)
        for known in _known_forms(archive, word, surface.lower()):
            if known not in surfaces:
                words.append(known)
                surfaces[known] = surface
    weights = {w: archive.idf(w) if archive.knows(w) else 0.0 for w in words}
    unknown = sum(archive.idf(w) for w in words if not archive.knows(w))
    return QueryTerms(tuple(words), frozenset(terms.figures), weights, surfaces, unknown)


def _known_forms(archive: FactCheckArchive, key: str, low: str) -> list[str]:
    """The archive's keys for a query word it does not know as written: a standard form of a
    chat spelling, the halves of a compound written as one word, or the nearest spelling."""
    if archive.knows(key) or key[0].isdigit():
        return [key]
    for form in colloquial_forms(low):
        known = word_key(form)
        if archive.knows(known):
            return [known]
    halves = archive.split_compound(key) or (archive.split_compound(low) if low.isalpha() else None)
    if halves:
        return list(halves)
    return [archive.known_spelling(key) or key]


def _features(q: QueryTerms, c: Candidate, archive: FactCheckArchive, top_bm25: float) -> tuple[float, ...]:
    total = sum(q.weights.values()) or 1.0
    claim = set(c.claim_terms)
    anywhere = claim | set(c.text_terms)
    in_claim = [w for w in q.words if w in claim]
    in_any = [w for w in q.words if w in anywhere]
    claim_weight = sum(archive.idf(t) for t in claim) or 1.0
    fuzzy = 0.0
    missing = [w for w in q.words if w not in anywhere and not w[0].isdigit() and q.weights[w]]
    unmatched = set(missing)
    if missing and anywhere:
        pool = [t for t in anywhere if not t[0].isdigit()]
        for word in missing:
            best = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
            if best:
                fuzzy += q.weights[word] * best[1] / 100.0
                unmatched.discard(word)
    names = set(c.names)
    # what the claim says about its names: a fact-check on the same person making another claim
    # shares the names but not the rest
    rest = [w for w in q.words if w not in names and q.weights[w]]
    rest_total = sum(q.weights[w] for w in rest)
    figures = set(c.figures)
    shared_figures = [f for f in q.figures if f in figures]
    values = {
        "claim": sum(q.weights[w] for w in in_claim) / total,
        "any": sum(q.weights[w] for w in in_any) / total,
        "back": sum(archive.idf(w) for w in in_claim) / claim_weight,
        "fuzzy": fuzzy / total,
        "names": sum(q.weights[w] for w in q.words if w in names) / total,
        "figures": 1.0 if shared_figures else 0.0,
        "conflict": 1.0 if q.figures and figures and not shared_figures else 0.0,
        "known": total / (total + q.unknown_weight),
        "bm25": c.bm25 / top_bm25 if top_bm25 > 0 else 0.0,
        "ratio": fuzz.token_set_ratio(" ".join(q.words), " ".join(c.claim_terms)) / 100.0,
        "rest": sum(q.weights[w] for w in rest if w in anywhere) / rest_total if rest_total else 0.0,
        # how much the shared keys say at all: three common words shared by a vague sentence and a
        # headline cover the sentence entirely, yet identify nothing
        "information": min(1.0, sum(q.weights[w] for w in in_any) / INFORMATION_FULL),
        # the rarest word of what the claim says that the fact-check has nowhere, not even
        # respelled: "X opens a school" against "X died" shares the name and misses "school"
        "unmatched": max((q.weights[w] for w in rest if w in unmatched), default=0.0) / (max(q.weights.values()) or 1.0),
        # what the claim says, found in what the fact-check's headline says it checked
        "rest_claim": sum(q.weights[w] for w in rest if w in claim) / rest_total if rest_total else 0.0,
        # and the other way round: how much of what the headline says beyond its names the claim
        # says too ("Rudi Hartono meninggal" is about the death, which a claim about a school lacks)
        "back_rest": _covered_share([t for t in claim if t not in names and not t[0].isdigit()], set(q.words), archive),
    }
    return tuple(values[name] for name in FEATURES)


def _covered_share(terms: Sequence[str], words: set[str], archive: FactCheckArchive) -> float:
    """idf share of ``terms`` found among ``words``, exactly or respelled."""
    total = sum(archive.idf(t) for t in terms)
    if not total:
        return 0.0
    pool = [w for w in words if not w[0].isdigit()]
    covered = sum(archive.idf(t) for t in terms
                  if t in words or (pool and process.extractOne(t, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)))
    return covered / total


def score(features: Sequence[float], s: MatchSettings) -> float:
    z = s.bias + sum(w * f for w, f in zip(s.weights, features))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def search_keys(archive: FactCheckArchive, q: QueryTerms) -> list[str]:
    """The keys the candidates are searched by: the rarest ones the archive knows. A key in a
    large share of the archive barely moves BM25 but makes SQLite score every row holding it
    (at 100,000 fact-checks, "beredar" alone is in thousands), so the time of a search grows with
    the archive; with the cap it stays bounded. The re-ranker still sees every key."""
    known = sorted((w for w in q.words if q.weights[w] > 0), key=lambda w: -q.weights[w])
    cap = min(COMMON_SHARE * (archive.size() or 1), MAX_POSTINGS)
    rare = [w for w in known if archive.doc_frequency(w) <= cap]
    return (rare or known[:2])[:MAX_SEARCH_KEYS]


def _scored(archive: FactCheckArchive, text: str, settings: MatchSettings
            ) -> tuple[QueryTerms, list[tuple[Candidate, tuple[float, ...]]]]:
    q = query_terms(archive, text)
    if not q.words:
        return q, []
    candidates = archive.candidates(search_keys(archive, q), settings.candidates)
    top = max((c.bm25 for c in candidates), default=0.0)
    return q, [(c, _features(q, c, archive, top)) for c in candidates]


def match_claim(archive: FactCheckArchive, text: str, limit: int = 5,
                settings: MatchSettings = DEFAULT_MATCH_SETTINGS) -> list[Match]:
    """The prior fact-checks that address ``text``, best first (at most ``limit``); each says
    whether it is strong enough to show as a verdict and what it shares with ``text``."""
    q, scored = _scored(archive, text, settings)
    ranked = [(score(features, settings), candidate) for candidate, features in scored]
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
                 ) -> list[tuple[str, tuple[float, ...]]]:
    """(fact-check id, features) of every candidate: what the weights are fitted on."""
    return [(c.check_id, features) for c, features in _scored(archive, text, settings)[1]]


def verdicts_only(matches: Sequence[Match]) -> list[Match]:
    return [m for m in matches if m.verdict]
