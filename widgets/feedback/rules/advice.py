"""ikke-gi-rad: advice in its many forms, and spor-for-rad: asking first.

Advice is recognised by its grammar ("du bør/må/skal …", imperatives at the
start of a sentence) and by fixed phrases ("har du prøvd", "hvis jeg var deg",
"det beste er å"). Asking for permission ("Vil du høre hva jeg gjorde?") is a
strength, and the sentence that asks is not also reported as advice.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..context import Context
from ..finding import Finding
from ..lexicon import ADVERBS, ARTICLES, KNOWN, NEGATIONS, SAY_VERBS, SUBORDINATORS
from ..messages import message, suggestion_text
from ..patterns import PhraseSet
from ..tokens import Sentence, wordset
from ..verbs import AMBIGUOUS, INFINITIVE, PARTICIPLE, PAST, PRESENT

__all__ = ["IMPERATIVES", "rule"]

_F = re.IGNORECASE
_MAX_ACTION = 12
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
_NOT = r"(?:ikke|ikkje|kje|itte|itj|ikkj)"  # with spoken forms ("du var kje naiv")

# Asking before sharing (conversation rule "spor-for-rad").
_ASK = "|".join(
    [
        r"\b(?:vil|ville|ønsker|ønskjer)\s+du\s+(?:gjerne\s+)?(?:høre|høyre|vite)\s+"
        r"(?:hva|kva|hvordan|korleis|litt\s+om|om\s+(?:det|hvordan|korleis))\b",
        r"\bhar\s+du\s+lyst\s+(?:til\s+)?å\s+(?:høre|høyre)\s+(?:hva|kva|hvordan|korleis|om)\b",
        r"\b(?:ønsker|ønskjer|vil)\s+du\s+(?:ha\s+)?(?:et\s+|eit\s+|noen\s+|nokre\s+|noe\s+|"
        r"noko\s+)?(?:godt\s+)?(?:råd|tips|innspill|forslag)\b",
        r"\ber\s+det\s+(?:greit|greitt|ok|i\s+orden|lov)\s+(?:at|om)\s+(?:jeg|eg)\b",
        r"\bkan\s+(?:jeg|eg)\s+(?:få\s+)?(?:dele|fortelle|fortelje|komme\s+med|kome\s+med)\b",
        r"\bvil\s+du\s+at\s+(?:jeg|eg)\s+skal\s+(?:fortelle|fortelje|dele|si|seie)\b",
    ]
)

# Own experience offered as experience, not as advice.
_EXPERIENCE = (
    r"\bdet\s+(?:hjalp|hjelpte)\s+meg\b|\b(?:min|mi)\s+(?:egen\s+|eiga\s+)?erfaring\b"
    r"|\b(?:da|då)\s+(?:jeg|eg)\b[^.!?\n]{1,80}?,\s*(?:kjente|kjende|merket|merka|opplevde|"
    r"skjønte|skjøna|forsto|forstod|følte)\s+(?:jeg|eg)\b"
)
_STRENGTHS: PhraseSet[str] = PhraseSet(
    [
        (
            _ASK,
            "høre høyre vite råd tips innspill forslag greit greitt ok orden lov dele fortelle "
            "fortelje komme kome",
            "ask",
        ),
        (
            _EXPERIENCE,
            "hjalp hjelpte erfaring kjente kjende merket merka opplevde skjønte skjøna "
            "forsto forstod følte",
            "exp",
        ),
    ]
)

# Fixed advice phrases: (pattern, gate words, message key).
_PHRASE_LIST: list[tuple[str, str, str]] = [
    (
        r"\bhar\s+du\s+(?:(?:ikke|ikkje|allerede|allereie|egentlig|eigentleg|noen\s+gang|"
        r"nokon\s+gong)\s+)*(?:prøvd|prøvet|prøva|forsøkt|vurdert|tenkt\s+på|snakket\s+med|"
        r"snakka\s+med|pratet\s+med|prata\s+med|spurt|kontaktet|kontakta|ringt|vært\s+hos|"
        r"vore\s+hos|søkt|sjekket|sjekka)(?:\s+(?:å|at))?(?=\s|$|[.!?,])",
        "prøvd prøvet prøva forsøkt vurdert tenkt snakket snakka pratet prata spurt kontaktet "
        "kontakta ringt vært vore søkt sjekket sjekka",
        "ikke-gi-rad/sporsmal",
    ),
    (r"\bhvorfor\s+ikke\b|\bkvifor\s+ikkje\b", "hvorfor kvifor", "ikke-gi-rad/sporsmal"),
    (r"\b(?:burde|bør|skulle)\s+du\s+" + _NOT + r"\b", "burde bør skulle", "ikke-gi-rad/sporsmal"),
    (
        r"\b(?:kan|kunne)\s+du\s+" + _NOT + r"\s+(?:bare|berre|heller|prøve|prøva)\b",
        "bare berre heller prøve prøva",
        "ikke-gi-rad/sporsmal",
    ),
    (
        r"\b(?:hva|kva|ka)\s+(?:med|me)\s+å\b|\b(?:hva|kva|ka)\s+om\s+du\b"
        # "Hva med en privatetterforsker?" (not "Hva med ungene?", which asks)
        r"|\b(?:hva|kva|ka)\s+(?:med|me)\s+(?:en|ei|et|ein|eit)\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*\?",
        "hva kva ka",
        "ikke-gi-rad/sporsmal",
    ),
    (
        r"\b(?:hvis|om|viss|dersom)\s+(?:jeg|eg|æ|e)\s+(?:var|va|hadde\s+vært|hadde\s+vore)\s+"
        r"(?:deg|du|dæ|dè)\b|\b(?:var|va|hadde)\s+(?:jeg|eg|æ)\s+(?:vært\s+|vore\s+)?(?:deg|du|dæ)\b",
        "var va hadde",
        "ikke-gi-rad/modal",
    ),
    (r"\bi\s+ditt\s+sted\b|\bi\s+din\s+stad\b", "sted stad", "ikke-gi-rad/modal"),
    # "hvis det var min datter, hadde jeg krevd nytt møte": what I would do in their place
    (
        r"\b(?:hvis|om|viss|dersom)\s+det\s+(?:var|va|hadde\s+vært|hadde\s+vore)\s+(?:min|mi|mitt|mine)\s+"
        r"[^\W\d_]+\s*,?\s*(?:så\s+)?(?:hadde|ville|skulle)\s+(?:jeg|eg|æ)\b",
        "min mi mitt mine",
        "ikke-gi-rad/modal",
    ),
    # "hvis jeg var i din situasjon", "om eg stod i dine sko", "var eg i dine klede"
    (
        r"\b(?:hvis|om|viss|dersom)\s+(?:jeg|eg|æ)\s+(?:var|va|sto|stod|hadde\s+vært|"
        r"hadde\s+vore|hadde\s+stått)\s+i\s+(?:din|dine|ditt)\s+"
        r"(?:situasjon|sko|skor|klær|klede|sted|stad|posisjon|tilfelle)\b"
        r"|\b(?:var|sto|stod)\s+(?:jeg|eg|æ)\s+i\s+(?:din|dine|ditt)\s+"
        r"(?:situasjon|sko|skor|klær|klede|posisjon)\b",
        "situasjon sko skor klær klede posisjon tilfelle",
        "ikke-gi-rad/modal",
    ),
    (
        r"\b(?:mitt|mine)\s+(?:beste\s+)?(?:råd|tips|forslag)\b"
        r"|\b(?:rådet|tipset|forslaget|råda|rådene|tipsa|tipsene)\s+(?:mitt|mine)\b"
        r"|\b(?:et|eit)\s+godt\s+råd\b"
        r"|\b(?:et|eit)\s+(?:lite\s+|godt\s+)?(?:råd|tips)\s+(?:er|kan\s+være|kan\s+vere)\s+(?:å|at)\b",
        "råd tips forslag rådet tipset forslaget råda rådene tipsa tipsene",
        "ikke-gi-rad/modal",
    ),
    (
        # "Det beste er å", "Det lurast (du kan gjere no), er å": up to five words between
        r"\bdet\s+(?:beste|eneste|einaste|lureste|lurast|lurest|smarteste|smartaste|klokeste|"
        r"klokaste)(?:\s+[^\W\d_]+){0,5}?\s*,?\s+(?:er|var)\s+(?:å|at)\b",
        "beste eneste einaste lureste lurast lurest smarteste smartaste klokeste klokaste",
        "ikke-gi-rad/modal",
    ),
    (r"\bdet\s+(?:lønner|løner|løn)\s+seg\b", "lønner løner løn", "ikke-gi-rad/modal"),
    (
        r"\b(?:det\s+(?:er|kan|hadde|ville)|(?:kan|er|hadde|ville)\s+det)\s+(?:(?:jo|nok|kanskje|"
        r"sikkert|da|då|også|òg)\s+)*(?:være\s+|vere\s+|vært\s+|vore\s+)?"
        r"(?:veldig\s+|svært\s+|ganske\s+|så\s+|lurt\s+og\s+)?(?:lurt|smart|"
        r"klokt|viktig|best|fornuftig|lurast|nyttig|sunt)\s+(?:å|at\s+du)\b",
        "lurt smart klokt viktig best fornuftig lurast nyttig sunt",
        "ikke-gi-rad/modal",
    ),
    (
        r"\bdet\s+du\s+(?:trenger|treng)\b(?:\s+\w+){0,3}\s*,?\s*(?:er|e)\b",
        "trenger treng",
        "ikke-gi-rad/modal",
    ),
    (
        r"\bdu\s+(?:trenger|treng)\s+(?:(?:bare|berre|virkelig|verkeleg)\s+)?å\b",
        "trenger treng",
        "ikke-gi-rad/modal",
    ),
]
_IF_YOU = r"(?:hvis|om|viss|dersom|når|bare)\s+du\b"
_PHRASE_LIST += [
    # a promise that something helps "if you just ...": "Det hjelper hvis du bare skriver"
    (
        r"\b(?:hjelper|hjelp|hjelpar|hjelpe)\s+(?:(?:mye|mykje|veldig|ofte|alltid|nok|"
        r"faktisk|jo|garantert)\s+)*" + _IF_YOU,
        "hjelper hjelp hjelpar hjelpe",
        "ikke-gi-rad/modal",
    ),
    (
        r"\b(?:bedre|betre|lettere|lettare|enklere|enklare)\s+(?:for\s+deg\s+)?"
        r"(?:hvis|om|viss|dersom|når)\s+du\s+(?:bare|berre|ikke|ikkje)\b",
        "bedre betre lettere lettare enklere enklare",
        "ikke-gi-rad/modal",
    ),
    # "… hvis du bare får sove": the promise names what the other should do
    (
        r"\b(?:hvis|om|viss|dersom)\s+du\s+(?:bare|berre)\s+(?!(?:vil|ønsker|ønskjer|orker|orkar|"
        r"gidder|gidd|vil\s+det|kan|tør|visste|var|hadde|kunne|skjønte|skjøna|forsto|forstod|"
        r"såg|så|vet|veit)\b)[^\W\d_]+",
        "bare berre",
        "ikke-gi-rad/modal",
    ),
    # "Du trenger en ferie", "du treng hjelp": what the other needs, said for them
    (
        r"\bdu\s+(?:trenger|treng)\s+(?:(?:virkelig|verkeleg|nok|bare|berre|jo|sikkert)\s+)*"
        r"(?:en|ei|et|eit|litt|mer|meir|hjelp|ro|hvile|kvile|søvn|pause|ferie|fri|avlastning|"
        r"avlasting|profesjonell|behandling|terapi|medisiner|medisinar)\b",
        "trenger treng",
        "ikke-gi-rad/modal",
    ),
    # "Det er bare å bite tennene sammen": an instruction to anyone listening
    # (not the offer "Det er bare å ringe meg")
    (
        r"\bdet\s+er\s+(?:jo\s+)?(?:bare|berre)\s+å\b(?!\s+(?:ringe|ringje|si|seie|spørre|spørje|"
        r"sende|senda|gi|gje|kontakte|kontakta|ta\s+kontakt\s+med|melde|melda)\s+(?:fra\s+|frå\s+|"
        r"ifra\s+|ifrå\s+|til\s+)?(?:meg|oss)\b)",
        "bare berre",
        "ikke-gi-rad/modal",
    ),
    # advice by example, at the end of someone else's story: "så det kan jo være
    # verdt et forsøk for deg også", "så kanskje det er noe for deg", "så du kunne
    # jo spørja helsestasjonen"
    (
        r"\b(?:verdt|verd)\s+(?:et|eit)\s+(?:forsøk|forsøket|prøve)\b"
        r"|\b(?:det\s+(?:er|e|kan\s+være|kan\s+vere|kunne\s+vært|kunne\s+vore|kunne\s+være)|er\s+det)\s+"
        r"(?:kanskje\s+|jo\s+|nok\s+|også\s+|òg\s+)*(?:noe|noko)\s+for\s+(?:deg|dere|dokker|dykk)\b"
        r"|\bså\s+du\s+(?:kunne|kan|kunna)\s+(?:jo|kanskje|gjerne|eventuelt|evt)\s+(?!(?:ikke|ikkje|være|vere|"
        r"vera|ha|bli|verte|kjenne|føle|tenke\s+at)\b)[^\W\d_]+(?:e|a)\b",
        "verdt verd noe noko jo kanskje gjerne eventuelt evt",
        "ikke-gi-rad/modal",
    ),
    # a promise on a condition: "Viss du sluttar å svare, så gir ho seg nok etter kvart"
    (
        r"\b(?:hvis|viss|om|dersom)\s+du\s+(?!(?:vil|ønsker|ønskjer|trenger|treng|orker|orkar)\b)"
        r"[^\W\d_]+[^.!?]{0,80}?,?\s+så\s+(?:gir|går|blir|vert|ordner|ordnar|løser|løyser|slutter|"
        r"sluttar|roer|roar)\s+(?:det|ho|han|hun|dei|de)\s+(?:seg\s+)?(?:nok|sikkert|garantert)\b",
        "nok sikkert garantert",
        "ikke-gi-rad/modal",
    ),
    # what worked for someone else, offered: "det kan du jo teste ut", and a
    # promise that starts as comfort: "Du skal se at hvis du går en tur …"
    (
        r"\bdet\s+kan\s+(?:du|dere|dokker|dykk)\s+(?:jo\s+|kanskje\s+|gjerne\s+|også\s+|òg\s+)+"
        r"(?:teste|testa|prøve|prøva|sjekke|sjekka|vurdere|vurdera|gjøre|gjere|tenke\s+på|tenkje\s+på)\b"
        r"|\bdu\s+skal\s+(?:se|sjå)\s+at\s+(?:hvis|om|viss|dersom|når)\s+du\b",
        "teste testa prøve prøva sjekke sjekka vurdere vurdera gjøre gjere tenke tenkje se sjå",
        "ikke-gi-rad/modal",
    ),
    # a suggestion softened with "kanskje" and a modal: "kanskje du kunne ha sagt nei"
    (
        r"\b(?:kanskje|kansje|kanskje|kanksje)\s+(?:du|dere|dykk)\s+(?:kunne|kan|skulle|burde|"
        r"bør|skal|må)\b(?!\s+(?:ha\s+)?(?:hatt|vært|vore|følt|kjent|blitt|vorte)\b)",
        "kanskje kansje kanksje",
        "ikke-gi-rad/modal",
    ),
]
_PHRASES: PhraseSet[str] = PhraseSet(_PHRASE_LIST)

# Advice modals after "du". "bør"/"burde" are advice in any clause; the others
# only in a main clause ("når du må jobbe" describes, it does not advise).
_ALWAYS = frozenset({"bør", "burde"})
_MAIN_ONLY = frozenset({"må", "skal", "skulle"})
_CAN = frozenset({"kan", "kunne"})
_CAN_ADVICE_NEXT = wordset(
    "jo bare berre heller alltid gjerne kanskje prøve prøva ringe ringje snakke snakka ta gå "
    "søke søkje be spørre spørje skrive tenke tenkje si seie kontakte kontakta"
)
_OPINION = wordset("synes syns synest tror trur mener meiner tenker tenkjer")
_BE_FEEL = wordset("være vere vera kjenne føle")
_SOFT = wordset(
    "jo nok bare berre kanskje heller virkelig verkeleg absolutt altså rett og slett også òg "
    "egentlig eigentleg eigentlig faktisk"
)

# Imperatives that give advice, with their infinitive for the rewrite.
IMPERATIVES: dict[str, str] = {
    "ring": "ringe",
    "ta": "ta",
    "snakk": "snakke",
    "prøv": "prøve",
    "gå": "gå",
    "kontakt": "kontakte",
    "søk": "søke",
    "spør": "spørre",
    "be": "be",
    "si": "si",
    "sei": "seie",
    "les": "lese",
    "skriv": "skrive",
    "husk": "huske",
    "hugs": "hugse",
    "tenk": "tenke",
    "slutt": "slutte",
    "gi": "gi",
    "gje": "gje",
    "finn": "finne",
    "lag": "lage",
    "sett": "sette",
    "set": "setje",
    "legg": "legge",
    "bestill": "bestille",
    "meld": "melde",
    "still": "stille",
    "kjøp": "kjøpe",
    "hvil": "hvile",
    "kvil": "kvile",
    "sov": "sove",
    "tren": "trene",
    "pust": "puste",
    "vent": "vente",
    "send": "sende",
    "begynn": "begynne",
    "byrj": "byrje",
    "start": "starte",
    "sjekk": "sjekke",
    "kom": "komme",
    "dra": "dra",
    "flytt": "flytte",
    "nekt": "nekte",
    "vær": "være",
    "ver": "vere",
    "bli": "bli",
    "gjør": "gjøre",
    "gjer": "gjere",
    "sørg": "sørge",
    "pass": "passe",
    "glem": "glemme",
    "gløym": "gløyme",
    "drikk": "drikke",
    "spis": "spise",
    "skaff": "skaffe",
    "oppsøk": "oppsøke",
    "bruk": "bruke",
    "velg": "velge",
    "unngå": "unngå",
    "lytt": "lytte",
    "vis": "vise",
    "stol": "stole",
    "ignorer": "ignorere",
    "overlat": "overlate",
    "varsle": "varsle",
    "anmeld": "anmelde",
    "fokuser": "fokusere",
    "prioriter": "prioritere",
    "la": "la",
    "hold": "holde",
    "godta": "godta",
    "aksepter": "akseptere",
    "hør": "høre",
    "høyr": "høyre",
    "søkj": "søkje",
    "tal": "tale",
    "fortsett": "fortsette",
    "slett": "slette",
    "blokker": "blokkere",
    "kutt": "kutte",
    # slang (round 2): "bare drit i han", "dropp den jobben", "dump han"
    "dropp": "droppe",
    "drit": "drite",
    "dump": "dumpe",
    "hent": "hente",
    "kjør": "kjøre",
    "køyr": "køyre",
    "prat": "prate",
    "øv": "øve",
    "forklar": "forklare",
    "forlat": "forlate",
    "skill": "skille",
    "krev": "kreve",
    "skru": "skru",
    "sperr": "sperre",
    "slå": "slå",
    "bestem": "bestemme",
    "del": "dele",
    "klag": "klage",
    "bytt": "bytte",
    "avslutt": "avslutte",
    "avlys": "avlyse",
    "kast": "kaste",
    "selg": "selge",
    "sel": "selje",
    "spar": "spare",
}
# Words that may come before an imperative at the start of a sentence.
_LEAD = wordset(
    "bare berre så og men da då nå no altså ja nei hei kjære bro brur kompis vennen evt eventuelt"
)
_NO_ACTION = frozenset({"hør", "høyr"})  # "Hør på meg:" has no action worth echoing


def _action_from(ctx: Context, j: int | None, stop: int) -> str | None:
    """The verb phrase from token ``j`` to the end of its clause, or None."""
    if j is None:
        return None
    toks = ctx.tokens
    end = j
    # to the end of the clause, but never more than a dozen words: the
    # rewrite echoes the action, not a paragraph
    stop = min(stop, j + _MAX_ACTION)
    while end < stop and toks[end].text not in (",", ".", "!", "?", ";", ":", "…"):
        end += 1
    if end == j:
        return None
    # Markup the trainee typed is not part of the action ("<b>ring</b> legen").
    words = _TAG.sub(" ", ctx.text[toks[j].start : toks[end - 1].end])
    return " ".join(words.split()) or None


def _advice_suggestion(ctx: Context, action: str | None) -> str:
    if action:
        return suggestion_text("rad/handling", ctx.lang, action=action)
    return suggestion_text("rad/generell", ctx.lang)


_EXCUSE = wordset("unnskylde orsake unnskylda")
_FORGIVE = wordset("tilgi tilgje")  # "dere må tilgi meg", not "du må tilgi deg selv"


def _modal_advice(ctx: Context, i: int) -> tuple[int, str | None] | None:
    """Token ``i`` is "du": advice "du bør …"? Returns (modal index, action)."""
    low = ctx.low
    m = ctx.next(i)
    mw = ctx.word(m)
    if m is None or mw is None:
        return None
    s = ctx.sentence(i)
    pw = ctx.word(ctx.prev(i))
    subordinate = pw in SUBORDINATORS
    if pw == "så" and mw == "må" and not _must_not_advice(ctx, ctx.next(m)):
        # "…, så du må bare komme deg ut", "så du må ikke finne deg i noe fra dem"
        # conclude: they advise ("så du må ikkje gå og tenkje på det" comforts)
        subordinate = False
    if pw == "at":
        # "jeg synes at du skal" advises; "jeg hører at du må" reports.
        k = ctx.prev(ctx.prev(i))  # type: ignore[arg-type]
        for _ in range(3):  # "jeg tror (nok) at du ..."
            if k is None or low[k] not in ADVERBS:
                break
            k = ctx.prev(k)
        if ctx.word(k) in _I:
            k = ctx.prev(k)  # type: ignore[arg-type]  # "då tenkjer eg at du skulle ha …"
        subordinate = ctx.word(k) not in _OPINION
    # the first word after the modal and its soft adverbs
    a = ctx.next(m)
    for _ in range(4):  # "du må jo bare ..."
        if a is None or low[a] not in _SOFT:
            break
        a = ctx.next(a)
    aw = ctx.word(a)
    if mw in _ALWAYS:
        return m, _action_from(ctx, a, s.stop)
    if subordinate or (s.question and mw != "skulle"):
        # "Skal du til legen?" asks; "Kanskje du skulle snakke med noen?" suggests.
        return None
    if mw in _MAIN_ONLY:
        if mw == "må" and (
            low[ctx.next(m) or m] == "gjerne"
            or aw in _EXCUSE
            or (aw in _FORGIVE and ctx.word(ctx.next(a)) in ("meg", "oss"))  # type: ignore[arg-type]
        ):
            return None  # "Dere må gjerne avbryte meg", "Dere må unnskylde at jeg gråter"
        if mw == "må" and aw == "ha" and ctx.word(ctx.next(a)) in PARTICIPLE:  # type: ignore[arg-type]
            return None  # "du må ha hatt det tøft" guesses, it does not advise
        if mw == "må" and _must_not_advice(ctx, a):
            return None
        if aw in ("være", "vere") and low[ctx.next(m) or m] in ("jo", "nok", "vel"):
            return None  # "du må jo være sliten"
        if mw == "skal" and aw in ("se", "sjå", "vite", "få"):
            return None  # "skal du se" reassures; "du skal få" promises
        if mw == "skulle" and (aw in _SEEN or (aw == "ha" and ctx.word(ctx.next(a)) in _SEEN)):  # type: ignore[arg-type]
            return None  # "Du skulle (ha) sett ham!" exclaims
        if a is not None and ctx.claimed(ctx.tokens[a].start, ctx.tokens[a].end):
            return None  # "du må slutte å gruble": the comfort is the finding
        return m, _action_from(ctx, a, s.stop)
    if mw in _CAN:
        b = ctx.next(m)
        if ctx.word(b) in _CAN_ADVICE_NEXT:
            if aw in NEGATIONS or aw in _BE_FEEL:
                return None  # "Du kan jo ikke vite det", "du kan jo være stolt av deg selv"
            return m, _action_from(ctx, a, s.stop)
        if aw == "ha" and _action_participle(ctx.word(ctx.next(a))):  # type: ignore[arg-type]
            return m, _action_from(ctx, a, s.stop)  # "du kunne (jo) ha sagt nei"
        return None
    if mw == "får":
        if aw in INFINITIVE and aw not in ("hjelp",):
            return m, _action_from(ctx, a, s.stop)
        return None
    return None


def _must_not_advice(ctx: Context, a: int | None) -> bool:
    """After "må du"/"du må", words that do not tell the listener what to do."""
    aw = ctx.word(a)
    if a is None or aw is None:
        return False
    nw = ctx.word(ctx.next(a))
    if aw in _HEAR_ME and nw in _HEAR_ME_NEXT:
        return True  # "Nei no må du høyra litt": a call for attention, what follows decides
    if aw in NEGATIONS:
        # "du må ikkje tru at han gjer det med vilje" overrules (din-sannhet);
        # "må ikkje (gå og) tenkje på det" comforts (dele-smerte)
        v = ctx.next(a)
        if nw == "gå" and ctx.word(ctx.next(v)) == "og":  # type: ignore[arg-type]
            v = ctx.next(ctx.next(v))  # type: ignore[arg-type]
        return v is not None and (
            ctx.word(v) in _BELIEVE or ctx.word(v) in _DWELL_INFINITIVE or _dwelling(ctx, v)
        )
    # "nå må du slutte, du er en nydelig jente": "stop it", comfort
    return aw in _STOP and nw not in ("å", "med")


_HEAR_ME = wordset("høre høyre høyra hør høyr lytte lytta")
_HEAR_ME_NEXT = frozenset({None, "litt", "her", "nå", "no"})
_BELIEVE = wordset("tro tru tenke tenkje innbille")
_STOP = wordset("slutte slutta")


# Participles that tell what happened to someone, not what they could do.
_HAPPENED = wordset(
    "hatt vært vore blitt vorte dødd døydd mistet mista mist skjedd hendt falt falle "
    "kommet kome fått følt kjent tenkt trodd trudd sett"
)


def _action_participle(w: str | None) -> bool:
    return w is not None and w in PARTICIPLE and w not in _HAPPENED and w not in INFINITIVE


def _would_have(ctx: Context) -> list[tuple[int, int, int]]:
    """ "Jeg ville ha sagt opp", "Eg ville kasta han ut": advice as what *I* would do.

    Returns (sentence, first token, last token). Not "Jeg ville ha sagt noe, men
    turte ikke" (what the speaker wanted) nor "Hvis jeg hadde visst det, ville
    jeg ha …" (the speaker's own if), nor "ville" as a past "wanted to".
    """
    low = ctx.low
    out = []
    for i, w in enumerate(low):
        if w not in ("ville", "vilde") and not (w == "hadde" and _ends_with_i(ctx, i)):
            continue
        p, n = ctx.prev(i), ctx.next(i)
        if ctx.word(p) in _I:
            subj = p
        elif ctx.word(n) in _I:
            subj = n
        else:
            continue
        k = ctx.next(max(i, subj))  # type: ignore[type-var]
        for _ in range(3):  # "jeg ville (nok) (heller) ha"
            if k is None or low[k] not in _SOFT_WOULD:
                break
            k = ctx.next(k)
        with_ha = ctx.word(k) == "ha"
        if with_ha:
            k = ctx.next(k)  # type: ignore[arg-type]
        kw = ctx.word(k)
        # after "ha" any word is a participle ("ville ha kasta"); without it
        # only a known one ("jeg ville sagt opp", not "jeg ville hjem")
        if not (_action_participle(kw) or (with_ha and kw is not None and kw not in _HAPPENED)):
            continue
        s = ctx.sentence(i)
        words = low[s.first : s.stop]
        if "men" in low[i : s.stop] or s.question:
            continue
        own_if = any(
            words[j] in ("hvis", "om", "viss", "dersom") and words[j + 1] in _I
            for j in range(len(words) - 1)
        )
        if own_if:
            continue  # "hvis jeg var deg" is found by its own pattern
        out.append((ctx.sent_of[i], min(i, subj), k))  # type: ignore[type-var,arg-type]
    return out


_I = wordset("jeg eg")
_FIRST_PERSON = wordset("jeg eg meg vi me oss")


def _ends_with_i(ctx: Context, i: int) -> bool:
    """ "Jeg hadde sagt opp, jeg.": a closing ", jeg" marks what *I* would do."""
    s = ctx.sentence(i)
    words = [k for k in range(s.first, s.stop) if ctx.tokens[k].kind == "w"]
    return (
        len(words) > 3
        and ctx.low[words[-1]] in _I
        and ctx.low[words[-1] - 1] == ","
        and ctx.low[s.first] in _I
    )


_SOFT_WOULD = wordset("nok bare berre heller sjølv selv også òg straks ikke ikkje aldri")


def _inverted_modal(ctx: Context, i: int) -> tuple[int, str | None] | None:
    """ "Den må du laste ned", "Da bør du ringe": a fronted phrase, then modal + du."""
    m = ctx.prev(i)
    mw = ctx.word(m)
    if mw not in _INVERTED or m is None:
        return None
    s = ctx.sentence(i)
    front = ctx.prev(m)
    if s.question or front is None or ctx.word(front) in SUBORDINATORS - _FRONTED_OK:
        return None
    a = ctx.next(i)
    for _ in range(3):
        if a is None or ctx.low[a] not in _SOFT:
            break
        a = ctx.next(a)
    aw = ctx.word(a)
    if ctx.low[s.first] == "som":
        return None  # "Som innvandrer må du …": generic "du", reported as si-jeg
    if aw in _REMEMBER and ctx.claimed(s.start, s.end):
        return None  # "Ho hadde eit langt liv, det må du hugse": part of the comfort
    if aw is None or not (aw in INFINITIVE or _looks_infinitive(aw)):
        return None
    if aw == "ha" and ctx.word(ctx.next(a)) in PARTICIPLE:  # type: ignore[arg-type]
        return None  # "da må du ha vært redd" guesses
    if mw == "må" and _must_not_advice(ctx, a):
        return None
    if ctx.claimed(ctx.tokens[a].start, ctx.tokens[a].end):  # type: ignore[index]
        return None  # "No må du slutte å gruble": the comfort is the finding
    if mw == "skal" and aw in ("se", "sjå", "vite", "få", "høre", "høyre"):
        return None  # "nå skal du få høre" promises
    return m, _action_from(ctx, a, s.stop)


_INVERTED = wordset("må bør burde skal")
_KNOW = wordset("vite vita")
_OR = wordset("eller")
_SEEN = wordset("sett sjått høyrt hørt opplevd")


def _looks_infinitive(w: str) -> bool:
    """An unknown word after "må du" ending like an infinitive ("laste", "melda")."""
    return len(w) > 3 and w.endswith(("e", "a")) and w not in KNOWN


# Words that open a clause but also front a main clause: "så må du", "da bør du".
_FRONTED_OK = wordset("så da då der")


def _why_dont_you(ctx: Context, i: int) -> int | None:
    """ "Hvorfor ringer du ikke …?" suggests; "Hvorfor kom du ikke?" asks. End of span or None."""
    v = ctx.next(i)
    d = ctx.next(v) if v is not None else None
    neg = ctx.next(d) if d is not None else None
    if ctx.word(v) in PRESENT and ctx.word(d) == "du" and ctx.word(neg) in ("ikke", "ikkje"):
        return neg
    return None


def _imperative(
    ctx: Context, si: int, start: int | None = None
) -> tuple[int, int, str | None] | None:
    """An advising imperative opening sentence ``si`` (or its clause at token
    ``start``, after a comma): (first, last, action)."""
    s = ctx.sentences[si]
    if s.question:
        return None
    low = ctx.low
    toks = ctx.tokens
    j = s.first if start is None else start
    # Skip opening punctuation, discourse words and a vocative ("Kari, ...").
    led = False
    while j < s.stop and (toks[j].kind == "p" or low[j] in _LEAD):
        led = led or toks[j].kind == "w"
        j += 1
    if (
        j + 1 < s.stop
        and toks[j].text[:1].isupper()
        and low[j] not in KNOWN_IMPERATIVE
        and toks[j + 1].text == ","
    ):
        j += 2
    if j >= s.stop:
        return None
    first = j
    negated = low[j] in ("ikke", "ikkje")
    if negated:
        j += 1
        if j >= s.stop:
            return None
    w = low[j]
    if toks[j].kind != "w":
        return None
    verb = IMPERATIVES.get(w) or _tagged_imperative(ctx, j, led or start is not None)
    if verb is None:
        return None
    if led and w in _ALSO_FINITE:
        return None  # "Så kom flaskene fram": a verb in second place, not a command
    n = ctx.next(j)
    nw = ctx.word(n)
    if nw in ("meg", "oss"):
        return None  # "La meg fortelle", "Ring meg gjerne": offers, not advice
    if nw in NEGATIONS and w in PAST and not negated:
        return None  # "sov ikkj ein blund i natt": a past verb without its "eg"
    if w in ("si", "sei") and nw in ("gjerne", "mer", "meir"):
        return None  # an invitation to tell more
    if (
        negated
        and w in _TELL
        and (
            (nw in ("det", "dette") and _onward(ctx, n))  # type: ignore[arg-type]
            or (nw == "at" and ctx.word(ctx.next(n)) == "du")  # type: ignore[arg-type]  # "ikke si at du vet det"
        )
    ):
        return None  # "Ikkje sei det vidare": asking for a secret to be kept (taushetsplikt)
    if w in _WONDER and (n is None or nw is None or nw in _WONDER_NEXT):
        return None  # "Tenk, ho …", "tenk det", "tenk deg": an exclamation
    if w in _WONDER and nw == "på" and _bright_side(ctx, n):  # type: ignore[arg-type]
        return None  # "Tenk på alle de gode årene": a silver lining (dele-smerte), not advice
    if negated and _dwelling(ctx, j):
        return None  # "Ikkje gå og grubl på det": "don't feel that" (dele-smerte), not advice
    if w in ("husk", "hugs") and (_reminds_of_right(ctx, n) or _about_here(ctx, n)):
        return None  # "Husk at du bestemmer selv hvor mye du vil si"
    if _giving_room(ctx, j, s):
        return None  # "Ta den tida du trenger", "Si fra hvis det blir for mye"
    if (
        nw is not None
        and (nw in PRESENT or nw in PAST)
        and nw not in IMPERATIVES
        and nw not in INFINITIVE
        and nw not in ARTICLES
        and not (nw == "så" and ctx.word(ctx.next(n)) in _SO_MUCH)  # type: ignore[arg-type]
    ):
        return None  # the word was a noun subject ("Start er ...")
    if n is None and not negated and w not in ("ring", "vent", "hvil", "kvil", "pust"):
        return None  # a lone word is rarely advice
    if start is not None and not led and (w in AMBIGUOUS or w in _ALSO_FINITE):
        return None  # after a comma only a clear imperative: "…, ring legen"
    clause_end = next(
        (toks[k].start for k in range(j + 1, s.stop) if toks[k].text in (",", ";", ":")), s.end
    )
    near = toks[min(j + 3, s.stop - 1)].end  # the comfort is the imperative's own words
    if ctx.claimed(toks[j].start, min(clause_end, near)):
        return None  # "Prøv å ikke ta det så tungt": the comfort is the finding
    action = None
    if not negated and w not in _NO_ACTION:
        rest = _action_from(ctx, n, s.stop) if n is not None else None
        action = f"{verb} {rest}" if rest else verb
    return first, j, action


_SO_MUCH = wordset("mye mykje lite ofte mange hardt tungt fort lenge")  # "Ikke les så mye"


#: What follows an imperative ("Lær ham å …", "Kjøp deg …", "Snu deg"): the
#: tagger is asked about an unknown first word only before one of these.
_IMPERATIVE_NEXT = wordset(
    """deg dykk dere dokker ham han henne ho hun dem dei seg en ei et ein eit det den
    på med til av om fra frå ut opp inn ned bort vekk heller nå no"""
)


def _tagged_imperative(ctx: Context, j: int, led: bool) -> str | None:
    """A verb the table does not list that the tagger reads as an imperative
    opening the sentence ("Lær ham å si ifra"): its infinitive (the lemma)."""
    if led or ctx.low[j] in KNOWN or len(ctx.low[j]) < 3:
        return None
    if ctx.word(ctx.next(j)) not in _IMPERATIVE_NEXT:
        return None  # ask the tagger only where an object or a particle follows
    tag = ctx.tag(j)
    if tag.upos != "VERB" or tag.form != "imp":
        return None
    n = ctx.next(j)
    if n is None or ctx.sentence(n) is not ctx.sentence(j):
        return None  # a lone word
    return tag.lemma if tag.lemma and tag.lemma != ctx.low[j] else None


_TELL = wordset("si sei fortell fortel")
_WONDER = wordset("tenk tenkj")
# "Tenk at det er to år sidan", "tenk om det er politiet"
_WONDER_NEXT = wordset("det deg dokker dere dykk at om")


def _onward(ctx: Context, k: int) -> bool:
    """After "si det": "videre/vidare", "til noen/nokon/nokon"."""
    n = ctx.next(k)
    w = ctx.word(n)
    return w in ("videre", "vidare") or (w == "til" and ctx.word(ctx.next(n)) in ("noen", "nokon"))  # type: ignore[arg-type]


_BRIGHT = wordset(
    """gode gode fine flotte positive lyse gode glade beste gledene minnene lyspunktene
    lyspunkta"""
)
_DWELL = wordset("grubl gruble grubla bekymr bekymre dvel dvele")


def _bright_side(ctx: Context, k: int) -> bool:
    """ "tenk på (alle) (de) gode årene", "tenk på det positive"."""
    for _ in range(4):
        k = ctx.next(k)  # type: ignore[assignment]
        w = ctx.word(k)
        if w is None:
            return False
        if w in _BRIGHT:
            return True
    return False


_DWELL_INFINITIVE = wordset("tenke tenkje tenkja gruble grubla bekymre uroe uroa dvele")


def _dwelling(ctx: Context, j: int) -> bool:
    """ "(ikke) grubl på det", "(ikkje) gå og grubl", "(ikke) heng deg opp i det"."""
    w = ctx.low[j]
    if w == "gå" and ctx.word(ctx.next(j)) == "og":
        j = ctx.next(ctx.next(j))  # type: ignore[arg-type,assignment]
        w = ctx.word(j)  # type: ignore[assignment]
    if w in _DWELL:
        return True
    n = ctx.next(j)
    return w == "heng" and ctx.word(n) in ("deg", "dere") and ctx.word(ctx.next(n)) == "opp"  # type: ignore[arg-type]


_HERE = wordset("her gruppa gruppen rommet")


def _about_here(ctx: Context, k: int | None) -> bool:
    """ "Husk at det som blir sagt her, blir her": a reminder of the group's rule."""
    if ctx.word(k) not in ("at",):
        return False
    for _ in range(10):
        k = ctx.next(k)  # type: ignore[arg-type]
        w = ctx.word(k)
        if k is None:
            return False
        if w in _HERE:
            return True
    return False


_TIME = wordset("tid tida tiden")
_SAY_FROM = wordset("fra ifra ifrå frå")
_IF = wordset("hvis om viss dersom når")
_LISTEN = wordset("lytter lyttar hører høyrer er")


def _giving_room(ctx: Context, j: int, s: Sentence) -> bool:
    """Room given in the conversation, not advice for life: "Ta (deg) (god) tid(a
    du trenger)" with no "til/med", "Si fra hvis det blir for mye", "Bare si det,
    vi lytter"."""
    w = ctx.low[j]
    n = ctx.next(j)
    if w == "ta":
        k = n
        for _ in range(3):  # "ta (deg) (god/den) tid"
            if ctx.word(k) in _TIME:
                after = ctx.word(ctx.next(k))  # type: ignore[arg-type]
                return after not in ("til", "med", "for", "å")
            k = ctx.next(k) if k is not None else None
        return False
    if w in ("si", "sei"):
        nw = ctx.word(n)
        if nw in _SAY_FROM:
            return ctx.word(ctx.next(n)) in _IF  # type: ignore[arg-type]
        if nw == "det" and ctx.next(n) is not None and ctx.tokens[ctx.next(n)].kind == "p":  # type: ignore[arg-type]
            words = ctx.low[s.first : s.stop]
            return any(a in ("vi", "me", "jeg", "eg") and b in _LISTEN for a, b in pairwise(words))
    return False


_YOUR_CHOICE = wordset("bestemmer bestemmer velger vel styrer avgjør")
_OWN = wordset("selv sjølv sjøl")
_ALLOWED = wordset("lov")


def _reminds_of_right(ctx: Context, k: int | None) -> bool:
    """ "husk at du bestemmer selv", "hugs at du ikkje treng å", "husk at du har
    lov til å …": reminding the listener of a right is not advice."""
    if ctx.word(k) == "at":
        k = ctx.next(k)  # type: ignore[arg-type]
    if ctx.word(k) not in ("du", "dere", "de"):
        return False
    v = ctx.next(k)  # type: ignore[arg-type]
    vw = ctx.word(v)
    after = ctx.word(ctx.next(v)) if v is not None else None
    if vw in ("ikke", "ikkje"):
        vw, after = after, vw  # "at du ikkje treng": the subordinate order
    if vw in _YOUR_CHOICE:
        return True
    if vw in ("trenger", "treng", "må") and after in ("ikke", "ikkje"):
        return True
    return vw in ("har", "får", "får") and after in _ALLOWED


_COMFORTING = wordset("tenk tenkj husk hugs")
_YOU_NEED = re.compile(r"du\s+(?:trenger|treng)\b", re.IGNORECASE)
_JUST_TO = re.compile(r"det\s+er\s+(?:jo\s+)?(?:bare|berre)\s+å\b", re.IGNORECASE)


def _opens_with_imperative(ctx: Context, s: Sentence) -> bool:
    """Does sentence ``s`` start with an imperative ("Ta det med ro", "Ikke tenk …")?"""
    j = s.first
    while j < s.stop and (ctx.tokens[j].kind == "p" or ctx.low[j] in _LEAD):
        j += 1
    if j < s.stop and ctx.low[j] in ("ikke", "ikkje"):
        j += 1
    return j < s.stop and ctx.low[j] in IMPERATIVES and ctx.low[j] not in _ALSO_FINITE


# what a comfort ends on: "det må du hugse", "det må du ta med deg heim",
# "det må du halde fast ved"
_REMEMBER = wordset("huske hugse hugsa tenke tenkje tenkja ta holde halde")


def _after_comma(ctx: Context, si: int) -> tuple[int, int, str | None] | None:
    """ "Du overdriver, bare si at du vil ha nøkkelen": an imperative opening a later clause."""
    s = ctx.sentences[si]
    toks = ctx.tokens
    opens_with_imperative = _opens_with_imperative(ctx, s)
    for k in range(s.first + 1, s.stop - 1):
        # "Ta det med ro og ring legen": a second imperative joined by "og"
        if toks[k].text != "," and not (ctx.low[k] == "og" and opens_with_imperative):
            continue
        before = ctx.word(ctx.prev(k))
        if before in SAY_VERBS:
            continue  # "hun sa, ring meg": a quotation
        imp = _imperative(ctx, si, k + 1)
        if imp and not (ctx.low[imp[1]] in _COMFORTING and ctx.claimed(s.start, s.end)):
            # "du har jo ungane dine, tenk på det": part of the comfort
            return imp
    return None


KNOWN_IMPERATIVE = frozenset(IMPERATIVES)
# Imperatives spelled like a finite verb ("kom", "sov", nn "les", "set").
_ALSO_FINITE = frozenset(w for w in IMPERATIVES if w in PRESENT or w in PAST)


def asked_first(ctx: Context) -> tuple[list[Finding], set[int]]:
    """spor-for-rad strengths, and the sentences that ask permission."""
    out: list[Finding] = []
    asked: set[int] = set()
    for m, kind in _STRENGTHS.matches(ctx.words, ctx.text):
        if kind == "ask":
            out.append(
                Finding(
                    "spor-for-rad", "styrke", m.start(), m.end(), message("styrke/spor", ctx.lang)
                )
            )
            asked.add(ctx.sentence_at(m.start()))
        else:
            out.append(
                Finding(
                    "vaer-synlig",
                    "styrke",
                    m.start(),
                    m.end(),
                    message("styrke/erfaring", ctx.lang),
                )
            )
    return out, asked


# The listener(s) addressed: "du", and the plural "dere/dokker" ("Dere må søke om …").
_ADDRESSED = wordset("du dere dokker")


_IF_I_WERE = re.compile(r"(?:hvis|om|viss|dersom|var|va|sto|stod)\s", re.IGNORECASE)
#: What "if I were you, I would …" goes on to when it shares a feeling, not a plan.
_FEELING_WOULD = wordset(
    """blitt blitt vorte vært vore følt kjent reagert grått gråte grine grint sint redd
    lei trist fortvilt knust sliten slitne utslitt glad lettet letta skuffet skuffa
    bekymret bekymra"""
)


def _feels_too(ctx: Context, k: int | None, stop: int) -> bool:
    seen = 0
    while k is not None and k < stop and seen < 6:
        if ctx.low[k] in _FEELING_WOULD:
            return True
        if ctx.tokens[k].kind == "w":
            seen += 1
        k = k + 1
    return False


_FIRST_STEP = wordset("først fyrst deretter etterpå")
_NEXT_STEP = _FIRST_STEP | wordset("så og medan mens")


def _steps_for_you(ctx: Context) -> tuple[int, int] | None:
    """A recipe in the listener's present: "Fyrst søkjer du om verje, … så krev
    du eit møte": "først/fyrst …" + verb + "du", and another step after it."""
    low = ctx.low
    steps = [
        i
        for i in range(2, len(low))
        if low[i] == "du" and low[i - 1] in PRESENT and low[i - 2] in _NEXT_STEP
    ]
    if len(steps) < 2 or not any(low[i - 2] in _FIRST_STEP for i in steps):
        return None
    return steps[0] - 2, steps[0]


def rule(ctx: Context, asked: set[int]) -> tuple[list[Finding], set[int]]:
    """ikke-gi-rad breaches, and the indices of the sentences that hold advice."""
    out: list[Finding] = []
    where: set[int] = set()
    lang = ctx.lang
    toks = ctx.tokens

    def add(si: int, start: int, end: int, key: str, action: str | None) -> None:
        if si in asked or ctx.claimed(start, end):
            return
        if any(f.start < end and start < f.end for f in out):
            return
        where.add(si)
        out.append(
            Finding(
                "ikke-gi-rad",
                "brudd",
                start,
                end,
                message(key, lang),
                _advice_suggestion(ctx, action),
            )
        )

    for m, key in _PHRASES.matches(ctx.words, ctx.text):
        si = ctx.sentence_at(m.start())
        s = ctx.sentences[si]
        if _YOU_NEED.match(m.group()):
            k = ctx.token_at(m.start())
            if s.question or ctx.word(ctx.prev(k)) in SUBORDINATORS:  # type: ignore[arg-type]
                continue  # "Hvis du trenger hjelp, …" is a condition, not advice
        if (
            key == "ikke-gi-rad/sporsmal"
            and s.question
            and _OR.intersection(ctx.low[ctx.token_at(m.end()) or s.first : s.stop])
        ):
            continue  # "Har du snakka med nokon om det, eller er dette fyrste gongen?" asks
        if _JUST_TO.match(m.group()) and not _FIRST_PERSON.isdisjoint(ctx.low[s.first : s.stop]):
            continue  # "Det er bare å vente på svaret for meg nå": the speaker's own lot
        if _IF_I_WERE.match(m.group()) and _feels_too(ctx, ctx.token_at(m.end()), s.stop):
            ctx.cleared.add("ikke-gi-rad")
            continue  # "Hvis jeg var i din situasjon, ville jeg blitt redd også": empathy
        action = None
        # the action after "å"/"at"/"med å", when the phrase ends there
        k = ctx.token_at(m.end())
        k = k if k is not None and k < s.stop else None
        if k is not None and (m.group().lower().endswith(("å", "at")) or ctx.low[k] in INFINITIVE):
            action = _action_from(ctx, k, s.stop)
        add(si, m.start(), m.end(), key, action)
    for i, w in enumerate(ctx.low):
        if w in ("hvorfor", "kvifor"):
            hit = _why_dont_you(ctx, i)
            if hit is not None:
                add(ctx.sent_of[i], toks[i].start, toks[hit].end, "ikke-gi-rad/sporsmal", None)
        elif w in _ADDRESSED:
            hit = _modal_advice(ctx, i)
            if hit and ctx.word(ctx.next(hit[0])) in _KNOW:
                hit = None  # "dokker burde vite det": telling, not advising
            if hit:
                m, action = hit
                add(ctx.sent_of[i], toks[i].start, toks[m].end, "ikke-gi-rad/modal", action)
                continue
            hit = _inverted_modal(ctx, i)
            if hit:
                m, action = hit
                add(ctx.sent_of[i], toks[m].start, toks[i].end, "ikke-gi-rad/modal", action)
    if not ctx.words.isdisjoint(("ville", "vilde", "hadde")):
        for si, first, last in _would_have(ctx):
            add(si, toks[first].start, toks[last].end, "ikke-gi-rad/modal", None)
    steps = _steps_for_you(ctx)
    if steps is not None:
        first, last = steps
        add(ctx.sent_of[first], toks[first].start, toks[last].end, "ikke-gi-rad/modal", None)
    for si in range(len(ctx.sentences)):
        imp = _imperative(ctx, si)
        if imp is None:
            imp = _after_comma(ctx, si)
        if imp:
            first, last, action = imp
            add(si, toks[first].start, toks[last].end, "ikke-gi-rad/bydeform", action)
    return out, where
