"""Strengths: speaking of one's own feelings, and doing so in the present."""

from __future__ import annotations

from ..context import Context
from ..finding import Finding
from ..lexicon import FEELING_VERBS, FEELINGS, NOW
from ..messages import message
from ..tokens import wordset
from ..verbs import PRESENT

__all__ = ["rule"]

_I = frozenset({"jeg", "eg"})
_BE = wordset("er blir ble var vart vert blei føler kjenner")
_FILL = wordset(
    "så veldig litt helt heilt ganske nok jo meg på bare berre skikkelig fryktelig forferdelig"
)


def _feeling_end(ctx: Context, v: int) -> int | None:
    """From verb ``v``: index of the feeling word it names, if any, within a few words."""
    low = ctx.low
    if low[v] in FEELING_VERBS:
        j = ctx.next(v)
        # "jeg kjenner meg sliten", "jeg gruer meg", "jeg kjenner på sinne"
        k = j
        hops = 0
        while k is not None and low[k] in _FILL and hops < 3:
            k = ctx.next(k)
            hops += 1
        if k is not None and low[k] in FEELINGS:
            return k
        return j if j is not None and low[j] in ("meg", "på") else v
    if low[v] in _BE:
        k = ctx.next(v)
        hops = 0
        while k is not None and low[k] in _FILL and hops < 3:
            k = ctx.next(k)
            hops += 1
        if k is not None and low[k] in FEELINGS:
            return k
    return None


def rule(ctx: Context) -> list[Finding]:
    """si-jeg strengths for feelings said with "jeg", her-og-na for present feelings."""
    low = ctx.low
    toks = ctx.tokens
    out: list[Finding] = []
    seen: set[int] = set()
    for i, w in enumerate(low):
        if w not in _I:
            continue
        si = ctx.sent_of[i]
        if si in seen:
            continue
        # "jeg kjenner …" or, after a fronted phrase, "kjenner jeg …"
        for v, first in ((ctx.next(i), i), (ctx.prev(i), None)):
            if v is None:
                continue
            end = _feeling_end(ctx, v)
            if end is None:
                continue
            a = i if first is not None else v
            b = max(end, i)
            start, stop = toks[a].start, toks[b].end
            out.append(Finding("si-jeg", "styrke", start, stop, message("styrke/jeg", ctx.lang)))
            s = ctx.sentences[si]
            if low[v] in PRESENT and any(
                x in NOW or (x == "dag" and low[j - 1] == "i")
                for j, x in enumerate(low[s.first : s.stop], s.first)
            ):
                out.append(
                    Finding("her-og-na", "styrke", start, stop, message("styrke/na", ctx.lang))
                )
            seen.add(si)
            break
    return out
