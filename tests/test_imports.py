"""Pages import only what they need: nothing heavy on the trainee's path.

Every kernel of a served page pays for its imports in start-up time and memory
(and a preheated pool pays it per kernel), so the trainee's pages must not pull
in pandas (it is for exports, imported when an export is asked for).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys

import pytest
from IPython.core.inputtransformer2 import TransformerManager

from widgets.paths import course_dir

#: Modules a trainee's page must not import when it opens.
HEAVY = ("pandas", "numpy")


def trainee_pages() -> list[str]:
    """The landing page, Studie and Kurs pages, and the seminar participants' join page.

    The facilitator's seminar pages may import more (exports), so they are left out.
    """
    root = course_dir()
    pages = ["index.ipynb"]
    pages += sorted(p.relative_to(root).as_posix() for p in root.glob("studie/*.ipynb"))
    pages += sorted(p.relative_to(root).as_posix() for p in root.glob("kurs/*.ipynb"))
    if (root / "seminar" / "delta.ipynb").is_file():
        pages.append("seminar/delta.ipynb")
    return pages


def imports_of(page: str) -> list[str]:
    """The import statements of a notebook's code cells, as source lines."""
    nb = json.loads((course_dir() / page).read_text(encoding="utf-8"))
    found = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        tree = ast.parse(TransformerManager().transform_cell(source))
        found += [
            ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)
        ]
    return found


def loaded_after(statements: list[str]) -> set[str]:
    """Top-level module names loaded after running ``statements`` in a fresh Python."""
    code = "\n".join([*statements, "import sys", "print('\\n'.join(sorted(sys.modules)))"])
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return {name.split(".")[0] for name in done.stdout.split()}


def test_there_are_trainee_pages_with_imports_and_the_check_sees_pandas():
    pages = trainee_pages()
    assert "index.ipynb" in pages
    assert any(imports_of(p) for p in pages)
    assert "pandas" in loaded_after(["import pandas"])


@pytest.mark.parametrize("page", trainee_pages())
def test_trainee_page_imports_nothing_heavy(page):
    statements = imports_of(page)
    heavy = sorted(set(HEAVY) & loaded_after(statements))
    assert not heavy, f"{page} imports {heavy} through: {statements}"


def _after_page_widgets(question: str) -> str:
    """What ``question`` prints after a scenario, a quiz, a reflection and a page progress."""
    code = (
        "import sys\n"
        "from widgets.ui import ScenarioPlayer, QuizWidget, Reflection, PageProgress\n"
        "ScenarioPlayer('rad-som-ikke-ble-bedt-om'); QuizWidget('prinsippene-quiz')\n"
        "Reflection('prinsippene', 'vanskeligst'); PageProgress('studie/prinsippene.ipynb')\n"
        f"print({question})\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "QUERY_STRING"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return out.stdout.strip()


def test_pages_without_a_course_key_do_not_load_the_database_layer():
    """SQLAlchemy costs about 15 MB per kernel: only pages that use the database load it."""
    assert _after_page_widgets("'sqlalchemy' in sys.modules") == "False"


def test_pages_without_free_text_do_not_load_the_tagger():
    """The part-of-speech tagger costs about 8 MB: only a free-text check that needs it loads it."""
    assert _after_page_widgets("'widgets.feedback.tagger' in sys.modules") == "False"


def test_pages_without_free_text_do_not_load_the_classifier_model():
    """The classifier's weights (about 0.4 MB in memory) load on the first text checked."""
    question = (
        "'widgets.feedback.classifier' not in sys.modules"
        " or sys.modules['widgets.feedback.classifier']._model is None"
    )
    assert _after_page_widgets(question) == "True"
