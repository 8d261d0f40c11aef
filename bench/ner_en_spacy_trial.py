"""Trial tool (issue 17): does a different learner beat the English CRF on GMB? spaCy's own trainable
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

The model, its config and its training loop are the package's (``ceksilang.train.ner_en_spacy``,
which trains the shipped vote members; ``final`` here is the same training, plus a row in the
results file); the vote rule is the shipped tagger's (``ceksilang.extract.ner.vote_spans``).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import spacy
from thinc.api import fix_random_seed

from ceksilang.evaluate.ner import score_spans
from ceksilang.extract.conll import spans
from ceksilang.extract.ner import tags_of_spans, vote_spans
from ceksilang.train.ner_en import (DEFAULT_CORPUS, LABELS_EN, SCORES_PATH_EN, _summary, read_gmb,
                                    split_corpus, subsample)
from ceksilang.train.ner_en_spacy import SEED, build, examples, tag, train, train_final


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
        else:  # vote: a span given by most taggings, the rule the shipped English tagger uses
            found = vote_spans(sets)
        out.append(tags_of_spans(found, n))
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
    start = time.time()
    deadline = start + 60 * args.max_minutes
    parts = split_corpus(read_gmb(DEFAULT_CORPUS))
    config = {"width": args.width, "depth": args.depth, "embed_size": args.embed_size,
              "hidden_width": args.hidden, "dropout": args.dropout}
    cpu0 = time.process_time()
    if args.mode == "dev":
        fix_random_seed(SEED)
        nlp = build(args.width, args.depth, args.embed_size, args.hidden)
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
        trained_on = len(data[0])
    else:
        if not args.epochs:
            ap.error("final needs --epochs (chosen on dev)")
        # the training of the shipped members (python -m ceksilang.train.ner_en_spacy), with a row
        nlp, run = train_final(parts, args.epochs, args.limit, config)
        log, best, trained_on = run["epochs"], run["best_epoch"], run["trained_on"]
        test = parts["test"]
        test_tags = tag(nlp, test)
        if args.save_tags:
            args.save_tags.write_bytes(pickle.dumps(test_tags))
        scores = _summary(score_spans(test[1], test_tags, labels=LABELS_EN))
        key = "test"
    size = len(nlp.to_bytes())
    if args.model_out:
        nlp.to_disk(args.model_out)
    row = {"label": args.label, "mode": args.mode, **config, "trained_on": trained_on,
           "epochs_run": len(log), "best_epoch": best, "cpu_s": round(time.process_time() - cpu0),
           "wall_s": round(time.time() - start), "size_kb": size // 1024, key: scores,
           "epochs": [{k: v if k != "dev" else v["f1"] for k, v in r.items()} for r in log]}
    append_row(args.scores, row)
    print(json.dumps({k: v for k, v in row.items() if k != "epochs"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
