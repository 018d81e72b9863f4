"""Tokens keep exact offsets; sentences split where a trainee expects."""

from __future__ import annotations

import pytest

from widgets.feedback.tokens import sentences, tokenize


@pytest.mark.parametrize(
    "text",
    [
        "Man blir jo så sliten.",
        "«Du burde» – ringe legen!!! 😩👍🏽",
        "<p>Ring kommunen</p>\nOg så?",
        "Søren-Jakob sa «hei» i går…",
        "tab\tand\r\nwindows",
    ],
)
def test_token_offsets_point_into_the_text(text: str) -> None:
    tokens, _ = tokenize(text)
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert t.low == t.text.lower()
    assert "".join(t.text for t in tokens) == "".join(text.split())


def test_html_tag_is_one_symbol_and_words_keep_their_hyphens() -> None:
    tokens, _ = tokenize("<b>Søren-Jakob</b> sa nei")
    assert [t.text for t in tokens] == ["<b>", "Søren-Jakob", "</b>", "sa", "nei"]
    assert [t.kind for t in tokens] == ["p", "w", "p", "w", "w"]


def test_sentences_end_at_punctuation_quotes_and_line_breaks() -> None:
    text = "Jeg er sliten. «Hva nå?» spurte hun\nNy linje uten punktum"
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans == ["Jeg er sliten.", "«Hva nå?»", "spurte hun", "Ny linje uten punktum"]


def test_question_flag() -> None:
    _, ss = tokenize("Har du det bra? Jeg er sliten.")
    assert [s.question for s in ss] == [True, False]


def test_ellipsis_before_lower_case_does_not_end_the_sentence() -> None:
    text = "Jeg vet ikke … kanskje. Han sa (...) og gikk... Så kom hun."
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans == ["Jeg vet ikke … kanskje.", "Han sa (...) og gikk...", "Så kom hun."]
