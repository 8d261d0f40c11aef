"""What the story checks over abridged stored pages share (tests/test_stories_check47.py, _check48.py).

Each check's gold lists batches of urls, each url with its story label; the texts are kept outside the
repository, one ``<batch>.jsonl`` per batch in the folder an environment variable names. A batch is
analysed alone and scored pairwise as ``ceksilang evaluate coverage`` scores stories."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from ceksilang.evaluate.coverage import Article, BriefingView, GoldArticle, GoldEvent, analyse_articles, score_stories


@dataclass(frozen=True)
class StoryCheck:
    gold: Path
    texts_env: str

    def batches(self, split: str = "all") -> list[dict]:
        data = yaml.safe_load(self.gold.read_text(encoding="utf-8"))
        return [b for b in data["batches"] if split == "all" or b["split"] == split]

    def texts_dir(self) -> Path:
        """The folder of the batches' texts; the test skips, saying why, where it is not given."""
        value = os.environ.get(self.texts_env)
        if not value or not Path(value).is_dir():
            pytest.skip(f"set ${self.texts_env} to the folder of the abridged stored pages (kept outside the repo)")
        return Path(value)

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
