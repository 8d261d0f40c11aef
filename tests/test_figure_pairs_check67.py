"""The disc67 check of figure pairs across outlets: counts of one thing told two ways (people detained, personnel sent,
people aboard, sums of money) and their look-alikes (tests/gold/figure_pairs_check67.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC67_TEXTS: a JSON Lines file with url
and text, or a folder of such files); the shape of the annotation is checked here always, its spans and values against
the texts when that variable names them (else that test skips, saying so). ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, disc67")."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

from ceksilang.extract.numbers import parse_number

GOLD = Path(__file__).parent / "gold" / "figure_pairs_check67.yaml"
TEXTS_ENV = "CEKSILANG_DISC67_TEXTS"
STATUSES = {"contradiction", "evolving", "explained"}
# the scale words a span of money may carry after its number, as the value is written in rupiah
SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}


def _gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


def test_ten_events_of_three_outlets_or_more_split_by_event():
    gold = _gold()
    assert len(gold["events"]) >= 10
    assert {e["split"] for e in gold["events"].values()} == {"tune", "test"}
    for event, docs in gold["urls"].items():
        assert event in gold["events"]
        assert len(docs) >= 3, event
    urls = [u for docs in gold["urls"].values() for u in docs.values()]
    assert len(urls) == len(set(urls)), "an article belongs to one event"


def test_pairs_name_two_articles_of_their_event_with_values_and_short_spans():
    gold = _gold()
    for p in gold["pairs"]:
        assert p["status"] in STATUSES, p["id"]
        docs = gold["urls"][p["event"]]
        assert p["a"]["doc"] in docs and p["b"]["doc"] in docs, p["id"]
        assert p["a"]["doc"] != p["b"]["doc"], p["id"]
        assert p["a"]["value"] != p["b"]["value"], p["id"]
        for side in "ab":
            assert len(p[side]["span"].split()) <= 12, (p["id"], side)
        if p.get("part"):
            assert p["status"] == "explained" and p.get("why"), p["id"]
    ids = [p["id"] for p in gold["pairs"]]
    assert len(ids) == len(set(ids))


def test_twenty_clashes_and_their_look_alikes_in_both_halves():
    gold = _gold()
    split = {e: v["split"] for e, v in gold["events"].items()}
    pairs = gold["pairs"]
    assert sum(p["status"] == "contradiction" for p in pairs) >= 20
    for half in ("tune", "test"):
        mine = [p for p in pairs if split[p["event"]] == half]
        assert sum(p["status"] == "contradiction" for p in mine) >= 8, half
        assert sum(p["status"] == "evolving" for p in mine) >= 2, half
        assert sum(bool(p.get("part")) for p in mine) >= 5, half


def _numbers_in(span: str) -> set[float]:
    """The numbers a span writes: in digits with Indonesian separators ("1.489", "Rp5,7 miliar" read in rupiah) or in
    words, read by ceksilang's number tables ("delapan", "tiga belas"), any run of up to three words."""
    numbers: set[float] = set()
    for m in re.finditer(r"(\d+(?:\.\d{3})*(?:,\d+)?)(?:\s*([a-z]+))?", span.lower()):
        value = float(m.group(1).replace(".", "").replace(",", "."))
        numbers.add(value)
        if m.group(2) in SCALES:
            numbers.add(round(value * SCALES[m.group(2)]))
    words = re.findall(r"[^\W\d_]+", span)
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            value = parse_number(" ".join(words[i:j]), "id")
            if value is not None:
                numbers.add(float(value))
    return numbers


def test_numbers_in_a_span_are_read_in_digits_words_and_rupiah():
    assert _numbers_in("Polisi menangkap 1.489 orang") >= {1489}
    assert _numbers_in("KPK menyita Rp5,7 miliar") >= {5700000000}
    assert _numbers_in("Uang tunai sejumlah Rp370 juta") >= {370000000}
    assert _numbers_in("empat hingga lima warga") >= {4, 5}


def _texts() -> dict[str, str]:
    value = os.environ.get(TEXTS_ENV)
    if not value:
        pytest.skip(f"set ${TEXTS_ENV} to the disc67 stored pages (JSON Lines of url and text, kept outside the repo)")
    path = Path(value)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path] if path.exists() else []
    if not files:
        pytest.skip(f"${TEXTS_ENV} names no JSON Lines file of the disc67 stored pages ({path})")
    texts = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts[row["url"]] = row["text"]
    return texts


def test_spans_are_quoted_from_the_stored_texts_and_hold_their_value():
    texts = _texts()
    gold = _gold()
    for p in gold["pairs"]:
        for side in "ab":
            s = p[side]
            assert s["span"] in texts[gold["urls"][p["event"]][s["doc"]]], (p["id"], s["span"])
            assert s["value"] in _numbers_in(s["span"]), (p["id"], side)
