"""The whole-store stages (duplicates, stories, linking, spun copies, reconciliation, timeline)
over random mixes of real articles: the seeds, CNN Indonesia and multi-outlet coverage articles,
and an English wire, some cut short at a random point, some copied or lightly rewritten. Every
mix must give a briefing that holds every document, validates against the schema and names no
failed story: a story that raises is reported, but here none should (the issue's crash was an
English copy whose date ran past its sentence)."""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

import pytest

from ceksilang.pipeline import analyze

from .conftest import needs_corpus
from .test_briefing import _schema_errors

REPO = Path(__file__).resolve().parents[1]
ENGLISH_WIRE = REPO / "examples" / "demo" / "06_meridian_wire_en.txt"


def _pool(rng: random.Random) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    pool = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(needs_corpus("seeds").glob("*.txt"))]
    with needs_corpus("news", "cnn_labeled.csv").open(encoding="utf-8", newline="") as f:
        cnn = list(csv.DictReader(f))
    pool += [{"id": f"cnn-{i}", "text": r["clean_text"], "title": r["title"], "published": r["date"], "outlet": r["domain"]}
             for i, r in ((i, cnn[i]) for i in rng.sample(range(len(cnn)), 6))]
    with needs_corpus("coverage", "coverage.csv").open(encoding="utf-8", newline="") as f:
        coverage = list(csv.DictReader(f))
    pool += [{"id": r["id"], "text": r["text"], "title": r["title"], "published": r["published"], "outlet": r["outlet"]}
             for r in (coverage[i] for i in rng.sample(range(len(coverage)), 6))]
    pool.append({"id": "wire-en", "text": ENGLISH_WIRE.read_text(encoding="utf-8")})
    return pool


def _mix(seed: int) -> list[dict]:
    rng = random.Random(seed)
    pool = _pool(rng)
    mix = [dict(a) for a in rng.sample(pool, rng.randint(6, 12))]
    if not any(a["id"] == "wire-en" for a in mix):
        mix.append(dict(pool[-1]))
    for a in list(mix):
        roll = rng.random()
        if roll < 0.2:  # cut short mid-word: a truncated scrape
            a["text"] = a["text"][: rng.randint(40, max(41, len(a["text"]) - 1))]
        elif roll < 0.3:  # a copy under another id, the same day
            mix.append({**a, "id": a["id"] + "-copy"})
        elif roll < 0.4:  # a light rewrite: sentences dropped
            sentences = a["text"].split(". ")
            kept = [s for s in sentences if rng.random() > 0.3] or sentences[:1]
            mix.append({**a, "id": a["id"] + "-rewrite", "text": ". ".join(kept)})
    return mix


@pytest.mark.shared
@pytest.mark.parametrize("seed", [20, 10, 2025])
def test_random_mixes_of_real_articles_give_a_whole_briefing(tmp_path: Path, seed: int) -> None:
    mix = _mix(seed)
    path = tmp_path / "campuran.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in mix), encoding="utf-8")
    summary = analyze([path], tmp_path / "out", formats=("json", "md", "html"), workers=1)
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    assert [e for e in data["errors"] if e["source"].startswith("story:")] == []
    assert summary.failed_stories == 0
    assert {d["id"] for d in data["documents"]} == {a["id"] for a in mix if a["text"].strip()}
    assert sum(len(s["docs"]) for s in data["stories"]) == len(data["documents"])
    assert _schema_errors(data) == []
    assert (tmp_path / "out" / "briefing.html").stat().st_size > 0
