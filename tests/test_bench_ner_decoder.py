"""bench/ner_decoder.py: the decoder it times in numpy gives the shipped CRF's own tags, so its
figures compare like with like."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ceksilang.extract.ner import load_tagger

_SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "ner_decoder.py"

_SENTENCES = [
    "Kapolda Jawa Timur Irjen Pol Nanang Avianto mengatakan 12 orang tewas di Surabaya , Senin ( 2/6 ) .".split(),
    '" Kami masih mencari korban , " kata Kepala Basarnas Marsekal Madya Kusworo kepada wartawan .'.split(),
    ["Jakarta"],
    ["-"],  # a token whose every feature the model may lack
    "Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka".split(),
    "KPK menahan Gubernur Papua Lukas Enembe ( LE ) dan membawanya ke Rutan KPK".split(),
    ("Menurut BMKG , hujan deras akan mengguyur Bogor , Depok dan Bekasi hingga Sabtu malam , sementara "
     "Dinas Sumber Daya Air DKI Jakarta menyiagakan pompa di Kampung Melayu").split(),
]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_ner_decoder", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def decoder():
    return _bench().NumpyDecoder(load_tagger(None, "id"))


def test_weights_read_from_the_model_file_match_its_dictionaries(decoder):
    tagger = decoder.tagger
    assert sorted(decoder.labels) == sorted(tagger._tagger.labels())
    assert frozenset(decoder.attrs) == tagger._known
    assert decoder.state.shape == (len(decoder.attrs) + 1, len(decoder.labels))
    assert not decoder.state[-1].any()  # the zero row
    assert decoder.state.any() and decoder.trans.any()


def test_numpy_decoder_tags_as_crfsuite_alone_and_batched(decoder):
    tagger = decoder.tagger
    expected = [tagger._tagger.tag(tagger_features) for tagger_features in
                (_bench()._assemble_known(s, [tagger._word_parts(w) for w in s], tagger._edge, tagger._marks)
                 for s in _SENTENCES)]
    assert any(t != "O" for tags in expected for t in tags)  # the sentences do name someone
    assert decoder.tag_batch(_SENTENCES) == expected
    assert [decoder.tag_batch([s])[0] for s in _SENTENCES] == expected
