"""Every language data file loads, and every loader of the package accepts what is shipped."""

import pytest
import yaml

from ceksilang.lang import LANG_DIR, LanguageDataError, available, data_path, has_data, load_data, parse_yaml

FILES = sorted(p for p in LANG_DIR.glob("*/*") if p.suffix in (".yaml", ".txt"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lang_file_parses_and_is_not_empty(path):
    data = load_data(path.stem, path.parent.name)
    assert data, f"{path} is empty"
    if path.suffix == ".txt":
        assert all(line == line.strip() and line for line in data)
    else:  # the loader the package uses (libyaml's when there) reads what the pure-Python one reads
        expected = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        assert data == expected and repr(data) == repr(expected)


def test_lang_unit_conversions_parse_as_the_pure_python_loader_reads_them():
    from ceksilang.lang.conversions import FILE_PATH

    text = FILE_PATH.read_text(encoding="utf-8")
    assert repr(parse_yaml(text)) == repr(yaml.load(text, Loader=yaml.SafeLoader))


def test_lang_missing_file_is_a_clear_error():
    with pytest.raises(LanguageDataError, match="no language data file 'nope'"):
        data_path("nope")


def test_lang_has_data_answers_what_data_path_finds():
    # a yaml file, a txt file, a file English lacks, and one no language has
    assert has_data("reconcile", "id") and has_data("abbreviations", "id")
    assert has_data("reconcile", "en") == (LANG_DIR / "en" / "reconcile.yaml").exists()
    assert not has_data("nope") and not has_data("reconcile", "xx")


def test_lang_loaders_accept_the_shipped_data():
    from ceksilang.reconcile.words import reconcile_words
    from ceksilang.ingest.clean import boilerplate_data
    from ceksilang.reconcile.derive import credit_data, synonym_table
    from ceksilang.extract.entities import load_gazetteer, load_name_types, load_role_words
    from ceksilang.extract.quantities import quantity_words, unit_table
    from ceksilang.extract.quotes import load_quote_patterns
    from ceksilang.lang import load_speech_verbs
    from ceksilang.extract.timex import timex_words
    from ceksilang.ingest.metadata import metadata_patterns

    for loader in (reconcile_words, boilerplate_data, synonym_table, load_gazetteer, load_role_words, load_name_types,
                   quantity_words, unit_table, load_quote_patterns, load_speech_verbs, timex_words,
                   metadata_patterns, credit_data):
        assert loader() is not None, loader.__name__
    from ceksilang.extract.timex_patterns import date_patterns

    assert date_patterns("en").regex.pattern
    assert "en" in {p.name for p in LANG_DIR.iterdir() if p.is_dir()} and "speech_verbs" in available("en")


def test_lang_speech_verbs_one_reading_per_language_set():
    from ceksilang.lang import load_speech_verbs

    indonesian = load_speech_verbs()
    both = load_speech_verbs(("id", "en"))
    assert indonesian is load_speech_verbs(("id",))  # read once, shared by every stage
    assert "said" not in indonesian.base and "said" in both.base  # the cleaner reads Indonesian only
    assert {"bahwa", "bahwasanya"} == indonesian.complementizers and "that" in both.complementizers
    assert {"kepada", "wartawan"} <= indonesian.audience
    assert indonesian.audience_prepositions == {"kepada"} <= indonesian.audience
    assert "dikatakan" in indonesian.single_words and "dikutip dari" not in indonesian.single_words


def test_lang_speech_verbs_according_to_kinds_are_data():
    """"menurut" (who speaks follows it) and "berdasarkan" (a claim's origin, no relaying medium)
    are read from speech_verbs.yaml, as kinds of its according_to phrases."""
    from ceksilang.lang import load_speech_verbs

    verbs = load_speech_verbs(("id", "en"))
    assert verbs.according_to_speaker == {"menurut"}
    assert verbs.according_to_origin == {"menurut", "berdasarkan"}
    assert verbs.according_to_speaker <= verbs.according_to_origin <= set(verbs.according_to)
    assert verbs.source_cue("Menurutnya") == ("menurut", True)
    assert verbs.source_cue("menurut") == ("menurut", False)
    assert verbs.source_cue("berdasarkan") is None and verbs.source_cue("katanya") is None


def test_lang_pronoun_enclitic_is_read_from_data():
    """"katanya" is "kata" with the pronoun enclitic of enclitics.yaml; "kata" carries none."""
    from ceksilang.lang import load_speech_verbs, pronoun_enclitics, without_pronoun_enclitic

    assert pronoun_enclitics() == ("nya",)
    assert without_pronoun_enclitic("katanya") == "kata"
    assert without_pronoun_enclitic("olehnya") == "oleh"
    assert without_pronoun_enclitic("kata") is None
    assert load_speech_verbs().cue("Ujarnya") == ("ujar", True)


def test_carried_measure_words_are_lower_cased_whatever_the_yaml_writes() -> None:
    from ceksilang.reconcile.words import _carried_measure_words
    words = _carried_measure_words({"next_noun_units": ["Orang", "KM"], "size_links": ["Seluas  Sekitar"],
                                    "not_counted_after": ["Tua"]})
    assert words.next_noun_units == {"orang", "km"}
    assert words.size_links == {"seluas sekitar"} and words.not_counted_after == {"tua"}


def test_lang_merged_data_takes_a_mapping_only_a_later_language_has() -> None:
    # English pronoun genders exist in lang/en/quote_patterns.yaml only; lists are still joined
    from ceksilang.extract.quotes import load_quote_patterns
    from ceksilang.lang import load_merged_data

    data = load_merged_data("quote_patterns", ("id", "en"))
    assert data["pronoun_genders"] == {"male": ["he"], "female": ["she"]}
    assert "dia" in data["pronouns_person"] and "she" in data["pronouns_person"]
    pat = load_quote_patterns()
    assert pat.pronoun_genders["she"] == "female" and pat.gendered_words["mrs"] == "female"
    assert "dia" not in pat.pronoun_genders  # Indonesian pronouns tell no gender


def test_lang_list_conversions_lower_case_and_split_each_entry():
    from ceksilang.lang import lower_words, word_tuples

    assert word_tuples(["Sepeda Motor", "mobil", 7]) == [("sepeda", "motor"), ("mobil",), ("7",)]
    assert word_tuples(None) == []  # a key the file leaves out
    assert lower_words(["Dan", "serta", "&"]) == frozenset({"dan", "serta", "&"})
    assert lower_words(None) == frozenset()
