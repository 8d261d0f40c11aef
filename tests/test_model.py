"""Records' plain form (``Record.to_dict``): each class's own converter gives the dict the generic
walk over its public fields gave, in the same key order."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ceksilang import model
from ceksilang.model import (Claim, Discrepancy, Entity, Mention, MentionRef, Quote, Record, Source, Story,
                             TimelineEvent)
from ceksilang.pipeline import analyze

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "demo"


def _walked(obj: Any) -> Any:
    """The generic walk ``to_dict`` made before each class had a converter of its own."""
    if isinstance(obj, model._SCALARS):
        return obj
    if hasattr(obj, "__dataclass_fields__"):
        out = {}
        for name in model._public_fields(type(obj)):
            value = getattr(obj, name)
            out[name] = value if type(value) in model._SCALAR_TYPES else _walked(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [x if type(x) in model._SCALAR_TYPES else _walked(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _walked(v) for k, v in obj.items()}
    return obj


def _same(a: Any, b: Any) -> bool:
    # equal, and equal as JSON text: the key order is what the store and briefing.json write
    return a == b and json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)


class Tone(str, enum.Enum):
    CALM = "calm"


@dataclass(slots=True)
class _Inner(Record):
    name: str
    tone: Any = None  # a str subclass: converted, not kept as the scalar types are


@dataclass(slots=True)
class _Outer(Record):
    inner: _Inner
    listed: list[Any] = field(default_factory=list)
    keyed: dict[str, Any] = field(default_factory=dict)
    pair: tuple[int, int] = (1, 2)
    _hidden: int = 7  # private: never written


def test_made_records_convert_as_the_walk_did() -> None:
    records = [
        _Outer(_Inner("a", Tone.CALM), [_Inner("b"), 3, None, [1.5, True]], {"k": _Inner("c"), "n": 2}),
        Mention(doc="d1", start=0, end=7, text="Jakarta", label="LOC"),
        Source(path="x.jsonl", row=3),
        Entity(id="e1", name="Budi", type="PER", aliases=["Pak Budi"], mentions=[MentionRef("d1", 0, 4, "Budi")]),
        Story(id="s1", label="banjir", docs=["d1", "d2"], start="2025-06-17", end="2025-06-18", terms=["banjir"]),
    ]
    for record in records:
        assert _same(record.to_dict(), _walked(record)), type(record).__name__
    outer = records[0].to_dict()
    assert "_hidden" not in outer and outer["pair"] == [1, 2] and outer["inner"]["tone"] == "calm"


@pytest.fixture(scope="module")
def demo_briefing(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo_model")
    analyze([DEMO], out, workers=1)
    return out


def test_a_whole_briefings_records_convert_as_the_walk_did(demo_briefing: Path) -> None:
    from ceksilang.store import Store
    with Store(demo_briefing / "ceksilang.db") as store:
        docs = list(store.iter_documents())
    assert docs and any(d.quotes for d in docs) and any(d.quantities for d in docs)
    for doc in docs:
        assert _same(doc.to_dict(), _walked(doc))
    data = json.loads((demo_briefing / "briefing.json").read_text(encoding="utf-8"))
    kinds = {"claims": Claim, "discrepancies": Discrepancy, "timeline": TimelineEvent, "entities": Entity}
    for section, cls in kinds.items():
        assert data[section], section
        for item in data[section]:
            record = cls.from_dict(item)
            assert _same(record.to_dict(), _walked(record)), section


def test_each_class_gets_one_converter() -> None:
    first = Quote(doc="d1", start=0, end=5, text="halo", kind="direct").to_dict()
    converter = model._RECORD_CONVERTERS[Quote]
    Quote(doc="d1", start=1, end=6, text="lagi", kind="direct").to_dict()
    assert model._RECORD_CONVERTERS[Quote] is converter and first["text"] == "halo"
