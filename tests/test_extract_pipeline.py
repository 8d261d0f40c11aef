"""The extraction layer as a spaCy pipeline, as a spaCy user would run it."""

import subprocess
import sys

from ceksilang.extract.pipeline import EXTRACTION_COMPONENTS, build_pipeline, extract_document
from ceksilang.model import Document, Source

TEXT = ("Menteri Sosial Harun Wirasaputra meninjau pengungsian di Bulumeta, Rabu (5/3/2025). "
        "“Negara hadir untuk warga,” kata Harun. Sekitar 3.000 warga masih mengungsi.")


def test_pipeline_components_run_in_their_order():
    nlp = build_pipeline()
    assert tuple(nlp.pipe_names) == EXTRACTION_COMPONENTS
    doc = nlp(TEXT)
    assert ("Harun Wirasaputra", "PERSON") in {(e.text, e.label_) for e in doc.ents}
    assert [q.speaker_name for q in doc._.quotes if q.kind == "direct"] == ["Harun Wirasaputra"]
    assert [d.value for d in doc._.dates] == ["2025-03-05"]
    assert [(q.value, q.qualifier, q.unit) for q in doc._.quantities] == [(3000.0, "approx", "orang")]  # warga: counted as people
    assert [doc.text[s.start_char:s.end_char] for s in doc.sents][1] == "“Negara hadir untuk warga,” kata Harun."


def test_extract_document_fills_offsets_into_the_text():
    doc = extract_document(Document(id="d1", source=Source("/x.txt"), text=TEXT, published="2025-03-05"))
    for span in [*doc.mentions, *doc.quotes, *doc.quantities, *doc.dates]:
        assert doc.text[span.start:span.end] == span.text and span.doc == "d1"


def test_ner_factory_is_found_by_name_without_importing_ceksilang():
    code = ("import spacy; nlp = spacy.blank('id'); nlp.add_pipe('ceksilang_ner'); "
            "print([e.label_ for e in nlp('Presiden Joko Widodo tiba di Jakarta.').ents])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['PERSON', 'LOC']"


def test_extract_english_document_reads_digits_the_english_way():
    text = ("About 8,000 North Korean soldiers are now in Russia's Kursk region, Antony Blinken said. "
            "Ukraine's intelligence put the figure at up to 12,500.5 troops.")
    en = extract_document(Document(id="en", source=Source(path="en.txt"), text=text, language="en"))
    assert [q.value if q.value is not None else q.high for q in en.quantities] == [8000.0, 12500.5]
    same_as_indonesian = extract_document(Document(id="id", source=Source(path="id.txt"), text=text, language="id"))
    assert same_as_indonesian.quantities[0].value == 8.0


def test_token_starts_at_marks_the_tokens_isin_marks():
    # the sentence flags were numpy.isin(token starts, sentence starts): the bisection must mark
    # the same tokens, also for offsets inside a token, on a space, past the last token or repeated
    import numpy

    from ceksilang.extract.pipeline import token_starts_at

    rng = numpy.random.default_rng(7)
    for _ in range(300):
        token_starts = numpy.unique(rng.integers(0, 400, size=rng.integers(1, 60)))
        offsets = numpy.sort(rng.integers(0, 450, size=rng.integers(0, 20)))
        marked = numpy.zeros(len(token_starts), dtype=bool)
        marked[token_starts_at(token_starts, offsets)] = True
        assert (marked == numpy.isin(token_starts, offsets)).all()


def test_sentence_starts_fall_on_the_tokens_that_open_sentences():
    nlp = build_pipeline(("ceksilang_sentences",))
    doc = nlp("Harga naik. Warga  mengeluh.\n\n  (Baca juga) Pasar sepi!")
    assert [s.text for s in doc.sents] == ["Harga naik.", "Warga  mengeluh.\n\n  ", "(Baca juga) Pasar sepi!"]
