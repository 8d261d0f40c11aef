"""The web app and REST API through FastAPI's TestClient, over a small invented store.

The store holds two invented reports of one invented bridge collapse that disagree on a figure
and on who said a quote, plus one hostile article whose text and metadata are made of markup.
Stories, claims and discrepancies come from a fixed ``build`` function, so these tests do not
depend on the reconciliation helpers' output (``test_web_browser.py`` runs the real pipeline).
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ceksilang.model import (  # noqa: E402
    Briefing, Claim, Discrepancy, Document, Entity, Evidence, Mention, MentionRef, Quantity, Quote, Source,
    Story, TimeExpr, TimelineEvent,
)
from ceksilang.pipeline import ingest  # noqa: E402
from ceksilang.store import Store, digest_text  # noqa: E402
from ceksilang.text import split_sentences  # noqa: E402
from ceksilang.web import create_app  # noqa: E402
from ceksilang.web.marks import LAYER_INNER, LAYER_QUOTE, mark, render_marked, sentence  # noqa: E402
from ceksilang.web.security import CONTENT_SECURITY_POLICY, CSRF_COOKIE  # noqa: E402

TEXT_A = ("SUNGAI RAWA, kabarkota.id – Jembatan Tanjung Lebak ambruk pada Selasa (4/2/2025). "
          "Sebanyak 9 orang luka-luka.\n“Kami sudah menutup jalur itu sejak pagi,” kata Kepala Dinas PU "
          "Sungai Rawa, Arif Wicaksana.")
TEXT_B = ("Warta Rawa – Korban luka akibat ambruknya Jembatan Tanjung Lebak mencapai 14 orang.\n"
          "“Kami sudah menutup jalur itu sejak pagi,” ujar Bupati Sungai Rawa, Lestari Handayani.")
HOSTILE = '<script>alert("t")</script>'
TEXT_X = (f"Kabar {HOSTILE} warga membuka <img src=x onerror=alert(2)> dan "
          "<a href=\"javascript:alert(3)\">tautan</a> ini.")


def span(doc_id: str, text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def make_doc(doc_id: str, text: str, outlet: str, published: str, title: str) -> Document:
    return Document(id=doc_id, source=Source(path=f"/invented/{doc_id}.txt"), text=text, title=title,
                    outlet=outlet, published=published, language="id", sentences=split_sentences(text))


def invented_documents() -> list[Document]:
    a = make_doc("kota-1", TEXT_A, "kabarkota.id", "2025-02-04T10:00:00+07:00", "Jembatan Tanjung Lebak Ambruk")
    s, e = span("kota-1", TEXT_A, "Arif Wicaksana")
    a.mentions = [Mention("kota-1", s, e, "Arif Wicaksana", "PERSON", entity="person-arif")]
    s, e = span("kota-1", TEXT_A, "9 orang")
    a.quantities = [Quantity("kota-1", s, e, "9 orang", 9, unit="orang")]
    s, e = span("kota-1", TEXT_A, "Selasa (4/2/2025)")
    a.dates = [TimeExpr("kota-1", s, e, "Selasa (4/2/2025)", "2025-02-04", "day")]
    s, e = span("kota-1", TEXT_A, "Kami sudah menutup jalur itu sejak pagi,")
    a.quotes = [Quote("kota-1", s, e, TEXT_A[s:e], "direct", speaker="person-arif", speaker_name="Arif Wicaksana",
                      cue="kata", confidence=0.95)]

    b = make_doc("rawa#1", TEXT_B, "Warta Rawa", "2025-02-05T08:30:00+07:00", "Korban Luka Jadi 14 Orang")
    s, e = span("rawa#1", TEXT_B, "Lestari Handayani")
    b.mentions = [Mention("rawa#1", s, e, "Lestari Handayani", "PERSON", entity="person-lestari")]
    s, e = span("rawa#1", TEXT_B, "14 orang")
    b.quantities = [Quantity("rawa#1", s, e, "14 orang", 14, unit="orang")]
    s, e = span("rawa#1", TEXT_B, "Kami sudah menutup jalur itu sejak pagi,")
    b.quotes = [Quote("rawa#1", s, e, TEXT_B[s:e], "direct", speaker="person-lestari",
                      speaker_name="Lestari Handayani", cue="ujar", confidence=0.95)]

    x = make_doc("evil", TEXT_X, "<img src=x onerror=alert(1)>", "2025-02-06", HOSTILE)
    s, e = span("evil", TEXT_X, HOSTILE)
    x.mentions = [Mention("evil", s, e, HOSTILE, "ORG", entity="org-evil")]
    return [a, b, x]


def fixed_build(store: Store) -> Briefing:
    """Stories, claims and discrepancies a reconciler would produce for the invented store."""
    docs = list(store.iter_documents())
    by_id = {d.id: d for d in docs}

    def ev(doc_id: str, needle: str) -> Evidence:
        s, e = span(doc_id, by_id[doc_id].text, needle)
        return Evidence(doc_id, s, e, needle)

    bridge = [d.id for d in docs if "Tanjung Lebak" in d.text]
    stories = [Story("story-bridge", bridge, "Jembatan Tanjung Lebak ambruk", "2025-02-04", "2025-02-06",
                     ["jembatan", "ambruk"])]
    stories += [Story(f"story-{d.id}", [d.id], d.title or d.id, (d.published or "")[:10] or None,
                      (d.published or "")[:10] or None) for d in docs if d.id not in bridge]
    claims = [
        Claim("c1", "story-bridge", "figure", "korban luka", {"value": 9, "qualifier": "exact", "unit": "orang"},
              None, ["kota-1"], [ev("kota-1", "9 orang")], ["kabarkota.id"], {"place": "Sungai Rawa"}),
        Claim("c2", "story-bridge", "figure", "korban luka", {"value": 14, "qualifier": "exact", "unit": "orang"},
              None, ["rawa#1"], [ev("rawa#1", "14 orang")], ["Warta Rawa"], {}),
        Claim("c3", "story-bridge", "quote", "jalur ditutup", "Kami sudah menutup jalur itu sejak pagi,",
              "Arif Wicaksana", ["kota-1"], [ev("kota-1", "Kami sudah menutup jalur itu sejak pagi,")], ["kabarkota.id"]),
        Claim("c4", "story-bridge", "quote", "jalur ditutup", "Kami sudah menutup jalur itu sejak pagi,",
              "Lestari Handayani", ["rawa#1"], [ev("rawa#1", "Kami sudah menutup jalur itu sejak pagi,")], ["Warta Rawa"]),
        Claim("c5", "story-bridge", "event", "jembatan ambruk", "Jembatan Tanjung Lebak ambruk", None,
              ["kota-1", "rawa#1"], [ev("kota-1", "Jembatan Tanjung Lebak ambruk"), ev("rawa#1", "Jembatan Tanjung Lebak")],
              ["kabarkota.id", "Warta Rawa"]),
    ]
    discrepancies = [
        Discrepancy("figure", ["kota-1", "rawa#1"], ["c1", "c2"], "contradiction",
                    "9 injured according to one outlet, 14 according to the other.", 0.8, "story-bridge"),
        Discrepancy("attribution", ["kota-1", "rawa#1"], ["c3", "c4"], "contradiction",
                    "The same words are given to Arif Wicaksana and to Lestari Handayani.", 0.9, "story-bridge"),
    ]
    entities = [
        Entity("person-arif", "Arif Wicaksana", "PERSON", ["Arif"], ["Kepala Dinas PU Sungai Rawa"],
               [MentionRef("kota-1", *span("kota-1", TEXT_A, "Arif Wicaksana"), "Arif Wicaksana")]),
        Entity("person-lestari", "Lestari Handayani", "PERSON", [], ["Bupati Sungai Rawa"],
               [MentionRef("rawa#1", *span("rawa#1", TEXT_B, "Lestari Handayani"), "Lestari Handayani")]),
        Entity("org-evil", HOSTILE, "ORG", [], [], [MentionRef("evil", *span("evil", TEXT_X, HOSTILE), HOSTILE)]),
    ]
    timeline = [TimelineEvent("2025-02-04", "day", "Jembatan Tanjung Lebak ambruk", "story-bridge",
                              [ev("kota-1", "Selasa (4/2/2025)")], ["2025-02-04T10:00:00+07:00"])]
    return Briefing(documents=docs, errors=store.errors(), entities=entities, stories=stories, claims=claims,
                    discrepancies=discrepancies, timeline=timeline)


def fast_ingest(paths, store):
    return ingest(paths, store, extract=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "web.db"
    with Store(path) as store:
        for doc in invented_documents():
            store.put_document(doc, digest_text(doc.text))
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    app = create_app(db, build=fixed_build, check_interval=-1, ingest=fast_ingest, max_upload_bytes=64 * 1024)
    with TestClient(app) as c:
        yield c


def csrf(client: TestClient) -> str:
    page = client.get("/")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


# --------------------------------------------------------------------------- pages


def test_web_index_lists_stories_newest_first(client):
    page = client.get("/")
    assert page.status_code == 200
    labels = re.findall(r'class="label" href="/stories/([^"]+)"', page.text)
    assert labels[0] == "story-evil"  # 2025-02-06 is the newest story end
    assert "story-bridge" in labels


@pytest.mark.parametrize("params, expected, absent", [
    ({"q": "tanjung"}, "story-bridge", "story-evil"),
    ({"entity": "lestari"}, "story-bridge", "story-evil"),
    ({"outlet": "warta rawa"}, "story-bridge", "story-evil"),
    ({"from": "2025-02-06"}, "story-evil", None),  # the bridge story runs to 2025-02-06 too
    ({"to": "2025-02-05"}, "story-bridge", "story-evil"),
    ({"to": "2025-02-03"}, None, "story-bridge"),
    ({"q": "tidak ada kata ini"}, None, "story-bridge"),
])
def test_web_index_search_filters(client, params, expected, absent):
    listed = re.findall(r'class="label" href="/stories/([^"]+)"', client.get("/").text)
    # a story said to be filtered out must be listed without the filter, or the check cannot fail
    assert absent is None or absent in listed
    page = client.get("/", params=params)
    assert page.status_code == 200
    found = re.findall(r'class="label" href="/stories/([^"]+)"', page.text)
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


def test_web_index_bad_date_is_ignored_with_a_note(client):
    page = client.get("/", params={"from": "kemarin"})
    assert page.status_code == 200
    assert "must be a date" in page.text


def test_web_story_page_groups_and_links_to_sentences(client):
    page = client.get("/stories/story-bridge")
    assert page.status_code == 200
    text = page.text
    to_check = text.split('id="triage"')[1].split('id="established"')[0]
    assert "9 injured according to one outlet" in to_check and "Lestari Handayani" in to_check
    established = text.split('id="established"')[1].split('id="timeline"')[0]
    assert "Jembatan Tanjung Lebak ambruk" in established
    # every evidence link points at a sentence anchor that exists on the document page
    links = set(re.findall(r'href="(/documents/[^"#]+)#(s-\d+)"', text))
    assert links
    for path, anchor in links:
        doc_page = client.get(path)
        assert doc_page.status_code == 200
        assert f'id="{anchor}"' in doc_page.text
    assert "/documents/rawa%231#s-" in text  # ids are URL-encoded ("#" would end the path)
    assert 'href="/compare?docs=kota-1,rawa%231"' in text


def test_web_story_page_is_cached_per_snapshot(client):
    cache = client.app.state.cache
    client.get("/stories/story-bridge")
    assert any(k[0] == "story" for k in cache.pages)


def test_web_document_page_marks_every_span(client):
    page = client.get("/documents/kota-1")
    assert page.status_code == 200
    body = page.text.split('<article class="text" id="text">')[1].split("</article>")[0]
    marks = re.findall(r'<mark class="m m-(\w+)"([^>]*)>', body)
    kinds = [k for k, _ in marks]
    assert kinds.count("entity") == 1 and kinds.count("quote") == 1
    assert kinds.count("figure") == 1 and kinds.count("date") == 1
    figure_attrs = next(a for k, a in marks if k == "figure")
    assert 'data-claims="c1"' in figure_attrs
    # the claim panel refers to its discrepancy, shown once below the claims with the other outlet's version
    panel = page.text.split('id="claim-c1"')[1].split("</details>")[0]
    (ref,) = re.findall(r'<a href="#(x\d+)">', panel)
    assert f'data-discrepancies="{ref}"' in panel
    shared = page.text.split(f'<details class="disc" id="{ref}">')[1].split("</details>")[0]
    assert "Warta Rawa" in shared and "14 orang" in shared and 'href="#claim-c1"' in shared
    assert '<script src="/static/marks.js" defer></script>' in page.text


def test_web_document_page_text_round_trips(client):
    page = client.get("/documents/kota-1")
    body = page.text.split('<article class="text" id="text">')[1].split("</article>")[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == TEXT_A


def test_web_entity_page_shows_quotes_and_mentions(client):
    page = client.get("/entities/person-lestari")
    assert page.status_code == 200
    assert "Kami sudah menutup jalur itu" in page.text
    assert "Korban Luka Jadi 14 Orang" in page.text


def test_web_compare_aligns_and_highlights_differences(client):
    page = client.get("/compare", params={"docs": "kota-1,rawa#1"})
    assert page.status_code == 200
    rows = re.findall(r'<tr class="row-(\w+)">', page.text)
    assert rows[:2] == ["differs", "differs"] and "agrees" in rows
    assert '<mark class="diff">9 orang</mark>' in page.text
    assert '<mark class="diff">14 orang</mark>' in page.text
    # the repeated-parameter form (checkboxes) works too
    assert client.get("/compare?docs=kota-1&docs=rawa%231").status_code == 200


@pytest.mark.parametrize("query, status", [
    ("docs=kota-1", 400),
    ("docs=kota-1,nope", 404),
    ("", 400),
])
def test_web_compare_refuses_bad_selections(client, query, status):
    assert client.get(f"/compare?{query}").status_code == status


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize("path", ["/", "/stories/story-evil", "/documents/evil", "/entities/org-evil",
                                  "/stories/story-bridge", "/compare?docs=evil,kota-1"])
def test_web_hostile_text_is_escaped(client, path):
    page = client.get(path)
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "<img src=x" not in page.text
    assert 'href="javascript:' not in page.text
    assert re.search(r"<script(?![^>]*src=\"/static/(marks|triage)\.js\")", page.text) is None  # our own scripts only


def test_web_hostile_text_is_shown_as_text(client):
    page = client.get("/documents/evil")
    assert html.escape(HOSTILE, quote=False) in page.text or "&lt;script&gt;" in page.text


def test_web_render_marked_escapes_attributes():
    text = 'a "b" <c>'
    out = render_marked(text, [sentence(0, len(text)), mark(0, 1, LAYER_INNER, "entity", title='"><script>')])
    assert "<script>" not in out and "&#34;&gt;&lt;script&gt;" in out


@given(st.text(min_size=1, max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(1, 2)),
                                                  max_size=8))
@settings(max_examples=150, deadline=None)
def test_web_render_marked_nests_and_keeps_the_text(text, raw_spans):
    spans = [sentence(s, e) for s, e in split_sentences(text)]
    spans += [mark(min(a, b), max(a, b), LAYER_QUOTE if layer == 1 else LAYER_INNER, "x") for a, b, layer in raw_spans]
    out = str(render_marked(text, spans))
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    depth = []
    for tag in re.findall(r"</?(\w+)", out):
        if out and tag:
            pass
    for m in re.finditer(r"<(/?)(\w+)", out):
        if m.group(1):
            assert depth and depth.pop() == m.group(2)
        else:
            depth.append(m.group(2))
    assert depth == []


# --------------------------------------------------------------------------- ids and errors


@pytest.mark.parametrize("path", [
    "/stories/nope", "/documents/nope", "/entities/nope", "/documents/..%2F..%2Fetc%2Fpasswd",
    "/documents/../../etc/passwd", "/documents/%00", "/stories/%ff%fe", "/api/documents/nope",
    "/api/stories/nope", "/api/entities/nope", "/static/../app.py", "/documents/" + "x" * 5000,
])
def test_web_unknown_ids_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    if path.startswith("/api/"):
        assert response.json()["detail"]


@given(st.text(max_size=60))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_web_any_id_is_404_never_500(client, doc_id):
    from urllib.parse import quote

    for prefix in ("/documents/", "/stories/", "/entities/", "/api/documents/"):
        status = client.get(prefix + quote(doc_id, safe="")).status_code
        assert status in (200, 404, 307)


def test_web_security_headers(client):
    response = client.get("/")
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    cookie = response.headers["set-cookie"]
    assert CSRF_COOKIE in cookie and "samesite=strict" in cookie.lower() and "httponly" in cookie.lower()
    assert client.get("/api/stories").headers["x-frame-options"] == "DENY"


# --------------------------------------------------------------------------- API


def test_web_api_story_is_a_valid_briefing_subset(client):
    import jsonschema
    from importlib.resources import files

    schema = json.loads(files("ceksilang").joinpath("schema/briefing.schema.json").read_text(encoding="utf-8"))
    data = client.get("/api/stories/story-bridge").json()
    jsonschema.Draft202012Validator(schema).validate(data)
    assert {d["id"] for d in data["documents"]} == {"kota-1", "rawa#1"}
    assert {c["id"] for c in data["claims"]} == {"c1", "c2", "c3", "c4", "c5"}
    for m in data["mentions"] + data["quotes"] + data["quantities"] + data["dates"]:
        doc = next(d for d in data["documents"] if d["id"] == m["doc"])
        assert doc["text"][m["start"]:m["end"]] == m["text"]


def test_web_api_document_and_lists(client):
    doc = client.get("/api/documents/rawa%231").json()
    assert doc["documents"][0]["id"] == "rawa#1" and doc["stories"][0]["id"] == "story-bridge"
    assert {c["id"] for c in doc["claims"]} == {"c2", "c4", "c5"}
    stories = client.get("/api/stories", params={"entity": "arif"}).json()
    assert [s["id"] for s in stories["stories"]] == ["story-bridge"]
    listing = client.get("/api/documents", params={"per_page": 2}).json()
    assert listing["total"] == 3 and len(listing["documents"]) == 2
    ent = client.get("/api/entities/person-arif").json()
    assert ent["entity"]["name"] == "Arif Wicaksana" and ent["quotes"][0]["doc"] == "kota-1"


def test_web_openapi_and_self_hosted_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/api/stories/{story_id}" in spec["paths"] and "/api/documents" in spec["paths"]
    page = client.get("/docs")
    assert page.status_code == 200 and "/api/stories" in page.text
    assert re.search(r'(src|href)="(https?:)?//', page.text) is None  # nothing loaded from elsewhere


# --------------------------------------------------------------------------- adding articles


def test_web_api_add_json_joins_story(client):
    text = "Warga Tanjung Lebak kini memakai perahu untuk menyeberang setelah jembatan ambruk."
    response = client.post("/api/documents", json={"title": "Warga Menyeberang", "outlet": "Suara Lebak",
                                                   "published": "2025-02-06", "text": text})
    assert response.status_code == 201, response.text
    added = response.json()["documents"][0]
    assert added["story"] == "story-bridge"
    assert response.headers["location"] == f"/api/documents/{added['id']}"
    page = client.get("/stories/story-bridge")
    assert "Warga Menyeberang" in page.text
    again = client.post("/api/documents", json={"title": "Warga Menyeberang", "outlet": "Suara Lebak",
                                                "published": "2025-02-06", "text": text})
    assert again.status_code == 200 and again.json()["unchanged"] == 1


def test_web_api_add_file_multipart(client):
    content = "Petugas memasang rambu di sekitar Jembatan Tanjung Lebak yang ambruk.".encode()
    response = client.post("/api/documents", files={"file": ("../../rambu lebak.txt", content, "text/plain")})
    assert response.status_code == 201, response.text
    doc_id = response.json()["documents"][0]["id"]
    assert doc_id == "rambu_lebak"
    uploads = client.app.state.library.upload_dir
    assert all(uploads in p.parents for p in uploads.rglob("*"))


@pytest.mark.parametrize("kwargs, status", [
    ({"files": {"file": ("a.exe", b"MZ...", "application/octet-stream")}}, 415),
    ({"files": {"file": ("a.txt", b"x" * (64 * 1024 + 1), "text/plain")}}, 413),
    ({"files": {"file": ("a.txt", b"   ", "text/plain")}}, 400),
    ({"json": {"title": "tanpa teks"}}, 400),
    ({"json": {"text": "isi", "id": "../x"}}, 400),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
    ({"content": b"text=abc", "headers": {"content-type": "text/plain"}}, 415),
    ({"content": b"x" * (200 * 1024), "headers": {"content-type": "application/json"}}, 413),
])
def test_web_api_add_refuses_bad_uploads(client, kwargs, status):
    response = client.post("/api/documents", **kwargs)
    assert response.status_code == status
    assert response.json()["detail"]


def test_web_form_upload_needs_csrf_token(client):
    files = {"file": ("lebak.txt", "Jembatan Tanjung Lebak mulai diperbaiki pekan depan.".encode(), "text/plain")}
    refused = client.post("/add", files=files, data={"csrf_token": "wrong"})
    assert refused.status_code == 403 and "text/html" in refused.headers["content-type"]
    ok = client.post("/add", files=files, data={"csrf_token": csrf(client)}, follow_redirects=False)
    assert ok.status_code == 303
    assert ok.headers["location"].startswith("/stories/story-bridge?added=lebak")
    page = client.get(ok.headers["location"])
    assert 'class="added"' in page.text and "artikel itu masuk ke peristiwa ini" in page.text


def test_web_form_paste_text(client):
    data = {"csrf_token": csrf(client), "title": "<b>Judul</b>", "outlet": "Kabar <i>Baru</i>",
            "published": "2025-02-07", "text": "Perbaikan Jembatan Tanjung Lebak dimulai hari ini."}
    response = client.post("/add", data=data, files={"file": ("", b"", "application/octet-stream")})
    assert response.status_code == 200  # followed the 303 to the story page
    assert "&lt;b&gt;Judul&lt;/b&gt;" in response.text


@pytest.mark.parametrize("headers", [
    {"origin": "https://evil.example"},
    {"origin": "null"},
    {"referer": "https://evil.example/page"},
])
def test_web_cross_site_posts_are_refused(client, headers):
    response = client.post("/api/documents", json={"text": "Teks apa saja untuk diuji."}, headers=headers)
    assert response.status_code == 403


def test_web_same_origin_post_is_accepted(client):
    response = client.post("/api/documents", json={"text": "Teks Tanjung Lebak yang cukup panjang untuk diuji."},
                           headers={"origin": "http://testserver"})
    assert response.status_code == 201


def test_web_app_refuses_a_missing_store_and_creates_none(tmp_path: Path):
    missing = tmp_path / "out" / "ceksilang.db"
    with pytest.raises(FileNotFoundError, match="no store at"):
        create_app(missing, build=fixed_build, check_interval=-1)
    assert not missing.exists() and not missing.parent.exists()


def test_web_rebuilds_when_another_process_writes(db):
    app = create_app(db, build=fixed_build, check_interval=0)
    with TestClient(app) as c:
        before = c.app.state.cache.current().version
        with Store(db) as store:
            doc = make_doc("luar-1", "Kabar lain dari Tanjung Lebak pagi ini.", "Luar", "2025-02-08", "Kabar Luar")
            store.put_document(doc, digest_text(doc.text))
        import time

        deadline = time.monotonic() + 10
        while c.app.state.cache.current().version == before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert c.app.state.cache.current().has_document("luar-1")


# --------------------------------------------------------------------------- serving fast (issue 5)


@pytest.mark.parametrize("path", ["/stories/story-bridge", "/documents/kota-1", "/api/stories/story-bridge",
                                  "/api/documents/rawa%231", "/api/stories?entity=arif"])
def test_web_cached_answers_are_gzip_only_when_accepted(client, path):
    zipped = client.get(path, headers={"accept-encoding": "gzip, deflate"})
    plain = client.get(path, headers={"accept-encoding": "identity"})
    assert zipped.status_code == plain.status_code == 200
    assert zipped.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert zipped.headers["vary"] == plain.headers["vary"] == "Accept-Encoding"
    assert zipped.content == plain.content  # httpx decompressed the first
    for response in (zipped, plain):
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", ["/stories/story-bridge", "/documents/kota-1", "/entities/person-lestari",
                                  "/api/stories/story-bridge", "/api/documents/rawa%231"])
def test_web_cached_answer_is_not_sent_again_while_unchanged(client, path):
    first = client.get(path, headers={"accept-encoding": "gzip"})
    tag = first.headers["etag"]
    again = client.get(path, headers={"accept-encoding": "gzip", "if-none-match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    assert again.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    # the plain and gzip bodies are two representations: each its own tag
    plain = client.get(path, headers={"accept-encoding": "identity", "if-none-match": tag})
    assert plain.status_code == 200 and plain.headers["etag"] != tag and plain.content == first.content
    assert client.get(path, headers={"accept-encoding": "identity", "if-none-match": f'"x", W/{plain.headers["etag"]}'}
                      ).status_code == 304
    assert first.headers["cache-control"] == "no-cache"  # kept, but asked for again each time


def test_web_changed_store_answers_in_full_despite_the_old_etag(client, db):
    cache = client.app.state.cache
    old = client.get("/stories/story-bridge")
    entity = client.get("/entities/person-lestari")
    with Store(db) as store:  # another process edits an article's title
        doc = store.get_document("rawa#1")
        doc.title = "Judul Baru Jembatan"
        store.update_documents([doc])
    cache.refresh()
    new = client.get("/stories/story-bridge", headers={"if-none-match": old.headers["etag"]})
    assert new.status_code == 200 and "Judul Baru Jembatan" in new.text
    assert new.headers["etag"] != old.headers["etag"]
    # the entity page names the article by its title: rendered again too
    named = client.get("/entities/person-lestari", headers={"if-none-match": entity.headers["etag"]})
    assert named.status_code == 200 and "Judul Baru Jembatan" in named.text


def test_web_entity_page_is_cached_per_version(client):
    cache = client.app.state.cache
    page = client.get("/entities/person-lestari")
    version = cache.current().version
    assert ("entity", version, "person-lestari", "id") in cache.pages
    assert client.get("/entities/person-lestari").text == page.text
    assert client.get("/entities/nobody").status_code == 404
    cache.refresh()
    client.get("/entities/person-lestari")
    assert {k[1] for k in cache.pages if k[0] == "entity"} == {version + 1}


@given(st.lists(st.sampled_from(["a", "bb", "kata", "x" * 130, " ", "  ", "\n", "\t"]), max_size=300),
       st.sampled_from([1, 5, 20, 120]))
def test_web_shortened_is_textwrap_shorten(parts, width):
    from textwrap import shorten

    from ceksilang.web.views import shortened

    text = "".join(parts)
    assert shortened(text, width) == shorten(text, width, placeholder="…")


def test_web_index_is_never_gzip_it_holds_the_csrf_token(client):
    # compressing a secret next to text the client chose (the query) is what BREACH exploits
    response = client.get("/", params={"q": "tanjung"}, headers={"accept-encoding": "gzip"})
    assert "content-encoding" not in response.headers
    assert 'name="csrf_token"' in response.text


@pytest.mark.parametrize("header, expected", [
    ("gzip", True), ("gzip, deflate, br", True), ("GZIP", True), ("br, gzip;q=0.5", True), ("*", True),
    ("gzip;q=0", False), ("gzip;q=0.0, br", False), ("gzip;q=x", False), ("identity", False), ("", False),
    ("deflate", False), ("x-gzip-ish", False),
])
def test_web_accepts_gzip_reads_accept_encoding(header, expected):
    from starlette.requests import Request

    from ceksilang.web.pagecache import accepts_gzip

    scope = {"type": "http", "headers": [(b"accept-encoding", header.encode())] if header else []}
    assert accepts_gzip(Request(scope)) is expected


def test_web_index_cached_page_carries_each_clients_own_token(client):
    first = client.get("/", params={"q": "jembatan"})
    token = client.cookies[CSRF_COOKIE]
    assert f'name="csrf_token" value="{token}"' in first.text
    assert any(k[0] == "index" for k in client.app.state.cache.pages)
    client.cookies.clear()
    other = client.get("/", params={"q": "jembatan"}, headers={"cookie": f"{CSRF_COOKIE}={'A' * 43}"})
    assert 'value="' + "A" * 43 + '"' in other.text and token not in other.text
    assert "csrf-placeholder" not in first.text + other.text


@pytest.mark.parametrize("cookie", ['"><script>alert(1)</script>', "short", "a b c d e f g h i j k l m n o p",
                                    "x" * 300])
def test_web_malformed_csrf_cookie_is_replaced_not_reflected(client, cookie):
    client.cookies.clear()
    response = client.get("/", headers={"cookie": f"{CSRF_COOKIE}={cookie}"})
    assert "<script>alert" not in response.text and cookie not in response.text
    fresh = re.search(r'name="csrf_token" value="([^"]+)"', response.text).group(1)
    assert f"{CSRF_COOKIE}={fresh}" in response.headers["set-cookie"]


def test_web_page_cache_stays_within_its_byte_budget():
    from ceksilang.web.pagecache import PageCache

    cache = PageCache(budget_bytes=1000)
    bodies = {}
    for i in range(50):
        body = cache.get_or_render(("page", i), lambda i=i: "kata " * (20 + i * 7))
        bodies[("page", i)] = body
        assert cache.size_bytes == sum(len(cache.get(k) or b"") for k in list(cache)) <= 1000
    assert ("page", 49) in cache and ("page", 0) not in cache  # least recently used went first
    assert cache.get_or_render(("none",), lambda: None) is None and ("none",) not in cache
    cache.put(("huge",), b"x" * 5000)  # larger than the whole budget: not kept, nothing evicted
    assert ("huge",) not in cache and ("page", 49) in cache


def test_web_page_cache_renders_once_per_key():
    import gzip

    from ceksilang.web.pagecache import PageCache

    calls = []
    cache = PageCache()
    for _ in range(3):
        body = cache.get_or_render(("story", 1, "s"), lambda: calls.append(1) or "<p>halo</p>")
    assert len(calls) == 1 and gzip.decompress(body) == b"<p>halo</p>"
    assert (cache.hits, cache.misses) == (2, 1)


def test_web_rebuild_drops_the_old_snapshots_pages(client):
    cache = client.app.state.cache
    client.get("/stories/story-bridge")
    client.get("/documents/kota-1")
    old = cache.current().version
    cache.refresh()
    assert len(cache.pages) == 0
    client.get("/documents/kota-1")
    assert {k[1] for k in cache.pages} == {old + 1}


def test_web_document_gone_from_the_store_is_404_not_500(client, db):
    import sqlite3

    with sqlite3.connect(db) as conn:  # another process removed it; the snapshot still lists it
        conn.execute("DELETE FROM documents WHERE id = 'rawa#1'")
    assert client.get("/documents/rawa%231").status_code == 404
    assert client.get("/api/documents/rawa%231").status_code == 404


@pytest.mark.parametrize("params", [{}, {"q": "jembatan"}, {"q": "tanjung lebak"}, {"q": "tanj leb"}, {"entity": "a"},
                                    {"outlet": "rawa"}, {"q": "kami", "from": "2025-02-05"}, {"to": "2025-02"},
                                    {"q": "lebak tanjung"}, {"q": "jembatan ambruk korban"}, {"q": "!!"}])
def test_web_search_matches_a_plain_scan_in_newest_first_order(client, db, params):
    # the served briefing answers with SQL (FTS5 for the words): the same stories as a scan of the
    # briefing, where every word of the query starts a word of the story's label, terms, titles or texts
    with Store(db) as store:
        briefing = fixed_build(store)
    docs = {d.id: d for d in briefing.documents}
    names = {}
    for ent in briefing.entities:
        for m in ent.mentions:
            names.setdefault(m.doc, []).append(" | ".join([ent.name, *ent.aliases]).lower())
    for d in briefing.documents:
        names.setdefault(d.id, []).extend(q.speaker_name.lower() for q in d.quotes if q.speaker_name)

    def matches(story) -> bool:
        text = " ".join([story.label or "", *story.terms, *(f"{docs[d].title} {docs[d].text}" for d in story.docs)])
        words = set(re.findall(r"[^\W_]+", text.lower()))
        wanted = re.findall(r"[^\W_]+", params.get("q", "").lower())
        if params.get("q") and not wanted:
            return False
        start, end = story.start or story.end or "", story.end or story.start or ""
        return (all(any(w.startswith(x) for w in words) for x in wanted)
                and params.get("entity", "") in "\n".join(n for d in story.docs for n in names.get(d, []))
                and params.get("outlet", "") in "\n".join((docs[d].outlet or "").lower() for d in story.docs)
                and (not params.get("from") or (end and end[: len(params["from"])] >= params["from"]))
                and (not params.get("to") or (start and start[: len(params["to"])] <= params["to"])))

    newest_first = sorted(briefing.stories, key=lambda s: (s.end or s.start or "", s.id), reverse=True)
    expected = [s.id for s in newest_first if matches(s)]
    listed = client.get("/api/stories", params=params).json()
    assert [s["id"] for s in listed["stories"]] == expected[:50] and listed["total"] == len(expected)
    page = client.get("/", params=params).text
    assert [html.unescape(i) for i in re.findall(r'href="/stories/([^"]+)"', page)] == [quote(i, safe="") for i in expected]


def test_web_story_list_pages_through_the_stories(db, monkeypatch):
    import ceksilang.web.app as web_app

    monkeypatch.setattr(web_app, "PAGE_SIZE", 1)
    with TestClient(create_app(db, build=fixed_build, check_interval=-1)) as c:
        every = [s["id"] for s in c.get("/api/stories", params={"per_page": 500}).json()["stories"]]
        pages = [[s["id"] for s in c.get("/api/stories", params={"page": p, "per_page": 1}).json()["stories"]]
                 for p in (1, 2, 3)]
        assert len(every) == 2 and pages == [every[:1], every[1:], []]
        first, second = (c.get("/", params={"page": p}).text for p in (1, 2))
        assert re.findall(r'href="/stories/([^"]+)"', first) == [quote(i, safe="") for i in every[:1]]
        assert re.findall(r'href="/stories/([^"]+)"', second) == [quote(i, safe="") for i in every[1:]]
        documents = [c.get("/api/documents", params={"page": p, "per_page": 2}).json() for p in (1, 2)]
        assert [d["id"] for page in documents for d in page["documents"]] == ["evil", "kota-1", "rawa#1"]
        assert documents[0]["total"] == 3


def test_web_serve_keeps_idle_connections_longer_than_clients_do():
    import httpx

    from ceksilang.web.app import uvicorn_options

    # equal timers race: the client reuses a connection as the server closes it (a ReadError)
    assert uvicorn_options()["timeout_keep_alive"] > httpx.Limits().keepalive_expiry + 1


def test_web_pages_are_answered_without_building_the_briefing(tmp_path, monkeypatch):
    """Served from the store: once analyze wrote the served briefing, no page builds the briefing
    or runs a whole-store stage (both are made to fail here), at start or on any request."""
    import ceksilang.pipeline as pipeline_module
    import ceksilang.reconcile.briefing as briefing_module
    from ceksilang.render.served import served_path

    db = tmp_path / "served.db"
    with Store(db) as store:
        for doc in invented_documents():
            store.put_document(doc, digest_text(doc.text))
    pipeline_module.update_served(db)  # what analyze writes beside the store
    assert served_path(db).is_file()

    def refuse(*args, **kwargs):
        raise AssertionError("the briefing was built while serving")

    for module, name in ((briefing_module, "build_briefing"), (briefing_module, "iter_story_parts"),
                         (pipeline_module, "build_briefing"), (pipeline_module, "update_served")):
        monkeypatch.setattr(module, name, refuse)
    with TestClient(create_app(db, check_interval=-1)) as c:
        stories = c.get("/api/stories").json()["stories"]
        assert stories and c.get("/").status_code == 200
        for story in stories:
            assert c.get(f"/stories/{quote(story['id'], safe='')}").status_code == 200
            assert c.get(f"/api/stories/{quote(story['id'], safe='')}").json()["stories"][0]["id"] == story["id"]
        for doc in ("kota-1", "rawa#1", "evil"):
            page = c.get(f"/documents/{quote(doc, safe='')}")
            assert page.status_code == 200
            assert c.get(f"/api/documents/{quote(doc, safe='')}").json()["documents"][0]["id"] == doc
        assert c.get("/compare", params={"docs": "kota-1,rawa#1"}).status_code == 200
        entity = next(m["entity"] for m in c.get("/api/documents/kota-1").json()["mentions"] if m.get("entity"))
        assert c.get(f"/entities/{quote(entity, safe='')}").status_code == 200
        assert c.get(f"/api/entities/{quote(entity, safe='')}").json()["entity"]["id"] == entity
        assert c.get("/stories/nope").status_code == 404 and c.get("/documents/nope").status_code == 404


def test_web_store_without_a_served_briefing_gets_one_at_start(tmp_path):
    # a store written before the served briefing existed (or only ingested): written once, then read
    from ceksilang.render.served import served_path

    db = tmp_path / "old.db"
    with Store(db) as store:
        for doc in invented_documents():
            store.put_document(doc, digest_text(doc.text))
    assert not served_path(db).exists()
    with TestClient(create_app(db, check_interval=-1)) as c:
        assert served_path(db).is_file()
        assert c.get("/api/documents").json()["total"] == 3


def test_web_upload_updates_the_served_pages(tmp_path):
    # the default path (no build function): the upload is stored, the served briefing written
    # again (the stories it does not touch come from the story cache), and its pages answer
    from ceksilang.pipeline import story_cache_path, update_served

    db = tmp_path / "up.db"
    with Store(db) as store:
        for doc in invented_documents():
            store.put_document(doc, digest_text(doc.text))
    update_served(db)
    with TestClient(create_app(db, check_interval=-1, ingest=fast_ingest)) as c:
        before = c.get("/api/documents").json()["total"]
        text = "Jembatan Tanjung Lebak kembali dibuka pada Kamis setelah diperbaiki, kata warga Sungai Rawa."
        added = c.post("/api/documents", json={"text": text, "title": "Jembatan Dibuka", "id": "buka-1",
                                               "published": "2025-02-07"})
        assert added.status_code == 201
        story = added.json()["documents"][0]["story"]
        assert story and c.get("/api/documents").json()["total"] == before + 1
        assert c.get("/documents/buka-1").status_code == 200 and "Jembatan Dibuka" in c.get("/documents/buka-1").text
        assert "buka-1" in c.get(f"/api/stories/{quote(story, safe='')}").json()["stories"][0]["docs"]
        assert any(s["id"] == story for s in c.get("/api/stories", params={"q": "dibuka"}).json()["stories"])
    assert story_cache_path(db).is_file()


# --------------------------------------------------------------------------- story triage filters


def _triage_items(page_text: str) -> list[str]:
    part = page_text.split('id="triage"')[1].split('id="established"')[0]
    return part.split('<li class="triage-item')[1:]


@pytest.mark.parametrize("params, expected", [
    ({}, {"figure", "attribution"}),
    ({"status": "contradiction"}, {"figure", "attribution"}),
    ({"kind": "attribution"}, {"attribution"}),
    ({"kind": "FIGURE"}, {"figure"}),  # the case of a value does not matter
    ({"speaker": "Lestari Handayani"}, {"attribution"}),
    ({"outlet": "Warta Rawa", "kind": "figure"}, {"figure"}),
    ({"status": "explained"}, set()),  # a status the story has no item with
])
def test_web_story_triage_filters(client, params, expected):
    page = client.get("/stories/story-bridge", params=params)
    assert page.status_code == 200
    kinds = {re.search(r'<span class="dkind">([^<]*)</span>', i).group(1) for i in _triage_items(page.text)}
    labels = {"figure": "angka", "attribution": "atribusi"}  # as the Indonesian page names them
    assert kinds == {labels[k] for k in expected}


@pytest.mark.parametrize("params", [{"kind": "<script>alert(1)</script>"}, {"speaker": "Tidak Ada"},
                                    {"outlet": "x" * 5000}])
def test_web_story_triage_unknown_filter_is_an_empty_list_with_a_note(client, params):
    page = client.get("/stories/story-bridge", params=params)
    assert page.status_code == 200
    assert _triage_items(page.text) == []
    assert "Peristiwa ini tidak punya butir dengan" in page.text  # the note, in Indonesian by default
    assert "Tidak ada butir yang cocok dengan saringan." in page.text
    assert "<script>alert" not in page.text


def test_web_story_triage_filters_work_without_javascript(client):
    page = client.get("/stories/story-bridge").text
    form = page.split('class="triage-filters"')[1].split("</form>")[0]
    assert {"kind", "status", "outlet", "speaker"} <= set(re.findall(r'<select name="(\w+)"', form))
    assert '<option value="Lestari Handayani">' in form and '<button type="submit">' in form


def test_web_story_triage_filtered_pages_are_cached_apart(client):
    whole = client.get("/stories/story-bridge").text
    only = client.get("/stories/story-bridge", params={"kind": "attribution"}).text
    again = client.get("/stories/story-bridge").text
    assert len(_triage_items(whole)) == 2 and len(_triage_items(only)) == 1
    assert again == whole  # the filtered page was not served for the unfiltered one
    keys = [k for k in client.app.state.cache.pages if k[0] == "story" and k[2] == "story-bridge"]
    assert any("attribution" in k for k in keys) and len(keys) == 2


# --------------------------------------------------------------------------- translation, sentence by sentence

EN_WIRE = ("Up to 12,000 people have fled the Varnesk region, the agency said. "
           "The convoy of 40 trucks reached Ostrel on Tuesday.")
ID_RENDERING = ("Sebanyak 12.000 orang mengungsi dari wilayah Varnesk, kata badan itu. "
                "Konvoi 40 truk <b>tiba</b> di Ostrel pada Selasa.")


def translation_build(store: Store) -> Briefing:
    """The invented wire, its Indonesian rendering tied to it, and the one change found."""
    docs = list(store.iter_documents())
    by_id = {d.id: d for d in docs}
    en, idn = by_id["wire-en"], by_id["rendering-id"]
    idn.translated_from = {"doc": "wire-en", "share": 1.0, "changes": 1, "pairs": [
        {"source": list(en.sentences[i]), "translation": list(idn.sentences[i]), "similarity": 0.5} for i in range(2)]}
    first_en = en.text[slice(*en.sentences[0])]
    first_id = idn.text[slice(*idn.sentences[0])]
    change = {"doc_a": "wire-en", "doc_b": "rendering-id", "a": first_en, "b": first_id, "meaning": "qualifier",
              "figure_a": "Up to 12,000 people", "figure_b": "12.000 orang",
              "note": "“Up to 12,000 people” (at_most) → “12.000 orang” (exact)"}
    stories = [Story("story-flight", ["wire-en", "rendering-id"], "Varnesk", "2026-06-01", "2026-06-01")]
    found = [Discrepancy("translation", ["wire-en", "rendering-id"], [], "contradiction", "A qualifier changed.",
                         0.7, "story-flight", changes=[change])]
    return Briefing(documents=docs, errors=[], entities=[], stories=stories, claims=[], discrepancies=found, timeline=[])


@pytest.fixture
def translation_client(tmp_path: Path) -> TestClient:
    path = tmp_path / "translation.db"
    en = make_doc("wire-en", EN_WIRE, "Meridian Wire", "2026-06-01T08:00:00+00:00", "Thousands flee Varnesk")
    en.language = "en"
    idn = make_doc("rendering-id", ID_RENDERING, "Kabar Dunia", "2026-06-01T12:00:00+07:00", "Ribuan mengungsi")
    with Store(path) as store:
        for doc in (en, idn):
            store.put_document(doc, digest_text(doc.text))
    app = create_app(path, build=translation_build, check_interval=-1, ingest=fast_ingest)
    with TestClient(app) as c:
        yield c


def test_web_compare_shows_a_translation_aligned_sentence_by_sentence(translation_client):
    page = translation_client.get("/compare", params={"docs": "wire-en,rendering-id"})
    assert page.status_code == 200
    section = page.text.split('<section class="translation">', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r'<tr class="(changed|same)">(.*?)</tr>', section, re.DOTALL)
    assert [kind for kind, _ in rows] == ["changed", "same"]
    # the changed sentence is marked, beside its original, with what changed
    assert "Up to 12,000 people have fled" in rows[0][1]
    assert '<mark class="diff">Sebanyak 12.000 orang mengungsi' in rows[0][1]
    assert "keterangan angka berubah" in rows[0][1] and "(at_most)" in rows[0][1]  # pages default to Indonesian
    # the articles' own words are escaped
    assert "&lt;b&gt;tiba&lt;/b&gt;" in rows[1][1] and "<b>tiba</b>" not in section


def test_web_compare_without_a_translation_has_no_aligned_section(client):
    page = client.get("/compare", params={"docs": "kota-1,rawa#1"})
    assert page.status_code == 200 and 'class="translation"' not in page.text
