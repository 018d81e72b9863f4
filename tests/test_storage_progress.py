"""The progress store on SQLite and PostgreSQL: round trips, upgrade from v1, deletion, two tabs."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import pytest
from sqlalchemy import inspect, select, text

from widgets.progress import keys
from widgets.progress.notes import NoteUnreadable, decrypt_note, encrypt_note
from widgets.storage import Database, current_versions, upgrade
from widgets.storage import migrations as mig
from widgets.storage.progress import (
    MIGRATIONS,
    KeyNotFound,
    KeyThrottled,
    ProgressStore,
    TraineeGone,
    trainee_t,
    utcnow,
)


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch, tmp_path):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)
    monkeypatch.setenv("VERKSTED_SECRET", "s" * 40)


@pytest.fixture
def store(database_url):
    db = Database(database_url)
    yield ProgressStore(db)
    db.dispose()


def _play(store, trainee_id, scenario="rad-som-ikke-ble-bedt-om", stage="studie"):
    return store.record_play(
        trainee_id,
        scenario_id=scenario,
        module="prinsippene",
        stage=stage,
        page="studie/prinsippene.ipynb",
        path=[("start", 1), ("midt", None), ("slutt", 0)],
        verdicts={"god": 1, "uheldig": 1},
        honoured={"si-jeg": 1},
        broken={"ikke-gi-rad": 1},
        ending="slutt-god",
    )


def test_round_trip_of_everything_kept(store):
    key = keys.new_key()
    tid = store.create(keys.key_hash(key))
    assert store.check(keys.key_hash, key) == tid
    store.complete_page(tid, "studie/prinsippene.ipynb", "studie", "prinsippene")
    store.complete_page(tid, "studie/prinsippene.ipynb", "studie", "prinsippene")  # twice: one row
    _play(store, tid)
    store.record_answer(
        tid,
        quiz_id="prinsippene-quiz",
        question_id="q1",
        module="prinsippene",
        stage="studie",
        page=None,
        selected=[2, 0],
        outcome="partly",
    )
    store.record_answer(
        tid,
        quiz_id="prinsippene-quiz",
        question_id="q1",
        module="prinsippene",
        stage="studie",
        page=None,
        selected=[0],
        outcome="right",
    )  # replaces
    nonce, ct = encrypt_note(keys.notes_key(key), tid, "prinsippene/vanskeligst", "Mitt notat æøå")
    store.save_note(
        tid,
        module="prinsippene",
        reflection_id="vanskeligst",
        stage="studie",
        nonce=nonce,
        ciphertext=ct,
    )
    got = store.progress(tid)
    assert list(got.pages) == ["studie/prinsippene.ipynb"]
    (play,) = got.plays
    assert play.path == [["start", 1], ["midt", None], ["slutt", 0]]
    assert (play.verdicts, play.honoured, play.broken) == (
        {"god": 1, "uheldig": 1},
        {"si-jeg": 1},
        {"ikke-gi-rad": 1},
    )
    (answer,) = got.answers
    assert (answer.selected, answer.outcome) == ([0], "right")
    (note,) = got.notes
    assert b"Mitt notat" not in note.ciphertext  # encrypted at rest
    assert (
        decrypt_note(
            keys.notes_key(key), tid, "prinsippene/vanskeligst", note.nonce, note.ciphertext
        )
        == "Mitt notat æøå"
    )
    with pytest.raises(NoteUnreadable):  # another key cannot read it
        decrypt_note(
            keys.notes_key(keys.new_key()),
            tid,
            "prinsippene/vanskeligst",
            note.nonce,
            note.ciphertext,
        )
    assert got.last_page() == "studie/prinsippene.ipynb"
    assert store.delete_note(tid, note.id) and store.progress(tid).notes == []


def test_the_database_holds_only_the_keyed_hash(store):
    key = keys.new_key()
    tid = store.create(keys.key_hash(key))
    with store.db.read() as conn:
        row = conn.execute(select(trainee_t).where(trainee_t.c.id == tid)).one()
    assert row.key_hash == keys.key_hash(key) and len(row.key_hash) == 64
    assert key not in str(tuple(row)) and "-".join(key.split("-")[:3]) not in str(tuple(row))


def test_wrong_keys_are_counted_and_slowed_down_for_everyone(store):
    now = utcnow()
    for _ in range(10):  # the free ones
        with pytest.raises(KeyNotFound):
            store.check(keys.key_hash, keys.new_key(), now)
    calls = []
    with pytest.raises(KeyThrottled) as throttled:
        store.check(lambda k: calls.append(k) or "x", keys.new_key(), now)
    assert throttled.value.seconds > 0 and calls == []  # not even hashed while throttled
    # a right key also waits: the check does not run at all
    key = keys.new_key()
    store.create(keys.key_hash(key))
    with pytest.raises(KeyThrottled):
        store.check(keys.key_hash, key, now)
    # two seconds after the tenth failure the next check runs (and fails: 11 in the window)
    with pytest.raises(KeyNotFound):
        store.check(keys.key_hash, keys.new_key(), now + timedelta(seconds=2))
    with pytest.raises(KeyThrottled) as longer:
        store.check(keys.key_hash, key, now + timedelta(seconds=3))
    assert longer.value.seconds == pytest.approx(3.0)  # the wait doubled to 4 s
    assert store.check(keys.key_hash, key, now + timedelta(minutes=16)) > 0


def test_delete_leaves_no_row_that_refers_to_the_key(store):
    key = keys.new_key()
    hashed = keys.key_hash(key)
    tid = store.create(hashed)
    other = store.create(keys.key_hash(keys.new_key()))
    for trainee in (tid, other):
        store.complete_page(trainee, "studie/prinsippene.ipynb", "studie", "prinsippene")
        _play(store, trainee)
        store.record_answer(
            trainee,
            quiz_id="q",
            question_id="a",
            module=None,
            stage="studie",
            page=None,
            selected=[1],
            outcome="wrong",
        )
        store.save_note(
            trainee,
            module="m",
            reflection_id="r",
            stage="studie",
            nonce=b"n" * 12,
            ciphertext=b"c" * 20,
        )
    store.delete(tid)
    assert set(store.count_rows(tid).values()) == {0}
    # Walk every table of the database: no column holds the hash, no trainee_id the id.
    with store.db.read() as conn:
        inspector = inspect(conn)
        for table in inspector.get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')).mappings():
                for column, value in row.items():
                    assert value != hashed, (table, column)
                    if column in {"trainee_id"} or (table == "progress_trainee" and column == "id"):
                        assert value != tid, (table, column)
    assert store.count_rows(other)["progress_note"] == 1  # the other trainee is untouched
    with pytest.raises(KeyNotFound):
        store.check(keys.key_hash, key)
    with pytest.raises(TraineeGone):
        store.complete_page(tid, "studie/prinsippene.ipynb", "studie", None)
    with pytest.raises(TraineeGone):
        store.progress(tid)


def test_purge_deletes_keys_unused_for_long(store):
    old = store.create(keys.key_hash(keys.new_key()))
    fresh = store.create(keys.key_hash(keys.new_key()))
    store.db.write(
        lambda conn: conn.execute(
            trainee_t.update()
            .where(trainee_t.c.id == old)
            .values(last_used_on=(utcnow() - timedelta(days=800)).date())
        )
    )
    assert store.purge(timedelta(days=730)) == 1
    assert not store.exists(old) and store.exists(fresh)


def test_upgrade_from_version_1_keeps_the_data(database_url, monkeypatch):
    """A database at progress v1, with a trainee in it, upgrades to the current version."""
    db = Database(database_url)
    module = __import__("widgets.storage.progress", fromlist=["MIGRATIONS"])
    monkeypatch.setattr(module, "MIGRATIONS", MIGRATIONS[:1])
    assert upgrade(db)["progress"] == 1
    created = utcnow() - timedelta(days=3)
    db.write(
        lambda conn: conn.execute(
            text("INSERT INTO progress_trainee (key_hash, created_at) VALUES (:h, :c)"),
            {"h": "a" * 64, "c": created},
        )
    )
    with db.read() as conn:
        tid = conn.execute(text("SELECT id FROM progress_trainee")).scalar_one()
    db.write(
        lambda conn: conn.execute(
            text(
                "INSERT INTO progress_page (trainee_id, page, stage, module, at) "
                "VALUES (:t, 'kurs/x.ipynb', 'kurs', NULL, :c)"
            ),
            {"t": tid, "c": created},
        )
    )
    assert "progress_note" not in inspect(db.engine).get_table_names()
    monkeypatch.setattr(module, "MIGRATIONS", MIGRATIONS)
    assert upgrade(db)["progress"] == len(MIGRATIONS) == 2
    assert current_versions(db)["progress"] == 2
    store = ProgressStore(db)
    assert store.find("a" * 64) == tid
    assert list(store.progress(tid).pages) == ["kurs/x.ipynb"]
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM progress_note")).scalar_one() == 0
    # the new column was filled in, and notes can be kept now
    store.save_note(
        tid, module="m", reflection_id="r", stage="kurs", nonce=b"n" * 12, ciphertext=b"c"
    )
    assert len(store.progress(tid).notes) == 1
    assert mig.migrations_for("widgets.storage.progress")[0] == "progress"
    db.dispose()


def _tab(url: str, tid: int, tab: int, n: int) -> None:
    """One browser tab of the trainee, in a process of its own (a kernel), writing fast."""
    db = Database(url)
    store = ProgressStore(db)
    for i in range(n):
        store.record_play(
            tid,
            scenario_id=f"s{tab}",
            module=None,
            stage="studie",
            page=None,
            path=[("start", i % 2)],
            verdicts={"god": 1},
            honoured={},
            broken={},
            ending=None,
        )
        store.record_answer(
            tid,
            quiz_id=f"quiz{tab}",
            question_id=f"q{i}",
            module=None,
            stage="studie",
            page=None,
            selected=[i % 3],
            outcome="right",
        )
        store.complete_page(tid, f"page-{tab}-{i}.ipynb", "studie", None)
    db.dispose()


def test_two_tabs_writing_at_once_lose_nothing(database_url):
    db = Database(database_url)
    store = ProgressStore(db)
    tid = store.create(keys.key_hash(keys.new_key()))
    n = 15
    ctx = multiprocessing.get_context("spawn")
    tabs = [ctx.Process(target=_tab, args=(database_url, tid, tab, n)) for tab in range(2)]
    for p in tabs:
        p.start()
    for p in tabs:
        p.join(120)
        assert p.exitcode == 0
    got = store.progress(tid)
    assert len(got.plays) == 2 * n
    assert len(got.answers) == 2 * n
    assert len(got.pages) == 2 * n
    db.dispose()
