"""Floors on the labelled development set (tests/data/feedback_dev.jsonl)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from widgets.feedback import ALL_IDS
from widgets.feedback.evaluation import DevScores, read_jsonl, score_dev

DEV = Path(__file__).resolve().parents[1] / "data" / "feedback_dev.jsonl"
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
