"""Seminar mode's pages: the facilitator's dashboard, a participant's phone, the projector.

Each page is a kernel of its own; they meet only in the database. A view
follows its seminar with one asyncio task on the kernel's loop that asks the
database about three times a second whether anything changed (a version
counter) and, if so, reads the new state and renders again inside
``hold_sync()``. The task stops when the widget is closed. Without a running
loop (tests, scripts) nothing polls by itself: call :meth:`poll`.

Security-relevant state (signed in, which seminar, which participant) lives
in private attributes, never in synced traits: a page can send any trait
value it likes, but only ``request`` is read.
"""

from __future__ import annotations

import asyncio
import logging
import time
from functools import cache
from typing import Any, ClassVar

import traitlets

from widgets.content import catalog
from widgets.content.models import Node, Scenario
from widgets.seminar import access
from widgets.seminar.codes import normalise_code
from widgets.seminar.flow import (
    majority_option,
    option_results,
    question_kind,
    resolve,
    seminar_scenarios,
)
from widgets.storage.db import StorageBusy, StorageError
from widgets.storage.seminar import (
    CodeExpired,
    CodeNotFound,
    Participant,
    QuestionClosed,
    SeminarEnded,
    SeminarGone,
    SeminarState,
    SeminarStore,
    Versions,
    utcnow,
)
from widgets.strings import t
from widgets.ui.live import LiveView, UserError, render_template

__all__ = ["FacilitatorView", "ParticipantView", "ProjectorView"]

log = logging.getLogger("verksted")

#: Polls per second is 1 / POLL_SECONDS: an answer reaches the dashboard well within a second.
POLL_SECONDS = 0.3
#: Longest wait between polls while the database cannot be reached.
MAX_BACKOFF = 5.0
#: How long a participant page waits for the browser to say whether it was here before.
REMEMBER_WAIT = 5.0


#: Marks "not polled yet" (``None`` from the database means the seminar is gone).
_UNSEEN = object()


class _Following(LiveView):
    """A LiveView that follows one seminar through the database."""

    @staticmethod
    def _key(versions: Versions) -> object:
        """What this page follows: dashboards every change, including the answer count."""
        return (versions.version, versions.answers)

    connected = traitlets.Bool(True, help="False while the database cannot be reached.").tag(
        sync=True
    )

    def __init__(self, *, store: SeminarStore | None = None, **kwargs: Any) -> None:
        self._store = store
        self._seminar_id: int | None = None
        self._seen: object = _UNSEEN
        self._task: asyncio.Task | None = None
        self._closed = False
        self._state: SeminarState | None = None
        super().__init__(**kwargs)

    @property
    def store(self) -> SeminarStore:
        if self._store is None:
            self._store = SeminarStore()
        return self._store

    # -- following ------------------------------------------------------------
    def _follow(self, seminar_id: int) -> None:
        self._seminar_id = seminar_id
        self._seen = _UNSEEN
        if self._task is None and not self._closed:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # no kernel loop: tests call poll() themselves
            self._task = loop.create_task(self._run())

    async def _run(self) -> None:
        delay = POLL_SECONDS
        while not self._closed:
            await asyncio.sleep(delay)
            try:
                self.poll()
                delay = POLL_SECONDS
            except Exception:
                if self.connected:
                    log.exception("%s: polling the database failed", type(self).__name__)
                    self.connected = False
                    self.refresh()
                delay = min(delay * 2, MAX_BACKOFF)

    def poll(self) -> bool:
        """Ask the database whether the seminar changed; if so, load and render. Returns whether."""
        self._tick()
        if self._seminar_id is None:
            return False
        versions = self.store.versions(self._seminar_id)
        reconnected = not self.connected
        key = None if versions is None else self._key(versions)
        if key == self._seen and not reconnected:
            return False
        self._seen = key
        with self.hold_sync():
            self.connected = True
            self._reload()
            self.refresh()
        return True

    def _tick(self) -> None:
        """Work to do on every poll before the version check (subclasses)."""

    def _reload(self) -> None:
        """Read the seminar's state after a change (subclasses extend)."""
        self._state = self.store.state(self._seminar_id) if self._seminar_id is not None else None
        if self._state is None:
            self._stop()

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def close(self) -> None:
        """Close the widget and stop following."""
        self._closed = True
        self._stop()
        super().close()

    # -- shared view pieces -------------------------------------------------------
    def _step(self) -> dict[str, Any] | None:
        """The current scenario node as templates show it, or ``None``."""
        state = self._state
        if state is None or state.seminar.scenario_id is None:
            return None
        found = _scenario_node(state.seminar.scenario_id, state.seminar.node_id)
        if found is None:
            return {"broken": True}
        scenario, node = found
        question = state.question
        # Results stay hidden until the reveal, on every screen: people should
        # not follow the majority.
        shown = question is not None and state.phase in {"revealed", "feedback"}
        counts = state.counts if shown else {}
        return {
            "broken": False,
            "scenario": scenario,
            "node": node,
            "lines": _lines(scenario, node),
            "kind": question.kind if question is not None else "",
            "question": question,
            "options": option_results(scenario, node, counts) if node and node.options else [],
            "ending": node.ending if node else None,
            "answered": state.answered,
            "participants": state.participants,
        }


def _scenario_node(scenario_id: str, node_id: str | None) -> tuple[Scenario, Node | None] | None:
    """The scenario and node a seminar shows (the catalog caches them), or ``None`` if missing."""
    try:
        scenario = catalog.scenario(scenario_id)
        return scenario, (scenario.node(node_id) if node_id else None)
    except (catalog.ContentError, KeyError):
        log.error("seminar: scenario %s node %s is missing", scenario_id, node_id)
        return None


def _lines(scenario: Scenario, node: Node | None) -> list[dict[str, str]]:
    if node is None:
        return []
    out = []
    for line in node.lines:
        try:
            who = scenario.character(line.who).name if line.who else ""
        except KeyError:
            who = ""
        out.append({"who": who, "text": line.text})
    return out


def _busy_message() -> str:
    return t("seminar.error.busy")


# ----------------------------------------------------------------------------
# Participant
# ----------------------------------------------------------------------------


class ParticipantView(_Following):
    """A participant's phone: join with a code, get a nickname, answer what is asked.

    ``ParticipantView(code=query_params().get("kode"))`` is the whole join page.
    The browser keeps a random token (``localStorage``, one per seminar) so
    that reloading the page, or opening the link again on the same phone, is
    the same participant with the same nickname and answers.
    """

    @staticmethod
    def _key(versions: Versions) -> object:
        return versions.stage  # a phone shows no counts: only what participants see

    actions: ClassVar[frozenset[str]] = frozenset({"code", "remembered", "answer", "write"})

    screen = traitlets.Enum(
        ["code", "joining", "joined", "ended", "gone", "broken"],
        "code",
        help="Where the participant is.",
    ).tag(sync=True)
    code = traitlets.Unicode("", help="The seminar's join code once accepted.").tag(sync=True)
    nickname = traitlets.Unicode("", help="The participant's generated nickname.").tag(sync=True)
    phase = traitlets.Unicode("", help="The seminar's phase as last seen.").tag(sync=True)
    remember_key = traitlets.Unicode(
        "", help="Browser storage key for this seminar's participant token (see live.js)."
    ).tag(sync=True)
    remember_value = traitlets.Unicode(
        "", help="A new participant token for the browser to keep under remember_key."
    ).tag(sync=True)

    def __init__(
        self, code: str | None = None, *, store: SeminarStore | None = None, **kwargs: Any
    ) -> None:
        self._participant: Participant | None = None
        self._mine: Any = None
        self._texts: list[Any] = []
        self._pending: dict[str, Any] | None = None
        self._draft = ""
        self._typed = ""
        self._joining_since = 0.0
        self._last_question: int | None = None
        self._last_phase = ""
        super().__init__(store=store, **kwargs)
        if code:
            try:
                self._enter(code)
            except UserError as exc:
                self.error = str(exc)
                self._typed = code[:20]
            except StorageError:
                log.exception("participant page: no database")
                self.screen = "broken"
        self.refresh()

    @staticmethod
    def prepare() -> None:
        """Warm up before anyone asks for the page (a preheated kernel runs this early).

        Loads the storage layer, checks the schema and compiles the templates,
        so that the page answers fast when a phone opens it. The connection is
        then let go: forty waiting kernels must not hold forty PostgreSQL
        connections. Problems are logged, not raised: the page shows them when
        it is opened.
        """
        try:
            SeminarStore().db.engine.dispose()
            render_template("seminar_participant.html.j2", **_participant_context_empty())
        except Exception:
            log.exception("participant page: warm-up failed")

    # -- joining -----------------------------------------------------------------
    def _enter(self, raw: str) -> None:
        code = normalise_code(raw)
        if code is None:
            raise UserError(t("seminar.join.bad_code"))
        try:
            seminar = self.store.by_code(code)
        except CodeNotFound:
            raise UserError(t("seminar.join.unknown_code")) from None
        except CodeExpired:
            raise UserError(t("seminar.join.expired_code")) from None
        except SeminarEnded:
            raise UserError(t("seminar.join.ended")) from None
        self._seminar_id = seminar.id
        self.code = code
        self.screen = "joining"
        self._joining_since = time.monotonic()
        # The browser answers with the token it keeps for this seminar, if any
        # (per seminar, not per code: a new code must not make a new participant).
        self.remember_key = f"verksted-seminar-{seminar.id}-{int(seminar.created_at.timestamp())}"
        self._follow(seminar.id)

    def _join(self, token: str | None) -> None:
        participant = self.store.join(self._seminar_id, token)
        self._participant = participant
        self.nickname = participant.nickname
        if participant.token:
            self.remember_value = participant.token
        self.screen = "joined"
        self._seen = _UNSEEN
        self._reload()
        self.say(t("seminar.join.welcome", nickname=participant.nickname))

    def on_code(self, value: Any, form: dict[str, Any]) -> None:
        if self.screen != "code":
            return
        raw = form.get("code", value)
        self._typed = raw[:20] if isinstance(raw, str) else ""
        self._enter(raw if isinstance(raw, str) else "")

    def on_remembered(self, value: Any, form: dict[str, Any]) -> None:
        if self.screen != "joining" or self._seminar_id is None:
            return
        token = value if isinstance(value, str) and 0 < len(value) <= 100 else None
        try:
            self._join(token)
        except SeminarGone:
            self.screen = "gone"
        except StorageBusy:
            raise UserError(_busy_message()) from None

    # -- answering -------------------------------------------------------------
    def _current_open(self) -> Any:
        def is_open() -> bool:
            state = self._state
            return state is not None and state.question is not None and state.phase == "open"

        if self._participant is None:
            raise UserError(t("seminar.answer.closed"))
        if not is_open():
            self._reload()  # the page may be a poll behind the facilitator
        if not is_open():
            raise UserError(t("seminar.answer.closed"))
        return self._state.question

    def on_answer(self, value: Any, form: dict[str, Any]) -> None:
        question = self._current_open()
        found = _scenario_node(question.scenario_id, question.node_id)
        try:
            option = int(value)
        except (TypeError, ValueError):
            raise UserError(t("error.generic")) from None
        if found is None or found[1] is None or not 0 <= option < len(found[1].options):
            raise UserError(t("error.generic"))
        self._store_answer({"question": question.id, "option": option})

    def on_write(self, value: Any, form: dict[str, Any]) -> None:
        question = self._current_open()
        if question.kind != "text":
            return
        words = form.get("words", value)
        if not isinstance(words, str) or not words.strip():
            raise UserError(t("seminar.answer.empty"))
        self._draft = words[: self._max_text]
        self._store_answer({"question": question.id, "text": self._draft})

    _max_text: ClassVar[int] = 1000

    def _store_answer(self, answer: dict[str, Any]) -> None:
        self._pending = answer
        outcome = self._flush()
        if outcome == "busy":
            raise UserError(t("seminar.answer.pending"))
        if outcome == "closed":
            raise UserError(t("seminar.answer.closed"))
        if outcome == "saved":
            self.say(t("seminar.answer.saved"))

    def _tick(self) -> None:
        # A browser that never answers (storage blocked, old page): join as new.
        if self.screen == "joining" and time.monotonic() - self._joining_since > REMEMBER_WAIT:
            log.info("participant page: no token from the browser, joining as new")
            try:
                self._join(None)
            except (SeminarGone, StorageBusy):
                return
            self.refresh()
        if self._pending is not None:
            outcome = self._flush()
            if outcome != "busy":
                self.error = t("seminar.answer.closed") if outcome == "closed" else ""
                self.refresh()

    def _flush(self) -> str:
        """Store the pending answer: ``saved``, ``busy`` (kept, retried at the next poll),
        ``closed`` (answering ended meanwhile) or ``gone``."""
        pending = self._pending
        if pending is None or self._participant is None:
            return "saved"
        try:
            self.store.answer(
                self._seminar_id,
                self._participant.id,
                pending["question"],
                option=pending.get("option"),
                text=pending.get("text"),
            )
        except StorageBusy:
            return "busy"
        except QuestionClosed:
            self._pending = None
            return "closed"
        except SeminarGone:
            self._pending = None
            self.screen = "gone"
            return "gone"
        self._pending = None
        self._mine = self.store.my_answer(self._participant.id, pending["question"])
        return "saved"

    # -- state ----------------------------------------------------------------
    def _reload(self) -> None:
        super()._reload()
        state = self._state
        if state is None:
            if self.screen in {"joining", "joined"}:
                self.screen = "gone"
            return
        if state.phase == "ended":
            self.screen = "ended"
            self._stop()
        self.phase = state.phase
        question = state.question
        if self._participant is not None and question is not None:
            self._mine = self.store.my_answer(self._participant.id, question.id)
            revealed = state.phase in {"revealed", "feedback"}
            self._texts = self.store.texts(question.id, "approved") if revealed else []
            if question.id != self._last_question:
                self._draft = ""
                if self._pending is not None and self._pending["question"] != question.id:
                    self._pending = None
        else:
            self._mine, self._texts = None, []
        # Tell screen readers what changed on the big screen.
        qid = question.id if question is not None else None
        if self.screen == "joined" and (qid, state.phase) != (
            self._last_question,
            self._last_phase,
        ):
            message = {
                "open": "seminar.announce.open",
                "closed": "seminar.announce.closed",
                "revealed": "seminar.announce.revealed",
                "feedback": "seminar.announce.feedback",
                "ending": "seminar.announce.ending",
            }.get(state.phase)
            if message and self._last_phase:
                self.say(t(message))
        self._last_question, self._last_phase = qid, state.phase

    def render(self) -> str:
        ctx = _participant_context_empty()
        ctx.update(
            screen=self.screen,
            error=self.error,
            typed=self._typed,
            code=self.code,
            nickname=self.nickname,
            connected=self.connected,
            pending=self._pending is not None,
        )
        if self.screen == "joined" and self._state is not None:
            step = self._step()
            ctx.update(
                phase=self._state.phase,
                step=step,
                mine=self._mine,
                texts=self._texts,
                draft=self._draft,
                max_text=self._max_text,
            )
        return render_template("seminar_participant.html.j2", **ctx)


def _participant_context_empty() -> dict[str, Any]:
    return {
        "screen": "code",
        "error": "",
        "typed": "",
        "code": "",
        "nickname": "",
        "connected": True,
        "pending": False,
        "phase": "",
        "step": None,
        "mine": None,
        "texts": [],
        "draft": "",
        "max_text": 1000,
    }


# ----------------------------------------------------------------------------
# Facilitator
# ----------------------------------------------------------------------------


class FacilitatorView(_Following):
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
        found = _scenario_node(state.seminar.scenario_id, state.seminar.node_id)
        if found is None:
            raise UserError(t("error.content_missing"))
        return state, found[0], found[1]

    def _after_action(self, done: bool) -> None:
        """Re-read the state; a stale action (double click, other tab) changes nothing."""
        self._seen = _UNSEEN
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
        q = self.store.open_question(
            state.seminar.id, scenario.id, node.id, question_kind(node), after=current
        )
        self._after_action(q is not None)

    def _phase(self, frm: set[str], to: str) -> None:
        state, _, _ = self._current()
        done = self.store.set_phase(state.seminar.id, state.seminar.question_id, frm, to)
        self._after_action(done)

    def on_close(self, value: Any, form: dict[str, Any]) -> None:
        self._phase({"open"}, "closed")

    def on_reopen(self, value: Any, form: dict[str, Any]) -> None:
        self._phase({"closed"}, "open")

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
            ctx.update(_seminar_context(self._state, self._step()))
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
            )
        return render_template("seminar_facilitator.html.j2", **ctx)


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


def _seminar_context(state: SeminarState, step: dict[str, Any] | None) -> dict[str, Any]:
    """What the facilitator's and the projector's screens have in common."""
    seminar = state.seminar
    url = access.join_url(seminar.code)
    return {
        "seminar": seminar,
        "phase": seminar.phase,
        "code": seminar.code,
        "code_valid": seminar.code_valid(),
        "join_url": url or "",
        "join_text": _short_url(url) if url else "",
        "qr": _qr(url) if url else "",
        "step": step,
        "answered": state.answered,
        "participants": state.participants,
    }


@cache
def _qr(url: str) -> str:
    from markupsafe import Markup

    return Markup(access.qr_svg(url))


def _short_url(url: str) -> str:
    """The link without ``https://``, for reading off a screen."""
    return url.split("://", 1)[-1]


# ----------------------------------------------------------------------------
# Projector
# ----------------------------------------------------------------------------


class ProjectorView(_Following):
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
            ctx.update(_seminar_context(self._state, self._step()))
            ctx["texts"] = self._texts
        return render_template("seminar_projector.html.j2", **ctx)
