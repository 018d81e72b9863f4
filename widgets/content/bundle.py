"""The course content as one JSON document, for the static edition's browser.

The browser has neither PyYAML's C parser nor pydantic, so ``make static``
validates ``modules/`` with ``verksted check`` and writes every content file it
reads at run time, already parsed, into ``widgets/data/bundle.json`` inside the
browser's copy of the package. :mod:`widgets.content.catalog`,
:mod:`widgets.planning` and :mod:`widgets.strings` read from it when it is
there; the served edition has no such file and reads ``modules/`` itself.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["BUNDLE", "collect", "data", "lookup"]

#: Where the browser's copy of the package keeps the bundle (absent in a checkout).
BUNDLE = Path(__file__).resolve().parent.parent / "data" / "bundle.json"


@cache
def data() -> dict[str, Any] | None:
    """The bundle, or ``None`` when the content is read from ``modules/``."""
    if not BUNDLE.is_file():
        return None
    return json.loads(BUNDLE.read_text(encoding="utf-8"))


def lookup(relative: str) -> Any:
    """The parsed content file ``modules/<relative>`` (KeyError when absent)."""
    bundle = data()
    if bundle is None:
        raise KeyError(relative)
    return bundle["files"][relative]


def _validated(rel: str, raw: Any) -> Any:
    """A content file's data as its model validated it (stripped, defaults filled in)."""
    from widgets import planning
    from widgets.content import models

    parts = rel.split("/")
    whole = {
        "course.yaml": models.Course,
        "ovingsbenk.yaml": models.PracticeSet,
        "verktoy.yaml": planning.Toolkit,
    }
    model: Any = whole.get(rel)
    if len(parts) == 3 and parts[1] in ("scenarios", "quizzes"):
        model = models.Scenario if parts[1] == "scenarios" else models.Quiz
    elif len(parts) == 2 and parts[1] == "module.yaml":
        model = models.Module
    elif rel == "principles.yaml":
        return {
            k: models.PrincipleText.model_validate(v).model_dump(mode="json")
            for k, v in raw.items()
        }
    return model.model_validate(raw).model_dump(mode="json") if model else raw


def collect(root: Path, strings_dir: Path) -> dict[str, Any]:
    """Every content file under ``root`` validated (YAML) or read (Markdown), and the UI strings.

    Build time only: this needs PyYAML and pydantic, which the browser does not get.
    """
    import yaml

    files: dict[str, Any] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        if path.suffix == ".yaml":
            files[rel] = _validated(rel, yaml.safe_load(path.read_text(encoding="utf-8")))
        elif path.suffix == ".md":
            files[rel] = path.read_text(encoding="utf-8")
    strings = {
        p.stem: {str(k): str(v) for k, v in yaml.safe_load(p.read_text(encoding="utf-8")).items()}
        for p in sorted(strings_dir.glob("*.yaml"))
    }
    return {"files": files, "strings": strings}
