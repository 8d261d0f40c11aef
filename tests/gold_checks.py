"""Checks every figure gold file makes of itself: the spans it quotes are in the articles it names."""

from __future__ import annotations

from pathlib import Path

import yaml

from ceksilang.evaluate.coverage import load_articles, load_events

from .conftest import needs_corpus


def assert_figure_spans_in_articles(gold: Path) -> None:
    """Each figure's span, and each amount listed as no figure (vague amounts, names with digits),
    is found word for word in its article: a span that is not would never be matched."""
    events, _ = load_events(gold, "all")
    articles, errors = load_articles(events, needs_corpus())
    assert errors == []
    for e in events:
        for f in e.figures:
            assert f["span"] in articles[f["article"]].text, (f["article"], f["span"])
    for item in yaml.safe_load(gold.read_text(encoding="utf-8")).get("not_figures") or []:
        assert item["span"] in articles[item["article"]].text, item
