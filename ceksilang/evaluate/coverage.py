"""Score a whole run against the real-coverage gold (``tests/gold/coverage/``, see its FORMAT.md).

Each gold event names real articles by id (``coverage/coverage.csv``) or by URL (the fidelity
CSV). The evaluator loads those articles with their CSV metadata, analyses them the way a user
would (``ceksilang analyze`` over a JSON Lines file of them, into a scratch folder) and compares
the briefing with the gold:

- **stories**: pairwise precision / recall / F1 over the gold articles and distractors (two
  articles of one event belong together; a distractor belongs with nothing);
- **figures**: a gold figure is found when an extracted quantity of the same article overlaps its
  span; it is *right* when the value, the qualifier and what is counted agree (counted: the gold
  word, or its stem, appears in the claim's measure or subject, or among the words around the
  quantity). A stricter figure (``accuracy_own``) leaves the words around out: what is counted
  must be in what ceksilang says of the figure. Where a gold figure names its ``place`` (or says, with
  ``place: null``, that its sentence names none), the place ceksilang gives it (its claim's scope, else
  the quantity's) is scored apart (``placed``, ``place_right``): either name holding the other;
- **speakers**: a gold quote is found when an extracted quote of the same article contains its
  span; the speaker is right when the linked entity's name or the quote's speaker text equals the
  gold speaker (case, spacing and punctuation aside: a surname alone is wrong), or, for a joint
  statement whose gold lists ``co_speakers``, any of those;
- **discrepancies**: a system discrepancy matches a gold one when the kinds agree, its documents
  include two of the gold's articles and, for figures, its claims carry the gold values (two of
  them when the gold gives more than two); a figure and a detail are both two values for one
  slot, so a flag of one kind matches a gold one of the other when it gives two of the gold's
  values (a figure's claims, a detail's explanation). Recall and precision by kind (precision
  over every non-singleton discrepancy touching two articles of one event, except figure items
  that say the values agree, ``compatible``, which flag nothing); a contradiction matching no gold discrepancy is a false alarm, and one whose
  articles and slot match a gold ``not_discrepancies`` entry is counted as such too;
- **outlet and date in the text**: each article's text alone (no CSV metadata) through the
  cleaner; counted only where the gold says the text states them.

Problems with the gold or the corpus (a malformed event file, an article id not in the CSV, a
span not in the text) are listed under ``errors`` with the file and the reason; the rest is
scored.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from ceksilang.lang import LanguageDataError, load_data
from ceksilang.lang.letters import plain_letters

COVERAGE_CSV = Path("coverage") / "coverage.csv"
FIDELITY_CSV = Path("news") / "fidelity_5outlets_2025_labeled.csv"
CNN_CSV = Path("news") / "cnn_labeled.csv"
# each gold source's corpus file and the column its articles are keyed by (the news CSVs share one layout)
# "pages": stored public web pages kept outside the repository (their texts may not be shipped): a CSV of the
# news CSVs' layout (url, domain, title, date, clean_text) named by the environment variable PAGES_ENV, not a
# corpus file (its path is None here)
PAGES_ENV = "CEKSILANG_PAGES_CSV"
SOURCES = {"coverage": (COVERAGE_CSV, "id"), "fidelity": (FIDELITY_CSV, "url"), "cnn": (CNN_CSV, "url"),
           "pages": (None, "url")}
SPLITS = ("tune", "test", "all")
# what a gold qualifier is called in ceksilang's vocabulary; a range is scored on its bounds
QUALIFIERS = {"exact": "exact", "about": "approx", "at_least": "at_least", "more_than": "more_than",
              "up_to": "at_most", "less_than": "less_than", "range": "range"}
FLAG_KINDS = ("figure", "detail", "attribution", "wording")


# --------------------------------------------------------------------------- gold


@dataclass(slots=True)
class GoldArticle:
    id: str
    outlet_in_text: str | None = None
    date_in_text: str | None = None


@dataclass(slots=True)
class GoldEvent:
    event: str
    split: str
    source: str  # a key of SOURCES: "coverage" | "fidelity" | "cnn"
    path: str
    articles: list[GoldArticle]
    distractors: list[str] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    discrepancies: list[dict[str, Any]] = field(default_factory=list)
    not_discrepancies: list[dict[str, Any]] = field(default_factory=list)
    # amounts that are no figures ("ribuan LPJU", "MV Wan Hai 503"): none may be read with a value
    not_figures: list[dict[str, Any]] = field(default_factory=list)
    # events of one small batch (``batch:`` in the file) are analysed together with ``--alone``
    batch: str | None = None

    def article_ids(self) -> list[str]:
        return [a.id for a in self.articles]


@dataclass(slots=True)
class Article:
    """One corpus article with the metadata its CSV row gives."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


class GoldError(ValueError):
    """An event file that cannot be used as it is."""


def _require(data: dict, key: str, path: Path) -> Any:
    if key not in data:
        raise GoldError(f"{path}: missing key '{key}'")
    return data[key]


def _list_of_dicts(value: Any, key: str, path: Path) -> list[dict[str, Any]]:
    value = value or []
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise GoldError(f"{path}: '{key}' must be a list of mappings")
    return value


def _read_mapping(path: Path, expected: str) -> dict[str, Any]:
    """The YAML mapping in ``path``; ``GoldError`` naming the file when it is not one."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot be read as YAML ({type(exc).__name__}: {exc})") from exc
    if not isinstance(data, dict):
        raise GoldError(f"{path}: not a mapping {expected}")
    return data


def parse_event(path: Path) -> GoldEvent:
    """One event file as a ``GoldEvent``; ``GoldError`` naming the file and what is wrong."""
    data = _read_mapping(path, "of event fields")
    split = str(_require(data, "split", path))
    if split not in ("tune", "test"):
        raise GoldError(f"{path}: split must be tune or test, not '{split}'")
    source = str(_require(data, "source", path))
    if source not in SOURCES:
        raise GoldError(f"{path}: source must be one of {', '.join(SOURCES)}, not '{source}'")
    articles = []
    for item in _list_of_dicts(_require(data, "articles", path), "articles", path):
        if not item.get("id"):
            raise GoldError(f"{path}: an article has no id")
        date = item.get("date_in_text")
        articles.append(GoldArticle(id=str(item["id"]), outlet_in_text=item.get("outlet_in_text"),
                                    date_in_text=None if date is None else str(date)))
    if not articles:
        raise GoldError(f"{path}: no articles")
    figures = _list_of_dicts(data.get("figures"), "figures", path)
    quotes = _list_of_dicts(data.get("quotes"), "quotes", path)
    for kind, items, needed in (("figures", figures, ("article", "span")), ("quotes", quotes, ("article", "span", "speaker"))):
        for i, item in enumerate(items):
            missing = [k for k in needed if not item.get(k)]
            if missing:
                raise GoldError(f"{path}: {kind}[{i}] has no {', '.join(missing)}")
            joint = item.get("co_speakers")
            if kind == "quotes" and joint is not None and not (
                    isinstance(joint, list) and all(isinstance(x, str) and x.strip() for x in joint)):
                raise GoldError(f"{path}: quotes[{i}] co_speakers must be a list of names")
    discrepancies = _list_of_dicts(data.get("discrepancies"), "discrepancies", path)
    for i, d in enumerate(discrepancies):
        if not d.get("kind") or len(d.get("articles") or []) < 2:
            raise GoldError(f"{path}: discrepancies[{i}] needs a kind and two articles")
    return GoldEvent(
        event=str(data.get("event") or path.stem), split=split, source=source, path=str(path),
        articles=articles, distractors=[str(x) for x in data.get("distractors") or []],
        figures=figures, quotes=quotes, discrepancies=discrepancies,
        not_discrepancies=_list_of_dicts(data.get("not_discrepancies"), "not_discrepancies", path),
        batch=None if data.get("batch") is None else str(data["batch"]),
    )


def parse_figure_file(path: Path) -> list[GoldEvent]:
    """A figures-only gold file (``tests/gold/figures_unseen.yaml``): unrelated articles, each
    with its own split, and their figures. Each article becomes an event of its own, so the
    figures are scored exactly as an event's are; ``GoldError`` naming the file and what is wrong."""
    data = _read_mapping(path, "with articles and figures")
    source = str(data.get("source") or "coverage")
    if source not in SOURCES:
        raise GoldError(f"{path}: source must be one of {', '.join(SOURCES)}, not '{source}'")
    figures = _list_of_dicts(data.get("figures"), "figures", path)
    not_figures = _list_of_dicts(data.get("not_figures") or [], "not_figures", path)
    for kind, items in (("figures", figures), ("not_figures", not_figures)):
        for i, item in enumerate(items):
            missing = [k for k in ("article", "span") if not item.get(k)]
            if missing:
                raise GoldError(f"{path}: {kind}[{i}] has no {', '.join(missing)}")
    events = []
    for item in _list_of_dicts(_require(data, "articles", path), "articles", path):
        aid, split = str(item.get("id") or ""), str(item.get("split") or "")
        if not aid:
            raise GoldError(f"{path}: an article has no id")
        if split not in ("tune", "test"):
            raise GoldError(f"{path}: article {aid}: split must be tune or test, not '{split}'")
        # an article may name its own source (one check drawn from several corpus files)
        own_source = str(item.get("source") or source)
        if own_source not in SOURCES:
            raise GoldError(f"{path}: article {aid}: source must be one of {', '.join(SOURCES)}, not '{own_source}'")
        events.append(GoldEvent(event=f"{path.stem}:{aid}", split=split, source=own_source, path=str(path),
                                articles=[GoldArticle(id=aid)],
                                figures=[f for f in figures if str(f["article"]) == aid],
                                not_figures=[f for f in not_figures if str(f["article"]) == aid]))
    known = {e.articles[0].id for e in events}
    stray = sorted({str(f["article"]) for f in [*figures, *not_figures]} - known)
    if stray:
        raise GoldError(f"{path}: figures of articles not listed under articles: {', '.join(stray)}")
    return events


def load_events(gold_dir: str | Path, split: str = "all") -> tuple[list[GoldEvent], list[str]]:
    """The events of ``split`` under ``gold_dir`` (its ``events/`` folder when it has one), and
    one error line per file that could not be used. ``gold_dir`` may also be one figures-only
    file (see ``parse_figure_file``): its articles are then the events."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not '{split}'")
    root = Path(gold_dir)
    if root.is_file():
        try:
            parsed = parse_figure_file(root)
        except GoldError as exc:
            return [], [str(exc)]
        return [e for e in parsed if split == "all" or e.split == split], []
    folder = root / "events" if (root / "events").is_dir() else root
    events, errors = [], []
    for path in sorted(folder.glob("*.y*ml")):
        try:
            event = parse_event(path)
        except GoldError as exc:
            errors.append(str(exc))
            continue
        if split == "all" or event.split == split:
            events.append(event)
    return events, errors


def _read_csv(path: Path, key: str) -> dict[str, dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        return {row[key]: row for row in csv.DictReader(f) if row.get(key)}


def load_articles(events: Sequence[GoldEvent], corpus: str | Path) -> tuple[dict[str, Article], list[str]]:
    """Every article and distractor the events name, from the corpus CSVs; errors for the missing."""
    corpus = Path(corpus)
    wanted: dict[str, set[str]] = defaultdict(set)
    for event in events:
        wanted[event.source].update(event.article_ids())
        wanted[event.source].update(event.distractors)
    articles: dict[str, Article] = {}
    errors: list[str] = []
    for source, ids in wanted.items():
        relative, key = SOURCES[source]
        if relative is None:
            named = os.environ.get(PAGES_ENV, "")
            if not named or not Path(named).is_file():
                errors.append(f"${PAGES_ENV} ('{named}') names no file ({len(ids)} articles of {source} "
                              "events cannot be scored)")
                continue
            path = Path(named)
        else:
            path = corpus / relative
        if not path.is_file():
            errors.append(f"{path}: not found ({len(ids)} articles of {source} events cannot be scored)")
            continue
        rows = _read_csv(path, key)
        for aid in sorted(ids):
            row = rows.get(aid)
            if row is None:
                errors.append(f"{path}: no article '{aid}'")
                continue
            articles[aid] = _row_article(aid, row)
    return articles, errors


def _row_article(aid: str, row: dict[str, str]) -> Article:
    """An article of a coverage.csv row (id, outlet, published, url, title, text) or of a
    fidelity row (url, domain, title, date, clean_text)."""
    if "text" in row:
        return Article(id=aid, text=row["text"], title=row.get("title") or None, url=row.get("url"),
                       published=row.get("published") or None, outlet=row.get("outlet") or None)
    return Article(id=aid, text=row["clean_text"], title=row.get("title") or None, url=aid,
                   published=row.get("date") or None, outlet=row.get("domain") or None)


def _publication_date(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def load_intake(events: Sequence[GoldEvent], articles: dict[str, Article], corpus: str | Path,
                intake: bool | str | Path = True, days: int = 0) -> tuple[dict[str, Article], list[str]]:
    """The articles a newsroom's intake would hold beside the gold's own: every article of the
    intake file published within ``days`` days of a day a gold article (or distractor) of
    ``events`` was published, other than ``articles`` (the gold's). ``intake``: a coverage.csv-like
    file (columns id, outlet, published, url, title, text; or the fidelity CSV's), or ``True`` for
    each event's own corpus file (``coverage/coverage.csv`` or the fidelity CSV)."""
    wanted: dict[Path, set[date]] = defaultdict(set)
    for event in events:
        if intake is True:
            if SOURCES[event.source][0] is None:  # stored pages have no day's intake
                continue
            path = Path(corpus) / SOURCES[event.source][0]
        else:
            path = Path(intake)
        for aid in [*event.article_ids(), *event.distractors]:
            day = _publication_date(articles[aid].published) if aid in articles else None
            if day is not None:
                wanted[path].update(day + timedelta(days=k) for k in range(-days, days + 1))
    context: dict[str, Article] = {}
    errors: list[str] = []
    for path, dates in wanted.items():
        if not path.is_file():
            errors.append(f"{path}: intake file not found")
            continue
        with path.open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f), [])
        key = "id" if "id" in header else "url"
        for aid, row in _read_csv(path, key).items():
            if aid in articles or aid in context:
                continue
            article = _row_article(aid, row)
            if _publication_date(article.published) in dates:
                context[aid] = article
    return context, errors


# --------------------------------------------------------------------------- running ceksilang


def analyse_articles(articles: Iterable[Article], workers: int = 1) -> dict[str, Any]:
    """The briefing.json a user gets from ``ceksilang analyze`` on these articles (a JSONL file)."""
    from ceksilang.pipeline import analyze

    with tempfile.TemporaryDirectory(prefix="ceksilang-eval-") as tmp:
        src = Path(tmp) / "articles.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for a in articles:
                row = {"id": a.id, "text": a.text, "title": a.title, "url": a.url, "published": a.published,
                       "outlet": a.outlet}
                f.write(json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False) + "\n")
        analyze([src], Path(tmp) / "out", formats=("json",), workers=workers)
        return json.loads((Path(tmp) / "out" / "briefing.json").read_text(encoding="utf-8"))


def metadata_from_text(text: str) -> tuple[str | None, str | None]:
    """(outlet, publication day) the cleaner reads from an article's text alone."""
    from ceksilang.ingest.clean import clean_document
    from ceksilang.model import RawDocument, Source

    doc = clean_document(RawDocument(id="text-only", source=Source(path="text-only"), text=text, format="text"))
    return doc.outlet, (doc.published[:10] if doc.published else None)


# --------------------------------------------------------------------------- scoring helpers


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, Any]:
    """Precision over predictions, recall over gold (their true-positive counts may differ when
    one prediction matches several gold items), F1; ``None`` where a denominator is 0."""
    p = tp_pred / n_pred if n_pred else None
    r = tp_gold / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else (0.0 if p is not None and r is not None else None)
    return {"precision": _round(p), "recall": _round(r), "f1": _round(f),
            "tp_predicted": tp_pred, "predicted": n_pred, "tp_gold": tp_gold, "gold": n_gold}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def normalise_name(name: str | None) -> str:
    """A name for comparison: accents, case, punctuation and spacing aside; a letter of its own folded as the
    entities fold it ("Martin Ødegaard" = "martin odegaard", "Łukasz" = "lukasz": lang/letter_folds.yaml)."""
    if not name:
        return ""
    return " ".join(re.findall(r"[a-z0-9]+", plain_letters(name).casefold()))


# a domain ending is not part of an outlet's name: Kompas.com = KOMPAS = kompas.com
_DOMAIN_END = re.compile(r"(\.(co|or|go|ac|web|my))?\.(com|id|co|net|org|tv|news)$")


def outlet_key(name: str | None) -> str:
    if not name:
        return ""
    low = name.strip().casefold()
    low = re.sub(r"^(https?://)?(www\.)?", "", low)
    low = _DOMAIN_END.sub("", low)
    return "".join(re.findall(r"[a-z0-9]+", low))


def _find_span(text: str, span: str) -> tuple[int, int] | None:
    at = text.find(span)
    if at < 0:
        at = text.casefold().find(span.casefold())
    if at < 0:
        # spacing differences from the cleaner: runs of whitespace folded, and spaces it put
        # back where the scraper lost them ("Kebakarantujuh" in the gold, "Kebakaran tujuh" in
        # the cleaned text)
        pattern = r"\s+".join(re.escape(w) for w in span.split())
        m = re.search(pattern, text, flags=re.IGNORECASE)
        if m is None:
            m = re.search(r"\s*".join(re.escape(c) for c in span if not c.isspace()), text, flags=re.IGNORECASE)
        return (m.start(), m.end()) if m else None
    return at, at + len(span)


def _same_number(a: Any, b: Any) -> bool:
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))


class BriefingView:
    """What the scorers look up in a briefing.json."""

    def __init__(self, briefing: dict[str, Any]):
        self.docs = {d["id"]: d for d in briefing.get("documents") or []}
        self.entities = {e["id"]: e for e in briefing.get("entities") or []}
        self.quotes: dict[str, list[dict]] = defaultdict(list)
        for q in briefing.get("quotes") or []:
            self.quotes[q["doc"]].append(q)
        self.quantities: dict[str, list[dict]] = defaultdict(list)
        for q in briefing.get("quantities") or []:
            self.quantities[q["doc"]].append(q)
        self.claims = {c["id"]: c for c in briefing.get("claims") or []}
        self.claim_of_span: dict[tuple[str, int, int], dict] = {}
        for c in self.claims.values():
            for ev in c.get("evidence") or []:
                self.claim_of_span.setdefault((ev["doc"], ev["start"], ev["end"]), c)
        self.story_of: dict[str, str] = {}
        for s in briefing.get("stories") or []:
            for d in s["docs"]:
                self.story_of.setdefault(d, s["id"])
        self.discrepancies = briefing.get("discrepancies") or []
        self.errors = briefing.get("errors") or []

    def text(self, doc: str) -> str | None:
        d = self.docs.get(doc)
        return d["text"] if d else None


# --------------------------------------------------------------------------- scorers


def score_stories(events: Sequence[GoldEvent], view: BriefingView) -> dict[str, Any]:
    """Pairwise precision / recall / F1 over the gold articles and distractors."""
    gold_label: dict[str, str] = {}
    for e in events:
        for aid in e.article_ids():
            gold_label[aid] = e.event
    for e in events:
        for aid in e.distractors:
            gold_label.setdefault(aid, f"distractor:{aid}")
    ids = sorted(gold_label)
    # an article in no story (not read, say) is a story of its own
    system = {aid: view.story_of.get(aid, f"none:{aid}") for aid in ids}
    tp = n_pred = n_gold = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            same_gold = gold_label[a] == gold_label[b]
            same_system = system[a] == system[b]
            n_gold += same_gold
            n_pred += same_system
            tp += same_gold and same_system
    out = prf(tp, n_pred, tp, n_gold)
    out["articles"] = len(ids)
    out["system_stories"] = len(set(system.values()))
    return out


def _figure_values(gold: dict[str, Any]) -> list[float]:
    return [v for v in (gold.get("value"), gold.get("low"), gold.get("high")) if v is not None]


# a score as the gold writes it ("2-2", "5-3"): two whole numbers in the order given
_SCORE = re.compile(r"^\s*(\d+)\s*[-\u2013:]\s*(\d+)\s*$")


def _value_right(gold: dict[str, Any], q: dict[str, Any]) -> bool:
    score = _SCORE.match(gold["value"]) if isinstance(gold.get("value"), str) else None
    if score:
        # one score, not a range of values: the quantity has no value and no bounds, and its
        # text gives the same two numbers in the same order
        return (q.get("value") is None and q.get("low") is None and q.get("high") is None
                and re.findall(r"\d+", str(q.get("text") or "")) == list(score.groups()))
    if gold.get("value") is not None:
        if q.get("value") is not None:
            return _same_number(gold["value"], q["value"])
        return _same_number(gold["value"], q.get("low")) and _same_number(gold["value"], q.get("high"))
    return _same_number(gold.get("low"), q.get("low")) and _same_number(gold.get("high"), q.get("high"))


def _qualifier_right(gold: dict[str, Any], q: dict[str, Any]) -> bool:
    wanted = QUALIFIERS.get(str(gold.get("qualifier") or "exact"))
    if wanted == "range":
        return q.get("low") is not None and q.get("high") is not None and q.get("value") is None
    return q.get("qualifier") == wanted


# a word is a run of letters and digits ("A320"); one that glues letters to digits also gives
# its parts, so "rp1.991.000" says "rp" as well as "rp1" (a glued currency marker is a word)
_WORD = re.compile(r"[^\W_]+")
_PART = re.compile(r"[^\W\d_]+|\d+")


def _words_of(text: str) -> list[list[str]]:
    return [[w, *(_PART.findall(w) if not (w.isalpha() or w.isdigit()) else [])] for w in _WORD.findall(text)]


def _around(text: str, start: int, end: int, n: int = 4) -> list[str]:
    before = [p for w in _words_of(text[max(0, start - 80):start])[-n:] for p in w] if n else []
    inside = [p for w in _words_of(text[start:end]) for p in w]
    after = [p for w in _words_of(text[end:end + 80])[:n] for p in w] if n else []
    return [w.casefold() for w in before + inside + after]


def noun_phrase_head(language: str | None) -> str:
    """Where a noun phrase of ``language`` has its head: "first" for Indonesian ("tentara Korea
    Utara" is soldiers), "last" for English ("North Korean troops"); ``noun_phrase_head`` in the
    language's units.yaml, Indonesian when the language has no data."""
    try:
        side = (load_data("units", language or "id") or {}).get("noun_phrase_head")
    except LanguageDataError:
        side = None
    return side if side in ("first", "last") else str(load_data("units", "id").get("noun_phrase_head") or "first")


def _counted_right(gold: dict[str, Any], q: dict[str, Any], claim: dict | None, text: str,
                   language: str | None = "id", context: bool = True) -> bool:
    from ceksilang.text import stem
    from ceksilang.reconcile.words import reconcile_words

    # "BI Rate (persen)": the bracket names the unit, the words before it what is counted; the head
    # is taken from words only (a bracketed "(persen)" as a token could never equal a word of the text)
    named = re.sub(r"\([^)]*\)", " ", str(gold.get("counted") or ""))
    counted = re.findall(r"[^\W_]+", named.casefold()) or re.findall(r"[^\W_]+", str(gold.get("counted") or "").casefold())
    if not counted:
        return True
    # the head of the phrase in the article's language: "tahun penjara" counts years,
    # "jemaah haji" pilgrims, "orang meninggal dunia" people
    head = counted[0] if noun_phrase_head(language) == "first" else counted[-1]
    keys = {head, stem(head)}
    # a measure is given by its canonical word ("tewas" is the measure "meninggal"): the same thing
    canonical = dict(reconcile_words().measures).get(head)
    if canonical:
        keys |= {canonical, stem(canonical)}
    # ``context``: the words next to the quantity count too (what a reader sees around it); without
    # it only what ceksilang says the figure counts does: its own text, unit, subject and measure
    bag = _around(text, q["start"], q["end"], n=4 if context else 0)
    if q.get("unit"):
        bag += str(q["unit"]).casefold().split()
    if claim is not None:
        scope = claim.get("scope") or {}
        for value in (claim.get("subject"), scope.get("measure")):
            if value:
                bag += re.findall(r"[^\W_]+", str(value).casefold())
    return any(w in keys or stem(w) in keys for w in bag)


def _place_right(gold: Any, got: str | None) -> bool:
    """Whether the place ceksilang gives a figure is the gold's: a gold place is right when one name's parts are
    parts of the other's, case and admin words aside ("Cideng" and "Cideng, Jakarta Pusat"); a gold place of null (the sentence names no place of
    the counted things: a hospital they were taken to is none) is right only when ceksilang gives none."""
    if gold is None:
        return not got
    if not got:
        return False
    # mend63: whole words, not letters ("Maju" is not "Desa Sukamaju", "Aceh" not "Aceh Besar"): each name's
    # comma-separated parts with the admin words dropped; one name's parts must all be parts of the other's
    # ("Cideng" of "Cideng, Jakarta Pusat", "Tebet" of "Kebon Baru, Tebet", "Cibeber" of "Desa Cibeber")
    a, b = _place_parts(str(gold)), _place_parts(str(got))
    if not a or not b:
        return False
    return a <= b or b <= a


def _place_parts(name: str) -> frozenset[tuple[str, ...]]:
    admin = _place_admin_words()
    parts = set()
    for part in name.split(","):
        words = tuple(w for w in re.findall(r"[^\W_]+", part.casefold()) if w not in admin)
        if words:
            parts.add(words)
    return frozenset(parts)


_ADMIN_WORDS: frozenset[str] | None = None


def _place_admin_words() -> frozenset[str]:
    """``place_admin_words`` of lang/id's quantity_qualifiers.yaml (the coverage golds' places are Indonesian)."""
    global _ADMIN_WORDS
    if _ADMIN_WORDS is None:
        data = load_data("quantity_qualifiers", "id") or {}
        _ADMIN_WORDS = frozenset(str(w).casefold() for w in data.get("place_admin_words") or ())
    return _ADMIN_WORDS


def _figure_place(q: dict[str, Any], claim: dict | None) -> str | None:
    """The place ceksilang says a figure is of: its claim's scope (what figures are compared by), else the place
    read next to the quantity."""
    if claim is not None:
        return ((claim.get("scope") or {}).get("place")) or None
    return q.get("place") or None


def score_figures(events: Sequence[GoldEvent], view: BriefingView, errors: list[str]) -> dict[str, Any]:
    found = value = qualifier = counted = right = total = counted_own = right_own = 0
    # figures whose gold names their place (or says the sentence names none): how many get it right
    placed = place_right = 0
    misses_place: list[dict[str, Any]] = []
    misses: list[dict[str, Any]] = []
    # right by the usual score but not by "counted in what ceksilang says": the tuning list of that line
    misses_own: list[dict[str, Any]] = []
    for e in events:
        for g in e.figures:
            total += 1
            text = view.text(str(g["article"]))
            where = _find_span(text, str(g["span"])) if text is not None else None
            if where is None:
                reason = "article not in the briefing" if text is None else "span not in the cleaned text"
                errors.append(f"{e.path}: figure '{g['span']}' of {g['article']}: {reason}")
                misses.append({"event": e.event, "article": g["article"], "span": g["span"], "why": reason})
                continue
            s, t = where
            overlapping = [q for q in view.quantities.get(str(g["article"]), []) if q["start"] < t and s < q["end"]]
            if not overlapping:
                misses.append({"event": e.event, "article": g["article"], "span": g["span"], "why": "no quantity found"})
                continue
            found += 1
            # the overlapping quantity whose value is right, when there is one
            q = next((q for q in overlapping if _value_right(g, q)), overlapping[0])
            claim = view.claim_of_span.get((q["doc"], q["start"], q["end"]))
            ok_value = _value_right(g, q)
            ok_qualifier = _qualifier_right(g, q)
            language = (view.docs.get(str(g["article"])) or {}).get("language")
            ok_counted = _counted_right(g, q, claim, text, language)
            own_counted = _counted_right(g, q, claim, text, language, context=False)
            value += ok_value
            qualifier += ok_qualifier
            counted += ok_counted
            counted_own += own_counted
            if "place" in g:
                placed += 1
                got_place = _figure_place(q, claim)
                if _place_right(g["place"], got_place):
                    place_right += 1
                else:  # a list of its own: a wrong place leaves the figure's value, qualifier and counted right
                    misses_place.append({"event": e.event, "article": g["article"], "span": g["span"],
                                         "why": "wrong place", "place": g["place"], "got_place": got_place})
            right_own += ok_value and ok_qualifier and own_counted
            if ok_value and ok_qualifier and ok_counted and not own_counted:
                # right only through the words next to it: what ceksilang says leaves the counted out
                scope = (claim or {}).get("scope") or {}
                misses_own.append({"event": e.event, "article": g["article"], "span": g["span"],
                                   "why": "counted only next to it", "got": q["text"], "counted": g.get("counted"),
                                   "unit": q.get("unit"), "subject": claim.get("subject") if claim else None,
                                   "measure": scope.get("measure")})
            if ok_value and ok_qualifier and ok_counted:
                right += 1
            else:
                wrong = [n for n, ok in (("value", ok_value), ("qualifier", ok_qualifier), ("counted", ok_counted)) if not ok]
                misses.append({"event": e.event, "article": g["article"], "span": g["span"],
                               "why": "wrong " + ", ".join(wrong), "got": q["text"], "value": q.get("value"),
                               "qualifier": q.get("qualifier"), "counted": g.get("counted"),
                               "subject": claim.get("subject") if claim else None,
                               "measure": ((claim or {}).get("scope") or {}).get("measure")})
    # an amount that is no figure ("ribuan LPJU", "MV Wan Hai 503") read with a value is a figure too many
    not_figures = read_as_figure = 0
    for e in events:
        for g in e.not_figures:
            not_figures += 1
            text = view.text(str(g["article"]))
            where = _find_span(text, str(g["span"])) if text is not None else None
            if where is not None and any(q.get("value") is not None and q["start"] < where[1] and where[0] < q["end"]
                                         for q in view.quantities.get(str(g["article"]), [])):
                read_as_figure += 1
                misses.append({"event": e.event, "article": g["article"], "span": g["span"],
                               "why": "not a figure, read as one"})
    return {"not_figures": not_figures, "not_figures_read": read_as_figure,
            "gold": total, "found": found, "value_right": value, "qualifier_right": qualifier,
            "counted_right": counted, "right": right, "accuracy": _round(right / total) if total else None,
            # the stricter reading: what is counted must be in what ceksilang says (the quantity's
            # text, unit, claim subject or measure), not only in the words next to it
            "counted_right_own": counted_own, "right_own": right_own,
            "accuracy_own": _round(right_own / total) if total else None,
            "placed": placed, "place_right": place_right,
            "misses": misses, "misses_own": misses_own, "misses_place": misses_place}


def score_speakers(events: Sequence[GoldEvent], view: BriefingView, errors: list[str]) -> dict[str, Any]:
    found = right = total = 0
    misses: list[dict[str, Any]] = []
    for e in events:
        for g in e.quotes:
            total += 1
            doc = str(g["article"])
            text = view.text(doc)
            where = _find_span(text, str(g["span"])) if text is not None else None
            if where is None:
                reason = "article not in the briefing" if text is None else "span not in the cleaned text"
                errors.append(f"{e.path}: quote '{g['span']}' of {doc}: {reason}")
                misses.append({"event": e.event, "article": doc, "span": g["span"], "why": reason})
                continue
            s, t = where
            quote = next((q for q in view.quotes.get(doc, []) if q["start"] <= s and t <= q["end"]), None)
            if quote is None:
                misses.append({"event": e.event, "article": doc, "span": g["span"], "why": "no quote found"})
                continue
            found += 1
            # a joint statement (the gold's optional "co_speakers"): any of its speakers is right
            gold = {normalise_name(str(name)) for name in [g["speaker"], *(g.get("co_speakers") or [])]}
            entity = view.entities.get(quote.get("speaker") or "")
            names = {normalise_name(entity["name"]) if entity else "", normalise_name(quote.get("speaker_name"))}
            if gold & names:
                right += 1
            else:
                misses.append({"event": e.event, "article": doc, "span": g["span"], "why": "wrong speaker",
                               "gold": g["speaker"], "got": entity["name"] if entity else quote.get("speaker_name")})
    return {"gold": total, "found": found, "right": right,
            "accuracy": _round(right / total) if total else None, "misses": misses}


def _claim_values(view: BriefingView, d: dict[str, Any]) -> list[float]:
    out = []
    for cid in d.get("claims") or []:
        value = (view.claims.get(cid) or {}).get("value")
        if isinstance(value, dict):
            out += [v for v in (value.get("value"), value.get("low"), value.get("high")) if v is not None]
    return out


def _claim_slots(view: BriefingView, d: dict[str, Any], figure_spans: dict[str, list[tuple[int, int, str]]]) -> set[str]:
    """The gold slots whose figure spans the discrepancy's claim evidence overlaps."""
    slots = set()
    for cid in d.get("claims") or []:
        for ev in (view.claims.get(cid) or {}).get("evidence") or []:
            for s, t, slot in figure_spans.get(ev["doc"], []):
                if ev["start"] < t and s < ev["end"]:
                    slots.add(slot)
    return slots


_DIGIT_GROUPS = re.compile(r"\d+")


def _named_values(gold: dict[str, Any], d: dict[str, Any]) -> int | None:
    """How many of a gold detail's readable values (those with digits: a time, a code, a date, a
    year) the discrepancy's explanation names, each by all its digit groups in order ("sekitar
    05.30 WIB" by "05.30", "SV-5726" by "SV 5726"); None when the gold gives fewer than two such
    values (a described value, "the pilot was told in the air", is not read off a text)."""
    readable = [str(v) for v in gold.get("values") or [] if _DIGIT_GROUPS.search(str(v))]
    if len(readable) < 2:
        return None
    said = " ".join(_DIGIT_GROUPS.findall(str(d.get("explanation") or "")))
    return sum(f" {' '.join(_DIGIT_GROUPS.findall(v))} " in f" {said} " for v in readable)


# two values given for one slot: a figure (its claims carry them) or a detail (its explanation
# names them). A reader does not care which of the two a flag is filed under.
VALUE_KINDS = frozenset({"figure", "detail"})


def _claim_ranges(view: BriefingView, d: dict[str, Any]) -> list[tuple[Any, Any]]:
    """The (low, high) of each of the discrepancy's claims."""
    out = []
    for cid in d.get("claims") or []:
        value = (view.claims.get(cid) or {}).get("value")
        if isinstance(value, dict):
            out.append((value.get("low"), value.get("high")))
    return out


def _value_carried(v: Any, have: list[float], ranges: list[tuple[Any, Any]]) -> bool:
    """A gold value is carried by a claim of that value; a range written as [low, high] ("38-42
    menit" against "sekitar 38-40 menit") by a claim with those two bounds."""
    if isinstance(v, (list, tuple)):
        return len(v) == 2 and any(_same_number(v[0], lo) and _same_number(v[1], hi) for lo, hi in ranges)
    return any(_same_number(v, h) for h in have)


def _figure_values_found(gold: dict[str, Any], d: dict[str, Any], view: BriefingView) -> bool:
    """The flag's claims carry the gold figure's values: all of them, or two when the gold gives
    more (a third value may be a sum no outlet writes, "17 departures + 15 arrivals" = 32)."""
    have = _claim_values(view, d)
    ranges = _claim_ranges(view, d)
    values = gold["values"]
    present = sum(_value_carried(v, have, ranges) for v in values)
    return present >= min(2, len(values))


def _matches(gold: dict[str, Any], d: dict[str, Any], view: BriefingView) -> bool:
    kind, found_kind = gold.get("kind"), d.get("kind")
    if found_kind != kind and not {kind, found_kind} <= VALUE_KINDS:
        return False
    if len(set(d.get("docs") or []) & {str(a) for a in gold["articles"]}) < 2:
        return False
    if found_kind != kind:
        # filed under the other of figure / detail: it must give two of the gold's values
        if found_kind == "figure":
            return bool(gold.get("values")) and _figure_values_found(gold, d, view)
        named = _named_values(gold, d)
        return named is not None and named >= 2
    if kind == "figure" and gold.get("values"):
        return _figure_values_found(gold, d, view)
    if kind == "detail":
        # a detail about two other values between the same articles (the landing time for the
        # flight number) is another discrepancy: it must name two of the gold's values
        named = _named_values(gold, d)
        return named is None or named >= 2
    return True


def _one_to_one(hits: list[list[int]]) -> set[int]:
    """The gold items found when each system item is credited to one gold item at most (a
    largest matching of gold items to the system items that match them): one flag covering two
    gold discrepancies between the same articles finds one of them."""
    owner: dict[int, int] = {}  # system item -> gold item

    def claim(i: int, seen: set[int]) -> bool:
        for k in hits[i]:
            if k in seen:
                continue
            seen.add(k)
            if k not in owner or claim(owner[k], seen):
                owner[k] = i
                return True
        return False

    for i in range(len(hits)):
        claim(i, set())
    return set(owner.values())


def _says_they_agree(d: dict[str, Any]) -> bool:
    """A figure item whose values overlap ("compatible") tells the reader the outlets agree: it
    flags nothing, so it is neither a find nor a wrong flag."""
    return d.get("kind") == "figure" and d.get("status") == "compatible"


# Where the chain from the texts to a flag breaks for a gold discrepancy not found, first stage
# first. The figure stages are read off the briefing; a detail, wording or attribution item that is
# in one story is "not flagged": whether its values were read at all needs a reader (the table in
# docs/evaluation.md, branch disc9).
CHAIN_STAGES = ("stories", "not read", "no claim", "not compared", "same subject, no flag", "in another flag",
                "not flagged")


def _gold_figure_readings(gold: dict[str, Any], event: GoldEvent, view: BriefingView
                          ) -> tuple[set[tuple[str, float]], dict[tuple[str, float], list[dict]]]:
    """For each of the gold discrepancy's articles and values whose gold figure span has a
    quantity read at it: (article, value); and the figure claims made there, by (article, value).
    The gold figures are those of the discrepancy's slot, and for a value none of them gives,
    those of a slot of the same first word ("dead_incl_perpetrator" for "dead")."""
    wanted = [v for v in gold.get("values") or [] if isinstance(v, (int, float))]
    arts = {str(a) for a in gold["articles"]}
    slot = str(gold.get("slot") or "")
    own = [g for g in event.figures if str(g["article"]) in arts and str(g.get("slot") or "") == slot]
    given = {float(w) for g in own for v in _figure_values(g) for w in wanted if _same_number(v, w)}
    akin = [g for g in event.figures if str(g["article"]) in arts and g not in own
            and str(g.get("slot") or "").split("_")[0] == slot.split("_")[0]
            and not any(_same_number(v, w) for v in _figure_values(g) for w in given)]
    read: set[tuple[str, float]] = set()
    claims: dict[tuple[str, float], list[dict]] = defaultdict(list)
    for g in own + akin:
        doc = str(g["article"])
        value = next((float(w) for v in _figure_values(g) for w in wanted if _same_number(v, w)), None)
        if value is None:
            continue
        text = view.text(doc)
        where = _find_span(text, str(g["span"])) if text is not None else None
        if where is None:
            continue
        s, t = where
        if any(q["start"] < t and s < q["end"] for q in view.quantities.get(doc, [])):
            read.add((doc, value))
        for c in view.claims.values():
            if c.get("kind") == "figure" and any(ev["doc"] == doc and ev["start"] < t and s < ev["end"]
                                                 for ev in c.get("evidence") or []):
                if c not in claims[(doc, value)]:
                    claims[(doc, value)].append(c)
    return read, claims


def _two_values(keys: Iterable[tuple[str, float]]) -> list[tuple[tuple[str, float], tuple[str, float]]]:
    """Pairs of (article, value) from two articles with two values."""
    keys = sorted(keys)
    return [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:] if a[0] != b[0] and not _same_number(a[1], b[1])]


def chain_break(gold: dict[str, Any], event: GoldEvent, view: BriefingView, flags: Sequence[dict[str, Any]]) -> str:
    """The first stage (``CHAIN_STAGES``) at which a gold discrepancy that was not found is lost:
    its articles in different stories; for a figure, two of its values not read as quantities in
    two of its articles, read with no figure claim, claimed under different subjects (thing,
    unit, measure or owner), under one subject with no flag holding two of its values (judged to
    agree, or a subject never compared: "orang" with no measure), or in a flag that names other
    articles or is credited to another gold item."""
    arts = [str(a) for a in gold["articles"]]
    stories = [view.story_of.get(a) for a in arts]
    if max((stories.count(s) for s in stories if s), default=0) < 2:
        return "stories"
    if gold.get("kind") != "figure" or not gold.get("values"):
        return "not flagged"
    read, claims = _gold_figure_readings(gold, event, view)
    if not _two_values(read):
        return "not read"
    claimed = _two_values(k for k, cs in claims.items() if cs)
    if not claimed:
        return "no claim"
    if not any({c.get("subject") for c in claims[a]} & {c.get("subject") for c in claims[b]} for a, b in claimed):
        return "not compared"
    if not any(_figure_values_found(gold, d, view) for d in flags):
        return "same subject, no flag"
    return "in another flag"


def score_discrepancies(events: Sequence[GoldEvent], view: BriefingView) -> dict[str, Any]:
    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "gold_found": 0, "system": 0, "system_right": 0})
    false_alarms: list[dict[str, Any]] = []
    # each gold discrepancy not found and each flag matching none, for reading the errors
    missed: list[dict[str, Any]] = []
    unmatched: list[dict[str, Any]] = []
    listed_false_alarms = 0
    status_agrees = 0
    for e in events:
        members = set(e.article_ids())
        figure_spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for g in e.figures:
            text = view.text(str(g["article"]))
            where = _find_span(text, str(g["span"])) if text is not None else None
            if where and g.get("slot"):
                figure_spans[str(g["article"])].append((*where, str(g["slot"])))
        mine = [d for d in view.discrepancies
                if d.get("kind") in FLAG_KINDS and not _says_they_agree(d)
                and len(set(d.get("docs") or []) & members) >= 2]
        hits = [[k for k, d in enumerate(mine) if _matches(g, d, view)] for g in e.discrepancies]
        credited = _one_to_one(hits)
        for i, g in enumerate(e.discrepancies):
            counts = by_kind[str(g["kind"])]
            counts["gold"] += 1
            if i in credited:
                counts["gold_found"] += 1
                status_agrees += any(mine[k].get("status") == g.get("status") for k in hits[i])
            else:
                missed.append({"event": e.event, "kind": g.get("kind"), "status": g.get("status"),
                               "articles": g.get("articles"), "slot": g.get("slot"), "values": g.get("values"),
                               "note": g.get("note"), "stage": chain_break(g, e, view, mine)})
        for d in mine:
            counts = by_kind[str(d["kind"])]
            counts["system"] += 1
            matched = any(_matches(g, d, view) for g in e.discrepancies)
            counts["system_right"] += matched
            if not matched:
                unmatched.append({"event": e.event, "kind": d["kind"], "status": d.get("status"),
                                  "docs": d.get("docs"), "explanation": d.get("explanation")})
            if matched or d.get("status") != "contradiction":
                continue
            alarm = {"event": e.event, "kind": d["kind"], "docs": d.get("docs"), "explanation": d.get("explanation")}
            if d["kind"] == "figure":
                slots = _claim_slots(view, d, figure_spans)
                listed = any(n.get("slot") in slots and
                             len(set(d.get("docs") or []) & {str(a) for a in n.get("articles") or []}) >= 2
                             for n in e.not_discrepancies)
                alarm["listed_not_discrepancy"] = listed
                listed_false_alarms += listed
            false_alarms.append(alarm)
    kinds = {k: prf(c["system_right"], c["system"], c["gold_found"], c["gold"]) for k, c in sorted(by_kind.items())}
    total = {key: sum(c[key] for c in by_kind.values()) for key in ("gold", "gold_found", "system", "system_right")}
    overall = prf(total["system_right"], total["system"], total["gold_found"], total["gold"])
    stories = len(events)
    return {"overall": overall, "by_kind": kinds, "status_agrees": status_agrees,
            "false_alarms": len(false_alarms), "false_alarms_listed_as_not": listed_false_alarms,
            "false_alarms_per_story": _round(len(false_alarms) / stories) if stories else None,
            "false_alarm_details": false_alarms, "missed": missed, "unmatched": unmatched}


def score_metadata(events: Sequence[GoldEvent], articles: dict[str, Article]) -> dict[str, Any]:
    """Outlet and date read from each article's text alone, where the gold says the text states them."""
    outlet_right = outlet_total = date_right = date_total = 0
    misses: list[dict[str, Any]] = []
    for e in events:
        for g in e.articles:
            if g.outlet_in_text is None and g.date_in_text is None:
                continue
            article = articles.get(g.id)
            if article is None:
                continue
            outlet, day = metadata_from_text(article.text)
            if g.outlet_in_text is not None:
                outlet_total += 1
                if outlet_key(outlet) == outlet_key(g.outlet_in_text):
                    outlet_right += 1
                else:
                    misses.append({"article": g.id, "field": "outlet", "gold": g.outlet_in_text, "got": outlet})
            if g.date_in_text is not None:
                date_total += 1
                if day == g.date_in_text[:10]:
                    date_right += 1
                else:
                    misses.append({"article": g.id, "field": "date", "gold": g.date_in_text, "got": day})
    return {"outlet": {"gold": outlet_total, "right": outlet_right,
                       "accuracy": _round(outlet_right / outlet_total) if outlet_total else None},
            "date": {"gold": date_total, "right": date_right,
                     "accuracy": _round(date_right / date_total) if date_total else None},
            "misses": misses}


# --------------------------------------------------------------------------- the command


def score_run(events: Sequence[GoldEvent], briefing: dict[str, Any], articles: dict[str, Article]) -> dict[str, Any]:
    """Every score of one analysed batch against the events it holds."""
    view = BriefingView(briefing)
    errors: list[str] = [f"{e['source']}: {e['reason']}" for e in view.errors]
    return {
        "events": len(events),
        "stories": score_stories(events, view),
        "figures": score_figures(events, view, errors),
        "speakers": score_speakers(events, view, errors),
        "discrepancies": score_discrepancies(events, view),
        "metadata": score_metadata(events, articles),
        "errors": errors,
    }


def _batch(event: GoldEvent, articles: dict[str, Article]) -> list[Article]:
    return [articles[a] for a in [*event.article_ids(), *event.distractors] if a in articles]


def _alone_batches(events: Sequence[GoldEvent]) -> list[list[GoldEvent]]:
    """The events analysed together with ``--alone``: those naming one ``batch``, or each event by itself."""
    groups: dict[str, list[GoldEvent]] = {}
    for e in events:
        groups.setdefault(e.batch or f"event:{e.event}", []).append(e)
    return list(groups.values())


def evaluate_coverage(gold_dir: str | Path, corpus: str | Path, split: str = "all", alone: bool = False,
                      workers: int = 1, intake: bool | str | Path = False, intake_days: int = 0) -> dict[str, Any]:
    """Analyse the events of ``split`` (together in one store, or each ``alone`` with its
    distractors as a small batch) and score the briefing(s) against the gold.

    ``intake`` (together only): the gold's articles are analysed among every other article of
    the intake file published on the gold's days (within ``intake_days``), as a newsroom's day
    of intake would hold them (``load_intake``; ``True``: each event's own corpus file); those
    are context, and every score is still of the gold's own articles."""
    if alone and intake is not False:
        raise ValueError("an intake run analyses the events together: intake and alone exclude each other")
    events, errors = load_events(gold_dir, split)
    articles, missing = load_articles(events, corpus)
    errors += missing
    if not events:
        return {"split": split, "mode": "alone" if alone else "together", "events": 0, "errors": errors}
    context: dict[str, Article] = {}
    if intake is not False:
        context, missing = load_intake(events, articles, corpus, intake, intake_days)
        errors += missing
    if not alone:
        everything = {a.id: a for e in events for a in _batch(e, articles)}
        everything.update(context)
        result = score_run(events, analyse_articles(everything.values(), workers), articles)
    else:
        runs = []
        for group in _alone_batches(events):
            batch = {a.id: a for e in group for a in _batch(e, articles)}
            runs.append(score_run(group, analyse_articles(batch.values(), workers), articles))
        result = merge_runs(runs)
    result["errors"] = errors + result["errors"]
    result["split"] = split
    result["mode"] = "alone" if alone else "together"
    if intake is not False:
        result["intake"] = {"file": "each event's corpus file" if intake is True else str(intake),
                            "days": intake_days, "context_articles": len(context)}
    return result


def _sum_prf(parts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    keys = ("tp_predicted", "predicted", "tp_gold", "gold")
    t = {k: sum(p[k] for p in parts) for k in keys}
    return prf(t["tp_predicted"], t["predicted"], t["tp_gold"], t["gold"])


def merge_runs(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One result from the per-event runs: counts added, rates worked out again."""
    stories = _sum_prf([r["stories"] for r in runs])
    stories["articles"] = sum(r["stories"]["articles"] for r in runs)
    stories["system_stories"] = sum(r["stories"]["system_stories"] for r in runs)
    figures = {k: sum(r["figures"][k] for r in runs) for k in
               ("gold", "found", "value_right", "qualifier_right", "counted_right", "right", "counted_right_own",
                "right_own", "not_figures", "not_figures_read", "placed", "place_right")}
    figures["accuracy"] = _round(figures["right"] / figures["gold"]) if figures["gold"] else None
    figures["accuracy_own"] = _round(figures["right_own"] / figures["gold"]) if figures["gold"] else None
    figures["misses"] = [m for r in runs for m in r["figures"]["misses"]]
    figures["misses_own"] = [m for r in runs for m in r["figures"].get("misses_own", [])]
    figures["misses_place"] = [m for r in runs for m in r["figures"].get("misses_place", [])]
    speakers = {k: sum(r["speakers"][k] for r in runs) for k in ("gold", "found", "right")}
    speakers["accuracy"] = _round(speakers["right"] / speakers["gold"]) if speakers["gold"] else None
    speakers["misses"] = [m for r in runs for m in r["speakers"]["misses"]]
    kinds = sorted({k for r in runs for k in r["discrepancies"]["by_kind"]})
    events = sum(r["events"] for r in runs)
    alarms = sum(r["discrepancies"]["false_alarms"] for r in runs)
    discrepancies = {
        "overall": _sum_prf([r["discrepancies"]["overall"] for r in runs]),
        "by_kind": {k: _sum_prf([r["discrepancies"]["by_kind"][k] for r in runs if k in r["discrepancies"]["by_kind"]])
                    for k in kinds},
        "status_agrees": sum(r["discrepancies"]["status_agrees"] for r in runs),
        "false_alarms": alarms,
        "false_alarms_listed_as_not": sum(r["discrepancies"]["false_alarms_listed_as_not"] for r in runs),
        "false_alarms_per_story": _round(alarms / events) if events else None,
        "false_alarm_details": [a for r in runs for a in r["discrepancies"]["false_alarm_details"]],
        "missed": [m for r in runs for m in r["discrepancies"]["missed"]],
        "unmatched": [u for r in runs for u in r["discrepancies"]["unmatched"]],
    }
    metadata: dict[str, Any] = {}
    for key in ("outlet", "date"):
        gold = sum(r["metadata"][key]["gold"] for r in runs)
        right = sum(r["metadata"][key]["right"] for r in runs)
        metadata[key] = {"gold": gold, "right": right, "accuracy": _round(right / gold) if gold else None}
    metadata["misses"] = [m for r in runs for m in r["metadata"]["misses"]]
    return {"events": events, "stories": stories, "figures": figures, "speakers": speakers,
            "discrepancies": discrepancies, "metadata": metadata,
            "errors": [e for r in runs for e in r["errors"]]}


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def format_coverage_report(result: dict[str, Any]) -> str:
    """The scores as a plain-text table."""
    lines = [f"coverage evaluation: split {result.get('split')}, {result.get('events', 0)} events, "
             f"analysed {result.get('mode')}"]
    if result.get("intake"):
        i = result["intake"]
        lines.append(f"intake: {i['context_articles']} other articles of {i['file']} published within {i['days']} "
                     f"day(s) of the gold's days analysed with the gold's as context; every score is of the gold's "
                     f"own articles only")
    if result.get("events"):
        s, f, q, d, m = (result[k] for k in ("stories", "figures", "speakers", "discrepancies", "metadata"))
        lines += [
            f"{'what':<34}{'P':>7}{'R':>7}{'F1/acc':>8}  counts",
            f"{'stories (pairwise)':<34}{_fmt(s['precision']):>7}{_fmt(s['recall']):>7}{_fmt(s['f1']):>8}  "
            f"{s['tp_gold']} of {s['gold']} gold pairs, {s['predicted']} system pairs; {s['articles']} articles in "
            f"{s['system_stories']} stories",
            f"{'figures (value+qualifier+counted)':<34}{'':>7}{'':>7}{_fmt(f['accuracy']):>8}  "
            f"{f['right']} of {f['gold']} (found {f['found']}, value {f['value_right']}, qualifier "
            f"{f['qualifier_right']}, counted {f['counted_right']})",
            f"{'  counted in what ceksilang says':<34}{'':>7}{'':>7}{_fmt(f['accuracy_own']):>8}  "
            f"{f['right_own']} of {f['gold']} (counted {f['counted_right_own']}: the words next to the figure "
            f"left out)",
            *([f"{'  amounts that are no figures':<34}{'':>7}{'':>7}{'':>8}  "
               f"{f['not_figures_read']} of {f['not_figures']} read with a value"] if f.get("not_figures") else []),
            *([f"{'  place (where the gold gives it)':<34}{'':>7}{'':>7}{'':>8}  "
               f"{f['place_right']} of {f['placed']} right"] if f.get("placed") else []),
            f"{'speakers (full name)':<34}{'':>7}{'':>7}{_fmt(q['accuracy']):>8}  "
            f"{q['right']} of {q['gold']} quotes (found {q['found']})",
        ]
        o = d["overall"]
        lines.append(f"{'discrepancies':<34}{_fmt(o['precision']):>7}{_fmt(o['recall']):>7}{_fmt(o['f1']):>8}  "
                     f"{o['tp_gold']} of {o['gold']} gold found; {o['tp_predicted']} of {o['predicted']} system right; "
                     f"status agrees on {d['status_agrees']}")
        for kind, k in d["by_kind"].items():
            lines.append(f"{'  ' + kind:<34}{_fmt(k['precision']):>7}{_fmt(k['recall']):>7}{_fmt(k['f1']):>8}  "
                         f"{k['tp_gold']}/{k['gold']} gold, {k['tp_predicted']}/{k['predicted']} system")
        lines.append(f"{'false alarms per story':<34}{'':>7}{'':>7}{_fmt(d['false_alarms_per_story']):>8}  "
                     f"{d['false_alarms']} contradictions matching no gold discrepancy "
                     f"({d['false_alarms_listed_as_not']} listed as not discrepancies)")
        for key in ("outlet", "date"):
            k = m[key]
            lines.append(f"{key + ' found in the text':<34}{'':>7}{'':>7}{_fmt(k['accuracy']):>8}  "
                         f"{k['right']} of {k['gold']} articles that state it")
    errors = result.get("errors") or []
    if errors:
        lines.append(f"errors ({len(errors)}):")
        lines += [f"  {e}" for e in errors[:50]]
        if len(errors) > 50:
            lines.append(f"  ... and {len(errors) - 50} more (see --json)")
    return "\n".join(lines)


__all__ = ["GoldEvent", "GoldArticle", "Article", "GoldError", "parse_event", "load_events", "load_articles",
           "load_intake", "analyse_articles", "metadata_from_text", "score_run", "score_stories", "score_figures",
           "score_speakers", "score_discrepancies", "score_metadata", "merge_runs", "evaluate_coverage",
           "format_coverage_report", "outlet_key", "normalise_name"]
