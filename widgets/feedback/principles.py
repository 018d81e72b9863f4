"""The principle ids the feedback engine may emit.

A copy of the ids in the shared contract ``contracts/principles.yaml``, kept
here so the engine runs with the standard library only (no YAML parser at run
time). ``tests/feedback/test_feedback_principles.py`` keeps the copy equal to
the contract.
"""

from __future__ import annotations

__all__ = ["ALL_IDS", "CONVERSATION_RULE_IDS", "KINDS", "PRINCIPLE_IDS"]

PRINCIPLE_IDS: tuple[str, ...] = (
    "her-og-na",
    "herfra-og-framover",
    "ikke-gi-rad",
    "dele-smerte",
    "si-jeg",
    "ikke-bare-historie",
    "lytt",
    "vaer-synlig",
    "eget-tempo",
    "felles-ansvar",
)

CONVERSATION_RULE_IDS: tuple[str, ...] = (
    "bruk-din-tid",
    "alles-bidrag",
    "be-om-rad",
    "spor-for-rad",
    "din-sannhet",
    "taushetsplikt",
    "meldeplikt",
)

ALL_IDS: frozenset[str] = frozenset(PRINCIPLE_IDS + CONVERSATION_RULE_IDS)

#: ``brudd``: the text goes against the principle; ``styrke``: it shows it well.
KINDS: frozenset[str] = frozenset({"brudd", "styrke"})
