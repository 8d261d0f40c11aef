"""The command line: a thin layer over the library.

    ceksilang analyze PATH... --out DIR [--db FILE] [--map text=clean_text,published=date] [--lang id|en]
    ceksilang evaluate ner FILE [--json] [--model PATH] [--pipeline] [--lang id|en]
    ceksilang analyze URL... | --urls FILE --out DIR      (fetched politely, archived as WARC)
    ceksilang watch FEEDS_FILE [--every 15m] [--once] [--recheck] [--db FILE] [--out DIR] [--webhook URL]
    ceksilang evaluate factchecks [--gold FILE] [--archive FILE] [--split test] [--json]
    ceksilang evaluate coverage DIR|FILE [--json] [--split tune|test|all] [--alone | --intake [CSV] [--intake-days N]] [--corpus DIR]
    ceksilang factchecks import FILE... [--db FILE]
    ceksilang factchecks match "TEXT" [--json] [--db FILE] [--limit N]
    ceksilang export claimreview --db FILE [--out FILE]
    ceksilang serve [--db FILE] [--host 127.0.0.1] [--port 8000] [--accounts] [--lang id|en]
    ceksilang prerender [--db FILE] [--lang id|en] [--accounts] [--only stories,entities,documents,api]
    ceksilang users add NAME --role viewer|editor|admin [--db FILE]   (password prompted, or one line on stdin)
    ceksilang users list|log [--db FILE]      ceksilang users remove NAME [--db FILE]
    ceksilang spark INPUT... --out DIR [--map ...] [--master local[*]]   (needs the [spark] extra)

Exit status: 0 when every input was read, 1 when some could not be or a story could not be
reconciled (everything else is still analysed and written), 2 on bad usage or bad input (a
missing store or model, a file that is not CoNLL), with a one-line message.
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
from typing import Any

from ceksilang import __version__
from ceksilang.ingest.read.tabular import parse_field_map
from ceksilang.model import UsageError
from ceksilang.settings import DEFAULT

# where `analyze PATH --out out` keeps its store, and where the demo (scripts/dev.sh demo) keeps its own
DEFAULT_STORE = Path("out") / "ceksilang.db"
DEMO_STORE = Path("out") / "demo" / "ceksilang.db"


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
    a.add_argument("--lang", default="id", choices=("id", "en"),
                   help="language of the pages' numbers and dates: id (12.000; 1 November 2024, the default) or en")

    t = sub.add_parser("watch", help="follow feeds: fetch new articles, archive them, catch silent edits")
    t.add_argument("feeds", metavar="FEEDS_FILE", help="RSS/Atom feed or news sitemap URLs, one a line")
    t.add_argument("--out", metavar="DIR", help="write briefing.json/.md/.html here after each round that stored"
                   " something (default: none; the served briefing beside the store is updated either way)")
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
    w.add_argument("--db", metavar="FILE",
                   help=f"an existing SQLite store, made by analyze (default: {DEFAULT_STORE}; never created)")
    w.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    w.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    w.add_argument("--lang", default="id", choices=("id", "en"),
                   help="language of numbers and dates on the pages: id (the default) or en")
    w.add_argument("--accounts", action="store_true",
                   help="require a login even on 127.0.0.1 (e.g. behind a reverse proxy); always on for other addresses")

    r = sub.add_parser("prerender", help="render the web app's pages ahead of the requests (only those whose inputs changed)")
    r.add_argument("--db", metavar="FILE", help=f"an existing store with its served briefing (default: {DEFAULT_STORE})")
    r.add_argument("--lang", default="id", choices=("id", "en"), help="the pages' language (default: id, as serve's)")
    r.add_argument("--accounts", action="store_true",
                   help="for a server with logins (serve --accounts or another address than 127.0.0.1)")
    r.add_argument("--only", default="", metavar="KINDS",
                   help="comma-separated: stories, entities, documents, api (default: all)")

    u = sub.add_parser("users", help="accounts for a shared server: add, list, remove users; the log of writes")
    usub = u.add_subparsers(dest="action", metavar="ACTION")
    ua = usub.add_parser("add", help="add a user (password prompted, or read as one line from stdin)")
    ua.add_argument("name", metavar="NAME")
    ua.add_argument("--role", required=True, choices=("viewer", "editor", "admin"),
                    help="viewer reads; editor also adds articles, verdicts and notes; admin also manages users")
    ur = usub.add_parser("remove", help="remove a user and end their sessions")
    ur.add_argument("name", metavar="NAME")
    usub.add_parser("list", help="the users and their roles")
    ul = usub.add_parser("log", help="the latest writes: who, when, what")
    ul.add_argument("--limit", type=int, default=50, metavar="N")
    for cmd in (ua, ur, usub.choices["list"], ul):
        cmd.add_argument("--db", default="out/ceksilang.db", metavar="FILE", help="SQLite store (default: out/ceksilang.db)")

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
    f = esub.add_parser("factchecks", help="claim matching: P@1 and MRR, and silence on claims never checked")
    f.add_argument("--gold", default="tests/gold/factchecks/queries.yaml", metavar="FILE", help="gold queries (YAML)")
    f.add_argument("--archive", default="../shared/corpus/hoax/Scrapping.csv", metavar="FILE",
                   help="the TurnBackHoax export the gold rows index")
    f.add_argument("--split", default="test", choices=("test", "tune", "all"), help="which queries (default: test)")
    f.add_argument("--json", action="store_true", help="print the scores as JSON on the last line")

    c = esub.add_parser("coverage", help="score stories, figures, speakers, discrepancies, outlets and dates "
                                         "against the real-coverage gold (tests/gold/coverage)")
    c.add_argument("dir", metavar="DIR", help="the gold folder (its events/*.yaml), or one figures-only gold file "
                                              "(tests/gold/figures_unseen.yaml)")
    c.add_argument("--json", action="store_true", help="print the scores as JSON on the last line")
    c.add_argument("--split", default="all", choices=("tune", "test", "all"), help="which events (default: all)")
    c.add_argument("--alone", action="store_true",
                   help="analyse each event alone, with its distractors, as a small batch; events naming one batch: are analysed together (default: all together)")
    c.add_argument("--intake", nargs="?", const=True, default=False, metavar="CSV",
                   help="analyse the gold's articles among every other article of CSV (a coverage.csv-like file; "
                        "default: each event's own corpus file) published on the gold's days, as a day's intake; "
                        "those are context: every score is of the gold's own articles only")
    c.add_argument("--intake-days", type=int, default=0, metavar="N",
                   help="with --intake, also the articles published up to N days before or after a gold day "
                        "(default: 0)")
    c.add_argument("--corpus", default="../shared/corpus", metavar="DIR",
                   help="where coverage/coverage.csv and news/ are (default: ../shared/corpus)")
    c.add_argument("--workers", type=int, default=1, metavar="N", help="processes for the analysis (default: 1)")

    fc = sub.add_parser("factchecks", help="import prior fact-checks; match a claim against them")
    fcsub = fc.add_subparsers(dest="action", metavar="ACTION")
    fi = fcsub.add_parser("import", help="add fact-checks (TurnBackHoax CSV, ClaimReview JSON-LD in HTML or JSON, "
                                         "claim,rating,url,published,publisher CSV) to the store")
    fi.add_argument("files", nargs="+", metavar="FILE")
    fi.add_argument("--db", default="out/ceksilang.db", metavar="FILE", help="SQLite store (default: out/ceksilang.db)")
    fm = fcsub.add_parser("match", help="prior fact-checks that address a claim, ranked")
    fm.add_argument("text", metavar="TEXT", help="the claim, as pasted")
    fm.add_argument("--db", default="out/ceksilang.db", metavar="FILE", help="SQLite store (default: out/ceksilang.db)")
    fm.add_argument("--json", action="store_true", help="the ranked matches as JSON")
    fm.add_argument("--limit", type=int, default=5, metavar="N", help="at most N matches (default: 5)")

    x = sub.add_parser("export", help="export from a store in an exchange format")
    xsub = x.add_subparsers(dest="what", metavar="FORMAT")
    xc = xsub.add_parser("claimreview", help="the checkers' verdicts as ClaimReview JSON-LD (schema.org)")
    xc.add_argument("--db", required=True, metavar="FILE", help="SQLite store")
    xc.add_argument("--out", metavar="FILE", help="write here instead of standard output")
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
                          formats=formats, workers=workers, settings=replace(DEFAULT, lang=args.lang), urls=urls)
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
    _prerender_kept(Path(args.db) if args.db else Path(args.out) / "ceksilang.db")
    return 1 if summary.failed or summary.failed_stories else 0


def _prerender_kept(db: Path) -> None:
    """The web app's pages (in serve's default language) rendered ahead again where the briefing
    changed them, when the store keeps them (``ceksilang prerender`` ran once on it); else nothing:
    the first run costs as much CPU as the requests it saves, so it is asked for."""
    from ceksilang.render.served import pages_path

    if not pages_path(db).is_file():  # told without loading the web app
        return
    try:
        from ceksilang.web.prerender import prerender_if_kept
    except ImportError:  # no web extra: no pages to render
        return
    summary = prerender_if_kept(db)
    if summary is not None:
        print(f"rendered {summary.total_rendered} pages ahead ({summary.current} already current)")


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
    out = Path(args.out) if args.out else None
    db = Path(args.db) if args.db else (out or Path("out")) / "ceksilang.db"
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
    if args.what == "coverage":
        return _cmd_evaluate_coverage(args)
    if args.what == "factchecks":
        from ceksilang.evaluate.factchecks import evaluate_factchecks, format_report

        for path in (args.gold, args.archive):
            if not Path(path).is_file():
                raise UsageError(f"no such file: {path}")
        result = evaluate_factchecks(args.gold, args.archive, args.split)
        print(format_report(result))
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        return 0
    if args.what != "ner":
        raise UsageError("evaluate what? ceksilang evaluate ner FILE | evaluate factchecks | evaluate coverage DIR")
    from ceksilang.evaluate.ner import evaluate_ner, format_ner_report
    from ceksilang.extract.conll import ConllFormatError
    from ceksilang.extract.ner import ModelMissingError, ModelUnreadableError

    if not Path(args.file).is_file():
        raise UsageError(f"no such file: {args.file}")
    try:
        scores = evaluate_ner(args.file, model_path=args.model, stage="pipeline" if args.pipeline else "model",
                              language=args.lang)
    except ConllFormatError as exc:
        raise UsageError(f"not a CoNLL file: {exc}") from exc
    except (ModelMissingError, ModelUnreadableError) as exc:
        raise UsageError(f"--model: {exc}") from exc
    print(format_ner_report(scores))
    if args.json:
        print(json.dumps(scores, ensure_ascii=False))
    return 0


def _existing_store(db: str) -> Path:
    path = Path(db)
    if not path.is_file():
        raise UsageError(f"no such store: {db} (import fact-checks first: ceksilang factchecks import FILE --db {db})")
    return path


def _cmd_factchecks(args: argparse.Namespace) -> int:
    from ceksilang.factcheck.archive import FactCheckArchive

    if args.action == "import":
        from ceksilang.factcheck.importers import import_files

        missing = [f for f in args.files if not Path(f).exists()]
        if missing:
            raise UsageError(f"no such file: {', '.join(missing)}")
        with FactCheckArchive(args.db) as archive:
            summary = archive.add(import_files(args.files))
        for err in summary.errors[:20]:
            print(f"error: {err.source}: {err.reason}", file=sys.stderr)
        if len(summary.errors) > 20:
            print(f"error: ... and {len(summary.errors) - 20} more", file=sys.stderr)
        print(summary.line())
        return 1 if summary.errors else 0
    if args.action == "match":
        from ceksilang.factcheck.match import match_claim

        if args.limit < 1:
            raise UsageError("--limit must be at least 1")
        if not args.text.strip():
            raise UsageError("the claim to match is empty")
        with FactCheckArchive(_existing_store(args.db)) as archive:
            if not archive.count():
                raise UsageError(f"{args.db} holds no fact-checks: import some with ceksilang factchecks import FILE")
            matches = match_claim(archive, args.text, limit=args.limit)
        if args.json:
            print(json.dumps({"query": args.text, "verdict": bool(matches and matches[0].verdict),
                              "matches": [m.to_dict() for m in matches]}, ensure_ascii=False, indent=2))
            return 0
        print(format_matches(matches))
        return 0
    raise UsageError("factchecks what? ceksilang factchecks import FILE... | ceksilang factchecks match TEXT")


def format_matches(matches: Sequence[Any]) -> str:
    """The matches as a checker reads them: verdicts first, weak matches said to be only related."""
    verdicts = [m for m in matches if m.verdict]
    related = [m for m in matches if not m.verdict]
    lines = []
    if not verdicts:
        lines.append("No prior fact-check matches this claim.")
    for m in verdicts:
        when = f", {m.check.published}" if m.check.published else ""
        lines.append(f"MATCH {m.score:.2f}  {m.check.publisher}: {m.check.label or m.check.rating} "
                     f"({m.check.rating}{when})  {m.check.claim}")
        if m.check.url:
            lines.append(f"    {m.check.url}")
        shared = [f"names: {', '.join(m.shared_names)}" if m.shared_names else "",
                  f"figures: {', '.join(m.shared_figures)}" if m.shared_figures else "",
                  f"words: {', '.join(m.shared_words)}" if m.shared_words else ""]
        lines.append(f"    shares {'; '.join(s for s in shared if s) or 'no words'}  [{m.check_id}]")
    if related:
        lines.append("Related, too weak to be a verdict:" if verdicts else "Closest, too weak to be a verdict:")
        for m in related[:3]:
            lines.append(f"  {m.score:.2f}  {m.check.publisher}: {m.check.claim}  [{m.check_id}]")
    return "\n".join(lines)


def _cmd_export(args: argparse.Namespace) -> int:
    if args.what != "claimreview":
        raise UsageError("export what? ceksilang export claimreview --db FILE")
    from ceksilang.factcheck.archive import FactCheckArchive
    from ceksilang.factcheck.claimreview import export_claimreview, validate_claimreview

    with FactCheckArchive(_existing_store(args.db)) as archive:
        items = export_claimreview(archive.verdicts())
    invalid = 0
    for i, item in enumerate(items):
        problems = validate_claimreview(item)
        invalid += bool(problems)
        for problem in problems:
            print(f"error: item {i} ({item['claimReviewed'][:60]!r}): {problem}", file=sys.stderr)
    text = json.dumps(items, ensure_ascii=False, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {len(items)} ClaimReview item(s) to {args.out}, {invalid} not valid for Google's Fact Check tools")
    else:
        print(text)
    return 1 if invalid else 0


def _cmd_evaluate_coverage(args: argparse.Namespace) -> int:
    from ceksilang.evaluate.coverage import evaluate_coverage, format_coverage_report

    if not Path(args.dir).exists():
        raise UsageError(f"no such folder or figures file: {args.dir}")
    if not Path(args.corpus).is_dir():
        raise UsageError(f"--corpus: no such folder: {args.corpus}")
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.intake is not False and args.alone:
        raise UsageError("--intake analyses the events together: it cannot go with --alone")
    if args.intake is not False and args.intake is not True and not Path(args.intake).is_file():
        raise UsageError(f"--intake: no such file: {args.intake}")
    if args.intake_days < 0:
        raise UsageError("--intake-days must be 0 or more")
    result = evaluate_coverage(args.dir, args.corpus, split=args.split, alone=args.alone, workers=args.workers,
                               intake=args.intake, intake_days=args.intake_days)
    print(format_coverage_report(result))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
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
    db = Path(args.db) if args.db else DEFAULT_STORE
    if not db.is_file():  # serve reads a store analyze made; an empty one would only show nothing
        hint = (f"the demo's store is {DEMO_STORE}: ceksilang serve --db {DEMO_STORE}" if DEMO_STORE.is_file()
                else "make one with: ceksilang analyze PATH... --out DIR (it writes DIR/ceksilang.db)")
        raise UsageError(f"no store at {db} (serve opens an existing store, it does not create one); {hint}")
    from ceksilang.store import StoreError

    try:
        serve(db, host=args.host, port=args.port, require_login=True if args.accounts else None,
              lang=args.lang)
    except StoreError as exc:  # a file that is not a store: raised before the server starts
        raise UsageError(str(exc)) from exc
    return 0


def _cmd_prerender(args: argparse.Namespace) -> int:
    try:
        from ceksilang.web.prerender import KINDS, prerender
    except ImportError as exc:
        raise UsageError(f"prerender needs the web extra (pip install 'ceksilang[web]'): {exc}") from exc
    kinds = tuple(k.strip() for k in args.only.split(",") if k.strip()) or KINDS
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise UsageError(f"--only: {', '.join(unknown)} is not one of {', '.join(KINDS)}")
    db = Path(args.db) if args.db else DEFAULT_STORE

    def progress(kind: str, done: int) -> None:
        print(f"{done} pages rendered ({kind})", file=sys.stderr, flush=True)

    summary = prerender(db, args.lang, args.accounts, kinds, progress)
    counts = ", ".join(f"{n} {k}" for k, n in summary.rendered.items()) or "none"
    print(f"rendered {summary.total_rendered} pages ({counts}); {summary.current} already current, "
          f"{summary.removed} removed; {summary.wall_seconds:.1f} s ({summary.cpu_seconds:.1f} s CPU, "
          f"story digests {summary.digests_seconds:.1f} s)")
    return 0


def _read_password(name: str) -> str:
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(f"password for {name}: ")
        if getpass.getpass("again: ") != first:
            raise UsageError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")  # scripts: one line, e.g. from a password manager


def _cmd_users(args: argparse.Namespace) -> int:
    try:
        from ceksilang.web.accounts import AccountError, Accounts
    except ImportError as exc:
        raise UsageError(f"users needs the web extra (pip install 'ceksilang[web]'): {exc}") from exc
    if args.action is None:
        raise UsageError("users what? ceksilang users add|list|remove|log")
    if args.action != "add" and not Path(args.db).is_file():
        raise UsageError(f"no such store: {args.db}")
    accounts = Accounts(args.db)
    try:
        if args.action == "add":
            account = accounts.add(args.name, args.role, _read_password(args.name))
            accounts.record("cli", "users add", f"{account.name} ({account.role})")
            print(f"added {account.name} ({account.role})")
        elif args.action == "remove":
            if not accounts.remove(args.name):
                raise UsageError(f"no such user: {args.name}")
            accounts.record("cli", "users remove", args.name)
            print(f"removed {args.name}")
        elif args.action == "list":
            for account in accounts.list():
                print(f"{account.name}\t{account.role}\t{account.created_at}")
        else:
            for row in accounts.log(args.limit):
                print(f"{row['at']}\t{row['user']}\t{row['action']}\t{row['target']}\t{row['status']}")
    except AccountError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        accounts.close()
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
        if args.command == "users":
            return _cmd_users(args)
        if args.command == "prerender":
            return _cmd_prerender(args)
        if args.command == "evaluate":
            return _cmd_evaluate(args)
        if args.command == "factchecks":
            return _cmd_factchecks(args)
        if args.command == "export":
            return _cmd_export(args)
        parser.print_help()
        return 2
    except UsageError as exc:
        print(f"ceksilang: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
