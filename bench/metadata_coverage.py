"""How often ceksilang reads the outlet and the publication date from an article's own text, on
real articles nobody tuned the rules on: coverage/coverage.csv (9,284 articles, 16 outlets).

Each text goes through ``extract_metadata`` alone (no CSV metadata). The CSV's outlet and
published columns are the reference:

- an article *states its outlet* when the outlet's brand (``BRANDS``) is written within the first
  ``HEAD_CHARS`` characters of the text (not as part of a word that does not name the outlet:
  "detikers", its readers); the outlet read is right when its name, lower-cased and without its
  domain ending, starts with that brand ("detikNews", "Tribunjogja.com") or with the name of a
  site of the outlet's network (``NETWORK``: "Wartakotalive.com" for Tribunnews);
- an article *states its date* when the CSV's publication day is written ("Senin (3/3/2025)",
  "03/03/2025", "3 Maret 2025") on a short first line (a header line: at most 12 words, no full
  stop at its end) or in
  the first line before its first dash (a dateline prefix); a date in the lead's sentence is
  the day of the event, not a statement of publication; the date read is right when it is
  that day.

Both are automatic proxies for "the text states it": a brand named in the lead's body counts
as stated, and so does a dateline date that is the event's day. The texts of coverage.csv start
at the lead (the site's header lines were not kept), so almost none states its publication date
in the place this proxy looks (a "stated" 0 here is the corpus, not the reader): the date reader
is measured instead on real news pages that keep their header lines, annotated by hand and kept
outside the repository (their text is not ours).
Also counted: outlets and dates read that disagree with the CSV (wrong readings).

    python bench/metadata_coverage.py [--corpus ../shared/corpus] [--half tune|test|all] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from ceksilang.evaluate.coverage import outlet_key
from ceksilang.ingest.metadata import extract_metadata

HEAD_CHARS = 120
# the CSV outlet -> the brand its texts write (regional Tribun and detik sites included)
BRANDS = {"Detik": "detik", "Liputan6": "liputan6", "Tribunnews": "tribun", "Okezone": "okezone",
          "KRJogja (Kedaulatan Rakyat)": "krjogja", "SINDOnews": "sindonews", "TIMES Indonesia": "times",
          "Kompas": "kompas", "IDN Times": "idntimes", "Kontan": "kontan", "Bisnis.com": "bisnis",
          "Posmetro": "posmetro", "KapanLagi": "kapanlagi", "Republika": "republika", "iNews": "inews",
          "Tempo": "tempo"}
# Sites of an outlet's network whose texts carry their own name: a text of the CSV's "Tribunnews"
# that opens "WARTAKOTALIVE.COM, BEKASI -" is read right as Wartakotalive.com. These count only
# for a reading being right, never for an article stating its outlet.
NETWORK = {"Tribunnews": ("wartakotalive", "bangkapos", "banjarmasinpost", "poskupang", "surya", "sripoku",
                          "prohaba", "serambinews", "tribujabar")}
# What a brand is part of without naming the outlet: detik's readers are "detikers".
NOT_THE_OUTLET = re.compile(r"detikers")
MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
          "november", "desember"]


def day_written(head: str, day: str) -> bool:
    y, m, d = (int(x) for x in day.split("-"))
    forms = [rf"\b0?{d}[/.-]0?{m}[/.-]{y}\b", rf"\b0?{d}\s+{MONTHS[m - 1]}\s+{y}\b", rf"\b0?{d}\s+{MONTHS[m - 1][:3]}\s+{y}\b"]
    low = head.lower()
    return any(re.search(f, low) for f in forms)


def half_of(article_id: str) -> str:
    """The fixed split (set before any rule was changed on what it showed): the articles whose id
    ends in an even hex digit are looked at to fix rules ("tune"), the others only measured ("test")."""
    return "tune" if int(article_id[-1], 16) % 2 == 0 else "test"


def dateline_zone(text: str) -> str:
    """Where a text states its own date: a short first line, or the first line up to a dash."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if len(first.split()) <= 12 and not first.rstrip().endswith("."):
        return first
    cut = re.search(r"\s[-–—]{1,2}|[-–—]{2}", first[:80])
    return first[:cut.start()] if cut else ""


def measure(corpus: Path, half: str = "all") -> dict:
    csv.field_size_limit(sys.maxsize)
    counts: Counter[str] = Counter()
    by_outlet: dict[str, Counter[str]] = {}
    misses: list[dict] = []
    with (corpus / "coverage" / "coverage.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            brand = BRANDS.get(row["outlet"])
            if brand is None or (half != "all" and half_of(row["id"]) != half):
                continue
            counts["articles"] += 1
            c = by_outlet.setdefault(row["outlet"], Counter())
            head = row["text"][:HEAD_CHARS]
            meta = extract_metadata(row["text"])
            read_key = outlet_key(meta.outlet)
            outlet_right = bool(read_key) and read_key.startswith((brand, *NETWORK.get(row["outlet"], ())))
            named = NOT_THE_OUTLET.sub("", head.lower())
            if brand in outlet_key(named) or brand in named.replace(" ", ""):
                counts["outlet_stated"] += 1
                c["outlet_stated"] += 1
                counts["outlet_stated_right"] += outlet_right
                c["outlet_stated_right"] += outlet_right
                if not outlet_right and len(misses) < 400:
                    misses.append({"id": row["id"], "field": "outlet", "csv": row["outlet"], "read": meta.outlet})
            if meta.outlet:
                counts["outlet_read"] += 1
                counts["outlet_read_wrong"] += not outlet_right
            day = (row["published"] or "")[:10]
            read_day = (meta.published or "")[:10]
            if day and day_written(dateline_zone(row["text"]), day):
                counts["date_stated"] += 1
                c["date_stated"] += 1
                counts["date_stated_right"] += read_day == day
                c["date_stated_right"] += read_day == day
                if read_day != day and len(misses) < 400:
                    misses.append({"id": row["id"], "field": "date", "csv": day, "read": read_day or None})
            if read_day:
                counts["date_read"] += 1
                counts["date_read_wrong"] += read_day != day
    rate = lambda a, b: round(counts[a] / counts[b], 3) if counts[b] else None  # noqa: E731
    return {
        "articles": counts["articles"],
        "outlet": {"stated": counts["outlet_stated"], "right": counts["outlet_stated_right"],
                   "share_right": rate("outlet_stated_right", "outlet_stated"),
                   "read": counts["outlet_read"], "read_wrong": counts["outlet_read_wrong"]},
        "date": {"stated": counts["date_stated"], "right": counts["date_stated_right"],
                 "share_right": rate("date_stated_right", "date_stated"),
                 "read": counts["date_read"], "read_wrong": counts["date_read_wrong"]},
        "by_outlet": {k: dict(v) for k, v in sorted(by_outlet.items())},
        "misses": misses,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--out", default=None)
    ap.add_argument("--half", default="all", choices=("tune", "test", "all"))
    args = ap.parse_args()
    result = measure(Path(args.corpus), args.half)
    result["half"] = args.half
    summary = {k: v for k, v in result.items() if k != "misses"}
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
