"""Rewrites that turn a generalising sentence into a first-person one.

Norwegian verbs do not change with the person, so swapping the subject keeps
the sentence grammatical, in either word order ("Da blir man sliten" →
"Da blir jeg sliten"). What has to follow the subject is its reflexive and
possessive words ("seg" → "meg", "sin" → "min").
"""

from __future__ import annotations

from .context import Context
from .lexicon import GROUP_SINGULAR, SUBORDINATORS
from .tokens import Sentence

__all__ = ["first_person", "match_case", "opplever_at"]

# Reflexives that refer back to a generic third-person subject ("si" is left
# out: it is far more often the verb "say").
_REFLEXIVE = {"seg": "meg", "sin": "min", "sitt": "mitt", "sine": "mine"}
_SECOND = {"deg": "meg", "din": "min", "di": "mi", "ditt": "mitt", "dine": "mine"}
_FIRST_PLURAL = {"oss": "meg", "vår": "min", "vårt": "mitt", "våre": "mine"}
_CLAUSE_REACH = 12
_CLAUSE_END = frozenset(',;:–—-()«»"')


def match_case(source: str, new: str) -> str:
    """``new`` written in the case pattern of ``source`` (MAN → JEG, Man → Jeg)."""
    if len(source) > 1 and source.isupper():
        return new.upper()
    if source[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _apply(ctx: Context, s: Sentence, repl: dict[int, str]) -> str:
    out: list[str] = []
    pos = s.start
    for i in sorted(repl):
        t = ctx.tokens[i]
        out.append(ctx.text[pos : t.start])
        out.append(repl[i])
        pos = t.end
    out.append(ctx.text[pos : s.end])
    return "".join(out)


def _second_person(ctx: Context, s: Sentence, jeg: str, repl: dict[int, str]) -> None:
    # A generic "du" makes the whole sentence generic: every "du/deg/din" goes.
    for j in range(s.first, s.stop):
        w = ctx.low[j]
        if w == "du":
            repl[j] = jeg
        elif w in _SECOND:
            repl[j] = _SECOND[w]


def _follow_subject(
    ctx: Context, s: Sentence, i: int, table: dict[str, str], repl: dict[int, str]
) -> None:
    # Reflexives and possessives follow their subject inside its clause.
    low = ctx.low
    for j in range(i + 1, min(s.stop, i + _CLAUSE_REACH)):
        if ctx.tokens[j].text in _CLAUSE_END or (low[j] in SUBORDINATORS and j > i + 1):
            break
        if low[j] in table and j not in repl:
            repl[j] = table[low[j]]


def first_person(ctx: Context, s: Sentence, subjects: dict[int, str]) -> str:
    """Sentence ``s`` with the generic words in ``subjects`` turned into "jeg"/"eg".

    ``subjects`` maps token index to what was found there: ``"subject"``
    (man/en/ein/du as subject), ``"object"`` (en/ein after a preposition),
    ``"du"`` (generic du: all second-person words in the sentence follow),
    ``"group"`` (vi/me + a group noun) or ``"vi-som"`` (vi som ...).
    """
    jeg = "eg" if ctx.lang == "nn" else "jeg"
    repl: dict[int, str] = {}
    if "du" in subjects.values():
        _second_person(ctx, s, jeg, repl)
    for i, what in subjects.items():
        if what == "object":
            repl[i] = "meg"
        elif what != "du":
            repl[i] = jeg
            noun = ctx.next(i) if what == "group" else None
            if noun is not None:  # "vi pårørende" -> "jeg som pårørende"
                low = ctx.low[noun]
                repl[noun] = "som " + GROUP_SINGULAR.get(low, low)
            _follow_subject(ctx, s, i, _REFLEXIVE if what == "subject" else _FIRST_PLURAL, repl)
    # The sentence's first word keeps a capital; a replaced word elsewhere is
    # written in lower case unless the original was all capitals.
    first_word = next((k for k in range(s.first, s.stop) if ctx.tokens[k].kind == "w"), s.first)
    for i, new in repl.items():
        t = ctx.tokens[i]
        if i == first_word:
            repl[i] = match_case(t.text, new)
        elif len(t.text) > 1 and t.text.isupper():
            repl[i] = new.upper()
    return _apply(ctx, s, repl)


def opplever_at(ctx: Context, s: Sentence) -> str | None:
    """ "Folk forstår ikke ..." → "Jeg opplever at folk ikke forstår ...".

    Only for a sentence that opens with the generalising subject; in a
    subordinate clause sentence adverbs go before the verb, and "jo" is dropped.
    """
    low = ctx.low
    first = s.first
    if low[first] not in ("folk", "alle", "ingen") or s.stop - first < 3:
        return None
    verb = first + 1
    adv_end = verb + 1
    while adv_end < s.stop and low[adv_end] in (
        "ikke",
        "ikkje",
        "aldri",
        "alltid",
        "jo",
        "bare",
        "berre",
        "ofte",
        "sjelden",
        "sjeldan",
        "nok",
    ):
        adv_end += 1
    toks = ctx.tokens
    advs = [toks[j].text.lower() for j in range(verb + 1, adv_end) if low[j] != "jo"]
    rest = (
        ctx.text[toks[adv_end - 1].end : s.end]
        if adv_end > verb + 1
        else ctx.text[toks[verb].end : s.end]
    )
    subject = toks[first].text.lower()
    middle = " ".join([subject, *advs, toks[verb].text])
    prefix = "Eg opplever at" if ctx.lang == "nn" else "Jeg opplever at"
    return f"{prefix} {middle}{rest}"
