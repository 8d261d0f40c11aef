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
