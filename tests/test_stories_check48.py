"""Stories of small same-beat batches from stored web pages (tests/gold/stories_check48/check.yaml).

Each batch is one beat with several different happenings: a feast's official date and the fasting
explainers that cite it, one anti-graft body's cases of one week, one good's price on different days,
one club's match, its preview and its previous match. A user analysing one batch expects one story per
happening: an explainer or another day's price is not put into the event's story. The texts are abridged
stored pages kept outside the repository; the tests skip unless $CEKSILANG_GRP33_TEXTS names the folder
that holds one ``<batch>.jsonl`` per batch."""
from __future__ import annotations

from pathlib import Path

from .story_checks import StoryCheck

CHECK = StoryCheck(gold=Path(__file__).parent / "gold" / "stories_check48" / "check.yaml",
                   texts_env="CEKSILANG_GRP33_TEXTS")


def test_gold_is_well_formed():
    CHECK.assert_well_formed(batches=4, articles=(6, 12), happenings=(3, None), multi_report=True)


def test_feast_explainers_are_not_put_with_the_official_date_nor_with_each_other():
    """The tune batch of a feast: the ministry's isbat result told by seven outlets stays one story,
    and the fasting schedules and intention texts that cite its date are not put with it nor with
    each other (measured on branch grp33: precision 0.955, one explainer whose headline has no
    service form joined by another; main 0.618)."""
    texts = CHECK.texts_dir()
    (b,) = [x for x in CHECK.batches("tune") if x["batch"] == "b1-iduladha"]
    result = CHECK.score(b, texts)
    assert result["recall"] == 1.0, result
    assert result["precision"] >= 0.95, result


def test_tune_batches_floor():
    """Floor of the tune batches' pairwise F1 as measured on branch grp33 (0.789; main 0.675: the
    club's match, its preview and its previous match are still one story); only raise."""
    texts = CHECK.texts_dir()
    parts = [CHECK.score(b, texts) for b in CHECK.batches("tune")]
    tp = sum(p["tp_gold"] for p in parts)
    gold = sum(p["gold"] for p in parts)
    predicted = sum(p["predicted"] for p in parts)
    assert 2 * tp / (gold + predicted) >= 0.78, (tp, gold, predicted)
