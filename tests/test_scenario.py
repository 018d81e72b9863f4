"""The scenario engine, and every path of every scenario in the course."""

from __future__ import annotations

import pytest
from conftest import SCENARIO

from widgets.content import catalog
from widgets.content.loader import read_yaml, validate
from widgets.content.models import Scenario
from widgets.scenario import ScenarioRun, all_paths, option_order


@pytest.fixture
def demo(tmp_path) -> Scenario:
    path = tmp_path / "enkel.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    source, _ = read_yaml(path)
    scenario, problems = validate(Scenario, source)
    assert not problems
    return scenario


def test_choose_moves_along_and_records_the_path(demo):
    run = ScenarioRun(demo)
    assert run.node.id == "start"
    step = run.choose(1)
    assert step.option.verdict == "uheldig"
    assert run.node.id == "midt" and not run.finished
    run.choose(0)
    assert run.finished and run.ending.title == "Ferdig"
    summary = run.summary()
    assert [s.option_index for s in summary.choices] == [1, 0]
    assert summary.broken == {"ikke-gi-rad": 1}
    assert summary.honoured == {"si-jeg": 1}
    assert summary.verdicts == {"uheldig": 1, "god": 1}


def test_slutt_ends_without_an_ending_node(demo):
    run = ScenarioRun(demo)
    run.choose(0)
    run.choose(1)
    assert run.finished and run.node is None and run.ending is None


@pytest.mark.parametrize("bad", [-1, 2, "0", None, True])
def test_invalid_choices_are_refused(demo, bad):
    run = ScenarioRun(demo)
    with pytest.raises(ValueError, match="no option"):
        run.choose(bad)
    assert run.steps == []


def test_no_choice_after_the_end(demo):
    run = ScenarioRun(demo)
    run.choose(0)
    run.choose(0)
    with pytest.raises(ValueError, match="ended"):
        run.choose(0)


def test_restart_forgets_the_path(demo):
    run = ScenarioRun(demo)
    run.choose(0)
    run.restart()
    assert run.node.id == "start" and run.steps == [] and not run.finished


def test_writing_only_where_asked(demo):
    run = ScenarioRun(demo)
    with pytest.raises(ValueError, match="own words"):
        run.write("Jeg er lei meg.")


def test_option_order_is_stable_and_a_permutation(demo):
    node = demo.node("start")
    first = option_order(demo.id, node)
    assert first == option_order(demo.id, node)
    assert sorted(first) == [0, 1]


def test_all_paths_of_the_demo(demo):
    assert sorted(all_paths(demo)) == [[0, 0], [0, 1], [1, 0], [1, 1]]


COURSE_SCENARIOS = [p.stem for p in catalog.scenario_paths()]


@pytest.mark.parametrize("scenario_id", COURSE_SCENARIOS)
def test_every_path_of_every_course_scenario_reaches_an_ending(scenario_id):
    scenario = catalog.scenario(scenario_id)
    paths = list(all_paths(scenario))
    assert paths, "no path to an ending"
    for path in paths:
        run = ScenarioRun(scenario)
        for choice in path:
            if choice is None:
                run.write("Jeg kjenner meg sliten nå.")
            else:
                run.choose(choice)
        assert run.finished, path
        summary = run.summary()
        assert len(summary.choices) == sum(c is not None for c in path)
        # every option names principles, so a path always meets some
        assert summary.honoured or summary.broken
    # every option of every node lies on some path
    used = {(n.id, i) for n in scenario.nodes for i in range(len(n.options))}
    seen = set()
    for path in paths:
        run = ScenarioRun(scenario)
        for choice in path:
            if choice is not None:
                seen.add((run.node.id, choice))
                run.choose(choice)
            else:
                run.write("Jeg er her.")
    assert seen == used
