"""The engine's copy of the principle ids, and the Finding type."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest

from widgets.feedback import ALL_IDS, Finding
from widgets.feedback.principles import CONVERSATION_RULE_IDS, PRINCIPLE_IDS

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path | None:
    env = os.environ.get("VERKSTED_SHARED")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared"]:
        if (cand / "contracts" / "principles.yaml").is_file():
            return cand
    return None


def contract_path() -> Path:
    """The shared contract, or the project's copy of it when shared/ is not there."""
    shared = shared_dir()
    if shared is not None:
        return shared / "contracts" / "principles.yaml"
    copy = REPO / "widgets" / "data" / "principles.yaml"
    if copy.is_file():
        return copy
    pytest.skip("principles.yaml not found (set VERKSTED_SHARED)")


def contract_ids() -> dict[str, list[str]]:
    """Ids per section of principles.yaml, read without a YAML library."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in contract_path().read_text(encoding="utf-8").splitlines():
        top = re.match(r"^([a-z_]+):", line)
        if top:
            current = top.group(1)
            sections[current] = []
            continue
        item = re.match(r"^\s+([a-z0-9-]+):", line)
        if item and current:
            sections[current].append(item.group(1))
    return sections


def test_ids_equal_the_contract() -> None:
    ids = contract_ids()
    assert list(PRINCIPLE_IDS) == ids["principles"]
    assert list(CONVERSATION_RULE_IDS) == ids["conversation_rules"]
    assert set(ids["principles"]) | set(ids["conversation_rules"]) == ALL_IDS


def test_finding_to_dict_has_exactly_the_contract_keys() -> None:
    f = Finding("si-jeg", "brudd", 0, 3, "Melding.", "Jeg blir sliten.")
    assert list(f.to_dict()) == ["principle", "kind", "start", "end", "message", "suggestion"]
    bare = Finding("spor-for-rad", "styrke", 0, 3, "Fint.")
    assert "suggestion" not in bare.to_dict()


def test_finding_is_frozen_and_checked() -> None:
    f = Finding("si-jeg", "brudd", 0, 3, "Melding.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 1  # type: ignore[misc]
    with pytest.raises(ValueError, match="unknown principle"):
        Finding("ikke-en-id", "brudd", 0, 3, "x")
    with pytest.raises(ValueError, match="unknown kind"):
        Finding("si-jeg", "ros", 0, 3, "x")
    with pytest.raises(ValueError, match="bad span"):
        Finding("si-jeg", "brudd", 3, 3, "x")
