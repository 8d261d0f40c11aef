"""Build ``lang/id/translations_en.txt``, the Indonesian-English word and place-name list.

    python -m ceksilang.lang.build_translations [--lexicon DIR] [--out PATH]

Reads the lexicon folder of the shared corpus (``corpus/lexicon``, see its README):

* ``wiktionary/id-en.tsv``: Indonesian->English word pairs from English Wiktionary
  (CC BY-SA). Kept as ``word`` rows when both sides are content words: a pair whose
  Indonesian side is in ``lang/id/stopwords.txt`` or whose English side is in
  ``lang/en/stopwords.txt`` is dropped, and so is a pair whose two sides are the same word.
* ``lang/id/translations_news_en.txt`` (in this repository, written by the team): news
  vocabulary the Wiktionary list lacks and English terms of two or three words, ``word`` rows
  read and filtered the same way, except that a word spelt alike in both languages is kept.
* ``names/cldr/{id,en}/territories.json`` (Unicode License v3) and
  ``names/umpirsky-country-list/{id,en}/country.csv`` (MIT, from CLDR): country and region
  names in both languages, paired by their code; ``names/cldr/{id,en}/timeZoneNames.json``:
  city names, paired by their time zone. Kept as ``place`` rows where the names differ.

The output is deterministic (sorted, deduplicated), so a rebuild from the same lexicon gives
the same bytes; ``tests/test_translations.py`` checks that.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from ceksilang.lang import LANG_DIR, load_data

REPO = LANG_DIR.parents[1]
DEFAULT_LEXICON = Path(os.environ.get("CEKSILANG_SHARED", REPO.parent / "shared")) / "corpus" / "lexicon"
OUT_PATH = LANG_DIR / "id" / "translations_en.txt"
NEWS_WORDS = LANG_DIR / "id" / "translations_news_en.txt"  # written by the team, in the repository
# a word or name: letters, with inner spaces, hyphens, apostrophes or dots ("Timor-Leste", "St. Kitts")
# CLDR codes that name no real place: pseudo-locales ("Pseudo-Accents") and "Unknown Region"
_NOT_PLACES = frozenset({"XA", "XB", "ZZ"})
_WORDLIKE = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’.-](?=[^\W\d_]))*\.?")

HEADER = """\
# Indonesian-English translations: content words and place names, one pair a line:
#   indonesian<TAB>english<TAB>kind      (kind: word | place)
# An Indonesian word may have several English translations (one line each), and the reverse.
# Built by `python -m ceksilang.lang.build_translations` from the shared corpus's lexicon
# folder; do not edit by hand, rebuild. Read by ceksilang.lang.translations.
#
# Sources and licences:
# - word rows: English Wiktionary's Indonesian entries, as extracted by the wiktionary_bli
#   project (github.com/mikeizbicki/wiktionary_bli, final/id-en.all, commit a75387f).
#   Wiktionary content is licensed CC BY-SA (https://creativecommons.org/licenses/by-sa/4.0/);
#   this list, derived from it, is shared under the same licence.
# - word rows of news vocabulary the Wiktionary list lacks (titles, courts, diplomacy, disasters,
#   the economy, sport; terms of two or three English words): written by the ceksilang team,
#   lang/id/translations_news_en.txt.
# - place rows: Unicode CLDR (github.com/unicode-org/cldr-json: territories, time zone exemplar
#   cities), Copyright © 2015-2024 Unicode, Inc., Unicode License v3
#   (https://www.unicode.org/license.txt); and umpirsky/country-list
#   (github.com/umpirsky/country-list), Copyright (c) Saša Stamenković, MIT licence.
#
# Filters: word rows whose Indonesian side is in lang/id/stopwords.txt or whose English side
# is in lang/en/stopwords.txt are left out, as are Wiktionary rows whose two sides are the same.
"""


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def wiktionary_pairs(path: Path, keep_same: bool = False) -> Iterator[tuple[str, str]]:
    """(Indonesian, English) content-word pairs of a word TSV (the Wiktionary one, or the team's
    news vocabulary, whose lines starting with "#" are comments), lower-cased. A pair whose two
    sides are one word is dropped unless ``keep_same`` (the team's list: "virus" is the
    rendering of "virus"; Wiktionary's are mostly loanword entries of no use)."""
    id_stop = {w.lower() for w in load_data("stopwords", "id")}
    en_stop = {w.lower() for w in load_data("stopwords", "en")}
    with path.open(encoding="utf-8", newline="") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) != 2:
                raise ValueError(f"{path}:{line_no}: expected two tab-separated fields")
            source, target = (_clean(f).lower() for f in fields)
            if not (_WORDLIKE.fullmatch(source) and _WORDLIKE.fullmatch(target)):
                continue
            if (source == target and not keep_same) or source in id_stop or target in en_stop:
                continue
            yield source, target


def _territories(path: Path, language: str) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["main"][language]["localeDisplayNames"]["territories"]


def _exemplar_cities(path: Path, language: str) -> dict[str, str]:
    """Time zone id ("Europe/Moscow") -> the city's name in ``language``."""
    zones = json.loads(path.read_text(encoding="utf-8"))["main"][language]["dates"]["timeZoneNames"]["zone"]
    out: dict[str, str] = {}

    def walk(node: dict, trail: tuple[str, ...]) -> None:
        for key, value in node.items():
            if not isinstance(value, dict):
                continue
            if "exemplarCity" in value:
                out["/".join((*trail, key))] = str(value["exemplarCity"])
            walk(value, (*trail, key))

    walk(zones, ())
    return out


def _country_list(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["id"]: row["value"] for row in csv.DictReader(fh)}


def place_pairs(names_dir: Path) -> Iterator[tuple[str, str]]:
    """(Indonesian, English) country, region and city names that differ, in their own case."""
    groups: list[tuple[dict[str, str], dict[str, str]]] = [
        (_territories(names_dir / "cldr" / "id" / "territories.json", "id"),
         _territories(names_dir / "cldr" / "en" / "territories.json", "en")),
        (_country_list(names_dir / "umpirsky-country-list" / "id" / "country.csv"),
         _country_list(names_dir / "umpirsky-country-list" / "en" / "country.csv")),
        (_exemplar_cities(names_dir / "cldr" / "id" / "timeZoneNames.json", "id"),
         _exemplar_cities(names_dir / "cldr" / "en" / "timeZoneNames.json", "en")),
    ]
    for id_names, en_names in groups:
        by_code_en: dict[str, list[str]] = {}
        for code, name in en_names.items():
            by_code_en.setdefault(code.split("-alt-")[0], []).append(_clean(name))
        for code, name in id_names.items():
            if code.split("-alt-")[0] in _NOT_PLACES:
                continue
            source = _clean(name)
            for target in by_code_en.get(code.split("-alt-")[0], ()):
                if source.lower() == target.lower() or not target[:1].isupper():
                    continue  # the same name; or CLDR's lower-case "world"
                if _WORDLIKE.fullmatch(source) and _WORDLIKE.fullmatch(target):
                    yield source, target


def build(lexicon: Path) -> str:
    """The whole file's text."""
    rows = {(s, t, "word") for s, t in wiktionary_pairs(lexicon / "wiktionary" / "id-en.tsv")}
    rows |= {(s, t, "word") for s, t in wiktionary_pairs(NEWS_WORDS, keep_same=True)}
    rows |= {(s, t, "place") for s, t in place_pairs(lexicon / "names")}
    body = "".join(f"{s}\t{t}\t{k}\n" for s, t, k in sorted(rows, key=lambda r: (r[2], r[0].lower(), r[0], r[1])))
    return HEADER + body


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ceksilang.lang.build_translations", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lexicon", type=Path, default=DEFAULT_LEXICON, help="the shared corpus's lexicon folder")
    ap.add_argument("--out", type=Path, default=OUT_PATH)
    args = ap.parse_args(argv)
    if not (args.lexicon / "wiktionary" / "id-en.tsv").is_file():
        ap.error(f"no lexicon at {args.lexicon} (expected wiktionary/id-en.tsv under it)")
    text = build(args.lexicon)
    args.out.write_text(text, encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    kinds = {k: sum(1 for r in rows if r.endswith("\t" + k)) for k in ("word", "place")}
    print(f"{args.out}: {len(rows)} pairs ({kinds['word']} word, {kinds['place']} place)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
