"""Tests for ceksilang.extract.timex: resolution tables, spans that are not dates, properties,
and the evaluation gate on the hand-annotated sample in tests/gold/dates.yaml."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ceksilang.extract.timex import find_dates, month_name_id, resolve_date, timex_words
from ceksilang.lang import available

from .conftest import needs_corpus

GOLD = Path(__file__).resolve().parent / "gold" / "dates.yaml"

# Floors measured on the gold sample (see the report printed by test_timex_gold_scores);
# raise them when the extractor improves, never lower them.
FLOOR_PRECISION = 0.97
FLOOR_RECALL = 0.97
FLOOR_VALUE_ACCURACY = 0.97  # of matched spans, value and precision both right


# --------------------------------------------------------------------------- resolution table

FRI = date(2024, 11, 1)  # a Friday
TUE = date(2024, 11, 12)  # a Tuesday

RESOLUTION_CASES = [
    # absolute
    ("3 November", FRI, "2024-11-03", "day", "absolute"),
    ("30 Oktober 2024", FRI, "2024-10-30", "day", "absolute"),
    ("1 November 2024 10:29", FRI, "2024-11-01T10:29:00+07:00", "minute", "absolute"),
    ("Selasa (12/11/2024)", FRI, "2024-11-12", "day", "absolute"),
    ("Kamis (31/10)", FRI, "2024-10-31", "day", "absolute"),
    ("Jumat, 1 November 2024", FRI, "2024-11-01", "day", "absolute"),
    ("12/11/2024", FRI, "2024-11-12", "day", "absolute"),
    ("2024-11-12", FRI, "2024-11-12", "day", "absolute"),
    ("Oktober 2024", FRI, "2024-10", "month", "absolute"),
    ("tahun 2024", FRI, "2024", "year", "absolute"),
    ("sejak 2013", FRI, "2013", "year", "absolute"),
    ("Rabu, 12 Sep 2018 15:06 WIB", FRI, "2018-09-12T15:06:00+07:00", "minute", "absolute"),
    ("Senin (4/11) pukul 19.30 WITA", FRI, "2024-11-04T19:30:00+08:00", "minute", "absolute"),
    ("pada 2 Januari", date(2024, 12, 20), "2025-01-02", "day", "absolute"),  # closest year
    ("pada 20 Desember", date(2025, 1, 5), "2024-12-20", "day", "absolute"),
    ("bulan Juni", date(2024, 10, 30), "2024-06", "month", "absolute"),
    ("Desember lalu", date(2022, 1, 4), "2021-12", "month", "relative"),
    ("September lalu", date(2021, 6, 11), "2020-09", "month", "relative"),
    ("kuartal II 2021", FRI, {"from": "2021-04", "to": "2021-06"}, "month", "absolute"),
    ("triwulan III", FRI, {"from": "2024-07", "to": "2024-09"}, "month", "relative"),
    ("semester pertama 2025", FRI, {"from": "2025-01", "to": "2025-06"}, "month", "absolute"),
    ("paruh kedua tahun ini", FRI, {"from": "2024-07", "to": "2024-12"}, "month", "relative"),
    # relative to the anchor
    ("kemarin", FRI, "2024-10-31", "day", "relative"),
    ("kemarin lusa", FRI, "2024-10-30", "day", "relative"),
    ("hari ini", FRI, "2024-11-01", "day", "relative"),
    ("besok", FRI, "2024-11-02", "day", "relative"),
    ("lusa", FRI, "2024-11-03", "day", "relative"),
    ("pada Rabu", FRI, "2024-10-30", "day", "relative"),
    ("hari Jumat", FRI, "2024-11-01", "day", "relative"),  # on or before the anchor
    ("Senin malam", FRI, "2024-10-28", "day", "relative"),
    ("pada Minggu", TUE, "2024-11-10", "day", "relative"),
    ("Minggu pekan lalu", TUE, "2024-11-03", "day", "relative"),
    ("Senin pekan depan", TUE, "2024-11-18", "day", "relative"),
    ("Rabu lalu", date(2024, 11, 13), "2024-11-06", "day", "relative"),
    ("tiga bulan lalu", FRI, "2024-08", "month", "relative"),
    ("dua minggu lalu", TUE, {"from": "2024-10-27", "to": "2024-11-02"}, "week", "relative"),
    ("pekan lalu", TUE, {"from": "2024-11-03", "to": "2024-11-09"}, "week", "relative"),
    ("5 hari lalu", FRI, "2024-10-27", "day", "relative"),
    ("sebulan lalu", FRI, "2024-10", "month", "relative"),
    ("bulan lalu", date(2024, 1, 15), "2023-12", "month", "relative"),
    ("tahun lalu", FRI, "2023", "year", "relative"),
    ("tahun kemarin", FRI, "2023", "year", "relative"),
    ("tahun depan", FRI, "2025", "year", "relative"),
    ("dua tahun silam", FRI, "2022", "year", "relative"),
    # ranges
    ("8 hingga 13 Oktober", FRI, {"from": "2024-10-08", "to": "2024-10-13"}, "day", "range"),
    ("antara tanggal 23 dan 28 Oktober", FRI, {"from": "2024-10-23", "to": "2024-10-28"}, "day", "range"),
    ("1-3 November", FRI, {"from": "2024-11-01", "to": "2024-11-03"}, "day", "range"),
    ("28 Desember hingga 2 Januari", date(2025, 1, 3), {"from": "2024-12-28", "to": "2025-01-02"}, "day", "range"),
    ("Januari hingga Maret 2025", FRI, {"from": "2025-01", "to": "2025-03"}, "month", "range"),
    ("April-Juni 2021", FRI, {"from": "2021-04", "to": "2021-06"}, "month", "range"),
    ("periode 2019-2024", FRI, {"from": "2019", "to": "2024"}, "year", "range"),
    # vague
    ("akhir Oktober", FRI, {"from": "2024-10-21", "to": "2024-10-31"}, "part-of-month", "vague"),
    ("pertengahan November", FRI, {"from": "2024-11-11", "to": "2024-11-20"}, "part-of-month", "vague"),
    ("awal bulan ini", FRI, {"from": "2024-11-01", "to": "2024-11-10"}, "part-of-month", "vague"),
    ("akhir Februari 2024", FRI, {"from": "2024-02-21", "to": "2024-02-29"}, "part-of-month", "vague"),
    ("awal tahun ini", FRI, {"from": "2024-01", "to": "2024-04"}, "part-of-year", "vague"),
    ("akhir tahun lalu", FRI, {"from": "2023-09", "to": "2023-12"}, "part-of-year", "vague"),
    ("akhir pekan lalu", TUE, {"from": "2024-11-09", "to": "2024-11-10"}, "day", "vague"),
    ("pekan pertama bulan ini", FRI, {"from": "2024-11-01", "to": "2024-11-07"}, "week", "vague"),
    ("minggu kedua Februari 2025", FRI, {"from": "2025-02-08", "to": "2025-02-14"}, "week", "vague"),
    # more absolute forms
    ("inflasi tahun berjalan", FRI, "2024", "year", "relative"),
    ("kuartal I-III 2024", FRI, {"from": "2024-01", "to": "2024-09"}, "month", "absolute"),
    ("kuartal I dan II", FRI, {"from": "2024-01", "to": "2024-06"}, "month", "relative"),
    ("Q3 2019", FRI, {"from": "2019-07", "to": "2019-09"}, "month", "absolute"),
    ("Selasa pagi (8/1)", date(2019, 1, 8), "2019-01-08", "day", "absolute"),
    ("minggu (8 juni 2025)", date(2025, 6, 8), "2025-06-08", "day", "absolute"),
    ("hari Minggu, 26 Oktober", date(2025, 10, 27), "2025-10-26", "day", "absolute"),
]


@pytest.mark.parametrize("expression, anchor, value, precision, kind", RESOLUTION_CASES)
def test_timex_resolution_table(expression: str, anchor: date, value, precision: str, kind: str) -> None:
    found = resolve_date(expression, anchor)
    assert found is not None, expression
    assert (found.value, found.precision, found.kind) == (value, precision, kind)


@pytest.mark.parametrize(
    "expression",
    [
        "24 jam terakhir",
        "5 Fakta di Balik Kabar Itu",
        "harga naik 2,5 juta",
        "skor akhir 2-1",
        "hubungi 0812-3456-7890",
        "KTT G20 di Bali",
        "Pilpres 2024 makin dekat",
        "sekitar 2.000 tentara",
        "hingga 2000 orang hadir",
        "Peraturan Menteri Nomor 33 Tahun 2013",
        "memori 8/128GB",
        "naik 2 persen hingga 3 persen",
        "dalam beberapa hari mendatang",
        "setiap Senin ia datang",
        "dua minggu",
        "Covid-19",
        "era 1990-an",
    ],
)
def test_timex_not_dates(expression: str) -> None:
    assert find_dates("t", expression, "2024-11-01") == []


@pytest.mark.parametrize(
    "expression, text",
    [
        ("Minggu (3/11/2024) lalu", "Minggu (3/11/2024)"),
        ("pada tanggal 31 Oktober,", "tanggal 31 Oktober"),
        ("kata Guterres, 3 November.", "3 November"),
        ("pada Juni lalu,", "Juni lalu"),
        ("naik pada 2021 lalu", "2021"),
    ],
)
def test_timex_span_text(expression: str, text: str) -> None:
    found = find_dates("t", expression, "2024-11-01")
    assert [t.text for t in found] == [text]


def test_timex_day_word_beside_a_named_day() -> None:
    echo = find_dates("t", "Rupiah melemah pada Selasa (18/8) kemarin.", "2020-08-19")
    assert [(t.text, t.value) for t in echo] == [("Selasa (18/8)", "2020-08-18")]
    apposition = find_dates("t", "Ponsel itu dirilis hari ini, Kamis (25/1).", "2024-01-26")
    assert [(t.text, t.value) for t in apposition] == [("hari ini", "2024-01-25"), ("Kamis (25/1)", "2024-01-25")]


def test_timex_coordinated_years() -> None:
    found = find_dates("t", "Ekonomi kuat pada 2018 dan 2019, tetapi tidak 2020 unit.", "2019-01-01")
    assert [t.text for t in found] == ["2018", "2019"]


def test_timex_week_word_is_not_sunday() -> None:
    weeks = find_dates("t", "Ia tiba dua minggu lalu dan pergi minggu ini.", "2024-11-12")
    assert [(t.text, t.precision) for t in weeks] == [("dua minggu lalu", "week"), ("minggu ini", "week")]
    sunday = find_dates("t", "Ia tiba pada Minggu dan pergi.", "2024-11-12")
    assert [(t.text, t.value) for t in sunday] == [("Minggu", "2024-11-10")]


def test_timex_weekday_follows_paragraph_reference() -> None:
    text = "Rapat digelar Senin (4/11/2024). Pada Rabu, hasilnya diumumkan.\nPada Rabu ia pulang."
    found = find_dates("t", text, "2024-11-20")
    by_text = [(t.text, t.value, t.anchor) for t in found]
    assert by_text[1] == ("Rabu", "2024-11-06", "text:2024-11-04")
    assert by_text[2] == ("Rabu", "2024-11-20", "published:2024-11-20")  # a new paragraph


def test_timex_clock_time_takes_the_sentence_day() -> None:
    text = "Pertemuan berlangsung Selasa (12/11/2024). Ia tiba pukul 10.20 WIB."
    found = find_dates("t", text, "2024-11-13")
    assert found[-1].text == "pukul 10.20 WIB"
    assert found[-1].value == "2024-11-12T10:20:00+07:00"
    same = find_dates("t", "Ia tiba Rabu (13/11) dan rapat pukul 19.00 WIT.", "2024-11-13")
    assert same[-1].value == "2024-11-13T19:00:00+09:00"


def test_timex_clock_time_in_a_later_paragraph_takes_the_day_the_lead_named() -> None:
    # published the next morning: the hour belongs to the evening the lead named, not to publication
    text = ("Bus menabrak sejumlah kendaraan di Kota Batu pada Rabu (8/1/2025) malam.\n"
            "Video kecelakaan itu beredar luas.\nPeristiwa ini terjadi sekitar pukul 19.15 WIB.")
    found = find_dates("t", text, "2025-01-09")
    assert found[-1].value == "2025-01-08T19:15:00+07:00"
    assert found[-1].anchor == "text:2025-01-08"
    # a day named in passing long before publication (a birth date) is not the time's day
    born = ("Korban lahir pada 25 November 1995 di Semarang.\n"
            "Ia dibawa ke rumah sakit sekira pukul 07.59.")
    assert find_dates("t", born, "2025-06-09")[-1].value == "2025-06-09T07:59:00+07:00"


def test_timex_without_publication_date() -> None:
    text = "Pertemuan Kamis (31/10/2024) itu dibuka. Sehari sebelumnya, pada Rabu, ia tiba. Kemarin pun sama."
    found = find_dates("t", text, None)
    by_text = {t.text: (t.value, t.anchor) for t in found}
    assert by_text == {
        "Kamis (31/10/2024)": ("2024-10-31", None),
        "Rabu": ("2024-10-30", "text:2024-10-31"),
        "Kemarin": ("2024-10-30", "latest-explicit:2024-10-31"),
    }
    nothing = find_dates("t", "Ia datang pada Rabu, dua hari lalu.", None)
    assert [(t.text, t.value, t.kind) for t in nothing] == [
        ("Rabu", None, "relative"),
        ("dua hari lalu", None, "relative"),
    ]


def test_timex_lowercase_text() -> None:
    found = find_dates("t", "inflasi pada mei 2021 naik, sejak juni lalu.", "2021-06-11")
    assert [(t.text, t.value) for t in found] == [("mei 2021", "2021-05"), ("juni lalu", "2020-06")]


def test_timex_words_file_is_complete() -> None:
    assert "timex" in available()
    words = timex_words()
    assert sorted(words.month_names) == list(range(1, 13))
    assert sorted(set(words.weekdays.values())) == list(range(7))
    assert month_name_id(8) == "Agustus"


# --------------------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from([None, "2024-11-01", "2024-11-01T10:29:00+07:00"]))
def test_timex_never_raises_and_spans_match(text: str, published: str | None) -> None:
    for t in find_dates("h", text, published):
        assert text[t.start : t.end] == t.text
        assert t.start < t.end


_PIECES = st.sampled_from(
    ["Senin", "Minggu", "minggu", "(3/11)", "(31/2/2024)", " ", ", ", "12", "2024", "November", "lalu", "pekan",
     "tahun", "hingga", "-", "antara", "dan", "pukul", "10.20", "WIB", "awal", "akhir", "kuartal", "II", "kemarin",
     "tiga", "bulan", "Q3", "s.d.", "sejak", "\n", "Des.", "29 Februari"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.sampled_from([None, "2024-03-01"]))
def test_timex_date_like_noise_never_raises(text: str, published: str | None) -> None:
    for t in find_dates("h", text, published):
        assert text[t.start : t.end] == t.text


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_timex_round_trip_written_date(d: date) -> None:
    written = f"{d.day} {month_name_id(d.month)} {d.year}"
    found = find_dates("r", f"Peristiwa itu terjadi pada {written}.", None)
    assert [(t.text, t.value) for t in found] == [(written, d.isoformat())]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_timex_round_trip_numeric_date(d: date) -> None:
    weekday = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"][d.weekday()]
    written = f"{weekday} ({d.day:02d}/{d.month:02d}/{d.year})"
    found = find_dates("r", f"Ia berbicara pada {written} di Jakarta.", "2024-01-01")
    assert [(t.text, t.value) for t in found] == [(written, d.isoformat())]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(2000, 1, 8), max_value=date(2030, 12, 31)), st.integers(1, 6))
def test_timex_round_trip_days_ago(anchor: date, n: int) -> None:
    found = resolve_date(f"{n} hari lalu", anchor)
    assert found is not None and found.value == (anchor - timedelta(days=n)).isoformat()


# --------------------------------------------------------------------------- evaluation gate


@dataclass
class GoldScores:
    documents: int
    gold: int
    predicted: int
    matched: int
    exact_spans: int
    values_right: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def value_accuracy(self) -> float:
        return self.values_right / self.matched if self.matched else 0.0

    def report(self) -> str:
        return (
            f"timex gold: {self.documents} docs, {self.gold} gold spans, {self.predicted} predicted; "
            f"span P={self.precision:.3f} R={self.recall:.3f} (exact spans {self.exact_spans}/{self.gold}); "
            f"value+precision right {self.values_right}/{self.matched} matched = {self.value_accuracy:.3f}"
        )


def _gold_spans(text: str, items: list[dict]) -> list[tuple[int, int, dict]]:
    """Place each gold text on an occurrence in the document: longer texts first, identical texts
    on their occurrences in order, never overlapping a placed one."""
    placed: list[tuple[int, int, dict]] = []
    for item in sorted(items, key=lambda it: -len(it["text"])):
        pattern = r"(?<!\w)" + re.escape(item["text"]) + r"(?!\w)"
        for m in re.finditer(pattern, text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in placed):
                placed.append((m.start(), m.end(), item))
                break
        else:
            raise AssertionError(f"gold text {item['text']!r} not found in its document")
    return sorted(placed, key=lambda p: p[0])


def _load_gold_texts(documents: list[dict]) -> dict[str, str]:
    texts: dict[str, str] = {}
    seeds = [d["doc"] for d in documents if d["source"] == "seed"]
    if seeds:
        seed_dir = needs_corpus("seeds")
        for stem in seeds:
            texts[stem] = (seed_dir / f"{stem}.txt").read_text(encoding="utf-8")
    urls = {d["doc"] for d in documents if d["source"] == "cnn"}
    if urls:
        path = needs_corpus("news", "cnn_labeled.csv")
        csv.field_size_limit(1 << 30)
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["url"] in urls:
                    texts[row["url"]] = row["clean_text"]
    return texts


def score_gold(documents: list[dict], texts: dict[str, str]) -> GoldScores:
    scores = GoldScores(len(documents), 0, 0, 0, 0, 0)
    for doc in documents:
        text = texts[doc["doc"]]
        gold = _gold_spans(text, doc["dates"])
        predicted = find_dates(doc["doc"], text, doc["published"])
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        used: set[int] = set()
        for start, end, item in gold:
            overlapping = [i for i, t in enumerate(predicted) if i not in used and t.start < end and start < t.end]
            if not overlapping:
                continue
            best = max(overlapping, key=lambda i: min(end, predicted[i].end) - max(start, predicted[i].start))
            used.add(best)
            t = predicted[best]
            scores.matched += 1
            scores.exact_spans += (t.start, t.end) == (start, end)
            scores.values_right += t.value == item["value"] and t.precision == item["precision"]
    return scores


def test_timex_gold_scores() -> None:
    documents = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["documents"]
    texts = _load_gold_texts(documents)
    scores = score_gold(documents, texts)
    print(scores.report())
    for split in ("dev", "heldout"):
        part = [d for d in documents if d.get("split", "dev") == split]
        print(split, score_gold(part, texts).report())
    assert scores.gold >= 180
    assert scores.precision >= FLOOR_PRECISION, scores.report()
    assert scores.recall >= FLOOR_RECALL, scores.report()
    assert scores.value_accuracy >= FLOOR_VALUE_ACCURACY, scores.report()


def test_timex_weekday_tells_the_year_of_a_far_day_and_month() -> None:
    # in May 2025 a Saturday 19 October is last year's (19 October 2025 is a Sunday), not a date months ahead
    old = find_dates("t", "Laga terakhir mereka digelar Sabtu, 19 Oktober lalu.", "2025-05-03")
    assert [(t.text, t.value) for t in old] == [("Sabtu, 19 Oktober", "2024-10-19")]
    # a birth date in the paragraph does not carry a weekday date back to 2011
    born = find_dates("t", "Ia lahir 15 Juni 2011. Ia dinyatakan hilang Minggu (15/6).", "2025-06-17")
    assert born[-1].value == "2025-06-15"


def test_timex_weekday_slip_near_publication_keeps_the_date_as_written() -> None:
    # 18 June 2025 was a Wednesday: near the publication the number is kept, no year is made up
    slip = find_dates("t", "Rapat digelar Selasa (18/6).", "2025-06-18")
    assert slip[0].value == "2025-06-18"
    # and a weekday that fits no year near the publication leaves the date as read
    none_fit = find_dates("t", "Rapat digelar Rabu (8/9).", "2026-03-15")
    assert none_fit[0].value == "2026-09-08"


def test_timex_day_word_keeps_its_day_before_a_slipped_date() -> None:
    # published Monday 31 October 2016: "kemarin" is Sunday 30th; the date after it names the wrong weekday
    found = find_dates("t", "Seperti diketahui, kemarin, Minggu (31/10) terjadi anjloknya gerbong.", "2016-10-31")
    assert [(t.text, t.value) for t in found] == [("kemarin", "2016-10-30"), ("Minggu (31/10)", "2016-10-31")]
    fits = find_dates("t", "Rapat digelar hari ini, Kamis (25/1).", "2024-01-26")
    assert fits[0].value == "2024-01-25"  # a date whose weekday fits still names the day word's day


def test_timex_clock_time_takes_a_day_word_of_its_sentence() -> None:
    # published Wednesday 18 June: "dini hari tadi" is that night, "kemarin sore" the day before
    night = find_dates("t", "Polisi menerima laporan pada pukul 01.00 WIB dini hari tadi.", "2025-06-18T16:42:00+07:00")
    assert night[0].value == "2025-06-18T01:00:00+07:00"
    text = "Gunung itu erupsi pada Senin (16/6/2025).\nGunung meletus lagi pada pukul 17.41 WITA kemarin sore."
    clock = [t for t in find_dates("t", text, "2025-06-18") if t.text == "pukul 17.41 WITA"]
    assert clock[0].value == "2025-06-17T17:41:00+08:00"  # not the Monday the paragraph before named


def test_timex_clock_time_after_a_day_of_telling_takes_the_day_of_the_events() -> None:
    text = ("Pesawat gagal mendarat pada Kamis (18/5).\n"
            "\"Go around dilakukan,\" kata Danang dalam keterangan resmi, ditulis Jumat (19/5).\n"
            "Pilot berhasil mendaratkan pesawat pukul 13.25 WITA.")
    assert find_dates("t", text, "2023-05-19")[-1].value == "2023-05-18T13:25:00+08:00"
    # with no other day named, the day of telling is still the clock's day
    alone = "\"Api padam,\" kata Kapolsek, Senin (9/6/2025).\nPemadaman selesai pukul 14.00 WIB."
    assert find_dates("t", alone, "2025-06-10")[-1].value == "2025-06-09T14:00:00+07:00"
    # a day named in the next sentence after a telling word is no day of telling
    release = "Euro menguat, kata Puja. Rabu (30/1) pukul 17.00 WIB data dirilis.\nKemudian pukul 20.00 WIB data lain."
    assert find_dates("t", release, "2019-01-29")[-1].value == "2019-01-30T20:00:00+07:00"


def test_timex_a_clock_with_its_zone_and_no_prefix_word() -> None:
    # disc55: "sekitar 01.05 WIB", "pada sekira 19.50 WIB": the zone makes the digits a time, as "pukul" does
    for text, value in (("terbakar dan meledak pada Senin (29/3/2021) sekitar 01.05 WIB.", "2021-03-29T01:05:00+07:00"),
                        ("kemudian pada sekira 19.50 WIB, hampir setengah gedung dilahap api",
                         "2021-03-29T19:50:00+07:00"),
                        ("ledakan terjadi sekitar 05.30 WITA di tungku", "2021-03-29T05:30:00+08:00")):
        clocks = [t for t in find_dates("x", text, "2021-03-29") if t.precision == "minute"]
        assert [t.value for t in clocks] == [value], text
    # a figure with no zone, a thousand's dot, a time already read with its prefix: no second clock
    assert not [t for t in find_dates("x", "harga naik menjadi 15.000 per kilogram", "2021-03-29")
                if t.precision == "minute"]
    assert len([t for t in find_dates("x", "terjadi pukul 11.10 WIB dengan kekuatan", "2021-03-29")
                if t.precision == "minute"]) == 1
