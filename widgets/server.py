"""Server-side pieces the Voilà configuration (``voila.json``, ``voila.py``) points at."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from jupyter_core.utils import ensure_async
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado.web import HTTPError
from tornado.websocket import WebSocketHandler
from traitlets import Float
from voila.utils import create_include_assets_functions
from voila.voila_identity_provider import VoilaIdentityProvider

from widgets.content import catalog
from widgets.navigation import PageContext, page_context
from widgets.seminar import access
from widgets.strings import DEFAULT, language, strings

__all__ = [
    "SECURITY_HEADERS",
    "CourseIdentityProvider",
    "NotFoundHandler",
    "PacedKernelManager",
    "StartPacer",
    "page_config_hook",
    "template_context",
    "template_strings",
    "tornado_settings",
]

log = logging.getLogger("verksted")


class StartPacer:
    """Hands out start times at least ``interval`` seconds apart, first come first served.

    ``await pacer.wait()`` returns at the caller's turn; callers never wait on
    each other's work, only on the clock, so one slow start does not hold up
    the next.
    """

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._next = float("-inf")

    def turn(self) -> float:
        """Reserve the next start time (on ``clock``) and return it."""
        at = max(self._clock(), self._next)
        self._next = at + self.interval
        return at

    async def wait(self) -> float:
        """Wait for the next turn; returns how long that was (seconds)."""
        delay = max(0.0, self.turn() - self._clock())
        if delay:
            await asyncio.sleep(delay)
        return delay


class PacedKernelManager(AsyncMappingKernelManager):
    """Voilà's kernel manager base, replacing used pooled kernels one at a time.

    When a room of 40 phones has taken 40 preheated kernels, Voilà starts 40
    replacements at once (``fill_delay`` after they were taken). Each costs
    about a second of CPU in the kernel and in Voilà's server (it runs and
    renders the notebook), so for half a minute the two cores are taken and
    answers reach the facilitator's dashboard seconds late (measured: p95 2.1 s,
    single answers 13 s, against 0.3 s when the replacements wait). Here the
    replacements start ``preheat_interval`` seconds apart, which leaves CPU for
    the pages in use.

    The pools' first filling, when the server starts and no page is in use yet,
    is not paced (a paced start of 44 kernels would leave the landing page's
    pool waiting behind the join page's for over a minute); neither are kernels
    for pages without a pool.

    ``voila.json``: ``VoilaConfiguration.multi_kernel_manager_class``; Voilà
    builds its pooling manager on top of this class.
    """

    preheat_interval = Float(
        1.5,
        config=True,
        help="Seconds between the starts of two replacement pooled kernels; 0: all at once.",
    )
    startup_grace = Float(
        10.0,
        config=True,
        help="Pooled kernels asked for within this many seconds of the first one "
        "(the pools' first filling) start at once.",
    )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._pacer = StartPacer(self.preheat_interval)
        self._first_fill: float | None = None
        self._stopping: set[str] = set()

    async def shutdown_kernel(
        self, kernel_id: str, now: bool = False, restart: bool = False
    ) -> None:
        """End a kernel; a request for a kernel that is gone or going is a no-op.

        A page that is left sends up to two shutdown requests for its kernel:
        Voilà's front end from its ``beforeunload`` handler (once it has
        connected) and the course's ``verksted.js`` from ``beforeunload`` or
        ``pagehide`` (always, because only then is no page ever left without
        one). Voilà's handler passes both here; without this the second one
        raised a KeyError (an HTTP 500 and a traceback in the log).
        """
        if not restart:
            if kernel_id in self._stopping or kernel_id not in self:
                self.log.debug("Kernel %s is already shut down or shutting down", kernel_id)
                return
            self._stopping.add(kernel_id)
        try:
            await super().shutdown_kernel(kernel_id, now=now, restart=restart)
        finally:
            if not restart:
                self._stopping.discard(kernel_id)

    async def start_kernel(self, *args: Any, **kwargs: Any) -> str:
        env = kwargs.get("env") or {}
        if env.get("VOILA_PREHEAT") == "True" and self.preheat_interval > 0:
            now = time.monotonic()
            if self._first_fill is None:
                self._first_fill = now
            if now - self._first_fill > self.startup_grace:
                waited = await self._pacer.wait()
                if waited:
                    self.log.debug("Pooled kernel start paced by %.1f s", waited)
            else:
                self.log.debug(
                    "Pooled kernel start %.1f s into the first filling", now - self._first_fill
                )
        return await super().start_kernel(*args, **kwargs)


class CourseIdentityProvider(VoilaIdentityProvider):
    """Voilà's identity provider, plus an XSRF cookie on every page.

    When a page is closed, Voilà's front end asks the server to shut the page's
    kernel down with a POST that carries the ``_xsrf`` cookie's value. Voilà
    never sets that cookie on notebook pages, so the request is refused (403)
    and kernels pile up until culled (voila-dashboards/voila#1458). Reading
    ``handler.xsrf_token`` sets the cookie; the check itself stays on.
    """

    async def get_user(self, handler: Any) -> Any:
        user = await ensure_async(super().get_user(handler))
        if handler.request.method == "GET" and not isinstance(handler, WebSocketHandler):
            # xsrf_token reads current_user (for the cookie's lifetime), so set it
            # first, exactly as jupyter_server's prepare() does right after us.
            handler.current_user = user
            handler.xsrf_token  # noqa: B018 - the property sets the cookie
        return user


# -- the course's own Voilà template ------------------------------------------

#: Sent with every page Voilà renders. The Content-Security-Policy is what keeps
#: visitors' browsers from contacting anyone but this server (no CDN, no
#: analytics): Voilà's front end needs inline scripts, ``eval`` (its module
#: loader), ``blob:`` scripts (anywidget's modules) and ``data:`` fonts/images.
SECURITY_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    ),
}


def template_strings() -> dict[str, str]:
    """The UI strings the template shows (keys ``web.*``), in the course's language."""
    table = {**strings(DEFAULT), **strings(language())}
    return {k: v for k, v in table.items() if k.startswith("web.")}


def template_context(notebook_path: str) -> dict[str, Any]:
    """What the template needs for one page: where it sits in the course, and the strings."""
    try:
        page = page_context(notebook_path).as_dict()
    except Exception:  # broken course.yaml: the page still renders, with a plain header
        log.exception("no navigation for %s", notebook_path)
        empty = PageContext(path=notebook_path, course_title="", page_title="", in_course=False)
        page = empty.as_dict()
    return {"page": page, "t": template_strings()}


def page_config_hook(page_config: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """``VoilaConfiguration.page_config_hook``: hand the template its page context.

    Voilà calls it for every rendering, including the ones that fill preheated
    kernel pools, with ``notebook_path`` relative to ``course/``. The template
    takes the ``verksted`` entry out again before the page config is sent to
    the browser.
    """
    return {**page_config, "verksted": template_context(kwargs.get("notebook_path") or "")}


#: Short addresses the server forwards (relative to its base URL): what a room
#: types from the screen, ``HOST/bli-med``. The query string is kept.
SHORT_LINKS: dict[str, str] = {access.SHORT_PATH: f"voila/render/{access.JOIN_PAGE}"}


class NotFoundHandler(JupyterHandler):
    """Any address Voilà has no handler for: the course's Norwegian 404 page.

    Without it tornado answers such requests with its own English page. The
    short links (:data:`SHORT_LINKS`) are forwarded here too: Voilà has no
    hook for extra routes, and these are addresses it would otherwise not know.
    """

    async def prepare(self) -> None:
        await super().prepare()
        base = self.base_url or "/"
        path = self.request.path
        if path.startswith(base) and self.request.method in {"GET", "HEAD"}:
            target = SHORT_LINKS.get(path[len(base) :].strip("/").lower())
            if target is not None:
                query = self.request.query
                self.redirect(base + target + (f"?{query}" if query else ""))
                return
        raise HTTPError(404)

    def render_template(self, name: str, **ns: Any) -> str:
        # As Voilà's own handlers do: the course template's error page, and its
        # asset functions (include_css) for the configured template.
        app = self.settings.get("voila")
        template = (
            getattr(getattr(app, "voila_configuration", None), "template", None) or "verksted"
        )
        env = self.settings.get("voila_jinja2_env") or self.settings["jinja2_env"]
        ns = {
            **ns,
            **self.template_namespace,
            **create_include_assets_functions(template, self.base_url),
        }
        return env.get_template(name).render(**ns)


#: Where Voilà serves the JupyterLab extensions (widget managers, anywidget).
LABEXTENSIONS_PATH = "/voila/labextensions/"


def tornado_settings() -> dict[str, Any]:
    """``Voila.tornado_settings``: security headers, error pages and their strings."""
    return {
        "headers": dict(SECURITY_HEADERS),
        "default_handler_class": NotFoundHandler,
        # jupyter_server passes these to every page it renders from a template,
        # which for Voilà means the error pages and the folder listing.
        "jinja_template_vars": {"vk": {"t": template_strings(), "course_title": _course_title()}},
        # Voilà serves the widget extensions with "no-cache", so every page view
        # asks again for each of their ~15 files before a widget can show. Every
        # file a page loads from there is named by its content (remoteEntry.<hash>.js,
        # <chunk>.<hash>.js, ?v=<hash>), so browsers may keep them. (Behind a proxy
        # with a base URL, the proxy sets this: deploy/nginx.conf.)
        "static_immutable_cache": [LABEXTENSIONS_PATH],
    }


def _course_title() -> str:
    try:
        return catalog.course().title
    except catalog.ContentError:
        log.exception("modules/course.yaml cannot be read")
        return ""
