"""A learned pair model for story grouping: how likely a report tells the happening of an open story.

``StoryIndex.add`` compares each report with its candidate stories by one cosine and a hand threshold
(``StorySettings.threshold``) plus many hand rules. This module holds the other kind of rule: a
logistic regression over the numbers the grouper already works out for a report and a story
(``PAIR_FEATURES``), trained by ``scripts/train_story_pairs.py`` on the comparisons the grouper makes
while it groups tune golds, each labelled by whether the report's gold event is the story's. The model
ships as data (``ceksilang/data/story_pairs.json``: feature names, scaling, coefficients, the training
command, the files it was trained on and its cross-validated scores); no scikit-learn at run time.

``StorySettings.pair_model`` names it; empty (the default) leaves the grouper as it was. See
docs/evaluation.md (grp44) for what it was measured to do.
"""
from __future__ import annotations

import json
import math
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# The numbers of one (report, story) comparison, in this order (``StoryIndex._pair_features``).
PAIR_FEATURES: tuple[str, ...] = (
    "cosine",             # the report's cosine with the story's centroid, before any decay
    "similarity",         # the similarity the grouper compares with its threshold (decay and lifts applied)
    "word_similarity",    # the cosine over words and names only (figure keys left out)
    "own_similarity",     # the part of the cosine that names the gazetteer lists do not make
    "lower_similarity",   # the part that words written in lower case make (what happened)
    "day_gap",            # days between the report and the story's span, at most 5
    "shared_evidence",    # the tie weight of the counts and days both give
    "exact_count",        # 1 when both give one count of several significant digits
    "headline_names",     # names the report's headline gives that a headline of the story gives
    "same_outlet",        # 1 when an outlet of the story is the report's
    "story_size",         # log(1 + the story's reports)
    "kinds_differ",       # 1 when the headlines name kinds of incident and none in common
    "shared_people",      # full-name people both name
    "shared_names_idf",   # the summed batch IDF of the entity keys both give
    "english",            # 1 when an English report is compared
)


@dataclass(frozen=True)
class PairModel:
    """A logistic regression over ``PAIR_FEATURES``: standardised inputs, one weight each."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float

    def probability(self, values: tuple[float, ...]) -> float:
        """How likely the report tells the story's happening, by the model."""
        z = self.intercept
        for x, m, s, w in zip(values, self.means, self.scales, self.weights):
            z += w * (x - m) / s
        if z < -40:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_pair_model(name: str) -> PairModel:
    """The model ``ceksilang/data/<name>.json`` (written by scripts/train_story_pairs.py); its
    features must be ``PAIR_FEATURES`` in order, or the file is refused."""
    data = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    features = tuple(data["features"])
    if features != PAIR_FEATURES:
        raise ValueError(f"{name}.json was trained on other features: {features}")
    return PairModel(features=features, means=tuple(data["means"]), scales=tuple(data["scales"]),
                     weights=tuple(data["weights"]), intercept=float(data["intercept"]))


# The comparisons recorded while ``recording_pairs`` is open: (report id, ids of the story's reports,
# feature values). None: nothing is recorded (the default; the grouper then works out no features
# unless a pair model is on).
_RECORDED: list[tuple[str, tuple[str, ...], tuple[float, ...]]] | None = None


def recorder() -> list[tuple[str, tuple[str, ...], tuple[float, ...]]] | None:
    return _RECORDED


@contextmanager
def recording_pairs() -> Iterator[list[tuple[str, tuple[str, ...], tuple[float, ...]]]]:
    """Record every (report, candidate story) comparison ``StoryIndex.add`` makes inside the block
    (the training script's reader; one process, one worker)."""
    global _RECORDED
    previous, _RECORDED = _RECORDED, []
    try:
        yield _RECORDED
    finally:
        _RECORDED = previous
