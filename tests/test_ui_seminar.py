"""Seminar pages without a browser: facilitator, participants and projector on one database.

Each view is driven as its page would drive it (``dispatch`` is what a click
sends); ``poll()`` is what the page's background task does about three times a
second. The views share nothing but the database, as separate kernels would.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time

import pytest
from conftest import WORDS_SCENARIO

from widgets.storage import Database
from widgets.storage.seminar import SeminarStore
from widgets.ui.seminar import FacilitatorView, ParticipantView, ProjectorView

PASS = "fjord og fjell i morgen"


@pytest.fixture
def content(tree, monkeypatch):
    tree.write("demo/scenarios/egne-ord.yaml", WORDS_SCENARIO)
    monkeypatch.setenv("VERKSTED_MODULES", str(tree.root))
    return tree


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'seminar.sqlite3'}"


@pytest.fixture
def store(db_url):
    db = Database(db_url)
    yield SeminarStore(db)
    db.dispose()


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("VERKSTED_FACILITATOR_PASSPHRASE", PASS)
    monkeypatch.setenv("VERKSTED_PUBLIC_URL", "https://kurs.example.no/")


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def signed_in(store) -> FacilitatorView:
    f = FacilitatorView(store=store)
    f.dispatch("signin", None, {"passphrase": PASS})
    assert f.screen == "home", f.error
    return f


def started(store) -> tuple[FacilitatorView, str]:
    f = signed_in(store)
    f.dispatch("start")
    assert f.screen == "seminar"
    return f, f._state.seminar.code


def joined(store, code: str, token: str = "") -> ParticipantView:
    p = ParticipantView(code=code, store=store)
    assert p.screen == "joining", p.error
    p.dispatch("remembered", token)  # what live.js sends from localStorage
    assert p.screen == "joined"
    return p


# -- facilitator: passphrase ----------------------------------------------------------


def test_without_a_passphrase_seminars_cannot_start(monkeypatch, store):
    monkeypatch.delenv("VERKSTED_FACILITATOR_PASSPHRASE", raising=False)
    f = FacilitatorView(store=store)
    assert f.screen == "nopass"
    html = f.html
    assert "VERKSTED_FACILITATOR_PASSPHRASE" in html and "kan ikke startes" in html
    assert 'type="password"' not in html
    f.dispatch("start")  # a forged click does nothing
    assert store.running() == []


def test_sign_in_wrong_then_right(env, store):
    f = FacilitatorView(store=store)
    assert 'type="password"' in f.html
    f.dispatch("start")  # not signed in: ignored
    assert store.running() == []
    f.request = {"action": "signin", "form": {"passphrase": "gjett"}, "seq": "1"}
    assert f.error == "Feil passord. Prøv igjen."
    assert "gjett" not in str(f.request) and "gjett" not in f.html  # not kept anywhere
    f.request = {"action": "signin", "form": {"passphrase": PASS}, "seq": "2"}
    assert f.screen == "home" and PASS not in str(f.request) and PASS not in f.html


def test_wrong_attempts_are_slowed_down_across_pages(env, store):
    for _ in range(5):
        FacilitatorView(store=store).dispatch("signin", None, {"passphrase": "feil"})
    f = FacilitatorView(store=store)  # a fresh page (kernel) does not reset the count
    f.dispatch("signin", None, {"passphrase": "feil"})
    f.dispatch("signin", None, {"passphrase": PASS})  # even the right one must wait
    assert f.screen == "signin" and "Vent" in f.error


# -- the whole room -----------------------------------------------------------------


def test_a_question_from_open_to_next_step(env, store):
    f, code = started(store)
    html = f.html
    assert code in html and "<svg" in html  # code and QR code
    assert "kurs.example.no/voila/render/seminar/delta.ipynb?kode=" + code in html
    assert 'href="skjerm.ipynb?vis=' in html
    phones = [joined(store, code) for _ in range(3)]
    assert len({p.nickname for p in phones}) == 3
    f.poll()
    assert f.participants == 3

    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    assert f.phase == "open"
    for p in phones:
        assert p.poll()  # the question appears without reloading
        assert 'data-action="answer"' in p.html and "Han vil ikke ta medisinene" in p.html
    phones[0].dispatch("answer", "1")
    phones[1].dispatch("answer", "0")
    phones[1].dispatch("answer", "1")  # changed their mind
    f.poll()
    assert "2 av 3 har svart" in text_of(f.html)
    # hidden until the reveal, on every screen
    assert "data-count" not in f.html and "data-count" not in phones[0].html
    assert 'data-action="reveal"' not in f.html  # close first

    f.dispatch("close")
    phones[2].poll()
    phones[2].dispatch("answer", "2")
    assert "stengt" in phones[2].error
    f.dispatch("reveal")
    counts = dict(re.findall(r'data-option="(\d)" data-count="(\d+)"', f.html))
    assert counts == {"0": "0", "1": "2", "2": "0", "3": "0"}
    assert "Godt valg" in f.html or "Uheldig valg" in f.html  # verdicts as words, not colour only
    for p in phones:
        p.poll()
        shown = text_of(p.html)
        assert "Resultat" in shown and "2 svar (100 %)" in shown
    assert "Du valgte" in text_of(phones[0].html)
    assert "Du svarte ikke" in text_of(phones[2].html)

    f.dispatch("feedback")
    node = (
        __import__("widgets.content.catalog", fromlist=["scenario"])
        .scenario("rad-som-ikke-ble-bedt-om")
        .node("start")
    )
    assert node.options[1].feedback.split()[0] in f.html
    f.dispatch("next", "majority")
    assert f.phase == "open" and f._state.seminar.node_id == node.options[1].next
    for p in phones:
        p.poll()
        assert "Jon" in p.html  # the next node's lines


def test_double_clicks_and_a_second_tab_cannot_skip_steps(env, store):
    f, _code = started(store)
    other = signed_in(store)
    other.dispatch("resume", str(f._seminar_id))
    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    other.poll()
    f.dispatch("close")
    other.dispatch("close")  # the same click from the other tab
    f.dispatch("reveal")
    f.dispatch("next", "majority")
    f.dispatch("next", "majority")  # double click
    assert len(store.questions(f._seminar_id)) == 2


def test_a_participant_reloading_keeps_nickname_and_answer(env, store):
    f, code = started(store)
    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    p = joined(store, code)
    token = p.remember_value
    assert token  # the browser keeps this in localStorage
    p.dispatch("answer", "2")
    p.close()
    again = joined(store, code, token)  # the reloaded page sends the kept token
    assert again.nickname == p.nickname and again.remember_value == ""
    assert 'aria-pressed="true"' in again.html and "ditt valg" in again.html
    f.poll()
    assert f.answered == 1 and f.participants == 1  # not doubled


def test_wrong_expired_and_ended_codes(env, store):
    p = ParticipantView(code="ABC", store=store)
    assert p.screen == "code" and "fem tegn" in p.error and 'value="ABC"' in p.html
    p.dispatch("code", None, {"code": "ZZZZZ"})
    assert p.screen == "code" and "finner ikke" in p.error
    old, _ = store.create(lifetime=__import__("datetime").timedelta(seconds=-1))
    p.dispatch("code", None, {"code": old.code.lower()})
    assert "ikke gyldig lenger" in p.error
    f, code = started(store)
    p.dispatch("code", None, {"code": f" {code[:2]}-{code[2:]} "})  # typed loosely
    assert p.screen == "joining" and not p.error
    f.dispatch("end")
    f.dispatch("confirm", "end")
    assert "seminaret er avsluttet" in text_of(ParticipantView(code=code, store=store).html)


def test_a_page_without_browser_storage_still_joins(env, store, monkeypatch):
    import widgets.ui.seminar.participant as ui

    monkeypatch.setattr(ui, "REMEMBER_WAIT", 0)
    _f, code = started(store)
    p = ParticipantView(code=code, store=store)
    p.poll()  # the browser never answered
    assert p.screen == "joined" and p.nickname


def test_free_text_goes_through_moderation_and_is_always_escaped(env, store, content):
    f, code = started(store)
    screen = ProjectorView(token=f._display_token, store=store)
    a, b = joined(store, code), joined(store, code)
    f.dispatch("scenario", "egne-ord")
    for v in (a, b, screen):
        v.poll()
    assert "<textarea" in a.html
    a.dispatch("write", None, {"words": "<script>alert('x')</script> Jeg kjenner meg igjen."})
    b.dispatch("write", None, {"words": "<b>Du</b> burde ringe noen."})
    b.dispatch("write", None, {"words": "   "})
    assert "Skriv noe først" in b.error
    f.poll()
    assert "2 av 2 har svart" in text_of(f.html)
    assert "&lt;script&gt;alert" in f.html and "<script>alert" not in f.html
    assert "Tekster som venter" in f.html
    for v in (a, b, screen):
        v.poll()
    assert "Jeg kjenner meg igjen" not in screen.html  # pending texts are never on the projector
    assert "burde ringe" not in a.html  # nor on the others' phones
    pending = store.texts(f._state.question.id)
    f.dispatch("approve", str(pending[0].id))
    f.dispatch("reject", str(pending[1].id))
    f.dispatch("close")
    f.dispatch("reveal")
    for v in (a, b, screen):
        v.poll()
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Jeg kjenner meg igjen." in v.html
        assert "<script>" not in v.html
        assert "burde ringe" not in v.html or v is b  # b sees only their own text
        assert a.nickname not in v.html or v is a  # never with a nickname
    f.dispatch("next", "")
    assert f._state.seminar.node_id == "valg"


def test_the_projector_shows_no_controls_and_no_queue(env, store, content):
    f, code = started(store)
    screen = ProjectorView(token=f._display_token, store=store)
    assert screen.variant == "projector"
    assert code in screen.html and "<svg" in screen.html
    p = joined(store, code)
    f.dispatch("scenario", "egne-ord")
    p.dispatch("write", None, {"words": "Hemmelig tekst"})
    screen.poll()
    assert "data-action" not in screen.html
    assert "Tekster som venter" not in screen.html and "Hemmelig tekst" not in screen.html
    assert "1 av 1 har svart" in text_of(screen.html)
    assert "nolink" in ProjectorView(token="gjettet", store=store).screen
    assert ProjectorView(store=store).actions == frozenset()


def test_a_participant_cannot_act_as_facilitator(env, store):
    f, code = started(store)
    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    p = joined(store, code)
    for action in ("close", "reveal", "next", "approve", "delete", "signin"):
        p.dispatch(action, "1", {"passphrase": PASS})
    f.poll()
    assert f.phase == "open"
    # Synced traits can be set by any page; they grant nothing.
    stranger = ParticipantView(store=store)
    stranger.screen = "joined"
    stranger.phase = "open"
    stranger.dispatch("answer", "0")
    assert "stengt" in stranger.error
    f.poll()
    assert f.answered == 0


def test_facilitator_closes_the_tab_and_resumes(env, store):
    f, code = started(store)
    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    p = joined(store, code)
    p.dispatch("answer", "0")
    f.close()
    back = signed_in(store)
    assert code in back.html and 'data-action="resume"' in back.html
    back.dispatch("resume", str(f._seminar_id))
    assert back.phase == "open" and back.answered == 1
    assert 'href="skjerm.ipynb?vis=' in back.html  # a new projector link


def test_export_and_delete(env, store):
    f, code = started(store)
    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    p = joined(store, code)
    p.dispatch("answer", "1")
    f.dispatch("export")
    assert 'download="seminar-' + code + '.csv"' in f.html
    assert 'href="data:text/csv;charset=utf-8;base64,' in f.html
    seminar_id = f._seminar_id
    f.dispatch("delete")
    assert "kan ikke angres" in f.html
    f.dispatch("cancel")
    assert store.get(seminar_id) is not None
    f.dispatch("delete")
    f.dispatch("confirm", "delete")
    assert f.screen == "home"
    assert set(store.count_rows(seminar_id).values()) == {0}
    p.poll()
    assert p.screen == "gone" and "finnes ikke lenger" in p.html


def test_a_briefly_locked_database_loses_no_answer(env, tmp_path):
    path = tmp_path / "busy.sqlite3"
    db = Database(f"sqlite:///{path}", busy_timeout=0.05, retry_deadline=0.2)
    store = SeminarStore(db)
    f, code = started(store)
    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    p = joined(store, code)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    p.dispatch("answer", "3")
    assert "ikke lagret ennå" in p.error and "prøver igjen" in p.error
    assert "Traceback" not in p.html
    p.poll()  # still locked: kept
    blocker.execute("COMMIT")
    blocker.close()
    p.poll()  # the page's next poll stores it
    assert p.error == ""
    f.poll()
    assert f.answered == 1
    db.dispose()


def test_pages_follow_the_database_from_one_task_on_the_loop(env, store):
    """An answer shows on the dashboard within a second; closing the widget stops the task."""

    async def scenario():
        f, code = started(store)
        f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
        p = joined(store, code)
        assert f._task is not None and p._task is not None
        await asyncio.sleep(0.4)
        start = time.monotonic()
        p.dispatch("answer", "1")
        while f.answered < 1 and time.monotonic() - start < 2:
            await asyncio.sleep(0.02)
        latency = time.monotonic() - start
        assert f.answered == 1 and latency < 1.0
        task = f._task
        f.close()
        p.close()
        await asyncio.sleep(0)
        assert task.cancelled() or task.done()

    asyncio.run(scenario())


def test_a_scenario_that_ends_without_an_ending_node(env, store, content):
    f, code = started(store)
    p = joined(store, code)
    f.dispatch("scenario", "egne-ord")
    f.dispatch("close")
    f.dispatch("reveal")
    f.dispatch("next", "")
    p.poll()
    bad = next(r for r in f._step()["options"] if r.verdict == "uheldig")
    p.dispatch("answer", str(bad.index))
    f.dispatch("close")
    f.dispatch("reveal")
    f.dispatch("next", str(bad.index))  # its next is 'slutt': no ending node
    assert f.phase == "ending" and not f.error
    assert "Rollespillet er ferdig" in f.html and 'data-action="scenario"' in f.html
    p.poll()
    assert "Rollespillet er ferdig" in p.html and "Vent på neste spørsmål" in p.html


def test_a_new_code_keeps_who_has_joined(env, store):
    f, code = started(store)
    p = joined(store, code)
    f.dispatch("newcode")
    new = f._state.seminar.code
    assert new != code and new in f.html
    assert "finner ikke" in ParticipantView(code=code, store=store).error  # the old code is gone
    again = joined(store, new, p.remember_value)  # same browser, new code: same participant
    assert again.nickname == p.nickname and again.remember_key == p.remember_key


# -- the room screen, the console, the clicker -------------------------------------------


def view_of(html: str) -> str:
    found = re.search(r'class="vk-room [^"]*" [^>]*data-view="([a-z]+)"', html)
    return found.group(1) if found else ""


def test_the_room_screen_follows_the_facilitator_and_can_be_blanked(env, store):
    f, code = started(store)
    screen = ProjectorView(token=f._display_token, store=store)
    phone = joined(store, code)
    assert view_of(screen.html) == "lobby"
    shown = text_of(screen.html)
    assert "Gå til kurs.example.no /bli-med og skriv koden" in shown and code in shown
    # A long host wraps after itself, never inside "bli-med".
    assert 'kurs.example.no<wbr><span class="vk-room-nowrap">/bli-med</span>' in screen.html
    assert "<svg" in screen.html and "delta.ipynb" not in shown  # the QR code keeps the link
    assert view_of(f.html) == "lobby"  # the preview on the facilitator's page

    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    for v in (screen, phone):
        v.poll()
    assert view_of(screen.html) == "open"
    assert f"kurs.example.no/bli-med · kode {code}" in text_of(screen.html)
    assert "Han vil ikke ta medisinene" in screen.html
    assert "Deretter: Vis resultatet" in text_of(f.html)  # the one next action, and what follows
    assert re.search(r'data-action="close" data-value="" data-keys="PageDown ArrowRight"', f.html)

    f.dispatch("blank")
    assert screen.poll() and view_of(screen.html) == "blank" and screen.blank
    assert "Han vil ikke" not in screen.html
    assert not phone.poll()  # phones do not follow the room screen
    assert "storskjermen er mørk" in text_of(f.html) and view_of(f.html) == "blank"
    # While blank, the next keys and B only show the screen again.
    unblank = re.search(r'<button[^>]*data-action="blank"[^>]*>', f.html).group(0)
    assert all(k in unblank for k in ("PageDown", "ArrowRight", "PageUp", "b ."))
    f.dispatch("blank")
    assert screen.poll() and view_of(screen.html) == "open"
    f.dispatch("blank")
    f.dispatch("close")  # a step shows the screen again
    screen.poll()
    assert view_of(screen.html) == "closed" and not screen.blank
    assert "Svarene er stengt" in text_of(screen.html)


def test_back_steps_within_a_question_and_the_end_shows_the_rooms_summary(env, store):
    f, code = started(store)
    screen = ProjectorView(token=f._display_token, store=store)
    phones = [joined(store, code) for _ in range(3)]
    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    for p, option in zip(phones, ("1", "1", "0"), strict=True):
        p.poll()
        p.dispatch("answer", option)
    f.dispatch("close")
    f.dispatch("back")
    assert f.phase == "open"  # reopened
    f.dispatch("close")
    f.dispatch("reveal")
    f.dispatch("back")
    assert f.phase == "closed"  # results hidden again
    screen.poll()
    assert "data-count" not in screen.html
    f.dispatch("reveal")
    f.dispatch("feedback")
    f.dispatch("back")
    assert f.phase == "revealed"
    f.dispatch("back")
    f.dispatch("back")
    assert f.phase == "open"  # back never goes past the question's start
    f.dispatch("back")
    assert f.phase == "open"
    f.dispatch("close")
    f.dispatch("reveal")
    screen.poll()
    assert view_of(screen.html) == "revealed"
    cols = dict(
        re.findall(r'class="vk-col [^"]*" [^>]*data-option="(\d)" data-count="(\d)"', screen.html)
    )
    assert cols == {"0": "1", "1": "2", "2": "0", "3": "0"}
    assert "Deretter: Neste steg (følg flertallet: " in text_of(f.html)
    f.dispatch("feedback")
    assert "Deretter: neste spørsmål: «" in text_of(f.html)  # where the majority leads

    for _ in range(12):  # on to the end, nobody answering the later steps
        if f.phase == "ending":
            break
        f.dispatch({"open": "close", "closed": "reveal"}.get(f.phase, "next"), "majority")
    assert f.phase == "ending"
    screen.poll()
    assert view_of(screen.html) == "ending"
    tallies = re.findall(
        r'data-principle="([a-z-]+)" data-followed="(\d+)" '
        r'data-against="(\d+)" data-choices="(\d+)"',
        screen.html,
    )
    node = (
        __import__("widgets.content.catalog", fromlist=["x"])
        .scenario("rad-som-ikke-ble-bedt-om")
        .node("start")
    )
    expected = {}
    for option, n in ((1, 2), (0, 1)):
        for pid in node.options[option].honours:
            expected.setdefault(pid, [0, 0])[0] += n
        for pid in node.options[option].breaks:
            expected.setdefault(pid, [0, 0])[1] += n
    assert tallies and all(c == "3" for *_, c in tallies)  # the first step's three choices
    for pid, followed, against, _ in tallies:
        assert [int(followed), int(against)] == expected[pid]
    assert len(tallies) <= 4  # the room shows the principles touched most
    assert "Slik valgte rommet" in text_of(f.html)
    assert all(nick not in screen.html + f.html for nick in (p.nickname for p in phones))
    f.dispatch("next")  # at the end, PageDown goes back to the start screen
    assert f.phase == "ending"  # "next" is not the action here: lobby is
    f.dispatch("lobby")
    screen.poll()
    assert view_of(screen.html) == "lobby"


def test_the_phone_puts_the_question_and_then_the_results_first(env, store):
    f, code = started(store)
    p = joined(store, code)
    f.dispatch("scenario", "rad-som-ikke-ble-bedt-om")
    p.poll()
    html = p.html
    assert html.index('data-action="answer"') < html.index("Han vil ikke ta medisinene")
    assert "data-show-first" in html  # live.js scrolls a new question into view
    p.dispatch("answer", "2")
    shown = text_of(p.html)
    assert "Svaret ditt er lagret. Du kan velge et annet til svarene stenges." in shown
    f.dispatch("close")
    f.dispatch("reveal")
    p.poll()
    html = p.html
    assert html.index('data-key="result-list"') < html.index("Han vil ikke ta medisinene")
