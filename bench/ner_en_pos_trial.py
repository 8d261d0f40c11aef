"""Trial (issue 17): do predicted part-of-speech tags as features raise the English NER model's
dev score? Trains on the GMB train part, scores on dev; the test part is never read (its POS
column included). Run the three POS passes (two at a time if you like), then the NER pass:

    python bench/ner_en_pos_trial.py pos 0      # POS model on half 0 of train, tags half 1
    python bench/ner_en_pos_trial.py pos 1      # POS model on half 1 of train, tags half 0
    python bench/ner_en_pos_trial.py pos all    # POS model on all of train, tags dev
    python bench/ner_en_pos_trial.py ner        # NER with POS features, train -> dev; one JSON row

The NER model must see predicted, not gold, POS tags, so the train part's tags are cross-fitted:
halves in blocks of 100 sentence numbers (a story stays on one side), each tagged by the POS
model of the other half. Dev is tagged by the POS model trained on the whole train part, as the
shipped pipeline would tag new text.

The POS tagger is a linear-chain CRF (python-crfsuite, averaged-perceptron training, which is
fast with GMB's 42 tags) over lexical features only: the word in lower case, its shape, its
first letter and last one to three letters, and the neighbours' lower-case words within two.
"""

from __future__ import annotations

import csv
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from ceksilang.evaluate.ner import score_spans
from ceksilang.extract.ner import sentence_features, word_shape
from ceksilang.train.ner_en import (DEFAULT_CORPUS, DEFAULT_PARAMS, LABELS_EN, TRUNCATED_SENTENCE,
                                    _summary, read_gmb, split_of)

BLOCK = 100
POS_EPOCHS = 10
WORK = Path(tempfile.gettempdir()) / "ner_en_pos_trial"


def half(number: int) -> int:
    return (number // BLOCK) % 2


def read_pos(path: Path) -> dict[int, list[str]]:
    """Sentence number -> the POS column of its tokens (the cut-off last sentence dropped)."""
    tags: dict[int, list[str]] = {}
    current: list[str] | None = None
    with path.open(encoding="latin-1", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        for row in rows:
            if row[0].strip():
                current = tags.setdefault(int(row[0].split(":", 1)[1]), [])
            assert current is not None
            current.append(row[2])
    tags.pop(TRUNCATED_SENTENCE, None)
    return tags


def pos_features(tokens: list[str]) -> list[list[str]]:
    lower = [t.lower() for t in tokens]
    n = len(tokens)
    out = []
    for i, (word, low) in enumerate(zip(tokens, lower)):
        f = ["w=" + low, "sh=" + word_shape(word), "p1=" + low[:1],
             "s1=" + low[-1:], "s2=" + low[-2:], "s3=" + low[-3:]]
        for off in (-2, -1, 1, 2):
            j = i + off
            f.append(f"{off:+d}w=" + (lower[j] if 0 <= j < n else "<pad>"))
        if i == 0:
            f.append("bos")
        out.append(f)
    return out


def pos_ner_features(tokens: list[str], pos: list[str]) -> list[list[str]]:
    """The shipped English NER features plus the POS of the token, of its neighbours and the
    two bigrams through it."""
    n = len(pos)
    padded = ["<s>", *pos, "</s>"]
    out = []
    for i, own in enumerate(sentence_features(tokens, "en")):
        prev, cur, nxt = padded[i], padded[i + 1], padded[i + 2]
        out.append([*own, "pos=" + cur, "-1pos=" + prev, "+1pos=" + nxt,
                    f"pos-1|0={prev}|{cur}", f"pos0|+1={cur}|{nxt}"])
    assert len(out) == n
    return out


def main(argv: list[str]) -> int:
    sentences = read_gmb(DEFAULT_CORPUS)
    test_tokens = {tuple(sentences[n][0]) for n in sentences if split_of(n) == "test"}
    parts = {n: split_of(n) for n in sentences
             if split_of(n) != "test" and tuple(sentences[n][0]) not in test_tokens}
    WORK.mkdir(exist_ok=True)
    t0 = time.process_time()
    if argv[:1] == ["pos"] and len(argv) == 2 and argv[1] in ("0", "1", "all"):
        gold_pos = read_pos(DEFAULT_CORPUS)
        side = argv[1]
        train = [n for n, p in parts.items() if p == "train" and (side == "all" or half(n) == int(side))]
        targets = [n for n, p in parts.items()
                   if (p == "dev" if side == "all" else p == "train" and half(n) != int(side))]
        trainer = pycrfsuite.Trainer(algorithm="ap", verbose=False)
        for n in train:
            trainer.append(pos_features(sentences[n][0]), gold_pos[n])
        trainer.set_params({"max_iterations": POS_EPOCHS, "feature.possible_transitions": True})
        model = WORK / f"pos_{side}.crfsuite"
        trainer.train(str(model))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        tags = {n: tagger.tag(pos_features(sentences[n][0])) for n in targets}
        (WORK / f"pos_{side}.pkl").write_bytes(pickle.dumps(tags))
        right = sum(a == b for n in targets for a, b in zip(tags[n], gold_pos[n]))
        total = sum(len(tags[n]) for n in targets)
        print(json.dumps({"pos": side, "trained_on": len(train), "tagged": len(targets),
                          "accuracy": round(100 * right / total, 2), "cpu_s": round(time.process_time() - t0),
                          "size_kb": model.stat().st_size // 1024}))
        return 0
    if argv != ["ner"]:
        print(__doc__, file=sys.stderr)
        return 2
    pos: dict[int, list[str]] = {}
    for side in ("0", "1", "all"):
        pos.update(pickle.loads((WORK / f"pos_{side}.pkl").read_bytes()))
    train = [n for n, p in parts.items() if p == "train"]
    dev = [n for n, p in parts.items() if p == "dev"]
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for n in train:
        trainer.append(pos_ner_features(sentences[n][0], pos[n]), sentences[n][1])
    trainer.set_params({"c1": DEFAULT_PARAMS.c1, "c2": DEFAULT_PARAMS.c2,
                        "max_iterations": DEFAULT_PARAMS.max_iterations,
                        "feature.possible_transitions": True, "feature.minfreq": DEFAULT_PARAMS.min_freq})
    model = WORK / "ner_pos.crfsuite"
    trainer.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold = [sentences[n][1] for n in dev]
    predicted = [tagger.tag(pos_ner_features(sentences[n][0], pos[n])) for n in dev]
    row = {"trained_on": len(train), "cpu_s": round(time.process_time() - t0),
           "size_kb": model.stat().st_size // 1024,
           "dev": _summary(score_spans(gold, predicted, labels=LABELS_EN))}
    print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
