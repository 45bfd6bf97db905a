"""Importing optional packages, with an error that says which extra to install when one is missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import MissingDependencyError

__all__ = ["require"]


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import ``module`` or raise MissingDependencyError naming the pip extra that provides it.

    >>> require("json", "none", "testing").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"{purpose} needs the optional package {module.split('.')[0]!r}, which could not be imported "
            f"({exc}); install it with: pip install 'provenance[{extra}]'"
        ) from exc
