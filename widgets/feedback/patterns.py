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
    """Regular expressions (case-insensitive), each with gate words and a payload.

    A pattern is compiled the first time its gate opens: compiling all of them
    up front was most of the engine's first load (about 0.14 s for some two
    hundred alternations), and a text opens only a few.
    """

    def __init__(self, entries: Sequence[tuple[str, str, T]]) -> None:
        self._sources = [p for p, _, _ in entries]
        self._payloads = [payload for _, _, payload in entries]
        self._compiled: list[re.Pattern[str] | None] = [None] * len(entries)
        # gate word -> the entries it opens
        self._index: dict[str, list[int]] = {}
        for k, (_, gate, _) in enumerate(entries):
            for word in wordset(gate):
                self._index.setdefault(word, []).append(k)

    def pattern(self, k: int) -> re.Pattern[str]:
        """Entry ``k``'s compiled expression (compiled on first use)."""
        rx = self._compiled[k]
        if rx is None:
            rx = self._compiled[k] = re.compile(self._sources[k], re.IGNORECASE)
        return rx

    def __len__(self) -> int:
        return len(self._sources)

    def matches(self, words: frozenset[str], text: str) -> list[tuple[re.Match[str], T]]:
        """All matches of the open patterns, by position (longest first at a tie)."""
        index = self._index
        open_ = sorted({k for w in words if w in index for k in index[w]})
        hits: list[tuple[re.Match[str], T]] = []
        for k in open_:
            payload = self._payloads[k]
            hits.extend((m, payload) for m in self.pattern(k).finditer(text))
        if len(hits) > 1:
            hits.sort(key=lambda h: (h[0].start(), -h[0].end()))
        return hits
