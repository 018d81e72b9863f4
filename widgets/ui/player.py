"""The scenario player: a role-play scenario as a widget."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, ClassVar

import traitlets

from widgets.content import catalog
from widgets.content.models import Scenario
from widgets.scenario import ScenarioRun, Step, Summary, option_order
from widgets.strings import t
from widgets.ui.feedback import FeedbackResult, give_feedback, max_chars
from widgets.ui.live import LiveView, UserError, render_template

__all__ = ["ScenarioPlayer"]

_ids = itertools.count(1)


class ScenarioPlayer(LiveView):
    """Plays a scenario: lines, choices, feedback with principles, and a summary.

    ``ScenarioPlayer("naar-rad-kommer")`` in a notebook is all a page needs.
    ``on_finish`` callbacks receive the :class:`~widgets.scenario.Summary` when
    the trainee reaches an ending (progress tracking hooks in here).
    """

    actions: ClassVar[frozenset[str]] = frozenset({"choose", "continue", "restart", "write"})

    scenario_id = traitlets.Unicode(help="The id of the scenario being played.").tag(sync=True)
    phase = traitlets.Enum(
        ["choose", "feedback", "end", "broken"], "choose", help="Where the trainee is."
    ).tag(sync=True)
    node_id = traitlets.Unicode("", help="The current node's id ('' after the end).").tag(sync=True)

    def __init__(self, scenario: str | Scenario, **kwargs: Any) -> None:
        self._uid = f"vk-sc{next(_ids)}"
        self._finish_callbacks: list[Callable[[Summary], None]] = []
        self.run: ScenarioRun | None = None
        self.last: Step | None = None
        self.last_result: FeedbackResult | None = None
        self.draft = ""
        self.draft_result: FeedbackResult | None = None
        self._transcript: list[dict[str, str]] = []
        self._focus = ""
        #: After an ending: whether the play was kept for the page's course key.
        self.progress_note = ""
        try:
            sc = scenario if isinstance(scenario, Scenario) else catalog.scenario(scenario)
        except catalog.ContentError as exc:
            catalog_error = exc
            sc = None
        super().__init__(scenario_id=sc.id if sc else str(scenario), **kwargs)
        if sc is None:
            import logging

            logging.getLogger("verksted").error("scenario %r: %s", scenario, catalog_error)
            self.phase = "broken"
            self.refresh()
            return
        self.scenario = sc
        self.run = ScenarioRun(sc)
        self._arrive()
        from widgets.ui.tracking import track_player

        track_player(self)
        self.refresh()

    # -- public API ---------------------------------------------------------
    def on_finish(self, callback: Callable[[Summary], None]) -> None:
        """Call ``callback(summary)`` each time the trainee reaches an ending."""
        self._finish_callbacks.append(callback)

    @property
    def options_shown(self) -> list[str]:
        """The option texts as shown now, in display order."""
        node = self.run.node if self.run else None
        if self.phase != "choose" or node is None:
            return []
        return [node.options[i].text for i in option_order(self.scenario.id, node)]

    # -- internals -------------------------------------------------------------
    def _arrive(self) -> None:
        node = self.run.node if self.run else None
        self.node_id = node.id if node else ""
        if node is None:
            return
        for line in node.lines:
            who = self.scenario.character(line.who).name if line.who else ""
            self._transcript.append({"kind": "line", "who": who, "text": line.text})
        self.draft = ""
        self.draft_result = None

    def render(self) -> str:
        if self.phase == "broken" or self.run is None:
            return render_template("error.html.j2", message=t("error.content_missing"))
        node = self.run.node
        order = option_order(self.scenario.id, node) if node is not None and node.options else []
        focus, self._focus = self._focus, ""
        return render_template(
            "player.html.j2",
            uid=self._uid,
            sc=self.scenario,
            phase=self.phase,
            node=node,
            order=order,
            last=self.last,
            last_result=self.last_result,
            draft=self.draft,
            draft_result=self.draft_result,
            max_chars=max_chars() if node is not None and node.free_text else 0,
            finished=self.run.finished,
            transcript=self._transcript,
            ending=self.run.ending,
            summary=self.run.summary(),
            progress_note=self.progress_note,
            error=self.error,
            focus_title=focus == "title",
            focus_options=focus == "options",
            focus_findings=focus == "findings",
        )

    # -- actions -------------------------------------------------------------
    def on_choose(self, value: Any, form: dict[str, Any]) -> None:
        if self.phase != "choose":
            return  # a double click or a stale page: the first choice counts
        try:
            index = int(value)
        except (TypeError, ValueError):
            raise UserError(t("error.generic")) from None
        step = self.run.choose(index)
        self.last, self.last_result = step, None
        self._transcript.append({"kind": "you", "text": step.option.text})
        self.phase = "feedback"
        verdict = t(f"player.verdict.{step.option.verdict}")
        self.say(t("player.announce.feedback", verdict=verdict, feedback=step.option.feedback))

    def on_write(self, value: Any, form: dict[str, Any]) -> None:
        node = self.run.node
        if self.phase != "choose" or node is None or node.free_text is None:
            return
        words = form.get("words", value)
        if not isinstance(words, str) or not words.strip():
            self.draft = ""
            raise UserError(t("player.free.empty"))
        result = give_feedback(words)
        self.draft, self.draft_result = words, result
        if node.options:
            # Words beside options: practice; the trainee still chooses.
            self.run.write(words, result.findings, advance=False)
            self._focus = "findings"
        else:
            self.last = self.run.write(words, result.findings)
            self.last_result = result
            self._transcript.append({"kind": "words", "text": words})
            self.phase = "feedback"
        self.say(result.announcement)

    def on_continue(self, value: Any, form: dict[str, Any]) -> None:
        if self.phase != "feedback":
            return
        self.last, self.last_result = None, None
        self._arrive()
        if self.run.finished:
            self.phase = "end"
            summary = self.run.summary()
            ending = self.run.ending
            self.say(
                t("player.announce.ending", title=ending.title if ending else t("player.ended"))
            )
            for callback in self._finish_callbacks:
                callback(summary)
        else:
            self.phase = "choose"
            self._focus = "options"

    def on_restart(self, value: Any, form: dict[str, Any]) -> None:
        self.run.restart()
        self.progress_note = ""
        self.last, self.last_result = None, None
        self._transcript = []
        self.phase = "choose"
        self._arrive()
        self._focus = "title"
