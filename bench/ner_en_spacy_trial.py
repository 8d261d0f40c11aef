"""Trial (issue 17): does a different learner beat the English CRF on GMB? spaCy's own trainable
``ner`` component (transition-based parser over a CNN tok2vec), trained from scratch here on the
same split as the CRF (``ceksilang.train.ner_en``: its reader and split, no second reader), no
pretrained vectors, nothing downloaded. Scored with the CRF's scorer: exact span and type, micro
over PERSON / ORG / GPE / LOC.

    python bench/ner_en_spacy_trial.py dev --label w96d4 [--limit 15000] [--width 96] [--depth 4]
           [--embed-size 2000] [--dropout 0.1] [--max-epochs 30] [--patience 4] [--max-minutes 33]
    python bench/ner_en_spacy_trial.py final --epochs N --label NAME   # train + dev -> test, once
    python bench/ner_en_spacy_trial.py ensemble --label NAME --tags A.pkl [B.pkl ...]
    python bench/ner_en_spacy_trial.py vote-test --label NAME --tags A.pkl B.pkl  # once, on test
    python bench/ner_en_spacy_trial.py speed --label NAME --model-dir DIR   # tagging CPU, dev tokens

``dev`` trains on the train part (or a seeded sample of it, the same one the CRF trials used),
scores the dev part after every epoch and keeps the best epoch (early stopping on dev; the test
part is not read). ``final`` trains on train + dev for a fixed number of epochs chosen by a
``dev`` run and scores the test part once. Each run appends a row to
``bench/results/ner_en_tune.json`` under ``issue_17_spacy_rows``; ``dev`` also keeps the best
epoch's dev tags (``--save-tags``) for the ensemble check. ``ensemble`` combines saved dev tags
with the CRF's (the shipped configuration trained on the same train part or sample, ``--limit``,
cached in ``--crf-tags``):
the spans both agree on, the CRF's spans plus the spaCy spans overlapping none of them (and the
other way round), and with two or more spaCy taggings a vote of all (a span kept when most give it).
``vote-test`` scores that vote on the test part, once: the shipped CRF (trained on train + dev)
and the test tags saved by two ``final`` runs. ``speed`` times a saved spaCy model and the
shipped CRF on the dev part's tokens (already tokenised: the taggers alone, no sentence
splitting), first (cold) and second (warm) pass, process CPU time; the CRF tagger caches whole
sentences, so its warm figure is a cache's.

Config: spaCy's efficiency recipe for CPU: ``spacy.HashEmbedCNN.v2`` (width 96, depth 4, window
1, maxout 3, subword features on, no static vectors) under ``spacy.TransitionBasedParser.v2``
(hidden width 64, maxout 2); batches by words (compounding 100 -> 1000, as spaCy's default
batcher); Adam 0.001 with weight decay 0.01, gradient clipping 1.0 and parameter averaging.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc
from spacy.training import Example, iob_to_biluo
from spacy.training.batchers import minibatch_by_words
from thinc.api import Adam, compounding, fix_random_seed

from ceksilang.evaluate.ner import score_spans
from ceksilang.extract.conll import spans
from ceksilang.train.ner_en import (DEFAULT_CORPUS, LABELS_EN, SCORES_PATH_EN, _summary, concat,
                                    read_gmb, split_corpus, subsample)

SEED = 17


def build(width: int, depth: int, embed_size: int, hidden: int) -> spacy.language.Language:
    nlp = spacy.blank("en")
    model = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner", "extra_state_tokens": False, "hidden_width": hidden,
        "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                    "width": width, "depth": depth, "embed_size": embed_size, "window_size": 1,
                    "maxout_pieces": 3, "subword_features": True},
    }
    nlp.add_pipe("ner", config={"model": model})
    return nlp


def examples(nlp, data) -> list[Example]:
    out = []
    for toks, tags in zip(*data):
        doc = Doc(nlp.vocab, words=toks, spaces=[True] * len(toks))
        out.append(Example.from_dict(doc, {"entities": iob_to_biluo(tags)}))
    return out


def tag(nlp, data) -> list[list[str]]:
    docs = (Doc(nlp.vocab, words=toks, spaces=[True] * len(toks)) for toks in data[0])
    return [[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
            for doc in nlp.pipe(docs, batch_size=256)]


def train(nlp, train_ex: list[Example], epochs_max: int, dropout: float, deadline: float,
          evaluate=None, patience: int = 0) -> tuple[list[dict[str, Any]], int, bytes | None]:
    """Epochs of shuffled word-sized batches; after each, ``evaluate()`` (if any) with averaged
    parameters. Returns the per-epoch log, the best epoch and the best model's bytes."""
    optimizer = Adam(learn_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8, L2=0.01,
                     L2_is_weight_decay=True, grad_clip=1.0, use_averages=True)
    nlp.initialize(lambda: train_ex[:2000], sgd=optimizer)
    rng = random.Random(SEED)
    sizes = compounding(100.0, 1000.0, 1.001)
    log: list[dict[str, Any]] = []
    best_f1, best_epoch, best_bytes = -1.0, 0, None
    for epoch in range(1, epochs_max + 1):
        t0 = time.process_time()
        w0 = time.time()
        order = train_ex[:]
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch_by_words(order, size=sizes, tolerance=0.2):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        row: dict[str, Any] = {"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1),
                               "cpu_s": round(time.process_time() - t0), "wall_s": round(time.time() - w0)}
        with nlp.use_params(optimizer.averages):
            if evaluate is not None:
                row["dev"] = evaluate(nlp)
                if row["dev"]["f1"] > best_f1:
                    best_f1, best_epoch, best_bytes = row["dev"]["f1"], epoch, nlp.to_bytes()
            else:
                best_epoch, best_bytes = epoch, nlp.to_bytes()
        print(json.dumps(row), file=sys.stderr, flush=True)
        log.append(row)
        if evaluate is not None and patience and epoch - best_epoch >= patience:
            break
        if time.time() + (time.time() - w0) > deadline:  # the next epoch would end past the box
            print(f"time box reached after epoch {epoch}", file=sys.stderr, flush=True)
            break
    return log, best_epoch, best_bytes


def to_bio(found: set[tuple[int, int, str]], n: int) -> list[str]:
    tags = ["O"] * n
    for start, end, label in sorted(found):
        if any(t != "O" for t in tags[start:end]):
            continue
        tags[start] = f"B-{label}"
        tags[start + 1:end] = [f"I-{label}"] * (end - start - 1)
    return tags


def backoff(first: set, second: set) -> set:
    """``first``'s spans plus those of ``second`` that overlap none of them."""
    return first | {s for s in second if not any(s[0] < f[1] and f[0] < s[1] for f in first)}


def combine(taggings: list[list[list[str]]], how: str) -> list[list[str]]:
    out = []
    for sentence in zip(*taggings):
        n = len(sentence[0])
        sets = [spans(t) for t in sentence]
        if how == "agree":
            found = set.intersection(*sets)
        elif how == "crf_then_spacy":
            found = backoff(sets[0], sets[1])
        elif how == "spacy_then_crf":
            found = backoff(sets[1], sets[0])
        else:  # vote: a span given by most taggings
            counts: dict[tuple[int, int, str], int] = {}
            for s in sets:
                for span in s:
                    counts[span] = counts.get(span, 0) + 1
            found = {s for s, c in counts.items() if 2 * c > len(sets)}
        out.append(to_bio(found, n))
    return out


def crf_dev_tags(parts, cache: Path, limit: int | None) -> list[list[str]]:
    if cache.is_file():
        return pickle.loads(cache.read_bytes())
    import tempfile

    from ceksilang.extract.ner import NerTagger
    from ceksilang.train.ner import train_crf
    from ceksilang.train.ner_en import DEFAULT_PARAMS, LANGUAGE
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        train_crf(subsample(parts["train"], limit), path, DEFAULT_PARAMS, language=LANGUAGE)
        tagger = NerTagger(path, LANGUAGE)
        tags = [tagger.tag(toks) for toks in parts["dev"][0]]
    cache.write_bytes(pickle.dumps(tags))
    return tags


def append_row(path: Path, row: dict[str, Any]) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    section = doc.setdefault("issue_17_spacy_rows", {
        "note": ("spaCy 3.8 ner component (TransitionBasedParser.v2 over HashEmbedCNN.v2) trained from "
                 "scratch by bench/ner_en_spacy_trial.py on the CRF's split; dev rows: train part (or its "
                 "seeded sample) -> dev, best epoch by dev F1; final rows: train + dev -> test, once. "
                 "cpu_s is process CPU of training (1 thread) on the shared machine"),
        "rows": []})
    section["rows"] = [r for r in section["rows"] if r.get("label") != row["label"]] + [row]
    path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("dev", "final", "ensemble", "vote-test", "speed"))
    ap.add_argument("--label", required=True)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--embed-size", type=int, default=2000)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--max-epochs", type=int, default=30)
    ap.add_argument("--epochs", type=int, help="final: epochs to train (chosen on dev)")
    ap.add_argument("--patience", type=int, default=4)
    ap.add_argument("--max-minutes", type=float, default=33.0)
    ap.add_argument("--model-out", type=Path, help="write the best (dev) / final model here")
    ap.add_argument("--save-tags", type=Path, help="dev: pickle of the best epoch's dev tags")
    ap.add_argument("--scores", type=Path, default=SCORES_PATH_EN)
    ap.add_argument("--tags", type=Path, nargs="+", help="ensemble: saved spaCy dev tags")
    ap.add_argument("--model-dir", type=Path, help="speed: a model written by --model-out")
    ap.add_argument("--crf-tags", type=Path, default=Path("/tmp/ner_en_crf_dev_tags.pkl"),
                    help="ensemble: cache of the CRF's dev tags (trained on the train part if absent)")
    args = ap.parse_args(argv)
    if args.mode == "speed":
        from ceksilang.extract.ner import NerTagger
        from ceksilang.train.ner_en import LANGUAGE, MODEL_PATH_EN
        dev = split_corpus(read_gmb(DEFAULT_CORPUS))["dev"]
        words = sum(len(t) for t in dev[0])
        model = spacy.load(args.model_dir)
        crf_tagger = NerTagger(MODEL_PATH_EN, LANGUAGE)
        speeds = {}
        for name, run in (("spacy", lambda: tag(model, dev)),
                          ("crf", lambda: [crf_tagger.tag(toks) for toks in dev[0]])):
            t0 = time.process_time()
            run()
            t1 = time.process_time()
            run()
            speeds[name] = {"cold": round(words / (t1 - t0)), "warm": round(words / (time.process_time() - t1))}
        row = {"label": args.label, "mode": "speed", "model_dir": str(args.model_dir), "tokens": words,
               "tokens_per_cpu_s": speeds}
        append_row(args.scores, row)
        print(json.dumps(row))
        return 0
    if args.mode == "vote-test":
        from ceksilang.extract.ner import NerTagger
        from ceksilang.train.ner_en import LANGUAGE, MODEL_PATH_EN
        test = split_corpus(read_gmb(DEFAULT_CORPUS))["test"]
        crf_tagger = NerTagger(MODEL_PATH_EN, LANGUAGE)
        crf = [crf_tagger.tag(toks) for toks in test[0]]
        others = [pickle.loads(p.read_bytes()) for p in args.tags]
        row = {"label": args.label, "mode": "vote-test", "tags": [str(p) for p in args.tags],
               "test": {"vote": _summary(score_spans(test[1], combine([crf, *others], "vote"), labels=LABELS_EN))}}
        append_row(args.scores, row)
        print(json.dumps(row, indent=1))
        return 0
    if args.mode == "ensemble":
        parts = split_corpus(read_gmb(DEFAULT_CORPUS))
        gold = parts["dev"][1]
        crf = crf_dev_tags(parts, args.crf_tags, args.limit)
        others = [pickle.loads(p.read_bytes()) for p in args.tags]
        runs = {"crf": crf, **{f"spacy{i}": t for i, t in enumerate(others)},
                "agree": combine([crf, others[0]], "agree"),
                "crf_then_spacy": combine([crf, others[0]], "crf_then_spacy"),
                "spacy_then_crf": combine([crf, others[0]], "spacy_then_crf")}
        if len(others) >= 2:
            runs["vote"] = combine([crf, *others], "vote")
        row = {"label": args.label, "mode": "ensemble", "tags": [str(p) for p in args.tags],
               "dev": {name: _summary(score_spans(gold, t, labels=LABELS_EN)) for name, t in runs.items()}}
        append_row(args.scores, row)
        print(json.dumps(row, indent=1))
        return 0
    fix_random_seed(SEED)
    start = time.time()
    deadline = start + 60 * args.max_minutes
    parts = split_corpus(read_gmb(DEFAULT_CORPUS))
    nlp = build(args.width, args.depth, args.embed_size, args.hidden)
    config = {"width": args.width, "depth": args.depth, "embed_size": args.embed_size,
              "hidden_width": args.hidden, "dropout": args.dropout}
    cpu0 = time.process_time()
    if args.mode == "dev":
        data = subsample(parts["train"], args.limit)
        dev = parts["dev"]
        log, best, blob = train(nlp, examples(nlp, data), args.max_epochs, args.dropout, deadline,
                                evaluate=lambda m: _summary(score_spans(dev[1], tag(m, dev), labels=LABELS_EN)),
                                patience=args.patience)
        nlp.from_bytes(blob)
        if args.save_tags:
            args.save_tags.write_bytes(pickle.dumps(tag(nlp, dev)))
        scores = next(r["dev"] for r in log if r["epoch"] == best)
        key = "dev"
    else:
        if not args.epochs:
            ap.error("final needs --epochs (chosen on dev)")
        data = subsample(concat(parts["train"], parts["dev"]), args.limit)
        log, best, blob = train(nlp, examples(nlp, data), args.epochs, args.dropout, float("inf"))
        nlp.from_bytes(blob)
        test = parts["test"]
        test_tags = tag(nlp, test)
        if args.save_tags:
            args.save_tags.write_bytes(pickle.dumps(test_tags))
        scores = _summary(score_spans(test[1], test_tags, labels=LABELS_EN))
        key = "test"
    size = len(nlp.to_bytes())
    if args.model_out:
        nlp.to_disk(args.model_out)
    row = {"label": args.label, "mode": args.mode, **config, "trained_on": len(data[0]),
           "epochs_run": len(log), "best_epoch": best, "cpu_s": round(time.process_time() - cpu0),
           "wall_s": round(time.time() - start), "size_kb": size // 1024, key: scores,
           "epochs": [{k: v if k != "dev" else v["f1"] for k, v in r.items()} for r in log]}
    append_row(args.scores, row)
    print(json.dumps({k: v for k, v in row.items() if k != "epochs"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
