"""Small helpers the UI templates use. Everything returns escaped markup."""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from widgets import strings

__all__ = ["FILTERS", "GLOBALS", "download_href", "marked", "paragraphs"]

_BLANK = re.compile(r"\n\s*\n")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


def inline(text: str) -> Markup:
    """Escape text, then allow **bold** and *italic* (content authors use them)."""
    out = str(escape(text))
    out = _STRONG.sub(r"<strong>\1</strong>", out)
    out = _EM.sub(r"<em>\1</em>", out)
    return Markup(out)


def paragraphs(text: str | None) -> Markup:
    """Plain text with blank lines between paragraphs, as escaped ``<p>`` elements.

    Single line breaks are wrapping in the YAML source, not breaks in the text.
    """
    if not text:
        return Markup("")
    parts = [" ".join(p.split()) for p in _BLANK.split(text.strip()) if p.strip()]
    return Markup("").join(Markup("<p>{}</p>").format(inline(p)) for p in parts)


def marked(text: str, spans: Sequence[tuple[int, int, str, str]]) -> Markup:
    """``text`` with ``<mark>`` around each (start, end, css class, label) span, escaped.

    Overlapping spans are merged into the first; offsets are Python ``str`` indices.
    """
    out: list[Markup] = []
    pos = 0
    for span_start, span_end, css, label in sorted(spans):
        start, end = max(span_start, pos), min(span_end, len(text))
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(
            Markup(
                '<mark class="{}" title="{}">{}<span class="vk-sr-only"> ({})</span></mark>'
            ).format(css, label, text[start:end], label)
        )
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def download_href(data: bytes, mime: str) -> str:
    """A ``data:`` URL for a download link (``<a download="x.ics" href="…">``).

    Downloads stay inside the page: nothing is written on the server, and no
    file URL can be guessed by someone else.
    """
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def principle_name(pid: str) -> str:
    from widgets.principles import canonical

    p = canonical().get(pid)
    return p.name if p else pid


def principle_short(pid: str) -> str:
    from widgets.content import catalog

    try:
        texts = catalog.principle_texts()
    except catalog.ContentError:
        return ""
    t = texts.get(pid)
    return t.short if t else ""


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


FILTERS: dict[str, Any] = {
    "paragraphs": paragraphs,
    "inline": inline,
    "principle_name": principle_name,
    "principle_short": principle_short,
}
GLOBALS: dict[str, Any] = {
    "t": strings.t,
    "plural": plural,
    "marked": marked,
    "download_href": download_href,
}
