"""Training and measuring the tagger (:mod:`widgets.feedback.tagger`).

``verksted train-tagger`` reads the Norwegian Dependency Treebank (CoNLL-X,
NDT's Oslo-Bergen tags) in place, maps each word to the label the tagger
predicts (UD's UPOS, plus the verb form for ``VERB``/``AUX``), trains an
averaged perceptron and writes the pruned, quantised weights and a small lemma
table to ``data/tagger.bin``. Only derived numbers and word-to-lemma pairs are
written, never a sentence.

``verksted evaluate-tagger`` tags the UD dev files (never used for training)
and prints UPOS accuracy, *en/ein* DET-vs-PRON accuracy and verb-form accuracy
per file.

The NDT → UPOS mapping follows what the UD Norwegian treebanks (converted
from NDT) show:

- ``subst`` → ``PROPN`` with ``prop``, else ``NOUN``; ``adj`` → ``ADJ``;
  ``pron`` → ``PRON``; ``det`` → ``PRON`` when possessive (``poss``), ``NUM``
  for a cardinal (``kvant`` and a number), else ``DET``; ``prep`` → ``ADV``
  without an object (``PUTFYLL``: the particle in «la opp», and «her», «der»),
  else ``ADP``; ``adv`` → ``PART`` for *ikke/ikkje*, else ``ADV``;
  ``inf-merke`` → ``PART``; ``sbu`` → ``SCONJ``; ``konj`` → ``CCONJ``;
  ``interj`` → ``INTJ``; ``symb`` → ``SYM``; ``ukjent`` → ``X``; ``clb`` and
  the punctuation classes → ``PUNCT``.
- ``verb`` → ``AUX`` when its lemma is *være/vere* with a predicative
  (``SPRED``: UD's copula) or a verb chain (``INFV``), or *ha, bli/verte, få*
  or a modal (*kunne, skulle, ville/vilje, måtte, burde*) heading a verb chain
  (``INFV``, NDT makes the auxiliary the head); else ``VERB``. (UD tags
  *bli* + adjective ``VERB``, so *bli* is ``AUX`` only in the passive.)
- Verb form from NDT's features: ``pres``, ``pret`` → ``past``, ``inf``,
  ``imp``, ``perf-part`` → ``part``.
"""

from __future__ import annotations

import array
import json
import random
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .conllu import read_conllu
from .tagger import (
    EN_WORDS,
    END,
    MAGIC,
    MODEL_PATH,
    START,
    Model,
    context_features,
    en_features,
    feature_hash,
    word_features,
)
from .tokens import wordset

__all__ = [
    "Accuracy",
    "TaggerScores",
    "evaluate",
    "find_ndt_dir",
    "ndt_label",
    "read_ndt",
    "train",
    "train_files",
]

SEED = 20261202
LEMMA_CLASSES = frozenset({"VERB", "AUX", "PRON", "DET"})
_BE = frozenset({"være", "vere"})
_AUX_CHAIN = frozenset(
    {"være", "vere", "ha", "bli", "verte", "få", "kunne", "skulle", "ville", "vilje", "måtte",
     "burde"}
)  # fmt: skip
_CARDINALS = wordset(
    """to tre fire fem seks sju syv åtte ni ti elleve tolv tretten fjorten femten seksten
    sytten atten nitten tjue tjuge tretti førti femti seksti sytti åtti nitti hundre tusen
    ett én éin eneste einaste"""
)
_VERB_FORM = {"pres": "pres", "pret": "past", "inf": "inf", "imp": "imp", "perf-part": "part"}
_SIMPLE = {
    "adj": "ADJ",
    "pron": "PRON",
    "inf-merke": "PART",
    "sbu": "SCONJ",
    "konj": "CCONJ",
    "interj": "INTJ",
    "symb": "SYM",
    "ukjent": "X",
}


# -- reading NDT ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NDTWord:
    form: str
    lemma: str
    pos: str
    feats: frozenset[str]
    head: int
    deprel: str


def read_ndt(path: str | Path) -> Iterator[list[NDTWord]]:
    """Sentences of a CoNLL-X file (``ID FORM LEMMA POS POS FEATS HEAD DEPREL _ _``)."""
    sent: list[NDTWord] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            cols = raw.rstrip("\n").split("\t")
            if len(cols) < 8:
                if sent:
                    yield sent
                sent = []
                continue
            head = int(cols[6]) if cols[6].isdigit() else 0
            sent.append(
                NDTWord(cols[1], cols[2], cols[3], frozenset(cols[5].split("|")), head, cols[7])
            )
    if sent:
        yield sent


def ndt_label(sent: Sequence[NDTWord], i: int) -> str:
    """The tagger's label of word ``i``: ``UPOS`` or ``UPOS:form`` (see the module doc)."""
    w = sent[i]
    pos, feats = w.pos, w.feats
    if pos in _SIMPLE:
        if pos == "pron":
            return "PRON"
        return _SIMPLE[pos]
    if pos == "subst":
        return "PROPN" if "prop" in feats else "NOUN"
    if pos == "adv":
        return "PART" if w.form.lower() in ("ikke", "ikkje", "ikkie") else "ADV"
    if pos == "det":
        if "poss" in feats:
            return "PRON"
        low = w.form.lower()
        if "kvant" in feats and (low in _CARDINALS or any(c.isdigit() for c in low)):
            return "NUM"
        return "DET"
    if pos == "prep":
        kids = [k for k in sent if k.head == i + 1]
        return "ADP" if any(k.deprel == "PUTFYLL" for k in kids) else "ADV"
    if pos == "verb":
        form = next((v for k, v in _VERB_FORM.items() if k in feats), "inf")
        lemma = w.lemma.lower()
        upos = "VERB"
        if lemma in _AUX_CHAIN:
            kids = {k.deprel for k in sent if k.head == i + 1}
            if "INFV" in kids or (lemma in _BE and "SPRED" in kids):
                upos = "AUX"
        return f"{upos}:{form}"
    return "PUNCT"  # clb, <komma>, <anf>, <strek>, <parentes-beg> ...


def _variety(path: Path) -> str:
    return "nn" if "nno" in path.name or "nynorsk" in path.name else "nb"


@dataclass
class Example:
    words: list[str]
    labels: list[str]
    lemmas: list[str]
    lang: str


def load_ndt(ndt_dir: str | Path) -> list[Example]:
    """Every sentence of the ``*.conll`` files in ``ndt_dir``, labelled."""
    out = []
    files = sorted(Path(ndt_dir).glob("*.conll"))
    if not files:
        raise FileNotFoundError(f"no *.conll files in {ndt_dir}")
    for p in files:
        lang = _variety(p)
        for sent in read_ndt(p):
            out.append(
                Example(
                    [w.form for w in sent],
                    [ndt_label(sent, i) for i in range(len(sent))],
                    [w.lemma for w in sent],
                    lang,
                )
            )
    return out


def find_ndt_dir(repo_root: str | Path | None = None) -> Path | None:
    """The shared NDT folder: ``$VERKSTED_SHARED/data/ndt`` or ``<repo>/../shared/data/ndt``."""
    from .evaluation import find_shared_dir

    return find_shared_dir("ndt", "*.conll", repo_root)


# -- the averaged perceptron -------------------------------------------------------
class _Perceptron:
    def __init__(self, n_labels: int) -> None:
        self.n = n_labels
        self.w: dict[str, dict[int, float]] = {}
        self.totals: dict[tuple[str, int], float] = {}
        self.stamps: dict[tuple[str, int], int] = {}
        self.i = 0

    def best(self, feats: Iterable[str]) -> int:
        scores = [0.0] * self.n
        w = self.w
        for f in feats:
            d = w.get(f)
            if d:
                for lab, v in d.items():
                    scores[lab] += v
        return max(range(self.n), key=scores.__getitem__)

    def update(self, truth: int, guess: int, feats: Iterable[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        i, totals, stamps = self.i, self.totals, self.stamps
        for f in feats:
            d = self.w.setdefault(f, {})
            for lab, delta in ((truth, 1.0), (guess, -1.0)):
                key = (f, lab)
                v = d.get(lab, 0.0)
                totals[key] = totals.get(key, 0.0) + (i - stamps.get(key, 0)) * v
                stamps[key] = i
                d[lab] = v + delta

    def averaged(self) -> dict[str, dict[int, float]]:
        out: dict[str, dict[int, float]] = {}
        i = self.i
        for f, d in self.w.items():
            avg = {}
            for lab, v in d.items():
                key = (f, lab)
                total = self.totals.get(key, 0.0) + (i - self.stamps.get(key, 0)) * v
                a = total / i
                if a:
                    avg[lab] = a
            if avg:
                out[f] = avg
        return out


def _sentence_features(
    words: Sequence[str], lang: str, cache: dict[str, list[str]]
) -> tuple[list[str], list[list[str]]]:
    lows = [*START[::-1], *(w.lower() for w in words), *END]
    wf = []
    for w in words:
        key = lang + w
        got = cache.get(key)
        if got is None:
            got = cache[key] = word_features(w, lang)
        wf.append(got)
    return lows, wf


def _train_weights(
    data: list[Example], labels: list[str], iterations: int, seed: int, log
) -> dict[str, dict[int, float]]:
    index = {lab: k for k, lab in enumerate(labels)}
    model = _Perceptron(len(labels))
    rng = random.Random(seed)
    order = list(range(len(data)))
    cache: dict[str, list[str]] = {}
    for it in range(iterations):
        rng.shuffle(order)
        right = total = 0
        for k in order:
            ex = data[k]
            lows, wf = _sentence_features(ex.words, ex.lang, cache)
            first_cap = ex.words[0][:1].isupper()
            t2, t1 = START[1], START[0]
            for i, gold in enumerate(ex.labels):
                feats = wf[i] + context_features(lows, i + 2, t1, t2, first_cap and i == 0)
                guess = model.best(feats)
                truth = index[gold]
                model.update(truth, guess, feats)
                right += guess == truth
                total += 1
                t2, t1 = t1, labels[guess]
        log(f"  iteration {it + 1}/{iterations}: {right / total:.4f} on the training data")
    return model.averaged()


def _train_en(
    data: list[Example], model: Model, iterations: int, seed: int, log
) -> dict[str, float]:
    """The en/ein second pass: a binary averaged perceptron (pronoun or not).

    Its features include the first pass's tags of the words after *en/ein*,
    as :meth:`Model.predict` has them at run time.
    """
    examples: list[tuple[list[str], bool]] = []
    for ex in data:
        lows = [*START[::-1], *(w.lower() for w in ex.words), *END]
        idx = [i for i in range(len(ex.words)) if lows[i + 2] in EN_WORDS]
        if not idx:
            continue
        first = model._first_pass(ex.words, lows, ex.lang, None)
        padded = [*START[::-1], *first, *END, *END]
        for i in idx:
            upos = ex.labels[i].split(":")[0]
            if upos in ("DET", "PRON", "NUM"):
                examples.append((en_features(lows, padded, i + 2, ex.lang), upos == "PRON"))
    if not examples:
        return {}
    w: dict[str, float] = {}
    totals: dict[str, float] = {}
    stamps: dict[str, int] = {}
    rng = random.Random(seed)
    step = 0
    for it in range(iterations):
        rng.shuffle(examples)
        right = 0
        for feats, gold in examples:
            step += 1
            guess = sum(w.get(f, 0.0) for f in feats) > 0
            right += guess == gold
            if guess != gold:
                delta = 1.0 if gold else -1.0
                for f in feats:
                    v = w.get(f, 0.0)
                    totals[f] = totals.get(f, 0.0) + (step - stamps.get(f, 0)) * v
                    stamps[f] = step
                    w[f] = v + delta
        if it == iterations - 1:
            log(f"  en/ein second pass: {right / len(examples):.4f} on {len(examples):,} words")
    out = {}
    for f, v in w.items():
        a = (totals.get(f, 0.0) + (step - stamps.get(f, 0)) * v) / step
        if a:
            out[f] = a
    return out


def _lemma_table(data: list[Example]) -> list[str]:
    counts: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for ex in data:
        for w, lab, lem in zip(ex.words, ex.labels, ex.lemmas, strict=True):
            upos = lab.split(":")[0]
            if upos in LEMMA_CLASSES:
                counts[(ex.lang, w.lower(), upos)][lem.lower()] += 1
    rows = []
    for (lang, low, upos), c in counts.items():
        lemma = min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if lemma != low and "\t" not in low + lemma and "\n" not in low + lemma:
            rows.append(f"{lang}\t{low}\t{upos}\t{lemma}")
    return sorted(rows)


def _hash_table(hashes: Iterable[int]) -> list[int]:
    """Open addressing: a power of two, at most 60 % full, linear probing."""
    keys = sorted(hashes)  # sorted: the same file from the same weights
    size = 1
    while size * 0.6 < len(keys):
        size *= 2
    table = [0] * size
    for h in keys:
        k = h & (size - 1)
        while table[k]:
            k = (k + 1) & (size - 1)
        table[k] = h
    return table


def _pack_binary(weights: dict[str, float], prune: float) -> tuple[list[array.array], float]:
    merged: dict[int, float] = defaultdict(float)
    for f, v in weights.items():
        merged[feature_hash(f)] += v
    peak = max((abs(v) for v in merged.values()), default=1.0) or 1.0
    scale = peak / 32000.0
    kept = {h: round(v / scale) for h, v in merged.items() if abs(v) >= prune}
    kept = {h: q for h, q in kept.items() if q}
    table = _hash_table(kept)
    return [array.array("I", table), array.array("h", [kept.get(h, 0) for h in table])], scale


def _pack(
    weights: dict[str, dict[int, float]],
    labels: list[str],
    lemmas: list[str],
    prune: float,
    meta: dict,
    en_weights: dict[str, float] | None = None,
) -> bytes:
    merged: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for f, d in weights.items():
        h = feature_hash(f)
        for lab, v in d.items():
            merged[h][lab] += v
    peak = max((abs(v) for d in merged.values() for v in d.values()), default=1.0)
    scale = peak / 32000.0
    rows: dict[int, list[tuple[int, int]]] = {}
    for h, d in merged.items():
        row = [(lab, round(v / scale)) for lab, v in sorted(d.items()) if abs(v) >= prune]
        row = [(lab, q) for lab, q in row if q]
        if row:
            rows[h] = row
    table = _hash_table(rows)
    keys = array.array("I", table)
    offsets = array.array("I", [0])
    ids = array.array("B")
    ws = array.array("h")
    for h in table:
        for lab, q in rows.get(h, ()) if h else ():
            ids.append(lab)
            ws.append(q)
        offsets.append(len(ids))
    arrays = [keys, offsets, ids, ws]
    en_scale = 1.0
    if en_weights is not None:
        en_arrays, en_scale = _pack_binary(en_weights, min(prune, 0.5))
        arrays += en_arrays
    for a in arrays:
        if sys.byteorder != "little":
            a.byteswap()
    header = json.dumps(
        {
            "labels": labels,
            "scale": scale,
            "en_scale": en_scale,
            "features": len(rows),
            "arrays": [[a.typecode, len(a)] for a in arrays],
            "meta": meta,
        },
        ensure_ascii=False,
    ).encode("utf-8")
    body = len(header).to_bytes(4, "little") + header
    body += b"".join(a.tobytes() for a in arrays) + "\n".join(lemmas).encode("utf-8")
    return MAGIC + zlib.compress(body, 9)


def train_files(
    ndt_dir: str | Path,
    out: str | Path = MODEL_PATH,
    iterations: int = 6,
    prune: float = 0.5,
    seed: int = SEED,
    log=print,
) -> dict:
    """Train on every ``*.conll`` in ``ndt_dir`` and write the model to ``out``."""
    t0 = time.perf_counter()
    data = load_ndt(ndt_dir)
    return train(data, out, iterations, prune, seed, log, t0)


def train(
    data: list[Example],
    out: str | Path = MODEL_PATH,
    iterations: int = 6,
    prune: float = 0.5,
    seed: int = SEED,
    log=print,
    t0: float | None = None,
) -> dict:
    """Train on labelled sentences, write the model; returns a summary."""
    t0 = time.perf_counter() if t0 is None else t0
    labels = sorted({lab for ex in data for lab in ex.labels})
    if len(labels) > 255:
        raise ValueError("too many labels")
    tokens = sum(len(ex.words) for ex in data)
    log(f"training on {len(data):,} sentences, {tokens:,} tokens, {len(labels)} labels")
    weights = _train_weights(data, labels, iterations, seed, log)
    lemmas = _lemma_table(data)
    meta = {"sentences": len(data), "tokens": tokens, "iterations": iterations, "prune": prune}
    first = Model(_pack(weights, labels, lemmas, prune, meta))
    en_weights = _train_en(data, first, 10, seed, log)
    blob = _pack(weights, labels, lemmas, prune, meta, en_weights)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_bytes(blob)
    model = Model(blob)
    summary = {
        "features": model.features,
        "weights": len(model.weights),
        "lemmas": len(lemmas),
        "bytes": len(blob),
        "seconds": time.perf_counter() - t0,
    }
    log(
        f"wrote {out}: {summary['features']:,} features, {summary['weights']:,} weights, "
        f"{summary['lemmas']:,} lemmas, {summary['bytes'] / 1e6:.2f} MB; "
        f"{summary['seconds']:.1f} s"
    )
    return summary


# -- measuring on UD -----------------------------------------------------------------
@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.right}/{self.total} = {self.rate:.2%}" if self.total else "-"

    def add(self, other: Accuracy) -> None:
        self.right += other.right
        self.total += other.total


@dataclass
class TaggerScores:
    """UPOS, *en/ein* DET-vs-PRON and verb-form accuracy on one file (or the total)."""

    upos: Accuracy = field(default_factory=Accuracy)
    en_ein: Accuracy = field(default_factory=Accuracy)
    verb_form: Accuracy = field(default_factory=Accuracy)
    #: finite verbs only (UD ``Tense=Pres``/``Past``, not imperatives): the tense right
    tense: Accuracy = field(default_factory=Accuracy)
    lemma: Accuracy = field(default_factory=Accuracy)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    en_errors: list[str] = field(default_factory=list)

    def add(self, other: TaggerScores) -> None:
        for name in ("upos", "en_ein", "verb_form", "tense", "lemma"):
            getattr(self, name).add(getattr(other, name))
        self.confusion.update(other.confusion)


def ud_verb_form(feats: str) -> str | None:
    """The verb form of UD features: ``inf``, ``part``, ``imp``, ``pres`` or ``past``."""
    f = set(feats.split("|"))
    if "VerbForm=Inf" in f:
        return "inf"
    if "VerbForm=Part" in f:
        return "part"
    if "Mood=Imp" in f:
        return "imp"
    if "Tense=Pres" in f:
        return "pres"
    if "Tense=Past" in f:
        return "past"
    return None


def _ud_lang(path: Path) -> str:
    return "nn" if "nynorsk" in path.name else "nb"


def evaluate_file(path: str | Path, model: Model) -> TaggerScores:
    """Tag every sentence of a CoNLL-U file with ``model`` and compare with its gold tags."""
    path = Path(path)
    lang = _ud_lang(path)
    out = TaggerScores()
    lemmas = _ud_lemmas(path)
    for sent, gold_lemmas in zip(read_conllu(path), lemmas, strict=True):
        words = [t.form for t in sent.tokens]
        if not words:
            continue
        tags = model.tag(words, lang)
        for t, g, lem in zip(sent.tokens, tags, gold_lemmas, strict=True):
            out.upos.total += 1
            out.upos.right += t.upos == g.upos
            if t.upos != g.upos:
                out.confusion[(t.upos, g.upos)] += 1
            low = t.form.lower()
            if low in ("en", "ein") and t.upos in ("DET", "PRON", "NUM"):
                out.en_ein.total += 1
                ok = (t.upos == "PRON") == (g.upos == "PRON")
                out.en_ein.right += ok
                if not ok:
                    out.en_errors.append(f"{t.form} gold {t.upos} got {g.upos}: {sent.text}")
            if t.upos in ("VERB", "AUX"):
                gold = ud_verb_form(t.feats)
                if gold is not None:
                    out.verb_form.total += 1
                    out.verb_form.right += g.form == gold
                    if gold in ("pres", "past"):
                        out.tense.total += 1
                        out.tense.right += g.form == gold
                    out.lemma.total += 1
                    out.lemma.right += g.lemma == lem.lower()
    return out


def _ud_lemmas(path: Path) -> list[list[str]]:
    """Gold lemmas per sentence, in the order :func:`read_conllu` gives the words."""
    out: list[list[str]] = []
    cur: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line:
                if cur:
                    out.append(cur)
                cur = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    cur.append(cols[2])
    if cur:
        out.append(cur)
    return out


def evaluate(ud_dir: str | Path, model: Model | None = None) -> dict[str, TaggerScores]:
    """:func:`evaluate_file` for each ``*.conllu`` in ``ud_dir``, plus ``"total"``."""
    from .tagger import load

    model = model or load()
    results: dict[str, TaggerScores] = {}
    total = TaggerScores()
    for p in sorted(Path(ud_dir).glob("*.conllu")):
        r = evaluate_file(p, model)
        results[p.name] = r
        total.add(r)
    results["total"] = total
    return results


# -- held-out NDT: the tagger against the word lists ------------------------------------
@dataclass
class HeldOut:
    """Figures on the NDT sentences left out of training (every tenth)."""

    upos: Accuracy = field(default_factory=Accuracy)
    en_ein: Accuracy = field(default_factory=Accuracy)
    verb_form: Accuracy = field(default_factory=Accuracy)
    tense: Accuracy = field(default_factory=Accuracy)
    #: per variety and gold class ("nb DET", "nn PRON"): flagged by the word
    #: lists alone, and by the lists with the tagger (what si-jeg does)
    lists: dict[str, Accuracy] = field(default_factory=dict)
    combined: dict[str, Accuracy] = field(default_factory=dict)


def held_out(
    ndt_dir: str | Path, out: str | Path, iterations: int = 6, prune: float = 0.5, log=print
) -> HeldOut:
    """Train on nine NDT sentences in ten, measure on the tenth.

    Besides the tagger's own accuracy, counts how often the si-jeg decision
    for *en/ein* flags the article and the pronoun, with the word lists alone
    and with the tagger: text neither the lists nor the tagger were tuned on.
    """
    from .context import Context
    from .rules.generic import _generic_en_by_words, generic_en
    from .tagger import using

    data = load_ndt(ndt_dir)
    train([ex for k, ex in enumerate(data) if k % 10], out, iterations, prune, SEED, log)
    model = Model(Path(out).read_bytes())
    res = HeldOut()
    with using(model):
        for ex in (ex for k, ex in enumerate(data) if not k % 10):
            labels = model.predict(ex.words, ex.lang)
            for gold, got in zip(ex.labels, labels, strict=True):
                res.upos.total += 1
                res.upos.right += gold.split(":")[0] == got.split(":")[0]
                if ":" in gold:
                    res.verb_form.total += 1
                    res.verb_form.right += got.partition(":")[2] == gold.partition(":")[2]
                    if gold.endswith((":pres", ":past")):
                        res.tense.total += 1
                        res.tense.right += got.partition(":")[2] == gold.partition(":")[2]
            idx = [
                i
                for i, (w, lab) in enumerate(zip(ex.words, ex.labels, strict=True))
                if w.lower() in EN_WORDS and lab in ("DET", "PRON", "NUM")
            ]
            if not idx:
                continue
            text = " ".join(ex.words)
            ctx = Context(text, ex.lang)
            starts = [0]
            for w in ex.words:
                starts.append(starts[-1] + len(w) + 1)
            for i in idx:
                pron = ex.labels[i] == "PRON"
                res.en_ein.total += 1
                res.en_ein.right += (labels[i] == "PRON") == pron
                j = ctx.token_at(starts[i])
                if j is None or ctx.tokens[j].start != starts[i]:
                    continue
                key = f"{ex.lang} {'PRON' if pron else 'DET'}"
                for table, decide in (
                    (res.lists, _generic_en_by_words),
                    (res.combined, generic_en),
                ):
                    a = table.setdefault(key, Accuracy())
                    a.total += 1
                    a.right += decide(ctx, j) is not None
    return res
