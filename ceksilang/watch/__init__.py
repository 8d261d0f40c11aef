"""Watch stage: takes URLs and feeds (RSS, Atom, Google-News sitemaps), gives stored documents with their evidence.

``fetch``: polite HTTP (robots.txt, per-host pace, retries, size cap, conditional requests) and a
fetched page as a ``RawDocument`` read like an HTML file; ``archive``: every response kept in
WARC files with its request time; ``feeds``: the article links of a feed; ``edits``: what changed
in substance between two readings of an article (silent edits); ``state``: what was fetched,
archived and changed, in the store's SQLite file; ``notify``: the changes as an Atom feed and a
signed webhook; ``loop``: ``ceksilang watch``, rounds over the feeds until stopped.
"""
