"""ceksilang: cross-check a news story across outlets.

read -> clean -> extract -> link -> reconcile -> render; see ``ceksilang.pipeline``.
"""

__version__ = "0.1.0"
