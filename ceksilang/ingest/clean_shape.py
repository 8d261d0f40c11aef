"""Text shape repairs of the clean stage: spaces a scraper lost and lines a page broke.

Extraction from HTML drops the space at a tag ("tahun lalu.Edwin Teintang, Direktur ...",
"dilansirReuters", "Michelle Ziudithtampil beda") and keeps the line breaks a page puts around
links ("... laporan pengaduan ke\\nKejagung\\nterkait ..."). Sentences, names and quotes are
read per line and per word downstream, so a lost space glues two words into one unknown name
and a broken line cuts a sentence from its speech verb. The rules here look only at the shape
of the text (case, punctuation, line ends) and at the article's own words; the word lists are
data (``lang/id/text_shape.yaml``, ``speech_verbs.yaml``, ``translations_en.txt``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ceksilang.ingest.metadata import expand_fragments, match_dateline, metadata_patterns
from ceksilang.lang import LanguageDataError, load_data, load_speech_verbs, load_stopwords
from ceksilang.lang.translations import load_translations
from ceksilang.text import looks_lowercased, normalise_space, split_sentences


@dataclass(frozen=True, slots=True)
class ShapeData:
    """``text_shape.yaml`` with the words it refers to."""

    open_words: frozenset[str]
    glue_heads: frozenset[str]  # lower-case words split from a capital glued after them
    content_words: frozenset[str]  # translations_en.txt's Indonesian words
    known_words: frozenset[str]  # stopwords.txt
    link_line_max_words: int
    glued_tail_min_letters: int
    sentence_pronouns: frozenset[str] = frozenset()  # "dia": opens the sentence a headline ran into
    sentence_connectives: frozenset[str] = frozenset()  # "kemudian": the same, set off or before lower case
    source_cues: frozenset[str] = frozenset()  # "menurut": the same before a name set off by a comma


@lru_cache(maxsize=1)
def shape_data() -> ShapeData:
    data: dict[str, Any] = load_data("text_shape")
    try:
        open_words = frozenset(str(w).lower() for w in data["open_words"])
        link_max = int(data["link_line_max_words"])
        tail_min = int(data["glued_tail_min_letters"])
        pronouns = frozenset(str(w).lower() for w in data.get("sentence_pronouns") or [])
        connectives = frozenset(str(w).lower() for w in data.get("sentence_connectives") or [])
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(f"text_shape.yaml: {exc!r}") from exc
    speech = load_speech_verbs().single_words
    content = frozenset(w for w in load_translations().words_to_english if w.isalpha())
    known = load_stopwords()
    return ShapeData(open_words=open_words, glue_heads=open_words | speech, content_words=content,
                     known_words=known, link_line_max_words=link_max, glued_tail_min_letters=tail_min,
                     sentence_pronouns=pronouns, sentence_connectives=connectives,
                     source_cues=load_speech_verbs().according_to_speaker)


# --------------------------------------------------------------------------- lost spaces

# a sentence end glued to the next sentence: "lalu.Edwin", "(29/1/2019).Reliance", "Kahr.“Perkembangan";
# two lower-case letters before the stop, so initials and abbreviations ("H.Ahmad", "Dr.Ir") are not cut
_GLUED_STOP = re.compile(r"(?:(?<=[a-z]{2})|(?<=[)”’]))[.!?]+[”’]?(?=[A-Z][a-z]|“)")
# a comma glued to a word: "perkara,Zarof" (not "1,5" nor "Rp1,5juta")
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_]{2}),(?=[^\W\d_])")
# a lower-case run glued to a capital after it: "dilansirReuters", "kataMenkes" (split when a head word)
_LOWER_THEN_CAPITAL = re.compile(r"(?<![\w.@/])([a-z]{2,})(?=[A-Z])")
# an acronym glued to a lower-case word after it: "ORFbahwa", "2WNIyang" (a figure's number may
# stand before it; the word must be a head word or another Indonesian word, see _glued_to_acronym)
_CAPITALS_THEN_LOWER = re.compile(r"(?<![^\W\d]|[.@/])([A-Z]{2,})([a-z]{2,})\b")
# a capitalised word, maybe glued to a lower-case word: "Ziudithtampil"
# (the look-behinds of this and _CAPITAL_WORD are tried after the capital, which takes the same
# matches as a look-behind before it and lets the search skip to the next capital)
_CAPITALISED = re.compile(r"[A-Z](?<![\w.@/-][A-Z])[a-z]{4,}\b")
_GLUED_STRAIGHT_QUOTE = re.compile(r'(?<=[a-z]{2}[.!?])"(?=[A-Z])')
# a closing bracket glued to the capitalised word after it: "Menteri UMKM (UMKM)Maman Abdurrahman",
# "Presiden Amerika Serikat (AS)Donald Trump": an inline link after a body's short form lost its
# space, and the entity model then reads the name without its first word ("Abdurrahman")
_GLUED_CLOSING_BRACKET = re.compile(r"(?<=[^\W_]\))(?=[A-Z][a-z])")
_WORD = re.compile(r"[^\W\d_]+")
_CAPITAL_WORD = re.compile(r"[A-Z](?<![^\W\d_][A-Z])[^\W\d_]*")
_ADDRESS_HINT = re.compile(r"https?:|www\.|@|\.(?:com|co|id|net|org)\b", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
# what every match of the rule above it contains: a search for it is a cheap pre-check (most lines
# have none), where the rule's own look-behind is tried at every position of the line
_GLUED_STOP_HINT = re.compile(r"[.!?][”’]?(?:[A-Z][a-z]|“)")
_GLUED_COMMA_HINT = re.compile(r",[^\W\d_]")
_LOWER_THEN_CAPITAL_HINT = re.compile(r"[a-z][A-Z]")
_CAPITALS_THEN_LOWER_HINT = re.compile(r"[A-Z]{2}[a-z]{2}")


def restore_lost_spaces(line: str, own_words: Counter[str] | None = None) -> str:
    """``line`` with the spaces a scraper lost put back. ``own_words`` counts the capitalised words
    the article (and its headline) writes on their own: the evidence for cutting "Ziudithtampil"
    (the article also writes "Ziudith"). Web and e-mail addresses are left as they are; a
    lower-cased copy of an article has no capitals to go on (``repair_lines`` skips it)."""
    if not _has_address_hint(line):
        return _restore(line, own_words)
    out: list[str] = []
    last = 0
    for m in _TOKEN.finditer(line):
        if _has_address_hint(m.group()):
            out += [_restore(line[last:m.start()], own_words), m.group()]
            last = m.end()
    out.append(_restore(line[last:], own_words))
    return "".join(out)


def _has_address_hint(text: str) -> bool:
    # every form _ADDRESS_HINT takes has one of these marks: most words have none
    return ("." in text or ":" in text or "@" in text) and _ADDRESS_HINT.search(text) is not None


def _restore(text: str, own_words: Counter[str] | None) -> str:
    if not text.strip():
        return text
    data = shape_data()
    if _GLUED_STOP_HINT.search(text):
        text = _GLUED_STOP.sub(lambda m: m.group() + " ", text)
    if '"' in text:
        # a straight quote after the stop opens the next sentence when the quotes before it are paired
        text = _GLUED_STRAIGHT_QUOTE.sub(lambda m: ' "' if m.string[:m.start()].count('"') % 2 == 0 else '" ', text)
    if _GLUED_COMMA_HINT.search(text):
        text = _GLUED_COMMA.sub(", ", text)
    if ")" in text:
        text = _GLUED_CLOSING_BRACKET.sub(" ", text)
    if _LOWER_THEN_CAPITAL_HINT.search(text):
        text = _LOWER_THEN_CAPITAL.sub(lambda m: m.group(1) + (" " if m.group(1) in data.glue_heads else ""), text)
    if _CAPITALS_THEN_LOWER_HINT.search(text):
        text = _CAPITALS_THEN_LOWER.sub(
            lambda m: f"{m.group(1)} {m.group(2)}" if _glued_to_acronym(m.group(1), m.group(2), data) else m.group(),
            text)
    if own_words:
        # a word the article repeats stays, without a call for it
        text = _CAPITALISED.sub(
            lambda m: w if own_words.get(w := m.group(), 0) > 1 else _split_capitalised(w, own_words, data), text)
    return text


def _glued_to_acronym(capitals: str, tail: str, data: ShapeData) -> bool:
    """``tail``, the lower-case letters after a run of ``capitals``, is a word of its own: a head
    word ("yang"), a function word ("kembali") or a word of the translation list ("tahap") at least
    ``glued_tail_min_letters`` long. A short tail ("nya", "an", "s") is the acronym's own ending;
    when the last capital starts a known word ("AIDalam": "AI Dalam", not "AID alam") the joint
    is elsewhere and the run stays whole."""
    joined = (capitals[-1] + tail).lower()
    if len(capitals) > 2 and (joined in data.known_words or joined in data.content_words):
        return False
    if tail in data.glue_heads:
        return True
    return len(tail) >= data.glued_tail_min_letters and (tail in data.known_words or tail in data.content_words)


def _split_capitalised(word: str, own_words: Counter[str], data: ShapeData) -> str:
    # .get: a Counter's [] calls its __missing__ (Python code) for each head the article lacks
    if own_words.get(word, 0) > 1 or word.lower() in data.content_words or word.lower() in data.known_words:
        return word  # a word the article repeats, or a known word ("Sementara" is not "Semen|tara")
    for cut in range(len(word) - 2, 2, -1):  # the longest head first: "Ghazali|dan"
        head, tail = word[:cut], word[cut:]
        if not own_words.get(head):
            continue
        if tail in data.glue_heads or (len(tail) >= data.glued_tail_min_letters and tail in data.content_words):
            return f"{head} {tail}"
    return word


def own_capitalised_words(text: str) -> Counter[str]:
    """How often ``text`` writes each capitalised word on its own (between spaces or punctuation)."""
    return Counter(_CAPITAL_WORD.findall(text))


# --------------------------------------------------------------------------- glued header

def split_glued_header(line: str) -> list[str]:
    """A lead line whose dateline follows a capitalised run without a sentence end (a byline or a
    headline the scraper glued on: "Laporan Reporter Tribun Jogja Nanda Sagita Ginting
    TRIBUNJOGJA.COM, GUNUNGKIDUL - Bupati ...") as two lines; any other line as it is."""
    pats = metadata_patterns()
    if any(r.pattern.match(line) for r in pats.datelines):  # the cheaper test first
        return [line]
    found = match_dateline(line)
    if found is None or not found.outlet:
        return [line]
    starts: set[int] = set()
    for rule in pats.datelines:  # where an in-line dateline may start, as match_dateline looks
        at = 0
        while rule.in_line is not None and (m := rule.in_line.search(line, at, pats.in_line_chars)):
            starts.add(m.start())
            at = m.start() + 1
    for at in sorted(starts, reverse=True):  # the dateline's own start: the last place an outlet's fits
        here = match_dateline(line[at:])
        if here is None or not here.outlet or not any(r.pattern.match(line[at:]) for r in pats.datelines):
            continue
        head, rest = line[:at].rstrip(), line[at:]
        words = _WORD.findall(head)
        if len(words) < 2 or head[-1:] in TERMINAL or len(split_sentences(head)) > 1:
            return [line]
        if sum(1 for w in words if w[0].isupper()) < len(words) / 2:
            return [line]
        return [head, rest]
    return [line]


@lru_cache(maxsize=1)
def _glued_dateline_place() -> re.Pattern[str]:
    domain = expand_fragments("{domain}", metadata_patterns().fragments)
    # "Liputan6.com, JakartaCEO Shell ...": the place glued to the lead's first word;
    # "JAKARTA-Al Ghazali ...", "JAKARTA–Michelle ...": a place in capitals glued by its dash
    return re.compile(rf"^(?:(?:{domain}),\s*[A-Z][a-z]{{2,}}(?=[A-Z])|[A-Z]{{3,}}(?: [A-Z]{{3,}}){{0,2}}(?=[-–—][A-Z][a-z]))")


def unglue_dateline_place(line: str) -> str:
    """The lead's line with a space between its dateline and the first word glued to it."""
    m = _glued_dateline_place().match(line)
    if m is None:
        return line
    rest = line[m.end():]
    if rest[:1] in "-–—":
        return f"{line[:m.end()]} {rest[0]} {rest[1:]}"
    return f"{line[:m.end()]} {rest}"


def repair_lines(lines: list[str], title: str | None, header_lines: int,
                 pointers: tuple[re.Pattern[str], ...] = (), function_words: frozenset[str] = frozenset(),
                 lowercased: bool | None = None) -> list[str]:
    """Space-normalised non-blank ``lines`` with lost spaces put back, in the first
    ``header_lines`` a glued byline or headline set on its own line before the dateline, a
    pointer (``pointers``: "Baca juga:") glued inside a paragraph on its own line, and the lines
    a page broke around its links joined (``mend_broken_lines(links_only=True)``)."""
    whole = "\n".join(lines)
    lowercased = looks_lowercased(whole) if lowercased is None else lowercased
    own = own_capitalised_words(f"{title or ''}\n{whole}")
    out: list[str] = []
    for raw in lines:
        line = normalise_space(raw)
        if not line:
            continue
        if len(out) < header_lines:
            pieces = [unglue_dateline_place(piece) for piece in split_glued_header(line)]
        else:
            pieces = [line]
        for piece in pieces:
            piece = piece if lowercased else restore_lost_spaces(piece, own)
            out.extend(split_glued_pointer(piece, pointers, function_words, own) if pointers else [piece])
    return mend_broken_lines(out, fixed=0 if title and out and out[0] == normalise_space(title) else None,
                             links_only=True, lowercased=lowercased)


_HEADLINE_CLOSERS = "\"”’'»)] "


# an opening repeat of one character (class) that may match nothing: "\W{0,3}", "\s*", "[-–]?"
_OPTIONAL_OPENING = re.compile(r"(?:\\[A-Za-z]|\[(?:\\.|[^\]\\])+\]|\.)(?:\*|\?|\{0?,\d*\})\??(?![+*?{])")


@lru_cache(maxsize=8)
def _unanchored(markers: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    """``markers`` compiled once to be found anywhere in a line (kept: every line of every
    document asks, and ``re.compile`` looked each pattern up in re's own cache every time).
    Asked only whether a marker is there: an opening repeat that may match nothing is dropped
    (wherever "\\W{0,3}baca" matches, "baca" matches where the repeat ends, and the other way round
    with the repeat empty), so the search tries the words' letters alone at each place."""
    out = []
    for p in markers:
        source = p.pattern.removeprefix("^")
        opening = _OPTIONAL_OPENING.match(source)
        if opening and opening.end() < len(source) and not source.startswith("\\b", opening.end()):
            source = source[opening.end():]
        out.append(re.compile(source, p.flags))
    return tuple(out)


def split_glued_pointer(line: str, markers: tuple[re.Pattern[str], ...], function_words: frozenset[str],
                        own_words: Counter[str]) -> list[str]:
    """A "Baca juga: <headline>" pointer glued inside a paragraph, with the next sentence glued
    to its headline ("... Selasa (10/6/2025). Baca juga: Mendagri: Retreat ... Diikuti 50 Kepala
    Daerah Tito menjelaskan, ..."), set on a line of its own so the pointer rules remove it. The
    headline is the run of capitalised words, numbers and ``function_words`` after the marker; the
    next sentence starts at its last word when that word is the subject of the first lower-case
    word after it: a name the article writes elsewhere too, or a pronoun. Else the line stays."""
    if not any(p.search(line) for p in _unanchored(markers)):
        return [line]
    for s, e in split_sentences(line):
        sentence = line[s:e]
        m = next((found for p in markers if (found := p.match(sentence))), None)
        if m is None:
            continue
        tokens = list(re.finditer(r"\S+", sentence[m.end():]))
        k = 0
        connective = False
        while k < len(tokens):
            word = tokens[k].group().strip(":,;()\"“”'’")
            if word and not (word[0].isupper() or word[0].isdigit() or word.lower() in function_words):
                break
            if k >= 2 and (_connective_opens_sentence(tokens, k, word) or _source_cue_opens_sentence(tokens, k, word)):
                connective = True  # "... Orang Tak Berdaya Kemudian, kata Dirreskrimum, ...": it opens the sentence
                break
            k += 1
            if k >= 3 and word[:1].isupper() and word.lower() in shape_data().sentence_pronouns \
                    and k < len(tokens) and tokens[k].group()[:1].islower():
                break  # "... Terbakar Hebat Dia belum dapat": the pronoun opens the next sentence
        if connective:
            cut = s + m.end() + tokens[k].start()
            return [piece for piece in (line[:s].rstrip(), line[s:cut].rstrip()) if piece] + \
                split_glued_pointer(line[cut:], markers, function_words, own_words)
        if k < 2:
            continue  # no headline
        if k == len(tokens):
            # the whole sentence is the headline: when it ends in "?"/"!" (a headline's own stop,
            # never the full stop of article text) and the paragraph goes on after it ("Baca Juga:
            # ..., Apakah Indonesia Masih Mampu Bayar Utang? "Ke depan, ..." katanya."), it is set
            # apart too, so no capitalised word of it is read as the next quote's speaker
            after = line[e:].lstrip()
            if sentence.rstrip(_HEADLINE_CLOSERS).endswith(("?", "!")) and after \
                    and not _headline_goes_on(after, function_words):
                return [piece for piece in (line[:s].rstrip(), sentence) if piece] + \
                    split_glued_pointer(after, markers, function_words, own_words)
            opener = _connective_after_headline(after, function_words) if after else None
            if sentence.rstrip(_HEADLINE_CLOSERS).endswith(("?", "!")) and opener is not None:
                # "Baca juga: Terungkap! Dokter ... Orang Tak Berdaya Kemudian, kata ...": the
                # headline went on past its "!"; the connective opens the article's sentence
                cut = len(line) - len(after) + opener
                return [piece for piece in (line[:s].rstrip(), line[s:cut].rstrip()) if piece] + \
                    split_glued_pointer(line[cut:], markers, function_words, own_words)
            continue
        subject = tokens[k - 1].group().strip(":,;()\"“”'’")
        if not subject[:1].isupper() or (own_words[subject] < 2 and subject.lower() not in shape_data().known_words):
            continue
        cut = s + m.end() + tokens[k - 1].start()
        return [piece for piece in (line[:s].rstrip(), line[s:cut].rstrip()) if piece] + \
            split_glued_pointer(line[cut:], markers, function_words, own_words)
    return [line]


def _connective_after_headline(after: str, function_words: frozenset[str]) -> int | None:
    """Where a capitalised connective (``sentence_connectives``) set off by a comma or followed
    by a lower-case word ends a run of headline words (capitalised words, numbers, function
    words) at the start of ``after``; None when the run ends first."""
    tokens = list(re.finditer(r"\S+", after))
    for k, token in enumerate(tokens):
        word = token.group().strip(":,;()\"“”'’")
        if word and not (word[0].isupper() or word[0].isdigit() or word.lower() in function_words):
            return None
        if k >= 1 and _connective_opens_sentence(tokens, k, word):
            return token.start()
    return None


def _connective_opens_sentence(tokens: list[re.Match[str]], k: int, word: str) -> bool:
    """Whether ``word`` (token ``k`` of ``tokens``, its punctuation stripped) is a capitalised
    connective (``sentence_connectives``) set off by a comma or followed by a lower-case word:
    it opens a sentence, which headline words never do."""
    return word[:1].isupper() and word.lower() in shape_data().sentence_connectives \
        and (tokens[k].group().endswith(",") or (k + 1 < len(tokens) and tokens[k + 1].group()[:1].islower()))


# How many capitalised words a source's name after "Menurut" may run to before its comma.
_SOURCE_NAME_MAX_WORDS = 5


def _source_cue_opens_sentence(tokens: list[re.Match[str]], k: int, word: str) -> bool:
    """Whether ``word`` (token ``k``) is a capitalised source cue (speech_verbs.yaml's
    according_to_speaker) whose name of capitalised words ends in a comma before a lower-case
    word ("... Master Plan Terpadu Raja Ampat Menurut Prof Reviono, pelaksanaan ..."): it opens
    the article's sentence; a headline names its source with no comma ("... Menurut BMKG")."""
    if not (word[:1].isupper() and word.lower() in shape_data().source_cues):
        return False
    for j in range(k + 1, min(k + 1 + _SOURCE_NAME_MAX_WORDS, len(tokens) - 1)):
        name_word = tokens[j].group()
        if not name_word[:1].isupper():
            return False
        if name_word.endswith(","):
            return tokens[j + 1].group()[:1].islower()
    return False


def _headline_goes_on(after: str, function_words: frozenset[str]) -> bool:
    """The words after a headline's "?"/"!" open with two capitalised words: the headline may go
    on ("Meledak! Rombongan Bodonk Koplo Bikin ..."), so its end is not known."""
    words = [w.strip("\"“”'’‘(") for w in after.split()[:2]]
    return len(words) == 2 and all(w[:1].isupper() and w.lower() not in function_words for w in words)


# --------------------------------------------------------------------------- broken lines

TERMINAL = ".!?…:;\"”’»)]"
_WORD_THEN_DASH = re.compile(r"\w\s*[-–—]$")
_CONTINUATION_PUNCT = ",.;:)"


def _starts_lower(line: str) -> bool:
    return bool(line) and line[0].islower()


def _continues(line: str) -> bool:
    """The line goes on the sentence of the line before: lower-case or punctuation first."""
    return _starts_lower(line) or (bool(line) and line[0] in _CONTINUATION_PUNCT)


def _open_end(line: str, data: ShapeData) -> bool:
    """The line stops where a sentence cannot: after a comma, a dash or an open word."""
    if line.endswith((",", "-", "–", "—")):
        return True
    words = _WORD.findall(line[-30:])
    return bool(words) and line[-1].isalpha() and words[-1].lower() in data.open_words


def mend_broken_lines(lines: list[str], fixed: int | None = None, links_only: bool = False,
                      lowercased: bool | None = None) -> list[str]:
    """``lines`` with a sentence the page broke over several lines put back on one. ``fixed`` is
    the index of a line nothing is joined to (the headline). Lines of a lower-cased copy are
    only joined after an open end: every line of it starts lower-case.

    ``links_only``: only what a page breaks around a link or a dash (a short line inside a
    sentence, the words or punctuation right after it, a lone dash or stop): done before the
    boilerplate rules, which would take a lone "Reuters" or "-" line for a signature or a
    separator."""
    data = shape_data()
    if lowercased is None:
        lowercased = looks_lowercased("\n".join(lines))
    out: list[str] = []
    out_fixed: int | None = None
    after_link = False
    for i, line in enumerate(lines):
        prev = out[-1] if out else None
        joined = False
        if prev is not None and i != fixed and len(out) - 1 != out_fixed and prev[-1:] not in TERMINAL:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            link_text = (len(line.split()) <= data.link_line_max_words and line[-1:] not in TERMINAL
                         and _continues(nxt) and not lowercased)
            lone_mark = line in ("-", "–", "—") or (bool(line) and all(ch in _CONTINUATION_PUNCT for ch in line))
            dash_end = bool(_WORD_THEN_DASH.search(prev))  # "Wina -": a dateline's dash, not "-----"
            if links_only:
                join = link_text or lone_mark or dash_end or (after_link and _continues(line))
            else:
                join = (_open_end(prev, data) or lone_mark or link_text
                        or (not lowercased and _continues(line)))
            if join:
                sep = "" if line[:1] in _CONTINUATION_PUNCT else " "
                out[-1] = prev + sep + line
                joined = True
            after_link = joined and link_text
        else:
            after_link = False
        if not joined:
            if i == fixed:
                out_fixed = len(out)
            out.append(line)
    return out


__all__ = ["shape_data", "ShapeData", "restore_lost_spaces", "own_capitalised_words", "split_glued_header",
           "unglue_dateline_place", "split_glued_pointer", "repair_lines", "mend_broken_lines"]
