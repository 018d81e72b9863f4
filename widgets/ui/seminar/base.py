"""What the seminar pages share: following one seminar through the database.

Each page is a kernel of its own; they meet only in the database. A view
follows its seminar with one asyncio task on the kernel's loop that asks the
database about three times a second whether anything changed (a version
counter) and, if so, reads the new state and renders again inside
``hold_sync()``. The task stops when the widget is closed. Without a running
loop (tests, scripts) nothing polls by itself: call :meth:`Following.poll`.

Security-relevant state (signed in, which seminar, which participant) lives
in private attributes, never in synced traits: a page can send any trait
value it likes, but only ``request`` is read.
"""

from __future__ import annotations

import asyncio
import logging
from functools import cache
from typing import Any

import traitlets

from widgets.content import catalog
from widgets.content.models import Node, Scenario
from widgets.seminar import access
from widgets.seminar.flow import (
    option_results,
)
from widgets.storage.seminar import (
    SeminarState,
    SeminarStore,
    Versions,
)
from widgets.strings import t
from widgets.ui.live import LiveView

log = logging.getLogger("verksted")

#: Polls per second is 1 / POLL_SECONDS: an answer reaches the dashboard well within a second.
POLL_SECONDS = 0.3
#: Longest wait between polls while the database cannot be reached.
MAX_BACKOFF = 5.0


#: Marks "not polled yet" (``None`` from the database means the seminar is gone).
UNSEEN = object()


class Following(LiveView):
    """A LiveView that follows one seminar through the database."""

    @staticmethod
    def _key(versions: Versions) -> object:
        """What this page follows: dashboards every change, including the answer count."""
        return (versions.version, versions.answers)

    connected = traitlets.Bool(True, help="False while the database cannot be reached.").tag(
        sync=True
    )

    def __init__(self, *, store: SeminarStore | None = None, **kwargs: Any) -> None:
        self._store = store
        self._seminar_id: int | None = None
        self._seen: object = UNSEEN
        self._task: asyncio.Task | None = None
        self._closed = False
        self._state: SeminarState | None = None
        super().__init__(**kwargs)

    @property
    def store(self) -> SeminarStore:
        if self._store is None:
            self._store = SeminarStore()
        return self._store

    # -- following ------------------------------------------------------------
    def _follow(self, seminar_id: int) -> None:
        self._seminar_id = seminar_id
        self._seen = UNSEEN
        if self._task is None and not self._closed:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # no kernel loop: tests call poll() themselves
            self._task = loop.create_task(self._run())

    async def _run(self) -> None:
        delay = POLL_SECONDS
        while not self._closed:
            await asyncio.sleep(delay)
            try:
                self.poll()
                delay = POLL_SECONDS
            except Exception:
                if self.connected:
                    log.exception("%s: polling the database failed", type(self).__name__)
                    self.connected = False
                    self.refresh()
                delay = min(delay * 2, MAX_BACKOFF)

    def poll(self) -> bool:
        """Ask the database whether the seminar changed; if so, load and render. Returns whether."""
        self._tick()
        if self._seminar_id is None:
            return False
        versions = self.store.versions(self._seminar_id)
        reconnected = not self.connected
        key = None if versions is None else self._key(versions)
        if key == self._seen and not reconnected:
            return False
        self._seen = key
        with self.hold_sync():
            self.connected = True
            self._reload()
            self.refresh()
        return True

    def _tick(self) -> None:
        """Work to do on every poll before the version check (subclasses)."""

    def _reload(self) -> None:
        """Read the seminar's state after a change (subclasses extend)."""
        self._state = self.store.state(self._seminar_id) if self._seminar_id is not None else None
        if self._state is None:
            self._stop()

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def close(self) -> None:
        """Close the widget and stop following."""
        self._closed = True
        self._stop()
        super().close()

    # -- shared view pieces -------------------------------------------------------
    def _step(self) -> dict[str, Any] | None:
        """The current scenario node as templates show it, or ``None``."""
        state = self._state
        if state is None or state.seminar.scenario_id is None:
            return None
        found = scenario_node(state.seminar.scenario_id, state.seminar.node_id)
        if found is None:
            return {"broken": True}
        scenario, node = found
        question = state.question
        # Results stay hidden until the reveal, on every screen: people should
        # not follow the majority.
        shown = question is not None and state.phase in {"revealed", "feedback"}
        counts = state.counts if shown else {}
        return {
            "broken": False,
            "scenario": scenario,
            "node": node,
            "lines": step_lines(scenario, node),
            "kind": question.kind if question is not None else "",
            "question": question,
            "options": option_results(scenario, node, counts) if node and node.options else [],
            "ending": node.ending if node else None,
            "answered": state.answered,
            "participants": state.participants,
        }


def scenario_node(scenario_id: str, node_id: str | None) -> tuple[Scenario, Node | None] | None:
    """The scenario and node a seminar shows (the catalog caches them), or ``None`` if missing."""
    try:
        scenario = catalog.scenario(scenario_id)
        return scenario, (scenario.node(node_id) if node_id else None)
    except (catalog.ContentError, KeyError):
        log.error("seminar: scenario %s node %s is missing", scenario_id, node_id)
        return None


def step_lines(scenario: Scenario, node: Node | None) -> list[dict[str, str]]:
    if node is None:
        return []
    out = []
    for line in node.lines:
        try:
            who = scenario.character(line.who).name if line.who else ""
        except KeyError:
            who = ""
        out.append({"who": who, "text": line.text})
    return out


def busy_message() -> str:
    return t("seminar.error.busy")


def seminar_context(state: SeminarState, step: dict[str, Any] | None) -> dict[str, Any]:
    """What the facilitator's and the projector's screens have in common."""
    seminar = state.seminar
    url = access.join_url(seminar.code)
    short = access.short_join_url()
    return {
        "short_text": short_url(short) if short else (short_url(url) if url else ""),
        "seminar": seminar,
        "phase": seminar.phase,
        "code": seminar.code,
        "code_valid": seminar.code_valid(),
        "join_url": url or "",
        "join_text": short_url(url) if url else "",
        "qr": qr_markup(url) if url else "",
        "step": step,
        "answered": state.answered,
        "participants": state.participants,
    }


@cache
def qr_markup(url: str) -> str:
    from markupsafe import Markup

    return Markup(access.qr_svg(url))


def short_url(url: str) -> str:
    """The link without ``https://``, for reading off a screen."""
    return url.split("://", 1)[-1]
