"""Dev-split trials for the Indonesian NER model: tag scheme, extra and pruned feature templates.

    .venv/bin/python bench/ner_id_trials.py VARIANT [--c1 0.05] [--c2 0.05] [--clusters FILE]

VARIANT is ``bio`` or ``bilou`` (the tag scheme the CRF is trained on), then any of: ``+conj``
(the conjunction features of :func:`conjunction_features`), ``+conj-noshape`` (the same without
the shape triple), ``+clu`` (the token's word clusters at each granularity, from ``--clusters``,
a file of ``python -m ceksilang.train.word_clusters --out FILE``), ``+clun`` (those plus the two
coarser clusters of the words at +-1), ``+cap`` (the capitalisation band of the token and of its
neighbours at +-1, same file), ``+prune`` (without the templates of ``PRUNED``). Trained like
``python -m ceksilang.train.ner --tune``: NER-UI train.01, NER-UGM train.01, idner train and
NERGrit train (less sentences shared with a held-out file), scored on the three dev files (model
F1, exact spans; ``mean``) and also on NERGrit valid (``mean4`` over the four). Nothing here
touches a held-out file. Appends one row to bench/results/ner_id_trials.jsonl (docs/ner.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pycrfsuite  # noqa: E402

from ceksilang.evaluate.ner import score_spans  # noqa: E402
from ceksilang.extract.ner import sentence_features, word_shape  # noqa: E402
from ceksilang.train.ner import DEFAULT_CORPUS, NERGRIT_TRAIN, concat, drop_overlap, load  # noqa: E402


def bio_to_bilou(tags: list[str]) -> list[str]:
    """BIO as BILOU: a one-token entity ``U-X``, an entity's last token ``L-X``."""
    out = []
    for i, tag in enumerate(tags):
        if tag == "O":
            out.append(tag)
            continue
        continues = i + 1 < len(tags) and tags[i + 1] == "I-" + tag[2:]
        if tag.startswith("B-"):
            out.append(("B-" if continues else "U-") + tag[2:])
        else:
            out.append(("I-" if continues else "L-") + tag[2:])
    return out


def bilou_to_bio(tags: list[str]) -> list[str]:
    return ["B-" + t[2:] if t.startswith("U-") else "I-" + t[2:] if t.startswith("L-") else t for t in tags]


def conjunction_features(tokens: list[str], shape_triple: bool = True) -> list[list[str]]:
    """Pairs of facts a linear CRF cannot join by itself: the word before a capitalised word
    with its capital; whether the neighbours are capitalised too; the shapes of the token and its
    neighbours together; a 2-6 letter all-capital word, and one just after "("."""
    n = len(tokens)
    lowers = [t.lower() for t in tokens]
    shapes = [word_shape(t) for t in tokens]
    caps = [t[:1].isupper() for t in tokens]
    out = []
    for i, word in enumerate(tokens):
        f = []
        if caps[i]:
            f.append("pwcap=" + (lowers[i - 1] if i else "<s>"))
            if i + 1 < n and caps[i + 1]:
                f.append("capnext")
            if i and caps[i - 1]:
                f.append("capprev")
        if shape_triple:
            f.append(f"sh3={shapes[i - 1] if i else '<s>'}|{shapes[i]}|{shapes[i + 1] if i + 1 < n else '</s>'}")
        if word.isalpha() and word.isupper() and 2 <= len(word) <= 6:
            f.append("acr")
            if i and tokens[i - 1] == "(":
                f.append("paren_acr")
        out.append(f)
    return out


# templates dropped by ``+prune``: single-letter affixes, the length and the shapes at +-2
PRUNED = ("p1=", "s1=", "len=", "-2sh=", "+2sh=")
WORD_DATA: dict[str, tuple[str, ...]] = {}  # word -> cluster ids per size, then its capital band


def read_word_data(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").rstrip("\n").split("\n"):
        fields = line.split("\t")
        WORD_DATA[fields[0]] = tuple(fields[1:])


def distributional_features(tokens: list[str], variant: str) -> list[list[str]]:
    """``+clu``: the token's clusters at each size; ``+clun``: the two coarser ones at +-1;
    ``+cap``: the capital band of the token and of its neighbours at +-1."""
    rows = [WORD_DATA.get(t.lower(), ()) for t in tokens]
    out = []
    for i, row in enumerate(rows):
        f = []
        if "+clu" in variant and row:
            f += [f"k{n}={c}" for n, c in enumerate(row[:-1])]
        if "+cap" in variant and row and row[-1]:
            f.append("cb=" + row[-1])
        for off in (-1, 1):
            j = i + off
            if not 0 <= j < len(rows) or not rows[j]:
                continue
            if "+clun" in variant:
                f += [f"{off:+d}k{n}={c}" for n, c in enumerate(rows[j][:2])]
            if "+cap" in variant and rows[j][-1]:
                f.append(f"{off:+d}cb=" + rows[j][-1])
        out.append(f)
    return out


def features(tokens: list[str], variant: str) -> list[list[str]]:
    base = sentence_features(tokens)
    if "+prune" in variant:
        base = [[a for a in item if not a.startswith(PRUNED)] for item in base]
    if "+conj" in variant:
        extra = conjunction_features(tokens, shape_triple="noshape" not in variant)
        base = [a + b for a, b in zip(base, extra, strict=True)]
    if "+clu" in variant or "+cap" in variant:
        extra = distributional_features(tokens, variant)
        base = [a + b for a, b in zip(base, extra, strict=True)]
    return base


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("variant", help="bio or bilou, then any of +conj, +conj-noshape, +clu, +clun, +cap, +prune")
    ap.add_argument("--clusters", type=Path, default=None,
                    help="word-cluster file for +clu/+clun/+cap (python -m ceksilang.train.word_clusters --out)")
    ap.add_argument("--max-iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--corpus-dir", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "ner_id_trials.jsonl")
    args = ap.parse_args(argv)
    if not args.variant.startswith(("bio", "bilou")):
        ap.error("the variant starts with bio or bilou")
    if args.clusters:
        read_word_data(args.clusters)
    elif "+clu" in args.variant or "+cap" in args.variant:
        ap.error("+clu, +clun and +cap need --clusters")
    cd = args.corpus_dir
    train = drop_overlap(concat(load(cd, "indolem/nerui/train.01.tsv", "nerui"),
                                load(cd, "indolem/nerugm/train.01.tsv", "nerugm"),
                                load(cd, "idner-news-2k/train.txt", "idner"),
                                load(cd, NERGRIT_TRAIN[0][1], "nergrit")), cd)[0]
    devs = {"nerui": load(cd, "indolem/nerui/dev.01.tsv", "nerui"),
            "nerugm": load(cd, "indolem/nerugm/dev.01.tsv", "nerugm"),
            "idner": load(cd, "idner-news-2k/dev.txt", "idner"),
            # not a dev file of the shipped model's choice (stop 17 rows lack it), but unused
            # by these trials' training: a fourth opinion on the small dev files' noise
            "nergrit": load(cd, NERGRIT_TRAIN[1][1], "nergrit")}
    bilou = args.variant.startswith("bilou")
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for toks, tags in zip(*train):
        trainer.append(features(toks, args.variant), bio_to_bilou(tags) if bilou else tags)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    row: dict = {"variant": args.variant, "c1": args.c1, "c2": args.c2}
    if args.max_iterations != 150:
        row["iterations"] = args.max_iterations
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "m.crfsuite")
        trainer.train(path)
        row["size_kb"] = Path(path).stat().st_size // 1024
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        for name, (sentences, gold) in devs.items():
            predicted = [bilou_to_bio(tagger.tag(features(t, args.variant))) for t in sentences]
            scores = score_spans(gold, predicted)
            row[name] = scores["f1"]
            row[name + "_per_type"] = {t: v["f1"] for t, v in scores["per_type"].items()}
    row["mean"] = round(sum(row[n] for n in ("nerui", "nerugm", "idner")) / 3, 2)
    row["mean4"] = round(sum(row[n] for n in devs) / len(devs), 2)
    print(json.dumps(row))
    with args.out.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
