"""Measuring the engine: a labelled JSONL file, the UD treebanks, and speed.

Used by the ``verksted evaluate`` and ``verksted feedback-bench`` commands and
by the tests, so the figures in ``docs/feedback.md`` come from the same code.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .conllu import read_conllu
from .engine import check
from .jsonl import process_stream

__all__ = [
    "PRF",
    "SCORED",
    "DevScores",
    "UDScores",
    "bench",
    "cold_start",
    "find_shared_dir",
    "find_ud_dir",
    "score_dev",
    "score_finite_verbs",
    "score_ud",
]


# -- labelled development set -------------------------------------------------
#: The principles the engine reports breaches of, and so the ones micro-F1 is over.
SCORED: tuple[str, ...] = (
    "si-jeg",
    "ikke-gi-rad",
    "dele-smerte",
    "her-og-na",
    "din-sannhet",
    "taushetsplikt",
)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DevScores:
    """Per-principle precision/recall/F1 on ``brudd`` findings, utterance level."""

    per_principle: dict[str, PRF] = field(default_factory=dict)
    clean_total: int = 0
    clean_flagged: int = 0
    utterances: int = 0
    errors: list[tuple[str, str, list[str], list[str]]] = field(default_factory=list)

    @property
    def clean_false_alarm_rate(self) -> float:
        return self.clean_flagged / self.clean_total if self.clean_total else 0.0

    @property
    def micro(self) -> PRF:
        """Counts summed over the six scored principles (:data:`SCORED`)."""
        out = PRF()
        for pid in SCORED:
            s = self.per_principle.get(pid)
            if s is not None:
                out.tp += s.tp
                out.fp += s.fp
                out.fn += s.fn
        return out

    def table(self) -> str:
        lines = [f"{'principle':<16} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
        for pid in sorted(self.per_principle):
            s = self.per_principle[pid]
            lines.append(
                f"{pid:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  "
                f"{s.tp:3d} {s.fp:3d} {s.fn:3d}"
            )
        m = self.micro
        lines.append(
            f"{'micro (6)':<16} {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f}  "
            f"{m.tp:3d} {m.fp:3d} {m.fn:3d}"
        )
        lines.append(
            f"clean sentences flagged: {self.clean_flagged}/{self.clean_total} "
            f"= {self.clean_false_alarm_rate:.1%}   ({self.utterances} utterances)"
        )
        return "\n".join(lines)


def score_dev(rows: Iterable[dict]) -> DevScores:
    """Score :func:`check` against labelled rows (``id``, ``text``, ``lang``, ``expected``).

    An utterance counts once per principle: a true positive when a ``brudd``
    finding of that principle is expected and found, whatever its span.
    """
    out = DevScores()
    for row in rows:
        out.utterances += 1
        expected = {e["principle"] for e in row["expected"] if e.get("kind", "brudd") == "brudd"}
        got = {f.principle for f in check(row["text"], row.get("lang")) if f.kind == "brudd"}
        for pid in expected | got:
            s = out.per_principle.setdefault(pid, PRF())
            if pid in expected and pid in got:
                s.tp += 1
            elif pid in got:
                s.fp += 1
            else:
                s.fn += 1
        if not expected:
            out.clean_total += 1
            out.clean_flagged += bool(got)
        if expected != got:
            out.errors.append((row["id"], row["text"], sorted(expected), sorted(got)))
    return out


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# -- UD treebanks ---------------------------------------------------------------
def find_shared_dir(name: str, pattern: str, repo_root: str | Path | None = None) -> Path | None:
    """``$VERKSTED_SHARED/data/<name>`` or ``<repo>/../shared/data/<name>`` (with ``pattern``)."""
    candidates = []
    env = os.environ.get("VERKSTED_SHARED")
    if env:
        candidates.append(Path(env) / "data" / name)
    root = Path(repo_root) if repo_root else Path(__file__).resolve().parents[2]
    candidates.append(root.parent / "shared" / "data" / name)
    for c in candidates:
        if c.is_dir() and any(c.glob(pattern)):
            return c
    return None


def find_ud_dir(repo_root: str | Path | None = None) -> Path | None:
    """The shared UD folder: ``$VERKSTED_SHARED/data/ud`` or ``<repo>/../shared/data/ud``."""
    return find_shared_dir("ud", "*.conllu", repo_root)


@dataclass
class Rate:
    flagged: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.flagged / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.flagged}/{self.total} = {self.rate:.1%}" if self.total else "-"


@dataclass
class UDScores:
    """Word-level figures for one treebank file (or the total)."""

    article: Rate = field(default_factory=Rate)
    man: Rate = field(default_factory=Rate)
    pronoun_en: Rate = field(default_factory=Rate)
    article_any: Rate = field(default_factory=Rate)
    sentences: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, other: UDScores) -> None:
        for name in ("article", "man", "pronoun_en", "article_any"):
            a, b = getattr(self, name), getattr(other, name)
            a.flagged += b.flagged
            a.total += b.total
        self.sentences += other.sentences


def score_ud_file(path: str | Path) -> UDScores:
    """Run :func:`check` on every sentence and map si-jeg findings back to words.

    A word counts as flagged when a ``si-jeg`` ``brudd`` finding overlaps it
    (``article_any``: any ``brudd`` finding at all, reported alongside).
    """
    out = UDScores()
    for sent in read_conllu(path):
        out.sentences += 1
        interesting = [
            t
            for t in sent.tokens
            if t.form.lower() in ("en", "ein", "man")
            and t.upos in ("DET", "PRON")
            and t.start is not None
        ]
        if not interesting:
            continue
        findings = [f for f in check(sent.text) if f.kind == "brudd"]
        sijeg = [(f.start, f.end) for f in findings if f.principle == "si-jeg"]
        anyb = [(f.start, f.end) for f in findings]
        for t in interesting:
            s, e = t.start, t.start + len(t.form)  # type: ignore[operator]
            hit = any(a < e and s < b for a, b in sijeg)
            hit_any = any(a < e and s < b for a, b in anyb)
            form = t.form.lower()
            if t.upos == "DET" and form in ("en", "ein"):
                out.article.total += 1
                out.article.flagged += hit
                out.article_any.total += 1
                out.article_any.flagged += hit_any
                if hit:
                    out.false_alarms.append(f"{t.form}: {sent.text}")
            elif t.upos == "PRON" and form == "man":
                out.man.total += 1
                out.man.flagged += hit
                if not hit:
                    out.misses.append(f"{t.form}: {sent.text}")
            elif t.upos == "PRON":
                out.pronoun_en.total += 1
                out.pronoun_en.flagged += hit
                if not hit:
                    out.misses.append(f"{t.form}: {sent.text}")
    return out


def score_ud(ud_dir: str | Path) -> dict[str, UDScores]:
    """:func:`score_ud_file` for each ``*.conllu`` in ``ud_dir``, plus ``"total"``."""
    results: dict[str, UDScores] = {}
    total = UDScores()
    for p in sorted(Path(ud_dir).glob("*.conllu")):
        r = score_ud_file(p)
        results[p.name] = r
        total.add(r)
    results["total"] = total
    return results


def _gold_tense(feats: str, upos: str) -> str | None:
    if upos not in ("VERB", "AUX") or "VerbForm=Fin" not in feats:
        return None
    if "Tense=Past" in feats:
        return "past"
    return "present" if "Tense=Pres" in feats else None


def score_finite_verbs(ud_dir: str | Path) -> dict[str, dict[str, PRF]]:
    """Finite verbs and their tense as her-og-na finds them, against the UD gold tags.

    Per file, three ways: ``table`` (the verb table, the perfect and endings),
    ``tagger`` (a ``VERB``/``AUX`` the tagger gives a present or past form) and
    ``her-og-na`` (what the rule uses: the tagger, plus the table's unambiguous
    past forms). A word counts once: right tense a true positive, a wrong tense
    or a non-verb a false positive, a missed finite verb a false negative.
    """
    from .context import Context
    from .rules import story

    results: dict[str, dict[str, PRF]] = {}
    for p in sorted(Path(ud_dir).glob("*.conllu")):
        lang = "nb" if "bokmaal" in p.name else "nn"
        per = {"table": PRF(), "tagger": PRF(), "her-og-na": PRF()}
        for sent in read_conllu(p):
            ctx = Context(sent.text, lang)
            by_start = {t.start: i for i, t in enumerate(ctx.tokens) if t.kind == "w"}
            for t in sent.tokens:
                i = by_start.get(t.start)  # type: ignore[arg-type]
                if i is None:
                    continue
                w = ctx.low[i]
                tag = ctx.tag(i)
                guesses = {
                    "table": story.finite_by_table(ctx, i, w),
                    "tagger": (
                        ("past" if tag.form == "past" else "present")
                        if tag.upos in ("VERB", "AUX") and tag.form in ("pres", "past")
                        else None
                    ),
                    "her-og-na": story.finite_by_tagger(ctx, i, w),
                }
                gold = _gold_tense(t.feats, t.upos)
                for name, raw in guesses.items():
                    # "har" in "har vært" is a present-tense verb ("hadde" gives "past")
                    guess = "present" if raw == "perfect" else raw
                    s = per[name]
                    if guess is not None and guess == gold:
                        s.tp += 1
                    else:
                        s.fp += guess is not None
                        s.fn += gold is not None
        results[p.name] = per
    return results


# -- speed ------------------------------------------------------------------------
_BENCH_TEXTS = [
    "Man blir jo så sliten.",
    "Jeg har en sønn som er syk, og jeg kjenner meg sliten i dag.",
    "Du burde ringe legen. Det går nok over, skal du se.",
    "Når ein har eit sjukt barn, søv ein aldri heilt. Eg er så trøytt.",
    "Vil du høre hva jeg gjorde da? Det hjalp meg å skrive dagbok.",
    "Kari fortalte i gruppa at hun var redd. Du overdriver. Alle vet jo det.",
    "Eg høyrer at du er sliten. Korleis har du det no?",
    "En gang i måneden besøker jeg ham. Vi var på hytta i helgen.",
]


def bench(seconds: float = 2.0) -> dict[str, float]:
    """Throughput of the ``feedback`` command path and latency of one :func:`check`.

    Runs in this process on one core: JSONL in, JSONL out, through the same
    function the command uses. Returns utterances per second and p50/p99 of a
    single ``check`` call in milliseconds, each by the wall clock and by this
    thread's CPU time (the second is what the code costs when other programs
    compete for the processor).
    """
    lines = [
        json.dumps({"id": f"u{i}", "text": t}, ensure_ascii=False)
        for i, t in enumerate(_BENCH_TEXTS)
    ]
    block = "\n".join(lines * 250) + "\n"  # 2,000 utterances
    n_block = len(lines) * 250
    done = 0
    w0, c0 = time.perf_counter(), time.thread_time()
    while time.perf_counter() - w0 < seconds:
        process_stream(io.StringIO(block), io.StringIO())
        done += n_block
    wall, cpu = time.perf_counter() - w0, time.thread_time() - c0
    lat: list[float] = []
    lat_cpu: list[float] = []
    t1 = time.perf_counter()
    while time.perf_counter() - t1 < seconds:
        for t in _BENCH_TEXTS:
            a, b = time.perf_counter_ns(), time.thread_time_ns()
            check(t)
            lat_cpu.append((time.thread_time_ns() - b) / 1e6)
            lat.append((time.perf_counter_ns() - a) / 1e6)
    lat.sort()
    lat_cpu.sort()
    p99 = min(len(lat) - 1, int(len(lat) * 0.99))
    return {
        "utterances_per_second": done / wall,
        "utterances_per_cpu_second": done / cpu if cpu else float("inf"),
        "p50_ms": statistics.median(lat),
        "p99_ms": lat[p99],
        "p50_cpu_ms": statistics.median(lat_cpu),
        "p99_cpu_ms": lat_cpu[p99],
        "calls": float(len(lat)),
    }


_COLD = """
import time
def rss():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
r0 = rss()
t0, c0 = time.perf_counter(), time.process_time()
import widgets.feedback as fb
fb.check("Jeg er glad i dag.")
t1, c1 = time.perf_counter(), time.process_time()
r1 = rss()
fb.check("Jeg har en sønn som er syk.")
t2, c2 = time.perf_counter(), time.process_time()
r2 = rss()
print(t1 - t0, t2 - t0, r1 - r0, r2 - r0, c1 - c0, c2 - c0)
"""


def cold_start() -> dict[str, float]:
    """First-load costs, measured in a fresh Python process (bytecode compiled).

    ``engine_s``: import plus a first ``check`` that needs no tagger;
    ``with_tagger_s``: that plus a first ``check`` that tags (the weights
    load); the same as CPU time in ``*_cpu_s``; ``rss_engine_mb`` /
    ``rss_tagger_mb``: resident memory added by each (Linux ``/proc``; 0
    elsewhere).
    """
    import tempfile

    # Measured as an installed kernel runs it: from compiled bytecode. Where
    # bytecode is not written (PYTHONDONTWRITEBYTECODE, a read-only checkout)
    # every import would compile its source, about 0.15 s more; a first run
    # writes the bytecode into a private folder, the second is measured.
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for _ in range(2):
            done = subprocess.run(
                [sys.executable, "-c", _COLD],
                capture_output=True,
                text=True,
                check=True,
                timeout=120,
                env=env,
            )
    a, b, c, d, e, f = (float(x) for x in done.stdout.split())
    return {
        "engine_s": a,
        "with_tagger_s": b,
        "rss_engine_mb": c,
        "rss_tagger_mb": d,
        "engine_cpu_s": e,
        "with_tagger_cpu_s": f,
    }
