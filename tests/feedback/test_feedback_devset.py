"""Floors on the labelled development data.

``tests/data/feedback_dev.jsonl`` is the development set; ``feedback_blind_<n>.jsonl``
are batches written blind by someone who had not seen the engine, scored once
before any change built on them (figures in docs/feedback.md) and development
data since.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from widgets.feedback import ALL_IDS
from widgets.feedback.evaluation import DevScores, read_jsonl, score_dev

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = DATA / "feedback_dev.jsonl"
BLIND = sorted(DATA.glob("feedback_blind_*.jsonl"))
# Training batches: written (not blind) for round 6, to build rules on; the
# classifier is not trained on them (a leave-one-batch-out run showed no gain).
TRAIN = sorted(DATA.glob("feedback_train_*.jsonl"))
PRINCIPLES = ["si-jeg", "ikke-gi-rad", "dele-smerte", "her-og-na", "din-sannhet", "taushetsplikt"]
FLOORS = {
    "si-jeg": 0.9,
    "ikke-gi-rad": 0.9,
    "dele-smerte": 0.8,
    "her-og-na": 0.8,
    "din-sannhet": 0.8,
    "taushetsplikt": 0.8,
}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_jsonl(DEV)


@pytest.fixture(scope="module")
def scores(rows: list[dict]) -> DevScores:
    return score_dev(rows)


def test_dev_set_shape(rows: list[dict]) -> None:
    assert len(rows) >= 300
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert len({r["text"] for r in rows}) == len(rows)
    langs = Counter(r["lang"] for r in rows)
    assert set(langs) == {"nb", "nn"}
    assert langs["nn"] / len(rows) >= 0.25
    positives: Counter[str] = Counter()
    for r in rows:
        assert set(r) <= {"id", "text", "lang", "expected", "note"}
        assert isinstance(r["text"], str)
        assert r["text"].strip()
        for e in r["expected"]:
            assert e["principle"] in ALL_IDS
            assert e["kind"] == "brudd"
            positives[e["principle"]] += 1
    for pid in PRINCIPLES:
        assert positives[pid] >= 20, pid
    clean = sum(1 for r in rows if not r["expected"])
    assert clean >= 100


@pytest.mark.parametrize("principle", PRINCIPLES)
def test_f1_floor(scores: DevScores, principle: str) -> None:
    s = scores.per_principle[principle]
    assert s.f1 >= FLOORS[principle], f"{principle}: P={s.precision:.3f} R={s.recall:.3f}"


def test_clean_sentences_rarely_flagged(scores: DevScores) -> None:
    assert scores.clean_false_alarm_rate <= 0.05


def test_micro_f1_floor(scores: DevScores) -> None:
    assert scores.micro.f1 >= 0.95


def test_micro_f1_sums_the_six_principles() -> None:
    rows = [
        {"id": "a", "text": "Man blir sliten.", "lang": "nb", "expected": [_b("si-jeg")]},
        {"id": "b", "text": "Du burde ringe legen.", "lang": "nb", "expected": [_b("si-jeg")]},
        {"id": "c", "text": "Jeg har en sønn.", "lang": "nb", "expected": []},
    ]
    s = score_dev(rows)
    # si-jeg: 1 tp, 1 fn; ikke-gi-rad: 1 fp -> micro P 1/2, R 1/2, F1 1/2
    assert (s.micro.tp, s.micro.fp, s.micro.fn) == (1, 1, 1)
    assert s.micro.f1 == 0.5
    assert s.per_principle["si-jeg"].f1 == 2 / 3


def _b(principle: str) -> dict[str, str]:
    return {"principle": principle, "kind": "brudd"}


# -- blind batches, now development data -----------------------------------------------
BLIND_FLOOR = 0.9  # every principle's F1 on each blind batch
BLIND_MICRO_FLOOR = 0.95
# A batch just scored and not yet built on keeps the floors of its blind score
# (every principle's F1, micro-F1), so no later change loses what it found; it
# moves up to the common floors once a round of changes has used it.
NOT_YET_BUILT_ON: dict[str, tuple[float, float]] = {
    # scored after round 10 (fe1c130): micro-F1 0.874 and 0.896; dele-smerte 0.750
    # and si-jeg 0.826 their lowest
    "feedback_blind_24": (0.74, 0.87),
    "feedback_blind_25": (0.82, 0.89),
}
# Clean sentences flagged, where a batch not yet built on is above the 5 % target.
CLEAN_CEILING: dict[str, float] = {}
# Batches a round has used in part (the classifier trained on them, the rules
# were fixed on some of their errors) keep floors just under today's figures
# (si-jeg 0.875 and 0.889 on 6 and 9, her-og-na 0.923 and 0.944 on 10 and 11,
# si-jeg 0.919 on 12, din-sannhet 0.889 on 14 and 0.778 on 17, taushetsplikt
# 0.852 on training batch 2 are their lowest).
BUILT_ON_IN_PART = {
    "feedback_blind_6": (0.85, 0.93),
    "feedback_blind_9": (0.85, 0.95),
    "feedback_blind_10": (0.9, 0.95),
    "feedback_blind_11": (0.9, 0.95),
    "feedback_blind_12": (0.9, 0.94),
    "feedback_blind_13": (0.9, 0.95),
    "feedback_blind_14": (0.85, 0.95),
    "feedback_blind_15": (0.9, 0.95),
    "feedback_blind_16": (0.85, 0.93),
    "feedback_blind_17": (0.75, 0.9),
    "feedback_blind_18": (0.85, 0.95),
    "feedback_blind_19": (0.9, 0.95),
    "feedback_blind_20": (0.9, 0.94),
    "feedback_blind_21": (0.9, 0.95),
    "feedback_blind_22": (0.85, 0.93),
    "feedback_blind_23": (0.85, 0.94),
    "feedback_train_1": (0.9, 0.94),
    "feedback_train_2": (0.85, 0.92),
}
BATCH_FLOORS = {**BUILT_ON_IN_PART, **NOT_YET_BUILT_ON}


def test_blind_batches_are_there() -> None:
    assert BLIND, "tests/data/feedback_blind_*.jsonl"


# rows, scores, (every principle's F1 floor, micro-F1 floor, clean-flagged ceiling)
Batch = tuple[list[dict], DevScores, tuple[float, float, float]]


@pytest.fixture(scope="module", params=BLIND + TRAIN, ids=lambda p: p.stem)
def blind(request: pytest.FixtureRequest) -> Batch:
    rows = read_jsonl(request.param)
    floors = BATCH_FLOORS.get(request.param.stem, (BLIND_FLOOR, BLIND_MICRO_FLOOR))
    return rows, score_dev(rows), (*floors, CLEAN_CEILING.get(request.param.stem, 0.05))


def test_blind_batch_shape(blind: Batch) -> None:
    rows, _, _ = blind
    assert len({r["id"] for r in rows}) == len(rows)
    dev_ids = {r["id"] for r in read_jsonl(DEV)}
    assert dev_ids.isdisjoint(r["id"] for r in rows)
    for r in rows:
        assert r["lang"] in ("nb", "nn")
        assert all(e["principle"] in ALL_IDS and e["kind"] == "brudd" for e in r["expected"])


def test_blind_batch_floors(blind: Batch) -> None:
    _, scores, (floor, micro_floor, clean_ceiling) = blind
    for pid in PRINCIPLES:
        s = scores.per_principle[pid]
        assert s.f1 >= floor, f"{pid}: P={s.precision:.3f} R={s.recall:.3f}"
    assert scores.micro.f1 >= micro_floor
    assert scores.clean_false_alarm_rate <= clean_ceiling
