"""A reflection question with a private writing field, kept only when the trainee asks.

Without a course key on the page nothing leaves the page. With one, the
trainee can press "Lagre notatet": the text is then encrypted with a key
derived from the course key (:mod:`widgets.progress.notes`) and kept; it is
shown again, here and on the landing page, only to a page that holds the
course key, and can be deleted here or there.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any, ClassVar

import traitlets

from widgets.content import catalog
from widgets.progress.notes import NoteUnreadable, decrypt_note, encrypt_note
from widgets.progress.session import PageSession, page_session
from widgets.storage.errors import StorageError, TraineeGone
from widgets.storage.records import MAX_NOTE
from widgets.strings import t
from widgets.ui.live import LiveView, UserError, render_template
from widgets.ui.tracking import problem_message, require_trainee

__all__ = ["MAX_NOTE", "Reflection"]

_ids = itertools.count(1)
log = logging.getLogger("verksted")


class Reflection(LiveView):
    """``Reflection("prinsippene", "hva-er-vanskelig")`` shows a module's reflection question."""

    actions: ClassVar[frozenset[str]] = frozenset({"draft", "save", "delete"})

    text = traitlets.Unicode("", help="What the trainee has written (kept in the page only).")
    saved = traitlets.Bool(False, help="Whether a note is kept for this question.").tag(sync=True)

    def __init__(
        self, module: str, reflection_id: str, *, session: PageSession | None = None, **kwargs: Any
    ) -> None:
        self._uid = f"vk-rf{next(_ids)}"
        self._session = session
        self.module = module
        self.reflection_id = reflection_id
        self.prompt: str | None = None
        self.stage = ""
        self._saved_text: str | None = None
        self._status = ""
        try:
            mod = catalog.module(module)
            found = next(r for r in mod.reflections if r.id == reflection_id)
            self.prompt, self.stage = found.prompt, found.stage
        except (catalog.ContentError, StopIteration):
            log.exception("reflection %s/%s not found", module, reflection_id)
        super().__init__(**kwargs)
        if self.prompt is not None:
            self._load()
            # Progress can arrive after the page is built (the static edition reads the
            # browser's storage then): a note that turns up is shown unless one is typed.
            self.session.subscribe(self._progress_changed)
        self.refresh()

    def _worded(self, key: str) -> str:
        """The string ``key``, or its ``_device`` variant when notes stay in the browser."""
        return key + "_device" if self.session.on_device else key

    def _progress_changed(self) -> None:
        if not self.saved and not self.text:
            self._load()
            self.refresh()

    @property
    def session(self) -> PageSession:
        return self._session or page_session()

    @property
    def _aad(self) -> str:
        return f"{self.module}/{self.reflection_id}"

    def _load(self) -> None:
        """Show the saved note, if the page's key has one (reads the key: the cell needs it)."""
        session = self.session
        try:
            session.resolve()
            if not session.active:
                return
            progress = session.store.progress(session.trainee_id)
        except TraineeGone:
            session.gone()
            return
        except Exception:
            log.exception("saved note could not be read")
            return
        for note in progress.notes:
            if note.module == self.module and note.reflection_id == self.reflection_id:
                try:
                    text = decrypt_note(
                        session.notes_key(),
                        session.trainee_id,
                        self._aad,
                        note.nonce,
                        note.ciphertext,
                    )
                except NoteUnreadable:
                    self._status = t("progress.home.note_unreadable")
                    self.saved = True
                    return
                self.text = self._saved_text = text
                self.saved = True
                self._status = t(self._worded("reflection.saved"))

    def render(self) -> str:
        if self.prompt is None:
            return render_template("error.html.j2", message=t("error.content_missing"))
        session = self.session
        status = self._status
        if self.saved and self._saved_text is not None and self.text != self._saved_text:
            status = t("reflection.changed")
        return render_template(
            "reflection.html.j2",
            uid=self._uid,
            prompt=self.prompt,
            text=self.text,
            limit=MAX_NOTE,
            active=session.active,
            saved=self.saved,
            status=status,
            problem=problem_message(session),
            error=self.error,
            keep_hint=t(self._worded("reflection.keep_hint")),
        )

    def on_draft(self, value: Any, form: dict[str, Any]) -> None:
        if isinstance(value, str):
            self.text = value[:MAX_NOTE]

    def _trainee(self) -> PageSession:
        return require_trainee(self.session, "reflection.no_key")

    def on_save(self, value: Any, form: dict[str, Any]) -> None:
        session = self._trainee()
        text = form.get("text", self.text)
        text = text[:MAX_NOTE] if isinstance(text, str) else ""
        if not text.strip():
            raise UserError(t("reflection.empty"))
        nonce, ciphertext = encrypt_note(session.notes_key(), session.trainee_id, self._aad, text)
        try:
            session.store.save_note(
                session.trainee_id,
                module=self.module,
                reflection_id=self.reflection_id,
                stage=self.stage or "",
                nonce=nonce,
                ciphertext=ciphertext,
            )
        except TraineeGone:
            session.gone()
            raise UserError(problem_message(session)) from None
        except StorageError:
            log.exception("note not saved")
            raise UserError(t("progress.not_saved")) from None
        self.text = self._saved_text = text
        self.saved = True
        self._status = t(self._worded("reflection.saved"))
        self.say(self._status)
        session.changed()

    def on_delete(self, value: Any, form: dict[str, Any]) -> None:
        session = self._trainee()
        try:
            progress = session.store.progress(session.trainee_id)
            for note in progress.notes:
                if note.module == self.module and note.reflection_id == self.reflection_id:
                    session.store.delete_note(session.trainee_id, note.id)
        except TraineeGone:
            session.gone()
            raise UserError(problem_message(session)) from None
        self.saved = False
        self._saved_text = None
        self._status = t("reflection.deleted")
        self.say(self._status)
        session.changed()
