"""A reflection question with a private writing field."""

from __future__ import annotations

import itertools
import logging
from typing import Any, ClassVar

import traitlets

from widgets.content import catalog
from widgets.strings import t
from widgets.ui.live import LiveView, render_template

__all__ = ["Reflection"]

_ids = itertools.count(1)
log = logging.getLogger("verksted")

#: The longest note kept; a reflection is a few paragraphs, not a book.
MAX_NOTE = 10_000


class Reflection(LiveView):
    """``Reflection("prinsippene", "hva-er-vanskelig")`` shows a module's reflection question."""

    actions: ClassVar[frozenset[str]] = frozenset({"draft"})

    text = traitlets.Unicode("", help="What the trainee has written (kept in the page only).")

    def __init__(self, module: str, reflection_id: str, **kwargs: Any) -> None:
        self._uid = f"vk-rf{next(_ids)}"
        self.prompt: str | None = None
        try:
            mod = catalog.module(module)
            self.prompt = next(r.prompt for r in mod.reflections if r.id == reflection_id)
        except (catalog.ContentError, StopIteration):
            log.exception("reflection %s/%s not found", module, reflection_id)
        super().__init__(**kwargs)
        self.refresh()

    def render(self) -> str:
        if self.prompt is None:
            return render_template("error.html.j2", message=t("error.content_missing"))
        return render_template(
            "reflection.html.j2", uid=self._uid, prompt=self.prompt, text=self.text, limit=MAX_NOTE
        )

    def on_draft(self, value: Any, form: dict[str, Any]) -> None:
        if isinstance(value, str):
            self.text = value[:MAX_NOTE]
