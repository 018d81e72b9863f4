"""Command-line subcommands of ``verksted`` for the feedback engine.

``widgets/cli.py`` calls :func:`register`; ``python -m widgets.feedback.commands``
runs the same subcommands on their own.

- ``feedback``: JSONL in, JSONL out, exactly as ``contracts/feedback-cli.md`` says.
- ``evaluate FILE`` / ``evaluate --ud [DIR]``: precision, recall and F1 on a
  labelled file; word-level figures on the UD treebanks.
- ``feedback-bench``: throughput of the ``feedback`` path and latency of ``check``.
- ``train-tagger`` / ``evaluate-tagger``: rebuild the part-of-speech tagger's
  weights from the Norwegian Dependency Treebank; measure it on the UD dev files.
- ``train-classifier``: rebuild the per-principle classifier from the labelled
  utterances in ``tests/data``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .engine import MAX_CHARS
from .evaluation import (
    PRF,
    bench,
    cold_start,
    find_ud_dir,
    read_jsonl,
    score_dev,
    score_finite_verbs,
    score_ud,
)
from .jsonl import process_line, process_stream

__all__ = ["FEEDBACK_HELP", "main", "process_line", "process_stream", "register"]

# Plain ASCII on purpose: --help must print even where the terminal cannot
# show Norwegian letters. (The JSON output itself is always written as UTF-8.)
FEEDBACK_HELP = f"""\
Read JSON Lines on standard input and write one JSON line per input line, in
the same order, on standard output.

Input line:   {{"id": "u1", "text": "Man blir sliten.", "lang": "nb"}}
              "lang" is optional: "nb" (Bokmaal) or "nn" (Nynorsk); without it
              the variety is detected.
Output line:  {{"id": "u1", "findings": [{{"principle": "si-jeg", "kind": "brudd",
              "start": 0, "end": 3, "message": "...", "suggestion": "Jeg blir sliten."}}]}}
              principle: an id from principles.yaml; kind: "brudd" (goes against
              the principle) or "styrke" (shows it well); start/end: character
              offsets of the words that triggered it (Python str indices, end
              exclusive); message: Norwegian explanation; suggestion (only when
              there is one): a rewrite of the sentence that holds the words.

Empty or whitespace-only text gives "findings": []. Only the first {MAX_CHARS}
characters of a text are checked.

A line that cannot be used gives {{"id": <id or null>, "error": "<why>"}} in its
place and the other lines are still processed: a line that is not valid UTF-8
or JSON, a blank line, a JSON value that is not an object, a missing or
non-string "id", a missing or non-string "text", an "id" or "text" with an
unpaired surrogate escape (\\ud800-\\udfff), or a "lang" other than "nb", "nn"
or null. Other keys are ignored. The id is echoed when the line had one.

Exit status: 0 when every line was processed, 1 when at least one line gave an
error."""


def _cmd_feedback(args: argparse.Namespace) -> int:
    failed = process_stream(sys.stdin.buffer, sys.stdout.buffer)
    sys.stdout.buffer.flush()
    return 1 if failed else 0


def _prf(s: PRF) -> dict[str, float]:
    return {
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
    }


def _evaluate_dev(path: str, errors: bool, quiet: bool) -> dict[str, Any]:
    scores = score_dev(read_jsonl(path))
    micro = scores.micro
    if not quiet:
        print(f"{path}: brudd findings per utterance")
        print(scores.table())
        for ident, text, exp, got in scores.errors if errors else []:
            print(f"  {ident}: expected {exp} got {got}: {text}")
    return {
        "dev": {pid: _prf(s) for pid, s in sorted(scores.per_principle.items())},
        "micro": _prf(micro),
        "micro_f1": micro.f1,
        "clean_false_alarm_rate": scores.clean_false_alarm_rate,
    }


def _evaluate_ud(ud_dir: str, errors: bool, quiet: bool) -> dict[str, Any]:
    results = score_ud(ud_dir)
    if not quiet:
        print(f"{ud_dir}: share of words flagged by si-jeg")
        print(f"{'file':<32} {'article en/ein (DET)':>22} {'man (PRON)':>16} {'en/ein (PRON)':>18}")
        for name, r in results.items():
            print(f"{name:<32} {r.article!s:>22} {r.man!s:>16} {r.pronoun_en!s:>18}")
        for name, r in results.items() if errors else []:
            for line in r.false_alarms:
                print(f"  article flagged [{name}] {line}")
            for line in r.misses:
                print(f"  pronoun missed [{name}] {line}")
    return {
        "ud": {
            name: {
                "article_flagged": r.article.rate,
                "article_any_flagged": r.article_any.rate,
                "man_flagged": r.man.rate,
                "pronoun_en_flagged": r.pronoun_en.rate,
                "article_total": r.article.total,
                "man_total": r.man.total,
                "pronoun_en_total": r.pronoun_en.total,
                "sentences": r.sentences,
            }
            for name, r in results.items()
        }
    }


def _evaluate_verbs(ud_dir: str, quiet: bool) -> dict[str, Any]:
    results = score_finite_verbs(ud_dir)
    if not quiet:
        print(f"{ud_dir}: finite verbs and their tense (P / R / F1)")
        print(f"{'file':<32} {'table':>22} {'tagger':>22} {'her-og-na':>22}")
        for name, per in results.items():
            cells = [f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}" for s in per.values()]
            print(f"{name:<32} " + " ".join(f"{c:>22}" for c in cells))
    return {
        "ud_verbs": {
            name: {how: _prf(s) for how, s in per.items()} for name, per in results.items()
        }
    }


def _folder(given: str | None, find, command: str, what: str, option: str) -> str | Path | None:
    """The folder given, or the shared one; None (and a message) when there is none."""
    folder = given or find()
    if folder is None:
        print(
            f"{command}: no {what} folder found (set VERKSTED_SHARED or pass {option})",
            file=sys.stderr,
        )
    return folder


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if args.ud is None and args.file is None:
        print("evaluate: give a labelled JSONL FILE, or --ud [DIR]", file=sys.stderr)
        return 2
    if args.classifier is not None:
        from . import classifier

        try:
            classifier.use(False if args.classifier == "none" else args.classifier)
        except (OSError, ValueError) as exc:
            print(f"evaluate: --classifier {args.classifier}: {exc}", file=sys.stderr)
            return 2
    report: dict[str, Any] = {}
    if args.file is not None:
        report |= _evaluate_dev(args.file, args.errors, args.json)
    if args.ud is not None:
        ud_dir = _folder(args.ud, find_ud_dir, "evaluate --ud", "UD", "DIR")
        if ud_dir is None:
            return 2
        report |= _evaluate_ud(str(ud_dir), args.errors, args.json)
        if args.verbs:
            report |= _evaluate_verbs(str(ud_dir), args.json)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    r = bench(args.seconds)
    print(
        f"feedback path: {r['utterances_per_second']:,.0f} utterances/second wall clock "
        f"({r['utterances_per_cpu_second']:,.0f} per CPU second), one core, JSONL in and out, "
        "1-3 sentence texts"
    )
    print(
        f"check(): p50 {r['p50_ms']:.3f} ms, p99 {r['p99_ms']:.3f} ms wall clock; "
        f"p50 {r['p50_cpu_ms']:.3f} ms, p99 {r['p99_cpu_ms']:.3f} ms CPU time; "
        f"{int(r['calls']):,} calls"
    )
    c = cold_start()
    print(
        f"first load (fresh process): {c['engine_s']:.3f} s for import + first check() "
        f"({c['engine_cpu_s']:.3f} s CPU), {c['with_tagger_s']:.3f} s with the tagger's "
        f"first use ({c['with_tagger_cpu_s']:.3f} s CPU); resident memory "
        f"+{c['rss_engine_mb']:.1f} MB, +{c['rss_tagger_mb']:.1f} MB with the tagger"
    )
    return 0


def _cmd_train_classifier(args: argparse.Namespace) -> int:
    import time

    from .classifier import MODEL_PATH
    from .classifier_train import default_files, train_files

    files = [Path(f) for f in args.data] if args.data else default_files()
    left_out = {Path(f).name for f in args.without}
    unknown = left_out - {f.name for f in files}
    if unknown:
        print(f"train-classifier: not among the training files: {sorted(unknown)}", file=sys.stderr)
        return 2
    files = [f for f in files if f.name not in left_out]
    start = time.perf_counter()
    try:
        model = train_files(files, args.out or MODEL_PATH)
    except (OSError, ValueError, KeyError) as exc:
        print(f"train-classifier: {exc}", file=sys.stderr)
        return 2
    print(
        f"trained on {model.meta['trained_on']} utterances from {len(files)} files, "
        f"{model.meta['features']} features, in {time.perf_counter() - start:.1f} s: "
        f"{args.out or MODEL_PATH}"
    )
    return 0


def _cmd_train_tagger(args: argparse.Namespace) -> int:
    from .tagger import MODEL_PATH
    from .tagger_train import find_ndt_dir, train_files

    ndt_dir = _folder(args.ndt, find_ndt_dir, "train-tagger", "NDT", "--ndt DIR")
    if ndt_dir is None:
        return 2
    try:
        if args.hold_out:
            return _held_out(ndt_dir, args)
        train_files(ndt_dir, args.out or MODEL_PATH, iterations=args.iterations, prune=args.prune)
    except (FileNotFoundError, ValueError) as exc:
        print(f"train-tagger: {exc}", file=sys.stderr)
        return 2
    return 0


def _held_out(ndt_dir: Path | str, args: argparse.Namespace) -> int:
    import tempfile

    from .tagger_train import held_out

    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "held-out.bin"
        r = held_out(ndt_dir, out, iterations=args.iterations, prune=args.prune)
    print("held-out NDT (every tenth sentence, not trained on):")
    print(f"  UPOS {r.upos}   en/ein DET-vs-PRON {r.en_ein}   verb form {r.verb_form}")
    print(f"  tense of finite verbs {r.tense}")
    print("  si-jeg en/ein flagged: word lists alone -> with the tagger")
    for key in sorted(r.lists):
        print(f"  {key:<8} {r.lists[key]!s:>18} -> {r.combined[key]!s:>18}")
    return 0


def _cmd_evaluate_tagger(args: argparse.Namespace) -> int:
    from .tagger import load
    from .tagger_train import evaluate

    ud_dir = _folder(args.ud, find_ud_dir, "evaluate-tagger", "UD", "--ud DIR")
    if ud_dir is None:
        return 2
    model = load(args.model) if args.model else load()
    results = evaluate(ud_dir, model)
    if args.json:
        report = {
            name: {
                "upos": r.upos.rate,
                "en_ein": r.en_ein.rate,
                "verb_form": r.verb_form.rate,
                "tense": r.tense.rate,
                "verb_lemma": r.lemma.rate,
                "words": r.upos.total,
                "en_ein_total": r.en_ein.total,
                "verbs": r.verb_form.total,
                "finite_verbs": r.tense.total,
            }
            for name, r in results.items()
        }
        print(json.dumps(report, indent=2))
        return 0
    print(f"{ud_dir}: tagger accuracy (gold UD tags)")
    print(
        f"{'file':<30} {'UPOS':>22} {'en/ein DET-vs-PRON':>20} {'verb form':>20}"
        f" {'finite verb tense':>20} {'verb lemma':>20}"
    )
    for name, r in results.items():
        print(
            f"{name:<30} {r.upos!s:>22} {r.en_ein!s:>20} {r.verb_form!s:>20}"
            f" {r.tense!s:>20} {r.lemma!s:>20}"
        )
    if args.errors:
        print("most frequent confusions (gold -> tagged), all files:")
        for (gold, got), n in results["total"].confusion.most_common(20):
            print(f"  {gold:>6} -> {got:<6} {n}")
        for name, r in results.items():
            for line in r.en_errors if name != "total" else []:
                print(f"  en/ein [{name}] {line}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``feedback``, ``evaluate`` and ``feedback-bench`` to a ``verksted`` parser.

    Each subparser sets ``func``: a callable taking the parsed arguments and
    returning the exit status.
    """
    fb = subparsers.add_parser(
        "feedback",
        help="principle feedback on JSON Lines (stdin to stdout)",
        description=FEEDBACK_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    fb.set_defaults(func=_cmd_feedback)

    ev = subparsers.add_parser(
        "evaluate",
        help="measure the feedback engine on a labelled file or the UD treebanks",
        description=(
            "With FILE (JSON Lines with id, text, lang and expected: a list of "
            '{"principle": ..., "kind": "brudd"}): print precision, recall and F1 per '
            "principle, counted per utterance, and the share of clean utterances "
            "(expected []) that got any brudd finding. With --ud: for each CoNLL-U "
            "file, the share of article en/ein (UPOS DET), pronoun man and pronoun "
            "en/ein (UPOS PRON) that a si-jeg finding covers."
        ),
    )
    ev.add_argument(
        "file", nargs="?", help="labelled JSONL file (e.g. tests/data/feedback_dev.jsonl)"
    )
    ev.add_argument(
        "--ud",
        nargs="?",
        const="",
        metavar="DIR",
        help="UD folder (default: $VERKSTED_SHARED/data/ud or ../shared/data/ud)",
    )
    ev.add_argument("--errors", action="store_true", help="also list every disagreement")
    ev.add_argument(
        "--verbs",
        action="store_true",
        help="with --ud: also score finite verbs and their tense (verb table, tagger, her-og-na)",
    )
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument(
        "--classifier",
        metavar="FILE",
        help="score with this classifier model instead of the shipped one; 'none': rules alone",
    )
    ev.set_defaults(func=_cmd_evaluate)

    be = subparsers.add_parser(
        "feedback-bench",
        help="speed of the feedback command path and of one check() call",
        description=(
            "Run the feedback command path in this process on short (1-3 sentence) "
            "texts and print utterances per second, then time single check() calls "
            "and print the median and 99th percentile latency."
        ),
    )
    be.add_argument("--seconds", type=float, default=2.0, help="time per measurement (default 2)")
    be.set_defaults(func=_cmd_bench)

    tr = subparsers.add_parser(
        "train-tagger",
        help="rebuild the part-of-speech tagger from the Norwegian Dependency Treebank",
        description=(
            "Train the averaged-perceptron tagger on every *.conll file (CoNLL-X, NDT "
            "tags) in the NDT folder and write the weights (deterministic: fixed seed). "
            "Prints the time taken."
        ),
    )
    tr.add_argument(
        "--ndt",
        metavar="DIR",
        help="NDT folder (default: $VERKSTED_SHARED/data/ndt or ../shared/data/ndt)",
    )
    tr.add_argument("--out", metavar="FILE", help="where to write (default: the shipped model)")
    tr.add_argument("--iterations", type=int, default=6, help="passes over the data (default 6)")
    tr.add_argument(
        "--prune",
        type=float,
        default=0.5,
        help="drop averaged weights smaller than this (default 0.5; 0 keeps all)",
    )
    tr.add_argument(
        "--hold-out",
        action="store_true",
        help=(
            "train on nine sentences in ten and measure on the tenth (tagger accuracy, "
            "and si-jeg en/ein with and without the tagger); writes only to --out"
        ),
    )
    tr.set_defaults(func=_cmd_train_tagger)

    tc = subparsers.add_parser(
        "train-classifier",
        help="rebuild the per-principle classifier from the labelled utterances",
        description=(
            "Train the classifier (logistic regression per principle over words and word "
            "pairs) on the labelled JSONL files (default: the development set and the "
            "blind batches named in widgets/feedback/classifier_train.py) and write the "
            "model (deterministic). With --without FILE, leave a file out, to measure on "
            "it with `verksted evaluate FILE --classifier OUT`."
        ),
    )
    tc.add_argument("data", nargs="*", help="labelled JSONL files (default: the training files)")
    tc.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="FILE",
        help="leave this training file out (by name; may be repeated)",
    )
    tc.add_argument("--out", metavar="FILE", help="where to write (default: the shipped model)")
    tc.set_defaults(func=_cmd_train_classifier)

    et = subparsers.add_parser(
        "evaluate-tagger",
        help="accuracy of the part-of-speech tagger on the UD dev files",
        description=(
            "Tag every sentence of each CoNLL-U file in the UD folder and print UPOS "
            "accuracy, en/ein DET-vs-PRON accuracy and verb-form (tense) accuracy per file "
            "and in total."
        ),
    )
    et.add_argument(
        "--ud",
        metavar="DIR",
        help="UD folder (default: $VERKSTED_SHARED/data/ud or ../shared/data/ud)",
    )
    et.add_argument("--model", metavar="FILE", help="a model file (default: the shipped one)")
    et.add_argument("--errors", action="store_true", help="also list confusions and en/ein errors")
    et.add_argument("--json", action="store_true", help="print the figures as JSON")
    et.set_defaults(func=_cmd_evaluate_tagger)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the feedback subcommands without the rest of ``verksted``."""
    parser = argparse.ArgumentParser(prog="verksted", description="Feedback engine commands.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    register(sub)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
