"""Exact and near-duplicate documents, linked with ``duplicate_of``.

Near-duplicates are found with MinHash LSH (datasketch) over word 3-shingles of the
normalised text, so the cost grows linearly with the corpus rather than with its square.
A candidate pair from LSH is confirmed with the MinHash Jaccard estimate. The document a
group points to is the earliest published one (then the smallest id), so the original of a
syndicated article is the one kept.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from ceksilang.model import Document
from ceksilang.settings import DEFAULT, Settings
from ceksilang.store import digest_text
from ceksilang.reconcile.stories import order_key

if TYPE_CHECKING:
    from datasketch import MinHash

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 3) -> set[str]:
    return _word_shingles(_WORD.findall(text.lower()), size)


def _word_shingles(words: list[str], size: int) -> set[str]:
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


# datasketch's defaults: the seed of its permutations, its "affine32" scheme's empty value
_MINHASH_SEED = 1
_EMPTY_HASH = np.uint32(0xFFFFFFFF)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the ``num_perm`` permutations ``datasketch.MinHash(num_perm=num_perm)`` draws
    (scheme affine32, seed 1: a odd, both uint32), drawn as it draws them. Drawn here because
    importing datasketch imports scipy.integrate (for ``MinHashLSH``'s parameters), ~0.45 s of
    every run's start-up; drawn once, as they cost a third of fingerprinting a document. A
    test holds them equal to datasketch's."""
    gen = np.random.RandomState(_MINHASH_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash_of(text: str, settings: Settings = DEFAULT) -> MinHash:
    """The ``datasketch.MinHash`` of ``text``'s word shingles (datasketch imported here: the
    pipeline itself keeps the values only, ``fingerprint``)."""
    from datasketch import MinHash
    a, b = _permutations(settings.minhash_perm)
    return MinHash(seed=_MINHASH_SEED, hashvalues=_minhash_values(_WORD.findall(text.lower()), settings),
                   permutations=(a, b), scheme="affine32")


_SHA1 = hashlib.sha1
_FMIX32 = (16, np.uint32(0x85EBCA6B), 13, np.uint32(0xC2B2AE35), 16)  # MurmurHash3's 32-bit finaliser


def _minhash_values(words: list[str], settings: Settings) -> np.ndarray:
    """The hash values ``MinHash.update_batch`` gives the shingles of ``words`` (datasketch's default
    affine32 scheme: the first 4 bytes of each shingle's SHA-1, little-endian, through MurmurHash3's
    finaliser and each permutation ``a * h + b`` modulo 2**32, the least kept), bit for bit, worked
    out here in one pass: datasketch calls a Python function per shingle (``sha1_hash32``, with a
    ``struct.unpack``) and builds the array from a list of ints. A test holds the two equal."""
    a, b = _permutations(settings.minhash_perm)
    grams = _word_shingles(words, settings.shingle_size)
    if not grams:
        return np.full(settings.minhash_perm, _EMPTY_HASH, dtype=np.uint32)
    sha1 = _SHA1
    hv = np.frombuffer(b"".join([sha1(g.encode("utf-8")).digest()[:4] for g in grams]), dtype="<u4")
    hv = hv.astype(np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return np.minimum(_EMPTY_HASH, (hv * a + b).min(axis=0))


# (candidate threshold, permutations) -> (bands, rows) datasketch's MinHashLSH chooses, for the
# shipped settings: working it out imports scipy.integrate (~0.45 s of start-up) and integrates
# ~1,000 times. A test holds every entry equal to datasketch's answer.
_KNOWN_BANDS: dict[tuple[float, int], tuple[int, int]] = {(0.55, 128): (21, 6)}


def lsh_bands(settings: Settings = DEFAULT) -> tuple[int, int]:
    """(bands, rows per band) datasketch chooses for our candidate threshold."""
    # LSH finds candidates below the bar (its recall drops near its threshold); the MinHash
    # estimate then decides.
    threshold = max(0.3, settings.duplicate_threshold - 0.25)
    known = _KNOWN_BANDS.get((threshold, settings.minhash_perm))
    return known if known is not None else _datasketch_bands(threshold, settings.minhash_perm)


@lru_cache(maxsize=8)
def _datasketch_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def fingerprint(doc: Document, settings: Settings = DEFAULT) -> tuple[str, np.ndarray] | None:
    """(digest of the normalised words, MinHash values) of ``doc``; None when it has no words."""
    words = _WORD.findall(doc.text.lower())
    if not words:
        return None
    return digest_text(" ".join(words)), _minhash_values(words, settings).astype(np.uint64)


class DuplicateIndex:
    """Exact and near-duplicate lookup over the originals seen so far, kept in SQLite.

    datasketch's ``MinHashLSH`` holds every signature in memory (about 1 KB a document with
    128 permutations, plus its band tables); at millions of documents that alone passes the
    memory budget, and datasketch's only other storage is Redis or Cassandra. So the bands and
    signatures live in tables of a scratch SQLite database (``:memory:`` for small batches, a
    file beside the store for a whole archive), with the banding datasketch picks for the same
    threshold. Feed documents in publication order (``check``): each is compared with the
    originals already added, and added itself when it is one.

    The work per document is bounded: a bucket keeps its first ``duplicate_bucket_max``
    originals, and at most ``duplicate_max_candidates`` candidates are compared. In the 1M
    bench stream, 904 articles each reprinted about 1,100 times with 5% of words changed, the
    copies (alike, but below the duplicate bar, and in the same buckets) made every document
    compare with more earlier ones as the stream grew.
    """

    def __init__(self, conn: sqlite3.Connection, settings: Settings = DEFAULT, table: str = "dedup"):
        self.conn, self.settings, self.table = conn, settings, table
        self.bands, self.rows = lsh_bands(settings)
        conn.executescript(
            f"""
            CREATE TABLE IF NOT EXISTS {table}_exact (digest TEXT PRIMARY KEY, doc TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS {table}_signature (doc TEXT PRIMARY KEY, hashes BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS {table}_band (band INTEGER NOT NULL, key INTEGER NOT NULL, doc TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS {table}_band_key ON {table}_band(band, key);
            """
        )

    def _band_keys(self, hashes: np.ndarray) -> list[tuple[int, int]]:
        r = self.rows
        return [
            (b, int.from_bytes(hashlib.blake2b(hashes[b * r:(b + 1) * r].tobytes(), digest_size=8).digest(),
                               "little", signed=True))
            for b in range(self.bands)
        ]

    def _bucket_sql(self, bands: int) -> str:
        one = f"SELECT * FROM (SELECT ? AS band, doc FROM {self.table}_band WHERE band = ? AND key = ? LIMIT ?)"
        return " UNION ALL ".join([one] * bands)

    def check(self, doc: Document) -> tuple[str, float] | None:
        """(original id, similarity) when ``doc`` repeats an original already added; else add it."""
        return self.check_fingerprint(doc.id, fingerprint(doc, self.settings))

    def check_fingerprint(self, doc_id: str, found: tuple[str, np.ndarray] | None) -> tuple[str, float] | None:
        """``check`` with the document's ``fingerprint`` worked out beforehand (elsewhere)."""
        if found is None:
            return None
        digest, hashes = found
        t = self.table
        row = self.conn.execute(f"SELECT doc FROM {t}_exact WHERE digest = ?", (digest,)).fetchone()
        if row:
            return row[0], 1.0
        self.conn.execute(f"INSERT INTO {t}_exact(digest, doc) VALUES (?, ?)", (digest, doc_id))
        keys = self._band_keys(hashes)
        cap = self.settings.duplicate_bucket_max
        # every band's bucket in one statement (a sub-select per band, each with its own
        # limit), not one query per band
        members_of: dict[int, list[str]] = {band: [] for band, _ in keys}
        for band, doc in self.conn.execute(self._bucket_sql(len(keys)),
                                           [v for band, key in keys for v in (band, band, key, cap)]):
            members_of[band].append(doc)
        shared: Counter[str] = Counter()
        open_keys = []
        for band, key in keys:
            members = members_of[band]
            shared.update(members)
            if len(members) < cap:
                open_keys.append((band, key))
        # a near-duplicate shares several bands (at Jaccard 0.8, 0.8**6 * 21 = 5.5 of 21 on
        # average; at 0.6, one): the candidates sharing the most are compared, ties by id
        ranked = sorted(shared, key=lambda d: (-shared[d], d))[:self.settings.duplicate_max_candidates]
        best_id, best_sim = None, 0.0
        for other in sorted(ranked):
            blob = self.conn.execute(f"SELECT hashes FROM {t}_signature WHERE doc = ?", (other,)).fetchone()[0]
            sim = float(np.count_nonzero(hashes == np.frombuffer(blob, dtype=np.uint64))) / len(hashes)
            if sim > best_sim:
                best_id, best_sim = other, sim
        if best_id is not None and best_sim >= self.settings.duplicate_threshold:
            return best_id, round(best_sim, 3)
        # only originals are indexed: a copy of a copy points to the original
        self.conn.execute(f"INSERT OR REPLACE INTO {t}_signature(doc, hashes) VALUES (?, ?)", (doc_id, hashes.tobytes()))
        self.conn.executemany(f"INSERT INTO {t}_band(band, key, doc) VALUES (?, ?, ?)",
                              [(band, key, doc_id) for band, key in open_keys])
        return None


def link_duplicates(docs: Sequence[Document], settings: Settings = DEFAULT) -> int:
    """Set ``duplicate_of`` / ``duplicate_similarity`` on every document that repeats an earlier one.

    Returns how many documents were marked. Earlier marks are recomputed from scratch, so the
    result depends only on the set of documents, not on the order they were added in.
    """
    # publication order, undated last, as the whole-store stages read the store
    ordered = sorted(docs, key=order_key)
    marked = 0
    conn = sqlite3.connect(":memory:")
    try:
        index = DuplicateIndex(conn, settings)
        for doc in ordered:
            found = index.check(doc)
            doc.duplicate_of, doc.duplicate_similarity = found if found else (None, None)
            marked += found is not None
    finally:
        conn.close()
    return marked


def jaccard(a: str, b: str, size: int = 3) -> float:
    """Exact shingle Jaccard of two texts (for tests and small comparisons)."""
    sa, sb = shingles(a, size), shingles(b, size)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


__all__ = ["DuplicateIndex", "fingerprint", "link_duplicates", "lsh_bands", "minhash_of", "shingles", "jaccard"]
