"""Writing output files safely: atomically, and never over an input of the run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import RenderError

__all__ = ["write_text"]


def write_text(path: str | Path, text: str, *, protect: tuple[Path, ...] = ()) -> Path:
    """Write ``text`` to ``path`` through a temporary file and a rename, so no reader sees half a file.

    Raises RenderError when ``path`` is one of the ``protect``-ed inputs or cannot be written.
    """
    target = Path(path)
    resolved = target.resolve()
    for p in protect:
        if resolved == p.resolve() or (p.is_dir() and resolved.is_relative_to(p.resolve())):
            raise RenderError(f"refusing to write {str(target)!r}: it is an input of this run")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        raise RenderError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
    return target
