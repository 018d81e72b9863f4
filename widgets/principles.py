"""The canonical principles and conversation rules: ids, names and groups.

The ids are the shared contract's (``shared/contracts/principles.yaml``), kept in
:mod:`widgets.feedback.principles` so the feedback engine needs nothing but the
standard library; Selvhjelp Norge's names for them are content, in
``modules/principles.yaml``. Tests keep both equal to the contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from widgets.feedback.principles import CONVERSATION_RULE_IDS, PRINCIPLE_IDS

__all__ = ["Principle", "all_ids", "canonical", "get"]


@dataclass(frozen=True)
class Principle:
    """A principle or conversation rule with Selvhjelp Norge's wording."""

    id: str
    name: str
    group: str  # "principles" or "conversation_rules"


@cache
def canonical() -> dict[str, Principle]:
    """All principles and conversation rules, keyed by id, in contract order."""
    from widgets.content import catalog

    try:
        texts = catalog.principle_texts()
    except catalog.ContentError:
        texts = {}
    groups = (("principles", PRINCIPLE_IDS), ("conversation_rules", CONVERSATION_RULE_IDS))
    return {
        pid: Principle(pid, texts[pid].name if pid in texts else pid, group)
        for group, ids in groups
        for pid in ids
    }


def all_ids() -> frozenset[str]:
    """Every valid principle id."""
    return frozenset(PRINCIPLE_IDS + CONVERSATION_RULE_IDS)


def get(pid: str) -> Principle:
    """The principle with this id (``KeyError`` if unknown)."""
    return canonical()[pid]
