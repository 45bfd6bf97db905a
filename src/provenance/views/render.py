"""Drawing DOT source as SVG, PNG or PDF with Graphviz's ``dot`` program.

Drawing needs two things that ``to_dot()`` does not: the ``graphviz`` Python package (the
``render`` extra) and the system ``dot`` program. When either is missing the error says how to
install it, so a user who only wanted a picture is not left with a traceback.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from ..errors import RenderError
from .output import refuse_input, write_bytes

__all__ = ["FORMATS", "INSTALL_DOT", "check_render", "dot_available", "render_dot", "render_to_file", "svg_inline"]

#: Output formats :func:`render_to_file` accepts, chosen by the file's suffix unless given.
FORMATS = ("svg", "png", "pdf")
INSTALL_DOT = (
    "install Graphviz, which provides it: `apt-get install graphviz` (Debian, Ubuntu), "
    "`dnf install graphviz` (Fedora), `brew install graphviz` (macOS), `conda install graphviz`, "
    "or an installer from graphviz.org; to_dot() needs none of this"
)
_PROLOGUE = re.compile(r"\A.*?(?=<svg\b)", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def dot_available() -> bool:
    """True when Graphviz's ``dot`` program is on PATH."""
    return shutil.which("dot") is not None


def _format(path: Path, fmt: str | None) -> str:
    """The format to draw ``path`` in: ``fmt``, else its suffix; RenderError when it is neither known."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if not chosen:
        raise RenderError(f"cannot tell what to draw {str(path)!r} as: give it a suffix ({', '.join(FORMATS)})")
    if chosen not in FORMATS:
        raise RenderError(f"cannot draw as {chosen!r}: choose one of {', '.join(FORMATS)}")
    return chosen


def _graphviz() -> Any:
    """The graphviz Python package, with the dot program it runs; RenderError saying what to install."""
    try:
        import graphviz
    except ImportError:
        raise RenderError(
            "drawing needs the graphviz Python package: pip install 'provenance[render]'"
        ) from None
    if not dot_available():
        raise RenderError(f"Graphviz's dot program was not found on PATH; {INSTALL_DOT}")
    return graphviz


def check_render(path: str | Path, fmt: str | None = None) -> None:
    """Raise RenderError unless :func:`render_to_file` could draw into ``path``: a known format,
    the graphviz package and Graphviz's dot program. Draws nothing."""
    _format(Path(path), fmt)
    _graphviz()


def render_dot(source: str, fmt: str) -> bytes:
    """Run ``dot`` on DOT ``source`` and return the drawing in format ``fmt`` (svg, png or pdf).

    Raises RenderError when the format is unknown, the ``graphviz`` package or the ``dot``
    program is missing, or ``dot`` fails.
    """
    if fmt not in FORMATS:
        raise RenderError(f"cannot draw as {fmt!r}: choose one of {', '.join(FORMATS)}")
    graphviz = _graphviz()
    try:
        return graphviz.Source(source, engine="dot").pipe(format=fmt)
    except graphviz.ExecutableNotFound:
        raise RenderError(f"Graphviz's dot program could not be run; {INSTALL_DOT}") from None
    except graphviz.CalledProcessError as exc:
        detail = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"dot failed: {detail[-1] if detail else exc}") from None


def render_to_file(
    source: str, path: str | Path, fmt: str | None = None, *, protect: tuple[Path, ...] = ()
) -> Path:
    """Draw DOT ``source`` into ``path``, atomically; the format comes from the suffix unless given."""
    target = Path(path)
    refuse_input(target, protect)  # before anything else: an input is never a place to draw
    return write_bytes(target, render_dot(source, _format(target, fmt)), protect=protect)


def svg_inline(source: str) -> str:
    """The drawing as an ``<svg>`` element fit for pasting into HTML: no XML prologue, no comments.

    Graphviz escapes every label and tooltip it writes into SVG, so article text cannot
    become markup here.
    """
    svg = render_dot(source, "svg").decode("utf-8")
    return _COMMENT.sub("", _PROLOGUE.sub("", svg, count=1)).strip()
