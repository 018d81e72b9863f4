"""din-sannhet: telling another person that their experience is wrong."""

from __future__ import annotations

from ..context import Context
from ..finding import Finding
from ..messages import message, suggestion_text
from ..patterns import PhraseSet

__all__ = ["rule"]

_NOT = r"(?:ikke|ikkje)"
_SOFT = r"(?:(?:nok|bare|berre|jo|litt|veldig|altså|sikkert|virkelig|verkeleg)\s+)*"

# (pattern, gate words: at least one must be in the text for the pattern to match)
_PATTERNS: list[tuple[str, str]] = [
    (
        r"\bdu\s+" + _SOFT + r"(?:overdriver|overdriv|misforstår|mistolker|mistolkar|"
        r"innbiller\s+deg|(?:tar|tek|husker|hugsar|ser\s+det|har\s+misforstått)\s+"
        + _SOFT
        + r"feil)\b",
        "overdriver overdriv misforstår mistolker mistolkar innbiller feil",
    ),
    (r"\b(?:overdriver|overdriv)\s+du\b", "overdriver overdriv"),
    (r"\b(?:tar|tek|husker|hugsar)\s+du\s+(?:nok\s+|jo\s+|litt\s+)?feil\b", "feil"),
    (
        r"\bdu\s+er\s+" + _SOFT + r"(?:alt\s*for|for)\s+(?:følsom|sensitiv|nærtagende|"
        r"nærtakande|hårsår|sår|dramatisk|sart|negativ|hysterisk)\b",
        "følsom sensitiv nærtagende nærtakande hårsår sår dramatisk sart negativ hysterisk",
    ),
    (r"\b" + _NOT + r"\s+(?:sånn|slik)\s+det\s+(?:er|var|skjedde|hende|gikk|gjekk)\b", "sånn slik"),
    (
        r"\b(?:sånn|slik)\s+(?:er|var)\s+det\s+(?:jo\s+|nok\s+|slett\s+)?"
        + _NOT
        + r"\b(?!\s+for\s+meg)",
        "sånn slik",
    ),
    (
        r"\b(?:(?:det\s+)?(?:var|er)\s+(?:nok\s+|sikkert\s+|neppe\s+)?" + _NOT + r"\s+)?så\s+"
        r"(?:ille|gale|galt|farlig|farleg|vondt|stort|alvorlig|alvorleg|tungt|vanskelig|vanskeleg)"
        r"\s+som\s+du\s+(?:tror|trur|sier|seier|tenker|tenkjer|opplever|påstår|føler|kjenner|"
        r"gjør\s+det\s+til|gjer\s+det\s+til|fremstiller|framstiller)\b",
        "ille gale galt farlig farleg vondt stort alvorlig alvorleg tungt vanskelig vanskeleg",
    ),
    (
        r"\bdet\s+(?:der\s+|du\s+sier\s+|du\s+seier\s+)?(?:stemmer|er)\s+(?:jo\s+|nok\s+|"
        r"bare\s+|slett\s+)?" + _NOT + r"\s+(?:sant|riktig|rett)\b",
        "sant riktig rett",
    ),
    (
        r"\bdet\s+(?:der\s+|du\s+sier\s+|du\s+seier\s+)?stemmer\s+(?:jo\s+|nok\s+|slett\s+)?"
        + _NOT
        + r"\b",
        "stemmer",
    ),
    (
        r"\b(?:bare|berre)\s+(?:noe|noko)\s+du\s+(?:innbiller|bilder|tror|trur|finner\s+på|"
        r"finn\s+på|tenker|tenkjer)\b",
        "noe noko",
    ),
    (
        r"\bdu\s+ser\s+det\s+(?:bare\s+|berre\s+)?(?:fra|frå)\s+din\s+(?:egen\s+|eiga\s+|"
        r"eigen\s+)?sid(?:e|a)\b",
        "side sida",
    ),
    (r"\bdet\s+(?:tror|trur)\s+(?:jeg|eg)\s+" + _NOT + r"\s+(?:noe\s+|noko\s+)?på\b", "tror trur"),
]
_TRUTH: PhraseSet[None] = PhraseSet([(p, gate, None) for p, gate in _PATTERNS])


def rule(ctx: Context) -> list[Finding]:
    """din-sannhet breaches (their spans are claimed before comfort runs)."""
    out = []
    for m, _ in _TRUTH.matches(ctx.words, ctx.text):
        if ctx.claimed(m.start(), m.end()):
            continue
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
