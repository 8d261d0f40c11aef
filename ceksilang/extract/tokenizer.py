"""spaCy's tokenizer for a language, its hyphenated-word exceptions loaded when a text needs them.

spaCy's Indonesian tokenizer keeps 15,963 exceptions ("special cases"), 15,573 of them hyphenated
words kept whole ("anak-anak", "Berlari-lari"), which its infix rule would otherwise split at the
hyphen. Adding one costs a lexeme per piece, three affix searches and a phrase-matcher pattern:
about 1.8 s CPU for the lot, each time a pipeline is built, for words few texts hold.

:class:`ExceptionsOnDemand` builds the tokenizer with the other exceptions and, before each text,
adds the hyphenated ones that occur in it. The tokens are spaCy's own, token for token: an
exception takes part in tokenising a text only if its string occurs in the text with, at most,
whitespace removed (the tokenizer looks exceptions up by substrings of the text, and its phrase
matcher matches them over tokens, which may stand apart by spaces); every exception so found is
added before the text is tokenised. spaCy clears its tokenizer's cache of whitespace-free chunks
at each exception added; here it is kept (refilling it after each of the ~250 additions over 2,000
articles cost about as much as the build saved), as no chunk in it can hold an exception added
later: the chunk came from an earlier text, and every exception that text held was added before it
was tokenised. A lock makes adding and tokenising one step, so threads may share the tokenizer.
Any other use of the tokenizer (its ``rules``, ``explain``, ``to_bytes`` ...) adds all the
exceptions still waiting first, and is spaCy's; so is a write of its attributes
(``infix_finditer``, ``token_match``; ``rules`` written leave none waiting).

Registered as the spaCy tokenizer ``ceksilang.exceptions_on_demand.v1``; ``spacy.blank(lang,
config=TOKENIZER_CONFIG)`` builds a pipeline with it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

TOKENIZER_NAME = "ceksilang.exceptions_on_demand.v1"
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}

# A run of letters and hyphens. An exception that is such a run and holds a hyphen waits until a
# text needs it: where it occurs in a text (whitespace removed), it lies inside one maximal run.
_RUN = re.compile(r"(?:[^\W\d_]|-)+")


def waits(exception: str) -> bool:
    """Whether the exception ``exception`` is added only when a text holds it."""
    return "-" in exception and _RUN.fullmatch(exception) is not None


class _CacheKept(Tokenizer):
    """spaCy's tokenizer whose cache is kept while ``ExceptionsOnDemand`` adds exceptions (its
    ``add_special_case`` clears the cache through this method)."""

    adding = False

    def _flush_cache(self) -> None:
        if not self.adding:
            super()._flush_cache()


_OWN = frozenset({"_tokenizer", "_waiting", "_lock"})  # the wrapper's own attributes; the rest are spaCy's


class ExceptionsOnDemand:
    """spaCy's :class:`~spacy.tokenizer.Tokenizer` with ``rules``, the hyphenated ones added
    when a text holds them; called like it, and its tokens are the same."""

    def __init__(self, vocab: Any, rules: dict[str, list[dict]] | None = None, **settings: Any) -> None:
        rules = dict(rules or {})
        self._tokenizer = _CacheKept(vocab, rules={s: v for s, v in rules.items() if not waits(s)}, **settings)
        # waiting exceptions by the letters before their first hyphen
        self._waiting: dict[str, dict[str, list[dict]]] = {}
        # one text at a time: threads sharing a pipeline would otherwise add the same exception twice
        # (a KeyError) or tokenise a chunk before its exception is in, and cache that chunk split
        self._lock = threading.RLock()
        for exception, pieces in rules.items():
            if waits(exception):
                self._waiting.setdefault(exception[:exception.index("-")], {})[exception] = pieces

    def needed(self, text: str) -> list[str]:
        """The waiting exceptions that occur in ``text`` with its whitespace removed."""
        if not self._waiting or "-" not in text:
            return []
        squeezed = "".join(text.split())
        found = []
        for run in _RUN.findall(squeezed):
            hyphen = run.find("-")
            while hyphen != -1:
                # an exception whose first hyphen is this one: the letters before it are a tail
                # of the letters between the previous hyphen and this one
                for start in range(run.rfind("-", 0, hyphen) + 1, hyphen):
                    for exception in self._waiting.get(run[start:hyphen], ()):
                        if run.startswith(exception, start):
                            found.append(exception)
                hyphen = run.find("-", hyphen + 1)
        return found

    def _add(self, exceptions: Iterable[str], keep_cache: bool) -> None:
        self._tokenizer.adding = keep_cache
        try:
            for exception in dict.fromkeys(exceptions):  # once each, in the order found
                head = exception[:exception.index("-")]
                pieces = self._waiting[head].pop(exception)
                if not self._waiting[head]:
                    del self._waiting[head]
                self._tokenizer.add_special_case(exception, pieces)
        finally:
            self._tokenizer.adding = False

    def _add_all(self) -> None:
        self._add([e for waiting in list(self._waiting.values()) for e in waiting], keep_cache=False)

    def __call__(self, text: str) -> Doc:
        with self._lock:
            self._add(self.needed(text), keep_cache=True)  # before the text, so the cache stays true
            return self._tokenizer(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in _OWN:
            raise AttributeError(name)
        with self._lock:
            self._add_all()
            return getattr(self._tokenizer, name)

    def __setattr__(self, name: str, value: Any) -> None:
        """A write of spaCy's tokenizer's attributes (``infix_finditer``, ``token_match``, ``rules`` ...)
        goes to it, as a read does; ``rules`` written are every exception, so none waits any longer."""
        if name in _OWN:
            object.__setattr__(self, name, value)
            return
        with self._lock:
            if name == "rules":
                self._waiting = {}
            setattr(self._tokenizer, name, value)


@registry.tokenizers(TOKENIZER_NAME)
def exceptions_on_demand() -> Callable[[Language], ExceptionsOnDemand]:
    """spaCy's default tokenizer of the language (``spacy.Tokenizer.v1``'s settings), its
    hyphenated exceptions added on demand."""
    def make(nlp: Language) -> ExceptionsOnDemand:
        defaults = nlp.Defaults
        return ExceptionsOnDemand(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
    return make


__all__ = ["ExceptionsOnDemand", "TOKENIZER_CONFIG", "TOKENIZER_NAME", "exceptions_on_demand", "waits"]
