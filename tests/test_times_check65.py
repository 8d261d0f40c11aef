"""The disc65 check of the day and clock time of a happening, of its steps and of its follow-up happening, as each
report writes them (tests/gold/times_check65.yaml).

The article texts are stored pages kept outside the repository ($CEKSILANG_DISC65_TEXTS); the shape of the
annotation is checked here always, its spans against the texts when they are present, and the briefing's clock
items against the annotated look-alikes when they are present. ceksilang's figures on the check are in
docs/evaluation.md ("Issue 20, disc65")."""

from __future__ import annotations

import re
from datetime import date

from .page_checks import (assert_events_split_by_event, assert_pairs_name_reports_of_their_event, read_gold,
                          stored_pages)

CLOCK = re.compile(r"^\d\d\.\d\d( WITA| WIT)?$")


def _events() -> dict[str, dict]:
    return read_gold("times_check65.yaml")["events"]


def _pages() -> dict[str, dict]:
    return stored_pages("CEKSILANG_DISC65_TEXTS", "/work/eval_disc65/pages.jsonl", "disc65")


def _spans(report: dict) -> list[str]:
    follow = [report["follow"]["span"]] if report.get("follow") else []
    return [report["span"], *follow, *(s["span"] for s in report.get("steps") or [])]


def test_ten_events_of_three_reports_or_more_split_by_event_three_with_a_follow_up():
    events = _events()
    assert_events_split_by_event(events)
    with_follow = [n for n, e in events.items() if any(r.get("follow") for r in e["reports"].values())]
    assert len(with_follow) >= 3, with_follow


def test_every_report_has_a_day_or_none_clocks_as_written_and_short_spans():
    for name, e in _events().items():
        for key, r in e["reports"].items():
            if r["day"] is not None:
                date.fromisoformat(r["day"])
            steps = [s["clock"] for s in r.get("steps") or []]
            for c in [r.get("clock"), (r.get("follow") or {}).get("clock"), *steps]:
                assert c is None or CLOCK.match(c), (name, key, c)
            for span in _spans(r):
                assert 0 < len(span.split()) <= 12, (name, key, span)


def test_every_pair_names_two_reports_of_its_event():
    assert_pairs_name_reports_of_their_event(_events(), min_flagged=5)


def test_spans_are_quoted_exactly_from_the_stored_texts():
    pages = _pages()
    for e in _events().values():
        for key, r in e["reports"].items():
            assert pages[key]["url"] == e["docs"][key]
            for span in _spans(r):
                assert span in pages[key]["text"], (key, span)
        for f in e.get("flag") or []:
            for key, span in zip((f["a"], f["b"]), f["spans"]):
                assert span in pages[key]["text"], (key, span)
