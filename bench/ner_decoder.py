"""Where the Indonesian NER tagger's CPU goes, and whether an exact decoder of our own would pay.

    .venv/bin/python bench/ner_decoder.py [--articles 2000] [--label NAME]
                                          [--out bench/results/ner_decoder.json]

The sentences: the first ``--articles`` articles of ``--news`` (by default the CNN Indonesia
articles of ``news/cnn_labeled.csv``; a ``.jsonl`` file's ``text`` fields, e.g. the 2,000 articles
``bench/tokenizer_ratio.py`` picks, also), split and tokenised as ``predict_mentions`` does, kept
per article; a sentence met before is left out (the tagger keeps its tags). Timed apart
(``time.process_time``, one process, no profiler), each over every distinct sentence once:

- ``word_parts``: each distinct word's cached feature views (``NerTagger._word_parts``), cold;
- ``assemble``: each sentence's attribute lists from those views (``_assemble_known``);
- ``crfsuite_set``: crfsuite's ``Tagger.set`` alone (each attribute made a C++ string and looked
  up in the model's dictionary), then ``crfsuite_tag`` (``set`` plus its Viterbi);
- an exact decoder in numpy: the model's weights read from its file (state features as a dense
  attribute x label matrix, transitions as label x label), each token's state scores as
  ``numpy.add.reduceat`` over the rows of its attributes along axis 0, which adds them one row
  after another in the item's order (crfsuite's own order: ``state[l] += w`` per attribute), and
  Viterbi over a batch of sentences at once (longest first, one step a position, the first best
  kept on ties as crfsuite's strict ``<`` does). ``numpy_ids`` is making the attribute ids (the
  same lists as ``assemble``, of ints), ``numpy_state`` the gather and sums, ``numpy_viterbi`` the
  decoding; batches of the sentences of 1, 16 and 64 articles (``ceksilang analyze`` hands the
  spaCy component one document at a time). ``differing`` counts sentences whose tags are not
  crfsuite's.

The point measured: whether crfsuite's C call (the largest single block of the ``ner`` component)
could be replaced, tags identical, by something cheaper.
"""

from __future__ import annotations

import argparse
import csv
import json
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy

import ceksilang
from ceksilang.extract.ner import _assemble_known, _blank_nlp, _sentence_tokens, _windows, load_tagger
from ceksilang.text import split_sentences

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NEWS = REPO.parent / "shared" / "corpus" / "news" / "cnn_labeled.csv"
_FEATURE = numpy.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def articles_sentences(path: Path, articles: int) -> list[list[list[str]]]:
    """Each article's sentences as token lists: a CSV's ``clean_text`` column, or a JSON Lines
    file's ``text`` (as ``ceksilang analyze`` reads, before cleaning)."""
    nlp = _blank_nlp()
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = (json.loads(line) for line in fh) if path.suffix == ".jsonl" else csv.DictReader(fh)
        for n, row in enumerate(rows):
            if n == articles:
                break
            text = row.get("clean_text") or row.get("text") or ""
            sents = [[t for t, _ in _sentence_tokens(nlp, text, s, e)] for s, e in split_sentences(text)]
            out.append([s for s in sents if s])
    return out


def _cqdb_strings(data: bytes, at: int) -> list[bytes]:
    """The strings of a crfsuite CQDB chunk at ``at``, in id order (its backward array)."""
    _chunk, _size, _flag, _order, count, backward = struct.unpack_from("<4s5I", data, at)
    out = []
    for offset in struct.unpack_from(f"<{count}I", data, at + backward):
        _id, size = struct.unpack_from("<iI", data, at + offset)
        out.append(data[at + offset + 8:at + offset + 8 + size - 1])
    return out


def read_weights(path: Path) -> tuple[dict[bytes, int], list[str], numpy.ndarray, numpy.ndarray]:
    """(attribute -> id, labels in id order, state weights (attributes + 1 zero row) x labels,
    transition weights labels x labels) of a crfsuite CRF1d model file."""
    data = path.read_bytes()
    _features, n_labels, n_attrs, at_features, at_labels, at_attrs = struct.unpack_from("<6I", data, 16)
    count = struct.unpack_from("<4s2I", data, at_features)[2]
    feats = numpy.frombuffer(data, dtype=_FEATURE, count=count, offset=at_features + 12)
    state = numpy.zeros((n_attrs + 1, n_labels))
    trans = numpy.zeros((n_labels, n_labels))
    s, t = feats[feats["type"] == 0], feats[feats["type"] == 1]
    state[s["src"], s["dst"]] = s["weight"]
    trans[t["src"], t["dst"]] = t["weight"]
    attrs = {a: i for i, a in enumerate(_cqdb_strings(data, at_attrs))}
    labels = [x.decode() for x in _cqdb_strings(data, at_labels)]
    return attrs, labels, state, trans


class NumpyDecoder:
    def __init__(self, tagger) -> None:
        self.tagger = tagger
        self.attrs, self.labels, self.state, self.trans = read_weights(tagger.path)
        self.zero = len(self.attrs)  # the zero row: a token none of whose attributes the model has
        ids = self.attrs
        self.edge = (None, *(tuple(ids[a] for a in v) for v in tagger._edge[1:5]), None)
        self.marks = {k: tuple(ids[a] for a in v) for k, v in tagger._marks.items()}
        self.parts: dict[str, tuple] = {}
        self.clock = {"numpy_ids": 0.0, "numpy_state": 0.0, "numpy_viterbi": 0.0}

    def _parts(self, word: str) -> tuple:
        got = self.parts.get(word)
        if got is None:
            p = self.tagger._word_parts(word)
            got = self.parts[word] = (*(tuple(self.attrs[a] for a in v) for v in p[:5]), *p[5:])
        return got

    def _ids(self, tokens: list[str]) -> list[list[int]]:
        parts = [self._parts(w) for w in tokens]
        lowers = [p[5][0] for p in parts]
        ids = self.attrs
        before = [(ids[b"bi-1=" + a + b"|" + b],) if b in p[6] else () for p, a, b in zip(parts, lowers, lowers[1:])]
        after = [(ids[b"bi+1=" + a + b"|" + b],) if b in p[7] else () for p, a, b in zip(parts, lowers, lowers[1:])]
        return _windows(tokens, parts, self.edge, self.marks, before, after)

    def tag_batch(self, sentences: list[list[str]]) -> list[list[str]]:
        c0 = time.process_time()
        items = [self._ids(s) for s in sentences]
        flat: list[int] = []
        starts: list[int] = []
        for sent in items:
            for row in sent:
                starts.append(len(flat))
                flat.extend(row or (self.zero,))
        c1 = time.process_time()
        scores = numpy.add.reduceat(self.state[flat], starts, axis=0)
        c2 = time.process_time()
        lens = [len(s) for s in sentences]
        order = sorted(range(len(lens)), key=lambda k: -lens[k])
        first = numpy.cumsum([0, *lens])
        longest, n_labels = lens[order[0]], len(self.labels)
        grid = numpy.zeros((longest, len(lens), n_labels))
        for r, k in enumerate(order):
            grid[:lens[k], r] = scores[first[k]:first[k + 1]]
        active = [sum(1 for k in order if lens[k] > t) for t in range(longest)]
        alpha = grid[0].copy()
        back = numpy.empty((longest, len(lens), n_labels), dtype=numpy.intp)
        for t in range(1, longest):
            k = active[t]
            step = alpha[:k, :, None] + self.trans
            best = step.argmax(1)
            back[t, :k] = best
            alpha[:k] = numpy.take_along_axis(step, best[:, None, :], 1)[:, 0] + grid[t, :k]
        current = alpha.argmax(1)
        path = numpy.empty((longest, len(lens)), dtype=numpy.intp)
        rows = numpy.arange(len(lens))
        for t in range(longest - 1, -1, -1):
            k = active[t]
            path[t, :k] = current[:k]
            if t:
                current[:k] = back[t, rows[:k], current[:k]]
        columns = path.T.tolist()
        out: list[list[str]] = [[] for _ in lens]
        for r, k in enumerate(order):
            out[k] = [self.labels[x] for x in columns[r][:lens[k]]]
        c3 = time.process_time()
        self.clock["numpy_ids"] += c1 - c0
        self.clock["numpy_state"] += c2 - c1
        self.clock["numpy_viterbi"] += c3 - c2
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="a CSV with clean_text, or a .jsonl with text")
    ap.add_argument("--articles", type=int, default=2000)  # cnn_labeled.csv holds 866
    ap.add_argument("--label", default="current")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "ner_decoder.json")
    args = ap.parse_args(argv)
    arts = articles_sentences(args.news, args.articles)
    seen: set[tuple[str, ...]] = set()
    arts = [[s for s in a if tuple(s) not in seen and not seen.add(tuple(s))] for a in arts]
    arts = [a for a in arts if a]
    sents = [s for a in arts for s in a]
    tagger = load_tagger(None, "id")
    row: dict = {"label": args.label, "source": args.news.name, "articles": len(arts), "sentences": len(sents),
                 "tokens": sum(map(len, sents)), "positions_stepped_per_article": sum(max(map(len, a)) for a in arts)}
    t0 = time.process_time()
    for s in sents:
        for w in s:
            tagger._word_parts(w)
    t1 = time.process_time()
    feats = [_assemble_known(s, [tagger._word_parts(w) for w in s], tagger._edge, tagger._marks) for s in sents]
    t2 = time.process_time()
    for f in feats:
        tagger._tagger.set(f)
    t3 = time.process_time()
    reference = [tagger._tagger.tag(f) for f in feats]
    t4 = time.process_time()
    row.update(attributes=sum(len(x) for f in feats for x in f), word_parts=round(t1 - t0, 3),
               assemble=round(t2 - t1, 3), crfsuite_set=round(t3 - t2, 3), crfsuite_tag=round(t4 - t3, 3))
    for per in (1, 16, 64):
        decoder = NumpyDecoder(tagger)
        for s in sents:  # the id views made before the clock, as the word parts above
            for w in s:
                decoder._parts(w)
        got = []
        for i in range(0, len(arts), per):
            got += decoder.tag_batch([s for a in arts[i:i + per] for s in a])
        row[f"batch_{per}"] = {**{k: round(v, 3) for k, v in decoder.clock.items()},
                               "differing": sum(1 for a, b in zip(got, reference) if a != b)}
    commit = subprocess.run(["git", "-C", str(Path(ceksilang.__file__).parent), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    row["commit"] = commit
    print(json.dumps(row, indent=2))
    rows = json.loads(args.out.read_text())["rows"] if args.out.exists() else []
    rows = [r for r in rows if r.get("label") != args.label] + [row]
    args.out.write_text(json.dumps({"command": "python bench/ner_decoder.py --label LABEL",
                                    "note": "CPU seconds (time.process_time), one process, shared 2-core machine",
                                    "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
