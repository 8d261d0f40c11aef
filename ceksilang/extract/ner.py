"""Statistical named-entity recognition: a CRF over hand-built token features.

The model (``ceksilang/data/ner-id.crfsuite``) is trained by ``python -m ceksilang.train.ner``
on Indonesian NER corpora mapped to PERSON / ORG / LOC (see ``docs/ner.md``). This module
turns tokens into features (shared with training, so both sides see the same ones), tags
sentences, and offers the result three ways: tags for given tokens (``NerTagger.tag``),
``Mention`` records with character offsets (``predict_mentions``), and a spaCy component
(``nlp.add_pipe("ceksilang_ner")``).

Speed: features that depend only on a word's string are computed once per distinct string
and cached, so tagging is mostly list concatenation plus crfsuite's C decoder.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..conll import spans
from ..lang import load_data
from ..model import Mention
from ..text import split_sentences

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "ner-id.crfsuite"
_QUOTES = frozenset('"“”„«»')
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)


class ModelMissingError(FileNotFoundError):
    """The CRF model file is not where it was looked for."""


@dataclass(frozen=True, slots=True)
class FeatureWords:
    """The word lists of ``lang/id/ner_features.yaml``, as lower-case sets."""

    person_titles: frozenset[str]
    org_words: frozenset[str]
    loc_words: frozenset[str]
    function_words: frozenset[str]


@lru_cache(maxsize=1)
def load_feature_words() -> FeatureWords:
    data = load_data("ner_features")
    keys = ("person_titles", "org_words", "loc_words", "function_words")
    missing = [k for k in keys if not isinstance(data.get(k), list)]
    if missing:
        raise ValueError(f"ner_features.yaml lacks the list(s) {missing}")
    return FeatureWords(*(frozenset(str(w).lower() for w in data[k]) for k in keys))


# --------------------------------------------------------------------------- features

def word_shape(word: str) -> str:
    """Short shape: runs of the same class collapsed ("Jakarta" -> "Xx", "KPK" -> "X", "12/11" -> "d/d")."""
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


@lru_cache(maxsize=200_000)
def _token_features(word: str) -> tuple[str, ...]:
    """Features of the word at the position being tagged."""
    words = load_feature_words()
    lower = word.lower()
    out = ["b", "w=" + lower]
    out += _flags(word, lower, words)
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
    return tuple(out)


@lru_cache(maxsize=400_000)
def _neighbour_features(word: str, offset: int) -> tuple[str, ...]:
    """Features of a word seen from ``offset`` tokens away, prefixed with the offset."""
    words = load_feature_words()
    lower = word.lower()
    base = ["w=" + lower] + _flags(word, lower, words)
    if abs(offset) == 1:
        base.append("s3=" + lower[-3:])
    return tuple(f"{offset:+d}{f}" for f in base)


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """Feature strings for each token of one sentence (crfsuite reads them as binary features)."""
    n = len(tokens)
    lowers = [t.lower() for t in tokens]
    feats: list[list[str]] = []
    in_quote = False
    paren_depth = 0
    for i, word in enumerate(tokens):
        f = list(_token_features(word))
        for off in _NEIGHBOUR_OFFSETS:
            j = i + off
            if 0 <= j < n:
                f.extend(_neighbour_features(tokens[j], off))
            else:
                f.append(f"{off:+d}pad")
        if i == 0:
            f.append("bos")
            if word[:1].isupper():
                f.append("bos_cap")
        if i == n - 1:
            f.append("eos")
        if i > 0:
            f.append(f"bi-1={lowers[i - 1]}|{lowers[i]}")
        if i < n - 1:
            f.append(f"bi+1={lowers[i]}|{lowers[i + 1]}")
        if in_quote:
            f.append("inq")
        if paren_depth > 0:
            f.append("inp")
        feats.append(f)
        if word in _QUOTES:
            in_quote = not in_quote
        elif word == "(":
            paren_depth += 1
        elif word == ")" and paren_depth:
            paren_depth -= 1
    return feats


# --------------------------------------------------------------------------- tagging


class NerTagger:
    """A loaded CRF model: ``tag(tokens) -> BIO tags`` over PERSON / ORG / LOC."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ModelMissingError(
                f"NER model not found at {self.path}; train it with `python -m ceksilang.train.ner`"
            )
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))

    @property
    def labels(self) -> list[str]:
        return sorted({t[2:] for t in self._tagger.labels() if t != "O"})

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags for one sentence's tokens (empty list for no tokens)."""
        if not tokens:
            return []
        return self._tagger.tag(sentence_features(tokens))


@lru_cache(maxsize=4)
def _load_cached(path: str) -> NerTagger:
    return NerTagger(path)


def load_tagger(path: str | Path | None = None) -> NerTagger:
    """The tagger for ``path`` (default: the model shipped in the package), loaded once."""
    return _load_cached(str(Path(path).resolve()) if path else str(MODEL_PATH))


@lru_cache(maxsize=1)
def _blank_nlp() -> Language:
    import spacy

    return spacy.blank("id")


def _sentence_tokens(nlp: Language, text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(token text, character offset) of the non-space tokens of ``text[start:end]``."""
    doc = nlp.make_doc(text[start:end])
    return [(t.text, start + t.idx) for t in doc if not t.is_space]


def predict_mentions(doc_id: str, text: str, nlp: Language | None = None,
                     model_path: str | Path | None = None) -> list[Mention]:
    """PERSON / ORG / LOC mentions in ``text``, with character offsets, origin ``"model"``.

    Sentences come from :func:`ceksilang.text.split_sentences`; tokens from ``nlp``'s tokenizer
    (``spacy.blank("id")`` when not given).
    """
    nlp = nlp or _blank_nlp()
    tagger = load_tagger(model_path)
    mentions: list[Mention] = []
    for s_start, s_end in split_sentences(text):
        toks = _sentence_tokens(nlp, text, s_start, s_end)
        if not toks:
            continue
        tags = tagger.tag([t for t, _ in toks])
        for a, b, label in sorted(spans(tags)):
            c_start = toks[a][1]
            c_end = toks[b - 1][1] + len(toks[b - 1][0])
            mentions.append(Mention(doc=doc_id, start=c_start, end=c_end,
                                    text=text[c_start:c_end], label=label, origin="model"))
    return mentions


# --------------------------------------------------------------------------- spaCy component


class CeksilangNer:
    """spaCy component: sets ``doc.ents`` from the CRF, keeping entities already set."""

    def __init__(self, model: str | None = None) -> None:
        self.tagger = load_tagger(model)

    def _sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the sentences: the doc's own, else ours mapped onto its tokens."""
        if doc.has_annotation("SENT_START"):
            return [(s.start, s.end) for s in doc.sents]
        ranges = []
        for c_start, c_end in split_sentences(doc.text):
            span = doc.char_span(c_start, c_end, alignment_mode="expand")
            if span is not None and len(span):
                ranges.append((span.start, span.end))
        return ranges

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for s_start, s_end in self._sentences(doc):
            index = [i for i in range(s_start, s_end) if not doc[i].is_space]
            tags = self.tagger.tag([doc[i].text for i in index])
            for a, b, label in spans(tags):
                found.append(Span(doc, index[a], index[b - 1] + 1, label=label))
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        kept = [s for s in sorted(found, key=lambda s: s.start)
                if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = list(doc.ents) + kept
        return doc


@Language.factory("ceksilang_ner", default_config={"model": None})
def make_ceksilang_ner(nlp: Language, name: str, model: str | None) -> CeksilangNer:
    return CeksilangNer(model)


def tag_sentences(sentences: list[list[str]], model_path: str | Path | None = None) -> list[list[str]]:
    """Tags for many pre-tokenised sentences (evaluation, batch use)."""
    tagger = load_tagger(model_path)
    return [tagger.tag(s) for s in sentences]


__all__ = [
    "MODEL_PATH", "ModelMissingError", "NerTagger", "load_tagger", "predict_mentions",
    "sentence_features", "word_shape", "tag_sentences", "CeksilangNer",
]
