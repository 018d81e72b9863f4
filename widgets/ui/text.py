"""Showing a module's Markdown text on a page."""

from __future__ import annotations

import logging

from IPython.display import HTML, Markdown

from widgets.content import catalog
from widgets.strings import t

__all__ = ["show_text"]

log = logging.getLogger("verksted")


def show_text(module: str, name: str) -> Markdown | HTML:
    """The text ``modules/<module>/<name>.md``, for display as a cell's output."""
    try:
        return Markdown(catalog.text(module, name))
    except catalog.ContentError:
        log.exception("text %s/%s missing", module, name)
        return HTML(f'<div class="vk-alert" role="alert">{t("error.content_missing")}</div>')
