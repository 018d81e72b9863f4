"""The list of every page in the course, grouped by stage, with working links."""

from __future__ import annotations

from IPython.display import HTML

from widgets.content import catalog
from widgets.navigation import relative_href
from widgets.strings import t
from widgets.ui.live import render_template

__all__ = ["course_map", "relative_href"]


def course_map(here: str = "index.ipynb") -> HTML:
    """Every stage of the course with its pages, linked from page ``here``."""
    try:
        course = catalog.course()
    except catalog.ContentError:
        return HTML(render_template("error.html.j2", message=t("error.content_missing")))
    stages = [
        {
            "title": s.title,
            "summary": s.summary,
            "pages": [
                {
                    "title": p.title,
                    "summary": p.summary,
                    "href": relative_href(here, p.path),
                    "current": p.path == here,
                }
                for p in course.pages
                if p.stage == s.id
            ],
        }
        for s in course.stages
    ]
    return HTML(render_template("course_map.html.j2", stages=stages))
