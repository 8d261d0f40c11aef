from ceksilang.dedup import jaccard, link_duplicates
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
