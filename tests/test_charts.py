"""The story charts (ceksilang.render.charts): well-formed SVG whatever the articles hold, each
qualifier drawn its own way, axes that cover every value, a table beside each chart, and the
seeds' troop estimates drawn by outlet and claimant in the Indonesian briefing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ceksilang.render.charts import (
    MARK_OF_QUALIFIER, briefing_charts, figure_chart, figure_points, nice_ticks, story_charts, timeline_chart,
    timeline_items, xml_text,
)
from ceksilang.render.html import render_html

SVG = "{http://www.w3.org/2000/svg}"
SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(2)>'


def doc(doc_id: str, outlet: str | None, published: str | None, title: str = "Judul") -> dict:
    return {"id": doc_id, "outlet": outlet, "published": published, "title": title, "text": "Teks.", "docs": []}


def figure(claim_id: str, docs: list[str], claimant: str | None, qualifier: str = "exact", value: float | None = None,
           low: float | None = None, high: float | None = None, subject: str = "tentara Korea Utara",
           place: str | None = "Rusia") -> dict:
    return {"id": claim_id, "story": "s", "kind": "figure", "subject": subject, "claimant": claimant, "docs": docs,
            "value": {"value": value, "low": low, "high": high, "qualifier": qualifier, "unit": "tentara"},
            "scope": {"place": place}, "evidence": []}


DOCS = {d["id"]: d for d in (
    doc("a", "Kabar Satu", "2024-10-31T09:00:00+07:00"),
    doc("b", "Warta Dua", "2024-11-01"),
    doc("c", "Harian Tiga", None),
)}
CLAIMS = [
    figure("k1", ["a", "b"], "Antony Blinken", "approx", 8000),
    figure("k2", ["b"], "Kyslytsya", "at_most", 12000, high=12000),
    figure("k3", ["c"], "Vedant Patel", "more_than", 10000, low=10000),
    figure("k4", ["a"], "intelijen Korea Selatan", "exact", None, low=8000, high=12000),  # a range
    figure("k5", ["c"], None, "exact", 10000),
]
DISCREPANCIES = [{"kind": kind, "claims": claims, "status": status, "story": "s", "docs": [], "explanation": "…",
                  "score": 1.0} for kind, claims, status in (("figure", ["k1", "k2", "k3"], "explained"),
                                                             ("figure", ["k3", "k4", "k5"], "contradiction"),
                                                             ("attribution", ["q1"], "contradiction"))]
STORY = {"id": "s", "docs": ["a", "b", "c"], "label": "Pasukan Korea Utara"}


def parse(svg) -> ET.Element:
    root = ET.fromstring(str(svg))
    assert root.tag == SVG + "svg" and root.get("role") == "img"
    return root


def marks(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iter(SVG + "g") if "mark" in (g.get("class") or "").split()]


def kind_of(g: ET.Element) -> str:
    return (g.get("class") or "").split("mark-", 1)[1]


def the_chart(lang: str = "en"):
    charts = story_charts(STORY, CLAIMS, DISCREPANCIES, DOCS, [], lang)
    assert len(charts.figures) == 1, "discrepancies sharing a claim are one figure, one chart"
    return charts.figures[0]


# --------------------------------------------------------------------------- figure charts


def test_charts_figure_chart_is_named_for_assistive_technology():
    chart = the_chart()
    root = parse(chart.svg)
    ids = root.get("aria-labelledby").split()
    assert [el.get("id") for el in root if el.tag in (SVG + "title", SVG + "desc")] == ids
    assert root.find(SVG + "title").text == "tentara Korea Utara: figures by outlet and claimant"
    assert not any(el.tag.endswith(("script", "foreignObject", "image", "style")) for el in root.iter())
    assert not any(k.endswith("href") for el in root.iter() for k in el.attrib)  # nothing referenced


def test_charts_one_point_per_outlet_claimant_and_day():
    chart = the_chart()
    # k1 is carried by two outlets: two points; each other claim by one outlet
    assert len(chart.points) == 6 and len(marks(parse(chart.svg))) == 6
    assert ("Kabar Satu", "Antony Blinken") in chart.series and ("Warta Dua", "Antony Blinken") in chart.series
    undated = [p for p in chart.points if p.day is None]
    assert {p.outlet for p in undated} == {"Harian Tiga"}
    assert chart.points[0].day is None  # the undated column comes first, then date order
    assert [p.day.isoformat() for p in chart.points if p.day] == ["2024-10-31", "2024-10-31", "2024-11-01", "2024-11-01"]


def test_charts_each_qualifier_has_its_mark_and_a_range_is_a_bar():
    chart = the_chart()
    root = parse(chart.svg)
    kinds = {kind_of(g) for g in marks(root)}
    assert kinds == {"hollow", "cap", "arrow", "range", "dot"}
    by_kind = {kind_of(g): g for g in marks(root)}
    assert by_kind["hollow"].find(SVG + "circle").get("fill") == "#ffffff"  # "about": a hollow mark
    bar = by_kind["range"].find(SVG + "rect")
    top, height = float(bar.get("y")), float(bar.get("height"))
    exact = by_kind["dot"].find(SVG + "circle")  # 10.000, inside the range 8.000–12.000
    assert top < float(exact.get("cy")) < top + height
    hollow = by_kind["hollow"].find(SVG + "circle")  # about 8.000: the bar's lower end
    assert float(hollow.get("cy")) == pytest.approx(top + height, abs=0.2)


@pytest.mark.parametrize("lang, wanted", [
    ("en", ["exact", "about", "up to / less than", "more than / at least", "range, lower to higher figure"]),
    ("id", ["tepat", "sekitar", "hingga / kurang dari", "lebih dari / sedikitnya",
            "rentang, dari angka terendah ke tertinggi"]),
])
def test_charts_legend_explains_the_marks_in_the_page_language(lang, wanted):
    root = parse(the_chart(lang).svg)
    legend = [el.text for el in root.iter(SVG + "text") if el.get("class") == "legend-mark"]
    assert sorted(legend) == sorted(wanted)
    claimants = [el.text for el in root.iter(SVG + "text") if el.get("class") == "legend-series"]
    assert any(t.startswith("Antony Blinken") and "Kabar Satu" in t and "Warta Dua" in t for t in claimants)


def test_charts_numbers_and_dates_as_the_language_writes_them():
    id_texts = [el.text for el in parse(the_chart("id").svg).iter(SVG + "text")]
    en_texts = [el.text for el in parse(the_chart("en").svg).iter(SVG + "text")]
    assert "10.000" in id_texts and "10,000" in en_texts
    assert "1 Nov 2024" in id_texts and "Nov 1, 2024" in en_texts
    assert "tanpa tanggal" in id_texts and "no date" in en_texts


@pytest.mark.parametrize("values", [[5, 1_250_000], [-40, 12], [0.2, 0.35], [7]])
def test_charts_value_axis_covers_every_value(values):
    claims = [figure(f"v{i}", ["a"], f"sumber {i}", "exact", v) for i, v in enumerate(values)]
    chart = figure_chart("t", "angka", figure_points(claims, DOCS, "en"), "en")
    root = parse(chart.svg)
    ticks = [float(el.text.replace(",", "")) for el in root.iter(SVG + "text")
             if el.get("text-anchor") == "end" and re.fullmatch(r"-?[\d,.]+", el.text or "")]
    assert min(ticks) <= min(values) and max(ticks) >= max(values)
    grid = [float(line.get("y1")) for line in root.iter(SVG + "line") if line.get("y1") == line.get("y2")]
    for g in marks(root):
        cy = float(g.find(SVG + "circle").get("cy"))
        assert min(grid) <= cy <= max(grid)


@pytest.mark.parametrize("low, high", [(0, 1), (0, 12_000), (3, 3), (-5, 17), (0.001, 0.002)])
def test_charts_nice_ticks_are_round_and_cover_the_bounds(low, high):
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low and ticks[-1] >= high and len(ticks) >= 2
    steps = {round(b - a, 12) for a, b in zip(ticks, ticks[1:])}
    assert len(steps) == 1
    step = steps.pop()
    mantissa = step / 10 ** __import__("math").floor(__import__("math").log10(step))
    assert round(mantissa, 6) in (1, 2, 5, 10)


def test_charts_hostile_labels_are_text_and_the_svg_stays_well_formed():
    docs = {"x": doc("x", SCRIPT, "2024-11-02"), "y": doc("y", "Warta\x00Dua\x0c", "2024-11-03")}
    claims = [figure("h1", ["x"], BREAKOUT, "approx", 5, subject=f"{SCRIPT} tentara", place=BREAKOUT),
              figure("h2", ["y"], "kata \u202eterbalik", "exact", 9, subject=f"{SCRIPT} tentara")]
    discrepancies = [{"kind": "figure", "claims": ["h1", "h2"], "status": "contradiction", "story": "s"}]
    charts = story_charts({"id": 'x"><script>', "docs": ["x", "y"]}, claims, discrepancies, docs, [], "en")
    (chart,) = charts.figures
    root = parse(chart.svg)  # the control characters were dropped, or this would raise
    assert not any(el.tag.endswith(("script", "img")) for el in root.iter())
    texts = " ".join(t for el in root.iter() for t in (el.text or "",))
    assert SCRIPT in texts and BREAKOUT in texts  # shown as the text it is
    assert "WartaDua" in texts
    assert re.fullmatch(r"[A-Za-z0-9_-]+", root.get("aria-labelledby").split()[0])
    assert SCRIPT not in str(chart.svg) and "<img" not in str(chart.svg)
    assert parse(charts.timeline.svg) is not None


def test_charts_empty_and_single_point_charts_do_not_fail():
    root = parse(figure_chart("e", "kosong", [], "en").svg)
    assert marks(root) == []
    assert "No figure with a number" in root.find(SVG + "desc").text
    one = figure_chart("o", "satu", figure_points([figure("o1", ["b"], "BNPB", "exact", 17)], DOCS, "en"), "en")
    assert len(marks(parse(one.svg))) == 1
    no_number = figure_points([figure("n1", ["b"], "BNPB", "approx", None)], DOCS, "en")
    chart = figure_chart("n", "tanpa angka", no_number, "en")
    assert len(chart.points) == 1 and marks(parse(chart.svg)) == []  # listed in the table, not drawn
    assert story_charts({"id": "s", "docs": []}, [], [], {}, [], "en").figures == []
    assert not story_charts({"id": "s", "docs": []}, [], [], {}, [], "en")


def test_charts_only_figure_discrepancies_get_a_chart():
    claims = [figure("s1", ["a"], "BNPB", "exact", 4)]
    singleton = [{"kind": "singleton", "claims": ["s1"], "status": "unconfirmed", "story": "s"}]
    assert story_charts(STORY, claims, singleton, DOCS, [], "en").figures == []


def test_charts_xml_text_drops_what_xml_forbids_and_escapes_the_rest():
    assert str(xml_text("a\x00b\x1f<c>&\"'")) == "ab&lt;c&gt;&amp;&#34;&#39;"
    assert set(MARK_OF_QUALIFIER) == {"exact", "approx", "at_most", "less_than", "more_than", "at_least"}


# --------------------------------------------------------------------------- timeline chart


def test_charts_timeline_rows_per_outlet_and_numbered_events():
    events = [{"date": {"from": "2024-10-08", "to": "2024-10-13"}, "text": "1.500 tentara tiba", "story": "s"},
              {"date": "2024-06", "text": "Perjanjian ditandatangani", "story": "s"},
              {"date": None, "text": "tanpa tanggal", "story": "s"}]
    items = timeline_items(list(DOCS.values()), events, "en")
    assert [(i.number, i.kind) for i in items if i.kind == "event"] == [(1, "event"), (2, "event")]
    assert items[-1].outlet == "Harian Tiga" and items[-1].first is None  # undated: listed last
    chart = timeline_chart("tl", items, "en")
    root = parse(chart.svg)
    groups = [g.get("class") for g in root.iter(SVG + "g")]
    assert groups.count("event") == 2 and groups.count("publication") == 2
    labels = [el.text for el in root.iter(SVG + "text")]
    assert "Kabar Satu" in labels and "Warta Dua" in labels and "Events" in labels
    june = next(g for g in root.iter(SVG + "g") if g.get("class") == "event" and "Perjanjian" in g.find(SVG + "title").text)
    assert june.find(SVG + "rect") is not None  # a month is a period: drawn as a bar
    assert timeline_chart("none", timeline_items([doc("u", "X", None)], [], "en"), "en") is None


# --------------------------------------------------------------------------- pages


def briefing_dict() -> dict:
    return {"documents": list(DOCS.values()), "stories": [STORY], "claims": CLAIMS, "discrepancies": DISCREPANCIES,
            "timeline": [], "errors": [], "stats": {"documents": 3, "duplicates": 0, "errors": 0},
            "generated": "2024-11-05T00:00:00+07:00"}


def chart_svgs(page: str) -> list[ET.Element]:
    return [parse(m) for m in re.findall(r"<svg .*?</svg>", page, flags=re.S)]


def test_charts_briefing_html_puts_a_table_after_each_chart():
    page = render_html(briefing_dict(), "id")
    assert len(chart_svgs(page)) == 2  # the figure, and the timeline of the dated publications
    figure_block = re.search(r'<figure class="chart" id="chart-s-figure-1">(.*?)</figure>', page, flags=re.S).group(1)
    assert re.match(r"\s*<svg .*?</svg>\s*<table class=\"chart-data\">\s*<caption>tentara Korea Utara: angka "
                    r"menurut media dan sumber klaim</caption>", figure_block, flags=re.S)
    rows = re.findall(r"<tr><td class=\"date\">(.*?)</td><td dir=\"auto\">(.*?)</td><td dir=\"auto\">(.*?)</td>"
                      r"<td class=\"num\" dir=\"auto\">(.*?)</td>", figure_block)
    assert ("1 November 2024", "Warta Dua", "Kyslytsya", "hingga 12.000 tentara") in rows
    assert ("tanpa tanggal", "Harian Tiga", "Vedant Patel", "lebih dari 10.000 tentara") in rows
    assert ("31 Oktober 2024", "Kabar Satu", "intelijen Korea Selatan", "8.000–12.000 tentara") in rows
    assert ("tanpa tanggal", "Harian Tiga", "sumber klaim tidak disebut", "10.000 tentara") in rows
    assert briefing_charts(briefing_dict(), "en")["s"].figures[0].title.startswith("tentara Korea Utara")


def test_charts_seeds_briefing_draws_the_troop_estimates_by_outlet_and_claimant(seeds_dir: Path, tmp_path: Path):
    from ceksilang.pipeline import analyze

    out = tmp_path / "out"
    analyze([seeds_dir], out, workers=1)  # Indonesian pages by default
    page = (out / "briefing.html").read_text(encoding="utf-8")
    troops = re.search(r'<figure class="chart" id="[^"]*figure-1">(.*?)</figure>', page, flags=re.S)
    assert troops, "the seeds' story has no figure chart"
    block = troops.group(1)
    root = parse(re.search(r"<svg .*?</svg>", block, flags=re.S).group(0))
    title = root.find(SVG + "title").text
    assert "tentara" in title and "menurut media dan sumber klaim" in title
    kinds = {kind_of(g) for g in marks(root)}
    assert {"hollow", "cap", "arrow"} <= kinds  # sekitar, hingga, lebih dari
    rows = re.findall(r"<tr><td class=\"date\">.*?</td><td dir=\"auto\">(.*?)</td><td dir=\"auto\">(.*?)</td>", block)
    pairs = set(rows)
    assert {("Metrotvnews.com", "Antony Blinken"), ("geosurvey.co.id", "Antony Blinken"),
            ("Kompas.com", "Vedant Patel"), ("NewsRoom.id", "Sergiy Kyslytsya")} <= pairs
    assert len(marks(root)) == len(rows)  # every row of the table is a mark of the chart
    assert re.search(r"<td class=\"num\" dir=\"auto\">lebih dari 10\.000 tentara</td>", block)
