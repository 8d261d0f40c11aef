"""Joint speakers: one statement attributed to two or more people or bodies ("Kapolda X dan
Bupati Y kompak mengatakan", "kata Ahmad dan Budi", "A and B said in a joint statement").

The first named is ``Quote.speaker``, the others are ``Quote.co_speakers``, each linked to its
entity; the briefing shows them all. Sentences written for these tests, run through the whole
pipeline (clean, language, NER, quotes) and linking.
"""

from __future__ import annotations

import json

import pytest

from ceksilang.model import Briefing, Document, RawDocument, Source, Story
from ceksilang.pipeline import analyze_raw
from ceksilang.reconcile.briefing import reconcile_story
from ceksilang.reconcile.link import link_entities
from ceksilang.render import briefing_to_dict, render_html, render_markdown


def analysed(text: str, lang: str, doc_id: str = "d1", outlet: str = "Kabar Bali") -> Document:
    raw = RawDocument(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, format="text",
                      outlet=outlet, language=lang)
    return analyze_raw(raw)


def quote_with(doc: Document, words: str):
    found = [q for q in doc.quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in doc.quotes]}"
    return found[0]


JOINT = [
    # subject before the verb, each with a title, an adverb ("kompak") before the verb
    ("id", "DENPASAR - Kapolda Bali Irjen Daniel Adityajaya dan Bupati Badung Giri Prasta kompak mengatakan, "
           "“Pengamanan sudah kami siapkan sejak sepekan lalu.” Keduanya berbicara di Kuta, Senin (3/3/2025).",
     "Pengamanan sudah", "Daniel Adityajaya", ["Giri Prasta"]),
    # after the quote: "kata A dan B"
    ("id", "“Harga beras akan turun bulan depan,” kata Ahmad Subagyo dan Budi Hartono di Jakarta, Selasa.",
     "Harga beras", "Ahmad Subagyo", ["Budi Hartono"]),
    # "menurut A dan B", indirect
    ("id", "Menurut Menteri Pertanian Andi Amran Sulaiman dan Wakil Menteri Pertanian Sudaryono, stok beras "
           "nasional aman hingga akhir tahun.",
     "stok beras nasional", "Andi Amran Sulaiman", ["Sudaryono"]),
    # a list of three
    ("id", "Ahmad Subagyo, Budi Hartono dan Rina Wulandari mengatakan, “Kami akan melapor ke polisi.”",
     "melapor ke polisi", "Ahmad Subagyo", ["Budi Hartono", "Rina Wulandari"]),
    # "serta"
    ("id", "Gubernur Jawa Tengah Ahmad Luthfi serta Wali Kota Semarang Agustina Wilujeng menegaskan, "
           "“Tidak ada pungutan liar di pasar ini.”",
     "pungutan liar", "Ahmad Luthfi", ["Agustina Wilujeng"]),
    ("en", "“We will keep the border open,” Antony Blinken and Lloyd Austin said in a joint statement on Monday.",
     "border open", "Antony Blinken", ["Lloyd Austin"]),
    ("en", "Prime Minister Anthony Albanese and President Joko Widodo said in a joint statement: "
           "“The partnership will deepen.”",
     "partnership will deepen", "Anthony Albanese", ["Joko Widodo"]),
]


@pytest.mark.parametrize("lang, text, words, speaker, co_speakers", JOINT, ids=lambda x: str(x)[:20])
def test_joint_speakers_found_and_linked(lang: str, text: str, words: str, speaker: str, co_speakers: list[str]) -> None:
    doc = analysed(text, lang)
    entities = {e.id: e for e in link_entities([doc])}
    q = quote_with(doc, words)
    assert q.speaker_name == speaker
    assert [c.name for c in q.co_speakers] == co_speakers
    # each co-speaker is its own entity, linked like the speaker, at its own place in the text
    assert q.speaker in entities and entities[q.speaker].name == speaker
    for co in q.co_speakers:
        assert co.entity in entities and co.entity != q.speaker
        assert entities[co.entity].name == co.name
        assert doc.text[co.start:co.end] == co.name


ONE_SPEAKER = [
    # the coordination is the object of "kepada", not the subject
    ("id", "“Stok aman,” kata Ahmad Subagyo kepada Budi Hartono dan Rina Wulandari di Jakarta.",
     "Stok aman", "Ahmad Subagyo"),
    # a group with no name: one named speaker (none here: the subject includes the residents)
    ("id", "Bupati Badung Giri Prasta dan warga mengatakan, “Kami menolak rencana itu.”",
     "menolak rencana", None),
    # "dan" inside a role naming a ministry: one person
    ("id", "“Tarif listrik tidak naik,” ujar Direktur Jenderal Ketenagalistrikan Kementerian Energi dan "
           "Sumber Daya Mineral Rida Mulyana di Jakarta.",
     "Tarif listrik", "Rida Mulyana"),
    ("en", "“The talks went well,” Antony Blinken told Lloyd Austin and reporters on Monday.",
     "talks went well", "Antony Blinken"),
]


@pytest.mark.parametrize("lang, text, words, speaker", ONE_SPEAKER, ids=lambda x: str(x)[:20])
def test_no_joint_speakers_for_an_object_a_group_or_a_role(lang: str, text: str, words: str, speaker: str | None) -> None:
    doc = analysed(text, lang)
    link_entities([doc])
    q = quote_with(doc, words)
    assert q.speaker_name == speaker
    assert q.co_speakers == []


def test_joint_speakers_survive_a_json_round_trip_and_old_json_loads() -> None:
    doc = analysed(JOINT[0][1], "id")
    link_entities([doc])
    back = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    q, b = quote_with(doc, "Pengamanan sudah"), quote_with(back, "Pengamanan sudah")
    assert b.co_speakers == q.co_speakers and b.co_speakers[0].entity is not None
    # JSON written before joint speakers existed has no "co_speakers": one speaker, no error
    old = doc.to_dict()
    for record in old["quotes"]:
        del record["co_speakers"]
    assert all(q.co_speakers == [] for q in Document.from_dict(old).quotes)


def test_extraction_briefing_shows_both_names_escaped() -> None:
    doc = analysed(JOINT[1][1], "id")
    link_entities([doc])
    q = quote_with(doc, "Harga beras")
    # a name is article text: as hostile as any other
    q.co_speakers[0].name = "<script>alert(1)</script> *Budi*"
    data = briefing_to_dict(Briefing(documents=[doc]))
    html = render_html(data, lang="en")
    assert "Ahmad Subagyo, &lt;script&gt;alert(1)&lt;/script&gt; *Budi* (joint statement)" in html
    assert "<script>alert(1)" not in html
    md = render_markdown(data)
    # Markdown: no tag can open, no emphasis starts; the page defaults to Indonesian
    assert "Ahmad Subagyo, &lt;script>alert(1)&lt;/script> \\*Budi\\* (pernyataan bersama)" in md
    assert "<script" not in md


def test_story_briefing_shows_joint_quote_under_both_names() -> None:
    text_a = JOINT[0][1]
    text_b = ("KUTA - Kapolda Bali Irjen Daniel Adityajaya dan Bupati Badung Giri Prasta kompak mengatakan, "
              "“Pengamanan sudah kami siapkan sejak sepekan lalu.” Mereka meninjau pantai Kuta, Senin (3/3/2025).")
    docs = [analysed(text_a, "id", "d1", "Kabar Bali"), analysed(text_b, "id", "d2", "Bali Post")]
    part = reconcile_story(Story(id="s1", docs=["d1", "d2"], label="Pengamanan Kuta"), docs)
    quotes = [c for c in part.claims if c.kind == "quote"]
    assert quotes and quotes[0].claimant == "Daniel Adityajaya"
    assert quotes[0].scope == {"co_speakers": ["Giri Prasta"]}
    data = briefing_to_dict(Briefing(documents=part.documents, entities=part.entities, stories=[part.story],
                                     claims=part.claims, discrepancies=part.discrepancies))
    assert "Daniel Adityajaya, Giri Prasta (pernyataan bersama)" in render_markdown(data)
    assert "Daniel Adityajaya, Giri Prasta (joint statement)" in render_html(data, lang="en")


@pytest.mark.parametrize("text, words, speaker, co_speakers", [
    # "ujar keduanya" after the joint statement: the same two
    ("DENPASAR - Kapolda Bali Irjen Daniel Adityajaya dan Bupati Badung Giri Prasta kompak mengatakan, "
     "“Pengamanan sudah kami siapkan sejak sepekan lalu.” Personel gabungan disiagakan di pantai. "
     "“Kami minta wisatawan tetap tertib,” ujar keduanya.", "wisatawan tetap tertib", "Daniel Adityajaya", ["Giri Prasta"]),
    ("Ahmad Subagyo dan Budi Hartono mengatakan, “Kami akan melapor ke polisi.” Keduanya menegaskan, "
     "“Kami punya bukti.”", "punya bukti", "Ahmad Subagyo", ["Budi Hartono"]),
    # no joint statement before: nobody, not a guess
    ("“Kami minta wisatawan tetap tertib,” ujar keduanya di Kuta.", "wisatawan tetap tertib", None, []),
])
def test_keduanya_points_back_to_the_last_joint_statement(text: str, words: str, speaker: str | None,
                                                         co_speakers: list[str]) -> None:
    doc = analysed(text, "id")
    q = quote_with(doc, words)
    assert q.speaker_name == speaker
    assert [c.name for c in q.co_speakers] == co_speakers


@pytest.mark.parametrize("text, words", [
    # a list of a role's fields, opened before the comma
    ("Direktur Keuangan, Strategi dan Risiko Bank Sejahtera Hendra Wijaya mengatakan, “Laba kami naik tahun ini.”",
     "Laba kami"),
    # one body whose name holds "dan", then its acronym
    ("Dinas Kelautan dan Perikanan (DKP) Kabupaten Gunungkidul menyebut, “Ada 13 titik konservasi.”", "13 titik"),
    # "dan" in a phrase about two people, who do not speak
    ("Kedekatan antara Ahmad Subagyo dan Budi Hartono dipuji warga. “Mereka selalu datang,” kata Rina Wulandari.",
     "selalu datang"),
])
def test_no_joint_speakers_for_role_fields_a_body_name_or_a_phrase_about_two(text: str, words: str) -> None:
    q = quote_with(analysed(text, "id"), words)
    assert q.co_speakers == []


def test_a_joint_statement_named_by_its_other_speaker_is_no_attribution_conflict() -> None:
    quote = "“Harga beras akan turun bulan depan karena panen raya sudah dimulai,”"
    pair = [analysed(f"{quote} kata Ahmad Subagyo dan Budi Hartono di Jakarta, Selasa.", "id", "d1", "Kabar Jakarta"),
            analysed(f"{quote} kata Budi Hartono dan Ahmad Subagyo kepada wartawan, Selasa.", "id", "d2", "Warta Kota")]
    part = reconcile_story(Story(id="s1", docs=["d1", "d2"], label="Harga beras"), pair)
    assert [x for x in part.discrepancies if x.kind == "attribution"] == []
    # someone else entirely is still a conflict
    other = [analysed(f"{quote} kata Ahmad Subagyo dan Budi Hartono di Jakarta, Selasa.", "id", "d1", "Kabar Jakarta"),
             analysed(f"{quote} kata Rina Wulandari di Jakarta, Selasa.", "id", "d3", "Suara Pasar")]
    part = reconcile_story(Story(id="s2", docs=["d1", "d3"], label="Harga beras"), other)
    assert [x.status for x in part.discrepancies if x.kind == "attribution"] == ["contradiction"]


@pytest.mark.parametrize("lang, label", [("en", "joint statement"), ("id", "pernyataan bersama")])
def test_web_claim_text_names_every_joint_speaker(lang: str, label: str) -> None:
    from ceksilang.web.views import describe_claim

    claim = {"kind": "quote", "claimant": "Daniel Adityajaya", "value": "Pengamanan sudah kami siapkan.",
             "scope": {"co_speakers": ["Giri Prasta"]}}
    assert describe_claim(claim, lang) == f"Daniel Adityajaya, Giri Prasta ({label}): “Pengamanan sudah kami siapkan.”"
    claim["scope"] = {}
    assert describe_claim(claim, lang) == "Daniel Adityajaya: “Pengamanan sudah kami siapkan.”"


# --------------------------------------------------------------------------- an office for the person named before


def test_quotes_a_glued_head_alone_stands_for_the_holder_named_before():
    # "Kasatlantas menegaskan" after "Kepala Satlantas Polresta ... Komisaris Polisi <name>" (invented names)
    doc = analysed("CILACAP - Polisi menyelidiki kecelakaan pikap di Kedungreja.\n"
                   "\"Pikap itu melaju kencang dari arah timur,\" kata Kepala Satlantas Polresta Cilacap Komisaris "
                   "Polisi Damar Wicaksono di Cilacap, Minggu.\n"
                   "Kasatlantas menegaskan bahwa kabar lima korban meninggal tidak benar.\n"
                   "\"Kami masih meminta keterangan para saksi,\" katanya.", "id")
    assert quote_with(doc, "kabar lima korban").speaker_name == "Damar Wicaksono"
    assert quote_with(doc, "meminta keterangan").speaker_name == "Damar Wicaksono"


def test_quotes_a_glued_head_nobody_holds_is_no_one_named_before():
    doc = analysed("CILACAP - Polisi menyelidiki kecelakaan pikap di Kedungreja.\n"
                   "\"Pikap itu melaju kencang dari arah timur,\" kata Kepala Satlantas Polresta Cilacap Komisaris "
                   "Polisi Damar Wicaksono di Cilacap, Minggu.\n"
                   "Kasatreskrim menegaskan bahwa kasus itu belum naik ke penyidikan.", "id")
    assert not [q for q in doc.quotes if "belum naik" in q.text and q.speaker_name == "Damar Wicaksono"]


def test_quotes_a_former_office_with_a_demonstrative_points_back_at_the_person_named():
    # "Mantan Pangkoarmada itu, mengungkapkan ...": one capitalised word after "mantan" and before
    # "itu" is an office the person named before held, no other speaker (invented names)
    doc = analysed("VIVA - Gubernur Sulawesi Barat, Arman Sutedja bicara soal gaya bicaranya yang keras.\n"
                   "\"Saya sudah belajar bicara lembut,\" kata Arman di Mamuju, Jumat.\n"
                   "Mantan Pangkoarmada itu, mengungkapkan bicara lembut malah membuatnya sakit.\n"
                   "\"Tiga bulan saya sakit. Yang penting sekarang saya sehat,\" kata mantan Ketua Umum KONI itu.", "id")
    assert quote_with(doc, "Tiga bulan saya sakit").speaker_name == "Arman Sutedja"
