"""The result types of the feedback engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .principles import ALL_IDS, KINDS

__all__ = ["Finding", "Report"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of feedback on a text.

    ``start``/``end`` are Python ``str`` offsets (end exclusive) of the words
    that triggered the finding, in the text given to :func:`check`. The span
    is raw text: escaping it for display is the caller's job.
    """

    principle: str
    """An id from ``principles.yaml``."""
    kind: str
    """``"brudd"`` or ``"styrke"``."""
    start: int
    end: int
    message: str
    """Norwegian, one or two sentences a trainee understands."""
    suggestion: str | None = None
    """A rewrite of the sentence that holds the span, honouring the principle."""

    def __post_init__(self) -> None:
        # Cheap guards: a wrong id or span here is a bug in a rule, and failing
        # loudly in tests beats sending a bad line to a tool that trusts it.
        if self.principle not in ALL_IDS:
            raise ValueError(f"unknown principle id {self.principle!r}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def to_dict(self) -> dict[str, Any]:
        """The finding as the contract's JSON object (no ``suggestion`` key when None)."""
        out: dict[str, Any] = {
            "principle": self.principle,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }
        if self.suggestion is not None:
            out["suggestion"] = self.suggestion
        return out


@dataclass(frozen=True, slots=True)
class Report:
    """Findings plus what the UI needs to tell the trainee about the check itself."""

    findings: list[Finding] = field(default_factory=list)
    lang: str = "nb"
    """The variety used: the one given, or the detected one."""
    truncated: bool = False
    """True when the text was longer than ``MAX_CHARS`` and only its start was checked."""
    checked_chars: int = 0
    """How many characters from the start of the text were checked."""
    notice: str | None = None
    """A Norwegian sentence to show the trainee when the text was truncated."""
