"""The records of the fact-check stage: a prior check, and a match of a claim against it."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class FactCheck:
    """One published fact-check: the claim it reviewed and the verdict it gave.

    ``rating`` is the normalised step (false / misleading / missing_context / true / unproven);
    ``label`` is the publisher's own word for it ("SALAH", "KLARIFIKASI", "Pants on Fire").
    ``text`` is the explanation or the circulated narrative, when the source has one: it is
    searched, never shown as the claim.
    """

    claim: str
    rating: str
    label: str
    publisher: str
    url: str | None = None
    published: str | None = None  # ISO date
    text: str = ""
    appearances: list[str] = field(default_factory=list)  # where the claim was seen (URLs)
    first_appearance: str | None = None
    language: str = "id"
    source: str = ""  # the file (and row) it was imported from

    @property
    def id(self) -> str:
        """Stable across imports: the publisher with the URL, or with the claim and text when there is no URL."""
        basis = f"{self.publisher}\x1f{self.url}" if self.url else f"{self.publisher}\x1f{self.claim}\x1f{self.text}"
        return "fc-" + hashlib.blake2b(basis.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        return data


@dataclass(slots=True)
class Match:
    """A prior fact-check found for a claim, with the evidence that ties them."""

    check: FactCheck
    check_id: str
    score: float  # 0..1, the re-ranker's
    verdict: bool  # score at or over the threshold: shown as a verdict, else only as "related"
    shared_words: list[str] = field(default_factory=list)
    shared_names: list[str] = field(default_factory=list)
    shared_figures: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.check_id,
            "claim": self.check.claim,
            "rating": self.check.rating,
            "label": self.check.label,
            "publisher": self.check.publisher,
            "url": self.check.url,
            "published": self.check.published,
            "score": round(self.score, 4),
            "verdict": self.verdict,
            "shared_words": self.shared_words,
            "shared_names": self.shared_names,
            "shared_figures": self.shared_figures,
        }
