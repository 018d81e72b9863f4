"""taushetsplikt: retelling what another participant said in the group."""

from __future__ import annotations

import re

from ..context import Context
from ..finding import Finding
from ..lexicon import ADVERBS, KNOWN, NOT_NAMES, PREPOSITIONS, SAY_VERBS
from ..messages import message, suggestion_text
from ..tokens import wordset

__all__ = ["rule"]

_GROUP_GATE = wordset("gruppa gruppen gruppe møte møtet gang gong sist")
_GROUP_REF = re.compile(
    r"\b(?:i\s+gruppa|i\s+gruppen|i\s+gruppe|på\s+(?:forrige\s+|førre\s+|siste\s+)?møte(?:t)?"
    r"|i\s+(?:forrige|førre)\s+møte|forrige\s+gang|førre\s+gong|forrige\s+gong|sist\s+gang"
    r"|sist\s+gong|sist\s+(?:vi|me)\s+møttes|etter\s+møtet|sist)\b",
    re.IGNORECASE,
)
_SPEAKERS = wordset("jeg eg vi me du")
_THIRD = wordset("han hun ho noen nokon en ein de dei")
# "Det Kari sa nå": reacting, in the meeting, to what was just said.
_JUST_NOW = wordset("nå no akkurat nettopp")
_OWNERS = wordset("min mi mitt mine")


def _is_name(ctx: Context, i: int) -> bool:
    t = ctx.tokens[i]
    if t.kind != "w" or len(t.text) < 2 or not t.text[0].isupper():
        return False
    if t.text.isupper() and len(t.text) > 3:
        return False  # shouting, not a name
    low = t.low
    if low in NOT_NAMES:
        return False
    if i == ctx.sentence(i).first or all(
        ctx.tokens[k].kind == "p" for k in range(ctx.sentence(i).first, i)
    ):
        # At the start of a sentence every word has a capital: only a word the
        # lexicon does not know may be a name ("Per" is known as a preposition,
        # but a preposition cannot be followed by a verb, so it is let through).
        return low not in KNOWN or low in PREPOSITIONS
    return True


def _say_after(ctx: Context, i: int) -> int | None:
    j = ctx.next(i)
    hops = 0
    while j is not None and ctx.low[j] in ADVERBS and hops < 2:
        j = ctx.next(j)
        hops += 1
    return j if j is not None and ctx.low[j] in SAY_VERBS else None


def _named(ctx: Context) -> list[tuple[int, int]]:
    """Spans "Kari fortalte", "fortalte Anne": a name next to a telling verb."""
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    for i in [k for k, t in enumerate(toks) if t.text[:1].isupper()]:
        if not _is_name(ctx, i):
            continue
        p = ctx.prev(i)
        if ctx.word(p) in _OWNERS or (
            p is not None and ctx.low[p] == "," and ctx.word(ctx.prev(p)) in _OWNERS
        ):
            continue  # "dattera mi, Kari, sa ..." speaks of family, not of the group
        v = _say_after(ctx, i)
        if v is None and p is not None and ctx.low[p] in SAY_VERBS:
            if ctx.word(ctx.prev(p)) in _SPEAKERS:
                continue
            v = p  # "I forrige møte fortalte Anne at ..."
        if v is None:
            continue
        nxt = ctx.next(max(v, i))
        after = ctx.word(nxt)
        if after in _JUST_NOW or (
            nxt is not None and after == "i" and ctx.word(ctx.next(nxt)) in ("sted", "stad")
        ):
            continue
        spans.append((toks[min(i, v)].start, toks[max(i, v)].end))
    return spans


def _group_retellings(ctx: Context) -> list[tuple[int, int]]:
    """Spans "Noen i gruppa sa", "Hun sa (det til meg etter møtet)": a third person telling."""
    spans: list[tuple[int, int]] = []
    if _GROUP_GATE.isdisjoint(ctx.words):
        return spans
    low = ctx.low
    toks = ctx.tokens
    # tokens inside a group reference, by sentence
    inside: set[int] = set()
    sentences: set[int] = set()
    for m in _GROUP_REF.finditer(ctx.text):
        sentences.add(ctx.sentence_at(m.start()))
        k = ctx.token_at(m.start())
        while k is not None and k < len(toks) and toks[k].start < m.end():
            inside.add(k)
            k += 1
    for si in sorted(sentences):
        s = ctx.sentences[si]
        for v in range(s.first, s.stop):
            if low[v] not in SAY_VERBS:
                continue
            if ctx.word(ctx.prev(v)) in _SPEAKERS or ctx.word(ctx.next(v)) in _SPEAKERS:
                continue
            who = ctx.prev(v)
            for _ in range(8):  # "Noen [i gruppa] sa"
                if who is None or who not in inside:
                    break
                who = ctx.prev(who)
            if who is not None and low[who] in _THIRD:
                spans.append((toks[who].start, toks[v].end))
    return spans


def rule(ctx: Context) -> list[Finding]:
    """taushetsplikt breaches: a named participant's words, or a group-session retelling."""
    out: list[Finding] = []
    for start, end in sorted(set(_named(ctx) + _group_retellings(ctx))):
        if any(f.start < end and start < f.end for f in out):
            continue
        out.append(
            Finding(
                "taushetsplikt",
                "brudd",
                start,
                end,
                message("taushetsplikt", ctx.lang),
                suggestion_text("taushetsplikt", ctx.lang),
            )
        )
    return out
