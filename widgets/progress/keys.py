"""The personal course key: three words and two digits, e.g. ``rolig-elg-fjord-47``.

A key is easy to write down and to type on a phone, and hard to guess: the
words come from a list of 2,148 common Bokmål words without æ, ø and å
(``widgets/data/key_words.txt``), so there are 2,148³ × 100 ≈ 9.9 × 10¹¹ keys,
about 39.85 bits of entropy. Guessing is slowed down further by the rate limit
on wrong keys (:mod:`widgets.storage.progress`); ``docs/progress.md`` has the
figures.

What the database keeps of a key is :func:`key_hash`: HMAC-SHA256 with the
server secret over the key after scrypt. Without the secret the hash says
nothing; with it, trying every key still costs an scrypt each (about 0.1 s on
one core, so 10¹¹ core-seconds for all of them). The same scrypt output
derives the key that encrypts saved reflection notes (:func:`notes_key`) and
the pseudonym xAPI exports use (:func:`pseudonym`). Each is a different
derivation, so none of them reveals another.
"""

from __future__ import annotations

import difflib
import hashlib
import hmac
import math
import re
import secrets
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from widgets.progress.secret import server_secret

__all__ = [
    "DIGITS",
    "KeyEmpty",
    "KeyMalformed",
    "KeyProblem",
    "KeyUnknownWord",
    "entropy_bits",
    "key_hash",
    "new_key",
    "normalise_key",
    "notes_key",
    "pseudonym",
    "words",
]

_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "key_words.txt"
#: How many digits end a key.
DIGITS = 2
#: Typed input longer than this is not a key (nothing is looked up).
MAX_INPUT = 120
#: scrypt cost (2¹⁴, r=8: 16 MiB and about 0.1 s per key). Tests may lower it.
SCRYPT_N = 2**14
_SCRYPT_SALT = b"verksted/course-key/v1"
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "é": "e", "è": "e"})


@cache
def words() -> tuple[str, ...]:
    """The key words, in file order (comments and blank lines skipped)."""
    lines = _WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@cache
def _word_set() -> frozenset[str]:
    return frozenset(words())


def entropy_bits() -> float:
    """Bits of entropy of a random key: 3 × log2(words) + log2(100)."""
    return 3 * math.log2(len(words())) + DIGITS * math.log2(10)


def new_key() -> str:
    """A fresh random key, e.g. ``rolig-elg-fjord-47`` (``secrets``, not ``random``)."""
    chosen = [secrets.choice(words()) for _ in range(3)]
    number = "".join(secrets.choice("0123456789") for _ in range(DIGITS))
    return "-".join([*chosen, number])


# -- reading what someone typed ---------------------------------------------------


class KeyProblem(ValueError):
    """The text cannot be a key; the UI shows a message for each subclass."""


class KeyEmpty(KeyProblem):
    """Nothing was typed."""


class KeyMalformed(KeyProblem):
    """Not three words and two digits."""


@dataclass
class KeyUnknownWord(KeyProblem):
    """A word that is not in the list (``suggestion`` is the closest one, if any)."""

    word: str
    suggestion: str | None = None

    def __str__(self) -> str:
        return f"unknown word {self.word!r}"


def _segment(letters: str) -> list[list[str]]:
    """Every way to read ``letters`` as exactly three key words (for keys typed without spaces)."""
    found: list[list[str]] = []
    known = _word_set()
    for i in range(3, len(letters) - 5):
        first = letters[:i]
        if first not in known:
            continue
        for j in range(i + 3, len(letters) - 2):
            second, third = letters[i:j], letters[j:]
            if second in known and third in known:
                found.append([first, second, third])
    return found


def normalise_key(text: object) -> str:
    """The key in its written form (``rolig-elg-fjord-47``), from what someone typed.

    Case, spaces, hyphens, dots and other separators are ignored, æ/ø/å are
    read as ae/oe/aa, the digits may be typed apart (``4 7``) and the words
    together (``roligelgfjord``) when that can be read only one way. Raises a
    :class:`KeyProblem` subclass when the text cannot be a key.
    """
    if not isinstance(text, str) or not text.strip():
        raise KeyEmpty
    if len(text) > MAX_INPUT:
        raise KeyMalformed
    folded = unicodedata.normalize("NFKC", text).lower().translate(_FOLD)
    found_words = re.findall(r"[a-z]+", folded)
    digits = "".join(re.findall(r"[0-9]", folded))
    if len(digits) != DIGITS or not found_words:
        raise KeyMalformed
    if len(found_words) != 3:
        readings = _segment("".join(found_words)) if len(found_words) < 3 else []
        if len(readings) != 1:
            raise KeyMalformed
        found_words = readings[0]
    known = _word_set()
    for word in found_words:
        if word not in known:
            close = difflib.get_close_matches(word, words(), n=1, cutoff=0.75)
            raise KeyUnknownWord(word, close[0] if close else None)
    return "-".join([*found_words, digits])


# -- what is derived from a key -------------------------------------------------------


@lru_cache(maxsize=64)
def _stretched(key: str, n: int) -> bytes:
    return hashlib.scrypt(
        key.encode("utf-8"), salt=_SCRYPT_SALT, n=n, r=8, p=1, dklen=32, maxmem=64 * 1024 * 1024
    )


def _derive(key: str, label: bytes) -> bytes:
    return hmac.new(
        server_secret(), label + b"\0" + _stretched(key, SCRYPT_N), hashlib.sha256
    ).digest()


def key_hash(key: str) -> str:
    """What the database keeps of a (normalised) key: 64 hex digits."""
    return _derive(key, b"lookup").hex()


def notes_key(key: str) -> bytes:
    """The 256-bit AES key for this key's reflection notes (never stored)."""
    return _derive(key, b"notes")


def pseudonym(key: str) -> str:
    """A stable name for exports (xAPI account name) that reveals neither the key nor its hash."""
    return "vk-" + _derive(key, b"xapi").hex()[:20]
