"""Exact and near-duplicate documents, linked with ``duplicate_of``.

Near-duplicates are found with MinHash LSH (datasketch) over word 3-shingles of the
normalised text, so the cost grows linearly with the corpus rather than with its square.
A candidate pair from LSH is confirmed with the MinHash Jaccard estimate. The document a
group points to is the earliest published one (then the smallest id), so the original of a
syndicated article is the one kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from .model import Document
from .settings import DEFAULT, Settings
from .store import digest_text

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 3) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash_of(text: str, settings: Settings = DEFAULT) -> MinHash:
    mh = MinHash(num_perm=settings.minhash_perm)
    grams = shingles(text, settings.shingle_size)
    if grams:
        mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


def _order_key(doc: Document) -> tuple[str, str]:
    # undated documents sort after dated ones
    return (doc.published or "9999", doc.id)


def link_duplicates(docs: Sequence[Document], settings: Settings = DEFAULT) -> int:
    """Set ``duplicate_of`` / ``duplicate_similarity`` on every document that repeats an earlier one.

    Returns how many documents were marked. Earlier marks are recomputed from scratch, so the
    result depends only on the set of documents, not on the order they were added in.
    """
    ordered = sorted(docs, key=_order_key)
    for doc in ordered:
        doc.duplicate_of = None
        doc.duplicate_similarity = None
    exact: dict[str, str] = {}
    # LSH finds candidates below the bar (its recall drops near its threshold); the MinHash
    # estimate then decides.
    lsh = MinHashLSH(threshold=max(0.3, settings.duplicate_threshold - 0.25), num_perm=settings.minhash_perm)
    hashes: dict[str, MinHash] = {}
    marked = 0
    for doc in ordered:
        norm = " ".join(_WORD.findall(doc.text.lower()))
        if not norm:
            continue
        key = digest_text(norm)
        if key in exact:
            doc.duplicate_of, doc.duplicate_similarity = exact[key], 1.0
            marked += 1
            continue
        exact[key] = doc.id
        mh = minhash_of(doc.text, settings)
        best_id, best_sim = None, 0.0
        for other in lsh.query(mh):
            sim = float(mh.jaccard(hashes[other]))
            if sim > best_sim:
                best_id, best_sim = other, sim
        if best_id is not None and best_sim >= settings.duplicate_threshold:
            doc.duplicate_of, doc.duplicate_similarity = best_id, round(best_sim, 3)
            marked += 1
            continue
        # only originals are indexed: a copy of a copy points to the original
        lsh.insert(doc.id, mh)
        hashes[doc.id] = mh
    return marked


def jaccard(a: str, b: str, size: int = 3) -> float:
    """Exact shingle Jaccard of two texts (for tests and small comparisons)."""
    sa, sb = shingles(a, size), shingles(b, size)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


__all__ = ["link_duplicates", "minhash_of", "shingles", "jaccard"]
