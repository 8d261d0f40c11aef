"""What the glued-word splitter of the clean stage does on real articles, and what it costs.

On coverage/coverage.csv articles no gold file names (a seeded random sample): how many words
``unglue_words`` splits, a seeded sample of the splits with their context (to be read by hand:
right or wrong), and the CPU time of ``clean_document`` on a larger sample with the splitter
and, for the same texts, of the splitter alone (its share of cleaning).

    python bench/unglue.py [--corpus ../shared/corpus] [--articles 300] [--timed 1000]
                           [--show 50] [--seed 7] [--out bench/results/unglue.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

from ceksilang.ingest.clean import clean_document, strip_boilerplate
from ceksilang.ingest.unglue import unglue_words
from ceksilang.lang.build_word_frequencies import gold_ids
from ceksilang.model import RawDocument, Source

REPO = Path(__file__).resolve().parents[1]


def articles(corpus: Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    skip = gold_ids()
    with (corpus / "coverage" / "coverage.csv").open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if row["id"] not in skip and row["text"].strip()]


def raw_document(row: dict[str, str]) -> RawDocument:
    return RawDocument(id=row["id"], source=Source(path="coverage.csv"), text=row["text"], format="csv",
                       title=row["title"], url=row["url"], outlet=row["outlet"], published=row["published"])


def splits(before: str, after: str) -> list[tuple[str, str, str]]:
    """(glued word, its split, context) of each split: the words of ``after`` that were one of ``before``."""
    out = []
    a_words = after.split()  # the splitter only inserts spaces: words of both line up
    b_words = before.split()
    i = j = 0
    while i < len(b_words) and j < len(a_words):
        if b_words[i] == a_words[j]:
            i += 1
            j += 1
            continue
        k = j
        joined = a_words[j]
        while joined != b_words[i] and k + 1 < len(a_words) and len(joined) < len(b_words[i]):
            k += 1
            joined += a_words[k]
        context = " ".join(b_words[max(0, i - 4): i + 5])
        out.append((b_words[i], " ".join(a_words[j:k + 1]), context))
        i += 1
        j = k + 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--timed", type=int, default=1000)
    parser.add_argument("--show", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "unglue.json")
    args = parser.parse_args(argv)
    rows = articles(args.corpus)
    rng = random.Random(args.seed)
    sample = rng.sample(rows, args.articles)

    found: list[dict[str, str]] = []
    words = 0
    for row in sample:
        text, _ = strip_boilerplate(row["text"], title=row["title"])
        words += len(re.findall(r"\S+", text))
        after = unglue_words(text, row["title"])
        for glued, split, context in splits(text, after):
            found.append({"id": row["id"], "glued": glued, "split": split, "context": context})
    shown = random.Random(args.seed).sample(found, min(args.show, len(found)))

    timed = random.Random(args.seed + 1).sample(rows, min(args.timed, len(rows)))
    clean_document(raw_document(timed[0]))  # load the language data before the clock starts
    unglue_words("memuat data kata")
    start = time.process_time()
    cleaned = [clean_document(raw_document(row)) for row in timed]
    clean_cpu = time.process_time() - start
    texts = [(doc.text, doc.title) for doc in cleaned]
    start = time.process_time()
    for text, title in texts:
        unglue_words(text, title)
    unglue_cpu = time.process_time() - start

    result = {
        "articles": len(sample), "words": words, "splits": len(found),
        "articles_with_a_split": len({f["id"] for f in found}),
        "timed_articles": len(timed), "clean_cpu_s": round(clean_cpu, 2), "unglue_cpu_s": round(unglue_cpu, 2),
        "unglue_share_of_clean": round(unglue_cpu / clean_cpu, 3) if clean_cpu else None,
        # the article's words around each split are printed to be read, not stored: the corpus's
        # text is not ours to republish
        "sample": [{k: f[k] for k in ("id", "glued", "split")} for f in shown],
    }
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for f in shown:
        print(f"{f['glued']!r:28} -> {f['split']!r:32} | {f['context']}")
    print({k: v for k, v in result.items() if k != "sample"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
