"""The served course under misuse: many pages, abandoned pages, bad and hostile requests.

Kernels are counted as the Voilà process's kernel children, so nothing can hide
in Voilà's own bookkeeping.
"""

from __future__ import annotations

import asyncio
import re
import socket
import time

import psutil
import pytest
from conftest import pool_args, small_pools

from widgets.devtools.voila import kernel_running, open_page, running_server
from widgets.paths import course_dir

pytestmark = pytest.mark.served

# Pages without a pool: a pooled page waits for its pool to refill (fill_delay).
PAGES = ["studie/prinsippene.ipynb", "kurs/moteplan.ipynb"]


def pool_total() -> int:
    """Preheated kernels the test servers keep for notebooks that exist."""
    return sum(
        v["pool_size"]
        for k, v in small_pools().items()
        if k != "default" and (course_dir() / k).is_file()
    )


def kernel_count(server) -> int:
    count = 0
    for child in psutil.Process(server.process.pid).children(recursive=True):
        try:
            if "ipykernel" in " ".join(child.cmdline()):
                count += 1
        except psutil.Error:  # ended while we looked
            pass
    return count


def settle(server, expected: int, seconds: float = 120) -> int:
    """Wait until the server has ``expected`` kernels (pools refilled, closed pages gone)."""
    deadline = time.monotonic() + seconds
    while (count := kernel_count(server)) != expected and time.monotonic() < deadline:
        time.sleep(0.25)
    return count


def pools_filled(server) -> bool:
    log = server.log()
    pooled = [k for k, v in small_pools().items() if k != "default" and v["pool_size"]]
    return all(
        f"Kernel pool of {p} is filled" in log for p in pooled if (course_dir() / p).is_file()
    )


@pytest.mark.slow
def test_fifty_pages_opened_and_closed_leave_only_the_pools(server):
    assert settle(server, pool_total()) == pool_total()

    async def visitor(pages: list[str]) -> None:
        for path in pages:  # one after another, as one visitor clicks on
            page = await open_page(server.url, path, timeout=180)
            assert await page.close() == 204

    async def go():
        # 50 pages in all, by two visitors at a time (one per core): each page's
        # pool (at most 2 kernels) is emptied and refilled a dozen times. (It was
        # 100 pages, 158 s of the suite on this machine; 50 churn the pools as well.)
        paths = [PAGES[i % 2] for i in range(50)]
        await asyncio.gather(visitor(paths[::2]), visitor(paths[1::2]))

    asyncio.run(go())
    assert settle(server, pool_total()) == pool_total()


def test_an_abandoned_page_is_culled_but_pooled_kernels_never_are(tmp_path):
    args = [
        "--MappingKernelManager.cull_idle_timeout=4",
        "--MappingKernelManager.cull_interval=1",
        *pool_args(small_pools()),
    ]
    env = {"VERKSTED_STATE_DIR": str(tmp_path / "state")}
    with running_server(tmp_path / "voila.log", env=env, args=args) as server:
        deadline = time.monotonic() + 120
        while not pools_filled(server) and time.monotonic() < deadline:
            time.sleep(0.25)
        assert settle(server, pool_total()) == pool_total()

        async def go():
            # opened, never connected, never closed: a phone that went away
            page = await open_page(server.url, "index.ipynb")
            for _ in range(120):
                if not await kernel_running(server.url, page.kernel_id):
                    return True
                await asyncio.sleep(0.25)
            return False

        assert asyncio.run(go()), "the abandoned page's kernel was not culled"
        # pooled kernels have been idle far longer than the timeout, and stay
        time.sleep(5)
        assert settle(server, pool_total()) == pool_total()
        assert "Culling kernel" in server.log() or "culled" in server.log().lower()


def raw_request(server, request: bytes, timeout: float = 30) -> bytes:
    """Send bytes as they are (no client library tidying them up); return the reply."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as sock:
        try:
            sock.sendall(request)
        except OSError:
            return b""
        reply = b""
        try:
            while chunk := sock.recv(65536):
                reply += chunk
        except OSError:  # reset by the server
            pass
    return reply


def get(path: bytes, headers: bytes = b"") -> bytes:
    return b"GET " + path + b" HTTP/1.1\r\nHost: kurs\r\n" + headers + b"Connection: close\r\n\r\n"


def status_and_body(reply: bytes) -> tuple[int, str]:
    head, _, body = reply.partition(b"\r\n\r\n")
    match = re.match(rb"HTTP/1\.1 (\d{3})", head)
    return (int(match.group(1)) if match else 0), body.decode("utf-8", "replace")


def assert_plain(body: str) -> None:
    assert "Traceback" not in body
    assert 'File "' not in body
    assert "/work/" not in body
    assert ".py" not in body


# Requests a visitor (or a scanner) might send to page addresses: each gets the
# course's Norwegian error page.
PAGE_ERRORS = {
    "missing notebook": (get(b"/voila/render/finnes-ikke.ipynb"), 404),
    "outside the course": (get(b"/voila/render/../../modules/x.ipynb"), 404),
    "unknown address": (get(b"/wp-login.php"), 404),
    "unknown voila address": (get(b"/voila/finnes-ikke"), 404),
    "bytes that are not UTF-8": (get(b"/voila/render/\xff\xfe.ipynb"), 404),
    "broken percent-encoding": (get(b"/voila/render/finnes.ipynb?%zz=%&template=../../etc"), 404),
    "a 40 kB query string": (get(b"/voila/render/finnes.ipynb?a=" + b"x" * 40_000), 404),
    "a 30 kB header": (
        get(b"/voila/render/finnes.ipynb", b"X-Big: " + b"a" * 30_000 + b"\r\n"),
        404,
    ),
    "a folder that is not there": (get(b"/voila/tree/../../etc"), 404),
    "a form posted without its token": (
        b"POST /voila/render/index.ipynb HTTP/1.1\r\nHost: kurs\r\nContent-Length: 0\r\n"
        b"Connection: close\r\n\r\n",
        403,
    ),
}


@pytest.mark.parametrize("case", PAGE_ERRORS)
def test_bad_page_requests_get_the_norwegian_error_page(server, case):
    request, expected = PAGE_ERRORS[case]
    status, body = status_and_body(raw_request(server, request))
    assert status == expected
    assert '<html lang="nb">' in body
    assert "Feilkode" in body
    assert_plain(body)


# Asset addresses are answered by Voilà's and tornado's file handlers: a short
# plain page (English, from tornado) or none, never details.
ASSET_ERRORS = [
    get(b"/voila/files/../../voila.json"),
    get(b"/voila/files/studie/prinsippene.ipynb"),
    get(b"/voila/static/../../../../etc/passwd"),
    get(b"/voila/templates/verksted/static/../../../../../../etc/passwd"),
    get(b"/voila/templates/finnes-ikke"),
    get(b"/voila/labextensions/finnes-ikke.js"),
    get(b"/api/kernels/00000000-0000-0000-0000-000000000000"),
    b"POST /voila/api/shutdown/00000000-0000-0000-0000-000000000000 HTTP/1.1\r\nHost: kurs\r\n"
    b"Content-Length: 0\r\nConnection: close\r\n\r\n",
    b"\x16\x03\x01 this is not HTTP\r\n\r\n",
]


@pytest.mark.parametrize("request_bytes", ASSET_ERRORS, ids=lambda r: r[:50].decode("latin-1"))
def test_bad_asset_requests_get_a_plain_refusal(server, request_bytes):
    status, body = status_and_body(raw_request(server, request_bytes))
    assert 400 <= status < 600
    assert_plain(body)


def test_a_header_too_large_for_the_server_is_refused_and_the_server_carries_on(server):
    reply = raw_request(
        server, get(b"/voila/render/index.ipynb", b"X-Big: " + b"a" * 200_000 + b"\r\n")
    )
    status, body = status_and_body(reply)
    assert status in {0, 400, 431}  # tornado closes the connection above 64 kB
    assert_plain(body)
    status, _ = status_and_body(raw_request(server, get(b"/voila/render/finnes-ikke.ipynb")))
    assert status == 404


def test_a_hostile_query_string_on_a_real_page_is_harmless(server):
    query = (
        "kode=%3Cscript%3Ealert(1)%3C/script%3E&template=../../etc&theme=%22%3E%3Cimg%3E"
        + ("&x=" + "y" * 2000) * 30
    )

    async def go():
        page = await open_page(server.url, "index.ipynb?" + query)
        try:
            await page.connect()
        finally:
            code = await page.close()
        return page, code

    page, code = asyncio.run(go())
    assert code == 204
    assert "<script>alert(1)" not in page.html
    assert "<img>" not in page.html
    assert "Slik er kurset bygd opp" in page.html  # the page itself, unchanged
