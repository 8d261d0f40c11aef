"""Every tunable of the pipeline, in one place (trafilatura's settings.py in spirit)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    # read
    max_file_bytes: int = 50 * 1024 * 1024  # a larger input is refused with an error, not read
    max_record_bytes: int = 10 * 1024 * 1024  # one CSV cell / JSONL line / WARC record body
    min_article_line_words: int = 6  # an HTML page with no extracted line this long has no article (menus, forms)
    # dedup
    minhash_perm: int = 128
    shingle_size: int = 3
    duplicate_threshold: float = 0.8  # Jaccard of word 3-shingles: near-duplicate
    derived_threshold: float = 0.35  # below duplicate but above this: candidate spun copy
    # an LSH bucket keeps its first this many originals, and a document is compared with at most
    # this many candidates (those sharing the most bands): without both, a text reprinted with
    # small changes thousands of times makes every new copy compare with all the earlier ones
    duplicate_bucket_max: int = 50
    duplicate_max_candidates: int = 50
    # language
    min_chars_for_language: int = 20
    # workers: the analysis workers are replaced by fresh ones after about this many batches each,
    # because spaCy's string store and the parsers' caches grow with every new word they meet;
    # without this a long run's memory would grow with the archive (a restart costs ~2 s of model
    # loading). All are replaced together, once the old ones have exited (see workers.py)
    worker_max_batches: int = 500
    # render: the Markdown and HTML pages are for reading; past these sizes they show the
    # largest stories only (briefing.json and the web app always hold everything)
    render_max_stories: int = 100
    render_max_documents: int = 1000
    # the language the pages write numbers and dates in (12.000 / 12,000): "id" or "en"
    lang: str = "id"
    # triage (render/triage.py): the order a story page lists its differences in. Tiers first,
    # by what a fact-checker acts on: a contradiction; then a difference whose explanation is only
    # a possibility to confirm (a spokesperson may have said what another outlet gives to the
    # principal; a figure may have changed over time); then wording changes, translations and
    # silent edits (the facts stand, the words moved); then differences explained by scope (each
    # figure counts something else); then what one outlet alone reports. The first matching
    # (kind, status) rule gives the tier; "*" matches anything
    triage_tiers: tuple[tuple[str, str, str], ...] = (
        ("*", "contradiction", "contradiction"),
        ("wording", "*", "wording"), ("translation", "*", "wording"), ("edit", "*", "wording"),
        ("singleton", "*", "singleton"), ("*", "unconfirmed", "singleton"),
        ("attribution", "*", "to_confirm"), ("*", "evolving", "to_confirm"),
        ("*", "*", "explained"),
    )
    triage_tier_order: tuple[str, ...] = ("contradiction", "to_confirm", "wording", "explained", "singleton")
    # within a tier: check-worthiness of the item's sentences (a figure or a strong cue is worth
    # 1, an opinion or a forecast -2) plus this weight times its centrality (0-1, the share of the
    # story's documents naming what it is about): 2 lets an item the whole story talks about pass
    # one about a side topic with one more figure, but not past an opinion-free statistic
    triage_centrality_weight: float = 2.0
    # the first this many ranked items are shown, the rest folded under "More (n)"; a fold that
    # would hide fewer than triage_min_folded items is not made (opening it costs more than reading)
    triage_visible: int = 8
    triage_min_folded: int = 3
    # fetch (ceksilang analyze URL, ceksilang watch): polite by default
    user_agent: str = "ceksilang/0.1 (news cross-checking; +https://github.com/ceksilang/ceksilang)"
    fetch_timeout: float = 20.0  # seconds to connect, and between two reads of a response
    fetch_retries: int = 3  # further attempts after a 429, a 5xx, a timeout or a dropped connection
    fetch_backoff: float = 2.0  # seconds before the first retry, doubled each time (Retry-After wins when longer)
    fetch_max_wait: float = 300.0  # a longer Retry-After is not waited for: the fetch fails, a later round retries
    fetch_max_redirects: int = 5
    fetch_max_bytes: int = 10 * 1024 * 1024  # a response past this is abandoned while streaming
    fetch_host_interval: float = 2.0  # seconds between two requests to one host
    # watch: a page is fetched again this many hours after it was first seen, to catch silent edits
    recheck_after_hours: tuple[float, ...] = (1.0, 6.0, 24.0, 72.0)


DEFAULT = Settings()
