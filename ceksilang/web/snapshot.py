"""What one page shows, indexed: a ``Snapshot`` of a few records of the served briefing.

Each page asks the served briefing (``web.stored``) for the records it needs -- one story with
its documents, one document and what its claims cite, an entity's first documents -- and gets
them as a ``Snapshot``: the records in the ``briefing.json`` dict shape
(``docs/briefing-json.md``), indexed by story, document, claim and entity for the views. Nothing
holds the whole briefing.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ceksilang import __version__
from ceksilang.text import split_sentences

OTHER_VERSIONS = 6  # a document page's claim panel quotes this many other documents' evidence

# Discrepancy status -> the story-page group it is shown in.
STATUS_GROUP = {
    "contradiction": "disputed",
    "evolving": "explained",
    "explained": "explained",
    "compatible": "explained",
    "unconfirmed": "unconfirmed",
}


@dataclass(slots=True)
class EvidenceLink:
    """One span backing a statement, with the sentence around it and where that sentence starts."""

    doc: str
    start: int
    end: int
    sentence_start: int
    before: str  # sentence text before the span (shortened around long spans)
    span_text: str
    after: str
    outlet: str | None
    published: str | None
    title: str | None

    @property
    def sentence(self) -> str:
        return f"{self.before}{self.span_text}{self.after}".strip()


@dataclass(slots=True)
class Snapshot:
    version: int
    generated: str
    documents: dict[str, dict[str, Any]]  # id -> briefing document dict (with text)
    sentences: dict[str, list[tuple[int, int]]]
    quotes_by_doc: dict[str, list[dict[str, Any]]]
    quantities_by_doc: dict[str, list[dict[str, Any]]]
    entities: dict[str, dict[str, Any]]  # without their mention lists (see entity_mentions)
    entity_mentions: dict[str, list[tuple[str, int, int, str]]]
    stories: list[dict[str, Any]]  # newest first
    story_by_id: dict[str, dict[str, Any]]
    story_of_doc: dict[str, str]
    claims: dict[str, dict[str, Any]]
    claims_by_story: dict[str, list[dict[str, Any]]]
    claims_by_doc: dict[str, list[dict[str, Any]]]
    discrepancies_by_story: dict[str, list[dict[str, Any]]]  # each with an "anchor" key: d1, d2, ...
    discrepancies_by_claim: dict[str, list[dict[str, Any]]]
    quotes_by_speaker: dict[str, list[dict[str, Any]]]
    claims_by_claimant: dict[str, list[dict[str, Any]]]  # lower-cased claimant name -> claims
    timeline_by_story: dict[str, list[dict[str, Any]]]
    errors: list[dict[str, Any]]
    stories_computed: bool
    # document -> the entities it names: a story's coverage (render.triage) without reading every mention
    entities_of_doc: dict[str, list[str]] = field(default_factory=dict)

    # ----------------------------------------------------------------- evidence

    def sentence_around(self, doc_id: str, start: int, end: int) -> tuple[int, int]:
        """The sentence holding ``start`` (the span itself when no sentence holds it)."""
        spans = self.sentences.get(doc_id) or []
        i = bisect.bisect_right(spans, (start, float("inf"))) - 1
        if 0 <= i < len(spans) and spans[i][0] <= start < spans[i][1]:
            return spans[i]
        return (start, max(end, start))

    def evidence(self, doc_id: str, start: int, end: int) -> EvidenceLink:
        doc = self.documents.get(doc_id) or {}
        text = doc.get("text") or ""
        s, e = self.sentence_around(doc_id, start, end)
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        s, e = min(s, start), max(e, end)
        lo, hi = max(s, start - 250), min(e, end + 250)  # a run-on paragraph: keep a window
        before = ("…" if lo > s else "") + text[lo:start].lstrip()
        after = text[end:hi].rstrip() + ("…" if hi < e else "")
        return EvidenceLink(doc_id, start, end, s, before, text[start:end], after, doc.get("outlet"),
                            doc.get("published"), doc.get("title"))

    def claim_evidence(self, claim: dict[str, Any], limit: int = 20, only_doc: str | None = None,
                       except_doc: str | None = None) -> list[EvidenceLink]:
        """Up to ``limit`` evidence links of ``claim`` (only/except one document's)."""
        links: list[EvidenceLink] = []
        if limit <= 0:
            return links
        for ev in claim.get("evidence") or []:
            doc = ev.get("doc")
            if doc not in self.documents or (only_doc and doc != only_doc) or (except_doc and doc == except_doc):
                continue
            links.append(self.evidence(doc, ev["start"], ev["end"]))
            if len(links) >= limit:
                break
        return links

    # ----------------------------------------------------------------- subsets in briefing shape

    def entity_dict(self, entity_id: str, docs: set[str] | None = None) -> dict[str, Any] | None:
        """The Entity record with its mentions (only those in ``docs`` when given)."""
        ent = self.entities.get(entity_id)
        if ent is None:
            return None
        refs = [{"doc": d, "start": s, "end": e, "text": t} for d, s, e, t in self.entity_mentions.get(entity_id, ())
                if docs is None or d in docs]
        return {**ent, "mentions": refs}


def _story_sort_key(story: dict[str, Any]) -> tuple[str, str]:
    return (story.get("end") or story.get("start") or "", story["id"])


def snapshot_of(data: dict[str, Any], sentences: Mapping[str, Sequence[Sequence[int]]], version: int = 1) -> Snapshot:
    """Index ``data`` (records in the briefing.json shape) for the views; ``sentences``: each
    document's sentence spans (a document without them is split here)."""
    documents = {d["id"]: d for d in data.get("documents", [])}
    spans = {d: sorted(map(tuple, sentences.get(d) or split_sentences(doc.get("text") or "")))
             for d, doc in documents.items()}

    quotes_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in data.get("quotes", []):
        quotes_by_doc[q["doc"]].append(q)
    quantities_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in data.get("quantities", []):
        quantities_by_doc[q["doc"]].append(q)

    entities: dict[str, dict[str, Any]] = {}
    entity_mentions: dict[str, list[tuple[str, int, int, str]]] = {}
    for ent in data.get("entities", []):
        entities[ent["id"]] = {k: v for k, v in ent.items() if k != "mentions"}
        entity_mentions[ent["id"]] = [(m["doc"], m["start"], m["end"], m["text"]) for m in ent.get("mentions", [])]
    entities_of_doc: dict[str, list[str]] = defaultdict(list)
    for eid, refs in entity_mentions.items():
        for d in dict.fromkeys(ref[0] for ref in refs):
            entities_of_doc[d].append(eid)

    stories = [dict(s) for s in data.get("stories", [])]
    stories_computed = bool(stories)
    stories.sort(key=_story_sort_key, reverse=True)
    story_by_id = {s["id"]: s for s in stories}
    story_of_doc = {d: s["id"] for s in stories for d in s.get("docs", []) if d in documents}

    claims = {c["id"]: c for c in data.get("claims", [])}
    claims_by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    claims_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims.values():
        claims_by_story[c.get("story") or ""].append(c)
        for d in dict.fromkeys(ev["doc"] for ev in c.get("evidence") or []):
            claims_by_doc[d].append(c)

    discrepancies_by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    discrepancies_by_claim: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for x in sorted(data.get("discrepancies", []), key=lambda x: -(x.get("score") or 0.0)):
        sid = x.get("story") or _story_of_claims(x, claims) or ""
        # its place in its story's list; given when only some of the story's were read (a document page)
        item = {**x, "anchor": x.get("anchor") or f"d{len(discrepancies_by_story[sid]) + 1}"}
        discrepancies_by_story[sid].append(item)
        for cid in x.get("claims", []):
            discrepancies_by_claim[cid].append({**item, "story": sid})

    quotes_by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in data.get("quotes", []):
        if q.get("speaker"):
            quotes_by_speaker[q["speaker"]].append(q)
    claims_by_claimant: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims.values():
        if c.get("claimant"):
            claims_by_claimant[c["claimant"].strip().lower()].append(c)

    timeline_by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in data.get("timeline", []):
        timeline_by_story[ev.get("story") or ""].append(ev)

    snap = Snapshot(
        version=version, generated=data.get("generated", ""), documents=documents, sentences=spans,  # type: ignore[arg-type]
        quotes_by_doc=dict(quotes_by_doc), quantities_by_doc=dict(quantities_by_doc), entities=entities,
        entity_mentions=entity_mentions, stories=stories, story_by_id=story_by_id, story_of_doc=story_of_doc,
        claims=claims, claims_by_story=dict(claims_by_story), claims_by_doc=dict(claims_by_doc),
        discrepancies_by_story=dict(discrepancies_by_story), discrepancies_by_claim=dict(discrepancies_by_claim),
        quotes_by_speaker=dict(quotes_by_speaker), claims_by_claimant=dict(claims_by_claimant),
        entities_of_doc=dict(entities_of_doc),
        timeline_by_story=dict(timeline_by_story), errors=data.get("errors", []), stories_computed=stories_computed,
    )
    return snap


def _story_of_claims(x: dict[str, Any], claims: dict[str, dict[str, Any]]) -> str | None:
    for cid in x.get("claims", []):
        if cid in claims and claims[cid].get("story"):
            return claims[cid]["story"]
    return None


def briefing_subset(snap: Snapshot, doc_ids: list[str], story_ids: list[str],
                    spans: dict[str, dict[str, list[dict[str, Any]]]]) -> dict[str, Any]:
    """A briefing.json-shaped dict restricted to ``doc_ids`` (and the stories ``story_ids``).

    ``spans`` maps a document id to its ``mentions`` and ``dates`` (read from the store).
    """
    docset = set(doc_ids)
    documents = [snap.documents[d] for d in doc_ids if d in snap.documents]
    mentions = [m for d in doc_ids for m in spans.get(d, {}).get("mentions", [])]
    dates = [t for d in doc_ids for t in spans.get(d, {}).get("dates", [])]
    entity_ids = sorted({m["entity"] for m in mentions if m.get("entity") in snap.entities})
    claims = {c["id"]: c for d in doc_ids for c in snap.claims_by_doc.get(d, [])}
    discrepancies = [x for s in story_ids for x in snap.discrepancies_by_story.get(s, []) if docset & set(x.get("docs", []))]
    timeline = [t for s in story_ids for t in snap.timeline_by_story.get(s, [])
                if any(ev.get("doc") in docset for ev in t.get("sources", []))]
    stories = [snap.story_by_id[s] for s in story_ids if s in snap.story_by_id and snap.stories_computed]
    quotes = [q for d in doc_ids for q in snap.quotes_by_doc.get(d, [])]
    quantities = [q for d in doc_ids for q in snap.quantities_by_doc.get(d, [])]
    return {
        "version": data_version(),
        "generated": snap.generated,
        "documents": documents,
        "errors": [],
        "entities": [snap.entity_dict(e, docset) for e in entity_ids],
        "mentions": mentions,
        "quotes": quotes,
        "quantities": quantities,
        "dates": dates,
        "stories": stories,
        "claims": list(claims.values()),
        "discrepancies": [{k: v for k, v in x.items() if k != "anchor"} for x in discrepancies],
        "timeline": timeline,
        "stats": {"documents": len(documents), "mentions": len(mentions), "quotes": len(quotes),
                  "quantities": len(quantities), "dates": len(dates)},
    }


def data_version() -> str:
    return __version__
