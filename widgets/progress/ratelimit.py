"""How long a wrong course key makes the next check wait, for everyone.

Wrong keys are counted in the database (only their times: no IP, nothing
about the key), because every page is a kernel of its own and someone
guessing would simply open a new page. The first :data:`FREE_FAILURES` in
:data:`WINDOW` cost nothing, so a trainee who mistypes is never slowed; after
that each further one doubles the wait after the latest failure, up to
:data:`MAX_WAIT` seconds. While a wait runs, keys are not checked at all.

At most about one key per :data:`MAX_WAIT` seconds can then be tried, around
the clock: ≈ 1,440 a day, ≈ 530,000 a year, against ≈ 9.9 × 10¹¹ keys
(``docs/progress.md`` works the numbers through). The price is that somebody
guessing also slows honest trainees on the same server by up to a minute;
we choose that over storing who tried.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

__all__ = ["FREE_FAILURES", "MAX_WAIT", "WINDOW", "wait_before_check"]

WINDOW = timedelta(minutes=15)
FREE_FAILURES = 10
MAX_WAIT = 60.0


def wait_before_check(recent: Sequence[datetime], now: datetime) -> float:
    """Seconds to wait before a key is checked, given the failures within :data:`WINDOW`.

    ``recent`` holds the failure times after ``now - WINDOW``, oldest first.
    """
    extra = len(recent) - FREE_FAILURES
    if extra < 0:
        return 0.0
    wait = min(2.0 ** (extra + 1), MAX_WAIT)
    return max(0.0, (recent[-1] + timedelta(seconds=wait) - now).total_seconds())
