"""``ceksilang watch``: rounds over a list of feeds until stopped.

One round: each feed is fetched (conditionally), its items not seen before are fetched,
analysed and stored (``pipeline.ingest_url``), the pages whose re-check is due (1 h, 6 h, 24 h,
72 h after first seen, ``settings.recheck_after_hours``; all of them with ``recheck``) are
fetched again and compared for silent edits, the stories the new or edited articles touch are
updated in the served briefing ``ceksilang serve`` shows (``reconcile.incremental``: only those
stories are grouped and reconciled again; the first round, or a served briefing without the
grouping state, is written whole), the briefing files are written when an output folder was
given, and the changes not yet sent go to the webhook.

Stopping: the first SIGINT or SIGTERM lets the page being stored finish (each page is one
transaction) and ends the run after it, with the briefing written; a second one stops at once,
and the open transaction is rolled back. A run killed outright (SIGKILL, power loss) resumes
from the store: pages stored are known and not fetched again, pages not stored are fetched again.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ceksilang.model import InputError, UsageError
from ceksilang.pipeline import RunSummary, ingest_url, silent_edits_of, story_cache_path
from ceksilang.render.served import served_path
from ceksilang.reconcile.briefing import write_served_briefing, write_store_briefing
from ceksilang.reconcile.incremental import NoGroupingState, keeps_grouping_state, update_served_stories
from ceksilang.settings import DEFAULT, Settings
from ceksilang.store import Store
from ceksilang.watch import state as pages
from ceksilang.watch.archive import WarcArchive, utc_now
from ceksilang.watch.feeds import FeedError, feed_items
from ceksilang.watch.fetch import Fetcher
from ceksilang.watch.notify import post_webhook
from ceksilang.watch.story_changes import StoryDigest, changes_since_last_round, digest_part

log = logging.getLogger(__name__)

STORY_CACHE = "story-cache.db"  # in the output folder: the stories' reconciled records between rounds
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds of an interval written as ``90``, ``90s``, ``15m``, ``2h`` or ``1d``."""
    match = _INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise UsageError(f"--every: {text!r} is not an interval such as 15m, 1h or 90s")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


@dataclass(slots=True)
class RoundSummary:
    number: int = 0
    feeds: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0  # fetched again and the same (304 or same article)
    failed: int = 0
    edits: int = 0
    errors: list[InputError] = field(default_factory=list)
    stopped: bool = False

    def line(self) -> str:
        return (f"round {self.number}: {self.feeds} feeds, {self.new} new, {self.changed} changed "
                f"({self.edits} edits), {self.unchanged} unchanged, {self.failed} failed")


class Stop:
    """Set by SIGINT/SIGTERM: the first asks the watch to end after the current page, the second
    raises KeyboardInterrupt where the program is (the open transaction rolls back)."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.signum: int | None = None

    def __call__(self, signum: int, frame: object) -> None:
        if self.event.is_set():
            raise KeyboardInterrupt
        self.signum = signum
        self.event.set()

    @property
    def requested(self) -> bool:
        return self.event.is_set()


class Watch:
    """Rounds over ``feeds`` into ``store``, the served briefing updated beside it and the briefing
    files written to ``out`` (None: none)."""

    def __init__(self, feeds: Sequence[str], store: Store, out: str | Path | None, settings: Settings = DEFAULT,
                 webhook: str | None = None, secret: str | None = None, formats: Sequence[str] = ("json", "md", "html"),
                 status: Callable[[str], None] = lambda line: None, stop: Stop | None = None,
                 archive_dir: str | Path | None = None):
        self.feeds = list(dict.fromkeys(feeds))
        self.store = store
        self.out = Path(out) if out is not None else None
        self.served = served_path(store.path)
        self.stored: list[str] = []  # URLs stored new or changed this round
        self.settings = settings
        self.webhook = webhook
        self.secret = secret
        self.formats = list(formats)
        self.status = status
        self.stop = stop or Stop()
        self.archive_dir = Path(archive_dir) if archive_dir else self.store.path.parent / "archive"
        self.rounds = 0
        pages.ensure_tables(store.conn)

    def _error(self, summary: RoundSummary, source: str, reason: str) -> None:
        error = InputError(source, reason)
        self.store.put_error(error)
        summary.failed += 1
        summary.errors.append(error)

    def _count(self, summary: RoundSummary, outcome: str, run: RunSummary) -> None:
        if outcome == "new":
            summary.new += 1
        elif outcome == "changed":
            summary.changed += 1
        elif outcome in ("unchanged", "not-modified"):
            summary.unchanged += 1
        else:
            summary.failed += 1
            summary.errors.extend(run.errors[-1:])

    def run_round(self, recheck_all: bool = False) -> RoundSummary:
        self.rounds += 1
        summary = RoundSummary(number=self.rounds)
        conn = self.store.conn
        edits_before = conn.execute("SELECT COUNT(*) FROM edits").fetchone()[0]
        run = RunSummary()
        with WarcArchive(self.archive_dir.resolve()) as archive, Fetcher(self.settings, archive) as fetcher:
            for feed in self.feeds:
                if self.stop.requested:
                    break
                summary.feeds += 1
                self._read_feed(feed, fetcher, summary, run)
            due = pages.stored_urls(conn) if recheck_all else pages.due_rechecks(
                conn, utc_now(), self.settings.recheck_after_hours)
            for url in due:
                if self.stop.requested:
                    break
                self.status(f"round {self.rounds}: checking {url[:80]} again")
                self._count(summary, self._ingest(url, fetcher, run, recheck=True), run)
        summary.edits = conn.execute("SELECT COUNT(*) FROM edits").fetchone()[0] - edits_before
        stored, self.stored = self.stored, []
        digests: list[StoryDigest] = []
        wanted_files = self.out is not None and (stored or not (self.out / "briefing.json").exists())
        if stored or not keeps_grouping_state(self.served):
            self.status(f"round {self.rounds}: updating the stories")
            self._update_served(stored, digests)
            self._record_story_changes(digests)
            self._prerender()
        if wanted_files and self.out is not None:
            self.status(f"round {self.rounds}: writing the briefing")
            # stories no new or edited article touched are taken from the last round's cache
            write_store_briefing(self.store, self.out, formats=self.formats, settings=self.settings,
                                 extra=silent_edits_of(self.store), cache=self.out / STORY_CACHE)
        self._notify()
        summary.stopped = self.stop.requested
        return summary

    def _update_served(self, urls: list[str], digests: list[StoryDigest]) -> None:
        """The stories the documents of ``urls`` touch, updated in the served briefing; the whole
        file written when it cannot be updated (the first round, or one without the grouping
        state)."""
        conn = self.store.conn
        doc_ids = list(dict.fromkeys(d for d in (getattr(pages.page_state(conn, u), "doc_id", None) for u in urls) if d))
        extra = silent_edits_of(self.store)
        on_part = lambda part: digests.append(digest_part(part))  # noqa: E731
        if doc_ids and keeps_grouping_state(self.served):
            try:
                update_served_stories(self.store, self.served, doc_ids, self.settings, extra=extra, on_part=on_part)
                return
            except NoGroupingState:
                pass
        write_served_briefing(self.store, self.served, self.settings, extra=extra,
                              cache=story_cache_path(self.store.path), on_part=on_part)

    def _prerender(self) -> None:
        """The web app's pages rendered ahead again where the round changed them, when the store
        keeps them (``ceksilang prerender`` ran once): a page of a changed story is otherwise
        rendered at its first request."""
        try:
            from ceksilang.web.prerender import pages_path, prerender_if_kept
        except ImportError:  # no web extra: no web app to render for
            return
        if pages_path(self.store.path).is_file():
            self.status(f"round {self.rounds}: rendering the changed pages ahead")
            prerender_if_kept(self.store.path)

    def _record_story_changes(self, digests: list[StoryDigest]) -> None:
        """New stories and new or changed discrepancies since the last round, for /changes,
        its Atom feed and the webhook."""
        conn = self.store.conn
        now = utc_now()
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            for change in changes_since_last_round(conn, digests):
                pages.record_change(conn, now, change.kind, change.title, change.data)

    def _ingest(self, url: str, fetcher: Fetcher, run: RunSummary, **how: object) -> str:
        outcome = ingest_url(url, self.store, fetcher, self.settings, run, **how)  # type: ignore[arg-type]
        if outcome in ("new", "changed"):
            self.stored.append(url)
        return outcome

    def _read_feed(self, feed: str, fetcher: Fetcher, summary: RoundSummary, run: RunSummary) -> None:
        conn = self.store.conn
        known = pages.page_state(conn, feed)
        self.status(f"round {self.rounds}: reading {feed[:80]}")
        fetched = fetcher.fetch(feed, known.etag if known else None, known.last_modified if known else None)
        if fetched.not_modified:
            return
        if fetched.error or fetched.body is None:
            self._error(summary, feed, f"feed: {fetched.error or f'HTTP {fetched.status}'}")
            return
        try:
            items = feed_items(fetched.body, fetched.final_url or feed)
        except FeedError as exc:
            self._error(summary, feed, f"feed: {exc}")
            return
        urls = [item.url for item in items]
        seen = pages.known_urls(conn, urls)
        fresh = [u for u in dict.fromkeys(urls) if u not in seen]
        for n, url in enumerate(fresh, 1):
            if self.stop.requested:
                return  # the feed's validators are not saved: its unread items are read next time
            self.status(f"round {self.rounds}: {feed[:60]}: {n}/{len(fresh)} {url[:60]}")
            self._count(summary, self._ingest(url, fetcher, run, feed=feed), run)
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            pages.record_page(conn, feed, None, fetched.fetched_at, fetched.etag, fetched.last_modified)
            conn.execute("DELETE FROM errors WHERE source = ?", (feed,))

    def _notify(self) -> None:
        if not self.webhook:
            return
        conn = self.store.conn
        pending = pages.unnotified_changes(conn)
        if not pending:
            return
        problem = post_webhook(self.webhook, pending, self.secret, self.settings)
        if problem:
            log.warning("%s; the changes are sent again next round", problem)
            self.status(problem)
            return
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            pages.mark_notified(conn, [c.id for c in pending])

    def run(self, every: float, once: bool = False, recheck: bool = False,
            on_round: Callable[[RoundSummary], None] | None = None) -> list[RoundSummary]:
        """Rounds every ``every`` seconds until stopped (one round with ``once``); ``on_round``
        hears of each round as it ends."""
        done = []
        first = True
        while True:
            summary = self.run_round(recheck_all=recheck and first)
            first = False
            done.append(summary)
            self.status(summary.line())
            if on_round is not None:
                on_round(summary)
            if once or self.stop.requested:
                return done
            if self.stop.event.wait(every):
                return done


def install_stop() -> tuple[Stop, dict[int, object]]:
    """A ``Stop`` handling SIGINT and SIGTERM; the previous handlers, to put back."""
    stop = Stop()
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    return stop, previous


def restore_signals(previous: dict[int, object]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler)  # type: ignore[arg-type]
