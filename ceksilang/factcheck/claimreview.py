"""ClaimReview JSON-LD out: a checker's verdicts in the form Google's Fact Check tools read.

``validate_claimreview`` checks an item against the fields those tools require (claimReviewed;
reviewRating with alternateName; itemReviewed as a Claim with its appearance URLs and first
appearance; author; datePublished; url); ``export_claimreview`` builds the items from the
store's verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from ceksilang.factcheck.archive import Verdict
from ceksilang.factcheck.ratings import SCALE, rating_name

# a numeric rating on schema.org's 1 (worst) .. 5 (best) scale; "unproven" has none
RATING_VALUES = {"false": 1, "misleading": 2, "missing_context": 3, "true": 5}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


def _creative_work(url: str) -> dict[str, str]:
    return {"@type": "CreativeWork", "url": url}


def claimreview_item(verdict: Verdict, language: str = "id") -> dict[str, Any]:
    label = verdict.label or rating_name(verdict.rating, language)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label}
    if verdict.rating in RATING_VALUES:
        rating.update(ratingValue=RATING_VALUES[verdict.rating], bestRating=5, worstRating=1)
    appearances = list(dict.fromkeys(verdict.appearances))
    first = verdict.first_appearance or (appearances[0] if appearances else None)
    claim: dict[str, Any] = {"@type": "Claim", "appearance": [_creative_work(u) for u in appearances]}
    if first:
        claim["firstAppearance"] = _creative_work(first)
    if verdict.claimant:
        claim["author"] = {"@type": "Person", "name": verdict.claimant}
    item: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": verdict.claim,
        "reviewRating": rating,
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": verdict.author},
        "datePublished": verdict.published,
        "inLanguage": language,
    }
    if verdict.url:
        item["url"] = verdict.url
    if verdict.explanation:
        item["reviewBody"] = verdict.explanation
    return item


def _is_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _types(node: Any) -> set[str]:
    kind = node.get("@type") if isinstance(node, dict) else None
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


def validate_claimreview(item: Any) -> list[str]:
    """What keeps ``item`` from being a ClaimReview Google's tools accept; empty when none."""
    if not isinstance(item, dict):
        return ["not a JSON object"]
    problems = []
    if "ClaimReview" not in _types(item):
        problems.append("@type is not ClaimReview")
    if not isinstance(item.get("claimReviewed"), str) or not item["claimReviewed"].strip():
        problems.append("claimReviewed: missing or empty")
    rating = item.get("reviewRating")
    if not isinstance(rating, dict) or "Rating" not in _types(rating):
        problems.append("reviewRating: missing or not a Rating")
    elif not isinstance(rating.get("alternateName"), str) or not rating["alternateName"].strip():
        problems.append("reviewRating.alternateName: missing or empty")
    elif "ratingValue" in rating:
        best, worst, value = rating.get("bestRating"), rating.get("worstRating"), rating.get("ratingValue")
        if not all(isinstance(v, (int, float)) for v in (best, worst, value)) or not worst <= value <= best:
            problems.append("reviewRating: ratingValue must lie between worstRating and bestRating")
    claim = item.get("itemReviewed")
    if not isinstance(claim, dict) or "Claim" not in _types(claim):
        problems.append("itemReviewed: missing or not a Claim")
    else:
        appearance = claim.get("appearance")
        works = appearance if isinstance(appearance, list) else [appearance] if appearance else []
        if not works:
            problems.append("itemReviewed.appearance: no URL where the claim appeared")
        elif not all(isinstance(w, dict) and _is_url(w.get("url")) for w in works):
            problems.append("itemReviewed.appearance: every appearance needs an http(s) url")
        first = claim.get("firstAppearance")
        if not isinstance(first, dict) or not _is_url(first.get("url")):
            problems.append("itemReviewed.firstAppearance: missing or without an http(s) url")
    author = item.get("author")
    if not isinstance(author, dict) or not _types(author) & {"Organization", "Person"} or not str(author.get("name") or "").strip():
        problems.append("author: missing, or not an Organization/Person with a name")
    if not isinstance(item.get("datePublished"), str) or not _ISO_DATE.match(item["datePublished"]):
        problems.append("datePublished: missing or not an ISO 8601 date")
    if not _is_url(item.get("url")):
        problems.append("url: missing or not an http(s) URL of the fact-check page")
    return problems


def export_claimreview(verdicts: Iterable[Verdict], language: str = "id") -> list[dict[str, Any]]:
    return [claimreview_item(v, language) for v in verdicts if v.rating in SCALE]
