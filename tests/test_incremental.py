"""Incremental reconciliation in the served briefing: a new article updates only the stories it
touches, in place, and the file then shows what a full rebuild of the same store shows."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from contextlib import closing
from pathlib import Path

import pytest

from ceksilang.pipeline import ingest
from ceksilang.reconcile.briefing import write_served_briefing
from ceksilang.reconcile.incremental import NoGroupingState, served_contents, update_served_stories
from ceksilang.render.served import write_served
from ceksilang.store import Store
from ceksilang.web.stored import StoredBriefing

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo"
HELD_BACK = "04_suarapesisir_penyintas.txt"
OTHER = {"id": "rapat-dprd", "title": "DPRD Palu Bahas Anggaran Pendidikan", "outlet": "Kabar Palu",
         "published": "2025-03-06T10:00:00+08:00",
         "text": "PALU, Kabar Palu – Dewan Perwakilan Rakyat Daerah Kota Palu membahas rancangan anggaran "
                 "pendidikan tahun 2026 dalam rapat paripurna, Kamis. Ketua komisi menyebut dana beasiswa naik "
                 "menjadi Rp4,2 miliar."}
LATER = {"id": "festival-kopi", "title": "Festival Kopi Donggala Dibuka Gubernur", "outlet": "Kabar Palu",
         "published": "2025-03-07T09:00:00+08:00",
         "text": "DONGGALA, Kabar Palu – Gubernur Sulawesi Tengah membuka Festival Kopi Donggala di alun-alun "
                 "kota, Jumat. Panitia menyebut 4.500 pengunjung datang pada hari pertama dan 120 petani kopi "
                 "memamerkan hasil panen mereka."}


FOLLOW_UP = {"id": "festival-kopi-2", "title": "Hari Kedua Festival Kopi Donggala Ramai Pengunjung",
             "outlet": "Warta Donggala", "published": "2025-03-09T11:00:00+08:00",
             "text": "DONGGALA, Warta Donggala – Festival Kopi Donggala di alun-alun kota kembali ramai pada hari "
                     "kedua, Sabtu. Panitia festival menyebut petani kopi Donggala menjual hasil panen mereka dan "
                     "Gubernur Sulawesi Tengah berjanji festival kopi digelar setiap tahun."}


def _ids(store: Store) -> set[str]:
    return {d for (d,) in store.conn.execute("SELECT id FROM documents")}


def _add(store: Store, corpus: Path, name: str, text: str | None = None) -> list[str]:
    before = _ids(store)
    if text is None:
        shutil.copy(DEMO / name, corpus)
    else:
        (corpus / name).write_text(text, encoding="utf-8")
    ingest([corpus], store)
    return sorted(_ids(store) - before)


@pytest.mark.skipif(not (DEMO / HELD_BACK).exists(), reason="needs examples/demo")
def test_a_new_article_updates_its_story_in_place_as_a_full_rebuild_would(tmp_path):
    corpus = tmp_path / "demo"
    shutil.copytree(DEMO, corpus, ignore=shutil.ignore_patterns(HELD_BACK, "broken.jsonl"))
    (corpus / "other.jsonl").write_text(json.dumps(OTHER) + "\n", encoding="utf-8")
    served, rebuilt = tmp_path / "served.db", tmp_path / "rebuilt.db"
    with Store(tmp_path / "db.sqlite") as store:
        ingest([corpus], store)
        write_served_briefing(store, served)
        write_served_briefing(store, served)  # as the documents were written back: what later rounds read
        stories_before = StoredBriefing(served, 1).overview.stories

        # 1. a report of the flood joins the flood's story: that story alone is made again
        new = _add(store, corpus, HELD_BACK)
        assert len(new) == 1
        update = update_served_stories(store, served, new)
        assert len(update.reconciled) == 1 and not update.removed
        page = StoredBriefing(served, 2)
        flood = page.story_of_doc(new[0])
        assert flood == update.reconciled[0] and new[0] in page.story(flood)["docs"]
        assert len(page.overview.stories) == len(stories_before)
        write_served_briefing(store, rebuilt)
        assert served_contents(served) == served_contents(rebuilt)

        # 2. an unrelated report, the newest: a story of its own, at the top of the list
        new = _add(store, corpus, "later.jsonl", json.dumps(LATER) + "\n")
        update = update_served_stories(store, served, new)
        assert f"story:{new[0]}" in update.reconciled  # and the stories whose label the new IDF weights moved
        page = StoredBriefing(served, 3)
        total, top = page.search_stories(limit=1)
        assert total == len(stories_before) + 1 and top[0]["id"] == f"story:{new[0]}"
        assert [s["id"] for s in page.search_stories(text="festival kopi")[1]] == [f"story:{new[0]}"]
        write_served_briefing(store, rebuilt)
        assert served_contents(served) == served_contents(rebuilt)


def _kept_stories(served: Path) -> dict[str, list[str]]:
    """{story id: its documents} of the open stories' grouping states kept in ``served``."""
    with closing(sqlite3.connect(f"file:{served}?mode=ro", uri=True)) as conn:
        return {story: [d for _, d in json.loads(zlib.decompress(blob))["members"]]
                for story, blob in conn.execute("SELECT story, state FROM grouping_story")}


@pytest.mark.skipif(not (DEMO / HELD_BACK).exists(), reason="needs examples/demo")
def test_rounds_of_new_articles_regroup_only_the_story_each_joins_and_equal_a_rebuild(tmp_path):
    """Three rounds, each in a connection of its own as a restarted watch opens the file: a
    report of the flood dated among its other reports (every story open on its day grouped
    again), then the newest reports, as a feed brings them: one of a new event, then its
    follow-up the next day with a report of another new event. A newest report groups again only the story it joins, and the file
    then holds what a full rebuild writes, the kept open stories included."""
    corpus = tmp_path / "demo"
    shutil.copytree(DEMO, corpus, ignore=shutil.ignore_patterns(HELD_BACK, "broken.jsonl"))
    served, rebuilt = tmp_path / "served.db", tmp_path / "rebuilt.db"
    with Store(tmp_path / "db.sqlite") as store:
        ingest([corpus], store)
        write_served_briefing(store, served)
        write_served_briefing(store, served)
        flood = StoredBriefing(served, 1).story_of_doc(next(iter(_ids(store))))
        assert flood in _kept_stories(served)

        new = _add(store, corpus, HELD_BACK)
        update = update_served_stories(store, served, new)
        assert update.reconciled == [flood]
        assert new[0] in _kept_stories(served)[flood]

        newest = {**LATER, "published": "2025-03-08T09:00:00+08:00"}
        new = _add(store, corpus, "later.jsonl", json.dumps(newest) + "\n")
        update = update_served_stories(store, served, new)
        festival = f"story:{new[0]}"
        assert (update.regrouped, update.reconciled) == (0, [festival])

        # two in one round: the festival's follow-up and the council's meeting, a new event
        meeting = {**OTHER, "published": "2025-03-09T08:00:00+08:00"}
        new = _add(store, corpus, "round3.jsonl", json.dumps(FOLLOW_UP) + "\n" + json.dumps(meeting) + "\n")
        update = update_served_stories(store, served, new)
        assert update.regrouped == 1 and sorted(update.reconciled) == [festival, "story:rapat-dprd"]
        assert StoredBriefing(served, 2).story(festival)["docs"] == ["festival-kopi", "festival-kopi-2"]

        write_served_briefing(store, rebuilt)
        assert served_contents(served) == served_contents(rebuilt)
        assert _kept_stories(served) == _kept_stories(rebuilt)


@pytest.mark.skipif(not (DEMO / HELD_BACK).exists(), reason="needs examples/demo")
def test_a_file_kept_without_the_open_stories_states_gets_them_in_its_first_round(tmp_path):
    corpus = tmp_path / "demo"
    shutil.copytree(DEMO, corpus, ignore=shutil.ignore_patterns("broken.jsonl"))
    served, rebuilt = tmp_path / "served.db", tmp_path / "rebuilt.db"
    with Store(tmp_path / "db.sqlite") as store:
        ingest([corpus], store)
        write_served_briefing(store, served)
        with closing(sqlite3.connect(served)) as conn, conn:  # as an earlier version kept the file
            conn.execute("DROP TABLE grouping_story")
            conn.execute("DELETE FROM meta WHERE key = 'grouping_story_states'")
        newest = {**LATER, "published": "2025-03-08T09:00:00+08:00"}
        new = _add(store, corpus, "later.jsonl", json.dumps(newest) + "\n")
        update = update_served_stories(store, served, new)
        assert (update.regrouped, update.reconciled) == (0, [f"story:{new[0]}"])
        write_served_briefing(store, rebuilt)
        assert _kept_stories(served) == _kept_stories(rebuilt) and f"story:{new[0]}" in _kept_stories(served)
        assert served_contents(served) == served_contents(rebuilt)


def test_served_contents_tells_a_changed_record_apart(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    story = {"id": "story:a", "docs": ["a"], "label": "Banjir", "start": "2025-03-05", "end": "2025-03-05", "terms": []}
    doc = {"id": "a", "text": "Banjir di Palu.", "published": "2025-03-05"}
    write_served([("documents", [doc]), ("stories", [story])], one)
    write_served([("documents", [doc]), ("stories", [{**story, "label": "Banjir Palu"}])], two)
    first, second = served_contents(one), served_contents(two)
    assert first["document"] == second["document"] and first["story"] != second["story"]


def test_a_served_briefing_without_the_grouping_state_asks_for_a_full_run(tmp_path):
    served = tmp_path / "served.db"
    write_served([("documents", [{"id": "a", "text": "Banjir di Palu."}])], served)
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(NoGroupingState):
        update_served_stories(store, served, ["a"])


def test_a_translation_arriving_after_its_original_joins_its_story_as_a_full_run_puts_it(tmp_path):
    """The invented wire report, then a day later the Indonesian rewrite that wraps it in local
    background (the keys alone leave the two apart: ``tests/test_translation.py``), each
    arriving in a round of its own as ``watch`` brings them: the rewrite joins the report's
    story with its ``translated_from`` and its dropped "At least" flagged, and the file then
    holds what a full rebuild of the same store writes."""
    from tests.test_translation import _MINE_EN, _MINE_ID  # noqa: PLC0415

    english = {"id": "en-mine", "title": "Miners trapped in flooded Norvakia copper mine", "outlet": "Harbor Press",
               "published": "2026-06-09T07:00:00+00:00", "language": "en", "text": _MINE_EN}
    rewrite = {"id": "id-mine", "title": "Sembilan Penambang Terjebak di Tambang Tembaga Norvakia",
               "outlet": "Kabar Palu", "published": "2026-06-10T09:00:00+07:00", "language": "id", "text": _MINE_ID}
    corpus = tmp_path / "feed"
    corpus.mkdir()
    served, rebuilt = tmp_path / "served.db", tmp_path / "rebuilt.db"
    with Store(tmp_path / "db.sqlite") as store:
        ingest([corpus], store)
        write_served_briefing(store, served)
        assert _add(store, corpus, "wire.jsonl", json.dumps(english) + "\n") == ["en-mine"]
        update_served_stories(store, served, ["en-mine"])
        assert _add(store, corpus, "rewrite.jsonl", json.dumps(rewrite) + "\n") == ["id-mine"]
        update = update_served_stories(store, served, ["id-mine"])
        assert update.reconciled == ["story:en-mine"] and update.removed == []
        page = StoredBriefing(served, 1)
        assert page.story_of_doc("id-mine") == "story:en-mine"
        assert page.story("story:en-mine")["docs"] == ["en-mine", "id-mine"]
        with closing(sqlite3.connect(f"file:{served}?mode=ro", uri=True)) as conn:
            record = json.loads(conn.execute("SELECT record FROM document WHERE id = 'id-mine'").fetchone()[0])
            changes = [c for (x,) in conn.execute("SELECT record FROM discrepancy WHERE story = 'story:en-mine'")
                       if json.loads(x)["kind"] == "translation" for c in json.loads(x)["changes"]]
        assert record["translated_from"]["doc"] == "en-mine"
        assert [c["meaning"] for c in changes] == ["qualifier"] and "At least 9" in changes[0]["a"]

        write_served_briefing(store, rebuilt)
        assert served_contents(served) == served_contents(rebuilt)
        assert _kept_stories(served) == _kept_stories(rebuilt)


CASE_FOUND = {"id": "temuan", "title": "Mayat Pria Ditemukan di Kebun Tebu Desa Sukamaju, Polisi Tangkap Rekannya",
              "outlet": "Kabar Lembah", "published": "2025-03-02T10:00:00+07:00",
              "text": "Warga Desa Sukamaju, Kecamatan Lembah Hijau, menemukan mayat pria di kebun tebu pada Minggu "
                      "(2/3/2025). Korban bernama Wahyu Setiadi (31). Polisi menangkap rekan kerjanya, Darmawan "
                      "Pranoto (29), beberapa jam kemudian. Darmawan Pranoto diduga memukul korban dengan kayu "
                      "setelah cekcok soal utang. Kasat Reskrim Polres Lembah Hijau AKP Yusuf Hamdani mengatakan "
                      "tersangka dijerat pasal pembunuhan."}
CASE_ARREST = {"id": "tangkap", "title": "Darmawan Pranoto Akui Bunuh Rekan Kerja di Kebun Tebu Sukamaju",
               "outlet": "Warta Lembah", "published": "2025-03-03T10:00:00+07:00",
               "text": "Polres Lembah Hijau menetapkan Darmawan Pranoto (29) sebagai tersangka pembunuhan rekan "
                       "kerjanya, Wahyu Setiadi (31), di kebun tebu Desa Sukamaju. Polisi menyita sebatang kayu "
                       "yang dipakai Darmawan Pranoto. Motifnya utang sebesar Rp2 juta yang tak kunjung dibayar "
                       "korban. Jenazah Wahyu Setiadi sudah dimakamkan keluarganya."}
CASE_TRIAL = {"id": "sidang", "title": "Sidang Perdana Pembunuhan di Kebun Tebu Sukamaju, Terdakwa Tak Ajukan Eksepsi",
              "outlet": "Kabar Lembah", "published": "2025-06-24T10:00:00+07:00",
              "text": "Terdakwa Darmawan Pranoto (29) menjalani sidang perdana di Pengadilan Negeri Lembah Hijau, "
                      "Selasa (24/6/2025). Jaksa mendakwa Darmawan Pranoto membunuh Wahyu Setiadi di kebun tebu "
                      "Desa Sukamaju dengan sebatang kayu karena utang. Terdakwa tidak mengajukan eksepsi dan "
                      "sidang dilanjutkan pekan depan dengan pemeriksaan saksi."}


@pytest.mark.parametrize("edit_order", [False, True])
def test_a_cases_next_step_months_later_joins_its_story_in_a_later_round_as_in_one_run(tmp_path, edit_order):
    """A murder case's finding and arrest analysed first, its trial's first day four months later in a later
    round (as a feed brings it; or, ``edit_order``, with an article dated before others, when every story open
    on its day is grouped again): the trial joins the case's story, as one run over the three puts it, though
    the case's story is older than the stories' window (``case_window_days``)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "case.jsonl").write_text(json.dumps(CASE_FOUND) + "\n" + json.dumps(CASE_ARREST) + "\n",
                                       encoding="utf-8")
    served, rebuilt = tmp_path / "served.db", tmp_path / "rebuilt.db"
    with Store(tmp_path / "db.sqlite") as store:
        ingest([corpus], store)
        write_served_briefing(store, served)
        write_served_briefing(store, served)
        case = StoredBriefing(served, 1).story_of_doc("temuan")
        assert StoredBriefing(served, 1).story_of_doc("tangkap") == case
        later = [CASE_TRIAL]
        if edit_order:  # a report dated the day after the arrest arrives with the trial
            later.append({**OTHER, "published": "2025-03-04T10:00:00+07:00"})
        new = _add(store, corpus, "later.jsonl", "".join(json.dumps(a) + "\n" for a in later))
        update_served_stories(store, served, new)
        page = StoredBriefing(served, 2)
        assert page.story_of_doc("sidang") == page.story_of_doc("temuan")
        write_served_briefing(store, rebuilt)
        one_run = StoredBriefing(rebuilt, 1)
        assert one_run.story_of_doc("sidang") == one_run.story_of_doc("temuan")
        assert served_contents(served) == served_contents(rebuilt)


def test_a_full_run_keeps_open_past_the_window_only_the_case_stories(tmp_path, monkeypatch):
    """mend48c: a month after a murder case's reports and a council meeting's, a festival is the newest report.
    The case's story stays open to the case's next step (``case_window_days``), so a full run groups its reports
    again to keep its state; the meeting's story, which names no person in two reports, is closed and its report
    is not grouped again."""
    from ceksilang.reconcile import grouping_state

    regrouped: list[str] = []
    real = grouping_state.group_kept

    def recording(conn, doc_ids, originals=None):
        regrouped.extend(doc_ids)
        return real(conn, doc_ids, originals)

    monkeypatch.setattr(grouping_state, "group_kept", recording)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    festival = {**LATER, "published": "2025-04-07T09:00:00+08:00"}
    (corpus / "all.jsonl").write_text("".join(json.dumps(a) + "\n" for a in (CASE_FOUND, CASE_ARREST, OTHER, festival)),
                                      encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as store:
        ingest([corpus], store)
        write_served_briefing(store, tmp_path / "served.db")
    assert {"temuan", "tangkap", "festival-kopi"} <= set(regrouped)
    assert "rapat-dprd" not in regrouped
    kept = _kept_stories(tmp_path / "served.db")
    assert any("temuan" in docs for docs in kept.values())
    assert not any("rapat-dprd" in docs for docs in kept.values())


# mend50e: the small-batch join (``StorySettings.small_batch_docs``) reads the originals the run groups, known at
# the start. Two invented reports of one day's incident on one road, close only through the road's rare name and
# the day: a batch of few documents joins them, a batch past the bar does not, however it was fed.
ROAD = "Tol Kalimaru"
GUN_REPORTS = [
    {"id": "gun-a", "title": f"Sopir Todongkan Pistol di {ROAD}", "outlet": "Kabar Kota",
     "published": "2025-03-03T07:00:00+07:00",
     "text": f"Seorang sopir menodongkan pistol ke pengendara lain di {ROAD} pada Senin (3/3/2025) setelah cekcok "
             "di jalur cepat. Video aksi koboi itu viral di media sosial."},
    {"id": "gun-b", "title": f"Polisi Buru Pemilik Senjata Api di {ROAD}", "outlet": "Warta Pagi",
     "published": "2025-03-03T08:00:00+07:00",
     "text": f"Polisi memburu pemilik senjata api yang beraksi di {ROAD} pada Senin (3/3/2025). Kapolres Marwati "
             "Suroso meminta warga yang mengenali pelaku segera melapor karena identitasnya masih didalami penyidik."},
]
_TOWNS = ["Ambon", "Kupang", "Ternate", "Sorong", "Bima", "Ende", "Tarakan", "Palu", "Kendari", "Gorontalo"]
_WORKS = [("pasar", "merenovasi los pedagang ikan"), ("sekolah", "membangun ruang kelas baru"),
          ("puskesmas", "menambah ambulans"), ("terminal", "memperbaiki atap peron")]


def _town_report(k: int) -> dict:
    """An invented report of a town's public works a week later, one of 30 (no two alike)."""
    town, (thing, act) = _TOWNS[k % 10], _WORKS[k // 10 % 4]
    return {"id": f"other-{k:02d}", "title": f"Pemkot {town} {act.split()[0].capitalize()} {thing.capitalize()}",
            "outlet": f"Koran {town}", "published": f"2025-03-10T{8 + k % 10:02d}:00:00+07:00",
            "text": f"Pemerintah Kota {town} {act} di {thing} {town} dengan anggaran Rp{k + 2},{k % 7} miliar. "
                    f"Kepala dinas setempat menyebut pekerjaan ditargetkan rampung dalam {k + 30} hari kerja."}


def _story_docs(served: Path) -> list[list[str]]:
    with closing(sqlite3.connect(f"file:{served}?mode=ro", uri=True)) as conn:
        return sorted(sorted(json.loads(r)["docs"]) for (r,) in conn.execute("SELECT record FROM story"))


def _jsonl(*records: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_a_small_batch_groups_alike_at_once_streamed_and_in_two_incremental_parts(tmp_path):
    from ceksilang.pipeline import build_briefing
    from ceksilang.reconcile.briefing import MemorySource

    corpus = tmp_path / "c"
    corpus.mkdir()
    served, rebuilt = tmp_path / "served.db", tmp_path / "rebuilt.db"
    with Store(tmp_path / "db.sqlite") as store:
        first = _add(store, corpus, "a.jsonl", _jsonl(GUN_REPORTS[0]))
        write_served_briefing(store, served)
        write_served_briefing(store, served)
        second = _add(store, corpus, "b.jsonl", _jsonl(GUN_REPORTS[1]))
        update_served_stories(store, served, second)
        assert _story_docs(served) == [["gun-a", "gun-b"]]
        write_served_briefing(store, rebuilt)  # streamed, the two at once
        assert served_contents(served) == served_contents(rebuilt)
        at_once = build_briefing(MemorySource(store.get_documents([*first, *second])))
        assert [sorted(s.docs) for s in at_once.stories] == [["gun-a", "gun-b"]]


def test_a_store_growing_past_the_small_batch_bar_groups_every_story_as_a_rebuild(tmp_path):
    # two reports joined while the store was small (the same day, a rare place shared) and 30 more originals
    # making it a large one: the served file equals a full rebuild. Since grp38 (``small_batch_any_size``) the
    # join's evidence holds at any size, so both keep them joined
    corpus = tmp_path / "c"
    corpus.mkdir()
    served, rebuilt = tmp_path / "served.db", tmp_path / "rebuilt.db"
    with Store(tmp_path / "db.sqlite") as store:
        _add(store, corpus, "gun.jsonl", _jsonl(*GUN_REPORTS))
        write_served_briefing(store, served)
        write_served_briefing(store, served)
        assert _story_docs(served) == [["gun-a", "gun-b"]]
        new = _add(store, corpus, "towns.jsonl", _jsonl(*(_town_report(k) for k in range(30))))
        update_served_stories(store, served, new)
        write_served_briefing(store, rebuilt)
        assert [s for s in _story_docs(rebuilt) if s[0].startswith("gun")] == [["gun-a", "gun-b"]]
        assert served_contents(served) == served_contents(rebuilt)
