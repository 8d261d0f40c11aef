"""briefing.md: the briefing as Markdown, for reading in a terminal, an editor or a code host.

Article text is untrusted: every piece of it goes through ``md_escape`` so that it can neither
inject HTML into a Markdown renderer nor break the document's structure.
"""

from __future__ import annotations

import html
import re
from typing import Any

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def md_escape(text: Any) -> str:
    """Escape Markdown and HTML in untrusted text; newlines become spaces."""
    if text is None:
        return ""
    s = html.escape(str(text), quote=False)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return " ".join(s.split())


def _doc_line(d: dict[str, Any]) -> str:
    bits = [f"**{md_escape(d.get('title') or d['id'])}**"]
    meta = [md_escape(x) for x in (d.get("outlet"), d.get("author"), d.get("published")) if x]
    if meta:
        bits.append(" · ".join(meta))
    if d.get("duplicate_of"):
        bits.append(f"duplicate of `{md_escape(d['duplicate_of'])}`")
    if d.get("derived_from"):
        bits.append(f"rewritten from `{md_escape(d['derived_from'])}`")
    return f"- `{md_escape(d['id'])}` — " + " — ".join(bits)


def render_markdown(data: dict[str, Any]) -> str:
    from .sections import briefing_sections

    lines = ["# ceksilang briefing", ""]
    stats = data.get("stats", {})
    lines.append(
        f"{stats.get('documents', 0)} documents, {stats.get('duplicates', 0)} duplicates, "
        f"{stats.get('errors', 0)} inputs that could not be read. Generated {md_escape(data.get('generated'))}."
    )
    lines.append("")
    for section in briefing_sections(data):
        lines.append(f"## {md_escape(section.title)}")
        lines.append("")
        for item in section.items:
            lines.append(f"- {md_escape(item.text)}")
            for ev in item.evidence:
                lines.append(f"  - [{md_escape(ev.doc)} {ev.start}–{ev.end}] “{md_escape(ev.sentence)}”")
        lines.append("")
    lines += ["## Documents", ""]
    lines += [_doc_line(d) for d in data.get("documents", [])]
    lines.append("")
    if data.get("errors"):
        lines += ["## Inputs that could not be read", ""]
        lines += [f"- `{md_escape(e['source'])}`: {md_escape(e['reason'])}" for e in data["errors"]]
        lines.append("")
    return "\n".join(lines)
