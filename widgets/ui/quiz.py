"""The quiz widget: single and multiple choice with an explanation per answer."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, ClassVar

import traitlets

from widgets.content import catalog
from widgets.content.models import Quiz
from widgets.quiz import Grade, QuizAttempt
from widgets.strings import t
from widgets.ui.live import LiveView, UserError, render_template

__all__ = ["QuizWidget"]

_ids = itertools.count(1)
log = logging.getLogger("verksted")


class QuizWidget(LiveView):
    """Shows a quiz; each question is checked on its own and explained."""

    actions: ClassVar[frozenset[str]] = frozenset({"check", "restart"})

    quiz_id = traitlets.Unicode(help="The id of the quiz shown.").tag(sync=True)
    score = traitlets.Int(0, help="Questions answered right so far.").tag(sync=True)

    def __init__(self, quiz: str | Quiz, **kwargs: Any) -> None:
        self._uid = f"vk-qz{next(_ids)}"
        self._focus = ""
        self._errors: dict[str, str] = {}
        self._answer_callbacks: list[Callable[[Grade, QuizAttempt], None]] = []
        try:
            q = quiz if isinstance(quiz, Quiz) else catalog.quiz(quiz)
        except catalog.ContentError:
            log.exception("quiz %r could not be loaded", quiz)
            q = None
        super().__init__(quiz_id=q.id if q else str(quiz), **kwargs)
        self.attempt = QuizAttempt(q) if q else None
        #: After an answer: whether it was kept for the page's course key.
        self.progress_note = ""
        if self.attempt is not None:
            from widgets.ui.tracking import track_quiz

            track_quiz(self)
        self.refresh()

    def on_answer(self, callback: Callable[[Grade, QuizAttempt], None]) -> None:
        """Call ``callback(grade, attempt)`` each time a question is answered."""
        self._answer_callbacks.append(callback)

    def render(self) -> str:
        if self.attempt is None:
            return render_template("error.html.j2", message=t("error.content_missing"))
        focus, self._focus = self._focus, ""
        return render_template(
            "quiz.html.j2",
            uid=self._uid,
            quiz=self.attempt.quiz,
            grades=self.attempt.grades,
            errors=self._errors,
            done=self.attempt.done,
            score=self.attempt.score,
            focus=focus,
            progress_note=self.progress_note,
        )

    def on_check(self, value: Any, form: dict[str, Any]) -> None:
        if self.attempt is None or not isinstance(value, str):
            return
        try:
            question = self.attempt.question(value)
        except KeyError:
            return
        if value in self.attempt.grades:
            return  # already answered (a double click)
        raw = form.get("a")
        picked = raw if isinstance(raw, list) else [] if raw is None else [raw]
        selected: set[int] = set()
        for item in picked:
            try:
                selected.add(int(item))
            except (TypeError, ValueError):
                continue
        if not selected or (question.kind == "single" and len(selected) != 1):
            msg = t("quiz.pick_one") if question.kind == "single" else t("quiz.pick_some")
            self._errors[value] = msg
            raise UserError(msg)
        self._errors.pop(value, None)
        grade = self.attempt.answer(value, selected)
        self.score = self.attempt.score
        self._focus = value
        self.say(
            t("quiz.right")
            if grade.correct
            else t("quiz.partly")
            if grade.partly
            else t("quiz.wrong")
        )
        for callback in self._answer_callbacks:
            callback(grade, self.attempt)

    def on_restart(self, value: Any, form: dict[str, Any]) -> None:
        if self.attempt is None:
            return
        self.attempt = QuizAttempt(self.attempt.quiz)
        self._errors.clear()
        self.score = 0
        self._focus = "title"
