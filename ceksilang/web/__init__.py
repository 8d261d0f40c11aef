"""The web app: ``ceksilang serve`` (pages and REST API over a store). Needs the ``web`` extra."""

from __future__ import annotations

from ceksilang.web.app import create_app, serve

__all__ = ["create_app", "serve"]
