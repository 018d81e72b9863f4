"""Who may run a seminar, and where participants join it.

The facilitator's passphrase is set by the server's operator in the
environment (``VERKSTED_FACILITATOR_PASSPHRASE``); without one, seminars cannot
be started. Attempts are compared in constant time, and wrong attempts are
slowed down for everyone: they are counted in the database, because every page
is a kernel of its own and an attacker would simply open a new page.

The join link is ``VERKSTED_JOIN_URL`` (the join page's full public address,
for a proxy that routes shared links its own way) or built from
``VERKSTED_PUBLIC_URL`` (the address people type to reach the course, e.g.
``https://kurs.example.no/``) or, without either, from the address the
facilitator's page was opened at (``VOILA_REQUEST_URL``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import quote, urlsplit

__all__ = [
    "ENV_JOIN_URL",
    "ENV_PASSPHRASE",
    "ENV_PUBLIC_URL",
    "JOIN_PAGE",
    "MIN_PASSPHRASE",
    "PROJECTOR_PAGE",
    "check_passphrase",
    "join_url",
    "passphrase_status",
    "qr_svg",
    "short_join_url",
    "wait_before_attempt",
]

ENV_PASSPHRASE = "VERKSTED_FACILITATOR_PASSPHRASE"
ENV_PUBLIC_URL = "VERKSTED_PUBLIC_URL"
ENV_JOIN_URL = "VERKSTED_JOIN_URL"
#: Pages, relative to the folder Voilà serves.
JOIN_PAGE = "seminar/delta.ipynb"
PROJECTOR_PAGE = "seminar/skjerm.ipynb"
#: The short address the room screen shows (``HOST/bli-med``): the server (and
#: the nginx example) forward it to the join page, query string included.
SHORT_PATH = "bli-med"
MIN_PASSPHRASE = 8

#: Wrong attempts within this window count; the first few are free.
WINDOW = timedelta(minutes=15)
FREE_ATTEMPTS = 5
MAX_WAIT = 60.0


def _configured() -> str:
    return os.environ.get(ENV_PASSPHRASE, "")


def passphrase_status() -> str:
    """``"ok"``, ``"missing"`` (not set) or ``"short"`` (under :data:`MIN_PASSPHRASE` chars)."""
    value = _configured().strip()
    if not value:
        return "missing"
    if len(value) < MIN_PASSPHRASE:
        return "short"
    return "ok"


def check_passphrase(attempt: object) -> bool:
    """Whether ``attempt`` is the configured passphrase (constant time; never with none set)."""
    if passphrase_status() != "ok" or not isinstance(attempt, str):
        return False
    # Compare digests, so the time taken does not depend on the lengths either.
    given = hashlib.sha256(attempt.strip().encode("utf-8")).digest()
    wanted = hashlib.sha256(_configured().strip().encode("utf-8")).digest()
    return hmac.compare_digest(given, wanted)


class FailureLog(Protocol):
    def failures_since(self, since: datetime) -> list[datetime]: ...


def wait_before_attempt(log: FailureLog, now: datetime) -> float:
    """Seconds to wait before the next attempt is even checked (0 when none).

    After :data:`FREE_ATTEMPTS` wrong attempts within :data:`WINDOW`, each
    further one doubles the wait after the latest failure, up to
    :data:`MAX_WAIT` seconds: slow enough to make guessing hopeless, short
    enough that a facilitator who mistyped is not locked out of a seminar.
    """
    recent = log.failures_since(now - WINDOW)
    extra = len(recent) - FREE_ATTEMPTS
    if extra < 0:
        return 0.0
    wait = min(2.0 ** (extra + 1), MAX_WAIT)
    remaining = (recent[-1] + timedelta(seconds=wait) - now).total_seconds()
    return max(0.0, remaining)


def _base_url() -> str | None:
    public = os.environ.get(ENV_PUBLIC_URL, "").strip()
    if public:
        return public.rstrip("/") + "/"
    request = os.environ.get("VOILA_REQUEST_URL", "").strip()
    if not request:
        return None
    parts = urlsplit(request)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    prefix = parts.path.split("/voila/render/", 1)[0] if "/voila/render/" in parts.path else ""
    return f"{parts.scheme}://{parts.netloc}{prefix.rstrip('/')}/"


def join_url(code: str) -> str | None:
    """The link participants open (the QR code's content), or ``None`` when unknown."""
    page = os.environ.get(ENV_JOIN_URL, "").strip()
    if page.startswith(("https://", "http://")):
        return f"{page}{'&' if '?' in page else '?'}kode={quote(code)}"
    base = _base_url()
    if base is None:
        return None
    return f"{base}voila/render/{JOIN_PAGE}?kode={quote(code)}"


def short_join_url() -> str | None:
    """The short address to type (``https://host/bli-med``), or ``None`` when unknown.

    Built from the same base as the join link (``VERKSTED_PUBLIC_URL`` or the
    facilitator's own address); the server forwards it to the join page, where
    the code is typed. The QR code keeps the full link with the code.
    """
    base = _base_url()
    return f"{base}{SHORT_PATH}" if base else None


def qr_svg(data: str) -> str:
    """A QR code for ``data`` as inline SVG markup (scaled by CSS)."""
    import segno  # only the facilitator's and the projector's pages draw QR codes

    qr = segno.make(data, error="m", micro=False)
    return qr.svg_inline(scale=1, border=2, dark="#000000", light="#ffffff", omitsize=True)
