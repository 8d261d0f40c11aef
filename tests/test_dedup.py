from ceksilang.reconcile.dedup import jaccard, link_duplicates
from ceksilang.model import Document, Source

BASE = (
    "Banjir bandang melanda tiga kecamatan di kabupaten itu sejak Senin malam. "
    "Petugas gabungan mengevakuasi warga ke gedung sekolah dan masjid terdekat. "
    "Kepala BPBD menyebut ketinggian air mencapai dua meter di beberapa titik. "
    "Bantuan logistik mulai disalurkan pada Selasa pagi melalui jalur darat."
)


def _doc(i, text, published=None):
    return Document(id=i, source=Source(f"/{i}.txt"), text=text, published=published)


def test_exact_and_near_duplicates_point_to_earliest():
    a = _doc("a", BASE, "2025-03-03")
    b = _doc("b", BASE, "2025-03-04")  # exact copy, later
    c = _doc("c", BASE.replace("Selasa pagi", "Selasa siang"), "2025-03-05")  # near copy
    d = _doc("d", "Harga emas naik tajam hari ini menurut data pasar. Investor memburu logam mulia.")
    assert link_duplicates([d, c, b, a]) == 2
    assert a.duplicate_of is None and d.duplicate_of is None
    assert b.duplicate_of == "a" and b.duplicate_similarity == 1.0
    assert c.duplicate_of == "a" and c.duplicate_similarity >= 0.8


def test_duplicates_do_not_depend_on_input_order():
    docs1 = [_doc("a", BASE, "2025-03-03"), _doc("b", BASE, "2025-03-03")]
    docs2 = list(reversed([_doc("a", BASE, "2025-03-03"), _doc("b", BASE, "2025-03-03")]))
    link_duplicates(docs1)
    link_duplicates(docs2)
    assert {d.id: d.duplicate_of for d in docs1} == {d.id: d.duplicate_of for d in docs2} == {"a": None, "b": "a"}


def test_jaccard_bounds():
    assert jaccard(BASE, BASE) == 1.0
    assert jaccard(BASE, "sama sekali berbeda isinya") == 0.0


def test_seeds_are_not_duplicates_of_each_other(seed_texts):
    docs = [_doc(k, v) for k, v in seed_texts.items()]
    assert link_duplicates(docs) == 0


def test_duplicate_index_work_per_document_is_bounded():
    """A full bucket takes no more originals, and the candidate sharing the most bands is the one
    compared when only one may be."""
    import sqlite3

    import numpy as np

    from ceksilang.reconcile.dedup import DuplicateIndex
    from ceksilang.settings import Settings

    rng = np.random.default_rng(5)
    base = rng.integers(0, 2**63, size=128, dtype=np.uint64)

    def variant(keep: slice, tag: str) -> tuple[str, np.ndarray]:
        hashes = rng.integers(0, 2**63, size=128, dtype=np.uint64)
        hashes[keep] = base[keep]
        return tag, hashes

    index = DuplicateIndex(sqlite3.connect(":memory:"), Settings(duplicate_bucket_max=2, duplicate_max_candidates=1))
    assert index.rows == 6  # band 0 is hashes[0:6]
    near = base.copy()
    near[30:50] += np.uint64(1)  # 108 of 128 values kept (0.84); bands 5 to 8 differ
    assert index.check_fingerprint("a", variant(slice(0, 6), "a")) is None  # shares band 0 only
    assert index.check_fingerprint("b", ("b", near)) is None  # shares band 0 with a: not a copy
    assert index.check_fingerprint("c", variant(slice(0, 6), "c")) is None  # band 0's bucket is now full
    band_zero = index._band_keys(base)[0][1]
    members = [d for (d,) in index.conn.execute("SELECT doc FROM dedup_band WHERE band = 0 AND key = ?", (band_zero,))]
    assert members == ["a", "b"]
    # a and b are candidates of base; b shares 17 bands, a one: b is compared, and matches
    assert index.check_fingerprint("d", ("d", base)) == ("b", 0.844)


def test_minhash_values_are_datasketchs_bit_for_bit(seed_texts):
    """Our one-pass MinHash gives what datasketch's ``update_batch`` gives for the same shingles
    (the stored signatures and every duplicate decision depend on it)."""
    import numpy as np
    from datasketch import MinHash

    from ceksilang.reconcile.dedup import _WORD, _word_shingles, fingerprint, minhash_of
    from ceksilang.settings import DEFAULT

    texts = [*seed_texts.values(), BASE, "", "satu", "satu dua", "satu dua tiga", "ÄÖ ü ñ 日本語 テスト 三 x",
             " ".join(f"kata{i}" for i in range(3000))]
    for text in texts:
        words = _WORD.findall(text.lower())
        theirs = MinHash(num_perm=DEFAULT.minhash_perm)
        grams = _word_shingles(words, DEFAULT.shingle_size)
        if grams:
            theirs.update_batch([g.encode("utf-8") for g in grams])
        ours = minhash_of(text)
        assert ours.hashvalues.dtype == theirs.hashvalues.dtype
        assert np.array_equal(ours.hashvalues, theirs.hashvalues)
        assert ours.scheme == theirs.scheme and ours.jaccard(theirs) == 1.0
        found = fingerprint(_doc("x", text))
        if words:
            assert found[1].dtype == np.uint64 and np.array_equal(found[1], theirs.hashvalues.astype(np.uint64))
        else:
            assert found is None


def test_permutations_are_datasketchs_own():
    """The permutations dedup draws itself (so that a run need not import datasketch and with it
    scipy) are the ones ``datasketch.MinHash`` draws, for several sizes: the stored signatures of
    earlier runs and every duplicate decision depend on them."""
    import numpy as np
    from datasketch import MinHash

    from ceksilang.reconcile.dedup import _permutations

    for num_perm in (1, 2, 7, 64, 128, 256, 1000):
        theirs = MinHash(num_perm=num_perm)
        a, b = _permutations(num_perm)
        assert theirs.permutations.dtype == a.dtype == b.dtype
        assert np.array_equal(theirs.permutations[0], a) and np.array_equal(theirs.permutations[1], b)


def test_lsh_bands_are_datasketchs_choice():
    """The banding kept for the shipped settings, and the one worked out for others, are what
    datasketch's ``MinHashLSH`` chooses for the same candidate threshold and size."""
    from dataclasses import replace

    from datasketch import MinHashLSH

    from ceksilang.reconcile.dedup import _KNOWN_BANDS, lsh_bands
    from ceksilang.settings import DEFAULT

    for (threshold, num_perm), bands in _KNOWN_BANDS.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert bands == (lsh.b, lsh.r)
    for duplicate_threshold, num_perm in ((0.8, 128), (0.9, 128), (0.5, 128), (0.8, 64)):
        settings = replace(DEFAULT, duplicate_threshold=duplicate_threshold, minhash_perm=num_perm)
        lsh = MinHashLSH(threshold=max(0.3, duplicate_threshold - 0.25), num_perm=num_perm)
        assert lsh_bands(settings) == (lsh.b, lsh.r)


def test_a_run_imports_no_datasketch():
    """Reading, extracting and writing a briefing (story by story) does not import datasketch
    (nor scipy with it): a fresh interpreter runs the pipeline on two near-copies and checks."""
    import subprocess
    import sys

    code = (
        "import sys, tempfile\n"
        "from ceksilang.model import Document, Source\n"
        "from ceksilang.reconcile.briefing import MemorySource, write_store_briefing\n"
        "text = 'Banjir merendam 120 rumah warga di Kecamatan Sukamaju pada Senin pagi, kata Budi Santoso. ' * 3\n"
        "docs = [Document(id=f'd{i}', source=Source(path=''), text=text + str(i), published='2025-01-0' + str(i + 1))"
        " for i in range(2)]\n"
        "with tempfile.TemporaryDirectory() as out:\n"
        "    write_store_briefing(MemorySource(docs), out, formats=('json',))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('datasketch', 'scipy')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
