"""One person of a story written by other initials in another outlet: the one reader of initials told two ways.

Indonesian crime and crash reports name suspects, drivers, victims and their kin by initials, often with an age in
brackets ("pelaku berinisial EF", "ayahnya, APW (40)"). ``initials_readings`` reads them once per document: a word of
capitals right after a cue ("berinisial") or right before an age in brackets as the age reader reads it, with the
role the nearest role word back in its clause gives ("neneknya, RM (69)": a grandmother). Two rules set two
independent outlets' readings against each other, each a ``detail`` item of the name:

- **role** (disc78): the person of one role given the same age but other initials ("neneknya, RM (69)" /
  "neneknya, RW (69)"). Compared only where each outlet names one person of the role by initials (the sets per role,
  "AW (24), MAS (23), LA (28) dan DD (20)", are never compared), at the same age, and never where either outlet
  writes the other's initials. ``explained`` when the letters of one are among the other's ("AP" / "APW"),
  ``contradiction`` when a letter differs ("RM" / "RW").
- **group** (disc48): one person of a group of people named by initials and age written otherwise: "MW (32) dan ODE
  (39)" in one outlet, "ODE (39) dan MM (32)" in the other. The two name the same people but one, each at the same
  age (a person one outlet gives no age is still of the group when it writes the initials), and the one left in
  each has the same age under other initials.

One item per pair of initials, whichever rule finds it first. Words are ``lang/<lang>/initials.yaml`` (one loader);
the age in brackets is the age reader's (``age_details`` of reconcile.yaml, read in discrepancies.py and handed in).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import initials_cues, load_data
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import detail_item, shortened
from ceksilang.reconcile.sources import source_key
from ceksilang.reconcile.stories import order_key
from ceksilang.render.explain import message


@dataclass(frozen=True, slots=True)
class InitialsWords:
    """``initials.yaml`` (see the comments there)."""

    max_letters: int
    pattern: re.Pattern[str]  # initials standing as a word in running text (see ``initials_letters``)
    group_min_letters: int
    reach: int
    cues: frozenset[str]
    particles: tuple[str, ...]
    roles: dict[str, str]  # a role word -> its role key
    relations: frozenset[str]  # heads making the person someone of the role word after them ("istri korban")
    explained_score: float
    contradiction_score: float
    group_score: float


@lru_cache(maxsize=8)
def initials_letters(least: int = 1, language: str = "id") -> str:
    """The regular expression of initials as written: ``least`` to ``max_letters`` (initials.yaml) capitals, each maybe
    with a dot ("MR", "M.R."): the one shape every reader of initials builds on."""
    most = int((load_data("initials", language) or {}).get("max_letters", 4))
    return rf"(?:[A-Z]\.?){{{least},{most}}}"


@lru_cache(maxsize=4)
def initials_words(language: str = "id") -> InitialsWords:
    data = load_data("initials", language) or {}
    roles = {str(w).lower(): str(key) for key, words in (data.get("roles") or {}).items() for w in words or []}
    max_letters = int(data.get("max_letters", 4))
    pattern = re.compile(rf"(?<![\w.])({initials_letters(1, language)})(?![\w])")
    return InitialsWords(max_letters, pattern, int(data.get("group_min_letters", 2)),
                         int(data.get("reach", 4)), initials_cues(language),
                         tuple(str(p).lower() for p in data.get("particles") or []), roles,
                         frozenset(str(w).lower() for w in data.get("relations") or []),
                         float(data.get("explained_score", 2.5)), float(data.get("contradiction_score", 3.75)),
                         float(data.get("group_score", 3.75)))


@dataclass(frozen=True, slots=True)
class AgeInBrackets:
    """How the age reader reads an age in brackets ("(27)", "(27 tahun)") and the ages it believes."""

    pattern: re.Pattern[str] | None
    low: int
    high: int


# a word, or a clause mark: a person's role is read back to the clause's start
_TOKEN = re.compile(r"[^\W_][\w'-]*|[.;:!?\"“”()]")
_CLAUSE_END = frozenset('.;:!?"“”()')


@dataclass(frozen=True, slots=True)
class InitialsReading:
    doc: Document
    source: str
    initials: str  # the letters, no dots: "MR"
    written: str  # as the text writes them, with the age: "M.R. (27 tahun)"
    age: int | None
    role: str | None
    sentence: str


def _role_of(word: str, iw: InitialsWords) -> str | None:
    low = word.lower()
    if low in iw.roles:
        return iw.roles[low]
    for p in iw.particles:
        if low.endswith(p) and low[: -len(p)] in iw.roles:
            return iw.roles[low[: -len(p)]]
    return None


def _role_before(words: list[str], iw: InitialsWords) -> str | None:
    """The role of the person named after ``words``: the nearest role word among their last ``reach`` words (stopping
    at a clause mark). Indonesian puts the head first: a relation or kin word right before the role word ("istri
    korban", "kuasa hukum pelaku") makes the person that word's, not the role's: a kin word of ``roles`` gives the
    role of the two ("wife/victim": the victim's wife), another relation none (a friend, a lawyer); two relations
    side by side ("suami istri") name a pair of people, no one role."""
    window = words[-iw.reach:] if iw.reach else []
    for i in range(len(window) - 1, -1, -1):
        w = window[i]
        if w in _CLAUSE_END:
            return None
        role = _role_of(w, iw)
        if role is None:
            continue
        head = _head_before(words[:len(words) - len(window) + i], iw)
        if head is None:
            return role
        if _head_before([w], iw) is not None:
            return None  # two relations side by side name a pair ("pasangan suami istri", "kakak adik"): several
        head_role = _role_of(head, iw)
        return f"{head_role}/{role}" if head_role else None
    return None


def _head_before(words: list[str], iw: InitialsWords) -> str | None:
    """The relation or kin word ending ``words`` ("istri", "kuasa hukum", "temannya"), or None."""
    for n in (2, 1):
        if len(words) < n or any(w in _CLAUSE_END for w in words[-n:]):
            continue
        phrase = " ".join(words[-n:]).lower()
        bare = phrase
        for p in iw.particles:
            if phrase.endswith(p) and phrase[: -len(p)] in iw.relations | iw.roles.keys():
                bare = phrase[: -len(p)]
        if bare in iw.relations:
            return bare
    return None


def initials_readings(d: Document, source: str, iw: InitialsWords, ages: AgeInBrackets) -> list[InitialsReading]:
    """The people ``d`` names by initials, in text order: capitals right after a cue or right before an age in
    brackets (one space at most between), not inside a body's or a place's name the tagger found ("RSUD (3)")."""
    out = []
    others = [(m.start, m.end) for m in d.mentions if m.label != "PERSON"]
    for s, e in d.sentences or [(0, len(d.text))]:
        sentence = d.text[s:e]
        for m in iw.pattern.finditer(sentence):
            letters = m.group(1).replace(".", "")
            if len(letters) > iw.max_letters:
                continue
            after = m.end() + (1 if sentence[m.end():m.end() + 1].isspace() else 0)
            aged = ages.pattern.match(sentence, after) if ages.pattern is not None else None
            age = int(aged.group(1)) if aged else None
            if age is not None and not ages.low <= age <= ages.high:
                age, aged = None, None
            words = _TOKEN.findall(sentence[:m.start()])
            cued = bool(words) and words[-1].lower() in iw.cues
            if not (cued or aged):
                continue
            if any(a <= s + m.start() < b for a, b in others):
                continue
            role = _role_before(words[:-1] if cued else words, iw)
            written = f"{m.group(1)} {aged.group(0)}" if aged else m.group(1)
            out.append(InitialsReading(d, source, letters, written, age, role, sentence))
    return out


def _writes(texts: Sequence[str], initials: str) -> bool:
    """Whether one of ``texts`` writes these initials as a word ("NK" in "AT dan NK"), with or without a dot after
    each letter ("M.S." for "MS"), as the reader reads them."""
    pattern = re.compile(r"(?<![\w.])" + "".join(rf"{re.escape(c)}\.?" for c in initials) + r"(?!\w)")
    return any(pattern.search(t) for t in texts)


def _texts_of(readings: Sequence[InitialsReading]) -> list[str]:
    return list({id(r.doc): r.doc.text for r in readings}.values())


def _role_conflicts(story: str, by_source: dict[str, list[InitialsReading]], iw: InitialsWords,
                    told: set[frozenset[str]]) -> list[Discrepancy]:
    """The role rule (see the module's docstring)."""
    by_role: dict[str, dict[str, list[InitialsReading]]] = defaultdict(lambda: defaultdict(list))
    for src, rs in by_source.items():
        for r in rs:
            if r.role is not None:
                by_role[r.role][src].append(r)
    out: list[Discrepancy] = []
    for role, sources in sorted(by_role.items()):
        # an outlet naming two people of the role by initials names several: none of them is compared
        one = {src: rs for src, rs in sources.items() if len({r.initials for r in rs}) == 1}
        names = sorted(one)
        for i, sa in enumerate(names):
            for sb in names[i + 1:]:
                a = next((r for r in one[sa] if r.age is not None), None)
                b = next((r for r in one[sb] if r.age is not None), None)
                if a is None or b is None or a.age != b.age or a.initials == b.initials:
                    continue
                pair = frozenset((a.initials, b.initials))
                if pair in told:
                    continue
                if _writes(_texts_of(one[sa]), b.initials) or _writes(_texts_of(one[sb]), a.initials):
                    continue
                told.add(pair)
                first, second = sorted((a, b), key=lambda r: order_key(r.doc))
                subset = set(a.initials) <= set(b.initials) or set(b.initials) <= set(a.initials)
                status = "explained" if subset else "contradiction"
                key = "detail.name_spelt" if subset else "detail.name_other"
                explanation = message(key, outlet_a=first.doc.outlet or first.doc.id,
                                      written_a=f"{first.initials} ({first.age})", sentence_a=shortened(first.sentence),
                                      outlet_b=second.doc.outlet or second.doc.id,
                                      written_b=f"{second.initials} ({second.age})",
                                      sentence_b=shortened(second.sentence))
                docs_of = sorted({r.doc.id for src in (sa, sb) for r in one[src]}
                                 | {r.doc.id for rs in sources.values() for r in rs
                                    if r.initials in pair and r.age in (a.age, None)
                                    and len({x.initials for x in sources[r.source]}) == 1})
                score = iw.explained_score if subset else iw.contradiction_score
                out.append(detail_item(story, docs_of, explanation, score, status=status))
    return out


def _group_conflicts(story: str, by_source: dict[str, list[InitialsReading]], iw: InitialsWords,
                     told: set[frozenset[str]]) -> list[Discrepancy]:
    """The group rule (see the module's docstring). Initials of the same name ("MR" / "Marpuah Rahayu") are the
    age reader's one person and no item here: only initials are read."""
    aged = {src: [r for r in rs if r.age is not None and len(r.initials) >= iw.group_min_letters]
            for src, rs in by_source.items()}
    people: dict[str, dict[str, int]] = {}
    for src, rs in aged.items():
        named: dict[str, int] = {}
        for r in rs:
            if named.setdefault(r.initials, r.age) != r.age:
                break  # one source giving one set of initials two ages tells two people, or slipped
        else:
            if rs:
                people[src] = named
    out: list[Discrepancy] = []
    sources = sorted(people)
    for i, sa in enumerate(sources):
        for sb in sources[i + 1:]:
            pa, pb = people[sa], people[sb]
            # a person of the group one source gives no age is still one of it when the source writes
            # the initials ("AT dan NK (15)" against "AT (14 tahun) dan sang kakak KT (15 tahun)")
            text_a, text_b = _texts_of(aged[sa]), _texts_of(aged[sb])
            only_a = {n for n in pa.keys() - pb.keys() if not _writes(text_b, n)}
            only_b = {n for n in pb.keys() - pa.keys() if not _writes(text_a, n)}
            shared = (pa.keys() | pb.keys()) - only_a - only_b
            if len(only_a) != 1 or len(only_b) != 1 or not shared \
                    or any(pa[n] != pb[n] for n in pa.keys() & pb.keys()):
                continue
            (name_a,), (name_b,) = only_a, only_b
            pair = frozenset((name_a, name_b))
            if pa[name_a] != pb[name_b] or pair in told:
                continue
            told.add(pair)
            a = next(r for r in aged[sa] if r.initials == name_a)
            b = next(r for r in aged[sb] if r.initials == name_b)
            first, second = sorted((a, b), key=lambda r: order_key(r.doc))
            explanation = message("detail.identity", subject_a=f"({a.age})", outlet_a=first.doc.outlet or first.doc.id,
                                  role_a=first.written, sentence_a=shortened(first.sentence),
                                  outlet_b=second.doc.outlet or second.doc.id, role_b=second.written,
                                  sentence_b=shortened(second.sentence))
            docs_of = sorted({r.doc.id for src in (sa, sb) for r in aged[src] if r.initials in (name_a, name_b)})
            out.append(detail_item(story, docs_of, explanation, iw.group_score))
    return out


def initials_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document], ages: AgeInBrackets,
                       language: str = "id", told: set[frozenset[str]] | None = None) -> list[Discrepancy]:
    """One person given other initials by two independent outlets, by the group rule and the role rule (see the
    module's docstring); ``told``: pairs of initials (letters, no dots) another rule told already, left out."""
    iw = initials_words(language)
    by_source: dict[str, list[InitialsReading]] = defaultdict(list)
    for d in docs:
        if d.language not in (None, language):
            continue
        for r in initials_readings(d, source_key(d, by_id), iw, ages):
            by_source[r.source].append(r)
    told = set(told or ())
    out = _group_conflicts(story, by_source, iw, told)
    if iw.roles:
        out.extend(_role_conflicts(story, by_source, iw, told))
    return out


__all__ = ["AgeInBrackets", "InitialsReading", "InitialsWords", "initials_conflicts", "initials_letters",
           "initials_readings", "initials_words"]
