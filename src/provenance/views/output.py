"""Writing output files safely: atomically, and never over an input of the run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import RenderError

__all__ = ["check_writable", "refuse_input", "write_bytes", "write_text"]


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


def check_writable(path: str | Path, protect: tuple[Path, ...] = (), *, folder: bool = False) -> None:
    """Raise RenderError unless a file (or with ``folder``, a folder of files) can be written at
    ``path``: not an input, not a folder (a file) where a file (a folder) should go, and inside a
    folder that exists and takes new files, or can be made where one that does. Nothing is written.
    """
    target = Path(path)
    refuse_input(target, protect)
    if folder and target.exists() and not target.is_dir():
        raise RenderError(f"cannot write into {str(target)!r}: it is a file, not a folder")
    if not folder and target.is_dir():
        raise RenderError(f"cannot write {str(target)!r}: it is a folder")
    base = (target if folder else target.parent).absolute()
    while not base.exists() and base != base.parent:  # the folders that would be made
        base = base.parent
    if not base.is_dir():
        raise RenderError(f"cannot write {str(target)!r}: {str(base)!r} is a file, not a folder")
    if not os.access(base, os.W_OK | os.X_OK):
        raise RenderError(f"cannot write {str(target)!r}: the folder {str(base)!r} is not writable")


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
