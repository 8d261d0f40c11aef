"""The disc74 check: one statement told two ways by outlets of one story, the value in a position the preposition
reader does not read (a subject or object, a nominalised predicate against its verb), with the look-alikes a checker
would not flag (tests/gold/details_check74.yaml).

The stored pages' texts stay outside the repository ($CEKSILANG_DISC74_TEXTS, default /work/eval_disc74/pages.jsonl);
without them only the annotation's shape is checked. ceksilang's figures on this check are in docs/evaluation.md
("Issue 20, disc74")."""

from __future__ import annotations

from .detail_checks import DetailCheck, assert_events_split_and_told_by_three, assert_flags_and_look_alikes, \
    assert_spans_quoted

POSITIONS = frozenset({"place", "agent", "object", "code", "state", "name", "role"})
CHECK = DetailCheck(gold="details_check74.yaml", texts_env="CEKSILANG_DISC74_TEXTS",
                    default_texts="/work/eval_disc74/pages.jsonl", name="disc74",
                    slots=POSITIONS | {"age", "time", "count", "cause", "origin"}, split={"tune": 4, "test": 4},
                    min_flags=15)


def test_eight_events_split_by_event_each_told_by_three_outlets():
    assert_events_split_and_told_by_three(CHECK)


def test_every_event_lists_four_look_alikes_and_flags_name_both_sides():
    assert_flags_and_look_alikes(CHECK)


def test_every_span_is_an_exact_quote_of_its_stored_page():
    assert_spans_quoted(CHECK)
