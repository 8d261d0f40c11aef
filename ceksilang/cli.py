"""The command line: a thin layer over the library.

    ceksilang analyze PATH... --out DIR [--db FILE] [--map text=clean_text,published=date]
    ceksilang evaluate ner FILE [--json] [--model PATH] [--pipeline] [--lang id|en]
    ceksilang serve [--db FILE] [--host 127.0.0.1] [--port 8000]
    ceksilang spark INPUT... --out DIR [--map ...] [--master local[*]]   (needs the [spark] extra)

Exit status: 0 when every input was read, 1 when some could not be (everything else is still
analysed and written), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from ceksilang import __version__
from ceksilang.ingest.read.tabular import parse_field_map
from ceksilang.model import UsageError

def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ceksilang", description="Cross-check a news story across outlets.")
    p.add_argument("--version", action="version", version=f"ceksilang {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details to stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("analyze", help="read, clean, extract and reconcile articles; write the briefing")
    a.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive)")
    a.add_argument("--out", required=True, metavar="DIR", help="where briefing.json/.md/.html are written")
    a.add_argument("--db", metavar="FILE", help="SQLite store (default: DIR/ceksilang.db)")
    a.add_argument("--map", action="append", metavar="FIELD=COLUMN,...",
                   help="column names of CSV/JSONL inputs, e.g. text=clean_text,published=date (repeatable)")
    a.add_argument("--format", default="json,md,html", help="outputs to write (default: json,md,html)")
    a.add_argument("--no-progress", action="store_true", help="no progress bar")
    a.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes for read/clean/extract (default: all cores)")

    w = sub.add_parser("serve", help="browse and query a store in a web app (pages and REST API)")
    w.add_argument("--db", default="out/ceksilang.db", metavar="FILE", help="SQLite store (default: out/ceksilang.db)")
    w.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    w.add_argument("--port", type=int, default=8000, help="port (default: 8000)")

    k = sub.add_parser("spark", add_help=False, help="run the pipeline on Apache Spark; write Parquet tables (ceksilang spark --help)")
    k.add_argument("spark_args", nargs=argparse.REMAINDER)

    e = sub.add_parser("evaluate", help="measure an extractor against a gold file")
    esub = e.add_subparsers(dest="what", metavar="WHAT")
    n = esub.add_parser("ner", help="exact-span precision/recall/F1 of the NER model on a CoNLL file")
    n.add_argument("file", metavar="FILE")
    n.add_argument("--json", action="store_true", help="print the scores as JSON on the last line")
    n.add_argument("--model", metavar="PATH", help="a CRF model file (default: the packaged model)")
    n.add_argument("--pipeline", action="store_true",
                   help="score the entities the extraction outputs (model + gazetteer + rules), not the model alone")
    n.add_argument("--lang", default="id", choices=("id", "en"),
                   help="the text's language: picks the model (default: id; en also scores GPE)")
    return p


def _cmd_analyze(args: argparse.Namespace) -> int:
    # imported here: `ceksilang --help` and bad usage answer without loading the models
    from ceksilang.pipeline import Interrupted, analyze, default_workers

    field_map = parse_field_map(args.map)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("json", "md", "html")]
    if bad:
        raise UsageError(f"--format: unknown format {', '.join(bad)}; choose from json, md, html")
    progress = not args.no_progress and sys.stderr.isatty()
    workers = args.workers if args.workers is not None else default_workers(args.paths)
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    # SIGTERM (kill, systemd, a container stopping) ends the run as Ctrl-C does: what is stored
    # stays stored, the message says how much, and a re-run resumes
    received: list[int] = []

    def on_terminate(signum: int, frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_terminate)
    try:
        summary = analyze(args.paths, args.out, db_path=args.db, field_map=field_map, progress=progress,
                          formats=formats, workers=workers)
    except Interrupted as exc:
        print(exc, file=sys.stderr)
        return 128 + (received[0] if received else signal.SIGINT)  # what a shell reports: 130 for Ctrl-C
    finally:
        signal.signal(signal.SIGTERM, previous)
    for err in summary.errors[:20]:
        print(f"error: {err.source}: {err.reason}", file=sys.stderr)
    if len(summary.errors) > 20:
        print(f"error: ... and {len(summary.errors) - 20} more (see briefing.json 'errors')", file=sys.stderr)
    print(summary.line())
    for path in summary.outputs:
        print(f"wrote {path}")
    return 1 if summary.failed else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if args.what != "ner":
        raise UsageError("evaluate what? ceksilang evaluate ner FILE")
    from ceksilang.evaluate.ner import evaluate_ner, format_ner_report

    if not Path(args.file).is_file():
        raise UsageError(f"no such file: {args.file}")
    scores = evaluate_ner(args.file, model_path=args.model, stage="pipeline" if args.pipeline else "model",
                          language=args.lang)
    print(format_ner_report(scores))
    if args.json:
        print(json.dumps(scores, ensure_ascii=False))
    return 0


def _cmd_spark(args: argparse.Namespace) -> int:
    try:
        from ceksilang.scale.spark import main as spark_main
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"ceksilang spark needs PySpark: pip install 'ceksilang[spark]' ({exc})") from exc
    try:
        return spark_main(args.spark_args)
    except SystemExit as exc:  # argparse inside the job: its usage errors and --help
        return exc.code if isinstance(exc.code, int) else 2


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        from ceksilang.web import serve
    except ImportError as exc:
        raise UsageError(f"serve needs the web extra (pip install 'ceksilang[web]'): {exc}") from exc
    if not 0 < args.port < 65536:
        raise UsageError(f"--port: {args.port} is not a port number")
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {args.host}: anyone who can reach it can read the store and add articles",
              file=sys.stderr)
    serve(args.db, host=args.host, port=args.port)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["spark"]:  # the job parses its own options (argparse's REMAINDER drops a leading --help)
        args = argparse.Namespace(command="spark", spark_args=argv[1:], verbose=False)
    else:
        args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "analyze":
            return _cmd_analyze(args)
        if args.command == "spark":
            return _cmd_spark(args)
        if args.command == "serve":
            return _cmd_serve(args)
        if args.command == "evaluate":
            return _cmd_evaluate(args)
        parser.print_help()
        return 2
    except UsageError as exc:
        print(f"ceksilang: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
