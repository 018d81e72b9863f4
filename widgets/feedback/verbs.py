"""A hand-written lexicon of common Norwegian verbs (Bokmål and Nynorsk).

Verbs are a closed-enough class for the words people use when they talk about
their lives; nouns and adjectives are not, so the rules recognise verbs from
this list (plus careful endings) and treat everything else as "not a verb".

Each line: ``infinitive present past participle``; ``/`` separates variants.
Bokmål and Nynorsk forms live in one table: a word form that is a verb in one
variety is very rarely something else in the other, and trainees mix them.
"""

from __future__ import annotations

from .tokens import wordset

__all__ = ["AMBIGUOUS", "INFINITIVE", "PARTICIPLE", "PAST", "PRESENT"]

_TABLE = """
være/vere/vera er var vært/vore
ha har hadde hatt
bli/verte blir/vert ble/blei/vart blitt/vorte
gjøre/gjere/gjera gjør/gjer gjorde gjort
få får fikk/fekk fått
gå går gikk/gjekk gått
komme/kome/koma kommer/kjem kom kommet/kome/komme
se/sjå ser så/såg sett
si/seie/seia sier/seier sa sagt
ta tar/tek tok tatt/teke
gi/gje gir/gjev ga/gav gitt/gjeve
vite vet/veit visste visst
kunne/kunna kan kunne kunnet/kunna
måtte/måtta må måtte måttet/måtta
skulle/skulla skal skulle skullet/skulla
ville vil ville villet
burde/burda bør burde burdet/burda
tro/tru tror/trur trodde/trudde trodd/trudd/trutt
tenke/tenkje/tenkja tenker/tenkjer tenkte tenkt
synes/syns/synest synes/syns/synest syntes/syntest synts/synst
føle/føla føler følte følt
kjenne/kjenna kjenner kjente/kjende kjent
finne/finna finner/finn fant/fann funnet/funne
stå står sto/stod stått
ligge/liggje ligger/ligg lå/låg ligget/lege/lagt
sitte/sitje sitter/sit satt/sat sittet/sete/sitte
legge/leggje legger/legg la lagt
sette/setje setter/set satte/sette satt/sett
holde/halde/halda holder/held holdt/heldt holdt/halde
bo/bu bor/bur bodde/budde bodd/budd
leve/leva lever levde levd
snakke/snakka snakker/snakkar snakket/snakka snakket/snakka
prate/prata prater/pratar pratet/prata pratet/prata
fortelle/fortelje/fortelja forteller/fortel fortalte/fortalde fortalt
spørre/spørje/spørja spør spurte/spurde spurt
svare/svara svarer/svarar svarte/svara svart/svara
høre/høyre/høyra hører/høyrer hørte/høyrde hørt/høyrt
lytte/lytta lytter/lyttar lyttet/lytta lyttet/lytta
prøve/prøva prøver/prøvar prøvde/prøvet/prøva prøvd/prøvet/prøva
forsøke/forsøkje forsøker/forsøkjer forsøkte forsøkt
klare/klara klarer/klarar klarte/klara klart/klara
orke/orka orker/orkar orket/orka orket/orka
trenge/trengje trenger/treng trengte/trong trengt
ønske/ønskje ønsker/ønskjer ønsket/ønskte ønsket/ønskt
like/lika liker/likar likte/lika likt/lika
elske/elska elsker/elskar elsket/elska elsket/elska
hate/hata hater/hatar hatet/hata hatet/hata
savne/sakne/sakna savner/saknar savnet/sakna savnet/sakna
gråte/gråta gråter/græt/gret gråt/gret grått/grate
le ler lo ledd
smile/smila smiler/smilar smilte/smila smilt/smila
sove/sova sover/søv sov sovet/sove
våkne/vakne/vakna våkner/vaknar våknet/vakna våknet/vakna
spise/ete/eta spiser/et spiste/åt spist/ete
drikke/drikka drikker/drikk drakk drukket/drukke
røyke/røykje røyker/røykjer røykte røykt
jobbe/jobba jobber/jobbar jobbet/jobba jobbet/jobba
arbeide/arbeida arbeider/arbeidar arbeidet/arbeidde/arbeida arbeidet/arbeidd/arbeida
begynne/begynna begynner begynte begynt
byrje/byrja byrjar byrja byrja
starte/starta starter/startar startet/starta startet/starta
slutte/slutta slutter/sluttar sluttet/slutta sluttet/slutta
stoppe/stoppa stopper/stoppar stoppet/stoppa stoppet/stoppa
fortsette/fortsetje fortsetter/fortset fortsatte/fortsette fortsatt/fortsett
bruke/bruka bruker/brukar brukte/bruka brukt/bruka
lage/laga lager/lagar laget/laga laget/laga
kjøpe/kjøpa kjøper kjøpte kjøpt
betale/betala betaler betalte betalt
ringe/ringje ringer/ringjer ringte/ringde ringt
skrive/skriva skriver/skriv skrev/skreiv skrevet/skrive
lese/lesa leser/les leste/las lest/lese
lære/læra lærer lærte lært
forstå forstår forsto/forstod forstått
skjønne/skjøne/skjøna skjønner/skjønar skjønte/skjøna skjønt/skjøna
huske/hugse/hugsa husker/hugsar husket/hugsa husket/hugsa
glemme/gløyme/gløyma glemmer/gløymer glemte/gløymde glemt/gløymt
miste/missa mister/mistar/misser mistet/miste/mista mistet/mist/mista
vinne/vinna vinner/vinn vant/vann vunnet/vunne
tape/tapa taper/tapar tapte/tapa tapt/tapa
møte/møta møter møtte møtt
treffe/treffa treffer/treff traff/trefte truffet/treft
besøke/besøkje besøker/besøkjer besøkte besøkt
reise/reisa reiser reiste reist
kjøre/køyre/køyra kjører/køyrer kjørte/køyrde kjørt/køyrt
flytte/flytta flytter/flyttar flyttet/flytta flyttet/flytta
hjelpe/hjelpa hjelper hjalp/hjelpte hjulpet/hjelpt
vente/venta venter/ventar ventet/venta ventet/venta
håpe/håpa håper/håpar håpet/håpa håpet/håpa
frykte/frykta frykter/fryktar fryktet/frykta fryktet/frykta
grue/grua gruer/gruar gruet/grua gruet/grua
skamme/skjemmast skammer/skjemmest skammet/skjemdest skammet/skjemst
bekymre/uroe/uroa bekymrer/uroar bekymret/uroa bekymret/uroa
mene/meine/meina mener/meiner mente/meinte ment/meint
bety/tyde betyr/tyder betydde/tydde betydd/tydd
virke/verke/verka virker/verkar virket/verka virket/verka
skje skjer skjedde skjedd
hende/henda hender hendte/hende hendt
falle/falla faller/fell falt/fall falt/falle
dø/døy dør/døyr døde/døydde dødd/døydd
føde/føda føder fødte født
vokse/vekse/veksa vokser/veks vokste/voks vokst/vakse
dra drar/dreg dro/drog dratt/drege
la/late lar/lèt lot/let latt/late
sende/senda sender sendte/sende sendt
kalle/kalla kaller/kallar kalte/kalla kalt/kalla
hete/heite/heita heter/heiter het/heitte hett/heitt
slå slår slo slått
knuse/knusa knuser knuste knust
kjefte/kjefta kjefter/kjeftar kjeftet/kjefta kjeftet/kjefta
skjelle/skjella skjeller/skjel skjelte skjelt
rope/ropa roper/ropar ropte/ropa ropt/ropa
skrike/skrika skriker/skrik skrek/skreik skreket/skrike
banke/banka banker/bankar banket/banka banket/banka
åpne/opne/opna åpner/opnar åpnet/opna åpnet/opna
lukke/lukka lukker/lukkar lukket/lukka lukket/lukka
stenge/stengje stenger/stengjer stengte/stengde stengt
passe/passa passer/passar passet/passa passet/passa
vaske/vaska vasker/vaskar vasket/vaska vasket/vaska
rydde/rydda rydder/ryddar ryddet/rydda ryddet/rydda
ordne/ordna ordner/ordnar ordnet/ordna ordnet/ordna
merke/merka merker/merkar merket/merka merket/merka
forsvinne/forsvinna forsvinner/forsvinn forsvant/forsvann forsvunnet/forsvunne
tørre/tore/tora tør turte/torde turt/tort
bestemme/bestemma bestemmer bestemte/bestemde bestemt
krangle/krangla krangler/kranglar kranglet/krangla kranglet/krangla
låne/låna låner/lånar lånte lånt
havne/hamne/hamna havner/hamnar havnet/hamna/havna havnet/hamna/havna
sparke/sparka sparker/sparkar sparket/sparka sparket/sparka
ramle/ramla ramler/ramlar ramlet/ramla ramlet/ramla
lengte/lengta lengter/lengtar lengtet/lengta lengtet/lengta
operere/operera opererer opererte operert
snuble/snubla snubler/snublar snublet/snubla snublet/snubla
besvime/besvima besvimer/besvimar besvimte besvimt
feire/feira feirer/feirar feiret/feira feiret/feira
dytte/dytta dytter/dyttar dyttet/dytta dyttet/dytta
slenge/slengje slenger/slengjer slengte slengt
bryte/bryta bryter/bryt brøt/braut brutt/brote
overta overtar/overtek overtok overtatt/overteke
innse innser innså innsett
kollapse/kollapsa kollapser/kollapsar kollapset/kollapsa kollapset/kollapsa
låse/låsa låser låste låst
sprekke/sprekka sprekker/sprekk sprakk sprukket/sprokke
hyle/hyla hyler/hylar hylte hylt
selge/selje/selja selger/sel solgte/selde solgt/selt
vekke/vekkje vekker/vekkjer vekket/vekte vekket/vekt
skilles/skiljast skilles/skil skiltes/skilde skilt
gifte/gifta gifter/giftar giftet/gifta giftet/gifta
oppdage/oppdaga oppdager/oppdagar oppdaget/oppdaga oppdaget/oppdaga
lyve/lyge/ljuge lyver/lyg/ljug løy/laug løyet/loge
bry bryr brydde brydd
dekke/dekkje dekker/dekkjer dekket/dekte/dekka dekket/dekt/dekka
gjemme/gøyme/gøyma gjemmer/gøymer gjemte/gøymde gjemt/gøymt
slippe/sleppe/sleppa slipper/slepp slapp/slapp sluppet/sloppe
stikke/stikka stikker/stikk stakk stukket/stukke
true/truga truer/trugar truet/truga truet/truga
oppleve/opplev opplever opplevde opplevd
erfare/erfara erfarer/erfarar erfarte/erfara erfart/erfara
velge/velje/velja velger/vel valgte/valde valgt/valt
bestemme/bestemma bestemmer bestemte bestemt
søke/søkje søker/søkjer søkte søkt
kontakte/kontakta kontakter/kontaktar kontaktet/kontakta kontaktet/kontakta
melde/melda melder meldte/melde meldt
dele/dela deler delte delt
nevne/nemne/nemna nevner/nemner nevnte/nemnde nevnt/nemnt
innrømme/innrømma innrømmer innrømmet/innrømde innrømmet/innrømt
tilstå tilstår tilsto/tilstod tilstått
trekke/trekkje trekker/trekkjer trakk/trekte trukket/trekt
stole/stola stoler/stolar stolte/stola stolt/stola
tåle/tole/tola tåler/toler/tolar tålte/tolte/tola tålt/tolt/tola
takle/takla takler/taklar taklet/takla taklet/takla
mestre/meistre/meistra mestrer/meistrar mestret/meistra mestret/meistra
slite/slita sliter/slit slet/sleit slitt/slite
lide/lida lider/lid led/leid lidd/lide
kjempe/kjempa kjemper/kjempar kjempet/kjempa kjempet/kjempa
sjekke/sjekka sjekker/sjekkar sjekket/sjekka sjekket/sjekka
skille/skilje skiller/skil skilte/skilde skilt
nekte/nekta nekter/nektar nektet/nekta nektet/nekta
tørre/tore/tora tør torde/turte tort/tort
gidde/gidda gidder/gidd gadd giddet/gidda
slippe/sleppe/sleppa slipper/slepp slapp sluppet/sloppe
vise/visa viser viste vist
behøve/behøva behøver behøvde behøvd
skade/skada skader/skadar skadet/skada skadet/skada
skjule/skjula skjuler skjulte skjult
ligne/likne/likna ligner/liknar lignet/likna lignet/likna
vurdere/vurdera vurderer vurderte vurdert
drømme/drøyme/drøyma drømmer/drøymer drømte/drøymde drømt/drøymt
bake/baka baker/bakar bakte/baka bakt/baka
spille/spele/spela spiller/spelar spilte/spela spilt/spela
trene/trena trener/trenar trente/trena trent/trena
hente/henta henter/hentar hentet/henta hentet/henta
levere/levera leverer leverte levert
forklare/forklara forklarer/forklarar forklarte forklart
påstå påstår påsto/påstod påstått
reagere/reagera reagerer reagerte reagert
overdrive/overdriva overdriver/overdriv overdrev/overdreiv overdrevet/overdrive
misforstå misforstår misforsto/misforstod misforstått
tilgi/tilgje tilgir/tilgjev tilga/tilgav tilgitt/tilgjeve
puste/pusta puster/pustar pustet/pusta pustet/pusta
hvile/kvile/kvila hviler/kviler hvilte/kvilte hvilt/kvilt
kaste/kasta kaster/kastar kastet/kasta kastet/kasta
bygge/byggje bygger/byggjer bygde/bygget bygd/bygget
eie/eige eier/eig eide/åtte eid/ått
tjene/tene tjener/tener tjente/tente tjent/tent
koste/kosta koster/kostar kostet/kosta kostet/kosta
klage/klaga klager/klagar klaget/klaga klaget/klaga
kreve/krevje krever/krev krevde/kravde krevd/kravd
motta mottar/mottek mottok mottatt/motteke
finnes/finnast finnes/finst fantes/fanst funnes/funnest
kjennes/kjennast kjennes/kjennest kjentes/kjendest kjentes/kjenst
føles/følast føles/følest føltes/føltest føltes/følst
høres/høyrast høres/høyrest hørtes/høyrdest hørtes/høyrst
vennast/venne venner/vennar venna/vende venna/vendt
stelle/stella steller/stellar stelte/stelte stelt
livnære/livnæra livnærer livnærte livnært
fiske/fiska fisker/fiskar fisket/fiska fisket/fiska
takke/takka takker/takkar takket/takka takket/takka
unngå unngår unngikk/unngjekk unngått
bære/bera bærer/ber bar båret/bore
be/bede ber bad/ba bedt
sørge/sørgje sørger/sørgjer sørget/sørgde sørget/sørgt
skaffe/skaffa skaffer/skaffar skaffet/skaffa skaffet/skaffa
sovne/sovna sovner/sovnar sovnet/sovna sovnet/sovna
dusje/dusja dusjer/dusjar dusjet/dusja dusjet/dusja
handle/handla handler/handlar handlet/handla handlet/handla
rekke/rekkje rekker/rekk rakk/rakk rukket/rokke
hoppe/hoppa hopper/hoppar hoppet/hoppa hoppet/hoppa
løpe/springe/springa løper/spring løp/sprang løpt/sprunge
gjete/gjeta gjeter/gjetar gjette/gjeta gjett/gjeta
mase/masa maser/masar maste/masa mast/masa
tenne/tenna tenner/tenner tente tent
blø blør blødde blødd
tvile/tvila tviler/tvilar tvilte/tvila tvilt/tvila
angre/angra angrer/angrar angret/angra angret/angra
rømme/rømma rømmer rømte rømt
slåss slåss sloss slåss
greie/greia greier/greier greide/greidde greid/greidd
trives/trivast trives/trivst trivdes/treivst trivdes/trivst
brukes/brukast brukes/brukast ble/vart brukt
mangle/mangla mangler/manglar manglet/mangla manglet/mangla
skylde/skylda skylder skyldte skyldt
tilby/tilby tilbyr tilbød tilbudt/tilbode
foreslå foreslår foreslo foreslått
pleie/pleia pleier/pleiar pleide/pleia pleid/pleia
rekne/regne/rekna regner/reknar regnet/rekna regnet/rekna
skinne/skina skinner/skin skinte/skein skint/skine
drive/driva driver/driv drev/dreiv drevet/drive
stemme/stemma stemmer stemte stemt
tørke/tørka tørker/tørkar tørket/tørka tørket/tørka
nytte/nytta nytter/nyttar nyttet/nytta nyttet/nytta
kose/kosa koser/kosar koste/kosa kost/kosa
styre/styra styrer styrte styrt
leie/leige leier/leiger leide/leigde leid/leigd
love/lova lover/lovar lovet/lova lovet/lova
synge/syngje synger/syng sang/song sunget/sunge
danse/dansa danser/dansar danset/dansa danset/dansa
bade/bada bader/badar badet/bada badet/bada
fryse/frysa fryser/frys frøs/fraus frosset/frose
steke/steikje steker/steikjer stekte/steikte stekt/steikt
koke/koka koker/kokar kokte/koka kokt/koka
fylle/fylla fyller/fyller fylte/fylte fylt
tømme/tømma tømmer tømte tømt
skyte/skyta skyter/skyt skjøt/skaut skutt/skote
sykle/sykla sykler/syklar syklet/sykla syklet/sykla
hilse/helse/helsa hilser/helsar hilste/helsa hilst/helsa
pakke/pakka pakker/pakkar pakket/pakka pakket/pakka
telle/telje teller/tel talte/talde talt
veie/vege veier/veg veide/vog veid/vege
planlegge/planleggje planlegger/planlegg planla planlagt
følge/følgje følger/følgjer fulgte/følgde fulgt/følgt
lete/leite/leita leter/leitar lette/leita lett/leita
avsløre/avsløra avslører avslørte avslørt
oppdra oppdrar/oppdreg oppdro/oppdrog oppdratt/oppdrege
arve/arva arver/arvar arvet/arva arvet/arva
overleve/overleva overlever overlevde overlevd
sukke/sukka sukker/sukkar sukket/sukka sukket/sukka
svette/sveitte/sveitta svetter/sveittar svettet/sveitta svettet/sveitta
skjelve/skjelva skjelver/skjelv skalv skjelvet/skjelve
hviske/kviskre/kviskra hvisker/kviskrar hvisket/kviskra hvisket/kviskra
tegne/teikne/teikna tegner/teiknar tegnet/teikna tegnet/teikna
male/måle/måla maler/målar malte/måla malt/måla
strikke/strikka strikker/strikkar strikket/strikka strikket/strikka
fikse/fiksa fikser/fiksar fikset/fiksa fikset/fiksa
spare/spara sparer/sparar sparte/spara spart/spara
streike/streika streiker/streikar streiket/streika streiket/streika
glede/gle gleder/gler gledet/gledde gledet/gledd
tilby tilbyr tilbød tilbudt
bestå består besto/bestod bestått
oppføre/oppføra oppfører oppførte oppført
behandle/behandla behandler/behandlar behandlet/behandla behandlet/behandla
undersøke/undersøkje undersøker/undersøkjer undersøkte undersøkt
lure/lura lurer/lurar lurte/lura lurt/lura
undre/undra undrer/undrar undret/undra undret/undra
""".strip()

PRESENT: frozenset[str]
PAST: frozenset[str]
INFINITIVE: frozenset[str]
PARTICIPLE: frozenset[str]


def _build() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    inf: set[str] = set()
    pres: set[str] = set()
    past: set[str] = set()
    part: set[str] = set()
    for line in _TABLE.splitlines():
        cols = line.split()
        if len(cols) != 4:
            raise ValueError(f"verb table line needs 4 columns: {line!r}")
        for col, bucket in zip(cols, (inf, pres, past, part), strict=True):
            bucket.update(col.split("/"))
    return frozenset(inf), frozenset(pres), frozenset(past), frozenset(part)


INFINITIVE, PRESENT, PAST, PARTICIPLE = _build()

# Verb forms that are just as often a noun (or an adverb) right after an
# article: "en dør", "ein lærar"... ("så" is also "so/then", "la" "laid").
# Rules take them as verbs only when the words around them agree.
AMBIGUOUS = wordset("""
    så la bar dør lever lærer lærar baker bakar selger eier tjener bruker brukar
    skader spiller spelar trener trenar kjemper kjempar handler klager klagar
    maser fisker fiskar leser lesar møter møte tale klage skade kjempe ende
    sang song falt fall vant sett satt kjent rett glede male maler lover lov tegner leier
    kokar koker sykler fryser steker hilser fyller veg
    spor stoler forteller ringer sover skriver stiller løp tap kost
    bygget laget fisket vasket et vel si venner fortsatt visst skjønt
    """)
