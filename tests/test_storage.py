"""The storage layer: engine settings, versioned schema, retries (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, inspect, select, text

from widgets.storage import Database, StorageBusy, current_versions, database_url, upgrade
from widgets.storage import migrations as mig
from widgets.storage.migrations import Migration


def test_default_is_an_sqlite_file_in_the_state_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("VERKSTED_DATABASE_URL", raising=False)
    monkeypatch.setenv("VERKSTED_STATE_DIR", str(tmp_path / "state"))
    assert database_url() == f"sqlite:///{tmp_path / 'state' / 'verksted.sqlite3'}"
    db = Database()
    db.ensure_schema()
    assert (tmp_path / "state" / "verksted.sqlite3").is_file()  # created on first use
    db.dispose()


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgres://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql+psycopg://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ],
)
def test_postgres_urls_use_psycopg3(monkeypatch, given, used):
    monkeypatch.setenv("VERKSTED_DATABASE_URL", given)
    assert database_url() == used


def test_sqlite_connection_settings(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}", busy_timeout=2.5)
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2500
    db.dispose()


def test_upgrade_creates_the_schema_and_records_versions(database_url):
    db = Database(database_url)
    assert current_versions(db) == {}
    versions = upgrade(db)
    assert versions == {
        name: len(steps) for name, steps in (mig.migrations_for(m) for m in mig.COMPONENTS)
    }
    assert versions["progress"] >= 2
    assert current_versions(db) == versions
    # a second upgrade (another kernel) finds nothing to do
    assert upgrade(db) == versions
    db.dispose()


def test_migrated_schema_matches_the_tables_the_store_queries(database_url):
    """Migrations are frozen copies; they must still produce what the code expects."""
    from widgets.storage import progress, seminar

    db = Database(database_url)
    upgrade(db)
    inspector = inspect(db.engine)
    for table in [*seminar.meta.sorted_tables, *progress.meta.sorted_tables]:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        assert have == {c.name for c in table.columns}, table.name
    db.dispose()


def test_a_later_migration_keeps_existing_data(database_url, monkeypatch):
    """What issue 6 will do: a new component (and a new step) on an existing database."""
    from widgets.storage.seminar import SeminarStore

    db = Database(database_url)
    upgrade(db)
    store = SeminarStore(db)
    seminar, _ = store.create()

    def v1(conn):
        meta = MetaData()
        Table(
            "demo_note", meta, Column("id", Integer, primary_key=True), Column("body", String(20))
        )
        meta.create_all(conn)
        conn.execute(text("INSERT INTO demo_note (id, body) VALUES (1, 'first')"))

    def v2(conn):
        conn.execute(text("ALTER TABLE demo_note ADD COLUMN extra VARCHAR(10)"))

    import types

    module = types.ModuleType("demo_store")
    module.COMPONENT = "demo"
    module.MIGRATIONS = [Migration("notes", v1)]
    monkeypatch.setitem(__import__("sys").modules, "demo_store", module)
    components = [*mig.COMPONENTS, "demo_store"]
    assert upgrade(db, components)["demo"] == 1
    module.MIGRATIONS = [Migration("notes", v1), Migration("extra column", v2)]
    assert upgrade(db, components)["demo"] == 2
    with db.read() as conn:
        assert conn.execute(text("SELECT body, extra FROM demo_note")).all() == [("first", None)]
    assert store.get(seminar.id) is not None  # the seminar component's data is untouched
    db.dispose()


def test_a_database_newer_than_the_code_is_refused(database_url):
    db = Database(database_url)
    upgrade(db)
    db.write(lambda conn: conn.execute(mig.schema_version.update().values(version=99)))
    with pytest.raises(RuntimeError, match="newer than this code"):
        upgrade(db)
    db.dispose()


def test_concurrent_upgrades_apply_each_migration_once(database_url):
    """Forty kernels starting at once each call upgrade(); one of them does the work."""
    errors: list[BaseException] = []

    def start():
        db = Database(database_url)
        try:
            upgrade(db)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=start) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    db = Database(database_url)
    assert current_versions(db)["seminar"] >= 1
    db.dispose()


def test_write_waits_for_a_briefly_locked_sqlite_database(tmp_path):
    path = tmp_path / "locked.sqlite3"
    db = Database(f"sqlite:///{path}", busy_timeout=0.2, retry_deadline=5)
    upgrade(db)
    blocker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.8, lambda: blocker.execute("COMMIT")).start()
    start = time.monotonic()
    db.write(
        lambda conn: conn.execute(
            text("INSERT INTO facilitator_failure (at) VALUES ('2026-01-01')")
        )
    )
    assert time.monotonic() - start >= 0.5  # it waited (and retried) rather than failing
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM facilitator_failure")).scalar() == 1
    blocker.close()
    db.dispose()


def test_write_gives_up_with_storage_busy_and_stores_nothing(tmp_path):
    path = tmp_path / "locked.sqlite3"
    db = Database(f"sqlite:///{path}", busy_timeout=0.1, retry_deadline=0.5)
    upgrade(db)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageBusy):
            db.write(
                lambda conn: conn.execute(text("INSERT INTO facilitator_failure (at) VALUES ('x')"))
            )
    finally:
        blocker.execute("COMMIT")
        blocker.close()
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM facilitator_failure")).scalar() == 0
    db.dispose()


@pytest.mark.postgres
def test_postgres_retries_a_deadlock(postgres_url):
    """A transient PostgreSQL error (deadlock) is retried; the write then goes through."""
    db = Database(postgres_url)
    upgrade(db)
    calls = {"n": 0}

    def flaky(conn):
        calls["n"] += 1
        if calls["n"] == 1:
            # raise a real deadlock_detected (SQLSTATE 40P01) from the server
            conn.execute(text("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40P01'; END $$"))
        conn.execute(text("INSERT INTO facilitator_failure (at) VALUES (now())"))

    db.write(flaky)
    assert calls["n"] == 2
    with db.read() as conn:
        assert (
            conn.execute(select(text("count(*)")).select_from(text("facilitator_failure"))).scalar()
            == 1
        )
    db.dispose()
