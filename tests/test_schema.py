"""The JSON Schema of briefing.json: valid itself, accepts what the model writes, refuses broken
briefings, and cannot drift from ``ceksilang/model.py`` or from ``docs/briefing-json.md``."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from ceksilang import model

REPO = Path(__file__).resolve().parents[1]
SCHEMA_PATH = REPO / "ceksilang" / "schema" / "briefing.schema.json"
DOC_PATH = REPO / "docs" / "briefing-json.md"

# Which $defs entry describes which dataclass. RawDocument is absent on purpose: it never reaches
# briefing.json (clean turns it into a Document). Briefing maps to the top level of the schema.
DEF_OF_DATACLASS: dict[type, str] = {
    model.Source: "Source",
    model.Removed: "Removed",
    model.InputError: "InputError",
    model.Document: "Document",
    model.Mention: "Mention",
    model.Quote: "Quote",
    model.CoSpeaker: "CoSpeaker",
    model.Quantity: "Quantity",
    model.TimeExpr: "TimeExpr",
    model.MentionRef: "MentionRef",
    model.Entity: "Entity",
    model.Evidence: "Evidence",
    model.Story: "Story",
    model.Claim: "Claim",
    model.Discrepancy: "Discrepancy",
    model.TimelineEvent: "TimelineEvent",
}
# Document fields the renderer does not write on the document: the four extraction lists are
# flattened to the top-level lists of the same name; sentences are not part of the output.
FLATTENED_DOCUMENT_FIELDS = {"mentions", "quotes", "quantities", "dates", "sentences"}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=FormatChecker())


def public_fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")]


def minimal_briefing() -> dict[str, Any]:
    """A small briefing written by hand, as a consumer in another language would."""
    text = "PALU, kabarnusa.id – Sebanyak 12 warga meninggal. “Kami terus mencari,” kata Hendra."
    quote = "Kami terus mencari,"
    q_start = text.index(quote)
    return {
        "generated": "2025-03-10T08:00:00+07:00",
        "version": "0.1.0",
        "documents": [{
            "id": "kn-1", "source": {"path": "demo/kn.txt", "row": None, "record": None},
            "format": "text", "outlet": "kabarnusa.id", "title": "Banjir di Tanah Lawu", "author": None,
            "url": None, "published": "2025-03-03T14:20:00+08:00", "published_precision": "minute",
            "dateline": "PALU", "language": "id", "text": text,
            "removed": [{"text": "Baca juga: Cuaca Ekstrem", "reason": "read-also"}],
            "duplicate_of": None, "duplicate_similarity": None, "derived_from": None, "derived_similarity": None,
            "translated_from": None,
        }],
        "errors": [{"source": "demo/broken.jsonl#2", "reason": "invalid JSON: unterminated string"}],
        "quotes": [{
            "doc": "kn-1", "start": q_start, "end": q_start + len(quote), "text": quote, "kind": "direct",
            "speaker": None, "speaker_name": "Hendra", "cue": "kata", "confidence": 0.95,
            "speaker_start": text.index("Hendra"), "speaker_end": text.index("Hendra") + 6, "speaks_for": None, "co_speakers": [],
        }],
    }


def briefing_from_model() -> dict[str, Any]:
    """A briefing made of real model records through ``to_dict``, flattened the way the renderer does,
    so the schema is checked against what the code actually writes (tuples, defaults, nesting)."""
    text = "LAWUMERA, Warta Kini – BNPB mencatat lebih dari 4.500 pengungsi pada Rabu (5/3/2025)."
    figure = "lebih dari 4.500 pengungsi"
    f_start = text.index(figure)
    day = "Rabu (5/3/2025)"
    d_start = text.index(day)
    doc = model.Document(
        id="wk-1", source=model.Source(path="demo/wk.jsonl", row=1), text=text, format="jsonl",
        outlet="Warta Kini", published="2025-03-05T11:30:00+07:00", published_precision="minute",
        dateline="LAWUMERA", language="id",
        mentions=[model.Mention(doc="wk-1", start=text.index("BNPB"), end=text.index("BNPB") + 4,
                                text="BNPB", label="ORG", origin="gazetteer", entity="e1")],
        quantities=[model.Quantity(doc="wk-1", start=f_start, end=f_start + len(figure), text=figure,
                                   value=4500, qualifier="more_than", unit="pengungsi", claimant="BNPB")],
        dates=[model.TimeExpr(doc="wk-1", start=d_start, end=d_start + len(day), text=day,
                              value="2025-03-05", precision="day")],
        sentences=[(0, len(text))],
    )
    evidence = model.Evidence(doc="wk-1", start=f_start, end=f_start + len(figure), text=figure)
    briefing = model.Briefing(
        documents=[doc],
        entities=[model.Entity(id="e1", name="Badan Nasional Penanggulangan Bencana", type="ORG", aliases=["BNPB"],
                               mentions=[model.MentionRef(doc="wk-1", start=text.index("BNPB"),
                                                          end=text.index("BNPB") + 4, text="BNPB")])],
        stories=[model.Story(id="s1", docs=["wk-1"], label="Banjir Tanah Lawu", start="2025-03-05")],
        claims=[model.Claim(id="c1", story="s1", kind="figure", subject="pengungsi di Tanah Lawu",
                            value={"value": 4500, "qualifier": "more_than"}, claimant="BNPB", docs=["wk-1"],
                            evidence=[evidence], outlets=["Warta Kini"], scope={"place": "Tanah Lawu"})],
        discrepancies=[model.Discrepancy(kind="singleton", docs=["wk-1"], claims=["c1"], status="unconfirmed",
                                         explanation="Only one outlet gives this figure.", score=0.4, story="s1")],
        timeline=[model.TimelineEvent(date={"from": "2025-03-03", "to": "2025-03-05"}, precision="day",
                                      text="Pengungsian", story="s1", sources=[evidence], reported=["2025-03-05"])],
    )
    out = briefing.to_dict()
    out["generated"], out["version"] = "2025-03-10T01:00:00Z", "0.1.0"
    for name in ("mentions", "quotes", "quantities", "dates"):
        out[name] = [item for d in out["documents"] for item in d[name]]
    for d in out["documents"]:
        for name in FLATTENED_DOCUMENT_FIELDS:
            del d[name]
    out["stats"] = {"documents": 1, "errors": 0}
    return out


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("make", [minimal_briefing, briefing_from_model])
def test_schema_accepts_briefing(validator: Draft202012Validator, make) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(make())]
    assert errors == []


def test_schema_accepts_unknown_fields(validator: Draft202012Validator) -> None:
    # Forward compatibility: a newer ceksilang may add fields anywhere.
    b = minimal_briefing()
    b["future_section"] = [1, 2]
    b["documents"][0]["sentiment"] = "neutral"
    b["quotes"][0]["addressee"] = None
    assert validator.is_valid(b)


def _drop(path: str):
    def mutate(b: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = b
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        del target[int(last) if last.isdigit() else last]
    return mutate


def _set(path: str, value: Any):
    def mutate(b: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = b
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        target[int(last) if last.isdigit() else last] = value
    return mutate


@pytest.mark.parametrize("mutate, why", [
    (_drop("documents"), "documents is required"),
    (_drop("errors"), "errors is required"),
    (_drop("generated"), "generated is required"),
    (_set("generated", "kemarin"), "generated must be a date-time"),
    (_set("quotes.0.kind", "hearsay"), "quote kind is a closed vocabulary"),
    (_set("quotes.0.start", -1), "offsets are not negative"),
    (_set("quotes.0.confidence", 1.5), "confidence is at most 1"),
    (_drop("quotes.0.speaker_name"), "record keys are required even when null"),
    (_set("documents.0.language", "Indonesian"), "language is a code"),
    (_set("documents.0.published", "3 Maret 2025"), "published is ISO 8601"),
    (_set("documents.0.published_precision", "fortnight"), "precision is a closed vocabulary"),
    (_set("documents.0.format", "pdf"), "format is a closed vocabulary"),
    (_set("documents.0.quotes", []), "per-document lists are flattened, never on the document"),
    (_drop("documents.0.source.path"), "source needs a path"),
    (_set("documents.0.source.row", 0), "rows are 1-based"),
    (_set("errors.0", {"source": "x.txt"}), "an error needs a reason"),
])
def test_schema_rejects_broken_briefing(validator: Draft202012Validator, mutate, why: str) -> None:
    b = copy.deepcopy(minimal_briefing())
    mutate(b)
    assert not validator.is_valid(b), why


@pytest.mark.parametrize("section, item, why", [
    ("quantities", {"qualifier": "roughly"}, "qualifier is a closed vocabulary"),
    ("discrepancies", {"kind": "spin"}, "discrepancy kind is a closed vocabulary"),
    ("discrepancies", {"status": "maybe"}, "discrepancy status is a closed vocabulary"),
    ("entities", {"type": "PER"}, "entity type uses PERSON/ORG/GPE/LOC"),
    ("dates", {"precision": "hour"}, "time precision is a closed vocabulary"),
    ("claims", {"kind": "rumour"}, "claim kind is a closed vocabulary"),
    ("mentions", {"label": "MISC"}, "mention label is an entity type"),
])
def test_schema_rejects_bad_vocabulary(validator: Draft202012Validator, section: str, item: dict, why: str) -> None:
    b = briefing_from_model()
    b[section][0].update(item)
    assert not validator.is_valid(b), why


@pytest.mark.parametrize("cls, def_name", list(DEF_OF_DATACLASS.items()), ids=lambda x: getattr(x, "__name__", x))
def test_schema_defs_match_model_fields(schema: dict[str, Any], cls: type, def_name: str) -> None:
    definition = schema["$defs"][def_name]
    expected = set(public_fields(cls)) - (FLATTENED_DOCUMENT_FIELDS if cls is model.Document else set())
    described = {k for k, v in definition["properties"].items() if v is not False}
    assert expected - described == set(), f"model fields missing from $defs/{def_name}"
    assert described - expected == set(), f"$defs/{def_name} describes fields the model does not have"
    # to_dict writes every field, null or not, so a consumer may rely on every key being there.
    assert set(definition["required"]) == expected
    assert definition.get("additionalProperties") is True


def _allows_none(hint: Any) -> bool:
    if hint is Any:
        return True
    origin = typing.get_origin(hint)
    return (origin is typing.Union or origin is types.UnionType) and type(None) in typing.get_args(hint)


@pytest.mark.parametrize("cls, def_name", list(DEF_OF_DATACLASS.items()), ids=lambda x: getattr(x, "__name__", x))
def test_schema_nullability_matches_model_types(schema: dict[str, Any], cls: type, def_name: str) -> None:
    # A field typed "X | None" in the model must accept null in the schema, and the reverse.
    hints = typing.get_type_hints(cls, vars(model))
    for name in public_fields(cls):
        if cls is model.Document and name in FLATTENED_DOCUMENT_FIELDS:
            continue
        sub = Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{def_name}/properties/{name}"})
        assert sub.is_valid(None) == _allows_none(hints[name]), f"{def_name}.{name} nullability"


def test_schema_top_level_matches_briefing(schema: dict[str, Any]) -> None:
    expected = set(public_fields(model.Briefing)) | {"generated", "version", "stats",
                                                     "quotes", "quantities", "dates", "mentions"}
    assert set(schema["properties"]) == expected
    # Each flattened list holds the same record type as the Document field it comes from.
    for name, def_name in [("mentions", "Mention"), ("quotes", "Quote"), ("quantities", "Quantity"), ("dates", "TimeExpr")]:
        assert schema["properties"][name]["items"] == {"$ref": f"#/$defs/{def_name}"}


def test_schema_documented_fields_cover_every_def(schema: dict[str, Any]) -> None:
    # docs/briefing-json.md names every record and every field (as `field`) in its own section.
    doc = DOC_PATH.read_text(encoding="utf-8")
    sections = dict(re.findall(r"^### (\w+)\n(.*?)(?=^##)", doc + "\n##", flags=re.M | re.S))
    for def_name, definition in schema["$defs"].items():
        if "properties" not in definition:
            continue
        assert def_name in sections, f"docs/briefing-json.md has no '### {def_name}' section"
        for field_name, sub in definition["properties"].items():
            if sub is not False:
                assert f"`{field_name}`" in sections[def_name], f"{def_name}.{field_name} undocumented"


def test_schema_accepts_documented_example(validator: Draft202012Validator) -> None:
    doc = DOC_PATH.read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc, flags=re.S)
    assert example, "docs/briefing-json.md has no ```json example"
    briefing = json.loads(example.group(1))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(briefing)]
    assert errors == []
    # Its offsets must point at the text they claim to, as the format promises.
    texts = {d["id"]: d["text"] for d in briefing["documents"]}
    spans = [s for k in ("mentions", "quotes", "quantities", "dates") for s in briefing.get(k, [])]
    assert spans, "the example shows no spans"
    for span in spans:
        assert texts[span["doc"]][span["start"]:span["end"]] == span["text"]
