"""Numbers and dates as each language writes them (ceksilang/render/locale.py, through Babel), in
briefing.md, briefing.html and the web app; ``--lang`` on analyze and serve."""

from __future__ import annotations

import copy

import pytest

from ceksilang.cli import main
from ceksilang.render import briefing_to_dict, render_html, render_markdown, write_briefing
from ceksilang.render.locale import check_lang, format_date, format_date_range, format_number, format_when
from tests.render_fixtures import hand_briefing


@pytest.mark.parametrize("value, indonesian, english", [
    (12000, "12.000", "12,000"),
    (12000.0, "12.000", "12,000"),
    (2.5, "2,5", "2.5"),
    (1234567.25, "1.234.567,25", "1,234,567.25"),
    (0.00012, "0,00012", "0.00012"),
    (-3, "-3", "-3"),
    (None, "?", "?"),
    ("12", "?", "?"),
])
def test_locale_numbers(value, indonesian, english):
    assert format_number(value, "id") == indonesian
    assert format_number(value, "en") == english


@pytest.mark.parametrize("value, indonesian, english", [
    ("2024-11-01", "1 November 2024", "November 1, 2024"),
    ("2024-08-17", "17 Agustus 2024", "August 17, 2024"),
    ("2024-11", "November 2024", "November 2024"),
    ("2024", "2024", "2024"),
    # a timestamp keeps the time it was published at, in its own zone (not moved to UTC); CLDR puts
    # a narrow no-break space before AM/PM
    ("2025-03-03T23:30:00+07:00", "3 Maret 2025 23.30", "March 3, 2025, 11:30\u202fPM"),
    ("2025-03-03T10:00:00Z", "3 Maret 2025 10.00", "March 3, 2025, 10:00\u202fAM"),
    # what is not an ISO date comes back as it is
    ("2024-W45", "2024-W45", "2024-W45"),
    ("2024-02-30", "2024-02-30", "2024-02-30"),
    ("akhir Oktober", "akhir Oktober", "akhir Oktober"),
    (None, "", ""),
])
def test_locale_dates(value, indonesian, english):
    assert format_date(value, "id") == indonesian
    assert format_date(value, "en") == english


@pytest.mark.parametrize("start, end, indonesian, english", [
    ("2024-10-23", "2024-10-28", "23–28 Oktober 2024", "October 23 – 28, 2024"),
    ("2024-10-23", "2024-11-02", "23 Oktober – 2 November 2024", "October 23 – November 2, 2024"),
    ("2023-12-30", "2024-01-02", "30 Desember 2023 – 2 Januari 2024", "December 30, 2023 – January 2, 2024"),
    ("2024-10-23", "2024-10-23", "23 Oktober 2024", "October 23, 2024"),
    ("2024-10-23", None, "23 Oktober 2024", "October 23, 2024"),
    ("2024-10", "2024-11-02", "Oktober 2024 – 2 November 2024", "October 2024 – November 2, 2024"),
])
def test_locale_date_ranges(start, end, indonesian, english):
    assert plain(format_date_range(start, end, "id")) == indonesian
    assert plain(format_date_range(start, end, "en")) == english  # CLDR sets thin spaces around the dash
    assert plain(format_when({"from": start, "to": end}, "id")) == indonesian


def plain(text: str) -> str:
    """Unicode spaces (thin, narrow no-break) as plain ones."""
    return "".join(" " if ch.isspace() else ch for ch in text)


def test_locale_refuses_an_unknown_language():
    with pytest.raises(ValueError, match="choose from id, en"):
        check_lang("fr")
    with pytest.raises(ValueError):
        format_number(1, "fr")


def big_figure_briefing():
    briefing = copy.deepcopy(hand_briefing())
    figure = briefing.claims[2]
    figure.value = {"value": 12000, "qualifier": "at_most", "unit": "tentara"}
    return briefing


def test_briefing_pages_write_numbers_and_dates_in_the_chosen_language():
    data = briefing_to_dict(big_figure_briefing())
    md_id, md_en = render_markdown(data), render_markdown(data, "en")
    assert "hingga 12.000 tentara" in md_id and "12,000" not in md_id
    assert "up to 12,000 tentara" in md_en and "12.000" not in md_en
    assert "3 Maret 2025" in md_id and "March 3, 2025" in md_en  # a story's span and the sources' dates
    assert "3–4 Maret 2025" in md_id and "March 3 – 4, 2025" in plain(md_en)
    assert "2025-03-03" not in md_id.replace("2025-03-03T", "")  # no ISO date left for a reader to decode
    html_id, html_en = render_html(data), render_html(data, "en")
    assert "hingga 12.000 tentara" in html_id and '<html lang="id">' in html_id and "3 Maret 2025" in html_id
    assert "12,000 tentara" in html_en and '<html lang="en">' in html_en and "March 3, 2025" in plain(html_en)
    assert '"value": 12000' not in html_id  # (the page shows text, briefing.json keeps the number)


def test_write_briefing_keeps_json_in_iso_and_numbers(tmp_path):
    write_briefing(big_figure_briefing(), tmp_path, lang="en")
    raw = (tmp_path / "briefing.json").read_text(encoding="utf-8")
    assert '"published": "2025-03-04"' in raw and '"value": 12000' in raw
    assert "12,000" in (tmp_path / "briefing.md").read_text(encoding="utf-8")


def test_cli_lang_must_be_id_or_en(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", str(tmp_path), "--out", str(tmp_path / "out"), "--lang", "fr"])
    assert exit_.value.code == 2 and "invalid choice: 'fr'" in capsys.readouterr().err


def test_web_pages_write_dates_and_numbers_in_the_servers_language(db):  # noqa: F811
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from ceksilang.web import create_app
    from tests.test_web import fast_ingest, fixed_build

    pages = {}
    for lang in ("id", "en"):
        app = create_app(db, build=fixed_build, check_interval=-1, ingest=fast_ingest, lang=lang)
        with TestClient(app) as client:
            pages[lang] = client.get("/stories/story-bridge").text, client.get("/documents/kota-1").text
    (story_id, doc_id), (story_en, doc_en) = pages["id"], pages["en"]
    assert "4 Februari 2025" in story_id and "5 Februari 2025" in story_id
    assert "February 4, 2025" in story_en and "Februari" not in story_en
    assert "4 Februari 2025 10.00" in doc_id and "February 4, 2025, 10:00\u202fAM" in doc_en
    with pytest.raises(ValueError):
        create_app(db, build=fixed_build, lang="fr")


from tests.test_web import db  # noqa: E402,F401  (the invented store, as a fixture)


def test_a_figure_times_a_scale_word_is_written_without_the_floats_error():
    # "Rp 521,31 miliar" read as 521.31 * 1e9 is 521309999999.99994 in binary floating point
    assert format_number(521.31 * 1e9, "en") == "521,310,000,000"
    assert format_number(521.31 * 1e9, "id") == "521.310.000.000"
    assert format_number(0.1 + 0.2, "en") == "0.3"
    assert format_number(2.5, "id") == "2,5"
