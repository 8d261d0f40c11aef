"""The extraction layer as a spaCy pipeline.

Each extractor is a plain function over text (``find_quotes``, ``find_quantities`` ...); here
each is registered as a spaCy component by name, so users of spaCy can run the pipeline
directly::

    import spacy, ceksilang.extract.pipeline  # registers the components
    nlp = spacy.blank("id")
    for name in ("ceksilang_sentences", "ceksilang_ner", "ceksilang_entities",
                 "ceksilang_dates", "ceksilang_quantities", "ceksilang_quotes"):
        nlp.add_pipe(name)
    doc = nlp("...")
    doc._.quotes, doc._.quantities, doc._.dates, doc._.mentions, doc.ents

Set ``doc._.language = "en"`` before the components run for an English text: names are then
tagged by the English NER model and figures read with English words and separators ("8,000" is
eight thousand, "about 8,000 troops" approx) (``extract_document`` copies ``Document.language``).

``build_pipeline()`` does exactly that from ``EXTRACTION_COMPONENTS``; ``extract_document``
runs it over a cleaned ``Document`` and fills its mention lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from ceksilang.model import Document, Mention
from ceksilang.text import split_sentences
from ceksilang.extract.ner import doc_text  # also registers "ceksilang_ner"
from ceksilang.extract.entities import annotate_entities
from ceksilang.extract.quantities import find_quantities
from ceksilang.extract.quotes import find_quotes, speaker_mentions
from ceksilang.extract.timex import find_dates
from ceksilang.extract.timex_patterns import find_dates_by_patterns, has_date_patterns
from ceksilang.extract.tokenizer import TOKENIZER_CONFIG

# The components that run, in order (the pipeline's whole config).
EXTRACTION_COMPONENTS: tuple[str, ...] = (
    "ceksilang_sentences",
    "ceksilang_ner",
    "ceksilang_entities",
    "ceksilang_dates",
    "ceksilang_quantities",
    "ceksilang_quotes",
)

for _name, _default in (
    ("doc_id", ""),
    ("published", None),
    ("language", None),
    ("title", None),
    ("sentences", None),
    ("mentions", None),
    ("dates", None),
    ("quantities", None),
    ("quotes", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    if doc._.sentences is None:
        doc._.sentences = split_sentences(doc_text(doc))
    return doc._.sentences


def token_starts_at(token_starts: numpy.ndarray, offsets: numpy.ndarray) -> numpy.ndarray:
    """The indices of the tokens that start at one of ``offsets`` (``token_starts`` ascending;
    an offset inside a token or on a space starts none): the tokens ``numpy.isin(token_starts,
    offsets)`` marks, found by bisection, where ``isin`` sorts both arrays together."""
    at = numpy.searchsorted(token_starts, offsets)
    inside = at < len(token_starts)
    at = at[inside]
    return at[token_starts[at] == offsets[inside]]


@Language.component("ceksilang_sentences")
def sentences_component(doc: Doc) -> Doc:
    """Sentence starts from ``ceksilang.text.split_sentences`` (line breaks end sentences)."""
    if not len(doc):
        return doc
    # Token.is_sent_start's setter rescans the whole doc for a parse on every call (quadratic
    # in tokens); the same check once, then all flags in one array write.
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    starts = numpy.fromiter((s for s, _ in _sentences(doc)), dtype=numpy.int64)
    flags = numpy.full(len(doc), -1, dtype=numpy.int64)
    flags[token_starts_at(doc.to_array(IDX).astype(numpy.int64), starts)] = 1
    flags[0] = 1
    doc.from_array([SENT_START], flags.astype(numpy.uint64))  # -1 ("not a start") wraps, as spaCy stores it
    return doc


@Language.component("ceksilang_entities")
def entities_component(doc: Doc) -> Doc:
    """Gazetteer names, GPE/LOC typing, roles and metonyms on top of the model's ``doc.ents``."""
    model_mentions = [
        Mention(doc=doc._.doc_id, start=e.start_char, end=e.end_char, text=e.text, label=e.label_, origin="model")
        for e in doc.ents
    ]
    mentions = annotate_entities(doc._.doc_id, doc_text(doc), model_mentions, _sentences(doc))
    doc._.mentions = mentions
    spans = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["mentions"] = spans
    doc.ents = spacy.util.filter_spans(spans)
    return doc


def _mentions(doc: Doc) -> list[Mention]:
    if doc._.mentions is None:
        doc._.mentions = [
            Mention(doc=doc._.doc_id, start=e.start_char, end=e.end_char, text=e.text, label=e.label_)
            for e in doc.ents
        ]
    return doc._.mentions


@Language.component("ceksilang_dates")
def dates_component(doc: Doc) -> Doc:
    if has_date_patterns(doc._.language):  # English: patterns in data, parsed by dateparser
        doc._.dates = find_dates_by_patterns(doc._.doc_id, doc_text(doc), doc._.published, doc._.language)
    else:
        doc._.dates = find_dates(doc._.doc_id, doc_text(doc), doc._.published, _sentences(doc))
    return doc


@Language.component("ceksilang_quantities")
def quantities_component(doc: Doc) -> Doc:
    doc._.quantities = find_quantities(
        doc._.doc_id, doc_text(doc), _sentences(doc), mentions=_mentions(doc), dates=doc._.dates or (),
        language=doc._.language, title=doc._.title,
    )
    return doc


@Language.component("ceksilang_quotes")
def quotes_component(doc: Doc) -> Doc:
    persons: dict[tuple[int, int], str] = {}
    doc._.quotes = find_quotes(doc._.doc_id, doc_text(doc), _sentences(doc), mentions=_mentions(doc),
                               person_spans=persons)
    # speakers the model missed or ran into a workplace become person mentions of their own
    doc._.mentions = speaker_mentions(doc._.doc_id, doc_text(doc), _mentions(doc), doc._.quotes, persons)
    return doc


def build_pipeline(components: Iterable[str] = EXTRACTION_COMPONENTS) -> Language:
    """``spacy.blank("id")`` with ``components``; its tokenizer is spaCy's, the hyphenated
    exceptions added as texts need them (``ceksilang.extract.tokenizer``: the same tokens, without
    building 15,573 exceptions each run)."""
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    for name in components:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    return build_pipeline()


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.ceksilang_text = document.text
    doc._.doc_id = document.id
    doc._.published = document.published
    doc._.language = document.language
    doc._.title = document.title
    return doc


def _fill(document: Document, doc: Doc) -> Document:
    document.sentences = list(_sentences(doc))
    document.mentions = list(_mentions(doc))
    document.dates = list(doc._.dates or [])
    document.quantities = list(doc._.quantities or [])
    document.quotes = list(doc._.quotes or [])
    return document


def extract_document(document: Document, nlp: Language | None = None) -> Document:
    """Fill ``document``'s sentences, mentions, dates, quantities and quotes; returns it."""
    nlp = nlp or default_pipeline()
    doc = _make_doc(nlp, document)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return _fill(document, doc)


def extract_documents(documents: Iterable[Document], nlp: Language | None = None,
                      batch_size: int = 32) -> Iterator[Document]:
    nlp = nlp or default_pipeline()
    for document in documents:
        yield extract_document(document, nlp)


__all__ = ["EXTRACTION_COMPONENTS", "build_pipeline", "default_pipeline", "extract_document",
           "extract_documents"]
