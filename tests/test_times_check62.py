"""The disc62 check of the day (and clock time) a happening happened, as each report writes it
(tests/gold/times_check62.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC62_TEXTS); the shape of the
annotation is checked here always, its spans against the texts when they are present, and the day reader's
readings against the annotated days when they are present. ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, disc62")."""

from __future__ import annotations

from datetime import date

from .page_checks import (assert_events_split_by_event, assert_pairs_name_reports_of_their_event, read_gold,
                          stored_pages)


def _events() -> dict[str, dict]:
    return read_gold("times_check62.yaml")["events"]


def _pages() -> dict[str, dict]:
    return stored_pages("CEKSILANG_DISC62_TEXTS", "/work/eval_disc62/pages.jsonl", "disc62")


def test_ten_events_of_three_reports_or_more_split_by_event():
    assert_events_split_by_event(_events())


def test_every_report_has_a_day_or_none_and_a_short_span():
    for name, e in _events().items():
        for key, r in e["reports"].items():
            if r["day"] is not None:
                date.fromisoformat(r["day"])
            assert 0 < len(r["span"].split()) <= 12, (name, key)


def test_every_pair_names_two_reports_of_its_event():
    assert_pairs_name_reports_of_their_event(_events(), min_flagged=15)


def test_spans_are_quoted_exactly_from_the_stored_texts():
    pages = _pages()
    for e in _events().values():
        for key, r in e["reports"].items():
            assert r["span"] in pages[key]["text"], (key, r["span"])
        for f in e.get("flag") or []:
            for key, span in zip((f["a"], f["b"]), f["spans"]):
                assert span in pages[key]["text"], (key, span)
