"""What every rule needs to know about one text: tokens, sentences, neighbours."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .lexicon import ADVERBS, MODALS, SAY_VERBS
from .tokens import FILLERS, Sentence, tokenize
from .verbs import AMBIGUOUS, INFINITIVE

if TYPE_CHECKING:
    from .tagger import Tag

__all__ = ["Context"]

# Speech has a few hesitations in a row ("e # e"); a longer run is not a
# neighbour relation any more, and bounding it keeps every lookup O(1).
_MAX_FILLERS = 4


class Context:
    """A tokenised text plus lookups the rules share.

    Built once per :func:`check` call; rules read it and never change the text.
    """

    __slots__ = (
        "_ends",
        "_starts",
        "_tags",
        "_tags_by_words",
        "claims",
        "cleared",
        "lang",
        "low",
        "sent_of",
        "sentences",
        "text",
        "tokens",
        "words",
    )

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.tokens, self.sentences = tokenize(text)
        self.low = [t.low for t in self.tokens]
        self.words = frozenset(self.low)  # for gating phrase patterns
        self.sent_of: list[int] = [0] * len(self.tokens)
        for si, s in enumerate(self.sentences):
            for i in range(s.first, s.stop):
                self.sent_of[i] = si
        self._ends = [s.end for s in self.sentences]
        self._starts = [t.start for t in self.tokens]
        # Spans already explained by a more specific rule: a later, more
        # general rule does not report the same words again.
        self.claims: list[tuple[int, int]] = []
        # Principles a rule read and decided against on purpose ("Hvis jeg var i
        # din situasjon, ville jeg blitt redd også" is empathy, not advice): the
        # classifier does not overrule that.
        self.cleared: set[str] = set()
        # Tagger output per sentence, filled on demand (see :meth:`tag`).
        self._tags: dict[int, list] = {}
        self._tags_by_words: dict[tuple[str, ...], list[Tag]] = {}  # a repeated sentence

    # -- neighbours -------------------------------------------------------
    def next(self, i: int) -> int | None:
        """Index of the next token in the same sentence, stepping over fillers."""
        stop = self.sentences[self.sent_of[i]].stop
        j = i + 1
        if j < stop and self.low[j] not in FILLERS:
            return j  # the common case, without a loop
        for j in range(i + 2, min(stop, i + 1 + _MAX_FILLERS)):
            if self.low[j] not in FILLERS:
                return j
        return None

    def prev(self, i: int) -> int | None:
        """Index of the previous token in the same sentence, stepping over fillers."""
        first = self.sentences[self.sent_of[i]].first
        j = i - 1
        if j >= first and self.low[j] not in FILLERS:
            return j
        for j in range(i - 2, max(first, i - 1 - _MAX_FILLERS) - 1, -1):
            if self.low[j] not in FILLERS:
                return j
        return None

    def word(self, i: int | None) -> str | None:
        """Lowercase form of token ``i``; None for no token or punctuation."""
        if i is None:
            return None
        t = self.tokens[i]
        return t.low if t.kind == "w" else None

    def sentence(self, i: int) -> Sentence:
        return self.sentences[self.sent_of[i]]

    def token_at(self, pos: int) -> int | None:
        """Index of the first token starting at or after character ``pos``, if any."""
        k = bisect_left(self._starts, pos)
        return k if k < len(self.tokens) else None

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` (or the next one after it)."""
        return min(bisect_right(self._ends, pos), len(self.sentences) - 1)

    # -- part of speech ---------------------------------------------------
    def tag(self, i: int) -> Tag:
        """The tagger's :class:`~widgets.feedback.tagger.Tag` for token ``i``.

        The tagger (and its weights) load on the first call, never before; a
        sentence is tagged once per text, and only as far as the words asked
        about (the tags before a word do not depend on those after it).
        Fillers (``e``, ``#``) are left out of what the tagger sees, as the
        neighbour lookups step over them: the written treebank it learnt
        from has none. A filler itself is ``X``.
        """
        from . import tagger  # lazily: pages without free text never load it

        low = self.low[i]
        if low in FILLERS:
            return tagger.Tag("X", None, low)
        si = self.sent_of[i]
        s = self.sentences[si]
        got = self._tags.get(si)
        if got is None:
            keep = [j for j in range(s.first, s.stop) if self.low[j] not in FILLERS]
            got = self._tags[si] = [keep, []]
        keep, tags = got
        k = bisect_left(keep, i)
        if k >= len(tags):
            # First ask: one word more than asked (rules look at the next word
            # too). A later ask tags the rest, so a sentence is tagged at most
            # twice, however many words in it are asked about.
            words = tuple(self.tokens[j].text for j in keep)
            tags = self._tags_by_words.get(words, tags)
            if k >= len(tags):
                tags = tagger.tag(words, self.lang, None if tags else k + 2)
                self._tags_by_words[words] = tags
            got[1] = tags
        return tags[k]

    def quoted_before_telling(self, end: int) -> bool:
        """Is the phrase ending at character ``end`` a quotation, as in «Du er ikke
        alene, sa legen»? The next words are a comma (or closing quote) and a
        telling verb."""
        k = self.token_at(end)
        if k is None or self.sent_of[k] != self.sent_of[max(0, k - 1)]:
            return False
        hops = 0
        while k is not None and self.tokens[k].kind == "p" and hops < 3:
            if self.tokens[k].text in ".!?":
                return False
            k = self.next(k)
            hops += 1
        return hops > 0 and self.word(k) in SAY_VERBS

    # -- claims -----------------------------------------------------------
    def claim(self, start: int, end: int) -> None:
        self.claims.append((start, end))

    def claimed(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claims)

    # -- word classes -----------------------------------------------------
    @staticmethod
    def is_modal(w: str | None) -> bool:
        return w is not None and w in MODALS

    @staticmethod
    def is_infinitive(w: str | None) -> bool:
        return w is not None and w in INFINITIVE and w not in AMBIGUOUS

    @staticmethod
    def is_adverb(w: str | None) -> bool:
        return w is not None and w in ADVERBS
