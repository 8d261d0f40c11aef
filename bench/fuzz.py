"""Long fuzz runs of the readers and the cleaner, and time/memory of the hostile inputs.

    .venv/bin/python bench/fuzz.py [--runs 20000] [--max-seconds 300] [--targets csv,html,...]
    .venv/bin/python bench/fuzz.py --hostile

Fuzzing uses atheris (coverage-guided libFuzzer, ceksilang's modules instrumented) when it is
installed, else hypothesis with ``--runs`` examples per target. Each target runs in its own
process; a crash is an exception escaping a reader or the cleaner, a reader that reports a
Python bug as an input error ("could not be read (TypeError ...)"), or a broken invariant
(see tests/test_fuzz.py, which holds the same checks with few examples). ``--hostile``
builds each hostile input of tests/test_hostile_input.py in a temp folder and reads it in a
fresh process, recording wall time and peak RSS. Results go to bench/results/fuzz.json
(the section that was run is replaced, the other kept).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results" / "fuzz.json"
sys.path.insert(0, str(REPO))

TARGETS = {  # name -> file suffix the fuzzed bytes are written under ("" = the cleaner)
    "txt": ".txt",
    "html": ".html",
    "jsonl": ".jsonl",
    "csv": ".csv",
    "warc": ".warc",
    "warc.gz": ".warc.gz",
    "sniffed": "",  # no extension: the format comes from the first bytes
    "clean": None,
}
# Exception names that mean a bug in our code, not bad input, when they show up in a reason.
BUG_NAMES = re.compile(r"\b(TypeError|AttributeError|IndexError|KeyError|NameError|UnboundLocalError|"
                       r"AssertionError|RecursionError|ZeroDivisionError)\b")


class FuzzFinding(Exception):
    pass


# --------------------------------------------------------------------------- one execution


def run_one(target: str, data: bytes, folder: Path) -> None:
    """Feed ``data`` to ``target``; raise on a crash or a broken invariant."""
    from ceksilang.ingest.read import read_file
    from tests.test_fuzz import FUZZ_SETTINGS, account_for_lines, check_items

    if target == "clean":
        from ceksilang.ingest.clean import clean_document
        from ceksilang.model import RawDocument, Source
        from ceksilang.ingest.read.decode import decode_bytes

        text = decode_bytes(data)
        doc = clean_document(RawDocument(id="f", source=Source("/f.txt"), text=text, format="text"))
        account_for_lines(text, doc.text.split("\n") if doc.text else [], [r.text for r in doc.removed])
        return
    path = folder / f"fuzz{TARGETS[target]}"
    path.write_bytes(data)
    items = list(read_file(path, settings=FUZZ_SETTINGS))
    check_items(path, items)
    for item in items:
        reason = getattr(item, "reason", "")
        if reason.startswith("could not be read (") or BUG_NAMES.search(reason):
            raise FuzzFinding(f"a reader bug reported as an input error: {reason}")


def seeds(target: str) -> list[bytes]:
    """Small valid inputs (invented text) to start from."""
    from tests.test_fuzz import _warc

    para = "Harga beras di pasar induk naik lagi pada Senin pagi, kata pedagang di sana."
    page = f"<html><head><title>Harga</title><meta property='article:published_time' content='2025-03-03'></head><body><article><p>{para}</p><p>{para}</p></article></body></html>"
    by_target = {
        "txt": [f"Judul\n{para}\nBaca juga: Lain\n".encode(), para.encode("cp1252")],
        "html": [page.encode()],
        "jsonl": [json.dumps({"id": "a", "text": para, "title": "Harga"}).encode() + b"\n" + json.dumps({"text": para}).encode()],
        "csv": [f'id,text,date\na,"{para}",2025-03-03\nb,"{para}\n{para}",2025-03-04\n'.encode()],
        "warc": [_warc([page.encode(), b"<p>x</p>"], False)],
        "warc.gz": [_warc([page.encode()], True)],
        "sniffed": [page.encode(), b"WARC/1.0\r\n", json.dumps({"text": para}).encode()],
        "clean": [f"Judul\nJAKARTA - {para}\nBaca juga: Lain\n{para} (abc/def)\nEditor: Rina".encode()],
    }
    return by_target[target]


# --------------------------------------------------------------------------- engines


def child_atheris(target: str, runs: int, seconds: int) -> None:
    import atheris

    with atheris.instrument_imports(include=["ceksilang"]):
        import ceksilang.ingest.clean  # noqa: F401
        import ceksilang.ingest.read  # noqa: F401
    folder = Path(tempfile.mkdtemp(prefix="ceksilang-fuzz-"))
    corpus = folder / "corpus"
    corpus.mkdir()
    for i, seed in enumerate(seeds(target)):
        (corpus / f"seed{i}").write_bytes(seed)
    work = folder / "work"
    work.mkdir()

    def one(data: bytes) -> None:
        run_one(target, data, work)

    atheris.Setup([sys.argv[0], f"-runs={runs}", f"-max_total_time={seconds}", "-max_len=8192",
                   "-rss_limit_mb=2048", "-print_final_stats=1", f"-artifact_prefix={folder}/", str(corpus)], one)
    atheris.Fuzz()


def child_hypothesis(target: str, runs: int, seconds: int) -> None:
    from hypothesis import HealthCheck, Phase, given, settings, strategies as st

    folder = Path(tempfile.mkdtemp(prefix="ceksilang-fuzz-"))
    stats = {"executions": 0, "crashes": 0, "first_crash": None}
    deadline = time.monotonic() + seconds
    starts = seeds(target)

    @settings(max_examples=runs, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(st.one_of(st.binary(max_size=8192), st.sampled_from(starts), st.sampled_from(starts).flatmap(_damage)))
    def one(data: bytes) -> None:
        if time.monotonic() > deadline:
            return
        stats["executions"] += 1
        try:
            run_one(target, data, folder)
        except Exception as exc:  # counted, not raised: the run goes on to find more
            stats["crashes"] += 1
            stats["first_crash"] = stats["first_crash"] or f"{type(exc).__name__}: {exc}"[:500]

    one()
    print("HYPOTHESIS " + json.dumps(stats))


def _damage(blob: bytes):
    from tests.test_fuzz import damaged

    return damaged(blob)


def fuzz_target(target: str, runs: int, seconds: int, engine: str) -> dict:
    cmd = [sys.executable, __file__, "--child", target, "--runs", str(runs), "--max-seconds", str(seconds), "--engine", engine]
    started = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    elapsed = time.monotonic() - started
    out = proc.stdout + proc.stderr
    result = {"target": target, "engine": engine, "seconds": round(elapsed, 1)}
    if engine == "atheris":
        done = re.findall(r"stat::number_of_executed_units:\s*(\d+)", out) or re.findall(r"Done (\d+) runs", out)
        crashed = "Uncaught Python exception" in out or proc.returncode not in (0,)
        result["executions"] = int(done[-1]) if done else None
        result["crashes"] = 1 if crashed else 0  # libFuzzer stops at the first crash
        if crashed:
            match = re.search(r"=== Uncaught Python exception: ===\n(.*?)\n", out)
            result["first_crash"] = (match.group(1) if match else out[-1500:]).strip()
    else:
        line = next((ln for ln in out.splitlines() if ln.startswith("HYPOTHESIS ")), None)
        result.update(json.loads(line[len("HYPOTHESIS "):]) if line else {"executions": None, "crashes": None, "error": out[-1500:]})
    peak = re.findall(r"stat::peak_rss_mb:\s*(\d+)", out)
    if peak:
        result["peak_rss_mb"] = int(peak[-1])
    return result


# --------------------------------------------------------------------------- hostile inputs


def build_hostile(folder: Path) -> dict[str, Path]:
    """Each hostile input as a file (big ones sparse or streamed out, never held in memory)."""
    from tests.test_hostile_input import PAGE, PARAGRAPH, _sparse, deeply_nested_html, write_warc

    cases: dict[str, Path] = {}
    cases["baseline: one small text file"] = folder / "biasa.txt"
    cases["baseline: one small text file"].write_text(PARAGRAPH + "\n", encoding="utf-8")
    cases["HTML nested 100,000 levels"] = folder / "dalam.html"
    cases["HTML nested 100,000 levels"].write_text(deeply_nested_html(100_000), encoding="utf-8")
    cases["HTML page of 50 MB (sparse)"] = _sparse(folder / "besar.html", b"<html><body><p>", 50 * 1024 * 1024)
    cases["HTML page of 12 MB (over the page limit)"] = _sparse(folder / "sedang.html", b"<html><body><p>", 12 * 1024 * 1024)
    cases["single-line text file of 1 GB (sparse)"] = _sparse(folder / "baris.txt", b"Harga ", 1024**3)
    csv_path = folder / "sel.csv"
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write(f"id,text\na,{PARAGRAPH}\nb,")
        chunk = "pupuk " * 100_000
        for _ in range(100 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
        f.write(f"\nc,{PARAGRAPH}\n")
    cases["CSV with a 100 MB cell"] = csv_path
    # both bombs are built by streaming zlib output, so building them stays small too
    body = _stream_gzip(PAGE.encode()[:-30], 200 * 1024 * 1024, PAGE.encode()[-30:])
    cases["WARC record, HTTP body gzip bomb (200 MB inflated)"] = write_warc(
        folder / "bom_http.warc.gz", [("http://contoh.test/bom", body, [("Content-Encoding", "gzip")]),
                                      ("http://contoh.test/biasa", PAGE.encode(), [])])
    cases["WARC.gz record bomb (1.2 GB inflated)"] = _warc_record_bomb(folder / "bom_rekaman.warc.gz", 1200 * 1024 * 1024, PAGE.encode())
    nul = folder / "nul.txt"
    nul.write_bytes(((PARAGRAPH + "\n") * 20).encode().replace(b"balai", b"bal\x00ai", 3))
    cases["text with 3 stray NULs"] = nul
    cases["text that is 9% NULs"] = folder / "biner.txt"
    cases["text that is 9% NULs"].write_bytes((PARAGRAPH.encode() + b"\x00" * 8) * 50)
    return cases


def _stream_gzip(head: bytes, filler: int, tail: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as gz:
        gz.write(head)
        block = b" " * (1 << 20)
        for _ in range(filler // len(block)):
            gz.write(block)
        gz.write(tail)
    return out.getvalue()


def _warc_record_bomb(path: Path, filler: int, page: bytes) -> Path:
    """A .warc.gz whose first record is one gzip member inflating to ``filler`` bytes."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    content = len(http) + len(page) + filler
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://contoh.test/bom\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nWARC-Date: 2025-03-03T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {content}\r\n\r\n").encode()
    with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9) as gz:
        gz.write(head + http + page)
        block = b" " * (1 << 20)
        for _ in range(filler // len(block)):
            gz.write(block)
        gz.write(b"\r\n\r\n")
    return path


def child_hostile(path: str) -> None:
    from ceksilang.ingest.read import read_file

    before = _rss_mb("VmRSS")
    _reset_peak_rss()
    started = time.monotonic()
    items = list(read_file(Path(path)))
    elapsed = time.monotonic() - started
    print("HOSTILE " + json.dumps({
        "seconds": round(elapsed, 2),
        "rss_before_mb": before,
        "peak_rss_mb": _rss_mb("VmHWM") or round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "outcome": [f"document ({len(i.text)} chars)" if hasattr(i, "text") else f"error: {i.reason}" for i in items],
    }, ensure_ascii=False))


def _rss_mb(field: str) -> float | None:
    """A memory figure of this process from /proc (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _reset_peak_rss() -> None:
    # Linux: writing 5 to clear_refs resets VmHWM, so the peak is that of reading, not of importing
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def hostile() -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory(prefix="ceksilang-hostile-") as folder:
        for name, path in build_hostile(Path(folder)).items():
            proc = subprocess.run([sys.executable, __file__, "--hostile-child", str(path)], capture_output=True, text=True, cwd=REPO)
            line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("HOSTILE ")), None)
            row = {"case": name, "file_bytes": path.stat().st_size, "disk_bytes": path.stat().st_blocks * 512}
            row.update(json.loads(line[len("HOSTILE "):]) if line else {"crash": proc.stderr[-1500:]})
            results.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return results


# --------------------------------------------------------------------------- main


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=20000, help="executions per target (default 20000)")
    p.add_argument("--max-seconds", type=int, default=300, help="time limit per target")
    p.add_argument("--targets", default=",".join(TARGETS))
    p.add_argument("--engine", choices=["atheris", "hypothesis"], default=None)
    p.add_argument("--hostile", action="store_true", help="measure the hostile inputs instead of fuzzing")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--hostile-child", help=argparse.SUPPRESS)
    args = p.parse_args()
    engine = args.engine or _default_engine()
    if args.child:
        (child_atheris if engine == "atheris" else child_hypothesis)(args.child, args.runs, args.max_seconds)
        return
    if args.hostile_child:
        child_hostile(args.hostile_child)
        return

    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["machine"] = {"python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
                          "load_average_at_start": [round(x, 1) for x in os.getloadavg()]}
    if args.hostile:
        results["hostile"] = hostile()
    else:
        runs = []
        for target in args.targets.split(","):
            row = fuzz_target(target, args.runs, args.max_seconds, engine)
            print(json.dumps(row, ensure_ascii=False), flush=True)
            runs.append(row)
        results["fuzz"] = {"runs_per_target": args.runs, "max_seconds_per_target": args.max_seconds, "targets": runs,
                           "executions": sum(r.get("executions") or 0 for r in runs),
                           "crashes": sum(r.get("crashes") or 0 for r in runs)}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")


def _default_engine() -> str:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return "hypothesis"
    return "atheris"


if __name__ == "__main__":
    main()
