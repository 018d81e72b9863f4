"""A trainee in a real browser: makes a key, plays a scenario, comes back and resumes.

Playwright drives Debian's chromium (the ``browser`` fixture of ``conftest.py``,
shared by the course's browser tests).
"""

from __future__ import annotations

import re

import pytest

from widgets.content import catalog
from widgets.devtools.voila import running_server

pytestmark = [pytest.mark.browser, pytest.mark.served]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    logs = tmp_path_factory.mktemp("voila-browser-progress")
    env = {
        "VERKSTED_STATE_DIR": str(logs / "state"),
        "VERKSTED_SECRET": "browser-progress-" + "z" * 24,
    }
    with running_server(logs / "voila.log", env=env) as srv:
        yield srv


def _ready(page, count: int = 1) -> None:
    page.wait_for_function(
        f"() => document.querySelectorAll('.vk-live > .vk-body').length >= {count}", timeout=90_000
    )


def test_make_a_key_play_return_and_resume(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nb-NO")
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(server.url + "voila/render/index.ipynb")
        _ready(page)
        page.get_by_role("button", name="Gi meg en nøkkel").click()
        key = page.locator(".vk-key-value code").inner_text(timeout=30_000).strip()
        assert re.fullmatch(r"[a-z]+-[a-z]+-[a-z]+-\d\d", key)
        # the address bar now carries the key, so a bookmark resumes
        page.wait_for_function(f"() => location.search.includes('nokkel={key}')")

        # the course map's link to the first lesson carries the key
        page.locator(f".vk-course-map a[href='studie/prinsippene.ipynb?nokkel={key}']").click()
        page.wait_for_url(re.compile(r"studie/prinsippene\.ipynb\?nokkel="))
        _ready(page, 3)
        player = page.locator(".vk-live:has(.vk-player)").first
        for _ in range(12):
            if player.locator(".vk-summary").count():
                break
            player.locator(".vk-options button").first.click()
            player.locator("button[data-action=continue]").click()
            player.locator(".vk-options, .vk-summary").first.wait_for()
        player.locator(".vk-progress-note").wait_for()
        assert "Lagret i framdriften din" in player.locator(".vk-progress-note").inner_text()
        box = page.locator(".vk-page-progress")
        box.get_by_role("button", name="Jeg er ferdig med denne siden").click()
        box.locator(".vk-done").wait_for()

        # back to the landing page, and on from "Fortsett der du slapp"
        box.get_by_role("link", name="Se framdriften din").click()
        page.wait_for_url(re.compile(r"index\.ipynb\?nokkel="))
        _ready(page)
        studie = [p for p in catalog.course().pages if p.stage == "studie" and p.kind == "lesson"]
        assert (
            f"Studie: 1 av {len(studie)} sider ferdige" in page.locator(".vk-stages").inner_text()
        )
        page.locator(".vk-continue a").click()
        page.wait_for_url(re.compile(rf"studie/ovingsbenk\.ipynb\?nokkel={re.escape(key)}"))
        _ready(page)
    finally:
        context.close()
