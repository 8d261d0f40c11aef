"""Stories of small batches (6-8 reports, most of 150-300 words) analysed alone (tests/gold/stories_check52).

A fact-checker who pastes a handful of reports wants the reports of one happening in one story and the
same-kind happenings beside them (another market fire, another boat capsized, another regional head
arrested the same day) kept apart, in Indonesian and English alike. The texts are abridged stored pages
kept outside the repository; the tests that need them skip unless $CEKSILANG_GRP37_TEXTS names the folder
that holds one ``<batch>.jsonl`` per batch."""
from __future__ import annotations

from pathlib import Path

from .story_checks import StoryCheck

CHECK = StoryCheck(gold=Path(__file__).parent / "gold" / "stories_check52" / "check.yaml",
                   texts_env="CEKSILANG_GRP37_TEXTS")


def test_gold_is_well_formed():
    CHECK.assert_well_formed(articles=(6, 8), happenings=(2, None), batches=13)
    for b in CHECK.batches():
        labels = [a["story"] for a in b["articles"]]
        if not b["batch"].startswith("b13"):
            assert max(labels.count(x) for x in labels) >= 3, f"{b['batch']}: an event told by three reports"
