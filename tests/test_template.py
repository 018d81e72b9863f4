"""The course's Voilà template ("verksted") as served: header, navigation, language, errors."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from widgets.devtools.voila import open_page

pytestmark = pytest.mark.served

CONFIG = re.compile(
    r'<script id="jupyter-config-data" type="application/json">\s*(.*?)\s*</script>', re.S
)
STATIC = "voila/templates/verksted/static/"


def run(coro):
    return asyncio.run(coro)


async def _page(server, path):
    page = await open_page(server.url, path)
    await page.close()
    return page


async def _error(server, path, **kwargs):
    with pytest.raises(HTTPClientError) as err:
        await AsyncHTTPClient().fetch(server.url + path, **kwargs)
    return err.value.code, err.value.response.body.decode("utf-8")


def test_landing_page_is_norwegian_with_header_skip_link_and_next_page(server):
    page = run(_page(server, "index.ipynb"))
    html = page.html
    assert '<html lang="nb">' in html
    assert "<title>Velkommen – Verksted" in html
    assert 'class="vk-skip-link" href="#vk-main">Hopp til innholdet</a>' in html
    assert '<main id="vk-main"' in html
    assert "Siden lastes inn" in html  # our loading text, not Voilà's "Running …"
    assert "Running " not in html
    assert "Executing " not in html
    assert 'rel="next" href="studie/' in html
    assert 'rel="prev"' not in html
    assert "vk-breadcrumb" not in html  # the landing page is the start


def test_a_lesson_shows_where_the_trainee_is_and_the_way_back(server):
    html = run(_page(server, "studie/prinsippene.ipynb")).html
    crumbs = re.search(r'<nav class="vk-breadcrumb" aria-label="Du er her">(.*?)</nav>', html, re.S)
    assert crumbs
    assert re.findall(r"<li[^>]*>([^<]+)</li>", crumbs.group(1)) == ["Studie", "Prinsippene"]
    assert '<li aria-current="page">Prinsippene</li>' in crumbs.group(1)
    assert 'class="vk-site-title" href="../index.ipynb"' in html
    assert 'rel="prev" href="hva-er-selvhjelp.ipynb"' in html
    assert 'rel="next" href="ovingsbenk.ipynb"' in html


def test_no_request_leaves_the_server(server):
    html = run(_page(server, "index.ipynb")).html
    for needle in ("cdn.jsdelivr", "cdnjs", "fontawesome", "mathjax/", "mermaid"):
        assert needle not in html.lower()
    # every src/href in the template's own markup is relative or on this server
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', html)


def test_the_template_context_is_not_sent_to_the_browser(server):
    html = run(_page(server, "index.ipynb")).html
    config = json.loads(CONFIG.search(html).group(1))
    assert "verksted" not in config
    assert config["kernelId"]


def test_pages_carry_the_security_headers(server):
    headers = run(_page(server, "index.ipynb")).headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_widget_extensions_may_be_kept_by_the_browser_but_pages_may_not(server):
    page = run(_page(server, "index.ipynb"))
    config = json.loads(CONFIG.search(page.html).group(1))
    entries = [f"{ext['name']}/{ext['load']}" for ext in config["federated_extensions"]]
    assert entries, "the page loads no widget extensions"
    for entry in entries:
        # named by their content (remoteEntry.<hash>.js), so they never change
        assert re.search(r"\.[0-9a-f]{8,}\.js$", entry), entry

    async def go():
        url = server.url + "voila/labextensions/" + entries[0].replace("./", "", 1)
        return (await AsyncHTTPClient().fetch(url)).headers

    assert "immutable" in run(go())["Cache-Control"]
    assert "immutable" not in page.headers.get("Cache-Control", "")


def test_template_assets_are_served(server):
    async def go():
        css = await AsyncHTTPClient().fetch(server.url + STATIC + "verksted.css")
        js = await AsyncHTTPClient().fetch(server.url + STATIC + "verksted.js")
        return css.body.decode(), js.body.decode()

    css, js = run(go())
    for rule in (".vk-skip-link", ".vk-course-map", ".vk-projector", ".vk-pager"):
        assert rule in css
    assert "carried_params" in js


def test_missing_page_gets_the_norwegian_error_page(server):
    code, body = run(_error(server, "voila/render/finnes-ikke.ipynb"))
    assert code == 404
    assert '<html lang="nb">' in body
    assert "Fant ikke siden" in body
    assert '<meta name="robots" content="noindex">' in body
    assert "Feilkode 404" in body
    assert 'href="/voila/render/index.ipynb"' in body
    assert "finnes-ikke" not in body  # the exception's message is not shown
    assert "Traceback" not in body


def test_the_folder_listing_points_to_the_landing_page(server):
    async def go():
        return await AsyncHTTPClient().fetch(server.url)

    body = run(go()).body.decode()
    assert "Kurset begynner på forsiden" in body
    assert "url=/voila/render/index.ipynb" in body
    assert ".ipynb</a>" not in body  # no list of notebooks
    assert '<html lang="nb">' in body
    assert 'class="vk-button-link" href="/voila/render/index.ipynb">Gå til forsiden</a>' in body
    assert "robots" not in body  # only error pages ask not to be indexed
