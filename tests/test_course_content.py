"""The whole course: what issue 4 asks of the content, checked on the real files."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from widgets.content import catalog
from widgets.content.check import check_content
from widgets.paths import course_dir, modules_dir
from widgets.principles import all_ids

REPORT = check_content(modules_dir(), course_dir())
SCENARIOS = REPORT.scenarios
MODULES = {m.id: m for m in REPORT.modules}
CALL = re.compile(r"(ScenarioPlayer|QuizWidget|Reflection|show_text)\(([^)]*)\)")


def calls(path: str) -> list[tuple[str, list[str]]]:
    nb = json.loads((course_dir() / path).read_text(encoding="utf-8"))
    found = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        for name, args in CALL.findall("".join(cell["source"])):
            found.append((name, re.findall(r'"([^"]+)"', args)))
    return found


def test_the_six_modules_in_order():
    assert [m.id for m in sorted(MODULES.values(), key=lambda m: m.order)] == [
        "hva-er-selvhjelp", "prinsippene", "rammene",
        "samtalen-i-gruppa", "igangsetteren", "parorende",
    ]  # fmt: skip


def test_at_least_24_scenarios_with_three_decisions_on_average():
    assert len(SCENARIOS) >= 24
    assert sum(s.decision_points for s in SCENARIOS) / len(SCENARIOS) >= 3


def test_every_principle_and_conversation_rule_drives_a_scenario():
    focused = {pid for s in SCENARIOS for pid in s.focus}
    assert focused == all_ids()


def test_roles_and_kinds_of_groups_are_mixed():
    roles = Counter(s.role for s in SCENARIOS)
    groups = Counter(s.group for s in SCENARIOS)
    assert roles["deltaker"] >= 8 and roles["igangsetter"] >= 7
    assert groups["parorende"] >= 3 and groups["blandet"] >= 3


def test_every_option_has_principles_and_feedback_that_explains():
    for s in SCENARIOS:
        for node in s.nodes:
            for option in node.options:
                assert option.principles, (s.id, node.id)
                assert len(option.feedback.split()) >= 12, (s.id, node.id, option.text)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_studie_page(module):
    found = calls(f"studie/{module}.ipynb")
    players = [a[0] for n, a in found if n == "ScenarioPlayer"]
    assert len(players) >= 2
    assert all("studie" in catalog.scenario(p).stages for p in players)
    assert any(n == "QuizWidget" for n, _ in found)
    reflections = [a for n, a in found if n == "Reflection"]
    assert reflections and {r.id for r in MODULES[module].reflections} >= {
        a[1] for a in reflections
    }
    assert ("show_text", [module, "studie"]) in found


@pytest.mark.parametrize("module", sorted(MODULES))
def test_seminar_page_has_the_plan_and_a_room_scenario(module):
    found = calls(f"seminar/{module}.ipynb")
    assert ("show_text", [module, "seminar"]) in found
    plan = catalog.text(module, "seminar")
    assert re.search(r"\d+\s*min", plan), "the plan has timings"
    assert re.search(r"par|grupper", plan, re.I)
    players = [a[0] for n, a in found if n == "ScenarioPlayer"]
    assert any("seminar" in catalog.scenario(p).stages for p in players)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_kurs_page_lets_the_trainee_play_the_starter(module):
    found = calls(f"kurs/{module}.ipynb")
    assert ("show_text", [module, "kurs"]) in found
    players = [catalog.scenario(a[0]) for n, a in found if n == "ScenarioPlayer"]
    assert any(p.role == "igangsetter" for p in players)


def test_the_sources_disagreement_on_group_size_is_stated():
    text = catalog.text("rammene", "studie")
    assert "4–8" in text.replace("4-8", "4–8") and "5–8" in text.replace("5-8", "5–8")


def test_every_lesson_page_ends_with_its_progress():
    for page in catalog.course().pages:
        if page.kind != "lesson" or page.stage == "start":
            continue
        found = json.loads((course_dir() / page.path).read_text(encoding="utf-8"))["cells"]
        last = "".join(found[-1]["source"])
        assert f'PageProgress("{page.path}")' in last, page.path
