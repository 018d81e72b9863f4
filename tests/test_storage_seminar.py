"""The seminar store on SQLite and PostgreSQL: joining, answering, moderation, deletion."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from widgets.seminar.codes import ALPHABET, CODE_LENGTH
from widgets.storage import Database
from widgets.storage.seminar import (
    CodeExpired,
    CodeNotFound,
    QuestionClosed,
    SeminarEnded,
    SeminarGone,
    SeminarStore,
    seminar_t,
    utcnow,
)


@pytest.fixture
def store(database_url):
    db = Database(database_url)
    yield SeminarStore(db)
    db.dispose()


def test_a_new_seminar_has_a_short_unambiguous_code(store):
    seminar, token = store.create()
    assert len(seminar.code) == CODE_LENGTH and set(seminar.code) <= set(ALPHABET)
    assert seminar.phase == "lobby" and seminar.code_valid()
    assert store.by_code(seminar.code).id == seminar.id
    assert store.by_display_token(token).id == seminar.id
    assert store.by_display_token("not-the-token") is None
    assert [s.id for s in store.running()] == [seminar.id]


def test_wrong_expired_and_ended_codes(store):
    with pytest.raises(CodeNotFound):
        store.by_code("ZZZZZ")
    old, _ = store.create(lifetime=timedelta(seconds=-1))
    with pytest.raises(CodeExpired):
        store.by_code(old.code)
    fresh = store.new_code(old.id)  # the facilitator makes a new one
    assert fresh.code != old.code and store.by_code(fresh.code).id == old.id
    with pytest.raises(CodeNotFound):
        store.by_code(old.code)
    store.end(old.id)
    with pytest.raises(SeminarEnded):
        store.by_code(fresh.code)
    assert store.running() == []


def test_joining_gives_a_nickname_and_a_token_that_comes_back(store):
    seminar, _ = store.create()
    first = store.join(seminar.id)
    assert first.token and first.nickname
    again = store.join(seminar.id, first.token)  # a reload
    assert (again.id, again.nickname) == (first.id, first.nickname)
    assert again.token == ""  # the browser already has it
    other = store.join(seminar.id, "made-up-token")
    assert other.id != first.id and other.nickname != first.nickname
    elsewhere, _ = store.create()
    assert store.participant(elsewhere.id, first.token) is None  # tokens are per seminar


def test_nicknames_stay_unique_in_a_large_room(store):
    seminar, _ = store.create()
    names = [store.join(seminar.id).nickname for _ in range(60)]
    assert len(set(names)) == 60


def test_one_answer_per_participant_and_question_replaced_until_closed(store):
    seminar, _ = store.create()
    a, b = store.join(seminar.id), store.join(seminar.id)
    q = store.open_question(seminar.id, "sc", "start", "choice", after=None)
    store.answer(seminar.id, a.id, q.id, option=0)
    store.answer(seminar.id, a.id, q.id, option=2)  # changed their mind
    store.answer(seminar.id, a.id, q.id, option=2)  # a double click
    store.answer(seminar.id, b.id, q.id, option=2)
    state = store.state(seminar.id)
    assert (state.answered, state.participants, state.counts) == (2, 2, {2: 2})
    assert store.my_answer(a.id, q.id).option == 2
    assert store.set_phase(seminar.id, q.id, {"open"}, "closed")
    with pytest.raises(QuestionClosed):
        store.answer(seminar.id, a.id, q.id, option=1)
    assert store.my_answer(a.id, q.id).option == 2


def test_answers_only_to_the_current_question_of_ones_own_seminar(store):
    seminar, _ = store.create()
    me = store.join(seminar.id)
    q1 = store.open_question(seminar.id, "sc", "start", "choice", after=None)
    store.set_phase(seminar.id, q1.id, {"open"}, "closed")
    store.set_phase(seminar.id, q1.id, {"closed"}, "revealed")
    q2 = store.open_question(seminar.id, "sc", "next", "choice", after=q1.id)
    with pytest.raises(QuestionClosed):
        store.answer(seminar.id, me.id, q1.id, option=0)  # an old page
    other, _ = store.create()
    stranger = store.join(other.id)
    with pytest.raises(SeminarGone):
        store.answer(seminar.id, stranger.id, q2.id, option=0)
    with pytest.raises(ValueError, match="option or a text"):
        store.answer(seminar.id, me.id, q2.id)


def test_stale_facilitator_actions_change_nothing(store):
    seminar, _ = store.create()
    q1 = store.open_question(seminar.id, "sc", "start", "choice", after=None)
    assert (
        store.open_question(seminar.id, "sc", "start", "choice", after=None) is None
    )  # double click
    assert not store.set_phase(seminar.id, q1.id, {"closed"}, "revealed")  # not closed yet
    assert store.set_phase(seminar.id, q1.id, {"open"}, "closed")
    assert not store.set_phase(seminar.id, q1.id, {"open"}, "closed")  # second click
    assert store.set_phase(seminar.id, q1.id, {"closed"}, "revealed")
    q2 = store.open_question(seminar.id, "sc", "n2", "choice", after=q1.id)
    assert store.open_question(seminar.id, "sc", "n2", "choice", after=q1.id) is None
    assert [q.seq for q in store.questions(seminar.id)] == [1, 2]
    assert store.get(seminar.id).question_id == q2.id


def test_versions_tell_dashboards_and_phones_what_changed(store):
    seminar, _ = store.create()
    me = store.join(seminar.id)
    v0 = store.versions(seminar.id)
    q = store.open_question(seminar.id, "sc", "start", "choice", after=None)
    v1 = store.versions(seminar.id)
    assert v1[0] > v0[0] and v1[1] > v0[1]  # a new question: everyone
    assert v1.answers == 0
    store.answer(seminar.id, me.id, q.id, option=1)
    v2 = store.versions(seminar.id)
    assert v2.answers == 1 and v2.stage == v1.stage  # an answer: only the dashboards
    store.answer(seminar.id, me.id, q.id, option=2)  # a change of mind shows nowhere yet
    assert store.versions(seminar.id) == v2
    t = store.open_question(seminar.id, "sc", "words", "text", after=q.id)
    v3 = store.versions(seminar.id)
    assert v3.answers == 0
    store.answer(seminar.id, me.id, t.id, text="Første utkast")
    store.answer(seminar.id, me.id, t.id, text="Andre utkast")  # the queue must show this
    v4 = store.versions(seminar.id)
    assert v4.version > v3.version and v4.answers == 1 and v4.stage == v3.stage
    store.delete(seminar.id)
    assert store.versions(seminar.id) is None


def test_free_text_is_moderated_and_shown_without_who_wrote_it(store):
    seminar, _ = store.create()
    a, b = store.join(seminar.id), store.join(seminar.id)
    q = store.open_question(seminar.id, "sc", "words", "text", after=None)
    store.answer(
        seminar.id, a.id, q.id, text="  <script>alert(1)</script> Jeg kjenner meg igjen.  "
    )
    store.answer(seminar.id, b.id, q.id, text="Du burde ringe legen.")
    texts = store.texts(q.id)
    assert [t.status for t in texts] == ["pending", "pending"]
    assert texts[0].text == "<script>alert(1)</script> Jeg kjenner meg igjen."  # kept as typed
    assert not hasattr(texts[0], "nickname") and not hasattr(texts[0], "participant_id")
    stage = store.versions(seminar.id)[1]
    assert store.moderate(seminar.id, texts[0].id, "approved")
    assert store.versions(seminar.id)[1] > stage  # phones see approved texts appear
    assert [t.text for t in store.texts(q.id, "approved")] == [texts[0].text]
    # changing the text sends it back to moderation
    store.answer(seminar.id, a.id, q.id, text="Jeg kjenner meg igjen i det.")
    assert store.texts(q.id, "approved") == []
    other, _ = store.create()
    assert not store.moderate(other.id, texts[1].id, "approved")  # not that seminar's text
    with pytest.raises(ValueError, match="shown"):
        store.moderate(seminar.id, texts[1].id, "shown")


def test_deleting_a_seminar_removes_every_row(store):
    seminar, _ = store.create()
    keep, _ = store.create()
    for sid in (seminar.id, keep.id):
        p = store.join(sid)
        q = store.open_question(sid, "sc", "start", "text", after=None)
        store.answer(sid, p.id, q.id, text="noe")
    assert all(n > 0 for n in store.count_rows(seminar.id).values())
    store.delete(seminar.id)
    assert store.count_rows(seminar.id) == {
        "seminar": 0,
        "seminar_question": 0,
        "seminar_participant": 0,
        "seminar_answer": 0,
    }
    assert store.count_rows(keep.id)["seminar_answer"] == 1
    assert store.get(seminar.id) is None


def test_purge_deletes_old_seminars_only(store):
    old, _ = store.create()
    long_ago = utcnow() - timedelta(days=40)
    store.db.write(
        lambda conn: conn.execute(
            update(seminar_t).where(seminar_t.c.id == old.id).values(created_at=long_ago)
        )
    )
    new, _ = store.create()
    assert store.purge(timedelta(days=30)) == 1
    assert store.get(old.id) is None and store.get(new.id) is not None


def test_wrong_passphrase_attempts_are_shared_through_the_database(store):
    before = utcnow()
    store.record_failure()
    store.record_failure()
    assert len(store.failures_since(before - timedelta(seconds=1))) == 2
    assert store.failures_since(utcnow()) == []


def test_ending_and_lobby(store):
    seminar, _ = store.create()
    q = store.open_question(seminar.id, "sc", "start", "choice", after=None)
    assert store.show_ending(seminar.id, q.id, "sc", "slutt-god")
    s = store.get(seminar.id)
    assert (s.phase, s.node_id) == ("ending", "slutt-god")
    assert store.to_lobby(seminar.id)
    assert store.get(seminar.id).phase == "lobby"
    store.end(seminar.id)
    assert not store.to_lobby(seminar.id)
    with pytest.raises(SeminarGone):
        store.join(seminar.id)


def test_concurrency_40_participants_x_25_answers_from_separate_processes(database_url):
    """The issue's acceptance test: exactly 1,000 answers stored, none lost or doubled."""
    from widgets.seminar.loadtest import run_loadtest

    result = run_loadtest(40, 25, url=database_url, timeout=300)
    assert result.stored == 1000, result.report()
    assert result.lost == 0 and result.doubled == 0 and result.failed == 0, result.report()
    assert len(result.latencies) >= 1000


def test_a_version_1_database_gets_the_blank_column_and_keeps_its_seminars(database_url):
    """Migration 2 on a database written before the room screen could be blanked."""
    import widgets.storage.seminar as seminar_store
    from widgets.storage.migrations import current_versions, upgrade

    db = Database(database_url)
    try:
        old = seminar_store.MIGRATIONS[:1]
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(seminar_store, "MIGRATIONS", old)
            upgrade(db, ["widgets.storage.seminar"])
        assert current_versions(db)["seminar"] == 1
        db.write(
            lambda conn: conn.exec_driver_sql(
                "INSERT INTO seminar (code, code_expires_at, created_at, phase, version, stage)"
                " VALUES ('OLD23', '2999-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00',"
                " 'lobby', 1, 1)"
            )
        )
        assert upgrade(db, ["widgets.storage.seminar"])["seminar"] == 2
        store = SeminarStore(db)
        (kept,) = store.running()
        assert kept.code == "OLD23" and kept.blank is False
        assert store.set_blank(kept.id, True) and store.get(kept.id).blank is True
        assert store.versions(kept.id).stage == 1  # phones do not follow the room screen
    finally:
        db.dispose()
