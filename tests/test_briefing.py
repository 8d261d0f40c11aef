"""The whole-store stages story by story: the streamed briefing equals the in-memory one,
complete stories leave the index, workers change nothing, pages stay readable past a limit."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from ceksilang.model import Document, Entity, Mention, MentionRef, Source, Story
from ceksilang.pipeline import analyze, ingest
from ceksilang.reconcile.briefing import (MemorySource, build_briefing, document_features, iter_story_parts,
                                          reconcile_story, write_store_briefing)
from ceksilang.reconcile.dedup import DuplicateIndex, link_duplicates
from ceksilang.reconcile.tables import FLATTENED, BriefingTables, StoryPart, merge_entity_records, serialise_part
from ceksilang.render.json import briefing_header, briefing_to_dict, record_json, write_json_sections
from ceksilang.settings import Settings
from ceksilang.store import Store
from ceksilang.reconcile.stories import StoryIndex, group_stories

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "demo"


def _without_time(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "generated"}


def _stored_docs(db: Path) -> list[Document]:
    with Store(db) as store:
        return list(store.iter_documents())


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    analyze([DEMO], out, workers=1)
    return out


OTHER = "rapat-dprd"  # the unrelated report of ``two_stories_out``, a story of its own


@pytest.fixture(scope="module")
def two_stories_out(tmp_path_factory) -> Path:
    """The demo (one story: its English wire joins the flood) and an unrelated report of the same
    week, a second, smaller story."""
    out = tmp_path_factory.mktemp("two-stories")
    other = out / "other.jsonl"
    other.write_text(json.dumps({"id": "rapat-dprd", "title": "DPRD Palu Bahas Anggaran Pendidikan",
                                 "outlet": "Kabar Palu", "published": "2025-03-06T10:00:00+08:00",
                                 "text": "PALU, Kabar Palu – Dewan Perwakilan Rakyat Daerah Kota Palu membahas "
                                         "rancangan anggaran pendidikan tahun 2026 dalam rapat paripurna, Kamis. "
                                         "Ketua komisi menyebut dana beasiswa naik menjadi Rp4,2 miliar."}) + "\n",
                     encoding="utf-8")
    analyze([DEMO, other], out, workers=1)
    return out


def test_streamed_briefing_json_equals_the_in_memory_briefing(demo_out: Path) -> None:
    streamed = json.loads((demo_out / "briefing.json").read_text(encoding="utf-8"))
    with Store(demo_out / "ceksilang.db") as store:
        in_memory = briefing_to_dict(build_briefing(MemorySource(store.iter_documents(), store.errors())))
    assert streamed["stories"], "the demo has stories"
    assert _without_time(streamed) == _without_time(in_memory)


def test_seeds_streamed_equal_in_memory(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    analyze([seeds_dir], out)
    streamed = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    docs = _stored_docs(out / "ceksilang.db")
    assert _without_time(streamed) == _without_time(briefing_to_dict(build_briefing(MemorySource(docs))))
    assert len(streamed["stories"]) == 1 and len(streamed["discrepancies"]) >= 3


def test_seeds_briefing_shows_the_reworded_guterres_quote(seeds_dir: Path, tmp_path: Path) -> None:
    # geosurvey.co.id has "untuk mencegah internasionalisasi", Kompas.com "untuk menghindari"
    out = tmp_path / "out"
    analyze([seeds_dir], out, settings=Settings(lang="en"))
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    (wording,) = [d for d in data["discrepancies"] if d["kind"] == "wording" and "Guterres" in d["explanation"]]
    assert wording["status"] == "explained" and "translations" in wording["explanation"]
    assert {"a": "mencegah", "b": "menghindari"}.items() <= wording["changes"][0].items()
    for name in ("briefing.md", "briefing.html"):
        page = (out / name).read_text(encoding="utf-8").replace("\\", "")  # Markdown escapes brackets
        assert "[wording]" in page and "[mencegah]" in page and "[menghindari]" in page, name


# the demo is one story; the second run adds a story of one document, which takes the first
# pass's kept linking in the worker as in one process
@pytest.mark.parametrize("analysed", ["demo_out", "two_stories_out"])
def test_two_workers_write_the_same_briefing(analysed: str, tmp_path: Path, request) -> None:
    out = request.getfixturevalue(analysed)
    db = tmp_path / "ceksilang.db"
    shutil.copy(out / "ceksilang.db", db)
    with Store(db) as store:
        write_store_briefing(store, tmp_path / "two", formats=("json",), workers=2)
    one = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    two = json.loads((tmp_path / "two" / "briefing.json").read_text(encoding="utf-8"))
    assert _without_time(one) == _without_time(two)


def test_scratch_tables_are_removed_after_the_run(demo_out: Path) -> None:
    assert sorted(p.name for p in demo_out.iterdir()) == ["briefing.html", "briefing.json", "briefing.md", "ceksilang-served.db",
                                                          "ceksilang.db"]


def test_analyze_writes_the_served_briefing_beside_the_store(demo_out: Path) -> None:
    # what `ceksilang serve` reads: the records of briefing.json, keyed for the pages
    import sqlite3

    data = json.loads((demo_out / "briefing.json").read_text(encoding="utf-8"))
    with sqlite3.connect(demo_out / "ceksilang-served.db") as conn:
        def ids(sql: str) -> list[str]:
            return [r[0] for r in conn.execute(sql)]

        assert ids("SELECT id FROM document ORDER BY id") == [d["id"] for d in data["documents"]]
        assert sorted(ids("SELECT id FROM story")) == sorted(s["id"] for s in data["stories"])
        assert ids("SELECT id FROM claim ORDER BY seq") == [c["id"] for c in data["claims"]]
        assert conn.execute("SELECT COUNT(*) FROM discrepancy").fetchone()[0] == len(data["discrepancies"])
        assert conn.execute("SELECT COUNT(*) FROM flat WHERE kind = 'mentions'").fetchone()[0] == len(data["mentions"])
        for story in data["stories"]:  # every document knows its story
            assert set(ids(f"SELECT id FROM document WHERE story = '{story['id']}'")) == set(story["docs"])


def test_whole_store_fields_are_written_back_to_the_store(demo_out: Path) -> None:
    streamed = json.loads((demo_out / "briefing.json").read_text(encoding="utf-8"))
    stored = {d.id: d for d in _stored_docs(demo_out / "ceksilang.db")}
    for record in streamed["documents"]:
        assert stored[record["id"]].duplicate_of == record.get("duplicate_of")
        assert stored[record["id"]].derived_from == record.get("derived_from")
    linked = {(m["doc"], m["start"]): m.get("entity") for m in streamed["mentions"]}
    assert linked and all(linked[(d.id, m.start)] == m.entity for d in stored.values() for m in d.mentions)


def test_pages_show_the_largest_stories_past_the_limit(two_stories_out: Path, tmp_path: Path) -> None:
    db = tmp_path / "ceksilang.db"
    shutil.copy(two_stories_out / "ceksilang.db", db)
    with Store(db) as store:
        written = write_store_briefing(store, tmp_path / "out", settings=Settings(render_max_stories=1, lang="en"))
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    assert written.stories == len(data["stories"]) >= 2 and written.stories_shown == 1
    largest = max(data["stories"], key=lambda s: len(s["docs"]))
    md = (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")
    assert f"Showing the 1 largest of {written.stories} stories" in md
    assert md.count("## Story: ") == 1
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    assert f"Showing the 1 largest of {written.stories} stories" in html
    smaller = [s for s in data["stories"] if s["id"] != largest["id"]]
    only_there = {d for s in smaller for d in s["docs"]} - set(largest["docs"])
    assert only_there and not any(f'data-doc="{d}"' in html for d in only_there)


# --------------------------------------------------------------------------- a second run


def _with_model_mentions(doc: Document, spans: list[tuple[str, str]]) -> Document:
    for surface, label in spans:
        start = doc.text.index(surface)
        doc.mentions.append(Mention(doc=doc.id, start=start, end=start + len(surface), text=surface, label=label))
    return doc


def test_a_story_leaves_the_extracted_labels_so_a_second_run_groups_the_same() -> None:
    # the model calls the surname a place; linking resolves it to the analyst of the story
    first = _with_model_mentions(_doc("a", "2024-11-04", "Analis Maria Lindqvist menilai risiko resesi tinggi."),
                                 [("Maria Lindqvist", "PERSON")])
    second = _with_model_mentions(_doc("b", "2024-11-04", "Lindqvist menambahkan bahwa pasar tetap tenang."),
                                  [("Lindqvist", "LOC")])
    before = document_features(Document.from_dict(second.to_dict())).terms
    part = reconcile_story(Story(id="story:a", docs=["a", "b"], label="resesi"), [first, second])
    [surname] = second.mentions
    person = next(e for e in part.entities if e.name == "Maria Lindqvist")
    assert surname.entity == person.id and person.type == "PERSON"
    assert surname.label == "LOC"  # as extracted, in the store and in briefing.json
    stored = Document.from_dict(json.loads(part.stored[1]))
    assert stored.mentions[0].label == "LOC"
    # the next run's first pass sees the document as extraction left it: the same story keys
    assert document_features(stored).terms == before


# --------------------------------------------------------------------------- one entity in many stories


def _jakarta_part(story: int, docs: int) -> StoryPart:
    # one story of ``docs`` documents naming Jakarta twice each; every story also names it in
    # the first document of story 0 (the same span: one mention, whichever story saw it)
    ids = [f"s{story}-d{i}" for i in range(docs)]
    mentions = [MentionRef(doc=d, start=s, end=s + 7, text="Jakarta") for d in ids for s in (10, 40)]
    mentions.append(MentionRef(doc="s0-d0", start=10, end=17, text="Jakarta"))
    entity = Entity(id="gpe:jakarta", name="Jakarta" if story else "DKI Jakarta", type="GPE",
                    aliases=["Jakarta", f"alias {story % 3}"], mentions=mentions)
    return StoryPart(story=Story(id=f"story:{story}", docs=ids, label=f"story {story}"), documents=[],
                     entities=[entity])


def test_an_entity_named_in_many_stories_is_read_back_one_mention_at_a_time(tmp_path: Path) -> None:
    parts = [_jakarta_part(i, 30) for i in range(40)]
    with BriefingTables(tmp_path / "tables.db") as tables:
        for part in parts:
            tables.add(part)
        [lazy] = tables.iter_section("entities", lazy=True)
        mentions = lazy.pop("mentions")
        assert not isinstance(mentions, list)  # an iterator over the table, not a list
        lazy["mentions"] = list(mentions)
        [whole] = tables.iter_section("entities")
        [shown] = tables.iter_section("entities", docs={"s3-d1", "s0-d0"})
    merged = merge_entity_records(e.to_dict() for p in parts for e in p.entities)
    assert lazy == whole == merged
    assert len(whole["mentions"]) == 40 * 30 * 2
    assert whole["name"] == "DKI Jakarta" and whole["aliases"] == ["Jakarta", "alias 0", "alias 1", "alias 2"]
    assert [(m["doc"], m["start"]) for m in shown["mentions"]] == [("s0-d0", 10), ("s0-d0", 40), ("s3-d1", 10),
                                                                    ("s3-d1", 40)]


def test_briefing_json_streams_an_entitys_mentions_as_the_same_json(tmp_path: Path) -> None:
    with BriefingTables(tmp_path / "tables.db") as tables:
        for i in range(3):
            tables.add(_jakarta_part(i, 4))
        header = briefing_header()
        write_json_sections(header, tables.sections([], lazy=True), {"documents": 0}, tmp_path / "lazy.json")
        write_json_sections(header, tables.sections([]), {"documents": 0}, tmp_path / "whole.json")
    text = (tmp_path / "lazy.json").read_text(encoding="utf-8")
    assert text == (tmp_path / "whole.json").read_text(encoding="utf-8")
    [entity] = json.loads(text)["entities"]
    assert len(entity["mentions"]) == 3 * 4 * 2


def test_briefing_json_written_from_stored_text_is_the_same_json(seeds_dir: Path, tmp_path: Path) -> None:
    # a lazy read hands documents, stories and flattened records to the writer as stored text
    analyze([seeds_dir], tmp_path / "out")
    docs = _stored_docs(tmp_path / "out" / "ceksilang.db")
    with BriefingTables(tmp_path / "tables.db") as tables:
        for part in iter_story_parts(MemorySource(docs)):
            tables.add(part)
        first_document = next(tables.iter_section("documents", lazy=True))
        assert isinstance(first_document, str) and json.loads(first_document)["id"]
        header = briefing_header()
        write_json_sections(header, tables.sections([], lazy=True), {"documents": 5}, tmp_path / "lazy.json")
        write_json_sections(header, tables.sections([]), {"documents": 5}, tmp_path / "whole.json")
    text = (tmp_path / "lazy.json").read_text(encoding="utf-8")
    assert text == (tmp_path / "whole.json").read_text(encoding="utf-8")
    assert len(json.loads(text)["documents"]) == 5 and json.loads(text)["quotes"]


def test_a_page_subset_read_in_sql_equals_the_whole_lists_filtered(two_stories_out: Path, tmp_path: Path) -> None:
    with Store(two_stories_out / "ceksilang.db") as store:
        docs = list(store.iter_documents())
    with BriefingTables(tmp_path / "tables.db") as tables:
        for part in iter_story_parts(MemorySource(docs)):
            tables.add(part)
        stories, shown = tables.largest_stories(1, 12)  # the demo's flood story, not the council meeting
        assert 0 < len(shown) < len(docs) and len(stories) == 1
        for section in ("documents", *FLATTENED, "entities", "stories", "claims", "discrepancies", "timeline"):
            whole = list(tables.iter_section(section))
            subset = list(tables.iter_section(section, docs=shown, stories=stories))
            if section == "documents":
                expected = [r for r in whole if r["id"] in shown]
            elif section in FLATTENED:
                expected = [r for r in whole if r["doc"] in shown]
            elif section == "entities":
                expected = []
                for r in whole:
                    kept = [m for m in r["mentions"] if m["doc"] in shown]
                    if kept:
                        expected.append({**r, "mentions": kept})
            elif section == "stories":
                expected = [r for r in whole if r["id"] in stories]
            else:
                expected = [r for r in whole if r["story"] in stories]
            assert subset == expected, section
            assert subset or section in ("discrepancies", "timeline"), section


# --------------------------------------------------------------------------- closing stories


def _doc(doc_id: str, day: str, text: str) -> Document:
    return Document(id=doc_id, source=Source(doc_id), text=text, published=day)


FLOOD = ("Banjir bandang melanda Kecamatan Bulumeta di Kabupaten Tanah Lawu. Badan penanggulangan bencana "
         "mencatat dua belas warga meninggal dan sembilan hilang, ratusan rumah terendam lumpur.")
ELECTION = ("Komisi pemilihan umum menetapkan jadwal kampanye calon gubernur. Debat kandidat digelar di "
            "gedung olahraga kota, panitia menyiapkan pengamanan dan siaran langsung televisi.")


def test_complete_stories_leave_the_index_and_match_the_batch_grouping() -> None:
    docs = [
        _doc("a1", "2025-03-03", FLOOD), _doc("a2", "2025-03-04", FLOOD.replace("dua belas", "tiga belas")),
        _doc("b1", "2025-04-20", ELECTION), _doc("b2", "2025-04-21", ELECTION.replace("kota", "provinsi")),
        _doc("c1", "2025-06-01", FLOOD), _doc("d1", "2025-06-02", ELECTION),
    ]
    batch = {tuple(s.docs) for s in group_stories(docs)}
    df: dict[str, int] = {}
    from ceksilang.reconcile.stories import count_terms, publication_day

    for d in docs:
        for key in count_terms(d).counts:
            df[key] = df.get(key, 0) + 1
    index = StoryIndex(document_frequencies=df, total_documents=len(docs))
    handed_out, open_sizes = [], []
    for d in docs:
        handed_out += index.close_before(publication_day(d.published))
        index.add(d)
        open_sizes.append(len(index))
    handed_out += index.stories()
    assert {tuple(s.docs) for s in handed_out} == batch
    assert max(open_sizes) <= 2, "no more than one window of stories is ever open"
    assert {tuple(s.docs) for s in handed_out} >= {("a1", "a2"), ("b1", "b2")}


def test_a_late_copy_is_still_marked_after_its_story_closed() -> None:
    docs = [_doc("orig", "2025-03-03", FLOOD), _doc("other", "2025-03-20", ELECTION),
            _doc("late", "2025-05-01", FLOOD)]
    briefing = build_briefing(MemorySource(docs))
    by_id = {d.id: d for d in briefing.documents}
    assert by_id["late"].duplicate_of == "orig" and by_id["late"].duplicate_similarity == 1.0
    # its original's story was complete a month before: the copy stands as a story of its own
    assert sorted(s.docs for s in briefing.stories) == [["late"], ["orig"], ["other"]]


def test_duplicate_index_in_a_file_finds_copies_across_connections(tmp_path: Path) -> None:
    db = tmp_path / "dedup.db"
    near = FLOOD.replace("ratusan", "puluhan")
    with sqlite3.connect(db) as conn:
        index = DuplicateIndex(conn)
        assert index.check(_doc("a", "2025-03-03", FLOOD + " " + ELECTION)) is None
    with sqlite3.connect(db) as conn:
        index = DuplicateIndex(conn)
        found = index.check(_doc("b", "2025-03-04", near + " " + ELECTION))
        assert found is not None and found[0] == "a" and 0.8 <= found[1] < 1.0
        assert index.check(_doc("c", "2025-03-05", FLOOD + " " + ELECTION)) == ("a", 1.0)
        assert index.check(_doc("d", "2025-03-05", "Harga emas naik pada perdagangan hari ini.")) is None


def test_link_duplicates_and_the_pipeline_agree(seeds_dir: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest([seeds_dir, DEMO], store)
        docs = list(store.iter_documents())
    copies = [Document.from_dict(d.to_dict()) for d in docs]
    link_duplicates(copies)
    briefing = build_briefing(MemorySource(docs))
    assert {d.id: d.duplicate_of for d in copies} == {d.id: d.duplicate_of for d in briefing.documents}


def test_a_story_past_its_size_limit_goes_on_in_a_new_story() -> None:
    from ceksilang.reconcile.stories import StorySettings

    docs = [_doc(f"f{i}", f"2025-03-{3 + i:02d}", FLOOD.replace("dua belas", f"{12 + i} orang")) for i in range(7)]
    docs.append(_doc("e1", "2025-03-05", ELECTION))
    settings = StorySettings(max_story_docs=3)
    stories = group_stories(docs, settings)
    flood = [s for s in stories if s.docs[0].startswith("f")]
    assert [len(s.docs) for s in flood] == [3, 3, 1]
    assert [s.continues for s in flood] == [None, flood[0].id, flood[1].id]
    assert sorted(d for s in flood for d in s.docs) == [f"f{i}" for i in range(7)]
    assert [s.docs for s in stories if s.docs[0] == "e1"] == [["e1"]]


def test_the_detail_rule_reads_the_earliest_sources_of_a_large_story() -> None:
    from ceksilang.reconcile.discrepancies import DETAIL_MAX_SOURCES, _first_accounts

    docs = [_doc(f"d{i:03d}", f"2025-03-{1 + i % 28:02d}", f"{FLOOD} Laporan nomor {i}.")
            for i in range(DETAIL_MAX_SOURCES + 10)]
    by_id = {d.id: d for d in docs}
    assert _first_accounts(docs[:DETAIL_MAX_SOURCES], by_id) == docs[:DETAIL_MAX_SOURCES]
    kept = _first_accounts(docs, by_id)
    assert len(kept) == DETAIL_MAX_SOURCES
    latest_kept = max(d.published for d in kept)
    assert all(d.published >= latest_kept for d in docs if d not in kept)


# --------------------------------------------------------------------------- one bad story


def _schema_errors(data: dict) -> list[str]:
    from importlib.resources import files

    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads(files("ceksilang").joinpath("schema/briefing.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def _check_one_story_failed(data: dict, failed_doc: str, healthy: dict, valid: bool = True) -> None:
    """The story holding ``failed_doc`` is listed with its documents, under ``errors``, and
    without records; every other story is as in ``healthy``, the briefing without the failure."""
    failed = next(s for s in data["stories"] if failed_doc in s["docs"])
    [error] = [e for e in data["errors"] if e["source"].startswith("story:")]
    assert error["source"] == failed["id"]
    assert "failed" in error["reason"] and f"its {len(failed['docs'])} documents are listed" in error["reason"]
    assert {d["id"] for d in data["documents"]} == {d["id"] for d in healthy["documents"]}
    for section in ("claims", "discrepancies", "timeline"):
        assert not [r for r in data[section] if r["story"] == failed["id"]], section
    mine = set(failed["docs"])
    assert not [m for m in data["mentions"] if m["doc"] in mine and m["entity"]]
    assert [s for s in data["stories"] if s["id"] != failed["id"]] == [s for s in healthy["stories"] if s["id"] != failed["id"]]
    for section in ("claims", "discrepancies", "timeline"):
        others = [r for r in healthy[section] if r["story"] != failed["id"]]
        assert others, f"the other stories have {section}"
        assert len([r for r in data[section] if r["story"] != failed["id"]]) == len(others), section
    if valid:  # (a store corrupted on purpose writes the corrupt values it holds)
        assert _schema_errors(data) == []


def test_a_story_whose_reconciliation_raises_costs_only_that_story(two_stories_out: Path, tmp_path: Path, monkeypatch) -> None:
    import ceksilang.reconcile.story as story_stage

    real = story_stage.reconcile

    def broken(docs, entities, stories):
        if any(d.id.startswith(OTHER) for d in docs):  # the council meeting's story
            raise ValueError("min() arg is an empty sequence")
        return real(docs, entities, stories)

    monkeypatch.setattr(story_stage, "reconcile", broken)
    db = tmp_path / "ceksilang.db"
    shutil.copy(two_stories_out / "ceksilang.db", db)
    with Store(db) as store:
        written = write_store_briefing(store, tmp_path / "out", formats=("json", "md", "html"), workers=1,
                                       settings=Settings(lang="en"))
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    healthy = json.loads((two_stories_out / "briefing.json").read_text(encoding="utf-8"))
    failed_doc = next(d["id"] for d in healthy["documents"] if d["id"].startswith(OTHER))
    _check_one_story_failed(data, failed_doc, healthy)
    [error] = written.story_errors
    assert "reconciliation (claims, discrepancies, timeline) failed: ValueError: min() arg is an empty sequence" in error.reason
    page = (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")
    assert "`story:rapat-dprd`" in page and "its 1 documents are listed" in page
    assert "1 inputs that could not be read. Generated" in page and "1 stories could not be reconciled." in page
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    assert "1 stories could not be reconciled" in html and "story:rapat-dprd" in html


def _corrupt_one_figure(db: Path) -> str:
    """Stored figures whose value is a word: reconciling their story raises in any process."""
    with Store(db) as store:
        docs = list(store.iter_documents())
        doc = next(d for d in docs if d.quantities and d.id.startswith(OTHER))
        for q in doc.quantities:
            q.value = "banyak"
        store.update_documents([doc])
    return doc.id


@pytest.mark.parametrize("workers", [1, 2])
def test_a_story_that_raises_in_a_worker_or_not_costs_only_that_story(two_stories_out: Path, tmp_path: Path, workers: int) -> None:
    db = tmp_path / "ceksilang.db"
    shutil.copy(two_stories_out / "ceksilang.db", db)
    failed_doc = _corrupt_one_figure(db)
    with Store(db) as store:
        write_store_briefing(store, tmp_path / "out", formats=("json",), workers=workers)
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    healthy = json.loads((two_stories_out / "briefing.json").read_text(encoding="utf-8"))
    _check_one_story_failed(data, failed_doc, healthy, valid=False)
    [error] = [e for e in data["errors"] if e["source"].startswith("story:")]
    assert "TypeError" in error["reason"] and "(in claims." in error["reason"]


def test_the_cli_names_the_story_and_exits_1(two_stories_out: Path, tmp_path: Path, capsys) -> None:
    from ceksilang.cli import main

    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(two_stories_out / "ceksilang.db", out / "ceksilang.db")
    _corrupt_one_figure(out / "ceksilang.db")
    code = main(["analyze", str(DEMO / "06_meridian_wire_en.txt"), "--out", str(out), "--workers", "1", "--no-progress"])
    captured = capsys.readouterr()
    assert code == 1
    assert "error: story:" in captured.err and "1 stories could not be reconciled" in captured.out
    assert (out / "briefing.html").is_file()


def test_a_worker_that_fails_has_its_story_reconciled_here(demo_out: Path, tmp_path: Path, monkeypatch) -> None:
    from concurrent.futures import Future

    from ceksilang.scale import workers as pool_module

    real_submit = pool_module.WorkerPool.submit

    def submit(self, fn, *args):
        if fn is reconcile_story and any(d.id.startswith("06_") for d in args[1]):
            lost: Future = Future()
            lost.set_exception(RuntimeError("a process in the pool was terminated abruptly"))
            return lost
        return real_submit(self, fn, *args)

    monkeypatch.setattr(pool_module.WorkerPool, "submit", submit)
    db = tmp_path / "ceksilang.db"
    shutil.copy(demo_out / "ceksilang.db", db)
    with Store(db) as store:
        write_store_briefing(store, tmp_path / "out", formats=("json",), workers=2)
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    healthy = json.loads((demo_out / "briefing.json").read_text(encoding="utf-8"))
    [error] = [e for e in data["errors"] if e["source"].startswith("story:")]
    assert error["reason"].startswith("worker failed: RuntimeError")
    # reconciled again in this process: nothing is lost but the worker
    for section in ("stories", "claims", "discrepancies", "timeline", "entities"):
        assert data[section] == healthy[section], section


def test_a_document_whose_story_keys_fail_stands_alone(demo_out: Path, monkeypatch) -> None:
    # patched where the briefing calls it (briefing imports the name from stories at its top)
    import ceksilang.reconcile.briefing as briefing_module

    real = briefing_module.count_terms

    def broken(doc):
        if doc.id.startswith("02_"):
            raise KeyError("surface")
        return real(doc)

    monkeypatch.setattr(briefing_module, "count_terms", broken)
    with Store(demo_out / "ceksilang.db") as store:
        docs = list(store.iter_documents())
    briefing = build_briefing(MemorySource(docs))
    failed = next(d.id for d in docs if d.id.startswith("02_"))
    [error] = briefing.errors
    story = next(s for s in briefing.stories if failed in s.docs)
    assert story.docs == [failed] and error.source == story.id
    assert error.reason.startswith(f"document {failed}: story keys failed: KeyError")
    assert len(briefing.documents) == len(docs) and len(briefing.stories) >= 2


def test_a_worker_that_dies_costs_no_story(two_stories_out: Path, tmp_path: Path, monkeypatch) -> None:
    import os

    from ceksilang.scale import workers as pool_module

    real_submit = pool_module.WorkerPool.submit

    def submit(self, fn, *args):
        if fn is reconcile_story and any(d.id.startswith(OTHER) for d in args[1]):
            return real_submit(self, os._exit, 1)  # the process reconciling this story dies
        return real_submit(self, fn, *args)

    monkeypatch.setattr(pool_module.WorkerPool, "submit", submit)
    db = tmp_path / "ceksilang.db"
    shutil.copy(two_stories_out / "ceksilang.db", db)
    with Store(db) as store:
        write_store_briefing(store, tmp_path / "out", formats=("json",), workers=2)
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    healthy = json.loads((two_stories_out / "briefing.json").read_text(encoding="utf-8"))
    story_errors = [e for e in data["errors"] if e["source"].startswith("story:")]
    assert "story:rapat-dprd" in {e["source"] for e in story_errors}
    assert all(e["reason"].startswith("worker failed: BrokenProcessPool") for e in story_errors)
    for section in ("stories", "claims", "discrepancies", "timeline", "entities"):
        assert data[section] == healthy[section], section


def test_a_worker_that_dies_on_story_keys_costs_nothing(demo_out: Path, tmp_path: Path, monkeypatch) -> None:
    import os

    from ceksilang.reconcile import briefing as briefing_module
    from ceksilang.scale import workers as pool_module

    real_submit = pool_module.WorkerPool.submit
    killed: list[int] = []

    def submit(self, fn, *args):
        if fn is briefing_module._features_batch and not killed:
            killed.append(1)
            return real_submit(self, os._exit, 1)  # the process working out the first batch dies
        return real_submit(self, fn, *args)

    monkeypatch.setattr(pool_module.WorkerPool, "submit", submit)
    db = tmp_path / "ceksilang.db"
    shutil.copy(demo_out / "ceksilang.db", db)
    with Store(db) as store:
        write_store_briefing(store, tmp_path / "out", formats=("json",), workers=2)
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    healthy = json.loads((demo_out / "briefing.json").read_text(encoding="utf-8"))
    assert killed and _without_time(data) == _without_time(healthy)


def test_the_story_cache_version_is_the_newest_one_documented() -> None:
    # A bump without its row (or a row without its bump) leaves docs/storycache.md unable to say
    # which rules made a cached story.
    from ceksilang.reconcile.briefing import StoryCache

    doc = (Path(__file__).resolve().parents[1] / "docs" / "storycache.md").read_text(encoding="utf-8")
    cells = [line.split("|")[1].strip() for line in doc.splitlines() if line.startswith("| ")]
    versions = [int(c) for c in cells if c.isdigit()]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert versions[-1] == int(StoryCache.VERSION)


# --------------------------------------------------------------------------- a story of one document


def test_a_one_document_story_takes_the_first_pass_linking_as_linking_it_again_gives(demo_out: Path) -> None:
    from ceksilang.reconcile.briefing import apply_linked_state
    from ceksilang.reconcile.link import link_entities

    with Store(demo_out / "ceksilang.db") as store:
        raws = list(store.iter_in_publication_order(raw=True))
    assert any(json.loads(r)["quotes"] for r in raws), "the demo quotes someone"
    for raw in raws:
        kept = document_features(raw, keep_linked=True).linked
        assert kept is not None
        # as extraction left them (the store holds a past run's entity ids): only linking sets them
        taken, linked = _unlinked(raw), _unlinked(raw)
        entities = apply_linked_state(taken, kept)
        expected = link_entities([linked], {linked.id: "story:one"})
        assert entities is not None and [e.to_dict() for e in entities] == [e.to_dict() for e in expected]
        assert all(isinstance(m, MentionRef) for e in entities for m in e.mentions)
        assert taken.to_dict() == linked.to_dict()  # mentions' spans, labels and entities; speakers
    # another document (an edited text, a mention more) is linked, not given the kept state
    doc = Document.from_dict(json.loads(raws[0]))
    kept = document_features(raws[0], keep_linked=True).linked
    edited = Document.from_dict({**doc.to_dict(), "text": doc.text + " Tambahan."})
    assert apply_linked_state(edited, kept) is None and edited.to_dict() == doc.to_dict() | {"text": edited.text}
    assert document_features(raws[0]).linked is None  # kept only when asked for


def test_a_stored_documents_features_read_from_its_text_equal_those_of_the_parsed_document(demo_out: Path) -> None:
    # one worker over a store hands the features its JSON (no copy of the parsed document is made)
    with Store(demo_out / "ceksilang.db") as store:
        raws = list(store.iter_in_publication_order(raw=True))
        parsed = list(store.iter_in_publication_order())
    assert len(raws) == len(parsed) > 3
    for raw, doc in zip(raws, parsed):
        before = doc.to_dict()
        from_text, from_doc = document_features(raw, keep_linked=True), document_features(doc, keep_linked=True)
        assert (from_text.id, from_text.published, from_text.terms, from_text.language, from_text.linked, from_text.error) \
            == (from_doc.id, from_doc.published, from_doc.terms, from_doc.language, from_doc.linked, from_doc.error)
        assert from_text.fingerprint[0] == from_doc.fingerprint[0]
        assert from_text.fingerprint[1].tolist() == from_doc.fingerprint[1].tolist()
        assert doc.to_dict() == before  # a Document given is the caller's: linking it alone works on a copy


def _unlinked(raw: str) -> Document:
    doc = Document.from_dict(json.loads(raw))
    for m in doc.mentions:
        m.entity = None
    for q in doc.quotes:
        q.speaker = None
        for co in q.co_speakers:
            co.entity = None
    return doc


def test_one_document_stories_taking_the_kept_linking_write_the_same_briefing(two_stories_out: Path, tmp_path: Path,
                                                                              monkeypatch) -> None:
    import ceksilang.reconcile.briefing as briefing_module

    taken: list[str] = []
    real = briefing_module.apply_linked_state

    def counted(doc, state):
        found = real(doc, state)
        taken.append(doc.id) if found is not None else None
        return found

    monkeypatch.setattr(briefing_module, "apply_linked_state", counted)
    db = tmp_path / "ceksilang.db"
    shutil.copy(two_stories_out / "ceksilang.db", db)
    with Store(db) as store:
        write_store_briefing(store, tmp_path / "kept", formats=("json",), workers=1)
    assert taken == [OTHER]  # the council meeting is a story of its own
    # linked again: the first pass keeps nothing
    monkeypatch.setattr(briefing_module, "apply_linked_state", lambda doc, state: None)
    shutil.copy(two_stories_out / "ceksilang.db", db)
    with Store(db) as store:
        write_store_briefing(store, tmp_path / "again", formats=("json",), workers=1)
    kept = json.loads((tmp_path / "kept" / "briefing.json").read_text(encoding="utf-8"))
    again = json.loads((tmp_path / "again" / "briefing.json").read_text(encoding="utf-8"))
    assert kept["entities"] and _without_time(kept) == _without_time(again)



# --------------------------------------------------------------------------- parts written together


def test_a_documents_stored_text_is_its_whole_record_as_json(two_stories_out: Path) -> None:
    # the store's copy is made from the texts of the briefing record and its flattened records, written once:
    # it must be the JSON of the whole record, which the next run parses back
    with Store(two_stories_out / "ceksilang.db") as store:
        docs = list(store.iter_documents())
    part = StoryPart(story=Story(id="story:x", docs=[d.id for d in docs], label="x"), documents=docs)
    stored, rows = serialise_part(part)
    assert stored == [record_json(d.to_dict()) for d in docs]
    assert [Document.from_dict(json.loads(t)) for t in stored] == docs
    assert any(json.loads(t)["quotes"] for t in stored) and all(json.loads(t)["sentences"] for t in stored)
    assert len(rows["flat"]) == sum(len(d.mentions) + len(d.quotes) + len(d.quantities) + len(d.dates) for d in docs)


def test_parts_kept_to_be_written_together_are_read_back_at_any_time(tmp_path: Path) -> None:
    # the tables write the parts' rows a batch at a time: a read between two adds sees every part added so far
    with BriefingTables(tmp_path / "tables.db") as tables:
        tables.add(_jakarta_part(0, 2))
        assert tables.count("stories") == 1 and tables.count("entities") == 1
        for i in range(1, 120):  # 120 x 30 x 2 mentions: past one batch of rows
            tables.add(_jakarta_part(i, 30))
            if i == 60:
                assert [s["id"] for s in tables.iter_section("stories")][-1] == "story:9"  # (ordered by id)
                assert tables.count("stories") == 61
        [entity] = tables.iter_section("entities")
        assert tables.count("stories") == 120
    assert len(entity["mentions"]) == 2 * 2 + 119 * 30 * 2
