"""Writing output files safely: atomically, and never over an input of the run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import RenderError

__all__ = ["refuse_input", "write_bytes", "write_text"]


def write_text(path: str | Path, text: str, *, protect: tuple[Path, ...] = ()) -> Path:
    """Write ``text`` to ``path`` through a temporary file and a rename, so no reader sees half a file.

    Raises RenderError when ``path`` is one of the ``protect``-ed inputs or cannot be written.
    """
    return _write(path, text.encode("utf-8"), protect)


def write_bytes(path: str | Path, data: bytes, *, protect: tuple[Path, ...] = ()) -> Path:
    """Like :func:`write_text`, for binary output (PNG, PDF, SQLite): atomic, never over an input."""
    return _write(path, data, protect)


def refuse_input(path: str | Path, protect: tuple[Path, ...]) -> None:
    """Raise RenderError when ``path`` (through any symlink) is a protected input or lies in an input folder."""
    target = Path(path)
    resolved = target.resolve()
    for p in protect:
        if resolved == p.resolve() or (p.is_dir() and resolved.is_relative_to(p.resolve())):
            raise RenderError(f"refusing to write {str(target)!r}: it is an input of this run")


def _write(path: str | Path, data: bytes, protect: tuple[Path, ...]) -> Path:
    target = Path(path)
    refuse_input(target, protect)
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions of a new file
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):  # a full disk must not leave a half file behind
            os.unlink(tmp)
        raise RenderError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
