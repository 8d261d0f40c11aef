"""Prior fact-checks and check-worthy sentences in the briefing pages."""

from __future__ import annotations

from ceksilang.cli import main
from ceksilang.factcheck.archive import FactCheckArchive
from ceksilang.factcheck.briefing import annotate_briefing
from ceksilang.factcheck.records import FactCheck
from ceksilang.render.markdown import render_markdown


def _page() -> dict:
    text = ("BPS mencatat inflasi Mei sebesar 2,8 persen. Menurut saya pemerintah harus lebih tegas. "
            "Beredar kabar Jembatan Tanjung Lebak ambruk karena disabotase.")
    return {"documents": [{"id": "d1", "text": text, "outlet": "Kota", "url": "https://kota.example/1"}],
            "stories": [{"id": "s1", "label": "Jembatan", "docs": ["d1"]}],
            "claims": [{"id": "c1", "story": "s1", "kind": "quote", "claimant": "warga", "value": "jembatan ambruk", "docs": ["d1"],
                        "evidence": [{"doc": "d1", "start": text.index("Beredar"), "end": len(text)}]}],
            "discrepancies": [], "timeline": [], "stats": {"documents": 1}}


def test_badges_and_sentences_worth_checking_in_markdown(tmp_path):
    with FactCheckArchive(tmp_path / "store.db") as archive:
        archive.add([FactCheck("Jembatan Tanjung Lebak Ambruk karena Disabotase", "false", "SALAH", "TurnBackHoax",
                               url="https://tbh.example/1", published="2025-02-06")])
        page = _page()
        annotate_briefing(page, archive)
    assert page["prior_checks"]["c1"][0]["text"] == "TurnBackHoax: SALAH, 2025-02-06"
    md = render_markdown(page, lang="en")
    assert "Claims worth checking" in md
    worth = md.split("Claims worth checking", 1)[1].split("###", 1)[0]
    assert "BPS mencatat inflasi" in worth  # a figure, measured by a statistics office
    assert "Menurut saya" not in worth  # an opinion is not listed
    assert "**checked before:** [TurnBackHoax: SALAH, 2025-02-06](<https://tbh.example/1>)" in md


def test_no_archive_no_badges_but_sentences_still_ranked():
    page = _page()
    annotate_briefing(page, None)
    assert page["prior_checks"] == {} and page["checkworthy"]["s1"][0]["text"].startswith("BPS mencatat")
    assert "checked before" not in render_markdown(page)


def test_a_claim_worth_checking_is_listed_without_the_dateline_that_opens_it():
    page = _page()
    lead = "JAKARTA, KOMPAS.com - BPS mencatat inflasi Mei sebesar 2,8 persen."
    page["documents"][0]["text"] = lead
    annotate_briefing(page, None)
    (item,) = page["checkworthy"]["s1"]
    assert item["text"] == "BPS mencatat inflasi Mei sebesar 2,8 persen."
    assert lead[item["start"]:item["end"]] == lead  # the evidence is still the whole sentence


def test_seeds_briefing_shows_the_prior_check_the_archive_holds(seeds_dir, tmp_path, capsys):
    checks = tmp_path / "checks.csv"
    checks.write_text("claim,rating,url,published,publisher\n"
                      "Korea Utara mengirim 1.500 tentara ke Rusia,BENAR,https://cek.example/korut,2024-10-20,CekFakta\n"
                      "Vaksin mengandung microchip,SALAH,https://cek.example/chip,2021-03-01,CekFakta\n",
                      encoding="utf-8")
    db = tmp_path / "out" / "ceksilang.db"
    assert main(["factchecks", "import", str(checks), "--db", str(db)]) == 0
    assert main(["analyze", str(seeds_dir), "--out", str(tmp_path / "out"), "--workers", "1", "--no-progress"]) == 0
    md = (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    assert "CekFakta: BENAR, 2024-10-20" in md
    assert "microchip" not in md  # the unrelated check is nowhere
    assert 'href="https://cek.example/korut"' in html
