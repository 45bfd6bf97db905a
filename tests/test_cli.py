"""The command line: summary, outputs, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import COPY, SEEDS, SOURCE
from provenance import Report
from provenance.cli import main


def test_trace_prints_summary_and_writes_json_and_dot(tmp_path, capsys):
    out_json, out_dot = tmp_path / "out.json", tmp_path / "out.dot"
    assert main(["trace", str(SEEDS), "--json", str(out_json), "--dot", str(out_dot)]) == 0
    printed = capsys.readouterr().out
    assert f"{COPY} <- {SOURCE}  (credited, retitled" in printed
    assert "9 kept, 1 modified" in printed and "17 dropped" in printed
    report = Report.read_json(out_json)
    assert [(d.derived, d.source) for d in report.derivations] == [(COPY, SOURCE)]
    assert out_dot.read_text().startswith('digraph "provenance"')
    assert json.loads(out_json.read_text())["derivations"][0]["credited"] is True


def test_diff_reads_a_saved_report(tmp_path, capsys):
    saved = tmp_path / "r.json"
    main(["trace", str(SEEDS), "--json", str(saved), "--quiet"])
    assert capsys.readouterr().out == ""
    assert main(["diff", COPY, SOURCE, str(saved)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{COPY} <- {SOURCE}")
    assert any(line.startswith("= modified") and "{+Al-Jazeera –+}" in line for line in lines)
    assert sum(line.startswith("- dropped") for line in lines) == 24


def test_bad_input_is_one_line_and_exit_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "provenance.cli", "trace", str(empty)], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "has no text" in done.stderr and "Traceback" not in done.stderr


def test_unknown_document_in_diff(tmp_path, capsys):
    assert main(["diff", "nope", SOURCE, str(SEEDS)]) == 1
    assert "no document 'nope'" in capsys.readouterr().err
