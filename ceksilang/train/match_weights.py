"""Tune the claim matcher's weights and verdict threshold on the ``tune`` split of the gold
queries only (``tests/gold/factchecks/queries.yaml``); the ``test`` split is never read here.

    python -m ceksilang.train.match_weights [--gold FILE] [--archive Scrapping.csv]

Each query's candidates and their features are computed once; a logistic model is fitted on
them (a candidate the gold names is 1, every other 0), then the threshold is set as the lowest
probability that keeps no verdict on at least ``--silent`` of the tune queries without a prior
check. The result is
printed to be copied into ``MatchSettings``' defaults.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import replace
from pathlib import Path

from ceksilang.evaluate.factchecks import build_archive, load_queries, row_ids
from ceksilang.factcheck.match import DEFAULT_MATCH_SETTINGS, MatchSettings, features_for, score

FOLDS = 5
REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold" / "factchecks" / "queries.yaml"
ARCHIVE = REPO.parent / "shared" / "corpus" / "hoax" / "Scrapping.csv"


def _ranked(rows: list[tuple[str, tuple[float, ...]]], s: MatchSettings) -> list[tuple[float, str]]:
    return sorted(((score(f, s), cid) for cid, f in rows), key=lambda p: -p[0])


def tune(gold: Path = GOLD, archive_csv: Path = ARCHIVE, silent_goal: float = 0.95, c: float = 0.3
         ) -> tuple[MatchSettings, dict[str, float]]:
    from sklearn.linear_model import LogisticRegression

    queries = load_queries(gold, "tune")
    ids = row_ids(archive_csv)
    with tempfile.TemporaryDirectory() as tmp, build_archive(archive_csv, Path(tmp) / "fc.db") as archive:
        positives = [({ids[i] for i in q.matches}, features_for(archive, q.text)) for q in queries if q.matches]
        negatives = [features_for(archive, q.text) for q in queries if not q.matches]
    def fit(pos: list, neg: list) -> MatchSettings:
        xs, ys = [], []
        for wanted, rows in pos:
            for cid, f in rows:
                xs.append(f)
                ys.append(int(cid in wanted))
        for rows in neg:
            for _, f in rows:
                xs.append(f)
                ys.append(0)
        model = LogisticRegression(C=c, max_iter=5000).fit(xs, ys)
        return replace(DEFAULT_MATCH_SETTINGS, weights=tuple(round(float(w), 4) for w in model.coef_[0]),
                       bias=round(float(model.intercept_[0]), 4))

    settings = fit(positives, negatives)
    # the threshold from out-of-fold scores: a model scoring the very queries it was fitted on
    # would set it too low for claims it has not seen
    negative_tops: list[float] = []
    positive_tops: list[float] = []
    for fold in range(FOLDS):
        model = fit([p for i, p in enumerate(positives) if i % FOLDS != fold],
                    [n for i, n in enumerate(negatives) if i % FOLDS != fold])
        negative_tops += [max((score(f, model) for _, f in rows), default=0.0)
                          for i, rows in enumerate(negatives) if i % FOLDS == fold]
        positive_tops += [max((score(f, model) for _, f in rows), default=0.0)
                          for i, (_, rows) in enumerate(positives) if i % FOLDS == fold]
    negative_tops.sort()
    hits = rr = 0.0
    for wanted, rows in positives:
        ranked = _ranked(rows, settings)
        rank = next((i + 1 for i, (_, cid) in enumerate(ranked) if cid in wanted), None)
        hits += rank == 1
        rr += 1 / rank if rank else 0.0
    # lowest threshold that leaves at least silent_goal of the negatives without a verdict
    keep = max(0, min(len(negative_tops) - 1, int(len(negative_tops) * silent_goal + 0.999999) - 1))
    threshold = round(negative_tops[keep] + 0.005, 3) if negative_tops else settings.threshold
    settings = replace(settings, threshold=threshold)
    right_shown = 0
    for wanted, rows in positives:
        ranked = _ranked(rows, settings)
        right_shown += bool(ranked and ranked[0][1] in wanted and ranked[0][0] >= threshold)
    report = {"mrr": rr / len(positives), "p_at_1": hits / len(positives),
              "verdict_shown_and_right": right_shown / len(positives),
              "no_verdict_when_no_match": sum(t < threshold for t in negative_tops) / max(1, len(negative_tops))}
    return settings, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--archive", type=Path, default=ARCHIVE)
    parser.add_argument("--silent", type=float, default=0.95, help="share of no-match tune queries to keep silent")
    parser.add_argument("--c", type=float, default=0.3, help="inverse regularisation of the logistic model")
    args = parser.parse_args()
    settings, report = tune(args.gold, args.archive, args.silent, args.c)
    print(settings)
    print({k: round(v, 3) for k, v in report.items()})


if __name__ == "__main__":
    main()
