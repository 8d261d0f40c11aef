"""Numbers and dates as the reader's language writes them, through Babel (CLDR data).

Indonesian by default: 12.000 and 2,5; "1 November 2024"; "23–28 Oktober 2024". English:
12,000 and 2.5; "November 1, 2024"; "October 23 – 28, 2024". Every page that shows a number
or a date (briefing.md, briefing.html, the web app) formats it here, so they all agree.

Dates come in as the ISO strings of briefing.json: a year, a month, a day, or a timestamp (shown
in the time zone it was published in, not converted). Anything else (a week such as 2024-W45,
free text) is returned as it is.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date as babel_date
from babel.dates import format_skeleton, format_time
from babel.numbers import format_decimal

LANGUAGES = ("id", "en")
DEFAULT_LANG = "id"
# up to six decimals: 0,00012 % must not print as 0; the grouping and symbols are the locale's
_NUMBER_PATTERN = "#,##0.######"
_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_FULL_MONTH = re.compile(r"(?<!M)MMM(?!M)")  # CLDR's interval patterns abbreviate month names


def check_lang(lang: str) -> str:
    """``lang`` when it is a supported language, else ``ValueError`` naming the choices."""
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r}: choose from {', '.join(LANGUAGES)}")
    return lang


@lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    return Locale.parse(check_lang(lang))


def format_number(x: Any, lang: str = DEFAULT_LANG) -> str:
    """12000 → "12.000" (id) or "12,000" (en); 2.5 → "2,5" / "2.5"; not a number → "?"."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return "?"
    if isinstance(x, float) and math.isfinite(x):
        # a figure read as digits times a scale word carries the binary float's error ("Rp 521,31 miliar" is
        # 521.31 * 1e9 = 521309999999.99994); no report writes more than a dozen significant digits
        x = float(f"{x:.12g}")
    if float(x).is_integer():
        x = int(x)
    return _format_decimal(x, lang)


@lru_cache(maxsize=4096)
def _format_decimal(x: int | float, lang: str) -> str:
    # a page repeats the same few figures across claims (~40,000 formattings for 150 pages of a
    # story of copies), and Babel takes ~0.2 ms for each
    return format_decimal(x, _NUMBER_PATTERN, locale=_locale(lang))


def _parse(value: str) -> tuple[date, str] | None:
    """The date in an ISO string and how precise it is: "year", "month", "day" or "time"."""
    value = value.strip()
    try:
        if _YEAR.match(value):
            return date(int(value), 1, 1), "year"
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1), "month"
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        if len(value) > 10 and value[10] in "T ":
            return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None), "time"
    except ValueError:
        return None
    return None


def format_date(value: Any, lang: str = DEFAULT_LANG) -> str:
    """"2024-11-01" → "1 November 2024" (id) / "November 1, 2024" (en); "2024-11" → "November 2024";
    a timestamp also gets its time ("1 November 2024 14.20"); anything else comes back unchanged."""
    if value is None:
        return ""
    return _format_date_text(str(value), lang)


@lru_cache(maxsize=4096)
def _format_date_text(text: str, lang: str) -> str:
    # a page repeats the same few days across its evidence (~500 on an entity page), and Babel
    # takes ~0.05 ms for each
    parsed = _parse(text)
    if parsed is None:
        return text
    when, precision = parsed
    locale = _locale(lang)
    if precision == "year":
        return str(when.year)
    if precision == "month":
        return format_skeleton("yMMMM", when, locale=locale)
    day = babel_date(when, "long", locale=locale)
    if precision == "day":
        return day
    glue = str(locale.datetime_formats["medium"]).replace("'", "")  # "{1} {0}", "{1}, {0}"
    return glue.format(format_time(when, "short", locale=locale), day)


def format_day_short(day: date, lang: str = DEFAULT_LANG) -> str:
    """A chart axis label: "1 Nov 2024" (id) / "Nov 1, 2024" (en)."""
    return babel_date(day, "medium", locale=_locale(lang))


def parse_iso(value: Any) -> tuple[date, str] | None:
    """The date in an ISO string of briefing.json and its precision ("year", "month", "day",
    "time"), or None when it is not one."""
    return _parse(value) if isinstance(value, str) else None


def format_date_range(start: Any, end: Any, lang: str = DEFAULT_LANG) -> str:
    """"23–28 Oktober 2024", "23 Oktober – 2 November 2024"; one date when both are the same."""
    if not end or end == start:
        return format_date(start, lang)
    if not start:
        return format_date(end, lang)
    first, last = _parse(str(start)), _parse(str(end))
    if not (first and last and first[1] == last[1] == "day"):
        return f"{format_date(start, lang)} – {format_date(end, lang)}"
    a, b = first[0], last[0]
    locale = _locale(lang)
    greatest = "y" if a.year != b.year else "M" if a.month != b.month else "d"
    head, tail = locale.interval_formats["yMMMd"][greatest]
    return babel_date(a, _FULL_MONTH.sub("MMMM", head), locale=locale) + \
        babel_date(b, _FULL_MONTH.sub("MMMM", tail), locale=locale)


def format_when(value: Any, lang: str = DEFAULT_LANG) -> str:
    """A timeline date: an ISO string, or a ``{"from", "to"}`` range."""
    if isinstance(value, dict):
        return format_date_range(value.get("from"), value.get("to"), lang)
    return format_date(value, lang)
