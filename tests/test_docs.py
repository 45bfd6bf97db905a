"""docs/ stays true: the committed JSON schema matches the code, and the examples exist.

After changing the models, refresh the examples with ``python docs/refresh.py`` (schema,
seeds diagram and report screenshot) and commit what changed in docs/.
"""

from __future__ import annotations

import importlib.util
import json

from conftest import ROOT
from provenance import Report

DOCS = ROOT / "docs"


def _refresh_module():
    spec = importlib.util.spec_from_file_location("docs_refresh", DOCS / "refresh.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shape(schema):
    """The schema without its prose: docstring edits alone should not fail the build."""
    if isinstance(schema, dict):
        return {k: _shape(v) for k, v in schema.items() if k != "description"}
    if isinstance(schema, list):
        return [_shape(v) for v in schema]
    return schema


def test_report_schema_is_up_to_date():
    committed = (DOCS / "report.schema.json").read_text(encoding="utf-8")
    schema = json.loads(committed)
    current = json.loads(_refresh_module().schema_text())
    assert _shape(schema) == _shape(current), "the Report schema changed: run python docs/refresh.py"
    assert schema["title"] == "Report" and set(schema["required"]) >= {"documents", "derivations", "diffs"}


def test_saved_report_validates_against_the_schema_shape(seeds_report):
    saved = json.loads(seeds_report.to_json())
    schema = Report.model_json_schema()
    assert set(saved) <= set(schema["properties"])


def test_examples_are_committed():
    svg = (DOCS / "seeds.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Syrian rebel groups to attend" in svg and "credited" in svg
    assert (DOCS / "report.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    for section in ("Quickstart", "Reading a diagram", "Reading a report", "Command line", "Python API", "JSON schema"):
        assert f"## {section}" in guide


def test_cli_reference_matches_help():
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == _refresh_module().cli_text(), (
        "docs/cli.md is out of date: run python docs/refresh.py"
    )


def test_every_public_error_is_documented():
    import provenance

    docs = "".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    errors = [name for name in provenance.__all__ if name.endswith("Error")]
    assert errors and [e for e in errors if e not in docs] == []
