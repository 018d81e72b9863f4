"""What the page's URL carried: query parameters, in Voilà and in JupyterLab.

Voilà gives a kernel its request's query string through the environment; a
preheated kernel (started before anyone asked for the page) waits for it at the
first call, so pages call :func:`query_params` only in the cell that needs it,
after their imports. In JupyterLab there is no request: the result is empty.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs

__all__ = ["MAX_VALUE", "query_params"]

#: Longer values are cut: no parameter this course reads is longer.
MAX_VALUE = 200


_received = False


def _wait_for_request(timeout: float = 5.0) -> None:
    """In a preheated kernel, wait for the request's details from Voilà; put them in os.environ.

    What ``voila.utils.wait_for_request`` does, without importing
    ``voila.utils``: that module pulls in jupyter_server, nbconvert and
    requests, about 48 MB in every pooled kernel. The protocol is Voilà's:
    one message on ``voila/query/<kernel id>``, a JSON object of variables.
    """
    global _received  # noqa: PLW0603 - Voilà sends a kernel its request once; remember it
    if _received:
        return
    import asyncio
    import json
    import threading

    protocol = os.environ.get("VOILA_WS_PROTOCOL", "ws")
    host = os.environ.get("VOILA_APP_IP", "127.0.0.1")
    port = os.environ.get("VOILA_APP_PORT", "8866")
    base = os.environ.get("VOILA_WS_BASE_URL", os.environ.get("VOILA_SERVER_URL", "/"))
    url = f"{protocol}://{host}:{port}{base}voila/query/{os.environ.get('VOILA_KERNEL_ID', '')}"
    info: list[str] = []

    async def receive() -> None:
        import websockets

        async with websockets.connect(url, open_timeout=timeout) as ws:
            info.append(await ws.recv())

    def run() -> None:
        try:
            asyncio.run(receive())
        except Exception:  # no request info: the page shows its empty state
            import logging

            logging.getLogger("verksted").exception("no request info from Voilà at %s", url)

    # The kernel's own event loop is running this cell: wait in a thread of our own.
    thread = threading.Thread(target=run, name="voila-request-info")
    thread.start()
    thread.join()
    if info:
        for key, value in json.loads(info[0]).items():
            os.environ[key] = str(value)
    _received = True


def _query_string() -> str:
    if os.environ.get("VOILA_PREHEAT") == "True":
        _wait_for_request()
    return os.environ.get("QUERY_STRING", "")


def query_params() -> dict[str, str]:
    """The page's query parameters (first value of each), cut to :data:`MAX_VALUE`."""
    try:
        parsed = parse_qs(_query_string(), keep_blank_values=False, max_num_fields=20)
    except ValueError:  # too many fields: a hostile URL, treat as none
        return {}
    return {k[:MAX_VALUE]: v[0][:MAX_VALUE] for k, v in parsed.items() if v}
