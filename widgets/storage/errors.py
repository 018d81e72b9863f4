"""What the storage layer raises, importable without loading SQLAlchemy.

Pages catch these whether or not they have touched the database yet; keeping
them apart from the stores means a page without a course key never imports
SQLAlchemy at all (about 15 MB per kernel).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KeyNotFound", "KeyThrottled", "StorageBusy", "StorageError", "TraineeGone"]


class StorageError(Exception):
    """The database could not be used (misconfigured or unreachable)."""


class StorageBusy(StorageError):
    """A write did not get through within the retry deadline; nothing was half-done."""


class KeyNotFound(LookupError):
    """No trainee has this key (mistyped, never made, or deleted)."""


@dataclass
class KeyThrottled(Exception):
    """Too many wrong keys lately: wait ``seconds`` before the next check."""

    seconds: float


class TraineeGone(LookupError):
    """The trainee's data was deleted (in another tab, or by purging)."""
