"""The static edition's browser (Pyodide): log to the browser's console.

Without a server, a log record written to ``stderr`` would land in the page as
a cell's output, so a trainee could see a traceback. In the browser the
course's log goes to the developer console instead (``console.warn``), where
it belongs; nothing is sent anywhere.
"""

from __future__ import annotations

import logging
import sys

__all__ = ["ConsoleHandler", "in_browser", "setup"]


def in_browser() -> bool:
    """True in Pyodide (the static edition), False in a kernel on a server."""
    return sys.platform == "emscripten"


class ConsoleHandler(logging.Handler):
    """Writes records to the browser's developer console."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            import js  # Pyodide's bridge to the page's JavaScript

            js.console.warn(self.format(record))
        except Exception:  # no console: the record is dropped, never shown on the page
            return


def setup() -> None:
    """Send every log record to the console (once), and none to ``stderr``."""
    root = logging.getLogger()
    if not any(isinstance(h, ConsoleHandler) for h in root.handlers):
        root.addHandler(ConsoleHandler())
    root.setLevel(logging.WARNING)
