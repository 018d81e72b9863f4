"""her-og-na: a long story in the past with no word about how it is now.

People tell a story in several sentences or in one breath ("og så … og da …
og så …"), so the rule does not count sentences: it splits the text into
clauses (at punctuation and at clause-opening words like *og*, *men*, *så*,
*da*, *fordi*, *at*), finds each clause's finite verbs and their tense (by
the tagger when the verb table already sees a story in the making, see
:func:`finite_by_tagger`; else by the verb table, the perfect *har/hadde +
participle*, and weak-verb endings next to a subject, :func:`finite_by_table`),
and asks two questions:

- Is it a long account dominated by the past? At least :data:`MIN_PAST`
  past-tense verbs in :data:`MIN_CLAUSES` clauses and :data:`MIN_WORDS` words,
  two personal words (a story is about people), and at most one present verb
  (not counting reported speech) per four past ones. An account tied to the
  listener's situation ("Da jeg var i samme situasjon, …") is experience
  offered, not a story.
- Does it ever turn to the present? A now-word (*nå/no, i dag, fortsatt/
  framleis, akkurat …*) in a clause that is not told in the simple past ("og
  nå kjenner jeg", "nå har jeg skjønt", but not the narrative "og nå kom han
  hjem"), a present feeling verb ("jeg kjenner …"), or a story whose last
  finite verb is in the present ("… og jeg vet ikke hva jeg skal gjøre").

A long past account that never turns is a breach; the span is the whole story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..context import Context
from ..finding import Finding
from ..lexicon import ARTICLES, FEELING_VERBS, FEELINGS, KNOWN, NOW, PREPOSITIONS
from ..messages import message, suggestion_text
from ..tokens import wordset
from ..verbs import AMBIGUOUS, PARTICIPLE, PAST, PRESENT
from .generic import generic_en

__all__ = [
    "MIN_CLAUSES",
    "MIN_PAST",
    "MIN_WORDS",
    "Tenses",
    "finite_by_table",
    "finite_by_tagger",
    "rule",
    "tenses",
]

#: A story needs this many past-tense finite verbs ...
MIN_PAST = 4
#: ... in at least this many clauses ...
MIN_CLAUSES = 4
#: ... and this many words before it counts as "long".
MIN_WORDS = 20

# Subjects a finite verb follows; not "en/ein", which is far more often an
# article ("ein vinter") than the generic pronoun in a story.
_SUBJECTS = wordset("jeg eg je jæ han hun ho vi me de dei det den du man")
_HAVE = frozenset({"har", "hadde"})
_NOW_AFTER_I = frozenset({"dag", "kveld", "natt", "morgen", "morgon"})  # "i dag", "i kveld"
# Words that open a clause; a boundary before them is harmless even where
# they do something else ("så" the verb, "da" the adverb).
_CLAUSE_OPENERS = wordset(
    """og men så fordi da då når mens medan før etter at som eller enn hvis viss dersom
    om siden sidan ettersom inntil"""
)
# A clause opened by these after a telling verb is what someone said or
# thought: its present tense is reported speech, not the speaker's now.
_REPORTING = wordset("at om hva kva hvordan korleis hvorfor kvifor hvem kven som")
_CLAUSE_PUNCT = frozenset(',;:.!?…–—-()«»"')
# A verb in second place after these ("så ringte eg", "da kom han").
_V2_LEAD = wordset("så da då og men plutselig plutseleg etterpå deretter først")
_OBJECTS = wordset("meg deg seg oss dem det den han ho henne ham dei")
_DETERMINERS = wordset("en ein ei et eit den det min mi mitt din di ditt sin si sitt hans hennes")
# An account tied to the listener's situation is experience offered, not a
# story told instead of the present (vaer-synlig, not her-og-na).
_OFFERED = re.compile(
    r"\b(?:i|gjennom)\s+(?:(?:den|det)\s+)?(?:samme|same)\s*(?:situasjon(?:en)?\b|som\s+(?:deg|du)\b"
    r"|(?=[,.;]))|\b(?:noe|noko)\s+(?:lignende|liknande|liknende)\b|\bakkurat\s+som\s+deg\b"
    # Recognition of what the listener told: "Eg kjende meg att i det du sa",
    # "Sånn var det for meg også", "Da skjønte jeg at jeg ikke var den eneste".
    r"|\bkjen\w{0,3}\s+meg\s+(?:igjen|att|atten)\b"
    r"|\b(?:slik|sånn|sann)\s+var\s+det\s+(?:for|med)\s+meg\s+(?:også|og|òg|au)\b"
    r"|\b(?:ikke|ikkje)\s+(?:var\s+|er\s+)?(?:den|det)\s+(?:eneste|einaste)\b",
    re.IGNORECASE,
)
# Who speaks in a clause: the speaker, or people in general / the listener.
_OWN = wordset("jeg eg je jæ æ e meg mæ min mi mitt mine")
_NOT = wordset("ikke ikkje ikkj ikk itj kje")
_WE = wordset("vi me oss vår vårt våre")
_I_SUBJECT = wordset("jeg eg je jæ æ")
_DIALECT_FEEL = wordset("kjenne kjenn føle merke")
_BE = wordset("er e var va")
_ADDRESSED = wordset("du dere dokker dykk")
_TO_YOU = _ADDRESSED | wordset("deg dæ deres dykkar")
# "så" before these is "so (bad)", not "and then": no new clause
_DEGREE_AFTER = FEELINGS | wordset(
    """ille mye mykje bra godt lenge lite mange fint vondt vont tungt galt gale
    fælt farlig farleg sterk sterkt stor store"""
)
_ADVISING = wordset("skal bør burde må får")
_OTHER = wordset("man folk du deg dere dokker døkk alle")
_PEOPLE = wordset(
    """jeg eg je jæ æ e vi me han hun ho de dei meg mæ oss ham henne dem mamma pappa mor far
    kona mannen sambuaren"""
)
# Verb forms that in a story are nearly always an article ("det et halvt år").
_ARTICLE_LIKE = frozenset({"et"})
_ADVICE_NOUNS = wordset("råd rådet tips tipset")
_MY_ADVICE = wordset("mitt mine beste eneste einaste")
# The speaker's view now, closing a story: "… så jeg tror faktisk det var riktig".
_STANCE = wordset(
    "tror trur synes syns tenker tenkjer meiner mener håper håpar vet veit angrer angrar"
)
# Before these (or at a sentence start) "så" opens a clause: "og så kom han",
# ", så det ordner seg"; after "da" it is more often the verb ("da så jeg").
_SO_OPENS = frozenset({None, "og", "men", "å", "o"})
# "akkurat som hos dere", "akkurat sånn": "just like", not "right now".
_JUST_LIKE = wordset("som sånn slik likt like samme same")
# Weak past endings; "-ste" words are mostly adjectives ("neste", "siste").
_PAST_ENDINGS = ("te", "de", "et", "dde")


@dataclass
class Clause:
    """One clause: where it starts, what opened it, its finite verbs' tenses."""

    first: int
    opener: str | None
    tenses: list[str] = field(default_factory=list)  # "past", "perfect", "present"
    verbs: list[int] = field(default_factory=list)  # token index of each tense
    nows: list[int] = field(default_factory=list)  # token index of each now-word
    feeling: bool = False
    #: the speaker in the first person singular ("jeg", "meg", "min" …) speaks here
    own: bool = False
    #: a generic or addressed person ("man", "folk", "du", generic "ein") speaks here
    other: bool = False
    #: says that someone is not here ("Line er ikke her i kveld, men hun fortalte …")
    absent: bool = False
    #: tells the listener what to do ("… så derfor synes jeg du skal ringe en advokat")
    advice: bool = False
    #: speaks to or of the listener ("… så e trur ikkj det er så ille for deg")
    addressed: bool = False
    #: the speaker's "we" ("me fekk barnebarna då dei var tre")
    we: bool = False
    #: the speaker as a subject ("jeg", "eg"; not "broren min")
    i: bool = False

    @property
    def now(self) -> bool:
        return bool(self.nows)

    @property
    def to_listener(self) -> bool:
        """Spoken to the listener, with people in general and not the speaker:
        "mitt råd er at dere ringer en advokat nå" (its "now" is the advice's)."""
        return self.addressed and self.other and not self.own

    def now_in_present(self) -> bool:
        """A now-word whose nearest verb is not the simple past.

        "Akkurat nå kjenner jeg sorg over alt jeg mistet" speaks from now;
        "og nå kom han hjem" and "da var han fortsatt full" tell the story.
        """
        for n in self.nows:
            if not self.verbs:
                return True
            k = min(range(len(self.verbs)), key=lambda j: (abs(self.verbs[j] - n), self.verbs[j]))
            if self.tenses[k] != "past" or self.modal_wish(k):
                return True
        return False

    #: filled by :func:`tenses`: the verb words, to tell a modal past from a narrative one
    words: list[str] = field(default_factory=list)

    def modal_wish(self, k: int) -> bool:
        """ "nå skulle jeg ønske", "no ville eg gjerne": a past-form modal that
        speaks of now (a wish, a would), not a narrative past."""
        return k < len(self.words) and self.words[k] in _WISH_MODALS


# Past-form modals that after a now-word speak of the present ("nå skulle
# jeg ønske at …"); not "måtte", which tells a story ("og nå måtte han …").
_WISH_MODALS = wordset("skulle ville kunne burde")


@dataclass
class Tenses:
    """The verbs of a text, clause by clause (what :func:`rule` decides on)."""

    clauses: list[Clause]

    @property
    def past(self) -> int:
        return sum(t in ("past", "perfect") for c in self.clauses for t in c.tenses)

    @property
    def narrated(self) -> int:
        """Past verbs outside reported speech: what the speaker tells, not what
        someone said or knew ("Eg fortalde svigerfar at det sit ein kar … som har
        mist garden" is two narrated verbs and a report)."""
        return sum(
            t in ("past", "perfect")
            for c in self.clauses
            if not self._reported(c)
            for t in c.tenses
        )

    @property
    def present(self) -> int:
        """Present-tense verbs outside reported speech and a closing moral.

        Nor where only a generic person speaks inside the story ("… og man
        tenker jo ikke klart når …", "du sitte der på eit venterom og ingen kjem"):
        that is how things go for people, not the speaker's present.
        """
        return sum(
            t == "present"
            for c in self.clauses[: self._moral()]
            if not self._reported(c) and not (c.other and not c.own)
            for t in c.tenses
        )

    @property
    def with_verbs(self) -> int:
        return sum(1 for c in self.clauses if c.tenses)

    @staticmethod
    def _reported(c: Clause) -> bool:
        return c.opener in _REPORTING

    def turns_to_now(self) -> bool:
        """Does the account say anything about how it is now?"""
        for c in self.clauses:
            if c.absent:
                continue  # "Line er ikke her i kveld", "siden han ikke er her i dag kan jeg si"
            if c.advice or c.to_listener:
                # "… så du skal ringe en advokat nå", "mitt råd er at dere ringer
                # en advokat nå": the "now" of the advice, not the speaker's
                continue
            if c.now_in_present():
                return True  # "og nå kjenner jeg", "nå har jeg skjønt"
            if c.feeling and "past" not in c.tenses and not self._reported(c):
                return True  # "jeg kjenner meg så sliten"
        # "… og jeg vet ikke hva jeg skal gjøre", "… og jeg har aldri tilgitt
        # ham": the story ends in the present (reported speech aside).
        told = [c for c in self.clauses[: self._moral()] if c.tenses and not self._reported(c)]
        if not told:
            return False
        last = told[-1]
        # "… så jeg tror faktisk det var riktig å si det": the speaker's view now
        return last.tenses[-1] in ("present", "perfect") or (
            last.i and last.tenses[0] == "present" and last.words[0] in _STANCE
        )

    def offered_as_example(self) -> bool:
        """Someone else's story told to end in a word to the listener ("Jeg
        hadde en nabo som … så det kan jo være verdt et forsøk for deg også"):
        with advice in the text, advice by example, not the speaker's past kept
        from the present (:func:`rule` asks only then)."""
        k = self._moral()
        if k == len(self.clauses) or not any(c.advice or c.addressed for c in self.clauses[k:]):
            return False
        told = self.clauses[:k]
        return sum(c.i or c.we for c in told) * 5 < len(told)

    def _moral(self) -> int:
        """Where a closing moral or piece of advice begins (else the clause count).

        "…, sånn blir det jo når man vokser opp i et sånt hjem", "…, så du må
        bare komme deg ut": present clauses at the end in which a generic or
        addressed person speaks and the speaker does not. They say how things
        are for people, or what the listener should do, not how it is now for
        the speaker, so the story has not turned to the present.
        """
        k = len(self.clauses)
        other = False
        while k > 0:
            c = self.clauses[k - 1]
            if self._reported(c) and "present" not in c.tenses:
                k -= 1  # "… og ikke vente sånn som jeg gjorde": part of the closing
                continue
            if c.advice or (
                c.addressed and "past" not in c.tenses and (not c.now_in_present() or c.to_listener)
            ):
                # advice or a comment to the listener, whoever frames it: "så
                # derfor synes jeg du skal …", "så e trur ikkj det er så ille for deg"
                other = True
                k -= 1
                continue
            if c.own or "past" in c.tenses or "perfect" in c.tenses or c.now_in_present():
                break
            other = other or c.other
            k -= 1
        return k if other else len(self.clauses)


def _so_opens(ctx: Context, i: int) -> bool:
    """ "så" at ``i`` opens a clause ("og så kom han", "… med personale så det
    ordner seg") rather than being the verb "saw" ("jeg så ham")."""
    if ctx.word(ctx.prev(i)) in _SO_OPENS:
        return True
    n = ctx.next(i)
    if ctx.word(n) not in _SUBJECTS or n is None:
        return False
    v = ctx.word(ctx.next(n))
    return v is not None and (v in PRESENT or v in PAST) and v not in AMBIGUOUS


def _verb_by_context(ctx: Context, i: int) -> bool:
    """An ambiguous form used as a verb: "og la meg", "satt i stolen", "vasket opp"."""
    nw = ctx.word(ctx.next(i))
    pw = ctx.word(ctx.prev(i))
    if nw in _OBJECTS:
        return True
    return nw in PREPOSITIONS and pw is not None and pw not in _DETERMINERS


def _perfect(ctx: Context, i: int) -> bool:
    """ "har vært", "hadde (ikke) fått": the perfect tense tells the story too."""
    n = ctx.next(i)
    for _ in range(3):  # "har (ikke) vært"
        if n is None or not ctx.is_adverb(ctx.low[n]):
            break
        n = ctx.next(n)
    return ctx.word(n) in PARTICIPLE or (n is not None and ctx.word(ctx.next(n)) in PARTICIPLE)


def finite_by_table(ctx: Context, i: int, w: str) -> str | None:
    """The tense of token ``i`` if it is a finite verb: "past", "perfect", "present"."""
    if w in _ARTICLE_LIKE:
        return None
    p = ctx.prev(i)
    pw = ctx.word(p)
    after_subject = pw in _SUBJECTS
    if w in _HAVE and _perfect(ctx, i):
        return "perfect" if w == "har" else "past"
    if w in AMBIGUOUS and not (after_subject or _verb_by_context(ctx, i)):
        return None
    if w in PAST:
        return "past"
    if w in PRESENT:
        return "present"
    if len(w) <= 3 or w in KNOWN:
        return None
    # An unknown word right after a subject, or in second place before one
    # ("så ringte eg"), is a verb when its ending says so.
    inverted = pw in _V2_LEAD and ctx.word(ctx.next(i)) in _SUBJECTS
    if not (after_subject or inverted):
        return None
    if w.endswith(_PAST_ENDINGS) and not w.endswith("ste"):
        return "past"
    if ctx.lang == "nn" and w.endswith("a"):
        return "past"
    if w.endswith(("er", "ar")):
        return "present"
    return None


def finite_by_tagger(ctx: Context, i: int, w: str) -> str | None:
    """:func:`finite_by_table` by the tagger: a ``VERB``/``AUX`` in the present or past."""
    tag = ctx.tag(i)
    if tag.upos not in ("VERB", "AUX") or tag.form not in ("pres", "past"):
        # The tagger learnt from written news; spoken Nynorsk past forms
        # ("ringde", "løy") it may take for nouns. A past form from the verb
        # table that is never anything else still counts.
        return "past" if w in PAST and w not in AMBIGUOUS and w not in _ARTICLE_LIKE else None
    if w in _HAVE and _perfect(ctx, i):
        return "perfect" if w == "har" else "past"
    return "past" if tag.form == "past" else "present"


#: The tagger reads at most this many tokens of a text (about 0.02 ms each);
#: later sentences of a pasted essay are read with the verb table.
TAG_BUDGET = 400


def _tag_sentences(ctx: Context) -> set[int]:
    """Tag sentences from the start within :data:`TAG_BUDGET`; their indices.

    Asking for a sentence's last word tags the whole sentence once.
    """
    done: set[int] = set()
    used = 0
    for si, s in enumerate(ctx.sentences):
        used += s.stop - s.first
        if used > TAG_BUDGET:
            break
        ctx.tag(s.stop - 1)
        done.add(si)
    return done


#: Finite verbs and their tense from the tagger (True) or from the verb table
#: and endings (False). The tagger finds finite verbs better (F1 0.98 against
#: 0.90 on written UD, 0.96 against 0.95 on speech; docs/feedback.md).
USE_TAGGER = True


def tenses(ctx: Context, tagged: bool | None = None) -> Tenses:
    """Split the text into clauses and find each one's finite verbs and now-words.

    ``tagged`` chooses the tagger or the verb table (default :data:`USE_TAGGER`).
    """
    low = ctx.low
    toks = ctx.tokens
    if tagged is None:
        tagged = USE_TAGGER
    by_tagger = _tag_sentences(ctx) if tagged else set()
    clauses = [Clause(0, None)]
    sentence = 0
    for i, w in enumerate(low):
        cur = clauses[-1]
        if ctx.sent_of[i] != sentence:
            sentence = ctx.sent_of[i]
            cur = Clause(i, None)
            clauses.append(cur)
        if toks[i].kind == "p":
            if w in _CLAUSE_PUNCT and (cur.tenses or cur.now or cur.opener):
                clauses.append(Clause(i + 1, None))
            continue
        if w in _CLAUSE_OPENERS and not (w == "så" and ctx.word(ctx.next(i)) in _DEGREE_AFTER):
            if cur.tenses or cur.now:
                cur = Clause(i, w)
                clauses.append(cur)
            elif cur.opener is None or w in _REPORTING:
                cur.opener = w  # "og at", "men så": the inner word says more
            if w not in ("så", "da", "då"):
                continue  # "så" and "da" may also be a verb or a now-word's partner
        if w == "her" and (
            ctx.word(ctx.prev(i)) in _NOT
            or (ctx.word(ctx.prev(i)) in _BE and ctx.word(ctx.prev(ctx.prev(i))) in _NOT)  # type: ignore[arg-type]
        ):
            cur.absent = True  # "ikke her", "som ikke er her"
        if w in _ADDRESSED and ctx.word(ctx.next(i)) in _ADVISING and not cur.advice:
            cur.advice = True  # "så derfor synes jeg du skal ringe en advokat"
        if w in _ADVICE_NOUNS and ctx.word(ctx.prev(i)) in _MY_ADVICE:
            cur.advice = True  # "så mitt råd er at dere ringer en advokat"
        if w in _TO_YOU:
            cur.addressed = True  # "så e trur ikkj det er så ille for deg"
        if (
            w in ("skal", "skall")
            and ctx.word(ctx.next(i)) == "du"
            and ctx.word(
                ctx.next(ctx.next(i))  # type: ignore[arg-type]
            )
            in ("se", "sjå")
        ):
            continue  # "det gjekk bra til slutt, skal du sjå": a comforting tag, not a tense
        if w in _WE:
            cur.we = True
        if w in _I_SUBJECT:
            cur.i = True
        if w in _DIALECT_FEEL and ctx.word(ctx.prev(i)) in _I_SUBJECT:
            # "æ kjenne at æ e stolt": spoken present of a feeling verb
            cur.tenses.append("present")
            cur.verbs.append(i)
            cur.words.append(w)
            cur.feeling = True
            continue
        if w in _OWN:
            cur.own = True
        elif w in _OTHER or (w in ("en", "ein") and generic_en(ctx, i)):
            cur.other = True
        if w in NOW or (w == "i" and ctx.word(ctx.next(i)) in _NOW_AFTER_I):
            if not (w == "akkurat" and ctx.word(ctx.next(i)) in _JUST_LIKE):
                cur.nows.append(i)
            continue
        if w == "så" and _so_opens(ctx, i):
            continue  # "… og så det ordner seg": the clause opener, not the verb "saw"
        if ctx.word(ctx.prev(i)) in ARTICLES and w not in PAST and w not in PRESENT:
            # "ein vinter", "en sommer": a noun after an article, whatever the
            # tagger says (not "ein fekk", the generic pronoun and a past verb)
            continue
        tense = (finite_by_tagger if sentence in by_tagger else finite_by_table)(ctx, i, w)
        if tense is None:
            continue
        cur.tenses.append(tense)
        cur.verbs.append(i)
        cur.words.append(w)
        if tense == "present" and w in FEELING_VERBS:
            cur.feeling = True  # "jeg kjenner …" speaks from the present
    kept: list[Clause] = []
    for c in clauses:
        if c.tenses or c.now:
            kept.append(c)
        elif kept:
            # a clause of its own only by its opener ("… er så ille for deg"):
            # who it speaks to belongs to the clause before
            kept[-1].addressed = kept[-1].addressed or c.addressed
            kept[-1].advice = kept[-1].advice or c.advice
    return Tenses(kept)


def _people(ctx: Context) -> int:
    """Personal words; a generic narrator *en/ein* counts when a past verb stands
    next to it ("så fikk en svar", "en søkte"), as it does in a story."""
    n = 0
    for i, w in enumerate(ctx.low):
        narrator = (
            w in ("en", "ein")
            and (ctx.word(ctx.prev(i)) in PAST or ctx.word(ctx.next(i)) in PAST)
            and ctx.word(ctx.prev(i)) not in AMBIGUOUS
        )
        if w in _PEOPLE or narrator:
            n += 1
    return n


def rule(ctx: Context, advised: bool = False) -> list[Finding]:
    """One her-og-na finding spanning the story, or none.

    ``advised``: the advice rule found advice in the text (then someone
    else's story that ends in a word to the listener is advice by example).
    """
    words = sum(1 for t in ctx.tokens if t.kind == "w")
    if words < MIN_WORDS:
        return []
    if _people(ctx) < 2:
        return []  # a story told in a group is about people: a report of events is not
    if _OFFERED.search(ctx.text):
        return []  # "Da jeg var i samme situasjon, …": experience offered to the other
    found = tenses(ctx, tagged=False)
    if USE_TAGGER and found.past >= MIN_PAST - 2:
        # the verb table sees a story in the making: let the tagger count
        found = tenses(ctx, tagged=True)
    past = found.past
    if past < MIN_PAST or found.with_verbs < MIN_CLAUSES or found.present * 4 > past:
        return []
    if found.narrated < MIN_PAST:
        return []
    if found.turns_to_now() or (advised and found.offered_as_example()):
        return []
    start, end = ctx.sentences[0].start, ctx.sentences[-1].end
    tail = suggestion_text("her-og-na", ctx.lang)
    return [
        Finding(
            "her-og-na",
            "brudd",
            start,
            end,
            message("her-og-na", ctx.lang),
            f"{ctx.text[start:end]} {tail}",
        )
    ]
