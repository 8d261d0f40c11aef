"""Score ``extract_metadata`` on real news pages annotated by hand (tests/gold/metadata_pages_check80.yaml).

    python -m ceksilang.evaluate.metadata_pages GOLD --texts FILE.jsonl [--split tune|test] [--items] [--json]

The gold holds, per page url, the outlet, the publication date (and clock time) and the dateline place the
page's own text states, or null where it states none; the texts (third-party pages) stay outside the
repository in a JSON Lines file of url and text. Each text is read alone, as ``ceksilang analyze`` reads a
text that comes with no outlet or date field. Counted:

- outlet: of the pages that state one, found and right (the usual spellings compared case-blind on letters
  and digits, a domain ending optional: "BOJONEGORO.INEWS.ID" and "Bojonegoro.iNews.id"; not one name
  inside another: "Kompas TV" is not "Kompas.com");
  a false outlet is one read where the page states none, a wrong one differs from the one it states;
- date: of the pages that state one, found and right to the day (and to the minute where the page states
  a time); a false date is one read where the page states none (a caption's, a related article's, a
  lead's event day), a wrong one is another day; a page that states only its month (``published_month``)
  read as that month is neither;
- place: the dateline's place, right when it is the place written (case-blind), false where there is none.

``--items`` lists every page's reading (for the tune half only: the test half is read as totals).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ceksilang.evaluate.coverage import outlet_key
from ceksilang.ingest.metadata import canonical_outlet, extract_metadata


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))["items"]


def load_texts(path: str | Path) -> dict[str, str]:
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["url"]: row["text"] for row in rows}


def same_outlet(read: str | None, stated: str | None) -> bool:
    """Whether two outlet names are one outlet: their usual spellings (``canonical_outlet``) equal on letters and
    digits, case-blind, a domain ending optional. One name inside another is another outlet ("Kompas TV",
    "detikFinance", "TribunnewsBogor.com")."""
    if not read or not stated:
        return False
    a, b = outlet_key(canonical_outlet(read)), outlet_key(canonical_outlet(stated))
    return bool(a) and a == b


def same_place(read: str | None, stated: str | None) -> bool:
    """Whether the dateline place read is the whole place written, case-blind ("Bandung Barat" is not "Bandung")."""
    if not read or not stated:
        return False
    return " ".join(read.split()).casefold() == " ".join(stated.split()).casefold()


def _days(item: dict[str, Any]) -> set[str]:
    return {str(d)[:10] for d in [item["published"], *item.get("published_also", [])] if d}


def reading(item: dict[str, Any], text: str) -> dict[str, Any]:
    """One page: what was read and how it compares with what the page states."""
    meta = extract_metadata(text)
    row: dict[str, Any] = {"id": item["id"], "outlet_read": meta.outlet, "published_read": meta.published,
                           "place_read": meta.dateline}
    stated = item["outlet"]
    if stated is None:
        row["outlet"] = "false" if meta.outlet else "none"
    else:
        row["outlet"] = "missed" if not meta.outlet else ("right" if same_outlet(meta.outlet, stated) else "wrong")
    if item["published"] is None:
        # a page that states only its month (check82's " date 2023-02"): that month read is no false date
        stated_month = item.get("published_month")
        month_read = bool(meta.published and stated_month and meta.published[:7] == str(stated_month))
        row["date"] = "false" if meta.published and not month_read else "none"
    elif not meta.published:
        row["date"] = "missed"
    elif meta.published[:10] not in _days(item):
        row["date"] = "wrong"
    else:
        row["date"] = "right"
        stated_time = str(item["published"])[11:16]
        if stated_time:
            row["time"] = "right" if meta.published[11:16] == stated_time else "wrong"
    place = item["place"]
    if place is None:
        row["place"] = "false" if meta.dateline else "none"
    elif not meta.dateline:
        row["place"] = "missed"
    else:
        row["place"] = "right" if same_place(meta.dateline, place) else "wrong"
    return row


def score(gold: list[dict[str, Any]], texts: dict[str, str], split: str | None = None) -> dict[str, Any]:
    items = [g for g in gold if split is None or g["split"] == split]
    rows = [reading(g, texts[g["url"]]) for g in items if g["url"] in texts]
    totals: dict[str, Any] = {"pages": len(rows), "missing_texts": len(items) - len(rows)}
    for field in ("outlet", "date", "time", "place"):
        c = Counter(r[field] for r in rows if field in r)
        stated = c["right"] + c["wrong"] + c["missed"]
        totals[field] = {"stated": stated, "found": c["right"] + c["wrong"], "right": c["right"],
                         "wrong": c["wrong"], "false": c["false"]}
    return {"totals": totals, "items": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--texts", required=True)
    ap.add_argument("--split", choices=["tune", "test"])
    ap.add_argument("--items", action="store_true", help="every page's reading (tune half only)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    result = score(load_gold(args.gold), load_texts(args.texts), args.split)
    if args.items and args.split != "tune":
        ap.error("--items is for the tune half (the test half is read as totals only)")
    out = result if args.items else {"totals": result["totals"]}
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        for field, t in result["totals"].items():
            print(field, t)
        if args.items:
            for r in result["items"]:
                print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
