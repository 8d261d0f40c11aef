"""Copies of an earlier report (reprints, partial reprints, spun or retold copies), linked with ``derived_from``.

A spinning site swaps words for synonyms and reorders sentences, so word-shingle Jaccard (used for near-duplicates
in ``dedup.py``) falls well below its bar. Here each sentence becomes a set of content-word keys (stopwords dropped,
synonyms mapped to one word by ``lang/id/synonyms.yaml``, affixes normalised as in ``stories.py``, figures kept
apart), and one twin alignment (``twins``) sets each sentence of a later report beside the earlier report's sentence
it keeps: Dice of the word keys at least ``sentence_overlap``, figures left out (a copy that changed a figure still
kept the sentence), each sentence used once, the most alike first. ``copy_edits.py`` reads the same alignment to show
what a copy changed. From the alignment (``copy_evidence``), a later report is a copy when

* most of its own sentences (``min_share``) have a twin, in any order (a spinner reorders), as a share of its own
  sentences, whatever it adds;
* or it keeps a block of ``min_block`` sentences in a row nearly word for word, in the earlier report's order, and
  the earlier report is another outlet's (copy71: a regional site printing a wire's first half and its own lines);
* or it credits the earlier report's outlet, or both credit one wire ("dilansir dari Kompas.com", "mengutip
  Antara": ``lang/id/credits.yaml``), with ``min_credit_share`` of its own sentences twinned (copy71: one text
  retold, reworded); two reports crediting one other name (a company's price page) both read a source (mend54);

and the twins are not one template's frame: when most of them, or most of those stating figures on both sides,
state other figures (a daily price page, a match preview filled for another match, two newsrooms writing one
price list in their own sentences), the two are not copies.

Quoted speech is not evidence of copying: the words of the quotes the quotes component found
(``quote_kinds``) are the speaker's, and every reporter at one press conference or doorstop writes them
down alike. A sentence with at least ``quoted_share`` of its characters inside quotes is not one of the report's
own sentences: it is neither counted nor the twin that counts, so only what the outlets wrote themselves tells a
copy from two reports of one statement. (Keeping the attribution around a quote instead, "...," kata X di Y,
Senin, made independent reports look alike again: those tails are formulaic.) But a reprint of a quote-heavy
article keeps both (mend50b): when the outlets' own sentences align (at least ``min_own_sentences`` of them, at
``min_share``) and the quoted sentences are twinned in one order, those count as well; so a lightly reworded
reprint whose narration is two sentences around five quotes is still a copy, while two reporters of one press
conference, whose narration differs, are not.

Candidate pairs come from MinHash LSH over each document's whole key set (order-free, so
reordering does not hide a copy), optionally restricted to pairs within one story; all pairs of
a corpus are never compared.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data
from ceksilang.model import Document, Story
from ceksilang.reconcile.detail_items import published_days_apart
from ceksilang.reconcile.stories import content_terms, order_key
from ceksilang.text import split_sentences, stem


@dataclass(frozen=True, slots=True)
class DeriveSettings:
    sentence_overlap: float = 0.6  # Dice of two sentences' word keys (figures left out) to make them twins
    min_share: float = 0.6  # twinned share of the later document's own sentences to mark it derived
    min_sentence_keys: int = 4  # shorter sentences (datelines, "Baca juga") are not counted
    min_sentences: int = 3  # documents with fewer countable sentences are left alone
    max_days_apart: int = 2  # a spinner copies fresh news; older look-alikes are a template's days
    max_sentence_docs: int = 3  # a sentence found in more documents is stock text, not evidence
    quote_kinds: tuple[str, ...] = ("direct", "partial")  # speech whose words are not evidence of copying
    quoted_share: float = 0.5  # a sentence this much inside quotes is the speaker's, not the outlet's: no keys
    min_own_sentences: int = 2  # the outlet's own sentences that must align before quoted ones count (mend50b)
    # a partial reprint (copy71): a run of this many of the later document's own sentences in a row, each the
    # twin of one earlier sentence of another outlet, nearly word for word (``block_overlap``) and in the earlier
    # document's order, is a block taken whole, whatever the reprint adds around it; with at least
    # ``min_block_share`` of its own sentences twinned, it is a copy
    min_block: int = 3
    min_block_share: float = 0.3
    block_overlap: float = 0.85  # the block's sentences are kept word for word, or nearly (Dice of word keys)
    # a credited copy (copy71): the later document credits the earlier one's outlet, or both credit one wire
    # (mend54: ``credits.yaml``'s wires) ("dilansir dari Kompas.com", "mengutip Antara": ``lang/<lang>/credits.yaml``),
    # and at least this share of its own sentences (and ``min_credit_twins`` of them) are twins: one text retold,
    # not two newsrooms' reports
    min_credit_share: float = 0.3
    min_credit_twins: int = 2
    # a template's frame (copy71): when more than this share of the twins that state figures on both sides state
    # other ones (mend54: of those twins, not of all; at least ``min_refilled`` of them, and mend55: with no more
    # than this share of all twins kept word for word, ``block_overlap``), the two are one frame filled twice (a
    # daily price page, a match preview, two newsrooms writing one price list), not a copy; a reprint that changed
    # one figure keeps the others, and one that updated two keeps its sentences around them word for word
    template_share: float = 0.5
    min_refilled: int = 2
    lsh_threshold: float = 0.3  # Jaccard of whole-document key sets for a candidate pair
    num_perm: int = 64


DEFAULT_DERIVE_SETTINGS = DeriveSettings()


@lru_cache(maxsize=1)
def synonym_table() -> dict[str, str]:
    """Word -> the first word of its synonym group (``lang/id/synonyms.yaml``), as stems."""
    data = load_data("synonyms")
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, list):
        raise LanguageDataError("synonyms: expected a 'groups' list of word lists")
    table: dict[str, str] = {}
    for group in groups:
        words = [str(w).lower() for w in group]
        head = stem(words[0])
        for word in words:
            table[word] = head
            table.setdefault(stem(word), head)
    return table


@dataclass(frozen=True, slots=True)
class CreditData:
    pattern: re.Pattern[str]  # a cue, the words between, then the credited name (group "name")
    not_outlets: frozenset[str]  # keys of platforms, not outlets
    wires: frozenset[str]  # keys of wires and agencies credited by name alone
    endings: frozenset[tuple[str, ...]]  # a web address's public endings, as labels ("co", "id")
    host_labels: frozenset[str]  # host labels that are no name ("www", "m")
    source_endings: frozenset[tuple[str, ...]]  # endings of a government's or an organisation's own site
    wire_tails: tuple[str, ...]  # keys of words after a wire's name that are still that wire ("news")


@lru_cache(maxsize=4)
def credit_data(lang: str = "id") -> CreditData:
    """The credit cues of ``lang/<lang>/credits.yaml``, compiled: cue, words between, then a name (a domain, a name
    run together with capitals inside as "detikNews", or one to three capitalised words); and the parts of a web
    address its outlet's name is read from."""
    data = load_data("credits", lang)
    keys = ("cues", "between", "not_outlets", "wires", "domain_endings", "host_labels", "source_endings",
            "wire_tails")
    if not isinstance(data, dict) or not all(isinstance(data.get(k), list) for k in keys):
        raise LanguageDataError("credits: expected " + ", ".join(repr(k) for k in keys) + " lists")
    words = lambda items: "|".join(sorted((r"\s+".join(map(re.escape, str(w).split())) for w in items),
                                          key=len, reverse=True))
    name = r"(?P<name>[\w-]+(?:\.[\w-]+)+|[a-z]+[A-Z][\w-]*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    pattern = re.compile(rf"(?i:\b(?:{words(data['cues'])}))\s+(?:(?i:{words(data['between'])})\s+)*{name}")
    labels = lambda items: frozenset(tuple(str(w).lower().split(".")) for w in items)
    endings, hosts = labels(data["domain_endings"]), frozenset(str(w).lower() for w in data["host_labels"])
    key = lambda w: _name_key(str(w), endings, hosts)
    return CreditData(pattern, frozenset(key(w) for w in data["not_outlets"]), frozenset(key(w) for w in data["wires"]),
                      endings, hosts, labels(data["source_endings"]),
                      tuple(sorted((key(w) for w in data["wire_tails"]), key=len, reverse=True)))


def _address(name: str, hosts: frozenset[str]) -> list[str]:
    """The labels of a name written as a web address, lower case, a bracketed note and no-name hosts ("www") off;
    one label for a name that is no address."""
    name = re.sub(r"\(.*?\)", " ", name).strip().lower()
    labels = [x for x in name.split(".") if x]
    if len(labels) > 1:
        labels = [x for x in labels if x not in hosts] or labels
    return labels or [name]


def _ending(labels: list[str], endings: frozenset[tuple[str, ...]]) -> int:
    """How many of an address's last labels make its longest public ending (0: none listed)."""
    return max((len(e) for e in endings if len(e) < len(labels) and tuple(labels[-len(e):]) == e), default=0)


def _name_key(name: str, endings: frozenset[tuple[str, ...]], hosts: frozenset[str]) -> str:
    channel = re.match(r"([a-z]{3,})[A-Z]", name.strip())
    if channel and "." not in name:
        return channel.group(1)  # an outlet's channel run into its name: "detikNews", "detikSulsel" are detik
    labels = _address(name, hosts)
    if len(labels) > 1:
        # the registered name: the label before the public ending ("news.detik.com", "kontan.co.id"); an ending
        # not listed is taken to be the last label
        labels = [labels[-(_ending(labels, endings) or 1) - 1]]
    return re.sub(r"[\W_]+", "", labels[0])


def _outlet_key(name: str, lang: str = "id") -> str:
    """An outlet's name as credits and outlet fields are compared: lower-case, a bracketed note dropped, a web
    address's registered name (the label before its public ending, ``credits.yaml``), letters and digits only
    ("Kompas.com", "KOMPAS.com", "nasional.kompas.com" and "Kompas (xcloud)" are "kompas"; "tribun-medan.com" is
    "tribunmedan"; a channel run into its name, "detikNews", is "detik"; "Antara News" is "antara")."""
    data = credit_data(lang)
    key = _name_key(name, data.endings, data.host_labels)
    # a wire's name with a word after it ("Yonhap News", "antaranews.com") is that wire
    return next((key[:-len(t)] for t in data.wire_tails if key.endswith(t) and key[:-len(t)] in data.wires), key)


def _a_source_site(name: str, data: CreditData) -> bool:
    """Whether a credited web address is a government's, a school's or an organisation's own site ("bmkg.go.id")."""
    labels = _address(name, data.host_labels)
    return len(labels) > 1 and _ending(labels, data.source_endings) > 0


def credited_outlets(doc: Document, known: Iterable[str] = (), lang: str = "id") -> frozenset[str]:
    """The outlets ``doc`` credits for its text (keys as ``_outlet_key`` makes them): a name written as a web
    address, a wire of ``credits.yaml`` or one of the ``known`` outlet keys (the batch's outlets); its own outlet
    and platforms left out."""
    data = credit_data(lang)
    own = _outlet_key(doc.outlet or "", lang)
    outlets = data.wires | set(known)
    found = set()
    for m in data.pattern.finditer(doc.text):
        name = m.group("name")
        key = _outlet_key(name, lang)
        if (len(key) < 3 and key not in data.wires) or key in data.not_outlets or (own and key == own):
            continue
        if _a_source_site(name, data):
            continue  # a ministry's or a body's own site: a source both reports quote, not a text reprinted
        # one outlet named two ways has one key (``_outlet_key``: a web address's registered name, a channel's
        # outlet); a key that only starts another is another outlet ("kompasiana" / "kompas")
        if "." in name or key in outlets:
            found.add(key)
    return frozenset(found)


def _credits_link(later: Document, earlier: Document, credits: Mapping[str, frozenset[str]],
                  lang: str = "id") -> bool:
    """``later`` credits ``earlier``'s outlet, or both credit one wire (``credits.yaml``'s wires: one agency text
    both print). Two reports crediting one other name (a company's price page, a body's site written as an
    address) both read one source; that is no evidence that one reprints the other (mend54)."""
    theirs = _outlet_key(earlier.outlet or "", lang)
    mine = credits.get(later.id, frozenset())
    if theirs and theirs in mine:
        return True
    return bool(mine & credits.get(earlier.id, frozenset()) & credit_data(lang).wires)


def _normalise(key: str, surface: str, synonyms: Mapping[str, str]) -> str:
    low = surface.lower()
    return synonyms.get(low) or synonyms.get(key) or key


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document as the twin alignment sees it: its span, its word keys (stopwords dropped,
    synonyms mapped, figures left out), its figure keys, and whether it is mostly inside a quote."""
    start: int
    end: int
    words: frozenset[str]
    figures: frozenset[str]
    quoted: bool


def sentences_of(text: str, quoted: Sequence[tuple[int, int]] = (),
                 quoted_share: float = DEFAULT_DERIVE_SETTINGS.quoted_share) -> list[Sentence]:
    """The sentences of ``text`` with their keys; a sentence with at least ``quoted_share`` of its characters
    inside the ``quoted`` spans (what a speaker said) is marked ``quoted``."""
    synonyms = synonym_table()
    out = []
    for start, end in split_sentences(text):
        inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quoted)
        keys = {_normalise(k, s, synonyms) for k, s in content_terms(text[start:end])}
        figures = frozenset(k for k in keys if k.startswith("#"))
        out.append(Sentence(start, end, frozenset(keys - figures), figures,
                            bool(quoted) and inside >= quoted_share * (end - start)))
    return out


def sentence_keys(text: str, quoted: Sequence[tuple[int, int]] = (),
                  quoted_share: float = DEFAULT_DERIVE_SETTINGS.quoted_share) -> list[frozenset[str]]:
    """One key set per sentence of ``text`` (synonyms mapped, stopwords dropped, figures as '#' keys). A sentence
    with at least ``quoted_share`` of its characters inside the ``quoted`` spans (what a speaker said) gets no
    keys: every report of the statement has it."""
    return [frozenset() if s.quoted else s.words | s.figures for s in sentences_of(text, quoted, quoted_share)]


def _quoted_spans(doc: Document, settings: DeriveSettings) -> list[tuple[int, int]]:
    """The spans of the quotes the quotes component found in ``doc`` (what its speakers said), of the
    kinds ``settings.quote_kinds``."""
    return [(q.start, q.end) for q in doc.quotes if q.kind in settings.quote_kinds]


def doc_sentences(doc: Document, settings: DeriveSettings = DEFAULT_DERIVE_SETTINGS) -> list[Sentence]:
    """``sentences_of`` a document, its quotes (``settings.quote_kinds``) marking the quoted sentences."""
    return sentences_of(doc.text, _quoted_spans(doc, settings), settings.quoted_share)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def twins(later: Sequence[frozenset[str]], earlier: Sequence[frozenset[str]],
          overlap: float = DEFAULT_DERIVE_SETTINGS.sentence_overlap) -> list[int | None]:
    """The twin alignment: for each of ``later``'s key sets, the index of its twin in ``earlier`` (or None).
    Two sentences are twins when their keys' Dice is at least ``overlap``; each sentence has one twin at most,
    the most alike pairs taken first (ties: the earlier sentences first, so the result never depends on a set's
    hash order). Used both to tell a copy (``mark_derived``) and to set what a copy kept beside its original
    (``copy_edits.kept_sentences``). Empty key sets have no twin."""
    index: dict[str, list[int]] = {}
    for j, sent in enumerate(earlier):
        for key in sent:
            index.setdefault(key, []).append(j)
    scored = []
    for i, sent in enumerate(later):
        shared: dict[int, int] = {}
        for key in sent:
            for j in index.get(key, ()):
                shared[j] = shared.get(j, 0) + 1
        for j, n in shared.items():
            score = 2 * n / (len(sent) + len(earlier[j]))
            if score >= overlap:
                scored.append((-score, i, j))
    scored.sort()
    out: list[int | None] = [None] * len(later)
    taken: set[int] = set()
    for _, i, j in scored:
        if out[i] is None and j not in taken:
            out[i] = j
            taken.add(j)
    return out


def aligned_share(later: Sequence[frozenset[str]], earlier: Sequence[frozenset[str]],
                  settings: DeriveSettings = DEFAULT_DERIVE_SETTINGS,
                  stock: frozenset[frozenset[str]] = frozenset()) -> float:
    """Share of ``later``'s countable key sets (``sentence_keys``) with a twin in ``earlier``, in any order (the
    figure keys left out of the comparison). Sentences in ``stock`` (an outlet's standing paragraphs, repeated
    across many documents) are not counted."""
    strip = [frozenset(k for k in s if not k.startswith("#")) for s in later]
    countable = [s for s in strip if len(s) >= settings.min_sentence_keys and s not in stock]
    if len(countable) < settings.min_sentences:
        return 0.0
    earlier = [frozenset(k for k in s if not k.startswith("#")) for s in earlier]
    return sum(m is not None for m in twins(countable, earlier, settings.sentence_overlap)) / len(countable)


def _in_order(matches: Sequence[int | None]) -> int:
    """How many of the matched sentences keep one order in both documents: the longest run of counterparts
    whose places rise (a longest increasing subsequence)."""
    tails: list[int] = []
    for m in matches:
        if m is None:
            continue
        k = bisect_left(tails, m)
        tails[k:k + 1] = [m]
    return len(tails)


def _longest_block(matches: Sequence[int | None]) -> int:
    """The longest run of consecutive sentences each twinned, their twins rising in the other document."""
    best = run = 0
    previous: int | None = None
    for m in matches:
        run = run + 1 if m is not None and previous is not None and m > previous else (1 if m is not None else 0)
        previous = m
        best = max(best, run)
    return best


@dataclass(frozen=True, slots=True)
class CopyEvidence:
    """What the twin alignment of a later document with an earlier one shows: ``share`` (its own sentences
    twinned, or with the quoted ones where mend50b counts them), ``block`` (the longest run of its own sentences
    kept in order), ``template`` (the twins are one frame filled with other figures) and ``is_copy``."""
    share: float
    block: int
    template: bool
    is_copy: bool


NO_COPY = CopyEvidence(0.0, 0, False, False)


def _refilled(a: Sentence, b: Sentence) -> bool:
    """Two twinned sentences that both state figures, not the same ones: one frame filled twice."""
    return bool(a.figures and b.figures and a.figures != b.figures)


def copy_evidence(later: Sequence[Sentence], earlier: Sequence[Sentence],
                  settings: DeriveSettings = DEFAULT_DERIVE_SETTINGS,
                  stock: frozenset[frozenset[str]] = frozenset(), one_outlet: bool = False,
                  credited: bool = False) -> CopyEvidence:
    """Is ``later`` a copy of ``earlier``? One twin alignment of their countable sentences (word keys, figures
    left out, at least ``min_sentence_keys``, not stock); then, counting the later document's own sentences
    (not mostly quoted) twinned with the earlier's own sentences:

    * the share of its own sentences twinned, any order (a spinner reorders), against ``min_share``; where the
      outlets' own sentences align so (``min_own_sentences`` of them) and the quoted sentences keep one order,
      the share of all its sentences, the quoted ones in order counted too (mend50b);
    * a block: ``min_block`` own sentences in a row twinned nearly word for word (``block_overlap``) in the
      earlier's order, with at least
      ``min_block_share`` of its own sentences twinned (a partial reprint: a wire's first half and the
      outlet's own lines around it); only between two outlets (not ``one_outlet``): an outlet's follow-up
      articles reuse its own background paragraphs as a block, and are not reprints;
    * a credit (``credited``: it credits the earlier one's outlet, or both credit one wire) with at least
      ``min_credit_share`` of its own sentences twinned (``min_credit_twins`` at least): one text retold;
    * not a template: when more than ``template_share`` of the twins state figures on both sides and not the
      same ones, or of the twins stating figures on both sides more than that share (``min_refilled`` at least)
      state other ones while no more than that share of all twins are kept word for word (``block_overlap``,
      figures left out: a reprint that updated two figures keeps the rest), both are one frame filled twice,
      and nothing is a copy.
    """
    later_c = [s for s in later if len(s.words) >= settings.min_sentence_keys and s.words not in stock]
    earlier_c = [s for s in earlier if len(s.words) >= settings.min_sentence_keys]
    if len(later_c) < settings.min_sentences or not earlier_c:
        return NO_COPY
    matches = twins([s.words for s in later_c], [s.words for s in earlier_c], settings.sentence_overlap)
    twinned = [(s, earlier_c[m]) for s, m in zip(later_c, matches) if m is not None]
    figured = [(a, b) for a, b in twinned if a.figures and b.figures]
    refilled = sum(1 for a, b in figured if _refilled(a, b))
    # mend55: template siblings share the frame and little else; a reprint keeps its sentences word for word
    # (figures left out) around the ones whose figures it updated
    # (a refilled twin is no evidence of a reprint: its figures are not among its words, so a price line with
    # new prices scores as kept word for word)
    verbatim = sum(1 for a, b in twinned if not _refilled(a, b) and _dice(a.words, b.words) >= settings.block_overlap)
    template = bool(twinned) and (refilled > settings.template_share * len(twinned) or (
        refilled >= settings.min_refilled and refilled > settings.template_share * len(figured)
        and verbatim <= settings.template_share * len(twinned)))
    own = [m if m is not None and not earlier_c[m].quoted else None for s, m in zip(later_c, matches) if not s.quoted]
    spoken = [m if m is not None and earlier_c[m].quoted else None for s, m in zip(later_c, matches) if s.quoted]
    own_aligned = sum(m is not None for m in own)
    share = own_aligned / len(own) if len(own) >= settings.min_sentences else 0.0
    if len(own) >= settings.min_own_sentences and own_aligned >= settings.min_share * len(own):
        quotes_in_order = _in_order(spoken)
        if quotes_in_order >= 2 and len(own) + len(spoken) >= settings.min_sentences:
            share = max(share, (own_aligned + quotes_in_order) / (len(own) + len(spoken)))
    block = _longest_block([m if m is not None and _dice(s.words, earlier_c[m].words) >= settings.block_overlap
                            else None for s, m in zip(later_c, matches) if not s.quoted])
    is_copy = not template and (share >= settings.min_share or (
        not one_outlet and block >= settings.min_block and own_aligned >= settings.min_block_share * len(own)) or (
        credited and own_aligned >= max(settings.min_credit_twins, settings.min_credit_share * len(own))))
    return CopyEvidence(round(share, 3), block, template, is_copy)


def copy_share(later: Sequence[Sentence], earlier: Sequence[Sentence],
               settings: DeriveSettings = DEFAULT_DERIVE_SETTINGS,
               stock: frozenset[frozenset[str]] = frozenset()) -> float:
    """``copy_evidence``'s share (0 for a template's frame)."""
    evidence = copy_evidence(later, earlier, settings, stock)
    return 0.0 if evidence.template else evidence.share


def _lsh_pairs(docs: Sequence[Document], keys: Mapping[str, frozenset[str]],
               settings: DeriveSettings) -> set[tuple[str, str]]:
    # imported here: datasketch imports scipy.integrate (~0.45 s), and a run reconciling story
    # by story compares within stories and never gets here
    from datasketch import MinHash, MinHashLSH
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
    pairs: set[tuple[str, str]] = set()
    for doc in docs:  # in publication order: every hit is an earlier document
        words = keys[doc.id]
        if not words:
            continue
        mh = MinHash(num_perm=settings.num_perm)
        mh.update_batch([w.encode("utf-8") for w in words])
        for other in lsh.query(mh):
            pairs.add((other, doc.id))
        lsh.insert(doc.id, mh)
    return pairs


SMALL_STORY = 64  # up to this many documents, every pair of a story is compared directly


def _candidate_pairs(docs: Sequence[Document], keys: Mapping[str, frozenset[str]],
                     settings: DeriveSettings, stories: Iterable[Story] | None) -> set[tuple[str, str]]:
    """Pairs (earlier, later) worth aligning. Without stories: MinHash LSH over the corpus.
    With stories: within each story only, so the cost follows the stories' sizes rather than
    how many similar documents the whole corpus holds; a small story compares every pair."""
    if stories is None:
        return _lsh_pairs(docs, keys, settings)
    position = {doc.id: i for i, doc in enumerate(docs)}
    by_id = {doc.id: doc for doc in docs}
    pairs: set[tuple[str, str]] = set()
    for st in stories:
        members = sorted((by_id[d] for d in st.docs if d in by_id), key=lambda d: position[d.id])
        members = [d for d in members if keys[d.id]]
        if len(members) <= SMALL_STORY:
            pairs.update((a.id, b.id) for i, b in enumerate(members) for a in members[:i])
        else:
            pairs |= _lsh_pairs(members, keys, settings)
    return pairs


def _one_outlet(a: Document, b: Document) -> bool:
    """Both documents name one outlet, compared by the key credits use (``_outlet_key``: "Kompas" and
    "Kompas.com" are one); an unnamed outlet is no evidence either way."""
    key_a, key_b = _outlet_key(a.outlet or ""), _outlet_key(b.outlet or "")
    return bool(key_a and key_a == key_b)


def _days_apart(a: Document, b: Document) -> int | None:
    return published_days_apart(a, b)  # undated (None): no evidence either way


def mark_derived(docs: Sequence[Document], settings: DeriveSettings = DEFAULT_DERIVE_SETTINGS,
                 stories: Iterable[Story] | None = None) -> int:
    """Set ``derived_from`` / ``derived_similarity`` on spun or lightly rewritten copies.

    The copy is the later document (by publication date, then id); a document already marked
    ``duplicate_of`` is left alone. With ``stories``, only pairs within one story are compared.
    Earlier marks are recomputed from scratch. Returns how many documents were marked.
    """
    ordered = sorted(docs, key=order_key)
    for doc in ordered:
        doc.derived_from = None
        doc.derived_similarity = None
    if len(ordered) < 2:  # nothing to be a copy of (most stories): the sentence keys are not read
        return 0
    sentences = {doc.id: doc_sentences(doc, settings) for doc in ordered}
    keys = {doc_id: frozenset().union(*(s.words | s.figures for s in sents if not s.quoted))
            for doc_id, sents in sentences.items()}
    by_id = {doc.id: doc for doc in ordered}
    seen_in: Counter[frozenset[str]] = Counter()
    for doc in ordered:
        if not doc.duplicate_of:
            seen_in.update({s.words for s in sentences[doc.id] if not s.quoted})
    stock = frozenset(s for s, n in seen_in.items() if n > settings.max_sentence_docs)
    known = {k for k in (_outlet_key(doc.outlet or "") for doc in ordered) if k}
    credits = {doc.id: credited_outlets(doc, known) for doc in ordered}
    best: dict[str, tuple[float, int, str]] = {}
    # sorted: a set of pairs iterates in hash order, and ties must not depend on it
    for earlier_id, later_id in sorted(_candidate_pairs(ordered, keys, settings, stories)):
        later = by_id[later_id]
        if later.duplicate_of or by_id[earlier_id].duplicate_of == later_id:
            continue
        gap = _days_apart(by_id[earlier_id], later)
        if gap is not None and gap > settings.max_days_apart:
            continue
        evidence = copy_evidence(sentences[later_id], sentences[earlier_id], settings, stock,
                                 one_outlet=_one_outlet(by_id[earlier_id], later),
                                 credited=_credits_link(later, by_id[earlier_id], credits))
        # an accepted copy is kept even with no share and no block (a credited retelling of < 3 own sentences);
        # of two, the larger share, then the longer block, wins; a tie keeps the pair sorted first
        if evidence.is_copy and (later_id not in best or (evidence.share, evidence.block) > best[later_id][:2]):
            best[later_id] = (evidence.share, evidence.block, earlier_id)
    for later_id, (share, _, earlier_id) in best.items():
        by_id[later_id].derived_from = earlier_id
        by_id[later_id].derived_similarity = round(share, 3)
    return len(best)


__all__ = ["CopyEvidence", "CreditData", "DeriveSettings", "credit_data", "credited_outlets", "Sentence", "aligned_share", "copy_evidence", "copy_share", "doc_sentences",
           "mark_derived", "sentence_keys", "sentences_of", "synonym_table", "twins"]
