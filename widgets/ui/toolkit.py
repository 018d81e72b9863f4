"""The igangsetter's toolkit: group planner, confidentiality declaration, meeting plan.

Nothing entered here is stored: the pages work on what is in the form.
"""

from __future__ import annotations

import itertools
import logging
import re
from datetime import date, time
from typing import Any, ClassVar

from widgets.planning import GroupPlan, check_plan, meeting_ics, meeting_plan, toolkit
from widgets.strings import t
from widgets.ui.html import download_href
from widgets.ui.live import LiveView, UserError, render_template

__all__ = ["DeclarationForm", "GroupPlanner", "MeetingPlanner", "norwegian_date"]

log = logging.getLogger("verksted")
_ids = itertools.count(1)
FREQUENCIES = ("ukentlig", "annenhver-uke", "maanedlig")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip


def norwegian_date(day: date, *, weekday: bool = True) -> str:
    """``tirsdag 22. april 2027``."""
    text = f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def _text(form: dict[str, Any], key: str, limit: int) -> str:
    value = form.get(key)
    if not isinstance(value, str):
        return ""
    value = " ".join(value.split())
    if len(value) > limit:
        raise UserError(t("toolkit.declaration.too_long", n=limit))
    return value


def _int(form: dict[str, Any], key: str, label: str, low: int, high: int) -> int:
    value = form.get(key)
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise UserError(t("toolkit.planner.bad_number", field=label, low=low, high=high)) from None
    if not low <= number <= high:
        raise UserError(t("toolkit.planner.bad_number", field=label, low=low, high=high))
    return number


def _choice(form: dict[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
    value = form.get(key)
    return value if isinstance(value, str) and value in allowed else default


def _ticked(form: dict[str, Any], key: str) -> bool:
    value = form.get(key)
    return bool(value) and (value == "ja" or (isinstance(value, list) and "ja" in value))


class GroupPlanner(LiveView):
    """Checks a planned group against the frames, each with its reason."""

    actions: ClassVar[frozenset[str]] = frozenset({"check"})

    def __init__(self, **kwargs: Any) -> None:
        self._uid = f"vk-gp{next(_ids)}"
        self.values: dict[str, Any] = {
            "participants": 6, "frequency": "ukentlig", "minutes": 120, "youngest": 18,
            "premises": "", "starters": 2, "closed": "ja", "free": True,
        }  # fmt: skip
        self.checks: list = []
        super().__init__(**kwargs)
        self.refresh()

    def render(self) -> str:
        kit = toolkit()
        return render_template(
            "planner.html.j2",
            uid=self._uid,
            v=self.values,
            frequencies=FREQUENCIES,
            premises=kit.planner.premises.options,
            checks=self.checks,
            ok_count=sum(c.status == "ok" for c in self.checks),
            error=self.error,
        )

    def on_check(self, value: Any, form: dict[str, Any]) -> None:
        premises = toolkit().planner.premises.options
        # Keep what was typed on the page even if it does not validate.
        self.values.update(
            {k: v[:20] for k, v in form.items() if k in self.values and isinstance(v, str)}
        )
        values = {
            "participants": _int(form, "participants", t("toolkit.planner.participants"), 1, 100),
            "frequency": _choice(form, "frequency", FREQUENCIES, "ukentlig"),
            "minutes": _int(form, "minutes", t("toolkit.planner.minutes"), 10, 600),
            "youngest": _int(form, "youngest", t("toolkit.planner.youngest"), 0, 120),
            "premises": _choice(form, "premises", tuple(premises), ""),
            "starters": _int(form, "starters", t("toolkit.planner.starters"), 0, 10),
            "closed": _choice(form, "closed", ("ja", "nei"), "ja"),
            "free": _ticked(form, "free"),
        }
        self.values = values
        plan = GroupPlan(**{**values, "closed": values["closed"] == "ja"})
        self.checks = check_plan(plan)
        ok = sum(c.status == "ok" for c in self.checks)
        self.say(t("toolkit.planner.summary", ok=ok, total=len(self.checks)))


class DeclarationForm(LiveView):
    """Fills in a confidentiality declaration and offers a print-ready page."""

    actions: ClassVar[frozenset[str]] = frozenset({"make"})
    LIMIT: ClassVar[int] = 80

    def __init__(self, **kwargs: Any) -> None:
        self._uid = f"vk-de{next(_ids)}"
        self.group = ""
        self.place = ""
        self.made = False
        super().__init__(**kwargs)
        self.refresh()

    def render(self) -> str:
        return render_template(
            "declaration.html.j2",
            uid=self._uid,
            d=toolkit().declaration,
            group=self.group,
            place=self.place,
            made=self.made,
            limit=self.LIMIT,
            error=self.error,
        )

    def on_make(self, value: Any, form: dict[str, Any]) -> None:
        self.group = _text(form, "group", self.LIMIT)
        self.place = _text(form, "place", self.LIMIT)
        self.made = True
        self.say(t("toolkit.declaration.ready"))


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


class MeetingPlanner(LiveView):
    """The dates of the first meetings, and an .ics file for the calendar."""

    actions: ClassVar[frozenset[str]] = frozenset({"plan"})

    def __init__(self, *, today: date | None = None, **kwargs: Any) -> None:
        self._uid = f"vk-mp{next(_ids)}"
        defaults = toolkit().meeting_plan
        self.count = defaults.meetings
        self.values: dict[str, Any] = {
            "title": t("toolkit.plan.title_default"),
            "place": "",
            "first": (today or date.today()).isoformat(),
            "time": defaults.default_time,
            "minutes": defaults.default_minutes,
            "frequency": "ukentlig",
            "skip": True,
        }
        self.meetings: list = []
        self.ics = b""
        super().__init__(**kwargs)
        self.refresh()

    def render(self) -> str:
        rows = []
        for m in self.meetings:
            start, end = m.start, m.end
            when = (
                f"{t('toolkit.plan.meeting', n=m.number)}: {norwegian_date(start.date())}, "
                f"kl. {start:%H.%M}–{end:%H.%M}"
            )
            note = ""
            if m.moved_from:
                day, name = m.moved_from
                note = t("toolkit.plan.moved", day=norwegian_date(day, weekday=False), name=name)
            elif m.holiday:
                note = t("toolkit.plan.holiday", name=m.holiday)
            rows.append({"when": when, "note": note})
        return render_template(
            "meetingplan.html.j2",
            uid=self._uid,
            v=self.values,
            count=self.count,
            frequencies=FREQUENCIES,
            meetings=rows,
            href=download_href(self.ics, "text/calendar") if self.ics else "",
            filename="moteplan.ics",
            error=self.error,
        )

    def on_plan(self, value: Any, form: dict[str, Any]) -> None:
        title = _text(form, "title", 80) or t("toolkit.plan.title_default")
        place = _text(form, "place", 120)
        raw_date = form.get("first") if isinstance(form.get("first"), str) else ""
        raw_time = form.get("time") if isinstance(form.get("time"), str) else ""
        raw_minutes = form.get("minutes") if isinstance(form.get("minutes"), str) else ""
        self.values.update(
            {"title": title, "place": place, "first": raw_date[:20], "time": raw_time[:20]}
        )
        self.values["minutes"] = raw_minutes[:20]
        match = _DATE.match(raw_date.strip())
        try:
            first = date(*map(int, match.groups())) if match else None
        except ValueError:
            first = None
        if first is None:
            raise UserError(t("toolkit.plan.bad_date"))
        match = _TIME.match(raw_time.strip())
        if not match:
            raise UserError(t("toolkit.plan.bad_time"))
        at = time(int(match.group(1)), int(match.group(2)))
        minutes = _int(form, "minutes", t("toolkit.plan.minutes"), 15, 480)
        frequency = _choice(form, "frequency", FREQUENCIES, "ukentlig")
        skip = _ticked(form, "skip")
        self.values.update({"minutes": minutes, "frequency": frequency, "skip": skip})
        self.meetings = meeting_plan(
            first, at, minutes, count=self.count, frequency=frequency, skip_holidays=skip
        )
        self.ics = meeting_ics(self.meetings, title=title, place=place)
        self.say(t("toolkit.plan.result", n=len(self.meetings)))
