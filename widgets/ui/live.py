"""LiveView: a widget whose HTML is rendered in Python and patched in the page.

Every interactive piece of the course (scenario player, quiz, reflection, the
seminar pages) is a LiveView: Python renders escaped HTML from a Jinja template
into the ``html`` trait; a small front end (``static/live.js``) patches it into
the page, keeps focus and typed text, and reports what the user did through the
``request`` trait. One widget model per component keeps pages fast to open, and
the markup stays ordinary, accessible HTML (headings, lists, buttons, labels).

Errors in a handler are caught here, logged, and shown as a short Norwegian
message; a trainee never sees a traceback.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import anywidget
import jinja2
import traitlets

__all__ = ["LiveView", "render_template"]

log = logging.getLogger("verksted")

_HERE = Path(__file__).resolve().parent
ERROR_MESSAGE = (
    "Beklager, noe gikk galt her. Det du har gjort så langt er ikke tapt. "
    "Prøv igjen, eller last inn siden på nytt."
)


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    from widgets.ui import html as helpers

    env.filters.update(helpers.FILTERS)
    env.globals.update(helpers.GLOBALS)
    return env


def render_template(name: str, **context: Any) -> str:
    """Render one of the UI templates; every value is escaped unless marked safe."""
    return _env().get_template(name).render(**context)


class LiveView(anywidget.AnyWidget):
    """Base class: subclasses implement :meth:`render` and ``on_<action>`` methods.

    A subclass calls :meth:`refresh` at the end of its ``__init__``.
    """

    _esm = _HERE / "static" / "live.js"
    _css = _HERE / "static" / "live.css"

    html = traitlets.Unicode("", help="The rendered, escaped HTML of the view.").tag(sync=True)
    announce = traitlets.Unicode(
        "", help="Text for screen readers, spoken through an ARIA live region."
    ).tag(sync=True)
    request = traitlets.Dict(
        help="The latest user action from the front end: {action, value, form, seq}."
    ).tag(sync=True)
    error = traitlets.Unicode("", help="A short Norwegian error message, or empty.").tag(sync=True)
    variant = traitlets.Unicode("", help="A style variant class, e.g. 'projector'.").tag(sync=True)
    revision = traitlets.Int(0, help="Bumped on every render; the front end repaints on it.").tag(
        sync=True
    )

    #: Actions a subclass accepts; anything else from the front end is ignored.
    actions: ClassVar[frozenset[str]] = frozenset()

    # -- rendering -------------------------------------------------------
    def render(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def refresh(self) -> None:
        """Render again; a failure shows the error message instead of a traceback."""
        try:
            html = self.render()
        except Exception:
            log.exception("rendering %s failed", type(self).__name__)
            html = render_template("error.html.j2", message=ERROR_MESSAGE)
        with self.hold_sync():
            self.html = html
            self.revision += 1

    def say(self, text: str) -> None:
        """Announce ``text`` to screen readers (re-announces identical text)."""
        self.announce = ""
        self.announce = text

    # -- actions ---------------------------------------------------------
    def dispatch(self, action: str, value: Any = None, form: dict[str, Any] | None = None) -> None:
        """Handle a user action as if it came from the page (tests call this)."""
        if action not in self.actions:
            log.warning("ignored unknown action %r on %s", action, type(self).__name__)
            return
        self.error = ""
        try:
            getattr(self, f"on_{action.replace('-', '_')}")(value, form or {})
        except UserError as exc:
            self.error = str(exc)
            self.say(str(exc))
        except Exception:
            log.exception("action %r on %s failed", action, type(self).__name__)
            self.error = ERROR_MESSAGE
            self.say(ERROR_MESSAGE)
        self.refresh()

    @traitlets.observe("request")
    def _on_request(self, change: dict[str, Any]) -> None:
        req = change["new"]
        if not isinstance(req, dict) or not isinstance(req.get("action"), str):
            return
        form = req.get("form")
        self.dispatch(req["action"], req.get("value"), form if isinstance(form, dict) else None)


class UserError(Exception):
    """Bad input from the user: the message (Norwegian) is shown as it is."""


__all__ += ["UserError"]
