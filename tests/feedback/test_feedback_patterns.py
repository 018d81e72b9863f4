"""Phrase patterns compile on first use: every one must compile, and a gate opens only its own."""

from __future__ import annotations

import re

import pytest

from widgets.feedback.patterns import PhraseSet
from widgets.feedback.rules import advice, comfort, truth

SETS = {
    "comfort": comfort._COMFORT,
    "truth": truth._TRUTH,
    "advice": advice._PHRASES,
    "advice strengths": advice._STRENGTHS,
}


@pytest.mark.parametrize("name", SETS)
def test_every_pattern_compiles(name: str) -> None:
    phrases = SETS[name]
    assert len(phrases) >= 2
    for k in range(len(phrases)):
        assert isinstance(phrases.pattern(k), re.Pattern)


def test_a_pattern_is_compiled_only_when_its_gate_opens() -> None:
    ps = PhraseSet([(r"\bgår nok over\b", "går", "a"), (r"\bbare (sliten|trøtt)\b", "bare", "b")])
    assert ps._compiled == [None, None]
    text = "Det går nok over."
    hits = ps.matches(frozenset({"det", "går", "nok", "over"}), text)
    assert [(m.group(0), p) for m, p in hits] == [("går nok over", "a")]
    assert ps._compiled[0] is not None and ps._compiled[1] is None
    # a closed gate never matches, even where the pattern would
    assert ps.matches(frozenset({"du"}), "du er bare sliten") == []


def test_hits_come_in_text_order_longest_first() -> None:
    ps = PhraseSet([(r"\bnok\b", "nok", 1), (r"\bgår nok over\b", "går", 2)])
    hits = ps.matches(frozenset({"går", "nok"}), "det går nok over, nok om det")
    assert [(m.start(), p) for m, p in hits] == [(4, 2), (8, 1), (18, 1)]
