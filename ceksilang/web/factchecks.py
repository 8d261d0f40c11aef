"""The web app's prior fact-checks: a search box for a pasted claim or URL, and checkers' verdicts.

One archive connection per app, used by one request at a time (a lock), so the archive's
vocabulary is read once rather than per request; ``refresh`` drops it when the CLI imported more.
A pasted URL is looked up, never fetched: the fact-checks published at or citing that address,
and the check-worthy sentences of a stored article with that URL, each matched.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ceksilang.factcheck.archive import FactCheckArchive, Verdict
from ceksilang.factcheck.briefing import annotate_briefing
from ceksilang.factcheck.checkworthy import rank_sentences
from ceksilang.factcheck.match import match_claim
from ceksilang.factcheck.ratings import SCALE
from ceksilang.factcheck.records import Match
from ceksilang.model import Document
from ceksilang.text import split_sentences

MAX_QUERY_CHARS = 2000
SENTENCES_OF_A_PAGE = 5
MAX_FIELD_CHARS = 4000


@dataclass(slots=True)
class SearchResult:
    query: str
    is_url: bool
    matches: list[Match] = field(default_factory=list)  # for a pasted claim
    published_at: list[dict[str, Any]] = field(default_factory=list)  # fact-checks at or citing the URL
    sentences: list[tuple[str, list[Match]]] = field(default_factory=list)  # a stored article's sentences
    archive_size: int = 0

    @property
    def verdicts(self) -> list[Match]:
        return [m for m in self.matches if m.verdict]


def looks_like_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text.strip()


class FactCheckService:
    def __init__(self, db_path: str | Path):
        self._archive = FactCheckArchive(db_path, shared=True)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._archive.close()

    def search(self, query: str, document_by_url: Any = None) -> SearchResult:
        """Matches for a claim, or what is known of a URL (``document_by_url(url) -> Document | None``)."""
        query = query.strip()[:MAX_QUERY_CHARS]
        result = SearchResult(query=query, is_url=looks_like_url(query))
        with self._lock:
            self._archive.refresh()
            result.archive_size = self._archive.count()
            if not query or not result.archive_size:
                return result
            if not result.is_url:
                result.matches = match_claim(self._archive, query, limit=5)
                return result
            rows = self._archive.conn.execute(
                "SELECT id, data FROM factchecks WHERE url = ? OR data LIKE ? ESCAPE '\\' LIMIT 20",
                (query, "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")).fetchall()
            for check_id, data in rows:
                check = self._archive.get(check_id)
                if check and (check.url == query or query in check.appearances or query == check.first_appearance):
                    result.published_at.append({"id": check_id, "check": check})
            doc: Document | None = document_by_url(query) if document_by_url else None
            if doc is not None:
                sentences = [doc.text[a:b].strip() for a, b in split_sentences(doc.text)]
                for ranked in rank_sentences([s for s in sentences if s], limit=SENTENCES_OF_A_PAGE):
                    result.sentences.append((ranked.text, match_claim(self._archive, ranked.text, limit=2)))
        return result

    def add_verdict(self, form: dict[str, str]) -> tuple[int | None, list[str]]:
        """Store a checker's verdict from the form's fields; (its id, []) or (None, what is wrong)."""
        def text(name: str) -> str:
            return " ".join(str(form.get(name) or "").split())[:MAX_FIELD_CHARS]

        claim, rating, author = text("claim"), text("rating"), text("author")
        appearances = [u for u in str(form.get("appearances") or "").split() if looks_like_url(u)][:50]
        url = text("url")
        problems = []
        if not claim:
            problems.append("the claim is empty")
        if rating not in SCALE:
            problems.append(f"the rating must be one of {', '.join(SCALE)}")
        if not author:
            problems.append("the author (who checked it) is empty")
        if url and not looks_like_url(url):
            problems.append("the fact-check URL must start with http:// or https://")
        if problems:
            return None, problems
        verdict = Verdict(claim=claim, rating=rating, label=text("label"), explanation=text("explanation"),
                          author=author, appearances=appearances, first_appearance=appearances[0] if appearances else None,
                          url=url or None, target=text("target") or None)
        with self._lock:
            return self._archive.add_verdict(verdict), []

    def size(self) -> int:
        with self._lock:
            return self._archive.count()

    def story_checks(self, documents: list[dict[str, Any]], story: dict[str, Any], claims: list[dict[str, Any]]
                     ) -> list[dict[str, Any]]:
        """The prior fact-checks relevant to a story: each badge once, with the sentence it matched."""
        page = {"documents": documents, "stories": [story], "claims": claims}
        with self._lock:
            self._archive.refresh()
            if not self._archive.count():
                return []
            annotate_briefing(page, self._archive)
        found: dict[str, dict[str, Any]] = {}
        texts = {c["id"]: str(c.get("value") or c.get("subject") or "") for c in claims}
        for claim_id, badges in page["prior_checks"].items():
            for b in badges:
                found.setdefault(b["id"], {**b, "matched": texts.get(claim_id, "")})
        for item in page["checkworthy"].get(story["id"], []):
            for b in item.get("checks") or []:
                found.setdefault(b["id"], {**b, "matched": item["text"]})
        return sorted(found.values(), key=lambda b: -b["score"])

    def verdicts(self) -> list[Verdict]:
        with self._lock:
            return self._archive.verdicts()
