"""Entity linking: one ``Entity`` per real-world person, organisation or place across documents.

Mentions are grouped in four passes, each indexed so the cost stays near-linear in mentions:

1. gazetteer aliases share their entry ("AS" = "Amerika Serikat", "Korut" = "DPRK"); a
   metonym ("Pyongyang membantah") goes to the government it stands for;
2. other names group on their normalised form; "Long Name (ABBR)" joins the two;
3. spelling variants of full person names merge when their surnames share a consonant
   skeleton and the whole names are close (rapidfuzz ratio >= ``SPELLING_THRESHOLD``):
   "Anthony/Antony Blinken", "Zelenskiy/Zelenskyi/Zelenskyy";
4. a one-word person mention ("Blinken", "Kim") joins the one full name in its document, else
   in its story, that has that word as surname (or as first word: "Kim Song", "Prabowo ...");
   with several candidates in the document it takes the nearest preceding one, otherwise it
   stays an entity of its own.

Before the passes, a person's span that opens a sentence with a common word the model took into
the name ("Keengganan Pramono disapa ...") is cut to the name the document writes alone, so the
short form joins the right full name. Then each mention gets its ``entity`` id and each quote its
``speaker``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ceksilang.extract.entities import (
    GazetteerEntry,
    body_names_in,
    entity_id,
    find_name_aliases,
    glued_body_length,
    load_gazetteer,
    load_name_types,
    load_role_words,
    lookup_alias,
    no_name_word,
    normalise_name,
    short_form_of,
    without_degrees,
)
from ceksilang.extract.quotes import clips, load_quote_patterns
from ceksilang.ingest.unglue import abstract_noun
from ceksilang.lang import load_stopwords
from ceksilang.lang.word_frequencies import load_word_frequencies
from ceksilang.model import Document, Entity, Mention, MentionRef
from ceksilang.reconcile.spellings import named_slot_words
from ceksilang.reconcile.words import reconcile_words
from ceksilang.text import abbreviates, is_short_form_of, opens_sentence, without_bracketed_abbreviation

SPELLING_THRESHOLD = 88.0  # full-name ratio for two spellings of one person
SURNAME_THRESHOLD = 80.0  # a one-word mention against a surname spelled differently
_TYPE_ORDER = ("PERSON", "ORG", "GPE", "LOC")


# --------------------------------------------------------------------------- helpers


def surname_skeleton(token: str) -> str:
    """Consonant skeleton of a name token: "zelenskiy", "zelenskyy" -> "zlnsk"."""
    token = normalise_name(token).replace("ph", "f").replace("'", "")
    if not token:
        return ""
    head, rest = token[0], re.sub(r"[aeiouyhw]", "", token[1:])
    skeleton = head + rest
    return re.sub(r"(.)\1+", r"\1", skeleton)


def _group(label: str) -> str:
    return "place" if label in ("GPE", "LOC") else label.lower()


class _Clusters:
    """Union-find over string keys that refuses to join two different gazetteer entries."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.entry: dict[str, GazetteerEntry] = {}

    def add(self, key: str, entry: GazetteerEntry | None = None) -> str:
        if key not in self.parent:
            self.parent[key] = key
            if entry is not None:
                self.entry[key] = entry
        return key

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:  # path compression
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ea, eb = self.entry.get(ra), self.entry.get(rb)
        if ea is not None and eb is not None and ea.name != eb.name:
            return False
        if eb is not None and ea is None:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if ea is None and eb is not None:
            self.entry[ra] = eb
        return True


@dataclass(slots=True)
class _FullName:
    key: str
    tokens: tuple[str, ...]
    start: int
    first_written: str = ""  # the first word as written ("moh" of "Moh Ramli", keyed "muhammad")


@dataclass(slots=True)
class _Scope:
    """Full person names in a document or story, indexed by last and first word."""

    by_last: dict[str, list[_FullName]] = field(default_factory=lambda: defaultdict(list))
    by_first: dict[str, list[_FullName]] = field(default_factory=lambda: defaultdict(list))
    by_skeleton: dict[str, list[_FullName]] = field(default_factory=lambda: defaultdict(list))
    by_inner: dict[str, list[_FullName]] = field(default_factory=lambda: defaultdict(list))
    aliases: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # "zulhas" -> keys

    def add(self, name: _FullName) -> None:
        self.by_last[name.tokens[-1]].append(name)
        self.by_first[name.tokens[0]].append(name)
        self.by_skeleton[surname_skeleton(name.tokens[-1])].append(name)
        for token in name.tokens[1:-1]:  # "Eka" of "Mayndra Eka Wardhana"
            self.by_inner[token].append(name)


# --------------------------------------------------------------------------- linking


def person_name_tokens(norm: str) -> tuple[str, ...]:
    """A normalised person name without the forms of address and the ranks before it and the
    degrees after it ("mbah tupon" -> ("tupon",), "irjen herry" -> ("herry",), "h agus salim s h
    m si" -> ("agus", "salim")); the name itself is never emptied."""
    words = reconcile_words()
    tokens = norm.split()
    tokens = tokens[_titles_before_name(tokens, words.honorifics):]
    if len(tokens) >= 2:
        # "muh rizal", "moch rizal" and "muhammad rizal": one key for one person
        tokens = [_given_name_key(tokens[0]), *tokens[1:]]
    suffixes, lengths = _suffix_lookup(words.degree_suffixes)
    trimmed = True
    while trimmed:
        trimmed = False
        # longest first, as the word data orders them: two degrees of one length cannot both end it
        for n in lengths:
            if len(tokens) > n + 1 and tuple(tokens[-n:]) in suffixes:
                tokens = tokens[:-n]
                trimmed = True
                break
    return tuple(tokens)


def _given_name_key(word: str) -> str:
    """A short form of a given name writers shorten ("muh", "moch" -> "muhammad"), as the name; any
    other word as it is."""
    full = named_slot_words().abbreviation_of.get(word, word)
    return full if full in reconcile_words().dropped_given_names else word


# the degree suffixes of each word data seen, as a set and their lengths (longest first); keyed
# by identity, the tuple kept with them so that its id is not reused while the entry is here
_suffix_lookups: dict[int, tuple[tuple[tuple[str, ...], ...], frozenset[tuple[str, ...]], tuple[int, ...]]] = {}


def _suffix_lookup(suffixes: tuple[tuple[str, ...], ...]) -> tuple[frozenset[tuple[str, ...]], tuple[int, ...]]:
    found = _suffix_lookups.get(id(suffixes))
    if found is None or found[0] is not suffixes:
        # an empty suffix never ends a name of two words or more: it has no length to try
        found = (suffixes, frozenset(suffixes), tuple(sorted({len(s) for s in suffixes if s}, reverse=True)))
        if len(_suffix_lookups) > 8:
            _suffix_lookups.clear()
        _suffix_lookups[id(suffixes)] = found
    return found[1], found[2]


def _mention_key(m: Mention, clusters: _Clusters, metonyms: dict[str, set[str]]) -> str | None:
    """The cluster key of a mention, or None for a one-word person name (resolved later)."""
    entry = lookup_alias(m.text)
    gaz = load_gazetteer()
    if entry is not None and m.metonym and entry.stands_for:
        target = gaz.by_name[entry.stands_for]
        key = clusters.add("gaz:" + target.name, target)
        metonyms[key].add(m.text)
        return key
    if entry is not None:
        return clusters.add("gaz:" + entry.name, entry)
    norm = normalise_name(m.text)
    if m.label == "PERSON":
        bare = person_name_tokens(norm)
        if len(bare) < 2 and bare == tuple(norm.split()):
            return None
        # "Mbah Tupon" and "Pak Tupon": one person, keyed without the form of address
        return clusters.add("person:" + " ".join(bare))
    if m.origin == "model" and len(norm.split()) == 1 and not m.text.isupper():
        # the model often calls a surname a place ("Austin", "Kim"): try the people first
        return None
    return clusters.add(f"{_group(m.label)}:{norm}")


def _merge_spellings(names: dict[str, tuple[str, ...]], clusters: _Clusters) -> None:
    """Merge spelling variants of full person names, comparing only within a surname block."""
    blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, tokens in names.items():
        blocks[surname_skeleton(tokens[-1])].append((key, " ".join(tokens)))
    for members in blocks.values():
        if len(members) < 2:
            continue
        for i, (key_a, name_a) in enumerate(members):
            for key_b, name_b in members[i + 1:]:
                if name_a[0] != name_b[0] or clusters.find(key_a) == clusters.find(key_b):
                    continue
                if fuzz.ratio(name_a, name_b) >= SPELLING_THRESHOLD:
                    clusters.union(key_a, key_b)


def _candidates(scope: _Scope, token: str, exact_only: bool = False) -> list[_FullName]:
    found = scope.by_last.get(token) or scope.by_first.get(token)
    if found or exact_only:
        return found or []
    close = [n for n in scope.by_skeleton.get(surname_skeleton(token), [])
             if fuzz.ratio(n.tokens[-1], token) >= SURNAME_THRESHOLD]
    if close or len(token) < 4:
        return close
    # a first name spelled differently later in the text ("Robby Kusumaharta" ... "Roby bilang",
    # "Wishnu" ... "Whisnu"): the same first letter and a close spelling; one bearer only
    firsts = [first for first in scope.by_first
              if first[0] == token[0] and fuzz.ratio(first, token) >= SURNAME_THRESHOLD]
    return scope.by_first[firsts[0]] if len(firsts) == 1 else []


def _resolve_single(token: str, offset: int, doc_scope: _Scope | None, story_scope: _Scope | None,
                    clusters: _Clusters, whole_name: bool = False) -> str | None:
    """The cluster a one-word person name belongs to, or None when unknown or ambiguous.

    A second name the text gives for someone ("Zulhas", "Mualem") goes to them first; a word
    that is only ever a middle name in the document ("Eka") goes to its one bearer last. A
    ``whole_name`` (a document gives it as someone's name after their rank: "Ipda Faisal") joins
    a full name of another document only when spelt the same, never by a close spelling
    ("Faizal Ramadhani")."""
    for scope in (doc_scope, story_scope):
        if scope is not None and token in scope.aliases:
            roots = {clusters.find(k) for k in scope.aliases[token]}
            if len(roots) == 1:
                return roots.pop()
    if doc_scope is not None:
        found = _candidates(doc_scope, token) or doc_scope.by_inner.get(token, [])
        roots = {clusters.find(n.key) for n in found}
        if len(roots) == 1:
            return roots.pop()
        if roots:
            preceding = [n for n in found if n.start < offset]
            if preceding:
                return clusters.find(max(preceding, key=lambda n: n.start).key)
            return None
    if story_scope is not None:
        roots = {clusters.find(n.key) for n in _candidates(story_scope, token, exact_only=whole_name)}
        if len(roots) == 1:
            return roots.pop()
    return None


def _written_first_word(token: str, doc_scope: _Scope | None, clusters: _Clusters) -> str | None:
    """The one full name of the document that a lone short form of a given name opens as written
    ("Moh" cut off "Moh. Ramli" -> "Moh Ramli"; "Mohammad mengalami luka" -> "Mohammad Fadhillah
    Irfan"); never another spelling of it ("Moch" of "Moch. Nasir" is not "Mochamad Arif Budiman":
    full names key every form as "muhammad")."""
    if doc_scope is None:
        return None
    roots = {clusters.find(n.key) for n in doc_scope.by_first.get(_given_name_key(token), [])
             if n.first_written == token}
    return roots.pop() if len(roots) == 1 else None


def _join_parenthesised(doc: Document, keys: dict[int, str], clusters: _Clusters) -> None:
    """"Badan X Y (BXY)": the name and its abbreviation in brackets are one entity."""
    ms = sorted(doc.mentions, key=lambda m: m.start)
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if a.label == "PERSON" or b.label == "PERSON" or id(a) not in keys or id(b) not in keys:
            continue
        between = doc.text[a.end:b.start] if doc.text else ""
        if between.strip() != "(" or doc.text[b.end:b.end + 1] != ")":
            continue
        ka, kb = keys[id(a)], keys[id(b)]
        if ka.startswith("gaz:") and kb.startswith("gaz:"):
            continue  # both known: "Kursk (Rusia)" is a place and its country
        if abbreviates(b.text, a.text) or abbreviates(a.text, b.text):
            clusters.union(ka, kb)


def _join_aliases(doc: Document, keys: dict[int, str], clusters: _Clusters, doc_scope: _Scope,
                  story_scope: _Scope, second_names: set[str]) -> None:
    """Second names the text gives ("Zulkifli Hasan (Zulhas)", "Mualem, sapaan akrab Muzakir
    Manaf", "Saifullah Yusuf (Gus Ipul)"): a keyed short name joins the full name's cluster and
    is added to ``second_names`` (never the entity's name); a one-word one is remembered in the
    document's and story's scope for the one-word pass."""
    for short, full in find_name_aliases(doc.text or "", doc.mentions, reconcile_words().honorifics):
        if id(full) not in keys:
            continue
        if id(short) in keys:
            clusters.union(keys[id(full)], keys[id(short)])
            if normalise_name(short.text) != normalise_name(full.text):
                second_names.add(normalise_name(short.text))
        else:
            token = normalise_name(short.text)
            doc_scope.aliases[token].append(keys[id(full)])
            story_scope.aliases[token].append(keys[id(full)])


def _join_addressed_names(addressed: Sequence[tuple[str, str, str]], doc_scopes: Mapping[str, _Scope],
                          clusters: _Clusters) -> None:
    """One word after a rank or a title ("Irjen Herry", "H. Shidarta"; ``addressed``: document,
    word, key) joins the one full name of its document that opens or ends with that word ("Kapolda
    Riau Irjen Pol Herry Heryawan" ... "ujar Irjen Herry"): the article names one person twice, the
    second time by rank and one name. Without such a name, or with two bearers, it stays as it is
    (the one word alone later joins it, as "Tupon" joins "Mbah Tupon")."""
    for doc_id, token, key in addressed:
        scope = doc_scopes[doc_id]
        fuller = [n for n in (*scope.by_first.get(token, ()), *scope.by_last.get(token, ())) if len(n.tokens) >= 2]
        roots = {clusters.find(n.key) for n in fuller}
        if len(roots) == 1:
            clusters.union(roots.pop(), key)


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a title-case line (a headline: most words capitalised)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = text[start:end if end >= 0 else len(text)].split()
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) / len(words) >= 0.7


class _HeadlineLines:
    """``_in_headline`` of one document's positions, worked out once per line: the prefix and
    infix joins ask it of every name, and a paragraph (a whole text, when it has no line breaks)
    names many people."""

    __slots__ = ("text", "by_start")

    def __init__(self, text: str):
        self.text = text
        self.by_start: dict[int, bool] = {}

    def __call__(self, pos: int) -> bool:
        line = self.text.rfind("\n", 0, pos) + 1
        found = self.by_start.get(line)
        if found is None:
            found = self.by_start[line] = _in_headline(self.text, pos)
        return found


def _names_outside_headlines(scope: _Scope, in_headline: _HeadlineLines
                             ) -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], int]]:
    """The document's person names (as words) read outside its headline lines: each name's key, and
    where the name is first written (names glue to headline words, so a headline is no witness)."""
    key_of: dict[tuple[str, ...], str] = {}
    first: dict[tuple[str, ...], int] = {}
    for group in scope.by_first.values():
        for n in group:
            if not in_headline(n.start):
                key_of[n.tokens] = n.key
                first[n.tokens] = min(first.get(n.tokens, n.start), n.start)
    return key_of, first


def _join_name_prefixes(scope: _Scope, clusters: _Clusters, text: str,
                        in_headline: _HeadlineLines | None = None) -> None:
    """"Ahmad Faisol" and "Ahmad Faisol Amir" in one document: a person's name written without
    its last word(s) joins the one longer name it opens. A longer name read only in a headline
    ("Pinkan Mambo Kini Jualan Donat") is not trusted: title case glues words to names."""
    names, first = _names_outside_headlines(scope, in_headline or _HeadlineLines(text))
    for tokens, key in names.items():
        # the full name is introduced before it is shortened; a longer form met only later
        # ("… judul "…, Agung Laksono Anggap Sudah Bagus"") is words glued to the name
        longer = {clusters.find(k) for t, k in names.items()
                  if len(t) > len(tokens) and t[:len(tokens)] == tokens and first[t] < first[tokens]}
        if len(longer) == 1:
            clusters.union(longer.pop(), key)


def _join_name_infixes(scope: _Scope, clusters: _Clusters, text: str,
                       in_headline: _HeadlineLines | None = None) -> None:
    """"Gede Eka Sandi Asmadi" and later "Eka Sandi" in one document: a name of two or more words
    written as the inner words of exactly one longer name given before it (neither its first
    nor its last word) is that person. Names read in a headline are left out, as for prefixes."""
    key_of, first = _names_outside_headlines(scope, in_headline or _HeadlineLines(text))
    for tokens, key in key_of.items():
        if len(tokens) < 2:
            continue
        size = len(tokens)
        holders = {clusters.find(k) for t, k in key_of.items()
                   if len(t) >= size + 2 and first[t] < first[tokens]
                   and any(t[i:i + size] == tokens for i in range(1, len(t) - size))}
        if len(holders) == 1:
            clusters.union(holders.pop(), key)


def _join_one_word_surnames(scope: _Scope, clusters: _Clusters, one_word: Sequence[_FullName]) -> None:
    """"Rayan Ait-Nouri" and later "kata Ait-Nouri" in one document: a surname written as one
    hyphenated word normalises to two words ("ait nouri"), so it is keyed as a full name of its own
    and the one-word surname rule never sees it. Written alone, it is the surname of the one longer
    name given before it in the document that ends in those words."""
    names = [n for group in scope.by_last.values() for n in group]
    for short in one_word:
        size = len(short.tokens)
        holders = {clusters.find(n.key) for n in names
                   if len(n.tokens) > size and n.tokens[-size:] == short.tokens and n.start < short.start}
        if len(holders) == 1:
            clusters.union(holders.pop(), short.key)


def _join_story_prefixes(scope: _Scope, clusters: _Clusters) -> None:
    """"Rosihan Juhrian" in one report, "Rosihan Juhriah Rangkuti" in another of the same story:
    a name that opens exactly one longer name of the story, its last word a close spelling of
    the word at that place, is that person written shorter."""
    names = {n.tokens: n.key for group in scope.by_first.values() for n in group}
    dropped = reconcile_words().dropped_given_names
    for tokens, key in names.items():
        if len(tokens) < 2:
            continue
        head, last = tokens[:-1], tokens[-1]
        if all(w in dropped for w in head):
            continue  # "Muhammad Imran" and "Moh Irwan Afandi": a shared "Muhammad" is no shared name
        # an exact prefix is the document's to judge (_join_name_prefixes: headlines, order)
        longer = {clusters.find(k) for t, k in names.items()
                  if len(t) > len(tokens) and t[:len(head)] == head and t[len(head)] != last
                  and fuzz.ratio(t[len(head)], last) >= SURNAME_THRESHOLD}
        if len(longer) == 1:
            clusters.union(longer.pop(), key)


def _join_story_suffixes(scope: _Scope, clusters: _Clusters, used_alone: set[str]) -> None:
    """"Denny Prakoso" in one report, "Ramdan Denny Prakoso" in another of the same story: a
    name of two or more words that ends exactly one longer name of the story is that person
    written without their first name(s), when the story also calls someone by those first
    names alone ("kata Ramdan") or they are a given name writers leave out ("Muhammad" of
    "Muhammad Yusrinal Fitriandi" ... "Yusrinal Fitriandi"); a word glued before a name ("Debut
    Xabi Alonso", "Menbud Fadli Zon") is never used so."""
    dropped = reconcile_words().dropped_given_names
    names = {n.tokens: n.key for group in scope.by_last.values() for n in group}
    for tokens, key in names.items():
        if len(tokens) < 2:
            continue
        enders = [(t, k) for t, k in names.items() if len(t) > len(tokens) and t[-len(tokens):] == tokens]
        longer = {clusters.find(k) for t, k in enders if all(w in used_alone for w in t[:-len(tokens)])}
        if not longer:
            # a given name left out: only when no other name of the story ends so ("Ahmad Darmawan
            # Saleh" beside "Muhammad Darmawan Saleh" leaves "Darmawan Saleh" to neither)
            ends = {clusters.find(k) for _, k in enders}
            if len(ends) == 1 and all(w in dropped for w in enders[0][0][:-len(tokens)]):
                longer = ends
        if len(longer) == 1:
            clusters.union(longer.pop(), key)


def link_entities(documents: Sequence[Document], story_of: Mapping[str, str] | None = None) -> list[Entity]:
    """Link every document's mentions into entities; set ``Mention.entity`` and ``Quote.speaker``."""
    clusters = _Clusters()
    metonyms: dict[str, set[str]] = defaultdict(set)
    keys: dict[int, str] = {}  # id(mention) -> key
    singles: list[tuple[Document, Mention]] = []
    full_names: dict[str, tuple[str, ...]] = {}
    second_names: set[str] = set()  # "gus ipul" of "Saifullah Yusuf (Gus Ipul)"
    alone_in_story: dict[str, set[str]] = defaultdict(set)  # one-word person names used in each story
    doc_scopes: dict[str, _Scope] = {}
    story_scopes: dict[str, _Scope] = defaultdict(_Scope)

    def story(doc_id: str) -> str:
        if story_of is None:
            return ""
        return story_of.get(doc_id, "doc:" + doc_id)

    addressed: list[tuple[str, str, str]] = []  # (document, one word, key) of "Irjen Herry", "H. Shidarta"
    for doc in documents:
        one_word_names: list[_FullName] = []  # this document's full names written as one word
        _persons_inside_spans(doc)
        _units_cut_off_names(doc)
        _sentence_words_cut_off_names(doc)
        scope = doc_scopes.setdefault(doc.id, _Scope())
        for m in doc.mentions:
            key = _mention_key(m, clusters, metonyms)
            if key is None:
                singles.append((doc, m))
                if m.label == "PERSON" and normalise_name(m.text) not in load_role_words().head_words:
                    alone_in_story[story(doc.id)].add(normalise_name(m.text))
                continue
            keys[id(m)] = key
            written = tuple(normalise_name(m.text).split())
            tokens = person_name_tokens(" ".join(written)) if m.label == "PERSON" else written
            # a full name, or one word with a form of address ("Mbah Tupon") that later "Tupon" joins
            if m.label == "PERSON" and (len(tokens) >= 2 or tokens != written) and not m.metonym:
                if len(tokens) >= 2:
                    full_names.setdefault(key if not key.startswith("gaz:") else "person:" + " ".join(tokens), tokens)
                if key.startswith("gaz:"):
                    clusters.union(clusters.add("person:" + " ".join(tokens)), key)
                if len(tokens) == 1:
                    addressed.append((doc.id, tokens[0], key))
                name = _FullName(key=key, tokens=tokens, start=m.start,
                                 first_written=written[min(len(written) - 1, _titles_before_name(
                                     written, reconcile_words().honorifics))])
                scope.add(name)
                story_scopes[story(doc.id)].add(name)
                if len(tokens) >= 2 and not any(c.isspace() for c in m.text.strip()):
                    one_word_names.append(name)  # "Ait-Nouri", "Kore-eda": one written word
        _join_parenthesised(doc, keys, clusters)
        _join_aliases(doc, keys, clusters, scope, story_scopes[story(doc.id)], second_names)
        headline_lines = _HeadlineLines(doc.text or "")
        _join_name_prefixes(scope, clusters, doc.text or "", headline_lines)
        _join_name_infixes(scope, clusters, doc.text or "", headline_lines)
        _join_one_word_surnames(scope, clusters, one_word_names)

    _join_addressed_names(addressed, doc_scopes, clusters)
    for scope in story_scopes.values():
        _join_story_prefixes(scope, clusters)
    for story_id, scope in story_scopes.items():
        _join_story_suffixes(scope, clusters, alone_in_story[story_id])
    # gazetteer people's full aliases take part in spelling merges too
    for entry in load_gazetteer().entries:
        if entry.type != "PERSON" or clusters.parent.get("gaz:" + entry.name) is None:
            continue
        for alias in entry.aliases:
            tokens = tuple(normalise_name(alias).split())
            if len(tokens) >= 2:
                alias_key = clusters.add("person:" + " ".join(tokens))
                clusters.union(alias_key, "gaz:" + entry.name)
                full_names.setdefault(alias_key, tokens)
        # a fuller name the reports write with words inside the canonical one ("Nadiem Anwar
        # Makarim" for "Nadiem Makarim", the text's "Nadiem" matched by the gazetteer) is that person
        canon = tuple(normalise_name(entry.name).split())
        if len(canon) >= 2:
            for key, tokens in list(full_names.items()):
                if len(tokens) > len(canon) and tokens[0] == canon[0] and tokens[-1] == canon[-1] \
                        and set(canon) <= set(tokens):
                    clusters.union(key, "gaz:" + entry.name)
    _merge_spellings(full_names, clusters)

    spoken = _speaker_names_at(documents)
    whole_names = {(doc.id, normalise_name(m.text)) for doc, m in singles if _after_rank(doc.text or "", m.start)}
    for doc, m in singles:
        token = normalise_name(m.text)
        if _given_name_key(token) in reconcile_words().dropped_given_names:
            root = _written_first_word(token, doc_scopes.get(doc.id), clusters)
        else:
            root = _resolve_single(token, m.start, doc_scopes.get(doc.id), story_scopes.get(story(doc.id)), clusters,
                                   whole_name=(doc.id, token) in whole_names)
        said = spoken.get((doc.id, m.start, m.end))
        if root is None and said is not None and said != token and m.label == "PERSON" \
                and short_form_of(token, said):
            # no full name of its own, but the quote finder read this short or misspelt form as a
            # person it names in full ("kata Kus" after "Kuseryansyah", "Enggar" after
            # "Enggartiasto Lukita", "Praktikno" after "Pratikno")
            said_tokens = person_name_tokens(said)
            if len(said_tokens) >= 2 and ("person:" + " ".join(said_tokens)) in clusters.parent:
                root = clusters.find("person:" + " ".join(said_tokens))
            elif len(said_tokens) == 1:
                token = said_tokens[0]
                root = _resolve_single(token, m.start, doc_scopes.get(doc.id), story_scopes.get(story(doc.id)),
                                       clusters)
        if root is not None:
            # a body's bracketed short form ("Dinas Pariwisata (Dispar)") joins the body and stays
            # a body; any other one-word name that resolves is a person's
            if not (m.label != "PERSON" and root.startswith(("org:", "place:"))):
                m.label = "PERSON"
            keys[id(m)] = root
        elif m.label == "PERSON":
            keys[id(m)] = clusters.add("person:" + token)
        else:
            keys[id(m)] = clusters.add(f"{_group(m.label)}:{token}")

    speaker_forms = {normalise_name(q.speaker_name) for doc in documents for q in doc.quotes if q.speaker_name}
    entities = _build_entities(documents, keys, clusters, metonyms, second_names, speaker_forms)
    _attach_speakers(documents, entities)
    _full_names_from_quotes(documents, entities)
    _full_body_names_from_quotes(documents, entities)
    return entities


_WHOLE_WORD = re.compile(r"(?<!\w)\w+")


def _after_rank(text: str, pos: int) -> bool:
    """Whether a police or military rank ("Ipda", "AKP", "Kombes Pol") is written right before
    ``pos``: what follows is the person's name as the text gives it in full."""
    # searched in the whole text between two offsets (not a slice of it), so that a word cut by the
    # window's start ("Kesatuanmayor" read as "mayor") does not look whole: the look-behind sees it
    before = _WHOLE_WORD.findall(text, max(0, pos - 24), pos)
    ranks, lengths = _rank_lookup()
    return any(tuple(w.lower() for w in before[-n:]) in ranks for n in lengths if len(before) >= n)


@lru_cache(maxsize=1)
def _rank_lookup() -> tuple[frozenset[tuple[str, ...]], tuple[int, ...]]:
    """The ranks as a set and their lengths: the words before a name are looked up once per
    length, not compared with every rank, for every one-word name of a story."""
    ranks = load_role_words().ranks
    return frozenset(ranks), tuple(sorted({len(r) for r in ranks}))


def without_titles(name: str) -> str:
    """A person's name as shown, without the titles and the rank written before it ("H. Shidarta"
    -> "Shidarta", "Irjen Pol Herry" -> "Herry", "Kapten Cba Muhabib" -> "Muhabib"; reconcile.yaml
    name_titles, roles.yaml ranks): the quote finder names the speaker so, and the gold names
    people so. A form of address ("Mbah Tupon") stays; the last word always stays."""
    words = name.split()
    return " ".join(words[_titles_before_name([normalise_name(w) for w in words], reconcile_words().name_titles):])


def _titles_before_name(tokens: Sequence[str], titles: frozenset[str]) -> int:
    """How many of the first ``tokens`` (normalised, one a word) are titles of ``titles`` and ranks
    ("h irjen pol herry" -> 3), the last token never counted: what ``person_name_tokens`` (forms of
    address) and ``without_titles`` (the titles shown) leave out before a name."""
    n = 0
    while len(tokens) - n > 1:
        if tokens[n] in titles:
            n += 1
            continue
        rank = _rank_at_start(tokens[n:])
        if not rank or rank >= len(tokens) - n:
            break
        n += rank
    return n


def _rank_at_start(tokens: Sequence[str]) -> int:
    """How many of the first ``tokens`` (normalised) are one rank ("irjen pol", "kapten cba"), or 0."""
    ranks, lengths = _rank_lookup()
    return next((n for n in reversed(lengths) if tuple(tokens[:n]) in ranks), 0)


def _acronym(word: str) -> bool:
    """"DJP", "BPJamsostek": two or more capitals, the short name of a body."""
    return sum(c.isupper() for c in word) >= 2


def _written_as_name(word: str, texts: Sequence[str]) -> bool:
    """Whether a text writes ``word`` capitalised right after a lower-case word or a comma that
    joins no role ("kata Agung Soesilo", "ujar Mark Erdmann"): a name there, whatever it means
    in lower case. "Pelayanan, dan Hubungan Masyarakat" is a role's words joined; a noun for a
    person ("Ibu", "Pihak") is never a name."""
    if word.lower() in load_quote_patterns().person_nouns:
        return False  # "ucap Ibu Sri": a noun for a person, written capitalised as a form of address
    connectors = load_role_words().connectors
    pattern = re.compile(r"(?:(?<![\w-])([a-z]+)|,)\s+" + re.escape(word) + r"(?![\w-])")
    return any(m.group(1) not in connectors for t in texts for m in pattern.finditer(t))


def without_glued_words(name: str, names_alone: set[str], texts: Sequence[str] = (),
                        bodies: Collection[str] = ()) -> str:
    """A person's name without the words glued before it that are no name -- the end of a role
    ("Kepala Dinas Pariwisata Hariyanto" tagged "Pariwisata Hariyanto", "Deputi Kepesertaan
    BPJamsostek Pramudya ...") or a sentence's first word ("Sesaat Rahman") -- when what is left
    is written as this person's name on its own (``names_alone``, normalised). The first word cut
    must be no name word (``no_name_word``, or an abstract noun of a known root: "Keengganan
    Pramono", ``abstract_noun``; a word that is also a given name, "Rahmat", "Tulus", stays) that
    ``texts`` never write as a name mid-sentence
    ("Agung Soesilo", "Mark Erdmann" stay); a body's short name may follow it ("Hubungan
    Masyarakat DJP Rosmauli"). A company or body glued before the name (``glued_body_length``,
    with the article's ``bodies``: "Trimegah Sekuritas Rovandi", "Bapanas Sarwo Edhy") is cut the
    same way when what is left is written alone. The name as given when nothing fits."""
    words = name.split()
    glued = glued_body_length(words, bodies)
    if glued and normalise_name(" ".join(words[glued:])) in names_alone:
        return " ".join(words[glued:])
    if len(words) < 2 or not (no_name_word(words[0]) or abstract_noun(words[0])) \
            or _written_as_name(words[0], texts) \
            or any(name.startswith(p + " ") for p in load_name_types().name_prefixes):
        return name  # "Anak Agung Ngurah Pranajaya": a Balinese name's opening words
    for cut in range(1, len(words)):
        if normalise_name(" ".join(words[cut:])) in names_alone:
            if all(no_name_word(w) or _acronym(w) for w in words[1:cut]):
                return " ".join(words[cut:])
            return name
    return name


# a capitalised word inside a mention, also where the page glued it to the word before
# ("KetuaDPRDJabar Iwan", "RIJudha", "(PKP)Fahri"): starts at a space, a bracket or a case change
_GLUED_WORD = re.compile(r"(?:(?<=[\s)(])|(?<=[a-z])|(?<=[A-Z])(?=[A-Z][a-z])|^)[A-Z][\w'\-]*")


def _name_word(word: str) -> bool:
    """A word that can be part of a person's name: capitalised, no acronym, no common or role
    word, no word a body's name opens or ends with."""
    low = word.lower()
    types = load_name_types()
    return word[:1].isupper() and not _acronym(word) and not no_name_word(word) \
        and low not in types.organisation_last_words and low not in types.organisation_first_words


def person_at_end(text: str, alone: set[str]) -> tuple[int, str] | None:
    """The person's name a model span ends with after a role's or body's words it swallowed
    ("XII DPR RI Bambang Patijaya", "KetuaDPRDJabar Iwan Suryawan", "BTN Nixon LP Napitupulu"),
    found through a one-word name the text also uses alone for someone (``alone``: "Bambang"):
    that word opens the name, which runs to the span's end in two to four name words. Its
    offset in ``text`` and the name; None when no word fits."""
    words = [(m.start(), m.group()) for m in _GLUED_WORD.finditer(text)]
    for i, (start, word) in enumerate(words):
        if word in alone and 2 <= len(words) - i <= 4 and _name_word(words[-1][1]) and len(words[-1][1]) >= 3 \
                and all(_name_word(w) or (len(w) <= 3 and w.isupper()) for _, w in words[i + 1:]):
            return start, text[start:].strip()
    return None


def _units_cut_off_names(doc: Document) -> None:
    """A person's span that opens with the unit a head's short form was written before ("kata Kabid
    Binpres Eng Hian", tagged "Binpres Eng Hian"): after a bare "Kabid", "Kasat" or "Kanit"
    (``compound_head_prefixes``) the next word names the unit, so where the rest of the span is a
    person's name the document also writes alone ("Eng Hian"), the span becomes that name."""
    text = doc.text or ""
    alone = {normalise_name(m.text) for m in doc.mentions if m.label == "PERSON"}
    for m in doc.mentions:
        if m.label != "PERSON" or " " not in m.text.strip() or not _after_unit_head(text, m.start):
            continue
        rest = m.text.split(None, 1)[1]
        if normalise_name(rest) in alone:
            m.start, m.text = m.end - len(rest), rest


def _sentence_words_cut_off_names(doc: Document) -> None:
    """A person's span that opens a sentence with a common word the model took into the name
    ("Keengganan Pramono disapa ...", "Fokus Bojan dalam ..." beside "Pramono", "Bojan" alone):
    where the first word is one news writes in lower case, or an abstract noun on a known root
    the counts lack (``abstract_noun``: ke-...-an, peN-...-an), no given-name list holds it
    (``common_word_given_names``: "Rahmat", "Tulus"; ``tradition_name_words``: "Made"), this text
    never writes it as a name mid-sentence, and the rest is one word this document writes alone
    as a person's name, the span becomes that name. Else the short form would join the span's
    last word ("Pramono" going to "Keengganan Pramono" rather than to "Pramono Anung"). Any other
    derived-looking word ("Selena", "Terawan") stays a name, and English text is left alone."""
    text = doc.text or ""
    if doc.language == "en":
        return
    alone = {normalise_name(m.text) for m in doc.mentions if m.label == "PERSON" and " " not in m.text.strip()}
    if not alone:
        return
    types, freq = load_name_types(), load_word_frequencies()
    for m in doc.mentions:
        if m.label != "PERSON" or m.origin == "gazetteer" or len(m.text.split()) != 2 \
                or not opens_sentence(text, m.start):
            continue
        first, rest = m.text.split()
        low = first.lower()
        if normalise_name(rest) not in alone or low in types.common_word_given_names \
                or low in types.given_name_heads or low in load_role_words().head_words:
            continue
        if (abstract_noun(first) or (low in freq.counts and low not in freq.names)) \
                and low not in types.tradition_name_words and not _written_as_name(first, [text]):
            m.start, m.text = m.end - len(rest), rest


def _after_unit_head(text: str, pos: int) -> bool:
    """Whether a bare head's short form ("Kabid", "Kasat") stands right before ``pos``: the word at
    ``pos`` then names the unit it heads, not a person."""
    before = text[max(0, pos - 12):pos]
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].lower() in load_role_words().compound_head_prefixes


def _persons_inside_spans(doc: Document) -> None:
    """A span the model took for a body or place that ends in a person's name after a role's or
    body's words, where the text also names that person by one word alone ("kata Bambang"): the
    span becomes the person's name, a PERSON, so the one word joins it. Where the whole span is
    the name ("Sheila Indira Maharshi" tagged ORG) it is relabelled."""
    alone = {m.text for m in doc.mentions if m.label == "PERSON" and " " not in m.text and m.text[:1].isupper()}
    if not alone:
        return
    for m in doc.mentions:
        if m.label == "PERSON" or m.metonym or m.origin == "gazetteer" or lookup_alias(m.text) is not None:
            continue
        found = person_at_end(m.text, alone)
        if found is None or lookup_alias(found[1]) is not None \
                or re.match(r"\s[A-Z]", (doc.text or "")[m.end:m.end + 2]):
            continue  # a span cut inside a name ("Ade R" of "Ade R Susardi") is no whole name
        offset, name = found
        m.start, m.text, m.label = m.start + offset, name, "PERSON"


def _speaker_names_at(documents: Sequence[Document]) -> dict[tuple[str, int, int], str]:
    """(document, start, end) of each speaker's span -> the speaker's name the quote finder
    read there, normalised; a span read as two different names is left out."""
    found: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for doc in documents:
        for q in doc.quotes:
            if q.speaker_name and q.speaker_start is not None and q.speaker_end is not None:
                found[(doc.id, q.speaker_start, q.speaker_end)].add(normalise_name(q.speaker_name))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _take_fuller_names(entities: list[Entity], fuller: Mapping[str, set[str]]) -> None:
    """Each entity of ``fuller`` (entity id -> the fuller names its quotes give) takes the one
    fuller name its quotes agree on, unless another entity already goes by it; its name before
    stays an alias."""
    by_id = {e.id: e for e in entities}
    taken = {normalise_name(e.name) for e in entities}
    for eid, names in fuller.items():
        if len(names) == 1 and normalise_name(next(iter(names))) not in taken:
            e = by_id[eid]
            e.aliases = list(dict.fromkeys([*e.aliases, e.name]))
            e.name = next(iter(names))


def _full_names_from_quotes(documents: Sequence[Document], entities: list[Entity]) -> None:
    """A person the model only named by part of their name ("ujar Umam", with the full
    "Kapolsek Jelutung, Iptu Chairil Umam" missed) whose quotes the extractor named in full from
    the same article: the entity takes that full name (the short forms stay aliases). Only when
    the full name is written in the article, holds every word of every form of the entity, adds
    no word of a body or a place the article names, and all its quotes agree on it."""
    by_id = {e.id: e for e in entities}
    fuller: dict[str, set[str]] = defaultdict(set)
    not_name = load_role_words().head_words | load_name_types().organisation_first_words | load_stopwords()
    for doc in documents:
        text = doc.text or ""
        other_words = {w for m in doc.mentions if m.label != "PERSON" for w in normalise_name(m.text).split()}
        bodies = body_names_in(text, doc.mentions)
        for q in doc.quotes:
            e = by_id.get(q.speaker or "")
            if e is None or e.type != "PERSON" or not q.speaker_name or q.speaker_name not in text:
                continue
            full = set(normalise_name(q.speaker_name).split())
            forms = [set(normalise_name(f).split()) for f in (e.name, *e.aliases)]
            # a form's word may be the end of the full name's given name, when that is a plain word:
            # "Tika" of "Kartika Yudia Ramlan" (not "Merz" of "KanselirJermanFriedrich Merzmenyatakan")
            given = q.speaker_name.split()[0]
            if given[:1].isupper() and given[1:].islower():
                forms = [{w for w in f if w in full or not (clips(w, given) and given.lower().endswith(w))}
                         for f in forms]
            if len(full) <= len(forms[0]) or not all(f <= full for f in forms):
                continue
            extra = full - forms[0]
            if any(_after_unit_head(text, found.start()) for found in re.finditer(re.escape(q.speaker_name), text)):
                continue  # "Kabid Binpres Eng Hian": the word after "Kabid" names the unit, no fuller name
            if without_glued_words(q.speaker_name, {normalise_name(f) for f in (e.name, *e.aliases)}, [text],
                                   bodies) != q.speaker_name:
                continue  # "Kontrak Pedro Acosta" beside "Pedro Acosta": a word glued on, not a fuller name
            # no word of a body or place, no role or body word ("Ditjen Hubdar"), and no word the
            # article also writes in lower case: a headline glued to the name ("Ruben Amorim Siap
            # Mundur Jika Dianggap Gagal") is not a name
            if extra & (other_words | not_name) or any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)
                                                       for w in extra):
                continue
            fuller[e.id].add(" ".join(q.speaker_name.split()))
    _take_fuller_names(entities, fuller)


def _full_body_names_from_quotes(documents: Sequence[Document], entities: list[Entity]) -> None:
    """A body the model named short ("Dinas Pariwisata", "Disnakertrans") whose quotes the quote
    finder named by the fuller name the article writes ("Dinas Pariwisata Kabupaten Bantul",
    "Dinas Ketenagakerjaan dan Transmigrasi DIY"): the entity takes that name, the short forms
    stay aliases. Only when the fuller name opens with a form of the entity, or with words one of
    its forms abbreviates, and every quote of the entity that is named longer agrees on it."""
    by_id = {e.id: e for e in entities}
    fuller: dict[str, set[str]] = defaultdict(set)
    for doc in documents:
        for q in doc.quotes:
            e = by_id.get(q.speaker or "")
            if e is None or e.type != "ORG" or not q.speaker_name:
                continue
            full = without_bracketed_abbreviation(" ".join(q.speaker_name.split()))
            words = full.split()
            if len(words) <= len(e.name.split()) or not words[0][:1].isupper() \
                    or any("." in w or w.endswith("-") for w in words):
                continue  # "KOMPAS.com- Badan ...": a dateline glued on is no part of a body's name
            forms = [" ".join(f.split()) for f in (e.name, *e.aliases)]
            opens = any(normalise_name(full).startswith(normalise_name(f) + " ") for f in forms)
            short = any(" " not in f and f != words[0]
                        and any(is_short_form_of(f, " ".join(words[:k])) for k in range(2, len(words) + 1))
                        for f in forms)
            if opens or short:
                fuller[e.id].add(full)
    _take_fuller_names(entities, fuller)


def _build_entities(documents: Sequence[Document], keys: dict[int, str], clusters: _Clusters,
                    metonyms: dict[str, set[str]], second_names: set[str] = frozenset(),
                    speaker_forms: set[str] = frozenset()) -> list[Entity]:
    """One entity per cluster, named by its gazetteer entry, else by its fullest form: the most
    words, then a form the quote finder named a speaker by ("Kuseryansyah" over the "Kus" the
    text uses more), then the most used; never a second name the text gave next to the full one,
    nor a speaker's full name with a region or body before it ("Sleman Agung Nugroho")."""
    members: dict[str, list[Mention]] = defaultdict(list)
    for doc in documents:
        for m in doc.mentions:
            members[clusters.find(keys[id(m)])].append(m)
    metonyms_by_root: dict[str, set[str]] = defaultdict(set)
    for key, forms in metonyms.items():
        metonyms_by_root[clusters.find(key)] |= forms

    text_of = {doc.id: doc.text or "" for doc in documents}
    bodies_of = {doc.id: body_names_in(doc.text or "", doc.mentions) for doc in documents}
    spoken_in = {doc.id: {normalise_name(q.speaker_name) for q in doc.quotes if q.speaker_name} for doc in documents}
    entities: list[Entity] = []
    used_ids: set[str] = set()
    for root, ms in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        entry = clusters.entry.get(root)
        written_name = None
        if entry is not None and entry.type == "PERSON":
            # a gazetteer person is named as the story's reports write them at their fullest: the
            # entry joins the mentions, its canonical name adds no word no report wrote ("Trump"
            # stays "Trump", "Nadiem Anwar Makarim" stays whole)
            written_name = _name_as_written(entry.name, ms, text_of)
        if entry is not None and written_name is None:
            label, name = entry.type, entry.name
        else:
            labels = Counter(m.label for m in ms if not m.metonym)
            label = max(_TYPE_ORDER, key=lambda t: (labels[t], -_TYPE_ORDER.index(t)))
            forms = Counter(m.text for m in ms)
            # "Sleman Agung Nugroho" beside the speaker "Agung Nugroho": a longer form that is a
            # speaker's full name with words before it the quote finder cut off (a region, a body)
            # is not the fuller name
            spoken_full = {normalise_name(f) for f in forms
                           if normalise_name(f) in speaker_forms and len(f.split()) >= 2}
            padded = {f for f in forms if normalise_name(f) not in speaker_forms
                      and any(normalise_name(f).endswith(" " + s) for s in spoken_full)}
            # a title or rank before a name makes it no fuller ("Irjen Hendra" beside "Hendra Wiratama")
            words_of = {f: len((without_titles(f) if label == "PERSON" else f).split()) for f in forms}
            name = max(forms, key=lambda f: (normalise_name(f) not in second_names, f not in padded,
                                             words_of[f], normalise_name(f) in speaker_forms, forms[f], len(f)))
            if written_name is not None:
                label, name = "PERSON", written_name or name
            if label == "PERSON":
                # "Pariwisata Hariyanto" beside "Hariyanto": the words glued before a name the
                # articles (or the quote finder) also give alone are no part of it
                names_alone = {normalise_name(f) for f in forms if f != name}
                names_alone.update(*(spoken_in.get(d, ()) for d in {m.doc for m in ms}))
                texts = [text_of[d] for d in {m.doc for m in ms} if d in text_of]
                bodies = set().union(*(bodies_of.get(d, ()) for d in {m.doc for m in ms}))
                name = without_titles(without_degrees(without_glued_words(name, names_alone, texts, bodies)))
            elif label == "ORG":
                # "Otoritas Jasa Keuangan (OJK)": a body is named without the short form it gives
                # in brackets (the gold convention of tests/gold/coverage/FORMAT.md); "(Persero)" stays
                name = without_bracketed_abbreviation(name)
        eid = entity_id(label, entry.name if entry is not None else name)
        n = 2
        while eid in used_ids:
            eid = f"{entity_id(label, name)}-{n}"
            n += 1
        used_ids.add(eid)
        aliases = list(dict.fromkeys(m.text for m in ms if not m.metonym))
        roles: dict[str, str] = {}
        for m in ms:
            if m.role:
                roles.setdefault(" ".join(m.role.split()).lower(), " ".join(m.role.split()))
        for m in ms:
            m.entity = eid
        entities.append(Entity(
            id=eid, name=name, type=label, aliases=aliases, roles=list(roles.values()),
            mentions=[MentionRef(doc=m.doc, start=m.start, end=m.end, text=m.text) for m in ms],
            metonyms=sorted(metonyms_by_root.get(root, ())),
        ))
    return entities


def _name_as_written(canonical: str, mentions: Sequence[Mention], text_of: Mapping[str, str]) -> str | None:
    """The name a gazetteer person's entity goes by when its canonical name is not the one the
    story's reports write, else None (the canonical name stays). The canonical name stays when a
    report writes it (in any case, or glued by the scrape: "Sri MulyaniIndrawati") or every word of
    it is written in the entity's mentions. A mention that opens with its first word and holds
    every word of it and more ("Nadiem Anwar Makarim" for "Nadiem Makarim") names the person. A
    canonical name with a word no report writes ("Donald Trump" where the reports only write
    "Trump", "Gibran Rakabuming Raka" for "Gibran Rakabuming", "Benjamin" where they write
    "Benyamin Netanyahu") gives way to the written forms: "" (chosen as for any other person)."""
    words = normalise_name(canonical).split()
    # a short form in brackets is no part of a fuller name ("Sri Sultan Hamengku Buwono (HB) X")
    forms = [without_titles(without_degrees(" ".join(_BRACKETED.sub("", m.text).split()))) for m in mentions
             if not m.metonym and m.label == "PERSON"]
    spelt = _given_names_before(words, mentions, text_of)
    forms += spelt
    form_words = [normalise_name(f).split() for f in forms]
    fuller = [f for f, fw in zip(forms, form_words) if len(fw) > len(words) and set(words) <= set(fw)
              and fw[0] == words[0] and f[:1].isupper()]
    if fuller:
        return max(fuller, key=lambda f: (forms.count(f), len(f)))
    if not forms:
        return None
    written = re.compile(r"\s*".join(re.escape(w) for w in canonical.split()), re.IGNORECASE)
    if any(written.search(text_of.get(d, "")) for d in {m.doc for m in mentions}):
        return None
    if set(words) <= {w for fw in form_words for w in fw}:
        return None
    # the reports' spelling of the canonical name ("Syaifullah Yusuf" beside the nickname "Gus
    # Ipul" of "Saifullah Yusuf", "Sergey Lavrov"), else the written forms as for any person
    spelt += [f for f, fw in zip(forms, form_words) if len(fw) == len(words) and all(map(_spelled_like, fw, words))]
    if not spelt and len(words) >= 2:
        for doc in sorted({m.doc for m in mentions}):
            tokens = _NAME_RUN.findall(text_of.get(doc, ""))
            for i in range(len(tokens) - len(words) + 1):
                run = tokens[i:i + len(words)]
                if all(t[:1].isupper() and _spelled_like(normalise_name(t), w) for t, w in zip(run, words)):
                    spelt.append(" ".join(run))
    return max(spelt, key=lambda f: (spelt.count(f), len(f))) if spelt else ""


_BRACKETED = re.compile(r"\([^()]*\)")
# a word of a name, or the gap between two (a comma, a full stop, a lower-case word) that breaks a run
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*|[^\w\s]+|(?<!\w)[a-z]\w*")


def _spelled_like(a: str, b: str) -> bool:
    """Two normalised name words that are one spelled two ways: the same first letter and a
    rapidfuzz ratio of at least ``SURNAME_THRESHOLD`` ("benyamin" / "benjamin")."""
    return a[:1] == b[:1] and fuzz.ratio(a, b) >= SURNAME_THRESHOLD


def _given_names_before(words: Sequence[str], mentions: Sequence[Mention], text_of: Mapping[str, str]) -> list[str]:
    """A gazetteer person's fuller forms written around a mention of a shorter alias: the run of
    capitalised words the mention stands in that opens with a word spelled like the canonical
    name's first word and closes with one spelled like its last (same first letter, rapidfuzz
    ratio >= ``SURNAME_THRESHOLD``) and holds one like each of its words: "Benyamin Netanyahu"
    around the alias "Netanyahu" of "Benjamin Netanyahu", "Nadiem Anwar Makarim" around "Nadiem"."""
    like = _spelled_like
    found: list[str] = []
    for m in mentions:
        alias = m.text.split()
        if m.metonym or m.label != "PERSON" or len(alias) >= len(words):
            continue
        text = text_of.get(m.doc, "")
        before = _CAPITALISED_BEFORE.search(text, max(0, m.start - 60), m.start)
        after = _CAPITALISED_AFTER.match(text, m.end, m.end + 60)
        run = (before.group(1).split() if before else []) + alias + (after.group(1).split() if after else [])
        first = len(before.group(1).split()) if before else 0
        norm = [normalise_name(w) for w in run]
        spans = [(i, j) for i in range(first + 1) for j in range(first + len(alias) - 1, len(run))
                 if j - i + 1 >= len(words) and like(norm[i], words[0]) and like(norm[j], words[-1])
                 and all(any(like(x, w) for x in norm[i:j + 1]) for w in words)]
        if spans:
            i, j = min(spans, key=lambda ij: ij[1] - ij[0])
            found.append(" ".join(run[i:j + 1]))
    return found


_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]* ){1,3})$")
_CAPITALISED_AFTER = re.compile(r"((?: [A-Z][\w'’-]*){1,3})")


def _attach_speakers(documents: Sequence[Document], entities: list[Entity]) -> None:
    """Set ``Quote.speaker`` from the speaker's mention span, else from the speaker's name."""
    by_alias: dict[str, set[str]] = defaultdict(set)
    by_id = {e.id: e for e in entities}
    for e in entities:
        for form in (e.name, *e.aliases):
            by_alias[normalise_name(form)].add(e.id)
    for doc in documents:
        ordered = sorted(doc.mentions, key=lambda m: m.start)
        for q in doc.quotes:
            q.speaker = _speaker_of(q.speaker_name, q.speaker_start, q.speaker_end, ordered, by_alias, by_id)
            # a joint statement: each co-speaker is found the way the speaker is
            for co in q.co_speakers:
                co.entity = _speaker_of(co.name, co.start, co.end, ordered, by_alias, by_id)


def _place_inside_name(mention: Mention, name: str | None) -> bool:
    """A place the speaker's name only ends with or holds ("DKI Jakarta" of "Command Center
    Disgulkarmat DKI Jakarta"): the speaker is the body named, not the place."""
    if mention.label not in ("GPE", "LOC") or not name:
        return False
    place, whole = normalise_name(mention.text).split(), normalise_name(name).split()
    return len(whole) > len(place) and any(whole[i:i + len(place)] == place for i in range(len(whole)))


def _names_someone_else(mention: Mention, name: str | None, by_alias: dict[str, set[str]],
                        by_id: dict[str, Entity]) -> bool:
    """The quote finder named a person the span's mention does not name: "Bupati Kotim juga
    menyampaikan" read as Halikinnor, the regent the article introduced, while the span holds only
    the role's place "Kotim" (a model PERSON). The span's mention is a person's, no word of one is a
    word or a short form of the other, and the name is one person's name of the batch."""
    if not name or mention.label != "PERSON":
        return False  # "Kemenhub mencatat ...": a body's own span speaks for it, whoever the finder names
    said = normalise_name(name)
    written = normalise_name(mention.text).split()
    if not written or set(written) & set(said.split()) or any(short_form_of(w, said) for w in written):
        return False
    found = by_alias.get(said, set())
    return len(found) == 1 and mention.entity not in found and by_id[next(iter(found))].type == "PERSON"


def _speaker_of(name: str | None, start: int | None, end: int | None, mentions: list[Mention],
                by_alias: dict[str, set[str]], by_id: dict[str, Entity]) -> str | None:
    """The entity of a speaker: the mention its span overlaps most, else its name or surname."""
    if start is not None and end is not None:
        best, best_overlap = None, 0
        for m in mentions:
            overlap = min(m.end, end) - max(m.start, start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
        if best is not None and best.entity and not _place_inside_name(best, name) \
                and not _names_someone_else(best, name, by_alias, by_id):
            return best.entity
    if not name:
        return None
    entry = lookup_alias(name)
    if entry is not None:
        eid = entity_id(entry.type, entry.name)
        if eid in by_id:
            return eid
    norm = normalise_name(name)
    found = by_alias.get(norm, set())
    if len(found) == 1:
        return next(iter(found))
    tokens = norm.split()
    if not tokens:
        return None
    # a name given without the title the text wrote with it ("Simeon Barber" of "Dr Simeon Barber"):
    # the one person of this document whose written form holds all its words
    holders = {m.entity for m in mentions if m.label == "PERSON" and m.entity and len(tokens) >= 2
               and set(tokens) <= set(normalise_name(m.text).split())}
    if len(holders) == 1:
        return holders.pop()
    # a surname: prefer the person of this document who carries it
    in_doc = {m.entity for m in mentions if m.label == "PERSON" and m.entity
              and tokens[-1] in normalise_name(m.text).split()}
    if len(in_doc) == 1:
        return in_doc.pop()
    return None


__all__ = ["link_entities", "person_name_tokens", "surname_skeleton", "SPELLING_THRESHOLD", "SURNAME_THRESHOLD"]
