"""find_quantities: figures, qualifiers, ranges, units, scope, and an evaluation on real text."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ceksilang.extract.entities import normalise_name
from ceksilang.extract.pipeline import extract_document
from ceksilang.extract.quantities import find_quantities
from ceksilang.model import Document, Entity, Mention, Quantity, Source, TimeExpr
from ceksilang.reconcile.link import link_entities

from .conftest import needs_corpus

GOLD = Path(__file__).parent / "gold" / "quantities.yaml"

# Pinned floors for the gold sample: raise them when the extractor improves, never lower them.
# Measured when pinned (22 documents, 146 gold figures): span P 0.986 / R 0.986, strict F1 0.966,
# claimant 44/49 (0.898). Most of the sample was read while the extractor was written, hence the
# margin. The claimant floor was 0.90 over a substring match that counted "Ukraina" right for
# "angkatan udara Ukraina" (49/49); it is pinned again at the strict figure.
SPAN_PRECISION_FLOOR = 0.95
SPAN_RECALL_FLOOR = 0.95
STRICT_F1_FLOOR = 0.93  # value + qualifier + unit all right
CLAIMANT_ACCURACY_FLOOR = 0.89  # the same entity, or the same text (see _claimant_key)


def only(text: str) -> Quantity:
    found = find_quantities("t", text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# --------------------------------------------------------------------------- invented sentences


@pytest.mark.parametrize(
    ("sentence", "span", "value", "qualifier", "unit"),
    [
        ("Sekitar 8.000 tentara tiba kemarin.", "Sekitar 8.000 tentara", 8000, "approx", "tentara"),
        ("Mereka mengirim kira-kira 300 prajurit.", "kira-kira 300 prajurit", 300, "approx", "tentara"),
        # "hampir" (almost) is below the figure: less_than, the convention of tests/gold/coverage/FORMAT.md
        ("Hampir 2.000 warga mengungsi.", "Hampir 2.000 warga", 2000, "less_than", "orang"),
        ("Nyaris 40 persen lahan terendam.", "Nyaris 40 persen", 40, "less_than", "persen"),
        # the preposition glued to its noun is read as written apart
        ("Kunjungan masih dibawah 10 ribu orang per hari.", "dibawah 10 ribu orang", 10_000, "less_than", "orang"),
        ("Suhu diatas 35 derajat tercatat siang ini.", "diatas 35 derajat", 35, "more_than", "derajat"),
        ("Harganya mulai Rp 4 juta keatas.", "mulai Rp 4 juta keatas", 4_000_000, "at_least", "IDR"),
        ("Setidaknya 12 orang tewas.", "Setidaknya 12 orang", 12, "at_least", "orang"),
        ("Sedikitnya tujuh rumah rusak.", "Sedikitnya tujuh rumah", 7, "at_least", "rumah"),
        ("Jumlahnya paling sedikit 40 kapal.", "paling sedikit 40 kapal", 40, "at_least", "kapal"),
        ("Pesawat itu membawa hingga 150 pasukan.", "hingga 150 pasukan", 150, "at_most", "tentara"),
        ("Kapasitasnya maksimal 20 ton.", "maksimal 20 ton", 20, "at_most", "ton"),
        ("Lebih dari 3.000 personel dikerahkan.", "Lebih dari 3.000 personel", 3000, "more_than", "personel"),
        ("Inflasi kurang dari 2 persen.", "kurang dari 2 persen", 2, "less_than", "persen"),
        ("Pemerintah mengirim sebanyak 500 tentara.", "500 tentara", 500, "exact", "tentara"),
        ("Ada 8.000 orang tentara di sana.", "8.000 orang tentara", 8000, "exact", "tentara"),
        ("Biayanya Rp2,7 juta per bulan.", "Rp2,7 juta", 2_700_000, "exact", "IDR"),
        ("Bantuan senilai US$ 1,5 miliar disetujui.", "US$ 1,5 miliar", 1_500_000_000, "exact", "USD"),
        ("Nilainya 2 miliar dolar AS.", "2 miliar dolar AS", 2_000_000_000, "exact", "USD"),
        ("Anggaran naik menjadi 1,2 triliun rupiah.", "1,2 triliun rupiah", 1_200_000_000_000, "exact", "IDR"),
        ("Ekonomi tumbuh 3,5 persen.", "3,5 persen", 3.5, "exact", "persen"),
        ("Harga naik 12% dibanding lalu.", "12%", 12, "exact", "persen"),
        ("Militer menembak jatuh tujuh drone.", "tujuh drone", 7, "exact", "drone"),
        ("Mereka menembakkan dua puluh lima rudal.", "dua puluh lima rudal", 25, "exact", "rudal"),
        ("Sebelas kontainer tiba di pelabuhan.", "Sebelas kontainer", 11, "exact", "kontainer"),
        ("Jaraknya 50 km (31 mil) dari kota.", "50 km", 50, "exact", "km"),
        ("Kenaikannya 10.000 lebih tentara.", "10.000 lebih tentara", 10_000, "more_than", "tentara"),
        ("Penurunannya 20 persen atau lebih.", "20 persen atau lebih", 20, "at_least", "persen"),
        ("Kontraksi ekonomi minus 2,1 persen.", "minus 2,1 persen", -2.1, "exact", "persen"),
        ("Desa itu dihuni 450 keluarga petani.", "450 keluarga", 450, "exact", "keluarga"),
        ("Ia membeli 30 ekor sapi.", "30 ekor sapi", 30, "exact", "sapi"),
    ],
)
def test_quantities_point_figures(sentence: str, span: str, value: float, qualifier: str, unit: str) -> None:
    q = only(sentence)
    assert (q.text, q.value, q.qualifier, q.unit) == (span, pytest.approx(value), qualifier, unit)
    assert sentence[q.start:q.end] == q.text


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "qualifier", "unit"),
    [
        ("Ribuan tentara berbaris.", "Ribuan tentara", 1000, 9999, "approx", "tentara"),
        ("Puluhan warga berkumpul.", "Puluhan warga", 10, 99, "approx", "orang"),
        ("Puluhan ribu orang hadir.", "Puluhan ribu orang", 10_000, 99_999, "approx", "orang"),
        ("Jumlahnya 2.000-3.000 orang.", "2.000-3.000 orang", 2000, 3000, "exact", "orang"),
        ("Dikirim 2.000 hingga 3.000 tentara.", "2.000 hingga 3.000 tentara", 2000, 3000, "exact", "tentara"),
        ("Tumbuh 4,5 persen sampai 5,3 persen.", "4,5 persen sampai 5,3 persen", 4.5, 5.3, "exact", "persen"),
        ("Usianya antara 10 dan 20 tahun ke atas? tidak, antara 10 dan 20 orang.", "antara 10 dan 20 orang",
         10, 20, "exact", "orang"),
        ("Harganya Rp2-3 juta.", "Rp2-3 juta", 2_000_000, 3_000_000, "exact", "IDR"),
        # a scale word written once after the first bound serves the second too
        ("Bantuan antara Rp2 juta sampai Rp5 dibagikan.", "antara Rp2 juta sampai Rp5", 2_000_000, 5_000_000,
         "exact", "IDR"),
        ("Tiketnya Rp250 ribu hingga Rp400 untuk kelas VIP.", "Rp250 ribu hingga Rp400", 250_000, 400_000,
         "exact", "IDR"),
        ("Mobil bekas itu dijual Rp\u202f335 sampai Rp 378 juta.", "Rp\u202f335 sampai Rp 378 juta", 335e6, 378e6,
         "exact", "IDR"),
        ("Sekitar 2.000-3.000 warga mengungsi.", "Sekitar 2.000-3.000 warga", 2000, 3000, "approx", "orang"),
        ("Target inflasi 3 persen plus minus 1 persen.", "3 persen plus minus 1 persen", 2, 4, "approx", "persen"),
        # the unit written once, after the tolerance, serves the figure too
        ("Inflasi dalam sasaran 2,5 ± 1% pada 2025.", "2,5 ± 1%", 1.5, 3.5, "approx", "persen"),
        ("Inflasi dalam sasaran 2,5 +- 1 persen pada 2025.", "2,5 +- 1 persen", 1.5, 3.5, "approx", "persen"),
    ],
)
def test_quantities_ranges_and_plurals(sentence: str, span: str, low: float, high: float, qualifier: str,
                                       unit: str) -> None:
    found = [q for q in find_quantities("t", sentence) if q.low is not None and q.low != q.high]
    assert len(found) == 1, [q.text for q in find_quantities("t", sentence)]
    q = found[0]
    assert (q.text, q.low, q.high, q.qualifier, q.unit) == (span, pytest.approx(low), pytest.approx(high),
                                                           qualifier, unit)


def test_quantities_interval_conventions() -> None:
    assert (only("Sekitar 50 orang.").low, only("Sekitar 50 orang.").high) == (50, 50)
    at_least = only("Setidaknya 50 orang.")
    assert (at_least.value, at_least.low, at_least.high) == (50, 50, None)
    at_most = only("Hingga 50 orang.")
    assert (at_most.value, at_most.low, at_most.high) == (50, None, 50)
    plural = only("Ratusan orang.")
    assert (plural.value, plural.low, plural.high) == (None, 100, 999)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pertemuan berlangsung pada tahun 2024 di Jakarta.",
        "Ia tiba pada 3 November lalu.",
        "Surat itu bertanggal 12/11/2024.",
        "Rapat digelar Selasa (31/10) malam.",
        "Acara dimulai pukul 10.20 WIB.",
        "Ledakan terdengar pukul 10:29 waktu setempat.",
        "Ini adalah babak ketiga, atau ke-3 kalinya.",
        "Ia juara pertama lomba itu.",
        "Pertemuan G20 membahas jet F-16 dan Covid-19.",
        "Lulusan S1 dan S2 boleh mendaftar.",
        "Hubungi 0812-3456-7890 untuk informasi.",
        "Baca di https://contoh.co.id/berita/2024/11/12345 selengkapnya.",
        "Kantornya di lantai empat gedung itu.",
        "Ia salah satu pejabat yang hadir.",
        "Serangan terjadi tiga bulan lalu.",
        "Mereka bertahan selama 24 jam terakhir.",
        "Pada 2023 hingga 2024 ekonomi membaik.",
        "Pertempuran terjadi antara 8 hingga 13 Oktober.",
        "Sidang dibuka kemarin.\n1. Saksi hadir.\n2. Jaksa membaca dakwaan.",
        "Dasar hukumnya Peraturan Nomor 12 Tahun 2020.",
        "Ponsel 5G itu dirilis di Jakarta.",
        "Kedua belah pihak sepakat berdamai.",
    ],
)
def test_quantities_not_quantities(sentence: str) -> None:
    assert find_quantities("t", sentence) == []


def test_quantities_headline_count_is_kept() -> None:
    q = only("5 Fakta di Balik Pengiriman Pasukan ke Perbatasan")
    assert (q.text, q.value, q.unit) == ("5 Fakta", 5, "fakta")


@pytest.mark.parametrize(
    ("sentence", "place", "claimant"),
    [
        ("Menurut HUR, Korea Utara mengirim 12.000 tentara ke Rusia.", "Rusia", "HUR"),
        ("Sekitar 500 tentara tiba di provinsi Kursk, kata Blinken.", "Kursk", "Blinken"),
        ("Menteri itu, Andi Pratama, mengatakan 300 warga dievakuasi di Bogor.", "Bogor", "Andi Pratama"),
        ("Berdasarkan laporan intelijen, sekitar 10.000 tentara telah dikirim.", None, "intelijen"),
        ("Kementerian Kesehatan mengklaim 40 pasien sudah pulih.", None, "Kementerian Kesehatan"),
        ("Sebanyak 70 rumah rusak akibat banjir.", None, None),
        ("Sekitar 20 orang terluka, katanya.", None, None),
        ("\"Kami memperkirakan 5.000 tentara,\" kata Rudi Hartono.", None, "Rudi Hartono"),
    ],
)
def test_quantities_place_and_claimant(sentence: str, place: str | None, claimant: str | None) -> None:
    q = only(sentence)
    assert (q.place, q.claimant) == (place, claimant)


def test_quantities_use_mentions_and_dates_when_given() -> None:
    text = "Menteri Luar Negeri Budi Santoso mengatakan 800 tentara tiba di Kota Baru pada 3 Mei."
    mentions = [
        Mention("t", text.index("Budi"), text.index("Budi") + len("Budi Santoso"), "Budi Santoso", "PERSON"),
        Mention("t", text.index("Kota Baru"), text.index("Kota Baru") + 9, "Kota Baru", "GPE"),
    ]
    date_start = text.index("3 Mei")
    dates = [TimeExpr("t", date_start, date_start + 5, "3 Mei", "2024-05-03")]
    q = only_with(text, mentions, dates)
    assert (q.claimant, q.place, q.time) == ("Budi Santoso", "Kota Baru", "3 Mei")


def only_with(text: str, mentions: list[Mention], dates: list[TimeExpr]) -> Quantity:
    found = find_quantities("t", text, mentions=mentions, dates=dates)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_quantities_date_spans_exclude_overlapping_numbers() -> None:
    text = "Pada 15 kemarin ada 40 orang."
    dates = [TimeExpr("t", 5, 7, "15", None)]
    assert [q.text for q in find_quantities("t", text, dates=dates)] == ["40 orang"]


@pytest.mark.parametrize("text, date, kept", [
    ("Pada 15 Juni 2025 ada 40 orang.", "15 Juni 2025", ["40 orang"]),  # the date's numbers are no figure
    ("Harga Rp 5 juta pada 2025 naik.", "2025", ["Rp 5 juta"]),
    ("Sebanyak 1.200 orang mengungsi sejak 3/11.", "3/11", ["1.200 orang"]),
    ("Dana Rp 2 miliar 2025 cair.", "miliar 2025", []),  # a date read over the scale word takes the amount
    ("Ada 12 orang 2024 lalu.", "2024", ["12 orang"]),
])
def test_a_number_inside_a_date_read_is_no_figure_and_one_beside_it_is(text: str, date: str, kept: list[str]) -> None:
    at = text.index(date)
    dates = [TimeExpr("t", at, at + len(date), date, None)]
    assert [q.text for q in find_quantities("t", text, dates=dates)] == kept


# --------------------------------------------------------------------------- properties

_WORDS = ["sekitar", "hingga", "lebih dari", "8.000", "2,5", "juta", "Rp", "US$", "tentara", "persen", "%",
          "ribuan", "dua", "puluh", "belas", "-", "(", ")", "antara", "dan", "di", "Kursk", "kata", "Blinken",
          "menurut", "HUR", ",", ".", "\n", "3/11", "10:29", "pukul", "tahun", "2024", "ke-3", "F-16", "minus",
          "plus", "atau lebih", "dari", "1.", "mengatakan", "satu", "sebanyak", "Oktober", "km", "(31 mil)"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)))
def test_quantities_never_raise_and_spans_match(text: str) -> None:
    for q in find_quantities("t", text):
        assert text[q.start:q.end] == q.text
        assert q.qualifier in {"exact", "approx", "at_least", "at_most", "more_than", "less_than"}


# --------------------------------------------------------------------------- evaluation on real text


def _gold_documents() -> list[dict[str, Any]]:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))["documents"]


def _article_texts() -> dict[tuple[str, str], str]:
    seeds = needs_corpus("seeds")
    cnn = needs_corpus("news", "cnn_labeled.csv")
    wanted = {d["id"] for d in _gold_documents() if d["source"] == "cnn"}
    texts = {("seeds", p.stem): p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")}
    csv.field_size_limit(10**8)
    with cnn.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["url"] in wanted:
                texts[("cnn", row["url"])] = row["clean_text"]
    return texts


def _locate(text: str, items: list[dict[str, Any]]) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for item in items:
        at = text.find(item["text"], cursor)
        assert at >= 0, f"gold span {item['text']!r} not found after offset {cursor}"
        spans.append((at, at + len(item["text"])))
        cursor = at
    return spans


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


_OPEN_ABOVE = {"at_least", "more_than"}
_OPEN_BELOW = {"at_most", "less_than"}


def _gold_bounds(gold: dict[str, Any]) -> tuple[float | None, float | None]:
    """(low, high) a gold entry stands for: written out, or implied by its value and qualifier.

    A range (value null) must write both bounds: an entry without them would accept any bounds
    the extractor fills in, which is how a wrong reading once passed as a strict match.
    """
    if "low" in gold or "high" in gold:
        assert "low" in gold and "high" in gold, f"gold {gold['text']!r} gives one bound only"
        return gold["low"], gold["high"]
    value = gold["value"]
    assert value is not None, f"gold {gold['text']!r} has no value and no bounds: annotate low and high"
    if gold["qualifier"] in _OPEN_ABOVE:
        return value, None
    if gold["qualifier"] in _OPEN_BELOW:
        return None, value
    return value, value


def _strict_match(gold: dict[str, Any], q: Quantity) -> bool:
    if not (_same_number(gold["value"], q.value) and gold["qualifier"] == q.qualifier and gold["unit"] == q.unit):
        return False
    low, high = _gold_bounds(gold)
    return _same_number(low, q.low) and _same_number(high, q.high)


def test_quantities_gold_entries_say_every_field_the_extractor_fills() -> None:
    for doc in _gold_documents():
        for item in doc["quantities"]:
            assert {"text", "value", "qualifier", "unit"} <= item.keys(), item
            _gold_bounds(item)


def test_quantities_strict_match_rejects_bounds_the_gold_does_not_give() -> None:
    gold = {"text": "antara Rp100 juta sampai Rp150", "value": None, "low": 100e6, "high": 150e6,
            "qualifier": "exact", "unit": "IDR"}
    read_backwards = Quantity(doc="d", start=0, end=30, text=gold["text"], value=None, low=150, high=100e6,
                              qualifier="exact", unit="IDR")
    assert not _strict_match(gold, read_backwards)
    unannotated = {k: v for k, v in gold.items() if k not in ("low", "high")}
    with pytest.raises(AssertionError, match="no value and no bounds"):
        _strict_match(unannotated, read_backwards)


def _claimant_key(name: str | None, entities: list[Entity]) -> str | None:
    """What a claimant string names: the entity that has it as its name or an alias, else the
    string itself, normalised. A name that only contains an entity's name ("angkatan udara
    Ukraina", "Menteri Perminyakan Mesir Tarek El Molla") is not that entity."""
    if name is None:
        return None
    wanted = normalise_name(name)
    for entity in entities:
        if wanted in {normalise_name(n) for n in (entity.name, *entity.aliases)}:
            return entity.id
    return f"text:{wanted}"


def _same_claimant(gold: str | None, found: str | None, entities: list[Entity]) -> bool:
    return _claimant_key(gold, entities) == _claimant_key(found, entities)


def test_quantities_claimant_match_is_not_a_substring_match() -> None:
    ukraine = Entity(id="gpe:ukraina", name="Ukraina", type="GPE", aliases=["Ukraina"])
    blinken = Entity(id="person:antony-blinken", name="Antony Blinken", type="PERSON",
                     aliases=["Anthony Blinken", "Blinken"])
    entities = [ukraine, blinken]
    assert not _same_claimant("angkatan udara Ukraina", "Ukraina", entities)
    assert not _same_claimant("Tarek El Molla", "Menteri Perminyakan Mesir Tarek El Molla", entities)
    assert _same_claimant("Blinken", "Anthony Blinken", entities)  # one entity, two of its names
    assert _same_claimant("pihak  Berwenang", "pihak berwenang", entities)
    assert _same_claimant(None, None, entities) and not _same_claimant("Ukraina", None, entities)


def evaluate() -> dict[str, float]:
    texts = _article_texts()
    counts = dict(gold=0, found=0, span=0, strict=0, claim_total=0, claim_right=0, docs=0)
    for doc in _gold_documents():
        key = (doc["source"], doc["id"])
        assert key in texts, f"gold document {key} not in the corpus"
        text = texts[key]
        counts["docs"] += 1
        gold_spans = _locate(text, doc["quantities"])
        # the extraction pipeline as the product runs it (mentions name the claimants), then the
        # document's entities, to tell a claimant's other spelling from another claimant
        document = extract_document(Document(id=doc["id"], source=Source(path=doc["id"]), text=text, language="id"))
        entities = link_entities([document])
        found = document.quantities
        counts["gold"] += len(gold_spans)
        counts["found"] += len(found)
        used: set[int] = set()
        for item, (gs, ge) in zip(doc["quantities"], gold_spans):
            overlaps = [(min(ge, q.end) - max(gs, q.start), i) for i, q in enumerate(found)
                        if i not in used and min(ge, q.end) > max(gs, q.start)]
            if not overlaps:
                continue
            _, best = max(overlaps)
            used.add(best)
            counts["span"] += 1
            counts["strict"] += _strict_match(item, found[best])
            if "claimant" in item:
                counts["claim_total"] += 1
                counts["claim_right"] += _same_claimant(item["claimant"], found[best].claimant, entities)
    p = counts["span"] / counts["found"] if counts["found"] else 0.0
    r = counts["span"] / counts["gold"] if counts["gold"] else 0.0
    sp = counts["strict"] / counts["found"] if counts["found"] else 0.0
    sr = counts["strict"] / counts["gold"] if counts["gold"] else 0.0
    return {
        **{k: float(v) for k, v in counts.items()},
        "span_precision": p, "span_recall": r,
        "strict_precision": sp, "strict_recall": sr,
        "strict_f1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0,
        "claimant_accuracy": counts["claim_right"] / counts["claim_total"] if counts["claim_total"] else 0.0,
    }


@pytest.mark.shared
def test_quantities_gold_sample_scores() -> None:
    scores = evaluate()
    print({k: round(v, 3) for k, v in scores.items()})
    assert scores["docs"] >= 20 and scores["gold"] >= 100
    assert scores["span_precision"] >= SPAN_PRECISION_FLOOR
    assert scores["span_recall"] >= SPAN_RECALL_FLOOR
    assert scores["strict_f1"] >= STRICT_F1_FLOOR
    assert scores["claimant_accuracy"] >= CLAIMANT_ACCURACY_FLOOR


@pytest.mark.parametrize(("text", "figures"), [
    # a year after an amount says until when, it is not a second bound
    ("Modalku menyalurkan pinjaman sekitar Rp4 triliun hingga 2018 sejak beroperasi.", ["sekitar Rp4 triliun"]),
    ("Populasi ditargetkan 1 juta ekor sampai 2029.", ["1 juta ekor"]),
    # a price list run together: a price, then the next weight, not a range
    ("Harga emas: 5 gram: Rp9,785 juta - 10 gram: Rp19,512 juta.",
     ["5 gram", "Rp9,785 juta", "10 gram", "Rp19,512 juta"]),
])
def test_quantities_not_ranges_across_a_year_or_another_unit(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities("d", text)] == figures


@pytest.mark.parametrize(("text", "figure", "value", "low", "high"), [
    # the held-out sample's "stacked multiplier" errors: "triliun" after "ribu" was dropped
    ("Utang membengkak hingga Rp8 ribu triliun tahun ini.", "hingga Rp8 ribu triliun", 8e15, None, 8e15),
    ("Kebutuhan lain Rp3-4 ribu triliun.", "Rp3-4 ribu triliun", None, 3e15, 4e15),
    ("Uang beredar mencapai 11 ribu miliar lembar.", "11 ribu miliar lembar", 11e12, 11e12, 11e12),
    # an amount before "tahun ini" / "hari ini" is not a duration of years or days
    ("Pemerintah menyiapkan Rp127,27 triliun tahun depan.", "Rp127,27 triliun", 127.27e12, 127.27e12, 127.27e12),
    ("Harga buyback terkoreksi Rp6.000 hari ini.", "Rp6.000", 6000, 6000, 6000),
])
def test_quantities_stacked_scales_and_amounts_before_time_words(text, figure, value, low, high):
    (q,) = find_quantities("d", text)
    assert q.text == figure
    assert (q.value, q.low, q.high) == (pytest.approx(value) if value else value, pytest.approx(low) if low else low,
                                         pytest.approx(high))


def test_quantities_a_count_before_a_time_word_is_still_a_duration():
    assert find_quantities("d", "Ia bekerja 3 tahun di sana dan 2 juta tahun lalu.") == []


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # a time between the source and its speech verb is skipped, never taken for the source
        ("Pentagon minggu lalu mengatakan Korea Utara mengirim 10.000 tentara ke Rusia.", "Pentagon"),
        ("Basarnas pada Senin (3/3/2025) mencatat 12 orang masih hilang.", "Basarnas"),
        ("Bank Indonesia pekan ini memperkirakan inflasi 3 persen.", "Bank Indonesia"),
        ("Kementerian Sosial kemarin menyebut 400 keluarga mengungsi.", "Kementerian Sosial"),
        # "ini"/"lalu" alone belong to the source phrase, which then names nobody
        ("Lembaga ini mencatat 5.000 warga mengungsi.", None),

    ],
)
def test_quantities_claimant_across_a_time_adverb(sentence: str, claimant: str | None) -> None:
    assert only(sentence).claimant == claimant


@pytest.mark.parametrize(
    ("sentence", "country", "claimant"),
    [
        ("Laporan itu menyebut badan intelijen militer Ukraina minggu lalu mengumumkan 12.000 tentara tiba.",
         "Ukraina", "badan intelijen militer Ukraina"),
        ("Pemerintah Korea Selatan pada Jumat mencatat 3.000 tentara sudah tiba.", "Korea Selatan",
         "Pemerintah Korea Selatan"),
        ("Korea Selatan juga mencatat 3.000 tentara.", "Korea Selatan", "Korea Selatan"),
    ],
)
def test_quantities_claimant_is_the_body_of_a_country(sentence: str, country: str, claimant: str) -> None:
    start = sentence.index(country)
    mentions = [Mention("t", start, start + len(country), country, "GPE")]
    assert only_with(sentence, mentions, []).claimant == claimant


@pytest.mark.parametrize("sentence, span, value", [
    ("Zarof divonis 16 tahun penjara oleh majelis hakim.", "16 tahun", 16),
    ("Hakim menjatuhkan pidana penjara selama 16 tahun kepada terdakwa.", "16 tahun", 16),
    ("Jika denda tidak dibayar, diganti kurungan enam bulan.", "enam bulan", 6),
    ("Pelaku yang berusia 21 tahun itu ditangkap.", "21 tahun", 21),
])
def test_prison_terms_and_ages_are_figures(sentence: str, span: str, value: float) -> None:
    found = [(q.text, q.value) for q in find_quantities("t", sentence)]
    assert (span, value) in found


@pytest.mark.parametrize("sentence", [
    "Kejadian itu terjadi tiga tahun lalu.",
    "Dalam 5 tahun terakhir harga naik.",
    "Usianya antara 10 dan 20 tahun ke atas? Entahlah.",
])
def test_other_durations_stay_time_expressions(sentence: str) -> None:
    assert [q.text for q in find_quantities("t", sentence) if q.unit in ("tahun", "bulan")] == []


def test_a_lower_cased_currency_prefix_is_money() -> None:
    found = [(q.text, q.value, q.unit) for q in find_quantities("t", "harga turun rp22.000 menjadi rp1.969.000 per gram")]
    assert ("rp22.000", 22000, "IDR") in found and ("rp1.969.000", 1969000, "IDR") in found


def test_a_bracketed_number_after_a_name_is_an_age() -> None:
    ages = [(q.text, q.unit) for q in find_quantities("t", "Mbah Tupon (68) kehilangan tanahnya; YP (17) hanyut.")]
    assert ages == [("68", "tahun"), ("17", "tahun")]
    # a weekday's number and a bracketed year are not ages
    assert all(q.unit != "tahun" for q in find_quantities("t", "Neptu hari Sabtu (9), menurut data (2019)."))


def test_an_amount_ending_a_sentence_after_a_colon_is_not_a_list_marker() -> None:
    text = "Harga pecahan:\n- harga emas 0,5 gram: rp 1.034.500.\n\n- harga emas 1 gram: Rp 1.969.000.\n"
    found = [(q.text, q.value) for q in find_quantities("t", text)]
    assert ("rp 1.034.500", 1034500) in found and ("Rp 1.969.000", 1969000) in found
    # a short whole number at the head of a line still numbers a list
    assert [q.text for q in find_quantities("t", "Syaratnya:\n1. Membawa KTP\n2. Membawa KK")] == []


def test_a_list_number_glued_to_a_currency_marker_is_still_a_list_number() -> None:
    # a form: "Ayah : Rp" then the list's next number glued to it
    found = [q.text for q in find_quantities("t", "Penghasilan per bulan:1. Ayah : Rp2. Ibu : Rp3. Lainnya")]
    assert "Rp2" not in found and "Rp3" not in found


@pytest.mark.parametrize(("text", "language", "score"), [
    ("Portugal menang dengan skor 5-3 lewat adu penalti.", "id", "5-3"),
    ("Kedua tim bermain imbang 2-2 selama 120 menit.", "id", "2-2"),
    ("Arkadia mengalahkan Zarnovia 1-2 di kandang lawan.", "id", "1-2"),
    ("Portugal won 5-3 on penalties after a 2-2 draw.", "en", "5-3"),
])
def test_quantities_a_match_score_is_one_score_not_a_range(text: str, language: str, score: str) -> None:
    (q,) = [q for q in find_quantities("d", text, language=language) if q.text == score]
    assert (q.value, q.low, q.high, q.unit) == (None, None, None, "skor")


@pytest.mark.parametrize("text", [
    "Sebanyak 10-15 orang terluka dalam laga itu.",  # a unit after it: a range of people
    "Dalam laga itu ada 20-30 suporter yang pingsan.",  # a match, but no word of a result next to it
    "Harga cabai naik 20-30 persen pekan ini.",
])
def test_quantities_a_range_near_a_match_stays_a_range(text: str) -> None:
    (q,) = find_quantities("d", text)
    assert q.low is not None and q.high is not None and q.low < q.high and q.unit != "skor"


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Spanyol memimpin 1-0 di menit ke-21.", "menit ke-21", 21, "menit"),
    ("Pencarian korban memasuki hari ke-3 pada Rabu.", "hari ke-3", 3, "hari"),
])
def test_quantities_an_ordinal_of_a_sequence_unit_is_a_figure(text: str, span: str, value: float, unit: str) -> None:
    (q,) = [q for q in find_quantities("d", text) if q.text == span]
    assert (q.value, q.low, q.high, q.unit, q.qualifier) == (value, value, value, unit, "exact")


def test_quantities_an_ordinal_alone_is_no_figure() -> None:
    assert find_quantities("d", "Ia menjadi presiden ke-8 dan juara ke-3 kalinya.") == []


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Setidaknya ada enam penerbangan dibatalkan.", "at_least"),
    ("Sedikitnya terdapat 20 rumah rusak.", "at_least"),
    ("Ada 20 rumah rusak.", "exact"),
])
def test_quantities_a_word_of_being_between_qualifier_and_figure(text: str, qualifier: str) -> None:
    (q,) = find_quantities("d", text)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(("text", "kept"), [
    ("Korban perempuan 25 tahun meninggal dunia.", True),  # a person's age
    ("Mbah Tupon, 68 tahun, warga Bantul, melapor ke polisi.", True),  # an age set after a name
    ("Sejak Januari, 3 tahun kemudian program berjalan.", False),  # a month before the comma
    ("Program ini berjalan 5 tahun.", False),  # a duration
])
def test_quantities_an_age_after_a_person_is_a_figure(text: str, kept: bool) -> None:
    assert bool([q for q in find_quantities("d", text) if q.unit == "tahun"]) is kept


@pytest.mark.parametrize(("text", "kept"), [
    ("Pendaftaran berlangsung selama tiga hari di kantor desa.", True),  # how long it lasts
    ("Pencairan dana itu selesai dalam tiga hari.", True),
    ("Harga emas turun tiga hari berturut-turut.", True),
    ("Ia tinggal di sana dua tahun bersama keluarganya.", False),  # no cue: left to the time words
])
def test_quantities_how_long_something_lasts_is_a_figure(text: str, kept: bool) -> None:
    assert bool([q for q in find_quantities("d", text) if q.unit == "hari"]) is kept or (
        not kept and not find_quantities("d", text))


def test_quantities_two_figures_joined_by_a_slash_and_an_average_is_exact() -> None:
    found = [(q.text, q.value) for q in find_quantities("d", "Objek terdampak tujuh rumah tinggal (11 KK/30 jiwa).")]
    assert ("11 KK", 11) in found and ("30 jiwa", 30) in found
    assert find_quantities("d", "Surat bernomor B/12 itu dikirim.") == []  # a code, not a figure
    (average,) = find_quantities("d", "Keterisian kursi mencapai rata-rata 80,7 persen.")
    assert average.qualifier == "exact"


@pytest.mark.parametrize(("text", "figures"), [
    # "ke" before a number makes an ordinal ("ke 3"), never before an amount of money: the price fell to it
    ("Harga buyback juga turun Rp6.000 ke Rp1.781.000 per gram.", ["Rp6.000", "Rp1.781.000"]),
    ("juga turun rp22.000 ke rp1.818.000. harga", ["rp22.000", "rp1.818.000"]),
])
def test_quantities_an_amount_after_ke_is_not_an_ordinal(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities("t", text)] == figures


@pytest.mark.parametrize(("text", "figures"), [
    # a space lost between a figure and the next word (copied price lists, scraped pages)
    ("Emas 0,5 gram: Rp 1.018.500Emas 1 gram: Rp 1.937.000Emas 2 gram", ["0,5 gram", "Rp 1.018.500", "1 gram",
                                                                      "Rp 1.937.000", "2 gram"]),
    ("Pesawat itu membawa 442jemaah haji.", ["442jemaah"]),
    # a model code or a unit letter glued to digits is still no figure, nor a name glued to a bare number
    ("Jaringan 5G, film 3D, mobil 4WD dan pesawat A320.", []),
    ("Kegiatan bertemakan 9Xplore: Brotherhood.", []),
    ("Nilai 7ini tidak sah.", []),  # a short glued word ("ini") is not taken for a lost space
])
def test_quantities_a_word_glued_to_a_figure(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities("t", text)] == figures


def test_quantities_a_tolerance_is_a_band_not_one_value() -> None:
    band = only("Inflasi dalam sasaran 2,5 ± 1% pada 2025.")
    assert (band.value, band.low, band.high) == (None, pytest.approx(1.5), pytest.approx(3.5))


@pytest.mark.parametrize(("text", "span", "unit"), [
    # a large amount after a money noun is money, its currency unwritten
    ("Negara mengalami kerugian 4,8 miliar akibat korupsi itu.", "4,8 miliar", "IDR"),
    ("Nilai tukar rupiah ditutup di level 16.300 per dolar AS.", "16.300", "IDR"),
    # ... and nothing else is: a count of people, a small number after a money noun
    ("Jumlah penduduknya 4,8 juta.", "4,8 juta", None),
    ("Nilai ujian siswa itu 85.", "85", None),  # fig43: "Budi 85" now reads as a name's number (no figure)
    # a noun after the amount is what it counts
    ("Nilai proyek energi hijau itu diproyeksi membuka 20 ribu lapangan kerja.", "20 ribu lapangan", "lapangan"),
])
def test_quantities_an_amount_after_a_money_noun_is_money(text: str, span: str, unit: str | None) -> None:
    q = only(text)
    assert (q.text, q.unit) == (span, unit)


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    # a hyphen after a scale word or between two amounts joins a range ("F-16" stays a code)
    ("Nilainya Rp4,8 miliar-Rp5 miliar.", "Rp4,8 miliar-Rp5 miliar", 4.8e9, 5e9),
    ("Kerugian 4,8 miliar-5 miliar.", "4,8 miliar-5 miliar", 4.8e9, 5e9),
])
def test_quantities_a_range_of_amounts_written_with_a_hyphen(text: str, span: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.text, q.low, q.high, q.unit) == (span, pytest.approx(low), pytest.approx(high), "IDR")


@pytest.mark.parametrize(("text", "span"), [
    # the same thing is counted by another figure of the text: "satu" is the count, not an article
    ("Thailand turun 5 peringkat dan Singapura turun satu peringkat.", "satu peringkat"),
    ("Dua korban tenggelam. Satu korban berhasil selamat.", "Satu korban"),
    # one set against the others ("satu lagi", "satu ... lainnya") is a count
    ("Empat wisatawan terseret ombak, satu lagi masih dicari.", "satu"),
    ("Rumah itu ludes, sementara satu gudang lainnya rusak ringan.", "satu gudang"),
    # a classifier after it: a measure word never follows the article use
    ("Polisi menyita satu bungkus ganja kering dari tasnya.", "satu bungkus ganja"),
    ("Petugas juga mengamankan satu pucuk senjata api rakitan.", "satu pucuk senjata"),
])
def test_quantities_a_lone_one_that_is_counted(text: str, span: str) -> None:
    assert (span, 1) in [(q.text, q.value) for q in find_quantities("d", text)]


@pytest.mark.parametrize("text", [
    "Ada satu hal yang penting dari rapat itu.",
    "Satu hal pasti: 20 rumah terendam.",  # another noun is counted, not this one
    "Satu pihak menolak, pihak lain setuju.",
])
def test_quantities_a_lone_one_that_is_an_article_stays_out(text: str) -> None:
    assert all(q.value != 1 for q in find_quantities("d", text))


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Perbaikan selesai dalam waktu satu minggu ke depan.", "satu minggu", 1),  # how long, said with "satu"
    ("Jangan marahi saya, saya baru tiga bulan menjabat.", "tiga bulan", 3),  # how long so far
    ("Usianya yang kini sudah 63 tahun tak menghalanginya.", "63 tahun", 63),
    ("Usia pohon itu mencapai 72 tahun.", "72 tahun", 72),
])
def test_quantities_how_long_so_far_is_a_figure(text: str, span: str, value: float) -> None:
    assert (span, value) in [(q.text, q.value) for q in find_quantities("d", text)]


def test_quantities_approaching_a_figure_is_about_it() -> None:
    (q,) = find_quantities("d", "Angkanya akan mendekati 0 persen.")
    assert (q.value, q.qualifier) == (0, "approx")


@pytest.mark.parametrize(("text", "found"), [
    ("Gempa bermagnitudo M5,0 mengguncang Pangandaran.", [("5,0", 5.0, "magnitudo")]),
    ("Gempa M 6,2 terjadi di laut.", [("6,2", 6.2, "magnitudo")]),
    # a letter glued before a whole number is a name, not a unit ("BMW M5", "G20")
    ("Mobil BMW M5 itu dijual.", []),
])
def test_quantities_a_unit_glued_before_a_decimal(text: str, found: list) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities("d", text)] == found


@pytest.mark.parametrize("text, needle, age", [
    ("Korban YP (17) terseret ombak.", "17", True),
    ("Seorang bocah 9 tahun tenggelam.", "9 tahun", True),
    ("Usia harapan hidup masyarakat Indonesia mencapai 72 tahun.", "72 tahun", True),
    ("Terdakwa divonis 20 tahun penjara.", "20 tahun", False),
    ("Proyek itu berlangsung selama tiga tahun.", "tiga tahun", False),
])
def test_is_age(text, needle, age):
    from ceksilang.extract.quantities import find_quantities, is_age

    (q,) = [q for q in find_quantities("a", text) if q.text == needle]
    assert is_age(text, q.start, q.end, q.unit) is age


# a duration's cue before the first bound of a range serves the second; the time between two events
# is a figure; a range of days of a month, or a duration back from now, stays no figure
@pytest.mark.parametrize("text, expected", [
    ("Penerima JHT rata-rata memiliki masa kerja 10 hingga 15 tahun.", [("10 hingga 15 tahun", 10.0, 15.0, "tahun")]),
    ("Tiga hari setelah dirawat, korban meninggal dunia.", [("Tiga hari", 3.0, 3.0, "hari")]),
    ("Libur sekolah berlangsung pada 10 hingga 15 Juni.", []),
    ("Korban meninggal tiga hari lalu.", []),
])
def test_durations_of_ranges_and_between_events(text, expected):
    from ceksilang.extract.quantities import find_quantities

    assert [(q.text, q.low, q.high, q.unit) for q in find_quantities("a", text)] == expected


# a speaker's hedge after the figure, or a verb of estimating shortly before it, makes it approximate;
# a noun of estimate names the figure as given
@pytest.mark.parametrize("text, needle, qualifier", [
    ("Telur sudah diekspor, ada 40 kontainer kalau tidak salah.", "40 kontainer kalau tidak salah", "approx"),
    ("Yang datang 50 orang kurang lebih.", "50 orang kurang lebih", "approx"),
    ("Proses perbaikan perusahaan diperkirakan memakan waktu selama enam bulan.", "enam bulan", "approx"),
    ("Kerugian ditaksir mencapai Rp 5 miliar.", "Rp 5 miliar", "approx"),
    ("Estimasi kerugian akibat kebakaran Rp 281,2 juta.", "Rp 281,2 juta", "exact"),
    # the estimate is in another clause
    ("Hasilnya diperkirakan bagus, dan 40 kontainer sudah dikirim.", "40 kontainer", "exact"),
])
def test_hedges_and_estimates_make_a_figure_approximate(text, needle, qualifier):
    from ceksilang.extract.quantities import find_quantities

    (q,) = [q for q in find_quantities("a", text) if q.text == needle]
    assert q.qualifier == qualifier


@pytest.mark.parametrize("text, expected", [
    ("Pesawat itu jatuh sekitar 13 menit setelah lepas landas.", [("sekitar 13 menit", "menit")]),
    ("Dia menunggu selama 30 menit.", [("30 menit", "menit")]),
    ("Sebanyak 30 mengungsi.", [("30", None)]),  # a word with a verb prefix is still no unit
])
def test_a_unit_of_time_is_no_verb(text, expected):
    from ceksilang.extract.quantities import find_quantities

    assert [(q.text, q.unit) for q in find_quantities("a", text)] == expected


def test_a_tolerance_sign_as_misread_pages_show_it_is_still_a_tolerance():
    from ceksilang.extract.quantities import find_quantities

    # "Â±": ± in a UTF-8 page read as Latin-1
    (q,) = find_quantities("a", "Perkiraan inflasi tahun 2025 dalam sasaran 2,5Â±1%.")
    assert (q.value, q.low, q.high, q.qualifier, q.unit) == (None, 1.5, 3.5, "approx", "persen")


@pytest.mark.parametrize("sentence, span, qualifier", [
    # an auxiliary and a verb of a toll between the hedge and the figure: the hedge still bounds it
    ("Kecelakaan itu setidaknya telah memakan 4 korban jiwa di perlintasan.",
     "setidaknya telah memakan 4 korban jiwa", "at_least"),
    ("Serangan itu sedikitnya sudah menewaskan 30 orang di kamp pengungsi.", "sedikitnya sudah menewaskan 30 orang",
     "at_least"),
    # ... but a word that is no filler ends the hedge's reach
    ("Banjir itu setidaknya membuat warga memakan 4 bungkus mi setiap hari.", "4 bungkus", "exact"),
])
def test_a_hedge_reaches_its_figure_over_two_fillers(sentence: str, span: str, qualifier: str) -> None:
    q = only(sentence)
    assert (q.text, q.qualifier) == (span, qualifier)


# a paragraph of prose (not a headline in title case) around each sentence
_PROSE = "Menurut keterangan petugas di lokasi, kegiatan berjalan lancar dan tertib sejak pagi hari. {} " \
         "Warga sekitar pun ikut membantu proses yang berlangsung hingga sore."


@pytest.mark.parametrize("sentence", [
    "Para santri Pondok Gontor Kampus 5 Darul Qiyam sedang antre untuk mandi.",
    "Hal itu disampaikan manajer humas KAI Daop 6 Yogyakarta kepada wartawan.",
    "Ia lulus dari SMA Negeri 1 Godean dengan nilai yang baik.",
])
def test_a_short_number_between_two_capitalised_words_is_part_of_a_name(sentence: str) -> None:
    assert find_quantities("t", _PROSE.format(sentence)) == []


@pytest.mark.parametrize("sentence, span", [
    # the word before opens its sentence, a unit after it, a headline in title case: still a figure
    ("Sebanyak 5 Orang dilaporkan hilang dalam kejadian itu.", "5 Orang"),
    ("Petugas mendata warga Desa Sukamaju 12 orang yang mengungsi.", "12 orang"),
])
def test_a_number_after_a_capitalised_word_stays_a_figure_when_it_is_no_name(sentence: str, span: str) -> None:
    assert [q.text for q in find_quantities("t", _PROSE.format(sentence))] == [span]


def test_a_name_with_a_number_stays_a_name_where_no_capitalised_word_follows() -> None:
    text = _PROSE.format("Hal itu disampaikan manajer humas KAI Daop 6 Yogyakarta kepada wartawan. "
                         "Karena itu KAI Daop 6 secara konsisten melakukan sosialisasi.")
    assert find_quantities("t", text) == []


def test_a_number_after_a_capitalised_word_is_a_figure_when_the_text_names_nothing_with_it() -> None:
    text = _PROSE.format("Pekan lalu Persib 3 kali menang. Warga Bandung merayakannya.")
    assert [q.text for q in find_quantities("t", text)] == ["3 kali"]


def test_a_postcode_after_a_place_name_is_no_figure() -> None:
    text = "Alamat redaksi: Jl. Margo Utomo No. 40 Jetis\nYogyakarta 55232\nTelepon kantor redaksi."
    assert find_quantities("t", text) == []


def test_five_digits_before_a_unit_stay_a_figure() -> None:
    text = _PROSE.format("Panitia Jakarta 12500 orang mendaftar.")
    assert [(q.text, q.value) for q in find_quantities("t", text)] == [("12500 orang", 12500)]


@pytest.mark.parametrize("sentence, span, value", [
    # "ke" written apart from a number that a counted noun follows: the preposition and a count
    ("Para korban dibawa ke dua rumah sakit setempat.", "dua rumah", 2),
    ("Varian ini telah menyebar ke 22 negara di dunia.", "22 negara", 22),
])
def test_ke_apart_before_a_counted_noun_is_a_preposition(sentence: str, span: str, value: float) -> None:
    assert [(q.text, q.value) for q in find_quantities("t", _PROSE.format(sentence))] == [(span, value)]


@pytest.mark.parametrize("sentence", [
    "Ia berhasil meraih juara ke dua di lomba itu.",  # no noun after it
    "Untuk ke dua kalinya ia menang di kota itu.",  # an ordinal of times
    "Kelompok itu merayakan usianya ke 50 tahun di kampus.",  # a unit of a sequence
    "Ia adalah anak ke 2 dari keluarga petani.",
])
def test_ke_apart_stays_an_ordinal_without_a_counted_noun(sentence: str) -> None:
    assert find_quantities("t", _PROSE.format(sentence)) == []


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # how long someone stayed or was held is a figure, as a prison term is
    ("Uang curian dipakai untuk menginap dua hari di sebuah hotel.", "dua hari", 2, "hari"),
    ("Korban sempat dirawat tiga hari sebelum meninggal.", "tiga hari", 3, "hari"),
    # a half after the digit word: one and a half months
    ("Ia bekerja di masjid itu selama satu setengah bulan.", "satu setengah bulan", 1.5, "bulan"),
])
def test_quantities_how_long_someone_stayed_is_a_figure(text: str, span: str, value: float, unit: str) -> None:
    assert (span, value, unit) in [(q.text, q.value, q.unit) for q in find_quantities("d", text)]


def test_quantities_a_pronoun_after_a_classifier_is_not_what_is_counted():
    assert all(q.unit != "aku" for q in find_quantities("d", "Kalau satu petak aku tanami, hasilnya cukup."))


def _read(text: str) -> list[tuple[str, float | None, str, str | None]]:
    return [(q.text, q.value, q.qualifier, q.unit) for q in find_quantities("d", text)]


@pytest.mark.parametrize(("text", "expected"), [
    # ber- + a digit word: how many went together (people)
    ("Saya naik berempat dengan teman saya.", ("berempat", 4, "exact", "orang")),
    # ke- + a digit word before a noun, after a function word: all of them
    ("Peristiwa itu bermula saat ketiga korban berkumpul.", ("ketiga", 3, "exact", "korban")),
    ("Pelaku meminta handphone korban dan ketiga rekannya.", ("ketiga", 3, "exact", "rekan")),
    # se- + a classifier set against others
    ("Mereka menghentikan seorang pemotor lain di jalan itu.", ("seorang", 1, "exact", "pemotor")),
    # after a verb it opens a noun phrase too
    ("Polisi menangkap ketiga pelaku di rumahnya.", ("ketiga", 3, "exact", "pelaku")),
    # an ordinal two words before, with no joiner between, makes it no ordinal
    ("Pada hari keempat saat ketiga korban berkumpul.", ("ketiga", 3, "exact", "korban")),
])
def test_quantities_counts_written_as_one_word(text: str, expected: tuple) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize("text", [
    "Korban ketiga ditemukan di sungai.",  # after its noun: an ordinal
    "Ini tahun ketiga berturut-turut perusahaan mencatat laba.",  # after a unit of a sequence
    "Aplikasi pihak ketiga meminta akses.",  # a third party
    "Untuk ketiga kalinya ia menang.",  # an ordinal of times
    "Kita berdua sudah sepakat.",  # a pair, not a count
    "Seorang warga mengatakan hal itu.",  # the article "seorang"
    "Posisi keempat dan kelima diisi perusahaan Singapura.",  # joined to an ordinal: an ordinal
    "Alasan yang ketiga pencabutan ini adalah keputusan rapat.",  # "yang ketiga": the third one
])
def test_quantities_one_word_forms_that_are_no_count(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of people tied to someone keeps its count with the possessive ending
    ("Kusnadi mengaku bersama empat rekannya menuju ke sebuah pondok pesantren.", ("empat rekannya", 4, "exact", "rekan")),
    ("Ia datang bersama 12 temannya.", ("12 temannya", 12, "exact", "teman")),
    ("Pelaku dan dua kawannya kabur.", ("dua kawannya", 2, "exact", "kawan")),
    # after the classifier "orang" such a noun is what is counted, not just people
    ("Korban bersama lima orang rekannya tidur di mes.", ("lima orang rekannya", 5, "exact", "rekan")),
    ("Ia dijemput tiga orang teman dengan mobil.", ("tiga orang teman", 3, "exact", "teman")),
    # before a state "orang" stays what is counted
    ("Dua orang tewas, kata petugas.", ("Dua orang", 2, "exact", "orang")),
])
def test_quantities_people_nouns_with_a_possessive_ending_are_counted(text: str, expected: tuple) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize("text", [
    "Tiga orang tewas, dua lainnya luka.",  # "lainnya": the others, no noun
    "Lima orang diperiksa, dua di antaranya masih di bawah umur.",
])
def test_quantities_other_possessive_words_are_no_counted_noun(text: str) -> None:
    assert all(q.unit is None for q in find_quantities("d", text) if q.value == 2)


def _unit_of(text: str, needle: str) -> str | None:
    """The unit of the quantity read as exactly ``needle`` in ``text`` (fails when none is)."""
    found = [q for q in find_quantities("d", text) if q.text == needle]
    assert found, f"no quantity {needle!r} in {text!r}"
    return found[0].unit


# fig26: a count of "the rest" names what it counts in the noun after it, with or without a copula or "sebagai"
# ("antaranya" itself is still no noun: the word after it is). A state there stays fig20's (no unit here).
@pytest.mark.parametrize("text, needle, unit", [
    ("Lima orang diperiksa, dua di antaranya pelajar.", "dua", "siswa"),
    ("KPK menetapkan 21 tersangka, yaitu 4 tersangka penerima, 17 lainnya sebagai tersangka pemberi.", "17",
     "tersangka"),
    ("Dari 17 tersangka pemberi, 15 di antaranya pihak swasta dan 2 lainnya penyelenggara negara.", "15", "pihak"),
    ("Dari 17 tersangka pemberi, 15 di antaranya pihak swasta dan 2 lainnya penyelenggara negara.", "2",
     "penyelenggara"),
    ("Kapal itu mengangkut 3.000 mobil, 800 di antaranya merupakan mobil listrik.", "800", "kendaraan"),
    # a state of people, a time word, a function word after the rest: no noun from it
    ("Dua orang tewas, tiga lainnya luka ringan.", "tiga", None),
    ("Tiga orang ditangkap, dua di antaranya pagi tadi.", "dua", None),
    ("Ada 20 kota termacet, dua di antaranya ada di Indonesia.", "dua", None),
])
def test_quantities_a_rest_count_counts_the_noun_after_it(text: str, needle: str, unit: str | None) -> None:
    assert _unit_of(text, needle) == unit


# fig26: "kali" counts the occurrences of the noun after it; a time word, a known unit, a name, a function word
# after it, or a multiple ("seluas tujuh kali ukuran Bulan", "sebesar 3 kali tarif") keep "kali"
@pytest.mark.parametrize("text, needle, unit", [
    ("Tercatat satu kali gempa vulkanik dalam dan empat kali tremor menerus.", "satu kali gempa", "gempa"),
    ("Tercatat satu kali gempa vulkanik dalam dan empat kali tremor menerus.", "empat kali tremor", "tremor"),
    ("Tim itu menang 22 kali, 17 kali imbang, dan 34 kali kalah.", "34 kali kalah", "kalah"),
    ("Frekuensi perdagangan tercatat 1,48 juta kali transaksi.", "1,48 juta kali transaksi", "transaksi"),
    ("Pasien sudah menjalani tiga kali operasi.", "tiga kali operasi", "operasi"),
    ("Obat diminum dua kali sehari.", "dua kali", "kali"),
    ("Harganya naik dua kali lipat.", "dua kali lipat", "kali"),
    ("Ia sudah dua kali tahun ini ke sana.", "dua kali", "kali"),
    ("Juara dunia dua kali Toprak Razgatlioglu pindah tim.", "dua kali", "kali"),
    ("Ia membaca surat itu satu kali pagi hari.", "satu kali", "kali"),
    ("Kamera menangkap langit seluas 45 kali ukuran Bulan penuh.", "45 kali", "kali"),
    ("Denda dikenakan sebesar 3 kali tarif tol.", "3 kali", "kali"),
    ("Pertemuan itu dua kali pula batal.", "dua kali", "kali"),
])
def test_quantities_a_count_of_times_counts_the_noun_after_kali(text: str, needle: str, unit: str) -> None:
    assert _unit_of(text, needle) == unit


# fig26: a classifier before a name in capitals or a capitalised noun counts that thing; a month is none
@pytest.mark.parametrize("text, needle, unit", [
    ("Dinas memasang sembilan unit CCTV di enam titik.", "sembilan unit CCTV", "CCTV"),
    ("Pada PLTS ini terdapat 522 unit Panel surya.", "522 unit Panel", "panel"),
    ("Hyundai mengirimkan 20.836 unit Creta ke luar negeri.", "20.836 unit Creta", "creta"),
    ("Barang bukti antara lain 85.000 butir Tramadol.", "85.000 butir Tramadol", "tramadol"),
    # a month is no name after a classifier; the sales the clause opens with are what is counted (fig32)
    ("Penjualan mencapai 1.200 unit Mei lalu.", "1.200 unit", "penjualan"),
    ("Mereka menjual 1.200 unit Mei lalu.", "1.200 unit", "unit"),
])
def test_quantities_a_classifier_counts_the_name_after_it(text: str, needle: str, unit: str) -> None:
    assert _unit_of(text, needle) == unit


@pytest.mark.parametrize(("text", "expected"), [
    # "satu" opening the next item of a list of counts
    ("Jumlah pelaku tiga orang, satu di bawah umur.", ("satu", 1, "exact", None)),
    ("Jumlah pelaku tiga orang, yang dua kakak beradik dan yang satu masih di bawah umur.", ("satu", 1, "exact", None)),
    ("Dua orang satu sopir datang ke sini.", ("satu sopir", 1, "exact", "sopir")),
])
def test_quantities_satu_in_a_list_of_counts(text: str, expected: tuple) -> None:
    assert expected in _read(text)


def test_quantities_satu_in_a_ratio_is_no_count() -> None:
    assert all(q.value != 1 for q in find_quantities("d", "Perbandingannya sekitar tiga banding satu, menurut penulis."))


@pytest.mark.parametrize(("text", "expected"), [
    # a product before a unit of time, with a cue ("setelah") that keeps the duration
    ("Pelaku diamankan kurang dari 1x24 jam setelah laporan dibuat.", ("kurang dari 1x24 jam", 24, "less_than", "jam")),
    # a legal term reaches over the hedge before the number
    ("Tersangka terancam pidana penjara paling lama 12 tahun.", ("paling lama 12 tahun", 12, "at_most", "tahun")),
    # how long someone was missing
    ("Ia membuat pengakuan setelah menghilang lima hari.", ("lima hari", 5, "exact", "hari")),
])
def test_quantities_durations_with_a_cue(text: str, expected: tuple) -> None:
    assert expected in _read(text)


def test_quantities_other_cues_do_not_reach_over_a_hedge() -> None:
    # the convention of the held-out golds: a hedged stretch of time is a time expression
    assert _read("Ia bekerja di sana selama lebih dari dua tahun.") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("Polisi menyita empat unit handphone milik korban.", "handphone"),  # "unit" counts the noun after it
    ("Sebanyak 4 orang tewas dalam kecelakaan itu.", "orang"),  # "orang": the state after it is no noun
])
def test_quantities_what_a_classifier_counts(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities("d", text)] == [unit]


def test_quantities_a_one_word_count_the_headline_also_writes_is_a_count_of_one() -> None:
    # "Sebuah Rumah ... Terbakar": the headline counts the house the lead tells of, with its place
    text = "Kebakaran melanda sebuah rumah di Jalan Melati, Tebet, pada Kamis dini hari."
    found = [q for q in find_quantities("d", text, title="Sebuah Rumah di Tebet Terbakar") if q.unit == "rumah"]
    assert [(q.text, q.value, q.qualifier) for q in found] == [("sebuah", 1, "exact")]
    assert found[0].place and "Jalan Melati" in found[0].place


@pytest.mark.parametrize(("text", "title"), [
    # no headline, or a headline that counts another noun: "sebuah" stays an article
    ("Kebakaran melanda sebuah rumah di Jalan Melati.", None),
    ("Kebakaran melanda sebuah rumah di Jalan Melati.", "Sebuah Gudang di Tebet Terbakar"),
    ("Kebakaran melanda sebuah rumah di Jalan Melati.", "Tujuh Rumah di Tebet Terbakar"),
])
def test_quantities_a_one_word_form_the_headline_does_not_count_is_no_count(text: str, title: str | None) -> None:
    assert [q for q in find_quantities("d", text, title=title) if q.unit == "rumah"] == []


def test_quantities_only_the_first_phrase_the_headline_counts_is_read() -> None:
    text = "Api melalap sebuah rumah di Gang Mawar. Petugas lalu memeriksa sebuah rumah di seberangnya."
    found = [q for q in find_quantities("d", text, title="Sebuah Rumah Terbakar") if q.unit == "rumah"]
    assert [q.start for q in found] == [text.index("sebuah")]


def test_quantities_the_pipeline_reads_the_headline_of_the_document() -> None:
    text = "Kebakaran melanda sebuah rumah di Jalan Melati, Tebet, pada Kamis dini hari."
    document = extract_document(Document(id="d", source=Source(path="d"), text=text, language="id",
                                         title="Sebuah Rumah di Tebet Terbakar"))
    assert [(q.text, q.value) for q in document.quantities if q.unit == "rumah"] == [("sebuah", 1)]


@pytest.mark.parametrize("text, low, high, qualifier", [
    # a scale's approximate plural right after digits scales them and hedges them
    ("Biaya perbaikan rumah itu Rp25 jutaan.", 25_000_000, 25_000_000, "approx"),
    ("Harga sepeda motor bekas itu Rp 14,5 jutaan saja.", 14_500_000, 14_500_000, "approx"),
    ("Sekitar 5 ribuan orang memadati alun-alun.", 5_000, 5_000, "approx"),
    # guards: the scale itself is exact; an approximate plural alone is a range
    ("Santunan Rp 2 juta diserahkan kemarin.", 2_000_000, 2_000_000, "exact"),
    ("Ribuan warga memadati alun-alun.", 1_000, 9_999, "approx"),
])
def test_quantities_a_scale_plural_after_digits_is_about_that_many(text: str, low: float, high: float,
                                                                    qualifier: str) -> None:
    q = only(text)
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize("text, low, high, qualifier", [
    # "lebih kurang" after a figure is a hedge (about), not "lebih" (more than) then a stray word
    ("Kerugian negara mencapai Rp 50 miliar lebih kurang, kata jaksa.", 50e9, 50e9, "approx"),
    ("Kerugian negara mencapai Rp 50 miliar lebih, kata jaksa.", 50e9, None, "more_than"),
])
def test_quantities_lebih_kurang_after_a_figure_is_a_hedge(text: str, low: float, high: float | None,
                                                           qualifier: str) -> None:
    q = only(text)
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize("text, figure, qualifier", [
    # fig43: "lebih" alone before a figure is "more than", as "lebih dari" is
    ("Kerugian kedua gudang itu mencapai lebih Rp20 miliar, kata pemiliknya.", "lebih Rp20 miliar", "more_than"),
    ("Sampai sore sudah ada lebih 10 relawan yang mendaftar.", "lebih 10 relawan", "more_than"),
    # mend60: a year's bare digits before "lebih" join nothing: "more than 500"
    ("Sepanjang 2024 lebih 500 perusahaan tutup karena sepi pembeli.", "lebih 500 perusahaan", "more_than"),
    # guards: right after an amount (digits and a scale or unit word) "lebih" joins the parts of one amount, the
    # second part read with no bound; "kurang lebih" stays a hedge
    ("Utang warung itu Rp 1 juta lebih 500 ribu.", "500 ribu", "exact"),
    ("Tinggi tanggul itu kurang lebih 4 meter.", "kurang lebih 4 meter", "approx"),
])
def test_quantities_lebih_alone_before_a_figure_is_more_than(text: str, figure: str, qualifier: str) -> None:
    found = {q.text: q.qualifier for q in find_quantities("a", text)}
    assert figure in found and found[figure] == qualifier, found


@pytest.mark.parametrize("text, figures", [
    # fig43: a short bare number closing a name inside a sentence, with no noun it counts, is the name's (a model, a
    # series, a level, a line), not a figure
    ("Ponsel lipat Galaxy Z Flip 7 diprediksi meluncur bulan depan.", set()),
    ("Pasangan itu menjuarai Thailand Open (Super 500) pekan lalu.", set()),
    ("Laptop ini memakai kartu grafis GeForce RTX 5090, dengan layar 16 inci.", {"16 inci"}),
    ("Penumpang dapat menghubungi Contact Center 121 setiap saat.", set()),
    # guards: a noun after it, a tally's rows, a score, a count opener after a dateline's dash stay figures
    ("Korban di Jakarta 12 orang dan di Bogor 5 orang.", {"12 orang", "5 orang"}),
    ("Rinciannya, Jakarta 12, Bogor 5 dan Depok 3 kasus.", {"12", "5", "3 kasus"}),
    ("Portugal mengalahkan Spanyol 5-3 lewat adu penalti.", {"5-3"}),
    ("Mobil listrik itu melepas emisi CO₂ 20 sampai 30 persen lebih sedikit.", {"20 sampai 30 persen"}),
    ("Status gunung itu naik ke Level 4 sejak Senin.", {"4"}),
    ("Baca Juga: Daftar 97 Pinjol Resmi Terbaru OJK\nIsi beritanya.", {"97 Pinjol"}),
    ("PADANG, KABARPADANG.COM - Sebanyak 26 warga dievakuasi.", {"26 warga"}),
])
def test_quantities_a_number_closing_a_name_is_no_figure(text: str, figures: set[str]) -> None:
    assert {q.text for q in find_quantities("a", text)} == figures


@pytest.mark.parametrize("text, figures", [
    # mend60: a number closing its clause after a place counts something there, its noun left out: a place of a
    # kind ("Kabupaten ..."), a place the gazetteer knows
    ("Korban meninggal dunia akibat banjir bandang di Kabupaten Agam 12.", {"12"}),
    ("Hingga sore korban tewas di Gaza 120.", {"120"}),
    ("Pasien yang dirawat Jawa Timur 95, Jawa Tengah dua.", {"95", "dua"}),
    # guards: a product's, a series' or a line's number stays a name's, after a preposition of place too
    ("Pembeli pertama Galaxy Z Flip 7 mendapat bonus.", set()),
    ("Keluhan dapat disampaikan ke Contact Center 121 setiap saat.", set()),
    ("Musim depan klub itu akan bermain di Liga 1.", set()),
    ("Ia bermain bersama band Indonesia 6 (kini dikenal dengan nama lain).", set()),
])
def test_quantities_a_number_after_a_place_is_a_figure(text: str, figures: set[str]) -> None:
    assert {q.text for q in find_quantities("a", text)} == figures


@pytest.mark.parametrize("language, text", [
    # mend60: a tally's last row, joined by the language's own "and", stays a figure
    ("en", "The seats went to Golkar 12, Gerindra 5 and Demokrat 3."),
    ("id", "Kursi dibagi ke Golkar 12, Gerindra 5 dan Demokrat 3."),
])
def test_quantities_a_tally_s_last_row_after_the_language_s_and_is_a_figure(language: str, text: str) -> None:
    assert {q.text for q in find_quantities("a", text, language=language)} == {"12", "5", "3"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # "di" right before the figure is where the amount stands, not a place: the figure itself is no place
        ("Harga buyback tertinggi di Rp 1.865.000 per gram.", None),
        ("Kurs beli berada di Rp 16.250 per dolar AS.", None),
        # a place after the figure is still read
        ("Harga emas Rp 1.936.000 per gram di Jakarta.", "Jakarta"),
    ],
)
def test_quantities_a_figure_after_di_is_not_its_own_place(sentence: str, place: str | None) -> None:
    q = only(sentence)
    assert q.place == place


@pytest.mark.parametrize("text, low, high", [
    # a range opened by "antara" joins over every range separator, spaces before the sign or not
    ("Kenaikan tarif berkisar antara 10 % sampai dengan 37 % tahun ini.", 10, 37),
    ("Kelembapan udara antara 58 – 93 persen.", 58, 93),
    ("Diskon antara 5% s.d. 20% untuk anggota.", 5, 20),
    # guard: "antara" with "dan" still joins
    ("Peserta yang datang antara 10 dan 20 orang.", 10, 20),
])
def test_quantities_a_range_opened_by_antara_joins_over_any_separator(text, low, high):
    q = only(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize("text, low, qualifier", [
    # the lowest of what is offered: at least that much
    ("Harga kamarnya mulai dari Rp 572 ribu per malam.", 572_000, "at_least"),
    ("Tiket masuk mulai Rp 25.000 per orang.", 25_000, "at_least"),
    # guard: a verb "mulai" before no figure leaves the figure exact
    ("Petugas mulai memeriksa 30 kendaraan.", 30, "exact"),
    # ... and before a range it opens the first bound: the range, exact
    ("Diskon mulai dari 25% hingga 40% untuk suku cadang.", 25, "exact"),
])
def test_quantities_mulai_dari_before_a_figure_is_its_lowest(text, low, qualifier):
    q = only(text)
    assert (q.low, q.qualifier) == (low, qualifier)


@pytest.mark.parametrize("text, figure, qualifier", [
    # "lebih" before a comparative: the figure is the difference, given as it is
    ("Di Australia, indeks S&P/ASX 200 memulai hari 0,23% lebih tinggi.", "0,23%", "exact"),
    ("Bitcoin diperdagangkan hanya 3,9% lebih rendah dari rekor tertingginya.", "3,9%", "exact"),
    ("Bobot perangkat 12% lebih kecil dibanding pendahulunya.", "12%", "exact"),
    # a headline writes the comparative capitalised, and a copy may break the line after "lebih"
    ("Bobot Ponsel Baru 12% Lebih Kecil Dibanding Pendahulunya", "12%", "exact"),
    ("Harga minyak ditutup 2,5% lebih\nrendah pada Jumat.", "2,5%", "exact"),
    # guards: "lebih" before "dari", a noun or nothing is "more than"
    ("Konsumsi rumah tangga porsinya masih 50% lebih dari total ekonomi.", "50% lebih", "more_than"),
    ("Sebanyak 10.000 lebih tentara dikirim ke perbatasan.", "10.000 lebih tentara", "more_than"),
])
def test_quantities_lebih_before_a_comparative_is_no_more_than(text: str, figure: str, qualifier: str) -> None:
    found = {q.text: q.qualifier for q in find_quantities("a", text)}
    assert found.get(figure) == qualifier, found


@pytest.mark.parametrize("text, figure, value", [
    # a dollar amount copied in the English style: one comma before three digits groups thousands
    ("Mereka memberikan bantuan senilai USD 7,400 untuk sekolah.", "USD 7,400", 7400),
    ("Harga aluminium ditutup di US$ 1,870 per metrik ton.", "US$ 1,870", 1870),
    # guards: two decimals, a scale word after, a leading zero, or rupiah keep the decimal comma
    ("Garis kemiskinan naik menjadi US$ 2,15 per hari.", "US$ 2,15", 2.15),
    ("Investasi itu bernilai US$ 1,125 miliar.", "US$ 1,125 miliar", 1_125_000_000),
    ("Harga token itu USD 0,215.", "USD 0,215", 0.215),
    ("Cadangan itu Rp 1,500 juta.", "Rp 1,500 juta", 1_500_000),
])
def test_quantities_a_dollar_amount_with_a_thousands_comma(text: str, figure: str, value: float) -> None:
    found = {q.text: q.value for q in find_quantities("a", text)}
    assert found.get(figure) == pytest.approx(value), found


@pytest.mark.parametrize("text, figure, value, unit", [
    # lower-cased copies (the fidelity CSV) write "dolar as": the currency is the dollar, not none or
    # the rupiah of the price word before it, and its thousands comma groups as "USD 7,400" does
    ("harga emas dunia menembus 4.132 dolar as per troy ons.", "4.132 dolar as", 4132, "USD"),
    ("cadangan devisa tercatat 150,7 miliar dolar as.", "150,7 miliar dolar as", 150_700_000_000, "USD"),
    ("emas bergerak di kisaran support 3,371 dolar as per troy ons.", "3,371 dolar as", 3371, "USD"),
    ("Harganya naik ke 3,371 dolar AS per troy ons.", "3,371 dolar AS", 3371, "USD"),
    # guards: a decimal of dollars has two digits, a scale keeps the decimal comma
    ("Garis kemiskinan naik menjadi 2,15 dolar AS per hari.", "2,15 dolar AS", 2.15, "USD"),
    ("Investasi itu bernilai 1,125 miliar dolar AS.", "1,125 miliar dolar AS", 1_125_000_000, "USD"),
    # lower-cased units of power and energy
    ("pelanggan dengan daya 450 va dapat diskon.", "450 va", 450, "VA"),
    ("maksimal pembelian token listrik 1.584 kwh.", "1.584 kwh", 1584, "kWh"),
])
def test_quantities_lower_cased_currency_and_units_after_the_amount(text: str, figure: str, value: float,
                                                                     unit: str) -> None:
    found = {q.text: (q.value, q.unit) for q in find_quantities("a", text)}
    assert figure in found, found
    assert found[figure][0] == pytest.approx(value) and found[figure][1] == unit, found


@pytest.mark.parametrize("text, figure, value", [
    # "ke" written apart before a number grouped in thousands or with a decimal part is "to": the level or
    # the count reached, never an ordinal
    ("Hingga Agustus, beras SPHP telah disalurkan ke 4.662 kecamatan.", "4.662 kecamatan", 4662),
    ("Pelanggan 450 VA yang ingin naik ke 2.200 VA cukup membayar Rp819.875.", "2.200 VA", 2200),
    ("Peluang naik ke 4.170 hingga 4.211 dolar as terbuka.", "4.170 hingga 4.211 dolar as", None),
    ("Skor CDS turun dari 75,16 ke 67,53 pada periode itu.", "67,53", 67.53),
    # a share written as a word after a word that names an id ("PPh 22") is a share, as "0,25%" is
    ("Harga emas plus pajak penghasilan (PPh) 0,25 persen untuk hari ini.", "0,25 persen", 0.25),
])
def test_quantities_a_number_after_ke_or_an_id_word_that_is_a_figure(text: str, figure: str,
                                                                      value: float | None) -> None:
    found = {q.text: q.value for q in find_quantities("a", text)}
    assert figure in found, found
    assert found[figure] == (pytest.approx(value) if value is not None else None), found


@pytest.mark.parametrize("text", [
    "Pencarian memasuki hari ke 3 dan belum membuahkan hasil.",  # an ordinal of a sequence stays one
    "Rapat berlangsung dari pukul 08.00 ke 10.30 WIB.",  # a time of day groups two digits
    "Pembelian emas dikenakan PPh 22 oleh penjual.",  # a tax article
    "Upacara HUT RI ke 80 digelar di Istana.",
])
def test_quantities_an_ordinal_time_or_id_after_ke_stays_none(text: str) -> None:
    found = {q.text: q.value for q in find_quantities("a", text) if q.unit not in ("hari",)}
    assert not found, found


@pytest.mark.parametrize("sentence, span, unit", [
    # fig17: an abbreviation in capitals after a bare count is what it counts
    ("Pemkot menata lebih dari 150 PKL di kawasan itu.", "lebih dari 150 PKL", "PKL"),
    ("Kemlu menyebut terdapat 2 WNI yang ditahan di sana.", "2 WNI", "WNI"),
    ("BPJS bekerja sama dengan lebih dari 22 ribu FKTP.", "lebih dari 22 ribu FKTP", "FKTP"),
])
def test_quantities_an_abbreviation_after_a_count_is_what_it_counts(sentence: str, span: str, unit: str) -> None:
    q = only(sentence)
    assert (q.text, q.unit) == (span, unit)


@pytest.mark.parametrize("sentence", [
    "Rapat dimulai pukul 10.00 WIB di balai kota.",
    "Pasal 378 KUHP mengatur penipuan.",
    "SEBANYAK 5 WARGA TERLUKA DALAM KEJADIAN ITU.",
    "Jemaah kloter 69 SOC masuk asrama haji hari ini.",  # a flight group's number is an id
])
def test_quantities_a_time_zone_law_or_shouted_line_after_a_number_is_no_unit(sentence: str) -> None:
    units = [q.unit for q in find_quantities("d", sentence, [(0, len(sentence))])]
    assert not any(u and u.isupper() and len(u) > 1 for u in units)


@pytest.mark.parametrize("sentence, span, unit", [
    # fig18: a bare count opening its clause and followed by a copula counts the noun after the copula
    ("Dari 87 penerbangan tersebut, 66 merupakan rute internasional.", "66", "rute"),
    ("Sebagian besar selamat, sementara 21 sisanya adalah penerbangan domestik.", "21", "penerbangan"),
    ("Tercatat 383 wisatawan nusantara dan 352 merupakan wisatawan mancanegara.", "352", "wisatawan"),
])
def test_quantities_a_count_before_a_copula_counts_the_noun_after_it(sentence: str, span: str, unit: str) -> None:
    found = {q.text: q.unit for q in find_quantities("t", sentence, [(0, len(sentence))])}
    assert found.get(span) == unit, found


@pytest.mark.parametrize("sentence, span", [
    # a number after a word of a name or a noun names a thing: no count of what the copula gives
    ("Studio 76 adalah studio perak milik warga.", "76"),
    ("HUAWEI nova 13 adalah sahabat digital anak muda.", "13"),
])
def test_quantities_a_number_in_a_name_before_a_copula_counts_nothing(sentence: str, span: str) -> None:
    found = {q.text: q.unit for q in find_quantities("t", sentence, [(0, len(sentence))])}
    assert found.get(span) is None, found


@pytest.mark.parametrize("sentence, span, unit", [
    # fig18: a bare count whose clause names its noun after a count head ("jumlah", "total") counts that noun
    ("Dengan rute baru itu, jumlah total rute menjadi 16.", "16", "rute"),
    ("Jumlah kasus baru di kota itu bertambah menjadi 27.", "27", "kasus"),
    ("Jumlah pasien naik dari 12 menjadi 16 dalam sepekan.", "12", "pasien"),
])
def test_quantities_a_bare_count_after_a_count_head_counts_its_noun(sentence: str, span: str, unit: str) -> None:
    found = {q.text: q.unit for q in find_quantities("t", sentence, [(0, len(sentence))])}
    assert found.get(span) == unit, found


@pytest.mark.parametrize("sentence, span", [
    # "jumlah tersebut" refers back: the count's noun is not named in its clause
    ("Menurut data dinas, jumlah tersebut naik menjadi 16.", "16"),
    # a figure after a preposition is where or whose, not the head's count
    ("Jumlah peserta yang hadir di 12 Kecamatan cukup banyak.", "12"),
])
def test_quantities_a_count_head_pointing_back_or_a_place_names_no_noun(sentence: str, span: str) -> None:
    found = {q.text: q.unit for q in find_quantities("t", sentence, [(0, len(sentence))])}
    assert span in found and found[span] is None, found

@pytest.mark.parametrize("sentence, span, unit", [
    # fig32: a bare count told by its clause's subject before a verb of total or change, no count head
    ("Korban meninggal akibat banjir bandang di Sumbar bertambah menjadi 12.", "12", "korban"),
    ("Rumah yang rusak akibat gempa bertambah menjadi 312.", "312", "rumah"),
    ("Penumpang kapal yang berhasil dievakuasi berjumlah 41.", "41", "penumpang"),
    ("Hingga Selasa, korban jiwa akibat gempa itu telah mencapai 268.", "268", "korban"),
    # a classifier with no noun after it counts what the subject names, not "ekor" or "paket"
    ("Sapi kurban yang disembelih tahun ini mencapai 30 ekor.", "30 ekor", "sapi"),
    ("Bantuan yang disalurkan relawan berjumlah 500 paket.", "500 paket", "bantuan"),
    # after an active verb the count is its object; "data" names the figure, the noun after it the thing
    ("Dari total itu, Astra membukukan penjualan sebanyak 34.480 unit.", "34.480 unit", "penjualan"),
    ("Sementara itu, data penjualan mobil sejak awal tahun tercatat 316.981 unit.", "316.981 unit", "penjualan"),
    # a count head in the clause names what is counted; a copula is no active verb
    ("Kontribusi Astra terhadap total penjualan mobil nasional mencapai 172.268 unit.", "172.268 unit", "penjualan"),
    ("Pengiriman tersebut merupakan tahap pertama sebanyak 250 unit.", "250 unit", "pengiriman"),
    # a year between is only when the count was made, no other figure
    ("Penjualan mobil sepanjang 2023 mencapai 62.195 unit.", "62.195 unit", "penjualan"),
])
def test_quantities_a_bare_count_after_its_subject_and_a_verb_of_total_counts_the_subject(
        sentence: str, span: str, unit: str) -> None:
    found = {q.text: q.unit for q in find_quantities("t", sentence, [(0, len(sentence))])}
    assert found.get(span) == unit, found


@pytest.mark.parametrize("sentence, span, unit", [
    # a name opening the clause (capitalised mid-sentence, or mostly capitalised in the background counts)
    ("Toyota mencatat kenaikan, Astra sebanyak 34.480 unit.", "34.480 unit", "unit"),
    # an active verb with no object named: the count is its object ("mengirim sebanyak")
    ("Hingga Mei, jenama asal China ini telah mengirim sebanyak 30.774 unit.", "30.774 unit", "unit"),
    # a row's label, a figure referred back to, a verb of division, a noun after the figure
    ("Distribusi hewan kurban: Desa Karangkandri sebanyak 9 ekor.", "9 ekor", "ekor"),
    ("Angka itu turun dari 362.163 unit pada tahun lalu.", "362.163 unit", "unit"),
    ("Tanaman yang terlalu padat bisa dibagi menjadi dua.", "dua", None),
    # a state opens no subject: the houses are told in the clause before
    ("Rumah yang rusak parah sebanyak 145 unit, rusak sedang sebanyak 273 unit.", "273 unit", "unit"),
    # a word with an enclitic or a time word opens no subject; another figure between stops the reading
    ("Kini, jumlahnya tinggal 3.000.", "3.000", None),
    ("Tahun ini angkanya mencapai 50.", "50", None),
    ("Penjualan 12 dealer itu mencapai 62.195 unit.", "62.195 unit", "unit"),
    # a level or a position is no count of the subject ("ke" is no link)
    ("Indeks saham naik ke level 7.232.", "7.232", None),
    # a classifier with its noun after it keeps that noun
    ("Rumah yang rusak mencapai 40 unit rumah.", "40 unit rumah", "rumah"),
])
def test_quantities_a_clause_opening_with_no_noun_lends_no_subject(sentence: str, span: str, unit: str | None) -> None:
    found = {q.text: q.unit for q in find_quantities("t", sentence, [(0, len(sentence))])}
    assert span in found and found[span] == unit, found


@pytest.mark.parametrize("sentence", [
    "Korban mengendarai sepeda motor bernomor polisi AB 4337 WL dari arah utara.",  # a number plate
    "Pesawat Boeing 737 MAX kembali terbang pekan ini.",  # a model's name
    "Umat merayakan Waisak 2569 BE di candi itu.",  # a calendar's era
    # a name's word opening the sentence (review6): "Liga" is no word a count may follow
    "Musim baru dimulai. Liga 1 PSSI bergulir pekan depan.",
    "Mobil itu melaju dengan listrik. Tiggo 8 CSH dijual mulai bulan ini.",
])
def test_quantities_capitals_after_a_number_of_a_name_count_nothing(sentence: str) -> None:
    units = [q.unit for q in find_quantities("d", sentence, [(0, len(sentence))])]
    assert not any(u and u.isupper() and len(u) > 1 for u in units), units


def test_quantities_an_abbreviation_counted_after_a_sentence_opening_word() -> None:
    # the sentence's first word is capitalised anyway: "Sebanyak 5 ASN" still counts ASN
    q = only("Inspektorat memeriksa pegawai. Sebanyak 5 ASN diperiksa pekan ini.")
    assert (q.text, q.unit) == ("5 ASN", "ASN")


@pytest.mark.parametrize("sentence, span, unit", [
    ("Pegawai diperiksa. Total 6 ASN dipanggil pekan ini.", "6 ASN", "ASN"),  # a count opener (units.yaml)
    ("Data kedutaan sudah masuk. Rinciannya 386 WNI berada di Iran.", "386 WNI", "WNI"),  # an enclitic
    ("Pemerintah mendata warga. Terdapat 12 WNI yang dipulangkan.", "12 WNI", "WNI"),  # a verb
])
def test_quantities_an_abbreviation_counted_after_a_sentence_opening_word_a_count_may_follow(
        sentence: str, span: str, unit: str) -> None:
    found = {q.text: q.unit for q in find_quantities("d", sentence, [(0, len(sentence))])}
    assert found.get(span) == unit, found


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # fig22: a word of how far a report is along, after a filler word, is no source: the body after it is
        ("Berdasarkan laporan sementara dari Badan Penanggulangan Bencana Daerah, 15 orang hanyut.",
         "Badan Penanggulangan Bencana Daerah"),
        ("Menurut data terbaru dari Dinas Sosial, 300 warga mengungsi.", "Dinas Sosial"),
        ("Berdasarkan laporan sementara, 15 orang hanyut.", None),
    ],
)
def test_quantities_a_reports_status_word_is_no_claimant(sentence: str, claimant: str | None) -> None:
    assert only(sentence).claimant == claimant


@pytest.mark.parametrize("sentence", [
    # fig22: right after a report's status word the clause goes on; a lower-case word there is no source
    "Berdasarkan data terakhir terdapat 386 warga yang berada di kota itu.",
    "Ia mengatakan berdasarkan data sementara tercatat sudah 2.401 penumpang tiba.",
])
def test_quantities_no_lower_case_source_right_after_a_reports_status(sentence: str) -> None:
    assert only(sentence).claimant is None


def test_a_bare_number_right_after_a_word_of_age_is_an_age() -> None:
    # fig24 (mock-up sentences): the years left unwritten after "usia" / "berusia"
    ages = [(q.text, q.unit) for q in find_quantities(
        "t", "Pria usia 31 itu tewas. Ia meninggal di usia 72. Pelaku yang berusia 45 ditahan.")]
    assert ages == [("31", "tahun"), ("72", "tahun"), ("45", "tahun")]
    # a comma or a bracket between them, or money, is no bare age
    rest = [(q.text, q.unit) for q in find_quantities("t", "Batas usia, 25 orang lolos. Dana usia Rp 50 juta.")]
    assert ("25 orang", "orang") in rest and all(u != "tahun" for _, u in rest)


# fig27: sentences written for these tests in the shapes of unseen coverage (an "or less" carried on into
# the next figure's hedge, "bahkan lebih", a duration's range, a duration after "durasi" or "dipenjara")
@pytest.mark.parametrize("sentence, text, qualifier, low, high", [
    # "atau kurang lebih 2 kg" is "or about 2 kg": the first figure is given as it is
    ("Polisi menyita sabu seberat 2.100 gram atau kurang lebih 2 kg.", "2.100 gram", "exact", 2100, 2100),
    ("Nilainya USD 40 juta atau lebih dari Rp 600 miliar.", "USD 40 juta", "exact", 40_000_000, 40_000_000),
    # ... while an "or more" that ends the figure's clause still bounds it
    ("Potongan harga mencapai 35 persen bahkan lebih.", "35 persen bahkan lebih", "at_least", 35, None),
    ("Dendanya 5 persen atau lebih.", "5 persen atau lebih", "at_least", 5, None),
])
def test_quantities_an_or_less_carried_on_is_the_next_figures_hedge(sentence, text, qualifier, low, high) -> None:
    q = find_quantities("t", sentence)[0]
    assert (q.text, q.qualifier, q.low, q.high) == (text, qualifier, low, high)


def test_quantities_the_first_bound_of_a_durations_range_is_no_figure_of_its_own() -> None:
    # "67-160 detik" is a duration; its first bound was read alone as a bare 67
    assert find_quantities("t", "Tercatat lama getaran 67-160 detik.") == []
    assert find_quantities("t", "Surat Keputusan Nomor 300.2.2-2138 Tahun 2025 diterbitkan.") == []
    # a date's day keeps its own guard ("11-12 Juni")
    assert find_quantities("t", "Konferensi digelar 11-12 Juni mendatang.") == []


@pytest.mark.parametrize("sentence, text, unit, qualifier, value", [
    ("Letusan itu terekam di seismograf dengan durasi 116 detik.", "116 detik", "detik", "exact", 116),
    ("Video berdurasi pendek itu punya durasi 28 detik.", "28 detik", "detik", "exact", 28),
    ("Pelanggar bisa dipenjara maksimal tiga tahun.", "maksimal tiga tahun", "tahun", "at_most", 3),
])
def test_quantities_a_duration_after_durasi_or_dipenjara_is_a_figure(sentence, text, unit, qualifier, value) -> None:
    q = only(sentence)
    assert (q.text, q.unit, q.qualifier, q.value) == (text, unit, qualifier, value)


def test_quantities_a_duration_with_no_cue_stays_a_time() -> None:
    assert find_quantities("t", "Hujan turun selama kurang lebih 30 menit lalu berhenti.") == []
    assert find_quantities("t", "Ia tiba 10 menit kemudian.") == []


# fig28: a length told in two units is one figure in the smaller unit; a charge's threatened term is at most;
# millimetres and centimetres are units


@pytest.mark.parametrize("text, needle, value, unit, qualifier", [
    ("Bleeding Steel adalah film berdurasi 1 jam 49 menit karya Leo Zhang.", "1 jam 49 menit", 109, "menit", "exact"),
    ("Waktu tempuh rata-rata bisa mencapai 36 menit 6 detik untuk 10 km.", "36 menit 6 detik", 2166, "detik", "exact"),
    ("Estimasi waktu tempuh rute ini sekitar 2 jam 7 menit.", "sekitar 2 jam 7 menit", 127, "menit", "approx"),
    ("Gerhana buatan tercipta setiap 19 jam 36 menit saat mengorbit.", "19 jam 36 menit", 1176, "menit", "exact"),
])
def test_a_length_told_in_two_units_is_one_figure_in_the_smaller_unit(text, needle, value, unit, qualifier):
    found = {q.text: q for q in find_quantities("a", text)}
    assert needle in found, found
    q = found[needle]
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", [
    "Rapat itu berlangsung 3 jam lalu bubar.",  # one unit, no cue: a time expression, as before
    "Ia datang jam 10 dan pulang jam 12 siang.",  # clock times stay no figure
])
def test_a_single_duration_or_a_clock_time_is_no_compound_figure(text):
    assert [q.text for q in find_quantities("a", text)] == []


@pytest.mark.parametrize("text, needle", [
    ("Keduanya dijerat pasal berlapis dengan ancaman 15 tahun penjara.", "ancaman 15 tahun"),
    ("Pelaku terancam 10 tahun penjara.", "terancam 10 tahun"),
    ("Tersangka dijerat dengan ancaman hukuman 20 tahun penjara.", "ancaman hukuman 20 tahun"),
    # fig29: "maksimal" after no rating's noun keeps its bound (after one it names the peak: "torsi maksimum")
    ("Pelaku dijerat pasal 170 dengan ancaman penjara maksimal 7 tahun.", "maksimal 7 tahun"),
    ("Pelanggar dikenai denda maksimal Rp 50 juta.", "maksimal Rp 50 juta"),
    ("Kecepatan maksimal 80 km/jam berlaku di jalan tol itu.", "maksimal 80 km"),
])
def test_a_threatened_term_is_the_longest_the_law_allows(text, needle):
    found = {q.text: q for q in find_quantities("a", text)}
    assert needle in found, found
    assert found[needle].qualifier == "at_most"


def test_a_verdict_term_stays_exact():
    found = {q.text: q for q in find_quantities("a", "Ahmad Dhani mendapat vonis 1,5 tahun penjara.")}
    assert found["1,5 tahun"].qualifier == "exact"


@pytest.mark.parametrize("text, needle, unit", [
    ("Tinggi jok motor ini 790 mm dari tanah.", "790 mm", "mm"),
    ("Tebal kaca mobil mencapai 6 cm.", "6 cm", "cm"),
    ("Lebar motor ini 724 milimeter.", "724 milimeter", "mm"),
    ("Pohon berdiameter 30 sentimeter itu tumbang.", "30 sentimeter", "cm"),
    # fig31: a square metre is an area, never a length in meters nor a bare number
    ("Standar rumah subsidi diusulkan menjadi 25 meter persegi untuk luas lahannya.", "25 meter persegi", "m2"),
    ("Luas bangunan minimal 18 meter persegi.", "minimal 18 meter persegi", "m2"),
    ("Tanah warisan seluas 2.275 m2 itu dipecah.", "2.275 m2", "m2"),
    ("Aset terbesar adalah tanah seluas 1.814 m² di Banda Aceh.", "1.814 m²", "m2"),
    ("Video 'Viral! Ini Wujud Rumah 14 Meter Persegi'", "14 Meter Persegi", "m2"),
    # ... and a length in meters stays one
    ("Di Km 24 akan dibangun jalan sepanjang 170 meter.", "170 meter", "meter"),
    ("Pesepak bola berpostur 1,90 meter itu menjadi kapten.", "1,90 meter", "meter"),
])
def test_lengths_and_areas_are_read_in_their_unit(text, needle, unit):
    found = {q.text: q.unit for q in find_quantities("a", text)}
    assert found.get(needle) == unit, found


@pytest.mark.parametrize("text, needle, value, unit", [
    # fig29: after a rating's noun "maksimum" names the peak, an exact figure; PS and Nm are units
    ("Mesin itu punya torsi maksimum 105 Nm pada 3.200 rpm.", "105 Nm", 105, "Nm"),
    ("Motor itu menghasilkan daya maksimum 6,2 kW di 6.500 rpm.", "6,2 kW", 6.2, "kW"),
    ("Mesin itu menyemburkan tenaga 143 PS dan torsi 215 Nm.", "143 PS", 143, "PS"),
    ("Mesin itu menyemburkan tenaga 143 PS dan torsi 215 Nm.", "215 Nm", 215, "Nm"),
])
def test_an_engine_rating_is_exact_in_its_unit(text, needle, value, unit):
    found = {q.text: q for q in find_quantities("a", text)}
    assert needle in found, found
    assert (found[needle].value, found[needle].unit, found[needle].qualifier) == (value, unit, "exact")


@pytest.mark.parametrize("text, low, high", [
    # fig29: a threatened term followed by a second, longer bound is the law's minimum
    ("Tersangka dijerat dengan ancaman hukuman 5 tahun dan paling lama 20 tahun penjara.",
     "ancaman hukuman 5 tahun", "paling lama 20 tahun"),
    ("Ia dijerat dengan ancaman lima tahun penjara dan maksimal 20 tahun penjara.",
     "ancaman lima tahun", "maksimal 20 tahun"),
])
def test_a_threatened_minimum_before_a_maximum_is_at_least(text, low, high):
    found = {q.text: q for q in find_quantities("a", text)}
    assert (found[low].qualifier, found[high].qualifier) == ("at_least", "at_most"), found


def test_the_same_cap_twice_is_two_caps():
    found = {q.text: q for q in find_quantities("a", "Denda hingga Rp 5 juta dan hingga Rp 10 juta untuk korporasi.")}
    assert found["hingga Rp 5 juta"].qualifier == found["hingga Rp 10 juta"].qualifier == "at_most"


@pytest.mark.parametrize("text, needle, unit", [
    # fig30: a change's old value written bare before "menjadi" counts in the new value's unit
    ("Jumlah kereta ekonomi ditingkatkan dari 4 menjadi 7 gerbong selama libur sekolah.", "4", "gerbong"),
    ("Kapasitas tempat duduk meningkat dari 420 menjadi 760 kursi.", "420", "kursi"),
    ("Bunga pinjaman diturunkan dari 6 menjadi 5,5 persen.", "6", "persen"),
])
def test_a_bare_old_value_counts_in_its_new_values_unit(text, needle, unit):
    found = {q.text: q for q in find_quantities("a", text)}
    assert needle in found, found
    assert found[needle].unit == unit


@pytest.mark.parametrize("text, needle", [
    # no "dari ... menjadi" frame: a bare number keeps the unit it had (none here)
    ("Sebanyak 12 dari 30 peserta menjadi pemenang lomba.", "12"),
    ("Skor akhir 3 menjadi catatan penting bagi tim.", "3"),
])
def test_a_bare_number_outside_a_from_to_frame_takes_no_new_unit(text, needle):
    found = {q.text: q for q in find_quantities("a", text)}
    assert needle not in found or found[needle].unit in (None, "peserta")


@pytest.mark.parametrize("text, needle, unit", [
    # fig33: a part of a counted whole counts the whole's noun, known unit or not
    ("Tujuh dari sembilan sektor ditutup menguat.", "Tujuh", "sektor"),
    ("Polisi menangkap 3 dari 5 pelaku pembegalan.", "3", "pelaku"),
    ("Enam dari 10 analis memperkirakan suku bunga tetap.", "Enam", "analis"),
    ("Sebanyak 241 dari 242 orang selamat.", "241", "orang"),
])
def test_a_part_of_a_counted_whole_counts_the_wholes_noun(text, needle, unit):
    assert _unit_of_figure(text, needle) == unit


@pytest.mark.parametrize("text, needle", [
    # a year is no whole; a bare "dari" with no number names where from, not a whole (known units only)
    ("Tiga dari 2019 akan dibahas lagi.", "Tiga"),
    ("Tiga dari rombongan itu tiba lebih dulu.", "Tiga"),
    # a rank, a rating or points out of a whole count none of it
    ("Sate itu punya rating 4,8 dari 246 ulasan di Google Review.", "4,8"),
    ("Sekolah itu menempati peringkat 45 dari 173 SD di kota itu.", "45"),
    ("PSS masih di dasar klasemen dengan poin 22 dari 30 laga.", "22"),
])
def test_a_part_of_no_counted_whole_takes_no_unknown_noun(text, needle):
    assert _unit_of_figure(text, needle) is None


def _unit_of_figure(text: str, needle: str) -> str | None:
    """The unit of the figure written ``needle`` in ``text`` (the figure must be found)."""
    found = {q.text: q for q in find_quantities("a", text)}
    assert needle in found, found
    return found[needle].unit


@pytest.mark.parametrize("text, date_or_name", [
    # fig34: a day of the Islamic or Javanese calendar is a date, not a count
    ("Masyarakat menggelar pawai untuk memperingati 1 Muharram tahun ini.", "1 Muharram"),
    ("Jemaah wukuf di Arafah pada 9 Dzulhijjah sore.", "9 Dzulhijjah"),
    ("Puasa sunah dianjurkan pada 9, 10, dan 11 Muharram.", "11 Muharram"),
    # a year of another calendar, told by its era marker
    ("Pemerintah menetapkan libur Tahun Baru Islam 1447 Hijriah pekan depan.", "1447"),
    ("Kemenag menggelar salat Idul Adha 1446 H di Istiqlal.", "1446"),
    ("Kaisar itu memerintah dari 221 SM hingga 210 SM.", "221"),
    # a vehicle's registration plate
    ("Polisi mencari mobil Toyota Calya pelat B 2829 UIL yang menerobos gerbang tol.", "2829"),
    ("Innova dengan nopol AB 1648 AG ringsek setelah menabrak pohon.", "1648"),
])
def test_a_date_a_year_of_an_era_or_a_plate_is_no_figure(text, date_or_name):
    number = date_or_name.split()[0]
    at = text.index(date_or_name)
    assert not [q for q in find_quantities("a", text) if q.start <= at + len(number) - 1 and at < q.end], text


@pytest.mark.parametrize("text, kept", [
    # the guards: a count after capitals that are no plate's, a small number before "H", a headline in capitals
    ("Sebanyak 12 WNA ditangkap petugas imigrasi.", "12"),
    ("Hasil babak pertama menunjukkan skor 5 H tanpa balasan.", "5"),
    ("KORBAN DI 2 RS BERTAMBAH", "2"),
])
def test_counts_near_capitals_stay_figures(text, kept):
    assert kept in {q.text.split()[0] for q in find_quantities("a", text)}


@pytest.mark.parametrize("text, needle", [
    # fig34: a noun of a person right before "N tahun" makes it that person's age
    ("Pemain 24 tahun itu bukan ancaman untuk Timnas Jepang.", "24 tahun"),
    ("Kiper 39 tahun itu meraih banyak trofi meski jarang main.", "39 tahun"),
    ("Ia merasa striker 22 tahun itu punya potensi yang besar.", "22 tahun"),
])
def test_a_person_noun_right_before_years_gives_an_age(text, needle):
    found = {q.text: q for q in find_quantities("a", text)}
    assert needle in found and found[needle].unit == "tahun", found


@pytest.mark.parametrize("text", [
    # a term after a verb of becoming, a window counted back from now
    "Ia menjadi pelatih 3 tahun di klub itu sebelum pensiun.",
    "Korban 3 tahun lalu masih menunggu santunan.",
])
def test_a_person_noun_before_a_term_or_a_window_gives_no_age(text):
    assert not [q for q in find_quantities("a", text) if q.unit == "tahun"]


@pytest.mark.parametrize("text, number, noun", [
    # mend46: the reading of a bare count's noun is public, so the figure readings ask it without a private name
    ("Korban meninggal akibat longsor di desa itu bertambah menjadi 9.", "9", "korban"),
    ("Penumpang bus itu berjumlah 40 orang.", "40", "penumpang"),
    ("Dia mengatakan jumlahnya bertambah menjadi 5.", "5", None),
])
def test_the_noun_a_bare_count_counts_is_read_through_a_public_function(text, number, noun):
    from ceksilang.extract import quantities
    from ceksilang.text import split_sentences

    assert "unit_of_clause_subject" in quantities.__all__
    start = text.index(number)
    sentence = next(s for s in split_sentences(text) if s[0] <= start < s[1])
    found = quantities.unit_of_clause_subject(text, sentence, start, "id")
    assert (found.lower() if found else None) == noun


@pytest.mark.parametrize("sentence, parts", [
    # fig37: the months of a term were dropped ("tahun 9" read as a year) or read as the bare spelled word in brackets;
    # mend48: a term in years and months is ONE figure, in months, as another outlet may give it ("30 bulan penjara")
    ("Terdakwa dituntut pidana penjara selama 4 (empat) tahun 9 (sembilan) bulan, denda Rp 50 juta.",
     [("4 (empat) tahun 9 (sembilan) bulan", 57, "bulan")]),
    ("Ia juga membayar uang pengganti subsidair 2 (dua) tahun 5 (lima) bulan penjara.",
     [("2 (dua) tahun 5 (lima) bulan", 29, "bulan")]),
    ("Hakim memvonis terdakwa 1 tahun 6 bulan penjara.", [("1 tahun 6 bulan", 18, "bulan")]),
    # the cue after the months is the whole term's: the years are not left out
    ("Hakim memvonis Andi Saputra 2 tahun 6 bulan penjara.", [("2 tahun 6 bulan", 30, "bulan")]),
    # a month of a term is thirty days (KUHP art. 97)
    ("Ia divonis 1 bulan 15 hari kurungan.", [("1 bulan 15 hari", 45, "hari")]),
])
def test_a_term_in_two_units_is_one_figure_in_the_smaller_unit(sentence, parts):
    found = [(q.text, q.value, q.unit) for q in find_quantities("t", sentence) if q.unit in ("tahun", "bulan", "hari")]
    assert found == parts


@pytest.mark.parametrize("sentence, age", [
    # an age's months are part of the age, which stays in years: no figure of months of its own
    ("Bocah 5 tahun 3 bulan itu hilang sejak Senin.", ("5 tahun 3 bulan", 5, "tahun")),
    ("Balita berusia 2 tahun 3 bulan itu dirawat di puskesmas.", ("2 tahun 3 bulan", 2, "tahun")),
])
def test_an_age_in_years_and_months_is_one_age_in_years(sentence, age):
    assert [(q.text, q.value, q.unit) for q in find_quantities("t", sentence)] == [age]


def test_a_time_ago_in_two_units_stays_no_term():
    # no cue: "2 tahun 3 bulan lalu" says when, and the months are no figure
    assert [q.text for q in find_quantities("t", "Sudah 2 tahun 3 bulan lalu ia pindah ke Surabaya.")
            if q.unit == "bulan"] == []


@pytest.mark.parametrize("text", [
    # a term's smaller part is read against its larger part where the two stand, wherever in the article:
    # a cue after the years' unit near the article's start (the first sentence's "penjara") is not theirs
    "Vonis penjara untuk Andi dibacakan. Ia tinggal di sana 2 tahun 3 bulan sebelum pindah.",
    "Ia tinggal di sana 2 tahun 3 bulan sebelum pindah.",
])
def test_a_stay_in_two_units_is_no_term_wherever_it_stands(text):
    assert [q.text for q in find_quantities("t", text) if q.unit == "bulan"] == []


def test_a_share_in_brackets_after_a_count_is_a_figure_of_its_own():
    # fig39: a count and its share, one in brackets after the other, are two figures (a conversion in brackets,
    # "50 km (31 mil)", is still the same figure)
    found = [(q.text, q.value) for q in find_quantities("a", "PKS: 12.781.241 (8,4 persen)\nPAN: 10.984.639 (7,2 persen)\n")]
    assert found == [("12.781.241", 12781241.0), ("8,4 persen", 8.4), ("10.984.639", 10984639.0), ("7,2 persen", 7.2)]
    found = [(q.text, q.value) for q in find_quantities("a", "Pasangan itu unggul dengan 41,5 persen (210.300 suara).")]
    assert found == [("41,5 persen", 41.5), ("210.300 suara", 210300.0)]
    assert [q.text for q in find_quantities("a", "Jaraknya 50 km (31 mil) dari kota.")] == ["50 km"]


@pytest.mark.parametrize("text, found", [
    # mend50d: a share is never a figure of another unit written again, so a bare count in brackets after it is a
    # figure of its own too (votes with no word of their unit)
    ("Ia unggul dengan 33,2 persen (155.848).", [("33,2 persen", 33.2), ("155.848", 155848.0)]),
    ("Paslon nomor urut 2 meraih 47,1 persen (1.204.330) suara.", [("47,1 persen", 47.1), ("1.204.330", 1204330.0)]),
    # a year in brackets after a share stays no figure, and a bare figure after a length is still its conversion
    ("Ekonomi tumbuh 5,05 persen (2023).", [("5,05 persen", 5.05)]),
    ("Jaraknya 50 km (31) dari kota.", [("50 km", 50.0)]),
])
def test_a_bare_count_in_brackets_after_a_share_is_a_figure_of_its_own(text, found):
    assert [(q.text, q.value) for q in find_quantities("a", text)] == found


@pytest.mark.parametrize("text, needle, unit", [
    # fig40: a common noun written with a capital after a number is what it counts
    ("Polisi menerima 40 Laporan dari warga sepanjang pekan.", "40 Laporan", "laporan"),
    ("Acara itu diikuti 12 Sekolah dari seluruh kabupaten.", "12 Sekolah", "sekolah"),
])
def test_a_common_noun_written_with_a_capital_is_the_unit(text, needle, unit):
    assert _unit_of(text, needle) == unit


@pytest.mark.parametrize("text, number", [
    # ... but not a name's word, a time word, or a word with a number after it (a law's, an article's number)
    ("Aturan itu tertuang dalam Peraturan Nomor 3 Tahun 2020.", "3"),
    ("Upacara digelar pada 17 Agustus di lapangan.", "17"),
])
def test_a_capitalised_word_that_is_no_common_noun_is_no_unit(text, number):
    from ceksilang.extract.quantities import find_quantities
    found = [q for q in find_quantities("a", text, [(0, len(text))]) if q.text.startswith(number)]
    assert all(q.unit in (None, "tahun") and q.text.split()[0] == number and len(q.text.split()) == 1 for q in found)


# mend54: a magnitude is a value on a scale, never the count a count head or a clause's subject names
@pytest.mark.parametrize("text, magnitude, count", [
    ("BNPB mencatat jumlah korban jiwa akibat gempa berkekuatan 6,9 SR yang terjadi Jumat bertambah menjadi 3 orang.",
     6.9, 3),
    ("Korban meninggal akibat gempa magnitudo 5,6 di Cianjur bertambah menjadi 162 orang.", 5.6, 162),
    ("Jumlah korban gempa bermagnitudo 6,2 yang mengguncang Majene mencapai 84 orang.", 6.2, 84),
    ("Total korban gempa berkekuatan 7,3 skala Richter itu mencapai 12 orang.", 7.3, 12),
    ("Jumlah korban tewas gempa M 6,4 mencapai 9 orang.", 6.4, 9),
    ("Gempa 5,0 Mw mengguncang Garut, warga yang mengungsi berjumlah 300 orang.", 5.0, 300),
])
def test_a_quakes_magnitude_is_on_its_scale_and_the_toll_is_people(text, magnitude, count):
    found = {q.value: q.unit for q in find_quantities("t", text)}
    assert found[magnitude] == "magnitudo", found
    assert found[count] == "orang", found


@pytest.mark.parametrize("text, needle, unit", [
    # mend54: a common noun with a capital goes on a noun or an acronym and still counts
    ("Dari 85 Laporan Polisi yang masuk, sebagian besar sudah dilimpahkan ke kejaksaan setempat.", "85 Laporan",
     "laporan"),
    ("Sebanyak 6 Perwakilan RI di luar negeri ditutup sementara karena situasi keamanan memburuk.", "6 Perwakilan",
     "perwakilan"),
    ("Ada 12 Kantor Wilayah yang ikut dalam penilaian kinerja tahun ini menurut kementerian.", "12 Kantor", "kantor"),
])
def test_a_capitalised_common_noun_before_another_noun_is_the_unit(text, needle, unit):
    assert _unit_of(text, needle) == unit


@pytest.mark.parametrize("text, needle, unit", [
    # mend55: a loanword Indonesian text writes often is a noun with a capital too, though the translation list
    # gives it only as English
    ("Sebanyak 15 Film Indonesia diputar di festival itu sepanjang pekan depan di tiga kota.", "15 Film", "film"),
    # (stop 52: "event" and "game" sat at 97 and 110 per million against the bar of 100, so a rebuild of the counts
    # that takes gold articles out moved "event" below it; loanwords well clear of the bar are used instead)
    ("Stasiun televisi itu menayangkan 12 Drama baru selama libur sekolah tahun ini.", "12 Drama", "drama"),
    ("Pabrikan lokal itu merilis 40 Model baru sepanjang tahun lalu untuk pasar dalam negeri.", "40 Model", "model"),
    # an all-capitals word after the noun is an acronym, and "Pers" is no plural of "per"
    ("Kampus itu membuka 12 Jurusan IT baru mulai tahun ajaran depan untuk menampung peminat.", "12 Jurusan",
     "jurusan"),
    ("Penyidik memeriksa 5 Saksi Pers dalam perkara pencemaran nama baik itu pada Senin.", "5 Saksi", "saksi"),
])
def test_a_capitalised_loanword_or_a_noun_before_an_acronym_is_the_unit(text, needle, unit):
    assert _unit_of(text, needle) == unit


@pytest.mark.parametrize("text, number", [
    # mend54: ... but a capitalised English word after a number, or a capitalised word a title or a name goes on
    # from, is no unit: the number is part of a name
    ("Ia mengaku sudah lama ingin membuka gerai 28 Coffee di kawasan pusat kota yang ramai pengunjung.", "28"),
    ("Pembalap itu akan kembali turun di balapan ketahanan 12 Hours of Sebring pada bulan depan bersama timnya.",
     "12"),
    ("Panitia menyebut acara hitung mundur 1 Day To Go itu digelar di halaman kantor wali kota pada sore hari.", "1"),
    ("Penonton yang datang ke bioskop untuk film Tiga Sahabat Prabowo itu mencapai ribuan orang setiap harinya.",
     "Tiga"),
    ("Liputan itu menyebut film horor 28 Years Later tayang di bioskop mulai pekan depan di seluruh kota.", "28"),
    ("Restoran itu sudah dua kali masuk daftar 50 Best yang disusun majalah kuliner tersebut tahun ini.", "50"),
])
def test_a_capitalised_word_of_a_name_or_title_after_a_number_is_no_unit(text, number):
    found = [q for q in find_quantities("a", text) if q.text.startswith(number)]
    assert all(q.unit is None and q.text == number for q in found), [(q.text, q.unit) for q in found]


@pytest.mark.parametrize("text, scale_value, count", [
    # mend54: a volcano's alert level or explosivity index is a value on a scale: the clause's count head names
    # the people of the other figure, not it; and "dua SR" (two Sekolah Rakyat schools) is no magnitude
    ("Jumlah pengungsi akibat erupsi gunung berstatus Level 4 itu mencapai 500 orang.", 4, 500),
    ("Jumlah warga terdampak letusan berskala VEI 4 itu mencapai 900 orang.", 4, 900),
])
def test_a_value_on_a_scale_counts_no_people(text, scale_value, count):
    found = {q.value: q.unit for q in find_quantities("t", text)}
    assert found[scale_value] is None, found
    assert found[count] == "orang", found


def test_a_spelled_count_before_an_acronym_is_no_magnitude():
    found = [(q.text, q.unit) for q in find_quantities("t", "Pemerintah membuka dua SR baru di Sleman tahun ini.")]
    assert found and all(unit != "magnitudo" for _, unit in found), found


@pytest.mark.parametrize("text, value", [
    # mend55: a thousand grouped with a point has no decimal part: "1.000 SR" are a thousand schools, and a power
    # plant of "1.000 Mw" or "15,5 Mw" is no quake (a magnitude runs from 0 to 10)
    ("Pemerintah menargetkan membangun 1.000 SR di seluruh provinsi hingga akhir tahun depan.", 1000),
    ("Tahun ini ditargetkan 2.500 SR berdiri di kabupaten yang angka putus sekolahnya tinggi.", 2500),
    ("Perusahaan itu mengoperasikan PLTU berkapasitas 1.000 Mw di pesisir utara Jawa sejak 2020.", 1000),
    ("Perusahaan itu mengoperasikan PLTU berkapasitas 15,5 Mw di pesisir utara Jawa sejak 2020.", 15.5),
])
def test_a_number_without_a_decimal_part_or_out_of_range_is_no_magnitude(text, value):
    found = {q.value: q.unit for q in find_quantities("t", text)}
    assert value in found and found[value] != "magnitudo", found


def test_a_magnitude_written_with_a_point_in_an_indonesian_text_is_still_a_magnitude():
    found = {q.value: q.unit for q in find_quantities("t", "Gempa 6.0 magnitudo mengguncang Garut pada Senin pagi.")}
    assert found.get(6.0) == "magnitudo", found


@pytest.mark.parametrize("text, needle, unit", [
    # mend55/mend57: "pound" is money, a weight only with a weight cue (matched by its root too) and no money cue nearer
    ("Beratnya mencapai 200 pound setelah latihan keras selama tiga bulan terakhir.", "200 pound", "pound"),
    ("Petinju itu ditimbang dengan bobot 150 pound sehari sebelum laga.", "150 pound", "pound"),
    ("Harga tiket laga final itu mencapai 200 pound per orang di pasar gelap.", "200 pound", "GBP"),
    ("Klub itu membayar 50 juta pound untuk mendatangkan penyerang asal Brasil.", "50 juta pound", "GBP"),
    # the nearest cue says which
    ("Ia membeli tas seberat 2 kg seharga 300 pound di sebuah butik di London.", "300 pound", "GBP"),
    # another currency named before it: an exchange rate
    ("Nilai tukar menguat karena poundsterling naik 0,2% ke level 0,75 pounds terhadap dolar AS pada Jumat.",
     "0,75 pounds", "GBP"),
    # mend57: with no cue it is money; an inflected cue counts by its root
    ("Gelandang itu didenda 5.000 pounds oleh FA karena komentarnya usai laga.", "5.000 pounds", "GBP"),
    ("Seorang pensiunan memenangkan 1.000 pound dalam lotre pekan lalu di Manchester.", "1.000 pound", "GBP"),
    ("Ikan tangkapan nelayan itu ditimbang di dermaga dan tercatat 40 pound pada Minggu pagi.", "40 pound", "pound"),
])
def test_pound_after_an_amount_is_money_or_weight_by_its_cue(text, needle, unit):
    found = {q.text: q.unit for q in find_quantities("t", text)}
    assert found.get(needle) == unit, found


def test_an_amount_in_pounds_written_in_english_is_money():
    # mend54: "Pounds" after an amount is the British currency, not a capitalised noun it counts
    found = [(q.text, q.unit) for q in find_quantities(
        "t", "Klub itu sudah menghabiskan 120 juta Pounds untuk membeli tiga pemain baru musim panas ini.")]
    assert ("120 juta Pounds", "GBP") in found, found


@pytest.mark.parametrize("word, common", [
    # mend57: the background counts hold English sentences, so English function words pass the loanword bar; they
    # are English (lang/en stopwords), never an Indonesian loanword, while the loanwords stay Indonesian
    *[(w, False) for w in ("the", "of", "and", "to", "in", "for", "on", "with")],
    ("film", True), ("drama", True), ("model", True),
])
def test_an_english_function_word_is_no_loanword_of_indonesian_text(word, common):
    from ceksilang.extract.quantities import _common_in_indonesian

    assert _common_in_indonesian(word) is common


# fig44: where the counted people were taken, treated or sheltered is no place of the figure; the next place of the
# clause may be, but not one past a joiner and a further figure (that one's)
@pytest.mark.parametrize("text, figure, place", [
    ("Lima korban tewas dievakuasi ke Rumah Sakit Bhayangkara Kupang untuk diidentifikasi.", "Lima korban", None),
    ("Tujuh orang luka-luka dirawat di Puskesmas Cibeber setelah longsor di Desa Cibeber, Kabupaten Cianjur.",
     "Tujuh orang", "Desa Cibeber"),
    ("Sebanyak 2.350 warga mengungsi di Posko GOR Tanjungpinang.", "2.350 warga", None),
    ("Korban luka kini 25 orang dirawat di RSUD Sumedang dan 4 orang di Desa Cihanjuang.", "25 orang", None),
    ("Korban luka kini 25 orang dirawat di RSUD Sumedang dan 4 orang di Desa Cihanjuang.", "4 orang",
     "Desa Cihanjuang"),
    ("Korban meninggal dunia kini 25 orang di RSUD Sumedang dan 4 orang di Desa Cihanjuang.", "4 orang",
     "Desa Cihanjuang"),
    # mend63: a care place with no verb of taking, treating or sheltering before it is where the event happened
    ("Tiga orang tewas dalam kebakaran di RSUD Wates, Kulon Progo.", "Tiga orang", "RSUD Wates"),
    ("Lima korban luka langsung dilarikan ke RSUD Wates.", "Lima korban", None),
    ("Awalnya dua pria tidak dikenal membawa korban ke UGD RSUP Dr. Kariadi.", "dua pria", None),
    ("Sebanyak 1.250 rumah rusak akibat gempa di Kabupaten Cianjur.", "1.250 rumah", "Kabupaten Cianjur"),
])
def test_quantities_care_place_is_no_place_of_the_figure(text: str, figure: str, place: str | None) -> None:
    q = next(q for q in find_quantities("t", text) if q.text.startswith(figure))
    if place is None:
        assert q.place is None
    else:  # without the tagger's mentions the region word may be left off ("Cianjur" of "Kabupaten Cianjur")
        assert q.place and (q.place in place or place in q.place), q.place


# fig44: a year-like number is a count after a count opener with a noun after it, and a year otherwise
@pytest.mark.parametrize("text, value", [
    ("Pantai Goa Cemara sebanyak 1995 wisatawan, Pantai Kuwaru sebanyak 873 wisatawan.", 1995),
    ("Pemerintah menyalurkan sebanyak 2000 paket sembako kepada korban banjir.", 2000),
    ("Sejak 2019 ada 350 kasus serupa di kota itu.", None),
    ("Pada 2015 industri semen tumbuh 5 persen.", None),
    # mend63: after an opener the next word must be a counted noun, not any lower-case word
    ("Setidaknya 2030 nanti pemerintah menargetkan nol emisi.", None),
    ("Sedikitnya 2026 nanti seluruh desa teraliri listrik.", None),
    ("Sebanyak 2025 ini pemerintah menargetkan swasembada beras.", None),
])
def test_quantities_year_like_count_after_a_count_opener(text: str, value: float | None) -> None:
    values = {q.value for q in find_quantities("t", text)}
    if value is None:
        assert not values & {2015.0, 2019.0, 2025.0, 2026.0, 2030.0}
    else:
        assert float(value) in values


# fig44: a fraction in words is read with its value ("dua pertiga" was once 2)
@pytest.mark.parametrize("text, value", [
    ("Dua pertiga dari 300 rumah di desa itu terendam banjir.", 2 / 3),
    ("Sepertiga warga Desa Pasir Jambu kehilangan rumah.", 1 / 3),
    ("Harga tersebut separuh dari NJOP hotel.", 0.5),
])
def test_quantities_fraction_words(text: str, value: float) -> None:
    assert any(q.value == pytest.approx(value) for q in find_quantities("t", text))


# mend63: a fraction or half word before a word of an idiom ("separuh baya", middle-aged; "separuh jalan", halfway;
# "setengah hati", half-hearted) is no quantity; before a counted noun it stays one
@pytest.mark.parametrize("text, read", [
    ("Separuh baya, ia masih bekerja sebagai nelayan.", False),
    ("Proyek itu baru separuh jalan.", False),
    ("Ia setengah hati menerima keputusan itu.", False),
    ("Separuh warga desa mengungsi ke balai desa.", True),
    ("Banjir bandang memaksa seperempat juta warga mengungsi.", True),
])
def test_quantities_fraction_word_in_an_idiom_is_no_quantity(text: str, read: bool) -> None:
    found = [q for q in find_quantities("t", text) if q.value is not None]
    assert bool(found) is read, found
