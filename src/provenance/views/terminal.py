"""``provenance diff`` in a terminal: one pair, paragraph by paragraph, in colour when it helps.

Lines start with ``-`` (dropped from the source), ``+`` (added by the copy) or ``=`` (aligned).
Without colour, word changes inside an aligned paragraph read ``[-removed-]{+inserted+}``; with
colour, removed words are red and struck through, inserted words green, so the text reads as
the copy printed it. Colour is used only when stdout is a terminal, ``NO_COLOR`` is unset
(no-color.org) and ``TERM`` is not ``dumb``, unless ``--color always`` or ``never`` says otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TextIO

from ..models import Article, Diff, WordEdit

__all__ = ["diff_lines", "use_colour"]

RESET = "\x1b[0m"
STYLES = {
    "dropped": "\x1b[31m",  # red
    "added": "\x1b[32m",  # green
    "modified": "\x1b[33m",  # yellow
    "moved": "\x1b[36m",  # cyan
    "kept": "",
    "furniture": "\x1b[2m",  # dim
    "removed": "\x1b[9;31m",  # struck-through red
    "inserted": "\x1b[1;32m",  # bold green
    "heading": "\x1b[1m",
    "warning": "\x1b[1;31m",
}


def use_colour(stream: TextIO, mode: str = "auto") -> bool:
    """Whether to colour output on ``stream``: ``always``, ``never``, or ``auto`` (a capable terminal)."""
    if mode in ("always", "never"):
        return mode == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{STYLES[style]}{text}{RESET}" if colour and STYLES[style] and text else text


def _words(edits: tuple[WordEdit, ...], colour: bool) -> str:
    out = []
    for e in edits:
        if e.op == "equal":
            out.append(e.derived)
        elif colour:
            out.append(_paint(e.source, "removed", True) + _paint(e.derived, "inserted", True))
        else:
            out.append((f"[-{e.source}-]" if e.source else "") + (f"{{+{e.derived}+}}" if e.derived else ""))
    return "".join(out)


def diff_lines(diff: Diff, derived: Article, source: Article, *, colour: bool = False) -> Iterator[str]:
    """The lines ``provenance diff`` prints for one pair."""
    credit = "credited" if diff.credited else "not credited"
    yield (
        _paint(f"{diff.derived} <- {diff.source}", "heading", colour)
        + f": {diff.coverage:.0%} of the copy's body from the source, "
        + (credit if diff.credited else _paint(credit, "warning", colour))
    )
    if diff.title.retitled:
        yield f"retitled: {diff.title.source!r} -> {diff.title.derived!r}"
    for op in diff.operations:
        tag = f"{op.kind:<8}{' (furniture)' if op.furniture else ''}"
        if op.kind == "dropped":
            line = f"- {tag}: {' '.join(source.blocks[j].text for j in op.source_blocks)}"
            yield _paint(line, "furniture" if op.furniture else "dropped", colour)
        elif op.kind == "added":
            line = f"+ {tag}: {' '.join(derived.blocks[i].text for i in op.derived_blocks)}"
            yield _paint(line, "furniture" if op.furniture else "added", colour)
        else:
            text = _words(op.edits, colour) if op.edits else " ".join(derived.blocks[i].text for i in op.derived_blocks)
            yield f"{_paint('= ' + tag, 'furniture' if op.furniture else op.kind, colour)}: {text}"
