"""A second signal beside the rules: one linear classifier per principle.

The rules find what they have words for; a comfort, an overruling or a piece of
gossip in words no rule lists passes them. This classifier was trained
(``verksted train-classifier``, :mod:`widgets.feedback.classifier_train`) on the
labelled utterances in ``tests/data`` to say, per principle, how likely it is
that a text goes against it, from its words and word pairs. Where the rules
found nothing for a principle and the classifier is sure (probability at least
:data:`THRESHOLD` in the model file), :func:`rule` reports that principle on
the sentence that scores highest, with a message that says what it looks like.

Standard library only; the weights (``data/classifier.bin``, integers in plain arrays) load
on the first text checked, never on import.
"""

from __future__ import annotations

import _thread
import array
import math
import os
import sys
import zlib
from itertools import pairwise
from typing import TYPE_CHECKING

from .finding import Finding
from .lexicon import SAY_VERBS, wordset
from .messages import message, suggestion_text
from .verbs import PARTICIPLE

if TYPE_CHECKING:
    from pathlib import Path

    from .context import Context

__all__ = ["MODEL_PATH", "Classifier", "features", "load", "rule", "use"]

# A plain path, not a pathlib.Path: importing the engine stays as light as it
# was (pathlib and json add over 1 MB to a fresh process; pages have them anyway).
MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "classifier.bin")
MAGIC = b"VCLF1\n"
#: Weights are stored as integers: this many per unit.
SCALE = 1000


def features(words: list[str]) -> set[str]:
    """The features of a run of lower-cased words: each word, and each pair in a row.

    A pair is the two words with a space between (a word never holds one); the
    first word of a run pairs with ``<s>``.
    """
    out = set(words)
    prev = "<s>"
    for w in words:
        out.add(prev + " " + w)
        prev = w
    return out


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8", "surrogatepass")) or 1  # 0 marks a free slot


class Classifier:
    """Integer weights in an open-addressing hash table: per feature, one per principle.

    ``keys`` holds the CRC-32 of each feature (a power of two in size, at most
    60 % full, linear probing); the weights of slot ``k`` are
    ``weights[k * n : (k + 1) * n]`` for the ``n`` principles. About 12 bytes
    per slot, no string kept. The file is the header (JSON) and the two arrays
    as they are in memory (little-endian).
    """

    def __init__(self, blob: bytes | memoryview) -> None:
        view = memoryview(blob)
        if bytes(view[: len(MAGIC)]) != MAGIC:
            raise ValueError("not a classifier model file")
        pos = len(MAGIC)
        hlen = int.from_bytes(view[pos : pos + 4], "little")
        import json

        try:
            header = json.loads(bytes(view[pos + 4 : pos + 4 + hlen]).decode("utf-8"))
            self.principles: tuple[str, ...] = tuple(header["principles"])
            self.threshold: float = float(header["threshold"])
            self.scale: int = int(header["scale"])
            self.bias: list[int] = [int(b) for b in header["bias"]]
            slots = int(header["slots"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise ValueError(f"classifier model file is damaged: {exc}") from None
        self.meta: dict = header.get("meta", {})
        n = len(self.principles)
        pos += 4 + hlen
        # Straight from the file's bytes into the arrays: no copy is left behind.
        self.keys = array.array("I")
        self.keys.frombytes(view[pos : pos + 4 * slots])
        pos += 4 * slots
        self.weights = array.array("h")
        self.weights.frombytes(view[pos : pos + 2 * slots * n])
        view.release()
        if sys.byteorder != "little":
            self.keys.byteswap()
            self.weights.byteswap()
        if (
            len(self.keys) != slots
            or len(self.weights) != slots * n
            or len(self.bias) != n
            or slots & (slots - 1)
        ):
            raise ValueError("classifier model file is damaged")
        self.mask = slots - 1
        # The decision in integer units: sigmoid(z / scale) >= threshold.
        self.cut = math.log(self.threshold / (1 - self.threshold)) * self.scale

    @classmethod
    def build(
        cls,
        principles: list[str],
        weights: dict[str, list[int]],
        bias: list[int],
        threshold: float,
        meta: dict | None = None,
    ) -> bytes:
        """The model file for integer ``weights`` (feature -> one per principle)."""
        n = len(principles)
        slots = 1
        while slots * 0.6 < len(weights) + 1:
            slots *= 2
        keys = array.array("I", bytes(4 * slots))
        table = array.array("h", bytes(2 * slots * n))
        mask = slots - 1
        for feature in sorted(weights):
            h = _hash(feature)
            k = h & mask
            while keys[k] and keys[k] != h:
                k = (k + 1) & mask
            keys[k] = h  # two features with one hash share a slot: their weights add up
            for j, w in enumerate(weights[feature]):
                table[k * n + j] = max(-32768, min(32767, table[k * n + j] + w))
        if sys.byteorder != "little":
            keys.byteswap()
            table.byteswap()
        header = {
            "principles": principles,
            "threshold": threshold,
            "scale": SCALE,
            "bias": bias,
            "slots": slots,
            "meta": meta or {},
        }
        import json

        head = json.dumps(header, sort_keys=True, ensure_ascii=False).encode("utf-8")
        # Not compressed: the arrays are read straight into memory (0.4–0.8 MB on disk).
        return MAGIC + len(head).to_bytes(4, "little") + head + keys.tobytes() + table.tobytes()

    def logits(self, feats: set[str]) -> list[int]:
        """Per principle (in :attr:`principles` order), the score before the sigmoid."""
        z = list(self.bias)
        n = len(z)
        keys, weights, mask, crc = self.keys, self.weights, self.mask, zlib.crc32
        for f in feats:
            h = crc(f.encode("utf-8", "surrogatepass")) or 1
            k = h & mask
            while True:
                got = keys[k]
                if got == h:
                    base = k * n
                    for j in range(n):
                        z[j] += weights[base + j]
                    break
                if not got:
                    break
                k = (k + 1) & mask
        return z

    def probabilities(self, words: list[str]) -> dict[str, float]:
        """Per principle, the probability that text with these words goes against it."""
        z = self.logits(features(words))
        return {
            p: 1 / (1 + math.exp(-max(-30.0, min(30.0, s / self.scale))))
            for p, s in zip(self.principles, z, strict=True)
        }


_model: Classifier | None = None
_lock = _thread.allocate_lock()
_state = {"off": False}


def use(model: Classifier | str | Path | bool | None) -> None:
    """Score with another model (a :class:`Classifier` or a file), ``False`` for none.

    ``None`` or ``True`` goes back to the shipped model. For measuring (the
    rules alone, or a model trained without a batch); pages never call it.
    """
    global _model  # noqa: PLW0603 - the one loaded model, swapped for measuring
    with _lock:
        _state["off"] = model is False
        if isinstance(model, (str, os.PathLike)):
            model = Classifier(_read(model))
        _model = model if isinstance(model, Classifier) else None


def _read(path: str | Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def load(path: str | Path | None = None) -> Classifier:
    """The model in ``path``; without a path the shipped one, read once and kept."""
    global _model  # noqa: PLW0603 - loaded on first use, never on import
    if path is not None:
        return Classifier(_read(path))
    model = _model
    if model is None:
        with _lock:
            if _model is None:
                _model = Classifier(_read(MODEL_PATH))
            model = _model
    return model


def _words(ctx: Context, first: int, stop: int) -> list[str]:
    return [t.low for t in ctx.tokens[first:stop] if t.kind == "w"]


def rule(ctx: Context, found: set[str], skip: frozenset[str] = frozenset()) -> list[Finding]:
    """Findings for the principles the rules did not find (``found``) and the model is sure of.

    ``skip``: principles the rules have a reason to leave out here (the
    speaker asked before advising). A finding's span is the sentence that
    scores highest for that principle; for her-og-na, which is about the
    whole account, it is the whole text.
    """
    words = _words(ctx, 0, len(ctx.tokens))
    if not words or _state["off"]:
        return []
    model = load()
    z = model.logits(features(words))
    out: list[Finding] = []
    me = _only_about_me(words)
    asks = _asks_of_you(ctx, words)
    for k, principle in enumerate(model.principles):
        if principle in found or principle in skip or z[k] < model.cut:
            continue
        if me and principle in _SAID_TO_SOMEONE:
            continue
        if principle == "ikke-gi-rad" and "si-jeg" in found and _YOU.isdisjoint(words):
            continue  # «Ein må berre ta ein dag om gongen»: no one is advised (si-jeg)
        if principle == "dele-smerte" and _reminds_of_a_deed(words):
            continue  # «Du har jo sagt det før»: what the listener did, not a silver lining
        if principle in ("dele-smerte", "din-sannhet") and _only_validates(words):
            continue  # «…, det skjønner jeg er tungt»: recognition, with no "but"
        if asks and principle in _SAID_TO_SOMEONE:
            continue  # «Må du jobbe i morgen?» asks about the listener's plans
        if principle == "taushetsplikt" and not _someone_else(ctx, words):
            continue  # «Jeg er heldig som har dere i gruppa»: no one is talked about
        if principle == "taushetsplikt" and not _passed_on(words):
            continue  # «Eg køyrde forbi huset til Geir og tenkte på han»: nothing told
        if principle == "her-og-na" or len(ctx.sentences) == 1:
            start, end = ctx.tokens[0].start, ctx.tokens[-1].end
        else:
            best = max(
                ctx.sentences,
                key=lambda s: model.logits(features(_words(ctx, s.first, s.stop)))[k],
            )
            start, end = best.start, best.end
        if principle in _SAID_TO_SOMEONE and ctx.claimed(start, end):
            # the rules have read this sentence as comfort or overruling
            # («Ikkje ta det så tungt» is comfort, not also advice)
            continue
        out.append(
            Finding(
                principle,
                "brudd",
                start,
                end,
                message(principle + "/likner", ctx.lang),
                _SUGGESTION.get(principle) and suggestion_text(_SUGGESTION[principle], ctx.lang),
            )
        )
    return out


# Advice, comfort and overruling are said to someone. A text that speaks of
# the speaker alone («Hvis jeg hadde visst det, ville jeg ha ringt før») is
# none of them, whatever its words score.
_SAID_TO_SOMEONE = frozenset({"ikke-gi-rad", "dele-smerte", "din-sannhet"})
_I = wordset("jeg eg æ meg min mi mitt mine")
_YOU = wordset("du deg din di ditt dine dere dykk dokker dokk deres dykkar dokkers")


def _only_about_me(words: list[str]) -> bool:
    return not _I.isdisjoint(words) and _YOU.isdisjoint(words)


_ASK_MODALS = wordset("må skal kan vil blir er var")
_UNDERSTAND = wordset("skjønner skjønar forstår skjønne")
_BUT = wordset("men likevel uansett allikevel")
_NOT = wordset("ikke ikkje ikkj itj ikek kje")


def _only_validates(words: list[str]) -> bool:
    """ "det skjønner jeg er tungt", "jeg forstår at det er vondt": the speaker
    recognises the other's pain and does not go on with a "but"."""
    if not _BUT.isdisjoint(words):
        return False
    return any(
        w in _UNDERSTAND and nxt not in _NOT and (i == 0 or words[i - 1] not in _NOT)
        for i, (w, nxt) in enumerate(pairwise([*words, ""]))
    )  # not "eg skjønar ikkje kvifor"


def _reminds_of_a_deed(words: list[str]) -> bool:
    """A short «du har (jo) sagt det før»: "du har" and a participle, the
    perfect of something the listener did ("du har jo barna" has no participle)."""
    if len(words) > 8 or words[:2] != ["du", "har"]:
        return False
    rest = [w for w in words[2:5] if w not in _SOFT_WORDS]
    return bool(rest) and rest[0] in PARTICIPLE


_SOFT_WORDS = wordset("jo da nok vel sikkert bare berre")


_WH = wordset("hvem hva hvordan hvor når kven kva korleis kor koss åssen ka kem")


def _asks_of_you(ctx: Context, words: list[str]) -> bool:
    """One short question to the listener: «Må du jobbe i morgen?», «Hvem følger
    deg opp nå?» (not «Har du prøvd lydterapi?», which the rules read)."""
    if len(ctx.sentences) != 1 or not ctx.sentences[0].question or len(words) > 8:
        return False
    if words[0] in _WH and words[1:2] != ["med"]:
        return True  # «Hvem følger deg opp nå?» (not «Hva med å …?»)
    return len(words) <= 6 and words[0] in _ASK_MODALS and words[1:2] == ["du"]


# Gossip is about someone: a third person, or a name.
_THIRD = wordset(
    """han hun ho hen ham henne honom hans hennar hennes de dei dem deira deres
    noen nokon ei mannen kona sønnen dottera datteren"""
)
_ONE = wordset("en ein")
_ONE_OF = wordset("i fra frå av som")  # "en i gruppa", not "med en gang"


def _someone_else(ctx: Context, words: list[str]) -> bool:
    if not _THIRD.isdisjoint(words):
        return True
    if any(w in _ONE and nxt in _ONE_OF for w, nxt in pairwise(words)):
        return True
    return any(
        t.kind == "w" and t.text[:1].isupper() and t.low not in _I and i != s.first
        for s in ctx.sentences
        for i, t in enumerate(ctx.tokens[s.first : s.stop], s.first)
    )


# Gossip passes something on, or speaks of someone who is not there: a telling
# word, the group or a meeting, or an absence. Without any of them a name and a
# hard matter are the speaker's own life («Søstera mi, Kari, har kreft»).
_PASSING_ON = SAY_VERBS | wordset(
    """skreiv posta postet la snakka snakket prata pratet spurte spurde hørt høyrt
    hørte høyrde visst visstnok sladre sladra sladret gruppa gruppen gruppe møtet
    møte sist borte fraværende fråverande her"""
)
_COMES = wordset("kom kommer kjem kjøm møtte")
_NOT_TOLD = wordset("ingenting ingen")
_ANYTHING = wordset("noe noko nokon noen noka")
_MORE = wordset("mer meir mere")


def _passed_on(words: list[str]) -> bool:
    padded = [*words, "", ""]
    for k, w in enumerate(words):
        nxt, after = padded[k + 1], padded[k + 2]
        if w in _SAY_NOTHING and (
            (nxt in _NOT_TOLD and after not in _MORE) or (nxt in _NOT and after in _ANYTHING)
        ):
            return False  # «… men eg sa ikkje noko om gruppa til nokon» (not «ingenting meir»)
    if not _PASSING_ON.isdisjoint(words) or any("grupp" in w or "møte" in w for w in words):
        return True  # also «gruppemøtet», «sorggruppa»
    # «Anita kommer ikke i dag», «kvifor Sigrid ikkje kjem»
    return any(
        (a in _COMES and b in _NOT) or (a in _NOT and b in _COMES) for a, b in pairwise(words)
    )


_SAY_NOTHING = wordset("sa sagde fortalte fortalde nevnte nemnde")


# The fixed rewrite shown with a finding of the classifier's, per principle.
_SUGGESTION = {
    "ikke-gi-rad": "rad/generell",
    "dele-smerte": "dele-smerte",
    "din-sannhet": "din-sannhet",
    "her-og-na": "her-og-na",
    "taushetsplikt": "taushetsplikt/medlem",
}
