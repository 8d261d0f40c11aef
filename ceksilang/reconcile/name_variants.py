"""One person named two ways by the outlets of one story (issue 20, name72).

A fact-checker flags a victim, an officer or a suspect whose name the outlets write differently:
"Pratu Aharul" / "Pratu Asharul", "Budi Hartanto" / "Budi Hartono". Each is a ``detail`` item of the
person's name with both spellings and both sentences, whatever the difference is; its status says
how: ``explained`` when the name is spelled two ways (one letter changed, added or dropped, a sound
written two ways as ``named_slots.folds`` of reconcile.yaml fold it, two words written as one) and
``contradiction`` when a word of the name is another word (the other words the same).

One person, not two: the two namings are compared word by word, every word the same, spelled two
ways or an initial of the other, and at most one word another word, and only when the other words
are the same (a name of one word is never read as another word). Two people are never set against
each other: a report that writes both names tells two people (two victims of one list, a father and
his son), and a name told less fully ("Widiono" / "Widiono Hadiwijaya"), an initial written in full
("Yuda A. Seta" / "Yuda Anggara Seta") or a call sign inside the name are the same name. The words
before a name that are no part of it (ranks, corps, titles) are ``person_names`` of reconcile.yaml,
read once with the roles' ranks and the honorifics.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ceksilang.extract.entities import load_role_words, rank_length
from ceksilang.lang import load_data
from ceksilang.lang.letters import plain_letters
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import detail_item, shortened
from ceksilang.reconcile.sources import source_key
from ceksilang.reconcile.spellings import VOWELS, NamedSlotWords, folded, named_slot_words, one_word_two_spellings
from ceksilang.reconcile.stories import order_key
from ceksilang.reconcile.words import reconcile_words
from ceksilang.render.explain import message


@dataclass(frozen=True, slots=True)
class PersonNameWords:
    """``person_names`` of reconcile.yaml (see the comments there), with the roles' ranks and corps."""

    titles: frozenset[str]  # words before a name that are no part of it (the one-word ranks among them)
    titled: frozenset[str]  # ``titles`` and the honorifics: a one-word title before a name (``_title_length``)
    skipped: frozenset[str]  # ``titled`` and the stopwords: words taken off a tagged name's start (``_namings``)
    place_heads: tuple[tuple[str, ...], ...]  # words that open a place's name ("jalan", "bandar udara"), longest first
    not_people: frozenset[str]  # words that open a place's or a body's name: no person's
    glued_words: frozenset[str]  # common words of glued_word_min_letters (4) or more a name word may end in, glued on
    one_word_min_letters: int  # a one-word name spelled two ways is read only this long (folds aside)
    other_word_ratio: float  # a word of one name is another word of the same person's at this ratio
    other_word_min_letters: int
    shared_min_letters: int  # a word both names share, that makes them one person's, is this long
    final_vowel_apart: bool  # two names ending in different vowels are two names
    explained_score: float
    contradiction_score: float
    # ``place_heads`` by their first word, each list in ``place_heads``' order: a token is tried only against
    # the heads it can open (``_place_head_length``, asked at every capitalised token of a story's sentences)
    heads_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False)


@lru_cache(maxsize=4)
def person_name_words(language: str = "id") -> PersonNameWords:
    data = load_data("reconcile", language).get("person_names") or {}
    roles = load_role_words()
    # a rank of several words ("Letkol Laut", "Mayor Udara") is read as a phrase (``_title_length``), never
    # word by word: "Bandar Udara Sultan Hasanuddin" has no rank
    titles = {rank[0] for rank in roles.ranks if len(rank) == 1}
    titles |= {str(w).lower() for w in data.get("titles") or []}
    not_people = {str(w).lower() for w in data.get("not_people") or []}
    not_people |= {str(w).lower() for w in reconcile_words().place_heads}
    heads = {tuple(str(w).lower().split()) for w in [*reconcile_words().place_heads, *(data.get("place_heads") or [])]}
    glued_min = int(data.get("glued_word_min_letters", 4))
    glued = frozenset(w for w in reconcile_words().stopwords if len(w) >= glued_min and w.isalpha())
    # the unions the per-token loops ask, made once here rather than at every call
    titled = frozenset(titles) | reconcile_words().honorifics
    place_heads = tuple(sorted(heads, key=len, reverse=True))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for head in place_heads:
        if head:  # an empty head matches nothing that a longer one did not: the loop returned 0 on it
            by_first.setdefault(head[0], []).append(head)
    return PersonNameWords(frozenset(titles), titled, titled | reconcile_words().stopwords,
                           place_heads, frozenset(not_people),
                           glued, int(data.get("one_word_min_letters", 5)),
                           float(data.get("other_word_ratio", 60)), int(data.get("other_word_min_letters", 4)),
                           int(data.get("shared_min_letters", 3)), bool(data.get("final_vowel_apart", True)),
                           float(data.get("explained_score", 2.5)),
                           float(data.get("contradiction_score", 3.75)),
                           {w: tuple(hs) for w, hs in by_first.items()})


MAX_NAME_WORDS = 4  # words of a name read after a rank
_NAME_PARTS = re.compile(r"['’-]")  # "O'Neil", "Al-Habsyi"


def _name_word(token: str) -> bool:
    """A word a name is written in: a capital letter first, then letters, of any script ("Rayo",
    "Sébastien"), parts joined by an apostrophe or a hyphen ("O'Neil", "Al-Habsyi"), a capital inside
    only after a small letter or a joint ("McDonald"), never an acronym ("TNI"); or an initial ("A.")."""
    word = token.rstrip(".")
    if len(word) <= 1:
        return word.isalpha() and word.isupper()  # an initial; a lone dot is no word
    parts = _NAME_PARTS.split(word)
    if not word[0].isupper() or not all(p.isalpha() for p in parts) or not any(c.islower() for c in word):
        return False
    return not any(x.isupper() and y.isupper() for x, y in zip(word, word[1:]))


def _title_length(tokens: Sequence[str], k: int, pw: PersonNameWords) -> int:
    """How many of ``tokens`` from ``k`` on are one title before a name: a rank of roles.yaml, a rank
    and its corps as one phrase ("Letkol Laut"), or one word of ``titles`` or the honorifics; 0 if none."""
    return rank_length(tokens, k) or int(tokens[k].lower().rstrip(".") in pw.titled)


def _place_head_length(tokens: Sequence[str], k: int, pw: PersonNameWords) -> int:
    """How many of ``tokens`` from ``k`` on open a place's name ("Jalan", "Bandar Udara"), or 0: capitalised,
    as a name's head is, and not the last word of a longer name ("Polresta Pontianak Kota Ipda Yudi": a word of
    the station's name, the officer after it)."""
    if not tokens[k][:1].isupper() or (k > 0 and _name_word(tokens[k - 1])):
        return 0
    for head in pw.heads_by_first.get(tokens[k].lower().rstrip("."), ()):
        if k + len(head) <= len(tokens) and all(tokens[k + j].lower().rstrip(".") == w for j, w in enumerate(head)):
            return len(head)
    return 0


def _past_place_name(tokens: Sequence[str], k: int, pw: PersonNameWords) -> int:
    """Where the name of a place whose head ends before ``k`` ends: past the titles right after the head
    ("Jalan Jenderal Sudirman") and its capitalised words. A title after a word of the place's name opens a
    person's ("Polres Toba AKP Bungaran Samosir": the officer of the place)."""
    named = False
    while k < len(tokens):
        title = _title_length(tokens, k, pw)
        if title and named:
            break
        n = title or int(bool(_name_word(tokens[k].rstrip("."))))
        if not n:
            break
        named = named or not title
        k += n
    return k


def _place_spans(sentence: str, pw: PersonNameWords) -> list[tuple[int, int]]:
    """The spans of ``sentence`` that name a place after a person ("Jalan Jenderal Sudirman", "Bandar Udara
    Sultan Hasanuddin"): a place head, then titles and capitalised words. A person named there is none."""
    found = [(m.group(), m.start()) for m in re.finditer(r"[^\s,;:()]+|[,;:()]", sentence)]
    tokens = [t for t, _ in found]
    spans, k = [], 0
    while k < len(tokens):
        n = _place_head_length(tokens, k, pw)
        if not n:
            k += 1
            continue
        start = found[k][1]
        k = _past_place_name(tokens, k + n, pw)
        spans.append((start, found[k - 1][1] + len(tokens[k - 1])))
    return spans


@dataclass(slots=True)
class _Naming:
    doc: Document
    source: str
    written: str  # the name as the text writes it, titles off: "Yonatan Renden"
    words: tuple[str, ...]  # lower case, a trailing dot off
    sentence: str


def _namings(d: Document, source: str, pw: PersonNameWords) -> list[_Naming]:
    """The people ``d`` names: its PERSON mentions, the titles before a name off ("Pratu Aharul" ->
    "Aharul"), only names of capitalised words and initials ("Kapendam Cenderawasih", a role the tagger
    read as a name, has a role word and is left out)."""
    heads = load_role_words().head_words
    skip = pw.skipped
    places = [(s + a, s + b) for s, e in d.sentences for a, b in _place_spans(d.text[s:e], pw)]
    out = []
    for m in d.mentions:
        if m.label != "PERSON" or m.end <= m.start:
            continue
        if any(a <= m.start < b for a, b in places):
            continue  # "di Jalan Jenderal Sudirman": a street named after a person
        # "Kolonel Pnb.Subhan": a rank glued to the name by its dot
        tokens = [t for t in re.split(r"\s+|(?<=\.)(?=[A-Z][a-z])", d.text[m.start:m.end]) if t]
        while tokens and (n := _title_length(tokens, 0, pw) or int(tokens[0].lower().rstrip(".") in skip)):
            tokens = tokens[n:]
        if not tokens or not all(_name_word(t.rstrip(".")) for t in tokens) \
                or any(t.lower() in heads or t.lower().rstrip(".") in pw.not_people for t in tokens) \
                or all(len(t.rstrip(".")) == 1 for t in tokens):
            continue
        sentence = next((d.text[s:e] for s, e in d.sentences if s <= m.start < e), d.text[m.start:m.end])
        out.append(_Naming(d, source, " ".join(tokens), tuple(t.rstrip(".").lower() for t in tokens), sentence))
    # a name right after a rank or a title is a person's name where the tagger missed it ("Kolonel
    # Penerbang Suban", "Pratu Asharul")
    tagged = {n.written for n in out}
    for s, e in d.sentences:
        sentence = d.text[s:e]
        tokens = [t for t in re.split(r"\s+|(?<=\.)(?=[A-Z][a-z])|(?=[,;:()])|(?<=[,;:()])", sentence) if t]
        k = 0
        while k < len(tokens):
            if n := _place_head_length(tokens, k, pw):
                k = _past_place_name(tokens, k + n, pw)  # "di Jalan Jenderal Sudirman": a street's name
                continue
            if not rank_length(tokens, k) and tokens[k].lower().rstrip(".") not in pw.titles:
                k += 1
                continue
            while k < len(tokens) and (n := _title_length(tokens, k, pw)):
                k += n
            name = []
            while k < len(tokens) and len(name) < MAX_NAME_WORDS and _name_word(tokens[k].rstrip(".")) \
                    and tokens[k].lower() not in heads \
                    and (len(tokens[k].rstrip(".")) == 1 or tokens[k].lower().rstrip(".") not in skip):
                name.append(tokens[k].rstrip(".") if len(tokens[k].rstrip(".")) > 1 else tokens[k])
                k += 1
                if tokens[k - 1].endswith(".") and len(tokens[k - 1]) > 2:
                    break  # the sentence ends with the name
            while name and len(name[-1].rstrip(".")) == 1:
                name.pop()  # an initial ends no name ("Pratu A. dan ...")
            written = " ".join(name)
            if any(t.lower().rstrip(".") in pw.not_people for t in name):
                continue  # "Kapten Masjid Raya": a place
            if name and written not in tagged and not any(written in t for t in tagged):
                tagged.add(written)
                out.append(_Naming(d, source, written, tuple(t.rstrip(".").lower() for t in name), sentence))
    return out


def _initial_of(a: str, b: str) -> bool:
    return min(len(a), len(b)) == 1 and a[:1] == b[:1]


def _other_final_vowel(a: str, b: str) -> bool:
    """Two names that end in different vowels: a name's last vowel often tells a man's from a woman's
    ("Yanto" / "Yanti", "Hartono" / "Hartini"), never one name spelled two ways."""
    return a[-1] in VOWELS and b[-1] in VOWELS and a[-1] != b[-1]


def _glued(x: str, y: str, nw: NamedSlotWords, pw: PersonNameWords, alone: frozenset[str] = frozenset()) -> bool:
    """One word the other with letters after it, or a word ending in a common word ("Motidak": "Mo
    tidak") where the reports show it: the word without that tail is written alone in them ("Agnez Mo"),
    or is the other name's word. Words glued together in the text, not another name. A name that merely
    ends in a common word ("Suhari" / "Suharto", "Sundari" / "Sundoro") is no evidence."""
    fx, fy = folded(x, nw), folded(y, nw)
    if fx.startswith(fy) or fy.startswith(fx):
        return True
    return any(w.endswith(g) and len(w) - len(g) >= 2 and (w[:-len(g)] in alone or folded(w[:-len(g)], nw) == fo)
               for w, fo in ((x, fy), (y, fx)) for g in pw.glued_words)


# marks a name is typed with or without, the letters the same: an apostrophe for a glottal stop or an elided
# letter ("Ma'ruf" / "Maruf", "O'Brien" / "OBrien") in its typewriter and typographic forms
_NAME_MARKS = re.compile("['\u2018\u2019\u02bc\u0060\u00b4]")


def _bare(word: str) -> str:
    """The word's letters without accents ("Medellín" -> "medellin", "Ødegaard" -> "odegaard": ``plain_letters``,
    as entity names are compared) and without an apostrophe inside: what a reader sees as the same name typed on
    another keyboard."""
    return plain_letters(_NAME_MARKS.sub("", word))


def _word_relation(a: str, b: str, nw: NamedSlotWords, pw: PersonNameWords) -> str:
    """"same" (one word, an initial of it, an abbreviation, the same letters with or without an accent or
    an apostrophe: a typing of one spelling, not two spellings), "spelt" (one word spelled two ways),
    "other" (another word near enough to be the same person's) or "apart"."""
    if a == b or _bare(a) == _bare(b) or _initial_of(a, b) \
            or nw.abbreviation_of.get(a, a) == nw.abbreviation_of.get(b, b):
        return "same"
    if min(len(a), len(b)) == 1:
        return "apart"
    if one_word_two_spellings(a, b, nw) and not (pw.final_vowel_apart and _other_final_vowel(a, b)):
        return "spelt"
    if min(len(a), len(b)) >= pw.other_word_min_letters \
            and fuzz.ratio(folded(a, nw), folded(b, nw)) >= pw.other_word_ratio:
        return "other"
    return "apart"


def _how_named(a: tuple[str, ...], b: tuple[str, ...], nw: NamedSlotWords, pw: PersonNameWords,
               alone: frozenset[str] = frozenset()) -> tuple[str, frozenset[tuple[str, str]]] | None:
    """How two namings differ when they are one person's name written two ways: ("explained", the
    word pairs spelled two ways) or ("contradiction", the one word that is another word); None when
    they are the same name, one told less fully, or two people's. ``alone``: the words the story's reports
    write (lower case), where a word glued onto a name shows (``_glued``)."""
    if len(a) != len(b):
        # an initial dropped is the same name ("Budi S. Hartono" / "Budi Hartono"): the initials off, the rest equal
        if [w for w in a if len(w) > 1] == [w for w in b if len(w) > 1]:
            return None
        # two words written as one ("Dwi Purnomo" / "Dwipurnomo", "Yuda A. Seta" / "Yudha Aseta"); a name
        # told less fully ("Widiono" / "Widiono Hadiwijaya") is no slip of the glued letters
        ja, jb = "".join(a), "".join(b)
        if ja != jb and min(len(ja), len(jb)) > pw.one_word_min_letters and one_word_two_spellings(ja, jb, nw):
            return "explained", frozenset({(" ".join(a), " ".join(b))})
        return None
    relations = [(_word_relation(x, y, nw, pw), x, y) for x, y in zip(a, b)]
    if any(r == "apart" for r, _, _ in relations):
        return None
    spelt = frozenset((x, y) for r, x, y in relations if r == "spelt")
    other = frozenset((x, y) for r, x, y in relations if r == "other")
    shared = [x for r, x, y in relations if r == "same" and x == y and len(x) >= pw.shared_min_letters]
    if other:
        # another word only beside a word both names share: "Budi Hartanto" / "Budi Hartono"; a word that
        # is the other with letters after it is a word glued on in the text ("Dejan Ferdinansyahpasrah",
        # "Irwan Mussrygak") or a longer name, never another name for the same person
        if any(_glued(x, y, nw, pw, alone) for x, y in other):
            return None
        return ("contradiction", other) if len(other) == 1 and shared else None
    if not spelt:
        return None
    if len(a) == 1:
        (x, y), = spelt
        # a one-word name of few letters slips into another name too easily ("Rudi" / "Rida"): only
        # a sound written two ways or a doubled letter ("Ema" / "Emma")
        if min(len(x), len(y)) < pw.one_word_min_letters and folded(x, nw) != folded(y, nw):
            return None
    return "explained", spelt


def _written_in(d: Document, written: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(written) + r"(?![\w])", d.text) is not None


def name_variant_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """One person named two ways by independent sources of a story: one ``detail`` item per
    difference, with both spellings, the sentences and every report writing either (see the module's
    docstring)."""
    pw, nw = person_name_words(), named_slot_words()
    namings = [n for d in docs for n in _namings(d, source_key(d, by_id), pw)]
    alone = frozenset(w.lower() for d in docs for w in re.findall(r"\w+", d.text))
    # the fullest namings first: "Yonathan Renden" / "Yonatan Renden" is told before "Yonathan" / "Yonatan"
    namings.sort(key=lambda n: (-len(n.words), order_key(n.doc), n.written))
    told: list[frozenset[tuple[str, str]]] = []
    seen: set[frozenset[str]] = set()
    out: list[Discrepancy] = []
    for i, a in enumerate(namings):
        for b in namings[i + 1:]:
            if a.source == b.source or a.words == b.words:
                continue
            pair = frozenset((a.written, b.written))
            if pair in seen:
                continue
            seen.add(pair)
            how = _how_named(a.words, b.words, nw, pw, alone)
            if how is None:
                continue
            status, differences = how
            if any(differences <= t or {(y, x) for x, y in differences} <= t for t in told):
                continue
            # a report writing both names tells two people (or cannot tell which is right)
            if any(_written_in(d, a.written) and _written_in(d, b.written) for d in docs):
                continue
            told.append(differences)
            first, second = sorted((a, b), key=lambda n: order_key(n.doc))
            key = "detail.name_spelt" if status == "explained" else "detail.name_other"
            explanation = message(key, outlet_a=first.doc.outlet or first.doc.id, written_a=first.written,
                                  sentence_a=shortened(first.sentence), outlet_b=second.doc.outlet or second.doc.id,
                                  written_b=second.written, sentence_b=shortened(second.sentence))
            docs_of = sorted({d.id for d in docs if _written_in(d, a.written) or _written_in(d, b.written)})
            score = pw.explained_score if status == "explained" else pw.contradiction_score
            out.append(detail_item(story, docs_of, explanation, score, status=status))
    return out
