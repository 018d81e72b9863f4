"""The trainee's own progress as a CSV file (pandas, imported only when exporting).

One row per thing kept: a page completed, a scenario played to an end, a quiz
answer, a saved note (its question, not its text: the text stays encrypted
until it is shown on the page). Columns have Norwegian names; the file is
UTF-8 with a byte order mark so that spreadsheet programs read æ, ø and å.
"""

from __future__ import annotations

from typing import Any

from widgets.content import catalog
from widgets.storage.progress import Progress
from widgets.strings import t

__all__ = ["COLUMNS", "csv_bytes", "rows"]

COLUMNS = ("kind", "stage", "module", "item", "detail", "result", "at")


def _title(kind: str, item_id: str) -> str:
    try:
        if kind == "scenario":
            return catalog.scenario(item_id).title
        if kind == "quiz":
            return catalog.quiz(item_id).title
    except catalog.ContentError:
        pass
    return item_id


def rows(progress: Progress) -> list[dict[str, Any]]:
    """The records as plain rows (the CSV's content), oldest first."""
    try:
        titles = {p.path: p for p in catalog.course().pages}
    except catalog.ContentError:
        titles = {}
    out: list[dict[str, Any]] = []
    for path, at in progress.pages.items():
        page = titles.get(path)
        out.append(
            {
                "kind": t("progress.csv.page"),
                "stage": page.stage if page else "",
                "module": page.module or "" if page else "",
                "item": page.title if page else path,
                "detail": path,
                "result": t("progress.csv.completed"),
                "at": at,
            }
        )
    for play in progress.plays:
        choices = sum(play.verdicts.values())
        out.append(
            {
                "kind": t("progress.csv.scenario"),
                "stage": play.stage,
                "module": play.module or "",
                "item": _title("scenario", play.scenario_id),
                "detail": " → ".join(f"{n}:{'ord' if i is None else i + 1}" for n, i in play.path),
                "result": t(
                    "progress.csv.play_result",
                    good=play.verdicts.get("god", 0),
                    choices=choices,
                    honoured=", ".join(sorted(play.honoured)) or "–",
                    broken=", ".join(sorted(play.broken)) or "–",
                ),
                "at": play.at,
            }
        )
    for answer in progress.answers:
        out.append(
            {
                "kind": t("progress.csv.quiz"),
                "stage": answer.stage,
                "module": answer.module or "",
                "item": _title("quiz", answer.quiz_id),
                "detail": answer.question_id,
                "result": t(f"progress.csv.outcome.{answer.outcome}")
                + f" ({', '.join(str(i + 1) for i in answer.selected)})",
                "at": answer.at,
            }
        )
    for note in progress.notes:
        out.append(
            {
                "kind": t("progress.csv.note"),
                "stage": note.stage,
                "module": note.module,
                "item": note.reflection_id,
                "detail": t("progress.csv.note_detail"),
                "result": "",
                "at": note.at,
            }
        )
    out.sort(key=lambda r: r["at"])
    return out


def csv_bytes(progress: Progress) -> bytes:
    """The CSV file's bytes."""
    import pandas as pd  # only here: the trainee's pages never load pandas

    frame = pd.DataFrame(rows(progress), columns=list(COLUMNS))
    if not frame.empty:
        frame["at"] = pd.to_datetime(frame["at"], utc=True).dt.strftime("%Y-%m-%d %H:%M UTC")
    frame = frame.rename(columns={c: t(f"progress.csv.col.{c}") for c in COLUMNS})
    return frame.to_csv(index=False).encode("utf-8-sig")
