"""dele-smerte: taking the pain away instead of sharing it.

Quick comfort and reassurance, minimising, silver linings and comparing with
people who have it worse. All fixed phrases with a little freedom inside.
"""

from __future__ import annotations

from ..context import Context
from ..finding import Finding
from ..messages import message, suggestion_text
from ..patterns import PhraseSet
from ..tokens import wordset

__all__ = ["rule"]

_NOT = r"(?:ikke|ikkje)"
_SOFT = r"(?:(?:nok|sikkert|jo|nå|no|da|vel|snart|helt|heilt|egentlig|eigentleg)\s+)*"

# (pattern, gate words: at least one must be in the text for the pattern to match)
_PATTERNS: list[tuple[str, str]] = [
    # reassurance
    (r"\b(?:det|alt|dette|sånt|slikt)\s+(?:går|gjeng)\s+" + _SOFT + r"over\b", "over"),
    (r"\bopp\s+med\s+(?:hodet|hovudet|humøret)\b", "hodet hovudet humøret"),
    (r"\b(?:på|til)\s+(?:et|eit)\s+(?:bedre|betre)\s+(?:sted|stad)\b", "sted stad"),
    (
        r"\bdu\s+har\s+(?:jo\s+|da\s+)?(?:så\s+)?(?:mye|mykje|mykkje)\s+å\s+(?:leve|leva|glede\s+deg)"
        r"\b",
        "leve leva glede",
    ),
    (r"\bdet\s+(?:går|gjeng)\s+(?:nok|sikkert)\s+(?:bra|fint|greit)\b", "nok sikkert"),
    (r"\bdet\s+(?:ordner|ordnar)\s+seg\b", "ordner ordnar"),
    (
        r"\bdet\s+(?:løser|løyser|løysar)\s+seg\b|\b(?:løser|løyser|løysar)\s+det\s+seg\b",
        "løser løyser løysar",
    ),
    # the same after a fronted word: "så går det over", "nok ordner det seg"
    (r"\b(?:går|gjeng)\s+det\s+" + _SOFT + r"over\b", "over"),
    (r"\b(?:ordner|ordnar)\s+det\s+seg\b", "ordner ordnar"),
    (r"\bdet\s+(?:går|gjeng)\s+seg\s+til\b", "går gjeng"),
    (
        r"\bdet\s+(?:blir|vert|kommer\s+til\s+å\s+bli|kjem\s+til\s+å\s+bli)\s+"
        + _SOFT
        + r"(?:bra|bedre|betre|fint|greit|godt)(?:\s+igjen|\s+med\s+tiden|\s+med\s+tida)?\b"
        r"(?!\s+(?:å|hvis\s+du|om\s+du|viss\s+du|dersom\s+du|når\s+du)\b)",
        "bra bedre betre fint greit godt",
    ),
    (
        r"\bdet\s+(?:kommer|kjem)\s+til\s+å\s+gå\s+(?:bra|fint|greit|seg\s+til|over)\b",
        "kommer kjem",
    ),
    (r"\bskal\s+du\s+(?:se|sjå)\b(?!\s+(?:på|etter))", "se sjå"),
    (r"\bdu\s+skal\s+(?:bare\s+|berre\s+)?(?:se|sjå)\b(?!\s+(?:på|etter))", "se sjå"),
    (r"\b(?:tiden|tida)\s+(?:leger|lækjer|lækner|heler|lege)\b", "tiden tida"),
    (r"\bdet\s+er\s+(?:sikkert|nok)\s+(?:ingenting|ikke\s+noe|ikkje\s+noko)\b", "sikkert nok"),
    # "don't feel that"
    (
        r"\b" + _NOT + r"\s+(?:tenk|tenkj)\s+(?:så\s+mye\s+|så\s+mykje\s+|mer\s+|meir\s+)?på\s+"
        r"(?:det|dette|han|henne|ham|ho)\b",
        "tenk tenkj",
    ),
    (
        r"\b" + _NOT + r"\s+(?:vær|ver|bli)\s+(?:så\s+)?(?:lei\s+deg|trist|redd|sint|lei|nedfor|"
        r"deppa|bekymret|bekymra|urolig|uroleg|stresset|stressa)\b",
        "vær ver bli",
    ),
    (
        r"\b" + _NOT + r"\s+(?:bekymre|uroa|uroe|stress|stresse|bry)\s+deg\b",
        "bekymre uroa uroe stress stresse bry",
    ),
    (
        r"\b" + _NOT + r"\s+ta\s+det\s+(?:så\s+)?(?:tungt|hardt|personlig|personleg|ille)\b",
        "tungt hardt personlig personleg ille",
    ),
    (r"\b" + _NOT + r"\s+gråt\b", "gråt"),
    (r"\bta\s+det\s+(?:helt\s+|heilt\s+)?(?:med\s+ro|rolig|roleg)\b", "ro rolig roleg"),
    # minimising
    (
        r"\bdet\s+(?:er|var)\s+" + _SOFT + _NOT + r"\s+(?:så\s+)?(?:farlig|farleg|ille|galt|gale|"
        r"nøye|alvorlig|alvorleg)\b(?!\s+for\s+(?:meg|oss)\b)",
        "farlig farleg ille galt gale nøye alvorlig alvorleg",
    ),
    (r"\bdet\s+(?:er|var)\s+" + _SOFT + r"(?:bare|berre)\s+(?:en|ein|ei|et|eit)\b", "bare berre"),
    # "Det er jo bare penger." - a single word that sums the trouble up as small
    (
        r"\bdet\s+(?:er|var)\s+" + _SOFT + r"(?:bare|berre)\s+(?!(?:det|den|dei|de|dem|meg|deg|"
        r"oss|han|hun|ho|henne|ham|sånn|slik|jeg|eg|du)\b)[^\W\d_]+(?=\s*(?:[.!,;]|$))",
        "bare berre",
    ),
    (
        r"\bdet\s+kunne\s+(?:ha\s+)?(?:vært|vore|blitt|vorte)\s+(?:mye\s+|mykje\s+|langt\s+)?"
        r"verre\b",
        "verre",
    ),
    (r"\bverdens\s+undergang\b", "undergang"),
    (
        r"\bdet\s+er\s+(?:helt\s+|heilt\s+)?(?:normalt|vanlig|vanleg)\b(?!\s+(?:for\s+meg|å))",
        "normalt vanlig vanleg",
    ),
    (r"\balle\s+(?:går|gjeng|må)\s+gjennom\s+(?:det|sånt|slikt|dette)\b", "gjennom"),
    # silver linings
    (r"\b(?:se|sjå)\s+(?:på\s+)?det\s+positive\b", "positive"),
    (r"\b(?:se|sjå)\s+(?:det\s+)?(?:fra|frå)\s+den\s+lyse\s+sid(?:en|a)\b", "lyse"),
    (r"\balt\s+skjer\s+(?:av|for)\s+(?:en|ein)\s+grunn\b", "grunn"),
    (
        r"\bdu\s+(?:er|har)\s+(?:jo\s+)?(?:i\s+hvert\s+fall|i\s+alle\s+fall|iallfall|ihvertfall|"
        r"i\s+det\s+minste)\b",
        "fall minste iallfall ihvertfall",
    ),
    (
        r"\b(?:i\s+hvert\s+fall|i\s+alle\s+fall|i\s+det\s+minste)\s+(?:[^\W\d_]+\s+)?du\b",
        "fall minste",
    ),
    (
        r"\bdu\s+[^\W\d_]+\s+(?:jo\s+)?(?:i\s+hvert\s+fall|i\s+alle\s+fall|i\s+det\s+minste)\b",
        "fall minste",
    ),
    (r"\btenk\s+(?:på\s+(?:alt|hvor|kor|hva|kva|at)|positivt)\b", "tenk"),
    (r"\b(?:tenke|tenkje|tenkja)\s+(?:mer\s+|meir\s+)?positivt\b", "positivt"),
    (
        r"\b(?:tenk|tenkj)\s+(?:heller\s+)?på\s+(?:det|alt)\s+(?:som\s+(?:er|går)\s+)?"
        r"(?:bra|godt|fint|positivt)\b",
        "tenk tenkj",
    ),
    (
        r"\b(?:husk|hugs)\s+(?:på\s+)?at\s+du\s+(?:har|er)\s+(?:jo\s+)?(?:mange|noen|nokon|"
        r"folk|oss|meg|sterk|sterkare|sterkere|god|flink|verdt|elsket|elska|ikke\s+alene|"
        r"ikkje\s+åleine|ikkje\s+aleine)\b",
        "husk hugs",
    ),
    (r"\b(?:se|sjå)\s+på\s+alt\s+(?:du|det|som)\b", "alt"),
    (
        r"\bdu\s+(?:jo\s+)?(?:i\s+hvert\s+fall|i\s+alle\s+fall|iallfall|ihvertfall|"
        r"i\s+det\s+minste)\s+(?:har|er|fikk|fekk|slapp|slepp)\b",
        "fall minste iallfall ihvertfall",
    ),
    (
        r"\b(?:du\s+kan|du\s+får|du\s+skal)\s+(?:jo\s+|nå\s+|no\s+)?(?:være|vere)\s+(?:glad|"
        r"takknemlig|takknemleg)\b",
        "glad takknemlig takknemleg",
    ),
    (
        r"\b(?:kommer|kjem)\s+du\s+til\s+å\s+le\s+av\b|\bdu\s+(?:kommer|kjem)\s+til\s+å\s+le\s+"
        r"av\b",
        "le",
    ),
    # comparing
    (
        r"\b(?:mange|andre|mange\s+andre)\s+har\s+det\s+(?:mye\s+|mykje\s+|langt\s+|enda\s+|"
        r"endå\s+)?(?:verre|værre|tyngre|vanskeligere|vanskelegare)\b",
        "verre værre tyngre vanskeligere vanskelegare",
    ),
    (
        r"\bdet\s+(?:finnes|finst|fins)\s+(?:folk|mange|andre|dei|de|dem)\s+som\s+har\s+det\s+"
        r"(?:mye\s+|mykje\s+|langt\s+|enda\s+|endå\s+)?(?:verre|tyngre|vanskeligere|vanskelegare)\b",
        "finnes finst fins",
    ),
    (r"\b(?:de|dei|dem)\s+som\s+har\s+det\s+(?:mye\s+|mykje\s+)?verre\b", "verre"),
    # comparing with people who are worse off: "tenk på dei som ikkje har nokon"
    (
        r"\b(?:tenk|tenkj|tenke|tenkje)\s+(?:heller\s+)?på\s+(?:de|dei|dem|alle|andre|mange|"
        r"dem|folk)\s+(?:andre\s+)?som\b",
        "tenk tenkj tenke tenkje",
    ),
    (
        r"\b(?:verre|værre)\s+(?:for|enn)\s+(?:de|dei|dem|andre|mange)\s+som\b"
        r"|\bdet\s+(?:finnes|fins|finst)\s+(?:mye\s+|mykje\s+|langt\s+)?verre\s+ting\b"
        r"|\bdu\s+kunne\s+(?:ha\s+)?hatt\s+det\s+(?:mye\s+|mykje\s+|langt\s+)?verre\b",
        "verre værre",
    ),
    (r"\b(?:se|sjå)\s+(?:fremover|framover|fremad|framåt)\b", "fremover framover fremad framåt"),
    (
        r"\b" + _NOT + r"\s+(?:noe|noko)\s+å\s+(?:gråte|gråta|grine|bekymre\s+seg|uroe\s+seg|"
        r"lage\s+(?:noe\s+)?(?:styr|drama)|bry\s+seg)\s+(?:for|over|om)\b",
        "gråte gråta grine bekymre uroe styr drama bry",
    ),
    (
        r"\b(?:slutte|slutt|slutta)\s+å\s+(?:gruble|grue\s+deg|grua\s+deg|bekymre\s+deg|uroe\s+deg|"
        r"uroa\s+deg|tenke\s+på\s+det|tenkje\s+på\s+det|gråte|gråta|synes\s+synd\s+på\s+deg)\b",
        "slutte slutt slutta",
    ),
    (
        r"\balle\s+har\s+(?:sitt|sine|noe|noko)\s+å\s+(?:slite|bære|bere|stri)\b",
        "slite bære bere stri",
    ),
    # that's life, we move on
    (r"\b(?:sånn|slik)\s+er\s+(?:nå\s+|no\s+|bare\s+|berre\s+|jo\s+)*livet\b", "livet"),
    (r"\blivet\s+(?:går|gjeng|må\s+gå)\s+(?:videre|vidare)\b", "livet"),
    (
        r"\b(?:vi|me|du|man|ein|en)\s+(?:må|får|skal)\s+(?:jo\s+|bare\s+|berre\s+|nå\s+|no\s+)*"
        r"(?:gå|kome|komme|se|sjå)\s+(?:videre|vidare|fremover|framover)\b",
        "videre vidare fremover framover",
    ),
    (
        r"\b(?:det\s+er|det\s+var)\s+(?:jo\s+|nok\s+|bare\s+|berre\s+)*(?:sånn|slik)\s+det\s+"
        r"(?:er|går|blir|vert)\s+(?:for\s+alle|med\s+alle|i\s+livet)\b",
        "sånn slik",
    ),
    # "Nå må du ikke gråte", "skal du ikkje vere lei deg"
    (
        r"\b(?:må|skal|trenger|treng)\s+du\s+"
        + _NOT
        + r"\s+(?:å\s+)?(?:gråte|gråta|være\s+lei\s+deg|"
        r"vere\s+lei\s+deg|være\s+redd|vere\s+redd|bekymre\s+deg|uroe\s+deg|uroa\s+deg|"
        r"tenke\s+på\s+det|tenkje\s+på\s+det|ta\s+det\s+så\s+tungt)\b",
        "må skal trenger treng",
    ),
    # "don't be sad", said another way: "du trenger ikke å være lei deg"
    (
        r"\bdu\s+(?:trenger|treng|må|skal)\s+" + _NOT + r"\s+(?:å\s+)?"
        r"(?:være|vere|bli|kjenne\s+deg|føle\s+deg)\s+(?:så\s+)?(?:lei\s+deg|trist|redd|sint|flau|skamfull|bekymret|bekymra|"
        r"urolig|uroleg|nedfor|skyldig|dårlig|dårleg)\b",
        "trenger treng må skal",
    ),
    (
        r"\bdu\s+(?:trenger|treng|må|skal)\s+" + _NOT + r"\s+(?:å\s+)?(?:bekymre|uroe|uroa|gruble|"
        r"grue|grua|tenke\s+så\s+mye|tenkje\s+så\s+mykje|ta\s+det\s+så\s+tungt|"
        r"ta\s+det\s+så\s+hardt|gråte|gråta|skamme)\b",
        "trenger treng må skal",
    ),
    # silver linings after a loss: "nå har hun det ikke vondt lenger", "et langt og godt liv"
    (
        r"\b(?:har|hadde|får|fekk|fikk)\s+(?:hun|han|ho|du|dei|de)\s+(?:det\s+)?(?:jo\s+|"
        r"iallfall\s+|i\s+alle\s+fall\s+|i\s+hvert\s+fall\s+|i\s+det\s+minste\s+)*"
        + _NOT
        + r"\s+(?:vondt|vont|vanskelig|vanskeleg)\s+(?:lenger|lengre|meir|mer)\b"
        r"|\b(?:hun|han|ho)\s+(?:har|hadde)\s+(?:det\s+)?(?:jo\s+|iallfall\s+|i\s+alle\s+fall\s+|"
        r"i\s+hvert\s+fall\s+|i\s+det\s+minste\s+)*" + _NOT + r"\s+(?:vondt|vont)\s+"
        r"(?:lenger|lengre|meir|mer)\b",
        "lenger lengre meir mer",
    ),
    (
        r"\b(?:hun|han|ho)\s+(?:har\s+fått|fikk|fekk|har\s+fenge)\s+(?:endelig\s+|endeleg\s+)?"
        r"(?:fred|ro|hvile|kvile|slippe|sleppe)\b|\b(?:slapp|slepp|slipper)\s+(?:å\s+)?"
        r"(?:lide|lida|ha\s+det\s+vondt)\b",
        "fred ro hvile kvile slippe sleppe slapp slepp slipper",
    ),
    (
        r"\b(?:hadde|fikk|fekk|har\s+hatt)\s+(?:et|eit)\s+(?:langt|godt|rikt|fint)\s+"
        r"(?:og\s+(?:godt|rikt|langt|fint)\s+)?liv\b",
        "liv",
    ),
    (
        r"\b(?:til|for)\s+det\s+beste\b|\bgjør\s+deg\s+(?:bare\s+)?sterkere\b"
        r"|\b(?:kommer|kjem)\s+(?:til\s+å\s+(?:komme|kome)\s+)?(?:sterkere|sterkare)\s+ut\b"
        r"|\bgjer\s+deg\s+(?:berre\s+)?sterkare\b|\b(?:noe|noko)\s+godt\s+(?:ut\s+av|"
        r"kommer\s+ut\s+av|kjem\s+ut\s+av)\b|\ben\s+mening\s+med\s+(?:alt|det)\b"
        r"|\bei\s+meining\s+med\s+(?:alt|det)\b",
        "beste sterkere sterkare godt mening meining",
    ),
    # "du har jo oss": pointing at what is left instead of at the loss
    (
        r"\bdu\s+har\s+(?:jo\s+|da\s+|tross\s+alt\s+|i\s+alle\s+fall\s+|iallfall\s+)+"
        r"(?:oss|meg|familien|barna|borna|ungene|ungane|venner|vener|jobben|helsa|helsen|"
        r"(?:mange\s+)?(?:gode\s+)?(?:venner|vener)|(?:[^\W\d_]+\s+)?(?:din|di|ditt|dine))\b",
        "jo da tross alt fall iallfall",
    ),
    # "Heldigvis" comforts when said about the other's trouble; _OWN filters
    # out the trainee's own story ("Heldigvis fikk jeg hjelp").
    (r"\bheldigvis\b", "heldigvis"),
]
_COMFORT: PhraseSet[str] = PhraseSet([(p, gate, p) for p, gate in _PATTERNS])
_LUCKILY = _PATTERNS[-1][0]
_OWN = frozenset({"jeg", "eg", "vi", "me"})


_SAYING = wordset(
    """sier seier sa sagt sagde forteller fortel fortalte fortalde mener meiner
    lært lærte erfart erfarte opplevd opplevde skjønt skjønte skjøna"""
)


def _reported(ctx: Context, start: int) -> bool:
    """Is the phrase at ``start`` what others say ("sier at det går over")?"""
    k = ctx.token_at(start)
    if k is None:
        return False
    p = ctx.prev(k)
    if ctx.word(p) == "at":
        p = ctx.prev(p)  # type: ignore[arg-type]
    for _ in range(3):  # "sier (jo) at ..."
        if p is None or not ctx.is_adverb(ctx.word(p)):
            break
        p = ctx.prev(p)
    return ctx.word(p) in _SAYING


_YOU = wordset("du deg din di ditt dine")


def _luckily_for_you(ctx: Context, start: int, cache: dict[int, tuple[bool, bool, int]]) -> bool:
    """Is "heldigvis" at ``start`` said about the listener's trouble?

    "Heldigvis var det ikke kreft" and "Du har heldigvis ..." answer someone;
    "Heldigvis fikk jeg hjelp" and "Legen var heldigvis grei" tell one's own story.
    """
    si = ctx.sentence_at(start)
    if si not in cache:  # (speaker's own?, addresses the listener?, first word)
        s = ctx.sentences[si]
        words = set(ctx.low[s.first : s.stop])
        first = next((j for j in range(s.first, s.stop) if ctx.tokens[j].kind == "w"), -1)
        cache[si] = (not words.isdisjoint(_OWN), not words.isdisjoint(_YOU), first)
    own, you, first = cache[si]
    return not own and (you or ctx.token_at(start) == first)


def rule(ctx: Context) -> list[Finding]:
    """dele-smerte breaches; their spans are claimed so advice does not repeat them."""
    lang = ctx.lang
    out = []
    luck: dict[int, tuple[bool, bool, int]] = {}
    for m, pattern in _COMFORT.matches(ctx.words, ctx.text):
        start, end = m.start(), m.end()
        if ctx.claimed(start, end):
            continue  # din-sannhet, or an overlapping comfort phrase, has it
        if _reported(ctx, start) or ctx.quoted_before_telling(end):
            continue  # "Alle sier at det går over", "«Det går over», sa hun": retold
        if pattern == _LUCKILY and not _luckily_for_you(ctx, start, luck):
            continue
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
