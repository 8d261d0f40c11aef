import re

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from ceksilang.text import is_short_form_of, spells_person_name, opens_sentence, sentence_of, split_sentences, without_bracketed_abbreviation


def _sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Satu kalimat. Dua kalimat.", ["Satu kalimat.", "Dua kalimat."]),
        ("Judul tanpa titik\nIsi berita di sini.", ["Judul tanpa titik", "Isi berita di sini."]),
        ("Ia bertemu Dr. Budi di Jl. Merdeka. Lalu pulang.", ["Ia bertemu Dr. Budi di Jl. Merdeka.", "Lalu pulang."]),
        ("Harga naik 2.5 persen. Itu tinggi.", ["Harga naik 2.5 persen.", "Itu tinggi."]),
        ("Ia berkata, “Kami siap.” Lalu ia pergi.", ["Ia berkata, “Kami siap.”", "Lalu ia pergi."]),
        ("Rapat selesai. “Kami puas,” kata Ani.", ["Rapat selesai.", "“Kami puas,” kata Ani."]),
        ("Presiden Joko W. Widodo hadir.", ["Presiden Joko W. Widodo hadir."]),
        ("akhir kalimat. huruf kecil berlanjut.", ["akhir kalimat. huruf kecil berlanjut."]),
        # a doctor's titles go on after their stops ("Subsp. F.E.R", "Subsp.G.E.H. (K)")
        ("Kata dr. Sinta, Sp.OG, Subsp. F.E.R, dokter RS Harapan. Lalu pulang.",
         ["Kata dr. Sinta, Sp.OG, Subsp. F.E.R, dokter RS Harapan.", "Lalu pulang."]),
        ("Dr. Sinta, Sp.P.D, Subsp.G.E.H. (K), FINASIM mengatakan itu.",
         ["Dr. Sinta, Sp.P.D, Subsp.G.E.H. (K), FINASIM mengatakan itu."]),
        # a short form of Muhammad before a name ends no sentence ("Muh. Rizal", "Moch. Andy")
        ("“Estimasi tiba pukul 16.00,” ujar Kepala Basarnas, Muh. Rizal. Tim bergerak.",
         ["“Estimasi tiba pukul 16.00,” ujar Kepala Basarnas, Muh. Rizal.", "Tim bergerak."]),
        ("Kata GM PLN, Moch. Andy, promo berlaku. Moh. Arif setuju.",
         ["Kata GM PLN, Moch. Andy, promo berlaku.", "Moh. Arif setuju."]),
        ("", []),
        ("  \n\n  ", []),
    ],
)
def test_split_sentences_table(text, expected):
    assert _sents(text) == expected


def test_split_sentences_spans_are_trimmed_and_ordered():
    text = "  Pertama.  Kedua!\n\n Ketiga?  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Pertama.", "Kedua!", "Ketiga?"]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_sentence_of_finds_containing_span():
    text = "Satu. Dua. Tiga."
    spans = split_sentences(text)
    assert sentence_of(spans, text.index("Dua")) == spans[1]
    assert sentence_of(spans, len(text) + 5) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # English abbreviations with stops (lang/en/abbreviations.txt) end no sentence
        ("U.S. Secretary of State Paul Ardent arrived. He spoke.",
         ["U.S. Secretary of State Paul Ardent arrived.", "He spoke."]),
        ("The U.N. Security Council met. Gen. Tomas Brandt said so.",
         ["The U.N. Security Council met.", "Gen. Tomas Brandt said so."]),
        # the joined lists leave Indonesian splitting as it was
        ("Prof. Budi hadir. Ia datang.", ["Prof. Budi hadir.", "Ia datang."]),
    ],
)
def test_split_sentences_english_abbreviations(text, expected):
    assert _sents(text) == expected


def test_trie_regex_matches_like_a_longest_first_alternation():
    from ceksilang.text import trie_regex

    words = ["kata", "katanya", "ka ta", "Jan", "januari", "ujar", "juta"]
    flat = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    text = "Katanya, kata dia, ka  ta JANUARI jan 5 juta ujarnya"
    for pattern in (rf"\b(?i:{{}})", rf"\b(?i:{{}})\b"):
        expected = [m.span() for m in re.finditer(pattern.format(flat), text)]
        found = [m.span() for m in re.finditer(pattern.format(trie_regex(words, space=r"\s+", fold_case=True)), text)]
        assert found == expected
    # without folding, "Jan" and "januari" are separate branches, and "Jan" is tried first
    assert re.match(f"(?i:{trie_regex(['Jan', 'januari'])})", "januari").group() == "jan"
    assert re.match(f"(?i:{trie_regex(['Jan', 'januari'], fold_case=True)})", "januari").group() == "januari"


def test_may_match_ignoring_case_is_false_only_when_the_regex_cannot_match():
    from ceksilang.text import may_match_ignoring_case

    cues = ["sapaan akrab", "disapa"]
    assert not may_match_ignoring_case("Bupati Iron hadir di Aceh.", cues)
    assert may_match_ignoring_case("Mualem, SAPAAN AKRAB Muzakir Manaf", cues)
    # "ſ" is an "s" to re when case is ignored, but not to str.lower: the test must not say no
    text = "yang akrab diſapa Mualem"
    assert re.search("(?i:disapa)", text) and may_match_ignoring_case(text, cues)


@pytest.mark.parametrize("name, bare", [
    ("Dinas Pariwisata (Dispar) Kabupaten Bantul", "Dinas Pariwisata Kabupaten Bantul"),
    ("Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta", "Badan Penanggulangan Bencana Daerah DKI Jakarta"),
    ("PT Pertamina (Persero)", "PT Pertamina (Persero)"),  # a legal form, no abbreviation
])
def test_without_bracketed_abbreviation(name, bare):
    assert without_bracketed_abbreviation(name) == bare


def test_is_short_form_of_reads_initials_and_syllable_forms():
    assert is_short_form_of("ECB", "European Central Bank")
    assert is_short_form_of("BPBD", "Badan Penanggulangan Bencana Daerah")
    assert is_short_form_of("Kemlu", "Kementerian Luar Negeri")
    assert not is_short_form_of("ECB", "Bank Sentral Eropa")  # the initials spell another acronym
    assert not is_short_form_of("Polri", "Dinas Pariwisata")


def test_looks_lowercased_kept_answers_are_those_of_counting_again():
    """The last answers of ``looks_lowercased`` are kept (stages ask it of the same text): asked
    again, in any order, it must answer what counting the letters answers."""
    import random

    from ceksilang.text import looks_lowercased

    rng = random.Random(15)
    texts = []
    for _ in range(300):
        body = " ".join(rng.choice(["harga", "naik", "Jakarta", "ASN", "rp", "di", "é", "İstanbul"])
                        for _ in range(rng.randint(0, 120)))
        texts.append(body.lower() if rng.random() < 0.5 else body)
    for text in rng.choices(texts, k=2000):
        assert looks_lowercased(text) == looks_lowercased.__wrapped__(text)
    assert looks_lowercased("a " * 300) and not looks_lowercased("A " * 300)


def test_phrases_by_first_word_keeps_each_groups_order():
    """A group holds every phrase with that first word, in the order given (the order a
    first-match loop relies on: longest first); fails when a group is reordered or merged."""
    from ceksilang.text import phrases_by_first_word

    phrases = [("oleh", "karena", "itu"), ("di", "sisi", "lain"), ("oleh", "sebab", "itu"), ("oleh",), ("di",), ()]
    groups = phrases_by_first_word(phrases)
    assert groups == {"oleh": (("oleh", "karena", "itu"), ("oleh", "sebab", "itu"), ("oleh",)),
                      "di": (("di", "sisi", "lain"), ("di",))}
    for first, group in groups.items():
        assert list(group) == [p for p in phrases if p[:1] == (first,)]


def test_phrases_by_last_word_keeps_each_groups_order():
    """A group holds every phrase with that last word, in the order given; an empty phrase is in
    none; fails when grouped by the first word or reordered."""
    from ceksilang.text import phrases_by_last_word

    phrases = [("kepala", "dinas"), ("wakil", "kepala", "dinas"), ("menteri",), ("dinas",), ()]
    groups = phrases_by_last_word(phrases)
    assert groups == {"dinas": (("kepala", "dinas"), ("wakil", "kepala", "dinas"), ("dinas",)),
                      "menteri": (("menteri",),)}


@pytest.mark.parametrize("text, expected", [
    # an acting-office prefix with its full stop (lang/id/abbreviations.txt) ends no sentence
    ("Hal itu dikatakan Plt. Kepala Dinas Sosial Budi Santoso. Ia hadir.",
     ["Hal itu dikatakan Plt. Kepala Dinas Sosial Budi Santoso.", "Ia hadir."]),
    ("Rapat dipimpin Plh. Direktur Rina Wulandari. Semua hadir.",
     ["Rapat dipimpin Plh. Direktur Rina Wulandari.", "Semua hadir."]),
])
def test_split_sentences_acting_office_prefix_ends_no_sentence(text, expected):
    assert _sents(text) == expected


def test_told_from_to_reads_only_a_change_from_one_value_to_the_next():
    from ceksilang.text import told_from_to

    text = "Rangkaian ditambah dari 5 menjadi 8 gerbong, lalu 9 dan 10 gerbong."
    old, new = text.index("5"), text.index("8")
    assert told_from_to(text, old, old + 1, new, ("dari",), ("menjadi", "jadi"))
    assert not told_from_to(text, old, old + 1, new, ("sejak",), ("menjadi",))  # another opening word
    nine, ten = text.index("9"), text.index("10")
    assert not told_from_to(text, nine, nine + 1, ten, ("dari",), ("dan",))  # no opening word before the 9
    far = "Dari catatan polisi ada 5 menjadi 8"
    assert not told_from_to(far, far.index("5"), far.index("5") + 1, far.index("8"), ("dari",), ("menjadi",))


_SPACES = st.sampled_from(["a", "bc", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "kata"])


@hsettings(max_examples=400, deadline=None)
@given(pieces=st.lists(_SPACES, max_size=200), limit=st.integers(min_value=0, max_value=130))
def test_normalised_within_a_limit_is_the_normalised_text_or_none(pieces, limit):
    from ceksilang.text import normalise_space, normalise_space_within

    text = "".join(pieces)
    whole = normalise_space(text)
    assert normalise_space_within(text, limit) == (whole if len(whole) <= limit else None)


@pytest.mark.parametrize("text,limit,expected", [
    ("  Jakarta ,  1 Juni 2025  ", 120, "Jakarta , 1 Juni 2025"),
    ("kata " * 200, 120, None),  # a whole article on one line: too long, read from its start only
    ("a" + " " * 500 + "b", 3, "a b"),  # spaces that normalise away: the whole text is normalised
    ("ab", 1, None),
    ("", 0, ""),
])
def test_normalised_within_a_limit_on_hand_made_lines(text, limit, expected):
    from ceksilang.text import normalise_space_within

    assert normalise_space_within(text, limit) == expected


@pytest.mark.parametrize(("text", "word", "opens"), [
    ("Rahmat Hidayat datang.", "Rahmat", True),  # the text's start
    ("Warga panik. Rahmat datang.", "Rahmat", True),
    ("\"Kami takut.\" Rahmat datang.", "Rahmat", True),  # after a quote that closes a sentence
    ("Kata warga, \u201cKami takut.\u201d Rahmat datang.", "Rahmat", True),
    ("Ia berkata: Rahmat datang.", "Rahmat", True),
    ("Warga panik. (Rahmat datang.)", "Rahmat", True),
    ("JAKARTA \u2014 Rahmat datang.", "Rahmat", False),  # a dateline's dash ends no sentence itself
    ("Warga panik.\n\u2014 Rahmat datang.", "Rahmat", True),
    ("kata Rahmat datang.", "Rahmat", False),
    ("\"Kami takut,\" Rahmat datang.", "Rahmat", False),  # a quote ended by a comma goes on
])
def test_opens_sentence_reads_back_over_marks_to_a_sentence_end(text, word, opens):
    assert opens_sentence(text, text.index(word)) is opens


@pytest.mark.parametrize(("short", "name", "spelt"), [
    ("Buwas", "Budi Waseso", True),       # the openings of each word, in order
    ("Zulhas", "Zulkifli Hasan", True),
    ("Ken", "Kenneth", True),             # the opening of one word
    ("BTP", "Basuki Tjahaja Purnama", True),  # capitals: the initials
    ("Buwas", "Joko Widodo", False),
    ("Ken", "Dedi Mulyadi", False),
    ("Emil", "Ridwan Kamil", False),      # the end of a word is no opening
    ("Hasan", "Zulkifli Hasan", False),   # a word of the name is the name itself
    ("Sawbu", "Budi Waseso", False),      # the words out of order
])
def test_spells_person_name(short: str, name: str, spelt: bool) -> None:
    assert spells_person_name(short, name) is spelt
