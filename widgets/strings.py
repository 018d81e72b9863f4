"""The user interface's words, kept in one place per language.

``widgets/data/strings/nb.yaml`` holds every Norwegian Bokmål string the UI
shows (course content lives in ``modules/``). A Nynorsk or English edition is a
copy of that file with the same keys; ``VERKSTED_LANG`` picks it.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from widgets.content import bundle

__all__ = ["available", "language", "strings", "t"]

_DIR = Path(__file__).resolve().parent / "data" / "strings"
DEFAULT = "nb"


def available() -> list[str]:
    """Languages with a strings file."""
    packed = bundle.data()
    if packed is not None:
        return sorted(packed["strings"])
    return sorted(p.stem for p in _DIR.glob("*.yaml"))


def language() -> str:
    lang = os.environ.get("VERKSTED_LANG", DEFAULT)
    return lang if lang in available() else DEFAULT


@cache
def strings(lang: str = DEFAULT) -> dict[str, str]:
    packed = bundle.data()
    if packed is not None:
        return dict(packed["strings"][lang])
    import yaml

    data = yaml.safe_load((_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


def t(key: str, **values: object) -> str:
    """The string ``key`` in the current language, with ``{name}`` filled in."""
    table = strings(language())
    text = table.get(key) or strings(DEFAULT).get(key)
    if text is None:
        raise KeyError(f"no UI string '{key}'")
    return text.format(**values) if values else text
