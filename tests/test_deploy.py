"""deploy/nginx.conf in front of two real Voilà processes (skipped where nginx is not installed).

The example is tested as written, with only what a test machine must change:
plain HTTP on a free port instead of TLS, free ports for the two processes,
logs and temporary files in the test's folder.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import time
from contextlib import ExitStack

import pytest
from tornado.httpclient import AsyncHTTPClient

from widgets.devtools.voila import free_port, kernel_running, open_page, running_server
from widgets.paths import repo_root

pytestmark = pytest.mark.served


def proxy_config(tmp_path, listen: int, ports: dict[int, int]) -> str:
    """deploy/nginx.conf with the TLS server made plain HTTP on ``listen``."""
    text = (repo_root() / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    text = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", text, count=1, flags=re.S)
    text = re.sub(
        r"    # nginx 1\.25\.1.*?\n    listen 443 ssl http2;\n    listen \[::\]:443 ssl http2;\n",
        f"    listen 127.0.0.1:{listen};\n",
        text,
        flags=re.S,
    )
    text = re.sub(r"    ssl_\w+ .*\n", "", text)
    text = text.replace("/var/log/nginx/verksted.log", str(tmp_path / "access.log"))
    for n, port in ports.items():
        text = text.replace(f"server 127.0.0.1:{8865 + n};", f"server 127.0.0.1:{port};")
    assert "ssl" not in text.split("server {", 1)[1]
    temp = " ".join(f"{kind}_temp_path {tmp_path / kind};" for kind in ("client_body", "proxy"))
    return (
        f"pid {tmp_path / 'nginx.pid'}; error_log {tmp_path / 'error.log'};\n"
        f"events {{ worker_connections 256; }}\n"
        f"http {{ {temp} fastcgi_temp_path {tmp_path}/f; uwsgi_temp_path {tmp_path}/u; "
        f"scgi_temp_path {tmp_path}/s;\n{text}\n}}\n"
    )


@pytest.fixture
def proxied(tmp_path):
    nginx = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if nginx is None:
        pytest.skip("nginx is not installed (Debian: apt-get install nginx-light)")
    listen = free_port()
    with ExitStack() as stack:
        ports = {}
        for n in (1, 2):
            server = stack.enter_context(
                running_server(
                    tmp_path / f"voila{n}.log",
                    env={"VERKSTED_STATE_DIR": str(tmp_path / "state")},
                    args=[f"--Voila.base_url=/kurs/p{n}/"],
                )
            )
            ports[n] = server.port
        conf = tmp_path / "nginx.conf"
        conf.write_text(proxy_config(tmp_path, listen, ports), encoding="utf-8")
        check = subprocess.run(
            [nginx, "-t", "-c", str(conf)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stderr
        proc = subprocess.Popen([nginx, "-c", str(conf), "-g", "daemon off;"])
        stack.callback(proc.wait, 10)
        stack.callback(proc.terminate)
        time.sleep(1)
        yield f"http://127.0.0.1:{listen}/", ports, tmp_path


def test_visitors_are_spread_and_stay_on_their_process(proxied):
    base, ports, tmp_path = proxied

    async def go():
        client = AsyncHTTPClient()
        seen = set()
        for _ in range(20):
            reply = await client.fetch(base + "kurs/", follow_redirects=False, raise_error=False)
            assert reply.code == 302
            seen.add(reply.headers["Location"].split("/kurs/", 1)[1])
        assert seen == {"p1/voila/render/index.ipynb", "p2/voila/render/index.ipynb"}
        shared = await client.fetch(
            base + "kurs/side/seminar/delta.ipynb?kode=ABC",
            follow_redirects=False,
            raise_error=False,
        )
        assert re.search(
            r"/kurs/p[12]/voila/render/seminar/delta\.ipynb\?kode=ABC$", shared.headers["Location"]
        )
        # The room screen's short address: spread by nginx, and forwarded by each
        # process under its own prefix (what a room types when no proxy rule exists).
        short = await client.fetch(base + "kurs/bli-med", follow_redirects=False, raise_error=False)
        assert short.code == 302
        assert re.search(
            r"/kurs/p[12]/voila/render/seminar/delta\.ipynb$", short.headers["Location"]
        )
        for n in (1, 2):
            direct = await client.fetch(
                base + f"kurs/p{n}/bli-med?kode=ABC", follow_redirects=False, raise_error=False
            )
            assert direct.code == 302
            assert (
                direct.headers["Location"]
                == f"/kurs/p{n}/voila/render/seminar/delta.ipynb?kode=ABC"
            )
        joined = await client.fetch(base + "kurs/bli-med")  # followed to the join page itself
        assert joined.code == 200 and b"seminar/delta.ipynb" in joined.effective_url.encode()

        for n in (1, 2):
            own = base + f"kurs/p{n}/"
            page = await open_page(own, "studie/prinsippene.ipynb")
            await page.connect()  # the websocket upgrade through the proxy
            assert page.live_views()
            other = 3 - n
            assert await kernel_running(own, page.kernel_id)
            direct_other = f"http://127.0.0.1:{ports[other]}/kurs/p{other}/"
            assert not await kernel_running(direct_other, page.kernel_id)
            assert await page.close() == 204

        missing = await client.fetch(
            base + "kurs/p1/voila/render/finnes-ikke.ipynb", raise_error=False
        )
        assert missing.code == 404
        assert b'href="/kurs/p1/voila/render/index.ipynb"' in missing.body  # the base URL is kept
        huge = await client.fetch(
            base + "kurs/p1/voila/render/index.ipynb",
            headers={"X-Big": "a" * 20_000},
            raise_error=False,
        )
        assert huge.code == 400
        versioned = await client.fetch(
            base + "kurs/p2/voila/templates/verksted/static/verksted.css?v=1"
        )
        assert "immutable" in versioned.headers["Cache-Control"]
        script = await client.fetch(
            base + "kurs/p1/voila/static/voila.js",
            headers={"Accept-Encoding": "gzip"},
            decompress_response=False,
        )
        assert script.headers.get("Content-Encoding") == "gzip"

    asyncio.run(go())
    log = (tmp_path / "access.log").read_text(encoding="utf-8")
    assert "127.0.0.1" not in log  # no addresses
    assert "kode=" not in log  # no query strings
