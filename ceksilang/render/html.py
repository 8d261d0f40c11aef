"""briefing.html: one self-contained page (no network, no external assets).

Rendered with Jinja2 autoescaping on: article text, names and metadata are untrusted and are
always shown as text, never interpreted as markup.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape


def isolate(value: Any) -> Markup:
    """Escape untrusted text and isolate its direction: a right-to-left override (U+202E) in a
    name or title must not reverse the rest of the line it is shown on."""
    return Markup("<bdi>%s</bdi>") % escape("" if value is None else value)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("ceksilang.render", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["bdi"] = isolate
    return env


def render_html(data: dict[str, Any]) -> str:
    from ceksilang.render.sections import extraction_sections, story_views

    views, index = story_views(data)
    extra = [] if views else extraction_sections(data, index)
    # segments last: every evidence view above has registered its anchor by now
    segments = {d["id"]: index.segments(d["id"]) for d in data.get("documents", [])}
    template = environment().get_template("briefing.html.j2")
    return template.render(data=data, stories=views, sections=extra, segments=segments)
