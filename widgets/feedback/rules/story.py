"""her-og-na: a long story in the past with no word about how it is now.

Counts finite verbs by tense (from the verb lexicon, and from endings right
next to a subject pronoun) and looks for words about the present ("nå",
"i dag", "fortsatt", a feeling in the present tense).
"""

from __future__ import annotations

from ..context import Context
from ..finding import Finding
from ..lexicon import FEELING_VERBS, KNOWN, NOW, PREPOSITIONS
from ..messages import message, suggestion_text
from ..tokens import wordset
from ..verbs import AMBIGUOUS, PARTICIPLE, PAST, PRESENT

__all__ = ["MIN_SENTENCES", "rule", "tense_counts"]

#: A story needs this many sentences before it counts as "long".
MIN_SENTENCES = 3
#: ... and at least this many past-tense verbs.
MIN_PAST = 4

_SUBJECTS = wordset("jeg eg han hun ho vi me de dei det den du man ein")
_HAVE = frozenset({"har", "hadde"})
_NOW_AFTER_I = frozenset({"dag", "kveld", "natt", "morgen", "morgon"})  # "i dag", "i kveld"


_OBJECTS = wordset("meg deg seg oss dem det den han ho henne ham dei")
_DETERMINERS = wordset("en ein ei et eit den det min mi mitt din di ditt sin si sitt hans hennes")


def _verb_by_context(ctx: Context, i: int) -> bool:
    """An ambiguous form used as a verb: "og la meg", "satt i stolen", "vasket opp"."""
    nw = ctx.word(ctx.next(i))
    pw = ctx.word(ctx.prev(i))
    if nw in _OBJECTS:
        return True
    return nw in PREPOSITIONS and pw is not None and pw not in _DETERMINERS


def _perfect(ctx: Context, i: int) -> bool:
    """ "har vært", "hadde (ikke) fått": the perfect tense tells the story too."""
    n = ctx.next(i)
    for _ in range(3):  # "har (ikke) vært"
        if n is None or not ctx.is_adverb(ctx.low[n]):
            break
        n = ctx.next(n)
    return ctx.word(n) in PARTICIPLE or (n is not None and ctx.word(ctx.next(n)) in PARTICIPLE)


def tense_counts(ctx: Context) -> tuple[int, int, bool]:
    """(past verbs, present verbs, mentions the present) for the whole text."""
    low = ctx.low
    past = present = 0
    now = False
    for i, w in enumerate(low):
        if w in NOW or (w == "i" and ctx.word(ctx.next(i)) in _NOW_AFTER_I):
            now = True
            continue
        after_subject = ctx.word(ctx.prev(i)) in _SUBJECTS
        if w in _HAVE and _perfect(ctx, i):
            past += 1
            continue
        if w in AMBIGUOUS and not (after_subject or _verb_by_context(ctx, i)):
            continue
        if w in PAST:
            past += 1
        elif w in PRESENT:
            present += 1
            if w in FEELING_VERBS:
                now = True  # "jeg kjenner …" speaks from the present
        elif after_subject and len(w) > 3 and w not in KNOWN:
            if w.endswith(("te", "de", "et", "dde")) or (ctx.lang == "nn" and w.endswith("a")):
                past += 1
            elif w.endswith(("er", "ar")):
                present += 1
    return past, present, now


def rule(ctx: Context) -> list[Finding]:
    """One her-og-na finding spanning the story, or none."""
    words = sum(1 for t in ctx.tokens if t.kind == "w")
    if len(ctx.sentences) < MIN_SENTENCES or words < 20:
        return []
    past, present, now = tense_counts(ctx)
    if now or past < MIN_PAST or present * 4 > past:
        return []
    start, end = ctx.sentences[0].start, ctx.sentences[-1].end
    tail = suggestion_text("her-og-na", ctx.lang)
    return [
        Finding(
            "her-og-na",
            "brudd",
            start,
            end,
            message("her-og-na", ctx.lang),
            f"{ctx.text[start:end]} {tail}",
        )
    ]
