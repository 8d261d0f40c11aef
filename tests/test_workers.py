"""``--workers N`` gives the same store and briefing as one worker."""

import json

from ceksilang.pipeline import analyze, default_workers


def _docs(out):
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    data.pop("generated")
    return data


def test_two_workers_give_identical_results(seeds_dir, tmp_path):
    one = analyze([seeds_dir], tmp_path / "one", workers=1)
    two = analyze([seeds_dir], tmp_path / "two", workers=2)
    assert one.read == two.read == 5
    a, b = _docs(tmp_path / "one"), _docs(tmp_path / "two")
    for doc in a["documents"] + b["documents"]:
        doc["source"]["path"] = doc["source"]["path"].rsplit("/", 1)[-1]
    assert a == b


def test_small_jobs_use_one_worker(tmp_path):
    (tmp_path / "a.txt").write_text("Berita singkat hari ini.", encoding="utf-8")
    assert default_workers([tmp_path]) == 1
    assert default_workers() >= 1


def test_replaced_workers_give_identical_results(tmp_path):
    """Workers replaced after every batch (``worker_max_batches``) change nothing in the store."""
    from pathlib import Path

    from ceksilang.pipeline import ingest
    from ceksilang.settings import Settings
    from ceksilang.store import Store

    demo = Path(__file__).resolve().parents[1] / "examples" / "demo"
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        ingest([demo], one, workers=1)
        summary = ingest([demo], two, workers=2, batch_size=2, settings=Settings(worker_max_batches=1))
        assert summary.read == 9 and summary.failed == 1  # the demo's 9 articles, one broken line
        assert [d.to_dict() for d in one.iter_documents()] == [d.to_dict() for d in two.iter_documents()]


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_worker_pool_starts_new_workers_only_after_the_old_ones_exit():
    """Retired workers free their memory before their successors load the models."""
    import os

    from ceksilang.scale.workers import WorkerPool

    with WorkerPool(2, tasks_per_worker=2) as pool:
        first = [pool.submit(os.getpid) for _ in range(4)]
        later = pool.submit(os.getpid)  # the fifth task: a new generation
        retired = {f.result() for f in first}
        assert all(f.done() for f in first)
        assert not any(_alive(pid) for pid in retired)
        assert later.result() not in retired
        assert pool.generations == 2
    assert not _alive(later.result())


def test_a_pool_whose_worker_died_runs_later_work():
    import os
    from concurrent.futures.process import BrokenProcessPool

    import pytest

    from ceksilang.scale.workers import WorkerPool

    with WorkerPool(1, 100) as pool:
        lost = pool.submit(os._exit, 1)  # the worker process dies with the task
        with pytest.raises(BrokenProcessPool):
            lost.result(timeout=60)
        assert pool.submit(pow, 2, 10).result(timeout=60) == 1024
        assert pool.generations == 2


def test_a_worker_that_dies_during_analysis_loses_no_input(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    from ceksilang import pipeline
    from ceksilang.scale import workers as pool_module
    from ceksilang.store import Store

    real_submit = pool_module.WorkerPool.submit
    killed = []

    def submit(self, fn, *args):
        if fn is pipeline._analyze_batch and not killed:
            killed.append(1)
            return real_submit(self, os._exit, 1)
        return real_submit(self, fn, *args)

    monkeypatch.setattr(pool_module.WorkerPool, "submit", submit)
    demo = Path(__file__).resolve().parents[1] / "examples" / "demo"
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        pipeline.ingest([demo], one, workers=1)
        summary = pipeline.ingest([demo], two, workers=2, batch_size=2)
        assert killed and summary.failed == 1  # broken.jsonl's bad line, as with one worker
        assert sorted(d.id for d in one.iter_documents()) == sorted(d.id for d in two.iter_documents())
