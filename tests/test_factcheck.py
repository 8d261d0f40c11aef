"""Prior fact-checks: import, the archive, claim matching, ClaimReview out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceksilang.cli import main
from ceksilang.factcheck.archive import FactCheckArchive, Verdict
from ceksilang.factcheck.claimreview import export_claimreview, validate_claimreview
from ceksilang.factcheck.importers import import_bytes, import_file
from ceksilang.factcheck.match import match_claim
from ceksilang.factcheck.ratings import normalise_rating
from ceksilang.factcheck.records import FactCheck
from ceksilang.factcheck.terms import claim_terms
from ceksilang.model import InputError
from tests.conftest import needs_corpus

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "factchecks" / "queries.yaml"

TBH_BYTES = (
    b"Label;Headline;Body;;;;\n"
    b"0;[SALAH] Vaksin Covid Mengandung Chip;Narasi: \x93Vaksin ada chipnya\x94 kata akun FB. ====== KATEGORI : HOAKS ======;;;;\n"
    b"1;Klarifikasi PLN Soal Pemadaman Total Jawa Bali;(KATEGORI): KLARIFIKASI ====== PLN membantah;;;;\n"
    b"1;Gempa Terasa di Padang;Kategori : Benar. BMKG mencatat gempa magnitudo 5,1;;;;\n"
    b"1;;body without a headline;;;;\n"
)

CLAIMREVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://cekfakta.example/2023/05/01/gaji-pns",
    "claimReviewed": "Gaji PNS naik 20 persen mulai Juni 2023",
    "datePublished": "2023-05-01T08:00:00+07:00",
    "author": {"@type": "Organization", "name": "CekFakta"},
    "reviewRating": {"@type": "Rating", "alternateName": "Menyesatkan"},
    "itemReviewed": {"@type": "Claim", "appearance": [{"@type": "CreativeWork", "url": "https://fb.example/p/1"}],
                     "firstAppearance": {"@type": "CreativeWork", "url": "https://fb.example/p/1"}},
}


# --------------------------------------------------------------------------- ratings


@pytest.mark.parametrize("label, step", [
    ("[SALAH]", "false"), ("HOAKS", "false"), ("DISINFORMASI", "false"), ("MENYESATKAN", "misleading"),
    ("KATEGORI BENAR", "true"), ("Kurang Konteks", "missing_context"), ("Missing context", "missing_context"),
    ("Pants on Fire", "false"), ("Belum terbukti", "unproven"), ("tidak benar", "false"), ("sesuatu lain", "unproven"),
])
def test_ratings_normalised_from_language_data(label, step):
    assert normalise_rating(label) == step


# --------------------------------------------------------------------------- importers


def test_turnbackhoax_rows_decoded_as_the_readers_do_and_labels_kept():
    records = list(import_bytes(TBH_BYTES, "tbh.csv", ".csv"))
    checks = [r for r in records if isinstance(r, FactCheck)]
    errors = [r for r in records if isinstance(r, InputError)]
    assert [c.claim for c in checks] == ["Vaksin Covid Mengandung Chip", "Klarifikasi PLN Soal Pemadaman Total Jawa Bali",
                                         "Gempa Terasa di Padang"]
    assert "“Vaksin ada chipnya”" in checks[0].text  # cp1252 quotes, not U+FFFD
    assert [(c.label, c.rating) for c in checks] == [("SALAH", "false"), ("KLARIFIKASI", "false"), ("BENAR", "true")]
    assert all(c.publisher == "TurnBackHoax" for c in checks)
    assert len(errors) == 1 and errors[0].source == "tbh.csv:5" and "headline" in errors[0].reason


def test_turnbackhoax_export_imports_every_row(corpus):
    path = corpus / "hoax" / "Scrapping.csv"
    records = list(import_file(path))
    assert len(records) == 1116 and all(isinstance(r, FactCheck) for r in records)
    assert not any("\ufffd" in r.claim for r in records)
    ratings = {r.rating for r in records}
    assert ratings == {"false", "true"}  # hoaxes and clarifications of them; one item is rated BENAR


def test_claimreview_from_html_page_and_json_list(tmp_path):
    page = tmp_path / "cek.html"
    page.write_text('<html><head><script type="application/ld+json">' + json.dumps({"@graph": [CLAIMREVIEW]})
                    + "</script></head><body>x</body></html>", encoding="utf-8")
    listing = tmp_path / "reviews.json"
    other = dict(CLAIMREVIEW, url="https://cekfakta.example/2", claimReviewed="Bansos dihentikan",
                 reviewRating={"@type": "Rating", "alternateName": "False"})
    listing.write_text(json.dumps([CLAIMREVIEW, other]), encoding="utf-8")
    from_page = list(import_file(page))
    from_list = list(import_file(listing))
    assert len(from_page) == 1 and len(from_list) == 2
    check = from_page[0]
    assert (check.claim, check.rating, check.label, check.publisher, check.published, check.url) == (
        "Gaji PNS naik 20 persen mulai Juni 2023", "misleading", "Menyesatkan", "CekFakta", "2023-05-01",
        "https://cekfakta.example/2023/05/01/gaji-pns")
    assert check.appearances == ["https://fb.example/p/1"] and check.first_appearance == "https://fb.example/p/1"
    assert from_list[1].rating == "false"


def test_plain_csv_and_bad_input_named_with_reason(tmp_path):
    plain = tmp_path / "checks.csv"
    plain.write_text("claim,rating,url,published,publisher\n"
                     "Air rebusan daun sirsak sembuhkan kanker,SALAH,https://x.example/1,2022-03-04,Kompas\n"
                     ",SALAH,https://x.example/2,2022-03-04,Kompas\n"
                     "Tol gratis saat lebaran,BENAR,https://x.example/3,4 Maret 2022,Tempo\n", encoding="utf-8")
    records = list(import_file(plain))
    assert isinstance(records[0], FactCheck) and records[0].rating == "false" and records[0].published == "2022-03-04"
    assert isinstance(records[1], InputError) and records[1].source.endswith("checks.csv:3")
    assert isinstance(records[2], InputError) and "ISO date" in records[2].reason
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    (error,) = import_file(broken)
    assert isinstance(error, InputError) and error.source == str(broken) and "not valid JSON" in error.reason
    nothing = tmp_path / "page.html"
    nothing.write_text("<html><body>no markup</body></html>", encoding="utf-8")
    (error,) = import_file(nothing)
    assert "no ClaimReview" in error.reason


# --------------------------------------------------------------------------- archive and matching


@pytest.fixture
def small_archive(tmp_path):
    checks = [
        FactCheck("Sri Mulyani Memiliki 1.200 Bitcoin", "false", "SALAH", "TurnBackHoax",
                  url="https://tbh.example/1", published="2019-01-10",
                  text="Narasi: Menteri Keuangan Sri Mulyani punya 1200 bitcoin. Faktanya tidak benar."),
        FactCheck("Pesawat Citilink QG 801 Rute Semarang-Surabaya Tidak Hilang Kontak", "false", "HOAKS",
                  "TurnBackHoax", url="https://tbh.example/2", published="2018-11-02"),
        FactCheck("Minum Air Es Setelah Makan Menyebabkan Kanker", "false", "HOAKS", "TurnBackHoax",
                  url="https://tbh.example/3"),
        FactCheck("Jembatan Suramadu Ditutup Selama Sebulan", "true", "BENAR", "Kompas", url="https://k.example/4"),
    ]
    archive = FactCheckArchive(tmp_path / "store.db")
    archive.add(checks)
    yield archive
    archive.close()


def test_reimport_adds_nothing_twice(tmp_path):
    path = tmp_path / "tbh.csv"
    path.write_bytes(TBH_BYTES)
    with FactCheckArchive(tmp_path / "store.db") as archive:
        first = archive.add(import_file(path))
        second = archive.add(import_file(path))
        assert (first.added, second.added, second.known) == (3, 0, 3)
        assert archive.count() == 3


def test_paraphrase_with_respelled_name_and_written_figure_matches(small_archive):
    (top, *_) = match_claim(small_archive, "menkeu sri mulyany ternyata nyimpen 1200 bitcoin")
    assert top.check.claim == "Sri Mulyani Memiliki 1.200 Bitcoin" and top.verdict
    assert "1200" in top.shared_figures


def test_chat_spelling_and_flight_code_without_space_match(small_archive):
    (top, *_) = match_claim(small_archive, "citilink QG801 dr semarang ke sby ilang kontak, doain penumpangnya")
    assert "Citilink QG 801" in top.check.claim and top.verdict


def test_unrelated_claim_gets_no_verdict(small_archive):
    matches = match_claim(small_archive, "harga cabai rawit di pasar induk naik dua kali lipat")
    assert not any(m.verdict for m in matches)


def test_terms_fold_chat_spellings_and_reduplication():
    terms = claim_terms("guru2 yg ga dpt tunjangan, 13 jt orang")
    assert "guru" in terms.words and "13000000" in terms.figures
    assert "yg" not in terms.words and "jt" not in terms.words


# --------------------------------------------------------------------------- CLI


def test_cli_import_and_match(tmp_path, capsys):
    archive_file = tmp_path / "checks.csv"
    archive_file.write_text("claim,rating,url,published,publisher\n"
                            "Jembatan Suramadu Ditutup Selama Sebulan,SALAH,https://k.example/4,2023-05-01,TurnBackHoax\n",
                            encoding="utf-8")
    db = tmp_path / "store.db"
    assert main(["factchecks", "import", str(archive_file), "--db", str(db)]) == 0
    assert main(["factchecks", "import", str(archive_file), "--db", str(db)]) == 0
    assert "0 fact-check(s) added, 1 already" in capsys.readouterr().out
    assert main(["factchecks", "match", "jembatan suramadu katanya ditutup sebulan", "--db", str(db), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["verdict"] is True
    top = answer["matches"][0]
    assert {"id", "claim", "rating", "publisher", "url", "score"} <= set(top)
    assert top["rating"] == "false" and top["url"] == "https://k.example/4"
    assert main(["factchecks", "match", "pemilu ditunda sampai 2030", "--db", str(db)]) == 0
    assert "No prior fact-check matches this claim." in capsys.readouterr().out
    assert main(["factchecks", "match", "apa saja", "--db", str(tmp_path / "none.db")]) == 2
    assert "no such store" in capsys.readouterr().err


# --------------------------------------------------------------------------- ClaimReview out


def test_exported_claimreview_validates_against_googles_required_fields(tmp_path, capsys):
    db = tmp_path / "store.db"
    with FactCheckArchive(db) as archive:
        archive.add_verdict(Verdict(claim="Pasukan Korea Utara berjumlah 12.000 di Kursk", rating="misleading",
                                    label="", explanation="Angka 12.000 adalah total di Rusia, bukan di Kursk.",
                                    author="Tim Cek Fakta", appearances=["https://a.example/1", "https://b.example/2"],
                                    url="https://cek.example/kursk", published="2024-11-05"))
    assert main(["export", "claimreview", "--db", str(db)]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert validate_claimreview(item) == []
    assert item["reviewRating"]["alternateName"] == "Menyesatkan"
    assert item["itemReviewed"]["firstAppearance"]["url"] == "https://a.example/1"
    assert [a["url"] for a in item["itemReviewed"]["appearance"]] == ["https://a.example/1", "https://b.example/2"]


@pytest.mark.parametrize("field, problem", [
    ("claimReviewed", "claimReviewed"), ("reviewRating", "reviewRating"), ("itemReviewed", "itemReviewed"),
    ("author", "author"), ("datePublished", "datePublished"), ("url", "url"),
])
def test_validator_names_each_missing_required_field(field, problem):
    item = dict(export_claimreview([Verdict(claim="x", rating="false", label="SALAH", explanation="",
                                            author="Tim", appearances=["https://a.example/1"],
                                            url="https://cek.example/1", published="2024-01-01")])[0])
    assert validate_claimreview(item) == []
    del item[field]
    assert any(p.startswith(problem) for p in validate_claimreview(item))


def test_validator_wants_alternate_name_and_appearance_urls():
    item = json.loads(json.dumps(CLAIMREVIEW))
    del item["reviewRating"]["alternateName"]
    item["itemReviewed"]["appearance"] = [{"@type": "CreativeWork", "url": "not a url"}]
    problems = validate_claimreview(item)
    assert any("alternateName" in p for p in problems) and any("appearance" in p for p in problems)


def test_invalid_verdict_makes_export_fail_with_reason(tmp_path, capsys):
    db = tmp_path / "store.db"
    with FactCheckArchive(db) as archive:
        archive.add_verdict(Verdict(claim="x", rating="false", label="SALAH", explanation="", author="Tim"))
    assert main(["export", "claimreview", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "itemReviewed.appearance" in err and "url: missing" in err


@pytest.mark.parametrize("data", [
    b'[1, "x", null]', b'{"@type": "ClaimReview", "claimReviewed": 5}',
    b'{"@type": "ClaimReview", "claimReviewed": "x", "itemReviewed": "s", "reviewRating": "False", "author": ["a"], "datePublished": 5}',
    b'{"claims": [{"text": "x", "claimReview": "oops"}, 5, {"text": 3, "claimReview": [{"publisher": 5}]}]}',
    b'<html><script type="application/ld+json">{bad</script></html>', b"Label;Headline;Body;;;;\n0\n1;\"open;x\n",
    b"claim,rating\n\x00\x00,\n", b'{"@graph": {"@graph": [[[{"@type": "ClaimReview"}]]]}}',
])
def test_hostile_archives_give_records_or_named_errors_never_exceptions(data):
    suffix = ".json" if data[:1] in b"[{" else ".csv"
    for record in import_bytes(data, "hostile" + suffix, suffix):
        assert isinstance(record, (FactCheck, InputError))
        if isinstance(record, InputError):
            assert record.source.startswith("hostile") and record.reason
        else:
            assert record.claim.strip() and "\x00" not in record.claim


def test_same_subject_making_another_claim_gets_no_verdict(small_archive):
    # the names and the place match a check, what is claimed about them does not
    matches = match_claim(small_archive, "sri mulyani buka sekolah gratis buat anak yatim di bekasi")
    assert not any(m.verdict for m in matches)
    (top, *_) = match_claim(small_archive, "jembatan suramadu ditutup sebulan penuh")
    assert "Suramadu" in top.check.claim and top.verdict


def test_what_the_headline_says_beyond_its_names_must_be_in_the_claim(small_archive):
    from ceksilang.factcheck.match import FEATURES, features_for

    def of_check(text: str, check_words: str) -> dict[str, float]:
        rows = features_for(small_archive, text)
        feats = next(f for cid, f in rows if check_words in small_archive.get(cid).claim)
        return dict(zip(FEATURES, feats))

    paraphrase = of_check("sri mulyani ternyata memiliki bitcoin", "Bitcoin")
    other_claim = of_check("sri mulyani buka sekolah gratis", "Bitcoin")
    assert paraphrase["back_rest"] > other_claim["back_rest"]


# --------------------------------------------------------------------------- workbooks


def _workbook(path: Path, rows: list[tuple]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_turnbackhoax_link_list_gives_address_date_and_tag_and_leaves_out_what_checks_nothing(tmp_path):
    path = _workbook(tmp_path / "links.xlsx", [
        ("Header", "Link"),
        ("[SALAH] Vaksin Covid Mengandung Chip", "https://turnbackhoax.id/2021/03/02/salah-vaksin-covid-mengandung-chip/"),
        ("[BERITA] Rangkuman Hoaks Sepekan", "https://turnbackhoax.id/2021/03/03/berita-rangkuman/"),
        ("[BENAR] SPP SMA Gratis di Jawa Timur", "https://turnbackhoax.id/2019/06/18/benar-spp-sma-gratis/"),
        ("[HOAX] ", "https://turnbackhoax.id/2020/01/01/hoax/"),
        ("[SALAH] Foto Banjir", "javascript:alert(1)"),
    ])
    records = list(import_file(path))
    checks = [r for r in records if isinstance(r, FactCheck)]
    assert [(c.claim, c.label, c.rating, c.published) for c in checks] == [
        ("Vaksin Covid Mengandung Chip", "SALAH", "false", "2021-03-02"),
        ("SPP SMA Gratis di Jawa Timur", "BENAR", "true", "2019-06-18")]
    assert checks[0].url.startswith("https://turnbackhoax.id/2021/03/02/")
    errors = [r for r in records if isinstance(r, InputError)]
    assert [e.source for e in errors] == [f"{path}:5", f"{path}:6"]
    assert "no headline" in errors[0].reason and "not a web address" in errors[1].reason


def test_link_list_completes_the_checks_the_csv_export_has_without_address(tmp_path):
    csv_path = tmp_path / "tbh.csv"
    csv_path.write_bytes(TBH_BYTES)
    links = _workbook(tmp_path / "links.xlsx", [
        ("Header", "Link"),
        ("[SALAH] Vaksin Covid Mengandung Chip", "https://turnbackhoax.id/2021/03/02/salah-vaksin-chip/"),
        ("[SALAH] Air Kelapa Sembuhkan Covid", "https://turnbackhoax.id/2021/03/05/salah-air-kelapa/")])
    with FactCheckArchive(tmp_path / "store.db") as archive:
        archive.add(import_file(csv_path))
        before = archive.count()
        summary = archive.add(import_file(links))
        assert (summary.added, summary.known, summary.completed) == (1, 1, 1)
        assert archive.count() == before + 1
        (top, *_) = match_claim(archive, "vaksin covid ada chipnya")
        # the CSV's record, its id and label kept, now with the page's address and date
        assert top.check.claim == "Vaksin Covid Mengandung Chip" and top.check.source.endswith("tbh.csv:2")
        assert top.check.url == "https://turnbackhoax.id/2021/03/02/salah-vaksin-chip/"
        assert top.check.published == "2021-03-02"
        again = archive.add(import_file(links))
        assert (again.added, again.known) == (0, 2)


def test_a_workbook_of_plain_columns_and_unreadable_workbooks(tmp_path):
    plain = _workbook(tmp_path / "plain.xlsx", [
        ("claim", "rating", "url", "published", "publisher"),
        ("Gaji PNS naik 20 persen", "Menyesatkan", "https://cek.example/1", "2023-05-01", "CekFakta")])
    (check,) = list(import_file(plain))
    assert (check.rating, check.publisher, check.published) == ("misleading", "CekFakta", "2023-05-01")
    odd = _workbook(tmp_path / "odd.xlsx", [("nama", "alamat"), ("a", "b")])
    (error,) = list(import_file(odd))
    assert isinstance(error, InputError) and "Header, Link" in error.reason
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    (error,) = list(import_file(broken))
    assert isinstance(error, InputError) and error.source == str(broken) and "not a readable .xlsx" in error.reason


def test_turnbackhoax_link_list_gives_most_of_the_csv_export_an_address(corpus, tmp_path):
    with FactCheckArchive(tmp_path / "store.db") as archive:
        archive.add(import_file(corpus / "hoax" / "Scrapping.csv"))
        summary = archive.add(import_file(corpus / "hoax" / "heading_and_link.xlsx"))
        # measured: 1,019 of the CSV's 1,116 checks found in the link list by publisher and claim
        assert summary.completed >= 1000
        dated = archive.conn.execute("SELECT count(*) FROM factchecks WHERE url IS NOT NULL AND published IS NOT NULL")
        assert dated.fetchone()[0] >= 6600
