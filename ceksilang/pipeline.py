"""The main job: read -> clean -> extract per input, then link -> reconcile -> render over the store.

``analyze_raw`` is the per-input part (a pure function of one ``RawDocument``, so it can run in
a process pool or on a cluster); ``analyze`` drives it over paths, keeps results in the store
and renders the briefing from everything stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean_document
from .dedup import link_duplicates
from .langid import detect_language
from .model import Briefing, Document, InputError, RawDocument
from .read import iter_inputs, list_input_files
from .settings import DEFAULT, Settings
from .store import Store, digest_text

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    """What one ``analyze`` run did (the one-line summary the CLI prints)."""

    read: int = 0  # inputs read into documents in this run (new or changed)
    unchanged: int = 0  # inputs already in the store with the same content
    failed: int = 0  # inputs of this run that could not be read
    duplicates: int = 0  # documents in the store marked as duplicates of another
    documents: int = 0  # documents in the store after the run
    errors: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.read} read, {self.unchanged} already stored, {self.duplicates} duplicates, "
            f"{self.failed} failed; {self.documents} documents in the store"
        )


def analyze_raw(raw: RawDocument, settings: Settings = DEFAULT, extract: bool = True) -> Document:
    """Clean one raw input, detect its language and run extraction on it."""
    doc = clean_document(raw)
    doc.language = raw.language or detect_language(doc.text, settings.min_chars_for_language)
    if extract:
        from .extract.pipeline import extract_document

        extract_document(doc)
    return doc


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    field_map: Mapping[str, str] | None = None,
    settings: Settings = DEFAULT,
    on_input: Callable[[str], None] | None = None,
    extract: bool = True,
) -> RunSummary:
    """Read every input under ``paths`` into ``store``; skip inputs already stored unchanged."""
    summary = RunSummary()
    for item in iter_inputs(paths, field_map=field_map, settings=settings):
        if isinstance(item, InputError):
            store.put_error(item)
            summary.failed += 1
            summary.errors.append(item)
            if on_input:
                on_input(item.source)
            continue
        key = item.source.key()
        digest = digest_text(item.text)
        if store.known_digest(key) == digest:
            summary.unchanged += 1
        else:
            if store.id_taken(item.id, key):
                item.id = f"{item.id}~{digest[:8]}"
            try:
                doc = analyze_raw(item, settings, extract=extract)
            except Exception as exc:  # a bug on one input must not lose the others
                log.exception("analysing %s failed", key)
                err = InputError(source=key, reason=f"analysis failed: {type(exc).__name__}: {exc}")
                store.put_error(err)
                summary.failed += 1
                summary.errors.append(err)
            else:
                store.put_document(doc, digest)
                summary.read += 1
        if on_input:
            on_input(item.source.path)
    return summary


def build_briefing(store: Store, settings: Settings = DEFAULT) -> Briefing:
    """Whole-store stages: duplicates, entity linking, reconciliation."""
    docs = list(store.iter_documents())
    link_duplicates(docs, settings)
    briefing = Briefing(documents=docs, errors=store.errors())
    from .link import link_entities

    briefing.entities = link_entities(docs)
    store.update_documents(docs)
    return briefing


def analyze(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    db_path: str | Path | None = None,
    field_map: Mapping[str, str] | None = None,
    settings: Settings = DEFAULT,
    progress: bool = False,
    formats: Iterable[str] = ("json", "md", "html"),
) -> RunSummary:
    """Ingest ``paths`` into the store and write the briefing of the whole store to ``out_dir``."""
    from .render import write_briefing

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = Path(db_path) if db_path else out / "ceksilang.db"
    with Store(db) as store:
        if progress:
            summary = _ingest_with_progress(paths, store, field_map, settings)
        else:
            summary = ingest(paths, store, field_map, settings)
        briefing = build_briefing(store, settings)
        summary.documents = len(briefing.documents)
        summary.duplicates = sum(1 for d in briefing.documents if d.duplicate_of)
        summary.outputs = write_briefing(briefing, out, formats=formats)
    return summary


def _ingest_with_progress(paths, store, field_map, settings) -> RunSummary:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    files = list_input_files(paths)
    seen: set[str] = set()
    with Progress(
        TextColumn("[bold]analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[current]}"), transient=True,
    ) as bar:
        task = bar.add_task("inputs", total=len(files), current="")

        def advance(path: str) -> None:
            if path not in seen:
                seen.add(path)
                bar.update(task, completed=min(len(seen), len(files)), current=Path(path).name[:40])

        return ingest(paths, store, field_map, settings, on_input=advance)
