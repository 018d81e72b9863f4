"""The course content as data: models, loading with line numbers, and checks."""

from __future__ import annotations

from typing import Any

from widgets.content.catalog import ContentError

__all__ = ["ContentError", "Problem", "Report", "check_content"]


def __getattr__(name: str) -> Any:
    # The checks and the YAML loader need PyYAML and pydantic, which the static
    # edition's browser does not have: they load when first asked for.
    if name in ("Report", "check_content"):
        from widgets.content import check

        return getattr(check, name)
    if name == "Problem":
        from widgets.content.loader import Problem

        return Problem
    raise AttributeError(name)
