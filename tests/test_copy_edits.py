"""What a reprint changed (ceksilang/reconcile/copy_edits.py): a copy (``derived_from``) that keeps its original's
sentences but writes another figure, name or quote there is shown as an ``edit`` item naming both outlets and both
sentences; punctuation, a number written in words, a name spelt another way and the copy's own added sentences are not."""

from __future__ import annotations

from functools import lru_cache

import pytest

from ceksilang.extract.pipeline import extract_document
from ceksilang.model import Document, Source
from ceksilang.reconcile.copy_edits import copy_changes, copy_edit_discrepancies
from ceksilang.render.explain import english

ORIGINAL = [
    "Kebakaran melanda gudang tekstil di kawasan industri Cikarang pada Selasa dini hari.",
    "Kepala Dinas Pemadam Kebakaran Kabupaten Bekasi, Imam Santoso, mengatakan sebanyak 14 unit mobil pemadam dikerahkan ke lokasi kejadian.",
    "Api baru dapat dipadamkan setelah petugas bekerja selama enam jam di tengah asap tebal.",
    "\"Kami menduga api berasal dari korsleting listrik di ruang produksi lantai dua,\" kata Imam kepada wartawan.",
    "Polisi masih memeriksa saksi untuk memastikan penyebab kebakaran gudang itu.",
]


@lru_cache(maxsize=None)
def _extracted(doc_id: str, outlet: str, text: str) -> Document:
    return extract_document(Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, outlet=outlet,
                                     published="2025-03-04", language="id"))


def _pair(copy_sentences: list[str]) -> tuple[Document, Document]:
    original = _extracted("asal", "Kabar Bekasi", " ".join(ORIGINAL))
    copy = _extracted("salinan", "Warta Cikarang", " ".join(copy_sentences))
    copy.derived_from = original.id
    return copy, original


def _with(index: int, sentence: str) -> list[str]:
    return [sentence if i == index else s for i, s in enumerate(ORIGINAL)]


def test_a_changed_figure_in_a_kept_sentence_is_one_edit_with_both_sentences():
    copy, original = _pair(_with(1, ORIGINAL[1].replace("14 unit", "24 unit")))
    found = copy_edit_discrepancies("story-1", [original, copy])
    assert len(found) == 1
    item = found[0]
    assert item.kind == "edit" and item.docs == ["asal", "salinan"]
    assert item.edit["field"] == "figure"
    assert "14" in item.edit["before"] and "24" in item.edit["after"]
    assert item.edit["context_before"] == ORIGINAL[1] and "24 unit" in item.edit["context_after"]
    assert item.edit["copied_from"]["outlet"] == "Kabar Bekasi" and item.edit["outlet"] == "Warta Cikarang"
    said = english(item.message)
    assert "Warta Cikarang" in said and "Kabar Bekasi" in said and "24" in said


def test_a_word_for_the_same_number_punctuation_and_the_copys_own_sentence_are_no_edit():
    sentences = _with(2, ORIGINAL[2].replace("enam jam", "6 jam"))
    sentences[3] = sentences[3].replace("lantai dua,\"", "lantai dua.\"")
    sentences.append("Kerugian akibat kebakaran itu ditaksir mencapai Rp 3 miliar menurut pemilik gudang tersebut.")
    copy, original = _pair(sentences)
    assert copy_changes(copy, original) == []


def test_another_person_named_in_a_kept_sentence_is_a_name_edit_but_a_spelling_is_not():
    copy, original = _pair(_with(1, ORIGINAL[1].replace("Imam Santoso", "Bambang Hermawan")))
    changes = copy_changes(copy, original)
    assert [(c["field"], c["before"], c["after"]) for c in changes] == [("name", "Imam Santoso", "Bambang Hermawan")]
    copy, original = _pair(_with(1, ORIGINAL[1].replace("Imam Santoso", "Imam Santosa")))
    assert copy_changes(copy, original) == []


def test_words_cut_from_a_quote_are_a_quote_edit():
    copy, original = _pair(_with(3, ORIGINAL[3].replace(" di ruang produksi lantai dua", "")))
    changes = copy_changes(copy, original)
    assert [c["field"] for c in changes] == ["quote"]
    assert "lantai dua" in changes[0]["before"] and "lantai dua" not in changes[0]["after"]


def test_no_edit_between_two_reports_that_are_not_marked_a_copy():
    copy, original = _pair(_with(1, ORIGINAL[1].replace("14 unit", "24 unit")))
    copy.derived_from = None
    assert copy_edit_discrepancies("story-1", [original, copy]) == []


def test_copies_check66_keadilan_reprint_shows_151_changed_to_153(tmp_path):
    """copies_check66 tune pair P12: MINA and Keadilan.net reprint one Antara article; the gold says the copy
    writes 153 dead where the other has 151. Needs the stored pages ($CEKSILANG_DISC66_TEXTS)."""
    from .test_copies_check66 import _pages

    pages = _pages()  # skips when the texts are absent
    from ceksilang.reconcile.derive import mark_derived

    docs = [_extracted(k, pages[k]["outlet"], pages[k]["text"]) for k in ("it0-mina", "it0-keadilan")]
    for d, k in zip(docs, ("it0-mina", "it0-keadilan")):
        d.published = pages[k]["published"]
        d.derived_from = None
    mark_derived(docs)
    if not any(d.derived_from for d in docs):
        pytest.fail("the reprint is no longer marked derived_from (derive.py)")
    figures = [c for c in copy_edit_discrepancies("s", docs) if c.edit["field"] == "figure"]
    assert len(figures) == 1
    assert {"151", "153"} <= set(figures[0].explanation.replace("“", " ").replace("”", " ").split())


def test_a_copy_edit_item_is_valid_against_the_briefing_schema_and_reads_in_indonesian():
    import json
    from pathlib import Path

    import jsonschema

    from ceksilang.render.explain import explain

    copy, original = _pair(_with(1, ORIGINAL[1].replace("14 unit", "24 unit")))
    item = copy_edit_discrepancies("story-1", [original, copy])[0].to_dict()
    schema = json.loads((Path(__file__).parents[1] / "ceksilang" / "schema" / "briefing.schema.json").read_text())
    jsonschema.validate(item, {**schema["$defs"]["Discrepancy"], "$defs": schema["$defs"]})
    said = explain(item["message"], "id")
    assert "Warta Cikarang" in said and "Kabar Bekasi" in said and "angka" in said


def test_a_figure_the_other_article_writes_too_is_no_edit():
    """List rows, a live report's next goal, a template filled for another route: both articles write both
    values, only the sentence carrying each differs. A reprint that changed a figure no longer writes the old one."""
    sentences = _with(1, ORIGINAL[1].replace("14 unit", "24 unit"))
    sentences.append("Pada kebakaran sebelumnya di kawasan yang sama, hanya 14 unit mobil pemadam yang dikerahkan petugas.")
    copy, original = _pair(sentences)
    assert [c for c in copy_changes(copy, original) if c["field"] == "figure"] == []


def test_a_word_written_longer_or_shorter_inside_a_quote_is_no_edit():
    copy, original = _pair(_with(3, ORIGINAL[3].replace("Kami menduga", "Kami menduga-duga")))
    assert copy_changes(copy, original) == []


def test_a_negation_put_into_a_quote_is_a_quote_edit():
    copy, original = _pair(_with(3, ORIGINAL[3].replace("Kami menduga", "Kami tidak menduga")))
    assert [c["field"] for c in copy_changes(copy, original)] == ["quote"]


def test_a_person_named_by_office_in_the_copy_is_no_name_edit():
    # copy71's unseen day: Okezone keeps Detik's sentence of the trade minister's release but writes "kata Mendag"
    # where Detik wrote "kata Budi"; the model read both as persons. One person, named two ways: no other person
    from ceksilang.model import Mention

    said = "Kapasitas produksi nasional belum mampu memenuhi kebutuhan industri pengguna, kata {} di Jakarta."
    original = Document(id="asal", source=Source("asal.txt"), text=said.format("Budi"), outlet="Kabar")
    copy = Document(id="salinan", source=Source("salinan.txt"), text=said.format("Mendag"), outlet="Warta",
                    derived_from="asal")
    at = said.index("{}")
    original.mentions = [Mention(doc="asal", start=at, end=at + 4, text="Budi", label="PERSON")]
    copy.mentions = [Mention(doc="salinan", start=at, end=at + 6, text="Mendag", label="PERSON")]
    assert copy_changes(copy, original) == []
    copy.text = said.format("Joko")  # another person in the same place is still shown
    copy.mentions = [Mention(doc="salinan", start=at, end=at + 4, text="Joko", label="PERSON")]
    assert [(c["field"], c["before"], c["after"]) for c in copy_changes(copy, original)] == [("name", "Budi", "Joko")]
