"""Charts of a story as inline SVG, drawn on the server: readable without JavaScript, nothing
fetched (no script, no font, no external reference), each followed by a table of the same data.

* a **figure chart** for each disputed figure (the claims that the story's ``figure``
  discrepancies compare, those sharing a claim drawn together): x is the publication date of
  the article that reports the figure (articles without a date stand in a column of their own),
  y the value on a linear axis from zero; one colour per outlet and claimant; a range
  ("8.000–12.000") is a vertical bar, "about" a hollow mark, "up to" / "less than" a cap over a
  stem, "more than" / "at least" an arrow pointing up; the legend says so.
* a **timeline chart**: each outlet's publications on a row of its own, and the story's dated
  events (a period as a bar) numbered on the row above, the numbers those of its table.

The input is the briefing's own dicts (briefing.json's ``claims``, ``discrepancies``,
``documents``, ``timeline``), so briefing.html and the web app draw the same charts.

No well-kept pure-Python SVG chart library is among our dependencies (the plotting libraries
bring a rendering stack and their own fonts), so this module writes the few SVG elements it needs
itself. All text is untrusted (outlets, claimants, subjects, titles come from the articles): it
goes through ``markupsafe.escape``, with the characters XML does not allow removed, so a chart
is always well-formed XML whatever the articles hold.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from markupsafe import Markup, escape

from ceksilang.reconcile.disjoint_sets import DisjointSets
from ceksilang.render.i18n import gettext_for
from ceksilang.render.locale import DEFAULT_LANG, format_day_short, format_number, parse_iso
from ceksilang.render.sections import fmt_figure, fmt_scope

Data = dict[str, Any]

MAX_FIGURE_CHARTS = 8  # the largest disputed figures of a story; the rest stay in the figures table
MAX_POINTS = 300  # per chart (and its table): a story of thousands of copies must still draw quickly
MAX_TIMELINE_ROWS = 16  # outlets drawn on the timeline; every publication stays in its table
MAX_EVENTS = 40
MAX_EVENT_LANES = 6  # events close in time stack up to this many rows, then overlap
# Okabe–Ito: told apart with the common colour-vision deficiencies; one colour per claimant, and
# after 7 claimants the legend order and the side-by-side position on a date tell them apart
# (the table lists every figure with its outlet and claimant)
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
INK, GRID, MUTED = "#1d2330", "#e3e6ec", "#5b6475"
WIDTH = 720
FONT = "system-ui, sans-serif"  # the reader's own fonts: nothing is fetched
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
# how each qualifier is drawn; ranges are drawn as bars whatever their qualifier
MARK_OF_QUALIFIER = {"exact": "dot", "approx": "hollow", "at_most": "cap", "less_than": "cap",
                     "more_than": "arrow", "at_least": "arrow"}


# --------------------------------------------------------------------------- the data


@dataclass(slots=True)
class FigurePoint:
    """One figure as one outlet reports it on one day: a point of a chart, a row of its table."""

    day: date | None  # the reporting article's publication day
    outlet: str
    claimant: str
    low: float | None  # None: no number to draw (the table still lists it)
    high: float | None
    mark: str  # dot, hollow, cap, arrow, range, hollow-range
    text: str  # the figure as the page writes it: "sekitar 8.000 tentara"
    scope: str
    series: int = 0


@dataclass(slots=True)
class FigureChart:
    id: str
    title: str
    points: list[FigurePoint]  # date order: the table's rows
    series: list[tuple[str, str]]  # (outlet, claimant), legend order: by claimant
    svg: Markup
    omitted: int = 0  # points past MAX_POINTS, in neither the chart nor its table


@dataclass(slots=True)
class TimelineItem:
    number: int | None  # events are numbered on the chart and in the table
    kind: str  # "publication" or "event", as the page names it
    first: date | None
    last: date | None
    when: Any  # the ISO date or {"from", "to"} range, for the table's date filter
    outlet: str
    text: str


@dataclass(slots=True)
class TimelineChart:
    id: str
    title: str
    items: list[TimelineItem]  # date order: the table's rows
    svg: Markup
    omitted: int = 0  # items past MAX_POINTS, in neither the chart nor its table


@dataclass(slots=True)
class StoryCharts:
    figures: list[FigureChart] = field(default_factory=list)
    timeline: TimelineChart | None = None

    def __bool__(self) -> bool:
        return bool(self.figures or self.timeline)


# --------------------------------------------------------------------------- SVG pieces


def xml_text(value: Any) -> Markup:
    """Untrusted text for an SVG element or attribute: escaped, and without the characters XML
    forbids (a NUL or a form feed in a title would make the whole chart unreadable)."""
    return escape(_NOT_XML.sub("", "" if value is None else str(value)))


def _attrs(attrs: Mapping[str, Any]) -> str:
    return "".join(f' {k.rstrip("_").replace("_", "-")}="{xml_text(v)}"' for k, v in attrs.items() if v is not None)


def tag(name: str, content: Iterable[str] | str = "", **attrs: Any) -> str:
    """``<name attrs>content</name>``; content is markup already (build text with ``xml_text``)."""
    body = content if isinstance(content, str) else "".join(content)
    return f"<{name}{_attrs(attrs)}>{body}</{name}>" if body else f"<{name}{_attrs(attrs)}/>"


def text(x: float, y: float, words: Any, limit: int = 0, **attrs: Any) -> str:
    """An SVG text element; past ``limit`` characters the words are cut with an ellipsis."""
    words = "" if words is None else str(words)
    if limit and len(words) > limit:
        words = words[: limit - 1] + "…"
    style = {"font_family": FONT, "font_size": 12, "fill": INK, **attrs}
    return tag("text", xml_text(words), x=_n(x), y=_n(y), **style)


def _n(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def safe_id(*parts: str) -> str:
    """An id for an element from untrusted parts: only letters, digits, ``-`` and ``_``."""
    return _ID_UNSAFE.sub("_", "-".join(parts))


def svg(chart_id: str, height: float, title: str, desc: str, body: Iterable[str]) -> Markup:
    """The chart element: an image to assistive technology, named by its title and description."""
    head = tag("title", xml_text(title), id=f"{chart_id}-title") + tag("desc", xml_text(desc), id=f"{chart_id}-desc")
    return Markup(tag("svg", head + "".join(body), xmlns="http://www.w3.org/2000/svg", role="img",
                      aria_labelledby=f"{chart_id}-title {chart_id}-desc", viewBox=f"0 0 {WIDTH} {_n(height)}",
                      width="100%", class_="chart", preserveAspectRatio="xMinYMin meet"))


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten apart) from at or below ``low`` to at
    or above ``high``."""
    if not (math.isfinite(low) and math.isfinite(high)):
        raise ValueError(f"ticks need finite bounds, not {low!r}..{high!r}")
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= raw)
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [round(i * step, 10) for i in range(first, last + 1)]


def day_ticks(first: date, last: date, count: int = 5) -> list[date]:
    span = (last - first).days
    if span <= 0:
        return [first]
    step = max(1, round(span / (count - 1)))
    ticks = [first + timedelta(days=i) for i in range(0, span, step)]
    if (last - ticks[-1]).days * 2 < step:  # too close to the last one to leave room for both labels
        ticks.pop()
    return ticks + [last]


class DayScale:
    """Days to x between ``left`` and ``right``; one day alone stands in the middle."""

    def __init__(self, first: date, last: date, left: float, right: float):
        self.first, self.span, self.left, self.right = first, (last - first).days, left, right

    def __call__(self, day: date) -> float:
        if self.span <= 0:
            return (self.left + self.right) / 2
        return self.left + (day - self.first).days / self.span * (self.right - self.left)


# --------------------------------------------------------------------------- figure charts


def _day(value: Any) -> tuple[date, str] | None:
    """``parse_iso`` with a timestamp cut to its day (as published, in its own time zone)."""
    parsed = parse_iso(value)
    if parsed is None:
        return None
    day, precision = parsed
    return (day.date() if isinstance(day, datetime) else day), precision


def _day_of(doc: Mapping[str, Any] | None) -> date | None:
    parsed = _day((doc or {}).get("published"))
    return parsed[0] if parsed and parsed[1] in ("day", "time") else None


def _bounds(value: Any) -> tuple[float | None, float | None]:
    if not isinstance(value, dict):
        return None, None
    numbers = {k: value.get(k) for k in ("value", "low", "high")}
    numbers = {k: float(v) for k, v in numbers.items() if isinstance(v, (int, float)) and not isinstance(v, bool)
               and math.isfinite(v)}
    low = numbers.get("low", numbers.get("value", numbers.get("high")))
    high = numbers.get("high", numbers.get("value", low))
    if low is not None and high is not None and low > high:
        low, high = high, low
    return low, high


def _mark(value: Any, low: float | None, high: float | None) -> str:
    qualifier = (value.get("qualifier") if isinstance(value, dict) else None) or "exact"
    if low is not None and high is not None and low != high:
        return "hollow-range" if qualifier == "approx" else "range"
    return MARK_OF_QUALIFIER.get(qualifier, "dot")


def disputed_figure_groups(claims: Mapping[str, Data], discrepancies: Iterable[Data]) -> list[list[Data]]:
    """The figure claims the story's ``figure`` discrepancies compare, one group per thing
    counted: discrepancies sharing a claim (a contradiction and the series over time of one
    count) are one group. Largest group first."""
    one_count: DisjointSets[str] = DisjointSets()
    for x in discrepancies:
        if x.get("kind") != "figure":
            continue
        ids = [c for c in x.get("claims", []) if c in claims and claims[c].get("kind") == "figure"]
        if ids:
            one_count.find(ids[0])  # a discrepancy's one figure claim is a group too
        for c in ids[1:]:
            one_count.join(ids[0], c)
    groups = [[claims[c] for c in members] for members in one_count.groups()]
    return sorted(groups, key=lambda g: (-len(g), str(g[0].get("subject"))))


def figure_points(group: list[Data], documents: Mapping[str, Data], lang: str = DEFAULT_LANG) -> list[FigurePoint]:
    """Each claim of ``group`` as reported by each outlet on each day (copies of one outlet on one
    day are one point), in date order (undated first)."""
    _ = gettext_for(lang)
    points, seen = [], set()
    for claim in group:
        value = claim.get("value")
        low, high = _bounds(value)
        claimant = claim.get("claimant") or _("no claimant named")
        for doc_id in claim.get("docs") or []:
            doc = documents.get(doc_id) or {}
            outlet, day = doc.get("outlet") or doc_id, _day_of(doc)
            key = (claim.get("id"), outlet, day)
            if key in seen:
                continue
            seen.add(key)
            points.append(FigurePoint(day, outlet, claimant, low, high, _mark(value, low, high),
                                      fmt_figure(value, lang), fmt_scope(claim.get("scope"))))
    points.sort(key=lambda p: (p.day is not None, p.day or date.min, p.outlet, p.claimant, p.low or 0))
    return points


def _legend_marks(lang: str) -> dict[str, str]:
    _ = gettext_for(lang)
    return {"dot": _("exact"), "hollow": _("about"), "cap": f"{_('up to')} / {_('less than')}",
            "arrow": f"{_('more than')} / {_('at least')}", "range": _("range, lower to higher figure"),
            "hollow-range": f"{_('about')}: {_('range, lower to higher figure')}"}


def _draw_mark(kind: str, x: float, y_low: float, y_high: float, colour: str) -> str:
    """A figure's mark; ``y_low`` / ``y_high`` are the ends of a range (the same for one value)."""
    if kind in ("range", "hollow-range"):
        fill = "#ffffff" if kind == "hollow-range" else colour
        return tag("rect", x=_n(x - 4), y=_n(y_high), width=8, height=_n(max(2.0, y_low - y_high)), fill=fill,
                   stroke=colour, stroke_width=2)
    if kind == "hollow":
        return tag("circle", cx=_n(x), cy=_n(y_low), r=5, fill="#ffffff", stroke=colour, stroke_width=2.5)
    if kind == "cap":  # a ceiling: the bar at the figure, the stem down where the count may be
        return tag("path", d=f"M{_n(x - 7)} {_n(y_low)}H{_n(x + 7)}M{_n(x)} {_n(y_low)}V{_n(y_low + 14)}",
                   fill="none", stroke=colour, stroke_width=3)
    if kind == "arrow":  # a floor: from the figure up, where the count may be
        return (tag("path", d=f"M{_n(x)} {_n(y_low)}V{_n(y_low - 9)}", stroke=colour, stroke_width=2.5) +
                tag("path", d=f"M{_n(x - 6)} {_n(y_low - 8)}L{_n(x)} {_n(y_low - 17)}L{_n(x + 6)} {_n(y_low - 8)}Z",
                    fill=colour) + tag("circle", cx=_n(x), cy=_n(y_low), r=3, fill=colour))
    return tag("circle", cx=_n(x), cy=_n(y_low), r=5, fill=colour)


def figure_chart(chart_id: str, subject: str, points: list[FigurePoint], lang: str = DEFAULT_LANG,
                 omitted: int = 0) -> FigureChart:
    """The chart of one figure's ``points``: values over time, one series per outlet and claimant."""
    _ = gettext_for(lang)
    in_order = sorted(points, key=lambda p: (p.day is None, p.day or date.min, p.claimant, p.outlet))
    # one colour per claimant: the same source in two outlets is one colour, its outlets side by side
    claimants = list(dict.fromkeys(p.claimant for p in in_order))
    series = sorted(dict.fromkeys((p.outlet, p.claimant) for p in in_order),
                    key=lambda s: (claimants.index(s[1]), s[0]))
    for p in points:
        p.series = series.index((p.outlet, p.claimant))
    drawn = [p for p in points if p.low is not None]
    values = [v for p in drawn for v in (p.low, p.high) if v is not None]
    ticks = nice_ticks(min([0.0, *values]), max([0.0, *values]) * 1.08 if values else 1.0)
    labels = [format_number(t, lang) for t in ticks]
    left = 16 + 7.5 * max(len(s) for s in labels)
    top, plot_h, right = 24, 240, WIDTH - 16
    bottom = top + plot_h

    def y(v: float) -> float:
        return bottom - (v - ticks[0]) / (ticks[-1] - ticks[0]) * plot_h

    body = []
    for t, label in zip(ticks, labels):
        body.append(tag("line", x1=_n(left), x2=_n(right), y1=_n(y(t)), y2=_n(y(t)), stroke=GRID))
        body.append(text(left - 6, y(t) + 4, label, text_anchor="end"))
    body.append(tag("line", x1=_n(left), x2=_n(left), y1=top, y2=bottom, stroke=MUTED))

    undated = any(p.day is None for p in drawn)
    days = sorted({p.day for p in drawn if p.day is not None})
    # the series reporting on one day stand side by side, in legend order
    at_x: dict[date | None, list[int]] = defaultdict(list)
    for p in drawn:
        if p.series not in at_x[p.day]:
            at_x[p.day].append(p.series)
    # undated figures stand in a column of their own, the whole width when none is dated
    undated_width = (max(96, 14 * len(at_x.get(None, [])) + 28) if days else right - left) if undated else 0
    dated_left = left + undated_width
    scale = DayScale(days[0], days[-1], dated_left + 36, right - 36) if days else None
    if undated:
        body.append(text(left + undated_width / 2, bottom + 18, _("no date"), text_anchor="middle", fill=MUTED))
        if days:
            body.append(tag("line", x1=_n(dated_left), x2=_n(dated_left), y1=top, y2=bottom, stroke=MUTED,
                            stroke_dasharray="4 3"))
    if scale is not None:
        ticks_x = days if len(days) <= 5 else day_ticks(days[0], days[-1])
        for d in ticks_x:
            body.append(tag("line", x1=_n(scale(d)), x2=_n(scale(d)), y1=bottom, y2=bottom + 5, stroke=MUTED))
            body.append(text(scale(d), bottom + 18, format_day_short(d, lang), text_anchor="middle"))
    body.append(tag("line", x1=_n(left), x2=_n(right), y1=bottom, y2=bottom, stroke=MUTED))

    outlets_of: dict[str, list[str]] = defaultdict(list)
    for outlet, claimant in series:
        outlets_of[claimant].append(outlet)

    def colour_of(p: FigurePoint) -> str:
        return PALETTE[claimants.index(p.claimant) % len(PALETTE)]

    for p in drawn:
        base = scale(p.day) if (p.day is not None and scale is not None) else left + undated_width / 2
        column = sorted(at_x[p.day])
        gap = min(14.0 if days else 48.0, (undated_width - 20 if p.day is None else 84) / max(1, len(column)))
        x = base + (column.index(p.series) - (len(column) - 1) / 2) * gap
        tooltip = f"{p.outlet} · {p.claimant}: {p.text}" + (f" ({p.scope})" if p.scope else "") + \
            f" — {format_day_short(p.day, lang) if p.day else _('no date')}"
        body.append(tag("g", tag("title", xml_text(tooltip)) + _draw_mark(p.mark, x, y(p.low), y(p.high), colour_of(p)),
                        class_=f"mark mark-{p.mark}", data_series=p.series))

    legend_y = bottom + 44
    for i, claimant in enumerate(claimants):
        row = legend_y + i * 18
        body.append(tag("rect", x=_n(left), y=_n(row - 10), width=12, height=12, fill=PALETTE[i % len(PALETTE)]))
        label = _("{claimant}, in {outlets}").format(claimant=claimant, outlets=", ".join(outlets_of[claimant]))
        body.append(text(left + 18, row, label, limit=95, class_="legend-series"))
    key_y = legend_y + len(claimants) * 18 + 10
    names = _legend_marks(lang)
    kinds = [k for k in names if any(p.mark == k for p in drawn)]
    for i, kind in enumerate(kinds):
        row = key_y + i * 22
        # each sample within its own row: a cap hangs down from its figure, an arrow rises from it
        at = {"cap": row - 10, "arrow": row + 4}.get(kind, row - 4)
        body.append(_draw_mark(kind, left + 6, at if "range" not in kind else row + 2, row - 12, MUTED))
        body.append(text(left + 22, row, names[kind], class_="legend-mark"))
    height = key_y + len(kinds) * 22 + 6

    title = _("{what}: figures by outlet and claimant").format(what=subject)
    if values:
        desc = _("Figures drawn: {count}; outlet and claimant pairs: {series}; values from {low} to {high}. "
                 "The table below lists them.").format(
            count=format_number(len(drawn), lang), series=format_number(len(series), lang),
            low=format_number(min(values), lang), high=format_number(max(values), lang))
    else:
        desc = _("No figure with a number to draw; the table below lists them.")
    return FigureChart(chart_id, title, points, series, svg(chart_id, height, title, desc, body), omitted)


def figure_charts(claims: Mapping[str, Data], discrepancies: Iterable[Data], documents: Mapping[str, Data],
                  key: str, lang: str = DEFAULT_LANG) -> list[FigureChart]:
    """One chart for each disputed figure of a story; ``key`` makes the element ids unique on a page."""
    charts = []
    for i, group in enumerate(disputed_figure_groups(claims, discrepancies)[:MAX_FIGURE_CHARTS]):
        subjects = [str(c.get("subject") or "") for c in group]
        subject = max(dict.fromkeys(subjects), key=subjects.count) or gettext_for(lang)("figure")
        points = figure_points(group, documents, lang)
        charts.append(figure_chart(safe_id("chart", key, "figure", str(i + 1)), subject, points[:MAX_POINTS], lang,
                                   max(0, len(points) - MAX_POINTS)))
    return charts


# --------------------------------------------------------------------------- timeline chart


def _day_span(value: Any) -> tuple[date, date] | None:
    """The first and last day a timeline date covers: a month is all its days."""
    if isinstance(value, dict):
        a, b = _day_span(value.get("from")), _day_span(value.get("to") or value.get("from"))
        return (a[0], b[1]) if a and b and a[0] <= b[1] else a
    parsed = _day(value)
    if parsed is None:
        return None
    day, precision = parsed
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return day, following - timedelta(days=1)
    return day, day


def timeline_items(docs: Iterable[Data], events: Iterable[Data], lang: str = DEFAULT_LANG) -> list[TimelineItem]:
    """The story's publications and dated events in date order (undated publications last)."""
    _ = gettext_for(lang)
    items = []
    for d in docs:
        day = _day_of(d)
        items.append(TimelineItem(None, _("publication"), day, day, d.get("published"), d.get("outlet") or d["id"],
                                  d.get("title") or d["id"]))
    dated_events = [(span, e) for e in events if (span := _day_span(e.get("date")))]
    dated_events.sort(key=lambda se: (se[0], str(se[1].get("text"))))
    for n, (span, e) in enumerate(dated_events[:MAX_EVENTS], start=1):
        items.append(TimelineItem(n, _("event"), span[0], span[1], e.get("date"), "", str(e.get("text") or "")))
    items.sort(key=lambda t: (t.first is None, t.first or date.min, t.kind, t.number or 0, t.outlet))
    return items


def timeline_chart(chart_id: str, items: list[TimelineItem], lang: str = DEFAULT_LANG) -> TimelineChart | None:
    """Publications per outlet and events over time; None when nothing is dated."""
    _ = gettext_for(lang)
    items, omitted = items[:MAX_POINTS], max(0, len(items) - MAX_POINTS)
    dated = [t for t in items if t.first is not None]
    if not dated:
        return None
    first = min(t.first for t in dated if t.first)
    last = max(t.last or t.first for t in dated if t.first)
    outlets: list[str] = []
    for t in dated:
        if t.number is None and t.outlet not in outlets:
            outlets.append(t.outlet)
    shown = outlets[:MAX_TIMELINE_ROWS]
    left, top, right, row_h = 170, 16, WIDTH - 24, 26
    scale = DayScale(first, last, left + 14, right - 14)
    # events close in time take lanes one above another, so their numbers stay readable
    lane_ends: list[float] = []
    lanes: list[tuple[TimelineItem, int]] = []
    for t in (t for t in dated if t.number is not None):
        x0, x1 = scale(t.first), max(scale(t.first), scale(t.last or t.first))
        lane = next((i for i, end in enumerate(lane_ends) if x0 - end >= 20), None)
        if lane is None and len(lane_ends) < MAX_EVENT_LANES:
            lane_ends.append(-math.inf)
            lane = len(lane_ends) - 1
        lane = lane if lane is not None else min(range(len(lane_ends)), key=lane_ends.__getitem__)
        lane_ends[lane] = max(lane_ends[lane], x1, x0)
        lanes.append((t, lane))
    event_h = row_h + 18 * max(0, len(lane_ends) - 1)
    bottom = top + event_h + row_h * len(shown)
    body = [text(left - 8, top + row_h / 2 + 4, _("Events"), text_anchor="end")]
    for i, name in enumerate(shown):
        y = top + event_h + row_h * i + row_h / 2
        body.append(tag("line", x1=left, x2=_n(right), y1=_n(y), y2=_n(y), stroke=GRID))
        body.append(text(left - 8, y + 4, name, limit=22, text_anchor="end"))
    for d in day_ticks(first, last):
        body.append(tag("line", x1=_n(scale(d)), x2=_n(scale(d)), y1=_n(bottom), y2=_n(bottom + 5), stroke=MUTED))
        body.append(text(scale(d), bottom + 18, format_day_short(d, lang), text_anchor="middle"))
    body.append(tag("line", x1=left, x2=_n(right), y1=_n(bottom), y2=_n(bottom), stroke=MUTED))
    for t, lane in lanes:
        y = top + row_h / 2 + 18 * lane
        x0, x1 = scale(t.first), scale(t.last or t.first)
        mark = ""
        if x1 - x0 >= 4:  # a period: a bar over its days
            mark = tag("rect", x=_n(x0), y=_n(y - 3), width=_n(x1 - x0), height=6, fill=MUTED, opacity=0.5)
        mark += tag("circle", cx=_n(x0), cy=_n(y), r=8, fill=INK) + \
            text(x0, y + 4, t.number, text_anchor="middle", fill="#ffffff", font_size=10)
        body.append(tag("g", tag("title", xml_text(f"{t.number}. {t.text}")) + mark, class_="event"))
    for t in dated:
        if t.number is None and t.outlet in shown:
            i = shown.index(t.outlet)
            y = top + event_h + row_h * i + row_h / 2
            body.append(tag("g", tag("title", xml_text(f"{t.outlet}: {t.text} — {format_day_short(t.first, lang)}")) +
                            tag("circle", cx=_n(scale(t.first)), cy=_n(y), r=5, fill=PALETTE[i % len(PALETTE)]),
                            class_="publication"))
    height = bottom + 30
    title = _("Timeline of publications and events")
    publications = sum(1 for t in dated if t.number is None)
    events = len(dated) - publications
    desc = _("Dated publications: {publications}; outlets: {outlets}; dated events: {events}; from {first} "
             "to {last}. The table below lists them.").format(
        publications=format_number(publications, lang), outlets=format_number(len(outlets), lang),
        events=format_number(events, lang), first=format_day_short(first, lang), last=format_day_short(last, lang))
    return TimelineChart(chart_id, title, items, svg(chart_id, height, title, desc, body), omitted)


# --------------------------------------------------------------------------- a story's charts


def story_charts(story: Data, claims: Iterable[Data], discrepancies: Iterable[Data], documents: Mapping[str, Data],
                 events: Iterable[Data], lang: str = DEFAULT_LANG) -> StoryCharts:
    """A story's figure charts and timeline chart, from its briefing.json records."""
    key = str(story.get("id") or "story")
    claim_map = {c["id"]: c for c in claims if c.get("id")}
    figures = figure_charts(claim_map, discrepancies, documents, key, lang)
    docs = [documents[d] for d in story.get("docs", []) if d in documents]
    timeline = timeline_chart(safe_id("chart", key, "timeline"), timeline_items(docs, events, lang), lang)
    return StoryCharts(figures, timeline)


def briefing_charts(data: Data, lang: str = DEFAULT_LANG) -> dict[str, StoryCharts]:
    """``story_charts`` of every story of a briefing dict (briefing.json's shape), by story id."""
    stories = data.get("stories", [])
    documents = {d["id"]: d for d in data.get("documents", [])}
    claims, discrepancies, events = defaultdict(list), defaultdict(list), defaultdict(list)
    for c in data.get("claims", []):
        claims[c.get("story")].append(c)
    for t in data.get("timeline", []):
        events[t.get("story")].append(t)
    for x in data.get("discrepancies", []):
        if x.get("story") is not None:
            discrepancies[x["story"]].append(x)
        else:  # an older briefing: the story whose documents it names
            docs = set(x.get("docs", []))
            owner = next((s["id"] for s in stories if docs <= set(s.get("docs", []))), None)
            discrepancies[owner].append(x)
    return {s["id"]: story_charts(s, claims[s["id"]], discrepancies[s["id"]], documents, events[s["id"]], lang)
            for s in stories}
