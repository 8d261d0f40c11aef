"""From many articles to one sourced account: claims, discrepancies, timeline per story.

``reconcile(docs, entities, stories)`` is what the pipeline calls. Claims are built and
aligned in ``ceksilang.reconcile.claims``, compared in ``ceksilang.reconcile.discrepancies``, and the timeline
comes from ``ceksilang.reconcile.timeline``. A claim is *established* when two or more independent
sources make it (copies and articles of one outlet count once).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from ceksilang.reconcile.copy_edits import copy_edit_discrepancies
from ceksilang.reconcile.claims import (
    EntityIndex, event_claims, event_readings, figure_claims, figure_readings, independent_sources,
    QuoteReading, quote_claims, quote_readings,
)
from ceksilang.reconcile.sources import source_key, story_map
from ceksilang.reconcile.words import reconcile_words
from ceksilang.reconcile.discrepancies import (
    attribution_discrepancies, detail_discrepancies, entity_name_words, figure_discrepancies, rank_and_cap,
    join_office_speakers, retold_account_discrepancies, singleton_discrepancies, wording_discrepancies,
)
from ceksilang.model import Claim, Discrepancy, Document, Entity, Story, TimelineEvent
from ceksilang.reconcile.timeline import build_timeline
from ceksilang.reconcile.translation import find_translations_in


@dataclass(slots=True)
class Reconciliation:
    claims: list[Claim] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    established: dict[str, list[str]] = field(default_factory=dict)  # story id -> claim ids


def reconcile(docs: Sequence[Document], entities: Sequence[Entity], stories: Sequence[Story]) -> Reconciliation:
    """Claims, ranked discrepancies, timeline and established claims of every story."""
    rw = reconcile_words()
    by_id = {d.id: d for d in docs}
    index = EntityIndex(entities)
    entity_by_id = {e.id: e for e in entities}
    story_list, _ = story_map(docs, stories)
    counter = itertools.count(1)
    result = Reconciliation()
    names = entity_name_words(entities, rw)
    # first: a faithful translation's figures and quotes are its original's source (an original
    # may be in another story when the grouping left the two apart)
    translations = find_translations_in([(story.id, [by_id[i] for i in story.docs if i in by_id])
                                         for story in story_list])
    for story in story_list:
        story_docs = [by_id[i] for i in story.docs if i in by_id]
        if not story_docs:
            continue
        translated = translations.get(story.id, [])
        figures = [r for d in story_docs for r in figure_readings(d, index, by_id, rw)]
        quotes = [r for d in story_docs for r in quote_readings(d, index, by_id)]
        # a statement one outlet quotes and another reports in its own words, word for word, given
        # to someone else ("Garuda Indonesia saat ini melakukan investigasi ...," kata Ade / Dicky
        # mengatakan, Garuda Indonesia saat ini melakukan investigasi ...): an attribution to compare,
        # never a quote whose wording is compared
        reported = [r for d in story_docs for r in quote_readings(d, index, by_id, kinds=("indirect",),
                                                                  min_words=rw.reported_min_words)]
        join_office_speakers(quotes + reported, entity_by_id, rw)
        events = [r for d in story_docs for r in event_readings(d, index, by_id, rw)]
        claims = (figure_claims(story.id, figures, counter) + quote_claims(story.id, quotes, counter)
                  + event_claims(story.id, events, counter))
        found = figure_discrepancies(story.id, figures, by_id) + translated
        texts = {d.id: d.text for d in story_docs}
        one_person: list[list[QuoteReading]] = []  # one quote given to one person under two names
        found += attribution_discrepancies(story.id, quotes + reported, entity_by_id, rw, texts, one_person)
        found += retold_account_discrepancies(story.id, quotes + reported, entity_by_id, texts, rw)
        found += wording_discrepancies(story.id, quotes, entity_by_id, rw, names, texts, one_person)
        if len(story_docs) > 1:  # a detail conflict needs two accounts
            found += detail_discrepancies(story.id, story_docs, by_id, entities, rw, names)
            # what a reprint changed in the sentences it kept of its original (derive.py's copies)
            found += copy_edit_discrepancies(story.id, story_docs)
        covered = {c for d in found for c in d.claims}
        found += singleton_discrepancies(story.id, claims, figures, events, covered, by_id)
        result.claims.extend(claims)
        # what each figure item counts, for a cap that shows more things before a second item of one
        subjects = {c.id: c.subject for c in claims if c.kind == "figure"}

        def subject_of(d: Discrepancy) -> str | None:
            return next((subjects[c] for c in d.claims if c in subjects), None) if d.kind == "figure" else None

        # a story told by many independent sources holds more to flag: one more item of each kind per
        # ``caps_sources_step`` sources past the first
        sources = len({source_key(d, by_id) for d in story_docs})
        extra = (sources - 1) // rw.caps_sources_step if rw.caps_sources_step > 0 else 0
        result.discrepancies.extend(rank_and_cap(found, rw.caps, subject_of, extra))
        result.established[story.id] = [c.id for c in claims if independent_sources(c, by_id) >= 2]
    result.discrepancies.sort(key=lambda d: -d.score)
    result.timeline = build_timeline(docs, story_list)
    return result


__all__ = ["Reconciliation", "reconcile", "build_timeline"]
