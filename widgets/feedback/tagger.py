"""Part-of-speech tagger for Norwegian (Bokmål and Nynorsk), standard library only.

An averaged perceptron, trained on the Norwegian Dependency Treebank by
``verksted train-tagger`` (:mod:`widgets.feedback.tagger_train`), tags greedily
left to right. It predicts the universal part of speech (UPOS, as the UD
Norwegian treebanks use it: *ein* the pronoun is ``PRON``, the article ``DET``;
*være*, *ha* and the modals are ``AUX`` when they go with another verb) and,
for verbs, the form: ``pres``, ``past``, ``inf``, ``imp`` or ``part``.
A second pass decides *en/ein* (pronoun or article) once the words after it
are tagged: "ein + verb" is the pronoun, "ein + adjective/noun" the article.

    >>> [t.upos for t in tag(["Ein", "må", "tole", "mykje", "."], "nn")]
    ['PRON', 'AUX', 'VERB', 'ADJ', 'PUNCT']

The weights live in ``data/tagger.bin`` (3.3 MB) and are loaded on the first
call to :func:`tag` (about 8 MB in memory, 0.1–0.2 s), never on import: pages
that do not check free text never pay for them.

Compact representation: each feature string is hashed with CRC-32; the
model is an open-addressing hash table in an ``array`` of those hashes (a
power of two in size, at most 60 % full, linear probing; 0 marks a free slot),
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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "EN_WORDS",
    "MODEL_PATH",
    "VERB_FORMS",
    "Model",
    "Tag",
    "en_features",
    "feature_hash",
    "features",
    "is_loaded",
    "load",
    "tag",
    "using",
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
# Cached score vectors (about 170 bytes each): words, neighbours, tag pairs.
_CACHE_SIZE = 8192
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


def history_features(t1: str, t2: str, first_cap: bool) -> list[str]:
    """Features of the two tags before a word (and whether it opens a capitalised sentence)."""
    return ["t1=" + t1, "t2=" + t2 + t1, "fc" if first_cap else "nfc"]


def pair_features(w: str, p1: str, n1: str, t1: str) -> list[str]:
    """Features joining the word with a neighbour or the tag before it."""
    return [
        "t1w=" + t1 + w,
        "w1w=" + p1 + " " + w,
        "wn1=" + w + " " + n1,
        "wn1x3=" + w + " " + n1[-3:],
        "t1n1=" + t1 + n1,
    ]


def neighbour_features(offset: int, n: str) -> list[str]:
    """Features of the neighbour ``offset`` words away (-2, -1, 1, 2): the same for every word."""
    if offset == -1:
        return ["w1=" + n, "w1x3=" + n[-3:]]
    if offset == -2:
        return ["w2=" + n]
    if offset == 1:
        return ["n1=" + n, "n1x3=" + n[-3:], "n1x2=" + n[-2:]]
    return ["n2=" + n, "n2x3=" + n[-3:]]


def context_features(lows: Sequence[str], i: int, t1: str, t2: str, first_cap: bool) -> list[str]:
    """Features of word ``i``'s neighbours and the two tags before it.

    ``lows`` is the padded lower-cased sentence: two start symbols, the
    words, two end symbols; ``i`` indexes it. At run time the groups are
    scored apart (:meth:`Model.predict` caches all but the pair features).
    """
    w, p1, n1 = lows[i], lows[i - 1], lows[i + 1]
    return [
        *history_features(t1, t2, first_cap),
        *pair_features(w, p1, n1, t1),
        *neighbour_features(-1, p1),
        *neighbour_features(-2, lows[i - 2]),
        *neighbour_features(1, n1),
        *neighbour_features(2, lows[i + 2]),
    ]


def features(words: Sequence[str], i: int, lang: str, t1: str, t2: str) -> list[str]:
    """All features of ``words[i]`` (training uses this; tagging splits it for speed)."""
    lows = [*START[::-1], *(w.lower() for w in words), *END]
    first_cap = i == 0 and words[0][:1].isupper()
    return word_features(words[i], lang) + context_features(lows, i + 2, t1, t2, first_cap)


#: The words a second pass decides: pronoun (``PRON``) or article/numeral.
EN_WORDS = frozenset({"en", "ein"})


def en_features(lows: Sequence[str], labels: Sequence[str], i: int, lang: str) -> list[str]:
    """Features of *en/ein* at ``i`` for the second pass, which sees the tags after it.

    ``lows`` is padded as in :func:`context_features`; ``labels`` holds the
    first pass's labels, padded the same way (two before, two after).
    The pronoun is followed by a verb or an adverb, the article by an
    adjective or a noun: the first pass has tagged those words by now.
    """
    p1, p2, n1, n2 = lows[i - 1], lows[i - 2], lows[i + 1], lows[i + 2]
    lp1, lp2, ln1, ln2 = labels[i - 1], labels[i - 2], labels[i + 1], labels[i + 2]
    return [
        "b",
        "v=" + lang,
        "w=" + lows[i],
        "n1t=" + ln1,
        "n2t=" + ln2,
        "n12t=" + ln1 + " " + ln2,
        "p1t=" + lp1,
        "p2t=" + lp2 + " " + lp1,
        "p1n1t=" + lp1 + " " + ln1,
        "n1=" + n1,
        "n1t2=" + n1 + " " + ln2,
        "n2=" + n2,
        "p1=" + p1,
        "p2=" + p2,
        "p1n1=" + p1 + " " + n1,
        "n1x3=" + n1[-3:],
        "n1x2=" + n1[-2:],
        "vn1t=" + lang + ln1,
    ]


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
        view = memoryview(data)
        for code, count in header["arrays"]:
            a = array.array(code)
            size = a.itemsize * count
            a.frombytes(view[pos : pos + size])
            if sys.byteorder != "little":
                a.byteswap()
            arrays.append(a)
            pos += size
        self.keys, self.offsets, self.label_ids, self.weights = arrays[:4]
        # The en/ein second pass: one weight per slot of its own hash table.
        self.en_keys, self.en_weights = arrays[4:6] if len(arrays) >= 6 else (None, None)
        self.en_scale: float = header.get("en_scale", 1.0)
        self.mask = len(self.keys) - 1
        self.features: int = header.get("features", 0)
        lemmas = str(view[pos:], "utf-8")
        view.release()
        self._lemma_keys = lemmas.split("\n") if lemmas else []
        self._split = {lab: tuple([*lab.split(":"), None][:2]) for lab in self.labels}
        self._cache: dict[tuple, array.array] = {}

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

    def _word_scores(self, w: str, lang: str) -> array.array:
        return self._cached(("w", lang, w), word_features, w, lang)

    def _cached(self, key: tuple, make, *args) -> array.array:
        """Scores of a feature group that recurs (a word, a neighbour, a tag pair), kept."""
        got = self._cache.get(key)
        if got is None:
            scores = [0] * len(self.labels)
            self._add(scores, make(*args))
            got = array.array("i", scores)
            if len(self._cache) >= _CACHE_SIZE:
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
        upto = None
        if stop is not None:
            # The second pass looks two words past an en/ein: tag that far only.
            ens = [i for i in range(min(stop, len(words))) if lows[i + 2] in EN_WORDS]
            upto = max(stop, ens[-1] + 3) if ens and self.en_keys is not None else stop
        out = self._first_pass(words, lows, lang, upto)
        if self.en_keys is not None:
            padded: list[str] | None = None
            for i in range(len(out) if stop is None else min(stop, len(out))):
                if lows[i + 2] in EN_WORDS:
                    if padded is None:
                        padded = [*START[::-1], *out, *END, *END]
                    pron = self.en_score(en_features(lows, padded, i + 2, lang)) > 0
                    out[i] = "PRON" if pron else ("DET" if out[i] == "PRON" else out[i])
        return out[:stop]

    def en_score(self, feats: Sequence[str]) -> float:
        """The second pass's score: above 0 means the pronoun."""
        keys, weights = self.en_keys, self.en_weights
        assert keys is not None
        assert weights is not None
        mask = len(keys) - 1
        total = 0
        for f in feats:
            h = feature_hash(f)
            k = h & mask
            while True:
                got = keys[k]
                if got == h:
                    total += weights[k]
                    break
                if not got:
                    break
                k = (k + 1) & mask
        return total * self.en_scale

    def _first_pass(
        self, words: Sequence[str], lows: Sequence[str], lang: str, stop: int | None
    ) -> list[str]:
        first_cap = words[0][:1].isupper()
        t2, t1 = START[1], START[0]
        out: list[str] = []
        labels = self.labels
        for i, w in enumerate(words[:stop]):
            if lows[i + 2] in HESITATIONS or (1 < len(w) < 5 and w[-1] == "-" and w[0].isalpha()):
                t2, t1 = t1, "X"
                out.append(t1)
                continue
            fc = first_cap and i == 0
            j = i + 2
            hist = self._cached(("h", t2, t1, fc), history_features, t1, t2, fc)
            scores = [
                a + b + c + d + e + f
                for a, b, c, d, e, f in zip(
                    self._word_scores(w, lang),
                    hist,
                    self._cached(("p1", lows[j - 1]), neighbour_features, -1, lows[j - 1]),
                    self._cached(("p2", lows[j - 2]), neighbour_features, -2, lows[j - 2]),
                    self._cached(("n1", lows[j + 1]), neighbour_features, 1, lows[j + 1]),
                    self._cached(("n2", lows[j + 2]), neighbour_features, 2, lows[j + 2]),
                    strict=True,
                )
            ]
            self._add(scores, pair_features(lows[j], lows[j - 1], lows[j + 1], t1))
            best = scores.index(max(scores))
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


@contextmanager
def using(model: Model) -> Iterator[Model]:
    """Let :func:`tag` (and so the rules) use ``model`` inside a ``with`` block.

    For measuring a model that is not the shipped one; not thread-safe.
    """
    before = _LOADED.get("shipped")
    _LOADED["shipped"] = model
    try:
        yield model
    finally:
        if before is None:
            _LOADED.pop("shipped", None)
        else:
            _LOADED["shipped"] = before


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
