"""The part-of-speech tagger: hand-written sentences, UD accuracy floors, lazy loading, training."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from widgets.feedback import check
from widgets.feedback.commands import main
from widgets.feedback.evaluation import cold_start
from widgets.feedback.tagger import MODEL_PATH, Tag, load, tag
from widgets.feedback.tagger_train import TaggerScores, evaluate

REPO = Path(__file__).resolve().parents[2]
WRITTEN = ("no_bokmaal-ud-dev.conllu", "no_nynorsk-ud-dev.conllu")


def ws(sentence: str) -> list[str]:
    return sentence.split()


def upos(sentence: str, lang: str) -> list[str]:
    return [t.upos for t in tag(ws(sentence), lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "index", "expected"),
    [
        ("En må tåle mye .", "nb", 0, "PRON"),
        ("Når en er sliten , blir alt tungt .", "nb", 1, "PRON"),
        ("Jeg har en sønn som er syk .", "nb", 2, "DET"),
        ("Det var en lang dag .", "nb", 2, "DET"),
        ("Ein veit aldri kva som skjer .", "nn", 0, "PRON"),
        ("Når ein har eit sjukt barn , søv ein aldri heilt .", "nn", 1, "PRON"),
        ("Eg har ein son som er sjuk .", "nn", 2, "DET"),
        ("Det var ein lang dag .", "nn", 2, "DET"),
        ("Man blir så sliten .", "nb", 0, "PRON"),
    ],
)
def test_en_ein_both_readings(sentence: str, lang: str, index: int, expected: str) -> None:
    assert upos(sentence, lang)[index] == expected


def test_verb_forms_and_auxiliaries() -> None:
    tags = tag(ws("Hun har spist , og nå skal hun sove ."), "nb")
    assert (tags[1].upos, tags[1].form) == ("AUX", "pres")
    assert (tags[2].upos, tags[2].form) == ("VERB", "part")
    assert (tags[6].upos, tags[6].form) == ("AUX", "pres")
    assert (tags[8].upos, tags[8].form) == ("VERB", "inf")
    past = tag(ws("Han snakket med henne og ringte legen ."), "nb")
    assert [(t.upos, t.form) for t in past][1:6:4] == [("VERB", "past"), ("VERB", "past")]
    assert (tag(ws("Ring legen !"), "nb")[0].form) == "imp"
    nn = tag(ws("Eg kjem heim i morgon , men i går var eg borte ."), "nn")
    assert nn[1].form == "pres"
    assert nn[9].form == "past" and nn[9].lemma == "vere"
    assert tag(["Jeg", "er", "glad", "."], "nb")[1].lemma == "være"
    assert all(t.form is None for t in nn if t.upos not in ("VERB", "AUX"))


def test_tag_api() -> None:
    words = ws("Når ein har eit sjukt barn , søv ein aldri heilt .")
    full = tag(words, "nn")
    assert len(full) == len(words) and all(isinstance(t, Tag) for t in full)
    assert tag(words, "nn", stop=4) == full[:4]  # a prefix tags the same
    assert tag([], "nb") == []
    with pytest.raises(ValueError, match="lang must be"):
        tag(words, "en")


def test_model_file_is_compact() -> None:
    assert MODEL_PATH.stat().st_size < 5_000_000
    model = load()
    assert model.features > 50_000
    assert len(model.keys) * 0.6 >= model.features  # the table is at most 60 % full


def test_first_load_costs() -> None:
    costs = cold_start()  # a fresh process: import, a check without and one with the tagger
    assert costs["with_tagger_cpu_s"] < 0.3
    assert costs["engine_cpu_s"] < costs["with_tagger_cpu_s"]
    if Path("/proc/self/status").exists():
        assert 0 < costs["rss_tagger_mb"] - costs["rss_engine_mb"] < 15


def _fresh(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=REPO,
    )
    return done.stdout.strip()


def test_weights_load_only_when_an_ambiguous_word_is_checked() -> None:
    out = _fresh(
        """
        import sys
        import widgets.feedback as fb
        from widgets.feedback import tagger
        print(tagger.is_loaded())
        fb.check("Man blir så sliten. Jeg er glad i dag.")
        print(tagger.is_loaded())
        fb.check("Når en er sliten, blir alt tungt.")  # the words decide
        print(tagger.is_loaded())
        fb.check("Jeg har en sønn.")  # the words do not: the tagger is asked
        print(tagger.is_loaded())
        """
    )
    assert out.split() == ["False", "False", "False", "True"]
    # Importing the engine does not even import the tagger module.
    code = "import sys, widgets.feedback; print('widgets.feedback.tagger' in sys.modules)"
    assert _fresh(code) == "False"


@pytest.mark.parametrize(
    ("text", "lang", "generic"),
    [
        # The word lists do not know these verbs; the tagger does.
        ("Hvis en utsetter det, blir det verre.", "nb", True),
        ("Så bør ein tillata seg å kvile.", "nn", True),
        ("Ein knapt kan tru det.", "nn", True),
        # The lists alone took these for the pronoun; the tagger reads an article.
        ("I fjor fikk en rekke familier hjelp.", "nb", False),
        ("Det var en sjelden form for kreft.", "nb", False),
        # A verb reading only because of the position, and specific persons.
        ("Ein teoretikar skreiv om det.", "nn", False),
        ("Ein av dei sa det til meg.", "nn", False),
        ("Det var ein som heitte Ola.", "nn", False),
        ("Eg kjøpte ein ny sykkel.", "nn", False),
        # Still decided by the lists alone (the tagger is not asked).
        ("Når en er sliten, blir alt tungt.", "nb", True),
    ],
)
def test_generic_en_ein_with_the_tagger(text: str, lang: str, generic: bool) -> None:
    found = [
        f
        for f in check(text, lang)
        if f.principle == "si-jeg" and text[f.start : f.end].lower() in ("en", "ein")
    ]
    assert bool(found) == generic


TINY = """\
1	Kari	Kari	subst	subst	prop	2	SUBJ	_	_
2	leser	lese	verb	verb	pres	0	FINV	_	_
3	en	en	det	det	mask|ent|kvant	4	DET	_	_
4	bok	bok	subst	subst	appell|fem|ub|ent	2	DOBJ	_	_
5	.	$.	clb	clb	<punkt>	2	IP	_	_

1	Hun	hun	pron	pron	pers|3|ent|fem|nom	2	SUBJ	_	_
2	har	ha	verb	verb	pres	0	FINV	_	_
3	lest	lese	verb	verb	perf-part	2	INFV	_	_
4	boka	bok	subst	subst	appell|fem|be|ent	3	DOBJ	_	_
5	.	$.	clb	clb	<punkt>	2	IP	_	_

1	Det	det	pron	pron	pers|3|ent|nøyt	2	SUBJ	_	_
2	er	være	verb	verb	pres	0	FINV	_	_
3	ikke	ikke	adv	adv	_	2	ADV	_	_
4	lett	lett	adj	adj	nøyt|ub|ent|pos	2	SPRED	_	_
5	.	$.	clb	clb	<punkt>	2	IP	_	_
"""


def test_train_tagger_on_a_tiny_treebank(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    ndt = tmp_path / "ndt"
    ndt.mkdir()
    (ndt / "nob-tiny.conll").write_text(TINY, encoding="utf-8")
    out = tmp_path / "model.bin"
    assert (
        main(
            [
                "train-tagger",
                "--ndt",
                str(ndt),
                "--out",
                str(out),
                "--iterations",
                "4",
                "--prune",
                "0",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "3 sentences" in printed and " s" in printed.splitlines()[-1]
    model = load(out)
    got = [(t.upos, t.form, t.lemma) for t in model.tag(ws("Hun har lest boka ."), "nb")]
    assert got == [
        ("PRON", None, "hun"),
        ("AUX", "pres", "ha"),
        ("VERB", "part", "lese"),
        ("NOUN", None, "boka"),
        ("PUNCT", None, "."),
    ]
    assert [t.upos for t in model.tag(ws("Det er ikke lett ."), "nb")] == [
        "PRON",
        "AUX",
        "PART",
        "ADJ",
        "PUNCT",
    ]
    again = tmp_path / "again.bin"
    main(
        [
            "train-tagger",
            "--ndt",
            str(ndt),
            "--out",
            str(again),
            "--iterations",
            "4",
            "--prune",
            "0",
        ]
    )
    assert again.read_bytes() == out.read_bytes()  # deterministic
    assert main(["train-tagger", "--ndt", str(tmp_path / "missing")]) == 2
    capsys.readouterr()
    # --hold-out trains on nine sentences in ten and measures on the tenth (here: the first).
    assert main(["train-tagger", "--ndt", str(ndt), "--hold-out", "--prune", "0"]) == 0
    printed = capsys.readouterr().out
    assert "2 sentences" in printed
    assert re.search(r"UPOS \d/5 = ", printed)  # the five words of the held-out sentence
    assert "nb DET" in printed  # the article "en bok", flagged by neither
    assert not list(MODEL_PATH.parent.glob("held-out*"))


# -- accuracy on the UD dev files (never used for training) ------------------------
@pytest.fixture(scope="module")
def scores(ud_dir: Path) -> dict[str, TaggerScores]:
    return evaluate(ud_dir)


def test_upos_accuracy(scores: dict[str, TaggerScores]) -> None:
    for name in WRITTEN:
        assert scores[name].upos.total > 30_000
        assert scores[name].upos.rate >= 0.955, name
    assert scores["total"].upos.rate >= 0.91  # speech (NynorskLIA) pulls it down


def test_en_ein_accuracy(scores: dict[str, TaggerScores]) -> None:
    assert scores["no_bokmaal-ud-dev.conllu"].en_ein.rate >= 0.98
    assert scores["no_nynorsk-ud-dev.conllu"].en_ein.rate >= 0.95
    assert scores["total"].en_ein.total > 1000
    assert scores["total"].en_ein.rate >= 0.93


def test_verb_form_accuracy(scores: dict[str, TaggerScores]) -> None:
    for name in WRITTEN:
        assert scores[name].verb_form.rate >= 0.96, name
    assert scores["total"].verb_form.rate >= 0.95


def test_tense_of_finite_verbs(scores: dict[str, TaggerScores]) -> None:
    """The issue's target (tense ≥ 97 %), on the finite verbs the rules count."""
    for name in WRITTEN:
        assert scores[name].tense.total > 3000
        assert scores[name].tense.rate >= 0.97, name
    assert scores["total"].tense.rate >= 0.97
    # a subset of the verb-form figure, never more than it
    assert scores["total"].tense.total < scores["total"].verb_form.total
