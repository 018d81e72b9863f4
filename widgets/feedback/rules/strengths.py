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


def _feeling_end(ctx: Context, v: int, after: int) -> int | None:
    """Verb ``v`` names a feeling: index of the last word of it, else None.

    The feeling is looked for right after ``after`` (the verb, or the subject
    when the verb comes first: "nå kjenner jeg meg rolig").
    """
    low = ctx.low
    if low[v] not in FEELING_VERBS and low[v] not in _BE:
        return None
    j = ctx.next(after)
    k = j
    hops = 0
    # "jeg kjenner meg sliten", "jeg er så redd", "jeg kjenner på sinne"
    while k is not None and low[k] in _FILL and hops < 3:
        k = ctx.next(k)
        hops += 1
    if k is not None and low[k] in FEELINGS:
        m = ctx.next(k)
        return m if m is not None and low[k] == "lei" and low[m] == "meg" else k  # "lei meg"
    if low[v] in FEELING_VERBS:
        # "jeg gruer meg", "jeg savner ham": the verb itself is the feeling
        return j if j is not None and low[j] in ("meg", "på") else max(v, after)
    return None


def rule(ctx: Context) -> list[Finding]:
    """si-jeg strengths for feelings said with "jeg", her-og-na for present feelings."""
    low = ctx.low
    toks = ctx.tokens
    out: list[Finding] = []
    seen: set[int] = set()
    for i, w in enumerate(low):
        if w not in _I or ctx.sent_of[i] in seen:
            continue
        si = ctx.sent_of[i]
        # "jeg kjenner …" or, after a fronted phrase, "kjenner jeg …"
        for v, after in ((ctx.next(i), ctx.next(i)), (ctx.prev(i), i)):
            if v is None or after is None:
                continue
            end = _feeling_end(ctx, v, after)
            if end is None:
                continue
            start, stop = toks[min(i, v)].start, toks[max(end, i)].end
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
