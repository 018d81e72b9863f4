"""Where a page sits in the course: header, breadcrumb and previous/next links."""

from __future__ import annotations

import json

import pytest

from widgets.navigation import page_context

COURSE = """\
title: Testkurs
stages:
  - id: studie
    title: Studie
    summary: Les.
  - id: seminar
    title: Seminar
    summary: Sammen.
pages:
  - path: index.ipynb
    title: Velkommen
    stage: start
  - path: studie/demo.ipynb
    title: Demo
    stage: studie
    module: demo
  - path: studie/ovingsbenk.ipynb
    title: Øvingsbenk
    stage: studie
    kind: tool
  - path: studie/mer.ipynb
    title: Mer om demo
    stage: studie
    module: demo
  - path: seminar/delta.ipynb
    title: Bli med
    stage: seminar
    kind: tool
"""


@pytest.fixture
def root(tree):
    tree.write("course.yaml", COURSE)
    return tree.root


def test_landing_page_has_no_home_link_and_leads_to_the_first_lesson(root):
    page = page_context("index.ipynb", root)
    assert page.course_title == "Testkurs"
    assert page.page_title == "Velkommen"
    assert (page.stage, page.module) == ("", "")
    assert page.home is None
    assert page.prev is None
    assert (page.next.href, page.next.title) == ("studie/demo.ipynb", "Demo")


def test_lesson_knows_its_stage_module_and_neighbours_skipping_tools(root):
    page = page_context("studie/demo.ipynb", root)
    assert (page.stage, page.module, page.page_title) == ("Studie", "Demo", "Demo")
    assert page.home.href == "../index.ipynb"
    assert page.prev.href == "../index.ipynb"
    # the tool page between is skipped
    assert (page.next.href, page.next.title) == ("mer.ipynb", "Mer om demo")
    last = page_context("studie/mer.ipynb", root)
    assert last.prev.href == "demo.ipynb"
    assert last.next is None  # the seminar join page is a tool


def test_a_tool_page_links_to_the_lessons_around_it(root):
    tool = page_context("studie/ovingsbenk.ipynb", root)
    assert (tool.prev.href, tool.next.href) == ("demo.ipynb", "mer.ipynb")
    join = page_context("seminar/delta.ipynb", root)
    assert (join.stage, join.module, join.page_title) == ("Seminar", "", "Bli med")
    assert join.prev.href == "../studie/mer.ipynb"


def test_paths_are_normalised_and_unknown_pages_still_get_a_header(root):
    assert page_context("./studie//demo.ipynb", root).page_title == "Demo"
    other = page_context("studie/ny-side.ipynb", root)
    assert not other.in_course
    assert other.page_title == "Ny side"
    assert other.home.href == "../index.ipynb"
    assert other.prev is None
    assert other.next is None


def test_paths_from_the_repository_root_are_understood(root):
    # Voilà as a Jupyter server extension (the Binder route) names pages this way
    page = page_context("course/studie/demo.ipynb", root)
    assert page.in_course
    assert page.prev.href == "../index.ipynb"


def test_context_is_plain_json(root):
    data = page_context("studie/demo.ipynb", root).as_dict()
    assert json.loads(json.dumps(data))["prev"] == {"href": "../index.ipynb", "title": "Velkommen"}


def test_the_real_course_starts_at_the_landing_page():
    page = page_context("index.ipynb")
    assert page.next is not None
    assert page_context(page.next.href).prev.href.endswith("index.ipynb")


def test_the_course_key_is_carried_by_the_template_links():
    from widgets.navigation import CARRIED_PARAMS
    from widgets.progress.session import KEY_PARAM

    assert KEY_PARAM in CARRIED_PARAMS
