"""Trial (issue 17): does a second CRF pass that sees what a first pass said about the same word
in nearby sentences raise the English model's dev score? Trains on the GMB train part, scores on
dev; the test part is never read. Run the two first passes (in parallel if you like), then the
second:

    python bench/ner_en_stack_trial.py first 0
    python bench/ner_en_stack_trial.py first 1
    python bench/ner_en_stack_trial.py second      # prints the dev scores as one JSON row

First-pass tags come from two models cross-fitted on the train part split in blocks of 100
sentence numbers (a story stays on one side); each tags the sentences of the other half, dev
included. For each capitalised token, the second pass adds the types the first pass gave the
same word in the train and dev sentences within ``WINDOW`` sentence numbers (``dt=<type>``,
``dt1`` when there is one type) or ``dtO`` when it occurs there capitalised outside any entity.
"""

from __future__ import annotations

import collections
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from ceksilang.evaluate.ner import score_spans
from ceksilang.extract.conll import spans
from ceksilang.extract.ner import sentence_attributes, sentence_features
from ceksilang.train.ner import train_crf
from ceksilang.train.ner_en import (DEFAULT_CORPUS, DEFAULT_PARAMS, LABELS_EN, _summary, read_gmb,
                                    split_of)

WINDOW = 10
BLOCK = 100
WORK = Path(tempfile.gettempdir()) / "ner_en_stack_trial"


def half(number: int) -> int:
    return (number // BLOCK) % 2


def main(argv: list[str]) -> int:
    sentences = read_gmb(DEFAULT_CORPUS)
    test_tokens = {tuple(sentences[n][0]) for n in sentences if split_of(n) == "test"}
    parts = {n: split_of(n) for n in sentences
             if split_of(n) != "test" and tuple(sentences[n][0]) not in test_tokens}
    WORK.mkdir(exist_ok=True)
    t0 = time.process_time()
    if argv[:1] == ["first"] and len(argv) == 2:
        side = int(argv[1])
        train = [n for n, p in parts.items() if p == "train" and half(n) == side]
        model = WORK / f"first_{side}.crfsuite"
        train_crf(([sentences[n][0] for n in train], [sentences[n][1] for n in train]), model,
                  DEFAULT_PARAMS, language="en")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        tags = {n: tagger.tag(sentence_attributes(sentences[n][0], "en")) for n in parts if half(n) != side}
        (WORK / f"first_{side}.pkl").write_bytes(pickle.dumps(tags))
        print(json.dumps({"first": side, "trained_on": len(train), "cpu_s": round(time.process_time() - t0)}))
        return 0
    if argv != ["second"]:
        print(__doc__, file=sys.stderr)
        return 2
    first = {**pickle.loads((WORK / "first_0.pkl").read_bytes()), **pickle.loads((WORK / "first_1.pkl").read_bytes())}

    def document_features(number: int) -> list[list[str]]:
        types: dict[str, set[str]] = collections.defaultdict(set)
        capitalised: set[str] = set()
        for other in range(number - WINDOW, number + WINDOW + 1):
            if other == number or other not in first:
                continue
            tokens = sentences[other][0]
            capitalised.update(t for t in tokens if t[:1].isupper())
            for a, b, label in spans(first[other]):
                for i in range(a, b):
                    types[tokens[i]].add(label)
        out = []
        for token in sentences[number][0]:
            feats: list[str] = []
            if token[:1].isupper():
                if types.get(token):
                    feats = ["dt=" + label for label in sorted(types[token])]
                    if len(types[token]) == 1:
                        feats.append("dt1")
                elif token in capitalised:
                    feats = ["dtO"]
            out.append(feats)
        return out

    def features(number: int) -> list[list[str]]:
        return [own + doc for own, doc in zip(sentence_features(sentences[number][0], "en"),
                                              document_features(number))]

    train = [n for n, p in parts.items() if p == "train"]
    dev = [n for n, p in parts.items() if p == "dev"]
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for n in train:
        trainer.append(features(n), sentences[n][1])
    trainer.set_params({"c1": DEFAULT_PARAMS.c1, "c2": DEFAULT_PARAMS.c2,
                        "max_iterations": DEFAULT_PARAMS.max_iterations,
                        "feature.possible_transitions": True, "feature.minfreq": DEFAULT_PARAMS.min_freq})
    model = WORK / "second.crfsuite"
    trainer.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold = [sentences[n][1] for n in dev]
    row = {"trained_on": len(train), "cpu_s": round(time.process_time() - t0),
           "dev": _summary(score_spans(gold, [tagger.tag(features(n)) for n in dev], labels=LABELS_EN)),
           "first_pass_dev": _summary(score_spans(gold, [first[n] for n in dev], labels=LABELS_EN))}
    print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
