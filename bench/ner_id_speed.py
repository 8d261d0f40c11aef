"""CPU cost of Indonesian NER tagging per 1,000 sentences: features plus crfsuite decoding.

    .venv/bin/python bench/ner_id_speed.py [--label NAME] [--articles 400] [--model PATH]
                                           [--out bench/results/ner_id_speed.json]

The sentences: the first ``--articles`` CNN Indonesia articles (``news/cnn_labeled.csv``), split
and tokenised as ``predict_mentions`` does; that work is done before the clock starts, so only
``NerTagger.tag`` is timed. Cold: the first pass, with the per-word feature cache empty; warm: a
second pass over the same sentences (what a long run sees). Time is the process's CPU seconds
(``time.process_time``), not wall time: the machine is shared. Runs under any checkout on
``PYTHONPATH``, so the same file measures a change and its parent (``--label`` names the row;
rows with other labels in ``--out`` are kept).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import ceksilang
from ceksilang.extract.ner import _blank_nlp, _sentence_tokens, _word_attributes, load_tagger
from ceksilang.text import split_sentences

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NEWS = REPO.parent / "shared" / "corpus" / "news" / "cnn_labeled.csv"


def sentences(path: Path, articles: int) -> list[list[str]]:
    nlp = _blank_nlp()
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh)):
            if n == articles:
                break
            text = row["clean_text"]
            for start, end in split_sentences(text):
                tokens = [t for t, _ in _sentence_tokens(nlp, text, start, end)]
                if tokens:
                    out.append(tokens)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--model", type=Path, default=None, help="a model file (default: the shipped one)")
    ap.add_argument("--label", default="current")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "ner_id_speed.json")
    args = ap.parse_args(argv)
    sents = sentences(args.news, args.articles)
    tokens = sum(len(s) for s in sents)
    tagger = load_tagger(args.model, "id")
    _word_attributes.cache_clear()
    t0 = time.process_time()
    for s in sents:
        tagger.tag(s)
    # warm: the words' features cached, but not the first pass's tags of whole sentences
    getattr(tagger, "_sentence_tags", {}).clear()
    t1 = time.process_time()
    found = sum(sum(t.startswith("B-") for t in tagger.tag(s)) for s in sents)
    t2 = time.process_time()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=Path(ceksilang.__file__).parent).stdout.strip()
    per_k = 1000 / len(sents)
    row = {"label": args.label, "commit": commit, "model": str(args.model or "shipped"),
           "sentences": len(sents), "tokens": tokens, "entities": found,
           "cold_cpu_s_per_1000_sentences": round((t1 - t0) * per_k, 3),
           "warm_cpu_s_per_1000_sentences": round((t2 - t1) * per_k, 3),
           "warm_tokens_per_s": round(tokens / (t2 - t1))}
    rows = json.loads(args.out.read_text(encoding="utf-8"))["rows"] if args.out.is_file() else []
    rows = [r for r in rows if r["label"] != args.label] + [row]
    args.out.write_text(json.dumps({"command": "python bench/ner_id_speed.py --label LABEL", "rows": rows},
                                   indent=2) + "\n", encoding="utf-8")
    print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
