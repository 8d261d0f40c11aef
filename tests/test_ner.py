"""The shipped CRF NER model: loading, tagging, mentions with offsets, the spaCy component."""

from __future__ import annotations

import json

import pytest
import spacy

from ceksilang.extract.ner import (
    MODEL_PATH, ModelMissingError, NerTagger, load_feature_words, load_tagger, predict_mentions,
    sentence_attributes, sentence_features, word_shape,
)


def found(mentions, label):
    return {m.text for m in mentions if m.label == label}


@pytest.mark.parametrize(
    ("word", "shape"),
    [("Jakarta", "Xx"), ("KPK", "X"), ("12/11", "d/d"), ("e-KTP", "x-X"), ("iPhone", "xXx"), (",", ",")],
)
def test_ner_word_shape_table(word, shape):
    assert word_shape(word) == shape


def test_ner_feature_words_load_lower_case_lists():
    words = load_feature_words()
    assert "presiden" in words.person_titles and "partai" in words.org_words and "kabupaten" in words.loc_words
    for group in (words.person_titles, words.org_words, words.loc_words, words.function_words):
        assert all(w == w.lower() for w in group)


def test_ner_sentence_features_marks_context():
    feats = sentence_features(["Kata", "Presiden", "(", "RI", ")", "\"", "Halo", "\""])
    assert len(feats) == 8
    assert "bos" in feats[0] and "eos" in feats[-1]
    assert "-1ttl" in feats[2]  # "(" follows a title word
    assert "inp" in feats[3] and "inp" not in feats[5]
    assert "inq" in feats[6] and "inq" not in feats[5]


def test_ner_tagger_reads_the_training_features_as_bytes():
    # the tagger hands crfsuite bytes, training hands it strings: both must be the same features,
    # non-ASCII words included, or the model would see features it was never trained on
    tokens = ["Wali", "Kota", "Bogor", "Dedie", "A.", "Rachim", "bilang", "“", "bagus", "”", "—", "Señor"]
    feats = sentence_features(tokens)
    assert sentence_attributes(tokens) == [[f.encode("utf-8") for f in item] for item in feats]
    assert "w=señor" in feats[-1] and "-1w=—" in feats[-1]
    tagger = load_tagger()
    assert tagger.tag(tokens) == tagger._tagger.tag(feats)


def test_ner_model_is_shipped_small_with_card():
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size < 10 * 1024 * 1024
    card = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    assert card["labels"] == ["PERSON", "ORG", "LOC"]
    trained = {c["file"] for c in card["corpora"]}
    assert not trained & set(card["held_out_never_trained_on"])


def test_ner_load_tagger_is_cached_and_knows_labels():
    tagger = load_tagger()
    assert tagger is load_tagger()
    assert tagger.labels == ["LOC", "ORG", "PERSON"]
    assert tagger.tag([]) == []


def test_ner_missing_model_error_names_path(tmp_path):
    missing = tmp_path / "nowhere.crfsuite"
    with pytest.raises(ModelMissingError, match="nowhere.crfsuite"):
        NerTagger(missing)


@pytest.mark.parametrize(
    ("sentence", "label", "name"),
    [
        ("Presiden Joko Widodo meresmikan jembatan baru itu pada Senin pagi .", "PERSON", "Joko Widodo"),
        ("Menurut Joko Widodo , harga beras akan turun bulan depan .", "PERSON", "Joko Widodo"),
        ("Komisi Pemberantasan Korupsi ( KPK ) memeriksa dua pejabat daerah kemarin .", "ORG", "Komisi Pemberantasan Korupsi"),
        ("Warga Kabupaten Bandung mengeluhkan jalan yang rusak .", "LOC", "Kabupaten Bandung"),
        ("Banjir kembali melanda Surabaya sejak Selasa malam .", "LOC", "Surabaya"),
    ],
)
def test_ner_tagger_finds_names_in_invented_sentences(sentence, label, name):
    tokens = sentence.split()
    tags = load_tagger().tag(tokens)
    assert len(tags) == len(tokens)
    words = name.split()
    i = tokens.index(words[0])
    assert tags[i] == f"B-{label}"
    assert tags[i + 1:i + len(words)] == [f"I-{label}"] * (len(words) - 1)


def test_ner_predict_mentions_offsets_point_into_text():
    text = ("Presiden Joko Widodo bertemu pimpinan Bank Indonesia di Jakarta, Kamis (3/10).\n"
            "\"Kami siap membantu,\" kata Sri Mulyani kepada wartawan di Istana Bogor.")
    mentions = predict_mentions("doc-1", text)
    assert mentions, "no mention found"
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.doc == "doc-1" and m.origin == "model" and m.label in {"PERSON", "ORG", "LOC"}
    assert "Joko Widodo" in found(mentions, "PERSON")
    assert "Sri Mulyani" in found(mentions, "PERSON")
    assert "Bank Indonesia" in found(mentions, "ORG")
    assert "Jakarta" in found(mentions, "LOC")


def test_ner_predict_mentions_empty_text():
    assert predict_mentions("empty", "") == []
    assert predict_mentions("blank", "  \n\n ") == []


@pytest.fixture(scope="module")
def blank_id():
    return spacy.blank("id")


def test_ner_spacy_factory_sets_ents(blank_id):
    nlp = blank_id
    nlp.add_pipe("ceksilang_ner")
    doc = nlp("Gubernur Ridwan Kamil meninjau lokasi longsor di Garut, Jawa Barat, pada Minggu.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Ridwan Kamil", "PERSON") in ents
    assert ("Garut", "LOC") in ents
    assert ("Jawa Barat", "LOC") in ents


def test_ner_spacy_factory_keeps_existing_entities():
    nlp = spacy.blank("id")  # a second blank pipeline is cheap once the language data is loaded
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Garut"}])
    nlp.add_pipe("ceksilang_ner")
    doc = nlp("Bupati Garut Rudy Gunawan meninjau lokasi longsor.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Garut") == "GPE"
