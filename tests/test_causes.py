"""The cause of one fire, crash or blast told as two kinds of cause by independent outlets (disc49)."""

from __future__ import annotations

from ceksilang.model import Document
from ceksilang.reconcile.causes import cause_conflicts, event_cause_words, stated_causes
from ceksilang.reconcile.discrepancies import detail_discrepancies
from tests.test_prose_counts import make_doc as a_report


def make_doc(doc_id: str, text: str, outlet: str, published: str = "2024-05-12") -> Document:
    return a_report(doc_id, text, outlet, published)


def causes_of(text: str) -> list[tuple[str, str]]:
    return [(t.happening, t.family) for t in stated_causes(make_doc("a", text, "A"), "A", event_cause_words())]


def conflicts(*docs: Document) -> list:
    return cause_conflicts("s", list(docs), {d.id: d for d in docs})


def test_a_cause_is_read_near_its_cue_in_a_sentence_of_the_happening():
    assert causes_of("Kebakaran rumah itu diduga akibat korsleting listrik.") == [("fire", "electrical")]
    assert causes_of("Puntung rokok menjadi penyebab kebakaran gedung itu.") == [("fire", "cigarette")]
    assert causes_of("Kecelakaan bus itu diduga karena sopir mengantuk.") == [("crash", "fatigue")]
    # no cue, no happening, a denied cause, a factor among others: nothing stated
    assert causes_of("Warga diimbau memeriksa instalasi listrik dan kompor gas.") == []
    assert causes_of("Polisi menduga korsleting listrik di ruang server.") == []
    assert causes_of("Polisi memastikan kebakaran itu bukan karena korsleting listrik.") == []
    assert causes_of("Salah satu penyebab kecelakaan itu adalah kelebihan muatan.") == []
    # two kinds of cause in one sentence: a list of guesses, no side
    assert causes_of("Kebakaran diduga karena korsleting listrik atau puntung rokok.") == []


def test_two_outlets_giving_two_kinds_of_cause_for_one_fire_make_one_detail():
    a = make_doc("a", "Kebakaran gudang itu diduga akibat korsleting listrik.", "Kompas")
    b = make_doc("b", "Api yang membakar gudang berasal dari puntung rokok, sehingga terjadi kebakaran besar.", "Tempo")
    found = conflicts(a, b)
    assert len(found) == 1 and found[0].docs == ["a", "b"] and found[0].status == "contradiction"
    assert "korsleting listrik" in found[0].explanation and "puntung rokok" in found[0].explanation
    assert any("puntung rokok" in d.explanation for d in detail_discrepancies("s", [a, b], {"a": a, "b": b}, []))


def test_one_cause_in_other_words_a_report_naming_both_or_days_apart_is_no_detail():
    a = make_doc("a", "Kebakaran lapas itu disebabkan oleh korsleting listrik.", "A")
    same = make_doc("b", "Kebakaran lapas itu dipicu arus pendek listrik di blok C.", "B")
    assert conflicts(a, same) == []
    sleepy = make_doc("c", "Kecelakaan bus itu diduga karena sopir mengantuk.", "C")
    tired = make_doc("d", "Penyebab kecelakaan bus adalah microsleep akibat kelelahan.", "D")
    assert conflicts(sleepy, tired) == []
    # the other report tells of the first guess and of the finding: it takes both sides
    both = make_doc("e", "Kebakaran itu disebabkan puntung rokok. Sebelumnya sempat diduga ada korsleting listrik.", "E")
    assert conflicts(a, both) == []
    later = make_doc("f", "Polisi menyimpulkan kebakaran lapas itu akibat puntung rokok.", "F", published="2024-06-20")
    assert conflicts(a, later) == []
    # one outlet's two reports are one source, not two
    again = make_doc("g", "Kebakaran lapas itu akibat puntung rokok.", "A")
    assert conflicts(a, again) == []


def test_what_often_causes_fires_is_no_cause_of_this_one_and_a_slot_already_told_is_told_once():
    assert causes_of("Petugas damkar menyebut korsleting listrik sering jadi penyebab kebakaran.") == []
    a = make_doc("a", "Kebakaran rumah di Tebet diduga akibat korsleting listrik, kata petugas damkar.", "Detik")
    b = make_doc("b", "Kebakaran rumah di Tebet diduga akibat tabung gas bocor, kata petugas damkar.", "Kompas")
    assert len(conflicts(a, b)) == 1
    # the exclusive slot "cause" reads the same pair in one sentence told twice: one item, not two
    found = [d for d in detail_discrepancies("s", [a, b], {"a": a, "b": b}, []) if "tabung gas" in d.explanation]
    assert len(found) == 1
