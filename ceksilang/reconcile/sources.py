"""Who stands behind a document: its original (through copies), its independent source, and the
story it belongs to. Copies and articles of one outlet are one independent source.
"""

from __future__ import annotations

from collections.abc import Sequence

from ceksilang.model import Document, Story


def _faithful_original(doc: Document) -> str | None:
    # a translation that changed nothing says what its original said: one source, not two
    tr = doc.translated_from
    return tr["doc"] if tr and not tr.get("changes") else None


def root_of(doc: Document, by_id: dict[str, Document]) -> Document:
    """The original a copy descends from (following duplicate_of / derived_from chains, and
    translated_from when the translation changed nothing)."""
    seen = {doc.id}
    while True:
        parent = doc.duplicate_of or doc.derived_from or _faithful_original(doc)
        if not parent or parent not in by_id or parent in seen:
            return doc
        seen.add(parent)
        doc = by_id[parent]


def source_key(doc: Document, by_id: dict[str, Document]) -> str:
    """Identity of an independent source: the original's outlet (or id when it has none)."""
    root = root_of(doc, by_id)
    return f"outlet:{root.outlet.lower()}" if root.outlet else f"doc:{root.id}"


def outlet_name(doc: Document) -> str:
    return doc.outlet or doc.id


def story_map(docs: Sequence[Document], stories: Sequence[Story]) -> tuple[list[Story], dict[str, str]]:
    """Stories to work on and doc id -> story id. With no stories, all documents are one story;
    a document no story holds becomes a story of its own."""
    if not stories:
        all_story = Story(id="story:all", docs=[d.id for d in docs], label="all documents")
        return [all_story], {d.id: all_story.id for d in docs}
    result = list(stories)
    of: dict[str, str] = {}
    for story in stories:
        for doc_id in story.docs:
            of.setdefault(doc_id, story.id)
    for d in docs:
        if d.id not in of:
            extra = Story(id=f"story:{d.id}", docs=[d.id], label=d.title or d.id)
            result.append(extra)
            of[d.id] = extra.id
    return result, of
