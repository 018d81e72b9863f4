from __future__ import annotations

from widgets.request import MAX_VALUE, query_params


def test_no_request_in_jupyterlab(monkeypatch):
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    assert query_params() == {}


def test_query_string_from_voila(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "kode=AB12&x=1&x=2&tom=")
    assert query_params() == {"kode": "AB12", "x": "1"}


def test_hostile_query_strings(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "a=" + "x" * 10_000)
    assert len(query_params()["a"]) == MAX_VALUE
    monkeypatch.setenv("QUERY_STRING", "&".join(f"k{i}=v" for i in range(100)))
    assert query_params() == {}
    monkeypatch.setenv("QUERY_STRING", "%ZZ=%00<script>")
    assert query_params() == {"%ZZ": "\x00<script>"}


def test_preheated_kernel_waits_for_voila_without_importing_voila(monkeypatch):
    """A pooled kernel gets its request over Voilà's query websocket (no voila.utils: 48 MB)."""
    import asyncio
    import json
    import subprocess
    import sys
    import threading

    import websockets

    from widgets import request

    ready = threading.Event()
    port: list[int] = []
    paths: list[str] = []

    async def handler(ws):
        paths.append(ws.request.path)
        await ws.send(json.dumps({"QUERY_STRING": "kode=K7MPX", "SERVER_NAME": "kurs.example.no"}))

    async def serve():
        async with websockets.serve(handler, "127.0.0.1", 0) as server:
            port.append(server.sockets[0].getsockname()[1])
            ready.set()
            await asyncio.sleep(3)

    thread = threading.Thread(target=lambda: asyncio.run(serve()), daemon=True)
    thread.start()
    ready.wait(5)
    monkeypatch.setattr(request, "_received", False)
    monkeypatch.setenv("VOILA_PREHEAT", "True")
    monkeypatch.setenv("VOILA_APP_PORT", str(port[0]))
    monkeypatch.setenv("VOILA_SERVER_URL", "/")
    monkeypatch.setenv("VOILA_KERNEL_ID", "1234")
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.delenv("SERVER_NAME", raising=False)
    import os

    before = set(os.environ)
    assert query_params() == {"kode": "K7MPX"}
    assert paths == ["/voila/query/1234"]
    assert query_params() == {"kode": "K7MPX"}  # asked once, remembered
    for key in set(os.environ) - before:
        del os.environ[key]  # set by the call; undo for other tests
    code = "import sys, widgets.request; print('voila.utils' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
