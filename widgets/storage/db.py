"""The database: which one, how to connect, and writing with retries.

SQLite (a file under :func:`widgets.paths.state_dir`, outside the folder Voilà
serves) is the default; ``VERKSTED_DATABASE_URL`` selects PostgreSQL (through
psycopg 3). Every page is a kernel of its own and several Voilà processes may
share one PostgreSQL, so nothing here keeps state that other processes need:
they meet only in the database.

Writes go through :meth:`Database.write`, which runs a function in one
transaction and retries it with backoff when the database is briefly busy
(SQLite's lock, a PostgreSQL deadlock, serialization failure or dropped
connection). Functions passed to it must therefore be safe to run again.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from widgets.paths import state_dir
from widgets.storage.errors import StorageBusy, StorageError

__all__ = [
    "DEFAULT_FILE",
    "ENV_URL",
    "Database",
    "StorageBusy",
    "StorageError",
    "aware",
    "database",
    "database_url",
    "upsert",
    "utcnow",
]

log = logging.getLogger("verksted.storage")

#: The environment variable that selects the database (PostgreSQL in production).
ENV_URL = "VERKSTED_DATABASE_URL"
#: The SQLite file's name inside :func:`widgets.paths.state_dir`.
DEFAULT_FILE = "verksted.sqlite3"

T = TypeVar("T")


def utcnow() -> datetime:
    """Now, in UTC: everything the stores keep is in UTC."""
    return datetime.now(timezone.utc)


def aware(value: datetime | None) -> datetime | None:
    """A datetime read back from the database, in UTC (SQLite gives naive ones)."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def database_url() -> str:
    """The configured database URL: ``VERKSTED_DATABASE_URL`` or the SQLite file."""
    url = os.environ.get(ENV_URL, "").strip()
    if not url:
        return f"sqlite:///{state_dir() / DEFAULT_FILE}"
    # Accept the usual spellings of a PostgreSQL URL and use psycopg 3 for all.
    for prefix in ("postgres://", "postgresql://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _is_transient(exc: BaseException) -> bool:
    """Whether retrying the transaction may succeed (busy, locked, deadlock, dropped)."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.OperationalError):
        text = str(orig).lower()
        return "locked" in text or "busy" in text
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate:
        # 40001 serialization failure, 40P01 deadlock, 55P03 lock not available,
        # 57P01 admin shutdown, 08xxx connection exceptions.
        return sqlstate in {"40001", "40P01", "55P03", "57P01"} or sqlstate.startswith("08")
    return isinstance(exc, OperationalError) and "connection" in str(exc).lower()


class Database:
    """One database, its engine, and transactions with retries.

    Create it with :func:`database` (one per URL and process) rather than
    directly, except in tests that need their own settings.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        busy_timeout: float = 5.0,
        retry_deadline: float = 10.0,
        pool_size: int = 1,
    ) -> None:
        self.url = url or database_url()
        self.busy_timeout = busy_timeout
        self.retry_deadline = retry_deadline
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            self.engine = self._sqlite_engine(parsed.database)
        elif self.dialect == "postgresql":
            # One kernel runs one thing at a time, so a small pool suffices;
            # 40 participant kernels then hold about 40 connections.
            self.engine = create_engine(
                self.url,
                pool_size=pool_size,
                max_overflow=4,
                pool_pre_ping=True,
                pool_recycle=1800,
                connect_args={"connect_timeout": 5, "application_name": "verksted"},
            )
        else:
            raise StorageError(f"unsupported database {self.dialect!r}: use sqlite or postgresql")
        self._schema_ready = False

    def _sqlite_engine(self, path: str | None) -> Engine:
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            self.url,
            connect_args={"timeout": self.busy_timeout, "check_same_thread": False},
        )
        busy_ms = int(self.busy_timeout * 1000)

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy's BEGIN (below) start transactions, not the driver.
            dbapi_connection.isolation_level = None
            cur = dbapi_connection.cursor()
            cur.execute(f"PRAGMA busy_timeout = {busy_ms}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # A write takes the lock at BEGIN: a deferred transaction that reads
            # first and then writes can fail at once with SQLITE_BUSY when
            # another process wrote in between, and the busy timeout does not help.
            immediate = conn.get_execution_options().get("verksted_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    # -- transactions --------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a read transaction (rolled back at the end)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def write(self, fn: Callable[[Connection], T], *, deadline: float | None = None) -> T:
        """Run ``fn(conn)`` in one write transaction; retry it while the database is busy.

        Raises :class:`StorageBusy` when the database stays busy past the
        deadline (nothing of ``fn`` is then stored).
        """
        limit = time.monotonic() + (self.retry_deadline if deadline is None else deadline)
        delay = 0.02
        attempt = 0
        while True:
            attempt += 1
            try:
                with self.engine.connect() as conn:
                    conn.execution_options(verksted_write=True)
                    with conn.begin():
                        return fn(conn)
            except (OperationalError, DBAPIError) as exc:
                if not _is_transient(exc):
                    raise
                if time.monotonic() + delay > limit:
                    log.warning("database busy after %d attempts: %s", attempt, exc)
                    raise StorageBusy(str(exc)) from exc
                log.info("database busy (attempt %d), retrying in %.2fs", attempt, delay)
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 1.0)

    def read_value(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn(conn)`` in a read transaction, retrying a dropped connection once."""
        try:
            with self.read() as conn:
                return fn(conn)
        except DBAPIError as exc:
            if not _is_transient(exc):
                raise
            with self.read() as conn:
                return fn(conn)

    # -- schema -------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Bring the schema up to date, once per process (see :mod:`.migrations`)."""
        if self._schema_ready:
            return
        from widgets.storage.migrations import upgrade

        upgrade(self)
        self._schema_ready = True

    def dispose(self) -> None:
        self.engine.dispose()


def upsert(
    conn: Connection, table: Table, values: dict[str, Any], keys: list[str], update: list[str]
) -> None:
    """Insert a row, or update ``update`` columns where the ``keys`` already exist.

    One statement (``INSERT … ON CONFLICT … DO UPDATE``) on both databases, so
    two writers at once never produce two rows.
    """
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(table).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=keys, set_={c: stmt.excluded[c] for c in update}
    )
    conn.execute(stmt)


_databases: dict[str, Database] = {}


def database(url: str | None = None) -> Database:
    """The :class:`Database` for ``url`` (default: the configured one), schema up to date.

    One per URL and process: its connection pool is reused by every store.
    """
    key = url or database_url()
    db = _databases.get(key)
    if db is None:
        db = Database(key)
        _databases[key] = db
    db.ensure_schema()
    return db
