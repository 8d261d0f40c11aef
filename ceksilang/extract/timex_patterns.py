"""Dates in languages described by patterns (``lang/<code>/timex_patterns.yaml``), parsed by
dateparser: English today.

The Indonesian finder (``timex.py``) parses its spans by hand, for speed and for the shapes
dateparser misses ("Selasa (12/11/2024)", "pekan lalu", ranges). For another language a data
file lists the span shapes as regex templates over its month and weekday names; the spans are
found with one regex, and each is handed to dateparser (which knows the language's words)
against the publication date. What the template says fixes the precision: "October 2024" is a
month even though dateparser returns a day.

Resolution follows the Indonesian finder's rules where they apply: a day and month without a
year take the year that puts the date closest to the reference; a bare weekday is the most
recent such day on or before it; without a publication date the latest full date of the text is
the reference, and with none either, relative expressions keep ``value=None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from ceksilang.lang import LanguageDataError, has_data, load_data
from ceksilang.model import TimeExpr
from ceksilang.extract.timex import _iso_month, _nearest_year, _parse_published, _safe_date, _span, _week_start

__all__ = ["DatePatterns", "date_patterns", "has_date_patterns", "find_dates_by_patterns"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PRECISIONS = ("day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class DatePatterns:
    """A language's ``timex_patterns.yaml``, compiled."""

    language: str
    regex: re.Pattern[str]
    precisions: tuple[str, ...]  # of each pattern, by its group index
    kinds: tuple[str, ...]
    week_starts: int  # 0 = Monday


@lru_cache(maxsize=None)
def has_date_patterns(language: str | None) -> bool:
    """Whether ``language`` has a ``timex_patterns.yaml`` (looked up once per language)."""
    if not language:
        return False
    return has_data("timex_patterns", language)


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=None)
def date_patterns(language: str) -> DatePatterns:
    """``lang/<language>/timex_patterns.yaml``, its templates compiled into one regex (cached)."""
    data = load_data("timex_patterns", language)
    try:
        fill = {
            "month": _alternation([str(m) for m in data["months"]]),
            "weekday": _alternation([str(w) for w in data["weekdays"]]),
            "number": r"(?:\d{1,3}|" + _alternation([str(n) for n in data["numbers"]]).removeprefix("(?:"),
            "day": r"(?:[12]\d|3[01]|0?[1-9])",
            "year": r"(?:19|20)\d\d",
        }
        parts, precisions, kinds = [], [], []
        for i, entry in enumerate(data["patterns"]):
            precision, kind = str(entry["precision"]), str(entry.get("kind", "absolute"))
            if precision not in _PRECISIONS or kind not in ("absolute", "relative"):
                raise ValueError(f"pattern {i}: precision {precision!r} / kind {kind!r}")
            body = str(entry["template"]).format(**fill).replace("(?P<date>", f"(?P<d{i}>")
            parts.append(f"(?P<p{i}>{body})")
            precisions.append(precision)
            kinds.append(kind)
        week_starts = _WEEKDAYS.index(str(data.get("week_starts", "monday")).lower())
        regex = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
    except (KeyError, TypeError, ValueError, IndexError, re.error) as exc:
        raise LanguageDataError(f"timex_patterns.yaml ({language}): malformed ({exc!r})") from exc
    return DatePatterns(language, regex, tuple(precisions), tuple(kinds), week_starts)


def _parse(text: str, language: str, reference: datetime) -> datetime | None:
    import dateparser  # a second to import; only documents in these languages need it

    return dateparser.parse(text, languages=[language], settings={
        "RELATIVE_BASE": reference, "PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False})


def _value(day: date, precision: str, week_starts: int) -> str | dict[str, str]:
    # the Indonesian finder's value shapes, from its helpers
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return _iso_month(day.year, day.month)
    if precision == "week":
        start = _week_start(day, week_starts)
        return _span(start.isoformat(), (start + timedelta(days=6)).isoformat())
    return day.isoformat()


def find_dates_by_patterns(doc_id: str, text: str, published: str | None, language: str) -> list[TimeExpr]:
    """Every date expression of ``text`` that ``language``'s patterns find, resolved against
    ``published`` (or the text's latest full date)."""
    patterns = date_patterns(language)
    found = []
    for m in patterns.regex.finditer(text):
        i = int(next(name for name, v in m.groupdict().items() if v is not None and name.startswith("p"))[1:])
        group = f"d{i}" if m.groupdict().get(f"d{i}") is not None else f"p{i}"
        found.append((m.start(group), m.end(group), i))
    if not found:
        return []

    anchor_day, anchor = _parse_published(published), None
    if anchor_day is not None:
        anchor = f"published:{anchor_day.isoformat()}"
    else:  # the latest date of the text written out in full
        full = [parsed.date() for s, e, i in found
                if patterns.kinds[i] == "absolute" and patterns.precisions[i] == "day"
                and re.search(r"(?:19|20)\d\d", text[s:e])
                and (parsed := _parse(text[s:e], language, datetime(2000, 1, 1))) is not None]
        if full:
            anchor_day = max(full)
            anchor = f"latest-explicit:{anchor_day.isoformat()}"

    out = []
    for start, end, i in found:
        span, precision, kind = text[start:end], patterns.precisions[i], patterns.kinds[i]
        has_year = re.search(r"(?:19|20)\d\d", span) is not None
        value: str | dict[str, str] | None = None
        used_anchor = None
        if has_year or anchor_day is not None:
            reference = datetime.combine(anchor_day or date(2000, 1, 1), datetime.min.time()).replace(hour=12)
            parsed = _parse(span, language, reference)
            if parsed is not None:
                day = parsed.date()
                if not has_year and kind == "absolute" and anchor_day is not None:
                    year = _nearest_year(day.month, day.day, anchor_day)
                    day = _safe_date(year, day.month, day.day) or day
                value = _value(day, precision, patterns.week_starts)
                used_anchor = None if has_year else anchor
        out.append(TimeExpr(doc=doc_id, start=start, end=end, text=span, value=value, precision=precision,
                            anchor=used_anchor, kind=kind))
    return out
