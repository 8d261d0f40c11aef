"""CoNLL reading, tag mapping and span extraction."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ceksilang.extract.conll import ConllFormatError, map_tag, map_tags, native_tags, read_conll, repair_bio, spans
from tests.conftest import needs_corpus


def write(tmp_path: Path, name: str, text: str, newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def test_conll_reads_indolem_tab_format(tmp_path):
    path = write(tmp_path, "ui.tsv", "Rina\tB-PERSON\npergi\tO\nke\tO\nBogor\tB-LOCATION\n\nIa\tO\npulang\tO\n")
    assert read_conll(path) == [
        [("Rina", "B-PERSON"), ("pergi", "O"), ("ke", "O"), ("Bogor", "B-LOCATION")],
        [("Ia", "O"), ("pulang", "O")],
    ]


def test_conll_reads_idner_three_columns_with_crlf(tmp_path):
    text = "Menurut ADP O\nBudi PROPN B-PER\n, PUNCT O\n\nDi ADP O\nPPP PROPN B-ORG\n\n"
    path = write(tmp_path, "idner.txt", text, newline="\r\n")
    sents = read_conll(path)
    assert sents == [[("Menurut", "O"), ("Budi", "B-PER"), (",", "O")], [("Di", "O"), ("PPP", "B-ORG")]]
    assert all("\r" not in tok + tag for s in sents for tok, tag in s)


def test_conll_reads_indonlu_format_and_skips_docstart(tmp_path):
    path = write(tmp_path, "grit.txt", "-DOCSTART- O\n\nkota\tO\nmedan\tB-PLACE\n\n\n\ndinas\tO\n")
    assert read_conll(path) == [[("kota", "O"), ("medan", "B-PLACE")], [("dinas", "O")]]


def test_conll_rejects_line_without_tag(tmp_path):
    path = write(tmp_path, "bad.tsv", "Rina\tB-PERSON\nsendirian\n")
    with pytest.raises(ConllFormatError, match="line 2: a token without a tag"):
        read_conll(path)


def test_conll_rejects_prose_and_bytes(tmp_path):
    # two words on a line look like "token tag" until the tag is checked
    prose = write(tmp_path, "notes.txt", "Rapat dimulai pukul sembilan\nlalu ditutup siang\n")
    with pytest.raises(ConllFormatError, match="line 1: 'sembilan' is not a tag"):
        read_conll(prose)
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(ConllFormatError, match="not UTF-8"):
        read_conll(binary)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("B-PER", "B-PERSON"), ("I-PER", "I-PERSON"), ("B-PERSON", "B-PERSON"), ("B-PPL", "B-PERSON"),
        ("B-ORGANIZATION", "B-ORG"), ("I-ORGANISATION", "I-ORG"), ("B-ORG", "B-ORG"),
        ("B-LOCATION", "B-LOC"), ("I-PLACE", "I-LOC"), ("B-PLC", "B-LOC"), ("I-LOC", "I-LOC"),
        ("B-QUANTITY", "O"), ("I-TIME", "O"), ("B-EVT", "O"), ("B-IND", "O"), ("B-FNB", "O"),
        ("O", "O"), ("", "O"), ("X", "O"), ("S-PER", "B-PERSON"), ("E-LOC", "I-LOC"),
    ],
)
def test_conll_map_tag_table(tag, expected):
    assert map_tag(tag, "any") == expected


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["I-PER", "I-PER"], ["B-PERSON", "I-PERSON"]),
        # the TIME token goes to O, so the following I-LOC must open a span
        (["B-TIME", "I-LOC", "I-LOC"], ["O", "B-LOC", "I-LOC"]),
        (["B-ORG", "I-LOCATION"], ["B-ORG", "B-LOC"]),
        (["O", "B-PLACE", "I-PLACE", "O"], ["O", "B-LOC", "I-LOC", "O"]),
    ],
)
def test_conll_map_tags_keeps_bio_valid(tags, expected):
    assert map_tags(tags, "nerugm") == expected


def test_conll_native_tags_keeps_other_types():
    assert native_tags(["B-QUANTITY", "I-QUANTITY", "O", "I-TIME"]) == ["B-QUANTITY", "I-QUANTITY", "O", "B-TIME"]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ([], set()),
        (["O", "O"], set()),
        (["B-PERSON", "I-PERSON", "O", "B-LOC"], {(0, 2, "PERSON"), (3, 4, "LOC")}),
        (["B-ORG", "B-ORG"], {(0, 1, "ORG"), (1, 2, "ORG")}),
        (["I-LOC", "I-LOC"], {(0, 2, "LOC")}),
        (["B-PERSON", "I-ORG"], {(0, 1, "PERSON"), (1, 2, "ORG")}),
        (["O", "B-LOC", "I-LOC"], {(1, 3, "LOC")}),
    ],
)
def test_conll_spans_cases(tags, expected):
    assert spans(tags) == expected


@st.composite
def span_layouts(draw):
    """Non-overlapping spans over a sentence, and the BIO tags that encode them."""
    n = draw(st.integers(0, 15))
    tags, expected, i = ["O"] * n, set(), 0
    while i < n:
        if draw(st.booleans()):
            length = draw(st.integers(1, min(3, n - i)))
            label = draw(st.sampled_from(["PERSON", "ORG", "LOC"]))
            tags[i] = "B-" + label
            for j in range(i + 1, i + length):
                tags[j] = "I-" + label
            expected.add((i, i + length, label))
            i += length
        else:
            i += 1
    return tags, expected


@given(span_layouts())
def test_conll_spans_recovers_encoded_spans(layout):
    tags, expected = layout
    assert spans(tags) == expected
    assert repair_bio(tags) == tags


@pytest.mark.parametrize(
    ("rel", "corpus"),
    [
        ("indolem/nerui/test.01.tsv", "nerui"),
        ("indolem/nerugm/test.01.tsv", "nerugm"),
        ("idner-news-2k/test.txt", "idner"),
        ("indonlu/nergrit_ner-grit/valid_preprocess.txt", "nergrit"),
    ],
)
def test_conll_real_files_map_to_our_labels(rel, corpus):
    path = needs_corpus("ner", *rel.split("/"))
    sents = read_conll(path)
    assert len(sents) > 100
    labels = {label for s in sents for _, _, label in spans(map_tags([t for _, t in s], corpus))}
    assert labels == {"PERSON", "ORG", "LOC"}
    assert all(tok and " " not in tag for s in sents for tok, tag in s)
