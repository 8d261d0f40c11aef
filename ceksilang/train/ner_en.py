"""Train and score the English NER model (ceksilang/data/ner-en.crfsuite).

    python -m ceksilang.train.ner_en              # train the shipped model and write its card
    python -m ceksilang.train.ner_en --tune       # c1 grid: trained on the train part, scored on dev
    python -m ceksilang.train.ner_en --curve LOG  # crfsuite's per-iteration log, dev as its holdout

Corpus: the GMB-derived English news NER corpus (``corpus/ner/en/ner_dataset.csv``, mostly
Voice of America, silver labels, latin-1). Its tags map onto ours as:

    per -> PERSON, org -> ORG, gpe -> GPE, geo -> LOC; tim, art, eve, nat -> O

GMB's own convention carries over: ``geo`` holds countries, cities and regions alike (the
extraction layer's gazetteer types the known ones GPE), ``gpe`` mostly nationality adjectives
("Iraqi", "British"), and a person's span starts at a title before the name ("President Bush").

Split, fixed before any training and independent of the order or number of sentences read: a
sentence is held out for the test when the SHA-1 of ``gmb:<sentence number>`` is 0 modulo 10,
kept for tuning (dev) when it is 1, else it is a training sentence. The shipped model trains
on train + dev and never on the test part, nor on any sentence whose tokens equal a test
sentence's.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict

import pycrfsuite
from pathlib import Path
from typing import Any

from ceksilang.extract.conll import bio_to_bilou, repair_bio
from ceksilang.extract.ner import MODEL_PATHS, DocumentContext, count_casing, sentence_features
from ceksilang.train.ner import REPO, CrfParams, Data, test_crf, train_crf

LANGUAGE = "en"
LABELS_EN = ("PERSON", "ORG", "GPE", "LOC")
DEFAULT_CORPUS = (Path(os.environ.get("CEKSILANG_SHARED", REPO.parent / "shared"))
                  / "corpus" / "ner" / "en" / "ner_dataset.csv")
MODEL_PATH_EN = MODEL_PATHS[LANGUAGE]
SCORES_PATH_EN = REPO / "bench" / "results" / "ner_en_tune.json"
# Chosen on the dev part (bench/results/ner_en_tune.json, a 15,000-sentence sample of the train
# part): c2 0.1 beat 0.01 by 0.5 F1 and was level with 0.3 and 1.0, which make a larger model;
# 200 iterations gained nothing over 100. c1 is twice the Indonesian model's: the corpus is
# six times larger, and L1 keeps the file small by zeroing its many rare features.
DEFAULT_PARAMS = CrfParams(c1=0.1, c2=0.1, max_iterations=100, min_freq=1)
GMB_TYPES = {"per": "PERSON", "org": "ORG", "gpe": "GPE", "geo": "LOC"}
# Sentences either side of one that stand in for its document (document_context features).
CONTEXT_WINDOW = 10
# The corpus stops at a spreadsheet's row limit: its last sentence is cut off.
TRUNCATED_SENTENCE = 47959


def split_of(sentence_number: int) -> str:
    """``"test"``, ``"dev"`` or ``"train"`` for a GMB sentence number (the fixed split rule)."""
    bucket = int(hashlib.sha1(f"gmb:{sentence_number}".encode("ascii")).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def map_gmb_tag(tag: str) -> str:
    """One GMB tag in our tag set: ``B-geo`` -> ``B-LOC``, ``I-per`` -> ``I-PERSON``, else ``O``."""
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    label = GMB_TYPES.get(tag[2:])
    return f"{tag[0]}-{label}" if label else "O"


def read_gmb(path: Path) -> dict[int, tuple[list[str], list[str]]]:
    """Sentence number -> (tokens, mapped BIO tags), the cut-off last sentence dropped."""
    sentences: dict[int, tuple[list[str], list[str]]] = {}
    current: tuple[list[str], list[str]] | None = None
    with path.open(encoding="latin-1", newline="") as fh:
        rows = csv.reader(fh)
        header = next(rows)
        if [h.strip() for h in header[:4]] != ["Sentence #", "Word", "POS", "Tag"]:
            raise ValueError(f"{path}: unexpected header {header!r}")
        for line_no, row in enumerate(rows, start=2):
            if len(row) < 4:
                raise ValueError(f"{path}:{line_no}: expected 4 columns, got {len(row)}")
            if row[0].strip():  # "Sentence: 12" on a sentence's first token only
                number = int(row[0].split(":", 1)[1])
                current = sentences.setdefault(number, ([], []))
            if current is None:
                raise ValueError(f"{path}:{line_no}: a token before the first sentence number")
            current[0].append(row[1])
            current[1].append(map_gmb_tag(row[3]))
    sentences.pop(TRUNCATED_SENTENCE, None)
    return {n: (toks, repair_bio(tags)) for n, (toks, tags) in sentences.items()}


def split_numbers(sentences: dict[int, tuple[list[str], list[str]]]) -> dict[str, list[int]]:
    """The sentence numbers of the ``{"train", "dev", "test"}`` parts by :func:`split_of`, in
    ascending order; train and dev lose every sentence whose tokens equal a test sentence's."""
    parts: dict[str, list[int]] = {k: [] for k in ("train", "dev", "test")}
    for number in sorted(sentences):
        parts[split_of(number)].append(number)
    test_tokens = {tuple(sentences[n][0]) for n in parts["test"]}
    for name in ("train", "dev"):
        parts[name] = [n for n in parts[name] if tuple(sentences[n][0]) not in test_tokens]
    return parts


def part_data(sentences: dict[int, tuple[list[str], list[str]]], numbers: list[int]) -> Data:
    """The (tokens, tags) of the sentences ``numbers``, in that order."""
    return [sentences[n][0] for n in numbers], [sentences[n][1] for n in numbers]


def training_data(sentences: dict[int, tuple[list[str], list[str]]], numbers: list[int]) -> Data:
    """:func:`part_data` with BILOU tags, what the model is trained on: chosen on dev, as the
    tagger then learns where an entity ends (the tagger gives BIO back)."""
    tokens, tags = part_data(sentences, numbers)
    return tokens, [bio_to_bilou(t) for t in tags]


def split_corpus(sentences: dict[int, tuple[list[str], list[str]]]) -> dict[str, Data]:
    """The corpus as ``{"train", "dev", "test"}`` parts (see :func:`split_numbers`)."""
    return {name: part_data(sentences, numbers) for name, numbers in split_numbers(sentences).items()}


def window_contexts(sentences: dict[int, tuple[list[str], list[str]]], numbers: list[int],
                    window: int = CONTEXT_WINDOW) -> Iterator[DocumentContext]:
    """For each sentence of ``numbers`` (ascending), its stand-in document: the casing counts of
    itself and of the train and dev sentences at most ``window`` numbers away (GMB's file keeps
    the sentences in document order but not where documents end). Test sentences give no
    context to any other sentence. Each context is only valid until the next one is drawn."""
    readable = [n for n in sorted(sentences) if split_of(n) != "test"]
    capitalised: Counter[str] = Counter()
    lowercase: Counter[str] = Counter()
    context = DocumentContext(capitalised, lowercase)
    low = high = 0  # readable[low:high] is counted
    for number in numbers:
        while high < len(readable) and readable[high] <= number + window:
            count_casing(sentences[readable[high]][0], capitalised, lowercase, 1)
            high += 1
        while low < high and readable[low] < number - window:
            count_casing(sentences[readable[low]][0], capitalised, lowercase, -1)
            low += 1
        alone = split_of(number) == "test"  # counted only while it is the sentence tagged
        if alone:
            count_casing(sentences[number][0], capitalised, lowercase, 1)
        yield context
        if alone:
            count_casing(sentences[number][0], capitalised, lowercase, -1)


def subsample(numbers: list[int], limit: int | None, seed: int = 17) -> list[int]:
    """At most ``limit`` of ``numbers``, drawn with a fixed seed, in ascending order (all when no limit)."""
    if limit is None or limit >= len(numbers):
        return sorted(numbers)
    return sorted(random.Random(seed).sample(sorted(numbers), limit))


def _summary(scores: dict[str, Any]) -> dict[str, Any]:
    return {"precision": scores["precision"], "recall": scores["recall"], "f1": scores["f1"],
            "per_type": {t: v["f1"] for t, v in scores["per_type"].items()},
            "gold_entities": scores["gold"]}


def train_shipped(corpus: Path, params: CrfParams, out: Path, limit: int | None) -> dict[str, Any]:
    """Train the packaged English model on train + dev, score it on the test part, write its card."""
    sentences = read_gmb(corpus)
    numbers = split_numbers(sentences)
    trained = subsample(numbers["train"] + numbers["dev"], limit)
    seconds = train_crf(training_data(sentences, trained), out, params, language=LANGUAGE,
                        contexts=window_contexts(sentences, trained))
    return write_card(sentences, numbers, trained, params, out, limit, seconds)


def write_card(sentences: dict[int, tuple[list[str], list[str]]], numbers: dict[str, list[int]],
               trained: list[int], params: CrfParams, out: Path, limit: int | None, seconds: float) -> dict[str, Any]:
    """Score the model at ``out`` (trained on ``trained``) on the test part and write its card."""
    test_scores = test_crf(out, part_data(sentences, numbers["test"]), LABELS_EN, language=LANGUAGE,
                           contexts=window_contexts(sentences, numbers["test"]))
    card: dict[str, Any] = {
        "model": out.name,
        "language": LANGUAGE,
        "type": "linear-chain CRF (python-crfsuite, L-BFGS)",
        "labels": list(LABELS_EN),
        "tagging": "BIO",
        "training_command": "python -m ceksilang.train.ner_en" + (f" --limit {limit}" if limit else ""),
        "corpus": {
            "name": "GMB-derived English news NER (Kaggle 'entity-annotated-corpus'), silver labels",
            "file": "corpus/ner/en/ner_dataset.csv",
            "licence": "ODbL 1.0 (database) / DbCL (contents); GMB texts public domain",
            "tag_mapping": {**GMB_TYPES, "tim, art, eve, nat": "O"},
            "split_rule": "sha1('gmb:<sentence number>') % 10: 0 test (never trained on), 1 dev, else train",
            "dropped": f"sentence {TRUNCATED_SENTENCE} (cut off by the spreadsheet row limit)",
        },
        "params": asdict(params),
        "sentences": {"train": len(numbers["train"]), "dev": len(numbers["dev"]),
                      "test": len(numbers["test"]), "trained_on": len(trained)},
        "training_tokens": sum(len(sentences[n][0]) for n in trained),
        "held_out_scores": {"gmb_test": _summary(test_scores)},
        "train_seconds": round(seconds, 1),
        "size_bytes": out.stat().st_size,
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


def run_tune(corpus: Path, grid: list[float], params: CrfParams, limit: int | None) -> list[dict[str, Any]]:
    """Per c1: a model trained on the train part, scored on the dev part (the test part unread)."""
    sentences = read_gmb(corpus)
    numbers = split_numbers(sentences)
    trained = subsample(numbers["train"], limit)
    rows = []
    for c1 in grid:
        trial = CrfParams(c1=c1, c2=params.c2, max_iterations=params.max_iterations, min_freq=params.min_freq)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.crfsuite"
            seconds = train_crf(training_data(sentences, trained), path, trial, language=LANGUAGE,
                                contexts=window_contexts(sentences, trained))
            dev = test_crf(path, part_data(sentences, numbers["dev"]), LABELS_EN, language=LANGUAGE,
                           contexts=window_contexts(sentences, numbers["dev"]))
            row = {**asdict(trial), "trained_on": len(trained), "seconds": round(seconds, 1),
                   "size_kb": path.stat().st_size // 1024, "dev": _summary(dev)}
        print(json.dumps(row), file=sys.stderr)
        rows.append(row)
    return rows


def run_curve(corpus: Path, params: CrfParams, log: Path, limit: int | None) -> None:
    """Train on the train part with the dev part as crfsuite's holdout, writing its log (loss
    and holdout tag scores after every iteration) to ``log``: how many iterations pay off."""
    sentences = read_gmb(corpus)
    numbers = split_numbers(sentences)
    trained = subsample(numbers["train"], limit)
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for holdout, part in ((0, trained), (1, numbers["dev"])):
        for number, context in zip(part, window_contexts(sentences, part)):
            toks, tags = sentences[number]
            trainer.append(sentence_features(toks, LANGUAGE, context), bio_to_bilou(tags), holdout)
    trainer.set_params({"c1": params.c1, "c2": params.c2, "max_iterations": params.max_iterations,
                        "feature.possible_transitions": True, "feature.minfreq": params.min_freq})
    with log.open("w", encoding="utf-8") as fh:
        trainer.message = lambda message: (fh.write(message), fh.flush())  # type: ignore[method-assign]
        with tempfile.TemporaryDirectory() as tmp:
            trainer.train(str(Path(tmp) / "m.crfsuite"), holdout=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ceksilang.train.ner_en", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the GMB ner_dataset.csv")
    ap.add_argument("--tune", action="store_true", help="c1 grid scored on the dev part")
    ap.add_argument("--curve", type=Path, metavar="LOG", help="write the per-iteration log with dev as holdout")
    ap.add_argument("--c1-grid", type=float, nargs="+", default=[0.05, 0.1, 0.3])
    ap.add_argument("--c1", type=float, default=DEFAULT_PARAMS.c1)
    ap.add_argument("--c2", type=float, default=DEFAULT_PARAMS.c2)
    ap.add_argument("--max-iterations", type=int, default=DEFAULT_PARAMS.max_iterations)
    ap.add_argument("--limit", type=int, default=None,
                    help="train on at most this many sentences (a seeded sample), for speed")
    ap.add_argument("--out", type=Path, default=MODEL_PATH_EN)
    ap.add_argument("--scores", type=Path, default=SCORES_PATH_EN, help="with --tune: where the rows go")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        ap.error(f"no English NER corpus at {args.corpus}")
    params = CrfParams(c1=args.c1, c2=args.c2, max_iterations=args.max_iterations)
    if args.curve:
        run_curve(args.corpus, params, args.curve, args.limit)
        return 0
    if args.tune:
        rows = run_tune(args.corpus, args.c1_grid, params, args.limit)
        args.scores.parent.mkdir(parents=True, exist_ok=True)
        args.scores.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
        return 0
    card = train_shipped(args.corpus, params, args.out, args.limit)
    print(json.dumps({k: card[k] for k in ("sentences", "train_seconds", "size_bytes", "held_out_scores")},
                     indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
