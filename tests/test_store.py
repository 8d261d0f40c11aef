import json

from ceksilang.model import Document, InputError, Quote, Source
from ceksilang.store import Store, digest_text


def _doc(i, text="Isi berita.", path=None):
    return Document(id=f"d{i}", source=Source(path or f"/x/d{i}.txt"), text=text,
                    quotes=[Quote(doc=f"d{i}", start=0, end=3, text=text[:3], kind="direct")])


def test_store_round_trips_documents_with_their_mentions(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.put_document(_doc(1), digest_text("a"))
        got = store.get_document("d1")
    assert got == _doc(1)
    assert got.quotes[0].kind == "direct"


def test_store_skips_same_input_and_replaces_changed_one(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.put_document(_doc(1), digest_text("a"))
        assert store.known_digest("/x/d1.txt") == digest_text("a")
        store.put_document(_doc(1, text="Isi baru."), digest_text("b"))
        assert store.count_documents() == 1
        assert store.get_document("d1").text == "Isi baru."
    with Store(db) as store:  # reopened: still one
        assert store.count_documents() == 1
        assert store.integrity_check() == "ok"


def test_store_errors_are_kept_until_the_input_reads(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.put_error(InputError(source="/x/d1.txt", reason="empty file"))
        store.put_error(InputError(source="/x/d1.txt", reason="empty file"))
        assert [e.reason for e in store.errors()] == ["empty file"]
        store.put_document(_doc(1), digest_text("a"))
        assert store.errors() == []


def test_store_id_taken_by_another_input(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.put_document(_doc(1), digest_text("a"))
        assert store.id_taken("d1", "/other/d1.txt")
        assert not store.id_taken("d1", "/x/d1.txt")
        assert not store.id_taken("d2", "/x/d2.txt")


def _kept(kind="k"):
    from ceksilang.store import KeptFeatures

    return KeptFeatures(kind=kind, fingerprint="f", minhash=b"\0" * 8, terms=b"t")


def _kept_ids(store, kind="k"):
    return [doc_id for doc_id, _, data, kept in store.iter_features_in_publication_order(kind) if kept is not None]


def test_kept_features_last_only_while_the_row_is_as_ingest_wrote_it(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.put_document(_doc(1), digest_text("a"), features=_kept())
        store.put_document(_doc(2), digest_text("b"), features=_kept())
        store.put_document(_doc(3), digest_text("c"))
        rows = list(store.iter_features_in_publication_order("k"))
        assert [r[0] for r in rows] == ["d1", "d2", "d3"]
        # a document with kept features is not read; one without them is, as stored
        assert rows[0][2] is None and rows[0][3].fingerprint == "f"
        assert rows[2][3] is None and json.loads(rows[2][2])["id"] == "d3"
        assert _kept_ids(store, kind="other") == []  # made otherwise: not used
        store.update_documents([store.get_document("d1")])  # whole-store fields written back
        assert _kept_ids(store) == ["d2"]
        store.put_document(_doc(2, text="Isi baru."), digest_text("b2"))  # the input changed
        assert _kept_ids(store) == []
        store.put_document(_doc(1), digest_text("a"), features=_kept())
        store.drop_features()
        assert _kept_ids(store) == []


def test_kept_features_of_a_renamed_document_are_not_kept(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.put_document(_doc(1), digest_text("a"))
        # another input under the same id: stored renamed, its features were made under the old id
        store.put_document(_doc(1, path="/y/d1.txt"), digest_text("b"), features=_kept())
        assert store.count_documents() == 2
        assert _kept_ids(store) == []
