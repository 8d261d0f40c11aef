"""The figure pass's gates (speed82): each answers as the exhaustive test it replaces, on real word lists and on
texts chosen to be awkward (short tails, capitals, curly quotes, dotted capital I, Greek sigma, slashes)."""

from __future__ import annotations

import random

import pytest

from ceksilang.model import Quantity
from ceksilang.reconcile.claims import (
    _PHRASE_BEFORE_TOKEN,
    _PHRASE_TOKEN,
    _ends_with,
    _lengths_by_ending,
    _phrase_endings,
    _step_endings,
    _tokens_before,
    _told_as_earlier,
    reconcile_words,
)
from ceksilang.reconcile.words import words


def _every_length_hits(tail: str, keys: frozenset[str]) -> bool:
    """The gate as it was: every key length tried."""
    return any(tail[-n:] in keys for n in sorted({len(k) for k in keys}))


def _chosen_lengths_hit(tail: str, keys: frozenset[str]) -> bool:
    k, by_end = _lengths_by_ending(keys)
    return any(tail[-n:] in keys for n in by_end.get(tail[-k:], ()))


def _tails(keys: frozenset[str], n: int = 3000) -> list[str]:
    rng = random.Random(82)
    pieces = [*sorted(keys), "a", "n", "İ", "Σ", "“", " ", "sebesar", "naik", "x", "ا"]
    out = ["", "a", "an", *sorted(keys)]
    for _ in range(n):
        word = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
        out.append(word[rng.randint(0, max(0, len(word) - 1)):])
    return out


@pytest.mark.parametrize("list_name", ["links", "level_links", "from_words", "period_adverbs"])
def test_claims_gates_lengths_by_ending_answer_as_every_length(list_name):
    am = reconcile_words().amount_measures
    keys = frozenset(w.split()[-1].lower() for w in getattr(am, list_name) if w.strip())
    assert keys
    for tail in _tails(keys):
        assert _chosen_lengths_hit(tail, keys) == _every_length_hits(tail, keys), tail


def test_claims_gates_lengths_by_ending_keys_of_one_letter_and_short_tails():
    keys = frozenset({"%", "ab", "b", "xyzab"})
    for tail in ["", "b", "ab", "zab", "a%", "%", "c", "xyzab", "yzab"]:
        assert _chosen_lengths_hit(tail, keys) == _every_length_hits(tail, keys), tail


def test_claims_gates_step_index_holds_every_listed_last_word():
    """The walk's one index: every last word of the six lists is found through the lengths of its ending."""
    am = reconcile_words().amount_measures
    (k, lengths), by_end, _ = _step_endings(am)
    assert by_end
    for word in by_end:
        assert len(word) in lengths[word[-k:]], word


def test_claims_gates_phrase_endings_carry_lengths_by_ending():
    entries, last_words, lengths, (k, by_end) = _phrase_endings(("sebesar", "mencapai", "yaitu"))
    assert lengths == (5, 7, 8)
    assert sorted(n for ns in by_end.values() for n in ns) == [5, 7, 8]
    assert _ends_with("Harga emas mencapai ", ("sebesar", "mencapai", "yaitu")).group(0).strip() == "mencapai"
    assert _ends_with("Harga emas mencapainya ", ("sebesar", "mencapai", "yaitu")) is None


@pytest.mark.parametrize("window", [
    "belanja Kementerian/Lembaga (K/L) sebesar",
    "Pemerintah kabupaten/kota dan/atau provinsi menyalurkan",
    "Harga emas Antam hari ini naik menjadi",
    "nilai transaksi / volume",
    "",
])
def test_claims_gates_tokens_before_with_or_without_a_slash(window):
    """A window with no slash gives its tokens as found; one with a slash still splits an alternative."""
    rw = reconcile_words()
    got = _tokens_before(window, rw)
    if "/" not in window:
        assert got == _PHRASE_BEFORE_TOKEN.findall(window)
    if "dan/atau" in window:
        assert "dan" in got and "atau" in got and "/" in got
    if "Kementerian/Lembaga" in window:
        assert "Kementerian/Lembaga" in got


def _told_as_earlier_ungated(text: str, sent: tuple[int, int], q: Quantity) -> bool:
    """``_told_as_earlier``'s question read the long way: the cue searched in the words of every sentence."""
    import re

    from ceksilang.reconcile.claims import _hyphen_whole_word

    rw = reconcile_words()
    before = " ".join(words(text[sent[0]:q.start]))
    last = max((m.end() for cue in rw.earlier_cues for m in _hyphen_whole_word(cue).finditer(before)), default=-1)
    if last >= 0 and not any(_hyphen_whole_word(b).search(before[last:]) for b in rw.earlier_breaks):
        return True
    after = text[q.end:sent[1]]
    following = re.search(r"\d", after)
    gap = after[:following.start()] if following else ""
    return bool(following) and not re.search(r"[,.;:()\n]", gap) and bool(set(words(gap)) & rw.earlier_to_words)


@pytest.mark.parametrize("text", [
    "“Sebelumnya kami melaporkan ada 130 korban jiwa,” kata Kepala BPBD.",
    "SEBELUMNYA diberitakan “korban” mencapai 130 orang.",
    "Kepala BPBD İstanbul menyebut “jumlah” korban 130 orang.",
    "Dari awal diinformasikan “129” orang, saat ini jumlahnya 130 orang.",
    "Meralat jumlah sebelumnya yang disebutkan mencapai 130 orang — ΟΔΟΣ.",
    "Korban “meninggal” tercatat 130 orang.",
])
def test_claims_gates_told_as_earlier_on_text_with_curly_quotes(text):
    """Sentences not in ASCII now pass the cue gate too: the answer is the long way's."""
    at = text.index("130")
    q = Quantity(doc="d", start=at, end=at + 3, text="130", value=130.0)
    sent = (0, len(text))
    assert _told_as_earlier(text, sent, q, reconcile_words()) == _told_as_earlier_ungated(text, sent, q)


def test_claims_gates_told_as_earlier_reads_a_cue_in_curly_quoted_text():
    text = "“Sebelumnya kami melaporkan ada 130 korban jiwa,” kata dia."
    at = text.index("130")
    q = Quantity(doc="d", start=at, end=at + 3, text="130", value=130.0)
    assert _told_as_earlier(text, (0, len(text)), q, reconcile_words()) is True
    plain = "“Kami melaporkan ada 130 korban jiwa,” kata dia."
    at = plain.index("130")
    q = Quantity(doc="d", start=at, end=at + 3, text="130", value=130.0)
    assert _told_as_earlier(plain, (0, len(plain)), q, reconcile_words()) is False


def test_claims_gates_phrase_token_pattern_unchanged():
    # the fast path of _tokens_before relies on the slash alternative being the only one that holds a slash
    # inside a token of more than one character
    for token in _PHRASE_TOKEN.findall("a/b Rp5/kg (K/L) dan/atau / x-y"):
        assert "/" not in token or token == "/"
