"""Where the course's files live.

The package is installed in editable mode from the repository, so the content
(``modules/``) and the served notebooks (``course/``) sit beside it. Both can be
pointed elsewhere through environment variables, which the tests use for
fixtures and an operator may use for a separate content checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["course_dir", "modules_dir", "repo_root", "shared_dir", "state_dir"]

_PACKAGE = Path(__file__).resolve().parent


def repo_root() -> Path:
    """The repository the package was installed from."""
    return _PACKAGE.parent


def modules_dir() -> Path:
    """The course content as data (``VERKSTED_MODULES`` overrides)."""
    return Path(os.environ.get("VERKSTED_MODULES") or repo_root() / "modules")


def course_dir() -> Path:
    """The notebooks Voilà serves (``VERKSTED_COURSE`` overrides)."""
    return Path(os.environ.get("VERKSTED_COURSE") or repo_root() / "course")


def state_dir() -> Path:
    """Where run-time state (the SQLite database) is kept.

    Deliberately outside ``course/`` so that Voilà can never serve it.
    ``VERKSTED_STATE_DIR`` overrides the default ``<repo>/var``.
    """
    return Path(os.environ.get("VERKSTED_STATE_DIR") or repo_root() / "var")


def shared_dir() -> Path | None:
    """The developers' shared folder (contracts, treebank data), if present."""
    candidate = Path(os.environ.get("VERKSTED_SHARED") or repo_root().parent / "shared")
    return candidate if candidate.is_dir() else None
