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

from widgets.storage.db import (
    Database,
    StorageBusy,
    StorageError,
    database,
    database_url,
)
from widgets.storage.migrations import current_versions, upgrade

__all__ = [
    "Database",
    "StorageBusy",
    "StorageError",
    "current_versions",
    "database",
    "database_url",
    "upgrade",
]
