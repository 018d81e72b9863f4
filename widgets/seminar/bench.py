"""Benchmark: a room of phones opening the join page at once, on a real Voilà.

Not a timed test: ``verksted seminar bench`` starts Voilà on a free port, signs
in on the facilitator's page and starts a seminar, then opens N participant
pages at the same moment with light clients (``widgets.devtools.voila``: the
page is fetched, which runs the notebook, and the kernel's websocket is
connected; no browser, since N browsers on two cores would measure the
browsers). It reports:

- the time until every page is rendered and its kernel connected;
- answer-to-dashboard latency: from a participant's click (the widget update
  sent on its websocket) until the facilitator's page shows the new count;
- memory (RSS) per kernel: idle pooled kernels, participant kernels in use,
  the facilitator's.

``--config DIR`` adds a folder with a ``voila.json`` (its settings win over
the repository's), e.g. ``benchmarks/seminar-pool`` with a preheated pool for
the join page; ``--pool N`` writes such a folder for N kernels.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from widgets.seminar.loadtest import percentile

__all__ = ["BenchResult", "main", "pool_config", "run_room"]

JOIN = "seminar/delta.ipynb"
FACILITATOR = "seminar/fasilitator.ipynb"
_CODE = re.compile(r'<p class="vk-code"[^>]*>([A-Z0-9]{5})</p>')
_ANSWERED = re.compile(r'data-answered="(\d+)"')
_OPTION = re.compile(r'data-action="answer" data-value="(\d+)"')


def pool_config(folder: Path, pool: int, fill_delay: float = 60) -> Path:
    """Write a ``voila.json`` with a preheated pool of ``pool`` kernels for the join page.

    ``fill_delay``: seconds before a used kernel is replaced. Starting a kernel
    takes about a second of CPU; replacing forty at once while the room is
    still opening pages would slow every page down.
    """
    folder.mkdir(parents=True, exist_ok=True)
    config = {
        # Unix sockets between Voilà and its kernels: with TCP, kernels started
        # by the dozen sometimes pick a port another process just took and die.
        "KernelManager": {"transport": "ipc"},
        "VoilaConfiguration": {"preheat_kernel": pool > 0, "default_pool_size": 0},
        "VoilaKernelManager": {
            "kernel_pools_config": {"default": {"pool_size": 0}, JOIN: {"pool_size": pool}},
            "fill_delay": fill_delay,
        },
    }
    (folder / "voila.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    return folder


def voila_args(config: Path | None) -> list[str]:
    """Command-line arguments that add ``config``'s voila.json to the repository's."""
    if config is None:
        return []
    from widgets.paths import repo_root

    return [
        f"--Voila.config_file_paths={config.resolve()}",
        f"--Voila.config_file_paths={repo_root()}",
    ]


@dataclass
class BenchResult:
    pages: int
    pool: int
    open_seconds: list[float] = field(default_factory=list)  # per page: rendered + connected
    rendered_seconds: list[float] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    rounds: list[list[float]] = field(default_factory=list)  # latencies per question
    rss_idle: list[float] = field(default_factory=list)  # MB, pooled kernels before use
    rss_participant: list[float] = field(default_factory=list)
    rss_facilitator: float = 0.0
    pool_fill_seconds: float = 0.0
    facilitator_kernel: str = ""

    def table(self) -> str:
        def mb(values: list[float]) -> str:
            if not values:
                return "–"
            return f"{statistics.median(values):.0f} MB (max {max(values):.0f})"

        rows = [
            ("participant pages opened at once", f"{self.pages}"),
            ("preheated kernels for the join page", f"{self.pool}"),
            (
                "pool filled after server start",
                f"{self.pool_fill_seconds:.1f} s" if self.pool else "–",
            ),
            ("all pages rendered and connected", f"{max(self.open_seconds, default=0):.2f} s"),
            (
                "  median page",
                f"{statistics.median(self.open_seconds) if self.open_seconds else 0:.2f} s",
            ),
            (
                "  slowest page rendered (HTML complete)",
                f"{max(self.rendered_seconds, default=0):.2f} s",
            ),
            ("answer → dashboard latency p95 (all answers)", _ms(self.latencies)),
            *(
                (
                    f"  question {i + 1} "
                    + ("(right after joining)" if i == 0 else "(kernels idle again)"),
                    _ms(values),
                )
                for i, values in enumerate(self.rounds)
            ),
            ("RSS per idle pooled kernel", mb(self.rss_idle)),
            ("RSS per participant kernel (joined, answered)", mb(self.rss_participant)),
            ("RSS of the facilitator's kernel", f"{self.rss_facilitator:.0f} MB"),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def _ms(values: list[float]) -> str:
    if not values:
        return "–"
    return (
        f"p95 {percentile(values, 95) * 1000:.0f} ms, "
        f"median {percentile(values, 50) * 1000:.0f} ms, "
        f"max {max(values) * 1000:.0f} ms ({len(values)} answers)"
    )


def kernel_rss(server_pid: int) -> dict[str, float]:
    """RSS in MB of every kernel the Voilà process started, by kernel id."""
    import psutil

    out: dict[str, float] = {}
    for child in psutil.Process(server_pid).children(recursive=True):
        try:
            cmd = child.cmdline()
            rss = child.memory_info().rss / 1e6
        except psutil.Error:
            continue
        match = re.search(r"kernel-([0-9a-f-]{36})\.json", " ".join(cmd))
        if match:
            out[match.group(1)] = rss
    return out


def _live_view(page: Any) -> str:
    views = page.live_views()
    if len(views) != 1:
        raise RuntimeError(f"{page.path}: expected one LiveView, found {len(views)}")
    return next(iter(views))


def _answered(state: dict[str, Any]) -> int:
    match = _ANSWERED.search(state.get("html", ""))
    return int(match.group(1)) if match else -1


async def _click(
    page: Any, model: str, action: str, value: Any = None, form: Any = None
) -> dict[str, Any]:
    request = {"action": action, "value": value, "form": form, "seq": secrets.token_hex(6)}
    return await page.update(model, {"request": request}, timeout=120)


async def run_room(
    base: str,
    passphrase: str,
    pages: int,
    *,
    rounds: int = 1,
    scenario: str = "rad-som-ikke-ble-bedt-om",
    on_open: Callable[[list[Any]], Any] | None = None,
    before_close: Callable[[BenchResult], Any] | None = None,
    before_round: Callable[[int], Any] | None = None,
) -> BenchResult:
    """Facilitator plus ``pages`` participants on the server at ``base``; see the module doc."""
    from tornado.httpclient import AsyncHTTPClient

    from widgets.devtools.voila import open_page

    # Tornado's client allows 10 requests at once by default: the room opens all at once.
    AsyncHTTPClient.configure(None, max_clients=max(64, pages * 2))
    result = BenchResult(pages=pages, pool=0)
    fac = await open_page(base, FACILITATOR, timeout=300)
    result.facilitator_kernel = fac.kernel_id
    await fac.connect(timeout=120)
    fid = _live_view(fac)
    participants: list[Any] = []
    try:
        await _click(fac, fid, "signin", form={"passphrase": passphrase})
        state = await _click(fac, fid, "start")
        match = _CODE.search(state["html"])
        if not match:
            raise RuntimeError(
                "the facilitator's page shows no join code: " + state.get("error", "")
            )
        code = match.group(1)

        start = time.perf_counter()

        async def one() -> Any:
            page = await open_page(base, f"{JOIN}?kode={code}", timeout=600)
            result.rendered_seconds.append(time.perf_counter() - start)
            await page.connect(timeout=600)
            result.open_seconds.append(time.perf_counter() - start)
            return page

        participants = list(await asyncio.gather(*(one() for _ in range(pages))))
        if on_open is not None:
            on_open(participants)
        pids = [_live_view(p) for p in participants]
        # Join: what live.js sends at once (no token kept: a new participant).
        await asyncio.gather(
            *(_click(p, m, "remembered", "") for p, m in zip(participants, pids, strict=True))
        )
        await fac.wait_until(
            fid, lambda s: f"{pages} deltakere er med" in s.get("html", ""), timeout=60
        )

        state = await _click(fac, fid, "scenario", scenario)
        for r in range(rounds):
            await asyncio.gather(
                *(
                    p.wait_until(
                        m,
                        lambda s: (
                            'data-action="answer"' in s.get("html", "")
                            and 'aria-pressed="true"' not in s.get("html", "")
                        ),
                        timeout=60,
                    )
                    for p, m in zip(participants, pids, strict=True)
                )
            )
            if before_round is not None:
                before_round(r)
            result.rounds.append([])
            for i, (p, m) in enumerate(zip(participants, pids, strict=True)):
                options = _OPTION.findall(p.states[m].get("html", ""))
                sent = time.perf_counter()
                await p.update(
                    m,
                    {
                        "request": {
                            "action": "answer",
                            "value": options[i % len(options)],
                            "seq": f"a{r}-{i}",
                        }
                    },
                    timeout=60,
                )
                try:
                    await fac.wait_until(fid, lambda s, n=i + 1: _answered(s) >= n, timeout=60)
                except TimeoutError:
                    raise TimeoutError(
                        f"question {r + 1}: answer {i + 1} did not reach the dashboard; it shows "
                        f"{_answered(fac.states[fid])} (phase {fac.states[fid].get('phase')}); the "
                        f"phone shows: {p.states[m].get('error') or p.states[m].get('phase')}"
                    ) from None
                result.latencies.append(time.perf_counter() - sent)
                result.rounds[-1].append(result.latencies[-1])
            if r + 1 < rounds:
                await _click(fac, fid, "close")
                await _click(fac, fid, "reveal")
                state = await _click(fac, fid, "next", "majority")
                if 'data-action="close"' not in state["html"]:
                    break  # the scenario ended: fewer rounds than asked
        if before_close is not None:
            before_close(result)
        # Leave nothing behind in the database (it may be a real one).
        await _click(fac, fid, "delete")
        state = await _click(fac, fid, "confirm", "delete")
        if 'data-action="start"' not in state["html"]:
            raise RuntimeError("the simulated seminar was not deleted")
        return result
    finally:
        await asyncio.gather(*(p.close() for p in participants), return_exceptions=True)
        await fac.close()


def _wait_for_pool(server: Any, pool: int, timeout: float = 900) -> float:
    start = time.monotonic()
    needle = f"Kernel pool of {JOIN} is filled with {pool} kernel(s)"
    while needle not in server.log():
        if time.monotonic() - start > timeout:
            raise TimeoutError("the kernel pool did not fill")
        time.sleep(0.5)
    return time.monotonic() - start


def _wait_quiet(server_pid: int, timeout: float = 600) -> None:
    """Wait until Voilà and its kernels are (nearly) idle: the pool is warm."""
    import psutil

    deadline = time.monotonic() + timeout
    calm = 0
    while calm < 2 and time.monotonic() < deadline:
        procs = [psutil.Process(server_pid), *psutil.Process(server_pid).children(recursive=True)]
        before = {p.pid: p.cpu_times() for p in procs if p.is_running()}
        time.sleep(1.0)
        used = 0.0
        for p in procs:
            try:
                now = p.cpu_times()
            except psutil.Error:
                continue
            if p.pid in before:
                used += (now.user + now.system) - (before[p.pid].user + before[p.pid].system)
        # Forty idle pages polling the database use a little CPU; a kernel starting uses a lot.
        calm = calm + 1 if used < 0.4 else 0


def bench(
    pages: int,
    pool: int | None,
    config: Path | None,
    rounds: int,
    database: str | None,
    fill_delay: float = 60,
) -> BenchResult:
    from widgets.devtools.voila import running_server

    with tempfile.TemporaryDirectory(prefix="verksted-bench-") as tmp:
        work = Path(tmp)
        if pool is not None:
            config = pool_config(work / "config", pool, fill_delay)
        size = 0
        if config is not None:
            data = json.loads((config / "voila.json").read_text(encoding="utf-8"))
            pools = data.get("VoilaKernelManager", {}).get("kernel_pools_config", {})
            if data.get("VoilaConfiguration", {}).get("preheat_kernel"):
                size = int(pools.get(JOIN, {}).get("pool_size", 0))
        passphrase = secrets.token_urlsafe(16)
        from widgets.paths import repo_root

        env = {
            # Kernels import this checkout, whichever one the environment was installed from.
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(repo_root()), os.environ.get("PYTHONPATH")) if p
            ),
            "VERKSTED_FACILITATOR_PASSPHRASE": passphrase,
            "VERKSTED_STATE_DIR": str(work / "state"),
        }
        if database:
            env["VERKSTED_DATABASE_URL"] = database
        else:
            env["VERKSTED_DATABASE_URL"] = ""
        with running_server(
            work / "voila.log", env=env, args=voila_args(config), timeout=120
        ) as server:
            fill = _wait_for_pool(server, size) if size else 0.0
            _wait_quiet(server.process.pid)  # pooled kernels run the notebook after starting
            idle = kernel_rss(server.process.pid)
            seen: dict[str, Any] = {}

            def remember(pages_opened: list[Any]) -> None:
                seen["ids"] = {p.kernel_id for p in pages_opened}

            def settle(round_index: int) -> None:
                # The first question comes right after the room joined (the pool
                # refilling); later ones once the kernels are idle again.
                if round_index > 0:
                    _wait_quiet(server.process.pid)

            def measure(result: BenchResult) -> None:
                rss = kernel_rss(server.process.pid)
                result.rss_participant = [v for k, v in rss.items() if k in seen.get("ids", ())]
                result.rss_facilitator = rss.get(result.facilitator_kernel, 0.0)

            try:
                result = asyncio.run(
                    run_room(
                        server.url,
                        passphrase,
                        pages,
                        rounds=rounds,
                        on_open=remember,
                        before_close=measure,
                        before_round=settle,
                    )
                )
            except Exception:
                kept = Path(tempfile.gettempdir()) / "verksted-bench-voila.log"
                kept.write_text(server.log(), encoding="utf-8")
                print(f"the benchmark failed; Voilà's log is in {kept}", file=sys.stderr)
                raise
            result.pool = size
            result.pool_fill_seconds = fill
            result.rss_idle = list(idle.values())
        return result


def main(args: argparse.Namespace) -> int:
    config = Path(args.config) if args.config else None
    if config is not None and not (config / "voila.json").is_file():
        print(f"{config}/voila.json not found")
        return 2
    result = bench(args.pages, args.pool, config, args.answers, args.database, args.fill_delay)
    print(result.table())
    return 0
