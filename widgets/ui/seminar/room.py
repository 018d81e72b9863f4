"""The room screen (the projector): what everyone in the room reads."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

import traitlets

from widgets.storage.db import StorageError
from widgets.storage.seminar import (
    SeminarStore,
)
from widgets.ui.live import render_template
from widgets.ui.seminar.base import Following, seminar_context

log = logging.getLogger("verksted")


class ProjectorView(Following):
    """The projector's screen: large type, high contrast, nothing for the facilitator's eyes only.

    Opened from the facilitator's page with a secret link (``?vis=…``); shows
    the join code, QR code and link, the current step, how many have answered,
    and after the reveal the results and the approved texts.
    """

    actions: ClassVar[frozenset[str]] = frozenset()

    screen = traitlets.Enum(
        ["nolink", "seminar", "gone"], "nolink", help="Which screen is shown."
    ).tag(sync=True)
    phase = traitlets.Unicode("", help="The seminar's phase.").tag(sync=True)
    answered = traitlets.Int(0, help="Answers to the current question.").tag(sync=True)

    def __init__(
        self, token: str | None = None, *, store: SeminarStore | None = None, **kwargs: Any
    ) -> None:
        self._texts: list[Any] = []
        kwargs.setdefault("variant", "projector")
        super().__init__(store=store, **kwargs)
        if token and isinstance(token, str):
            try:
                seminar = self.store.by_display_token(token)
            except StorageError:
                log.exception("projector page: no database")
                seminar = None
            if seminar is not None:
                self.screen = "seminar"
                self._follow(seminar.id)
                self._reload()
        self.refresh()

    def _reload(self) -> None:
        super()._reload()
        state = self._state
        if state is None:
            self.screen = "gone" if self.screen == "seminar" else self.screen
            return
        self.phase = state.phase
        self.answered = state.answered
        question = state.question
        revealed = state.phase in {"revealed", "feedback"}
        self._texts = self.store.texts(question.id, "approved") if question and revealed else []

    def render(self) -> str:
        ctx: dict[str, Any] = {"screen": self.screen, "connected": self.connected}
        if self.screen == "seminar" and self._state is not None:
            ctx.update(seminar_context(self._state, self._step()))
            ctx["texts"] = self._texts
        return render_template("seminar_projector.html.j2", **ctx)
