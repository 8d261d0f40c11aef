"""Shared fixtures. Tests that read ../shared/corpus skip, with the reason, where it is absent
(a user's clone has no ../shared); CI has it, so there they run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CEKSILANG_SHARED", REPO.parent / "shared")).resolve()
CORPUS = SHARED / "corpus"
SEEDS = CORPUS / "seeds"


def needs_corpus(*parts: str) -> Path:
    """The path under ../shared/corpus, or skip the calling test with a clear reason."""
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared corpus is not beside this clone)")
    return path


@pytest.fixture
def corpus() -> Path:
    return needs_corpus()


@pytest.fixture
def seeds_dir() -> Path:
    return needs_corpus("seeds")


@pytest.fixture
def seed_texts(seeds_dir: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))}


# Property tests assert behaviour, not speed: a loaded CI machine must not turn a slow example
# into a failure (speed is measured in bench/, never in tests).
from hypothesis import HealthCheck as _HealthCheck, settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ceksilang", deadline=None, suppress_health_check=[_HealthCheck.too_slow])
_hypothesis_settings.load_profile("ceksilang")
