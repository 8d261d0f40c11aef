"""Stories of one happening told a day or more apart (tests/gold/stories_check56.yaml): coverage.csv reports of
9-12 June 2025, labelled by hand before any run, split by event into a tune batch and a test batch. A user reading
the briefing checks that the Semarang hotel death's reports of Monday and Tuesday, a car's preview and its launch,
a club's releases told on two days, are each one story, and that the same days' look-alikes (another drowning,
another fire, another trial, a daily roundup naming the story) are not joined to them.

The tune batch was read per pair while building the next-day rule (``StorySettings.next_day_headline_days``,
left off); the test batch was read once, at the end of the branch that built it (grp43), as totals. Texts are read from
../shared/corpus/coverage/coverage.csv; the tests that need them skip where it is absent."""
from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest
import yaml

from ceksilang.evaluate.coverage import Article, analyse_articles

from .conftest import needs_corpus
from .gold_checks import gold_ids_elsewhere

GOLD = Path(__file__).parent / "gold" / "stories_check56.yaml"


def _batches() -> list[dict]:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))["batches"]


def _batch(split: str) -> dict:
    (batch,) = [b for b in _batches() if b["split"] == split]
    return batch


def _rows(ids: set[str]) -> dict[str, dict[str, str]]:
    path = needs_corpus("coverage", "coverage.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return {r["id"]: r for r in csv.DictReader(f) if r["id"] in ids}


def test_gold_is_well_formed():
    batches = _batches()
    assert [b["split"] for b in batches] == ["tune", "test"]
    ids = [a["id"] for b in batches for a in b["articles"]]
    assert len(ids) == len(set(ids)), "an article in two batches"
    stories = [{a["story"] for a in b["articles"]} for b in batches]
    assert not stories[0] & stories[1], "a story in both halves (the split is by event)"
    for b in batches:
        labels = [a["story"] for a in b["articles"]]
        for a in b["articles"]:
            if a["story"].startswith("own-"):
                assert a["story"] == "own-" + a["id"][3:], "an own- label names its article"
                assert labels.count(a["story"]) == 1
    assert not set(ids) & gold_ids_elsewhere(GOLD, siblings=()), "an article another gold names"


def test_events_span_days_in_the_window():
    """Each half holds four multi-day events of three reports or more (the check's subject), every article
    was published 9-12 June 2025 (grp43's window), and each event of two reports or more that the header calls
    multi-day spans two days at least."""
    batches = _batches()
    rows = _rows({a["id"] for b in batches for a in b["articles"]})
    assert all(r["published"][:10] in {"2025-06-09", "2025-06-10", "2025-06-11", "2025-06-12"} for r in rows.values())
    for b in batches:
        days: dict[str, set[str]] = {}
        for a in b["articles"]:
            days.setdefault(a["story"], set()).add(rows[a["id"]]["published"][:10])
        sizes = {s: sum(a["story"] == s for a in b["articles"]) for s in days}
        multi_day = [s for s in days if sizes[s] >= 3 and len(days[s]) >= 2]
        assert len(multi_day) >= 4, b["batch"]


def _pairs(batch: dict, groups: list[list[str]]) -> tuple[int, int, int]:
    """(right, found, gold) pairs of the batch's labelled articles when each group is analysed as one batch."""
    rows = _rows({a["id"] for a in batch["articles"]})
    label = {a["id"]: a["story"] for a in batch["articles"]}
    story: dict[str, str] = {}
    for group in groups:
        briefing = analyse_articles([Article(id=i, text=rows[i]["text"], title=rows[i]["title"], url=rows[i]["url"],
                                             published=rows[i]["published"], outlet=rows[i]["outlet"]) for i in group])
        story.update({d: s["id"] for s in briefing["stories"] for d in s["docs"]})
    right = found = gold = 0
    for x, y in itertools.combinations(sorted(label), 2):
        same_gold, same_story = label[x] == label[y], story.get(x, x) == story.get(y, y)
        gold += same_gold
        found += same_story
        right += same_gold and same_story
    return right, found, gold


@pytest.mark.parametrize(("split", "gold_pairs", "least_right", "most_wrong"), [
    # tune (main 834a386 and this branch, whose next-day rule is off): 54 of 66 (4 wrong: a daily roundup
    # naming the speedboat joined its story); with next_day_headline_days=1, 56 (the HR-V launch's reports
    # of 10 June with the evening-before preview)
    ("tune", 66, 54, 4),
    # test: read once, as totals, at the end of grp43: 31 of 33, 3 wrong (the rule on or off alike)
    ("test", 33, 31, 3),
])
def test_each_half_analysed_together_keeps_its_happenings(split, gold_pairs, least_right, most_wrong):
    """The half's reports analysed at once, as a newsroom analyses a few days' intake: one gold pair fewer, or
    one wrong pair more, than measured fails."""
    batch = _batch(split)
    right, found, gold = _pairs(batch, [[a["id"] for a in batch["articles"]]])
    assert gold == gold_pairs
    assert right >= least_right
    assert found - right <= most_wrong


@pytest.mark.parametrize(("split", "least_right"), [("tune", 54), ("test", 31)])
def test_each_happening_alone_is_one_story(split, least_right):
    """Each happening's reports analysed alone (a small batch of two to six reports over two or three days): the
    pairs held together as measured."""
    batch = _batch(split)
    by_story: dict[str, list[str]] = {}
    for a in batch["articles"]:
        by_story.setdefault(a["story"], []).append(a["id"])
    right, found, _ = _pairs(batch, list(by_story.values()))
    assert right >= least_right
    assert found == right
