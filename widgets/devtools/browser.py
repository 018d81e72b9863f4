"""Headless chromium for the browser tests and ``verksted bench``.

Playwright drives Debian's chromium (``/usr/bin/chromium``): Playwright's own
browser download does not work everywhere the course is developed. Helpers
here are shared by the tests (``tests/test_browser.py``, and the seminar
pages' tests) and the benchmark.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "CHROMIUM_ARGS",
    "RequestLog",
    "assert_accessible",
    "axe_violations",
    "chromium_path",
    "close_page",
    "launch",
    "launch_profile",
    "live_region_text",
    "navigation_seconds",
    "wait_until_shown",
    "wait_until_widgets_ready",
]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

#: axe-core impact levels that fail a test.
BLOCKING_IMPACTS = frozenset({"serious", "critical"})


def chromium_path() -> str | None:
    """Debian's chromium, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _executable() -> str:
    path = chromium_path()
    if path is None:
        raise FileNotFoundError("chromium is not installed (Debian: apt-get install chromium)")
    return path


@contextmanager
def launch(playwright: Any) -> Iterator[Any]:
    """A headless chromium browser (Playwright sync API), closed afterwards."""
    browser = playwright.chromium.launch(
        executable_path=_executable(), args=CHROMIUM_ARGS, headless=True
    )
    try:
        yield browser
    finally:
        browser.close()


@contextmanager
def launch_profile(playwright: Any, user_data_dir: str, **options: Any) -> Iterator[Any]:
    """A headless chromium with its own profile folder, like a visitor's browser.

    Unlike ``browser.new_context()`` (an incognito-like context whose cache lives
    in memory), this profile keeps a disk cache and V8's code cache: Chrome
    stores the compiled code of scripts it has run twice and reuses it from the
    third visit on, as a returning visitor's browser does. Yields the context.
    """
    context = playwright.chromium.launch_persistent_context(
        user_data_dir, executable_path=_executable(), args=CHROMIUM_ARGS, headless=True, **options
    )
    try:
        yield context
    finally:
        context.close()


@dataclass
class RequestLog:
    """Every request a page makes, to check that none leaves the course's server."""

    origin: str
    urls: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> RequestLog:
        page.on("request", lambda request: self.urls.append(request.url))
        return self

    def outside(self) -> list[str]:
        """Requests to anywhere but the server (``blob:``/``data:`` stay in the page)."""
        own = urlsplit(self.origin)
        found = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in {"blob", "data", "about"}:
                continue
            if (parts.scheme in {"http", "https", "ws", "wss"}) and parts.netloc == own.netloc:
                continue
            found.append(url)
        return found


def wait_until_shown(page: Any, timeout: float = 60_000) -> None:
    """Wait until Voilà has shown the page's cells (its loading message is gone)."""
    page.wait_for_function(
        "() => { const c = document.getElementById('rendered_cells');"
        " return c && c.style.display !== 'none' && !document.getElementById('loading'); }",
        timeout=timeout,
    )


def wait_until_widgets_ready(page: Any, count: int = 1, timeout: float = 60_000) -> None:
    """Wait until ``count`` LiveViews have rendered (their buttons then work)."""
    page.wait_for_function(
        f"() => document.querySelectorAll('.vk-live > .vk-body').length >= {int(count)}",
        timeout=timeout,
    )


def live_region_text(widget: Any) -> str:
    """What a LiveView's ARIA live region (role=status) currently says."""
    return widget.locator(":scope > [role=status][aria-live=polite]").inner_text()


def axe_violations(page: Any, impacts: frozenset[str] = BLOCKING_IMPACTS) -> list[dict]:
    """axe-core's violations on the page at the given impact levels (default: serious, critical).

    Each is reduced to id, impact, help and the offending elements' selectors,
    which is what a failing test needs to show.
    """
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [", ".join(n["target"]) for n in v["nodes"]][:5],
        }
        for v in results.response["violations"]
        if v.get("impact") in impacts
    ]


def navigation_seconds(page: Any) -> float:
    """Seconds from the start of navigation to now, measured by the page itself."""
    return page.evaluate("() => performance.now()") / 1000


def assert_accessible(page: Any, what: str = "") -> None:
    """Fail (AssertionError) if axe-core finds serious or critical violations on ``page``.

    For any page's browser test, e.g. the seminar pages: open the page, wait
    until it is shown (:func:`wait_until_shown`), then call this.
    """
    found = axe_violations(page)
    details = "\n".join(f"  {v['impact']}: {v['id']} ({v['help']}) at {v['nodes']}" for v in found)
    assert not found, (
        f"axe-core found serious or critical problems on {what or page.url}:\n{details}"
    )


def close_page(page: Any, timeout: float = 10_000) -> None:
    """Close a tab the way a visitor does, so the page asks Voilà to end its kernel.

    Voilà's page sends the shutdown request from its ``beforeunload`` handler,
    which Playwright's ``page.close()`` skips unless asked to run it.
    """
    if page.is_closed():
        return
    with page.expect_event("close", timeout=timeout):
        page.close(run_before_unload=True)
