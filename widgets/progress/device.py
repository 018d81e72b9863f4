"""Progress kept on the trainee's own device (the static edition: no server, no key).

:class:`DeviceStore` has the methods of :class:`widgets.storage.progress.ProgressStore`
that the widgets call, over plain data that :class:`widgets.ui.device.DeviceSync`
keeps in the browser's own storage (``localStorage``) and can write to a file and
read back. Nothing here sends anything anywhere: the engine and the storage are
both in the browser. Reflection notes stay on the device as the trainee wrote
them (:data:`DEVICE_NOTES_KEY`): there is no server that should not read them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from widgets.progress.session import PageSession
from widgets.storage.records import MAX_NOTE, Answer, Note, Play, Progress

__all__ = ["DEVICE_NOTES_KEY", "FORMAT", "DeviceSession", "DeviceStore", "FileUnreadable"]

#: The notes "key" of the device session: notes on the device are not encrypted.
DEVICE_NOTES_KEY = b""
#: The saved file's format marker (a file from another program is refused).
FORMAT = "verksted-framdrift/1"
#: The device's one trainee.
TRAINEE = 1
#: The most records of each kind read from a file (a larger file is not ours).
MAX_RECORDS = 5000


class FileUnreadable(ValueError):
    """Saved progress that is not this course's (or is damaged)."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _when(text: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return datetime.now(timezone.utc)


def _identity(record: dict[str, Any]) -> str:
    """What makes a play or an answer the same one, whatever its number."""
    return json.dumps({k: v for k, v in record.items() if k != "id"}, sort_keys=True)


def _empty() -> dict[str, Any]:
    return {"format": FORMAT, "pages": {}, "plays": [], "answers": [], "notes": []}


class DeviceStore:
    """The device's progress as plain data; ``on_change`` hears of every write."""

    def __init__(self) -> None:
        self.data = _empty()
        self.on_change: Callable[[], None] | None = None

    # -- keeping and reading back ---------------------------------------------------
    def dump(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def parse(text: str) -> dict[str, Any]:
        """Saved progress read back; raises :class:`FileUnreadable` when it is not ours."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise FileUnreadable("not JSON") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise FileUnreadable("not a Verksted progress file")
        clean = _empty()
        pages = data.get("pages")
        if isinstance(pages, dict):
            clean["pages"] = {str(k)[:200]: str(v)[:40] for k, v in list(pages.items())[:500]}
        for kind in ("plays", "answers", "notes"):
            items = data.get(kind)
            if isinstance(items, list):
                clean[kind] = [i for i in items[:MAX_RECORDS] if isinstance(i, dict)]
        for note in clean["notes"]:
            note["text"] = str(note.get("text", ""))[:MAX_NOTE]
        return clean

    def load(self, text: str, *, merge: bool = True) -> None:
        """Take saved progress; with ``merge``, what this page did before is kept too."""
        saved = self.parse(text)
        if merge:
            saved["pages"] = {**saved["pages"], **self.data["pages"]}
            for kind in ("plays", "answers"):
                # The same record read twice (a file read again) is kept once.
                known = {_identity(r) for r in saved[kind]}
                saved[kind] = saved[kind] + [
                    r for r in self.data[kind] if _identity(r) not in known
                ]
            mine = {(n.get("module"), n.get("reflection_id")) for n in self.data["notes"]}
            saved["notes"] = [
                n for n in saved["notes"] if (n.get("module"), n.get("reflection_id")) not in mine
            ] + self.data["notes"]
        self.data = saved
        self._changed()

    def clear(self) -> None:
        self.data = _empty()
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def _next_id(self, kind: str) -> int:
        return 1 + max((int(i.get("id", 0)) for i in self.data[kind]), default=0)

    # -- what the widgets call (ProgressStore's methods) --------------------------
    def complete_page(self, trainee_id: int, page: str, stage: str, module: str | None) -> None:
        self.data["pages"][page] = _now()
        self._changed()

    def uncomplete_page(self, trainee_id: int, page: str) -> None:
        self.data["pages"].pop(page, None)
        self._changed()

    def record_play(
        self,
        trainee_id: int,
        *,
        scenario_id: str,
        module: str | None,
        stage: str,
        page: str | None,
        path: Iterable[tuple[str, int | None]],
        verdicts: dict[str, int],
        honoured: dict[str, int],
        broken: dict[str, int],
        ending: str | None,
    ) -> None:
        self.data["plays"].append(
            {
                "id": self._next_id("plays"),
                "scenario_id": scenario_id,
                "module": module,
                "stage": stage,
                "page": page,
                "path": [list(step) for step in path],
                "verdicts": dict(verdicts),
                "honoured": dict(honoured),
                "broken": dict(broken),
                "ending": ending,
                "at": _now(),
            }
        )
        self._changed()

    def record_answer(
        self,
        trainee_id: int,
        *,
        quiz_id: str,
        question_id: str,
        module: str | None,
        stage: str,
        page: str | None,
        selected: Iterable[int],
        outcome: str,
    ) -> None:
        self.data["answers"].append(
            {
                "id": self._next_id("answers"),
                "quiz_id": quiz_id,
                "question_id": question_id,
                "module": module,
                "stage": stage,
                "page": page,
                "selected": sorted(selected),
                "outcome": outcome,
                "at": _now(),
            }
        )
        self._changed()

    def save_note(
        self,
        trainee_id: int,
        *,
        module: str,
        reflection_id: str,
        stage: str,
        nonce: bytes,
        ciphertext: bytes,
    ) -> None:
        notes = [
            n
            for n in self.data["notes"]
            if not (n.get("module") == module and n.get("reflection_id") == reflection_id)
        ]
        note = {
            "id": self._next_id("notes"),
            "module": module,
            "reflection_id": reflection_id,
            "stage": stage,
            "text": bytes(ciphertext).decode("utf-8")[:MAX_NOTE],
            "at": _now(),
        }
        self.data["notes"] = [*notes, note]
        self._changed()

    def delete_note(self, trainee_id: int, note_id: int) -> bool:
        before = len(self.data["notes"])
        self.data["notes"] = [n for n in self.data["notes"] if n.get("id") != note_id]
        self._changed()
        return len(self.data["notes"]) < before

    def delete(self, trainee_id: int) -> None:
        self.clear()

    def progress(self, trainee_id: int) -> Progress:
        d = self.data
        plays = [
            Play(
                id=int(p.get("id", 0)),
                scenario_id=str(p.get("scenario_id", "")),
                module=p.get("module"),
                stage=str(p.get("stage", "")),
                page=p.get("page"),
                path=list(p.get("path") or []),
                verdicts=dict(p.get("verdicts") or {}),
                honoured=dict(p.get("honoured") or {}),
                broken=dict(p.get("broken") or {}),
                ending=p.get("ending"),
                at=_when(p.get("at")),
            )
            for p in d["plays"]
        ]
        answers = [
            Answer(
                id=int(a.get("id", 0)),
                quiz_id=str(a.get("quiz_id", "")),
                question_id=str(a.get("question_id", "")),
                module=a.get("module"),
                stage=str(a.get("stage", "")),
                page=a.get("page"),
                selected=list(a.get("selected") or []),
                outcome=str(a.get("outcome", "")),
                at=_when(a.get("at")),
            )
            for a in d["answers"]
        ]
        notes = [
            Note(
                id=int(n.get("id", 0)),
                module=str(n.get("module", "")),
                reflection_id=str(n.get("reflection_id", "")),
                stage=str(n.get("stage", "")),
                nonce=b"",
                ciphertext=str(n.get("text", "")).encode("utf-8"),
                at=_when(n.get("at")),
            )
            for n in d["notes"]
        ]
        pages = {page: _when(at) for page, at in d["pages"].items()}
        return Progress(trainee_id, pages=pages, plays=plays, answers=answers, notes=notes)


class DeviceSession(PageSession):
    """The page's session in the static edition: always this device's one trainee."""

    on_device = True

    def __init__(self) -> None:
        self.device = DeviceStore()
        super().__init__(store_factory=lambda: self.device)
        self.trainee_id = TRAINEE
        self._resolved = True

    def resolve(self) -> PageSession:
        return self

    def notes_key(self) -> bytes:
        return DEVICE_NOTES_KEY

    def gone(self) -> None:  # the device's data cannot be deleted elsewhere
        self.changed()
