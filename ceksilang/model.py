"""The data model every stage reads and writes.

All spans are character offsets into ``Document.text`` (the *cleaned* text):
``text[start:end]`` is exactly the span's ``text``. Every record is a slotted
dataclass so that a stage cannot grow an attribute by typo, and ``to_dict``
gives the JSON shape documented in ``docs/briefing-json.md``.

Stage by stage:

* read      -> ``RawDocument`` or ``InputError``
* clean     -> ``Document`` (text, removed lines, metadata)
* extract   -> ``Document.mentions / quotes / quantities / dates``
* link      -> ``Entity`` (mentions gain ``entity`` ids, quotes gain ``speaker``)
* reconcile -> ``Story``, ``Claim``, ``Discrepancy``, ``TimelineEvent``
* render    -> ``Briefing`` as JSON / Markdown / HTML
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from functools import cache
from typing import Any

_SCALARS = (str, int, float, bool, type(None))


@cache
def _public_fields(cls: type) -> tuple[str, ...]:
    # dataclasses.fields() builds a new tuple on every call: once per class is enough
    return tuple(f.name for f in fields(cls) if not f.name.startswith("_"))


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


# exact types whose values are their own plain form: tested inline, most fields are one of
# them, and a call per field was most of the cost of to_dict (subclasses still go through _plain)
_SCALAR_TYPES = frozenset(_SCALARS)


def _plain(obj: Any) -> Any:
    """asdict() that also drops private fields (names starting with "_")."""
    if isinstance(obj, _SCALARS):  # most values: checked first
        return obj
    convert = _RECORD_CONVERTERS.get(type(obj))
    if convert is not None:
        return convert(obj)
    if hasattr(obj, "__dataclass_fields__"):
        return _record_converter(type(obj))(obj)
    if isinstance(obj, (list, tuple)):
        return [x if type(x) in _SCALAR_TYPES else _plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


# a dataclass's plain form built by a function of its own, made once per class: a dict display of its
# public fields in their order, each value kept when its type is a scalar's and converted otherwise.
# The same dict the loop over ``_public_fields`` with getattr gave, at about half its cost (every
# record is written to the store and to the briefing's tables: 43,000 records after the bench's ingest)
_RECORD_CONVERTERS: dict[type, Any] = {}


def _record_converter(cls: type) -> Any:
    names = _public_fields(cls)
    body = ["def to_plain(obj, scalar=scalar, plain=plain):"]
    body += [f"    v{i} = obj.{name}" for i, name in enumerate(names)]
    items = ", ".join(f"{name!r}: v{i} if type(v{i}) in scalar else plain(v{i})" for i, name in enumerate(names))
    body.append(f"    return {{{items}}}")
    namespace: dict[str, Any] = {"scalar": _SCALAR_TYPES, "plain": _plain}
    exec("\n".join(body), namespace)  # field names are identifiers: nothing but them reaches the code
    _RECORD_CONVERTERS[cls] = namespace["to_plain"]
    return namespace["to_plain"]


class Record:
    """Mixin: JSON-ready dict of a dataclass, and back."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        known = _field_names(cls)
        if known.issuperset(data):  # a record as to_dict wrote it: no key to drop, no copy to make
            return cls(**data)
        return cls(**{k: v for k, v in data.items() if k in known})


# --------------------------------------------------------------------------- read


@dataclass(slots=True)
class Source(Record):
    """Where an input came from: a file, optionally a row (CSV/JSONL, 1-based) or a WARC record."""

    path: str
    row: int | None = None
    record: str | None = None  # WARC-Record-ID or target URI

    def key(self) -> str:
        """A stable identity of the input, used by the store to skip finished inputs."""
        if self.row is not None:
            return f"{self.path}#{self.row}"
        if self.record is not None:
            return f"{self.path}@{self.record}"
        return self.path

    def __str__(self) -> str:
        return self.key()


@dataclass(slots=True)
class RawDocument(Record):
    """What a reader yields: raw article text plus whatever metadata the container carried."""

    id: str
    source: Source
    text: str
    format: str  # "text" | "html" | "jsonl" | "csv" | "warc"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # as given by the container (meta tag, CSV column): parsed by clean
    language: str | None = None


@dataclass(slots=True)
class InputError(Record):
    """An input (file, row, record) that could not be read, and why."""

    source: str
    reason: str


class UsageError(ValueError):
    """What the user asked for cannot be done as asked (an unknown field, a missing file, a bad
    option value): the CLI says it in one line and exits 2."""


# --------------------------------------------------------------------------- clean


@dataclass(slots=True)
class Removed(Record):
    """A line taken out of the article by the cleaner, with the rule that took it."""

    text: str
    reason: str  # e.g. "related-link", "promo", "caption", "repeated-title", "signature", "editor-line"


@dataclass(slots=True)
class Document(Record):
    id: str
    source: Source
    text: str  # cleaned article text: every offset in the briefing points into it
    format: str = "text"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 (date, or date-time with offset)
    published_precision: str | None = None  # "day" | "minute" | "second" | "month" | "year"
    dateline: str | None = None  # place in the dateline ("KYIV", "Washington")
    language: str | None = None  # "id" | "en" | "ms" | "other"
    removed: list[Removed] = field(default_factory=list)
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None
    derived_from: str | None = None  # spun / rewritten copy of another document
    derived_similarity: float | None = None
    # an English document of its story this one translates or closely rewrites:
    # {"doc": id, "share": aligned share of its sentences, "pairs": [{"source": [start, end],
    # "translation": [start, end], "similarity"}], "changes": how many changes were flagged}
    translated_from: dict[str, Any] | None = None
    # filled by extract
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        for s, e in self.sentences:
            if s <= offset < e:
                return (s, e)
        return None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        d = dict(data)
        d["source"] = Source.from_dict(d["source"]) if isinstance(d.get("source"), dict) else d.get("source")
        d["removed"] = [Removed.from_dict(r) for r in d.get("removed") or []]
        d["mentions"] = [Mention.from_dict(m) for m in d.get("mentions") or []]
        d["quotes"] = [Quote.from_dict(q) for q in d.get("quotes") or []]
        d["quantities"] = [Quantity.from_dict(q) for q in d.get("quantities") or []]
        d["dates"] = [TimeExpr.from_dict(t) for t in d.get("dates") or []]
        d["sentences"] = [tuple(s) for s in d.get("sentences") or []]
        known = _field_names(cls)
        return cls(**{k: v for k, v in d.items() if k in known})


# --------------------------------------------------------------------------- extract


@dataclass(slots=True)
class Mention(Record):
    """A name in a document: PERSON, ORG, GPE or LOC."""

    doc: str
    start: int
    end: int
    text: str
    label: str  # "PERSON" | "ORG" | "GPE" | "LOC"
    origin: str = "model"  # "model" | "gazetteer" | "rule"
    role: str | None = None  # title or role the text gives: "Menteri Luar Negeri AS"
    metonym: bool = False  # a capital or building standing for a government (Pyongyang, Kremlin)
    entity: str | None = None  # Entity.id, set by link


@dataclass(slots=True)
class CoSpeaker(Record):
    """One more person or body a quote is attributed to jointly ("kata Ahmad dan Budi": Budi)."""

    name: str  # as resolved in the text ("Budi Santoso")
    start: int | None = None  # the span of the name in the text
    end: int | None = None
    entity: str | None = None  # Entity.id, set by link


@dataclass(slots=True)
class Quote(Record):
    doc: str
    start: int  # span of the quoted words, without the quote marks
    end: int
    text: str
    kind: str  # "direct" | "partial" | "indirect"
    speaker: str | None = None  # Entity.id, set by link
    speaker_name: str | None = None  # as resolved in the text ("Antony Blinken")
    cue: str | None = None  # the speech verb as written ("kata", "ujarnya", "mengatakan")
    confidence: float = 0.0
    speaker_start: int | None = None  # the mention the speaker was resolved to, if any
    speaker_end: int | None = None
    speaks_for: str | None = None  # whom a spokesperson speaks for ("Antonio Guterres"), as the text names them
    # the others who say it with the speaker ("A dan B mengatakan"): speaker is A, co_speakers [B];
    # empty for a quote of one speaker
    co_speakers: list[CoSpeaker] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        d = dict(data)
        # JSON written before joint speakers has no "co_speakers": it loads as one speaker
        d["co_speakers"] = [c if isinstance(c, CoSpeaker) else CoSpeaker.from_dict(c)
                            for c in d.get("co_speakers") or []]
        known = _field_names(cls)
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass(slots=True)
class Quantity(Record):
    doc: str
    start: int
    end: int
    text: str
    value: float | None  # point value; for a range, None unless a single figure is implied
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"  # exact | approx | at_least | at_most | more_than | less_than
    unit: str | None = None  # what is counted: "tentara", "pesawat", "persen", "IDR", "km"
    place: str | None = None
    time: str | None = None
    claimant: str | None = None


@dataclass(slots=True)
class TimeExpr(Record):
    doc: str
    start: int
    end: int
    text: str
    value: str | dict[str, str] | None  # ISO date / date-time, or {"from": ..., "to": ...}
    precision: str | None = None  # "day" | "minute" | "part-of-month" | "month" | "year" | "week"
    anchor: str | None = None  # what it was resolved against, e.g. "published:2024-11-01"
    kind: str = "absolute"  # "absolute" | "relative" | "range" | "vague"


# --------------------------------------------------------------------------- link


@dataclass(slots=True)
class MentionRef(Record):
    doc: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity(Record):
    id: str
    name: str  # fullest form
    type: str  # PERSON | ORG | GPE | LOC
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[MentionRef] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)  # names used metonymically for it ("Kremlin")


# --------------------------------------------------------------------------- reconcile


@dataclass(slots=True)
class Evidence(Record):
    doc: str
    start: int
    end: int
    text: str | None = None


@dataclass(slots=True)
class Story(Record):
    id: str
    docs: list[str]
    label: str
    start: str | None = None  # earliest publication date
    end: str | None = None
    terms: list[str] = field(default_factory=list)
    # a story that reached ``StorySettings.max_story_docs`` goes on in a new one: its id
    continues: str | None = None


@dataclass(slots=True)
class Claim(Record):
    id: str
    story: str
    kind: str  # "figure" | "quote" | "event"
    subject: str  # what the claim is about ("tentara Korea Utara di Kursk")
    value: Any  # figure dict, quote text, or event description
    claimant: str | None
    docs: list[str]
    evidence: list[Evidence] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    scope: dict[str, Any] = field(default_factory=dict)  # place / time / unit for figures


@dataclass(slots=True)
class Discrepancy(Record):
    kind: str  # "figure" | "attribution" | "detail" | "wording" | "singleton" | "edit"
    docs: list[str]
    claims: list[str]
    status: str  # contradiction | explained | evolving | compatible | unconfirmed
    explanation: str  # in English, with ISO dates (the page shows ``message`` in its language)
    score: float
    story: str | None = None
    # wording: the changed words, one dict per change {doc_a, doc_b, a, b, meaning}
    changes: list[dict[str, Any]] = field(default_factory=list)
    # kind "edit" only (a silent edit found by re-fetching, see ceksilang/watch/edits.py): outlet,
    # field, before/after, both archived copies and the time window; null on every other kind
    edit: dict[str, Any] | None = None
    # the explanation as a message for the page's language: {"key", "args"} (render/explain.py);
    # ``explanation`` is its English sentence with ISO dates, for API readers
    message: dict[str, Any] | None = None


@dataclass(slots=True)
class TimelineEvent(Record):
    date: str | dict[str, str]
    precision: str | None
    text: str
    story: str | None
    sources: list[Evidence] = field(default_factory=list)
    reported: list[str] = field(default_factory=list)  # publication dates of the reporting docs


@dataclass(slots=True)
class Briefing(Record):
    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)


__all__ = [
    "Source", "RawDocument", "InputError", "Removed", "Document", "Mention", "CoSpeaker", "Quote", "Quantity",
    "TimeExpr", "MentionRef", "Entity", "Evidence", "Story", "Claim", "Discrepancy", "TimelineEvent",
    "Briefing", "asdict",
]
