"""Stories of small mixed batches from stored web pages (tests/gold/stories_check47/check.yaml).

Each batch holds 2-3 events that share people, bodies or places (a volcano's eruption and its lahar flood
months later; two verdicts of one murder case and the appeal; a minister's ban and his later rule for the
same product). A user analysing one batch expects one story per event: no report joined to another
event's story, no event split. The texts are abridged stored pages kept outside the repository; the test
skips unless $CEKSILANG_GRP32_TEXTS names the folder that holds one ``<batch>.jsonl`` per batch."""
from __future__ import annotations

from pathlib import Path

import pytest

from .story_checks import StoryCheck

CHECK = StoryCheck(gold=Path(__file__).parent / "gold" / "stories_check47" / "check.yaml",
                   texts_env="CEKSILANG_GRP32_TEXTS")


def test_gold_is_well_formed():
    CHECK.assert_well_formed(batches=6, both_splits=False, articles=(5, 12), happenings=(2, 5))


@pytest.mark.parametrize("batch", [b["batch"] for b in CHECK.batches("tune")])
def test_tune_batch_joins_no_report_to_another_events_story(batch):
    """A volcano's eruption and its lahar flood five months later, two verdicts of one case and its
    appeal, a gas ban and the same minister's later rule: no report is put in another event's
    story (pairwise precision 1.0 on each tune batch)."""
    texts = CHECK.texts_dir()
    (b,) = [x for x in CHECK.batches("tune") if x["batch"] == batch]
    result = CHECK.score(b, texts)
    assert result["precision"] == 1.0, result


def test_tune_batches_keep_most_of_each_event_together():
    """Floor of the tune batches' pairwise F1 as measured on branch grp32 (0.885: a verdict's
    next-day follow-up and two reports of the gas polemic stay apart); only raise."""
    texts = CHECK.texts_dir()
    parts = [CHECK.score(b, texts) for b in CHECK.batches("tune")]
    tp = sum(p["tp_gold"] for p in parts)
    gold = sum(p["gold"] for p in parts)
    predicted = sum(p["predicted"] for p in parts)
    f1 = 2 * tp / (gold + predicted)
    assert f1 >= 0.88, (tp, gold, predicted)
