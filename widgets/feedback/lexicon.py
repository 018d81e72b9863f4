"""Closed word classes and small topical word lists, as Python data.

Lowercase forms; Bokmål and Nynorsk together unless a name says otherwise.
"""

from __future__ import annotations

from . import verbs
from .tokens import wordset

__all__ = [
    "ADVERBS",
    "DEGREE",
    "EVAL_ADJ",
    "FEELINGS",
    "GROUP_NOUNS",
    "GROUP_SINGULAR",
    "KNOWN",
    "MODALS",
    "NOT_NAMES",
    "NOW",
    "PREPOSITIONS",
    "SAY_VERBS",
    "SUBJECT_PRONOUNS",
    "SUBORDINATORS",
]


SUBJECT_PRONOUNS = wordset("jeg eg du han hun ho vi me de dei det den man dere de dykk dokker")

PREPOSITIONS = wordset(
    """i på med til av fra frå ifrå ifra etter under over mot imot uten utan hos ved
    gjennom bak foran framfor rundt langs mellom blant innen innan hjå per forbi
    utenfor utanfor innenfor innanfor ovenfor nedenfor tross trass via inn ut opp ned
    bortsett attmed nær nærmere ovanfor"""
)

# Words that open a subordinate clause (or a question) and leave the next
# word in subject position: "når ein har", "at en ikke".
#: "not", in both varieties and spoken forms
NEGATIONS = frozenset({"ikke", "ikkje", "ikkie", "kje", "ik", "itte", "itj", "ikkj", "ikk"})
#: The indefinite articles of both varieties (also the numeral "one").
ARTICLES = frozenset({"en", "ei", "et", "ein", "eit"})
SUBORDINATORS = wordset(
    """at når hvis om dersom viss fordi mens medan før etter siden sidan da då som der
    hvor kor hvordan korleis hva kva hvorfor kvifor hvem kven ettersom inntil
    idet skjønt enda endå fordi slik sånn så"""
)

COORDINATORS = wordset("og men eller for så")

MODALS = wordset("kan må skal vil bør kunne måtte skulle ville burde får fekk fikk pleier pleiar")

# Sentence adverbs: the words that stand between a subject and its verb, or
# right after a fronted verb ("ser ein ikkje", "at en ikke"). Degree words like
# "ganske", "veldig", "litt" are left out on purpose: they follow articles.
ADVERBS = wordset(
    """ikke ikkje jo nok vel bare berre også òg alltid aldri gjerne helst egentlig
    eigentleg kanskje heller faktisk liksom nå no da då likevel ofte sjelden sjeldan
    straks snart ennå enno allerede allereie plutselig plutseleg fortsatt framleis
    fremdeles visst altså dessverre heldigvis uansett neppe kun bestandig stadig
    sikkert vanligvis vanlegvis virkelig verkeleg først lenger iallfall ikkje
    aldeles knapt knapt absolutt sjølvsagt selvfølgelig selvsagt typisk gjerne
    hele heile"""
) - {"hele", "heile"}

DEGREE = wordset(
    "ganske veldig svært litt helt heilt nokså temmelig meget mye mykje mer meir mest så "
    "enormt kjempe altfor for særlig særleg"
)

FEELINGS = wordset(
    """sliten trøtt trøytt utslitt redd sint trist glad lei lettet letta lettet ensom einsam
    alene aleine fortvilet fortvila bekymret bekymra urolig uroleg maktesløs makteslaus
    skamfull flau sjalu såret såra skuffet skuffa nervøs stresset stressa rolig roleg
    takknemlig takknemleg håpefull usikker forvirret forvirra nedfor deppa deprimert
    tom nummen hjelpeløs hjelpelaus rørt sorg sinne skam skyld skyldfølelse angst uro
    glede frykt savn lettelse letting tristhet tristheit redsel håp fortvilelse
    fortviling avmakt ensomhet einsemd utmattet utmatta sår lykkelig lykkeleg
    irritert oppgitt motløs motlaus engstelig engsteleg"""
)

# Verbs that carry one's own feelings: "jeg kjenner ...", "eg gruar meg".
FEELING_VERBS = wordset(
    """kjenner føler føles kjennes opplever merker gruer gruar skammer skjemmest savner
    saknar sørger sørgjer gleder gler frykter fryktar angrer angrar"""
)

# "Nå"-words: a text that has them says something about the present.
NOW = wordset("nå no idag akkurat fortsatt framleis fremdeles ennå enno")

# Groups people generalise over: "vi pårørende", "me mødrer".
GROUP_SINGULAR: dict[str, str] = {
    "pårørende": "pårørende",
    "pårørande": "pårørande",
    "foreldre": "forelder",
    "mødre": "mor",
    "mødrer": "mor",
    "fedre": "far",
    "fedrar": "far",
    "mammaer": "mamma",
    "mammaar": "mamma",
    "pappaer": "pappa",
    "pappaar": "pappa",
    "kvinner": "kvinne",
    "kvinnfolk": "kvinne",
    "menn": "mann",
    "mannfolk": "mann",
    "damer": "dame",
    "jenter": "jente",
    "gutter": "gutt",
    "gutar": "gut",
    "syke": "syk",
    "sjuke": "sjuk",
    "etterlatte": "etterlatt",
    "etterlatne": "etterlaten",
    "mennesker": "menneske",
    "menneske": "menneske",
    "nordmenn": "nordmann",
    "søsken": "søsken",
    "alkoholikere": "alkoholiker",
    "alkoholikarar": "alkoholikar",
    "rusavhengige": "rusavhengig",
    "ungdommer": "ungdom",
    "ungdomar": "ungdom",
    "besteforeldre": "besteforelder",
    "pasienter": "pasient",
    "pasientar": "pasient",
    "eldre": "eldre",
    "voksne": "voksen",
    "vaksne": "vaksen",
    "arbeidsledige": "arbeidsledig",
    "uføre": "ufør",
    "enker": "enke",
    "enkjer": "enkje",
    "aleneforeldre": "aleneforelder",
    "aleineforeldre": "aleineforelder",
    "fosterforeldre": "fosterforelder",
    "kvinnene": "kvinne",
    "omsorgspersoner": "omsorgsperson",
    "omsorgspersonar": "omsorgsperson",
}
GROUP_NOUNS = frozenset(GROUP_SINGULAR)

# Verbs of telling, for retold confidences: "Kari fortalte at ...".
SAY_VERBS = wordset(
    """sa sagt sier seier fortalte fortalde fortalt forteller fortel nevnte nemnde
    nevnt nemnt nevner nemner delte delt deler innrømmet innrømde innrømte innrømt
    innrømmer tilsto tilstod betrodde betrudde avslørte avslørt røpet røpte skrev"""
)

# Capitalised words that are not people's names when they open a sentence.
NOT_NAMES = wordset(
    """mamma pappa mor far mormor farmor morfar farfar bestemor bestefar besten oldemor
    legen fastlegen sjefen psykologen læreren læraren naboen mannen kona dattera datteren
    dotter dottera sønnen sonen broren bror søster syster søstera søsteren kjæresten
    venninna venninnen vennen venen tante onkel barna borna ungene familien kollegaen
    helsesøster helsesyster skolen kommunen politiet barnevernet nav sykehuset
    sjukehuset banken advokaten presten sykepleieren sjukepleiaren terapeuten
    rådgiveren rådgjevaren svigermor svigerfar ekssamboeren eksen samboeren sambuaren
    noen nokon ingen alle mange flere fleire folk andre begge somme enkelte hver kvar
    gud jesus mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag
    januar februar mars april mai juni juli august september oktober november desember
    jul påske dessuten forresten heldigvis dessverre kanskje etterpå deretter først
    ka kva kor koss kven kem åssen korsn korleis kossen"""
)

# Evaluative adjectives in impersonal frames: "det er ikke lett når du ...".
EVAL_ADJ = wordset(
    """lett vanskelig vanskeleg tungt tøft slitsomt hardt ensomt einsamt godt fint rart
    skummelt vondt trist greit umulig umogleg krevende krevjande ille jævlig
    fælt tungvint"""
)

# Every word form some list above knows: a capitalised word outside this set
# may be a name.
KNOWN: frozenset[str] = (
    verbs.INFINITIVE
    | verbs.PRESENT
    | verbs.PAST
    | verbs.PARTICIPLE
    | SUBJECT_PRONOUNS
    | PREPOSITIONS
    | SUBORDINATORS
    | COORDINATORS
    | ADVERBS
    | DEGREE
    | NOT_NAMES
    | wordset(
        """en ein ei et eit to tre fire fem seks sju åtte ni ti hun henne han ham hans
        hennes hennar deres dykkar min mi mitt mine din di ditt dine sin si sitt sine
        vår vårt våre meg deg seg oss dem dei hva kva nei ja hei takk vel ok okei
        jaså greit sånn slik dette denne disse desse det den her der hit dit"""
    )
)
