"""Shared fixtures: the bundled seed articles and their trace."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import Report, trace

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SOURCE = "000_2cd90f8013dc901a"
COPY = "003_ded10d4972c90a83"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_report() -> Report:
    return trace(SEEDS)


def seed_text(name: str) -> str:
    return next(SEEDS.glob(f"{name}*.txt")).read_text(encoding="utf-8")


def seed_paragraphs(name: str = "000") -> list[str]:
    """A seed's paragraphs of running text: the headline left out, and lines of 80 characters or fewer
    (captions, credits, subheadings) with it."""
    return [p for p in seed_text(name).split("\n\n")[1:] if len(p) > 80]
