"""The toolkit pages' widgets, driven as the page drives them."""

from __future__ import annotations

import base64
import re
from datetime import date

from icalendar import Calendar

from widgets.ui.toolkit import DeclarationForm, GroupPlanner, MeetingPlanner, norwegian_date

FORM = {
    "participants": "7",
    "frequency": "ukentlig",
    "minutes": "120",
    "youngest": "19",
    "premises": "bibliotek",
    "starters": "2",
    "closed": "ja",
    "free": ["ja"],
}


def test_planner_checks_every_frame_with_reasons():
    widget = GroupPlanner()
    assert "Sjekk planen" in widget.html
    widget.dispatch("check", None, FORM)
    assert "8 av 8 rammer er i orden." in widget.html
    assert widget.html.count("<details>") == 8
    widget.dispatch("check", None, {**FORM, "premises": "hjemme", "free": [], "closed": "nei"})
    assert "5 av 8 rammer er i orden." in widget.html
    assert "Følger ikke rammen" in widget.html


def test_planner_bad_numbers_keep_what_was_typed():
    widget = GroupPlanner()
    widget.dispatch("check", None, {**FORM, "participants": "seks"})
    assert "«Antall deltakere» må være et helt tall mellom 1 og 100." in widget.html
    assert 'value="seks"' in widget.html
    assert widget.checks == []


def test_declaration_is_print_ready_and_escapes():
    widget = DeclarationForm()
    widget.dispatch("make", None, {"group": "<script>x</script> Tirsdag", "place": "Biblioteket"})
    html = widget.html
    assert 'class="vk-print"' in html and 'data-client="print"' in html
    assert "&lt;script&gt;x&lt;/script&gt; Tirsdag" in html and "<script>" not in html
    assert html.count("<tr><td>&nbsp;</td>") == 8  # lines to sign by hand
    assert "Jeg lover å ikke fortelle noen utenfor gruppa" in html


def test_declaration_refuses_very_long_text():
    widget = DeclarationForm()
    widget.dispatch("make", None, {"group": "x" * 500})
    assert "for lang" in widget.html and not widget.made


def test_meeting_plan_download_is_a_valid_calendar():
    widget = MeetingPlanner(today=date(2027, 4, 1))
    assert 'value="2027-04-01"' in widget.html
    widget.dispatch(
        "plan",
        None,
        {"title": "Gruppa", "place": "", "first": "2027-04-22", "time": "18:00", "minutes": "120",
         "frequency": "ukentlig", "skip": ["ja"]},
    )  # fmt: skip
    html = widget.html
    assert "Møte 1: torsdag 22. april 2027, kl. 18.00–20.00" in html
    assert "Flyttet fordi 6. mai 2027 er Kristi himmelfartsdag." in html
    href = re.search(r'download="moteplan.ics" href="data:text/calendar;base64,([^"]+)"', html)
    assert href, html
    cal = Calendar.from_ical(base64.b64decode(href.group(1)))
    assert len(list(cal.walk("VEVENT"))) == 8


def test_meeting_plan_bad_input():
    widget = MeetingPlanner()
    widget.dispatch("plan", None, {"first": "2027-02-30", "time": "18:00", "minutes": "120"})
    assert "gyldig dato" in widget.html and 'value="2027-02-30"' in widget.html
    widget.dispatch("plan", None, {"first": "2027-02-10", "time": "25:00", "minutes": "120"})
    assert "gyldig klokkeslett" in widget.html
    widget.dispatch("plan", None, {"first": "2027-02-10", "time": "18.15", "minutes": "x"})
    assert "Varighet" in widget.html
    assert widget.meetings == []


def test_norwegian_date():
    assert norwegian_date(date(2027, 12, 24)) == "fredag 24. desember 2027"
