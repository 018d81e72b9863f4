"""Progress through a real Voilà: make a key, play on a lesson page, resume in new kernels."""

from __future__ import annotations

import asyncio
import html as htmlmod
import re

import pytest

from widgets.content import catalog
from widgets.devtools.voila import open_page, running_server
from widgets.scenario import all_paths

pytestmark = pytest.mark.served


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    logs = tmp_path_factory.mktemp("voila-progress")
    env = {
        "VERKSTED_STATE_DIR": str(logs / "state"),
        "VERKSTED_SECRET": "served-progress-" + "y" * 24,
    }
    with running_server(logs / "voila.log", env=env) as srv:
        yield srv


def _one(page, trait: str, value=None):
    found = [
        (k, v)
        for k, v in page.live_views().items()
        if trait in v and (value is None or v[trait] == value)
    ]
    assert found, f"no view with {trait}={value!r}"
    return found[0]


async def _click(page, model_id, action, value=None, n=[0]):  # noqa: B006 - a counter
    n[0] += 1
    return await page.update(
        model_id, {"request": {"action": action, "value": value, "seq": f"s{n[0]}"}}
    )


def test_make_a_key_play_and_resume_in_new_kernels(server):
    async def go():
        # 1. the landing page: ask for a key
        home = await open_page(server.url, "index.ipynb")
        await home.connect()
        model, _ = _one(home, "url_params")
        state = await _click(home, model, "create")
        key = re.search(r"<code>([^<]+)</code>", state["html"]).group(1)
        assert re.fullmatch(r"[a-z]+-[a-z]+-[a-z]+-\d\d", key)
        assert f"studie/prinsippene.ipynb?nokkel={key}" in state["html"]
        await home.close()

        # 2. a lesson page opened from the map: play a scenario to the end, mark the page done
        lesson = await open_page(server.url, f"studie/prinsippene.ipynb?nokkel={key}")
        await lesson.connect()
        model, player = _one(lesson, "scenario_id", "rad-som-ikke-ble-bedt-om")
        scenario = catalog.scenario("rad-som-ikke-ble-bedt-om")
        for index in next(all_paths(scenario)):
            await _click(lesson, model, "choose", str(index))
            player = await _click(lesson, model, "continue")
        assert "Lagret i framdriften din" in player["html"]
        box, _ = _one(lesson, "completed")
        state = await _click(lesson, box, "done")
        assert "Du er ferdig med denne siden" in state["html"]
        await lesson.close()

        # 3. the bookmark, twice (a restarted kernel, another device): progress is there
        for _ in range(2):
            again = await open_page(server.url, f"index.ipynb?nokkel={key}")
            await again.connect()
            _, state = _one(again, "url_params")
            text = htmlmod.unescape(state["html"])
            assert state["screen"] == "home"
            studie = [
                p for p in catalog.course().pages if p.stage == "studie" and p.kind == "lesson"
            ]
            assert 'value="1"' in text and f"Studie: 1 av {len(studie)} sider ferdige" in text
            assert f'href="studie/ovingsbenk.ipynb?nokkel={key}"' in text  # fortsett der du slapp
            assert "Rådet som ingen ba om (Studie)" in text
            await again.close()

        # 4. a wrong key in a link: a clear message, no traceback
        wrong = await open_page(server.url, "index.ipynb?nokkel=rolig-elg-fjord-00")
        await wrong.connect()
        _, state = _one(wrong, "url_params")
        assert "Vi finner ingen framdrift med denne nøkkelen" in htmlmod.unescape(state["html"])
        assert "Traceback" not in wrong.html + state["html"]
        await wrong.close()

    asyncio.run(go())
