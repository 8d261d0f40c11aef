"""Spun and lightly rewritten copies, linked with ``derived_from``.

A spinning site swaps words for synonyms and reorders sentences, so word-shingle Jaccard (used
for near-duplicates in ``dedup.py``) falls well below its bar. Here each sentence becomes a set
of content-word keys (stopwords dropped, synonyms mapped to one word by
``lang/id/synonyms.yaml``, affixes normalised as in ``stories.py``), and a later document is
aligned sentence by sentence, in any order, with an earlier one: a sentence is *aligned* when
some sentence of the earlier document shares at least ``sentence_overlap`` of its keys (Dice)
and every figure it states ("Rp1.916.000" and "1,916 juta" are one figure): a spinner keeps
the numbers, while a daily price report reusing yesterday's template does not.
When at least ``min_share`` of the later document's sentences are aligned, it is marked
``derived_from`` the earlier one, with that share as ``derived_similarity``.

Quoted speech is not evidence of copying: the words of the quotes the quotes component found
(``quote_kinds``) are the speaker's, and every reporter at one press conference or doorstop writes them
down alike. A sentence with at least ``quoted_share`` of its characters inside quotes gets no keys: it is
neither counted in the later document nor matched in the earlier one, so only what the outlets wrote
themselves tells a copy from two reports of one statement. (Keeping the attribution around a quote
instead, "...," kata X di Y, Senin, made independent reports look alike again: those tails are formulaic.)
But a reprint of a quote-heavy article keeps both (mend50b): when the outlets' own sentences align (at least
``min_own_sentences`` of them, at ``min_share``) and the two documents give the quoted sentences in one order,
the quoted sentences count as well, those matched in order as aligned; so a lightly reworded reprint whose
narration is two sentences around five quotes is still a copy, while two reporters of one press conference,
whose narration differs, are not.

Candidate pairs come from MinHash LSH over each document's whole key set (order-free, so
reordering does not hide a copy), optionally restricted to pairs within one story; all pairs of
a corpus are never compared.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data
from ceksilang.model import Document, Story
from ceksilang.reconcile.detail_items import published_days_apart
from ceksilang.reconcile.stories import content_terms, order_key, stem
from ceksilang.text import split_sentences


@dataclass(frozen=True, slots=True)
class DeriveSettings:
    sentence_overlap: float = 0.6  # Dice of two sentences' key sets to count as aligned
    min_share: float = 0.6  # aligned share of the later document's sentences to mark it derived
    min_sentence_keys: int = 4  # shorter sentences (datelines, "Baca juga") are not counted
    min_sentences: int = 3  # documents with fewer countable sentences are left alone
    max_days_apart: int = 2  # a spinner copies fresh news; older look-alikes are a template's days
    max_sentence_docs: int = 3  # a sentence found in more documents is stock text, not evidence
    quote_kinds: tuple[str, ...] = ("direct", "partial")  # speech whose words are not evidence of copying
    quoted_share: float = 0.5  # a sentence this much inside quotes is the speaker's, not the outlet's: no keys
    min_own_sentences: int = 2  # the outlet's own sentences that must align before quoted ones count (mend50b)
    lsh_threshold: float = 0.3  # Jaccard of whole-document key sets for a candidate pair
    num_perm: int = 64


DEFAULT_DERIVE_SETTINGS = DeriveSettings()


@lru_cache(maxsize=1)
def synonym_table() -> dict[str, str]:
    """Word -> the first word of its synonym group (``lang/id/synonyms.yaml``), as stems."""
    data = load_data("synonyms")
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, list):
        raise LanguageDataError("synonyms: expected a 'groups' list of word lists")
    table: dict[str, str] = {}
    for group in groups:
        words = [str(w).lower() for w in group]
        head = stem(words[0])
        for word in words:
            table[word] = head
            table.setdefault(stem(word), head)
    return table


def _normalise(key: str, surface: str, synonyms: Mapping[str, str]) -> str:
    low = surface.lower()
    return synonyms.get(low) or synonyms.get(key) or key


def sentence_keys(text: str, quoted: Sequence[tuple[int, int]] = (),
                  quoted_share: float = DEFAULT_DERIVE_SETTINGS.quoted_share) -> list[frozenset[str]]:
    """One key set per sentence of ``text`` (synonyms mapped, stopwords dropped). A sentence with at
    least ``quoted_share`` of its characters inside the ``quoted`` spans (what a speaker said) gets no
    keys: every report of the statement has it."""
    return _own_and_spoken(text, quoted, quoted_share)[0]


def _own_and_spoken(text: str, quoted: Sequence[tuple[int, int]],
                    quoted_share: float) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """``sentence_keys`` (the outlet's own sentences keyed, quoted ones empty) and, in the text's order, the
    keys of the quoted sentences alone."""
    synonyms = synonym_table()
    own, spoken = [], []
    for start, end in split_sentences(text):
        inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quoted)
        keys = frozenset(_normalise(k, s, synonyms) for k, s in content_terms(text[start:end]))
        if quoted and inside >= quoted_share * (end - start):
            own.append(frozenset())
            spoken.append(keys)
        else:
            own.append(keys)
    return own, spoken


def _quoted_spans(doc: Document, settings: DeriveSettings) -> list[tuple[int, int]]:
    """The spans of the quotes the quotes component found in ``doc`` (what its speakers said), of the
    kinds ``settings.quote_kinds``."""
    return [(q.start, q.end) for q in doc.quotes if q.kind in settings.quote_kinds]


def aligned_share(later: Sequence[frozenset[str]], earlier: Sequence[frozenset[str]],
                  settings: DeriveSettings = DEFAULT_DERIVE_SETTINGS,
                  stock: frozenset[frozenset[str]] = frozenset()) -> float:
    """Share of ``later``'s countable sentences with a counterpart in ``earlier``, in any order.

    Sentences in ``stock`` (an outlet's standing paragraphs, repeated across many documents)
    are not counted.
    """
    countable = _countable(later, settings, stock)
    if len(countable) < settings.min_sentences:
        return 0.0
    return sum(m is not None for m in _counterparts(countable, earlier, settings)) / len(countable)


def _countable(sentences: Sequence[frozenset[str]], settings: DeriveSettings,
               stock: frozenset[frozenset[str]]) -> list[frozenset[str]]:
    return [s for s in sentences if len(s) >= settings.min_sentence_keys and s not in stock]


def _counterparts(countable: Sequence[frozenset[str]], earlier: Sequence[frozenset[str]],
                  settings: DeriveSettings) -> list[int | None]:
    """For each of ``countable``, the first sentence of ``earlier`` it aligns with (or None)."""
    # inverted index over the earlier sentences, so a sentence meets only those sharing a key
    index: dict[str, list[int]] = {}
    for i, sent in enumerate(earlier):
        for key in sent:
            index.setdefault(key, []).append(i)
    out: list[int | None] = []
    for sent in countable:
        shared: dict[int, int] = {}
        for key in sent:
            for i in index.get(key, ()):
                shared[i] = shared.get(i, 0) + 1
        figures = {k for k in sent if k.startswith("#")}
        # a copy keeps the figures; the same template filled with another day's prices does not
        # the smallest index, not the first met: ``shared`` fills in the walk of a frozenset, whose order
        # changes with the hash seed
        out.append(min((i for i, n in shared.items()
                        if 2 * n / (len(sent) + len(earlier[i])) >= settings.sentence_overlap
                        and figures <= earlier[i]), default=None))
    return out


def _in_order(matches: Sequence[int | None]) -> int:
    """How many of the matched sentences keep one order in both documents: the longest run of counterparts
    whose places rise (a longest increasing subsequence)."""
    tails: list[int] = []
    for m in matches:
        if m is None:
            continue
        k = bisect_left(tails, m)
        tails[k:k + 1] = [m]
    return len(tails)


def copy_share(later: Sequence[frozenset[str]], earlier: Sequence[frozenset[str]],
               later_spoken: Sequence[frozenset[str]] = (), earlier_spoken: Sequence[frozenset[str]] = (),
               settings: DeriveSettings = DEFAULT_DERIVE_SETTINGS,
               stock: frozenset[frozenset[str]] = frozenset()) -> float:
    """``aligned_share`` of the outlets' own sentences, or, when those align (``min_own_sentences`` of them at
    ``min_share``) and the later document's quoted sentences (``later_spoken``, in order) meet the earlier's in
    one order, the share of all its sentences, own and quoted, with a counterpart (the quoted ones only where
    they keep the order), if that is more. Two reports of one press conference differ in their own sentences and stay apart; a
    reprint of a quote-heavy article, its few own sentences kept, is a copy."""
    own = _countable(later, settings, stock)
    spoken = _countable(later_spoken, settings, stock)
    own_aligned = sum(m is not None for m in _counterparts(own, earlier, settings))
    narration_aligns = len(own) >= settings.min_own_sentences and own_aligned >= settings.min_share * len(own)
    quotes_in_order = _in_order(_counterparts(spoken, earlier_spoken, settings)) if narration_aligns else 0
    alone = aligned_share(later, earlier, settings, stock)
    if quotes_in_order < 2 or len(own) + len(spoken) < settings.min_sentences:
        return alone
    return max(alone, (own_aligned + quotes_in_order) / (len(own) + len(spoken)))


def _lsh_pairs(docs: Sequence[Document], keys: Mapping[str, frozenset[str]],
               settings: DeriveSettings) -> set[tuple[str, str]]:
    # imported here: datasketch imports scipy.integrate (~0.45 s), and a run reconciling story
    # by story compares within stories and never gets here
    from datasketch import MinHash, MinHashLSH
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
    pairs: set[tuple[str, str]] = set()
    for doc in docs:  # in publication order: every hit is an earlier document
        words = keys[doc.id]
        if not words:
            continue
        mh = MinHash(num_perm=settings.num_perm)
        mh.update_batch([w.encode("utf-8") for w in words])
        for other in lsh.query(mh):
            pairs.add((other, doc.id))
        lsh.insert(doc.id, mh)
    return pairs


SMALL_STORY = 64  # up to this many documents, every pair of a story is compared directly


def _candidate_pairs(docs: Sequence[Document], keys: Mapping[str, frozenset[str]],
                     settings: DeriveSettings, stories: Iterable[Story] | None) -> set[tuple[str, str]]:
    """Pairs (earlier, later) worth aligning. Without stories: MinHash LSH over the corpus.
    With stories: within each story only, so the cost follows the stories' sizes rather than
    how many similar documents the whole corpus holds; a small story compares every pair."""
    if stories is None:
        return _lsh_pairs(docs, keys, settings)
    position = {doc.id: i for i, doc in enumerate(docs)}
    by_id = {doc.id: doc for doc in docs}
    pairs: set[tuple[str, str]] = set()
    for st in stories:
        members = sorted((by_id[d] for d in st.docs if d in by_id), key=lambda d: position[d.id])
        members = [d for d in members if keys[d.id]]
        if len(members) <= SMALL_STORY:
            pairs.update((a.id, b.id) for i, b in enumerate(members) for a in members[:i])
        else:
            pairs |= _lsh_pairs(members, keys, settings)
    return pairs


def _days_apart(a: Document, b: Document) -> int | None:
    return published_days_apart(a, b)  # undated (None): no evidence either way


def mark_derived(docs: Sequence[Document], settings: DeriveSettings = DEFAULT_DERIVE_SETTINGS,
                 stories: Iterable[Story] | None = None) -> int:
    """Set ``derived_from`` / ``derived_similarity`` on spun or lightly rewritten copies.

    The copy is the later document (by publication date, then id); a document already marked
    ``duplicate_of`` is left alone. With ``stories``, only pairs within one story are compared.
    Earlier marks are recomputed from scratch. Returns how many documents were marked.
    """
    ordered = sorted(docs, key=order_key)
    for doc in ordered:
        doc.derived_from = None
        doc.derived_similarity = None
    if len(ordered) < 2:  # nothing to be a copy of (most stories): the sentence keys are not read
        return 0
    own_and_spoken = {doc.id: _own_and_spoken(doc.text, _quoted_spans(doc, settings), settings.quoted_share)
                      for doc in ordered}
    sentences = {doc_id: own for doc_id, (own, _) in own_and_spoken.items()}
    spoken = {doc_id: said for doc_id, (_, said) in own_and_spoken.items()}
    keys = {doc_id: frozenset().union(*sents) if sents else frozenset() for doc_id, sents in sentences.items()}
    by_id = {doc.id: doc for doc in ordered}
    seen_in: Counter[frozenset[str]] = Counter()
    for doc in ordered:
        if not doc.duplicate_of:
            seen_in.update(set(sentences[doc.id]))
    stock = frozenset(s for s, n in seen_in.items() if n > settings.max_sentence_docs)
    best: dict[str, tuple[float, str]] = {}
    # sorted: a set of pairs iterates in hash order, and ties must not depend on it
    for earlier_id, later_id in sorted(_candidate_pairs(ordered, keys, settings, stories)):
        later = by_id[later_id]
        if later.duplicate_of or by_id[earlier_id].duplicate_of == later_id:
            continue
        gap = _days_apart(by_id[earlier_id], later)
        if gap is not None and gap > settings.max_days_apart:
            continue
        share = copy_share(sentences[later_id], sentences[earlier_id], spoken[later_id], spoken[earlier_id],
                           settings, stock)
        if share >= settings.min_share and share > best.get(later_id, (0.0, ""))[0]:
            best[later_id] = (share, earlier_id)
    for later_id, (share, earlier_id) in best.items():
        by_id[later_id].derived_from = earlier_id
        by_id[later_id].derived_similarity = round(share, 3)
    return len(best)


__all__ = ["DeriveSettings", "aligned_share", "copy_share", "mark_derived", "sentence_keys", "synonym_table"]
