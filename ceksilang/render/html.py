"""briefing.html: one self-contained page (no network, no external assets).

Rendered with Jinja2 autoescaping on: article text, names and metadata are untrusted and are
always shown as text, never interpreted as markup.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("ceksilang.render", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def render_html(data: dict[str, Any]) -> str:
    from .sections import briefing_sections

    template = environment().get_template("briefing.html.j2")
    return template.render(data=data, sections=briefing_sections(data))
