"""Silent-edit detection on real articles: cosmetic changes must not count, changed figures and quotes must.

    .venv/bin/python bench/watch_edits.py [--corpus ../shared/corpus] [--n 150] [--seed 16]

There are no real before/after pairs of Indonesian news pages in the corpus, so the versions are
made from real articles (``news/cnn_labeled.csv``, sampled with a fixed seed; none was looked at
while writing ``ceksilang/watch/edits.py``), each published as an HTML page and read back
through the same path a fetched page takes (trafilatura, cleaner, extraction):

* **cosmetic**: the same article with page furniture changed: "Baca juga:" lines carrying other
  real headlines of the corpus inserted between paragraphs, advertisement markers, an ad block,
  a new related-links box and footer, paragraphs re-wrapped with extra whitespace. Any edit
  reported is a false alarm.
* **figure**: the first figure the extraction found, its number changed (first digit + 1).
  Detected when a ``figure`` edit names the old and the new number.
* **quote**: the first direct quote, its last word dropped. Detected when a ``quote`` edit is
  reported.

Writes bench/results/watch_edits.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE.parent))

from ceksilang.pipeline import analyze_raw  # noqa: E402
from ceksilang.watch.edits import content_changes  # noqa: E402
from ceksilang.watch.fetch import Fetched, fetched_to_document  # noqa: E402

csv.field_size_limit(10**8)
_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“\"])")


def paragraphs(text: str) -> list[str]:
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    return [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]


def page(title: str, paras: list[str], inserts: dict[int, str] | None = None, furniture: str = "",
         spacing: str = "") -> bytes:
    inserts = inserts or {}
    body = "".join(f"<p>{spacing}{p}{spacing}</p>{inserts.get(i, '')}" for i, p in enumerate(paras))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='CNN Indonesia'>"
            "</head><body><nav><a href='/'>Home</a> <a href='/nasional'>Nasional</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>{furniture}<footer>CNN Indonesia</footer></body></html>"
            ).encode("utf-8")


def read(url: str, html: bytes):
    raw = fetched_to_document(Fetched(url=url, final_url=url, status=200, body=html, content_type="text/html"))
    return None if not hasattr(raw, "text") else analyze_raw(raw)


def cosmetic(title: str, paras: list[str], others: list[str], rng: random.Random) -> bytes:
    inserts = {}
    for i in range(0, max(1, len(paras) - 1), 2):
        inserts[i] = rng.choice([f"<p><strong>Baca juga:</strong> <a href='/x'>{rng.choice(others)}</a></p>",
                                 "<p>ADVERTISEMENT</p><p>SCROLL TO CONTINUE WITH CONTENT</p>",
                                 "<div class='ads'><p>Promo akhir tahun diskon hingga 70 persen</p></div>"])
    related = "".join(f"<li><a href='/r{i}'>{t}</a></li>" for i, t in enumerate(rng.sample(others, 4)))
    furniture = f"<aside class='related'><h3>Berita terkait</h3><ul>{related}</ul></aside>"
    return page(title, paras, inserts, furniture, spacing="\n   ")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    rows = list(csv.DictReader(open(Path(args.corpus) / "news" / "cnn_labeled.csv", encoding="utf-8")))
    rng = random.Random(args.seed)
    sample = rng.sample(rows, min(args.n, len(rows)))
    titles = [r["title"] for r in rows]
    counts = {"articles": 0, "cosmetic_false_alarms": 0, "figure_cases": 0, "figure_detected": 0,
              "figure_exact": 0, "quote_cases": 0, "quote_detected": 0, "unreadable": 0}
    alarms: list[dict] = []
    misses: list[dict] = []
    started = time.perf_counter()
    for n, row in enumerate(sample):
        url = f"http://bench.invalid/{n}"
        paras = paragraphs(row["clean_text"])
        base = read(url, page(row["title"], paras))
        if base is None or not base.text:
            counts["unreadable"] += 1
            continue
        counts["articles"] += 1
        after = read(url, cosmetic(row["title"], paras, titles, rng))
        found = content_changes(base, after) if after is not None else []
        if found:
            counts["cosmetic_false_alarms"] += 1
            alarms.append({"url": row["url"], "changes": [[c.field, c.before, c.after] for c in found]})
        figure = next((q for q in base.quantities if re.search(r"\d", q.text)), None)
        if figure is not None:
            digits = re.search(r"\d", figure.text)
            old = figure.text
            new = old[:digits.start()] + str((int(digits.group()) + 1) % 10 or 1) + old[digits.end():]
            text = " ".join(paras)
            pos = text.find(old)
            if pos >= 0 and new != old:
                counts["figure_cases"] += 1
                edited = text[:pos] + new + text[pos + len(old):]
                version = read(url, page(row["title"], paragraphs(edited)))
                changes = [c for c in content_changes(base, version) if c.field == "figure"] if version else []
                if changes:
                    counts["figure_detected"] += 1
                    if any(c.before == " ".join(old.split()) and c.after == " ".join(new.split()) for c in changes):
                        counts["figure_exact"] += 1
                else:
                    misses.append({"url": row["url"], "figure": [old, new]})
        quote = next((q for q in base.quotes if q.kind == "direct" and len(q.text.split()) >= 4), None)
        if quote is not None:
            text = " ".join(paras)
            pos = text.find(quote.text)
            if pos >= 0:
                counts["quote_cases"] += 1
                shorter = " ".join(quote.text.split()[:-1])
                edited = text[:pos] + shorter + text[pos + len(quote.text):]
                version = read(url, page(row["title"], paragraphs(edited)))
                if version and any(c.field == "quote" for c in content_changes(base, version)):
                    counts["quote_detected"] += 1
                else:
                    misses.append({"url": row["url"], "quote": quote.text[:120]})
    seconds = time.perf_counter() - started
    result = {
        "corpus": "news/cnn_labeled.csv", "seed": args.seed, "sample": len(sample), **counts,
        "cosmetic_false_alarm_rate": round(counts["cosmetic_false_alarms"] / max(1, counts["articles"]), 4),
        "figure_recall": round(counts["figure_detected"] / max(1, counts["figure_cases"]), 4),
        "quote_recall": round(counts["quote_detected"] / max(1, counts["quote_cases"]), 4),
        "seconds": round(seconds, 1),
        "false_alarm_examples": alarms[:10], "miss_examples": misses[:10],
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "watch_edits.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if not k.endswith("examples")}, indent=2))


if __name__ == "__main__":
    main()
