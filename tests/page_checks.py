"""What the hand-annotated checks share for reading their files: the gold file (``read_gold``) and the texts kept
outside the repository (``outside_path``: an environment variable names a file or folder, the test skips, saying
why, where it names nothing there; ``stored_pages`` by id and ``stored_texts`` by url read JSON Lines pages through
it). Every check test (tests/test_*_check*.py) and the check modules tests/figure_checks.py, quote_checks.py and
story_checks.py read through these. Also the shape every check of "events of reports, pairs flagged or listed as
look-alikes" holds (tests/test_times_check62.py, 65, tests/test_copies_check66.py), and of "events of articles, items
told two ways" with their spans quoted from the stored pages (tests/test_details_check60.py, 64, 69,
tests/test_names_check72.py)."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest
import yaml

GOLD_DIR = Path(__file__).parent / "gold"


def read_gold(name: str) -> dict:
    """The gold file ``tests/gold/<name>`` as YAML."""
    return yaml.safe_load((GOLD_DIR / name).read_text(encoding="utf-8"))


def outside_path(env: str, what: str, *, default: str | None = None, folder: bool | None = False) -> Path:
    """The path ``$env`` names (else ``default``) to ``what``, texts kept outside the repository; skips the test,
    saying so, where nothing is named or the named path is not a file (``folder=False``), not a folder
    (``folder=True``) or neither (``folder=None``)."""
    named = os.environ.get(env) or default
    if not named:
        pytest.skip(f"set ${env} to {what} (kept outside the repository)")
    path = Path(named)
    there = path.exists() if folder is None else path.is_dir() if folder else path.is_file()
    if not there:
        pytest.skip(f"{what} are kept outside the repository and are absent here (${env}: {path})")
    return path


def _jsonl_rows(path: Path) -> list[dict]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def stored_pages(env: str, default: str | None, check: str) -> dict[str, dict]:
    """The check's stored pages by id (title, url, published, outlet, text), from the JSON Lines file ``$env``
    (else ``default``); skips the test when it is absent."""
    path = outside_path(env, f"the {check} texts (a JSON Lines file of pages with id)", default=default)
    return {p["id"]: p for p in _jsonl_rows(path)}


def stored_texts(env: str, check: str) -> dict[str, str]:
    """url -> text of a check's stored pages, from the JSON Lines file (or folder of them) ``$env`` names; skips,
    saying so, when it names none."""
    path = outside_path(env, f"the {check} stored pages (JSON Lines of url and text)", folder=None)
    rows = _jsonl_rows(path)
    if not rows and path.is_dir():
        pytest.skip(f"${env} names no JSON Lines file of the {check} stored pages ({path})")
    return {row["url"]: row["text"] for row in rows}


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


def assert_events_of_three_articles(events: list[dict], min_events: int = 8, min_per_split: int = 0) -> None:
    """The shape every check of "events of articles, items told two ways" holds (tests/test_details_check60.py,
    64, 69, tests/test_names_check72.py): at least ``min_events`` events, split into tune and test before any run
    (``min_per_split`` events at least in each half), each event of three articles or more, no article in two nor
    listed twice in one."""
    assert len(events) >= min_events
    splits = Counter(e["split"] for e in events)
    assert set(splits) == {"tune", "test"}
    assert splits["tune"] >= min_per_split and splits["test"] >= min_per_split
    for e in events:
        assert len(set(e["articles"])) >= 3, e["event"]
    ids = [a for e in events for a in e["articles"]]
    assert len(ids) == len(set(ids)), "an article belongs to one event, listed once"


def assert_spans_quoted_from_pages(events: list[dict], texts: dict[str, str], flagged: str = "discrepancies",
                                   alike: str = "not_discrepancies") -> None:
    """Every span of the events' items (``flagged``: two sides, each an article and a span; ``alike``: two
    articles and their spans) is an exact quote of its article's stored text."""
    for e in events:
        for d in e.get(flagged) or []:
            for s in d["sides"]:
                assert s["span"] in texts[s["article"]], (e["event"], s["span"])
        for n in e.get(alike) or []:
            for article, span in zip(n["articles"], n["spans"]):
                assert span in texts[article], (e["event"], span)


def stored_page_texts(env: str, default: str | None, check: str) -> dict[str, str]:
    """id -> text of a check's stored pages (``stored_pages``); skips the test when they are absent."""
    return {i: p["text"] for i, p in stored_pages(env, default, check).items()}
