from __future__ import annotations

import logging

from widgets.content import catalog
from widgets.ui import Reflection, course_map, show_text
from widgets.ui.coursemap import relative_href


def test_reflection_shows_the_question_and_keeps_the_draft():
    widget = Reflection("prinsippene", "vanskeligst")
    assert "Hvilket av de ti prinsippene" in widget.html
    assert "blir ikke sendt eller lagret" in widget.html
    widget.dispatch("draft", "<b>mitt</b> svar")
    assert widget.text == "<b>mitt</b> svar"
    assert "&lt;b&gt;mitt&lt;/b&gt; svar" in widget.html


def test_reflection_truncates_huge_drafts():
    widget = Reflection("prinsippene", "vanskeligst")
    widget.dispatch("draft", "x" * 50_000)
    assert len(widget.text) == 10_000


def test_missing_reflection(caplog):
    caplog.set_level(logging.CRITICAL, logger="verksted")
    assert "mangler" in Reflection("prinsippene", "finnes-ikke").html


def test_show_text_is_markdown_from_the_module():
    out = show_text("prinsippene", "studie")
    assert out.data.startswith("## Hvorfor gruppa trenger prinsipper")


def test_relative_links_between_pages():
    assert relative_href("index.ipynb", "studie/a.ipynb") == "studie/a.ipynb"
    assert relative_href("studie/a.ipynb", "kurs/b.ipynb") == "../kurs/b.ipynb"
    assert relative_href("studie/a.ipynb", "index.ipynb") == "../index.ipynb"


def test_course_map_links_every_page_in_order():
    html = course_map("index.ipynb").data
    pages = [p for p in catalog.course().pages if p.stage != "start"]
    positions = [html.index(f'href="{p.path}"') for p in pages]
    assert positions == sorted(positions)
    for stage in ("Studie", "Seminar", "Kurs", "Igangsetting"):
        assert f"<h3>{stage}</h3>" in html
