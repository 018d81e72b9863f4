"""Grading quiz answers (model layer, no UI)."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Question, Quiz

__all__ = ["Grade", "QuizAttempt", "grade"]


@dataclass(frozen=True)
class Grade:
    """How one answered question went."""

    question_id: str
    selected: frozenset[int]
    correct: bool
    partly: bool  # some right answers chosen, but not exactly the right set

    @property
    def outcome(self) -> str:
        return "right" if self.correct else "partly" if self.partly else "wrong"


def grade(question: Question, selected: set[int] | frozenset[int]) -> Grade:
    """Grade a set of chosen answer indices; invalid indices are ignored."""
    chosen = frozenset(i for i in selected if 0 <= i < len(question.answers))
    right = frozenset(i for i, a in enumerate(question.answers) if a.correct)
    return Grade(question.id, chosen, chosen == right, bool(chosen & right) and chosen != right)


class QuizAttempt:
    """One attempt at a quiz: each question is answered once, then shown graded."""

    def __init__(self, quiz: Quiz) -> None:
        self.quiz = quiz
        self.grades: dict[str, Grade] = {}

    def question(self, question_id: str) -> Question:
        for q in self.quiz.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def answer(self, question_id: str, selected: set[int]) -> Grade:
        q = self.question(question_id)
        if q.kind == "single" and len(selected) != 1:
            raise ValueError("a single-choice question takes exactly one answer")
        if not selected:
            raise ValueError("no answer chosen")
        result = grade(q, selected)
        self.grades[question_id] = result
        return result

    @property
    def score(self) -> int:
        return sum(g.correct for g in self.grades.values())

    @property
    def done(self) -> bool:
        return len(self.grades) == len(self.quiz.questions)
