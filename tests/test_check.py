"""``verksted check``: each kind of problem, with its file and line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from widgets.cli import main
from widgets.content.check import check_content


def lines_of(tree, course_root=None) -> list[str]:
    report = check_content(tree.root, course_root)
    return report.lines()


def only_problem(tree, course_root=None) -> str:
    found = lines_of(tree, course_root)
    assert len(found) == 1, found
    return found[0]


def test_valid_tree_passes_with_a_summary(tree):
    report = check_content(tree.root)
    assert report.ok, report.lines()
    assert report.summary() == "OK: 1 module, 1 scenario, 1 quiz"


def test_the_real_course_content_is_valid():
    from widgets.paths import course_dir, modules_dir

    report = check_content(modules_dir(), course_dir())
    assert report.ok, "\n".join(report.lines())


def test_unknown_next_target(tree):
    tree.edit("demo/scenarios/enkel.yaml", "next: slutt-node", "next: slut-node")
    found = lines_of(tree)
    assert "modules/demo/scenarios/enkel.yaml:37: option leads to 'slut-node'" in found[0]
    # the ending node is now unreachable, reported on its own line
    assert any("node 'slutt-node' cannot be reached from the start" in f for f in found)


def test_unreachable_node(tree):
    tree.edit(
        "demo/scenarios/enkel.yaml",
        "  - id: slutt-node\n",
        "  - id: glemt\n    ending:\n      title: X\n      text: Y\n  - id: slutt-node\n",
    )
    assert only_problem(tree).endswith(
        "enkel.yaml:43: node 'glemt' cannot be reached from the start"
    )


def test_node_from_which_no_ending_can_be_reached(tree):
    text = (tree.root / "demo/scenarios/enkel.yaml").read_text()
    text = text.replace("next: slutt-node", "next: midt").replace("next: slutt\n", "next: start\n")
    (tree.root / "demo/scenarios/enkel.yaml").write_text(text)
    found = lines_of(tree)
    assert any(":14: from node 'start' no ending can be reached" in f for f in found), found
    assert any(":30: from node 'midt' no ending can be reached" in f for f in found), found


def test_option_without_feedback(tree):
    tree.edit("demo/scenarios/enkel.yaml", "feedback: Et råd hun ikke ba om.", "feedback: ''")
    assert only_problem(tree).endswith("enkel.yaml:28: option has no feedback for the trainee")


def test_option_without_feedback_field_at_all(tree):
    tree.edit("demo/scenarios/enkel.yaml", "        feedback: Et råd hun ikke ba om.\n", "")
    assert "'feedback' is missing" in only_problem(tree)


def test_option_without_principle(tree):
    tree.edit("demo/scenarios/enkel.yaml", "        breaks: [ikke-gi-rad]\n", "")
    assert only_problem(tree).endswith(
        "enkel.yaml:25: option names no principle (add 'honours' or 'breaks')"
    )


def test_unknown_principle_id_with_suggestion(tree):
    tree.edit("demo/scenarios/enkel.yaml", "breaks: [ikke-gi-rad]", "breaks: [ikke-gi-raad]")
    assert only_problem(tree).endswith(
        "enkel.yaml:27: unknown principle id 'ikke-gi-raad' (did you mean 'ikke-gi-rad'?)"
    )


def test_duplicate_node_ids(tree):
    tree.edit("demo/scenarios/enkel.yaml", "  - id: midt\n", "  - id: start\n")
    assert any(":30: node id 'start' is used twice" in f for f in lines_of(tree))


def test_duplicate_scenario_ids_across_files(tree):
    text = (tree.root / "demo/scenarios/enkel.yaml").read_text()
    tree.write("demo/scenarios/kopi.yaml", text)
    found = lines_of(tree)
    assert any("kopi.yaml:1: id 'enkel' is also used in" in f for f in found)
    assert any("kopi.yaml:1: id 'enkel' must match the file name 'kopi'" in f for f in found)


def test_unknown_focus_principle(tree):
    tree.edit("demo/scenarios/enkel.yaml", "focus: [dele-smerte]", "focus: [dele-smerta]")
    assert only_problem(tree).endswith(
        "enkel.yaml:7: unknown principle id 'dele-smerta' (did you mean 'dele-smerte'?)"
    )


def test_duplicate_yaml_keys(tree):
    tree.edit("demo/scenarios/enkel.yaml", "title: En enkel samtale\n", "title: A\ntitle: B\n")
    assert only_problem(tree).endswith("enkel.yaml:3: 'title' appears twice here")


def test_yaml_syntax_error_is_a_located_problem_not_a_traceback(tree):
    tree.edit("demo/scenarios/enkel.yaml", "title: En enkel samtale", "title: [oops")
    line = only_problem(tree)
    assert line.startswith("modules/demo/scenarios/enkel.yaml:")
    assert "YAML syntax error" in line
    assert "Traceback" not in line


def test_wrong_value_and_unknown_field(tree):
    tree.edit("demo/scenarios/enkel.yaml", "verdict: god", "verdict: bra")
    tree.edit("demo/scenarios/enkel.yaml", "role: deltaker", "role: deltaker\ncolour: blue")
    found = lines_of(tree)
    assert any(":6: unknown field 'colour'" in f for f in found), found
    assert any(":22: nodes[1].options[1].verdict: 'bra' is not allowed" in f for f in found), found


def test_unknown_speaker(tree):
    tree.edit("demo/scenarios/enkel.yaml", "who: kari", "who: kåre")
    found = lines_of(tree)
    assert any(":16:" in f and "'kåre' is not a valid id" in f for f in found), found


def test_quiz_single_choice_needs_exactly_one_right(tree):
    tree.edit(
        "demo/quizzes/demo-quiz.yaml",
        "      - text: Man\n",
        "      - text: Man\n        correct: true\n",
    )
    assert "exactly one correct answer, not 2" in only_problem(tree)


def test_module_folder_without_metadata(tree):
    tree.write("tom/scenarios/x.yaml", "id: x\n")
    found = lines_of(tree)
    assert any("tom/module.yaml:1: folder 'tom' has no module.yaml" in f for f in found)


def test_course_pages_must_exist_and_every_notebook_be_listed(tree, tmp_path):
    pages = tmp_path / "course"
    (pages / "studie").mkdir(parents=True)
    (pages / "studie" / "ekstra.ipynb").write_text("{}")
    found = lines_of(tree, pages)
    assert any("course.yaml:7: notebook course/index.ipynb is missing" in f for f in found), found
    assert any("course/studie/ekstra.ipynb is not listed" in f for f in found), found


def test_principles_file_must_cover_every_id(tree):
    path = tree.root / "principles.yaml"
    text = path.read_text()
    start = text.index("meldeplikt:")
    path.write_text(text[:start])
    assert only_problem(tree).endswith(
        "principles.yaml:9: principle 'meldeplikt' has no explanation"
    )


def test_cli_exit_codes_and_output(tree, capsys):
    assert main(["check", str(tree.root)]) == 0
    assert capsys.readouterr().out.strip() == "OK: 1 module, 1 scenario, 1 quiz"

    tree.edit("demo/scenarios/enkel.yaml", "next: midt\n", "next: nowhere\n")
    assert main(["check", str(tree.root)]) == 1
    out = capsys.readouterr()
    assert out.out.startswith("modules/demo/scenarios/enkel.yaml:")
    assert "problem" in out.err


@pytest.mark.parametrize("args", [["check", "--help"], ["--help"]])
def test_cli_help(args):
    done = subprocess.run(
        [sys.executable, "-m", "widgets.cli", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "verksted" in done.stdout
