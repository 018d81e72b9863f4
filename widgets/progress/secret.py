"""The server secret: what makes a stored key hash useless without the server.

The secret comes from ``VERKSTED_SECRET`` (set it on every server that shares
a PostgreSQL database: all must use the same one), or else from the file
``progress-secret`` in :func:`widgets.paths.state_dir`, created with 32 random
bytes and permissions 0600 the first time it is needed. Losing the secret makes
every course key unknown (the hashes no longer match), so back it up with the
database, but never in the same place.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import tempfile
import time
from functools import cache
from pathlib import Path

from widgets.paths import state_dir

__all__ = ["ENV_SECRET", "MIN_SECRET_BYTES", "SECRET_FILE", "secret_path", "server_secret"]

log = logging.getLogger("verksted.progress")

ENV_SECRET = "VERKSTED_SECRET"
SECRET_FILE = "progress-secret"
#: A secret given in the environment must have at least this many bytes (UTF-8).
MIN_SECRET_BYTES = 32


class SecretError(RuntimeError):
    """No usable server secret (too short in the environment, or the file unreadable)."""


def secret_path() -> Path:
    return state_dir() / SECRET_FILE


def _from_file(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Write a complete file under a temporary name, then link it into place:
        # link() fails if another process got there first, and nobody ever
        # reads a half-written secret.
        fd, tmp = tempfile.mkstemp(prefix=".secret-", dir=path.parent)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, secrets.token_hex(32).encode("ascii") + b"\n")
            os.fsync(fd)
            os.close(fd)
            try:
                os.link(tmp, path)
                log.info("created the server secret %s", path)
            except FileExistsError:
                pass
        finally:
            Path(tmp).unlink(missing_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("%s is readable by others (mode %o): chmod 600 it", path, mode)
    for _ in range(50):
        value = path.read_text(encoding="ascii").strip()
        if value:
            return bytes.fromhex(value)
        time.sleep(0.01)  # pragma: no cover - only an outside writer leaves it empty
    raise SecretError(f"{path} is empty")


@cache
def _secret(env_value: str, path: str) -> bytes:
    if env_value:
        raw = env_value.encode("utf-8")
        if len(raw) < MIN_SECRET_BYTES:
            raise SecretError(f"{ENV_SECRET} must be at least {MIN_SECRET_BYTES} bytes long")
        return raw
    try:
        return _from_file(Path(path))
    except (OSError, ValueError) as exc:
        raise SecretError(f"cannot read or create the server secret {path}: {exc}") from exc


def server_secret() -> bytes:
    """The server secret (from ``VERKSTED_SECRET`` or the secret file), cached per process."""
    return _secret(os.environ.get(ENV_SECRET, "").strip(), str(secret_path()))
