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
