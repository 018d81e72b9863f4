"""Encryption of saved reflection notes (AES-256-GCM, ``cryptography``).

A note is encrypted with :func:`widgets.progress.keys.notes_key` — derived from
the course key and the server secret — and a fresh 96-bit nonce. The
associated data binds the ciphertext to its trainee and reflection, so a note
copied onto another row does not decrypt. The database alone therefore cannot
reveal a note; the server can while a page holding the key is open (it must,
to show the note), which ``docs/progress.md`` says plainly.
"""

from __future__ import annotations

import os

__all__ = ["NoteUnreadable", "decrypt_note", "encrypt_note"]

NONCE_BYTES = 12


class NoteUnreadable(ValueError):
    """The note does not decrypt with this key (another key, or tampered with)."""


def _aad(trainee_id: int, reflection: str) -> bytes:
    return f"verksted-note/v1/{trainee_id}/{reflection}".encode()


def encrypt_note(key: bytes, trainee_id: int, reflection: str, text: str) -> tuple[bytes, bytes]:
    """``(nonce, ciphertext)`` for ``text``.

    An empty key is the static edition's device (``widgets.progress.device``): the
    note stays in the trainee's own browser as written, with no nonce.
    """
    if not key:
        return b"", text.encode("utf-8")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, text.encode("utf-8"), _aad(trainee_id, reflection))


def decrypt_note(
    key: bytes, trainee_id: int, reflection: str, nonce: bytes, ciphertext: bytes
) -> str:
    """The note's text; raises :class:`NoteUnreadable` when it does not decrypt."""
    if not key:
        try:
            return bytes(ciphertext).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise NoteUnreadable(reflection) from exc
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        plain = AESGCM(key).decrypt(bytes(nonce), bytes(ciphertext), _aad(trainee_id, reflection))
    except (InvalidTag, ValueError) as exc:
        raise NoteUnreadable(reflection) from exc
    return plain.decode("utf-8")
