"""The command line: a thin layer over the library.

    ceksilang analyze PATH... --out DIR [--db FILE] [--map text=clean_text,published=date]
    ceksilang evaluate ner FILE [--json] [--model PATH] [--pipeline]
    ceksilang analyze URL... | --urls FILE --out DIR      (fetched politely, archived as WARC)
    ceksilang watch FEEDS_FILE [--every 15m] [--once] [--recheck] [--db FILE] [--out DIR] [--webhook URL]
    ceksilang serve [--db FILE] [--host 127.0.0.1] [--port 8000]
    ceksilang spark INPUT... --out DIR [--map ...] [--master local[*]]   (needs the [spark] extra)

Exit status: 0 when every input was read, 1 when some could not be (everything else is still
analysed and written), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import signal
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ceksilang import __version__
from ceksilang.ingest.read.tabular import parse_field_map
from ceksilang.model import UsageError
from ceksilang.settings import DEFAULT

def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ceksilang", description="Cross-check a news story across outlets.")
    p.add_argument("--version", action="version", version=f"ceksilang {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details to stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("analyze", help="read, clean, extract and reconcile articles; write the briefing")
    a.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (recursive), or http(s) URLs of pages to fetch")
    a.add_argument("--urls", action="append", metavar="FILE",
                   help="a file listing page URLs to fetch, one a line (# comments; repeatable)")
    a.add_argument("--out", required=True, metavar="DIR", help="where briefing.json/.md/.html are written")
    a.add_argument("--db", metavar="FILE", help="SQLite store (default: DIR/ceksilang.db)")
    a.add_argument("--map", action="append", metavar="FIELD=COLUMN,...",
                   help="column names of CSV/JSONL inputs, e.g. text=clean_text,published=date (repeatable)")
    a.add_argument("--format", default="json,md,html", help="outputs to write (default: json,md,html)")
    a.add_argument("--no-progress", action="store_true", help="no progress bar")
    a.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes for read/clean/extract (default: all cores)")

    t = sub.add_parser("watch", help="follow feeds: fetch new articles, archive them, catch silent edits")
    t.add_argument("feeds", metavar="FEEDS_FILE", help="RSS/Atom feed or news sitemap URLs, one a line")
    t.add_argument("--out", default="out", metavar="DIR", help="where the briefing is written (default: out)")
    t.add_argument("--db", metavar="FILE", help="SQLite store (default: DIR/ceksilang.db)")
    t.add_argument("--every", default="15m", metavar="INTERVAL", help="time between rounds: 90s, 15m, 1h (default: 15m)")
    t.add_argument("--once", action="store_true", help="one round, then exit (for cron)")
    t.add_argument("--recheck", action="store_true", help="fetch every known article again now, to catch silent edits")
    t.add_argument("--webhook", metavar="URL", help="POST each round's changes as JSON to this URL")
    t.add_argument("--webhook-secret", metavar="SECRET",
                   help="shared secret signing the webhook body (default: $CEKSILANG_WEBHOOK_SECRET)")
    t.add_argument("--format", default="json,md,html", help="outputs to write (default: json,md,html)")
    t.add_argument("--pace", type=float, default=None, metavar="SECONDS",
                   help="seconds between two requests to one site (default: 2)")

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
    return p


def _cmd_analyze(args: argparse.Namespace) -> int:
    # imported here: `ceksilang --help` and bad usage answer without loading the models
    from ceksilang.pipeline import Interrupted, analyze, default_workers

    field_map = parse_field_map(args.map)
    urls = [p for p in args.paths if _is_url(p)]
    paths = [p for p in args.paths if not _is_url(p)]
    for listing in args.urls or ():
        urls.extend(_read_url_list(listing))
    if not paths and not urls:
        raise UsageError("analyze what? give files, folders, URLs or --urls FILE")
    if urls:
        _need_watch_extra()
    args.paths = paths
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("json", "md", "html")]
    if bad:
        raise UsageError(f"--format: unknown format {', '.join(bad)}; choose from json, md, html")
    progress = not args.no_progress and sys.stderr.isatty()
    workers = args.workers if args.workers is not None else (default_workers(args.paths) if args.paths else 1)
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
                          formats=formats, workers=workers, urls=urls)
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


_ROUND_LINE = re.compile(r"^round \d+: \d+ feeds, ")  # the summary line of a round (the rest is progress)


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _need_watch_extra() -> None:
    try:
        import feedparser  # noqa: F401
        import httpx  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"fetching URLs needs the watch extra: pip install 'ceksilang[watch]' ({exc})") from exc


def _read_url_list(path: str) -> list[str]:
    _need_watch_extra()
    from ceksilang.watch.feeds import read_feeds_file

    return read_feeds_file(path)


def _cmd_watch(args: argparse.Namespace) -> int:
    _need_watch_extra()
    from ceksilang.store import Store
    from ceksilang.watch.feeds import read_feeds_file
    from ceksilang.watch.loop import Watch, install_stop, parse_interval, restore_signals
    from ceksilang.watch.notify import SECRET_VARIABLE

    every = parse_interval(args.every)
    feeds = read_feeds_file(args.feeds)
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("json", "md", "html")]
    if bad:
        raise UsageError(f"--format: unknown format {', '.join(bad)}; choose from json, md, html")
    if args.webhook and not _is_url(args.webhook):
        raise UsageError(f"--webhook: {args.webhook} is not an http(s) URL")
    secret = args.webhook_secret or os.environ.get(SECRET_VARIABLE)
    settings = DEFAULT
    if args.pace is not None:
        if args.pace < 0:
            raise UsageError("--pace must be 0 or more seconds")
        settings = replace(DEFAULT, fetch_host_interval=args.pace)
    out = Path(args.out)
    db = Path(args.db) if args.db else out / "ceksilang.db"
    tty = sys.stderr.isatty()

    def status(line: str) -> None:
        if tty:
            print(f"\r\033[K{line[:150]}", end="", file=sys.stderr, flush=True)
        elif _ROUND_LINE.match(line):
            print(line, file=sys.stderr, flush=True)

    stop, previous = install_stop()
    failed = False
    try:
        with Store(db) as store:
            watch = Watch(feeds, store, out, settings=settings, webhook=args.webhook, secret=secret,
                          formats=formats, status=status, stop=stop)
            def report(summary) -> None:
                nonlocal failed
                failed = failed or summary.failed > 0
                if tty and summary.errors:
                    print(file=sys.stderr)  # off the status line
                for err in summary.errors[:20]:
                    print(f"error: {err.source}: {err.reason}", file=sys.stderr)

            watch.run(every, once=args.once, recheck=args.recheck, on_round=report)
    except KeyboardInterrupt:
        print("\nstopped at once; the page being stored was rolled back, a re-run resumes", file=sys.stderr)
        return 130
    finally:
        restore_signals(previous)
    if tty:
        print(file=sys.stderr)
    if stop.signum is not None:
        print(f"stopped cleanly; {db} is complete, a re-run resumes", file=sys.stderr)
        return 128 + stop.signum
    return 1 if failed else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if args.what != "ner":
        raise UsageError("evaluate what? ceksilang evaluate ner FILE")
    from ceksilang.evaluate.ner import evaluate_ner, format_ner_report

    if not Path(args.file).is_file():
        raise UsageError(f"no such file: {args.file}")
    scores = evaluate_ner(args.file, model_path=args.model, stage="pipeline" if args.pipeline else "model")
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
        if args.command == "watch":
            return _cmd_watch(args)
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
