"""Telling Bokmål from Nynorsk by their function words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .tokens import wordset

__all__ = ["LANGS", "detect_lang", "lang_of_words"]

LANGS = ("nb", "nn")

# Frequent words that belong to one variety only. Content words are left out:
# function words are what every sentence has, and what differs most.
_NN = wordset("""eg ikkje kva korleis kvifor kven kvar kor ein eit dei me berre noko nokon nokre òg
    frå ifrå no vere vore kjem seier veit ho høyre gjere mykje heime fekk vart sjølv då
    meir heilt gong gonger eigentleg kjensle kjensler eiga eige dykk dykkar hjå anna mi
    di ynskje ønskjer sjuk sjuke trøytt fortel fortalde vert seie tenkje tenkjer sidan
    medan utan søv gjekk vener born sonen dotter syster skule sit ligg tek gjev sjå betre
    saman morgon heim veke veker auge augo hovud tru trur trudde byte overdriv lækjer
    sjølvsagt hennar gjer kome ete gret høyrde høyrt ringde køyrde løner""")

_NB = wordset("""jeg ikke hva hvordan hvorfor hvem hvor en et de dem bare noe noen også fra nå
    være vært kommer sier vet hun høre gjøre mye hjemme fikk ble selv da mer helt gang
    ganger egentlig følelse følelser egen eget dere annet hvis mye ønsker syk syke
    trøtt forteller fortalte sønnen datteren søster skole sånn mens uten gikk sitter
    ligger tar gir venner barn siden hjem morgen tidlig sammen bedre hode""")

_WORD = re.compile(r"[^\W\d_]+")

# Endings that mark one variety: -leg/-lig, -ande/-ende, -ane (plural
# definite), -je/-ja infinitives, -ar present tense.
_NN_END = ("leg", "lege", "legt", "ande", "ane", "kje", "gje", "ast", "ar")
_NB_END = ("lig", "lige", "ligt", "ende", "ene")


def detect_lang(text: str) -> str:
    """Guess ``"nb"`` (Bokmål) or ``"nn"`` (Nynorsk) from function words.

    Counts words that only one variety uses (eg/ikkje/kva/korleis/ein/me/dei/
    berre … against jeg/ikke/hva/hvordan/en/vi/de/bare …) and a few endings
    (-leg/-lig, -ande/-ende). A tie, including a text with no such words,
    gives ``"nb"``, the variety most trainees write.
    """
    return lang_of_words(m.group().lower() for m in _WORD.finditer(text[:2000]))


def lang_of_words(words: Iterable[str]) -> str:
    """:func:`detect_lang` for words already split and lower-cased."""
    nn = nb = 0
    for w in words:
        if w in _NN:
            nn += 1
        elif w in _NB:
            nb += 1
        elif len(w) > 4:
            if w.endswith(_NN_END):
                nn += 1
            elif w.endswith(_NB_END):
                nb += 1
    return "nn" if nn > nb else "nb"
