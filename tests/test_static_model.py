"""The static edition's model layer without pydantic, PyYAML or a database.

The browser gets the content as a JSON bundle (``widgets.content.bundle``) and
builds the same model classes with ``widgets.content.plain``; progress lives in
a ``DeviceStore``. These run in a subprocess where pydantic and yaml cannot be
imported, as in Pyodide.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from widgets.content import bundle, catalog
from widgets.paths import modules_dir, repo_root
from widgets.progress.device import DeviceSession, DeviceStore, FileUnreadable
from widgets.progress.notes import decrypt_note, encrypt_note

# In the child: pydantic, yaml, sqlalchemy and cryptography are not importable.
_BLOCK = """
import sys
for name in ("pydantic", "pydantic_core", "yaml", "sqlalchemy", "cryptography"):
    sys.modules[name] = None
"""


@pytest.fixture(scope="module")
def packed(tmp_path_factory):
    path = tmp_path_factory.mktemp("bundle") / "bundle.json"
    data = bundle.collect(modules_dir(), repo_root() / "widgets" / "data" / "strings")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _child(packed, code: str) -> str:
    script = (
        _BLOCK
        + textwrap.dedent(
            f"""
        from widgets.content import bundle
        bundle.BUNDLE = __import__("pathlib").Path({str(packed)!r})
        """
        )
        + textwrap.dedent(code)
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=repo_root(), check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_bundle_gives_the_same_content_without_pydantic(packed):
    ids = [p.stem for p in catalog.scenario_paths()]
    out = _child(
        packed,
        f"""
        import json
        from widgets.content import catalog, models
        assert not hasattr(models.BaseModel, "model_fields"), "pydantic was used"
        dumps = {{i: catalog.scenario(i).model_dump() for i in {ids!r}}}
        first = catalog.scenario({ids[0]!r})
        extra = {{
            "start": first.start_id, "points": first.decision_points,
            "course": catalog.course().model_dump(),
            "principles": {{k: v.model_dump() for k, v in catalog.principle_texts().items()}},
            "text": catalog.text("prinsippene", "studie"),
        }}
        print(json.dumps({{"scenarios": dumps, **extra}}))
        """,
    )
    got = json.loads(out)
    for i in ids:
        assert got["scenarios"][i] == catalog.scenario(i).model_dump(mode="json"), i
    first = catalog.scenario(ids[0])
    assert (got["start"], got["points"]) == (first.start_id, first.decision_points)
    assert got["course"] == catalog.course().model_dump(mode="json")
    assert got["text"] == catalog.text("prinsippene", "studie")
    assert set(got["principles"]) == set(catalog.principle_texts())


def test_a_scenario_plays_and_feedback_is_given_without_pydantic(packed):
    out = _child(
        packed,
        """
        from widgets.content import catalog
        from widgets.scenario import ScenarioRun
        from widgets.strings import t
        from widgets.ui.feedback import give_feedback
        scenario = catalog.scenario("rad-som-ikke-ble-bedt-om")
        run = ScenarioRun(scenario)
        print(t("feedback.heading"), type(run).__name__)
        """,
    )
    assert out.split() == ["Tilbakemelding", "ScenarioRun"]


def test_plain_models_keep_number_bounds():
    from widgets.content import plain

    class Plan(plain.BaseModel):
        people: int = plain.Field(ge=1, le=8)
        names: list[str] = plain.Field(default_factory=list)

    assert Plan(people=4).names == []
    with pytest.raises(plain.ValidationError):
        Plan(people=9)
    with pytest.raises(plain.ValidationError):
        Plan(people=2, colour="red")
    with pytest.raises(plain.ValidationError):
        Plan()


def test_device_store_keeps_reads_back_merges_and_deletes():
    session = DeviceSession()
    store = session.store
    assert session.active and session.resolve() is session
    store.record_play(1, scenario_id="s", module="m", stage="studie", page="studie/m.ipynb",
                      path=[("a", 0), ("b", None)], verdicts={"god": 1}, honoured={}, broken={},
                      ending="slutt")  # fmt: skip
    nonce, text = encrypt_note(session.notes_key(), 1, "m/r", "Mitt notat")
    store.save_note(1, module="m", reflection_id="r", stage="studie", nonce=nonce, ciphertext=text)
    saved = store.dump()

    other = DeviceStore()
    other.record_answer(1, quiz_id="q", question_id="q1", module="m", stage="studie", page=None,
                        selected=[1], outcome="right")  # fmt: skip
    other.load(saved, merge=True)  # what this page did before the saved file came is kept
    progress = other.progress(1)
    assert [p.scenario_id for p in progress.plays] == ["s"]
    assert progress.plays[0].path == [["a", 0], ["b", None]]
    assert [a.quiz_id for a in progress.answers] == ["q"]
    (note,) = progress.notes
    assert decrypt_note(b"", 1, "m/r", note.nonce, note.ciphertext) == "Mitt notat"

    with pytest.raises(FileUnreadable):
        other.load('{"format": "something else"}')
    with pytest.raises(FileUnreadable):
        other.load("not json")
    other.delete(1)
    assert other.progress(1).plays == [] and other.progress(1).notes == []


def test_staged_pages_draw_text_ahead_and_seminar_pages_link_to_the_server(tmp_path):
    from widgets.paths import course_dir
    from widgets.staticbuild.pages import DEVICE_CELL, stage_course

    written = stage_course(course_dir(), tmp_path, "https://kurs.example.org/")
    assert "studie/prinsippene.ipynb" in written
    nb = json.loads((tmp_path / "studie" / "prinsippene.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in nb["cells"]]
    assert catalog.text("prinsippene", "studie") in sources  # Markdown, before Python starts
    assert not any("show_text(" in s for s in sources)
    assert sources[-1] == DEVICE_CELL
    page = nb["metadata"]["verksted_static"]["page"]
    assert page["next"]["href"].endswith(".html") and page["prev"]["href"].endswith(".html")
    seminar = json.loads((tmp_path / "seminar" / "prinsippene.ipynb").read_text(encoding="utf-8"))
    text = "".join(seminar["cells"][0]["source"])
    assert "https://kurs.example.org/voila/render/seminar/prinsippene.ipynb" in text
    landing = json.loads((tmp_path / "index.ipynb").read_text(encoding="utf-8"))
    course_map = "".join(landing["cells"][-2]["source"])
    assert 'href="studie/prinsippene.html"' in course_map and ".ipynb" not in course_map
    assert "trenger ingen konto" in "".join(landing["cells"][0]["source"])
    assert "personlig nøkkel" not in json.dumps(landing, ensure_ascii=False)


def test_reading_the_same_file_twice_keeps_each_record_once():
    store = DeviceStore()
    store.record_answer(1, quiz_id="q", question_id="q1", module="m", stage="studie", page=None,
                        selected=[0], outcome="wrong")  # fmt: skip
    saved = store.dump()
    other = DeviceStore()
    other.load(saved)
    other.load(saved)
    assert len(other.progress(1).answers) == 1


def test_device_sync_reads_the_browser_once_and_keeps_every_change():
    from widgets.ui.device import DeviceSync

    session = DeviceSession()
    earlier = DeviceStore()
    earlier.complete_page(1, "studie/rammene.ipynb", "studie", "rammene")
    box = DeviceSync(session=session)
    assert "Henter det nettleseren har lagret" in box.html
    session.store.complete_page(1, "studie/prinsippene.ipynb", "studie", "prinsippene")
    assert box.remember_value == ""  # nothing is written before the browser's copy is read
    box.dispatch("remembered", earlier.dump())
    box.dispatch("remembered", earlier.dump())  # a second recall changes nothing
    kept = json.loads(box.remember_value)
    assert set(kept["pages"]) == {"studie/rammene.ipynb", "studie/prinsippene.ipynb"}
    assert "Sider merket ferdige: 2" in box.html
    box.dispatch("read", "ikke json")
    assert "ikke en framdriftsfil" in box.error
    box.dispatch("delete")
    box.dispatch("delete-confirm")
    assert json.loads(box.remember_value)["pages"] == {}
    assert "er slettet" in box.html
