"""One statement told by two independent outlets with a different value after the same preposition.

The slot readers beside this one each know one slot (a day, an age, a code, a cause). This one reads the shape they
share: a sentence states something (a predicate: a word opening like a verb, through the stemmer, near-synonyms
folded, read as ``same_happening`` reads it) of a participant (a linked entity, or a content word both sentences
use), and puts a value after a preposition ("ditemukan di Pos 5", "diautopsi di RSUD Bali Mandara", "diberangkatkan
ke Bali melalui jalur laut"). Two sentences of two sources tell one statement when they share a predicate and a
participant; they disagree when the values after the same preposition are of one type and exclude each other:

* numbered: one head word and two numbers or codes ("Pos 5" / "Pos 9"; "kursi 30D" / "kursi 32E");
* named: two names written with the same area levels (none, or "Desa" both) that cannot be one name once the words
  of a site's kind are off ("RSUD Bali Mandara" / "RS Bhayangkara Denpasar"), not spelt two ways, not clipped, not
  one inside the other (a more precise place; a village and a regency may be one inside the other);
* listed: two members of one exclusive set of the data ("jalur laut" / "jalur darat").

Never flagged: a sentence of another moment ("sebelum", "pernah"), a source naming the other's value anywhere in its reports (it tells of both: a story that moves, a
list, a part), a sentence giving two values of one type after one preposition, two sentences naming different
people (each may tell their own value), values of two types, reports published far apart.

Words are in lang/<language>/argument_values.yaml (one loader, ``argument_values_words``); ``enabled`` there says whether
the comparison runs in the briefing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ceksilang.extract.entities import load_gazetteer
from ceksilang.lang import LanguageDataError, has_data, load_data, lower_words, without_pronoun_enclitic, word_tuples
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import listed_detail, published_day, published_days_apart, readings_by_source
from ceksilang.reconcile.same_happening import clipped_name, same_happening_words, sentence_predicates
from ceksilang.reconcile.spellings import named_slot_words, one_name_two_spellings
from ceksilang.text import stem
from ceksilang.reconcile.words import WORD_PATTERN, ReconcileWords, reconcile_words, words

_MESSAGES = {"place": "detail.happening_place", "way": "detail.named", "stage": "detail.stages"}
OBJECT = "object:"  # the key of a verb's object among the prepositions' keys
_CLAUSE_END = re.compile(r"[,;:()\"“”]")
_TOKEN = re.compile(r"[\w'’./-]+|[,;:()]")


@dataclass(frozen=True, slots=True)
class ArgumentValuesWords:
    """``lang/<language>/argument_values.yaml``: see the comments there."""

    enabled: bool
    prepositions: dict[str, str]
    fillers: frozenset[str]
    numbered_heads: frozenset[str]
    value_stops: frozenset[str]
    contrast_words: frozenset[str]
    other_moment: frozenset[str]
    kind_words: frozenset[str]
    level_words: frozenset[str]
    exclusive_sets: tuple[frozenset[tuple[str, ...]], ...]
    general_predicates: frozenset[str]  # their stems
    max_published_apart: int
    noun_suffix: str  # the ending of a noun made from a verb ("-an": "penangkapan", "kecelakaan")
    noun_prefixes: dict[str, str]  # its openings -> the letter the root lost after the opening, before a vowel
    noun_reach: int  # how many words before a preposition a noun of the act may stand
    not_acts: frozenset[str]  # nouns of those shapes that name a body or a place, not an act
    general_roots: frozenset[str]  # roots no noun tells an act by: the general predicates, verbs of being and telling
    object_verbs: frozenset[str]  # stems of verbs whose object is one thing at a time ("mengendarai Grand Max")
    listed_only: frozenset[str]  # prepositions compared only for a member of an exclusive set ("sebagai tersangka")
    restating: frozenset[str]  # words before a preposition restating the place before ("..., tepatnya di ...")
    # the values of the ordered sets (among ``exclusive_sets`` too) -> (which set, the value's place in its order)
    stage_rank: dict[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)
    # words of a sentence telling its status or stage as reached by now ("kini sebagai tersangka")
    later_moment: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=4)
def argument_values_words(language: str = "id") -> ArgumentValuesWords:
    """``lang/<language>/argument_values.yaml`` read once; a language without the file compares nothing."""
    data = (load_data("argument_values", language) or {}) if has_data("argument_values", language) else {}
    rw = reconcile_words()
    preps = {str(k).lower(): str(v) for k, v in (data.get("prepositions") or {}).items()}
    ordered = [word_tuples(s) for s in data.get("ordered_sets") or []]
    sets = tuple(frozenset(word_tuples(s)) for s in data.get("exclusive_sets") or []) + tuple(map(frozenset, ordered))
    stage_rank = {value: (k, place) for k, values in enumerate(ordered) for place, value in enumerate(values)}
    nouns = data.get("act_nouns") or {}
    general = frozenset(stem(rw.synonym_of.get(w, w)) for w in lower_words(data.get("general_predicates")) | frozenset(preps))
    sw = same_happening_words(language)
    told = frozenset(stem(w) for w in sw.general_verbs | sw.told_words | rw.speech_words)
    return ArgumentValuesWords(bool(data.get("enabled", False)), preps, lower_words(data.get("fillers")),
                               lower_words(data.get("numbered_heads")), lower_words(data.get("value_stops")),
                               lower_words(data.get("contrast_words")), lower_words(data.get("other_moment")),
                               lower_words(data.get("kind_words")), lower_words(data.get("level_words")), sets,
                               general, int(data.get("max_published_apart", 2)),
                               str(nouns.get("suffix") or ""),
                               {str(k).lower(): str(v or "") for k, v in (nouns.get("prefixes") or {}).items()},
                               int(nouns.get("reach", 0)), lower_words(nouns.get("not_acts")), general | told,
                               frozenset(stem(w) for w in lower_words(data.get("object_verbs"))),
                               lower_words(data.get("listed_only")), lower_words(nouns.get("restating")),
                               stage_rank, tuple(word_tuples(data.get("later_moment"))))


@dataclass(slots=True)
class ArgumentTelling:
    """One value a sentence of one source puts after a preposition."""

    doc: Document
    source: str
    prep: str
    kind: str  # the preposition's kind: "place" | "way"
    form: str  # "numbered" | "named" | "listed"
    value: tuple[str, ...]  # the value's comparable words (lower case, kind words off; for numbered: head, number)
    levels: frozenset[str]  # the area levels the value is written with ("Desa Wundubite": desa)
    kinds: bool  # whether the value is written with a word of a site's kind ("Istana ...", "RS ...")
    written: str
    sentence: str
    predicates: frozenset[str]
    anchors: frozenset[str]  # linked entities of the sentence outside the value
    persons: frozenset[str]  # person entities of the sentence outside the value
    content: frozenset[str]  # the sentence's other content words (lower case)
    nouns: frozenset[str] = frozenset()  # the roots of nouns of an act just before the preposition ("penangkapan")
    bare: frozenset[str] = frozenset()  # the other plain words just before it ("evakuasi korban ke ...")


def act_noun_roots(word: str, aw: ArgumentValuesWords, rw: ReconcileWords) -> frozenset[str]:
    """The roots a noun made from a verb may come from, as keys comparable with a verb's stem: an opening of the data
    and the ending off, the letter the opening drops before a vowel given back or not ("penemuan": temu, emu;
    "penangkapan": tangkap; "kecelakaan": celaka; "perawatan": rawat, awat). Empty for a word of another shape, a
    noun of a body or place ("kepolisian"), or a root too general to tell an act."""
    suffix = aw.noun_suffix
    if not suffix or not word.endswith(suffix) or word in aw.not_acts:
        return frozenset()
    inner = word[: -len(suffix)]
    if not any(inner.startswith(opening) and len(inner) - len(opening) >= 3 for opening in aw.noun_prefixes):
        return frozenset()
    folded = rw.synonym_of.get(word, word)
    if folded != word:
        return frozenset({stem(folded)}) - aw.general_roots
    roots = set()
    for opening, lost in aw.noun_prefixes.items():
        rest = inner[len(opening):]
        if not inner.startswith(opening) or len(rest) < 3:
            continue
        roots.add(rest)
        if lost and rest[:1] in "aeiou":
            roots.add(lost + rest)
    if not roots:
        return frozenset()
    roots.add(stem(word))
    return frozenset(r for r in roots if len(r) >= 4) - aw.general_roots


def one_act(a: "ArgumentTelling", b: "ArgumentTelling") -> bool:
    """Whether two sentences' values are told of one act: a verb or a noun of the act they share ("ditangkap" /
    "penangkapan" / "tertangkap"), or a plain word right before one's preposition that is the other's verb
    ("evakuasi korban ke ..." / "dievakuasi ke ...")."""
    return bool((a.predicates | a.nouns) & (b.predicates | b.nouns) or a.bare & b.predicates
                or b.bare & a.predicates)


def _title_cased(written: list[str], stopwords: frozenset[str]) -> bool:
    """Whether a sentence is written as a headline: three or more words opening with a capital and every other word
    a function word or a short one ("Kebakaran di Cengkareng Diduga Dipicu Pemotongan Rangka Bus untuk Dijual")."""
    lower = [w for w in written if not w[:1].isupper()]
    return len(written) - len(lower) >= 3 and all(len(w) < 4 or w in stopwords for w in lower)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def _headline(sentence: str, written: list[str], stopwords: frozenset[str], title: str | None) -> bool:
    """Whether a line of the text is a headline: the document's title, or a line in title case with no sentence end
    ("Kebakaran di Pool Bus Bekas Jakbar, Asap Hitam Tebal Membubung"). A sentence of the body ends with its full stop,
    however many names it holds ("Kecelakaan di Jalan Raya Boto, Desa Boto, Kabupaten Semarang, pada Senin (2/6).")."""
    if title and " ".join(sentence.split()).rstrip(".") == " ".join(title.split()).rstrip("."):
        return True
    return not _SENTENCE_END.search(sentence) and _title_cased(written, stopwords)


def _is_code(token: str) -> bool:
    return any(c.isdigit() for c in token)


def _listed(tokens: list[str], aw: ArgumentValuesWords) -> tuple[str, ...] | None:
    for group in aw.exclusive_sets:
        for member in sorted(group, key=len, reverse=True):
            if tuple(tokens[:len(member)]) == member:
                return member
    return None


def _value_after(rest: str, aw: ArgumentValuesWords) -> tuple[str, str, tuple[str, ...]] | None:
    """The value opening ``rest`` (the text after a preposition): its form, as written, and its words."""
    raw = _TOKEN.findall(rest[:160])
    lowered = [t.lower().strip(".") for t in raw]
    k = 0
    while k < len(raw) and lowered[k] in aw.fillers:
        k += 1
    listed = _listed([w for w in lowered[k:k + 3] if w not in "(),;:"], aw)
    if listed is not None:
        return "listed", " ".join(listed), listed
    taken: list[str] = []
    while k < len(raw):
        t = raw[k]
        if t in "(),;:":
            if t == "(" or t == ")":
                k += 1
                continue
            break
        if lowered[k] in aw.value_stops:
            break  # a day, a month or a time zone after the name: no part of it
        if t[:1].isupper() or _is_code(t):
            taken.append(t.strip("."))
        elif not taken and lowered[k] in aw.numbered_heads and k + 1 < len(raw) and _is_code(raw[k + 1]):
            taken.append(t)
        else:
            break
        k += 1
    if not taken:
        return None
    written = " ".join(taken)
    low = [w.lower() for w in taken]
    if len(low) == 2 and _is_code(low[1]) and not _is_code(low[0]):
        return "numbered", written, (low[0], low[1])
    if any(_is_code(w) for w in low):
        return None  # a date, a count or a code run into a name: not one typed value
    if any(without_pronoun_enclitic(w) for w in low):
        return None  # "di Kantornya": a thing pointed back to, not named
    kept = tuple(w for w in low if w not in aw.kind_words)
    return ("named", written, kept) if kept else None


def argument_tellings(d: Document, source: str, aw: ArgumentValuesWords, rw: ReconcileWords) -> list[ArgumentTelling]:
    """The values ``d``'s sentences put after the compared prepositions."""
    sw = same_happening_words(d.language or "id")
    out: list[ArgumentTelling] = []
    linked = [m for m in d.mentions if m.entity]
    for s, e in d.sentences:
        sentence = d.text[s:e]
        tokens = words(sentence)
        written_words = WORD_PATTERN.findall(sentence)
        if not tokens or len(written_words) != len(tokens):
            continue
        if _headline(sentence, written_words, rw.stopwords, d.title):
            continue  # a headline ("Kebakaran di Cengkareng Diduga Dipicu ..."): no value ends where its name does
        if set(tokens) & aw.other_moment:
            continue  # "sudah bertemu di Moskow sebelum ...": an earlier act, not the one told
        predicates = sentence_predicates(tokens, written_words, sw, rw) - aw.general_predicates
        if not predicates and not aw.noun_reach:
            continue
        found = []
        last_nouns: dict[str, frozenset[str]] = {}
        for m in re.finditer(r"\b(\w+)\s+", sentence):
            prep = m.group(1)
            if prep.startswith("me") and stem(prep) in aw.object_verbs:
                prep = OBJECT + stem(prep)  # the object of a verb that takes one thing: compared verb with verb
            elif prep not in aw.prepositions:  # lower case only: "Di" opening a sentence is read too by its word
                if prep.lower() not in aw.prepositions or m.start() != 0:
                    continue
                prep = prep.lower()
            if set(words(sentence[max(0, m.start() - 30):m.start()])[-2:]) & aw.contrast_words:
                continue  # "alih-alih di RS ...": the value the statement sets aside, not its own
            nouns, bare, restated = _words_before(sentence[:m.start()], aw, rw)
            kind = aw.prepositions.get(prep, "object")
            earlier = last_nouns.get(kind, frozenset())
            last_nouns[kind] = earlier | nouns
            if restated:  # "kecelakaan tragis di jalur ..., tepatnya di Jalan ...": the noun of the place restated
                nouns |= earlier
            value = _value_after(sentence[m.end():], aw)
            if value is None or (prep in aw.listed_only and value[0] != "listed"):
                continue
            if prep.startswith(OBJECT) and any(mm.label == "PERSON" and s + m.end() <= mm.start < s + m.end() + 4
                                               for mm in d.mentions):
                continue  # a person after the verb: whom, not which thing
            if not predicates and not nouns and not bare:
                continue
            found.append((prep, m.end(), value, nouns, bare))
        if not found:
            continue
        # a sentence giving two values of one form after one preposition names a thing more than one way
        # ("di area Pos 9 ..., tepatnya di kawasan Watu Langgar" has one of each form)
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for prep, _, (form, _, _), _, _ in found:
            counts[(prep, form)] += 1
        value_words = {w for _, _, (_, _, v), _, _ in found for w in v}
        content = frozenset(w for w in tokens if len(w) >= 4 and w not in rw.stopwords and w not in value_words
                            and w not in predicates)
        for prep, at, (form, written, value), nouns, bare in found:
            if counts[(prep, form)] > 1:
                continue
            inside = [mm for mm in linked if s <= mm.start < e]
            outside = [mm for mm in inside if not (s + at <= mm.start < s + at + len(written) + 8)]
            written_words_ = frozenset(words(written))
            levels = written_words_ & aw.level_words
            kinds = bool((written_words_ - aw.level_words) & aw.kind_words)
            out.append(ArgumentTelling(d, source, prep, aw.prepositions.get(prep, "object"), form, value, levels, kinds,
                                       written,
                                       sentence,
                                       predicates, frozenset(mm.entity for mm in outside),
                                       frozenset(mm.entity for mm in outside if mm.label == "PERSON"), content,
                                       nouns, bare - predicates))
    return out


def _words_before(before: str, aw: ArgumentValuesWords,
                  rw: ReconcileWords) -> tuple[frozenset[str], frozenset[str], bool]:
    """What the ``noun_reach`` lower-case content words right before a preposition, in its clause (back to a comma,
    a bracket or a quote; names, function words and numbers not counted), say of the act its phrase hangs from: the
    roots of the nouns of an act there ("Penangkapan Budi Santoso dilakukan di ...", "mengalami kecelakaan di ..."),
    the stems of the other plain words ("evakuasi korban ke ..."), and whether a restating word stands right before
    it ("..., tepatnya di ...")."""
    clause = _CLAUSE_END.split(before)[-1]  # the words since the last comma, bracket or quote
    every = WORD_PATTERN.findall(clause)
    sentence_start = clause is before
    nouns: set[str] = set()
    plain: set[str] = set()
    counted = 0
    for k in range(len(every) - 1, -1, -1):
        if counted >= aw.noun_reach:
            break
        w = every[k]
        low = w.lower()
        if ((k or not sentence_start) and w[:1].isupper()) or low in rw.stopwords or len(low) < 4 \
                or any(c.isdigit() for c in low):
            continue  # a name's word, a function word, a number: not counted
        counted += 1
        roots = act_noun_roots(low, aw, rw)
        if roots:
            nouns |= roots
        elif low not in aw.not_acts:
            plain.add(stem(low))
    restated = bool(every) and every[-1].lower() in aw.restating
    return frozenset(nouns), frozenset(plain) - aw.general_roots, restated


@lru_cache(maxsize=4)
def place_within(kind_words: frozenset[str]) -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """The ``within`` table of ``lang/id/gazetteer.yaml`` read once: each place (lower-case words, ``kind_words``
    off, as values are compared) -> every place it lies inside, the chain followed (Kebayoran Baru -> Jakarta
    Selatan, Jakarta, DKI Jakarta, Indonesia). A name the gazetteer lists with aliases stands for its entry
    ("Jatim" is Jawa Timur)."""
    def key(name: str) -> tuple[str, ...]:
        return tuple(w for w in words(name) if w not in kind_words)

    canonical: dict[tuple[str, ...], tuple[str, ...]] = {}
    for entry in load_gazetteer().entries:
        if entry.type in ("GPE", "LOC"):
            for alias in entry.aliases:
                canonical.setdefault(key(alias), key(entry.name))
    table = load_data("gazetteer").get("within") or {}
    if not isinstance(table, dict):
        raise LanguageDataError("gazetteer.yaml: 'within' must map a place to the places inside it")
    parents: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for outer, inner in table.items():
        for name in inner or []:
            child = key(str(name))
            parents[canonical.get(child, child)].add(canonical.get(key(str(outer)), key(str(outer))))
    ancestors: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = {}
    for place in parents:
        seen: set[tuple[str, ...]] = set()
        todo = list(parents[place])
        while todo:
            p = todo.pop()
            if p not in seen and p != place:
                seen.add(p)
                todo.extend(parents.get(p, ()))
        ancestors[place] = frozenset(seen)
    for alias, name in canonical.items():
        if alias != name and name in ancestors:
            ancestors.setdefault(alias, ancestors[name])
    for place, outer in list(ancestors.items()):  # an outer place named by an alias ("Jatim", "DIY") too
        ancestors[place] = outer | {a for a, name in canonical.items() if name in outer}
    return ancestors


def _one_inside_other(a: tuple[str, ...], b: tuple[str, ...], kind_words: frozenset[str]) -> bool:
    """Whether the gazetteer puts one place inside the other ("denpasar" in "bali"); False when it knows neither."""
    within = place_within(kind_words)
    return a in within.get(b, frozenset()) or b in within.get(a, frozenset())


def _one_value(a: ArgumentTelling, b: ArgumentTelling, transliterated: Callable[[str, str], bool] | None) -> bool:
    """Whether two values of one form can be one value told twice."""
    if a.form == "numbered":
        return a.value[0] != b.value[0] or a.value[1] == b.value[1]
    if a.form == "listed":
        return a.value == b.value
    if a.levels != b.levels or a.kinds != b.kinds:
        # "Desa Wundubite" / "Kolaka Timur", "Istana Constantine" / "Saint Petersburg": an area and a place of
        # another level, or a site and an area, one maybe inside the other
        return True
    wa, wb = list(a.value), list(b.value)
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True  # one inside the other: a more precise place, a short name
    if _one_inside_other(a.value, b.value, argument_values_words((a.doc.language or "id")).kind_words):
        return True  # a city and its province, a district and its city: one place told more precisely
    if one_name_two_spellings(wa, wb, named_slot_words()):
        return True
    short, long = sorted((wa, wb), key=len)
    if len(short) == 1 and len(long) > 1 and clipped_name(short[0], long):
        return True
    return transliterated is not None and transliterated(" ".join(wa), " ".join(wb))


def _stages_moved_on(a: ArgumentTelling, b: ArgumentTelling, gap: int, aw: ArgumentValuesWords) -> bool:
    """Whether two values of one ordered set (a person's standing in a case, a case's stage) may both be true, each
    at its moment: reports of two days, the later report telling the later stage (a witness questioned on the 12th,
    named a suspect on the 14th: the story moved on), or a sentence telling the later stage as reached by now
    ("kembali diperiksa, kini sebagai tersangka"). mend57: a later report naming an earlier stage (a suspect on the
    12th, "sebagai saksi" on the 14th) is the suspicious case, not the story moving on. False for values of no
    ordered set."""
    ra, rb = aw.stage_rank.get(a.value), aw.stage_rank.get(b.value)
    if ra is None or rb is None or ra[0] != rb[0]:
        return False
    if gap > 0 and ra[1] != rb[1]:
        da, db = published_day(a.doc), published_day(b.doc)
        if da is not None and db is not None and da != db and (da < db) == (ra[1] < rb[1]):
            return True
    later = a if ra[1] > rb[1] else b
    tokens = [w.lower() for w in words(later.sentence)]
    return any(tuple(tokens[i:i + len(p)]) == p for p in aw.later_moment for i in range(len(tokens) - len(p) + 1))


def _value_pattern(t: ArgumentTelling) -> re.Pattern[str]:
    return re.compile(r"\b" + r"\W+".join(re.escape(w) for w in t.value) + r"\b", re.IGNORECASE)


def _names_value(texts: list[str], tellings: list[ArgumentTelling], t: ArgumentTelling,
                 statement: ArgumentTelling) -> bool:
    """Whether a source's reports name the value of ``t`` (its words, in order, as words) other than as the site of
    another act: a value named only after "di" in sentences whose predicates are not the statement's ("mereka
    terpisah di Pos 9" beside "ditemukan di Pos 5") is another act's; named anywhere else (a destination, a list,
    the same act), the source tells of both."""
    pattern = _value_pattern(t)
    named = sum(len(pattern.findall(text)) for text in texts)
    if not named:
        return False
    elsewhere = sum(1 for x in tellings if x.value == t.value and x.form == t.form and x.kind == "place"
                    and x.prep == "di" and not one_act(x, statement))
    return named > elsewhere


def argument_value_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                             rw: ReconcileWords | None = None, told: Sequence[Discrepancy] = (),
                             language: str = "id", on: bool | None = None,
                             transliterated: Callable[[str, str], bool] | None = None) -> list[Discrepancy]:
    """One ``detail`` item per statement two independent sources give values after one preposition that exclude
    each other; ``told`` holds the items found before (their documents are not told of again); ``transliterated``
    says whether two names are one foreign name written two ways (the site rule's test, passed in by the detail
    rules: "Konstantinovsky" / "Constantine")."""
    aw = argument_values_words(language)
    if not (aw.enabled if on is None else on) or not aw.prepositions:
        return []
    rw = rw or reconcile_words()
    by_kind, texts = readings_by_source(docs, by_id, language,
                                        lambda d, source: argument_tellings(d, source, aw, rw),
                                        lambda t: (t.kind, t.form))
    told_docs = [set(x.docs) for x in told if x.kind == "detail"]
    by_source: dict[str, list[ArgumentTelling]] = defaultdict(list)
    for group in by_kind.values():
        for t in group:
            by_source[t.source].append(t)
    conflicts: dict[tuple, list[ArgumentTelling]] = {}
    for group in by_kind.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.source == b.source or a.prep != b.prep or a.value == b.value:
                    continue
                if not one_act(a, b):
                    continue
                if not (a.anchors & b.anchors) and not (a.content & b.content):
                    continue
                if (a.persons - b.persons) and (b.persons - a.persons):
                    continue  # two people, each with their own value
                if a.kind == "status" and not (a.persons & b.persons):
                    continue  # a status is a person's own: compared only where both sentences name the same person
                gap = published_days_apart(a.doc, b.doc)
                if gap is None or gap > aw.max_published_apart:
                    continue
                if _one_value(a, b, transliterated):
                    continue
                if _stages_moved_on(a, b, gap, aw):
                    continue
                if (_names_value(texts[a.source], by_source[a.source], b, a)
                        or _names_value(texts[b.source], by_source[b.source], a, b)):
                    continue  # a source naming both values tells of both
                if any({a.doc.id, b.doc.id} <= x for x in told_docs):
                    continue
                key = (a.kind, a.form, frozenset((a.value, b.value)))
                grouped = conflicts.setdefault(key, [])
                grouped.extend(x for x in (a, b) if x not in grouped)
    out = []
    for (kind, form, _), group in conflicts.items():
        by_value: dict[tuple[str, ...], list[ArgumentTelling]] = defaultdict(list)
        for t in group:
            by_value[t.value].append(t)
        if any(t.value in aw.stage_rank for t in group):
            whole = _MESSAGES["stage"]  # statuses or stages of one order told on one day
        else:
            whole = _MESSAGES["place"] if kind == "place" and form != "listed" else _MESSAGES["way"]
        out.append(listed_detail(story, list(by_value.values()), "detail.happening_told", "value", whole,
                                 "values" if whole != "detail.named" else "names"))
    return out


__all__ = ["ArgumentTelling", "ArgumentValuesWords", "argument_tellings", "argument_value_conflicts",
           "argument_values_words"]
