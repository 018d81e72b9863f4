"""The igangsetter's planning tools (model layer): frames check, meeting plan, .ics.

The numbers and reasons come from ``modules/verktoy.yaml`` (content, checked by
``verksted check``); this module applies them to a planned group.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from widgets.content import bundle
from widgets.content.models import BaseModel, ConfigDict, Field
from widgets.paths import modules_dir

__all__ = [
    "FrameCheck",
    "GroupPlan",
    "Meeting",
    "Toolkit",
    "check_plan",
    "holiday_name",
    "meeting_ics",
    "meeting_plan",
    "toolkit",
]

OSLO = ZoneInfo("Europe/Oslo")
Frequency = Literal["ukentlig", "annenhver-uke", "maanedlig"]
Status = Literal["ok", "obs", "nei"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PremisesOption(_Strict):
    label: str
    ok: bool


class Frame(_Strict):
    title: str
    reason: str
    min: int | None = None
    max: int | None = None
    best_min: int | None = None
    recommended: int | str | None = None
    recommended_minutes: int | None = None
    max_minutes: int | None = None
    options: dict[str, PremisesOption] = Field(default_factory=dict)


class Planner(_Strict):
    participants: Frame
    frequency: Frame
    duration: Frame
    age: Frame
    closed: Frame
    premises: Frame
    starters: Frame
    cost: Frame


class Declaration(_Strict):
    title: str
    subtitle: str
    text: str
    rows: int = Field(ge=1, le=20)


class MeetingDefaults(_Strict):
    meetings: int = Field(ge=1, le=52)
    default_time: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    default_minutes: int = Field(ge=15, le=480)


class Toolkit(_Strict):
    """``modules/verktoy.yaml``."""

    planner: Planner
    declaration: Declaration
    meeting_plan: MeetingDefaults


@cache
def _toolkit(root: Path) -> Toolkit:
    if bundle.data() is not None:
        return Toolkit.model_validate(bundle.lookup("verktoy.yaml"))
    from widgets.content.loader import read_yaml, validate

    source, problems = read_yaml(root / "verktoy.yaml")
    if source is None:
        raise ValueError("; ".join(p.message for p in problems))
    kit, problems = validate(Toolkit, source)
    if kit is None:
        raise ValueError("; ".join(p.message for p in problems))
    return kit


def toolkit(root: Path | None = None) -> Toolkit:
    """The toolkit's content (numbers and texts)."""
    return _toolkit(root or modules_dir())


class GroupPlan(_Strict):
    """A planned group, as the trainee enters it. Nothing here identifies anyone."""

    participants: int = Field(ge=1, le=100)
    frequency: Frequency
    minutes: int = Field(ge=10, le=600)
    youngest: int = Field(ge=0, le=120)
    closed: bool
    premises: str
    starters: int = Field(ge=0, le=10)
    free: bool = True


@dataclass(frozen=True)
class FrameCheck:
    """One frame checked: its status and the reason behind the frame."""

    key: str
    title: str
    status: Status
    verdict: str  # what we found, in one sentence
    reason: str  # why the frame is as it is


def check_plan(plan: GroupPlan, kit: Toolkit | None = None) -> list[FrameCheck]:
    """Check each frame of a planned group against the frames in the toolkit."""
    p = (kit or toolkit()).planner
    out: list[FrameCheck] = []

    f = p.participants
    n = plan.participants
    if n < f.min or n > f.max:
        status, verdict = "nei", f"{n} deltakere er utenfor rammen på {f.min}–{f.max}."
    elif f.best_min and n < f.best_min:
        status, verdict = (
            "obs",
            f"{n} deltakere er innenfor rammen, men gruppa blir sårbar når noen er borte.",
        )
    else:
        status, verdict = "ok", f"{n} deltakere er innenfor rammen."
    out.append(FrameCheck("participants", f.title, status, verdict, f.reason))

    f = p.frequency
    labels = {
        "ukentlig": "hver uke",
        "annenhver-uke": "annenhver uke",
        "maanedlig": "én gang i måneden",
    }
    if plan.frequency == f.recommended:
        status, verdict = "ok", "Dere møtes hver uke."
    elif plan.frequency == "annenhver-uke":
        status, verdict = "obs", "Annenhver uke kan gå senere, men i starten anbefales hver uke."
    else:
        status, verdict = (
            "nei",
            f"Å møtes {labels[plan.frequency]} blir for sjelden til å holde tråden.",
        )
    out.append(FrameCheck("frequency", f.title, status, verdict, f.reason))

    f = p.duration
    if plan.minutes > (f.max_minutes or 120):
        status, verdict = (
            "nei",
            f"{plan.minutes} minutter er lengre enn anbefalt ({f.max_minutes} minutter).",
        )
    elif plan.minutes < 90:
        status, verdict = "obs", f"{plan.minutes} minutter kan bli for lite til at alle får snakke."
    else:
        status, verdict = "ok", f"{plan.minutes} minutter er innenfor rammen."
    out.append(FrameCheck("duration", f.title, status, verdict, f.reason))

    f = p.age
    if plan.youngest < (f.min or 18):
        status, verdict = "nei", f"Den yngste er {plan.youngest} år; alle må ha fylt {f.min}."
    else:
        status, verdict = "ok", f"Alle har fylt {f.min} år."
    out.append(FrameCheck("age", f.title, status, verdict, f.reason))

    f = p.closed
    if plan.closed:
        status, verdict = "ok", "Gruppa er lukket."
    else:
        status, verdict = (
            "nei",
            "En åpen gruppe, der nye kan komme når som helst, følger ikke rammen.",
        )
    out.append(FrameCheck("closed", f.title, status, verdict, f.reason))

    f = p.premises
    option = f.options.get(plan.premises)
    if option is None:
        status, verdict = "obs", "Velg hva slags lokale dere skal bruke."
    elif option.ok:
        status, verdict = "ok", f"{option.label} er et godt valg."
    else:
        status, verdict = "nei", f"{option.label} er ikke et nøytralt og skjermet sted."
    out.append(FrameCheck("premises", f.title, status, verdict, f.reason))

    f = p.starters
    if plan.starters == f.recommended:
        status, verdict = "ok", "Dere er to igangsettere."
    elif plan.starters < 2:
        status, verdict = "obs", "Med færre enn to igangsettere står én person alene med ansvaret."
    else:
        status, verdict = "obs", f"{plan.starters} igangsettere kan bli mange i en liten gruppe."
    out.append(FrameCheck("starters", f.title, status, verdict, f.reason))

    f = p.cost
    if plan.free:
        status, verdict = "ok", "Det er gratis å delta."
    else:
        status, verdict = "nei", "Deltakerne skal ikke betale for å være med."
    out.append(FrameCheck("cost", f.title, status, verdict, f.reason))
    return out


# -- Meeting plan -----------------------------------------------------------------


def _easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@cache
def _holidays(year: int) -> dict[date, str]:
    easter = _easter(year)
    moving = {
        -3: "skjærtorsdag",
        -2: "langfredag",
        0: "første påskedag",
        1: "andre påskedag",
        39: "Kristi himmelfartsdag",
        49: "første pinsedag",
        50: "andre pinsedag",
    }
    fixed = {
        (1, 1): "første nyttårsdag",
        (5, 1): "arbeidernes dag",
        (5, 17): "grunnlovsdagen",
        (12, 24): "julaften",
        (12, 25): "første juledag",
        (12, 26): "andre juledag",
        (12, 31): "nyttårsaften",
    }
    out = {easter + timedelta(days=k): v for k, v in moving.items()}
    out.update({date(year, m, d): v for (m, d), v in fixed.items()})
    return out


def holiday_name(day: date) -> str | None:
    """The Norwegian public holiday (or christmas/new year's eve) on ``day``, if any."""
    return _holidays(day.year).get(day)


@dataclass(frozen=True)
class Meeting:
    number: int
    start: datetime
    end: datetime
    holiday: str | None = None  # the holiday this meeting falls on (when not skipped)
    moved_from: tuple[date, str] | None = None  # the holiday date it was moved from


STEP = {"ukentlig": 7, "annenhver-uke": 14}


def meeting_plan(
    first: date,
    at: time,
    minutes: int,
    *,
    count: int = 8,
    frequency: Frequency = "ukentlig",
    skip_holidays: bool = True,
) -> list[Meeting]:
    """The dates of the group's first ``count`` meetings.

    With ``skip_holidays`` a meeting that would fall on a public holiday moves
    one interval on (the plan keeps its rhythm); otherwise it stays and is marked.
    """
    meetings: list[Meeting] = []
    day = first
    skipped: tuple[date, str] | None = None
    while len(meetings) < count:
        name = holiday_name(day)
        if name and skip_holidays:
            skipped = skipped or (day, name)
            day = _next(day, frequency)
            continue
        start = datetime.combine(day, at, tzinfo=OSLO)
        end = start + timedelta(minutes=minutes)
        meetings.append(Meeting(len(meetings) + 1, start, end, name, skipped))
        skipped = None
        day = _next(day, frequency)
    return meetings


def _next(day: date, frequency: Frequency) -> date:
    if frequency in STEP:
        return day + timedelta(days=STEP[frequency])
    # monthly: the same weekday in the next month's same week, e.g. "first Tuesday"
    week = (day.day - 1) // 7
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    candidate = date(year, month, 1)
    candidate += timedelta(days=(day.weekday() - candidate.weekday()) % 7 + 7 * week)
    if candidate.month != month:  # no fifth such weekday: take the last one
        candidate -= timedelta(days=7)
    return candidate


def meeting_ics(meetings: list[Meeting], *, title: str, place: str = "") -> bytes:
    """An iCalendar file a phone calendar imports: one event per meeting."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Verksted//Møteplan//NO")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", title)
    stamp = datetime.now(tz=ZoneInfo("UTC")).replace(microsecond=0)
    seed = hashlib.sha256(
        f"{title}|{place}|{meetings[0].start.isoformat() if meetings else ''}".encode()
    )
    for m in meetings:
        event = Event()
        event.add("uid", f"{seed.hexdigest()[:16]}-{m.number}@verksted")
        event.add("dtstamp", stamp)
        event.add("dtstart", m.start)
        event.add("dtend", m.end)
        event.add("summary", f"{title} – møte {m.number}")
        if place:
            event.add("location", place)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
