"""Train the two spaCy ``ner`` models of the English NER vote (issue 17).

    python -m ceksilang.train.ner_en_spacy --epochs 5 --out ceksilang/data/ner-en-spacy-full
    python -m ceksilang.train.ner_en_spacy --epochs 6 --limit 15000 --out ceksilang/data/ner-en-spacy-s15k
    python -m ceksilang.train.ner_en_spacy --score-vote    # the shipped vote on the test part, its card

English documents are tagged by three models: the CRF (``ceksilang/data/ner-en.crfsuite``,
``python -m ceksilang.train.ner_en``) and the two models trained here; a span (exact start, end
and type) is kept when two of the three give it (see ``ceksilang.extract.ner.EnglishVote``).

Each model is spaCy's own trainable ``ner`` component (a transition-based parser over a CNN
tok2vec), trained from scratch: no pretrained vectors, nothing downloaded. Data and split are the
CRF's (``ceksilang.train.ner_en``: its reader, its split, its seeded sample); a shipped model
trains on train + dev for a fixed number of epochs chosen on dev by the trial tool
(``bench/ner_en_spacy_trial.py``), never on the test part, and is scored on the test part once;
its card (``<out>.json``) keeps the command, the data and the score.

Config: spaCy's efficiency recipe for CPU: ``spacy.HashEmbedCNN.v2`` (width 96, depth 4, window
1, maxout 3, subword features on, no static vectors) under ``spacy.TransitionBasedParser.v2``
(hidden width 64, maxout 2); batches by words (compounding 100 -> 1000, as spaCy's default
batcher); Adam 0.001 with weight decay 0.01, gradient clipping 1.0 and parameter averaging (the
averaged parameters are the ones saved). Seeded (17) and run on one thread, so a rerun of the
same command gives the same model.
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
from typing import Any, Callable

import spacy
from spacy.tokens import Doc
from spacy.training import Example, iob_to_biluo
from spacy.training.batchers import minibatch_by_words
from thinc.api import Adam, compounding, fix_random_seed

from ceksilang.evaluate.ner import score_spans
from ceksilang.extract.ner import VOTER_PATHS, load_tagger
from ceksilang.train.ner import Data, concat
from ceksilang.train.ner_en import (DEFAULT_CORPUS, LABELS_EN, LANGUAGE, MODEL_PATH_EN, _summary, corpus_card,
                                    read_gmb, split_corpus, subsample)

SEED = 17
DEFAULT_CONFIG = {"width": 96, "depth": 4, "embed_size": 2000, "hidden_width": 64, "dropout": 0.1}


def build(width: int, depth: int, embed_size: int, hidden: int) -> spacy.language.Language:
    """A blank English pipeline holding one untrained ``ner`` component of this size."""
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


def examples(nlp, data: Data) -> list[Example]:
    """Training examples from token sentences and their BIO tags."""
    out = []
    for toks, tags in zip(*data):
        doc = Doc(nlp.vocab, words=toks, spaces=[True] * len(toks))
        out.append(Example.from_dict(doc, {"entities": iob_to_biluo(tags)}))
    return out


def tag(nlp, data: Data) -> list[list[str]]:
    """BIO tags of each token sentence of ``data`` (already tokenised) by the model ``nlp``."""
    docs = (Doc(nlp.vocab, words=toks, spaces=[True] * len(toks)) for toks in data[0])
    return [[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
            for doc in nlp.pipe(docs, batch_size=256)]


def train(nlp, train_ex: list[Example], epochs_max: int, dropout: float, deadline: float,
          evaluate: Callable | None = None, patience: int = 0) -> tuple[list[dict[str, Any]], int, bytes | None]:
    """Epochs of shuffled word-sized batches; after each, ``evaluate()`` (if any) with averaged
    parameters. Returns the per-epoch log, the best epoch (the last without ``evaluate``) and
    that epoch's model bytes (averaged parameters)."""
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


def train_final(parts: dict[str, Data], epochs: int, limit: int | None,
                config: dict[str, Any] = DEFAULT_CONFIG) -> tuple[Any, dict[str, Any]]:
    """A model trained on train + dev (or its seeded ``limit``-sentence sample) for ``epochs``
    epochs, and a summary of the run (no score: the caller scores the test part)."""
    fix_random_seed(SEED)
    nlp = build(config["width"], config["depth"], config["embed_size"], config["hidden_width"])
    data = subsample(concat(parts["train"], parts["dev"]), limit)
    cpu0, wall0 = time.process_time(), time.time()
    log, best, blob = train(nlp, examples(nlp, data), epochs, config["dropout"], float("inf"))
    nlp.from_bytes(blob)
    run = {"trained_on": len(data[0]), "training_tokens": sum(len(s) for s in data[0]),
           "epochs_run": len(log), "best_epoch": best, "cpu_s": round(time.process_time() - cpu0),
           "wall_s": round(time.time() - wall0), "epochs": log}
    return nlp, run



def model_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def train_shipped(corpus: Path, epochs: int, limit: int | None, out: Path,
                  save_tags: Path | None = None) -> dict[str, Any]:
    """Train one vote member on train + dev, write it to ``out`` (a spaCy model directory), score
    it alone on the test part and write its card ``<out>.json``."""
    parts = split_corpus(read_gmb(corpus))
    nlp, run = train_final(parts, epochs, limit)
    test = parts["test"]
    test_tags = tag(nlp, test)
    if save_tags:
        save_tags.write_bytes(pickle.dumps(test_tags))
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    command = f"python -m ceksilang.train.ner_en_spacy --epochs {epochs}"
    command += (f" --limit {limit}" if limit else "") + f" --out ceksilang/data/{out.name}"
    card: dict[str, Any] = {
        "model": out.name,
        "language": LANGUAGE,
        "type": (f"spaCy {spacy.__version__} ner component (TransitionBasedParser.v2 over HashEmbedCNN.v2), "
                 "trained from scratch, no pretrained vectors"),
        "labels": list(LABELS_EN),
        "role": "one of three voters for English NER (with ner-en.crfsuite): a span is kept when two give it",
        "training_command": command,
        "corpus": corpus_card(),
        "config": {**DEFAULT_CONFIG, "seed": SEED, "epochs": epochs,
                   "epochs_chosen_on": ("the dev part: bench/ner_en_spacy_trial.py dev runs on the train part or "
                                        "its sample (bench/results/ner_en_tune.json, issue_17_spacy_rows)")},
        "sentences": {"train": len(parts["train"][0]), "dev": len(parts["dev"][0]),
                      "test": len(parts["test"][0]), "trained_on": run["trained_on"]},
        "training_tokens": run["training_tokens"],
        "held_out_scores": {"gmb_test": _summary(score_spans(test[1], test_tags, labels=LABELS_EN))},
        "train_cpu_seconds": run["cpu_s"],
        "size_bytes": model_size(out),
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


VOTE_CARD_PATH = MODEL_PATH_EN.with_name("ner-en-vote.json")
VOTE_COMMAND = "python -m ceksilang.train.ner_en_spacy --score-vote"


def score_vote(corpus: Path, out: Path = VOTE_CARD_PATH) -> dict[str, Any]:
    """Score what English text is tagged by (``load_tagger(language="en")``: the shipped CRF and
    spaCy models voting) on the test part and write the vote's card, which names its members'
    cards and their own test scores."""

    test = split_corpus(read_gmb(corpus))["test"]
    tagger = load_tagger(language=LANGUAGE)
    scores = _summary(score_spans(test[1], tagger.tag_many(test[0]), labels=LABELS_EN))
    members = []
    for path in (MODEL_PATH_EN, *VOTER_PATHS[LANGUAGE]):
        member = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        members.append({"model": path.name, "card": path.with_suffix(".json").name,
                        "training_command": member["training_command"],
                        "gmb_test_f1": member["held_out_scores"]["gmb_test"]["f1"]})
    card: dict[str, Any] = {
        "tagger": "English NER: a vote of three models",
        "language": LANGUAGE,
        "labels": list(LABELS_EN),
        "members": members,
        "rule": ("a span (exact start, end and type) is kept when two of the three models give it; where two or "
                 "more give overlapping PERSON spans and no kept span touches them, the tokens they share are "
                 "kept as PERSON (extract.ner.VOTE_CORE_LABELS)"),
        "rule_chosen_on": ("the dev part (members trained on the train part): of 'both agree', 'CRF first then "
                           "spaCy', 'spaCy first then CRF' and the vote, the vote was the only one 0.4 or more "
                           "above the CRF (bench/results/ner_en_tune.json, issue_17_spacy_rows); then the PERSON core "
                           "(dev 85.37 -> 85.41; every label's core 85.33), added after the exact vote's test score "
                           "(85.32) was known, so this card's test figure is a second look at the test part"),
        "scoring_command": VOTE_COMMAND,
        "corpus": corpus_card(),
        "sentences": {"test": len(test[0])},
        "held_out_scores": {"gmb_test": scores},
    }
    out.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ceksilang.train.ner_en_spacy", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the GMB ner_dataset.csv")
    ap.add_argument("--epochs", type=int, help="epochs to train (chosen on dev)")
    ap.add_argument("--limit", type=int, default=None,
                    help="train on a seeded sample of this many train + dev sentences")
    ap.add_argument("--out", type=Path, help="the model directory to write (its card goes to <out>.json)")
    ap.add_argument("--save-tags", type=Path, help="also pickle the model's test-part tags here")
    ap.add_argument("--score-vote", action="store_true",
                    help="score the shipped vote on the test part and write its card (ner-en-vote.json)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        ap.error(f"no English NER corpus at {args.corpus}")
    if args.score_vote:
        card = score_vote(args.corpus)
        print(json.dumps(card["held_out_scores"], indent=2))
        return 0
    if not args.epochs or not args.out:
        ap.error("training needs --epochs and --out")
    card = train_shipped(args.corpus, args.epochs, args.limit, args.out, args.save_tags)
    print(json.dumps({k: card[k] for k in ("sentences", "train_cpu_seconds", "size_bytes", "held_out_scores")},
                     indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
