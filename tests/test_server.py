"""The server-side pieces the Voilà configuration points at (no server started)."""

from __future__ import annotations

import asyncio
import json
import runpy
import time

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

from widgets import server
from widgets.content import catalog
from widgets.devtools.voila import checkout_jupyter_paths
from widgets.paths import repo_root
from widgets.strings import strings


def test_template_strings_are_the_web_strings_of_the_strings_file():
    found = server.template_strings()
    assert found
    assert all(k.startswith("web.") for k in found)
    assert found == {k: v for k, v in strings("nb").items() if k.startswith("web.")}
    assert found["web.lang"] == "nb"


def test_page_config_hook_adds_the_page_context_and_keeps_voilas_entries():
    config = {"baseUrl": "/", "fullStaticUrl": "/voila/static"}
    out = server.page_config_hook(
        config,
        base_url="/",
        settings={},
        log=None,
        voila_configuration=None,
        notebook_path="studie/prinsippene.ipynb",
    )
    assert out["fullStaticUrl"] == "/voila/static"
    assert "verksted" not in config  # the original is left alone
    page = out["verksted"]["page"]
    assert page["page_title"] == "Prinsippene"
    assert page["stage"] == "Studie"
    assert page["prev"]["href"] == "hva-er-selvhjelp.ipynb"  # the page before it in course.yaml
    assert out["verksted"]["t"]["web.skip"]
    json.dumps(out)  # the page config goes to the browser as JSON


def test_a_broken_course_file_still_gives_a_page_context(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("VERKSTED_MODULES", str(tmp_path))
    caplog.set_level("CRITICAL", logger="verksted")
    context = server.template_context("index.ipynb")
    assert context["page"]["in_course"] is False
    assert context["t"]["web.lang"] == "nb"


def test_tornado_settings_forbid_other_sites_and_carry_the_error_strings():
    settings = server.tornado_settings()
    csp = settings["headers"]["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "connect-src 'self'" in csp
    assert "http" not in csp  # no other origin allowed anywhere
    assert settings["headers"]["X-Content-Type-Options"] == "nosniff"
    assert settings["default_handler_class"] is server.NotFoundHandler
    vk = settings["jinja_template_vars"]["vk"]
    assert vk["t"]["web.error.404.title"]
    assert vk["course_title"]


def test_the_python_config_file_sets_the_hook_and_the_settings():
    class Section(dict):
        def __getattr__(self, name):
            return self.setdefault(name, Section())

        def __setattr__(self, name, value):
            self[name] = value

    c = Section()
    runpy.run_path(str(repo_root() / "etc" / "jupyter" / "voila.py"), {"get_config": lambda: c})
    assert c["VoilaConfiguration"]["page_config_hook"] is server.page_config_hook
    assert c["Voila"]["tornado_settings"]["headers"] == server.SECURITY_HEADERS


def test_voila_json_selects_the_course_template_and_the_safe_defaults():
    config = json.loads((repo_root() / "voila.json").read_text(encoding="utf-8"))
    vc = config["VoilaConfiguration"]
    assert vc["template"] == "verksted"
    assert (repo_root() / "share/jupyter/voila/templates/verksted/conf.json").is_file()
    assert vc["show_tracebacks"] is False
    assert vc["strip_sources"] is True
    assert vc["allow_template_override"] == vc["allow_theme_override"] == "NO"


def test_checkout_paths_come_first():
    env = checkout_jupyter_paths({"JUPYTER_PATH": "/elsewhere"})
    assert env["JUPYTER_PATH"].split(":") == [str(repo_root() / "share" / "jupyter"), "/elsewhere"]
    assert env["JUPYTER_CONFIG_PATH"] == str(repo_root() / "etc" / "jupyter")


def test_only_the_entry_pages_have_preheated_kernels():
    config = json.loads((repo_root() / "voila.json").read_text(encoding="utf-8"))
    assert config["VoilaConfiguration"]["preheat_kernel"] is True
    assert config["VoilaConfiguration"]["default_pool_size"] == 0
    pools = config["VoilaKernelManager"]["kernel_pools_config"]
    assert pools["default"]["pool_size"] == 0  # a missing default would mean 1 for every page
    first_studie = next(p.path for p in catalog.course().pages if p.stage == "studie")
    entry = {"index.ipynb", "seminar/delta.ipynb", first_studie}
    assert set(pools) - {"default"} == entry, (
        f"voila.json's pools should be exactly the entry pages {sorted(entry)}: the landing "
        "page, the seminar join page and the first Studie page in course.yaml"
    )
    assert all(pools[p]["pool_size"] >= 1 for p in entry)


def test_start_turns_are_spaced_first_come_first_served():
    now = [100.0]
    pacer = server.StartPacer(1.5, clock=lambda: now[0])
    assert [pacer.turn() for _ in range(3)] == [100.0, 101.5, 103.0]
    now[0] = 110.0  # a quiet while later: the next start is at once
    assert pacer.turn() == 110.0
    assert pacer.turn() == 111.5


def _started_at(manager, envs, monkeypatch):
    """Start kernels with ``envs`` at once (the real start replaced by a clock reading)."""

    async def record(self, *args, **kwargs):
        return time.monotonic()

    monkeypatch.setattr(AsyncMappingKernelManager, "start_kernel", record)

    async def go():
        t0 = time.monotonic()
        times = await asyncio.gather(*(manager.start_kernel(env=env) for env in envs))
        return [t - t0 for t in times]

    return asyncio.run(go())


def test_replacement_pooled_kernels_start_apart_and_visitors_kernels_at_once(monkeypatch):
    manager = server.PacedKernelManager(preheat_interval=0.25, startup_grace=0)
    manager._first_fill = 0.0  # the pools' first filling was long ago
    pooled = _started_at(manager, [{"VOILA_PREHEAT": "True"}] * 3, monkeypatch)
    assert pooled[0] < 0.1
    assert 0.2 < pooled[1] - pooled[0] < 0.4
    assert 0.2 < pooled[2] - pooled[1] < 0.4
    visitors = _started_at(manager, [{"VOILA_PREHEAT": "False"}] * 3 + [{}], monkeypatch)
    assert max(visitors) < 0.1


def test_the_pools_first_filling_is_not_paced(monkeypatch):
    manager = server.PacedKernelManager(preheat_interval=0.25, startup_grace=60)
    first = _started_at(manager, [{"VOILA_PREHEAT": "True"}] * 4, monkeypatch)
    assert max(first) < 0.1
    manager._first_fill -= 61  # a minute later: a room has taken its kernels
    later = _started_at(manager, [{"VOILA_PREHEAT": "True"}] * 2, monkeypatch)
    assert 0.2 < later[1] - later[0] < 0.4


def test_the_committed_configuration_paces_pooled_kernels():
    config = json.loads((repo_root() / "voila.json").read_text(encoding="utf-8"))
    assert (
        config["VoilaConfiguration"]["multi_kernel_manager_class"]
        == "widgets.server.PacedKernelManager"
    )
    assert 0 < config["PacedKernelManager"]["preheat_interval"] <= 2
