"""Stories of same-beat batches from stored web pages where one case runs over weeks (tests/gold/stories_check50).

A fact-checker following a crime case reads its reports from the finding of the body to the arrest, the
reconstruction and the first day of the trial, months apart, as one story; another case tried in the same
court is another story. A club's or a national team's matches are one story each, and the previews before
kick-off are their own story. The texts are abridged stored pages kept outside the repository; the tests
skip unless $CEKSILANG_GRP35_TEXTS names the folder that holds one ``<batch>.jsonl`` per batch."""
from __future__ import annotations

from pathlib import Path

from .story_checks import StoryCheck

CHECK = StoryCheck(gold=Path(__file__).parent / "gold" / "stories_check50" / "check.yaml",
                   texts_env="CEKSILANG_GRP35_TEXTS")


def test_gold_is_well_formed():
    batches = CHECK.batches()
    assert {b["split"] for b in batches} == {"tune", "test"}
    urls = [a["url"] for b in batches for a in b["articles"]]
    assert len(urls) == len(set(urls)), "an article in two batches"
    for b in batches:
        assert 6 <= len(b["articles"]) <= 12
        assert len({a["story"] for a in b["articles"]}) >= 2, "a batch holds several happenings"
