"""Train and evaluate the CRF NER model.

    python -m ceksilang.train.ner                 # train the shipped model (ceksilang/data/ner-id.crfsuite)
    python -m ceksilang.train.ner --folds         # 5-fold NER-UI / NER-UGM + idner-news-2k scores
    python -m ceksilang.train.ner --tune          # c1/c2 grid, trained on train splits, scored on dev

The English model (ceksilang/data/ner-en.crfsuite) has its own script, reusing this one's
training and scoring: ``python -m ceksilang.train.ner_en``.

The shipped model never sees held-out data: not the fold-1 test files of NER-UI and NER-UGM,
not idner-news-2k's test file, not the IndoLEM train/dev files of folds 2-5 (they hold fold 1's
test sentences), and no training sentence whose tokens also occur in one of those test files
(idner-news-2k and NER-UGM share source sentences).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from ceksilang.extract.conll import LABELS, map_tags, native_tags, read_conll
from ceksilang.evaluate.ner import score_spans
from ceksilang.lang import load_data
from ceksilang.extract.ner import CLUSTERS_PATH, MODEL_PATH, NerTagger, sentence_features

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = Path(os.environ.get("CEKSILANG_SHARED", REPO.parent / "shared")) / "corpus" / "ner"
SCORES_PATH = REPO / "bench" / "results" / "ner_scores.json"
# What trains the shipped model from scratch when its features read a word-cluster file: that
# file first, then the model.
CLUSTERS_COMMAND = "python -m ceksilang.train.word_clusters"
CARD_PATH = MODEL_PATH.with_suffix(".json")

# Held-out files: nothing in them (nor a sentence equal to one of theirs) is trained on.
HELD_OUT = ("indolem/nerui/test.01.tsv", "indolem/nerugm/test.01.tsv", "idner-news-2k/test.txt")
# The shipped model's training files (corpus name, path under the NER corpus directory).
SHIPPED_TRAIN = (
    ("nerui", "indolem/nerui/train.01.tsv"),
    ("nerui", "indolem/nerui/dev.01.tsv"),
    ("nerugm", "indolem/nerugm/train.01.tsv"),
    ("nerugm", "indolem/nerugm/dev.01.tsv"),
    ("idner", "idner-news-2k/train.txt"),
    ("idner", "idner-news-2k/dev.txt"),
)
NERGRIT_TRAIN = (
    ("nergrit", "indonlu/nergrit_ner-grit/train_preprocess.txt"),
    ("nergrit", "indonlu/nergrit_ner-grit/valid_preprocess.txt"),
)


@dataclass(frozen=True, slots=True)
class CrfParams:
    c1: float = 0.05  # L1: keeps the model small by zeroing weak features
    c2: float = 0.05
    max_iterations: int = 150
    min_freq: int = 1


Data = tuple[list[list[str]], list[list[str]]]  # (token sentences, tag sentences)


def clusters_card() -> dict[str, Any] | None:
    """The word-cluster file the Indonesian features read, as the card records it (None when
    ``lang/id/ner_features.yaml`` names none): a model is only valid with the exact file it was
    trained with, so its SHA-1 is kept."""
    name = load_data("ner_features", "id").get("word_clusters")
    if not name:
        return None
    path = CLUSTERS_PATH.parent / str(name)
    data = path.read_bytes()
    return {"file": path.name, "command": CLUSTERS_COMMAND,
            "words": data.count(b"\n"), "size_bytes": len(data), "sha1": hashlib.sha1(data).hexdigest()}


def load(corpus_dir: Path, rel: str, corpus: str, all_types: bool = False) -> Data:
    sentences = read_conll(corpus_dir / rel)
    tokens = [[w for w, _ in s] for s in sentences]
    tags = [(native_tags if all_types else lambda t: map_tags(t, corpus))([t for _, t in s]) for s in sentences]
    return tokens, tags


def concat(*parts: Data) -> Data:
    return [s for p in parts for s in p[0]], [t for p in parts for t in p[1]]


def train_crf(data: Data, model_path: Path, params: CrfParams, verbose: bool = False,
              language: str = "id") -> float:
    """Train a CRF on ``data`` into ``model_path``, with ``language``'s feature word lists;
    returns seconds taken."""
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    for toks, tags in zip(*data):
        trainer.append(sentence_features(toks, language), tags)
    trainer.set_params({
        "c1": params.c1,
        "c2": params.c2,
        "max_iterations": params.max_iterations,
        "feature.possible_transitions": True,
        "feature.minfreq": params.min_freq,
    })
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    return time.perf_counter() - t0


def test_crf(model_path: Path, data: Data, labels: tuple[str, ...] | None = LABELS,
             language: str = "id") -> dict[str, Any]:
    tagger = NerTagger(model_path, language)
    predicted = [tagger.tag(toks) for toks in data[0]]
    return score_spans(data[1], predicted, labels=labels)


def train_and_test(train: Data, test: Data, params: CrfParams,
                   labels: tuple[str, ...] | None = LABELS) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        seconds = train_crf(train, path, params)
        scores = test_crf(path, test, labels)
    scores["train_seconds"] = round(seconds, 1)
    return scores


def _mean(runs: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("precision", "recall", "f1")
    out: dict[str, Any] = {k: round(sum(r[k] for r in runs) / len(runs), 2) for k in keys}
    types = sorted({t for r in runs for t in r["per_type"]})
    out["per_type"] = {t: {k: round(sum(r["per_type"][t][k] for r in runs) / len(runs), 2) for k in keys}
                       for t in types}
    return out


def run_folds(corpus_dir: Path, params: CrfParams, ugm_all_types: bool) -> dict[str, Any]:
    """Per-fold and mean scores on IndoLEM's 5 folds and idner-news-2k's test split."""
    clusters = clusters_card()
    results: dict[str, Any] = {"params": asdict(params), "word_clusters_sha1": clusters and clusters["sha1"]}
    setups = [("nerui", "nerui", False), ("nerugm", "nerugm", False)]
    if ugm_all_types:
        setups.append(("nerugm_all_types", "nerugm", True))
    for name, corpus, all_types in setups:
        folds = []
        for k in range(1, 6):
            train = concat(load(corpus_dir, f"indolem/{corpus}/train.0{k}.tsv", corpus, all_types),
                           load(corpus_dir, f"indolem/{corpus}/dev.0{k}.tsv", corpus, all_types))
            test = load(corpus_dir, f"indolem/{corpus}/test.0{k}.tsv", corpus, all_types)
            scores = train_and_test(train, test, params, None if all_types else LABELS)
            scores["fold"] = k
            folds.append(scores)
            print(f"{name} fold {k}: F1 {scores['f1']:.2f} ({scores['train_seconds']} s)", file=sys.stderr)
        results[name] = {"folds": folds, "mean": _mean(folds)}
    train = concat(load(corpus_dir, "idner-news-2k/train.txt", "idner"),
                   load(corpus_dir, "idner-news-2k/dev.txt", "idner"))
    test = load(corpus_dir, "idner-news-2k/test.txt", "idner")
    results["idner-news-2k"] = train_and_test(train, test, params)
    return results


def run_tune(corpus_dir: Path, grid: list[tuple[float, float]], nergrit: bool,
             max_iterations: int = 150) -> list[dict[str, Any]]:
    """Scores on the three dev files of a model trained on the matching train files, per (c1, c2)."""
    train_parts = [load(corpus_dir, "indolem/nerui/train.01.tsv", "nerui"),
                   load(corpus_dir, "indolem/nerugm/train.01.tsv", "nerugm"),
                   load(corpus_dir, "idner-news-2k/train.txt", "idner")]
    if nergrit:
        train_parts.append(load(corpus_dir, NERGRIT_TRAIN[0][1], "nergrit"))
    train = drop_overlap(concat(*train_parts), corpus_dir)[0]
    devs = {"nerui": load(corpus_dir, "indolem/nerui/dev.01.tsv", "nerui"),
            "nerugm": load(corpus_dir, "indolem/nerugm/dev.01.tsv", "nerugm"),
            "idner": load(corpus_dir, "idner-news-2k/dev.txt", "idner")}
    out = []
    for c1, c2 in grid:
        params = CrfParams(c1=c1, c2=c2, max_iterations=max_iterations)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.crfsuite"
            seconds = train_crf(train, path, params)
            row: dict[str, Any] = {"c1": c1, "c2": c2, "iterations": max_iterations, "nergrit": nergrit, "seconds": round(seconds, 1),
                                   "size_kb": path.stat().st_size // 1024}
            for name, dev in devs.items():
                row[name] = test_crf(path, dev)["f1"]
        row["mean"] = round(sum(row[n] for n in devs) / len(devs), 2)
        print(json.dumps(row), file=sys.stderr)
        out.append(row)
    return out


def drop_overlap(data: Data, corpus_dir: Path) -> tuple[Data, int]:
    """``data`` without sentences whose token sequence occurs in a held-out file; and how many went."""
    held = {tuple(w for w, _ in s) for rel in HELD_OUT for s in read_conll(corpus_dir / rel)}
    keep = [i for i, toks in enumerate(data[0]) if tuple(toks) not in held]
    return ([data[0][i] for i in keep], [data[1][i] for i in keep]), len(data[0]) - len(keep)


def train_shipped(corpus_dir: Path, params: CrfParams, nergrit: bool, out: Path) -> dict[str, Any]:
    """Train the packaged model on the non-held-out corpora and write it with its card."""
    files = SHIPPED_TRAIN + (NERGRIT_TRAIN if nergrit else ())
    corpora = []
    parts = []
    for corpus, rel in files:
        part = load(corpus_dir, rel, corpus)
        part, dropped = drop_overlap(part, corpus_dir)
        corpora.append({"file": rel, "sentences": len(part[0]), "dropped_overlap_with_held_out": dropped})
        parts.append(part)
        print(f"{rel}: {len(part[0])} sentences, {dropped} dropped (also in a held-out file)", file=sys.stderr)
    train = concat(*parts)
    clusters = clusters_card()
    seconds = train_crf(train, out, params)
    held_scores = {}
    for corpus, rel in (("nerui", HELD_OUT[0]), ("nerugm", HELD_OUT[1]), ("idner", HELD_OUT[2])):
        s = test_crf(out, load(corpus_dir, rel, corpus))
        held_scores[rel] = {"precision": s["precision"], "recall": s["recall"], "f1": s["f1"],
                            "per_type": {t: v["f1"] for t, v in s["per_type"].items()}}
    card = {
        "model": out.name,
        "type": "linear-chain CRF (python-crfsuite, L-BFGS)",
        "labels": list(LABELS),
        "tagging": "BIO",
        "training_command": ((CLUSTERS_COMMAND + " && ") if clusters else "") + "python -m ceksilang.train.ner"
                            + ("" if nergrit else " --no-nergrit"),
        "word_clusters": clusters,
        "params": asdict(params),
        "corpora": corpora,
        "training_sentences": len(train[0]),
        "training_tokens": sum(len(s) for s in train[0]),
        "held_out_never_trained_on": list(HELD_OUT),
        "held_out_scores": held_scores,
        "train_seconds": round(seconds, 1),
        "size_bytes": out.stat().st_size,
    }
    folds = json.loads(SCORES_PATH.read_text(encoding="utf-8")) if SCORES_PATH.is_file() else {}
    # cross-validated figures, when they were measured with the same word clusters
    if folds and folds.get("word_clusters_sha1") == (clusters or {}).get("sha1"):
        card["cross_validation"] = {
            "command": "python -m ceksilang.train.ner --folds --ugm-all-types",
            "f1": {name: (folds[name]["mean"] if "mean" in folds[name] else folds[name])["f1"]
                   for name in ("nerui", "nerugm", "nerugm_all_types", "idner-news-2k") if name in folds},
        }
    card_path = out.with_suffix(".json")
    card_path.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


def format_folds(results: dict[str, Any]) -> str:
    lines = [f"{'corpus':<20}{'P':>8}{'R':>8}{'F1':>8}   per-type F1"]
    for name in ("nerui", "nerugm", "nerugm_all_types", "idner-news-2k"):
        if name not in results:
            continue
        s = results[name]["mean"] if "mean" in results[name] else results[name]
        per = "  ".join(f"{t} {v['f1']:.1f}" for t, v in s["per_type"].items())
        label = name + (" (5-fold)" if "mean" in results[name] else "")
        lines.append(f"{label:<20}{s['precision']:>8.2f}{s['recall']:>8.2f}{s['f1']:>8.2f}   {per}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ceksilang.train.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus-dir", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--folds", action="store_true", help="cross-validated scores instead of training")
    ap.add_argument("--ugm-all-types", action="store_true", help="with --folds: also NER-UGM with all its types")
    ap.add_argument("--tune", action="store_true", help="c1/c2 grid scored on the dev files")
    ap.add_argument("--nergrit", action=argparse.BooleanOptionalAction, default=True,
                    help="also train on IndoNLU NERGrit train+valid (default: yes; +0.4 F1 mean on dev)")
    ap.add_argument("--c1-grid", type=float, nargs="+", default=[0.05, 0.1, 0.3], help="with --tune")
    ap.add_argument("--c2-grid", type=float, nargs="+", default=[0.01, 0.05], help="with --tune")
    defaults = CrfParams()
    ap.add_argument("--c1", type=float, default=defaults.c1)
    ap.add_argument("--c2", type=float, default=defaults.c2)
    ap.add_argument("--max-iterations", type=int, default=defaults.max_iterations)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--scores", type=Path, default=SCORES_PATH)
    args = ap.parse_args(argv)
    if not args.corpus_dir.is_dir():
        ap.error(f"no NER corpus directory at {args.corpus_dir}")
    params = CrfParams(c1=args.c1, c2=args.c2, max_iterations=args.max_iterations)
    if args.tune:
        grid = [(c1, c2) for c1 in args.c1_grid for c2 in args.c2_grid]
        run_tune(args.corpus_dir, grid, args.nergrit, args.max_iterations)
        return 0
    if args.folds:
        results = run_folds(args.corpus_dir, params, args.ugm_all_types)
        args.scores.parent.mkdir(parents=True, exist_ok=True)
        args.scores.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(format_folds(results))
        return 0
    card = train_shipped(args.corpus_dir, params, args.nergrit, args.out)
    print(json.dumps({k: card[k] for k in ("training_sentences", "train_seconds", "size_bytes",
                                           "held_out_scores")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
