"""The Norwegian texts a trainee reads, in Bokmål and Nynorsk.

Short, kind and without grammar terms: the trainee should see what to say
instead, not what they did wrong in linguistic words.
"""

from __future__ import annotations

__all__ = ["message", "suggestion_text"]

_MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Bokmål, Nynorsk)
    "si-jeg/man": (
        "«{w}» gjør det du sier generelt. Si «jeg», så blir det tydelig at du snakker om deg selv.",
        "«{w}» gjer det du seier generelt. Sei «eg», så blir det tydeleg at du snakkar om "
        "deg sjølv.",
    ),
    "si-jeg/du": (
        "Her betyr «{w}» folk flest, ikke den du snakker til. Si «jeg» og snakk ut fra deg selv.",
        "Her tyder «{w}» folk flest, ikkje den du snakkar til. Sei «eg» og snakk ut frå deg sjølv.",
    ),
    "si-jeg/gruppe": (
        "«{w}» snakker på vegne av mange. Si heller hvordan du selv opplever det.",
        "«{w}» snakkar på vegner av mange. Sei heller korleis du sjølv opplever det.",
    ),
    "ikke-gi-rad/modal": (
        "Dette er et råd. I gruppa deler vi egne erfaringer i stedet; spør først om den andre "
        "ønsker å høre hva du gjorde.",
        "Dette er eit råd. I gruppa deler vi eigne erfaringar i staden; spør først om den andre "
        "ønskjer å høyre kva du gjorde.",
    ),
    "ikke-gi-rad/sporsmal": (
        "Spørsmålet er et råd i forkledning. Spør heller om den andre vil høre hva du gjorde.",
        "Spørsmålet er eit råd i forkledning. Spør heller om den andre vil høyre kva du gjorde.",
    ),
    "ikke-gi-rad/bydeform": (
        "Her sier du hva den andre skal gjøre. Del heller din egen erfaring, eller spør om den "
        "andre ønsker råd.",
        "Her seier du kva den andre skal gjere. Del heller di eiga erfaring, eller spør om den "
        "andre ønskjer råd.",
    ),
    "dele-smerte": (
        "Dette kan ta smerten bort fra den andre før den er delt. Vis heller at du hører hvor "
        "vondt det er.",
        "Dette kan ta smerta bort frå den andre før ho er delt. Vis heller at du høyrer kor "
        "vondt det er.",
    ),
    "her-og-na": (
        "Du forteller mye om det som skjedde, men ikke hvordan du har det nå. Si gjerne noe om "
        "hvordan det kjennes i dag.",
        "Du fortel mykje om det som skjedde, men ikkje korleis du har det no. Sei gjerne noko om "
        "korleis det kjennest i dag.",
    ),
    "din-sannhet": (
        "Her sier du at den andres opplevelse er feil. Hver og en eier sin egen opplevelse; "
        "fortell heller hvordan du selv så det.",
        "Her seier du at opplevinga til den andre er feil. Kvar og ein eig si eiga oppleving; "
        "fortel heller korleis du sjølv såg det.",
    ),
    "taushetsplikt": (
        "Her forteller du videre det en annen deltaker har delt. Det som blir sagt i gruppa, "
        "blir i gruppa.",
        "Her fortel du vidare det ein annan deltakar har delt. Det som blir sagt i gruppa, "
        "blir i gruppa.",
    ),
    "taushetsplikt/medlem": (
        "Her forteller du om en annen deltakers liv eller hvordan hun eller han har det. Det som "
        "blir sagt i gruppa, og hvem som er med, blir i gruppa.",
        "Her fortel du om livet til ein annan deltakar eller korleis han eller ho har det. Det "
        "som blir sagt i gruppa, og kven som er med, blir i gruppa.",
    ),
    # The classifier's findings (rules/… found no words for it, the model is sure):
    # they say what the sentence looks like, not which words did it.
    "si-jeg/likner": (
        "Dette høres ut som noe som gjelder alle eller folk flest. Si heller «jeg», og fortell "
        "hvordan du selv har det.",
        "Dette høyrest ut som noko som gjeld alle eller folk flest. Sei heller «eg», og fortel "
        "korleis du sjølv har det.",
    ),
    "ikke-gi-rad/likner": (
        "Dette høres ut som et råd, selv om det er pakket inn. Del heller hva du selv gjorde, "
        "eller spør om den andre ønsker å høre det.",
        "Dette høyrest ut som eit råd, sjølv om det er pakka inn. Del heller kva du sjølv "
        "gjorde, eller spør om den andre ønskjer å høyre det.",
    ),
    "dele-smerte/likner": (
        "Dette høres ut som trøst som kan gjøre det vonde mindre enn det er for den andre. Vis "
        "heller at du hører hvor tungt det er.",
        "Dette høyrest ut som trøyst som kan gjere det vonde mindre enn det er for den andre. "
        "Vis heller at du høyrer kor tungt det er.",
    ),
    "her-og-na/likner": (
        "Dette høres ut som en fortelling om det som har vært. Si gjerne noe om hvordan du "
        "har det nå, når du forteller det.",
        "Dette høyrest ut som ei forteljing om det som har vore. Sei gjerne noko om korleis "
        "du har det no, når du fortel det.",
    ),
    "din-sannhet/likner": (
        "Dette høres ut som om du setter spørsmålstegn ved den andres opplevelse. Den andres "
        "opplevelse er den andres sannhet; si heller hvordan du selv ser det.",
        "Dette høyrest ut som om du set spørsmålsteikn ved opplevinga til den andre. Ho er "
        "sanninga til den andre; sei heller korleis du sjølv ser det.",
    ),
    "taushetsplikt/likner": (
        "Dette høres ut som at du forteller videre om en annen i gruppa. Det som blir sagt i "
        "gruppa, og hvem som er med, blir i gruppa.",
        "Dette høyrest ut som at du fortel vidare om ein annan i gruppa. Det som blir sagt i "
        "gruppa, og kven som er med, blir i gruppa.",
    ),
    "styrke/jeg": (
        "Fint: du snakker ut fra deg selv og setter ord på hvordan du har det.",
        "Fint: du snakkar ut frå deg sjølv og set ord på korleis du har det.",
    ),
    "styrke/na": (
        "Fint: du sier hvordan du har det akkurat nå.",
        "Fint: du seier korleis du har det akkurat no.",
    ),
    "styrke/spor": (
        "Fint: du spør før du deler råd eller egen erfaring.",
        "Fint: du spør før du deler råd eller eiga erfaring.",
    ),
    "styrke/erfaring": (
        "Fint: du deler din egen erfaring i stedet for å gi råd.",
        "Fint: du deler di eiga erfaring i staden for å gi råd.",
    ),
    "avkortet": (
        "Teksten er lang, så bare de første {n} tegnene er sjekket.",
        "Teksten er lang, så berre dei første {n} teikna er sjekka.",
    ),
}

_SUGGESTIONS: dict[str, tuple[str, str]] = {
    "rad/handling": (
        "Vil du høre hva jeg tenker om å {action}?",
        "Vil du høyre kva eg tenkjer om å {action}?",
    ),
    "rad/generell": (
        "Vil du høre hva som hjalp meg da jeg sto i noe lignende?",
        "Vil du høyre kva som hjelpte meg då eg stod i noko liknande?",
    ),
    "dele-smerte": (
        "Det høres tungt ut. Vil du si mer om hvordan det er for deg?",
        "Det høyrest tungt ut. Vil du seie meir om korleis det er for deg?",
    ),
    "din-sannhet": (
        "Jeg opplevde det annerledes, men jeg hører at det var sånn for deg.",
        "Eg opplevde det annleis, men eg høyrer at det var slik for deg.",
    ),
    "her-og-na": (
        "Når jeg forteller dette nå, kjenner jeg …",
        "Når eg fortel dette no, kjenner eg …",
    ),
    "taushetsplikt": (
        "Jeg har tenkt mye på det vi snakket om sist, og jeg kjenner at det berører meg.",
        "Eg har tenkt mykje på det vi snakka om sist, og eg kjenner at det rører ved meg.",
    ),
    "taushetsplikt/medlem": (
        "Jeg vil heller fortelle hvordan jeg selv har det.",
        "Eg vil heller fortelje korleis eg sjølv har det.",
    ),
    "opplever": ("Jeg opplever at", "Eg opplever at"),
    "jeg": ("jeg", "eg"),
}


def _pick(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    nb, nn = table[key]
    return nn if lang == "nn" else nb


def message(key: str, lang: str, **fields: object) -> str:
    """The trainee-facing explanation ``key`` in the variety ``lang``."""
    text = _pick(_MESSAGES, key, lang)
    return text.format(**fields) if fields else text


def suggestion_text(key: str, lang: str, **fields: object) -> str:
    """A fixed rewrite (or rewrite template) ``key`` in the variety ``lang``."""
    text = _pick(_SUGGESTIONS, key, lang)
    return text.format(**fields) if fields else text
