"""Storage (model layer): SQLite by default, PostgreSQL through ``VERKSTED_DATABASE_URL``.

- :mod:`.db` — which database, the engine (SQLite: WAL, busy timeout, foreign
  keys), transactions that retry while the database is briefly busy;
- :mod:`.migrations` — the versioned schema (``schema_version`` and each
  store's ordered migrations, applied by :func:`upgrade`);
- one module per store: :mod:`.seminar` (seminar mode), :mod:`.progress`
  (trainee progress for a personal course key).

Widgets never hold SQL: they call a store's methods. Nothing here imports
ipywidgets.
"""

from __future__ import annotations

import importlib
from typing import Any

from widgets.storage.errors import StorageBusy, StorageError

__all__ = [
    "Database",
    "StorageBusy",
    "StorageError",
    "current_versions",
    "database",
    "database_url",
    "upgrade",
]

_LAZY = {
    "Database": "widgets.storage.db",
    "database": "widgets.storage.db",
    "database_url": "widgets.storage.db",
    "current_versions": "widgets.storage.migrations",
    "upgrade": "widgets.storage.migrations",
}


def __getattr__(name: str) -> Any:
    # SQLAlchemy loads only when a page really uses the database.
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
