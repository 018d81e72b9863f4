"""Shared fixtures: small content trees written on the fly, and repository paths."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import textwrap
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from widgets.paths import modules_dir, repo_root, shared_dir

REPO = repo_root()

# Kernels (nbval, Voilà) and command-line subprocesses import the package from
# this checkout, whichever checkout the virtual environment was installed from.
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p
)

# Tests never write to a real deployment's database: storage tests ask for one
# explicitly (the fixtures below), and everything else (notebooks run by nbval,
# served pages) gets a throwaway SQLite file.
os.environ.pop("VERKSTED_DATABASE_URL", None)
# Each pytest-xdist worker gets its own (the workers inherit the controller's
# environment, and two test processes must not share one SQLite file).
if "VERKSTED_STATE_DIR" not in os.environ or os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["VERKSTED_STATE_DIR"] = tempfile.mkdtemp(prefix="verksted-state-")
    atexit.register(shutil.rmtree, os.environ["VERKSTED_STATE_DIR"], True)

#: A seminar scenario whose first step asks for the participants' own words.
WORDS_SCENARIO = """\
id: egne-ord
title: Med egne ord
module: demo
stages: [seminar]
role: deltaker
group: blandet
focus: [si-jeg]
setting: Et møte i gruppa.
characters:
  - id: kari
    name: Kari
    description: 40 år.
nodes:
  - id: start
    lines:
      - who: kari
        text: Jeg orker ikke mer.
    free_text:
      prompt: Hva sier du til Kari?
      placeholder: Skriv her …
      next: valg
  - id: valg
    prompt: Og så?
    options:
      - text: Jeg kjenner meg igjen.
        verdict: god
        honours: [si-jeg]
        feedback: Du snakker ut fra deg selv.
        next: slutt-node
      - text: Du bør sove mer.
        verdict: uheldig
        breaks: [ikke-gi-rad]
        feedback: Et råd hun ikke ba om.
        next: slutt
  - id: slutt-node
    ending:
      title: Ferdig
      text: Godt jobbet.
"""


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


# -- databases ------------------------------------------------------------------

ENV_TEST_DATABASE = "VERKSTED_TEST_DATABASE_URL"


def postgres_or_skip() -> str:
    """The test PostgreSQL's URL; skips when unset locally, fails in CI (VERKSTED_CI=1)."""
    url = os.environ.get(ENV_TEST_DATABASE, "").strip()
    if not url:
        message = (
            f"{ENV_TEST_DATABASE} is not set: no PostgreSQL to test against "
            "(run `sudo bash scripts/ci-postgres.sh` and export the URL it prints)"
        )
        if os.environ.get("VERKSTED_CI") == "1":
            pytest.fail(message + "; CI must test PostgreSQL")
        pytest.skip(message)
    return url


@contextmanager
def scratch_postgres(url: str) -> Iterator[str]:
    """A fresh, empty database next to ``url``'s, dropped afterwards.

    Several people and runs share one PostgreSQL; a database per test keeps
    them apart and makes every test start from nothing.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"verksted_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def database_url(request, tmp_path) -> Iterator[str]:
    """An empty database: an SQLite file, or a scratch database on the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'verksted.sqlite3'}"
        return
    with scratch_postgres(postgres_or_skip()) as url:
        yield url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A scratch database on the test PostgreSQL (for PostgreSQL-only tests)."""
    with scratch_postgres(postgres_or_skip()) as url:
        yield url


def small_pools() -> dict[str, dict[str, int]]:
    """The committed kernel pools, each at most 2 kernels.

    The committed join-page pool is sized for a seminar room; starting that many
    kernels for every test server would only cost the suite time and memory.
    """
    import json

    config = json.loads((REPO / "voila.json").read_text(encoding="utf-8"))
    pools = config["VoilaKernelManager"]["kernel_pools_config"]
    return {k: {**v, "pool_size": min(v["pool_size"], 2)} for k, v in pools.items()}


def pool_args(pools: dict[str, dict[str, int]]) -> list[str]:
    """Voilà command-line arguments that replace the kernel pool mapping."""
    import json

    return [f"--VoilaKernelManager.kernel_pools_config={json.dumps(pools)}"]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """One real Voilà serving course/ with the committed configuration, for the session.

    Only the pools are smaller (``small_pools``). Tests that need other settings
    start their own with ``running_server``.
    """
    from widgets.devtools.voila import running_server

    logs = tmp_path_factory.mktemp("voila")
    env = {
        "VERKSTED_STATE_DIR": str(logs / "state"),
        "VERKSTED_SECRET": "served-test-secret-" + "x" * 20,
    }
    with running_server(logs / "voila.log", env=env, args=pool_args(small_pools())) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, headless, through Playwright (one per test module).

    Missing chromium skips the browser tests on a developer's machine and fails
    them in CI (``VERKSTED_CI=1``): CI must run them.
    """
    from widgets.devtools.browser import chromium_path, launch

    if chromium_path() is None:
        message = (
            "chromium is not installed; `make test` installs Debian's chromium when run as "
            "root (scripts/test-setup.sh), or run: apt-get install chromium"
        )
        if os.environ.get("VERKSTED_CI") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, launch(playwright) as chromium:
        yield chromium


@pytest.fixture(scope="session")
def ud_dir() -> Path:
    """The UD treebank folder, read in place; skips locally without it, fails in CI."""
    from widgets.feedback.evaluation import find_ud_dir

    found = find_ud_dir(REPO)
    if found is None:
        message = "UD treebanks not found: set VERKSTED_SHARED or put shared/ beside the repo"
        if os.environ.get("VERKSTED_CI") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found
