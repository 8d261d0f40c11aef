"""The English NER model: its training split and corpus reader, the shipped model and card,
per-language tagging in the extraction pipeline, and the hand-annotated real-page gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from ceksilang.evaluate.ner_pages import load_pages, page_key, score_pages
from ceksilang.extract.conll import spans
from ceksilang.extract.ner import (MODEL_PATHS, VOTER_PATHS, NerTagger, SpacyNerModel, VoteTagger, load_feature_words, load_tagger,
                                   model_language, predict_mentions, vote_spans)
from ceksilang.extract.pipeline import build_pipeline, extract_document
from ceksilang.model import Document, Source
from ceksilang.train.ner_en import LABELS_EN, TRUNCATED_SENTENCE, map_gmb_tag, read_gmb, split_of
from tests.conftest import needs_corpus

REPO = Path(__file__).resolve().parents[1]
MODEL = MODEL_PATHS["en"]
VOTE_CARD = MODEL.with_name("ner-en-vote.json")
PAGES_GOLD = REPO / "tests" / "gold" / "ner_en_pages.yaml"


def spans_of(mentions):
    return {(m.text, m.label) for m in mentions}


# --------------------------------------------------------------------------- training data


@pytest.mark.parametrize(("tag", "mapped"), [
    ("B-per", "B-PERSON"), ("I-per", "I-PERSON"), ("B-org", "B-ORG"), ("B-gpe", "B-GPE"),
    ("B-geo", "B-LOC"), ("I-geo", "I-LOC"), ("B-tim", "O"), ("B-art", "O"), ("I-eve", "O"), ("B-nat", "O"), ("O", "O"),
])
def test_gmb_tag_mapping(tag, mapped):
    assert map_gmb_tag(tag) == mapped


def test_split_rule_is_fixed_and_about_a_tenth():
    parts = [split_of(n) for n in range(1, 20_001)]
    assert 0.09 < parts.count("test") / len(parts) < 0.11
    assert 0.09 < parts.count("dev") / len(parts) < 0.11
    assert [split_of(n) for n in range(1, 11)] == [split_of(n) for n in range(1, 11)]  # no state
    # the rule depends on the sentence number alone, not on which sentences were read
    assert split_of(12_345) == split_of(12_345)


def test_read_gmb_fills_sentence_numbers_reads_latin1_and_drops_the_cut_sentence(tmp_path):
    rows = [
        "Sentence #,Word,POS,Tag",
        "Sentence: 1,Thousands,NNS,O",
        ",in,IN,O",
        ",S\xe3o,NNP,B-geo",
        ",Paulo,NNP,I-geo",
        "Sentence: 2,Mr.,NNP,B-per",
        ",Blair,NNP,I-per",
        ",left,VBD,O",
        f"Sentence: {TRUNCATED_SENTENCE},The,DT,O",
    ]
    path = tmp_path / "ner.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode("latin-1"))
    sentences = read_gmb(path)
    assert sorted(sentences) == [1, 2]
    assert sentences[1] == (["Thousands", "in", "São", "Paulo"], ["O", "O", "B-LOC", "I-LOC"])
    assert sentences[2][1] == ["B-PERSON", "I-PERSON", "O"]


def test_read_gmb_names_a_bad_row(tmp_path):
    path = tmp_path / "ner.csv"
    path.write_text("Sentence #,Word,POS,Tag\nSentence: 1,Hi\n", encoding="latin-1")
    with pytest.raises(ValueError, match=r"ner\.csv:2"):
        read_gmb(path)


def test_english_feature_words_are_their_own():
    en, id_ = load_feature_words("en"), load_feature_words("id")
    assert {"secretary", "spokesman", "president"} <= en.person_titles
    assert "ministry" in en.org_words and "province" in en.loc_words and "on" in en.function_words
    assert "presiden" in id_.person_titles and "presiden" not in en.person_titles


# --------------------------------------------------------------------------- the shipped model


def test_english_model_is_shipped_small_with_its_card():
    assert MODEL.is_file()
    assert MODEL.stat().st_size < 8.5 * 1024 * 1024  # 7.9 MiB shipped
    card = json.loads(MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    assert card["language"] == "en" and card["labels"] == list(LABELS_EN)
    assert card["sentences"]["trained_on"] <= card["sentences"]["train"] + card["sentences"]["dev"]
    assert card["held_out_scores"]["gmb_test"]["f1"] >= 83.73  # floor: the measured 84.73 - 1


def test_english_model_reproduces_its_held_out_score():
    """The card's held-out figure is what the shipped model scores on the fixed test part now."""
    from ceksilang.train.ner import test_crf
    from ceksilang.train.ner_en import split_corpus

    corpus = needs_corpus("ner", "en", "ner_dataset.csv")
    test = split_corpus(read_gmb(corpus))["test"]
    card = json.loads(MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    assert len(test[0]) == card["sentences"]["test"]
    assert test_crf(MODEL, test, LABELS_EN, language="en")["f1"] == card["held_out_scores"]["gmb_test"]["f1"]


def test_english_vote_members_are_shipped_with_their_cards():
    import tomllib

    def packaged(relative: Path, pattern: str) -> bool:  # a glob of setuptools' package-data: "*" stops at "/"
        return len(relative.parts) == len(Path(pattern).parts) and relative.match(pattern)

    crf_card = json.loads(MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["ceksilang"]
    assert len(VOTER_PATHS["en"]) == 2
    for path in VOTER_PATHS["en"]:
        card = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        files = [f for f in path.rglob("*") if f.is_file()]
        assert card["language"] == "en" and card["labels"] == list(LABELS_EN)
        assert card["training_command"].startswith("python -m ceksilang.train.ner_en_spacy")
        # trained on train + dev (or a sample of it), never on the test part
        assert card["sentences"]["test"] == crf_card["sentences"]["test"]
        assert card["sentences"]["trained_on"] <= card["sentences"]["train"] + card["sentences"]["dev"]
        assert card["size_bytes"] == sum(f.stat().st_size for f in files) < 5 * 1024 * 1024
        # every file of the model goes into the package as the CRF does
        package = MODEL.parent.parent
        assert all(any(packaged(f.relative_to(package), pat) for pat in patterns) for f in files)


def test_english_vote_rule():
    crf = {(0, 2, "PERSON"), (4, 5, "LOC")}
    full = {(0, 2, "PERSON"), (4, 5, "ORG"), (7, 9, "ORG")}
    sample = {(1, 2, "PERSON"), (4, 5, "ORG")}
    # a span needs two of the three: same start, end and type
    assert vote_spans([crf, full, sample]) == {(0, 2, "PERSON"), (4, 5, "ORG")}
    assert vote_spans([crf, set(), set()]) == set()


def test_english_vote_gives_back_a_person_the_taggers_draw_differently():
    # "said Stefan Dumont , spokesman for U.N. Secretary General Amara Okonkwo ." (tokens 0-11):
    # two of three find the principal, each with other words before the name
    crf = {(1, 3, "PERSON"), (6, 11, "PERSON")}
    full = {(1, 3, "PERSON"), (6, 7, "ORG"), (7, 11, "PERSON")}
    sample = {(1, 3, "PERSON"), (6, 7, "ORG")}
    assert vote_spans([crf, full, sample]) == {(1, 3, "PERSON"), (6, 7, "ORG"), (7, 11, "PERSON")}
    # one tagger alone gives nothing back, and other labels keep the exact vote
    assert vote_spans([{(6, 11, "PERSON")}, set(), {(1, 3, "PERSON")}]) == set()
    assert vote_spans([{(6, 11, "ORG")}, {(7, 11, "ORG")}, set()]) == set()


def test_english_text_is_tagged_by_the_vote_and_indonesian_by_its_crf():
    tagger = load_tagger(language="en")
    assert isinstance(tagger, VoteTagger) and tagger.path == MODEL
    assert isinstance(load_tagger(), NerTagger) and load_tagger(MODEL, "en").path == MODEL  # a given file: alone
    sentences = [
        "Prime Minister Gordon Brown told the House of Commons that British troops would leave Basra .".split(),
        "The Taleban said their fighters attacked a NATO convoy near Kandahar on Sunday .".split(),
        "Secretary of State Condoleezza Rice met Israeli Foreign Minister Tzipi Livni in Jerusalem .".split(),
    ]
    members = [[spans(tagger.crf.tag(s)) for s in sentences]]
    members += [SpacyNerModel(p).spans(sentences) for p in VOTER_PATHS["en"]]
    voted = tagger.tag_many(sentences)
    for k, tags in enumerate(voted):
        assert spans(tags) == vote_spans([m[k] for m in members])
    assert voted == [tagger.tag(s) for s in sentences]  # one by one as in a batch
    assert ("B-LOC" in voted[0] or "B-GPE" in voted[0]) and "B-PERSON" in voted[0]


@pytest.mark.slow
def test_english_vote_reproduces_its_held_out_score():
    """The vote card's test figure is what English text is tagged with now (the shipped CRF and
    spaCy models voting, through load_tagger) on the fixed test part, and it beats the CRF alone."""
    from ceksilang.evaluate.ner import score_spans
    from ceksilang.train.ner_en import split_corpus

    card = json.loads(VOTE_CARD.read_text(encoding="utf-8"))
    crf_card = json.loads(MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    assert [m["model"] for m in card["members"]] == [MODEL.name, *(p.name for p in VOTER_PATHS["en"])]
    figure = card["held_out_scores"]["gmb_test"]["f1"]
    assert figure >= 84.3  # floor: the measured 85.32 - 1
    assert figure > crf_card["held_out_scores"]["gmb_test"]["f1"]
    corpus = needs_corpus("ner", "en", "ner_dataset.csv")
    test = split_corpus(read_gmb(corpus))["test"]
    assert len(test[0]) == card["sentences"]["test"]
    assert score_spans(test[1], load_tagger(language="en").tag_many(test[0]), labels=LABELS_EN)["f1"] == figure


def test_english_tagger_labels():
    tagger = load_tagger(language="en")
    assert tagger is load_tagger(language="en") and tagger is not load_tagger()
    assert tagger.labels == ["GPE", "LOC", "ORG", "PERSON"]


def test_english_mentions_in_a_wire_sentence():
    text = ("WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken said on Tuesday that "
            "North Korean soldiers were in Russia, after talks with NATO officials in Brussels.")
    found = spans_of(predict_mentions("en1", text, language="en"))
    assert {("Russia", "LOC"), ("Brussels", "LOC"), ("NATO", "ORG"), ("Reuters", "ORG")} <= found
    # the model alone takes "State Antony Blinken" for an organisation (docs/ner.md, known gaps);
    # what the user gets, after the gazetteer, is the person and the countries typed GPE
    document = extract_document(Document(id="en1", source=Source("en1"), text=text, language="en"))
    assert {("Antony Blinken", "PERSON"), ("Russia", "GPE"), ("North Korean", "GPE"),
            ("NATO", "ORG")} <= spans_of(document.mentions)


def test_language_picks_the_model():
    assert model_language("en") == "en"
    assert model_language("id") == model_language("ms") == model_language(None) == "id"


def test_pipeline_tags_english_documents_with_the_english_model():
    text = "The United States said 8,000 North Korean troops were in Russia's Kursk region."
    english = extract_document(Document(id="e", source=Source("e"), text=text, language="en"))
    labels = {m.text: m.label for m in english.mentions}
    assert labels.get("United States") in ("GPE", "LOC")  # a country, not an organisation
    assert "The United States" not in labels


def test_spacy_component_reads_the_doc_language():
    nlp = build_pipeline(("ceksilang_sentences", "ceksilang_ner"))
    text = "President Joe Biden met Prime Minister Fumio Kishida in Tokyo."
    doc = nlp.make_doc(text)
    doc._.language = "en"
    english = {(e.text, e.label_) for e in nlp(doc).ents}
    assert ("GPE", "GPE") not in english
    assert any(label == "PERSON" and "Biden" in t for t, label in english)
    assert any(label == "LOC" and t == "Tokyo" for t, label in english)


# --------------------------------------------------------------------------- real-page gold


def test_page_gold_is_entity_strings_only():
    pages = load_pages(PAGES_GOLD)
    rows = [r for p in pages for r in p["entities"]]
    assert len(rows) >= 150
    assert {t for _, t in rows} == set(LABELS_EN)
    # no article text: every row is a name, short, without sentence punctuation
    assert all(len(text) <= 80 and not any(c in text for c in ",;:!?\"“”") for text, _ in rows)
    assert len({p["url"] for p in pages}) == len(pages)
    raw = yaml.safe_load(PAGES_GOLD.read_text(encoding="utf-8"))
    assert set(raw) == {"pages"} and all(set(p) <= {"url", "excerpt", "entities"} for p in raw["pages"])


def test_page_scoring_counts_occurrences_and_types(tmp_path, monkeypatch):
    import ceksilang.evaluate.ner_pages as ner_pages

    # a fixed prediction, so the test measures the counting, not the model
    monkeypatch.setattr(ner_pages, "predicted_entities", lambda text, language, pipeline: [
        ("Kabul", "LOC"), ("Amir Afaq", "ORG"), ("Kabul", "LOC"), ("Islamabad", "LOC")])
    gold = tmp_path / "gold.yaml"
    url = "https://example.org/a"
    gold.write_text(yaml.safe_dump({"pages": [
        {"url": url, "entities": [["Kabul", "LOC"], ["Kabul", "LOC"], ["Amir Afaq", "PERSON"]]},
        {"url": "https://example.org/no-text", "entities": [["Paris", "LOC"]]},
    ]}), encoding="utf-8")
    (tmp_path / f"{page_key(url)}.txt").write_text(
        "Officials in Kabul said on Monday that Amir Afaq had left Kabul for Islamabad.", encoding="utf-8")
    scores = score_pages(gold, tmp_path, "en")
    assert scores["pages_scored"] == 1 and scores["pages_without_text"] == ["https://example.org/no-text"]
    assert (scores["tp"], scores["predicted"], scores["gold"]) == (2, 4, 3)
    assert scores["per_type"]["LOC"]["tp"] == 2 and scores["per_type"]["PERSON"]["recall"] == 0
    assert scores["untyped"]["tp"] == 3  # "Amir Afaq" found, with the wrong type


def test_cli_evaluates_an_english_conll_file(tmp_path, capsys):
    from ceksilang.cli import main

    rows = ["Prime\tB-PERSON", "Minister\tI-PERSON", "John\tI-PERSON", "Key\tI-PERSON", "visited\tO",
            "Christchurch\tB-LOC", "with\tO", "British\tB-GPE", "officials\tO", "from\tO", "NATO\tB-ORG", ".\tO"]
    path = tmp_path / "en.conll"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["evaluate", "ner", str(path), "--lang", "en", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert scores["language"] == "en" and "ner-en.crfsuite" in scores["model"]
    assert "ner-en-spacy-full" in scores["model"] and "ner-en-spacy-s15k" in scores["model"]  # the vote
    assert set(scores["per_type"]) == set(LABELS_EN) and scores["gold"] == 4


def test_english_voters_tag_as_their_whole_saved_pipelines():
    # the voters are loaded without their saved tokenizer and build none of the language's
    # special cases (they are handed tokens): the entities are those of the whole pipeline read
    # back from disk, on GMB sentences
    import spacy
    from spacy.tokens import Doc

    gmb = read_gmb(needs_corpus("ner", "en", "ner_dataset.csv"))
    sentences = [tokens for _, (tokens, _) in sorted(gmb.items())[::40][:500]]
    for path in VOTER_PATHS["en"]:
        whole = spacy.load(path)
        docs = (Doc(whole.vocab, words=s, spaces=[True] * len(s)) for s in sentences)
        expected = [{(e.start, e.end, e.label_) for e in d.ents} for d in whole.pipe(docs)]
        voter = SpacyNerModel(path)
        assert not voter.nlp.tokenizer.rules and whole.tokenizer.rules  # nothing built for nothing
        assert voter.spans(sentences) == expected
        assert sum(map(len, expected)) > 400  # sentences with names in them
