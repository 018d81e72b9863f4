"""Word-level figures on the shared UD treebanks, read in place (never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from widgets.feedback.conllu import read_conllu
from widgets.feedback.evaluation import UDScores, find_ud_dir, score_ud

REPO = Path(__file__).resolve().parents[2]
WRITTEN = ("no_bokmaal-ud-dev.conllu", "no_nynorsk-ud-dev.conllu")


@pytest.fixture(scope="module")
def ud() -> dict[str, UDScores]:
    ud_dir = find_ud_dir(REPO)
    if ud_dir is None:
        pytest.skip("UD treebanks not found: set VERKSTED_SHARED or put shared/ beside the repo")
    return score_ud(ud_dir)


def test_article_rarely_flagged(ud: dict[str, UDScores]) -> None:
    assert ud["total"].article.total > 500
    assert ud["total"].article.rate <= 0.01
    for name in WRITTEN:
        assert ud[name].article.rate <= 0.01, name


def test_pronoun_man_flagged(ud: dict[str, UDScores]) -> None:
    assert ud["total"].man.total > 20
    assert ud["total"].man.rate >= 0.98


def test_pronoun_en_ein_flagged(ud: dict[str, UDScores]) -> None:
    assert ud["total"].pronoun_en.total > 100
    assert ud["total"].pronoun_en.rate >= 0.75


def test_reader_places_words_in_the_sentence_text() -> None:
    ud_dir = find_ud_dir(REPO)
    if ud_dir is None:
        pytest.skip("UD treebanks not found")
    path = next(iter(sorted(ud_dir.glob("*.conllu"))))
    for k, sent in enumerate(read_conllu(path)):
        placed = [t for t in sent.tokens if t.start is not None]
        assert len(placed) >= len(sent.tokens) - 1
        for t in placed:
            assert sent.text[t.start : t.start + len(t.form)] == t.form  # type: ignore[operator]
        if k > 200:
            break
