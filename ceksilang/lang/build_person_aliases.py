"""Build ``lang/id/person_aliases.txt``, short names and nicknames of people paired with their full name.

    python -m ceksilang.lang.build_person_aliases [--corpus DIR] [--min-articles N] [--out PATH]

Reads the unlabelled original-case news text of the shared corpus (``coverage/coverage.csv``,
``news/cnn_labeled.csv``, ``news/tempo.csv``) and counts, per article, the places where a writer
pairs a person's full name with a short name:

- ``Full Name (Short)``: "Zulkifli Hasan (Zulhas)";
- a cue of ``name_types.yaml``'s ``person_name_cues`` between them: "Full Name, yang akrab disapa
  Short", "Full Name alias Short"; the cues "sapaan akrab" / "panggilan akrab" also the other way
  round: "Short, sapaan akrab Full Name".

Every article whose id or url appears in any file under ``tests/gold/`` is left out, so no gold
article (held-out ones included) feeds the list. The full name is 2-4 capitalised words with the
role, title and common words before it dropped ("Menteri Perdagangan Zulkifli Hasan" ->
"Zulkifli Hasan"); the short name is 1-2 capitalised words. A pair is kept when it is seen in at
least ``--min-articles`` distinct articles and the short name:

- is not a run of the full name's own words (the linker already joins "Hasan" to "Zulkifli Hasan");
- is written capitalised more often than not in the original-case text (no common word: "sandi"
  of "kata sandi" would fail it), and is no all-capital initialism (organisations' "BPS");
- is not an alias of a gazetteer place, organisation or country;
- has fewer or as many words as the full name;
- when one word, stands alone (is not followed by another capitalised word) at least half the times
  it is written: a given name that mostly opens longer names ("Tony Blair") names no one alone;
and one of the two names is the subject of a speech verb ("kata Zulhas", "ujar Saifullah Yusuf")
in some article: a person is quoted, a club's or a body's short name is not; and every word of the
full name is a name: no gazetteer place or organisation ("Indonesia"), and
written lower-case at most once for every ten capitalised ("pemerintah", "jasa" fail it).

Output lines are ``short<TAB>full<TAB>articles``, sorted by short then by articles descending;
a short name with several kept full names keeps every line (the loader leaves such a name out:
it names nobody for sure). Deterministic: a rebuild from the same corpus
gives the same bytes. Only names and counts are written, never text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from ceksilang.lang import LANG_DIR, load_data, load_speech_verbs
from ceksilang.lang.build_word_frequencies import DEFAULT_CORPUS, GOLD_DIR, _rows, gold_ids

OUT_PATH = LANG_DIR / "id" / "person_aliases.txt"
DEFAULT_MIN_ARTICLES = 2
# a full name's word is a name when written lower-case at most once for this many capitalised
_NAME_WORD_RATIO = 10
# a word after a word or a comma and one space: inside a sentence, so its case says if it is a name
_MID_SENTENCE_WORD = re.compile(r"(?<=[\w,;] )[^\W\d_]+")
_MID_SENTENCE_OPENING = re.compile(r"(?<=[\w,;] )([A-Z][a-z]+) (?=[A-Z][a-z])")
_URL = re.compile(r"https?://[^\s\"'<>)\]]+")
_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)?"
# a full name right after "of", "and", "for" is the end of an English body's name ("Economic and Law Studies")
_FULL = rf"(?<!\bof )(?<!\band )(?<!\bfor )(?<!& )(?P<full>{_NAME_WORD}(?: {_NAME_WORD}){{1,5}})"
_SHORT = rf"(?P<short>{_NAME_WORD}(?: {_NAME_WORD})?)"
HEADER = """\
# Short names and nicknames of people paired with their full name in unlabelled news text:
#   short<TAB>full<TAB>articles
# A pair is kept when written "Full Name (Short)", "Full Name, akrab disapa Short", "Full Name
# alias Short" or "Short, sapaan akrab Full Name" in at least {min_articles} distinct articles; the
# short name is no run of the full name's words, no common word, no initialism, no gazetteer place
# or organisation, and one of the two names is quoted somewhere ("kata Zulhas"). Built by
# `python -m ceksilang.lang.build_person_aliases --min-articles {min_articles}` from the shared
# corpus (coverage/coverage.csv, news/cnn_labeled.csv, news/tempo.csv), every article whose id or
# url is in a file under tests/gold left out; do not edit by hand, rebuild.
# Read by ceksilang.extract.entities.load_person_aliases (merged into the gazetteer's people).
"""


def gold_urls(gold_dir: Path = GOLD_DIR) -> frozenset[str]:
    """Every url any gold file names (trailing punctuation dropped)."""
    found: set[str] = set()
    for path in gold_dir.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            found.update(u.rstrip(".,;:") for u in _URL.findall(text))
    return frozenset(found)


def articles(corpus: Path, skip_ids: frozenset[str], skip_urls: frozenset[str]) -> Iterator[str]:
    """Original-case text of every unlabelled article outside the gold files."""
    for row in _rows(corpus / "coverage" / "coverage.csv"):
        if row.get("id") not in skip_ids and (row.get("url") or "") not in skip_urls:
            yield f"{row.get('title') or ''}\n{row.get('text') or ''}"
    for name in ("cnn_labeled.csv", "tempo.csv"):
        for row in _rows(corpus / "news" / name):
            if (row.get("url") or "") not in skip_urls:
                yield f"{row.get('title') or ''}\n{row.get('clean_text') or row.get('text') or ''}"


def _cue_regex(cues: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The pairings, with the cues of ``name_types.yaml`` (the ones ``find_name_aliases`` reads in
    one article) and the forms of address of ``reconcile.yaml`` (for "Full Name atau Gus Short")."""
    from ceksilang.extract.entities import load_name_types
    from ceksilang.reconcile.words import reconcile_words

    types = load_name_types()
    address = _cue_regex(frozenset(h.capitalize() for h in reconcile_words().honorifics if len(h) > 1))
    return (
        re.compile(rf"{_FULL} \((?P<short>{_NAME_WORD})\)"),
        re.compile(rf"{_FULL},? (?:{_cue_regex(types.alias_full_then_cue)}) {_SHORT}\b"),
        re.compile(rf"{_SHORT},? (?:{_cue_regex(types.alias_cue_then_full)}) {_FULL}\b"),
        re.compile(rf"{_FULL},? (?:{_cue_regex(types.alias_full_or_addressed)}) "
                   rf"(?P<short>(?:{address}) {_NAME_WORD})\b"),
    )


def _leading_words_to_drop() -> frozenset[str]:
    """Role heads, inner role words, portfolios and ranks ("Menteri", "Umum", "Perikanan", "Irjen"), lower-cased."""
    from ceksilang.extract.entities import load_role_words

    words = load_role_words()
    return words.head_words | words.inner | words.portfolio_words | frozenset(w for rank in words.ranks for w in rank)


def _body_words() -> frozenset[str]:
    """Words of bodies, companies and holidays ("universitas", "persero", "natal"), lower-cased."""
    from ceksilang.extract.entities import load_name_types

    from ceksilang.reconcile.words import reconcile_words

    types = load_name_types()
    holidays = {w for h in types.holidays for w in h}
    # "Minahasa Selatan (Minsel)": a compass word makes a region's name
    directions = load_data("reconcile")["detail_slots"]["directions"]
    return (types.organisation_first_words | types.organisation_last_words | types.legal_forms
            | types.regional_bodies | frozenset(holidays) | frozenset(str(w) for w in directions)
            | reconcile_words().honorifics)


class WordCounts(NamedTuple):
    """How each lower-cased word is written in the original-case text."""

    capitalised: Counter[str]  # not right after a sentence end
    lower: Counter[str]
    opening: Counter[str]  # capitalised and followed by another capitalised word: a first name ("Tony Blair")
    # articles in which a run of capitalised words is the subject of a speech verb ("kata Zulhas",
    # "ujar Menteri Zulkifli Hasan"), every part of the run counted: who is quoted is a person
    spoken: Counter[str]


def pairings(texts: Iterator[str]) -> tuple[Counter[tuple[str, str]], WordCounts]:
    """(distinct articles of each (short, full) pairing, how each word is written)."""
    pairs: Counter[tuple[str, str]] = Counter()
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    opening: Counter[str] = Counter()
    spoken: Counter[str] = Counter()
    speaker_after_verb = _speaker_after_verb()
    texts_read: set[int] = set()
    for text in texts:
        # the same article under two ids (two scrapes, or two outlets of one group) counts once
        fingerprint = hash(" ".join(text.split())[:2000])
        if fingerprint in texts_read:
            continue
        texts_read.add(fingerprint)
        seen: set[tuple[str, str]] = set()
        for pattern in _patterns():
            for m in pattern.finditer(text):
                seen.add((m.group("short"), m.group("full")))
        pairs.update(seen)
        for word in _MID_SENTENCE_WORD.findall(text):
            # a word not right after a sentence end: its case says if it is a name
            (capitalised if word[0].isupper() else lower)[word.lower()] += 1
        opening.update(w.lower() for w in _MID_SENTENCE_OPENING.findall(text))
        quoted: set[str] = set()
        for run in speaker_after_verb.findall(text):
            tokens = run.split()
            quoted.update(" ".join(tokens[i:j]) for i in range(len(tokens)) for j in range(i + 1, len(tokens) + 1))
        spoken.update(quoted)
    return pairs, WordCounts(capitalised, lower, opening, spoken)


@lru_cache(maxsize=1)
def _speaker_after_verb() -> re.Pattern[str]:
    """A run of 1-4 capitalised words right after a one-word speech verb of ``speech_verbs.yaml``
    ("kata Zulhas", "ujar Gus Ipul") or its "according to" word ("menurut Saifullah Yusuf")."""
    verbs = load_speech_verbs()
    cues = sorted({w for w in verbs.base if " " not in w} | set(verbs.according_to_speaker), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in cues)}) ({_NAME_WORD}(?: {_NAME_WORD}){{0,3}})")


def _trim_full(full: str, drop: frozenset[str], lower: Counter[str], capitalised: Counter[str]) -> str:
    tokens = full.split()
    while tokens and (tokens[0].lower() in drop or lower[tokens[0].lower()] > capitalised[tokens[0].lower()]):
        tokens = tokens[1:]
    return " ".join(tokens[:4]) if len(tokens) <= 4 else ""


def kept_pairs(pairs: Counter[tuple[str, str]], counts: WordCounts, min_articles: int) -> list[tuple[str, str, int]]:
    """The (short, full, articles) pairs that pass the rules of the module's docstring."""
    capitalised, lower = counts.capitalised, counts.lower
    from ceksilang.extract.entities import load_gazetteer

    gaz = load_gazetteer()
    not_people = {a.lower() for e in gaz.entries if e.type != "PERSON" for a in e.aliases}
    drop = _leading_words_to_drop()
    bodies = _body_words()
    merged: Counter[tuple[str, str]] = Counter()
    for (short, full), n in pairs.items():
        trimmed = _trim_full(full, drop, lower, capitalised)
        if trimmed:
            merged[(short, trimmed)] += n
    kept: list[tuple[str, str, int]] = []
    for (short, full), n in merged.items():
        short_tokens, full_tokens = short.split(), full.split()
        if len(full_tokens) < 2 or len(short_tokens) > len(full_tokens):
            continue
        if any(full_tokens[i:i + len(short_tokens)] == short_tokens for i in range(len(full_tokens))):
            continue
        if any(lower[w.lower()] * _NAME_WORD_RATIO > capitalised[w.lower()] or w.lower() in drop for w in short_tokens[-1:]):
            continue
        if len(short_tokens) == 1 and counts.opening[short.lower()] * 2 > capitalised[short.lower()]:
            # a given name that mostly opens longer names ("Tony Blair", "Tony Wenas") names no one alone
            continue
        if any(w.lower() in bodies or w.lower() in drop for w in (*short_tokens[-1:], *full_tokens)):
            continue
        if short.lower() in not_people or any(w.lower() in not_people for w in full_tokens):
            continue
        if any(lower[w.lower()] * _NAME_WORD_RATIO > capitalised[w.lower()] for w in full_tokens):
            # a word of an office, a body or a place ("Pemerintah Kota", "Jasa Marga"): no person
            continue
        if not (counts.spoken[short] or counts.spoken[full]):
            # never quoted under either name: a club or a body's short name ("Rohis" of "Kerohanian
            # Islam") passes the word tests above, but a person is the one somebody quotes
            continue
        kept.append((short, full, n))
    return sorted((row for row in _spellings_joined(kept) if row[2] >= min_articles), key=lambda r: (r[0], -r[2], r[1]))


def _spellings_joined(kept: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """One line for a short name's full names that are spellings of one name ("Saifullah Yusuf",
    "Syaifullah Yusuf": at most two edits apart, as many words), under the form of most articles."""
    by_short: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for row in sorted(kept, key=lambda r: (-r[2], r[1])):
        by_short[row[0]].append(row)
    joined: list[tuple[str, str, int]] = []
    for short, rows in by_short.items():
        groups: list[list[tuple[str, str, int]]] = []
        for row in rows:
            home = next((g for g in groups if len(g[0][1].split()) == len(row[1].split())
                         and Levenshtein.distance(g[0][1].lower(), row[1].lower()) <= 2), None)
            if home is None:
                groups.append([row])
            else:
                home.append(row)
        joined.extend((short, g[0][1], sum(r[2] for r in g)) for g in groups)
    return joined


def render(kept: list[tuple[str, str, int]], min_articles: int) -> str:
    return HEADER.format(min_articles=min_articles) + "".join(f"{s}\t{f}\t{n}\n" for s, f, n in kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-articles", type=int, default=DEFAULT_MIN_ARTICLES)
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    parser.add_argument("--all-pairs", action="store_true",
                        help="write every pair seen once or more, the rules not applied (to judge a sample)")
    args = parser.parse_args(argv)
    load_data("name_types")  # the cues above mirror its person_name_cues; fail early if it is gone
    pairs, counts = pairings(articles(args.corpus, gold_ids(), gold_urls()))
    if args.all_pairs:
        rows = sorted(((s, f, n) for (s, f), n in pairs.items()), key=lambda r: (-r[2], r[0], r[1]))
        args.out.write_text("".join(f"{s}\t{f}\t{n}\n" for s, f, n in rows), encoding="utf-8")
        return 0
    kept = kept_pairs(pairs, counts, args.min_articles)
    args.out.write_text(render(kept, args.min_articles), encoding="utf-8")
    print(f"{args.out}: {len(kept)} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
