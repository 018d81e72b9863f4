"""The igangsetter's planning tools (model layer)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from icalendar import Calendar

from widgets.planning import (
    GroupPlan,
    _easter,
    check_plan,
    holiday_name,
    meeting_ics,
    meeting_plan,
    toolkit,
)

GOOD = {
    "participants": 6,
    "frequency": "ukentlig",
    "minutes": 120,
    "youngest": 25,
    "closed": True,
    "premises": "frivilligsentral",
    "starters": 2,
    "free": True,
}


def statuses(**changes) -> dict[str, str]:
    return {c.key: c.status for c in check_plan(GroupPlan(**{**GOOD, **changes}))}


def test_a_plan_within_every_frame():
    checks = check_plan(GroupPlan(**GOOD))
    assert {c.status for c in checks} == {"ok"}
    assert all(c.reason for c in checks)  # every frame carries its reason


@pytest.mark.parametrize(
    ("change", "key", "status"),
    [
        ({"participants": 3}, "participants", "nei"),
        ({"participants": 9}, "participants", "nei"),
        ({"participants": 4}, "participants", "obs"),  # 4–8 vs 5–8: both sources respected
        ({"participants": 8}, "participants", "ok"),
        ({"frequency": "annenhver-uke"}, "frequency", "obs"),
        ({"frequency": "maanedlig"}, "frequency", "nei"),
        ({"minutes": 180}, "duration", "nei"),
        ({"minutes": 60}, "duration", "obs"),
        ({"youngest": 17}, "age", "nei"),
        ({"closed": False}, "closed", "nei"),
        ({"premises": "hjemme"}, "premises", "nei"),
        ({"premises": "ukjent"}, "premises", "obs"),
        ({"starters": 1}, "starters", "obs"),
        ({"free": False}, "cost", "nei"),
    ],
)
def test_each_frame(change, key, status):
    assert statuses(**change)[key] == status


def test_the_sources_disagreement_is_stated():
    reason = toolkit().planner.participants.reason
    assert "4–8" in reason and "5–8" in reason


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2027, date(2027, 3, 28))],
)
def test_easter(year, easter):
    assert _easter(year) == easter


def test_holidays():
    assert holiday_name(date(2027, 5, 17)) == "grunnlovsdagen"
    assert holiday_name(date(2027, 5, 6)) == "Kristi himmelfartsdag"
    assert holiday_name(date(2027, 5, 18)) is None


def test_weekly_plan_skips_holidays_and_keeps_rhythm():
    plan = meeting_plan(date(2027, 4, 22), time(18, 0), 120)
    assert len(plan) == 8
    assert [m.number for m in plan] == list(range(1, 9))
    assert all(m.start.weekday() == 3 for m in plan)
    assert date(2027, 5, 6) not in [m.start.date() for m in plan]
    moved = [m for m in plan if m.moved_from]
    assert len(moved) == 1 and moved[0].moved_from == (date(2027, 5, 6), "Kristi himmelfartsdag")
    assert all(m.end - m.start == timedelta(minutes=120) for m in plan)


def test_plan_keeping_holidays_marks_them():
    plan = meeting_plan(date(2027, 4, 22), time(18, 0), 120, skip_holidays=False)
    assert plan[2].start.date() == date(2027, 5, 6) and plan[2].holiday == "Kristi himmelfartsdag"


def test_fortnightly_and_monthly():
    two = meeting_plan(date(2027, 1, 5), time(18, 0), 90, frequency="annenhver-uke", count=3)
    assert [m.start.date() for m in two] == [date(2027, 1, 5), date(2027, 1, 19), date(2027, 2, 2)]
    monthly = meeting_plan(date(2027, 1, 26), time(18, 0), 90, frequency="maanedlig", count=3)
    # the fourth Tuesday of each month
    assert [m.start.date() for m in monthly] == [
        date(2027, 1, 26),
        date(2027, 2, 23),
        date(2027, 3, 23),
    ]


def test_ics_parses_back_with_oslo_times():
    plan = meeting_plan(date(2027, 10, 21), time(18, 30), 120)
    cal = Calendar.from_ical(meeting_ics(plan, title="Torsdagsgruppa", place="Biblioteket, rom 2"))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 8
    assert len({str(e["uid"]) for e in events}) == 8
    first = events[0]
    assert str(first["summary"]) == "Torsdagsgruppa – møte 1"
    assert str(first["location"]) == "Biblioteket, rom 2"
    start = first.decoded("dtstart")
    assert start.isoformat() == "2027-10-21T18:30:00+02:00"
    # across the change to winter time the local hour stays 18:30
    last = events[-1].decoded("dtstart")
    assert (last.hour, last.minute, last.utcoffset()) == (18, 30, timedelta(hours=1))
    assert cal.walk("VTIMEZONE")[0]["tzid"] == "Europe/Oslo"
