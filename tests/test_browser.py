"""A trainee's way through the served course in a real browser (Playwright + chromium).

From the landing page to a scenario, played through by clicking and, in a second
test, with the keyboard alone (Tab, Shift+Tab, Enter, Space), with feedback
announced through the LiveView's ARIA live region, and back. axe-core checks the
pages; screenshots at phone and desktop size go to ``test-artifacts/browser/``.
No request may leave the server.

Resuming after progress (issue 6) plugs in here: ``open_course_page`` and
``play_scenario_by_clicking`` are the steps a resume test needs.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request

import pytest

from widgets.devtools.browser import (
    RequestLog,
    assert_accessible,
    close_page,
    live_region_text,
    wait_until_shown,
    wait_until_widgets_ready,
)
from widgets.paths import repo_root

pytestmark = [pytest.mark.browser, pytest.mark.served]

ARTIFACTS = repo_root() / "test-artifacts" / "browser"
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
SCENARIO_PAGE = "studie/prinsippene.ipynb"


@pytest.fixture
def trainee(browser, server, request):
    """A fresh browser tab (phone size) whose requests and CSP reports are recorded."""
    context = browser.new_context(viewport=SIZES["phone"], locale="nb-NO")
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.requests = RequestLog(server.url).attach(page)
    page.csp_errors = []
    page.on(
        "console",
        lambda msg: (
            page.csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None
        ),
    )
    page.shots = ARTIFACTS / request.node.name
    log_start = len(server.log())
    yield page
    for tab in context.pages:
        close_page(tab)  # so the last page's kernel is shut down, as a visitor's would be
    # Every page the trainee opened asked the server to end its kernel when it
    # was left or closed (wait before closing the browser, which would cancel
    # requests still on their way).
    kernels = set(re.findall(r"/api/kernels/([0-9a-f-]{36})", " ".join(page.requests.urls)))
    # pages left before Voilà's front end had connected fetched no kernel model
    kernels |= set(
        re.findall(r"Using pre-heated kernel: ([0-9a-f-]{36})", server.log()[log_start:])
    )
    assert kernels
    for _ in range(100):
        left = {k for k in kernels if kernel_exists(server, k)}
        if not left:
            break
        time.sleep(0.2)
    context.close()
    assert not left, f"pages left their kernels behind: {left}"
    assert page.requests.outside() == [], "requests left the server"
    assert page.csp_errors == [], "the Content-Security-Policy blocked something"


def snapshot(page, name: str) -> None:
    """Full-page screenshots at phone and desktop size (the tab's own size is restored)."""
    page.shots.mkdir(parents=True, exist_ok=True)
    own = page.viewport_size
    for size, viewport in SIZES.items():
        page.set_viewport_size(viewport)
        page.wait_for_timeout(150)
        page.screenshot(path=page.shots / f"{name}-{size}.png", full_page=True)
    page.set_viewport_size(own)


def open_course_page(page, server, path: str, widgets: int = 0) -> None:
    page.goto(server.url + "voila/render/" + path)
    wait_until_shown(page)
    if widgets:
        wait_until_widgets_ready(page, widgets)


def first_player(page):
    return page.locator(".vk-live:has(.vk-player)").first


def play_scenario_by_clicking(page, player) -> list[str]:
    """Choose the first option shown at every step; returns what was announced."""
    said = []
    for _ in range(12):
        if player.locator(".vk-summary").count():
            break
        player.locator(".vk-options button").first.click()
        feedback = player.locator(".vk-feedback")
        feedback.wait_for()
        assert re.search(r"(Godt|Delvis godt|Uheldig) valg", feedback.inner_text())
        said.append(wait_for_announcement(page, player, r"valg\. "))
        player.locator("button[data-action=continue]").click()
        player.locator(".vk-options, .vk-summary").first.wait_for()
    assert player.locator(".vk-summary").count(), "the scenario did not end"
    return said


def wait_for_announcement(page, widget, pattern: str) -> str:
    """Wait until the widget's ARIA live region says something matching ``pattern``."""
    page.wait_for_function(
        "([el, pattern]) => new RegExp(pattern).test(el.textContent)",
        arg=[widget.locator(":scope > [role=status]").element_handle(), pattern],
    )
    return live_region_text(widget)


def active(page, script: str):
    """Evaluate ``script`` with ``el`` bound to the focused element."""
    return page.evaluate(f"() => {{ const el = document.activeElement; return {script}; }}")


def tab_until(page, condition: str, key: str = "Tab", limit: int = 150) -> None:
    for _ in range(limit):
        page.keyboard.press(key)
        if active(page, condition):
            return
    raise AssertionError(f"{key} never reached an element where {condition}")


def test_a_trainee_clicks_from_the_landing_page_through_a_scenario_and_back(trainee, server):
    page = trainee
    open_course_page(page, server, "index.ipynb")
    assert page.locator("html").get_attribute("lang") == "nb"
    snapshot(page, "1-landing")
    assert_accessible(page, "the landing page")

    page.locator(f'#rendered_cells a[href="{SCENARIO_PAGE}"]').click()
    page.wait_for_url(re.compile(re.escape(SCENARIO_PAGE) + "$"))
    assert len(page.context.pages) == 1  # same tab, no kernel left behind in another
    wait_until_shown(page)
    wait_until_widgets_ready(page, 5)
    assert page.locator(".vk-breadcrumb").inner_text().split() == ["Studie", "Prinsippene"]
    snapshot(page, "2-scenario")
    assert_accessible(page, "the scenario page")

    player = first_player(page)
    player.scroll_into_view_if_needed()
    said = play_scenario_by_clicking(page, player)
    assert said
    assert all(re.match(r"(Godt|Delvis godt|Uheldig) valg\. \S", text) for text in said)
    wait_for_announcement(page, player, "^Rollespillet er ferdig")
    player.locator(".vk-summary").scroll_into_view_if_needed()
    snapshot(page, "3-summary")
    assert_accessible(page, "the scenario page after a scenario")

    page.locator(".vk-site-title").click()
    page.wait_for_url(re.compile(r"voila/render/index\.ipynb$"))
    wait_until_shown(page)
    page.locator(".vk-course-map").wait_for(state="visible")


def test_the_same_with_the_keyboard_alone(trainee, server):
    page = trainee
    page.set_viewport_size(SIZES["desktop"])
    open_course_page(page, server, "index.ipynb")

    # The skip link comes first and leads into the content.
    page.keyboard.press("Tab")
    assert active(page, "el.className") == "vk-skip-link"
    assert page.locator(".vk-skip-link").is_visible()
    page.keyboard.press("Enter")
    assert active(page, "el.id") == "vk-main"

    tab_until(page, "el.tagName === 'A' && el.getAttribute('href') === 'studie/prinsippene.ipynb'")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(SCENARIO_PAGE) + "$"))
    wait_until_shown(page)
    wait_until_widgets_ready(page, 5)

    player = first_player(page)
    player_id = player.evaluate("el => { el.dataset.testPlayer = '1'; return 1; }")
    assert player_id == 1
    in_player = "el.closest('[data-test-player]') !== null"
    tab_until(page, f"{in_player} && el.dataset.action === 'choose'")

    keys = ["Enter", "Space"]
    for step in range(12):
        page.keyboard.press(keys[step % 2])
        # focus moves to the verdict, which the live region also announces
        page.wait_for_function("() => document.activeElement.closest('.vk-feedback') !== null")
        assert re.search(r"(Godt|Delvis godt|Uheldig) valg", active(page, "el.textContent"))
        wait_for_announcement(page, player, r"valg\. ")
        if step == 0:
            snapshot(page, "1-feedback")
        page.keyboard.press("Tab")
        assert active(page, "el.dataset.action") == "continue"
        page.keyboard.press(keys[(step + 1) % 2])
        page.wait_for_function(
            f"() => {{ const el = document.activeElement; return {in_player} &&"
            " (el.dataset.action === 'choose' || el.closest('.vk-summary') !== null); }"
        )
        if active(page, "el.closest('.vk-summary') !== null"):
            break
    else:
        raise AssertionError("the scenario did not end")
    assert active(page, "el.tagName") == "H4"  # the ending's title
    wait_for_announcement(page, player, "^Rollespillet er ferdig")
    snapshot(page, "2-summary")

    # back to the landing page: Shift+Tab up to the course title in the header
    tab_until(page, "el.classList.contains('vk-site-title')", key="Shift+Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"voila/render/index\.ipynb$"))
    wait_until_shown(page)


def test_projector_layout_on_request(trainee, server):
    page = trainee
    page.set_viewport_size({"width": 1280, "height": 720})
    open_course_page(page, server, "index.ipynb?visning=projektor")
    assert "vk-projector" in page.locator("body").get_attribute("class")
    size = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 24
    snapshot(page, "projector")
    assert_accessible(page, "the landing page as projected")


def test_a_page_hidden_without_beforeunload_still_ends_its_kernel(trainee, server):
    """Mobile browsers may skip beforeunload; verksted.js then asks from pagehide."""
    page = trainee
    open_course_page(page, server, "index.ipynb")
    kernel = page.evaluate(
        "() => JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId"
    )
    assert kernel_exists(server, kernel)
    page.evaluate("() => window.dispatchEvent(new PageTransitionEvent('pagehide'))")
    for _ in range(50):
        if not kernel_exists(server, kernel):
            break
        page.wait_for_timeout(200)
    assert not kernel_exists(server, kernel)


def kernel_exists(server, kernel_id: str) -> bool:
    try:
        with urllib.request.urlopen(server.url + f"api/kernels/{kernel_id}", timeout=10):
            return True
    except urllib.error.HTTPError as err:
        if err.code == 404:
            return False
        raise
