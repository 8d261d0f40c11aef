"""What a round of ``ceksilang watch`` changed in the stories: new stories, new discrepancies, and
discrepancies whose status, documents or values moved.

Each written story is reduced to a digest (its label, documents, outlets and the discrepancies a
checker acts on) and compared with the digest the last round kept in the store. Discrepancies
have no stable id of their own (claim ids are numbered within a story and shift when an article
joins), so one is recognised across rounds by its story, its kind and what its claims are about:
the same kind in the same story whose claim subjects overlap at least ``SAME_SUBJECTS`` is the
same discrepancy, a little larger or with a new status. Singletons (one outlet's claim) are the
long tail of every story and would flood the feed; silent edits are recorded where they are
found (``pipeline.ingest_url``), so neither is reported here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from ceksilang.reconcile.tables import StoryPart

NOT_REPORTED = frozenset({"singleton", "edit"})
SAME_SUBJECTS = 0.5  # Jaccard overlap of claim subjects that makes two discrepancies one

SCHEMA = """
CREATE TABLE IF NOT EXISTS story_digests (
    story TEXT PRIMARY KEY,
    data TEXT NOT NULL
);
"""


@dataclass(slots=True)
class DiscrepancyDigest:
    kind: str
    status: str
    subjects: list[str]
    docs: list[str]
    values: list[str]  # the claims' values as text: a changed figure changes the discrepancy
    explanation: Any

    def same_as(self, other: DiscrepancyDigest) -> bool:
        if self.kind != other.kind:
            return False
        mine, theirs = set(self.subjects), set(other.subjects)
        if not mine and not theirs:
            return set(self.docs) & set(other.docs) != set()
        return len(mine & theirs) / len(mine | theirs) >= SAME_SUBJECTS


@dataclass(slots=True)
class StoryDigest:
    story: str
    label: str
    docs: list[str]
    outlets: list[str]
    discrepancies: list[DiscrepancyDigest] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> StoryDigest:
        data = json.loads(text)
        data["discrepancies"] = [DiscrepancyDigest(**d) for d in data.get("discrepancies", [])]
        return cls(**data)


@dataclass(slots=True)
class StoryChange:
    """One line of ``/changes``: ``kind`` is "new-story", "new-discrepancy" or "changed-discrepancy"."""

    kind: str
    title: str
    data: dict[str, Any]


def digest_part(part: StoryPart) -> StoryDigest:
    """The digest of one written story. A part taken from the story cache, or made in a pool
    worker, carries its records as serialised rows only: they are read from there."""
    rows = part.rows or {}
    claims = ([c.to_dict() for c in part.claims] if part.claims
              else [json.loads(r[2]) for r in rows.get("claim", [])])
    found = ([d.to_dict() for d in part.discrepancies] if part.discrepancies
             else [json.loads(r[2]) for r in rows.get("discrepancy", [])])
    if rows.get("document"):
        outlets = {json.loads(r[3]).get("outlet") for r in rows["document"]}
    else:
        outlets = {d.outlet for d in part.documents}
    by_id = {c["id"]: c for c in claims}
    digests = []
    for d in found:
        if d["kind"] in NOT_REPORTED:
            continue
        mine = [by_id[c] for c in d.get("claims", []) if c in by_id]
        digests.append(DiscrepancyDigest(
            kind=d["kind"], status=d["status"], subjects=sorted({c["subject"] for c in mine if c.get("subject")}),
            docs=sorted(d.get("docs", [])), values=sorted(_value_text(c.get("value")) for c in mine),
            explanation=d.get("explanation")))
    return StoryDigest(story=part.story.id, label=part.story.label, docs=sorted(part.story.docs),
                       outlets=sorted(o for o in outlets if o), discrepancies=digests)


def _value_text(value: Any) -> str:
    """A claim's value as a reader would write it: a quote's words, a figure's text."""
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        return value["text"]
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def story_changes(before: StoryDigest | None, after: StoryDigest) -> list[StoryChange]:
    """What ``after`` says that ``before`` (the last round's digest of the story, if any) did not."""
    out: list[StoryChange] = []
    story = {"story": after.story, "story_label": after.label}
    if before is None:
        out.append(StoryChange("new-story", after.label, {**story, "documents": len(after.docs),
                                                           "outlets": after.outlets}))
    earlier = list(before.discrepancies) if before else []
    for now in after.discrepancies:
        was = next((d for d in earlier if d.same_as(now)), None)
        title = ", ".join(now.subjects) or after.label
        if was is None:
            out.append(StoryChange("new-discrepancy", title, {**story, "discrepancy_kind": now.kind,
                                                               "status": now.status, "docs": now.docs,
                                                               "explanation": now.explanation}))
            continue
        earlier.remove(was)  # one earlier discrepancy answers for one current one
        if (was.status, was.docs, was.values) != (now.status, now.docs, now.values):
            out.append(StoryChange("changed-discrepancy", title, {
                **story, "discrepancy_kind": now.kind, "status_before": was.status, "status": now.status,
                "docs_added": sorted(set(now.docs) - set(was.docs)),
                "values_before": was.values, "values": now.values, "explanation": now.explanation}))
    return out


def ensure_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def _kept_digests(conn: sqlite3.Connection, stories: list[str]) -> dict[str, str]:
    """The digests (as kept, JSON) of ``stories`` from the last round."""
    out: dict[str, str] = {}
    for i in range(0, len(stories), 500):
        chunk = stories[i:i + 500]
        out.update(conn.execute(
            f"SELECT story, data FROM story_digests WHERE story IN ({','.join('?' * len(chunk))})", chunk))
    return out


def changes_since_last_round(conn: sqlite3.Connection, digests: list[StoryDigest]) -> list[StoryChange]:
    """The changes of the stories just written against the digests kept last round; the digests
    that moved are kept in their place (inside the caller's transaction). A story whose digest
    is the one kept is skipped without being read back: nothing in it moved."""
    ensure_tables(conn)
    kept = _kept_digests(conn, [d.story for d in digests])
    out: list[StoryChange] = []
    moved: list[tuple[str, str]] = []
    for digest in digests:
        text = digest.to_json()
        if kept.get(digest.story) == text:
            continue
        before = StoryDigest.from_json(kept[digest.story]) if digest.story in kept else None
        out.extend(story_changes(before, digest))
        moved.append((digest.story, text))
    conn.executemany("INSERT OR REPLACE INTO story_digests(story, data) VALUES (?, ?)", moved)
    return out
