"""Phrase patterns that are only tried when the text can contain them.

Each pattern has a gate: words of which at least one must occur in the text
for the pattern to match at all. A typical sentence opens one or two gates,
so the engine runs a handful of regular expressions instead of a hundred.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Generic, TypeVar

from .tokens import wordset

__all__ = ["PhraseSet"]

T = TypeVar("T")


class PhraseSet(Generic[T]):
    """Regular expressions (case-insensitive), each with gate words and a payload."""

    def __init__(self, entries: Sequence[tuple[str, str, T]]) -> None:
        self._entries = [
            (re.compile(p, re.IGNORECASE), wordset(gate), payload) for p, gate, payload in entries
        ]

    def matches(self, words: frozenset[str], text: str) -> list[tuple[re.Match[str], T]]:
        """All matches of the open patterns, by position (longest first at a tie)."""
        hits: list[tuple[re.Match[str], T]] = []
        for rx, gate, payload in self._entries:
            if not gate.isdisjoint(words):
                hits.extend((m, payload) for m in rx.finditer(text))
        hits.sort(key=lambda h: (h[0].start(), -h[0].end()))
        return hits
