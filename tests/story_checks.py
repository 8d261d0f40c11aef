"""What the story checks over abridged stored pages share (tests/test_stories_check47.py to 50, 52).

Each check's gold lists batches of urls, each url with its story label; the texts are kept outside the
repository, one ``<batch>.jsonl`` per batch in the folder an environment variable names (tests/page_checks.py). A batch is
analysed alone and scored pairwise as ``ceksilang evaluate coverage`` scores stories."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from ceksilang.evaluate.coverage import Article, BriefingView, GoldArticle, GoldEvent, analyse_articles, score_stories

from .page_checks import outside_path


@dataclass(frozen=True)
class StoryCheck:
    gold: Path
    texts_env: str

    def batches(self, split: str = "all") -> list[dict]:
        data = yaml.safe_load(self.gold.read_text(encoding="utf-8"))
        return [b for b in data["batches"] if split == "all" or b["split"] == split]

    def assert_well_formed(self, *, articles: tuple[int, int], happenings: tuple[int, int | None],
                           batches: int | None = None, both_splits: bool = True, multi_report: bool = False) -> None:
        """The gold's batches as written: each of the tune or the test half (both halves held when
        ``both_splits``), no article in two batches, each of ``articles`` (least, most) reports telling
        ``happenings`` (least, most; None: no most) happenings, one of them told by two reports or more
        when ``multi_report``; ``batches``: how many there are, when given."""
        found = self.batches()
        if batches is not None:
            assert len(found) == batches
        if both_splits:
            assert {b["split"] for b in found} == {"tune", "test"}
        urls = [a["url"] for b in found for a in b["articles"]]
        assert len(urls) == len(set(urls)), "an article in two batches"
        for b in found:
            assert b["split"] in ("tune", "test")
            assert articles[0] <= len(b["articles"]) <= articles[1]
            labels = [a["story"] for a in b["articles"]]
            most = happenings[1] or len(labels)
            assert happenings[0] <= len(set(labels)) <= most, "a batch holds several happenings"
            if multi_report:
                assert max(labels.count(x) for x in labels) >= 2, "a batch holds a multi-report event"

    def texts_dir(self) -> Path:
        """The folder of the batches' texts; the test skips, saying why, where it is not given."""
        return outside_path(self.texts_env, "the folder of the abridged stored pages", folder=True)

    def events(self, batch: dict) -> list[GoldEvent]:
        """One gold event per story label of the batch (a story of one article is an event without pairs)."""
        stories: dict[str, list[GoldArticle]] = {}
        for a in batch["articles"]:
            stories.setdefault(a["story"], []).append(GoldArticle(id=a["url"]))
        return [GoldEvent(event=label, split=batch["split"], source="pages", path=str(self.gold), articles=arts)
                for label, arts in stories.items()]

    def articles(self, batch: dict, texts_dir: Path) -> list[Article]:
        lines = (texts_dir / f"{batch['batch']}.jsonl").read_text(encoding="utf-8").splitlines()
        by_url = {row["url"]: row for row in (json.loads(line) for line in lines if line.strip())}
        return [Article(id=a["url"], text=by_url[a["url"]]["text"], title=by_url[a["url"]].get("title"),
                        url=a["url"], published=by_url[a["url"]].get("published"),
                        outlet=by_url[a["url"]].get("outlet"))
                for a in batch["articles"]]

    def score(self, batch: dict, texts_dir: Path) -> dict:
        """Pairwise story precision / recall / F1 of one batch analysed alone."""
        briefing = analyse_articles(self.articles(batch, texts_dir))
        return score_stories(self.events(batch), BriefingView(briefing))


def story_of(articles: list[Article]) -> dict[str, str]:
    """Each article's story id when the articles are analysed alone, as one batch (the invented reports' tests)."""
    briefing = analyse_articles(articles)
    return {d: s["id"] for s in briefing["stories"] for d in s["docs"]}
