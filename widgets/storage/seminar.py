"""Seminar storage: seminars, their questions, participants and answers.

A plain store class (like nbgrader's Gradebook): the pages call its methods and
never see SQL. What is kept is the least the live dashboard needs:

- a seminar: its join code, which scenario node is shown and in which phase;
- a participant: a generated nickname and the hash of a random token (so a
  reloaded phone is the same participant); no name, no IP, no user agent;
- an answer: the option chosen, or the text written (with its moderation
  status), one per participant and question.

Every page polls :meth:`SeminarStore.versions`: ``version`` changes with every
write except a choice (joins, phases, texts, moderation), ``answers`` counts
the current question's answers, and ``stage`` changes only with what
participants see (a new question, a phase, an approved text). Choices take a
shared lock on the seminar row, so a room's answers do not queue behind one
another on PostgreSQL. Facilitator actions carry the state they
expect, so a double click or a second facilitator tab cannot skip a step.

All times are UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
    text,
    update,
)

from widgets.seminar.codes import hash_token, new_code, new_token, pick_nickname
from widgets.storage.db import Database, aware, database, upsert, utcnow
from widgets.storage.migrations import Migration

__all__ = [
    "COMPONENT",
    "MIGRATIONS",
    "PHASES",
    "CodeExpired",
    "CodeNotFound",
    "Participant",
    "Question",
    "QuestionClosed",
    "Seminar",
    "SeminarEnded",
    "SeminarGone",
    "SeminarState",
    "SeminarStore",
    "TextAnswer",
    "Versions",
    "utcnow",
]

COMPONENT = "seminar"

#: lobby → open → closed → revealed → feedback → (next question: open) … → ending → ended.
PHASES = ("lobby", "open", "closed", "revealed", "feedback", "ending", "ended")
#: How long a join code works (the facilitator can make a new one).
CODE_LIFETIME = timedelta(hours=12)
#: The longest free text kept (the feedback engine reads less).
MAX_TEXT = 2000


# -- migrations (frozen copies of each version's tables) ------------------------


def _v1(conn: Connection) -> None:
    meta = MetaData()
    Table(
        "seminar",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("code", String(12), nullable=False, unique=True),
        Column("code_expires_at", DateTime(timezone=True), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("ended_at", DateTime(timezone=True)),
        Column("display_token_hash", String(64), unique=True),
        Column("phase", String(12), nullable=False),
        Column("question_id", Integer),
        Column("scenario_id", String(80)),
        Column("node_id", String(80)),
        Column("version", Integer, nullable=False),
        Column("stage", Integer, nullable=False),
    )
    Table(
        "seminar_question",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("seminar_id", Integer, ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False),
        Column("seq", Integer, nullable=False),
        Column("scenario_id", String(80), nullable=False),
        Column("node_id", String(80), nullable=False),
        Column("kind", String(8), nullable=False),
        UniqueConstraint("seminar_id", "seq", name="uq_seminar_question_seq"),
    )
    Table(
        "seminar_participant",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("seminar_id", Integer, ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False),
        Column("token_hash", String(64), nullable=False, unique=True),
        Column("nickname", String(60), nullable=False),
        UniqueConstraint("seminar_id", "nickname", name="uq_seminar_participant_nickname"),
    )
    Table(
        "seminar_answer",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "question_id",
            Integer,
            ForeignKey("seminar_question.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column(
            "participant_id",
            Integer,
            ForeignKey("seminar_participant.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("option", Integer),
        Column("text", Text),
        Column("status", String(10), nullable=False),
        UniqueConstraint("question_id", "participant_id", name="uq_seminar_answer_once"),
    )
    Table(
        "facilitator_failure",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("at", DateTime(timezone=True), nullable=False),
        Index("ix_facilitator_failure_at", "at"),
    )
    meta.create_all(conn)


def _v2(conn: Connection) -> None:
    # The facilitator can blank the room screen (B on the keyboard or clicker).
    conn.execute(text("ALTER TABLE seminar ADD COLUMN blank INTEGER NOT NULL DEFAULT 0"))


MIGRATIONS: list[Migration] = [
    Migration("seminars, questions, participants, answers", _v1),
    Migration("seminar.blank: the room screen blanked", _v2),
]


# -- the current tables, for queries ---------------------------------------------

meta = MetaData()
seminar_t = Table(
    "seminar",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(12), nullable=False, unique=True),
    Column("code_expires_at", DateTime(timezone=True), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("ended_at", DateTime(timezone=True)),
    Column("display_token_hash", String(64), unique=True),
    Column("phase", String(12), nullable=False),
    Column("question_id", Integer),
    Column("scenario_id", String(80)),
    Column("node_id", String(80)),
    Column("version", Integer, nullable=False),
    Column("stage", Integer, nullable=False),
    Column("blank", Integer, nullable=False, server_default="0"),
)
question_t = Table(
    "seminar_question",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seminar_id", Integer, ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("scenario_id", String(80), nullable=False),
    Column("node_id", String(80), nullable=False),
    Column("kind", String(8), nullable=False),
    UniqueConstraint("seminar_id", "seq", name="uq_seminar_question_seq"),
)
participant_t = Table(
    "seminar_participant",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seminar_id", Integer, ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("nickname", String(60), nullable=False),
    UniqueConstraint("seminar_id", "nickname", name="uq_seminar_participant_nickname"),
)
answer_t = Table(
    "seminar_answer",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "question_id",
        Integer,
        ForeignKey("seminar_question.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column(
        "participant_id",
        Integer,
        ForeignKey("seminar_participant.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("option", Integer),
    Column("text", Text),
    Column("status", String(10), nullable=False),
    UniqueConstraint("question_id", "participant_id", name="uq_seminar_answer_once"),
)
failure_t = Table(
    "facilitator_failure",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_facilitator_failure_at", "at"),
)


# -- what the store hands out -------------------------------------------------------


class CodeNotFound(LookupError):
    """No seminar has this join code."""


class CodeExpired(LookupError):
    """The join code is too old; the facilitator can show a new one."""


class SeminarEnded(LookupError):
    """The seminar is over."""


class SeminarGone(LookupError):
    """The seminar (or the participant) no longer exists: its data was deleted."""


class QuestionClosed(Exception):
    """Answering is not open for this question (closed, or another question is current)."""


@dataclass(frozen=True)
class Seminar:
    id: int
    code: str
    code_expires_at: datetime
    created_at: datetime
    ended_at: datetime | None
    phase: str
    question_id: int | None
    scenario_id: str | None
    node_id: str | None
    version: int
    stage: int
    blank: bool = False  # the room screen is blanked (the facilitator pressed B)

    @classmethod
    def _from(cls, row: Any) -> Seminar:
        return cls(
            id=row.id,
            code=row.code,
            code_expires_at=aware(row.code_expires_at),
            created_at=aware(row.created_at),
            ended_at=aware(row.ended_at),
            phase=row.phase,
            question_id=row.question_id,
            scenario_id=row.scenario_id,
            node_id=row.node_id,
            version=row.version,
            stage=row.stage,
            blank=bool(row.blank),
        )

    def code_valid(self, now: datetime | None = None) -> bool:
        return self.ended_at is None and (now or utcnow()) < self.code_expires_at


@dataclass(frozen=True)
class Question:
    id: int
    seminar_id: int
    seq: int
    scenario_id: str
    node_id: str
    kind: str  # "choice" or "text"


@dataclass(frozen=True)
class Participant:
    id: int
    seminar_id: int
    nickname: str
    token: str = field(default="", repr=False)  # only when just created


@dataclass(frozen=True)
class TextAnswer:
    id: int
    text: str
    status: str  # pending | approved | rejected


@dataclass(frozen=True)
class Answer:
    option: int | None
    text: str | None
    status: str


class Versions(NamedTuple):
    """What pages poll. Dashboards follow ``(version, answers)``, phones ``stage``."""

    version: int  # any change but a choice answer: joins, phases, texts, moderation
    stage: int  # changes participants see: a question, a phase, an approved text
    answers: int  # answers to the current question (a choice only changes this)


@dataclass(frozen=True)
class SeminarState:
    """Everything a page shows about a seminar at one moment."""

    seminar: Seminar
    question: Question | None
    participants: int
    answered: int
    counts: dict[int, int]  # option index → answers (choice questions)

    @property
    def phase(self) -> str:
        return self.seminar.phase


# -- the store ------------------------------------------------------------------


class SeminarStore:
    """Seminars in the database. ``SeminarStore()`` uses the configured database."""

    def __init__(self, db: Database | None = None) -> None:
        self.db = db or database()
        self.db.ensure_schema()

    # -- seminars ---------------------------------------------------------
    def create(self, *, lifetime: timedelta = CODE_LIFETIME) -> tuple[Seminar, str]:
        """A new seminar with a fresh join code; returns it and its projector token."""
        token = new_token()

        def go(conn: Connection) -> int:
            now = utcnow()
            for _ in range(50):
                code = new_code()
                if conn.execute(select(seminar_t.c.id).where(seminar_t.c.code == code)).first():
                    continue
                return conn.execute(
                    insert(seminar_t)
                    .values(
                        code=code,
                        code_expires_at=now + lifetime,
                        created_at=now,
                        display_token_hash=hash_token(token),
                        phase="lobby",
                        version=1,
                        stage=1,
                    )
                    .returning(seminar_t.c.id)
                ).scalar_one()
            raise RuntimeError("no free join code found")  # pragma: no cover - 28 million codes

        seminar_id = self.db.write(go)
        return self._get(seminar_id), token

    def get(self, seminar_id: int) -> Seminar | None:
        return self.db.read_value(lambda conn: self._seminar(conn, seminar_id))

    def _get(self, seminar_id: int) -> Seminar:
        found = self.get(seminar_id)
        if found is None:
            raise SeminarGone(seminar_id)
        return found

    @staticmethod
    def _seminar(conn: Connection, seminar_id: int) -> Seminar | None:
        row = conn.execute(select(seminar_t).where(seminar_t.c.id == seminar_id)).first()
        return Seminar._from(row) if row else None

    def running(self) -> list[Seminar]:
        """Seminars not yet ended, newest first (a facilitator coming back resumes one)."""

        def go(conn: Connection) -> list[Seminar]:
            rows = conn.execute(
                select(seminar_t)
                .where(seminar_t.c.ended_at.is_(None))
                .order_by(seminar_t.c.id.desc())
            )
            return [Seminar._from(r) for r in rows]

        return self.db.read_value(go)

    def by_code(self, code: str) -> Seminar:
        """The seminar a participant may join with ``code`` (normalised)."""
        row = self.db.read_value(
            lambda conn: conn.execute(select(seminar_t).where(seminar_t.c.code == code)).first()
        )
        if row is None:
            raise CodeNotFound(code)
        sem = Seminar._from(row)
        if sem.ended_at is not None:
            raise SeminarEnded(code)
        if not sem.code_valid():
            raise CodeExpired(code)
        return sem

    def by_display_token(self, token: str) -> Seminar | None:
        """The seminar a projector link points at, if any."""
        row = self.db.read_value(
            lambda conn: conn.execute(
                select(seminar_t).where(seminar_t.c.display_token_hash == hash_token(token))
            ).first()
        )
        return Seminar._from(row) if row else None

    def new_display_token(self, seminar_id: int) -> str:
        """A new projector link token (the old link stops opening new projector pages)."""
        token = new_token()
        self._update(seminar_id, display_token_hash=hash_token(token))
        return token

    def new_code(self, seminar_id: int, *, lifetime: timedelta = CODE_LIFETIME) -> Seminar:
        """A fresh join code (the old one stops working); participants stay."""

        def go(conn: Connection) -> None:
            for _ in range(50):
                code = new_code()
                if not conn.execute(select(seminar_t.c.id).where(seminar_t.c.code == code)).first():
                    break
            self._bump(conn, seminar_id, stage=True, code=code, code_expires_at=utcnow() + lifetime)

        self.db.write(go)
        return self._get(seminar_id)

    def versions(self, seminar_id: int) -> Versions | None:
        """The cheap poll (one row by key), or ``None`` when the seminar is gone."""
        answers = (
            select(func.count())
            .select_from(answer_t)
            .where(answer_t.c.question_id == seminar_t.c.question_id)
            .scalar_subquery()
        )
        row = self.db.read_value(
            lambda conn: conn.execute(
                select(seminar_t.c.version, seminar_t.c.stage, answers.label("answers")).where(
                    seminar_t.c.id == seminar_id
                )
            ).first()
        )
        return Versions(row.version, row.stage, row.answers) if row else None

    def state(self, seminar_id: int) -> SeminarState | None:
        """The seminar, its current question, how many joined and answered, per option."""

        def go(conn: Connection) -> SeminarState | None:
            sem = self._seminar(conn, seminar_id)
            if sem is None:
                return None
            participants = conn.execute(
                select(func.count())
                .select_from(participant_t)
                .where(participant_t.c.seminar_id == sem.id)
            ).scalar_one()
            question = None
            answered = 0
            counts: dict[int, int] = {}
            if sem.question_id is not None:
                question = self._question(conn, sem.question_id)
                rows = conn.execute(
                    select(answer_t.c.option, func.count())
                    .where(answer_t.c.question_id == sem.question_id)
                    .group_by(answer_t.c.option)
                ).all()
                for option, n in rows:
                    answered += n
                    if option is not None:
                        counts[option] = n
            return SeminarState(sem, question, participants, answered, counts)

        return self.db.read_value(go)

    @staticmethod
    def _question(conn: Connection, question_id: int) -> Question | None:
        row = conn.execute(select(question_t).where(question_t.c.id == question_id)).first()
        if row is None:
            return None
        return Question(row.id, row.seminar_id, row.seq, row.scenario_id, row.node_id, row.kind)

    def questions(self, seminar_id: int) -> list[Question]:
        def go(conn: Connection) -> list[Question]:
            rows = conn.execute(
                select(question_t)
                .where(question_t.c.seminar_id == seminar_id)
                .order_by(question_t.c.seq)
            )
            return [
                Question(r.id, r.seminar_id, r.seq, r.scenario_id, r.node_id, r.kind) for r in rows
            ]

        return self.db.read_value(go)

    # -- facilitator actions -------------------------------------------------
    @staticmethod
    def _bump(
        conn: Connection, seminar_id: int, *, stage: bool, where: Any = None, **values: Any
    ) -> bool:
        """Update the seminar row and its counters; ``False`` when ``where`` did not match."""
        stmt = update(seminar_t).where(seminar_t.c.id == seminar_id)
        if where is not None:
            stmt = stmt.where(where)
        values["version"] = seminar_t.c.version + 1
        if stage:
            values["stage"] = seminar_t.c.stage + 1
        return conn.execute(stmt.values(**values)).rowcount == 1

    def _update(self, seminar_id: int, **values: Any) -> None:
        if not self.db.write(lambda conn: self._bump(conn, seminar_id, stage=True, **values)):
            raise SeminarGone(seminar_id)

    def open_question(
        self, seminar_id: int, scenario_id: str, node_id: str, kind: str, *, after: int | None
    ) -> Question | None:
        """Show a scenario node as a new question, open for answers.

        ``after`` is the current question's id as the facilitator's page knows
        it (``None`` at the start); when another action came first (a double
        click, a second tab) nothing happens and ``None`` is returned.
        """
        if kind not in {"choice", "text"}:
            raise ValueError(kind)

        def go(conn: Connection) -> Question | None:
            current = seminar_t.c.question_id
            guard = current.is_(None) if after is None else current == after
            # Lock the seminar row first: every writer goes through it, in the same order.
            if not self._bump(
                conn, seminar_id, stage=True, where=guard & (seminar_t.c.phase != "ended")
            ):
                return None
            seq = (
                conn.execute(
                    select(func.coalesce(func.max(question_t.c.seq), 0)).where(
                        question_t.c.seminar_id == seminar_id
                    )
                ).scalar_one()
                + 1
            )
            qid = conn.execute(
                insert(question_t)
                .values(
                    seminar_id=seminar_id,
                    seq=seq,
                    scenario_id=scenario_id,
                    node_id=node_id,
                    kind=kind,
                )
                .returning(question_t.c.id)
            ).scalar_one()
            conn.execute(
                update(seminar_t)
                .where(seminar_t.c.id == seminar_id)
                .values(phase="open", question_id=qid, scenario_id=scenario_id, node_id=node_id)
            )
            return Question(qid, seminar_id, seq, scenario_id, node_id, kind)

        return self.db.write(go)

    def set_phase(self, seminar_id: int, question_id: int | None, frm: set[str], to: str) -> bool:
        """Move the current question from one of ``frm`` to phase ``to``; ``False`` if stale."""
        if to not in PHASES:
            raise ValueError(to)
        where = seminar_t.c.phase.in_(sorted(frm))
        where &= (
            seminar_t.c.question_id.is_(None)
            if question_id is None
            else (seminar_t.c.question_id == question_id)
        )
        return self.db.write(
            lambda conn: self._bump(conn, seminar_id, stage=True, where=where, phase=to)
        )

    def show_ending(
        self, seminar_id: int, question_id: int, scenario_id: str, node_id: str | None
    ) -> bool:
        """The scenario has ended (at an ending node, or ``None`` for a plain end)."""
        where = (seminar_t.c.question_id == question_id) & seminar_t.c.phase.in_(
            ["open", "closed", "revealed", "feedback"]
        )
        return self.db.write(
            lambda conn: self._bump(
                conn,
                seminar_id,
                stage=True,
                where=where,
                phase="ending",
                scenario_id=scenario_id,
                node_id=node_id,
            )
        )

    def to_lobby(self, seminar_id: int) -> bool:
        """Back to the start screen (code and QR), e.g. before the next scenario."""
        where = seminar_t.c.phase != "ended"
        return self.db.write(
            lambda conn: self._bump(
                conn,
                seminar_id,
                stage=True,
                where=where,
                phase="lobby",
                question_id=None,
                scenario_id=None,
                node_id=None,
            )
        )

    def set_blank(self, seminar_id: int, blank: bool) -> bool:
        """Blank the room screen or show it again (dashboards follow it; phones do not)."""
        return self.db.write(
            lambda conn: self._bump(conn, seminar_id, stage=False, blank=1 if blank else 0)
        )

    def end(self, seminar_id: int) -> None:
        """End the seminar: the code stops working, pages say thank you."""
        self._update(seminar_id, phase="ended", ended_at=utcnow())

    def delete(self, seminar_id: int) -> None:
        """Delete the seminar and everything kept for it (rows gone, not hidden)."""

        def go(conn: Connection) -> None:
            questions = select(question_t.c.id).where(question_t.c.seminar_id == seminar_id)
            # Explicit, in order, so the result does not depend on foreign keys being on.
            conn.execute(delete(answer_t).where(answer_t.c.question_id.in_(questions)))
            conn.execute(delete(question_t).where(question_t.c.seminar_id == seminar_id))
            conn.execute(delete(participant_t).where(participant_t.c.seminar_id == seminar_id))
            conn.execute(delete(seminar_t).where(seminar_t.c.id == seminar_id))

        self.db.write(go)

    def purge(self, older_than: timedelta) -> int:
        """Delete seminars created longer ago than ``older_than``; returns how many."""
        cutoff = utcnow() - older_than
        ids = self.db.read_value(
            lambda conn: (
                conn.execute(select(seminar_t.c.id).where(seminar_t.c.created_at < cutoff))
                .scalars()
                .all()
            )
        )
        for seminar_id in ids:
            self.delete(seminar_id)
        self.db.write(lambda conn: conn.execute(delete(failure_t).where(failure_t.c.at < cutoff)))
        return len(ids)

    # -- free text -----------------------------------------------------------
    def texts(self, question_id: int, status: str | None = None) -> list[TextAnswer]:
        """The texts written for a question, oldest first (never with who wrote them)."""

        def go(conn: Connection) -> list[TextAnswer]:
            stmt = select(answer_t.c.id, answer_t.c.text, answer_t.c.status).where(
                answer_t.c.question_id == question_id, answer_t.c.text.is_not(None)
            )
            if status is not None:
                stmt = stmt.where(answer_t.c.status == status)
            return [
                TextAnswer(r.id, r.text, r.status)
                for r in conn.execute(stmt.order_by(answer_t.c.id))
            ]

        return self.db.read_value(go)

    def moderate(self, seminar_id: int, answer_id: int, status: str) -> bool:
        """Approve or reject a text; participants see approved ones after the reveal."""
        if status not in {"approved", "rejected", "pending"}:
            raise ValueError(status)

        def go(conn: Connection) -> bool:
            owned = select(question_t.c.id).where(question_t.c.seminar_id == seminar_id)
            done = conn.execute(
                update(answer_t)
                .where(answer_t.c.id == answer_id, answer_t.c.question_id.in_(owned))
                .values(status=status)
            ).rowcount
            if done:
                self._bump(conn, seminar_id, stage=True)
            return bool(done)

        return self.db.write(go)

    # -- participants -------------------------------------------------------------
    def join(self, seminar_id: int, token: str | None = None) -> Participant:
        """The participant with ``token`` in this seminar, or a new one with a nickname.

        A new participant's :attr:`Participant.token` is set: the page keeps it
        (in the browser's storage) to come back after a reload.
        """
        if token:
            found = self.participant(seminar_id, token)
            if found is not None:
                return found
        token = new_token()
        hashed = hash_token(token)

        def go(conn: Connection) -> Participant:
            # The seminar row is the lock that serialises joins (unique nicknames).
            if not self._bump(conn, seminar_id, stage=False, where=seminar_t.c.ended_at.is_(None)):
                raise SeminarGone(seminar_id)
            existing = conn.execute(
                select(participant_t.c.id, participant_t.c.nickname).where(
                    participant_t.c.token_hash == hashed
                )
            ).first()
            if existing:  # a retry after a commit whose answer was lost
                return Participant(existing.id, seminar_id, existing.nickname, token)
            taken = conn.execute(
                select(participant_t.c.nickname).where(participant_t.c.seminar_id == seminar_id)
            ).scalars()
            nickname = pick_nickname(taken)
            pid = conn.execute(
                insert(participant_t)
                .values(seminar_id=seminar_id, token_hash=hashed, nickname=nickname)
                .returning(participant_t.c.id)
            ).scalar_one()
            return Participant(pid, seminar_id, nickname, token)

        return self.db.write(go)

    def participant(self, seminar_id: int, token: str) -> Participant | None:
        """The participant this token belongs to, if in this seminar."""
        row = self.db.read_value(
            lambda conn: conn.execute(
                select(participant_t.c.id, participant_t.c.nickname).where(
                    participant_t.c.token_hash == hash_token(token),
                    participant_t.c.seminar_id == seminar_id,
                )
            ).first()
        )
        return Participant(row.id, seminar_id, row.nickname) if row else None

    def answer(
        self,
        seminar_id: int,
        participant_id: int,
        question_id: int,
        *,
        option: int | None = None,
        text: str | None = None,
    ) -> None:
        """Store a participant's answer, replacing an earlier one to the same question.

        Raises :class:`QuestionClosed` when the question is not open (closed in
        the meantime, or no longer the current one). Safe to repeat.
        """
        if (option is None) == (text is None):
            raise ValueError("give an option or a text")
        if text is not None:
            text = text.strip()[:MAX_TEXT]

        def go(conn: Connection) -> None:
            # Check that the question is open while holding a lock on the seminar
            # row that closing needs too: no answer slips in after the close.
            open_now = (seminar_t.c.question_id == question_id) & (seminar_t.c.phase == "open")
            if text is not None:
                # A text changes what the facilitator's moderation queue shows:
                # bump the version (an exclusive row lock).
                if not self._bump(conn, seminar_id, stage=False, where=open_now):
                    raise QuestionClosed(question_id)
            else:
                # A choice only changes the count, which dashboards poll anyway;
                # a shared lock lets a room's answers go in side by side
                # (PostgreSQL; SQLite has one writer at a time regardless).
                still_open = conn.execute(
                    select(seminar_t.c.id)
                    .where(seminar_t.c.id == seminar_id, open_now)
                    .with_for_update(read=True)
                ).first()
                if still_open is None:
                    raise QuestionClosed(question_id)
            member = conn.execute(
                select(participant_t.c.id).where(
                    participant_t.c.id == participant_id, participant_t.c.seminar_id == seminar_id
                )
            ).first()
            if member is None:
                raise SeminarGone(participant_id)
            upsert(
                conn,
                answer_t,
                {
                    "question_id": question_id,
                    "participant_id": participant_id,
                    "option": option,
                    "text": text,
                    "status": "none" if text is None else "pending",
                },
                keys=["question_id", "participant_id"],
                update=["option", "text", "status"],
            )

        self.db.write(go)

    def my_answer(self, participant_id: int, question_id: int) -> Answer | None:
        row = self.db.read_value(
            lambda conn: conn.execute(
                select(answer_t.c.option, answer_t.c.text, answer_t.c.status).where(
                    answer_t.c.participant_id == participant_id,
                    answer_t.c.question_id == question_id,
                )
            ).first()
        )
        return Answer(row.option, row.text, row.status) if row else None

    # -- facilitator sign-in: wrong attempts, shared by every process --------------
    def record_failure(self) -> None:
        self.db.write(lambda conn: conn.execute(insert(failure_t).values(at=utcnow())))

    def failures_since(self, since: datetime) -> list[datetime]:
        """Times of wrong passphrase attempts after ``since``, oldest first."""
        return self.db.read_value(
            lambda conn: [
                aware(at)
                for at in conn.execute(
                    select(failure_t.c.at).where(failure_t.c.at > since).order_by(failure_t.c.at)
                ).scalars()
            ]
        )

    # -- export ---------------------------------------------------------------
    def results(self, seminar_id: int) -> list[dict[str, Any]]:
        """Per question: its node, how many answered each option, and the approved texts."""
        out = []
        for q in self.questions(seminar_id):

            def go(conn: Connection, q: Question = q) -> dict[str, Any]:
                counts = dict(
                    conn.execute(
                        select(answer_t.c.option, func.count())
                        .where(answer_t.c.question_id == q.id, answer_t.c.option.is_not(None))
                        .group_by(answer_t.c.option)
                    ).all()
                )
                answered = conn.execute(
                    select(func.count()).select_from(answer_t).where(answer_t.c.question_id == q.id)
                ).scalar_one()
                return {"question": q, "counts": counts, "answered": answered}

            row = self.db.read_value(go)
            row["texts"] = [a.text for a in self.texts(q.id, "approved")]
            out.append(row)
        return out

    def count_rows(self, seminar_id: int) -> dict[str, int]:
        """How many rows each table holds for this seminar (to show deletion is real)."""

        def go(conn: Connection) -> dict[str, int]:
            questions = select(question_t.c.id).where(question_t.c.seminar_id == seminar_id)

            def n(table: Table, where: Any) -> int:
                return conn.execute(
                    select(func.count()).select_from(table).where(where)
                ).scalar_one()

            return {
                "seminar": n(seminar_t, seminar_t.c.id == seminar_id),
                "seminar_question": n(question_t, question_t.c.seminar_id == seminar_id),
                "seminar_participant": n(participant_t, participant_t.c.seminar_id == seminar_id),
                "seminar_answer": n(answer_t, answer_t.c.question_id.in_(questions)),
            }

        return self.db.read_value(go)
