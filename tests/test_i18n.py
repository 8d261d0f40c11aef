"""The interface language: Babel message catalogues, Indonesian by default, English on request
(``--lang``, the switch in the web app); the articles' own words are never translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from ceksilang.render import briefing_to_dict, render_html, render_markdown
from ceksilang.render.i18n import CATALOGUES, LABELS, gettext_for, label
from tests.render_fixtures import hand_briefing

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def source_messages() -> set[str]:
    """Every message the code and templates ask to translate, found the way ``pybabel extract`` does."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT / "ceksilang"), method_map, options_map, keywords={**DEFAULT_KEYWORDS, "Nn_": (1, 2)}):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def indonesian_catalogue():
    with (CATALOGUES / "id" / "LC_MESSAGES" / "ceksilang.po").open("rb") as handle:
        return read_po(handle, locale="id")


def test_every_message_has_an_indonesian_translation_with_the_same_placeholders():
    catalogue = indonesian_catalogue()
    translated = {}
    for message in catalogue:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"untranslated: {key!r}"
        assert not message.fuzzy, f"fuzzy (unchecked) translation: {key!r}"
        for text in strings:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(key)), (key, text)
        translated[key] = strings
    wanted = source_messages()
    assert wanted, "no message found: babel.cfg does not match the sources"
    assert not wanted - set(translated), f"missing from the catalogue (run scripts/i18n.sh): {sorted(wanted - set(translated))}"
    assert not set(translated) - wanted, f"no longer used: {sorted(set(translated) - wanted)}"
    assert set(LABELS.values()) <= set(translated)


def test_the_template_holds_every_message_of_the_code_in_order_as_the_script_writes_it():
    # mend46: a translator starting a new language copies the template: a message missing from it (added to the
    # Indonesian catalogue by hand) would stay untranslated there, so the template must be regenerated too
    with (CATALOGUES / "ceksilang.pot").open("rb") as handle:
        template = [m.id[0] if isinstance(m.id, tuple) else m.id for m in read_po(handle) if m.id]
    assert set(template) == source_messages(), "the template is stale: run scripts/i18n.sh"
    assert template == sorted(template), "the template is not in the order pybabel --sort-output writes"
    catalogue = [m.id[0] if isinstance(m.id, tuple) else m.id for m in indonesian_catalogue() if m.id]
    assert catalogue == template, "the Indonesian catalogue is not merged from the template: run scripts/i18n.sh"


def test_english_is_the_messages_as_written_and_indonesian_their_translation():
    assert gettext_for("en")("Who said what") == "Who said what"
    assert gettext_for("id")("Who said what") == "Siapa mengatakan apa"
    assert label("contradiction", "id") == "pertentangan" and label("contradiction", "en") == "contradiction"
    assert label("some-new-kind", "id") == "some-new-kind"  # an unknown key is shown as it is


def test_briefing_labels_follow_the_language_and_the_data_does_not():
    data = briefing_to_dict(hand_briefing())
    md_id, md_en = render_markdown(data), render_markdown(data, "en")
    assert "# ringkasan ceksilang" in md_id and "## Peristiwa: Banjir · Lawu" in md_id
    assert "### Siapa mengatakan apa" in md_id and "_(2 sumber independen)_" in md_id
    assert "# ceksilang briefing" in md_en and "## Story: Banjir · Lawu" in md_en and "### Who said what" in md_en
    # the articles' words and the names stay as they were written
    for md in (md_id, md_en):
        assert "“Sebanyak 12 orang meninggal dunia,” kata Kepala BPBD Rina Sasmita." in md
        assert "**Banjir Lawu**" in md
    html_id, html_en = render_html(data), render_html(data, "en")
    assert "<h2>Semua dokumen</h2>" in html_id and ">pertentangan</span>" in html_id
    assert "<h2>All documents</h2>" in html_en and ">contradiction</span>" in html_en


# --------------------------------------------------------------------------- the web app


@pytest.fixture
def app_client(db):  # noqa: F811
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from ceksilang.web import create_app
    from tests.test_web import fast_ingest, fixed_build

    with TestClient(create_app(db, build=fixed_build, check_interval=-1, ingest=fast_ingest),
                    follow_redirects=False) as client:
        yield client


def test_web_speaks_indonesian_by_default_and_switches_to_english(app_client):
    first = app_client.get("/stories/story-bridge").text
    assert '<html lang="id">' in first and "<h2>Siapa mengatakan apa</h2>" in first and "<h2>Kronologi</h2>" in first
    switched = app_client.get("/lang/en?next=%2Fstories%2Fstory-bridge")
    assert switched.status_code == 303 and switched.headers["location"] == "/stories/story-bridge"
    english = app_client.get("/stories/story-bridge").text
    assert '<html lang="en">' in english and "<h2>Who said what</h2>" in english and "Siapa mengatakan" not in english
    # the data is the same in both: the invented articles' Indonesian title and outlet
    for page in (first, english):
        assert "Jembatan Tanjung Lebak Ambruk" in page and "kabarkota.id" in page
    # each language has its own cached page: switching back gives Indonesian again
    app_client.get("/lang/id")
    again = app_client.get("/stories/story-bridge").text
    assert "<h2>Siapa mengatakan apa</h2>" in again
    index = app_client.get("/").text
    assert 'href="/lang/en?next=/"' in index and "Tambah artikel" in index


def test_web_error_pages_and_compare_speak_the_readers_language(app_client):
    missing = app_client.get("/stories/nope")
    assert missing.status_code == 404 and "Peristiwa itu tidak ada." in missing.text
    assert "<h1>Berdampingan</h1>" in app_client.get("/compare?docs=kota-1,rawa%231").text
    app_client.get("/lang/en")
    assert "No such story." in app_client.get("/stories/nope").text
    assert "<h1>Side by side</h1>" in app_client.get("/compare?docs=kota-1,rawa%231").text
    assert app_client.get("/api/stories/nope").json() == {"detail": "No such story."}  # the API stays English


def test_web_language_switch_refuses_unknown_languages_and_foreign_targets(app_client):
    assert app_client.get("/lang/fr").status_code == 404
    assert app_client.get("/lang/en?next=//evil.example/").headers["location"] == "/"
    app_client.cookies.set("ceksilang_lang", "<script>")  # a forged cookie falls back to the default
    assert '<html lang="id">' in app_client.get("/").text


def test_web_server_language_is_the_default_for_new_readers(db):  # noqa: F811
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from ceksilang.web import create_app
    from tests.test_web import fixed_build

    with TestClient(create_app(db, build=fixed_build, check_interval=-1, lang="en")) as client:
        assert "<h1>Stories</h1>" in client.get("/").text


from tests.test_web import db  # noqa: E402,F401  (the invented store, as a fixture)
