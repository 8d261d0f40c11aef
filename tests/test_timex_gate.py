"""The dates reader's one gating scan (``timex._passes_gate``): each pass tried only where some pass
matches must give exactly what that pass's own scan of the whole text gives, so the dates a user
reads are the same as with seventeen scans of the text."""

from __future__ import annotations

import csv
import itertools
import re

import pytest

from ceksilang.extract import timex
from ceksilang.extract.timex import _TEXT_PASSES, _Finder, _passes_gate, _patterns, find_dates
from tests.conftest import needs_corpus

HAND_MADE = [
    "Kebakaran terjadi pada Minggu (3/12/2023) pukul 10.20 WIB di Jakarta.",
    "Sidang digelar Senin, 12 Juni 2025, dan dilanjutkan pekan depan.",
    "Antara 1-3 Maret 2024 dan 5 April; sejak tahun 2019, 2020 dan 2021.",
    "Pada triwulan II 2025 (Q2/2025) ekonomi tumbuh; akhir Mei lalu harga naik.",
    "Tanggal 17 s.d. 20 Agustus, minggu ke-3 bulan Juli, dua hari kemarin.",
    "Nomor 12/2023 bukan tanggal; 2023-06-17 dan 08:30 WIT adalah waktu.",
    "SENIN (5/6) PUKUL 19.50 WIB, JUMAT PAGI, HARI INI, BESOK LUSA.",
    "pukul10.00 kata2 1/2 porsi a3/4 _5/6 x-7/8 (9/10) jam 7.30 wita",
    "Rabu(8/9), Kamis 31/10, 1.5.2024, bulan depan, tahun lalu, awal 2024.",
    "",
    "tanpa tanggal apa pun di sini",
]


def _spans(matches):
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


def _same_as_whole_scans(text: str) -> None:
    finder = _Finder(text)
    for name in _TEXT_PASSES:
        own = getattr(_patterns(), name).finditer(text)
        assert _spans(finder._pass(name)) == _spans(own), (name, text[:80])


def test_the_gate_is_built_for_the_shipped_patterns():
    # every pass opens with a look-behind refusing a letter: the one scan is used, not 17
    assert _passes_gate() is not None


@pytest.mark.parametrize("text", HAND_MADE)
def test_each_pass_finds_what_its_own_scan_finds(text):
    _same_as_whole_scans(text)


def test_dates_are_the_same_without_the_gate(monkeypatch):
    text = " ".join(HAND_MADE)
    gated = find_dates("d", text, "2025-06-17")
    monkeypatch.setattr(timex, "_passes_gate", lambda: None)
    assert find_dates("d", text, "2025-06-17") == gated
    assert gated, "the hand-made text has dates"


def test_corpus_texts_give_the_same_passes():
    path = needs_corpus("coverage", "coverage.csv")
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(itertools.islice(csv.DictReader(f), 0, 3000, 10))  # 300 articles, every tenth
    assert len(rows) == 300
    for row in rows:
        _same_as_whole_scans(row["text"])


def test_every_pass_names_the_characters_it_opens_with():
    # the gate refuses a place whose character no pass opens with only when every pass names its own
    # (a pass without one would make it try all seventeen at every word again: slower, still exact)
    for name in _TEXT_PASSES:
        behind, opening, rest = timex._opening_class(getattr(_patterns(), name).pattern)
        assert behind.startswith("(?<!") and opening, name
    assert "(?=[" in _passes_gate().pattern.split("(?=(?:", 1)[0]


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<!\w)(?=[ab\]c])x", (r"(?<!\w)", r"ab\]c", "x")),
    (r"(?<![\w/.-])(?=[\d])(?P<y>19)", (r"(?<![\w/.-])", r"\d", "(?P<y>19)")),
    (r"(?<!\w)(?=[^a])x", (r"(?<!\w)", None, "(?=[^a])x")),  # a negated class names no opening
    (r"(?<![(])y", (r"(?<![(])", None, "y")),
])
def test_opening_class_cuts_a_pattern_at_its_look_behind_and_class(pattern, expected):
    assert timex._opening_class(pattern) == expected


def test_only_captures_nothing_refers_to_become_plain_groups():
    pattern = r"(?P<open>\()?(?P<d>\d+)(?P<sep>[/.])(?P<m>\d+)(?P=sep)\d+(?(open)\))"
    plain = timex._without_unused_captures(pattern)
    assert plain == r"(?P<open>\()?(?:\d+)(?P<sep>[/.])(?:\d+)(?P=sep)\d+(?(open)\))"
    for text in ("(1/2/2024)", "1.2.2024", "1/2.2024", "(1/2/2024"):
        captured, uncaptured = re.match(pattern, text), re.match(plain, text)
        assert (captured and captured.span()) == (uncaptured and uncaptured.span()), text


def test_timex_has_no_statement_after_a_return_or_a_try_that_always_returns():
    # mend63: the old gate's code was left after a return inside an except and after a try whose both paths return
    import ast
    from pathlib import Path

    tree = ast.parse(Path(timex.__file__).read_text(encoding="utf-8"))

    def always_leaves(stmt: ast.stmt) -> bool:
        if isinstance(stmt, (ast.Return, ast.Raise)):
            return True
        if isinstance(stmt, ast.Try) and not stmt.finalbody:
            body = any(always_leaves(s) for s in stmt.body)
            orelse = any(always_leaves(s) for s in stmt.orelse)
            return (body or orelse) and all(any(always_leaves(s) for s in h.body) for h in stmt.handlers)
        return False

    dead = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if not isinstance(block, list):
                continue
            for i, stmt in enumerate(block[:-1]):
                if isinstance(stmt, ast.stmt) and always_leaves(stmt):
                    dead.append(block[i + 1].lineno)
    assert not dead, f"unreachable statements at lines {dead}"
