"""What each page shows, computed from a ``Snapshot``: plain data for the templates (and tests).

* ``story_view``    - a story's differences in triage order (filtered by kind, status, outlet,
                      speaker), established statements, timeline, figures, who said what and
                      sources, each with its evidence;
* ``document_spans`` - the highlighted spans of one article and the claims they belong to;
* ``compare_view``  - two or more articles side by side, claims aligned row by row;
* ``entity_view``   - what one person or organisation said or is said to have done.

Lists are capped (``LIMIT``): a story of thousands of clones must still render quickly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from textwrap import shorten
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from ceksilang.model import Document
from ceksilang.render.charts import StoryCharts, story_charts
from ceksilang.render.explain import discrepancy_text
from ceksilang.render.i18n import N_, gettext_for, label as shown_label
from ceksilang.render.locale import DEFAULT_LANG, format_date, format_number
from ceksilang.render.sections import speakers_label
from ceksilang.render.triage import (StoryCoverage, TriageItem, claims_about, fold, story_coverage, tier_label,
                                     triage)
from ceksilang.web.marks import LAYER_INNER, LAYER_QUOTE, Span, mark, sentence
from ceksilang.web.snapshot import OTHER_VERSIONS, STATUS_GROUP, EvidenceLink, Snapshot

LIMIT = 200
QUALIFIER_WORDS = {"exact": "", "approx": N_("about"), "at_least": N_("at least"), "at_most": N_("at most"),
                   "more_than": N_("more than"), "less_than": N_("less than")}


def url_id(value: str) -> str:
    """An id as one URL path segment ("05_wartakini#1" -> "05_wartakini%231")."""
    return quote(value, safe="")


def doc_url(doc_id: str, sentence_start: int | None = None) -> str:
    return f"/documents/{url_id(doc_id)}" + (f"#s-{sentence_start}" if sentence_start is not None else "")


def compare_url(doc_ids: list[str]) -> str:
    return "/compare?docs=" + ",".join(url_id(d) for d in doc_ids)


def fmt_number(x: Any, lang: str = DEFAULT_LANG) -> str:
    return format_number(x, lang)


def figure_text(value: Any, lang: str = DEFAULT_LANG) -> str:
    """"more than 8.000 tentara" from a figure dict (a claim value or a quantity)."""
    if not isinstance(value, dict):
        return str(value)
    if value.get("value") is not None:
        number = fmt_number(value["value"], lang)
    elif value.get("low") is not None or value.get("high") is not None:
        number = f"{fmt_number(value.get('low'), lang)}–{fmt_number(value.get('high'), lang)}"
    else:
        number = str(value.get("text") or "?")
    qualifier = QUALIFIER_WORDS.get(value.get("qualifier") or "exact", value.get("qualifier") or "")
    words = [gettext_for(lang)(qualifier) if qualifier else "", number,
             value.get("unit") or ""]
    return " ".join(w for w in words if w)


def shortened(text: str, width: int) -> str:
    """``textwrap.shorten(text, width, placeholder="…")``, reading only the start of a long text (an
    explanation of a discrepancy over many articles runs to 80 kB; shorten splits all of it)."""
    head = text[:4 * width]
    if len(head) < len(text):
        words = head.split()[:-1]  # the last may be cut short
        kept = " ".join(words)
        if len(kept) > width and len(words[0]) <= width:  # past the width on whole words: the rest is cut anyway
            return shorten(kept, width, placeholder="…")
    return shorten(text, width, placeholder="…")


def evidence_html(ev: EvidenceLink, lang: str = DEFAULT_LANG, highlight: bool = True) -> Markup:
    """One evidence quote: its source (outlet, day) linking to the sentence, and the sentence with
    the span highlighted. Written here rather than as a template macro: a story or entity page
    shows hundreds, and a Jinja macro call costs several times the string work. Every value is
    escaped (``escape`` gives markup-safe text, so the f-string joins only escaped pieces)."""
    day = f" · {escape(format_date(ev.published[:10], lang))}" if ev.published else ""
    span = f'<mark class="hl">{escape(ev.span_text)}</mark>' if highlight else escape(ev.span_text)
    return Markup(f'<blockquote class="ev"><a class="src" href="{escape(doc_url(ev.doc, ev.sentence_start))}">'
                  f'{escape(ev.outlet or ev.doc)}{day}</a>\n“{escape(ev.before)}{span}{escape(ev.after)}”</blockquote>')


def describe_claim(claim: dict[str, Any], lang: str = DEFAULT_LANG) -> str:
    _ = gettext_for(lang)
    kind, value = claim.get("kind"), claim.get("value")
    if kind == "figure":
        text = f"{claim.get('subject') or _('figure')}: {figure_text(value, lang)}"
        scope = claim.get("scope") or {}
        where = ", ".join(str(scope[k]) for k in ("place", "time") if scope.get(k))
        according = " " + _("— according to {claimant}").format(claimant=claim["claimant"]) if claim.get("claimant") else ""
        return text + (f" ({where})" if where else "") + according
    if kind == "quote":
        co_speakers = (claim.get("scope") or {}).get("co_speakers") or []
        return f"{speakers_label(claim.get('claimant'), co_speakers, lang)}: “{value}”"
    return str(value or claim.get("subject") or "")


def claim_outlets(claim: dict[str, Any], snap: Snapshot) -> list[str]:
    outlets = claim.get("outlets") or [snap.documents.get(d, {}).get("outlet") or d for d in claim.get("docs", [])]
    return list(dict.fromkeys(o for o in outlets if o))


# --------------------------------------------------------------------------- story


@dataclass(slots=True)
class Statement:
    text: str
    kind: str
    evidence: list[EvidenceLink]
    outlets: list[str] = field(default_factory=list)
    claim: str | None = None


@dataclass(slots=True)
class DiscrepancyView:
    anchor: str
    kind: str
    status: str
    explanation: str
    score: float
    claims: list[Statement]
    compare: str
    edit: dict[str, Any] | None = None  # kind "edit": before/after and the archived copies
    docs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class StoryView:
    story: dict[str, Any]
    disputed: list[DiscrepancyView]
    explained: list[DiscrepancyView]
    unconfirmed: list[Statement | DiscrepancyView]
    established: list[Statement]
    timeline: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    speakers: list[tuple[str, list[Statement]]]
    sources: list[dict[str, Any]]
    outlets: list[str]
    total_sources: int
    computed: bool  # False: no claims/discrepancies in the store yet (reconciliation not run)
    charts: StoryCharts = field(default_factory=StoryCharts)  # disputed figures and the timeline, as SVG
    triage: TriageList | None = None


TRIAGE_FILTERS = ("kind", "status", "outlet", "speaker")


@dataclass(frozen=True, slots=True)
class TriageFilters:
    """The story page's filters (GET parameters); an empty value does not filter."""

    kind: str = ""
    status: str = ""
    outlet: str = ""
    speaker: str = ""

    def values(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in TRIAGE_FILTERS}

    def active(self) -> bool:
        return any(self.values().values())


@dataclass(slots=True)
class TriageEntry:
    item: Statement | DiscrepancyView
    tier: str
    tier_label: str
    kind: str
    status: str
    outlets: list[str]
    speakers: list[str]
    label: str  # what a screen reader announces on reaching the item


@dataclass(slots=True)
class TriageList:
    entries: list[TriageEntry]  # the filtered entries, in triage order
    visible: int  # entries shown before the fold
    total: int  # entries before filtering
    options: dict[str, list[str]]  # per filter, the values this story has
    filters: TriageFilters
    unknown: list[tuple[str, str]]  # (filter, value) pairs this story has no item for


def _statement(snap: Snapshot, claim: dict[str, Any], evidence: int = 20, lang: str = DEFAULT_LANG) -> Statement:
    return Statement(describe_claim(claim, lang), claim.get("kind") or "", snap.claim_evidence(claim, evidence),
                     claim_outlets(claim, snap), claim.get("id"))


def _discrepancy_view(snap: Snapshot, x: dict[str, Any], evidence: int = 20, lang: str = DEFAULT_LANG) -> DiscrepancyView:
    claims = [_statement(snap, snap.claims[c], evidence, lang) for c in x.get("claims", []) if c in snap.claims]
    docs = [d for d in x.get("docs", []) if d in snap.documents]
    return DiscrepancyView(x["anchor"], x.get("kind") or "", x.get("status") or "", discrepancy_text(x, lang),
                           float(x.get("score") or 0.0), claims, compare_url(docs[:4]) if len(docs) >= 2 else "",
                           x.get("edit"), docs)


def _date_key(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("from") or value.get("to") or "")
    return str(value or "")


def story_view(snap: Snapshot, story_id: str, lang: str = DEFAULT_LANG,
               filters: TriageFilters | None = None) -> StoryView | None:
    story = snap.story_by_id.get(story_id)
    if story is None:
        return None
    doc_ids = [d for d in story.get("docs", []) if d in snap.documents]
    groups: dict[str, list[DiscrepancyView]] = defaultdict(list)
    disputed_claims: set[str] = set()
    mentioned_claims: set[str] = set()
    for x in snap.discrepancies_by_story.get(story_id, []):
        group = STATUS_GROUP.get(x.get("status") or "", "explained")
        if x.get("kind") == "singleton":
            group = "unconfirmed"
        mentioned_claims.update(x.get("claims", []))
        if group == "disputed":
            disputed_claims.update(x.get("claims", []))
        if len(groups[group]) < LIMIT:
            groups[group].append(_discrepancy_view(snap, x, lang=lang))

    claims = snap.claims_by_story.get(story_id, [])
    established, unconfirmed = [], list(groups["unconfirmed"])
    for c in claims:
        outlets = claim_outlets(c, snap)
        if len(outlets) >= 2 and c["id"] not in disputed_claims and len(established) < LIMIT:
            established.append(_statement(snap, c, lang=lang))
        elif len(outlets) < 2 and c["id"] not in mentioned_claims and len(unconfirmed) < LIMIT:
            unconfirmed.append(_statement(snap, c, lang=lang))

    figures = _figure_rows(snap, claims, doc_ids, lang)
    speakers = _speakers(snap, claims, doc_ids, lang)
    timeline = sorted(snap.timeline_by_story.get(story_id, []), key=lambda t: _date_key(t.get("date")))[:LIMIT]
    timeline = [{**t, "evidence": [snap.evidence(e["doc"], e["start"], e["end"]) for e in t.get("sources", [])
                                   if e.get("doc") in snap.documents][:5]} for t in timeline]
    sources = sorted((snap.documents[d] for d in doc_ids), key=lambda d: (d.get("published") or "", d["id"]))
    outlets = sorted({d.get("outlet") for d in sources if d.get("outlet")})
    charts = story_charts(story, claims, snap.discrepancies_by_story.get(story_id, []), snap.documents,
                          snap.timeline_by_story.get(story_id, []), lang)
    differences = groups["disputed"] + groups["explained"] + unconfirmed
    triaged = triage_list(snap, doc_ids, differences, filters or TriageFilters(), lang)
    return StoryView(story, groups["disputed"], groups["explained"], unconfirmed, established, timeline, figures,
                     speakers, sources[: LIMIT * 2], outlets, len(sources), bool(claims) or bool(groups), charts,
                     triaged)


def _coverage(snap: Snapshot, doc_ids: list[str]) -> StoryCoverage:
    """Which of the story's documents name each entity they name."""
    named_in: dict[str, set[str]] = defaultdict(set)
    for d in doc_ids:
        for eid in snap.entities_of_doc.get(d, ()):
            named_in[eid].add(d)
    names = {e: [snap.entities[e].get("name") or "", *(snap.entities[e].get("aliases") or [])] for e in named_in}
    return story_coverage(doc_ids, ((names[e], docs) for e, docs in named_in.items()))


def _triage_entry_item(snap: Snapshot, item: Statement | DiscrepancyView) -> tuple[TriageItem, list[str], list[str]]:
    """What the triage reads of a shown item, with its outlets and speakers (for the filters)."""
    statements = item.claims if isinstance(item, DiscrepancyView) else [item]
    claims = [snap.claims[st.claim] for st in statements if st.claim in snap.claims]
    about = claims_about(claims)
    sentences = tuple(ev.sentence for st in statements for ev in st.evidence[:6])
    if isinstance(item, DiscrepancyView):
        kind, status, text = item.kind, item.status, item.explanation
        docs = list(item.docs) or [d for c in claims for d in c.get("docs", [])]
    else:
        kind, status, text = item.kind, "unconfirmed", item.text
        docs = [d for c in claims for d in c.get("docs", [])]
    outlets = list(dict.fromkeys(o for st in statements for o in st.outlets))
    if not outlets:
        outlets = list(dict.fromkeys(snap.documents[d].get("outlet") or d for d in docs if d in snap.documents))
    speakers = list(dict.fromkeys(str(c["claimant"]) for c in claims if c.get("claimant")))
    language = next((snap.documents[d].get("language") for d in docs
                     if d in snap.documents and snap.documents[d].get("language")), "id")
    return (TriageItem(kind, status, sentences or (text,), about or (text,), frozenset(docs), language),
            outlets, speakers)


def _matches(entry: TriageEntry, filters: TriageFilters) -> bool:
    wanted = {name: value.casefold() for name, value in filters.values().items() if value}
    have = {"kind": [entry.kind], "status": [entry.status], "outlet": entry.outlets, "speaker": entry.speakers}
    return all(value in {h.casefold() for h in have[name]} for name, value in wanted.items())


def triage_list(snap: Snapshot, doc_ids: list[str], items: list[Statement | DiscrepancyView],
                filters: TriageFilters, lang: str = DEFAULT_LANG) -> TriageList:
    """The story's differences and single-outlet statements in triage order (``render.triage``),
    those matching ``filters``; a filter value the story has no item for is reported, not refused."""
    read = [_triage_entry_item(snap, item) for item in items]
    ranked = triage([r[0] for r in read], _coverage(snap, doc_ids))
    entries = []
    for r in ranked:
        item, (triaged, outlets, speakers) = items[r.index], read[r.index]
        tier = tier_label(r.tier, lang)
        what = item.explanation if isinstance(item, DiscrepancyView) else item.text
        entries.append(TriageEntry(item, r.tier, tier, triaged.kind, triaged.status, outlets, speakers,
                                   f"{tier} · {shown_label(triaged.kind, lang)}: {shortened(what, 120)}"))
    options = {"kind": sorted({e.kind for e in entries if e.kind}),
               "status": sorted({e.status for e in entries if e.status}),
               "outlet": sorted({o for e in entries for o in e.outlets}, key=str.casefold),
               "speaker": sorted({p for e in entries for p in e.speakers}, key=str.casefold)}
    unknown = [(name, value) for name, value in filters.values().items()
               if value and value.casefold() not in {o.casefold() for o in options[name]}]
    shown = [e for e in entries if _matches(e, filters)]
    return TriageList(shown, fold(len(shown)), len(entries), options, filters, unknown)


def _figure_rows(snap: Snapshot, claims: list[dict[str, Any]], doc_ids: list[str],
                 lang: str = DEFAULT_LANG) -> list[dict[str, Any]]:
    rows = []
    for c in claims:
        if c.get("kind") != "figure":
            continue
        scope = c.get("scope") or {}
        rows.append({"subject": c.get("subject"), "value": figure_text(c.get("value"), lang), "place": scope.get("place"),
                     "time": scope.get("time"), "claimant": c.get("claimant"), "outlets": claim_outlets(c, snap),
                     "evidence": snap.claim_evidence(c, 10), "claim": c["id"]})
        if len(rows) >= LIMIT:
            return rows
    if rows or claims:
        return rows
    for d in doc_ids:  # no claims yet: list the extracted figures themselves
        for q in snap.quantities_by_doc.get(d, []):
            if not q.get("unit"):
                continue
            rows.append({"subject": q.get("unit"), "value": figure_text(q, lang), "place": q.get("place"),
                         "time": q.get("time"), "claimant": q.get("claimant"),
                         "outlets": [snap.documents[d].get("outlet") or d],
                         "evidence": [snap.evidence(d, q["start"], q["end"])], "claim": None})
            if len(rows) >= LIMIT:
                return rows
    return rows


def _speakers(snap: Snapshot, claims: list[dict[str, Any]], doc_ids: list[str],
              lang: str = DEFAULT_LANG) -> list[tuple[str, list[Statement]]]:
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    quote_claims = [c for c in claims if c.get("kind") == "quote"]
    for c in quote_claims[:LIMIT]:
        # a joint statement is grouped under all who say it ("A, B (joint statement)")
        who = speakers_label(c["claimant"], (c.get("scope") or {}).get("co_speakers") or [], lang) \
            if c.get("claimant") else "unattributed"
        by_speaker[who].append(_statement(snap, c, lang=lang))
    if not quote_claims:
        count = 0
        for d in doc_ids:
            for q in snap.quotes_by_doc.get(d, []):
                if q.get("kind") == "indirect" or count >= LIMIT:
                    continue
                count += 1
                joint = [co.get("name") for co in q.get("co_speakers") or []]
                who = speakers_label(q["speaker_name"], joint, lang) if q.get("speaker_name") else "unattributed"
                by_speaker[who].append(
                    Statement(f"“{q['text']}”", "quote", [snap.evidence(d, q["start"], q["end"])],
                              [snap.documents[d].get("outlet") or d]))
    return sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))


# --------------------------------------------------------------------------- document


@dataclass(slots=True)
class ClaimPanel:
    id: str
    text: str
    kind: str
    own: list[EvidenceLink]
    others: list[EvidenceLink]
    discrepancies: list[DiscrepancyView]  # also in DocumentPanels.discrepancies, where the page shows them in full
    panel_ids: list[str] = field(default_factory=list)  # the page ids of those discrepancies' entries


@dataclass(slots=True)
class DocumentPanels:
    """The side panel of a document page: its claims, and the discrepancies they are part of, each once
    (a discrepancy of many claims is referred to from every claim's entry, not repeated in each)."""

    claims: list[ClaimPanel]
    discrepancies: list[tuple[str, DiscrepancyView]]  # (page id, view), in the order the claims name them


def document_spans(doc: Document, snap: Snapshot,
                   lang: str = DEFAULT_LANG) -> tuple[list[Span], DocumentPanels, list[dict[str, Any]]]:
    """The spans to mark in ``doc``, the panels of its claims (with their discrepancies, each once),
    and the entities it names."""
    claims = snap.claims_by_doc.get(doc.id, [])
    evidence = [(ev["start"], ev["end"], c["id"]) for c in claims for ev in c.get("evidence", []) if ev.get("doc") == doc.id]

    def claims_at(start: int, end: int) -> str | None:
        ids = dict.fromkeys(cid for s, e, cid in evidence if s < end and start < e)
        return " ".join(ids) or None

    sentences = [tuple(s) for s in doc.sentences] or snap.sentences.get(doc.id, [])
    spans: list[Span] = [sentence(s, e) for s, e in sentences]
    for q in doc.quotes:
        who = speakers_label(q.speaker_name, [co.name for co in q.co_speakers], lang) if q.speaker_name else "unattributed"
        spans.append(mark(q.start, q.end, LAYER_QUOTE, "quote", data_speaker=q.speaker_name or "unattributed",
                          data_quote=q.kind, data_claims=claims_at(q.start, q.end),
                          data_entity=q.speaker if q.speaker in snap.entities else None,
                          title=f"{q.kind} quote — {who}"))
    for m in doc.mentions:
        ent = snap.entities.get(m.entity or "")
        label = ent["type"] if ent else m.label  # the linked type over the extractor's label
        spans.append(mark(m.start, m.end, LAYER_INNER, "entity", data_label=label,
                          data_entity=m.entity if ent else None, data_claims=claims_at(m.start, m.end),
                          title=f"{label} — {ent['name'] if ent else m.text}"))
    for q in doc.quantities:
        spans.append(mark(q.start, q.end, LAYER_INNER, "figure", data_value=q.value, data_unit=q.unit,
                          data_claims=claims_at(q.start, q.end), title=f"figure — {figure_text(q.to_dict(), lang)}"))
    for t in doc.dates:
        value = t.value if isinstance(t.value, str) or t.value is None else f"{t.value.get('from')}/{t.value.get('to')}"
        spans.append(mark(t.start, t.end, LAYER_INNER, "date", data_value=value, data_claims=claims_at(t.start, t.end),
                          title=f"date — {value or 'unresolved'}"))

    panels = []
    shown: dict[tuple[str, str], tuple[str, DiscrepancyView]] = {}  # (story, anchor) -> (page id, view)
    for c in claims[:LIMIT]:
        own = snap.claim_evidence(c, 3, only_doc=doc.id)
        others = snap.claim_evidence(c, OTHER_VERSIONS, except_doc=doc.id)
        discrepancies, panel_ids = [], []
        for x in snap.discrepancies_by_claim.get(c["id"], [])[:3]:
            key = (x.get("story") or "", x["anchor"])
            if key not in shown:
                shown[key] = (f"x{len(shown) + 1}", _discrepancy_view(snap, x, evidence=0, lang=lang))
            panel_ids.append(shown[key][0])
            discrepancies.append(shown[key][1])
        panels.append(ClaimPanel(c["id"], describe_claim(c, lang), c.get("kind") or "", own, others, discrepancies,
                                 panel_ids))
    entity_ids = dict.fromkeys(m.entity for m in doc.mentions if m.entity in snap.entities)
    entities = [snap.entities[e] for e in entity_ids]
    return spans, DocumentPanels(panels, list(shown.values())), entities


# --------------------------------------------------------------------------- compare


@dataclass(slots=True)
class CompareRow:
    kind: str  # "differs" | "agrees" | "only"
    label: str
    status: str | None
    explanation: str | None
    cells: list[list[tuple[str, EvidenceLink]]]  # per column: (claim text, evidence in that document)


def compare_view(snap: Snapshot, doc_ids: list[str], lang: str = DEFAULT_LANG) -> list[CompareRow]:
    """Rows of aligned claims across ``doc_ids``: disagreements first, then shared, then single."""
    cols = {d: i for i, d in enumerate(doc_ids)}
    used: set[str] = set()
    rows: list[CompareRow] = []

    def cells_for(claim_ids: list[str]) -> list[list[tuple[str, EvidenceLink]]]:
        cells: list[list[tuple[str, EvidenceLink]]] = [[] for _ in doc_ids]
        for cid in claim_ids:
            c = snap.claims.get(cid)
            if c is None:
                continue
            text = describe_claim(c, lang)
            for ev in c.get("evidence", []):
                if ev.get("doc") in cols and len(cells[cols[ev["doc"]]]) < 5:
                    cells[cols[ev["doc"]]].append((text, snap.evidence(ev["doc"], ev["start"], ev["end"])))
        return cells

    seen_discrepancies: set[tuple[str, str]] = set()
    for d in doc_ids:
        for c in snap.claims_by_doc.get(d, []):
            for x in snap.discrepancies_by_claim.get(c["id"], []):
                key = (x.get("story") or "", x["anchor"])
                if x.get("kind") == "singleton" or key in seen_discrepancies:
                    continue
                if len(set(x.get("docs", [])) & set(cols)) < 2:
                    continue
                seen_discrepancies.add(key)
                used.update(x.get("claims", []))
                rows.append(CompareRow("differs", x.get("kind") or "", x.get("status"), discrepancy_text(x, lang),
                                       cells_for(x.get("claims", []))))
    shared, single = [], []
    for d in doc_ids:
        for c in snap.claims_by_doc.get(d, []):
            if c["id"] in used:
                continue
            used.add(c["id"])
            present = {ev["doc"] for ev in c.get("evidence", [])} & set(cols)
            row = CompareRow("agrees" if len(present) >= 2 else "only", c.get("subject") or c.get("kind") or "",
                             None, None, cells_for([c["id"]]))
            (shared if len(present) >= 2 else single).append(row)
    return (rows + shared + single)[: LIMIT * 2]


@dataclass(slots=True)
class AlignedSentence:
    source: str
    translation: str
    similarity: float
    changes: list[tuple[str, str]]  # (meaning key, note) of each change found in this pair


@dataclass(slots=True)
class TranslationView:
    original: dict[str, Any]
    translation: dict[str, Any]
    share: float
    sentences: list[AlignedSentence]


def translation_view(snap: Snapshot, doc_ids: list[str]) -> TranslationView | None:
    """When one compared document translates another (``translated_from``), its sentences
    aligned to the original's, each with the changes the translation discrepancies found in it."""
    for doc_id in doc_ids:
        doc = snap.documents[doc_id]
        tr = doc.get("translated_from") or {}
        if tr.get("doc") not in doc_ids or tr.get("doc") == doc_id:
            continue
        original = snap.documents[tr["doc"]]
        changes: dict[str, list[tuple[str, str]]] = defaultdict(list)
        story = snap.story_of_doc.get(doc_id)
        for x in snap.discrepancies_by_story.get(story or "", []):
            if x.get("kind") != "translation":
                continue
            for c in x.get("changes") or []:
                if c.get("doc_b") == doc_id:
                    changes[(c.get("b") or "").strip()].append((c.get("meaning") or "", c.get("note") or ""))
        sentences = []
        for pair in tr.get("pairs") or []:
            (s0, s1), (t0, t1) = pair["source"], pair["translation"]
            translated = doc["text"][t0:t1].strip()
            sentences.append(AlignedSentence(original["text"][s0:s1].strip(), translated,
                                             float(pair.get("similarity") or 0.0), changes.get(translated, [])))
        return TranslationView(original, doc, float(tr.get("share") or 0.0), sentences)
    return None


# --------------------------------------------------------------------------- entity


@dataclass(slots=True)
class EntityView:
    entity: dict[str, Any]
    said: list[Statement]
    claims: list[Statement]
    mentioned: list[tuple[dict[str, Any], list[EvidenceLink]]]  # per document: sentences naming it
    total_mentions: int


def entity_view(snap: Snapshot, entity_id: str, lang: str = DEFAULT_LANG) -> EntityView | None:
    ent = snap.entities.get(entity_id)
    if ent is None:
        return None
    said = [Statement(f"“{q['text']}”", q.get("kind") or "quote", [snap.evidence(q["doc"], q["start"], q["end"])],
                      [snap.documents.get(q["doc"], {}).get("outlet") or q["doc"]])
            for q in snap.quotes_by_speaker.get(entity_id, [])[:LIMIT] if q["doc"] in snap.documents]
    names = {n.strip().lower() for n in [ent.get("name") or "", *(ent.get("aliases") or [])] if n.strip()}
    claims = [_statement(snap, c, lang=lang) for n in sorted(names) for c in snap.claims_by_claimant.get(n, [])][:LIMIT]
    by_doc: dict[str, list[EvidenceLink]] = defaultdict(list)
    refs = snap.entity_mentions.get(entity_id, [])
    for d, s, e, _ in refs:
        if d not in snap.documents or (d not in by_doc and len(by_doc) >= LIMIT):
            continue
        link = snap.evidence(d, s, e)
        if all(x.sentence_start != link.sentence_start for x in by_doc[d]) and len(by_doc[d]) < 5:
            by_doc[d].append(link)
    mentioned = sorted(((snap.documents[d], links) for d, links in by_doc.items()),
                       key=lambda item: (item[0].get("published") or "", item[0]["id"]))
    return EntityView(ent, said, claims, mentioned, len(refs))
