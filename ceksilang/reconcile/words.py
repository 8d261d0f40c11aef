"""Word helpers the reconcile stages share: ``lang/id/reconcile.yaml`` as ``ReconcileWords``,
words of a text, near-synonyms folded to one head word, content words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ceksilang.lang import LanguageDataError, load_data


@dataclass(frozen=True, slots=True)
class ReconcileWords:
    """``lang/id/reconcile.yaml`` in the shape the rules use."""

    unit_weights: dict[str, float]
    unit_aliases: dict[str, str]
    measures: tuple[tuple[str, str], ...]  # (surface, canonical), longest surface first
    measure_units: dict[str, str]
    needs_measure: frozenset[str]
    anaphoric_followers: tuple[str, ...]
    total_words: tuple[str, ...]
    place_words: frozenset[str]
    spokesperson_roles: tuple[str, ...]
    role_abbreviations: dict[str, str]
    synonym_of: dict[str, str]  # surface (one or more words) -> canonical first word of its group
    synonym_phrases: tuple[str, ...]  # multi-word synonym surfaces, longest first
    stopwords: frozenset[str]
    speech_words: frozenset[str]
    not_details: frozenset[str]
    verb_prefixes: tuple[str, ...]
    state_of: tuple[tuple[str, str], ...]  # (surface, state group), longest first
    state_things: tuple[str, ...]
    event_verbs: frozenset[str]
    event_window: int
    caps: dict[str, int]
    caps_sources_step: int = 0  # one more item of each kind per this many independent sources past the first; 0: none
    negations: frozenset[str] = frozenset()  # "belum membantah" is not "membantah"
    # words whose change between two translations never changes what is said ("yang", "untuk"):
    # no tense, modality, negation or quantity among them
    empty_function_words: frozenset[str] = frozenset()
    negation_of: dict[str, str] = field(default_factory=dict)  # "gak", "nggak", "tak" -> "tidak"
    negation_kind: dict[str, str] = field(default_factory=dict)  # "belum" -> "belum"; unlisted: "not"
    ordinal_prefix: str = ""  # "ke": "kedua" is the ordinal of "dua"
    ordinal_words: dict[str, int] = field(default_factory=dict)  # "pertama" -> 1
    former_value_words: tuple[str, ...] = ()  # "dulunya", "sebelumnya": the figure after is an old value
    from_value_words: tuple[str, ...] = ()  # "turun dari 9,19%": the value a change starts from
    current_value_words: tuple[str, ...] = ()  # "menjadi", "sekarang": ... when a new one follows
    unnamed_base_measures: frozenset[str] = frozenset()  # "target" alone: a target of what, unsaid
    generic_measure_words: frozenset[str] = frozenset()  # "rata-rata", "harga": shared, they name no one thing
    proposal_words: tuple[str, ...] = ()  # "mengusulkan", "tuntutan": the amount after is proposed, not decided
    proposal_marker: str = ""  # "usulan": the word a proposed amount's measure opens with
    capacity_words: tuple[str, ...] = ()  # "berkapasitas", "menampung": the count right after is what a place holds
    capacity_marker: str = ""  # "kapasitas": the word a capacity's measure opens with
    respective_words: tuple[str, ...] = ()  # "masing-masing": a figure for each of several holders
    home_country: str = "Indonesia"
    international_bodies: frozenset[str] = frozenset()  # canonical gazetteer names
    spelling_ratio: float = 80.0
    word_variant_of: dict[str, str] = field(default_factory=dict)  # "kaos" -> "kaus", "seorang" -> "satu"
    quote_fillers: frozenset[str] = frozenset()  # "kemudian", "pun": no fact when added to a quote
    spoken_prefix_drop: tuple[tuple[str, str], ...] = ()  # ("meng", "k"): "mengirim" said as "kirim"
    spoken_suffix_drop: tuple[str, ...] = ()  # "i", "kan": "mengetahui" said as "tahu"
    reported_min_words: int = 8  # an indirect quote this long is compared for its attribution
    own_clause_words: frozenset[str] = frozenset()  # "sembilan orang lainnya": a clause of its own
    inclusive_words: frozenset[str] = frozenset()  # "total ... 260 orang termasuk ...": a whole that names its parts
    count_sites: tuple[str, ...] = ()  # disc40: "RSUD", "Posko", "Pelabuhan": where counted people are taken or told of
    # disc50: the victims' states whose count is never scoped by the event's own town or region, and how many of the
    # story's reports must name a place for it to be the event's
    event_place_measures: frozenset[str] = frozenset()
    event_place_share: float = 1.0
    event_place_min_reports: int = 3
    event_place_levels: tuple[str, ...] = ()  # place head words, widest first (provinsi ... dusun)
    # disc40: "Sebelumnya kami melaporkan ada 130 korban jiwa": an earlier figure its report replaces (earlier_figures)
    earlier_cues: tuple[str, ...] = ()
    earlier_breaks: tuple[str, ...] = ()
    earlier_to_words: frozenset[str] = frozenset()
    # "kembali menemukan dua jenazah", "dua jenazah lagi": a day's finds on top of a toll, never the toll
    increment_before: frozenset[str] = frozenset()
    increment_after: frozenset[str] = frozenset()
    increment_toll_words: frozenset[str] = frozenset()  # "bertambah lagi menjadi 20": the toll after all
    increment_toll_right_after: frozenset[str] = frozenset()  # "bertambah dari 12": toll words right after the cue
    # fig28: "50 korban dari 67 kantong jenazah yang berhasil diidentifikasi": identified, not dead (identified_counts)
    identified_of: frozenset[str] = frozenset()
    identified_measure: str | None = None
    unidentified_measure: str | None = None
    identified_words: tuple[str, ...] = ()  # longest first
    # fig28: units of no weight whose figures still make a claim, never compared, when a noun says what they measure
    claim_only_units: frozenset[str] = frozenset()
    claim_only_weight: float = 0.0
    nouns_after_only_units: frozenset[str] = frozenset()  # "5 tahun penjara": only a noun of nouns_after names these
    claim_nouns_after: frozenset[str] = frozenset()
    claim_nouns_before_gap: frozenset[str] = frozenset()  # "kurungan selama 6 bulan": words between noun and term
    severity_of: dict[str, str] = field(default_factory=dict)  # "luka berat" -> "luka": a grade of a state
    severity_joiners: tuple[str, ...] = ()  # "dan", "maupun": two grades told together ("luka berat dan ringan")
    breakdown_openers: tuple[str, ...] = ()  # "dengan rincian": a total's breakdown follows, longest first
    # "di titik kedua", "di sini": a count told of one spot of an event (a part), or None
    one_spot: re.Pattern[str] | None = None
    # "Di TKP yang pertama, yakni Gereja X, ... tujuh orang": a spot opening the sentence before a preposition
    # of these, or nothing; "kecelakaan", "ledakan": another happening named between a spot and a count
    one_spot_openers: frozenset[str] = frozenset()
    one_spot_happenings: tuple[str, ...] = ()  # longest first
    one_spot_glosses: tuple[str, ...] = ()  # "yakni", "tepatnya": open the spot's gloss, longest first
    former_state_words: tuple[str, ...] = ()  # "yang sempat dinyatakan hilang": a state they had, not have
    former_lasting_states: frozenset[str] = frozenset()  # the measures such a word takes from a count
    clause_breaks: tuple[str, ...] = ()  # "dan", "sementara": end a figure's clause, as "," does
    own_clause_joiners: frozenset[str] = frozenset()  # "..., dan sembilan orang": a clause of its own
    contrast_words: tuple[str, ...] = ()  # "sementara", "namun": the clause after starts afresh
    list_joiners: tuple[str, ...] = ()  # "dan", "atau": between two figures of a list
    state_clause_ends: tuple[str, ...] = ()  # "sehingga", "karena": a named thing's state is told before them
    transliteration_folds: tuple[tuple[str, str], ...] = ()  # ("tch", "k"): letters folded, longest first
    transliterated_stem: float = 1.0  # the share of the shorter folded name a common opening covers
    part_of_whole: tuple[str, ...] = ()  # "241 dari 242 penumpang": the 242 is the whole, longest first
    described_parts: DescribedParts | None = None  # "Dua dari empat korban meninggal merupakan ..."
    people_parts: PeopleParts | None = None  # "97 wanita", "dua warga negara Jepang": a part of the people
    institution_heads: tuple[str, ...] = ()  # "Dinas Kesehatan Kabupaten X" is the Dinas
    slot_of: dict[str, str] = field(default_factory=dict)  # word -> the detail slot it fills
    place_prepositions: frozenset[str] = frozenset()  # "di", "ke": a site named after one is where
    place_heads: tuple[str, ...] = ()  # words that open a site's name ("Istana", "Desa"), longest first
    place_locatives: tuple[str, ...] = ()  # "depan": "di depan Istana Negara" still names the site
    amount_measures: AmountMeasureWords | None = None  # what an amount or a percentage measures
    age_measure: str | None = None  # "YP (17)": the measure of a person's age, never compared
    age_weight: float = 0.0
    honorifics: frozenset[str] = frozenset()  # "pak", "mbah", "h": not part of a person's name key
    name_titles: frozenset[str] = frozenset()  # "h", "dr": honorifics a person's shown name leaves out
    dropped_given_names: frozenset[str] = frozenset()  # "muhammad": a given name often shortened or left out
    degree_suffixes: tuple[tuple[str, ...], ...] = ()  # ("s", "h"): a degree ending a name, longest first
    carried_measure: CarriedMeasureWords | None = None  # "Dari jumlah itu, 15 ...": a measure said before
    state_counts: StateCountWords | None = None  # "31 mengalami luka-luka": a bare count of people in a state
    on_board: OnBoardWords | None = None  # "kapal yang mengangkut 15 penumpang": the people on board
    index_levels: IndexLevelWords | None = None  # "IHSG ditutup ke posisi 7.028": a level of the index
    counted_things: CountedThingWords | None = None  # "50 unit bus terbakar": buses, not vehicles
    share_equivalence: ShareWords | None = None  # "80 persen atau 7.991.160 KPM": a count known by its share
    figure_day_words: FigureDayWords | None = None  # "Sehari sebelumnya, harga terkoreksi Rp 7.000"
    not_verbs: frozenset[str] = frozenset()  # "dividen", "mentah": words that open with a verb prefix's letters, no verbs


@dataclass(frozen=True, slots=True)
class AmountMeasureWords:
    """``amount_measures`` of ``reconcile.yaml``: how the measure of an amount is read around it."""

    units: frozenset[str]
    links: tuple[str, ...]  # longest first
    level_links: tuple[str, ...]
    change_of: tuple[tuple[str, str], ...]  # (change word(s), change noun), longest first
    purpose: frozenset[str]
    purpose_not: frozenset[str]
    per_words: frozenset[str]
    phrase_stops: frozenset[str]
    joiners: frozenset[str]
    phrase_words: int
    reach_words: int
    # "Rp12 ribu per kilogram": money for each unit of a good is its price (the noun, the goods' words)
    price_noun: str | None = None
    priced_per: frozenset[str] = frozenset()
    # "Berikut rincian harga emas Antam hari ini: 0,5 gram: Rp1.018.500 ...": the words opening a list
    # heading, whose phrase every amount of the list measures
    list_openers: tuple[str, ...] = ()
    list_reach: int = 0  # characters read back from an amount for its list's heading
    from_words: tuple[str, ...] = ()  # "naik dari Rp 19.212 per kg": the level it came from, no price
    # fig36: "2 gram Rp2,1 juta", "1 gram = Rp 1.819.000", "0,5 gram senilai Rp592,5 ribu": the words (besides
    # "=" and ":") that may stand between an amount of a good and the money it costs
    weight_price_links: frozenset[str] = frozenset()
    # "pelemahan", "koreksi": nouns of a change that say its direction as the change noun does
    change_noun_forms: dict[str, str] = field(default_factory=dict)  # form -> change noun
    # "dana yang telah diblokir sebesar ...": a relative clause between the phrase and its link
    relative_markers: frozenset[str] = frozenset()
    relative_words: int = 0
    # "cadangan devisa pada akhir Mei 2025 senilai ...": a time between the phrase and its link
    time_openers: frozenset[str] = frozenset()
    # "selisih antara harga emas dan harga buyback adalah Rp 151.000": the gap between two measures
    difference_nouns: tuple[str, ...] = ()
    difference_joiners: tuple[str, ...] = ()
    share_units: frozenset[str] = frozenset()  # "40% orang tajir": a share of the noun after it
    # "58% tenaga kerja", "hampir 70% populasi": nouns of a population a share is of, besides the units
    share_nouns: frozenset[str] = frozenset()
    # "naik 5 persen yoy", "0,5 persen poin": lower-case words after a share that are not what it is a share of
    share_not: frozenset[str] = frozenset()
    # "63,7 persen yang menyatakan puas": a share of a poll's answers, named by the verb of answering and
    # what was answered; and the words of degree that may stand in the answer ("sangat tidak puas")
    answer_verbs: frozenset[str] = frozenset()
    answer_degrees: frozenset[str] = frozenset()
    # "kekayaan bersih di seluruh dunia naik ...": a place or body between the phrase and its link
    adjunct_prepositions: frozenset[str] = frozenset()
    adjunct_words: int = 0
    # "pidana penjara selama 4 tahun serta denda sebesar ...": a time, place or clause is never read
    # back past one of these, which opens a phrase of its own
    coordinators: frozenset[str] = frozenset()
    # "yang berhasil melakukan penyitaan sebesar ...": a phrase right after a verb with one of these
    # prefixes is its object, which the amount measures
    active_prefixes: tuple[str, ...] = ()
    # "potongan diberikan sebesar 50 persen": a verb with one of these prefixes right before a link says
    # what was done with the phrase before it, and is passed over with the link
    passive_prefixes: tuple[str, ...] = ()
    # "merugikan negara Rp6,5 miliar": an active verb whose object is who bears the amount, by the noun of
    # what the amount is ("kerugian negara")
    object_verb_nouns: dict[str, str] = field(default_factory=dict)
    # "iPhone 15 hanya dibandrol Rp 11,4 juta": a verb right before the amount that names what it is of the
    # phrase before the verb, by its noun ("harga"), longest verb phrases first
    subject_verb_nouns: tuple[tuple[str, str], ...] = ()
    # fig30: verb nouns that name nothing alone ("ia memperoleh US$ 14": a receipt of no one): no measure unless
    # the phrase before the verb names the holder ("lansia menerima Rp600.000")
    subject_verb_nouns_with_holder: frozenset[str] = frozenset()
    # "2,7 persen dari total pasokan bitcoin": a share is of the phrase after one of these
    share_of_links: frozenset[str] = frozenset()
    # "defisit 0,09 persen terhadap PDB" / "3,4 persen terhadap APBN": the base a share is taken against
    share_base_links: frozenset[str] = frozenset()
    # "tumbuh signifikan, yaitu lebih dari Rp 764,1 M": a link that restates after a comma; the comma
    # before it is passed over with it
    apposition_links: frozenset[str] = frozenset()
    # links that say the amount is an extreme of the phrase ("harga buyback tertinggi di Rp 1.865.000"):
    # the record, kept in its measure, is not the level
    extreme_links: frozenset[str] = frozenset()
    adjunct_enders: frozenset[str] = frozenset()  # "di Indonesia dengan kontribusi": the place ends before it
    # "Pun cabai rawit hijau, naik menjadi Rp 40.000": words that may open a clause whose subject is set off
    # from its change or level by a comma (the subject alone, or after one of these, before the comma)
    subject_comma_openers: frozenset[str] = frozenset()
    # "X naik 5 persen, tetapi melemah 2 persen sepekan": a change after one of these with no subject is X's
    subject_sharing_coordinators: tuple[str, ...] = ()
    # "Golongan II: Rp 18.000": a label of a list item that names a class of the heading's measure
    list_class_labels: frozenset[str] = frozenset()
    # fig31: "IHSG secara mingguan juga tercatat melemah 1,59%": the period a change is taken over, never its
    # subject; kept at the end of its measure ("penurunan ihsg mingguan" is no day's "penurunan ihsg")
    period_adverbs: tuple[str, ...] = ()
    # fig33: units of mass, length, area, volume, speed and power whose figure, when no measure word or
    # count head names it, is measured by the phrase before it as an amount is ("berat ... mencapai lebih
    # dari 10 ton": berat; "ketinggian air mencapai 1,5 meter": ketinggian air)
    measured_units: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CarriedMeasureWords:
    """``carried_measure`` of ``reconcile.yaml``: a figure whose clause refers back to a figure before."""

    anaphors: tuple[str, ...]  # longest first
    referring_nouns: frozenset[str]
    demonstratives: frozenset[str]
    topic_shifts: tuple[str, ...]
    sentences_back: int
    relative_units: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()
    whole_nouns: frozenset[str] = frozenset()  # fig42: "total", "semuanya": the whole of what was said before
    count_heads: tuple[str, ...] = ()  # longest first
    # "peserta sekitar 5 ribu orang", "700 orang lulusan": a count's noun written right next to it
    next_noun_links: tuple[str, ...] = ()  # words between the noun before and the figure, longest first
    not_counted_after: frozenset[str] = frozenset()  # words after a unit that name no counted thing
    next_noun_units: frozenset[str] = frozenset()  # units whose count a noun next to it names
    size_links: frozenset[str] = frozenset()  # "tanah seluas 26 hektar": the figure is the noun's own size
    # "melalui jalan perkebunan sejauh 40 kilometer": a distance is a path's own length only after these
    path_links: frozenset[str] = frozenset()
    path_prepositions: frozenset[str] = frozenset()
    # fig37: a verb of holding inside the phrase before a size link: what is weighed is the noun after it
    contents_verbs: frozenset[str] = frozenset()
    # fig35: "pada kedalaman 10 km", "dalam radius 3 km": a noun of size right before the figure names it after a
    # preposition too
    size_nouns: frozenset[str] = frozenset()
    # fig40: a size link's size noun ("sedalam": kedalaman) and the units of length and area a size word names
    size_link_nouns: dict[str, str] = field(default_factory=dict)
    size_units: frozenset[str] = frozenset()
    size_names: dict[str, str] = field(default_factory=dict)  # mend51: "tinggi" -> "ketinggian", one name per size
    # fig18: "310 ton beras" but not "64 km sekali charge": the nouns a count of mass, length or volume
    # may be of (these and the nouns of ``goods_slots`` of ``detail_slots``)
    goods_nouns: frozenset[str] = frozenset()
    goods_slots: frozenset[str] = frozenset()
    # "bisa tumbuh hingga 3 meter": a word after these is a predicate, not the noun a count is of
    predicate_markers: frozenset[str] = frozenset()
    # fig23: "Pencarian tiga korban": a nominalised action before a count of people is done to them; the
    # state it leaves them in, where it does (``action_states``: pencarian -> hilang), is their measure
    action_noun_prefixes: tuple[str, ...] = ()  # longest first
    action_noun_suffix: str = ""
    action_noun_min_root: int = 3
    action_nouns: frozenset[str] = frozenset()
    not_action_nouns: frozenset[str] = frozenset()
    action_states: dict[str, str] = field(default_factory=dict)
    # fig27: "3 orang yang diduga sebagai penanggung jawab": the role named after a marker is what a count of
    # people counts (``role_markers``), across a relative clause of at most ``relative_reach`` words
    role_markers: frozenset[str] = frozenset()
    relative_words: frozenset[str] = frozenset()
    relative_reach: int = 0
    relative_not_between: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class StateCountWords:
    """``state_counts`` of ``reconcile.yaml``: a bare count written right before a state of people
    ("31 mengalami luka-luka", "dua tertimbun") counts the people in that state."""

    unit: str
    states: tuple[tuple[str, str], ...]  # (surface, measure) of the state measures, longest surface first
    through: tuple[str, ...]  # "mengalami", longest first
    between: tuple[str, ...]  # "masih", "dinyatakan", longest first
    openers: frozenset[str]  # "dan", "sementara": a count right after one opens its clause
    # fig25: words between a state and the count written after it ("korban hilang sebanyak 26 orang")
    links_after_state: tuple[str, ...] = ()
    # fig40: words introducing a count between the clause's opening and the bare count ("Sebanyak 26 meninggal")
    introducers: frozenset[str] = frozenset()
    # each state's surface and its openings up to a space ("luka berat": "luka"), as a set: a unit the extractor
    # took from a state is looked up once per figure, not against every state
    state_openings: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class OnBoardWords:
    """``on_board`` of ``reconcile.yaml``: a count of people right after a verb of carrying ("mengangkut 15
    penumpang", "bus membawa 46 orang") counts the people on board a vehicle."""

    measure: str
    verbs: frozenset[str]
    own_verbs: frozenset[str]  # "berpenumpang": the verb names passengers, no vehicle needed
    nouns: frozenset[str]  # "penumpang": a count of these needs no vehicle named either
    between: tuple[str, ...]  # "sebanyak", "sekitar": words between the verb and the count, longest first
    vehicles: tuple[str, ...]  # vessels and vehicles besides ``detail_slots.vehicles``, longest first
    # "km", "kri": vessels' prefixes that are other words too ("Km 12", a kilometre post): a vessel only written in
    # capitals before a capitalised name ("KM Sinar Bangun")
    name_prefixes: frozenset[str] = frozenset()
    parts_after: frozenset[str] = frozenset()  # "207 penumpang laki-laki": a part of those on board
    # "230 penumpang dan 12 awak": a joiner, then another count, right after the count's noun
    parts_joiners: frozenset[str] = frozenset()
    # disc53: "ada 51 orang dalam bus": the words saying the people are inside a vehicle, longest first, and the
    # words passed over before them ("yang berada di dalam bus")
    inside: tuple[str, ...] = ()
    inside_skip: frozenset[str] = frozenset()
    # mend46: "ada", "dari": the openers after which a count inside a vehicle states the load, longest first; the
    # words before it that make it a part ("masih", "menemukan"); the nouns that are never the load ("korban")
    inside_openers: tuple[str, ...] = ()
    inside_not_before: frozenset[str] = frozenset()
    inside_not_nouns: frozenset[str] = frozenset()
    inside_determiners: frozenset[str] = frozenset()  # "aboard the bus": passed over before the vehicle


@dataclass(frozen=True, slots=True)
class DescribedParts:
    """``described_parts`` of ``reconcile.yaml``: a count of people told as some of a whole and then
    described ("Dua dari empat korban meninggal merupakan ibu dan bayi") is no count of their state."""

    after_count: tuple[str, ...]  # "di antaranya", longest first
    copulas: frozenset[str]  # "merupakan", "adalah"
    list_openers: tuple[str, ...]  # "yakni", longest first
    whole_reach_words: int  # words before a total phrase in which a count makes the figure after it a whole
    total_phrases: frozenset[str] = frozenset()  # "dari total": part_of_whole phrases that name a total
    # disc27: "Dari 42 korban luka ringan, 37 penumpang bus": the whole told first, the part after the comma
    whole_first: tuple[str, ...] = ()  # "dari", longest first
    whole_first_links: tuple[str, ...] = ()  # "ada", "sebanyak": words between the comma and the part


@dataclass(frozen=True, slots=True)
class PeopleParts:
    """``people_parts`` of ``reconcile.yaml``: a count of people narrowed right after it by sex or origin ("97
    wanita", "dua warga negara Jepang", "22 warga negara asing") counts one part of the people."""

    units: frozenset[str]  # the units of people a part is read for ("orang", "korban")
    groups: tuple[tuple[str, str], ...]  # (surface, group key), longest first: "wanita" -> "perempuan"
    citizen_words: tuple[str, ...]  # "warga negara", "wn": a country after one is the people's origin
    origin_prepositions: tuple[str, ...]  # "asal", "dari": so is a country after one right after the count
    origins: tuple[tuple[str, str], ...]  # (surface, origin key), longest first: "wna" -> "asing"
    between: tuple[str, ...]  # "orang", "adalah": words that may stand between the count and the part
    unnamed_origins: tuple[str, ...] = ()  # "warga negaranya": a part whose origin is named elsewhere
    # disc56: words a country alone right after the count may be followed by and still be the people's origin
    bare_country_followers: frozenset[str] = frozenset()
    # disc61: (surface, side key), longest first: a side of an event named right after a count ("9 warga sipil",
    # "4 anggota TNI", "6 pelaku"): a part of the people whatever else the sentence counts
    sides: tuple[tuple[str, str], ...] = ()
    # mend48b: group key -> its dimension ("perempuan" -> "sex", "anak" -> "age"): another group counted makes a
    # group's count a part only when it is of the same dimension
    group_dimension: dict[str, str] = field(default_factory=dict)
    not_groups: tuple[str, ...] = ()  # "anak buah kapal": opens with a group's word, names no group; longest first


@dataclass(frozen=True, slots=True)
class FigureDayWords:
    """``figure_day_words`` of ``reconcile.yaml``: a day word before a figure in its sentence that moves
    the figure's day ("sehari sebelumnya": the day before the one the sentence is about)."""

    offsets: dict[str, int]  # phrase (lower case, single spaces) -> days
    pattern: re.Pattern[str]
    not_after: frozenset[str]  # "beberapa hari sebelumnya": no one day
    event_cues: frozenset[str] = frozenset()  # "terjadi pada Sabtu (9/1)", "sejak": the event's day, not the figure's
    event_reach: int = 0  # words between such a cue and the date


def _figure_day_words(data: dict | None) -> FigureDayWords | None:
    if not data or not data.get("offsets"):
        return None
    offsets = {" ".join(str(k).lower().split()): int(v) for k, v in data["offsets"].items()}
    alternatives = "|".join(r"\s+".join(map(re.escape, k.split())) for k in sorted(offsets, key=len, reverse=True))
    return FigureDayWords(offsets=offsets, pattern=re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"),
                          not_after=frozenset(str(w).lower() for w in data.get("not_after") or []),
                          event_cues=frozenset(str(w).lower() for w in data.get("event_cues") or []),
                          event_reach=int(data.get("event_reach") or 0))


@dataclass(frozen=True, slots=True)
class IndexLevelWords:
    """``index_levels`` of ``reconcile.yaml``: a bare number that is the level of a named index."""

    unit: str
    heads: frozenset[str]
    names: tuple[str, ...]  # longest first
    change_units: frozenset[str] = frozenset()  # "melemah 20,36 poin": an index's change, in these units
    level_nouns: tuple[str, ...] = ()  # "support 7.120": a technical level of the index, longest first


@dataclass(frozen=True, slots=True)
class ShareWords:
    """``share_equivalence`` of ``reconcile.yaml``: a count given as a share of a whole."""

    share_unit: str
    joiners: tuple[str, ...]  # longest first
    links: tuple[str, ...]  # longest first
    gap_words: int


def _share_words(data: dict | None) -> ShareWords | None:
    if not data:
        return None
    return ShareWords(share_unit=str(data["share_unit"]), joiners=_lower_longest_first(data["joiners"]),
                      links=_lower_longest_first(data.get("links")), gap_words=int(data.get("gap_words") or 0))


def _lower_longest_first(items) -> tuple[str, ...]:
    return tuple(sorted(_lowered_set(items), key=len, reverse=True))


def _lowered_set(items) -> frozenset[str]:
    """Words or phrases lower-cased, spaces folded: for membership tests, where order is of no use."""
    return frozenset(" ".join(str(s).lower().split()) for s in items or [])


def _carried_measure_words(data: dict | None) -> CarriedMeasureWords | None:
    if not data:
        return None
    return CarriedMeasureWords(
        anaphors=_lower_longest_first(data.get("anaphors")),
        referring_nouns=_lowered_set(data.get("referring_nouns")),
        demonstratives=_lowered_set(data.get("demonstratives")),
        topic_shifts=_lower_longest_first(data.get("topic_shifts")),
        sentences_back=int(data.get("sentences_back") or 0),
        relative_units=frozenset(str(u) for u in data.get("relative_units") or []),
        connectives=_lowered_set(data.get("connectives")),
        whole_nouns=_lowered_set(data.get("whole_nouns")),
        count_heads=_lower_longest_first(data.get("count_heads")),
        next_noun_links=_lower_longest_first(data.get("next_noun_links")),
        not_counted_after=_lowered_set(data.get("not_counted_after")),
        next_noun_units=_lowered_set(data.get("next_noun_units")),
        size_links=_lowered_set(data.get("size_links")),
        path_links=_lowered_set(data.get("path_links")),
        path_prepositions=_lowered_set(data.get("path_prepositions")),
        contents_verbs=_lowered_set(data.get("contents_verbs")),
        size_nouns=_lowered_set(data.get("size_nouns")),
        size_link_nouns={str(k).lower(): str(v).lower() for k, v in (data.get("size_link_nouns") or {}).items()},
        size_units=frozenset(str(u) for u in data.get("size_units") or []),
        size_names={str(k).lower(): str(v).lower() for k, v in (data.get("size_names") or {}).items()},
        goods_nouns=_lowered_set(data.get("goods_nouns")),
        goods_slots=frozenset(str(s) for s in data.get("goods_slots") or []),
        predicate_markers=_lowered_set(data.get("predicate_markers")),
        action_noun_prefixes=_lower_longest_first(data.get("action_noun_prefixes")),
        action_noun_suffix=str(data.get("action_noun_suffix") or "").lower(),
        action_noun_min_root=int(data.get("action_noun_min_root") or 3),
        action_nouns=_lowered_set(data.get("action_nouns")),
        not_action_nouns=_lowered_set(data.get("not_action_nouns")),
        action_states={str(k).lower(): str(v) for k, v in (data.get("action_states") or {}).items()},
        role_markers=_lowered_set(data.get("role_markers")),
        relative_words=_lowered_set(data.get("relative_words")),
        relative_reach=int(data.get("relative_reach") or 0),
        relative_not_between=_lowered_set(data.get("relative_not_between")),
    )


def _described_parts(data: dict | None) -> DescribedParts | None:
    if not data:
        return None
    return DescribedParts(_lower_longest_first(data.get("after_count")), _lowered_set(data.get("copulas")),
                          _lower_longest_first(data.get("list_openers")), int(data.get("whole_reach_words") or 0),
                          _lowered_set(data.get("total_phrases")), _lower_longest_first(data.get("whole_first")),
                          _lower_longest_first(data.get("whole_first_links")))


def _people_parts(data: dict | None) -> PeopleParts | None:
    if not data:
        return None

    def keyed(table: dict | None) -> tuple[tuple[str, str], ...]:
        pairs = {(str(sf).lower(), str(key)) for key, forms in (table or {}).items() for sf in forms}
        return tuple(sorted(pairs, key=lambda p: -len(p[0])))

    # groups by dimension (sex: {key: forms}, age: ...); a flat table of key: forms is one dimension
    raw_groups = data.get("groups") or {}
    dimensions = ({str(dim): table for dim, table in raw_groups.items()}
                  if raw_groups and all(isinstance(v, dict) for v in raw_groups.values()) else {"": raw_groups})
    groups: dict[str, list] = {}
    group_dimension: dict[str, str] = {}
    for dim, table in dimensions.items():
        for key, forms in (table or {}).items():
            groups[str(key)] = list(forms or ())
            group_dimension[str(key)] = dim
    return PeopleParts(units=frozenset(str(u) for u in data.get("units") or ()), groups=keyed(groups),
                       group_dimension=group_dimension, not_groups=_lower_longest_first(data.get("not_groups")),
                       citizen_words=_lower_longest_first(data.get("citizen_words")),
                       origin_prepositions=_lower_longest_first(data.get("origin_prepositions")),
                       origins=keyed(data.get("foreign")),
                       between=_lower_longest_first(data.get("between")),
                       unnamed_origins=_lower_longest_first(data.get("unnamed_origins")),
                       bare_country_followers=frozenset(str(w).lower() for w in data.get("bare_country_followers") or ()),
                       sides=keyed(data.get("sides")))


def _one_spot_pattern(data: dict | None) -> re.Pattern[str] | None:
    """``one_spot`` of reconcile.yaml as one pattern: a preposition, a spot head and an ordinal
    ("di titik kedua", "pada lokasi ke-2"), or a phrase of here ("di sini")."""
    if not data:
        return None

    def alt(items: Sequence[str] | None) -> str:
        return "|".join(re.escape(w) for w in _lower_longest_first(items or []))

    ordinal = rf"(?:{alt(data.get('ordinals'))}|ke-?\d+)" if data.get("ordinals") else r"ke-?\d+"
    parts = []
    if data.get("prepositions") and data.get("heads"):
        parts.append(rf"(?:{alt(data['prepositions'])})\s+(?:{alt(data['heads'])})\s+{ordinal}")
    if data.get("events"):
        # "Tabrakan yang ketiga, mengakibatkan 1 orang meninggal": one of the collisions of a chain
        parts.append(rf"(?:{alt(data['events'])})\s+(?:yang\s+)?{ordinal}")
    if data.get("here"):
        parts.append(rf"(?:{alt(data['here'])})")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)") if parts else None


def _state_count_words(data: dict | None, measures: Sequence[tuple[str, str]]) -> StateCountWords | None:
    if not data or not data.get("unit"):
        return None
    states = {str(k) for k in data.get("states") or []}
    not_states = _lowered_set(data.get("not_states"))
    kept = tuple((s, k) for s, k in measures if k in states and s not in not_states)
    return StateCountWords(
        unit=str(data["unit"]),
        states=kept,
        through=_lower_longest_first(data.get("through")),
        between=_lower_longest_first(data.get("between")),
        openers=_lowered_set(data.get("openers")),
        links_after_state=_lower_longest_first(data.get("links_after_state")),
        introducers=_lowered_set(data.get("introducers")),
        state_openings=frozenset(surface[:i] for surface, _ in kept for i in range(1, len(surface) + 1)
                                 if i == len(surface) or surface[i] == " "),
    )


def _on_board_words(data: dict | None) -> OnBoardWords | None:
    if not data or not data.get("measure"):
        return None
    return OnBoardWords(measure=str(data["measure"]), verbs=_lowered_set(data.get("verbs")),
                        own_verbs=_lowered_set(data.get("own_verbs")), nouns=_lowered_set(data.get("nouns")),
                        between=_lower_longest_first(data.get("between")),
                        vehicles=_lower_longest_first(data.get("vehicles")),
                        name_prefixes=_lowered_set(data.get("name_prefixes")),
                        parts_after=_lowered_set(data.get("parts_after")),
                        parts_joiners=_lowered_set(data.get("parts_joiners")),
                        inside=_lower_longest_first(data.get("inside")),
                        inside_skip=_lowered_set(data.get("inside_skip")),
                        inside_openers=_lower_longest_first(data.get("inside_openers")),
                        inside_not_before=_lowered_set(data.get("inside_not_before")),
                        inside_not_nouns=_lowered_set(data.get("inside_not_nouns")),
                        inside_determiners=_lowered_set(data.get("inside_determiners")))


def _index_level_words(data: dict | None) -> IndexLevelWords | None:
    if not data:
        return None
    return IndexLevelWords(unit=str(data["unit"]), heads=_lowered_set(data.get("heads")),
                           names=_lower_longest_first(data.get("names")),
                           change_units=frozenset(str(u) for u in data.get("change_units") or ()),
                           level_nouns=_lower_longest_first(data.get("level_nouns")))


def _amount_measure_words(data: dict | None) -> AmountMeasureWords | None:
    if not data:
        return None

    def longest_first(items) -> tuple[str, ...]:
        return tuple(sorted({" ".join(str(s).lower().split()) for s in items or []}, key=len, reverse=True))

    return AmountMeasureWords(
        units=frozenset(str(u) for u in data["units"]),
        links=longest_first(data["links"]),
        level_links=longest_first(data["level_links"]),
        change_of=tuple(sorted(((" ".join(str(w).lower().split()), str(noun)) for noun, ws in data["changes"].items()
                                for w in ws), key=lambda p: -len(p[0]))),
        purpose=frozenset(str(s).lower() for s in data.get("purpose") or []),
        purpose_not=frozenset(str(s).lower() for s in data.get("purpose_not") or []),
        per_words=frozenset(str(s).lower() for s in data.get("per_words") or []),
        phrase_stops=frozenset(str(s).lower() for s in data.get("phrase_stops") or []),
        joiners=frozenset(str(s).lower() for s in data.get("joiners") or []),
        phrase_words=int(data["phrase_words"]),
        reach_words=int(data["reach_words"]),
        price_noun=str(data["price_noun"]).lower() if data.get("price_noun") else None,
        priced_per=frozenset(str(s).lower() for s in data.get("priced_per") or []),
        list_openers=longest_first(data.get("list_openers")),
        list_reach=int(data.get("list_reach") or 0),
        from_words=longest_first(data.get("from_words")),
        weight_price_links=frozenset(str(s).lower() for s in data.get("weight_price_links") or []),
        change_noun_forms={str(form).lower(): str(noun).lower()
                           for noun, forms in (data.get("change_noun_forms") or {}).items() for form in forms or ()},
        relative_markers=frozenset(str(s).lower() for s in data.get("relative_markers") or []),
        relative_words=int(data.get("relative_words") or 0),
        difference_nouns=longest_first(data.get("difference_nouns")),
        difference_joiners=longest_first(data.get("difference_joiners")),
        time_openers=frozenset(str(s).lower() for s in data.get("time_openers") or []),
        share_units=frozenset(str(s) for s in data.get("share_units") or []),
        share_nouns=frozenset(str(s).lower() for s in data.get("share_nouns") or []),
        share_not=frozenset(str(s).lower() for s in data.get("share_not") or []),
        answer_verbs=frozenset(str(s).lower() for s in data.get("answer_verbs") or []),
        answer_degrees=frozenset(str(s).lower() for s in data.get("answer_degrees") or []),
        adjunct_prepositions=frozenset(str(s).lower() for s in data.get("adjunct_prepositions") or []),
        adjunct_words=int(data.get("adjunct_words") or 0),
        coordinators=frozenset(str(s).lower() for s in data.get("coordinators") or []),
        active_prefixes=tuple(str(s).lower() for s in data.get("active_prefixes") or ()),
        passive_prefixes=tuple(str(s).lower() for s in data.get("passive_prefixes") or ()),
        object_verb_nouns={str(verb).lower(): str(noun).lower()
                           for noun, verbs in (data.get("object_verb_nouns") or {}).items() for verb in verbs},
        subject_verb_nouns=tuple(sorted(((str(verb).lower(), str(noun).lower())
                                         for noun, verbs in (data.get("subject_verb_nouns") or {}).items()
                                         for verb in verbs), key=lambda pair: -len(pair[0]))),
        subject_verb_nouns_with_holder=frozenset(str(s).lower() for s in data.get("subject_verb_nouns_with_holder") or []),
        share_of_links=frozenset(str(s).lower() for s in data.get("share_of_links") or []),
        share_base_links=frozenset(str(s).lower() for s in data.get("share_base_links") or []),
        apposition_links=frozenset(str(s).lower() for s in data.get("apposition_links") or []),
        extreme_links=frozenset(str(s).lower() for s in data.get("extreme_links") or []),
        adjunct_enders=frozenset(str(s).lower() for s in data.get("adjunct_enders") or []),
        subject_comma_openers=frozenset(str(s).lower() for s in data.get("subject_comma_openers") or []),
        subject_sharing_coordinators=longest_first(data.get("subject_sharing_coordinators")),
        list_class_labels=frozenset(str(s).lower() for s in data.get("list_class_labels") or []),
        period_adverbs=longest_first(data.get("period_adverbs")),
        measured_units=frozenset(str(u) for u in data.get("measured_units") or []),
    )


@dataclass(frozen=True, slots=True)
class CountedThingWords:
    """``counted_things`` of ``reconcile.yaml``: figures that count a thing named after the number or
    after "unit" ("50 unit bus"), keyed by that thing."""

    units: frozenset[str]  # canonical units whose figure counts the thing written ("kendaraan", "unit")
    weight: float
    things: tuple[tuple[str, str], ...]  # (surface, thing key), longest surface first
    measures: tuple[tuple[str, str], ...]  # its own measures and the general ones, longest surface first
    # the measures and the active verbs whose object the figure is ("menabrak 5 motor"), longest surface
    # first: read only before the figure
    measures_before: tuple[tuple[str, str], ...] = ()


def _counted_thing_words(data: dict | None, general: Sequence[tuple[str, str]]) -> CountedThingWords | None:
    if not data:
        return None
    things = sorted(((str(s).lower(), str(k)) for k, forms in (data.get("things") or {}).items() for s in forms),
                    key=lambda p: -len(p[0]))
    own = [(str(s).lower(), str(k)) for k, forms in (data.get("measures") or {}).items() for s in forms]
    return CountedThingWords(units=frozenset(str(u) for u in data.get("units") or []),
                             weight=float(data.get("weight") or 0.0), things=tuple(things),
                             measures=tuple(sorted([*own, *general], key=lambda p: -len(p[0]))),
                             measures_before=tuple(sorted([*own, *general, *((str(s).lower(), str(k)) for k, forms in
                                                                         (data.get("object_verbs") or {}).items()
                                                                         for s in forms)],
                                                          key=lambda p: -len(p[0]))))


@lru_cache(maxsize=1)
def reconcile_words() -> ReconcileWords:
    data = load_data("reconcile")
    try:
        measures = sorted(((s.lower(), k) for k, forms in data["measures"].items() for s in forms),
                          key=lambda p: -len(p[0]))
        synonym_of: dict[str, str] = {}
        for group in data["synonyms"]:
            head = str(group[0]).lower()
            for word in group:
                synonym_of.setdefault(str(word).lower(), head)
        states = sorted(((s.lower(), k) for k, forms in data["state_groups"].items() for s in forms),
                        key=lambda p: -len(p[0]))
        return ReconcileWords(
            unit_weights={str(k): float(v) for k, v in data["unit_weights"].items()},
            unit_aliases={str(k).lower(): str(v) for k, v in data["unit_aliases"].items()},
            measures=tuple(measures),
            measure_units={str(k): str(v) for k, v in data["measure_units"].items()},
            needs_measure=frozenset(data["needs_measure"]),
            anaphoric_followers=tuple(s.lower() for s in data["anaphoric_followers"]),
            total_words=tuple(sorted((s.lower() for s in data["total_words"]), key=len, reverse=True)),
            inclusive_words=_lowered_set(data.get("inclusive_words")),
            count_sites=tuple(str(w).lower() for w in data.get("count_sites") or ()),
            event_place_measures=_lowered_set((data.get("event_place_counts") or {}).get("measures")),
            event_place_share=float((data.get("event_place_counts") or {}).get("share", 1.0)),
            event_place_min_reports=int((data.get("event_place_counts") or {}).get("min_reports", 3)),
            event_place_levels=tuple(str(w).lower() for w in (data.get("event_place_counts") or {}).get("levels") or []),
            earlier_cues=tuple(str(w).lower() for w in (data.get("earlier_figures") or {}).get("cues") or ()),
            earlier_breaks=tuple(str(w).lower() for w in (data.get("earlier_figures") or {}).get("breaks") or ()),
            earlier_to_words=_lowered_set((data.get("earlier_figures") or {}).get("to_words")),
            place_words=frozenset(data["place_words"]),
            spokesperson_roles=tuple(s.lower() for s in data["spokesperson_roles"]),
            role_abbreviations={str(k).lower(): str(v).lower() for k, v in data["role_abbreviations"].items()},
            synonym_of=synonym_of,
            synonym_phrases=tuple(sorted((w for w in synonym_of if " " in w), key=len, reverse=True)),
            stopwords=frozenset(str(s).lower() for s in data["stopwords"]),
            empty_function_words=_lowered_set(data.get("empty_function_words")),
            speech_words=frozenset(str(s).lower() for s in data["speech_words"]),
            not_details=frozenset(str(s).lower() for s in data["not_details"]),
            verb_prefixes=tuple(str(s).lower() for s in data["verb_prefixes"]),
            not_verbs=frozenset(str(s).lower() for s in data.get("not_verbs") or []),
            state_of=tuple(states),
            state_things=tuple(data["state_things"]),
            event_verbs=frozenset(s.lower() for s in data["event_verbs"]),
            event_window=int(data["event_verb_prefix_window"]),
            caps={str(k): int(v) for k, v in data["caps"].items()},
            caps_sources_step=int(data.get("caps_sources_step") or 0),
            negations=frozenset(str(s).lower() for s in data.get("negations") or []),
            negation_of={str(w).lower(): str(head).lower() for head, forms in (data.get("negation_forms") or {}).items()
                         for w in forms},
            negation_kind={str(w).lower(): str(kind).lower() for kind, ws in (data.get("negation_kinds") or {}).items()
                           for w in ws},
            ordinal_prefix=str(data.get("ordinal_prefix") or "").lower(),
            ordinal_words={str(w).lower(): int(v) for w, v in (data.get("ordinal_words") or {}).items()},
            former_value_words=tuple(sorted((str(w).lower() for w in (data.get("old_and_new_values") or {}).get("former") or []),
                                            key=len, reverse=True)),
            from_value_words=tuple(str(w).lower() for w in (data.get("old_and_new_values") or {}).get("from") or []),
            current_value_words=tuple(sorted((str(w).lower() for w in (data.get("old_and_new_values") or {}).get("current") or []),
                                             key=len, reverse=True)),
            unnamed_base_measures=frozenset(str(w).lower() for w in data.get("unnamed_base_measures") or []),
            generic_measure_words=_lowered_set(data.get("generic_measure_words")),
            proposal_words=tuple(sorted((str(w).lower() for w in (data.get("proposed_amounts") or {}).get("words") or []),
                                        key=len, reverse=True)),
            proposal_marker=str((data.get("proposed_amounts") or {}).get("marker") or "").lower(),
            capacity_words=tuple(sorted((str(w).lower() for w in (data.get("capacity_counts") or {}).get("words") or []),
                                        key=len, reverse=True)),
            capacity_marker=str((data.get("capacity_counts") or {}).get("marker") or "").lower(),
            respective_words=tuple(sorted((str(w).lower() for w in data.get("respective_words") or []),
                                          key=len, reverse=True)),
            home_country=str(data.get("home_country") or "Indonesia"),
            international_bodies=frozenset(str(s) for s in data.get("international_bodies") or []),
            spelling_ratio=float(data.get("spelling_ratio", 80)),
            word_variant_of={str(w).lower(): str(group[0]).lower()
                             for group in data.get("word_variants") or [] for w in group},
            quote_fillers=frozenset(str(w).lower() for w in data.get("quote_fillers") or []),
            spoken_prefix_drop=tuple((str(p).lower(), str(r).lower()) for p, r in data.get("spoken_prefix_drop") or []),
            spoken_suffix_drop=tuple(str(x).lower() for x in data.get("spoken_suffix_drop") or []),
            reported_min_words=int(data.get("reported_min_words", 8)),
            slot_of={str(w).lower(): str(slot) for slot, ws in (data.get("detail_slots") or {}).items()
                     for w in ws},
            own_clause_words=frozenset(str(s).lower() for s in data.get("own_clause_words") or []),
            increment_before=_lowered_set((data.get("increments") or {}).get("before")),
            increment_after=_lowered_set((data.get("increments") or {}).get("after")),
            increment_toll_words=_lowered_set((data.get("increments") or {}).get("toll_words")),
            increment_toll_right_after=_lowered_set((data.get("increments") or {}).get("toll_words_right_after")),
            claim_only_units=frozenset(str(u) for u in (data.get("claim_only_units") or {}).get("units") or []),
            claim_only_weight=float((data.get("claim_only_units") or {}).get("weight") or 0.0),
            nouns_after_only_units=frozenset(str(u) for u in (data.get("claim_only_units") or {}).get("nouns_after_only") or []),
            claim_nouns_after=_lowered_set((data.get("claim_only_units") or {}).get("nouns_after")),
            claim_nouns_before_gap=_lowered_set((data.get("claim_only_units") or {}).get("nouns_before_gap")),
            identified_of=_lowered_set((data.get("identified_counts") or {}).get("of")),
            identified_measure=(data.get("identified_counts") or {}).get("measure"),
            unidentified_measure=(data.get("identified_counts") or {}).get("negated"),
            identified_words=tuple(sorted(_lowered_set((data.get("identified_counts") or {}).get("words")),
                                          key=len, reverse=True)),
            breakdown_openers=_lower_longest_first(data.get("breakdown_openers") or []),
            severity_of={str(g).lower(): str(base) for base, grades in
                         ((data.get("severities") or {}).get("grades") or {}).items() for g in grades},
            severity_joiners=_lower_longest_first((data.get("severities") or {}).get("joiners") or []),
            one_spot=_one_spot_pattern(data.get("one_spot")),
            one_spot_openers=_lowered_set((data.get("one_spot") or {}).get("prepositions")),
            one_spot_happenings=_lower_longest_first((data.get("one_spot") or {}).get("happenings") or []),
            one_spot_glosses=_lower_longest_first((data.get("one_spot") or {}).get("glosses") or []),
            former_state_words=_lower_longest_first((data.get("former_states") or {}).get("words") or []),
            former_lasting_states=frozenset(str(w) for w in (data.get("former_states") or {}).get("lasting") or []),
            clause_breaks=tuple(str(s).lower() for s in data.get("clause_breaks") or []),
            own_clause_joiners=frozenset(str(s).lower() for s in data.get("own_clause_joiners") or []),
            contrast_words=tuple(str(s).lower() for s in data.get("contrast_words") or []),
            list_joiners=tuple(str(s).lower() for s in data.get("list_joiners") or []),
            state_clause_ends=tuple(str(s).lower() for s in data.get("state_clause_ends") or []),
            part_of_whole=_lower_longest_first(data.get("part_of_whole") or []),
            described_parts=_described_parts(data.get("described_parts")),
            people_parts=_people_parts(data.get("people_parts")),
            transliteration_folds=tuple(sorted(((str(k).lower(), str(v).lower())
                                                for k, v in (data.get("transliteration_folds") or {}).items()),
                                               key=lambda kv: -len(kv[0]))),
            transliterated_stem=float(data.get("transliterated_stem", 1.0)),
            place_prepositions=frozenset(str(s).lower() for s in data.get("place_prepositions") or []),
            place_locatives=tuple(sorted((str(s).lower() for s in data.get("place_locatives") or []),
                                         key=len, reverse=True)),
            place_heads=tuple(sorted({str(s) for s in [*(data.get("place_heads") or []), *data["place_words"],
                                                       *data["state_things"]] if str(s)[:1].isupper()},
                                     key=len, reverse=True)),
            institution_heads=tuple(sorted((str(s) for s in data.get("institution_heads") or []), key=len,
                                           reverse=True)),
            amount_measures=_amount_measure_words(data.get("amount_measures")),
            counted_things=_counted_thing_words(data.get("counted_things"), measures),
            age_measure=str(data["age_measure"]) if data.get("age_measure") else None,
            age_weight=float(data.get("age_weight") or 0.0),
            honorifics=frozenset(str(s).lower() for s in data.get("honorifics") or []),
            name_titles=frozenset(str(s).lower() for s in data.get("name_titles") or []),
            dropped_given_names=frozenset(str(s).lower() for s in data.get("dropped_given_names") or []),
            degree_suffixes=tuple(sorted({tuple(str(s).lower().split()) for s in data.get("degree_suffixes") or []},
                                         key=len, reverse=True)),
            carried_measure=_carried_measure_words(data.get("carried_measure")),
            state_counts=_state_count_words(data.get("state_counts"), measures),
            on_board=_on_board_words(data.get("on_board")),
            index_levels=_index_level_words(data.get("index_levels")),
            share_equivalence=_share_words(data.get("share_equivalence")),
            figure_day_words=_figure_day_words(data.get("figure_day_words")),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise LanguageDataError(f"reconcile.yaml: malformed ({exc})") from exc


@dataclass(frozen=True, slots=True)
class ExclusiveSlots:
    """``lang/<lang>/exclusive_slots.yaml``: slots whose values exclude each other (a legal
    status, a case stage), each value's surface forms, in the slot's natural order."""

    value_of: dict[str, tuple[str, str]]  # surface form -> (slot, value)
    rank: dict[tuple[str, str], int]  # (slot, value) -> its place in the slot's order
    unordered: frozenset[str]
    particles: tuple[str, ...]  # "tersangkanya": stripped once before a word is looked up
    min_shared: int
    min_overlap: float
    negation_reach: int
    actor_reach: dict[str, int] = field(default_factory=dict)  # slot -> words to a named actor
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # slot -> words that must come before
    cue_reach: dict[str, int] = field(default_factory=dict)
    # slot -> words that, at most two words before a value, make it no value of one actor
    # ("para petani": a job told of many)
    not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    # slots whose values count inside a direct quote too ("api berasal dari dapur," kata Kapolsek:
    # a detail of the event, whoever tells it)
    quoted: frozenset[str] = frozenset()
    # slots whose values run round in a circle with fuzzy edges (the parts of a day): two values
    # next to each other in the order, the last next to the first, agree ("dini hari" / "pagi",
    # "malam" / "dini hari": one hour may be told either way, or in another time zone)
    near_agree: frozenset[str] = frozenset()
    # slots whose values count written with a capital too: a compass heading is often capitalised
    # after its cue ("114 Km arah Timur Laut Tuban"), where a capital marks no name
    capitalised: frozenset[str] = frozenset()
    # slots whose actor is the name right after the value, up to a comma: a heading is taken from the place
    # named after it ("48 km tenggara Kabupaten Pangandaran, Jawa Barat": Pangandaran, not Jawa)
    actor_after: frozenset[str] = frozenset()
    slot_sizes: dict[str, int] = field(default_factory=dict)  # slot -> how many values it has

    # the first word of each form of two words or more: a phrase starting with any other word is
    # no form (a particle, stripped from the phrase's end, cannot reach its first word); None: no
    # such shortcut (every phrase length is looked up)
    multiword_starts: frozenset[str] | None = None
    longest_form: int = 1  # words in the longest surface form ("tidak ada yang selamat": 4)

    def agree(self, slot: str, a: str, b: str) -> bool:
        """Two values of a ``near_agree`` slot next to each other in its circle."""
        if slot not in self.near_agree:
            return False
        apart = abs(self.rank[(slot, a)] - self.rank[(slot, b)])
        return min(apart, self.slot_sizes[slot] - apart) <= 1

    def form_at(self, lower: Sequence[str], k: int) -> tuple[str, str, int] | None:
        """(slot, value, words) of the longest surface form starting at the lower-case word
        ``lower[k]``, or None."""
        widest = self.longest_form if self.multiword_starts is None or lower[k] in self.multiword_starts else 1
        for n in range(min(widest, len(lower) - k), 0, -1):
            found = self.value(" ".join(lower[k:k + n]))
            if found:
                return found[0], found[1], n
        return None

    def value(self, word: str) -> tuple[str, str] | None:
        """The (slot, value) a lower-case word gives, its particle stripped if need be."""
        found = self.value_of.get(word)
        if found:
            return found
        # (``endswith`` of the whole tuple first, one C call: asked of every word of a story's sentences,
        # most of which end with no particle)
        if not word.endswith(self.particles):
            return None
        for particle in self.particles:
            if word.endswith(particle) and len(word) > len(particle) + 3:
                return self.value_of.get(word[: -len(particle)])
        return None


@lru_cache(maxsize=4)
def exclusive_slots(language: str = "id") -> ExclusiveSlots:
    data = load_data("exclusive_slots", language)
    try:
        value_of: dict[str, tuple[str, str]] = {}
        rank: dict[tuple[str, str], int] = {}
        for slot, values in (data.get("slots") or {}).items():
            for k, (value, forms) in enumerate(values.items()):
                rank[(str(slot), str(value))] = k
                for form in forms:
                    value_of[" ".join(str(form).lower().split())] = (str(slot), str(value))
        try:
            particles = tuple(str(p) for p in load_data("stem_affixes", language).get("particles") or [])
        except LanguageDataError:  # a language without affix rules: words are looked up as written
            particles = ()
        rules = data.get("slot_rules") or {}
        starts = (frozenset(form.split(" ")[0] for form in value_of if " " in form)
                  if all(p and p.split() == [p] for p in particles) else None)
        return ExclusiveSlots(value_of=value_of, rank=rank, unordered=frozenset(data.get("unordered") or []),
                              particles=particles, min_shared=int(data["min_shared"]),
                              min_overlap=float(data["min_overlap"]), negation_reach=int(data["negation_reach"]),
                              actor_reach={str(k): int(v["actor_reach"]) for k, v in rules.items()
                                           if v.get("actor_reach")},
                              cues={str(k): frozenset(str(w).lower() for w in v["cues"]) for k, v in rules.items()
                                    if v.get("cues")},
                              cue_reach={str(k): int(v.get("cue_reach") or 1) for k, v in rules.items()
                                         if v.get("cues")},
                              not_after={str(k): frozenset(str(w).lower() for w in v["not_after"])
                                         for k, v in rules.items() if v.get("not_after")},
                              quoted=frozenset(str(k) for k, v in rules.items() if v.get("quoted")),
                              near_agree=frozenset(str(k) for k, v in rules.items() if v.get("near_agree")),
                              capitalised=frozenset(str(k) for k, v in rules.items() if v.get("capitalised")),
                              actor_after=frozenset(str(k) for k, v in rules.items() if v.get("actor_after")),
                              slot_sizes={str(slot): len(values) for slot, values in (data.get("slots") or {}).items()},
                              multiword_starts=starts,
                              longest_form=max((len(f.split()) for f in value_of), default=1))
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise LanguageDataError(f"exclusive_slots.yaml: malformed ({exc})") from exc


WORD_PATTERN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def words(text: str) -> list[str]:
    # ASCII text (most of it) is lower-cased once before the search: there lower() maps letter to
    # letter one for one, so the words found are the same; other text may change length or class
    # when lower-cased ("İ" is two characters, the second no letter), and is lowered word by word
    if text.isascii():
        return WORD_PATTERN.findall(text.lower())
    return [w.lower() for w in WORD_PATTERN.findall(text)]


def fold_synonyms(text: str, rw: ReconcileWords | None = None) -> list[str]:
    """Lower-case words of ``text`` with every near-synonym folded to its group's head word."""
    rw = rw or reconcile_words()
    low = " " + " ".join(words(text)) + " "
    for phrase in rw.synonym_phrases:
        if f" {phrase} " in low:
            low = low.replace(f" {phrase} ", f" {rw.synonym_of[phrase].replace(' ', '_')} ")
    return [rw.synonym_of.get(w, w) for w in low.split()]


def content_words(text: str, rw: ReconcileWords | None = None) -> list[str]:
    rw = rw or reconcile_words()
    return [w for w in fold_synonyms(text, rw) if w not in rw.stopwords and len(w) > 1]
