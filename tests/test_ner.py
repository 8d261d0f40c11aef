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


def test_ner_cluster_features_come_from_the_cluster_file(tmp_path, monkeypatch):
    # a word of a cluster file (python -m ceksilang.train.word_clusters) carries its clusters and
    # capital band on the token and the two coarser clusters and band on its neighbours; a word
    # not in it gets none, and without a file (English; Indonesian as shipped) there are none
    import dataclasses

    import ceksilang.extract.ner as ner

    path = tmp_path / "clusters.tsv"
    path.write_text("jakarta\t3\t17\t250\tall\nyang\t5\t9\t40\tlow\nsukamaju\t3\t17\t251\t\n",
                    encoding="utf-8")
    clusters = ner.read_word_clusters(path)
    assert clusters["jakarta"] == (("3", "17", "250"), "all") and clusters["sukamaju"][1] == ""
    shipped = load_feature_words()
    plain = sentence_features(["warga", "Jakarta", "Qxzvbnq"])
    monkeypatch.setattr(ner, "load_feature_words",
                        lambda language="id": dataclasses.replace(shipped, clusters=clusters))
    ner._word_attributes.cache_clear()
    try:
        feats = sentence_features(["warga", "Jakarta", "Qxzvbnq"])
    finally:
        monkeypatch.undo()
        ner._word_attributes.cache_clear()
    assert {"k0=3", "k1=17", "k2=250", "cb=all"} <= set(feats[1])
    assert {"-1k0=3", "-1k1=17", "-1cb=all"} <= set(feats[2]) and "-1k2=250" not in feats[2]
    assert [set(f) for f in feats] != [set(f) for f in plain]
    assert not [f for f in feats[2] if f.startswith(("k0=", "k1=", "k2=", "cb="))]
    assert load_feature_words("en").clusters == {}
    bad = tmp_path / "bad.tsv"
    bad.write_text("jakarta\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        ner.read_word_clusters(bad)


def test_ner_model_card_matches_the_cluster_file_the_features_read():
    # the model's weights are for exact cluster numbers: with a cluster file named in
    # lang/id/ner_features.yaml the card must carry that file's SHA-1, without one none
    import hashlib

    from ceksilang.extract.ner import CLUSTERS_PATH
    from ceksilang.lang import load_data

    card = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    if load_data("ner_features", "id").get("word_clusters"):
        assert card["word_clusters"]["sha1"] == hashlib.sha1(CLUSTERS_PATH.read_bytes()).hexdigest()
    else:
        assert not card.get("word_clusters") and not load_feature_words().clusters


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


def test_ner_missing_spacy_models_are_named_alone_or_in_a_vote(tmp_path):
    from ceksilang.extract.ner import SpacyNerModel, VoteTagger

    (tmp_path / "here").mkdir()
    (tmp_path / "here" / "config.cfg").write_text("")  # there, though never loaded: the check comes first
    with pytest.raises(ModelMissingError, match="gone-one"):
        SpacyNerModel(tmp_path / "gone-one")
    with pytest.raises(ModelMissingError, match="gone-a.*gone-b") as raised:
        VoteTagger(NerTagger(MODEL_PATH), (tmp_path / "gone-a", tmp_path / "here", tmp_path / "gone-b"))
    assert "here" not in str(raised.value).replace(str(tmp_path), "")


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


def _corpus_sentences(limit: int) -> dict[str, list[list[str]]]:
    """The first ``limit`` sentences of an Indonesian and of the English NER corpus."""
    import csv

    from tests.conftest import needs_corpus

    indonesian: list[list[str]] = [[]]
    for line in needs_corpus("ner", "idner-news-2k", "train.txt").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            indonesian[-1].append(line.split()[0])
        elif indonesian[-1]:
            if len(indonesian) == limit:
                break
            indonesian.append([])
    english: list[list[str]] = []
    with needs_corpus("ner", "en", "ner_dataset.csv").open(encoding="latin-1", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["Sentence #"]:
                if len(english) == limit:
                    break
                english.append([])
            english[-1].append(row["Word"])
    # quotes, brackets and one-word sentences, which the corpora hold few of
    extra = [["“", "Kata", "(", "Presiden", ")", "”", "—", "Señor", "(", "(", ")"], ["Jakarta"], ["."]]
    return {"id": indonesian + extra, "en": english + extra}


def test_ner_sentence_features_are_each_positions_window_of_word_features():
    # the position-by-position reading of the features, written out plainly: the assembled
    # lists must hold the same features in the same order on real sentences of both languages
    import ceksilang.extract.ner as ner

    def by_position(tokens: list[str], language: str) -> list[list[bytes]]:
        parts = [ner._word_parts(w, language) for w in tokens]
        n, feats, in_quote, depth = len(tokens), [], False, 0
        for i, word in enumerate(tokens):
            f = list(parts[i][0])
            for view, off in enumerate((-2, -1, 1, 2), start=1):
                j = i + off
                f += parts[j][view] if 0 <= j < n else [f"{off:+d}pad".encode()]
            if i == 0:
                f += [b"bos"] + ([b"bos_cap"] if word[:1].isupper() else [])
            if i == n - 1:
                f.append(b"eos")
            if i > 0:
                f.append(b"bi-1=" + parts[i - 1][5][0] + b"|" + parts[i][5][0])
            if i < n - 1:
                f.append(b"bi+1=" + parts[i][5][0] + b"|" + parts[i + 1][5][0])
            f += [b"inq"] * in_quote + [b"inp"] * (depth > 0)
            feats.append(f)
            if word in '"“”„«»':
                in_quote = not in_quote
            elif word == "(":
                depth += 1
            elif word == ")" and depth:
                depth -= 1
        return feats

    for language, sentences in _corpus_sentences(300).items():
        assert len(sentences) > 300
        for tokens in sentences:
            assert sentence_attributes(tokens, language) == by_position(tokens, language), tokens
    assert sentence_attributes([]) == []


def test_ner_tagger_hands_crfsuite_only_the_models_attributes_with_the_same_result(monkeypatch):
    # crfsuite skips attributes its model lacks; the tagger leaves them out beforehand, which
    # must change nothing: the same tags, sequence probability and marginals as with every feature
    import ceksilang.extract.ner as ner

    for language, sentences in _corpus_sentences(300).items():
        tagger = load_tagger(ner.MODEL_PATHS[language], language)  # the CRF (for English one of the voters)
        assert tagger._known is not None and b"b" in tagger._known and b"w=jakarta" in tagger._known
        crf = tagger._tagger
        dropped = 0
        for tokens in sentences:
            tagger._sentence_tags.clear()  # so that crfsuite holds this sentence's input
            tags = tagger.tag(tokens)
            ours = (tags, crf.probability(tags), [crf.marginal(y, i) for i, y in enumerate(tags)])
            full = sentence_attributes(tokens, language)
            dropped += sum(a not in tagger._known for f in full for a in f)
            tags = crf.tag(full)
            assert ours == (tags, crf.probability(tags), [crf.marginal(y, i) for i, y in enumerate(tags)]), tokens
        assert dropped  # the corpora hold words the model has never seen
    # a dump that does not read back: every feature goes to crfsuite, same tags
    monkeypatch.setattr(ner, "model_file_attributes", lambda path: None)
    monkeypatch.setattr(ner, "model_attributes", lambda tagger: None)
    plain = NerTagger(MODEL_PATH)
    assert plain._known is None
    tokens = ["Presiden", "Joko", "Widodo", "tiba", "di", "Bandung", "."]
    assert plain.tag(tokens) == load_tagger().tag(tokens) and "B-PERSON" in plain.tag(tokens)


def test_ner_tagger_answers_a_repeated_sentence_the_same_and_unshared():
    tagger = NerTagger(MODEL_PATH)
    tokens = ["Menteri", "Keuangan", "Sri", "Mulyani", "berbicara", "di", "Jakarta", "."]
    first = tagger.tag(tokens)
    first[0] = "B-ORG"  # a caller changing its list must not change the next answer
    assert tagger.tag(list(tokens)) == load_tagger().tag(tokens) != first
    assert tagger.tag(tokens[:-1]) == tagger._tagger.tag(sentence_attributes(tokens[:-1]))


def test_ner_bigram_partners_split_a_bigram_at_every_bar():
    from ceksilang.extract.ner import bigram_partners

    before, after = bigram_partners(frozenset({b"bi-1=a|b|c", b"bi+1=x|y", b"w=a", b"bi-1=a|d"}))
    assert before == {b"a": frozenset({b"b|c", b"d"}), b"a|b": frozenset({b"c"})}
    assert after == {b"x": frozenset({b"y"})}


def _recorded_input(tagger: NerTagger, tokens: list[str]) -> list[list[bytes]]:
    """What ``tagger.tag(tokens)`` hands crfsuite (its sentence cache emptied first)."""
    handed: list[list[list[bytes]]] = []
    crf = tagger._tagger

    class Recorder:
        def tag(self, items):
            handed.append(items)
            return crf.tag(items)

    tagger._sentence_tags.clear()
    tagger._tagger = Recorder()
    try:
        tagger.tag(tokens)
    finally:
        tagger._tagger = crf
    return handed[0]


def _reference_input(tagger: NerTagger, tokens: list[str]) -> list[list[bytes]]:
    """The same computed plainly: every feature of every word, each view kept to the model's
    attributes, every bigram joined and looked up (the tagger's input before its caches)."""
    import ceksilang.extract.ner as ner

    parts = []
    for word in tokens:
        full = ner._word_parts(word, tagger.language)
        parts.append((*(tagger._kept(view) for view in full[:5]), full[5]))
    return ner._assemble(tokens, parts, tagger._edge, tagger._marks, tagger._known)


def test_ner_tagger_input_equals_a_plain_computation_on_fuzzed_and_real_sentences():
    # the tagger builds crfsuite's input from per-word caches and joins only the bigrams its
    # model has: it must hand over exactly the features, in the order, of a plain computation
    import random

    import ceksilang.extract.ner as ner

    rnd = random.Random(15)
    for language, sentences in _corpus_sentences(200).items():
        tagger = NerTagger(ner.MODEL_PATHS[language], language)
        # words with a known bigram, so that the fuzzed sentences hold some
        paired = sorted(tagger._partners[0])[:300:7] + sorted(tagger._partners[1])[:300:7]
        paired_words = [w.decode() for w in paired] + [w.decode() for p in paired for w in tagger._partners[0].get(p, ())][:50]
        odd = ["|", "a|b", "\0", "x\0y", '"', "“", "(", ")", "Jakarta", "JAKARTA", "jakarta", "e-KTP", "12.5", "²", "İstanbul", ""]
        fuzzed = [[rnd.choice(paired_words + odd + sentences[0]) for _ in range(rnd.randint(1, 12))] for _ in range(400)]
        bigrams = 0
        for tokens in sentences + fuzzed:
            got = _recorded_input(tagger, tokens)
            assert got == _reference_input(tagger, tokens), tokens
            bigrams += sum(a.startswith((b"bi-1=", b"bi+1=")) for f in got for a in f)
        assert bigrams > 100  # known bigrams were there to be joined


def test_ner_word_cache_answers_for_its_own_word_and_tagger_only(monkeypatch):
    # a word's cached features must be that word's (case and all), for that tagger's model, and
    # stay right when the cache is emptied half-way through a document
    import ceksilang.extract.ner as ner

    first = ["Menteri", "Keuangan", "Sri", "Mulyani", "berbicara", "di", "Jakarta", "."]
    second = ["menteri", "keuangan", "sri", "mulyani", "berbicara", "di", "jakarta", "."]
    third = ["MENTERI", "Sri", "Mulyani", "dari", "Jakarta", "|", "Bandung", "."]
    for most in (ner._MAX_CACHED_WORDS, 5):  # as shipped, then emptied every few words
        monkeypatch.setattr(ner, "_MAX_CACHED_WORDS", most)
        indonesian = NerTagger(ner.MODEL_PATHS["id"], "id")
        english = NerTagger(ner.MODEL_PATHS["en"], "en")
        for tagger in (indonesian, english, indonesian):
            for tokens in (first, second, third, first):
                assert _recorded_input(tagger, tokens) == _reference_input(tagger, tokens), (tagger.language, tokens)
                assert len(tagger._parts) <= most
    assert indonesian._kept_word_parts("Jakarta") != english._kept_word_parts("Jakarta")
    assert indonesian._kept_word_parts("Jakarta") != indonesian._kept_word_parts("jakarta")


@pytest.mark.parametrize("word", ["", "a", "aa", "Jakarta", "KPK", "e-KTP", "12/11", "\n\nx", "ééÉ", "x\0\0y", "--..", "AAaa11"])
def test_ner_word_shape_collapses_runs_as_the_character_loop_does(word):
    # the ASCII fast path (translate, then runs collapsed) against the general loop
    expected = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not expected or expected[-1] != c:
            expected.append(c)
    assert word_shape(word) == "".join(expected)


def test_model_file_attributes_are_the_dumps(tmp_path, monkeypatch):
    """The attributes read from a model file's own dictionary are those crfsuite's dump lists,
    for both shipped models; a file that is not laid out as crfsuite writes it reads as None,
    and the tagger then takes them from the dump (the same set, the same tags)."""
    import pycrfsuite

    import ceksilang.extract.ner as ner

    for language, path in ner.MODEL_PATHS.items():
        crf = pycrfsuite.Tagger()
        crf.open(str(path))
        from_dump = ner.model_attributes(crf)
        assert from_dump is not None and len(from_dump) > 50_000
        assert ner.model_file_attributes(path) == from_dump
    data = MODEL_PATH.read_bytes()
    for name, broken in (("cut", data[: len(data) // 2]), ("header", b"xCRF" + data[4:]),
                         ("chunk", data.replace(b"CQDB", b"QQDB")), ("empty", b"")):
        (tmp_path / name).write_bytes(broken)
        assert ner.model_file_attributes(tmp_path / name) is None, name
    assert ner.model_file_attributes(tmp_path / "missing") is None
    from_file = NerTagger(MODEL_PATH)
    monkeypatch.setattr(ner, "model_file_attributes", lambda path: None)
    from_dump = NerTagger(MODEL_PATH)
    tokens = ["Gubernur", "Jawa", "Barat", "Dedi", "Mulyadi", "meninjau", "banjir", "di", "Bekasi", "."]
    assert from_dump._known == from_file._known
    assert from_dump.tag(tokens) == load_tagger().tag(tokens) and "B-PERSON" in from_dump.tag(tokens)
