"""What the page's URL carried: query parameters, in Voilà and in JupyterLab.

Voilà gives a kernel its request's query string through the environment; a
preheated kernel (started before anyone asked for the page) waits for it at the
first call, so pages call :func:`query_params` only in the cell that needs it,
after their imports. Later calls return what the first one received: Voilà
hands the request to a waiting kernel only once, so a second wait would never
end. In JupyterLab there is no request: the result is empty.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs

__all__ = ["MAX_VALUE", "query_params"]

#: Longer values are cut: no parameter this course reads is longer.
MAX_VALUE = 200


_received: str | None = None


def _query_string() -> str:
    global _received  # noqa: PLW0603 - one request per kernel
    if os.environ.get("VOILA_PREHEAT") == "True":
        if _received is None:
            from voila.utils import get_query_string

            _received = get_query_string() or ""
        return _received
    return os.environ.get("QUERY_STRING", "")


def query_params() -> dict[str, str]:
    """The page's query parameters (first value of each), cut to :data:`MAX_VALUE`."""
    try:
        parsed = parse_qs(_query_string(), keep_blank_values=False, max_num_fields=20)
    except ValueError:  # too many fields: a hostile URL, treat as none
        return {}
    return {k[:MAX_VALUE]: v[0][:MAX_VALUE] for k, v in parsed.items() if v}
