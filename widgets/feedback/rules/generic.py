"""si-jeg: speaking in general terms instead of from oneself.

Finds generic *man*, generic *en*/*ein* (telling the pronoun from the article
by its neighbours), generic *du* (a general statement, not someone addressed)
and generalising *vi*/*me* + group, *folk* and *alle*.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context import Context
from ..finding import Finding
from ..lexicon import (
    ADVERBS,
    COORDINATORS,
    EVAL_ADJ,
    FEELINGS,
    GROUP_NOUNS,
    NEGATIONS,
    PREPOSITIONS,
    SUBORDINATORS,
)
from ..messages import message
from ..rewrite import first_person, opplever_at
from ..tokens import Sentence, wordset
from ..verbs import AMBIGUOUS, PARTICIPLE, PAST, PRESENT

if TYPE_CHECKING:
    from ..tagger import Tag

__all__ = ["generic_en", "rule"]

# What follows an article, never the pronoun: "en gang", "en av", "en annen",
# "en eller to", "en til", "en slik", "ein viss", "en så stor", numerals.
_ARTICLE_NEXT = wordset(
    """av annen anna annan andre til eller og gang gong gangen gongen ganger gonger eneste par
    einaste halv slik sånn viss visst så to tre fire fem seks sju syv åtte ni ti elleve tolv
    femten tjue tretti førti femti hundre tusen million"""
)
# Before these, "en" is a numeral or a determiner: "bare en", "enda en", "hver en".
_ARTICLE_PREV = wordset("bare berre kun enda endå hver nok ikkje ikke")
# ... and before these unless a verb follows: "en slik", but "slik ein må".
_ARTICLE_PREV_SOFT = wordset("slik sånn")
# Words that may follow "<pronoun> <ambiguous verb>": "en lærer seg", "ein les det".
_AFTER_VERB = wordset(
    "seg meg deg det den dei de dem ein en et eit ei noe noko han ho henne ham oss "
    "hva kva mange noen nokre nokon alle to tre fire fem seks sju åtte ni ti tolv femten "
    "seksten tjue hundre"
)
# After a preposition, a clause-opening word shows "en" is the object: "med en når".
_OBJECT_FOLLOW = wordset("når hvis dersom fordi mens medan og men eller at")
# Prepositions that are also subordinators or adverbs and so may open a clause:
# "om ein skal", "for en vet jo".
_PREP_CONJ = wordset("om for etter før til")
# Sentence adverbs that can also be adjectives after an article ("en plutselig
# død", "ein typisk sjukdom") do not show the pronoun.
_ADJECTIVAL = wordset(
    """selvfølgelig sjølvsagt selvsagt typisk absolutt virkelig verkeleg plutselig plutseleg
    stadig sikkert bestandig knapt"""
)
_EN_ADVERBS = ADVERBS - _ADJECTIVAL
_PERSONAL = wordset("det den dei dem de han ho henne ham meg deg oss")
_OPENING = frozenset("«“\"'‘([")
_ENGLISH = wordset("oh the a an old young this that every no my")
_MAN_NOT_PRONOUN_PREV = wordset("en ein sin hans hennes hennar den hestens")
_VERBS = (PRESENT | PAST) - AMBIGUOUS
# Weak past forms are also participles used as adjectives ("en savnet person",
# "ein sakna mann"): they need the same support as ambiguous forms.
_ADJ_LIKE = _VERBS & PARTICIPLE
# After these the lists' "pronoun" stands ("en vet", "ein aldri", "en selv");
# after any other word the tagger may overrule it when it reads an article
# and a noun ("kampen om en seier", "fikk en rekke kulturminner").
_STRONG_SIGNS = (
    (_VERBS - _ADJ_LIKE) | (ADVERBS - _ADJECTIVAL - wordset("sjelden sjeldan"))
) | wordset("seg selv sjølv som")


# After "ein" these show a specific person, not anyone: "ein av dei", "ein
# ifrå Finland", "ein om ein", "ein som heitte ..." (the tagger rightly says
# pronoun, but it is not the generic one).
_SPECIFIC_NEXT = wordset("av ifrå ifra fra frå om som")


# After these a noun phrase is likely ("kjennes som en seier", "det var ein
# lette"): the tagger may read a verb-like word as a noun even there.
_PREDICATE_PREV = wordset("som var er e va ble blei vart blir")


def generic_en(ctx: Context, i: int) -> str | None:
    """Is token ``i`` ("en"/"ein") the generic pronoun? Returns its role or None.

    The role is ``"subject"`` or ``"object"`` (after a preposition: "med en").
    First from the neighbours (:func:`_generic_en_by_words`); where they show
    nothing, the part-of-speech tagger decides, unless the words around rule
    the generic pronoun out (an article's company: "en gang", "bare en", a
    number; a specific person: "ein av dei", "ein som heitte").
    """
    role = _generic_en_by_words(ctx, i)
    p, n = ctx.prev(i), ctx.next(i)
    if role is None and ctx.word(p) in _MAKES and n is not None and _makes_one(ctx, n):
        return "object"  # "nattevakt gjør en rar i hodet", "det gjer ein så trøytt"
    if i + 1 < len(ctx.low) and ctx.low[i + 1] == "e" and ctx.word(p) in SUBORDINATORS:
        return "subject"  # "føle at ein e ein byrde": spoken "e" for "er"
    if role is None and ctx.word(p) in _BECOMES and n is not None and _state_after(ctx, n):
        return "subject"  # "Gammal blir ein usynleg for alle"
    if role is not None:
        if (
            role == "subject"
            and n is not None
            and (ctx.word(n) not in _STRONG_SIGNS or ctx.word(p) in _PREDICATE_PREV)
            and _article_by_tags(ctx, i, n)
        ):
            return None  # "kampen om en seier", "fikk en rekke": the tagger sees a noun phrase
        return role
    if any(k is not None and ctx.tokens[k].kind == "n" for k in (p, n)):
        return None
    pw, nw = ctx.word(p), ctx.word(n)
    if pw in _ON_ONE and _no_noun_after(ctx, i) and _impersonal_sentence(ctx, i):
        return "object"  # "Det tærer på en, det der", "sit i kroppen på ein i årevis"
    if (
        n is None
        or nw in _ARTICLE_NEXT
        or nw in _SPECIFIC_NEXT
        or pw in _ARTICLE_PREV
        or pw in _ARTICLE_PREV_SOFT
        or ctx.low[i] in (pw, nw)  # "ein e ein": a restart in speech
        or (pw in PREPOSITIONS and pw not in _PREP_CONJ)
    ):
        return None
    if ctx.tag(i).upos != "PRON":
        return None
    # The pronoun's company, as the tagger sees it: a finite verb ("ein
    # tenkjer", "en klarer"), or an adverb and then one ("ein knapt kan").
    if _finite_verb(ctx, n):
        return "subject"
    if p is not None and _finite_verb(ctx, p) and ctx.tag(p).upos == "AUX":
        after = ctx.tag(n)
        if after.upos in ("VERB", "AUX") and after.form == "inf":
            return "subject"  # "bør ein tillata", "må en innrømme"
    nn = ctx.next(n)
    if ctx.tag(n).upos in ("ADV", "PART", "ADJ") and nn is not None and _finite_verb(ctx, nn):
        # (an article's adjective is followed by its noun, not by a verb)
        return "subject"
    return None


_MAKES = wordset("gjør gjer gjorde gjort")
_ON_ONE = wordset("på for med mot i")
_AFTER_ONE = wordset("når i og det hvis viss om fordi")


def _impersonal_sentence(ctx: Context, i: int) -> bool:
    """The sentence's subject is a thing ("det", "sånt"), no person: "Det tærer
    på en" (not "Jeg ventet på en", someone)."""
    s = ctx.sentence(i)
    words = ctx.low[s.first : s.stop]
    return not _PERSONS.intersection(words) and not _THING_SUBJECTS.isdisjoint(words)


_PERSONS = wordset("jeg eg æ vi me han hun ho de dei du dere dokker")
_THING_SUBJECTS = wordset("det sånt slikt dette")


def _no_noun_after(ctx: Context, i: int) -> bool:
    """After "på en": the end of the clause or a word that cannot start a noun
    phrase ("på en, det der", "for ein når ungane …"), so "en" is the pronoun."""
    if i + 1 >= len(ctx.tokens):
        return True
    nxt = ctx.tokens[i + 1]
    if nxt.kind == "p":
        return nxt.text in (",", ".", "!", ";", "…")
    return ctx.low[i + 1] in _AFTER_ONE


_BECOMES = wordset("blir vert")


def _state_after(ctx: Context, n: int) -> bool:
    """After "blir ein": an adjective with no noun after it ("blir ein usynleg
    for alle"), not an article's noun phrase ("blir ein fin dag")."""
    if ctx.low[n] not in _USED_TO and ctx.tag(n).upos != "ADJ":
        return False
    nn = ctx.next(n)
    return nn is None or ctx.tag(nn).upos not in ("NOUN", "ADJ", "PROPN")


_USED_TO = wordset("vant vand vane van vaen")


_AFTER_STATE = wordset("i av og på når")
_STATES = FEELINGS | wordset("rar gal tom sliten trøtt trøytt sprø svimmel urolig uroleg")


def _makes_one(ctx: Context, n: int) -> bool:
    """After "gjør en": an adjective that ends the phrase ("gjør en rar (i hodet)"),
    not an article's adjective and noun ("gjør en god jobb")."""
    if ctx.low[n] in ("så", "helt", "heilt", "veldig", "litt", "jo"):
        n = ctx.next(n)  # type: ignore[assignment]
        if n is None:
            return False
    if ctx.low[n] not in _STATES and ctx.tag(n).upos != "ADJ":
        return False
    if n + 1 >= len(ctx.tokens) or ctx.tokens[n + 1].kind == "p":
        return True
    return ctx.low[n + 1] in _AFTER_STATE


def _finite_verb(ctx: Context, j: int) -> bool:
    """Token ``j`` is a finite verb the treebank knows (its lemma is another word).

    A word the tagger calls a verb only because it stands after a pronoun
    ("ein teoretikar", "ein times mellomrom") has no verb lemma.
    """
    t: Tag = ctx.tag(j)
    return t.upos in ("VERB", "AUX") and t.form in ("pres", "past") and t.lemma != ctx.low[j]


def _article_by_tags(ctx: Context, i: int, n: int) -> bool:
    """The tagger reads "en/ein" as an article before a noun (or adjective + noun)."""
    if ctx.tag(i).upos != "DET":
        return False
    after = ctx.tag(n).upos
    if after == "ADJ":
        nn = ctx.next(n)
        return nn is not None and ctx.tag(nn).upos == "NOUN"
    return after == "NOUN"


def _generic_en_by_words(ctx: Context, i: int) -> str | None:
    """The generic pronoun from the neighbours only, or None when they do not show it.

    What follows an article is a noun or an adjective (open classes), what
    follows the pronoun is a verb or a sentence adverb (closed enough to
    list), so the rules look for the latter.
    """
    low = ctx.low
    toks = ctx.tokens
    p = ctx.prev(i)
    n = ctx.next(i)
    if n is not None and toks[n].text in _OPENING:
        n = ctx.next(n)  # "en «rar dame»", "ein (polemisk) term"
    pw = ctx.word(p)
    nw = ctx.word(n)
    clause_start = p is None or pw is None or pw in SUBORDINATORS or pw in COORDINATORS
    if n is not None and toks[n].kind == "n":
        return None  # "en 16 år lang konflikt"
    if p is not None and toks[p].kind == "n":
        return None
    if nw in _ARTICLE_NEXT or pw in _ARTICLE_PREV or pw == low[i]:
        return None  # ... and "ein ein" is a restart in speech
    if pw in PREPOSITIONS and (nw is None or nw in _OBJECT_FOLLOW):
        # "det gjør noe med en når ..." - the pronoun as object.
        if nw is None and n is not None and low[n] not in ".!?":
            return None
        return "object"
    if nw is None:
        # Sentence end after "en": only the pronoun stands alone after a
        # fronted verb ("det hadde ein.").
        if n is not None and low[n] not in ".!?":
            return None
        return "subject" if pw in _VERBS and p is not None and p > ctx.sentence(i).first else None
    if nw in ("seg", "selv", "sjølv"):
        return "subject"
    if nw == "som":
        # Generic "en som ..." as subject ("En som har mistet et barn, ...");
        # after a verb or preposition it is someone specific ("kjenner en som").
        # "som ein som står og ser på" compares; "En som jobber der ringte meg"
        # tells of one person (a past main verb).
        if not clause_start or pw == "som" or _past_main_verb(ctx, n):  # type: ignore[arg-type]
            return None
        return "subject"
    if pw in PREPOSITIONS and pw not in _PREP_CONJ:
        return None
    nn = ctx.next(n) if n is not None else None
    nnw = ctx.word(nn)
    if nw in _VERBS and nw not in _ADJ_LIKE:
        return "subject"
    if pw in _ARTICLE_PREV_SOFT:
        return None
    if nw in _EN_ADVERBS:
        return None if nw == "aldri" and nnw == "så" else "subject"  # "en aldri så liten"
    if (nw in AMBIGUOUS and (nw in PRESENT or nw in PAST)) or nw in _ADJ_LIKE:
        # "en lærer seg" vs "en lærer sa", "når ein ønsket det" vs "en ønsket
        # oppdatering": the word after decides.
        if nnw in _AFTER_VERB or (nnw is not None and nnw in _EN_ADVERBS):
            return "subject"
        # An adjective before a preposition is rare ("ein snakka om ..."), a
        # noun before one is not ("En lærer på skolen sa ...").
        if nnw in PREPOSITIONS and clause_start and (p is not None or nw not in AMBIGUOUS):
            return "subject"
        return None
    if pw in SUBORDINATORS and pw not in _ARTICLE_PREV_SOFT and nw in PREPOSITIONS:
        return "subject"  # "korleis ein på sikt vil": an article never precedes a preposition
    if (
        pw in _VERBS
        and p is not None
        and p > ctx.sentence(i).first
        and (nw == "at" or nw in _PERSONAL)
    ):
        # "ser ein at ...", "da hadde en det bra": an article never comes
        # before a pronoun, so after a fronted verb this is the subject.
        return "subject"
    if ctx.is_infinitive(nw) and ctx.is_modal(pw):
        return "subject"  # "kan ein seie", "må en ha"
    if nw in PARTICIPLE and pw in ("har", "hadde") and nw not in AMBIGUOUS:
        return "subject"  # "har ein lagt fram"
    return None


def _generic_man(ctx: Context, i: int) -> bool:
    pw = ctx.word(ctx.prev(i))
    return pw not in _MAN_NOT_PRONOUN_PREV and pw not in _ENGLISH


# -- generic "du" -------------------------------------------------------------
_IF_WHEN = wordset("når hvis om dersom viss straks")
_PERMISSION = wordset("vil ønsker ønskjer orker gidder")
_BE = wordset("er blir var vert ble blei vart")
_PERSONAL_FRAME = wordset("jeg eg meg")  # "… kan du ringe meg": the listener


def _du_is_generic(ctx: Context, s: Sentence) -> bool:
    """A statement where "du" means "anyone", not the listener.

    Signs: a "when/if you …, you …" pair, a "Som pårørende …" frame, an
    impersonal "det er vanskelig når du …", or "du vet aldri". A sentence that
    also has "jeg" is about the two people talking, so it is left alone.
    """
    if s.question:
        return False
    low = ctx.low
    words = low[s.first : s.stop]
    if any(w in _PERSONAL_FRAME for w in words):
        return False
    dus = [j for j in range(s.first, s.stop) if low[j] == "du"]
    if not dus:
        return False
    toks = ctx.tokens
    if ctx.claims and any(ctx.claimed(toks[j].start, toks[j].end) for j in dus):
        return False  # "Du skal se at det ordner seg hvis du …": comfort to the listener
    sub = [j for j in dus if ctx.word(ctx.prev(j)) in _IF_WHEN]
    for j in sub:
        v = ctx.next(j)
        vw = ctx.word(v)
        if vw in _PERMISSION or (vw == "har" and ctx.word(ctx.next(v)) == "lyst"):  # type: ignore[arg-type]
            return False  # "hvis du vil, kan du ..." invites, it does not generalise
    main = [j for j in dus if j not in sub]
    if sub and main:
        return True
    first = low[s.first]
    if first == "som" and s.stop - s.first > 3:
        return True
    if sub:
        # "det er ikke lett når du ...", "er det vanskelig å ..."
        for j in range(s.first, s.stop - 1):
            if low[j] == "det" and (ctx.word(ctx.next(j)) in _BE or ctx.word(ctx.prev(j)) in _BE):
                for k in range(j + 1, min(j + 5, s.stop)):
                    if low[k] in EVAL_ADJ:
                        return True
    for j in dus:
        n1 = ctx.next(j)
        if ctx.word(n1) in ("vet", "veit") and ctx.word(ctx.next(n1)) == "aldri":  # type: ignore[arg-type]
            return True
        if (
            ctx.word(n1) in ("blir", "vert")
            and ctx.word(ctx.next(n1)) == "jo"
            and any(  # type: ignore[arg-type]
                low[k] in ("av", "aldri")
                for k in range(n1 + 2, min(n1 + 7, s.stop))  # type: ignore[operator]
            )
        ):
            return True  # "Du blir jo rar av å ikkje prate med nokon", "du blir jo aldri ferdig"
        if len(dus) > 1 and _you_know_how_it_is(ctx, n1) and _OWN_SELF.isdisjoint(words):
            return True  # "du veit korleis det er, du står opp klokka fem …"
        if _such_frame_before(ctx, j) and not _sentence_end(ctx, ctx.next(n1) if n1 else None):
            return True  # "I helsevesenet er det sånn, du gir og gir …"
    return False


# "du har jo vært der selv": the listener's own experience, not anyone's
_OWN_SELF = wordset("selv sjølv sjøl")
_HOW_IT_IS = wordset("hvordan korleis kordan åssen hvorleis")


def _you_know_how_it_is(ctx: Context, v: int | None) -> bool:
    """ "(du) vet (jo) hvordan det er": the listener's knowledge taken for anyone's."""
    if ctx.word(v) not in ("vet", "veit"):
        return False
    k = ctx.next(v)  # type: ignore[arg-type]
    if ctx.word(k) in ("jo", "vel", "nok"):
        k = ctx.next(k)  # type: ignore[arg-type]
    return ctx.word(k) in _HOW_IT_IS and ctx.word(ctx.next(k)) == "det"  # type: ignore[arg-type]


def _such_frame_before(ctx: Context, j: int) -> bool:
    """ "(det) er det sånn, du …", "det er slik at du …": a rule of how things are."""
    k = ctx.prev(j)
    if ctx.word(k) != "at" and (k is None or ctx.low[k] != ","):
        return False
    first = ctx.sentence(j).first
    if _such_is_it(ctx.low[max(first, k - 5) : k]):  # type: ignore[operator]
        return True  # "Sånn er det bare, du jobber og jobber …"
    a = ctx.prev(k)  # type: ignore[arg-type]
    if ctx.word(a) not in ("sånn", "slik"):
        return False
    b = ctx.prev(a)  # type: ignore[arg-type]
    c = ctx.prev(b) if b is not None else None
    return {ctx.word(b), ctx.word(c)} >= {"det"} and (ctx.word(b) in _BE or ctx.word(c) in _BE)


# -- vi/me + group, folk, alle ---------------------------------------------------
_REWRITE_ROLES = frozenset({"subject", "object", "du", "group", "vi-som"})
_OPINION = wordset("opplever synes syns synest tror trur føler kjenner merker tenker tenkjer")
_GENERAL_VERBS = wordset(
    "vet veit skjønner skjønar forstår kjenner har trenger treng synes synest syns tenker "
    "tenkjer ser bryr brydd gidder gidd gider orker orkar hjelper hjelpar"
)


def _framed_by_speaker(ctx: Context, s: Sentence) -> bool:
    """ "... opplever jeg" / "jeg føler at folk ...": the speaker owns the claim."""
    low = ctx.low
    for j in range(s.first, s.stop):
        if low[j] in ("jeg", "eg") and (
            ctx.word(ctx.next(j)) in _OPINION or ctx.word(ctx.prev(j)) in _OPINION
        ):
            return True
    return False


def _we_all(ctx: Context, i: int) -> bool:
    """ "vi er alle vrak", "me har alle vore der", "det gjer alle til slutt":
    *alle* after "vi/me/det" and its verb makes one's lot everyone's (not "vi
    har alle barna hjemme", where *alle* goes with a noun)."""
    v = ctx.prev(i)
    vw = ctx.word(v)
    lead = ctx.word(ctx.prev(v)) if v is not None else None
    if vw is None or lead not in ("vi", "me", "det"):
        return False
    n = ctx.next(i)
    nw = ctx.word(n)
    if vw in ("er", "e"):
        return lead != "det" and nw not in ("her", "der", "enige", "einige", "samla", "samlet")
    if vw in ("har", "hadde"):
        return nw in PARTICIPLE or nw in ("sammen", "saman")
    if vw in ("gjør", "gjer", "gjorde", "opplever", "kjenner", "føler"):
        if lead == "det" and not _THIRD_PERSON.isdisjoint(ctx.low[ctx.sentence(i).first : i]):
            return False  # "Ho veks av seg det, det gjer alle": all children, not everyone
        return (
            nw is None
            or nw in ("det", "til", "sammen", "saman", "før", "etter")
            or ctx.is_adverb(nw)
        )
    return False


def _tagged_present(ctx: Context, i: int) -> bool:
    """Token ``i`` is a present-tense verb by the tagger (for verbs the tables lack)."""
    tag = ctx.tag(i)
    return tag.upos == "VERB" and tag.form == "pres"


def _inverted_after_present(ctx: Context, i: int) -> bool:
    """ "så sluttar folk å …", "da glor folk": *folk* as the subject after a
    fronted adverb and a present verb, not an object ("jeg kjenner folk")."""
    v = ctx.prev(i)
    if v is None or ctx.word(v) is None or not _tagged_present(ctx, v):
        return False
    lead = ctx.word(ctx.prev(v))
    nxt = ctx.word(ctx.next(i))
    return lead in _INVERTING and (nxt is None or nxt in _AFTER_INVERTED)


_ALL_ARE = wordset("er e har blir vil kan må")
_THIRD_PERSON = wordset("han hun ho hen de dei")
_INVERTING = wordset("så da då nå no alltid aldri plutselig plutseleg")
_AFTER_INVERTED = wordset("å ikke ikkje jo bare berre")


def _subject_position(ctx: Context, i: int) -> bool:
    p = ctx.prev(i)
    pw = ctx.word(p)
    return p is None or pw is None or pw in SUBORDINATORS or pw in COORDINATORS


def _group(ctx: Context, i: int) -> tuple[int, str] | None:
    """Generalising group word at ``i``: (last token of the span, role)."""
    w = ctx.low[i]
    n = ctx.next(i)
    nw = ctx.word(n)
    if w in ("vi", "me", "oss") and n is not None:
        if nw in GROUP_NOUNS:
            # "Vi pårørende i denne gruppa har funnet …": the people here
            return None if _here(ctx, n) else (n, "group")  # type: ignore[arg-type]
        if nw == "som":
            a = ctx.next(n)
            after = ctx.word(a)
            if after in ("er", "e", "var") and ctx.word(ctx.next(a)) in GROUP_NOUNS:  # type: ignore[arg-type]
                # "Oss som er pårørende (er det ingen som ser)": no safe rewrite
                return ctx.next(a), "general-inverted"  # type: ignore[return-value]
            if w != "oss" and (after in _VERBS or ctx.is_adverb(after)):
                return n, "vi-som"
        return None
    if w == "ingen":
        # "Ingen forstår hvordan det er": nobody, said of everybody (not "ingen
        # ringte"); "Det stemmer ikke at ingen bryr seg" belongs to the contradiction
        s = ctx.sentence(i)
        if ctx.claimed(s.start, s.end):
            return None
        if _subject_position(ctx, i) and nw in _GENERAL_VERBS and nw in PRESENT:
            after = ctx.word(ctx.next(n))  # type: ignore[arg-type]
            if (nw == "har" and after in PARTICIPLE) or after in ("meg", "oss") or _a_fact(ctx, n):  # type: ignore[arg-type]
                return None  # "Ingen har spurt", "ingen ser meg": the speaker's own experience
            return i, "general"
        return _nobody_who(ctx, i, n, i)
    if w in ("noen", "nokon") and ctx.word(ctx.prev(i)) in ("ikke", "ikkje"):
        s = ctx.sentence(i)
        if ctx.claimed(s.start, s.end):
            return None
        return _nobody_who(ctx, i, n, ctx.prev(i))  # type: ignore[arg-type]  # "ikkje nokon som"
    if w == "alle" and nw == "her" and ctx.word(ctx.next(n)) in _KNOW:  # type: ignore[arg-type]
        k = ctx.next(n)  # type: ignore[arg-type]
        if ctx.word(ctx.next(k)) in _HOW_WHAT:  # type: ignore[arg-type]
            return n, "general"  # type: ignore[return-value]  # "Alle her vet hvordan det er"
    if w == "alle" and ctx.word(ctx.prev(i)) in ("for", "med") and _clause_end(ctx, n):
        s = ctx.sentence(i)
        before = ctx.low[s.first : i]
        if _such_is_it(before) or (ctx.word(ctx.prev(i)) == "for" and _hard_for_all(before)):
            return i, "general-inverted"  # "Sånn er det for alle.", "Det er tungt for alle"
    if w in ("folk", "alle"):
        if nw in _TELLING and _owns_reaction(ctx, ctx.sentence(i)):
            # "Alle sier at det går over, og det gjør meg sint": what others
            # say, retold with the speaker's own reaction
            return None
        if w == "alle" and nw in GROUP_NOUNS and not _here(ctx, n):  # type: ignore[arg-type]
            return n, "general"  # "alle pårørende føler …", "for alle pårørende"
        if (
            w == "alle"
            and nw is not None
            and nw.endswith(("folk", "foreldre", "foreldra", "mødre", "fedre", "fedrar"))
            and ctx.word(ctx.next(n)) in _VERBS  # type: ignore[arg-type]
            and not _here(ctx, n)  # type: ignore[arg-type]
        ):
            return n, "general"  # type: ignore[return-value]  # "Alle konkursfolk kjenner jo på skamma"
        if (
            nw == "som"
            and _subject_position(ctx, i)
            and _generic_relative(ctx, n)  # type: ignore[arg-type]
            and (w == "alle" or _main_verb_after(ctx, n))  # type: ignore[arg-type]
        ):
            # "alle som har vært gjennom en skilsmisse kjenner …", "Folk som
            # spelar endrar seg aldri" (not "folk som bur her", said of some)
            return n, "general"  # type: ignore[return-value]
        if w == "alle" and nw in ("vi", "me") and ctx.word(ctx.next(n)) == "som":  # type: ignore[arg-type]
            return n, "general"  # type: ignore[return-value]  # "Alle vi som e gift med veterana veit"
        if (
            w == "alle"
            and ctx.word(ctx.prev(i)) in ("vi", "me")
            and ctx.word(
                ctx.prev(ctx.prev(i))  # type: ignore[arg-type]
            )
            in ("gjør", "gjer", "har", "er", "e")
        ):
            return i, "general-inverted"  # "det gjør vi alle": the other's lot made everyone's
        if w == "alle" and _we_all(ctx, i):
            return i, "general-inverted"  # "vi er alle vrak", "vi har alle vært der"
        if w == "alle" and nw in _ASKING:
            return None  # "Alle spør hvordan hun har det": what the people around do
        if (
            w == "alle"
            and nw == "har"
            and ctx.word(ctx.next(n)) in ("vært", "vore", "vori")  # type: ignore[arg-type]
            and ctx.word(ctx.next(ctx.next(n))) in ("der", "gjennom")  # type: ignore[arg-type]
        ):
            return i, "general"  # "alle har vært der": one's trouble made everyone's
        s = ctx.sentence(i)
        if (
            _subject_position(ctx, i) and nw in _VERBS and ctx.word(ctx.next(n)) == "jo"  # type: ignore[arg-type]
        ):
            return i, "general"  # "alle blir jo nervøse …": a claim about everyone
        if ctx.claimed(s.start, s.end) and not (
            w == "alle"
            and _subject_position(ctx, i)
            and ctx.word(ctx.prev(i)) != "at"
            and (nw in _VERBS or nw in _ALL_ARE)
        ):
            # "Det stemmer ikke at alle er mot deg": the generalisation belongs
            # to the contradiction already reported. But "alle" as the subject
            # of the comfort ("Det er helt normalt, alle går gjennom det", "alle
            # er keitete i starten, slapp av") speaks for everyone, as the
            # writers' guide has it: si-jeg as well (round 10).
            return None
        if _subject_position(ctx, i) and (
            nw in _VERBS or nw in _KNOW_NOT or nw == "flest" or (w == "folk" and ctx.is_adverb(nw))
        ):
            return i, "general"
        if w == "folk" and n is not None and _subject_position(ctx, i) and _tagged_present(ctx, n):
            return i, "general"  # "Folk stirrer", "folk glor": a verb the tables lack
        if w == "folk" and _inverted_after_present(ctx, i):
            return i, "general-inverted"  # "… så sluttar folk å seia namnet hans"
        if (
            w == "folk"
            and ctx.word(ctx.prev(i)) in _ON_ONE
            and _impersonal_sentence(ctx, i)
            and (
                _no_noun_after(ctx, i) or (nw == "som" and ctx.word(ctx.next(n)) in ("oss", "meg"))  # type: ignore[arg-type]
            )
        ):
            return i, "general-inverted"  # "Det sliter på folk", "for folk som oss"
        if w == "alle" and nw == "med" and _subject_position(ctx, i):
            # "Alle med foreldre på sjukeheim har dårleg samvit"
            k = ctx.next(n)  # type: ignore[arg-type]
            for _ in range(5):
                if k is None:
                    break
                if ctx.low[k] in _PRESENT_ONLY and ctx.word(ctx.prev(k)) not in ("som", "å"):
                    return i, "general"
                k = ctx.next(k)
        if (
            w == "alle"
            and nw is not None
            and nw not in _VERBS
            and ctx.word(ctx.next(n)) in _PRESENT_ONLY  # type: ignore[arg-type]
            and ctx.word(ctx.next(ctx.next(n))) == "jo"  # type: ignore[arg-type]
            and _subject_position(ctx, i)
            and not _here(ctx, i)
        ):
            return n, "general"  # type: ignore[return-value]  # "Alle adopterte har jo et hull i seg"
        if w in ("folk", "alle") and nw in _WHERE_FROM and _subject_position(ctx, i):
            # "Folk i byen aner ikke …", "folk i Norge er bare kalde" (not "folk
            # i gruppa", the people here)
            k = ctx.next(ctx.next(n))  # type: ignore[arg-type]
            vw = ctx.word(k)
            if (
                vw is not None
                and (vw in _PRESENT_ONLY or vw in _KNOW_NOT)
                and vw not in _ASKING
                and not _knows_of(ctx, k)  # type: ignore[arg-type]  # "Folk på jobben vet ikke om det"
                and not _here(ctx, n)  # type: ignore[arg-type]
            ):
                return i, "general"
        if w == "alle":
            # Fronted object: "Det vet jo alle (at ...)".
            j = ctx.prev(i)
            for _ in range(3):
                if j is None or not ctx.is_adverb(ctx.word(j)):
                    break
                j = ctx.prev(j)
            if ctx.word(j) in _GENERAL_VERBS and (nw is None or nw == "at"):
                return i, "general-inverted"
    return None


_FACT_NEXT = wordset("det at om noe noko")
_WHERE_FROM = wordset("i på fra frå")
_KNOW_NOT = wordset("aner anar")
_PRESENT_ONLY = PRESENT - AMBIGUOUS - PAST
_ASKING = wordset("spør spurte spurde spurt lurer lurte lurar")


def _knows_of(ctx: Context, v: int) -> bool:
    """ "vet (ikke) om det", "veit ikkje at eg …": knowing a fact (see :func:`_a_fact`)."""
    n = ctx.next(v)
    if ctx.word(n) in NEGATIONS:
        n = ctx.next(n)  # type: ignore[arg-type]
    return ctx.low[v] in ("vet", "veit", "kjenner") and ctx.word(n) in _FACT_NEXT


def _a_fact(ctx: Context, v: int) -> bool:
    """ "ingen vet det (ennå)", "ingen veit at eg går hit", "ingen som veit kva eg
    har vore gjennom": knowing a fact, or the speaker's own lot, not a claim
    about everyone's understanding ("ingen forstår hvordan det er")."""
    n = ctx.next(v)
    if ctx.word(n) == "meg":
        return True
    if ctx.low[v] in ("vet", "veit", "kjenner") and ctx.word(n) in _FACT_NEXT:
        return True
    k = n
    for _ in range(3):
        if k is None:
            return False
        if ctx.low[k] in ("jeg", "eg"):
            return True
        k = ctx.next(k)
    return False


def _nobody_who(ctx: Context, i: int, n: int | None, first: int) -> tuple[int, str] | None:
    """ "det er (jo) ingen som ser oss", "det er ikkje nokon som forstår": nobody,
    said of everybody (not "det er ingen som ringte"). ``first`` is the first
    word of "ingen" / "ikke noen"."""
    b = ctx.prev(first)
    if ctx.word(b) in ("jo", "vel", "nesten", "liksom"):
        b = ctx.prev(b)  # type: ignore[arg-type]  # "det er jo ingen som …"
    if ctx.word(n) == "som" and ctx.word(b) in ("er", "e", "finst", "finnes"):
        v = ctx.next(n)  # type: ignore[arg-type]
        vw = ctx.word(v)
        if vw in _GENERAL_VERBS and vw in PRESENT and not _a_fact(ctx, v):  # type: ignore[arg-type]
            return i, "general"
    return None


_TELLING = wordset("sier seier sa sei mener meiner meinte mente spør spurte maser masar")
_OWN = wordset("jeg eg meg")
_HERE = wordset("her gruppa gruppen gruppe møtet rommet")


def _sentence_end(ctx: Context, n: int | None) -> bool:
    return n is None or ctx.low[n] in (".", "!", "…")


def _clause_end(ctx: Context, n: int | None) -> bool:
    return n is None or ctx.low[n] in (".", "!", "…", ",", ";")


_HARD = wordset(
    """tungt tung vanskelig vanskeleg tøft tøff hardt slitsomt krevende krevjande
    skummelt rart uvant nytt normalt vanlig vanleg"""
)
_IS = wordset("er e blir vert")


def _hard_for_all(words: list[str]) -> bool:
    """ "Første semester er tungt for alle": a hardship said to be everyone's."""
    if not _OWN.isdisjoint(words):
        return False  # "det er tungt for meg og for alle"
    return any(
        a in _IS and (b in _HARD or (b in _DEGREE_SOFT and c in _HARD))
        for a, b, c in zip(words, words[1:], [*words[2:], ""], strict=False)
    )


_DEGREE_SOFT = wordset("jo nok litt veldig så ganske")


def _such_is_it(words: list[str]) -> bool:
    """ "sånn er det", "slik var det": the words before "for alle"."""
    return any(
        a in ("sånn", "slik") and b in ("er", "var", "blir", "vert") and c == "det"
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _owns_reaction(ctx: Context, s: Sentence) -> bool:
    return any(w in _OWN for w in ctx.low[s.first : s.stop])


def _here(ctx: Context, n: int) -> bool:
    """ "alle pårørende i (denne) gruppa", "alle som er her": the people present."""
    k = ctx.next(n)
    for _ in range(3):
        if k is None:
            return False
        if ctx.low[k] in _HERE:
            return True
        k = ctx.next(k)
    return False


_SUCH_PEOPLE = wordset(
    """vet veit skjønner skjønar forstår kjenner trenger treng synes synest ser bryr
    endrer endrar forandrer forandrar lyver lyg klarer klarar tåler toler"""
)


# A verb right after these is not the main verb: "som har mistet", "å gå".
_NOT_MAIN_AFTER = wordset("som å at har hadde er var")


def _past_main_verb(ctx: Context, som: int) -> bool:
    """After "en som <relative clause>", the main verb is in the past: one
    person's act ("En som jobber på sykehuset ringte meg"), not anyone's lot."""
    k = ctx.next(som)
    k = ctx.next(k) if k is not None else None  # past the relative clause's verb
    for _ in range(10):
        if k is None:
            return False
        w = ctx.low[k]
        if w in COORDINATORS or w == "så":
            return False  # "… som hadde droppa ut og så fekk eg": past the main clause
        if w not in AMBIGUOUS and ctx.word(ctx.prev(k)) not in _NOT_MAIN_AFTER:
            if w in PAST:
                return True
            if w in PRESENT:
                return False
        k = ctx.next(k)
    return False


def _main_verb_after(ctx: Context, som: int) -> bool:
    """After "folk som <relative clause>", a present main verb that says what
    such people are like: "Folk som aldri har hatt inkasso skjønner ikke …"."""
    k = ctx.next(ctx.next(som) or som)  # past the relative clause's first word
    for _ in range(8):
        if k is None or ctx.tokens[k - 1].text in (".", "!", "?"):
            return False
        if ctx.low[k] in ("meg", "mæ", "oss", "jeg", "eg"):
            return False  # "Folk som kjenner meg vet …": people the speaker knows
        if ctx.low[k] in _SUCH_PEOPLE and ctx.word(ctx.prev(k)) not in ("å", "som", "at"):
            return True
        k = ctx.next(k)
    return False


def _generic_relative(ctx: Context, som: int) -> bool:
    """ "alle som har vært …/som mister …": a relative clause about anyone.

    Not a past event ("alle som kom fikk kaffe"), nor the people here
    ("alle som er her").
    """
    v = ctx.next(som)
    for _ in range(2):
        if v is None or not ctx.is_adverb(ctx.word(v)):
            break
        v = ctx.next(v)
    vw = ctx.word(v)
    if vw is None or vw in PAST or vw not in PRESENT:
        return False
    if not _here(ctx, v):  # type: ignore[arg-type]
        return True
    # "Alle som sit her veit korleis det er": the others' inner life claimed
    k = v
    for _ in range(4):
        k = ctx.next(k)  # type: ignore[arg-type]
        if k is None:
            return False
        if ctx.low[k] in _KNOW and ctx.word(ctx.next(k)) in _HOW_WHAT:
            return True
    return False


_KNOW = wordset("vet veit forstår skjønner skjønar kjenner")
_HOW_WHAT = wordset("hvordan korleis kordan hva kva åssen")


_IMPERSONAL_PREP = wordset("med på for fra frå")
_FROM_WITH = wordset("med på fra frå")  # "det tar noe fra deg å", not "hvordan er det for deg å"


def _impersonal_object(ctx: Context, i: int) -> str | None:
    """ "Det gjør noe med en å være alene": *en* as the object of an impersonal
    "det …" before an infinitive clause (not "Han er en å stole på")."""
    p = ctx.prev(i)
    if ctx.word(p) not in _IMPERSONAL_PREP or ctx.word(ctx.next(i)) != "å":
        return None
    first = ctx.sentence(i).first
    k = ctx.prev(p)  # type: ignore[arg-type]
    for _ in range(3):  # "det gjer (noko) (med)"
        if k is None or k < first:
            return None
        if ctx.low[k] == "det":
            # "det gjør noe med en", not "det er godt med en å snakke med"
            return None if ctx.word(ctx.next(k)) in _BE else "object"
        k = ctx.prev(k)
    return None


_SUCH = wordset("sånn slik")
_TO_BE = wordset("være vere vera")


def _such_is_it_to_be(ctx: Context) -> list[tuple[int, int, str, str]]:
    """ "Sånn er det å være mor": one's own life said as everyone's in that role."""
    low = ctx.low
    out = []
    for i, w in enumerate(low):
        if w not in _SUCH or i + 4 >= len(low):
            continue
        j = i + 3 + (low[i + 3] in ("bare", "berre", "jo", "nå", "no"))
        if (
            low[i + 1] in ("er", "e")
            and low[i + 2] == "det"
            and low[j] == "å"
            and j + 1 < len(low)
            and low[j + 1] in _TO_BE
            and ctx.word(ctx.next(j + 1)) not in ("meg", "deg", "oss")  # "å være meg"
            and not ctx.sentence(i).question
        ):
            out.append((i, j + 1, "general-inverted", "si-jeg/gruppe"))
    return out


_SAYING = wordset(
    "sa sier seier sei pleide pleidde pleier mente meinte meiner mener skrev skreiv "
    "påsto påstod hevdet hevda"
)
_SPEAKER_OR_YOU = wordset("jeg eg du vi me")


def _in_others_words(ctx: Context, i: int) -> bool:
    """ "Mormor sa alltid at en må …", "Sjefen sa til meg at alle er slitne": the
    generalisation is someone else's, retold (not "jeg sier at man …")."""
    first = ctx.sentence(i).first
    if _quoted_after_saying(ctx, i, first):
        return True  # "Mor sa «ein må berre akseptere det»"
    k = ctx.prev(i)
    for _ in range(8):  # "at (det) (jo) en", "at alle", "at ein må gjere det ein"
        if k is None or k < first or ctx.low[k] == "at" or ctx.tokens[k].kind == "p":
            break
        k = ctx.prev(k)
    if k is None or ctx.low[k] != "at":
        return False
    for _ in range(10):  # "sa (alltid) (til meg) (i går) at (…) og at"
        k = ctx.prev(k)  # type: ignore[arg-type]
        if k is None or k < first:
            return False
        w = ctx.low[k]
        if w in _SAYING:
            subj = ctx.word(ctx.prev(k))
            after = ctx.word(ctx.next(k))
            return subj not in _SPEAKER_OR_YOU and after not in _SPEAKER_OR_YOU and subj is not None
        if ctx.tokens[k].kind == "p":
            return False
    return False


def _quoted_after_saying(ctx: Context, i: int, first: int) -> bool:
    """Token ``i`` is inside a quotation that opens right after someone else's
    telling verb: «Mor sa «ein må …»», «Legen sa: "man må …"»."""
    k = i - 1
    while k >= first and ctx.tokens[k].text not in ("«", '"', "“"):
        if ctx.tokens[k].text in ("»", "”"):
            return False
        k -= 1
    if k < first:
        return False
    v = k - 1
    if v >= first and ctx.tokens[v].text == ":":
        v -= 1
    if v < first or ctx.low[v] not in _SAYING:
        return False
    subj = ctx.word(ctx.prev(v))
    return subj is not None and subj not in _SPEAKER_OR_YOU


_ANOTHER = wordset("annen annan anna tredje fjerde")


def _one_of_several(ctx: Context, i: int) -> bool:
    """ "en sa at det var depresjon og en annen sendte meg til psykolog": a
    specific person among several, not the generic pronoun."""
    low = ctx.low
    stop = min(ctx.sentence(i).stop - 1, i + 25)  # bounded: a clause or two ahead
    return any(low[k] in ("en", "ein") and low[k + 1] in _ANOTHER for k in range(i + 1, stop))


def _collect(ctx: Context, advice_sentences: set[int]) -> list[tuple[int, int, str, str]]:
    """Generalising words: (first token, last token, role, message key)."""
    low = ctx.low
    found: list[tuple[int, int, str, str]] = []
    framed: dict[int, bool] = {}  # per sentence: does the speaker own the claim?
    for i, w in enumerate(low):
        if w == "man":
            if _generic_man(ctx, i) and not _in_others_words(ctx, i):
                found.append((i, i, "subject", "si-jeg/man"))
        elif w in ("en", "ein"):
            if ctx.claims and ctx.claimed(ctx.tokens[i].start, ctx.tokens[i].end):
                continue  # "at en i gruppa mi sliter": a member, reported as taushetsplikt
            role = generic_en(ctx, i) or _impersonal_object(ctx, i)
            if role and not (_one_of_several(ctx, i) or _in_others_words(ctx, i)):
                found.append((i, i, role, "si-jeg/man"))
        elif w in ("vi", "me", "oss", "folk", "alle", "ingen", "noen", "nokon"):
            g = _group(ctx, i)
            si = ctx.sent_of[i]
            if g and si not in framed:
                framed[si] = _framed_by_speaker(ctx, ctx.sentences[si])
            if g and not framed[si] and not _in_others_words(ctx, i):
                found.append((i, g[0], g[1], "si-jeg/gruppe"))
        elif (
            w == "deg"
            and ctx.word(ctx.prev(i)) in _FROM_WITH
            and not ctx.sentence(i).question
            and _impersonal_object(ctx, i)
            and not _owns_reaction(ctx, ctx.sentence(i))
        ):
            found.append((i, i, "object", "si-jeg/du"))  # "Det tar noe fra deg å se …"
    if not _SUCH.isdisjoint(ctx.words):
        found.extend(_such_is_it_to_be(ctx))
    for si, s in enumerate(ctx.sentences):
        # Advice addressed with "du" is reported as advice, not as generic "du".
        if si not in advice_sentences and _du_is_generic(ctx, s):
            found.extend(
                (j, j, "du", "si-jeg/du") for j in range(s.first, s.stop) if low[j] == "du"
            )
    return sorted(found)


def rule(ctx: Context, advice_sentences: set[int]) -> list[Finding]:
    """All si-jeg breaches in the text, one finding per generalising word."""
    found = _collect(ctx, advice_sentences)
    if not found:
        return []
    # One rewrite per sentence, shared by every finding in it.
    by_sentence: dict[int, dict[int, str]] = {}
    for first, _last, role, _key in found:
        if role in _REWRITE_ROLES:
            by_sentence.setdefault(ctx.sent_of[first], {})[first] = role
    rewrites = {
        si: first_person(ctx, ctx.sentences[si], subjects) for si, subjects in by_sentence.items()
    }
    out: list[Finding] = []
    for first, last, role, key in found:
        si = ctx.sent_of[first]
        # "Folk forstår ikke" → "Jeg opplever at folk ikke forstår"; a fronted
        # "Det vet jo alle" has no rewrite (None).
        suggestion = opplever_at(ctx, ctx.sentences[si]) if role == "general" else rewrites.get(si)
        start, end = ctx.tokens[first].start, ctx.tokens[last].end
        msg = message(key, ctx.lang, w=ctx.text[start:end])
        out.append(Finding("si-jeg", "brudd", start, end, msg, suggestion))
    return out
