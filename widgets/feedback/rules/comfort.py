"""dele-smerte: taking the pain away instead of sharing it.

Quick comfort and reassurance, minimising, silver linings and comparing with
people who have it worse. All fixed phrases with a little freedom inside.
"""

from __future__ import annotations

import re

from ..context import Context
from ..finding import Finding
from ..messages import message, suggestion_text

__all__ = ["rule"]

_NOT = r"(?:ikke|ikkje)"
_SOFT = r"(?:(?:nok|sikkert|jo|nå|no|da|vel|snart|helt|heilt|egentlig|eigentleg)\s+)*"

_PATTERNS: list[str] = [
    # reassurance
    r"\bdet\s+(?:går|gjeng)\s+" + _SOFT + r"over\b",
    r"\bdet\s+(?:går|gjeng)\s+(?:nok|sikkert)\s+(?:bra|fint|greit)\b",
    r"\bdet\s+(?:ordner|ordnar)\s+seg\b",
    # the same after a fronted word: "så går det over", "nok ordner det seg"
    r"\b(?:går|gjeng)\s+det\s+" + _SOFT + r"over\b",
    r"\b(?:ordner|ordnar)\s+det\s+seg\b",
    r"\bdet\s+(?:går|gjeng)\s+seg\s+til\b",
    r"\bdet\s+(?:blir|vert|kommer\s+til\s+å\s+bli|kjem\s+til\s+å\s+bli)\s+"
    + _SOFT
    + r"(?:bra|bedre|betre|fint|greit|godt)(?:\s+igjen|\s+med\s+tiden|\s+med\s+tida)?\b(?!\s+å\b)",
    r"\bdet\s+(?:kommer|kjem)\s+til\s+å\s+gå\s+(?:bra|fint|greit|seg\s+til|over)\b",
    r"\bskal\s+du\s+(?:se|sjå)\b(?!\s+(?:på|etter))",
    r"\bdu\s+skal\s+(?:bare\s+|berre\s+)?(?:se|sjå)\b(?!\s+(?:på|etter))",
    r"\b(?:tiden|tida)\s+(?:leger|lækjer|lækner|heler|lege)\b",
    r"\bdet\s+er\s+(?:sikkert|nok)\s+(?:ingenting|ikke\s+noe|ikkje\s+noko)\b",
    # "don't feel that"
    r"\b" + _NOT + r"\s+(?:tenk|tenkj)\s+(?:så\s+mye\s+|så\s+mykje\s+|mer\s+|meir\s+)?på\s+"
    r"(?:det|dette|han|henne|ham|ho)\b",
    r"\b" + _NOT + r"\s+(?:vær|ver|bli)\s+(?:så\s+)?(?:lei\s+deg|trist|redd|sint|lei|nedfor|"
    r"deppa|bekymret|bekymra|urolig|uroleg|stresset|stressa)\b",
    r"\b" + _NOT + r"\s+(?:bekymre|uroa|uroe|stress|stresse|bry)\s+deg\b",
    r"\b" + _NOT + r"\s+ta\s+det\s+(?:så\s+)?(?:tungt|hardt|personlig|personleg|ille)\b",
    r"\b" + _NOT + r"\s+gråt\b",
    r"\bta\s+det\s+(?:helt\s+|heilt\s+)?(?:med\s+ro|rolig|roleg)\b",
    # minimising
    r"\bdet\s+(?:er|var)\s+" + _SOFT + _NOT + r"\s+(?:så\s+)?(?:farlig|farleg|ille|galt|gale|"
    r"nøye|alvorlig|alvorleg)\b",
    r"\bdet\s+(?:er|var)\s+" + _SOFT + r"(?:bare|berre)\s+(?:en|ein|ei|et|eit)\b",
    r"\bdet\s+kunne\s+(?:ha\s+)?(?:vært|vore|blitt|vorte)\s+(?:mye\s+|mykje\s+|langt\s+)?verre\b",
    r"\bverdens\s+undergang\b",
    r"\bdet\s+er\s+(?:helt\s+|heilt\s+)?(?:normalt|vanlig|vanleg)\b(?!\s+(?:for\s+meg|å))",
    r"\balle\s+(?:går|gjeng|må)\s+gjennom\s+(?:det|sånt|slikt|dette)\b",
    # silver linings
    r"\b(?:se|sjå)\s+på\s+det\s+positive\b",
    r"\b(?:se|sjå)\s+(?:det\s+)?(?:fra|frå)\s+den\s+lyse\s+sid(?:en|a)\b",
    r"\balt\s+skjer\s+(?:av|for)\s+(?:en|ein)\s+grunn\b",
    r"\bdu\s+(?:er|har)\s+(?:jo\s+)?(?:i\s+hvert\s+fall|i\s+alle\s+fall|iallfall|ihvertfall|"
    r"i\s+det\s+minste)\b",
    r"\b(?:i\s+hvert\s+fall|i\s+alle\s+fall|i\s+det\s+minste)\s+(?:har|er)\s+du\b",
    r"\btenk\s+(?:på\s+(?:alt|hvor|kor|hva|kva|at)|positivt)\b",
    r"\b(?:du\s+kan|du\s+får|du\s+skal)\s+(?:jo\s+|nå\s+|no\s+)?(?:være|vere)\s+(?:glad|"
    r"takknemlig|takknemleg)\b",
    r"\b(?:kommer|kjem)\s+du\s+til\s+å\s+le\s+av\b|\bdu\s+(?:kommer|kjem)\s+til\s+å\s+le\s+av\b",
    # comparing
    r"\b(?:mange|andre|mange\s+andre)\s+har\s+det\s+(?:mye\s+|mykje\s+|langt\s+|enda\s+|endå\s+)?"
    r"(?:verre|værre|tyngre|vanskeligere|vanskelegare)\b",
    r"\bdet\s+(?:finnes|finst|fins)\s+(?:folk|mange|andre|dei|de|dem)\s+som\s+har\s+det\s+"
    r"(?:mye\s+|mykje\s+|langt\s+|enda\s+|endå\s+)?(?:verre|tyngre|vanskeligere|vanskelegare)\b",
    r"\b(?:de|dei|dem)\s+som\s+har\s+det\s+(?:mye\s+|mykje\s+)?verre\b",
]
_COMFORT = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# "Heldigvis" comforts when said about the other's trouble, not one's own story.
_LUCKILY = re.compile(r"\bheldigvis\b", re.IGNORECASE)
_OWN = frozenset({"jeg", "eg", "vi", "me"})


def rule(ctx: Context) -> list[Finding]:
    """dele-smerte breaches; their spans are claimed so advice does not repeat them."""
    lang = ctx.lang
    hits: list[tuple[int, int]] = []
    for m in _COMFORT.finditer(ctx.text):
        if not ctx.claimed(m.start(), m.end()):
            hits.append((m.start(), m.end()))
    for m in _LUCKILY.finditer(ctx.text):
        s = ctx.sentences[ctx.sentence_at(m.start())]
        if not any(w in _OWN for w in ctx.low[s.first : s.stop]):
            hits.append((m.start(), m.end()))
    out = []
    for start, end in sorted(hits):
        ctx.claim(start, end)
        out.append(
            Finding(
                "dele-smerte",
                "brudd",
                start,
                end,
                message("dele-smerte", lang),
                suggestion_text("dele-smerte", lang),
            )
        )
    return out
