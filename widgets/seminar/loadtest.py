"""A seminar room, simulated: many participants answering at once from separate processes.

The parent process plays the facilitator: it creates a seminar, waits until
every participant has joined, then opens ``answers`` questions one after the
other; it opens the next when everyone has answered. Each participant is a
separate process with its own connection pool (as every phone's page is its
own kernel): it joins, waits for each question (polling, like the pages), and
answers it; some change their mind once, which must replace the first answer.

At the end the database is compared with what the participants were told was
stored: ``lost`` counts answers acknowledged but missing, or stored with an
older choice, plus writes that failed; ``doubled`` counts extra rows for one
participant and question. The seminar is deleted afterwards.
"""

from __future__ import annotations

import math
import multiprocessing as mp
import random
import time
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LoadResult", "run_loadtest"]

#: How often the simulated pages poll (the real pages: about three times a second).
POLL_SECONDS = 0.1
CHANGE_OF_MIND = 0.2


@dataclass
class LoadResult:
    participants: int
    answers: int
    expected: int
    stored: int
    lost: int
    doubled: int
    failed: int
    latencies: list[float] = field(repr=False, default_factory=list)
    seconds: float = 0.0
    database: str = ""

    @property
    def p95(self) -> float:
        return percentile(self.latencies, 95)

    @property
    def ok(self) -> bool:
        return self.stored == self.expected and self.lost == 0 and self.doubled == 0

    def report(self) -> str:
        return "\n".join(
            [
                f"database:   {self.database}",
                f"simulated:  {self.participants} participants × {self.answers} answers, "
                f"{len(self.latencies)} writes in {self.seconds:.1f} s",
                f"stored:     {self.stored} of {self.expected}",
                f"lost:       {self.lost}",
                f"doubled:    {self.doubled}",
                f"failed:     {self.failed}",
                f"p95 write latency: {self.p95 * 1000:.1f} ms "
                f"(median {percentile(self.latencies, 50) * 1000:.1f} ms, "
                f"max {max(self.latencies, default=0) * 1000:.1f} ms)",
                "OK" if self.ok else "PROBLEM: answers were lost or doubled",
            ]
        )


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def _participant(url: str, seminar_id: int, answers: int, seed: int, out: Any, done: Any) -> None:
    """One phone: join, then answer every question as it opens."""
    from widgets.storage.db import Database, StorageBusy
    from widgets.storage.seminar import QuestionClosed, SeminarStore

    rng = random.Random(seed)
    db = Database(url)
    store = SeminarStore(db)
    acks: dict[int, int] = {}
    latencies: list[float] = []
    failed = 0
    me = None
    try:
        me = store.join(seminar_id)
        seen = 0
        last_stage = None
        deadline = time.monotonic() + 120 + answers * 10
        while seen < answers and time.monotonic() < deadline:
            # Poll the way the pages do: the cheap version check, then the state.
            versions = store.versions(seminar_id)
            if versions is None:
                break
            if versions.stage == last_stage:
                time.sleep(POLL_SECONDS)
                continue
            last_stage = versions.stage
            state = store.state(seminar_id)
            q = state.question if state else None
            if q is None or q.seq <= seen or state.phase != "open":
                continue
            choices = [rng.randrange(4)]
            if rng.random() < CHANGE_OF_MIND:
                choices.append(rng.randrange(4))
            for option in choices:
                start = time.perf_counter()
                try:
                    store.answer(seminar_id, me.id, q.id, option=option)
                except (StorageBusy, QuestionClosed):
                    failed += 1
                    continue
                finally:
                    latencies.append(time.perf_counter() - start)
                acks[q.id] = option
            seen = q.seq
            done.release()  # tells the facilitator: this phone is done with the question
    finally:
        db.dispose()
        out.put(
            {"pid": me.id if me else None, "acks": acks, "latencies": latencies, "failed": failed}
        )


def run_loadtest(
    participants: int = 40,
    answers: int = 25,
    *,
    url: str | None = None,
    start_method: str | None = None,
    timeout: float = 600,
    keep: bool = False,
) -> LoadResult:
    """Run the simulation against ``url`` (default: the configured database)."""
    from sqlalchemy import select

    from widgets.storage.db import Database, database_url
    from widgets.storage.seminar import SeminarStore, answer_t, question_t

    url = url or database_url()
    db = Database(url)
    store = SeminarStore(db)
    seminar, _ = store.create()
    db.dispose()  # a forked child must not share the parent's connections
    method = start_method or ("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    ctx = mp.get_context(method)
    out = ctx.Queue()
    done = ctx.Semaphore(0)
    procs = [
        ctx.Process(target=_participant, args=(url, seminar.id, answers, i, out, done), daemon=True)
        for i in range(participants)
    ]
    start = time.monotonic()
    for p in procs:
        p.start()
    deadline = start + timeout
    results: list[dict[str, Any]] = []
    try:
        while (store.state(seminar.id).participants < participants) and time.monotonic() < deadline:
            time.sleep(0.02)
        began = time.monotonic()
        previous = None
        for _ in range(answers):
            q = store.open_question(seminar.id, "loadtest", "node", "choice", after=previous)
            assert q is not None
            previous = q.id
            for _ in range(participants):
                if not done.acquire(timeout=max(0.1, deadline - time.monotonic())):
                    break
            store.set_phase(seminar.id, q.id, {"open"}, "closed")
        elapsed = time.monotonic() - began
        for _ in procs:
            results.append(out.get(timeout=max(5.0, deadline - time.monotonic())))
        for p in procs:
            p.join(10)

        def stored_rows(conn: Any) -> list[tuple[int, int, int | None]]:
            qids = select(question_t.c.id).where(question_t.c.seminar_id == seminar.id)
            return conn.execute(
                select(answer_t.c.question_id, answer_t.c.participant_id, answer_t.c.option).where(
                    answer_t.c.question_id.in_(qids)
                )
            ).all()

        rows = db.read_value(stored_rows)
        pairs: dict[tuple[int, int], int] = {}
        for qid, pid, _ in rows:
            pairs[(qid, pid)] = pairs.get((qid, pid), 0) + 1
        doubled = sum(n - 1 for n in pairs.values())
        stored = {(qid, pid): option for qid, pid, option in rows}
        # Every acknowledged answer must be there, with the participant's last choice.
        lost = sum(
            1
            for r in results
            for qid, option in r["acks"].items()
            if stored.get((int(qid), r["pid"]), -1) != option
        )
        lost += sum(1 for r in results if r["pid"] is None) * answers
        failed = sum(r["failed"] for r in results)
        return LoadResult(
            participants=participants,
            answers=answers,
            expected=participants * answers,
            stored=len(pairs),
            lost=lost + failed,
            doubled=doubled,
            failed=failed,
            latencies=[x for r in results for x in r["latencies"]],
            seconds=elapsed,
            database=_describe(url),
        )
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
        if not keep:
            store.delete(seminar.id)
        db.dispose()


def _describe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
