"""Skipping tests that need a program or package this machine lacks, except in CI.

Locally a missing Graphviz or Chromium skips the tests that draw or load pages, with the reason
and the command that installs it. In CI (environment variable ``CI=true``) the same absence
fails the test: CI installs everything, so a skip there would hide a broken install step.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("PROVENANCE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def need_program(name: str, install: str) -> str:
    """The path of program ``name``; skips (fails in CI) when it is not on PATH."""
    found = shutil.which(name)
    if found is None:
        _missing(f"{name} is not installed ({install})")
    return found  # type: ignore[return-value]


def need_module(name: str, install: str) -> None:
    """Skips (fails in CI) when Python package ``name`` cannot be imported."""
    if importlib.util.find_spec(name) is None:
        _missing(f"Python package {name} is not installed ({install})")


def need_dot() -> str:
    need_module("graphviz", "pip install -e '.[dev]'")
    return need_program("dot", "apt-get install graphviz")


def need_chromium() -> Path:
    """Debian's Chromium and the playwright package that drives it (no browser download)."""
    need_module("playwright", "pip install -e '.[dev]'")
    if not CHROMIUM.is_file():
        _missing(f"Chromium is not at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM
