"""Bytes as text: UTF-8 or Windows-1252, binary data refused, line ends made one."""

from __future__ import annotations

import reprlib
from pathlib import Path
from typing import Any

from ..errors import UnreadableInputError

__all__ = ["MAX_CONTROL_SHARE", "decode", "looks_binary", "newlines", "read_bytes", "shown"]

_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = _SHORT.maxlong = 60


def shown(value: Any) -> str:
    """A value as an error message can show it: its repr shortened to about 60 characters, and an
    integer too long to print at all by its size.

    >>> len(shown("x" * 100)) < 70, shown(10 ** 5000)
    (True, '(an integer of 16610 bits)')
    """
    try:
        return _SHORT.repr(value)
    except ValueError:
        return f"(an integer of {value.bit_length()} bits)"

#: Share of control characters above which decoded bytes are taken for binary data.
MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset("\n\r\t\f\x19")


def _controls(text: str) -> int:
    return sum(1 for ch in text if ord(ch) < 32 and ch not in _TEXT_CONTROLS)


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), else Windows-1252; refuse binary data.

    >>> decode("café".encode("cp1252"), "x.txt")
    'café'
    """
    if b"\x00" in data:
        raise UnreadableInputError(f"{name!r} looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise UnreadableInputError(
                f"{name!r} is neither UTF-8 nor Windows-1252 text (byte {exc.start}: {data[exc.start]:#04x})"
            ) from None
    controls = _controls(text)
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        raise UnreadableInputError(f"{name!r} looks binary ({controls} control characters), not text")
    return text


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file are binary data rather than text: a NUL byte, or more
    control characters than text has (read as Latin-1, which maps every byte to one character).

    >>> looks_binary(b"Headline\\n\\nText."), looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    (False, True)
    """
    return b"\x00" in head or (bool(head) and _controls(head.decode("latin-1")) / len(head) > MAX_CONTROL_SHARE)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a file (the first ``limit`` of them if given); UnreadableInputError naming it
    when the system refuses (no permission, a folder removed while reading)."""
    try:
        if limit is None:
            return path.read_bytes()
        with path.open("rb") as handle:
            return handle.read(limit)
    except OSError as exc:
        raise UnreadableInputError(f"{str(path)!r} cannot be read: {exc.strerror or exc}") from None


def newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
