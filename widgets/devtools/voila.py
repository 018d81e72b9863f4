"""A real Voilà server and a light client for it, for tests and benchmarks.

The client does what a browser's page does, minus rendering: it GETs a page
(which runs the notebook in a kernel), connects to the kernel's websocket,
asks ipywidgets for every widget's state, can send widget updates (a click is
an update of a LiveView's ``request`` trait), and finally asks Voilà to shut
the kernel down the way the page does on close (a POST with the ``_xsrf``
cookie). Many light clients can run at once where many browsers could not.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

from widgets.paths import repo_root

__all__ = [
    "Page",
    "VoilaServer",
    "checkout_jupyter_paths",
    "free_port",
    "open_page",
    "running_server",
]

_KERNEL_ID = re.compile(r'"kernelId":\s*"([0-9a-f-]{36})"')
_OUTPUT = re.compile(
    r'<script type="application/vnd\.voila\.cell-output\+json">\s*(.*?)\s*</script>', re.S
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def checkout_jupyter_paths(env: dict[str, str] | None = None) -> dict[str, str]:
    """JUPYTER_PATH and JUPYTER_CONFIG_PATH with this checkout's folders first.

    Voilà then finds the course template (``share/jupyter``) and the Python part
    of the configuration (``etc/jupyter/voila.py``) of this checkout, even when
    the environment was installed from another one (installed copies may be older).
    """
    env = os.environ if env is None else env
    root = repo_root()
    out = {}
    for var, folder in (
        ("JUPYTER_PATH", root / "share" / "jupyter"),
        ("JUPYTER_CONFIG_PATH", root / "etc" / "jupyter"),
    ):
        out[var] = os.pathsep.join(p for p in (str(folder), env.get(var, "")) if p)
    return out


@dataclass
class VoilaServer:
    """A Voilà process serving ``course/`` with the repository's configuration."""

    port: int
    process: subprocess.Popen
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


@contextmanager
def running_server(
    log_path: Path,
    *,
    env: dict[str, str] | None = None,
    args: list[str] | None = None,
    timeout: float = 60,
) -> Iterator[VoilaServer]:
    """Start Voilà on a free port from the repository root; stop it afterwards."""
    port = free_port()
    root = repo_root()
    cmd = [sys.executable, "-m", "voila", "course/", f"--port={port}", "--Voila.ip=127.0.0.1"]
    cmd += args or []
    full_env = {**os.environ, **(env or {})}
    full_env.update(checkout_jupyter_paths(full_env))
    log = log_path.open("w", encoding="utf-8")
    proc = subprocess.Popen(cmd, cwd=root, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    server = VoilaServer(port, proc, log_path)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"Voilà exited with {proc.returncode}:\n{server.log()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"Voilà did not start:\n{server.log()}") from None
                time.sleep(0.1)
        yield server
    finally:
        server.stop()
        log.close()


def _message(
    msg_type: str, content: dict[str, Any], session: str, metadata: dict[str, Any] | None = None
) -> str:
    return json.dumps(
        {
            "header": {
                "msg_id": uuid.uuid4().hex,
                "msg_type": msg_type,
                "username": "bench",
                "session": session,
                "date": datetime.now(timezone.utc).isoformat(),
                "version": "5.3",
            },
            "parent_header": {},
            "metadata": metadata or {},
            "content": content,
            "channel": "shell",
            "buffers": [],
        }
    )


@dataclass
class Page:
    """An opened page: its HTML, kernel and (once connected) widget states."""

    base: str
    path: str
    html: str
    kernel_id: str
    cookies: dict[str, str]
    response_seconds: float
    headers: dict[str, str] = field(default_factory=dict)
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    _ws: Any = None
    _session: str = field(default_factory=lambda: uuid.uuid4().hex)
    _control: str = ""

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    async def connect(self, timeout: float = 30) -> float:
        """Open the kernel websocket and fetch all widget states; returns seconds taken."""
        start = time.perf_counter()
        ws_url = self.base.replace("http", "ws", 1) + f"api/kernels/{self.kernel_id}/channels?"
        ws_url += urlencode({"session_id": self._session})
        request = HTTPRequest(ws_url, headers={"Cookie": self.cookie_header})
        self._ws = await asyncio.wait_for(websocket_connect(request), timeout)
        self._control = uuid.uuid4().hex
        await self._ws.write_message(
            _message(
                "comm_open",
                {"comm_id": self._control, "target_name": "jupyter.widget.control", "data": {}},
                self._session,
                {"version": "1.0.0"},  # ipywidgets' control protocol version
            )
        )
        await self._ws.write_message(
            _message(
                "comm_msg",
                {"comm_id": self._control, "data": {"method": "request_states"}},
                self._session,
            )
        )
        while True:
            msg = await self._receive(timeout)
            data = msg.get("content", {}).get("data", {})
            if msg["header"]["msg_type"] == "comm_msg" and data.get("method") == "update_states":
                self.states = {k: v["state"] for k, v in data["states"].items()}
                return time.perf_counter() - start

    async def _receive(self, timeout: float) -> dict[str, Any]:
        raw = await asyncio.wait_for(self._ws.read_message(), timeout)
        if raw is None:
            raise ConnectionError("the kernel websocket closed")
        if isinstance(raw, bytes):  # binary frames carry buffers; we never need them
            return {"header": {"msg_type": "binary"}, "content": {}}
        return json.loads(raw)

    def outputs(self, mime: str = "text/html") -> list[str]:
        """Outputs of one MIME type that the page leaves to the browser to render.

        The course template renders HTML and Markdown outputs on the server (they
        are then plain markup in :attr:`html`); widgets and other MIME types are
        embedded as JSON for Voilà's front end, which is what this returns.
        """
        found = []
        for raw in _OUTPUT.findall(self.html):
            data = json.loads(raw).get("data", {})
            if mime in data:
                value = data[mime]
                found.append("".join(value) if isinstance(value, list) else value)
        return found

    def live_views(self) -> dict[str, dict[str, Any]]:
        """The states of the page's LiveView widgets (player, quiz, …), by model id."""
        return {k: v for k, v in self.states.items() if "html" in v and "request" in v}

    async def update(
        self, model_id: str, state: dict[str, Any], wait_for: str = "html", timeout: float = 30
    ) -> dict[str, Any]:
        """Send a state update (what a click does) and wait for the kernel's answer."""
        await self._ws.write_message(
            _message(
                "comm_msg",
                {
                    "comm_id": model_id,
                    "data": {"method": "update", "state": state, "buffer_paths": []},
                },
                self._session,
            )
        )
        while True:
            msg = await self._receive(timeout)
            content = msg.get("content", {})
            data = content.get("data", {})
            if (
                msg["header"]["msg_type"] == "comm_msg"
                and content.get("comm_id") == model_id
                and data.get("method") in {"update", "echo_update"}
            ):
                # Keep every trait the kernel sends (e.g. `error` before `html`).
                self.states[model_id].update(data.get("state", {}))
                if wait_for in data.get("state", {}):
                    return self.states[model_id]

    async def wait_until(
        self, model_id: str, predicate: Any, timeout: float = 30
    ) -> dict[str, Any]:
        """Read the kernel's messages until ``predicate(state)`` holds for the model.

        For changes the kernel makes by itself (a background task), not in
        answer to something this page sent.
        """
        state = self.states.get(model_id, {})
        deadline = time.monotonic() + timeout
        while not predicate(state):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"model {model_id} did not reach the expected state")
            msg = await self._receive(remaining)
            content = msg.get("content", {})
            data = content.get("data", {})
            if (
                msg["header"]["msg_type"] == "comm_msg"
                and content.get("comm_id") == model_id
                and data.get("method") in {"update", "echo_update"}
            ):
                state = self.states.setdefault(model_id, {})
                state.update(data.get("state", {}))
        return state

    async def close(self, shutdown: bool = True) -> int | None:
        """Close the page like a browser tab: websocket closed, shutdown beacon sent."""
        if self._ws is not None:
            self._ws.close()
            self._ws = None
        if not shutdown:
            return None
        body = urlencode({"_xsrf": self.cookies.get("_xsrf", "")})
        try:
            response = await AsyncHTTPClient().fetch(
                self.base + f"voila/api/shutdown/{self.kernel_id}",
                method="POST",
                body=body,
                headers={
                    "Cookie": self.cookie_header,
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            return response.code
        except HTTPClientError as exc:
            return exc.code


async def open_page(base: str, path: str, timeout: float = 60) -> Page:
    """GET ``voila/render/<path>``: the notebook runs; returns once the page is complete."""
    start = time.perf_counter()
    response = await AsyncHTTPClient().fetch(
        base + f"voila/render/{path}", request_timeout=timeout, follow_redirects=False
    )
    elapsed = time.perf_counter() - start
    html = response.body.decode("utf-8")
    match = _KERNEL_ID.search(html)
    if not match:
        raise ValueError(f"no kernel id in the page {path}")
    cookies: dict[str, str] = {}
    for header in response.headers.get_list("Set-Cookie"):
        jar = SimpleCookie()
        jar.load(header)
        cookies.update({k: m.value for k, m in jar.items()})
    headers = {k: v for k, v in response.headers.get_all() if k.lower() != "set-cookie"}
    return Page(base, path, html, match.group(1), cookies, elapsed, headers)


async def kernel_running(base: str, kernel_id: str) -> bool:
    """Whether Voilà still has this kernel."""
    try:
        await AsyncHTTPClient().fetch(base + f"api/kernels/{kernel_id}")
    except HTTPClientError as exc:
        if exc.code == 404:
            return False
        raise
    return True
