"""Shared check: a report written to a JSON file reads back equal, and writes the same JSON again."""

from __future__ import annotations

from pathlib import Path

from provenance import Report


def file_round_trip(report: Report, path: Path) -> Report:
    """Write ``report`` to ``path``, read it back, check nothing changed; the report read back."""
    report.to_json(path)
    loaded = Report.read_json(path)
    assert loaded == report
    assert loaded.to_json() == report.to_json()
    return loaded
