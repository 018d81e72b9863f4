"""Join codes, participant tokens and generated nicknames.

A join code is read off a projector and typed on a phone: five characters from
an alphabet without look-alikes (no 0/O, 1/I/L, no vowels that spell words by
accident beyond a few), case and spaces ignored. 31⁵ ≈ 28.6 million codes.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable

from widgets.strings import t

__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "hash_token",
    "new_code",
    "new_token",
    "nickname_choices",
    "normalise_code",
    "pick_nickname",
]

#: Upper-case letters and digits that cannot be mistaken for one another.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 5
_STRIP = re.compile(r"[\s\-_.]+")


def new_code() -> str:
    """A random join code, e.g. ``K7MPX``."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: object) -> str | None:
    """The code as typed, upper-cased without spaces or dashes; ``None`` if it cannot be one."""
    if not isinstance(text, str):
        return None
    code = _STRIP.sub("", text).upper()[: CODE_LENGTH + 5]
    # People type O for 0 and I/L for 1 and the other way round; none of them
    # is in the alphabet, so a code with them is simply wrong.
    if len(code) != CODE_LENGTH or any(c not in ALPHABET for c in code):
        return None
    return code


def new_token() -> str:
    """A secret that lets a participant's page (or the projector page) come back."""
    return secrets.token_urlsafe(24)


def hash_token(token: str) -> str:
    """What the database keeps of a token: its SHA-256, never the token itself."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _words(key: str) -> list[str]:
    return [w.strip() for w in t(key).split(",") if w.strip()]


def nickname_choices() -> list[str]:
    """Every nickname the course can give, e.g. «Rolig oter» (adjective + animal)."""
    return [
        f"{a} {n}"
        for a in _words("seminar.nick.adjectives")
        for n in _words("seminar.nick.animals")
    ]


def pick_nickname(taken: Iterable[str]) -> str:
    """A random nickname not in ``taken``; numbered when every one is used."""
    used = set(taken)
    free = [n for n in nickname_choices() if n not in used]
    if free:
        return secrets.choice(free)
    base = secrets.choice(nickname_choices())
    n = 2
    while f"{base} {n}" in used:
        n += 1
    return f"{base} {n}"
