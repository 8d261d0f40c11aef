"""Where the CPU time of one ``ceksilang analyze`` run goes, stage by stage.

    .venv/bin/python bench/cpu_stages.py ARTICLES.jsonl [--out DIR] [--json FILE]

Runs ``ceksilang analyze ARTICLES --workers 1`` in this process under a statistical profiler:
the kernel sends SIGPROF every 5 ms of CPU time the process uses, and each signal records the
Python stack. A sample counts for the first stage (``STAGES``, in order) whose function is on
its stack, so the stages add up to the whole run. Unlike cProfile, this adds almost nothing to
the cost of a Python call, so the shares are those of a plain run; time spent in C (lingua,
crfsuite, spaCy's tokenizer) is counted for the Python function that called it.

``bench/tokenizer_ratio.py`` writes the articles it times (``write_articles``); pass the same
file to profile the same run. Prints a Markdown table (seconds, % of the run).
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import signal
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import FrameType

INTERVAL = 0.005  # CPU seconds between samples

# (stage, a function on the stack: "file suffix:function"); the first match counts
STAGES: tuple[tuple[str, str], ...] = (
    ("start-up: spaCy blank('id') pipeline build", "extract/pipeline.py:default_pipeline"),
    ("ingest: language detection (lingua)", "ingest/langid.py:detect_language"),
    ("ingest: clean + metadata", "ingest/clean.py:clean_document"),
    ("ingest: spaCy tokenizer (make_doc)", "extract/pipeline.py:_make_doc"),
    ("ingest: NER (CRF features + crfsuite)", "extract/ner.py:__call__"),
    ("ingest: quantities", "extract/pipeline.py:quantities_component"),
    ("ingest: dates", "extract/pipeline.py:dates_component"),
    ("ingest: quotes", "extract/pipeline.py:quotes_component"),
    ("ingest: entities (gazetteer, roles, aliases)", "extract/pipeline.py:entities_component"),
    ("ingest: sentences", "extract/pipeline.py:sentences_component"),
    ("first-pass features (fingerprint, linking alone, story keys)", "reconcile/briefing.py:_document_features"),
    ("ingest: store writes", "ceksilang/store.py:put_document"),
    ("briefing: reconciliation (claims, discrepancies, timeline)", "reconcile/story.py:reconcile"),
    ("briefing: entity linking per story", "reconcile/link.py:link_entities"),
    ("briefing: spun-copy detection", "reconcile/derive.py:mark_derived"),
    ("briefing: serialising story parts", "reconcile/tables.py:serialise_part"),
    ("briefing: writing briefing.json / .md / .html", "render/__init__.py:write_briefing_tables"),
    ("briefing: duplicates, story grouping, reading the store", "reconcile/briefing.py:_iter_complete_stories"),
    ("briefing: scratch tables, write-back", "reconcile/briefing.py:write_store_briefing"),
    ("ingest: reading, triage, component glue", "ceksilang/pipeline.py:ingest"),
    ("imports, argument parsing, the rest", ""),
)


def _frame_names(frame: FrameType | None) -> list[str]:
    names = []
    while frame is not None:
        names.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}")
        frame = frame.f_back
    return names


def profile_analyze(articles: Path, out: Path) -> Counter:
    """Samples per stage of ``ceksilang analyze articles --out out --workers 1``."""
    samples: Counter = Counter()

    def on_sample(signum: int, frame: FrameType | None) -> None:
        names = _frame_names(frame)
        for stage, marker in STAGES:
            if not marker or any(name.endswith(marker) for name in names):
                samples[stage] += 1
                return

    argv = sys.argv
    previous = signal.signal(signal.SIGPROF, on_sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    try:
        sys.argv = ["ceksilang", "analyze", str(articles), "--out", str(out), "--workers", "1", "--no-progress"]
        with open(os.devnull, "w") as quiet:
            stdout, sys.stdout = sys.stdout, quiet
            try:
                runpy.run_module("ceksilang.cli", run_name="__main__")
            except SystemExit:
                pass
            finally:
                sys.stdout = stdout
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
        sys.argv = argv
    return samples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", type=Path)
    ap.add_argument("--out", type=Path, help="where analyze writes (default: a temporary folder)")
    ap.add_argument("--json", type=Path, help="also write the seconds per stage here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        samples = profile_analyze(args.articles, args.out or Path(tmp) / "out")
    total = sum(samples.values())
    print(f"{total * INTERVAL:.1f} s CPU sampled\n\n| stage | CPU s | % |\n|---|---:|---:|")
    for stage, _ in STAGES:
        print(f"| {stage} | {samples[stage] * INTERVAL:.2f} | {100 * samples[stage] / max(total, 1):.1f} |")
    if args.json:
        args.json.write_text(json.dumps({"cpu_seconds": round(total * INTERVAL, 2), "stages": {
            stage: round(samples[stage] * INTERVAL, 2) for stage, _ in STAGES}}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
