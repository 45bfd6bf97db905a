"""What reading one item of a corpus gives: an article and where it was found, or what left it out.

Readers do not raise on a bad item: they give a :class:`Left` in its place and go on with the
next one, so that :func:`provenance.reading.load.entries` can raise its error (``on_error="raise"``)
or record it and continue (``on_error="skip"``). A reader that cannot go on at all (a file that
cannot be parsed) leaves the rest of its file as one item, through :func:`guarded`. Any
:class:`~provenance.errors.ProvenanceError` counts, whichever reader raised it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..errors import ProvenanceError
from ..models import Article, Skipped

__all__ = ["Entry", "Left", "guarded", "left", "not_article", "one_line"]


class Left(NamedTuple):
    """An item left out: its record for the report, and the error to raise when skipping is not
    asked for (None for a file that is not an article, which is never an error)."""

    record: Skipped
    error: ProvenanceError | None


#: What a reader gives for each item: (where it is, the article), or the item left out.
Entry = tuple[str, Article] | Left


def one_line(text: str) -> str:
    """A message on one line: line breaks (from a parser's message, say) become spaces."""
    return " ".join(text.split())


def left(where: str, ident: str | None, error: ProvenanceError) -> Left:
    """The item at ``where`` (id ``ident`` if known) left out for ``error``."""
    return Left(Skipped(origin=where, id=ident, error=type(error).__name__, reason=one_line(str(error))), error)


def not_article(where: str, reason: str) -> Left:
    """A file in a folder that is not an article: recorded (with no document id), never an error."""
    return Left(Skipped(origin=where, error=None, reason=one_line(reason)), None)


def guarded(where: str, ident: str | None, entries: Iterator[Entry]) -> Iterator[Entry]:
    """The entries of one reader; an error that stops it leaves the rest of it as one item at ``where``."""
    try:
        yield from entries
    except ProvenanceError as exc:
        yield left(where, ident, exc)
