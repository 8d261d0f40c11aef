"""CPU cost of English NER tagging, as a user meets it: ``predict_mentions(..., language="en")``
on whole documents (sentence splitting, spaCy tokenisation, features, crfsuite decoding).

    .venv/bin/python bench/ner_en_speed.py [--corpus ../shared/corpus/ner/en/ner_dataset.csv]
                                           [--label NAME] [--out bench/results/ner_en_speed.json]

The documents: the GMB test part's sentences in order, twenty to a document, joined by spaces
(GMB keeps sentences in document order). Every document is tagged twice, as warm caches are
what a long run sees: the first pass fills the per-word feature cache, the second is timed.
Time is the process's CPU seconds (``time.process_time``), not wall time: the machine is shared.
Runs under any checkout on ``PYTHONPATH``, so the same file measures a change and its parent
(``--label`` names the row; rows with other labels in ``--out`` are kept).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import ceksilang
from ceksilang.extract.ner import predict_mentions
from ceksilang.train.ner_en import DEFAULT_CORPUS, read_gmb, split_of

SENTENCES_PER_DOCUMENT = 20


def documents(corpus: Path) -> list[str]:
    sentences = read_gmb(corpus)
    test = [" ".join(sentences[n][0]) for n in sorted(sentences) if split_of(n) == "test"]
    return [" ".join(test[i:i + SENTENCES_PER_DOCUMENT]) for i in range(0, len(test), SENTENCES_PER_DOCUMENT)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--label", default="current")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "ner_en_speed.json")
    args = ap.parse_args(argv)
    docs = documents(args.corpus)
    words = sum(len(d.split()) for d in docs)
    cold = time.process_time()
    for d in docs:
        predict_mentions("d", d, language="en")
    warm = time.process_time()
    found = sum(len(predict_mentions("d", d, language="en")) for d in docs)
    end = time.process_time()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=Path(ceksilang.__file__).parent).stdout.strip()
    row = {"label": args.label, "commit": commit, "documents": len(docs), "tokens": words, "mentions": found,
           "cold_cpu_s": round(warm - cold, 2), "warm_cpu_s": round(end - warm, 2),
           "cold_tokens_per_s": round(words / (warm - cold)), "warm_tokens_per_s": round(words / (end - warm))}
    rows = json.loads(args.out.read_text(encoding="utf-8"))["rows"] if args.out.is_file() else []
    rows = [r for r in rows if r["label"] != args.label] + [row]
    args.out.write_text(json.dumps({"command": "python bench/ner_en_speed.py --label LABEL", "rows": rows},
                                   indent=2) + "\n", encoding="utf-8")
    print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
