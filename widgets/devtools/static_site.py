"""The static edition for tests and the benchmark: built once, served by a plain file server.

:func:`serve` runs ``python -m http.server`` on localhost (what any static host
does: files, nothing else); :func:`block_outside` makes a browser context refuse
and record every request that would leave localhost, :func:`watch_outside` only
records them (and leaves the browser's cache on).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from widgets.paths import repo_root

__all__ = ["TOOLS", "block_outside", "build_site", "serve", "watch_outside"]

#: Where ``make static`` keeps the build tools and their downloads.
TOOLS = repo_root() / ".venv" / "static" / "tools"
CACHE = repo_root() / ".venv" / "static" / "cache"


def build_site(out: Path) -> dict[str, Any]:
    """Build the edition into ``out`` with the tools ``make static`` installs."""
    from widgets.staticbuild.build import build

    return build(out, TOOLS, CACHE)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(folder: Path, port: int | None = None) -> Iterator[str]:
    """Serve ``folder`` on localhost; yields the site's URL (ending in ``/``)."""
    port = port or _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "-b", "127.0.0.1", "-d", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def watch_outside(context: Any, origin: str) -> list[str]:
    """Record every request of ``context`` that leaves ``origin``; returns the list.

    Unlike :func:`block_outside` it does not route requests: Playwright's routing
    turns the browser's HTTP cache off, and a return visit then fetches and compiles
    everything again (about 3 s more on this machine), which is not what a returning
    visitor's browser does. For the benchmark; the tests refuse such requests.
    """
    own = urlsplit(origin).netloc
    outside: list[str] = []

    def seen(request: Any) -> None:
        parts = urlsplit(request.url)
        if parts.scheme not in {"data", "blob", "about"} and parts.netloc != own:
            outside.append(request.url)

    context.on("request", seen)
    return outside


def block_outside(context: Any, origin: str) -> list[str]:
    """Refuse every request of ``context`` that leaves ``origin``; returns the refused URLs."""
    own = urlsplit(origin).netloc
    refused: list[str] = []

    def route(r: Any) -> None:
        parts = urlsplit(r.request.url)
        if parts.scheme in {"data", "blob", "about"} or parts.netloc == own:
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    return refused
