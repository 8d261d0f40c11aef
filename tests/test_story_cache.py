"""Incremental reconciliation: a run after a new article reconciles only the stories it touches,
and writes the same briefing as a full rebuild of the same store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ceksilang.pipeline import ingest
from ceksilang.reconcile.briefing import StoryCache, write_store_briefing
from ceksilang.store import Store

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo"
HELD_BACK = "04_suarapesisir_penyintas.txt"


def _briefing(store: Store, out: Path, cache: StoryCache | None) -> dict:
    write_store_briefing(store, out, formats=("json",), cache=cache)
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    data.pop("generated", None)
    return data


def _counts(cache: StoryCache) -> dict[str, int]:
    counts = {"hits": cache.hits, "misses": cache.misses}
    cache.hits = cache.misses = 0
    return counts


@pytest.mark.skipif(not (DEMO / HELD_BACK).exists(), reason="needs examples/demo")
def test_story_cache_reconciles_only_touched_stories_and_equals_a_full_rebuild(tmp_path):
    corpus = tmp_path / "demo"
    shutil.copytree(DEMO, corpus, ignore=shutil.ignore_patterns(HELD_BACK, "broken.jsonl"))
    # the demo is one story (its English wire joins the flood): an unrelated report is a second
    (corpus / "other.jsonl").write_text(json.dumps({
        "id": "rapat-dprd", "title": "DPRD Palu Bahas Anggaran Pendidikan", "outlet": "Kabar Palu",
        "published": "2025-03-06T10:00:00+08:00",
        "text": "PALU, Kabar Palu – Dewan Perwakilan Rakyat Daerah Kota Palu membahas rancangan anggaran "
                "pendidikan tahun 2026 dalam rapat paripurna, Kamis. Ketua komisi menyebut dana beasiswa naik "
                "menjadi Rp4,2 miliar."}) + "\n", encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as store, StoryCache(tmp_path / "story-cache.db") as cache:
        ingest([corpus], store)
        cold = _briefing(store, tmp_path / "o1", cache)
        assert _counts(cache) == {"hits": 0, "misses": len(cold["stories"])} and len(cold["stories"]) >= 2
        warm = _briefing(store, tmp_path / "o2", cache)
        assert _counts(cache) == {"hits": len(cold["stories"]), "misses": 0} and warm == cold
        shutil.copy(DEMO / HELD_BACK, corpus)
        ingest([corpus], store)
        after = _briefing(store, tmp_path / "o3", cache)
        assert _counts(cache) == {"hits": len(after["stories"]) - 1, "misses": 1}
        assert any(HELD_BACK[:-4] in s["docs"] for s in after["stories"])
        full = _briefing(store, tmp_path / "o4", None)
    assert after == full
