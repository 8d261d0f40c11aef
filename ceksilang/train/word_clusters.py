"""Word clusters and capitalisation rates learned from unlabelled Indonesian text, for the NER
model's features.

    python -m ceksilang.train.word_clusters      # writes ceksilang/data/ner-id-clusters.tsv

A rare name seldom occurs in the labelled NER corpora, but it stands in the same contexts as
frequent names of its kind in plain news text ("kata Bupati ___", "di ___ , Jawa Timur"). Each
lower-cased word is described by the words within two tokens of it (one block of context columns
per offset), weighted by positive PMI, reduced by truncated SVD and grouped by k-means at three
granularities (``CLUSTER_SIZES``); the cluster ids become token features. Each word also gets how
often it is written with a capital inside a sentence (not as its first word) in the text that
keeps its original case, in four bands: a word nearly always capitalised mid-sentence is a name
whatever the sentence around it says. No label is read.

The text: the 9,284 multi-outlet articles of ``coverage/``, the CNN Indonesia, Tempo and
five-outlet news tables (the last is lower-cased, so it adds to the clusters only), the
TurnBackHoax bodies, the IndoNLI premises, and the tokens of the NER training files the shipped
model trains on (without any sentence of a held-out file). The held-out test files, the IndoLEM
files of folds 2-5 (they contain fold 1's test sentences) and ``nerui/nergithub.txt`` (the whole
NER-UI source) are not read. The file written holds only words, cluster numbers and bands.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ceksilang.text import split_sentences

# Context window, vocabulary and cluster sizes (docs/ner.md: chosen on the dev files).
MIN_COUNT = 3
CONTEXT_WORDS = 5000
OFFSETS = (-2, -1, 1, 2)
DIMENSIONS = 100
CLUSTER_SIZES = (64, 256, 1024)
# Capitalisation bands: the share of a word's mid-sentence uses written with a capital, from
# at least CAP_MIN_USES uses; the band's name is the feature value.
CAP_MIN_USES = 3
CAP_BANDS = ((0.05, "low"), (0.5, "some"), (0.95, "most"), (1.01, "all"))


def _csv_texts(path: Path, columns: tuple[str, ...], delimiter: str = ",") -> Iterator[str]:
    # TurnBackHoax mixes cp1252 and UTF-8 rows: each line is decoded on its own
    csv.field_size_limit(1 << 30)
    lines = (_decode(raw) for raw in path.read_bytes().splitlines(keepends=True))
    for row in csv.DictReader(lines, delimiter=delimiter):
        for col in columns:
            if row.get(col):
                yield row[col]


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def raw_texts(corpus: Path) -> Iterator[tuple[str, bool]]:
    """The unlabelled documents under ``corpus`` (``../shared/corpus``), one string each, with
    whether the text keeps its original letter case."""
    news = corpus / "news"
    for text in _csv_texts(corpus / "coverage" / "coverage.csv", ("title", "text")):
        yield text, True
    for text in _csv_texts(news / "cnn_labeled.csv", ("title", "clean_text")):
        yield text, True
    for text in _csv_texts(news / "tempo.csv", ("title", "clean_text")):
        yield text, True
    for text in _csv_texts(news / "fidelity_5outlets_2025_labeled.csv", ("title", "clean_text")):
        yield text, False
    for text in _csv_texts(corpus / "hoax" / "Scrapping.csv", ("Headline", "Body"), delimiter=";"):
        yield text, True
    seen: set[str] = set()
    for name in ("train.jsonl", "val.jsonl"):
        with (corpus / "nli" / name).open(encoding="utf-8") as fh:
            for line in fh:
                premise = json.loads(line).get("premise", "")
                if premise and premise not in seen:
                    seen.add(premise)
                    yield premise, True


def tokenised_sentences(corpus: Path) -> Iterator[tuple[list[str], bool]]:
    """The raw texts split into sentences and tokenised as the tagger's input is, then the
    tokens of the shipped model's NER training files (held-out sentences removed); each with
    whether its case is original."""
    import spacy

    from ceksilang.train.ner import NERGRIT_TRAIN, SHIPPED_TRAIN, drop_overlap, load

    tokenizer = spacy.blank("id").tokenizer
    for text, cased in raw_texts(corpus):
        for start, end in split_sentences(text):
            tokens = [t.text for t in tokenizer(text[start:end]) if not t.is_space]
            if tokens:
                yield tokens, cased
    ner_dir = corpus / "ner"
    for name, rel in SHIPPED_TRAIN + NERGRIT_TRAIN:
        for tokens in drop_overlap(load(ner_dir, rel, name), ner_dir)[0][0]:
            yield tokens, True


def cap_band(capitalised: int, uses: int) -> str:
    """The band of a word capitalised ``capitalised`` times in ``uses`` mid-sentence uses
    ("" when it has too few uses to say)."""
    if uses < CAP_MIN_USES:
        return ""
    share = capitalised / uses
    return next(name for bound, name in CAP_BANDS if share < bound)


def build_word_clusters(sentences: Iterator[tuple[list[str], bool]], out: Path, seed: int = 0) -> int:
    """Cluster the lower-cased words of ``sentences`` by the words around them and write
    ``word<TAB>cluster id per size<TAB>capitalisation band`` lines to ``out``; returns how many
    words were written."""
    import numpy as np
    import scipy.sparse as sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    counts: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    capitals: Counter[str] = Counter()
    lowered: list[list[str]] = []
    for tokens, cased in sentences:
        low = [w.lower() for w in tokens]
        lowered.append(low)
        counts.update(low)
        if cased:
            for word, lower in zip(tokens[1:], low[1:]):
                if word[:1].isalpha():
                    uses[lower] += 1
                    if word[:1].isupper():
                        capitals[lower] += 1
    vocab = sorted(w for w, c in counts.items() if c >= MIN_COUNT and "\t" not in w and "\n" not in w)
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, (w, _) in enumerate(counts.most_common(CONTEXT_WORDS))}
    # the corpus as two id arrays (vocabulary row, context column), sentences separated by -1,
    # so each offset's co-occurrences are one vectorised shift
    row_ids: list[int] = []
    ctx_ids: list[int] = []
    pad = [-1] * max(abs(o) for o in OFFSETS)
    for sent in lowered:
        row_ids += [index.get(w, -1) for w in sent] + pad
        ctx_ids += [contexts.get(w, -1) for w in sent] + pad
    rows_all = np.array(row_ids, dtype=np.int64)
    ctx_all = np.array(ctx_ids, dtype=np.int64)
    del row_ids, ctx_ids, lowered
    n = len(rows_all)
    rows_parts, cols_parts = [], []
    for slot, off in enumerate(OFFSETS):
        lo, hi = max(0, -off), min(n, n - off)
        r = rows_all[lo:hi]
        c = ctx_all[lo + off:hi + off]
        keep = (r >= 0) & (c >= 0)
        rows_parts.append(r[keep])
        cols_parts.append(c[keep] + slot * CONTEXT_WORDS)
    rows = np.concatenate(rows_parts)
    cols = np.concatenate(cols_parts)
    shape = (len(vocab), len(OFFSETS) * CONTEXT_WORDS)
    cooc = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=shape).tocsr().tocoo()
    total = cooc.data.sum()
    row_sums = np.asarray(cooc.sum(axis=1)).ravel()
    col_weights = np.asarray(cooc.sum(axis=0)).ravel() ** 0.75  # smoothed: rare contexts weigh less
    col_weights = col_weights / col_weights.sum() * total
    pmi = np.log(cooc.data * total / (row_sums[cooc.row] * col_weights[cooc.col]))
    positive = pmi > 0
    ppmi = sparse.csr_matrix((pmi[positive], (cooc.row[positive], cooc.col[positive])), shape=shape)
    vectors = TruncatedSVD(DIMENSIONS, random_state=seed).fit_transform(ppmi)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = [MiniBatchKMeans(k, random_state=seed, n_init=3, batch_size=4096).fit_predict(vectors)
              for k in CLUSTER_SIZES]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, word in enumerate(vocab):
            band = cap_band(capitals[word], uses[word])
            fh.write(word + "".join(f"\t{lab[i]}" for lab in labels) + f"\t{band}\n")
    return len(vocab)


def main(argv: list[str] | None = None) -> int:
    from ceksilang.extract.ner import CLUSTERS_PATH, load_feature_words
    from ceksilang.train.ner import DEFAULT_CORPUS

    ap = argparse.ArgumentParser(prog="python -m ceksilang.train.word_clusters", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS.parent, help="the shared corpus folder")
    ap.add_argument("--out", type=Path, default=CLUSTERS_PATH)
    args = ap.parse_args(argv)
    if not (args.corpus / "coverage").is_dir():
        ap.error(f"no coverage folder under {args.corpus}")
    words = build_word_clusters(tokenised_sentences(args.corpus), args.out)
    load_feature_words.cache_clear()
    print(f"{words} words clustered into {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
