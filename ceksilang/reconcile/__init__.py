"""Reconcile: the whole-store stages. Takes extracted ``Document``s in publication order and gives
``Story``s with their ``Entity``s, ``Claim``s, ``Discrepancy``s and ``TimelineEvent``s.

- ``dedup``: exact and MinHash near-duplicates; ``derive``: spun copies by sentence alignment;
- ``stories``: documents grouped into stories online, in publication order;
- ``link``: one entity per real-world name across spellings, aliases and metonyms;
- ``claims``: figures, quotes and events aligned across outlets; ``discrepancies``: where they
  differ, ranked; ``timeline``: dated events; ``story``: the three over one story;
- ``words`` and ``sources``: the word and source helpers they share; ``disjoint_sets``: the groups
  their pairings make (union-find);
- ``briefing``: the driver, story by story over a store, into ``tables`` (scratch SQLite).
"""
