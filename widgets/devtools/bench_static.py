"""``verksted bench --static``: the static edition beside the served one, in one run.

It builds the edition (``make static``'s build, timed), serves the folder with a
plain static file server on localhost, and opens a Studie page in headless
chromium with a new profile folder (a visitor's browser, disk and code cache)
three times per run: first visit (empty caches), second and third visit (browser
cache warm). Per visit it records, on the page's own clock from the start of
navigation, when the page's text was readable (its heading shown), when the first
widget was shown, and when it *answered*: the first scenario's first choice
clicked and its feedback shown. Requests that leave localhost are recorded (and
count as a miss), not routed: routing would turn the browser's cache off. Then
it measures the same page served by Voilà (``verksted bench``'s browser timings,
without pools). The static edition's
server cost is 0 kernels: the server only sends files.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["StaticTargets", "run_static", "static_table"]

PAGE = "studie/prinsippene.ipynb"

_TEXT = """() => { const h = document.querySelector('#vk-main h1');
  return h && h.getBoundingClientRect().height > 0 ? performance.now() : false; }"""
_PLAYER = ".vk-live:has(.vk-player)"
_SHOWN = f"() => document.querySelector('{_PLAYER} .vk-options button') ? performance.now() : false"
_ANSWERED = f"() => document.querySelector('{_PLAYER} .vk-feedback') ? performance.now() : false"


@dataclass(frozen=True)
class StaticTargets:
    """The targets of issue 12, on a 2-core machine."""

    first_visit_answers: float = 10.0  # s
    return_visit_answers: float = 4.0  # s, browser cache warm
    text_readable: float = 0.5  # s
    server_kernels: int = 0


@dataclass
class StaticTiming:
    page: str
    build_seconds: float = 0.0
    site_mb: float = 0.0
    text: list[float] = field(default_factory=list)
    shown_first: list[float] = field(default_factory=list)
    answered_first: list[float] = field(default_factory=list)
    shown_return: list[float] = field(default_factory=list)
    answered_return: list[float] = field(default_factory=list)


def _visit(context: Any, url: str) -> tuple[float, float, float]:
    from widgets.devtools.browser import close_page

    page = context.new_page()
    try:
        page.goto(url, wait_until="commit", timeout=120_000)
        text = page.wait_for_function(_TEXT, polling="raf", timeout=60_000).json_value()
        shown = page.wait_for_function(_SHOWN, polling="raf", timeout=180_000).json_value()
        page.locator(".vk-live:has(.vk-player) .vk-options button").first.click()
        answered = page.wait_for_function(_ANSWERED, polling="raf", timeout=60_000).json_value()
        return text / 1000, shown / 1000, answered / 1000
    finally:
        close_page(page)


def run_static(page: str = PAGE, runs: int = 3, say: Any = print) -> dict[str, Any]:
    """Build, serve and measure the static edition; returns the figures."""
    from playwright.sync_api import sync_playwright

    from widgets.devtools.browser import launch_profile
    from widgets.devtools.static_site import build_site, serve, watch_outside
    from widgets.staticbuild.pages import html_href

    timing = StaticTiming(page)
    refused: list[str] = []
    with tempfile.TemporaryDirectory(prefix="verksted-static-bench-") as tmp:
        say("Building the static edition …")
        started = time.monotonic()
        figures = build_site(Path(tmp) / "site")
        timing.build_seconds = round(time.monotonic() - started, 1)
        timing.site_mb = round(figures["bytes"] / 1e6, 1)
        with serve(Path(tmp) / "site") as url, sync_playwright() as playwright:
            address = url + "voici/render/" + html_href(page)
            for i in range(runs):
                with (
                    tempfile.TemporaryDirectory(prefix="verksted-profile-") as profile,
                    launch_profile(
                        playwright, profile, viewport={"width": 390, "height": 844}
                    ) as ctx,
                ):
                    refused += watch_outside(ctx, url)
                    for visit in range(3):
                        text, shown, answered = _visit(ctx, address)
                        if visit == 0:
                            timing.text.append(text)
                            timing.shown_first.append(shown)
                            timing.answered_first.append(answered)
                        else:
                            timing.shown_return.append(shown)
                            timing.answered_return.append(answered)
                back = timing.answered_return[-2:]
                say(
                    f"  run {i + 1}: first visit answers at {timing.answered_first[-1]:.2f} s, "
                    f"return visits {back[0]:.2f} / {back[1]:.2f} s"
                )
    return {"static": asdict(timing), "refused": refused, "targets": asdict(StaticTargets())}


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def static_table(result: dict[str, Any], served: dict[str, Any] | None = None) -> str:
    """The static edition's figures, and the served edition's for the same page."""
    targets = StaticTargets()
    s = result["static"]
    text, first = _median(s["text"]), _median(s["answered_first"])
    back = _median(s["answered_return"])
    lines = [
        f"Static edition: {s['site_mb']} MB, built in {s['build_seconds']} s; "
        f"page {s['page']}; medians of {len(s['text'])} run(s).",
        "",
        "| edition | text readable (s) | first widget, first visit (s) | answers, first visit (s) "
        "| first widget, return visit (s) | answers, return visit (s) | server kernels per page |",
        "|---|---|---|---|---|---|---|",
        f"| static | {text:.2f} | {_median(s['shown_first']):.2f} | {first:.2f} "
        f"| {_median(s['shown_return']):.2f} | {back:.2f} | 0 |",
    ]
    if served:
        for t in served["pages"]:
            lines.append(
                f"| served ({'pool' if t['preheated'] else 'no pool'}) "
                f"| {_median(t['html_cold']):.2f} (HTML) | {_median(t['ready_cold']):.2f} | – "
                f"| {_median(t['ready_return']):.2f} | – | 1 ({t['rss_mb']:.0f} MB) |"
            )
    misses = []
    if not first <= targets.first_visit_answers:
        misses.append(f"first visit {first:.2f} s > {targets.first_visit_answers} s")
    if not back <= targets.return_visit_answers:
        misses.append(f"return visit {back:.2f} s > {targets.return_visit_answers} s")
    if not text <= targets.text_readable:
        misses.append(f"text readable {text:.2f} s > {targets.text_readable} s")
    if result.get("refused"):
        misses.append(f"{len(result['refused'])} request(s) left localhost")
    lines += [
        "",
        "Static targets met." if not misses else "Static targets missed: " + "; ".join(misses),
    ]
    return "\n".join(lines)
