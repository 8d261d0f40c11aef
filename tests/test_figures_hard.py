"""Hard figures of unseen articles (tests/gold/figures_hard.yaml): 12 coverage articles that no other
gold file names, picked for hard cases (coordinated clauses with their own measure, the counted noun
before the number or in the clause before, ranges, qualifiers, money in two currencies, Indonesian
thousands, number words, glued words), annotated by hand before ceksilang was run on them and split
by article (every third one is test). Scored with the coverage evaluator's own figure matching."""

from __future__ import annotations

from pathlib import Path

from ceksilang.evaluate.coverage import BriefingView, evaluate_coverage, load_events, score_figures

from .conftest import needs_corpus
from .gold_checks import assert_figure_spans_in_articles

GOLD = Path(__file__).parent / "gold" / "figures_hard.yaml"

# The test part's figures score (value + qualifier + what is counted), measured once at the end of
# the branch that wrote the gold (branch figures, commit e2bd587): 0.763, 29 of 38 (main before the
# branch: 0.737). Pinned slightly below; raise it when the extractor improves.
TEST_FLOOR = 0.74


def test_the_gold_is_split_by_article_every_third_one_test() -> None:
    events, errors = load_events(GOLD, "all")
    assert errors == []
    assert len(events) == 12 and all(len(e.articles) == 1 for e in events)
    assert [e.split for e in events] == ["tune", "tune", "test"] * 4
    assert sum(len(e.figures) for e in events) == 119


def test_every_span_is_in_its_article() -> None:
    assert_figure_spans_in_articles(GOLD)


def test_hard_figures_tune_printed_and_test_held() -> None:
    corpus = needs_corpus("coverage", "coverage.csv").parents[1]
    tune = evaluate_coverage(GOLD, corpus, split="tune")["figures"]
    print(f"\nhard figures, tune: {tune['accuracy']} ({tune['right']} of {tune['gold']}, found {tune['found']}); "
          f"no figures read with a value: {tune['not_figures_read']} of {tune['not_figures']}")
    assert (tune["gold"], tune["not_figures"]) == (81, 3)
    test = evaluate_coverage(GOLD, corpus, split="test")["figures"]
    print(f"hard figures, test: {test['accuracy']} ({test['right']} of {test['gold']}, found {test['found']})")
    assert test["gold"] == 38
    assert test["accuracy"] >= TEST_FLOOR


def test_an_amount_that_is_no_figure_read_with_a_value_is_counted(tmp_path: Path) -> None:
    gold = tmp_path / "figures.yaml"
    gold.write_text("articles: [{id: a, split: tune}]\nfigures: []\n"
                    "not_figures: [{article: a, span: 'MV Contoh 503'}, {article: a, span: ribuan warga}]\n",
                    encoding="utf-8")
    (event,), errors = load_events(gold)
    assert errors == [] and [n["span"] for n in event.not_figures] == ["MV Contoh 503", "ribuan warga"]
    text = "Kapal MV Contoh 503 terbakar dan ribuan warga mengungsi."
    ship, vague = text.index("503"), text.index("ribuan")
    view = BriefingView({"documents": [{"id": "a", "text": text}], "quantities": [
        {"doc": "a", "start": ship, "end": ship + 3, "text": "503", "value": 503.0},
        {"doc": "a", "start": vague, "end": vague + 12, "text": "ribuan warga", "value": None}]})
    scored = score_figures([event], view, [])
    assert (scored["not_figures"], scored["not_figures_read"]) == (2, 1)
    assert [m["span"] for m in scored["misses"]] == ["MV Contoh 503"]
    gold.write_text("articles: [{id: a, split: tune}]\nnot_figures: [{article: b, span: ribuan}]\n", encoding="utf-8")
    assert "b" in load_events(gold)[1][0]
