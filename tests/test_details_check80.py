"""The disc80 check: details two reports of one event tell differently (a day or date, a place's city, a person's
directorate, an injury, a time zone, a state, a span of days, a quota, a range), with the look-alikes a checker would
not flag (tests/gold/details_check80.yaml).

The articles are the shared coverage corpus's (coverage.csv, read by id; the span test skips, saying so, without it);
no other gold names any of them. ceksilang's figures on this check are in docs/evaluation.md ("Issue 20, disc80")."""

from __future__ import annotations

import csv

from .conftest import needs_corpus
from .detail_checks import DetailCheck, assert_events_split_and_told_by_three, assert_flags_and_look_alikes, events
from .gold_checks import gold_ids_elsewhere
from .page_checks import GOLD_DIR

SLOTS = frozenset({"day", "date", "time", "zone", "duration", "place", "role", "name", "agent", "object", "state",
                   "injury", "count", "distance", "source", "vehicle", "code", "rank"})
CHECK = DetailCheck(gold="details_check80.yaml", texts_env="", default_texts="", name="disc80", slots=SLOTS,
                    split={"tune": 6, "test": 5}, min_flags=15, min_look_alikes=57)


def _articles() -> set[str]:
    return {a for e in events(CHECK) for a in e["articles"]}


def test_eleven_events_split_by_event_each_told_by_three_reports():
    assert_events_split_and_told_by_three(CHECK)


def test_every_event_lists_four_look_alikes_and_flags_name_both_sides():
    assert_flags_and_look_alikes(CHECK)


def test_no_article_is_named_by_any_other_gold_file():
    assert not _articles() & gold_ids_elsewhere(GOLD_DIR / CHECK.gold)


def test_every_span_is_an_exact_quote_of_its_coverage_article_published_18_to_20_june():
    path = needs_corpus("coverage", "coverage.csv")
    wanted = _articles()
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f) if r["id"] in wanted}
    assert set(rows) == wanted
    assert all("2025-06-18" <= rows[a]["published"][:10] <= "2025-06-20" for a in wanted)
    for e in events(CHECK):
        for d in e["discrepancies"]:
            for s in d["sides"]:
                assert s["span"] in rows[s["article"]]["text"], (e["event"], s["span"])
        for n in e["not_discrepancies"]:
            for article, span in zip(n["articles"], n["spans"]):
                assert span in rows[article]["text"], (e["event"], span)
