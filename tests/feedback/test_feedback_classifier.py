"""The classifier, the rules' second signal: its findings, the shipped model, training."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_feedback_badinput import assert_valid

from widgets.feedback import check, classifier
from widgets.feedback.classifier import MODEL_PATH, Classifier
from widgets.feedback.classifier_train import CLASSIFIED, TRAINING_FILES, train_files
from widgets.feedback.commands import main
from widgets.feedback.evaluation import read_jsonl, score_dev


def _model(weights: dict[str, dict[str, int]], principles=CLASSIFIED, threshold=0.8) -> Classifier:
    """A hand-made model: ``weights[feature][principle]`` (in 1/1000), bias -3."""
    table = {f: [per.get(p, 0) for p in principles] for f, per in weights.items()}
    bias = [-3000] * len(principles)
    return Classifier(Classifier.build(list(principles), table, bias, threshold))


@pytest.fixture
def hand_made():
    """Scores «lyspunkt» as comfort, «rart» as overruling, «sladder» as gossip, and advice."""
    classifier.use(
        _model(
            {
                "lyspunkt": {"dele-smerte": 6000},
                "rart": {"din-sannhet": 6000},
                "sladder": {"taushetsplikt": 6000},
                "prøv": {"ikke-gi-rad": 6000},
                "sykling": {"ikke-gi-rad": 6000},
            }
        )
    )
    yield
    classifier.use(None)


def found(text: str, principle: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check(text) if f.principle == principle and f.kind == "brudd"
    ]


def test_a_sure_model_adds_what_the_rules_have_no_words_for(hand_made) -> None:
    text = "Jeg hører deg. Men det er alltid et lyspunkt, du."
    findings = check(text)
    assert_valid(text, findings)
    (f,) = [f for f in findings if f.principle == "dele-smerte"]
    assert text[f.start : f.end] == "Men det er alltid et lyspunkt, du."  # the sentence
    assert f.message.startswith("Dette høres ut som trøst")
    assert f.suggestion  # a fixed rewrite
    classifier.use(False)
    assert found(text, "dele-smerte") == []  # the rules alone have nothing


def test_nynorsk_gets_nynorsk_messages(hand_made) -> None:
    (f,) = check("Det er rart du tenkjer slik, eg skjønar ikkje kvifor.", "nn")
    assert f.principle == "din-sannhet"
    assert f.message.startswith("Dette høyrest ut som")


def test_it_adds_nothing_the_rules_found_already(hand_made) -> None:
    # «Det går nok over» is a rule's; the model's «lyspunkt» adds no second finding.
    text = "Det går nok over, det er et lyspunkt."
    assert len(found(text, "dele-smerte")) == 1


def test_a_text_about_the_speaker_alone_is_not_advice_comfort_or_overruling(hand_made) -> None:
    assert found("Jeg så ikke noe lyspunkt den vinteren.", "dele-smerte") == []
    assert found("Jeg syntes det var rart å komme hit.", "din-sannhet") == []
    assert found("Jeg prøv å sove litt mer.", "ikke-gi-rad") == []
    # Gossip is told by the speaker: «jeg» does not keep it out.
    assert found("Jeg spredte sladder om en i gruppa.", "taushetsplikt")


def test_asking_first_keeps_the_model_from_calling_it_advice(hand_made) -> None:
    assert found("Sykling hjelper mye, vet du.", "ikke-gi-rad")
    text = "Vil du høre hva jeg gjorde? Sykling hjelper mye, vet du."
    assert found(text, "ikke-gi-rad") == []


def test_a_finding_about_the_whole_account_spans_the_whole_text() -> None:
    classifier.use(_model({"tenkte": {"her-og-na": 9000}}, principles=("her-og-na",)))
    try:
        text = "Den sommeren reiste vi. Jeg tenkte at det var over."
        (f,) = [f for f in check(text) if f.principle == "her-og-na"]
        assert (f.start, f.end) == (0, len(text))
    finally:
        classifier.use(None)


def test_a_damaged_model_file_is_refused(tmp_path) -> None:
    blob = Path(MODEL_PATH).read_bytes()
    with pytest.raises(ValueError, match="not a classifier"):
        Classifier(b"PK" + blob)
    with pytest.raises(ValueError, match="damaged"):
        Classifier(blob[:-200])
    with pytest.raises(ValueError, match="damaged"):
        Classifier(blob[:12] + b"{not json" + blob[21:])


# -- the shipped model ---------------------------------------------------------


def test_the_shipped_model_is_what_train_classifier_builds(tmp_path) -> None:
    out = tmp_path / "classifier.bin"
    model = train_files(out=out)
    assert out.read_bytes() == Path(MODEL_PATH).read_bytes(), (
        "widgets/feedback/data/classifier.bin is out of date: run `verksted train-classifier`"
    )
    assert model.principles == CLASSIFIED
    assert model.meta["trained_on"] == sum(
        len(read_jsonl(Path(MODEL_PATH).parents[3] / "tests" / "data" / n)) for n in TRAINING_FILES
    )


@pytest.mark.parametrize(
    ("text", "lang", "principle"),
    [
        # Written for this test, not in any training file.
        ("Nå må du ikke henge med hodet, tenk på alt det fine du har.", "nb", "dele-smerte"),
        ("Du var sikkert bare trøtt, han mente nok ikke noe vondt med det.", "nb", "din-sannhet"),
        ("Eg fortalde søstera mi om han i gruppa som har mista jobben.", "nn", "taushetsplikt"),
    ],
)
def test_the_shipped_model_with_the_rules(text: str, lang: str, principle: str) -> None:
    assert principle in {f.principle for f in check(text, lang) if f.kind == "brudd"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jeg prøver å tenke på det fine jeg har, men det er vanskelig nå.", "nb"),
        ("Jeg var sikkert bare trøtt den dagen, jeg husker lite.", "nb"),
        ("Eg fortalde søstera mi at eg har mista jobben.", "nn"),
        ("Hvis jeg hadde visst det, ville jeg ha ringt før.", "nb"),
    ],
)
def test_the_shipped_model_leaves_look_alikes_alone(text: str, lang: str) -> None:
    assert [f.principle for f in check(text, lang) if f.kind == "brudd"] == []


def test_without_the_classifier_the_rules_are_unchanged() -> None:
    """The model only adds: every rule finding is still there."""
    rows = read_jsonl(Path(MODEL_PATH).parents[3] / "tests" / "data" / "feedback_dev.jsonl")
    with_model = score_dev(rows)
    classifier.use(False)
    try:
        rules = score_dev(rows)
    finally:
        classifier.use(None)
    for p, s in rules.per_principle.items():
        assert with_model.per_principle[p].tp >= s.tp


def test_the_model_loads_on_the_first_check_not_on_import() -> None:
    code = (
        "import widgets.feedback as f, widgets.feedback.classifier as c\n"
        "print(c._model is None)\n"
        "f.check('Det ordner seg, skal du se.')\n"
        "print(c._model is None)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


# -- the commands ----------------------------------------------------------------


def test_train_classifier_writes_where_it_is_told_and_can_leave_a_file_out(tmp_path, capsys):
    out = tmp_path / "m.bin"
    data = Path(MODEL_PATH).parents[3] / "tests" / "data"
    two = [str(data / "feedback_blind_3.jsonl"), str(data / "feedback_blind_4.jsonl")]
    # two small files, one left out: the command's behaviour without a full training run
    assert (
        main(["train-classifier", *two, "--without", "feedback_blind_4.jsonl", "--out", str(out)])
        == 0
    )
    assert "from 1 files" in capsys.readouterr().out
    assert Classifier(out.read_bytes()).meta["trained_on"] == 170  # batch 3 alone
    assert main(["train-classifier", "--without", "finnes-ikke.jsonl", "--out", str(out)]) == 2
    assert "finnes-ikke.jsonl" in capsys.readouterr().err


def test_evaluate_with_another_classifier_or_none(tmp_path, capsys):
    batch = str(Path(MODEL_PATH).parents[3] / "tests" / "data" / "feedback_blind_6.jsonl")
    try:
        assert main(["evaluate", batch, "--classifier", "none", "--json"]) == 0
        rules = capsys.readouterr().out
        classifier.use(None)
        assert main(["evaluate", batch, "--json"]) == 0
        both = capsys.readouterr().out
        assert rules != both
        bad = tmp_path / "bad.bin"
        bad.write_bytes(b"nonsense")
        assert main(["evaluate", batch, "--classifier", str(bad)]) == 2
        assert "not a classifier model" in capsys.readouterr().err
    finally:
        classifier.use(None)


def test_gossip_needs_someone_to_be_about(hand_made) -> None:
    assert found("Jeg liker sladder om kjendiser i bladene.", "taushetsplikt") == []
    assert found("Dere er ikke sladder for meg.", "taushetsplikt") == []
    assert found("Hun sa det var sladder.", "taushetsplikt") == ["Hun sa det var sladder."]
    assert found("Jeg hørte sladder om Kari.", "taushetsplikt") == ["Jeg hørte sladder om Kari."]


def test_a_sentence_the_rules_read_as_comfort_is_not_also_advice(hand_made) -> None:
    # «Ikke tenk på det» is comfort (a rule); «sykling» alone makes the model say advice
    assert found("Ikke tenk på det, sykling hjelper deg.", "dele-smerte")
    assert found("Ikke tenk på det, sykling hjelper deg.", "ikke-gi-rad") == []
    assert found("Jeg hører deg. Sykling hjelper deg.", "ikke-gi-rad") == ["Sykling hjelper deg."]


@pytest.mark.parametrize(
    ("words", "passed_on"),
    [
        ([], False),
        (["kari"], False),  # one word: nothing told (and no error)
        (["eg", "sa", "ikkje", "noko", "om", "gruppa"], False),
        (["æ", "sa", "ingenting", "meir", "enn", "det"], True),
        (["anita", "kommer", "ikke", "i", "dag"], True),
        (["på", "gruppemøtet", "gråt", "ho"], True),
    ],
)
def test_gossip_needs_something_passed_on(words: list[str], passed_on: bool) -> None:
    from widgets.feedback.classifier import _passed_on

    assert _passed_on(words) is passed_on
