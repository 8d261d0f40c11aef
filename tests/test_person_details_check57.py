"""The disc57 check of who someone is (tests/gold/person_details_check57.yaml): its shape, as annotated.

The article texts are stored pages kept outside the repository, so ceksilang is not run here; the figures
it got on the check are in docs/evaluation.md ("Issue 20, disc57")."""

from __future__ import annotations

from .page_checks import read_gold


def _events() -> list[dict]:
    return read_gold("person_details_check57.yaml")["events"]


def test_every_event_is_told_by_three_articles_or_more_and_split_before_tuning():
    events = _events()
    assert len(events) >= 10
    assert {e["split"] for e in events} == {"tune", "test"}
    for e in events:
        assert len(set(e["articles"])) >= 3, e["event"]


def test_every_difference_names_two_articles_of_its_event_with_short_spans():
    found = 0
    for e in _events():
        for d in e.get("discrepancies") or []:
            found += 1
            sides = [s["article"] for s in d["sides"]]
            assert len(set(sides)) == 2 and set(sides) <= set(e["articles"]), (e["event"], d["person"])
            assert set(d.get("also") or []) <= set(e["articles"])
            assert all(len(s["span"].split()) <= 12 for s in d["sides"])
            assert d["kind"] in {"detail", "attribution"} and len(d["values"]) == 2 and d["values"][0] != d["values"][1]
        for n in e.get("not_discrepancies") or []:
            assert len(set(n["articles"])) == 2 and set(n["articles"]) <= set(e["articles"]), (e["event"], n["person"])
            assert all(len(s.split()) <= 12 for s in n.get("spans") or [])
    assert found >= 8
