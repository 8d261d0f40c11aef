"""One happening given two incompatible values of a day, a place or a doer by independent outlets (disc52).

The reports are short sentences written for these tests; their names and dates are set by hand where extraction
and linking would set them, so that each test checks the comparison alone.
"""

from __future__ import annotations

import dataclasses

from ceksilang.model import Document, Mention, Source, TimeExpr
from ceksilang.reconcile import same_happening
from ceksilang.reconcile.discrepancies import detail_discrepancies
from ceksilang.reconcile.same_happening import same_happening_conflicts, same_happening_words
from ceksilang.text import split_sentences

PEOPLE = {"Budi Santoso": "person:budi", "Andi Wijaya": "person:andi", "Joko Susilo": "person:joko"}
PLACES = {"Selat Bali": "loc:selat-bali", "Selat Lombok": "loc:selat-lombok", "Paya Lebar": "loc:paya-lebar",
          "Pantai Watu Kodok": "loc:pantai-watu-kodok", "Pantai Watukodok": "loc:pantai-watukodok",
          "Kabupaten Musi Rawas Utara": "loc:musi-rawas-utara", "Kabupaten Muratara": "loc:muratara",
          "Paya Lebar Square": "loc:paya-lebar-square", "Cilincing": "loc:cilincing", "Bekasi": "gpe:bekasi",
          "Bogor": "gpe:bogor"}
SHIPS = {"KM Sinar Laut": "loc:km-sinar-laut"}
DAYS = {"Senin (16/6/2025)": "2025-06-16", "Selasa (17/6/2025)": "2025-06-17", "Kamis (26/6/2025)": "2025-06-26"}


def _spans(text: str, names: dict[str, str]) -> list[tuple[int, int, str, str]]:
    out, taken = [], []
    for name in sorted(names, key=len, reverse=True):  # "Paya Lebar Square" before "Paya Lebar"
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if not any(s < end and start < e for s, e in taken):
                out.append((start, end, name, names[name]))
                taken.append((start, end))
            start = text.find(name, end)
    return out


def report(doc_id: str, text: str, outlet: str, published: str = "2025-06-17") -> Document:
    d = Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), text=text, outlet=outlet, published=published,
                 language="id")
    d.sentences = split_sentences(text)
    for labels, names in (("PERSON", PEOPLE), ("LOC", PLACES), ("LOC", SHIPS)):
        for start, end, name, entity in _spans(text, names):
            label = "GPE" if entity.startswith("gpe:") else labels
            d.mentions.append(Mention(doc=doc_id, start=start, end=end, text=name, label=label, entity=entity))
    for start, end, written, value in _spans(text, DAYS):
        d.dates.append(TimeExpr(doc=doc_id, start=start, end=end, text=written, value=value, precision="day"))
    d.mentions.sort(key=lambda m: m.start)
    return d


def items(*docs: Document) -> list:
    return same_happening_conflicts("s", list(docs), {d.id: d for d in docs}, on=True)


# --- day


def test_one_arrest_given_two_days_by_two_outlets_is_one_item_naming_both():
    a = report("a", "Polisi menangkap Budi Santoso di rumahnya pada Senin (16/6/2025).", "Kompas")
    b = report("b", "Polisi menangkap Budi Santoso pada Selasa (17/6/2025) malam.", "Detik")
    found = items(a, b)
    assert len(found) == 1
    assert found[0].kind == "detail" and found[0].docs == ["a", "b"] and found[0].status == "contradiction"
    assert "Senin (16/6/2025)" in found[0].explanation and "Selasa (17/6/2025)" in found[0].explanation
    assert found[0].message["key"] == "detail.happening_day"


def test_a_day_of_telling_a_repetition_a_far_day_or_a_source_naming_both_days_is_no_item():
    a = report("a", "Polisi menangkap Budi Santoso pada Senin (16/6/2025).", "Kompas")
    told = report("b", "Polisi menangkap Budi Santoso, kata Kapolres kepada wartawan, Selasa (17/6/2025).", "Detik")
    again = report("c", "Polisi kembali menangkap Budi Santoso pada Selasa (17/6/2025).", "Tempo")
    far = report("d", "Polisi menangkap Budi Santoso pada Kamis (26/6/2025).", "Okezone", "2025-06-18")
    both = report("e", "Polisi menangkap Budi Santoso pada Selasa (17/6/2025). Ia dibuntuti sejak Senin (16/6/2025).",
                  "Liputan6")
    for other in (told, again, far, both):
        assert items(a, other) == [], other.text


def test_two_days_of_two_acts_or_of_two_people_are_no_item():
    a = report("a", "Polisi menangkap Budi Santoso pada Senin (16/6/2025).", "Kompas")
    other_act = report("b", "Jaksa memeriksa Budi Santoso pada Selasa (17/6/2025).", "Detik")
    other_man = report("c", "Polisi menangkap Joko Susilo pada Selasa (17/6/2025).", "Tempo")
    assert items(a, other_act) == [] and items(a, other_man) == []


def test_one_outlet_telling_two_days_in_two_reports_is_one_source_and_no_item():
    a = report("a", "Polisi menangkap Budi Santoso pada Senin (16/6/2025).", "Kompas")
    b = report("b", "Polisi menangkap Budi Santoso pada Selasa (17/6/2025).", "Kompas")
    assert items(a, b) == []


def test_a_bare_clock_gives_no_day_of_the_happening():
    # mend46: "pukul 08.00 WIB" alone takes its day from the report's date, which is no day the sentence tells
    a = report("a", "Polisi menangkap Budi Santoso pada Senin (16/6/2025).", "Kompas")
    text = "Polisi menangkap Budi Santoso pukul 08.00 WIB."
    b = report("b", text, "Detik")
    start = text.index("pukul")
    b.dates.append(TimeExpr(doc="b", start=start, end=start + len("pukul 08.00 WIB"), text="pukul 08.00 WIB",
                            value="2025-06-17T08:00:00+07:00", precision="minute", kind="relative"))
    assert items(a, b) == []
    # the clock written with its day still gives that day
    text = "Polisi menangkap Budi Santoso pada Selasa (17/6/2025) pukul 08.00 WIB."
    c = report("c", text, "Tempo")
    c.dates = [TimeExpr(doc="c", start=text.index("Selasa"), end=text.index(" WIB") + 4,
                        text="Selasa (17/6/2025) pukul 08.00 WIB", value="2025-06-17T08:00:00+07:00",
                        precision="minute", kind="absolute")]
    assert len(items(a, c)) == 1


# --- place


def test_one_capsizing_placed_in_two_straits_is_one_place_item():
    a = report("a", "KM Sinar Laut terbalik di Selat Bali pada dini hari.", "Kompas")
    b = report("b", "KM Sinar Laut terbalik di Selat Lombok setelah dihantam ombak.", "Detik")
    found = items(a, b)
    assert len(found) == 1 and found[0].message["key"] == "detail.happening_place"
    assert "Selat Bali" in found[0].explanation and "Selat Lombok" in found[0].explanation
    # a verb with no opening of a verb ("tenggelam") is not read as a predicate: no happening, no item
    assert items(report("c", "KM Sinar Laut tenggelam di Selat Bali.", "Kompas"),
                 report("d", "KM Sinar Laut tenggelam di Selat Lombok.", "Detik")) == []


def test_a_more_precise_place_a_home_or_a_place_the_other_names_too_is_no_item():
    a = report("a", "Budi Santoso dikerubungi penggemar di Paya Lebar.", "Detik")
    precise = report("b", "Budi Santoso dikerubungi penggemar di Paya Lebar Square.", "Tribunnews")
    assert items(a, precise) == []
    home = report("c", "Budi Santoso, warga Cilincing, ditangkap di Bekasi.", "Kompas")
    home_b = report("d", "Budi Santoso ditangkap di Bogor. Ia warga Bekasi.", "Tempo")
    assert items(home, home_b) == []  # Tempo names Bekasi too: it tells of both
    home_c = report("e", "Budi Santoso ditangkap di rumahnya, warga Cilincing.", "Okezone")
    assert items(report("f", "Budi Santoso ditangkap di Bogor.", "Detik"), home_c) == []


def test_where_someone_was_taken_from_or_to_is_no_place_of_the_act():
    # mend46: "dari"/"ke" tell a direction (where from, where to), two ends of one journey, not two sites
    a = report("a", "Budi Santoso dilarikan ke Bogor untuk dirawat.", "Kompas")
    b = report("b", "Budi Santoso dilarikan dari Bekasi pada malam hari.", "Detik")
    assert items(a, b) == []


def test_one_place_spelt_two_ways_clipped_or_told_with_its_level_word_is_no_item():
    pairs = [("Pantai Watu Kodok", "Pantai Watukodok"), ("Kabupaten Musi Rawas Utara", "Kabupaten Muratara"),
             ("Kabupaten Musi Rawas Utara", "Kabupaten Musi Rawas Utara")]
    for one, other in pairs:
        a = report("a", f"Budi Santoso terseret ombak di {one} saat berenang.", "Detik")
        b = report("b", f"Budi Santoso terseret ombak di {other} pada sore hari.", "IDN Times")
        assert items(a, b) == [], (one, other)


# --- agent


def test_one_act_given_two_doers_is_one_agent_item():
    a = report("a", "Budi Santoso dipukul oleh Andi Wijaya hingga pingsan.", "Kompas")
    b = report("b", "Budi Santoso dipukul oleh Joko Susilo di depan warung.", "Detik")
    found = items(a, b)
    assert len(found) == 1 and found[0].message["key"] == "detail.happening_agent"
    assert "Andi Wijaya" in found[0].explanation and "Joko Susilo" in found[0].explanation


def test_two_doers_one_source_names_both_of_or_another_act_are_no_item():
    a = report("a", "Budi Santoso dipukul oleh Andi Wijaya hingga pingsan.", "Kompas")
    both = report("b", "Budi Santoso dipukul oleh Joko Susilo. Andi Wijaya ikut mengeroyok.", "Detik")
    other_act = report("c", "Budi Santoso ditolong oleh Joko Susilo.", "Tempo")
    assert items(a, both) == [] and items(a, other_act) == []
    # a person before an active verb is not read as the one doer: many do the same act
    praise_a = report("d", "Andi Wijaya mengapresiasi langkah Budi Santoso.", "Liputan6")
    praise_b = report("e", "Joko Susilo mengapresiasi langkah Budi Santoso.", "Okezone")
    assert items(praise_a, praise_b) == []


# --- the setting


def test_the_comparison_is_off_unless_the_language_data_turns_it_on():
    a = report("a", "Polisi menangkap Budi Santoso pada Senin (16/6/2025).", "Kompas")
    b = report("b", "Polisi menangkap Budi Santoso pada Selasa (17/6/2025).", "Detik")
    found = same_happening_conflicts("s", [a, b], {"a": a, "b": b})
    assert found == [] if not same_happening_words().on else len(found) == 1


def test_documents_another_rule_told_apart_are_not_told_again():
    a = report("a", "Polisi menangkap Budi Santoso pada Senin (16/6/2025).", "Kompas")
    b = report("b", "Polisi menangkap Budi Santoso pada Selasa (17/6/2025).", "Detik")
    told = items(a, b)
    assert len(told) == 1
    assert same_happening_conflicts("s", [a, b], {"a": a, "b": b}, told=told, on=True) == []


def test_the_detail_rules_run_the_comparison_only_when_the_setting_is_on(monkeypatch):
    a = report("a", "Budi Santoso dipukul oleh Andi Wijaya hingga pingsan.", "Kompas")
    b = report("b", "Budi Santoso dipukul oleh Joko Susilo di depan warung.", "Detik")
    # an arrest dated two days: the occasion rule tells it already, the comparison does not tell it again
    c = report("c", "Polisi menangkap Budi Santoso pada Senin (16/6/2025).", "Kompas")
    d = report("d", "Polisi menangkap Budi Santoso pada Selasa (17/6/2025).", "Detik")

    def keys(*docs: Document) -> list:
        return [x.message["key"] for x in detail_discrepancies("s", list(docs), {x.id: x for x in docs}, [])]

    words = same_happening_words()
    for on in (False, True):
        monkeypatch.setattr(same_happening, "same_happening_words",
                            lambda language="id", on=on: dataclasses.replace(words, on=on))
        assert keys(a, b).count("detail.happening_agent") == (1 if on else 0)
        assert keys(c, d) == ["detail.occasion_day"]
