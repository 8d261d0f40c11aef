"""The copy71 check of copies, independent reports and template pages (tests/gold/copies_check71.yaml): pairs of
coverage reports of one event, each labelled copy (one reprints the other, or both print one release word for word),
independent (two reporters of one press conference or release, or two sources) or template (two pages of one daily
template filled with other figures). The texts are the shared coverage corpus's (named by id; the test skips, saying
so, without it). ceksilang's figures on the check are in docs/evaluation.md ("Issue 20, copy71")."""

from __future__ import annotations

import csv
from collections import Counter

from .conftest import needs_corpus
from .page_checks import GOLD_DIR, read_gold


def _gold() -> dict:
    return read_gold("copies_check71.yaml")


def test_thirty_pairs_of_three_labels_each_with_what_a_reader_needs():
    gold = _gold()
    pairs = gold["pairs"]
    labels = Counter(p["label"] for p in pairs)
    assert len(pairs) >= 30 and labels["copy"] >= 12 and labels["independent"] >= 12 and labels["template"] >= 6
    assert len({p["id"] for p in pairs}) == len(pairs)
    for p in pairs:
        assert p["a"] != p["b"] and p["event"] in gold["events"], p["id"]
        if p["label"] == "copy":
            assert p["via"] and isinstance(p["edits"], list), p["id"]
            assert all({"field", "before", "after"} <= set(e) for e in p["edits"]), p["id"]
        elif p["label"] == "independent":
            assert p["kind"] in ("press_conference", "press_release", "separate"), p["id"]


def test_every_pair_is_two_coverage_reports_in_no_other_gold():
    gold = _gold()
    ids = {d for p in gold["pairs"] for d in (p["a"], p["b"])}
    elsewhere = {name.name for name in GOLD_DIR.rglob("*") if name.is_file() and name.name != "copies_check71.yaml"
                 and any(i in name.read_text(encoding="utf-8", errors="ignore") for i in ids)}
    assert not elsewhere
    path = needs_corpus("coverage", "coverage.csv")
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8-sig", newline="") as f:
        known = {row["id"]: row for row in csv.DictReader(f) if row["id"] in ids}
    assert set(known) == ids
    for p in gold["pairs"]:
        same = known[p["a"]]["outlet"] == known[p["b"]]["outlet"]
        assert same == (p["outlets"] == "same"), p["id"]
