"""Behaviour of each rule family, on sentences written for these tests."""

from __future__ import annotations

import pytest

from widgets.feedback import Finding, check


def brudd(text: str, lang: str | None = None) -> list[Finding]:
    return [f for f in check(text, lang) if f.kind == "brudd"]


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
