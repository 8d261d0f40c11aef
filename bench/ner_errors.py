"""What the names the extraction outputs get wrong on the held-out NER files, counted by kind.

    .venv/bin/python bench/ner_errors.py [--corpus ../shared/corpus] [--stage model|pipeline]

For each held-out file (NER-UI test.01, NER-UGM test.01, idner-news-2k test), every gold and
predicted entity (PERSON/ORG/LOC, exact spans) falls in one class:

- ``right``: same span, same type;
- ``type``: same span, another type (counted by gold -> predicted type);
- ``boundary``: the spans overlap, same type, different ends (too long or too short);
- ``boundary+type``: the spans overlap, ends and type differ;
- ``missed``: a gold entity no prediction overlaps;
- ``spurious``: a prediction no gold entity overlaps.

Reading these counts is reporting, not tuning: nothing here feeds back into a rule or a model
(the files stay held out). Writes bench/results/ner_errors.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
HELD_OUT = (("nerui", "ner/indolem/nerui/test.01.tsv"), ("nerugm", "ner/indolem/nerugm/test.01.tsv"),
            ("idner", "ner/idner-news-2k/test.txt"))


ERROR_CLASSES = ("type", "boundary", "boundary+type", "missed", "spurious")


def classify(gold: list[set], predicted: list[set],
             tokens: list[list[str]] | None = None) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """Counts of each class, by type, over sentences of (start, end, type) span sets; and, when
    the sentences' ``tokens`` are given, how often each entity string falls in each error class
    (the gold entity's words, or the prediction's for ``spurious``)."""
    out: dict[str, Counter] = {k: Counter() for k in ("right", *ERROR_CLASSES)}
    words: dict[str, Counter] = {k: Counter() for k in ERROR_CLASSES}
    for n, (g_spans, p_spans) in enumerate(zip(gold, predicted, strict=True)):
        def text(span: tuple) -> str:
            return " ".join(tokens[n][span[0]:span[1]]) if tokens else ""
        for g in g_spans:
            if g in p_spans:
                out["right"][g[2]] += 1
                continue
            same_span = [p for p in p_spans if p[:2] == g[:2]]
            overlapping = [p for p in p_spans if p[0] < g[1] and g[0] < p[1]]
            if same_span:
                kind, key = "type", f"{g[2]}->{same_span[0][2]}"
            elif any(p[2] == g[2] for p in overlapping):
                kind, key = "boundary", g[2]
            elif overlapping:
                kind, key = "boundary+type", f"{g[2]}->{overlapping[0][2]}"
            else:
                kind, key = "missed", g[2]
            out[kind][key] += 1
            words[kind][f"{text(g)} ({key})"] += 1
        for p in p_spans:
            if not any(g[0] < p[1] and p[0] < g[1] for g in g_spans):
                out["spurious"][p[2]] += 1
                words["spurious"][f"{text(p)} ({p[2]})"] += 1
    return out, words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--stage", choices=("model", "pipeline"), default="pipeline")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "ner_errors.json")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from ceksilang.evaluate.ner import _pipeline_tags, evaluate_ner
    from ceksilang.extract.conll import map_tags, read_conll, spans
    from ceksilang.extract.ner import load_tagger

    result: dict = {"stage": args.stage, "files": {}}
    for _corpus, rel in HELD_OUT:
        path = args.corpus / rel
        sentences = read_conll(path)
        gold = [spans(map_tags([t for _, t in s])) for s in sentences]
        if args.stage == "pipeline":
            tags = _pipeline_tags(sentences, None)
        else:
            tagger = load_tagger()
            tags = [tagger.tag([w for w, _ in s]) for s in sentences]
        predicted = [spans(t) for t in tags]
        counts, words = classify(gold, predicted, [[w for w, _ in s] for s in sentences])
        scores = evaluate_ner(path, stage=args.stage)
        result["files"][rel] = {"f1": scores["f1"], "precision": scores["precision"], "recall": scores["recall"],
                                "per_type_f1": {t: v["f1"] for t, v in scores["per_type"].items()},
                                **{k: dict(sorted(v.items())) for k, v in counts.items()},
                                **{f"{k}_total": sum(v.values()) for k, v in counts.items()},
                                # entity strings in an error class more than once, most frequent first
                                "recurring": {k: [[w, c] for w, c in v.most_common() if c > 1][:15]
                                              for k, v in words.items()}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
