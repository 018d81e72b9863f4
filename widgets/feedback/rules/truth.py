"""din-sannhet: telling another person that their experience is wrong."""

from __future__ import annotations

from ..context import Context
from ..finding import Finding
from ..lexicon import NEGATIONS
from ..messages import message, suggestion_text
from ..patterns import PhraseSet

__all__ = ["rule"]

_NOT = r"(?:ikke|ikkje|kje|itte|itj|ikkj)"  # with spoken forms ("du var kje naiv")
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
    # "Minnet ditt har nok gjort det større", "du har fått eit feil inntrykk"
    (
        r"\b(?:minnet|hukommelsen|hugsen|minna)\s+(?:ditt|din|di|dine)\s+(?:har\s+)?"
        + _SOFT
        + r"(?:gjort|gjer|gjør|gjorde)\s+(?:det|dette|ting|alt)\s+"
        r"(?:større|verre|værre|mørkere|mørkare)\b"
        r"|\b(?:fått|fekk|fikk|har)\s+(?:nok\s+|sikkert\s+|vel\s+)*(?:et|eit|ett)\s+(?:feil|galt|gale|"
        r"forkjært|skeivt|skjevt)\s+inntrykk\b",
        "minnet hukommelsen hugsen minna inntrykk",
    ),
    # "at ho ikkje meinte det slik", "han nok ikke mente det vondt": subordinate order
    (
        r"\b(?:han|hun|ho|hen|de|dei|dem|hu)\s+(?:nok\s+|sikkert\s+|vel\s+|jo\s+)*"
        + _NOT
        + r"\s+(?:mente|meinte|mener|meiner)\s+(?:det|noko|noe)\s+"
        r"(?:sånn|slik|vondt|vont|ille|stygt|så\s+ille|så\s+vondt)\b",
        "mente meinte mener meiner",
    ),
    # "er du helt sikker på at hun himla med øynene?": the listener's memory doubted
    (
        r"\ber\s+du\s+(?:helt\s+|heilt\s+|heilt\s+heilt\s+|nå\s+|no\s+)?sikker\s+på\s+at\s+(?:han|hun|ho|hen|"
        r"de|dei|det|dere|dokker|legen|læraren|læreren|sjefen)\b",
        "sikker",
    ),
    (
        r"\b(?:tar|husker|hugsar|hugser)\s+du\s+" + _NOT + r"\s+(?:nok\s+|jo\s+|litt\s+)?feil\b",
        "feil",
    ),
    (
        r"(?<!\bjeg\s)(?<!\beg\s)(?<!\bæ\s)\b(?:gjør|gjer|gjere|gjøre)\s+det\s+(?:nok\s+|sikkert\s+|litt\s+|vel\s+)*(?:verre|værre|større|"
        r"vanskeligere|vanskelegare|tyngre)\s+enn\s+det\s+(?:er|e|var)\b",
        "verre værre større vanskeligere vanskelegare tyngre",
    ),
    # "du oppfattet dem feil", "du forstod det nok feil"
    (
        r"\bdu\s+" + _SOFT + r"(?:oppfattet|oppfatta|oppfattar|oppfatter|forsto|forstod|skjønte|"
        r"skjønar|hørte|høyrde|leste|las|tolket|tolka)\s+(?:(?:det|dem|dei|han|henne|ho|ham|den)\s+)?"
        + _SOFT
        + r"feil\b",
        "feil",
    ),
    # "det var ikke så kaldt som du husker det": any degree, denied, against their account
    (
        r"\b" + _NOT + r"\s+(?:var\s+|er\s+|vart\s+|ble\s+)?så\s+[^\W\d_]+\s+som\s+du\s+"
        r"(?:husker|hugsar|minnes|beskriver|skildrar|forteller|fortel|framstiller|fremstiller|"
        r"sier|seier|tror|trur|tenker|tenkjer|opplevde|opplever|syns|synes)\b",
        "husker hugsar minnes beskriver skildrar forteller fortel framstiller fremstiller sier "
        "seier tror trur tenker tenkjer opplevde opplever syns synes",
    ),
    # explained away by a cause: "Det der kommer av at du ikke har sovet"
    (
        r"\b(?:det|dette|det\s+der|sånt|slikt)\s+(?:kommer|kjem|skyldes|skuldast)\s+(?:nok\s+|sikkert\s+|"
        r"bare\s+|berre\s+|jo\s+|vel\s+)*(?:av\s+)?at\s+du\b",
        "kommer kjem skyldes skuldast",
    ),
    # "Legen sa det nok ikke sånn": someone's words told better than the listener heard them
    (
        r"\b(?:sa|sagde|sagt)\s+det\s+(?:nok|sikkert|vel|neppe)\s+(?:"
        + _NOT
        + r"\s+)?(?:sånn|slik|"
        r"på\s+den\s+måten)\b",
        "nok sikkert vel neppe",
    ),
    # "du treng ikkje seia at du svikta han": their own account of it overruled
    (
        r"(?<!så\s)\bdu\s+(?:trenger|treng)\s+"
        + _NOT
        + r"\s+(?:si|seie|seia|sei|tenke|tenkje|tro|tru)\s+"
        r"at\s+(?:du|han|hun|ho|dei|de)\s+(?!(?:er|e)\s+(?:alene|åleine|aleine)\b)",
        "trenger treng",
    ),
    # "Du er jo berre mellom to jobbar", "du var jo bare liten": their situation made small
    (
        r"\bdu\s+(?:er|var|e|va)\s+(?:jo|nok|sikkert|vel)\s+(?:bare|berre)\s+(?!(?:meg|oss)\b)[^\W\d_]+",
        "bare berre",
    ),
    # the listener reminded of what they did themselves: "Du ga dem jo pengene
    # frivillig", "men du valde jo det sjølv", "du ville jo aldri ha gjort det"
    (
        r"(?:^|(?<=[,.;:!?])\s*|\b(?:men|nei|og)\s+)du\s+(?:ga|gav|valgte|valde|visste|sa|sagde|"
        r"ville|gikk|gjekk|tok|lot|let|gjorde|skrev|skreiv|sendte|sende|signerte|betalte|"
        r"lånte|flyttet|flytta)\s+(?:[^\W\d_]+\s+){0,2}jo\b(?!\s+(?:at|om)\b)",
        "ga gav valgte valde visste sa sagde ville gikk gjekk tok lot let gjorde skrev skreiv "
        "sendte sende signerte betalte lånte flyttet flytta",
    ),
    # "du må ikkje tru at han gjer det for å plaga deg": the other's reading overruled
    # (not the conclusion from a fact: "Han ringte i går, så du må ikke tro at …")
    (
        r"(?<!så\s)\b(?:du|dere|dokker)\s+(?:må|skal)\s+"
        + _NOT
        + r"\s+(?:tro|tru|tenke|tenkje|innbille\s+deg)\s+"
        r"(?:at\s+)?(?:han|hun|ho|hen|de|dei|dem|legen|sjefen|mora|moren|faren|far|mor)\b",
        "tro tru tenke tenkje innbille",
    ),
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
    (
        r"\bdet\s+(?:der\s+|her\s+)?(?:tror|trur)\s+(?:jeg|eg)\s+"
        + _NOT
        + r"\s+(?:noe\s+|noko\s+|heilt\s+|helt\s+)?på\b",
        "tror trur",
    ),
    (
        r"\bdu\s+(?:tar|tek)\s+det\s+(?:nok\s+|litt\s+|jo\s+)*(?:alt\s*for|for)\s+(?:tungt|hardt|"
        r"personlig|personleg|alvorlig|alvorleg|ille)\b",
        "tungt hardt personlig personleg alvorlig alvorleg ille",
    ),
]
# Tiredness, mood and the like, used to explain a feeling away.
_MOOD = (
    r"(?:sliten|trøtt|trøytt|utslitt|utsliten|lei|sulten|stresset|stressa|overarbeidet|"
    r"overarbeida|sur|grinete|gretten|i\s+dårlig\s+humør|i\s+dårleg\s+humør|nedfor|deppa|"
    r"lei\s+av\s+[^\W\d_]+)"
)
# Feelings a listener may deny ("du er ikke ensom").
_DENIED = (
    r"(?:ensom|einsam|alene|aleine|åleine|svak|dum|egoistisk|sjølvisk|slem|udugelig|udugeleg|"
    r"mislykket|mislukka|håpløs|håplaus|(?:en|ein|ei|noen|nokon)\s+(?:dårlig|dårleg)\s+"
    r"(?:mor|far|mamma|pappa|forelder|venn|ven|venninne|kone|mann|datter|dotter|sønn|son))"
)
_BE = r"(?:er|e|var)"
_PATTERNS += [
    # "du må ha misforstått", "du har nok misforstått ham"
    (
        r"\bdu\s+"
        + _SOFT
        + r"(?:må\s+"
        + _SOFT
        + r"ha|har|hadde)\s+"
        + _SOFT
        + r"(?:misforstått|missforstått|mistolket|mistolka|hørt\s+feil|høyrt\s+feil|"
        r"tatt\s+feil|teke\s+feil|husket\s+feil|hugsa\s+feil|drømt|drøymt|innbilt\s+deg|"
        r"overtolket|overtolka)\b",
        "misforstått missforstått mistolket mistolka feil drømt drøymt innbilt overtolket "
        "overtolka",
    ),
    # explaining the other's words away: "han mente det sikkert ikke sånn", "… mener det ikke."
    (
        r"\b(?:mente|meinte|mener|meiner)\s+det\s+"
        + _SOFT
        + _NOT
        + r"(?:\s+(?:sånn|slik|så\s+ille|så\s+gale|så\s+galt|vondt|vondt\s+i\s+det|vont|ille)\b"
        r"|(?=\s*(?:[.,!;]|$)))",
        "mente meinte mener meiner",
    ),
    (
        r"\b(?:mente|meinte|mener|meiner)\s+det\s+(?:nok\s+|sikkert\s+|bare\s+|berre\s+|jo\s+)*"
        r"(?:godt|vel|ikke\s+vondt|ikkje\s+vondt)\b",
        "mente meinte mener meiner",
    ),
    (
        r"\b(?:mente|meinte|mener|meiner)\s+(?:nok\s+|sikkert\s+|jo\s+)*"
        + _NOT
        + r"\s+(?:noe|noko)\s+"
        r"(?:vondt\s+|vont\s+|ille\s+|galt\s+|gale\s+|stygt\s+)?med\s+(?:det|dette)\b"
        r"|\b(?:tror|trur)\s+"
        + _NOT
        + r"\s+(?:at\s+)?(?:han|hun|ho|hen|de|dei)\s+(?:mente|meinte|mener|meiner)\s+"
        r"(?:noe|noko)\s+(?:vondt\s+|vont\s+|ille\s+|galt\s+|gale\s+|stygt\s+)?med\s+(?:det|dette)\b",
        "mente meinte mener meiner",
    ),
    (
        r"\b(?:ment|meint)\s+(?:som\s+(?:en|ein)\s+(?:spøk|vits|tøys)|godt|vel|snilt|sånn|slik)\b",
        "ment meint",
    ),
    (
        r"\b(?:tror|trur)\s+(?:jeg|eg)\s+" + _NOT + r"\s+(?:at\s+)?(?:det\s+)?(?:var|er)\s+"
        r"(?:sånn|slik|så\s+ille|så\s+gale|så\s+galt)\b",
        "tror trur",
    ),
    # someone's behaviour explained away by mood: "han er sikkert bare stressa"
    (
        r"\b(?:han|hun|ho|hen)\s+(?:er|var|e)\s+(?:nok|sikkert|vel)\s+(?:bare|berre)\s+"
        r"(?:litt\s+)?(?:sliten|trøtt|trøytt|stresset|stressa|sur|redd|usikker|lei|sjalu|"
        r"i\s+dårlig\s+humør|i\s+dårleg\s+humør)\b",
        "bare berre",
    ),
    (
        r"\bdu\s+har\s+(?:sikkert\s+|nok\s+|jo\s+)*(?:bare|berre)\s+(?:sovet|sove|sovi|søvd)\s+"
        r"(?:for\s+)?(?:dårlig|dårleg|lite|for\s+lite)\b",
        "sovet sove sovi søvd",
    ),
    (
        r"\b(?:det\s+(?:der\s+)?(?:er|e)\s+(?:jo\s+|bare\s+|berre\s+|nok\s+|sikkert\s+)*)"
        r"(?:angsten|hormonene|hormona|depresjonen|trøttheten|trøyttleiken|sorgen|sorga|"
        r"sykdommen|sjukdommen|stresset|stressen|humøret|medisinene|medisinane|pillene|pillane)\s+"
        r"som\s+(?:snakker|snakkar|lurer|lurar|tenker|tenkjer|styrer|spiller|spelar|speler|"
        r"får\s+deg)\b",
        "angsten hormonene hormona depresjonen trøttheten trøyttleiken sorgen sorga sykdommen "
        "sjukdommen stresset stressen humøret medisinene medisinane pillene pillane",
    ),
    (
        r"\bser\s+(?:det|alt|ting|livet)\s+(?:litt\s+)?(?:for|altfor|alt\s+for|så)\s+"
        r"(?:svart|mørkt|negativt|dystert)\b",
        "svart mørkt negativt dystert",
    ),
    # "det er bare fordi du er sliten", "berre fordi du er trøytt"
    (
        r"\b(?:(?:det\s+)?" + _BE + r"\s+" + _SOFT + r")?(?:bare|berre|nok|sikkert)\s+fordi\s+du\s+"
        r"(?:" + _BE + r"|har|hadde|sov|sover|søv|er\s+så)\b",
        "fordi",
    ),
    # "du er bare sliten", "du har berre ein dårleg dag"
    (
        r"\bdu\s+"
        + _BE
        + r"\s+(?:jo\s+|nok\s+|sikkert\s+)*(?:bare|berre)\s+(?:litt\s+|så\s+)?"
        + _MOOD
        + r"(?![^\W\d_])",
        "bare berre",
    ),
    (
        r"\bdu\s+har\s+(?:jo\s+|nok\s+|sikkert\s+)*(?:bare|berre)\s+(?:en|ein|ei)\s+"
        r"(?:dårlig|dårleg|tung|vond|sur)\s+(?:dag|periode|uke|veke|natt|tid)\b",
        "bare berre",
    ),
    # "Eg trur ikkje du eigentleg er deprimert"
    (
        r"\b(?:tror|trur)\s+" + _NOT + r"\s+(?:at\s+)?du\s+(?:egentlig\s+|eigentleg\s+|"
        r"virkelig\s+|verkeleg\s+)?(?:er|e|var|har\s+hatt|har\s+vært|har\s+vore)\b",
        "tror trur",
    ),
    # doubting the other's past: "det var sikkert ikke så ille" (a hedge, then a
    # judgement; "det var ikkje så ille" alone minimises and is dele-smerte)
    (
        r"\bdet\s+var\s+(?:nok|sikkert|vel|neppe)\s+(?:nok\s+|sikkert\s+|egentlig\s+|"
        r"eigentleg\s+)?" + _NOT + r"\s+så\s+(?:ille|gale|galt|farlig|farleg|vondt|tungt|"
        r"dramatisk|skummelt|alvorlig|alvorleg|vanskelig|vanskeleg|stort|mye|mykje)\b"
        r"(?:\s+som\s+(?:du|det)\s+[^\W\d_]+)?",
        "nok sikkert vel neppe",
    ),
    (
        r"\b(?:er|var)\s+(?:det|dette)\s+(?:der\s+)?(?:ikke|ikkje)\s+(?:litt\s+|noe\s+|noko\s+)?"
        r"(?:overdrevet|overdrive|overdreve)\b|\bdet\s+(?:der\s+)?(?:er|var)\s+(?:jo\s+|nok\s+)?"
        r"(?:litt\s+|veldig\s+)?(?:overdrevet|overdrive|overdreve)\b",
        "overdrevet overdrive overdreve",
    ),
    (
        r"\bser\s+(?:spøkelser|spøkelse|spøkjelse|spøkjelsar)\b",
        "spøkelser spøkelse spøkjelse spøkjelsar",
    ),
    (
        r"\bdu\s+(?:tolker|tolkar|leser|les|forstår)\s+(?:ham|han|henne|ho|det|dette|dem|dei)?\s*"
        + _SOFT
        + r"feil\b",
        "feil",
    ),
    (
        r"\bdet\s+(?:der\s+)?(?:er|e)\s+(?:jo\s+|bare\s+|berre\s+|nok\s+)*(?:bare|berre|jo)\s+"
        r"(?:tull|tøys|tøv|vrøvl|innbilning|innbilling|tankespinn|angsten\s+din)\b",
        "tull tøys tøv vrøvl innbilning innbilling tankespinn",
    ),
    (
        r"\bdu\s+(?:vet|veit)\s+(?:jo\s+|godt\s+|sjølv\s+|selv\s+)*at\s+det\s+"
        + _NOT
        + r"\s+(?:er|var)\s+(?:sånn|slik)\b",
        "vet veit",
    ),
    (
        r"\b(?:føles|føltes|kjennes|kjennest|virker|verkar|høres|høyrest)\s+(?:nok\s+|sikkert\s+|"
        r"bare\s+|berre\s+)*(?:verre|værre|større|farligere|farlegare|tyngre)\s+enn\s+det\s+"
        r"(?:er|var|e)\b",
        "verre værre større farligere farlegare tyngre",
    ),
    # "så kald som du sier", "så dramatisk som det føltes"
    (
        r"\bså\s+[^\W\d_]+\s+som\s+(?:du\s+(?:tror|trur|sier|seier|sa|sei|tenker|tenkjer|"
        r"opplever|opplevde|påstår|føler|følte|kjenner|beskriver|skildrar|fremstiller|framstiller|"
        r"gjør\s+det\s+til|gjer\s+det\s+til|skal\s+ha\s+det\s+til|vil\s+ha\s+det\s+til)"
        r"|det\s+(?:føltes|føltest|kjentes|kjendest|"
        r"virket|verka|så\s+ut|såg\s+ut|høres|høyrest|høyrdest|hørtes))\b",
        "som",
    ),
    # doubting it was that bad: "det kan ikke ha vært så ille", "var det virkelig så ille?"
    (
        r"\b(?:kan|kunne)\s+(?:vel\s+|jo\s+|da\s+)?" + _NOT + r"\s+(?:ha\s+)?(?:vært|vore)\s+så\s+"
        r"[^\W\d_]+",
        "vært vore",
    ),
    (
        r"\bså\s+(?:ille|gale|galt|farlig|farleg|vondt|tungt|dramatisk|skummelt|alvorlig|alvorleg)"
        r"\s+(?:kan|kunne|var|er)\s+det\s+(?:vel\s+|jo\s+|da\s+|nok\s+)?(?:" + _NOT + r"\b|"
        r"(?:ha\s+)?(?:vært|vore)\b)",
        "ille gale galt farlig farleg vondt tungt dramatisk skummelt alvorlig alvorleg",
    ),
    (
        r"\bvar\s+det\s+(?:virkelig|verkeleg|egentlig|eigentleg|nå\s+så|no\s+så)\s+(?:så\s+)?"
        r"(?:ille|gale|galt|farlig|farleg|vondt|tungt|dramatisk|skummelt|alvorlig|alvorleg|"
        r"vanskelig|vanskeleg)\b",
        "virkelig verkeleg egentlig eigentleg nå no",
    ),
    (
        r"\ber\s+du\s+(?:helt\s+|heilt\s+)?sikker\s+på\s+at\s+(?:det\s+(?:er|var|e)|"
        r"(?:han|hun|ho|de|dei|legen|hen)\s+(?:sa|sagde|mente|meinte|gjorde|gjekk|gikk))\b",
        "sikker",
    ),
    (
        r"\b(?:det\s+)?(?:høres|høyrest|hørest|høyres|virker|verkar)\s+(?:mer|meir)\s+(?:ut\s+)?"
        r"som\b",
        "mer meir",
    ),
    # "du er ikke ensom", "du e ikkje ei dårleg mor" (not "alene om ...")
    (
        r"\bdu\s+"
        + _BE
        + r"\s+(?:jo\s+|da\s+|slett\s+)?"
        + _NOT
        + r"\s+(?:så\s+)?"
        + _DENIED
        + r"\b(?!\s+om\b)",
        "ensom einsam alene aleine åleine svak dum egoistisk sjølvisk slem udugelig udugeleg "
        "mislykket mislukka håpløs håplaus dårlig dårleg",
    ),
    (
        r"\bikke\s+(?:sånn|slik)\s+det\s+(?:egentlig|eigentleg|faktisk|jo)\s+(?:er|var)\b"
        r"|\bikkje\s+(?:sånn|slik)\s+det\s+(?:egentlig|eigentleg|faktisk|jo)\s+(?:er|var)\b",
        "sånn slik",
    ),
    (
        r"\b(?:bare|berre)\s+(?:noe|noko)\s+du\s+har\s+(?:bestemt\s+deg\s+for|innbilt\s+deg|"
        r"funnet\s+på|funne\s+på|fått\s+for\s+deg|fått\s+i\s+hovudet|fått\s+i\s+hodet)",
        "noe noko",
    ),
]
# Round 2 (2026-12-02), from the blind batches 4 and 5: overruling in more
# everyday shapes. "du er ikke X, du er bare Y" (a denial, then the speaker's
# reading of it), judging by looks («du ser jo helt frisk ut»), renaming the
# other's word («Det du kaller panikkangst, er vel egentlig bare …»), rhetorical
# doubt («det kan da ikke …?», «du tar litt i»), and «jeg tror ikke …, du har
# bare …» explaining the experience away.
_WELL = (
    r"(?:frisk|sprek|opplagt|pigg|uthvilt|fin|bra|glad|fornøyd|lykkelig|lykkeleg|sterk|normal|"
    r"rolig|roleg|i\s+form|i\s+fin\s+form|i\s+god\s+form)"
)
_ILL = (
    r"(?:syk|sjuk|deprimert|sliten|trist|dårlig|dårleg|ille|ulykkelig|ulykkeleg|redd|deppa|"
    r"avhengig|utbrent|utbrend|gal|tjukk|tykk|feit|stygg)"
)
_PATTERNS += [
    (
        r"\bdu\s+(?:tar|tek)\s+(?:nok\s+|jo\s+|litt\s+|vel\s+|kanskje\s+|no\s+|nå\s+)*i"
        r"(?=\s*(?:[.,!?;]|$|nå\b|no\b|der\b|altså\b|da\b|no\b))"
        r"|\b(?:tar|tek)\s+du\s+(?:nok\s+|jo\s+|litt\s+|vel\s+|ikke\s+litt\s+|ikkje\s+litt\s+)*i"
        r"(?=\s*(?:[.,!?;]|$|nå\b|no\b|der\b|altså\b|da\b))",
        "tar tek",
    ),
    (
        r"\b(?:det|du|han|hun|ho|de|dei|hen|dette)\s+(?:kan|kunne|kan\s+jo)\s+(?:da|vel)\s+"
        + _NOT
        + r"\s+(?:ha|være|vere|stemme|stemma|mene|meine|bety|tyde|[^\W\d_]+)\b",
        "da vel",
    ),
    # "du er ikke X, du er bare Y", "du er ikkje redd folk, du har berre ikkje funne …"
    (
        r"\bdu\s+(?:er|e|var|har|hadde)\s+(?:jo\s+|da\s+)?"
        + _NOT
        + r"\s+[^.!?,;]{1,40}?[,;:.]\s*(?:men\s+)?du\s+(?:er|e|var|har|hadde|blei|ble|vart)\s+"
        r"(?:jo\s+|nok\s+|sikkert\s+|egentlig\s+|eigentleg\s+)*(?:bare|berre)\b",
        "bare berre",
    ),
    (
        r"\bdu\s+(?:er|e)\s+(?:jo|da)\s+" + _NOT + r"\s+(?:så\s+|so\s+)?(?:gammel|gamal|"
        r"gamal|for\s+gammel|syk|sjuk|alvorlig\s+syk|deprimert|avhengig|utbrent|utbrend|tjukk|"
        r"tykk|feit|stygg|dum|gal|svak|alene|åleine|aleine|den\s+typen)\b(?!\s+om\b)"
        r"|\bdu\s+(?:er|e)\s+" + _NOT + r"\s+(?:den\s+)?typen\b(?!\s+til\s+å\s+[^\W\d_]+\s+meg)",
        "gammel gamal syk sjuk deprimert avhengig utbrent utbrend tjukk tykk feit stygg dum gal "
        "svak alene åleine aleine typen",
    ),
    # judging by looks: "du ser jo helt frisk ut", "du høyrest ikkje so sjuk ut"
    (
        r"\bdu\s+(?:ser|høres|hørest|høyres|høyrest|virker|verkar|tar\s+deg)\s+(?:jo|da)\s+"
        r"(?:helt\s+|heilt\s+|så\s+|so\s+|veldig\s+|ganske\s+|kjempe)?" + _WELL + r"(?:\s+ut)?\b"
        r"|\bdu\s+(?:ser|høres|hørest|høyres|høyrest|virker|verkar)\s+(?:jo\s+|da\s+)?"
        + _NOT
        + r"\s+(?:så\s+|so\s+|særlig\s+|særleg\s+|spesielt\s+|veldig\s+)?"
        + _ILL
        + r"(?:\s+ut)?\b",
        "ser høres hørest høyres høyrest virker verkar",
    ),
    (
        r"\bdet\s+(?:høres|hørest|høyres|høyrest|virker|verkar|låter)\s+"
        + _NOT
        + r"\s+(?:ut\s+)?som\s+(?:en\s+|ein\s+|noen\s+|nokon\s+)?"
        r"(?:avhengighet|avhengigheit|depresjon|"
        r"angst|panikkangst|utbrenthet|utbrentheit|sykdom|sjukdom|mobbing|trakassering|"
        r"vold|vald|overgrep|spilleavhengighet|spelavhengigheit|en\s+diagnose|ein\s+diagnose|"
        r"noe\s+alvorlig|noko\s+alvorleg|et\s+problem|eit\s+problem)"
        r"|\b(?:høres|hørest|høyres|høyrest)\s+(?:jo\s+)?ut\s+som\s+(?:at\s+)?du\s+har\s+det\s+"
        r"(?:ganske\s+|veldig\s+|egentlig\s+|eigentleg\s+|jo\s+|da\s+|nokså\s+)*(?:bra|fint|godt|greit)\b",
        "høres hørest høyres høyrest virker verkar låter",
    ),
    # renaming the other's word
    (
        r"\bdet\s+du\s+(?:kaller|kallar|kaller\s+for|kallar\s+for|beskriver|skildrar|omtaler|omtalar|"
        r"opplever\s+som)\b[^.!?]{0,50}?\b(?:er|var|e)\s+(?:vel\s+|nok\s+|jo\s+|sikkert\s+|kanskje\s+)*"
        r"(?:egentlig|eigentleg|bare|berre|nok|vel|sikkert|jo|kanskje)\b",
        "kaller kallar beskriver skildrar omtaler omtalar opplever",
    ),
    (
        r"\bdu\s+(?:[^\W\d_]+\s+)?(?:egentlig|eigentleg|eigentlig)\s+(?:bare|berre)\s+(?:er|e|var|har|"
        r"hadde|vil|liker|likar|trenger|treng|har\s+blitt|har\s+vorte|blitt|vorte|redd|sliten|lei)\b"
        r"|\b(?:kanskje|sikkert|nok)\s+du\s+(?:egentlig|eigentleg)\s+(?:bare|berre)\b",
        "egentlig eigentleg eigentlig",
    ),
    (
        r"\b" + _NOT + r"\s+(?:sånn|slik)\s+som\s+du\s+(?:beskriver|skildrar|sier|seier|tror|trur|"
        r"fremstiller|framstiller|framstiller|gjør|gjer|tenker|tenkjer|får\s+det\s+til)\b",
        "sånn slik",
    ),
    (
        r"\bser\s+(?:du\s+)?(?:bare\s+|berre\s+|jo\s+|litt\s+|alt\s+|så\s+)*(?:svart|mørkt)\s+på\b",
        "svart mørkt",
    ),
    (
        r"\b(?:sa|sagt|gjorde|gjort|skrev|skreiv|skrive|skrevet|meinte|mente)\s+(?:det\s+)?"
        r"(?:nok\s+|sikkert\s+|neppe\s+|vel\s+)*" + _NOT + r"\s+for\s+å\s+(?:såre|skade|plage|"
        r"irritere|ergre|krenke|provosere|håne|gjøre\s+narr|gjere\s+narr|være\s+slem|vere\s+slem)\b"
        r"|\b(?:ville|vil)\s+(?:nok|sikkert|neppe)\s+(?:"
        + _NOT
        + r"\s+)?(?:såre|skade|plage)\s+(?:deg|dykk|dere)\b"
        r"|\b(?:ikke|ikkje)\s+(?:vondt|vont|ille|stygt)\s+(?:ment|meint)\b",
        "såre skade plage irritere ergre krenke provosere håne narr slem ment meint",
    ),
    (
        r"\b(?:er|sitter|sit|e)\s+(?:jo\s+|bare\s+|berre\s+|nok\s+|mest\s+)*(?:bare|berre|nok|mest)\s+i\s+"
        r"(?:hodet|huet|hovudet|haudet|tankene|tankane)\s+(?:ditt|dine|din)\b"
        r"|\bingen\s+(?:[^\W\d_]+\s+){0,3}?(?:tenker|tenkjer|synes|synst|syns|mener|meiner|ser\s+på\s+deg)\s+"
        r"(?:sånn|slik|det|så\s+ille)\s+(?:om\s+deg|om\s+dykk)\b",
        "hodet huet hovudet haudet tankene tankane ingen",
    ),
    (
        r"\b(?:sikkert|nok|kanskje|garantert)\s+(?:noe|noko|ting|mye|mykje|sider|mykje)\s+(?:som\s+)?"
        r"du\s+"
        + _NOT
        + r"\s+(?:så|såg|ser|vet|veit|visste|forsto|forstod|skjønte|skjøna|skjønner|"
        r"skjønar|fikk\s+med\s+deg|fekk\s+med\s+deg|vet\s+om|veit\s+om|kjenner\s+til|kjenner)\b"
        r"|\b(?:han|hun|ho|hen|de|dei)\s+(?:var|er|e)\s+(?:vel|nok|sikkert|jo)\s+"
        + _NOT
        + r"\s+(?:bare|berre)\b",
        "sikkert nok kanskje garantert vel jo",
    ),
    (
        r"\b(?:du\s+(?:er|e|var|har\s+vært|har\s+vore)|(?:er|e|var)\s+du)\s+(?:jo\s+|nok\s+|nå\s+|no\s+|bare\s+|berre\s+)*"
        r"(?:alt\s*for\s+|for\s+|"
        r"så\s+|veldig\s+|litt\s+|urimelig\s+|urimeleg\s+)?(?:streng|hard|urettferdig|urimelig|urimeleg|"
        r"kritisk|brutal|slem|tøff|nådeløs|nådelaus)\s+(?:mot|med|overfor|ovanfor|på)\s+deg\s+"
        r"(?:selv|sjølv|sjøl|sølv|sjæl)\b",
        "streng hard urettferdig urimelig urimeleg kritisk brutal slem tøff nådeløs nådelaus",
    ),
]
# "Jeg tror ikke det er kollegaene som fryser deg ut, du har bare vært så mye
# borte": doubting what the listener lives through, then explaining it away
# (not the speaker's own doubt, «Jeg tror ikke jeg klarer det, jeg er bare …»).
_PATTERNS.append(
    (
        r"\b(?:jeg|eg|e)\s+(?:tror|trur)\s+(?:nok\s+|egentlig\s+|eigentleg\s+)?"
        + _NOT
        + r"\s+(?:at\s+)?"
        r"(?!(?:jeg|eg|vi|me)\b)(?=[^.!?]*\b(?:du|deg|din|di|ditt|dine|dykk|dykkar|dere|deres)\b)"
        r"[^.!?,]{3,80}?,\s*(?:men\s+)?(?:du|dere|dykk|de|dei|han|hun|ho|det|hen)\s+(?:har|er|e|var|hadde|"
        r"vil|ville|skulle|gjer|gjør)\s+(?:nok\s+|sikkert\s+|jo\s+|vel\s+)*(?:bare|berre)\b",
        "tror trur",
    )
)
# "Det er nok bare hormonene", "det har du misforstått", "det stemmer da ikke"
_PATTERNS += [
    (
        r"\bdet\s+(?:der\s+)?(?:er|e)\s+(?:nok\s+|sikkert\s+|jo\s+|vel\s+)*(?:bare|berre)\s+"
        r"(?:hormonene|hormona|hormoner|hormonar|stress|stresset|nervene|nervane|trøtthet|trøttheten|"
        r"trøyttleik|trøyttleiken|søvnmangel|pms|overgangsalderen|puberteten|angsten|depresjonen|"
        r"innbilning|innbilling|fantasien\s+din)\b(?![^.!?]*\b(?:jeg|eg|meg|vi|me|oss)\b)",
        "hormonene hormona hormoner hormonar stress stresset nervene nervane trøtthet trøttheten "
        "trøyttleik trøyttleiken søvnmangel pms overgangsalderen puberteten angsten depresjonen "
        "innbilning innbilling fantasien",
    ),
    (
        r"\b(?:det|dette|den|det\s+der)\s+har\s+du\s+(?:nok\s+|sikkert\s+|bare\s+|berre\s+|jo\s+)*"
        r"(?:misforstått|missforstått|mistolket|mistolka|drømt|drøymt|innbilt\s+deg|funnet\s+på|"
        r"funne\s+på|hørt\s+feil|høyrt\s+feil|husket\s+feil|hugsa\s+feil|tatt\s+feil|teke\s+feil)\b",
        "misforstått missforstått mistolket mistolka drømt drøymt innbilt funnet funne feil",
    ),
    (
        r"\bdet\s+(?:der\s+)?stemmer\s+(?:da|vel)\s+" + _NOT + r"\b",
        "stemmer",
    ),
    (
        r"\bdu\s+(?:er|e)\s+(?:jo\s+|da\s+|slett\s+)?"
        + _NOT
        + r"\s+(?:en\s+|ei\s+|ein\s+|et\s+|eit\s+|til\s+)?"
        r"(?:byrde|belastning|belastning|bør|bry|ødelagt|øydelagd|øydelagt|verdiløs|verdilaus|taper|tapar|"
        r"fiasko|dårlig\s+person|dårleg\s+person|dårlig\s+menneske|dårleg\s+menneske)\b",
        "byrde belastning bør bry ødelagt øydelagd øydelagt verdiløs verdilaus taper tapar fiasko "
        "person menneske",
    ),
    (
        r"\bdu\s+(?:bare\s+|berre\s+)?(?:føler|kjenner|tenker|tenkjer)\s+(?:det|deg)\s+(?:bare\s+|berre\s+)?"
        r"(?:sånn|slik)?\s*(?:bare\s+|berre\s+)?fordi\s+du\b",
        "fordi",
    ),
    (
        r"\bdet\s+du\s+(?:føler|kjenner|kjenner\s+på|opplever|har|beskriver|skildrar)\s+(?:nå\s+|no\s+)?"
        r"(?:er|e)\s+(?:vel\s+|nok\s+|jo\s+|sikkert\s+)*(?:bare|berre|nok|vel|sikkert)\b",
        "føler kjenner opplever har beskriver skildrar",
    ),
    (
        r"\b(?:du\s+(?:overreagerer|overreagerar)|(?:overreagerer|overreagerar)\s+du)\b"
        r"|\bdu\s+reagerer\s+(?:nok\s+|litt\s+|jo\s+)*(?:alt\s*for|for)\s+(?:sterkt|kraftig|mye|mykje)\b"
        r"|\b(?:er\s+du|du\s+er)\s+(?:ikke\s+|ikkje\s+|nå\s+|no\s+|vel\s+|litt\s+|nok\s+)*(?:vel|litt\s+vel)"
        r"\s+(?:sensitiv|følsom|nærtagende|nærtakande|hårsår|sår|dramatisk|negativ|urimelig|urimeleg|"
        r"streng|hard|kritisk|sart)\b|\b(?:er\s+du|du\s+er)\s+(?:nå\s+|no\s+)?(?:vel\s+|nok\s+)+(?:litt\s+)?"
        r"(?:urimelig|urimeleg|urettferdig|sensitiv|dramatisk|hysterisk|negativ)\b",
        "overreagerer overreagerar reagerer vel",
    ),
    (
        r"\bdet\s+er\s+du\s+som\s+(?:tolker|tolkar|ser|oppfatter|oppfattar|tar|gjør|gjer|misforstår|"
        r"leser|les)\s+det\s+(?:sånn|slik|feil|personlig|personleg|til\s+(?:noe|noko))\b"
        r"|\bdet\s+er\s+" + _NOT + r"\s+deg\s+det\s+er\s+(?:noe|noko)\s+(?:galt|gale)\s+med\b",
        "tolker tolkar ser oppfatter oppfattar tar gjør gjer misforstår leser les galt gale",
    ),
    (
        r"\bdet\s+(?:tror|trur)\s+(?:jeg|eg)\s+"
        + _NOT
        + r"(?=\s*,[^.!?]*\b(?:du|deg|din|di|ditt|dine)\b)",
        "tror trur",
    ),
    (
        r"\b(?:sikkert|nok|neppe)\s+(?:ikke\s+|ikkje\s+)?så\s+mange\s+som\s+(?:la\s+merke|merket|merka|"
        r"så\s+det|såg\s+det|tenkte|tenkte\s+på|brydde\s+seg|husker|hugsar|tenker|tenkjer)\b"
        r"|\bingen\s+(?:andre\s+)?(?:tenker|tenkjer|la\s+merke|legger\s+merke|legg\s+merke|ser|husker|"
        r"hugsar|bryr\s+seg)\b[^.!?]{0,30}?\b(?:utenom|unntatt|bortsett\s+fra|enn|utanom)\s+deg\b"
        r"|\b(?:ikke|ikkje)\s+så\s+mange\s+som\s+(?:bryr\s+seg|la\s+merke|legger\s+merke|tenker|"
        r"tenkjer|husker|hugsar)\b(?![^.!?]*\b(?:jeg|eg|meg|vi|me|oss)\b)",
        "mange ingen",
    ),
    (
        r"\b(?:er|blir|vert)\s+(?:vel\s+|nok\s+|kanskje\s+|jo\s+)*(?:litt\s+)?å\s+ta\s+(?:litt\s+|hardt\s+|"
        r"vel\s+)?i(?=\s*(?:[.,!?;]|$))",
        "ta",
    ),
    (
        r"\b(?:det\s+var|det\s+er|det\s+e)\s+(?:nok\s+|sikkert\s+|jo\s+)*" + _NOT + r"\s+det\s+"
        r"(?:han|hun|ho|de|dei|hen|legen|sjefen|mora|faren|moren)\s+(?:mente|meinte|mener|meiner|sa|sagde|"
        r"seier|sier)\b",
        "mente meinte mener meiner sa sagde seier sier",
    ),
    (
        r"\b(?:har|hadde)\s+(?:jo\s+)?ingen\s+grunn\s+til\s+å\s+(?:være|vere|bli|føle\s+deg|kjenne\s+deg)\s+"
        r"(?:så\s+)?(?:lei\s+deg|redd|trist|sint|flau|bekymret|bekymra|skamfull|skuffa|skuffet|sjalu|"
        r"nervøs|urolig|uroleg)\b",
        "grunn",
    ),
    (
        r"\b(?:sånn|slik)\s+husker\s+(?:jeg|eg)\s+det\s+" + _NOT + r"\b"
        r"|\b(?:sånn|slik)\s+hugsar\s+eg\s+det\s+" + _NOT + r"\b"
        r"|\b(?:du\s+(?:gjør|gjer|lager|lagar)|(?:gjør|gjer|lager|lagar)\s+du)\s+(?:jo\s+|nok\s+)*det\s+"
        r"(?:jo\s+|nok\s+|litt\s+|sikkert\s+)*(?:mye\s+|mykje\s+)?(?:større|verre|værre|vanskeligere|"
        r"vanskelegare|tyngre)\s+enn\s+det\s+(?:er|var|e)\b|\bstorm\s+i\s+(?:et|eit)\s+(?:vannglass|"
        r"vassglas)\b|\bdu\s+(?:dramatiserer|dramatiserar|svartmaler|svartmålar)\b"
        r"|\b(?:dramatiserer|dramatiserar|svartmaler|svartmålar)\s+du\b"
        r"|\bdu\s+(?:er|e)\s+(?:jo\s+|nok\s+|bare\s+|berre\s+|litt\s+)*(?:paranoid|hysterisk)\b",
        "husker hugsar større verre værre vanskeligere vanskelegare tyngre vannglass vassglas "
        "dramatiserer dramatiserar svartmaler svartmålar paranoid hysterisk",
    ),
]
# Round 3 (2026-12-03): overruling in everyday words.
_PATTERNS += [
    # "hun hadde det sikkert ikke så vondt som du tror", "ikkje så ille som han seier"
    (
        r"(?<!\bjeg er )(?<!\bjeg var )(?<!\beg er )(?<!\beg var )(?<!\beg e )"
        r"\b(?:ikke|ikkje|ik|kje|itj)\s+(?:så|like)\s+(?:[^\W\d_]+\s+){1,4}?som\s+"
        r"(?:du|dere|dokker|døkk|han|hun|ho|hen)\s+(?:tror|trur|trodde|trudde|sier|seier|sa|tenker|"
        r"tenkjer|beskriver|skildrar|framstiller|fremstiller|gjør\s+det\s+til|gjer\s+det\s+til)\b"
        r"(?![^.!?]*\b(?:jeg|eg|meg)\b)",
        "som",
    ),
    # "så åleine er ho no ikkje", "så syk er du ikke"
    (
        r"\bså\s+[^\W\d_]+\s+(?:er|e|var)\s+(?:du|dere|dokker|døkk|han|hun|ho|hen)\s+"
        r"(?:nå\s+|no\s+|vel\s+|jo\s+|da\s+|heller\s+)*(?:ikke|ikkje|ik|kje|itj)\b",
        "så",
    ),
    # "det var vel ikke hver dag heller"
    (
        r"\b(?:var|er|e)\s+(?:vel|nok|da|jo|no|nå)\s+(?:ikke|ikkje|ik|kje|itj)\s+(?:[^\W\d_]+\s+){1,3}?"
        r"heller\b(?![^.!?]*\b(?:jeg|eg|meg|vi|me|oss)\b)",
        "heller",
    ),
    # excusing the one who hurt: "han hadde det sikkert vanskeleg sjølv"
    (
        r"\b(?:han|hun|ho|hen|de|dei|mora|faren|moren|far|mor)\s+(?:hadde|har)\s+det\s+(?:nok\s+|sikkert\s+|"
        r"vel\s+|jo\s+|også\s+|òg\s+)+(?:vanskelig|vanskeleg|tungt|vondt|vont|tøft|ikke\s+lett|"
        r"ikkje\s+lett)\s+(?:selv|sjølv|sjøl|sjæl|også|òg)\b",
        "selv sjølv sjøl sjæl også òg",
    ),
    # "eg trur du har gløymt korleis det eigentleg var"
    (
        r"\bdu\s+(?:har\s+)?(?:nok\s+|sikkert\s+|vel\s+|kanskje\s+)*(?:glemt|gløymt|gløymd|glømt)\s+"
        r"(?:hvordan|korleis|kor|åssen|koss|hva|kva)\s+(?:det|han|hun|ho)\s+(?:egentlig\s+|eigentleg\s+)?"
        r"(?:var|hadde)\b",
        "glemt gløymt gløymd glømt",
    ),
    # "eg trur ikkje det er det det handlar om"
    (
        r"\b(?:tror|trur)\s+(?:ikke|ikkje|ik|kje|itj)\s+(?:at\s+)?det\s+(?:er|e)\s+det\s+(?:det\s+)?"
        r"(?:handler|handlar|dreier\s+seg|dreiar\s+seg|gjelder|gjeld)\s+om\b",
        "handler handlar dreier dreiar gjelder gjeld",
    ),
    # "du overtenker det nok", "du overanalyserer"
    (
        r"\bdu\s+(?:overtenker|overtenkjer|overanalyserer|overanalyserar|overdramatiserer|"
        r"overdramatiserar)\b|\b(?:overtenker|overtenkjer|overanalyserer|overanalyserar)\s+du\b",
        "overtenker overtenkjer overanalyserer overanalyserar overdramatiserer overdramatiserar",
    ),
    # "hun er sikkert bare en helt vanlig trassig tenåring"
    (
        r"\b(?:han|hun|ho|hen|det|du)\s+(?:er|e)\s+(?:sikkert|nok|vel|jo)\s+(?:bare|berre)\s+"
        r"(?:en|ei|ein|eit|et)\s+(?:helt\s+|heilt\s+)?(?:vanlig|vanleg|normal)\b",
        "vanlig vanleg normal",
    ),
    # "du var jo ikke så glad i den jobben uansett"
    (
        r"\bdu\s+(?:var|har\s+vært|har\s+vore|e|er)\s+(?:jo\s+|vel\s+|nå\s+|no\s+)*(?:ikke|ikkje|ik|kje)"
        r"\s+(?:så\s+)?(?:glad\s+i|fornøyd\s+med|nøgd\s+med|begeistret\s+for|begeistra\s+for)\b"
        r"[^.!?]*\buansett\b",
        "uansett",
    ),
]
# Round 4 (2026-12-03, from blind batches 10 and 11): renaming the other's
# experience, "better than you think", reading too much into it, "he only says
# that", "surely just teasing", the harm doubted in other words.
_DOUBT = r"(?:nok|sikkert|sikert|vel|jo|bare|berre|nå|no|da)"
_PATTERNS += [
    # "Det er ikkje depresjon, det er berre barseltida"
    (
        r"\bdet\s+(?:er|var|e)\s+(?:nok\s+|vel\s+|jo\s+)*(?:ikke|ikkje|ik|kje)\s+(?!noe\b|noko\b|så\b|"
        r"bare\b|berre\b|lett\b|enkelt\b|greit\b|rart\b|godt\b|bra\b|min\b|mi\b|mitt\b|din\b|di\b|ditt\b)"
        r"[^\W\d_]{4,}\s*,\s*(?:det\s+(?:er|var|e)\s+)?(?:bare|berre|mest|heller)\b"
        r"(?![^.!?]*\b(?:jeg|eg|meg|mæ|æ|sa|sagde|sier|seier)\b)",
        "bare berre mest heller",
    ),
    # "Du hører sikkert bedre enn du tror", "du har det nok betre enn du trur"
    (
        r"\bdu\s+(?:[^\W\d_]+\s+){1,3}?(?:" + _DOUBT + r"\s+)+(?:bedre|betre|mer|meir|mindre|"
        r"sterkere|sterkare|flinkere|flinkare)\s+(?:[^\W\d_]+\s+)?enn\s+du\s+(?:tror|trur|tenker|"
        r"tenkjer|føler|kjenner|kjenner\s+det|sjølv\s+trur|selv\s+tror)\b",
        "enn",
    ),
    # "Du leser for mye inn i den meldingen", "du tolkar for mykje i det"
    (
        r"\bdu\s+(?:leser|les|tolker|tolkar|legger|legg)\s+(?:nok\s+|sikkert\s+|litt\s+|jo\s+)*"
        r"(?:alt\s*for|for)\s+(?:mye|mykje)\s+(?:inn\s+)?i\b",
        "leser les tolker tolkar legger legg",
    ),
    # "han tar det nok tyngre enn det er", "du tek det hardare enn du treng"
    (
        r"\b(?:tar|tek)\s+det\s+(?:nok\s+|sikkert\s+|litt\s+|jo\s+|vel\s+)*(?:tyngre|hardere|"
        r"hardare|verre|værre)\s+enn\s+(?:det\s+(?:er|var|e)|(?:du|han|hun|ho)\s+(?:trenger|treng)|"
        r"nødvendig|naudsynt)\b",
        "tyngre hardere hardare verre værre",
    ),
    # "hun sier bare at hun er ensom for at du skal komme"
    (
        r"\b(?:han|hun|ho|hen)\s+(?:sier|seier|sa|gjør|gjer|gjorde)\s+(?:nok\s+|sikkert\s+|vel\s+)*"
        r"(?:bare|berre)\s+(?:det|at|sånn|slik)\b(?![^.!?]*\b(?:jeg|eg|meg)\b)",
        "bare berre",
    ),
    # "det var sikkert en helt vanlig kommentar" (but "det er sikkert bare en fase"
    # minimises: dele-smerte, as the blind batches label it)
    (
        r"\bdet\s+(?:er|var|e)\s+(?:nok|sikkert|sikert|vel)\s+(?:bare\s+|berre\s+)?"
        r"(?:en|ein|ei|et|eit)\s+(?:helt\s+|heilt\s+)?(?:vanlig|vanleg|uskyldig|normal|grei)\s+"
        r"(?:kommentar|spøk|spørsmål|melding|ting|reaksjon|glipp|misforståelse)\b",
        "kommentar spøk spørsmål melding ting reaksjon glipp misforståelse",
    ),
    # "Så mykje gjeld er det vel ikkje", "så ille var det nok ikke"
    (
        r"\bså\s+(?:mye|mykje|mange|ille|farlig|farleg|galt|gale|stort|store|tungt|vondt|vont|"
        r"alvorlig|alvorleg|lenge|lengje|ofte)\s+(?:[^\W\d_]+\s+){0,2}?(?:det|han|hun|ho|du|dere|"
        r"dokker|de|dei)\s+(?:vel|nok|jo|da|no|nå)\s+(?:ikke|ikkje|ik|kje)\b",
        "så",
    ),
    # "Han mente det nok ikke så vondt"
    (
        r"\b(?:mente|meinte|mener|meiner)\s+det\s+(?:nok\s+|sikkert\s+|"
        r"vel\s+|jo\s+)+(?:ikke|ikkje)\s+(?:så\s+)?(?:vondt|vont|ille|stygt|sånn|slik|personlig|"
        r"personleg|alvorlig|alvorleg)\b",
        "mente meinte mener meiner",
    ),
]
# Round 4, part 2 (from blind batch 12): "it is you who …", "more than there is
# reason to", "I don't think she meant it", someone else is right, "it's only
# the night shift talking", "you look well".
_PATTERNS += [
    (
        r"\bdet\s+(?:er|e)\s+(?:nok\s+|vel\s+|kanskje\s+|jo\s+|egentlig\s+|eigentleg\s+)*"
        r"(?:du|dere|dokker)\s+som\s+(?:tar|tek|ser|gjør|gjer|tolker|tolkar|leser|les|overdriver|"
        r"overdriv|misforstår|mistolker|mistolkar|blåser|blåsar)\b",
        "som",
    ),
    (
        r"\benn\s+det\s+(?:er|e|var)\s+(?:noen\s+|nokon\s+)?(?:grunn|grunnlag|dekning)\s+(?:til|for)\b",
        "grunn grunnlag dekning",
    ),
    (
        r"\b(?:tror|trur)\s+(?:ikke|ikkje|ik|kje)\s+(?:at\s+)?(?:han|hun|ho|hen|de|dei)\s+"
        r"(?:mente|meinte|meiner|mener)\s+(?:det|noe|noko)\b",
        "mente meinte meiner mener",
    ),
    (
        r"\b(?:legen|han|hun|ho|hen|de|dei|mannen|kona|sjefen|læraren|læreren|mora|moren|faren)\s+"
        r"(?:din|di|ditt|dine|hennes|hans)?\s*(?:har|hadde)\s+(?:nok|sikkert|jo|vel|nok\s+bare)\s+rett\b",
        "rett",
    ),
    (
        r"\bdet\s+(?:er|e)\s+(?:jo\s+|nok\s+|sikkert\s+)*(?:bare|berre)\s+(?:[^\W\d_]+\s+){1,2}?"
        r"som\s+(?:snakker|snakkar|prater|pratar|tenker|tenkjer)\b",
        "snakker snakkar prater pratar tenker tenkjer",
    ),
    (
        r"(?<!\bat\s)(?<!\bsom\s)\bdu\s+ser\s+(?:jo\s+|da\s+|då\s+|nå\s+|no\s+)*(?:så\s+|veldig\s+)?(?:frisk|fin|bra|"
        r"sprek|opplagt|glad|godt|uthvilt|uthvila)(?:\s+og\s+[^\W\d_]+)?\s+ut\b",
        "ut",
    ),
    # "Det er nok mer psykisk enn du tror"
    (
        r"\bdet\s+(?:er|e|var)\s+(?:" + _DOUBT + r"\s+)+(?:mer|meir|mindre)\s+[^\W\d_]+\s+enn\s+"
        r"(?:du|dere|dokker)\s+(?:tror|trur|tenker|tenkjer|vil\s+innrømme)\b",
        "enn",
    ),
]
# Round 5 (from blind batch 13): "so lonely you can hardly be", "maybe she
# was just tired", "they don't really mean it", "I don't think they are angry
# with you".
_PATTERNS += [
    (
        r"\bså\s+[^\W\d_]+\s+(?:er|e|var|va|kan|blir|vert)\s+(?:du|dere|dokker|døkk|han|hun|ho|hen|det)\s+"
        r"(?:vel|nok|jo|da|no|nå)\s+(?:heller\s+)?(?:ikke|ikkje|ik|kje|itj)\b",
        "så",
    ),
    (
        r"\bkanskje\s+(?:han|hun|ho|hen|de|dei)\s+(?:bare|berre|bære)\s+(?:var|er|e|va|hadde)\s+"
        r"(?:(?:litt|veldig|så)\s+)?(?:trøtt|trøytt|sliten|stressa|stresset|sur|sulten|forvirra|"
        r"forvirret|opptatt|oppteken|travel|ein\s+dårleg\s+dag|en\s+dårlig\s+dag)\b",
        "kanskje",
    ),
    (
        r"\b(?:(?:han|hun|ho|hen|de|dei)\s+(?:mener|meiner|mente|meinte)|(?:mener|meiner|mente|meinte)\s+"
        r"(?:han|hun|ho|hen|de|dei))\s+det\s+(?:ikke|ikkje)\s+"
        r"(?:egentlig|eigentleg|eigentlig|sånn|slik|seriøst|på\s+ordentleg|på\s+ordentlig)\b",
        "mener meiner mente meinte",
    ),
    (
        r"\b(?:tror|trur)\s+(?:ikke|ikkje|ik|kje)\s+(?:at\s+)?(?:[^\W\d_]+\s+){1,2}?(?:er|var|e)\s+"
        r"(?:(?:så|noe|noko|egentlig|eigentleg)\s+)?(?:sinte?|sur|sure|lei|skuffa|skuffet|skuffa|redde?|"
        r"flaue?|skamfulle?)\s+(?:på|av|over)\s+(?:deg|dykk|dere|dokker)\b",
        "sint sinte sur sure lei skuffa skuffet redd redde flau flaue",
    ),
]
# Round 6 (from blind batches 14 and 15).
_PATTERNS += [
    # "Du tenker for mye på det"
    (
        r"\bdu\s+(?:tenker|tenkjer|grubler|grublar|bekymrer\s+deg|uroar\s+deg|analyserer)\s+"
        r"(?:nok\s+|bare\s+|berre\s+|litt\s+|jo\s+)*(?:alt\s*for|for)\s+(?:mye|mykje)\b",
        "mye mykje",
    ),
    # "Det kjennes nok verre ut enn det er"
    (
        r"\b(?:kjennes|kjennest|føles|kjenst|virker|verkar|ser|høres|høyrest)\s+(?:nok\s+|sikkert\s+|jo\s+)*"
        r"(?:verre|værre|tyngre|større|farligere|farlegare|skumlere|skumlare)\s+(?:ut\s+)?enn\s+det\s+"
        r"(?:er|e|var)\b",
        "verre værre tyngre større farligere farlegare skumlere skumlare",
    ),
    # "Det er berre hormonane dine"
    (
        r"\bdet\s+(?:er|e)\s+(?:nok\s+|sikkert\s+|jo\s+|vel\s+)*(?:bare|berre|bære)\s+(?:hormonene|"
        r"hormonane|hormoner|hormonar|alderen|puberteten|stresset|trøttheten|trøyttleiken|"
        r"overgangsalderen|nervene|nervane|sorgen|sorga)\b",
        "hormonene hormonane hormoner hormonar alderen puberteten stresset trøttheten trøyttleiken "
        "overgangsalderen nervene nervane sorgen sorga",
    ),
    # "tolker du det som sykdom", "det var bedre enn du husker det"
    (
        r"\b(?:tolker|tolkar)\s+du\s+det\s+som\b|\bdu\s+(?:tolker|tolkar)\s+det\s+som\b"
        r"|\b(?:bedre|betre|finere|lettere|lettare|verre)\s+enn\s+du\s+(?:husker|hugsar|minnes|minst)\b",
        "tolker tolkar husker hugsar minnes minst",
    ),
    # "ikkje så utbrent som du sjølv trur"
    (
        r"\bså\s+[^\W\d_]+\s+som\s+du\s+(?:selv|sjølv|sjøl)\s+(?:tror|trur|tenker|tenkjer|sier|seier)\b",
        "selv sjølv sjøl",
    ),
    # "Er det ikkje berre vanleg hovudverk?" (not "Er det ikke bare å ringe?")
    (
        r"\b(?:er|e)\s+det\s+(?:ikke|ikkje)\s+(?:bare|berre)\s+(?!å\b)[^\W\d_]+",
        "bare berre",
    ),
    # "mamma er ikke dement, hun er bare gammel", "ho er ikkje narkoman, ho ruser seg jo berre"
    (
        r"\b(?:han|hun|ho|hen|mamma|pappa|mor|far|mora|faren|moren)\s+(?:er|e)\s+(?:ikke|ikkje)\s+"
        r"[^\W\d_]{4,}\s*,\s*(?:han|hun|ho|hen)\s+(?:[^\W\d_]+\s+){1,2}?(?:bare|berre)\b",
        "bare berre",
    ),
    # "Det er alderen", "det er nok berre hormona"
    (
        r"\bdet\s+(?:er|e)\s+(?:nok\s+|bare\s+|berre\s+|sikkert\s+|jo\s+)*(?:alderen|puberteten|"
        r"hormona|hormonene|hormonane)\b(?![^.!?]*\b(?:min|mi|mine|meg)\b)",
        "alderen puberteten hormona hormonene hormonane",
    ),
    # "Nå tar du i litt"
    (
        r"\b(?:nå|no)\s+(?:tar|tek)\s+du\s+(?:litt\s+|vel\s+|nok\s+)*i\b(?!\s+(?:mot|bruk))",
        "tar",
    ),
    # "egentlig tror jeg du er sint og ikke lei deg"
    (
        r"\b(?:tror|trur)\s+(?:jeg|eg)\s+(?:at\s+)?du\s+(?:egentlig\s+|eigentleg\s+)?(?:er|e)\s+[^\W\d_]+\s+"
        r"og\s+(?:ikke|ikkje)\b",
        "tror trur",
    ),
    # "jeg tror ærlig talt ikke det er så ille som han tror", "jeg tror ikke hun
    # har kuttet deg ut", "du tar litt hardt i", "du ser det berre svart"
    (
        r"\b(?:tror|trur)\s+(?:ærlig\s+talt\s+|egentlig\s+|eigentleg\s+|faktisk\s+)*(?:ikke|ikkje)\s+(?:at\s+)?"
        r"det\s+(?:er|var|e)\s+så\s+[^\W\d_]+\s+som\s+(?:du|han|hun|ho|dere|dokker)\b"
        r"|\b(?:tror|trur)\s+(?:ikke|ikkje)\s+(?:at\s+)?(?:han|hun|ho|dei|de)\s+har\s+[^\W\d_]+\s+deg\b"
        r"|\bdu\s+(?:tar|tek)\s+(?:litt\s+|vel\s+|nok\s+|kanskje\s+)*hardt\s+i\b"
        r"|\bdu\s+ser\s+(?:det\s+)?(?:bare|berre|litt)\s+(?:svart|mørkt|negativt)\b"
        r"|\bser\s+(?:det\s+)?(?:for|altfor|alt\s+for)\s+(?:mørkt|negativt)\b"
        r"|\b(?:blåser|blåsar|blæs)\s+(?:du\s+)?(?:det\s+)?opp\b",
        "som deg hardt svart mørkt negativt",
    ),
    # "Æ trur itj hainn gjorde det med vilje"
    (
        r"\b(?:tror|trur)\s+(?:ikke|ikkje|itj|ikkj|ik)\s+(?:at\s+)?(?:han|hun|ho|hainn|hu|dei|de|dem)\s+"
        r"(?:gjorde|gjør|gjer|sa|sagde|meinte|mente|var|er|va|e)\s+(?:det\s+)?(?:[^\W\d_]+\s+){0,2}?"
        r"(?:med\s+vilje|for\s+å\s+(?:såre|plage|skade|provosere))\b",
        "vilje såre plage skade provosere",
    ),
    # "du var jo bare nervøs"
    (
        r"\bdu\s+(?:var|er|e|va)\s+(?:jo|nok|sikkert|vel)\s+(?:bare|berre)\s+(?:litt\s+)?(?:nervøs|sliten|"
        r"trøtt|trøytt|stressa|stresset|sulten|sjokkert|sjokka|lei|overtrøtt|overtrøytt|"
        r"overarbeidet|overarbeidd)\b",
        "nervøs sliten trøtt trøytt stressa stresset sulten sjokkert sjokka lei overtrøtt "
        "overtrøytt overarbeidet overarbeidd",
    ),
    # "den skulda du kjenner er eigentleg ikkje skuld"
    (
        r"\b(?:den|det|de|dei)\s+(?:[^\W\d_]+\s+)?du\s+(?:kjenner|føler|kjenner\s+på)\s+(?:nå\s+|no\s+)?"
        r"(?:er|e)\s+(?:egentlig|eigentleg|bare|berre|nok)\b",
        "kjenner føler",
    ),
]
# Explaining it away with a guess: "Det er nok bare en fase", "det var vel berre
# eit uhell" (not "det er jo bare penger", which only belittles: dele-smerte).
# The words are not claimed: the same words usually also take the pain away,
# and the comfort rule reports that.
_UNCLAIMED = [
    (
        r"\bdet\s+(?:der\s+)?(?:er|var|e|va)\s+(?:nok|sikkert|vel)\s+(?:bare|berre)\s+"
        r"(?!(?:jeg|eg|meg|oss|vi|me|min|mi|mitt|mine)\b)(?:(?:en|ein|eit|et|ei)\s+)?[^\W\d_]{3,}"
        r"(?![^.!?]*\b(?:jeg|eg|meg)\b)",
        "nok sikkert vel",
    ),
]
#: Each pattern with whether its words are claimed for din-sannhet.
_TRUTH: PhraseSet[bool] = PhraseSet(
    [(p, gate, True) for p, gate in _PATTERNS] + [(p, gate, False) for p, gate in _UNCLAIMED]
)


_OWN_PEOPLE = frozenset({"min", "mi", "mitt", "mine"})
_SELF = frozenset({"jeg", "eg", "meg", "je", "jæ", "æ", "e"})
_MEANT = frozenset({"mente", "meinte", "mener", "meiner", "ser"})


def _about_self(ctx: Context, start: int) -> bool:
    """ "Jeg er ikke så sterk som du tror", "Jeg mente det ikke sånn": the speaker
    corrects a view of themselves, not the listener's experience."""
    k = ctx.token_at(start)
    if k is None:
        return False
    if ctx.low[k] in _MEANT:
        # the word right before too: the spoken "e" is also a filler word
        if ctx.word(ctx.prev(k)) in _SELF or (k > 0 and ctx.low[k - 1] in _SELF):
            return True
        # "Broren min mente det sikkert ikke vondt, men det gjorde vondt i meg":
        # the speaker's own people read kindly, not the listener's overruled
        first = ctx.sentence(k).first
        return not _OWN_PEOPLE.isdisjoint(ctx.low[max(first, k - 3) : k])
    if ctx.low[k] != "så" and ctx.low[k] not in NEGATIONS:
        return False
    p = ctx.prev(k)
    for _ in range(4):  # "jeg er (nok) (ikke) så"
        if p is None:
            return False
        if ctx.low[p] in _SELF:
            return True
        if ctx.low[p] in ("tror", "trur", "at"):
            return False  # "jeg tror ikke mora di er så kald som du sier"
        p = ctx.prev(p)
    return False


def rule(ctx: Context) -> list[Finding]:
    """din-sannhet breaches (their spans are claimed before comfort runs)."""
    out = []
    for m, claims in _TRUTH.matches(ctx.words, ctx.text):
        if ctx.claimed(m.start(), m.end()) or any(
            f.start < m.end() and m.start() < f.end for f in out
        ):
            continue
        s = ctx.sentences[ctx.sentence_at(m.start())]
        # "Tror du at du overdriver?" asks; the trainee is not telling.
        if s.question and ctx.low[s.first] in ("tror", "trur", "føler", "synes", "synest"):
            continue
        if _about_self(ctx, m.start()) or ctx.quoted_before_telling(m.end()):
            continue  # "Du er ikke alene, sa legen": someone else's words, retold
        if claims:
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
