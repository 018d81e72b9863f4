"""Lesson pages per stage, a trainee's progress through them, and where to continue.

Only lesson pages (``kind: lesson`` in ``modules/course.yaml``) of the three
training stages count; tools (planners, seminar pages) and the landing page
do not. Model layer: plain data from the course structure and a
:class:`~widgets.storage.progress.Progress`.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Course, Page

__all__ = ["STAGES", "StageProgress", "lesson_pages", "next_page", "page_info", "stage_progress"]

#: The stages progress is shown for, in order (Studie → Seminar → Kurs).
STAGES = ("studie", "seminar", "kurs")


def lesson_pages(course: Course) -> list[Page]:
    """The pages that count towards progress, in course order."""
    return [p for p in course.pages if p.kind == "lesson" and p.stage in STAGES]


def page_info(course: Course, path: str) -> Page | None:
    """The course's entry for a notebook path (relative to ``course/``), if listed."""
    return next((p for p in course.pages if p.path == path), None)


@dataclass(frozen=True)
class StageProgress:
    id: str
    title: str
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def stage_progress(course: Course, done: set[str] | dict[str, object]) -> list[StageProgress]:
    """Pages completed out of the lesson pages, per stage."""
    titles = {s.id: s.title for s in course.stages}
    pages = lesson_pages(course)
    return [
        StageProgress(
            stage,
            titles.get(stage, stage.capitalize()),
            sum(1 for p in pages if p.stage == stage and p.path in done),
            sum(1 for p in pages if p.stage == stage),
        )
        for stage in STAGES
    ]


def next_page(
    course: Course, done: set[str] | dict[str, object], last: str | None = None
) -> Page | None:
    """Where to continue: the first unfinished lesson page after ``last`` (the page of
    the latest activity), or else the first unfinished one; ``None`` when all are done."""
    pages = lesson_pages(course)
    unfinished = [p for p in pages if p.path not in done]
    if not unfinished:
        return None
    paths = [p.path for p in course.pages]
    if last in paths:
        after = paths.index(last)
        later = [p for p in unfinished if paths.index(p.path) >= after]
        if later:
            return later[0]
    return unfinished[0]
