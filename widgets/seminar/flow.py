"""Reading a seminar step: which scenarios, what a node asks, results, where next.

Everything here combines stored answers (counts per option) with the scenario
content; it needs no database and no widgets, so the pages only display it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from widgets.content import catalog
from widgets.content.models import END, Node, Scenario
from widgets.scenario import option_order

if TYPE_CHECKING:
    from widgets.storage.seminar import SeminarStore

__all__ = [
    "OptionResult",
    "PrincipleTally",
    "letters",
    "majority_option",
    "option_results",
    "principle_summary",
    "question_kind",
    "resolve",
    "results_csv",
    "seminar_scenarios",
]

log = logging.getLogger("verksted")

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def seminar_scenarios() -> list[Scenario]:
    """Every valid scenario: those meant for seminars first, then the rest, by title."""
    found = []
    for path in catalog.scenario_paths():
        try:
            found.append(catalog.scenario(path.stem))
        except catalog.ContentError as exc:
            log.warning("scenario %s left out of the seminar list: %s", path.stem, exc)
    return sorted(found, key=lambda s: ("seminar" not in s.stages, s.title.casefold()))


def question_kind(node: Node) -> str:
    """``"choice"`` when the node has options (even with free text beside), else ``"text"``."""
    return "choice" if node.options else "text"


def letters(count: int) -> list[str]:
    return list(LETTERS[:count])


@dataclass(frozen=True)
class OptionResult:
    """One option of a step, in display order, with how many chose it."""

    index: int  # the option's index in the node (what is stored)
    letter: str  # A, B, C … in display order (the same on every screen)
    text: str
    verdict: str
    honours: tuple[str, ...]
    breaks: tuple[str, ...]
    feedback: str
    count: int
    share: int  # whole per cent of those who answered

    @property
    def principles(self) -> tuple[str, ...]:
        return (*self.honours, *self.breaks)


def option_results(scenario: Scenario, node: Node, counts: dict[int, int]) -> list[OptionResult]:
    """The node's options in display order, each with its count and share."""
    total = sum(counts.get(i, 0) for i in range(len(node.options)))
    out = []
    for letter, i in zip(LETTERS, option_order(scenario.id, node), strict=False):
        option = node.options[i]
        n = counts.get(i, 0)
        out.append(
            OptionResult(
                index=i,
                letter=letter,
                text=option.text,
                verdict=option.verdict,
                honours=tuple(option.honours),
                breaks=tuple(option.breaks),
                feedback=option.feedback,
                count=n,
                share=round(100 * n / total) if total else 0,
            )
        )
    return out


def majority_option(scenario: Scenario, node: Node, counts: dict[int, int]) -> int | None:
    """The option most chose (a tie goes to the first shown); ``None`` without answers."""
    results = option_results(scenario, node, counts)
    best = max(results, key=lambda r: r.count, default=None)
    return best.index if best is not None and best.count > 0 else None


def resolve(scenario: Scenario, node: Node, option: int | None) -> Node | None:
    """Where the scenario goes after ``node`` with ``option`` (or its free text, or, when
    nobody answered, the first option shown).

    Returns the next node (an ending node included), or ``None`` when the
    scenario simply ends (``next: slutt``).
    """
    if option is not None and 0 <= option < len(node.options):
        target = node.options[option].next
    elif node.options:  # nobody answered: the first option shown
        target = node.options[option_order(scenario.id, node)[0]].next
    elif node.free_text is not None and node.free_text.next:
        target = node.free_text.next
    else:
        return None
    if target == END:
        return None
    try:
        return scenario.node(target)
    except KeyError:
        log.error("scenario %s: node %s leads to unknown %s", scenario.id, node.id, target)
        return None


@dataclass(frozen=True)
class PrincipleTally:
    """How the room chose with regard to one principle, over the steps counted.

    ``choices`` is every choice made in those steps (each participant's answer
    to each step once), so the two shares say how much of the room's choosing
    followed the principle and how much went against it; the rest touched it
    not at all. Only counts: who chose what is never known here.
    """

    principle: str
    followed: int
    against: int
    choices: int

    @property
    def followed_share(self) -> int:
        return round(100 * self.followed / self.choices) if self.choices else 0

    @property
    def against_share(self) -> int:
        return round(100 * self.against / self.choices) if self.choices else 0


def principle_summary(
    results: list[dict[str, object]], scenario_id: str | None = None
) -> list[PrincipleTally]:
    """Per principle, the choices that followed it and went against it.

    ``results`` is :meth:`SeminarStore.results`; ``scenario_id`` limits it to
    one scenario's steps (the room's summary at its end), ``None`` counts the
    whole seminar. Principles in the contract's order; those no option of the
    steps touched are left out.
    """
    from widgets.principles import canonical

    followed: dict[str, int] = {}
    against: dict[str, int] = {}
    choices = 0
    for item in results:
        q = item["question"]
        if q.kind != "choice" or (scenario_id is not None and q.scenario_id != scenario_id):
            continue
        try:
            node = catalog.scenario(q.scenario_id).node(q.node_id)
        except (catalog.ContentError, KeyError):
            continue
        for i, option in enumerate(node.options):
            n = item["counts"].get(i, 0)
            choices += n
            for pid in option.honours:
                followed[pid] = followed.get(pid, 0) + n
            for pid in option.breaks:
                against[pid] = against.get(pid, 0) + n
    order = {pid: i for i, pid in enumerate(canonical())}
    touched = sorted(
        set(followed) | set(against), key=lambda pid: (order.get(pid, len(order)), pid)
    )
    return [
        PrincipleTally(pid, followed.get(pid, 0), against.get(pid, 0), choices) for pid in touched
    ]


#: The export's columns, in order (their headings are UI strings ``seminar.csv.<name>``).
CSV_FIELDS = (
    "step",
    "scenario",
    "node",
    "prompt",
    "answer",
    "verdict",
    "honours",
    "breaks",
    "count",
    "share",
    "answered",
    # The room's summary (rows of their own, after the steps): per scenario and
    # principle, how many choices followed it and went against it, of all choices.
    "principle",
    "followed",
    "against",
    "choices",
)


def _cell(text: str) -> str:
    """Typed text as a spreadsheet cell that is never read as a formula."""
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


def _rows(store: SeminarStore, seminar_id: int) -> list[dict[str, object]]:
    from widgets.strings import t

    col = {k: t(f"seminar.csv.{k}") for k in CSV_FIELDS}
    rows: list[dict[str, object]] = []
    results = store.results(seminar_id)
    for item in results:
        q = item["question"]
        try:
            scenario = catalog.scenario(q.scenario_id)
            node = scenario.node(q.node_id)
        except (catalog.ContentError, KeyError):
            scenario, node = None, None
        prompt = ""
        if node is not None:
            prompt = node.prompt or (node.free_text.prompt if node.free_text else "")
        base = {
            col["step"]: q.seq,
            col["scenario"]: scenario.title if scenario else q.scenario_id,
            col["node"]: q.node_id,
            col["prompt"]: prompt,
            col["answered"]: item["answered"],
        }
        if q.kind == "choice" and scenario is not None and node is not None and node.options:
            for r in option_results(scenario, node, item["counts"]):
                rows.append(
                    {
                        **base,
                        col["answer"]: f"{r.letter}: {r.text}",
                        col["verdict"]: t(f"player.verdict.{r.verdict}"),
                        col["honours"]: ", ".join(r.honours),
                        col["breaks"]: ", ".join(r.breaks),
                        col["count"]: r.count,
                        col["share"]: r.share,
                    }
                )
        for text in item["texts"]:
            rows.append(
                {**base, col["answer"]: _cell(text), col["verdict"]: t("seminar.csv.own_words")}
            )
    return rows + _summary_rows(results, col)


def _summary_rows(results: list[dict[str, object]], col: dict[str, str]) -> list[dict[str, object]]:
    from widgets.principles import canonical

    names = canonical()
    rows: list[dict[str, object]] = []
    scenario_ids = list(dict.fromkeys(item["question"].scenario_id for item in results))
    for sid in scenario_ids:
        try:
            title = catalog.scenario(sid).title
        except catalog.ContentError:
            title = sid
        for tally in principle_summary(results, sid):
            p = names.get(tally.principle)
            rows.append(
                {
                    col["scenario"]: title,
                    col["principle"]: f"{tally.principle}: {p.name}" if p else tally.principle,
                    col["followed"]: tally.followed,
                    col["against"]: tally.against,
                    col["choices"]: tally.choices,
                }
            )
    return rows


def results_csv(store: SeminarStore, seminar_id: int) -> bytes:
    """The seminar's results as CSV (semicolon-separated, UTF-8 with BOM for spreadsheets).

    Counts per option and the approved texts; nothing about who answered.
    """
    import pandas as pd  # only here: no page a participant opens needs pandas

    from widgets.strings import t

    columns = [t(f"seminar.csv.{k}") for k in CSV_FIELDS]
    frame = pd.DataFrame(_rows(store, seminar_id), columns=columns)
    for key in ("step", "count", "share", "answered", "followed", "against", "choices"):
        # Whole numbers, blank where a row has none (texts have no count).
        frame[t(f"seminar.csv.{key}")] = frame[t(f"seminar.csv.{key}")].astype("Int64")
    return frame.to_csv(index=False, sep=";").encode("utf-8-sig")
