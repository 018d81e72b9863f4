"""Part-of-speech tagger for Norwegian (Bokmål and Nynorsk), standard library only.

An averaged perceptron, trained on the Norwegian Dependency Treebank by
``verksted train-tagger`` (:mod:`widgets.feedback.tagger_train`), tags greedily
left to right. It predicts the universal part of speech (UPOS, as the UD
Norwegian treebanks use it: *ein* the pronoun is ``PRON``, the article ``DET``;
*være*, *ha* and the modals are ``AUX`` when they go with another verb) and,
for verbs, the form: ``pres``, ``past``, ``inf``, ``imp`` or ``part``.

    >>> [t.upos for t in tag(["Ein", "må", "tole", "mykje", "."], "nn")]
    ['PRON', 'AUX', 'VERB', 'ADJ', 'PUNCT']

The weights live in ``data/tagger.bin`` and are loaded on the first call to
:func:`tag` (about 2 MB in memory), never on import: pages that do not check
free text never pay for them.

Compact representation: each feature string is hashed with CRC-32; the
model is an open-addressing hash table in an ``array`` of those hashes (a
power of two in size, at most half full, linear probing; 0 marks a free slot),
with offsets into two parallel arrays of label ids and int16 weights. No dict
keyed by strings, so the model costs about 20 bytes per feature.
"""

from __future__ import annotations

import array
import bisect
import json
import sys
import threading
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "MODEL_PATH",
    "VERB_FORMS",
    "Model",
    "Tag",
    "feature_hash",
    "features",
    "is_loaded",
    "load",
    "tag",
]

MODEL_PATH = Path(__file__).with_name("data") / "tagger.bin"
MAGIC = b"VTAG1\n"
#: The verb forms a ``VERB``/``AUX`` tag carries.
VERB_FORMS = ("pres", "past", "inf", "imp", "part")

# Speech: hesitation sounds and broken-off words ("kj-", "ha-") are X, as in
# UD's NynorskLIA; the written treebank has none, so they are not left to the
# weights. (A written compound's first part, "skatte- og avgiftspolitikk", is
# longer and stays a noun.)
HESITATIONS = frozenset({"e", "em", "eh", "ehm", "øh", "øhm"})

START = ("-S1-", "-S2-")
END = ("-E1-", "-E2-")


@dataclass(frozen=True, slots=True)
class Tag:
    """One word's tag: ``upos`` (UD part of speech), ``form`` and ``lemma``.

    ``form`` is the verb form (one of :data:`VERB_FORMS`) for ``VERB`` and
    ``AUX``, else ``None``. ``lemma`` is the treebank's most frequent lemma
    for the word with that tag, or the lower-cased word when the treebank
    had no other.
    """

    upos: str
    form: str | None
    lemma: str


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if any(c.isdigit() for c in w):
        return "dx"
    if not any(c.isalpha() for c in w):
        return "p"
    if w.isupper() and len(w) > 1:
        return "AA"
    if w[0].isupper():
        return "Aa"
    if "-" in w:
        return "a-a"
    return "a"


def word_features(w: str, lang: str) -> list[str]:
    """Features of the word alone (cached per word at run time)."""
    lw = w.lower()
    f = [
        "b",
        "w=" + lw,
        "s=" + _shape(w),
        "v=" + lang,
        "vw=" + lang + lw,
    ]
    n = len(lw)
    for k in (1, 2, 3, 4):
        if n > k:
            f.append(f"x{k}=" + lw[-k:])
    for k in (1, 2, 3):
        if n > k + 1:
            f.append(f"p{k}=" + lw[:k])
    if n > 12:
        f.append("long")
    return f


def context_features(lows: Sequence[str], i: int, t1: str, t2: str, first_cap: bool) -> list[str]:
    """Features of word ``i``'s neighbours and the two tags before it.

    ``lows`` is the padded lower-cased sentence: two start symbols, the
    words, two end symbols; ``i`` indexes it.
    """
    w = lows[i]
    p1, p2, n1, n2 = lows[i - 1], lows[i - 2], lows[i + 1], lows[i + 2]
    return [
        "t1=" + t1,
        "t2=" + t2 + t1,
        "t1w=" + t1 + w,
        "w1=" + p1,
        "w1w=" + p1 + " " + w,
        "w2=" + p2,
        "n1=" + n1,
        "wn1=" + w + " " + n1,
        "n2=" + n2,
        "n1x3=" + n1[-3:],
        "wn1x3=" + w + " " + n1[-3:],
        "n1x2=" + n1[-2:],
        "n2x3=" + n2[-3:],
        "w1x3=" + p1[-3:],
        "t1n1=" + t1 + n1,
        "fc" if first_cap else "nfc",
    ]


def features(words: Sequence[str], i: int, lang: str, t1: str, t2: str) -> list[str]:
    """All features of ``words[i]`` (training uses this; tagging splits it for speed)."""
    lows = [*START[::-1], *(w.lower() for w in words), *END]
    first_cap = i == 0 and words[0][:1].isupper()
    return word_features(words[i], lang) + context_features(lows, i + 2, t1, t2, first_cap)


def feature_hash(s: str) -> int:
    """The 32-bit key of a feature (never 0, which marks a free slot)."""
    return zlib.crc32(s.encode("utf-8", "surrogatepass")) or 1


class Model:
    """Weights in compact arrays; :meth:`tag` tags one sentence."""

    def __init__(self, blob: bytes) -> None:
        if not blob.startswith(MAGIC):
            raise ValueError("not a tagger model file")
        data = zlib.decompress(blob[len(MAGIC) :])
        hlen = int.from_bytes(data[:4], "little")
        header = json.loads(data[4 : 4 + hlen].decode("utf-8"))
        pos = 4 + hlen
        self.labels: list[str] = header["labels"]
        self.scale: float = header["scale"]
        self.meta: dict = header.get("meta", {})
        arrays = []
        for code, count in header["arrays"]:
            a = array.array(code)
            size = a.itemsize * count
            a.frombytes(data[pos : pos + size])
            if sys.byteorder != "little":
                a.byteswap()
            arrays.append(a)
            pos += size
        self.keys, self.offsets, self.label_ids, self.weights = arrays[:4]
        self.mask = len(self.keys) - 1
        self.features = sum(1 for k in self.keys if k)
        self._lemma_blob = data[pos:].decode("utf-8")
        self._lemma_keys = self._lemma_blob.split("\n") if self._lemma_blob else []
        self._split = {lab: tuple([*lab.split(":"), None][:2]) for lab in self.labels}
        self._cache: dict[str, list[int]] = {}

    # -- scoring ----------------------------------------------------------------
    def _add(self, scores: list[int], feats: Sequence[str]) -> None:
        keys, offsets, ids, weights = self.keys, self.offsets, self.label_ids, self.weights
        mask = self.mask
        crc = zlib.crc32
        for f in feats:
            h = crc(f.encode("utf-8", "surrogatepass")) or 1
            k = h & mask
            while True:
                got = keys[k]
                if got == h:
                    for j in range(offsets[k], offsets[k + 1]):
                        scores[ids[j]] += weights[j]
                    break
                if not got:
                    break
                k = (k + 1) & mask

    def _word_scores(self, w: str, lang: str) -> list[int]:
        key = lang + w
        got = self._cache.get(key)
        if got is None:
            got = [0] * len(self.labels)
            self._add(got, word_features(w, lang))
            if len(self._cache) > 20000:
                self._cache.clear()
            self._cache[key] = got
        return got

    def predict(self, words: Sequence[str], lang: str, stop: int | None = None) -> list[str]:
        """The label (``UPOS`` or ``UPOS:form``) of each word (of the first ``stop`` words).

        Tagging runs left to right and a word's tag depends only on the words
        around it and the tags before it, so ``stop`` gives the same labels
        as tagging the whole sentence, for less work.
        """
        if not words:
            return []
        lows = [*START[::-1], *(w.lower() for w in words), *END]
        first_cap = words[0][:1].isupper()
        t2, t1 = START[1], START[0]
        out: list[str] = []
        labels = self.labels
        for i, w in enumerate(words[:stop]):
            if lows[i + 2] in HESITATIONS or (1 < len(w) < 5 and w[-1] == "-" and w[0].isalpha()):
                t2, t1 = t1, "X"
                out.append(t1)
                continue
            scores = list(self._word_scores(w, lang))
            self._add(scores, context_features(lows, i + 2, t1, t2, first_cap and i == 0))
            best = max(range(len(scores)), key=scores.__getitem__)
            t2, t1 = t1, labels[best]
            out.append(t1)
        return out

    # -- lemmas -----------------------------------------------------------------
    def lemma(self, word: str, upos: str, lang: str) -> str:
        """Most frequent treebank lemma of ``word`` as ``upos`` (else the word, lower-cased)."""
        low = word.lower()
        prefix = f"{lang}\t{low}\t{upos}\t"
        keys = self._lemma_keys
        k = bisect.bisect_left(keys, prefix)
        if k < len(keys) and keys[k].startswith(prefix):
            return keys[k][len(prefix) :]
        return low

    def tag(self, words: Sequence[str], lang: str, stop: int | None = None) -> list[Tag]:
        """One :class:`Tag` per word (per word of the first ``stop``)."""
        out = []
        for w, label in zip(words, self.predict(words, lang, stop), strict=False):
            upos, form = self._split[label]
            out.append(Tag(upos, form, self.lemma(w, upos, lang)))
        return out


_LOADED: dict[str, Model] = {}
_LOAD_LOCK = threading.Lock()


def load(path: str | Path | None = None) -> Model:
    """The model in ``path``, or the shipped one (loaded once, then kept)."""
    if path is not None:
        return Model(Path(path).read_bytes())
    model = _LOADED.get("shipped")
    if model is None:
        with _LOAD_LOCK:
            model = _LOADED.get("shipped")
            if model is None:
                model = _LOADED["shipped"] = Model(MODEL_PATH.read_bytes())
    return model


def is_loaded() -> bool:
    """Has the shipped model been loaded in this process?"""
    return "shipped" in _LOADED


def tag(words: Sequence[str], lang: str, stop: int | None = None) -> list[Tag]:
    """Tag one sentence (a sequence of words and punctuation marks).

    ``lang`` is ``"nb"`` or ``"nn"``. Returns one :class:`Tag` per word, or
    per word of ``words[:stop]`` (the same tags, computed with the whole
    sentence as context, for less work).
    """
    if lang not in ("nb", "nn"):
        raise ValueError(f"lang must be 'nb' or 'nn', not {lang!r}")
    return load().tag(words, lang, stop)
