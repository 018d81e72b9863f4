"""The canonical principle identifiers.

``widgets/data/principles.yaml`` is an exact copy of the shared contract
(``shared/contracts/principles.yaml``); a test keeps the two equal. Content,
the feedback engine and its command-line output use exactly these ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

__all__ = ["Principle", "all_ids", "canonical", "get"]

_CONTRACT = Path(__file__).resolve().parent / "data" / "principles.yaml"


@dataclass(frozen=True)
class Principle:
    """A principle or conversation rule with Selvhjelp Norge's wording."""

    id: str
    name: str
    group: str  # "principles" or "conversation_rules"


@cache
def canonical() -> dict[str, Principle]:
    """All principles and conversation rules, keyed by id, in contract order."""
    data = yaml.safe_load(_CONTRACT.read_text(encoding="utf-8"))
    return {
        pid: Principle(pid, name, group)
        for group in ("principles", "conversation_rules")
        for pid, name in data[group].items()
    }


def all_ids() -> frozenset[str]:
    """Every valid principle id."""
    return frozenset(canonical())


def get(pid: str) -> Principle:
    """The principle with this id (``KeyError`` if unknown)."""
    return canonical()[pid]
