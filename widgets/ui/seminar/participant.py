"""The participant's phone: join with a code, get a nickname, answer what is asked."""

from __future__ import annotations

import logging
import time
from typing import Any, ClassVar

import traitlets

from widgets.seminar.codes import normalise_code
from widgets.storage.db import StorageBusy, StorageError
from widgets.storage.seminar import (
    CodeExpired,
    CodeNotFound,
    Participant,
    QuestionClosed,
    SeminarEnded,
    SeminarGone,
    SeminarStore,
    Versions,
)
from widgets.strings import t
from widgets.ui.live import UserError, render_template
from widgets.ui.seminar.base import UNSEEN, Following, busy_message, scenario_node

log = logging.getLogger("verksted")

#: How long a participant page waits for the browser to say whether it was here before.
REMEMBER_WAIT = 5.0


class ParticipantView(Following):
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
        self._seen = UNSEEN
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
            raise UserError(busy_message()) from None

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
        found = scenario_node(question.scenario_id, question.node_id)
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
