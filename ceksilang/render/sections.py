"""What the briefing says, as plain sections of statements with their evidence.

Markdown and HTML render the same view, so both show the same statements, and every statement
carries the sentences it rests on (document, offsets, the sentence itself and an anchor into the
document's text). Per story: what is established (with the number of independent sources —
copies do not count twice), what differs in triage order (render.triage), the timeline, a table of
figures, who said what, and the sources.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ceksilang.render.explain import discrepancy_text, vague_words_shown
from ceksilang.render.i18n import N_, gettext_for, label
from ceksilang.render.locale import DEFAULT_LANG, format_number, format_when
from ceksilang.render.triage import TriageItem, claims_about, fold, story_coverage, tier_label, triage
from ceksilang.text import sentence_of, split_sentences

Data = dict[str, Any]


@dataclass(slots=True)
class EvidenceView:
    doc: str
    start: int
    end: int
    sentence: str  # the sentence around the span, for context
    outlet: str | None = None
    anchor: str = ""  # id of the sentence in the rendered document text
    published: str | None = None


@dataclass(slots=True)
class Statement:
    text: str
    evidence: list[EvidenceView] = field(default_factory=list)
    status: str | None = None
    kind: str | None = None
    sources: int | None = None  # independent sources
    checks: list[Data] = field(default_factory=list)  # prior fact-checks it matches (badges)
    group: str | None = None  # the triage tier, as shown (render.triage)


@dataclass(slots=True)
class FigureRow:
    subject: str
    value: str
    scope: str
    claimant: str
    evidence: list[EvidenceView]


@dataclass(slots=True)
class Section:
    title: str
    items: list[Statement]
    key: str = ""
    visible: int | None = None  # show this many items, fold the rest (None: show all)


@dataclass(slots=True)
class StoryView:
    id: str
    label: str
    start: str | None
    end: str | None
    docs: list[Data]
    sections: list[Section]
    figures: list[FigureRow]


class EvidenceIndex:
    """Sentence lookup per document, and the set of sentences the briefing points at."""

    def __init__(self, data: Data):
        self.docs: dict[str, Data] = {d["id"]: d for d in data.get("documents", [])}
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self.anchors: dict[str, dict[int, tuple[int, str]]] = defaultdict(dict)  # doc -> start -> (end, id)

    def _sentences(self, doc_id: str) -> list[tuple[int, int]]:
        if doc_id not in self._spans:
            self._spans[doc_id] = split_sentences(self.docs[doc_id]["text"])
        return self._spans[doc_id]

    def view(self, doc_id: str, start: int, end: int) -> EvidenceView:
        doc = self.docs.get(doc_id)
        if doc is None:
            return EvidenceView(doc_id, start, end, "")
        spans = self._sentences(doc_id)
        first = sentence_of(spans, start) or (start, end)
        last = sentence_of(spans, max(start, end - 1)) or first
        s, e = first[0], max(first[1], last[1], end)
        anchor = f"s-{_css_id(doc_id)}-{s}"
        self.anchors[doc_id][s] = (e, anchor)
        return EvidenceView(doc_id, start, end, doc["text"][s:e], doc.get("outlet"), anchor, doc.get("published"))

    def segments(self, doc_id: str) -> list[tuple[str, str | None]]:
        """The document's text cut into (piece, anchor id or None), evidence sentences anchored."""
        text = self.docs[doc_id]["text"]
        out: list[tuple[str, str | None]] = []
        pos = 0
        for s in sorted(self.anchors.get(doc_id, {})):
            e, anchor = self.anchors[doc_id][s]
            if s < pos:
                continue  # overlapping evidence: the first anchor covers it
            out.append((text[pos:s], None))
            out.append((text[s:e], anchor))
            pos = e
        out.append((text[pos:], None))
        return [(piece, a) for piece, a in out if piece]


def _css_id(doc_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in doc_id)


def fmt_number(x: float | None, lang: str = DEFAULT_LANG) -> str:
    """As the language writes it: 8.000 and 2,5 (id), 8,000 and 2.5 (en)."""
    return format_number(x, lang)


_QUALIFIER = {"approx": N_("about"), "at_least": N_("at least"), "at_most": N_("up to"), "more_than": N_("more than"),
              "less_than": N_("less than"), "exact": ""}


def fmt_figure(value: Any, lang: str = DEFAULT_LANG) -> str:
    if not isinstance(value, dict):
        return str(value)
    q = _QUALIFIER.get(value.get("qualifier") or "exact", "")
    q = gettext_for(lang)(q) if q else ""
    if value.get("words"):  # "puluhan motor": a vague amount as written, never an invented "about 10–99"
        q, num = "", vague_words_shown(value, lang)
    elif value.get("value") is not None:
        num = fmt_number(value["value"], lang)
    elif value.get("low") is not None and value.get("high") is not None:
        num = f"{fmt_number(value['low'], lang)}–{fmt_number(value['high'], lang)}"
    else:
        num = fmt_number(value.get("low") if value.get("low") is not None else value.get("high"), lang)
    unit = value.get("unit") or ""
    return " ".join(x for x in (q, num, unit) if x)


def fmt_scope(scope: dict[str, Any] | None) -> str:
    """A figure's scope as the tables show it: "Rusia, antara 8 hingga 13 Oktober"."""
    scope = scope or {}
    return ", ".join(str(scope[k]) for k in ("place", "time") if scope.get(k))


def independent_sources(doc_ids: list[str], docs: dict[str, Data]) -> int:
    """Copies (duplicate_of / derived_from) count as their original, and the articles of one
    outlet count once: an outlet repeating itself is not a second source."""
    roots = set()
    for d in doc_ids:
        seen = set()
        while d in docs and d not in seen:
            seen.add(d)
            nxt = docs[d].get("duplicate_of") or docs[d].get("derived_from")
            if not nxt:
                break
            d = nxt
        roots.add((docs.get(d) or {}).get("outlet") or d)
    return len(roots)


def speakers_label(speaker: str | None, co_speakers: list[str], lang: str = DEFAULT_LANG) -> str:
    """Who a quote is from: the speaker, or "A, B (joint statement)" when others say it with
    them ("Kapolda X dan Bupati Y kompak mengatakan"); the names stay as written (escaped by
    the renderer)."""
    _ = gettext_for(lang)
    if not speaker:
        return _("unattributed")
    names = [speaker, *(c for c in co_speakers if c and c != speaker)]
    if len(names) == 1:
        return speaker
    return _("{speakers} (joint statement)").format(speakers=", ".join(names))


def _claim_text(claim: Data, lang: str = DEFAULT_LANG) -> str:
    _ = gettext_for(lang)
    if claim["kind"] == "figure":
        scope = claim.get("scope") or {}
        bits = [f"{claim.get('subject') or ''}: {fmt_figure(claim.get('value'), lang)}".strip(": ")]
        if scope.get("place"):
            bits.append(_("in {place}").format(place=scope["place"]))
        if scope.get("time"):
            bits.append(f"({scope['time']})")
        if claim.get("claimant"):
            bits.append(_("— according to {claimant}").format(claimant=claim["claimant"]))
        return " ".join(bits)
    if claim["kind"] == "quote":
        who = speakers_label(claim.get("claimant"), (claim.get("scope") or {}).get("co_speakers") or [], lang)
        return f"{who}: “{claim.get('value')}”"
    who = f"{claim['claimant']}: " if claim.get("claimant") else ""
    return f"{who}{claim.get('value') or claim.get('subject')}"


def _evidence(index: EvidenceIndex, items: list[Data], limit: int = 4) -> list[EvidenceView]:
    views, seen = [], set()
    for ev in items:
        v = index.view(ev["doc"], ev["start"], ev["end"])
        if (v.doc, v.anchor) in seen:
            continue
        seen.add((v.doc, v.anchor))
        views.append(v)
        if len(views) >= limit:
            break
    return views


def _checks_of(prior: dict[str, list[Data]], claim_ids: list[str]) -> list[Data]:
    """The prior fact-checks of several claims, each once."""
    out: list[Data] = []
    for cid in claim_ids:
        for check in prior.get(cid, []):
            if all(c.get("id") != check.get("id") for c in out):
                out.append(check)
    return out


def _evidence_of(x: Data, claims: dict[str, Data]) -> list[Data]:
    return [e for cid in x.get("claims", []) if cid in claims for e in claims[cid].get("evidence", [])]


def _triage_item(x: Data, shown: Statement, claims: dict[str, Data], docs: dict[str, Data]) -> TriageItem:
    """What the triage reads of a discrepancy: the sentences shown as its evidence (its explanation
    when it has none) and what its claims are about."""
    own = [claims[cid] for cid in x.get("claims", []) if cid in claims]
    about = claims_about(own)
    language = next((docs[d].get("language") for d in x.get("docs", []) if d in docs and docs[d].get("language")), "id")
    return TriageItem(x.get("kind") or "", x.get("status") or "",
                      tuple(ev.sentence for ev in shown.evidence) or (x.get("explanation") or "",),
                      about or (x.get("explanation") or "",), frozenset(x.get("docs", [])), language)


# what ``story_views`` gives: the stories' sections, and the index their evidence registered in
StoryViews = tuple[list[StoryView], EvidenceIndex]


def story_views(data: Data, lang: str = DEFAULT_LANG) -> StoryViews:
    """The stories as sections of statements; labels in ``lang``, numbers and dates as it writes them."""
    _ = gettext_for(lang)
    index = EvidenceIndex(data)
    docs = index.docs
    claims = {c["id"]: c for c in data.get("claims", [])}
    by_story_claims: dict[str, list[Data]] = defaultdict(list)
    for c in data.get("claims", []):
        by_story_claims[c["story"]].append(c)
    prior = data.get("prior_checks") or {}
    worthy = data.get("checkworthy") or {}
    entity_docs = [([e.get("name") or "", *(e.get("aliases") or [])], {m["doc"] for m in e.get("mentions", [])})
                   for e in data.get("entities", [])]
    entities_in: dict[str, list[int]] = defaultdict(list)  # doc -> the entities it names
    for i, (_names, named_in) in enumerate(entity_docs):
        for d in named_in:
            entities_in[d].append(i)
    views = []
    for story in data.get("stories", []):
        sid = story["id"]
        s_claims = by_story_claims.get(sid, [])
        s_disc = [x for x in data.get("discrepancies", []) if x.get("story") == sid or
                  (x.get("story") is None and set(x.get("docs", [])) <= set(story["docs"]))]
        s_disc.sort(key=lambda x: -float(x.get("score") or 0))
        to_triage = [Statement(f"[{label(x['kind'], lang)}] {discrepancy_text(x, lang)}",
                               _evidence(index, _evidence_of(x, claims), limit=6), status=x.get("status"),
                               kind=x.get("kind"),
                               checks=_checks_of(prior, [cid for cid in x.get("claims", []) if cid in claims]))
                     for x in s_disc]
        named = sorted({i for d in story["docs"] for i in entities_in.get(d, ())})
        coverage = story_coverage(story["docs"], (entity_docs[i] for i in named))
        ranked = triage([_triage_item(x, st, claims, docs) for x, st in zip(s_disc, to_triage)], coverage)
        for r in ranked:
            to_triage[r.index].group = tier_label(r.tier, lang)
        to_triage = [to_triage[r.index] for r in ranked]
        established = []
        for c in s_claims:
            n = independent_sources(c.get("docs", []), docs)
            if n >= 2:
                established.append(Statement(_claim_text(c, lang), _evidence(index, c.get("evidence", [])),
                                             kind=c["kind"], sources=n, checks=list(prior.get(c["id"], []))))
        established.sort(key=lambda s: -(s.sources or 0))
        said = [Statement(_claim_text(c, lang), _evidence(index, c.get("evidence", []), limit=3), kind="quote",
                          sources=independent_sources(c.get("docs", []), docs), checks=list(prior.get(c["id"], [])))
                for c in s_claims if c["kind"] == "quote"]
        timeline = []
        for t in data.get("timeline", []):
            if t.get("story") != sid:
                continue
            timeline.append(Statement(f"{format_when(t['date'], lang)}: {t['text']}", _evidence(index, t.get("sources", []), limit=3),
                                      kind="timeline"))
        figures = []
        for c in s_claims:
            if c["kind"] != "figure":
                continue
            figures.append(FigureRow(
                subject=c.get("subject") or "", value=fmt_figure(c.get("value"), lang),
                scope=fmt_scope(c.get("scope")),
                claimant=c.get("claimant") or "", evidence=_evidence(index, c.get("evidence", []), limit=3)))
        to_check = [Statement(w["text"], [index.view(w["doc"], w["start"], w["end"])], kind="checkworthy",
                              checks=list(w.get("checks") or []))
                    for w in worthy.get(sid, []) if w.get("doc") in docs]
        # what a checker acts on first: the differences in triage order, the long tail folded
        sections = [Section(_("To check, most important first"), to_triage, key=f"{sid}-triage",
                            visible=fold(len(to_triage)))]
        if to_check:
            sections.append(Section(_("Claims worth checking (most checkable first)"), to_check, key=f"{sid}-checkworthy"))
        sections += [
            Section(_("Established (two or more independent sources)"), established, key=f"{sid}-established"),
            Section(_("Timeline"), timeline, key=f"{sid}-timeline"),
            Section(_("Who said what"), said, key=f"{sid}-quotes"),
        ]
        story_docs = [docs[d] for d in story["docs"] if d in docs]
        views.append(StoryView(sid, story.get("label") or sid, story.get("start"), story.get("end"),
                               story_docs, sections, figures))
    return views, index


def extraction_sections(data: Data, index: EvidenceIndex, lang: str = DEFAULT_LANG) -> list[Section]:
    """Before reconciliation (no stories): who said what and the figures, straight from extraction."""
    _ = gettext_for(lang)
    quotes = [Statement(f"{speakers_label(q.get('speaker_name'), [c.get('name') for c in q.get('co_speakers') or []], lang)}"
                        f": “{q['text']}”",
                        [index.view(q["doc"], q["start"], q["end"])], kind="quote")
              for q in data.get("quotes", []) if q.get("kind") != "indirect"]
    figures = [Statement(fmt_figure(q, lang) + (_(", according to {claimant}").format(claimant=q["claimant"])
                                                if q.get("claimant") else ""),
                         [index.view(q["doc"], q["start"], q["end"])], kind="figure")
               for q in data.get("quantities", []) if q.get("unit")]
    sections = (Section(_("Who said what"), quotes, key="quotes"), Section(_("Figures reported"), figures, key="figures"))
    return [s for s in sections if s.items]
