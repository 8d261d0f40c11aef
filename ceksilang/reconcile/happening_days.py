"""The day one happening happened, told two ways by independent sources.

"... mayatnya dihanyutkan ke sungai di Kecamatan Batang Anai sehingga ditemukan pada Senin (16/6)" / "Potongan
tubuh pertama ditemukan oleh warga di ... Kecamatan Batang Anai pada Selasa, 17 Juni 2025": a body is found once,
a ship departs once, a man is arrested once, and two outlets giving the find two days disagree on a fact a
fact-checker checks. A reading is a sentence naming a happening of one family (lang/id/reconcile.yaml
``happening_days``) and one day near its phrase: a day written with a digit, or a relative one ("kemarin", "Senin
malam") as the date reader resolved it against the report's publication, so "kemarin malam" in Tuesday's report
and "Senin (12/4)" in another's are one day. Readings of one family from two sources are one happening when their
sentences share words of who or where besides the happening and the dates.

What is not a reading, because it would flag two true accounts: the day someone told of it ("kata Kapolres,
Selasa (17/6)"), a repetition ("ditemukan lagi", "keesokan harinya"), a day closing a span or a tally ("hingga
Rabu, korban tewas mencapai 585"), a counted happening ("44 warga tewas": many deaths over days), and a weekday
that does not fit its date (the weekday rule's), and a happening's noun another word governs ("pengungsi gempa",
"setelah kebakaran": the sentence's day is its own clause's) unless the noun's own verb follows it. Two happenings of
one story on two days (found on Monday, buried on Tuesday) are two families and never compared. Days are compared
on each report's own clock, unless a report gives a clock in another zone: then the day on the default zone's clock
agrees too ("00.17 WITA" on Friday is 23.17 WIB on Thursday).

The formal occasions and the moments ``_occasion_day_conflicts`` of discrepancies.py dates by a digit are its own:
a pair of documents it already told of is not told again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from ceksilang.extract.numbers import number_words
from ceksilang.extract.timex import timex_words
from ceksilang.lang import load_data, lower_words, without_pronoun_enclitic, word_tuples
from ceksilang.model import Discrepancy, Document, TimeExpr
from ceksilang.reconcile.detail_items import day_told_two_ways, phrase_at, published_days_apart
from ceksilang.reconcile.sources import source_key
from ceksilang.reconcile.words import WORD_PATTERN, ReconcileWords, content_words, reconcile_words, words

# an item of these keys already tells the documents it names apart by their days
_DAY_ITEM_KEYS = ("detail.occasion_day", "detail.weekdays")


@dataclass(frozen=True, slots=True)
class HappeningDayWords:
    """``happening_days`` of reconcile.yaml: see the comments there."""

    phrases: tuple[tuple[tuple[str, ...], str], ...]  # (a happening's phrase as words, its family), longest first
    rank: dict[str, int]  # a family's place in the file: the first listed a sentence names owns its day
    reach_before: int
    reach_after: int
    max_days_apart: int
    shared_words: int
    told_words: frozenset[str]
    told_reach: int
    repeated: tuple[tuple[str, ...], ...]
    span_words: frozenset[str]
    tally_reach: int
    age_words: frozenset[str]  # "49 tahun tewas": an age, no tally
    reported_words: frozenset[str]  # "dilaporkan hilang ke polisi": the day of the report, its own family
    place_kinds: frozenset[str]  # "jalan", "kecamatan": words of place kind (and ``place_words``), out of the reach
    nouns: frozenset[tuple[str, ...]]  # the families' phrases that are nouns ("gempa", "kebakaran"): may be governed
    governing: frozenset[str]  # "pengungsi gempa", "korban kebakaran": a noun before a happening's noun governs it
    after: frozenset[str]  # "setelah gempa": the happening before the clause's own
    after_bridge: frozenset[str]  # "setelah terjadinya gempa"
    happened: frozenset[str]  # "kebakaran yang terjadi Jumat": the noun's own verb, so its own clause
    happened_relatives: frozenset[str]  # "yang": a relative word between the noun and its own verb
    # mend50e: "after the earthquake": a determiner between the governing word and the noun; "victims of the
    # earthquake": a word linking a governing noun written before it
    determiners: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def happening_day_words(language: str = "id") -> HappeningDayWords:
    """``happening_days`` of ``lang/<language>/reconcile.yaml`` read once (empty families when it has none)."""
    whole = load_data("reconcile", language)
    data = whole.get("happening_days") or {}
    families = data.get("families") or {}
    phrases = [(p, str(family)) for family, ps in families.items() for p in word_tuples(ps) if p]
    return HappeningDayWords(tuple(sorted(phrases, key=lambda x: -len(x[0]))),
                             {str(f): k for k, f in enumerate(families)},
                             int(data.get("reach_before", 10)), int(data.get("reach_after", 4)),
                             int(data.get("max_days_apart", 3)), int(data.get("shared_words", 2)),
                             lower_words(data.get("told_words")), int(data.get("told_reach", 5)),
                             tuple(word_tuples(data.get("repeated"))), lower_words(data.get("span_words")),
                             int(data.get("tally_reach", 3)), lower_words(data.get("age_words")),
                             lower_words(data.get("reported_words")),
                             lower_words(data.get("place_kinds"))
                             | lower_words(whole.get("place_words")),
                             frozenset(word_tuples(data.get("happening_nouns"))), lower_words(data.get("governing_nouns")),
                             lower_words(data.get("after_words")), lower_words(data.get("after_bridge")),
                             lower_words(data.get("happened_words")), lower_words(data.get("happened_relatives")),
                             lower_words(data.get("governed_determiners")), lower_words(data.get("governing_links")))


@dataclass(slots=True)
class HappeningDay:
    doc: Document
    source: str
    family: str  # "found"
    day: date  # the day as written, on the report's own (local) clock
    text: str  # the date as written: "Senin (16/6)"
    sentence: str
    others: frozenset[str]  # the sentence's content words besides the happening, the date and place kinds
    context: frozenset[str]  # ``others`` and the content words of the report's title
    # every day the reading may mean: the day as written and, when its sentence gives a clock in another zone
    # ("pukul 00.17 WITA"), that day on the default zone's clock (mend50b)
    days: frozenset[date] = frozenset()


def day_of(t: TimeExpr) -> date | None:
    """The day a date names: a day, or a clock written with its day ("Rabu, 18 Juni 2025, pukul 22.12"); a bare
    clock ("pukul 08.09") takes its day from the paragraph around it and says none itself."""
    if not isinstance(t.value, str) or t.precision not in ("day", "minute"):
        return None
    if t.precision == "minute" and t.kind != "absolute":
        return None
    try:
        return date.fromisoformat(t.value[:10])
    except ValueError:
        return None


def weekday_named(t: TimeExpr) -> int | None:
    """The ISO weekday (Monday 0) a date expression opens with ("Kamis (23/11) pukul 20.05"), or None."""
    tw = timex_words()
    first = words(t.text)[:2]
    if first and first[0] in tw.weekday_prefix:
        first = first[1:]
    return tw.weekdays[first[0]] if first and first[0] in tw.weekdays else None


def weekday_misfit(t: TimeExpr, day: date) -> bool:
    """A weekday written beside a date it is not ("Senin (17/6)" of a Tuesday)."""
    named = weekday_named(t)
    return named is not None and named != day.weekday()


def _names_a_place(d: Document, t: TimeExpr, sentence_start: int) -> bool:
    """A lone relative weekday right after a capitalised word inside the sentence is a name's word ("Pasar Minggu",
    "Kliwon Senin"), not a day."""
    if t.kind == "absolute" or len(t.text.split()) > 1:
        return False
    before = d.text[sentence_start:t.start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def _tells(word: str, hw: HappeningDayWords, rw: ReconcileWords) -> bool:
    """A word of telling, with its "-nya" off too ("dalam keterangannya, Selasa")."""
    bare = without_pronoun_enclitic(word) or word
    return any(w in rw.speech_words or w in hw.told_words for w in (word, bare))


def _counted(tokens: list[str], k: int, date_span: range, hw: HappeningDayWords) -> bool:
    """A number in the few words before the phrase at ``k`` ("44 warga tewas"), never an age ("Sinwar, 49 tahun,
    tewas") nor a digit of the date (``date_span``: "Rabu (4/6/2025), sudah ditemukan")."""
    return any(_is_number(tokens[i]) and i not in date_span
               and (i + 1 >= len(tokens) or tokens[i + 1] not in hw.age_words)
               for i in range(max(0, k - hw.tally_reach), k))


def _family_told(tokens: list[str], k: int, end: int, date_at: int, family: str, hw: HappeningDayWords) -> str:
    """The family a phrase at ``k..end`` dates: its own, or the report of it when a word of reporting stands right
    before it or between it and the date ("dilaporkan hilang ke polisi pada Minggu", "dinyatakan hilang ... dan
    dilaporkan ke polisi pada Minggu"): the day someone reported it, not the day it happened. "Dilaporkan hilang
    sejak Jumat" still dates the happening: "sejak" opens it."""
    if date_at and tokens[date_at - 1] == "sejak":
        return family
    between = tokens[end:date_at] if end <= date_at else []
    if (k and tokens[k - 1] in hw.reported_words) or any(w in hw.reported_words for w in between):
        return family + "_reported"
    return family


_PLACE_LABELS = ("GPE", "LOC", "FAC")
_DATELINE_MARKS = frozenset("-\u2013\u2014|:")


def _reach_counts(d: Document, s: int, sentence: str, n: int, hw: HappeningDayWords) -> list[int]:
    """For each word index of the sentence (0..n), how many of the words before it count to a reach: every word
    but those inside a place name (GPE, LOC, FAC mentions) and words of place kind (``place_kinds``: "Jalan",
    "Gang"; and ``place_words``: "Kecamatan"), so that "kebakaran ... di Jalan Medan Merdeka Barat, Jakarta Pusat,
    pada Sabtu" is as near as "kebakaran ... pada Sabtu" (disc62; the clock reading's window does the same since
    disc60)."""
    spans = [(m.start - s, m.end - s) for m in d.mentions if m.label in _PLACE_LABELS and s <= m.start < s + len(sentence)]
    kinds = hw.place_kinds
    out = [0]
    for k, m in enumerate(WORD_PATTERN.finditer(sentence)):
        if k >= n:
            break
        inside = any(a <= m.start() < b for a, b in spans) or m.group().lower() in kinds
        out.append(out[-1] + (not inside))
    out.extend([out[-1]] * (n + 1 - len(out)))
    return out


def _dateline_between(sentence: str, k: int) -> bool:
    """A dash or a bar between word ``k - 1`` and word ``k`` ("JAKARTA - Kebakaran", "Suara.com - Ledakan"): a
    dateline's end, so the two capitals are no one name."""
    spans = [m.span() for _, m in zip(range(k + 1), WORD_PATTERN.finditer(sentence))]
    if len(spans) <= k:
        return False
    return any(c in _DATELINE_MARKS for c in sentence[spans[k - 1][1]:spans[k][0]])


def _is_number(word: str) -> bool:
    return word.isdigit() or word in _number_word_set()


@lru_cache(maxsize=1)
def _number_word_set() -> frozenset[str]:
    return frozenset(w.lower() for w in number_words().all_words())


def _governed(tokens: list[str], k: int, phrase: tuple[str, ...], hw: HappeningDayWords) -> bool:
    """A happening's noun at ``k`` another word governs (mend50b): a noun before it ("pengungsi gempa bumi",
    "korban kebakaran") or a word of "after" ("setelah gempa", "usai terjadinya kebakaran"). Its sentence's day is
    then the clause's own (the refugees visited, the toll risen, the people fled), not the happening's; unless the
    noun's own verb follows it ("setelah musibah kebakaran yang terjadi Jumat")."""
    if phrase not in hw.nouns or k == 0:
        return False
    follow = tokens[k + len(phrase):k + len(phrase) + 2]
    if follow[:1] and (follow[0] in hw.happened
                       or follow[0] in hw.happened_relatives and follow[1:] and follow[1] in hw.happened):
        return False  # its own verb follows: "kebakaran yang terjadi Jumat", "gempa mengguncang ... Senin"
    j = k - 1
    if tokens[j] in hw.determiners and j >= 1:  # "after the earthquake"
        j -= 1
    before = tokens[j]
    if before in hw.governing or before in hw.after:
        return True
    if before in hw.links and j >= 1 and tokens[j - 1] in hw.governing:  # "victims of the earthquake"
        return True
    return before in hw.after_bridge and j >= 1 and tokens[j - 1] in hw.after


def _has_phrase(tokens: list[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    return any(tuple(tokens[k:k + len(p)]) == p for p in phrases for k in range(len(tokens) - len(p) + 1))


def happening_days(d: Document, by_id: dict[str, Document], hw: HappeningDayWords,
                   rw: ReconcileWords) -> list[HappeningDay]:
    """The happenings ``d`` dates: one family's phrase near the only day of happening its sentence gives."""
    out = []
    starts = {p[0] for p, _ in hw.phrases}
    for s, e in d.sentences:
        sentence = d.text[s:e]
        tokens = words(sentence)
        if not starts & set(tokens) or _has_phrase(tokens, hw.repeated):
            continue
        written = WORD_PATTERN.findall(sentence)  # the same words as written: a capital tells a name
        # where each happening's phrase ends: a word of telling before it is the happening's own ("dilaporkan
        # hilang sejak Rabu"), one between it and the date makes the date the telling's
        phrase_ends = [k + len(hit[0]) for k, w in enumerate(tokens) if w in starts
                       for hit in [phrase_at(tokens, k, hw.phrases)] if hit is not None]
        counted = _reach_counts(d, s, sentence, len(tokens), hw)
        dated = []
        undated = False  # a weekday slip, a span or a tally: the sentence dates no one happening
        default_offset = timex_words().default_offset
        zoned = [z for z in (_zoned_elsewhere(t, default_offset) for t in d.dates if s <= t.start < e) if z is not None]
        for t in d.dates:
            if not (s <= t.start < e):
                continue
            day = day_of(t)
            if day is None or _names_a_place(d, t, s):
                continue
            if weekday_misfit(t, day):
                undated = True
                break
            written_day, day = day, _day_on_one_clock(t, day, zoned, default_offset)
            before, after = words(d.text[s:t.start]), words(d.text[t.end:e])
            told_from = max([len(before) - hw.told_reach, *(x for x in phrase_ends if x <= len(before))])
            told_by = before[max(0, told_from):]
            if any(_tells(w, hw, rw) for w in told_by) or (after and after[0] in rw.speech_words):
                continue  # the day of telling
            if before and (before[-1] in hw.span_words or (len(before) > 1 and before[-2] in hw.span_words)):
                undated = True
                break
            dated.append((t, day, len(before), len(before) + len(words(t.text)), written_day))
        if undated or len({day for _, day, _, _, _ in dated}) != 1:
            continue
        t, day, date_at, date_end, written_day = dated[0]
        may_mean = frozenset({day} | {x[4] for x in dated})
        found = []  # (after the date, family rank, family, phrase) of each phrase near the date
        for k, w in enumerate(tokens):
            hit = phrase_at(tokens, k, hw.phrases) if w in starts else None
            if hit is None or _governed(tokens, k, hit[0], hw):
                continue
            end = k + len(hit[0])
            # disc62: the words between count to the reach less those of place names and place kinds
            near = (end <= date_at and counted[date_at] - counted[end] <= hw.reach_before) or (
                k >= date_end and counted[k] - counted[date_end] <= hw.reach_after)
            if not near or (k and written[k][:1].isupper() and written[k - 1][:1].isupper()
                            and not _dateline_between(sentence, k)):
                continue  # far from the date, or a word of a name ("Dinas Penanggulangan Kebakaran")
            if _counted(tokens, k, range(date_at, date_end), hw):
                found = []  # a counted happening: many of them, told as a running tally
                break
            # a phrase before the date owns it ("dilaporkan hilang sejak Rabu (4/6), sudah ditemukan"): the
            # day follows its predicate; among those, the family listed first
            found.append((k >= date_end, hw.rank[hit[1]], _family_told(tokens, k, end, date_at, hit[1], hw), hit[0]))
        if not found:
            continue
        family = min(found)[2]
        phrase_words = {w for *_, p in found for w in p}
        date_words = set(words(t.text))
        places = {w.lower() for w in rw.place_words}
        others = frozenset(w for w in content_words(sentence, rw) if w not in phrase_words and w not in date_words
                           and w not in places and not any(c.isdigit() for c in w))
        title = frozenset(w for w in content_words(d.title or "", rw) if w not in places)
        out.append(HappeningDay(d, source_key(d, by_id), family, written_day, t.text, sentence, others, others | title,
                                may_mean))
    return out


def _zoned_elsewhere(t: TimeExpr, default_offset: str) -> datetime | None:
    """The moment of a clock written in a zone other than the default one ("pukul 00.17 WITA"), else None."""
    if t.precision != "minute" or not isinstance(t.value, str):
        return None
    try:
        moment = datetime.fromisoformat(t.value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None and moment.strftime("%z") != default_offset.replace(":", "") else None


def _day_on_one_clock(t: TimeExpr, day: date, zoned: Sequence[datetime], default_offset: str) -> date:
    """``day`` read on the default zone's clock (disc65): "Jumat 15 November 2019 sekitar pukul 00.17 WITA" and
    "Kamis (14/11/2019) pukul 23.17 WIB" are one moment, so one day. A clock in another zone is moved to the
    default zone; a day written beside such a clock of the same local day moves with it."""
    own = _zoned_elsewhere(t, default_offset)
    default = datetime.strptime(default_offset.replace(":", ""), "%z").tzinfo
    if own is not None:
        return own.astimezone(default).date()
    if t.precision == "day":
        for moment in zoned:
            if moment.date() == day:
                return moment.astimezone(default).date()
    return day


def _one_day(a: HappeningDay, b: HappeningDay) -> bool:
    """Two readings may mean one day (mend50b): days are compared as each report writes them, on its own clock,
    unless a report moves its day by a clock written in another zone; then either of its days agrees. So "Jumat
    15 November 2019 ... pukul 00.17 WITA" agrees with "Jumat (15/11/2019) dini hari" (one day written) and with
    "Kamis (14/11/2019) pukul 23.17 WIB" (one moment), and two equal written days are never two days."""
    return a.day == b.day or bool((a.days or {a.day}) & (b.days or {b.day}))


def _told_already(a: HappeningDay, b: HappeningDay, told: Sequence[Discrepancy]) -> bool:
    return any(x.message is not None and x.message.get("key") in _DAY_ITEM_KEYS
               and {a.doc.id, b.doc.id} <= set(x.docs) for x in told)


def _one_subject(a: HappeningDay, b: HappeningDay, shared: int) -> bool:
    """Two readings tell of one subject: each sentence shares a word with the other's sentence or title, and one
    shares ``shared`` of them (a title names who or where when the sentence leans on it: "Potongan tubuh pertama
    ditemukan ..." under "Kasus Mutilasi di Padang Pariaman")."""
    ab, ba = len(a.others & b.context), len(b.others & a.context)
    return min(ab, ba) >= 1 and max(ab, ba) >= shared


def _near_in_time(a: HappeningDay, b: HappeningDay, days: int) -> bool:
    gap = published_days_apart(a.doc, b.doc)
    return abs((a.day - b.day).days) <= days and gap is not None and gap <= days


def happening_day_conflicts(story: str, docs: Sequence[Document], by_id: dict[str, Document],
                            rw: ReconcileWords | None = None,
                            told: Sequence[Discrepancy] = ()) -> list[Discrepancy]:
    """One happening (a body found, an arrest, a departure) dated two days by two independent sources; ``told``
    holds the items found before, whose day items are not repeated."""
    rw = rw or reconcile_words()
    hw = happening_day_words()
    if not hw.phrases:
        return []
    by_family: dict[str, list[HappeningDay]] = defaultdict(list)
    for d in docs:
        for r in happening_days(d, by_id, hw, rw):
            by_family[r.family].append(r)
    out = []
    for group in by_family.values():
        item = day_told_two_ways(story, group, lambda a, b: not _one_day(a, b)
                                 and _near_in_time(a, b, hw.max_days_apart)
                                 and _one_subject(a, b, hw.shared_words) and not _told_already(a, b, told),
                                 lambda r, a, b: _one_subject(r, a, hw.shared_words)
                                 or _one_subject(r, b, hw.shared_words))
        if item is not None:
            out.append(item)
    return out


__all__ = ["HappeningDay", "HappeningDayWords", "day_of", "happening_day_conflicts", "happening_day_words", "happening_days",
           "weekday_misfit", "weekday_named"]
