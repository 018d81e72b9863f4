"""The ``feedback`` subcommand, run as a real process, against the contract."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from widgets.feedback import commands

REPO = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "ascii"}
    return subprocess.run(
        [sys.executable, "-m", "widgets.feedback.commands", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )


def lines_of(out: bytes) -> list[dict]:
    text = out.decode("utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_contract_examples_through_the_command() -> None:
    rows = [
        ("u1", "Man blir jo så sliten.", {"si-jeg"}),
        ("u2", "Jeg har en sønn som er syk.", set()),
        ("u3", "Du burde ringe legen.", {"ikke-gi-rad"}),
        ("u4", "Vil du høre hva jeg gjorde da?", set()),
        ("u5", "Det går nok over, skal du se.", {"dele-smerte"}),
    ]
    stdin = "".join(
        json.dumps({"id": i, "text": t, "lang": "nb"}, ensure_ascii=False) + "\n"
        for i, t, _ in rows
    ).encode()
    proc = run(["feedback"], stdin)
    assert proc.returncode == 0, proc.stderr
    out = lines_of(proc.stdout)
    assert [o["id"] for o in out] == [r[0] for r in rows]
    for o, (_, text, expected) in zip(out, rows, strict=True):
        assert set(o) == {"id", "findings"}
        assert {f["principle"] for f in o["findings"] if f["kind"] == "brudd"} == expected
        for f in o["findings"]:
            assert set(f) <= {"principle", "kind", "start", "end", "message", "suggestion"}
            assert 0 <= f["start"] < f["end"] <= len(text)
    first = out[0]["findings"][0]
    assert (first["start"], first["end"]) == (0, 3)
    assert first["suggestion"] == "Jeg blir jo så sliten."


# (input line, id expected in the output line, is it an error line?)
MIXED: list[tuple[bytes, object, bool]] = [
    (b'{"id": "a", "text": "Man blir sliten."}', "a", False),
    (b"not json at all", None, True),
    (b'{"id": "b", "text": 42}', "b", True),
    (b"", None, True),
    (b"   ", None, True),
    (b'["id", "text"]', None, True),
    (b'{"text": "Ingen id her."}', None, True),
    (b'{"id": 7, "text": "Tall som id."}', 7, True),
    (b'{"id": "c"}', "c", True),
    (b'{"id": "d", "text": "Hei", "lang": "sv"}', "d", True),
    (b'{"id": "e", "text": "   "}', "e", False),
    (b'{"id": "f", "text": ""}', "f", False),
    (b'{"id": "g", "text": "Eg veit ikkje", "lang": null}', "g", False),
    (b'{"id": "h", "text": "\xff\xfe broken utf-8"}', None, True),
    (b'{"id": "i", "text": "Ein blir s\\u00e5 tr\\u00f8ytt.", "extra": true}', "i", False),
    (b'{"id": "j", "text": "lone \\ud800 surrogate"}', "j", True),
    (b'{"id": "k", "text": "a pair \\ud83d\\ude00 is one emoji"}', "k", False),
]


def test_mixed_valid_and_invalid_lines() -> None:
    proc = run(["feedback"], b"\n".join(raw for raw, _, _ in MIXED) + b"\n")
    assert proc.returncode == 1
    out = lines_of(proc.stdout)
    assert len(out) == len(MIXED)
    assert [o["id"] for o in out] == [ident for _, ident, _ in MIXED]
    assert ["error" in o for o in out] == [bad for _, _, bad in MIXED]
    for o in out:
        if "error" in o:
            assert set(o) == {"id", "error"}
            assert o["error"].strip()
        else:
            assert set(o) == {"id", "findings"}
    assert out[10]["findings"] == []
    assert out[11]["findings"] == []
    assert out[14]["findings"][0]["principle"] == "si-jeg"


def test_all_valid_exits_zero_and_keeps_order() -> None:
    texts = [f"Linje {k}: man blir sliten." for k in range(50)]
    stdin = "".join(json.dumps({"id": str(k), "text": t}) + "\n" for k, t in enumerate(texts))
    proc = run(["feedback"], stdin.encode())
    assert proc.returncode == 0
    out = lines_of(proc.stdout)
    assert [o["id"] for o in out] == [str(k) for k in range(50)]


def test_empty_input_gives_no_output() -> None:
    proc = run(["feedback"], b"")
    assert proc.returncode == 0
    assert proc.stdout == b""


def test_last_line_without_newline_and_crlf() -> None:
    proc = run(["feedback"], b'{"id": "a", "text": "Hei"}\r\n{"id": "b", "text": "Hei"}')
    assert proc.returncode == 0
    assert [o["id"] for o in lines_of(proc.stdout)] == ["a", "b"]


def test_help_documents_the_contract() -> None:
    proc = run(["feedback", "--help"])
    assert proc.returncode == 0
    text = proc.stdout.decode()
    for words in [
        "JSON",
        "one JSON line per input line",
        '"error"',
        "Exit status",
        "brudd",
        "styrke",
        "suggestion",
        str(commands.MAX_CHARS),
    ]:
        assert words in text


def test_evaluate_prints_scores(tmp_path: Path) -> None:
    data = tmp_path / "mini.jsonl"
    rows = [
        {
            "id": "1",
            "text": "Man blir sliten.",
            "lang": "nb",
            "expected": [{"principle": "si-jeg", "kind": "brudd"}],
        },
        {"id": "2", "text": "Jeg har en sønn.", "lang": "nb", "expected": []},
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = run(["evaluate", str(data), "--json"])
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["dev"]["si-jeg"]["f1"] == 1.0
    assert report["clean_false_alarm_rate"] == 0.0
    # micro-F1 sums the six principles' counts: 1 tp, no fp, no fn here
    assert report["micro"] == report["dev"]["si-jeg"]
    assert report["micro_f1"] == 1.0
    plain = run(["evaluate", str(data)])
    assert b"si-jeg" in plain.stdout
    assert b"micro (6)" in plain.stdout
    assert b"clean sentences flagged" in plain.stdout


def test_evaluate_needs_an_argument() -> None:
    assert run(["evaluate"]).returncode == 2


def test_bench_runs() -> None:
    proc = run(["feedback-bench", "--seconds", "0.05"])
    assert proc.returncode == 0
    assert b"utterances/second" in proc.stdout
    assert b"p99" in proc.stdout


def test_register_adds_subcommands_with_funcs() -> None:
    parser = argparse.ArgumentParser(prog="verksted")
    sub = parser.add_subparsers(dest="command")
    commands.register(sub)
    for argv in (["feedback"], ["evaluate", "x.jsonl"], ["evaluate", "--ud"], ["feedback-bench"]):
        args = parser.parse_args(argv)
        assert callable(args.func)


def test_process_line_in_process() -> None:
    result, bad = commands.process_line('{"id": "x", "text": "Du bør hvile."}')
    assert not bad
    assert result["findings"][0]["principle"] == "ikke-gi-rad"
    result, bad = commands.process_line(b'{"id": "x", "text": null}')
    assert bad
    assert result == {"id": "x", "error": result["error"]}
