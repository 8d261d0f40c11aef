"""Checks every figure gold file makes of itself: the spans it quotes are in the articles it names."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ceksilang.evaluate.coverage import _alone_batches, evaluate_coverage, load_articles, load_events

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


# Three tune golds annotated in the same hour by three annotators, each checking "unused
# elsewhere" against main as it stood, who picked three articles in common: written apart, all
# tune, so they may share articles with each other and with no other gold file.
SIBLING_TUNE_GOLDS = ("coverage_tune6a", "coverage_tune6b", "quotes_tune6.yaml")


def gold_ids_elsewhere(gold: Path, siblings: tuple[str, ...] = SIBLING_TUNE_GOLDS) -> set[str]:
    """Every article id that a gold file other than ``gold`` (and its siblings) names."""
    root, gold = (Path(__file__).parent / "gold").resolve(), gold.resolve()
    found: set[str] = set()
    for path in root.rglob("*"):
        path = path.resolve()
        if not path.is_file() or path == gold or gold in path.parents:
            continue
        if any(s in path.relative_to(root).parts for s in siblings):
            continue
        found |= set(re.findall(r"id-[0-9a-f]{12}", path.read_text(encoding="utf-8", errors="ignore")))
    return found


def assert_event_gold(gold: Path, split: str, **counts: int) -> None:
    """The events of a coverage gold folder load without error, all in ``split``, and hold as many
    events, articles, distractors, figures, quotes, discrepancies, not_discrepancies as ``counts``
    says (the keys are those names; ``events`` for the events themselves)."""
    events, errors = load_events(gold, "all")
    assert errors == []
    assert {e.split for e in events} == {split}
    found = {"events": len(events)}
    for field in counts.keys() - {"events"}:
        found[field] = sum(len(getattr(e, field)) for e in events)
    assert found == counts


def named_article_ids(events: list) -> list[str]:
    """Every article id the events name, their reports' and their distractors', in order, repeats kept."""
    return [a.id for e in events for a in e.articles] + [d for e in events for d in e.distractors]


def assert_articles_used_once(gold: Path, articles: int) -> None:
    """The gold folder names ``articles`` articles (its events' and distractors'), none twice, and
    no other gold file names any of them (the sibling tune golds apart: ``gold_ids_elsewhere``)."""
    events, _ = load_events(gold, "all")
    named = named_article_ids(events)
    assert len(named) == len(set(named)) == articles
    assert set(named) & gold_ids_elsewhere(gold) == set()


def assert_one_article_per_event_split(gold: Path, *, tune: tuple[int, int], test: tuple[int, int]) -> list:
    """A figures-only gold of one article per event, split by article: (articles, figures) in each half
    as ``tune`` and ``test`` say, no article in both halves; gives the events."""
    events, errors = load_events(gold, "all")
    assert errors == []
    assert len(events) == tune[0] + test[0] and all(len(e.articles) == 1 for e in events)
    halves = {split: [e for e in events if e.split == split] for split in ("tune", "test")}
    for split, (articles, figures) in (("tune", tune), ("test", test)):
        assert (len(halves[split]), sum(len(e.figures) for e in halves[split])) == (articles, figures), split
    assert {e.articles[0].id for e in halves["tune"]}.isdisjoint({e.articles[0].id for e in halves["test"]})
    return events


def assert_figure_and_quote_spans_in_articles(gold: Path) -> tuple[list, dict]:
    """Every figure's and quote's span in a coverage gold folder is found word for word in its
    article; gives the events and their loaded articles for the caller's own checks."""
    events, _ = load_events(gold, "all")
    articles, errors = load_articles(events, needs_corpus())
    assert errors == []
    for e in events:
        for item in [*e.figures, *e.quotes]:
            assert item["span"] in articles[item["article"]].text, (item["article"], item["span"])
    return events, articles


def assert_held_out_floors(together: dict, label: str, *, events: int, figures: int, quotes: int,
                           discrepancies: int, outlets: int, stories_f1: float, figures_floor: float,
                           speakers_floor: float | None, recall_floor: float, false_alarms_ceiling: float,
                           outlet_floor: int) -> None:
    """A held-out coverage run (``evaluate_coverage`` together) against its floors, after checking
    that it scored the gold's own counts; prints the totals (``pytest -s``). ``speakers_floor`` None: a
    gold that annotates no quote (``quotes`` 0) has no speaker score to hold."""
    assert together["errors"] == [] and together["events"] == events
    stories, found, speakers = together["stories"], together["figures"], together["speakers"]
    disc, outlet = together["discrepancies"], together["metadata"]["outlet"]
    print(f"\n{label}: stories F1 {stories['f1']}, figures {found['accuracy']} ({found['right']} of "
          f"{found['gold']}), speakers {speakers['accuracy']} ({speakers['right']} of {speakers['gold']}), "
          f"discrepancies P {disc['overall']['precision']} R {disc['overall']['recall']}, "
          f"false alarms/story {disc['false_alarms_per_story']}, outlet {outlet['right']} of {outlet['gold']}")
    assert stories["f1"] >= stories_f1
    assert found["gold"] == figures and found["accuracy"] >= figures_floor
    assert speakers["gold"] == quotes
    if speakers_floor is not None:
        assert speakers["accuracy"] >= speakers_floor
    assert disc["overall"]["gold"] == discrepancies and disc["overall"]["recall"] >= recall_floor
    assert disc["false_alarms_per_story"] <= false_alarms_ceiling
    assert outlet["gold"] == outlets and outlet["right"] >= outlet_floor


def assert_quote_floors(figures: dict, errors: list[str], floors: dict[str, float], label: str) -> None:
    """A quote gold's scores (``test_quotes_coverage.score``) against its floors; a miss names the
    score, the set (``label``) and lists every error."""
    for key, floor in floors.items():
        assert figures[key] >= floor, f"{key} {figures[key]:.3f} < {floor} on the {label}; errors:\n" + "\n".join(errors)


def assert_alone_stories_floor(gold: Path, label: str, *, events: int, articles: int, floor: float,
                               split: str = "tune") -> None:
    """A gold of small batches (tune, or a check set's ``split="test"``), each batch analysed alone:
    every event read without error, every article grouped, and the stories' pairwise F1 at its floor
    at least."""
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    result = evaluate_coverage(gold, corpus, split=split, alone=True)
    assert result["errors"] == [] and result["events"] == events
    stories = result["stories"]
    print(f"\n{label} alone: stories P {stories['precision']} R {stories['recall']} F1 {stories['f1']}")
    assert stories["articles"] == articles and stories["f1"] >= floor


def named_ids(events: list) -> set[str]:
    """Every article and distractor id the events name."""
    return {a.id for e in events for a in e.articles} | {d for e in events for d in e.distractors}


def assert_small_batches(gold: Path, split: str, batches: int) -> list:
    """A gold of small batches: ``batches`` of them, each naming an article or distractor once and
    holding 5-10 of them. Returns the split's events."""
    events, _ = load_events(gold, split)
    groups = _alone_batches(events)
    assert len(groups) == batches
    for group in groups:
        named = [a.id for e in group for a in e.articles] + [d for e in group for d in e.distractors]
        assert len(named) == len(set(named)) and 5 <= len(named) <= 10, group[0].batch
    return events
