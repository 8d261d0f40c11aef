"""The shared shape checks of the page checks' gold files (tests/page_checks.py) catch what an annotator can get
wrong: an article listed twice, within one event or in two."""

from __future__ import annotations

import pytest

from .page_checks import assert_events_of_three_articles


def _events(*articles: list[str]) -> list[dict]:
    return [{"event": f"e{i}", "split": "tune" if i % 2 else "test", "articles": a} for i, a in enumerate(articles)]


def test_events_of_three_distinct_articles_pass():
    assert_events_of_three_articles(_events(["a", "b", "c"], ["d", "e", "f"]), min_events=2)


@pytest.mark.parametrize("events", [
    _events(["a", "b", "c", "a"], ["d", "e", "f"]),  # one article listed twice within one event
    _events(["a", "b", "c"], ["a", "e", "f"]),  # one article in two events
])
def test_an_article_listed_twice_is_caught(events):
    with pytest.raises(AssertionError):
        assert_events_of_three_articles(events, min_events=2)
