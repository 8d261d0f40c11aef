"""Article text as HTML with every sentence anchored and every extracted span marked.

Spans of one document overlap freely (a quote holds names and figures; a quote can run over two
sentences), but HTML elements must nest. Spans are put in layers - sentences, then quotes, then
names / figures / dates - overlaps inside a layer are resolved (earlier, then longer, wins), and
the text is cut at every boundary: each piece is wrapped in the stack of spans covering it, and an
element crossing its parent's boundary is closed and reopened, so the markup always nests.

All text and attribute values go through ``markupsafe.escape``: article text never becomes markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

LAYER_SENTENCE, LAYER_QUOTE, LAYER_INNER = 0, 1, 2


@dataclass(frozen=True, slots=True, eq=False)  # identity matters: a split span is one element
class Span:
    start: int
    end: int
    layer: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()


def mark(start: int, end: int, layer: int, kind: str, **attrs: str | None) -> Span:
    """A ``<mark data-kind=...>`` span; ``None`` attributes are left out, ``_`` becomes ``-``."""
    items = [("class", f"m m-{kind}"), ("data-kind", kind)]
    items += [(k.replace("_", "-"), str(v)) for k, v in attrs.items() if v not in (None, "")]
    return Span(start, end, layer, "mark", tuple(items))


def sentence(start: int, end: int) -> Span:
    return Span(start, end, LAYER_SENTENCE, "span", (("class", "sent"), ("id", f"s-{start}")))


def _non_overlapping(spans: Iterable[Span], length: int) -> list[Span]:
    kept: list[Span] = []
    last_end = 0
    for sp in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if sp.start < last_end or sp.start >= sp.end or sp.start < 0 or sp.end > length:
            continue
        kept.append(sp)
        last_end = sp.end
    return kept


def _open(sp: Span) -> str:
    attrs = "".join(f' {escape(k)}="{escape(v)}"' for k, v in sp.attrs)
    return f"<{sp.tag}{attrs}>"


def render_marked(text: str, spans: Sequence[Span]) -> Markup:
    """``text`` as HTML with ``spans`` as properly nested elements."""
    layers: dict[int, list[Span]] = {}
    for sp in spans:
        layers.setdefault(sp.layer, []).append(sp)
    ordered = [(_non_overlapping(layers[k], len(text))) for k in sorted(layers)]
    cuts = {0, len(text)}
    for layer in ordered:
        for sp in layer:
            cuts.update((sp.start, sp.end))
    bounds = sorted(cuts)
    pointers = [0] * len(ordered)
    out: list[str] = []
    stack: list[Span] = []
    for a, b in zip(bounds, bounds[1:]):
        if a == b:
            continue
        want: list[Span] = []
        for i, layer in enumerate(ordered):
            while pointers[i] < len(layer) and layer[pointers[i]].end <= a:
                pointers[i] += 1
            if pointers[i] < len(layer) and layer[pointers[i]].start <= a:
                want.append(layer[pointers[i]])
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] is want[keep]:
            keep += 1
        for sp in reversed(stack[keep:]):
            out.append(f"</{sp.tag}>")
        for sp in want[keep:]:
            out.append(_open(sp))
        stack = want
        out.append(str(escape(text[a:b])))
    for sp in reversed(stack):
        out.append(f"</{sp.tag}>")
    return Markup("".join(out))
