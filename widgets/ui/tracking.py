"""Progress tracking for the course's widgets, wired in by the widgets themselves.

A :class:`~widgets.ui.player.ScenarioPlayer` and a
:class:`~widgets.ui.quiz.QuizWidget` call :func:`track_player` /
:func:`track_quiz` when they are made, so no notebook has to wire callbacks.
What happens is decided when the trainee acts: if the page has a course key
(:func:`widgets.progress.session.page_session`), the finished scenario or the
answer is kept; without a key nothing is stored anywhere. Recording never
breaks the widget: a failure is logged and the player says it was not saved.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from widgets.content import catalog
from widgets.progress.course import STAGES, page_info
from widgets.progress.session import PageSession, page_session
from widgets.storage.errors import StorageError, TraineeGone
from widgets.strings import t
from widgets.ui.live import UserError

if TYPE_CHECKING:
    from widgets.quiz import Grade, QuizAttempt
    from widgets.scenario import Summary
    from widgets.ui.player import ScenarioPlayer
    from widgets.ui.quiz import QuizWidget

__all__ = ["problem_message", "track_player", "track_quiz", "where"]

log = logging.getLogger("verksted.progress")


def where(session: PageSession, stages: list[str] | tuple[str, ...] = ()) -> tuple[str | None, str]:
    """This page's path (if known) and the stage a record belongs to.

    The page's own stage when it is a Studie, Seminar or Kurs page, else the
    content's first stage.
    """
    page = session.page
    stage = ""
    if page:
        try:
            info = page_info(catalog.course(), page)
        except catalog.ContentError:
            info = None
        if info is not None and info.stage in STAGES:
            stage = info.stage
    if not stage:
        stage = stages[0] if stages else ""
    return page, stage


def problem_message(session: PageSession) -> str:
    """The Norwegian message for why the page has no trainee ('' when it has one or no key)."""
    problem = session.problem
    if problem is None:
        return ""
    if problem.kind == "unknown_word":
        text = t("progress.key.unknown_word", word=problem.word)
        if problem.suggestion:
            text += " " + t("progress.key.did_you_mean", word=problem.suggestion)
        return text
    if problem.kind == "throttled":
        return t("progress.key.throttled", seconds=problem.seconds)
    return t(f"progress.key.{problem.kind}")


def require_trainee(session: PageSession, no_key: str) -> PageSession:
    """The session, if it has a trainee; else a UserError saying why (string key ``no_key``
    when no key was given at all)."""
    if not session.active:
        raise UserError(problem_message(session) or t(no_key))
    return session


def _record(session: PageSession, fn: Any) -> str:
    """Run a store write for the page's trainee; returns a note for the widget."""
    try:
        session.resolve()
        if not session.active:
            return problem_message(session)
        fn(session.trainee_id)
    except TraineeGone:
        session.gone()
        return problem_message(session)
    except StorageError:
        log.exception("progress could not be stored")
        return t("progress.not_saved")
    except Exception:
        log.exception("progress could not be stored")
        return t("progress.not_saved")
    session.changed()
    return t("progress.saved")


def track_player(player: ScenarioPlayer) -> None:
    """Keep every play-through of ``player`` that reaches an end, when the page has a key."""
    session = page_session()
    if player.scenario_id not in session.scenarios:
        session.scenarios.append(player.scenario_id)

    def finished(summary: Summary) -> None:
        scenario = player.scenario
        ending = player.run.node_id if player.run is not None and player.run.ending else None

        def store(trainee_id: int) -> None:
            page, stage = where(session, scenario.stages)
            session.store.record_play(
                trainee_id,
                scenario_id=scenario.id,
                module=scenario.module,
                stage=stage,
                page=page,
                path=[
                    (s.node_id, s.option_index if s.option is not None else None)
                    for s in summary.steps
                ],
                verdicts=dict(summary.verdicts),
                honoured=dict(summary.honoured),
                broken=dict(summary.broken),
                ending=ending,
            )

        player.progress_note = _record(session, store)

    player.on_finish(finished)


def track_quiz(quiz: QuizWidget) -> None:
    """Keep every answer given in ``quiz``, when the page has a key."""
    session = page_session()
    if quiz.attempt is not None:
        session.quizzes[quiz.attempt.quiz.id] = len(quiz.attempt.quiz.questions)

    def answered(grade: Grade, attempt: QuizAttempt) -> None:
        def store(trainee_id: int) -> None:
            page, stage = where(session, attempt.quiz.stages)
            session.store.record_answer(
                trainee_id,
                quiz_id=attempt.quiz.id,
                question_id=grade.question_id,
                module=attempt.quiz.module,
                stage=stage,
                page=page,
                selected=sorted(grade.selected),
                outcome=grade.outcome,
            )

        quiz.progress_note = _record(session, store)

    quiz.on_answer(answered)
