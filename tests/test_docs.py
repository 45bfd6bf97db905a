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


def test_generated_parts_of_the_docs_match_the_real_output():
    refresh = _refresh_module()
    current = refresh.generated_texts()
    for path, text in current.items():
        committed = (ROOT / path).read_text(encoding="utf-8")
        assert committed == text, f"{path} is out of date: run python docs/refresh.py"
    readme, guide, concepts = (current[p] for p in refresh.GENERATED)
    assert "<!-- refresh: trace-seeds -->" in readme and "<!-- refresh: trace-archive -->" in readme
    assert "<!-- refresh: cli-synopsis -->" in guide and "<!-- refresh: json-keys -->" in guide
    assert "<!-- refresh: seeds-confidence -->" in concepts


def test_the_synopsis_names_every_option_of_every_command():
    import argparse

    from provenance.cli import _parser

    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    synopsis = guide.split("<!-- refresh: cli-synopsis -->")[1].split("<!-- /refresh -->")[0]
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        assert f"provenance {name} " in synopsis
        for action in command._actions:
            if action.option_strings and action.help != argparse.SUPPRESS:
                assert any(o in synopsis for o in action.option_strings), (name, action.option_strings)


def test_fill_refuses_an_unknown_snippet():
    import pytest

    with pytest.raises(KeyError, match="no snippet 'nonesuch'"):
        _refresh_module().fill("<!-- refresh: nonesuch --><!-- /refresh -->")


def test_summary_lines_in_the_docs_take_the_right_plurals():
    import re

    from provenance.views.wording import count

    line = re.compile(r"^(\d+) documents?, (\d+) pairs? sharing text, (\d+) derivations?$", re.M)
    found = 0
    for path in [ROOT / "README.md", *DOCS.glob("*.md")]:
        for m in line.finditer(path.read_text(encoding="utf-8")):
            found += 1
            docs, pairs, derivations = (int(g) for g in m.groups())
            assert m.group(0) == (
                f"{count(docs, 'document')}, {count(pairs, 'pair')} sharing text, {count(derivations, 'derivation')}"
            ), f"{path.name}: {m.group(0)}"
    assert found >= 3


def test_the_guide_states_the_confidence_words_and_thresholds():
    from provenance.views.wording import CONFIDENCE_WORDS

    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    for i, (low, word) in enumerate(CONFIDENCE_WORDS):
        if low:
            assert f"| {word} | {low:.2f} " in guide, word
        else:
            assert f"| {word} | below {CONFIDENCE_WORDS[i - 1][0]:.2f} |" in guide, word
