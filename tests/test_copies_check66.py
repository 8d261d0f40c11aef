"""The disc66 check of copies and independent reports (tests/gold/copies_check66.yaml): pairs of reports of one
event, each labelled copy (one reprints the other, or both reprint one wire or outlet article) or independent
(two reporters at one press conference, one written statement rewritten by each newsroom, or two statements).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC66_TEXTS); the shape of the
annotation is checked here always, and ceksilang's copy marks against the labels when the texts are present.
ceksilang's figures on the check are in docs/evaluation.md ("Issue 20, disc66")."""

from __future__ import annotations

from collections import Counter

from .page_checks import read_gold, stored_pages


def _gold() -> dict:
    return read_gold("copies_check66.yaml")


def _pages() -> dict[str, dict]:
    return stored_pages("CEKSILANG_DISC66_TEXTS", "/work/eval_disc66/pages.jsonl", "disc66")


def test_forty_pairs_twelve_of_each_label_split_by_event():
    gold = _gold()
    pairs = gold["pairs"]
    assert len(pairs) >= 40
    labels = Counter(p["label"] for p in pairs)
    assert set(labels) == {"copy", "independent"} and min(labels.values()) >= 12
    assert sum(p["quotes_heavy"] for p in pairs) >= 10
    assert {e["split"] for e in gold["events"].values()} == {"tune", "test"}
    assert len({p["id"] for p in pairs}) == len(pairs)


def test_every_pair_names_two_pages_and_says_what_a_copy_changed_or_who_reported():
    gold = _gold()
    for p in gold["pairs"]:
        assert p["a"] != p["b"] and {p["a"], p["b"]} <= set(gold["pages"]), p["id"]
        assert p["event"] in gold["events"], p["id"]
        if p["label"] == "copy":
            assert p["via"] and p["changed"], p["id"]
        else:
            assert p["kind"] in ("press_conference", "press_release", "separate"), p["id"]


def test_the_stored_texts_are_the_annotated_pages():
    pages = _pages()
    gold = _gold()
    assert set(pages) == set(gold["pages"])
    for key, url in gold["pages"].items():
        assert pages[key]["url"] == url, key
