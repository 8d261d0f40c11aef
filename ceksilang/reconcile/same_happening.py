"""One happening given two incompatible values of one typed slot by two independent sources.

The rules beside this one each read one slot shaped one way (a found body's day, a rank on a ladder, a cause from a
list, an area after its level word). This one is general: a sentence tells a happening when it has a predicate (a
verb, its stem through the stemmer, near-synonyms folded first) and names a linked entity (who or what it is
about); two sentences of two independent sources tell the same happening when they share a predicate stem and an
entity. Each sentence may give the happening a value of a typed slot, read from the spans extraction already made,
never from a list of words of the slot:

* day: the one day the sentence's time expressions give (resolved against the report's publication), not the day
  someone told of it ("kata ..., Jumat (20/6)"), not a day opening or closing a span ("sejak Senin");
* place: the one place entity (LOC/GPE) the sentence gives after a word of a site ("di", "kawasan"), not a home or
  an office ("warga Cilincing", "Polres ...");
* agent: the one person entity the sentence makes the doer of a passive act ("dipukul oleh X"); a person before an
  active verb is not read (many do one act: "X mengapresiasi", "Y mengapresiasi").

Two values are incompatible when they differ, cannot be one name (spelt two ways, clipped, told with or without a
level word, one inside the other: a more precise place), neither source names the other's value anywhere in its
reports (a report naming both days, both places or both people tells of both: a part of the other, two acts),
for a day, the two days are at most ``max_days_apart`` apart (further is two happenings), and the two reports are at
most ``max_published_apart`` days apart. A sentence of a repetition or a plan ("lagi", "akan") gives no
value. Items the other rules made for the same documents are not told again.

Words (verb openings, general verbs, words of telling, of repetition, of spans, of sites, of agents, homes and
offices) are in lang/<language>/same_happening.yaml, read by ``same_happening_words``; its ``on`` says whether
the comparison runs in the briefing at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ceksilang.lang import has_data, load_data, lower_words, word_tuples
from ceksilang.model import Discrepancy, Document, Mention, TimeExpr
from ceksilang.reconcile.detail_items import listed_detail, published_days_apart, readings_by_source
from ceksilang.reconcile.happening_days import day_of, weekday_misfit
from ceksilang.reconcile.spellings import named_slot_words, one_name_two_spellings
from ceksilang.text import stem
from ceksilang.reconcile.words import WORD_PATTERN, ReconcileWords, reconcile_words, words

_PLACE_LABELS = frozenset({"LOC", "GPE"})
# the message of an item listing the values given one slot (each value's line: detail.happening_told)
_MESSAGES = {"day": "detail.happening_day", "place": "detail.happening_place", "agent": "detail.happening_agent"}


@dataclass(frozen=True, slots=True)
class SameHappeningWords:
    """``lang/<language>/same_happening.yaml``: see the comments there."""

    on: bool
    slots: frozenset[str]
    verb_prefixes: tuple[str, ...]
    general_verbs: frozenset[str]
    told_words: frozenset[str]
    told_reach: int
    repeated: tuple[tuple[str, ...], ...]
    span_words: frozenset[str]
    not_the_site: frozenset[str]
    site_words: frozenset[str]
    agent_words: frozenset[str]
    level_words: frozenset[str]  # words of an area's level ("kabupaten"): off before two names are compared
    max_days_apart: int
    max_published_apart: int


@lru_cache(maxsize=4)
def same_happening_words(language: str = "id") -> SameHappeningWords:
    """``lang/<language>/same_happening.yaml`` read once; a language without the file compares nothing."""
    data = (load_data("same_happening", language) or {}) if has_data("same_happening", language) else {}
    return SameHappeningWords(bool(data.get("on", False)), lower_words(data.get("slots")),
                              tuple(sorted(lower_words(data.get("verb_prefixes")), key=len, reverse=True)),
                              lower_words(data.get("general_verbs")), lower_words(data.get("told_words")),
                              int(data.get("told_reach", 6)), tuple(word_tuples(data.get("repeated"))),
                              lower_words(data.get("span_words")), lower_words(data.get("not_the_site")),
                              lower_words(data.get("site_words")), lower_words(data.get("agent_words")),
                              lower_words(data.get("level_words")),
                              int(data.get("max_days_apart", 3)), int(data.get("max_published_apart", 2)))


@dataclass(slots=True)
class SlotTelling:
    """One value a source gives one slot of a happening its sentence tells."""

    doc: Document
    source: str
    slot: str  # "day" | "place" | "agent"
    value: Hashable  # a date, or an entity id
    written: str  # the value as written
    sentence: str
    predicates: frozenset[str]  # stems of the sentence's verbs
    anchors: frozenset[str]  # the entity ids the sentence names besides the value


def _has_phrase(tokens: list[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    return any(p and tuple(tokens[k:k + len(p)]) == p for p in phrases for k in range(len(tokens) - len(p) + 1))


def _is_verb(word: str, sw: SameHappeningWords) -> bool:
    return any(word.startswith(p) and len(word) - len(p) >= 3 for p in sw.verb_prefixes)


def sentence_predicates(tokens: list[str], written: list[str], sw: SameHappeningWords,
                        rw: ReconcileWords) -> frozenset[str]:
    """The stems of the sentence's verbs: a word opening like a verb, not a name's word (a capital inside the
    sentence: "Ditlantas"), not a general verb, a word of speech or of telling."""
    out = set()
    for k, w in enumerate(tokens):
        if k and written[k][:1].isupper():
            continue
        if w in sw.general_verbs or w in rw.speech_words or w in sw.told_words:
            continue
        folded = rw.synonym_of.get(w, w)
        if _is_verb(w, sw):
            out.add(stem(folded))
    return frozenset(out)


def _happening_day(d: Document, s: int, e: int, sw: SameHappeningWords,
                   rw: ReconcileWords) -> tuple[date, str] | None:
    """The one day of happening a sentence gives, as written; None when it gives none or two."""
    found: dict[date, str] = {}
    for t in d.dates:
        if not (s <= t.start < e):
            continue
        day = day_of(t)
        if day is None:
            continue
        if weekday_misfit(t, day):
            return None
        before, after = words(d.text[s:t.start]), words(d.text[t.end:e])
        if any(w in sw.told_words or w in rw.speech_words for w in before[-sw.told_reach:]):
            continue  # the day someone told of it
        if after and (after[0] in rw.speech_words or after[0] in sw.told_words):
            continue
        if any(w in sw.span_words for w in before[-2:]):
            return None  # a span: no day of one act
        found.setdefault(day, t.text)
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def _word_before(d: Document, s: int, start: int, n: int = 1) -> list[str]:
    return words(d.text[s:start])[-n:]


def _site(d: Document, s: int, sentence_mentions: list[Mention], sw: SameHappeningWords) -> Mention | None:
    """The one place entity the sentence gives after a word of a site, not a home or an office."""
    sites = []
    for m in sentence_mentions:
        if m.label not in _PLACE_LABELS:
            continue
        before = _word_before(d, s, m.start, 3)
        if not before or before[-1] not in sw.site_words or any(w in sw.not_the_site for w in before):
            continue
        sites.append(m)
    return sites[0] if len({m.entity for m in sites}) == 1 else None


def _agent(d: Document, s: int, sentence_mentions: list[Mention], sw: SameHappeningWords) -> Mention | None:
    """The one person the sentence makes the doer of a passive act, after a word of agency ("dipukul oleh X"). A
    person before an active verb is not read: many do the same act ("X mengapresiasi", "Y mengapresiasi")."""
    agents = [m for m in sentence_mentions if m.label == "PERSON" and _word_before(d, s, m.start) and
              _word_before(d, s, m.start)[0] in sw.agent_words]
    return agents[0] if len({m.entity for m in agents}) == 1 else None


def slot_tellings(d: Document, source: str, sw: SameHappeningWords, rw: ReconcileWords) -> list[SlotTelling]:
    """The values ``d`` gives the slots of the happenings its sentences tell."""
    out: list[SlotTelling] = []
    linked = [m for m in d.mentions if m.entity]
    for s, e in d.sentences:
        sentence = d.text[s:e]
        tokens = words(sentence)
        if not tokens or _has_phrase(tokens, sw.repeated):
            continue
        written = WORD_PATTERN.findall(sentence)
        if len(written) != len(tokens):
            continue
        predicates = sentence_predicates(tokens, written, sw, rw)
        mentions = [m for m in linked if s <= m.start < e]
        if not predicates or not mentions:
            continue
        anchors = frozenset(m.entity for m in mentions if m.entity)
        if "day" in sw.slots:
            day = _happening_day(d, s, e, sw, rw)
            if day is not None:
                out.append(SlotTelling(d, source, "day", day[0], day[1], sentence, predicates, anchors))
        if "place" in sw.slots:
            site = _site(d, s, mentions, sw)
            if site is not None:
                out.append(SlotTelling(d, source, "place", site.entity, site.text, sentence, predicates,
                                       anchors - {site.entity}))
        if "agent" in sw.slots:
            agent = _agent(d, s, mentions, sw)
            if agent is not None:
                out.append(SlotTelling(d, source, "agent", agent.entity, agent.text, sentence, predicates,
                                       anchors - {agent.entity}))
    return out


def _names_value(texts: list[str], days: set[date], entities: set[str], t: SlotTelling) -> bool:
    """Whether a source's reports name the value of ``t`` anywhere: its day among their days, its entity among
    their mentions or its words in their text."""
    if t.slot == "day":
        return t.value in days
    if t.value in entities:
        return True
    low = t.written.lower()
    return any(low in text.lower() for text in texts)


def clipped_name(short: str, long: list[str], first: bool = True) -> bool:
    """``short`` (one word) is a piece of each of ``long``'s words run together in order, each at least two letters,
    the first word's piece its opening: a clipped name ("Muratara" / "MUsi RAwas uTARA")."""
    if not long:
        return not short
    head = long[0]
    pieces = {head[:k] for k in range(2, len(head) + 1)} if first else {
        head[i:j] for i in range(len(head)) for j in range(i + 2, len(head) + 1)}
    return any(short.startswith(p) and clipped_name(short[len(p):], long[1:], False) for p in pieces)


def _one_name(a: SlotTelling, b: SlotTelling, sw: SameHappeningWords) -> bool:
    """Two written names that can be one: one spelling of the other ("Watu Kodok" / "Watukodok", "Dhani" / "Ahmad
    Dhani", through the named-slot speller), one clipped from the other ("Muratara" / "Musi Rawas Utara"), or, for a
    place, one inside the other once level words are off (more precise: "Paya Lebar" / "Paya Lebar Square";
    "Kabupaten Bangkalan" / "Bangkalan"). "Selat Bali" and "Selat Lombok" share a word and are two places."""
    wa = [w for w in words(a.written) if w not in sw.level_words]
    wb = [w for w in words(b.written) if w not in sw.level_words]
    if not wa or not wb:
        return True
    if one_name_two_spellings(wa, wb, named_slot_words()):
        return True
    short, long = sorted((wa, wb), key=len)
    if len(short) == 1 and len(long) > 1 and clipped_name(short[0], long):
        return True
    if a.slot == "agent":
        return bool(set(wa) & set(wb))
    return set(wa) <= set(wb) or set(wb) <= set(wa)


def same_happening_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                             rw: ReconcileWords | None = None, told: Sequence[Discrepancy] = (),
                             language: str = "id", on: bool | None = None) -> list[Discrepancy]:
    """One ``detail`` item per slot of one happening that independent sources give incompatible values; ``told``
    holds the items found before (their documents are not told of again); ``on`` overrides the data's setting."""
    sw = same_happening_words(language)
    if not (sw.on if on is None else on) or not sw.slots or not sw.verb_prefixes:
        return []
    rw = rw or reconcile_words()
    days: dict[str, set[date]] = defaultdict(set)
    entities: dict[str, set[str]] = defaultdict(set)

    def read(d: Document, source: str) -> list[SlotTelling]:
        days[source].update(x for x in (day_of(t) for t in d.dates) if x is not None)
        entities[source].update(m.entity for m in d.mentions if m.entity)
        return slot_tellings(d, source, sw, rw)

    by_slot, texts = readings_by_source(docs, by_id, language, read, lambda t: t.slot)
    tellings = [t for group in by_slot.values() for t in group]
    told_docs = [set(x.docs) for x in told if x.kind == "detail"]
    conflicts: dict[tuple[str, frozenset], list[SlotTelling]] = {}
    for i, a in enumerate(tellings):
        for b in tellings[i + 1:]:
            if a.slot != b.slot or a.source == b.source or a.value == b.value:
                continue
            if not (a.predicates & b.predicates) or not (a.anchors & b.anchors):
                continue
            gap = published_days_apart(a.doc, b.doc)
            if gap is None or gap > sw.max_published_apart:
                continue
            if a.slot == "day" and abs((a.value - b.value).days) > sw.max_days_apart:  # type: ignore[operator]
                continue
            if a.slot != "day" and _one_name(a, b, sw):
                continue
            if (_names_value(texts[a.source], days[a.source], entities[a.source], b)
                    or _names_value(texts[b.source], days[b.source], entities[b.source], a)):
                continue  # a source naming both values tells of both
            if any({a.doc.id, b.doc.id} <= x for x in told_docs):
                continue
            key = (a.slot, frozenset((a.value, b.value)))
            group = conflicts.setdefault(key, [])
            group.extend(x for x in (a, b) if x not in group)
    out = []
    for (slot, _), group in conflicts.items():
        by_value: dict[Hashable, list[SlotTelling]] = defaultdict(list)
        for t in group:
            by_value[t.value].append(t)
        out.append(listed_detail(story, list(by_value.values()), "detail.happening_told", "value",
                                 _MESSAGES[slot], "values"))
    return out


__all__ = ["SameHappeningWords", "SlotTelling", "clipped_name", "same_happening_conflicts", "same_happening_words",
           "sentence_predicates", "slot_tellings"]
