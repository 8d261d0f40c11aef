"""The triage order of a story's differences (render/triage.py), on hand-made items and on the
seeds' story, in the briefing and in the web app."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ceksilang.render.triage import TriageItem, fold, story_coverage, tier_of, triage
from ceksilang.settings import Settings
from tests.conftest import needs_corpus

FIGURE_ABOUT_MANY = "Sebanyak 1.200 warga kehilangan tempat tinggal dan 35 orang meninggal, menurut data BPBD."
OPINION = "Menurut saya pemerintah harus lebih tegas dan semoga semua pihak menahan diri."

COVERAGE = story_coverage(["a", "b", "c", "d"], [
    (["Korea Utara", "Korut"], ["a", "b", "c", "d"]),
    (["Kharkiv"], ["d"]),
])


def item(kind: str, status: str, sentence: str, about: tuple[str, ...] = (), docs: tuple[str, ...] = ("a",)) -> TriageItem:
    return TriageItem(kind, status, (sentence,), about, frozenset(docs))


def test_triage_a_contradiction_outranks_an_explained_difference():
    explained = item("figure", "explained", FIGURE_ABOUT_MANY, ("tentara Korea Utara",), ("a", "b", "c", "d"))
    contradiction = item("detail", "contradiction", OPINION)
    # the explained one is more checkable and more central, and comes first in the input
    order = triage([explained, contradiction], COVERAGE)
    assert [r.index for r in order] == [1, 0]
    assert order[0].tier == "contradiction" and order[1].tier == "explained"
    assert order[1].checkability > order[0].checkability and order[1].centrality > order[0].centrality


@pytest.mark.parametrize("first, second", [(FIGURE_ABOUT_MANY, OPINION), (OPINION, FIGURE_ABOUT_MANY)])
def test_triage_a_singleton_with_a_specific_figure_about_many_people_outranks_an_opinion(first, second):
    order = triage([item("singleton", "unconfirmed", first), item("singleton", "unconfirmed", second)], COVERAGE)
    ranked_sentences = [(first, second)[r.index] for r in order]
    assert ranked_sentences == [FIGURE_ABOUT_MANY, OPINION]
    assert "figure×2" in order[0].cues and "opinion" in order[1].cues


def test_triage_ties_keep_the_input_order():
    same = [item("wording", "explained", "Ia mengatakan hal itu kemarin.") for _ in range(5)]
    assert [r.index for r in triage(same, COVERAGE)] == [0, 1, 2, 3, 4]


def test_triage_an_item_about_what_the_whole_story_names_comes_first():
    sentence = "Sebanyak 25 drone ditembak jatuh."
    side = item("singleton", "unconfirmed", sentence, ("drone", "Kharkiv"), ("d",))
    central = item("singleton", "unconfirmed", sentence, ("tentara Korut",), ("d",))
    order = triage([side, central], COVERAGE)
    assert [r.index for r in order] == [1, 0]
    assert order[0].centrality == 1.0 and order[1].centrality == 0.25  # Korut: 4 of 4 documents; Kharkiv: 1 of 4


def test_triage_without_a_known_entity_centrality_is_the_items_own_share():
    lone = item("singleton", "unconfirmed", "Ada 3 kapal.", ("kapal",), ("a", "b"))
    (ranked,) = triage([lone], COVERAGE)
    assert ranked.centrality == 0.5


@pytest.mark.parametrize("kind, status, tier", [
    ("detail", "contradiction", "contradiction"),
    ("attribution", "contradiction", "contradiction"),
    ("attribution", "explained", "to_confirm"),  # a spokesperson may have said it: to confirm
    ("figure", "evolving", "to_confirm"),  # changed over time: to confirm
    ("wording", "explained", "wording"),
    ("translation", "compatible", "wording"),
    ("edit", "evolving", "wording"),  # a silent edit is a change of words, not a disagreement
    ("figure", "explained", "explained"),
    ("figure", "compatible", "explained"),
    ("singleton", "unconfirmed", "singleton"),
    ("quote", "unconfirmed", "singleton"),
])
def test_triage_tier_of_kind_and_status(kind, status, tier):
    assert tier_of(kind, status) == tier


def test_triage_tiers_are_settings():
    settings = Settings(triage_tiers=(("*", "*", "explained"),), triage_tier_order=("explained",))
    assert tier_of("detail", "contradiction", settings) == "explained"


@pytest.mark.parametrize("count, visible", [(0, 0), (8, 8), (10, 10), (11, 8), (53, 8)])
def test_triage_fold_keeps_the_first_items_and_never_folds_a_couple(count, visible):
    assert fold(count) == visible


# --------------------------------------------------------------------------- the seeds' story


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory) -> Path:
    seeds = needs_corpus("seeds")
    from ceksilang.pipeline import analyze

    out = tmp_path_factory.mktemp("triage-seeds")
    analyze([seeds], out)
    return out


def _is_guterres_dujarric(text: str) -> bool:
    return "Guterres" in text and "Dujarric" in text


def _is_parit_ranjau(text: str) -> bool:
    return "parit" in text and "ranjau" in text


def test_seeds_briefing_opens_on_the_guterres_dujarric_attribution_and_the_parit_ranjau_detail(seeds_out):
    import json

    from ceksilang.render.sections import story_views

    data = json.loads((seeds_out / "briefing.json").read_text(encoding="utf-8"))
    (view,) = story_views(data)[0]
    first = view.sections[0]
    assert first.key.endswith("-triage")
    top = [s.text for s in first.items[:2]]
    assert any(_is_parit_ranjau(t) for t in top) and any(_is_guterres_dujarric(t) for t in top), top
    # the two wording changes of translated quotes come after them, the single-outlet figures last
    kinds = [s.kind for s in first.items]
    assert kinds.index("wording") > 1 and kinds[-1] == "singleton"
    page = (seeds_out / "briefing.md").read_text(encoding="utf-8")
    assert page.index("parit") < page.index("Hanya geosurvey.co.id yang memberitakan")


def test_seeds_web_story_opens_on_the_two_and_folds_the_tail(seeds_out):
    from fastapi.testclient import TestClient

    from ceksilang.web import create_app

    with TestClient(create_app(seeds_out / "ceksilang.db", check_interval=-1)) as client:
        index = client.get("/")
        (story,) = set(re.findall(r'class="label" href="(/stories/[^"]+)"', index.text))
        page = client.get(story).text
    triage_part = page.split('id="triage"')[1].split('id="established"')[0]
    items = triage_part.split('<li class="triage-item')[1:]
    labels = [re.search(r' aria-label="([^"]+)"', i).group(1) for i in items]  # every item is announced
    assert len(items) > 10, "the seeds' story has dozens of single-outlet statements"
    assert any(_is_parit_ranjau(i) for i in items[:2]) and any(_is_guterres_dujarric(i) for i in items[:2]), labels[:3]
    visible, folded = triage_part.split('<details class="more">')
    assert visible.count('class="triage-item') == Settings().triage_visible
    (count,) = re.findall(r"Lainnya \((\d+)\)", folded)  # Indonesian by default
    assert int(count) == len(labels) - Settings().triage_visible == folded.count('class="triage-item')


def test_triage_reads_a_language_without_cues_with_the_indonesian_ones():
    english = TriageItem("singleton", "unconfirmed", ("About 8,000 troops and 12 generals were sent.",),
                         ("troops",), frozenset({"a"}), "en")
    (ranked,) = triage([english], COVERAGE)
    assert "figure×2" in ranked.cues


def test_briefing_folds_the_long_tail_in_html_and_marks_it_in_markdown():
    from ceksilang.model import Discrepancy
    from ceksilang.render import briefing_to_dict, render_html, render_markdown
    from tests.render_fixtures import hand_briefing

    briefing = hand_briefing()
    # a contradiction last in the input, after a dozen singletons the reconciler scored higher
    briefing.discrepancies = [Discrepancy(kind="singleton", docs=["a"], claims=[], status="unconfirmed",
                                          explanation=f"Only kabarnusa.id reports item {i}.", score=5.0, story="s1")
                              for i in range(12)] + briefing.discrepancies
    data = briefing_to_dict(briefing)
    page = render_html(data)
    triage_part = page.split('id="s1-triage"')[1].split("</section>")[0]
    shown, folded = triage_part.split('<details class="more">')
    assert "Rina Sasmita" in shown.split("Only kabarnusa.id")[0]  # the contradiction first
    assert shown.count("Only kabarnusa.id reports") == Settings().triage_visible - 1
    assert "Lainnya (5)" in folded and folded.count("Only kabarnusa.id reports") == 5
    md = render_markdown(data)
    assert md.index("Rina Sasmita") < md.index("#### Lainnya (5)") < md.index("item 11")


def test_triage_centrality_reads_the_longest_name():
    coverage = story_coverage(["a", "b", "c", "d"], [(["Korea Utara"], ["a", "b", "c", "d"]), (["Korea"], ["a"]),
                                                     (["Kharkiv"], ["d", "outside"])])
    (ranked,) = triage([item("singleton", "unconfirmed", "Ada 3 kapal.", ("tentara Korea Utara",))], coverage)
    assert ranked.centrality == 1.0  # not the mean with "Korea" (1 of 4)
    assert coverage.named_in[("kharkiv",)] == {"d"}  # documents outside the story do not count
