"""Exact-span NER scoring and the CoNLL evaluation entry point."""

from __future__ import annotations

import json

import pytest

from ceksilang.evaluate.ner import evaluate_ner, format_ner_report, prf, score_spans, scores_json
from tests.conftest import needs_corpus

# Measured with the shipped model on IndoLEM NER-UI fold-1 test (never trained on): see
# ceksilang/data/ner-id.json. The floor is that figure minus one point; raise it, never lower it.
NERUI_TEST01_F1_FLOOR = 84.28
# The same file scored on the extraction layer's entities (model + gazetteer + rules): 86.06.
NERUI_TEST01_PIPELINE_F1_FLOOR = 85.06


def test_evaluate_prf_from_counts():
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "predicted": 0, "gold": 0}
    s = prf(3, 4, 6)
    assert (s["precision"], s["recall"], s["f1"]) == (75.0, 50.0, 60.0)


def test_evaluate_score_spans_exact_match_only():
    gold = [["B-PERSON", "I-PERSON", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG"]]
    # the person is right, the place is missed, the organisation is cut short (a miss and a false hit)
    pred = [["B-PERSON", "I-PERSON", "O", "O"], ["B-ORG", "I-ORG", "O"]]
    s = score_spans(gold, pred, labels=["PERSON", "ORG", "LOC"])
    assert s["per_type"]["PERSON"]["f1"] == 100.0
    assert s["per_type"]["LOC"]["recall"] == 0.0
    assert s["per_type"]["ORG"]["tp"] == 0 and s["per_type"]["ORG"]["predicted"] == 1
    assert (s["tp"], s["predicted"], s["gold"]) == (1, 2, 3)
    assert s["precision"] == 50.0 and s["recall"] == 33.33 and s["f1"] == 40.0


def test_evaluate_score_spans_wrong_type_is_a_miss():
    s = score_spans([["B-LOC"]], [["B-ORG"]])
    assert s["f1"] == 0.0
    assert set(s["per_type"]) == {"LOC", "ORG"}


def test_evaluate_score_spans_rejects_length_mismatch():
    with pytest.raises(ValueError):
        score_spans([["O", "O"]], [["O"]])


def test_evaluate_ner_on_invented_file(tmp_path):
    path = tmp_path / "mini.tsv"
    path.write_text(
        "Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\nSurabaya\tB-LOCATION\n"
        "pada\tO\npukul\tB-TIME\nsembilan\tI-TIME\n.\tO\n\n"
        "Ia\tO\nmembawa\tO\ntiga\tB-QUANTITY\nmenteri\tI-QUANTITY\n.\tO\n",
        encoding="utf-8",
    )
    s = evaluate_ner(path)
    assert {"precision", "recall", "f1", "per_type"} <= set(s)
    assert set(s["per_type"]) == {"PERSON", "ORG", "LOC"}
    assert s["unscored_types"] == {"QUANTITY": 1, "TIME": 1}
    assert s["gold"] == 2 and s["sentences"] == 2 and s["tokens"] == 15
    assert s["per_type"]["PERSON"]["tp"] == 1
    report = format_ner_report(s)
    assert "PERSON" in report and "micro" in report and "QUANTITY 1" in report
    assert json.loads(scores_json(s))["f1"] == s["f1"]


def test_evaluate_ner_nerui_fold1_test_floor():
    path = needs_corpus("ner", "indolem", "nerui", "test.01.tsv")
    s = evaluate_ner(path)
    assert s["sentences"] == 426
    assert s["f1"] >= NERUI_TEST01_F1_FLOOR, format_ner_report(s)


def test_evaluate_ner_pipeline_scores_the_extracted_entities(tmp_path):
    # "Pyongyang" stands for North Korea and "Korut" is its short name: the gazetteer knows
    # both, the CRF alone need not; GPE is scored as the corpora's LOC
    path = tmp_path / "mini.tsv"
    path.write_text(
        "Pasukan\tO\nKorut\tB-LOCATION\ntiba\tO\ndi\tO\nKursk\tB-LOCATION\n,\tO\nkata\tO\n"
        "Menteri\tO\nLuar\tO\nNegeri\tO\nAntony\tB-PERSON\nBlinken\tI-PERSON\n.\tO\n",
        encoding="utf-8",
    )
    s = evaluate_ner(path, stage="pipeline")
    assert s["stage"] == "pipeline" and s["gold"] == 3
    assert s["per_type"]["LOC"]["tp"] == 2 and s["per_type"]["PERSON"]["tp"] == 1
    assert format_ner_report(s).startswith("entities (pipeline) on")
    with pytest.raises(ValueError, match="stage"):
        evaluate_ner(path, stage="everything")


def test_evaluate_ner_pipeline_nerui_fold1_test_floor():
    path = needs_corpus("ner", "indolem", "nerui", "test.01.tsv")
    s = evaluate_ner(path, stage="pipeline")
    assert s["f1"] >= NERUI_TEST01_PIPELINE_F1_FLOOR, format_ner_report(s)
