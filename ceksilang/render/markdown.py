"""briefing.md: the briefing as Markdown, for reading in a terminal, an editor or a code host.

Article text is untrusted, and must render as the text it is: ``md_text`` escapes a character only
where CommonMark (or GitHub's tables and strikethrough) would give it a meaning, so the raw file
stays readable (``2024-11-01``, ``001_201f``, ``AT&T`` as written) while no article can add a
link, an image, raw HTML, emphasis, a heading or a list item. ``md_code`` writes ids as code spans
(whose content is literal: only backticks matter), ``md_cell`` a table cell (``|`` splits cells).
Text holding ``<`` before a tag name is written ``&lt;``, so not even a renderer that ignores
CommonMark's backslash escapes (Markdown.pl, Python-Markdown) sees a tag.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ceksilang.render.i18n import N_, gettext_for, label
from ceksilang.render.locale import DEFAULT_LANG, format_date, format_date_range, format_number

if TYPE_CHECKING:
    from ceksilang.render.sections import StoryViews

# Characters that mean something wherever they stand in a line of text:
#   \ before punctuation (an escape) or at the end (it would escape what follows),
#   ` (code span), * and ~ (emphasis, strikethrough), ] before ( or : or at the end. Links and
#   images all need "](" or a reference definition ("[label]: url", which needs "]:"), so with
#   those escaped a [ is plain text and "[attribution]" stays readable. At the end: the next
#   piece may start with "(".
_ALWAYS = re.compile(r"\\(?=[!-/:-@\[-`{-~]|$)|[`*~]|\](?=[(:]|$)")
# < before a letter, / ! ? (or at the end) opens raw HTML or an autolink. It becomes &lt;, not \<:
# Markdown.pl and Python-Markdown do not treat \< as an escape and would pass the tag through.
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?]|$)")
# _ opens or closes emphasis unless it stands between two letters or digits (snake_case, 001_201f)
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# & starts an entity (&amp; &#38;) only when a name or number and ; follow; &amp; keeps it (\& is
# no escape to Markdown.pl either)
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# what would make a block if the text began a line: a heading (not a #hashtag), a quote, a list
# item, a thematic break or setext underline
_BLOCK_START = re.compile(r"^(?:#{1,6}(?= |$)|>|[-+](?= |$)|[-=]+ *$|\d{1,9}(?=[.)](?: |$)))")
_CLOSING_HASHES = re.compile(r"(?<= )#+$")  # a heading's closing sequence would be dropped


def md_text(text: Any) -> str:
    """Untrusted text as Markdown that renders as exactly that text (whitespace runs made one space)."""
    if text is None:
        return ""
    s = " ".join(str(text).split())
    s = _ALWAYS.sub(lambda m: "\\" + m.group(0), s)
    s = _UNDERSCORE.sub(r"\\_", s)
    s = _ENTITY.sub("&amp;", s)
    s = _TAG_OPEN.sub("&lt;", s)
    s = _CLOSING_HASHES.sub(lambda m: "\\" + m.group(0), s)
    match = _BLOCK_START.match(s)
    if match:  # after a number, escape its . or ), not the digits
        s = s[:match.end()] + "\\" + s[match.end():] if s[0].isdigit() else "\\" + s
    return s


md_escape = md_text  # the name older callers use


def md_cell(text: Any) -> str:
    """Untrusted text inside a table cell: also ``|``, which would end the cell."""
    return md_text(text).replace("|", "\\|")


def md_code(text: Any) -> str:
    """Untrusted text as a code span (ids, file names): literal inside, the fence outlasts any backticks."""
    s = " ".join(str(text or "").split())
    longest = max((len(run) for run in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    if s.startswith("`") or s.endswith("`") or (s.startswith(" ") and s.endswith(" ")):
        s = f" {s} "  # one space each side is stripped again by the renderer
    return f"{fence}{s}{fence}"


def _doc_line(d: dict[str, Any], lang: str = DEFAULT_LANG) -> str:
    _ = gettext_for(lang)
    bits = [f"**{md_escape(d.get('title') or d['id'])}**"]
    # an undated report is grouped by its content alone: the reader is told it has no date
    published = format_date(d.get("published"), lang) if d.get("published") else _("no publication date")
    meta = [md_escape(x) for x in (d.get("outlet"), d.get("author"), published) if x]
    if meta:
        bits.append(" · ".join(meta))
    if d.get("duplicate_of"):
        bits.append(f"{_('duplicate of')} {md_code(d['duplicate_of'])}")
    if d.get("derived_from"):
        bits.append(f"{_('rewritten from')} {md_code(d['derived_from'])}")
    return f"- {md_code(d['id'])} — " + " — ".join(bits)


def _evidence_lines(item) -> list[str]:
    return [f"  - {md_escape(ev.outlet or ev.doc)} ({md_code(ev.doc)} {ev.start}–{ev.end}): _{md_escape(ev.sentence)}_"
            for ev in item.evidence]


def _check_badges(item, lang: str = DEFAULT_LANG) -> str:
    """Prior fact-checks of a statement: " — checked before: [TurnBackHoax: SALAH, 2023-05-01](url)"."""
    checks = getattr(item, "checks", None) or []
    if not checks:
        return ""
    _ = gettext_for(lang)
    shown = []
    for check in checks:
        text = md_escape(check.get("text"))
        url = str(check.get("url") or "")
        link = f"[{text}](<{url.replace('>', '%3E').replace(' ', '%20')}>)" if url.startswith(("http://", "https://")) else text
        # the claim that was checked, so a reader sees what the verdict is about
        shown.append(f"{link} {_('on')} “{md_escape(check.get('claim'))}”" if check.get("claim") else link)
    return f" — **{_('checked before:')}** " + "; ".join(shown)


def _section_lines(section, lang: str = DEFAULT_LANG) -> list[str]:
    _ = gettext_for(lang)
    lines = [f"### {md_escape(section.title)}", ""]
    if not section.items:
        lines += [f"_{_('None.')}_", ""]
        return lines
    group = None
    for i, item in enumerate(section.items):
        if section.visible is not None and i == section.visible:  # Markdown cannot fold: a heading marks the tail
            more = _("More (%(count)s)") % {"count": format_number(len(section.items) - section.visible, lang)}
            lines += [""] * (lines[-1] != "") + [f"#### {md_escape(more)}", ""]
        if item.group and item.group != group:
            lines += [""] * (lines[-1] != "") + [f"**{md_escape(item.group)}**", ""]
            group = item.group
        badge = f"**{md_escape(label(item.status, lang))}** " if item.status else ""
        sources = _("{count} independent sources").format(count=format_number(item.sources, lang))
        count = f" _({md_escape(sources)})_" if item.sources and item.kind != "quote" else ""
        lines.append(f"- {badge}{md_escape(item.text)}{count}{_check_badges(item, lang)}")
        lines += _evidence_lines(item)
    lines.append("")
    return lines


def render_markdown(data: dict[str, Any], lang: str = DEFAULT_LANG, views: StoryViews | None = None) -> str:
    """briefing.md, with numbers and dates as ``lang`` writes them. ``views``: ``story_views(data,
    lang)`` when the caller has made it already (for the HTML page of the same data)."""
    from ceksilang.render.sections import extraction_sections, story_views

    def num(x: Any) -> str:
        return format_number(x or 0, lang)

    _ = gettext_for(lang)
    views, index = views or story_views(data, lang)
    lines = [f"# {_('ceksilang briefing')}", ""]
    stats = data.get("stats", {})
    # a story whose reconciliation failed is listed under errors by its id ("story:...")
    failed_stories = sum(1 for e in data.get("errors", []) if str(e.get("source", "")).startswith("story:"))
    summary = _("{documents} documents in {stories} stories, {duplicates} duplicates, {errors} inputs that could not be "
                "read. Generated {when}.").format(documents=num(stats.get("documents")), stories=num(len(views)),
                                                  duplicates=num(stats.get("duplicates")),
                                                  errors=num(stats.get("errors", 0) - failed_stories),
                                                  when=format_date(data.get("generated"), lang))
    if failed_stories:
        summary += " " + _("{count} stories could not be reconciled.").format(count=num(failed_stories))
    lines.append(md_escape(summary))
    lines.append("")
    if stats.get("stories_shown") is not None:
        lines += [md_escape(_("Showing the {shown} largest of {total} stories and their documents; briefing.json and "
                              "ceksilang serve hold all of them.").format(shown=num(stats["stories_shown"]),
                                                                         total=num(stats.get("stories")))), ""]
    for view in views:
        span = format_date_range(view.start, view.end, lang)
        count = _("{count} documents").format(count=num(len(view.docs)))
        lines += [f"## {_('Story:')} {md_escape(view.label)}", "", f"{md_escape(count)}{', ' + md_escape(span) if span else ''}.", ""]
        for section in view.sections:
            lines += _section_lines(section, lang)
        if view.figures:
            headers = " | ".join(md_cell(_(h)) for h in (N_("what"), N_("figure"), N_("scope"), N_("according to"), N_("source")))
            lines += [f"### {_('Figures')}", "", f"| {headers} |", "|---|---|---|---|---|"]
            for row in view.figures:
                src = "; ".join(md_cell(ev.outlet or ev.doc) for ev in row.evidence)
                lines.append(f"| {md_cell(row.subject)} | {md_cell(row.value)} | {md_cell(row.scope)} | {md_cell(row.claimant)} | {src} |")
            lines.append("")
        lines += [f"### {_('Sources')}", ""] + [_doc_line(d, lang) for d in view.docs] + [""]
    if not views:
        for section in extraction_sections(data, index, lang):
            lines += _section_lines(section, lang)
    lines += [f"## {_('All documents')}", ""]
    lines += [_doc_line(d, lang) for d in data.get("documents", [])]
    lines.append("")
    if data.get("errors"):
        heading = (_("Inputs that could not be read and stories that could not be reconciled") if failed_stories
                   else _("Inputs that could not be read"))
        lines += [f"## {heading}", ""]
        lines += [f"- {md_code(e['source'])}: {md_escape(e['reason'])}" for e in data["errors"]]
        lines.append("")
    return "\n".join(lines)
