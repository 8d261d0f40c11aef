"""The interface language: labels and generated sentences of briefing.md, briefing.html and the
web app, from gettext message catalogues managed with Babel.

The messages are written in English in the code and templates (``_("Sources")``); the Indonesian
catalogue (``locales/id/LC_MESSAGES/ceksilang.po``) translates them. Indonesian is the default;
English uses the messages as written. Data (titles, quotes, names, the articles' own words) is
never translated: it stays in the language it was written in.

Update the catalogue after changing a message (``scripts/i18n.sh``): ``pybabel extract`` with
``babel.cfg`` collects the messages, ``pybabel update`` merges them into the ``.po`` file, where
the new ones are translated by hand. The ``.po`` file is read at run time (compiled in memory), so
there is no compiled ``.mo`` file to keep in step.
"""

from __future__ import annotations

import gettext as gettext_module
from collections.abc import Callable
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from jinja2 import Environment

from ceksilang.render.locale import check_lang

CATALOGUES = Path(__file__).resolve().parent / "locales"
DOMAIN = "ceksilang"
SOURCE_LANG = "en"  # the language the messages are written in: it needs no catalogue


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; it is translated where it is shown."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a message with a plural form (chosen by a count where it is shown, ``ngettext``)."""
    return singular, plural


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext_module.NullTranslations:
    """The messages of ``lang``: its catalogue compiled in memory (nothing to translate for English)."""
    check_lang(lang)
    po = CATALOGUES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == SOURCE_LANG or not po.is_file():
        return gettext_module.NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)  # a fuzzy (unchecked) translation is not shown
    compiled.seek(0)
    return Translations(fp=compiled, domain=DOMAIN)


def gettext_for(lang: str) -> Callable[[str], str]:
    """``_`` for code that builds sentences: ``_("Sources")``, ``_("{n} documents").format(n=...)``."""
    return translations(lang).gettext


def ngettext_for(lang: str) -> Callable[[str, str, int], str]:
    return translations(lang).ngettext


def install(env: Environment, lang: str) -> None:
    """Give ``env``'s templates ``_``, ``gettext``, ``ngettext`` and ``{% trans %}`` in ``lang``.

    New-style gettext: ``_("Story: %(label)s", label=x)`` escapes ``x`` under autoescaping.
    """
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]


# Names of discrepancy statuses and kinds, as shown (briefing.json keeps the English keys).
LABELS = {
    "contradiction": N_("contradiction"),
    "explained": N_("explained"),
    "evolving": N_("evolving"),
    "compatible": N_("compatible"),
    "unconfirmed": N_("unconfirmed"),
    "figure": N_("figure"),
    "attribution": N_("attribution"),
    "detail": N_("detail"),
    "singleton": N_("singleton"),
    "wording": N_("wording"),
    "edit": N_("edit"),
    # what ``ceksilang watch`` records in /changes
    "new-document": N_("new article"),
    "new-story": N_("new story"),
    "new-discrepancy": N_("new discrepancy"),
    "changed-discrepancy": N_("changed discrepancy"),
    "translation": N_("translation"),
    "quote": N_("quote"),
    "event": N_("event"),
    "differs": N_("differs"),
    "agrees": N_("agrees"),
    "only": N_("only"),
    # what a translation changed (the meaning of a translation discrepancy's change)
    "qualifier": N_("qualifier changed"),
    "negation lost": N_("negation lost"),
    "negation added": N_("negation added"),
    "speaker changed": N_("speaker changed"),
    "actor changed": N_("actor changed"),
    "place changed": N_("place changed"),
}


def label(value: str | None, lang: str) -> str:
    """A status or kind key as ``lang`` names it; an unknown key is shown as it is."""
    if not value:
        return ""
    return gettext_for(lang)(LABELS[value]) if value in LABELS else value
