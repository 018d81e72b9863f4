"""taushetsplikt: passing on what another participant said, or how they are.

Three signs, each from word classes and neighbours:

- a name next to a telling verb ("Kari fortalte", "hva Per sa");
- a third person telling, in a sentence that points at a meeting ("Noen i
  gruppa sa", "Hun sa det etter møtet");
- a *member* - a name or "ei/en/ein/noen" marked as one of the group ("Per fra
  gruppa", "ei i gruppa mi", "Ingrid går i sorggruppe med meg") - of whom the
  sentence says something ("… har mistet jobben", "…, hun som har en sønn i
  fengsel") or whom the speaker tells someone about ("Jeg fortalte mannen min
  om Lise i gruppa"); also naming members when asked who is in the group, and
  "jeg kan si litt om hvordan han har det".
"""

from __future__ import annotations

import re

from ..context import Context
from ..finding import Finding
from ..lexicon import ADVERBS, ARTICLES, KNOWN, NEGATIONS, NOT_NAMES, PREPOSITIONS, SAY_VERBS
from ..messages import message, suggestion_text
from ..tokens import wordset
from ..verbs import AMBIGUOUS, PAST, PRESENT

__all__ = ["rule"]

_GROUP_GATE = wordset("gruppa gruppen gruppe møte møtet gang gong sist")
_GROUP_REF = re.compile(
    r"\b(?:i\s+\w*gruppa|i\s+\w*gruppen|i\s+\w*gruppe|på\s+(?:forrige\s+|førre\s+|siste\s+)?møte(?:t)?"
    r"|i\s+(?:forrige|førre)\s+møte|forrige\s+gang|førre\s+gong|forrige\s+gong|sist\s+gang"
    r"|sist\s+gong|sist\s+(?:vi|me)\s+møttes|etter\s+møtet|sist)\b",
    re.IGNORECASE,
)
_SPEAKERS = wordset("jeg eg vi me du")
_THIRD = wordset("han hun ho noen nokon en ein de dei")
# "Det Kari sa nå": reacting, in the meeting, to what was just said.
_JUST_NOW = wordset("nå no akkurat nettopp")
_OWNERS = wordset("min mi mitt mine")


def _is_name(ctx: Context, i: int) -> bool:
    t = ctx.tokens[i]
    if t.kind != "w" or len(t.text) < 2 or not t.text[0].isupper():
        return False
    if t.text.isupper():
        return False  # shouting or an abbreviation ("CV", "NAV"), not a name
    low = t.low
    if low in NOT_NAMES:
        return False
    if ctx.word(ctx.prev(i)) in _AT_PLACE:
        return False  # "ved Førde", "på Kiwi": a place
    if i == ctx.sentence(i).first or all(
        ctx.tokens[k].kind == "p" for k in range(ctx.sentence(i).first, i)
    ):
        # At the start of a sentence every word has a capital: only a word the
        # lexicon does not know may be a name ("Per" is known as a preposition,
        # but a preposition cannot be followed by a verb, so it is let through).
        if low in KNOWN:
            return low in PREPOSITIONS
        # "Urologen sa", "Terapeuten fortalte": a definite noun, by its ending
        # and the tagger (names in -a/-en are shorter or tagged as names).
        return not (len(low) >= 6 and low.endswith(_DEFINITE) and ctx.tag(i).upos == "NOUN")
    return True


_DEFINITE = ("en", "et", "a", "ene", "ane", "ne")


def _say_after(ctx: Context, i: int) -> int | None:
    j = ctx.next(i)
    if ctx.word(j) == "som" and ctx.word(ctx.next(j)) in _SHARED:  # type: ignore[arg-type]
        return ctx.next(j)  # type: ignore[arg-type]  # "takk til Tor som delte om …"
    hops = 0
    while j is not None and ctx.low[j] in ADVERBS and hops < 2:
        j = ctx.next(j)
        hops += 1
    return j if j is not None and ctx.low[j] in SAY_VERBS else None


def _named(ctx: Context) -> list[tuple[int, int]]:
    """Spans "Kari fortalte", "fortalte Anne": a name next to a telling verb."""
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    for i in [k for k, t in enumerate(toks) if t.text[:1].isupper()]:
        if not _is_name(ctx, i):
            continue
        p = ctx.prev(i)
        if ctx.word(p) in _OWNERS or (
            p is not None and ctx.low[p] == "," and ctx.word(ctx.prev(p)) in _OWNERS
        ):
            continue  # "dattera mi, Kari, sa ..." speaks of family, not of the group
        v = _say_after(ctx, i)
        if v is None and ctx.word(p) in _HEAR and ctx.word(ctx.next(i)) in SAY_INFINITIVES:
            v = ctx.next(i)  # "Så sterkt å høre Kari fortelle om overgrepene"
        if v is None and p is not None and ctx.low[p] in SAY_VERBS:
            if ctx.word(ctx.prev(p)) in _SPEAKERS:
                continue
            v = p  # "I forrige møte fortalte Anne at ..."
        if v is None:
            continue
        nxt = ctx.next(max(v, i))
        after = ctx.word(nxt)
        if after in _JUST_NOW or _said_just_now(ctx, max(v, i)):
            continue
        if _in_own_past(ctx, min(i, v)):
            continue
        spans.append((toks[min(i, v)].start, toks[max(i, v)].end))
    return spans


def _in_own_past(ctx: Context, k: int) -> bool:
    """ "Da Terje fortalte det for to år siden trodde jeg …", "Ein kveld i fjor
    sa Arne at …": with no word of the group anywhere, a telling placed in the
    speaker's own past by "da/når" or a time phrase is an event in the
    speaker's life (a partner telling them), not a member's words passed on."""
    if _GROUP_GATE.intersection(ctx.words) or _GROUP_REF.search(ctx.text):
        return False
    if ctx.word(ctx.prev(k)) in _WHEN:
        return True
    s = ctx.sentence(k)
    return bool(_TIME_AGO.search(ctx.text[s.start : ctx.tokens[k].start]))


_WHEN = wordset("da då når")
_TIME_AGO = re.compile(
    r"\b(?:i\s+fjor|for\s+\w+\s+(?:år|månader|måneder|uker|veker)\s+(?:siden|sidan)"
    r"|(?:en|ein)\s+(?:kveld|dag|morgen|morgon|natt|gang|gong))\b",
    re.IGNORECASE,
)


def _said_just_now(ctx: Context, v: int) -> bool:
    """ "Det Hilde sa om sønnen sin i stad": within a few words of the telling
    verb, "i stad/sted" or "nettopp" place it in the meeting, just now."""
    k = v
    for _ in range(8):
        k = ctx.next(k)  # type: ignore[assignment]
        w = ctx.word(k)
        if k is None or ctx.low[k] in ".!?":
            return False
        if w == "nettopp" or (w == "i" and ctx.word(ctx.next(k)) in ("sted", "stad")):
            return True
    return False


_SHARED = wordset("delte delt fortalte fortalde")
_HEAR = wordset("høre høyre høyra hørte høyrde hørt høyrt")


def _group_retellings(ctx: Context) -> list[tuple[int, int]]:
    """Spans "Noen i gruppa sa", "Hun sa (det til meg etter møtet)": a third person telling."""
    spans: list[tuple[int, int]] = []
    if _GROUP_GATE.isdisjoint(ctx.words):
        return spans
    low = ctx.low
    toks = ctx.tokens
    # tokens inside a group reference, by sentence
    inside: set[int] = set()
    sentences: set[int] = set()
    for m in _GROUP_REF.finditer(ctx.text):
        sentences.add(ctx.sentence_at(m.start()))
        k = ctx.token_at(m.start())
        while k is not None and k < len(toks) and toks[k].start < m.end():
            inside.add(k)
            k += 1
    for si in sorted(sentences):
        s = ctx.sentences[si]
        for v in range(s.first, s.stop):
            if low[v] not in SAY_VERBS:
                continue
            if ctx.word(ctx.prev(v)) in _SPEAKERS or ctx.word(ctx.next(v)) in _SPEAKERS:
                continue
            who = ctx.prev(v)
            for _ in range(8):  # "Noen [i gruppa] sa"
                if who is None or who not in inside:
                    break
                who = ctx.prev(who)
            if who is not None and low[who] in _THIRD:
                spans.append((toks[who].start, toks[v].end))
            elif who is not None and low[who] in _US and ctx.word(ctx.prev(who)) == "av":
                one = ctx.prev(ctx.prev(who))  # type: ignore[arg-type]  # "En av oss fortalte"
                if one is not None and low[one] in _ONE:
                    spans.append((toks[one].start, toks[v].end))
            else:
                after = ctx.next(v)  # "sist fortalde han meg", "…, sa de andre i gruppa"
                if after is not None and low[after] in _THIRD and low[after] not in _ONE:
                    spans.append((toks[v].start, toks[after].end))
    return spans


_US = wordset("oss dei dem de")
_FIRST = wordset("jeg eg vi me")
_ONE = wordset("en ein ei")


# -- members of the group ------------------------------------------------------
# Words that stand for one member: "ei i gruppa", "noen fra gruppa".
_MEMBER_WORDS = wordset(
    "ei en ein ene eine noen nokon han hun ho hu andre flere fleire mange medlem"
)  # "hu ene i gruppa"
# Several members at once are only passed on when the speaker tells someone.
_PLURAL_MEMBERS = wordset("andre flere fleire mange")
_IN = wordset("i fra frå på")
_SAME = wordset("samme same")
# Compounds of "gruppe" that are not a self-help group.
_OTHER_GROUPS = ("alders", "mål", "risiko", "arbeids", "blod")
_BELONG = wordset("går gjekk gikk er var")  # "går i samme gruppe", "er med i gruppa"
_JOINED = wordset("begynt byrja starta startet kommet kome")  # "har begynt i en gruppe"
_PP_START = wordset("med som fra frå")
_SPEAKER_SAY = SAY_VERBS | wordset("nemde nevnte skreiv skrev postet posta fortelle fortelja")
_I = wordset("jeg eg")
_AUX = wordset("har hadde skal skulle vil ville kan kunne må måtte")
_INFINITIVE_SAY = wordset("fortelle fortelja")
_TO_SPEAKER = wordset("meg oss")
_WHO = wordset("hvem kven")
_HOW = wordset("hvordan korleis")


def _comma(ctx: Context, k: int | None) -> bool:
    return k is not None and ctx.low[k] == ","


def _group_word(w: str | None) -> bool:
    if w is None or not w.endswith(("gruppa", "gruppen", "gruppe")):
        return False
    return not w.startswith(_OTHER_GROUPS)


def _membership(ctx: Context, i: int) -> int | None:
    """Token ``i`` names a member: index of the group word that says so, else None.

    "Per fra gruppa", "ei i gruppa mi", "Mona fra selvhjelpsgruppa", "Ingrid
    går i sorggruppe med meg", "Ahmed, han går i samme gruppe som meg".
    """
    j = ctx.next(i)
    if ctx.low[i] in _MEMBER_WORDS:
        # "ho nye i gruppa", "han eldre mannen frå gruppa": a word or two between
        for _ in range(2):
            w = ctx.word(j)
            if w is None or w in _IN or w in PRESENT or w in PAST or w in _BELONG:
                break
            j = ctx.next(j)  # type: ignore[arg-type]
    if _comma(ctx, j):
        j = ctx.next(j)  # type: ignore[arg-type]
    if ctx.word(j) == "som":
        j = ctx.next(j)  # type: ignore[arg-type]  # "Arvid som går i gruppa vår"
    if ctx.word(j) in ("han", "hun", "ho") and ctx.low[i] not in _MEMBER_WORDS:
        j = ctx.next(j)  # "Ahmed, han går i …"
    if ctx.word(j) in ("har", "hadde") and ctx.word(ctx.next(j)) in _JOINED:  # type: ignore[arg-type]
        j = ctx.next(ctx.next(j))  # type: ignore[arg-type]  # "har begynt i en gruppe"
    elif ctx.word(j) in _BELONG:
        j = ctx.next(j)
        if ctx.word(j) == "med":
            j = ctx.next(j)
    if ctx.word(j) not in _IN:
        return None
    g = ctx.next(j)  # type: ignore[arg-type]
    if ctx.word(g) in _SAME or ctx.word(g) in ARTICLES:
        g = ctx.next(g)  # type: ignore[arg-type]
    return g if g is not None and _group_word(ctx.word(g)) else None


def _told_by_speaker(ctx: Context, first: int, stop: int) -> int | None:
    """A "jeg fortalte/sa/nevnte/skrev" in tokens ``[first, stop)``: the verb's index."""
    low = ctx.low
    opens_with_i = next((w for w in low[first:stop] if w.isalpha()), None) in _I
    for k in range(first, stop):
        if low[k] not in _SPEAKER_SAY:
            continue
        p = ctx.prev(k)
        pw = ctx.word(p)
        if pw in _AUX and p is not None:
            p = ctx.prev(p)
            pw = ctx.word(p)  # "eg har fortalt", "jeg skal si"
        if pw == "som" and p is not None:
            pw = ctx.word(ctx.prev(p))  # "det var jeg som måtte fortelle henne"
        elif pw == "å" and p is not None:
            # "så begynte jeg å fortelle", "jeg begynte å fortelle"
            a = ctx.prev(p)
            b = ctx.prev(a) if a is not None else None
            pw = "jeg" if ctx.word(a) in _I or ctx.word(b) in _I else pw
        if low[k] in _INFINITIVE_SAY and pw not in _I:
            continue  # "jeg ba henne fortelle det": someone else's telling
        # "jeg fortalte", "sa eg", and "Jeg møtte henne og nevnte …"
        if pw in _I or ctx.word(ctx.next(k)) in _I or (pw == "og" and opens_with_i):
            return k
    return None


def _said_of(ctx: Context, g: int) -> int | None:
    """After a member mention ending at ``g``: the finite verb saying something of them."""
    if g + 1 < len(ctx.low) and ctx.low[g + 1] in ("e", "va"):
        return g + 1  # spoken "e"/"va" for "er"/"var": "Marit frå gruppa e visst innlagt att"
    k = ctx.next(g)
    if ctx.word(k) in ("mi", "min", "vår", "vår"):
        k = ctx.next(k)  # type: ignore[arg-type]
    if _comma(ctx, k):
        k = ctx.next(k)  # type: ignore[arg-type]
    after_pronoun = ctx.word(k) in ("han", "hun", "ho")
    if after_pronoun:
        # "…, hun som har …", "Jeg traff Per fra gruppa, han så helt elendig ut"
        k = ctx.next(k)  # type: ignore[arg-type]
    if ctx.word(k) == "som":
        k = ctx.next(k)  # type: ignore[arg-type]
    if ctx.word(k) in _PP_START:
        # "Hun i gruppa med de tre barna har …": step over a short phrase
        for _ in range(4):
            k = ctx.next(k)  # type: ignore[arg-type]
            w = ctx.word(k)
            if w is None or w in PRESENT or w in PAST:
                break
    hops = 0
    while k is not None and ctx.low[k] in ADVERBS and hops < 2:
        k = ctx.next(k)
        hops += 1
    w = ctx.word(k)
    if w is None or not (w in PRESENT or w in PAST) or (w in AMBIGUOUS and not after_pronoun):
        return None  # after "han" even "så" is a verb
    if w not in SAY_VERBS and ctx.word(ctx.next(k)) in _TO_SPEAKER:  # type: ignore[arg-type]
        return None  # "Kari fra gruppa ringte meg": what she did with me, not her life
    if w in SAY_VERBS and ctx.word(ctx.next(k)) in _JUST_NOW:  # type: ignore[arg-type]
        return None
    return k


def _members(ctx: Context) -> list[tuple[int, int]]:
    """Spans where a member's situation is passed on (see the module docstring)."""
    if "grupp" not in ctx.text.lower() or not any(_group_word(w) for w in ctx.words):
        return []
    toks = ctx.tokens
    low = ctx.low
    spans: list[tuple[int, int]] = []
    for i, t in enumerate(toks):
        if not (low[i] in _MEMBER_WORDS or (t.text[:1].isupper() and _is_name(ctx, i))):
            continue
        g = _membership(ctx, i)
        if g is None:
            continue
        s = ctx.sentence(i)
        verb = None if low[i] in _PLURAL_MEMBERS else _said_of(ctx, g)
        # "Ahmed, han går i samme gruppe som meg", "Tove har begynt i en
        # gruppe": saying that a named person is a member passes it on.
        if (
            verb is None
            and low[i] not in _MEMBER_WORDS
            and any(low[k] in _BELONG or low[k] in _JOINED for k in range(i + 1, g))
        ):
            verb = g
        if verb is None:
            verb = _told_by_speaker(ctx, s.first, s.stop)
        if verb is None and low[i] not in _PLURAL_MEMBERS:
            # "Marit frå gruppa …, og ho fortalde at …": the member's own telling
            # passed on; or the next sentence says how the member is
            # ("Han er med i gruppa mi. Han har så ille tinnitus …").
            verb = _member_told(ctx, g, s.stop) or _next_says_of(ctx, ctx.sent_of[i])
        if verb is None and low[i] not in _PLURAL_MEMBERS:
            verb = _later_clause_of(ctx, g, s.stop)
        if verb is None:
            continue
        a, b = min(i, verb), max(g, verb)
        spans.append((toks[a].start, toks[b].end))
        ctx.claim(t.start, t.end)
    return spans


_GREETED = wordset("hilste helsa helste smilte smila vinka vinket nikka nikket")
_GREETING = wordset("hei hallo heisann morn takk")
_AT_PLACE = wordset("ved i på utanfor utenfor nær")  # not "hos Kari", a person


def _later_clause_of(ctx: Context, g: int, stop: int) -> int | None:
    """A later clause of the sentence about the member: "Eg såg Tore frå gruppa
    på kiosken, han kjøpte skrapelodd" (not "…, han hilste")."""
    for k in range(g + 1, min(stop - 1, g + 16)):
        if ctx.low[k] not in _HE_SHE or ctx.tokens[k - 1].kind != "p":
            continue  # a new clause after a comma: "…, han kjøpte"
        v = ctx.next(k)
        w = ctx.word(v)
        if w is None or not (w in PRESENT or w in PAST) or w in SAY_VERBS:
            return None
        if w in _JUST_HERE or w in _GREETED or ctx.word(ctx.next(v)) in _TO_SPEAKER:  # type: ignore[arg-type]
            return None
        return v
    return None


def _member_told(ctx: Context, g: int, stop: int) -> int | None:
    """After a member mention at ``g``: "(og) ho fortalde at", "fortalde ho at"."""
    low = ctx.low
    for k in range(g + 1, stop):
        if low[k] not in SAY_VERBS:
            continue
        if _GREETING.intersection(low[k + 1 : k + 4]):
            continue  # "og så sa han hei": a greeting, not a confidence
        p, n = ctx.prev(k), ctx.next(k)
        if ctx.word(p) in _HE_SHE or ctx.word(n) in _HE_SHE:
            return k
    return None


def _next_says_of(ctx: Context, si: int, plural: bool = False) -> int | None:
    """The sentence after a member mention opens with "han/hun/ho" (or "faren
    hans") and a finite verb: how the member is. Not what the member did with
    the speaker ("Hun ringte meg")."""
    if si + 1 >= len(ctx.sentences):
        return None
    s = ctx.sentences[si + 1]
    k: int | None = s.first
    while k is not None and ctx.tokens[k].kind == "p":
        k = ctx.next(k)
    if ctx.word(k) == "og":
        k = ctx.next(k)  # type: ignore[arg-type]
    w = ctx.word(k)
    if w is None:
        return None
    if w not in _HE_SHE and not (plural and w in ("de", "dei")):
        if ctx.word(ctx.next(k)) not in _HIS_HER:  # type: ignore[arg-type]
            return None
        k = ctx.next(k)  # type: ignore[arg-type]  # "faren hans sitter på Ila"
    k = ctx.next(k)  # type: ignore[arg-type]
    hops = 0
    while k is not None and ctx.low[k] in ADVERBS and hops < 2:
        k = ctx.next(k)
        hops += 1
    v = ctx.word(k)
    if v in SAY_VERBS:
        # "Han fortalte meg at han tok opp lån": what the member confided, passed on
        n = ctx.next(k)  # type: ignore[arg-type]
        if ctx.word(n) in _TO_SPEAKER:
            n = ctx.next(n)  # type: ignore[arg-type]
        return k if ctx.word(n) in ("at", "om") else None
    if v is None or not (v in PRESENT or v in PAST):
        return None
    if ctx.word(ctx.next(k)) in _TO_SPEAKER or v in _JUST_HERE:  # type: ignore[arg-type]
        return None
    return k


_HIS_HER = wordset("hans hennes")
# "Hun kommer", "Han kjem": attendance, not a situation.
_JUST_HERE = wordset("kommer kjem kom hilser helsar helser")  # and greetings: "Hun hilser"


def _who_is_in(ctx: Context) -> list[tuple[int, int]]:
    """ "Hvem er med i gruppa?" answered with names: "jeg sa det var Hege og Stian"."""
    low = ctx.low
    toks = ctx.tokens
    if _WHO.isdisjoint(ctx.words):
        return []
    for i, w in enumerate(low):
        if w not in _WHO:
            continue
        stop = min(len(low), i + 8)
        if not any(_group_word(low[k]) for k in range(i + 1, stop)):
            continue
        v = _told_by_speaker(ctx, i + 1, min(len(low), i + 25))
        if v is None:
            continue
        for k in range(v + 1, min(len(low), v + 8)):
            if toks[k].text[:1].isupper() and _is_name(ctx, k):
                return [(toks[v].start, toks[k].end)]
    return []


def _how_they_are(ctx: Context) -> list[tuple[int, int]]:
    """ "jeg kan si litt om hvordan han har det": the speaker reporting on someone."""
    low = ctx.low
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    if _HOW.isdisjoint(ctx.words) or SAY_INFINITIVES.isdisjoint(ctx.words):
        return spans
    for i, w in enumerate(low):
        if w not in _HOW or ctx.word(ctx.next(i)) is None:
            continue
        p = ctx.prev(i)
        if ctx.word(p) == "om":
            p = ctx.prev(p)  # type: ignore[arg-type]
        for _ in range(2):  # "si (litt) (om)", "fortelle dere"
            if ctx.word(p) in SAY_INFINITIVES or p is None:
                break
            p = ctx.prev(p)
        if ctx.word(p) not in SAY_INFINITIVES or not any(
            low[k] in _I
            for k in range(max(0, p - 4), p)  # type: ignore[operator]
        ):
            continue
        who = ctx.next(i)
        end = ctx.next(ctx.next(who))  # type: ignore[arg-type]
        if (
            ctx.word(who) in ("han", "hun", "ho")
            and ctx.word(ctx.next(who)) == "har"  # type: ignore[arg-type]
            and ctx.word(end) == "det"
        ):
            spans.append((toks[p].start, toks[end].end))  # type: ignore[index]
    return spans


SAY_INFINITIVES = wordset("si seie sei fortelle fortelje fortelja")
# "Har dere hørt at …", "Visste du at …", "Veit de at …": passing on news
_HEARD = wordset("hørt høyrt visste vet veit hørte høyrde")
_YOU = wordset("du dere de dykk")
_HEARERS = _YOU | wordset("jeg eg")


def _news_about(ctx: Context) -> list[tuple[int, int]]:
    """ "Har dere hørt at Jon har begynt å drikke igjen?", "Eg høyrde at Geir drikk
    igjen": news about a named person."""
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    if "at" not in ctx.words or _HEARD.isdisjoint(ctx.words):
        return spans
    for i, w in enumerate(ctx.low):
        if w != "at":
            continue
        p = ctx.prev(i)
        if ctx.word(p) in _HEARERS:
            p = ctx.prev(p)  # type: ignore[arg-type]  # "visste du at", "hørte jeg at"
        elif not (ctx.word(p) in _HEARD and ctx.word(ctx.prev(p)) in _HEARERS):  # type: ignore[arg-type]
            continue  # not "har dere hørt at", "eg høyrde at"
        if ctx.word(p) not in _HEARD:
            continue
        n = ctx.next(i)
        if n is None or not toks[n].text[:1].isupper() or not _is_name(ctx, n):
            continue
        v = ctx.next(n)
        vw = ctx.word(v)
        if vw is not None and (vw in PRESENT or vw in PAST) and vw not in AMBIGUOUS:
            spans.append((toks[n].start, toks[v].end))  # type: ignore[index]
    return spans


def _absent(ctx: Context) -> list[tuple[int, int]]:
    """ "Jonas er ikkje her i dag, han ligg på sjukehuset", "Per og Kari var ikke i
    gruppa i dag. De har visst gått fra hverandre", "Lurer dere på hvor Per er?
    Han er innlagt igjen": an absent member's situation."""
    toks = ctx.tokens
    low = ctx.low
    spans: list[tuple[int, int]] = []
    if _NOT_HERE.isdisjoint(ctx.words) and _WHERE.isdisjoint(ctx.words):
        return spans
    for i, t in enumerate(toks):
        if not t.text[:1].isupper() or not _is_name(ctx, i):
            continue
        v = ctx.next(i)
        if ctx.word(v) == "og" and _is_name(ctx, ctx.next(v) or i):  # type: ignore[arg-type]
            v = ctx.next(ctx.next(v))  # type: ignore[arg-type]  # "Per og Kari var ikke …"
        here: int | None = None
        if ctx.word(ctx.prev(i)) in _WHERE and ctx.word(v) in ("er", "e", "var"):
            here = v  # "hvor Per er", "kor Jon er"
        elif ctx.word(v) in _BE_COME:
            neg = ctx.next(v)  # type: ignore[arg-type]
            if ctx.word(neg) in _MAYBE:
                neg = ctx.next(neg)  # type: ignore[arg-type]  # "Hege kommer nok ikke i kveld"
            if ctx.word(neg) in _NOT_HERE:
                here = _not_here(ctx, v, neg)  # type: ignore[arg-type]
        elif ctx.word(v) in _NOT_HERE and ctx.word(ctx.next(v)) in _BE_COME:  # type: ignore[arg-type]
            here = _not_here(ctx, ctx.next(v), v)  # type: ignore[arg-type]  # "sidan Ingrid ikkje kom"
        if here is None:
            continue
        s = ctx.sentence(i)
        # the next clause says how the person is: "…, han ligg på sjukehuset",
        # "…, kan eg fortelje at ho har fått utkastingsvarsel"
        # (or further on in one long spoken sentence: "… og hun er helt knust")
        k = next(
            (
                k
                for k in range(here + 1, min(s.stop - 1, here + 41))
                if (low[k] in _HE_SHE or low[k] in _HERS) and ctx.word(ctx.next(k)) in _STATE_VERBS
            ),
            None,
        )
        if k is not None and _MESSAGE.isdisjoint(low[here:k]):
            spans.append((t.start, toks[ctx.next(k)].end))  # type: ignore[index]
            continue
        nxt = _next_says_of(ctx, ctx.sent_of[i], plural=True)
        if nxt is not None:
            spans.append((t.start, toks[nxt].end))
    return spans


_ABSENCE_REASON = re.compile(
    r"\b(?:har\s+)?(?:slutta|sluttet|slutte)\s+å\s+(?:kome|komme|kom|koma)\s+(?:fordi|for|etter\s+at)\b"
    r"|\b(?:har|hadde)\s+(?:vel\s+|nok\s+|visst\s+)*(?:ikke|ikkje)\s+(?:kome|kommet|komme)\s+"
    r"(?:fordi|for\s+di|etter\s+at)\b"
    r"|\bdet\s+(?:var|va)\s+(?:jo\s+)?(?:derfor|difor|defor)\s+(?:han|hun|ho)\s+(?:var|va)\s+"
    r"(?:borte|vekke|ikkje\s+her|ikke\s+her)\b",
    re.IGNORECASE,
)


def _absence_reasons(ctx: Context) -> list[tuple[int, int]]:
    """Why a member stays away, said for them: "Ho Ragnhild har slutta å kome
    fordi ho e deprimert", "Arne har vel ikkje kome fordi kona hans har gått",
    "Kari har vore på Åsgård igjen, det va derfor ho va borte"."""
    spans = []
    for m in _ABSENCE_REASON.finditer(ctx.text):
        s = ctx.sentences[ctx.sentence_at(m.start())]
        named = any(
            ctx.tokens[k].text[:1].isupper() and _is_name(ctx, k) for k in range(s.first, s.stop)
        )
        if named:
            spans.append((m.start(), m.end()))
    return spans


def _not_here(ctx: Context, v: int, neg: int) -> int | None:
    """Where "… er/kom ikke" says that someone is not at the meeting: "er ikke
    her", "kom ikke i dag", "kommer ikke mer", "kjem ikkje," (None if it does not)."""
    after = ctx.next(max(v, neg))
    aw = ctx.word(after)
    if aw in _HERE_WORDS:
        return after
    if aw in ("i", "på"):
        nw = ctx.word(ctx.next(after))  # type: ignore[arg-type]
        if _group_word(nw) or nw in ("dag", "kveld", "møtet", "møte"):
            return ctx.next(after)  # "var ikke i gruppa", "kom ikke i dag"
    last = max(v, neg)
    ends = last + 1 >= len(ctx.tokens) or ctx.tokens[last + 1].text in (",", ".", ":", ";", "-")
    if ctx.low[v] in _COME and (aw in _ANY_MORE or ends):
        return last  # "Bjørn kommer ikke mer", "Kari kjem ikkje, ho er sjukmeld"
    return None


_BE_COME = wordset("er var kom kjem kommer e va kjøm")
_MAYBE = wordset("nok vel visst jo")
# "hun sendte en melding om at hun er syk": the member's own word to the group
_MESSAGE = wordset("melding meldinga meldingen beskjed beskjeden sms hilsen helsing")
_COME = wordset("kom kjem kommer")
_ANY_MORE = wordset("mer meir lenger lengre tilbake")
_WHERE = wordset("hvor kor")
_HE_SHE = wordset("han hun ho hu")
# "gutten hennes fikk …": the absent member's family, said after the absence
_HERS = wordset("hennes hans hennar")
_NOT_HERE = NEGATIONS
_HERE_WORDS = wordset("her med kommet kome borte vekke")
# Verbs that tell how someone is: "han ligg på sjukehuset", "ho har fått", "han drikker".
_STATE_VERBS = wordset(
    """er var har hadde ligger ligg sliter slit drikker drikk drakk fikk fekk fått mistet
    mista sitter sit kan orker orkar klarer klarar ringte ringde sa fortalte fortalde e"""
)


_THERE_VERBS = wordset("var satt sat kom er sitter sit")
_THERE = wordset("der")


_ONE_OF_THEM = wordset("ene eine")


def _one_there(ctx: Context) -> list[tuple[int, int]]:
    """ "Kveldens gruppe var tøff. Ei jente der har prøvd …", "Vi var fem i gruppa.
    Den ene har en sønn som …": one of those at the group and their situation."""
    low = ctx.low
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    if not any(_group_word(w) for w in ctx.words):
        return spans
    for i, w in enumerate(low):
        n = ctx.next(i)
        if w in ARTICLES and ctx.word(ctx.next(n)) in _THERE and n is not None:  # type: ignore[arg-type]
            if i != ctx.sentence(i).first:
                continue  # "Ei jente der …" opens its sentence
            v = ctx.next(ctx.next(n))  # type: ignore[arg-type]
        elif w in ("den", "dei") and ctx.word(n) in _ONE_OF_THEM and i == ctx.sentence(i).first:
            v = ctx.next(n)  # type: ignore[arg-type]
        else:
            continue
        vw = ctx.word(v)
        if vw is None or not (vw in PRESENT or vw in PAST) or vw in AMBIGUOUS or vw in SAY_VERBS:
            continue
        if vw in _JUST_HERE or ctx.word(ctx.next(v)) in _TO_SPEAKER:  # type: ignore[arg-type]
            continue  # "Den ene kom for sent", "En mann der hjalp meg"
        spans.append((toks[i].start, toks[v].end))  # type: ignore[index]
    return spans


def _someone_there(ctx: Context) -> list[tuple[int, int]]:
    """ "Det var en dame der som har sønnen sin på Ila", "Det var et par der, Åse
    og Tor, som har barnebarna": someone at the group described by what they
    have or do, in a text about the group."""
    low = ctx.low
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    if "som" not in ctx.words or not any(_group_word(w) for w in ctx.words):
        return spans
    for i, w in enumerate(low):
        if w != "det" or ctx.word(ctx.next(i)) not in _THERE_VERBS:
            continue
        a = ctx.next(ctx.next(i))  # type: ignore[arg-type]
        if ctx.word(a) not in ARTICLES:
            continue
        k = a
        placed = False
        for _ in range(12):  # "en dame der (, Åse og Tor fra Nittedal,) som"
            k = ctx.next(k)  # type: ignore[arg-type]
            if k is None or low[k] in ".!?":
                break
            if low[k] in _THERE or _group_word(low[k]):
                placed = True
            if low[k] == "som":
                break
        if k is None or low[k] != "som" or not placed:
            continue
        v = ctx.next(k)
        vw = ctx.word(v)
        if vw is None or not (vw in PRESENT or vw in PAST) or vw in AMBIGUOUS:
            continue
        n = ctx.next(v)  # type: ignore[arg-type]
        if ctx.word(n) in _TO_SPEAKER or (
            ctx.word(n) in PREPOSITIONS and ctx.word(ctx.next(n)) in _TO_SPEAKER  # type: ignore[arg-type]
        ):
            continue  # "en dame der som smilte til meg" is the speaker's own
        spans.append((toks[a].start, toks[v].end))  # type: ignore[index]
    return spans


def _named_in_group(ctx: Context) -> list[tuple[int, int]]:
    """ "I gruppa i dag var Randi, hun har sluttet å spise igjen": a name in a
    sentence about the group, and then what is going on with that person."""
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    for s in ctx.sentences:
        if not any(_group_word(ctx.low[k]) for k in range(s.first, s.stop)):
            continue
        for i in range(s.first, s.stop):
            if not toks[i].text[:1].isupper() or not _is_name(ctx, i) or _group_word(ctx.low[i]):
                continue
            c = ctx.next(i)
            if not _comma(ctx, c):
                continue
            h = ctx.next(c)  # type: ignore[arg-type]
            if ctx.word(h) not in _HE_SHE:
                continue
            v = ctx.next(h)  # type: ignore[arg-type]
            vw = ctx.word(v)
            if vw is None or not (vw in PRESENT or vw in PAST) or vw in SAY_VERBS:
                continue
            if vw in _JUST_HERE or ctx.word(ctx.next(v)) in _TO_SPEAKER:  # type: ignore[arg-type]
                continue
            spans.append((toks[i].start, toks[v].end))  # type: ignore[index]
    return spans


_WHO_SAT = wordset("satt sat var er sitter sit kom så såg traff møtte")


def _guess_who(ctx: Context) -> list[tuple[int, int]]:
    """ "Gjett hvem som satt i gruppa i kveld? Moren til Jonas": telling who is in
    the group (a name within the next sentence)."""
    low = ctx.low
    toks = ctx.tokens
    if _WHO.isdisjoint(ctx.words):
        return []
    for i, w in enumerate(low):
        if w not in _WHO or ctx.word(ctx.next(i)) not in ("som", "jeg", "eg"):
            continue
        v = ctx.next(ctx.next(i))  # type: ignore[arg-type]
        if ctx.word(v) in ("har", "hadde") and ctx.word(ctx.next(v)) in _JOINED:  # type: ignore[arg-type]
            v = ctx.next(v)  # type: ignore[arg-type]  # "hvem som har begynt i gruppa"
        elif ctx.word(v) not in _WHO_SAT:
            continue
        if not any(
            _group_word(low[k]) or low[k] in ("møtet", "møte")
            for k in range(v + 1, min(len(low), v + 5))  # type: ignore[operator]
        ):
            continue
        si = ctx.sent_of[i]
        if si + 1 < len(ctx.sentences):  # the answer: "Moren til Jonas", "Kona til presten"
            a = ctx.sentences[si + 1]
            if a.stop - a.first >= 3 and low[a.first + 1] == "til":
                return [(toks[i].start, toks[a.first + 2].end)]
        for k in range(v + 1, min(len(low), v + 20)):  # type: ignore[operator]
            if toks[k].text[:1].isupper() and _is_name(ctx, k) and not _group_word(low[k]):
                return [(toks[i].start, toks[k].end)]
    return []


_MED = wordset("med")
_OF_THEM = wordset("dei dem de oss")


def _told_who(ctx: Context) -> list[tuple[int, int]]:
    """ "jeg sa at læreren til lillebror er med", "eg sa at … ei av dei er kona til
    lensmannen": the speaker telling an outsider who is in the group."""
    low = ctx.low
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    if "at" not in ctx.words or not any(_group_word(w) for w in ctx.words):
        return spans
    for s in ctx.sentences:
        if not any(_group_word(low[k]) for k in range(s.first, s.stop)):
            continue
        v = _told_by_speaker(ctx, s.first, s.stop)
        if v is None or ctx.word(ctx.next(v)) != "at":
            continue
        for k in range(v + 2, s.stop):
            w = low[k]
            nxt = ctx.word(ctx.next(k))
            # "… er med, men", "… er med." (not "er med på", "er med meg")
            if w in ("er", "var") and nxt in _MED and ctx.word(ctx.prev(k)) not in _FIRST:
                after = ctx.next(ctx.next(k))  # type: ignore[arg-type]
                if after is None or ctx.tokens[after].kind == "p" or ctx.word(after) == "men":
                    spans.append((toks[v].start, toks[ctx.next(k)].end))  # type: ignore[index]
                    break
            # "ei av dei er kona til …"
            if w in _ONE and nxt == "av" and ctx.word(ctx.next(ctx.next(k))) in _OF_THEM:  # type: ignore[arg-type]
                e = ctx.next(ctx.next(ctx.next(k)))  # type: ignore[arg-type]
                if ctx.word(e) in ("er", "var", "har", "hadde"):
                    spans.append((toks[v].start, toks[e].end))  # type: ignore[index]
                    break
    return spans


def _one_of_us(ctx: Context) -> list[tuple[int, int]]:
    """ "En av oss fortalte om …" in a text about the group."""
    low = ctx.low
    toks = ctx.tokens
    if "oss" not in ctx.words or not any(_group_word(w) for w in ctx.words):
        return []
    spans = []
    for i, w in enumerate(low):
        if w in _ONE and ctx.word(ctx.next(i)) == "av":
            us = ctx.next(ctx.next(i))  # type: ignore[arg-type]
            if ctx.word(us) != "oss":
                continue
            v = ctx.next(us)  # type: ignore[arg-type]
            if ctx.word(v) in SAY_VERBS:
                spans.append((toks[i].start, toks[v].end))  # type: ignore[index]
    return spans


_HUSH = re.compile(
    r"\b(?:ikke|ikkje)\s+(?:si|sei|fortell|fortel)\s+(?:det|dette)\s+(?:videre|vidare|til\s+(?:noen|nokon))\b"
    r"|\b(?:ikke|ikkje)\s+(?:hørt|høyrt)\s+(?:det\s+)?(?:fra|frå)\s+meg\b"
    r"|\bså\s+(?:nå|no)\s+(?:vet|veit)\s+(?:du|dere|de|dykk)\s+det\b"
    r"|\b(?:ikke|ikkje)\s+(?:si|sei)\s+at\s+du\s+(?:vet|veit|har)\s+(?:det|hørt|høyrt)\b",
    re.IGNORECASE,
)


def _hushed(ctx: Context) -> list[tuple[int, int]]:
    """ "Ikkje sei det til nokon", "det har dere ikke hørt fra meg": a secret
    passed on, when the text says how a named or third person is (a pronoun
    or a name with a finite verb)."""
    if not any(
        w in ctx.words for w in ("si", "sei", "fortell", "fortel", "hørt", "høyrt", "vet", "veit")
    ):
        return []
    m = _HUSH.search(ctx.text)
    if m is None:
        return []
    toks = ctx.tokens
    for i, t in enumerate(toks):
        if t.start >= m.start() and t.end <= m.end():
            continue
        if not (ctx.low[i] in _HE_SHE or (t.text[:1].isupper() and _is_name(ctx, i))):
            continue
        v = ctx.next(i)
        vw = ctx.word(v)
        if vw is not None and (vw in PRESENT or vw in PAST) and vw not in SAY_VERBS:
            return [(m.start(), m.end())]
    return []


_MEETINGS = re.compile(
    r"\b(?:på|i|etter|frå|fra)\s+(?:møta|møtene|møtet|møte|gruppa|gruppen|gruppemøta|gruppemøtet)\b"
    r"|\bgruppa\b|\bgruppen\b",
    re.IGNORECASE,
)
_TOLD_ABOUT = wordset("om")
_RELATIVES = wordset(
    """mora moren mor faren far mannen kona sambuaren sambueren dottera datteren sønnen
    broren bror søstera søsteren syster"""
)
_TO = wordset("til te")


def _told_outside(ctx: Context) -> list[tuple[int, int]]:
    """The speaker telling someone about another's life, in a text about the
    group: "eg sa til ho at mora verkar så deprimert på møta", "så begynte jeg
    å fortelle om Siri som har bulimi", "sa te bestevennen min at sara …"."""
    if not _MEETINGS.search(ctx.text):
        return []
    low = ctx.low
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    for s in ctx.sentences:
        k = _told_by_speaker(ctx, s.first, s.stop)
        if k is None and low[s.first] in _SPEAKER_SAY and ctx.word(ctx.next(s.first)) in _TO:
            k = s.first  # sms style without "jeg": "sa te bestevennen min at …"
        if k is None:
            continue
        n = ctx.next(k)
        if ctx.word(n) in _TO_SPEAKER or ctx.word(n) in _I:
            n = ctx.next(n)  # type: ignore[arg-type]  # "sa eg", "fortalde meg"
        if ctx.word(n) in _TOLD_ABOUT:
            # "fortelle om Siri som har bulimi"
            who = ctx.next(n)  # type: ignore[arg-type]
            if who is not None and _is_name(ctx, who) and ctx.word(ctx.next(who)) == "som":  # type: ignore[arg-type]
                v = ctx.next(ctx.next(who))  # type: ignore[arg-type]
                if ctx.word(v) in _STATE_VERBS:
                    spans.append((toks[k].start, toks[v].end))  # type: ignore[index]
            continue
        # "sa til ho at mora verkar …": the receiver, then "at" and a third person
        for j in range(k + 1, min(s.stop, k + 8)):
            if low[j] != "at":
                continue
            subj = ctx.next(j)
            sw = ctx.word(subj)
            if sw is None or sw in _I or sw in ("vi", "me", "du", "dere", "dokker", "det"):
                break
            lower_member = (  # sms style: "at sara frå gruppa har …"
                toks[subj].text.islower()  # type: ignore[index]
                and sw not in KNOWN
                and ctx.word(ctx.next(subj)) in _IN  # type: ignore[arg-type]
                and _group_word(ctx.word(ctx.next(ctx.next(subj))))  # type: ignore[arg-type]
            )
            third = (
                sw in _HE_SHE or sw in _RELATIVES or _is_name(ctx, subj) or lower_member  # type: ignore[arg-type]
            ) and not _group_word(sw)
            if third:
                spans.append((toks[k].start, toks[min(s.stop - 1, subj + 3)].end))  # type: ignore[operator]
            break
    return spans


def rule(ctx: Context) -> list[Finding]:
    """taushetsplikt breaches: a named participant's words, a group-session
    retelling, or a member's situation passed on."""
    out: list[Finding] = []
    said = [(a, b, "taushetsplikt") for a, b in _named(ctx) + _group_retellings(ctx)]
    situation = _members(ctx) + _who_is_in(ctx) + _how_they_are(ctx)
    situation += _news_about(ctx) + _absent(ctx) + _someone_there(ctx) + _guess_who(ctx)
    situation += _told_who(ctx) + _one_of_us(ctx) + _hushed(ctx) + _named_in_group(ctx)
    situation += _one_there(ctx) + _absence_reasons(ctx)
    situation += [  # the speaker's telling, where no other sign has a span for it
        (a, b) for a, b in _told_outside(ctx) if not any(a < y and x < b for x, y in situation)
    ]
    found = said + [(a, b, "taushetsplikt/medlem") for a, b in situation]
    for start, end, key in sorted(set(found)):
        if any(f.start < end and start < f.end for f in out):
            continue
        out.append(
            Finding(
                "taushetsplikt",
                "brudd",
                start,
                end,
                message(key, ctx.lang),
                suggestion_text(key, ctx.lang),
            )
        )
    return out
