"""What the progress store hands out: plain records, no database code."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["MAX_NOTE", "Answer", "Note", "Play", "Progress"]

#: The longest reflection note kept, in characters.
MAX_NOTE = 10_000


@dataclass(frozen=True)
class Play:
    """One scenario played to an end."""

    id: int
    scenario_id: str
    module: str | None
    stage: str
    page: str | None
    path: list[list[Any]]  # [node_id, option index or None for own words]
    verdicts: dict[str, int]
    honoured: dict[str, int]
    broken: dict[str, int]
    ending: str | None
    at: datetime


@dataclass(frozen=True)
class Answer:
    """The latest answer to one quiz question."""

    id: int
    quiz_id: str
    question_id: str
    module: str | None
    stage: str
    page: str | None
    selected: list[int]
    outcome: str  # right | partly | wrong
    at: datetime


@dataclass(frozen=True)
class Note:
    """A saved reflection note, still encrypted."""

    id: int
    module: str
    reflection_id: str
    stage: str
    nonce: bytes
    ciphertext: bytes
    at: datetime


@dataclass(frozen=True)
class Progress:
    """Everything kept for one trainee."""

    trainee_id: int
    pages: dict[str, datetime] = field(default_factory=dict)  # page path → when completed
    plays: list[Play] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def last_page(self) -> str | None:
        """The page of the most recent activity, if known."""
        events = [(at, page) for page, at in self.pages.items()]
        events += [(p.at, p.page) for p in self.plays if p.page]
        events += [(a.at, a.page) for a in self.answers if a.page]
        return max(events, key=lambda e: e[0])[1] if events else None
