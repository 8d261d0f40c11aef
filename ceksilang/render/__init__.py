"""Render a ``Briefing``: documented JSON, Markdown and a self-contained HTML page."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..model import Briefing
from .html import render_html
from .json import briefing_to_dict, write_json
from .markdown import render_markdown

WRITERS = {"json": "briefing.json", "md": "briefing.md", "html": "briefing.html"}


def write_briefing(briefing: Briefing, out_dir: str | Path, formats: Iterable[str] = ("json", "md", "html")) -> list[Path]:
    """Write the requested formats to ``out_dir`` (atomically: a reader never sees half a file)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    data = briefing_to_dict(briefing)
    for fmt in formats:
        if fmt not in WRITERS:
            raise ValueError(f"unknown output format {fmt!r}; choose from {', '.join(WRITERS)}")
        path = out / WRITERS[fmt]
        tmp = path.with_suffix(path.suffix + ".tmp")
        if fmt == "json":
            write_json(data, tmp)
        elif fmt == "md":
            tmp.write_text(render_markdown(data), encoding="utf-8")
        else:
            tmp.write_text(render_html(data), encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written


__all__ = ["write_briefing", "briefing_to_dict", "render_markdown", "render_html"]
