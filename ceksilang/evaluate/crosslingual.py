"""Cross-lingual scores of a briefing against tests/gold/crosslingual/gold.yaml (issue 17).

``python -m ceksilang.evaluate.crosslingual BRIEFING_JSON GOLD_YAML [--split test]`` prints story
grouping pair P/R/F1 over the gold documents of the split (a pair's two documents plus the
unrelated reports; one the gold's ``unrelated_split`` names counts in that split only), translation pairs found (precision / recall of ``translated_from``), and
changes flagged: recall over the gold changes whose kind ceksilang flags, by kind, and false
alarms per pair (flagged changes beyond the gold count of that pair).

``python -m ceksilang.evaluate.crosslingual --pairs LIST_YAML`` analyses the documents a list
names (real pages whose text must stay out of the repository) and prints the same scores. The
list holds ``documents`` (``id``, ``language``, ``published``, ``story``, ``file`` relative to
the list, ``url``) and ``pairs`` (``english``, ``indonesian``, ``translated``: whether the
Indonesian article renders the English one, ``changes``: the kinds a translation changed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ceksilang.reconcile.stories import pair_scores

_KIND_OF_MEANING = {"figure": "figure", "qualifier": "qualifier", "negation lost": "negation", "negation added": "negation",
                    "speaker changed": "speaker", "actor changed": "actor", "place changed": "place"}


def score(briefing: dict[str, Any], gold: dict[str, Any], split: str | None = None) -> dict[str, Any]:
    """The scores of one briefing on the gold pairs of ``split`` (all pairs when None)."""
    pairs = [p for p in gold["pairs"] if split is None or p["split"] == split]
    in_pairs = {p["english"] for p in pairs} | {p["indonesian"] for p in pairs}
    stories = gold["stories"]
    events = {stories[d] for d in in_pairs}
    # the split's documents: its pairs, and every other gold document (unrelated reports, own
    # reports) unless ``unrelated_split`` puts it in another split only
    only_in = gold.get("unrelated_split") or {}
    paired = {stories[p["english"]] for p in gold["pairs"]}
    members = {d for d, s in stories.items()
               if s in events or (s not in paired and (split is None or only_in.get(d, split) == split))}
    predicted = {d: s["id"] for s in briefing["stories"] for d in s["docs"] if d in members}
    grouping = pair_scores(predicted, {d: stories[d] for d in members})
    docs = {d["id"]: d for d in briefing["documents"]}
    found = {d: (docs[d].get("translated_from") or {}).get("doc") for d in members if d in docs}
    # a pair of one event that is no translation ("translated: false") counts for grouping only
    gold_links = {p["indonesian"]: p["english"] for p in pairs if p.get("translated", True)}
    tp = sum(1 for d, e in found.items() if e and gold_links.get(d) == e)
    fp = sum(1 for d, e in found.items() if e and gold_links.get(d) != e)
    fn = sum(1 for d, e in gold_links.items() if found.get(d) != e)
    flagged: dict[str, Counter[str]] = {}
    for disc in briefing["discrepancies"]:
        if disc["kind"] == "translation":
            for c in disc["changes"]:
                flagged.setdefault(c["doc_b"], Counter())[_KIND_OF_MEANING.get(c["meaning"], c["meaning"])] += 1
    hit = total = alarms = 0
    by_kind: dict[str, list[int]] = {}
    for p in pairs:
        want = Counter(p["changes"])
        got = flagged.get(p["indonesian"], Counter())
        for kind, n in want.items():
            k = by_kind.setdefault(kind, [0, 0])
            k[0] += min(n, got[kind])
            k[1] += n
            hit += min(n, got[kind])
            total += n
        alarms += sum(max(0, got[kind] - want[kind]) for kind in got)
    return {
        "split": split or "all", "pairs": len(pairs), "documents": len(members), "story_grouping": grouping,
        "translations": {"precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
                         "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0, "found": tp + fp, "gold": len(gold_links)},
        "changes": {"recall": round(hit / total, 3) if total else 1.0, "flagged_right": hit, "gold": total,
                    "by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
                    "false_alarms_per_pair": round(alarms / len(pairs), 3) if pairs else 0.0},
    }


_CHANGE_KINDS = frozenset(_KIND_OF_MEANING.values())
_LANGUAGES = ("en", "id")


def read_pair_list(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The JSON Lines records of the documents a pair list names, and the list as gold (the
    shape :func:`score` reads). Raises ValueError naming the list and what is wrong."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list) or not isinstance(data.get("pairs"), list):
        raise ValueError(f"{path}: expected the lists 'documents' and 'pairs'")
    records, stories, languages = [], {}, {}
    for doc in data["documents"]:
        missing = [k for k in ("id", "language", "story", "file") if not doc.get(k)]
        if missing:
            raise ValueError(f"{path}: document {doc.get('id', '?')} lacks {missing}")
        if doc["id"] in stories:
            raise ValueError(f"{path}: document id {doc['id']!r} is given twice")
        if doc["language"] not in _LANGUAGES:
            raise ValueError(f"{path}: document {doc['id']}: language must be one of {', '.join(_LANGUAGES)}, "
                             f"not {doc['language']!r}")
        text_path = path.parent / doc["file"]
        if not text_path.is_file():
            raise ValueError(f"{path}: document {doc['id']}: no text file at {text_path}")
        # YAML reads an unquoted 2024-10-31 as a date: the record wants the ISO text either way
        published = doc.get("published")
        records.append({"id": doc["id"], "text": text_path.read_text(encoding="utf-8"), "url": doc.get("url"),
                        "published": published.isoformat() if hasattr(published, "isoformat") else published,
                        "language": doc["language"]})
        stories[doc["id"]] = doc["story"]
        languages[doc["id"]] = doc["language"]
    for pair in data["pairs"]:
        name = pair.get("pair", "?")
        for side in ("english", "indonesian"):
            if pair.get(side) not in stories:
                raise ValueError(f"{path}: pair {name}: unknown {side} document {pair.get(side)!r}")
        if languages[pair["english"]] != "en" or languages[pair["indonesian"]] != "id":
            raise ValueError(f"{path}: pair {name}: 'english' must name an en document and 'indonesian' an id one")
        unknown = sorted(set(pair.get("changes") or []) - _CHANGE_KINDS)
        if unknown:
            raise ValueError(f"{path}: pair {name}: unknown change kind(s) {unknown}; "
                             f"known: {', '.join(sorted(_CHANGE_KINDS))}")
        pair.setdefault("split", "real")
        pair.setdefault("changes", [])
    return records, {"pairs": data["pairs"], "stories": stories}


def analyse_pair_list(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The briefing of the documents a pair list names (analysed in a temporary folder, so no
    text is written anywhere else) and the list as gold."""
    from ceksilang.cli import main as cli_main  # noqa: PLC0415 - the whole pipeline, as a user runs it

    records, gold = read_pair_list(path)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "pairs.jsonl"
        inputs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        out = Path(tmp) / "out"
        with contextlib.redirect_stdout(sys.stderr):  # stdout carries the scores alone
            code = cli_main(["analyze", str(inputs), "--out", str(out), "--no-progress", "--workers", "1"])
        if code == 2:
            raise ValueError(f"{path}: the analysis refused its input")
        briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    return briefing, gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("briefing", type=Path, nargs="?")
    parser.add_argument("gold", type=Path, nargs="?")
    parser.add_argument("--split", choices=["tune", "test"])
    parser.add_argument("--pairs", type=Path, help="a list of real pairs to analyse and score (see above)")
    parser.add_argument("--changes", action="store_true", help="with --pairs: also list every flagged change")
    args = parser.parse_args(argv)
    if args.pairs:
        try:
            briefing, gold = analyse_pair_list(args.pairs)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        result = score(briefing, gold)
        if args.changes:
            result["flagged"] = [{"doc": c["doc_b"], "meaning": c["meaning"], "note": c["note"]}
                                 for d in briefing["discrepancies"] if d["kind"] == "translation" for c in d["changes"]]
            result["translated_from"] = {d["id"]: (d.get("translated_from") or {}).get("doc") for d in briefing["documents"]}
            result["stories"] = [s["docs"] for s in briefing["stories"]]
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    if args.briefing is None or args.gold is None:
        parser.error("give BRIEFING_JSON and GOLD_YAML, or --pairs LIST_YAML")
    briefing = json.loads(args.briefing.read_text(encoding="utf-8"))
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    print(json.dumps(score(briefing, gold, args.split), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
