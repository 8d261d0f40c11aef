"""Clean stage: take what is not the article out of its text, and find the text's metadata.

``clean_document(raw) -> Document``. Lines (and sentences glued at the end of a line) that are
not the article -- "Baca juga" pointers, related-headline lists, promotions, captions, bylines,
signatures, a repeated headline -- are removed and kept in ``Document.removed`` with the rule's
reason. The rules are data (``lang/id/boilerplate.yaml``); a run of short entries holding numbers
("- Balita : 7 Orang") is the article's own breakdown, never a related-headline list
(``related_list.data_row_max_words``, ``data_row_share``). A false removal costs more than a miss,
so rules are anchored, length-limited, and most refuse a line of reported speech. The dateline
prefix of the lead ("KYIV, KOMPAS.com - ") stays in the text; it is recorded as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ceksilang.lang import LanguageDataError, load_data, load_speech_verbs, without_pronoun_enclitic
from ceksilang.ingest.metadata import (
    expand_fragments,
    extract_metadata,
    headline_index,
    match_byline,
    metadata_patterns,
    parse_published,
)
from ceksilang.ingest.clean_shape import mend_broken_lines, repair_lines, restore_lost_spaces
from ceksilang.ingest.unglue import unglue_words
from ceksilang.model import Document, RawDocument, Removed
from ceksilang.text import looks_lowercased, normalise_space, plain_twin_letters, split_sentences

# --------------------------------------------------------------------------- language data


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """One removal rule of ``boilerplate.yaml``."""

    reason: str
    pattern: re.Pattern[str]
    scope: str = "line"  # "line": whole lines only; "tail": also sentences glued at a line's end
    max_words: int | None = None
    not_last: bool = False
    keep_speech: bool = False
    open_end: bool = False

    def matches(self, text: str, *, is_last: bool = False, words: int | None = None) -> bool:
        """``words``: the count of ``text``'s words, or any count above ``max_words`` when there
        are more (``_match_line`` counts once for all rules)."""
        if self.max_words is not None:
            # split no further than the limit: a long line is asked of every rule
            if words is None:
                words = len(text.split(None, self.max_words))
            if words > self.max_words:
                return False
        if self.not_last and is_last:
            return False
        if self.open_end and ends_with_full_stop(text):
            return False
        if not self.pattern.search(text):
            return False
        return not (self.keep_speech and is_reported_speech(text))


@dataclass(frozen=True, slots=True)
class RelatedListSpec:
    """How a list of related headlines looks (``related_list`` in ``boilerplate.yaml``)."""

    bullets: tuple[str, ...]
    max_words: int
    min_title_case: float
    min_run: int
    max_run: int
    function_words: frozenset[str]
    person_list_share: float = 1.1  # above 1: no run is taken for a list of people
    age_in_brackets: re.Pattern[str] | None = None
    # fig39: a run of short entries holding a number ("- Rt.1 : 20 KK", "- Balita : 7 Orang") is a table's rows
    data_row_max_words: int = 0  # 0: no run is taken for rows of figures
    data_row_share: float = 1.1
    # mend50d: a row's shape: a label, maybe a separator, a number, then at most data_row_unit_words words of unit
    # (lower case or an abbreviation of at most data_row_abbreviation_letters letters or all capitals, none of
    # data_row_not_units); with no separator a unit must follow ("Pemilu 2024", "Liga 1" are no rows)
    data_row_separators: tuple[str, ...] = ()
    data_row_unit_words: int = 2
    data_row_abbreviation_letters: int = 3
    data_row_not_units: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class BoilerplateData:
    rules: tuple[BoilerplateRule, ...]
    related_list: RelatedListSpec
    # page markers a flattened page keeps inside a paragraph ("... pelaku. SCROLL TO CONTINUE
    # WITH CONTENT Korban kemudian ..."): each stood between two paragraphs
    inline_breaks: tuple[re.Pattern[str], ...] = ()
    # derived once (asked for every line): the "tail" rules, and the largest ``max_words`` of any
    # rule, so a line is split into words once and no further
    tail_rules: tuple[BoilerplateRule, ...] = field(init=False)
    word_limit: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tail_rules", tuple(r for r in self.rules if r.scope == "tail"))
        object.__setattr__(self, "word_limit",
                           max((r.max_words for r in self.rules if r.max_words is not None), default=0))


_SCOPES = ("line", "tail")


# A pattern opening with a look-behind at one character and then plain characters: "(?<!\w)SCROLL TO".
_LOOKBEHIND_THEN_LITERAL = re.compile(
    r"\(\?<(?P<sign>[!=])(?P<before>\\[A-Za-z]|\[(?:\\.|[^\]\\])+\]|[^\\\[\](){}.*+?|^$])\)"
    r"(?P<literal>(?:\\[^A-Za-z0-9]|[^\\\[\](){}.*+?|^$])+)")
_LITERAL_CHARACTER = re.compile(r"\\.|.", re.DOTALL)


def literal_first(source: str) -> str:
    """``source`` with its opening look-behind moved after the plain characters that follow it, and
    widened by them: "(?<!\\w)SCROLL TO (?:A|B)" -> "SCROLL TO (?<!\\wSCROLL TO )(?:A|B)". It matches the same
    text at the same places (the look-behind sees the character before the match, then the very
    characters just read), and a search can then skip to where those characters are instead of
    trying the look-behind at every place. Any other pattern comes back as it is."""
    m = _LOOKBEHIND_THEN_LITERAL.match(source)
    if m is None:
        return source
    characters = _LITERAL_CHARACTER.findall(m.group("literal"))
    if source[m.end():m.end() + 1] in ("*", "+", "?", "{"):
        characters.pop()  # the last one is repeated: it stays after the look-behind
    if not characters:
        return source
    literal = "".join(characters)
    rest = source[m.start("literal") + len(literal):]
    return f"{literal}(?<{m.group('sign')}{m.group('before')}{literal}){rest}"


@lru_cache(maxsize=1)
def boilerplate_data() -> BoilerplateData:
    data: dict[str, Any] = load_data("boilerplate")
    fragments = metadata_patterns().fragments
    rules = []
    for entry in data["rules"]:
        scope = entry.get("scope", "line")
        if scope not in _SCOPES or not entry.get("reason"):
            raise LanguageDataError(f"boilerplate.yaml: bad rule {entry!r}")
        flags = re.IGNORECASE if entry.get("ignore_case") else 0
        try:
            pattern = re.compile(expand_fragments(entry["pattern"], fragments), flags)
        except re.error as exc:
            raise LanguageDataError(f"boilerplate.yaml: bad pattern {entry['pattern']!r}: {exc}") from exc
        rules.append(
            BoilerplateRule(
                reason=str(entry["reason"]),
                pattern=pattern,
                scope=scope,
                max_words=entry.get("max_words"),
                not_last=bool(entry.get("not_last", False)),
                keep_speech=bool(entry.get("keep_speech", False)),
                open_end=bool(entry.get("open_end", False)),
            )
        )
    rl = data["related_list"]
    spec = RelatedListSpec(
        bullets=tuple(str(b) for b in rl["bullets"]),
        max_words=int(rl["max_words"]),
        min_title_case=float(rl["min_title_case"]),
        min_run=int(rl["min_run"]),
        max_run=int(rl["max_run"]),
        function_words=frozenset(str(w).lower() for w in rl["headline_function_words"]),
        person_list_share=float(rl.get("person_list_share", 1.1)),
        age_in_brackets=re.compile(rl["age_in_brackets"], re.IGNORECASE) if rl.get("age_in_brackets") else None,
        data_row_max_words=int(rl.get("data_row_max_words", 0)),
        data_row_share=float(rl.get("data_row_share", 1.1)),
        data_row_separators=tuple(str(x) for x in rl.get("data_row_separators", ())),
        data_row_unit_words=int(rl.get("data_row_unit_words", 2)),
        data_row_abbreviation_letters=int(rl.get("data_row_abbreviation_letters", 3)),
        data_row_not_units=frozenset(str(x) for x in rl.get("data_row_not_units", ())),
    )
    try:
        breaks = tuple(re.compile(literal_first(p)) for p in data.get("inline_breaks", []))
    except re.error as exc:
        raise LanguageDataError(f"boilerplate.yaml: bad inline_breaks pattern: {exc}") from exc
    return BoilerplateData(rules=tuple(rules), related_list=spec, inline_breaks=breaks)


@lru_cache(maxsize=1)
def _speech_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(bases, full forms) of ``speech_verbs.yaml``: bases also count with a pronoun enclitic ("katanya")."""
    verbs = load_speech_verbs()
    return verbs.base, verbs.prefixed | verbs.base


_WORD = re.compile(r"[^\W\d_]+")
_CLOSERS = "\"'“”‘’»«)]"


def ends_with_full_stop(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS)
    return stripped.endswith(".")


def has_speech_verb(text: str) -> bool:
    bases, forms = _speech_verbs()
    for word in _WORD.findall(text.lower()):
        if word in forms or (without_pronoun_enclitic(word) or "") in bases:
            return True
    return False


def is_reported_speech(text: str) -> bool:
    """A sentence or line that ends in a full stop and has a speech verb: the article's own words."""
    return ends_with_full_stop(text) and has_speech_verb(text)


# --------------------------------------------------------------------------- line decisions


@dataclass(slots=True)
class _Line:
    index: int  # among the repaired non-blank lines
    text: str  # space-normalised
    kept: str  # what stays of it ("" when the whole line goes)
    removed: list[Removed]


# the reasons of boilerplate.yaml's rules for a pointer to another article ("Baca juga: ...", "Berita terkait")
POINTER_REASONS = frozenset({"read-also", "related-link"})


def is_pointer(text: str) -> bool:
    """Whether ``text`` (a line or a sentence) is a pointer to another article by boilerplate.yaml's rules ("Baca
    juga: Tim SAR Hentikan Pencarian"): its words tell another report's news, not this one's."""
    line = text.strip()
    return any(rule.reason in POINTER_REASONS and rule.pattern.search(line) for rule in boilerplate_data().rules)


def _match_line(line: str, rules: tuple[BoilerplateRule, ...], is_last: bool, word_limit: int) -> BoilerplateRule | None:
    # split once for every rule: with ``word_limit`` L at least every rule's limit, min(words, L + 1)
    # pieces, which is above a rule's limit exactly when the line's words are
    words = len(line.split(None, word_limit))
    for rule in rules:
        if rule.matches(line, is_last=is_last, words=words):
            return rule
    return None


# split_sentences does not start a sentence at "[": an embed marker glued after a full stop
_BEFORE_BRACKET = re.compile(r"(?<=[.!?\"”)])\s+(?=\[)")


def _tail_spans(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for s, e in split_sentences(line):
        cur = s
        for m in _BEFORE_BRACKET.finditer(line, s, e):
            spans.append((cur, m.start()))
            cur = m.end()
        spans.append((cur, e))
    return spans


def _strip_tail(line: str, data: BoilerplateData) -> tuple[str, list[Removed]]:
    """Cut the run of boilerplate sentences glued at the end of ``line`` ("... katanya. (abc/def)")."""
    spans = _tail_spans(line)
    if len(spans) < 2:
        return line, []
    tail_rules = data.tail_rules
    cut = len(spans)
    reasons: list[str] = []
    while cut > 0:
        s, e = spans[cut - 1]
        rule = _match_line(line[s:e], tail_rules, False, data.word_limit)
        if rule is None:
            break
        reasons.insert(0, rule.reason)
        cut -= 1
    if cut == len(spans):
        return line, []
    if cut == 0:  # every sentence is boilerplate: the line goes, under its first sentence's reason
        return "", [Removed(text=line, reason=reasons[0])]
    removed: list[Removed] = []
    # one Removed per run of sentences with the same reason
    run_start = cut
    for k in range(cut, len(spans) + 1):
        if k == len(spans) or reasons[k - cut] != reasons[run_start - cut]:
            start, end = spans[run_start][0], spans[k - 1][1]
            removed.append(Removed(text=line[start:end], reason=reasons[run_start - cut]))
            run_start = k
    return line[: spans[cut][0]].rstrip(), removed


def _title_case_ratio(text: str, function_words: frozenset[str]) -> float:
    words = [w for w in re.findall(r"[\w'’-]+", text) if w.lower() not in function_words]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) / len(words)


def _related_item(text: str, spec: RelatedListSpec) -> bool:
    """A bulleted, headline-like line: "- Judul Berita Lain" without a final full stop."""
    marker = next((b for b in spec.bullets if text.startswith(b + " ")), None)
    if marker is None:
        return False
    body = text[len(marker):].strip()
    words = body.split()
    if not words or len(words) > spec.max_words:
        return False
    last = body.rstrip(_CLOSERS)[-1:] if body.rstrip(_CLOSERS) else ""
    return last not in ".;,:!" and _title_case_ratio(body, spec.function_words) >= spec.min_title_case


def _lists_people(run: list[_Line], spec: RelatedListSpec) -> bool:
    """The run names people by their ages ("- Moch Bayu (39) – Lowokwaru"): a list of victims, not
    of related headlines."""
    if spec.age_in_brackets is None:
        return False
    aged = sum(1 for line in run if spec.age_in_brackets.search(line.text))
    return aged >= spec.person_list_share * len(run)


_ROW_NUMBER = re.compile(r"(?<!\d[.,:])(?<![\w.,:])\d+(?:[.,]\d+)*(?![\w.,:])")


def _unit_word(word: str, spec: RelatedListSpec) -> bool:
    """A word that may name a row's unit: lower case ("ton", "persen"), or an abbreviation ("KK", "Ha", "%")."""
    if word in spec.data_row_not_units:
        return False
    letters = [c for c in word if c.isalpha()]
    return not letters or letters[0].islower() or word.isupper() \
        or len(letters) <= spec.data_row_abbreviation_letters


def _data_row(text: str, spec: RelatedListSpec) -> bool:
    """A bulleted entry shaped as a value told of a label ("- Balita : 7 Orang", "- Rt.07 Desa 123 KK",
    "- Jawa Barat 9,4 juta ton"), not a headline with a number in it ("- Gempa M 5,2 Guncang Sukabumi",
    "- Pemilu 2024", "- Kebakaran Pasar Senen, 10:30 WIB")."""
    marker = next((b for b in spec.bullets if text.startswith(b + " ")), None)
    body = text[len(marker):].strip() if marker else text.strip()
    numbers = list(_ROW_NUMBER.finditer(body))
    if not numbers:
        return False
    last = numbers[-1]
    label, tail = body[:last.start()].rstrip(), body[last.end():].split()
    separated = any(label.endswith(sep) for sep in spec.data_row_separators)
    if separated:
        label = label[:-1].rstrip()
    if not any(c.isalpha() for c in label) or len(label.split()) > spec.data_row_max_words \
            or len(tail) > spec.data_row_unit_words:
        return False
    if not tail:
        return separated
    if any(w in spec.data_row_not_units for w in tail):
        return False
    return separated or all(_unit_word(w, spec) for w in tail)


def _lists_figures(run: list[_Line], spec: RelatedListSpec) -> bool:
    """The run's entries are rows of figures ("- Rt.1 : 20 KK", "- Balita : 7 Orang"): the article's own breakdown,
    kept when (data_row_share of) its entries have a row's shape (``_data_row``), not related headlines."""
    if spec.data_row_max_words <= 0:
        return False
    rows = sum(1 for line in run if _data_row(line.text, spec))
    return rows >= spec.data_row_share * len(run)


def _mark_related_lists(lines: list[_Line], spec: RelatedListSpec) -> None:
    """Remove runs of related headlines between article paragraphs."""
    k = 0
    while k < len(lines):
        if lines[k].removed or not _related_item(lines[k].text, spec):
            k += 1
            continue
        end = k
        while end < len(lines) and not lines[end].removed and _related_item(lines[end].text, spec):
            end += 1
        run = lines[k:end]
        after_header = k > 0 and any(r.reason in ("read-also", "related-link") for r in lines[k - 1].removed)
        # a list of people is the article's own, unless a "Baca juga:" header says it links elsewhere
        if (len(run) >= spec.min_run or after_header) and len(run) <= spec.max_run \
                and (after_header or not (_lists_people(run, spec) or _lists_figures(run, spec))):
            for line in run:
                line.kept, line.removed = "", [Removed(text=line.text, reason="related-link")]
        k = end


def _split_at_inline_breaks(lines: list[str], breaks: tuple[re.Pattern[str], ...]) -> list[str]:
    """Each line cut into lines at the page markers inside it, the marker a line of its own (the
    line rules then remove it, and the words after it open a paragraph again)."""
    if not breaks:
        return lines
    out: list[str] = []
    for line in lines:
        cuts = sorted((m.start(), m.end()) for p in breaks for m in p.finditer(line))
        if not cuts:
            out.append(line)
            continue
        cur = 0
        for s, e in cuts:
            if s < cur:
                continue
            if line[cur:s].strip():
                out.append(line[cur:s].rstrip())
            out.append(line[s:e])
            cur = e
        if line[cur:].strip():
            out.append(line[cur:].lstrip())
    return out


def strip_boilerplate(text: str, title: str | None = None) -> tuple[str, list[Removed]]:
    """The article text without its boilerplate, and what was removed (in text order) and why.

    ``title`` is the headline (from the container, or the text's first line when None): its first
    occurrence at the top stays, later repeats go. Blank lines are dropped: paragraphs are
    separated by one "\\n", each line space-normalised.
    """
    data = boilerplate_data()
    raw_lines = text.splitlines()
    header_size = metadata_patterns().header_lines
    if title is None:
        at = headline_index(raw_lines)
        title = normalise_space(raw_lines[at]) if at is not None else None
    # lost spaces put back and glued bylines split off first, so the rules see the page's lines
    pointers = tuple(r.pattern for r in data.tail_rules if r.reason == "read-also")
    lowercased = looks_lowercased(text)
    repaired = repair_lines(raw_lines, title, header_size, pointers, data.related_list.function_words, lowercased)
    repaired = _split_at_inline_breaks(repaired, data.inline_breaks)
    lines = [_Line(i, line, "", []) for i, line in enumerate(repaired)]
    if not lines:
        return "", []
    title_key = normalise_space(restore_lost_spaces(title)).casefold() if title else None
    title_kept = False

    for pos, line in enumerate(lines):
        is_last = pos == len(lines) - 1
        if title_key and line.text.casefold() == title_key:
            if pos <= 1 and not title_kept:  # the headline itself (maybe under a rubric) stays
                title_kept = True
                line.kept = line.text
            else:
                line.removed = [Removed(text=line.text, reason="repeated-title")]
            continue
        # a date and a name on the first line open a headline ("17 Agustus 2025 Memperingati Hari Apa"); below it
        # they are a date line and its writer
        if pos < header_size and match_byline(line.text, below_headline=pos > 0):
            line.removed = [Removed(text=line.text, reason="byline")]
            continue
        rule = _match_line(line.text, data.rules, is_last, data.word_limit)
        if rule is not None:
            line.removed = [Removed(text=line.text, reason=rule.reason)]
            continue
        line.kept, line.removed = _strip_tail(line.text, data)

    _mark_related_lists(lines, data.related_list)
    kept_lines = [line for line in lines if line.kept]
    headline = next((k for k, line in enumerate(kept_lines) if title_kept and line.kept.casefold() == title_key), None)
    # a sentence the page broke around its links is one line again once the clutter between is gone
    kept = "\n".join(mend_broken_lines([line.kept for line in kept_lines], fixed=headline, lowercased=lowercased))
    removed = [r for line in lines for r in line.removed]
    return kept, removed


# --------------------------------------------------------------------------- the stage


def clean_document(raw: RawDocument) -> Document:
    """A ``Document`` with cleaned text, removed lines and metadata (the container's wins).

    Language, mentions and the rest are left for later stages.
    """
    # a page's "harı" or "Selaſa" is read as its plain spelling by every stage after this one
    raw_text = plain_twin_letters(raw.text)
    found = extract_metadata(raw_text)
    title = normalise_space(plain_twin_letters(raw.title)) if raw.title and raw.title.strip() else found.title
    text, removed = strip_boilerplate(raw_text, title=title)
    # words glued where nothing in the text's shape shows the joint: split by the vocabulary
    text = unglue_words(text, title)

    published, precision = found.published, found.published_precision
    if raw.published:
        parsed = parse_published(raw.published)
        if parsed is not None:
            published, precision = parsed

    return Document(
        id=raw.id,
        source=raw.source,
        text=text,
        format=raw.format,
        title=title,
        url=raw.url,
        outlet=raw.outlet or found.outlet,
        author=raw.author or found.author,
        published=published,
        published_precision=precision,
        dateline=found.dateline,
        removed=removed,
    )


__all__ = [
    "clean_document", "strip_boilerplate", "boilerplate_data", "BoilerplateRule", "BoilerplateData",
    "RelatedListSpec", "is_reported_speech", "has_speech_verb",
]
