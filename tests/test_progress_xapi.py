"""xAPI statements: every exported statement passes the validator, and the validator bites."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone

import pytest

from widgets.content import catalog
from widgets.progress.xapi import VERBS, statements, validate_statement
from widgets.storage.progress import Answer, Note, Play, Progress

AT = datetime(2026, 11, 24, 18, 30, tzinfo=timezone.utc)
HOME = "https://kurs.example.no/"


def _progress() -> Progress:
    scenario = catalog.scenario("rad-som-ikke-ble-bedt-om")
    start = scenario.node(scenario.start_id)
    quiz = catalog.quiz("prinsippene-quiz")
    answers = [
        Answer(
            i + 1,
            quiz.id,
            q.id,
            "prinsippene",
            "studie",
            None,
            [j for j, a in enumerate(q.answers) if a.correct],
            "right",
            AT,
        )
        for i, q in enumerate(quiz.questions)
    ]
    return Progress(
        7,
        pages={"studie/prinsippene.ipynb": AT},
        plays=[
            Play(
                3,
                scenario.id,
                "prinsippene",
                "studie",
                "studie/prinsippene.ipynb",
                [[start.id, 0], [start.options[0].next, None]],
                {"god": 1},
                {"si-jeg": 1},
                {},
                None,
                AT,
            )
        ],
        answers=answers,
        notes=[Note(1, "prinsippene", "vanskeligst", "studie", b"n" * 12, b"secret", AT)],
    )


@pytest.fixture(scope="module")
def exported():
    return statements(_progress(), "vk-0123456789abcdef0123", HOME)


def test_every_statement_validates(exported):
    assert exported
    for s in exported:
        assert validate_statement(s) == [], json.dumps(s, ensure_ascii=False, indent=1)
    assert len({s["id"] for s in exported}) == len(exported)


def test_the_actor_is_a_pseudonymous_account(exported):
    for s in exported:
        assert s["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": HOME, "name": "vk-0123456789abcdef0123"},
        }
    text = json.dumps(exported)
    assert "secret" not in text  # notes are never exported


def test_scenario_choice_is_a_choice_interaction_with_its_response(exported):
    answered = [
        s
        for s in exported
        if s["verb"]["id"] == VERBS["answered"][0] and "/scenario/" in s["object"]["id"]
    ]
    assert len(answered) == 1  # the own-words step is not stated
    d = answered[0]["object"]["definition"]
    assert d["interactionType"] == "choice" and d["type"].endswith("cmi.interaction")
    assert [c["id"] for c in d["choices"]][:2] == ["a0", "a1"]
    assert answered[0]["result"]["response"] == "a0"
    completed = [
        s
        for s in exported
        if s["verb"]["id"] == VERBS["completed"][0]
        and s["object"]["id"].endswith("rad-som-ikke-ble-bedt-om")
    ]
    assert completed[0]["result"]["score"]["scaled"] == 1.0


def test_quiz_answers_completion_and_passing(exported):
    verbs = [s["verb"]["id"] for s in exported if "/quiz/" in s["object"]["id"]]
    quiz = catalog.quiz("prinsippene-quiz")
    assert verbs.count(VERBS["answered"][0]) == len(quiz.questions)
    assert VERBS["completed"][0] in verbs and VERBS["passed"][0] in verbs


def test_statement_ids_are_stable_between_exports(exported):
    again = statements(_progress(), "vk-0123456789abcdef0123", HOME)
    assert [s["id"] for s in again] == [s["id"] for s in exported]


def _first_choice(exported):
    return next(
        s for s in exported if s["object"].get("definition", {}).get("interactionType") == "choice"
    )


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda s: s.update(id="not-a-uuid"), "UUID"),
        (lambda s: s.pop("actor"), "actor is required"),
        (lambda s: s["actor"].update(mbox="mailto:a@b.no"), "exactly one"),
        (lambda s: s["actor"]["account"].update(homePage="kurs.example.no"), "IRL"),
        (lambda s: s["verb"].update(id="answered"), "IRI"),
        (lambda s: s["verb"].update(display={"norsk": "svarte"}), "RFC 5646"),
        (lambda s: s.update(timestamp="24.11.2026 18:30"), "ISO 8601"),
        (lambda s: s.update(timestamp="2026-11-24T18:30:00"), "ISO 8601"),
        (lambda s: s["result"].update(score={"scaled": 1.5}), "between -1 and 1"),
        (lambda s: s["result"].update(score={"raw": 5, "min": 0, "max": 3}), "more than max"),
        (lambda s: s["result"].update(response="a99"), "not one of the choices"),
        (lambda s: s["result"].update(success="yes"), "true or false"),
        (lambda s: s["result"].update(duration="5 minutes"), "duration"),
        (
            lambda s: s["object"]["definition"].update(interactionType="multiple-choice"),
            "not an interaction type",
        ),
        (lambda s: s["object"]["definition"].update(scale=[{"id": "x"}]), "not allowed"),
        (
            lambda s: s["object"]["definition"]["choices"].append(
                dict(s["object"]["definition"]["choices"][0])
            ),
            "not unique",
        ),
        (
            lambda s: s["object"]["definition"].update(correctResponsesPattern=["a0[,]zz"]),
            "not one of the choices",
        ),
        (lambda s: s["result"].update(extensions={"verdict": "god"}), "not an IRI"),
        (lambda s: s.update(extra=1), "unknown property"),
        (lambda s: s["result"].update(response=None), "null"),
        (lambda s: s["context"].update(registration="abc"), "UUID"),
        (lambda s: s["context"].update(language="norsk bokmål"), "language tag"),
        (lambda s: s["object"]["definition"].update(name={}), "language map"),
    ],
)
def test_the_validator_catches_each_rule(exported, break_it, message):
    statement = copy.deepcopy(_first_choice(exported))
    break_it(statement)
    errors = validate_statement(statement)
    assert any(message in e for e in errors), errors
