"""The one reader of initials told two ways (reconcile/initials.py): one person of a role written by other initials
at the same age (disc78: a `detail` item of the name, a contradiction when a letter differs, explained when the
letters of one are among the other's; never two people of one role, never at two ages, never where an outlet writes
both), and one person of a group (disc48's rule, tested in test_reconcile.py); one item per pair of initials."""

from __future__ import annotations

from ceksilang.model import Document, Source
from ceksilang.reconcile.discrepancies import age_in_brackets
from ceksilang.reconcile.initials import initials_conflicts
from ceksilang.text import split_sentences


def doc(doc_id: str, text: str, outlet: str | None = None) -> Document:
    d = Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, outlet=outlet or f"Outlet {doc_id}",
                 published="2024-12-01", language="id")
    d.sentences = split_sentences(text)
    return d


def items(*docs: Document) -> list:
    return initials_conflicts("s1", list(docs), {d.id: d for d in docs}, age_in_brackets())


def test_a_grandmother_at_one_age_under_other_initials_is_a_contradiction_naming_both():
    a = doc("a", "Remaja itu diduga membunuh ayahnya, APW (40), dan neneknya, RM (69), di rumah mereka.")
    b = doc("b", "Seorang remaja diduga membunuh ayahnya, APW (40), dan neneknya, RW (69), Sabtu dini hari.")
    found = items(a, b)
    assert len(found) == 1
    item = found[0]
    assert item.kind == "detail" and item.status == "contradiction" and item.docs == ["a", "b"]
    assert "RM (69)" in item.explanation and "RW (69)" in item.explanation


def test_a_drivers_initials_with_a_letter_added_are_explained():
    a = doc("a", "Sopir truk berinisial AP (35) kini diperiksa polisi.")
    b = doc("b", "Polisi memeriksa sopir berinisial APW (35) usai kecelakaan itu.")
    found = items(a, b)
    assert len(found) == 1 and found[0].status == "explained"


def test_two_suspects_named_by_one_outlet_are_never_set_against_another_outlets_one():
    a = doc("a", "Polisi mengamankan pelaku berinisial AW (24) dan pelaku berinisial DD (24).")
    b = doc("b", "Polisi menangkap pelaku berinisial LA (24) di rumahnya.")
    assert items(a, b) == []


def test_two_ages_are_two_people_not_other_initials():
    a = doc("a", "Pengendara sepeda motor inisial MI (17) meninggal dunia di tempat.")
    b = doc("b", "Pengendara lain berinisial AF (20) mengalami luka lecet.")
    assert items(a, b) == []


def test_the_mother_and_the_father_are_two_roles():
    a = doc("a", "Ia juga melukai ibunya, AP (40), yang kini dirawat.")
    b = doc("b", "Ia membunuh ayahnya, APW (40), dengan pisau dapur.")
    assert items(a, b) == []


def test_an_outlet_writing_both_initials_tells_two_people():
    a = doc("a", "Korban berinisial SR (30) tewas, sedangkan rekannya NK selamat.")
    b = doc("b", "Korban berinisial NK (30) tewas di lokasi.")
    assert items(a, b) == []


def test_one_outlet_is_one_source():
    a = doc("a", "Sopir truk berinisial EF (35) ditangkap.", outlet="Same")
    b = doc("b", "Sopir truk berinisial ES (35) ditangkap.", outlet="Same")
    assert items(a, b) == []


def test_capitals_without_a_cue_or_an_age_are_no_initials():
    a = doc("a", "Korban dibawa ke RSUD Tongas oleh tim SAR.")
    b = doc("b", "Korban dibawa ke RS Bhayangkara oleh tim BPBD.")
    assert items(a, b) == []


def test_dotted_initials_and_an_age_with_its_unit_are_read_as_the_age_reader_reads_them():
    a = doc("a", "Sopir truk berinisial M.R. (27 tahun) kini ditahan di Polres.")
    b = doc("b", "Polisi menahan sopir berinisial MS (27) usai kecelakaan itu.")
    (item,) = items(a, b)
    assert item.status == "contradiction" and "MR (27)" in item.explanation and "MS (27)" in item.explanation


def test_one_pair_of_initials_found_by_both_rules_is_one_item():
    # the group rule (every person but one the same) and the role rule (one victim each, one age) both see MW / MM
    a = doc("a", "Polisi menyebut korban berinisial MW (32) dan temannya ODE (39) dirawat.")
    b = doc("b", "Polisi menyebut korban berinisial MM (32) dan temannya ODE (39) dirawat.")
    found = items(a, b)
    assert len(found) == 1 and "MW (32)" in found[0].explanation and "MM (32)" in found[0].explanation


def test_the_head_comes_first_a_victims_wife_is_not_the_victim():
    # mend59: "Istri korban, AS (30)" names the victim's wife; set against the victim "korban berinisial AN (30)" of
    # another outlet it is another person, never the victim written by other initials
    a = doc("a", "Istri korban, AS (30), histeris saat jenazah tiba di rumah duka.")
    b = doc("b", "Korban berinisial AN (30) tewas di lokasi kejadian.")
    assert items(a, b) == []
    # the father of the suspect and the suspect; a lawyer of the victim and the victim
    assert items(doc("a", "Ayah pelaku, HS (45), ikut diperiksa polisi."),
                 doc("b", "Polisi menangkap pelaku berinisial HR (45) di rumahnya.")) == []
    assert items(doc("a", "Kuasa hukum korban, RT (45), menyebut kliennya trauma."),
                 doc("b", "Korban berinisial RS (45) masih dirawat.")) == []


def test_the_victims_wife_in_two_outlets_is_one_person_of_one_role():
    # the same relation told by both: the victim's wife at 30, "AS" against "AN": one person under other initials
    a = doc("a", "Istri korban, AS (30), histeris saat jenazah tiba di rumah duka.")
    b = doc("b", "Menurut istri korban, AN (30), suaminya berangkat pagi.")
    found = items(a, b)
    assert len(found) == 1 and found[0].status == "contradiction"
    # the suspect's wife is not the victim's wife
    c = doc("c", "Istri pelaku, AN (30), mengaku tidak tahu.")
    assert items(a, c) == []


def test_one_suspect_under_other_initials_is_one_item_not_one_per_rule():
    # mend59: the identity-name rule ("pelaku berinisial X") and the role rule both read this; the user gets one item
    from ceksilang.reconcile.discrepancies import detail_discrepancies

    a = doc("a", "Polisi menangkap pelaku berinisial HS (45) di rumahnya pada Senin malam.")
    b = doc("b", "Pelaku berinisial RT (45) ditangkap polisi di rumahnya pada Senin malam.")
    found = [d for d in detail_discrepancies("s1", [a, b], {"a": a, "b": b}, [])
             if "HS" in d.explanation and "RT" in d.explanation]
    assert len(found) == 1, [d.explanation for d in found]


def test_every_initials_cue_is_read_by_the_quote_finder_and_the_identity_rule_alike():
    # one list of cues (initials.yaml): a cue the initials reader knows is known to the other two readers too
    from ceksilang.extract.quotes import load_quote_patterns
    from ceksilang.lang import initials_cues
    from ceksilang.reconcile.discrepancies import _naming_words
    from ceksilang.reconcile.initials import initials_words

    cues = initials_cues()
    assert {"berinisial", "diinisialkan"} <= cues
    assert initials_words().cues == cues == _naming_words().initials
    assert cues <= load_quote_patterns().party_naming_words


def test_an_outlet_writing_the_others_initials_with_dots_tells_two_people():
    # mend59: the reader takes "M.S." as MS, so the guard does too: this outlet names both MR and M.S.
    a = doc("a", "Sopir truk berinisial MR (27) ditahan, sedangkan kernetnya, M.S., dipulangkan.")
    b = doc("b", "Polisi menahan sopir berinisial MS (27) usai kecelakaan itu.")
    assert items(a, b) == []


def test_initials_are_read_up_to_the_letters_the_data_allows(monkeypatch):
    # mend59: the shape is built from initials.yaml's max_letters, not fixed in the code
    from ceksilang.reconcile import initials as module

    # four letters, as the data says today: five capitals are a word, not initials
    assert module.initials_words().pattern.search("pelaku berinisial ABCDE (30)") is None
    real = module.load_data

    def five_letters(name, language="id"):
        data = real(name, language)
        return {**data, "max_letters": 5} if name == "initials" else data

    monkeypatch.setattr(module, "load_data", five_letters)
    module.initials_letters.cache_clear()
    module.initials_words.cache_clear()
    try:
        iw = module.initials_words()
        assert iw.pattern.search("pelaku berinisial ABCDE (30)").group(1) == "ABCDE"
        found = module.initials_readings(doc("a", "Polisi menangkap pelaku berinisial ABCDE (30) di rumahnya."), "a",
                                         iw, age_in_brackets())
        assert [r.initials for r in found] == ["ABCDE"]
    finally:
        module.initials_letters.cache_clear()
        module.initials_words.cache_clear()


def test_a_married_couple_is_two_people_not_a_wife():
    # mend59: "suami istri" is a pair, not "the husband's wife": neither person is compared as a wife
    a = doc("a", "Kedua korban adalah pasangan suami istri berinisial RT (42) dan AN (41).")
    b = doc("b", "Polisi juga memeriksa seorang istri berinisial RS (42) yang tinggal di sebelah rumah korban.")
    assert items(a, b) == []
