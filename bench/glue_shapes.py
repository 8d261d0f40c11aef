"""How many words of each glued shape remain after ``clean_document``, per outlet.

On coverage/coverage.csv articles no gold file names (a seeded random sample), counts the tokens
of the cleaned text that have one of these shapes (issue 20, measured before any fix):

* lower_upper: a lower->Upper joint inside a word ("devisaIndonesia"); camelCase with a lower-case
  first letter ("iPhone", "detikJateng") is counted apart as lower_head_camel;
* lower_unseen: a long lower-case word absent from the word counts ("posisicadangan");
* digit_acronym_lower: digits or a capital run glued to a lower-case word ("2WNIyang");
* name_function: a capitalised word ending in a function word of the word_split data's glued
  list ("Sugiartoyang") whose head the article writes alone;
* dateline: the first sentence starts "Place, Outlet - " / "Place (Outlet) -" (a glued dateline).

    python bench/glue_shapes.py [--corpus ../shared/corpus] [--articles 300] [--seed 20]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from ceksilang.ingest.clean import clean_document
from ceksilang.ingest.clean_shape import own_capitalised_words
from ceksilang.lang.word_frequencies import load_word_frequencies

from bench.unglue import REPO, articles, raw_document

FUNCTION_TAILS = ("yang", "dan", "untuk", "di", "ke", "dari", "dengan", "pada", "ini", "itu", "juga")
LOWER_UPPER = re.compile(r"\b[A-Z]?[a-z]{2,}[A-Z][a-z]+\w*\b")
LOWER_HEAD_CAMEL = re.compile(r"\b[a-z]{1,}[A-Z]\w*\b")
DIGIT_ACRONYM_LOWER = re.compile(r"\b(?:\d+|[A-Z]{2,})(?:[a-z]{3,})\b")
LONG_LOWER = re.compile(r"\b[a-z]{12,}\b")
CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
DATELINE = re.compile(r"^\s*[A-Z][\w .]{1,30},?\s*\(?[A-Z][\w.]*(?: [A-Z][\w.]*)*\)?\s*[-–—]\s+\S")


def shapes(text: str, counts: dict[str, int]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    own = own_capitalised_words(text)
    for w in LOWER_UPPER.findall(text):
        if w[0].isupper() or w[0].islower():
            found["lower_upper"].append(w)
    for w in LOWER_HEAD_CAMEL.findall(text):
        if w[0].islower() and not LOWER_UPPER.fullmatch(w):
            found["lower_head_camel"].append(w)
    found["digit_acronym_lower"] += DIGIT_ACRONYM_LOWER.findall(text)
    found["lower_unseen"] += [w for w in LONG_LOWER.findall(text) if w not in counts]
    for w in CAPITALISED.findall(text):
        if w.lower() in counts:
            continue
        for tail in FUNCTION_TAILS:
            head = w[: -len(tail)]
            if w.endswith(tail) and len(head) >= 3 and own.get(head, 0) > 0:
                found["name_function"].append(w)
                break
    if DATELINE.match(text):
        found["dateline"].append(text[:40])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    sample = random.Random(args.seed).sample(articles(args.corpus), args.articles)
    counts = load_word_frequencies().counts
    per_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    examples: list[tuple[str, str]] = []
    for row in sample:
        doc = clean_document(raw_document(row))
        for shape, words in shapes(doc.text, counts).items():
            per_outlet[row["outlet"]][shape] += len(words)
            per_outlet["ALL"][shape] += len(words)
            examples += [(shape, w) for w in words]
        per_outlet[row["outlet"]]["articles"] += 1
        per_outlet["ALL"]["articles"] += 1
    for shape, w in random.Random(args.seed).sample(examples, min(args.show, len(examples))):
        print(f"{shape:20} {w}")
    print(json.dumps({k: dict(v) for k, v in sorted(per_outlet.items(), key=lambda kv: -kv[1]["articles"])},
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
