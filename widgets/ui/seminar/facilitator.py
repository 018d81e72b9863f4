"""The facilitator's page: sign in, start or resume a seminar, step through scenarios."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

import traitlets
from markupsafe import Markup

from widgets.content import catalog
from widgets.content.models import Node, Scenario
from widgets.seminar import access
from widgets.seminar.flow import (
    majority_option,
    question_kind,
    resolve,
    seminar_scenarios,
)
from widgets.storage.seminar import (
    SeminarState,
    SeminarStore,
    utcnow,
)
from widgets.strings import t
from widgets.ui.live import UserError, render_template
from widgets.ui.seminar.base import UNSEEN, Following, scenario_node, seminar_context
from widgets.ui.seminar.room import room_context, room_summary

log = logging.getLogger("verksted")


class FacilitatorView(Following):
    """The facilitator's page: sign in, start or resume a seminar, step through scenarios.

    Shows the join code, QR code and link; opens, closes and reveals each
    question; moderates free text; exports results as CSV and deletes a
    seminar's data. The projector page is opened from here.
    """

    actions: ClassVar[frozenset[str]] = frozenset(
        {
            "signin",
            "signout",
            "start",
            "resume",
            "scenario",
            "close",
            "reopen",
            "reveal",
            "feedback",
            "next",
            "approve",
            "reject",
            "lobby",
            "newcode",
            "end",
            "delete",
            "confirm",
            "cancel",
            "export",
            "home",
            "back",
            "blank",
        }
    )

    screen = traitlets.Enum(
        ["nopass", "signin", "home", "seminar", "gone"], "signin", help="Which screen is shown."
    ).tag(sync=True)
    phase = traitlets.Unicode("", help="The seminar's phase.").tag(sync=True)
    answered = traitlets.Int(0, help="Answers to the current question.").tag(sync=True)
    participants = traitlets.Int(0, help="Participants who have joined.").tag(sync=True)

    def __init__(self, *, store: SeminarStore | None = None, **kwargs: Any) -> None:
        self._signed_in = False
        self._attempts = 0
        self._confirm = ""
        self._display_token = ""
        self._csv: bytes | None = None
        self._texts: list[Any] = []
        self._running: list[Any] = []
        self._feedback_cache: dict[tuple[int, str], Any] = {}
        self._summary: list[Any] = []
        super().__init__(store=store, **kwargs)
        self.screen = "signin" if access.passphrase_status() == "ok" else "nopass"
        self.refresh()

    # -- signing in ------------------------------------------------------------
    def dispatch(self, action: str, value: Any = None, form: dict[str, Any] | None = None) -> None:
        if action != "signin" and action in self.actions and not self._signed_in:
            log.warning("facilitator action %r before signing in, ignored", action)
            return
        super().dispatch(action, value, form)

    def on_signin(self, value: Any, form: dict[str, Any]) -> None:
        attempt = form.get("passphrase")
        # The passphrase must not stay in the widget's synced state.
        self.request = {}
        status = access.passphrase_status()
        if status != "ok":
            self.screen = "nopass"
            return
        wait = access.wait_before_attempt(self.store, utcnow())
        if wait > 0:
            raise UserError(t("seminar.signin.wait", seconds=int(wait) + 1))
        self._attempts += 1
        if not access.check_passphrase(attempt):
            self.store.record_failure()
            raise UserError(t("seminar.signin.wrong"))
        self._signed_in = True
        self._show_home()

    def on_signout(self, value: Any, form: dict[str, Any]) -> None:
        self._signed_in = False
        self._seminar_id = None
        self._stop()
        self.screen = "signin"

    def _show_home(self) -> None:
        self._seminar_id = None
        self._stop()
        self._running = self.store.running()
        self.screen = "home"

    def on_home(self, value: Any, form: dict[str, Any]) -> None:
        self._show_home()

    # -- seminars -----------------------------------------------------------------
    def on_start(self, value: Any, form: dict[str, Any]) -> None:
        seminar, token = self.store.create()
        self._open(seminar.id, token)
        self.say(t("seminar.announce.started", code=seminar.code))

    def on_resume(self, value: Any, form: dict[str, Any]) -> None:
        try:
            seminar_id = int(value)
        except (TypeError, ValueError):
            return
        seminar = self.store.get(seminar_id)
        if seminar is None or seminar.ended_at is not None:
            raise UserError(t("seminar.facilitator.not_running"))
        # The old projector link cannot be shown again (only its hash is kept): make a new one.
        self._open(seminar.id, self.store.new_display_token(seminar.id))

    def _open(self, seminar_id: int, token: str) -> None:
        self._display_token = token
        self._csv = None
        self._confirm = ""
        self.screen = "seminar"
        self._follow(seminar_id)
        self._reload()

    # -- stepping through a scenario --------------------------------------------------
    def _current(self) -> tuple[SeminarState, Scenario | None, Node | None]:
        state = self._state
        if state is None:
            raise UserError(t("seminar.facilitator.gone"))
        if state.seminar.scenario_id is None:
            return state, None, None
        found = scenario_node(state.seminar.scenario_id, state.seminar.node_id)
        if found is None:
            raise UserError(t("error.content_missing"))
        return state, found[0], found[1]

    def _after_action(self, done: bool) -> None:
        """Re-read the state; a stale action (double click, other tab) changes nothing."""
        self._seen = UNSEEN
        self._reload()
        if not done:
            log.info("facilitator action was stale; state re-read")

    def on_scenario(self, value: Any, form: dict[str, Any]) -> None:
        state, _, _ = self._current()
        try:
            scenario = catalog.scenario(str(value))
        except catalog.ContentError:
            raise UserError(t("error.content_missing")) from None
        node = scenario.node(scenario.start_id)
        current = state.seminar.question_id
        self._unblank(state)
        q = self.store.open_question(
            state.seminar.id, scenario.id, node.id, question_kind(node), after=current
        )
        self._after_action(q is not None)

    def _phase(self, frm: set[str], to: str, announce: str = "") -> None:
        state, _, _ = self._current()
        self._unblank(state)
        done = self.store.set_phase(state.seminar.id, state.seminar.question_id, frm, to)
        self._after_action(done)
        if done:
            self.say(t(announce or f"seminar.announce.{to}"))

    def _unblank(self, state: SeminarState) -> None:
        """A step shows the room screen again (the facilitator blanked it, then went on)."""
        if state.seminar.blank:
            self.store.set_blank(state.seminar.id, False)

    def on_blank(self, value: Any, form: dict[str, Any]) -> None:
        """Blank the room screen (B), or show it again (B again, or any next key)."""
        state, _, _ = self._current()
        blank = not state.seminar.blank
        self._after_action(self.store.set_blank(state.seminar.id, blank))
        self.say(t("seminar.announce.blank" if blank else "seminar.announce.unblank"))

    def on_back(self, value: Any, form: dict[str, Any]) -> None:
        """One step back within a question: reopen answers, hide results or the feedback."""
        back = {
            "closed": ("open", "seminar.announce.open_again"),
            "revealed": ("closed", "seminar.announce.hidden"),
            "feedback": ("revealed", "seminar.announce.revealed"),
        }
        state, _, _ = self._current()
        if state.phase in back:
            to, announce = back[state.phase]
            self._phase({state.phase}, to, announce)

    def on_close(self, value: Any, form: dict[str, Any]) -> None:
        self._phase({"open"}, "closed")

    def on_reopen(self, value: Any, form: dict[str, Any]) -> None:
        self._phase({"closed"}, "open", "seminar.announce.open_again")

    def on_reveal(self, value: Any, form: dict[str, Any]) -> None:
        self._phase({"closed"}, "revealed")

    def on_feedback(self, value: Any, form: dict[str, Any]) -> None:
        self._phase({"revealed"}, "feedback")

    def on_next(self, value: Any, form: dict[str, Any]) -> None:
        state, scenario, node = self._current()
        if scenario is None or node is None or state.phase not in {"revealed", "feedback"}:
            return
        option: int | None
        if value in (None, "", "majority"):
            option = majority_option(scenario, node, state.counts)
        else:
            try:
                option = int(value)
            except (TypeError, ValueError):
                return
        target = resolve(scenario, node, option)
        qid = state.seminar.question_id
        self._unblank(state)
        if target is None or target.is_ending:
            done = self.store.show_ending(
                state.seminar.id, qid, scenario.id, target.id if target is not None else None
            )
        else:
            done = (
                self.store.open_question(
                    state.seminar.id, scenario.id, target.id, question_kind(target), after=qid
                )
                is not None
            )
        self._after_action(done)
        if done:
            self.say(
                t(
                    "seminar.announce.ending"
                    if target is None or target.is_ending
                    else "seminar.announce.open"
                )
            )

    def on_lobby(self, value: Any, form: dict[str, Any]) -> None:
        state, _, _ = self._current()
        self._after_action(self.store.to_lobby(state.seminar.id))

    def on_newcode(self, value: Any, form: dict[str, Any]) -> None:
        state, _, _ = self._current()
        seminar = self.store.new_code(state.seminar.id)
        self._after_action(True)
        self.say(t("seminar.announce.new_code", code=seminar.code))

    # -- moderation -------------------------------------------------------------
    def _moderate(self, value: Any, status: str) -> None:
        state, _, _ = self._current()
        try:
            answer_id = int(value)
        except (TypeError, ValueError):
            return
        self._after_action(self.store.moderate(state.seminar.id, answer_id, status))

    def on_approve(self, value: Any, form: dict[str, Any]) -> None:
        self._moderate(value, "approved")

    def on_reject(self, value: Any, form: dict[str, Any]) -> None:
        self._moderate(value, "rejected")

    # -- end, export, delete ------------------------------------------------------
    def on_end(self, value: Any, form: dict[str, Any]) -> None:
        self._confirm = "end"

    def on_delete(self, value: Any, form: dict[str, Any]) -> None:
        self._confirm = "delete"

    def on_cancel(self, value: Any, form: dict[str, Any]) -> None:
        self._confirm = ""

    def on_confirm(self, value: Any, form: dict[str, Any]) -> None:
        what, self._confirm = self._confirm, ""
        if self._seminar_id is None or value != what:
            return
        if what == "end":
            self.store.end(self._seminar_id)
            self._after_action(True)
            self.say(t("seminar.announce.ended"))
        elif what == "delete":
            self.store.delete(self._seminar_id)
            self._show_home()
            self.say(t("seminar.announce.deleted"))

    def on_export(self, value: Any, form: dict[str, Any]) -> None:
        from widgets.seminar.flow import results_csv

        if self._seminar_id is None:
            return
        self._csv = results_csv(self.store, self._seminar_id)
        self.say(t("seminar.export.ready"))

    # -- state and rendering -----------------------------------------------------------
    def _reload(self) -> None:
        super()._reload()
        state = self._state
        if state is None:
            if self.screen == "seminar":
                self.screen = "gone"
            return
        self.phase = state.phase
        self.answered = state.answered
        self.participants = state.participants
        question = state.question
        if question is not None and question.kind == "text":
            self._texts = self.store.texts(question.id)
        else:
            self._texts = []
        self._summary = room_summary(self.store, state)

    def _findings(self, answer: Any) -> Any:
        """The feedback engine's reading of a text (cached per answer and text)."""
        key = (answer.id, answer.text)
        if key not in self._feedback_cache:
            self._feedback_cache[key] = _feedback(answer.text)
        return self._feedback_cache[key]

    def render(self) -> str:
        ctx: dict[str, Any] = {
            "screen": self.screen,
            "error": self.error,
            "env_name": access.ENV_PASSPHRASE,
            "min_length": access.MIN_PASSPHRASE,
            "short": access.passphrase_status() == "short",
            "attempts": self._attempts,
            "running": self._running,
            "connected": self.connected,
        }
        if self.screen == "seminar" and self._state is not None:
            ctx.update(seminar_context(self._state, self._step()))
            state = self._state
            ctx.update(
                confirm=self._confirm,
                projector_href=f"skjerm.ipynb?vis={self._display_token}"
                if self._display_token
                else "",
                csv_href=_download(self._csv) if self._csv is not None else "",
                csv_name=f"seminar-{state.seminar.code}.csv",
                scenarios=[
                    {"id": s.id, "title": s.title, "for_seminar": "seminar" in s.stages}
                    for s in seminar_scenarios()
                ],
                pending=[(a, self._findings(a)) for a in self._texts if a.status == "pending"],
                approved=[a for a in self._texts if a.status == "approved"],
                rejected=sum(1 for a in self._texts if a.status == "rejected"),
                majority=_majority_letter(state, ctx.get("step")),
                summary=self._summary,
                blank=state.seminar.blank,
            )
            ctx["plan"] = _plan(state, ctx["step"], ctx["majority"])
            room = room_context(
                state, ctx["step"], texts=ctx["approved"], summary=self._summary, controls=False
            )
            ctx["preview"] = Markup(render_template("seminar_projector.html.j2", room=room))
        return render_template("seminar_facilitator.html.j2", **ctx)


def _after_next(step: dict[str, Any] | None, option: int | None) -> str:
    """What «Neste steg» leads to, in words: the next question, or the end."""
    if not step or step.get("broken") or step["node"] is None:
        return ""
    target = resolve(step["scenario"], step["node"], option)
    if target is None or target.is_ending:
        return t("seminar.plan.to_end")
    prompt = target.prompt or (target.free_text.prompt if target.free_text else "")
    return t("seminar.plan.to_question", prompt=prompt) if prompt else t("seminar.plan.to_step")


def _plan(state: SeminarState, step: dict[str, Any] | None, majority: str) -> dict[str, Any]:
    """The one next action, the one before it (back), and what comes after, for the console.

    ``next`` and ``back`` are ``(action, value, label)`` or ``None``; keys and
    clickers press them (``data-keys`` in the template).
    """
    phase = state.phase
    kind = step.get("kind") if step and not step.get("broken") else ""
    nxt: tuple[str, str, str] | None = None
    back: tuple[str, str, str] | None = None
    after = ""
    if phase == "open":
        nxt = ("close", "", t("seminar.facilitator.close"))
        after = t("seminar.facilitator.reveal")
    elif phase == "closed":
        nxt = ("reveal", "", t("seminar.facilitator.reveal"))
        back = ("back", "", t("seminar.facilitator.reopen"))
        after = (
            t("seminar.facilitator.feedback") if kind == "choice" else t("seminar.facilitator.next")
        )
    elif phase == "revealed" and kind == "choice":
        nxt = ("feedback", "", t("seminar.facilitator.feedback"))
        back = ("back", "", t("seminar.facilitator.hide_results"))
        after = _next_label(majority)
    elif phase in {"revealed", "feedback"}:
        nxt = ("next", "majority" if kind == "choice" else "", _next_label(majority))
        if phase == "feedback":
            back = ("back", "", t("seminar.facilitator.hide_feedback"))
        else:
            back = ("back", "", t("seminar.facilitator.hide_results"))
        option = None
        if kind == "choice" and step is not None:
            option = majority_option(step["scenario"], step["node"], state.counts)
        after = _after_next(step, option)
    elif phase == "ending":
        nxt = ("lobby", "", t("seminar.facilitator.lobby"))
        after = t("seminar.plan.pick_next")
    elif phase == "lobby":
        after = t("seminar.plan.pick")
    return {"next": nxt, "back": back, "after": after}


def _next_label(majority: str) -> str:
    if majority:
        return t("seminar.facilitator.next_majority", letter=majority)
    return t("seminar.facilitator.next")


def _download(data: bytes) -> str:
    from widgets.ui.html import download_href

    return download_href(data, "text/csv;charset=utf-8")


def _majority_letter(state: SeminarState, step: dict[str, Any] | None) -> str:
    if not step or step.get("broken") or not step["options"]:
        return ""
    index = majority_option(step["scenario"], step["node"], state.counts)
    return next((r.letter for r in step["options"] if r.index == index), "")


def _feedback(text: str) -> Any:
    """The feedback engine on a participant's text; ``None`` when the engine is unavailable."""
    try:
        from widgets.ui.feedback import give_feedback

        return give_feedback(text)
    except ImportError:
        log.warning("the feedback engine (widgets.feedback) is not available")
        return None
