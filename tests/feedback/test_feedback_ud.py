"""Word-level figures on the shared UD treebanks, read in place (never copied)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from widgets.feedback.conllu import read_conllu
from widgets.feedback.evaluation import UDScores, score_finite_verbs, score_ud

WRITTEN = ("no_bokmaal-ud-dev.conllu", "no_nynorsk-ud-dev.conllu")


@pytest.fixture(scope="module")
def ud(ud_dir: Path) -> dict[str, UDScores]:
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


def test_reader_places_words_in_the_sentence_text(ud_dir: Path) -> None:
    path = next(iter(sorted(ud_dir.glob("*.conllu"))))
    for k, sent in enumerate(read_conllu(path)):
        placed = [t for t in sent.tokens if t.start is not None]
        assert len(placed) >= len(sent.tokens) - 1
        for t in placed:
            assert sent.text[t.start : t.start + len(t.form)] == t.form  # type: ignore[operator]
        if k > 200:
            break


# A two-sentence CoNLL-U file written for this test (not treebank text).
_MINI = """# text = Jeg ringte legen.
1	Jeg	jeg	PRON	_	Case=Nom|Number=Sing|Person=1|PronType=Prs	2	nsubj	_	_
2	ringte	ringe	VERB	_	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	legen	lege	NOUN	_	Definite=Def|Gender=Masc|Number=Sing	2	obj	_	SpaceAfter=No
4	.	$.	PUNCT	_	_	2	punct	_	_

# text = Hun har vært syk.
1	Hun	hun	PRON	_	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	4	nsubj	_	_
2	har	ha	AUX	_	Mood=Ind|Tense=Pres|VerbForm=Fin	4	aux	_	_
3	vært	være	AUX	_	VerbForm=Part	4	cop	_	_
4	syk	syk	ADJ	_	Degree=Pos|Number=Sing	0	root	_	SpaceAfter=No
5	.	$.	PUNCT	_	_	4	punct	_	_

"""


def test_finite_verbs_scored_against_gold(tmp_path: Path) -> None:
    (tmp_path / "no_bokmaal-mini.conllu").write_text(_MINI, encoding="utf-8")
    [per] = score_finite_verbs(tmp_path).values()
    assert set(per) == {"table", "tagger", "her-og-na"}
    # "ringte" (past) and "har" (present, with "vært") are the two finite verbs
    for how, s in per.items():
        assert (s.tp, s.fp, s.fn) == (2, 0, 0), how


def test_evaluate_verbs_command(tmp_path: Path) -> None:
    (tmp_path / "no_bokmaal-mini.conllu").write_text(_MINI, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "widgets.feedback.commands",
            "evaluate",
            "--ud",
            str(tmp_path),
            "--verbs",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["ud_verbs"]["no_bokmaal-mini.conllu"]["her-og-na"]["f1"] == 1.0
    assert "ud" in report
