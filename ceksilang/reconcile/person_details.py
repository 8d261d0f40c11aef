"""What one person of a story is, told two ways by two outlets (issue 20, disc37).

Reports of a crash or a crime name the people in it with what they are, right next to the name:
"mekanik Slamet", "kernetnya yang bernama Riko Aditya", "Kapolsek Cisauk AKP Dhady Arsya",
"Samsul (33), kernet warga ...". When one outlet makes a man the truck's helper and another its
mechanic, or a police chief a Kapolsek in one report and a Kapolres in another, a checker asks
which is right. The families of roles that exclude each other for one person, and the words that
may stand between a role and the name, are ``lang/<lang>/person_details.yaml``, read once by
``person_detail_words``. People are one person across outlets when their names are one name
written two ways (``spellings.one_name_two_spellings``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ceksilang.extract.entities import without_degrees
from ceksilang.lang import (LanguageDataError, load_data, lower_words, pronoun_enclitics, without_pronoun_enclitic,
                            word_tuples)
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import detail_item, one_sided, published_days_apart, shortened
from ceksilang.reconcile.disjoint_sets import DisjointSets
from ceksilang.reconcile.sources import source_key
from ceksilang.reconcile.spellings import named_slot_words, one_name_two_spellings, one_word_two_spellings
from ceksilang.reconcile.stories import order_key
from ceksilang.reconcile.words import reconcile_words
from ceksilang.render.explain import message


@dataclass(frozen=True, slots=True, eq=False)
class PersonDetailWords:
    """``person_details.yaml``: see the comments there (built once per language: compared by identity)."""

    roles: tuple[tuple[tuple[str, ...], str, str], ...]  # (written form as words, family, value), longest first
    role_ends: frozenset[str]  # last words of the written forms: a role ends there or nowhere
    between: frozenset[str]
    not_own: frozenset[str]
    list_joiners: frozenset[str]
    max_between: int
    max_days_apart: int
    home_cues: tuple[tuple[str, ...], ...] = ()  # longest first
    home_levels: tuple[tuple[tuple[str, ...], str], ...] = ()  # (place word as words, its level), longest first
    max_places: int = 4
    # the roles by their first word, longest first: a token is tried against its own few forms only
    by_first: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = field(default_factory=dict)
    near_role: re.Pattern[str] | None = None  # any word a role ends with or a home cue opens with
    apposition_links: tuple[str, ...] = ()  # lower case, in the file's order
    pair_after_name: re.Pattern[str] | None = None  # ", dan Selamet": a second name joined on (pair_joiners)
    age_after: re.Pattern[str] | None = None  # "(33)", ", 50 tahun,": an age right after a name (age_units)
    titles_only: frozenset[str] = frozenset()  # families written only before a name (ranks)
    not_in_apposition: frozenset[str] = frozenset()  # families never read after a name and its comma


@lru_cache(maxsize=4)
def person_detail_words(language: str = "id") -> PersonDetailWords:
    """``lang/<language>/person_details.yaml`` read once: the roles by family, the words read between a role and
    its name, the home cues and levels, and the patterns built from them. A language with no such file reads
    no roles (every rule of this module then finds nothing)."""
    try:
        data = load_data("person_details", language)
    except LanguageDataError:  # a language with no such file reads no roles
        data = {}
    roles = [(form, str(family), str(value))
             for family, values in (data.get("families") or {}).items()
             for value, forms in (values or {}).items() for form in word_tuples(forms)]
    roles.sort(key=lambda r: -len(r[0]))
    home = data.get("home") or {}
    cues = sorted(word_tuples(home.get("cues")), key=len, reverse=True)
    levels = sorted(((w, str(level)) for level, ws in (home.get("levels") or {}).items() for w in word_tuples(ws)),
                    key=lambda x: -len(x[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
    for role in roles:  # already longest first
        by_first[role[0][0]].append(role)
    ends = {r[0][-1] for r in roles}
    heads = sorted(ends | {c[0] for c in cues}, key=len, reverse=True)
    # a role word may carry a pronoun enclitic ("kernetnya")
    enclitic = "|".join(re.escape(e) for e in pronoun_enclitics())
    near = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in heads) + r")"
                      + (rf"(?:{enclitic})?" if enclitic else "") + r"(?!\w)", re.IGNORECASE) if heads else None
    joiners = "|".join(re.escape(str(w)) for w in data.get("pair_joiners") or [])
    # case-sensitive: "dan" joins a second name, "Dan" opens a sentence's next clause or a name
    pair_after_name = re.compile(rf"\s*(?:,\s*)?(?:{joiners})\s+[A-Z]") if joiners else None
    units = "|".join(re.escape(str(u)) for u in data.get("age_units") or [])
    unit = rf"(?:\s*(?:{units}))?" if units else ""
    # "(33)", "(33 tahun)", or ", 50," / ", 50 tahun," (a bare number after a comma only before another comma)
    age_after = re.compile(rf"\s*(?:\(\s*\d{{1,3}}{unit}\s*\)|,\s*\d{{1,3}}{unit}\s*(?=,))", re.IGNORECASE)
    return PersonDetailWords(tuple(roles), frozenset(ends), lower_words(data.get("between")),
                             lower_words(data.get("not_own")), lower_words(data.get("list_joiners")),
                             int(data.get("max_between", 6)),
                             int(data.get("max_days_apart", 1)), tuple(cues), tuple(levels),
                             int(home.get("max_places", 4)), {k: tuple(v) for k, v in by_first.items()}, near,
                             tuple(str(w).lower() for w in data.get("apposition_links") or []), pair_after_name,
                             age_after, frozenset(str(f) for f in data.get("titles_only") or []),
                             frozenset(str(f) for f in data.get("not_in_apposition") or []))


@dataclass(slots=True)
class _RoleReading:
    doc: Document
    source: str
    name: tuple[str, ...]  # the person's name words, lower case, roles and ranks off
    shown: str  # the name as written
    family: str
    value: str
    written: str  # the role with the name, as the text writes it: "mekanik Slamet"
    sentence: str


_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|\d+|[(),]")
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_COMMA = re.compile(r"\s*,\s*")
# a role alone in brackets right after a name: "Pulung Darmawan (pilot)", "Suwanda (penumpang)" (disc57)
_BRACKETED = re.compile(r"\s*\(\s*([^()\d]{2,40}?)\s*\)")


def _role_ending_at(low: list[str], k: int, pw: PersonDetailWords) -> tuple[int, str, str] | None:
    """The role whose written form ends at token ``k`` (a "-nya" on its last word allowed:
    "kernetnya"), as (its first token, family, value)."""
    last = low[k]
    bare = without_pronoun_enclitic(last) or last
    if last not in pw.role_ends and bare not in pw.role_ends:
        return None
    for form, family, value in pw.roles:
        start = k - len(form) + 1
        if start < 0:
            continue
        if list(low[start:k]) == list(form[:-1]) and form[-1] in (last, bare):
            return start, family, value
    return None


def _role_starting_at(low: list[str], k: int, pw: PersonDetailWords) -> tuple[int, str, str] | None:
    """The role whose written form starts at token ``k`` ("kernet" of "kernet warga ..."), as (the
    token after it, family, value)."""
    if k >= len(low):
        return None
    for form, family, value in pw.by_first.get(low[k], ()):
        if tuple(low[k:k + len(form)]) == form:
            return k + len(form), family, value
    return None


def _name_words(shown: str, pw: PersonDetailWords, honorifics: frozenset[str]) -> tuple[str, ...]:
    """A mention's name words, lower case, without roles, ranks and honorifics the mention kept
    ("AKP Dhady Arsya" -> ("dhady", "arsya")), and without the degrees that end it ("M Anwar Reksowidjojo SIK
    MH" is "M Anwar Reksowidjojo" of another outlet)."""
    low = [w.lower() for w in _NAME_TOKEN.findall(without_degrees(shown))]
    k = 0
    while k < len(low):
        found = _role_starting_at(low, k, pw)
        if found is not None:
            k = found[0]
        elif low[k] in honorifics:
            k += 1
        else:
            break
    return tuple(w for w in low[k:] if w)


@dataclass(frozen=True, slots=True)
class PersonSpan:
    """Where a text names a person: character offsets of the name, ``end`` exclusive."""

    start: int
    end: int


def _word_char(c: str) -> bool:
    """A character a name found by its text may not touch ("Slamet" is not inside "Slamet-nya" or "Slamet_2")."""
    return c.isalnum() or c in "_-"


def person_spans(d: Document) -> list[PersonSpan]:
    """Where ``d`` names a person: its PERSON mentions, and every other place the text writes one of
    those names whole (the tagger finds "Slamet" once and misses "mekanik Slamet (20)" in the
    sentence before)."""
    spans = {(m.start, m.end) for m in d.mentions if m.label == "PERSON" and m.end > m.start}
    taken = [(m.start, m.end) for m in d.mentions if m.label != "PERSON"]
    # longest first: a full name claims its places before a short name found inside it ("Agus" in
    # "Agus Widiono"), whatever order the set gives
    for name in sorted({d.text[a:b].strip() for a, b in spans}, key=lambda n: (-len(n), n)):
        if len(name) < 3 or not name[:1].isupper():
            continue
        at = d.text.find(name)
        while at >= 0:
            end = at + len(name)
            whole = (at == 0 or not _word_char(d.text[at - 1])) and (end == len(d.text) or not _word_char(d.text[end]))
            if whole and (at, end) not in spans and not any(a < end and at < b for a, b in [*spans, *taken]):
                spans.add((at, end))  # not inside a longer name or a body's name
            at = d.text.find(name, end)
    return [PersonSpan(a, b) for a, b in sorted(spans)]


# characters either side of a name a role or a home word must be within to be read at all: a
# walk back over six words of a unit and a rank, an apposition or a home after an age
NEAR_ROLE_REACH = 160


def _role_readings(d: Document, source: str, pw: PersonDetailWords) -> list[_RoleReading]:
    """The roles ``d`` gives the people it names, right before a PERSON name (walking back over
    ranks, units, vehicles and "yang bernama") or in apposition after it ("Samsul (33), kernet")."""
    persons = person_spans(d)
    if not persons or not pw.roles:
        return []
    honorifics = reconcile_words().honorifics
    # the article's full names: a later "kata Irjen Agus" is the "Irjen Agus Suryonugroho" it named
    # before, when it named only one person with that word
    full_names = {n for p in persons if len(n := _name_words(d.text[p.start:p.end], pw, honorifics)) > 1}
    out: list[_RoleReading] = []
    for m in persons:
        # most names stand near no role or home word: the window test skips them before any walk
        if pw.near_role is None or not pw.near_role.search(d.text, max(0, m.start - NEAR_ROLE_REACH),
                                                          m.end + NEAR_ROLE_REACH):
            continue
        sent = d.sentence_at(m.start)
        s, e = sent if sent else (max(0, m.start - 200), min(len(d.text), m.end + 200))
        shown = d.text[m.start:m.end].strip()
        name = _name_words(shown, pw, honorifics)
        if not name:
            continue
        if len(name) == 1:
            fuller = {n for n in full_names if name[0] in n}
            if len(fuller) == 1:
                name = next(iter(fuller))
        others = [(p.start, p.end) for p in persons if p is not m and s <= p.start < e]
        sentence = d.text[s:e]
        # before the name
        spans = [(x.start() + s, x.end() + s, x.group()) for x in _TOKEN.finditer(d.text[s:m.start])]
        low = [t.lower() for _, _, t in spans]
        found: dict[str, tuple[str, int]] = {}
        k, budget = len(spans) - 1, pw.max_between
        while k >= 0:
            if any(a <= spans[k][0] < b for a, b in others):
                break  # another person's name: what stands before it is theirs
            role = _role_ending_at(low, k, pw)
            if role is not None:
                start, family, value = role
                if start and low[start - 1] in pw.not_own:
                    break
                if start >= 2 and low[start - 1] in pw.list_joiners and _role_ending_at(low, start - 2, pw):
                    break  # "sopir dan kernet Umar dan Selamet": roles of a list, in order
                found.setdefault(family, (value, spans[start][0]))
                k = start - 1
                continue
            token = spans[k][2]
            if token == ")" and k >= 2 and spans[k - 2][2] == "(" and _role_ending_at(low, k - 1, pw):
                k -= 3  # a rank restated short in brackets: "Ajun Komisaris Polisi (AKP) Has Darman"
                continue
            if low[k] in pw.between or low[k].rstrip(".") in honorifics or token == "," \
                    or (token[:1].isupper() and token[:1].isalpha()) or (token.isdigit() and len(token) <= 2):
                budget -= 1  # a unit's number is one of its words: "Danyon 3 Brimob", "Kompi 1 Batalyon C"
                if budget < 0:
                    break
                k -= 1
                continue
            break
        after_name = d.text[m.end:e]
        if pw.pair_after_name is not None and pw.pair_after_name.match(after_name):
            found = {}  # "kernet truk, Umar dan Selamet": the role is the pair's
        for family, (value, at) in found.items():
            out.append(_RoleReading(d, source, name, shown, family, value, d.text[at:m.end], sentence))
        out.extend(_home_readings(d, source, name, shown, after_name, sentence, pw))
        bracketed = _bracketed_role(after_name, pw)
        if bracketed is not None:
            family, value, written = bracketed
            if family not in found:
                out.append(_RoleReading(d, source, name, shown, family, value, f"{shown} {written}", sentence))
        # in apposition after the name: "Samsul (33), kernet warga ...", "Haji Santoso, 50, sopir asal Kudus"
        rest = after_name
        age = pw.age_after.match(rest) if pw.age_after is not None else None
        at = age.end() if age else 0
        comma = _COMMA.match(rest[at:])
        if comma is None:
            continue
        at += comma.end()
        tail = rest[at:]
        lowered = tail.lower()
        for link in pw.apposition_links:
            if lowered.startswith(link + " "):
                tail, lowered = tail[len(link) + 1:], lowered[len(link) + 1:]
                break
        tail_at = m.end + len(rest) - len(tail)
        tokens = [t.lower() for t in _TOKEN.findall(tail[:80])]
        role = _role_starting_at(tokens, 0, pw) if tokens else None
        if role is None and tokens:
            bare = without_pronoun_enclitic(tokens[0])
            role = _role_starting_at([bare, *tokens[1:]], 0, pw) if bare else None
        if role is None:
            continue
        end, family, value = role
        if end < len(tokens) and tokens[end] in pw.list_joiners:
            continue  # "Umar, sopir dan kernet": a list
        if family in pw.not_in_apposition or _titles_next_name(d, tail_at, end, e, persons, pw):
            continue  # "AKP Hasdarman, Kabagops Polres Malang Kompol Wahyu SS": the next man's post
        if any(r.family == family for r in out if r.doc is d and r.shown == shown and r.sentence == sentence):
            continue
        written = f"{shown}{rest[:at]}{' '.join(_TOKEN.findall(tail)[:end])}"
        out.append(_RoleReading(d, source, name, shown, family, value, written, sentence))
    return out


def _bracketed_role(after: str, pw: PersonDetailWords) -> tuple[str, str, str] | None:
    """A role that is all a bracket right after a name holds ("Farid (teknisi)", "Suwanda (penumpang)"), as
    (family, value, the bracket as written); a bracket holding more than the role ("(Kabid Humas Polda)"
    after a rank, "(pelaku utama)") or a family never read after a name (a rank, a case's side) is none."""
    bracket = _BRACKETED.match(after)
    if bracket is None:
        return None
    tokens = [t.lower() for t in _TOKEN.findall(bracket.group(1))]
    role = _role_starting_at(tokens, 0, pw) if tokens else None
    if role is None or role[0] != len(tokens) or role[1] in pw.not_in_apposition:
        return None
    return role[1], role[2], bracket.group(0).strip()


def _titles_next_name(d: Document, at: int, role_end: int, sentence_end: int, persons: list[PersonSpan],
                      pw: PersonDetailWords) -> bool:
    """Whether the role read in apposition at ``at`` (its tokens ending at ``role_end``) is rather the
    title of the next person of a list: its unit's capitalised words run on into a rank or another
    person's name ("..., Kabagops Polres Malang Kompol Wahyu SS"); an apposition closes with a comma
    or a verb first ("Artanto, Kepala Bidang Humas Polda Jawa Tengah, menjelaskan")."""
    found = list(_TOKEN.finditer(d.text, at, min(sentence_end, at + 160)))
    low = [x.group().lower() for x in found]
    starts = {p.start for p in persons}
    k = role_end
    while k < len(found):
        token = found[k].group()
        if found[k].start() in starts:
            return True
        role = _role_starting_at(low, k, pw)
        if role is not None:
            if role[1] in pw.titles_only:
                return True
            k = role[0]
            continue
        if not (token[:1].isupper() and token[:1].isalpha()) and low[k] not in pw.between \
                and not (token.isdigit() and len(token) <= 2):
            return False
        k += 1
    return False


_HOME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|/|,|\S")


def _home_readings(d: Document, source: str, name: tuple[str, ...], shown: str, after: str, sentence: str,
                   pw: PersonDetailWords) -> list[_RoleReading]:
    """Where a person lives, right after the name: an age, a role in apposition, then a word of
    home ("warga", "asal") and places each with its level word ("Desa Jeding, Kecamatan
    Sanankulon"): one reading per level, its value the place's name in lower case. A place with no
    level word ("warga Kudus") is not read: its level is unknown."""
    if not pw.home_cues or not pw.home_levels:
        return []
    age = pw.age_after.match(after) if pw.age_after is not None else None
    raw = _HOME_TOKEN.findall(after[age.end() if age else 0:][:200])
    low = [t.lower() for t in raw]
    k = 1 if low[:1] == [","] else 0
    role = _role_starting_at(low, k, pw)
    if role is not None:
        k = role[0]
    cue = next((c for c in pw.home_cues if tuple(low[k:k + len(c)]) == c), None)
    if cue is None:
        return []
    k += len(cue)
    out: list[_RoleReading] = []
    seen: set[str] = set()
    for _ in range(pw.max_places):
        level = next(((w, lv) for w, lv in pw.home_levels if tuple(low[k:k + len(w)]) == w), None)
        if level is None:
            break
        k += len(level[0])
        if k < len(low) and low[k] == "/":
            break  # "Desa/Kecamatan Selemadeg": one name for two levels
        place = []
        while k < len(raw) and raw[k][:1].isupper() and raw[k][:1].isalpha() \
                and not any(tuple(low[k:k + len(w)]) == w for w, _ in pw.home_levels):
            place.append(raw[k])
            k += 1
        if not place or level[1] in seen:
            break
        seen.add(level[1])
        value = " ".join(w.lower() for w in place)
        out.append(_RoleReading(d, source, name, shown, f"home:{level[1]}", value,
                                f"{shown} ... {' '.join(raw[k - len(place) - len(level[0]):k])}", sentence))
        if k < len(low) and low[k] == ",":
            k += 1
    return out


def _one_value(a: _RoleReading, b: _RoleReading) -> bool:
    """Two readings of one family that say the same: one role, or one place written two ways."""
    if a.value == b.value:
        return True
    return a.family.startswith("home:") and one_name_two_spellings(a.value.split(), b.value.split(), named_slot_words())


def one_person_named(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two namings of one person: one name written two ways or told less fully. A one-word name
    matches with a slip only when it is five letters or more ("Slamet" / "Selamet"; "Rudi" /
    "Rida" are two people)."""
    if list(a) == list(b):
        return True
    nw = named_slot_words()
    if len(a) == 1 and len(b) == 1 and min(len(a[0]), len(b[0])) < 5:
        return False
    return one_name_two_spellings(list(a), list(b), nw)


def _one_person_of_a_role(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of one officer or crew member: one name written two ways, both of two words or more,
    or one word written alike (no slip). A name of one word is no short form of a longer one here:
    across outlets "AKP Prapto" and "AKP Prapto Lasono", "Iptu Agus" and "Iptu Eko Agus" are too
    often two men (a one-word name an article gave in full before is read as that full name)."""
    if "".join(a) == "".join(b):
        return True  # one name written as one word or two: "Hasdarman" / "Has Darman"
    if len(a) == 1 and len(b) == 1:  # a slip makes another one-word name too easily ("Mujianto" / "Mulyanto")
        return one_word_two_spellings(a[0], b[0], named_slot_words(), slips=False)
    return len(a) > 1 and len(b) > 1 and one_person_named(a, b)


def _days_apart(a: _RoleReading, b: _RoleReading) -> int:
    """Whole days between the two readings' reports; 0 when either has no day."""
    gap = published_days_apart(a.doc, b.doc)
    return 0 if gap is None else gap


def person_role_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document]) -> list[Discrepancy]:
    """One person given two roles of one family by two independent sources of one day: "kernet"
    / "mekanik", "Kapolsek" / "Kapolres", "AKP" / "AKBP". A source giving one person two values of
    a family (or naming two near-named people with two) is no side; a title held by two people is
    no item (their names are not one name)."""
    pw = person_detail_words()
    if not pw.roles:
        return []
    readings = [r for d in docs if d.language in (None, "id") for r in _role_readings(d, source_key(d, by_id), pw)]
    if len(readings) < 2:
        return []
    names = sorted({r.name for r in readings})
    near: dict[tuple[str, ...], set[tuple[str, ...]]] = {n: {n} for n in names}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if _one_person_of_a_role(a, b):
                near[a].add(b)
                near[b].add(a)
    # a name that can be two people of the story ("Agus" beside "Agus Widiono" and "Eko Agus", or a
    # slip away from two names) joins no one: people are only the names whose near names are all one
    clear = {n for n in names if all(_one_person_of_a_role(x, y) for x in near[n] for y in near[n] if x < y)}
    people: DisjointSets[tuple[str, ...]] = DisjointSets(names)
    for n in clear:
        for m in near[n] & clear:
            people.join(n, m)
    groups: dict[tuple[tuple[str, ...], str], list[_RoleReading]] = defaultdict(list)
    for r in readings:
        if r.name in clear:
            groups[(people.find(r.name), r.family)].append(r)
    out: list[Discrepancy] = []
    for group in groups.values():
        # a source giving one person two values of one family tells of both: no side
        sides = one_sided(group, lambda r: next((x.value for x in group if _one_value(x, r)), r.value))
        if len({r.value for r in sides}) < 2:
            continue
        # the two readings that disagree told closest in time (the earliest such pair): a post told one way
        # on the 21st and another way by two outlets on the 31st is an item when one outlet of the 31st
        # tells the first way too
        pairs = [(_days_apart(r, x), order_key(r.doc), order_key(x.doc), i, j)
                 for i, r in enumerate(sides) for j, x in enumerate(sides)
                 if order_key(r.doc) <= order_key(x.doc) and i != j and not _one_value(r, x)]
        if not pairs:
            continue  # a place's name written two ways ("Gerogak" / "Gerokgak")
        gap, _, _, i, j = min(pairs)
        if gap > pw.max_days_apart:
            continue  # a promotion or a transfer reported days later
        first, other = sides[i], sides[j]
        subject = max((r.shown for r in group), key=len)
        explanation = message("detail.identity", subject_a=subject, outlet_a=first.doc.outlet or first.doc.id,
                              role_a=first.written, sentence_a=shortened(first.sentence),
                              outlet_b=other.doc.outlet or other.doc.id, role_b=other.written,
                              sentence_b=shortened(other.sentence))
        docs_of = sorted({r.doc.id for r in sides})
        sources = {r.source for r in sides}
        out.append(detail_item(story, docs_of, explanation, round(3.5 + 0.25 * len(sources), 3)))
    return out


__all__ = ["PersonDetailWords", "PersonSpan", "one_person_named", "person_detail_words", "person_role_conflicts",
           "person_spans"]
