"""Build ``lang/id/word_frequencies.txt``, the word counts the clean stage splits glued words by.

    python -m ceksilang.lang.build_word_frequencies [--corpus DIR] [--min-count N] [--out PATH]
        [--leave-out-days FIRST:LAST]

Counts the words (runs of letters) of unlabeled text in the shared corpus (see its README):
``coverage/coverage.csv`` (title and text; original case), ``news/cnn_labeled.csv`` and
``news/tempo.csv`` (original case), ``news/fidelity_5outlets_2025_labeled.csv`` (lower-cased:
counted, but its words do not vote on case) and, for the English words Indonesian articles
mix in ("untuktake"), the English news sentences of ``ner/en/ner_dataset.csv`` (tokens only).
Articles whose id appears in any file under ``tests/gold/`` are left out, so no gold article's
own glued words are in the counts its evaluation reads.

``--leave-out-days 2025-06-01:2025-06-08`` also leaves out the coverage articles published on
those days (inclusive), and writes where ``--out`` says: counts for checking ceksilang on those
days' articles as if they were new (read them with ``$CEKSILANG_WORD_FREQUENCIES``). The shipped
file is always built without it.

Each word is written once, lower-cased unless it is capitalised in more than half of all its
occurrences ("Siak", "Christopher"), or in at least nine in ten of its occurrences in the
original-case text: the lower-cased text cannot vote on case, and a name it holds often ("Andi",
98 of 196 occurrences in original-case text, all capitalised) would else read as a common word
whenever the lower-cased set grows against the rest. The clean stage never takes such a word as the
second part of a glued word. Only words seen at least ``--min-count`` times are kept (the cap
on the file's size; a glued form seen that rarely stays out, so it is "unknown" and may be
split). The output is deterministic (count descending, then word), so a rebuild from the same
corpus gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

from ceksilang.lang import LANG_DIR

REPO = LANG_DIR.parents[1]
DEFAULT_CORPUS = Path(os.environ.get("CEKSILANG_SHARED", REPO.parent / "shared")) / "corpus"
OUT_PATH = LANG_DIR / "id" / "word_frequencies.txt"
GOLD_DIR = REPO / "tests" / "gold"
DEFAULT_MIN_COUNT = 5
_WORD = re.compile(r"[^\W\d_]+")
_GOLD_ID = re.compile(r"\bid-[0-9a-f]{12}\b")

HEADER = """\
# Word counts of unlabeled Indonesian news text (and English news sentences), one word a line:
#   word<TAB>count
# A word is lower-case unless capitalised in more than half of its occurrences, or in nine of ten
# of its occurrences in original-case text (a name: "Siak"). Words seen fewer than {min_count} times are left out.
# Built by `python -m ceksilang.lang.build_word_frequencies --min-count {min_count}` from the
# shared corpus (coverage/, news/, ner/en/); do not edit by hand, rebuild. Read by
# ceksilang.lang.word_frequencies (the clean stage's glued-word splitter).
# Only counts of single words are kept, never text. The coverage and news tables come from
# repositories that state no licence (see the corpus README); the English sentences are the GMB
# corpus (ODbL / DbCL).
"""


def gold_ids(gold_dir: Path = GOLD_DIR) -> frozenset[str]:
    """Every article id any gold file names."""
    found: set[str] = set()
    for path in gold_dir.rglob("*"):
        if path.is_file():
            found.update(_GOLD_ID.findall(path.read_text(encoding="utf-8", errors="replace")))
    return frozenset(found)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        yield from csv.DictReader(f)


def texts(corpus: Path, skip_ids: frozenset[str],
          skip_days: tuple[str, str] | None = None) -> Iterator[tuple[str, bool]]:
    """(text, whether its case is the original) of every source, gold articles left out, and the
    coverage articles published from ``skip_days[0]`` to ``skip_days[1]`` (ISO dates, inclusive)."""
    for row in _rows(corpus / "coverage" / "coverage.csv"):
        day = (row.get("published") or "")[:10]
        if skip_days and skip_days[0] <= day <= skip_days[1]:
            continue
        if row.get("id") not in skip_ids:
            yield f"{row.get('title') or ''}\n{row.get('text') or ''}", True
    for name, cased in (("cnn_labeled.csv", True), ("tempo.csv", True), ("fidelity_5outlets_2025_labeled.csv", False)):
        for row in _rows(corpus / "news" / name):
            yield f"{row.get('title') or ''}\n{row.get('clean_text') or row.get('text') or ''}", cased
    english = corpus / "ner" / "en" / "ner_dataset.csv"
    with english.open(encoding="latin-1", newline="") as f:
        words = [row[1] for row in csv.reader(f) if len(row) > 1]
    yield " ".join(words[1:]), True


# the share of a word's occurrences in original-case text that makes it a name whatever the
# lower-cased text says: 71 words pass it and not the majority of all text (Andi, Zulkifli, Bulog, Mentan ...)
_NAME_SHARE_IN_CASED_TEXT = 0.9


class WordCounts(NamedTuple):
    """Occurrences of each lower-cased word: in all text, and in original-case text (all of them,
    and those written capitalised)."""

    total: Counter[str]
    capitalised: Counter[str]
    in_cased_text: Counter[str]


def count_words(sources: Iterator[tuple[str, bool]]) -> WordCounts:
    """The counts of ``sources``: (text, whether it keeps its original case) pairs."""
    total: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    in_cased_text: Counter[str] = Counter()
    for text, cased in sources:
        words = _WORD.findall(text)
        total.update(w.lower() for w in words)
        if cased:
            in_cased_text.update(w.lower() for w in words)
            capitalised.update(w.lower() for w in words if w[0].isupper())
    return WordCounts(total, capitalised, in_cased_text)


def is_name(word: str, counts: WordCounts, min_count: int) -> bool:
    """Capitalised in more than half of all occurrences, or, seen ``min_count`` times or more in
    original-case text, capitalised there in at least ``_NAME_SHARE_IN_CASED_TEXT`` of them."""
    cap = counts.capitalised[word]
    if cap * 2 > counts.total[word]:
        return True
    cased = counts.in_cased_text[word]
    return cased >= min_count and cap >= _NAME_SHARE_IN_CASED_TEXT * cased


def render(counts: WordCounts, min_count: int) -> str:
    rows = sorted(((n, w) for w, n in counts.total.items() if n >= min_count and len(w) > 1),
                  key=lambda r: (-r[0], r[1]))
    lines = [HEADER.format(min_count=min_count)]
    for n, word in rows:
        shown = word.capitalize() if is_name(word, counts, min_count) else word
        lines.append(f"{shown}\t{n}\n")
    return "".join(lines)


def day_range(value: str) -> tuple[str, str]:
    """``FIRST:LAST`` as two ISO dates, checked (argparse's type for ``--leave-out-days``)."""
    first, _, last = value.partition(":")
    try:
        days = (date.fromisoformat(first).isoformat(), date.fromisoformat(last or first).isoformat())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected FIRST:LAST as ISO dates (2025-06-01:2025-06-08), got {value!r}") from None
    if days[0] > days[1]:
        raise argparse.ArgumentTypeError(f"{value!r}: the first day is after the last")
    return days


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT)
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    parser.add_argument("--leave-out-days", type=day_range, default=None, metavar="FIRST:LAST",
                        help="also leave out the coverage articles of these days (for checks on them)")
    args = parser.parse_args(argv)
    if args.leave_out_days and args.out.resolve() == OUT_PATH.resolve():
        parser.error("--leave-out-days writes counts for a check, never the shipped file: give --out")
    counts = count_words(texts(args.corpus, gold_ids(), args.leave_out_days))
    text = render(counts, args.min_count)
    if args.leave_out_days:
        text = f"# Coverage articles of {args.leave_out_days[0]} to {args.leave_out_days[1]} left out.\n" + text
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {sum(1 for w, n in counts.total.items() if n >= args.min_count and len(w) > 1)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
