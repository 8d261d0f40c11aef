"""Letters a case-blind pattern takes for i and s ("ı", "İ", "ſ") are read, never fatal.

A stored page of a real report wrote "harı" with a Turkish dotless i; the date reader's pattern
matched it (Python's re folds "ı" to i when told to ignore case) and the table look-up by
``str.lower()`` then failed the whole document (KeyError). These tests put the three letters
into real-looking texts in every reader's trigger words and ask that the document is read, and
read as its plain spelling is.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import given, settings as hsettings, strategies as st

from ceksilang.extract.pipeline import extract_document
from ceksilang.model import Document, RawDocument, Source
from ceksilang.pipeline import analyze_raw
from ceksilang.text import case_blind_key, plain_twin_letters

ROOT = Path(__file__).resolve().parent.parent
TWINS = {"i": "ı", "I": "İ", "s": "ſ"}

REPORT = (
    "Jakarta - Banjir merendam tıga desa di Kabupaten Bekasi pada Selaſa (3/6/2025). Kepala BPBD Bekasi "
    "Ahmad Fauzi mengatakan sekitar 1.200 warga mengungsi sejak dua harı lalu. \"Kami mencatat tiga orang "
    "meninggal dan sembilan orang lainnya masih dicari,\" kata Ahmad, Rabu. Bantuan senilai Rp4,8 miliar "
    "dikirim pada akhır Juni ını, dan pekan depan tim tambahan tiba."
)


def _twinned(text: str, keep: float, choices: list[float]) -> str:
    return "".join(TWINS[c] if c in TWINS and r >= keep else c for c, r in zip(text, choices))


def _read(text: str, language: str = "id") -> Document:
    return extract_document(Document(id="d", source=Source("d.txt"), text=text, language=language,
                                     published="2025-06-04T10:00:00+07:00"))


def test_case_blind_key_folds_the_letters_a_case_blind_pattern_matches():
    assert case_blind_key("HARİ") == "hari"
    assert case_blind_key("harı") == "hari"
    assert case_blind_key("Selaſa") == "selasa"
    assert case_blind_key("Juni") == "juni"
    assert case_blind_key("Ağustos") == "ağustos"  # other letters keep their own lower case


def test_plain_twin_letters_keeps_offsets_and_words_of_languages_that_write_them():
    text = "tıga harı lalu, Selaſa, HARİ, Kılıçdaroğlu, İstanbul"
    plain = plain_twin_letters(text)
    assert plain == "tiga hari lalu, Selasa, HARI, Kılıçdaroğlu, Istanbul"
    assert len(plain) == len(text)


def _analysed(text: str) -> Document:
    return analyze_raw(RawDocument(id="d", source=Source("d.txt"), text=text, format="text",
                                   published="2025-06-04T10:00:00+07:00"))


def test_a_report_written_with_twin_letters_reads_as_its_plain_spelling():
    plain = _analysed(REPORT.replace("ı", "i").replace("ſ", "s"))
    twinned = _analysed(REPORT)
    assert twinned.text == plain.text
    assert [(d.start, d.value, d.kind) for d in twinned.dates] == [(d.start, d.value, d.kind) for d in plain.dates]
    assert [(q.start, q.value, q.unit, q.qualifier) for q in twinned.quantities] == \
        [(q.start, q.value, q.unit, q.qualifier) for q in plain.quantities]
    assert any(d.value == "2025-06-02" for d in twinned.dates)  # "dua harı lalu" from 4 June


def _repo_texts() -> list[tuple[str, str]]:
    texts = [(p.read_text(encoding="utf-8"), "en" if "_en" in p.name else "id")
             for p in sorted((ROOT / "examples" / "demo").glob("*.txt"))]
    with open(ROOT / "tests" / "gold" / "crosslingual" / "documents.jsonl", encoding="utf-8") as f:
        for line in list(f)[:12]:
            d = json.loads(line)
            texts.append((d["text"], d.get("language") or "id"))
    return texts


TEXTS = _repo_texts()


# the readers themselves, handed the letters without the clean stage (as a spaCy user's own pipeline would):
# a table look-up after a case-blind match must not fail on any of them
@hsettings(max_examples=25, deadline=None)
@given(st.integers(0, len(TEXTS) - 1), st.sampled_from([0.0, 0.5, 0.95]), st.integers(0, 2**32))
def test_any_text_with_twin_letters_anywhere_is_read_without_failing(which, keep, seed):
    text, language = TEXTS[which]
    rnd = random.Random(seed)
    doc = _read(_twinned(text, keep, [rnd.random() for _ in text]), language)
    assert doc.sentences  # read through to the end, not failed on a look-up


def test_the_dotless_i_a_case_blind_key_folds_is_the_letter_folds_file_s():
    # mend57: the plain letter of "ı" is kept in one place, lang/letter_folds.yaml, read by both folds
    from ceksilang.lang.letters import load_letter_folds

    assert case_blind_key("harı") == "har" + load_letter_folds()[ord("ı")] == "hari"
