"""A small CoNLL-U reader (standard library only) for the UD treebank files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["UDSentence", "UDToken", "read_conllu"]


@dataclass(frozen=True, slots=True)
class UDToken:
    """One syntactic word: its form, part of speech and features."""

    form: str
    upos: str
    feats: str
    start: int | None
    """Offset of the form in the sentence text, or None if it could not be placed."""


@dataclass(frozen=True, slots=True)
class UDSentence:
    sent_id: str
    text: str
    tokens: list[UDToken]


def _place(text: str, forms: list[str]) -> list[int | None]:
    """Find each form in ``text`` left to right (the treebank gives no offsets)."""
    out: list[int | None] = []
    pos = 0
    for form in forms:
        k = text.find(form, pos)
        if k < 0:
            out.append(None)
            continue
        out.append(k)
        pos = k + len(form)
    return out


def read_conllu(path: str | Path) -> Iterator[UDSentence]:
    """Sentences of a CoNLL-U file, with each word placed in ``# text``.

    Multi-word tokens (``1-2``) and empty nodes (``1.1``) are skipped; the
    words they stand for are kept.
    """
    sent_id = ""
    text = ""
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line:
                if rows:
                    forms = [r[1] for r in rows]
                    starts = _place(text, forms)
                    yield UDSentence(
                        sent_id,
                        text,
                        [UDToken(r[1], r[3], r[5], st) for r, st in zip(rows, starts, strict=True)],
                    )
                sent_id, text, rows = "", "", []
            elif line.startswith("#"):
                if line.startswith("# sent_id = "):
                    sent_id = line[12:]
                elif line.startswith("# text = "):
                    text = line[9:]
            else:
                cols = line.split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    rows.append(cols)
    if rows:
        starts = _place(text, [r[1] for r in rows])
        yield UDSentence(
            sent_id,
            text,
            [UDToken(r[1], r[3], r[5], st) for r, st in zip(rows, starts, strict=True)],
        )
