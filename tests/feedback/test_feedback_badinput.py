"""Defined behaviour for awkward input: never a crash, always valid findings."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from widgets.feedback import ALL_IDS, MAX_CHARS, check, checked_part, review

DEV = Path(__file__).resolve().parents[1] / "data" / "feedback_dev.jsonl"


def assert_valid(text: str, findings: list) -> None:
    for f in findings:
        assert 0 <= f.start < f.end <= len(text), (text, f)
        assert f.principle in ALL_IDS
        assert f.kind in ("brudd", "styrke")
        assert f.message.strip()
        assert f.suggestion is None or f.suggestion.strip()
        # the span starts and ends on a word or symbol, never inside whitespace
        assert not text[f.start].isspace()
        assert not text[f.end - 1].isspace()


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  ", "\u00a0\u2003"])
def test_empty_and_whitespace_give_no_findings(text: str) -> None:
    assert check(text) == []
    assert review(text).truncated is False


def test_very_long_text_is_truncated_and_reported() -> None:
    text = "Man blir så sliten av dette. " * 3500  # about 100,000 characters
    assert len(text) > 100_000
    report = review(text)
    assert report.truncated
    assert report.checked_chars == len(checked_part(text)) <= MAX_CHARS
    assert report.notice
    assert str(report.checked_chars) in report.notice
    assert report.findings
    assert all(f.end <= report.checked_chars for f in report.findings)
    assert_valid(text, report.findings)
    # the cut falls on whitespace, so the last checked word is whole
    assert text[report.checked_chars].isspace()


def test_long_text_without_spaces() -> None:
    text = "x" * 100_000
    report = review(text)
    assert report.truncated
    assert report.checked_chars == MAX_CHARS
    assert report.findings == []


def test_short_text_is_not_truncated() -> None:
    report = review("Man blir sliten.")
    assert not report.truncated
    assert report.notice is None
    assert report.checked_chars == len("Man blir sliten.")


def test_emoji_keep_offsets_right() -> None:
    text = "😩😩 Man blir jo så sliten 👍🏽"
    [f] = [f for f in check(text) if f.kind == "brudd"]
    assert text[f.start : f.end] == "Man"
    assert f.suggestion == "😩😩 Jeg blir jo så sliten 👍🏽"


def test_html_is_returned_raw_with_offsets_into_it() -> None:
    text = "<script>alert(1)</script><b>Du burde</b> ringe legen."
    [f] = [f for f in check(text) if f.kind == "brudd"]
    assert text[f.start : f.end] == "Du burde"
    assert f.suggestion == "Vil du høre hva jeg tenker om å ringe legen?"


def test_mixed_languages() -> None:
    text = "I am so tired, you know. Man blir jo sliten. Eg veit ikkje kva eg skal gjere."
    found = check(text)
    assert_valid(text, found)
    assert [
        text[f.start : f.end] for f in found if f.principle == "si-jeg" and f.kind == "brudd"
    ] == ["Man"]
    assert check("That man is my neighbour.") == []


@pytest.mark.parametrize("value", [None, 5, 3.2, b"Man blir sliten", ["Man"], {"text": "x"}])
def test_non_string_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        check(value)  # type: ignore[arg-type]


def _corpus() -> list[str]:
    with DEV.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def test_property_spans_within_text_and_ids_valid() -> None:
    """Random mixtures of dev sentences, noise and markup: every finding stays valid."""
    rng = random.Random(20240611)
    corpus = _corpus()
    noise = [
        "",
        " ",
        "\n",
        "😞",
        "<b>",
        "</b>",
        "«",
        "»",
        "–",
        "...",
        "?!",
        "#",
        "\t",
        "123",
        "Ø",
        "İ",
        "ß",
        "🇳🇴",
        "e",
        "\u200b",
    ]
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts.append(rng.choice(corpus) if rng.random() < 0.7 else rng.choice(noise))
            if rng.random() < 0.3:
                parts.append(rng.choice(noise))
        text = rng.choice([" ", "", "\n"]).join(parts)
        if rng.random() < 0.2:
            text = text.upper()
        if rng.random() < 0.1:
            cut = rng.randint(0, len(text))
            text = text[:cut]
        for lang in (None, "nb", "nn"):
            assert_valid(text, check(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "Han sist sa i gruppa " * 400,
        "heldigvis " * 800,
        "man " + "e " * 2500 + "en blir",
        "du må jo bare ringe legen og " * 200,
        "noen " + "i gruppa " * 600 + "sa",
        "en " + "«" * 3000,
        ("a" * 200 + " ") * 25,
        "Kari sa " * 700,
        "\u202eMan blir sliten\u202c\u200b\ufeff",
        "Man\u0301 blir sliten",
    ],
    ids=[
        "group",
        "heldigvis",
        "fillers",
        "advice",
        "refs",
        "quotes",
        "long-words",
        "names",
        "bidi",
        "combining",
    ],
)
def test_repetitive_and_odd_input_stays_valid(text: str) -> None:
    assert_valid(text, check(text))
