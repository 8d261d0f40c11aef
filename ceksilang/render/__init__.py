"""Render a ``Briefing``: documented JSON, Markdown and a self-contained HTML page."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ceksilang.model import Briefing
from ceksilang.settings import DEFAULT, Settings
from ceksilang.render.html import render_html
from ceksilang.render.json import briefing_header, briefing_to_dict, write_json, write_json_sections
from ceksilang.render.markdown import render_markdown

if TYPE_CHECKING:
    from ceksilang.reconcile.tables import BriefingTables
    from ceksilang.render.sections import StoryViews
    from ceksilang.model import InputError

try:
    import fcntl
except ImportError:  # not on Windows: scratch left by a killed run is then not cleared
    fcntl = None

log = logging.getLogger(__name__)

WRITERS = {"json": "briefing.json", "md": "briefing.md", "html": "briefing.html"}
SCRATCH_PREFIX = ".ceksilang-"
_SCRATCH_LOCK = "in-use.lock"
# a folder is made a moment before its lock file; one without a lock is left alone this long
_SCRATCH_GRACE_SECONDS = 60.0


def _check_formats(formats: Iterable[str]) -> list[str]:
    formats = list(formats)
    for fmt in formats:
        if fmt not in WRITERS:
            raise ValueError(f"unknown output format {fmt!r}; choose from {', '.join(WRITERS)}")
    return formats


def _write_page(fmt: str, data: dict[str, Any], tmp: Path, lang: str, views: StoryViews) -> None:
    if fmt == "md":
        tmp.write_text(render_markdown(data, lang, views=views), encoding="utf-8")
    else:
        tmp.write_text(render_html(data, lang, views=views), encoding="utf-8")


def _page_views(data: dict[str, Any], lang: str) -> StoryViews:
    # both pages show the same stories of the same data: their sections are made once (the
    # renderers read them and add nothing to them)
    from ceksilang.render.sections import story_views
    return story_views(data, lang)


def write_briefing(briefing: Briefing, out_dir: str | Path, formats: Iterable[str] = ("json", "md", "html"),
                   lang: str = DEFAULT.lang) -> list[Path]:
    """Write the requested formats to ``out_dir`` (atomically: a reader never sees half a file);
    the pages write numbers and dates as ``lang`` does (briefing.json keeps ISO dates and numbers)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    data = briefing_to_dict(briefing)
    views: StoryViews | None = None
    for fmt in _check_formats(formats):
        path = out / WRITERS[fmt]
        tmp = path.with_suffix(path.suffix + ".tmp")
        if fmt == "json":
            write_json(data, tmp)
        else:
            views = views or _page_views(data, lang)
            _write_page(fmt, data, tmp, lang, views)
        tmp.replace(path)
        written.append(path)
    return written


def remove_stale_scratch(out_dir: str | Path) -> list[Path]:
    """Remove the scratch folders in ``out_dir`` that no running ``reconcile.briefing.write_store_briefing``
    holds, and return them.

    A run killed by SIGKILL or the OOM killer cannot remove its scratch folder, and that
    folder can be as large as the store. Each run holds an exclusive ``flock`` on a file in its
    folder. The kernel drops the lock when the process dies, however it dies, so a folder
    whose lock can be taken belongs to nobody. Two runs writing into one folder at once
    therefore never remove each other's tables."""
    removed: list[Path] = []
    if fcntl is None:
        return removed
    for path in sorted(Path(out_dir).glob(SCRATCH_PREFIX + "*")):
        if path.is_symlink() or not path.is_dir() or _scratch_in_use(path):
            continue
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        shutil.rmtree(path, ignore_errors=True)
        log.warning("removed %s (%.0f MB), left by a briefing run that was killed", path, size / 2**20)
        removed.append(path)
    return removed


def _scratch_in_use(path: Path) -> bool:
    # runs make new folders and never take an existing one's lock, so once the lock has been
    # free for a moment it stays free: it need not be held while the folder is removed
    try:
        with open(path / _SCRATCH_LOCK, "rb") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            return False
    except FileNotFoundError:
        try:
            return time.time() - path.stat().st_mtime < _SCRATCH_GRACE_SECONDS
        except FileNotFoundError:  # removed meanwhile by another run
            return True


@contextmanager
def scratch_folder(out_dir: str | Path) -> Iterator[Path]:
    """A temporary folder in ``out_dir`` for the briefing's scratch tables, locked while in
    use and removed afterwards; stale ones from killed runs are cleared first."""
    remove_stale_scratch(out_dir)
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, dir=out_dir) as name:
        with open(Path(name) / _SCRATCH_LOCK, "wb") as lock:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield Path(name)


@dataclass(slots=True)
class Written:
    """What ``reconcile.briefing.write_store_briefing`` wrote, and the counts the CLI reports."""

    paths: list[Path] = field(default_factory=list)
    documents: int = 0
    duplicates: int = 0
    stories: int = 0
    stories_shown: int = 0  # in the Markdown / HTML pages
    story_errors: list[InputError] = field(default_factory=list)  # stories whose stages failed


def write_briefing_tables(tables: BriefingTables, errors: Sequence[InputError], out_dir: str | Path,
                          formats: Iterable[str] = ("json", "md", "html"), settings: Settings = DEFAULT,
                          annotate: Callable[[dict[str, Any]], None] | None = None) -> Written:
    """Write the briefing gathered in ``tables`` (a ``BriefingTables``) to ``out_dir``, each file
    atomically: briefing.json record by record (an entity's mentions row by row), the pages
    from the largest stories past the settings' limits."""
    out = Path(out_dir)
    result = Written()
    stats = tables.stats(len(errors))
    result.documents, result.duplicates = stats["documents"], stats["duplicates"]
    result.stories = result.stories_shown = tables.count("stories")
    page: dict[str, Any] | None = None  # the same for both pages: read from the tables once
    views: StoryViews | None = None
    for fmt in _check_formats(formats):
        path = out / WRITERS[fmt]
        tmp = path.with_suffix(path.suffix + ".tmp")
        if fmt == "json":
            write_json_sections(briefing_header(), tables.sections(errors, lazy=True), stats, tmp)
        else:
            if page is None:
                page, result.stories_shown = _page_data(tables, errors, stats, settings)
                if annotate is not None:  # e.g. prior fact-checks and sentences worth checking
                    annotate(page)
                views = _page_views(page, settings.lang)
            _write_page(fmt, page, tmp, settings.lang, views)
        tmp.replace(path)
        result.paths.append(path)
    return result


def _page_data(tables, errors, stats: dict[str, int], settings: Settings) -> tuple[dict[str, Any], int]:
    total = tables.count("stories")
    if total <= settings.render_max_stories and stats["documents"] <= settings.render_max_documents:
        return tables.to_dict(errors), total
    stories, docs = tables.largest_stories(settings.render_max_stories, settings.render_max_documents)
    data = tables.to_dict(errors, docs=docs, stories=stories)
    data["stats"] = {**stats, "stories": total, "stories_shown": len(stories)}
    return data, len(stories)


__all__ = [
    "write_briefing", "write_briefing_tables", "scratch_folder", "remove_stale_scratch",
    "Written", "briefing_to_dict", "render_markdown", "render_html",
]
