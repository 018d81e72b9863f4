"""The course served by a real Voilà over HTTP and the kernel websocket."""

from __future__ import annotations

import asyncio
import time

import pytest
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from widgets.devtools.voila import kernel_running, open_page

pytestmark = pytest.mark.served


def run(coro):
    return asyncio.run(coro)


async def _wait_gone(base: str, kernel_id: str, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not await kernel_running(base, kernel_id):
            return True
        await asyncio.sleep(0.2)
    return False


def test_landing_page_renders_the_course_map(server):
    async def go():
        page = await open_page(server.url, "index.ipynb")
        try:
            assert "Slik er kurset bygd opp" in page.html
            assert page.outputs("text/html") == []  # Markdown is rendered on the server
            assert "_xsrf" in page.cookies  # so the page can shut its kernel down
            await page.connect()
            (home,) = [v for v in page.live_views().values() if "url_params" in v]
            assert 'href="studie/prinsippene.ipynb"' in home["html"]  # the course map
            # no source code on the page
            assert "from widgets.ui import" not in page.html
        finally:
            await page.close()

    run(go())


def test_scenario_page_widget_state_and_a_click(server):
    async def go():
        page = await open_page(server.url, "studie/prinsippene.ipynb")
        try:
            await page.connect()
            views = page.live_views()
            players = {k: v for k, v in views.items() if "scenario_id" in v}
            assert {v["scenario_id"] for v in players.values()} == {
                "rad-som-ikke-ble-bedt-om",
                "trost-som-kommer-for-fort",
                "din-opplevelse-er-din",
            }
            model_id, state = next(
                (k, v) for k, v in players.items() if v["scenario_id"] == "rad-som-ikke-ble-bedt-om"
            )
            assert "Han vil ikke ta medisinene" in state["html"]
            assert state["phase"] == "choose"
            # a click, exactly as live.js sends it
            state = await page.update(
                model_id, {"request": {"action": "choose", "value": "0", "seq": "1"}}
            )
            assert "Uheldig valg" in state["html"]
            assert any("quiz_id" in v for v in views.values())
        finally:
            code = await page.close()
        assert code == 204
        assert await _wait_gone(server.url, page.kernel_id)

    run(go())


def test_closed_pages_leave_no_kernel_behind(server):
    async def go():
        pages = [await open_page(server.url, "index.ipynb") for _ in range(3)]
        for page in pages:
            assert await kernel_running(server.url, page.kernel_id)
            assert await page.close() == 204
        for page in pages:
            assert await _wait_gone(server.url, page.kernel_id)

    run(go())


def test_a_second_shutdown_request_for_a_page_is_harmless(server):
    """Voilà's front end and verksted.js may both ask to end a page's kernel, even at once."""

    async def go():
        page = await open_page(server.url, "index.ipynb")
        other = await open_page(server.url, "index.ipynb")
        codes = await asyncio.gather(page.close(), page.close())
        assert codes == [204, 204]
        assert await _wait_gone(server.url, page.kernel_id)
        assert await page.close() == 204  # long after: still answered, nothing to do
        assert await kernel_running(server.url, other.kernel_id)  # no other page touched
        assert await other.close() == 204

    log_start = len(server.log())
    run(go())
    assert "Traceback" not in server.log()[log_start:]


@pytest.mark.parametrize(
    "path",
    [
        "voila/files/studie/prinsippene.ipynb",
        "voila/files/../modules/principles.yaml",
        "voila/files/../voila.json",
        "voila/render/../../etc/passwd",
        "voila/render/finnes-ikke.ipynb",
    ],
)
def test_content_and_bad_paths_are_not_served(server, path):
    async def go():
        with pytest.raises(HTTPClientError) as err:
            await AsyncHTTPClient().fetch(server.url + path)
        assert err.value.code in {403, 404}
        body = err.value.response.body.decode() if err.value.response else ""
        assert "Traceback" not in body

    run(go())
