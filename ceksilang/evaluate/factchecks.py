"""Claim matching against hand-made gold: P@1 and MRR for queries that have a prior check, and
the share of queries without one for which no verdict is shown.

The gold (``tests/gold/factchecks/queries.yaml``) names fact-checks by their 0-based row in the
TurnBackHoax export; the export is imported into a fresh archive and each row mapped to the id
it was stored under (two identical rows share one id, so either counts as found).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ceksilang.factcheck.archive import FactCheckArchive
from ceksilang.factcheck.importers import import_file
from ceksilang.factcheck.match import DEFAULT_MATCH_SETTINGS, MatchSettings, match_claim
from ceksilang.factcheck.records import FactCheck

RANK_DEPTH = 10


@dataclass(frozen=True, slots=True)
class GoldQuery:
    id: str
    text: str
    matches: tuple[int, ...]
    split: str
    difficulty: str


def load_queries(path: str | Path, split: str | None = None) -> list[GoldQuery]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    out = [GoldQuery(str(q["id"]), str(q["text"]), tuple(int(m) for m in q.get("matches") or ()), str(q["split"]),
                     str(q.get("difficulty", ""))) for q in data["queries"]]
    return [q for q in out if split in (None, "all", q.split)]


def row_ids(archive_csv: str | Path) -> list[str]:
    """Fact-check id of each data row of the TurnBackHoax export, in file order."""
    ids = []
    for record in import_file(archive_csv):
        if not isinstance(record, FactCheck):
            raise ValueError(f"{archive_csv}: gold rows cannot be mapped, a row did not import ({record.reason})")
        ids.append(record.id)
    return ids


def build_archive(archive_csv: str | Path, db_path: str | Path) -> FactCheckArchive:
    archive = FactCheckArchive(db_path)
    archive.add(import_file(archive_csv))
    return archive


def score_queries(archive: FactCheckArchive, ids: list[str], queries: list[GoldQuery],
                  settings: MatchSettings = DEFAULT_MATCH_SETTINGS) -> dict[str, Any]:
    positives = [q for q in queries if q.matches]
    negatives = [q for q in queries if not q.matches]
    hits = reciprocal = shown_right = 0.0
    misses: list[dict[str, Any]] = []
    for q in positives:
        wanted = {ids[i] for i in q.matches}
        ranked = match_claim(archive, q.text, limit=RANK_DEPTH, settings=settings)
        rank = next((i + 1 for i, m in enumerate(ranked) if m.check_id in wanted), None)
        hits += rank == 1
        reciprocal += 1.0 / rank if rank else 0.0
        shown_right += bool(ranked and ranked[0].check_id in wanted and ranked[0].verdict)
        if rank != 1:
            misses.append({"id": q.id, "rank": rank, "top": ranked[0].check.claim if ranked else None})
    silent = 0
    false_verdicts: list[dict[str, Any]] = []
    for q in negatives:
        ranked = match_claim(archive, q.text, limit=1, settings=settings)
        if not ranked or not ranked[0].verdict:
            silent += 1
        else:
            false_verdicts.append({"id": q.id, "score": round(ranked[0].score, 3), "top": ranked[0].check.claim})
    n_pos, n_neg = len(positives), len(negatives)
    return {
        "queries_with_match": n_pos,
        "queries_without_match": n_neg,
        "p_at_1": hits / n_pos if n_pos else None,
        "mrr": reciprocal / n_pos if n_pos else None,
        "verdict_shown_and_right": shown_right / n_pos if n_pos else None,
        "no_verdict_when_no_match": silent / n_neg if n_neg else None,
        "misses": misses,
        "false_verdicts": false_verdicts,
    }


def evaluate_factchecks(gold_path: str | Path, archive_csv: str | Path, split: str = "test",
                        settings: MatchSettings = DEFAULT_MATCH_SETTINGS) -> dict[str, Any]:
    queries = load_queries(gold_path, split)
    with tempfile.TemporaryDirectory() as tmp:
        with build_archive(archive_csv, Path(tmp) / "factchecks.db") as archive:
            result = score_queries(archive, row_ids(archive_csv), queries, settings)
    result["split"] = split
    return result


def format_report(result: dict[str, Any]) -> str:
    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    return "\n".join([
        f"split: {result['split']}",
        f"queries with a prior check: {result['queries_with_match']}  P@1 {pct(result['p_at_1'])}  "
        f"MRR {pct(result['mrr'])}  shown as verdict and right {pct(result['verdict_shown_and_right'])}",
        f"queries without one: {result['queries_without_match']}  no verdict shown {pct(result['no_verdict_when_no_match'])}",
    ])
