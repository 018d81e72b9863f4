"""Fixtures the feedback tests share."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from widgets.feedback.evaluation import find_ud_dir

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def ud_dir() -> Path:
    """The UD treebank folder, read in place; skips locally without it, fails in CI."""
    found = find_ud_dir(REPO)
    if found is None:
        message = "UD treebanks not found: set VERKSTED_SHARED or put shared/ beside the repo"
        if os.environ.get("VERKSTED_CI") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found
