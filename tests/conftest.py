"""Shared fixtures: small content trees written on the fly, and repository paths."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

from widgets.paths import modules_dir, repo_root, shared_dir

REPO = repo_root()

# Kernels (nbval, Voilà) and command-line subprocesses import the package from
# this checkout, whichever checkout the virtual environment was installed from.
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p
)

SCENARIO = """\
id: enkel
title: En enkel samtale
module: demo
stages: [studie]
role: deltaker
group: blandet
focus: [dele-smerte]
setting: Et møte i gruppa.
characters:
  - id: kari
    name: Kari
    description: 40 år.
nodes:
  - id: start
    lines:
      - who: kari
        text: Jeg er så sliten.
    prompt: Hva sier du?
    options:
      - text: Det høres tungt ut.
        verdict: god
        honours: [dele-smerte]
        feedback: Du lar det være tungt.
        next: midt
      - text: Du bør sove mer.
        verdict: uheldig
        breaks: [ikke-gi-rad]
        feedback: Et råd hun ikke ba om.
        next: midt
  - id: midt
    prompt: Og så?
    options:
      - text: Jeg kjenner meg igjen.
        verdict: god
        honours: [si-jeg]
        feedback: Du snakker ut fra deg selv.
        next: slutt-node
      - text: Avslutt.
        verdict: delvis
        honours: [eget-tempo]
        feedback: Greit nok.
        next: slutt
  - id: slutt-node
    ending:
      title: Ferdig
      text: Godt jobbet.
"""

QUIZ = """\
id: demo-quiz
title: Demo
module: demo
stages: [studie]
questions:
  - id: q1
    kind: single
    text: Hva sier du?
    answers:
      - text: Jeg
        correct: true
        explanation: Riktig.
      - text: Man
        explanation: Feil.
"""

MODULE = """\
id: demo
title: Demo
order: 1
summary: En liten modul for tester.
reflections:
  - id: tanke
    stage: studie
    prompt: Hva tenker du?
"""

COURSE = """\
title: Testkurs
stages:
  - id: studie
    title: Studie
    summary: Les.
pages:
  - path: index.ipynb
    title: Velkommen
    stage: start
"""


class ContentTree:
    """A minimal valid content folder that a test can then break."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        shutil.copy(modules_dir() / "principles.yaml", root / "principles.yaml")
        self.write("course.yaml", COURSE)
        self.write("demo/module.yaml", MODULE)
        self.write("demo/studie.md", "# Demo\n\nTekst.\n")
        self.write("demo/scenarios/enkel.yaml", SCENARIO)
        self.write("demo/quizzes/demo-quiz.yaml", QUIZ)

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def edit(self, rel: str, old: str, new: str) -> Path:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path


@pytest.fixture
def tree(tmp_path: Path) -> ContentTree:
    return ContentTree(tmp_path / "modules")


@pytest.fixture
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is not beside the repository (set VERKSTED_SHARED to point at it)")
    return path


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """One real Voilà serving course/ with the committed configuration, for the session.

    Tests that need other settings start their own with ``running_server``.
    """
    from widgets.devtools.voila import running_server

    logs = tmp_path_factory.mktemp("voila")
    env = {"VERKSTED_STATE_DIR": str(logs / "state")}
    with running_server(logs / "voila.log", env=env) as srv:
        yield srv
