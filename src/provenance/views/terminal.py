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

from ..models import Article, Diff, Pair, WordEdit
from .names import Names
from .wording import count

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


#: Operations that pair a paragraph of the copy with one of the source: text the two share.
ALIGNED = ("kept", "modified", "moved")


def _note(diff: Diff, pair: Pair | None) -> str | None:
    """What the report found about these two, when it is not what was asked: the other direction,
    or no direction at all."""
    if pair is None:
        return None
    asked = f"showing {diff.derived} against {diff.source} as asked"
    if pair.relation == "derived" and pair.derived == diff.source:
        return f"the report has {diff.source} <- {diff.derived}; {asked}"
    if pair.relation == "undetermined":
        return f"the report found no direction between {diff.derived} and {diff.source}; {asked}"
    return None


def _nothing_shared(diff: Diff, derived: Article, source: Article, names: Names) -> Iterator[str]:
    """Instead of every paragraph dropped and added: that the two share no text, and what they are."""
    furniture = sum(1 for op in diff.operations if op.kind in ALIGNED)
    if furniture:
        yield (f"{diff.derived} and {diff.source} share no body text: only {count(furniture, 'line')} "
               "of page furniture align")
    else:
        yield f"{diff.derived} and {diff.source} share no text: none of their paragraphs align"
    for article in (derived, source):
        paragraphs = sum(1 for b in article.blocks if b.kind == "body")
        yield f"    {article.id}: {names[article.id]}, {count(paragraphs, 'body paragraph')}"


def diff_lines(
    diff: Diff, derived: Article, source: Article, *, colour: bool = False, pair: Pair | None = None,
    names: Names | None = None,
) -> Iterator[str]:
    """The lines ``provenance diff`` prints for one pair; ``pair`` is what the report found about
    the two, if they share text: a first line says when it found the other direction or none.

    The header names both as people read them (``names``, the report's; else the two articles'
    own), with their ids on the line below."""
    names = names if names is not None else Names([derived, source])
    note = _note(diff, pair)
    if note:
        yield note
    if not any(op.kind in ALIGNED and not op.furniture for op in diff.operations):
        yield from _nothing_shared(diff, derived, source, names)
        return
    credit = "credited" if diff.credited else "not credited"
    yield (
        _paint(f"{names[diff.derived]} <- {names[diff.source]}", "heading", colour)
        + f": {diff.coverage:.0%} of the copy's body from the source, "
        + (credit if diff.credited else _paint(credit, "warning", colour))
    )
    yield f"ids: {diff.derived} <- {diff.source}"
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
