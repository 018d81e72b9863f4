"""Showing the feedback engine's findings on the trainee's own words."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.strings import t

__all__ = ["FeedbackResult", "give_feedback", "max_chars"]


@dataclass(frozen=True)
class FeedbackResult:
    """What the engine found in a text, ready for a template."""

    text: str  # the part of the text that was checked
    findings: tuple
    truncated: bool
    limit: int

    @property
    def spans(self) -> list[tuple[int, int, str, str]]:
        return [(f.start, f.end, f"vk-{f.kind}", t(f"feedback.{f.kind}")) for f in self.findings]

    @property
    def breaches(self) -> int:
        return sum(1 for f in self.findings if f.kind == "brudd")

    @property
    def announcement(self) -> str:
        if not self.findings:
            return t("feedback.none")
        return t("feedback.counts", brudd=self.breaches, styrke=len(self.findings) - self.breaches)


def max_chars() -> int:
    """The longest text the engine checks (longer text is cut, and the trainee told)."""
    from widgets.feedback import MAX_CHARS

    return MAX_CHARS


def give_feedback(text: str) -> FeedbackResult:
    """Run the feedback engine on ``text``; only its checked part is shown back."""
    from widgets.feedback import review

    report = review(text)
    findings = tuple(sorted(report.findings, key=lambda f: (f.start, f.end)))
    return FeedbackResult(text[: report.checked_chars], findings, report.truncated, max_chars())
