"""The fact-check archive: tables of its own in the store's SQLite file, and FTS5 candidates.

``factchecks`` holds one row per fact-check (keyed by ``FactCheck.id``, so re-importing a file
adds nothing twice) with its search keys precomputed; ``factcheck_fts`` indexes those keys
(BM25, the claim column weighted over the explanation); ``factcheck_vocab`` gives each key's
document frequency for the re-ranker's weights and the spelling fallback; ``verdicts`` holds a
checker's own verdicts, which ``claimreview`` exports. The tables live beside the documents in
the same file, so one ``--db`` serves ``analyze``, ``serve`` and ``factchecks``.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from ceksilang.factcheck.records import FactCheck
from ceksilang.factcheck.terms import claim_terms
from ceksilang.model import InputError

# how much of an explanation is searched: the circulated narrative and the verdict come first
TEXT_INDEX_CHARS = 2000
CLAIM_WEIGHT, TEXT_WEIGHT = 4.0, 1.0  # bm25() column weights
SPELLING_MIN_LENGTH = 5
SPELLING_MIN_SCORE = 84.0
MIN_PART = 3  # shortest half of a split compound

_SCHEMA = """
CREATE TABLE IF NOT EXISTS factchecks (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    claim TEXT NOT NULL,
    rating TEXT NOT NULL,
    label TEXT NOT NULL,
    publisher TEXT NOT NULL,
    url TEXT,
    published TEXT,
    data TEXT NOT NULL,
    claim_terms TEXT NOT NULL,
    text_terms TEXT NOT NULL,
    names TEXT NOT NULL,
    figures TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS factchecks_same_claim ON factchecks(publisher, claim_terms);
CREATE VIRTUAL TABLE IF NOT EXISTS factcheck_fts USING fts5(
    claim_terms, text_terms, content='factchecks', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS factcheck_vocab USING fts5vocab(factcheck_fts, 'row');
CREATE TABLE IF NOT EXISTS verdicts (
    rowid INTEGER PRIMARY KEY,
    claim TEXT NOT NULL,
    rating TEXT NOT NULL,
    label TEXT NOT NULL,
    explanation TEXT NOT NULL,
    appearances TEXT NOT NULL,
    first_appearance TEXT,
    claimant TEXT,
    author TEXT NOT NULL,
    url TEXT,
    published TEXT NOT NULL,
    target TEXT
);
"""


@dataclass(slots=True)
class ImportSummary:
    added: int = 0
    known: int = 0
    completed: int = 0  # known ones given the address and date they lacked
    errors: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        completed = f" ({self.completed} given their address and date)" if self.completed else ""
        return (f"{self.added} fact-check(s) added, {self.known} already in the archive{completed}, "
                f"{len(self.errors)} error(s)")


@dataclass(slots=True)
class Candidate:
    rowid: int
    check_id: str
    check: FactCheck
    bm25: float
    claim_terms: tuple[str, ...]
    text_terms: tuple[str, ...]
    names: tuple[str, ...]
    figures: tuple[str, ...]


@dataclass(slots=True)
class Verdict:
    """A checker's own verdict on a claim (or a discrepancy), for ClaimReview export."""

    claim: str
    rating: str
    label: str
    explanation: str
    author: str
    appearances: list[str] = field(default_factory=list)
    first_appearance: str | None = None
    claimant: str | None = None
    url: str | None = None
    published: str = ""
    target: str | None = None  # what in the briefing it marks (a claim or discrepancy id)


def _check_from_row(data: str) -> FactCheck:
    raw = json.loads(data)
    raw.pop("id", None)
    return FactCheck(**raw)


class FactCheckArchive:
    """Fact-checks and verdicts in a SQLite file (the store's, or one of its own)."""

    def __init__(self, path: str | Path, shared: bool = False):
        """``shared``: the connection may be used from several threads (one at a time: the
        caller holds a lock), as the web app's worker threads do."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(self.path), timeout=60.0, isolation_level=None, check_same_thread=not shared)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA busy_timeout=60000")
        self.conn.executescript(_SCHEMA)
        self._vocab: tuple[int, dict[str, int], dict[str, list[str]]] | None = None

    def __enter__(self) -> FactCheckArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # ----------------------------------------------------------------------- writing

    def add(self, records: Iterable[FactCheck | InputError], summary: ImportSummary | None = None) -> ImportSummary:
        """Store new fact-checks; one already stored (same id) is counted as known and left as is."""
        summary = summary or ImportSummary()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for record in records:
                if isinstance(record, InputError):
                    summary.errors.append(record)
                    continue
                outcome = self._insert(record)
                if outcome == "added":
                    summary.added += 1
                else:
                    summary.known += 1
                    summary.completed += outcome == "completed"
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self._vocab = None
        return summary

    def _insert(self, check: FactCheck) -> str:
        """"added", "known", or "completed": known from another export of the same publisher
        that lacked the check's address and date, which it now has."""
        check_id = check.id
        if self.conn.execute("SELECT 1 FROM factchecks WHERE id = ?", (check_id,)).fetchone():
            return "known"
        head = claim_terms(check.claim)
        if check.url:
            # the same check from an export that had no address (TurnBackHoax's CSV of texts and
            # its list of links): the same publisher and claim, once without a URL
            same = self.conn.execute(
                "SELECT rowid, url, data FROM factchecks WHERE publisher = ? AND claim_terms = ? ORDER BY url IS NULL DESC",
                (check.publisher, " ".join(head.words))).fetchall()
            if any(url == check.url for _, url, _ in same):
                return "known"
            bare = next(((rowid, data) for rowid, url, data in same if url is None), None)
            if bare is not None:
                self._complete(bare[0], bare[1], check)
                return "completed"

        body = claim_terms(check.text[:TEXT_INDEX_CHARS]) if check.text else None
        text_words = body.words if body else ()
        names = dict.fromkeys(head.names + (body.names if body else ()))
        figures = dict.fromkeys(head.figures + (body.figures if body else ()))
        cur = self.conn.execute(
            "INSERT INTO factchecks(id, claim, rating, label, publisher, url, published, data, claim_terms, "
            "text_terms, names, figures) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (check_id, check.claim, check.rating, check.label, check.publisher, check.url, check.published,
             json.dumps(check.to_dict(), ensure_ascii=False), " ".join(head.words), " ".join(text_words),
             " ".join(names), " ".join(figures)))
        self.conn.execute("INSERT INTO factcheck_fts(rowid, claim_terms, text_terms) VALUES (?,?,?)",
                          (cur.lastrowid, " ".join(head.words), " ".join(text_words)))
        return "added"

    def _complete(self, rowid: int, data: str, check: FactCheck) -> None:
        """Give a stored check the URL and date another export has for it; its id, label, rating
        and text stay (the gold and any verdict name it by that id). The label stays even where
        the other export's differs: TurnBackHoax tags its clarifications "[BENAR]" (the
        denial in the headline is true) where its CSV says KLARIFIKASI, rated false for the rumour
        the denial answers, which is what a checker pastes."""
        record = json.loads(data)
        record["url"] = check.url
        record["published"] = record.get("published") or check.published
        self.conn.execute("UPDATE factchecks SET url = ?, published = ?, data = ? WHERE rowid = ?",
                          (check.url, record["published"], json.dumps(record, ensure_ascii=False), rowid))

    def add_verdict(self, verdict: Verdict) -> int:
        published = verdict.published or datetime.now(timezone.utc).date().isoformat()
        cur = self.conn.execute(
            "INSERT INTO verdicts(claim, rating, label, explanation, appearances, first_appearance, claimant, author, "
            "url, published, target) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (verdict.claim, verdict.rating, verdict.label, verdict.explanation, json.dumps(verdict.appearances),
             verdict.first_appearance, verdict.claimant, verdict.author, verdict.url, published, verdict.target))
        return int(cur.lastrowid or 0)

    # ----------------------------------------------------------------------- reading

    def refresh(self) -> None:
        """Forget the cached vocabulary if another process imported fact-checks since."""
        if self._vocab is not None and self._vocab[0] != self.count():
            self._vocab = None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM factchecks").fetchone()[0])

    def get(self, check_id: str) -> FactCheck | None:
        row = self.conn.execute("SELECT data FROM factchecks WHERE id = ?", (check_id,)).fetchone()
        return _check_from_row(row[0]) if row else None

    def verdicts(self) -> list[Verdict]:
        rows = self.conn.execute(
            "SELECT claim, rating, label, explanation, appearances, first_appearance, claimant, author, url, "
            "published, target FROM verdicts ORDER BY rowid").fetchall()
        return [Verdict(claim=r[0], rating=r[1], label=r[2], explanation=r[3], appearances=json.loads(r[4]),
                        first_appearance=r[5], claimant=r[6], author=r[7], url=r[8], published=r[9], target=r[10])
                for r in rows]

    def _vocabulary(self) -> tuple[int, dict[str, int], dict[str, list[str]]]:
        """(number of fact-checks, key -> document frequency, first letter -> keys) for spelling."""
        if self._vocab is None:
            total = self.count()
            df = {term: int(n) for term, n in self.conn.execute("SELECT term, doc FROM factcheck_vocab")}
            by_letter: dict[str, list[str]] = {}
            for term in df:
                if len(term) >= SPELLING_MIN_LENGTH - 1 and not term[0].isdigit():
                    by_letter.setdefault(term[0], []).append(term)
            self._vocab = (total, df, by_letter)
        return self._vocab

    def idf(self, term: str) -> float:
        total, df, _ = self._vocabulary()
        n = df.get(term, 0)
        return math.log(1.0 + (total - n + 0.5) / (n + 0.5))

    def size(self) -> int:
        """The number of fact-checks, as of the cached vocabulary (``count`` asks SQLite)."""
        return self._vocabulary()[0]

    def doc_frequency(self, term: str) -> int:
        return self._vocabulary()[1].get(term, 0)

    def knows(self, term: str) -> bool:
        return term in self._vocabulary()[1]

    def split_compound(self, term: str) -> tuple[str, str] | None:
        """Two archive keys that written together make ``term`` ("soekarnoputra" -> soekarno, putra)."""
        _, df, _ = self._vocabulary()
        if len(term) < 2 * MIN_PART or term[0].isdigit():
            return None
        best: tuple[int, tuple[str, str]] | None = None
        for cut in range(MIN_PART, len(term) - MIN_PART + 1):
            left, right = term[:cut], term[cut:]
            if left in df and right in df:
                shortest = min(len(left), len(right))
                if best is None or shortest > best[0]:
                    best = (shortest, (left, right))
        return best[1] if best else None

    def known_spelling(self, term: str) -> str | None:
        """The archive's key closest to ``term`` when ``term`` itself is not in it (a typo, a
        respelled name: "jokowi" stays, "jokowy" -> "jokowi"), or None."""
        _, df, by_letter = self._vocabulary()
        if term in df or len(term) < SPELLING_MIN_LENGTH or term[0].isdigit():
            return None
        choices = [t for t in by_letter.get(term[0], ()) if abs(len(t) - len(term)) <= 2]
        best = process.extractOne(term, choices, scorer=fuzz.ratio, score_cutoff=SPELLING_MIN_SCORE)
        return best[0] if best else None

    def candidates(self, terms: Sequence[str], limit: int = 40) -> list[Candidate]:
        """The ``limit`` fact-checks whose keys best match ``terms`` by BM25 (any term may match)."""
        if not terms:
            return []
        query = " OR ".join('"' + t.replace('"', "") + '"' for t in dict.fromkeys(terms))
        rows = self.conn.execute(
            "SELECT f.rowid, f.id, f.data, c.score, f.claim_terms, f.text_terms, f.names, f.figures FROM "
            f"(SELECT rowid, bm25(factcheck_fts, {CLAIM_WEIGHT}, {TEXT_WEIGHT}) AS score FROM factcheck_fts "
            "WHERE factcheck_fts MATCH ? ORDER BY score LIMIT ?) AS c JOIN factchecks AS f ON f.rowid = c.rowid "
            "ORDER BY c.score", (query, limit)).fetchall()
        return [Candidate(rowid=r[0], check_id=r[1], check=_check_from_row(r[2]), bm25=-float(r[3]),
                          claim_terms=tuple(r[4].split()), text_terms=tuple(r[5].split()),
                          names=tuple(r[6].split()), figures=tuple(r[7].split())) for r in rows]

    def all_checks(self) -> list[tuple[str, FactCheck]]:
        return [(r[0], _check_from_row(r[1])) for r in self.conn.execute("SELECT id, data FROM factchecks ORDER BY rowid")]


def archive_stats(archive: FactCheckArchive) -> dict[str, Any]:
    rows = archive.conn.execute("SELECT publisher, rating, count(*) FROM factchecks GROUP BY 1, 2").fetchall()
    return {"fact_checks": archive.count(), "by_publisher_rating": [list(r) for r in rows]}
