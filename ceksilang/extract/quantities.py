"""Figures in Indonesian news text: value, range, qualifier, what is counted, where, when, says who.

``find_quantities(doc_id, text)`` returns a ``Quantity`` per figure: "sekitar 8.000 tentara"
(approx 8000 tentara), "Rp2,7 juta" (IDR), "ribuan" (1000..9999, approx), "2.000-3.000"
(a range), "hingga 12.000 tentara" (at_most). Years, dates, times of day, ordinals, codes
("F-16", "G20"), URLs, phone numbers and list markers are not figures.

Conventions (documented here because later stages rely on them):

* ``low``/``high`` hold the interval the text allows: exact and approx -> [v, v];
  at_least / more_than -> [v, None]; at_most / less_than -> [None, v]; a range or an
  approximate plural -> ``value`` None and both bounds set.
* A range has qualifier "exact" unless a qualifier opens it ("sekitar 2.000-3.000").
* A figure with a tolerance ("2,5 ± 1 persen") is the band it allows: ``value`` None, the bounds
  set (1.5..3.5), qualifier "approx"; a unit written once after the tolerance serves both.
* A conversion in brackets right after a figure ("50 km (31 mil)") is the same figure
  written again: it is skipped, and the span stays "50 km". Not a share beside a figure of
  another unit ("27.053.961 (19,33 persen)", "33,2 persen (155.848 suara)": ``share_units`` in
  ``quantity_qualifiers.yaml``): those are two figures.
* "sebanyak 8.000 dari pasukan ..." counts pasukan: a known unit after "dari" gives the
  unit, but the span stays "sebanyak 8.000" (here "sebanyak" marks an exact figure).
* Durations ("tiga bulan", "24 jam") belong to the time expressions, not to the figures,
  unless a cue makes one a figure (``duration_figures`` in ``numbers.yaml``: "16 tahun penjara",
  "pidana penjara paling lama 12 tahun", "setelah menghilang lima hari").
* Counts written as one word (``group_counts``): "naik berempat" (four people), "ketiga korban"
  (all three victims; "korban ketiga" is an ordinal), "seorang pemotor lain" (one, set against
  others). "kurang dari 1x24 jam" is one figure, the product, in hours.
* ``unit`` is the canonical key from ``units.yaml``; an unknown lower-case noun after the
  figure is kept as written. A large amount with no currency written whose subject is a money
  noun ("kerugian 4,8 miliar") is money (``money_subjects`` in ``units.yaml``).

Word lists live in ``lang/<code>/numbers.yaml``, ``quantity_qualifiers.yaml``, ``units.yaml``
(and ``speech_verbs.yaml`` for claimant cues), one set per document language: an English
document reads ``lang/en/`` ("about 8,000 troops", "up to 12,000 soldiers", "hundreds of
people"), any other language ``lang/id/``. Units of every language map onto the same canonical
keys ("troops" and "tentara" are both ``tentara``), so figures compare across languages.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ceksilang.extract.entities import load_gazetteer, lookup_alias
from ceksilang.lang import LanguageDataError, load_data, load_speech_verbs, load_stopwords, pronoun_enclitics
from ceksilang.lang.translations import load_translations
from ceksilang.lang.word_frequencies import load_word_frequencies
from ceksilang.model import Mention, Quantity, TimeExpr
from ceksilang.text import case_blind_key, split_sentences, stem, told_from_to, trie_regex
from ceksilang.extract.numbers import (DIGITS_PATTERN, NumberWords, approximate_range, data_language, decimal_separator,
                                      number_words, parse_digits, parse_number)

__all__ = ["calendar_words", "find_quantities", "restated_quantity", "QuantityWords", "quantity_words", "UnitTable", "unit_table",
           "unit_of_clause_subject"]

QUALIFIERS = ("approx", "at_least", "at_most", "more_than", "less_than")


# --------------------------------------------------------------------------- language data


@dataclass(frozen=True, slots=True)
class QuantityWords:
    """``quantity_qualifiers.yaml`` plus the speech verbs, as the finder uses them."""

    before: dict[str, str]  # phrase -> qualifier
    after: dict[str, str]
    after_unit: dict[str, str]
    tolerance: tuple[str, ...]
    range_separators: tuple[str, ...]
    range_opener: str
    range_opener_separators: tuple[str, ...]
    claimant_before_source: tuple[str, ...]
    claimant_filler: frozenset[str]
    claimant_report_status: frozenset[str]  # "laporan sementara": how far a report is along, no source
    claimant_pronouns: frozenset[str]
    speech_base: tuple[str, ...]
    speech_prefixed: tuple[str, ...]  # speech verbs plus the estimating verbs ("memprediksi")
    claimant_adverbs: frozenset[str]
    claimant_time_words: frozenset[str]  # "minggu lalu", "pada Senin": a time between source and verb
    claimant_time_tails: frozenset[str]  # "lalu", "ini": time words only after one
    claimant_body_words: frozenset[str]  # "badan intelijen militer": a body of the country named after
    place_prepositions: tuple[str, ...]
    place_region_words: frozenset[str]
    place_fillers: frozenset[str]  # words between the preposition and the place ("in the Kursk region")
    partitive: tuple[str, ...]  # "8.000 dari pasukan", "thousands of troops"
    list_joiners: tuple[str, ...]  # "13 dan 14 Oktober": a figure listed before a date's day
    conversion_words: tuple[str, ...]  # "50 km (sekitar 31 mil)"
    score_words: tuple[str, ...] = ()  # "imbang 2-2": a score, not a range
    score_separators: tuple[str, ...] = ()
    score_unit: str | None = None
    # fig33: "rating 4,8 dari 246 ulasan", "peringkat 45 dari 173 SD": a rank or a score out of a whole counts
    # no part of it (the whole's noun is not the part's)
    partitive_rank_words: frozenset[str] = frozenset()
    ordinal_units: tuple[str, ...] = ()  # "menit ke-21": the 21st minute is a figure in minutes
    qualifier_fillers: tuple[str, ...] = ()  # "setidaknya ada enam": "ada" between qualifier and figure
    ordinal_marker: str | None = None
    ordinal_marker_units: frozenset[str] = frozenset()  # "untuk ke dua kalinya": still an ordinal
    estimate_verbs: frozenset[str] = frozenset()  # "diperkirakan memakan waktu enam bulan": approximate
    estimate_reach: int = 0  # words of the clause before the figure searched for one
    restatement_words: frozenset[str] = frozenset()  # "US$ 300 juta atau setara Rp 4,8 triliun": said again
    # fig39: "27.053.961 (19,33 persen)", "33,2 persen (155.848 suara)": a share and a figure of another unit, one in
    # brackets after the other, are two figures, never one written again in another unit
    share_units: frozenset[str] = frozenset()
    # fig30: "dari 5 menjadi 8 gerbong": the words before a change's old value and between it and the new one
    change_from_words: tuple[str, ...] = ()
    change_to_words: tuple[str, ...] = ()
    # "mulai dari Rp400.000 hingga Rp800.000": a qualifier that opens a range's first bound bounds nothing
    range_from: frozenset[str] = frozenset()
    # "12% lebih kecil": words after "lebih" that make it a comparison, not "more than"
    after_comparatives: frozenset[str] = frozenset()
    # "atau kurang lebih 2,8 Kg": words after an "or less" that make it the next figure's hedge
    after_unit_carried_on_by: frozenset[str] = frozenset()
    rating_qualifiers: frozenset[str] = frozenset()  # "maksimum" after a rating's noun names it ("torsi maksimum")
    rating_nouns: frozenset[str] = frozenset()
    lower_bound_joiners: tuple[str, ...] = ()  # "5 tahun dan paling lama 20 tahun": the first is the minimum
    before_joining_figures: frozenset[str] = frozenset()  # "2 jam lebih 30 menit": "lebih" joins, bounds nothing
    # disc31: "di Majene ada 9 orang ... dan di Mamuju ada 37": after one of these, a place with a number right after
    # it opens the next item of a list of places, so it is not the place of the figure before the joiner
    place_next_item_joiners: frozenset[str] = frozenset()
    # fig44: the first words of a place where people were taken, treated or sheltered ("RSUD", "Rumah Sakit",
    # "Posko"): such a place is never the place of a figure (the counted come from elsewhere)
    place_care_heads: tuple[tuple[str, ...], ...] = ()
    place_care_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Weekday and month names, calendar units and day words of ``timex.yaml``, lower case, one
    word each: the words of a time expression that may stand between a source and its verb."""
    data = load_data("timex")
    words: set[str] = set()
    for key in ("months", "weekdays"):
        for spellings in (data.get(key) or {}).values():
            words |= {str(w).lower() for w in spellings}
    for key in ("units", "day_words"):  # one-word entries only: "ini" of "hari ini" is a tail
        words |= {str(p).lower() for p in data.get(key) or {} if " " not in str(p)}
    words |= {str(p).lower() for p in data.get("day_parts") or [] if " " not in str(p)}
    return frozenset(words)


def _names_a_rating(text: str, qm: re.Match[str], qw: QuantityWords) -> bool:
    """Whether the qualifier word ``qm`` found before a figure is part of a rating's name ("torsi maksimum",
    "daya maksimal"): one of ``rating_names.qualifiers`` right after one of its nouns."""
    said = " ".join(case_blind_key(qm.group("q")).split())
    if said not in qw.rating_qualifiers:
        return False
    before = re.findall(r"[^\W\d_]+", text[max(0, qm.start("q") - 30):qm.start("q")])
    return bool(before) and before[-1].lower() in qw.rating_nouns


def _second_bound_follows(text: str, end: int, said: str, qw: QuantityWords) -> bool:
    """Whether a joiner and an "at most" phrase other than ``said`` (the one before the figure) follow the figure
    ending at ``end``, maybe after one word (its noun): "ancaman hukuman 5 tahun dan paling lama 20 tahun". The
    same phrase twice is two caps of two things ("denda hingga Rp 5 juta dan hingga Rp 10 juta")."""
    if not qw.lower_bound_joiners:
        return False
    at_most = [p for p, q in qw.before.items() if q == "at_most" and p != said]
    pattern = _second_bound_pattern(tuple(qw.lower_bound_joiners), tuple(at_most))
    return pattern.match(text, end) is not None


@lru_cache(maxsize=None)
def _second_bound_pattern(joiners: tuple[str, ...], at_most: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{_alternation(joiners)})\s+(?:{_alternation(at_most)})\s+\w", re.I)


def quantity_words(language: str | None = None) -> QuantityWords:
    """``language``'s qualifier and cue words (Indonesian when it has no file of its own)."""
    return _quantity_words(data_language("quantity_qualifiers", language))


@lru_cache(maxsize=None)
def _quantity_words(language: str) -> QuantityWords:
    data = load_data("quantity_qualifiers", language)
    verbs = load_speech_verbs((data_language("speech_verbs", language),))
    try:
        def phrases(section: dict) -> dict[str, str]:
            out: dict[str, str] = {}
            for qualifier, items in section.items():
                if qualifier not in QUALIFIERS:
                    raise ValueError(f"unknown qualifier {qualifier!r}")
                out.update({str(p).lower(): qualifier for p in items})
            return out

        return QuantityWords(
            before=phrases(data["before"]),
            after=phrases(data["after"]),
            after_unit=phrases(data["after_unit"]),
            tolerance=tuple(str(s) for s in data["tolerance"]),
            range_separators=tuple(str(s) for s in data["range_separators"]),
            range_opener=str(data["range_opener"]),
            range_opener_separators=tuple(str(s) for s in data["range_opener_separators"]),
            claimant_before_source=tuple(str(s) for s in data["claimant_before_source"]),
            claimant_filler=frozenset(str(s) for s in data["claimant_filler"]),
            claimant_report_status=frozenset(str(s) for s in data.get("claimant_report_status") or []),
            claimant_pronouns=frozenset(str(s) for s in data["claimant_pronouns"]),
            speech_base=tuple(sorted(verbs.base)),
            speech_prefixed=(*sorted(verbs.prefixed), *(str(s) for s in data["claimant_verbs"])),
            claimant_adverbs=frozenset(str(s) for s in data["claimant_adverbs"]),
            claimant_time_words=frozenset(str(s).lower() for s in data.get("claimant_time_words") or [])
            | calendar_words(),
            claimant_time_tails=frozenset(str(s).lower() for s in data.get("claimant_time_tails") or []),
            claimant_body_words=frozenset(str(s).lower() for s in data.get("claimant_body_words") or []),
            place_prepositions=tuple(str(s) for s in data["place_prepositions"]),
            place_region_words=frozenset(str(s).lower() for s in data["place_region_words"]),
            place_fillers=frozenset(str(s).lower() for s in data["place_fillers"]),
            place_next_item_joiners=frozenset(str(s).lower() for s in data.get("place_next_item_joiners") or []),
            place_care_heads=tuple(tuple(str(s).lower().split()) for s in data.get("place_care_heads") or []),
            place_care_verbs=frozenset(str(s).lower() for s in data.get("place_care_verbs") or []),
            partitive=tuple(str(s) for s in data["partitive"]),
            list_joiners=tuple(str(s) for s in data["list_joiners"]),
            conversion_words=tuple(str(s) for s in data["conversion_words"]),
            score_words=tuple(str(s).lower() for s in data.get("score_words") or []),
            score_separators=tuple(str(s) for s in data.get("score_separators") or []),
            partitive_rank_words=frozenset(str(s).lower() for s in data.get("partitive_rank_words") or []),
            score_unit=str(data["score_unit"]) if data.get("score_unit") else None,
            ordinal_units=tuple(str(s).lower() for s in data.get("ordinal_units") or []),
            qualifier_fillers=tuple(str(s).lower() for s in data.get("qualifier_fillers") or []),
            ordinal_marker=str(data["ordinal_marker"]) if data.get("ordinal_marker") else None,
            ordinal_marker_units=frozenset(str(s).lower() for s in data.get("ordinal_marker_units") or []),
            range_from=frozenset(" ".join(str(s).lower().split()) for s in data.get("range_from") or []),
            after_comparatives=frozenset(str(s).lower() for s in data.get("after_comparatives") or []),
            after_unit_carried_on_by=frozenset(str(s).lower() for s in data.get("after_unit_carried_on_by") or []),
            rating_qualifiers=frozenset(str(s).lower() for s in (data.get("rating_names") or {}).get("qualifiers") or []),
            rating_nouns=frozenset(str(s).lower() for s in (data.get("rating_names") or {}).get("nouns") or []),
            lower_bound_joiners=tuple(str(s).lower() for s in data.get("lower_bound_joiners") or []),
            before_joining_figures=frozenset(str(s).lower() for s in data.get("before_joining_figures") or []),
            estimate_verbs=frozenset(str(s).lower() for s in (data.get("estimate") or {}).get("verbs") or []),
            estimate_reach=int((data.get("estimate") or {}).get("reach_words") or 0),
            restatement_words=frozenset(" ".join(str(s).lower().split()) for s in data.get("restatement_words") or []),
            share_units=frozenset(str(s) for s in data.get("share_units") or []),
            change_from_words=tuple(str(s).lower() for s in (data.get("change_values") or {}).get("from") or []),
            change_to_words=tuple(str(s).lower() for s in (data.get("change_values") or {}).get("to") or []),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise LanguageDataError(f"quantity_qualifiers.yaml ({language}): malformed ({exc!r})") from exc


@dataclass(frozen=True, slots=True)
class UnitTable:
    """``units.yaml``: surface form -> canonical unit, plus what is not a unit."""

    canonical: dict[str, str]  # lower-cased surface (or exact, when it has capitals) -> unit
    classifiers: frozenset[str]
    not_units: frozenset[str]
    verb_prefixes: tuple[str, ...]
    not_unit_suffixes: tuple[str, ...]
    pattern: re.Pattern[str]  # known surface forms at a position, longest first
    # "the death toll ... has risen to 17", "killing 17": what a bare figure counts, from the
    # words before it in its sentence (None when the language lists none)
    subjects: re.Pattern[str] | None = None
    subject_units: dict[str, str] | None = None
    # "kerugian 4,8 miliar": a large amount with no currency written, whose subject is a money noun
    money_subjects: re.Pattern[str] | None = None
    money_subject_currency: dict[str, str] | None = None
    # "M5,0": a unit written (exactly so) before a number with a decimal part -> canonical unit
    decimal_prefix: dict[str, str] | None = None
    # "6,9 SR": a unit written (exactly so) after a number with a decimal part -> canonical unit
    decimal_suffix: dict[str, str] | None = None
    # "magnitudo": (lowest, highest) a value of a decimal-marked unit can take; a number outside is no such value
    decimal_unit_ranges: dict[str, tuple[float, float]] | None = None
    # mend55: how often (per million words of the background counts) a word written in lower case makes it a word
    # of Indonesian text, whatever the translation list says; 0 leaves the list alone to decide
    indonesian_word_per_million: float = 0.0
    # "Level 4", "VEI 4": words before a number that make it a value on a scale (lower case)
    scale_words_before: frozenset[str] = frozenset()
    # "orang": a classifier that defers only to a known unit after it ("4 orang tewas")
    classifiers_before_states: frozenset[str] = frozenset()
    # "empat rekannya": nouns of people tied to someone that stay the counted noun with a possessive
    # ending, where other words so ended are none ("lainnya", "antaranya")
    possessed_nouns: frozenset[str] = frozenset()
    # "150 PKL", "2 WNI", "22 ribu FKTP": an abbreviation in capitals after a bare count is what it counts
    # (None: the language's data lists no such rule); the words listed are no counted thing ("10.00 WIB")
    acronym_units: tuple[int, int] | None = None
    not_acronym_units: frozenset[str] = frozenset()
    # words that open a sentence with a count, besides function words and verbs ("Total 6 KK"): any other
    # capitalised word opening a sentence before the number is a name's ("Liga 1 PSSI")
    acronym_count_openers: frozenset[str] = frozenset()
    # fig18: "Dari 87 penerbangan, 66 merupakan rute internasional": a bare count opening its clause and
    # followed by a copula counts the noun after the copula (the copulas, the words of "the rest" that may
    # stand between, and the words a clause may open with before the count)
    copulas: frozenset[str] = frozenset()
    copula_rest_words: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    # "jumlah total rute menjadi 16": a bare count's noun named after a count head before it in its clause
    count_heads: tuple[str, ...] = ()
    count_head_not_after: frozenset[str] = frozenset()  # "tersebar di 30 Puskesmas": where, not the count
    # fig26: "empat kali tremor": the word of times, and the time words after it that are no counted noun
    occurrences: frozenset[str] = frozenset()
    occurrence_not_nouns: frozenset[str] = frozenset()
    occurrence_multiple_after: frozenset[str] = frozenset()  # "seluas tujuh kali ukuran Bulan": a multiple
    # fig26: "17 lainnya sebagai tersangka pemberi": words naming the role a rest count is counted in
    copula_role_markers: frozenset[str] = frozenset()
    # fig32: "Korban meninggal ... bertambah menjadi 12": the verbs of total or change a bare count may follow
    # when its clause's subject names what it counts, the words that may stand between, and how far back
    subject_count_verbs: frozenset[str] = frozenset()
    subject_count_links: frozenset[str] = frozenset()
    subject_count_max_words: int = 0
    subject_count_pass_over: frozenset[str] = frozenset()  # "data penjualan": the word after it is the subject
    subject_count_demonstratives: frozenset[str] = frozenset()  # "Angka itu": a figure referred back to
    subject_count_relative: frozenset[str] = frozenset()  # "Korban yang berhasil teridentifikasi": no object
    subject_count_active_prefix: str = ""  # "mengirimkan sebanyak": the count is the active verb's object

    def lookup(self, surface: str) -> str | None:
        return self.canonical.get(surface) or self.canonical.get(surface.lower())


def unit_table(language: str | None = None) -> UnitTable:
    """``language``'s units (Indonesian when it has no ``units.yaml`` of its own)."""
    return _unit_table(data_language("units", language))


@lru_cache(maxsize=None)
def _unit_table(language: str) -> UnitTable:
    data = load_data("units", language)
    money = number_words(language).currency_suffix
    try:
        canonical: dict[str, str] = {}
        for unit, forms in data["units"].items():
            for form in forms:
                form = str(form)
                canonical[form if form != form.lower() else form.lower()] = str(unit)
        for form, code in money.items():
            canonical.setdefault(form if form != form.lower() else form.lower(), code)
        alternatives = []
        for form in sorted(canonical, key=len, reverse=True):
            body = re.escape(form).replace(r"\ ", r"\s+")
            alternatives.append(body if form != form.lower() else f"(?i:{body})")
        pattern = re.compile(r"(?:%s)(?![^\W_])" % "|".join(alternatives))
        subject_units = {" ".join(str(phrase).lower().split()): str(unit)
                         for unit, phrases in (data.get("bare_figure_subjects") or {}).items()
                         for phrase in phrases}
        subjects = (re.compile(r"(?<![^\W_])%s(?![^\W_])" % _alternation(subject_units))
                    if subject_units else None)
        money_subject_currency = {" ".join(str(phrase).lower().split()): str(code)
                                  for code, phrases in (data.get("money_subjects") or {}).items()
                                  for phrase in phrases}
        money_subjects = (re.compile(r"(?<![^\W_])%s(?![^\W_])" % _alternation(money_subject_currency))
                          if money_subject_currency else None)
        return UnitTable(
            canonical=canonical,
            classifiers=frozenset(str(c) for c in data["classifiers"]),
            classifiers_before_states=frozenset(str(c).lower() for c in data.get("classifiers_before_states") or ()),
            not_units=frozenset(str(w).lower() for w in data["not_units"]),
            verb_prefixes=tuple(str(p) for p in data["verb_prefixes"]),
            not_unit_suffixes=tuple(str(s) for s in data["not_unit_suffixes"]),
            possessed_nouns=frozenset(str(w).lower() for w in data.get("possessed_nouns") or ()),
            acronym_units=((int(data["acronym_units"]["min_letters"]), int(data["acronym_units"]["max_letters"]))
                           if data.get("acronym_units") else None),
            not_acronym_units=frozenset(str(w) for w in (data.get("acronym_units") or {}).get("not") or ()),
            acronym_count_openers=frozenset(str(w).lower()
                                            for w in (data.get("acronym_units") or {}).get("count_openers") or ()),
            copulas=frozenset(str(w).lower() for w in (data.get("copula_counts") or {}).get("copulas") or ()),
            copula_rest_words=frozenset(str(w).lower() for w in (data.get("copula_counts") or {}).get("rest") or ()),
            count_heads=tuple(str(w).lower() for w in (data.get("count_heads") or {}).get("heads") or ()),
            count_head_not_after=frozenset(str(w).lower()
                                           for w in (data.get("count_heads") or {}).get("not_after") or ()),
            clause_openers=frozenset(str(w).lower()
                                     for w in (data.get("copula_counts") or {}).get("clause_openers") or ()),
            copula_role_markers=frozenset(str(w).lower()
                                          for w in (data.get("copula_counts") or {}).get("role_markers") or ()),
            subject_count_verbs=frozenset(str(w).lower() for w in (data.get("subject_counts") or {}).get("verbs") or ()),
            subject_count_links=frozenset(str(w).lower() for w in (data.get("subject_counts") or {}).get("links") or ()),
            subject_count_max_words=int((data.get("subject_counts") or {}).get("max_words") or 0),
            subject_count_pass_over=frozenset(str(w).lower()
                                              for w in (data.get("subject_counts") or {}).get("pass_over") or ()),
            subject_count_demonstratives=frozenset(
                str(w).lower() for w in (data.get("subject_counts") or {}).get("demonstratives") or ()),
            subject_count_relative=frozenset(str(w).lower()
                                             for w in (data.get("subject_counts") or {}).get("relative") or ()),
            subject_count_active_prefix=str((data.get("subject_counts") or {}).get("active_prefix") or ""),
            occurrences=frozenset(str(w).lower() for w in data.get("occurrences") or ()),
            occurrence_not_nouns=frozenset(str(w).lower() for w in data.get("occurrence_not_nouns") or ()),
            occurrence_multiple_after=frozenset(str(w).lower() for w in data.get("occurrence_multiple_after") or ()),
            pattern=pattern,
            subjects=subjects,
            subject_units=subject_units,
            money_subjects=money_subjects,
            money_subject_currency=money_subject_currency,
            decimal_prefix={str(form): str(unit) for unit, forms in (data.get("decimal_prefix_units") or {}).items()
                            for form in forms},
            decimal_suffix={str(form): str(unit) for unit, forms in (data.get("decimal_suffix_units") or {}).items()
                            for form in forms},
            scale_words_before=frozenset(str(w).lower() for w in data.get("scale_words_before") or ()),
            indonesian_word_per_million=float(data.get("indonesian_word_per_million") or 0),
            decimal_unit_ranges={str(unit): (float(bounds[0]), float(bounds[1]))
                                 for unit, bounds in (data.get("decimal_unit_ranges") or {}).items()},
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise LanguageDataError(f"units.yaml ({language}): malformed ({exc!r})") from exc


# --------------------------------------------------------------------------- patterns


def _alternation(items, flags_insensitive: bool = True) -> str:
    # longest first, a space matching any run of blanks; as a trie, which the engine matches
    # far faster than a flat list of the same words (same matches)
    body = trie_regex(items, space=r"\s+", fold_case=flags_insensitive)
    return f"(?i:{body})" if flags_insensitive else f"(?:{body})"


@dataclass(frozen=True, slots=True)
class _Patterns:
    candidate: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    qualifier_after_unit: re.Pattern[str]
    tolerance_gap: re.Pattern[str]
    range_gap: re.Pattern[str]
    opener_gap: re.Pattern[str]
    opener_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    claimant_cue: re.Pattern[str]
    speech_after: re.Pattern[str]
    speech_before: re.Pattern[str]
    place_cue: re.Pattern[str]
    date_start: re.Pattern[str]  # "13 Oktober", "3 hari": a day of a date or a duration
    partitive: re.Pattern[str]
    list_gap: re.Pattern[str]
    bracketed_conversion: re.Pattern[str]  # "50 km (31 mil)": the same figure written again


@lru_cache(maxsize=None)
def _hedged_scales(language: str | None = None) -> dict[str, float]:
    """Approximate plurals that are a scale word's plural, by what they scale digits by: those whose
    range opens at a scale's value ("jutaan": 1,000,000, as "juta"); "puluhan" opens at no scale."""
    nw = number_words(language)
    scale_values = set(nw.scales.values())
    return {word.lower(): low for word, (low, _) in nw.approximate.items() if low in scale_values}


@lru_cache(maxsize=None)
def _patterns(language: str | None = None) -> _Patterns:
    nw = number_words(language)
    qw = quantity_words(language)
    # any letter case: lower-cased copies write "rp1.991.000"; the marker must still touch a number
    currency = _alternation(nw.currency_prefix)
    scale_words = _alternation(nw.scales)
    scale_letters = _alternation(nw.scale_letters, flags_insensitive=False)
    number_word = _alternation(nw.all_words())
    first_word = _alternation(nw.first_words())
    approx = _alternation(nw.approximate)
    # "twenty-five": a joiner may stand between number words instead of a space
    word_gap = r"(?:\s+|%s)" % "|".join(re.escape(j) for j in nw.joiners) if nw.joiners else r"\s+"
    # "tens of thousands": a joiner word between an approximate plural and its scale
    approx_scales = _alternation([*nw.scales, *nw.plural_scales])
    # "Rp30 jutaan", "5 ribuan": a scale's approximate plural right after digits scales them and hedges them
    hedged = _alternation(_hedged_scales(language))
    approx_gap = rf"(?:\s+{_alternation(nw.approximate_joiners)})?\s+" if nw.approximate_joiners else r"\s+"
    # (?<!\w): nothing starts inside a word, which also lets the engine skip most positions
    # "M5,0": a unit glued before a decimal number starts the candidate too (its figure starts after it)
    prefixes = unit_table(language).decimal_prefix
    glued_unit = rf"|(?P<pre>{_alternation(prefixes, flags_insensitive=False)})(?=\d+[.,]\d)" if prefixes else ""
    candidate = re.compile(
        rf"(?<![^\W_])(?:(?:(?P<cur>{currency}){glued_unit})?\s?(?P<num>{DIGITS_PATTERN})"
        rf"(?:\s?(?P<scale>{scale_words}(?:\s+{scale_words})*(?![^\W_])|{scale_letters}(?![^\W_]))"
        rf"|\s?(?P<hedged>{hedged})(?![^\W_]))?(?P<pct>\s?%)?"
        rf"|(?P<approx>\b{approx}(?:{approx_gap}{approx_scales})*\b)"
        rf"|(?P<cur_w>{currency})?\s?(?P<words>\b{first_word}(?:{word_gap}{number_word})*\b))"
    )
    before = _alternation(qw.before)
    after = _alternation(qw.after)
    separators = _alternation(qw.range_separators)
    opener_separators = _alternation(qw.range_opener_separators)
    speech_base = _alternation(qw.speech_base)
    speech_prefixed = _alternation(qw.speech_prefixed)
    return _Patterns(
        candidate=candidate,
        # "setidaknya ada enam penerbangan": a word of being may stand between the qualifier and the figure
        # (two of the fillers: "setidaknya telah memakan 4 korban jiwa")
        # "(Ada sekitar) US$ 300 juta": an editor's bracket may close between the qualifier and the figure
        qualifier_before=re.compile(rf"(?:^|(?<=[\s(\"“]))(?P<q>{before})"
                                    rf"(?:\s+{_alternation(qw.qualifier_fillers)}(?![^\W_])){{0,2}}\s*\)?\s*$"
                                    if qw.qualifier_fillers else rf"(?:^|(?<=[\s(\"“]))(?P<q>{before})\s*\)?\s*$"),
        qualifier_after=re.compile(rf"(?P<q>\s*(?:{after}))(?![^\W_])"),
        qualifier_after_unit=re.compile(rf"\s+(?P<q>{_alternation(qw.after_unit)})(?![^\W_])"),
        tolerance_gap=re.compile(rf"\s*(?:{_alternation(qw.tolerance)})\s*"),
        range_gap=re.compile(rf"\s*(?:{separators})\s*"),
        opener_gap=re.compile(rf"\s*(?:{opener_separators})\s*"),
        opener_before=re.compile(rf"(?i:\b{re.escape(qw.range_opener)})\s+$"),
        currency_after=re.compile(rf"\s+(?P<c>{_alternation(nw.currency_suffix)})(?![^\W_])"),
        claimant_cue=re.compile(rf"\b(?P<cue>{_alternation(qw.claimant_before_source)})\s+"),
        speech_after=re.compile(rf"\b(?P<cue>{speech_base})(?P<enclitic>{_alternation(pronoun_enclitics(), False)})?\b"),
        speech_before=re.compile(rf"\b(?P<cue>{speech_prefixed})\b"),
        place_cue=re.compile(rf"\b(?:{_alternation(qw.place_prepositions)})\s+"),
        # a date's day ("11-12 Juni"), or a number of any size before a duration word ("67-160 detik")
        date_start=re.compile(rf"(?:\d{{1,2}}\s+{_alternation(nw.not_before_words)}"
                              + (rf"|\d[\d.,]*\s+{_alternation(nw.duration_words)}" if nw.duration_words else "")
                              + r")(?![^\W_])"),
        partitive=re.compile(rf"\s+{_alternation(qw.partitive)}\s+"),
        list_gap=re.compile(rf"\s*(?:{_alternation(qw.list_joiners)}|,)\s*"),
        bracketed_conversion=re.compile(
            rf"\s*\(\s*(?:{_alternation(qw.conversion_words)}\s+)?[\d.,]+\s*[^\W\d_]*\s*\)"),
    )


_BRACKET_LAST_WORD = re.compile(r"([^\W\d_]+)\s*\)\s*$")  # "(19,33 persen)": the word of the bracketed figure


# Formats that are never figures: numeric dates, clock times, URLs, phone numbers, long ids.
_MASK_TLDS = ("com", "id", "org", "net")
_MASK_DOMAIN = r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:%s)\b(?:/\S*)?" % "|".join(_MASK_TLDS)
_MASK_PARTS = (
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    r"\b\d{1,2}-\d{1,2}-\d{4}\b|\b\d{4}-\d{2}-\d{2}",
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
    r"(?:https?://|www\.)\S+|" + _MASK_DOMAIN,
    r"(?:\+62|\(?\b0\d{2,3}\)?)[-\s]?\d{3,4}[-\s]?\d{3,5}\b",
    r"\b\d{8,}\b",
)
_MASKS = re.compile("|".join(_MASK_PARTS))
# The domain branch tries a word at every word start and is most of the cost of the scan; it
# can only match where ".com", ".id" ... is written, which few articles have. Without it the
# scan finds the same spans in a text that has none (a branch that cannot match changes no match).
# Every other branch starts with a digit, "h" / "w" (a URL), "+" or "(" (a phone number): that
# one test, looked ahead first, is all ``re`` then tries at the other positions of the text, where
# it tried each branch in turn (the same spans, in a fifth of the time).
_MASKS_NO_DOMAIN = re.compile(r"(?=[\dhw+(])(?:" + "|".join(_MASK_PARTS).replace("|" + _MASK_DOMAIN, "") + ")")
_MASK_DOMAIN_MARKS = tuple("." + tld for tld in _MASK_TLDS)


def _masked_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the formats that are never figures, in text order."""
    pattern = _MASKS if any(mark in text for mark in _MASK_DOMAIN_MARKS) else _MASKS_NO_DOMAIN
    return [m.span() for m in pattern.finditer(text)]
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s().]*$")
_WORD_AFTER = re.compile(r"[\s)]*(?:-\s*)?([^\W\d_]+)")
_CAP_RUN = re.compile(r"[A-Z][^\W\d_]*(?:[-'][^\W\d_]+)*(?:\s+(?:[A-Z][^\W\d_]*(?:[-'][^\W\d_]+)*|bin\b|binti\b|al\b|van\b|de\b))*(?!\w)")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_MINUS_BEFORE = re.compile(r"(?<!plus )(?i:\bminus)\s+$")
_CLAUSE_BREAK = re.compile(r"[;:,]\s|\s[-–—]\s")
# "1. ", "2) ": what may follow a list item's number
_LIST_MARK_AFTER = re.compile(r"[.)]\s")
_LEADING_NON_DIGITS = re.compile(r"^\D+")
# a word right before a joined number: "persen-", "KK/"
_JOINED_WORD_BEFORE = re.compile(r"([^\W\d_]+)-$|\d\s*([^\W\d_]+)/$")
_LETTERS = re.compile(r"[^\W\d_]+")
# the first letter of each run of letters (a word as ``_LETTERS`` reads it)
_WORD_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]")
_PLATE_REGION = re.compile(r"(?<![^\W_])([A-Z]+)[^\S\n]$")
_PLATE_SERIES = re.compile(r"[^\S\n]([A-Z]+)(?![^\W_])")
_WORD_AND_BLANKS = re.compile(r"([^\W\d_]+)\s+")
_BLANK_RUN = re.compile(r"\s+")
_LOWER_LETTERS = re.compile(r"[a-z]+")
_CLOSE_OR_END = re.compile(r"[.,;:!?)]|$")
_HEAD_TAIL_WORD = re.compile(r"(\(?[\w/.:'-]+\)?)[\s,]+$")
_HEAD_TAIL_PREVIOUS = re.compile(r"([\w'-]+)\s+$")
_CLOCK_OR_DAY = re.compile(r"\d[\d/.:-]*")
_BODY_WORDS_BEFORE = re.compile(r"((?:[A-Za-z]+\s+){1,4})$")
_NAME_RUN_AT_END = re.compile(r"((?:(?:[A-Z][\w'.-]*|\([A-Z][\w.-]*\))\s+)*[A-Z][\w'.-]*)$")
# the end of the last punctuation break of a text (``_PUNCTUATION_BREAK``'s characters)
_LAST_PUNCTUATION_BREAK = re.compile(r"(?s:.*)[,;:.!?()\n]")


def _digits_of(written: str) -> str:
    """``written`` without what stands before its first digit (a currency marker: "Rp2")."""
    return _LEADING_NON_DIGITS.sub("", written)
# a word glued to the digits before it by a lost space ("Rp 1.018.500Emas 1 gram", "442jemaah"):
# four letters or more, lower case or capitalised; a model code or a unit letter is shorter
# ("5G", "3D", "4WD") or all capitals
_GLUED_WORD = re.compile(r"(?:[A-Z][a-z]{3,}|[a-z]{4,})(?![^\W\d_])")


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Figure:
    start: int  # including a currency marker
    end: int  # end of number, scale, % and currency suffix
    value: float | None
    low: float | None
    high: float | None
    approx_word: bool
    currency: str | None
    percent: bool
    spelled: bool
    has_scale: bool
    factor: float = 1.0  # what a scale word after the digits multiplied them by ("juta": 10^6)
    hedged: bool = False  # scaled by an approximate plural ("Rp30 jutaan"): about that much


@lru_cache(maxsize=None)
def _score_word_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


SCORE_CONTEXT = 60  # characters before a score, and after it, in which a score word says it is one
SCORE_WORDS_AROUND = 4  # ... and of those, the words next to it


def _is_score(text: str, first: "_Figure", second: "_Figure", qw: QuantityWords, language: str | None) -> bool:
    """ "imbang 2-2", "menang 5-3 lewat adu penalti": two written whole numbers joined by a score
    separator, with no unit, currency, percent or scale ("10-15 orang" is a range), and a score
    word in the same sentence close by."""
    pattern = _score_word_pattern(qw.score_words)
    if pattern is None or not qw.score_unit:
        return False
    if text[first.end:second.start].strip() not in qw.score_separators or second.start - first.end > 3:
        return False
    for f in (first, second):
        if (f.value is None or f.spelled or f.currency or f.percent or f.has_scale or f.value != int(f.value)
                or not text[f.start:f.end].isdigit()):
            return False
    unit, _ = _unit_after(text, second.end, len(text), language=language)
    if unit and unit_table(language).lookup(unit):
        return False
    before = re.split(r"[.!?\n]", text[max(0, first.start - SCORE_CONTEXT):first.start])[-1]
    after = re.split(r"[.!?\n]", text[second.end:second.end + SCORE_CONTEXT])[0]
    before = " ".join(before.split()[-SCORE_WORDS_AROUND:])
    after = " ".join(after.split()[:SCORE_WORDS_AROUND])
    return bool(pattern.search(before) or pattern.search(after))


_NAME_WORD_BEFORE = re.compile(r"(?<![^\s(\"“])([A-Z][^\W\d_]*)[^\S\n]+$")
_NAME_WORD_AFTER = re.compile(r"[^\S\n]+([A-Z][^\W\d_]+)(?![^\W\d_])")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“”\n])\s*$")


def _inside_name(text: str, start: int, end: int, language: str | None = None) -> bool:
    """True when a short bare number stands between two capitalised words inside a sentence of prose
    ("Pondok Gontor Kampus 5 Darul Qiyam", "KAI Daop 6 Yogyakarta"): a part of a name, not a figure.
    The word before opening its sentence ("Sebanyak 5 Orang"), a unit on either side, or a line in
    title case (a headline) leaves it a figure. The same capitalised word and number inside a name
    elsewhere in the text make them a name here too, whatever follows ("KAI Daop 6 secara ...")."""
    if not text[start:end].isdigit() or end - start > 3:
        return False
    if _between_name_words(text, start, end, language):
        return True
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or _SENTENCE_OPENING.search(text, max(0, before.start() - 10), before.start()):
        return False
    if unit_table(language).lookup(before.group(1)) or _unit_after(text, end, len(text), language=language)[0]:
        return False
    again = re.compile(rf"(?<![^\W_]){re.escape(before.group(1))}[^\S\n]+{re.escape(text[start:end])}(?!\d)")
    return any(_between_name_words(text, m.end() - (end - start), m.end(), language)
               for m in again.finditer(text) if m.end() != end)


_SCORE_OR_RANGE_NEXT = re.compile(r"[^\S\n]*[-–—:][^\S\n]*\d")


@lru_cache(maxsize=None)
def _tally_patterns(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A row of a tally: the number is followed, or the name before it preceded, by another name's number, after a
    comma or one of the language's ``list_joiners`` ("Jakarta 12, Bogor 5 dan Depok 3", "... 5 and Depok 3")."""
    joiners = quantity_words(language).list_joiners
    gap = rf"(?:[,;]|[^\S\n](?:{_alternation(joiners)})(?![\w-]))" if joiners else r"[,;]"
    names = r"(?:[A-Z][\w-]*[^\S\n]+){1,3}"
    return (re.compile(rf"[^\S\n]*{gap}[^\S\n]*{names}\d"), re.compile(rf"\d[^\S\n]*{gap}[^\S\n]*{names}$"))


def _ends_a_name(text: str, start: int, end: int, language: str | None = None) -> bool:
    """True when a short bare number (digits only, four at most) closes a name inside a sentence: right after a
    capitalised word that is no sentence's opening and no word a count may follow (``_number_of_a_name``), with no
    noun it counts after it ("Galaxy Z Flip 7 akan", "Thailand Open (Super 500)", "RTX 5090, laptop", "Level 71").
    A row of a tally ("Jakarta 12, Bogor 5") stays a figure."""
    if not text[start:end].isdigit() or end - start > 4 or _after_a_scale_word(text, start, language):
        return False  # (a value on a scale is one: "berstatus Level 4", "VEI 4")
    if _in_title_line(text, start):
        return False  # a headline capitalises its nouns: "Daftar 97 Pinjol Resmi", "Apresiasi 4 IUP Dicabut"
    table = unit_table(language)
    if not _number_of_a_name(text, end, table, language):
        return False
    if _place_before(text, start, end, language):
        return False  # "korban tewas di Gaza 120", "di Kabupaten Agam 12": a count of a place with its noun left out
    before = _DIGITS_AFTER_CAPITALISED.search(text, max(0, end - 40), end)
    if before is not None and _opens_a_count(case_blind_key(before.group(1)), table, language):
        return False  # "RAKYATBENGKULU.COM - Sebanyak 26 meninggal dunia": a dateline's dash opened the sentence
    gap = _patterns(language).range_gap.match(text, end)
    if (_SCORE_OR_RANGE_NEXT.match(text, end) or (gap and text[gap.end():gap.end() + 1].isdigit())
            or _unit_after(text, end, len(text), language=language)[0] is not None):
        return False  # "mengalahkan Spanyol 5-3", "emisi CO₂ 20 sampai 30 persen": a score or a range after a name
    tally_next, tally_before = _tally_patterns(language)
    return not (tally_next.match(text, end) or tally_before.search(text, max(0, start - 60), start))


_CAPITALISED_RUN_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w-]*[^\S\n]+){1,4})$")
_CLAUSE_END_AFTER = re.compile(r"[^\S\n]*(?:[.,;](?!\d)|\n|$)")


def _place_before(text: str, start: int, end: int, language: str | None = None) -> bool:
    """True when the capitalised words right before ``start`` name a place, holding a word of a place's kind
    ("Kabupaten Agam") or ending in a place the gazetteer knows ("Gaza", "Jawa Timur"), and the number ends its
    clause (a full stop, a comma, a semicolon or the line's end after it): a count at that place with its noun
    left out ("korban tewas di Gaza 120."), no product's or series' number. A preposition of place alone is no
    evidence: "di Liga 1", "ke Call Center 135", "di Jalan Sukabangun 2" are names' numbers."""
    if not _CLAUSE_END_AFTER.match(text, end):
        return False
    run = _CAPITALISED_RUN_BEFORE.search(text, max(0, start - 60), start)
    if run is None:
        return False
    words = run.group(1).split()
    kinds = load_gazetteer().gpe_cues | quantity_words(language).place_region_words
    if any(case_blind_key(w) in kinds for w in words):
        return True
    for i in range(len(words)):
        entry = lookup_alias(" ".join(words[i:]))
        if entry is not None and entry.type in ("GPE", "LOC"):
            return True
    return False


def _between_name_words(text: str, start: int, end: int, language: str | None = None) -> bool:
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _NAME_WORD_AFTER.match(text, end)
    if before is None or after is None:
        return False
    if _SENTENCE_OPENING.search(text, max(0, before.start() - 10), before.start()):
        return False
    units = unit_table(language)
    if any(units.lookup(w) for w in (before.group(1), after.group(1))):
        return False
    return not _in_title_line(text, start)


def _reject_context(text: str, start: int, end: int, spelled: bool, nw: NumberWords, money: bool = False,
                    language: str | None = None, share_at: int | None = None) -> bool:
    """True when the words around text[start:end] make it an id, a date, an ordinal or a time.

    ``money``: an amount ("Rp8 triliun tahun ini") is never a duration, whatever word follows.
    ``share_at``: also an amount when the share unit is written at this position ("0,25 persen"); looked up
    only when a test below needs to know (most figures pass every test whatever the answer).
    """
    share: list[bool] = []

    def is_money() -> bool:
        if money or share_at is None:
            return money
        if not share:
            share.append(_share_word_after(text, share_at, language))
        return share[0]

    before = text[max(0, start - 2):start]
    if before[-1:].isalpha() and not spelled and decimal_prefix_unit(text, start, language) is None:
        return True  # glued to a word: "G20", "S1" (not a unit written before a decimal: "M5,0")
    if len(before) == 2 and before[1] in "-/#:" and (before[0].isalpha() or before[1] != "-"):
        word = _JOINED_WORD_BEFORE.search(text[max(0, start - 20):start])
        # "4,6 persen-5,4 persen" is a range, "11 KK/30 jiwa" two figures, "Rp4,8 miliar-Rp5 miliar" a range
        written = (word.group(1) or word.group(2)) if word else ""
        if not (word and (unit_table(language).lookup(written) or written.lower() in nw.scales or is_money())):
            return True  # "F-16", "Covid-19", "ke-3", "No/5", "#5"
    after = text[end:end + 1]
    tolerance = _patterns(language).tolerance_gap.match(text, end)
    if after and (after.isalpha() or after == "_") and not spelled and not (tolerance and tolerance.end() > end):
        glued = _GLUED_WORD.match(text, end)
        # "442jemaah": a lower-case word glued on; "Rp 1.018.500Emas": the next item of a price list
        # ("9Xplore" is a name: a capitalised word is taken for a lost space only after an amount)
        if not glued or (glued.group(0)[0].isupper() and not is_money()):
            return True  # "5G", "3D"
    if not spelled and not money and _inside_name(text, start, end, language) and not is_money():
        return True  # "Gontor Kampus 5 Darul Qiyam", "KAI Daop 6 Yogyakarta": part of a name
    if not spelled and not money and _ends_a_name(text, start, end, language) and not is_money():
        return True  # "Galaxy Z Flip 7", "Super 500", "GeForce RTX 5090": a model's or a series' number
    if (not spelled and not money and nw.postcode_digits and text[start:end].isdigit()
            and end - start == nw.postcode_digits and _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
            and not unit_table(language).lookup(_unit_after(text, end, len(text), language=language)[0] or "")
            and not is_money()):
        return True  # "Yogyakarta 55232": a postcode
    if (not spelled and not money and (_year_of_an_era(text, start, end, nw) or _vehicle_plate(text, start, end, nw))
            and not is_money()):
        return True  # "1447 H", "400 SM": a year of another calendar; "AB 1648 AG": a plate
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    # the words before name an ordinal, a date, an id ("ke 3", "tahun 2024", "nomor 5"); an amount
    # of money is none of these ("turun Rp6.000 ke Rp1.781.000": the price it fell to)
    if (m and case_blind_key(m.group(1)) in nw.not_after_words and not is_money()
            and not _second_duration_part(text, m, end, nw)
            and not (nw.term_parts and _term_after_larger_part(text, m, start, end, nw, language))
            and not _preposition_before_count(text, m, start, end, language)
            and not _written_cardinal_after_marker(text, m, start, end, language)):
        return True
    m = _WORD_AFTER.match(text, end)
    if (m and case_blind_key(m.group(1)) in nw.not_before_words and not is_money()
            and not _duration_figure(text, _range_start(text, start, language), m, nw, language)):
        return True
    # a list marker: "1. ..." or "2) ..." at the start of a line; only a short bare whole number
    # numbers a list ("gram: Rp 1.034.500." ends a sentence after a colon, it numbers nothing)
    if _LIST_MARK_AFTER.match(text, end, end + 2) and (digits := _digits_of(text[start:end])).isdigit() and len(digits) <= 3:
        line_start = text.rfind("\n", 0, start) + 1
        head = text[line_start:start].rstrip()
        if not head or head[-1] in ".!?:":
            return True
        number = text[start:end]
        if number.isdigit() and len(number) <= 2:  # "... 2. Honda ... 3. Toyota": a run-in list
            n = int(number)
            for neighbour, window in ((n + 1, text[end:end + 300]), (n - 1, text[max(0, start - 300):start])):
                if re.search(rf"(?<![\d.,]){neighbour}[.)]\s", window):
                    return True
    return False


_ERA_MARKER_AFTER = re.compile(r"[^\S\n]+([^\W\d_]+)(?![^\W\d_])")


def _year_of_an_era(text: str, start: int, end: int, nw: NumberWords) -> bool:
    """True when a whole number written without a thousands dot is followed by an era marker of another
    calendar (``year_era_markers``: "1447 H", "1446 Hijriah", "400 SM"): a year, never a count. A one-letter
    marker counts as written ("5 h" may be hours)."""
    if not nw.year_era_markers or not text[start:end].isdigit() or end - start < 3:
        return False  # a year of three or four digits: every such year in coverage ("5 H" is no year)
    m = _ERA_MARKER_AFTER.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return word in nw.year_era_markers or (len(word) > 1 and word.lower() in nw.year_era_markers)


def _vehicle_plate(text: str, start: int, end: int, nw: NumberWords) -> bool:
    """True when a bare whole number stands between a region's capitals and a series of capitals, each a word
    of its own ("AB 1648 AG", "B 2829 UIL"; ``not_a_quantity.vehicle_plate``): a registration plate."""
    if nw.vehicle_plate is None or not text[start:end].isdigit():
        return False
    region_low, region_high, series_low, series_high, digits = nw.vehicle_plate
    if end - start > digits:
        return False
    before = _PLATE_REGION.search(text[max(0, start - 6):start])
    after = _PLATE_SERIES.match(text[end:end + 6])
    if not (before and after and region_low <= len(before.group(1)) <= region_high
            and series_low <= len(after.group(1)) <= series_high):
        return False
    # a line in capitals ("KORBAN DI 2 RS BERTAMBAH") is a headline's words, not a plate
    line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) < 0.8 * len(letters)


def _share_word_after(text: str, end: int, language: str | None = None) -> bool:
    """True when the unit written after the number is the share unit ("0,25 persen"), as "%" is."""
    unit, _ = _unit_after(text, end, min(len(text), end + 20), language=language)
    return unit is not None and unit_table(language).lookup(unit) == "persen"


def _preposition_before_count(text: str, word_before: re.Match[str], start: int, end: int,
                              language: str | None = None) -> bool:
    """True when the word before the number is the ordinal marker written apart from it ("ke dua",
    "ke 2"), a counted noun follows the number and no unit of a sequence comes before the marker:
    the preposition and a count ("dibawa ke dua rumah sakit"), not an ordinal ("hari ke 2 pencarian",
    "untuk ke dua kalinya", "usianya ke 50 tahun")."""
    qw = quantity_words(language)
    marker = word_before.group(1)
    if not qw.ordinal_marker or marker.lower() != qw.ordinal_marker or text[word_before.end(1):start] != " ":
        return False
    if marker[0].isupper() and _SENTENCE_OPENING.search(text, max(0, word_before.start(1) - 10), word_before.start(1)) is None:
        return False
    unit, _ = _unit_after(text, end, min(len(text), end + 40), language=language)
    table = unit_table(language)
    # a unit of a sequence after it keeps the ordinal too ("merayakan usianya ke 50 tahun")
    if unit is None or table.lookup(unit) is None or unit in qw.ordinal_marker_units or unit in qw.ordinal_units:
        return False
    noun_before = _WORD_BEFORE.search(text, max(0, word_before.start(1) - 30), word_before.start(1))
    return not (noun_before and case_blind_key(noun_before.group(1)) in qw.ordinal_units)


def _written_cardinal_after_marker(text: str, word_before: re.Match[str], start: int, end: int,
                                    language: str | None = None) -> bool:
    """True when the word before the number is the ordinal marker written apart from it and the number
    is written as no ordinal is: grouped in thousands or with a decimal part ("disalurkan ke 4.662
    kecamatan", "naik ke 2.200 VA", "turun ke 5,2"): the level or the count it went to. A time of day
    ("ke 10.30") groups two digits, not three, and stays out."""
    qw = quantity_words(language)
    if not qw.ordinal_marker or case_blind_key(word_before.group(1)) != qw.ordinal_marker:
        return False
    if text[word_before.end(1):start] != " ":
        return False
    mark = decimal_separator(language)
    group = "." if mark == "," else ","
    digits = _digits_of(text[start:end])
    return bool(re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+(?:{re.escape(mark)}\d+)?"
                             rf"|\d+{re.escape(mark)}\d+", digits))


_PREFIX_BEFORE = re.compile(r"(?<![^\W_])([^\W\d_]+) ?$")
_NUMBER_AHEAD = re.compile(r"\d+(?:[.,]\d+)*")


def _decimal_value(text: str, start: int, unit: str, language: str | None = None) -> bool:
    """Whether the number at ``start`` is written with a decimal part and lies in ``unit``'s range
    (``decimal_unit_ranges``): "6,9", and "6.0" in an Indonesian text (one or two digits after a point are no
    thousands group), but not "1.000" (a thousand grouped) nor "15,5" for a magnitude (above its range)."""
    m = _NUMBER_AHEAD.match(text, start)
    if not m:
        return False
    mark = decimal_separator(language)
    other = "." if mark == "," else ","
    written = m.group()
    if re.fullmatch(rf"\d+{re.escape(other)}\d{{1,2}}", written):
        value = float(written.replace(other, "."))
    elif re.fullmatch(rf"\d+(?:{re.escape(other)}\d{{3}})*{re.escape(mark)}\d+", written):
        value = float(written.replace(other, "").replace(mark, "."))
    else:
        return False
    low, high = (unit_table(language).decimal_unit_ranges or {}).get(unit, (float("-inf"), float("inf")))
    return low <= value <= high


def decimal_prefix_unit(text: str, start: int, language: str | None = None) -> str | None:
    """The unit written right before the number at ``start`` when it is one of
    ``decimal_prefix_units`` and the number has a decimal part: "M5,0", "M 6,2" (magnitude)."""
    table = unit_table(language).decimal_prefix
    if not table:
        return None
    m = _PREFIX_BEFORE.search(text, max(0, start - max(map(len, table)) - 2), start)
    if not m or m.group(1) not in table or not _decimal_value(text, start, table[m.group(1)], language):
        return None
    return table[m.group(1)]


def _after_a_scale_word(text: str, start: int, language: str | None = None) -> bool:
    """Whether the number at ``start`` follows a word of ``scale_words_before`` ("berstatus Level 4", "VEI 4"):
    a value on a scale."""
    words = unit_table(language).scale_words_before
    m = _WORD_BEFORE.search(text, max(0, start - 12), start) if words else None
    return m is not None and m.group(1).lower() in words


def decimal_suffix_unit(text: str, start: int, end: int, language: str | None = None) -> tuple[str, int] | None:
    """(unit, its end) for a unit of ``decimal_suffix_units`` written right after the number that runs from
    ``start`` to ``end`` when the number has a decimal part: "6,9 SR", "7,3 skala Richter" (magnitude); "1.000
    SR" (a thousand grouped: schools) is none."""
    table = unit_table(language).decimal_suffix
    if not table:
        return None
    m = _suffix_pattern(tuple(sorted(table)))
    found = m.match(text, end)
    if not found:
        return None
    unit = table[" ".join(found.group(1).split())]
    return (unit, found.end()) if _decimal_value(text, start, unit, language) else None


@lru_cache(maxsize=4)
def _suffix_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"[ \t]?({alternatives})(?![^\W_])")


def _duration_figure(text: str, start: int, unit_word: re.Match[str], nw: NumberWords,
                     language: str | None = None) -> bool:
    """True when a duration ("16 tahun") is a figure in its own right: a prison term, an age, how
    long someone stayed or was held ("dirawat tiga hari", "menginap dua hari").

    The cue is the word right after the duration word ("tahun penjara") or one of the two words
    just before the number ("divonis", "pidana penjara selama", "berusia"); a cue further back
    ("Usianya antara 10 dan 20 tahun") is too loose a tie to keep a duration.
    """
    after = _WORD_AFTER.match(text, unit_word.end())
    # a cue may be a phrase ("years in prison"): the words after, up to a hyphen, are matched
    following = " ".join(re.findall(r"[^\W\d_]+", text[unit_word.end():unit_word.end() + 40].lower())[:3]) + " "
    if after and any(following.startswith(cue + " ") for cue in nw.duration_figure_after):
        return True
    if after and case_blind_key(after.group(1)) in nw.duration_window_after:
        return False
    if any(w.lower() in nw.duration_figure_before for w in _two_words_before(text, start)):
        return True
    if case_blind_key(unit_word.group(1)) == nw.bracketed_age_unit and _person_noun_right_before(text, start, nw):
        return True  # "Pemain 24 tahun itu": the player's age
    if _compound_duration_part(text, start, unit_word, nw):
        return True
    if nw.term_parts and _term_second_part(text, start, unit_word, nw, language):
        return True
    if nw.term_parts and _term_cue_after_smaller_part(text, unit_word, nw):
        return True
    # "pidana penjara paling lama 12 tahun": a legal term reaches over the hedge before the number
    hedge = _patterns(language).qualifier_before.search(text, max(0, start - 40), start) if nw.duration_through_hedge else None
    if hedge and any(w.lower() in nw.duration_through_hedge for w in _two_words_before(text, hedge.start("q"))):
        return True
    return case_blind_key(unit_word.group(1)) == nw.bracketed_age_unit and _name_and_comma_before(text, start)


_NUMBER_AND_WORD = re.compile(r"\s+\d[\d.,]*\s+([^\W\d_]+)")
_NUMBER_AND_WORD_BEFORE = re.compile(r"\d[\d.,]*\s+([^\W\d_]+)\s+$")


def _compound_duration_part(text: str, start: int, unit_word: re.Match[str], nw: NumberWords) -> bool:
    """True when a duration is one part of a length told in two units ("1 jam 49 menit", "36 menit 6 detik"):
    a number and a smaller unit (``duration_figures.compound``) right after it, or a number and a larger one
    right before it."""
    word = case_blind_key(unit_word.group(1))
    after = _NUMBER_AND_WORD.match(text, unit_word.end())
    if after and _compound_factor(nw, word, case_blind_key(after.group(1))) is not None:
        return True
    before = _NUMBER_AND_WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and _compound_factor(nw, case_blind_key(before.group(1)), word) is not None


# the larger part of a term right before its smaller part: a number, its spelled repeat in brackets, a duration word
_UNIT_WORD_AT = re.compile(r"([^\W\d_]+)")
_TERM_FIRST_PART = re.compile(r"(?<![\w.,])(\d[\d.,]*)(?:\s*\([^()\d]{1,30}\))?\s+([^\W\d_]+)\s+$")


def _term_second_part(text: str, start: int, unit_word: re.Match[str], nw: NumberWords,
                      language: str | None) -> bool:
    """True when a duration is the smaller part of a term whose larger part, right before it, is a figure
    ("4 (empat) tahun 9 (sembilan) bulan" after "pidana penjara selama"; ``duration_figures.term_parts``)."""
    first = _TERM_FIRST_PART.search(text, max(0, start - 60), start)
    if not first or (case_blind_key(first.group(2)), case_blind_key(unit_word.group(1))) not in nw.term_parts:
        return False
    first_unit = _UNIT_WORD_AT.match(text, first.start(2))  # matched in the whole text: its end is the text's
    return bool(first_unit) and _duration_figure(text, first.start(1), first_unit, nw, language)


_TERM_SMALLER_PART = re.compile(r"\s+\d[\d.,]*(?:\s*\([^()\d]{1,30}\))?\s+([^\W\d_]+)")


def _term_cue_after_smaller_part(text: str, unit_word: re.Match[str], nw: NumberWords) -> bool:
    """True when a duration is the larger part of a term whose smaller part, right after it, has the cue after it
    ("Andi 2 tahun 6 bulan penjara": the term is 2 years and 6 months, not 6 months)."""
    second = _TERM_SMALLER_PART.match(text, unit_word.end())
    if not second or (case_blind_key(unit_word.group(1)), case_blind_key(second.group(1))) not in nw.term_parts:
        return False
    following = " ".join(re.findall(r"[^\W\d_]+", text[second.end():second.end() + 40].lower())[:3]) + " "
    return any(following.startswith(cue + " ") for cue in nw.duration_figure_after)


_TERM_SECOND_UNIT = re.compile(r"(?:\s*\([^()\d]{1,30}\))?\s+([^\W\d_]+)")


def _term_after_larger_part(text: str, word_before: re.Match[str], start: int, end: int, nw: NumberWords,
                            language: str | None) -> bool:
    """True when the number after a duration word ("tahun 9") is the smaller part of a term that is a figure
    ("selama 4 (empat) tahun 9 (sembilan) bulan", "2 (dua) tahun 5 (lima) bulan penjara"): the smaller unit
    after it, and a cue of its own or the larger part a figure."""
    unit = _TERM_SECOND_UNIT.match(text, end)
    if not unit or (case_blind_key(word_before.group(1)), case_blind_key(unit.group(1))) not in nw.term_parts:
        return False
    return _duration_figure(text, start, unit, nw, language)  # its own cue ("5 bulan penjara") or the larger part's


_BRACKETED_WORDS = re.compile(r"\s*\([^()\d]{1,30}\)")


def _term_whole(text: str, end: int, unit: str | None, nxt: _Figure, nw: NumberWords,
                language: str | None) -> tuple[int, str, int] | None:
    """The smaller part of a term right after its larger part ends at ``end`` ("2 tahun" of "2 tahun 6 bulan", "4
    (empat) tahun" of "4 (empat) tahun 9 (sembilan) bulan"; ``duration_figures.term_parts``): (how many of the
    smaller unit the larger holds, the smaller unit, where it ends), or None. Both parts were kept as figures: the
    larger by its cue, the smaller by its own or the larger's."""
    if unit is None or nxt.value is None or text[end:nxt.start].strip() or not text[end:nxt.start]:
        return None
    spelled = _BRACKETED_WORDS.match(text, nxt.end)  # "9 (sembilan) bulan": the number's spelled repeat
    second, second_end = _unit_after(text, spelled.end() if spelled else nxt.end, len(text), language=language)
    table = unit_table(language)
    big, small = table.lookup(unit), table.lookup(second) if second else None
    factor = next((n for b, s, n in nw.term_factors if b == big and s == small), None)
    return (factor, small, second_end) if factor else None


def _legal_term_around(text: str, start: int, end: int, nw: NumberWords) -> bool:
    """Whether a legal term's word (``duration_figures.through_hedge``: "penjara", "divonis") is the word right
    after a duration or one of the two words before it: a prison term, never an age ("terdakwa 2 tahun 6 bulan
    penjara")."""
    after = _WORD_AFTER.match(text, end)
    return bool(after) and case_blind_key(after.group(1)) in nw.duration_through_hedge \
        or any(w.lower() in nw.duration_through_hedge for w in _two_words_before(text, start))


def _compound_factor(nw: NumberWords, big: str | None, small: str | None) -> int | None:
    """How many of the unit ``small`` the unit ``big`` holds when a length may be told in the two
    (``duration_figures.compound``: "jam" then "menit"), else None."""
    return next((n for b, s, n in nw.compound_durations if b == big and s == small), None)


def _second_duration_part(text: str, word_before: re.Match[str], end: int, nw: NumberWords) -> bool:
    """True when a number after a word of the clock ("jam 49") is the second part of a length told in two units
    ("1 jam 49 menit"): a number before that word and a smaller unit of it after the number."""
    big = case_blind_key(word_before.group(1))
    after = _WORD_AFTER.match(text, end)
    return (bool(after) and bool(re.search(r"\d\s+$", text[max(0, word_before.start() - 3):word_before.start()]))
            and _compound_factor(nw, big, case_blind_key(after.group(1))) is not None)


def _compound_duration(text: str, end: int, unit: str | None, nxt: _Figure, nw: NumberWords,
                       language: str | None) -> tuple[int, str, int] | None:
    """The rest of a length told in two units after its first part ends at ``end`` ("1 jam" of "1 jam 49
    menit"): (how many of the smaller unit the larger holds, the smaller unit, where it ends), or None."""
    if unit is None or nxt.value is None or text[end:nxt.start].strip() or not text[end:nxt.start]:
        return None
    second, second_end = _unit_after(text, nxt.end, len(text), language=language)
    table = unit_table(language)
    big, small = table.lookup(unit), table.lookup(second) if second else None
    factor = _compound_factor(nw, big, small)
    return (factor, small, second_end) if factor else None


# a clause read back from a figure ends at any punctuation (a full stop too: the window may cross sentences)
_PUNCTUATION_BREAK = re.compile(r"[,;:.!?()\n]")


# the word after a qualifier, in any letter case ("12% Lebih Kecil" in a headline)
_WORD_AFTER_QUALIFIER = re.compile(r"\s+([^\W\d_]+)")
_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")


def _compared_after(text: str, qualifier: re.Match[str], qw: QuantityWords) -> bool:
    """True when the "more than" word after a figure opens a comparison instead: "12% lebih kecil
    dibanding pendahulunya" is 12 percent smaller, not more than 12 percent."""
    if qw.after.get(" ".join(case_blind_key(qualifier.group("q")).split())) != "more_than":
        return False
    word = _WORD_AFTER_QUALIFIER.match(text, qualifier.end())
    return bool(word) and case_blind_key(word.group(1)) in qw.after_comparatives


def _carried_on(text: str, qualifier: re.Match[str], qw: QuantityWords) -> bool:
    """True when the word right after an "or more" / "or less" said after a figure carries it on into the
    next figure's qualifier: "atau kurang lebih 2,8 Kg" (about), "atau lebih dari Rp 1 juta" (more than)."""
    word = _WORD_AFTER_QUALIFIER.match(text, qualifier.end())
    return bool(word) and case_blind_key(word.group(1)) in qw.after_unit_carried_on_by


def _estimated(text: str, start: int, qw: QuantityWords) -> bool:
    """True when a verb of estimating stands shortly before the figure in its clause: "proses perbaikan
    diperkirakan memakan waktu selama enam bulan", "kerugian ditaksir mencapai Rp 5 miliar"."""
    if not qw.estimate_verbs or not qw.estimate_reach:
        return False
    window = text[max(0, start - 120):start]
    last_break = _LAST_PUNCTUATION_BREAK.match(window)
    clause = window[last_break.end():] if last_break else window
    return not qw.estimate_verbs.isdisjoint(map(str.lower, _LETTERS.findall(clause)[-qw.estimate_reach:]))


def _unit_of_new_value(text: str, start: int, end: int, new: _Figure, qw: QuantityWords,
                       language: str | None = None) -> str | None:
    """fig30: the unit of a change's new value for its old value written bare before it ("ditingkatkan dari 5
    menjadi 8 gerbong", "dari 530 menjadi 848 kursi", "dari 2 menjadi 4 persen"): one of ``change_from_words``
    right before the old value and only one of ``change_to_words`` between the two. None otherwise (a bare
    number with no such frame keeps the readings it had)."""
    if not qw.change_from_words or not qw.change_to_words or new.value is None:
        return None
    if not told_from_to(text, start, end, new.start, qw.change_from_words, qw.change_to_words):
        return None
    if new.percent:
        return "persen"
    if new.currency:
        return None  # an amount's old value without its currency is rare and its scale may differ
    unit, _ = _unit_after(text, new.end, len(text), language=language)
    return unit


def _range_start(text: str, start: int, language: str | None = None) -> int:
    """Where the range a figure at ``start`` is the second bound of begins ("masa kerja 10 hingga 15
    tahun": the "10"), else ``start``: the words before the first bound say what both bounds are."""
    pats = _patterns(language)
    window_start = max(0, start - 40)
    for m in reversed(list(pats.candidate.finditer(text, window_start, start))):
        gap = pats.range_gap.match(text, m.end())
        if m.group(0).strip() and gap and gap.end() == start:
            return m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return start


def _line_start(text: str, start: int) -> int:
    return max(text.rfind("\n", 0, start), text.rfind(".", max(0, start - 60), start)) + 1


def _two_words_before(text: str, start: int) -> list[str]:
    """The two words right before ``start`` on its line ("pidana penjara selama", "korban perempuan")."""
    return re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[max(_line_start(text, start), start - 40):start])[-2:]


def _person_noun_right_before(text: str, start: int, nw: NumberWords) -> bool:
    """"Pemain 24 tahun itu", "pria 26 tahun asal ...": a noun of a person (``age_right_after``) is the word right
    before the number, and no verb of becoming stands before it ("menjadi pelatih 3 tahun" is a term)."""
    words = [w.lower() for w in _two_words_before(text, start)]
    if not words or words[-1] not in nw.age_right_after or not text[max(0, start - 1):start].isspace():
        return False
    return len(words) < 2 or words[0] not in nw.age_right_after_not_after


def _name_and_comma_before(text: str, start: int) -> bool:
    """"Mbah Tupon, 68 tahun": a capitalised word that is no day or month, and a comma, right before."""
    named = re.search(r"(?<![.!?]\s)\b([A-Z][\w.'-]*),\s*$", text[max(_line_start(text, start), start - 40):start])
    return bool(named) and case_blind_key(named.group(1)) not in calendar_words()


def _name_and_bracket_before(text: str, start: int) -> bool:
    """"Mbah Tupon (68": a capitalised word that is no day or month, and an opening bracket, right before."""
    m = re.search(r"([^\W\d_][\w.'-]*)\s*\($", text[max(0, start - 60):start])
    # "Sabtu (9) + Kliwon (8)": a day's name with a number is a calendar count, not an age
    return bool(m) and m.group(1)[:1].isupper() and case_blind_key(m.group(1)) not in calendar_words()


def is_age(text: str, start: int, end: int, unit: str | None, language: str | None = None) -> bool:
    """True when the figure text[start:end] in ``unit`` is a person's age: a bare number in brackets
    after a name ("YP (17)"), a duration after a word of age or of a person ("berusia 21 tahun",
    "korban perempuan 25 tahun"), after a name and a comma ("Mbah Tupon, 68 tahun"), or with a noun
    of age earlier in its clause ("usia harapan hidup ... mencapai 72 tahun")."""
    nw = number_words(language)
    if unit is None or unit != nw.bracketed_age_unit:
        return False
    if text[end:end + 1] == ")" and _name_and_bracket_before(text, start):
        return True
    if any(w.lower() in nw.age_before for w in _two_words_before(text, start)):
        return True
    if _name_and_comma_before(text, start) or _person_noun_right_before(text, start, nw):
        return True
    window = text[max(0, start - 120):start]
    breaks = list(_PUNCTUATION_BREAK.finditer(window))
    clause = window[breaks[-1].end():] if breaks else window
    return any(w.lower() in nw.age_nouns for w in re.findall(r"[^\W\d_]+", clause))


def _one_is_a_count(text: str, fig: _Figure, unit: str | None, unit_end: int, figures: Sequence[_Figure],
                    nw: NumberWords, language: str | None = None) -> bool:
    """True when a lone "satu" counts something rather than being an article ("satu hal").

    It does when a classifier follows it ("satu bungkus ganja"), when it is set against others
    ("satu lagi", "satu korban lainnya"), when it says how long (a duration word after it kept
    only through its cue: "dalam waktu satu minggu"), or when
    the noun it counts is counted by another figure of the text ("turun 5 peringkat ... turun satu
    peringkat"): the text is counting that thing.
    """
    for at in (fig.end, unit_end if unit else fig.end):
        # a cue may be two words ("satu di antaranya")
        following = " ".join(re.findall(r"[^\W\d_]+", text[at:at + 30].lower())[:2])
        if any(following == cue or following.startswith(cue + " ") for cue in nw.one_against_others):
            return True
    # a classifier right after it counts ("satu bungkus ganja kering", "satu pucuk senjata"):
    # the article use of "satu" ("satu hal") never takes a measure word
    word_after = _WORD_AFTER.match(text, fig.end)
    table = unit_table(language)
    if word_after and case_blind_key(word_after.group(1)) in table.classifiers | table.occurrences:
        return True  # "satu kali gempa vulkanik" too: a count of times, as "satu kali" alone was
    if _one_in_a_list(text, fig, figures, nw, language):
        return True
    if unit is None:
        return False
    if unit.lower() in nw.not_before_words:
        return True
    for other in figures:
        if other is fig or (other.spelled and other.value == 1):
            continue
        if _unit_after(text, other.end, len(text), language=language)[0] == unit:
            return True
    return False


LIST_ITEM_REACH = 80  # characters between a "satu" and the count of its list before it


def _one_in_a_list(text: str, fig: _Figure, figures: Sequence[_Figure], nw: NumberWords,
                   language: str | None = None) -> bool:
    """True when "satu" is an item of a list of counts: another count stands shortly before it in
    its sentence, and "satu" opens the next item ("tiga orang, satu di bawah umur", "yang dua ...
    dan yang satu", "dua mobil dan satu motor") or follows that count's noun ("Dua orang satu sopir")."""
    if not nw.one_in_a_list_after:
        return False
    before = [o for o in figures if o.end <= fig.start and o.value is not None and not o.currency and not o.percent
              and not (o.spelled and o.value == 1)]
    if not before:
        return False
    other = max(before, key=lambda o: o.end)
    between = text[other.end:fig.start]
    if len(between) > LIST_ITEM_REACH or re.search(r"[.!?;:\n\"“”]", between):
        return False
    opener = re.search(r"(,|[^\W\d_]+)\s*$", between)
    if opener and case_blind_key(opener.group(1)) in nw.one_in_a_list_after:
        return True
    # "Dua orang satu sopir": right after the count's noun, a known unit ("tiga banding satu" is a ratio)
    noun, noun_end = _unit_after(text, other.end, len(text), language=language)
    return (noun is not None and unit_table(language).lookup(noun) is not None and noun_end > other.end
            and not text[noun_end:fig.start].strip())


def _bracketed_age(text: str, fig: _Figure) -> bool:
    """True for a bare whole number in brackets right after a name: "Mbah Tupon (68)", "YP (17)".

    Indonesian reports give a person's age this way; a count or a year is rarely written so.
    """
    if fig.spelled or not _plain_whole_age(fig):
        return False
    return text[fig.end:fig.end + 1] == ")" and _name_and_bracket_before(text, fig.start)


def _bare_age(text: str, fig: _Figure, nw: NumberWords) -> bool:
    """True for a bare whole number right after a word that names an age: "Pria usia 25 itu", "di
    usia 25" (numbers.yaml ``bare_age_before``); the unit of years is left unwritten."""
    if not nw.bare_age_before or not _plain_whole_age(fig):
        return False
    before = _WORD_BEFORE.search(text, max(0, fig.start - 30), fig.start)
    # only spaces between the word and the number: "usia (25)" is a bracket, "usia, 25" a list
    return (before is not None and case_blind_key(before.group(1)) in nw.bare_age_before
            and not text[before.end(1):fig.start].strip())


def _plain_whole_age(fig: _Figure) -> bool:
    """A whole number a person's age could be, written with no currency, percent or scale."""
    if fig.value is None or fig.currency or fig.percent or fig.has_scale:
        return False
    return 1 <= fig.value <= 120 and fig.value == int(fig.value)

# "Rp5.729.87" for "Rp5.729.876": thousands groups ending in a group of one or two digits, a number with a
# digit lost (or a typo), not 5,729 and then 87: its value is unknown, so it is no figure (".00" is cents
# written the English way, "Rp2.500.000.00", and stays read); a quote's number
# changed this way is still a wording difference, ``reconcile.discrepancies.wording_changes``)
# (the first digit is matched before the look behind: a pattern that opens with a digit lets ``re`` skip ahead to
# the next digit, where one that opens with a look behind is tried at every position)
_MALFORMED_GROUPS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3})+\.(?!00?(?!\d))\d{1,2}(?![\d.,]?\d)")


def _figures(text: str, masked: list[tuple[int, int]], nw: NumberWords, decimal: str = ",",
             language: str | None = None) -> list[_Figure]:
    pats = _patterns(language)
    mask_starts = [s for s, _ in masked]
    out: list[_Figure] = []
    malformed = [(m.start(), m.end()) for m in _MALFORMED_GROUPS.finditer(text)] if "." in text else []
    products = _products(text, nw)
    for product in products:
        if not _reject_context(text, product.start, product.end, False, nw, language=language):
            out.append(product)
    for m in pats.candidate.finditer(text):
        # most texts hold no product: no overlap test per candidate then
        if products and any(p.start < m.end() and m.start() < p.end for p in products):
            continue  # a factor of "1x24 jam": the product is the figure
        if m.group("num"):
            start, end = m.start(), m.end()
            num_start = m.start("num")
            if malformed and any(s <= num_start < e for s, e in malformed):
                continue
            # a number inside a date already read (one in five candidates) is dropped before it is parsed:
            # the figure made of it spans its digits, so the mask test below would drop it (the masks are
            # sorted and apart: a mask meeting the digits, or one starting after them up to the figure's
            # end, meets the figure)
            i = bisect_right(mask_starts, m.end("num")) - 1
            if i >= 0 and masked[i][1] > num_start:
                continue
            currency = nw.currency_code(m.group("cur"))
            if currency is None:
                start = num_start
            scale = m.group("scale")
            if scale and scale in nw.scale_letters and currency is None:
                end = m.end("num")  # "5 M" without money is not five billion
                scale = None
            factor = 1.0
            if scale in nw.scale_letters:
                factor = nw.scale_letters[scale]
            elif scale:
                # stacked scales multiply while they grow: "8 ribu triliun" is 8 x 10^15;
                # a smaller one after a larger one starts the next figure ("2 juta ribuan")
                words = list(re.finditer(r"\S+", scale))
                kept = 1
                while kept < len(words) and nw.scales[case_blind_key(words[kept].group())] > nw.scales[case_blind_key(words[kept - 1].group())]:
                    kept += 1
                if kept < len(words):
                    end = m.start("scale") + words[kept - 1].end()
                for w in words[:kept]:
                    factor *= nw.scales[case_blind_key(w.group())]
            hedged = m.group("hedged")
            if hedged:
                factor = _hedged_scales(language)[hedged.lower()]
            pct = bool(m.group("pct")) and m.end("pct") == end
            value = parse_digits(m.group("num"), decimal)
            if (currency in nw.comma_thousands_currencies and decimal == "," and not scale and not hedged
                    and _COMMA_THOUSANDS.fullmatch(m.group("num"))):
                value = parse_digits(m.group("num"), ".")  # "USD 7,400": copied in the English style
            if value is None:
                continue
            if scale or hedged:
                value *= factor
            figure = _Figure(start, end, value, value, value, False, currency, pct, False, bool(scale or hedged), factor,
                             hedged=bool(hedged))
        elif m.group("approx"):
            rng = approximate_range(" ".join(m.group("approx").split()), language)
            if rng is None:
                continue
            figure = _Figure(m.start("approx"), m.end("approx"), None, rng[0], rng[1], True, None, False, False, True)
        else:
            start = m.start() if m.group("cur_w") else m.start("words")
            # words as written, a joiner kept inside its word ("twenty-five"): the span is measured on them
            words = m.group("words").split()
            # trim trailing words that break the number ("dua puluh lima ribu" keeps all;
            # "satu dua" keeps "satu")
            value = None
            while words:
                value = parse_number(" ".join(words), language)
                if value is not None:
                    break
                words.pop()
            if value is None:
                continue
            end = m.start("words") + len(re.match(r"\S+(?:\s+\S+){%d}" % (len(words) - 1), m.group("words")).group(0))
            currency = nw.currency_code(m.group("cur_w"))
            figure = _Figure(start, end, value, value, value, False, currency, False, True, len(words) > 1)
        i = bisect_right(mask_starts, figure.end) - 1
        if i >= 0 and masked[i][1] > figure.start:
            continue
        # a share is no ordinal, date or id either ("melonjak ke 68,25%": the level it rose to)
        # ... and so is one whose unit is written as a word ("pajak penghasilan (PPh) 0,25 persen")
        if _reject_context(text, figure.start, figure.end, figure.spelled or figure.approx_word, nw,
                           money=figure.currency is not None or figure.percent, language=language,
                           share_at=figure.end):
            continue
        minus = _MINUS_BEFORE.search(text, max(0, figure.start - 8), figure.start)
        if minus:  # "minus 5,32 persen"
            figure.start = minus.start()
            figure.value, figure.low, figure.high = (
                None if v is None else -v for v in (figure.value, figure.high, figure.low))
        cm = pats.currency_after.match(text, figure.end)
        if cm and figure.currency is None and not _money_not_weight(text, figure.start, cm.group("c"), nw):
            cm = None  # "Beratnya mencapai 200 pound": a weight, the unit read after it
        if cm and figure.currency is None:
            figure.currency = nw.suffix_currency_code(cm.group("c")) or unit_table(language).lookup(cm.group("c"))
            # "3,371 dolar AS per troy ons": the currency written after the amount groups thousands with a
            # comma as one written before it does ("USD 7,400")
            digits = text[figure.start:figure.end]
            if (figure.currency in nw.comma_thousands_currencies and decimal == "," and not figure.has_scale
                    and not figure.hedged and not figure.percent and not figure.spelled and figure.value is not None
                    and figure.value >= 0 and _COMMA_THOUSANDS.fullmatch(digits)):
                figure.value = figure.low = figure.high = parse_digits(digits, ".")
            figure.end = cm.end()
        out.append(figure)
    return sorted(out, key=lambda f: f.start) if products else out


_CLAUSE_START = re.compile(r"[.!?;\n]")


def _money_not_weight(text: str, start: int, word: str, nw: NumberWords) -> bool:
    """Whether the currency ``word`` written after the amount at ``start`` names money: always, but for a word that
    also names a unit of weight (``money_or_weight``: "pound"), which is money unless a weight cue ("berat", "bobot",
    "seberat", "timbangan") stands among the ``cue_reach`` words before it in its sentence with no money cue
    ("harga", "denda") nearer ("tas seberat 2 kg seharga 300 pound": the nearest cue says which). mend57: with no
    cue it is money ("didenda 5.000 pounds", "memenangkan 1.000 pound"), the use news makes of the word; cues match
    by their root too ("didenda": denda, "ditimbang": timbang); another currency's name is a money cue."""
    if " ".join(word.lower().split()) not in nw.money_or_weight:
        return True
    clause = _CLAUSE_START.split(text[max(0, start - 120):start])[-1]
    before = re.findall(r"[^\W\d_]+", clause)[-nw.cue_reach:] if nw.cue_reach else []
    # another currency named there ("apresiasi poundsterling sebesar 0,13% ke level 0,757 pounds") is money too
    currencies = {m.lower() for m in nw.currency_suffix if " " not in m} - nw.money_or_weight
    weight, money = _cue_roots(nw.weight_cues), _cue_roots(nw.money_cues)
    for w in reversed(before):
        low = w.lower()
        if low in nw.weight_cues or _root(low) in weight:
            return False
        if low in nw.money_cues or low in currencies or _root(low) in money:
            return True
    return True


def _root(word: str) -> str:
    return stem(word)


@lru_cache(maxsize=8)
def _cue_roots(cues: frozenset[str]) -> frozenset[str]:
    """The roots of a cue list's words ("ditimbang": timbang), so any inflected form of a cue counts."""
    return frozenset(_root(c) for c in cues)


@lru_cache(maxsize=None)
def _product_pattern(signs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(s) for s in signs)
    # (the first digit before the look behind, as in _MALFORMED_GROUPS)
    return re.compile(rf"(?P<a>\d(?<![^\W_]\d|[.,]\d)\d{{0,2}})[^\S\n]?(?:{alternatives})[^\S\n]?(?P<b>\d{{1,4}})"
                      rf"(?![^\W_]|[.,]\d)")


def _products(text: str, nw: NumberWords) -> list[_Figure]:
    """"1x24 jam", "2 x 24 jam": a product of two whole numbers before a unit of time, one figure
    (the product). Other products ("3x3 meter", a size) are left to the usual reading."""
    if not nw.multiplication_signs:
        return []
    out = []
    for m in _product_pattern(nw.multiplication_signs).finditer(text):
        after = _WORD_AFTER.match(text, m.end())
        if not after or case_blind_key(after.group(1)) not in nw.not_before_words:  # a unit of time (or a month)
            continue
        value = float(int(m.group("a")) * int(m.group("b")))
        out.append(_Figure(m.start(), m.end(), value, value, value, False, None, False, False, False))
    return out


_FIGURE_BEFORE = re.compile(r"\d(?:[\s.,]?\d)*\s+([^\W\d_]+)\s*$")


def _joins_figures(text: str, qm: re.Match[str], qw: QuantityWords, language: str | None = None) -> bool:
    """True when the qualifier word before a figure is one that, right after an amount (digits and a unit or a
    scale word), joins two parts of one amount (``before_joining_figures``: "2 jam lebih 30 menit"): the second
    part then takes no bound from it. Bare digits before it join nothing ("Sepanjang 2024 lebih 500 perusahaan":
    a year, then "more than 500")."""
    said = " ".join(case_blind_key(qm.group("q")).split())
    if said not in qw.before_joining_figures:
        return False
    start = qm.start("q")
    before = _FIGURE_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    return unit_table(language).lookup(word) is not None or case_blind_key(word) in number_words(language).scales


def _is_year(text: str, fig: _Figure, nw: NumberWords) -> bool:
    if fig.currency or fig.percent or fig.has_scale or fig.spelled or fig.approx_word or fig.value is None:
        return False
    written = text[fig.start:fig.end]
    low, high = nw.year_range
    return written.isdigit() and len(written) == 4 and low <= fig.value <= high


_WORDS_BEFORE = re.compile(r"((?:[^\W\d_]+[ \t]+){1,3})$")
_YEARLIKE_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _idiom_head_after(text: str, end: int, nw: NumberWords) -> bool:
    """Whether the word right after a fraction or half word makes the two an idiom (``fractions.idiom_heads``)."""
    after = _YEARLIKE_NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in nw.fraction_idiom_heads


def _count_written_as_year(text: str, fig: _Figure, unit: str | None, nw: NumberWords, units: UnitTable) -> bool:
    """Whether a year-like number is a count: a phrase of ``year_count_openers`` right before it and a counted
    noun right after it, a unit of the unit table or a word of ``year_count_nouns`` ("Pantai Goa Cemara sebanyak
    1995 wisatawan", "a total of 2000 households"; fig44). Any other word after it leaves it a year ("Setidaknya
    2030 nanti ...", "The total 2024 budget"; mend63)."""
    if not unit or not nw.year_count_openers:
        return False
    before = _WORDS_BEFORE.search(text, max(0, fig.start - 40), fig.start)
    if before is None:
        return False
    words = before.group(1).lower().split()
    if not any(" ".join(words[-n:]) in nw.year_count_openers for n in range(1, len(words) + 1)):
        return False
    after = _YEARLIKE_NEXT_WORD.match(text, fig.end)
    if after is None or not after.group(1)[:1].islower():
        return False
    noun = after.group(1).lower()
    return noun in nw.year_count_nouns or units.lookup(noun) is not None or noun in units.classifiers


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_ACRONYM = re.compile(r"[A-Z]+(?![^\W_])")
_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
# a number in digits written right after a capitalised word ("F 5055", "Boeing 737")
_DIGITS_AFTER_CAPITALISED = re.compile(r"(?<![\w-])([A-Z][\w-]*)[ \t]+\d[\d.,]*[ \t]*$")
_SENTENCE_END = re.compile(r"(?:^|[.!?][\"”’)]?)[ \t]*$|\n[ \t]*$")


def _number_of_a_name(text: str, pos: int, table: UnitTable, language: str | None = None) -> bool:
    """True when the number ending at ``pos`` follows a capitalised word of a name: it is part of a name or a
    code ("nomor polisi F 5055 JZ", "Boeing 737 MAX", "Waisak 2569 BE", "Liga 1 PSSI"), and the capitals
    after it count nothing. A sentence's first word is capitalised anyway: there it is a name's word only
    when it is no word that opens a count (a function word, a verb, a word with an enclitic, a number
    word or one of ``acronym_count_openers``: "Sebanyak 5 ASN", "Rinciannya 386 WNI", "Total 6 KK")."""
    before = _DIGITS_AFTER_CAPITALISED.search(text, max(0, pos - 40), pos)
    if before is None:
        return False
    if not _SENTENCE_END.search(text[max(0, before.start() - 4):before.start()]):
        return True
    return not _opens_a_count(case_blind_key(before.group(1)), table, language)


def _opens_a_count(word: str, table: UnitTable, language: str | None) -> bool:
    """Whether ``word`` (lower case) is one a count may follow: no name's word."""
    return (word in load_stopwords() or word in table.not_units or word in table.acronym_count_openers
            or (len(word) >= 5 and word.startswith(table.verb_prefixes))
            or any(word.endswith(e) and len(word) > len(e) + 2 for e in pronoun_enclitics())
            or parse_number(word, language) is not None or word in number_words(language).approximate)


def _in_capitals(text: str, at: int) -> bool:
    """True when the words around ``at`` are written all in capitals (a headline or a shouted line), where a
    word in capitals is no abbreviation."""
    around = _LETTER_WORD.findall(text, max(0, at - 60), at + 60)
    return len(around) >= 3 and sum(w.isupper() for w in around) * 2 > len(around)


_BLANKS = re.compile(r"[ \t]+")


# a number right after a word with a capital inside it, a product's name ("iPhone 15", "eSIM 2")
_CAMEL_NAME_BEFORE = re.compile(r"[^\W\d_]*[a-z][A-Z]\w*\s+[\d.,]+\s*$")


@lru_cache(maxsize=1)
def _lexicon_words() -> tuple[frozenset[str], frozenset[str]]:
    """(Indonesian, English) words of the translation list (``lang/id/translations_en.txt``; names not in it),
    English function words (``lang/en/stopwords.txt``, less Indonesian ones, ``lang/id/stopwords.txt``) with the
    English ones."""
    indonesian, english, function = _lexicon_parts()
    return indonesian, english | function


@lru_cache(maxsize=1)
def _lexicon_parts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(Indonesian words, English words, English function words) of ``_lexicon_words``, apart."""
    tr = load_translations()
    indonesian = frozenset(k for k in tr.words_to_english if " " not in k)
    function = frozenset(w.lower() for w in load_data("stopwords", "en")) - load_stopwords()
    return indonesian, frozenset(k for k in tr.words_to_indonesian if " " not in k), function


def _common_in_indonesian(word: str) -> bool:
    """mend55: whether ``word`` (lower case) is written in lower case often enough in the background word counts
    (``units.yaml`` ``indonesian_word_per_million``) to be a word of Indonesian text, a loanword ("film", "unit",
    "status", "event") though the translation list gives it only as English. The counts hold English news
    sentences too, so the bar is set above the English words the list is there to catch ("coffee", "best")."""
    bar = unit_table("id").indonesian_word_per_million
    if not bar or word in _lexicon_parts()[2]:
        return False  # an English function word ("the", "of", "to") passes any bar: the counts hold English text
    counts = load_word_frequencies()
    return word not in counts.names and counts.counts.get(word, 0) * 1_000_000 >= bar * counts.total


def _english_word(word: str) -> bool:
    """Whether ``word`` (lower case) is an English word and no Indonesian one by the translation list: itself or,
    ending in "s", the singular of an English noun ("Coffee", "Best", "Pounds", "of", "To"); a function word takes
    no plural "s" ("pers" is no "per")."""
    indonesian, english, function = _lexicon_parts()
    if word in indonesian:
        return False
    return word in english or word in function or (word.endswith("s") and word[:-1] in english)


_WORD_AFTER_NOUN = re.compile(r"[ \t]+([^\W\d_][\w'-]*)")


def _capitalised_common_noun(text: str, at: int, limit: int) -> re.Match[str] | None:
    """fig40: the capitalised word at ``at`` when it is a common noun written with a capital: the background word
    counts hold it in lower case and not as a name's word, it is no time or calendar word, and no number follows it
    ("Nomor 3 Tahun 2020", "Pasal 5 Ayat 2"). mend54: and it is no English word by the translation list ("28
    Coffee", "5 Star", "50 Best"), and the word after it carries on no title or name: an English word ("24 Hours
    of Le Mans", "28 Years Later", "1 Day To Go") or a capitalised word the counts hold as a name's that is no
    Indonesian word of the list; a noun or an acronym after it keeps the unit ("85 Laporan Polisi", "12 Kantor
    Wilayah", "6 Perwakilan RI"). None otherwise."""
    m = _TITLE_WORD.match(text, at, limit)
    if m is None or (m.end() < len(text) and text[m.end()].isalnum()):
        return None
    lower = m.group(0).lower()
    counts = load_word_frequencies()
    # a loanword Indonesian text writes often ("15 Film", "20 Event") is a noun whatever the list says; the word
    # after it is still read against the list alone ("28 Years Later": English words the counts hold often too)
    if (lower not in counts.counts or lower in counts.names or _time_word(lower)
            or (_english_word(lower) and not _common_in_indonesian(lower))):
        return None
    if re.match(r"\s*\(?\d", text[m.end():m.end() + 4]):
        return None
    after = _WORD_AFTER_NOUN.match(text, m.end())
    if after:
        word = after.group(1)
        key = word.lower()
        # an all-capitals word after the noun is an acronym ("12 Jurusan IT", "6 Perwakilan RI"), no English word
        if not (len(word) > 1 and word.isupper()) and _english_word(key):
            return None
        if word[0].isupper() and not word.isupper() and key in counts.names and key not in _lexicon_words()[0]:
            return None
    return m


def _in_title_line(text: str, pos: int) -> bool:
    """True when the line around ``pos`` is in title case (most words capitalised)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return _is_title_case(text[line_start:line_end if line_end >= 0 else len(text)])


@lru_cache(maxsize=64)
def _is_title_case(line: str) -> bool:
    # cached: a long paragraph is asked about once per figure in it
    initials = _WORD_INITIAL.findall(line)  # one per word
    if len(initials) < 3:
        return False
    return sum(map(str.isupper, initials)) / len(initials) >= 0.6


def _unit_of_partitive(text: str, pos: int, language: str | None = None, part_start: int | None = None,
                       whole_part: bool = False) -> str | None:
    """"8.000 dari pasukan Korea Utara", "thousands of troops": the known unit after the
    partitive word, else None. With a counted whole ("Tujuh dari sembilan sektor"), the whole's noun, known or
    not, when the part is a whole number (``whole_part``) and no word of a rank or a score stands right before
    it (``part_start``: "rating 4,8 dari 246 ulasan", "peringkat 45 dari 173 SD" count no reviews, no schools)."""
    m = _patterns(language).partitive.match(text, pos)
    if not m:
        return None
    at = m.end()
    # "241 dari 242 orang", "tiga dari lima negara": a part of a whole counts what the whole does
    whole = _WHOLE_NUMBER.match(text, at)
    if whole and parse_number(whole.group(1), language) is not None:
        at = whole.end()
    um = unit_table(language).pattern.match(text, at)
    if um:
        return unit_table(language).lookup(" ".join(um.group(0).split()))
    before = _WORD_BEFORE.search(text, max(0, part_start - 30), part_start) if part_start is not None else None
    ranked = before is not None and case_blind_key(before.group(1)) in quantity_words(language).partitive_rank_words
    if whole and at > whole.start() and whole_part and not ranked and not _YEAR.fullmatch(whole.group(1)):
        # "Tujuh dari sembilan sektor", "3 dari 5 pelaku": with the whole counted, the part counts the whole's
        # noun, known unit or not (a bare "dari pasukan" stays known units only: "dari" is also where from)
        return _unit_after(text, whole.end() - 1, len(text), language=language)[0]
    return None


_WHOLE_NUMBER = re.compile(r"([\d.,]*\d|[^\W\d_]+)\s+")


def _unit_after(text: str, pos: int, limit: int, after_classifier: bool = False,
                language: str | None = None) -> tuple[str | None, int]:
    """(canonical unit or lemma, end of the unit words) for the noun starting after ``pos``."""
    table = unit_table(language)
    m = _BLANKS.match(text, pos)
    at = m.end() if m else pos
    if at >= limit:
        return None, pos
    bracket = _BRACKETED_WORDS.match(text, at, limit)
    if bracket and not after_classifier:
        inside = " ".join(bracket.group(1).split())
        if table.lookup(inside) is not None:
            return table.lookup(inside), bracket.end()  # "jumlahnya 442 (orang)"
        if parse_number(inside, language) is not None and inside.lower() not in number_words(language).scales:
            # "3 (tiga) bandar udara": the figure spelled out again; the noun follows it
            return _unit_after(text, bracket.end(), limit, language=language)
    um = table.pattern.match(text, at, limit)
    if um:
        surface = " ".join(um.group(0).split())
        unit = table.lookup(surface)
        if surface.lower() in table.classifiers and not after_classifier:
            # "8.000 orang tentara" counts tentara; "4 orang tewas" still counts orang
            following, following_end = _unit_after(text, um.end(), limit, after_classifier=True, language=language)
            # ("empat unit handphone" counts handphones, known unit or not; "4 orang tewas" people)
            # ("lima orang rekannya" counts rekan: a noun of people tied to someone)
            if following is not None and (table.lookup(following) is not None or following in table.possessed_nouns
                                          or surface.lower() not in table.classifiers_before_states):
                return following, following_end
        if surface.lower() in table.occurrences and not after_classifier and not _a_multiple(text, pos, table):
            # "empat kali tremor menerus" counts tremors, "tiga kali absen" absences; "dua kali sehari",
            # "dua kali tahun ini" stay times (a time word, a known unit after it)
            # (a capital after it is a name's: "dua kali Toprak Razgatlioglu", "Dua kali Ayu Ting Ting coba")
            following, following_end = _unit_after(text, um.end(), limit, after_classifier=True, language=language)
            if (following is not None and following.lower() not in table.occurrence_not_nouns
                    and table.lookup(following) is None and text[um.end():following_end].strip()[:1].islower()
                    and not _time_word(following)):
                return following, following_end
        return unit, um.end()
    wm = _LOWER_WORD.match(text, at, limit)
    if wm is None and _in_title_line(text, at):  # headline "5 Fakta di Balik ..."
        wm = _TITLE_WORD.match(text, at, limit)
    if wm is None and not _number_of_a_name(text, pos, table, language) and not _CAMEL_NAME_BEFORE.search(
            text, max(0, pos - 40), pos):
        # fig40: a common noun written with a capital ("untuk 33 Provinsi", "Dari 85 Laporan Polisi", "6 Perwakilan
        # RI"): a word the background counts mostly write in lower case, no name's, no time word, no number after it
        # ("Nomor 3 Tahun 2020"), and no number that is part of a name before it ("iPhone 15 Pro", "Gemini 2.5 Pro")
        wm = _capitalised_common_noun(text, at, limit)
    if wm is None and table.acronym_units and not after_classifier:
        am = _ACRONYM.match(text, at, limit)
        low, high = table.acronym_units
        if (am and low <= len(am.group(0)) <= high and am.group(0) not in table.not_acronym_units
                and not _in_capitals(text, at) and not _number_of_a_name(text, pos, table, language)):
            return am.group(0), am.end()  # "lebih dari 150 PKL" counts PKL
    if wm is None and table.acronym_units and after_classifier:
        named = _named_after_classifier(text, at, limit, table)
        if named is not None:
            return named
    if not wm or wm.end() < len(text) and (text[wm.end()].isalnum()):
        return None, pos
    word = case_blind_key(wm.group(0))
    possessed = _possessed_noun(word, table)
    if possessed is not None:  # "bersama empat rekannya" counts rekan
        return possessed, wm.end()
    if (
        word in table.not_units
        or ("-" in word and not _is_reduplicated(word))
        or any(word.endswith(s) for s in table.not_unit_suffixes)
        # a unit of time is no verb, whatever it starts with ("13 menit setelah lepas landas")
        or (len(word) >= 5 and any(word.startswith(p) for p in table.verb_prefixes)
            and word not in quantity_words(language).ordinal_units)
        or parse_number(word, language) is not None
        or word in number_words(language).approximate
        or len(word) < 3
    ):
        return None, pos
    if word in table.classifiers and not after_classifier:  # "30 ekor sapi" counts sapi
        following, following_end = _unit_after(text, wm.end(), limit, after_classifier=True, language=language)
        if following is not None:
            return following, following_end
    return word, wm.end()


def _time_word(word: str) -> bool:
    """True for a word of the calendar ("satu kali pagi"): never the noun a count of times or of the rest counts
    (stopwords.txt is no guard here: it holds nouns too, "pihak", "video")."""
    return word.lower() in calendar_words()


_WORD_BEFORE_NUMBER = re.compile(r"([^\W\d_]+)\s+(?:[\d.,]+|[^\W\d_]+)\s*$")


def _a_multiple(text: str, pos: int, table: UnitTable) -> bool:
    """True when the number ending at ``pos`` follows a word of size or amount ("seluas tujuh kali ukuran
    Bulan", "sebesar 3 kali tarif"): "kali" then says how many times as much, not how many times."""
    before = _WORD_BEFORE_NUMBER.search(text, max(0, pos - 40), pos)
    return bool(before) and case_blind_key(before.group(1)) in table.occurrence_multiple_after


def _named_after_classifier(text: str, at: int, limit: int, table: UnitTable) -> tuple[str, int] | None:
    """(counted thing, its end) for a name in capitals or a capitalised noun right after a classifier:
    "sembilan unit CCTV" counts CCTV, "522 unit Panel surya" panels, "dua unit Toyota Avanza" Toyotas. A
    classifier stands mid-sentence, so a capital there is no sentence start; a month ("1.200 unit Mei") or a
    word that is no noun ("unit Selain") is none, nor a line of capitals (a headline)."""
    if _in_capitals(text, at):
        return None
    am = _ACRONYM.match(text, at, limit)
    low, high = table.acronym_units or (0, 0)
    if am and low <= len(am.group(0)) <= high and am.group(0) not in table.not_acronym_units:
        return am.group(0), am.end()
    tm = _TITLE_WORD.match(text, at, limit)
    if tm is None or tm.end() < len(text) and text[tm.end()].isalnum():
        return None
    word = case_blind_key(tm.group(0))
    if word in calendar_words() or word in table.not_units or len(word) < 3:
        return None
    return word, tm.end()


def _possessed_noun(word: str, table: UnitTable) -> str | None:
    """The noun of ``word`` without its possessive ending when that noun is one of the people
    nouns that keep a count so ("empat rekannya", "dua anaknya"); None else."""
    for suffix in table.not_unit_suffixes:
        if word.endswith(suffix) and word[:-len(suffix)] in table.possessed_nouns:
            noun = word[:-len(suffix)]
            return table.lookup(noun) or noun
    return None


def _is_reduplicated(word: str) -> bool:
    """A plural written by repeating the noun ("laki-laki", "anak-anak"): a noun a figure may count,
    unlike other hyphenated words after a figure ("nol-covid", "5-3")."""
    halves = word.split("-")
    return len(halves) == 2 and halves[0] == halves[1] and halves[0].isalpha()


_BRACKETED_WORDS = re.compile(r"\(\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*\)")


BARE_FIGURE_REACH = 200  # characters before a bare figure searched for what it counts
MONEY_WITHOUT_CURRENCY = 1000  # below this, a bare figure after a money noun is rarely the amount itself
_DIGIT = re.compile(r"\d")


def _noun_follows(text: str, pos: int, table: UnitTable) -> bool:
    """True when the word right after ``pos`` may be a noun: not a word the unit finder refuses as one."""
    m = re.match(r"[ \t]*([^\W\d_]+)", text[pos:pos + 40])
    return bool(m) and case_blind_key(m.group(1)) not in table.not_units


def _unit_of_subject(text: str, sentence: tuple[int, int] | None, start: int,
                     language: str | None = None, money: bool = False) -> str | None:
    """ "The death toll from the flood has risen to 17", "killing 17": the unit named by the
    last subject phrase before a bare figure in its sentence, when no other figure stands
    between them (else None). ``money``: the currency named by a money noun instead ("kerugian
    4,8 miliar")."""
    table = unit_table(language)
    pattern, mapping = ((table.money_subjects, table.money_subject_currency) if money
                        else (table.subjects, table.subject_units))
    if pattern is None or sentence is None or mapping is None:
        return None
    left = max(sentence[0], start - BARE_FIGURE_REACH)
    hits = list(pattern.finditer(text, left, start))
    if not hits or _DIGIT.search(text, hits[-1].end(), start):
        return None
    return mapping[" ".join(case_blind_key(hits[-1].group(0)).split())]


_WORD_AT = re.compile(r"\s*([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _unit_across_copula(text: str, sentence: tuple[int, int] | None, start: int, end: int,
                        language: str | None = None) -> str | None:
    """What a bare count opening its clause counts when a copula follows it: the noun after the
    copula ("Dari jumlah tersebut, 169 adalah warga negara India", "21 sisanya adalah penerbangan
    domestik"). Not after a word of a name or a noun ("Studio 76 adalah studio", "lantai dua adalah
    ruang pamer": a number naming a thing, not a count)."""
    table = unit_table(language)
    if not table.copulas or sentence is None:
        return None
    before = text[sentence[0]:start].rstrip()
    last = _LAST_WORD.search(before)
    if before and before[-1] not in ",;:" and not (last and case_blind_key(last.group(1)) in table.clause_openers):
        return None
    at = end
    rest = _rest_words(table.copula_rest_words).match(text, at)
    if rest:
        at = rest.end()
    word = _WORD_AT.match(text, at)
    if word and (case_blind_key(word.group(1)) in table.copulas
                 or rest and case_blind_key(word.group(1)) in table.copula_role_markers):
        unit, _ = _unit_after(text, word.end(), sentence[1], language=language)
        return unit
    if (not rest or not word or _state_of_people_at(text, word.start(1), language)
            or _time_word(word.group(1))):
        return None
    # fig26: the rest's noun with no copula ("15 di antaranya pihak swasta"); a state there is fig20's
    unit, _ = _unit_after(text, at, sentence[1], language=language)
    return unit


@lru_cache(maxsize=4)
def _rest_words(words: frozenset[str]) -> re.Pattern[str]:
    """Any word of "the rest" ("lainnya", "di antaranya") after blanks, as whole words, any case."""
    if not words:
        return re.compile(r"(?!)")  # a language whose data lists none: never matches
    phrases = sorted(words, key=len, reverse=True)
    return re.compile(r"\s*(?i:%s)(?![^\W_])" % "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases))


@lru_cache(maxsize=None)
def _people_state_pattern(language: str | None) -> re.Pattern[str] | None:
    """The surfaces of the states of people the reconciliation reads (reconcile.yaml ``measures`` of
    ``state_counts.states``): "luka ringan", "meninggal", "hilang"."""
    data = load_data("reconcile", data_language("reconcile", language))
    states = set((data.get("state_counts") or {}).get("states") or ())
    surfaces = [str(w) for key, forms in (data.get("measures") or {}).items() if key in states for w in forms]
    if not surfaces:
        return None
    return re.compile(r"(?i:%s)(?![^\W_])" % "|".join(map(re.escape, sorted(surfaces, key=len, reverse=True))))


@lru_cache(maxsize=None)
def _graded_states(language: str | None) -> frozenset[str]:
    """The states told in grades (reconcile.yaml ``severities.grades``: "rusak" of "rusak berat", "luka")."""
    data = load_data("reconcile", data_language("reconcile", language))
    return frozenset(str(k).lower() for k in ((data.get("severities") or {}).get("grades") or {}))


def _state_of_people_at(text: str, at: int, language: str | None) -> bool:
    """True when a state of people starts at ``at`` ("tiga lainnya luka ringan")."""
    pattern = _people_state_pattern(language)
    return bool(pattern and pattern.match(text, at))


@lru_cache(maxsize=4)
def _count_head_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """Any count head ("jumlah", "total") as a whole word, any case: compiled once per word data."""
    return re.compile(r"(?<![^\W_])(?:%s)(?![^\W_])" % "|".join(map(re.escape, heads)), re.IGNORECASE)


def _unit_of_count_head(text: str, sentence: tuple[int, int] | None, start: int,
                        language: str | None = None) -> str | None:
    """What a bare count counts when its clause names it after a count head: "Jumlah total rute Pelita
    Air menjadi 16", "total korban meninggal bertambah menjadi 12": the noun right after the last head
    before the figure in its clause (further heads skipped), with no other figure or clause break between."""
    table = unit_table(language)
    if not table.count_heads or sentence is None:
        return None
    left = max(sentence[0], start - BARE_FIGURE_REACH)
    window = text[left:start]
    heads = list(_count_head_pattern(table.count_heads).finditer(window))
    if not heads:
        return None
    at = left + heads[-1].end()
    if _DIGIT.search(text, at, start) or re.search(r"[,;:()]", text[at:start]):
        return None
    last = _LAST_WORD.search(text[at:start])
    if last and case_blind_key(last.group(1)) in table.count_head_not_after:
        return None  # "Total pendaftar yang tersebar di 30 Puskesmas": where, not how many
    # "jumlah total rute": the noun after the heads
    while (word := _WORD_AT.match(text, at)) and case_blind_key(word.group(1)) in table.count_heads:
        at = word.end()
    unit, _ = _unit_after(text, at, start, language=language)
    return unit


_CLAUSE_OPENING = re.compile(r"[,;:(]\s|[\"“”]|\s[-–—]\s")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def unit_of_clause_subject(text: str, sentence: tuple[int, int] | None, start: int,
                           language: str | None = None) -> str | None:
    """What a bare count counts when its clause opens with the noun it counts and a verb of total or change
    stands right before it, with no count head ("Korban meninggal akibat banjir bertambah menjadi 12",
    "Rumah yang rusak bertambah menjadi 312", "..., warga terdampak banjir sebanyak 4.300"): the noun opening
    the clause (``subject_counts`` in units.yaml), or the object of an active verb in it ("mencatatkan
    penjualan sebanyak 2.574 unit"). None when another figure stands between, when the verb is too far from
    the clause's start, when someone speaks in it, or when the clause opens with no noun (a function word, a
    verb, a time word, a word with an enclitic, a name, a figure referred back to)."""
    table = unit_table(language)
    if not table.subject_count_verbs or sentence is None:
        return None
    left = sentence[0]
    for m in _CLAUSE_OPENING.finditer(text, sentence[0], start):
        left = m.end()
    if any(not _YEAR.fullmatch(m.group(0)) for m in _DIGIT_RUN.finditer(text, left, start)):
        return None  # another figure between; a year is only when ("Penjualan mobil sepanjang 2023 mencapai")
    words = list(_WORDS.finditer(text, left, start))
    lowered = [w.group(0).lower() for w in words]
    # walk back over the links to the verb right before the figure ("bertambah menjadi", "tercatat sebanyak")
    i = len(words) - 1
    while i >= 0 and lowered[i] in table.subject_count_links and (
            lowered[i] not in table.subject_count_verbs
            or i == len(words) - 1 and i > 0 and lowered[i - 1] in table.subject_count_verbs):
        i -= 1
    if i < 1 or lowered[i] not in table.subject_count_verbs:
        return None
    if not set(lowered[i + 1:]) <= table.subject_count_links:
        return None
    if not i <= table.subject_count_max_words:
        return None
    speech = load_speech_verbs((data_language("speech_verbs", language),))
    if any(w in speech.base or w in speech.prefixed for w in lowered[:i]):
        return None  # "..., ungkap Hasto. Tamansiswa ... dengan guru mencapai 100": a speaker's clause
    at = 0
    # the count is the object of an active verb of the clause, unless a "yang" makes that verb a relative's
    prefix = table.subject_count_active_prefix
    for k in range(i - 1, -1, -1):
        if (prefix and len(lowered[k]) >= 5 and lowered[k].startswith(prefix) and table.lookup(lowered[k]) is None
                and lowered[k] not in table.subject_count_links and lowered[k] not in table.subject_count_verbs
                and lowered[k] not in table.copulas
                and not table.subject_count_relative & set(lowered[:k])):
            if k + 1 == i:
                return None  # "mengirimkan sebanyak 30.774 unit": the verb's object, named nowhere else
            if lowered[k + 1] not in load_stopwords() and lowered[k + 1] not in table.not_units:
                at = k + 1  # its object: "mencatatkan penjualan sebanyak"; not "meninggal akibat banjir"
            break
    heads = [k for k in range(at, i) if lowered[k] in table.count_heads]
    if heads:
        at = heads[-1]  # "Kontribusi Astra terhadap total penjualan mobil ... mencapai": what the head counts
    while at < i and (lowered[at] in table.count_heads or lowered[at] in table.subject_count_pass_over):
        at += 1  # "total penjualan", "data penjualan mobil": the noun after the head
    if at >= i or lowered[at] in table.subject_count_demonstratives:
        return None
    if at + 1 < i and lowered[at + 1] in table.subject_count_demonstratives and at > 0 and (
            lowered[at - 1] in table.subject_count_pass_over):
        return None  # "Angka itu", "Catatan itu": the figure before, not a thing
    first = words[at].group(0)
    lower = lowered[at]
    opening = words[at].start() <= sentence[0] + 1 or _SENTENCE_OPENING.search(text[sentence[0]:words[at].start()])
    if first[0].isupper() and not opening:
        return None  # a capital inside the sentence opens a name ("..., Tokocrypto mencatat ..."), not a noun
    counts = load_word_frequencies()
    if (first[0].isupper() and at + 1 < i and _TITLE_WORD.fullmatch(words[at + 1].group(0))
            and (lower not in counts.counts or lower in counts.names)):
        return None  # "Desa Karangkandri sebanyak 9 ekor": a place's name, a row's label ("Penjualan Brio" is none)
    if (lower in load_stopwords() or lower in table.not_units or lower in table.clause_openers or _time_word(lower)
            # a state opens no subject: "rusak sedang sebanyak 273 unit" counts the houses told before it
            or lower in _graded_states(language)
            or len(lower) < 3
            or any(lower.endswith(s) for s in table.not_unit_suffixes) and _possessed_noun(lower, table) is None
            or (len(lower) >= 5 and lower.startswith(table.verb_prefixes) and table.lookup(lower) is None)
            or parse_number(lower, language) is not None):
        return None
    # the counts hold English news words too: "Death toll naik menjadi 17" names an English subject, no unit of
    # an Indonesian figure (asked before _unit_after, whose capitalised-common-noun reading (fig40) would take it)
    other = unit_table("en") if first[0].isupper() and data_language("units", language) != "en" else None
    if other is not None and other.subjects is not None and other.subjects.match(text, words[at].start()):
        return None
    unit, _ = _unit_after(text, words[at].start(), start, language=language)
    if unit is None and first[0].isupper():
        # a sentence's first word is capitalised anyway: a noun when the background counts mostly write it in
        # lower case ("Sapi", "Penjualan"), a name's word when mostly capitalised ("Astra", "Tokocrypto")
        if lower in counts.counts and lower not in counts.names:
            unit = lower
    return unit


# --------------------------------------------------------------------------- scope


def _sentence_index(sentences: list[tuple[int, int]], offset: int, starts: list[int] | None = None) -> int | None:
    """The index of the sentence holding ``offset``, or None; ``starts``: the sentences' starts, when the caller
    keeps them."""
    i = bisect_right([s for s, _ in sentences] if starts is None else starts, offset) - 1
    if i >= 0 and sentences[i][0] <= offset < sentences[i][1]:
        return i
    return None


def _clause_breaks(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The (start, end) of the clause breaks of a sentence, in order."""
    return [m.span() for m in _CLAUSE_BREAK.finditer(text, *sentence)]


def _clause(text: str, sentence: tuple[int, int], start: int, end: int,
            breaks: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The clause of ``sentence`` holding text[start:end]: from the last break ending at or before ``start`` to the
    first break starting at or after ``end``; ``breaks``: the sentence's ``_clause_breaks``, when the caller keeps
    them."""
    left, right = sentence
    for b_start, b_end in _clause_breaks(text, sentence) if breaks is None else breaks:
        if b_end <= start:
            left = b_end
        elif b_start >= end:
            right = b_start
            break
    return left, right


def _mention_at(mentions: Sequence[Mention], pos: int, labels: tuple[str, ...]) -> Mention | None:
    for mention in mentions:
        if mention.start == pos and mention.label in labels:
            return mention
    return None


_ROLE_GAP = re.compile(r"(?:(?:[A-Z][\w'.&-]*|untuk|dari|dan|bidang|urusan)\s+)*[A-Z][\w'.&-]*\s*,\s*$")


def _person_after_role(text: str, pos: int, limit: int, mentions: Sequence[Mention]) -> str | None:
    """"menurut Kepala BPBD Tanah Lawu, Hendra Pakaya": the person named after a role."""
    for m in mentions:
        if m.label == "PERSON" and pos < m.start <= min(limit, pos + 100) and _ROLE_GAP.match(text[pos:m.start]):
            return m.text
    return None


def _name_at(text: str, pos: int, limit: int, mentions: Sequence[Mention], labels: tuple[str, ...]) -> str | None:
    person = _person_after_role(text, pos, limit, mentions) if "PERSON" in labels else None
    if person is not None:
        return person
    mention = _mention_at(mentions, pos, labels)
    if mention is not None:
        return mention.text
    m = _CAP_RUN.match(text, pos, limit)
    return m.group(0).rstrip(".,") if m else None


def _place(text: str, clause: tuple[int, int], qstart: int, qend: int, mentions: Sequence[Mention],
           language: str | None = None) -> str | None:
    pats = _patterns(language)
    qw = quantity_words(language)
    found: list[tuple[int, str]] = []
    care_after: int | None = None  # where a care place named after the figure ends (fig44)
    for m in pats.place_cue.finditer(text, clause[0], clause[1]):
        if qstart <= m.start() < qend:
            continue
        pos = m.end()
        filler = _WORD_AND_BLANKS.match(text, pos, clause[1])
        if filler and case_blind_key(filler.group(1)) in qw.place_fillers:  # "in the Kursk region"
            pos = filler.end()
        word = _WORD_AND_BLANKS.match(text, pos, clause[1])
        if word and case_blind_key(word.group(1)) in qw.place_region_words and not _mention_at(mentions, pos, ("GPE", "LOC")):
            pos = word.end()
        if qstart <= pos < qend:  # "harga buyback tertinggi di Rp 1.865.000": the figure itself, no place
            continue
        # "... sebesar 6,5 persen," kata Prabowo di Istana Negara": a place with a speech verb between it and
        # the figure is where the figure was said, not where it holds
        between = text[qend:m.start()] if m.start() >= qend else text[m.end():qstart]
        if pats.speech_after.search(between) or pats.speech_before.search(between):
            continue
        name = _name_at(text, pos, clause[1], mentions, ("GPE", "LOC"))
        if name and m.start() >= qend and _opens_next_item(text, qend, m.start(), pos + len(name), clause[1], qw, language):
            continue
        if name and _care_place(name, qw) and _taken_or_treated_before(text, clause[0], m.start(), qw):
            # fig44: "dibawa ke RSUD Wates": where they were taken, not where the counted were; the sentence has
            # placed this item, so a place after a joiner and a further figure is that figure's ("25 orang di RSUD
            # Sumedang dan 4 orang di Desa Cihanjuang": Cihanjuang is the 4's)
            if m.start() >= qend and care_after is None:
                care_after = m.end()
            continue
        if name and care_after is not None and m.start() >= care_after and _joiner_then_number(
                text, care_after, m.start(), qw, language):
            continue
        if name:
            distance = m.start() - qend if m.start() >= qend else (qstart - m.start()) + 1000
            found.append((distance, name))
    return min(found)[1] if found else None


def _joiner_then_number(text: str, start: int, end: int, qw: QuantityWords, language: str | None) -> bool:
    """Whether text[start:end] holds a word of ``place_next_item_joiners`` with a number within two words after it
    ("... dan 4 orang"): what follows is the next item of a list."""
    words = [w.strip(".,;:()\"'") for w in text[start:end].split()]
    for i, word in enumerate(words):
        if word.lower() in qw.place_next_item_joiners:
            for nxt in words[i + 1:i + 3]:
                if re.match(DIGITS_PATTERN, nxt) or parse_number(nxt, language) is not None:
                    return True
    return False


def _taken_or_treated_before(text: str, start: int, cue: int, qw: QuantityWords) -> bool:
    """Whether a word of ``place_care_verbs`` stands in the clause before a place's preposition ("dibawa ke",
    "dilarikan langsung ke", "mendapat perawatan di", "dibawa oleh dua orang ke"): the counted were taken, treated,
    left or sheltered at the care place. Without one the care place is where the event happened ("tewas dalam
    kebakaran di RSUD Wates")."""
    words = [w.strip(".,;:()\"'").lower() for w in text[start:cue].split()]
    return any(w in qw.place_care_verbs for w in words)


def _care_place(name: str, qw: QuantityWords) -> bool:
    """Whether a place's name opens with a word of ``place_care_heads`` (a hospital, a clinic, a morgue, a shelter):
    where people were taken, treated or sheltered, in any letter case ("RSUD Wates", "rumah sakit setempat")."""
    if not qw.place_care_heads:
        return False
    first = [w.strip(".,()").lower() for w in name.split()[:3]]
    return any(tuple(first[:len(head)]) == head for head in qw.place_care_heads)


def _opens_next_item(text: str, qend: int, cue: int, name_end: int, limit: int, qw: QuantityWords,
                     language: str | None) -> bool:
    """Whether a place named after a figure opens the next item of a list of places: a joiner of
    ``place_next_item_joiners`` between the figure and the place's preposition, and a number within two words
    after the place ("di Majene ada 9 orang meninggal dan di Mamuju ada 37 orang": Mamuju is the 37's). "5 di
    Desa A, 3 di Desa B" keeps Desa A, written right after the 5 with no joiner."""
    if not qw.place_next_item_joiners or not set(re.findall(r"[^\W\d_]+", text[qend:cue].lower())) & qw.place_next_item_joiners:
        return False
    for raw in text[name_end:limit].split()[:3]:
        word = raw.strip(".,;:()\"'")
        if re.match(DIGITS_PATTERN, word) or parse_number(word, language) is not None:
            return True
    return False


def _lower_source(text: str, pos: int, limit: int, qw: QuantityWords, language: str | None = None) -> str | None:
    words: list[str] = []
    for m in re.finditer(r"\S+", text[pos:limit]):
        raw = m.group(0)
        word = raw.rstrip(".,;:\"”)")
        if not word or not word.islower() or not word.isalpha():
            break
        if not words and word in qw.claimant_filler:
            if raw != word:
                break
            continue
        if word in qw.claimant_pronouns or word in unit_table(language).not_units or word in qw.claimant_report_status:
            break  # "berdasarkan laporan sementara, ...": how far the report is along, no source
        words.append(word)
        if raw != word or len(words) == 2:
            break
    return " ".join(words) or None


def _not_pronoun(name: str | None, qw: QuantityWords) -> str | None:
    return None if name is None or name.lower() in qw.claimant_pronouns else name


def _claimants(text: str, sentence: tuple[int, int], mentions: Sequence[Mention],
               language: str | None = None) -> list[tuple[int, int, str | None]]:
    """Claimant cues in a sentence: (cue start, cue end, source or None for a pronoun)."""
    pats = _patterns(language)
    qw = quantity_words(language)
    s, e = sentence
    labels = ("PERSON", "ORG", "GPE")
    cues: list[tuple[int, int, str | None]] = []
    for m in pats.claimant_cue.finditer(text, s, e):
        pos = m.end()
        skipped = after_status = False
        while True:  # skip "laporan dari", "data", "laporan sementara dari"
            w = _WORD_AND_BLANKS.match(text, pos, e)
            status = bool(w) and skipped and case_blind_key(w.group(1)) in qw.claimant_report_status
            if w and w.group(1).islower() and (case_blind_key(w.group(1)) in qw.claimant_filler or status):
                pos = w.end()
                skipped, after_status = True, status
            else:
                break
        name = _name_at(text, pos, e, mentions, labels) if text[pos:pos + 1].isupper() else None
        # "berdasarkan data terakhir terdapat 386 WNI": right after a report's status a lower-case word is
        # the clause going on ("terdapat", "tercatat", "tahun 2023"), not its source; "dari X" may still name one
        if name is None and not after_status:
            name = _lower_source(text, pos, e, qw, language)
        if name and name.lower() in qw.claimant_pronouns:
            name = None
        cues.append((m.start(), pos + len(name) if name else m.end(), name))
    for m in pats.speech_after.finditer(text, s, e):
        if m.group("enclitic"):  # "katanya": the person in focus, no name follows
            cues.append((m.start(), m.end(), None))
            continue
        pos = m.end()
        name = None
        lower: list[str] = []
        for _ in range(4):  # "kata juru bicara militer X": lower-case role words first
            w = _BLANK_RUN.match(text, pos, e)
            if not w:
                break
            pos = w.end()
            if text[pos:pos + 1].isupper():
                name = _name_at(text, pos, e, mentions, labels)
                break
            w = _LOWER_LETTERS.match(text, pos, e)
            if not w or w.group(0) in qw.claimant_pronouns or w.group(0) in unit_table(language).not_units:
                break
            lower.append(w.group(0))
            pos = w.end()
            if _CLOSE_OR_END.match(text, pos, e):  # "kata pihak berwenang."
                name = " ".join(lower)
                break
        cues.append((m.start(), m.end(), _not_pronoun(name, qw)))
    for m in pats.speech_before.finditer(text, s, e):
        name = None
        head_end = m.start()
        while True:  # "Korea Selatan juga mencatat", "Pentagon minggu lalu mengatakan", "X pada Senin (4/11) mengatakan"
            w = _HEAD_TAIL_WORD.search(text, s, head_end)
            word = w.group(1).strip("()").lower() if w else ""
            if w and word in qw.claimant_time_tails:
                prev = _HEAD_TAIL_PREVIOUS.search(text, s, w.start())
                if prev and case_blind_key(prev.group(1)) in qw.claimant_time_words:
                    head_end = prev.start()
                    continue
            if w and (word in qw.claimant_adverbs or word in qw.claimant_time_words
                      or _CLOCK_OR_DAY.fullmatch(word)):
                head_end = w.start()
            else:
                break
        for mention in mentions:
            if mention.label in labels and s <= mention.start and 0 <= head_end - mention.end <= 2:
                name = mention.text
                if mention.label == "GPE":  # "badan intelijen militer Ukraina": the body, not the country
                    body = _BODY_WORDS_BEFORE.search(text[s:mention.start])
                    words = body.group(1).split() if body else []
                    while words and words[0].lower() not in qw.claimant_body_words:
                        words.pop(0)
                    if words and all(w.lower() in qw.claimant_body_words for w in words):
                        name = " ".join(words) + " " + mention.text
        if name is None:
            head = text[s:head_end].rstrip(" ,")
            # "Badan Penanggulangan Bencana Daerah (BPBD) Tanah Lawu": a bracketed acronym stays in the name
            run = _NAME_RUN_AT_END.search(head)
            if run:
                name = run.group(1)
        cues.append((m.start(), m.end(), _not_pronoun(name, qw)))
    return cues


def _nearest(cues: list[tuple[int, int, str | None]], start: int, end: int) -> str | None:
    """The named source nearest to the figure in its sentence. A pronoun cue ("katanya",
    "Kami memperkirakan" inside a quote) names nobody, so a named cue in the same sentence
    ("..., kata Blinken") is preferred to it."""
    best: tuple[int, str] | None = None
    for cs, ce, name in cues:
        if name is None:
            continue
        distance = cs - end if cs >= end else max(0, start - ce)
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


# --------------------------------------------------------------------------- main


def find_quantities(
    doc_id: str,
    text: str,
    sentences: list[tuple[int, int]] | None = None,
    mentions: Sequence[Mention] = (),
    dates: Sequence[TimeExpr] = (),
    language: str | None = None,
    title: str | None = None,
) -> list[Quantity]:
    """Every figure in ``text`` with its qualifier, unit, place, time and claimant.

    ``language`` (the document's) sets how digits read: "8,000" is 8 in Indonesian, 8000 in English.
    ``title`` (the document's headline, not part of ``text``) says which "sebuah rumah" is a count.
    """
    nw = number_words(language)
    currencies = frozenset(nw.currency_prefix.values()) | frozenset(nw.currency_suffix.values())
    decimal = decimal_separator(language)
    pats = _patterns(language)
    units = unit_table(language)
    qw = quantity_words(language)
    if sentences is None:
        sentences = split_sentences(text)
    masked = sorted(_masked_spans(text) + [(d.start, d.end) for d in dates])
    # a masked span can hold another one; keep the running maximum end so the lookup is exact
    merged: list[tuple[int, int]] = []
    for s, e in masked:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    figures = _figures(text, merged, nw, decimal, language)
    date_numbers = [s for s, _ in merged]
    sentence_starts = [s for s, _ in sentences]
    clause_breaks: dict[int, list[tuple[int, int]]] = {}

    quantities: list[Quantity] = []
    claim_cache: dict[int, list] = {}
    dates_cache: dict[int, list[TimeExpr]] = {}
    i = 0
    while i < len(figures):
        fig = figures[i]
        i += 1
        if quantities and fig.start < quantities[-1].end:
            continue  # inside the figure before: "3 (tiga) bandar udara" says three once
        if _is_year(text, fig, nw):
            unit, _ = _unit_after(text, fig.end, len(text), language=language)
            # "2024 orang" is rare but real; so is "sebanyak 1995 wisatawan", a count opened before it (fig44)
            if (unit is None or units.lookup(unit) is None) and not _count_written_as_year(text, fig, unit, nw, units):
                continue
        if fig.spelled and fig.value is not None and fig.value < 1 and _idiom_head_after(text, fig.end, nw):
            continue  # "separuh baya", "setengah hati": an idiom, no share (mend63)
        # a figure only followed by a separator and a masked date is the first day of a range
        gap = pats.range_gap.match(text, fig.end) or pats.list_gap.match(text, fig.end)
        # (a duration kept as a figure is no date: "masa kerja 10 hingga 15 tahun" is one range)
        second_kept = i < len(figures) and figures[i].start == (gap.end() if gap else -1)
        if gap and (gap.end() in date_numbers or (pats.date_start.match(text, gap.end()) and not second_kept)):
            continue
        start, value, low, high, percent = fig.start, fig.value, fig.low, fig.high, fig.percent
        currency = fig.currency
        qualifier = "approx" if fig.approx_word or fig.hedged else "exact"
        end = fig.end
        am = pats.qualifier_after.match(text, end)
        longer = pats.qualifier_after_unit.match(text, end) if am else None
        if longer and longer.end() > am.end():
            am = None  # "Rp195 miliar lebih kurang": "lebih" opens a hedge, said after the unit, not "more than"
        if am and _compared_after(text, am, qw):
            am = None  # "0,23% lebih tinggi": the difference of a comparison, not more than 0,23%
        if am and not fig.approx_word:
            qualifier = qw.after[" ".join(case_blind_key(am.group("q")).split()).lstrip()]
            end = am.end()
        unit, unit_end = _unit_after(text, end, len(text), language=language)
        suffixed = decimal_suffix_unit(text, fig.start, end, language)
        if suffixed:  # "6,9 SR", "7,3 skala Richter": the magnitude
            unit, unit_end = suffixed
        if unit and unit.lower() in units.classifiers and unit.lower() not in units.classifiers_before_states:
            # "Sapi yang disembelih mencapai 30 ekor", "Penjualan mobil ... tercatat 60.613 unit": a classifier
            # with no noun after it counts what its clause's subject names (a bare "ekor" or "unit" says nothing)
            sentence_i = _sentence_index(sentences, start, sentence_starts)
            unit = unit_of_clause_subject(text, sentences[sentence_i] if sentence_i is not None else None, start,
                                           language) or unit
        partitive = None if unit else _unit_of_partitive(text, end, language, part_start=start,
                                                         whole_part=value is not None and float(value).is_integer())
        score = i < len(figures) and _is_score(text, fig, figures[i], qw, language)
        if score:  # "imbang 2-2", "menang 5-3 lewat adu penalti": one score, not a range
            nxt = figures[i]
            value = low = high = None
            unit, unit_end, partitive, end = qw.score_unit, nxt.end, None, nxt.end
            i += 1
        # a range: figure, separator, figure
        if i < len(figures) and not score:
            nxt = figures[i]
            after_first = unit_end if unit else end
            opener = pats.opener_before.search(text, max(0, start - 12), start)
            gap_pattern = pats.opener_gap if opener else pats.range_gap
            gm = gap_pattern.match(text, after_first)
            if gm and gm.end() == nxt.start and nxt.value is not None and value is not None:
                second_unit, second_end = _unit_after(text, nxt.end, len(text), language=language)
                # "Rp4 triliun hingga 2018": a year after an amount is when, not a second bound (fig36: so after a
                # unit written with the first figure: "kontrak dua tahun hingga 2026" is two years, to 2026)
                until_year = bool(fig.currency or fig.percent or fig.has_scale or unit) and _is_year(text, nxt, nw) and (
                    second_unit is None or unit_table(language).lookup(second_unit) is None)
                # both bounds count one thing: "Rp9,785 juta - 10 gram" is a price, then a weight
                other_unit = bool(fig.currency and not nxt.currency and second_unit
                                  and unit_table(language).lookup(second_unit) not in (None, fig.currency))
                if (unit is None or second_unit in (None, unit)) and not until_year and not other_unit:
                    high_value = nxt.value
                    low_value = value
                    # a scale word written once serves both bounds, after the second ("Rp3-4 ribu
                    # triliun") or after the first ("antara Rp100 juta sampai Rp150"), when the
                    # bounds read without it would not rise from the first to the second
                    if not fig.has_scale and nxt.factor > 1 and value < 1000 and value <= nxt.value / nxt.factor:
                        low_value = value * nxt.factor
                    elif (fig.factor > 1 and not nxt.has_scale and nxt.value < min(value, 1000)
                          and value <= nxt.value * fig.factor):
                        high_value = nxt.value * fig.factor
                    low, high, value = min(low_value, high_value), max(low_value, high_value), None
                    currency = currency or nxt.currency
                    percent = percent or nxt.percent
                    if second_unit:
                        unit, unit_end = second_unit, second_end
                    end = nxt.end
                    if opener:
                        start = opener.start()
                    i += 1
        tolerance = None
        if value is not None and i < len(figures):  # "3 persen plus minus 1 persen"
            nxt = figures[i]
            tm = pats.tolerance_gap.match(text, unit_end if unit else end)
            if tm and tm.end() == nxt.start and nxt.value is not None:
                second_unit, second_end = _unit_after(text, nxt.end, len(text), language=language)
                tolerance = (value - abs(nxt.value), value + abs(nxt.value))
                qualifier, end = "approx", nxt.end
                # "2,5 ± 1%", "2,5 +- 1 persen": a unit written once, after the tolerance, serves both
                percent = percent or nxt.percent
                currency = currency or nxt.currency
                if second_unit and unit is None:
                    unit = second_unit
                if second_unit and second_unit == unit:
                    unit_end = second_end
                i += 1
        if score:
            pass
        elif partitive and unit is None:
            unit, unit_end = partitive, end
        if unit is None and not currency and not percent and value is not None and i < len(figures):
            # "ditingkatkan dari 5 menjadi 8 gerbong": the old value is written bare, in the new one's unit
            new_unit = _unit_of_new_value(text, start, end, figures[i], qw, language)
            if new_unit == "persen":
                percent = True
            elif new_unit:
                unit, unit_end = new_unit, end
        if unit is None and not currency and not percent:
            prefixed = decimal_prefix_unit(text, fig.start, language)
            if prefixed:  # "M5,0", "magnitudo 5,6": the magnitude, whatever the clause counts
                unit, unit_end = prefixed, end
        if unit is None and not currency and not percent:
            sentence_i = _sentence_index(sentences, start, sentence_starts)
            sentence = sentences[sentence_i] if sentence_i is not None else None
            # a value on a scale ("berstatus Level 4") counts nothing its clause names (an amount of money may
            # still be: "ditutup di level 16.300 per dolar AS")
            scaled = _after_a_scale_word(text, fig.start, language)
            unit = None if scaled else _unit_of_subject(text, sentence, start, language) or _unit_across_copula(
                text, sentence, start, end, language)  # "..., 66 merupakan rute internasional"
            unit_end = end
            # a large amount ("4,8 miliar", "1.991.000") after a money noun is money with its currency unwritten
            # (not when a word that may be what is counted follows: "Buka 20 Ribu Lapangan Kerja")
            if (unit is None and fig.value is not None and (fig.has_scale or abs(fig.value) >= MONEY_WITHOUT_CURRENCY)
                    and not _noun_follows(text, end, units)):
                currency = _unit_of_subject(text, sentence, start, language, money=True)
            if unit is None and not currency and not scaled:
                unit = _unit_of_count_head(text, sentence, start, language)  # "jumlah total rute menjadi 16"
            if unit is None and not currency and not scaled and not _noun_follows(text, end, units):
                # (a word that may be the figure's own noun after it: "berjumlah 442 Jemaah Haji" counts pilgrims)
                unit = unit_of_clause_subject(text, sentence, start, language)  # "Korban ... bertambah menjadi 12"
        if unit is None and nw.bracketed_age_unit and (_bracketed_age(text, fig) or _bare_age(text, fig, nw)):
            unit, unit_end = nw.bracketed_age_unit, end  # "Mbah Tupon (68)", "di usia 25": 68, 25 years old
        if (fig.spelled and fig.value == 1 and (unit is None or units.lookup(unit) is None)
                and not _one_is_a_count(text, fig, unit, unit_end, figures, nw, language)):
            continue  # "satu" alone is an article ("satu hal") more often than a figure
        if score:
            pass
        elif currency:
            unit = unit if unit in (currency,) else currency
        elif percent:
            unit = "persen"
        if unit and not currency and not percent:
            end = max(end, unit_end)
            compound = (_compound_duration(text, end, unit, figures[i], nw, language)
                        if value is not None and i < len(figures) else None)
            if compound:  # "1 jam 49 menit": one length, read in its smaller unit (109 menit)
                factor, unit, end = compound
                value = value * factor + figures[i].value
                i += 1
            elif value is not None and nw.term_factors:
                j = i
                while j < len(figures) and figures[j].start < end:
                    j += 1  # "4 (empat) tahun": the spelled repeat in brackets is inside the first part
                term = _term_whole(text, end, unit, figures[j], nw, language) if j < len(figures) else None
                if term:
                    factor, small, term_end = term
                    if _legal_term_around(text, start, term_end, nw) or not is_age(text, start, term_end, unit, language):
                        # "2 tahun 6 bulan penjara": one term, in months (30 bulan), as another outlet may give it
                        unit, value = small, value * factor + figures[j].value
                    end, i = term_end, j + 1  # an age's months are part of the age, which stays in years
        elif unit and unit_end > end and units.lookup(text[end:unit_end].strip()) == unit:
            end = unit_end
        aum = pats.qualifier_after_unit.match(text, end)
        if aum and _carried_on(text, aum, qw):
            aum = None  # "2.854,41 gram atau kurang lebih 2,8 Kg": the next figure's hedge, not "or less"
        if aum and qualifier == "exact":  # "30 persen atau lebih"
            qualifier = qw.after_unit[" ".join(case_blind_key(aum.group("q")).split())]
            end = aum.end()
        qm = pats.qualifier_before.search(text, max(0, start - 40), start)
        if qm and _names_a_rating(text, qm, qw):
            qm = None  # "torsi maksimum 105 Nm": the peak torque, not "at most"
        if qm and _joins_figures(text, qm, qw, language):
            qm = None  # "2 jam lebih 30 menit": the second part of one amount, not "more than 30 minutes"
        if qm:
            said = " ".join(case_blind_key(qm.group("q")).split())
            q = qw.before[said]
            if said in qw.range_from and value is None and low is not None and high is not None and low != high:
                q = qualifier  # ("mulai dari Rp400.000 hingga Rp800.000": from one bound to the other)
            if qualifier == "exact" or fig.approx_word:
                qualifier = q if not fig.approx_word else qualifier
            if qualifier == "at_most" and q == "at_most" and _second_bound_follows(text, end, said, qw):
                qualifier = "at_least"  # "ancaman hukuman 5 tahun dan paling lama 20 tahun": the minimum
            start = qm.start("q")
        if qualifier == "exact" and _estimated(text, start, qw):
            qualifier = "approx"
        # "di bawah US$100.000 atau Rp 1,63 miliar": one amount in two currencies, under both (a share
        # said after an amount, "sekitar 3 juta ton atau 75 persen", is a figure of its own)
        restated = restated_quantity(text, start, quantities, qw) if unit in currencies else None
        if qualifier == "exact" and restated is not None and restated.unit in currencies:
            qualifier = restated.qualifier
        conv = pats.bracketed_conversion.match(text, end)
        if conv and qw.share_units:
            inner = _BRACKET_LAST_WORD.search(conv.group(0))
            inner_unit = units.lookup(inner.group(1)) if inner else None
            # (after a share, a bracketed figure of any word but a share's, or of none: "33,2 persen (155.848 suara)",
            # "33,2 persen (155.848)"; a share is never another unit's figure written again)
            if (unit in qw.share_units) != (inner_unit in qw.share_units):
                conv = None  # "27.053.961 (19,33 persen)": a count and its share, two figures
        if conv:  # "50 km (31 mil)": the same figure in another unit
            j = i
            while j < len(figures) and figures[j].start < conv.end():
                j += 1
            i = j
        if tolerance is not None:  # a band: no one value is claimed
            low, high, value = *tolerance, None
        elif value is not None and qualifier in ("exact", "approx"):
            low = high = value
        elif value is not None and qualifier in ("at_least", "more_than"):
            low, high = value, None
        elif value is not None:
            low, high = None, value
        sentence_i = _sentence_index(sentences, start, sentence_starts)
        place = time = claimant = None
        if sentence_i is not None:
            sentence = sentences[sentence_i]
            if sentence_i not in clause_breaks:
                clause_breaks[sentence_i] = _clause_breaks(text, sentence)
            place = _place(text, _clause(text, sentence, start, end, clause_breaks[sentence_i]), start, end, mentions,
                           language)
            if sentence_i not in dates_cache:
                # the dates of a sentence, picked from all the document's once per sentence, not per figure
                dates_cache[sentence_i] = [d for d in dates if sentence[0] <= d.start < sentence[1]]
            in_sentence = dates_cache[sentence_i]
            if in_sentence:
                time = min(in_sentence, key=lambda d: abs(d.start - start)).text
            if sentence_i not in claim_cache:
                claim_cache[sentence_i] = _claimants(text, sentence, mentions, language)
            claimant = _nearest(claim_cache[sentence_i], start, end)
        quantities.append(Quantity(
            doc=doc_id, start=start, end=end, text=text[start:end], value=value, low=low, high=high,
            qualifier=qualifier, unit=unit, place=place, time=time, claimant=claimant,
        ))
    quantities.extend(_ordinal_figures(doc_id, text, qw, [(q.start, q.end) for q in quantities]))
    quantities.extend(_group_figures(doc_id, text, sentences, mentions, language,
                                     [(q.start, q.end) for q in quantities], title))
    return sorted(quantities, key=lambda q: q.start)


@lru_cache(maxsize=None)
def _group_pattern(language: str) -> re.Pattern[str] | None:
    nw = number_words(language)
    prefixes = [p for p in (nw.together_prefix, nw.all_of_prefix) if p]
    digits = [w for w, v in nw.digits.items() if 2 <= v <= 9 and v == int(v)]
    if not prefixes or not digits:
        return None
    one = ""
    if nw.one_prefix:  # "seorang", "sebuah": se- + a classifier
        classifiers = sorted(unit_table(language).classifiers, key=len, reverse=True)
        one = rf"|(?P<one>{re.escape(nw.one_prefix)})(?P<cls>{'|'.join(map(re.escape, classifiers))})"
    return re.compile(rf"(?<![^\W_])(?:(?P<pre>{'|'.join(map(re.escape, prefixes))})(?P<n>{'|'.join(map(re.escape, digits))})"
                      rf"{one})(?![^\W_]|-)", re.IGNORECASE)


_WORD_BEFORE_JOINER = re.compile(r"([^\W\d_]+)[^\S\n]+$")
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)(?![^\W_])")
_PREVIOUS_WORD = re.compile(r"(?:^|(?<=[^\w]))([^\W\d_]+)[^\S\n]+$")


def _one_phrases(title: str | None, pattern: re.Pattern[str], function_words: frozenset[str] | set[str],
                 not_units: frozenset[str] | set[str]) -> set[tuple[str, str]]:
    """The (se- form, noun) pairs a headline writes ("Sebuah Rumah di Tebet Terbakar": ("sebuah",
    "rumah")), the noun no function word: what the headline counts as one."""
    found: set[tuple[str, str]] = set()
    if not title:
        return found
    for m in pattern.finditer(title):
        if "one" not in pattern.groupindex or not m.group("one"):
            continue
        noun = _NEXT_WORD.match(title.lower(), m.end())
        if noun is not None and noun.group(1) not in function_words and noun.group(1) not in not_units:
            found.add((case_blind_key(m.group(0)), noun.group(1)))
    return found


def _group_figures(doc_id: str, text: str, sentences: list[tuple[int, int]], mentions: Sequence[Mention],
                   language: str | None, taken: list[tuple[int, int]], title: str | None = None) -> list[Quantity]:
    """Counts written as one word: "naik berempat" (four people together), "ketiga korban" (all three
    victims). The all-of form counts only before a noun and after a word that is no noun (a function
    word) or punctuation: after a noun ("korban ketiga"), before "kali" ("ketiga kalinya") or a number
    word ("kedua puluh") it is an ordinal."""
    lang = data_language("numbers", language)
    pattern = _group_pattern(lang)
    if pattern is None:
        return []
    nw = number_words(language)
    qw = quantity_words(language)
    units = unit_table(language)
    function_words = load_stopwords()
    # "Sebuah Rumah di Tebet Terbakar": the text's first "sebuah rumah" is the count the headline gives
    counted_in_title = _one_phrases(title, pattern, function_words, units.not_units) \
        if nw.one_counted_in_title else set()
    out = []
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        unit: str | None
        if "one" in pattern.groupindex and m.group("one"):
            # "seorang pemotor lain": one, when the noun after it is set against others
            noun = _NEXT_WORD.match(text, m.end())
            if noun is not None and noun.group(1) in nw.one_against_others_after:  # "seorang lagi"
                out.append(_group_quantity(doc_id, text, m, 1.0, units.lookup(m.group("cls")) or case_blind_key(m.group("cls")),
                                           sentences, mentions, language))
                continue
            phrase = (case_blind_key(m.group(0)), noun.group(1)) if noun is not None else None
            if phrase in counted_in_title:
                counted_in_title.discard(phrase)  # the first such phrase only: later ones may be another
                out.append(_group_quantity(doc_id, text, m, 1.0, noun.group(1), sentences, mentions, language,
                                           with_place=True))
                continue
            cue = _NEXT_WORD.match(text, noun.end()) if noun else None
            if (noun is None or cue is None or cue.group(1) not in nw.one_against_others_after
                    or noun.group(1) in function_words or noun.group(1) in units.not_units):
                continue
            value, unit = 1.0, noun.group(1)
            out.append(_group_quantity(doc_id, text, m, value, unit, sentences, mentions, language))
            continue
        prefix = case_blind_key(m.group("pre"))
        value = nw.digits[case_blind_key(m.group("n"))]
        if prefix == (nw.together_prefix or "").lower():
            if value < nw.together_from:
                continue
            unit = nw.together_unit
        else:
            noun = _NEXT_WORD.match(text, m.end())
            if noun is None or value < nw.all_of_from:
                continue
            word = noun.group(1)
            if (word in function_words or word in units.not_units or parse_number(word, language) is not None
                    or word in nw.all_words() or any(word.startswith(u) for u in qw.ordinal_marker_units)):
                continue
            previous = _PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())
            before = case_blind_key(previous.group(1)) if previous is not None else None
            # after a function word or a verb ("saat ketiga korban", "menangkap ketiga pelaku") it
            # opens a noun phrase; after a noun it is an ordinal ("korban ketiga", "tahun ketiga
            # berturut-turut", "pihak ketiga")
            verb = before is not None and len(before) >= 5 and before.startswith(units.verb_prefixes)
            if before is not None and ((before not in function_words and not verb) or before in qw.ordinal_units
                                       or before in nw.not_after_words or before in nw.all_of_not_after
                                       or units.lookup(before) is not None):
                continue
            # "posisi keempat dan kelima": joined to an ordinal before it, an ordinal too (not
            # "hari keempat saat ketiga korban": "saat" joins nothing)
            joined = _WORD_BEFORE_JOINER.search(text, max(0, previous.start() - 30), previous.start()) \
                if previous is not None and before in nw.all_of_joined_by else None
            if joined is not None and pattern.fullmatch(joined.group(1)):
                continue
            unit, _ = _unit_after(text, m.end(), len(text), language=language)
            if unit is None:  # "ketiga rekannya": the noun without its possessive ending
                unit = next((word[:-len(x)] for x in units.not_unit_suffixes
                             if word.endswith(x) and len(word) - len(x) >= 3), word)
        out.append(_group_quantity(doc_id, text, m, value, unit, sentences, mentions, language))
    return out


def _group_quantity(doc_id: str, text: str, m: re.Match[str], value: float, unit: str | None,
                    sentences: list[tuple[int, int]], mentions: Sequence[Mention], language: str | None,
                    with_place: bool = False) -> Quantity:
    sentence_i = _sentence_index(sentences, m.start())
    claimant = place = None
    if sentence_i is not None:
        claimant = _nearest(_claimants(text, sentences[sentence_i], mentions, language), m.start(), m.end())
        if with_place:  # "melanda sebuah rumah di Jalan J": the place its digit twins would get
            place = _place(text, _clause(text, sentences[sentence_i], m.start(), m.end()), m.start(), m.end(),
                           mentions, language)
    return Quantity(doc=doc_id, start=m.start(), end=m.end(), text=m.group(0), value=value, low=value,
                    high=value, qualifier="exact", unit=unit, place=place, claimant=claimant)


_RESTATEMENT_GAP = re.compile(r"[\s,()]+")


def restated_quantity(text: str, start: int, earlier: Sequence[Quantity], qw: QuantityWords) -> Quantity | None:
    """The quantity a figure starting at ``start`` says again, when one of ``earlier`` ends right
    before it but for a word of restatement ("US$ 152,5 miliar atau setara Rp 2.479 triliun",
    "Rp 163,3 miliar, atau sekitar 6,28%"); None else."""
    if not qw.restatement_words:
        return None
    o = None  # of those ending at or before ``start``, the first to end last
    for other in earlier:
        if other.end <= start and (o is None or other.end > o.end):
            o = other
    if o is None:
        return None
    between = text[o.end:start]
    gap = " ".join(_RESTATEMENT_GAP.sub(" ", between).lower().split())
    # "10 juta rupee (sekitar Rp1,89 miliar)": a bracket opened right after it says it again too
    return o if gap in qw.restatement_words or (not gap and between.strip() == "(") else None


@lru_cache(maxsize=None)
def _ordinal_pattern(units: tuple[str, ...], marker: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<unit>{alternatives})\s+{re.escape(marker)}-?\s?(?P<n>\d{{1,3}})(?![\w.,]\d|\w)",
                      re.IGNORECASE)


def _ordinal_figures(doc_id: str, text: str, qw: QuantityWords, taken: list[tuple[int, int]]) -> list[Quantity]:
    """ "menit ke-21", "hari ke-3": an ordinal after a unit of a sequence is a figure of that unit."""
    if not qw.ordinal_units or not qw.ordinal_marker:
        return []
    out = []
    for m in _ordinal_pattern(qw.ordinal_units, qw.ordinal_marker).finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        n = float(m.group("n"))
        out.append(Quantity(doc=doc_id, start=m.start(), end=m.end(), text=m.group(0), value=n, low=n, high=n,
                            qualifier="exact", unit=case_blind_key(m.group("unit"))))
    return out
