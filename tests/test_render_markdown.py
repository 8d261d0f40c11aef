"""briefing.md read back through a CommonMark parser (markdown-it-py): it must render as the text
meant, escape only where Markdown needs it (the raw file stays readable), and let no article text
add a link, an image, raw HTML, emphasis, a heading or a list item.
"""

from __future__ import annotations

import dataclasses
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

markdown_it = pytest.importorskip("markdown_it")

from ceksilang.render import briefing_to_dict, render_markdown  # noqa: E402
from ceksilang.render.locale import format_date  # noqa: E402
from ceksilang.render.markdown import md_cell, md_code, md_text  # noqa: E402
from ceksilang.render.sections import story_views  # noqa: E402
from tests.render_fixtures import HOSTILE, hand_briefing  # noqa: E402

# CommonMark plus the two GitHub extensions a code host applies to briefing.md
PARSER = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")
MARKUP_TOKENS = {"link_open", "image", "html_inline", "html_block", "s_open", "autolink"}

ATTACKS = [
    HOSTILE,
    "[klik di sini](javascript:alert(1))",
    "![pelacak](https://evil.example/pixel.png)",
    "<https://evil.example>",
    "[ref]\n\n[ref]: https://evil.example",
    "# Judul palsu",
    "\n## Bagian palsu\n- butir palsu\n> kutipan palsu",
    "1. butir bernomor",
    "---",
    "**tebal** _miring_ ~~coret~~ `kode`",
    "<!-- komentar --> &copy; &#169; &#xA9;",
    "teks | dengan | pipa",
    "akhir dengan garis miring \\",
    "Korban ###",
]
READABLE = ["2024-11-01", "001_201f8a", "AT&T", "12.000 orang", "Rp 1,5 triliun (sekitar)", "#TimnasDay",
            "snake_case", "+62 21 555", "50% - 60%", "a < b", "Tanya?!"]


def inline_text(token) -> str:
    """The text a reader sees in one inline token."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)


def markup_in(token) -> set[str]:
    return {child.type for child in token.children or []} & MARKUP_TOKENS


def one_inline(markdown: str, block: str = "paragraph_open"):
    tokens = PARSER.parse(markdown)
    assert [t.type for t in tokens][0] == block, markdown
    inlines = [t for t in tokens if t.type == "inline"]
    return tokens, inlines


def meant(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- one piece of text

TEXT = st.text(alphabet=st.sampled_from(string.ascii_letters[:6] + string.digits[:3] + string.punctuation + " \n“”é"),
               min_size=1, max_size=24).filter(lambda s: s.strip())


@settings(max_examples=400, deadline=None)
@given(TEXT, TEXT, TEXT)
def test_markdown_text_renders_as_itself_in_every_place_briefing_md_puts_it(title, outlet, sentence):
    # a document line: - `id` — **title** — outlet · date
    line = f"- {md_code(title)} — **{md_text(title)}** — {md_text(outlet)} · 2025-03-03"
    tokens, (inline,) = one_inline(line, "bullet_list_open")
    assert inline_text(inline) == f"{meant(title)} — {meant(title)} — {meant(outlet)} · 2025-03-03"
    assert not markup_in(inline)
    assert [c.type for c in inline.children].count("strong_open") == 1
    # an evidence line: the sentence in italics
    tokens, inlines = one_inline(f"- item\n  - {md_text(outlet)} ({md_code(title)} 0–5): _{md_text(sentence)}_",
                                 "bullet_list_open")
    em = inlines[-1].children
    assert [c.type for c in em].count("em_open") == 1 and not markup_in(inlines[-1])
    inside = em[[c.type for c in em].index("em_open") + 1:[c.type for c in em].index("em_close")]
    assert "".join(c.content for c in inside if c.type == "text") == meant(sentence)
    # a heading
    tokens, (inline,) = one_inline(f"### {md_text(sentence)}", "heading_open")
    assert tokens[0].tag == "h3" and inline_text(inline) == meant(sentence)
    # a table cell
    tokens, inlines = one_inline(f"| what | who |\n|---|---|\n| {md_cell(sentence)} | {md_cell(outlet)} |", "table_open")
    assert [inline_text(t) for t in inlines[-2:]] == [meant(sentence), meant(outlet)]
    # the text alone, as if it began a line
    tokens, (inline,) = one_inline(md_text(sentence))
    assert inline_text(inline) == meant(sentence) and not markup_in(inline)


@pytest.mark.parametrize("attack", ATTACKS)
def test_markdown_hostile_text_stays_text(attack):
    for source in (f"- **{md_text(attack)}** — {md_text(attack)}", md_text(attack), f"### {md_text(attack)}"):
        html = PARSER.render(source)
        assert not re.search(r"<(?!/?(?:ul|li|p|strong|h3)>)", html), (attack, html)  # only our own tags
        tokens = PARSER.parse(source)
        assert all(not markup_in(t) for t in tokens if t.type == "inline")
        assert meant(attack) in "".join(inline_text(t) for t in tokens if t.type == "inline")


@pytest.mark.parametrize("text", READABLE)
def test_markdown_leaves_harmless_punctuation_alone(text):
    assert md_text(text) == text
    assert md_cell(text) == text
    assert md_code(text) == f"`{text}`"


def test_markdown_code_span_outlasts_backticks_in_the_id():
    for value in ("a`b", "`a", "a``b`", "```"):
        (inline,) = [t for t in PARSER.parse(md_code(value)) if t.type == "inline"]
        assert [c.type for c in inline.children] == ["code_inline"] and inline.children[0].content == value


# --------------------------------------------------------------------------- the whole briefing


def hostile_briefing():
    briefing = hand_briefing()
    a, b = briefing.documents
    briefing.documents = [
        dataclasses.replace(a, id="001_201f", title="[Banjir](javascript:alert(1)) " + HOSTILE,
                            outlet="# kabarnusa.id", author="![x](https://evil.example/p.png)"),
        dataclasses.replace(b, id="b_2", title="Banjir **Lawu** 2024-11-01", outlet="Warta | Kini"),
    ]
    for claim in briefing.claims:
        claim.docs = ["001_201f" if d == "a" else "b_2" for d in claim.docs]
        for ev in claim.evidence:
            ev.doc = "001_201f" if ev.doc == "a" else "b_2"
    warga = a.text.index("Warga menulis")  # a figure's evidence in the sentence that holds the payload
    briefing.claims[2].evidence[0] = dataclasses.replace(briefing.claims[2].evidence[0], start=warga, end=warga + 13)
    for story in briefing.stories:
        story.docs = ["001_201f", "b_2"]
    for disc in briefing.discrepancies:
        disc.docs = ["001_201f", "b_2"]
    for event in briefing.timeline:
        for ev in event.sources:
            ev.doc = "001_201f"
    return briefing


def test_briefing_md_renders_as_the_intended_text_and_stays_readable():
    briefing = hostile_briefing()
    data = briefing_to_dict(briefing)
    md = render_markdown(data)
    tokens = PARSER.parse(md)
    inlines = [t for t in tokens if t.type == "inline"]
    texts = [inline_text(t) for t in inlines]
    # every document line reads as its fields, whatever they contain
    for doc in data["documents"]:
        meta = " · ".join(x for x in (doc.get("outlet"), doc.get("author"), format_date(doc.get("published"))) if x)
        assert f"{doc['id']} — {meant(doc['title'])} — {meant(meta)}" in texts
    # every evidence sentence is in italics, exactly as written
    views, _ = story_views(data)
    sentences = {meant(ev.sentence) for view in views for section in view.sections for item in section.items
                 for ev in item.evidence}
    em_texts = set()
    for inline in inlines:
        kinds = [c.type for c in inline.children]
        if "em_open" in kinds:
            inside = inline.children[kinds.index("em_open") + 1:kinds.index("em_close")]
            em_texts.add("".join(c.content for c in inside if c.type == "text"))
    assert any(HOSTILE in s for s in sentences) and sentences <= em_texts
    # nothing from the articles became markup: no links, images, HTML, extra headings
    assert not any(markup_in(t) for t in inlines)
    headings = [texts[i] for i, t in enumerate(inlines) if tokens[tokens.index(t) - 1].type == "heading_open"]
    assert all(h.startswith(("ringkasan ceksilang", "Peristiwa:", "Terkonfirmasi", "Pertentangan", "Belum terkonfirmasi",
                             "Angka", "Sumber", "Semua dokumen", "Masukan", "Kronologi", "Siapa mengatakan",
                             "Untuk dicek", "Lainnya"))
               for h in headings), headings
    html = PARSER.render(md)
    assert "<script" not in html and "<img" not in html and "<a " not in html
    # the raw file reads as written where Markdown gives the characters no meaning
    assert "`001_201f`" in md and "3 Maret 2025 10.00" in md and "2024-11-01" in md
    assert "\\-" not in md and "\\_201f" not in md and "\\." not in md


def test_markdown_document_list_says_a_report_has_no_publication_date():
    # an undated scraped page is grouped by its content alone; the reader is told it has no date
    from ceksilang.render.markdown import _doc_line

    undated = {"id": "radio", "title": "Gubernur Gratiskan Bus Sekolah", "outlet": "Radio Kota", "published": None}
    dated = dict(undated, id="koran", published="2025-03-03")
    assert "tanpa tanggal terbit" in _doc_line(undated, "id")
    assert "no publication date" in _doc_line(undated, "en")
    assert "tanpa tanggal" not in _doc_line(dated, "id") and "3 Maret 2025" in _doc_line(dated, "id")
