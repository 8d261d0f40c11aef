"""The shared body of the checks made on stored pages kept outside the repository (tests/test_times_check62.py,
tests/test_times_check65.py, tests/test_copies_check66.py): reading a gold file, reading the pages' texts (a JSON
Lines file an environment variable names; the test skips when it is absent), and the shape every check of
"events of reports, pairs flagged or listed as look-alikes" holds."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

GOLD_DIR = Path(__file__).parent / "gold"


def read_gold(name: str) -> dict:
    """The gold file ``tests/gold/<name>`` as YAML."""
    return yaml.safe_load((GOLD_DIR / name).read_text(encoding="utf-8"))


def texts_path(env: str, default: str) -> Path:
    """Where the check's pages are: ``$env``, else ``default``."""
    return Path(os.environ.get(env, default))


def stored_pages(env: str, default: str, check: str) -> dict[str, dict]:
    """The check's stored pages by id (title, url, published, outlet, text), from the JSON Lines file ``$env``
    (else ``default``); skips the test when it is absent, since the texts are kept outside the repository."""
    path = texts_path(env, default)
    if not path.is_file():
        pytest.skip(f"the {check} texts are kept outside the repository and are absent here (${env}: {path})")
    return {p["id"]: p for p in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def assert_events_split_by_event(events: dict[str, dict], min_events: int = 10, min_docs: int = 3) -> None:
    """At least ``min_events`` events of ``min_docs`` reports or more, each report annotated, split by event into
    tune and test, no report in two events."""
    assert len(events) >= min_events
    assert {e["split"] for e in events.values()} == {"tune", "test"}
    ids = [k for e in events.values() for k in e["docs"]]
    assert len(ids) == len(set(ids)), "a report belongs to one event"
    for name, e in events.items():
        assert len(e["docs"]) >= min_docs, name
        assert set(e["reports"]) == set(e["docs"]), name


def assert_pairs_name_reports_of_their_event(events: dict[str, dict], min_flagged: int) -> None:
    """Each flagged pair names two reports of its event, a slot (time or day), two values and short spans; each
    look-alike ("not") and each pair either way ("either") names two reports and why; at least ``min_flagged``
    pairs are flagged."""
    flagged = 0
    for name, e in events.items():
        for f in e.get("flag") or []:
            flagged += 1
            assert f["a"] != f["b"] and {f["a"], f["b"]} <= set(e["docs"]), name
            assert f["slot"] in ("time", "day") and f["values"][0] != f["values"][1]
            assert all(len(s.split()) <= 12 for s in f["spans"])
        for n in (e.get("not") or []) + (e.get("either") or []):
            assert n["a"] != n["b"] and {n["a"], n["b"]} <= set(e["docs"]) and n["why"], name
    assert flagged >= min_flagged
