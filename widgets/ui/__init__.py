"""The UI layer: the interactive pieces the course pages show.

Notebooks import from here, e.g. ``from widgets.ui import ScenarioPlayer``.
"""

from widgets.ui.coursemap import course_map
from widgets.ui.player import ScenarioPlayer
from widgets.ui.practice import PracticeBench
from widgets.ui.progress import CourseHome, PageProgress
from widgets.ui.quiz import QuizWidget
from widgets.ui.reflection import Reflection
from widgets.ui.text import show_text

__all__ = [
    "CourseHome",
    "PageProgress",
    "PracticeBench",
    "QuizWidget",
    "Reflection",
    "ScenarioPlayer",
    "course_map",
    "show_text",
]
