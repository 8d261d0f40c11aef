"""What the briefing says, as plain sections of statements with their evidence.

Markdown and HTML render the same view, so both show the same statements and every
statement carries the sentences it rests on (document id, offsets, and the sentence itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class EvidenceView:
    doc: str
    start: int
    end: int
    sentence: str  # the whole sentence around the span, for context
    outlet: str | None = None


@dataclass(slots=True)
class Statement:
    text: str
    evidence: list[EvidenceView] = field(default_factory=list)
    status: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class Section:
    title: str
    items: list[Statement]
    key: str = ""


def _sentence(doc: dict[str, Any], start: int, end: int, spans: list[tuple[int, int]] | None = None) -> str:
    text = doc["text"]
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    e = len(text) if e < 0 else e
    # a paragraph can be long: keep a window around the span
    if end - s > 400:
        s = max(s, start - 200)
    if e - start > 600:
        e = min(e, end + 200)
    return text[s:e].strip()


def evidence_view(docs: dict[str, dict[str, Any]], doc_id: str, start: int, end: int) -> EvidenceView:
    doc = docs.get(doc_id)
    if doc is None:
        return EvidenceView(doc_id, start, end, "")
    return EvidenceView(doc_id, start, end, _sentence(doc, start, end), doc.get("outlet"))


def _fmt_number(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def quote_sections(data: dict[str, Any], docs: dict[str, dict[str, Any]]) -> list[Section]:
    items = []
    for q in data.get("quotes", []):
        if q.get("kind") == "indirect":
            continue
        who = q.get("speaker_name") or "unattributed"
        items.append(Statement(f"{who}: “{q['text']}”", [evidence_view(docs, q["doc"], q["start"], q["end"])], kind="quote"))
    return [Section("Who said what", items, key="quotes")] if items else []


def figure_sections(data: dict[str, Any], docs: dict[str, dict[str, Any]]) -> list[Section]:
    items = []
    for q in data.get("quantities", []):
        if q.get("unit") in (None, "persen") and not q.get("claimant"):
            continue
        value = _fmt_number(q.get("value")) if q.get("value") is not None else f"{_fmt_number(q.get('low'))}–{_fmt_number(q.get('high'))}"
        bits = [f"{q.get('qualifier', 'exact')} {value} {q.get('unit') or ''}".strip()]
        if q.get("place"):
            bits.append(f"in {q['place']}")
        if q.get("claimant"):
            bits.append(f"according to {q['claimant']}")
        items.append(Statement(", ".join(bits), [evidence_view(docs, q["doc"], q["start"], q["end"])], kind="figure"))
    return [Section("Figures reported", items, key="figures")] if items else []


def briefing_sections(data: dict[str, Any]) -> list[Section]:
    docs = {d["id"]: d for d in data.get("documents", [])}
    return quote_sections(data, docs) + figure_sections(data, docs)
