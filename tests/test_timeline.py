"""The timeline: ordered by when things happened, merged across documents, bylines dropped."""

from __future__ import annotations

import pytest

from ceksilang.model import Document, Source, Story, TimeExpr
from ceksilang.text import split_sentences
from ceksilang.reconcile.timeline import build_timeline, clause_around


def make_doc(doc_id: str, text: str, published: str | None, dates: list[tuple[str, str | dict, str]]) -> Document:
    doc = Document(id=doc_id, source=Source(path=doc_id), text=text, outlet=doc_id, published=published)
    doc.sentences = split_sentences(text)
    for needle, value, precision in dates:
        s = text.index(needle)
        doc.dates.append(TimeExpr(doc=doc_id, start=s, end=s + len(needle), text=needle, value=value,
                                  precision=precision))
    return doc


def test_build_timeline_orders_by_event_date_not_publication():
    late = make_doc("late", "Gubernur meresmikan jembatan baru itu pada Senin (3/3/2025) di pusat kota.",
                    "2025-03-10T09:00:00+07:00", [("Senin (3/3/2025)", "2025-03-03", "day")])
    early = make_doc("early", "Warga menggelar doa bersama pada Sabtu (8/3/2025) malam di alun-alun kota.",
                     "2025-03-08T21:00:00+07:00", [("Sabtu (8/3/2025)", "2025-03-08", "day")])
    events = build_timeline([early, late], [])
    assert [e.date for e in events] == ["2025-03-03", "2025-03-08"]
    assert events[0].reported == ["2025-03-10T09:00:00+07:00"]
    assert events[0].story == "story:all"


def test_build_timeline_merges_same_event_and_keeps_others_apart():
    text_a = "Gubernur meresmikan jembatan baru di pusat kota pada Senin (3/3/2025)."
    text_b = "Jembatan baru di pusat kota diresmikan gubernur pada Senin (3/3/2025) pagi."
    text_c = "Pasar induk terbakar pada Senin (3/3/2025) dan puluhan kios hangus dilalap api."
    docs = [make_doc(i, t, f"2025-03-0{n}", [("Senin (3/3/2025)", "2025-03-03", "day")])
            for n, (i, t) in enumerate([("a", text_a), ("b", text_b), ("c", text_c)], start=3)]
    events = build_timeline(docs, [])
    assert len(events) == 2
    merged = next(e for e in events if len(e.sources) == 2)
    assert {s.doc for s in merged.sources} == {"a", "b"}
    assert merged.reported == ["2025-03-03", "2025-03-04"]


@pytest.mark.parametrize("line, kept", [
    ("Rina Wijaya \u2022 1 November 2024 10:29", False),
    ("Jumat, 1 November 2024", False),
    ("Presiden menandatangani undang-undang itu pada 1 November 2024 di istana.", True),
])
def test_build_timeline_drops_bylines(line, kept):
    doc = make_doc("d", line, None, [("1 November 2024", "2024-11-01", "day")])
    assert bool(build_timeline([doc], [])) is kept


def test_build_timeline_ranges_sort_by_start_and_stories_apart():
    a = make_doc("a", "Status tanggap darurat berlaku mulai 3 hingga 16 Maret 2025 di seluruh kabupaten.", None,
                 [("3 hingga 16 Maret 2025", {"from": "2025-03-03", "to": "2025-03-16"}, "day")])
    b = make_doc("b", "Hujan deras mengguyur wilayah itu sejak 2 Maret 2025 malam hingga pagi.", None,
                 [("2 Maret 2025", "2025-03-02", "day")])
    stories = [Story(id="s1", docs=["a"], label="x"), Story(id="s2", docs=["b"], label="y")]
    events = build_timeline([a, b], stories)
    assert [e.story for e in events] == ["s2", "s1"]
    assert events[1].date == {"from": "2025-03-03", "to": "2025-03-16"}


def test_clause_around_cuts_long_sentences_to_the_dated_clause():
    text = ("Menurut keterangan pejabat setempat yang tidak mau disebut namanya, rapat itu berlangsung lama, "
            "kemudian pada Selasa (4/3/2025) tim gabungan mulai membuka akses jalan yang tertutup longsor, "
            "sementara bantuan logistik terus berdatangan dari berbagai daerah di sekitarnya sepanjang hari itu.")
    start = text.index("Selasa")
    clause = clause_around(text, (0, len(text)), start, start + len("Selasa (4/3/2025)"))
    assert "Selasa (4/3/2025)" in clause
    assert len(clause) < len(text)


def test_clause_around_a_date_running_past_its_sentence():
    # "Nov. 20": the splitter ends the sentence after "Nov.", so the date ends past its sentence
    # (an English wire copy crashed the whole run here: min() of an empty sequence)
    from ceksilang.reconcile.timeline import clause_around

    sentence = ("North Korea has sent troops to Russia, according to officials in Seoul, who said that the "
                "soldiers were deployed to the Kursk region near the border, and that heavy casualties were reported "
                "among them in the fighting, the defence ministry said in a briefing on Nov.")
    assert len(sentence) > 200  # a long sentence: cut to the clauses around the date
    text = sentence + " 20 in a statement."
    start = text.index("Nov.")
    clause = clause_around(text, (0, len(sentence)), start, start + len("Nov. 20"))
    assert clause and clause in " ".join(sentence.split()) and "Nov." in clause


def test_event_told_in_a_lead_sentence_is_shown_without_its_dateline():
    # two outlets open with their own datelines: the events read as the happening, and the
    # shared words (not the outlets' names) decide that they are one event
    lead_a = ("BULUMETA, SuaraPesisir.com - Banjir bandang melanda dua desa di Kecamatan Bulumeta "
              "pada Senin (3/3/2025) dini hari.")
    lead_b = ("LAWUMERA, kabarnusa.id – Banjir bandang melanda dua desa di Kecamatan Bulumeta, "
              "Senin (3/3/2025) dini hari.")
    docs = [make_doc("a", lead_a, "2025-03-03", [("Senin (3/3/2025)", "2025-03-03", "day")]),
            make_doc("b", lead_b, "2025-03-03", [("Senin (3/3/2025)", "2025-03-03", "day")])]
    (event,) = build_timeline(docs, [])
    assert event.text.startswith("Banjir bandang melanda dua desa")
    assert "SuaraPesisir" not in event.text
    assert {s.doc for s in event.sources} == {"a", "b"}
    # the evidence still points at the whole sentence, dateline included
    source_a = next(s for s in event.sources if s.doc == "a")
    assert lead_a[source_a.start:source_a.end].startswith("BULUMETA, SuaraPesisir.com")


def test_a_dateline_far_into_a_text_is_not_sought():
    # datelines open the lead; later sentences are not matched against the dateline rules
    filler = "Warga menggelar doa bersama di alun-alun kota setelah hujan reda. " * 12
    text = filler + "JAKARTA, KOMPAS.com - Gubernur meresmikan jembatan baru itu pada Senin (3/3/2025) di pusat kota."
    (event,) = build_timeline([make_doc("a", text, "2025-03-03", [("Senin (3/3/2025)", "2025-03-03", "day")])], [])
    assert event.text.startswith("JAKARTA, KOMPAS.com - Gubernur")


def _merged_reading_words_per_comparison(docs: list[Document], stories: list[Story]) -> list[tuple]:
    """The merging as it was before the words were kept: each comparison reads both texts again."""
    import json
    from collections import defaultdict

    from ceksilang.reconcile import timeline as tl
    from ceksilang.reconcile.sources import story_map
    from ceksilang.reconcile.words import content_words

    def same(a, b) -> bool:
        if a.date != b.date or a.story != b.story:
            return False
        wa, wb = set(content_words(a.text)), set(content_words(b.text))
        shared = len(wa & wb)
        return shared >= tl.MERGE_MIN_SHARED and shared / min(len(wa), len(wb)) >= tl.MERGE_OVERLAP

    _, story_of = story_map(docs, stories)
    events, buckets = [], defaultdict(list)
    for doc in docs:
        for ev in tl._events_of(doc, story_of.get(doc.id)):
            bucket = buckets[(ev.story, json.dumps(ev.date, sort_keys=True))]
            found = next((e for e in bucket if same(e, ev)), None)
            if found is None:
                events.append(ev)
                bucket.append(ev)
                continue
            known = {(s.doc, s.start) for s in found.sources}
            found.sources.extend(s for s in ev.sources if (s.doc, s.start) not in known)
            found.reported = sorted(set(found.reported) | set(ev.reported))
    events.sort(key=tl.timeline_order)
    return [e.to_dict() for e in events]


def _many_reports_of_one_day() -> tuple[list[Document], list[Story]]:
    openings = ["Gubernur meresmikan jembatan baru di pusat kota", "Jembatan baru di pusat kota diresmikan gubernur",
                "Pasar induk terbakar dan puluhan kios hangus", "Puluhan kios pasar induk hangus terbakar",
                "Banjir merendam ratusan rumah warga di bantaran sungai", "Warga menggelar doa bersama di alun-alun"]
    docs = []
    for n in range(24):
        day = "Senin (3/3/2025)" if n % 4 else "Selasa (4/3/2025)"
        value = "2025-03-03" if n % 4 else "2025-03-04"
        text = f"{openings[n % len(openings)]} pada {day} menurut laporan nomor {n}."
        docs.append(make_doc(f"d{n:02d}", text, f"2025-03-05T0{n % 10}:00:00+07:00", [(day, value, "day")]))
    stories = [Story(id="s1", docs=[d.id for d in docs[:16]], label="x"),
               Story(id="s2", docs=[d.id for d in docs[16:]], label="y")]
    return docs, stories


def test_build_timeline_merges_as_the_pairwise_reading_did():
    docs, stories = _many_reports_of_one_day()
    expected = _merged_reading_words_per_comparison(docs, stories)
    docs, stories = _many_reports_of_one_day()  # fresh records: the merging extends sources in place
    got = [e.to_dict() for e in build_timeline(docs, stories)]
    assert got == expected
    assert any(len(e["sources"]) > 1 for e in got) and len(got) > 4


def test_build_timeline_reads_each_events_words_once(monkeypatch):
    from ceksilang.reconcile import timeline as tl

    docs, stories = _many_reports_of_one_day()
    read: list[str] = []
    real = tl.content_words

    def counted(text, *args):
        read.append(text)
        return real(text, *args)

    monkeypatch.setattr(tl, "content_words", counted)
    build_timeline(docs, stories)
    # every event is compared with every event of its story and date before it: its words are read
    # at most once, however many it meets (24 events, most of them in two buckets of 12 and 6)
    assert 0 < len(read) <= len(docs)
