"""Read CoNLL-style NER corpora and map their tag sets onto ours (PERSON / ORG / LOC).

Three layouts occur in the Indonesian corpora we train on:

* IndoLEM NER-UI / NER-UGM and IndoNLU NERGrit / NERP: ``token<TAB>tag``
* idner-news-2k: ``token POS tag`` separated by spaces, CRLF line ends

All are one token per line with a blank line between sentences. The token is the first
field and the tag the last, so one reader serves all of them.
"""

from __future__ import annotations

import re
from pathlib import Path

LABELS = ("PERSON", "ORG", "LOC")
LABELS_EN = ("PERSON", "ORG", "GPE", "LOC")  # the English model also tells countries' adjectives (GPE)

# Each corpus names the same three types differently; anything not listed becomes O.
_TYPE_MAP = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "PPL": "PERSON",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "GPE": "GPE",  # English corpora (our own English CoNLL files); the Indonesian ones have none
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
}

Sentence = list[tuple[str, str]]

# what a tag column holds in every layout above: O, or a B/I/E/S prefix, a dash and a type
_TAG_FORM = re.compile(r"O|[BIES]-\S+")


class ConllFormatError(ValueError):
    """The file is not one token and one tag a line: says which line and why."""


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of ``path`` as lists of (token, tag), tags exactly as written in the file."""
    sentences: list[Sentence] = []
    current: Sentence = []
    with open(path, encoding="utf-8", newline="") as fh:
        try:
            for number, raw in enumerate(fh, 1):
                line = raw.rstrip("\r\n")
                if not line.strip():
                    if current:
                        sentences.append(current)
                        current = []
                    continue
                if line.startswith("-DOCSTART-"):
                    continue
                # a tab-separated file may hold a token with an inner space; split on tabs there
                fields = line.split("\t") if "\t" in line else line.split()
                fields = [f.strip() for f in fields if f.strip()]
                if len(fields) < 2:
                    raise ConllFormatError(f"{path}, line {number}: a token without a tag: {line[:60]!r}")
                if not _TAG_FORM.fullmatch(fields[-1]):
                    raise ConllFormatError(f"{path}, line {number}: {fields[-1][:30]!r} is not a tag "
                                           "(O, B-TYPE, I-TYPE)")
                current.append((fields[0], fields[-1]))
        except UnicodeDecodeError as exc:
            raise ConllFormatError(f"{path}: not UTF-8 text (byte {exc.start} cannot be decoded)") from exc
    if current:
        sentences.append(current)
    return sentences


def map_tag(tag: str, corpus: str | None = None) -> str:
    """One corpus tag in our tag set: ``B-PER`` -> ``B-PERSON``, ``I-PLACE`` -> ``I-LOC``, else ``O``.

    ``corpus`` is accepted so a corpus-specific exception can be added here; today every corpus
    shares the same table.
    """
    if tag in ("O", "") or len(tag) < 3 or tag[1] != "-" or tag[0] not in "BIES":
        return "O"
    label = _TYPE_MAP.get(tag[2:].upper())
    if label is None:
        return "O"
    prefix = "B" if tag[0] in "BS" else "I"
    return f"{prefix}-{label}"


def repair_bio(tags: list[str]) -> list[str]:
    """Make a tag sequence valid BIO: an ``I-X`` that does not continue an ``X`` becomes ``B-X``."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def map_tags(tags: list[str], corpus: str | None = None) -> list[str]:
    """A sentence's tags mapped with :func:`map_tag`, then repaired to valid BIO."""
    return repair_bio([map_tag(t, corpus) for t in tags])


def native_tags(tags: list[str]) -> list[str]:
    """Tags kept in the corpus's own types (``S-``/``E-`` folded to BIO), for all-type evaluation."""
    out = []
    for tag in tags:
        if tag == "O" or len(tag) < 3 or tag[1] != "-":
            out.append("O")
        else:
            out.append(("B-" if tag[0] in "BS" else "I-") + tag[2:])
    return repair_bio(out)


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans ``(start, end, label)`` (token indices, end exclusive) of a BIO sequence.

    An ``I-X`` that does not continue an ``X`` opens a new span, as conlleval counts it.
    """
    found: set[tuple[int, int, str]] = set()
    start: int | None = None
    label = ""
    for i, tag in enumerate(list(tags) + ["O"]):
        inside = tag.startswith("I-") and start is not None and tag[2:] == label
        if inside:
            continue
        if start is not None:
            found.add((start, i, label))
            start = None
        if tag.startswith(("B-", "I-")):
            start, label = i, tag[2:]
    return found
