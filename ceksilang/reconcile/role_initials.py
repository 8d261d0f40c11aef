"""One person of a story written by other initials in another outlet (issue 20, disc78).

Indonesian crime and crash reports name suspects, drivers, victims and their kin by initials with an age in
brackets ("pelaku berinisial EF", "ayahnya, APW (40)"). Where two independent outlets give the person of one role
the same age but other initials ("neneknya, RM (69)" / "neneknya, RW (69)"), a checker asks which is right: a
``detail`` item of the person's name, in the shape of name_variants' items. ``explained`` when the letters of one
are among the other's (a letter dropped or added, the same letters reordered: "AP" / "APW"), ``contradiction``
when a letter differs ("RM" / "RW").

Two people are never set against each other: a role is compared only where each outlet names one person of it by
initials (the sets of initials per role, "AW (24), MAS (23), LA (28) dan DD (20)", are never compared), only at the
same age, and never where either outlet writes the other's initials. Words are ``lang/<lang>/role_initials.yaml``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.lang import load_data
from ceksilang.model import Discrepancy, Document
from ceksilang.reconcile.detail_items import detail_item, shortened
from ceksilang.reconcile.sources import source_key
from ceksilang.reconcile.stories import order_key
from ceksilang.render.explain import message


@dataclass(frozen=True, slots=True)
class RoleInitialsWords:
    """``role_initials.yaml`` (see the comments there)."""

    max_letters: int
    reach: int
    cues: frozenset[str]
    particles: tuple[str, ...]
    roles: dict[str, str]  # a role word -> its role key
    explained_score: float
    contradiction_score: float


@lru_cache(maxsize=4)
def role_initials_words(language: str = "id") -> RoleInitialsWords:
    data = load_data("role_initials", language) or {}
    roles = {str(w).lower(): str(key) for key, words in (data.get("roles") or {}).items() for w in words or []}
    return RoleInitialsWords(int(data.get("max_letters", 4)), int(data.get("reach", 4)),
                             frozenset(str(w).lower() for w in data.get("cues") or []),
                             tuple(str(p).lower() for p in data.get("particles") or []), roles,
                             float(data.get("explained_score", 2.5)), float(data.get("contradiction_score", 3.75)))


# a word, or a clause mark: the role of a person is read back to the clause's start
_TOKEN = re.compile(r"[^\W_][\w'-]*|[.;:!?\"“”()]")
_CLAUSE_END = frozenset('.;:!?"“”()')
_AGE_AFTER = re.compile(r"\s*\(\s*(\d{1,3})(?:\s*(?:tahun|thn|th))?\s*\)")


@dataclass(frozen=True, slots=True)
class _Reading:
    doc: Document
    source: str
    role: str
    initials: str
    age: int | None
    sentence: str


def _role_of(word: str, rw: RoleInitialsWords) -> str | None:
    low = word.lower()
    if low in rw.roles:
        return rw.roles[low]
    for p in rw.particles:
        if low.endswith(p) and low[: -len(p)] in rw.roles:
            return rw.roles[low[: -len(p)]]
    return None


def _readings(d: Document, source: str, rw: RoleInitialsWords) -> list[_Reading]:
    out = []
    for s, e in d.sentences:
        sentence = d.text[s:e]
        tokens = list(_TOKEN.finditer(sentence))
        for k, t in enumerate(tokens):
            word = t.group()
            if not (word.isalpha() and word.isupper() and 1 <= len(word) <= rw.max_letters):
                continue
            age_m = _AGE_AFTER.match(sentence, t.end())
            cued = k > 0 and tokens[k - 1].group().lower() in rw.cues
            if not (cued or age_m):
                continue
            # the nearest role word back in the clause, the cue passed over
            role, seen, j = None, 0, k - 1 - int(cued)
            while j >= 0 and seen < rw.reach:
                w = tokens[j].group()
                if w in _CLAUSE_END:
                    break
                role = _role_of(w, rw)
                if role:
                    break
                seen += 1
                j -= 1
            if role:
                out.append(_Reading(d, source, role, word, int(age_m.group(1)) if age_m else None, sentence))
    return out


def _writes(d: Document, initials: str) -> bool:
    return re.search(rf"(?<![\w.-]){re.escape(initials)}(?![\w-])", d.text) is not None


def role_initials_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                            language: str = "id") -> list[Discrepancy]:
    """One person of one role given other initials at the same age by two independent outlets (see the
    module's docstring)."""
    rw = role_initials_words(language)
    if not rw.roles:
        return []
    by_role: dict[str, dict[str, list[_Reading]]] = defaultdict(lambda: defaultdict(list))
    for d in docs:
        if d.language not in (None, language):
            continue
        for r in _readings(d, source_key(d, by_id), rw):
            by_role[r.role][r.source].append(r)
    out: list[Discrepancy] = []
    told: set[frozenset[str]] = set()
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
                if any(_writes(r.doc, b.initials) for r in one[sa]) or any(_writes(r.doc, a.initials) for r in one[sb]):
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
                out.append(detail_item(story, docs_of, explanation, rw.explained_score if subset else rw.contradiction_score, status=status))
    return out


__all__ = ["RoleInitialsWords", "role_initials_conflicts", "role_initials_words"]
