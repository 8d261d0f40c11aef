"""The pipeline's tokenizer adds spaCy's hyphenated exceptions when a text needs them: its tokens
must be spaCy's own, token for token, whatever texts it saw before."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import IDX, NORM, ORTH, SPACY

from ceksilang.extract.pipeline import build_pipeline
from ceksilang.extract.tokenizer import TOKENIZER_CONFIG, ExceptionsOnDemand, waits


@pytest.fixture(scope="module")
def spacy_id():
    return spacy.blank("id")


def _columns(doc):
    return doc.to_array([ORTH, NORM, IDX, SPACY]).tolist()


def _tricky_texts(rules):
    """Waiting exceptions alone, inside words, with affixes, repeated, and their pieces apart."""
    picked = ["anak-anak", "Anak-anak", "orang-orang", "masing-masing", "sehari-hari"]
    picked += [e for i, e in enumerate(sorted(e for e in rules if waits(e))) if i % 700 == 0]
    texts = []
    for e in picked:
        head, rest = e.split("-", 1)
        texts += [e, f"({e})", f'"{e},"', f"{e}.", f"{e}-{e}", f"{e}-{rest}", f"ber{e}", f"{e}nya",
                  f"{e}-nya", f"{e}-{e}-{e}", f"{head} - {rest}", f"{head} -{rest}", f"{head}-\n{rest}",
                  f"x{e}x", f"{e.upper()} {e.lower()} {e.title()}", f"-{e}-", f"{e}/{e}", f"{e}'s",
                  f"2025-{e}", f"{e}--{e}"]
    return texts


def test_tokens_are_spacys_own_one_tokenizer_for_all_texts(spacy_id):
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    assert isinstance(nlp.tokenizer, ExceptionsOnDemand)
    texts = _tricky_texts(spacy_id.tokenizer.rules)
    for text in texts + texts[::-1]:
        assert _columns(nlp.make_doc(text)) == _columns(spacy_id.make_doc(text)), text


def test_tokens_are_spacys_own_fresh_tokenizer_each_text(spacy_id):
    texts = _tricky_texts(spacy_id.tokenizer.rules)[::25]
    for text in texts:
        nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
        assert _columns(nlp.make_doc(text)) == _columns(spacy_id.make_doc(text)), text


def test_a_hyphenated_exception_keeps_the_word_whole_a_word_not_listed_splits():
    tokens = [t.text for t in build_pipeline().make_doc("Anak-anak Shin Tae-yong bermain")]
    assert tokens == ["Anak-anak", "Shin", "Tae", "-", "yong", "bermain"]


def test_other_uses_see_every_exception(spacy_id):
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    assert nlp.tokenizer.rules == spacy_id.tokenizer.rules
    assert nlp.tokenizer.explain("anak-anak (lihat)") == spacy_id.tokenizer.explain("anak-anak (lihat)")


def test_threads_sharing_one_tokenizer_get_spacys_tokens(spacy_id):
    # mend61: threads on one pipeline added one exception twice (a KeyError) or tokenised a word before its
    # exception was in; threads are made to switch often, each text holds many waiting exceptions
    import sys
    from concurrent.futures import ThreadPoolExecutor

    waiting = sorted(e for e in spacy_id.tokenizer.rules if waits(e))
    texts = [" ".join(waiting[i::40][:200]) + " dan anak-anak" for i in range(8)]
    expected = [_columns(spacy_id.make_doc(t)) for t in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(3):
            nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
            with ThreadPoolExecutor(8) as pool:
                got = list(pool.map(lambda t: _columns(nlp.make_doc(t)), texts * 2))
            assert got == expected * 2
    finally:
        sys.setswitchinterval(interval)


def test_settings_written_reach_spacys_tokenizer(spacy_id):
    # mend61: a write landed on the wrapper and tokens did not change
    import re

    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    plain = spacy.blank("id")
    for tokenizer in (nlp.tokenizer, plain.tokenizer):
        tokenizer.infix_finditer = re.compile(r"x").finditer
    assert [t.text for t in nlp.make_doc("kuxda")] == [t.text for t in plain.make_doc("kuxda")] == ["ku", "x", "da"]
    nlp.tokenizer.rules = {}
    plain.tokenizer.rules = {}
    nlp.tokenizer.infix_finditer = plain.tokenizer.infix_finditer = spacy_id.tokenizer.infix_finditer
    text = "Anak-anak bermain"
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in plain.make_doc(text)] == ["Anak", "-", "anak", "bermain"]
