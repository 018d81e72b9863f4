"""Principle feedback on free text in Norwegian (Bokmål and Nynorsk).

A trainee writes what they would say in a self-help group; :func:`check`
returns :class:`Finding` objects that point at the words going against (or
showing) a principle, with a short explanation and, where possible, a rewrite::

    >>> from widgets.feedback import check
    >>> [f.principle for f in check("Man blir jo så sliten.")]
    ['si-jeg']

Pure standard-library Python: rules over a tokeniser and small hand-written
lexicons, plus a part-of-speech tagger (:mod:`widgets.feedback.tagger`) that
loads only when a rule needs it; no network. See ``docs/feedback.md``.
"""

from __future__ import annotations

from .engine import MAX_CHARS, check, checked_part, review
from .finding import Finding, Report
from .lang import detect_lang
from .principles import ALL_IDS

__all__ = [
    "ALL_IDS",
    "MAX_CHARS",
    "Finding",
    "Report",
    "check",
    "checked_part",
    "detect_lang",
    "review",
]
