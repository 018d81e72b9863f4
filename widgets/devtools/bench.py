"""``verksted bench``: how fast the served course is, measured on this machine.

It starts Voilà with the repository's configuration (like ``make serve``), then

1. opens each page in headless chromium with a new profile folder (a
   visitor's browser: disk cache and V8 code cache, not an incognito context)
   three times: cold (empty caches), warm (second visit, HTTP cache warm) and
   returning (third visit: Chrome now also reuses the scripts' compiled code,
   which it keeps for scripts it has run twice), and records when the page's
   HTML had arrived and when the first widget could be used (for a page without
   widgets: when its cells were shown); the page's own clock
   (``performance.now()``) is used, from the start of navigation;
2. records the memory of each page's kernel once its widgets are connected (RSS
   and USS, the memory that would be freed if the kernel ended);
3. starts a second server whose pool for one page (``--crowd-page``) holds
   ``--crowd-pool`` kernels and opens that page ``--crowd`` times at once with
   light clients (``widgets.devtools.voila``: page rendered, kernel websocket
   connected, widget states received), as a room of phones would; 40 browsers
   on two cores would measure the browsers, not the server.

Preheated kernels are used once, so between two openings of a preheated page
the benchmark waits until Voilà has refilled the page's pool, as it would have
between two visitors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Targets", "register", "run"]

ENTRY_PAGES = ("index.ipynb", "studie/hva-er-selvhjelp.ipynb")


@dataclass(frozen=True)
class Targets:
    """The targets of issue 7, on a 2-core machine."""

    entry_warm_interactive: float = 1.0  # s, entry pages, a returning visitor's warm browser
    any_cold_interactive: float = 2.5  # s, any page, cold
    kernel_rss_mb: float = 80.0
    crowd_all_connected: float = 10.0  # s, 40 openings at once


@dataclass
class PageTiming:
    page: str
    preheated: bool
    widgets: int
    html_cold: list[float] = field(default_factory=list)
    ready_cold: list[float] = field(default_factory=list)
    html_warm: list[float] = field(default_factory=list)
    ready_warm: list[float] = field(default_factory=list)
    ready_return: list[float] = field(default_factory=list)
    rss_mb: float = 0.0
    uss_mb: float = 0.0


@dataclass
class CrowdResult:
    page: str
    clients: int
    pool: int
    rendered_max: float = 0.0
    connected_p50: float = 0.0
    connected_max: float = 0.0
    failures: int = 0
    wall: float = 0.0


# -- the server -----------------------------------------------------------------


def _pools(log: str) -> dict[str, int]:
    """How often each page's pool was reported full in Voilà's log."""
    found: dict[str, int] = {}
    for page in re.findall(r"Kernel pool of (\S+) is filled with \d+ kernel", log):
        found[page] = found.get(page, 0) + 1
    return found


def _wait_for(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.1)


def _wait_idle(server: Any, timeout: float = 120, threshold: float = 10.0) -> None:
    """Wait until the server and its kernels are idle (pooled notebooks finished running).

    Voilà reports a pool "filled" once its kernels have started; the notebooks
    may still be running in them, and a visitor then waits for the rest.
    """
    import psutil

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            procs = [psutil.Process(server.process.pid)]
            procs += procs[0].children(recursive=True)
            for proc in procs:
                proc.cpu_percent(None)
            time.sleep(0.5)
            busy = sum(proc.cpu_percent(None) for proc in procs if proc.is_running())
        except psutil.Error:
            continue
        if busy < threshold:
            return


def _configured_pools(pools_override: dict[str, int] | None = None) -> dict[str, int]:
    """Pool sizes from voila.json (plus overrides), for notebooks that exist."""
    from widgets.paths import course_dir, repo_root

    config = json.loads((repo_root() / "voila.json").read_text(encoding="utf-8"))
    raw = config.get("VoilaKernelManager", {}).get("kernel_pools_config", {})
    sizes = {k: int(v.get("pool_size", 0)) for k, v in raw.items()}
    sizes.update(pools_override or {})
    return {
        k: v for k, v in sizes.items() if k != "default" and v > 0 and (course_dir() / k).is_file()
    }


def _pool_args(sizes: dict[str, int]) -> list[str]:
    config = {"default": {"pool_size": 0}, **{k: {"pool_size": v} for k, v in sizes.items()}}
    return [f"--VoilaKernelManager.kernel_pools_config={json.dumps(config)}"]


def _kernel_processes(server_pid: int) -> dict[str, Any]:
    """The server's kernel processes by kernel id."""
    import psutil

    found = {}
    for child in psutil.Process(server_pid).children(recursive=True):
        try:
            cmd = " ".join(child.cmdline())
        except psutil.Error:
            continue
        match = re.search(r"kernel-([0-9a-f-]{36})\.json", cmd)
        if match:
            found[match.group(1)] = child
    return found


# -- browser timings -------------------------------------------------------------

_READY = """([widgets]) => {
  const cells = document.getElementById('rendered_cells');
  const shown = cells && cells.style.display !== 'none' && !document.getElementById('loading');
  const live = document.querySelectorAll('.vk-live > .vk-body').length;
  return shown && (widgets === 0 || live >= 1) ? performance.now() : false;
}"""
_HTML = "() => { const n = performance.getEntriesByType('navigation')[0]; return n.responseEnd; }"


def _time_page(browser_context: Any, url: str, widgets: int) -> tuple[float, float]:
    from widgets.devtools.browser import close_page

    page = browser_context.new_page()
    try:
        page.goto(url, wait_until="commit", timeout=120_000)
        ready = page.wait_for_function(_READY, arg=[widgets], polling="raf", timeout=120_000)
        ready_ms = ready.json_value()
        html_ms = page.evaluate(_HTML)
        return html_ms / 1000, ready_ms / 1000
    finally:
        close_page(page)


def _browser_timings(server: Any, timings: list[PageTiming], runs: int, say: Any) -> None:
    from playwright.sync_api import sync_playwright

    from widgets.devtools.browser import launch_profile

    def refilled(page: str, before: int) -> None:
        _wait_for(lambda: _pools(server.log()).get(page, 0) > before, 120, f"pool of {page}")

    with sync_playwright() as playwright:
        for timing in timings:
            url = server.url + "voila/render/" + timing.page
            for _ in range(runs):
                with (
                    tempfile.TemporaryDirectory(prefix="verksted-profile-") as profile,
                    launch_profile(
                        playwright, profile, viewport={"width": 390, "height": 844}
                    ) as context,
                ):
                    visits = (
                        (timing.html_cold, timing.ready_cold),
                        (timing.html_warm, timing.ready_warm),
                        (None, timing.ready_return),
                    )
                    for html_list, ready_list in visits:
                        before = _pools(server.log()).get(timing.page, 0)
                        html, ready = _time_page(context, url, timing.widgets)
                        if html_list is not None:
                            html_list.append(html)
                        ready_list.append(ready)
                        if timing.preheated:
                            refilled(timing.page, before)
                        _wait_idle(server)  # the refill has run, the closed page's kernel gone
            say(
                f"  {timing.page}: cold {statistics.median(timing.ready_cold):.2f} s, "
                f"warm {statistics.median(timing.ready_warm):.2f} s, "
                f"returning {statistics.median(timing.ready_return):.2f} s"
            )


# -- light clients ------------------------------------------------------------------


async def _kernel_memory(server: Any, timing: PageTiming) -> None:
    from widgets.devtools.voila import open_page

    page = await open_page(server.url, timing.page)
    try:
        await page.connect()
        timing.widgets = len(page.live_views())
        await asyncio.sleep(1)
        process = _kernel_processes(server.process.pid).get(page.kernel_id)
        if process is not None:
            info = process.memory_full_info()
            timing.rss_mb = info.rss / 2**20
            timing.uss_mb = info.uss / 2**20
    finally:
        await page.close()


async def _crowd(server: Any, page_path: str, clients: int) -> CrowdResult:
    from tornado.httpclient import AsyncHTTPClient

    from widgets.devtools.voila import open_page

    # tornado's client queues requests beyond max_clients (10 by default)
    AsyncHTTPClient.configure(None, max_clients=clients + 10)
    start = time.perf_counter()

    async def one() -> tuple[float, float, Any]:
        page = await open_page(server.url, page_path, timeout=120)
        rendered = time.perf_counter() - start
        await page.connect(timeout=120)
        return rendered, time.perf_counter() - start, page

    results = await asyncio.gather(*(one() for _ in range(clients)), return_exceptions=True)
    wall = time.perf_counter() - start
    done = [r for r in results if not isinstance(r, BaseException)]
    result = CrowdResult(page_path, clients, 0, failures=len(results) - len(done), wall=wall)
    if done:
        result.rendered_max = max(r[0] for r in done)
        result.connected_p50 = statistics.median(r[1] for r in done)
        result.connected_max = max(r[1] for r in done)
    await asyncio.gather(*(r[2].close() for r in done), return_exceptions=True)
    return result


# -- the command --------------------------------------------------------------------


def run(
    pages: list[str],
    *,
    runs: int = 5,
    crowd: int = 40,
    crowd_page: str | None = None,
    crowd_pool: int = 40,
    unpooled: bool = True,
    say: Any = print,
) -> dict[str, Any]:
    """Measure; returns everything measured (also printed as a table by the command).

    Pages are measured with the committed pools and, with ``unpooled``, once more
    on a server without preheated kernels, which is how every page that is not
    an entry page is served.
    """
    import os

    from widgets.devtools.voila import running_server
    from widgets.paths import course_dir

    pools = _configured_pools()
    timings = [PageTiming(p, p in pools, 0) for p in pages]
    crowd_page = crowd_page or (
        "seminar/delta.ipynb" if (course_dir() / "seminar/delta.ipynb").is_file() else "index.ipynb"
    )
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="verksted-bench-") as tmp:
        env = {"VERKSTED_STATE_DIR": str(Path(tmp) / "state")}
        say(f"Starting Voilà with the committed configuration (pools: {pools or 'none'}) …")
        with running_server(Path(tmp) / "voila.log", env=env, timeout=120) as server:
            _wait_for(lambda: set(_pools(server.log())) >= set(pools), 180, "pools to fill")
            _wait_idle(server)
            say("Kernel memory (light client) …")
            for timing in timings:
                before = _pools(server.log()).get(timing.page, 0)
                asyncio.run(_kernel_memory(server, timing))
                if timing.preheated:
                    _wait_for(
                        lambda t=timing, b=before: _pools(server.log()).get(t.page, 0) > b,
                        120,
                        "refill",
                    )
                _wait_idle(server)
            say(f"Browser timings, {runs} run(s) per page …")
            _browser_timings(server, timings, runs, say)

        if unpooled:
            extra = [
                PageTiming(t.page, False, t.widgets, rss_mb=t.rss_mb, uss_mb=t.uss_mb)
                for t in timings
                if t.preheated
            ]
            if extra:
                say("Starting Voilà without preheated kernels (how other pages are served) …")
                args = ["--VoilaConfiguration.preheat_kernel=False"]
                with running_server(Path(tmp) / "voila-cold.log", env=env, args=args) as server:
                    _wait_idle(server)
                    _browser_timings(server, extra, runs, say)
                timings += extra

        crowd_result = None
        if crowd > 0:
            crowd_pools = _configured_pools({crowd_page: crowd_pool})
            say(
                f"Starting Voilà with a pool of {crowd_pool} for {crowd_page}; "
                f"{crowd} openings at once …"
            )
            with running_server(
                Path(tmp) / "voila-crowd.log", env=env, args=_pool_args(crowd_pools), timeout=120
            ) as server:
                _wait_for(lambda: set(_pools(server.log())) >= set(crowd_pools), 600, "pools")
                _wait_idle(server, timeout=600)
                crowd_result = asyncio.run(_crowd(server, crowd_page, crowd))
                crowd_result.pool = crowd_pools.get(crowd_page, 0)
    return {
        "pages": [asdict(t) for t in timings],
        "crowd": asdict(crowd_result) if crowd_result else None,
        "targets": asdict(Targets()),
        "load_average": {"before": load_before, "after": os.getloadavg()},
        "cpus": os.cpu_count(),
    }


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _best(values: list[float]) -> float:
    return min(values) if values else float("nan")


def table(result: dict[str, Any]) -> str:
    """The measurements as a Markdown table (as pasted into docs/web.md)."""
    targets = Targets()
    lines = [
        "| page | pool | widgets | HTML cold (s) | interactive cold (s) (best) | HTML warm (s) "
        "| interactive warm, 2nd visit (s) (best) | interactive returning, 3rd visit (s) (best) "
        "| kernel RSS / USS (MB) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    misses = []
    for t in result["pages"]:
        cold, warm = _median(t["ready_cold"]), _median(t["ready_warm"])
        back = _median(t.get("ready_return") or [])
        lines.append(
            f"| {t['page']} | {'yes' if t['preheated'] else 'no'} | {t['widgets']} "
            f"| {_median(t['html_cold']):.2f} | {cold:.2f} ({_best(t['ready_cold']):.2f}) "
            f"| {_median(t['html_warm']):.2f} | {warm:.2f} ({_best(t['ready_warm']):.2f}) "
            f"| {back:.2f} ({_best(t.get('ready_return') or []):.2f}) "
            f"| {t['rss_mb']:.0f} / {t['uss_mb']:.0f} |"
        )
        if cold > targets.any_cold_interactive:
            misses.append(f"{t['page']}: cold {cold:.2f} s > {targets.any_cold_interactive} s")
        # A warm browser is judged by its steady state; a missing figure is a miss.
        entry = t["page"] in ENTRY_PAGES and t["preheated"]
        if entry and not back <= targets.entry_warm_interactive:
            misses.append(
                f"{t['page']}: warm (returning) {back:.2f} s > {targets.entry_warm_interactive} s"
            )
        if t["rss_mb"] > targets.kernel_rss_mb:
            misses.append(
                f"{t['page']}: kernel RSS {t['rss_mb']:.0f} MB > {targets.kernel_rss_mb} MB"
            )
    crowd = result.get("crowd")
    if crowd:
        lines += [
            "",
            "| opened at once | page | pool | all rendered (s) | connected p50 (s) "
            "| all connected (s) | failed |",
            "|---|---|---|---|---|---|---|",
            f"| {crowd['clients']} | {crowd['page']} | {crowd['pool']} "
            f"| {crowd['rendered_max']:.2f} | {crowd['connected_p50']:.2f} "
            f"| {crowd['connected_max']:.2f} | {crowd['failures']} |",
        ]
        if crowd["failures"] or crowd["connected_max"] > targets.crowd_all_connected:
            misses.append(
                f"{crowd['clients']} at once: {crowd['connected_max']:.2f} s, "
                f"{crowd['failures']} failed (target {targets.crowd_all_connected} s)"
            )
    load = result.get("load_average")
    if load:
        lines += [
            "",
            f"{result.get('cpus')} CPUs; load average (1, 5, 15 min) before "
            f"{', '.join(f'{x:.2f}' for x in load['before'])}, after "
            f"{', '.join(f'{x:.2f}' for x in load['after'])}.",
        ]
    lines += ["", "Targets met." if not misses else "Missed: " + "; ".join(misses)]
    return "\n".join(lines)


def _command(args: argparse.Namespace) -> int:
    if args.static:
        return _static_command(args)
    result = run(
        args.pages or list(ENTRY_PAGES),
        runs=args.runs,
        crowd=args.crowd,
        crowd_page=args.crowd_page,
        crowd_pool=args.crowd_pool,
        unpooled=not args.no_unpooled,
        say=lambda text: print(text, file=sys.stderr),
    )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(table(result))
    return 0


def _static_command(args: argparse.Namespace) -> int:
    """The static edition, then the same page served by Voilà (no pool), in one run."""
    from widgets.devtools import bench_static

    say = lambda text: print(text, file=sys.stderr)  # noqa: E731
    page = (args.pages or [bench_static.PAGE])[0]
    static = bench_static.run_static(page, runs=args.runs, say=say)
    served = run([page], runs=args.runs, crowd=0, unpooled=True, say=say)
    if args.json:
        print(json.dumps({"static": static, "served": served}, indent=2))
    else:
        print(bench_static.static_table(static, served))
    return 0


def register(subparsers: Any) -> None:
    """Add ``verksted bench`` to the command's subcommands."""
    parser = subparsers.add_parser(
        "bench",
        help="measure the served course: page speed, kernel memory, 40 openings at once",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "pages", nargs="*", help=f"pages under course/ (default: {' '.join(ENTRY_PAGES)})"
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="browser runs per page; medians are shown (default 5)"
    )
    parser.add_argument(
        "--crowd", type=int, default=40, help="openings at once; 0 skips it (default 40)"
    )
    parser.add_argument(
        "--crowd-page",
        help="page opened at once (default: seminar/delta.ipynb if it exists, else index.ipynb)",
    )
    parser.add_argument(
        "--crowd-pool", type=int, default=40, help="preheated kernels for that page (default 40)"
    )
    parser.add_argument(
        "--no-unpooled",
        action="store_true",
        help="skip measuring the pages again on a server without preheated kernels",
    )
    parser.add_argument(
        "--static",
        action="store_true",
        help="measure the static edition (built, served as files) beside the served page "
        "(default page studie/prinsippene.ipynb; runs default 3 is a good choice)",
    )
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    parser.set_defaults(func=_command)
