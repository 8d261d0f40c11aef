"""Ingest: the first stage. Takes files (text, HTML, CSV/JSON Lines, WARC) and gives cleaned
``Document``s with their language and metadata, or an ``InputError`` naming the input and the
reason.

- ``read/``: one reader per format, each yielding ``RawDocument`` or ``InputError``;
- ``clean``: boilerplate removed (each line kept with its reason), title/outlet/author/date found
  through ``metadata``;
- ``langid``: the document's language (lingua, restricted to the languages we read).
"""
