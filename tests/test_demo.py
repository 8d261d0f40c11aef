"""The demo's promises: every "Expected" line of examples/README.md as an assertion on the
briefing of examples/demo, analysed once for the module as a user runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from ceksilang.cli import main

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "demo"
README = REPO / "examples" / "README.md"

KABARNUSA = "01_kabarnusa_banjir_bulumeta"
INFOKILAT = "02_infokilat_spun_copy"
WIRE = "06_meridian_wire_en"
REWRITE = "07_beritaglobal_wire_rewrite"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("demo")
    code = main(["analyze", str(DEMO), "--out", str(out), "--no-progress"])
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    return {"code": code, "data": data, "html": (out / "briefing.html").read_text(encoding="utf-8")}


def discrepancies(demo: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [d for d in demo["data"]["discrepancies"] if d["kind"] == kind]


def series_dates(explanation: str) -> list[list[str]]:
    """The dates of each claimant's series ("who: 12 (2025-03-03, …) → 17 (2025-03-04, …)")."""
    body = explanation.split(" over time: ", 1)[1].split(". ", 1)[0]
    return [re.findall(r"\((\d{4}-\d\d-\d\d)", part) for part in body.split("; ")]


def test_the_readme_expectations_are_the_ones_tested():
    # a new "Expected" line in the README needs its assertion here
    expected = re.findall(r"\bexpected\b", README.read_text(encoding="utf-8"), re.IGNORECASE)
    assert len(expected) == 9


def test_the_run_exits_1_for_the_broken_input_and_lists_it(demo):
    # Broken input: "the article of line 1 is analysed, and errors lists examples/demo/broken.jsonl#2
    # with a JSON error as its reason"; "The run exits with status 1"
    assert demo["code"] == 1
    (error,) = demo["data"]["errors"]
    assert error["source"].endswith("examples/demo/broken.jsonl#2") and "JSON" in error["reason"]
    assert "kabarnusa-2025-03-09-sar-diperpanjang" in {d["id"] for d in demo["data"]["documents"]}


def test_1_the_death_toll_is_an_evolving_figure_in_publication_order(demo):
    figures = discrepancies(demo, "figure")
    (dead,) = [d for d in figures if d["status"] == "evolving" and "orang meninggal" in d["explanation"]]
    for dates in series_dates(dead["explanation"]):
        assert dates == sorted(dates)
    text = dead["explanation"]
    assert text.index("12 (2025-03-03") < text.index("17 (2025-03-04") < text.index("18 (2025-03-09")
    # the 5 dead of Dusun Ranteboro are another scope: never inside the toll's series
    assert "Ranteboro" not in text
    assert not [d for d in figures if d["status"] == "contradiction"]


def test_1_the_missing_go_9_4_3(demo):
    (missing,) = [d for d in discrepancies(demo, "figure")
                  if d["status"] == "evolving" and "orang hilang" in d["explanation"]]
    text = missing["explanation"]
    assert text.index("9 (2025-03-03") < text.index("4 (2025-03-04") < text.index("3 (2025-03-09")


def test_2_evacuees_of_one_district_and_of_the_regency_are_explained_by_scope(demo):
    (evacuees,) = [d for d in discrepancies(demo, "figure") if "pengungsi" in d["explanation"]]
    assert evacuees["status"] in ("explained", "compatible")
    assert "about 3,000" in evacuees["explanation"] and "Kecamatan Bulumeta" in evacuees["explanation"]
    assert "more than 4,500" in evacuees["explanation"]


def test_3_the_residents_count_of_buried_houses_is_unconfirmed(demo):
    (houses,) = [d for d in discrepancies(demo, "singleton") if "60 rumah" in d["explanation"]]
    assert houses["status"] == "unconfirmed" and houses["docs"] == ["04_suarapesisir_penyintas"]
    assert "Dusun Ranteboro" in houses["explanation"] and "warga" in houses["explanation"]


def test_4_one_quote_two_speakers(demo):
    (quote,) = discrepancies(demo, "attribution")
    assert "Hendra Pakaya" in quote["explanation"] and "Yusran Lamato" in quote["explanation"]
    assert {KABARNUSA, "03_harian_cakrawala"} <= set(quote["docs"])


def test_5_the_bridge_is_down_in_three_outlets_and_lightly_damaged_in_one(demo):
    bridge = [d for d in discrepancies(demo, "detail") if "Jembatan Koroleme" in d["explanation"]]
    (detail,) = bridge
    assert "putus" in detail["explanation"] and "rusak ringan" in detail["explanation"]
    assert "wartakini-2025-03-05-bnpb-pengungsi" in detail["docs"]


def test_6_the_spun_copy_is_derived_not_a_duplicate_nor_a_confirmation(demo):
    docs = {d["id"]: d for d in demo["data"]["documents"]}
    assert docs[INFOKILAT]["derived_from"] == KABARNUSA and docs[INFOKILAT]["duplicate_of"] is None
    # its figures do not confirm the original's: the 12 dead of 3 March stay one source's claim
    claims = [c for c in demo["data"]["claims"] if c["kind"] == "figure" and c["value"]["value"] == 12
              and "meninggal" in c["subject"]]
    assert claims and all(set(c["docs"]) <= {KABARNUSA, INFOKILAT} for c in claims)


def test_the_english_wire_joins_the_flood_story(demo):
    # README, "The English wire": its story keys are Indonesian (translated content words, shared
    # entities, figures), so the Meridian Wire report is one story with the Indonesian outlets,
    # and its count of the missing (4 on 5 March) enters the evolving series of the missing.
    stories = demo["data"]["stories"]
    (wire,) = [s for s in stories if WIRE in s["docs"]]
    assert KABARNUSA in wire["docs"] and len(wire["docs"]) > 2
    (missing,) = [d for d in discrepancies(demo, "figure")
                  if d["status"] == "evolving" and "orang hilang" in d["explanation"]]
    claims = {c["id"]: c for c in demo["data"]["claims"]}
    assert any(WIRE in claims[c]["docs"] for c in missing["claims"]) and "4 (2025-03-05" in missing["explanation"]
    # its bare "has risen to 17" counts lives lost: the wire's 17 of 5 March is in the toll's series
    (dead,) = [d for d in discrepancies(demo, "figure")
               if d["status"] == "evolving" and "orang meninggal" in d["explanation"]]
    assert WIRE in dead["docs"] and "17 (2025-03-05, Meridian Wire)" in dead["explanation"]
    # "More than 4,500 people have fled their homes" counts evacuees, beside Warta Kini's figure
    (evacuees,) = [d for d in discrepancies(demo, "figure") if "pengungsi" in d["explanation"]]
    assert WIRE in evacuees["docs"]
    # ("Tanah Lawu" and "Kabupaten Tanah Lawu" are one regency: one figure of two outlets)
    assert re.search(r"more than 4,500 \([^)]*Dodi Kuswara; Meridian Wire, Warta Kini", evacuees["explanation"])
    # only the rewrite translates the wire
    assert [d["id"] for d in demo["data"]["documents"] if (d.get("translated_from") or {}).get("doc") == WIRE] \
        == [REWRITE]


def test_the_wire_and_its_indonesian_rewrite_are_tied_with_their_one_difference(demo):
    # README, "The wire's Indonesian rewrite"
    (rewrite,) = [d for d in demo["data"]["documents"] if d["id"] == REWRITE]
    assert rewrite["translated_from"]["doc"] == WIRE and rewrite["translated_from"]["changes"] == 1
    (change,) = [c for d in discrepancies(demo, "translation") for c in d["changes"]]
    assert (change["doc_a"], change["doc_b"], change["meaning"]) == (WIRE, REWRITE, "qualifier")
    assert change["figure_a"] == "More than 4,500 people" and change["figure_b"].startswith("4.500")


def test_untrusted_script_is_kept_as_text_and_never_run(demo):
    (page,) = [d for d in demo["data"]["documents"] if d["id"] == "03_harian_cakrawala"]
    assert "<script>alert(1)</script>" in page["text"]
    assert "<script>alert(1)</script>" not in demo["html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in demo["html"]
