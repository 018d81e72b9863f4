"""Reading content files: YAML with line numbers, validated into models.

Every problem is reported as a :class:`Problem` with the file and the line it
is on, so ``verksted check`` can print ``file:line: message`` and an author can
go straight to it. Nothing here raises on bad content; callers decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from yaml.constructor import SafeConstructor

__all__ = ["Problem", "Source", "format_validation_error", "read_yaml", "validate"]

M = TypeVar("M", bound=BaseModel)
Loc = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong in a content file, in plain words."""

    file: Path
    line: int
    message: str

    def render(self, base: Path | None = None) -> str:
        shown = self.file
        if base is not None and self.file.resolve().is_relative_to(base.resolve()):
            shown = self.file.resolve().relative_to(base.resolve())
        return f"{shown}:{self.line}: {self.message}"


@dataclass
class Source:
    """A parsed YAML file and the line of every value in it."""

    path: Path
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line(self, loc: Loc) -> int:
        """The line of the value at ``loc``, or of its nearest located parent."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)

    def problem(self, loc: Loc, message: str) -> Problem:
        return Problem(self.path, self.line(loc), message)


def _walk(node: yaml.Node, loc: Loc, source: Source, problems: list[Problem]) -> None:
    source.lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            if key in seen:
                problems.append(
                    Problem(
                        source.path, key_node.start_mark.line + 1, f"'{key}' appears twice here"
                    )
                )
            seen.add(key)
            _walk(value_node, (*loc, key), source, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*loc, index), source, problems)


def read_yaml(path: Path) -> tuple[Source | None, list[Problem]]:
    """Parse one YAML file; syntax errors come back as problems, never raised."""
    problems: list[Problem] = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [Problem(path, 1, "the file is not UTF-8 text")]
    except OSError as exc:
        return None, [Problem(path, 1, f"cannot read the file ({exc.strerror})")]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or "invalid YAML"
        hint = f" ({exc.context})" if exc.context else ""
        return None, [Problem(path, line, f"YAML syntax error: {what}{hint}")]
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML always marks errors
        return None, [Problem(path, 1, f"YAML syntax error: {exc}")]
    if node is None:
        return None, [Problem(path, 1, "the file is empty")]
    source = Source(path, SafeConstructor().construct_document(node))
    _walk(node, (), source, problems)
    return source, problems


def _field(loc: Loc) -> str:
    names = [str(p) for p in loc if isinstance(p, str)]
    return names[-1] if names else "the file"


def _where(loc: Loc) -> str:
    parts: list[str] = []
    for p in loc:
        if isinstance(p, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{p + 1}]"]
        else:
            parts.append(p)
    return ".".join(parts)


def format_validation_error(error: dict[str, Any]) -> str:
    """One pydantic error in plain words an author understands."""
    loc: Loc = tuple(error.get("loc", ()))
    kind = error.get("type", "")
    name = _field(loc)
    where = _where(loc)
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"'{name}' is missing" + (f" (in {_where(loc[:-1])})" if len(loc) > 1 else "")
    if kind == "extra_forbidden":
        return f"unknown field '{name}' (misspelt, or in the wrong place?)"
    if kind in {"literal_error", "enum"}:
        return f"{where}: '{value}' is not allowed; use one of {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return (
            f"{where}: '{value}' is not a valid id; use lower-case letters a-z, digits and hyphens"
        )
    if kind in {"string_too_short", "too_short"}:
        minimum = ctx.get("min_length", 1)
        if kind == "string_too_short":
            return f"{where} must not be empty"
        return f"{where} needs at least {minimum} item{'s' if minimum != 1 else ''}"
    if kind in {"string_type", "str_type"}:
        return f"{where} must be text, not {type(value).__name__}"
    if kind in {"list_type"}:
        return f"{where} must be a list (lines starting with '- ')"
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return f"{where or 'the file'} must be a mapping of 'key: value' lines"
    if kind in {"int_type", "int_parsing"}:
        return f"{where} must be a whole number"
    if kind in {"bool_type", "bool_parsing"}:
        return f"{where} must be true or false"
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def validate(model: type[M], source: Source) -> tuple[M | None, list[Problem]]:
    """Validate a parsed file against a model; every error becomes a problem."""
    try:
        return model.model_validate(source.data), []
    except ValidationError as exc:
        problems = [
            source.problem(tuple(err["loc"]), format_validation_error(err))  # type: ignore[arg-type]
            for err in exc.errors(include_url=False)
        ]
        return None, problems
