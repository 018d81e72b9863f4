"""Øvingsbenken: write anything and get principle feedback as you type."""

from __future__ import annotations

import itertools
import logging
from typing import Any, ClassVar

import traitlets

from widgets.content import catalog
from widgets.content.models import Situation
from widgets.strings import t
from widgets.ui.feedback import FeedbackResult, give_feedback
from widgets.ui.live import LiveView, render_template

__all__ = ["PracticeBench"]

log = logging.getLogger("verksted")
_ids = itertools.count(1)

#: The textarea accepts this much; the engine checks its first MAX_CHARS and says so.
MAX_INPUT = 20_000


class PracticeBench(LiveView):
    """A free writing field with live feedback, optionally answering a situation."""

    actions: ClassVar[frozenset[str]] = frozenset({"draft", "check", "clear", "next", "free"})

    text = traitlets.Unicode("", help="What the trainee has written (never stored).")

    def __init__(self, **kwargs: Any) -> None:
        self._uid = f"vk-pb{next(_ids)}"
        try:
            self.situations: list[Situation] = list(catalog.practice().situations)
        except catalog.ContentError:
            log.exception("practice situations could not be loaded")
            self.situations = []
        self._index = 0
        self.situation: Situation | None = self.situations[0] if self.situations else None
        self.result: FeedbackResult | None = None
        self._rev = 0
        self._focus = False
        super().__init__(**kwargs)
        self.refresh()

    def render(self) -> str:
        focus, self._focus = self._focus, False
        return render_template(
            "practice.html.j2",
            uid=self._uid,
            situation=self.situation,
            text=self.text,
            rev=self._rev,
            result=self.result,
            max_input=MAX_INPUT,
            focus=focus,
            error=self.error,
        )

    def _feedback(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        self.text = text[:MAX_INPUT]
        self.result = give_feedback(self.text) if self.text.strip() else None

    def on_draft(self, value: Any, form: dict[str, Any]) -> None:
        self._feedback(value)

    def on_check(self, value: Any, form: dict[str, Any]) -> None:
        self._feedback(form.get("text", value))
        self._focus = self.result is not None
        self.say(self.result.announcement if self.result else t("practice.waiting"))

    def on_clear(self, value: Any, form: dict[str, Any]) -> None:
        self.text, self.result = "", None
        self._rev += 1  # tells the page to empty the field

    def on_next(self, value: Any, form: dict[str, Any]) -> None:
        if not self.situations:
            return
        self._index = (self._index + 1) % len(self.situations)
        self.situation = self.situations[self._index]
        self.on_clear(value, form)

    def on_free(self, value: Any, form: dict[str, Any]) -> None:
        self.situation = None
