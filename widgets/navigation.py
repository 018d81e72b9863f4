"""Where a page sits in the course: its stage, module, and the pages before and after it.

The served pages' header and previous/next links (the Voilà template in
``share/jupyter/voila/templates/verksted/``) come from here, computed from
``modules/course.yaml`` for one notebook path relative to ``course/``. Model
layer: no ipywidgets, no Voilà; :mod:`widgets.server` hands the result to the
template.
"""

from __future__ import annotations

import logging
import posixpath
from dataclasses import asdict, dataclass
from pathlib import Path

from widgets.content import catalog
from widgets.content.models import Course, Page
from widgets.paths import course_dir

__all__ = ["CARRIED_PARAMS", "Link", "PageContext", "page_context", "relative_href"]

log = logging.getLogger("verksted")

#: Query parameters that the template's links carry on from the page's own URL
#: (the personal course key, ``widgets.progress.session.KEY_PARAM``, so that
#: "next" keeps it). The names are public; the values never leave the browser.
CARRIED_PARAMS: tuple[str, ...] = ("nokkel",)

HOME = "index.ipynb"


def relative_href(here: str, target: str) -> str:
    """A link from page ``here`` to page ``target`` (both relative to ``course/``).

    Relative links work unchanged in Voilà (``/voila/render/...``), behind a
    reverse proxy with a base URL, and in JupyterLab.
    """
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


@dataclass(frozen=True)
class Link:
    href: str
    title: str


@dataclass(frozen=True)
class PageContext:
    """What the template shows around one page. Plain data (JSON-serialisable)."""

    path: str
    course_title: str
    page_title: str
    stage: str = ""  # the stage's title, e.g. "Studie"; empty on the landing page
    module: str = ""  # the module's title, empty when the page has none
    home: Link | None = None  # the landing page, unless this is it
    prev: Link | None = None
    next: Link | None = None
    in_course: bool = True  # False for a notebook that course.yaml does not list
    carried_params: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return asdict(self)


def _normalise(path: str) -> str:
    path = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
    return "" if path == "." else path


def _module_title(module_id: str | None, root: Path | None) -> str:
    if not module_id:
        return ""
    try:
        return catalog.module(module_id, root).title
    except catalog.ContentError:
        log.warning("course.yaml names module %r, which has no module.yaml", module_id)
        return ""


def _neighbours(course: Course, page: Page) -> tuple[Page | None, Page | None]:
    """The lessons before and after ``page`` in course order; tools are skipped."""
    index = course.pages.index(page)
    before = [p for p in course.pages[:index] if p.kind == "lesson"]
    after = [p for p in course.pages[index + 1 :] if p.kind == "lesson"]
    return (before[-1] if before else None), (after[0] if after else None)


def page_context(notebook_path: str, root: Path | None = None) -> PageContext:
    """The header and previous/next links for the notebook at ``notebook_path``.

    ``notebook_path`` is relative to ``course/`` (as Voilà names it); ``root`` is
    the content folder (default ``modules/``). A notebook that ``course.yaml``
    does not list gets the course title and a link home only.
    """
    here = _normalise(notebook_path)
    course = catalog.course(root)
    stages = {s.id: s.title for s in course.stages}
    listed = {p.path: p for p in course.pages}
    # Voilà as a Jupyter server extension (Binder) names pages from the
    # repository root: course/index.ipynb rather than index.ipynb.
    prefix = course_dir().name + "/"
    if here not in listed and here.startswith(prefix) and here[len(prefix) :] in listed:
        here = here[len(prefix) :]
    page = listed.get(here)
    home = None if here == HOME else Link(relative_href(here, HOME), _home_title(course))
    if page is None:
        stem = posixpath.splitext(posixpath.basename(here))[0]
        return PageContext(
            path=here,
            course_title=course.title,
            page_title=stem.replace("-", " ").capitalize(),
            home=home,
            in_course=False,
            carried_params=CARRIED_PARAMS,
        )
    prev, nxt = _neighbours(course, page)
    return PageContext(
        path=here,
        course_title=course.title,
        page_title=page.title,
        stage=stages.get(page.stage, ""),
        module=_module_title(page.module, root),
        home=home,
        prev=Link(relative_href(here, prev.path), prev.title) if prev else None,
        next=Link(relative_href(here, nxt.path), nxt.title) if nxt else None,
        carried_params=CARRIED_PARAMS,
    )


def _home_title(course: Course) -> str:
    return next((p.title for p in course.pages if p.path == HOME), course.title)
