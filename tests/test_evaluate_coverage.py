"""``ceksilang evaluate coverage``: the gold loader, each scorer on hand-made briefings whose right
answer is known, and the whole command on a synthetic gold set (tests/fixtures/coverage_eval:
invented articles, never real coverage)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ceksilang.cli import main
from ceksilang.evaluate.coverage import (
    Article, BriefingView, load_articles, load_events, normalise_name, outlet_key, score_discrepancies,
    score_figures, score_metadata, score_speakers, score_stories,
)

FIXTURE = Path(__file__).parent / "fixtures" / "coverage_eval"
CORPUS = FIXTURE / "corpus"
REAL_GOLD = Path(__file__).parent / "gold" / "coverage"


def _events(split: str = "all"):
    events, errors = load_events(FIXTURE, split)
    assert errors == []
    return events


def _doc(doc_id: str, text: str) -> dict:
    return {"id": doc_id, "text": text}


def _text(doc_id: str) -> str:
    articles, _ = load_articles(_events(), CORPUS)
    return articles[doc_id].text


# --------------------------------------------------------------------------- loading


def test_events_load_by_split():
    assert [e.event for e in _events()] == ["syn-banjir", "syn-kebakaran"]
    assert [e.event for e in _events("tune")] == ["syn-banjir"]
    assert [e.event for e in _events("test")] == ["syn-kebakaran"]
    banjir = _events()[0]
    assert banjir.article_ids() == ["syn-banjir-a", "syn-banjir-b", "syn-banjir-c"]
    assert banjir.distractors == ["syn-emas-d"]
    assert banjir.articles[2].date_in_text == "2025-03-04"


def test_a_broken_event_file_is_an_error_naming_it_and_the_rest_load(tmp_path):
    shutil.copytree(FIXTURE / "events", tmp_path / "events")
    (tmp_path / "events" / "bad-split.yaml").write_text(
        "event: bad\nsplit: later\nsource: coverage\narticles: [{id: x}]\n", encoding="utf-8")
    (tmp_path / "events" / "no-articles.yaml").write_text("event: n\nsplit: tune\nsource: coverage\n", encoding="utf-8")
    (tmp_path / "events" / "not-yaml.yaml").write_text("event: [unclosed\n", encoding="utf-8")
    events, errors = load_events(tmp_path)
    assert [e.event for e in events] == ["syn-banjir", "syn-kebakaran"]
    assert len(errors) == 3
    assert any("bad-split.yaml" in e and "split must be tune or test" in e for e in errors)
    assert any("no-articles.yaml" in e and "missing key 'articles'" in e for e in errors)
    assert any("not-yaml.yaml" in e and "YAML" in e for e in errors)


def test_an_article_missing_from_the_corpus_is_an_error(tmp_path):
    shutil.copytree(FIXTURE / "events", tmp_path / "events")
    path = tmp_path / "events" / "syn-kebakaran.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("syn-kebakaran-c", "syn-nowhere"), encoding="utf-8")
    events, _ = load_events(tmp_path)
    articles, errors = load_articles(events, CORPUS)
    assert "syn-nowhere" not in articles and "syn-kebakaran-a" in articles
    assert errors == [f"{CORPUS / 'coverage' / 'coverage.csv'}: no article 'syn-nowhere'"]
    _, errors = load_articles(events, tmp_path / "no-corpus")
    assert len(errors) == 1 and "not found" in errors[0]


def test_the_annotators_event_files_parse():
    # only whether the loader reads them: their content is the evaluation set, not tuned on here
    if not list((REAL_GOLD / "events").glob("*.yaml")):
        pytest.skip("no event files in tests/gold/coverage/events yet")
    events, errors = load_events(REAL_GOLD)
    assert errors == []
    assert all(e.split in ("tune", "test") and len(e.articles) >= 3 for e in events)


# --------------------------------------------------------------------------- scorers


def test_stories_pairwise_scores():
    events = _events()
    # syn-banjir-c split off, and the distractor glued to the fire
    stories = [{"id": "s1", "docs": ["syn-banjir-a", "syn-banjir-b"]}, {"id": "s2", "docs": ["syn-banjir-c"]},
               {"id": "s3", "docs": ["syn-kebakaran-a", "syn-kebakaran-b", "syn-kebakaran-c", "syn-emas-d"]}]
    s = score_stories(events, BriefingView({"stories": stories}))
    # gold pairs: 3 (banjir) + 3 (kebakaran) = 6; system pairs: 1 + 6 = 7; right: 1 + 3 = 4
    assert (s["gold"], s["predicted"], s["tp_gold"]) == (6, 7, 4)
    assert s["precision"] == round(4 / 7, 3) and s["recall"] == round(4 / 6, 3)
    assert s["articles"] == 7


def test_an_article_in_no_story_is_a_story_of_its_own():
    s = score_stories(_events(), BriefingView({"stories": []}))
    assert (s["gold"], s["predicted"], s["tp_gold"], s["recall"]) == (6, 0, 0, 0.0)
    assert s["precision"] is None


def _quantity(doc: str, text: str, span: str, **fields) -> dict:
    at = text.index(span)
    return {"doc": doc, "start": at, "end": at + len(span), "text": span, "value": None, "low": None, "high": None,
            "qualifier": "exact", "unit": None, **fields}


def test_figures_need_value_qualifier_and_what_is_counted():
    events = _events("tune")
    texts = {i: _text(i) for i in ("syn-banjir-a", "syn-banjir-b", "syn-banjir-c")}
    quantities = [
        _quantity("syn-banjir-a", texts["syn-banjir-a"], "12 orang", value=12, unit="orang"),   # right
        _quantity("syn-banjir-b", texts["syn-banjir-b"], "14 orang", value=41, unit="orang"),   # wrong value
        _quantity("syn-banjir-a", texts["syn-banjir-a"], "340 rumah", value=340, qualifier="approx", unit="rumah"),
        # syn-banjir-c's "17 orang": nothing extracted
    ]
    briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "quantities": quantities}
    errors: list[str] = []
    f = score_figures(events, BriefingView(briefing), errors)
    assert (f["gold"], f["found"], f["right"], f["value_right"], f["qualifier_right"]) == (4, 3, 1, 2, 2)
    assert {m["why"] for m in f["misses"]} == {"wrong value", "no quantity found", "wrong qualifier"}
    # the one right figure is right only through the words next to it ("12 orang meninggal" makes no
    # claim here): listed apart, for the stricter line
    assert f["right_own"] == 0
    assert [(m["span"], m["why"]) for m in f["misses_own"]] == [
        (g["span"], "counted only next to it") for e in events for g in e.figures
        if g["article"] == "syn-banjir-a" and g.get("value") == 12]
    assert errors == []


def test_counted_is_read_from_the_words_around_and_missing_spans_are_errors():
    events = _events("tune")
    text = "BPBD mencatat 12 orang meninggal dunia. Sebanyak 340 rumah rusak."
    # the quantities as a finder that knows no unit would give them: "meninggal" and "rumah" are
    # the words right after the number
    briefing = {"documents": [_doc("syn-banjir-a", text)],
                "quantities": [_quantity("syn-banjir-a", text, "12", value=12), _quantity("syn-banjir-a", text, "340", value=340)]}
    errors: list[str] = []
    f = score_figures(events, BriefingView(briefing), errors)
    assert f["found"] == 2 and f["right"] == 2 and f["counted_right"] == 2
    # syn-banjir-b and -c are not in this briefing: errors naming the figure and the article
    assert sum("article not in the briefing" in e for e in errors) == 2
    assert any("'14 orang meninggal dunia' of syn-banjir-b" in e for e in errors)
    text = "BPBD mencatat 12 orang meninggal dunia dan 340 unit."
    briefing = {"documents": [_doc("syn-banjir-a", text)], "quantities": [_quantity("syn-banjir-a", text, "340 unit", value=340)]}
    errors = []
    f = score_figures(events, BriefingView(briefing), errors)
    assert any("'340 rumah' of syn-banjir-a: span not in the cleaned text" in e for e in errors)
    assert f["found"] == 0


def test_speakers_need_the_full_name():
    events = _events("test")
    texts = {i: _text(i) for i in ("syn-kebakaran-a", "syn-kebakaran-b")}
    a, b = texts["syn-kebakaran-a"], texts["syn-kebakaran-b"]
    qa = a.index("Api berasal")
    qb = b.index("api berasal")
    quotes = [
        {"doc": "syn-kebakaran-a", "start": qa, "end": qa + 60, "speaker": "person-x", "speaker_name": "Yusran"},
        {"doc": "syn-kebakaran-b", "start": qb, "end": qb + 50, "speaker": None, "speaker_name": "Yusran"},
    ]
    entities = [{"id": "person-x", "name": "yusran  LAMATO"}]
    briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "quotes": quotes, "entities": entities}
    s = score_speakers(events, BriefingView(briefing), [])
    # a: the linked entity's full name (case and spacing aside); b: a surname alone is wrong
    assert (s["gold"], s["found"], s["right"]) == (2, 2, 1)
    assert s["misses"][0]["got"] == "Yusran"
    # a quote that does not cover the gold span is not found
    quotes[0]["end"] = qa + 10
    assert score_speakers(events, BriefingView(briefing), [])["found"] == 1


def _claim(cid: str, doc: str, text: str, span: str, value: float) -> dict:
    at = text.index(span)
    return {"id": cid, "kind": "figure", "subject": "orang meninggal", "value": {"value": value},
            "evidence": [{"doc": doc, "start": at, "end": at + len(span)}], "scope": {}}


def test_discrepancies_recall_precision_and_false_alarms():
    events = _events("tune")
    texts = {i: _text(i) for i in ("syn-banjir-a", "syn-banjir-b", "syn-banjir-c")}
    claims = [_claim("c12", "syn-banjir-a", texts["syn-banjir-a"], "12 orang", 12),
              _claim("c14", "syn-banjir-b", texts["syn-banjir-b"], "14 orang", 14),
              _claim("c17", "syn-banjir-c", texts["syn-banjir-c"], "17 orang", 17)]
    found = {"kind": "figure", "status": "contradiction", "docs": ["syn-banjir-a", "syn-banjir-b"], "claims": ["c12", "c14"]}
    rising = {"kind": "figure", "status": "contradiction", "docs": ["syn-banjir-a", "syn-banjir-c"], "claims": ["c12", "c17"]}
    detail = {"kind": "detail", "status": "explained", "docs": ["syn-banjir-a", "syn-banjir-b"], "claims": []}
    lone = {"kind": "singleton", "status": "unconfirmed", "docs": ["syn-banjir-a", "syn-banjir-b"], "claims": []}
    briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "claims": claims,
                "discrepancies": [found, rising, detail, lone]}
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["recall"] == 1.0
    assert d["overall"]["predicted"] == 3 and d["overall"]["tp_predicted"] == 1  # singletons are not flags
    assert d["by_kind"]["detail"]["precision"] == 0.0 and d["by_kind"]["detail"]["gold"] == 0
    # the rising toll flagged as a contradiction: a false alarm, and one the gold lists as not a discrepancy
    assert d["false_alarms"] == 1 and d["false_alarms_listed_as_not"] == 1 and d["false_alarms_per_story"] == 1.0
    assert d["status_agrees"] == 1
    # for reading the errors: each flag matching no gold discrepancy is listed, whatever its status
    assert [(u["kind"], u["docs"]) for u in d["unmatched"]] == [("figure", ["syn-banjir-a", "syn-banjir-c"]),
                                                                ("detail", ["syn-banjir-a", "syn-banjir-b"])]
    assert d["missed"] == []
    # the wrong values do not match the gold figure discrepancy
    found["claims"] = ["c12", "c17"]
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["recall"] == 0.0 and d["false_alarms"] == 2
    # the gold discrepancy not found is listed with its values
    assert [(m["kind"], m["values"]) for m in d["missed"]] == [("figure", [12, 14])]


def test_a_detail_matches_only_when_it_names_the_gold_values():
    events = _events("tune")
    texts = {i: _text(i) for i in ("syn-banjir-a", "syn-banjir-b")}
    gold = {"kind": "detail", "status": "contradiction", "articles": ["syn-banjir-a", "syn-banjir-b"],
            "slot": "water_receded", "values": ["04.30 WIB", "sekitar 04.45 WIB"], "note": "two times"}
    events[0].discrepancies = [gold]
    other = {"kind": "detail", "status": "contradiction", "docs": ["syn-banjir-a", "syn-banjir-b"], "claims": [],
             "explanation": "The same moment is given two times: A has \u201cpukul 10.44 WIB\u201d where B has \u201c10.55\u201d"}
    briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "claims": [], "discrepancies": [other]}
    d = score_discrepancies(events, BriefingView(briefing))
    # another detail between the same two articles is not this one: a miss and a false alarm
    assert d["overall"]["recall"] == 0.0 and d["false_alarms"] == 1
    other["explanation"] = "The same moment is given two times: A has \u201cpukul 04.30 WIB\u201d where B has \u201c04.45 WIB\u201d"
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["recall"] == 1.0 and d["false_alarms"] == 0
    # one of the two values named is not enough
    other["explanation"] = "A has \u201cpukul 04.30 WIB\u201d where B has \u201c05.45 WIB\u201d"
    assert score_discrepancies(events, BriefingView(briefing))["overall"]["recall"] == 0.0
    # a gold detail whose values are described, not written in the text, matches by its articles
    gold["values"] = ["the water went down at dawn", "the water went down in the morning"]
    assert score_discrepancies(events, BriefingView(briefing))["overall"]["recall"] == 1.0


def test_one_flag_finds_one_gold_discrepancy_at_most():
    events = _events("tune")
    texts = {i: _text(i) for i in ("syn-banjir-a", "syn-banjir-b")}
    pair = ["syn-banjir-a", "syn-banjir-b"]
    # two gold details between the same articles, neither with values written in the text
    events[0].discrepancies = [{"kind": "detail", "status": "contradiction", "articles": pair, "note": "where"},
                               {"kind": "detail", "status": "explained", "articles": pair, "note": "who"}]
    flag = {"kind": "detail", "status": "contradiction", "docs": pair, "claims": [], "explanation": "one detail"}
    briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "claims": [], "discrepancies": [flag]}
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["tp_gold"] == 1 and d["overall"]["precision"] == 1.0
    assert d["status_agrees"] == 1  # the flag goes to the gold it can agree with first, then the other
    second = {**flag, "status": "explained", "explanation": "another detail"}
    briefing["discrepancies"].append(second)
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["tp_gold"] == 2 and d["overall"]["tp_predicted"] == 2


def test_a_missed_figure_discrepancy_says_where_its_chain_breaks():
    # the gold: 12 dead in article a against 14 in article b (a contradiction)
    events = _events("tune")
    texts = {i: _text(i) for i in ("syn-banjir-a", "syn-banjir-b")}
    pair = ["syn-banjir-a", "syn-banjir-b"]

    def quantity(doc: str, span: str) -> dict:
        at = texts[doc].index(span)
        return {"doc": doc, "start": at, "end": at + len(span), "text": span}

    def stage(stories: list[list[str]], quantities: list[dict], claims: list[dict], flags: list[dict]) -> str:
        briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "claims": claims, "discrepancies": flags,
                    "quantities": quantities, "stories": [{"id": f"s{k}", "docs": ds} for k, ds in enumerate(stories)]}
        (missed,) = score_discrepancies(events, BriefingView(briefing))["missed"]
        return missed["stage"]

    read = [quantity("syn-banjir-a", "12 orang"), quantity("syn-banjir-b", "14 orang")]
    c12 = _claim("c12", "syn-banjir-a", texts["syn-banjir-a"], "12 orang", 12)
    c14 = _claim("c14", "syn-banjir-b", texts["syn-banjir-b"], "14 orang", 14)
    assert stage([["syn-banjir-a"], ["syn-banjir-b"]], read, [c12, c14], []) == "stories"
    assert stage([pair], read[:1], [], []) == "not read"
    assert stage([pair], read, [c12], []) == "no claim"
    assert stage([pair], read, [c12, {**c14, "subject": "orang hilang"}], []) == "not compared"
    assert stage([pair], read, [c12, c14], []) == "same subject, no flag"
    # a flag holding both values that names other articles (or went to another gold item)
    flag = {"kind": "figure", "status": "contradiction", "docs": ["syn-banjir-a", "syn-banjir-c"],
            "claims": ["c12", "c14"]}
    assert stage([pair], read, [c12, c14], [flag]) == "in another flag"


def test_outlet_and_date_from_the_text_alone():
    events = _events("tune")
    articles = {
        "syn-banjir-a": Article(id="syn-banjir-a", text="LAWUMERA, KABARKU.ID - Banjir melanda.\n\nIsi berita."),
        "syn-banjir-b": Article(id="syn-banjir-b", text="Banjir melanda tanpa dateline.\n\nIsi berita."),
        "syn-banjir-c": Article(id="syn-banjir-c", text="Banjir melanda.\n\nIsi berita."),
    }
    m = score_metadata(events, articles)
    assert m["outlet"] == {"gold": 3, "right": 1, "accuracy": 0.333}
    assert m["date"]["gold"] == 1 and m["date"]["right"] == 0


@pytest.mark.parametrize("a, b", [("Kompas.com", "KOMPAS.com"), ("TEMPO.CO", "Tempo"), ("Kabarku.id", "KABARKU.ID"),
                                  ("www.detik.com", "Detik"), ("CNN Indonesia", "cnnindonesia.com"),
                                  ("Kontan.co.id", "KONTAN")])
def test_outlet_names_compare_without_their_domain_ending(a, b):
    assert outlet_key(a) == outlet_key(b)


def test_outlet_keys_keep_different_outlets_apart():
    assert outlet_key("Tribunnews.com") != outlet_key("Kompas.com")
    assert outlet_key(None) == ""


def test_names_compare_without_case_accents_or_punctuation():
    assert normalise_name("Zulkifli  Hasan,") == normalise_name("zulkifli hasan")
    assert normalise_name("Hasan") != normalise_name("Zulkifli Hasan")
    # mend57: a letter of its own is folded as the entities fold it, not dropped
    assert normalise_name("Martin Ødegaard") == normalise_name("Martin Odegaard") == "martin odegaard"
    assert normalise_name("Łukasz Piszczek") == "lukasz piszczek"


# --------------------------------------------------------------------------- the command


def test_command_on_the_synthetic_gold(capsys):
    code = main(["evaluate", "coverage", str(FIXTURE), "--corpus", str(CORPUS), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    assert "stories (pairwise)" in out and "speakers (full name)" in out
    result = json.loads(out.strip().splitlines()[-1])
    assert result["events"] == 2 and result["mode"] == "together" and result["errors"] == []
    assert result["stories"]["articles"] == 7 and result["stories"]["gold"] == 6
    assert result["figures"]["gold"] == 5 and result["speakers"]["gold"] == 5
    assert result["discrepancies"]["overall"]["gold"] == 1
    assert result["metadata"]["outlet"]["gold"] == 5 and result["metadata"]["date"]["gold"] == 1


def test_command_each_event_alone_and_one_split(capsys):
    code = main(["evaluate", "coverage", str(FIXTURE), "--corpus", str(CORPUS), "--split", "test", "--alone", "--json"])
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 0 and result["events"] == 1 and result["mode"] == "alone" and result["split"] == "test"
    assert result["stories"]["articles"] == 3 and result["figures"]["gold"] == 1 and result["speakers"]["gold"] == 2


def test_command_usage_errors(tmp_path, capsys):
    assert main(["evaluate", "coverage", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["evaluate", "coverage", str(FIXTURE), "--corpus", str(tmp_path / "nowhere")]) == 2
    assert "--corpus" in capsys.readouterr().err


def test_counted_head_is_a_word_and_a_bracketed_unit_is_not_the_head():
    from ceksilang.evaluate.coverage import _counted_right

    text = "Bank Indonesia mempertahankan BI Rate sebesar 5,50% pada Juni."
    start = text.index("5,50%")
    q = {"start": start, "end": start + len("5,50%"), "unit": "persen"}
    # the bracket names the unit; what is counted is "BI Rate", whose head the text has
    assert _counted_right({"counted": "BI Rate (persen)"}, q, None, text)
    # and the rule still fails when the text does not name the counted thing near the figure
    assert not _counted_right({"counted": "suku bunga Lending Facility (persen)"}, q, None, text)


def test_a_glued_currency_marker_is_a_word_of_its_own():
    from ceksilang.evaluate.coverage import _counted_right

    text = "harga emas semula rp1.991.000 per gram"
    start = text.index("1.991.000")
    q = {"start": start - 2, "end": start + len("1.991.000"), "unit": "IDR"}
    assert _counted_right({"counted": "rp"}, q, None, text)
    assert not _counted_right({"counted": "dolar"}, q, None, text)


def test_counted_head_is_the_first_word_in_indonesian_and_the_last_in_english():
    from ceksilang.evaluate.coverage import _counted_right, noun_phrase_head

    assert noun_phrase_head("id") == "first" and noun_phrase_head("en") == "last"
    # Indonesian noun phrases are head-initial: "tentara Korea Utara" counts soldiers, so a text
    # that names only Korea Utara next to the figure has not said what is counted
    text = "Sebanyak 8.000 tentara dikirim ke Kursk."
    q = {"start": text.index("8.000"), "end": text.index("8.000") + 5, "unit": None}
    assert _counted_right({"counted": "tentara Korea Utara"}, q, None, text, "id")
    text = "Korea Utara mengirim 8.000 ke Kursk."
    q = {"start": text.index("8.000"), "end": text.index("8.000") + 5, "unit": None}
    assert not _counted_right({"counted": "tentara Korea Utara"}, q, None, text, "id")
    # English is head-final: "North Korean troops" counts troops
    text = "Pyongyang sent 8,000 troops to Kursk."
    q = {"start": text.index("8,000"), "end": text.index("8,000") + 5, "unit": None}
    assert _counted_right({"counted": "North Korean troops"}, q, None, text, "en")
    assert not _counted_right({"counted": "troops of North Korea"}, q, None, text, "en")
    # a language without data reads as Indonesian
    assert noun_phrase_head("xx") == "first"


def test_a_gold_score_is_right_only_as_one_score_in_the_same_order():
    from ceksilang.evaluate.coverage import _value_right

    gold = {"value": "5-3", "qualifier": "exact"}
    assert _value_right(gold, {"text": "5-3", "value": None, "low": None, "high": None})
    # read as a range 3..5, or the other way round, it is wrong
    assert not _value_right(gold, {"text": "5-3", "value": None, "low": 3.0, "high": 5.0})
    assert not _value_right(gold, {"text": "3-5", "value": None, "low": None, "high": None})
    # numbers still compare as numbers
    assert _value_right({"value": 21}, {"text": "21", "value": 21.0, "low": 21.0, "high": 21.0})


def test_counted_without_context_needs_the_word_in_what_ceksilang_says():
    from ceksilang.evaluate.coverage import _counted_right

    text = "Bank Indonesia menahan suku bunga acuan pada 5,5%."
    start = text.index("5,5%")
    q = {"start": start, "end": start + len("5,5%"), "unit": "persen"}
    gold = {"counted": "suku bunga acuan (persen)"}
    # the words next to the figure name it, but ceksilang said nothing of it ...
    assert _counted_right(gold, q, None, text)
    assert not _counted_right(gold, q, None, text, context=False)
    # ... until its claim carries the measure
    claim = {"subject": "persen suku bunga acuan", "scope": {"measure": "suku bunga acuan"}}
    assert _counted_right(gold, q, claim, text, context=False)


def test_counted_accepts_the_canonical_measure_of_the_gold_word():
    from ceksilang.evaluate.coverage import _counted_right

    text = "Sedikitnya delapan orang dalam penembakan di sekolah itu."
    q = {"start": 0, "end": len("Sedikitnya delapan orang"), "unit": "orang"}
    claim = {"subject": "orang meninggal", "scope": {"measure": "meninggal"}}
    # ceksilang writes the measure of "tewas" as its canonical "meninggal"
    assert _counted_right({"counted": "tewas"}, q, claim, text, context=False)
    assert not _counted_right({"counted": "hilang"}, q, claim, text, context=False)


def test_a_figure_and_a_detail_match_each_other_when_they_give_two_gold_values():
    events = _events("tune")
    texts = {i: _text(i) for i in ("syn-banjir-a", "syn-banjir-b")}
    pair = ["syn-banjir-a", "syn-banjir-b"]
    claims = [_claim("c12", "syn-banjir-a", texts["syn-banjir-a"], "12 orang", 12),
              _claim("c14", "syn-banjir-b", texts["syn-banjir-b"], "14 orang", 14)]
    # the gold files the two times as a detail; ceksilang gives them as a figure, or as a detail
    events[0].discrepancies = [{"kind": "figure", "status": "contradiction", "articles": pair, "slot": "dead",
                                "values": [12, 14]}]
    as_detail = {"kind": "detail", "status": "contradiction", "docs": pair, "claims": [],
                 "explanation": "A has \u201c12 orang\u201d where B has \u201c14 orang\u201d"}
    briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "claims": claims, "discrepancies": [as_detail]}
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["recall"] == 1.0 and d["by_kind"]["detail"]["precision"] == 1.0
    # naming one of the two values is another detail
    as_detail["explanation"] = "A has \u201c12 orang\u201d where B has \u201c15 orang\u201d"
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["recall"] == 0.0 and d["false_alarms"] == 1
    # a gold detail with numbers, found as a figure whose claims carry them
    events[0].discrepancies = [{"kind": "detail", "status": "contradiction", "articles": pair, "values": [12, 14]}]
    as_figure = {"kind": "figure", "status": "contradiction", "docs": pair, "claims": ["c12", "c14"]}
    briefing["discrepancies"] = [as_figure]
    assert score_discrepancies(events, BriefingView(briefing))["overall"]["recall"] == 1.0
    # an attribution is never a figure
    events[0].discrepancies = [{"kind": "attribution", "status": "contradiction", "articles": pair}]
    assert score_discrepancies(events, BriefingView(briefing))["overall"]["recall"] == 0.0


def test_a_figure_gold_with_three_values_is_found_by_two_and_agreement_is_no_flag():
    events = _events("tune")
    texts = {i: _text(i) for i in ("syn-banjir-a", "syn-banjir-b")}
    pair = ["syn-banjir-a", "syn-banjir-b"]
    claims = [_claim("c12", "syn-banjir-a", texts["syn-banjir-a"], "12 orang", 12),
              _claim("c14", "syn-banjir-b", texts["syn-banjir-b"], "14 orang", 14)]
    # 26 is a sum no outlet writes: the two written values find it
    events[0].discrepancies = [{"kind": "figure", "status": "explained", "articles": pair, "values": [12, 26, 14]}]
    flag = {"kind": "figure", "status": "explained", "docs": pair, "claims": ["c12", "c14"]}
    agree = {"kind": "figure", "status": "compatible", "docs": pair, "claims": ["c12"]}
    briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "claims": claims, "discrepancies": [flag, agree]}
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["recall"] == 1.0
    # the compatible item says the values agree: neither a find nor a wrong flag
    assert d["overall"]["predicted"] == 1 and d["overall"]["precision"] == 1.0
    # one of three values is not enough
    claims[1]["value"] = {"value": 15, "low": 15, "high": 15}
    assert score_discrepancies(events, BriefingView(briefing))["overall"]["recall"] == 0.0


def test_a_figure_gold_of_two_ranges_is_found_by_claims_with_those_bounds():
    events = _events("tune")
    texts = {i: _text(i) for i in ("syn-banjir-a", "syn-banjir-b")}
    pair = ["syn-banjir-a", "syn-banjir-b"]
    claims = [_claim("c12", "syn-banjir-a", texts["syn-banjir-a"], "12 orang", 12),
              _claim("c14", "syn-banjir-b", texts["syn-banjir-b"], "14 orang", 14)]
    claims[0]["value"] = {"value": None, "low": 38, "high": 42}
    claims[1]["value"] = {"value": None, "low": 38, "high": 40}
    # FORMAT.md: the flag's claims carry the gold values; here each value is a range ("38-42 menit" / "38-40 menit")
    events[0].discrepancies = [{"kind": "figure", "status": "contradiction", "articles": pair,
                                "values": [[38, 42], [38, 40]]}]
    flag = {"kind": "figure", "status": "contradiction", "docs": pair, "claims": ["c12", "c14"]}
    briefing = {"documents": [_doc(i, t) for i, t in texts.items()], "claims": claims, "discrepancies": [flag]}
    d = score_discrepancies(events, BriefingView(briefing))
    assert d["overall"]["recall"] == 1.0 and d["false_alarms"] == 0
    # a shared bound is not the range
    claims[1]["value"] = {"value": None, "low": 38, "high": 45}
    assert score_discrepancies(events, BriefingView(briefing))["overall"]["recall"] == 0.0


# --------------------------------------------------------------------------- a day's intake


def _intake_csv(path: Path) -> Path:
    """An intake file: the gold's own rows, another report of the flood of a gold day, a market
    piece the day after the fire's day, and a piece of a day a week later."""
    rows = (CORPUS / "coverage" / "coverage.csv").read_text(encoding="utf-8")
    rows += ('ctx-banjir-d,Kabar Pagi,2025-03-03 20:00,https://kabarpagi.id/banjir,Banjir Lembah Hijau Rendam 340 Rumah,'
             '"Banjir bandang merendam 340 rumah di Lembah Hijau. Kepala BPBD Lembah Hijau Hendra Pakaya meminta warga '
             'waspada."\n'
             'ctx-pasar-e,Kabar Pagi,2025-03-06 07:00,https://kabarpagi.id/pasar,Pedagang Pasar Lawumera Berjualan di Tenda,'
             '"Pedagang Pasar Lawumera berjualan di tenda darurat sehari setelah kebakaran."\n'
             'ctx-lain-f,Kabar Pagi,2025-03-12 07:00,https://kabarpagi.id/lain,Jalan Baru Dibuka,'
             '"Jalan baru di Lawumera dibuka untuk umum."\n')
    path.write_text(rows, encoding="utf-8")
    return path


def test_the_intake_holds_the_other_articles_of_the_gold_days(tmp_path):
    from ceksilang.evaluate.coverage import load_intake

    events = _events()
    articles, _ = load_articles(events, CORPUS)
    intake = _intake_csv(tmp_path / "intake.csv")
    context, errors = load_intake(events, articles, CORPUS, intake, days=0)
    assert errors == [] and sorted(context) == ["ctx-banjir-d"]
    context, _ = load_intake(events, articles, CORPUS, intake, days=1)
    assert sorted(context) == ["ctx-banjir-d", "ctx-pasar-e"]
    # each event's own corpus file: every article of it is the gold's, so nothing is context
    context, errors = load_intake(events, articles, CORPUS, True, days=30)
    assert context == {} and errors == []


def test_command_with_an_intake_scores_the_gold_articles_only(tmp_path, capsys):
    intake = _intake_csv(tmp_path / "intake.csv")
    code = main(["evaluate", "coverage", str(FIXTURE), "--corpus", str(CORPUS), "--intake", str(intake),
                 "--intake-days", "1", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 other articles" in out and "gold's own articles only" in out
    result = json.loads(out.strip().splitlines()[-1])
    assert result["intake"] == {"file": str(intake), "days": 1, "context_articles": 2}
    # the fourth flood report is context: the pairs are still those of the gold's 7 articles
    assert result["stories"]["articles"] == 7 and result["stories"]["gold"] == 6
    assert result["figures"]["gold"] == 5 and result["errors"] == []


def test_command_intake_usage_errors(tmp_path, capsys):
    assert main(["evaluate", "coverage", str(FIXTURE), "--corpus", str(CORPUS), "--intake", "--alone"]) == 2
    assert "--alone" in capsys.readouterr().err
    assert main(["evaluate", "coverage", str(FIXTURE), "--corpus", str(CORPUS), "--intake",
                 str(tmp_path / "none.csv")]) == 2
    assert "no such file" in capsys.readouterr().err


# mend63: a place is right when its comma-separated parts, admin words (Desa, Kabupaten, Kota) aside, are whole-word
# equal to parts of the other's; a substring of letters ("Maju" of "Sukamaju") or a shorter name ("Aceh" of "Aceh
# Besar") is another place
@pytest.mark.parametrize("gold, got, right", [
    ("Desa Sukamaju", "Maju", False),
    ("Aceh Besar", "Aceh", False),
    ("Kabupaten Batu Bara", "Batu", False),
    ("Cideng", "Cideng, Jakarta Pusat", True),
    ("Kebon Baru, Tebet", "Tebet", True),
    ("Desa Cibeber", "Cibeber", True),
    ("Pulau Flores", "Flores", True),
    ("SMK Muhammadiyah 1 Tempel", "SMK", False),
    ("cideng", "Cideng", True),
    (None, None, True),
    (None, "Tebet", False),
    ("Tebet", None, False),
])
def test_place_right_compares_whole_words_after_admin_words(gold, got, right):
    from ceksilang.evaluate.coverage import _place_right

    assert _place_right(gold, got) is right
