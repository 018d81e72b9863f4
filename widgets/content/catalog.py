"""Finding and loading content at run time.

A page needs one scenario or quiz, not the whole course, so the catalog finds
files by their conventional place and validates only what is asked for. The
layout (checked by ``verksted check``)::

    modules/course.yaml                     stages and pages in course order
    modules/principles.yaml                 the course's explanation of each principle
    modules/<module>/module.yaml            module metadata and reflection questions
    modules/<module>/<name>.md              texts
    modules/<module>/scenarios/<id>.yaml    one scenario per file
    modules/<module>/quizzes/<id>.yaml      one quiz per file
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from widgets.content import bundle
from widgets.content.models import (
    BaseModel,
    Course,
    Module,
    PracticeSet,
    PrincipleText,
    Quiz,
    Scenario,
)
from widgets.paths import modules_dir

if TYPE_CHECKING:
    from widgets.content.loader import Problem

__all__ = [
    "ContentError",
    "course",
    "module",
    "practice",
    "principle_texts",
    "quiz",
    "scenario",
    "scenario_paths",
    "text",
]

M = TypeVar("M", bound=BaseModel)


class ContentError(Exception):
    """Content that is missing or invalid; ``problems`` says where."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def _bundled(root: Path, path: Path) -> Any:
    """The parsed file from the static edition's bundle (KeyError when it has none)."""
    return bundle.lookup(path.relative_to(root).as_posix())


def _load(model: type[M], path: Path) -> M:
    if bundle.data() is not None:
        try:
            return model.model_validate(_bundled(modules_dir(), path))
        except (KeyError, ValueError) as exc:
            raise ContentError(f"cannot read {path}") from exc
    from widgets.content.loader import read_yaml, validate

    source, problems = read_yaml(path)
    if source is None:
        raise ContentError(f"cannot read {path}", problems)
    obj, more = validate(model, source)
    if obj is None:
        raise ContentError(f"{path} is not valid", problems + more)
    return obj


def _find(kind: str, item_id: str, root: Path) -> Path:
    packed = bundle.data()
    if packed is not None:
        names = sorted(packed["files"])
        matches = [root / n for n in names if n.endswith(f"/{kind}/{item_id}.yaml")]
    else:
        matches = sorted(root.glob(f"*/{kind}/{item_id}.yaml"))
    if not matches:
        raise ContentError(f"no {kind[:-1]} with id '{item_id}' in {root}")
    return matches[0]


@cache
def _scenario(item_id: str, root: Path) -> Scenario:
    return _load(Scenario, _find("scenarios", item_id, root))


@cache
def _quiz(item_id: str, root: Path) -> Quiz:
    return _load(Quiz, _find("quizzes", item_id, root))


def scenario(item_id: str, root: Path | None = None) -> Scenario:
    """The scenario with this id."""
    return _scenario(item_id, root or modules_dir())


def quiz(item_id: str, root: Path | None = None) -> Quiz:
    """The quiz with this id."""
    return _quiz(item_id, root or modules_dir())


def scenario_paths(root: Path | None = None) -> list[Path]:
    """Every scenario file, in module then file order."""
    root = root or modules_dir()
    packed = bundle.data()
    if packed is not None:
        return [root / n for n in sorted(packed["files"]) if "/scenarios/" in n]
    return sorted(root.glob("*/scenarios/*.yaml"))


@cache
def _module(module_id: str, root: Path) -> Module:
    path = root / module_id / "module.yaml"
    if bundle.data() is None and not path.is_file():
        raise ContentError(f"no module '{module_id}' in {root}")
    return _load(Module, path)


def module(module_id: str, root: Path | None = None) -> Module:
    """A module's metadata."""
    return _module(module_id, root or modules_dir())


@cache
def _course(root: Path) -> Course:
    return _load(Course, root / "course.yaml")


def course(root: Path | None = None) -> Course:
    """The course structure: stages and pages in order."""
    return _course(root or modules_dir())


@cache
def _principle_texts(root: Path) -> dict[str, PrincipleText]:
    if bundle.data() is not None:
        try:
            packed = _bundled(root, root / "principles.yaml")
        except KeyError as exc:
            raise ContentError("modules/principles.yaml is missing") from exc
        return {pid: PrincipleText.model_validate(value) for pid, value in packed.items()}
    from widgets.content.loader import read_yaml

    source, problems = read_yaml(root / "principles.yaml")
    if source is None or not isinstance(source.data, dict):
        raise ContentError("modules/principles.yaml is missing or not a mapping", problems)
    return {pid: PrincipleText.model_validate(value) for pid, value in source.data.items()}


def principle_texts(root: Path | None = None) -> dict[str, PrincipleText]:
    """The course's explanation of each principle, keyed by principle id."""
    return _principle_texts(root or modules_dir())


@cache
def _practice(root: Path) -> PracticeSet:
    return _load(PracticeSet, root / "ovingsbenk.yaml")


def practice(root: Path | None = None) -> PracticeSet:
    """The practice bench's situations."""
    return _practice(root or modules_dir())


def text(module_id: str, name: str, root: Path | None = None) -> str:
    """A module's Markdown text ``modules/<module_id>/<name>.md``."""
    root = root or modules_dir()
    path = root / module_id / f"{name}.md"
    if bundle.data() is not None:
        try:
            return str(_bundled(root, path))
        except KeyError as exc:
            raise ContentError(f"no text '{name}' in module '{module_id}'") from exc
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(f"no text '{name}' in module '{module_id}'") from exc
