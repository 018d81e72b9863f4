"""Seminar mode served by a real Voilà, driven by light clients over the kernel websocket.

The join page runs in a preheated pool here (two kernels), as in production,
so the page's query string travels the preheated way; a third participant
gets an ordinary kernel.
"""

from __future__ import annotations

import asyncio
import secrets

import pytest

from widgets.devtools.voila import open_page, running_server
from widgets.seminar.bench import _wait_for_pool, pool_config, run_room, voila_args

pytestmark = pytest.mark.served

PASS = secrets.token_urlsafe(12)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    work = tmp_path_factory.mktemp("seminar-voila")
    config = pool_config(work / "config", 2, fill_delay=1)
    env = {
        "VERKSTED_STATE_DIR": str(work / "state"),
        "VERKSTED_FACILITATOR_PASSPHRASE": PASS,
        "VERKSTED_DATABASE_URL": "",
    }
    with running_server(work / "voila.log", env=env, args=voila_args(config)) as srv:
        _wait_for_pool(srv, 2, timeout=180)
        yield srv


def test_a_room_of_three_on_the_served_pages(server):
    result = asyncio.run(run_room(server.url, PASS, 3, rounds=2))
    assert len(result.open_seconds) == 3
    assert len(result.latencies) == 6
    assert max(result.latencies) < 1.0, result.latencies  # answer on the dashboard within a second
    assert "Using pre-heated kernel" in server.log()


def test_pages_without_a_code_or_token_show_their_start(server):
    async def go():
        join = await open_page(server.url, "seminar/delta.ipynb")
        screen = await open_page(server.url, "seminar/skjerm.ipynb?vis=<script>")
        fac = await open_page(server.url, "seminar/fasilitator.ipynb")
        try:
            for page in (join, screen, fac):
                await page.connect()
            (join_state,) = join.live_views().values()
            assert join_state["screen"] == "code" and 'name="code"' in join_state["html"]
            (screen_state,) = screen.live_views().values()
            assert screen_state["screen"] == "nolink" and "<script>" not in screen_state["html"]
            (fac_state,) = fac.live_views().values()
            assert fac_state["screen"] == "signin" and 'type="password"' in fac_state["html"]
            for page in (join, screen, fac):
                assert "Traceback" not in page.html
        finally:
            for page in (join, screen, fac):
                await page.close()

    asyncio.run(go())
