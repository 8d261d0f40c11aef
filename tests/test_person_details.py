"""A person's role or title told two ways by two outlets (issue 20, disc37)."""

from __future__ import annotations

import pytest

from ceksilang.model import Document, Mention, Source
from ceksilang.reconcile.discrepancies import detail_discrepancies
from ceksilang.reconcile.person_details import one_person_named, person_role_conflicts
from ceksilang.text import split_sentences


def doc(doc_id: str, text: str, people: list[str], published: str = "2024-05-07") -> Document:
    d = Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, outlet=f"Outlet {doc_id}",
                 published=published, language="id")
    d.sentences = split_sentences(text)
    for name in people:  # the tagger's PERSON spans: the first place each name is written
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name, label="PERSON"))
    return d


def items(*docs: Document) -> list:
    return person_role_conflicts("s1", list(docs), {d.id: d for d in docs})


def test_one_man_the_trucks_helper_in_one_outlet_and_its_mechanic_in_another_is_an_item():
    a = doc("a", "Truk itu dikemudikan Umar. Kernet truk, Slamet, tewas di tempat.", ["Umar", "Slamet"])
    b = doc("b", "Truk dikemudikan Umar (21 tahun) dan mekanik Slamet (20) menghantam rumah warga.",
            ["Umar", "Slamet"])
    found = items(a, b)
    assert len(found) == 1
    assert found[0].kind == "detail" and found[0].status == "contradiction"
    assert "Kernet truk, Slamet" in found[0].explanation and "mekanik Slamet" in found[0].explanation


def test_a_kapolsek_in_one_report_and_a_kapolres_in_another_is_an_item():
    a = doc("a", "Kapolsek Cisauk AKP Dhady Arsya mengatakan warga sudah menegur mereka.", ["Dhady Arsya"])
    b = doc("b", "Kapolres Tangsel AKP Dhady Arsya mengatakan warga sudah menegur mereka.", ["Dhady Arsya"])
    found = items(a, b)
    assert len(found) == 1 and "Kapolres" in found[0].explanation


def test_a_rank_told_two_ways_is_an_item_and_a_rank_written_out_is_the_same_rank():
    a = doc("a", "Kanit Laka Polres Cianjur, Iptu Irwan Alexander, menuturkan rem truk blong.", ["Irwan Alexander"])
    b = doc("b", "Kepala Unit Kecelakaan Polres Cianjur Inspektur Satu Irwan Alexander menjelaskan hal itu.",
            ["Irwan Alexander"])
    c = doc("c", "Kanit Laka Polres Cianjur AKP Irwan Alexander menjelaskan hal itu.", ["Irwan Alexander"])
    assert items(a, b) == []
    found = items(a, c)
    assert len(found) == 1 and "AKP Irwan Alexander" in found[0].explanation


@pytest.mark.parametrize("text_b,people_b", [
    # the same role written another way, the name spelt with a slip
    ("Pengemudi truk, Hendrik Prayetno (33), selamat.", ["Hendrik Prayetno"]),
    ("Truk yang disopiri Hendrik Prayitno selamat.", ["Hendrik Prayitno"]),
    # a role held by another man of another name
    ("Kernet truk, Riko Aditya (33), tewas.", ["Riko Aditya"]),
    # roles of a list, in order: no role for one of them
    ("Sopir dan kernet truk, Hendrik Prayetno dan Riko Aditya, tewas.", ["Hendrik Prayetno", "Riko Aditya"]),
    # a former holder, and the driver's wife: not his role now, not his role at all
    ("Istri sopir Hendrik Prayetno menangis di rumah sakit.", ["Hendrik Prayetno"]),
])
def test_no_item_for_one_role_written_two_ways_a_list_or_someone_elses_role(text_b, people_b):
    a = doc("a", "Truk dikemudikan oleh Hendrik Prayetno (33) dari arah barat.", ["Hendrik Prayetno"])
    b = doc("b", text_b, people_b)
    assert items(a, b) == []


def test_an_outlet_giving_one_man_two_roles_takes_no_side():
    a = doc("a", "Sopir truk Budi Santoso selamat. Kernet Budi Santoso terluka.", ["Budi Santoso"])
    b = doc("b", "Mekanik Budi Santoso selamat.", ["Budi Santoso"])
    assert items(a, b) == []


def test_a_new_post_reported_days_later_is_no_contradiction():
    a = doc("a", "Kapolsek Cisauk AKP Dhady Arsya mengatakan hal itu.", ["Dhady Arsya"], published="2024-05-07")
    b = doc("b", "Kapolres Tangsel AKP Dhady Arsya mengatakan hal itu.", ["Dhady Arsya"], published="2024-09-20")
    assert items(a, b) == []


def test_the_tagger_missing_a_name_once_still_reads_the_role_there():
    # "Slamet" is tagged in the second sentence only; "mekanik Slamet" is read all the same
    b = doc("b", "Truk dikemudikan Umar dan mekanik Slamet menghantam rumah. Umar dan Slamet tewas.", [])
    b.mentions.append(Mention(doc="b", start=b.text.rindex("Slamet"), end=b.text.rindex("Slamet") + 6,
                              text="Slamet", label="PERSON"))
    a = doc("a", "Kernet truk, Slamet, tewas di tempat.", ["Slamet"])
    assert len(items(a, b)) == 1


def test_the_detail_rule_lists_the_role_item():
    a = doc("a", "Kernet truk, Slamet, tewas di tempat kejadian pada malam itu.", ["Slamet"])
    b = doc("b", "Mekanik Slamet tewas di tempat kejadian pada malam itu juga.", ["Slamet"])
    found = detail_discrepancies("s1", [a, b], {"a": a, "b": b}, [])
    assert any("Mekanik Slamet" in d.explanation for d in found)


@pytest.mark.parametrize("a,b,one", [
    (["selamet"], ["slamet"], True),
    (["ibnu"], ["ibnu", "bagus", "santoso"], True),
    (["rudi"], ["rida"], False),  # a one-word name under five letters: no slip
    (["dhady", "arsya"], ["budi", "santoso"], False),
])
def test_one_person_named_two_ways(a, b, one):
    assert one_person_named(a, b) is one


def test_an_age_after_a_name_the_tagger_missed_there_is_read_where_it_tagged_the_name_elsewhere():
    a = doc("a", "Sopir truk tewas di tempat. Korban lain, Slamet (21), juga tewas di tempat kejadian.", ["Slamet"])
    b = doc("b", "Truk menghantam rumah warga, mekanik Slamet (20) tewas. Keluarga Slamet datang ke rumah sakit.", [])
    at = b.text.rindex("Slamet")
    b.mentions.append(Mention(doc="b", start=at, end=at + 6, text="Slamet", label="PERSON"))
    found = detail_discrepancies("s1", [a, b], {"a": a, "b": b}, [])
    assert any("Slamet (20)" in d.explanation and "Slamet (21)" in d.explanation for d in found)


def test_one_driver_given_two_ages_by_three_outlets_is_one_item():
    a = doc("a", "Bus yang dikemudikan M Syafii (48) hancur di bagian depan.", ["M Syafii"])
    b = doc("b", "Bus dikemudikan Mochammad Syafii, 45, warga Kelurahan Sekargadung.", ["Mochammad Syafii"])
    c = doc("c", "Sopir bus yang tewas, Syafii (48), warga Doropayung Barat.", ["Syafii"])
    found = [d for d in detail_discrepancies("s1", [a, b, c], {x.id: x for x in (a, b, c)}, [])
             if "two ages" in d.explanation]
    assert len(found) == 1


# --------------------------------------------------------------------------- disc48: who someone is, the ladders
# Mock-up sentences written for these tests in the shape of the reports of the unseen check (no outlet's text).


def test_a_company_commander_in_one_report_and_the_battalions_in_another_is_an_item():
    # the command of a unit, a unit's number, a rank restated in brackets, a name written as one word or two
    a = doc("a", "Tersangka ketiga adalah Komandan Kompi III Brimob Polda Jatim AKP Hasdarman.", ["Hasdarman"])
    b = doc("b", "Perintah datang dari Danyon 3 Brimob Polda Jawa Timur Ajun Komisaris Polisi (AKP) Has Darman.",
            ["Has Darman"])
    found = items(a, b)
    assert len(found) == 1
    assert "Komandan Kompi III" in found[0].explanation and "Danyon 3" in found[0].explanation


@pytest.mark.parametrize("name,text_a,text_b,item", [
    # two ranks of the army's ladder
    ("Andreas Dwi", "Mobil itu dikemudikan Kopda Andreas Dwi.", "Pelaku lain, Koptu Andreas Dwi, ditahan.", True),
    # a rank written out and short, the police's "Brigadir" and "Brigpol", a general written out
    ("Budi Prihatio", "Motor dikendarai Sersan Satu Budi Prihatio.", "Motor dikendarai Sertu Budi Prihatio.", False),
    ("Yosua Hutabarat", "Baku tembak menewaskan Brigadir Yosua Hutabarat.",
     "Baku tembak menewaskan Brigpol Yosua Hutabarat.", False),
    ("Ahmad Ramadhan", "Hal itu dijelaskan Brigadir Jenderal Ahmad Ramadhan.",
     "Hal itu dijelaskan Brigjen Ahmad Ramadhan.", False),
    # two police ranks of the ladder's lower half
    ("Masias Siahaya", "Penembak itu Bripda Masias Siahaya.", "Penembak itu Briptu Masias Siahaya.", True),
])
def test_two_ranks_of_one_ladder_are_an_item_one_rank_written_two_ways_is_not(name, text_a, text_b, item):
    a, b = doc("a", text_a, [name]), doc("b", text_b, [name])
    assert (len(items(a, b)) == 1) is item


@pytest.mark.parametrize("text_b,item", [
    ("Polisi memeriksa saksi Aditya Hasibuan pada Rabu.", True),
    ("Polisi menahan terduga pelaku Aditya Hasibuan pada Rabu.", False),  # the suspect's side told two ways
    ("Orang tua korban Aditya Hasibuan datang ke Polda.", False),  # the victim's parent: not his role
])
def test_the_suspect_in_one_report_and_a_witness_in_another_is_an_item(text_b, item):
    a = doc("a", "Polda menangani perkara tersangka Aditya Hasibuan yang viral.", ["Aditya Hasibuan"])
    b = doc("b", text_b, ["Aditya Hasibuan"])
    assert (len(items(a, b)) == 1) is item


def test_an_acting_holder_is_no_holder_of_the_post():
    a = doc("a", "Plt. Kapolres Tangsel AKP Dhady Arsya mengatakan hal itu.", ["Dhady Arsya"])
    b = doc("b", "Kapolsek Cisauk AKP Dhady Arsya mengatakan hal itu.", ["Dhady Arsya"])
    assert items(a, b) == []


def test_a_post_after_a_name_in_a_list_is_the_next_persons_title():
    # "AKBP Budi Santoso, Kapolsek Cisauk AKP Dhady Arsya": the Kapolsek is Dhady, not Budi
    a = doc("a", "Hadir AKBP Budi Santoso, Kapolsek Cisauk AKP Dhady Arsya, dan warga.",
            ["Budi Santoso", "Dhady Arsya"])
    b = doc("b", "Kapolres Tangsel AKBP Budi Santoso mengatakan hal itu.", ["Budi Santoso"])
    assert items(a, b) == []


def test_a_teams_captain_is_no_soldiers_rank():
    a = doc("a", "Gol dicetak kapten Jay Idzes pada menit ke-10.", ["Jay Idzes"])
    b = doc("b", "Gol dicetak Mayor Jay Idzes pada menit ke-10.", ["Jay Idzes"])
    assert items(a, b) == []
    c = doc("c", "Mobil dikemudikan Kapten Inf Maman Kardiman.", ["Maman Kardiman"])
    d = doc("d", "Mobil dikemudikan Mayor Inf Maman Kardiman.", ["Maman Kardiman"])
    assert len(items(c, d)) == 1


@pytest.mark.parametrize("post_b, item", [
    ("Direskrimsus Polda Sumsel Kombes M Anwar Reksowidjojo", True),  # the special-crimes director, one r
    ("Dirkrimsus Polda Sumsel Kombes M Anwar Reksowidjojo", True),
    ("Direktur Reskrimum Polda Sumsel, Kombes Pol M Anwar Reksowidjojo", False),  # one post, written out
    ("Direskrimum Polda Sumsel Kombes M Anwar Reksowidjojo", False),  # one post, one r
])
def test_a_directors_post_spelt_short_in_any_of_its_ways_is_read(post_b, item):
    # disc57: "Direskrimsus Polda Sumsel" in one outlet, "Dirreskrimum Polda Sumsel" in two others, the same day
    a = doc("a", "Hal itu dikonfirmasi Dirreskrimum Polda Sumsel, Kombes M Anwar Reksowidjojo, Minggu.",
            ["M Anwar Reksowidjojo"])
    b = doc("b", f"Pelaku sudah ditangkap, tegas {post_b} kepada wartawan.", ["M Anwar Reksowidjojo"])
    found = items(a, b)
    assert (len(found) == 1) is item
    if item:
        assert "Dirreskrimum Polda Sumsel" in found[0].explanation


@pytest.mark.parametrize("text_b, item", [
    ("Identitas korban di antaranya Farid Ahmad (teknisi) dan Mayor Purnawirawan Suanda (penumpang).", True),
    ("Identitas korban di antaranya Farid Ahmad (teknisi) dan Kapten Suanda (co-pilot).", False),
    ("Identitas korban di antaranya Farid Ahmad (teknisi) dan Suanda (penumpang pesawat latih).", False),
])
def test_a_role_alone_in_brackets_after_a_name_is_read(text_b, item):
    # disc57: the crash's second man aboard is the co-pilot in four outlets, a passenger in one
    a = doc("a", "Korban kecelakaan tersebut adalah Capt. Pulu Darmawan (pilot), Capt. Suanda (co-pilot), dan "
                 "Farid Ahmad (teknisi).", ["Pulu Darmawan", "Suanda", "Farid Ahmad"])
    people = ["Farid Ahmad", "Purnawirawan Suanda" if "Purnawirawan" in text_b else "Suanda"]
    b = doc("b", text_b, people)
    found = items(a, b)
    assert (len(found) == 1) is item
    if item:
        assert "Suanda (co-pilot)" in found[0].explanation and "(penumpang)" in found[0].explanation


def test_two_posts_told_on_one_day_are_an_item_though_one_was_told_days_before():
    # disc57: the director's post is "Dirreskrimum" on the 21st, then "Dirreskrimsus" in one outlet and
    # "Dirreskrimum" in another on the 31st: the two of the 31st disagree, whatever the 21st said
    early = doc("e", "Dirreskrimum Polda Sumsel Kombes M Anwar Reksowidjojo menurunkan tim.", ["M Anwar Reksowidjojo"],
                "2023-12-21")
    a = doc("a", "Hal itu dikonfirmasi Dirreskrimum Polda Sumsel, Kombes M Anwar Reksowidjojo, Minggu.",
            ["M Anwar Reksowidjojo"], "2023-12-31")
    b = doc("b", "Pelaku ditangkap, tegas Dirreskrimsus Polda Sumsel Kombes M Anwar Reksowidjojo.",
            ["M Anwar Reksowidjojo"], "2023-12-31")
    assert len(items(early, a, b)) == 1
    assert items(early, b) == []  # ten days apart only: a transfer reported later is no item


def test_a_name_with_its_degrees_is_the_name_without_them():
    # disc57: "Kombes Pol M Anwar Reksowidjojo SIK MH" in one outlet is the "Kombes M Anwar Reksowidjojo" of another
    a = doc("a", "Dirreskrimum Polda Sumsel Kombes Pol M Anwar Reksowidjojo SIK MH masih mendalami pengakuan pelaku.",
            ["M Anwar Reksowidjojo SIK MH"])
    b = doc("b", "Pelaku ditangkap, tegas Dirreskrimsus Polda Sumsel Kombes M Anwar Reksowidjojo.",
            ["M Anwar Reksowidjojo"])
    c = doc("c", "Dirreskrimum Polda Sumsel Kombes Pol M Anwar Reksowidjojo SH SIK menurunkan tim gabungan.",
            ["M Anwar Reksowidjojo SH SIK"])
    found = items(a, b, c)  # three namings of one man, two of them ending in different degrees
    assert len(found) == 1 and "Dirreskrimsus Polda Sumsel" in found[0].explanation
