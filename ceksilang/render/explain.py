"""Generated sentences (discrepancy explanations) as messages: a key and its arguments.

The reconcile stage does not write prose. It says what it found as a message, a JSON-ready
``{"key": "figure.contradiction", "args": {...}}``, and this module turns a message into a
sentence in the reader's language through the Babel catalogue (``render/i18n.py``), with numbers
and dates written as that language writes them (``render/locale.py``). briefing.json keeps the
message (``Discrepancy.message``) and, for API readers, its English sentence with ISO dates
(``Discrepancy.explanation``, made by :func:`english`).

An argument is one of:

* a string: data (a name, an outlet, a quote, a place), shown as it was written, never translated;
* a number: written per locale (12.000 / 12,000);
* ``{"date": "2024-10-23"}``: an ISO date, written per locale ("23 Oktober 2024");
* ``{"figure": {"qualifier", "value", "low", "high"}}``: a figure as its claim states it
  ("sekitar 8.000" / "about 8,000");
* ``{"key": ..., "args": ...}``: a message, rendered first (a part of the sentence);
* a list, or ``{"join": SEP, "items": [...]}``: its items rendered and joined by ", " (a list)
  or by ``SEP`` (punctuation only: "; ", " → ", " ").

A message whose template has a plural form is chosen by its ``n`` argument (a count).

Untrusted data goes into the sentence as it is: the page escapes the whole sentence after this
(autoescaping in HTML, ``md_text`` in Markdown).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ceksilang.extract.numbers import number_words
from ceksilang.lang import LanguageDataError
from ceksilang.render.i18n import N_, Nn_, translations
from ceksilang.render.locale import format_date, format_number

Message = dict[str, Any]

# English is the message id; the Indonesian catalogue translates it. Placeholders are named
# (``{figure}``): a translation may put them in another order but must keep every name.
MESSAGES: dict[str, str | tuple[str, str]] = {
    # --- parts shared by several sentences
    "claimant.none": N_("no claimant named"),
    "speaker.none": N_("an unnamed speaker"),
    "outlet.none": N_("The outlet"),
    "date.none": N_("undated"),
    "date.unknown": N_("?"),
    "day.on": N_("on {date}"),
    "day.none": N_("with no date"),
    "scope.place": N_("in {place}"),
    "scope.place_total": N_("in {place} in total"),
    "scope.total": N_("in total"),
    "scope.window": N_("during {window}"),
    "scope.none": N_("no scope stated"),
    "figure.approx": N_("about {number}"),
    "figure.at_least": N_("at least {number}"),
    "figure.more_than": N_("more than {number}"),
    "figure.at_most": N_("up to {number}"),
    "figure.less_than": N_("fewer than {number}"),
    "figure.range": N_("{low}–{high}"),
    "qualifier.exact": N_("exact"),
    "qualifier.approx": N_("approximate"),
    "qualifier.at_least": N_("at least"),
    "qualifier.more_than": N_("more than"),
    "qualifier.at_most": N_("at most"),
    "qualifier.less_than": N_("less than"),
    "meaning.negation": N_("negation"),
    "meaning.number": N_("number"),
    "meaning.name": N_("name"),
    "meaning.person": N_("who is meant"),
    "meaning.voice": N_("who does it"),
    # --- figures
    "figure.subject_scope": N_("{what} {scope}"),
    "figure.point": N_("{figure} ({claimant}; {outlet})"),
    "figure.point_dated": N_("{figure} ({claimant}; {outlet}; {date})"),
    # disc58: a settled count (the injured of a crash over) told by a report printed after the happening's day
    "figure.point_settled": N_("{figure} ({claimant}; {outlet}, printed {printed}; of {date})"),
    "figure.point_moment": N_("{figure} ({claimant}; {outlet}; {moment})"),
    "moment.as_of": N_("as of {time}"),
    "moment.published": N_("published {time}"),
    "way.higher": N_("higher count"),
    "way.lower": N_("lower count"),
    "span.hours": N_("{n} h"),
    "span.minutes": N_("{n} min"),
    "figure.line": N_("{figure} ({details})"),
    "figure.step": N_("{figure} ({date}, {outlet})"),
    "figure.series": N_("{claimant}: {steps}"),
    "figure.scope_line": N_("{scope}: {figures}"),
    "figure.contradiction": N_("Figures for {subject} {day}: {figures}. They differ with the same scope and day and "
                               "no different claimant to explain them: a contradiction."),
    "figure.claimant": N_("Figures for {subject} {day}: {figures}. Different claimants ({claimants}) give different "
                          "counts on the same day: explained by claimant, each counting on its own; check which "
                          "count is the latest."),
    "figure.revised": N_("Figures for {subject} over time: {series}. They change from day to day, up and down: "
                         "explained by date, but a later lower figure is a revision worth checking."),
    "figure.toll_fell": N_("Figures for {subject} over time: {series}. A later report gives a lower count than "
                           "another gave before it, and this count never falls: two versions of one toll, a "
                           "contradiction (check which count is the latest)."),
    "figure.corrected": N_("Figures for {subject}: first reported as {earlier}; the same reports correct the count "
                           "down to {later}. A correction the outlets tell themselves: the later, lower figure is the "
                           "one they now give."),
    "figure.rises_in_day": N_("Figures for {subject} {day}: {figures}. Each later report gives a higher count: an "
                              "evolving figure through the day, not a contradiction."),
    "figure.falls_in_day": N_("Figures for {subject} {day}: {figures}. Each later report gives a lower count, on the "
                              "way from the day before to the day after: an evolving figure through the day, not a "
                              "contradiction."),
    "figure.moves_in_day": N_("Figures for {subject} {day}: {figures}. In the order of their times ({span} apart) "
                              "each later report gives a {way}, the way this count moves during a day: an evolving "
                              "figure through the day, not a contradiction."),
    "figure.moves_unordered": N_("Figures for {subject} {day}: {figures}. No hour puts these reports in order, but "
                                 "a figure is said as of a moment of the day, and this count moves one way during a "
                                 "day (a later report gives a {way}): read as an evolving figure through the day; "
                                 "check which report is the latest."),
    "figure.moves_while_searching": N_("Figures for {subject} {day}: {figures}. No hour puts these reports in "
                                       "order, but each tells the search still going on, and this count moves one "
                                       "way during a day (a later report gives a {way}): read as an evolving figure "
                                       "through the day; check which report is the latest."),
    "figure.rises": N_("Figures for {subject} over time: {series}. The count rises from day to day: an evolving "
                       "figure, not a contradiction."),
    "figure.falls": N_("Figures for {subject} over time: {series}. The count falls from day to day: an evolving "
                       "figure, not a contradiction."),
    "figure.fixed_property": N_("Figures for {subject} over time: {series}. A fixed property of one thing does not "
                                "change from day to day: these are two versions of one value, a contradiction (or a "
                                "correction by its source: check which value is final), not an evolving figure."),
    "figure.scope": N_("Figures for {what} count different scopes: {scopes}. The differences are explained by scope "
                       "(each figure counts another place, period or whole)."),
    "figure.scope_and_more": N_("Figures for {what} count different scopes: {scopes}. The scopes explain part of "
                                "the differences (each scope counts another place, period or whole); within a scope "
                                "the figures differ too, by day or by claimant."),
    "figure.compatible": N_("Figures for {what}: {figures}. The values overlap once their qualifiers (about / more "
                            "than / up to) and their rounding are read: compatible."),
    # --- quotes given to two speakers
    "attribution.to": N_("to {speaker} by {outlets}"),
    "attribution.spokesperson": N_("The same quote (“{quote}”) is attributed {attributions}. {spokesperson} is the "
                                   "spokesperson speaking for {principal}, so both attributions can be right."),
    "attribution.surname": N_("The same quote (“{quote}”) is attributed {attributions}. {short} may be {full} "
                              "named by the surname alone: check that they are one person."),
    "attribution.unresolved": N_("The same quote (“{quote}”) is attributed {attributions}. “{speaker}” is no "
                                 "person or body named in the text, perhaps a misread speaker: check who said it."),
    "attribution.name_part": N_("The same quote (“{quote}”) is attributed {attributions}. {short} may be {full} "
                                "named by one word of the name: check that they are one person."),
    "attribution.contradiction": N_("The same quote (“{quote}”) is attributed {attributions}. The outlets disagree "
                                    "on who said it."),
    "attribution.retold": N_("One account told in other words is attributed {attributions}: “{quote_a}” and "
                             "“{quote_b}” share {details}. No text names both speakers: check whether they are "
                             "two witnesses or one account given to the wrong person."),
    # --- one quote worded two ways
    "wording.left_out": N_("“{words}” left out"),
    "wording.added": N_("“{words}” added"),
    "wording.replaced": N_("“{before}” → “{after}”"),
    "wording.pair": N_("{outlet_a} has “{quote_a}”, {outlet_b} has “{quote_b}” ({changes})"),
    "wording.meaning": N_("The same quote of {speaker} is worded differently: {pairs}. The change alters the meaning "
                          "({meanings}): the outlets do not quote the same statement."),
    "wording.translated": N_("The same quote of {speaker} is worded differently: {pairs}. {speaker} speaks another "
                             "language: both wordings are plausible translations of one statement, so the exact "
                             "words cannot be checked against either outlet."),
    "wording.verbatim": N_("The same quote of {speaker} is worded differently: {pairs}. The meaning is the same, but "
                           "a direct quote should be word for word: one outlet changed the words."),
    # --- details
    "detail.word": N_("The same account differs in one detail: {outlet_a} has “{word_a}” (“{sentence_a}”) where "
                      "{outlet_b} has “{word_b}” (“{sentence_b}”)."),
    "detail.clock": N_("The same moment is given two times: {outlet_a} has “{time_a}” (“{sentence_a}”) where "
                       "{outlet_b} has “{time_b}” (“{sentence_b}”)."),
    "detail.clock_many": N_("The same moment is given different times: {times}."),
    "detail.clock_told": N_("“{time}” in {outlets}"),
    "detail.code": N_("The same “{thing}” is given different numbers: {codes}."),
    "detail.code_told": N_("“{code}” in {outlets}"),
    "detail.model": N_("The outlets give the aircraft different models: {models}."),
    "detail.model_told": N_("“{model}” in {outlets}"),
    "detail.law": N_("The outlets cite different articles of {statute} for the same case: {articles}."),
    "detail.law_told": N_("“{articles}” in {outlets}"),
    "detail.identity": N_("The outlets differ on who “{subject_a}” is: {outlet_a} has “{role_a}” (“{sentence_a}”) "
                          "where {outlet_b} has “{role_b}” (“{sentence_b}”)."),
    "detail.former": N_("The outlets differ on whether someone still holds a role: {outlet_a} has “{role_a}” "
                        "(“{sentence_a}”) where {outlet_b} has “{role_b}” (“{sentence_b}”)."),
    "detail.occasion_day": N_("The outlets date one occasion two ways: {outlet_a} has “{day_a}” (“{sentence_a}”) "
                              "where {outlet_b} has “{day_b}” (“{sentence_b}”)."),
    "detail.match_minutes": N_("The outlets give the same action of a match (“{action}”) different minutes: "
                               "{moments}."),
    "detail.match_actor": N_("The outlets give the same action of a match (“{action}”, no. {number}) to different "
                             "people: {actors}."),
    "detail.match_minute_at": N_("no. {number} {minutes}"),
    "detail.match_minute_told": N_("“{written}” in {outlets}"),
    "detail.name_spelt": N_("The outlets spell one person's name two ways: {outlet_a} has “{written_a}” "
                            "(“{sentence_a}”) where {outlet_b} has “{written_b}” (“{sentence_b}”)."),
    "detail.name_other": N_("The outlets give one person two different names: {outlet_a} has “{written_a}” "
                            "(“{sentence_a}”) where {outlet_b} has “{written_b}” (“{sentence_b}”)."),
    "detail.age": N_("The outlets give one person two ages: {outlet_a} has “{written_a}” (“{sentence_a}”) where "
                     "{outlet_b} has “{written_b}” (“{sentence_b}”)."),
    "detail.weekday": N_("{outlet_a} writes “{text_a}”, but {date} is not that weekday; {outlet_b} writes "
                         "“{text_b}”. One outlet slipped on the weekday or the date."),
    "detail.weekday_own": N_("{outlet_a} writes “{text_a}”, but {date} is not that weekday; another report of "
                             "{outlet_b} writes “{text_b}”. The outlet slipped on the weekday or the date."),
    "detail.weekday_slip": N_("{outlet} writes “{text}”, but {date} is not that weekday"),
    "detail.date_slip": N_("{outlet_a} writes “{text_a}” (“{sentence_a}”), a date that does not exist; {outlet_b} "
                           "writes “{text_b}” (“{sentence_b}”). The outlet slipped on the month."),
    "detail.body_spelt_out": N_("The outlets spell out “{letters}” as two different bodies: {outlet_a} has "
                                "“{written_a}” (“{sentence_a}”) where {outlet_b} has “{written_b}” (“{sentence_b}”)."),
    "detail.weekdays": N_("One date is written several ways: {slips}; {outlet_b} writes “{text_b}”. The outlets "
                          "slipped on the weekday or the date."),
    "detail.place": N_("The same account differs in where it happened: {places}."),
    "detail.place_told": N_("{outlet} has “{site}” (“{sentence}”)"),
    "detail.named": N_("The outlets name one thing of the account with names that cannot be one name written "
                       "two ways: {names}."),
    "detail.named_told": N_("{outlets}: “{name}” (“{sentence}”)"),
    "detail.stages": N_("The outlets tell one person's or one case's statuses or stages differently: {values}."),
    "detail.vehicle_counts": N_("The outlets count the vehicles the crash involved differently: {counts}."),
    "detail.count_told": N_("{outlets}: “{written}” (“{sentence}”)"),
    "detail.region": N_("The outlets place the event in different areas of one level: {areas}."),
    "detail.region_told": N_("{outlets}: “{area}” (“{sentence}”)"),
    "detail.cause": N_("The outlets give different causes for the same happening: {causes}."),
    "detail.cause_told": N_("{outlets}: “{cause}” (“{sentence}”)"),
    "detail.happening_day": N_("The outlets give one happening different days: {values}."),
    "detail.happening_place": N_("The outlets give one happening different places: {values}."),
    "detail.happening_agent": N_("The outlets give one act different doers: {values}."),
    "detail.happening_told": N_("{outlets}: “{value}” (“{sentence}”)"),
    "detail.unit": N_("The same words “{phrase}” end in two different sites of one kind ({head}): {places}."),
    "detail.slot": N_("The outlets tell one fact two ways that cannot both hold: {outlet_a} has “{value_a}” "
                      "(“{sentence_a}”) where {outlet_b} has “{value_b}” (“{sentence_b}”)."),
    "detail.slot_later": N_("The account moved on: {outlet_a} has “{value_a}” on {date_a} (“{sentence_a}”), "
                            "{outlet_b} has the later “{value_b}” on {date_b} (“{sentence_b}”)."),
    "detail.state": N_("{thing} is described as “{state_a}” by {outlets_a} but as “{state_b}” by {outlets_b}."),
    # --- claims one source makes alone (n: the outlets that carry it)
    "singleton.figure": Nn_("Only {outlets} reports {figure} {subject}, attributed to {claimant}; no other outlet "
                            "confirms it.",
                            "Only {outlets} report {figure} {subject}, attributed to {claimant}; no other outlet "
                            "confirms it."),
    "singleton.figure_place": Nn_("Only {outlets} reports {figure} {subject} in {place}, attributed to {claimant}; "
                                  "no other outlet confirms it.",
                                  "Only {outlets} report {figure} {subject} in {place}, attributed to {claimant}; "
                                  "no other outlet confirms it."),
    "singleton.event": Nn_("Only {outlets} reports that {claim}", "Only {outlets} report that {claim}"),
    # --- an Indonesian article translating an English one
    "translation.figure_text": N_("“{text}” ({qualifier})"),
    "translation.none": N_("—"),
    "translation.figure": N_("{translation} translates {original} ({percent}% of its sentences aligned) and changed "
                             "a figure: {before} → {after}. Original: “{a}” Translation: “{b}”"),
    "translation.qualifier": N_("{translation} translates {original} ({percent}% of its sentences aligned) and read "
                                "a figure with another qualifier: {before} → {after}. Original: “{a}” "
                                "Translation: “{b}”"),
    "translation.negation_lost": N_("{translation} translates {original} ({percent}% of its sentences aligned) and "
                                    "lost a negation. Original: “{a}” Translation: “{b}”"),
    "translation.speaker": N_("{translation} translates {original} ({percent}% of its sentences aligned) and gave a "
                              "quote to another speaker: {change}. Original: “{a}” Translation: “{b}”"),
    "translation.actor": N_("{translation} translates {original} ({percent}% of its sentences aligned) and changed "
                            "who acts: {change}. Original: “{a}” Translation: “{b}”"),
    "translation.place": N_("{translation} translates {original} ({percent}% of its sentences aligned) and changed "
                            "a place: {change}. Original: “{a}” Translation: “{b}”"),
    "translation.change": N_("{before} → {after}"),
    "translation.change_spokesperson": N_("{before}, speaking for {principal} → {after}"),
    "translation.change_act": N_("{speaker}'s reported words → {speaker}'s act"),
    "translation.negation_added": N_("{translation} translates {original} ({percent}% of its sentences aligned) and "
                                     "added a negation. Original: “{a}” Translation: “{b}”"),
    # --- silent edits found by re-fetching (watch); field: one of watch.edits.FIELDS
    "field.headline": N_("headline"),
    "field.figure": N_("figure"),
    "field.quote": N_("quote"),
    "field.speaker": N_("speaker"),
    "field.name": N_("name"),
    "field.place": N_("place"),
    "edit.changed": N_("{outlet} changed the {field} from “{before}” to “{after}”"),
    "edit.removed": N_("{outlet} removed the {field} “{before}”"),
    "edit.added": N_("{outlet} added the {field} “{after}”"),
    "edit.window": N_("{edit}, between {start} and {end} (both versions archived)"),
    "edit.copied": N_("{outlet} copies {original}'s report but changes the {field} from “{before}” to “{after}”"),
}

QUALIFIED = {"approx": "figure.approx", "at_least": "figure.at_least", "more_than": "figure.more_than",
             "at_most": "figure.at_most", "less_than": "figure.less_than"}


def message(key: str, **args: Any) -> Message:
    """A message for :func:`explain`; ``KeyError`` for a key the table does not know (a typo
    would otherwise reach the page as an empty sentence)."""
    if key not in MESSAGES:
        raise KeyError(f"no message {key!r} in render.explain.MESSAGES")
    return {"key": key, "args": args}


def joined(items: list[Any], sep: str) -> dict[str, Any]:
    """A list argument joined by ``sep`` (punctuation) instead of ", "."""
    return {"join": sep, "items": items}


def date_arg(value: str | None, missing: str = "date.none") -> dict[str, Any] | Message:
    """An ISO date argument; the ``missing`` message ("undated") when there is none."""
    return {"date": value} if value else message(missing)


def figure_arg(value: Mapping[str, Any]) -> dict[str, Any]:
    """A figure argument from a claim value or a quantity: qualifier, value or low/high."""
    return {"figure": {k: value.get(k) for k in ("qualifier", "value", "low", "high", "words")}}


def _number(x: Any, lang: str) -> str:
    return "?" if x is None else format_number(x, lang)


def vague_words_shown(value: Mapping[str, Any], lang: str) -> str:
    """A vague amount's words in the language shown: as written when they are that language's
    ("puluhan"), else its own plural of the same range (an English report's "thousands" in an
    Indonesian briefing is "ribuan"); as written when the language has none of that range, or
    when it joins such a plural to its noun ("thousands of"): "tens motor" would read worse than
    the words as written."""
    written = str(value["words"])
    try:
        words_of_lang = number_words(lang)
    except LanguageDataError:
        return written
    approximate = words_of_lang.approximate
    if words_of_lang.approximate_joiners or any(w in approximate for w in written.lower().split()):
        return written
    same = [w for w, span in approximate.items() if span == (value.get("low"), value.get("high"))]
    return same[0] if same else written


def _figure(value: Mapping[str, Any], lang: str, iso: bool) -> str:
    if value.get("words"):
        return vague_words_shown(value, lang)  # "puluhan": a vague amount has no range of its own to show
    low, high = value.get("low"), value.get("high")
    if value.get("value") is None and low is not None and high is not None:
        # each bound as written: rounding "5,4 hingga 5,8 persen" to "5–6" loses the figure
        number = explain(message("figure.range", low=low, high=high), lang, iso_dates=iso)
    else:
        number = _number(value["value"] if value.get("value") is not None else (low if low is not None else high), lang)
    key = QUALIFIED.get(value.get("qualifier") or "")
    return explain(message(key, number=number), lang, iso_dates=iso) if key else number


def figure_text(value: Mapping[str, Any], lang: str, *, iso_dates: bool = False) -> str:
    """A figure as its claim states it: "about 8,000" (en), "hingga 12.000" (id), "5,4–5,8"."""
    return _figure(value, lang, iso_dates)


def _arg(value: Any, lang: str, iso: bool) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, (int, float)):
        return format_number(value, lang)
    if isinstance(value, list):
        return ", ".join(_arg(v, lang, iso) for v in value)
    if isinstance(value, Mapping):
        if "key" in value:
            return explain(value, lang, iso_dates=iso)
        if "date" in value:
            return str(value["date"]) if iso else format_date(value["date"], lang)
        if "figure" in value:
            return _figure(value["figure"], lang, iso)
        if "items" in value:
            return str(value.get("join", ", ")).join(_arg(v, lang, iso) for v in value["items"])
    return str(value)


def explain(msg: Mapping[str, Any], lang: str, *, iso_dates: bool = False) -> str:
    """The sentence ``msg`` says, in ``lang``: its template from the catalogue, each argument
    rendered (numbers and dates per locale; ``iso_dates`` keeps dates as ISO, for briefing.json)."""
    template = MESSAGES.get(str(msg.get("key")))
    args = dict(msg.get("args") or {})
    if template is None:  # a message of a newer version: say what it is rather than fail the page
        return str(msg.get("key"))
    catalogue = translations(lang)
    if isinstance(template, tuple):
        n = args.get("n")
        text = catalogue.ngettext(template[0], template[1], n if isinstance(n, int) else 1)
    else:
        text = catalogue.gettext(template)
    return text.format(**{name: _arg(value, lang, iso_dates) for name, value in args.items()})


def english(msg: Mapping[str, Any]) -> str:
    """The English sentence of ``msg`` with ISO dates: what briefing.json keeps as ``explanation``."""
    return explain(msg, "en", iso_dates=True)


def discrepancy_text(item: Mapping[str, Any], lang: str) -> str:
    """A discrepancy of briefing.json as a sentence in ``lang``: from its message, or, for a
    briefing written before messages existed, its stored English explanation."""
    msg = item.get("message")
    if isinstance(msg, Mapping) and msg.get("key") in MESSAGES:
        return explain(msg, lang)
    return str(item.get("explanation") or "")


def message_keys(msg: Any) -> set[str]:
    """Every message key used in ``msg``, nested parts included."""
    found: set[str] = set()
    if isinstance(msg, Mapping):
        if "key" in msg:
            found.add(str(msg["key"]))
        for v in msg.values():
            found |= message_keys(v)
    elif isinstance(msg, list):
        for v in msg:
            found |= message_keys(v)
    return found


__all__ = ["MESSAGES", "Message", "message", "joined", "date_arg", "figure_arg", "figure_text", "explain", "english",
           "discrepancy_text", "message_keys", "vague_words_shown"]
