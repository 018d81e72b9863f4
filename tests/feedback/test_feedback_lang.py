"""Bokmål or Nynorsk, from function words; an explicit lang wins."""

from __future__ import annotations

import pytest

from widgets.feedback import check, detect_lang, review


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eg veit ikkje kva eg skal gjere.", "nn"),
        ("Jeg vet ikke hva jeg skal gjøre.", "nb"),
        ("Korleis har du det no? Berre sei det.", "nn"),
        ("Hvordan har du det nå? Bare si det.", "nb"),
        ("Det er vanskeleg å vere pårørande.", "nn"),
        ("", "nb"),
        ("👍", "nb"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_explicit_lang_wins_and_sets_the_message_variety() -> None:
    text = "Man blir så sliten."
    assert review(text).lang == "nb"
    assert review(text, "nn").lang == "nn"
    nb_msg = check(text, "nb")[0].message
    nn_msg = check(text, "nn")[0].message
    assert nb_msg != nn_msg
    assert "«eg»" in nn_msg
    assert check(text, "nn")[0].suggestion == "Eg blir så sliten."


def test_bad_lang_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="lang"):
        check("Hei", "sv")
