"""Statistical named-entity recognition: a CRF over hand-built token features.

One model per language: ``ceksilang/data/ner-id.crfsuite`` (PERSON / ORG / LOC), trained by
``python -m ceksilang.train.ner`` on Indonesian NER corpora, and ``ner-en.crfsuite`` (PERSON /
ORG / GPE / LOC), trained by ``python -m ceksilang.train.ner_en`` on English news (see
``docs/ner.md``). Both use the same features; only the word lists differ, read from
``lang/<code>/ner_features.yaml``. English text is tagged by a vote (:class:`VoteTagger`): the
English CRF and two spaCy ``ner`` models (``ner-en-spacy-full``, ``ner-en-spacy-s15k``, trained
by ``python -m ceksilang.train.ner_en_spacy``), a span kept when two of the three give it. The spaCy component tags each doc with the model of its
``doc._.language`` (Indonesian when unset or when no model exists for that language). This module
turns tokens into features (shared with training, so both sides see the same ones), tags
sentences, and offers the result three ways: tags for given tokens (``NerTagger.tag``),
``Mention`` records with character offsets (``predict_mentions``), and a spaCy component
(``nlp.add_pipe("ceksilang_ner")``).

Speed: features that depend only on a word's string are computed once per distinct string
and cached, so tagging is mostly list concatenation plus crfsuite's C decoder. A tagger hands
crfsuite only the attributes its model has (crfsuite would look up and skip the others).
"""

from __future__ import annotations

import re
import struct
import tempfile
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from pathlib import Path

import numpy
import pycrfsuite
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import registry

from ceksilang.extract.conll import spans
from ceksilang.extract.tokenizer import TOKENIZER_CONFIG
from ceksilang.lang import load_data
from ceksilang.model import Mention
from ceksilang.text import split_sentences

_DATA_DIR = Path(__file__).resolve().parents[1] / "data"
# The shipped model of each language the package has one for.
MODEL_PATHS: dict[str, Path] = {"id": _DATA_DIR / "ner-id.crfsuite", "en": _DATA_DIR / "ner-en.crfsuite"}
DEFAULT_LANGUAGE = "id"
MODEL_PATH = MODEL_PATHS[DEFAULT_LANGUAGE]
# The spaCy ner models (directories) that vote with the shipped CRF of a language, when it has them.
VOTER_PATHS: dict[str, tuple[Path, ...]] = {
    "en": (_DATA_DIR / "ner-en-spacy-full", _DATA_DIR / "ner-en-spacy-s15k"),
}
# Word clusters and capitalisation bands of unlabelled Indonesian text
# (python -m ceksilang.train.word_clusters).
CLUSTERS_PATH = _DATA_DIR / "ner-id-clusters.tsv"
_QUOTES = frozenset('"“”„«»')
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)


class ModelMissingError(FileNotFoundError):
    """The CRF model file is not where it was looked for."""


class ModelUnreadableError(ValueError):
    """The file is there but is not a CRF model crfsuite can open."""


@dataclass(frozen=True, slots=True)
class FeatureWords:
    """The word lists of ``lang/<code>/ner_features.yaml``, as lower-case sets."""

    person_titles: frozenset[str]
    org_words: frozenset[str]
    loc_words: frozenset[str]
    function_words: frozenset[str]
    # lower-case word -> (its cluster id at each granularity, its capitalisation band), from
    # the file the language's ``ner_features.yaml`` names as ``word_clusters`` (empty when it
    # names none: then no cluster or band feature exists and the other features are unchanged)
    clusters: dict[str, tuple[tuple[str, ...], str]]


def read_word_clusters(path: Path) -> dict[str, tuple[tuple[str, ...], str]]:
    """A word-cluster file (``word<TAB>cluster id per granularity<TAB>band`` a line, the band
    possibly empty; written by ``python -m ceksilang.train.word_clusters``) as word -> (ids, band)."""
    clusters: dict[str, tuple[tuple[str, ...], str]] = {}
    # split on "\n" only: str.splitlines would also split inside a word holding U+0085
    for line_no, line in enumerate(path.read_text(encoding="utf-8").rstrip("\n").split("\n"), start=1):
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0]:
            raise ValueError(f"{path}:{line_no}: expected a word, its cluster ids and a band, got {line!r}")
        clusters[fields[0]] = (tuple(fields[1:-1]), fields[-1])
    return clusters


@lru_cache(maxsize=None)
def load_feature_words(language: str = DEFAULT_LANGUAGE) -> FeatureWords:
    data = load_data("ner_features", language)
    keys = ("person_titles", "org_words", "loc_words", "function_words")
    missing = [k for k in keys if not isinstance(data.get(k), list)]
    if missing:
        raise ValueError(f"lang/{language}/ner_features.yaml lacks the list(s) {missing}")
    cluster_file = data.get("word_clusters")
    clusters = read_word_clusters(_DATA_DIR / str(cluster_file)) if cluster_file else {}
    return FeatureWords(*(frozenset(str(w).lower() for w in data[k]) for k in keys), clusters=clusters)


# --------------------------------------------------------------------------- features

_ASCII_SHAPE = str.maketrans({**{chr(c): "X" for c in range(65, 91)}, **{chr(c): "x" for c in range(97, 123)},
                              **{chr(c): "d" for c in range(48, 58)}})


def word_shape(word: str) -> str:
    """Short shape: runs of the same class collapsed ("Jakarta" -> "Xx", "KPK" -> "X", "12/11" -> "d/d")."""
    if word.isascii():  # the common case, mapped in C: the loop below gives the same for ASCII
        # runs collapsed by groupby: re's r"\1" template is expanded in Python on every match
        return "".join([run for run, _ in groupby(word.translate(_ASCII_SHAPE))])
    shape = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not shape or shape[-1] != c:
            shape.append(c)
    return "".join(shape)


def _flags(word: str, lower: str, words: FeatureWords) -> list[str]:
    """Class features of one word, shared by the token itself and its neighbours."""
    out = ["sh=" + word_shape(word)]
    if word[:1].isupper():
        out.append("cap")
        if word.isupper() and len(word) > 1:
            out.append("allcap")
    if lower in words.person_titles:
        out.append("ttl")
    if lower in words.org_words:
        out.append("orgw")
    if lower in words.loc_words:
        out.append("locw")
    if lower in words.function_words:
        out.append("fw")
    return out


def _token_features(word: str, lower: str, flags: list[str], words: FeatureWords) -> list[str]:
    """Features of the word at the position being tagged (``flags``: its ``_flags``)."""
    out = ["b", "w=" + lower, *flags]
    for n in range(1, 5):
        if len(lower) >= n:
            out.append(f"p{n}={lower[:n]}")
            out.append(f"s{n}={lower[-n:]}")
    if any(ch.isdigit() for ch in word):
        out.append("digit" if word.isdigit() else "hasdigit")
    if "-" in word:
        out.append("hyphen")
    if "." in word:
        out.append("dot")
    if not any(ch.isalnum() for ch in word):
        out.append("punct")
    if word[:1].isupper() and any(ch.isupper() for ch in word[1:]) and any(ch.islower() for ch in word):
        out.append("mixedcap")
    out.append(f"len={min(len(word), 8)}")
    if lower in words.clusters:
        # learned from unlabelled text: a rare name shares its cluster with frequent ones, and
        # a word mostly capitalised mid-sentence is a name whatever its sentence says
        ids, band = words.clusters[lower]
        out += [f"k{level}={cid}" for level, cid in enumerate(ids)]
        if band:
            out.append("cb=" + band)
    return out


def _neighbour_base(lower: str, flags: list[str], near: bool, words: FeatureWords) -> list[str]:
    """Features of a word seen from a neighbour (``near``: one token away, else two), before
    the offset is put in front of each."""
    base = ["w=" + lower, *flags]
    if near:
        base.append("s3=" + lower[-3:])
        if lower in words.clusters:  # the two coarser clusters and the band, as on the token
            ids, band = words.clusters[lower]
            base += [f"k{level}={cid}" for level, cid in enumerate(ids[:2])]
            if band:
                base.append("cb=" + band)
    return base


def _neighbour_features(lower: str, flags: list[str], offset: int, words: FeatureWords) -> tuple[bytes, ...]:
    """Features of a word seen from ``offset`` tokens away, prefixed with the offset, as UTF-8."""
    prefix = f"{offset:+d}"
    return tuple([(prefix + f).encode() for f in _neighbour_base(lower, flags, abs(offset) == 1, words)])


# each of _NEIGHBOUR_OFFSETS as the UTF-8 prefix of its features, and whether it is one token away
_OFFSET_PREFIXES = tuple((f"{off:+d}".encode(), abs(off) == 1) for off in _NEIGHBOUR_OFFSETS)


def _word_parts(word: str, language: str) -> tuple[tuple[bytes, ...], ...]:
    """A word's own features, then its features as seen from each of ``_NEIGHBOUR_OFFSETS``,
    then its lower case (for the bigrams), all as UTF-8: crfsuite takes an attribute as bytes
    as it is, where it would encode a str again on every use. The class flags (shape, case,
    word lists) are worked out once for all five views."""
    words = load_feature_words(language)
    lower = word.lower()
    flags = _flags(word, lower, words)
    return (tuple([f.encode() for f in _token_features(word, lower, flags, words)]),
            *(_neighbour_features(lower, flags, off, words) for off in _NEIGHBOUR_OFFSETS),
            (lower.encode(),))


# every sentence reads the string-only part of each of its words from here
_word_attributes = lru_cache(maxsize=200_000)(_word_parts)

_PADS = tuple((f"{off:+d}pad".encode(),) for off in _NEIGHBOUR_OFFSETS)
# what a position before the first or after the last word shows from each offset
_EDGE = (None, *_PADS, None)
# the features that mark a sentence's edges and its quoted and bracketed stretches, each as a
# tuple (a tagger empties the ones its model lacks)
_ALL_MARKS = {name: (name.encode(),) for name in ("bos", "bos_cap", "eos", "inq", "inp")}
_BRACKETING = _QUOTES | {"(", ")"}


def _windows(tokens: list[str], parts: list[tuple], edge: tuple, marks: dict[str, tuple[bytes, ...]],
             before_t: list[tuple[bytes, ...]], after_t: list[tuple[bytes, ...]]) -> list[list[bytes]]:
    """The feature lists of ``_assemble`` and ``_assemble_known`` once each has its bigrams
    (``before_t``, ``after_t``: one tuple a pair of neighbours, empty when left out)."""
    n = len(tokens)
    # what follows each position's window: bos (and bos_cap) on the first, eos on the last,
    # then the bigrams with the word before and after
    tails = [b + a for b, a in zip([(), *before_t], [*after_t, ()])]
    opening = marks["bos"] + (marks["bos_cap"] if tokens[0][:1].isupper() else ())
    if n == 1:
        tails[0] = opening + marks["eos"]
    else:
        tails[0] = opening + tails[0]
        tails[-1] = marks["eos"] + tails[-1]
    padded = [edge, edge, *parts, edge, edge]
    feats = [[*me[0], *m2[1], *m1[2], *p1[3], *p2[4], *tail]
             for me, m2, m1, p1, p2, tail in zip(parts, padded, padded[1:], padded[3:], padded[4:], tails)]
    if not _BRACKETING.isdisjoint(tokens):
        in_quote = False
        paren_depth = 0
        inq, inp = marks["inq"], marks["inp"]
        for word, f in zip(tokens, feats):
            if in_quote:
                f += inq
            if paren_depth > 0:
                f += inp
            if word in _QUOTES:
                in_quote = not in_quote
            elif word == "(":
                paren_depth += 1
            elif word == ")" and paren_depth:
                paren_depth -= 1
    return feats


def _assemble(tokens: list[str], parts: list[tuple[tuple[bytes, ...], ...]], edge: tuple,
              marks: dict[str, tuple[bytes, ...]], known: frozenset[bytes] | None) -> list[list[bytes]]:
    """The feature lists of a sentence from its words' ``parts`` (``_word_parts`` or a subset
    of each), ``edge`` standing for the positions beyond its ends, ``marks`` the edge, quote
    and bracket features (each as a tuple: empty leaves it out), and the bigrams kept when in
    ``known`` (all when None). Same features, same order as one loop over the positions."""
    pairs = [a[5][0] + b"|" + b[5][0] for a, b in zip(parts, parts[1:])]
    before = [b"bi-1=" + p for p in pairs]
    after = [b"bi+1=" + p for p in pairs]
    if known is None:
        before_t = [(f,) for f in before]
        after_t = [(f,) for f in after]
    else:
        before_t = [(f,) if f in known else () for f in before]
        after_t = [(f,) if f in known else () for f in after]
    return _windows(tokens, parts, edge, marks, before_t, after_t)


_BIGRAM_PREFIXES = (b"bi-1=", b"bi+1=")


def bigram_partners(known: frozenset[bytes]) -> tuple[dict[bytes, frozenset[bytes]], ...]:
    """For each of ``_BIGRAM_PREFIXES``, lower-case word -> the lower-case words whose bigram
    with it (``prefix + word + b"|" + next``) is in ``known``. A bigram is split at every
    ``|`` it holds, so a word holding one still finds its partner: ``next in partners[word]``
    holds exactly when the joined bigram is in ``known``."""
    maps: list[dict[bytes, set[bytes]]] = [{}, {}]
    for attribute in known:
        for which, prefix in enumerate(_BIGRAM_PREFIXES):
            if attribute.startswith(prefix):
                pair = attribute[len(prefix):]
                at = pair.find(b"|")
                while at >= 0:
                    maps[which].setdefault(pair[:at], set()).add(pair[at + 1:])
                    at = pair.find(b"|", at + 1)
    return tuple({word: frozenset(nexts) for word, nexts in m.items()} for m in maps)


def _assemble_known(tokens: list[str], parts: list[tuple], edge: tuple,
                    marks: dict[str, tuple[bytes, ...]]) -> list[list[bytes]]:
    """``_assemble`` for a tagger that knows its model's attributes, with the same features in
    the same order: each part also holds (at 6 and 7) the words its ``bi-1`` and ``bi+1``
    bigrams are known with (``bigram_partners``), so a bigram is joined only when the model has
    it (most are not: the joining and the set look-up of every pair were a third of this)."""
    lowers = [p[5][0] for p in parts]
    before_t = [(b"bi-1=" + a + b"|" + b,) if b in pa[6] else ()
                for pa, a, b in zip(parts, lowers, lowers[1:])]
    after_t = [(b"bi+1=" + a + b"|" + b,) if b in pa[7] else ()
               for pa, a, b in zip(parts, lowers, lowers[1:])]
    return _windows(tokens, parts, edge, marks, before_t, after_t)


def sentence_attributes(tokens: list[str], language: str = DEFAULT_LANGUAGE) -> list[list[bytes]]:
    """``sentence_features`` as UTF-8 bytes, the form the tagger hands to crfsuite."""
    if not tokens:
        return []
    return _assemble(tokens, [_word_attributes(w, language) for w in tokens], _EDGE, _ALL_MARKS, None)


def sentence_features(tokens: list[str], language: str = DEFAULT_LANGUAGE) -> list[list[str]]:
    """Feature strings for each token of one sentence (crfsuite reads them as binary features);
    ``language`` picks the word lists (``lang/<language>/ner_features.yaml``)."""
    return [[a.decode() for a in item] for item in sentence_attributes(tokens, language)]


# --------------------------------------------------------------------------- tagging


_NO_PARTNERS: frozenset[bytes] = frozenset()
_MAX_CACHED_WORDS = 200_000  # distinct words a tagger keeps the features of
_MAX_CACHED_SENTENCES = 20_000  # sentences a tagger keeps the tags of
_DUMP_ATTRIBUTES = re.compile(rb"\nATTRIBUTES = \{\n(.*?)\n\}\n", re.DOTALL)
_DUMP_ATTRIBUTE_COUNT = re.compile(rb"\n  num_attrs: (\d+)\n")


def model_attributes(tagger: pycrfsuite.Tagger) -> frozenset[bytes] | None:
    """The attributes in an open model's dictionary, read from crfsuite's dump of the model
    (``ATTRIBUTES`` lists them as ``<id>: <attribute>``, one a line); None when the dump does
    not read back as exactly ``num_attrs`` of them numbered in order (an attribute holding a
    line break would break the listing), so that a caller then hands crfsuite every feature."""
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "model.txt"
        tagger.dump(str(dump))
        text = dump.read_bytes()
    listing, count = _DUMP_ATTRIBUTES.search(text), _DUMP_ATTRIBUTE_COUNT.search(text)
    if listing is None or count is None:
        return None
    attributes = []
    for number, line in enumerate(listing.group(1).split(b"\n")):
        label, sep, attribute = line.lstrip(b" ").partition(b": ")
        if not sep or label != str(number).encode():
            return None
        attributes.append(attribute)
    return frozenset(attributes) if len(attributes) == int(count.group(1)) else None


def model_file_attributes(path: str | Path) -> frozenset[bytes] | None:
    """The attributes in a crfsuite model file's dictionary, read from the file itself: the
    header gives the attribute dictionary's offset (a CQDB chunk), whose backward array gives,
    for each attribute id in turn, where its record (id, size, the attribute and a NUL) is.
    The same set ``model_attributes`` reads from crfsuite's dump, without writing the dump (the
    whole model as text: 0.08 s for the Indonesian model, 0.12 s for the English one, against
    0.03 and 0.04 s here). None when anything in the file is not where and what that layout
    says, so that a caller falls back to the dump."""
    try:
        data = Path(path).read_bytes()
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            return None
        # version, features, labels, attributes, then the offsets of features, labels, attributes
        num_attrs, attrs_at = struct.unpack_from("<I", data, 24)[0], struct.unpack_from("<I", data, 36)[0]
        chunk, _size, _flag, _order, bwd_size, bwd_at = struct.unpack_from("<4s5I", data, attrs_at)
        if chunk != b"CQDB" or bwd_size != num_attrs:
            return None
        attributes = []
        for number, at in enumerate(struct.unpack_from(f"<{bwd_size}I", data, attrs_at + bwd_at)):
            record_id, size = struct.unpack_from("<iI", data, attrs_at + at)
            start = attrs_at + at + 8
            if record_id != number or size < 1 or start + size > len(data) or data[start + size - 1] != 0:
                return None
            attributes.append(data[start:start + size - 1])
    except (OSError, struct.error):
        return None
    return frozenset(attributes)


class NerTagger:
    """A loaded CRF model: ``tag(tokens) -> BIO tags`` over its labels (PERSON / ORG / LOC,
    and GPE for English); ``language`` must be the one the model was trained with, as it picks
    the feature word lists."""

    def __init__(self, path: str | Path, language: str = DEFAULT_LANGUAGE) -> None:
        self.path = Path(path)
        self.language = language
        if not self.path.is_file():
            raise ModelMissingError(
                f"NER model not found at {self.path}; train it with `python -m ceksilang.train.ner`"
            )
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except ValueError as exc:  # crfsuite's "Invalid model file"
            raise ModelUnreadableError(f"{self.path} is not a CRF model file ({exc})") from exc
        # crfsuite looks each attribute up in the model's dictionary and skips those it lacks
        # (about a fifth of them: rare words, prefixes, bigrams): handing it only the ones the
        # model has gives the same scores and tags, and spares it and us a fifth of the strings
        self._known = model_file_attributes(self.path)
        if self._known is None:
            self._known = model_attributes(self._tagger)
        self._parts: dict[str, tuple] = {}
        self._sentence_tags: dict[tuple[str, ...], list[str]] = {}
        if self._known is None:
            self._edge, self._marks = _EDGE, _ALL_MARKS
        else:
            self._partners = bigram_partners(self._known)
            self._words = load_feature_words(language)
            self._edge = (None, *(self._kept(pad) for pad in _PADS), None)
            self._marks = {name: self._kept(marks) for name, marks in _ALL_MARKS.items()}

    def _kept(self, attributes: tuple[bytes, ...]) -> tuple[bytes, ...]:
        # crfsuite keys its dictionary by C string: an attribute holding a NUL byte is looked up
        # by its part before the NUL, so it stays (no feature of a real word holds one)
        known = self._known
        return tuple([a for a in attributes if a in known or b"\0" in a])

    def _word_parts(self, word: str) -> tuple:
        """``_word_parts`` of ``word`` keeping the attributes the model has, then the words its
        two bigrams are known with (``bigram_partners``), kept per tagger."""
        parts = self._parts.get(word)
        if parts is None:
            if len(self._parts) >= _MAX_CACHED_WORDS:
                self._parts.clear()
            parts = self._parts[word] = self._kept_word_parts(word)
        return parts

    def _kept_word_parts(self, word: str) -> tuple:
        """What ``_word_parts`` of ``word`` gives, each view through ``_kept``, then the bigram
        partners. Each neighbour view is one of two lists (one or two tokens away) with the
        offset in front: those are encoded once, and the offset joined as bytes (UTF-8 of a
        joined string is the two UTF-8s joined)."""
        words, known = self._words, self._known
        lower = word.lower()
        flags = _flags(word, lower, words)
        own = self._kept(tuple([f.encode() for f in _token_features(word, lower, flags, words)]))
        bases = {near: [f.encode() for f in _neighbour_base(lower, flags, near, words)] for near in (False, True)}
        views = [tuple([a for a in [prefix + f for f in bases[near]] if a in known or b"\0" in a])
                 for prefix, near in _OFFSET_PREFIXES]
        lower_bytes = lower.encode()
        before, after = (partners.get(lower_bytes, _NO_PARTNERS) for partners in self._partners)
        return (own, *views, (lower_bytes,), before, after)

    @property
    def labels(self) -> list[str]:
        return sorted({t[2:] for t in self._tagger.labels() if t != "O"})

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags for one sentence's tokens (empty list for no tokens)."""
        if not tokens:
            return []
        # the same sentence recurs across a run's articles (an outlet's stock lines, copies)
        key = tuple(tokens)
        tags = self._sentence_tags.get(key)
        if tags is None:
            if self._known is None:
                tags = self._tagger.tag(sentence_attributes(tokens, self.language))
            else:
                get = self._parts.get
                parts = [get(w) or self._word_parts(w) for w in tokens]
                tags = self._tagger.tag(_assemble_known(tokens, parts, self._edge, self._marks))
            if len(self._sentence_tags) >= _MAX_CACHED_SENTENCES:
                self._sentence_tags.clear()
            self._sentence_tags[key] = tags
        return list(tags)

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each sentence (:meth:`tag` of each)."""
        return [self.tag(tokens) for tokens in sentences]

    def describe(self) -> str:
        """The model file, as reports name what tagged."""
        return str(self.path)


# Labels whose lost names a vote gives back at their common core: when most taggers find a person
# but draw the span differently ("U.N. Secretary General Amara Okonkwo" / "Secretary General Amara
# Okonkwo" / nothing), the exact-span vote keeps nothing and the quote finder loses the principal.
# Chosen on the GMB dev part (members trained on the train part): vote 85.37, with the PERSON core
# 85.41 (PERSON 78.23 -> 78.52); with every label's core 85.33 (ORG loses), so PERSON only.
VOTE_CORE_LABELS = frozenset({"PERSON"})


def vote_spans(span_sets: list[set[tuple[int, int, str]]],
               core_labels: frozenset[str] = VOTE_CORE_LABELS) -> set[tuple[int, int, str]]:
    """The spans ``(start, end, label)`` given by more than half of ``span_sets`` (one set per
    tagger, same sentence). With three taggers of non-overlapping spans each, two kept spans
    never overlap: each has two voters, so they share one, and a tagger's spans do not overlap.
    For ``core_labels``, where more than half of the taggers give overlapping spans of one label
    and no kept span touches them, the tokens all of those spans share are kept as that label."""
    counts: dict[tuple[int, int, str], int] = {}
    for found in span_sets:
        for span in found:
            counts[span] = counts.get(span, 0) + 1
    kept = {span for span, count in counts.items() if 2 * count > len(span_sets)}
    for i, found in enumerate(span_sets):
        for start, end, label in sorted(found):
            if label not in core_labels or any(k[0] < end and start < k[1] for k in kept):
                continue
            # the other taggers' spans of this label overlapping it: who they are and where
            others = [(j, a, b) for j, other in enumerate(span_sets) if j != i
                      for a, b, lab in other if lab == label and a < end and start < b]
            voters = 1 + len({j for j, _, _ in others})
            lo, hi = max([start, *(a for _, a, _ in others)]), min([end, *(b for _, _, b in others)])
            if 2 * voters > len(span_sets) and lo < hi:
                kept.add((lo, hi, label))
    return kept


def tags_of_spans(found: set[tuple[int, int, str]], n: int) -> list[str]:
    """BIO tags of ``n`` tokens holding the spans ``found``; a span overlapping one placed
    before it (in start order) is left out."""
    tags = ["O"] * n
    for start, end, label in sorted(found):
        if any(t != "O" for t in tags[start:end]):
            continue
        tags[start] = f"B-{label}"
        tags[start + 1:end] = [f"I-{label}"] * (end - start - 1)
    return tags


def _require_spacy_models(paths: Iterable[Path]) -> None:
    """Raise :class:`ModelMissingError` naming each of ``paths`` that holds no spaCy pipeline
    (no ``config.cfg``): the one check before loading one model or a vote of several, so a
    missing model is told before any is loaded."""
    missing = [p for p in paths if not (p / "config.cfg").is_file()]
    if missing:
        raise ModelMissingError(f"spaCy NER model(s) not found: {', '.join(map(str, missing))}; "
                                "train them with `python -m ceksilang.train.ner_en_spacy`")


_TOKENS_GIVEN = "ceksilang.tokens_given.v1"


@registry.tokenizers(_TOKENS_GIVEN)
def _tokens_given() -> Callable[[Language], Tokenizer]:
    """The tokenizer of a pipeline that is only handed Docs made from their words: spaCy's
    tokenizer with no rules, nothing to load (a Doc's tokens and their lexemes come from its
    words and the vocab, whatever the tokenizer)."""
    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)
    return make


class SpacyNerModel:
    """A spaCy pipeline whose ``ner`` component tags pre-tokenised sentences (a directory written
    by ``nlp.to_disk``, as ``python -m ceksilang.train.ner_en_spacy`` writes them)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        _require_spacy_models((self.path,))
        import spacy

        # The sentences come as tokens (``spans`` builds each Doc from its words): no tokenizer
        # is ever used. Reading the saved one back would load its ~1,300 special cases a second
        # time, and building the pipeline from its config would make the language's default
        # tokenizer with the same cases (half of what was left of the load's CPU): the config's
        # tokenizer is replaced by one with no rules (``_tokens_given``)
        self.nlp = spacy.load(self.path, exclude=["tokenizer"],
                              config={"nlp": {"tokenizer": {"@tokenizers": _TOKENS_GIVEN}}})

    def spans(self, sentences: list[list[str]]) -> list[set[tuple[int, int, str]]]:
        """Entity spans ``(start, end, label)`` of each sentence, on its own tokens."""
        vocab = self.nlp.vocab
        docs = (Doc(vocab, words=toks, spaces=[True] * len(toks)) for toks in sentences)
        return [{(e.start, e.end, e.label_) for e in doc.ents} for doc in self.nlp.pipe(docs, batch_size=256)]


@lru_cache(maxsize=8)
def _load_spacy_model(path: str) -> SpacyNerModel:
    return SpacyNerModel(path)


class VoteTagger:
    """A CRF and spaCy ner models of one language voting: a span (exact start, end and type) is
    kept when more than half of them give it. Same interface as :class:`NerTagger` (``tag``,
    ``tag_many``, ``labels``, ``language``); the spaCy models are loaded on the first sentence
    tagged, once per process."""

    def __init__(self, crf: NerTagger, voter_paths: tuple[Path, ...]) -> None:
        self.crf = crf
        self.language = crf.language
        self.path = crf.path
        self.voter_paths = tuple(Path(p) for p in voter_paths)
        _require_spacy_models(self.voter_paths)
        self._sentence_tags: dict[tuple[str, ...], list[str]] = {}

    @property
    def labels(self) -> list[str]:
        return self.crf.labels

    def describe(self) -> str:
        """The models voting, as reports name what tagged."""
        return "vote of " + " + ".join(str(p) for p in (self.path, *self.voter_paths))

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags for one sentence's tokens (empty list for no tokens)."""
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for each sentence; the spaCy models see the new ones in one batch."""
        out: list[list[str] | None] = []
        todo: list[int] = []
        for i, tokens in enumerate(sentences):
            tags = self._sentence_tags.get(tuple(tokens)) if tokens else []
            out.append(None if tags is None else list(tags))
            if tags is None:
                todo.append(i)
        if todo:
            batch = [list(sentences[i]) for i in todo]
            votes = [[spans(self.crf.tag(toks)) for toks in batch]]
            votes += [_load_spacy_model(str(p)).spans(batch) for p in self.voter_paths]
            if len(self._sentence_tags) + len(batch) >= _MAX_CACHED_SENTENCES:
                self._sentence_tags.clear()
            for k, (i, toks) in enumerate(zip(todo, batch)):
                tags = tags_of_spans(vote_spans([v[k] for v in votes]), len(toks))
                self._sentence_tags[tuple(toks)] = tags
                out[i] = list(tags)
        return out  # type: ignore[return-value]


@lru_cache(maxsize=8)
def _load_cached(path: str, language: str) -> NerTagger:
    return NerTagger(path, language)


@lru_cache(maxsize=4)
def _load_shipped(language: str) -> NerTagger | VoteTagger:
    crf = _load_cached(str(MODEL_PATHS[language].resolve()), language)  # the same as load_tagger(its path)
    voters = VOTER_PATHS.get(language)
    return VoteTagger(crf, voters) if voters else crf


def model_language(language: str | None) -> str:
    """The language whose shipped model tags text of ``language``: itself when the package has
    a model for it, else Indonesian (Malay and unknown text read closest to it)."""
    return language if language in MODEL_PATHS and MODEL_PATHS[language].is_file() else DEFAULT_LANGUAGE


def load_tagger(path: str | Path | None = None, language: str = DEFAULT_LANGUAGE) -> NerTagger | VoteTagger:
    """The tagger for ``path`` (a CRF model), or by default what is shipped for ``language``:
    its CRF, or for English the vote of its CRF and spaCy models (:data:`VOTER_PATHS`); loaded
    once.

    ``language`` also picks the feature word lists, so a model at ``path`` must have been
    trained for it.
    """
    if path:
        return _load_cached(str(Path(path).resolve()), language)
    if language not in MODEL_PATHS:
        raise ModelMissingError(f"no NER model for language {language!r}; have {sorted(MODEL_PATHS)}")
    return _load_shipped(language)


@lru_cache(maxsize=1)
def _blank_nlp() -> Language:
    import spacy

    return spacy.blank("id", config=TOKENIZER_CONFIG)  # spaCy's tokens, exceptions on demand


def _sentence_tokens(nlp: Language, text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(token text, character offset) of the non-space tokens of ``text[start:end]``."""
    doc = nlp.make_doc(text[start:end])
    return [(t.text, start + t.idx) for t in doc if not t.is_space]


def predict_mentions(doc_id: str, text: str, nlp: Language | None = None,
                     model_path: str | Path | None = None, language: str = DEFAULT_LANGUAGE) -> list[Mention]:
    """Named-entity mentions in ``text``, with character offsets, origin ``"model"``.

    Sentences come from :func:`ceksilang.text.split_sentences`; tokens from ``nlp``'s tokenizer
    (``spacy.blank("id")`` when not given); the model is ``language``'s (see :func:`model_language`).
    """
    nlp = nlp or _blank_nlp()
    tagger = load_tagger(model_path, language if model_path else model_language(language))
    mentions: list[Mention] = []
    sentences = [toks for s_start, s_end in split_sentences(text)
                 if (toks := _sentence_tokens(nlp, text, s_start, s_end))]
    for toks, tags in zip(sentences, tagger.tag_many([[t for t, _ in toks] for toks in sentences])):
        for a, b, label in sorted(spans(tags)):
            c_start = toks[a][1]
            c_end = toks[b - 1][1] + len(toks[b - 1][0])
            mentions.append(Mention(doc=doc_id, start=c_start, end=c_end,
                                    text=text[c_start:c_end], label=label, origin="model"))
    return mentions


# --------------------------------------------------------------------------- spaCy component

if not Doc.has_extension("ceksilang_text"):
    Doc.set_extension("ceksilang_text", default=None)
if not Doc.has_extension("language"):  # the document's language code; picks the NER model
    Doc.set_extension("language", default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept on the doc after the first call: spaCy joins it from every token on
    each access, and every component needs it."""
    text = doc._.ceksilang_text
    if text is None:
        text = doc._.ceksilang_text = doc.text
    return text


class CeksilangNer:
    """spaCy component: sets ``doc.ents`` from the CRF, keeping entities already set.

    Without ``model``, each doc is tagged by the shipped model of ``doc._.language``; with it,
    every doc by that model (trained for ``language``).
    """

    def __init__(self, model: str | None = None, language: str = DEFAULT_LANGUAGE) -> None:
        self.model = model
        self.language = language
        self.tagger = load_tagger(model, language)

    def _tagger_for(self, doc: Doc) -> NerTagger | VoteTagger:
        if self.model:
            return self.tagger
        return load_tagger(None, model_language(doc._.language or self.language))

    def _sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the sentences: the doc's own, else ours mapped onto its tokens."""
        if doc.has_annotation("SENT_START"):
            if "sents" in doc.user_hooks or len(doc) < 2:
                return [(s.start, s.end) for s in doc.sents]
            # what doc.sents yields, read from one array rather than a Span per sentence
            flags = doc.to_array(SENT_START).view(numpy.int64)
            starts = [0] + [int(i) + 1 for i in numpy.flatnonzero(flags[1:] == 1)]
            return list(zip(starts, starts[1:] + [len(doc)]))
        ranges = []
        for c_start, c_end in split_sentences(doc_text(doc)):
            span = doc.char_span(c_start, c_end, alignment_mode="expand")
            if span is not None and len(span):
                ranges.append((span.start, span.end))
        return ranges

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        # token texts and space flags read from arrays: doc[i] or iterating the doc builds a
        # Token object per token
        text = doc_text(doc)
        columns = doc.to_array([IDX, LENGTH, IS_SPACE])
        index = numpy.flatnonzero(columns[:, 2] == 0)  # the doc's non-space tokens, in order
        starts = columns[index, 0]
        words = [text[a:b] for a, b in zip(starts.tolist(), (starts + columns[index, 1]).tolist())]
        index = index.tolist()
        tagger = self._tagger_for(doc)
        # each sentence's non-space tokens: a slice of ``index``
        bounds = [(bisect_left(index, s_start), bisect_left(index, s_end)) for s_start, s_end in self._sentences(doc)]
        for (lo, hi), tags in zip(bounds, tagger.tag_many([words[lo:hi] for lo, hi in bounds])):
            if tags.count("O") == len(tags):  # most sentences name no one
                continue
            for a, b, label in spans(tags):
                found.append(Span(doc, index[lo + a], index[lo + b - 1] + 1, label=label))
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        kept = [s for s in sorted(found, key=lambda s: s.start)
                if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = list(doc.ents) + kept
        return doc


@Language.factory("ceksilang_ner", default_config={"model": None, "language": DEFAULT_LANGUAGE})
def make_ceksilang_ner(nlp: Language, name: str, model: str | None, language: str) -> CeksilangNer:
    return CeksilangNer(model, language)


def tag_sentences(sentences: list[list[str]], model_path: str | Path | None = None,
                  language: str = DEFAULT_LANGUAGE) -> list[list[str]]:
    """Tags for many pre-tokenised sentences (evaluation, batch use)."""
    return load_tagger(model_path, language).tag_many(sentences)


__all__ = [
    "MODEL_PATH", "MODEL_PATHS", "ModelMissingError", "ModelUnreadableError", "model_language", "NerTagger",
    "load_tagger", "predict_mentions", "VOTER_PATHS", "VoteTagger", "SpacyNerModel", "vote_spans",
    "sentence_attributes", "sentence_features", "word_shape", "tag_sentences", "CeksilangNer", "doc_text",
]
