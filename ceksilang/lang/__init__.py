"""Language data: word lists, patterns and tables live in ``lang/<code>/`` files, never in code.

``load_data("speech_verbs")`` reads ``lang/id/speech_verbs.yaml`` (or ``.txt``: one entry per
line, ``#`` starts a comment). Each module that uses a file wraps it in one small typed loader,
so the file's shape is checked in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).resolve().parent
DEFAULT_LANGUAGE = "id"


# libyaml's parser when PyYAML was built with it (ten times faster than the pure-Python one over
# the package's data files, the same constructors, so the same values: tests/test_lang.py checks
# every file against the pure-Python loader); PyYAML without libyaml falls back to that loader.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, parsed by libyaml when it is there."""
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


class LanguageDataError(ValueError):
    """A language data file is missing or malformed."""


def _data_file(name: str, lang: str) -> Path | None:
    for suffix in (".yaml", ".txt"):
        path = LANG_DIR / lang / f"{name}{suffix}"
        if path.exists():
            return path
    return None


def data_path(name: str, lang: str = DEFAULT_LANGUAGE) -> Path:
    path = _data_file(name, lang)
    if path is None:
        raise LanguageDataError(f"no language data file {name!r} for language {lang!r} in {LANG_DIR / lang}")
    return path


def has_data(name: str, lang: str = DEFAULT_LANGUAGE) -> bool:
    """Whether ``lang`` has a data file ``name`` (``.yaml`` or ``.txt``): a language without one
    falls back, or reads nothing of it, where its readers say so."""
    return _data_file(name, lang) is not None


@lru_cache(maxsize=None)
def load_data(name: str, lang: str = DEFAULT_LANGUAGE) -> Any:
    """The parsed content of a data file: YAML as loaded, TXT as a tuple of non-empty lines."""
    path = data_path(name, lang)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".txt":
        lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
        return tuple(line for line in lines if line)
    try:
        return parse_yaml(text)
    except yaml.YAMLError as exc:  # pragma: no cover - caught by tests/lang
        raise LanguageDataError(f"{path}: {exc}") from exc


# The typed loaders of the reconcile rules read the same two shapes from their files: a list of
# phrases (matched word by word) and a list of single words (looked up in a set). Each loader still
# says which keys it reads and what it builds; only these two conversions are shared.
def word_tuples(items: Iterable[object] | None) -> list[tuple[str, ...]]:
    """Each entry of a data file's list as its lower-case words ("Sepeda Motor" -> ("sepeda", "motor")),
    in the file's order; a missing list (None) gives none."""
    return [tuple(str(p).lower().split()) for p in items or []]


def lower_words(items: Iterable[object] | None) -> frozenset[str]:
    """The entries of a data file's list as a set of lower-case strings; a missing list (None) gives none."""
    return frozenset(str(w).lower() for w in items or [])


@lru_cache(maxsize=1)
def pronoun_enclitics() -> tuple[str, ...]:
    """The pronoun enclitics of ``lang/id/enclitics.yaml`` ("nya"), lower case, longest first."""
    data = load_data("enclitics")
    if not isinstance(data, dict) or not isinstance(data.get("pronoun"), list):
        raise LanguageDataError("enclitics: no list 'pronoun'")
    return tuple(sorted({str(w).lower() for w in data["pronoun"] if str(w).strip()}, key=len, reverse=True))


@lru_cache(maxsize=1)
def hyphen_particles() -> frozenset[str]:
    """The particles and enclitics of ``lang/id/enclitics.yaml`` a writer may join to a word with a
    hyphen ("dia-lah"), lower case: what a hyphenated tail of a name is not."""
    data = load_data("enclitics")
    if not isinstance(data, dict) or not isinstance(data.get("particles"), list):
        raise LanguageDataError("enclitics: no list 'particles'")
    return frozenset(str(w).lower() for w in data["particles"] if str(w).strip())


def without_pronoun_enclitic(word: str) -> str | None:
    """``word`` (lower case) without the pronoun enclitic that ends it ("katanya" -> "kata",
    "olehnya" -> "oleh"), or None when it ends in none: the one test of "-nya" forms."""
    for enclitic in pronoun_enclitics():
        if word.endswith(enclitic):
            return word[:-len(enclitic)]
    return None


@lru_cache(maxsize=4)
def initials_cues(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The words after which a person is named by initials ("berinisial EF"), lower case: ``cues`` of
    ``lang/<lang>/initials.yaml``, the one list the quote finder, the identity-name rule and the initials reader share."""
    data = load_data("initials", lang) if has_data("initials", lang) else None
    return frozenset(str(w).lower() for w in (data or {}).get("cues") or [])


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """Indonesian function words (``lang/id/stopwords.txt``), lower case: the one reading of that
    file, as a set (asked for every word of every article by several stages)."""
    return frozenset(w.lower() for w in load_data("stopwords"))


def load_merged_data(name: str, languages: tuple[str, ...]) -> dict:
    """``lang/<code>/<name>.yaml`` of each of ``languages``, in order, their lists joined (the
    first file must exist; a later language without the file adds nothing): for data whose
    words do not collide across languages, so one finder serves all of them. A mapping only a
    later language has (English pronoun genders) is taken as it is."""
    data = dict(load_data(name, languages[0]))
    for lang in languages[1:]:
        try:
            extra = load_data(name, lang)
        except LanguageDataError:
            continue
        for key, value in (extra or {}).items():
            if isinstance(value, list):
                data[key] = list(data.get(key) or []) + value
            elif isinstance(value, dict) and key not in data:
                data[key] = value
    return data


def load_merged_lines(name: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    """The lines of ``lang/<code>/<name>.txt`` of each of ``languages`` that has the file, in order."""
    lines: list[str] = []
    for lang in languages:
        try:
            lines.extend(load_data(name, lang))
        except LanguageDataError:
            continue
    return tuple(lines)


@dataclass(frozen=True, slots=True)
class SpeechVerbs:
    """``lang/<code>/speech_verbs.yaml``: verb roots, meN-/ber- forms and "according to" phrases."""

    base: frozenset[str]
    prefixed: frozenset[str]
    according_to: tuple[str, ...]
    with_that: frozenset[str] = frozenset()  # "memastikan": a speech verb only before "bahwa"
    # English verbs that follow their subject like a meN- verb ("Blinken said (that) ...") and
    # follow a quote before or after the speaker (", Blinken said" / ", said Blinken")
    reporting: frozenset[str] = frozenset()
    # "bahwa", "that": the word that opens the reported words after a verb
    complementizers: frozenset[str] = frozenset()
    # "kepada wartawan", "told reporters": who was told, skipped before the reported words
    audience: frozenset[str] = frozenset()
    # "told", "tells": English verbs whose object is who was told ("Muchanga told Reuters", "a
    # spokesperson told Business Insider: “…”"): the name after them never speaks
    telling: frozenset[str] = frozenset()
    # "according to": a phrase of several words that names who speaks after it, as "menurut"
    # does, read before a quote in its sentence ("According to X, ... “…”"), each as its words
    source_phrases: tuple[tuple[str, ...], ...] = ()
    # "kepada": an audience word that never opens the reported words, skipped whatever follows it
    audience_prepositions: frozenset[str] = frozenset()
    # "segera", "tetap": the words after "memastikan" are a clause ("harga segera normal")
    clause_markers: frozenset[str] = frozenset()
    clause_blockers: frozenset[str] = frozenset()  # "yang", "dan": a marker after them is no clause of its own
    # "akan", "bakal": right after the verb, a promise with its subject left out ("memastikan akan ...")
    promise_markers: frozenset[str] = frozenset()
    # "tidak", "tak": right after the verb, a negated clause with its subject left out
    # ("memastikan tidak akan ada ...", "memastikan tidak membuka kuota ...")
    negated_clause_openers: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()  # "dikatakan": opens a sentence of reported words
    passive_agent: frozenset[str] = frozenset()  # "oleh": the one who said it follows
    # "meminta": a speech verb only when a request follows it ("meminta warga untuk tetap tenang")
    request: frozenset[str] = frozenset()
    request_markers: frozenset[str] = frozenset()  # "agar", "supaya", "untuk"
    request_markers_verbal: frozenset[str] = frozenset()  # "untuk": a request only before a verb
    request_aspect: frozenset[str] = frozenset()  # "tetap", "terus": a verb phrase opens with them
    # "tidak", "jangan": after the addressee, a request with no marker ("meminta warga tidak panik")
    request_negations: frozenset[str] = frozenset()
    request_objects: frozenset[str] = frozenset()  # "maaf", "izin": asked for, no addressee after
    request_window: int = 0  # words between the verb and the marker at most
    # "menganjurkan", "merekomendasikan": advice, whose words follow with or without a marker
    advice: frozenset[str] = frozenset()
    # "menurut": the according_to word followed by who speaks ("menurutnya": the person in focus)
    according_to_speaker: frozenset[str] = frozenset()
    # "menurut", "berdasarkan": according_to phrases that name a claim's origin, not a relaying medium
    according_to_origin: frozenset[str] = frozenset()
    # "di": opens the place where a speaker spoke, right after a quote's attribution
    speaking_place_prepositions: frozenset[str] = frozenset()

    def cue(self, word: str) -> tuple[str, bool] | None:
        """(verb, points_back) when ``word`` is a speech verb: "katanya" -> ("kata", True)."""
        w = word.lower()
        if w in self.base or w in self.prefixed:
            return w, False
        base = without_pronoun_enclitic(w)
        if base is not None and (base in self.base or base in self.prefixed):
            return base, True
        return None

    def source_cue(self, word: str) -> tuple[str, bool] | None:
        """(word, points_back) when ``word`` is an according_to_speaker word, as ``cue`` does for
        verbs: "menurut" -> ("menurut", False), "menurutnya" -> ("menurut", True)."""
        w = word.lower()
        if w in self.according_to_speaker:
            return w, False
        base = without_pronoun_enclitic(w)
        if base is not None and base in self.according_to_speaker:
            return base, True
        return None

    @property
    def single_words(self) -> frozenset[str]:
        """The one-word base, prefixed and passive forms: the words that say "speech" on their own."""
        return frozenset(w for w in self.base | self.prefixed | self.passive if " " not in w)


def load_speech_verbs(languages: tuple[str, ...] = (DEFAULT_LANGUAGE,)) -> SpeechVerbs:
    """The speech verbs of ``languages`` (``lang/<code>/speech_verbs.yaml`` each, lists joined;
    the first file must exist): the one reading of that file for every stage, read once per
    set of languages. The quote finder passes ("id", "en"), whose words do not collide."""
    return _speech_verbs(tuple(languages))


@lru_cache(maxsize=None)
def _speech_verbs(languages: tuple[str, ...]) -> SpeechVerbs:
    data = load_merged_data("speech_verbs", languages)
    for key in ("base", "prefixed", "according_to"):
        if not isinstance(data.get(key), list):
            raise LanguageDataError(f"speech_verbs.yaml ({languages[0]}) lacks the list {key!r}")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return SpeechVerbs(
        base=words("base"),
        prefixed=words("prefixed"),
        according_to=tuple(str(w).lower() for w in data["according_to"]),
        with_that=words("prefixed_with_that"),
        reporting=words("reporting"),
        complementizers=words("complementizers"),
        audience=words("audience"),
        telling=words("telling"),
        source_phrases=tuple(tuple(str(w).lower().split()) for w in data.get("source_phrases") or []),
        audience_prepositions=words("audience_prepositions"),
        clause_markers=words("clause_markers"),
        clause_blockers=words("clause_blockers"),
        promise_markers=words("promise_markers"),
        negated_clause_openers=words("negated_clause_openers"),
        passive=words("passive"),
        passive_agent=words("passive_agent"),
        request=words("request_verbs"),
        request_markers=words("request_markers"),
        request_markers_verbal=words("request_markers_verbal"),
        request_aspect=words("request_aspect"),
        request_negations=words("request_negations"),
        request_objects=words("request_objects"),
        request_window=int(data.get("request_window") or 0),
        advice=words("advice_verbs"),
        according_to_speaker=words("according_to_speaker"),
        according_to_origin=words("according_to_origin"),
        speaking_place_prepositions=words("speaking_place_prepositions"),
    )


def available(lang: str = DEFAULT_LANGUAGE) -> list[str]:
    return sorted(p.stem for p in (LANG_DIR / lang).iterdir() if p.suffix in (".yaml", ".txt"))
