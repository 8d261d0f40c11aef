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


def _evidence_lines(item) -> list[str]:
    return [f"  - {md_escape(ev.outlet or ev.doc)} (`{md_escape(ev.doc)}` {ev.start}–{ev.end}): _{md_escape(ev.sentence)}_"
            for ev in item.evidence]


def _check_badges(item) -> str:
    """Prior fact-checks of a statement: " — checked before: [TurnBackHoax: SALAH, 2023-05-01](url)"."""
    checks = getattr(item, "checks", None) or []
    if not checks:
        return ""
    shown = []
    for check in checks:
        text = md_escape(check.get("text"))
        url = str(check.get("url") or "")
        link = f"[{text}](<{url.replace('>', '%3E').replace(' ', '%20')}>)" if url.startswith(("http://", "https://")) else text
        # the claim that was checked, so a reader sees what the verdict is about
        shown.append(f"{link} on “{md_escape(check.get('claim'))}”" if check.get("claim") else link)
    return " — **checked before:** " + "; ".join(shown)


def _section_lines(section) -> list[str]:
    lines = [f"### {md_escape(section.title)}", ""]
    if not section.items:
        lines += ["_None._", ""]
        return lines
    for item in section.items:
        badge = f"**{md_escape(item.status)}** " if item.status else ""
        count = f" _({item.sources} independent sources)_" if item.sources and item.kind != "quote" else ""
        lines.append(f"- {badge}{md_escape(item.text)}{count}{_check_badges(item)}")
        lines += _evidence_lines(item)
    lines.append("")
    return lines


def render_markdown(data: dict[str, Any]) -> str:
    from ceksilang.render.sections import extraction_sections, story_views

    views, index = story_views(data)
    lines = ["# ceksilang briefing", ""]
    stats = data.get("stats", {})
    # a story whose reconciliation failed is listed under errors by its id ("story:...")
    failed_stories = sum(1 for e in data.get("errors", []) if str(e.get("source", "")).startswith("story:"))
    unread = stats.get("errors", 0) - failed_stories
    lines.append(
        f"{stats.get('documents', 0)} documents in {len(views)} stories, {stats.get('duplicates', 0)} duplicates, "
        f"{unread} inputs that could not be read"
        + (f", {failed_stories} stories that could not be reconciled" if failed_stories else "")
        + f". Generated {md_escape(data.get('generated'))}."
    )
    lines.append("")
    if stats.get("stories_shown") is not None:
        lines += [f"Showing the {stats['stories_shown']} largest of {stats.get('stories')} stories and their documents; "
                  "briefing.json and `ceksilang serve` hold all of them.", ""]
    for view in views:
        span = " – ".join(x for x in (view.start, view.end) if x)
        lines += [f"## Story: {md_escape(view.label)}", "", f"{len(view.docs)} documents{', ' + md_escape(span) if span else ''}.", ""]
        for section in view.sections:
            lines += _section_lines(section)
        if view.figures:
            lines += ["### Figures", "", "| what | figure | scope | according to | source |", "|---|---|---|---|---|"]
            for row in view.figures:
                src = "; ".join(f"{md_escape(ev.outlet or ev.doc)}" for ev in row.evidence)
                lines.append(f"| {md_escape(row.subject)} | {md_escape(row.value)} | {md_escape(row.scope)} | {md_escape(row.claimant)} | {src} |")
            lines.append("")
        lines += ["### Sources", ""] + [_doc_line(d) for d in view.docs] + [""]
    if not views:
        for section in extraction_sections(data, index):
            lines += _section_lines(section)
    lines += ["## All documents", ""]
    lines += [_doc_line(d) for d in data.get("documents", [])]
    lines.append("")
    if data.get("errors"):
        lines += ["## Inputs that could not be read" + (" and stories that could not be reconciled" if failed_stories else ""), ""]
        lines += [f"- `{md_escape(e['source'])}`: {md_escape(e['reason'])}" for e in data["errors"]]
        lines.append("")
    return "\n".join(lines)
