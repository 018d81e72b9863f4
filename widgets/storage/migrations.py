"""Versioned schema: each store brings an ordered list of migrations.

The table ``schema_version`` holds one row per *component* (a store module
such as ``seminar`` or ``progress``) with the number of its
migrations applied. :func:`upgrade` applies what is missing, in order, inside
one transaction per component, so an existing database is brought up to date
without losing data and a half-applied upgrade never remains.

Components have their own numbering so that stores developed side by side
never compete for the next number. To change a table, append a migration to
its component's list; never edit one that has shipped. Migrations define their
own tables (a frozen copy), not the store's current ``Table`` objects, so that
migration 1 always creates exactly what version 1 had.

Many kernels start at once and each calls :func:`upgrade`: on PostgreSQL an
advisory lock, on SQLite the write lock (``BEGIN IMMEDIATE``), lets one of
them do the work while the others wait and then find nothing to do.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, select, text

if TYPE_CHECKING:
    from widgets.storage.db import Database

__all__ = ["COMPONENTS", "Migration", "current_versions", "migrations_for", "upgrade"]

#: Store modules with migrations, in the order they are upgraded. A new store
#: adds its module here and defines ``COMPONENT`` and ``MIGRATIONS`` in it.
COMPONENTS: list[str] = ["widgets.storage.seminar", "widgets.storage.progress"]

#: An arbitrary constant: the PostgreSQL advisory lock that serialises upgrades.
_LOCK_KEY = 0x5645524B  # "VERK"

_meta = MetaData()
schema_version = Table(
    "schema_version",
    _meta,
    Column("component", String(40), primary_key=True),
    Column("version", Integer, nullable=False),
)


@dataclass(frozen=True)
class Migration:
    """One step of a component's schema: ``apply(conn)`` runs inside the upgrade transaction."""

    name: str
    apply: Callable[[Connection], None]


def migrations_for(module_name: str) -> tuple[str, list[Migration]]:
    """A store module's component name and migrations."""
    module = importlib.import_module(module_name)
    return module.COMPONENT, list(module.MIGRATIONS)


def current_versions(db: Database) -> dict[str, int]:
    """The applied version of every component (empty for a new database)."""

    def read(conn: Connection) -> dict[str, int]:
        if not conn.dialect.has_table(conn, "schema_version"):
            return {}
        return {r.component: r.version for r in conn.execute(select(schema_version))}

    return db.read_value(read)


def _check_not_newer(name: str, have: int, known: int) -> None:
    if have > known:
        raise RuntimeError(
            f"the database has {name} schema version {have}, newer than this code knows "
            f"({known}): update the code"
        )


def upgrade(db: Database, components: list[str] | None = None) -> dict[str, int]:
    """Apply every missing migration; returns the versions afterwards."""
    wanted = [migrations_for(m) for m in (components or COMPONENTS)]
    versions = current_versions(db)
    for name, steps in wanted:
        _check_not_newer(name, versions.get(name, 0), len(steps))
    if all(versions.get(name, 0) == len(steps) for name, steps in wanted):
        return versions

    def apply(conn: Connection) -> dict[str, int]:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
        schema_version.create(conn, checkfirst=True)
        done = {r.component: r.version for r in conn.execute(select(schema_version))}
        for name, steps in wanted:
            have = done.get(name, 0)
            _check_not_newer(name, have, len(steps))
            for migration in steps[have:]:
                migration.apply(conn)
            if len(steps) > have:
                if have == 0:
                    conn.execute(schema_version.insert().values(component=name, version=len(steps)))
                else:
                    conn.execute(
                        schema_version.update()
                        .where(schema_version.c.component == name)
                        .values(version=len(steps))
                    )
            done[name] = len(steps)
        return done

    return db.write(apply)
