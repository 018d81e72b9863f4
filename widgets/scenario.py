"""Playing a scenario: the state of one play-through, without any UI.

A :class:`ScenarioRun` walks the graph: the trainee chooses an option (or
writes their own words at a free-text step), the run records the step and moves
on, and at the end :meth:`ScenarioRun.summary` tells which principles were met
and broken along the path. The widgets in :mod:`widgets.ui` only display it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from widgets.content.models import END, Ending, Node, Option, Scenario

__all__ = ["ScenarioRun", "Step", "Summary", "all_paths", "option_order"]


@dataclass(frozen=True)
class Step:
    """One decision taken: the node, and the option chosen or the text written."""

    node_id: str
    option_index: int | None = None
    option: Option | None = None
    text: str | None = None
    findings: tuple = ()

    @property
    def is_text(self) -> bool:
        return self.option is None


@dataclass(frozen=True)
class Summary:
    """What a finished (or abandoned) play-through amounted to."""

    steps: tuple[Step, ...]
    ending: Ending | None
    honoured: Counter = field(default_factory=Counter)
    broken: Counter = field(default_factory=Counter)
    verdicts: Counter = field(default_factory=Counter)

    @property
    def choices(self) -> list[Step]:
        return [s for s in self.steps if s.option is not None]


def option_order(scenario_id: str, node: Node) -> list[int]:
    """The order options are shown in: stable, but not the order authors wrote.

    Authors tend to write the good option first; a per-node hash keeps the order
    the same on every visit (and in tests) without giving that away.
    """

    def key(i: int) -> str:
        return hashlib.sha256(
            f"{scenario_id}/{node.id}/{node.options[i].text}".encode()
        ).hexdigest()

    return sorted(range(len(node.options)), key=key)


class ScenarioRun:
    """One play-through of a scenario."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.restart()

    def restart(self) -> None:
        self.node_id: str | None = self.scenario.start_id
        self.steps: list[Step] = []
        self.finished = False

    @property
    def node(self) -> Node | None:
        """The node the trainee is at (``None`` after ending via ``slutt``)."""
        return None if self.node_id is None else self.scenario.node(self.node_id)

    def _advance(self, target: str) -> None:
        if target == END:
            self.node_id = None
            self.finished = True
        else:
            self.node_id = target
            self.finished = self.scenario.node(target).is_ending

    def choose(self, index: int) -> Step:
        """Take option ``index`` (the author's order) at the current node."""
        node = self.node
        if self.finished or node is None:
            raise ValueError("the scenario has ended")
        if (
            not isinstance(index, int)
            or isinstance(index, bool)
            or not 0 <= index < len(node.options)
        ):
            raise ValueError(f"no option {index!r} at node {node.id}")
        option = node.options[index]
        step = Step(node.id, index, option)
        self.steps.append(step)
        self._advance(option.next)
        return step

    def write(self, text: str, findings: tuple = (), *, advance: bool | None = None) -> Step:
        """Record the trainee's own words at a free-text step.

        At a node with only a free-text step the run moves on; at a node that
        also has options the words are practice beside the choice, so the run
        stays until an option is chosen.
        """
        node = self.node
        if self.finished or node is None or node.free_text is None:
            raise ValueError("this step does not ask for your own words")
        step = Step(node.id, text=text, findings=tuple(findings))
        self.steps.append(step)
        if advance if advance is not None else not node.options:
            self._advance(node.free_text.next)
        return step

    @property
    def ending(self) -> Ending | None:
        node = self.node
        return node.ending if node is not None and node.is_ending else None

    def summary(self) -> Summary:
        honoured: Counter = Counter()
        broken: Counter = Counter()
        verdicts: Counter = Counter()
        for step in self.steps:
            if step.option is not None:
                honoured.update(step.option.honours)
                broken.update(step.option.breaks)
                verdicts[step.option.verdict] += 1
        return Summary(tuple(self.steps), self.ending, honoured, broken, verdicts)


def all_paths(scenario: Scenario, max_paths: int = 100_000) -> Iterator[list[int | None]]:
    """Every path through the scenario as a list of choices, each edge once per path.

    ``None`` stands for a free-text step. Used by tests to play every path.
    """
    count = 0

    def walk(node_id: str, used: frozenset[tuple[str, int]], path: list[int | None]):
        nonlocal count
        node = scenario.node(node_id)
        if node.is_ending:
            count += 1
            yield path
            return
        choices: list[tuple[int | None, str]] = [(i, o.next) for i, o in enumerate(node.options)]
        if not node.options and node.free_text is not None:
            choices = [(None, node.free_text.next)]
        for index, target in choices:
            edge = (node_id, -1 if index is None else index)
            if edge in used or count >= max_paths:
                continue
            if target == END:
                count += 1
                yield [*path, index]
            else:
                yield from walk(target, used | {edge}, [*path, index])

    yield from walk(scenario.start_id, frozenset(), [])
