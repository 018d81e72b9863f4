"""Tokenising with character offsets, and splitting into sentences.

Offsets are Python ``str`` indices into the original text, so every finding can
point at the exact words. Nothing is normalised in place: case folding is kept
beside the original form.
"""

from __future__ import annotations

import re

__all__ = ["Sentence", "Token", "sentences", "tokenize", "wordset"]

# Letters (any script, so names like "Søren-Jakob" and "d'Artagnan" stay one
# word), numbers with inner separators, and any other single non-space
# character (punctuation, quotes, dashes, emoji) as its own token.
_TOKEN_RE = re.compile(
    r"(?P<t></?[A-Za-z][^<>\n]{0,200}>)"  # an HTML-like tag stays one symbol token
    r"|(?P<w>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<n>\d+(?:[.,:]\d+)*)"
    r"|(?P<nl>\n)"
    r"|(?P<p>[^\s])"
)

_SENTENCE_END = frozenset(".!?…")
_CLOSERS = frozenset("»”\"')]’")

# Speech transcripts (and some chat) carry hesitation sounds and pause marks;
# rules looking at a word's neighbours step over them.
FILLERS = frozenset({"e", "em", "eh", "ehm", "øh", "øhm", "mm", "hm", "hmm", "#", "##"})


class Token:
    """A word, number or punctuation mark with its span in the text."""

    __slots__ = ("end", "kind", "low", "start", "text")

    def __init__(self, text: str, start: int, kind: str) -> None:
        self.text = text
        self.low = text.lower()
        self.start = start
        self.end = start + len(text)
        self.kind = kind  # "w" word, "n" number, "p" punctuation or symbol

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.kind!r})"


class Sentence:
    """Token index range ``[first, stop)`` of one sentence, plus its character span."""

    __slots__ = ("end", "first", "question", "start", "stop")

    def __init__(self, tokens: list[Token], first: int, stop: int) -> None:
        self.first = first
        self.stop = stop
        self.start = tokens[first].start
        self.end = tokens[stop - 1].end
        self.question = any(t.text == "?" for t in tokens[first:stop])

    def __repr__(self) -> str:
        return f"Sentence({self.first}, {self.stop})"


def tokenize(text: str) -> tuple[list[Token], list[Sentence]]:
    """Split ``text`` into tokens and sentences.

    A sentence ends after ``.``, ``!``, ``?`` or ``…`` (and any closing quotes
    or brackets right after them) and at every line break: trainees often write
    one thought per line without a full stop. An ellipsis followed by a word
    in lower case ("jeg vet ikke … kanskje", "(...) og") does not end one.
    """
    tokens: list[Token] = []
    breaks: list[int] = []  # token index where a new sentence starts
    pending_end = False
    ellipsis = False
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "nl":
            if tokens and (not breaks or breaks[-1] != len(tokens)):
                breaks.append(len(tokens))
            pending_end = False
            continue
        s = m.group()
        if kind == "t":
            kind = "p"
        if pending_end and not (kind == "p" and (s in _SENTENCE_END or s in _CLOSERS)):
            if not (ellipsis and kind == "w" and s[:1].islower()):
                breaks.append(len(tokens))
            pending_end = False
        if kind == "p" and s in _SENTENCE_END:
            ellipsis = s == "…" or (pending_end and s == "." and tokens[-1].text == ".")
            pending_end = True
        tokens.append(Token(s, m.start(), kind))  # type: ignore[arg-type]
    spans: list[Sentence] = []
    first = 0
    for b in [*breaks, len(tokens)]:
        if b > first:
            spans.append(Sentence(tokens, first, b))
            first = b
    return tokens, spans


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (for callers outside the rules)."""
    _tokens, spans = tokenize(text)
    return [(s.start, s.end) for s in spans]


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists in code)."""
    return frozenset(text.split())
