"""The Spark job (local mode) against the local run, and its read plan and block helpers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceksilang.model import InputError, RawDocument
from ceksilang.ingest.read import iter_inputs
from ceksilang.scale.spark import (
    SparkSettings, connected_components, from_row, line_boundaries, merge_entities, plan_reads, read_task,
    repeated_id_renames, table_columns, to_row, with_line_numbers,
)

# Invented articles (our own words): two reports of one flood, a copy of one of them, an
# unrelated market report, and one without a date.
INVENTED = [
    {"id": "banjir-1", "title": "Banjir Rendam Ratusan Rumah di Kabupaten Sukamaju",
     "published": "2024-11-05",
     "text": "Banjir merendam 320 rumah di Kabupaten Sukamaju, Jawa Barat, pada Senin (4/11/2024). "
             "Kepala Badan Penanggulangan Bencana Daerah Sukamaju, Rahmat Hidayat, mengatakan air "
             "setinggi satu meter masuk ke permukiman warga sejak dini hari.\n"
             "\"Kami sudah mengevakuasi 150 warga ke balai desa,\" kata Rahmat kepada wartawan.\n"
             "Hujan deras turun selama enam jam dan membuat Sungai Cibeureum meluap."},
    {"id": "banjir-2", "title": "BPBD: 400 Rumah Terendam Banjir Sukamaju",
     "published": "2024-11-06",
     "text": "Jumlah rumah yang terendam banjir di Kabupaten Sukamaju bertambah menjadi 400 unit, "
             "menurut Badan Penanggulangan Bencana Daerah Sukamaju pada Selasa (5/11/2024).\n"
             "Rahmat Hidayat menyebut Sungai Cibeureum meluap setelah hujan deras mengguyur kawasan "
             "itu. \"Warga yang mengungsi kini mencapai 210 orang,\" ujarnya.\n"
             "Banjir juga memutus jalan penghubung dua kecamatan di Sukamaju."},
    {"id": "banjir-1-salinan", "title": "Banjir Rendam Ratusan Rumah di Kabupaten Sukamaju",
     "published": "2024-11-05",
     "text": "Banjir merendam 320 rumah di Kabupaten Sukamaju, Jawa Barat, pada Senin (4/11/2024). "
             "Kepala Badan Penanggulangan Bencana Daerah Sukamaju, Rahmat Hidayat, mengatakan air "
             "setinggi satu meter masuk ke permukiman warga sejak dini hari.\n"
             "\"Kami sudah mengevakuasi 150 warga ke balai desa,\" kata Rahmat kepada wartawan.\n"
             "Hujan deras turun selama enam jam dan membuat Sungai Cibeureum meluap hingga pagi."},
    {"id": "pasar-1", "title": "Harga Cabai Rawit Naik di Pasar Induk Sentosa",
     "published": "2024-11-02",
     "text": "Harga cabai rawit di Pasar Induk Sentosa naik menjadi Rp85.000 per kilogram pada Sabtu "
             "(2/11/2024). Pedagang bernama Siti Aminah mengatakan pasokan dari petani berkurang "
             "karena musim hujan.\n\"Pembeli sekarang hanya membeli seperempat kilo,\" ujar Siti."},
    {"id": "tanpa-tanggal",
     "text": "Pemerintah Kota Lembah Hijau meresmikan taman baca baru di alun-alun kota. Wali Kota "
             "Dewi Lestari berharap anak-anak lebih sering membaca buku."},
]
BROKEN_LINE = '{"id": "rusak", "text": "tidak ditutup"\n'


def _write_input(path: Path, seeds: Path | None) -> Path:
    lines = []
    if seeds is not None:
        for seed in sorted(seeds.glob("*.txt")):
            lines.append(json.dumps({"id": seed.stem, "text": seed.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    lines.extend(json.dumps(doc, ensure_ascii=False) + "\n" for doc in INVENTED)
    lines.insert(len(lines) // 2, BROKEN_LINE)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _normalised(value):
    """JSON-comparable form: integral floats as ints, tuples as lists."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _normalised(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normalised(v) for v in value]
    return value


def _record_set(records) -> set[str]:
    return {json.dumps(_normalised(r), sort_keys=True, ensure_ascii=False) for r in records}


def _entity_form(entity: dict) -> dict:
    # merged across blocks the list order can differ; what an entity is does not
    return {**entity, **{k: sorted(entity.get(k) or [], key=lambda x: json.dumps(x, sort_keys=True))
                         for k in ("aliases", "roles", "metonyms", "mentions")}}


# --------------------------------------------------------------------------- read plan (no Spark)


def test_spark_line_boundaries_cut_after_newlines(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b"".join(b'{"text": "baris %d %s"}\n' % (i, b"x" * (i % 7)) for i in range(40)))
    ranges = line_boundaries(path, 100)
    data = path.read_bytes()
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    assert all(data[start - 1:start] == b"\n" for start, _ in ranges[1:])
    assert len(ranges) > 5


@pytest.mark.parametrize("split_bytes", [64, 300, 10_000])
def test_spark_read_ranges_equal_whole_file_reader(tmp_path, split_bytes):
    path = tmp_path / "artikel.jsonl"
    rows = [json.dumps({"text": f"Berita nomor {i} tentang pasar."}) for i in range(30)]
    rows[7] = "{broken"
    rows[12] = ""  # a blank line still counts in the numbering
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    settings = SparkSettings(split_bytes=split_bytes)
    tasks, errors = plan_reads([path], settings)
    assert errors == []
    assert (len(tasks) > 1) == (split_bytes < path.stat().st_size)
    from ceksilang.scale.spark import count_newlines

    tasks = with_line_numbers(tasks, [count_newlines(t.path, t.start, t.end) if t.end else 0 for t in tasks])
    got = [item.to_dict() for task in tasks for item in read_task(task, {})]
    want = [item.to_dict() for item in iter_inputs([path])]
    assert got == want


def test_spark_plan_renames_clashing_stems_like_iter_inputs(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "berita.txt").write_text(f"Isi berita dari folder {folder}.", encoding="utf-8")
    tasks, _ = plan_reads([tmp_path])
    got = [item.id for task in tasks for item in read_task(task, {})]
    want = [item.id for item in iter_inputs([tmp_path]) if isinstance(item, RawDocument)]
    assert got == want and len(set(got)) == 2


def test_spark_repeated_ids_renamed_after_the_first():
    rows = [((1, 0, 0), "x", "b.csv#1"), ((0, 0, 3), "x", "a.csv#4"), ((0, 0, 1), "y", "a.csv#2")]
    renamed = repeated_id_renames(rows)
    assert list(renamed) == [(1, 0, 0)] and renamed[(1, 0, 0)].startswith("x~")


@pytest.mark.parametrize("pairs, expected", [
    ([], {}),
    ([(1, 2), (3, 4)], {1: 1, 2: 1, 3: 3, 4: 3}),
    ([(5, 2), (2, 9), (7, 9)], {2: 2, 5: 2, 7: 2, 9: 2}),
])
def test_spark_connected_components(pairs, expected):
    assert connected_components(pairs) == expected


def test_spark_merge_entities_unites_lists():
    a = {"id": "person:x", "name": "X", "type": "PERSON", "aliases": ["X"], "roles": [], "metonyms": [],
         "mentions": [{"doc": "d2", "start": 0, "end": 1, "text": "X"}]}
    b = {**a, "name": "X Y", "aliases": ["X Y", "X"], "mentions": [{"doc": "d1", "start": 4, "end": 5, "text": "X"}]}
    merged = merge_entities(a, b)
    assert merged["name"] == "X Y" and merged["aliases"] == ["X", "X Y"]
    assert [m["doc"] for m in merged["mentions"]] == ["d1", "d2"]


@pytest.mark.parametrize("table", ["documents", "quotes", "quantities", "dates", "errors"])
def test_spark_rows_round_trip_records(table):
    samples = {
        "documents": {"id": "d", "source": {"path": "p", "row": 2, "record": None}, "text": "t", "format": "jsonl",
                      "title": None, "url": None, "outlet": None, "author": None, "published": "2024-11-01",
                      "published_precision": "day", "dateline": None, "language": "id",
                      "removed": [{"text": "r", "reason": "promo"}], "duplicate_of": None,
                      "duplicate_similarity": None, "derived_from": None, "derived_similarity": None},
        "quotes": {"doc": "d", "start": 1, "end": 4, "text": "abc", "kind": "direct", "speaker": None,
                   "speaker_name": "A", "cue": "kata", "confidence": 0.9, "speaker_start": None, "speaker_end": None},
        "quantities": {"doc": "d", "start": 0, "end": 5, "text": "8.000", "value": 8000, "low": None, "high": None,
                       "qualifier": "exact", "unit": "tentara", "place": None, "time": None, "claimant": None},
        "dates": {"doc": "d", "start": 0, "end": 3, "text": "x", "value": {"from": "2024-11", "to": "2024-12"},
                  "precision": "month", "anchor": None, "kind": "range"},
        "errors": {"source": "f#1", "reason": "broken JSON"},
    }
    record = samples[table]
    names = [name for name, _ in table_columns(table)]
    row = dict(zip(names, to_row(table, record)))
    assert _normalised(from_row(table, row)) == _normalised({k: record.get(k) for k in names})


# --------------------------------------------------------------------------- the job against the local run


JAVA_MISSING = "needs Java (PySpark starts a JVM): none at $JAVA_HOME/bin/java or on PATH"


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    from ceksilang.scale.spark import java_executable, spark_session

    if java_executable() is None:
        pytest.skip(JAVA_MISSING)

    session = spark_session("local[2]", "ceksilang-test", {
        "spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4", "spark.default.parallelism": "2",
        "spark.driver.memory": "1g",
    })
    yield session
    session.stop()


@pytest.fixture(scope="module")
def both_runs(spark, tmp_path_factory):
    """(local briefing.json, Spark tables as record lists, job summary) over one input file."""
    from ceksilang.pipeline import analyze
    from ceksilang.scale.spark import TABLES, run_job

    import pyarrow.parquet as pq

    from .conftest import SEEDS

    tmp = tmp_path_factory.mktemp("spark")
    source = _write_input(tmp / "input.jsonl", SEEDS if SEEDS.is_dir() else None)
    analyze([source], tmp / "local", formats=("json",))
    local = json.loads((tmp / "local" / "briefing.json").read_text(encoding="utf-8"))
    # small ranges: the file is read by several tasks, as a large one would be
    summary = run_job(spark, [source], tmp / "spark", settings=SparkSettings(split_bytes=4096, partitions=2))
    tables = {t: [from_row(t, row) for row in pq.read_table(tmp / "spark" / t).to_pylist()] for t in TABLES}
    return local, tables, summary, SEEDS.is_dir()


@pytest.mark.slow
@pytest.mark.parametrize("table", ["documents", "mentions", "quotes", "quantities", "dates", "errors",
                                   "claims", "discrepancies", "timeline"])
def test_spark_tables_equal_local_run(both_runs, table):
    local, tables, _, have_seeds = both_runs
    if not local[table] and not have_seeds:
        pytest.skip(f"the invented documents alone make no {table}; the seeds (../shared/corpus/seeds) do")
    assert local[table], f"the local run has no {table}: nothing compared"
    assert _record_set(tables[table]) == _record_set(local[table])


@pytest.mark.slow
def test_spark_entities_equal_local_run(both_runs):
    local, tables, _, _ = both_runs
    assert _record_set(map(_entity_form, tables["entities"])) == _record_set(map(_entity_form, local["entities"]))


@pytest.mark.slow
def test_spark_blocks_keep_the_seed_story_together(both_runs):
    local, tables, summary, have_seeds = both_runs
    if not have_seeds:
        pytest.skip("needs the five seed articles (../shared/corpus/seeds)")
    assert summary.documents == len(local["documents"])
    assert 1 < summary.blocks < summary.documents  # blocking did split the input, and did join
    dup = {d["id"]: d["duplicate_of"] for d in tables["documents"]}
    assert dup["banjir-1-salinan"] == "banjir-1"


@pytest.mark.slow
def test_spark_stories_equal_local_run(both_runs):
    # labels and terms rank words by IDF: equal only because blocks get the run's frequencies
    local, tables, _, _ = both_runs
    assert local["stories"]
    assert _record_set(tables["stories"]) == _record_set(local["stories"])


def test_spark_errors_record_shape():
    assert [name for name, _ in table_columns("errors")] == list(InputError("a", "b").to_dict())


# --------------------------------------------------------------------------- without Java


def test_spark_java_executable_follows_java_home_then_path(monkeypatch, tmp_path):
    from ceksilang.scale.spark import java_executable

    fake_home = tmp_path / "jdk"
    (fake_home / "bin").mkdir(parents=True)
    java = fake_home / "bin" / "java"
    java.write_text("#!/bin/sh\n", encoding="utf-8")
    java.chmod(0o755)
    monkeypatch.setenv("JAVA_HOME", str(fake_home))
    assert java_executable() == str(java)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk"))  # set but wrong: the launcher fails too
    assert java_executable() is None
    monkeypatch.delenv("JAVA_HOME")
    monkeypatch.setenv("PATH", str(fake_home / "bin"))
    assert java_executable() == str(java)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert java_executable() is None


def _without_java(tmp_path: Path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("JAVA_HOME", "PYSPARK_GATEWAY_PORT")}
    env["PATH"] = str(tmp_path)  # nothing in it: no java
    return env


@pytest.mark.slow
def test_spark_tests_skip_with_the_reason_without_java(tmp_path):
    import subprocess
    import sys

    pytest.importorskip("pyspark")
    repo = Path(__file__).resolve().parents[1]
    here = Path(__file__)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         f"{here}::test_spark_entities_equal_local_run", f"{here}::test_spark_stories_equal_local_run"],
        cwd=repo, env=_without_java(tmp_path), capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "2 skipped" in run.stdout and "error" not in run.stdout.lower(), run.stdout[-3000:]
    assert JAVA_MISSING in run.stdout


def test_spark_command_without_java_is_a_usage_error(tmp_path):
    import subprocess
    import sys

    pytest.importorskip("pyspark")
    source = tmp_path / "input.jsonl"
    source.write_text(json.dumps(INVENTED[0]) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "ceksilang.cli", "spark", str(source), "--out", str(tmp_path / "out")],
                         env=_without_java(tmp_path), capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "needs Java" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists()
