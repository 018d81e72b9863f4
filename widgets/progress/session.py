"""The trainee of this page: the course key a page works with, found once per kernel.

Every Voilà page is a kernel of its own, and the key reaches it in the page's
address (``?nokkel=rolig-elg-fjord-47``) or is typed or made on the landing
page. :func:`page_session` is the one :class:`PageSession` of this kernel; it
reads the address only when something first needs the key (a scenario ends, the
progress box renders), never at import: a preheated kernel runs the notebook
before anyone asks for the page, and :func:`widgets.request.query_params` then
waits for the request.

Model layer: no widgets here. Views subscribe with :meth:`PageSession.subscribe`
to hear when the trainee's progress changed in this page.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from widgets.progress import keys
from widgets.progress.secret import SecretError
from widgets.storage.errors import KeyNotFound, KeyThrottled, StorageError, TraineeGone

if TYPE_CHECKING:
    from widgets.storage.progress import ProgressStore

__all__ = [
    "KEY_PARAM",
    "PageSession",
    "Problem",
    "key_query",
    "page_from_environment",
    "page_session",
    "reset_page_session",
    "with_key",
]

log = logging.getLogger("verksted.progress")

#: The query parameter that carries the course key from page to page.
KEY_PARAM = "nokkel"


@dataclass(frozen=True)
class Problem:
    """Why there is no trainee on this page: a kind the UI has a message for."""

    kind: str  # empty | malformed | unknown_word | not_found | deleted | throttled | unavailable
    word: str = ""
    suggestion: str = ""
    seconds: int = 0


def key_query(key: str | None) -> str:
    """``?nokkel=…`` for links, or ``""`` without a key."""
    return f"?{KEY_PARAM}={quote(key)}" if key else ""


def with_key(href: str, key: str | None) -> str:
    """A link to a course page that carries the key."""
    if not key:
        return href
    return href + ("&" if "?" in href else "?") + f"{KEY_PARAM}={quote(key)}"


def page_from_environment() -> str | None:
    """The notebook path (relative to ``course/``) Voilà is rendering, if it says."""
    for name in ("SCRIPT_NAME", "VOILA_REQUEST_URL"):
        value = os.environ.get(name, "")
        if "/voila/render/" in value:
            path = unquote(value.split("/voila/render/", 1)[1].split("?", 1)[0])
            if path.endswith(".ipynb") and ".." not in path:
                return path
    return None


class PageSession:
    """The course key of one page (kernel), the trainee it belongs to, and listeners."""

    #: Whether progress stays in the trainee's browser (the static edition) rather
    #: than on the server under a key; widgets word what they say by it.
    on_device = False

    def __init__(self, store_factory: Callable[[], ProgressStore] | None = None) -> None:
        self._store_factory = store_factory
        self._store: ProgressStore | None = None
        self.key: str | None = None
        self.trainee_id: int | None = None
        self.problem: Problem | None = None
        self.page: str | None = None
        self._resolved = False
        self._listeners: list[Callable[[], None]] = []
        #: What this page shows (the widgets register themselves): scenario ids,
        #: and quiz id → number of questions. The page's progress box counts them.
        self.scenarios: list[str] = []
        self.quizzes: dict[str, int] = {}

    # -- the store ---------------------------------------------------------------
    @property
    def store(self) -> ProgressStore:
        if self._store is None:
            if self._store_factory is None:
                # Only now: a page without a course key never loads SQLAlchemy.
                from widgets.storage.progress import ProgressStore

                self._store_factory = ProgressStore
            self._store = self._store_factory()
        return self._store

    # -- finding the key ------------------------------------------------------------
    def resolve(self) -> PageSession:
        """Read the key from the page's address once (later calls return at once)."""
        if self._resolved:
            return self
        self._resolved = True
        from widgets.request import query_params

        raw = query_params().get(KEY_PARAM)
        if raw is not None and self.trainee_id is None:
            self.enter(raw)
        if self.page is None:
            self.page = page_from_environment()
        return self

    def enter(self, raw: object) -> bool:
        """Use the key someone typed or followed a link with; ``False`` with :attr:`problem` set."""
        self._resolved = True
        self.key, self.trainee_id, self.problem = None, None, None
        try:
            key = keys.normalise_key(raw)
        except keys.KeyEmpty:
            self.problem = Problem("empty")
            return False
        except keys.KeyUnknownWord as exc:
            self.problem = Problem("unknown_word", exc.word[:40], exc.suggestion or "")
            return False
        except keys.KeyProblem:
            self.problem = Problem("malformed")
            return False
        try:
            trainee_id = self.store.check(keys.key_hash, key)
        except KeyThrottled as exc:
            self.problem = Problem("throttled", seconds=max(1, round(exc.seconds)))
            return False
        except KeyNotFound:
            self.problem = Problem("not_found")
            return False
        except (StorageError, SecretError) as exc:
            log.error("course key could not be checked: %s", exc)
            self.problem = Problem("unavailable")
            return False
        self.key, self.trainee_id = key, trainee_id
        self.changed()
        return True

    def create(self) -> str:
        """Make a new key and trainee; returns the key (shown once, to be written down)."""
        for _ in range(20):
            key = keys.new_key()
            try:
                trainee_id = self.store.create(keys.key_hash(key))
            except ValueError:  # pragma: no cover - 10¹¹ keys: a collision is a curiosity
                continue
            self._resolved = True
            self.key, self.trainee_id, self.problem = key, trainee_id, None
            self.changed()
            return key
        raise RuntimeError("no free course key found")  # pragma: no cover

    def forget(self) -> None:
        """Stop using the key on this page (nothing is deleted)."""
        self._resolved = True
        self.key, self.trainee_id, self.problem = None, None, None
        self.changed()

    def gone(self) -> None:
        """The trainee's data was deleted (here or in another tab)."""
        self.key, self.trainee_id = None, None
        self.problem = Problem("deleted")
        self.changed()

    @property
    def active(self) -> bool:
        return self.trainee_id is not None

    def notes_key(self) -> bytes:
        if self.key is None:
            raise TraineeGone(None)
        return keys.notes_key(self.key)

    # -- listeners ------------------------------------------------------------------
    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after the trainee or their progress changed on this page."""
        self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def changed(self) -> None:
        for callback in list(self._listeners):
            try:
                callback()
            except Exception:
                log.exception("a progress listener failed")


_session: PageSession | None = None


def page_session() -> PageSession:
    """This kernel's (page's) session; the key is read from the address on first need."""
    global _session  # noqa: PLW0603 - one page per kernel: the session is the kernel's
    if _session is None:
        from widgets.browser import in_browser

        if in_browser():  # the static edition: progress stays on the device
            from widgets.progress.device import DeviceSession

            _session = DeviceSession()
        else:
            _session = PageSession()
    return _session


def reset_page_session(session: PageSession | None = None) -> PageSession:
    """Start over with ``session`` (tests; a fresh one by default)."""
    global _session  # noqa: PLW0603
    _session = session or PageSession()
    return _session
