"""The course content as data: models, loading with line numbers, and checks."""

from widgets.content.catalog import ContentError
from widgets.content.check import Report, check_content
from widgets.content.loader import Problem

__all__ = ["ContentError", "Problem", "Report", "check_content"]
