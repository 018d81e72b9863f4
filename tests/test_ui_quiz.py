from __future__ import annotations

import pytest

from widgets.content import catalog
from widgets.quiz import QuizAttempt, grade
from widgets.ui import QuizWidget

QUIZ_ID = "prinsippene-quiz"


def test_grade_single_multiple_and_partly():
    quiz = catalog.quiz(QUIZ_ID)
    single, multiple = quiz.questions[0], quiz.questions[2]
    assert grade(single, {1}).correct
    assert not grade(single, {0}).correct
    right = {i for i, a in enumerate(multiple.answers) if a.correct}
    assert grade(multiple, right).correct
    some = {min(right)}
    assert grade(multiple, some).partly and not grade(multiple, some).correct
    assert grade(multiple, {99}).selected == frozenset()


def test_attempt_scores():
    attempt = QuizAttempt(catalog.quiz(QUIZ_ID))
    attempt.answer("si-jeg", {1})
    attempt.answer("rad", {0})
    assert attempt.score == 1 and not attempt.done
    with pytest.raises(ValueError, match="exactly one answer"):
        attempt.answer("leder", {0, 1})


@pytest.fixture
def widget() -> QuizWidget:
    return QuizWidget(QUIZ_ID)


def test_renders_every_question_as_a_labelled_form(widget):
    quiz = catalog.quiz(QUIZ_ID)
    html = widget.html
    assert html.count("<fieldset") == len(quiz.questions)
    assert html.count('type="radio"') == sum(
        len(q.answers) for q in quiz.questions if q.kind == "single"
    )
    assert 'type="checkbox"' in html


def test_checking_shows_explanations_and_locks_the_question(widget):
    widget.request = {"action": "check", "value": "si-jeg", "form": {"a": "0"}, "seq": "1"}
    html = widget.html
    assert "Ikke helt." in html
    assert "«Man» gjør opplevelsen allmenn" in html  # explanation of the chosen answer
    assert "Med «jeg» eier du opplevelsen" in html  # and of the right one
    assert "<fieldset disabled>" in html
    widget.request = {"action": "check", "value": "si-jeg", "form": {"a": "1"}, "seq": "2"}
    assert widget.score == 0  # answered once


def test_no_answer_gives_a_message(widget):
    widget.dispatch("check", "smerte", {"a": []})
    assert "Velg minst ett svar først." in widget.html
    widget.dispatch("check", "si-jeg", {"a": None})
    assert "Velg ett svar først." in widget.html
    assert widget.attempt.grades == {}


def test_full_score_and_restart(widget):
    quiz = catalog.quiz(QUIZ_ID)
    for q in quiz.questions:
        right = [str(i) for i, a in enumerate(q.answers) if a.correct]
        widget.dispatch("check", q.id, {"a": right if q.kind == "multiple" else right[0]})
    assert widget.score == len(quiz.questions)
    assert f"Du har {len(quiz.questions)} av {len(quiz.questions)} riktige." in widget.html
    widget.dispatch("restart")
    assert widget.score == 0 and "<fieldset disabled>" not in widget.html


@pytest.mark.parametrize("form", [{"a": ["x", "1"]}, {"a": {"nested": 1}}, {}])
def test_hostile_form_values_do_not_crash(widget, form):
    widget.dispatch("check", "rad", form)
    assert "Traceback" not in widget.html
