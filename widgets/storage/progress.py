"""Trainee progress: what is kept for a personal course key, and nothing more.

A plain store class, like :mod:`.seminar`. Per trainee (a row holding only the
keyed hash of the course key, :func:`widgets.progress.keys.key_hash`):

- pages completed (the page, its stage and module);
- scenarios played to an end: the path (node and option index per step; for
  a free-text step only that words were written, never the words), verdict
  counts, principles honoured and broken, the ending;
- quiz answers: the options chosen and whether that was right, per question;
- reflection notes the trainee chose to save, encrypted
  (:mod:`widgets.progress.notes`): the database holds ciphertext only;
- the day the key was last used, so that forgotten keys can be purged.

Wrong keys are counted in ``progress_failure`` (times only) for the rate
limit. :meth:`ProgressStore.delete` removes every row of a trainee; nothing
refers to a deleted key afterwards. All times are UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from widgets.progress.ratelimit import WINDOW, wait_before_check
from widgets.storage.db import Database, aware, database, upsert, utcnow
from widgets.storage.errors import KeyNotFound, KeyThrottled, TraineeGone
from widgets.storage.migrations import Migration
from widgets.storage.records import MAX_NOTE, Answer, Note, Play, Progress

__all__ = [
    "COMPONENT",
    "MAX_NOTE",
    "MIGRATIONS",
    "Answer",
    "KeyNotFound",
    "KeyThrottled",
    "Note",
    "Play",
    "Progress",
    "ProgressStore",
    "TraineeGone",
    "utcnow",
]

COMPONENT = "progress"

#: Longest page path, scenario/quiz/question/reflection id kept (longer ones are not ours).
MAX_ID = 120
# -- migrations (frozen copies of each version's tables) ---------------------------


def _v1(conn: Connection) -> None:
    meta = MetaData()
    Table(
        "progress_trainee",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("key_hash", String(64), nullable=False, unique=True),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
    trainee = ForeignKey("progress_trainee.id", ondelete="CASCADE")
    Table(
        "progress_page",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("trainee_id", Integer, trainee, nullable=False),
        Column("page", String(120), nullable=False),
        Column("stage", String(16), nullable=False),
        Column("module", String(80)),
        Column("at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("trainee_id", "page", name="uq_progress_page_once"),
    )
    Table(
        "progress_scenario",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "trainee_id",
            Integer,
            ForeignKey("progress_trainee.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("scenario_id", String(120), nullable=False),
        Column("module", String(80)),
        Column("stage", String(16), nullable=False),
        Column("page", String(120)),
        Column("path", JSON, nullable=False),
        Column("verdicts", JSON, nullable=False),
        Column("honoured", JSON, nullable=False),
        Column("broken", JSON, nullable=False),
        Column("ending", String(120)),
        Column("at", DateTime(timezone=True), nullable=False),
        Index("ix_progress_scenario_trainee", "trainee_id"),
    )
    Table(
        "progress_answer",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "trainee_id",
            Integer,
            ForeignKey("progress_trainee.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("quiz_id", String(120), nullable=False),
        Column("question_id", String(120), nullable=False),
        Column("module", String(80)),
        Column("stage", String(16), nullable=False),
        Column("page", String(120)),
        Column("selected", JSON, nullable=False),
        Column("outcome", String(8), nullable=False),
        Column("at", DateTime(timezone=True), nullable=False),
        UniqueConstraint(
            "trainee_id", "stage", "quiz_id", "question_id", name="uq_progress_answer_once"
        ),
    )
    Table(
        "progress_failure",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("at", DateTime(timezone=True), nullable=False),
        Index("ix_progress_failure_at", "at"),
    )
    meta.create_all(conn)


def _v2(conn: Connection) -> None:
    """Saved reflection notes (encrypted), and the day a key was last used (for purging)."""
    meta = MetaData()
    Table("progress_trainee", meta, Column("id", Integer, primary_key=True))
    Table(
        "progress_note",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "trainee_id",
            Integer,
            ForeignKey("progress_trainee.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("module", String(80), nullable=False),
        Column("reflection_id", String(120), nullable=False),
        Column("stage", String(16), nullable=False),
        Column("nonce", LargeBinary, nullable=False),
        Column("ciphertext", LargeBinary, nullable=False),
        Column("at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("trainee_id", "module", "reflection_id", name="uq_progress_note_once"),
    )
    meta.tables["progress_note"].create(conn)
    conn.exec_driver_sql("ALTER TABLE progress_trainee ADD COLUMN last_used_on DATE")
    # Keys from version 1 count as used on the day they were made.
    old = Table(
        "progress_trainee",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("created_at", DateTime(timezone=True)),
        Column("last_used_on", Date),
    )
    for row in conn.execute(select(old.c.id, old.c.created_at)).all():
        conn.execute(
            update(old).where(old.c.id == row.id).values(last_used_on=row.created_at.date())
        )
    conn.exec_driver_sql(
        "CREATE INDEX ix_progress_trainee_last_used ON progress_trainee (last_used_on)"
    )


MIGRATIONS: list[Migration] = [
    Migration("trainees, pages, scenarios, quiz answers, failed keys", _v1),
    Migration("encrypted reflection notes; the day a key was last used", _v2),
]


# -- the current tables, for queries -------------------------------------------------

meta = MetaData()
trainee_t = Table(
    "progress_trainee",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_used_on", Date),
)
page_t = Table(
    "progress_page",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "trainee_id", Integer, ForeignKey("progress_trainee.id", ondelete="CASCADE"), nullable=False
    ),
    Column("page", String(120), nullable=False),
    Column("stage", String(16), nullable=False),
    Column("module", String(80)),
    Column("at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("trainee_id", "page", name="uq_progress_page_once"),
)
scenario_t = Table(
    "progress_scenario",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "trainee_id", Integer, ForeignKey("progress_trainee.id", ondelete="CASCADE"), nullable=False
    ),
    Column("scenario_id", String(120), nullable=False),
    Column("module", String(80)),
    Column("stage", String(16), nullable=False),
    Column("page", String(120)),
    Column("path", JSON, nullable=False),
    Column("verdicts", JSON, nullable=False),
    Column("honoured", JSON, nullable=False),
    Column("broken", JSON, nullable=False),
    Column("ending", String(120)),
    Column("at", DateTime(timezone=True), nullable=False),
)
answer_t = Table(
    "progress_answer",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "trainee_id", Integer, ForeignKey("progress_trainee.id", ondelete="CASCADE"), nullable=False
    ),
    Column("quiz_id", String(120), nullable=False),
    Column("question_id", String(120), nullable=False),
    Column("module", String(80)),
    Column("stage", String(16), nullable=False),
    Column("page", String(120)),
    Column("selected", JSON, nullable=False),
    Column("outcome", String(8), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    UniqueConstraint(
        "trainee_id", "stage", "quiz_id", "question_id", name="uq_progress_answer_once"
    ),
)
note_t = Table(
    "progress_note",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "trainee_id", Integer, ForeignKey("progress_trainee.id", ondelete="CASCADE"), nullable=False
    ),
    Column("module", String(80), nullable=False),
    Column("reflection_id", String(120), nullable=False),
    Column("stage", String(16), nullable=False),
    Column("nonce", LargeBinary, nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("trainee_id", "module", "reflection_id", name="uq_progress_note_once"),
)
failure_t = Table(
    "progress_failure",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

#: Every table that holds rows of a trainee (deletion and its test walk these).
TRAINEE_TABLES = (page_t, scenario_t, answer_t, note_t)


def _short(value: str | None) -> str | None:
    return value[:MAX_ID] if isinstance(value, str) else None


# -- the store -------------------------------------------------------------------------


class ProgressStore:
    """Trainees' progress in the database. ``ProgressStore()`` uses the configured database."""

    def __init__(self, db: Database | None = None) -> None:
        self.db = db or database()
        self.db.ensure_schema()

    # -- keys ------------------------------------------------------------------
    def create(self, key_hash: str) -> int:
        """A new trainee with this key hash; returns its id.

        Raises :class:`ValueError` if the hash is taken (a new key is then drawn).
        """
        now = utcnow()

        def go(conn: Connection) -> int:
            if conn.execute(select(trainee_t.c.id).where(trainee_t.c.key_hash == key_hash)).first():
                raise ValueError("key taken")
            return conn.execute(
                insert(trainee_t)
                .values(key_hash=key_hash, created_at=now, last_used_on=now.date())
                .returning(trainee_t.c.id)
            ).scalar_one()

        return self.db.write(go)

    def find(self, key_hash: str) -> int | None:
        """The trainee with this key hash (no rate limit: for the key's own pages)."""
        row = self.db.read_value(
            lambda conn: conn.execute(
                select(trainee_t.c.id, trainee_t.c.last_used_on).where(
                    trainee_t.c.key_hash == key_hash
                )
            ).first()
        )
        if row is None:
            return None
        today = utcnow().date()
        if row.last_used_on is None or row.last_used_on < today:
            self.db.write(
                lambda conn: conn.execute(
                    update(trainee_t).where(trainee_t.c.id == row.id).values(last_used_on=today)
                )
            )
        return row.id

    def check(self, key_hash_fn: Any, key: str, now: datetime | None = None) -> int:
        """The trainee for ``key``, rate-limited: the way every typed or linked key is checked.

        ``key_hash_fn(key)`` is only called when a check is allowed (it costs an
        scrypt). Raises :class:`KeyThrottled` while wrong keys are slowed down,
        :class:`KeyNotFound` (and counts a failure) when no trainee has the key.
        """
        now = now or utcnow()
        wait = wait_before_check(self.failures_since(now - WINDOW), now)
        if wait > 0:
            raise KeyThrottled(wait)
        trainee_id = self.find(key_hash_fn(key))
        if trainee_id is None:
            self.db.write(lambda conn: conn.execute(insert(failure_t).values(at=now)))
            raise KeyNotFound
        return trainee_id

    def failures_since(self, since: datetime) -> list[datetime]:
        return self.db.read_value(
            lambda conn: [
                aware(at)
                for at in conn.execute(
                    select(failure_t.c.at).where(failure_t.c.at > since).order_by(failure_t.c.at)
                ).scalars()
            ]
        )

    def exists(self, trainee_id: int) -> bool:
        return (
            self.db.read_value(
                lambda conn: conn.execute(
                    select(trainee_t.c.id).where(trainee_t.c.id == trainee_id)
                ).first()
            )
            is not None
        )

    # -- writing progress ------------------------------------------------------------
    def _write(self, trainee_id: int, fn: Any) -> Any:
        def go(conn: Connection) -> Any:
            if (
                conn.execute(select(trainee_t.c.id).where(trainee_t.c.id == trainee_id)).first()
                is None
            ):
                raise TraineeGone(trainee_id)
            return fn(conn)

        try:
            return self.db.write(go)
        except IntegrityError:
            # Deleted between the check and the insert (another tab): the
            # foreign key refused the row.
            if not self.exists(trainee_id):
                raise TraineeGone(trainee_id) from None
            raise

    def complete_page(self, trainee_id: int, page: str, stage: str, module: str | None) -> None:
        """Mark a page as completed (again: keeps the first time)."""
        values = {
            "trainee_id": trainee_id,
            "page": page[:MAX_ID],
            "stage": stage[:16],
            "module": _short(module),
            "at": utcnow(),
        }
        self._write(
            trainee_id,
            lambda conn: upsert(
                conn, page_t, values, keys=["trainee_id", "page"], update=["stage", "module"]
            ),
        )

    def uncomplete_page(self, trainee_id: int, page: str) -> None:
        self._write(
            trainee_id,
            lambda conn: conn.execute(
                delete(page_t).where(page_t.c.trainee_id == trainee_id, page_t.c.page == page)
            ),
        )

    def record_play(
        self,
        trainee_id: int,
        *,
        scenario_id: str,
        module: str | None,
        stage: str,
        page: str | None,
        path: Iterable[tuple[str, int | None]],
        verdicts: dict[str, int],
        honoured: dict[str, int],
        broken: dict[str, int],
        ending: str | None,
    ) -> int:
        """Keep a scenario played to an end; every play is a row of its own."""
        values = {
            "trainee_id": trainee_id,
            "scenario_id": scenario_id[:MAX_ID],
            "module": _short(module),
            "stage": stage[:16],
            "page": _short(page),
            "path": [[str(n)[:MAX_ID], i if isinstance(i, int) else None] for n, i in path],
            "verdicts": {str(k): int(v) for k, v in verdicts.items()},
            "honoured": {str(k): int(v) for k, v in honoured.items()},
            "broken": {str(k): int(v) for k, v in broken.items()},
            "ending": _short(ending),
            "at": utcnow(),
        }
        return self._write(
            trainee_id,
            lambda conn: conn.execute(
                insert(scenario_t).values(**values).returning(scenario_t.c.id)
            ).scalar_one(),
        )

    def record_answer(
        self,
        trainee_id: int,
        *,
        quiz_id: str,
        question_id: str,
        module: str | None,
        stage: str,
        page: str | None,
        selected: Iterable[int],
        outcome: str,
    ) -> None:
        """Keep the latest answer to a quiz question (per stage)."""
        if outcome not in {"right", "partly", "wrong"}:
            raise ValueError(outcome)
        values = {
            "trainee_id": trainee_id,
            "quiz_id": quiz_id[:MAX_ID],
            "question_id": question_id[:MAX_ID],
            "module": _short(module),
            "stage": stage[:16],
            "page": _short(page),
            "selected": sorted(int(i) for i in selected),
            "outcome": outcome,
            "at": utcnow(),
        }
        self._write(
            trainee_id,
            lambda conn: upsert(
                conn,
                answer_t,
                values,
                keys=["trainee_id", "stage", "quiz_id", "question_id"],
                update=["module", "page", "selected", "outcome", "at"],
            ),
        )

    def save_note(
        self,
        trainee_id: int,
        *,
        module: str,
        reflection_id: str,
        stage: str,
        nonce: bytes,
        ciphertext: bytes,
    ) -> None:
        """Keep (or replace) the encrypted note for one reflection question."""
        values = {
            "trainee_id": trainee_id,
            "module": module[:80],
            "reflection_id": reflection_id[:MAX_ID],
            "stage": stage[:16],
            "nonce": nonce,
            "ciphertext": ciphertext,
            "at": utcnow(),
        }
        self._write(
            trainee_id,
            lambda conn: upsert(
                conn,
                note_t,
                values,
                keys=["trainee_id", "module", "reflection_id"],
                update=["stage", "nonce", "ciphertext", "at"],
            ),
        )

    def delete_note(self, trainee_id: int, note_id: int) -> bool:
        """Delete one of this trainee's notes; ``False`` if it was not there."""
        return bool(
            self._write(
                trainee_id,
                lambda conn: (
                    conn.execute(
                        delete(note_t).where(
                            note_t.c.id == note_id, note_t.c.trainee_id == trainee_id
                        )
                    ).rowcount
                ),
            )
        )

    # -- reading ----------------------------------------------------------------------
    def progress(self, trainee_id: int) -> Progress:
        """Everything kept for the trainee; raises :class:`TraineeGone` if deleted."""

        def go(conn: Connection) -> Progress:
            if (
                conn.execute(select(trainee_t.c.id).where(trainee_t.c.id == trainee_id)).first()
                is None
            ):
                raise TraineeGone(trainee_id)
            mine = trainee_id
            pages = {
                r.page: aware(r.at)
                for r in conn.execute(
                    select(page_t).where(page_t.c.trainee_id == mine).order_by(page_t.c.id)
                )
            }
            plays = [
                Play(
                    r.id,
                    r.scenario_id,
                    r.module,
                    r.stage,
                    r.page,
                    list(r.path),
                    dict(r.verdicts),
                    dict(r.honoured),
                    dict(r.broken),
                    r.ending,
                    aware(r.at),
                )
                for r in conn.execute(
                    select(scenario_t)
                    .where(scenario_t.c.trainee_id == mine)
                    .order_by(scenario_t.c.id)
                )
            ]
            answers = [
                Answer(
                    r.id,
                    r.quiz_id,
                    r.question_id,
                    r.module,
                    r.stage,
                    r.page,
                    list(r.selected),
                    r.outcome,
                    aware(r.at),
                )
                for r in conn.execute(
                    select(answer_t).where(answer_t.c.trainee_id == mine).order_by(answer_t.c.id)
                )
            ]
            notes = [
                Note(
                    r.id,
                    r.module,
                    r.reflection_id,
                    r.stage,
                    bytes(r.nonce),
                    bytes(r.ciphertext),
                    aware(r.at),
                )
                for r in conn.execute(
                    select(note_t).where(note_t.c.trainee_id == mine).order_by(note_t.c.id)
                )
            ]
            return Progress(trainee_id, pages, plays, answers, notes)

        return self.db.read_value(go)

    # -- deleting ---------------------------------------------------------------------
    def delete(self, trainee_id: int) -> None:
        """Delete the trainee and every row kept for it (rows gone, not hidden)."""

        def go(conn: Connection) -> None:
            # Explicit, so the result does not depend on foreign keys being enforced.
            for table in TRAINEE_TABLES:
                conn.execute(delete(table).where(table.c.trainee_id == trainee_id))
            conn.execute(delete(trainee_t).where(trainee_t.c.id == trainee_id))

        self.db.write(go)

    def count_rows(self, trainee_id: int) -> dict[str, int]:
        """How many rows each table holds for the trainee (to show that deletion is real)."""

        def go(conn: Connection) -> dict[str, int]:
            counts = {
                t.name: conn.execute(
                    select(func.count()).select_from(t).where(t.c.trainee_id == trainee_id)
                ).scalar_one()
                for t in TRAINEE_TABLES
            }
            counts[trainee_t.name] = conn.execute(
                select(func.count()).select_from(trainee_t).where(trainee_t.c.id == trainee_id)
            ).scalar_one()
            return counts

        return self.db.read_value(go)

    def purge(self, unused_for: timedelta) -> int:
        """Delete trainees whose key was not used for ``unused_for``, and old failures."""
        cutoff = utcnow() - unused_for
        ids = self.db.read_value(
            lambda conn: (
                conn.execute(select(trainee_t.c.id).where(trainee_t.c.last_used_on < cutoff.date()))
                .scalars()
                .all()
            )
        )
        for trainee_id in ids:
            self.delete(trainee_id)
        self.db.write(
            lambda conn: conn.execute(
                delete(failure_t).where(failure_t.c.at < utcnow() - max(WINDOW, timedelta(days=1)))
            )
        )
        return len(ids)
