"""Dates of languages described by patterns (ceksilang.extract.timex_patterns): English."""

from __future__ import annotations

import pytest

from ceksilang.extract.pipeline import extract_document
from ceksilang.extract.timex_patterns import date_patterns, find_dates_by_patterns, has_date_patterns
from ceksilang.model import Document, Source

TEXT = ("WASHINGTON, Oct 31 (Reuters) - Blinken said on Thursday that the troops arrived last week. "
        "They trained in May 2024 and have served since 2022. Three days ago, on October 28, 2024, "
        "officials met; another meeting is set for 5 December. Troops may arrive soon. "
        "Yesterday 2,024 soldiers moved.")


def _dates(published: str | None) -> dict[str, tuple]:
    return {d.text: (d.value, d.precision, d.kind, d.anchor)
            for d in find_dates_by_patterns("d", TEXT, published, "en")}


def test_english_dates_resolved_against_the_publication_date():
    found = _dates("2024-11-01")  # a Friday
    assert found == {
        "Oct 31": ("2024-10-31", "day", "absolute", "published:2024-11-01"),
        "Thursday": ("2024-10-31", "day", "relative", "published:2024-11-01"),
        "last week": ({"from": "2024-10-21", "to": "2024-10-27"}, "week", "relative", "published:2024-11-01"),
        "May 2024": ("2024-05", "month", "absolute", None),
        "2022": ("2022", "year", "absolute", None),
        "Three days ago": ("2024-10-29", "day", "relative", "published:2024-11-01"),
        "October 28, 2024": ("2024-10-28", "day", "absolute", None),
        "5 December": ("2024-12-05", "day", "absolute", "published:2024-11-01"),  # the nearest year
        "Yesterday": ("2024-10-31", "day", "relative", "published:2024-11-01"),
    }
    # "may" the verb and the figure "2,024" are not dates


def test_english_dates_without_a_publication_date_use_the_latest_full_date():
    found = _dates(None)
    assert found["Three days ago"] == ("2024-10-25", "day", "relative", "latest-explicit:2024-10-28")
    assert found["October 28, 2024"][0] == "2024-10-28"
    only_relative = find_dates_by_patterns("d", "He spoke yesterday.", None, "en")
    assert [(d.text, d.value) for d in only_relative] == [("yesterday", None)]


def test_english_documents_get_english_dates_and_indonesian_ones_keep_theirs():
    english = extract_document(Document(id="en", source=Source(path="en.txt"), text=TEXT, language="en",
                                        published="2024-11-01"))
    assert ("last week", "week") in {(d.text, d.precision) for d in english.dates}
    assert all(q.text != "31" for q in english.quantities)  # the day of "Oct 31" is not a figure
    indonesian = extract_document(Document(id="id", source=Source(path="id.txt"), language="id",
                                           text="Pasukan tiba pekan lalu, kata Blinken.", published="2024-11-01"))
    assert [(d.text, d.value) for d in indonesian.dates] == [("pekan lalu", {"from": "2024-10-20", "to": "2024-10-26"})]


def test_pattern_languages_are_the_ones_with_a_data_file():
    assert has_date_patterns("en")
    assert not has_date_patterns("id") and not has_date_patterns(None) and not has_date_patterns("xx")
    assert len(date_patterns("en").precisions) == len(date_patterns("en").kinds) > 10


def test_a_malformed_pattern_file_is_a_clear_error(monkeypatch):
    import ceksilang.extract.timex_patterns as tp
    from ceksilang.lang import LanguageDataError

    monkeypatch.setattr(tp, "load_data", lambda name, lang: {"months": [], "weekdays": [], "numbers": [],
                                                             "patterns": [{"template": "{month}", "precision": "hour"}]})
    tp.date_patterns.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match="timex_patterns.yaml"):
            tp.date_patterns("en")
    finally:
        tp.date_patterns.cache_clear()
