"""``verksted static``: build the static edition into one folder.

The route (details and the reasons in ``docs/static.md``): the course's
notebooks, prepared by :mod:`widgets.staticbuild.pages`, are turned into pages
by Voici's core with the course's own Voilà template; JupyterLite's Pyodide
kernel runs them in the browser, with the Pyodide runtime from npm and every
wheel from PyPI inside the folder (:mod:`widgets.staticbuild.wheels`). The
pages' configuration is then pointed at those local copies, relative to each
page, so the folder works at any address and base path.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from widgets.content import bundle
from widgets.paths import course_dir, modules_dir, repo_root
from widgets.staticbuild import pages, wheels

__all__ = ["build", "site_size"]

KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
_CONFIG = re.compile(
    r'(<script id="jupyter-config-data" type="application/json">)(.*?)(</script>)', re.S
)
#: Where Voici puts the pages, under the output folder.
RENDER = "voici/render"
#: Where the scripts and styles that Voici writes into every page are kept once.
SHARED = "voici/shared"
#: Inline blocks larger than this become shared files (Voici inlines about 600 kB
#: of JupyterLab's styles and Voilà's style script into every page).
SHARED_MIN = 4000
_INLINE = re.compile(r'<(script|style)\s*(?:type="text/(?:javascript|css)")?\s*>(.*?)</\1>', re.S)


def _kernel_settings(root: str, packages: list[str]) -> dict[str, Any]:
    return {
        "pyodideUrl": f"{root}pyodide/pyodide.js",
        "disablePyPIFallback": True,
        "pipliteUrls": [],
        "loadPyodideOptions": {
            # Relative to the page config's baseUrl (the site's root).
            "lockFileURL": "pyodide/pyodide-lock.json",
            "packages": packages,
        },
    }


def _share(text: str, out: Path, root: str) -> str:
    """Large inline scripts and styles as files of their own, named by content.

    The browser then keeps them once for every page, and a page's text arrives sooner.
    """

    def swap(match: re.Match[str]) -> str:
        tag, body = match.group(1), match.group(2)
        if len(body) < SHARED_MIN:
            return match.group(0)
        ext = "js" if tag == "script" else "css"
        name = f"{hashlib.sha256(body.encode()).hexdigest()[:16]}.{ext}"
        target = out / SHARED / name
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
        if tag == "script":
            return f'<script src="{root}{SHARED}/{name}"></script>'
        return f'<link rel="stylesheet" href="{root}{SHARED}/{name}">'

    return _INLINE.sub(swap, text)


def _patch_page(html: Path, out: Path, packages: list[str]) -> None:
    """Point one page at the site's own Pyodide, relative to where the page is."""
    text = html.read_text(encoding="utf-8")
    match = _CONFIG.search(text)
    if match is None:
        return
    config = json.loads(match.group(2))
    root = os.path.relpath(out, html.parent).replace(os.sep, "/") + "/"
    # Voici writes baseUrl "/" (a site at the host's root only); relative, any base path works.
    config["baseUrl"] = root
    settings = config.setdefault("litePluginSettings", {})
    settings[KERNEL_PLUGIN] = _kernel_settings(root, packages)
    text = text[: match.start(2)] + json.dumps(config) + text[match.end(2) :]
    html.write_text(_share(text, out, root), encoding="utf-8")


def _drop_service_worker(out: Path) -> None:
    """Remove JupyterLite's service worker from the site.

    It only forwards requests (its cache is off by default) and serves the kernel's
    view of the page's files (``/drive``), which the course does not use. While it
    controls a page, every request of a return visit passes through it, and with it
    registered the kernel mounts ``/drive`` as its working directory before IPython
    starts: each of the hundreds of imports then asks the page for that folder's
    state. Without the file the registration fails (a console warning) and the
    kernel keeps its own working directory; a return visit answered about 2.5 s
    sooner (docs/static.md).
    """
    for worker in out.rglob("service-worker.js"):
        worker.unlink()


def _redirect(target: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="nb"><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={target}">'
        "<title>Verksted</title></head>"
        f'<body><p><a href="{target}">Verksted</a></p></body></html>\n'
    )


def site_size(out: Path) -> int:
    """The folder's size in bytes."""
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


def build(out: Path, tools: Path, cache: Path, public_url: str = "") -> dict[str, Any]:
    """Build the edition into ``out`` (replaced); returns figures about it."""
    started = time.monotonic()
    repo = repo_root()
    staging = cache / "staging"
    if staging.exists():
        shutil.rmtree(staging)
    content = staging / "content"
    written = pages.stage_course(course_dir(), content, public_url)

    packed = bundle.collect(modules_dir(), repo / "widgets" / "data" / "strings")
    verksted = wheels.verksted_wheel(repo / "widgets", packed)
    folder = wheels.browser_wheels(tools / "bin" / "pip", cache, tools, verksted)
    core = wheels.pyodide_core(cache)

    if out.exists():
        shutil.rmtree(out)
    env = {
        **os.environ,
        "JUPYTER_PATH": str(repo / "share" / "jupyter"),
        "JUPYTER_CONFIG_DIR": str(staging / "jupyter-config"),
    }
    subprocess.run(
        [str(tools / "bin" / "voici"), "build", "--contents", str(content),
         "--output-dir", str(out.resolve()), "--lite-dir", str(staging), "--no-sourcemaps",
         "--VoilaConfiguration.template=verksted"],
        check=True, cwd=staging, env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip

    target = out / "pyodide"
    target.mkdir()
    for name in wheels.CORE_FILES:
        shutil.copyfile(core / name, target / name)
    shutil.copyfile(wheels.compiled_stdlib(cache, core), target / "python_stdlib.zip")
    for wheel in folder.glob("*.whl"):
        shutil.copyfile(wheel, target / wheel.name)
    packages = wheels.write_lock(core, target, target / "pyodide-lock.json")
    for html in (out / "voici").rglob("*.html"):
        _patch_page(html, out, packages)
    _drop_service_worker(out)
    (out / "index.html").write_text(_redirect(f"{RENDER}/index.html"), encoding="utf-8")
    return {
        "pages": written,
        "bytes": site_size(out),
        "seconds": round(time.monotonic() - started, 1),
    }
