"""Prior fact-checks and check-worthy sentences for the briefing pages.

Takes the page data of a briefing (the dict the Markdown and HTML renderers read) and, when the
store holds fact-checks, the archive; adds ``prior_checks`` (claim id -> the fact-checks strong
enough to show as a verdict, as badges) and ``checkworthy`` (story id -> its most checkable
sentences, each with its own prior checks). The renderers show what is there and nothing when
it is absent, so a briefing without an archive looks as before, with the sentences to check.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ceksilang.factcheck.archive import FactCheckArchive
from ceksilang.factcheck.checkworthy import checkworthiness
from ceksilang.factcheck.match import match_claim
from ceksilang.factcheck.ratings import rating_name
from ceksilang.factcheck.records import Match
from ceksilang.ingest.metadata import without_dateline
from ceksilang.text import split_sentences

SENTENCES_PER_STORY = 5
MIN_CHECKWORTHY = 2.0  # a sentence scoring less is not listed: it has no cue of a checkable fact
BADGES_PER_ITEM = 2
MAX_SENTENCE_CHARS = 600


def badge(match: Match) -> dict[str, Any]:
    """What a badge shows: "TurnBackHoax: SALAH, 2023-05-01", linked to the fact-check."""
    check = match.check
    label = check.label or rating_name(check.rating, check.language)
    text = f"{check.publisher}: {label}" + (f", {check.published}" if check.published else "")
    return {"id": match.check_id, "text": text, "url": check.url, "rating": check.rating, "claim": check.claim,
            "score": round(match.score, 3)}


def _badges(archive: FactCheckArchive | None, text: str, cache: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    if archive is None or not text.strip():
        return []
    if text not in cache:
        cache[text] = [badge(m) for m in match_claim(archive, text[:MAX_SENTENCE_CHARS], limit=BADGES_PER_ITEM)
                       if m.verdict]
    return cache[text]


def _sentence_at(doc: dict[str, Any], spans: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    for a, b in spans:
        if a <= start < b:
            return a, b
    return None


def annotate_briefing(data: dict[str, Any], archive: FactCheckArchive | None) -> None:
    """Add ``prior_checks`` and ``checkworthy`` to the page data ``data`` (in place)."""
    docs = {d["id"]: d for d in data.get("documents", [])}
    spans: dict[str, list[tuple[int, int]]] = {}

    def sentences(doc_id: str) -> list[tuple[int, int]]:
        if doc_id not in spans:
            spans[doc_id] = split_sentences(docs[doc_id].get("text") or "")
        return spans[doc_id]

    cache: dict[str, list[dict[str, Any]]] = {}
    prior: dict[str, list[dict[str, Any]]] = {}
    if archive is not None and archive.count():
        for claim in data.get("claims", []):
            evidence = next((e for e in claim.get("evidence") or () if e.get("doc") in docs), None)
            if evidence is None:
                continue
            span = _sentence_at(docs[evidence["doc"]], sentences(evidence["doc"]), evidence["start"])
            text = docs[evidence["doc"]]["text"][span[0]:span[1]] if span else str(claim.get("value") or "")
            found = _badges(archive, text, cache)
            if found:
                prior[claim["id"]] = found
    else:
        archive = None
    worthy: dict[str, list[dict[str, Any]]] = {}
    for story in data.get("stories", []):
        ranked: list[tuple[float, int, dict[str, Any]]] = []
        seen: set[str] = set()
        for doc_id in story.get("docs", []):
            doc = docs.get(doc_id)
            if doc is None or doc.get("duplicate_of") or doc.get("derived_from"):
                continue  # a copy's sentences are its source's
            for start, end in sentences(doc_id):
                text = without_dateline(doc["text"][start:end].strip(), start)
                key = " ".join(text.lower().split())
                if not text or key in seen:
                    continue
                seen.add(key)
                score, cues = checkworthiness(text)
                if score >= MIN_CHECKWORTHY:
                    ranked.append((score, len(ranked), {"doc": doc_id, "start": start, "end": end, "text": text,
                                                        "score": round(score, 2), "cues": cues}))
        ranked.sort(key=lambda t: (-t[0], t[1]))
        items = [item for _, _, item in ranked[:SENTENCES_PER_STORY]]
        for item in items:
            item["checks"] = _badges(archive, item["text"], cache)
        if items:
            worthy[story["id"]] = items
    data["prior_checks"] = prior
    data["checkworthy"] = worthy


def annotator_for(db_path: str | Path | None) -> Callable[[dict[str, Any]], None]:
    """A function annotating page data from the store at ``db_path`` (its archive, if any)."""

    def annotate(data: dict[str, Any]) -> None:
        if db_path is None:
            annotate_briefing(data, None)
            return
        with FactCheckArchive(db_path) as archive:
            annotate_briefing(data, archive)

    return annotate
