"""Nothing lost under crashes, concurrent writers and Ctrl-C.

The runs are real ``ceksilang analyze`` command lines in subprocesses, through a small driver
that turns extraction off (the models are not what is under test, and this keeps 1,000 inputs
to a few seconds). Kills land at random points of ingest: the test waits until the store holds
a random number of documents, then waits a random few milliseconds more, then kills.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ceksilang.model import Document, Mention, Source
from ceksilang.store import Store, digest_text

REPO = Path(__file__).resolve().parents[1]

# Runs the CLI with extraction and language detection off (loading their models takes seconds
# per process); "ready" tells the test that the imports are done.
DRIVER = """
import sys
import ceksilang.pipeline as pipeline
_analyze_raw = pipeline.analyze_raw
pipeline.analyze_raw = lambda raw, settings=pipeline.DEFAULT, extract=True: _analyze_raw(raw, settings, extract=False)
pipeline.detect_language = lambda text, min_chars=0: "id"
from ceksilang.cli import main
print("ready", flush=True)
sys.exit(main(sys.argv[1:]))
"""

SYLLABLES = [c + v for c in "bcdfghjklmnprstwy" for v in "aiueo"]


def invented_article(rng: random.Random, number: int) -> str:
    """An article of made-up words: distinct enough that no two are near-duplicates."""
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))) for _ in range(60)]
    sentences = [" ".join(words[i : i + 12]).capitalize() + "." for i in range(0, 60, 12)]
    return f"Laporan nomor {number}. " + " ".join(sentences) + "\n"


def make_inputs(folder: Path, count: int, seed: int, prefix: str = "berita") -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        sub = folder / f"bagian{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{prefix}{i:04d}.txt"
        path.write_text(invented_article(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def start(args: list[str], cwd: Path, workers: int = 1) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, "analyze", *args, "--no-progress", "--workers", str(workers)],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # a shell's background job ignores SIGINT and its children inherit that; Ctrl-C is what
        # is under test, so the run gets the default back
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout.readline().strip() == "ready"
    return proc


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    proc = start(args, cwd)
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def stored_count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet, or its tables not yet
        return 0


def wait_for_rows(proc: subprocess.Popen, db: Path, target: int) -> bool:
    """Wait until the store has ``target`` documents; False when the process ended first."""
    while proc.poll() is None:
        if stored_count(db) >= target:
            return True
        time.sleep(0.005)
    return False


def check_store(db: Path, inputs: list[Path], cwd: Path) -> None:
    """Every input stored exactly once, nothing else, no errors, and the file is sound."""
    with Store(db) as store:
        assert store.integrity_check() == "ok"
        keys = [k for (k,) in store.conn.execute("SELECT source_key FROM documents")]
        assert len(keys) == len(set(keys)) == len(inputs)
        assert set(keys) == {str(p.relative_to(cwd)) for p in inputs}  # paths as given, from cwd
        assert store.errors() == []
        for doc in store.iter_documents():  # every row whole: its text is the file's text
            # cleaning may only have put spaces between words it reads as glued (ingest.unglue:
            # the invented words split into real ones), so the characters are compared
            stored = "".join(doc.text.split())
            assert stored == "".join((cwd / doc.source.path).read_text(encoding="utf-8").split())


def briefing_without_timestamp(out: Path) -> dict:
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    data.pop("generated")
    return data


def summary_counts(stdout: str) -> tuple[int, int]:
    """(read, already stored) from the run's summary line."""
    line = next(ln for ln in stdout.splitlines() if "already stored" in ln)
    read, rest = line.split(" read, ")
    return int(read), int(rest.split(" already stored")[0])


# --------------------------------------------------------------------------- crash safety


@pytest.mark.slow
def test_reliability_sigkill_during_ingest_loses_and_duplicates_nothing(tmp_path):
    inputs = make_inputs(tmp_path / "masukan", 1200, seed=7)
    rng = random.Random(20241104)

    code, _, err = run(["masukan", "--out", "rujukan"], tmp_path)  # the uninterrupted run
    assert code == 0, err

    db = tmp_path / "crash.db"
    kills, target = [], 0
    for _ in range(40):  # stops after 10 kills, or when a run completes before its kill
        proc = start(["masukan", "--out", "crash", "--db", str(db)], tmp_path)
        target = stored_count(db) + rng.randint(5, 40)
        if wait_for_rows(proc, db, target):
            time.sleep(rng.uniform(0, 0.01))  # a random point, often mid-transaction
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=300)
        if proc.returncode != -signal.SIGKILL:
            break
        kills.append(stored_count(db))
        with Store(db) as store:
            assert store.integrity_check() == "ok"
        if len(kills) >= 10:
            break
    print(f"SIGKILL trials: {len(kills)}; documents stored at each kill: {kills}")  # shown with -s
    assert len(kills) >= 10, f"only {len(kills)} kills landed during ingest"
    assert kills == sorted(kills) and kills[-1] < len(inputs)  # progress kept, never redone

    before = stored_count(db)  # kills[-1], or all when the last run completed before its kill
    code, out, err = run(["masukan", "--out", "crash", "--db", str(db)], tmp_path)
    assert code == 0, err
    assert summary_counts(out) == (len(inputs) - before, before)
    check_store(db, inputs, tmp_path)
    assert briefing_without_timestamp(tmp_path / "crash") == briefing_without_timestamp(tmp_path / "rujukan")


# --------------------------------------------------------------------------- concurrent writers


@pytest.mark.slow
def test_reliability_two_writers_at_once_lose_and_duplicate_nothing(tmp_path):
    only_a = make_inputs(tmp_path / "a", 250, seed=1)
    only_b = make_inputs(tmp_path / "b", 250, seed=2)  # same file names as in a/, other texts
    shared = make_inputs(tmp_path / "bersama", 150, seed=3, prefix="umum")
    db = tmp_path / "bersama.db"
    first = start(["a", "bersama", "--out", "out_a", "--db", str(db)], tmp_path)
    second = start(["bersama", "b", "--out", "out_b", "--db", str(db)], tmp_path)
    results = [p.communicate(timeout=300) for p in (first, second)]
    for proc, (out, err) in zip((first, second), results):
        assert proc.returncode == 0, err
        assert "locked" not in err
    check_store(db, only_a + only_b + shared, tmp_path)
    with Store(db) as store:
        ids = [d.id for d in store.iter_documents()]
    assert len(set(ids)) == len(ids) == 650
    # a shared input is analysed by one writer or both, never stored twice
    counts = [summary_counts(out) for out, _ in results]
    assert all(read + unchanged == 400 for read, unchanged in counts)


def test_reliability_same_id_from_two_writers_keeps_both_inputs(tmp_path):
    # What two processes do when both checked the id before either stored it.
    db = tmp_path / "s.db"
    with Store(db) as one, Store(db) as two:
        for store, folder in ((one, "/a"), (two, "/b")):
            doc = Document(id="berita", source=Source(f"{folder}/berita.txt"), text=f"Isi dari {folder}.")
            doc.mentions = [Mention(doc="berita", start=0, end=3, text="Isi", label="ORG")]
            store.put_document(doc, digest_text(doc.text))
        docs = {d.source.path: d for d in one.iter_documents()}
    assert set(docs) == {"/a/berita.txt", "/b/berita.txt"}
    renamed = docs["/b/berita.txt"]
    assert renamed.id != "berita" and renamed.mentions[0].doc == renamed.id


@pytest.mark.slow
def test_reliability_scratch_of_a_killed_briefing_is_removed_by_the_next_run(tmp_path):
    # The briefing's scratch tables can be as large as the store; SIGKILL gives the run no
    # chance to remove them. The next run does, and leaves alone a folder a live run holds.
    from ceksilang.render import _SCRATCH_LOCK, SCRATCH_PREFIX, scratch_folder

    make_inputs(tmp_path / "masukan", 300, seed=5)
    db, out = tmp_path / "s.db", tmp_path / "out"
    out.mkdir()
    with scratch_folder(out) as live:  # another run, writing into the same folder meanwhile
        proc = start(["masukan", "--out", "out", "--db", str(db)], tmp_path)
        killed = None
        while killed is None and proc.poll() is None:
            killed = next((p for p in out.glob(SCRATCH_PREFIX + "*") if p != live and (p / _SCRATCH_LOCK).exists()), None)
            time.sleep(0.002)
        assert killed is not None, "the run ended before its briefing started"
        proc.kill()
        proc.communicate(timeout=60)
        assert killed.is_dir() and live.is_dir()

        code, _, err = run(["masukan", "--out", "out", "--db", str(db)], tmp_path)
        assert code == 0, err
        assert not killed.exists() and f"removed out/{killed.name} " in err
        assert live.is_dir()
        assert set(out.glob(SCRATCH_PREFIX + "*")) == {live}
        assert len(json.loads((out / "briefing.json").read_text(encoding="utf-8"))["documents"]) == 300
    assert not live.exists()


# --------------------------------------------------------------------------- Ctrl-C


@pytest.mark.slow
@pytest.mark.parametrize("workers,signum", [(1, signal.SIGINT), (2, signal.SIGINT), (2, signal.SIGTERM)])
def test_reliability_sigint_stops_cleanly_and_rerun_resumes(tmp_path, workers, signum):
    inputs = make_inputs(tmp_path / "masukan", 600, seed=11)
    db = tmp_path / "s.db"
    proc = start(["masukan", "--out", "out", "--db", str(db)], tmp_path, workers=workers)
    assert wait_for_rows(proc, db, 150)
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err  # 130 for Ctrl-C, 143 for SIGTERM
    stored = stored_count(db)
    line = next(ln for ln in err.splitlines() if ln.startswith("interrupted: "))
    told = int(line.split()[1])
    assert line == f"interrupted: {told} inputs stored, re-run to resume"
    # Ctrl-C between a commit and its count would make the message one short, never more
    assert stored - 1 <= told <= stored and stored < len(inputs)
    assert "Traceback" not in err

    code, out, err = run(["masukan", "--out", "out", "--db", str(db)], tmp_path)
    assert code == 0, err
    assert summary_counts(out) == (len(inputs) - stored, stored)
    check_store(db, inputs, tmp_path)


def test_reliability_briefing_write_back_keeps_a_newer_version_from_another_writer(tmp_path):
    # One process builds its briefing while another stores a changed version of an input.
    db = tmp_path / "s.db"
    old = Document(id="berita", source=Source("/a/berita.txt"), text="Versi lama.")
    new = Document(id="berita", source=Source("/a/berita.txt"), text="Versi baru.")
    with Store(db) as briefing_writer, Store(db) as other:
        briefing_writer.put_document(old, digest_text(old.text))
        docs = list(briefing_writer.iter_documents())
        other.put_document(new, digest_text(new.text))
        docs[0].duplicate_of = "lain"
        briefing_writer.update_documents(docs)
        assert briefing_writer.get_document("berita").text == "Versi baru."
        assert briefing_writer.known_digest("/a/berita.txt") == digest_text(new.text)
