"""Running the rules over a text: :func:`check` and :func:`review`."""

from __future__ import annotations

from . import classifier
from .context import Context
from .finding import Finding, Report
from .lang import LANGS, lang_of_words
from .messages import message
from .rules import advice, comfort, confidentiality, generic, story, strengths, truth

__all__ = ["MAX_CHARS", "check", "checked_part", "review"]

#: Only the first ``MAX_CHARS`` characters of a text are checked (cut back to
#: the last whitespace so no word is split). A trainee's answer is a few
#: sentences; a pasted essay would only slow the page down, and the rules look
#: at sentences, not at the whole, so the start stands for the rest.
MAX_CHARS = 5000


# Asking before advising is the rules' reason to leave advice out of a text.
_ASKED = frozenset({"ikke-gi-rad"})


def checked_part(text: str) -> str:
    """The prefix of ``text`` that :func:`check` looks at (all of it if short enough)."""
    if len(text) <= MAX_CHARS:
        return text
    cut = MAX_CHARS
    # Back off to whitespace so the last word is whole, but never far.
    for k in range(MAX_CHARS, MAX_CHARS - 100, -1):
        if text[k].isspace():
            cut = k
            break
    return text[:cut]


def _validate(text: object, lang: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if lang is not None and lang not in LANGS:
        raise ValueError(f"lang must be 'nb', 'nn' or None, not {lang!r}")


def review(text: str, lang: str | None = None) -> Report:
    """Check ``text`` and say how: the findings plus the variety and truncation.

    Raises ``TypeError`` for a non-string text and ``ValueError`` for a
    ``lang`` other than ``"nb"``, ``"nn"`` or None.
    """
    _validate(text, lang)
    part = checked_part(text)
    truncated = len(part) < len(text)
    ctx = Context(part, lang or "nb")
    if lang is None:
        ctx.lang = lang_of_words(ctx.low)  # the tokens are there; no second pass
    used = ctx.lang
    notice = message("avkortet", used, n=len(part)) if truncated else None
    if not ctx.tokens:
        return Report([], used, truncated, len(part), notice)
    findings: list[Finding] = []
    # Order matters: the more specific rules claim their words first.
    findings += truth.rule(ctx)
    findings += comfort.rule(ctx)
    asks, asked = advice.asked_first(ctx)
    findings += asks
    rad, advice_sentences = advice.rule(ctx, asked)
    findings += rad
    findings += confidentiality.rule(ctx)  # claims "ei i gruppa" before si-jeg sees "ei"
    findings += generic.rule(ctx, advice_sentences)
    findings += story.rule(ctx, bool(advice_sentences))
    # The second signal: what the rules found no words for, where the model is sure.
    found = {f.principle for f in findings if f.kind == "brudd"}
    skip = (_ASKED if asked else frozenset()) | ctx.cleared
    findings += classifier.rule(ctx, found, frozenset(skip))
    findings += strengths.rule(ctx)
    findings.sort(key=lambda f: (f.start, f.end, f.kind, f.principle))
    return Report(findings, used, truncated, len(part), notice)


def check(text: str, lang: str | None = None) -> list[Finding]:
    """Principle feedback on ``text``: a list of findings, ordered by position.

    ``lang`` is ``"nb"`` (Bokmål) or ``"nn"`` (Nynorsk); without it the
    variety is detected. Empty or whitespace-only text gives ``[]``. Only the
    first :data:`MAX_CHARS` characters are checked; use :func:`review` to learn
    whether that happened and get a notice to show the trainee.
    """
    return review(text, lang).findings
