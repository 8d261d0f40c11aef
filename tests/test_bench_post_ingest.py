"""bench/post_ingest.py: the store it times is a faithful copy, ingested by the code being timed."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from ceksilang.store import Store

_SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "post_ingest.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_post_ingest", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> list[str]:
    """The probe rows of a store file; none when even its tables are missing (still in the WAL)."""
    with closing(sqlite3.connect(path)) as conn:
        try:
            return [r[0] for r in conn.execute("SELECT value FROM meta WHERE key = 'probe'")]
        except sqlite3.OperationalError:
            return []


def test_the_copied_store_holds_what_is_still_in_its_wal_file(tmp_path):
    bench = _bench()
    source = tmp_path / "store.db"
    with Store(source) as store:
        # another reader keeps the WAL from being folded back into the .db file on close
        with closing(sqlite3.connect(source)) as reader:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM meta").fetchone()
            store.conn.execute("PRAGMA wal_autocheckpoint=0")
            store.conn.execute("INSERT INTO meta(key, value) VALUES ('probe', 'written')")
            assert Path(str(source) + "-wal").stat().st_size > 0
            shutil.copy(source, tmp_path / "file_only.db")
            bench.copy_store(source, tmp_path / "backup.db")
            reader.execute("COMMIT")
    assert _rows(tmp_path / "file_only.db") == []  # the .db file alone misses the row
    assert _rows(tmp_path / "backup.db") == ["written"]


def test_a_store_is_ingested_again_when_the_code_changed(tmp_path):
    bench = _bench()
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text("x = 1\n")
    before = bench.code_digest(package)
    assert bench.code_digest(package) == before
    (package / "a.py").write_text("x = 2\n")
    assert bench.code_digest(package) != before

    store_path = tmp_path / "store.db"
    assert bench._ingested_by(store_path) is None  # no store
    with Store(store_path) as store:
        store.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (bench.CODE_KEY, before))
    assert bench._ingested_by(store_path) == before
    bench._remove_store(store_path)
    assert not store_path.exists() and not Path(str(store_path) + "-wal").exists()
