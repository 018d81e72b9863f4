"""The room screen (the projector): what everyone in the room reads.

One 16:9 screen per phase, never scrolled: the template (``_room.html.j2``)
lays each phase out for the whole frame, and ``live.js`` fits long texts to
it. The facilitator's page shows the same screen as a small live preview
(:func:`room_context` is shared).
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

import traitlets

from widgets.seminar.flow import principle_summary
from widgets.storage.db import StorageError
from widgets.storage.seminar import SeminarState, SeminarStore
from widgets.strings import t
from widgets.ui.live import render_template
from widgets.ui.seminar.base import Following, seminar_context

__all__ = ["ProjectorView", "room_context", "room_summary"]

log = logging.getLogger("verksted")

#: The most principles the room screen charts (the facilitator's page and the CSV show all):
#: at the end of a scenario (one column), and at the end of the seminar (two columns).
SUMMARY_ROWS = {"ending": 4, "ended": 6}

#: Phases the room shows as they are named (the rest: see :func:`room_context`).
_STEP_VIEWS = frozenset({"open", "closed", "revealed", "feedback", "ending"})


def room_summary(store: SeminarStore, state: SeminarState) -> list[Any]:
    """The room's summary per principle.

    The current scenario's steps at its end, the whole seminar once it ended.
    """
    if state.phase == "ending" and state.seminar.scenario_id:
        return principle_summary(store.results(state.seminar.id), state.seminar.scenario_id)
    if state.phase == "ended":
        return principle_summary(store.results(state.seminar.id))
    return []


def room_context(
    state: SeminarState | None,
    step: dict[str, Any] | None,
    *,
    texts: list[Any],
    summary: list[Any],
    screen: str = "seminar",
    connected: bool = True,
    controls: bool = True,
) -> dict[str, Any]:
    """What the room screen shows (``room`` in ``_room.html.j2``)."""
    r: dict[str, Any] = {"connected": connected, "controls": controls, "message": ""}
    if screen != "seminar" or state is None:
        key = "seminar.projector.nolink" if screen == "nolink" else "seminar.facilitator.gone"
        return {**r, "view": "nolink" if screen == "nolink" else "gone", "message": t(key)}
    r.update(seminar_context(state, step))
    phase = state.phase
    r.update(texts=texts, summary=_most_touched(summary, SUMMARY_ROWS.get(phase, 0)))
    if state.seminar.blank and phase != "ended":
        view = "blank"
    elif phase == "ended":
        view = "ended"
    elif phase == "lobby" or step is None:
        view = "lobby"
    elif step.get("broken"):
        view, r["message"] = "broken", t("error.content_missing")
    else:
        view = phase if phase in _STEP_VIEWS else "lobby"
    return {**r, "view": view}


def _most_touched(summary: list[Any], n: int) -> list[Any]:
    """The ``n`` principles the most choices touched (at least one), in the summary's order."""
    touched = [s for s in summary if s.followed + s.against]
    keep = sorted(touched, key=lambda s: -(s.followed + s.against))[:n]
    return [s for s in summary if s in keep]


class ProjectorView(Following):
    """The room screen: fills one 16:9 screen, reads from the back row, no controls.

    Opened from the facilitator's page with a secret link (``?vis=…``); shows
    the join address, code and QR code, the current step, how many have
    answered, and after the reveal the results as bars side by side, the
    approved texts, and at the end the room's summary per principle. Nothing
    for the facilitator's eyes only (never the moderation queue).
    """

    actions: ClassVar[frozenset[str]] = frozenset()

    screen = traitlets.Enum(
        ["nolink", "seminar", "gone"], "nolink", help="Which screen is shown."
    ).tag(sync=True)
    phase = traitlets.Unicode("", help="The seminar's phase.").tag(sync=True)
    answered = traitlets.Int(0, help="Answers to the current question.").tag(sync=True)
    blank = traitlets.Bool(False, help="The facilitator blanked the screen.").tag(sync=True)

    def __init__(
        self, token: str | None = None, *, store: SeminarStore | None = None, **kwargs: Any
    ) -> None:
        self._texts: list[Any] = []
        self._summary: list[Any] = []
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
        self.blank = state.seminar.blank
        question = state.question
        revealed = state.phase in {"revealed", "feedback"}
        self._texts = self.store.texts(question.id, "approved") if question and revealed else []
        self._summary = room_summary(self.store, state)

    def render(self) -> str:
        room = room_context(
            self._state,
            self._step() if self._state is not None else None,
            texts=self._texts,
            summary=self._summary,
            screen=self.screen,
            connected=self.connected,
        )
        return render_template("seminar_projector.html.j2", room=room)
