"""Quote speakers on a hard sample of coverage: tests/gold/quotes_coverage_hard.yaml.

91 quotes (direct and indirect) in 15 coverage.csv articles from 9 outlets that no other gold
file uses, annotated by hand before ceksilang ran on them (issue 20, third round: indirect
speech and "-nya" cues far from the speaker, joint speakers, short names in parentheses, roles
with a body and a region before the name, organisations as speakers, rare speech verbs).
Scored exactly as tests/test_quotes_coverage.py does (real reader and pipeline, then linking
over the 15 articles). Every third quote is test (fixed and committed before any run). Tune on
the tune quotes only; the test figure is printed, measured once at the end (docs/evaluation.md).

`pytest -s tests/test_quotes_coverage_hard.py` prints the figures and the tune errors.
"""

from __future__ import annotations

from pathlib import Path

from .test_quotes_coverage import score

GOLD = Path(__file__).resolve().parent / "gold" / "quotes_coverage_hard.yaml"

# Tune split (61 quotes). Before the speaker classes of this round: found 59, exact 45, after
# linking 44, lenient 47 of 61; after them: found 61, exact 59, after linking 58, lenient 60.
# Floors: the measured figure less one quote. The test split is only printed (measured once at
# the end, docs/evaluation.md), so no change is ever made to pass on it.
FLOORS_TUNE = {"found": 0.98, "exact": 0.95, "exact_linked": 0.93, "lenient": 0.96}


def test_quotes_coverage_hard_tune_split_floors() -> None:
    tune, tune_errors = score("tune", GOLD)
    print(f"tune: {tune}")
    print("\n".join(tune_errors))
    test, _ = score("test", GOLD)
    print(f"test: {test}")
    for key, floor in FLOORS_TUNE.items():
        assert tune[key] >= floor, f"{key} {tune[key]:.3f} < {floor} on the hard tune quotes; errors:\n" + \
            "\n".join(tune_errors)
