"""briefing.html: one self-contained page (no network, no external assets).

Rendered with Jinja2 autoescaping on: article text, names and metadata are untrusted and are
always shown as text, never interpreted as markup.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup, escape

from ceksilang.render import i18n
from ceksilang.render.locale import DEFAULT_LANG, format_date, format_date_range, format_number, format_when

if TYPE_CHECKING:
    from ceksilang.render.sections import StoryViews


def isolate(value: Any) -> Markup:
    """Escape untrusted text and isolate its direction: a right-to-left override (U+202E) in a
    name or title must not reverse the rest of the line it is shown on."""
    return Markup("<bdi>%s</bdi>") % escape("" if value is None else value)


@lru_cache(maxsize=4)
def environment(lang: str = DEFAULT_LANG) -> Environment:
    """briefing.html's templates, their labels in ``lang``."""
    env = Environment(
        loader=PackageLoader("ceksilang.render", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["bdi"] = isolate
    add_locale_filters(env)
    i18n.install(env, lang)
    return env


def add_locale_filters(env: Environment) -> None:
    """``number``, ``date``, ``when`` and ``date_range`` filters that format for the template's ``lang``
    (a variable of the render call or a global of the environment; Indonesian when neither)."""

    def lang_of(ctx: Context) -> str:
        return ctx.get("lang") or DEFAULT_LANG

    env.filters["number"] = pass_context(lambda ctx, x: format_number(x, lang_of(ctx)))
    env.filters["date"] = pass_context(lambda ctx, x: format_date(x, lang_of(ctx)))
    env.filters["when"] = pass_context(lambda ctx, x: format_when(x, lang_of(ctx)))
    env.filters["date_range"] = pass_context(lambda ctx, start, end: format_date_range(start, end, lang_of(ctx)))
    env.filters["label"] = pass_context(lambda ctx, key: i18n.label(key, lang_of(ctx)))


def render_html(data: dict[str, Any], lang: str = DEFAULT_LANG, views: StoryViews | None = None) -> str:
    """briefing.html, with numbers and dates as ``lang`` writes them. ``views``: ``story_views(data,
    lang)`` when the caller has made it already (for the Markdown page of the same data)."""
    from ceksilang.render.charts import briefing_charts
    from ceksilang.render.sections import extraction_sections, story_views

    views, index = views or story_views(data, lang)
    charts = briefing_charts(data, lang) if views else {}
    extra = [] if views else extraction_sections(data, index, lang)
    # segments last: every evidence view above has registered its anchor by now
    segments = {d["id"]: index.segments(d["id"]) for d in data.get("documents", [])}
    template = environment(lang).get_template("briefing.html.j2")
    return template.render(data=data, stories=views, sections=extra, segments=segments, charts=charts, lang=lang)
