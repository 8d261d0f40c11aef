"""Could a function-word count decide a document's language without lingua, labels unchanged?

    .venv/bin/python bench/langid_gate.py [--corpus ../shared/corpus] [--out bench/results/langid_gate.json]

The texts: the three news tables (``clean_text``), the coverage corpus (``text``) and the
TurnBackHoax records (``Body``), 13,212 in all. Each gets lingua's label as
``ceksilang.ingest.langid.detect_language`` gives it, and the share of its words (``\\w+``,
lower case, in the first ``MAX_CHARS`` characters that lingua reads) that are Indonesian-only
and English-only function words (``lang/id/stopwords.txt``, ``lang/en/stopwords.txt``, the
words in both lists left out). A gate "Indonesian when at least R of the words are Indonesian
function words and at most 5% English ones" may only skip lingua if no text above R has another
label: the file records the highest Indonesian share among the texts lingua does not call
Indonesian, and how many texts a gate at that share and at wider margins would skip.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path

from ceksilang.ingest.langid import MAX_CHARS, detect_language
from ceksilang.lang import load_data

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
SOURCES = (("news/cnn_labeled.csv", "clean_text", ","), ("news/fidelity_5outlets_2025_labeled.csv", "clean_text", ","),
           ("news/tempo.csv", "clean_text", ","), ("coverage/coverage.csv", "text", ","),
           ("hoax/Scrapping.csv", "Body", ";"))
WORD = re.compile(r"\w+")
MIN_WORDS = 50
MAX_ENGLISH_SHARE = 0.05


def texts(corpus: Path) -> list[tuple[str, str]]:
    csv.field_size_limit(1 << 26)
    out = []
    for rel, column, delimiter in SOURCES:
        # the TurnBackHoax file holds some bytes that are not UTF-8: replaced, as the reader does
        with (corpus / rel).open(encoding="utf-8", errors="replace", newline="") as fh:
            out += [(rel, row[column]) for row in csv.DictReader(fh, delimiter=delimiter) if row.get(column)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "langid_gate.json")
    args = ap.parse_args(argv)
    indonesian = frozenset(w.lower() for w in load_data("stopwords", "id"))
    english = frozenset(w.lower() for w in load_data("stopwords", "en"))
    indonesian, english = indonesian - english, english - indonesian
    rows = []
    for source, text in texts(args.corpus):
        words = WORD.findall(text[:MAX_CHARS].lower())
        n = max(len(words), 1)
        rows.append((source, detect_language(text), len(words), sum(w in indonesian for w in words) / n,
                     sum(w in english for w in words) / n))
    others = [r for r in rows if r[1] != "id"]
    highest = max(r[3] for r in others)
    gates = {}
    for share in (0.40, round(highest + 0.001, 3), 0.48, 0.50):
        skipped = [r for r in rows if r[2] >= MIN_WORDS and r[3] >= share and r[4] <= MAX_ENGLISH_SHARE]
        gates[str(share)] = {"skipped": len(skipped), "label_differs": sum(r[1] != "id" for r in skipped)}
    result = {
        "command": "python bench/langid_gate.py",
        "texts": len(rows),
        "by_source": dict(Counter(r[0] for r in rows)),
        "lingua_labels": dict(Counter(str(r[1]) for r in rows)),
        "indonesian_share_of_texts_labelled_id": {
            q: round(sorted(r[3] for r in rows if r[1] == "id")[int(q * (len(rows) - len(others) - 1))], 3)
            for q in (0.05, 0.5, 0.95)},
        "highest_indonesian_share_not_labelled_id": round(highest, 3),
        "highest_indonesian_share_labelled_ms": round(max(r[3] for r in others if r[1] == "ms"), 3),
        "gates": gates,
    }
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
