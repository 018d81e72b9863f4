"""din-sannhet: telling another person that their experience is wrong."""

from __future__ import annotations

import re

from ..context import Context
from ..finding import Finding
from ..messages import message, suggestion_text

__all__ = ["rule"]

_NOT = r"(?:ikke|ikkje)"
_SOFT = r"(?:(?:nok|bare|berre|jo|litt|veldig|altså|sikkert|virkelig|verkeleg)\s+)*"

_PATTERNS = [
    r"\bdu\s+" + _SOFT + r"(?:overdriver|overdriv|misforstår|mistolker|mistolkar|"
    r"innbiller\s+deg|(?:tar|tek|husker|hugsar|ser\s+det|har\s+misforstått)\s+"
    + _SOFT
    + r"feil)\b",
    r"\b(?:overdriver|overdriv)\s+du\b",
    r"\bdu\s+er\s+" + _SOFT + r"(?:alt\s*for|for)\s+(?:følsom|sensitiv|nærtagende|nærtakande|"
    r"hårsår|sår|dramatisk|sart|negativ|hysterisk)\b",
    r"\b" + _NOT + r"\s+(?:sånn|slik)\s+det\s+(?:er|var|skjedde|hende|gikk|gjekk)\b",
    r"\b(?:sånn|slik)\s+(?:er|var)\s+det\s+(?:jo\s+|nok\s+|slett\s+)?"
    + _NOT
    + r"\b(?!\s+for\s+meg)",
    r"\b(?:(?:det\s+)?(?:var|er)\s+(?:nok\s+|sikkert\s+|neppe\s+)?" + _NOT + r"\s+)?så\s+"
    r"(?:ille|gale|galt|farlig|farleg|vondt|stort|alvorlig|alvorleg|tungt|vanskelig|vanskeleg)"
    r"\s+som\s+du\s+(?:tror|trur|sier|seier|tenker|tenkjer|opplever|påstår|føler|kjenner|"
    r"gjør\s+det\s+til|gjer\s+det\s+til|fremstiller|framstiller)\b",
    r"\bdet\s+(?:der\s+|du\s+sier\s+|du\s+seier\s+)?(?:stemmer|er)\s+(?:jo\s+|nok\s+|bare\s+|"
    r"slett\s+)?" + _NOT + r"\s+(?:sant|riktig|rett)\b",
    r"\bdet\s+(?:der\s+|du\s+sier\s+|du\s+seier\s+)?stemmer\s+(?:jo\s+|nok\s+|slett\s+)?"
    + _NOT
    + r"\b",
    r"\b(?:bare|berre)\s+(?:noe|noko)\s+du\s+(?:innbiller|bilder|tror|trur|finner\s+på|"
    r"finn\s+på|tenker|tenkjer)\b",
    r"\bdu\s+ser\s+det\s+(?:bare\s+|berre\s+)?(?:fra|frå)\s+din\s+(?:egen\s+|eiga\s+|eigen\s+)?"
    r"sid(?:e|a)\b",
    r"\bdet\s+(?:tror|trur)\s+(?:jeg|eg)\s+" + _NOT + r"\s+(?:noe\s+|noko\s+)?på\b",
]
_TRUTH = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def rule(ctx: Context) -> list[Finding]:
    """din-sannhet breaches (their spans are claimed before comfort runs)."""
    out = []
    for m in _TRUTH.finditer(ctx.text):
        s = ctx.sentences[ctx.sentence_at(m.start())]
        # "Tror du at du overdriver?" asks; the trainee is not telling.
        if s.question and ctx.low[s.first] in ("tror", "trur", "føler", "synes", "synest"):
            continue
        ctx.claim(m.start(), m.end())
        out.append(
            Finding(
                "din-sannhet",
                "brudd",
                m.start(),
                m.end(),
                message("din-sannhet", ctx.lang),
                suggestion_text("din-sannhet", ctx.lang),
            )
        )
    return out
