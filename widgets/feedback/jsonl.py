"""The ``feedback`` command's line protocol: JSON Lines in, JSON Lines out.

Kept apart from the argument parsing so the benchmark and the tests run the
very same code the command runs.
"""

from __future__ import annotations

import io
import json
from typing import IO, Any

from .engine import check
from .lang import LANGS

__all__ = ["process_line", "process_stream"]


class _LineError(Exception):
    """A line that cannot be used; becomes ``{"id": ..., "error": ...}``."""

    def __init__(self, ident: Any, why: str) -> None:
        super().__init__(why)
        # Echo only a JSON scalar id; anything else could not be matched anyway.
        if not isinstance(ident, str | int | float) or isinstance(ident, bool):
            ident = None
        self.ident = ident
        self.why = why


def _is_unicode(value: str) -> bool:
    # JSON may carry lone surrogate escapes ("\\ud800"); they are no text and
    # could not be written back as UTF-8.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _request(raw: bytes | str) -> tuple[str, str, str | None]:
    """(id, text, lang) from one input line, or :class:`_LineError`."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _LineError(None, "the line is not valid UTF-8") from None
    line = raw.rstrip("\r\n")
    if not line.strip():
        raise _LineError(None, "blank line: expected a JSON object")
    try:
        obj = json.loads(line)
    except ValueError as exc:
        msg = getattr(exc, "msg", str(exc))
        raise _LineError(None, f"not valid JSON ({msg})") from None
    if not isinstance(obj, dict):
        raise _LineError(None, 'expected a JSON object with "id" and "text"')
    if "id" not in obj:
        raise _LineError(None, 'the object has no "id"')
    ident = obj["id"]
    if not isinstance(ident, str):
        raise _LineError(ident, '"id" must be a string')
    if not _is_unicode(ident):
        raise _LineError(
            None, '"id" is not valid Unicode (it has an unpaired \\ud800-\\udfff escape)'
        )
    text = obj.get("text")
    if not isinstance(text, str):
        what = "no" if "text" not in obj else f"a {type(text).__name__} as"
        raise _LineError(ident, f'"text" must be a string (the line has {what} "text")')
    if not _is_unicode(text):
        raise _LineError(
            ident, '"text" is not valid Unicode (it has an unpaired \\ud800-\\udfff escape)'
        )
    lang = obj.get("lang")
    if lang is not None and lang not in LANGS:
        raise _LineError(ident, '"lang" must be "nb" or "nn" (or left out)')
    return ident, text, lang


def process_line(raw: bytes | str) -> tuple[dict[str, Any], bool]:
    """One input line to its output object; the flag is True when it is an error line."""
    try:
        ident, text, lang = _request(raw)
    except _LineError as err:
        return {"id": err.ident, "error": err.why}, True
    return {"id": ident, "findings": [f.to_dict() for f in check(text, lang)]}, False


def process_stream(infile: IO[Any], outfile: IO[Any]) -> int:
    """Run the ``feedback`` contract from ``infile`` to ``outfile``; returns failed lines.

    Reads bytes or text; writes UTF-8 bytes to a binary stream and text to a
    text stream. Output goes out line by line, so a long input streams instead
    of piling up in memory.
    """
    failed = 0
    text_out = isinstance(outfile, io.TextIOBase)
    for raw in infile:
        result, bad = process_line(raw)
        failed += bad
        out = json.dumps(result, ensure_ascii=False) + "\n"
        outfile.write(out if text_out else out.encode("utf-8"))
    return failed
