"""The trainee's progress on the pages: the landing page's overview and a box per lesson.

- :class:`CourseHome` (``course/index.ipynb``): why there is no login, entering
  a key ("Har du en nøkkel?") or asking for one ("Gi meg en nøkkel"), progress
  bars through Studie → Seminar → Kurs, "Fortsett der du slapp", every page
  with links that carry the key, saved notes, exports (CSV, xAPI), the
  certificate of the Kurs stage, and "Slett mine data".
- :class:`PageProgress` (``PageProgress("studie/prinsippene.ipynb")`` at the end
  of a lesson page): what is done on this page and "Jeg er ferdig med denne siden".

Both read the course key through :func:`widgets.progress.session.page_session`
the first time they render, never at import. The key is private state of the
kernel; a page can only send ``request`` (LiveView), so it cannot switch the
view to someone else's trainee.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, ClassVar

import traitlets

from widgets.content import catalog
from widgets.content.models import Course
from widgets.progress import course as progress_course
from widgets.progress.notes import NoteUnreadable, decrypt_note
from widgets.progress.session import KEY_PARAM, PageSession, page_session, with_key
from widgets.storage.errors import StorageError, TraineeGone
from widgets.storage.records import Progress
from widgets.strings import t
from widgets.ui.coursemap import relative_href
from widgets.ui.html import download_href
from widgets.ui.live import LiveView, UserError, render_template
from widgets.ui.tracking import problem_message, require_trainee

__all__ = ["CourseHome", "PageProgress"]

log = logging.getLogger("verksted.progress")

HOME = "index.ipynb"


def _course() -> Course | None:
    try:
        return catalog.course()
    except catalog.ContentError:
        log.exception("course.yaml cannot be read")
        return None


def _stage_title(course: Course, stage: str) -> str:
    return next((s.title for s in course.stages if s.id == stage), stage.capitalize())


class _ProgressView(LiveView):
    """Shared: the page session, re-rendering when progress changes on this page."""

    def __init__(self, *, session: PageSession | None = None, **kwargs: Any) -> None:
        self._session = session
        super().__init__(**kwargs)
        self.session.subscribe(self._changed)

    @property
    def session(self) -> PageSession:
        return self._session or page_session()

    def _changed(self) -> None:
        self.refresh()

    def _progress(self) -> Progress | None:
        """The trainee's progress, or ``None`` (none, or deleted elsewhere: the session says)."""
        session = self.session
        if not session.active:
            return None
        try:
            return session.store.progress(session.trainee_id)
        except TraineeGone:
            session.gone()
        return None

    def close(self) -> None:
        self.session.unsubscribe(self._changed)
        super().close()


# ---------------------------------------------------------------------------
# The box at the end of a lesson page
# ---------------------------------------------------------------------------


class PageProgress(_ProgressView):
    """Progress on one page and "Jeg er ferdig med denne siden" (``here``: path in ``course/``)."""

    actions: ClassVar[frozenset[str]] = frozenset({"done", "undo"})

    page = traitlets.Unicode(help="The page's path relative to course/.").tag(sync=True)
    completed = traitlets.Bool(False, help="Whether the trainee marked this page as done.").tag(
        sync=True
    )

    def __init__(self, here: str, *, session: PageSession | None = None, **kwargs: Any) -> None:
        super().__init__(page=here, session=session, **kwargs)
        self.session.page = here
        try:
            self.session.resolve()
        except Exception:
            log.exception("the course key could not be read")
        self.refresh()

    def _info(self) -> Any:
        course = _course()
        return (course, progress_course.page_info(course, self.page)) if course else (None, None)

    def render(self) -> str:
        session = self.session
        course, info = self._info()
        lesson = info is not None and info.kind == "lesson" and info.stage in progress_course.STAGES
        progress = self._progress() if lesson else None
        key = session.key
        plays = answered = right = 0
        if progress is not None:
            stage = info.stage
            played = {p.scenario_id for p in progress.plays if p.stage == stage}
            plays = sum(1 for s in session.scenarios if s in played)
            mine = [
                a for a in progress.answers if a.stage == stage and a.quiz_id in session.quizzes
            ]
            answered, right = len(mine), sum(a.outcome == "right" for a in mine)
            self.completed = self.page in progress.pages
        nxt = None
        if course is not None and info is not None:
            pages = progress_course.lesson_pages(course)
            later = [p for p in pages if course.pages.index(p) > course.pages.index(info)]
            nxt = later[0] if later else None
        return render_template(
            "page_progress.html.j2",
            active=progress is not None,
            lesson=lesson,
            problem=problem_message(session),
            completed=self.completed,
            scenarios=len(session.scenarios),
            plays=plays,
            quiz_total=sum(session.quizzes.values()),
            answered=answered,
            right=right,
            home_href=with_key(relative_href(self.page, HOME), key),
            next_page={
                "title": nxt.title,
                "href": with_key(relative_href(self.page, nxt.path), key),
            }
            if nxt
            else None,
            error=self.error,
        )

    def _write(self, fn: Any) -> None:
        session = require_trainee(self.session, "progress.page.no_key")
        try:
            fn(session.trainee_id)
        except TraineeGone:
            session.gone()
            raise UserError(problem_message(session)) from None
        except StorageError:
            log.exception("page progress not stored")
            raise UserError(t("progress.not_saved")) from None

    def on_done(self, value: Any, form: dict[str, Any]) -> None:
        _, info = self._info()
        if info is None:
            raise UserError(t("progress.page.not_lesson"))
        self._write(
            lambda tid: self.session.store.complete_page(tid, self.page, info.stage, info.module)
        )
        self.completed = True
        self.say(t("progress.page.done"))

    def on_undo(self, value: Any, form: dict[str, Any]) -> None:
        self._write(lambda tid: self.session.store.uncomplete_page(tid, self.page))
        self.completed = False


# ---------------------------------------------------------------------------
# The landing page
# ---------------------------------------------------------------------------


class CourseHome(_ProgressView):
    """The landing page's key, progress and map (``CourseHome()`` in ``index.ipynb``)."""

    actions: ClassVar[frozenset[str]] = frozenset(
        {
            "enter",
            "create",
            "forget",
            "delete",
            "delete-confirm",
            "delete-cancel",
            "note-delete",
            "csv",
            "xapi",
            "certificate",
            "new-after-delete",
        }
    )

    screen = traitlets.Enum(
        ["start", "home", "deleted"], "start", help="No key yet, a key in use, or just deleted."
    ).tag(sync=True)
    url_params = traitlets.Dict(
        help="Query parameters live.js keeps in the address bar: the key, so a bookmark resumes."
    ).tag(sync=True)

    def __init__(self, *, session: PageSession | None = None, **kwargs: Any) -> None:
        self._fresh = False  # the key was made just now: show it prominently
        self._confirm = False
        self._typed = ""
        self._exports: dict[str, str] = {}
        self._certificate = False
        self._note_messages: dict[int, str] = {}
        super().__init__(session=session, **kwargs)
        self.session.page = HOME
        try:
            self.session.resolve()
        except Exception:
            log.exception("the course key could not be read")
        self._sync()
        self.refresh()

    @staticmethod
    def prepare() -> None:
        """Warm up before the request (a preheated kernel): the templates.

        Not the database: most visitors have no course key, and loading
        SQLAlchemy in every pooled landing-page kernel costs about 14 MB each;
        a visitor with a key pays that once, when the key is checked.
        """
        try:
            render_template("course_home.html.j2", **_empty_context())
        except Exception:
            log.exception("landing page: warm-up failed")

    def _sync(self) -> None:
        session = self.session
        if session.active:
            self.screen = "home"
            self.url_params = {KEY_PARAM: session.key}
        else:
            if self.screen == "home":
                self.screen = "start"
            self.url_params = {KEY_PARAM: ""}

    def _changed(self) -> None:
        self._sync()
        super()._changed()

    # -- rendering -----------------------------------------------------------
    def render(self) -> str:
        session = self.session
        course = _course()
        if course is None:
            return render_template("error.html.j2", message=t("error.content_missing"))
        progress = self._progress() if self.screen == "home" else None
        if self.screen == "home" and progress is None:
            self.screen = "start"
            self.url_params = {KEY_PARAM: ""}
        key = session.key if progress is not None else None
        done = progress.pages if progress is not None else {}
        stages = progress_course.stage_progress(course, done)
        nxt = progress_course.next_page(course, done, progress.last_page() if progress else None)
        return render_template(
            "course_home.html.j2",
            screen=self.screen,
            key=key,
            fresh=self._fresh,
            typed=self._typed,
            problem=problem_message(session) if self.screen == "start" else "",
            stages=stages,
            next_page={
                "title": nxt.title,
                "stage": _stage_title(course, nxt.stage),
                "href": with_key(nxt.path, key),
            }
            if nxt
            else None,
            first_page=bool(progress is not None and not done),
            course_map=self._map(course, done, key),
            plays=self._plays(course, progress),
            quizzes=self._quizzes(course, progress),
            notes=self._notes(progress),
            exports={"csv": self._exports.get("csv", ""), "xapi": self._exports.get("xapi", "")},
            certificate=self._certificate_context(course, stages) if self._certificate else None,
            kurs_complete=any(s.id == "kurs" and s.complete for s in stages),
            confirm=self._confirm,
            error=self.error,
        )

    @staticmethod
    def _map(course: Course, done: dict[str, Any], key: str | None) -> list[dict[str, Any]]:
        return [
            {
                "title": s.title,
                "summary": s.summary,
                "pages": [
                    {
                        "title": p.title,
                        "summary": p.summary,
                        "href": with_key(p.path, key),
                        "done": p.path in done,
                    }
                    for p in course.pages
                    if p.stage == s.id
                ],
            }
            for s in course.stages
        ]

    @staticmethod
    def _plays(course: Course, progress: Progress | None) -> list[dict[str, Any]]:
        if progress is None:
            return []
        latest: dict[tuple[str, str], Any] = {}
        for play in progress.plays:
            latest[(play.scenario_id, play.stage)] = play
        out = []
        for (scenario_id, stage), play in latest.items():
            try:
                title = catalog.scenario(scenario_id).title
            except catalog.ContentError:
                title = scenario_id
            out.append(
                {
                    "title": title,
                    "stage": _stage_title(course, stage),
                    "good": play.verdicts.get("god", 0),
                    "choices": sum(play.verdicts.values()),
                    "times": sum(
                        1
                        for p in progress.plays
                        if (p.scenario_id, p.stage) == (scenario_id, stage)
                    ),
                }
            )
        return out

    @staticmethod
    def _quizzes(course: Course, progress: Progress | None) -> list[dict[str, Any]]:
        if progress is None:
            return []
        groups: dict[tuple[str, str], list[Any]] = {}
        for a in progress.answers:
            groups.setdefault((a.quiz_id, a.stage), []).append(a)
        out = []
        for (quiz_id, stage), answers in groups.items():
            try:
                quiz = catalog.quiz(quiz_id)
                title, total = quiz.title, len(quiz.questions)
            except catalog.ContentError:
                title, total = quiz_id, len(answers)
            out.append(
                {
                    "title": title,
                    "stage": _stage_title(course, stage),
                    "total": total,
                    "right": sum(a.outcome == "right" for a in answers),
                    "answered": len(answers),
                }
            )
        return out

    def _notes(self, progress: Progress | None) -> list[dict[str, Any]]:
        if progress is None or not progress.notes:
            return []
        key = self.session.notes_key()
        out = []
        for note in progress.notes:
            prompt = note.reflection_id
            try:
                module = catalog.module(note.module)
                prompt = next(
                    (r.prompt for r in module.reflections if r.id == note.reflection_id), prompt
                )
            except catalog.ContentError:
                pass
            try:
                text = decrypt_note(
                    key,
                    self.session.trainee_id,
                    f"{note.module}/{note.reflection_id}",
                    note.nonce,
                    note.ciphertext,
                )
            except NoteUnreadable:
                text = None
            out.append({"id": note.id, "prompt": prompt, "text": text})
        return out

    @staticmethod
    def _certificate_context(course: Course, stages: list[Any]) -> dict[str, Any]:
        today = date.today()
        months = t("progress.cert.months").split(",")
        return {
            "stages": ", ".join(s.title for s in stages if s.complete),
            "date": f"{today.day}. {months[today.month - 1].strip()} {today.year}",
            "course": course.title,
        }

    # -- actions ------------------------------------------------------------------
    def _active(self) -> PageSession:
        return require_trainee(self.session, "progress.key.empty")

    def on_enter(self, value: Any, form: dict[str, Any]) -> None:
        raw = form.get("key", value)
        self._typed = raw[:120] if isinstance(raw, str) else ""
        self._reset_views()
        if not self.session.enter(raw):
            self._sync()
            raise UserError(problem_message(self.session))
        self._typed = ""
        self._sync()
        self.say(t("progress.home.welcome_back"))

    def on_create(self, value: Any, form: dict[str, Any]) -> None:
        if self.session.active:
            return  # a double click: one key is enough
        self._reset_views()
        try:
            key = self.session.create()
        except StorageError:
            log.exception("no key could be made")
            raise UserError(t("progress.key.unavailable")) from None
        self._fresh = True
        self._sync()
        self.say(t("progress.home.created", code=key))

    def on_new_after_delete(self, value: Any, form: dict[str, Any]) -> None:
        self.screen = "start"
        self.on_create(value, form)

    def on_forget(self, value: Any, form: dict[str, Any]) -> None:
        self._reset_views()
        self.session.forget()
        self._sync()
        self.say(t("progress.home.forgotten"))

    def on_delete(self, value: Any, form: dict[str, Any]) -> None:
        self._active()
        self._confirm = True

    def on_delete_cancel(self, value: Any, form: dict[str, Any]) -> None:
        self._confirm = False

    def on_delete_confirm(self, value: Any, form: dict[str, Any]) -> None:
        session = self._active()
        if not self._confirm:
            return  # the confirmation step comes first
        session.store.delete(session.trainee_id)
        self._reset_views()
        session.forget()
        self.screen = "deleted"
        self._sync()
        self.say(t("progress.delete.done"))

    def on_note_delete(self, value: Any, form: dict[str, Any]) -> None:
        session = self._active()
        try:
            note_id = int(value)
        except (TypeError, ValueError):
            return
        try:
            session.store.delete_note(session.trainee_id, note_id)
        except TraineeGone:
            session.gone()
            raise UserError(problem_message(session)) from None
        self.say(t("progress.home.note_deleted"))
        session.changed()

    def on_csv(self, value: Any, form: dict[str, Any]) -> None:
        from widgets.progress.export import csv_bytes

        progress = self._progress()
        if progress is None:
            raise UserError(problem_message(self.session) or t("progress.key.empty"))
        self._exports["csv"] = download_href(csv_bytes(progress), "text/csv;charset=utf-8")
        self.say(t("progress.export.ready"))

    def on_xapi(self, value: Any, form: dict[str, Any]) -> None:
        import json

        from widgets.progress import keys, xapi

        progress = self._progress()
        if progress is None:
            raise UserError(problem_message(self.session) or t("progress.key.empty"))
        statements = xapi.statements(progress, keys.pseudonym(self.session.key))
        data = json.dumps(statements, ensure_ascii=False, indent=2).encode("utf-8")
        self._exports["xapi"] = download_href(data, "application/json")
        self.say(t("progress.export.ready"))

    def on_certificate(self, value: Any, form: dict[str, Any]) -> None:
        self._active()
        self._certificate = True
        self.say(t("progress.cert.ready"))

    def _reset_views(self) -> None:
        self._fresh = False
        self._confirm = False
        self._exports = {}
        self._certificate = False


def _empty_context() -> dict[str, Any]:
    return {
        "screen": "start",
        "key": None,
        "fresh": False,
        "typed": "",
        "problem": "",
        "stages": [],
        "next_page": None,
        "first_page": False,
        "course_map": [],
        "plays": [],
        "quizzes": [],
        "notes": [],
        "exports": {"csv": "", "xapi": ""},
        "certificate": None,
        "kurs_complete": False,
        "confirm": False,
        "error": "",
    }
