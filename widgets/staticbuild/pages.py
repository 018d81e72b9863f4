"""The static edition's pages: the course's notebooks, prepared for Voici.

Each notebook listed in ``modules/course.yaml`` is copied into a staging folder
with what the served edition's page hook would have given the template (the
header, previous/next links, the UI strings) in its metadata, and with its text
cells rendered ahead: a cell that only shows a module's Markdown text becomes a
Markdown cell, so the text is on the page before Python has started in the
browser. Seminar pages need the server's shared state; they become a short page
that says so and links to the served edition when ``VERKSTED_PUBLIC_URL`` is set.
"""

from __future__ import annotations

import ast
import json
import posixpath
import re
from pathlib import Path
from typing import Any

from widgets.content import catalog
from widgets.strings import t

__all__ = ["DEVICE_CELL", "html_href", "stage_course"]

#: The kernel the pages name: JupyterLite's Pyodide kernel.
KERNELSPEC = {"display_name": "Python (Pyodide)", "language": "python", "name": "python"}


def html_href(href: str) -> str:
    """A link to a notebook, as a link to its static page (``x.ipynb`` → ``x.html``)."""
    return re.sub(r"\.ipynb(?=$|[?#\"'])", ".html", href)


def _context(path: str) -> dict[str, Any]:
    from widgets.server import template_context

    context = template_context(path)
    page = context["page"]
    for name in ("home", "prev", "next"):
        if page.get(name):
            page[name] = {**page[name], "href": html_href(page[name]["href"])}
    page["carried_params"] = []
    return context


def _calls(tree: ast.Module, name: str) -> list[tuple[str, ...]]:
    """The literal arguments of every top-level ``name("…", "…")`` expression."""
    found = []
    for node in tree.body:
        call = node.value if isinstance(node, ast.Expr) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == name
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)
        ):
            found.append(tuple(a.value for a in call.args))  # type: ignore[attr-defined]
    return found


def _markdown(text: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def _prerender(cell: dict[str, Any]) -> list[dict[str, Any]]:
    """A code cell, with any ``show_text(module, name)`` turned into Markdown ahead of time."""
    source = "".join(cell.get("source", ""))
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return [cell]
    texts = _calls(tree, "show_text")
    if not texts:
        return [cell]
    rest = [
        ast.get_source_segment(source, node) or ""
        for node in tree.body
        if not (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", "") == "show_text"
        )
    ]
    out = [_markdown(catalog.text(module, name)) for module, name in texts]
    code = "\n".join(line for line in rest if line.strip())
    if code:
        out.append({**cell, "source": code, "outputs": [], "execution_count": None})
    return out


#: The word that marks the landing page's paragraph about the course key.
KEY_WORD = "nøkkel"
#: The last cell of every page: the device's progress box (widgets.ui.device).
DEVICE_CELL = "from widgets.ui.device import DeviceSync\n\nDeviceSync()"


def _code(source: str) -> dict[str, Any]:
    return {"cell_type": "code", "metadata": {}, "source": source, "outputs": [],
            "execution_count": None}  # fmt: skip


def _landing(nb: dict[str, Any]) -> list[dict[str, Any]]:
    """The landing page: its prose, the course map (drawn ahead) and the device's box.

    The served landing page's key box (``CourseHome``) is about the course key,
    which the static edition has none of.
    """
    from widgets.ui.coursemap import course_map

    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            continue
        # The paragraph about the personal course key becomes one about the device.
        paragraphs = "".join(cell["source"]).split("\n\n")
        paragraphs = [t("static.landing.privacy") if KEY_WORD in p else p for p in paragraphs]
        cells.append({**cell, "source": "\n\n".join(paragraphs)})
    cells.append(_markdown(html_href(course_map("index.ipynb").data)))
    return cells


def _seminar_page(path: str, title: str, public_url: str) -> dict[str, Any]:
    text = f"# {title}\n\n{t('static.seminar.text')}\n"
    if public_url:
        href = public_url.rstrip("/") + "/voila/render/" + path
        text += "\n" + t("static.seminar.link", href=href) + "\n"
    else:
        text += "\n" + t("static.seminar.no_server") + "\n"
    return {"cells": [_markdown(text)], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def stage_course(course_dir: Path, target: Path, public_url: str = "") -> list[str]:
    """Write every page of the course, prepared, under ``target``; returns their paths."""
    written = []
    for page in catalog.course().pages:
        if page.stage == "seminar":
            nb = _seminar_page(page.path, page.title, public_url)
        else:
            nb = json.loads((course_dir / page.path).read_text(encoding="utf-8"))
            if page.path == "index.ipynb":
                cells = _landing(nb)
            else:
                cells = []
                for cell in nb["cells"]:
                    cells.extend(_prerender(cell) if cell["cell_type"] == "code" else [cell])
            nb["cells"] = [*cells, _code(DEVICE_CELL)]
        for i, cell in enumerate(nb["cells"]):
            cell.setdefault("id", f"c{i}")
            if cell["cell_type"] == "code":
                cell.setdefault("outputs", [])
                cell.setdefault("execution_count", None)
        nb["metadata"] = {
            **nb.get("metadata", {}),
            "kernelspec": KERNELSPEC,
            "language_info": {"name": "python"},
            "verksted_static": _context(page.path),
        }
        out = target / page.path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(posixpath.normpath(page.path))
    return written
