"""The disc78 check: one person named two ways across the reports of one story (initials against initials or a
name, an age), a count, a clock time or a part of the day told two ways, with the look-alikes a checker would not flag
(two people of one role with their own initials, initials that are a name's capitals, a part of the day that holds
the clock time) (tests/gold/details_check78.yaml).

The stored pages' texts stay outside the repository ($CEKSILANG_DISC78_TEXTS, default /work/eval_disc78/pages.jsonl);
without them only the annotation's shape is checked. ceksilang's figures on this check are in docs/evaluation.md
("Issue 20, disc78")."""

from __future__ import annotations

from .detail_checks import DetailCheck, assert_events_split_and_told_by_three, assert_flags_and_look_alikes, \
    assert_spans_quoted, events

CHECK = DetailCheck(gold="details_check78.yaml", texts_env="CEKSILANG_DISC78_TEXTS",
                    default_texts="/work/eval_disc78/pages.jsonl", name="disc78",
                    slots=frozenset({"name", "age", "time", "date", "count", "cause", "role", "state", "place"}),
                    split={"tune": 3, "test": 4},
                    min_flags=15, graded=True)


def test_seven_events_split_by_event_each_told_by_three_outlets():
    assert_events_split_and_told_by_three(CHECK)


def test_every_event_lists_four_look_alikes_and_flags_name_both_sides():
    assert_flags_and_look_alikes(CHECK)


def test_the_check_holds_initials_told_two_ways_and_two_people_sharing_initials():
    """The shapes the task names are in the check: a person's initials differing between reports (flags) and two
    people of one story whose initials share letters (look-alikes)."""
    found = events(CHECK)
    initials = [d for e in found for d in e["discrepancies"] if d["slot"] == "name"]
    assert len(initials) >= 3
    two_people = [n for e in found for n in e["not_discrepancies"] if n["slot"] == "name" and "two" in n["why"]]
    assert len(two_people) >= 2


def test_every_span_is_an_exact_quote_of_its_stored_page():
    assert_spans_quoted(CHECK)
