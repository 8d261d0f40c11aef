"""Quotes and who said them, in Indonesian news text.

Finds three kinds of reported speech, each as a ``Quote`` whose span is the reported words
(without the quote marks):

* direct: a quoted sentence or more, “…” or "…" (straight quotes paired by their context),
  ‘…’ when a speech verb is attached, a quote left open at the end of a paragraph, and its
  continuation when the next paragraph reopens it;
* partial: a quoted phrase inside a sentence whose speaker is the subject of a speech verb
  ("X mengatakan ... "target yang sah" ...", "yang menurut X "siap"");
* indirect: "X mengatakan (bahwa) ...", "Menurut X, ...", "..., kata X." without quote marks.

Speakers come from the cue next to the quote ("kata X", "ujarnya", "X menyebutkan: “…”").
A pronoun or -nya form ("katanya", "Dia kemudian menambahkan") points back to the person in
focus: the speaker of the last quote or the subject of a recent sentence, whichever came
last; a role word ("kata juru bicara itu") to the last person introduced with that role.
When the text does not say who speaks, the speaker stays None: a wrong name is worse than
none for a fact-checker.

A statement said jointly ("Kapolda Bali ... dan Bupati Badung ... kompak mengatakan", "kata
Ahmad dan Budi", "Ahmad, Budi dan Cici mengatakan", "A and B said") has the first named as its
speaker and the others in ``Quote.co_speakers``; a later "ujar keduanya" takes the same ones.
Only a coordination of named persons or bodies is joint: "Bupati Giri dan warga mengatakan"
keeps one speaker (a group without a name is nothing a checker can look up), a coordination
after "kepada" is the audience, and "dan" inside a role or a body's name ("Kementerian Energi
dan Sumber Daya Mineral", "Dinas Kelautan dan Perikanan (DKP)") joins no speakers.

Names come from the NER ``Mention`` list when given; where it has none (or is empty) a
fallback finds capitalised word runs and keeps their tail after role words and place or
organisation words ("Menteri Luar Negeri AS Anthony Blinken" -> "Anthony Blinken").
A fully lower-cased article (some archives keep only such copies) is read through a copy
with its capitals restored (``extract/recase.py``): same offsets, so spans and quote text stay
the article's own. Language knowledge lives in ``lang/id/speech_verbs.yaml``,
``lang/id/quote_patterns.yaml``, ``lang/id/role_abbreviations.yaml`` ("kata mentan") and, for a
body head's glued short form pointing back at the head written out ("Kalapas" after "Kepala
Lembaga Pemasyarakatan ..."), ``lang/id/roles.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Mapping, Sequence

from rapidfuzz.distance import Levenshtein

from ceksilang.extract.entities import (DATE_AFTER_CALENDAR_WORD, body_head_spelt_out, body_names_in, degrees_only,
                                        field_after_head, find_name_aliases, glued_body_length, load_gazetteer, load_name_types,
                                        load_role_abbreviations, load_role_words, lookup_alias, names_someone_else,
                                        another_name_word, no_name_word, one_word_rank, phrases_starting, portfolio_lists,
                                        rank_length, short_form_of, without_degrees)
from ceksilang.extract.numbers import number_words
from ceksilang.extract.recase import restore_case
from ceksilang.ingest.metadata import dateline_end
from ceksilang.lang.word_frequencies import load_word_frequencies
from ceksilang.lang import (LanguageDataError, SpeechVerbs, initials_cues, load_data, load_merged_data, load_speech_verbs,
                            pronoun_enclitics, without_pronoun_enclitic,
                            load_stopwords)
from ceksilang.model import CoSpeaker, Mention, Quote
from ceksilang.reconcile.words import reconcile_words
from ceksilang.text import (abbreviates, case_blind_key, is_abbreviation, is_short_form_of, looks_lowercased,
                            spells_person_name,
                            phrases_by_first_word, trie_regex,
                            split_sentences,
                            without_bracketed_abbreviation)

DOUBLE_MARKS = '"“”„«»'
SINGLE_MARKS = "'‘’"
# where the marks are in a line: found by ``re``, not by a Python test of every character
_DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_MARKS) + "]")
_SINGLE_MARK = re.compile("[" + re.escape(SINGLE_MARKS) + "]")
_OPENING_ONLY = "“„«‘"
_CLOSING_ONLY = "”»’"
_LEFT_BOUNDARY = "([{<—–-/:"
_RIGHT_BOUNDARY = ".,;:!?)]}>…—–-"
# a speech verb after a quote with no name after it, a comma or a full stop right after the verb
_NAME_DROPPED_AFTER_CUE = re.compile(r"[ \t]*[,.]")
_SENTENCE_END = ".!?…"
ROLE_DESCRIPTION_WORDS = 2  # lower-case words of a description before a name ("harbour master")

# Confidence of a speaker by how it was found (calibrated by hand on the gold sample).
CONF_NAMED_AFTER = 0.95  # "“…,” kata Guterres"
CONF_NAMED_BEFORE = 0.9  # "Austin menyatakan, “…”"
CONF_ORG = 0.85  # "kata Kementerian Pertahanan"
CONF_CHAIN = 0.8  # a paragraph continuing a quote left open
CONF_PRONOUN = 0.7  # "ujarnya", "Dia kemudian menambahkan:"
CONF_PRONOUN_FAR = 0.55  # the same, with the antecedent more than 3 sentences back
CONF_ROLE = 0.65  # "kata juru bicara itu"
CONF_ADJACENT = 0.5  # a quote with no cue right after the same person spoke
# sentences of narration (outside quotes) after the last speaker's words within which a quote with
# no cue, and no one else named since, is still theirs
_ADJACENT_NARRATION = 2
# ... and within which a quote with no cue that opens its paragraph's sentence still keeps the last speaker
# (``_far_speaker``) while no other person is named and no one else is made the subject: a run of quotes
# inside one chain of paragraphs, the writer's own lines between them
_FAR_NARRATION = 4
CONF_PARTIAL = 0.75
CONF_PARTIAL_SHARED = 0.6  # "Blinken dan Austin mengatakan ... "…"": the first subject
CONF_INDIRECT = 0.8

# Indonesian derived nouns (pe-/per-/ke- ... -an) and -kan/-nya words: a capitalised word of
# that shape opening a sentence is a common word ("Pernyataan Blinken ..."), not a first name.
# Verb prefixes (ber-, me-, di-) are left out: too many names start that way (Bernard, Dimas).
_AFFIXED = re.compile(r"^(?:(?:peng|peny|pem|pen|per|pe|ke)\w{2,}an|\w{3,}(?:kan|nya))$")
_DERIVED_NOUN = re.compile(r"^(?:peng|peny|pem|pen|per|pe|ke)\w{2,}an$")
_WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")
_LETTERS = re.compile(r"[^\W\d_]{2}")  # a word of two letters or more
_VERB_SHAPE = re.compile(r"^(?:me|ber|ter|di)[a-z]{3,}$")  # meN-, ber-, ter-, di- verb forms


# --------------------------------------------------------------------------- language data


# Languages whose speech data the quote finder merges: their words do not collide, and one
# finder then serves Indonesian articles, English ones, and English quotes inside Indonesian text.
QUOTE_LANGUAGES = ("id", "en")


def _merged_data(name: str) -> dict:
    """``lang/<code>/<name>.yaml`` of every language in QUOTE_LANGUAGES, lists joined."""
    return load_merged_data(name, QUOTE_LANGUAGES)


@dataclass(frozen=True, slots=True)
class QuotePatterns:
    """``lang/id/quote_patterns.yaml``: pronouns, roles and the words that bound a speaker."""

    pronouns_person: frozenset[str]
    pronouns_group: frozenset[str]
    roles: tuple[tuple[str, ...], ...]  # each role as lower-case tokens, longest first
    role_words: frozenset[str]
    role_aliases: dict[str, str]
    indefinite: frozenset[str]
    definite: frozenset[str]
    speaker_stop: frozenset[str]
    sentence_openers: frozenset[str]
    not_person_words: frozenset[str]  # includes role qualifiers and single-word gazetteer places
    role_joiners: frozenset[str] = frozenset()  # "sekaligus": joins two roles of one person
    narration_objects: frozenset[str] = frozenset()  # "pernyataan": "X menyampaikan pernyataan ..." is no quote
    narration_with_setting: frozenset[str] = frozenset()  # "hal": narration only as "hal itu saat ..."
    narration_settings: frozenset[str] = frozenset()  # "saat", "di": the setting of the act
    # "melalui": a person named after it with a role spoke for the name before it
    intermediary_words: frozenset[str] = frozenset()
    # "kejadian": narration only made definite and sent on ("melaporkan kejadian tersebut ke Polres")
    narration_with_recipient: frozenset[str] = frozenset()
    narration_recipients: frozenset[str] = frozenset()  # "ke", "kepada"
    calendar_words: frozenset[str] = frozenset()  # month and weekday names: never a speaker
    speech_adverbs: frozenset[str] = frozenset()  # "kembali", "pun": between a speaker and the verb
    copulas: frozenset[str] = frozenset()  # "adalah": a sentence that describes its subject
    body_nouns: frozenset[str] = frozenset()  # "lembaga": "lembaga ini" is a body named before
    person_nouns: frozenset[str] = frozenset()  # "perwira": "perwira itu" is a person named before
    occupation_nouns: frozenset[str] = frozenset()  # "psikolog": "kata psikolog Danira Alamsyah" is Danira
    apposition_openers: frozenset[str] = frozenset()  # "selaku": "Abed, selaku manager mengatakan" is Abed
    # "me", "ber", "di": the shape of a verb that, closing the sentence right after a quote closed on a
    # comma and a name, attributes it though no list holds it ('“...,” Fajar mempertegas.')
    shaped_cue_prefixes: tuple[str, ...] = ()
    shaped_cue_min_letters: int = 0
    # "kepada", "saat", "di": words after such a verb that end its clause (it has no object of its own)
    shaped_cue_followers: frozenset[str] = frozenset()
    body_voice_nouns: frozenset[str] = frozenset()  # "pihak": "terang pihak KJRI" is KJRI
    institution_nouns: frozenset[str] = frozenset()  # "polisi": "polisi mengatakan" speaks as itself
    institution_qualifiers: frozenset[str] = frozenset()  # "setempat": "kepolisian setempat"
    party_words: frozenset[str] = frozenset()  # "pihak": "pihak bank" is the bank named before
    # "polisi" -> ("polda", ...): the bodies an institution noun stands for, by their opening words
    institution_bodies: dict[str, tuple[tuple[str, ...], ...]] | None = None
    source_nouns: frozenset[str] = frozenset()  # "laporan": "ungkap laporan Al Jazeera" is Al Jazeera
    source_platforms: frozenset[str] = frozenset()  # "instagram": "mengutip Instagram Kemenkes" is Kemenkes
    manner_openers: frozenset[str] = frozenset()  # "secara": ", secara tegas menyatakan" is no subject
    existentials: frozenset[str] = frozenset()  # "ada": "ada Daniya Sabirova, warga Rusia ..." brings her in
    subordinators: frozenset[str] = frozenset()  # "setelah": "... setelah X mengatakan bahwa ..." is X's report
    coordinators: frozenset[str] = frozenset()  # "dan", "serta", "and": "A dan B mengatakan" speak jointly
    full_or_short_joiners: frozenset[str] = frozenset()  # "atau": "Kartika Yudia Ramlan atau Tika"
    pronouns_joint: frozenset[str] = frozenset()  # "keduanya": the speakers of the last joint statement
    locatives: frozenset[str] = frozenset()  # "di": "kata Mensos di Kantornya": a place follows, not a person
    # "Pada kesempatan yang sama,": a phrase that opens a sentence, set off by a comma, and names
    # no one: not counted among the words before a speech verb
    discourse_openers: frozenset[str] = frozenset()
    # "yang juga", "dan", "selaku": lower-case words inside a long title before a name ("Menteri ...
    # (Menko Polhukam) yang juga Ketua Kompolnas Mahfud MD mengatakan ...")
    title_joiners: frozenset[str] = frozenset()
    # "sang": "lanjut sang perdana menteri" is the person introduced before with that role
    role_articles: frozenset[str] = frozenset()
    # "angkat bicara": a predicate that says its subject speaks, with no words of its own
    speech_acts: tuple[tuple[str, ...], ...] = ()
    # "muncul dari", "datang dari": a reaction coming from the person named after it, who speaks next
    voice_sources: tuple[tuple[str, ...], ...] = ()
    # "namun", "selain itu": connectives that open a sentence with no comma before a cue set off
    # by a comma ("Namun menurutnya, ...", "Selain itu lanjut Enggar, ...")
    connective_openers: tuple[tuple[str, ...], ...] = ()
    # the same by their first word, in that order: a sentence's first word picks the few to try
    connective_openers_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=dict, hash=False, compare=False)
    # "demikian": a word between a closing mark and its cue (",” demikian tulis akun tersebut"),
    # or before the statement that carries the words (",” demikian pernyataan Kemlu Israel")
    cue_preludes: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()  # "dan", "namun", "yang": join clauses, never a speaker
    name_connectors: frozenset[str] = frozenset()  # "of", "the": inside a body's capitalised name
    name_particles: frozenset[str] = frozenset()  # "bin", "von": inside a person's name
    role_name_joiners: frozenset[str] = frozenset()  # "dan": "Distribusi dan Jasa" inside a role
    person_body_heads: frozenset[str] = frozenset()  # "pemerintah": "Pemerintah Trump" is a body
    relative_pronouns: frozenset[str] = frozenset()  # "yang": "Forbes, yang mengatakan ..."

    # "untuk": "dengan tujuan untuk mengklarifikasi ...": the speech verb after it is an aim, not a report
    purpose_markers: frozenset[str] = frozenset()
    # "dia": a quote that speaks of someone in the third person is not that someone's
    pronouns_third: frozenset[str] = frozenset()
    # "tidak": "X tidak mengakui ...": the speech verb after it reports no words
    speech_negations: frozenset[str] = frozenset()
    # "tersangka", "pelaku": nouns for one party of a case, each group one party; a quote by the
    # noun alone is by the one person the article names for that party ("tersangka RR")
    case_parties: tuple[frozenset[str], ...] = ()
    titled_role_nouns: frozenset[str] = frozenset()  # "ujar hakim": the one judge named "hakim X"
    titled_role_modifiers: frozenset[str] = frozenset()  # "majelis hakim", "ketua majelis hakim"
    party_naming_words: frozenset[str] = frozenset()  # "berinisial", "bernama": a name follows
    party_reach: int = 5  # words between a party noun and the naming word
    # "warga", "pria": a capitals-only short span right after one is a person's initials ("warga AS")
    initials_person_words: frozenset[str] = frozenset()
    initials_nickname_words: frozenset[str] = frozenset()  # "sapaan": "KDM - sapaan akrab Gubernur"
    initials_max_letters: int = 4  # "DUL", "KDM": longer capitals-only words are read as acronyms
    # "k" of "Kang": "KDM" is Kang Dedi Mulyadi's initials
    initials_address_letters: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()  # "petugas": "Petugas Polsek Berbah" is Polsek Berbah
    pronouns_first: frozenset[str] = frozenset()  # "saya", "kita": a paragraph that speaks in the first person
    # "didampingi": the people named after it stood beside the speaker ("Kapolres didampingi Kasat Reskrim
    # AKP X menjelaskan"), none of them the subject
    companion_words: frozenset[str] = frozenset()
    admission_verbs: frozenset[str] = frozenset()  # "mengakui": with a deed as its object it reports no words
    deed_objects: frozenset[str] = frozenset()  # "perbuatannya": "X mengakui perbuatannya" admits a deed
    deed_followers: frozenset[str] = frozenset()  # "dan", "kepada": after a deed, no clause goes on
    academic_titles: frozenset[str] = frozenset()  # "dr", "prof": written before a name, not part of it
    name_articles: frozenset[str] = frozenset()  # English "the": ",” the DGCA said" names the DGCA
    group_nouns: frozenset[str] = frozenset()  # English "officials": "Health officials said" is a group, no "Health"
    indefinite_articles: frozenset[str] = frozenset()  # English "a": ",” a police source said" names no one
    indefinite_one: frozenset[str] = frozenset()  # "seorang", "salah (satu)": one person described, maybe then named
    possessive_determiners: frozenset[str] = frozenset()  # English "whose", "his": "whose wife" is someone else
    # English "he" -> "male", "she" -> "female": the gender a pronoun cue gives its speaker
    pronoun_genders: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    # "his", "her", "him", ... -> gender: read after a name to tell the person's gender
    gendered_pronouns: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    # "mrs", "spokeswoman", "father", ... -> gender: titles and nouns naming a person's gender
    gendered_words: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)


_PATTERN_LISTS = ("pronouns_person", "pronouns_group", "roles", "indefinite", "definite",
                  "speaker_stop", "sentence_openers", "not_person_words", "role_qualifiers")


def _gazetteer_words() -> set[str]:
    """Single-word place and organisation names of the NER gazetteer, when it is there.

    Only used to tell a place from a person in the fallback name finder, so a missing or
    reshaped gazetteer costs precision, never an exception.
    """
    try:
        data = load_data("gazetteer")
    except (LanguageDataError, OSError):
        return set()
    words: set[str] = set()
    if not isinstance(data, dict):
        return words
    for section, entries in data.items():
        if section == "people" or not isinstance(entries, list):
            continue
        for entry in entries:
            names: list[Any] = []
            if isinstance(entry, list):
                names = entry
            elif isinstance(entry, dict):
                names = [entry.get("name"), *(entry.get("aliases") or [])]
            for name in names:
                if isinstance(name, str) and " " not in name.strip():
                    words.add(name.strip().lower())
    return words


@lru_cache(maxsize=1)
def load_quote_patterns() -> QuotePatterns:
    data = _merged_data("quote_patterns")
    missing = [k for k in _PATTERN_LISTS if not isinstance(data.get(k), list)]
    if missing or not isinstance(data.get("role_aliases"), dict):
        raise LanguageDataError(f"quote_patterns.yaml lacks {missing or ['role_aliases']}")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    role_aliases = {str(k).lower(): str(v).lower() for k, v in data["role_aliases"].items()}
    role_aliases.update(load_role_abbreviations())
    roles = sorted({tuple(str(r).lower().split()) for r in [*data["roles"], *role_aliases]}, key=len, reverse=True)
    return QuotePatterns(
        pronouns_person=words("pronouns_person"),
        pronouns_group=words("pronouns_group"),
        roles=tuple(roles),
        role_words=frozenset(w for r in roles for w in r),
        role_aliases=role_aliases,
        indefinite=words("indefinite"),
        definite=words("definite"),
        speaker_stop=words("speaker_stop"),
        sentence_openers=words("sentence_openers"),
        not_person_words=words("not_person_words") | words("role_qualifiers") | _gazetteer_words(),
        role_joiners=frozenset(str(w).lower() for w in data.get("role_joiners") or []),
        narration_objects=frozenset(str(w).lower() for w in data.get("narration_objects") or []),
        narration_with_setting=frozenset(str(w).lower() for w in data.get("narration_objects_with_setting") or []),
        narration_settings=frozenset(str(w).lower() for w in data.get("narration_settings") or []),
        intermediary_words=frozenset(str(w).lower() for w in data.get("intermediary_words") or []),
        narration_with_recipient=frozenset(str(w).lower() for w in data.get("narration_objects_with_recipient") or []),
        narration_recipients=frozenset(str(w).lower() for w in data.get("narration_recipients") or []),
        calendar_words=_calendar_words(),
        speech_adverbs=frozenset(str(w).lower() for w in data.get("speech_adverbs") or []),
        copulas=frozenset(str(w).lower() for w in data.get("copulas") or []),
        body_nouns=frozenset(str(w).lower() for w in data.get("body_nouns") or []),
        person_nouns=frozenset(str(w).lower() for w in data.get("person_nouns") or []),
        occupation_nouns=frozenset(str(w).lower() for w in data.get("occupation_nouns") or []),
        apposition_openers=frozenset(str(w).lower() for w in data.get("apposition_openers") or []),
        shaped_cue_prefixes=tuple(str(w).lower() for w in data.get("shaped_cue_prefixes") or []),
        shaped_cue_min_letters=int(data.get("shaped_cue_min_letters") or 0),
        shaped_cue_followers=frozenset(str(w).lower() for w in data.get("shaped_cue_followers") or []),
        body_voice_nouns=frozenset(str(w).lower() for w in data.get("body_voice_nouns") or []),
        institution_nouns=frozenset(str(w).lower() for w in data.get("institution_nouns") or []),
        institution_qualifiers=frozenset(str(w).lower() for w in data.get("institution_qualifiers") or []),
        party_words=frozenset(str(w).lower() for w in data.get("party_words") or []),
        institution_bodies={str(noun).lower(): tuple(tuple(str(h).lower().split()) for h in heads or [])
                            for noun, heads in (data.get("institution_bodies") or {}).items()},
        source_nouns=frozenset(str(w).lower() for w in data.get("source_nouns") or []),
        source_platforms=frozenset(str(w).lower() for w in data.get("source_platforms") or []),
        manner_openers=frozenset(str(w).lower() for w in data.get("manner_openers") or []),
        existentials=frozenset(str(w).lower() for w in data.get("existentials") or []),
        subordinators=frozenset(str(w).lower() for w in data.get("subordinators") or []),
        coordinators=frozenset(str(w).lower() for w in data.get("coordinators") or []),
        full_or_short_joiners=frozenset(str(w).lower() for w in data.get("full_or_short_joiners") or []),
        pronouns_joint=frozenset(str(w).lower() for w in data.get("pronouns_joint") or []),
        locatives=frozenset(str(w).lower() for w in data.get("locatives") or []),
        discourse_openers=frozenset(" ".join(str(w).lower().split()) for w in data.get("discourse_openers") or []),
        title_joiners=frozenset(str(w).lower() for w in data.get("title_joiners") or []),
        role_articles=frozenset(str(w).lower() for w in data.get("role_articles") or []),
        speech_acts=tuple(tuple(str(w).lower().split()) for w in data.get("speech_acts") or []),
        voice_sources=tuple(tuple(str(w).lower().split()) for w in data.get("voice_sources") or []),
        connective_openers=tuple(sorted({tuple(str(w).lower().split()) for w in data.get("connective_openers") or []},
                                        key=len, reverse=True)),
        connective_openers_by_first=phrases_by_first_word(sorted(
            {tuple(str(w).lower().split()) for w in data.get("connective_openers") or []}, key=len, reverse=True)),
        cue_preludes=frozenset(str(w).lower() for w in data.get("cue_preludes") or []),
        conjunctions=frozenset(str(w).lower() for w in data.get("conjunctions") or []),
        name_connectors=frozenset(str(w).lower() for w in data.get("name_connectors") or []),
        name_particles=frozenset(str(w).lower() for w in data.get("name_particles") or []),
        role_name_joiners=frozenset(str(w).lower() for w in data.get("role_name_joiners") or []),
        person_body_heads=frozenset(str(w).lower() for w in data.get("person_body_heads") or []),
        relative_pronouns=frozenset(str(w).lower() for w in data.get("relative_pronouns") or []),

        purpose_markers=frozenset(str(w).lower() for w in data.get("purpose_markers") or []),
        pronouns_third=frozenset(str(w).lower() for w in data.get("pronouns_third") or []),
        speech_negations=frozenset(str(w).lower() for w in data.get("speech_negations") or []),
        titled_role_nouns=frozenset(str(w).lower() for w in data.get("titled_role_nouns") or []),
        titled_role_modifiers=frozenset(str(w).lower() for w in data.get("titled_role_modifiers") or []),
        case_parties=tuple(frozenset(str(w).lower() for w in group) for group in data.get("case_parties") or []),
        party_naming_words=frozenset(str(w).lower() for w in data.get("party_naming_words") or []) | initials_cues(),
        party_reach=int(data.get("party_reach") or 5),
        initials_person_words=frozenset(str(w).lower() for w in data.get("initials_person_words") or []),
        initials_nickname_words=frozenset(str(w).lower() for w in data.get("initials_nickname_words") or []),
        initials_max_letters=int(data.get("initials_max_letters") or 4),
        initials_address_letters=frozenset(str(w).lower()[:1] for w in data.get("initials_address_words") or []),
        member_nouns=frozenset(str(w).lower() for w in data.get("member_nouns") or []),
        pronouns_first=frozenset(str(w).lower() for w in data.get("pronouns_first") or []),
        companion_words=frozenset(str(w).lower() for w in data.get("companion_words") or []),
        admission_verbs=frozenset(str(w).lower() for w in data.get("admission_verbs") or []),
        deed_objects=frozenset(str(w).lower() for w in data.get("deed_objects") or []),
        deed_followers=frozenset(str(w).lower() for w in data.get("deed_followers") or []),
        academic_titles=frozenset(str(w).lower() for w in data.get("academic_titles") or []),
        name_articles=frozenset(str(w).lower() for w in data.get("name_articles") or []),
        group_nouns=frozenset(str(w).lower() for w in data.get("group_nouns") or []),
        indefinite_articles=frozenset(str(w).lower() for w in data.get("indefinite_articles") or []),
        indefinite_one=frozenset(str(w).lower() for w in data.get("indefinite_one") or []),
        possessive_determiners=frozenset(str(w).lower() for w in data.get("possessive_determiners") or []),
        pronoun_genders=_gender_map(data.get("pronoun_genders")),
        gendered_pronouns=_gender_map(data.get("gendered_pronouns")),
        gendered_words=_gender_map(data.get("gendered_words")),
    )


def _gender_map(data: Any) -> dict[str, str]:
    """A ``{gender: [words]}`` section of quote_patterns.yaml as word -> gender, lower case."""
    return {str(w).lower(): str(gender) for gender, ws in (data or {}).items() for w in ws or []}


def _calendar_words() -> frozenset[str]:
    """Month names (full spellings) and weekday names of ``timex.yaml``, lower case."""
    try:
        data = load_data("timex")
    except (LanguageDataError, OSError):
        return frozenset()
    words: set[str] = set()
    for key in ("months", "weekdays"):
        for spellings in (data.get(key) or {}).values():
            words |= {str(w).lower() for w in spellings if len(str(w)) >= 4 or key == "weekdays"}
    return frozenset(words)


_SPEAKER_PARTS = re.compile(r"[\s\-–/]+")


def not_a_speaker(name: str, pat: QuotePatterns) -> bool:
    """A date, a month range or a number ("Januari-Maret", "Senin", "2025") names nobody."""
    parts = [p for p in _SPEAKER_PARTS.split(name.lower()) if p]
    return bool(parts) and all(p in pat.calendar_words or p.isdigit() for p in parts)


# --------------------------------------------------------------------------- quote marks


@dataclass(slots=True)
class _Marked:
    """A span between quote marks (or from an opening mark to the end of its paragraph)."""

    open: int | None  # offset of the opening mark; None for a continuation without one
    start: int
    end: int
    close: int | None  # offset of the closing mark; None when left open
    single: bool = False
    continues: bool = False  # reopens a quote left open at the end of the previous paragraph
    continued: bool = False  # left open, and the next paragraph reopens it


def _orientation(text: str, i: int, line_start: int, line_end: int) -> str:
    """"open", "close" or "either" for the quote mark at ``i``, from what stands beside it."""
    left = text[i - 1] if i > line_start else ""
    right = text[i + 1] if i + 1 < line_end else ""
    left_free = left == "" or left.isspace() or left in _LEFT_BOUNDARY or left in DOUBLE_MARKS
    right_free = right == "" or right.isspace() or right in _RIGHT_BOUNDARY
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    ch = text[i]
    if ch in _OPENING_ONLY:
        return "open"
    if ch in _CLOSING_ONLY:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        s, e = pos, pos + len(line)
        pos = e
        while e > s and text[e - 1] in "\r\n":
            e -= 1
        spans.append((s, e))
    return spans


def _opening_mark_lost(text: str, ls: int, i: int, le: int) -> bool:
    """“Kita lagi standby di pos, ..., kita melakukan evakuasi," ucap Hotdiaman.”: a paragraph
    whose only double mark closes a sentence and is followed by its cue and speaker alone
    (", ucap X.") lost its opening mark: the quote runs from the paragraph's start."""
    if _DOUBLE_MARK.search(text, i + 1, le) or text[i - 1:i] not in (",", ".", "!", "?") or le - i > 80:
        return False
    cue = re.match(r"\s*([a-z]+)\b[^.!?\n]*[.!?]?\s*$", text[i + 1:le])
    verbs = load_speech_verbs(QUOTE_LANGUAGES)
    if cue is None or verbs.cue(cue.group(1)) is None or len(text[ls:i].split()) < 6:
        return False
    # the paragraph speaks in the first person and reports no one's speech itself: narration
    # ("Dalam sambutannya, X menyampaikan bahwa ...") that lost a mark somewhere inside is no quote
    said = [w.lower() for w in _WORD.findall(text, ls, i)]
    pat = load_quote_patterns()
    return any(w in pat.pronouns_first for w in said) \
        and not any(w in verbs.prefixed or w in verbs.according_to or verbs.cue(w) is not None for w in said)


def _double_quoted(text: str) -> list[_Marked]:
    found: list[_Marked] = []
    open_before = False  # the previous non-empty paragraph ended inside a quote
    for ls, le in _lines(text):
        if not text[ls:le].strip():
            continue
        first_here = len(found)
        opened: int | None = None
        first_mark = True
        for mark in _DOUBLE_MARK.finditer(text, ls, le):
            i = mark.start()
            side = _orientation(text, i, ls, le)
            if opened is None:
                if side == "close":
                    if first_mark and (open_before or _opening_mark_lost(text, ls, i, le)):
                        # the quote runs on from the last paragraph, or its opening mark was lost
                        s, e = _trimmed(text, ls, i)
                        if s < e:
                            found.append(_Marked(None, s, e, i))
                else:
                    opened = i
            else:
                before = text[opened + 1:i].rstrip()
                if side == "open" and before and before[-1] in _SENTENCE_END:
                    # a new quote opens: the one before was left open at its sentence end
                    s, e = _trimmed(text, opened + 1, opened + 1 + len(before))
                    if s < e:
                        found.append(_Marked(opened, s, e, None))
                    opened = i
                else:
                    s, e = _trimmed(text, opened + 1, i)
                    if s < e:
                        found.append(_Marked(opened, s, e, i))
                    opened = None
            first_mark = False
        reopens = text[ls:le].lstrip()[:1] in DOUBLE_MARKS
        if open_before and first_here > 0 and len(found) > first_here:
            head = found[first_here]
            if head.open is None or (reopens and head.open == ls + len(text[ls:le]) - len(text[ls:le].lstrip())):
                head.continues = True
                found[first_here - 1].continued = True
        open_before = False
        if opened is not None:
            s, e = _trimmed(text, opened + 1, le)
            if s < e:
                found.append(_Marked(opened, s, e, None))
                open_before = True
    return found


def _single_quoted(text: str, taken: list[tuple[int, int]]) -> list[_Marked]:
    """‘…’ / '…' spans on one line; apostrophes inside words (Jum'at) are not marks."""
    found: list[_Marked] = []
    for ls, le in _lines(text):
        opened: int | None = None
        for mark in _SINGLE_MARK.finditer(text, ls, le):
            i, ch = mark.start(), mark.group()
            left = text[i - 1] if i > ls else " "
            right = text[i + 1] if i + 1 < le else " "
            if left.isalnum() and right.isalnum():
                continue  # an apostrophe
            side = _orientation(text, i, ls, le)
            if opened is None and side in ("open", "either") and ch != "’":
                opened = i
            elif opened is not None and side in ("close", "either") and ch != "‘":
                s, e = _trimmed(text, opened + 1, i)
                if s < e and not any(a <= opened < b for a, b in taken):
                    found.append(_Marked(opened, s, e, i, single=True))
                opened = None
    return found


# --------------------------------------------------------------------------- names


@dataclass(slots=True)
class _Name:
    start: int
    end: int
    text: str
    person: bool
    role: str | None = None  # the title the entity annotator attached to the mention
    place: bool = False  # a GPE / LOC mention
    # an authority the text names only by a noun ("polisi", "pihak bank"): it speaks, but a later
    # "ujarnya" goes on with the person who had been speaking
    in_passing: bool = False
    noun: bool = False  # in passing, named by a common noun ("polisi"): in focus when no one else talks
    tagged: bool = False  # a person the entity model tagged, not one the fallback finder read off capitals


def _end_before_open_bracket(text: str, start: int, end: int) -> int:
    """``end``, or where the words before a bracket end when text[start:end] stops inside it:
    "Majelis Ulama Indonesia (MUI) menegaskan" gives words up to "MUI", and the bracket that
    holds the body's short form is no part of its name."""
    if text.count("(", start, end) <= text.count(")", start, end):
        return end
    return start + len(text[start:text.rindex("(", start, end)].rstrip())


@dataclass(slots=True)
class _Words:
    """The document's words with offsets, for lookups by position."""

    starts: list[int]
    ends: list[int]
    texts: list[str]

    def between(self, start: int, end: int) -> range:
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))


def _words(text: str) -> _Words:
    matches = list(_WORD.finditer(text))
    return _Words([m.start() for m in matches], [m.end() for m in matches], [m.group() for m in matches])


# initials standing for a person's name ("RR", "AAP"): two to four capitals
_INITIALS = re.compile(r"[A-Z]{2,4}")


def _either(words: frozenset[str]) -> str:
    """An alternation of ``words`` for a regular expression, longest first (none: never matches)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=4)
def _capitalised_run_end(joiners: frozenset[str]) -> re.Pattern[str]:
    """The capitalised words right before a position ("Menteri Dalam Negeri " before
    "(Mendagri)"), across ``joiners`` (quote_patterns.yaml role_name_joiners: "dan", "&")."""
    return re.compile(rf"(?:(?:[A-Z][\w\-]*|{_either(joiners)})\s+)*[A-Z][\w\-]*\s*$")


@lru_cache(maxsize=4)
def _listed_next(coordinators: frozenset[str]) -> re.Pattern[str]:
    """More names listed right after one, after a comma or one of ``coordinators``
    (quote_patterns.yaml): "AAP (22), KR (18), dan QAC", "RR dan AS"."""
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?\s*(?:,|{_either(coordinators)})\s+[A-Z]")


# a capitalised run, a bracketed short form, then capitalised words only: "Dinas Ketenagakerjaan dan
# Transmigrasi (Disnakertrans) DIY" (the run's own words are checked by ``body_with_joiner``)
_JOINED_BODY = re.compile(r"([A-Z][^\s()]*(?:\s+[^\s()]+)+?)\s*\(([^()\s]+)\)((?:\s+[A-Z][^\s()]*)*)")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _sentence_initial(text: str, pos: int) -> bool:
    """True when only quote marks, brackets or a bullet stand between ``pos`` and a sentence end."""
    i = pos - 1
    dash = False
    while i >= 0 and (text[i] in " \t" or text[i] in DOUBLE_MARKS or text[i] in SINGLE_MARKS or text[i] in "(-–—•"):
        dash = dash or text[i] in "-–—"
        i -= 1
    if dash and i >= 2 and text[i].isupper():
        # "TIMES JOGJA, YOGYAKARTA – Fenomena kemarau ...": the body opens after a dateline in capitals
        token = re.search(r"\S+$", text[max(0, i - 40):i + 1])
        if token and len(token.group()) >= 3 and token.group().isupper() and token.group().isalpha():
            return True
    return i < 0 or text[i] in "\r\n" or text[i] in _SENTENCE_END or text[i] == ":"


def _fallback_names(text: str, words: _Words, pat: QuotePatterns, speech_verbs: SpeechVerbs) -> list[_Name]:
    """Capitalised word runs, split into a person-like tail and the role/place part before it."""
    n = len(words.texts)
    # whether each word is capitalised, asked once a word: the loop below asks it again of each
    # word and of the one or two after it (half a million calls over the bench's 2,000 texts)
    caps = [w[:1].isupper() for w in words.texts]
    # only a capitalised word's place is ever asked about
    initial = [cap and _sentence_initial(text, s) for cap, s in zip(caps, words.starts)]
    mid_count = Counter(w for w, ini, cap in zip(words.texts, initial, caps) if not ini and cap)
    lower_count = Counter(w for w in words.texts if w[:1].islower())
    # a word the text writes in lower case more often than capitalised inside a sentence ("harga
    # minyak"; "Jakarta -Harga" where a space was lost) is a common word that opens a sentence
    mid_caps = {w for w, c in mid_count.items() if c > lower_count[w.lower()]}
    organisation_first = load_name_types().organisation_first_words
    organisation_last = load_name_types().organisation_last_words
    names: list[_Name] = []
    i = 0
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i
        org_run = False  # "Institute for Development of Economics": an organisation, not a person
        while j + 1 < n:
            gap = text[words.ends[j]:words.starts[j + 1]]
            if gap not in (" ", "  "):
                break
            nxt = words.texts[j + 1]
            if nxt.lower() in pat.pronouns_person:
                # "... bagi Karyawan Ter-PHK Dia mengatakan": a pronoun is never part of a name; a
                # flattened headline ("Baca Juga: ...") ran into the sentence it opens
                break
            if caps[j + 1] and nxt.lower() in pat.calendar_words \
                    and DATE_AFTER_CALENDAR_WORD.match(text, words.ends[j + 1]):
                # "ungkap Direktur Utama PSS, Gusti Randa Selasa (17/6/2025)": the comma before
                # the day was left out; the day and its date name nobody
                break
            if caps[j + 1]:
                j += 1
            elif (nxt.lower() in pat.name_particles or nxt in pat.name_connectors) and j + 2 < n \
                    and caps[j + 2] and text[words.ends[j + 1]:words.starts[j + 2]] == " ":
                if nxt in pat.name_connectors:
                    org_run = True
                j += 2
            else:
                break
        run_start = i
        if initial[i]:
            w = words.texts[i]
            low = w.lower()
            known = low in pat.not_person_words or low in pat.role_words
            followed_by_verb = j + 1 < n and words.texts[j + 1].lower() in speech_verbs.prefixed
            # "Aris, seorang pedagang buah ...": a lone word set off by the apposition that
            # introduces someone is their name
            followed_by_verb = followed_by_verb or (
                i == j and j + 1 < n and text[words.ends[j]:words.starts[j + 1]] == ", "
                and words.texts[j + 1].lower() in pat.indefinite)
            if low in pat.sentence_openers or (not known and (
                    _AFFIXED.match(low)
                    or (i == j and w not in mid_caps and not followed_by_verb))):
                run_start = i + 1  # a capitalised common word, not part of a name
                while run_start <= j and words.texts[run_start].lower() in pat.sentence_openers:
                    run_start += 1  # "Baca Juga: ...": two openers in a row, neither a name
        # "Densus 88", "Inpari 32", "Snapdragon 439": a capitalised run with a number after it names
        # a unit, a product or a model, never a person
        numbered = j + 1 < n and words.texts[j + 1][:1].isdigit() and text[words.ends[j]:words.starts[j + 1]] == " "
        if run_start <= j:
            tail = j + 1
            while not org_run and not numbered and tail - 1 >= run_start and _person_like(words.texts[tail - 1], pat) \
                    and not (tail - 2 >= run_start and words.texts[tail - 2].lower() in organisation_first) \
                    and words.texts[tail - 1].lower() not in organisation_last:
                # "Perum Bulog Ahmad Rizal": the word after "Perum" names the organisation;
                # "PT TRFX Garuda Berjangka Ibrahim Assuaibi": a company's last word ends it
                tail -= 1
            if tail > run_start:
                names.append(_Name(words.starts[run_start], words.ends[tail - 1],
                                   text[words.starts[run_start]:words.ends[tail - 1]], False))
            # "Direktur Operasional dan Pelayanan Publik ...": one word after a role and before
            # "dan" and more capitals is the role's field, not a person
            role_field = tail == j and tail > run_start and words.texts[tail - 1].lower() in pat.role_words \
                and j + 2 < n and words.texts[j + 1] in pat.role_name_joiners and caps[j + 2]
            # "kata Mensos di Kantornya": one capitalised word after a locative preposition is where
            located = tail == j and tail > 0 and words.texts[tail - 1].lower() in pat.locatives
            if tail <= j and not role_field:
                names.append(_Name(words.starts[tail], words.ends[j], text[words.starts[tail]:words.ends[j]],
                                   not located))
        i = j + 1
    return names


_NYA_BEFORE = re.compile(r"nya\s*,?\s*$")


@lru_cache(maxsize=256)
def _relational_nya(head: tuple[str, ...]) -> re.Pattern[str]:
    """"juru bicaranya," at the end of the text before a name (``head``: the role's words)."""
    return re.compile(r"\b" + re.escape(" ".join(head)) + r"nya\s*,?\s*$")


def _dateline(before: str) -> bool:
    """"JAKARTA-", "SAMARINDA -": a place in capitals opening the line, cut from what follows."""
    line = before.rsplit("\n", 1)[-1].strip()
    return bool(line) and line.isupper() and len(line) <= 40


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines in title case with no final full stop (headlines, intertitles)."""
    spans = []
    for s, e in _lines(text):
        line = text[s:e]
        ws = line.split()
        if len(ws) >= 4 and not line.rstrip().endswith((".", "”", '"')):
            caps = sum(1 for w in ws if w[:1].isupper() or not w[:1].isalpha())
            if caps / len(ws) >= 0.7:
                spans.append((s, e))
    return spans


# _person_like's answers by word, for the patterns and ranks they were given with (both loaded
# once): the name finders ask it of every capitalised word they weigh, the same words over and
# over (30,000 calls over the bench's 2,000 texts)
_PERSON_LIKE: dict[str, bool] = {}
_PERSON_LIKE_OF: list[object] = [None, None]
_PERSON_LIKE_MAX = 200_000


def _person_like(word: str, pat: QuotePatterns) -> bool:
    ranks = load_role_words().ranks
    if _PERSON_LIKE_OF[0] is not pat or _PERSON_LIKE_OF[1] is not ranks or len(_PERSON_LIKE) > _PERSON_LIKE_MAX:
        _PERSON_LIKE.clear()
        _PERSON_LIKE_OF[:] = [pat, ranks]
    known = _PERSON_LIKE.get(word)
    if known is None:
        known = _PERSON_LIKE[word] = _person_like_uncached(word, pat, ranks)
    return known


def _person_like_uncached(word: str, pat: QuotePatterns, ranks: Sequence[tuple[str, ...]]) -> bool:
    if len(word) > 1 and word.isupper():
        return False  # an acronym: AS, PBB, BPS
    if any(c.isdigit() for c in word) or not_a_speaker(word, pat):
        return False
    low = word.lower()
    if len(low) >= 8 and _DERIVED_NOUN.match(low):
        return False  # "Direktur Pengaturan Perizinan ...": a pe-/ke- ... -an noun names a field, not a person
    if one_word_rank(low, ranks):
        return False  # "Kanit Resmob Polres X Ipda Arief ...": a rank ends the unit's words; the name follows it
    # "Polisi mengatakan": an authority named by its noun speaks as a body, not as a person
    return low not in pat.not_person_words and low not in pat.role_words and low not in pat.institution_nouns


# a run of capitalised words and the short form in brackets after it: "Dinas Kesehatan (Diskes)"
_NAME_THEN_SHORT = re.compile(r"((?:[A-Z][\w&\-]*\s+){0,5}[A-Z][\w\-]*)\s+\(([A-Z][A-Za-z]{2,14})\)")

# what ``_NAME_THEN_SHORT`` closes on: a short form in brackets
_SHORT_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z]{2,14}\)")


def _names_then_short_forms(text: str) -> list[re.Match[str]]:
    """The matches of ``_NAME_THEN_SHORT`` in ``text`` (what its ``finditer`` gives), looked for only
    before a short form in brackets.

    Scanned over a whole text, the pattern starts at every capital and runs over up to six words
    before it fails, in most texts everywhere. A match holds only word characters, "&", "-" and
    white space before its "(", so it starts after the "(", "." or "," last written before the
    bracketed short form it ends on: each short form's stretch is searched alone, in text order,
    from the end of the match before.
    """
    found: list[re.Match[str]] = []
    last_end = 0
    for short in _SHORT_IN_BRACKETS.finditer(text):
        opening = short.start()
        if opening < last_end:
            continue
        stretch_start = max(text.rfind("(", 0, opening), text.rfind(".", 0, opening), text.rfind(",", 0, opening)) + 1
        m = _NAME_THEN_SHORT.search(text, max(stretch_start, last_end), short.end())
        if m is not None:
            found.append(m)
            last_end = m.end()
    return found


# a body's short form opening a speaker's name: capitals ("ECB", "BPBD") or a syllable form ("Kemlu")
_BODY_SHORT_FORM = re.compile(r"[A-Z][A-Za-z]{1,12}")


def _spells_first_words(short: str, body: str) -> bool:
    """``short`` opens like the body's first word and holds its second word's initial after that
    ("Kemenkes" of "Kementerian Kesehatan", "Disnakertrans" of "Dinas Ketenagakerjaan ..."); the
    initials of every capitalised word for capitals ("BNPB")."""
    words = body.split()
    if short.isupper():
        return len(short) >= 3 and "".join(w[0] for w in words if w[:1].isupper()) == short
    low = short.lower()
    return len(words) >= 2 and low[:2] == words[0][:2].lower() and words[1][:1].lower() in low[2:]


_INITIAL = re.compile(r"[A-Z]\.")


def _workplace_word(word: str, pat: QuotePatterns, low: str | None = None) -> bool:
    """An acronym ("BCA") or a body's word ("Universitas"): before a name of two or more words,
    where the person works, not part of their name. ``low``: the word as the caller compares
    it with the word lists (default: ``word`` in lower case)."""
    return word.isupper() and word.isalpha() and len(word) >= 2 \
        or (word.lower() if low is None else low) in pat.not_person_words


def _person_name_words(words: Sequence[str], pat: QuotePatterns, initials: bool = False) -> bool:
    """Whether ``words`` read as a person's name: two or more capitalised person-like words
    (with ``initials``, an initial inside too: "David E. Sumual") that the alias table does not
    know as something other than a person."""
    if len(words) < 2 or not all(_person_like(w, pat) and _capitalised(w)
                                 or (initials and _INITIAL.fullmatch(w) and 0 < i < len(words) - 1)
                                 for i, w in enumerate(words)):
        return False
    known = lookup_alias(" ".join(words))
    return known is None or known.type == "PERSON"


def _name_then_role(run: str, pat: QuotePatterns, after: str = "") -> tuple[int, int] | None:
    """A run the model tagged as one name that is a person's name and then, with no comma, a role
    of ``roles.yaml`` ("Fahkri Husaini Pelatih Timnas Indonesia U-16", "Budi Santoso Ketua Umum
    ..."): two or more person-like words, then a capitalised role head. The offsets (end of the
    name, start of the role) within ``run``, or None."""
    parts = [(w.start(), w.group()) for w in re.finditer(r"\S+", run)]
    if len(parts) < 3:
        return None
    heads = load_role_words()
    # the role goes on after its head ("Pelatih Timnas ..."), in the run or right after it with no
    # comma: a head word closing the name is the name's last word ("Eka Ariandy Putra melalui",
    # "Jufti Achmadi Hakim, CFP")
    goes_on = bool(re.match(r" [A-Z]", after))
    for k in range(2, len(parts) if goes_on else len(parts) - 1):
        word = parts[k][1]
        if not _capitalised(word):
            return None
        if any(tuple(w.lower() for _, w in parts[k:k + len(h)]) == h for h in _indonesian_role_heads()
               if len(h) <= len(parts) - k):
            names = [w for _, w in parts[:k]]
            if any(w.lower() in heads.head_words for w in names) or not _person_name_words(names, pat):
                return None
            return parts[k - 1][0] + len(parts[k - 1][1]), parts[k][0]
    return None


@lru_cache(maxsize=1)
def _indonesian_role_heads() -> frozenset[tuple[str, ...]]:
    """The role heads of ``lang/id/roles.yaml`` as word tuples, each matched whole ("putra mahkota",
    not "Putra" in "Ida Bagus Putra Sumerta"); an English head such as "defense" inside a company's
    name, "Rafael Advanced Defense Systems", is no Indonesian role after a name."""
    return frozenset(tuple(str(h).lower().split()) for h in load_data("roles", "id")["heads"])


def _person_after_workplace(text: str, start: int, run: str, pat: QuotePatterns) -> tuple[int, int] | None:
    """A run the model tagged as a body that is a person's workplace and then their name: after
    a role word ("ekonom BCA David E. Sumual", "ekonom Universitas Indonesia Rofikoh Rokhim") or
    opening with one ("Presiden Direktur BCA Jahja Setiatmadja"). The name is the two or more
    person-like words (initials allowed inside) after an acronym or a body's word; the offsets
    (end of the body part, start of the name) within ``run``, or None."""
    parts = [(w.start(), w.group()) for w in re.finditer(r"\S+", run)]
    before = re.findall(r"[\w\-]+", text[max(0, start - 40):start])
    role_before = bool(before) and before[-1].lower() in pat.role_words
    if not (role_before or parts[0][1].lower() in pat.role_words) or len(parts) < 3:
        return None
    for k in range(1, len(parts) - 1):
        prev = parts[k - 1][1]
        # the words after a workplace word that are no name are no later one's either: a person-like
        # word or an initial is never itself a workplace word
        if _workplace_word(prev, pat) and _person_name_words([w for _, w in parts[k:]], pat, initials=True):
            return parts[k - 1][0] + len(prev), parts[k][0]
    return None


def _common_word_opening_a_sentence(text: str, m: Mention, mentions: Sequence[Mention], pat: QuotePatterns) -> bool:
    """"Sempat menggegerkan publik ..." with "Sempat" tagged PERSON: one word opening a sentence
    that news writes in lower case, that is a function word or an adverb of speech or that this
    text also writes in lower case, and that no other person's name holds, is a common word the
    model took for a name."""
    if " " in m.text or not _sentence_initial(text, m.start):
        return False
    low = m.text.lower()
    freq = load_word_frequencies()
    if low not in freq.counts or low in freq.names:
        return False
    if low not in load_stopwords() and low not in pat.speech_adverbs and low not in pat.sentence_openers \
            and not re.search(r"(?<![\w\-])" + re.escape(low) + r"(?![\w\-])", text):
        return False
    return not any(o is not m and o.label == "PERSON" and m.text in o.text.split() for o in mentions)


def _described_office(text: str, start: int, end: int, pat: QuotePatterns) -> bool:
    """"Mantan Pangkostrad itu, mengungkapkan ...": one capitalised word the model took for a
    person, after a word that opens a description of someone (``description_openers``: mantan,
    eks, calon) and before a demonstrative (``definite``), is an office held, and the phrase points
    back at a person named before; no name of its own."""
    if " " in text[start:end].strip():
        return False
    before = re.findall(r"[\w\-]+", text[max(0, start - 20):start])
    after = re.match(r"\s+([\w\-]+)", text[end:end + 20])
    return bool(before) and before[-1].lower() in load_name_types().description_openers \
        and after is not None and after.group(1).lower() in pat.definite


@lru_cache(maxsize=1)
def _pointer_markers() -> tuple[re.Pattern[str], frozenset[str]]:
    """The "Baca juga:" markers of ``boilerplate.yaml`` (its read-also rules), found anywhere in a
    line, and the short words a headline leaves in lower case."""
    from ceksilang.ingest.clean import boilerplate_data  # the cleaner's own data, read once

    data = boilerplate_data()
    parts = [r.pattern.pattern.removeprefix("^").removeprefix(r"\W{0,3}") for r in data.tail_rules
             if r.reason == "read-also"]
    marker = re.compile("(?:" + "|".join(parts) + r")\s*:?", re.IGNORECASE) if parts else re.compile(r"(?!)")
    return marker, data.related_list.function_words


_POINTER_WORD = re.compile(r"\S+")
_POINTER_STRIP = ":,;()\"“”'’‘!?"
_POINTER_MAX_WORDS = 40


@lru_cache(maxsize=2)
def pointer_headlines(text: str) -> list[tuple[int, int]]:
    """Where a "Baca juga: <headline>" pointer left inside a paragraph has its headline: from the
    marker to the first lower-case word that is not one a headline writes small ("di", "dan").
    The cleaner sets such a pointer apart only when it can tell where the next sentence begins;
    when it cannot, the headline runs into that sentence and stays.

    Kept for the last two texts (callers only read the list, never change it): the quote finder
    asks once for the whole text and again for each speaker whose fullest written name it looks
    for (``_written_forms``), and the figure pass asks once more later (bench's 2,000 articles:
    1,151 + 1,517 + 2,000 calls, the 1,517 each a text just asked)."""
    if text.islower():
        # a marker counts only where it opens with a capital (below): a text with none, such as
        # a lower-cased copy, holds no pointer, and the case-blind scan of it is skipped
        return []
    marker, small = _pointer_markers()
    spans: list[tuple[int, int]] = []
    for m in marker.finditer(text):
        if (m.start() > 0 and text[m.start() - 1] not in " \t") or not text[m.start()].isupper():
            continue  # a word ending in the marker's letters; "lihat juga" inside a sentence
        end = m.end()
        for k, w in enumerate(_POINTER_WORD.finditer(text, m.end())):
            word = w.group().strip(_POINTER_STRIP)
            if k >= _POINTER_MAX_WORDS or "\n" in text[end:w.start()]:
                break
            if word and word[0].islower() and word.lower() not in small:
                break
            end = w.end()
        spans.append((m.start(), end))
    return spans


def _in_pointer_headline(text: str, nm: _Name, spans: list[tuple[int, int]], speech_verbs: SpeechVerbs) -> bool:
    """``nm`` starts inside a pointer's headline (``pointer_headlines``) and is not the subject of
    the sentence the headline ran into: that subject stands right before a speech verb ("Rina
    Afiani Rebia mengemukakan"), or after a role set off by a comma and before a lower-case word
    ("Kepala BPO Disdikpora DIY, Sugeng Wahyudi kepada wartawan ...")."""
    span = next(((a, b) for a, b in spans if a <= nm.start < b), None)
    if span is None:
        return False
    after = text[nm.end:nm.end + 40]
    nxt = _POINTER_WORD.search(after.lstrip(", "))
    next_word = nxt.group().strip(_POINTER_STRIP).lower() if nxt else ""
    if next_word in speech_verbs.prefixed or next_word in speech_verbs.base:
        return False
    set_off = text[max(0, nm.start - 2):nm.start] == ", "
    before_lower = after[:1] == " " and after[1:2].islower() and next_word not in _pointer_markers()[1]
    return not (set_off and before_lower)


def _body_name(name: str, pat: QuotePatterns) -> bool:
    """Whether a capitalised name is a body's by its form: it opens with a word bodies' names open
    with ("Kementerian", "Polda", "Badan") or is an acronym ("KPK"); "Fariz RM" after "kuasa hukum"
    is a person the model did not tag."""
    words = name.split()
    if not words:
        return False
    heads = load_name_types().organisation_first_words | pat.body_nouns | pat.institution_nouns \
        | {h[0] for hs in (pat.institution_bodies or {}).values() for h in hs}
    return words[0].lower() in heads or (words[0].isupper() and words[0].isalpha() and len(words[0]) >= 2)


def _dotted_title(text: str, start: int, end: int) -> bool:
    """A one-word name that is a title written with its full stop ("Eng. Khalid Al-Dabbagh"): the
    title, not the name; the same word with no stop may be a given name ("Eng Hian")."""
    word = text[start:end]
    return " " not in word and text[end:end + 1] == "." and word.lower() in load_role_words().dotted_abbreviations


def _titles_only(name: str, pat: QuotePatterns) -> bool:
    """A name of nothing but titles written before names ("H. Ir" of "Tgk. H. Ir. Mirza Gunawan"):
    the titles, not the person, who is named after them. Only the titles of a person
    (``academic_titles``), not every dotted short form: "Jan" (January) is also a given name."""
    words = [w.lower().strip(".") for w in name.split()]
    return bool(words) and all(w in pat.academic_titles for w in words)


def _administrative_unit(name: str) -> bool:
    """Whether a name opens with an administrative unit's word (the gazetteer's ``gpe_cues``:
    "Kabupaten", "Kapanewon") followed by a capitalised word: a place, whatever the tagger said."""
    words = name.split()
    return len(words) >= 2 and _capitalised(words[0]) and words[0].lower() in load_gazetteer().gpe_cues \
        and _capitalised(words[1])


def _all_names(text: str, words: _Words, mentions: Sequence[Mention], pat: QuotePatterns,
               speech_verbs: SpeechVerbs, headline_lines: list[tuple[int, int]]) -> list[_Name]:
    """NER mentions first; fallback names only where no mention overlaps them."""
    names: list[_Name] = []
    described = [(m.start, m.end) for m in mentions
                 if m.label == "PERSON" and _described_office(text, m.start, m.end, pat)]
    for m in mentions:
        if (m.start, m.end) in described:
            continue  # "Mantan Pangkostrad itu": an office described, standing for someone named before
        if m.label == "PERSON" and (_common_word_opening_a_sentence(text, m, mentions, pat) or degrees_only(m.text)
                                    or _dotted_title(text, m.start, m.end) or _titles_only(m.text, pat)):
            # "Tak satu pun ...", "dr. Rudi Hadinata, M.Ked": a common word, a degree; "Eng. Khalid
            # Al-Dabbagh" with "Eng" tagged alone: a title before the name is none of it
            continue
        if m.label in ("PERSON", "ORG", "GPE", "LOC") and 0 <= m.start < m.end <= len(text) \
                and text[m.start:m.end] == m.text:
            cut = _person_after_workplace(text, m.start, m.text, pat) if m.label == "ORG" else None
            if cut is not None:
                # "ekonom BCA David E. Sumual" tagged as one body: the body, then the person
                names.append(_Name(m.start, m.start + cut[0], m.text[:cut[0]].rstrip(), False))
                names.append(_Name(m.start + cut[1], m.end, m.text[cut[1]:], True, m.role))
                continue
            split = _name_then_role(m.text, pat, text[m.end:m.end + 40]) if m.label in ("PERSON", "ORG") else None
            if split is not None:
                # "Fahkri Husaini Pelatih Timnas Indonesia U-16 mengatakan" tagged as one run: the
                # name, then the role it holds (no comma between), which names no one else
                names.append(_Name(m.start, m.start + split[0], m.text[:split[0]], True, m.role))
                names.append(_Name(m.start + split[1], m.end, m.text[split[1]:], False))
                continue
            if m.label == "PERSON" and _administrative_unit(m.text):
                # "Kapanewon Kasihan", "Desa Sukamaju" tagged as a person: an administrative word
                # and a capitalised name are a place ("Ahmad Suraya (61), pedagang ... di
                # Kalurahan Tirtonirmolo, Kapanewon Kasihan, Bantul, mengaku": not the speaker)
                names.append(_Name(m.start, m.end, m.text, False, m.role, True))
                continue
            names.append(_Name(m.start, m.end, m.text, m.label == "PERSON", m.role, m.label in ("GPE", "LOC"),
                               tagged=m.label == "PERSON"))
    taken = sorted((m.start, m.end) for m in names)
    starts = [s for s, _ in taken]
    # words the NER already called a place or an organisation elsewhere ("Kabupaten Tanah Lawu")
    # are not a person when the fallback finds them alone ("BPBD Tanah Lawu")
    not_person = " ".join(n.text for n in names if not n.person)
    # "Dinas Kesehatan (Diskes) Bandar Lampung": a short form in brackets after a body's name is
    # that body when the text later uses it alone ("Diskes telah menyiapkan ...")
    org_words = load_name_types().organisation_first_words
    body_shorts = {m.group(2) for m in _names_then_short_forms(text)
                   if any(w.lower() in org_words for w in m.group(1).split())}
    pointers = pointer_headlines(text)
    if pointers:
        # "... Baca Juga: Tiga Pemuda Aniaya perempuan di ...": the capitalised words of another
        # article's headline left inside a paragraph name nobody who speaks here
        names = [nm for nm in names if not _in_pointer_headline(text, nm, pointers, speech_verbs)]
    for nm in _fallback_names(text, words, pat, speech_verbs):
        if any(a <= nm.start < b for a, b in headline_lines):
            continue  # a title-case headline: every word is capitalised, few are names
        if pointers and _in_pointer_headline(text, nm, pointers, speech_verbs):
            continue
        k = bisect_right(starts, nm.end)
        overlaps = any(s < nm.end and nm.start < e for s, e in taken[max(0, k - 3):k])
        if nm.person and len(nm.text) == 1:
            continue  # "M.H", "S.E": a lone letter is an initial or a degree's part, never a name
        if nm.person and (degrees_only(nm.text) or _dotted_title(text, nm.start, nm.end)
                          or _titles_only(nm.text, pat)):
            continue  # "dr. Rudi Hadinata, M.Ked, Sp.OT": degrees after a name, never a name; "Eng.": a title
        if nm.person and field_after_head(text, nm.start, nm.text):
            continue  # "Menteri Usaha Mikro Kecil dan Menengah": the role's field, never a name
        if any(s < nm.end and nm.start < e for s, e in described) \
                or (nm.person and _described_office(text, nm.start, nm.end, pat)):
            continue
        if not overlaps:
            if nm.person and (nm.text in not_person or nm.text in body_shorts):
                nm.person = False
            names.append(nm)
    names.sort(key=lambda x: x.start)
    return names


# --------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Speaker:
    name: _Name | None  # None: the text says nobody (a group, "seorang pejabat")
    confidence: float
    cue: str | None
    others: tuple[_Name, ...] = ()  # who say it jointly with ``name`` ("A dan B mengatakan": B)


# an age in brackets right after a name or initials: "Mbah Tupon (68)", "DCS (23)", how news
# brings a person in
@lru_cache(maxsize=1)
def _age_after() -> re.Pattern[str]:
    """An age in brackets, with or without its unit (numbers.yaml ``age_unit_words``, any case):
    "(68)", "(62 tahun)", "( 45 Thn )"."""
    units = "|".join(map(re.escape, number_words().age_unit_words))
    unit = rf"(?:\s*(?:{units}))?" if units else ""
    return re.compile(rf"\s*\(\s*\d{{1,3}}{unit}\s*\)", re.IGNORECASE)


@dataclass(slots=True)
class _Focus:
    name: _Name
    sentence: int
    speech: bool  # set by a quote or a speech verb, not merely a sentence subject


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    """Every word of the ranks of ``role_words`` ("AKBP", "Kompol"): the data's, the same for every
    document, so made once a run rather than once a document."""
    return frozenset(w for rank in load_role_words().ranks for w in rank)


@lru_cache(maxsize=1)
def _one_word_heads() -> frozenset[str]:
    """The role heads of one word ("menteri", "kapolres"), made once a run."""
    return frozenset(h[0] for h in load_role_words().heads if len(h) == 1)


@lru_cache(maxsize=1)
def _kinship_words() -> frozenset[str]:
    """Kinship words and given-name heads ("ibu", "mbah"), which are no role: made once a run."""
    return load_name_types().kinship_words | load_name_types().given_name_heads


@lru_cache(maxsize=4)
def _full_or_short(joiners: frozenset[str]) -> re.Pattern[str]:
    """A capitalised name of two to four words, one of ``joiners`` (quote_patterns.yaml
    ``full_or_short_joiners``: "atau") and one capitalised word: "Kartika Yudia Ramlan atau Tika"."""
    return re.compile(rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+){{1,3}}) (?:{_either(joiners)}) ([A-Z][a-z]{{3,}})\b")


# the words, commas and other marks of a text, each one token in one way: a name list read word by word
_ROLE_LIST_TOKEN = re.compile(r"[\w'’\-]+|\S")


def clips(short: str, word: str) -> bool:
    """``short`` is a clipping of ``word``: its end or its opening, two letters shorter at least
    ("Tika" of "Kartika", "Enggar" of "Enggartiasto")."""
    s, w = short.lower(), word.lower()
    return len(w) >= len(s) + 2 and (w.endswith(s) or w.startswith(s))


class _Resolver:
    """Per-document state: words, names, sentences, and the person in focus."""

    def __init__(self, doc_id: str, text: str, sentences: list[tuple[int, int]], mentions: Sequence[Mention]):
        self.doc_id = doc_id
        self.text = text
        self.alone: dict[str, bool] = {}  # written_alone's answers
        self.sentences = sentences
        self.sent_starts = [s for s, _ in sentences]
        self.verbs = load_speech_verbs(QUOTE_LANGUAGES)
        self.pat = load_quote_patterns()
        self.words = _words(text)
        self.mentions = mentions
        self.headline_lines = _headline_spans(text)  # related headlines and intertitles inside the body
        self.names = _all_names(text, self.words, mentions, self.pat, self.verbs, self.headline_lines)
        self.name_starts = [n.start for n in self.names]
        self.persons = [n for n in self.names if n.person]
        self.portfolio_spans = portfolio_lists(text)  # "Menteri Pendidikan Tinggi, Sains, dan Teknologi"
        # with the forms of address linking reads ("Saifullah Yusuf atau Gus Ipul"), so that a cue
        # naming the second name gives the full one here already, not only after linking
        self.alias_of = {short.text.lower(): full.text
                         for short, full in find_name_aliases(text, mentions, reconcile_words().honorifics)
                         if full.label == "PERSON"}
        self.alias_of.update(self.bracketed_role_aliases())
        for full in self.persons:
            # "Zulkifli Hasan (Zulhas)": the one word in brackets after a full name is a second
            # name of that person (the NER's aliases give this where it found the names)
            second = re.match(r"\s*\(([A-Z][\w\-]{2,})\)", text[full.end:full.end + 40])
            if second and " " in full.text:
                self.alias_of.setdefault(case_blind_key(second.group(1)), full.text)
        for short, full in self.described_aliases():
            self.alias_of.setdefault(short.lower(), full)
        self.relational = load_role_words().relational_heads
        self.titles = load_role_words().dotted_abbreviations  # "Prof", "Dr", "Drs", "H"
        self.ranks = load_role_words().ranks
        self.rank_words = _rank_words()
        self.body_texts = frozenset(n.text for n in self.names if not n.person)
        self.glued_bodies = self.body_texts | body_names_in(text, mentions)  # and their bracketed short forms
        self.function_words = load_stopwords()
        self.one_word_heads = _one_word_heads()
        self.kinship = _kinship_words()
        self.spokespersons = self.find_spokespersons()  # (spokesperson, their head, principal)
        self.principal_of = {self.fullest(n): principal for n, _, principal in self.spokespersons if principal}
        self.intermediary_of = self.find_intermediaries()  # where "melalui" is -> (principal, who spoke)
        self.principal_through = {who.start: principal for principal, who in self.intermediary_of.values()}
        self.focus: _Focus | None = None
        # the last sentence whose subject is someone the text does not name ("Mike Rowe's wife
        # heard a bang."): a "she said" after it is hers, not the named possessor's
        self.unnamed_subject: int | None = None
        self.genders: dict[str, str] = {}  # a person's fullest name -> the gender a pronoun gave them
        self.speech_focus: _Focus | None = None  # the last person seen speaking
        # the last joint statement ("A dan B mengatakan"), its sentence: what a later "ujar keduanya" means
        self.joint_focus: tuple[_Speaker, int] | None = None
        # quote start -> the last speaker guessed for a quote with no cue a few sentences after their words,
        # given only if no later paragraph's cue claims the quote first (``_far_speakers``)
        self.far_guesses: dict[int, _Speaker] = {}
        self.speakers: set[str] = set()  # last words of the names of everyone seen speaking
        self.history: list[_Focus] = []  # everyone seen speaking, in text order
        self.quote_words: frozenset[str] = frozenset()  # the words of the direct quote being resolved
        self.quote_start: int | None = None  # where that quote opens
        self.quoted: list[tuple[int, int]] = []
        # where a speaker the finder took for a person is named -> the name there, as read (case restored)
        self.person_spans: dict[tuple[int, int], str] = {}

    def bracketed_role_aliases(self) -> dict[str, str]:
        """"Menteri Dalam Negeri (Mendagri) Tito Karnavian": the short form in brackets inside a
        person's role stands for that person when the text later uses it alone ("Mendagri
        mengatakan ..."). The person is the first one named after the bracket, with only
        capitalised words, role words and role joiners ("sekaligus") between."""
        found: dict[str, str] = {}
        for m in re.finditer(r"\(([A-Z][A-Za-z]{2,14})\)", self.text):
            short = m.group(1)
            run = _capitalised_run_end(self.pat.role_name_joiners).search(self.text, max(0, m.start() - 120), m.start())
            if run is None or run.group().split()[0].lower() not in self.pat.role_words:
                # "Tentara Pembebasan Nasional Papua Barat (TPNPB) Kodap III Ndugama Derakma": the
                # short form of a body's name, not of a role whose holder follows
                continue
            k = bisect_left(self.name_starts, m.end())
            for name in self.names[k:k + 4]:
                between = self.text[m.end():name.start]
                if any(c in between for c in ".;:!?\n\"“”") or len(between) > 90:
                    break
                if not name.person:
                    continue
                words = re.findall(r"[\w\-]+", between)
                if all(_capitalised(w) or w.lower() in self.pat.role_words or w.lower() in self.pat.role_joiners
                       or w in self.pat.name_connectors for w in words):
                    found.setdefault(short.lower(), name.text)
                break
        return found

    # ------------------------------------------------------------------ lookups

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def names_in(self, start: int, end: int) -> list[_Name]:
        lo = bisect_left(self.name_starts, start)
        hi = bisect_left(self.name_starts, end)
        return [n for n in self.names[lo:hi] if n.end <= end and not self.in_quote(n.start)]

    # (the list of quoted spans it was built from, their starts in order, the furthest end so far)
    _quote_index: tuple[list[tuple[int, int]] | None, list[int], list[int]] = (None, [], [])

    def in_quote(self, pos: int) -> bool:
        # asked for every word of every sentence: a bisection, not a pass over all quoted spans
        built_from, starts, reach = self._quote_index
        if built_from is not self.quoted or len(starts) != len(self.quoted):
            spans = sorted(self.quoted)
            starts, reach, furthest = [a for a, _ in spans], [], -1
            for _, b in spans:
                furthest = max(furthest, b)
                reach.append(furthest)
            self._quote_index = (self.quoted, starts, reach)
        i = bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos

    def words_outside_quotes(self, start: int, end: int) -> list[int]:
        """The indices of the words starting in ``start``..``end`` that no quoted span holds
        (``in_quote`` of each word's start). A clause no quoted span reaches keeps all its words:
        one bisection for the whole span, not one per word (asked of every sentence)."""
        words = self.words.between(start, end)
        if not words:
            return []
        self.in_quote(start)  # builds the index of quoted spans when they changed
        _, starts, reach = self._quote_index
        i = bisect_right(starts, self.words.starts[words[-1]])
        if i == 0 or reach[i - 1] <= self.words.starts[words[0]]:
            # every span opening by the last word closes by the first one: none holds a word
            return list(words)
        return [k for k in words if not self.in_quote(self.words.starts[k])]

    def described_aliases(self) -> list[tuple[str, str]]:
        """(second name, full name) pairs the text gives through a person noun: "..., kata pria
        yang akrab disapa Zulhas" after "Zulkifli Hasan mengatakan": the second name is the last
        person named in full before it (the cues of ``name_types.yaml``, the nouns of
        ``person_nouns`` and ``occupation_nouns``)."""
        cues = load_name_types().alias_full_then_cue
        lowered = self.text.lower()  # once, not once per cue
        if not cues or not any(c in lowered for c in cues):
            return []
        # a person noun or an occupation: "Desainer yang karib disapa Igun" after "Ivan Gunawan"
        nouns = self.pat.person_nouns | self.pat.occupation_nouns
        pattern = re.compile(r"\b(?i:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
                             + r")\s+(?i:" + "|".join(re.escape(c) for c in cues) + r")\s+([A-Z][\w'’-]+)")
        pairs = []
        for m in pattern.finditer(self.text):
            before = [n for n in self.persons if n.end <= m.start() and not n.place]
            # the person whose name the nickname spells ("Buwas" of Budi Waseso, "Ken" of Kenneth),
            # the nearest when two do; else the last person named in full
            spelt = [n for n in before if spells_person_name(m.group(1), n.text)]
            full = spelt or [n for n in before if " " in n.text]
            if full and case_blind_key(m.group(1)) not in full[-1].text.lower().split():
                pairs.append((m.group(1), full[-1].text))
        return pairs

    def fullest(self, name: _Name) -> str:
        """The longest form of a person's name in the document ("Austin" -> "Lloyd Austin"); a
        second name the text gives for someone ("Zulhas", "Mualem") -> their full name."""
        full = self.alias_of.get(name.text.lower())
        if full is not None and full.lower() != name.text.lower():
            return self.fullest(_Name(name.start, name.end, full, True))
        company = self.company_of_word(name)
        if company is not None:
            return company
        if not name.person:
            return self.person_of_surname(name) or name.text
        tokens = set(name.text.lower().split())
        plain_words = {w for w in tokens if w.rstrip(".") not in self.pat.academic_titles and w not in self.rank_words}
        if plain_words and plain_words != tokens and any(plain_words <= set(o.text.lower().split()) for o in self.persons):
            # "ujar AKBP Dr Wilson", "jelas Iptu Adam": a rank or a title is no word of the full
            # name the text gave before ("Wilson Bugner F Pasaribu", "Adam Maulana")
            tokens = plain_words
        best, best_len, best_dist = name.text, len(tokens), None
        # the full name is introduced before it is shortened: a longer form only met later
        # ("… dengan judul "…, Agung Laksono Anggap Sudah Bagus"") counts only when none came before
        holders = [o for o in self.persons if tokens <= set(o.text.lower().split()) and o.text != name.text
                   and not names_someone_else(name.text, o.text)]  # "kata Macron" beside "Brigitte Macron"
        reduced = [self.without_common_lead(o, tokens) for o in holders]
        holders = [h for h in reduced if h.text != name.text]
        if any(o.start <= name.start for o in holders):
            holders = [o for o in holders if o.start <= name.start]
        in_prose = [o for o in holders if not any(a <= o.start < b for a, b in self.headline_lines)]
        # "Pasalnya Luna Maya" in prose, cut to the name itself, is the prose's form as much as a longer one
        as_written = any(h.text == name.text and not any(a <= h.start < b for a, b in self.headline_lines)
                         for h in reduced)
        # a headline's line run into the name ("1. Maudy Ayunda Kenang Momen saat ..."): a longer
        # form found only there whose other words are common words is the headline's, not a name
        freq = load_word_frequencies()
        holders = [o for o in holders if o in in_prose or not any(
            w.lower() not in tokens and w.lower() in freq.counts and w.lower() not in freq.names
            for w in o.text.split())]
        if (in_prose or as_written) and len(in_prose) < len(holders):
            # "Video Maxime Bouttier Masih Tak Percaya Bisa Menikahi Luna Maya", a related
            # headline's line taken whole as a name: the form the article's own sentences give wins
            holders = in_prose
        for other in holders:
            other_tokens = other.text.lower().split()
            if len(other_tokens) < best_len:
                continue
            dist = name.start - other.start if other.start <= name.start else 10**9 + other.start
            if len(other_tokens) > best_len or best_dist is None or dist < best_dist:
                best, best_len, best_dist = other.text, len(other_tokens), dist
        if best == name.text and not holders:
            rest = self.after_common_words(name)
            if rest is not None:
                return self.fullest(rest)
            return self.clipped_name_of(name) or self.first_name_in_other_span(name) or best
        return best

    def first_name_in_other_span(self, name: _Name) -> str | None:
        """A one-word person name ("kata Anthony", "ujar AKP Marlin") that opens a full name the
        article wrote before inside a span not read as a person here ("Vice President of Logistic
        Tokopedia Anthony Wijaya" tagged a place; "AKP Marlin Supu Payu" tagged an organisation):
        that full name, the word and the 1-3 name words after it to the span's end. A span that runs
        on past the name (a whole run-in "Baca Juga: AKP Marlin Supu Payu Tinjau Pasar" line) gives
        none. Only when exactly one such full name is written, and its words are no common words; a
        body named after someone ("Yayasan Budi Hartawan", after an ``organisation_first_words``
        word) gives no one's name."""
        word = name.text
        if " " in word or not _capitalised(word) or word.isupper() or len(word) < 3:
            return None
        body_openers = load_name_types().organisation_first_words
        fulls: set[str] = set()
        for m in self.mentions:
            if m.start >= name.start:
                continue
            parts = m.text.split()
            if word not in parts[:-1]:
                continue
            at = parts.index(word)
            if at > 0 and parts[at - 1].lower() in body_openers:
                continue
            after = parts[at + 1:]
            if len(after) <= 3 and all(_capitalised(w) and w.isalpha() and not w.isupper() and not no_name_word(w)
                                       for w in after):
                fulls.add(" ".join([word, *after]))
        return next(iter(fulls)) if len(fulls) == 1 else None

    def company_of_word(self, name: _Name) -> str | None:
        """"Wilmar" (tagged a person) where the text names the body "Wilmar Group": one word that
        is the first of a body's name ending in a company word (``organisation_last_words``) and
        of no other person's name is that body's short form."""
        word = name.text
        if " " in word or not _capitalised(word):
            return None
        last_words = load_name_types().organisation_last_words
        bodies = {b for b in self.body_texts
                  if len(b.split()) == 2 and b.split()[0] == word and b.split()[1].lower() in last_words}
        if len(bodies) != 1 or any(word in p.text.split() and p.text != word for p in self.persons):
            return None
        return bodies.pop()

    def without_common_lead(self, other: _Name, tokens: set[str]) -> _Name:
        """"Selebriti Luna Maya", "Diakui Umi Pipik": a longer form of a name that opens a sentence
        or a line with common words (ones news writes in lower case and no given name), capitalised
        only because they open it, before a name of two words or more that holds ``tokens``: the
        model took them into the name, so the form without them; else the form itself."""
        words = other.text.split()
        freq = load_word_frequencies()
        lead = 0
        # a connective that opens sentences ("Pasalnya", "Namun") is written capitalised more often
        # than not, so the counts take it for a name: the connectives of quote_patterns.yaml are common
        while (lead < len(words) - 2 and words[lead].isalpha()
               and ((words[lead].lower() in freq.counts and words[lead].lower() not in freq.names)
                    or (words[lead].lower(),) in self.pat.connective_openers)):
            lead += 1
        if lead == 0 or not tokens <= {w.lower() for w in words[lead:]}:
            return other
        before = self.text[:other.start].rstrip(" \t\"'“”‘’")
        # an opening bracket too: "(Fans Iis Dahlia)", the capitalised words of a short form's expansion
        if before and before[-1] not in ".!?\n:-–—(":
            return other
        offset = other.text.index(words[lead], sum(len(w) + 1 for w in words[:lead]) - 1)
        return _Name(other.start + offset, other.end, " ".join(words[lead:]), True)

    def after_common_words(self, name: _Name) -> _Name | None:
        """"Salah Prediksi Apri" (a flattened subhead run into "Apri menjelaskan"): the words
        of a name after its leading common words (ones news writes in lower case, or this text
        does), when what is left is part of a person's name given before; else None."""
        words = name.text.split()
        freq = load_word_frequencies()
        cut = 0
        while cut < len(words) - 1:
            low = words[cut].lower()
            if not ((low in freq.counts and low not in freq.names) or self.written_alone(low)):
                break
            cut += 1
        if cut == 0:
            return None
        rest = words[cut:]
        if not any(o.start < name.start and set(rest) <= set(o.text.split()) and len(o.text.split()) > len(rest)
                   for o in self.persons):
            return None
        offset = name.text.index(rest[0], sum(len(w) + 1 for w in words[:cut]) - 1)
        return _Name(name.start + offset, name.end, " ".join(rest), True)

    def written_alone(self, word: str) -> bool:
        """Whether the text writes ``word`` as it is (case and all) as a word of its own, not
        inside a longer word or a hyphened one; asked once a word per text."""
        known = self.alone.get(word)
        if known is None:
            # a word the text does not hold anywhere, even inside another, is not searched for
            known = self.alone[word] = word in self.text and re.search(
                rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.text) is not None
        return known

    def clipped_name_of(self, name: _Name) -> str | None:
        """A one-word name that is the clipped start of one word of exactly one person named
        before it ("Enggar" after "Enggartiasto Lukita", "kata Kus" after "Kuseryansyah"): the
        short form a text uses for a long given name; that person's full name. Two such
        persons, or a word the gazetteer knows as something else, give nothing."""
        word = name.text
        if " " in word or len(word) < 3 or not _capitalised(word) or word.isupper():
            return None
        entry = lookup_alias(word)
        if entry is not None and entry.type != "PERSON":
            return None
        fulls = {o.text for o in self.persons if o.start < name.start
                 and any(len(w) >= len(word) + 2 and w.startswith(word) for w in o.text.split())}
        freq = load_word_frequencies()
        if not fulls and len(word) >= 4 and not (word.lower() in freq.counts and word.lower() not in freq.names):
            # the end of a given name ("Junot" after "Herjunot Ali", "Tika" after "Kartika Yudia
            # Ramlan"), the full name perhaps one the model missed, given with "atau" ("Kartika
            # Yudia Ramlan atau Tika"; a capitalised common word may open the run)
            given = [o.text for o in self.persons if o.start < name.start and " " in o.text and not o.place]
            for m in _full_or_short(self.pat.full_or_short_joiners).finditer(self.text, 0, name.start):
                run = m.group(1).split()
                at = next((i for i, w in enumerate(run[:-1]) if clips(m.group(2), w)), None)
                if m.group(2) == word and at is not None:
                    given.append(" ".join(run[at:]))
            # a plain given name only: "KepalaBMKGDwikorita" (words glued together) is no name to clip
            fulls = {g for g in given if g.split()[0][1:].islower() and clips(word, g.split()[0])}
        if not fulls and len(word) >= 6 and not any(word in o.text.split() for o in self.persons
                                                     if o.start < name.start or o.text != word):
            # "Praktikno mengatakan" after "Menko PMK, Pratikno,": a long name misspelt by one
            # letter (same opening letters) is the one person named with the right spelling
            fulls = {o.text for o in self.persons if o.start < name.start
                     and any(w[:2] == word[:2] and w != word and Levenshtein.distance(w, word) == 1
                             for w in o.text.split())}
        return next(iter(fulls)) if len(fulls) == 1 else None

    def person_of_surname(self, name: _Name) -> str | None:
        """A lone capitalised word the model called a place ("papar Kluivert" tagged LOC) that is
        the last word of exactly one person's full name given before it ("Patrick Kluivert"), and
        that the gazetteer does not know as a place or a body: that person's full name."""
        word = name.text
        if not name.place or " " in word or not _capitalised(word) or word.isupper():
            return None
        entry = lookup_alias(word)
        if entry is not None and entry.type != "PERSON":
            return None
        fulls = {o.text for o in self.persons
                 if o.start < name.start and " " in o.text and o.text.split()[-1] == word}
        if not fulls:
            # "ucap Hotdiaman" after "Hotdiaman Purba mengatakan": the first word of one person
            # seen speaking before
            fulls = {f.name.text for f in self.history if f.name.person and f.name.start < name.start
                     and " " in f.name.text and f.name.text.split()[0] == word}
        return next(iter(fulls)) if len(fulls) == 1 else None

    def bare_name(self, name: str) -> str:
        """A person's name without the words before it that are not a name: a rank ("Iptu
        Chairil Umam"), a one-word role head ("Presiden Prabowo Subianto"), a sentence opener,
        connective or other common word that opens the sentence and is never written as a name
        mid-sentence ("Alhasil Delia Yasmine", "Sesaat Rahman"), a noun for a person ("Sosok Adnan"), or a body or
        place the text names on its own, before a name of two or more words ("Gaikindo Yohannes
        Nangoi", "China Guo Jiakun"). Kinship nouns stay ("Putri" is also a given name); what is
        left must be capitalised words."""
        words = name.split()
        glued = glued_body_length(words, self.glued_bodies)
        if glued and any(p.text == " ".join(words[glued:]) for p in self.persons):
            # "Tatadana Consulting Teja" where the text also writes "Teja" as a person: a company
            # or body glued before the name, cut whatever the length of the name left
            return " ".join(words[glued:])
        closed = self.after_company_closing_word(words)
        if closed is not None:
            return closed
        lowered = [w.lower().rstrip(".,") for w in words]
        cut, by_noun = 0, False  # by_noun: a noun, an opener or a body was cut, not a title
        while cut < len(words) - 1:
            # only the ranks whose first word is this one can match (580 ranks, asked of every word)
            rank = next((r for r in phrases_starting(self.ranks, lowered[cut])
                         if tuple(lowered[cut:cut + len(r)]) == r and cut + len(r) < len(words)), None)
            if rank is not None:
                cut += len(rank)
                continue
            body = next((k for k in range(min(4, len(words) - cut - 2), 0, -1)
                         if " ".join(words[cut:cut + k]) in self.body_texts), None)
            if body is not None:
                cut, by_noun = cut + body, True  # "Gaikindo Yohannes Nangoi" where the text tags "Gaikindo" a body
                continue
            w = lowered[cut]
            if (w in self.one_word_heads or load_role_words().compound_head(words[cut])) and w not in self.kinship:
                cut += 1
                continue
            if len(words) - cut >= 3 and _workplace_word(words[cut], self.pat, low=w):
                # "Universitas Indonesia Rofikoh Rokhim", "BCA Jahja Setiatmadja": a body's word or an
                # acronym before a name of two or more words is where the person works, not their name
                cut, by_noun = cut + 1, True
                continue
            # "sutradara Hwang Dong Hyuk", "Psikolog Artika Mulyaning Tyas": an occupation the entity
            # finder took into the name; what follows is the name itself, cut no further ("Hwang"
            # tagged a body elsewhere is still the name's first word)
            occupation_cut = w in self.pat.occupation_nouns \
                and (not _capitalised(words[cut]) or len(words) - cut >= 3) \
                and not any(x in self.pat.role_words or x in self.pat.occupation_nouns for x in lowered[cut + 1:])
            if ((w in self.pat.sentence_openers or w in self.function_words or no_name_word(words[0]))
                    and cut == 0 and self.opens_sentence(name) and not self.named_mid_sentence(words[0])) \
                    or (w in self.pat.person_nouns and w not in self.kinship and not occupation_cut):
                # a person noun that is also an occupation ("Pelatih Shin", "Aktor Reza") where the
                # occupation is not cut is still cut as a person noun
                cut, by_noun = cut + 1, True
                continue
            if occupation_cut:
                cut, by_noun = cut + 1, True
            break
        rest = words[cut:]
        known = lookup_alias(" ".join(rest))
        if not cut or not all(_capitalised(w) for w in rest) or (known is not None and known.type != "PERSON") \
                or " ".join(rest) in self.body_texts \
                or (by_noun and len(rest) == 1 and not any(p.text == rest[0] for p in self.persons)) \
                or all(w.lower() in self.pat.role_words or w.lower() in self.pat.not_person_words for w in rest):
            return name
        return " ".join(rest)

    def after_company_closing_word(self, words: list[str]) -> str | None:
        """"Ritholtz Wealth Management Josh Brown", "Mandiri Sekuritas Handy Yunianto": a span
        the model ran from a company into the person after it, cut at the company's closing word
        (``organisation_last_words``): the two or three words after it, when they are a name's
        (capitalised, not in capitals, no common or role word) and the company has two or more
        words of its own. Unlike ``glued_body_length``'s cut, the name need not be written alone
        in the article: an analyst or manager is often named once, with the firm glued before."""
        last_words = load_name_types().organisation_last_words
        at = max((i for i, w in enumerate(words[:-2]) if w.lower() in last_words), default=-1)
        rest = words[at + 1:]
        if at < 1 or not 2 <= len(rest) <= 3:
            return None
        if not all(_capitalised(w) and w.isalpha() and not w.isupper() and not no_name_word(w)
                   and w.lower() not in self.pat.role_words and w.lower() not in last_words for w in rest):
            return None
        known = lookup_alias(" ".join(rest))
        if known is not None and known.type != "PERSON":
            return None
        return " ".join(rest)

    def without_titles_and_degrees(self, name: str) -> str:
        """A person's name without the academic titles before it ("Dr Wilson Bugner", "Prof. Edy")
        and the degrees after it ("... Pasaribu SIK MH", "..., S.H."): no part of the name a reader
        looks up (entities.without_degrees); one name word always stays."""
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in self.pat.academic_titles and _capitalised(words[1]):
            words = words[1:]
        return without_degrees(" ".join(words))

    def person_inside_body(self, name: str) -> str:
        """A run the model took for a body that ends in a person's name after their role and
        workplace ("Presiden Direktur BCA Jahja Setiatmadja", "Universitas Indonesia Rofikoh
        Rokhim" after "ekonom"): the name, when what is left is two or more person-like words
        and either a role head was cut or the text names one of those words as a person."""
        rest = self.bare_name(name)
        # bare_name cuts the workplace words _person_after_workplace cuts, and leaves capitalised words
        if rest == name or not _person_name_words(rest.split(), self.pat):
            return name
        head_cut = name.split()[0].lower() in self.one_word_heads
        person_words = {w for p in self.persons for w in p.text.split()}
        return rest if head_cut or any(w in person_words for w in rest.split()) else name

    def fullest_body(self, name: str) -> str:
        """A body or role a quote names short where the article writes it in full: the one fuller
        form the article gives, else ``name``. Three forms (the gold convention of
        tests/gold/coverage/FORMAT.md, "Bodies as speakers": the fullest name, brackets left out):
        the body's name with the place after it ("Kementerian Luar Negeri" beside "Kementerian
        Luar Negeri Israel", "Badan ... Daerah (BPBD) DKI Jakarta"); a short form opening the name
        in full ("Kemlu Israel" beside "Kementerian Luar Negeri Israel", "ECB" beside "European
        Central Bank (ECB)"); a role noun in lower case the article spells out before its initials
        ("jaksa" beside "jaksa penuntut umum (JPU)")."""
        if not name or name[:1].islower():
            return self.role_in_full(name) if name else name
        # the model's span may hold the short form in brackets: "Bursa Efek Indonesia (BEI)"
        bodies = {without_bracketed_abbreviation(n.text) for n in self.names if not n.person and not n.place}
        return self.short_form_expanded(self.with_place_after(name, bodies), bodies)

    def with_place_after(self, name: str, bodies: set[str]) -> str:
        """``name`` with the place the article writes after it, when it writes one place only
        ("Departemen Kehakiman" -> "Departemen Kehakiman AS"): a name of two words or more, or a
        body's short form ("Kemlu" -> "Kemlu Israel"), never a place itself."""
        if any(n.place and n.text == name for n in self.names):
            return name
        if " " not in name and not any(self.short_form_stands_for(name, body) for body in bodies):
            return name
        fuller: set[str] = set()
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?:\s*\(([^()\s]+)\))?[ \t]+", self.text):
            if m.group(1) and not abbreviates(m.group(1), name):
                continue
            place = self.place_starting_at(m.end())
            if place is not None:
                fuller.add(f"{name} {place}")
        # the model's one span for the body and its place ("Kementerian Luar Negeri Israel")
        places = {n.text for n in self.names if n.place}
        fuller.update(b for b in bodies if b.startswith(name + " ") and b[len(name) + 1:] in places)
        return next(iter(fuller)) if len(fuller) == 1 else name

    def short_form_stands_for(self, short: str, body: str) -> bool:
        """``short`` is a short form of the body ``body`` of two words or more that does not open
        with it ("Kemlu" of "Kementerian Luar Negeri", not "Dinas" of "Dinas Pariwisata")."""
        return (short not in self.function_words and bool(_BODY_SHORT_FORM.fullmatch(short))
                and len(body.split()) >= 2 and body.split()[0].lower() != short.lower()
                and is_short_form_of(short, body))

    def short_form_expanded(self, name: str, bodies: set[str]) -> str:
        """A name opened by a body's short form, in the words the article spells the body in:
        "Kemlu Israel" where it writes "Kementerian Luar Negeri Israel", "ECB" where it writes
        "European Central Bank (ECB)"; ``name`` when it gives no such form or several."""
        short, _, rest = name.partition(" ")
        fuller: set[str] = set()
        for body in bodies:
            if rest and body.endswith(" " + rest) and self.short_form_stands_for(short, body[:-len(rest) - 1]):
                fuller.add(body)  # "Kemlu Israel" of "Kementerian Luar Negeri Israel"
                continue
            if not self.short_form_stands_for(short, body):
                continue
            if rest:
                written = re.search(rf"(?<![\w-]){re.escape(body)}(?:\s*\({re.escape(short)}\))?\s+"
                                    rf"{re.escape(rest)}(?![\w-])", self.text)
            else:
                # "European Central Bank (ECB)"; or a short form that spells the body's first two
                # words ("Kemenkes" after "Kementerian Kesehatan RI" in the lead)
                written = re.search(rf"(?<![\w-]){re.escape(body)}\s*\({re.escape(short)}\)", self.text) \
                    or _spells_first_words(short, body)
            if written:
                fuller.add(f"{body} {rest}".strip())
        return next(iter(fuller)) if len(fuller) == 1 else name

    def place_starting_at(self, pos: int) -> str | None:
        """The place (a GPE or LOC mention) that starts at ``pos`` and runs into no person's name
        ("Israel" of "Israel Katz" is not one)."""
        places = [n for n in self.names if n.place and n.start == pos]
        if not places:
            return None
        place = max(places, key=lambda n: n.end)
        if any(p.start < place.end + 2 and pos < p.end for p in self.persons):
            return None
        after = self.text[place.end:place.end + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper():
            return None  # "... Israel Defense Forces": the place opens a longer name
        return place.text

    def role_in_full(self, noun: str) -> str:
        """"jawab jaksa" where the article writes "jaksa penuntut umum (JPU)": the role in the
        words its initials in brackets stand for, when the article gives one such form."""
        found = set()
        pattern = rf"(?<![\w-]){re.escape(noun)}((?:\s+[a-z]+){{1,3}})\s*\(([A-Z]{{2,6}})\)"
        for m in re.finditer(pattern, self.text, flags=re.IGNORECASE):
            phrase = " ".join(f"{noun} {m.group(1)}".split()).lower()
            if "".join(w[0] for w in phrase.split()).upper() == m.group(2):
                found.add(phrase)
        return next(iter(found)) if len(found) == 1 else noun

    def opens_sentence(self, run: str) -> bool:
        """Whether the text writes ``run`` at the start of a sentence or a line somewhere: a
        sentence opener glued to a name only there ("Alhasil Delia Yasmine"), never mid-sentence
        ("..., Oh In Taek.")."""
        for m in re.finditer(re.escape(run), self.text):
            before = self.text[:m.start()].rstrip(" \t")
            if not before or before[-1] in ".!?\n\"”:":
                return True
        return False

    def named_mid_sentence(self, word: str) -> bool:
        """Whether the text writes ``word`` capitalised after a lower-case word ("kata Hari"): a
        name there, whatever else it can mean ("Hari" is also "day")."""
        return re.search(r"[a-z,]\s+" + re.escape(word) + r"(?![\w-])", self.text) is not None

    def find_spokespersons(self) -> list[tuple[_Name, tuple[str, ...], str | None]]:
        """People who hold a role for someone else ("Juru bicara Sekjen PBB Stephane Dujarric",
        "Dujarric, juru bicara Sekjen PBB Antonio Guterres", "Juru bicaranya, Stephane Dujarric"),
        in text order, with the role's head and the principal's name when the text gives it."""
        found: list[tuple[_Name, tuple[str, ...], str | None]] = []
        for i, n in enumerate(self.persons):
            role = n.role
            head: tuple[str, ...] | None = None
            if role:
                tokens = role.lower().split()
                head = next((h for h in self.relational if tuple(tokens[:len(h)]) == h), None)
            if head is None:
                before = self.text[max(0, n.start - 40):n.start].lower()
                if not _NYA_BEFORE.search(before):  # what every head's pattern ends with
                    continue
                for h in self.relational:
                    if _relational_nya(h).search(before):
                        head = h  # "Juru bicaranya, Stephane Dujarric": speaks for the person before
                        earlier = [p for p in self.persons[:i] if p.text.split()[-1] != n.text.split()[-1]]
                        found.append((n, h, self.fullest(earlier[-1]) if earlier else None))
                        break
                continue
            found.append((n, head, self.principal(n, role, len(head))))
        return found

    def find_intermediaries(self) -> dict[int, tuple[_Name, _Name]]:
        """Who speaks when a name is followed by "melalui" and a role with its holder ("Kapolres
        Batu, AKBP Andi melalui Wakapolres Batu, Kompol Danang mengatakan"): the holder spoke, for
        the name before. Keyed by where "melalui" stands, so whichever cue lands on that name (the
        subject, a "kata" after a quote, a later "katanya") reaches the one who spoke. A channel after the
        word ("kata Andi melalui keterangan tertulis") is no role and no person: nothing is found."""
        found: dict[int, tuple[_Name, _Name]] = {}
        texts, starts, ends = self.words.texts, self.words.starts, self.words.ends
        for k, word in enumerate(texts):
            if word not in self.pat.intermediary_words or k == 0:
                continue
            lo = bisect_left(self.name_starts, max(0, starts[k] - 120))
            before = [n for n in self.names[lo:bisect_left(self.name_starts, starts[k])]
                      if n.end <= starts[k] and not n.place and "\n" not in self.text[n.end:starts[k]]
                      and self.degrees_after(n, starts[k])]
            if not before:
                continue
            principal = max(before, key=lambda n: n.end - n.start)
            roled = False
            holder: _Name | None = None
            for j in range(k + 1, min(len(texts), k + 16)):
                if self.text[ends[j - 1]:starts[j]].strip(" ,()"):
                    break  # a full stop, a quote mark or a dash ends the phrase
                at = bisect_left(self.name_starts, starts[j])
                spans = self.names[at:bisect_right(self.name_starts, starts[j])]
                held = [n for n in spans if n.person] or [p for p in map(self.person_after_rank, spans) if p]
                if held and (roled or not spans[0].person):
                    # the last person of the phrase holds the role: "melalui Kasi Sarpras, Pengelolaan
                    # Data dan Informasi Nurhakim" (a field read as a name comes first)
                    holder = held[0]
                low = texts[j].lower()
                if holder is not None and ends[j] <= holder.end:
                    continue
                plain = without_pronoun_enclitic(low) or low  # "juru bicaranya"
                if low in self.pat.role_words or plain in self.pat.role_words or one_word_rank(low, self.ranks):
                    roled = True
                elif not (_capitalised(texts[j]) or low in self.pat.conjunctions):
                    break  # "melalui keterangan tertulis": a channel, no role; or the phrase ends
            if holder is not None:
                found[starts[k]] = (principal, holder)
        return found

    def spoken_through(self, name: _Name) -> tuple[_Name, _Name] | None:
        """The principal and the one who spoke for them when ``name`` is the principal's mention
        right before "melalui" (its span as the model or the cue read it, degrees or not)."""
        for via, (principal, holder) in self.intermediary_of.items():
            if name.start < principal.end and principal.start < name.end and name.end <= via:
                return principal, holder
        return None

    def person_after_rank(self, span: _Name) -> _Name | None:
        """The person a role's span ends with after a rank ("Kasat Reskrim Iptu Fauzi Atmaja SH"
        read as one body -> "Fauzi Atmaja"), or None."""
        if span.place:
            return None
        tokens = list(_WORD.finditer(span.text))
        ranked = [i for i, t in enumerate(tokens) if one_word_rank(case_blind_key(t.group()), self.ranks)]
        if not ranked or ranked[-1] + 1 >= len(tokens):
            return None
        first = tokens[ranked[-1] + 1]
        rest = span.text[first.start():]
        name = without_degrees(rest)
        if not all(_capitalised(w) and not w.isupper() for w in name.split()):
            return None
        return _Name(span.start + first.start(), span.start + first.start() + len(name), name, True)

    def degrees_after(self, name: _Name, pos: int) -> bool:
        """Whether only a comma or degrees stand between ``name`` and ``pos`` ("AKBP Ahmad SIK MH
        melalui ...")."""
        gap = self.text[name.end:pos].strip(" ,")
        return not gap or (len(gap) < 30 and without_degrees(f"{name.text} {gap}") == name.text)

    def principal(self, holder: _Name, role: str, head_len: int) -> str | None:
        """Whom a role held for someone names: a person named right after the role
        ("…, juru bicara Sekjen PBB Antonio Guterres"), else the person the rest of the role
        describes ("Sekjen PBB" -> Antonio Guterres, Sekretaris Jenderal PBB), else the rest as
        written ("Kementerian Luar Negeri")."""
        rest = " ".join(role.split()[head_len:])
        if not rest:
            return None
        pos = self.text.find(role, holder.end, holder.end + 200)
        if pos >= 0:
            after = self.text[pos + len(role):pos + len(role) + 3]
            nxt = [p for p in self.persons if pos + len(role) <= p.start <= pos + len(role) + len(after)]
            if nxt:
                return self.fullest(nxt[0])
        wanted = self.expand_role(rest).split()
        for cand in self.persons:
            if cand.text == holder.text or cand.role is None:
                continue
            if wanted and all(w in self.expand_role(cand.role).split() for w in wanted):
                return self.fullest(cand)
        return rest

    def role_of(self, name: _Name) -> str:
        """The words around a person that give their role, lower-cased and alias-expanded: the
        title attached to the mention, else the words right before the name back to the last
        name before it and after it in an apposition."""
        if name.role:
            return self.expand_role(name.role)
        s, _ = self.sentences[self.sentence_index(name.start)] if self.sentences else (0, 0)
        lo = max(s, name.start - 80)
        earlier = [n.end for n in self.names_in(lo, name.start)
                   if n.person and n.end <= name.start and not self.post_place(n, name)]
        if earlier:
            lo = max(earlier)  # "Dujarric mengatakan Guterres": Dujarric's title is not Guterres's
        before = self.text[lo:name.start]
        # "jaksa menuntut terdakwa Zarof": a role ends at the verb before the name; the words
        # before the verb are someone else ("jaksa" is not Zarof's title)
        for m in reversed(list(_WORD.finditer(before))):
            word = m.group()
            if word.islower() and word not in self.pat.role_words \
                    and (_VERB_SHAPE.match(word) or word in self.verbs.prefixed):
                before = before[m.end():]
                break
        for m in reversed(list(_WORD.finditer(before))):
            if case_blind_key(m.group()) in self.verbs.according_to and "," in before[m.end():]:
                # "Menurut majelis hakim, Zarof Ricar tidak ...": the source of the clause, not a title
                before = before[before.rindex(",") + 1:]
                break
        after = self.text[name.end:name.end + 60]
        if after.startswith(","):
            after = after.split(".")[0]
        else:
            after = ""
        return self.expand_role(f"{before} {after}".lower())

    def post_place(self, earlier: _Name, name: _Name) -> bool:
        """"Kapolres Merauke, AKBP Bahara Marpaung": a place right after a role head and set off by a
        comma before the person (ranks and bracketed initials between) is the place of the post, part
        of the person's role, not a person whose words end it. A place is one the gazetteer knows,
        one an administrative unit's word opens, or what follows a head a region follows ("Kapolres",
        "Bupati"); a role word in the gap opens a new official ("Presiden Prabowo Subianto, Menteri
        Keuangan Sri Mulyani Indrawati"), whose list the earlier person is part of."""
        head = [w.lower() for w in _WORD.findall(self.text[max(0, earlier.start - 40):earlier.start])]
        if not head or head[-1] not in self.pat.role_words:
            return False
        gap = self.text[earlier.end:name.start]
        if not gap.lstrip().startswith(",") or any(c in gap for c in ".;:!?\n"):
            return False
        words = _WORD.findall(gap)
        if not all(_capitalised(w) for w in words):
            return False
        # "Ajun Komisaris Besar Polisi (AKBP)": the words a bracketed rank closes spell that rank out
        ranked = [m.end() for m in re.finditer(r"\(([^()]{1,20})\)", gap) if m.group(1).strip().lower() in self.rank_words]
        if any(w.lower() in self.pat.role_words for w in _WORD.findall(gap[ranked[-1]:] if ranked else gap)):
            return False
        known = lookup_alias(earlier.text)
        if known is not None:
            return known.type in ("GPE", "LOC")
        return _administrative_unit(earlier.text) \
            or any(tuple(head[-len(h):]) == h for h in load_role_words().regional_heads)

    def role_holder(self, name: _Name) -> _Name:
        """A short form of a role taken for a name ("Menurut Mendag," with "Mendag" tagged as a
        person): the person introduced with that role before ("Menteri Perdagangan RI Budi
        Santoso"), when there is one; else the name as found. A head glued to its unit's short
        form ("Kasatlantas menegaskan" after "Kepala Satlantas Polresta Cilacap Komisaris Polisi
        Nunung Farmadi") is such a short form too (``compound_head_forms``)."""
        low = name.text.lower()
        if " " in name.text or low in self.alias_of:
            return name  # "Menteri Dalam Negeri (Mendagri) Tito Karnavian": the text says whose short form it is
        if low in self.pat.role_aliases:
            holders = [self.person_with_role([name.text], name.start)]
            spelt = body_head_spelt_out(low)  # "Kalapas" after "Kepala Lembaga Pemasyarakatan ... X"
            if spelt is not None:
                holders.append(self.person_with_role(spelt.split(), name.start))
            found = [h for h in holders if h is not None]
            return max(found, key=lambda h: h.start) if found else name  # the one introduced last
        if load_role_words().compound_head(name.text):
            for form in self.compound_head_forms(low):
                holder = self.person_with_role(form, name.start)
                if holder is not None:
                    return holder
        return name

    def compound_head_forms(self, low: str) -> list[list[str]]:
        """The ways an article writes the role a glued head stands for ("kasatlantas"): the word
        itself ("Kasatlantas Polres Jembrana"), its head's short form spelt out before the rest
        ("Kasat Lantas": "kepala satuan" + "lantas"), or the head's first word before the unit's
        glued short form ("Kepala Satlantas": "kepala" + "satlantas", the unit taking the letters
        of the head's short form after the first word's)."""
        forms = [[low]]
        for prefix in load_role_words().compound_head_prefixes:
            if not low.startswith(prefix) or prefix not in self.pat.role_aliases:
                continue
            spelt = self.pat.role_aliases[prefix].split()
            forms.append([*spelt, low[len(prefix):]])
            forms.extend([spelt[0], low[cut:]] for cut in range(1, len(prefix)))
        return forms

    def expand_role(self, role: str) -> str:
        words = re.findall(r"[\w\-]+", role.lower())
        return " ".join(self.pat.role_aliases.get(w, w) for w in words)

    def person_with_role(self, role_words: list[str], before: int) -> _Name | None:
        wanted = self.expand_role(" ".join(role_words)).split()
        if not wanted:
            return None
        for head in self.relational:
            if tuple(wanted[:len(head)]) == head:
                # "juru bicara itu": the last person introduced as someone's spokesperson
                holders = [n for n, h, _ in self.spokespersons if h == head and n.start < before]
                if holders:
                    return holders[-1]
        heads = [h for h in self.relational if tuple(wanted[:len(h)]) == h]
        for cand in reversed(self.persons):
            if cand.start >= before or self.in_quote(cand.start):
                continue  # a name inside a quote is what is said, not a role holder who speaks
            lead = self.text[max(0, cand.start - 40):cand.start].lower()
            if any(re.search(r"\b" + re.escape(" ".join(h)) + r"\s+$", lead) for h in heads):
                continue  # "kuasa hukum Fariz RM": the one the role is held for, not its holder
            role = self.role_of(cand).split()
            if all(w in role for w in wanted):
                return cand
        return None

    def names_after_role(self, head: tuple[str, ...], at: int) -> int | None:
        """How many capitalised name words stand between the role ``head`` and ``at``, the rest only
        coordinators (quote_patterns.yaml) and commas: 2 for "pengacara Cita Citata dan " before "Didi
        Mahardhika" (a second client of the lawyer), 0 for the role right before ``at`` ("Kuasa hukum
        Budi Santoso"), None when the text before ``at`` is no such role and list. Read word by word
        from ``at`` back, each word in one way only."""
        tokens = _ROLE_LIST_TOKEN.findall(self.text[max(0, at - 80):at])
        k, named = len(tokens), 0
        while k >= len(head):
            if tuple(t.lower() for t in tokens[k - len(head):k]) == head:
                # "Pengacara Cita Citata dan ": the role ends the walk, capitalised or not
                return named if named or k == len(tokens) else None
            t = tokens[k - 1]
            if t[:1].isupper():
                named += 1
            elif t != "," and t.lower() not in self.pat.coordinators:
                return None
            k -= 1
        return None

    def told_of_before(self, head: tuple[str, ...], name: _Name) -> bool:
        """Whether the person ``name`` names after the relational role ``head`` was told of before,
        outside quotes, not as a holder of that role: the party a lawyer or a spokesperson speaks for
        ("vonis ... kepada Budi Santoso" before "ujar pengacara Budi Santoso"), not the holder
        introduced with the role ("Juru Bicara Hasan Nasbi menanggapi ..." before "kata Juru Bicara
        Hasan Nasbi")."""
        who = self.fullest(name)
        for o in self.persons:
            if o.start >= name.start:
                break
            if self.in_quote(o.start) or self.fullest(o) != who:
                continue
            if self.names_after_role(head, o.start) is not None:
                continue  # the role before it: the holder introduced (or a client listed after it again)
            if all(w in self.role_of(o).split() for w in head):
                continue  # "Hasan Nasbi selaku juru bicara": the holder
            return True
        return False

    def principal_holder(self, head: tuple[str, ...], principal_name: _Name | None, before: int) -> _Name | None:
        """Who holds ``head`` (a relational role: "kuasa hukum", "pengacara") for the person
        ``principal_name`` names, introduced before ``before``: the spokesperson found for that
        principal, else the last person not the principal whose role holds the head, whether the
        role stands before the name or after it with an apposition opener ("Ferdian Sutanto selaku
        pengacara Cita Citata")."""
        principal = set(self.fullest(principal_name).lower().split()) if principal_name is not None else set()
        holders = [n for n, h, whom in self.spokespersons if h == head and n.start < before
                   and whom is not None and (principal & set(whom.lower().split()) or principal_name is None)]
        if holders:
            return holders[-1]
        for cand in reversed(self.persons):
            if cand.start >= before or self.in_quote(cand.start) \
                    or principal & set(self.fullest(cand).lower().split()):
                continue
            listed = self.names_after_role(head, cand.start)
            if listed:
                continue  # "pengacara Cita Citata dan Didi Mahardhika": a client, not the role's holder
            if listed == 0 and any(o.start < cand.start and self.fullest(o) == self.fullest(cand) for o in self.persons):
                # "pengacara Sinta Maharani" after "Penyanyi Sinta Maharani": the person introduced before is
                # the client; "Kuasa hukum Budi Santoso hadir", his first mention, introduces the lawyer
                continue
            role = self.role_of(cand).split()
            if all(w in role for w in head):
                starts = [i for i in range(len(role)) if tuple(role[i:i + len(head)]) == head]
                held_for = set(role[starts[0] + len(head):]) if starts else set()  # whom the role is for
                if principal and held_for and not held_for & principal:
                    continue  # "juru bicara pemerintah Thailand, Jirayu": the role held for another principal
                return cand
            after = [w.lower() for w in _WORD.findall(self.text[cand.end:cand.end + 60])[:len(head) + 1]]
            if after and after[0] in self.pat.apposition_openers and tuple(after[1:]) == head:
                return cand
        return None

    # ------------------------------------------------------------------ speaker phrases

    def pronoun_speaker(self, cue: str | None, pos: int, subject: bool = False, pronoun: str | None = None) -> _Speaker:
        """Whom "ujarnya", "katanya", "dia menambahkan" stand for: the person in focus, unless
        the quote itself names that person in the third person ("… saya serahkan kepada
        Triono …," ujarnya is not Triono): then the last speaker it does not name, else nobody.
        A pronoun with a gender ("she") does not stand for a person the text shows to be of the
        other ("he said" went to him before): the last person named before who may be meant."""
        found = self.focus_speaker(cue, pos, subject)
        wanted = self.pat.pronoun_genders.get(pronoun or "")
        if wanted is not None and found.name is not None and found.name.person:
            if self.gender_of(found.name) not in (None, wanted):
                found = self.person_of_gender(wanted, found.name, pos, cue)
            if found.name is not None:
                self.genders.setdefault(self.fullest(found.name), wanted)
        if found.name is None or not self.quote_words or not self.named_in_quote(found.name):
            return found
        here = self.sentence_index(pos)
        for earlier in reversed(self.history):
            if here - earlier.sentence > 12:
                break
            if not self.named_in_quote(earlier.name):
                return _Speaker(earlier.name, CONF_PRONOUN_FAR, cue)
        return _Speaker(None, 0.0, cue)

    def gender_of(self, name: _Name) -> str | None:
        """"male", "female" or None: what a pronoun resolved to the person before said, else a
        gendered title or noun in the name or its role ("Mrs Hoffmann", "spokeswoman Ana Lee",
        "Tom Hale, the father of ..."), else the first gendered pronoun after the name in its
        sentence when the sentence names no other person ("Ana Silva watched from her porch")."""
        full = self.fullest(name)
        if full in self.genders:
            return self.genders[full]
        words = [w.lower().rstrip(".") for w in _WORD.findall(f"{name.text} {self.role_of(name)}")]
        # "Tom Reed, whose wife died": a gendered noun after a possessive is someone else
        told = {self.pat.gendered_words[w] for n, w in enumerate(words) if w in self.pat.gendered_words
                and not (n and (words[n - 1] in self.pat.possessive_determiners or words[n - 1].endswith("'s")
                                or words[n - 1].endswith("\u2019s")))}
        if len(told) == 1:
            return told.pop()
        a, b = self.sentences[self.sentence_index(name.start)] if self.sentences else (0, len(self.text))
        if any(n.person and n.start != name.start and self.fullest(n) != full for n in self.names_in(a, b)):
            return None
        for w in _WORD.findall(self.text, name.end, b):
            if w.lower() in self.pat.gendered_pronouns:
                return self.pat.gendered_pronouns[case_blind_key(w)]
        return None

    def person_of_gender(self, wanted: str, other: _Name, pos: int, cue: str | None) -> _Speaker:
        """The last person named before ``pos`` (outside quotes, at most 6 sentences back) who may
        be of the ``wanted`` gender and is not ``other``: the one a "she said" after a man's words
        stands for; nobody when there is none."""
        here = self.sentence_index(pos)
        skip = self.fullest(other)
        for cand in reversed(self.persons):
            if cand.start >= pos or self.in_quote(cand.start) or self.fullest(cand) == skip:
                continue
            if here - self.sentence_index(cand.start) > 6:
                break
            if self.gender_of(cand) in (None, wanted) and not self.possessor(cand) and not self.family_plural(cand):
                return _Speaker(cand, CONF_PRONOUN_FAR, cue)
        return _Speaker(None, 0.0, cue)

    def named_in_quote(self, name: _Name) -> bool:
        """Whether a word of the person's name (capitalised, not a title) is in the quote at hand."""
        # an initial ("A" of "Jonna A. Damanik") is no word that names the person: "SLBN A
        # Pajajaran" in the quote does not make "…,” tandasnya" someone else's words
        def names_person(w: str) -> bool:
            return (_capitalised(w) and len(w.rstrip(".")) > 1 and w.lower() not in self.pat.role_words
                    and w.lower() not in self.pat.not_person_words and w.lower().rstrip(".") not in self.titles)

        words = [w for w in _WORD.findall(self.fullest(name)) if names_person(w)]
        shared = load_name_types().tradition_name_words
        if not any(w.lower() in shared for w in words):
            return any(w in self.quote_words for w in words)
        # a naming tradition's shared word ("Andi", "Wayan") names nobody by itself: "... bersama Andi
        # Edy Manaf," ujarnya is still Andi Muchtar Ali Yusuf's when he is in focus; the person's own
        # words, of the full name and of the name written here ("Andi Utta"), do; the words of the
        # name written here pass the same filter ("Bupati Sinjai Andi Baso Amir": "Bupati" is an office)
        own = [w for w in words + _WORD.findall(name.text) if names_person(w) and w.lower() not in shared]
        return any(w in self.quote_words for w in (own or words))

    def focus_speaker(self, cue: str | None, pos: int, subject: bool = False) -> _Speaker:
        """The person in focus; ``subject``: the cue is a pronoun as the subject of its sentence
        ("Ia mengaku ..."), which goes on with the subject of the sentence just before it."""
        focus = self.focus
        if self.unnamed_subject is not None and (focus is None or focus.sentence < self.unnamed_subject):
            return _Speaker(None, 0.0, cue)  # someone unnamed is the last subject: no guess
        if focus is None:
            # "..., termasuk pakar ... UGM, Bayu Dwi Apri Nugroho, Ph.D. Menurutnya, ...": no one
            # has been the subject yet; the one person the sentence before names is meant (before
            # the quote's first sentence: a quote of several sentences closes sentences after)
            here = self.sentence_index(pos if self.quote_start is None else min(pos, self.quote_start))
            if here == 0:
                return _Speaker(None, 0.0, cue)
            a, b = self.sentences[here - 1]
            persons = [n for n in self.names_in(a, b) if n.person and len(n.text) > 2
                       and n.text.lower().rstrip(".") not in self.titles]  # not "Ph" of "Ph.D."
            # only a person the model tagged: a run of capitals ("Indeks Prestasi Kumulatif",
            # "Declaration Act") is too weak a guess for a pronoun with no one in focus, and too
            # weak to stand against the one person the model did tag ("Presiden ke-6 RI, Susilo
            # Bambang Yudhoyono (SBY), yang hadir sebagai Penasihat Khusus Asia Pacific Leaders
            # Malaria Alliance ..., menyatakan optimisme ...": the alliance's capitals are no rival)
            tagged = [n for n in persons if n.tagged]
            if len({self.fullest(n) for n in tagged}) == 1:
                return _Speaker(tagged[-1], CONF_PRONOUN, cue)
            return _Speaker(None, 0.0, cue)
        here = self.sentence_index(pos)
        talker = self.speech_focus
        if focus.speech and not focus.name.person and cue is not None \
                and without_pronoun_enclitic(cue.lower()) is not None:
            # "pungkasnya", "katanya" stand for a person: a body that has just spoken ("BI memandang
            # ...") does not take the cue from the spokesperson quoted just before it
            person = next((h for h in reversed(self.history) if h.name.person), None)
            if person is not None and person.sentence <= focus.sentence and here - person.sentence <= 4 \
                    and not self.of_another_body(person.name, focus.name):
                return _Speaker(person.name, CONF_PRONOUN_FAR, cue)
            newcomer = self.person_brought_in_after(focus.sentence, pos)
            if newcomer is not None:
                return _Speaker(newcomer, CONF_PRONOUN, cue)
        if (not focus.speech and talker is not None and talker.name.text != focus.name.text
                and not (subject and focus.name.person and here - focus.sentence == 1
                         # "Julian ... menyatakan keprihatinannya atas peristiwa yang menimpa Mbah
                         # Tupon. Mbah Tupon kehilangan ... Ia menegaskan": a subject the talker's
                         # words already named, who has not spoken and holds no office or occupation,
                         # does not take the pronoun from the talker; one brought in new does
                         # ("Sebelumnya, Sutarno Wiryo (70) menjadi korban ... Ia mengaku"), or brought
                         # in again with an age ("Diberitakan sebelumnya, Mbah Tupon (68), menjadi ...")
                         and (self.spoke_before(focus.name) or self.introduced_with_role(focus.name)
                              or self.first_named(focus.name) or _age_after().match(self.text, focus.name.end)))
                # a person brought in as the subject of the sentence right before the cue ("Analis
                # Baird, Ben Kallo, juga menurunkan peringkat ... 'quote,' ujarnya") is whom the
                # article turns to, not the one who talked before them
                and not (focus.name.person and focus.name.tagged and here - focus.sentence == 1
                         and self.first_named(focus.name) and self.introduced_with_role(focus.name))
                # a body that spoke ("PT Jasa Marga (JSMR) mengklaim ...") does not outrank the
                # person the sentence just before the cue opens with ("Mohamad Agus Setiawan,
                # Corporate Secretary Jasa Marga mencontohkan ... 'quote,' ujarnya")
                and not (focus.name.person and not talker.name.person and here - focus.sentence <= 1)
                # a person the text names for the first time after the talker last spoke, and whom the
                # narration since is about ("Namun, Joan Alvarez, yang tinggal di kawasan Gotik ... Joan
                # menolak pergi. '...,' ujarnya"), is whom the article has turned to
                and not (focus.name.person and focus.name.tagged and self.brought_in_after(focus.name, talker.sentence)
                         and self.narrative_distance(focus.sentence, here) <= 2)
                and focus.name.text.split()[-1].lower() not in self.speakers
                and self.narrative_distance(talker.sentence, here) <= (8 if self.quote_about_someone() else 4)):
            # "katanya" goes on with the person who has been talking, not with someone the
            # previous sentence merely mentions as its subject ("Powell akan ...")
            return _Speaker(talker.name, CONF_PRONOUN_FAR, cue)
        far = here - focus.sentence > 3
        return _Speaker(focus.name, CONF_PRONOUN_FAR if far else CONF_PRONOUN, cue)

    def person_brought_in_after(self, body_sentence: int, pos: int) -> _Name | None:
        """The one person the narration brings in with an office after a body spoke and right
        before a "-nya" cue ("Kemenhub menyatakan ... Hal itu dikonfirmasi langsung oleh Direktur
        Jenderal Perhubungan Laut Kemenhub, Budi Santosa. '...,' ujarnya"): the cue stands for a
        person, and the body's official is who was just brought in to speak. None when no such
        person, or more than one, stands in the sentence before the cue (quotes not counted)."""
        here = self.sentence_index(pos)
        brought = {self.fullest(n): n for n in self.persons
                   if n.start < pos and not self.in_quote(n.start) and n.tagged
                   and self.sentence_index(n.start) > body_sentence
                   and self.narrative_distance(self.sentence_index(n.start), here) <= 1
                   and self.introduced_with_role(n)}
        return next(iter(brought.values())) if len(brought) == 1 else None

    def brought_in_after(self, name: _Name, sentence: int) -> bool:
        """Whether every mention of the person (quotes included) stands after ``sentence``: the text
        brings them in only after it."""
        words = {w for w in self.fullest(name).split() if _capitalised(w)}
        mentions = [n for n in self.persons if words & set(self.fullest(n).split())]
        # brought in by a full name (given name and more): a lone capitalised word opening a
        # sentence ("Khawatir dengan kondisi bayinya, Reno ...") is no one brought in
        first = min(mentions, key=lambda n: n.start, default=None)
        if first is None or len(first.text.split()) < 2 or not all(_capitalised(w) for w in first.text.split()) \
                or not all(self.sentence_index(n.start) > sentence for n in mentions):
            return False
        # brought in as a source is brought in with a description: an office or occupation before the
        # name, or set off after it ("Joan Alvarez, yang tinggal di ...", "Patria Yowana, penanggung
        # jawab kegiatan"); a name in a related headline, a partner named in passing ("Kekasihnya ...,
        # Richelle Skornicki.") or one of a list of guests is no one the article turns to
        a, b = self.sentences[self.sentence_index(first.start)]
        if len({self.fullest(n) for n in self.names_in(a, b) if n.person}) > 2:
            return False
        return self.introduced_with_role(first) or re.match(r",\s+[a-z]", self.text[first.end:first.end + 3]) is not None

    def spoke_before(self, name: _Name) -> bool:
        """Whether the person has been seen speaking before (a quote or a speech verb)."""
        full = self.fullest(name)
        return any(self.fullest(h.name) == full for h in self.history)

    def first_named(self, name: _Name) -> bool:
        """Whether ``name`` is the first mention of that person: no person named before it shares
        a capitalised word of their fullest name."""
        words = {w for w in self.fullest(name).split() if _capitalised(w)}
        return not any(n.start < name.start and words & set(self.fullest(n).split()) for n in self.persons)

    def introduced_with_role(self, name: _Name) -> bool:
        """Whether the text gives the person an office as it names them ("Analis Baird, Ben
        Kallo,"): a title the entity finder attached, or a role word among the four words just
        before the name in its sentence. "Korban bernama X" brings in a victim, not a source."""
        if name.role:
            return True
        a = self.sentences[self.sentence_index(name.start)][0]
        before = [w.lower() for w in _WORD.findall(self.text[a:name.start])][-4:]
        # a police or army rank is an office too ("Kabid Humas Polda Jawa Barat (Jabar) Kombes
        # Pol Hendra Rochmawan": the role words stand further back than the rank); an occupation
        # brings in a source as well ("Setali tiga uang, petani lainnya, Musito, ...")
        return any(w in self.pat.role_words or w in self.rank_words or w in self.pat.occupation_nouns for w in before)

    def narrative_distance(self, earlier: int, here: int) -> int:
        """Sentences from ``earlier`` to ``here`` that are not inside a direct quote: a long quote
        split into several sentences does not carry its speaker further away."""
        return sum(1 for k in range(earlier + 1, here + 1)
                   if k < len(self.sentences) and not self.in_quote(self.sentences[k][0]))

    def quote_about_someone(self) -> bool:
        """Whether the direct quote at hand speaks of someone in the third person ("Dia sudah
        biasa mondar mandir ..."): the one the sentences before it are about is then its topic,
        and a "-nya" cue after it goes on with whoever was talking, a little further back too."""
        return any(w.lower() in self.pat.pronouns_third for w in self.quote_words)

    def of_another_body(self, person: _Name, body: _Name) -> bool:
        """Whether the text gives the person a role naming something other than the body ("Rima
        Hassan, anggota Parlemen Eropa" is no voice of "Kementerian Luar Negeri"): a role word
        that is neither a role nor a function word, and no word shared with the body's name. A
        bare role ("juru bicara") or none says nothing, and so does a body named by a common noun
        ("Polisi mengatakan" after "Kapolsek Ciwandan Kompol Andi Suherman": no word to share)."""
        if len(body.text.split()) < 2 or not all(_capitalised(w) for w in body.text.split()[1:]):
            return False
        full = set(self.fullest(person).lower().split())
        body_words = set(self.expand_role(self.fullest(body)).split()) | set(self.expand_role(body.text).split())
        named = False
        for cand in self.persons:
            if not set(cand.text.lower().split()) <= full:
                continue
            # the title the entity finder attached, not the words the quote finder reads around
            # a name (they may run into a quote)
            role = [w for w in self.expand_role(cand.role or "").split() if w not in self.function_words]
            if any(w in body_words for w in role):
                return False
            named = named or any(w not in self.pat.role_words and w not in self.pat.not_person_words
                                 and w not in full for w in role)
        return named

    def role_reference(self, tokens: list[str], cue: str | None, pos: int,
                       idx: Sequence[int] | None = None) -> _Speaker | None:
        """"juru bicara itu", "Menteri pertahanan": a role standing for a person named before. With
        ``idx`` (the word indices of ``tokens``), a role two people were introduced with ("Hakim
        menyebut" after two judges) is kept as the speaker, as written: it names neither of them, but
        the quote is still the role's."""
        lows = [t.lower() for t in tokens]
        if not lows or lows[0] in self.pat.indefinite or lows[0] not in self.pat.role_words:
            return None
        role = []
        for w in lows:
            if w not in self.pat.role_words and w not in self.pat.not_person_words:
                break
            role.append(w)
        found = self.person_with_role(role[:4], pos)
        if found is None:
            return _Speaker(None, 0.0, cue)  # no one introduced with the role: the role stays
        if _role_head(role[0], self) and _another_holder(self, role[:4], found, pos):
            if idx is None or len(lows) > len(role) and lows[-1] in self.pat.definite:
                return _Speaker(None, 0.0, cue)
            s, e = self.words.starts[idx[0]], self.words.ends[idx[len(role) - 1]]
            return _Speaker(_Name(s, e, self.text[s:e], False, in_passing=True), CONF_ROLE, cue)
        return _Speaker(found, CONF_ROLE, cue)

    def speaker_after_verb(self, start: int, limit: int, cue: str) -> _Speaker | None:
        """The speaker named after a cue: "kata Menteri Luar Negeri AS Anthony Blinken pada ..."."""
        idx = self.words.between(start, limit)
        part: list[int] = []
        appositive: list[int] = []
        cur = part
        listed = [c for a, b in self.portfolio_spans if a < limit and start < b for c in range(a, b)
                  if self.text[c] == ","]
        relative_at = None  # where a relative clause cut the speaker's words ("pelatih yang ... ini")
        for k in idx:
            gap_start = self.words.ends[k - 1] if cur or k > idx.start else start
            gap = self.text[gap_start:self.words.starts[k]]
            if cur is part and part and any(gap_start <= c < self.words.starts[k] for c in listed):
                part.append(k)  # "Menteri Pendidikan Tinggi, Sains, dan Teknologi": still the role
                continue
            # the full stop of a title or an initial ("kata Dr. Dhaval Gameti", "G.S. Malik")
            # does not end the speaker's name
            if k > idx.start and any(c in gap for c in ".;:!?\n") \
                    and not (gap.strip() == "." and gap.startswith(".") and is_abbreviation(self.text, gap_start)):
                break
            if "," in gap and k > idx.start:
                if cur is appositive:
                    break
                cur = appositive
            word = self.words.texts[k]
            if word.lower() in self.pat.speaker_stop and not _capitalised(word):
                # "Deputi Bidang Statistik Distribusi dan Jasa Setianto": "dan" inside a role
                joins = word in self.pat.role_name_joiners and k + 1 < len(self.words.texts) \
                    and _capitalised(self.words.texts[k + 1]) and cur and _capitalised(self.words.texts[cur[-1]])
                if not joins:
                    if word.lower() in self.pat.relative_pronouns and cur is part:
                        relative_at = k
                    break
            cur.append(k)
        # "kata Ferdian Sutanto selaku pengacara Cita Citata": the capacity a named speaker spoke
        # in, with the names it holds, is not the speaker
        cut = next((j for j in range(1, len(part)) if self.words.texts[part[j]].lower() in self.pat.apposition_openers), None)
        if cut is not None and any(n.person for n in self.names_in(self.words.starts[part[0]], self.words.ends[part[cut - 1]])):
            part = part[:cut]
        # "ungkap laporan Al Jazeera", "tulis akun resmi @sekretariat.kabinet": the source the
        # report or account belongs to speaks
        lead = 0
        platform = False
        while lead < len(part):
            word = self.words.texts[part[lead]]
            if word in self.pat.source_nouns:
                lead += 1
            elif word.lower() in self.pat.source_platforms and lead + 1 < len(part) and (lead > 0 or len(word) > 1):
                # "mengutip Instagram Kemenkes", "tulis akun X TMC Polda Metro Jaya": the platform
                # carries the owner's words; a lone "X" opening the cue may be a person's initial
                lead += 1
                platform = True
            else:
                break
        if 0 < lead < len(part):
            part = part[lead:]
        if not part:
            return None
        if platform and all(self.words.texts[k].islower() for k in part) and len(part) <= 4:
            if any(self.words.texts[k] in self.pat.definite or self.words.texts[k] in self.pat.indefinite
                   for k in part):
                # "tulis akun Instagram jenama parfum tersebut": a description of the owner, no name
                # (the last speaker may be someone else: the brand's ambassador)
                return _Speaker(None, 0.0, cue)
            # "tulis akun Facebook info cegatan jogja": an account named in lower case is the source
            s, e = self.words.starts[part[0]], self.words.ends[part[-1]]
            return _Speaker(_Name(s, e, self.text[s:e], False, in_passing=True), CONF_ORG, cue)
        if 0 < lead and all(self.words.texts[k].lower() in self.pat.definite for k in part):
            # "imbuh pernyataan tersebut", "tulis akun tersebut": the statement or account the
            # text has just named: its account ("akun Instagram @x"), else who spoke last
            return self.source_before(cue, start)
        if self.text[self.words.starts[part[0]] - 1:self.words.starts[part[0]]] == "@":
            return _Speaker(self.handle_owner(self.words.starts[part[0]] - 1), CONF_ORG, cue)
        first = self.words.texts[part[0]]
        first_low = first.lower()
        if first_low in self.pat.pronouns_person:
            return self.pronoun_speaker(cue, start, pronoun=first_low)
        if first_low in self.pat.pronouns_joint:
            return self.joint_reference(cue, start)  # "ujar keduanya"
        if first_low in self.pat.pronouns_group or first_low in self.pat.indefinite:
            named = self.named_after_description(part, appositive) if first_low in self.pat.indefinite_one else None
            return _Speaker(named, CONF_NAMED_AFTER if named is not None else 0.0, cue)
        if first_low in self.pat.role_articles:
            # "lanjut sang perdana menteri": the one introduced before with that role; a role no
            # one was introduced with ("kata sang ayah") names no one the text gives
            role = self.role_reference([self.words.texts[k] for k in part[1:]], cue, start)
            return role if role is not None else _Speaker(None, 0.0, cue)
        span_end = self.words.ends[part[-1]]
        names = self.names_in(self.words.starts[part[0]], span_end)
        persons = [n for n in names if n.person]
        described = self.description_reference(part, cue, start)
        if described is None and relative_at is not None:
            described = self.described_with_clause(part, relative_at, limit, cue, start)
        if described is not None:
            return described
        lows = tuple(self.words.texts[k].lower() for k in part)
        head_of = next((h for h in self.relational if lows[:len(h)] == h and len(lows) > len(h)), None)
        if head_of is not None and not (persons and persons[0].start < self.words.starts[part[len(head_of)]]):
            # "jelas pengacara Cita Citata", "kata pengacara sang biduan": the lawyer introduced
            # before speaks for the client, whom the words after the role name or describe
            client = next((n for n in names if n.start == self.words.starts[part[len(head_of)]]), None)
            holder = self.principal_holder(head_of, client, start)
            if holder is not None:
                return _Speaker(holder, CONF_ROLE, cue)
            if client is not None and client.person and not appositive and self.told_of_before(head_of, client):
                # "ujar pengacara Roy Suryo di dalam persidangan", Roy Suryo told of before (the one
                # tried) and no lawyer named: someone speaks for the client, unnamed; the client named
                # after the role is not the speaker. A name first met here ("kata Juru Bicara Hasan
                # Nasbi") is the usual way to name the holder and falls through to speak
                return _Speaker(None, 0.0, cue)
        if not _capitalised(first) and first_low in self.pat.body_nouns and len(part) >= 2 \
                and self.words.texts[part[-1]].lower() in self.pat.definite and not persons:
            # "kata kementerian tersebut", "kata koalisi itu": the body named before with that noun;
            # with none, nobody: the last body merely named, or the last speaker (a director of
            # the company: "..., kata perusahaan tersebut"), is no guess worth making
            body = self.body_before(start, first_low, kind_only=True) or self.body_of_kind(first_low, start)
            return _Speaker(body, CONF_ROLE if body is not None else 0.0, cue)
        if not _capitalised(first) and first_low not in self.pat.role_words:
            described_holder = self.described_person(part, persons)
            if described_holder is not None:
                return _Speaker(described_holder, CONF_NAMED_AFTER, cue)  # "jelas pemilik warung Riadi Putra"
            named = self.person_in_lower_case(part, start)
            if named is not None:
                return _Speaker(named, CONF_NAMED_AFTER, cue)  # "lanjut perry": Perry Warjiyo, named before
            if appositive:
                # "ujar anak Kusnadi, Teddy Kusdita": a relation described in lower case, then the
                # person it describes, set off by a comma; after any other description ("ungkap
                # pegiat lingkungan hidup, Rendra Wahyu Saputra") the person's full name
                app = self.names_in(self.words.starts[appositive[0]], self.words.ends[appositive[-1]])
                app_persons = [n for n in app if n.person]
                described = first_low in self.pat.person_nouns or first_low in self.kinship \
                    or (bool(app_persons) and " " in app_persons[0].text and app_persons[0].tagged)
                if described and app_persons and self.opens_with(appositive, app_persons[0]):
                    return _Speaker(app_persons[0], CONF_NAMED_AFTER, cue)
            body = self.institution(part, start)
            if body is not None:
                return _Speaker(body, CONF_ROLE, cue)  # "kata polisi setempat"
            referent = self.party_referent(first_low) if len(part) == 1 else None
            if referent is not None:
                return _Speaker(_Name(referent[0], referent[1], referent[2], True), CONF_ROLE, cue)  # "jawab pelaku"
            voice = 0
            while voice < len(part) and self.words.texts[part[voice]].lower() in self.pat.body_voice_nouns:
                voice += 1
            if 0 < voice < len(part) and _capitalised(self.words.texts[part[voice]]):
                # "terang pihak KJRI", "kata tim riset Stockbit Sekuritas": those who speak for a
                # body, then its name: the body speaks
                voiced = [n for n in names if not n.person and not n.place
                          and n.start == self.words.starts[part[voice]] and not not_a_speaker(n.text, self.pat)]
                if voiced:
                    return _Speaker(self.whole_body(part[voice:], voiced[0]), CONF_ORG, cue)
            return _Speaker(None, 0.0, cue)  # "sahut pendukung Anies": a group, not Anies
        if appositive and (first_low in self.pat.role_words or load_role_words().compound_head(first)
                           or any(self.words.texts[k].lower() in self.pat.role_words for k in part[1:3])):
            # "kata Kepala BPBD Tanah Lawu, Hendra Pakaya": the role, then the person; "kata PGS
            # General Manager Bandara I Gusti Ngurah Rai, Wahyudi": a rank before the role too
            app = self.names_in(self.words.starts[appositive[0]], self.words.ends[appositive[-1]])
            app_persons = [n for n in app if n.person]
            if app_persons and self.opens_with(appositive, app_persons[0]):
                return _Speaker(app_persons[0], CONF_NAMED_AFTER, cue)
            ranked = self.ranked_holder(appositive, app_persons)
            if ranked is not None:
                return _Speaker(ranked, CONF_NAMED_AFTER, cue)
            # "kata Humas Basarnas Bandung, Joshua, Senin": a name the model called a place, set
            # off after the role and nothing the article shows to be a place, is the role's holder
            if app and app[0].place and self.opens_with(appositive, app[0]) \
                    and not _evidently_place(app[0].text, self.text):
                return _Speaker(replace(app[0], person=True, place=False), CONF_NAMED_AFTER, cue)
        joint = self.joint_names(self.words.starts[part[0]], span_end)
        if joint is not None:
            # "kata Ahmad dan Budi", "menurut Menteri A dan Wakil Menteri B": the first speaks, with
            # the others; "kata A kepada B dan C" stops at "kepada" and never gets here
            conf = CONF_NAMED_AFTER if joint[0].person else CONF_ORG
            return _Speaker(joint[0], conf, cue, others=tuple(joint[1:]))
        if len(persons) >= 2 and persons[0].start == self.words.starts[part[0]] \
                and self.described_after(persons[0], persons[1]):
            # "ujar Sumala Rantauhati (51) orang tua Naufal Imandalis": the name the cue opens with
            # speaks; the person named inside the lower-case description after it is who they are to
            return _Speaker(persons[0], CONF_NAMED_AFTER, cue)
        if persons:
            return _Speaker(persons[-1], CONF_NAMED_AFTER, cue)
        if appositive:
            app = self.names_in(self.words.starts[appositive[0]], self.words.ends[appositive[-1]])
            app_persons = [n for n in app if n.person]
            if app_persons and self.opens_with(appositive, app_persons[0]):
                return _Speaker(app_persons[0], CONF_NAMED_AFTER, cue)
        role = self.role_reference([self.words.texts[k] for k in part], cue, start)
        if role is not None and role.name is None and len(part) >= 2 and first_low in self.pat.role_words \
                and self.words.texts[part[-1]].lower() in self.pat.definite:
            # "ujar Ketum PAN tersebut" with no one introduced by that role: a definite role
            # points back to the person in focus, as "kata pria itu" does, not to the body in it
            return self.pronoun_speaker(cue, start)
        if role is not None and (role.name is not None or not names):
            if role.name is None:
                role.name = self.unnamed_role(part)
                role.confidence = CONF_ROLE if role.name is not None else 0.0
            return role
        if names:
            return _Speaker(self.whole_body(part, names[0]), CONF_ORG, cue)
        if lead and all(_capitalised(self.words.texts[k]) for k in part):
            # "ungkap laporan Al Jazeera": the source a report belongs to, capitalised, even
            # where the entity finder missed it
            s, e = self.words.starts[part[0]], self.words.ends[part[-1]]
            return _Speaker(_Name(s, e, self.text[s:e], False), CONF_ORG, cue)
        return _Speaker(None, 0.0, cue)

    def described_after(self, first: _Name, later: _Name) -> bool:
        """Whether the words between two names (an age in brackets left out) open with a word in
        lower case: a description of the first ("orang tua", "istri", "pelatih") that the later
        name completes, not the second half of one name the model cut in two."""
        gap = self.text[first.end:later.start]
        age = _age_after().match(gap)
        if age is not None:
            gap = gap[age.end():]
        words = _WORD.findall(gap)
        return bool(words) and words[0].islower() and words[0] not in self.pat.name_particles \
            and not any(c in gap for c in ".;:!?\n,")

    def named_after_description(self, part: list[int], appositive: list[int]) -> _Name | None:
        """"ujar salah satu sopir jip, Budi Santoso", "kata seorang warga, Ani Lestari": one person
        described in lower case, then set off by a comma, the person's name, which opens the
        apposition (a full name, or one the model tagged): that person spoke. A day after the
        comma ("kata seorang warga, Rabu") names no one."""
        if not appositive:
            return None
        app = self.names_in(self.words.starts[appositive[0]], self.words.ends[appositive[-1]])
        first = next((n for n in app if n.person), None)
        if first is None or not self.opens_with(appositive, first) or not (first.tagged or " " in first.text):
            return None
        return first

    def described_person(self, part: list[int], persons: list[_Name]) -> _Name | None:
        """"jelas pemilik warung Riadi Putra": a description in lower case of two words (up to
        ROLE_DESCRIPTION_WORDS) right before a person's full name, who closes the cue, is that
        person's apposition; the person speaks. One noun before a name governs it ("sahut
        pendukung Anies" is a group) and a group word names no one."""
        if not persons or " " not in persons[-1].text or persons[-1].end != self.words.ends[part[-1]]:
            return None
        lead = [k for k in part if self.words.starts[k] < persons[-1].start]
        words = [self.words.texts[k] for k in lead]
        # an occupation opening the description is the person's own ("kata psikolog Danira
        # Alamsyah", "kata dokter spesialis gizi Rina Dewi"): one word is enough, and it may
        # carry its speciality
        occupation = bool(words) and words[0] in self.pat.occupation_nouns
        longest = ROLE_DESCRIPTION_WORDS + 2 if occupation else ROLE_DESCRIPTION_WORDS
        shortest = 1 if occupation else 2
        if not shortest <= len(words) <= longest or not all(w.isalpha() and w.islower() for w in words):
            return None
        if any(w in self.pat.pronouns_group or w in self.pat.indefinite or w in self.pat.speaker_stop
               or w in self.pat.locatives for w in words):
            return None
        return persons[-1]

    def joint_reference(self, cue: str | None, pos: int) -> _Speaker:
        """"ujar keduanya": the speakers of the last joint statement, when it is the last speech
        and at most three sentences back; else nobody (a wrong pair is worse than none)."""
        if self.joint_focus is not None and self.speech_focus is not None:
            speaker, sentence = self.joint_focus
            if speaker.name is self.speech_focus.name and self.sentence_index(pos) - sentence <= 3:
                return _Speaker(speaker.name, CONF_PRONOUN, cue, speaker.others)
        return _Speaker(None, 0.0, cue)

    def workplace_description(self, part: list[int]) -> bool:
        """"Pengajar di Fakultas Ekonomi Universitas Andalas itu": an occupation and where it is
        held, with no person named inside and no setting or relative clause ("Profesor Lestari pada
        kesempatan ini" is a person named with a setting); "di" opens the workplace when a
        capitalised word follows it."""
        if any(n.person for n in self.names_in(self.words.starts[part[0]], self.words.ends[part[-1]])):
            return False
        texts = [self.words.texts[k] for k in part]
        for i, w in enumerate(texts[1:], 1):
            low = w.lower()
            if low in self.pat.relative_pronouns:
                return False
            if low in self.pat.narration_settings and not (low == "di" and i + 1 < len(texts)
                                                             and _capitalised(texts[i + 1])):
                return False
        return True

    def description_reference(self, part: list[int], cue: str | None, pos: int) -> _Speaker | None:
        """"ujar aktor 27 tahun tersebut", "kata pria asal Bandung itu": a person noun made
        definite after a cue, or an office made definite with its place ("Kapolsek Ingin Jaya
        itu"), stands for a person named before: the last one introduced with that noun or office
        as a role, else the person in focus. Names inside the description are what it says about
        that person ("putra sulung Ahmad Dhani itu"), not the speaker."""
        while part and self.words.texts[part[-1]].lower() in self.pat.speech_adverbs:
            part = part[:-1]  # "Pentolan Dewa 19 itu juga menuturkan": the adverb is no part of it
        if len(part) < 2:
            return None
        noun = self.words.texts[part[0]].lower()
        if self.words.texts[part[-1]].lower() not in self.pat.definite:
            return None
        person_noun = noun in self.pat.person_nouns or noun in self.pat.occupation_nouns
        if noun in self.pat.person_nouns:
            role = [noun]
        elif noun in self.pat.occupation_nouns and self.workplace_description(part):
            # "Pengajar di Fakultas Ekonomi Universitas Andalas itu menyatakan": an occupation made
            # definite with its workplace is a person named before, as a person noun is
            role = [noun]
        elif noun in self.pat.role_words and len(part) >= 3 \
                and not any(self.words.texts[k].lower() in self.pat.relative_pronouns
                            or self.words.texts[k].lower() in self.pat.narration_settings for k in part[1:]) \
                and not any(n.person and n.tagged and " " in n.text
                            for n in self.names_in(self.words.starts[part[0]], self.words.ends[part[-1]])):
            # "Kapolsek Ingin Jaya itu mengatakan": an office made definite, with its place, is
            # the person holding it named before (else the one in focus), not the place inside
            # it ("Jaya" of "Ingin Jaya", one word, may be tagged a person); a full name the model
            # tags inside ("Direktur ... Dhetik Ariyanto yang turut mendampingi Wapres tersebut")
            # or a relative clause is the subject's own description; a setting ("Prof Lely pada
            # kesempatan ini mengungkapkan") is what the determiner belongs to, not the office
            role = []
            for k in part:
                w = self.words.texts[k].lower()
                if w not in self.pat.role_words:
                    break
                role.append(w)
        else:
            return None
        holder = self.person_with_role(role[:4], self.words.starts[part[0]])
        if holder is not None:
            return _Speaker(holder, CONF_ROLE, cue)
        found = self.pronoun_speaker(cue, pos)
        def degree(name: _Name | None) -> bool:  # "Sp" of "dr. Gloria Tanjung, Sp.N" read as a name
            return name is not None and (len(name.text) <= 2 or name.text.lower().rstrip(".") in self.titles)

        if person_noun and (found.name is None or not found.name.person or degree(found.name)):
            # a person or occupation noun is a person: with a body or no one in focus ("Bank
            # Indonesia sempat mengungkap ... Pengajar di ... itu menyatakan"), the person who
            # spoke last, if lately; an office ("Juru bicara tersebut") may stand for its body
            person = next((h for h in reversed(self.history) if h.name.person and not degree(h.name)), None)
            if person is not None and self.sentence_index(pos) - person.sentence <= 4:
                return _Speaker(person.name, CONF_PRONOUN_FAR, cue)
            if degree(found.name):
                return _Speaker(None, 0.0, cue)
        return found

    def described_with_clause(self, part: list[int], relative_at: int, limit: int, cue: str | None,
                              pos: int) -> _Speaker | None:
        """"ujar pelatih yang karib disapa Didi ini", "kata dokter yang sehari-hari praktik di RS X
        itu": a person or occupation noun in lower case, a relative clause about it, and the
        determiner that closes the cue make the noun definite as "pelatih ini" does: the person named
        before with that noun as a role, else the one in focus. The clause is what the text says about
        that person (a nickname, a past feat), so the names inside it never speak. The determiner must
        end the cue's clause (a comma, a full stop or the line's end after it); else it may belong to
        a noun inside the clause."""
        if len(part) > 3 or any(_capitalised(self.words.texts[k]) for k in part):
            return None
        noun = self.words.texts[part[0]].lower()
        if noun not in self.pat.person_nouns and noun not in self.pat.occupation_nouns:
            return None
        last = None
        for k in self.words.between(self.words.ends[relative_at], limit):
            if any(c in self.text[self.words.ends[k - 1]:self.words.starts[k]] for c in ".,;:!?\n\"“”"):
                break
            last = k
        if last is None or self.words.texts[last].lower() not in self.pat.definite:
            return None
        after = self.text[self.words.ends[last]:self.words.ends[last] + 2].lstrip(" ")
        if after[:1] not in (".", ",", "\n", ""):
            return None
        return self.description_reference(part + [last], cue, pos)

    def source_before(self, cue: str | None, pos: int) -> _Speaker:
        """"tulis akun tersebut", "imbuh pernyataan tersebut": the account named by its handle in
        the eight sentences before ``pos`` when it is the only one named there (with several,
        nobody), else the last speaker when they spoke in the three sentences before, else
        nobody."""
        here = self.sentence_index(pos)
        lo = self.sentences[max(0, here - 8)][0] if self.sentences else 0
        handles = [m for m in re.finditer(r"(?<![\w.])@[\w.]*\w", self.text[lo:pos]) if not self.in_quote(lo + m.start())]
        if len({case_blind_key(m.group()) for m in handles}) == 1:
            # one account named: it; several ("akun utama @a, @b, serta @c"): which one is not known
            return _Speaker(self.handle_owner(lo + handles[-1].start()), CONF_ORG, cue)
        if handles:
            return _Speaker(None, 0.0, cue)
        talker = self.speech_focus
        if talker is not None and here - talker.sentence <= 3:
            return _Speaker(talker.name, CONF_PRONOUN_FAR, cue)
        return _Speaker(None, 0.0, cue)

    def body_before(self, pos: int, noun: str | None = None, kind_only: bool = False) -> _Name | None:
        """The organisation an anaphoric "lembaga ini" points to: the last one named in the three
        sentences before ``pos`` (its full name when an acronym follows it), or None; with
        ``noun`` ("kementerian tersebut"), the last one with that noun in its name first (with
        ``kind_only``, only that one)."""
        first_sentence = max(0, self.sentence_index(pos) - 3)
        lo = self.sentences[first_sentence][0] if self.sentences else 0
        # a body's name has several words or is an acronym; one capitalised word may be any
        # sentence opener ("Lembaga", "Hujan")
        for n in reversed(self.names_in(0, pos) if noun else []):
            # the noun names its kind: the last body named with it, however far back (the sentences
            # of a long quote in between), also inside a name with a dateline glued on ("Tel Aviv
            # -Kementerian Luar Negeri Israel"): the name from that word
            at = re.search(rf"(?<!\w){re.escape(noun)}\b", n.text, re.IGNORECASE)
            if at is not None and not n.person and n.end <= pos and len(n.text[at.start():].split()) > 1 \
                    and not not_a_speaker(n.text[at.start():], self.pat):
                return _Name(n.start + at.start(), n.end, n.text[at.start():], False, place=n.place, in_passing=True)
        if kind_only:
            return None
        bodies = [n for n in self.names_in(lo, pos) if not n.person and not n.place and n.end <= pos
                  and (" " in n.text or n.text.isupper()) and not not_a_speaker(n.text, self.pat)]
        if not bodies:
            return None
        last = bodies[-1]
        # "Badan Pusat Statistik (BPS)": the acronym's full name
        earlier = [n for n in bodies[:-1] if self.text[n.end:last.start].strip() == "("]
        return earlier[-1] if earlier else last

    def unnamed_role(self, part: list[int]) -> _Name | None:
        """"ujar jaksa saat membacakan tuntutan": a bare role the article gives no name for is
        who speaks, as written; not a role made definite ("jaksa itu": someone named before)."""
        words = [self.words.texts[k] for k in part]
        if not words or not all(w.islower() and w in self.pat.role_words for w in words):
            return None
        s, e = self.words.starts[part[0]], self.words.ends[part[-1]]
        return _Name(s, e, self.text[s:e], False, in_passing=True)

    def person_in_lower_case(self, part: list[int], pos: int) -> _Name | None:
        """A person named before ``pos`` whose name holds the words of ``part`` written in lower
        case by a typo ("lanjut perry" after "Gubernur BI Perry Warjiyo"), or None."""
        lows = [self.words.texts[k].lower() for k in part]
        if not lows or len(lows) > 3 or any(w in self.pat.role_words or w in self.pat.not_person_words for w in lows):
            return None
        for cand in reversed(self.persons):
            if cand.start < pos and all(w in cand.text.lower().split() for w in lows):
                return cand
        return None

    def handle_owner(self, at: int) -> _Name:
        """"tulis @sekretariat.kabinet": the name the text gives the account's owner, when its
        letters are the handle's ("Sekretariat Kabinet"); else the handle as written."""
        handle = re.match(r"@[\w.]*\w", self.text[at:])
        end = at + (handle.end() if handle else 1)
        key = re.sub(r"[\W_]", "", self.text[at:end]).lower()
        for name in self.names:
            if re.sub(r"[\W_]", "", name.text).lower() == key:
                return _Name(name.start, name.end, name.text, name.person, place=name.place, in_passing=True)
        return _Name(at, end, self.text[at:end], False, in_passing=True)

    def institution(self, part: list[int], pos: int) -> _Name | None:
        """"polisi", "kepolisian setempat", "pihak bank": an authority named by a lower-case noun
        (the whole of ``part``) speaks as itself, as written. "pihak X" is the body named before
        ``pos`` whose name opens with X ("pihak bank" -> "Bank PNM"), when there is one."""
        lows = [self.words.texts[k].lower() for k in part]
        if not lows or any(w in self.pat.definite or w in self.pat.indefinite for w in lows):
            return None
        party = lows[0] in self.pat.party_words and len(lows) > 1
        head = 1 if party else 0
        if party and len(lows) == 2:
            bodies = [n for n in self.names_in(0, pos) if not n.person and " " in n.text
                      and n.text.split()[0].lower() == lows[1] and not not_a_speaker(n.text, self.pat)]
            if bodies:
                b = bodies[-1]
                return _Name(b.start, b.end, b.text, False, place=b.place, in_passing=True)
        if not party and lows[0] not in self.pat.institution_nouns:
            return None
        if _capitalised(self.words.texts[part[head]]) and head:
            return None  # "pihak Bank PNM": a name, read as one
        for k, low in zip(part[head + 1:], lows[head + 1:]):
            if low not in self.pat.institution_qualifiers and not _capitalised(self.words.texts[k]):
                return None
        if all(low in self.pat.institution_qualifiers for low in lows[head + 1:]):
            body = self.body_of_kind(lows[head], pos)
            if body is not None:
                return body
        s, e = self.words.starts[part[0]], _end_before_open_bracket(self.text, self.words.starts[part[0]],
                                                                    self.words.ends[part[-1]])
        # "Polisi mengatakan, ..." between quotes of the officer who has been speaking: a later
        # "tuturnya" goes on with that officer, not with the noun (``set_focus``)
        return _Name(s, e, self.text[s:e], False, in_passing=True, noun=True)

    def body_of_kind(self, noun: str, pos: int) -> _Name | None:
        """The last body named before ``pos`` that the institution noun stands for ("polisi" after
        "Polda Bali"): its name opens with one of the noun's ``institution_bodies``."""
        heads = (self.pat.institution_bodies or {}).get(noun)
        if not heads:
            return None
        for n in reversed(self.names_in(0, pos)):
            words = n.text.lower().split()
            if not n.person and len(words) > 1 and not not_a_speaker(n.text, self.pat) \
                    and any(tuple(words[:len(h)]) == h for h in heads):
                return _Name(n.start, n.end, n.text, False, place=n.place, in_passing=True)
        return None

    def whole_body(self, part: list[int], name: _Name) -> _Name:
        """"ucap Command Center Disgulkarmat DKI Jakarta": a body speaks under its whole
        capitalised name, of which the mentions may cover only a part ("DKI Jakarta")."""
        lead = 0
        while lead < len(part) and (self.words.texts[part[lead]].lower() in self.pat.sentence_openers
                                    or self.words.texts[part[lead]].lower() in self.pat.conjunctions
                                    or self.words.texts[part[lead]].lower() in self.pat.party_words):
            lead += 1  # "Namun Mendagri mengatakan": the opener is no part of the name
        part = part[lead:]
        caps = [k for k in part if _capitalised(self.words.texts[k]) or self.words.texts[k] in self.pat.name_connectors]
        if not caps or caps != part[:len(caps)] or not _capitalised(self.words.texts[caps[-1]]):
            return name
        s, e = self.words.starts[caps[0]], self.words.ends[caps[-1]]
        e = _end_before_open_bracket(self.text, s, e)
        if not (s <= name.start and name.end <= e) or (s, e) == (name.start, name.end) \
                or any(n.person for n in self.names_in(s, e)):
            return name
        return _Name(s, e, self.text[s:e], False)

    def body_before_short_form(self, part: list[int], names: list[_Name], verb_start: int) -> _Name | None:
        """The body whose short form in brackets stands right before the speech verb, the whole of
        ``part`` before the bracket capitalised ("Gabungan Produsen Rokok Putih Indonesia (GAPRINDO)
        menilai"): the full name the article writes, which the mentions may split (a place inside,
        "Indonesia"). None when the words before the bracket are a role ("Menteri Energi dan Sumber
        Daya Mineral (ESDM) menyatakan": its holder speaks) or name a person."""
        if not names or names[-1].person or names[-1].place or not_a_speaker(names[-1].text, self.pat):
            return None
        short = names[-1]
        if self.text[short.end:verb_start].strip() != ")" or self.text[:short.start].rstrip()[-1:] != "(":
            return None
        open_at = self.text.rfind("(", 0, short.start)
        lead = 0
        while lead < len(part) and (self.words.texts[part[lead]].lower() in self.pat.sentence_openers
                                    or self.words.texts[part[lead]].lower() in self.pat.conjunctions):
            lead += 1
        before = [k for k in part[lead:] if self.words.ends[k] <= open_at]
        if len(before) < 2 or self.words.texts[before[0]].lower() in self.pat.role_words:
            return None
        if not all(_capitalised(self.words.texts[k]) or self.words.texts[k] in self.pat.name_connectors for k in before) \
                or not _capitalised(self.words.texts[before[-1]]):
            return None
        s, e = self.words.starts[before[0]], self.words.ends[before[-1]]
        if any(n.person for n in self.names_in(s, e)):
            return None
        return _Name(s, e, self.text[s:e], False)

    def opens_with(self, span: list[int], name: _Name) -> bool:
        """Whether the words ``span`` begin with ``name``, after nothing but ranks and titles
        ("Iptu Doohan Octa", "Prof. Dr. Supriatna")."""
        lead = [self.words.texts[k] for k in span if self.words.starts[k] < name.start]
        i = 0
        while i < len(lead):
            # a rank of two words ("Kombes Pol", "Brigjen TNI") is read whole: its second word
            # alone is no rank
            n = rank_length(lead, i)
            if not n and not (lead[i].lower() in self.pat.role_words or lead[i].lower().rstrip(".") in self.titles):
                return False
            i += n or 1
        return True

    def ranked_holder(self, span: list[int], persons: list[_Name]) -> _Name | None:
        """The name after the rank that opens ``span`` ("AKBP Aditya Surya Dharma" after "Kapolresta
        Yogyakarta,"): the capitalised words after the rank, degrees left out, when a person the
        model found lies inside them; the model's span may have left a first name out ("Surya
        Dharma"), which a rank right before the words shows to be the name's. None otherwise."""
        tokens = [self.words.texts[k] for k in span]
        i = 0
        while i < len(tokens) and (n := rank_length(tokens, i)):
            i += n
        if i == 0:
            return None
        end = i
        while end < len(tokens) and _capitalised(tokens[end]) and not tokens[end].isupper():
            end += 1
        if end == i:
            return None
        s, e = self.words.starts[span[i]], self.words.ends[span[end - 1]]
        name = without_degrees(self.text[s:e])
        if " " not in name or not any(s <= p.start and p.end <= s + len(name) for p in persons):
            return None
        return _Name(s, s + len(name), name, True)

    def role_set_off_before(self, start: int, end: int) -> _Name | None:
        """The person named right before the comma at ``start`` when the words ``start``..``end``
        are the role the entities gave that person ("Dadiri, Ketua Umum Komunitas Jeep ..."), or
        begin it."""
        segment = self.text[start:end].strip(" ,")
        named = self.person_right_before(0, start)
        if not segment or named is None or not named.role:
            return None
        role = named.role.strip()
        return named if role.startswith(segment) or segment.startswith(role) else None

    def in_address(self, name: _Name) -> bool:
        """Whether ``name`` is an administrative unit ("Kapanewon Moyudan") written as part of an
        address: after a comma or a place word ("di", "dari"), not as the body of a role ("Kepala
        Menteri Negara Bagian Karnataka, Siddaramaiah, mengatakan": the holder follows)."""
        if not _administrative_unit(name.text):
            return False
        before = self.text[max(0, name.start - 30):name.start].rstrip()
        last = before.split()[-1].lower() if before.split() else ""
        return before.endswith(",") or last in load_role_words().place_cues

    def name_before_description(self, cuts: list[int], a: int, b: int, idx: list[int]) -> _Name | None:
        """The person a lower-case description set off by a comma is about, when the segment
        before it is that person's name alone, an age in brackets allowed after it ("Ahmad
        Suraya (61), pedagang hewan kurban di Kalurahan Tirtonirmolo, Kapanewon Kasihan, Bantul,
        mengaku"; places set off after the description were passed over already). A description
        that names a person itself, or a segment that is more than a name, gives None."""
        k = cuts.index(a) if a in cuts else 0  # not a cut: a day opened the segment (read past it)
        if k == 0 or _capitalised(self.words.texts[idx[0]]) or not self.words.texts[idx[0]].isalpha():
            return None
        first = self.words.texts[idx[0]].lower()
        if not self.text[a:b].rstrip().endswith(",") and first not in self.pat.apposition_openers \
                and first not in self.pat.speaker_stop and first not in self.pat.subordinators \
                and first not in self.pat.occupation_nouns and first not in self.pat.person_nouns \
                and first not in self.pat.role_words and first not in self.pat.speech_adverbs:
            # "Aries, ramalan zodiak besok mengatakan": words running on to the verb that open with
            # no word of a description or of when and how one spoke are the subject themselves
            return None
        if any(n.person for n in self.names_in(a, b)):
            return None
        prev = cuts[k - 1]
        for n in reversed(self.names_in(prev, a)):
            if not n.person or n.end > a:
                continue
            if not n.tagged:
                return None  # a run of capitals no tagger called a person
            age = _age_after().match(self.text, n.end)
            rest = self.text[age.end() if age else n.end:a]
            if rest.strip(" ,") or not self.name_alone_in(prev, n.end, n):
                return None
            return n
        return None

    def person_right_before(self, start: int, end: int) -> _Name | None:
        """The last person named between ``start`` and ``end`` with nothing but spaces and
        commas after them up to ``end`` ("Dadiri, " before a role set off after the name)."""
        earlier = [n for n in self.names_in(start, end) if n.person and not self.text[n.end:end].strip(" ,")]
        return earlier[-1] if earlier else None

    def name_alone_in(self, start: int, end: int, name: _Name) -> bool:
        """Whether the segment ``start``..``end`` (between commas) holds ``name`` and nothing
        else but ranks, titles and roles before it, or a connective opening the sentence
        ("Sementara, Dadiri, Ketua Umum ... menilai"); not a clause that ends with a name
        ("Usai bertemu Presiden Prabowo, Menteri Keuangan mengatakan")."""
        span = [k for k in self.words.between(start, end)
                if self.words.texts[k].lower() not in self.pat.sentence_openers]
        return bool(span) and all(self.words.starts[k] < name.end for k in span) and self.opens_with(span, name)

    def one_phrase(self, start: int, end: int) -> bool:
        """True when only capitalised words, role words and brackets stand between two names."""
        for k in self.words.between(start, end):
            w = self.words.texts[k]
            if not (_capitalised(w) or w in self.pat.name_connectors or w.lower() in self.pat.role_words):
                return False
        return "," not in self.text[start:end]

    def body_with_joiner(self, start: int, end: int) -> _Name | None:
        """"Dinas Ketenagakerjaan dan Transmigrasi (Disnakertrans) DIY mengungkap": a body's
        capitalised name with a joiner inside ("dan", "&"), opened by a body's first word and
        followed by a bracketed abbreviation of the whole run, is one body that fills the subject
        ``start``..``end``; the words after "dan" are not a second speaker."""
        found = _JOINED_BODY.fullmatch(self.text[start:end].strip(" ,"))
        if found is None:
            return None
        run, short = found.group(1).strip(), found.group(2)
        words = run.split()
        if words[0].lower() not in load_name_types().organisation_first_words | self.pat.body_nouns \
                or not any(w.lower() in self.pat.role_name_joiners for w in words[1:-1]) \
                or not all(_capitalised(w) or w.lower() in self.pat.role_name_joiners for w in words) \
                or not abbreviates(short, run):
            return None
        s = start + len(self.text[start:end]) - len(self.text[start:end].lstrip(" ,"))
        e = s + len(found.group(0))
        return _Name(s, e, self.text[s:e], False)

    def joint_names(self, start: int, end: int, trailing: bool = False) -> list[_Name] | None:
        """The speakers of a coordination that fills ``start``..``end``: "Kapolda Bali Irjen Daniel
        dan Bupati Badung Giri Prasta" -> [Daniel, Giri Prasta], "Ahmad, Budi dan Cici" -> three;
        None unless there are two or more and every conjunct is a named person (its head, after
        its titles) or a body named by itself. A conjunct that is only a title is the front of
        the next one's role ("Menteri Koordinator Bidang Politik dan Keamanan Budi Gunawan"); one
        with no name ("dan warga") makes it no joint statement. ``trailing`` lets words follow
        the last name ("Ahmad dan Budi kompak mengatakan")."""
        idx = self.words_outside_quotes(start, end)
        names = [n for n in self.names_in(start, end) if not n.place and not not_a_speaker(n.text, self.pat)]
        inside = [(n.start, n.end) for n in self.names_in(start, end)]
        chunks: list[list[int]] = [[]]
        joined = False
        for k in idx:
            w_start = self.words.starts[k]
            if any(s < w_start < e for s, e in inside):
                chunks[-1].append(k)  # "Dinas Kebudayaan dan Pariwisata": one name, not two
                continue
            if self.words.texts[k].lower() in self.pat.coordinators and not _capitalised(self.words.texts[k]):
                joined = True
                chunks.append([])
                continue
            if chunks[-1] and "," in self.text[self.words.ends[chunks[-1][-1]]:w_start]:
                chunks.append([])  # "Ahmad, Budi dan Cici": a list
            chunks[-1].append(k)
        if not joined or any(not c for c in chunks):
            return None
        heads: list[_Name] = []
        front: list[int] = []  # a title-only conjunct carried to the next
        titled: list[bool] = []
        for pos, chunk in enumerate(chunks):
            chunk = front + chunk
            front = []
            is_titled = self.words.texts[chunk[0]].lower() in self.pat.role_words
            last = pos == len(chunks) - 1
            c_start, c_end = self.words.starts[chunk[0]], self.words.ends[chunk[-1]]
            mine = [n for n in names if c_start <= n.start and n.end <= c_end]
            persons = [n for n in mine if n.person]
            if persons:
                head = 0
                while head + 1 < len(persons) and self.one_phrase(persons[head].end, persons[head + 1].start):
                    head += 1
                if head != len(persons) - 1:
                    return None  # two persons in one conjunct: not a plain list of speakers
                after = [k for k in chunk if self.words.starts[k] >= persons[head].end]
                if after and not (last and trailing):
                    return None
                if not all(self.title_like(self.words.texts[k])
                           or self.words.texts[k].lower() in self.pat.name_connectors
                           or self.words.texts[k].lower() in self.pat.sentence_openers
                           for k in chunk if self.words.starts[k] < persons[0].start):
                    return None  # "Chemistry antara Kim Ji-Yeon dan ...": a phrase about them, not them
                heads.append(persons[head])
                titled.append(is_titled)
                continue
            if mine and mine[0].start == c_start and (mine[0].end == c_end or (last and trailing)):
                heads.append(mine[0])  # "Polda Bali dan Pemkab Badung": bodies by their names
                titled.append(is_titled)
                continue
            if not mine and not last and all(self.title_like(self.words.texts[k]) for k in chunk):
                front = chunk
                continue
            return None
        if titled and titled[0] and not all(titled[1:]):
            # "Direktur Jenderal Ketenagalistrikan Kementerian Energi dan Sumber Daya Mineral Rida
            # Mulyana": after a title, a conjunct with no title of its own goes on naming the field
            return None
        if re.match(r"\s*\([A-Z][\w-]*\)", self.text[self.words.ends[chunks[-1][-1]]:]) and not heads[-1].person:
            return None  # "Dinas Kelautan dan Perikanan (DKP)": one body's name, then its acronym
        for head in heads:
            words = head.text.lower().split()
            if all(w in self.pat.role_words or w in self.pat.not_person_words for w in words) \
                    or any(_AFFIXED.match(w) for w in words) \
                    or (head.person and all(self.field_word(w) for w in head.text.split())):
                # "CEO dan founder ...", "Pengembangan Pengaturan dan Perizinan ...": fields of a
                # role (derived nouns such as "pengembangan", "kebudayaan"), not names; nor is a
                # "person" of words news writes in lower case ("Dekan Fakultas Ilmu Komputer dan
                # MIPA Yan Mitha Djaksana": the dean's faculty)
                return None
        return heads if len(heads) >= 2 else None

    def joint_subject(self, cuts: list[int], a: int, b: int) -> list[_Name] | None:
        """The joint speakers of the subject segment ``a``..``b`` of ``subject_before``, taking in
        the segments before it while they go on the list ("Ahmad, Budi dan Cici mengatakan")."""
        joint = self.joint_names(a, b, trailing=True)
        if joint is None:
            return None
        before = [c for c in cuts if c < a]
        if before:
            lead = [self.words.texts[k] for k in self.words.between(before[-1], a)]
            if lead and all(self.title_like(w) for w in lead) and any(w.lower() in self.pat.role_words for w in lead) \
                    and not [n for n in self.names_in(before[-1], a) if n.person and " " in n.text]:
                # "Direktur Resiko, Strategi dan Kepatuhan BTN Mahelan": the list names the fields
                # of a role opened before the comma; one person holds it (a one-word "name" there is
                # a field the fallback name finder took for a person)
                return None
        for earlier in reversed([c for c in cuts if c < a]):
            wider = self.joint_names(earlier, b, trailing=True)
            if wider is None or len(wider) <= len(joint):
                break
            joint = wider
        return joint

    def field_word(self, word: str) -> bool:
        """A capitalised word of a role's field or a body's name, never of a person's: a word news
        writes in lower case (``no_name_word``: "Ilmu", "Haji") or a body's first word ("Fakultas")."""
        return no_name_word(word) or word.lower() in load_name_types().organisation_first_words

    def coordinator_after(self, name: _Name) -> bool:
        """Whether the word right after ``name`` is a coordinator ("dan", "serta")."""
        after = re.match(r" (\w+) ", self.text[name.end:name.end + 12])
        return after is not None and after.group(1).lower() in self.pat.coordinators

    def subject_before(self, sent_start: int, verb_start: int, cue: str) -> tuple[_Speaker | None, int]:
        """The subject of a speech verb: the first person of the last comma-separated segment
        before it that holds a name or a pronoun. Returns the speaker and how many persons
        share the subject ("Blinken dan Austin mengatakan" -> Blinken, 2). A person named in a
        possessive ("Mike Rowe's wife said") or a family by its plural ("The Rowes, who ...,
        said") is no one person the text names: no speaker."""
        found, shared = self.named_subject_before(sent_start, verb_start, cue)
        if found is not None and found.name is not None and found.name.person \
                and (self.possessor(found.name) or self.family_plural(found.name)):
            self.unnamed_subject = self.sentence_index(verb_start)
            return _Speaker(None, 0.0, cue), 0
        return found, shared

    def named_subject_before(self, sent_start: int, verb_start: int, cue: str) -> tuple[_Speaker | None, int]:
        """``subject_before`` as the segments read it, a possessive or family name taken as the subject."""
        # "Liputan6.com, Jakarta Kementerian Perdagangan (Kemendag) memastikan ...", "KRJOGJA.com -
        # Jakarta - Pemerintah memastikan ...": the outlet and the place of the lead's dateline are
        # no part of the subject (the last segment would otherwise run back over the place)
        sent_start = dateline_end(self.text, sent_start, verb_start)
        region = self.text[sent_start:verb_start]
        cuts = [sent_start]
        depth = 0
        for i, ch in enumerate(region):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and (ch == "," or (ch in "-–—" and (region[i - 1:i] == " " or _dateline(region[:i])))):
                cuts.append(sent_start + i + 1)
        cuts.append(verb_start)
        for a, b in reversed(list(zip(cuts, cuts[1:]))):
            idx = self.words_outside_quotes(a, b)
            if not idx:
                continue
            toks = [self.words.texts[k] for k in idx]
            companion = next((i for i, t in enumerate(toks) if t.lower() in self.pat.companion_words), None)
            if companion == 0 and b == verb_start and not any(n.person for n in self.names_in(sent_start, a)):
                # "Didampingi istrinya Presiden Y mengatakan": the companion word opens the segment that runs to
                # the verb, no comma after the companion, and no person is named before it in the sentence (in
                # "Kompol X, didampingi Iptu Y mengatakan" X speaks); the subject is the last person it names
                # that runs to the verb: only the companion's phrase before it is left out
                last = [n for n in self.names_in(self.words.ends[idx[0]], b)
                        if n.person and not self.text[n.end:b].strip()]
                kept = [i for i, k in enumerate(idx) if last and self.words.starts[k] >= last[-1].start]
                if kept and kept[0] > 1:
                    a, idx, toks = self.words.starts[idx[kept[0]]], idx[kept[0]:], toks[kept[0]:]
                    companion = None
            if companion == 0:
                continue  # "X, didampingi Kasat Reskrim AKP Y, mengatakan": who stood beside the subject
            if companion is not None:
                # "Kapolres didampingi Kasat Reskrim AKP Y menjelaskan": the subject ends where its
                # companions begin
                b = self.words.starts[idx[companion]]
                idx, toks = idx[:companion], toks[:companion]
            naming = next((i for i, t in enumerate(toks[:-1]) if t.lower() in self.pat.party_naming_words), None)
            if naming is not None:
                # "trader lain dari Bybit bernama Christiaan mengatakan": the person is the name right
                # after the naming word; the words before it describe them (a body there is no speaker)
                at = self.words.starts[idx[naming + 1]]
                named = [n for n in self.names_in(at, b) if n.start == at and n.person]
                if named:
                    return _Speaker(named[0], CONF_NAMED_BEFORE, cue), 1
            first = toks[0].lower()
            if all(t.lower() in self.pat.conjunctions for t in toks):
                continue
            if all(t.lower() in self.pat.calendar_words or t.isdigit() for t in toks):
                continue  # "Wakhyono, Kamis (19/6/2025), menjelaskan": a date set off by commas
            dated = 0
            while dated < len(toks) - 1 and (toks[dated].lower() in self.pat.calendar_words or toks[dated].isdigit()):
                dated += 1
            if dated and first in self.pat.calendar_words and any(t.isdigit() for t in toks[:dated]) \
                    and not self.text[self.words.ends[idx[0]]:self.words.starts[idx[dated]]].strip(" ()/.-0123456789"):
                # "Dilansir dari CNBC, Kamis (19/6/2025) Air India menyatakan": the date opens the
                # segment; the subject is what follows it (a day and its numbers: "Juli Oktarina
                # menuturkan" is a name)
                idx, toks = idx[dated:], toks[dated:]
                first, a = toks[0].lower(), self.words.starts[idx[0]]
            if self.relay_phrase_at(self.words.starts[idx[0]], b) is not None and a > sent_start:
                continue  # "..., seperti dilansir Reuters, menyebut": the outlet relaying, not the subject
            if _degrees_segment(self.text[a:b].strip(" ,")):
                # "Tunggak Santosa, S.H, M.H menyampaikan", "Tri Wibawa, Ph.D, Sp.MK(K), mengingatkan",
                # "..., Subsp.G.E.H. (K), FINASIM mengatakan": degrees after the name, not a subject
                continue
            if first in self.pat.manner_openers and len(toks) <= 3 and a > sent_start:
                continue  # "..., direktur utama Bulog, secara tegas menyatakan": how, not who
            places = [n for n in self.names_in(a, b) if n.place]
            before = [n for n in self.names_in(sent_start, a) if n.end <= a and not self.text[n.end:a].strip(" ,")]
            if places and before and before[-1].place and all(
                    any(n.start <= self.words.starts[k] < n.end for n in places) or toks[i].isupper()
                    or toks[i].lower() in self.pat.calendar_words for i, k in enumerate(idx)):
                # "X saat menyambangi Samarinda, Kalimantan Timur (Kaltim), menyatakan": a place set
                # off as the apposition of a place; a lone "place" after a clause ("Dalam
                # pernyataannya di Pentagon, Austin menyatakan") may be a person the model mislabelled
                if all(_evidently_place(n.text, self.text) for n in places) or self.in_address(before[-1]):
                    # after an administrative unit of an address ("di Kalurahan Sumberagung, Kapanewon
                    # Moyudan, Sleman,") the next place set off is the wider unit, known or not
                    continue
                if len(places) == 1 and len(idx) >= 2 and all(_capitalised(t) and not t.isupper() for t in toks):
                    # "Kepala BBPPMT Yogyakarta, Tunggak Santosa, menyampaikan": an unknown name
                    # the model called a place, set off after the role's place, is its holder
                    places[0].person, places[0].place = True, False
            if len(toks) > 1 and toks[-1].lower() in self.pat.pronouns_person and _capitalised(toks[-1]) \
                    and not self.text[self.words.ends[idx[-1]]:verb_start].strip():
                # "Baca Juga: ... bagi Karyawan Ter-PHK Dia mengatakan": a capitalised pronoun right
                # before the verb opens a sentence a flattened headline ran into, also when the
                # headline opens with a speech verb ("..., Catat Tanggalnya Ia menyatakan")
                return self.pronoun_speaker(cue, verb_start, subject=True), 1
            if len(toks) >= 2 and toks[1].lower() in self.pat.group_nouns and _capitalised(toks[0]):
                return _Speaker(None, 0.0, cue), 0  # "Health officials have confirmed ...": a group, not "Health"
            cue_word = self.verbs.cue(first)
            if cue_word is not None and first not in self.verbs.prefixed and not cue_word[1]:
                # "..., kata X kepada Y, dan menyebut ...": the speaker follows the first verb
                return self.speaker_after_verb(self.words.ends[idx[0]], b, toks[0]), 1
            if first in self.pat.pronouns_person or (without_pronoun_enclitic(first) or "") in self.verbs.according_to:
                return self.pronoun_speaker(cue, verb_start, subject=first in self.pat.pronouns_person,
                                            pronoun=first), 1
            if first in self.pat.indefinite and a > sent_start:
                # "Aris, seorang pedagang buah di Desa X, mengaku ...": an indefinite description
                # set off after a name is that name's apposition; the name is the subject
                earlier = [n for n in self.names_in(sent_start, a) if n.person
                           and not self.text[n.end:a].strip(" ,")]
                if earlier:
                    return _Speaker(earlier[-1], CONF_NAMED_BEFORE, cue), 1
            if first in self.pat.relative_pronouns and a > sent_start:
                # "Andi Sainal, S.P., yang merupakan kerabat Bupati Bulukumba Andi Utta, mengungkapkan
                # ...": a relative clause set off after a name (and its degrees) says who that person
                # is; the names inside it are not the subject
                earlier = [n for n in self.names_in(sent_start, a) if n.person and n.tagged
                           and (not self.text[n.end:a].strip(" ,") or _degrees_segment(self.text[n.end:a].strip(" ,")))]
                if earlier:
                    return _Speaker(earlier[-1], CONF_NAMED_BEFORE, cue), 1
            described_name = self.name_before_description(cuts, a, b, idx)
            if described_name is not None:
                return _Speaker(described_name, CONF_NAMED_BEFORE, cue), 1
            referent = self.titled_role_subject(toks)
            if referent is not None:
                # "Hakim menyatakan Zarof bersalah ...": the one judge the article names
                return _Speaker(_Name(referent[0], referent[1], referent[2], True), CONF_ROLE, cue), 1
            if first in self.pat.pronouns_joint:
                joint = self.joint_reference(cue, verb_start)  # "Keduanya menegaskan"
                return joint, 1 + len(joint.others)
            if first in self.pat.pronouns_group or first in self.pat.indefinite:
                return _Speaker(None, 0.0, cue), 0
            names = self.names_in(a, b)
            persons = [n for n in names if n.person]
            set_off = not self.text[b:verb_start].strip() and self.text[a:b].rstrip().endswith(",")
            holder = self.role_set_off_before(a, b) if a > sent_start else None
            if holder is not None:
                # "Dadiri, Ketua Umum Komunitas Jeep Cangkringan dan Kaliurang menilai": the
                # segment is the role the name before the comma was given; that name speaks
                return _Speaker(holder, CONF_NAMED_BEFORE, cue), 1
            role_first = first in self.pat.role_words
            named = self.person_right_before(sent_start, a) \
                if a > sent_start and (role_first or (set_off and not persons)) else None
            if named is not None and role_first and (not _capitalised(toks[0]) or set_off or (
                    not persons and self.name_alone_in(cuts[cuts.index(a) - 1], a, named))):
                # "Dujarric, juru bicara Sekjen PBB Antonio Guterres, mengatakan": a lower-case
                # role after a name and a comma is that name's apposition; the name is the subject;
                # so is a capitalised role set off by commas right before the verb ("Edwin
                # Teintang, Direktur Utama Reliance Manager Investasi, mengatakan"), or one that
                # runs to the verb after a segment that is that name alone and names no person
                # itself ("Steven Sulung, VP Commercial of Xpeng Indonesia menjelaskan")
                return _Speaker(named, CONF_NAMED_BEFORE, cue), 1
            if named is not None and set_off and not persons \
                    and self.name_alone_in(cuts[cuts.index(a) - 1], a, named):
                # "Andhina Aryani, Sustainability Program Activation Specialist Bank Jago, menilai":
                # words naming no person, set off by commas between a name standing alone in its
                # segment and the verb, describe that name (an apposition); the name speaks
                return _Speaker(named, CONF_NAMED_BEFORE, cue), 1
            described = self.description_reference(idx, cue, verb_start)
            if described is not None:
                return described, 1  # "Putra sulung Ahmad Dhani itu mengaku": not Ahmad Dhani
            joint = self.joint_subject(cuts, a, b)
            if joint is not None:
                # "Kapolda Bali dan Bupati Badung kompak mengatakan": the first speaks, with the others
                conf = CONF_NAMED_BEFORE if joint[0].person else CONF_ORG
                return _Speaker(joint[0], conf, cue, others=tuple(joint[1:])), len(joint)
            if len(persons) >= 2 and not self.text[persons[-1].end:verb_start].strip() and any(
                    w.lower() in self.pat.subordinators
                    for w in _WORD.findall(self.text[persons[0].end:persons[-1].start])):
                # "Petani Gagal Tanam karena Salah Prediksi Apri menjelaskan" (a flattened subhead):
                # a subordinator opens a clause of its own; the verb's subject is the name before it
                return _Speaker(persons[-1], CONF_NAMED_BEFORE, cue), 1
            lows = tuple(t.lower() for t in toks)
            head_of = next((h for h in self.relational if lows[:len(h)] == h and len(lows) > len(h)), None)
            if persons and head_of is not None and persons[0].start == self.words.starts[idx[len(head_of)]]:
                # "kuasa hukum Fariz RM menyampaikan": the lawyer introduced before speaks for
                # Fariz RM, not Fariz RM himself
                holder = self.principal_holder(head_of, persons[0], verb_start)
                if holder is not None:
                    return _Speaker(holder, CONF_ROLE, cue), 1
            joined_body = self.body_with_joiner(a, b)
            if joined_body is not None:
                return _Speaker(joined_body, CONF_ORG, cue), 1
            if persons and len(idx) >= 2 and _capitalised(toks[0]) and lows[0] in self.pat.person_body_heads \
                    and persons[0].start == self.words.starts[idx[1]] and persons[0].end == self.words.ends[idx[-1]]:
                # "Pemerintah Trump menyatakan": the government a leader heads speaks, not the leader
                s = self.words.starts[idx[0]]
                return _Speaker(_Name(s, persons[0].end, self.text[s:persons[0].end], False), CONF_ORG, cue), 1
            if persons:
                # "Perencana Keuangan Mitra Rencana Edukasi (MRE) Andi Nugroho": names joined by
                # capitalised words and brackets only are one subject whose head is the last;
                # "Blinken dan Austin" are two, and the first is taken
                head = 0
                while head + 1 < len(persons) and all(self.field_word(w) for w in persons[head].text.split()) \
                        and self.coordinator_after(persons[head]):
                    # "Dekan Fakultas Ilmu Komputer dan MIPA Yan Mitha Djaksana", "Kabid Penyelenggara
                    # Haji dan Umrah Sutrisno": a run of words news writes in lower case names the
                    # role's field, listed with "dan"; the person named after it speaks
                    head += 1
                while head + 1 < len(persons) and self.one_phrase(persons[head].end, persons[head + 1].start):
                    head += 1
                coordinated = len(persons) - head
                return _Speaker(persons[head], CONF_NAMED_BEFORE, cue), coordinated
            spoken_for = next((n for n in names if n.start == self.words.starts[idx[len(head_of)]]), None) \
                if head_of is not None and not persons else None
            if spoken_for is not None and not spoken_for.place and not not_a_speaker(spoken_for.text, self.pat):
                # "Juru bicara Kementerian Luar Negeri X mengatakan": the spokesperson named before
                # for that body, else the body itself speaks (a spokesperson the text does not name
                # is no name a reader can follow; tests/gold/coverage/FORMAT.md, bodies as speakers)
                body = self.whole_body(idx[len(head_of):], spoken_for)
                body_words = set(body.text.lower().split())
                holders = [n for n, h, whom in self.spokespersons if h == head_of and n.start < verb_start
                           and whom is not None and body_words <= set(whom.lower().split())]
                if holders:
                    return _Speaker(holders[-1], CONF_ROLE, cue), 1
                if _body_name(body.text, self.pat):
                    return _Speaker(body, CONF_ORG, cue), 1
            role = self.role_reference(toks, cue, verb_start, idx)
            if role is not None and role.name is None and len(toks) >= 2 and toks[-1].lower() in self.pat.definite:
                # "Jenderal bintang dua itu menyebut": a role made definite with no holder named
                # by it is the person in focus, as a pronoun would be
                return self.pronoun_speaker(cue, verb_start), 1
            if role is not None:
                return role, 1
            if len(toks) >= 2 and toks[-1].lower() in self.pat.definite and not persons:
                if first in self.pat.body_nouns:
                    # "Lembaga ini mencatat", "Perusahaan tersebut menyebut": a body named before
                    return _Speaker(self.body_before(a), CONF_ROLE, cue), 1
                if first in self.pat.person_nouns:
                    # "Perwira menengah polri itu menyebut": the person in focus
                    return self.pronoun_speaker(cue, verb_start), 1
            body = self.institution(idx, verb_start) if not persons else None
            if body is not None:
                return _Speaker(body, CONF_ROLE, cue), 1  # "polisi mengatakan", "pihak bank mengatakan"
            if names and names[0].start <= self.words.starts[idx[min(1, len(idx) - 1)]]:
                # "Direktorat Jenderal Perhubungan Udara mengatakan": the whole capitalised name
                return _Speaker(self.whole_body(idx, names[0]), CONF_ORG, cue), 1
            short_form_of = self.body_before_short_form(idx, names, verb_start)
            if short_form_of is not None:
                # "Gabungan Produsen Rokok Putih Indonesia (GAPRINDO) menilai": the body's full name
                return _Speaker(short_form_of, CONF_ORG, cue), 1
            if names and not names[-1].place and not self.text[names[-1].end:verb_start].strip() \
                    and not not_a_speaker(names[-1].text, self.pat):
                # "Penyiar publik Austria ORF melaporkan": the body named right before the verb,
                # after words that describe it
                return _Speaker(names[-1], CONF_ORG, cue), 1
            described = [n for n in names if not n.place and self.text[n.end:n.end + 5] == " yang"
                         and not not_a_speaker(n.text, self.pat)]
            if described:
                # "Laporan media lokal ORF yang mengutip kepolisian setempat, ..., menyebut": the
                # body a relative clause describes heads the subject
                return _Speaker(described[0], CONF_ORG, cue), 1
            return _Speaker(None, 0.0, cue), 0
        return None, 0

    # ------------------------------------------------------------------ cues next to a quote

    def cue_after(self, close: int, limit: int) -> _Speaker | None:
        """A cue right after a closing mark: ",” kata X", ",” ujarnya", ",” X menambahkan"."""
        idx = self.words.between(close + 1, limit)
        if not idx:
            return None
        k = idx.start
        gap = self.text[close + 1:self.words.starts[k]]
        if gap.strip(" ,.\t\"”’") != "" or "\n" in gap:
            return None
        if self.words.texts[k] in self.pat.name_articles and k + 1 < len(self.words.texts) \
                and _capitalised(self.words.texts[k + 1]) and self.words.starts[k + 1] < limit:
            k += 1  # ",” the DGCA said": the article before the name that speaks
        elif self.words.texts[k] in self.pat.name_articles:
            role = self.definite_role_before_verb(k + 1, limit, close)
            if role is not None:
                return role
        if self.words.texts[k - 1] in self.pat.name_articles and self.words.starts[k - 1] > close:
            body = self.named_body_before_verb(k, limit)
            if body is not None:
                return body
        if self.words.texts[k].lower() in self.pat.indefinite_articles:
            unnamed = self.unnamed_before_verb(k + 1, limit)
            if unnamed is not None:
                return unnamed
        word = self.words.texts[k]
        if word.lower() in self.pat.cue_preludes and not _capitalised(word) and k + 1 < len(self.words.texts) \
                and self.words.starts[k + 1] < limit and self.text[self.words.ends[k]:self.words.starts[k + 1]] == " ":
            nxt = self.words.texts[k + 1]
            if nxt in self.pat.source_nouns:
                # ",” demikian pernyataan Kementerian Luar Negeri Israel": the statement's source
                found = self.speaker_after_verb(self.words.ends[k], limit, word)
                return found if found is not None else _Speaker(None, 0.0, word)
            if self.verbs.cue(nxt) is not None and not _capitalised(nxt):
                k += 1  # ",” demikian tulis akun tersebut": the cue after the prelude
                word = nxt
        cue = self.verbs.cue(word)
        relayed = self.relayed_from(self.words.starts[k], limit)
        if relayed is not None:
            return relayed
        if cue is not None and not _capitalised(word):
            verb, back = cue
            if back:
                return self.pronoun_speaker(word, close)
            found = self.speaker_after_verb(self.words.ends[k], limit, word)
            if _NAME_DROPPED_AFTER_CUE.match(self.text, self.words.ends[k], limit) \
                    and (found is None or found.name is None or not_a_speaker(found.name.text, self.pat)):
                # ",” ujar, Rabu (28/5/2025).": the writer dropped the name the verb opens onto (after
                # the comma comes the day or nothing, not who spoke: ",” jelas, Anton usai ..." keeps
                # Anton), so the verb stands as "ujarnya" would: the person in focus
                return self.pronoun_speaker(word, close)
            return found if found is not None else _Speaker(None, 0.0, word)
        # ",” Ganjar menanggapi" / ",” ia menambahkan": a name or pronoun, then the verb
        names = self.names_in(self.words.starts[k], limit)
        # ",” dia kembali menegaskan": adverbs are skipped only where the quote ends mid-sentence;
        # after ".” Dia kemudian menambahkan" the pronoun opens the next sentence and quote
        mid_sentence = self.text[close - 1:close] not in _SENTENCE_END
        if word.lower() in self.pat.pronouns_person and k + 1 < len(self.words.texts):
            v = self.past_adverbs(k + 1) if mid_sentence else k + 1
            if v < len(self.words.texts) and self.verbs.cue(self.words.texts[v]) and self.words.starts[v] < limit:
                return self.pronoun_speaker(self.words.texts[v], close, pronoun=word.lower())
            return self.shaped_cue_after(close, k, limit, names)
        def new_report(v: int) -> bool:
            # ".” Ketua Air India, Natarajan Chandrasekaran mengatakan bahwa ...": after a quote
            # that ends its sentence, a verb with "bahwa" opens a report of its own; the quote
            # before it is not that speaker's
            return not mid_sentence and v + 1 < len(self.words.texts) \
                and self.words.texts[v + 1].lower() in self.verbs.complementizers
        if names and names[0].start == self.words.starts[k]:
            after = self.words.between(names[0].end, limit)
            if after:
                v = self.past_adverbs(after.start) if mid_sentence else after.start
                if v < len(self.words.texts) and self.words.starts[v] < limit and self.verbs.cue(self.words.texts[v]) \
                        and not new_report(v) \
                        and self.text[names[0].end:self.words.starts[after.start]].strip() == "":
                    conf = CONF_NAMED_AFTER if names[0].person else CONF_ORG
                    return _Speaker(names[0], conf, self.words.texts[v])
        # ",” U.S. Secretary of State Antony Blinken said", ",” the spokesman, Pieter Lomm, told":
        # titles, roles and the country they serve (capitalised words, connectors and role words,
        # the person set off by commas or not) before the person, then the verb
        # ... the role may name the one the speaker serves (",” a spokesman for Transport Minister
        # Hella Dorn, Piet Varga, told"): the person right before the verb speaks
        joint = self.joint_before_verb(k, limit)
        if joint is not None:
            return joint  # ",” Ahmad dan Budi menambahkan", ",” Blinken and Austin said"
        persons = [n for n in names if n.person]
        for person in persons:
            if not self.role_phrase(self.words.starts[k], person.start):
                continue
            after = self.words.between(person.end, limit)
            if after and self.verbs.cue(self.words.texts[after.start]) and not new_report(after.start) \
                    and self.text[person.end:self.words.starts[after.start]].strip(" ,") == "":
                return _Speaker(person, CONF_NAMED_AFTER, self.words.texts[after.start])
        # ",” Piet Varga, a spokesman for Hella Dorn, said": the person, a role set off by
        # commas, then the verb
        if persons and persons[0].start == self.words.starts[k]:
            close_at = self.text.find(",", persons[0].end + 1, limit)
            opened = self.text[persons[0].end:persons[0].end + 1] == ","
            after = self.words.between(close_at + 1, limit) if opened and close_at > 0 else None
            apposition = self.words.between(persons[0].end + 1, close_at) if after else None
            if after and apposition and self.verbs.cue(self.words.texts[after.start]) \
                    and any(self.words.texts[j].lower() in self.pat.role_words for j in apposition) \
                    and self.text[close_at + 1:self.words.starts[after.start]].strip() == "":
                return _Speaker(persons[0], CONF_NAMED_AFTER, self.words.texts[after.start])
        return self.shaped_cue_after(close, k, limit, names)

    def shaped_verb(self, j: int) -> bool:
        """Whether word ``j`` has the shape of a meN-/ber-/di- verb (``shaped_cue_prefixes``), lower-case."""
        w = self.words.texts[j]
        return w.isalpha() and w.islower() and len(w) >= self.pat.shaped_cue_min_letters \
            and w.startswith(self.pat.shaped_cue_prefixes)

    def clause_ends_after(self, end: int, limit: int) -> bool:
        """Whether the clause ends at ``end``: a sentence mark, a comma or the line's end, or a word
        that opens the setting or the audience (``shaped_cue_followers``), not an object."""
        rest = self.text[end:limit]
        m = re.match(r"[ \t]*(\S?)", rest)
        if m is None or m.group(1) == "" or m.group(1) in ".,;:!?" or rest[:m.start(1)].count("\n"):
            return True
        nxt = self.words.between(end, limit)
        return bool(nxt) and self.text[end:self.words.starts[nxt.start]].strip() == "" \
            and self.words.texts[nxt.start].lower() in self.pat.shaped_cue_followers

    def shaped_cue_after(self, close: int, k: int, limit: int, names: list[_Name]) -> _Speaker | None:
        """A quote closed on a comma whose cue is a verb no list holds but of a speech verb's shape,
        that ends its clause: '“...,” Fajar mempertegas.', '“...,” ia mempertegas kepada wartawan.',
        '“...,” dipertegas Fajar.' A verb with an object ('“...,” Budi membeli roti') is no cue."""
        if not self.pat.shaped_cue_prefixes or not self.text[:close].rstrip(" \t\"”’").endswith(",") \
                and not self.text[close + 1:self.words.starts[k]].strip().startswith(","):
            return None
        n = len(self.words.texts)
        word = self.words.texts[k]
        if word.lower() in self.pat.pronouns_person and k + 1 < n and self.words.starts[k + 1] < limit \
                and self.text[self.words.ends[k]:self.words.starts[k + 1]] == " " and self.shaped_verb(k + 1) \
                and self.clause_ends_after(self.words.ends[k + 1], limit):
            return self.pronoun_speaker(self.words.texts[k + 1], close, pronoun=word.lower())
        persons = [nm for nm in names if nm.person]
        if persons and persons[0].start == self.words.starts[k]:
            after = self.words.between(persons[0].end, limit)
            if after and self.text[persons[0].end:self.words.starts[after.start]] == " " \
                    and self.shaped_verb(after.start) and self.clause_ends_after(self.words.ends[after.start], limit):
                return _Speaker(persons[0], CONF_NAMED_AFTER, self.words.texts[after.start])
        # '“...,” Kapolres mempertegas.': a role standing for the person who holds it
        j = k
        while j < n and j - k < 4 and self.words.starts[j] < limit and self.words.texts[j].lower() in self.pat.role_words \
                and (j == k or self.text[self.words.ends[j - 1]:self.words.starts[j]] == " "):
            j += 1
        if k < j < n and self.words.starts[j] < limit and self.text[self.words.ends[j - 1]:self.words.starts[j]] == " " \
                and self.shaped_verb(j) and self.clause_ends_after(self.words.ends[j], limit):
            role = self.role_reference(self.words.texts[k:j], self.words.texts[j], close)
            if role is not None and role.name is not None:
                return role
        if self.shaped_verb(k) and k + 1 < n:
            at = self.words.starts[k + 1]
            person = next((nm for nm in persons if nm.start == at), None)
            if person is not None and self.text[self.words.ends[k]:at] == " " \
                    and self.clause_ends_after(person.end, limit):
                return _Speaker(person, CONF_NAMED_AFTER, word)
        return None

    def unnamed_before_verb(self, k: int, limit: int) -> _Speaker | None:
        """",” a police source told AFP", ",” a 24-year-old woman wondered": after "a", lower-case
        words (up to five), then a speech verb: someone the text does not name speaks, whom a later
        "she said" goes on with, not the one in focus before. None for any other words."""
        j = k
        while j < len(self.words.texts) and self.words.starts[j] < limit and j - k <= 5:
            w = self.words.texts[j]
            if self.text[self.words.ends[j - 1]:self.words.starts[j]] != " " or _capitalised(w):
                return None
            if self.verbs.cue(w) is not None and j > k:
                self.unnamed_subject = self.sentence_index(self.words.starts[j])
                return _Speaker(None, 0.0, w)
            j += 1
        return None

    def named_body_before_verb(self, k: int, limit: int) -> _Speaker | None:
        """",” the Paris prefecture tweeted", ",” the US military said": after "the", a name and
        one or two lower-case nouns, then a speech verb: that body speaks (the name alone is a
        place or a modifier). None for any other words."""
        names = self.names_in(self.words.starts[k], limit)
        if not names or names[0].start != self.words.starts[k] or names[0].person:
            return None
        j = k
        while j < len(self.words.texts) and self.words.ends[j] <= names[0].end:
            j += 1
        nouns = 0
        while j < len(self.words.texts) and self.words.starts[j] < limit and nouns <= 2:
            w = self.words.texts[j]
            if self.text[self.words.ends[j - 1]:self.words.starts[j]] != " ":
                return None
            if self.verbs.cue(w) is not None and not _capitalised(w):
                if not nouns:
                    return None  # the name alone before the verb: read by the name path
                s, e = names[0].start, self.words.ends[j - 1]
                return _Speaker(_Name(s, e, self.text[s:e], False), CONF_ORG, w)
            if _capitalised(w) or not w.isalpha() or w.lower() in self.function_words \
                    or w.lower() in self.pat.role_words:
                return None
            nouns += 1
            j += 1
        return None

    def definite_role_before_verb(self, k: int, limit: int, close: int) -> _Speaker | None:
        """",” the minister said", ",” the police chief told reporters": a role in lower case after
        "the" (word ``k`` on), then a speech verb: the person introduced before with that role, as
        "sang perdana menteri" is; no one when the text introduced no one so. None when the words
        are no role and a verb."""
        role: list[str] = []
        j = k
        while j < len(self.words.texts) and self.words.starts[j] < limit and len(role) < 3:
            w = self.words.texts[j]
            if _capitalised(w) or w.lower() not in self.pat.role_words \
                    or self.text[self.words.ends[j - 1]:self.words.starts[j]] != " ":
                break
            role.append(w)
            j += 1
        if not role or j >= len(self.words.texts) or self.words.starts[j] >= limit \
                or self.verbs.cue(self.words.texts[j]) is None \
                or self.text[self.words.ends[j - 1]:self.words.starts[j]] != " ":
            return None
        found = self.role_reference(role, self.words.texts[j], close)
        return found if found is not None else _Speaker(None, 0.0, self.words.texts[j])

    def joint_before_verb(self, k: int, limit: int) -> _Speaker | None:
        """Joint speakers from word ``k`` on, right before a speech verb in the same sentence (after
        a closing mark: ",” Ahmad dan Budi menambahkan"), or None."""
        stop = self.words.between(self.words.starts[k], limit)
        for v in stop[1:24]:
            if any(c in self.text[self.words.ends[v - 1]:self.words.starts[v]] for c in ".;:!?\n"):
                return None
            if self.verbs.cue(self.words.texts[v]) is None or _capitalised(self.words.texts[v]):
                continue
            joint = self.joint_names(self.words.starts[k], self.words.ends[v - 1])
            if joint is None:
                return None
            conf = CONF_NAMED_AFTER if joint[0].person else CONF_ORG
            return _Speaker(joint[0], conf, self.words.texts[v], others=tuple(joint[1:]))
        return None

    def relayed_from(self, at: int, limit: int) -> _Speaker | None:
        """",” dilansir dari India Today": a quote no one is said to speak, relayed from a named
        source (an according-to phrase other than "menurut" right after the closing mark), is
        that source's words as far as the article goes."""
        phrase = self.relay_phrase_at(at, limit)
        if phrase is None:
            return None
        found = self.speaker_after_verb(at + len(phrase), limit, self.text[at:at + len(phrase)])
        return found if found is not None and found.name is not None else None

    def relay_phrase_at(self, at: int, limit: int) -> str | None:
        """The according-to phrase other than "menurut" that names a relaying source at ``at``
        ("dilansir dari", "seperti dikutip", "mengutip"), or None."""
        low = self.text[at:limit].lower()
        for phrase in sorted(self.verbs.according_to, key=len, reverse=True):
            if phrase in self.verbs.according_to_origin or not low.startswith(phrase):
                continue
            if low[len(phrase):len(phrase) + 1].isalnum():
                continue  # "dilansirnya", not the phrase
            return phrase
        return None

    def past_adverbs(self, k: int) -> int:
        """The index of the first word from ``k`` on that is not an adverb standing between a
        speaker and their verb ("dia kembali menegaskan", "Ganjar pun menambahkan"); two at most."""
        n = len(self.words.texts)
        j = k
        while j < n and j - k < 2 and self.words.texts[j].lower() in self.pat.speech_adverbs \
                and self.text[self.words.ends[j - 1]:self.words.starts[j]] == " ":
            j += 1
        return j

    def role_phrase(self, start: int, end: int) -> bool:
        """True when only capitalised words, connectors and role words stand between ``start``
        and a name at ``end``, an apposition comma right before the name allowed."""
        between = self.words.between(start, end)
        if not between:
            return False
        described = 0  # "navy spokesman Arvid Solen said": a short lower-case description
        for k in between:
            w = self.words.texts[k]
            if _capitalised(w) or w.lower() in self.pat.name_connectors or w.lower() in self.pat.role_words:
                continue
            if not w.isalpha() or w.lower() in self.pat.speaker_stop:
                return False
            described += 1
        return described <= ROLE_DESCRIPTION_WORDS and "," not in self.text[start:end].rstrip(" ,")

    def cue_before(self, sent_start: int, open_: int, partial: bool = False) -> _Speaker | None:
        """A cue before an opening mark: "Rutte menyebutkan, “…", "Menurut X, “…".

        For a direct quote the cue must be near the mark; a partial quote takes the speech
        verb of its whole sentence ("X mengatakan, ..., akan menjadikan mereka "target"")."""
        idx = self.words_outside_quotes(sent_start, open_)
        prefixed_only = partial
        for k in reversed(idx if partial else idx[-12:]):
            word = self.words.texts[k]
            low = word.lower()
            source = self.verbs.source_cue(low)
            if source is not None:
                if source[1]:
                    return self.pronoun_speaker(word, open_)
                found = self.speaker_after_verb(self.words.ends[k], open_, word)
                return found
            phrase = self.source_phrase_ending(k)
            if phrase:
                found = self.speaker_after_verb(self.words.ends[k], open_, phrase)
                if found is not None and found.name is not None:
                    return found
            if low in self.verbs.prefixed:
                described = self.described_before(k)
                if described is not None:
                    return _Speaker(described, CONF_PARTIAL, word)
                found, shared = self.subject_before(sent_start, self.words.starts[k], word)
                if found is not None and shared > 1:
                    found.confidence = CONF_PARTIAL_SHARED
                return found
            if not prefixed_only and low in self.verbs.base and k + 1 < len(self.words.texts) \
                    and low not in self.verbs.telling:
                # "told Business Insider: “…": the name after a verb of telling is the audience
                found = self.speaker_after_verb(self.words.ends[k], open_, word)
                if found is not None and found.name is not None:
                    return found
            if low in self.verbs.reporting:
                # "Kuswara told reporters: “…": the subject before an English verb
                found, _ = self.subject_before(sent_start, self.words.starts[k], word)
                if found is not None and found.name is not None:
                    return found
        return None

    def source_phrase_ending(self, k: int) -> str | None:
        """The source phrase of several words ("according to") whose last word is word ``k``, as
        written, or None."""
        for phrase in self.verbs.source_phrases:
            n = len(phrase)
            if k + 1 >= n and tuple(w.lower() for w in self.words.texts[k + 1 - n:k + 1]) == phrase:
                return self.text[self.words.starts[k + 1 - n]:self.words.ends[k]]
        return None

    def described_before(self, k: int) -> _Name | None:
        """The person a relative clause set off by a comma describes, when word ``k`` is the
        clause's own speech verb ("... pengaduan terhadap Forbes, yang mengatakan dalam sebuah
        pernyataan bahwa ia “…”": Forbes speaks, not the subject of the whole sentence)."""
        if k < 1 or self.words.texts[k - 1].lower() not in self.pat.relative_pronouns:
            return None
        before = self.text[:self.words.starts[k - 1]].rstrip()
        if not before.endswith(","):
            return None
        comma = len(before) - 1
        named = [n for n in self.names_in(max(0, comma - 80), comma) if n.end == comma]
        if not named:
            return None
        n = named[-1]
        words = set(n.text.lower().split())
        if not n.person and not any(words <= set(p.text.lower().split()) for p in self.persons):
            return None  # a body or a place; a name the article gives a person elsewhere counts
        return _Name(n.start, n.end, n.text, True)

    # ------------------------------------------------------------------ focus

    def set_focus(self, speaker: _Speaker, pos: int, speech: bool) -> None:
        # a body that speaks ("kata Dinas X") is in focus for the "-nya" cues after it too; one named
        # by a noun ("polisi mengatakan") only when no person has been talking just before
        # ... unless the text ties that person to something else ("Rima Hassan, anggota Parlemen
        # Eropa" is no voice of "Kementerian Luar Negeri")
        talking = self.speech_focus is not None and self.speech_focus.name.person \
            and self.sentence_index(pos) - self.speech_focus.sentence <= 2 \
            and not (speaker.name is not None and speaker.name.noun
                     and self.of_another_body(self.speech_focus.name, speaker.name))
        if speaker.name is not None and not (speaker.name.in_passing and (talking or not speaker.name.noun)) \
                and (speaker.name.person or (speech and not speaker.name.place)):
            self.focus = _Focus(speaker.name, self.sentence_index(pos), speech)
            if speech:
                self.speech_focus = self.focus
                if speaker.others:
                    self.joint_focus = (speaker, self.focus.sentence)
                self.speakers.add(speaker.name.text.split()[-1].lower())
                self.history.append(self.focus)

    def sentence_subject(self, start: int, end: int) -> None:
        """Move the focus to the person a sentence is about ("Biden melihat ...")."""
        idx = self.words_outside_quotes(start, end)
        if not idx:
            return
        for pos, k in enumerate(idx[:-1]):
            # "..., menurut Ibrahim, ..." names who speaks (the word as written: "Menurut" opening
            # a sentence is read by _indirect)
            if self.words.texts[k] in self.verbs.according_to_speaker:
                nxt = [n for n in self.names_in(self.words.starts[idx[pos + 1]], end)
                       if n.start == self.words.starts[idx[pos + 1]]]
                if nxt and nxt[0].person:
                    self.set_focus(_Speaker(nxt[0], CONF_INDIRECT, self.words.texts[k]), start, True)
                    return
        for pos, k in enumerate(idx[:-2]):
            if self.words.texts[k].lower() in self.verbs.passive \
                    and self.words.texts[idx[pos + 1]].lower() in self.verbs.passive_agent:
                # "Hal itu diungkap oleh Plt Kepala Dinas ... Desti Mega Putri.": the agent of a
                # passive speech verb is who speaks, and a later "ujarnya" goes on with them
                agent = [n for n in self.names_in(self.words.starts[idx[pos + 2]], end) if n.person]
                # "oleh Ketua Panitia Penyelenggara (Panpel) PSIM, Wendy Umar": the role's last
                # word, cut off by the brackets, was read off capitals; the model's person is meant
                agent.sort(key=lambda n: not n.tagged)
                if agent:
                    self.set_focus(_Speaker(agent[0], CONF_INDIRECT, self.words.texts[k]), start, True)
                    return
        source = self.voice_brought_in(idx)
        if source is not None:
            # "Namun, kritik muncul dari Anggota Dewan Pengupahan Nasional, Sarman Simanjorang. Ia
            # menilai, ...", "Hal senada juga disampaikan pelatih Indonesia Shin Tae-yong. '...,'
            # katanya": the person the sentence brings in as a voice speaks next, not the one
            # quoted before
            self.set_focus(_Speaker(source, CONF_INDIRECT, None), start, True)
            return
        # skip a leading adverbial clause ("Sementara itu, Guterres ..."), and after it any part
        # set off by commas that is only a title or role ("JAKARTA - Praktisi dan Pengamat Hukum,
        # Prof Henry Indraguna, angkat bicara"): the subject is the name after them. A part with
        # no role word is a list ("di Spotify, YouTube, Apple Music, dan TikTok"), not a title.
        head = idx[:12]
        begin = 0
        for pos, k in enumerate(head):
            gap_end = self.words.starts[head[pos + 1]] if pos + 1 < len(head) else None
            if gap_end is None or "," not in self.text[self.words.ends[k]:gap_end]:
                continue
            if (begin == 0 and pos >= 8) \
                    or [n for n in self.names_in(self.words.starts[head[begin]], self.words.ends[k]) if n.person]:
                break
            if begin > 0 and self.words.texts[head[begin]].lower() in self.pat.subordinators:
                # "Terpisah, saat dimintai konfirmasi ..., Manager Humas ... Feni": a second
                # adverbial clause set off by commas, no subject either
                begin = pos + 1
                continue
            if (begin > 0 and not (all(self.title_like(self.words.texts[j]) for j in head[begin:pos + 1])
                                           and any(self.words.texts[j].lower() in self.pat.role_words
                                                   for j in head[begin:pos + 1]))
                    # "Setali tiga uang, petani lainnya, Musito, ...": an occupation in lower case
                    # set off before the name describes the subject as a role would
                    and self.words.texts[head[begin]] not in self.pat.occupation_nouns):
                break
            begin = pos + 1
        idx = idx[begin:]
        if not idx:
            return
        first = self.words.texts[idx[0]].lower()
        if first in self.pat.pronouns_person or first in self.pat.pronouns_group:
            # the focus stays on whom the pronoun stands for; a person brought in as the subject of
            # the sentence just before stays as near as that ("Ketua ..., Wahyu Saputra ... mengapresiasi
            # aspirasi massa. Ia tampak tenang. '...,' ujarnya": Wahyu, not whoever spoke before him)
            f = self.focus
            here = self.sentence_index(start)
            if first in self.pat.pronouns_person and f is not None and not f.speech and f.name.person \
                    and here - f.sentence == 1:
                self.focus = _Focus(f.name, here, False)
            return
        if first in self.pat.existentials and len(idx) > 1 and _capitalised(self.words.texts[idx[1]]):
            idx = idx[1:]  # "ada Daniya Sabirova, warga Rusia ...": the person it brings in
        # the subject: the stretch of capitalised words, roles and brackets the sentence opens
        # with ("Ekonom Institute for ... (Indef) Bhima Yudhistira"); its last person is the head
        # ("Kepala Pusat Penerangan Hukum atau Kapuspenkum Kejagung Harli Siregar": a role's
        # full form, "atau" and its short form)
        alias_or = load_name_types().alias_full_or_addressed
        stretch = 0
        while stretch < len(idx):
            w = self.words.texts[idx[stretch]]
            if not (_capitalised(w) or w in self.pat.name_connectors or w.lower() in self.pat.role_words
                    or (stretch == 0 and w.lower() not in self.pat.sentence_openers)
                    or (stretch > 0 and w in alias_or and stretch + 1 < len(idx)
                        and _capitalised(self.words.texts[idx[stretch + 1]]))
                    or (stretch > 0 and w.isdigit() and stretch + 1 < len(idx)
                        and _capitalised(self.words.texts[idx[stretch + 1]]))  # "Humas KAI Daop 6 Jogja"
                    or (stretch > 0 and w in self.pat.coordinators and stretch + 1 < len(idx)
                        and _capitalised(self.words.texts[idx[stretch + 1]])
                        and not self.person_at(self.words.starts[idx[stretch - 1]])
                        # "di Spotify, YouTube, Apple Music, dan TikTok ...": the last of a list, not a body's name
                        and "," not in self.text[self.words.starts[idx[0]]:self.words.starts[idx[stretch]]])):
                # "Sekretaris Lembaga Bantuan Hukum dan Advokasi Publik (LBH AP) ... Ikhwan
                # Fahrojih": "dan" inside a body's name goes on; after a person it joins two subjects
                break
            stretch += 1
        stretch_end = self.words.ends[idx[max(0, stretch - 1)]]
        persons = [n for n in self.names_in(self.words.starts[idx[0]], stretch_end) if n.person]
        if stretch < len(idx) and self.words.texts[idx[stretch]].lower() in self.pat.copulas:
            return  # "Anhar Rusli adalah notaris …": a description of someone, not their act
        if 0 < stretch < len(idx) and self.words.texts[idx[stretch]].lower() in self.pat.definite:
            # "Kapten Portugal tersebut mengatakan ...", "Kapolsek Ingin Jaya itu mengatakan ...": a
            # role made definite is someone named before; the team or place inside it is not
            described = self.description_reference(idx[:stretch + 1], None, start)
            if described is not None:
                if described.name is not None:
                    self.subject_focus(described.name, start)
                return
        if persons and (self.possessor(persons[-1]) or self.family_plural(persons[-1])):
            # "Mike Rowe's wife just got out of the shower ...": the subject is the one the name's
            # possessive describes, not the named person
            self.unnamed_subject = self.sentence_index(start)
            return
        if persons:
            if self.speech_act_at(idx[stretch:]):
                # "Kapuspenkum Kejagung Harli Siregar pun angkat bicara. Menurut dia, ...": the
                # subject speaks, so the cues after go on with them, not the one quoted before
                self.set_focus(_Speaker(persons[-1], CONF_INDIRECT, None), start, True)
                return
            self.subject_focus(persons[-1], start)
            return
        agent = self.passive_agent_person(idx[stretch:stretch + 3], end)
        if agent is not None:
            self.subject_focus(agent, start)
            return
        role = self.role_reference([self.words.texts[k] for k in idx[:4]], None, start)
        if role is not None and role.name is not None:
            self.subject_focus(role.name, start)

    def possessor(self, name: _Name) -> bool:
        """Whether the name stands in a possessive before a lower-case noun ("Mike Rowe's wife",
        "the O'Neills' lawyer"): the phrase names someone else, whom the text does not name."""
        m = _POSSESSIVE_BEFORE_NOUN.match(self.text, name.end)
        if m is None and name.text[-2:] in ("'s", "\u2019s"):
            m = re.compile(r"\s+[a-z]").match(self.text, name.end)
        return m is not None

    def family_plural(self, name: _Name) -> bool:
        """Whether the name is a family named by a surname in the plural after "the" ("The
        O'Sullivans said", the surname a person of the text bears): a couple or family, no one person."""
        word = name.text.strip()
        if " " in word or len(word) < 4 or not word.endswith("s") \
                or self.text[max(0, name.start - 4):name.start].lower() not in {a + " " for a in self.pat.name_articles}:
            return False
        return any(p.text.split()[-1] == word[:-1] for p in self.persons if p.text.split())

    def voice_brought_in(self, idx: list[int]) -> _Name | None:
        """The person a sentence brings in as a voice with no words of their own: after a passive
        speech verb ("Hal senada disampaikan pelatih Indonesia Shin Tae-yong") or a phrase saying
        where a reaction comes from ("kritik muncul dari Anggota ..., Sarman Simanjorang"), past
        the title before the name (capitalised words, role words, commas). None when the verb
        follows "yang" (a clause about a statement, not the sentence's predicate) or when any
        other word stands before the name ("disampaikan kepada Presiden ...")."""
        texts = self.words.texts
        openers = {p[0] for p in self.pat.voice_sources}  # a phrase is tried only at its first word
        for pos, k in enumerate(idx[:-1]):
            low = texts[k].lower()
            if low in self.verbs.passive:
                after = pos + 1
            elif low not in openers:
                continue
            else:
                phrase = next((p for p in self.pat.voice_sources
                               if tuple(texts[j].lower() for j in idx[pos:pos + len(p)]) == p), None)
                if phrase is None:
                    continue
                after = pos + len(phrase)
            if (pos > 0 and texts[idx[pos - 1]].lower() in self.pat.relative_pronouns) or after >= len(idx):
                return None
            if without_pronoun_enclitic(low) is not None or "," in self.text[self.words.ends[idx[after - 1]]:self.words.starts[idx[after]]]:
                # "Dikatakannya, Sambo memiliki ...": the agent is the "-nya", and a comma opens the
                # reported words; the word after it is their subject, not a voice
                return None
            first = texts[idx[after]]
            if not (_capitalised(first) or first.lower() in self.pat.role_words
                    or first.lower() in self.pat.occupation_nouns):
                return None
            reach = after
            while reach < len(idx) and reach - after < 12 and (self.title_like(texts[idx[reach]])
                                                              or texts[idx[reach]].lower() in self.pat.occupation_nouns):
                reach += 1
            stop = self.words.ends[idx[reach - 1]]
            # "Ketua Panitia Khusus (Pansus) ...": a bracketed short form of the words before it is no person
            persons = [n for n in self.names_in(self.words.starts[idx[after]], stop) if n.person
                       and not (self.text[n.start - 1:n.start] == "(" and self.text[n.end:n.end + 1] == ")")]
            persons.sort(key=lambda n: (not n.tagged, n.start))  # the model's person over a run of capitals
            return persons[0] if persons else None
        return None

    def person_at(self, pos: int) -> bool:
        """Whether the word at ``pos`` is part of a person's name."""
        k = bisect_right(self.name_starts, pos)
        return any(n.person and n.start <= pos < n.end for n in self.names[max(0, k - 3):k])

    def speech_act_at(self, rest: list[int]) -> bool:
        """Whether the predicate after a subject (past adverbs: "pun", "juga") is a speech act
        with no words of its own ("angkat bicara", "buka suara"); after a relative clause on the
        subject, from the first of those adverbs on ("Dul Jaelani yang dikenal sangat manja ... pun
        turut memberi pengakuan")."""
        starts = [0]
        if rest and self.words.texts[rest[0]].lower() in self.pat.relative_pronouns:
            starts += [j for j in range(1, len(rest))
                       if self.words.texts[rest[j]].lower() in self.pat.speech_adverbs][:1]
        for k in starts:
            while k < len(rest) and self.words.texts[rest[k]].lower() in self.pat.speech_adverbs:
                k += 1
            lows = [self.words.texts[j].lower() for j in rest[k:k + 3]]
            if any(tuple(lows[:len(act)]) == act for act in self.pat.speech_acts):
                return True
        return False

    def subject_focus(self, name: _Name, start: int) -> None:
        """Put the subject of the sentence at ``start`` in focus; a sentence that names the
        person who has just spoken (the tail of a long quote's cue: "... di Jakarta," kata Kepala
        Polda Bali ... Daniel Adityajaya.) leaves them in focus as the one speaking."""
        f = self.focus
        if f is not None and f.speech and self.fullest(f.name) == self.fullest(name):
            return
        self.focus = _Focus(name, self.sentence_index(start), False)

    def passive_agent_person(self, idx: list[int], end: int) -> _Name | None:
        """The person right after a di- verb that follows a subject with no person in it
        ("Kehangatan juga dirasakan Nita, mahasiswa ...": Nita is whom the sentence is about)."""
        for pos, k in enumerate(idx):
            word = self.words.texts[k]
            if word.lower() in self.pat.speech_adverbs:
                continue
            if not (word.startswith("di") and _VERB_SHAPE.match(word)) or pos + 1 >= len(idx):
                return None
            after = self.words.starts[idx[pos + 1]]
            named = [n for n in self.names_in(after, end) if n.start == after]
            return named[0] if named and named[0].person else None
        return None

    def title_like(self, word: str) -> bool:
        """A word of a title or role phrase: capitalised, a role word or a conjunction ("dan")."""
        return _capitalised(word) or word.lower() in self.pat.role_words or word.lower() in self.pat.conjunctions

    # ------------------------------------------------------------------ output

    def party_referent(self, noun: str) -> tuple[int, int, str] | None:
        """The one person the article names for the case party ``noun`` stands for ("tersangka"
        -> "RR" after "pelaku ... berinisial RR" or "tersangka RR"), as (start, end, name); None
        when the noun is no party, or the article names nobody or several for it."""
        if noun.lower() in self.pat.titled_role_nouns:
            return self.holder_named_after(noun)
        group = next((g for g in self.pat.case_parties if noun.lower() in g), None)
        if group is None:
            return None
        every_party = frozenset(w for g in self.pat.case_parties for w in g)
        listed_next = _listed_next(self.pat.coordinators)
        texts, found = self.words.texts, {}
        for k, word in enumerate(texts):
            low = word.lower()
            if low in self.pat.party_naming_words:
                # the nearest party noun within reach before the naming word says whose name it is
                near = next((texts[j].lower() for j in range(k - 1, max(-1, k - 1 - self.pat.party_reach), -1)
                             if texts[j].lower() in every_party), None)
                if near not in group or k + 1 >= len(texts):
                    continue
                name = self.named_after(k + 1)
                if name is None:
                    continue
                if listed_next.match(self.text, name[1]):
                    return None  # "berinisial AAP (22), KR (18), dan QAC": several for the party
                found.setdefault(name[2], name)
            elif low in group and k + 1 < len(texts) and _INITIALS.fullmatch(texts[k + 1]) \
                    and self.text[self.words.ends[k]:self.words.starts[k + 1]] == " ":
                s, e = self.words.starts[k + 1], self.words.ends[k + 1]
                if listed_next.match(self.text, e):
                    return None
                found.setdefault(texts[k + 1], (s, e, texts[k + 1]))
        return next(iter(found.values())) if len(found) == 1 else None

    def titled_role_subject(self, toks: list[str]) -> tuple[int, int, str] | None:
        """A subject that is a titled role noun alone ("Hakim menyatakan ...", "Majelis hakim juga
        menyinggung ..."; past the words of its bench and speech adverbs): the one person the
        article names right after that noun, as (start, end, name); None otherwise."""
        words = [t.lower() for t in toks if t.lower() not in self.pat.speech_adverbs]
        if not words or words[-1] not in self.pat.titled_role_nouns \
                or any(w not in self.pat.titled_role_modifiers for w in words[:-1]):
            return None
        focus = self.speech_focus
        if focus is not None and focus.name.person and words[-1] in self.role_of(focus.name).split():
            # "kata hakim anggota Purwanto ... Hakim berpendapat ...": the judge speaking goes on
            name = focus.name
            return name.start, name.end, self.fullest(name)
        return self.holder_named_after(words[-1])

    def holder_named_after(self, noun: str) -> tuple[int, int, str] | None:
        """"ujar hakim" in an article that names one judge, "ketua majelis hakim Rosihan Juhriah
        Rangkuti": the one person the text names right after the role noun, as (start, end,
        name); None when it names none or several."""
        found: dict[str, tuple[int, int, str]] = {}
        for person in self.persons:
            before = self.text[max(0, person.start - len(noun) - 1):person.start]
            if before.lower() == noun.lower() + " " and not self.in_quote(person.start):
                found.setdefault(self.fullest(person), (person.start, person.end, self.fullest(person)))
        return next(iter(found.values())) if len(found) == 1 else None

    def named_after(self, k: int) -> tuple[int, int, str] | None:
        """Initials or a capitalised name starting at word ``k`` (after "berinisial", "bernama")."""
        texts = self.words.texts
        if _INITIALS.fullmatch(texts[k]):
            return self.words.starts[k], self.words.ends[k], texts[k]
        j = k
        while j < len(texts) and j < k + 4 and _capitalised(texts[j]) and not texts[j].isupper() \
                and (j == k or self.text[self.words.ends[j - 1]:self.words.starts[j]] == " "):
            j += 1
        if j == k:
            return None
        s, e = self.words.starts[k], self.words.ends[j - 1]
        return s, e, self.text[s:e]

    def quote(self, start: int, end: int, kind: str, speaker: _Speaker | None) -> Quote:
        q = Quote(doc=self.doc_id, start=start, end=end, text=self.text[start:end], kind=kind)
        if speaker is not None:
            q.cue = speaker.cue
            through = self.spoken_through(speaker.name) if speaker.name is not None else None
            if through is not None and speaker.name is not None:
                # "Kapolres X melalui Kasat Reskrim Y mengatakan": Y spoke, for X
                speaker = _Speaker(through[1], speaker.confidence, speaker.cue, speaker.others)
            elif speaker.name is not None and speaker.name.start in self.principal_through:
                # the subject read right already ("X melalui Kepala Dinas, Y, mengatakan"): for X
                principal = self.principal_through[speaker.name.start]
                through = (principal, speaker.name)
            if speaker.name is not None and not not_a_speaker(speaker.name.text, self.pat):
                speaker = _Speaker(self.role_holder(speaker.name), speaker.confidence, speaker.cue, speaker.others)
                q.speaker_name = self.fullest(speaker.name)
                if speaker.name.person or q.speaker_name != speaker.name.text:
                    q.speaker_name = self.without_titles_and_degrees(self.bare_name(q.speaker_name))
                else:
                    q.speaker_name = self.fullest_body(
                        without_bracketed_abbreviation(self.person_inside_body(q.speaker_name)))
                q.speaks_for = self.principal_of.get(q.speaker_name)
                if through is not None:
                    principal = through[0]
                    q.speaks_for = self.without_titles_and_degrees(self.bare_name(self.fullest(principal))) \
                        if principal.person else self.fullest_body(principal.text)
                q.speaker_start, q.speaker_end = speaker.name.start, speaker.name.end
                member, _, body = q.speaker_name.partition(" ")
                if member.lower() in self.pat.member_nouns and _capitalised(body) and not speaker.name.tagged \
                        and (" " in body or body in self.body_texts):
                    # "Petugas Polsek Berbah menyatakan": the body its members speak for; one
                    # word no body is tagged as is a unit's name ("Manajemen Risiko"), kept whole
                    q.speaker_name = body
                    q.speaker_start = speaker.name.start + len(member) + 1
                referent = self.party_referent(q.speaker_name) if " " not in q.speaker_name else None
                if referent is not None:
                    # "Tersangka mengaku ...": the suspect the article names ("tersangka RR")
                    q.speaker_start, q.speaker_end, q.speaker_name = referent
                if speaker.name.person:
                    self.person_spans[(speaker.name.start, speaker.name.end)] = speaker.name.text
                q.confidence = round(speaker.confidence, 2)
                q.co_speakers = self.co_speakers(speaker.others, q.speaker_name)
        return q

    def co_speakers(self, others: tuple[_Name, ...], speaker_name: str) -> list[CoSpeaker]:
        """The joint speakers besides the speaker, by their fullest names, each once."""
        found: list[CoSpeaker] = []
        seen = {speaker_name}
        for other in others:
            if not_a_speaker(other.text, self.pat):
                continue
            holder = self.role_holder(other)
            name = self.fullest(holder)
            if name not in seen:
                seen.add(name)
                found.append(CoSpeaker(name=name, start=holder.start, end=holder.end))
        return found


# --------------------------------------------------------------------------- the pass


# An academic degree written after a name, as dotted letter groups: "S.H", "M.Si.", "S.Pd", "Ph.D".
_DEGREE_SHAPE = re.compile(r"(?:[A-Z][a-z]{0,3}\.\s?)+[A-Z][a-z]{0,3}\.?")
# one word of a doctor's specialist titles: short dotted parts in any case, a consultant's "(K)"
# glued on or after it ("Sp.MK(K)", "Subsp.G.E.H.", "(K)")
_SPECIALIST_TITLE = re.compile(r"(?:[A-Z][A-Za-z]{0,4}\.)+[A-Z][A-Za-z]{0,4}\.?(?:\([A-Z]\))?|\([A-Z]\)")


# a title in capitals closed by a full stop ("AIFO-K."): a body's short name is written without one
_CAPITALS_WITH_STOP = re.compile(r"[A-Z]{2,}(?:-[A-Z]{1,3})?\.")


def _degrees_segment(segment: str) -> bool:
    """Whether a comma's segment before a verb holds only degrees and titles that follow a name:
    dotted degrees ("S.H, M.H"), specialist titles ("Sp.MK(K)", "Subsp.G.E.H. (K)"), or a degree
    of reconcile.yaml's list written in capitals ("FINASIM"). Two capitals alone ("SE") may be
    initials, so a segment of capitals is a degree only as the list spells it with three letters
    or more."""
    if not segment or _DEGREE_SHAPE.fullmatch(segment):
        return bool(segment)
    # without_degrees cuts a last word that is a listed degree: one after a stand-in name is one
    return all(_SPECIALIST_TITLE.fullmatch(w) or _CAPITALS_WITH_STOP.fullmatch(w)
               or (len(w) > 2 and without_degrees(f"Nama {w}") == "Nama") for w in segment.split())


def _evidently_place(name: str, text: str) -> bool:
    """Whether a span the model called a place shows it is one: the gazetteer knows it, it opens
    with a place word ("Kecamatan Tibawa"), or the article names it more than once. A place label
    on an unknown two-word name set off by commas after a role ("Kepala BBPPMT Yogyakarta, Tunggak
    Santosa, S.H menyampaikan") is more likely a person the model mislabelled."""
    entry = lookup_alias(name)
    if entry is not None:
        return entry.type != "PERSON"
    first = name.split()[0].lower() if name.split() else ""
    if first in load_gazetteer().gpe_cues or first in load_role_words().place_cues:
        return True
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)) > 1


# an English possessive ("'s", "’s", or a plural's bare "’") right after a name, then a lower-case noun
_POSSESSIVE_BEFORE_NOUN = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])\s+[a-z]")


def _sentence_of(r: _Resolver, pos: int) -> tuple[int, int]:
    if not r.sentences:
        return 0, len(r.text)
    s, e = r.sentences[r.sentence_index(pos)]
    return (s, e) if s <= pos < e else (pos, pos)


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _is_direct(r: _Resolver, m: _Marked, sent_start: int, cue_follows: bool) -> bool:
    """A whole quoted sentence (or more), as opposed to a phrase quoted inside a sentence."""
    if m.open is None or m.continues:
        return True
    before = r.text[sent_start:m.open].rstrip()
    if not before or before[-1] == ":" or before[-1] in DOUBLE_MARKS:
        return True
    words = re.findall(r"[\w\-]+", before[-40:])
    last = words[-1].lower() if words else ""
    n_words = len(r.text[m.start:m.end].split())
    if before[-1] == "," and (r.verbs.cue(last) or last in r.verbs.according_to_speaker):
        return True
    if last in r.verbs.prefixed and n_words >= 4:
        return True
    if cue_follows and m.close is not None:
        inner = r.text[m.start:m.close].rstrip()
        return inner[-1:] in ",.!?…" and n_words >= 2
    return False


def _resolve_direct(r: _Resolver, m: _Marked, group: list[_Marked], sent_start: int) -> _Speaker | None:
    r.quote_words = frozenset(_WORD.findall(r.text, group[0].start, group[-1].end))
    r.quote_start = group[0].start
    try:
        return _direct_cue(r, group, sent_start)
    finally:
        r.quote_words = frozenset()
        r.quote_start = None


def _direct_cue(r: _Resolver, group: list[_Marked], sent_start: int) -> _Speaker | None:
    last = group[-1]
    first = group[0]
    if last.close is not None:
        found = r.cue_after(last.close, _line_end(r.text, last.close))
        if found is not None:
            if first.open is not None and r.text[sent_start:first.open].strip() \
                    and _pronoun_cue_after(r, last.close):
                # "Direktur JNE, M. Feriadi, menyampaikan, “…,” ujar dia.": a pronoun after the
                # quote stands for whom the words before its opening mark name, not for someone
                # in focus from an earlier statement
                before = r.cue_before(sent_start, first.open)
                if before is not None and before.name is not None \
                        and not _sentence_break_between(r.text, before.name.end, first.open):
                    return before
            return found
    if first.open is not None:
        s0 = sent_start
        if not r.text[s0:first.open].strip():
            # "Ia mengatakan:\n“…”": the cue ends the previous sentence with a colon
            idx = r.sentence_index(first.open)
            if idx > 0 and r.text[:first.open].rstrip().endswith(":"):
                s0 = r.sentences[idx - 1][0]
        found = r.cue_before(s0, first.open)
        if found is not None:
            return found
    return None


def _sentence_break_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends, or a quote closes, between ``start`` and ``end`` ("…," ujar dia.
    Yulina Hastuti ... mengatakan, “": a name before that belongs to an earlier statement)."""
    gap = text[start:end]
    return re.search(r"[.!?][\"”’]?\s", gap) is not None or any(c in gap for c in "\"“”\n")


def _pronoun_cue_after(r: _Resolver, close: int) -> bool:
    """Whether the cue right after a closing mark stands for someone by a pronoun ("ujarnya",
    "ujar dia", "dia menambahkan"), not by a name or a description ("kata seorang warga")."""
    idx = r.words.between(close + 1, _line_end(r.text, close))
    head = [r.words.texts[k] for k in idx[:2]]
    if not head:
        return False
    cue = r.verbs.cue(head[0])
    if cue is not None and cue[1]:
        return True
    return any(w.lower() in r.pat.pronouns_person for w in head)


@dataclass(frozen=True, slots=True)
class _SourceCuePatterns:
    """Where an according_to_speaker word ("menurut", "menurutnya": the word is group 1, the words
    up to the next comma group 2) stands in a sentence read without quote marks."""

    set_off: re.Pattern[str]  # after one or two opening parts, set off by commas: "Sebab, menurut X, ..."
    inline: re.Pattern[str]  # inside a short opening or after one set off, no comma after it: "Hal ini menurutnya dapat ..."
    tail: re.Pattern[str]  # closing the sentence: "..., menurut Menteri X."


@lru_cache(maxsize=4)
def _source_cue_patterns(words: frozenset[str]) -> _SourceCuePatterns:
    """The patterns of ``words`` (speech_verbs.yaml's according_to_speaker), compiled once."""
    cue = _either(words)
    return _SourceCuePatterns(
        set_off=re.compile(rf"(?:[^,]{{0,90}},\s*){{1,2}}?((?:{cue})(?:nya)?)\b([^,]{{0,60}}),\s*", re.IGNORECASE),
        # an opening clause set off by a comma may be as long as set_off's ("Untuk mempercepat
        # proses pembuatan badan hukum, menurutnya Dinkop bekerja sama ...")
        inline=re.compile(rf"(?:[^,]{{0,90}}?,\s*|[^,]{{0,40}}?\s)((?:{cue})(?:nya)?)\s+(?=\w)", re.IGNORECASE),
        tail=re.compile(rf",\s*({cue})\b([^,]{{0,80}})$"),
    )


# a cue inside a sentence's opening words with no comma before it: the opening (no comma, no quote
# mark) ending in a word, the cue (group 1), the name or pronoun after it up to its comma (group 2),
# then a lower-case word
_CUE_INSIDE_OPENING = re.compile(
    r"[^,\"“”\n]{0,60}?[\w-] ([a-z]+)"
    r"( (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}|dia|ia|beliau)),\s+(?=[a-z])")


def _noun_or_cue_before(r: _Resolver, word: str) -> bool:
    """Whether ``word``, right before a cue inside a sentence, makes the cue no cue: a number
    ("dua kata": words) or a cue itself."""
    low = word.lower()
    return low in number_words().all_words() or r.verbs.cue(low) is not None


def _set_off_speaker(r: _Resolver, m: re.Match[str], base: int, s: int, pronoun: bool) -> _Speaker | None:
    """The speaker of a cue set off by commas, ``m`` matched in ``r.text[base:]`` with the cue as
    group 1 and the words up to the comma as group 2: a cue that carries a pronoun ("katanya",
    "menurutnya") speaks for the person in focus when nothing follows it; else the name after it."""
    if pronoun:
        return r.pronoun_speaker(m.group(1), s) if not m.group(2).strip() else None
    return r.speaker_after_verb(base + m.end(1), base + m.end(2), m.group(1))


def _connective_opening(r: _Resolver, idx: list[int]) -> int:
    """Where the words after a connective that opens the sentence with no comma begin ("Namun
    menurutnya, ...": the start of "menurutnya"), else 0."""
    texts = [r.words.texts[k].lower() for k in idx[:4]]
    # only the openers whose first word opens the sentence can match (none when it is empty)
    for opener in r.pat.connective_openers_by_first.get(texts[0], ()) if texts else ():
        n = len(opener)
        if tuple(texts[:n]) == opener and len(idx) > n:
            between = r.text[r.words.ends[idx[n - 1]]:r.words.starts[idx[n]]]
            if between.isspace():
                return r.words.starts[idx[n]]
    return 0


def _past_degrees(text: str, comma: int, end: int) -> int:
    """The comma that ends the degrees set off after a source's name ("Menurut dr. Sukiman Rusli,
    Sp.PD., pelarangan ...": the one after "Sp.PD."), or ``comma`` when none follow it: the
    reported words begin after the degrees."""
    while True:
        nxt = text.find(",", comma + 1, end)
        if nxt < 0 or not _degrees_segment(text[comma + 1:nxt].strip()):
            return comma
        comma = nxt


def _reported_after(r: _Resolver, quotes: list[Quote], found: _Speaker | None, s: int, after: int, end: int) -> bool:
    """Record the words after a cue set off by commas ("Sebab, menurut X, ...") as an indirect
    quote of ``found``, when there is a named speaker and the words make a statement."""
    cs, ce = _trimmed(r.text, after, end)
    if found is None or found.name is None or ce - cs <= 10 or len(r.text[cs:ce].split()) < 3:
        return False
    found.confidence = min(found.confidence, CONF_INDIRECT)
    quotes.append(r.quote(cs, ce, "indirect", found))
    r.set_focus(found, s, True)
    return True


def report_word_fields(verbs: SpeechVerbs) -> tuple[frozenset[str], ...]:
    """The word lists of ``verbs`` whose words are the only ones ``_indirect`` acts on: a word
    (lower case, or it without a pronoun enclitic) must be one of them before any of its readings
    records a quote or moves the focus. A reading added on another list must add that list here."""
    return (verbs.base, verbs.prefixed, verbs.passive, verbs.according_to_speaker, verbs.reporting,
            verbs.with_that, verbs.request, verbs.advice)


@lru_cache(maxsize=4)
def _report_word_gate(verbs: SpeechVerbs) -> re.Pattern[str]:
    """A whole word of ``report_word_fields(verbs)``, in any case, with a pronoun enclitic or not
    ("Katanya", "mengatakan", "MENURUT"): where none stands, ``_indirect`` finds nothing. Every word
    it reads is a whole run of letters (a word of the text, or the letters ``[A-Za-z]+`` of its
    patterns match between a comma, a space or the clause's start and a non-letter), and every
    comparison is of that run lower-cased or matched ignoring case, which this pattern matches too."""
    words = set().union(*report_word_fields(verbs))
    enclitics = "|".join(re.escape(x) for x in pronoun_enclitics())
    return re.compile(rf"(?<![^\W\d_])(?:{trie_regex(words, fold_case=True)})(?:{enclitics})?(?![^\W\d_])",
                      re.IGNORECASE)


def may_report(r: _Resolver, s: int, e: int) -> bool:
    """Whether ``s``..``e`` holds a word ``_indirect`` acts on (``_report_word_gate``), read in the
    clause as its readings slice it (from ``s``), through the end of its last word."""
    words = r.words.between(s, e)
    end = max(e, r.words.ends[words[-1]]) if words else e
    return _report_word_gate(r.verbs).search(r.text[s:end]) is not None


@lru_cache(maxsize=1)
def _quote_mark() -> re.Pattern[str]:
    return re.compile("[" + re.escape(DOUBLE_MARKS + SINGLE_MARKS) + "]")


def may_hold_quotes(text: str) -> bool:
    """Whether ``find_quotes`` can find anything in ``text`` (as it reads it): a quote mark, or a
    word ``_report_word_gate`` matches. With neither, no direct or partial quote has its marks,
    ``_indirect`` turns every clause away at ``may_report`` (each of its readings acts on a word of
    the text, and a word of the text is a whole run of letters in the text as much as in a clause of
    it) and ``_told_before`` has no passive speech verb to read: the document is left, with its
    resolver's per-document work (words, names, aliases), unread (a gate, for speed)."""
    return _quote_mark().search(text) is not None \
        or _report_word_gate(load_speech_verbs(QUOTE_LANGUAGES)).search(text) is not None


def _indirect(r: _Resolver, s: int, e: int, quotes: list[Quote]) -> None:
    """"Menurut X, ...", "X mengatakan (bahwa) ...", "..., kata X." without quote marks."""
    idx = [k for k in r.words.between(s, e)]
    if len(idx) < 4:
        return
    if not may_report(r, s, e):
        return  # no speech verb nor "menurut": no reading below can find a speaker (a gate, for speed)
    glued = _glued_start(r, s, e)
    if glued > s:
        # "... lokasi kejadian, ungkapnya.Kordinator SAR ... menghimbau ...": full stops glued to
        # the next word hid sentence ends from the splitter; each sentence is read on its own
        _indirect(r, s, glued, quotes)
        _indirect(r, glued, e, quotes)
        return
    texts = [r.words.texts[k] for k in idx]
    low0 = texts[0].lower()
    end = e
    while end > s and r.text[end - 1] in ".!? ":
        end -= 1
    if low0 in r.verbs.passive:
        _passive_report(r, s, end, idx, quotes)
        return
    # "Menurut X, ..." / "Menurutnya, ..."
    source0 = r.verbs.source_cue(low0)
    if source0 is not None:
        comma = r.text.find(",", r.words.ends[idx[0]], end)
        if source0[1] and r.text[r.words.ends[idx[0]]:r.words.starts[idx[1]]].isspace():
            # "Menurutnya saat ini UGM sedang fokus ...": the -nya form is its own source, so with
            # no comma after it the reported words begin right after it, not after a later comma
            comma = r.words.ends[idx[0]]
        if comma > 0 and comma - s < 120:
            if source0[1]:
                found = r.pronoun_speaker(texts[0], s)
            else:
                found = r.speaker_after_verb(r.words.ends[idx[0]], comma, texts[0])
                holder = _holder_after_role(r, comma, end)
                role_first = len(idx) > 1 and texts[1].lower() in r.pat.role_words
                if holder is not None and (found is None or found.name is None or not found.name.person
                                           or (role_first and not found.name.tagged)):
                    # "Menurut Kepala Dinas ... Bantul, Nugroho Eko Setyanto , MPLS ...": the role
                    # and its holder set off by commas; the words begin after the holder
                    found, comma = _Speaker(holder[0], CONF_INDIRECT, texts[0]), holder[1]
            if found is not None and found.name is not None:
                comma = _past_degrees(r.text, comma, end)
                inner: list[Quote] = []
                _indirect(r, comma + 1, e, inner)
                if inner and found.name.person and not all(
                        any(n.person and n.start == q.speaker_start for n in r.persons) for q in inner):
                    # "Menurutnya, Musrenbang itu kesempatan dimana para RT menyampaikan ...": a
                    # person's words that mention someone else's speaking stay theirs unless that
                    # someone is a person the text names
                    inner = []
                if inner:
                    # "Menurut laporan Kyiv Independent, Kepala ... Andrii Kovalenko, mengumumkan
                    # bahwa ...": the words are those of the one the report quotes
                    quotes.extend(inner)
                    return
                cs, ce = _trimmed(r.text, comma + 1, end)
                if ce - cs > 10:
                    found.confidence = min(found.confidence, CONF_INDIRECT)
                    quotes.append(r.quote(cs, ce, "indirect", found))
                    r.set_focus(found, s, True)
                return
            # "Menurut laporan media X, Kepala Y, Andrii Kovalenko, mengumumkan bahwa ...": the
            # source named no one; the rest of the sentence may still report someone's words,
            # read from its first word ("Menurut pengakuan tersangka, kata Kompol Komang, ...")
            rest_start = comma + 1
            while rest_start < e and r.text[rest_start].isspace():
                rest_start += 1
            _indirect(r, rest_start, e, quotes)
            return
    # "Sebab, menurutnya, ...", "Karena ..., menurut Heri, ...": "menurut" set off by commas
    # after a short opening of one or two parts ("Sementara itu, jika ... Bank Dunia, menurut
    # Wijayanto, ..."), the reported words after it
    source_patterns = _source_cue_patterns(r.verbs.according_to_speaker)
    mm = source_patterns.set_off.match(r.text[s:end])
    if mm:
        if r.verbs.source_cue(mm.group(1))[1]:
            found = r.pronoun_speaker(mm.group(1), s) if not mm.group(2).strip() else None
        else:
            found = r.speaker_after_verb(s + mm.end(1), s + mm.end(2), mm.group(1))
        after = s + mm.end()
        if found is not None and found.name is not None and s + mm.end(1) < found.name.start < s + mm.end(2) \
                and re.match(r"\s+[a-z]", r.text[found.name.end:s + mm.end(2)]):
            # "..., menurut Edwin saham-saham berbasis CPO, logam ...": no comma after the source;
            # the reported words begin right after the name
            after = found.name.end
        if _reported_after(r, quotes, found, s, after, end):
            return
    # "Hal ini menurutnya dapat memangkas ...", "Untuk hari ini, menurut Edwin saham-saham ...":
    # the source inside the opening with no comma after it; the words after the source are reported
    im = source_patterns.inline.match(r.text[s:end])
    if im and r.verbs.source_cue(im.group(1))[1]:
        if _reported_after(r, quotes, r.pronoun_speaker(im.group(1), s), s, s + im.end(), end):
            return
    elif im:
        source = [n for n in r.names_in(s + im.end(), end) if n.start == s + im.end() and not n.place]
        if source and source[0].person:
            found = _Speaker(source[0], CONF_INDIRECT, im.group(1))
            if _reported_after(r, quotes, found, s, source[0].end, end):
                return
    # "Namun menurutnya, tidak ada ...", "Selain itu lanjut Enggar, budidaya ...": a connective with
    # no comma before the cue, the cue and its source set off by a comma, the reported words after
    opened = _connective_opening(r, idx)
    if opened:
        cm = re.match(r"([A-Za-z]+)\b([^,]{0,60}),\s*", r.text[opened:end])
        cue_word = r.verbs.cue(cm.group(1)) if cm else None
        low = case_blind_key(cm.group(1)) if cm else ""
        source = r.verbs.source_cue(low)
        if cm and (source is not None or (cue_word is not None and low not in r.verbs.prefixed)):
            found = _set_off_speaker(r, cm, opened, s, (source is not None and source[1])
                                     or (cue_word is not None and cue_word[1]))
            if _reported_after(r, quotes, found, s, opened + cm.end(), end):
                return
    # "Artinya, kata Roni, ini ...", "Sebab, katanya, dalam ...", "Dari pemeriksaan keempat
    # tersangka, tambah Binsar, perbuatan ...": a cue set off by commas after an opening phrase,
    # the reported words after it
    pm = re.match(r"(?:[^,]{0,60},\s*)?([A-Za-z]+)\b([^,]{0,60}),\s*", r.text[s:end])
    cue_word = r.verbs.cue(pm.group(1)) if pm else None
    if pm and cue_word is not None and case_blind_key(pm.group(1)) not in r.verbs.prefixed \
            and r.verbs.source_cue(pm.group(1)) is None:
        found = _set_off_speaker(r, pm, s, s, bool(cue_word[1]))
        if _reported_after(r, quotes, found, s, s + pm.end(), end):
            return
    # "Dalam satu bulan kata Joko, pihaknya bisa ...", "Pemerintah kata dia, sudah ...": a plain cue
    # inside the opening with no comma before it, its speaker set off by a comma and lower-case words
    # after it; not "kata" as a noun after a number ("dua kata Sansekerta, yakni ...") nor a cue
    # after another ("kata jelas Wafid, dalam keterangan tertulis": a typo closing a quote)
    om = _CUE_INSIDE_OPENING.match(r.text[s:end])
    cue_word = r.verbs.cue(om.group(1)) if om else None
    if om and cue_word is not None and not cue_word[1] and om.group(1) not in r.verbs.prefixed \
            and r.verbs.source_cue(om.group(1)) is None and not r.in_quote(s + om.start(1)) \
            and not _noun_or_cue_before(r, r.text[s:s + om.start(1)].split()[-1]):
        found = _set_off_speaker(r, om, s, s, False)
        if found is not None and found.name is not None and found.name.person \
                and _reported_after(r, quotes, found, s, s + om.end(), end):
            return
    # "..., menurut Menteri Dalam Negeri Gerhard Karner." at the end of the sentence
    tail = source_patterns.tail.search(r.text[s:end])
    if tail:
        found = r.speaker_after_verb(s + tail.end(1), end, tail.group(1))
        if found is not None and found.name is not None:
            cs, ce = _trimmed(r.text, s, s + tail.start())
            if ce - cs > 10 and len(r.text[cs:ce].split()) >= 3:
                found.confidence = min(found.confidence, CONF_INDIRECT)
                quotes.append(r.quote(cs, ce, "indirect", found))
                r.set_focus(found, s, True)
                return
    if _cue_inside_clause(r, s, end, idx, quotes):
        return
    # "..., kata X." at the end of the sentence
    m = re.search(r",\s*([a-z]+)\b([^,]{0,80})$", r.text[s:end])
    if m and r.verbs.cue(m.group(1)) and m.group(1) not in r.verbs.prefixed and m.group(1) not in r.verbs.telling:
        verb_end = s + m.end(1)
        if r.verbs.cue(m.group(1))[1]:
            found = r.pronoun_speaker(m.group(1), s) if not m.group(2).strip() else None
        else:
            found = r.speaker_after_verb(verb_end, end, m.group(1))
        if found is not None and found.name is not None and m.group(1) in r.verbs.reporting \
                and found.name.start < verb_end:
            # "Mira Tanaka, the mayor, said the dam held.": an English verb after a subject set off
            # by commas with no one named after it; the words before the comma are the subject,
            # read below as "X said ...", not the reported words
            found = None
        if found is not None and found.name is not None:
            cs, ce = _trimmed(r.text, s, s + m.start())
            if ce - cs > 10:
                found.confidence = min(found.confidence, CONF_INDIRECT)
                quotes.append(r.quote(cs, ce, "indirect", found))
                r.set_focus(found, s, True)
            return
    # "X mengatakan (bahwa) ..."
    for pos, k in enumerate(idx):
        if pos == 0:
            continue
        low = r.words.texts[k].lower()
        # what follows is read only for a verb that needs it (most words are no verb at all)
        if low not in r.verbs.prefixed and low not in r.verbs.reporting and not (
                low in r.verbs.with_that and pos + 1 < len(idx)
                and (r.words.texts[idx[pos + 1]].lower() in r.verbs.complementizers
                     or "," in r.text[r.words.ends[k]:r.words.starts[idx[pos + 1]]]
                     or _that_soon(r, idx[pos + 1:pos + 7])
                     or _clause_follows(r, idx[pos + 1:pos + 25]))) and not (
                low in r.verbs.request and _request_follows(r, idx[pos + 1:pos + 2 + r.verbs.request_window])) \
                and not (low in r.verbs.advice and _advice_follows(r, idx[pos + 1:pos + 4])):
            continue
        if r.words.texts[idx[pos - 1]].lower() in r.pat.purpose_markers | r.pat.speech_negations:
            # "... dengan tujuan untuk mengklarifikasi maksud ...": an aim; "Saeful tidak mengakui
            # perbuatannya": a denial of speaking; nobody has spoken
            continue
        if low in r.pat.admission_verbs and _deed_follows(r, idx[pos + 1:pos + 4]):
            # "KDR mengakui perbuatan itu", "Tersangka mengakui perbuatannya": a deed owned up to,
            # not words reported; the one admitting it is not whom a later "ujarnya" goes back to
            return
        # deep in a long sentence, only a subject described by a relative clause opens reported words
        titled = _titled_subject(r, s, idx, pos) if pos >= 15 else None
        deep = pos >= 15 and titled is None and not _late_speech_verb(r, s, idx, pos) \
            and _words_before_past_asides(r, s, idx, pos) >= 15
        joint = _relative_subject_start(r, s, idx, pos) if deep else None
        # a long title's holder: the name is the subject ("Polhukam" inside the title is none)
        subject_start = titled if titled is not None else s if joint is None else joint
        if deep and joint is None:
            continue
        found, shared = r.subject_before(subject_start, r.words.starts[k], r.words.texts[k])
        if found is None or found.name is None:
            return
        cs = r.words.ends[k]
        rest = idx[pos + 1:]
        # a comma after the verb opens the reported words ("Dia menekankan, permohonan ... akan ...")
        comma_opens = bool(rest) and "," in r.text[r.words.ends[k]:r.words.starts[rest[0]]]
        if rest and not comma_opens and _narration(r, rest):
            # "Blinken menyampaikan pernyataan tersebut dalam ...": the act, not what was said,
            # unless "bahwa" soon gives the content ("menyampaikan pesan bahwa ...")
            that = [n for n, k2 in enumerate(rest[:4]) if r.words.texts[k2].lower() in r.verbs.complementizers]
            if not that:
                # an event reported to someone ("melaporkan kejadian tersebut ke Polres") is no
                # speech: a later "tegasnya" goes on with whoever has been speaking
                r.set_focus(found, s, r.words.texts[rest[0]].lower() not in r.pat.narration_with_recipient)
                return
            rest = rest[that[0]:]
        that = [n for n, k2 in enumerate(rest[:8]) if r.words.texts[k2].lower() in r.verbs.complementizers]
        if that and not comma_opens and not any(_VERB_SHAPE.match(r.words.texts[k2].lower()) for k2 in rest[:that[0]]):
            # "mengumumkan pada 4 November pagi bahwa ...": the words after "bahwa"; not when a
            # verb stands before it ("mengaku baru mengetahui bahwa ..." reports the knowing), nor
            # after a comma that opened the words already ("Fahmy berpendapat, alasan bahwa
            # perusahaan ... tidak cukup ...": the "bahwa" is inside them)
            rest = rest[that[0]:]
        skip = _addressee_words(r, rest) if low in r.verbs.telling else 0
        while skip < len(rest) and (r.words.texts[rest[skip]].lower() in r.verbs.complementizers
                                    or _audience_at(r, rest, skip)):
            skip += 1
        if skip < len(rest):
            cs = r.words.starts[rest[skip]]
        # "... tentang pengaduan terhadap Forbes, yang mengatakan ... bahwa ia “…”": the reported
        # words end where a person they name starts speaking in a relative clause of their own
        described = _relative_speaker(r, rest)
        own_end = r.text.rfind(",", cs, r.words.starts[described[0]]) if described else end
        nested = None if described else _nested_report(r, rest)
        if nested is not None:
            own_end = r.words.starts[nested]
        cs, ce = _trimmed(r.text, cs, own_end)
        if ce - cs > 10 and len(r.text[cs:ce].split()) >= 3 and r.text[cs] not in DOUBLE_MARKS:
            found.confidence = min(found.confidence, CONF_INDIRECT if shared <= 1 else CONF_PARTIAL_SHARED)
            quotes.append(r.quote(cs, ce, "indirect", found))
            r.set_focus(found, s, True)
        elif nested is None and found.name.person:
            # "X juga menyampaikan kekhawatiran serupa.": too few words to be a quote, but X has
            # spoken, and a next "Dia menilai ..." goes on with X
            r.set_focus(found, s, True)
        if nested is not None:
            _indirect(r, r.words.starts[nested], e, quotes)
        if described is not None:
            # the one who spoke last in the sentence is whom a next "Ia mengatakan" stands for
            r.set_focus(_Speaker(described[1], CONF_PARTIAL, r.words.texts[described[0]]),
                        r.words.starts[described[0]], True)
        return


def _cue_inside_clause(r: _Resolver, s: int, end: int, idx: list[int], quotes: list[Quote]) -> bool:
    """"Sehingga pada malam ini Kapolri kata Mahfud, berhasil mengeluarkan ...", "Presiden Joko Widodo
    (Jokowi) kata Mahfud sempat marah ...": a bare cue (no prefix, no pronoun) and a named person
    stand inside the clause, right after its subject (a capitalised word or a closing bracket, no
    comma between) and before its lower-case predicate. The clause is the person's reported words; the
    whole sentence is kept as the quote, since its subject stands before the aside. Only the speaker's
    name may sit between the cue and the predicate, so "kata sambutan" or a cue that opens the
    sentence is not read here."""
    for pos in range(1, len(idx) - 2):
        k = idx[pos]
        word = r.words.texts[k]
        cue = r.verbs.cue(word)
        if cue is None or cue[1] or not word.islower() or word in r.verbs.prefixed \
                or r.verbs.source_cue(word) is not None:
            continue
        before = r.text[r.words.ends[idx[pos - 1]]:r.words.starts[k]]
        subject_end = r.text[r.words.starts[idx[pos - 1]]:r.words.starts[k]].rstrip()
        if before.strip() not in ("", ")") or not (_capitalised(r.words.texts[idx[pos - 1]]) or subject_end.endswith(")")):
            continue
        prev = r.words.texts[idx[pos - 1]].lower()
        if any(opener[-2:] == (prev, word) for opener in r.pat.connective_openers_by_first.get(prev, ())):
            continue  # "Lebih lanjut Suhendra menjelaskan, ...": a connective, not a subject and a cue
        names = [n for n in r.names_in(r.words.ends[k], end) if n.start == r.words.starts[idx[pos + 1]]]
        if not names or not names[0].person or r.text[r.words.ends[k]:names[0].start].strip():
            continue  # "Lebih lanjut, Agus berharap ...": a comma after the cue ends no subject
        if not re.match(r"\s*,?\s*[a-z]", r.text[names[0].end:end]):
            continue
        found = _Speaker(names[0], CONF_INDIRECT, word)
        cs, ce = _trimmed(r.text, s, end)
        if len(r.text[cs:ce].split()) < 6:
            return False
        quotes.append(r.quote(cs, ce, "indirect", found))
        r.set_focus(found, s, True)
        return True
    return False


def _audience_at(r: _Resolver, rest: list[int], n: int) -> bool:
    """Whether word ``n`` of ``rest`` (the words after a speech verb) names who was told and not
    the reported words' subject: an audience word ("kepada", "wartawan", "media") followed by
    another audience word, by "bahwa" or by a comma ("mengatakan kepada wartawan bahwa ...");
    not "menjelaskan media sosial memiliki ...", where "media" opens the reported clause."""
    word = r.words.texts[rest[n]].lower()
    if word in r.verbs.audience_prepositions:
        return True
    if word not in r.verbs.audience or n + 1 >= len(rest):
        return False
    after = r.words.texts[rest[n + 1]].lower()
    return after in r.verbs.complementizers | r.verbs.audience \
        or "," in r.text[r.words.ends[rest[n]]:r.words.starts[rest[n + 1]]]


def _addressee_words(r: _Resolver, rest: list[int]) -> int:
    """How many of ``rest`` (the words after a verb of telling) name who was told: a name right
    after the verb, "the" allowed before it ("told Reuters the water came fast", "told the British
    Broadcasting Corp. ..."); 0 when none is there."""
    if not rest:
        return 0
    n = 1 if r.words.texts[rest[0]].lower() in r.pat.name_articles and len(rest) > 1 else 0
    named = [m for m in r.names_in(r.words.starts[rest[n]], r.words.ends[rest[-1]])
             if m.start == r.words.starts[rest[n]]]
    if not named:
        return 0
    return n + sum(1 for k in rest[n:] if r.words.ends[k] <= named[0].end)


def _deed_follows(r: _Resolver, rest: list[int]) -> bool:
    """"perbuatannya.", "perbuatan itu dan ...": a deed (quote_patterns.yaml's deed_objects), made
    definite or not, then the sentence's end or a word that starts no clause about it."""
    words = [r.words.texts[k].lower() for k in rest]
    if not words or words[0] not in r.pat.deed_objects:
        return False
    after = words[1:]
    if after and after[0] in r.pat.definite:
        after = after[1:]
    return not after or after[0] in r.pat.deed_followers


def _relative_speaker(r: _Resolver, rest: list[int]) -> tuple[int, _Name] | None:
    """(the verb, the person) of the first speech verb in ``rest`` whose subject is a person
    set off by ", yang" (``_Resolver.described_before``)."""
    for k in rest:
        if r.words.texts[k].lower() in r.verbs.prefixed:
            person = r.described_before(k)
            if person is not None:
                return k, person
    return None


def _nested_report(r: _Resolver, rest: list[int]) -> int | None:
    """The word opening a clause inside reported words in which another person reports
    ("... setelah kepala polisi Richard Chambers mengatakan bahwa ..."): a subordinator, then
    that person (role words before the name allowed) right before a speech verb and "bahwa"."""
    for n in range(3, len(rest) - 1):
        k = rest[n]
        if r.words.texts[k].lower() not in r.verbs.prefixed \
                or r.words.texts[rest[n + 1]].lower() not in r.verbs.complementizers:
            continue
        named = [x for x in r.names_in(r.words.starts[rest[0]], r.words.starts[k])
                 if x.person and not r.text[x.end:r.words.starts[k]].strip()]
        if not named:
            continue
        j = n - 1
        while j > 0 and r.words.starts[rest[j]] >= named[-1].start:
            j -= 1  # back over the name
        role_start = j
        while j > 0 and role_start - j < 4 and r.words.texts[rest[j]].lower() not in r.pat.subordinators \
                and not _VERB_SHAPE.match(r.words.texts[rest[j]].lower()):
            j -= 1  # and up to four words of a role before it ("kepala polisi")
        if r.words.texts[rest[j]].lower() in r.pat.subordinators:
            return rest[j]
    return None


def _holder_after_role(r: _Resolver, comma: int, end: int) -> tuple[_Name, int] | None:
    """The person named alone between ``comma`` and the next comma (the holder of the role
    before ``comma``), with that next comma's position; else None."""
    nxt = r.text.find(",", comma + 1, end)
    if nxt < 0 or nxt - comma > 60:
        return None
    persons = [n for n in r.names_in(comma + 1, nxt) if n.person]
    if len(persons) != 1 or r.text[persons[0].end:nxt].strip():
        return None
    lead = [k for k in r.words.between(comma + 1, nxt) if r.words.starts[k] < persons[0].end]
    if r.text[comma + 1:persons[0].start].strip() and not r.opens_with(lead, persons[0]):
        return None  # a rank or title may stand before the name ("..., AKP Nandang Herawan, ...")
    return persons[0], nxt


def _that_soon(r: _Resolver, rest: list[int]) -> bool:
    """"mengabarkan via media sosial X bahwa ...": "bahwa" a few words on, in the same clause
    (the words between say how or to whom) and before any other speech verb."""
    for k in rest:
        low = r.words.texts[k].lower()
        if low in r.verbs.complementizers:
            return True
        if r.verbs.cue(low) or low in r.verbs.with_that or "," in r.text[r.words.starts[k] - 2:r.words.starts[k]]:
            return False
    return False


def _agent_pronoun(word: str, verbs: SpeechVerbs) -> bool:
    """"olehnya": a passive agent word carrying the pronoun "-nya" (the person in focus said it)."""
    return (without_pronoun_enclitic(word.lower()) or "") in verbs.passive_agent


def _passive_report(r: _Resolver, s: int, end: int, idx: list[int], quotes: list[Quote]) -> None:
    """"Dikatakan, pengujian terakhir ...", "Disebutkan juga oleh BMKG bahwa ...": the agent after
    "oleh" says the words after "bahwa" (or the verb); with none, the person in focus does."""
    rest = [k for k in idx[1:] if r.words.texts[k].lower() not in r.pat.speech_adverbs]
    if not rest:
        return
    that = next((n for n, k in enumerate(rest[:10]) if r.words.texts[k].lower() in r.verbs.complementizers), None)
    comma = r.text.find(",", r.words.ends[idx[0]], end)
    if r.words.texts[rest[0]].lower() in r.verbs.passive_agent:
        limit = r.words.starts[rest[that]] if that is not None else end
        found = r.speaker_after_verb(r.words.ends[rest[0]], limit, r.words.texts[idx[0]])
    elif _capitalised(r.words.texts[rest[0]]) and comma > r.words.starts[rest[0]]:
        # "Dijelaskan Iptu Fauzi Atmaja, aksi itu ...": the agent right after the verb, then a comma
        # ("Dikatakannya, Sambo memiliki ...": a comma right after the verb sets off no agent; the
        # capitalised word opens the reported words)
        found = r.speaker_after_verb(r.words.ends[idx[0]], comma, r.words.texts[idx[0]])
        that = next((n for n, k in enumerate(rest) if r.words.starts[k] > comma), None)
        that = that - 1 if that is not None else None
        after_name = [n for n, k in enumerate(rest) if found is not None and found.name is not None
                      and found.name.end <= r.words.starts[k] < comma]
        if after_name and r.words.texts[rest[after_name[0]]].islower() \
                and r.words.texts[rest[after_name[0]]] not in r.pat.role_words:
            # "Diuraikan Binsar kronologis kejadian berawal pada hari Rabu, ...": no comma after
            # the agent; the reported words start right after the name
            that = after_name[0] - 1
    else:
        found = r.pronoun_speaker(r.words.texts[idx[0]], s)
        that = 0 if r.words.texts[rest[0]].lower() in r.verbs.complementizers else None
    if found is None or found.name is None:
        return
    start = r.words.starts[rest[that] + 1] if that is not None and rest[that] + 1 < len(r.words.starts) \
        else r.words.starts[rest[0]]
    cs, ce = _trimmed(r.text, start, end)
    if ce - cs > 10 and len(r.text[cs:ce].split()) >= 3:
        found.confidence = min(found.confidence, CONF_INDIRECT)
        quotes.append(r.quote(cs, ce, "indirect", found))
        r.set_focus(found, s, True)


def _told_before(r: _Resolver, s: int, e: int, before: tuple[int, int], quotes: list[Quote]) -> None:
    """"Hal itu diungkapkan olehnya saat ...", "Pernyataan tersebut disampaikan Kapolres X ...":
    a sentence that names who said the sentence before it (a noun for the act or "hal", a
    demonstrative, a passive speech verb, then its agent) makes that sentence their indirect quote."""
    idx = r.words.between(s, e)
    if len(idx) < 3 or any(q.start < before[1] and q.end > before[0] for q in quotes) \
            or "\n" in r.text[before[0]:s].lstrip():
        return  # only a sentence of the same paragraph: a new paragraph may tell another story
    head, det, verb = (r.words.texts[k].lower() for k in idx[:3])
    if head not in r.pat.narration_with_setting | r.pat.narration_objects or det not in r.pat.definite:
        return
    agent_at = 3
    base = without_pronoun_enclitic(verb)
    if base is not None and base in r.verbs.passive:
        verb = base  # "diungkapkannya": the person in focus
        agent_at = None
    if verb not in r.verbs.passive:
        return
    if agent_at is not None and agent_at < len(idx) and r.words.texts[idx[agent_at]].lower() in r.verbs.passive_agent:
        agent_at += 1
    if agent_at is None or agent_at >= len(idx) or _agent_pronoun(r.words.texts[idx[agent_at]], r.verbs):
        found = r.pronoun_speaker(r.words.texts[idx[2]], s)
    elif r.words.texts[idx[agent_at - 1]].lower() in r.verbs.passive_agent \
            and without_pronoun_enclitic(r.words.texts[idx[agent_at]].lower()) is not None:
        found = r.pronoun_speaker(r.words.texts[idx[agent_at]], s)
    else:
        found = r.speaker_after_verb(r.words.starts[idx[agent_at]] - 1, e, r.words.texts[idx[2]])
    if found is None or found.name is None:
        return
    cs, ce = _trimmed(r.text, before[0], before[1])
    while ce > cs and r.text[ce - 1] in ".!?":
        ce -= 1
    if ce - cs > 10 and len(r.text[cs:ce].split()) >= 3:
        found.confidence = min(found.confidence, CONF_INDIRECT)
        quotes.append(r.quote(cs, ce, "indirect", found))
        r.set_focus(found, s, True)


def _words_before_past_asides(r: _Resolver, s: int, idx: list[int], pos: int) -> int:
    """How many words stand before the word at ``pos`` once the asides set off by commas are
    left out: the outlet relaying ("seperti dilansir Reuters") and the day ("Selasa (10/6/2025)").
    Counted for speech verbs only (any other word gets ``pos``)."""
    low = r.words.texts[idx[pos]].lower()
    # verbs of asking and advising report words too ("TIMES JOGJA, JAKARTA – Dokter spesialis anak
    # ... Lisa Pangemanan menyarankan orang tua untuk ...": the dateline is no part of the subject)
    if low not in r.verbs.prefixed and low not in r.verbs.reporting and low not in r.verbs.request \
            and low not in r.verbs.advice:
        return pos
    count = 0
    verb_at = r.words.starts[idx[pos]]
    through = [via for via, (_, holder) in r.intermediary_of.items() if s <= via and holder.end <= verb_at]
    if through:
        # "Kapolres X, AKBP Y melalui Wakapolres X, Kompol Z kepada jurnalis ... mengatakan": the
        # principal before "melalui" is no part of the subject that speaks; count from "melalui"
        s = max(through)
    # "Jakarta, SERU.co.id – Menteri ... Mahfud MD mengatakan, ...": the place and the outlet of a
    # lead's dateline are no part of the subject that speaks
    s = dateline_end(r.text, s, verb_at)
    cuts = [s] + [s + i + 1 for i, ch in enumerate(r.text[s:r.words.starts[idx[pos]]]) if ch == ","]
    cuts.append(r.words.starts[idx[pos]])
    for a, b in zip(cuts, cuts[1:]):
        inside = [k for k in idx[:pos] if a <= r.words.starts[k] < b]
        if not inside:
            continue
        texts = [r.words.texts[k] for k in inside]
        if a == s and b < r.words.starts[idx[pos]] and " ".join(texts).lower() in r.pat.discourse_openers:
            continue  # "Pada kesempatan yang sama, <role>, X mengatakan": the opener names no one
        if a > s and (r.relay_phrase_at(r.words.starts[inside[0]], b) is not None
                      or all(t.lower() in r.pat.calendar_words or t.isdigit() for t in texts)
                      or _degrees_segment(r.text[a:b].strip(" ,"))):
            continue  # a doctor's degrees after the name ("Sp.P.D, Subsp.G.E.H. (K), FINASIM") add no words
        count += len(inside)
    return count


def _titled_subject(r: _Resolver, s: int, idx: list[int], pos: int) -> int | None:
    """Where the holder's name starts when the words between the last comma and the speech verb at ``pos`` are one long title
    and the person holding it, the person's name right before the verb ("Mengenai hal ini, Menteri
    Koordinator Bidang Politik Hukum dan Keamanan (Menko Polhukam) yang juga Ketua Kompolnas Mahfud MD
    mengatakan ..."): every word capitalised or a joiner of titles (``title_joiners``). However long,
    such a subject names who speaks. None when the words are anything else."""
    verb_at = r.words.starts[idx[pos]]
    cut = r.text.rfind(",", s, verb_at)
    inside = r.words.between(cut + 1 if cut >= 0 else s, verb_at)
    if len(inside) < 3 or not _capitalised(r.words.texts[inside[0]]) and not r.words.texts[inside[0]].isupper():
        return None
    if not all(r.words.texts[k][:1].isupper() or r.words.texts[k].lower() in r.pat.title_joiners for k in inside):
        return None
    names = r.names_in(r.words.starts[inside[0]], verb_at)
    if names and names[-1].person and names[-1].tagged and not r.text[names[-1].end:verb_at].strip():
        return names[-1].start
    return None


def _late_speech_verb(r: _Resolver, s: int, idx: list[int], pos: int) -> bool:
    """A speech verb deep in a long sentence still opens reported words when a short subject
    naming a person follows the last comma before it and "bahwa" or a comma follows it ("Baca juga: ...
    Mafia Tanah Lebih lanjut, Parja menyebut bahwa ...": a headline the scraper glued on)."""
    k = idx[pos]
    low = r.words.texts[k].lower()
    if (low not in r.verbs.prefixed and low not in r.verbs.reporting) or pos + 1 >= len(idx):
        return False
    nxt = idx[pos + 1]
    if r.words.texts[nxt].lower() not in r.verbs.complementizers and "," not in r.text[r.words.ends[k]:r.words.starts[nxt]]:
        return False
    cut = r.text.rfind(",", s, r.words.starts[k])
    lo = cut + 1 if cut >= 0 else s
    if not 1 <= len(r.words.between(lo, r.words.starts[k])) <= 6:
        return False
    # the short subject names a person itself (a role alone would be looked up far back)
    names = r.names_in(lo, r.words.starts[k])
    if any(n.person for n in names):
        return True
    # "Komandan Regu ... Jakarta Utara, Hotdiaman Purba mengatakan,": a long role, then an
    # unknown name the model called a place, set off by a comma: the role's holder
    role_before = cut >= 0 and any(r.words.texts[j].lower() in r.pat.role_words
                                   for j in r.words.between(s, cut)[:3])
    return role_before and len(names) == 1 and names[0].place and len(names[0].text.split()) >= 2 \
        and not _evidently_place(names[0].text, r.text)


RELATIVE_CLAUSE_WORDS = 10  # at most this many words between "yang" and the speech verb


def _relative_subject_start(r: _Resolver, s: int, idx: list[int], pos: int) -> int | None:
    """Where the subject of a speech verb deep in a sentence starts when it is one or more
    persons described by a short relative clause ("... muncul ketika Wakil Menteri Luar Negeri
    China Kong Xuanyou dan juru bicara Geng Shuang yang sedang berkunjung ke Malaysia menyebut
    ..."): right after the last clause word (a stop word such as "ketika", or a verb) before
    them. None when the words before the verb are not shaped so."""
    k = idx[pos]
    low = r.words.texts[k].lower()
    if low not in r.verbs.prefixed and low not in r.verbs.reporting:
        return None
    yang = [n for n in range(max(0, pos - RELATIVE_CLAUSE_WORDS - 1), pos)
            if r.words.texts[idx[n]] in r.pat.relative_pronouns]
    if not yang or "," in r.text[r.words.starts[idx[yang[-1]]]:r.words.starts[k]]:
        return None
    rel = yang[-1]
    if rel == pos - 1:
        return None  # "X yang menyebutkan ...": the verb is the clause's own, X is described by it
    if any(r.verbs.cue(r.words.texts[idx[n]].lower()) for n in range(rel + 1, pos)):
        return None  # another speech verb inside the clause: not a plain description
    at = r.words.starts[idx[rel]]
    persons = [n for n in r.names_in(s, at) if n.person and not r.text[n.end:at].strip()]
    if not persons:
        return None  # the clause must describe a person named right before it
    n = rel - 1
    while n >= 0:
        word = r.words.texts[idx[n]]
        lw = word.lower()
        if "," in r.text[r.words.ends[idx[n]]:r.words.starts[idx[n + 1]]]:
            break
        if not _capitalised(word) and (lw in r.pat.speaker_stop and lw not in ("dan", "serta")
                                       or _VERB_SHAPE.match(lw) or lw in r.verbs.prefixed):
            break
        n -= 1
    lo = r.words.starts[idx[n + 1]]
    return lo if lo > s and lo <= persons[0].start else None


def _clause_follows(r: _Resolver, rest: list[int]) -> bool:
    """"memastikan harga ayam ... segera kembali normal": an aspect or modal word within the
    sentence after a noun phrase makes the words a reported clause without "bahwa"; "memastikan
    akan ...": a future marker right after the verb is a promise the speaker makes."""
    for n, k in enumerate(rest):
        low = r.words.texts[k].lower()
        if n == 0 and low in r.verbs.promise_markers | r.verbs.negated_clause_openers:
            # "memastikan tidak akan ada ...": a negated clause whose subject is left out, as a promise
            return True
        if low in r.verbs.clause_blockers or r.verbs.cue(low) or low in r.verbs.with_that:
            return False
        if low in r.verbs.clause_markers:
            return n > 0
    return False


def _request_follows(r: _Resolver, rest: list[int]) -> bool:
    """"meminta masyarakat, khususnya KPM, untuk segera melapor": a request marker after the
    addressee (no other verb and no sentence of its own before it); after "untuk" a verb phrase."""
    for n, k in enumerate(rest):
        low = r.words.texts[k].lower()
        if low in r.verbs.request_markers:
            if n == 0 and low in r.verbs.request_markers_verbal:
                return False  # "meminta untuk ...": no addressee, an act of asking for
            if low not in r.verbs.request_markers_verbal:
                return True
            nxt = r.words.texts[rest[n + 1]].lower() if n + 1 < len(rest) else ""
            return bool(_VERB_SHAPE.match(nxt)) or nxt in r.verbs.clause_markers or nxt in r.verbs.request_aspect
        if n > 0 and low in r.verbs.request_negations:
            # "meminta masyarakat tidak mudah percaya ...": the addressee, then what not to do;
            # not after pardon asked for ("meminta maaf tidak bisa hadir")
            return r.words.texts[rest[0]].lower() not in r.verbs.request_objects
        if r.verbs.cue(low) or low in r.verbs.clause_blockers:
            return False
    return False


def _advice_follows(r: _Resolver, rest: list[int]) -> bool:
    """"menganjurkan metode merebus ...", "menyarankan untuk memilih ...": the advice right after a
    verb of advice, a lower-case word (after "untuk", a verb), at least two words of it; a name
    right after it is who is recommended, and a conjunction or relative word opens no advice."""
    if len(rest) < 2:
        return False
    first = r.words.texts[rest[0]]
    low = first.lower()
    if not first.isalpha() or not first.islower():
        return False
    if low in r.verbs.request_markers_verbal:
        nxt = r.words.texts[rest[1]].lower()
        return bool(_VERB_SHAPE.match(nxt)) or nxt in r.verbs.request_aspect
    return low not in r.verbs.clause_blockers and low not in r.verbs.audience and r.verbs.cue(low) is None


def _narration(r: _Resolver, rest: list[int]) -> bool:
    """Whether the words after a speech verb name the act ("menyampaikan pernyataan tersebut",
    "mengatakan hal itu saat ...") rather than what was said."""
    words = [r.words.texts[k].lower() for k in rest[:3]]
    if words[0] in r.pat.narration_objects:
        return True
    if words[0] in r.pat.narration_with_setting:
        after = words[1:]
        if after and after[0] in r.pat.definite:
            after = after[1:]
        return not after or after[0] in r.pat.narration_settings
    if words[0] in r.pat.narration_with_recipient:
        # "melaporkan kejadian tersebut ke Polres ...": the event sent to someone, not words
        return len(words) == 3 and words[1] in r.pat.definite and words[2] in r.pat.narration_recipients
    return False


# Some print replicas write each double quote mark as two single ones (‘‘I thought ...,’’ she said).
_DOUBLED_SINGLE_OPEN = "\u2018\u2018"
_DOUBLED_SINGLE_CLOSE = "\u2019\u2019"


def _doubled_single_marks_as_double(text: str) -> str:
    """The text with each ‘‘ read as “ and each ’’ as ”, offsets kept (a space takes the second
    character's place on the side away from the quoted words). Only for a text that opens a quote
    so: a ’’ alone is an apostrophe after a closing single mark, or a typo."""
    return text.replace(_DOUBLED_SINGLE_OPEN, " \u201c").replace(_DOUBLED_SINGLE_CLOSE, "\u201d ")


def find_quotes(doc_id: str, text: str, sentences: list[tuple[int, int]] | None = None,
                mentions: Sequence[Mention] = (), person_spans: dict[tuple[int, int], str] | None = None) -> list[Quote]:
    """Direct, partial and indirect quotes of a document, in text order, with their speakers.

    ``sentences`` are the document's sentence spans (computed when None); ``mentions`` its
    PERSON / ORG / GPE mentions, used for speaker spans and names where they cover them. A dict
    given as ``person_spans`` receives the spans of the speakers read as persons, each with the
    name written there as read (capitals restored in a lower-cased text), for ``speaker_mentions``.
    """
    if not text or not text.strip():
        return []
    # An ASCII text's letters change only their case when capitals are restored below, which a gate
    # matching ignoring case does not see: it is asked of the text as written, before that work
    if text.isascii() and not may_hold_quotes(text):
        return []
    written = text
    if looks_lowercased(text):
        # a lower-cased copy: names are found by their capitals, so put them back first; the
        # sentences given were cut without capitals, so they are cut again
        text = restore_case(text, load_speech_verbs(QUOTE_LANGUAGES), load_quote_patterns())
        sentences = None
    if not written.isascii() and not may_hold_quotes(text):
        return []
    if _DOUBLED_SINGLE_OPEN in text:
        text = _doubled_single_marks_as_double(text)
    sentences = list(sentences) if sentences else split_sentences(text)
    r = _Resolver(doc_id, text, sentences, mentions)
    marked = _double_quoted(text)
    r.quoted = [(m.open if m.open is not None else m.start, (m.close + 1) if m.close is not None else m.end)
                for m in marked]
    marked += _single_quoted(text, r.quoted)
    marked.sort(key=lambda m: m.start)
    # "2+2", "5G", "(1)": quote marks around no word are a format or a label, never speech
    marked = [m for m in marked if _LETTERS.search(text, m.start, m.end)]

    # quotes by the sentence their opening falls in
    by_sentence: dict[int, list[_Marked]] = {}
    for m in marked:
        by_sentence.setdefault(r.sentence_index(m.open if m.open is not None else m.start), []).append(m)

    quotes: list[Quote] = []
    chain_speaker: _Speaker | None = None  # the speaker of a quote that runs over paragraphs
    for si, (s, e) in enumerate(sentences):
        here = by_sentence.get(si, [])
        had_direct = False
        glued = _glued_sentence(r, s, here[0]) if here else None
        if glued is not None:
            # "... pengelolaan sampah.“Saya rapat, ...” kata Tito": the sentence before a quote
            # glued to it (no space after its full stop) is read on its own first
            before = len(quotes)
            own = _glued_start(r, s, glued)
            _indirect(r, own, glued, quotes)
            if len(quotes) == before:
                r.sentence_subject(own, glued)
        for m in here:
            sent_start, sent_end = _sentence_of(r, m.open if m.open is not None else m.start)
            line_end = _line_end(text, m.close if m.close is not None else m.end)
            cue_follows = m.close is not None and r.cue_after(m.close, line_end) is not None
            if m.single:
                if not _is_direct(r, m, sent_start, cue_follows):
                    continue  # a scare term ('eskalasi signifikan'), not a quote
                found = _resolve_direct(r, m, [m], sent_start)
                if found is None or found.name is None:
                    continue
                quotes.append(r.quote(m.start, m.end, "direct", found))
                r.set_focus(found, m.start, True)
                had_direct = True
                continue
            if m.continues and chain_speaker is not None:
                quotes.append(r.quote(m.start, m.end, "direct", chain_speaker))
                had_direct = True
                if not m.continued:
                    chain_speaker = None
                continue
            if _is_direct(r, m, sent_start, cue_follows):
                group = [m]
                if m.continued:  # the speaker's cue comes after the last paragraph of the quote
                    k = marked.index(m)
                    while group[-1].continued and k + 1 < len(marked) and marked[k + 1].continues:
                        k += 1
                        group.append(marked[k])
                found = _resolve_direct(r, m, group, sent_start)
                if found is None:
                    found = _adjacent_speaker(r, m)
                    if found is None:
                        far = _far_speaker(r, m, sent_start)
                        if far is not None:
                            r.far_guesses[m.start] = far
                elif found.cue is None and found.name is None:
                    found = None
                if found is not None and found.name is not None and len(group) > 1:
                    chain_speaker = _Speaker(found.name, min(found.confidence, CONF_CHAIN), found.cue, found.others)
                elif len(group) > 1:
                    chain_speaker = _Speaker(None, 0.0, None)
                quotes.append(r.quote(m.start, m.end, "direct", found))
                if found is not None:
                    r.set_focus(found, m.start, True)
                had_direct = True
            else:
                found = r.cue_before(sent_start, m.open if m.open is not None else m.start, partial=True)
                if found is None and m.close is not None:
                    found = r.cue_after(m.close, sent_end)  # '... "target yang sah", kata X.'
                if found is None or found.name is None:
                    continue  # a name, a title or a scare term in quotes
                found.confidence = min(found.confidence, CONF_PARTIAL)
                quotes.append(r.quote(m.start, m.end, "partial", found))
                r.set_focus(found, m.start, True)
        if not had_direct:
            outside = _outside_quotes(r, s, e)
            if outside is not None:
                before = len(quotes)
                _indirect(r, outside[0], outside[1], quotes)
                if len(quotes) == before:
                    if si > 0 and not by_sentence.get(si - 1):
                        _told_before(r, s, e, sentences[si - 1], quotes)
                    r.sentence_subject(s, e)
            else:
                r.sentence_subject(s, e)
    quotes.sort(key=lambda q: (q.start, q.end))
    _same_words_same_speaker(quotes)
    _cue_of_next_paragraph(text, quotes)
    _far_speakers(r, quotes)
    _answer_after_question(text, quotes)
    _roles_to_holders(r, quotes)
    _names_written_in_full(r, quotes)
    if person_spans is not None:
        person_spans.update(r.person_spans)
    if written is not text:
        for q in quotes:
            q.text = written[q.start:q.end]
    return quotes


# a word of a role phrase as written: a word, an initial's or abbreviation's dot, a bracket, a comma
_ROLE_TOKEN = re.compile(r"[\w\-]+|[(),.]")


def _role_head(word: str, r: _Resolver) -> bool:
    """A word that opens a role: a role word or short form ("Kapolres", "Kalak") or a head glued to its
    unit ("Kasatlantas")."""
    low = word.lower()
    return low in _one_word_heads() or low in r.pat.role_aliases or load_role_words().compound_head(word)


def _post_word(r: _Resolver, name: _Name) -> bool:
    """A one-word "person" right after a role word ("Kepala Desa Mekarsari", "Kapolres Sleman"): the place
    of the post, read as a name."""
    if " " in name.text:
        return False
    before = [t.lower() for t in _ROLE_TOKEN.findall(r.text[max(0, name.start - 40):name.start])]
    if not before or r.text[name.start - 1:name.start] != " ":
        return False
    return _role_head(before[-1], r) or any(tuple(before[-len(h):]) == h for h in load_role_words().heads)


def _role_words_beside(r: _Resolver, name: _Name) -> list[list[str]]:
    """The roles written beside a person, each lower-cased and short forms spelt out: the phrase right
    before the name, read back over capitalised words, role words, ranks, connectors, brackets and
    commas to a role word ("Kapolres Sleman AKBP Gatot", "Menurut Kepala BPBD Landak, Banda Kolaga"),
    a verb or any other lower-case word ending it ("Kapolres memerintahkan Kasat Reskrim AKP X": only
    "Kasat Reskrim"); and the phrase set off by a comma right after the name ("Ernawati, Kasubag Humas
    PTPN-I"), when it opens with a role word."""
    s = r.sentences[r.sentence_index(name.start)][0] if r.sentences else 0
    # the name of someone else ends the role; a one-word "person" inside it is a post's place the entity model
    # took for a name ("Kepala Pelaksana BPBD Garut, Sumarno Hadi")
    earlier = [n.end for n in r.persons if s <= n.end <= name.start and n.start != name.start and " " in n.text]
    lo = max([s, name.start - 120, *earlier])
    tokens = _ROLE_TOKEN.findall(r.text[lo:name.start])
    allowed = r.pat.role_words | r.rank_words | load_role_words().connectors
    run: list[str] = []
    for t in reversed(tokens):
        if t in "(),." or _capitalised(t) or t.isupper() or t.lower() in allowed or t[:1].isdigit():
            run.append(t)
            continue
        break
    run.reverse()
    roles: list[list[str]] = []
    opens = next((i for i, t in enumerate(run) if t not in "(),." and _role_head(t, r)), None)
    if opens is not None:
        roles.append(r.expand_role(" ".join(run[opens:])).split())
    after = r.text[name.end:name.end + 100]
    if after.startswith(","):
        phrase = re.split(r"[.;:!?\n\"“”]|,\s*(?=[a-z])", after[1:])[0]
        words = _ROLE_TOKEN.findall(phrase)
        if words and _role_head(words[0], r):
            roles.append(r.expand_role(phrase).split())
    return roles


def _another_holder(r: _Resolver, role_words: list[str], found: _Name, before: int) -> bool:
    """Whether someone other than ``found`` was introduced before ``before`` with every word of the role
    ("Kapolsek Tegal AKP Rudi Hartono dan Kapolsek Slawi AKP Dodi Susanto" before "kata Kapolsek"): two
    holders, so the role names neither. Two forms of one name (one holding the other's words) are one."""
    wanted = r.expand_role(" ".join(role_words)).split()
    mine = set(r.fullest(found).split())
    for cand in r.persons:
        if cand.start >= before or r.in_quote(cand.start):
            continue
        theirs = set(r.fullest(cand).split())
        if theirs <= mine or mine <= theirs:
            continue
        gap = r.text[cand.end:found.start]
        if 0 <= len(gap) <= 40 and all(w.lower() in r.rank_words for w in _WORD.findall(gap)) and "," in gap:
            continue  # "Kapolsek Liang Anggang, Kompol Imam Suryana": the post's place read as a name, not a holder
        if all(w in r.role_of(cand).split() for w in wanted):
            return True
    return False


def _role_phrase_of(r: _Resolver, q: Quote) -> list[str] | None:
    """The role a quote's speaker stands as, when the speaker found is a role rather than a person: a
    speaker opening with a role word and holding no word of a person's name ("Kalak BPBD", "Kepala BPBD
    Landak"), or a single word right after a role word in the cue ("ujar Kapolres Sleman" read as
    "Sleman"), which the article must then write as the place of that role's holder (checked when the
    holders are sought)."""
    name = q.speaker_name or ""
    words = name.split()
    if not words or q.speaker_start is None:
        return None
    person_words = {w for p in r.persons if " " in p.text and not r.in_quote(p.start) for w in p.text.split()}
    if _role_head(words[0], r):
        rest = [w for w in words[1:] if not _role_head(w, r)]
        if any(w in person_words for w in rest):
            return None  # "Humas PN Medan Oyong": a name glued to its role
        return [w.lower() for w in words]
    if len(words) != 1:
        return None
    spoken = _Name(q.speaker_start, q.speaker_end or q.speaker_start, name, True)
    if _post_word(r, spoken):
        return [_ROLE_TOKEN.findall(r.text[max(0, q.speaker_start - 40):q.speaker_start])[-1].lower(), name.lower()]
    return None


def _name_after_role_comma(r: _Resolver, holder: _Name) -> str | None:
    """"Kepala BPBD Landak, Banda Kolaga" with only "Kolaga" read as the person (the first word taken for a
    place): the capitalised words between the comma that closes the role and the person, none a role word or a
    rank, open the name; None when there are none."""
    gap = re.search(r",[ \t\u00a0]*((?:[A-Z][\w'’\-]*[ \t\u00a0]+){1,2})$", r.text[max(0, holder.start - 40):holder.start])
    if gap is None:
        return None
    words = gap.group(1).split()
    if any(_role_head(w, r) or w.lower() in r.pat.role_words or w.lower() in r.rank_words for w in words):
        return None
    return " ".join([*words, r.fullest(holder)])


def _roles_to_holders(r: _Resolver, quotes: list[Quote]) -> None:
    """A quote whose speaker is a role ("kata Kalak BPBD", "ujar Kapolres Sleman" read as the place) is
    given to the person the article introduces with that role, before or after the quote ("Kepala
    Pelaksana BPBD Kabupaten Garut, Sumarno Hadi"; "Kapolres Sleman AKBP Gatot Wirawan"): every word
    of the role, short forms spelt out (role_abbreviations.yaml), written in the role beside the name
    (``_role_words_beside``). Two different people so introduced, or none, keep the role as it is."""
    for q in quotes:
        phrase = _role_phrase_of(r, q)
        if phrase is None:
            continue
        wanted = [w for w in r.expand_role(" ".join(phrase)).split() if w not in r.pat.definite]
        if not wanted:
            continue
        holders: dict[str, _Name] = {}
        for p in r.persons:
            if r.in_quote(p.start) or (p.start, p.end) == (q.speaker_start, q.speaker_end) or " " not in p.text \
                    and (p.text.lower() in wanted or not p.tagged) or _title_case_line(r.text, p.start):
                # a headline's words ("... judul: Kasi Intelijen Berganti, Kajari Pacitan Beri Tugas") introduce
                # no one: a one-word name the entity model did not tag is no holder
                continue
            if any(all(w in role for w in wanted) for role in _role_words_beside(r, p)):
                holders.setdefault(r.fullest(p), p)
        names = list(holders)
        if len(names) != 1 and not all(set(n.split()) <= set(max(names, key=len).split()) for n in names):
            continue  # none, or two people: the role stays
        if not names:
            continue
        holder = holders[max(names, key=len)]
        q.speaker_name = _name_after_role_comma(r, holder) or r.fullest(holder)
        q.speaker_start, q.speaker_end = holder.start, holder.end


# the words of a name as written: a space or a no-break space between them, never a line break or a mark
_NAME_GAP = re.compile(r"[ \t\u00a0]+")
_NAME_WORD_RUN = re.compile(r"[^\W\d_][\w'’\-]*")


def _title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is written in title case (a headline, a related article's title, a
    caption's label): most of its words capitalised. Its capitalised runs are no evidence of a name."""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return _title_case_span(text, a, len(text) if b < 0 else b)


@lru_cache(maxsize=1024)
def _title_case_span(text: str, a: int, b: int) -> bool:
    """``_title_case_line`` of the line ``text[a:b]``, kept per line: a person's name is looked for at each
    place the article writes it, and an article of one long line (no line breaks) was read whole each time."""
    words = _NAME_WORD_RUN.findall(text, a, b)
    return len(words) >= 4 and sum(_capitalised(w) for w in words) >= 0.7 * len(words)


def _name_word_at(r: _Resolver, word: str, start: int, end: int, name: Sequence[str]) -> bool:
    """``word``, written at ``start``..``end`` next to a person's ``name``, can be one more word of that
    name: a name-like capitalised word (``another_name_word``: no role, rank, honorific, weekday, month,
    word news writes in lower case, body's first or last word; a naming tradition's word counts: "I",
    "Ni"); no function word, sentence opener, word of a rank ("Pol" of "Kombes Pol"), title, platform
    ("mengutip Instagram Dinkes X") or place head ("Kabupaten"); no place or body the gazetteer knows,
    alone or with the word before or after it ("Jawa Barat Ferry"); no word of a body, place or date
    mention of the article ("Perikanan" of "Kementerian Kelautan dan Perikanan") other than one the
    entity finder mistook the whole name for (``_person_taken_for_a_body``)."""
    low = word.lower()
    if low in r.function_words or low in r.pat.sentence_openers or low in r.rank_words or low in r.titles \
            or low in r.pat.academic_titles or low in r.pat.source_platforms:
        return False
    if low in load_name_types().place_name_heads:
        return False  # "Kabupaten", "Kota": a place's head, never a name's word
    if not another_name_word(word) and not (word[:1].isupper() and low in load_name_types().tradition_name_words):
        return False  # a naming tradition's word is one, short as it may be ("I Putu", "Ni Luh", "La Ode")
    known = lookup_alias(word)
    if known is not None and known.type != "PERSON":
        return False
    # nor the second word of a place or a body the gazetteer knows by two words ("Jawa Barat")
    prev = re.search(r"([\w'’\-]+)[ \t\u00a0]+$", r.text[max(0, start - 40):start])
    nxt = re.match(r"[ \t\u00a0]+([\w'’\-]+)", r.text[end:end + 40])
    for pair in ((prev.group(1), word) if prev else None, (word, nxt.group(1)) if nxt else None):
        known = lookup_alias(" ".join(pair)) if pair else None
        if known is not None and known.type != "PERSON":
            return False
    return not any(m.label != "PERSON" and (m.start < end and start < m.end or word in m.text.split())
                   and not _person_taken_for_a_body(m.text, name) for m in r.mentions)


def _person_taken_for_a_body(span: str, name: Sequence[str]) -> bool:
    """A body or place span of the entity finder's that is a person's name: it holds ``name`` and all its
    other words are name-like ("Ajat Rochmat Jatnika" tagged an organisation), unlike a body named after
    someone ("Yayasan Anselmus Wibisana")."""
    words = span.split()
    return set(name) <= set(words) and all(w in name or another_name_word(w) for w in words)


def _name_opens_after(r: _Resolver, pos: int) -> bool:
    """The word before ``pos`` (where a run of name words starts) is one after which a person's name
    opens: a lower-case word ("kata") other than one joining the words of a name ("dan"), a mark other
    than a sentence's end, a rank or a title ("AKBP", "dr"), or a place the gazetteer knows ("Menteri
    Intelijen Iran Esmail Khatib"). Not a role, a body, an acronym, a number word or an unknown
    capitalised word: those stand before the place or the body a role names ("Kalapas Sarolangun
    Junaidi Rison", "BPBD Wajo", "Empat Lawang"); not the start of a sentence or a line, where a
    connective may open the run ("Pasalnya Luna Maya")."""
    before = r.text[max(0, pos - 60):pos].rstrip(" \t\u00a0")
    if not before or before[-1] in ".!?\n\"”“:":
        return False
    word = re.search(r"[\w'’\-.]+$", before)
    if word is None:
        return True  # a comma, a bracket, a dash
    w = word.group()
    low = w.lower().rstrip(".")
    if w[:1].islower():
        # not a word that joins the words of a body's or a role's name ("Kelautan dan Perikanan")
        return low not in r.pat.coordinators | r.pat.role_name_joiners | r.pat.name_connectors | r.pat.conjunctions
    if low in r.rank_words or low in r.pat.academic_titles or low in r.titles:
        return True
    known = lookup_alias(w)
    return known is not None and known.type in ("GPE", "LOC")


# a character that continues a word (the name's words are matched as whole words)
_WORD_CHAR_OR_HYPHEN = re.compile(r"[\w\-]")


def _name_places(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each place where ``words`` stand together in ``text`` in this order, each a whole
    word, one run of spaces, tabs or no-break spaces between two, in text order and not overlapping.

    The same places as a pattern built of the words (a whole word each, a gap of ``_NAME_GAP`` between) would find,
    without compiling one: a pattern per speaker's name missed ``re``'s cache and its compilation was
    most of the cost of finding a speaker's fullest written name. The words come from ``str.split``,
    so none is empty or holds a gap's character, and the gap before each word can only end where it starts.
    """
    if not words:
        return [m.span() for m in re.finditer(r"(?<![\w\-])(?![\w\-])", text)]
    first = words[0]
    places: list[tuple[int, int]] = []
    at = text.find(first)
    while at != -1:
        end: int | None = at + len(first)
        if at > 0 and _WORD_CHAR_OR_HYPHEN.match(text, at - 1):
            end = None
        for word in words[1:]:
            if end is None:
                break
            gap = _NAME_GAP.match(text, end)
            end = gap.end() if gap is not None and text.startswith(word, gap.end()) else None
            if end is not None:
                end += len(word)
        if end is not None and not _WORD_CHAR_OR_HYPHEN.match(text, end):
            places.append((at, end))
            at = text.find(first, end)
        else:
            at = text.find(first, at + 1)
    return places


def _written_forms(r: _Resolver, name: str) -> set[tuple[str, ...]]:
    """Every form the article writes a person's ``name`` in: each place the name's words stand together
    in the text (a whole word each), outside quotes, headline-like lines and "read also" pointers, run
    on over the name words right after it and right before it (``_name_word_at``). The words before
    count when the name opens after the word before them (``_name_opens_after``); else only as far as
    the entity finder's person span there reaches once ranks, roles, bodies and places are cut from it
    (``bare_name``), and not where they open a sentence. In headline-like lines: the entity finder's
    person spans that hold the name, when their other words are name-like. "kata Khatib" in an article
    that writes "Menteri Intelijen Iran Esmail Khatib" gives ("Esmail", "Khatib")."""
    words = name.split()
    forms: set[tuple[str, ...]] = set()
    text = r.text
    freq = load_word_frequencies()
    pointers = pointer_headlines(text)  # "Baca juga: Dirut X Dicekal, ..." run into a paragraph
    for m_start, m_end in _name_places(text, words):
        if r.in_quote(m_start) or _title_case_line(text, m_start) or any(a <= m_start < b for a, b in pointers):
            continue
        run: list[tuple[str, int]] = []  # the name words before, nearest first, with where they start
        pos = m_start
        while len(run) < 4:
            gap = re.search(r"[ \t\u00a0]+$", text[max(0, pos - 4):pos])
            prev = re.search(r"[\w'’\-]+$", text[max(0, pos - 40):pos - len(gap.group())]) if gap else None
            if prev is None:
                break
            start = pos - len(gap.group()) - len(prev.group())
            if not _name_word_at(r, prev.group(), start, start + len(prev.group()), words):
                break
            run.append((prev.group(), start))
            pos = start
        if run and not _name_opens_after(r, run[-1][1]):
            span = next((p for p in r.mentions if p.label == "PERSON" and p.start <= m_start < p.end), None)
            # the span as the quote finder reads a person's name: ranks, roles, bodies and places cut
            held = r.without_titles_and_degrees(r.bare_name(span.text)) if span is not None else ""
            opens = span.end - len(held) if span is not None and span.text.endswith(held) else len(text)
            run = [(w, at) for w, at in run if at >= opens]
            while run and run[-1][0].lower() in freq.counts \
                    and text[:run[-1][1]].rstrip(" \t\u00a0")[-1:] in ("", ".", "!", "?", "\n", "\"", "”", "“", ":"):
                run.pop()  # a common word opening the sentence inside the span: "Pasalnya Luna Maya"
        before = [w for w, _ in reversed(run)]
        after: list[str] = []
        pos = m_end
        while len(after) < 3:
            nxt = re.match(r"[ \t\u00a0]+([\w'’\-]+)", text[pos:pos + 40])
            if nxt is None or not _name_word_at(r, nxt.group(1), pos + nxt.start(1), pos + nxt.end(1), words):
                break
            after.append(nxt.group(1))
            pos += nxt.end()
        forms.add((*before, *words, *after))
    for p in r.mentions:
        # a headline's person span: the entity finder's extent there, its added words name-like
        if p.label == "PERSON" and _title_case_line(text, p.start) and not r.in_quote(p.start):
            held = tuple(r.without_titles_and_degrees(r.bare_name(p.text)).split())
            if len(held) > len(words) and _holds_in_order(held, tuple(words)) \
                    and all(w in words or another_name_word(w) for w in held):
                forms.add(held)
    return forms


def _holds_in_order(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _fullest_written(r: _Resolver, name: str) -> str:
    """The fullest form the article writes the person named ``name`` in (``_written_forms``), when
    all its forms are one name cut at different words: each form lies inside the longest. Two
    people who share a word ("Andi" and "Choel Mallarangeng", "Edhy Prabowo" beside "Prabowo
    Subianto", a father and his son) give forms that do not nest: the name stays as it is, and so
    it does when the gazetteer knows the short name as someone whom the longer form is not."""
    forms = _written_forms(r, name)
    if not forms:
        return name
    longest = max(forms, key=len)
    if len(longest) <= len(name.split()) or not all(_holds_in_order(longest, f) for f in forms):
        return name
    full = " ".join(longest)
    return name if names_someone_else(name, full) else full


def _names_written_in_full(r: _Resolver, quotes: list[Quote]) -> None:
    """A person's quote named by part of the name the article gives them ("kata Khatib" after
    "Menteri Intelijen Iran Esmail Khatib", "ujar Fajar" after "Fadli Fajar", "Toha" after "Muhammad
    Toha") is named by the fullest form the article writes (``_fullest_written``): the words the
    entity finder left out of the person's span, or that a cue or a pronoun's referent gives short.
    Never a name the gazetteer knows as a place or a body ("Israel" beside "Israel Katz"); a speaker not
    read as a person only when the fuller name is one the entity finder tags a person."""
    model_persons = [set(m.text.split()) for m in r.mentions if m.label == "PERSON"]
    # per name, what holds whatever quote it speaks: its fullest form, and whether a speaker not read as a
    # person must keep the short name (it is written in capitals or inside a body's name, or no person span
    # holds the fuller one); each quote's own span is weighed for that quote alone, so the names two quotes
    # get never depend on which comes first
    fuller: dict[str, tuple[str, bool]] = {}
    for q in quotes:
        name = q.speaker_name
        if not name or q.speaker_start is None:
            continue
        if name not in fuller:
            known = lookup_alias(name)
            full = _fullest_written(r, name) if known is None or known.type == "PERSON" else name
            guarded = full != name and (name.isupper() or any(name in b and " " in b for b in r.body_texts)
                                        or not any(set(full.split()) <= p for p in model_persons))
            fuller[name] = (full, guarded)
        full, guarded = fuller[name]
        # a speaker not read as a person ("Toha" the finder took for no one's name) takes a fuller name only
        # when it is no body's name and a person span holds that name
        q.speaker_name = name if guarded and (q.speaker_start, q.speaker_end) not in r.person_spans else full


# a capital after a small letter inside a word: words glued together ("LaporanFirst", an account
# handle "KemnakerRI"); "McDonald" and "MacArthur" are names written so
_GLUED_CAPITAL = re.compile(r"^(?!Mac[A-Z]|Mc[A-Z])\S*[a-z][A-Z]")


def _name_words_ok(name: str, pat: QuotePatterns, restored: bool = False) -> bool:
    """A speaker's name fit to become a person mention: capitalised words (initials allowed
    inside), none of them an acronym, a role, a date, a body's word ("Polres Siak", "Bank ..."),
    words glued together ("LaporanFirst") or a word news writes in lower case ("Saat", "Jika",
    "Penggemar"), and no name the gazetteer knows as a body or a place. ``restored``: the capitals
    are the ones the finder put back in a lower-cased text, which already weighed how news writes
    each word (the word counts hold such names in lower case: "amran", "sulaiman")."""
    words = name.split()
    if not words or not_a_speaker(name, pat):
        return False
    types = load_name_types()
    if any(w.lower() in types.organisation_first_words or w.lower() in types.regional_bodies for w in words):
        return False
    freq, stop = load_word_frequencies(), load_stopwords()
    for i, w in enumerate(words):
        if _INITIAL.fullmatch(w) and 0 < i < len(words) - 1 or (i and w.lower() in pat.name_particles):
            continue
        low = w.lower().strip(".,'’")
        if not _capitalised(w) or not _person_like(w, pat) or len(low) < 2 or _GLUED_CAPITAL.search(w) \
                or low in pat.sentence_openers or low in stop \
                or (not restored and low in freq.counts and low not in freq.names):
            return False
    known = lookup_alias(name)
    return known is None or known.type == "PERSON"


def _workplace_or_role(head: str, label: str, pat: QuotePatterns) -> bool:
    """Whether the words a mention has before a speaker's name are not part of that name: a body
    or a place the gazetteer knows ("China"), the model's body ("Universitas Indonesia" of a
    mention it tagged ORG), an acronym ("BCA") or role words ("Presiden"). A given name or a
    title that belongs to the name ("Amalia" of "Amalia Adininggar Widyasanti", the Balinese
    "Anak Agung") stays."""
    words = head.split()
    if not words:
        return False
    known = lookup_alias(head.strip())
    if (known is not None and known.type != "PERSON") or label in ("ORG", "GPE", "LOC"):
        return True
    return all((w.isupper() and w.isalpha() and len(w) >= 2) or w.lower() in pat.role_words for w in words)


def speaker_mentions(doc_id: str, text: str, mentions: Sequence[Mention], quotes: Sequence[Quote],
                     person_spans: dict[tuple[int, int], str]) -> list[Mention]:
    """The document's mentions made to agree with the speakers the quote finder read as persons
    (``person_spans``, from ``find_quotes``):

    - a mention that runs a workplace or a place into the speaker's name ("BCA Jahja
      Setiatmadja", "Universitas Indonesia Rofikoh Rokhim", "China Guo Jiakun") is cut into the
      person and, when the gazetteer or the model called it a body or a place, that body; every
      mention of the same text is cut the same way;
    - a speaker the model missed ("Kuseryansyah", "Petrus Bere") becomes a PERSON mention
      (origin "rule") where the text names them, when their name looks like one (read with
      the capitals the finder restored in a lower-cased text; the mention keeps the text's form).

    - a body that speaks under a capitalised name the model missed or took for the place inside
      it ("JPU", "Jaringan Advokasi Tambang", "Militer Israel", "Pemerintah Iran") becomes an ORG
      mention (origin "rule") over the name as written; a place mention inside it gives way, as a
      model's organisation around a gazetteer place does in ``merge_mentions``.

    The linker then has a person or a body to give the quotes to. Returns a new list, in text order."""
    pat = load_quote_patterns()
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    cuts: dict[str, str] = {}  # a mention's text -> the speaker's name it ends with
    added: list[Mention] = []
    bodies: list[Mention] = []
    for q in quotes:
        name = q.speaker_name
        if name and q.speaker_start is not None and q.speaker_end is not None \
                and (q.speaker_start, q.speaker_end) not in person_spans:
            # the span must be the body's own name: a role whose holder the finder named ("kata
            # Dirreskrimum" -> Surawan) is a person's
            body = _unmentioned_body(doc_id, text, q.speaker_start, q.speaker_end, ordered, pat) \
                if set(name.split()) <= set(text[q.speaker_start:q.speaker_end].split()) else None
            if body is not None and not any(b.start < body.end and body.start < b.end for b in bodies):
                bodies.append(body)
            continue
        if not name or q.speaker_start is None or (q.speaker_start, q.speaker_end) not in person_spans:
            continue
        s, e = q.speaker_start, q.speaker_end
        over = [m for m in ordered if m.start < e and s < m.end]
        if over:
            for m in over:
                if len(name.split()) >= 2 and m.text.lower() != name.lower() \
                        and m.text.lower().endswith(" " + name.lower()) and _name_words_ok(name, pat) \
                        and _workplace_or_role(m.text[:-len(name)], m.label, pat):
                    cuts.setdefault(m.text, name)
            continue
        shown = person_spans[(s, e)]
        if shown.endswith(" " + name):
            s, shown = e - len(name), name
        elif shown != name and (" " in shown or not short_form_of(shown, name)):
            continue
        if not _name_words_ok(shown, pat, restored=shown != text[s:e]) or any(a.start < e and s < a.end
                                                                                for a in added):
            continue
        added.append(Mention(doc=doc_id, start=s, end=e, text=text[s:e], label="PERSON", origin="rule"))
    if bodies:
        ordered = [m for m in ordered if not any(b.start <= m.start and m.end <= b.end for b in bodies)]
        added = [a for a in added if not any(b.start < a.end and a.start < b.end for b in bodies)] + bodies
    if not cuts and not added:
        return list(mentions)
    out: list[Mention] = []
    for m in ordered:
        name = cuts.get(m.text)
        if name is None:
            out.append(m)
            continue
        cut = m.end - len(name)
        head = text[m.start:cut].rstrip()
        out.append(Mention(doc=m.doc, start=cut, end=m.end, text=text[cut:m.end], label="PERSON", origin=m.origin,
                           role=m.role))
        known = lookup_alias(head)
        if known is not None and known.type != "PERSON":
            out.append(Mention(doc=m.doc, start=m.start, end=m.start + len(head), text=head, label=known.type,
                               origin="gazetteer"))
        elif m.label != "PERSON" and not all(w.lower() in pat.role_words for w in head.split()):
            out.append(Mention(doc=m.doc, start=m.start, end=m.start + len(head), text=head, label=m.label,
                               origin=m.origin))
    return sorted(out + added, key=lambda m: (m.start, -m.end))


def _unmentioned_body(doc_id: str, text: str, start: int, end: int, ordered: Sequence[Mention],
                      pat: QuotePatterns) -> Mention | None:
    """An ORG mention for a body speaker's span that no person or body mention touches: the span
    is a capitalised name (every word capitalised, or a joiner inside:
    "Dinas Ketenagakerjaan dan Transmigrasi" yes) that opens with no role word and that the
    gazetteer does not know as a person or a place; only place mentions may lie inside it, and a
    person's after a head of ``person_body_heads``."""
    written = text[start:end]
    words = written.split()
    if not words or not _capitalised(words[0]) or words[0].lower() in pat.role_words \
            or words[0].lower() in pat.sentence_openers or not_a_speaker(written, pat):
        return None
    # a body by its head word ("Militer Israel", "Pemerintah Iran") or by an acronym of three letters
    # or more ("PHRI DIY"); a lone first name the model missed ("Maia", "Titiek") or initials ("MH")
    # are a person's, and a lone head noun ("Pemerintah") names nothing to look up
    heads = load_name_types().organisation_first_words | pat.body_nouns | pat.institution_nouns | pat.person_body_heads
    # an acronym's name is capitals only ("PHRI DIY"): a run of capitals before a word in lower case
    # is a page's boilerplate ("SCROLL TO CONTINUE WITH CONTENT Dalam")
    acronym = len(words[0]) >= 3 and all(w.isalpha() and w.isupper() for w in words)
    if not acronym and not (len(words) >= 2 and words[0].lower() in heads):
        return None
    if acronym and _person_initials(text, written, pat, ordered):
        return None
    if not all(_capitalised(w) or (0 < i < len(words) - 1 and w.lower() in pat.name_connectors | pat.role_name_joiners)
               for i, w in enumerate(words)):
        return None
    known = lookup_alias(written)
    if known is not None and known.type != "ORG":
        return None
    # "Pemerintah Trump": the leader's name inside the body's name is part of it
    inner_ok = ("GPE", "LOC", "PERSON") if words[0].lower() in pat.person_body_heads else ("GPE", "LOC")
    if any(m.start < end and start < m.end and (m.label not in inner_ok or m.start < start or m.end > end
                                                 or (m.start, m.end) == (start, end))
           for m in ordered):
        return None
    return Mention(doc=doc_id, start=start, end=end, text=written, label="ORG", origin="rule")


_INITIALS_CONTEXT_WORD = re.compile(r"[\w-]+")


def _person_initials(text: str, span: str, pat: QuotePatterns, mentions: Sequence[Mention] = ()) -> bool:
    """True when ``span``, one capitals-only word of a few letters, is written elsewhere in
    ``text`` as a person's initials or nickname: a person word right before it ("tersangka DUL",
    "berinisial AS"), an age in brackets after it ("DCS (23)"), a nickname word within two words
    ("KDM - sapaan akrab ..."), or a bracketed short form of a name a person word opens
    ("informan Digital Chat Station (DCS)"), or the initials of a person the text names in two
    words or more, alone or after the initial of an address word ("KDM": Kang Dedi Mulyadi) when
    the gazetteer knows no body by it. Crime news writes suspects and victims so."""
    if " " in span or len(span) > pat.initials_max_letters:
        return False
    if lookup_alias(span) is None:
        for m in mentions:
            words = [w for w in m.text.split() if w[:1].isalpha()]
            if m.label != "PERSON" or len(words) < 2:
                continue
            letters = "".join(w[0].upper() for w in words)
            if span == letters or (span[1:] == letters and span[0].lower() in pat.initials_address_letters):
                return True
    person_words = pat.initials_person_words | pat.party_naming_words | frozenset(
        w for group in pat.case_parties for w in group)
    for hit in re.finditer(r"(?<![\w-])" + re.escape(span) + r"(?![\w-])", text):
        before = [w.lower() for w in _INITIALS_CONTEXT_WORD.findall(text[max(0, hit.start() - 80):hit.start()])]
        after = [w.lower() for w in _INITIALS_CONTEXT_WORD.findall(text[hit.end():hit.end() + 60])]
        if before and before[-1] in person_words:
            return True
        if _age_after().match(text, hit.end()):
            return True
        if set(before[-2:]) & pat.initials_nickname_words or set(after[:2]) & pat.initials_nickname_words:
            return True
        # "(DCS)": the capitalised name before the bracket and the word before that name
        if text[hit.start() - 1:hit.start()] == "(" and text[hit.end():hit.end() + 1] == ")":
            lead = _INITIALS_CONTEXT_WORD.findall(text[max(0, hit.start() - 120):hit.start() - 1])
            k = len(lead)
            while k > 0 and lead[k - 1][:1].isupper():
                k -= 1
            if 0 < k < len(lead) and lead[k - 1].lower() in person_words:
                return True
    return False


def _glued_sentence(r: _Resolver, s: int, m: _Marked) -> int | None:
    """The end of a sentence the splitter joined to the quote opening right after its full stop
    ("sampah.“Saya ..."), when there is one of four words or more; else None."""
    if m.open is None or m.open <= s or r.in_quote(s):
        return None
    head = r.text[s:m.open]
    if head.rstrip()[-1:] not in _SENTENCE_END or len(r.words.between(s, m.open)) < 4:
        return None
    return s + len(head.rstrip())


_GLUED_STOP = re.compile(r"[a-z][.!?](?=[A-Z])|[0-9)%][.!?](?=[A-Z][a-z])")


def _glued_start(r: _Resolver, s: int, end: int) -> int:
    """Where the last sentence before ``end`` begins when full stops glued to the next word
    ("... proses merger.Managing Director ...", "... April 2025.Direktur Eksekutif ...") hid its
    start from the splitter. After a digit or a bracket the next word must go on in lower case
    ("2025.Direktur"), so a decimal, a time or a code ("10.WIB", "3.A") is never cut."""
    # a known abbreviation's stop glued to what follows ("Sp.GK", "Subsp.G.E.H", "dr.Budi") ends
    # no sentence: a doctor's titles and a name go on
    starts = [g.end() for g in _GLUED_STOP.finditer(r.text, s, end) if not is_abbreviation(r.text, g.start() + 1)]
    return starts[-1] if starts and len(r.words.between(starts[-1], end)) >= 4 else s


# between a closed quote paragraph and the next one opening: its closing mark, the line break and
# the next opening mark only
_NEXT_PARAGRAPH = re.compile(r"[\s\"'”“’‘.,]*\n[\s\"'”“’‘]*")


def _cue_of_next_paragraph(text: str, quotes: list[Quote]) -> None:
    """“... saya tinggal sendirian." / "Saya mikir, ...,” ujarnya.": a direct quote with no cue
    and no speaker, whose next paragraph is a direct quote with its cue, is by that quote's
    speaker (one statement cut into paragraphs, each closed, the cue given once at the end). Read
    from the end, so a run of such paragraphs ("..." / "..." / "...," kata Lalu.) is the cue's
    speaker's all through; the run stops at any narration between two of them."""
    given: set[int] = set()  # quotes that took their speaker here, so the one before may chain to them
    for i in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[i], quotes[i + 1]
        if q.kind != "direct" or q.cue is not None or q.speaker_name is not None or nxt.kind != "direct" \
                or nxt.speaker_name is None or (nxt.cue is None and i + 1 not in given):
            continue
        if _NEXT_PARAGRAPH.fullmatch(text, q.end, nxt.start):
            q.speaker_name, q.speaker_start, q.speaker_end = nxt.speaker_name, nxt.speaker_start, nxt.speaker_end
            q.speaks_for, q.confidence = nxt.speaks_for, round(min(nxt.confidence, CONF_CHAIN), 2)
            q.co_speakers = list(nxt.co_speakers)
            given.add(i)


# a sentence's end outside the quotes: a full stop, "!" or "?" before a space and the next word
_NARRATION_STOP = re.compile(r"[.!?](?=\s+[\"“']?[A-Z])")


def _narration_stops(text: str, start: int, end: int) -> int:
    """How many sentences end between ``start`` and ``end`` (the quote mark after ``end`` seen)."""
    return sum(1 for m in _NARRATION_STOP.finditer(text, start, min(len(text), end + 2)) if m.start() < end)


def _answer_after_question(text: str, quotes: list[Quote]) -> None:
    """An exchange: “Uangnya buat apa?” kata Rizky / “Buat beli ...” jawab pelaku / “Sama
    siapa?” tanya Rizky / “Sendiri. ...,” ucapnya. A quote given by a pronoun cue ("ucapnya")
    right after a question, in the next paragraph, answers it: it is by the one who answered the
    asker before, not by the asker, whom the pronoun would otherwise point back to."""
    for before, question, q in zip(quotes, quotes[1:], quotes[2:]):
        if q.kind != "direct" or without_pronoun_enclitic((q.cue or "").lower()) is None or question.kind != "direct" \
                or not question.text.rstrip(" ,.").endswith("?") or q.text.rstrip(" ,.").endswith("?"):
            continue
        if q.speaker_name is None or q.speaker_name != question.speaker_name or before.kind != "direct" \
                or before.speaker_name in (None, question.speaker_name):
            continue
        if text.count("\n", before.end, question.start) > 1 or text.count("\n", question.end, q.start) > 1:
            continue  # narration between: no exchange
        if _narration_stops(text, before.end, question.start) > 1 or _narration_stops(text, question.end, q.start) > 1:
            # the same on a page flattened to one paragraph: past the cue's own sentence, more
            # sentences of narration ("..., tutupnya. Terkait ..., Gusti Randa pasrah. Pihaknya
            # ... 'quote?,' ujar Gusti"): the question is the new speaker's own, not an exchange
            continue
        q.speaker_name, q.speaker_start, q.speaker_end = before.speaker_name, before.speaker_start, before.speaker_end
        q.speaks_for, q.co_speakers = before.speaks_for, list(before.co_speakers)


def _same_words_same_speaker(quotes: list[Quote]) -> None:
    """A direct quote with no speaker whose words the article quotes again with one (a lead
    sentence repeating a quote given in full below) takes that speaker."""
    def key(q: Quote) -> str:
        return " ".join(_WORD.findall(q.text.lower()))

    said = {}
    for q in quotes:
        if q.kind == "direct" and q.speaker_name and len(q.text.split()) >= 6:
            said.setdefault(key(q), q)
    for q in quotes:
        other = said.get(key(q)) if q.kind == "direct" and not q.speaker_name else None
        if other is not None:
            q.speaker_name, q.speaks_for, q.cue = other.speaker_name, other.speaks_for, other.cue
            q.speaker_start, q.speaker_end = other.speaker_start, other.speaker_end
            q.confidence = min(other.confidence, CONF_ADJACENT)


def _outside_quotes(r: _Resolver, s: int, e: int) -> tuple[int, int] | None:
    """The part of a sentence outside a quote that began before it or runs past its end."""
    for a, b in r.quoted:
        if a < e and s < b:
            if a <= s:
                s = max(s, b)
            if b >= e:
                e = min(e, a)
    return (s, e) if s < e else None


def _unknown_cue_after(r: _Resolver, close: int) -> _Name | None:
    """The name after a lower-case word right after a closing mark (after a comma or none): a
    cue by a verb no list holds ("cecar Rey", "puji Dante"); None when there is none."""
    m = re.match(r"[,\s]*([a-z]+)\s+", r.text[close + 1:close + 40])
    if m is None:
        return None
    at = close + 1 + m.end()
    if m.group(1) in r.pat.name_connectors or m.group(1) in r.verbs.according_to:
        return None
    # not a short form in capitals: '“...,” lapor ANTARA' names the agency that relayed the words
    return next((n for n in r.names_in(at, at + 40) if n.start == at and not n.place
                 and (n.person or not n.text.isupper())), None)


def _adjacent(r: _Resolver, m: _Marked, name: _Name) -> _Speaker | None:
    """``name`` as the speaker of a quote with no cue, unless a verb no list holds names someone
    else after it ('“Siapa sih?” cecar Rey' after Lisa's words is Rey's, not Lisa's)."""
    named = _unknown_cue_after(r, m.close) if m.close is not None else None
    if named is not None and r.fullest(named) != r.fullest(name):
        return None
    return _Speaker(name, CONF_ADJACENT, None)


def _adjacent_speaker(r: _Resolver, m: _Marked) -> _Speaker | None:
    """A quote with no cue: the same person as the quote or speech right before it, if any."""
    here = r.sentence_index(m.start)
    focus = r.focus
    if focus is not None and focus.speech and here - focus.sentence <= 2:
        return _adjacent(r, m, focus.name)
    return None


def _far_speaker(r: _Resolver, m: _Marked, sent_start: int) -> _Speaker | None:
    """A quote with no cue that opens its sentence, a little further from the last speaker's
    words than ``_adjacent_speaker`` reads: that person, when the narration since (at most
    ``_FAR_NARRATION`` sentences) names no other person and has made no one else its subject,
    and no word follows the closing mark ('..." bunyi surat itu', '..." ketik akun @x': someone or
    something else's words). A paragraph quoted whole after the writer's own line about what that
    person said: "..., jelas Prita. / Soal kekuatan fisik, ... / “Kekuatan, tenaga, ...”"."""
    opening = m.open if m.open is not None else m.start
    if r.text[sent_start:opening].strip() or m.close is None \
            or re.match(r"[,.!?]?[ \t]*[a-z]", r.text[m.close + 1:m.close + 4]) \
            or (r.text[:m.close].rstrip().endswith(",") and r.text[m.close + 1:m.close + 3].strip(" \t")[:1].isalpha()):
        # a quote closed on a comma and followed on its line by words has its cue there
        # ('“...,” Kapolsek Kotagede, AKP Basungkawa.'), whoever it names
        return None
    here = r.sentence_index(m.start)
    focus = r.focus
    talker = r.speech_focus
    if talker is None or not talker.name.person or r.narrative_distance(talker.sentence, here) > _FAR_NARRATION:
        return None
    who = r.fullest(talker.name)
    if focus is not None and r.fullest(focus.name) != who:
        return None
    before = [end for _, end in r.quoted if end <= opening]
    since = max(before[-1] if before else 0, talker.name.end)
    if any(n.person and r.fullest(n) != who for n in r.names_in(since, opening)):
        return None
    return _Speaker(talker.name, CONF_ADJACENT, None)


def _far_speakers(r: _Resolver, quotes: list[Quote]) -> None:
    """Give the quotes still with no speaker after the later paragraphs' cues were read the
    speaker ``_far_speaker`` guessed for them."""
    for i, q in enumerate(quotes):
        guess = r.far_guesses.get(q.start)
        if guess is None or q.kind != "direct" or q.speaker_name is not None:
            continue
        given = r.quote(q.start, q.end, q.kind, guess)
        given.text = q.text
        quotes[i] = given
