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
        self._entries = [(re.compile(p, re.IGNORECASE), payload) for p, _, payload in entries]
        # gate word -> the entries it opens
        self._index: dict[str, list[int]] = {}
        for k, (_, gate, _) in enumerate(entries):
            for word in wordset(gate):
                self._index.setdefault(word, []).append(k)

    def matches(self, words: frozenset[str], text: str) -> list[tuple[re.Match[str], T]]:
        """All matches of the open patterns, by position (longest first at a tie)."""
        index = self._index
        open_ = sorted({k for w in words if w in index for k in index[w]})
        hits: list[tuple[re.Match[str], T]] = []
        for k in open_:
            rx, payload = self._entries[k]
            hits.extend((m, payload) for m in rx.finditer(text))
        if len(hits) > 1:
            hits.sort(key=lambda h: (h[0].start(), -h[0].end()))
        return hits
