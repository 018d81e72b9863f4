"""The progress widgets without a browser: keys on the landing page, tracking, notes, exports."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
from urllib.parse import unquote

import pytest

from widgets.content import catalog
from widgets.progress import keys
from widgets.progress.session import PageSession, reset_page_session
from widgets.progress.xapi import validate_statement
from widgets.scenario import all_paths
from widgets.storage import Database
from widgets.storage.progress import ProgressStore
from widgets.strings import t
from widgets.ui import CourseHome, PageProgress, QuizWidget, Reflection, ScenarioPlayer

PAGE = "studie/prinsippene.ipynb"


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)
    monkeypatch.setenv("VERKSTED_SECRET", "z" * 40)
    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    monkeypatch.delenv("QUERY_STRING", raising=False)
    database = Database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    database.ensure_schema()
    yield database
    database.dispose()
    reset_page_session()


def new_page(db, monkeypatch, query: str = "", page: str | None = None) -> PageSession:
    """A fresh kernel: a new page session, with the page's address carrying ``query``."""
    monkeypatch.setenv("QUERY_STRING", query)
    session = reset_page_session(PageSession(lambda: ProgressStore(db)))
    session.page = page
    return session


def text_of(html: str) -> str:
    import re

    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def play_through(player: ScenarioPlayer) -> None:
    for index in next(all_paths(player.scenario)):
        if index is None:
            player.dispatch("write", None, {"words": "Jeg kjenner meg igjen."})
        else:
            player.dispatch("choose", str(index))
        player.dispatch("continue")
    assert player.phase == "end"


def make_key(db, monkeypatch) -> str:
    new_page(db, monkeypatch)
    home = CourseHome()
    home.dispatch("create")
    return home.session.key


def test_landing_page_without_a_key_explains_and_stores_nothing(db, monkeypatch):
    new_page(db, monkeypatch)
    home = CourseHome()
    text = text_of(home.html)
    assert t("progress.home.why_title") in text and "taushetsplikt" in text
    assert t("progress.home.new_button") in text and t("progress.home.have_key") in text
    assert 'href="studie/prinsippene.ipynb"' in home.html  # the map, without a key
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM progress_trainee").scalar() == 0


def test_asking_for_a_key_shows_it_and_puts_it_in_the_address(db, monkeypatch):
    new_page(db, monkeypatch)
    home = CourseHome()
    home.dispatch("create")
    key = home.session.key
    assert home.screen == "home" and home.url_params == {"nokkel": key}
    assert f"<code>{key}</code>" in home.html
    assert f'href="studie/prinsippene.ipynb?nokkel={key}"' in home.html
    assert t("progress.home.write_down") in home.html
    home.dispatch("create")  # a double click makes no second key
    assert home.session.key == key


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", t("progress.key.empty")),
        ("rolig-elg-47", t("progress.key.malformed")),
        ("<b>rolig</b> elg fjord hav 47", t("progress.key.malformed")),
        ("rolgi-elg-fjord-47", t("progress.key.unknown_word", word="rolgi")),
        ("rolig-elg-fjord-47", t("progress.key.not_found")),
    ],
)
def test_wrong_empty_and_malformed_keys_get_clear_messages(db, monkeypatch, typed, message):
    new_page(db, monkeypatch)
    home = CourseHome()
    home.dispatch("enter", None, {"key": typed})
    assert home.screen == "start"
    assert message.replace("«", "&laquo;") in home.html or message in text_of(home.html)
    if typed == "rolgi-elg-fjord-47":
        assert t("progress.key.did_you_mean", word="rolig") in text_of(home.html)
    assert "<b>" not in home.html  # what was typed is shown escaped
    assert "Traceback" not in home.html


def test_a_bad_key_in_the_link_is_explained_on_the_page(db, monkeypatch):
    new_page(db, monkeypatch, "nokkel=ikke+en+nokkel", PAGE)
    box = PageProgress(PAGE)
    assert t("progress.key.malformed") in text_of(box.html)


def test_resume_on_a_second_device_and_after_a_restart(db, monkeypatch):
    key = make_key(db, monkeypatch)
    # the trainee plays on the lesson page (the key came with the link)
    session = new_page(db, monkeypatch, f"nokkel={key}", PAGE)
    player = ScenarioPlayer("rad-som-ikke-ble-bedt-om")
    quiz = QuizWidget("prinsippene-quiz")
    box = PageProgress(PAGE)
    play_through(player)
    assert player.progress_note == t("progress.saved")
    question = quiz.attempt.quiz.questions[0]
    quiz.dispatch("check", question.id, {"a": "0"})
    assert quiz.progress_note == t("progress.saved")
    assert t("progress.page.plays", done=1, total=1) in text_of(box.html)
    box.dispatch("done")
    assert box.completed and t("progress.page.done") in box.html
    assert f"ovingsbenk.ipynb?nokkel={key}" in box.html  # the next page keeps the key
    assert session.active
    # another device (a new kernel), typing the key in capitals with spaces
    new_page(db, monkeypatch)
    home = CourseHome()
    home.dispatch("enter", None, {"key": key.upper().replace("-", " ")})
    assert home.screen == "home", home.error
    text = text_of(home.html)
    studie = [p for p in catalog.course().pages if p.stage == "studie" and p.kind == "lesson"]
    assert t("progress.home.stage_bar", title="Studie", done=1, total=len(studie)) in text
    assert f'<progress id="vk-stage-studie" max="{len(studie)}" value="1">' in home.html
    assert f'href="studie/ovingsbenk.ipynb?nokkel={key}"' in home.html  # fortsett der du slapp
    assert t("progress.home.continue", title="Øvingsbenk (Studie)") in text
    # a restarted kernel with the bookmark (the key in the address)
    new_page(db, monkeypatch, f"nokkel={key}")
    again = CourseHome()
    assert again.screen == "home" and again.url_params == {"nokkel": key}


def test_without_a_key_nothing_is_stored(db, monkeypatch):
    new_page(db, monkeypatch, "", PAGE)
    player = ScenarioPlayer("rad-som-ikke-ble-bedt-om")
    play_through(player)
    assert player.progress_note == ""
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM progress_scenario").scalar() == 0


def test_notes_are_saved_only_on_request_encrypted_and_deletable(db, monkeypatch):
    key = make_key(db, monkeypatch)
    new_page(db, monkeypatch, f"nokkel={key}", PAGE)
    note = Reflection("prinsippene", "vanskeligst")
    note.dispatch("draft", "Bare et utkast")
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM progress_note").scalar() == 0
    note.dispatch("save", None, {"text": "Det er <vanskelig> å la være å gi råd"})
    assert note.saved and t("reflection.saved") in note.html
    with db.read() as conn:
        blob = conn.exec_driver_sql("SELECT ciphertext FROM progress_note").scalar()
    assert b"vanskelig" not in bytes(blob)
    # the landing page, in another kernel, shows it (escaped) and deletes it
    new_page(db, monkeypatch, f"nokkel={key}")
    home = CourseHome()
    assert "Det er &lt;vanskelig&gt; å la være å gi råd" in home.html
    note_id = int(home.html.split('data-action="note-delete" data-value="')[1].split('"')[0])
    home.dispatch("note-delete", str(note_id))
    assert t("progress.home.notes_none") in home.html
    # a page without the key cannot save
    new_page(db, monkeypatch, "", PAGE)
    stranger = Reflection("prinsippene", "vanskeligst")
    assert stranger.text == ""
    stranger.dispatch("save", None, {"text": "x"})
    assert stranger.error == t("reflection.no_key")


def test_delete_my_data_needs_confirmation_and_then_the_key_is_gone(db, monkeypatch):
    key = make_key(db, monkeypatch)
    other_tab = new_page(db, monkeypatch, f"nokkel={key}", PAGE)
    other_tab.resolve()
    tab_player = ScenarioPlayer("rad-som-ikke-ble-bedt-om")
    new_page(db, monkeypatch, f"nokkel={key}")
    home = CourseHome()
    home.dispatch("delete-confirm")  # without the first step nothing happens
    assert home.screen == "home"
    home.dispatch("delete")
    assert t("progress.delete.confirm", code=key) in text_of(home.html)
    home.dispatch("delete-confirm")
    assert home.screen == "deleted" and home.url_params == {"nokkel": ""}
    assert t("progress.delete.done") in home.html
    # the other tab still open: its next write says the data was deleted
    reset_page_session(other_tab)
    play_through(tab_player)
    assert tab_player.progress_note == t("progress.key.deleted")
    # the old bookmark: not found (the message mentions deletion)
    new_page(db, monkeypatch, f"nokkel={key}")
    old = CourseHome()
    assert old.screen == "start" and t("progress.key.not_found") in text_of(old.html)


def test_exports_csv_and_xapi(db, monkeypatch):
    key = make_key(db, monkeypatch)
    new_page(db, monkeypatch, f"nokkel={key}", PAGE)
    play_through(ScenarioPlayer("rad-som-ikke-ble-bedt-om"))
    PageProgress(PAGE).dispatch("done")
    new_page(db, monkeypatch, f"nokkel={key}")
    home = CourseHome()
    home.dispatch("csv")
    home.dispatch("xapi")
    links = {
        name: home.html.split(f'download="{name}" href="')[1].split('"')[0]
        for name in ("verksted-framdrift.csv", "verksted-xapi.json")
    }
    import pandas as pd

    raw = base64.b64decode(links["verksted-framdrift.csv"].split(",", 1)[1])
    frame = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")
    assert len(frame) == 2 and set(frame[t("progress.csv.col.kind")]) == {"side", "rollespill"}
    statements = json.loads(base64.b64decode(links["verksted-xapi.json"].split(",", 1)[1]))
    assert statements and all(validate_statement(s) == [] for s in statements)
    assert key not in json.dumps(statements) and unquote(key) not in json.dumps(statements)


def test_certificate_after_kurs_with_a_name_that_is_never_sent(db, monkeypatch):
    key = make_key(db, monkeypatch)
    session = new_page(db, monkeypatch, f"nokkel={key}")
    home = CourseHome()
    assert t("progress.cert.locked") in home.html
    for page in ("kurs/prinsippene.ipynb", "kurs/igangsetteren.ipynb", "kurs/parorende.ipynb"):
        session.store.complete_page(session.trainee_id, page, "kurs", None)
    home.refresh()
    home.dispatch("certificate")
    cert = home.html.split('<article class="vk-print vk-certificate"')[1].split("</article>")[0]
    assert '<input type="text" id="vk-cert-name"' in cert
    assert " name=" not in cert and "data-input-action" not in cert and "<form" not in cert
    assert 'data-client="print"' in home.html
    assert "Kurs" in text_of(cert)


def test_the_trainee_path_does_not_import_pandas(tmp_path):
    code = f"""
import os, sys
os.environ["VERKSTED_STATE_DIR"] = {str(tmp_path)!r}
os.environ["VERKSTED_SECRET"] = "q" * 40
os.environ["QUERY_STRING"] = ""
from widgets.ui import CourseHome, PageProgress, QuizWidget, Reflection, ScenarioPlayer
home = CourseHome(); home.dispatch("create")
ScenarioPlayer("rad-som-ikke-ble-bedt-om"); QuizWidget("prinsippene-quiz")
Reflection("prinsippene", "vanskeligst"); PageProgress("studie/prinsippene.ipynb")
print("pandas" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
