"""Server-side pieces the Voilà configuration (``voila.json``) points at."""

from __future__ import annotations

from typing import Any

from jupyter_core.utils import ensure_async
from tornado.websocket import WebSocketHandler
from voila.voila_identity_provider import VoilaIdentityProvider

__all__ = ["CourseIdentityProvider"]


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
