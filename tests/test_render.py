import json

import jsonschema
from markdown_it import MarkdownIt

from ceksilang.render import briefing_to_dict, render_html, render_markdown, write_briefing
from ceksilang.render.sections import fmt_figure, fmt_number, independent_sources, story_views
from tests.render_fixtures import hand_briefing
from tests.test_pipeline import SCHEMA


def test_briefing_json_validates_and_flattens():
    data = briefing_to_dict(hand_briefing())
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["stats"]["documents"] == 2 and "mentions" not in data["documents"][0]


def test_story_view_has_established_disputed_and_anchored_evidence():
    data = briefing_to_dict(hand_briefing())
    views, index = story_views(data)
    (view,) = views
    sections = {s.key.rsplit("-", 1)[-1]: s for s in view.sections}  # keys do not depend on the language
    assert [i.sources for i in sections["established"].items] == [2]  # the figure, from two outlets
    (disputed,) = sections["triage"].items
    assert disputed.status == "contradiction" and "Dodi Hartono" in disputed.text
    assert {ev.doc for ev in disputed.evidence} == {"a", "b"}
    ev = disputed.evidence[0]
    assert ev.sentence.startswith("“Sebanyak 12 orang")
    segs = index.segments("a")
    assert "".join(p for p, _ in segs) == data["documents"][0]["text"]
    assert any(anchor == ev.anchor for _, anchor in segs)


def test_copies_count_once_as_sources():
    docs = {"a": {}, "b": {"duplicate_of": "a"}, "c": {"derived_from": "b"}, "d": {}}
    assert independent_sources(["a", "b", "c"], docs) == 1
    assert independent_sources(["a", "d"], docs) == 2


def test_html_and_markdown_escape_untrusted_text():
    data = briefing_to_dict(hand_briefing())
    page = render_html(data)
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned" in page
    md = render_markdown(data)
    rendered = MarkdownIt("commonmark").enable("table").render(md)  # as a Markdown viewer shows it
    assert "<script>" not in rendered and "<img" not in rendered and "&lt;script&gt;window" in rendered
    assert "pertentangan" in md and "Dodi Hartono" in md  # the status, named in Indonesian by default


def test_number_formats():
    assert fmt_number(8000) == "8.000" and fmt_number(2.5) == "2,5"
    assert fmt_figure({"value": None, "low": 2000, "high": 3000, "unit": "orang"}) == "2.000–3.000 orang"
    assert fmt_figure({"value": 10000, "qualifier": "more_than", "unit": "tentara"}) == "lebih dari 10.000 tentara"
    assert fmt_figure({"value": 10000, "qualifier": "more_than", "unit": "tentara"}, "en") == "more than 10,000 tentara"


def test_a_vague_amount_is_shown_by_its_words_not_a_range():
    # fig22: "puluhan motor" said no 10-99; the briefing writes the words, in either language's page
    from ceksilang.render.explain import figure_text

    value = {"value": None, "low": 10, "high": 99, "qualifier": "approx", "unit": "motor", "words": "puluhan"}
    assert fmt_figure(value) == "puluhan motor" and fmt_figure(value, "en") == "puluhan motor"
    assert figure_text(value, "id") == "puluhan"
    # an English report's plural in an Indonesian page is the Indonesian plural of its range; an
    # English page, which joins such a plural with "of", keeps the words as written
    english = {"value": None, "low": 1000, "high": 9999, "qualifier": "approx", "unit": "pengungsi", "words": "thousands"}
    assert fmt_figure(english) == "ribuan pengungsi" and figure_text(english, "id") == "ribuan"
    assert fmt_figure(english, "en") == "thousands pengungsi"


def test_write_briefing_writes_three_files(tmp_path):
    paths = write_briefing(hand_briefing(), tmp_path)
    assert sorted(p.name for p in paths) == ["briefing.html", "briefing.json", "briefing.md"]
    assert json.loads((tmp_path / "briefing.json").read_text(encoding="utf-8"))["stories"][0]["id"] == "s1"
    assert not list(tmp_path.glob("*.tmp"))


def test_pages_made_from_shared_story_views_equal_pages_made_alone():
    """write_briefing makes the stories' sections once for both pages: each page equals the one
    its renderer makes alone, with stories and without (the extraction sections), whichever
    page is written first (the evidence index both share must come out the same)."""
    from dataclasses import replace

    with_stories = briefing_to_dict(hand_briefing())
    without = briefing_to_dict(replace(hand_briefing(), stories=[], claims=[], discrepancies=[], timeline=[]))
    for data in (with_stories, without):
        md_alone, html_alone = render_markdown(data), render_html(data)
        assert "Dodi Hartono" in md_alone + html_alone
        shared = story_views(data)
        assert render_markdown(data, views=shared) == md_alone
        assert render_html(data, views=shared) == html_alone
        shared = story_views(data)
        assert render_html(data, views=shared) == html_alone
        assert render_markdown(data, views=shared) == md_alone
