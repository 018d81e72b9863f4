"""Behaviour of each rule family, on sentences written for these tests."""

from __future__ import annotations

import pytest

from widgets.feedback import Finding, check


def brudd(text: str, lang: str | None = None) -> list[Finding]:
    return [f for f in check(text, lang) if f.kind == "brudd"]


def breaches(text: str, lang: str | None = None) -> set[str]:
    """The principles ``text`` breaks, by the engine."""
    return {f.principle for f in brudd(text, lang)}


def spans(text: str, principle: str, lang: str | None = None) -> list[str]:
    return [text[f.start : f.end] for f in brudd(text, lang) if f.principle == principle]


# -- the contract's example table, exactly ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Man blir jo så sliten.", [("si-jeg", "Man")]),
        ("Jeg har en sønn som er syk.", []),
        ("Du burde ringe legen.", [("ikke-gi-rad", None)]),
        ("Vil du høre hva jeg gjorde da?", []),
        ("Det går nok over, skal du se.", [("dele-smerte", None)]),
    ],
)
def test_contract_examples(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = brudd(text, "nb")
    assert {f.principle for f in found} == {p for p, _ in expected}
    for principle, words in expected:
        if words is not None:
            assert [text[f.start : f.end] for f in found if f.principle == principle] == [words]


# -- si-jeg ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "suggestion"),
    [
        ("Man blir jo så sliten.", "nb", "Jeg blir jo så sliten."),
        ("Da blir man sliten.", "nb", "Da blir jeg sliten."),
        ("Man føler seg aldri god nok.", "nb", "Jeg føler meg aldri god nok."),
        (
            "Når en mister jobben, mister en seg selv.",
            "nb",
            "Når jeg mister jobben, mister jeg meg selv.",
        ),
        ("Då kjenner ein seg så åleine.", "nn", "Då kjenner eg meg så åleine."),
        (
            "Når du har et sykt barn, sover du aldri.",
            "nb",
            "Når jeg har et sykt barn, sover jeg aldri.",
        ),
        ("Vi pårørende blir aldri spurt.", "nb", "Jeg som pårørende blir aldri spurt."),
        ("Vi mødre tar alt ansvaret på oss.", "nb", "Jeg som mor tar alt ansvaret på meg."),
        (
            "Folk forstår ikke hvordan det er.",
            "nb",
            "Jeg opplever at folk ikke forstår hvordan det er.",
        ),
        ("MAN ORKER IKKE MER.", "nb", "JEG ORKER IKKE MER."),
    ],
)
def test_si_jeg_rewrites_to_first_person(text: str, lang: str, suggestion: str) -> None:
    found = [f for f in brudd(text, lang) if f.principle == "si-jeg"]
    assert found, text
    assert found[0].suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har en venninne som forstår meg.",
        "Det tok en evighet å få svar.",
        "En dag i mai ringte skolen.",
        "En av naboene hjalp oss.",
        "Vi møtes en gang i uka.",
        "Hun er en klok kvinne.",
        "Han kjøpte en ny bil på en måte jeg ikke likte.",
        "Det er en lærer på skolen som bryr seg.",
        "Eg har ein bror og ei syster.",
        "Ein gong i veka går eg tur.",
        "Det var ein fin dag.",
        "Eg kjenner ein som har opplevd det same.",
    ],
)
def test_article_en_ein_is_not_flagged(text: str) -> None:
    assert spans(text, "si-jeg") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("En vet aldri hva som skjer.", "En"),
        ("Hva gjør en da?", "en"),
        ("Sånt tåler en ikke i lengden.", "en"),
        ("Det gjør noe med en når ingen lytter.", "en"),
        ("Kan ein seie det slik?", "ein"),
        ("Korleis skal ein klare alt?", "ein"),
        ("Det er tungt når ein ikkje får svar.", "ein"),
        ("Ein lærer seg å leve med det.", "Ein"),
    ],
)
def test_generic_en_ein_is_flagged(text: str, word: str) -> None:
    assert spans(text, "si-jeg") == [word]


def test_du_addressing_someone_is_not_generic() -> None:
    for text in [
        "Når du forteller om mora di, blir jeg lei meg.",
        "Du sa at du ikke sov i natt.",
        "Hvordan har du det når du kommer hjem?",
        "Hvis du vil, kan du si mer.",
    ]:
        assert spans(text, "si-jeg") == [], text


def test_generalising_group_words() -> None:
    assert spans("Vi pårørende blir aldri hørt.", "si-jeg") == ["Vi pårørende"]
    assert spans("Alle vet jo at det er sånn.", "si-jeg") == ["Alle"]
    assert spans("Folk skjønner ingenting.", "si-jeg") == ["Folk"]
    assert spans("Vi i gruppa har avtalt at vi møtes hver tirsdag.", "si-jeg") == []
    assert spans("Jeg føler at folk ikke skjønner det.", "si-jeg") == []


# -- ikke-gi-rad and asking first ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Du bør ta en pause.", "Du bør"),
        ("Du må si fra til dem.", "Du må"),
        ("Du kan jo prøve å sove middag.", "Du kan"),
        ("Har du prøvd å skrive dagbok?", "Har du prøvd å"),
        ("Hvorfor ikke bare flytte?", "Hvorfor ikke"),
        ("Jeg synes du skal si opp.", "du skal"),
        ("Hvis jeg var deg, ville jeg reist bort.", "Hvis jeg var deg"),
        ("Mitt råd er å vente litt.", "Mitt råd"),
        ("Det beste er å si det rett ut.", "Det beste er å"),
        ("Ring legevakta med en gang.", "Ring"),
        ("Bare ta kontakt med NAV.", "ta"),
        ("Om eg var deg, hadde eg flytta.", "Om eg var deg"),
        ("Kvifor ikkje spørje dei?", "Kvifor ikkje"),
    ],
)
def test_advice_is_flagged_on_its_words(text: str, words: str) -> None:
    assert spans(text, "ikke-gi-rad") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Vil du høre hva som hjalp meg?",
        "Ønsker du et råd?",
        "Da jeg sa nei, kjente jeg meg lettet.",
        "Hvordan var det for deg?",
        "Jeg ringte legen, og det hjalp.",
        "Du må ha hatt det vondt.",
        "Jeg hører at du må jobbe mye.",
        "Når du må jobbe natt, hvem passer barna?",
        "Ringene under øynene mine sier alt.",
        "Er det greit at jeg forteller hva jeg gjorde?",
    ],
)
def test_not_advice(text: str) -> None:
    assert spans(text, "ikke-gi-rad") == []


def test_advice_suggestion_asks_permission() -> None:
    [f] = brudd("Du burde ringe legen.", "nb")
    assert f.suggestion == "Vil du høre hva jeg tenker om å ringe legen?"
    [g] = brudd("Ring kommunen.", "nb")
    assert g.suggestion == "Vil du høre hva jeg tenker om å ringe kommunen?"
    [h] = brudd("Du bør ringje kommunen.", "nn")
    assert h.suggestion == "Vil du høyre kva eg tenkjer om å ringje kommunen?"


def test_asking_first_is_a_strength() -> None:
    found = check("Vil du høre hva jeg gjorde da?", "nb")
    assert [(f.principle, f.kind) for f in found] == [("spor-for-rad", "styrke")]


# -- dele-smerte, din-sannhet, taushetsplikt --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Det ordner seg sikkert.",
        "Ikke tenk så mye på det.",
        "Det var da ikke så farlig.",
        "Se på det positive.",
        "Andre har det mye verre.",
        "Det kunne ha vært mye verre.",
        "Ikkje ver lei deg for det.",
    ],
)
def test_taking_the_pain_away(text: str) -> None:
    assert {f.principle for f in brudd(text)} == {"dele-smerte"}


@pytest.mark.parametrize(
    "text",
    [
        "Nå overdriver du.",
        "Du tar nok feil.",
        "Sånn er det ikke.",
        "Du misforstår meg.",
        "Det var neppe så ille som du sier.",
    ],
)
def test_telling_the_other_they_are_wrong(text: str) -> None:
    assert {f.principle for f in brudd(text)} == {"din-sannhet"}


def test_retelling_a_participant() -> None:
    text = "Har dere hørt hva Jonas fortalte i gruppa?"
    assert spans(text, "taushetsplikt") == ["Jonas fortalte"]
    assert spans("Jeg sa i gruppa at jeg var redd.", "taushetsplikt") == []
    assert spans("Mamma sa at jeg var flink.", "taushetsplikt") == []
    assert spans("Det Jonas sa nå, kjente jeg meg igjen i.", "taushetsplikt") == []


# -- her-og-na -----------------------------------------------------------------------
STORY = (
    "Vi kjøpte hus i 2019. Så mistet jeg jobben, og han begynte å spille. "
    "Pengene forsvant fort. Banken ringte hver uke, og jeg turte ikke svare."
)


def test_long_past_story_without_now() -> None:
    [f] = [f for f in brudd(STORY) if f.principle == "her-og-na"]
    assert (f.start, f.end) == (0, len(STORY))
    assert f.suggestion is not None
    assert f.suggestion.startswith(STORY)


def test_story_that_says_how_it_is_now() -> None:
    text = STORY + " Nå kjenner jeg mest skam."
    assert [f for f in brudd(text) if f.principle == "her-og-na"] == []
    assert ("her-og-na", "styrke") in {(f.principle, f.kind) for f in check(text)}


def test_short_past_is_not_a_long_story() -> None:
    assert brudd("I går var jeg hos legen. Det gikk greit.") == []


RUN_ON = (
    "eg hugsar at det var ein vinter og så kom han heim full og då ringde eg til mor mi "
    "og ho kom og henta ungane og så sat eg der heile natta og venta"
)


def test_one_breath_story_is_a_story() -> None:
    [f] = [f for f in brudd(RUN_ON) if f.principle == "her-og-na"]
    assert (f.start, f.end) == (0, len(RUN_ON))
    assert f.suggestion == RUN_ON + " Når eg fortel dette no, kjenner eg …"  # detected as nn
    assert "korleis du har det no" in f.message


@pytest.mark.parametrize(
    "ending",
    [
        " og når eg fortel det no kjenner eg at eg skjelv",  # turns to now
        " og no bur eg åleine",
        " og eg veit ikkje om eg har tilgitt han",  # ends in the present
    ],
)
def test_one_breath_story_that_turns_to_now(ending: str) -> None:
    assert spans(RUN_ON + ending, "her-og-na") == []


def test_narrative_now_does_not_count_as_the_present() -> None:
    # "og nå kom han" tells the story on: "nå" next to a past verb is "then"
    text = (
        "Og nå kom han hjem igjen etter tre dager og da lot han som ingenting og så "
        "spurte jeg hvor han hadde vært og da ble han sint og slo i bordet"
    )
    assert spans(text, "her-og-na") == [text]
    # ... while a now-word before a present verb, with a past relative clause, speaks from now
    story = STORY + " Akkurat nå kjenner jeg mest sorg over alt jeg mistet."
    assert spans(story, "her-og-na") == []


def test_reported_present_is_not_the_speakers_now() -> None:
    text = (
        "Jeg ringte legen og så kom jeg inn og hun sa at det var stress og så fikk jeg "
        "piller og så sluttet jeg på jobben og mamma sa at jeg er lat"
    )
    assert spans(text, "her-og-na") == [text]


def test_tense_counts_by_clause() -> None:
    from widgets.feedback.context import Context
    from widgets.feedback.rules.story import tenses

    found = tenses(Context("Jeg var sliten, og nå kjenner jeg at jeg trenger hjelp.", "nb"))
    assert [c.opener for c in found.clauses] == [None, "og", "at"]
    assert [c.tenses for c in found.clauses] == [["past"], ["present"], ["present"]]
    assert found.turns_to_now()
    # "et" after "det" is an article, not the Nynorsk verb "et" (eats)
    found = tenses(Context("og så gikk det et halvt år", "nb"))
    assert found.present == 0 and found.past == 1


def test_story_verbs_by_tagger_and_by_table() -> None:
    from widgets.feedback.context import Context
    from widgets.feedback.rules.story import tenses

    # "forlot" (forlate) is not in the verb table and follows no subject; the tagger knows it
    text = "Han sparket døra inn og knuste speilet og truet meg med kniven og så forlot han oss"

    def verbs(tagged: bool) -> list[str]:
        ctx = Context(text, "nb")
        found = tenses(ctx, tagged=tagged)
        return [ctx.tokens[v].text for c in found.clauses for v in c.verbs]

    assert verbs(tagged=False) == ["sparket", "knuste", "truet"]
    assert verbs(tagged=True) == ["sparket", "knuste", "truet", "forlot"]


def test_short_texts_are_never_tagged() -> None:
    from widgets.feedback.context import Context
    from widgets.feedback.rules import story

    ctx = Context("I går var jeg hos legen, og han sa at alt var fint.", "nb")
    assert story.rule(ctx) == []
    assert not ctx._tags  # too short for a story: the tagger was not asked
    ctx = Context(RUN_ON, "nn")
    assert story.rule(ctx)
    assert ctx._tags  # a story in the making: the tagger counted its verbs


def test_experience_offered_is_not_a_story_told_instead_of_now() -> None:
    text = (
        "Da jeg var i samme situasjon, ringte jeg legen og fikk time, og så begynte jeg å gå "
        "tur hver dag, og etter hvert ble det bedre, og det hjalp meg mye."
    )
    assert spans(text, "her-og-na") == []
    # "i samme klasse" is where the story happened, not the listener's situation
    text = (
        "Vi gikk i samme klasse og så flyttet han og så mistet vi kontakten og så traff jeg "
        "ham igjen i fjor og da var han helt forandret."
    )
    assert spans(text, "her-og-na") == [text]


def test_a_report_of_events_is_not_a_story() -> None:
    text = (
        "Regjeringen la fram budsjettet i oktober, og Stortinget vedtok det i desember, "
        "og avgiftene steg i januar, og prisene fulgte etter i februar."
    )
    assert spans(text, "her-og-na") == []


# -- taushetsplikt: members of the group ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Eg sa til mannen min at Randi i gruppa har fått sparken.", "Randi i gruppa har"),
        ("Visste du at Hilde i gruppa har fått ny jobb?", "Hilde i gruppa har"),
        ("Jeg nevnte for naboen at en i gruppa mi sliter med spill.", "en i gruppa mi sliter"),
        ("Marit frå sorggruppa har mista sonen sin.", "Marit frå sorggruppa har"),
        (
            "Eg fortalde kona mi om Arne frå gruppa, han som mista sonen sin.",
            "Arne frå gruppa, han som mista",
        ),
        ("Jeg fortalte mannen min om Lise i gruppa.", "fortalte mannen min om Lise i gruppa"),
        ("kjenner du Kåre han er med i gruppa mi", "Kåre han er med i gruppa"),
        (
            "Jeg møtte Per og nevnte at Tove har begynt i en gruppe.",
            "Tove har begynt i en gruppe",
        ),
    ],
)
def test_member_situation_passed_on(text: str, words: str) -> None:
    assert spans(text, "taushetsplikt") == [words]
    # the member word is the member, not also a generic "en"
    assert spans(text, "si-jeg") == []


@pytest.mark.parametrize(
    "text",
    [
        "Jeg traff Kari fra gruppa på butikken i går.",
        "Kari fra gruppa ringte meg i går, og det var godt.",
        "Jeg fortalte mannen min at jeg har begynt i en gruppe.",
        "Eg sa til kona mi at gruppa gjer meg godt.",
        "Søstera mi Lise har en sønn i fengsel.",
        "Per i arbeidsgruppa har fått ny jobb.",
        "Jeg lurer på hvordan han har det.",
        "Kven er med i gruppa di? Eg sa at eg ikkje kunne seie det.",
    ],
)
def test_member_look_alikes(text: str) -> None:
    assert spans(text, "taushetsplikt") == []


def test_member_message_speaks_of_the_members_situation() -> None:
    [f] = brudd("Eg sa til mannen min at Randi i gruppa har fått sparken.")
    assert "korleis han eller ho har det" in f.message
    assert f.suggestion == "Eg vil heller fortelje korleis eg sjølv har det."
    [g] = brudd("Kari fortalte i gruppa at mannen hennes slår henne.")
    assert "har delt" in g.message  # a retold confidence keeps its own message


def test_naming_members_and_how_they_are() -> None:
    text = "Svigermor lurte på hvem som går i gruppa, og jeg sa at Liv og Geir er med."
    assert spans(text, "taushetsplikt") == ["sa at Liv"]
    text = "Jeg kan fortelle litt om hvordan hun har det, hun er innlagt igjen."
    assert spans(text, "taushetsplikt") == ["fortelle litt om hvordan hun har det"]


# -- din-sannhet: everyday overruling -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Du må ha misforstått henne.", "Du må ha misforstått"),
        ("du må ha høyrt feil, han seier aldri sånt", "du må ha høyrt feil"),
        ("Han mente det sikkert ikke vondt.", "mente det sikkert ikke vondt"),
        ("Det er bare fordi du er sliten at du ser det sånn.", "Det er bare fordi du er"),
        ("Du er berre litt trøytt no.", "Du er berre litt trøytt"),
        ("Du har bare en dårlig dag.", "Du har bare en dårlig dag"),
        ("Eg trur ikkje du eigentleg er deprimert.", "trur ikkje du eigentleg er"),
        ("Jeg tror ikke mora di er så kald som du sier.", "så kald som du sier"),
        (
            "Det var sikkert ikke så dramatisk som det føltes.",
            "Det var sikkert ikke så dramatisk som det føltes",
        ),
        ("Var det virkelig så ille?", "Var det virkelig så ille"),
        ("Så ille kan det vel ikkje ha vore.", "Så ille kan det vel ikkje"),
        ("du e ikkje ei dårleg mor", "du e ikkje ei dårleg mor"),
        ("Er du sikker på at det er angst?", "Er du sikker på at det er"),
    ],
)
def test_overruling_in_everyday_words(text: str, words: str) -> None:
    assert spans(text, "din-sannhet") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg mente det ikke sånn.",
        "Jeg er ikke så sterk som du tror.",
        "Er du sikker på at du vil dele det?",
        "Du er ikke alene om det, jeg har kjent det samme.",
        "Jeg gikk bare fordi du sa det.",
        "Jeg har nok misforstått deg, kan du si det igjen?",
        "Det høres ut som du har hatt det tøft.",
    ],
)
def test_overruling_look_alikes(text: str) -> None:
    assert spans(text, "din-sannhet") == []


# -- ikke-gi-rad: advice in disguise ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Det hjelper hvis du bare skriver ned tankene.", "hjelper hvis du"),
        ("Det blir bedre hvis du bare slutter å tenke på ham.", "bedre hvis du bare"),
        ("kansje du kunne ha sagt til ham at du ikke låner ut penger", "kansje du kunne"),
        ("Du kunne jo ha sagt nei til henne.", "Du kunne"),
        ("eg ville ha ringt politiet med ein gong", "eg ville ha ringt"),
        ("Eg ville ha kasta han ut, eg.", "Eg ville ha kasta"),
        ("hadde eg vore deg hadde eg gått", "hadde eg vore deg"),
        ("Den må du laste ned.", "må du"),
        ("Du overdriver, bare si at du vil ha nøkkelen tilbake.", "si"),
        ("Han er ikke verdt det, slett nummeret hans.", "slett"),
    ],
)
def test_advice_in_disguise(text: str, words: str) -> None:
    found = [f for f in brudd(text) if f.principle == "ikke-gi-rad"]
    assert [text[f.start : f.end] for f in found] == [words]
    assert all(f.suggestion for f in found)
    assert spans(text, "si-jeg") == []  # "hvis du …" here addresses the listener


@pytest.mark.parametrize(
    "text",
    [
        "Jeg ville ha sagt noe, men jeg fikk ikke fram ordene.",
        "Eg ville ringe politiet, men eg turte ikkje.",
        "Det ble bedre da jeg sluttet å tenke på ham.",
        "Da må du ha vært veldig redd.",
        "Må du jobbe i morgen?",
        "Hvis jeg hadde visst det, ville jeg ha ringt før.",
        "Ho hadde eit langt og godt liv, det må du hugse.",
        "Mange har det verre, tenk på dei som ikkje har nokon.",
    ],
)
def test_advice_look_alikes(text: str) -> None:
    assert spans(text, "ikke-gi-rad") == []


# -- dele-smerte: everyday comfort ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Sånn er livet, vi må bare gå videre.",
        "Slik er livet, me må berre kome oss vidare.",
        "Tenk på de som ikke har noen familie i det hele tatt.",
        "Du kunne hatt det mykje verre.",
        "du trenger ikke være lei deg for det",
        "Du treng ikkje å vere flau.",
        "Hun har det i alle fall ikke vondt lenger.",
        "Ho hadde eit langt og godt liv.",
        "Kanskje det var til det beste.",
        "Du er ikke ensom, du har jo oss og søstera di.",
    ],
)
def test_comfort_in_everyday_words(text: str) -> None:
    assert spans(text, "dele-smerte")


@pytest.mark.parametrize(
    "text",
    [
        "Eg har lært at livet går vidare, og det er godt å kjenne på.",
        "Jeg har tenkt mye på de som ikke har noen, og jeg kjenner meg heldig.",
        "Korleis har du det med ungane no?",
        "Du har jo sagt det før.",
    ],
)
def test_comfort_look_alikes(text: str) -> None:
    assert spans(text, "dele-smerte") == []


# -- si-jeg: alle + group ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("alle foreldre til rusavhengige kjenner på skam", "alle foreldre"),
        ("Sånn er det for alle pårørende i starten.", "alle pårørende"),
        ("Alle som har mistet et barn vet hvordan det er.", "Alle som"),
        ("Alle sier jo at tiden leger, men det gjør den ikke.", "Alle"),
    ],
)
def test_everyone_generalises(text: str, words: str) -> None:
    assert words in spans(text, "si-jeg")


@pytest.mark.parametrize(
    "text",
    [
        "Alle sier at det går over, og det gjør meg bare sint.",
        "Alle som er her i kveld har vore gjennom mykje.",
        "Alle som kom på minnestunden fikk en rose.",
        "Alle pårørande i gruppa mi har fått ein kopi.",
    ],
)
def test_everyone_look_alikes(text: str) -> None:
    assert spans(text, "si-jeg") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ta det med ro og ring legen i morgen.", {"dele-smerte", "ikke-gi-rad"}),
        ("Det går nok over hvis du bare får sove.", {"dele-smerte", "ikke-gi-rad"}),
        ("Prøv å tenke positivt.", {"dele-smerte"}),
        ("Hugs at du har mange som er glade i deg.", {"dele-smerte"}),
        ("Du skal se at det ordner seg hvis du ringer dem.", {"dele-smerte"}),
        ("Hvis du bare vil, kan jeg fortelle hva jeg gjorde.", set()),
        ("Gå hjem og legg deg.", {"ikke-gi-rad"}),
    ],
)
def test_comfort_and_advice_together(text: str, found: set[str]) -> None:
    assert {f.principle for f in brudd(text)} == found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Det var nok meint som ein spøk.", "meint som ein spøk"),
        ("Han er sikkert bare stressa, han mener det ikke.", "Han er sikkert bare stressa"),
        ("Du har sikkert bare sovet dårlig.", "Du har sikkert bare sovet dårlig"),
        ("Det der er berre angsten som lurar deg.", "Det der er berre angsten som lurar"),
        ("Du ser det for svart.", "ser det for svart"),
    ],
)
def test_feelings_explained_away(text: str, words: str) -> None:
    assert spans(text, "din-sannhet")[0] == words


@pytest.mark.parametrize(
    "text", ["Jeg ser alt så svart om dagen.", "Mannen min er bare sliten.", "Jeg mente det ikke."]
)
def test_own_view_is_not_overruling(text: str) -> None:
    assert spans(text, "din-sannhet") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Har dere hørt at Jon har begynt å drikke igjen?", ["Jon har"]),
        ("Hun i gruppa med de tre barna har fått kreft.", ["Hun i gruppa med de tre barna har"]),
        (
            "Jonas er ikkje her i dag, han ligg på sjukehuset.",
            ["Jonas er ikkje her i dag, han ligg"],
        ),
        ("Har du hørt at mamma har fått ny jobb?", []),
        ("Kari er ikke her i dag, hun sendte en melding om at hun er syk.", []),
    ],
)
def test_news_and_absent_members(text: str, words: list[str]) -> None:
    assert spans(text, "taushetsplikt") == words


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Ingen forstår hvordan det er å miste et barn.", True),
        ("Sånn er det for alle.", True),
        ("Jeg har en følelse av at ingen ser meg.", False),
        ("Ingen har spurt meg om det.", False),
        ("Eg er ein sånn som alltid skal ordne opp for alle, og no orkar eg ikkje meir.", False),
    ],
)
def test_nobody_and_everybody(text: str, generic: bool) -> None:
    assert bool(spans(text, "si-jeg")) is generic


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Det gjer noko med ein å miste jobben.", True),
        ("Det tar på en å se barnet sitt lide.", True),
        ("Det er godt med en å snakke med.", False),
        ("Han er en å stole på.", False),
        ("Jeg snakket med en å dele det med.", False),
    ],
)
def test_generic_en_before_an_infinitive(text: str, generic: bool) -> None:
    assert bool(spans(text, "si-jeg")) is generic


def test_doubting_the_others_past_is_overruling() -> None:
    # a hedge ("sikkert", "nok") doubts what the other lived through
    assert spans("Det var sikkert ikke så ille.", "din-sannhet") == ["Det var sikkert ikke så ille"]
    assert spans("Det var sikkert ikke så ille.", "dele-smerte") == []
    # without one it minimises
    assert spans("Det var ikke så ille, egentlig.", "dele-smerte") == ["Det var ikke så ille"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Eg ville ikkje ha godteke det.", {"ikke-gi-rad"}),
        ("Du tek det for tungt.", {"din-sannhet"}),
        ("Det der trur eg ikkje noko på.", {"din-sannhet"}),
        ("Folk bryr seg ikkje.", {"si-jeg"}),
        ("Eg høyrde at Geir drikk igjen.", {"taushetsplikt"}),
        ("Jeg tar det for tungt, vet jeg.", set()),
        ("Jeg vet at mamma er syk.", set()),
        ("Det stemmer ikkje at ingen bryr seg.", {"din-sannhet"}),
    ],
)
def test_spoken_nynorsk_wordings(text: str, found: set[str]) -> None:
    assert {f.principle for f in brudd(text)} == found


def test_spoken_nynorsk_past_counts_where_the_tagger_sees_a_noun() -> None:
    text = (
        "Han var full kvar einaste dag i ti år og eg dekte over for han på jobben og "
        "ringde inn sjukmeldingar for han og løy til ungane og til mor hans"
    )
    assert spans(text, "her-og-na") == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Du er ikke alene, sa legen, og det hjalp meg.",
        "«Det går over», sa hun, og jeg ble så sint.",
        "Du overdriv, sa mannen min, og då vart eg stille.",
    ],
)
def test_quoted_comfort_and_contradiction_are_retold(text: str) -> None:
    assert brudd(text) == []


def test_a_quote_needs_the_telling_verb_in_the_same_sentence() -> None:
    assert spans("Du overdriver. Sa jeg det høyt?", "din-sannhet") == ["Du overdriver"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jeg hadde sagt opp for lenge siden, jeg.", {"ikke-gi-rad"}),
        ("Jeg hadde sagt opp allerede da, men han ba meg bli.", set()),
        ("Det er berre å bite tennene saman.", {"ikke-gi-rad"}),
        ("Det er bare å ringe meg hvis du vil prate.", set()),
        ("Det er bare å vente på svaret for meg nå.", set()),
        ("Nå må du ikke gråte.", {"dele-smerte"}),
        ("Han er på eit betre stad no.", {"dele-smerte"}),
        ("Alt går over, til og med dette.", {"dele-smerte"}),
        ("Er det ikke litt overdrevet?", {"din-sannhet"}),
        ("Du tolkar han nok feil.", {"din-sannhet"}),
        ("Det kjennest sikkert verre enn det er.", {"din-sannhet"}),
        ("Sånn er det å være mor.", {"si-jeg"}),
        ("Sånn er det å være meg, tenker jeg.", set()),
        ("Vet du hva Kari fra gruppa fortalte meg?", {"taushetsplikt"}),
        ("Jeg traff Per fra gruppa, han så helt elendig ut.", {"taushetsplikt"}),
        ("Jeg traff Per fra gruppa på kafeen.", set()),
    ],
)
def test_more_everyday_wordings(text: str, found: set[str]) -> None:
    assert {f.principle for f in brudd(text)} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Eg fortalde sambuaren min om ho nye i gruppa, ho som har mista mannen sin.",
            {"taushetsplikt"},
        ),
        ("Han Arvid som går i gruppa vår, har vorte sjuk igjen.", {"taushetsplikt"}),
        ("Eg har fortalt mor mi alt om dei andre i gruppa.", {"taushetsplikt"}),
        ("Mange i gruppa har mista nokon.", set()),
        ("Det er ikkje så farleg som du skal ha det til.", {"din-sannhet"}),
        ("Er du heilt sikker på at han sa det?", {"din-sannhet"}),
        ("Han meinte det sikkert godt.", {"din-sannhet"}),
        ("Jeg mente det godt.", set()),
        ("Det er ikkje noko å gråte for.", {"dele-smerte"}),
        ("No må du slutte å gruble.", {"dele-smerte"}),
        ("Du skulle høyrt kor glad ungen var i dag!", set()),
        ("Du skulle ringt legen.", {"ikke-gi-rad"}),
        ("Du trenger en ferie.", {"ikke-gi-rad"}),
        ("Hvis du trenger hjelp, kan du ringe meg.", set()),
        ("Du treng ikkje svare.", set()),
    ],
)
def test_nynorsk_members_doubt_and_comfort(text: str, found: set[str]) -> None:
    assert {f.principle for f in brudd(text)} == found


def test_nobody_rewrite() -> None:
    [f] = brudd("Ingen skjønar kor tungt det er.")
    assert f.suggestion == "Eg opplever at ingen skjønar kor tungt det er."


# -- strengths ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "principles"),
    [
        ("Jeg kjenner meg sliten.", {"si-jeg"}),
        ("Eg er redd.", {"si-jeg"}),
        ("Akkurat nå kjenner jeg sinne.", {"si-jeg", "her-og-na"}),
        ("Det hjalp meg å gå tur.", {"vaer-synlig"}),
    ],
)
def test_strengths(text: str, principles: set[str]) -> None:
    found = check(text)
    assert {f.principle for f in found if f.kind == "styrke"} == principles
    assert [f for f in found if f.kind == "brudd"] == []


# -- round 2 (rules2-other): taushetsplikt, her-og-na, ikke-gi-rad, si-jeg ----------
@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        # someone at the group described by what they have
        (
            "Hei Line! Tøff kveld i gruppa. Det var en mann der som har datteren sin på rehab.",
            "nb",
            "en mann der som har",
        ),
        # membership said in one sentence, the situation in the next
        (
            "Kjenner du han Petter? Han er med i gruppa mi. Han har mistet førerkortet.",
            "nb",
            "Han er med i gruppa mi. Han har",
        ),
        # the member's own telling passed on
        (
            "Eg traff Ola frå gruppa på bussen, og han fortalde at kona har gått frå han.",
            "nn",
            "Ola frå gruppa på bussen, og han fortalde",
        ),
        # the teller after the verb
        ("Ho er ikkje her no, men sist sa ho til meg at ho har byrja å drikke att.", "nn", "sa ho"),
        ("Han har vært innlagt siden mandag, sa noen i gruppa.", "nb", "sa noen"),
        (
            "For en kveld i sorggruppa. En av oss fortalte at mannen tok livet sitt.",
            "nb",
            "En av oss fortalte",
        ),
        # who is in the group
        (
            "Gjett hvem som satt i gruppa i dag? Faren til Emil i barnehagen.",
            "nb",
            "hvem som satt i gruppa i dag? Faren til Emil",
        ),
        (
            "Mor spurde om det er nokon kjende i gruppa, og eg sa at tannlegen vår er med.",
            "nn",
            "sa at tannlegen vår er med",
        ),
        # a secret passed on
        (
            "Ikkje sei det til nokon, men ho Anne har fått kreft att.",
            "nn",
            "Ikkje sei det til nokon",
        ),
    ],
)
def test_r2_taushetsplikt_families(text: str, lang: str, span: str) -> None:
    assert spans(text, "taushetsplikt", lang) == [span]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Det var en dame der som smilte til meg da jeg kom inn i gruppa.", "nb"),
        ("Kari fra gruppa ringte meg i går. Hun kommer neste gang også.", "nb"),
        ("Mamma spurte hvordan det går i gruppa, og jeg sa at jeg er glad jeg er med.", "nb"),
        ("Det som blir sagt i gruppa, blir i gruppa. Vi sier det ikke videre.", "nb"),
        ("Det Per sa om jobben sin i stad, kjende eg meg att i.", "nn"),
        ("Hvem som var i gruppa i dag, kan jeg ikke si.", "nb"),
    ],
)
def test_r2_taushetsplikt_clean(text: str, lang: str) -> None:
    assert spans(text, "taushetsplikt", lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Dere må ringe barnevernet med en gang.", "nb", "Dere må"),
        ("Dokker må søkje om støtte frå kommunen.", "nn", "Dokker må"),
        ("bro bare ignorer han, han er ikke verdt det", "nb", "ignorer"),
    ],
)
def test_r2_advice_families(text: str, lang: str, span: str) -> None:
    assert spans(text, "ikke-gi-rad", lang) == [span]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tenk, hun ringte meg i går etter tre år.", "nb"),
        ("Tenk det, han kom heim att etter fem år.", "nn"),
        ("Husk at du bestemmer selv hva du vil fortelle her.", "nb"),
        ("Hugs at du ikkje treng å seie noko i kveld.", "nn"),
        ("Mamma, ikke si det videre, det er en overraskelse til pappa.", "nb"),
        ("Ikkje gå og grubl på det heile tida.", "nn"),
        ("Tenk på alle de gode årene dere fikk.", "nb"),
    ],
)
def test_r2_advice_clean(text: str, lang: str) -> None:
    assert spans(text, "ikke-gi-rad", lang) == []


def test_r2_advice_reminder_is_still_advice() -> None:
    assert spans("Husk å ringe legen i morgen.", "ikke-gi-rad", "nb") == ["Husk"]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("På sykehuset er det sånn, du venter og venter og ingen sier noe.", "nb", ["du"]),
        ("I kommunen er det slik at du må mase i månadsvis.", "nn", ["du"]),
        ("Du veit jo korleis det er, du står opp før alle.", "nn", ["Du", "du"]),
        ("Oss som er pårørende er det ingen som spør om noe.", "nb", ["Oss som er pårørende"]),
        ("Det er jo ingen som forstår hvordan det er.", "nb", ["ingen"]),
        ("Alle som sitter her vet hva det vil si å miste noen.", "nb", ["Alle som"]),
        ("Det tar noe fra deg å se barnet ditt lide.", "nb", ["deg"]),
        ("Jeg sier alltid at man må ta vare på seg selv.", "nb", ["man"]),
    ],
)
def test_r2_generic_families(text: str, lang: str, found: list[str]) -> None:
    assert spans(text, "si-jeg", lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Du vet hvordan det er med meg, jeg blir så lett sliten.", "nb"),
        ("Det er ingen som ringte meg i dag.", "nb"),
        ("Alle som sitter her har kommet langt for å være med.", "nb"),
        ("Hvordan var det for deg å komme hjem igjen?", "nb"),
        ("Bestemor sa alltid at man må spise frokost. Det har jeg aldri klart.", "nb"),
        ("Far sa alltid at ein må gjere ferdig det ein byrjar på.", "nn"),
        ("Legen sa at alle får vondt i ryggen av sånt arbeid, men det hjalp meg lite.", "nb"),
        (
            "Me var hjå tre legar, og ein sa at det var nervane, og ein annan trudde det "
            "var magen.",
            "nn",
        ),
    ],
)
def test_r2_generic_clean(text: str, lang: str) -> None:
    assert spans(text, "si-jeg", lang) == []


def test_r2_generic_rewrite_keeps_the_frame() -> None:
    (f,) = brudd("Det tar noe fra deg å se barnet ditt lide.", "nb")
    assert f.suggestion == "Det tar noe fra meg å se barnet ditt lide."


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Jeg kjente meg igjen i det du sa om søsteren din. Da mor døde, var det bare meg de "
            "spurte etter, og jeg stod der og visste ikke hva jeg skulle si til noen av dem.",
            "nb",
        ),
        (
            "En kollega av meg mistet mannen sin i fjor. Jeg ringte henne aldri, og nå skulle jeg "
            "ønske at jeg hadde gjort det, for hun trengte nok noen da.",
            "nb",
        ),
        (
            "Eg fortalde svigerfar at det sit ein kar i gruppa som har mist garden, og han visste "
            "med ein gong kven det var.",
            "nn",
        ),
    ],
)
def test_r2_story_clean(text: str, lang: str) -> None:
    assert spans(text, "her-og-na", lang) == []


def test_r2_story_still_found() -> None:
    text = (
        "En kollega av meg mistet mannen sin i fjor. Jeg ringte henne aldri, og så sluttet hun "
        "på jobben, og vi hørte ingenting mer fra henne etter det."
    )
    assert spans(text, "her-og-na", "nb") == [text]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("I gruppa i dag var Randi, hun har sluttet å spise igjen.", "nb", "Randi, hun har"),
        ("Eit medlem i gruppa vår har mista huset.", "nn", "medlem i gruppa vår har"),
        ("Så sterkt å høre Kari fortelle om overgrepene i kveld", "nb", "Kari fortelle"),
        ("Lurer dere på hvor Per er? Han er innlagt igjen.", "nb", "Per er? Han er"),
        ("Dokker lurer kanskje på kor Jon er. Han ligg på sjukehuset.", "nn", "Jon er. Han ligg"),
        (
            "Vet du hvem jeg så på møtet? Kona til presten!",
            "nb",
            "hvem jeg så på møtet? Kona til presten",
        ),
        (
            "Per og Kari var ikke i gruppa i dag. De har visst gått fra hverandre.",
            "nb",
            "Per og Kari var ikke i gruppa i dag. De har",
        ),
    ],
)
def test_r2_taushetsplikt_absent_and_named(text: str, lang: str, span: str) -> None:
    assert spans(text, "taushetsplikt", lang) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "I gruppa i dag var Randi, hun ringte meg etterpå.",
        "Vet du hvor Per er? Han kommer snart.",
        "Vet du hvem jeg så på butikken? Kona til presten!",
        "Per kom ikke i dag, han kommer neste gang.",
    ],
)
def test_r2_taushetsplikt_absent_clean(text: str) -> None:
    assert spans(text, "taushetsplikt", "nb") == []


@pytest.mark.parametrize(
    ("text", "lang", "principle", "found"),
    [
        ("Det er ikkje nokon som forstår kor tungt det er.", "nn", "si-jeg", ["nokon"]),
        ("Det er ikke noen som ringte meg i dag.", "nb", "si-jeg", []),
        ("Slik er det berre, du gjer og gjer og ingen takkar deg.", "nn", "si-jeg", ["du"]),
        ("Alle her vet hvordan det er å ikke bli trodd.", "nb", "si-jeg", ["Alle her"]),
        ("Alle her kom tidlig i dag.", "nb", "si-jeg", []),
        ("bare drit i han a, han er ikke verdt det", "nb", "ikke-gi-rad", ["drit"]),
        ("bro, dropp den jobben", "nb", "ikke-gi-rad", ["dropp"]),
    ],
)
def test_r2_more_families(text: str, lang: str, principle: str, found: list[str]) -> None:
    assert spans(text, principle, lang) == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        (
            "Hei Mona! Kveldens gruppe var tøff. Ei jente der har prøvd å ta livet sitt.",
            "nn",
            ["Ei jente der har"],
        ),
        ("Jeg var i gruppa i dag. En mann der hjalp meg med kaffen.", "nb", []),
        (
            "Takk for en fin kveld i gruppa. Spesielt takk til Tor som delte om spillegjelda si.",
            "nb",
            ["Tor som delte"],
        ),
        ("Me var seks i gruppa i kveld. Den eine har mist dottera si.", "nn", ["Den eine har"]),
        ("Vi var fem i gruppa i kveld. Den ene kom for sent.", "nb", []),
        (
            "Du gjetter aldri hvem som har begynt i gruppa: Trine fra jobben!",
            "nb",
            ["hvem som har begynt i gruppa: Trine"],
        ),
    ],
)
def test_r2_taushetsplikt_one_of_those_there(text: str, lang: str, found: list[str]) -> None:
    assert spans(text, "taushetsplikt", lang) == found


def test_r2_secret_is_not_advice() -> None:
    text = "Han eldste i gruppa har kreft, men ikke si at du vet det."
    assert spans(text, "ikke-gi-rad", "nb") == []
    assert spans(text, "taushetsplikt", "nb") == ["Han eldste i gruppa har"]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Ta den tida du trenger, vi er her.", "nb", []),
        ("Sei ifrå om du vil ha ei pause.", "nn", []),
        ("Si fra til sjefen at du ikke orker mer.", "nb", ["Si"]),
        ("Ta deg tid til å sørge.", "nb", ["Ta"]),
        ("Husk at det som blir sagt her, blir her.", "nb", []),
        ("Husk at du må spise.", "nb", ["Husk"]),
        ("Tenk at det er to år sidan no.", "nn", []),
        ("Dere må gjerne avbryte meg.", "nb", []),
        ("Dokker må orsake at eg er litt sein.", "nn", []),
        ("Du må tilgi deg selv.", "nb", ["Du må"]),
        ("Bare si det, vi lytter.", "nb", []),
        ("Bare si det til ham.", "nb", ["si"]),
    ],
)
def test_r2_advice_room_in_the_conversation(text: str, lang: str, found: list[str]) -> None:
    assert spans(text, "ikke-gi-rad", lang) == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Det er ingen som vet det ennå.", "nb", []),
        ("Ingen vet at jeg går hit.", "nb", []),
        ("Det er ingen som veit om det enno.", "nn", []),
        ("Ingen vet hvordan det er å være mor til en rusmisbruker.", "nb", ["Ingen"]),
        ("Sånn er det, du vet.", "nb", []),
        ("Du vet hvordan det er, du har jo vært der selv.", "nb", []),
    ],
)
def test_r2_generic_facts_and_the_listener(text: str, lang: str, found: list[str]) -> None:
    assert spans(text, "si-jeg", lang) == found


# -- round 2: dele-smerte and din-sannhet families (blind batches 4 and 5) -------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # silver linings with the verb first, what is left, others' good lives
        ("Nå har du i hvert fall fått en diagnose.", {"dele-smerte"}),
        ("No har du i alle fall fått svar.", {"dele-smerte"}),
        ("Det positive er at du slipper nattskift.", {"dele-smerte"}),
        ("Det positive for meg er at jeg har fått mer tid.", set()),
        ("Det er ikkje alle som får det, veit du.", {"dele-smerte"}),
        ("Det er ikke alle som forstår hvordan det er.", set()),
        ("Du har jo framleis garden og ungane.", {"dele-smerte"}),
        ("Du har fortsatt ikke svart på meldinga mi.", set()),
        ("Det er mange par som aldri får barn, og de har fine liv likevel.", {"dele-smerte"}),
        ("Jeg håper hun får et godt liv.", set()),
        # predictions and normalising
        ("Han kommer seg nok på rett kjøl.", {"dele-smerte"}),
        ("Han kommer seg ikke ut av senga om morgenen.", set()),
        ("De kjem dykk gjennom dette òg.", {"dele-smerte"}),
        ("Jeg kom meg gjennom det til slutt.", set()),
        ("Om et år er det ingen som husker det.", {"dele-smerte"}),
        ("Om et år er jeg ferdig med utdanningen.", set()),
        ("Det vokser hun av seg.", {"dele-smerte"}),
        ("Han er jo ung enda.", {"dele-smerte"}),
        ("Han var i den alderen da pappa døde.", set()),
        # minimising and stop-feeling imperatives
        ("chill a, det er ikke så deep", {"dele-smerte"}),
        ("Det var chill på hytta i helga.", set()),
        ("Det er jo ikke livstruende.", {"dele-smerte"}),
        ("Legen sa at det ikke er livstruende, men jeg er redd likevel.", set()),
        ("Ikkje gå og grubl på det.", {"dele-smerte"}),
        ("Prøv å ikke tenke så mye på det.", {"dele-smerte"}),
        ("Jeg prøver å ikke tenke på det, men det går ikke.", set()),
        ("Legen min sier at jeg må ta det med ro i seks uker.", set()),
        ("Han slapp av med en gang han kom hjem.", set()),
        ("Tenk på alle de gode årene dere har hatt sammen.", {"dele-smerte"}),
        ("Jeg tenker på alle de gode årene vi hadde.", set()),
        # retold or thought then, not said now
        ("Mora mi held på med at tida leger alle sår.", set()),
        ("Jeg tenkte det går over, men det gjorde det ikke.", set()),
        ("Du er sterkere enn du tror.", {"dele-smerte"}),
        ("Jeg er sterkere enn jeg trodde.", set()),
        ("Du fiksar det nok, du.", {"dele-smerte"}),
        ("Sjå lyst på det, då.", {"dele-smerte"}),
        ("Det der er heilt normalt.", {"dele-smerte"}),
        ("Det der er heilt normalt for meg no.", set()),
        ("Det finnes alltid en løsning.", {"dele-smerte"}),
        ("Gud gir oss ikke mer enn vi tåler.", {"dele-smerte"}),
        ("Eg orkar ikkje meir enn eg klarar no.", set()),
        ("Hald motet oppe!", {"dele-smerte"}),
        ("Han holdt motet oppe lenge.", set()),
        ("Det er ingenting å skjemmast over.", {"dele-smerte"}),
        ("Du har hele livet foran deg.", {"dele-smerte"}),
        ("Det er ingen vits i å gråte over det no.", {"dele-smerte"}),
        ("Det er ikke vits å ringe før ni.", set()),
        ("Det skal gå bra med operasjonen, sa legen.", set()),
        ("Du klarar deg fint, du.", {"dele-smerte"}),
        ("Han klarar seg ikkje åleine lenger.", set()),
        ("Du får sove ut nå i alle fall.", {"dele-smerte"}),
        ("Du sa i alle fall at du ville komme.", set()),
        ("dei veks det av seg, alle ungar gjer det", {"dele-smerte"}),
        ("det e ikkje så farleg", {"dele-smerte"}),
        ("du e jo sterk du, du klarer dette", {"dele-smerte"}),
        ("Jeg er jo sterk, men nå orker jeg ikke mer.", set()),
        ("Jeg prøver å se det positive, men det er vanskelig.", set()),
        ("Du må se det positive.", {"dele-smerte"}),
    ],
)
def test_round2_comfort_families(text: str, found: set[str]) -> None:
    assert {f.principle for f in brudd(text)} & {"dele-smerte"} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nå tror jeg du tar litt i.", {"din-sannhet"}),
        ("Du tar i mot alt for mye ansvar.", set()),
        ("Det kan da ikke pipe hele døgnet?", {"din-sannhet"}),
        ("Jeg kan da ikke bare gå fra ham.", set()),
        ("Du er ikkje redd folk, du har berre ikkje funne dei rette.", {"din-sannhet"}),
        ("Du er ikke lat, du er bare sliten.", {"din-sannhet"}),
        ("Men du er jo ikke gammel.", {"din-sannhet"}),
        ("Du er ikke alene om å kjenne det sånn, jeg har hatt det likt.", set()),
        ("Du ser jo helt frisk ut.", {"din-sannhet"}),
        ("du høyrest ikkje so sjuk ut", {"din-sannhet"}),
        ("Du ser trøtt ut i dag, har du fått sove noe?", set()),
        ("Det høres ikke ut som avhengighet for meg.", {"din-sannhet"}),
        ("Det høres ut som du har hatt en tung uke.", set()),
        ("Det du kaller panikkangst, er vel egentlig bare nervøsitet?", {"din-sannhet"}),
        ("Kanskje du egentlig bare har blitt redd.", {"din-sannhet"}),
        ("Han er ikke sånn som du beskriver ham.", {"din-sannhet"}),
        ("No ser du berre svart på det.", {"din-sannhet"}),
        ("Jeg ser bare svart på alt for tiden.", set()),
        ("Han sa det nok ikkje for å såre deg.", {"din-sannhet"}),
        ("Det der er bare i hodet ditt.", {"din-sannhet"}),
        ("Det var sikkert ting du ikkje såg då.", {"din-sannhet"}),
        ("No er du urettferdig mot deg sjølv.", {"din-sannhet"}),
        ("Jeg er altfor streng med meg selv.", set()),
        ("Eg trur ikkje dei gjer forskjell på dykk, dei har berre meir å gjere.", {"din-sannhet"}),
        ("Jeg tror ikke jeg klarer det, jeg er bare så sliten.", set()),
        ("Jeg tror ikke han kommer i dag, han er bare syk.", set()),
        ("Det er nok bare hormonene, du.", {"din-sannhet"}),
        ("Det er bare stress på jobben om dagen, og jeg sover dårlig.", set()),
        ("Det har du nok misforstått.", {"din-sannhet"}),
        ("Nei, det stemmer da ikke.", {"din-sannhet"}),
        # round 4: not din-sannhet; comfort in the imperative is dele-smerte
        ("Ikke vær så hard mot deg selv.", set()),
        ("Det var nok ikkje det ho meinte.", {"din-sannhet"}),
        ("Det var ikke det jeg mente.", set()),
        ("Du har ingen grunn til å være lei deg.", {"din-sannhet"}),
        ("Jeg har ingen grunn til å være sur, egentlig.", set()),
        ("Du gjør det nok større enn det er.", {"din-sannhet"}),
        ("Jeg gjør det større enn det er, vet jeg.", set()),
        ("Du er ikke en byrde.", {"din-sannhet"}),
        ("Jeg var redd jeg var en byrde.", set()),
        ("Du kjenner det berre slik fordi du er trøytt.", {"din-sannhet"}),
        ("Det du føler nå er bare sorg, ikke depresjon.", {"din-sannhet"}),
        ("Å kalle det traume er vel å ta i.", {"din-sannhet"}),
        ("Det er du som tolker det sånn.", {"din-sannhet"}),
        ("Det trur eg ikkje, ho er glad i deg.", {"din-sannhet"}),
        ("Det tror jeg ikke.", set()),
        ("Eg trur ikkje han meinte noko med det, han er berre sånn.", {"din-sannhet"}),
        ("Jeg tror ikke jeg mente noe med det.", set()),
    ],
)
def test_round2_truth_families(text: str, found: set[str]) -> None:
    assert {f.principle for f in brudd(text)} & {"din-sannhet"} == found


def test_round2_findings_keep_span_message_and_rewrite() -> None:
    text = "Men nå har du i hvert fall fått en diagnose."
    [f] = brudd(text)
    assert text[f.start : f.end] == "har du i hvert fall"
    assert f.message and f.suggestion
    [g] = brudd("Du ser jo heilt frisk ut, du.", "nn")
    assert g.principle == "din-sannhet" and g.message and g.suggestion
    assert g.message != next(iter(brudd("Du ser jo helt frisk ut.", "nb"))).message


# -- round 3 (2026-12-03) --------------------------------------------------------
STORY = (
    "Etter skilsmissen flyttet jeg til Hamar og så begynte jeg på et nytt studium "
    "og så traff jeg en ny kjæreste og så fikk vi en datter"
)


@pytest.mark.parametrize(
    ("ending", "breach"),
    [
        (", sånn blir det når man starter på nytt.", True),  # a moral about people
        (", så du må bare prøve noe nytt du også.", True),  # advice to the listener
        (", og nå kjenner jeg at jeg er redd for å miste alt igjen.", False),
        (", og jeg vet ikke om jeg orker mer.", False),  # the speaker's present
        (", og det er fortsatt vanskelig.", False),  # the present, no one else speaks
    ],
)
def test_a_closing_moral_is_not_the_speakers_now(ending: str, breach: bool) -> None:
    got = [f.principle for f in check(STORY + ending, "nb") if f.kind == "brudd"]
    assert ("her-og-na" in got) is breach, got


@pytest.mark.parametrize(
    ("text", "principle"),
    [
        ("Hun var ikke så deprimert som du sier.", "din-sannhet"),
        ("Så syk er du vel ikke.", "din-sannhet"),
        ("Faren din hadde det sikkert vondt selv.", "din-sannhet"),
        ("Du er heldig som har så mange venner.", "dele-smerte"),
        ("Det er ikkje noko å bry seg om.", "dele-smerte"),
        ("Alle blir jo lei seg av sånt.", "si-jeg"),
        ("Det nytter ikke å mase, så du må bare vente.", "ikke-gi-rad"),
    ],
)
def test_round_three_families(text: str, principle: str) -> None:
    assert principle in breaches(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er ikke så flink som du tror.",  # the speaker's own
        "Jeg er heldig som har en god nabo.",
        "Jeg prøver å ikke ta det så tungt.",
        "Alle spør etter mamma, ingen spør etter meg.",
        "Han ringte i går, så du må ikke tro at han har glemt deg.",
    ],
)
def test_round_three_look_alikes_stay_clean(text: str) -> None:
    got = [f for f in check(text) if f.kind == "brudd"]
    assert got == [], [(f.principle, text[f.start : f.end]) for f in got]


@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        # an absent member's situation, in the order of a subordinate clause too
        ("Trond kommer ikke mer, han har mistet førerkortet.", "nb", "taushetsplikt"),
        ("Siri kjem ikkje, ho er innlagd att.", "nn", "taushetsplikt"),
        ("Sidan Olav ikkje kom i kveld, kan eg seie at han har fått kreft.", "nn", "taushetsplikt"),
        ("Mona er ikkje her i dag. Ho fortalde meg at ho har gjeld.", "nn", "taushetsplikt"),
        # advice as "in your shoes", in dialect too
        ("Om eg var i din situasjon, hadde eg sagt opp.", "nn", "ikke-gi-rad"),
        ("Hvis æ va dæ, hadd æ ringt advokaten.", "nb", "ikke-gi-rad"),
        ("Lær deg å si nei.", "nb", "ikke-gi-rad"),  # the tagger reads the imperative
        # comfort in the imperative and in everyday words
        ("Vær glad for at du har jobben.", "nb", "dele-smerte"),
        ("Ikkje gje deg sjølv skulda for det.", "nn", "dele-smerte"),
        ("Du er jo ung, du.", "nb", "dele-smerte"),
        ("Det kommer en ny vår, skal du se.", "nb", "dele-smerte"),
        ("No har ho i alle fall fått ro.", "nn", "dele-smerte"),
        ("Mange har det mye verre enn deg.", "nb", "dele-smerte"),
        ("Han venner seg nok til det nye.", "nb", "dele-smerte"),
        # overruling in everyday words
        ("Det er ikke angst, det er bare nerver.", "nb", "din-sannhet"),
        ("Du klarer nok mer enn du tror.", "nb", "din-sannhet"),
        ("Du les for mykje inn i det ho sa.", "nn", "din-sannhet"),
        ("Han tar det nok hardere enn det er.", "nb", "din-sannhet"),
        ("Så mye drikker han vel ikke.", "nb", "din-sannhet"),
        ("Hun mente det nok ikke så stygt.", "nb", "din-sannhet"),
        # generalising with a relative clause
        ("Folk som aldri har vært syke forstår ikke dette.", "nb", "si-jeg"),
        ("Alle vi som har born med diagnose veit korleis det er.", "nn", "si-jeg"),
    ],
)
def test_round_four_families(text: str, lang: str, principle: str) -> None:
    got = breaches(text, lang)
    assert principle in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Per kommer ikke, han må jobbe.", "nb"),  # no situation told: (han må) is not in the list
        ("Jonas kommer ikke før klokka sju.", "nb"),
        ("Hvis jeg var i din situasjon, ville jeg blitt redd også.", "nb"),  # empathy
        ("Da jeg var i din situasjon, gråt jeg mye.", "nb"),
        ("Jeg er glad for at du kom.", "nb"),
        ("Du er ung og redd, det skjønner jeg.", "nb"),
        ("Jeg håper det kommer en bedre dag for meg.", "nb"),
        ("Det kommer bedre dager, sier jeg til meg selv.", "nb"),
        ("Det er ikke kreft, det er bare en cyste, sa legen til meg.", "nb"),
        ("Det var ikke meningen, det var bare dumt av meg.", "nb"),
        ("Jeg mente det nok ikke så vondt.", "nb"),
        ("Folk som jobber på NAV har mye å gjøre.", "nb"),
        ("Folk som kjenner meg vet at jeg er ærlig.", "nb"),
        ("Eg blir redd når det ringjer, tenk om det er politiet.", "nn"),
        ("Line er ikke her i kveld.", "nb"),
    ],
)
def test_round_four_look_alikes_stay_clean(text: str, lang: str) -> None:
    got = [f for f in check(text, lang) if f.kind == "brudd"]
    assert got == [], [(f.principle, text[f.start : f.end]) for f in got]


def test_a_retold_story_of_an_absent_member_is_also_not_here_and_now() -> None:
    text = (
        "Anne er ikke her i kveld, men hun fortalte meg at det begynte på jobben "
        "og så ble hun syk og så mistet hun jobben og så flyttet mannen ut og så "
        "solgte de huset i fjor."
    )
    got = breaches(text, "nb")
    assert {"taushetsplikt", "her-og-na"} <= got, got


@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        ("Da kan det jo være lurt å snakke med banken.", "nb", "ikke-gi-rad"),
        ("og då tenkjer eg at du skulle ha sagt ifrå med ein gong", "nn", "ikke-gi-rad"),
        ("Slutt å gråte, bare meld deg på kurset så ordner det seg.", "nb", "ikke-gi-rad"),
        ("Han fekk i alle fall ein roleg død.", "nn", "dele-smerte"),
        ("Det går nok den rette veien.", "nb", "dele-smerte"),
        ("Du har jo barna, og det er jo det viktigste.", "nb", "dele-smerte"),
        ("Det er du som tolker det for hardt.", "nb", "din-sannhet"),
        ("Du bekymrer deg mer enn det er grunn til.", "nb", "din-sannhet"),
        ("Jeg tror ikke han mente det.", "nb", "din-sannhet"),
        ("Legen din har nok rett.", "nb", "din-sannhet"),
        ("Det er bare trettheten som snakker.", "nb", "din-sannhet"),
        ("Du ser jo frisk og rask ut.", "nb", "din-sannhet"),
        ("Det er nok mer stress enn du tror.", "nb", "din-sannhet"),
        ("Turnus gjør en helt tom.", "nb", "si-jeg"),
        ("Folk i bygda skjønner ikke hvordan vi har det.", "nb", "si-jeg"),
        ("Det første året er vanskelig for alle.", "nb", "si-jeg"),
        (
            "Jeg snakket med søsteren til Ola fra gruppa, og det var jeg som måtte fortelle at "
            "han har mistet jobben.",
            "nb",
            "taushetsplikt",
        ),
        (
            "Dere lurer sikkert på hvorfor Eva ikke er her i kveld, og jeg snakket med henne i går "
            "og det har vært en tøff uke og hun er helt utslitt.",
            "nb",
            "taushetsplikt",
        ),
    ],
)
def test_round_four_part_two_families(text: str, lang: str, principle: str) -> None:
    got = breaches(text, lang)
    assert principle in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Det var lurt å ringe, sa legen til meg.", "nb"),
        ("Så eg tenkte dokker burde vite det.", "nn"),  # telling, not advising
        ("Folk på jobben vet ikke om det.", "nb"),
        ("Folk på jobben spurte hvordan det gikk.", "nb"),
        ("Han gjør en god jobb med ungene.", "nb"),
        ("Dette er et tilbud for alle.", "nb"),
        ("Det er tungt for meg og for alle.", "nb"),
        ("Jeg skal si til Per fra gruppa at vi savner ham.", "nb"),
        ("Kari er ikke her i dag, hun sendte en melding om at hun er syk.", "nb"),
    ],
)
def test_round_four_part_two_look_alikes_stay_clean(text: str, lang: str) -> None:
    got = [f for f in check(text, lang) if f.kind == "brudd"]
    assert got == [], [(f.principle, text[f.start : f.end]) for f in got]


@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        ("I morgen ser alt lysere ut.", "nb", "dele-smerte"),
        ("Dokker har jo kvarandre.", "nn", "dele-smerte"),
        ("Du er jo egentlig heldig.", "nb", "dele-smerte"),
        ("Det blir nok lettare når sommaren kjem.", "nn", "dele-smerte"),
        ("Det er mange som har mistet mer enn deg.", "nb", "dele-smerte"),
        ("Du må se på det sånn at du fikk noen fine år.", "nb", "dele-smerte"),
        ("Du skal være glad du slapp unna.", "nb", "dele-smerte"),
        ("Det finnes flere måter å bli lykkelig på.", "nb", "dele-smerte"),
        ("Du har jo tre flotte barnebarn.", "nb", "dele-smerte"),
        ("Så trist kan du vel ikke være.", "nb", "din-sannhet"),
        ("Kanskje han bare var sliten den dagen.", "nb", "din-sannhet"),
        ("Dei meiner det ikkje eigentleg.", "nn", "din-sannhet"),
        ("Jeg tror ikke sjefen er sint på deg.", "nb", "din-sannhet"),
        ("Alle har vært der.", "nb", "si-jeg"),
        ("Ingen gidder å høre på en som klager.", "nb", "si-jeg"),
        ("Syk blir ein usynleg for alle.", "nn", "si-jeg"),
        ("føler at ein e til bry", "nn", "si-jeg"),
        ("evt ring legen i morgen", "nb", "ikke-gi-rad"),
        ("Eg sa til svogeren min at faren til Kari frå gruppa er sjuk.", "nn", "taushetsplikt"),
        (
            "Mamma spurte om gruppa, så jeg begynte å fortelle om Trine som har anoreksi.",
            "nb",
            "taushetsplikt",
        ),
        ("sa te kompisen min at ola frå gruppa har slutta på jobben", "nn", "taushetsplikt"),
    ],
)
def test_round_five_families(text: str, lang: str, principle: str) -> None:
    got = breaches(text, lang)
    assert principle in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hvem følger deg opp nå?", "nb"),
        ("Jeg er heldig som har dere.", "nb"),
        ("Det blir lettere for meg nå.", "nb"),
        ("Så redd er jeg vel ikke.", "nb"),
        ("Jeg tror ikke de er sinte på meg.", "nb"),
        ("Det blir ein fin dag i morgon.", "nn"),
        ("Han blir ein god far.", "nb"),
        ("Jeg fortalte mannen min at jeg går i gruppa.", "nb"),
        ("Eg sa til kona mi at gruppa gjer meg godt.", "nn"),
        ("Jeg fortalte om gruppa til søsteren min.", "nb"),
    ],
)
def test_round_five_look_alikes_stay_clean(text: str, lang: str) -> None:
    got = [f for f in check(text, lang) if f.kind == "brudd"]
    assert got == [], [(f.principle, text[f.start : f.end]) for f in got]


@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        # a long story that ends in advice or a comment to the listener has not turned
        (
            "Da jeg startet firmaet i 2015 lånte jeg penger og så gikk det bra i to år og så "
            "kom korona og så måtte vi stenge og så tok jeg opp et nytt lån og så kom inkasso "
            "og så var det over, så derfor synes jeg du skal ringe en advokat nå og ikke vente "
            "sånn som jeg gjorde",
            "nb",
            "her-og-na",
        ),
        (
            "e dreiv butikk i Seljord i ti år og så kom ein kunde som ikkje betalte og så "
            "måtte e seie opp folk og så tok banken huset og så budde me hjå svigerfar og så "
            "fekk e jobb på sagbruket så e trur ikkj det er så ille for deg som du seier",
            "nn",
            "her-og-na",
        ),
        ("Det ordne sæ, du.", "nb", "dele-smerte"),
        ("Det gjev seg med tida.", "nn", "dele-smerte"),
        ("Man kan jo ikke hjelpe alle.", "nb", "dele-smerte"),
        ("Alle har jo litt angst.", "nb", "dele-smerte"),
        ("Det er jo noe godt i det.", "nb", "dele-smerte"),
        ("Du kunne ikke ha gjort noe annerledes.", "nb", "dele-smerte"),
        ("Tenk at du fikk noen år med henne, da.", "nb", "dele-smerte"),
        ("Ver takksam for at du har jobben.", "nn", "dele-smerte"),
        ("Det er jo ikke din skyld.", "nb", "dele-smerte"),
        ("Du tenker for mye på det.", "nb", "din-sannhet"),
        ("Det føles nok verre enn det er.", "nb", "din-sannhet"),
        ("Det er bare hormonene.", "nb", "din-sannhet"),
        ("Er det ikke bare stress?", "nb", "din-sannhet"),
        ("Du var jo bare sliten.", "nb", "din-sannhet"),
        ("Han er ikke syk, han er bare lat.", "nb", "din-sannhet"),
        ("Nå tar du i litt.", "nb", "din-sannhet"),
        ("Det kan du jo prøve.", "nb", "ikke-gi-rad"),
        ("Viss du sluttar å svare, så gir han seg nok.", "nn", "ikke-gi-rad"),
        ("ka me å prøve yoga?", "nn", "ikke-gi-rad"),
        ("Det tærer på en, det der.", "nb", "si-jeg"),
        ("Det er tungt for ein når ingen ringer.", "nn", "si-jeg"),
        ("Du blir jo rar av å være alene.", "nb", "si-jeg"),
        ("Folk aner ikke hva dette koster.", "nb", "si-jeg"),
        ("Alle med syke barn har dårlig samvittighet.", "nb", "si-jeg"),
        ("Hege kommer nok ikke i kveld, hun er sykemeldt.", "nb", "taushetsplikt"),
        ("Ho Randi har slutta å kome fordi ho er deprimert.", "nn", "taushetsplikt"),
        ("Eg såg Tore frå gruppa i byen, han var full.", "nn", "taushetsplikt"),
    ],
)
def test_round_six_families(text: str, lang: str, principle: str) -> None:
    got = breaches(text, lang)
    assert principle in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jeg pleier å si til meg selv at det går over.", "nb"),
        ("Sist uke tenkte jeg at andre har det verre, men det hjalp ikke.", "nb"),
        ("Det var en som sa til meg at det går over, og jeg ble sint.", "nb"),
        ("Er det ikke bare å ringe?", "nb"),
        ("Ka sa fastlegen om smertene?", "nb"),
        ("Har du snakket med noen om det før, eller er dette første gangen?", "nb"),
        ("Mor sa «ein må berre akseptere det», og eg har tenkt på det.", "nn"),
        ("Jeg har sluttet å komme på trening fordi jeg ikke orket.", "nb"),
        ("Jeg traff Per fra gruppa på butikken, han hilste.", "nb"),
        ("Jeg ventet på en, men ingen kom.", "nb"),
        ("Det er alderen min, tenker jeg.", "nb"),
    ],
)
def test_round_six_look_alikes_stay_clean(text: str, lang: str) -> None:
    got = [f for f in check(text, lang) if f.kind == "brudd"]
    assert got == [], [(f.principle, text[f.start : f.end]) for f in got]


@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        (
            "Naboen min fikk det bra av svømming, så det kan være verdt et forsøk.",
            "nb",
            "ikke-gi-rad",
        ),
        ("Så kanskje det er noe for deg også.", "nb", "ikke-gi-rad"),
        ("Så du kunne jo spørje legen.", "nn", "ikke-gi-rad"),
        ("Ikke les så mye om det på nettet.", "nb", "ikke-gi-rad"),
        ("Først ringer du banken, og så sender du brevet.", "nb", "ikke-gi-rad"),
        ("Gi det litt tid.", "nb", "dele-smerte"),
        ("Om en måned har du glemt det.", "nb", "dele-smerte"),
        ("Du har jo ikke mistet henne.", "nb", "dele-smerte"),
        ("Jeg tror ikke det er så ille som du tror.", "nb", "din-sannhet"),
        ("Du tar litt hardt i.", "nb", "din-sannhet"),
        ("Du ser det bare svart nå.", "nb", "din-sannhet"),
        ("Eg trur ikkje han gjorde det med vilje.", "nn", "din-sannhet"),
        ("Det gjør vi alle.", "nb", "si-jeg"),
        ("Kari frå gruppa e visst sjuk att.", "nn", "taushetsplikt"),
    ],
)
def test_round_seven_families(text: str, lang: str, principle: str) -> None:
    got = breaches(text, lang)
    assert principle in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Du kan jo ikke vite det.", "nb"),
        ("Ingen vil høre på meg.", "nb"),
        ("Ein må berre ta ein dag om gongen.", "nn"),  # si-jeg only, no one is advised
    ],
)
def test_round_seven_no_advice(text: str, lang: str) -> None:
    assert "ikke-gi-rad" not in breaches(text, lang)


def test_someone_elses_story_that_ends_in_advice_is_advice_not_a_story() -> None:
    text = (
        "Jeg hadde en kollega som hadde akkurat sånne plager, og hun gikk fra lege til lege i "
        "flere år og så begynte hun å svømme og så ble det bedre og etter et år var hun nesten "
        "smertefri, så det kan jo være verdt et forsøk for deg også"
    )
    got = breaches(text, "nb")
    assert got == {"ikke-gi-rad"}, got


@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        ("Skru av telefonen om kvelden, da.", "nb", "ikke-gi-rad"),
        ("Det kunne gått verre, vær glad.", "nb", "dele-smerte"),
        ("Du ser nok lysere på det om en uke.", "nb", "dele-smerte"),
        ("Jeg tror ikke hun var sur med vilje.", "nb", "din-sannhet"),
        ("Nå blåser du det opp.", "nb", "din-sannhet"),
        ("Du ser for mørkt på det.", "nb", "din-sannhet"),
        ("No tek du i litt.", "nn", "din-sannhet"),
        ("Alle på jobben vet hvordan det er.", "nb", "si-jeg"),
        ("Alle skilte har jo dårlig samvittighet.", "nb", "si-jeg"),
        ("Sånt skjer, en får bare gå videre.", "nb", "si-jeg"),
    ],
)
def test_round_eight_families(text: str, lang: str, principle: str) -> None:
    got = breaches(text, lang)
    assert principle in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eg trur ikkje lenger at det ordnar seg.", "nn"),
        ("Eg veit ikkje om det er normalt.", "nn"),
        ("Eg tenkjer av og til at det kunne vore verre for meg.", "nn"),
        ("Ein lege ved Førde sa det same.", "nn"),
        ("Du har båret dette alene lenge, det skjønner jeg er tungt.", "nb"),
        ("Jeg møtte Henning fra gruppa på butikken, og så sa han hei.", "nb"),
        ("Bestill time hos legen med en gang.", "nb"),  # advice only, no gossip
        ("Alle barna kom jo hjem.", "nb"),
    ],
)
def test_round_eight_look_alikes(text: str, lang: str) -> None:
    got = breaches(text, lang)
    assert got <= {"ikke-gi-rad"} if "Bestill" in text else got == set(), got


# -- round 9 (built on blind 20 + 21): mechanisms, in new words -------------------------
@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        ("Folk glor på meg i butikken.", "nb", "si-jeg"),
        ("Når mor di døyr så sluttar folk å spørje.", "nn", "si-jeg"),
        ("Vær ikke lei deg for det.", "nb", "dele-smerte"),
        ("Ver no ikkje så uroleg.", "nn", "dele-smerte"),
        ("Du har då framleis jobben.", "nn", "dele-smerte"),
        ("No kan du leggje det bak deg.", "nn", "dele-smerte"),
        ("Hva med en ny hobby?", "nb", "ikke-gi-rad"),
        ("Du skjønte det nok feil.", "nb", "din-sannhet"),
        ("Det var ikke så kjølig som du beskriver.", "nb", "din-sannhet"),
        ("Det der kommer nok av at du har jobbet for mye.", "nb", "din-sannhet"),
        ("Sjefen sa det sikkert ikke sånn.", "nb", "din-sannhet"),
        ("Du treng ikkje seie at du var ei dårleg syster.", "nn", "din-sannhet"),
        ("Du er jo bare litt nedfor i vinter.", "nb", "din-sannhet"),
        ("Men du valgte jo det selv.", "nb", "din-sannhet"),
        ("Du må ikke tro at hun gjør det for å såre deg.", "nb", "din-sannhet"),
        ("Det var kje så ille som du seier.", "nn", "din-sannhet"),
    ],
)
def test_round_nine_families(text: str, lang: str, principle: str) -> None:
    got = breaches(text, lang)
    assert principle in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Det er nok bare en fase, det går over.",
        "Det var vel berre ein periode, det ordnar seg.",
    ],
)
def test_a_guess_that_explains_it_away_is_both_overruling_and_comfort(text: str) -> None:
    got = breaches(text)
    assert {"din-sannhet", "dele-smerte"} <= got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En som bor i nabohuset kjørte meg til legen.", "nb"),
        ("Eg kjenner meg som ein som står utanfor.", "nn"),
        ("Terapeuten sa en gang at det er vanlig, og det hjalp.", "nb"),
        ("Jeg skrev CV hele kvelden.", "nb"),
        ("Da Magnus fortalte det i fjor, gråt jeg i flere dager.", "nb"),
        ("Nei no må du høyra litt, for eg skjønar kva du meiner.", "nn"),
        ("e meinte ikkj noko vondt med det eg sa til deg sist", "nn"),
        ("Jeg er ikke så sterk som du tror.", "nb"),
    ],
)
def test_round_nine_look_alikes(text: str, lang: str) -> None:
    got = breaches(text, lang)
    assert got == set(), got


def test_a_story_that_ends_in_advice_now_has_not_turned_to_the_present() -> None:
    # the only "nå" is the advice's; nothing is said of how it is for the speaker
    text = (
        "Da jeg ble syk i 2018 lå jeg på Haukeland i et halvt år og så mistet jeg jobben og så "
        "klaget jeg på vedtaket fra NAV og det tok tre år og til slutt vant jeg fram i "
        "trygderetten så mitt råd er at dere klager med en gang nå"
    )
    got = breaches(text, "nb")
    assert "her-og-na" in got, got


def test_a_story_in_dialect_je_is_a_story() -> None:
    text = (
        "Je var atten år og fikk jobb på sagbruket og formannen ropte etter meg hver dag og så "
        "fikk je de verste skiftene og da je klaget ble je flytta til lageret og etter det sa je "
        "opp og begynte på en skole i Elverum"
    )
    got = breaches(text, "nb")
    assert got == {"her-og-na"}, got


def test_a_story_that_closes_on_the_speakers_view_has_turned_to_now() -> None:
    text = (
        "Jeg traff broren min på kafeen i går og han spurte om gruppa og jeg sa at det er et sted "
        "for meg og så snakket vi om mamma og om huset hennes og om jula og så jeg tror faktisk "
        "at det var fint å si det"
    )
    got = breaches(text, "nb")
    assert "her-og-na" not in got, got


# -- round 10 (built on blind 22 + 23) -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        ("Alle er nervøse første gang, slapp av.", "nb", "si-jeg"),
        ("Vi er alle litt ødelagte.", "nb", "si-jeg"),
        ("Man kommer over det, det gjør alle til slutt.", "nb", "si-jeg"),
        ("Det var tungt i fjor og så du må ikke finne deg i det fra sjefen.", "nb", "ikke-gi-rad"),
        ("Hvis det var min sønn, hadde jeg ringt rektor i dag.", "nb", "ikke-gi-rad"),
        ("Det er ikkje nåkka å grine for.", "nn", "dele-smerte"),
        ("Du må ikkje grine no.", "nn", "dele-smerte"),
        ("Det går seg nok til etter kvart.", "nn", "dele-smerte"),
        ("Minnet ditt har nok gjort det mørkere.", "nb", "din-sannhet"),
        ("Du har nok fått et feil inntrykk av henne.", "nb", "din-sannhet"),
        ("Eg trur at han ikkje meinte det vondt.", "nn", "din-sannhet"),
        ("Er du helt sikker på at han sa det?", "nb", "din-sannhet"),
        ("Husker du ikke feil nå?", "nb", "din-sannhet"),
        ("Hun gjør det nok verre enn det er.", "nb", "din-sannhet"),
        ("Per kom ikkje, kona hans har fått kreft att.", "nn", "taushetsplikt"),
    ],
)
def test_round_ten_families(text: str, lang: str, principle: str) -> None:
    got = breaches(text, lang)
    assert principle in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vi har alle barna hjemme i jula.", "nb"),
        ("Vi er alle her i kveld.", "nb"),
        ("Søstera mi mente det sikkert ikke vondt, men det såret meg.", "nb"),
        ("Jeg gjør det større enn det er, vet jeg.", "nb"),
        ("Det kjentes som en seier for meg.", "nb"),
        ("Du har jo sagt det før.", "nb"),
    ],
)
def test_round_ten_look_alikes(text: str, lang: str) -> None:
    got = breaches(text, lang)
    assert got == set(), got


def test_a_comfort_about_someone_elses_child_speaks_for_children_not_everyone() -> None:
    got = {f.principle for f in check("Ho veks av seg det, det gjer alle.", "nn")}
    assert "si-jeg" not in got, got
