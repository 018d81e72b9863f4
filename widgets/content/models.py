"""The course content model: what a module, scenario, quiz and page are.

These pydantic models define the *structure* of the YAML files in ``modules/``.
Cross-references (``next`` targets, principle ids, module ids) and the graph
checks are done by :mod:`widgets.content.check`, which reports every problem at
once with a file and line.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

try:
    from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
except ImportError:  # the static edition's browser: the same classes, built from checked data
    from widgets.content.plain import (  # type: ignore[assignment]
        BaseModel,
        ConfigDict,
        Field,
        StringConstraints,
        model_validator,
    )

__all__ = [
    "END",
    "Answer",
    "Character",
    "Course",
    "Ending",
    "FreeText",
    "Line",
    "Module",
    "Node",
    "Option",
    "Page",
    "PracticeSet",
    "PrincipleText",
    "Question",
    "Quiz",
    "Reflection",
    "Role",
    "Scenario",
    "Situation",
    "Stage",
    "StageInfo",
    "Verdict",
]

#: The ``next`` value that ends a scenario (besides ending nodes).
END = "slutt"

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

Stage = Literal["studie", "seminar", "kurs"]
Role = Literal["deltaker", "igangsetter"]
Verdict = Literal["god", "delvis", "uheldig"]
GroupKind = Literal["parorende", "blandet", "felles-problem"]

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class _Strict(BaseModel):
    # Unknown keys are almost always typos in hand-written YAML; reject them.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Character(_Strict):
    """A person in a scenario, with a voice of their own."""

    id: Slug
    name: Text
    description: Text = Field(description="Who they are, in one or two sentences.")


class Line(_Strict):
    """One thing a character says (or a short narration when ``who`` is omitted)."""

    who: Slug | None = None
    text: Text


class Option(_Strict):
    """A choice the trainee can make at a node."""

    text: Text
    verdict: Verdict
    honours: list[str] = Field(default_factory=list, description="Principle ids it honours.")
    breaks: list[str] = Field(default_factory=list, description="Principle ids it goes against.")
    feedback: str = Field(description="Why this choice is good or not, for the trainee.")
    next: str = Field(description=f"The next node's id, or '{END}' to end the scenario.")

    @property
    def principles(self) -> list[str]:
        """Every principle the option touches, honoured first."""
        return [*self.honours, *self.breaks]


class FreeText(_Strict):
    """A step where the trainee writes what they would say in their own words."""

    prompt: Text
    placeholder: str = ""
    next: str | None = Field(
        None,
        description=f"The next node's id, or '{END}'; only when the node has no options "
        "(beside options, the written words are practice and the chosen option leads on).",
    )


class Ending(_Strict):
    """How a scenario ends on a given path."""

    title: Text
    text: Text


class Node(_Strict):
    """A moment in a scenario: what is said, then a decision or an ending."""

    id: Slug
    lines: list[Line] = Field(default_factory=list)
    prompt: str | None = None
    options: list[Option] = Field(default_factory=list)
    free_text: FreeText | None = None
    ending: Ending | None = None

    @model_validator(mode="after")
    def _decision_or_ending(self) -> Node:
        deciding = bool(self.options) or self.free_text is not None
        if deciding and self.ending is not None:
            raise ValueError(
                "a node is either a decision (options/free_text) or an ending, not both"
            )
        if not deciding and self.ending is None:
            raise ValueError("a node needs options, free_text or an ending")
        if self.free_text is not None:
            if not self.options and self.free_text.next is None:
                raise ValueError("free_text needs 'next' when the node has no options")
            if self.options and self.free_text.next is not None:
                raise ValueError("free_text beside options takes no 'next': the options lead on")
        return self

    @property
    def is_ending(self) -> bool:
        return self.ending is not None

    @property
    def targets(self) -> list[str]:
        """Every ``next`` this node can lead to."""
        out = [o.next for o in self.options]
        if self.free_text is not None and not self.options:
            out.append(self.free_text.next)
        return out


class Scenario(_Strict):
    """A branching role-play scenario."""

    id: Slug
    title: Text
    module: Slug
    stages: list[Stage] = Field(min_length=1)
    role: Role
    group: GroupKind = Field(description="The kind of group the scenario is set in.")
    setting: Text
    characters: list[Character] = Field(min_length=1)
    start: Slug | None = None
    nodes: list[Node] = Field(min_length=1)
    focus: list[str] = Field(
        min_length=1, description="The principle ids the scenario is mainly about (it drives them)."
    )
    goals: list[Text] = Field(default_factory=list, description="What the trainee practises.")

    @property
    def start_id(self) -> str:
        return self.start or self.nodes[0].id

    def node(self, node_id: str) -> Node:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def character(self, char_id: str) -> Character:
        for char in self.characters:
            if char.id == char_id:
                return char
        raise KeyError(char_id)

    @property
    def decision_points(self) -> int:
        return sum(1 for n in self.nodes if not n.is_ending)


class Answer(_Strict):
    text: Text
    correct: bool = False
    explanation: Text


class Question(_Strict):
    id: Slug
    kind: Literal["single", "multiple"]
    text: Text
    answers: list[Answer] = Field(min_length=2)

    @model_validator(mode="after")
    def _has_correct(self) -> Question:
        right = sum(a.correct for a in self.answers)
        if self.kind == "single" and right != 1:
            raise ValueError(
                f"a single-choice question needs exactly one correct answer, not {right}"
            )
        if self.kind == "multiple" and right < 1:
            raise ValueError("a multiple-choice question needs at least one correct answer")
        return self


class Quiz(_Strict):
    id: Slug
    title: Text
    module: Slug
    stages: list[Stage] = Field(min_length=1)
    intro: str = ""
    questions: list[Question] = Field(min_length=1)


class Reflection(_Strict):
    id: Slug
    stage: Stage
    prompt: Text


class Module(_Strict):
    """A module's metadata (``module.yaml``); texts, scenarios and quizzes sit beside it."""

    id: Slug
    title: Text
    order: int = Field(ge=1)
    summary: Text
    reflections: list[Reflection] = Field(default_factory=list)


class StageInfo(_Strict):
    id: Literal["studie", "seminar", "kurs", "igangsetting"]
    title: Text
    summary: Text


class Page(_Strict):
    """A notebook in ``course/``, in course order."""

    path: Annotated[str, StringConstraints(pattern=r"^[a-z0-9/_-]+\.ipynb$")]
    title: Text
    stage: Literal["start", "studie", "seminar", "kurs", "igangsetting"]
    module: Slug | None = None
    kind: Literal["lesson", "tool"] = Field(
        "lesson",
        description="Lessons count towards progress; tools (planners, seminar pages) do not.",
    )
    summary: str = ""


class Course(_Strict):
    """``modules/course.yaml``: the stages and every page in course order."""

    title: Text
    stages: list[StageInfo] = Field(min_length=1)
    pages: list[Page] = Field(min_length=1)


class Situation(_Strict):
    """Something a participant says, for the trainee to answer in their own words."""

    id: Slug
    who: Text
    says: Text


class PracticeSet(_Strict):
    """``modules/ovingsbenk.yaml``: situations for the practice bench."""

    situations: list[Situation] = Field(min_length=1)


class PrincipleText(_Strict):
    """The course's own explanation of a principle (``modules/principles.yaml``)."""

    name: Text = Field(description="Selvhjelp Norge's name for it, word for word.")
    short: Text = Field(description="One sentence, shown beside feedback.")
    practice: Text = Field(description="What it means in practice, a short paragraph.")
